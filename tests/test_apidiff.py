"""The API diff (codegen/apidiff.py) and the changelog writer (codegen/changelog.py).

tests/apidiff/<rule>[--<variant>]/ holds one small spec pair per rule: base/ and head/
(`diff -r base head` shows the change) and expected.txt, the findings in the text format.
After a deliberate change of the wording, `ASM_UPDATE_APIDIFF=1 pytest tests/test_apidiff.py`
rewrites the expected.txt files; review them with `git diff`.
"""

from __future__ import annotations

import copy
import dataclasses
import fnmatch
import hashlib
import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from asm_sdk_codegen import apidiff, changelog, spec as spec_model, waiters as waiters_model

ROOT = Path(__file__).resolve().parent.parent
CASES = Path(__file__).resolve().parent / "apidiff"
CASE_DIRS = sorted(p for p in CASES.iterdir() if p.is_dir())
_loaded: dict[str, tuple] = {}


def load(spec_dir: Path) -> tuple:
    """Load a spec folder once per content (most cases share their base)."""
    digest = hashlib.sha256()
    for p in sorted(spec_dir.rglob("*")):
        if p.is_file():
            digest.update(str(p.relative_to(spec_dir)).encode() + b"\0" + p.read_bytes())
    key = digest.hexdigest()
    if key not in _loaded:
        _loaded[key] = apidiff.load(spec_dir)
    return _loaded[key]


def case_findings(case: Path) -> list[apidiff.Finding]:
    base, head = load(case / "base"), load(case / "head")
    return apidiff.compare(base[0], head[0], base[1], head[1])


def as_text(findings: list[apidiff.Finding]) -> str:
    return apidiff.render_text(apidiff.Report("base", "head", findings, []))


@pytest.mark.parametrize("case", CASE_DIRS, ids=[p.name for p in CASE_DIRS])
def test_rule_case(case: Path) -> None:
    findings = case_findings(case)
    text = as_text(findings)
    expected = case / "expected.txt"
    if os.environ.get("ASM_UPDATE_APIDIFF"):
        expected.write_text(text, encoding="utf-8")
    assert text == expected.read_text(encoding="utf-8")
    rule = case.name.split("--")[0]
    assert rule in {f.rule for f in findings}, f"{case.name} does not show {rule}"


def test_every_rule_has_a_case() -> None:
    named = {p.name.split("--")[0] for p in CASE_DIRS}
    assert named == set(apidiff.RULES)


def test_coverage_names_every_attribute_of_the_spec_model() -> None:
    """A new attribute of the spec model must be classified (a rule, or why none)."""
    models = {"Operation": spec_model.Operation, "Field": spec_model.Field,
              "Shape": spec_model.Shape, "Param": spec_model.Param,
              "Service": spec_model.Service, "WaiterDef": waiters_model.WaiterDef}
    assert set(apidiff.COVERAGE) == set(models)
    for name, cls in models.items():
        attrs = {f.name for f in dataclasses.fields(cls)}
        named = set(apidiff.COVERAGE[name])
        assert attrs <= named, (
            f"{name} has attributes that COVERAGE in codegen/apidiff.py does not name: "
            f"{sorted(attrs - named)}; compare them (a rule table there) or say why not")
        assert named <= attrs, f"COVERAGE names attributes {name} no longer has"
    for name, entries in apidiff.COVERAGE.items():
        for attr, how in entries.items():
            for rule in re.findall(r"\b(?:wire|python)\.[a-z*-]*[a-z*]", how):
                assert fnmatch.filter(apidiff.RULES, rule), (name, attr, rule)


def test_rules_have_known_severities_and_sections() -> None:
    for rule in apidiff.RULES.values():
        assert rule.severity in apidiff.SEVERITIES
        assert rule.section in (None, *changelog.SECTIONS)
        assert rule.id.split(".")[0] in ("wire", "python")
        # Removed and Breaking hold what breaks code; the rest does not.
        assert (rule.section in ("removed", "breaking")) == (rule.severity == "breaking"), rule


# ----------------------------------------------------------------------------- the real spec

@pytest.fixture(scope="module")
def real() -> tuple:
    return apidiff.load(ROOT / "spec")


def test_real_spec_compared_with_itself_finds_nothing(real) -> None:
    other = copy.deepcopy(real)
    assert apidiff.compare(real[0], other[0], real[1], other[1]) == []


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert text.count(old) == 1, old
    path.write_text(text.replace(old, new), encoding="utf-8")


def test_synthetic_version_bump_is_classified(real, tmp_path: Path) -> None:
    """A new API version as a maintainer writes it: an element added to a response, a
    request element removed, a parameter renamed, an operation removed."""
    spec = shutil.copytree(ROOT / "spec", tmp_path / "spec")
    _edit(spec / "schemas/storage.xsd",
          '      <xs:element name="GeoSecondaryRegion" type="xs:string" minOccurs="0">',
          '      <xs:element name="AccessTier" type="xs:string" minOccurs="0"/>\n'
          '      <xs:element name="GeoSecondaryRegion" type="xs:string" minOccurs="0">')
    ops = spec / "operations/storage.toml"
    _edit(ops, 'ExtendedProperties = "extended_properties", AccountType = "account_type" }\n\n'
               '[[operation]]\nname = "delete_storage_account"',
          'AccountType = "account_type" }\n\n[[operation]]\nname = "delete_storage_account"')
    _edit(ops, '{ name = "key_type", type = "str"', '{ name = "key", type = "str"')
    _edit(ops, 'body = { KeyType = "key_type" }', 'body = { KeyType = "key" }')
    text = ops.read_text(encoding="utf-8")
    start = text.index('[[operation]]\nname = "check_storage_account_name_availability"')
    ops.write_text(text[:start] + text[text.index("[[model]]", start):], encoding="utf-8")
    head = apidiff.load(spec)
    findings = apidiff.compare(real[0], head[0], real[1], head[1])
    got = {(f.rule, f.location) for f in findings}
    sms = "ServiceManagementService"
    assert got == {
        ("wire.response-element-added",
         "spec/schemas/storage.xsd: StorageAccountProperties/AccessTier"),
        ("python.field-added", "spec/schemas/storage.xsd: StorageAccountProperties.access_tier"),
        ("wire.request-element-removed", f"spec/operations/storage.toml: {sms}."
         "update_storage_account: UpdateStorageServiceInput/ExtendedProperties"),
        ("python.parameter-renamed",
         f"spec/operations/storage.toml: {sms}.regenerate_storage_account_keys(key)"),
        ("wire.operation-removed",
         f"spec/operations/storage.toml: {sms}.check_storage_account_name_availability"),
        ("wire.changed-without-version", f"spec/operations/common.toml: {sms}"),
    }
    by_rule = {f.rule: f for f in findings}
    assert by_rule["wire.response-element-added"].severity == "additive"
    assert {"get_storage_account_properties", "list_storage_accounts"} <= {
        o.split(".")[1] for o in by_rule["wire.response-element-added"].operations}
    assert by_rule["wire.request-element-removed"].severity == "breaking"
    assert by_rule["python.parameter-renamed"].text.endswith("`key_type` is now `key`")
    assert by_rule["wire.operation-removed"].severity == "breaking"
    assert by_rule["wire.changed-without-version"].severity == "docs"


# ----------------------------------------------------------------------------- command line

WIDGETS = CASES / "wire.operation-removed"
GIT_ENV = {"GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.com",
           "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@example.com",
           "GIT_CONFIG_GLOBAL": os.devnull, "GIT_CONFIG_NOSYSTEM": "1"}


def git(repo: Path, *args: str) -> str:
    return subprocess.run(["git", "-C", str(repo), *args], check=True, capture_output=True,
                          text=True, env={**os.environ, **GIT_ENV}).stdout


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    """A git repository whose spec/ is the widgets case's base, committed."""
    repo = tmp_path / "repo"
    shutil.copytree(WIDGETS / "base", repo / "spec")
    (repo / "pyproject.toml").write_text('[project]\nname = "x"\nversion = "0.2.0"\n')
    (repo / "CHANGELOG.md").write_text(changelog.HEADER + "\n## 0.1.0 (2026-01-01)\n\n- First.\n")
    git(repo, "init", "-q", "-b", "main")
    git(repo, "add", "-A")
    git(repo, "commit", "-q", "-m", "base")
    return repo


def run(repo: Path, *args: str, capsys) -> tuple[int, str, str]:
    code = apidiff.main(["--repo", str(repo), *args])
    out = capsys.readouterr()
    return code, out.out, out.err


def break_it(repo: Path) -> None:
    shutil.rmtree(repo / "spec")
    shutil.copytree(WIDGETS / "head", repo / "spec")


def test_exit_codes_against_head_without_tags(repo: Path, capsys) -> None:
    code, out, err = run(repo, capsys=capsys)
    assert (code, "no changes" in out) == (0, True)
    assert "no v* tag reachable from HEAD: comparing with HEAD" in err
    break_it(repo)
    code, out, err = run(repo, capsys=capsys)
    assert code == 1
    assert "wire.operation-removed" in out and "1 breaking change(s) not in the allowlist" in out
    _edit(repo / "spec/operations/widgets.toml", 'response_type = "Widgets"',
          'response_type = "Gadgets"')
    code, out, err = run(repo, capsys=capsys)
    assert (code, out) == (2, "")
    assert err.startswith("api-diff: the spec of the working tree does not load (SpecError): "
                          "widgets.toml: list_widgets: unknown shape 'Gadgets'")
    (repo / "spec/schemas/servicemanagement.xsd").write_text("<xs:schema")
    code, out, err = run(repo, capsys=capsys)
    assert code == 2 and "the spec of the working tree does not load" in err


def test_base_defaults_to_the_nearest_v_tag(repo: Path, capsys) -> None:
    git(repo, "tag", "v0.1.0")
    break_it(repo)
    git(repo, "commit", "-qam", "remove delete_widget")
    code, out, err = run(repo, capsys=capsys)
    assert code == 1 and out.startswith("API diff: spec at v0.1.0 (") and err == ""
    code, out, _ = run(repo, "--base", "HEAD", capsys=capsys)
    assert code == 0 and "no changes" in out


def test_unreadable_base_exits_2_with_a_message(repo: Path, tmp_path: Path, capsys) -> None:
    code, out, err = run(repo, "--base", "v9.9.9", capsys=capsys)
    assert (code, out) == (2, "")
    assert err == "api-diff: BASE 'v9.9.9' is not a commit of this clone\n"
    plain = tmp_path / "plain"
    shutil.copytree(WIDGETS / "base", plain / "spec")
    code, out, err = run(plain, capsys=capsys)
    assert code == 2 and "is not a git checkout" in err
    git(repo, "rm", "-rq", "spec")
    git(repo, "commit", "-qm", "no spec")
    code, _, err = run(repo, "--base", "HEAD", capsys=capsys)
    assert code == 2 and "cannot read spec/ at HEAD" in err


def test_shallow_clone_compares_with_head_and_says_why(repo: Path, tmp_path: Path,
                                                       capsys) -> None:
    git(repo, "tag", "v0.1.0")
    (repo / "README").write_text("later\n")
    git(repo, "add", "README")
    git(repo, "commit", "-qm", "later")
    clone = tmp_path / "clone"
    subprocess.run(["git", "clone", "-q", "--depth", "1", f"file://{repo}", str(clone)],
                   check=True, env={**os.environ, **GIT_ENV})
    code, out, err = run(clone, capsys=capsys)
    assert code == 0 and "spec at HEAD (" in out
    assert "a shallow clone" in err
    code, out, err = run(clone, "--base", "v0.1.0", capsys=capsys)
    assert code == 2 and "a shallow clone: fetch it" in err


def test_untracked_spec_files_are_compared(repo: Path, capsys) -> None:
    (repo / "spec/operations/gadgets.toml").write_text(
        (CASES / "python.client-added/head/operations/gadgets.toml").read_text())
    code, out, _ = run(repo, capsys=capsys)
    assert code == 0 and "python.client-added" in out


def test_allowlist_accepts_a_breaking_change_and_reports_stale_entries(repo: Path,
                                                                       capsys) -> None:
    break_it(repo)
    allow = repo / "spec" / apidiff.ALLOWLIST_NAME
    allow.write_text(
        '[[accept]]\nrule = "wire.operation-removed"\n'
        'location = "spec/operations/widgets.toml: WidgetManagementService.delete_widget"\n'
        'reason = "Azure retired it in 2015-04-01."\n\n'
        '[[accept]]\nrule = "python.field-removed"\n'
        'location = "spec/schemas/servicemanagement.xsd: Widget.size"\n'
        'reason = "Left over."\n')
    code, out, _ = run(repo, capsys=capsys)
    assert code == 0
    assert "accepted: Azure retired it in 2015-04-01." in out
    assert "1 breaking (1 accepted)" in out
    assert "Stale allowlist entries" in out
    assert "python.field-removed  spec/schemas/servicemanagement.xsd: Widget.size" in out
    code, out, _ = run(repo, "--allowlist", os.devnull, capsys=capsys)
    assert code == 1


@pytest.mark.parametrize("text, message", [
    ('[[accept]]\nrule = "wire.no-such-rule"\nlocation = "x"\nreason = "y"\n',
     "unknown rule 'wire.no-such-rule'"),
    ('[[accept]]\nrule = "wire.operation-removed"\nlocation = "x"\n',
     "needs exactly rule, location and reason"),
    ('[[accept]]\nrule = "wire.operation-removed"\nlocation = "x"\nreason = " "\n',
     "must be non-empty strings"),
    ('[[allow]]\n', "unknown keys ['allow']"),
    ('[[accept]\n', "allowlist"),
])
def test_a_bad_allowlist_exits_2(repo: Path, tmp_path: Path, capsys, text, message) -> None:
    allow = tmp_path / "allow.toml"
    allow.write_text(text)
    code, out, err = run(repo, "--allowlist", str(allow), capsys=capsys)
    assert code == 2 and message in err and out == ""


def test_markdown_and_json_formats(capsys) -> None:
    case = CASES / "wire.request-enum-value-added"
    args = ["--base-spec", str(case / "base"), "--spec", str(case / "head")]
    assert apidiff.main(args + ["--format", "json"]) == 0
    doc = json.loads(capsys.readouterr().out)
    assert doc["summary"] == {"breaking": 0, "additive": 2, "docs": 1, "unaccepted_breaking": 0}
    first = doc["findings"][0]
    assert first == {
        "rule": "wire.request-enum-value-added", "severity": "additive", "axis": "wire",
        "location": "spec/schemas/servicemanagement.xsd: CreateWidget/Color",
        "text": "`CreateWidget/Color` accepts 'Green' (`create_widget`)",
        "services": ["WidgetManagementService"],
        "operations": ["WidgetManagementService.create_widget"], "accepted": None}
    assert apidiff.main(args + ["--format", "markdown"]) == 0
    md = capsys.readouterr().out
    assert "### Additive\n\n| Rule | Location | Change |\n|---|---|---|\n" in md
    assert ("| `wire.request-enum-value-added` | `spec/schemas/servicemanagement.xsd: "
            "CreateWidget/Color` | `CreateWidget/Color` accepts 'Green' (`create_widget`) |") in md
    assert "### Breaking" not in md


def test_python_m_runs_the_tool_with_its_exit_status(repo: Path) -> None:
    break_it(repo)
    r = subprocess.run([sys.executable, "-m", "asm_sdk_codegen.apidiff", "--repo", str(repo),
                        "--format", "json"], capture_output=True, text=True)
    assert r.returncode == 1, r.stderr
    assert json.loads(r.stdout)["summary"]["unaccepted_breaking"] == 1


# ----------------------------------------------------------------------------- changelog

def test_changelog_section_per_client_with_fragments(repo: Path, capsys) -> None:
    break_it(repo)
    (repo / "spec/operations/gadgets.toml").write_text(
        (CASES / "python.client-added/head/operations/gadgets.toml").read_text())
    (repo / "spec" / apidiff.ALLOWLIST_NAME).write_text(
        '[[accept]]\nrule = "wire.operation-removed"\n'
        'location = "spec/operations/widgets.toml: WidgetManagementService.delete_widget"\n'
        'reason = "Azure retired it."\n')
    frags = repo / "changelog.d"
    frags.mkdir()
    (frags / "README.md").write_text("How to write fragments.\n")
    (frags / "retry-503.fixed.md").write_text("Calls answered 503 are retried.\n")
    (frags / "WidgetManagementService.purge.deprecated.md").write_text(
        "`force=` is deprecated:\nuse `purge=`.\n")
    code = changelog.main(["--repo", str(repo), "--date", "2027-01-02"])
    assert code == 0
    assert capsys.readouterr().err == (
        "changelog: no v* tag reachable from HEAD: comparing with HEAD\n")
    text = (repo / "CHANGELOG.md").read_text()
    assert text == changelog.HEADER + """
## 0.2.0 (2027-01-02)

Compared with `HEAD (%s)`.

### All clients

#### Fixed

- Calls answered 503 are retried.

### GadgetManagementService

#### Added

- New client `GadgetManagementService` with 1 method

### WidgetManagementService

#### Deprecated

- `force=` is deprecated:
  use `purge=`.

#### Removed

- `WidgetManagementService.delete_widget` (DELETE /{subscription_id}/widgets/{name}) is gone (Azure retired it)

## 0.1.0 (2026-01-01)

- First.
""" % git(repo, "rev-parse", "--short", "HEAD").strip()
    assert sorted(p.name for p in frags.iterdir()) == ["README.md"]  # consumed
    # The same version twice: refused.
    code = changelog.main(["--repo", str(repo)])
    assert code == 2 and "already has a section for 0.2.0" in capsys.readouterr().err


def test_changelog_dry_run_writes_nothing_and_hints_semver(repo: Path, capsys) -> None:
    break_it(repo)
    (repo / "changelog.d").mkdir()
    (repo / "changelog.d/x.fixed.md").write_text("A fix.\n")
    before = (repo / "CHANGELOG.md").read_text()
    code = changelog.main(["--repo", str(repo), "--version", "0.1.1", "--dry-run"])
    out = capsys.readouterr()
    assert code == 0 and out.out.startswith("## 0.1.1 (")
    assert "semantic versioning wants 0.2.0" in out.err
    assert (repo / "CHANGELOG.md").read_text() == before
    assert (repo / "changelog.d/x.fixed.md").exists()


def test_changelog_with_nothing_to_say_leaves_the_file(repo: Path, capsys) -> None:
    before = (repo / "CHANGELOG.md").read_text()
    assert changelog.main(["--repo", str(repo)]) == 0
    assert "nothing changed for users" in capsys.readouterr().out
    assert (repo / "CHANGELOG.md").read_text() == before


def test_changelog_rejects_a_misnamed_fragment(repo: Path, capsys) -> None:
    (repo / "changelog.d").mkdir()
    (repo / "changelog.d/typo.fixd.md").write_text("x\n")
    assert changelog.main(["--repo", str(repo)]) == 2
    assert "name it <slug>.<kind>.md" in capsys.readouterr().err


def test_semver_hint() -> None:
    removed = [apidiff.Finding("wire.operation-removed", "x", "y")]
    log = "## 1.4.2 (2026-01-01)\n"
    assert changelog.semver_hint(log, "1.5.0", removed, []) is not None
    assert changelog.semver_hint(log, "2.0.0", removed, []) is None
    assert changelog.semver_hint(log, "1.4.3", [], []) is None
    assert "wants 0.3.0" in changelog.semver_hint("## 0.2.5 (x)\n", "0.2.6", removed, [])


def test_the_projects_changelog_starts_with_the_version_of_pyproject() -> None:
    version = changelog.project_version(ROOT / "pyproject.toml")
    text = (ROOT / "CHANGELOG.md").read_text(encoding="utf-8")
    assert text.startswith(changelog.HEADER)
    assert re.search(r"^## (\S+) ", text, re.M).group(1) == version


def test_docs_list_every_rule_with_its_severity() -> None:
    doc = (ROOT / "docs/api-diff.md").read_text(encoding="utf-8")
    rows = ["| Rule | Severity | Changelog | Finds |", "|---|---|---|---|"] + [
        f"| `{r.id}` | {r.severity} | {r.section.capitalize() if r.section else '-'} | "
        f"{r.summary} |" for r in apidiff.RULES.values()]
    assert "\n".join(rows) in doc


def test_the_projects_allowlist_reads() -> None:
    apidiff.read_allowlist(ROOT / apidiff.ALLOWLIST)
