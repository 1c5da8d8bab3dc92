"""docs/api/ (`make docs`): every operation and model of the spec is documented, and every
relative link leads to an existing page and heading, with anchors as GitHub makes them.
(That the pages are current is `make check`'s job: codegen.check compares them.)"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from asm_sdk_codegen.spec import load_spec
from asm_sdk_runtime import errors

ROOT = Path(__file__).resolve().parent.parent
API = ROOT / "docs" / "api"
LINK = re.compile(r"\[[^\]]*\]\(([^)\s]+)\)")


def github_anchors(markdown: str) -> list[str]:
    """The anchors GitHub gives the headings of a page (written here from its documented
    rule, independently of codegen/docs.py): lower case, drop punctuation except `-` and
    `_`, spaces to `-`, repeats numbered -1, -2, ..."""
    anchors, seen, fenced = [], {}, False
    for line in markdown.splitlines():
        if line.startswith("```"):
            fenced = not fenced
            continue
        m = re.match(r"#{1,6} (.+)", line)
        if fenced or not m:
            continue
        text = re.sub(r"[`*]", "", m.group(1)).strip().lower()
        base = "".join(c for c in text if c.isalnum() or c in "-_ ").replace(" ", "-")
        n = seen.get(base, 0)
        seen[base] = n + 1
        anchors.append(base if n == 0 else f"{base}-{n}")
    return anchors


@pytest.fixture(scope="module")
def pages() -> dict[Path, str]:
    found = {p: p.read_text(encoding="utf-8") for p in sorted(API.rglob("*.md"))}
    assert API / "README.md" in found
    return found


@pytest.fixture(scope="module")
def spec():
    return load_spec(ROOT / "spec")


def section(page: str, heading: str, n: int = 0) -> str:
    """The text under the n-th `### heading` of a page, up to the next heading."""
    parts = re.split(rf"^### {re.escape(heading)}\n", page, flags=re.M)
    assert len(parts) > n + 1, f"no heading {heading!r} (#{n})"
    return re.split(r"^##", parts[n + 1], flags=re.M)[0]


def test_every_operation_has_its_section_with_signature_http_and_errors(pages, spec):
    count = 0
    for cls, svc in spec.services.items():
        for op in svc.operations:
            page = pages[API / "operations" / f"{op.area}.md"]
            # Shared operations (get_operation_status) appear once per client class.
            by_class = re.split(r"^## ", page, flags=re.M)
            text = next(b for b in by_class if b.startswith(cls + "\n"))
            body = section(text, op.name)
            assert f"{cls}.{op.name}(" in body
            assert f"| `{op.method}` | `{op.path.replace('|', chr(92) + '|')}` | " \
                   f"`{op.x_ms_version}` | {'yes' if op.is_async else 'no'}" in body
            for p in op.params:
                assert f"| `{p.name}` |" in body, (op.name, p.name)
            assert f"`{errors.AzureHttpError.__name__}`" in body
            assert f"`{errors.AzureTimeoutError.__name__}`" in body    # every call has a deadline
            assert ("AzureOperationFailedError" in body) == op.is_async, op.name
            if op.method == "DELETE" and "{" in op.path.replace("{subscription_id}", ""):
                assert "`AzureMissingResourceHttpError`" in body
            assert f"client.{op.name}(" in body            # the example
            count += 1
    assert count == sum(len(s.operations) for s in spec.services.values()) > 150


def test_every_model_has_its_section_with_every_field(pages, spec):
    models = {n: s for n, s in spec.shapes.items() if not s.map_tags}
    for name, shape in models.items():
        body = section(pages[API / "models" / f"{shape.area}.md"], name)
        if shape.is_list:
            assert f"`<{shape.list_item.tag}>` elements" in body, name
            continue
        for f in shape.fields:
            assert f"| `{f.attr}` |" in body, (name, f.attr)
            if f.where == "element":
                assert f"`<{f.tag}>`" in body, (name, f.tag)
    import generated.models
    aliases = {a for s in models.values() for a in getattr(s, "aliases", [])}
    assert set(models) | aliases == set(generated.models.__all__)   # what users import


def test_returned_models_are_linked_from_the_operation(pages, spec):
    op = next(o for o in spec.services["ServiceManagementService"].operations
              if o.name == "list_os_images")
    body = section(pages[API / "operations" / f"{op.area}.md"], op.name)
    assert re.search(r"\*\*Returns:\*\* `list\[`\[`OSImage`\]\(\.\./models/virtual_machines\.md"
                     r"#osimage\)`\]`", body), body


def test_every_relative_link_resolves_to_a_page_and_heading(pages):
    anchors = {p: set(github_anchors(t)) for p, t in pages.items()}
    checked = 0
    for page, text in pages.items():
        for target in LINK.findall(text):
            if re.match(r"[a-z]+:", target):
                continue
            path, _, anchor = target.partition("#")
            dest = (page.parent / path).resolve() if path else page
            if dest not in pages and not anchor and dest.is_file() \
                    and ROOT / "docs" in dest.parents:
                continue     # another page of docs/ (not generated)
            assert dest in pages, f"{page.relative_to(ROOT)}: {target}: no such page"
            if anchor:
                assert anchor in anchors[dest], f"{page.relative_to(ROOT)}: {target}: no heading"
            checked += 1
    assert checked > 500


def test_the_anchor_rule_matches_github_on_known_headings():
    assert github_anchors("# Operations: storage\n## Contents\n### list_os_images\n"
                          "### get_operation_status\n### get_operation_status\n") == \
        ["operations-storage", "contents", "list_os_images", "get_operation_status",
         "get_operation_status-1"]


def test_readme_links_the_index():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert "(docs/api/README.md)" in readme


def test_every_waiter_has_its_section_linked_to_the_operation_it_polls(pages, spec):
    import inspect

    import generated
    from asm_sdk_codegen.waiters import load_waiters
    waiters = load_waiters(ROOT / "spec", spec)
    assert len(waiters) > 10
    for w in waiters:
        page = pages[API / "operations" / f"{w.area}.md"]
        body = section(page.split("\n## Waiters\n")[1], w.method)
        assert f"{w.service}.{w.method}(" in body
        assert f"[`{w.service}.{w.operation}`](" in body
        for a in w.acceptors:
            assert f"| {a.state} | " in body
        # The documented parameters are the method's own.
        method = getattr(getattr(generated, w.service), w.method)
        names = [n for n in inspect.signature(method).parameters if n != "self"]
        for n in names:
            assert f"    {n}:" in body or f"({n}:" in body or f", {n}:" in body, (w.method, n)
