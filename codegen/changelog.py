"""Write the next section of CHANGELOG.md: what changed since BASE, per client class.

    python -m asm_sdk_codegen.changelog [--base REF] [--version X.Y.Z] [--date YYYY-MM-DD]
                                        [--dry-run]

The section is headed by the version in pyproject.toml (bump it first) and holds, per
client class, the findings of the API diff (codegen/apidiff.py) in Added / Changed /
Deprecated / Removed / Fixed / Breaking, each rule going to the section its `Rule.section`
names (docstring and maintainer notes go nowhere), plus the hand-written fragments of
changelog.d/ (towncrier style, for what the spec cannot say):

    changelog.d/<slug>.<kind>.md              a change to the SDK as a whole
    changelog.d/<Client>.<slug>.<kind>.md     a change to one client class

where <kind> is added, changed, deprecated, removed, fixed or breaking, and the file's
text (Markdown) is one entry.  Written fragments are deleted: commit them with the new
section.  Exit status: 0 written (or nothing to write), 2 when it cannot be written.
"""

from __future__ import annotations

import argparse
import datetime
import re
import sys
import tomllib
from dataclasses import dataclass
from pathlib import Path

from . import apidiff

ROOT = apidiff.ROOT
SECTIONS = {"added": "Added", "changed": "Changed", "deprecated": "Deprecated",
            "removed": "Removed", "fixed": "Fixed", "breaking": "Breaking"}
GENERAL = "All clients"
HEADER = """# Changelog

What changed for users in each release of asm-sdk.  Sections are written by
`make changelog` from the API diff of the spec (`make api-diff`) and the fragments in
changelog.d/ (docs/api-diff.md).  Entries under Removed and Breaking may break code
written for the release before.
"""


@dataclass
class Fragment:
    path: Path
    service: str | None
    kind: str
    text: str


def read_fragments(folder: Path, services: set[str]) -> list[Fragment]:
    out = []
    for path in sorted(folder.glob("*.md")) if folder.is_dir() else []:
        if path.name.upper() == "README.MD":
            continue
        parts = path.name[:-len(".md")].split(".")
        service = parts[0] if len(parts) == 3 and parts[0] in services else None
        if len(parts) != (3 if service else 2) or parts[-1] not in SECTIONS:
            raise apidiff.ToolError(
                f"{path}: name it <slug>.<kind>.md or <Client>.<slug>.<kind>.md, with <kind> "
                f"one of {', '.join(SECTIONS)} (clients: {', '.join(sorted(services))})")
        text = path.read_text(encoding="utf-8").strip()
        if not text:
            raise apidiff.ToolError(f"{path}: empty fragment")
        out.append(Fragment(path, service, parts[-1], text))
    return out


def project_version(pyproject: Path) -> str:
    try:
        return tomllib.loads(pyproject.read_text(encoding="utf-8"))["project"]["version"]
    except (OSError, KeyError, tomllib.TOMLDecodeError) as exc:
        raise apidiff.ToolError(f"{pyproject}: no [project] version ({exc})") from None


def _entry(text: str) -> str:
    """A Markdown list item; continuation lines indented under it."""
    lines = text.strip().splitlines()
    return "\n".join([f"- {lines[0]}"] + [f"  {line}" if line else "" for line in lines[1:]])


def section(version: str, date: str, base: str, findings: list[apidiff.Finding],
            fragments: list[Fragment], services: list[str]) -> str:
    """The Markdown of one release: `## version (date)`, then each client's changes."""
    groups: dict[str, dict[str, list[str]]] = {}
    for f in findings:
        kind = apidiff.RULES[f.rule].section
        if kind is None:
            continue
        for svc in sorted(f.services) or [GENERAL]:
            line = f.line(svc if svc != GENERAL else None)
            if f.accepted:
                line += f" ({f.accepted.rstrip('.')})"
            groups.setdefault(svc, {}).setdefault(kind, []).append(line)
    for frag in fragments:
        groups.setdefault(frag.service or GENERAL, {}).setdefault(frag.kind, []).append(frag.text)
    out = [f"## {version} ({date})", ""]
    if not groups:
        out += ["No changes.", ""]
    out += [f"Compared with `{base}`.", ""] if findings else []
    for svc in [GENERAL, *services]:
        if svc not in groups:
            continue
        out += [f"### {svc}", ""]
        for kind, title in SECTIONS.items():
            entries = groups[svc].get(kind)
            if entries:
                out += [f"#### {title}", ""] + [_entry(e) for e in entries] + [""]
    return "\n".join(out)


def insert(changelog: str, text: str, version: str) -> str:
    """`changelog` with the section `text` placed above the newest release."""
    if re.search(rf"^## {re.escape(version)}( |$)", changelog, re.M):
        raise apidiff.ToolError(f"CHANGELOG.md already has a section for {version}: set the "
                                "next version in pyproject.toml first")
    if not changelog.strip():
        changelog = HEADER
    m = re.search(r"^## ", changelog, re.M)
    at = m.start() if m else len(changelog)
    head = changelog[:at].rstrip("\n") + "\n\n"
    return head + text.rstrip("\n") + "\n" + ("\n" + changelog[at:] if m else "")


def _version_tuple(version: str) -> tuple[int, ...]:
    return tuple(int(n) for n in re.findall(r"\d+", version)[:3])


def semver_hint(changelog: str, version: str, findings: list[apidiff.Finding],
                fragments: list[Fragment]) -> str | None:
    """A warning when a release that breaks code does not bump what semver wants bumped
    (the major version; the minor one before 1.0)."""
    m = re.search(r"^## (\d+\.\d+\.\d+)", changelog, re.M)
    breaking = any(apidiff.RULES[f.rule].section in ("removed", "breaking") for f in findings) \
        or any(f.kind in ("removed", "breaking") for f in fragments)
    if not m or not breaking:
        return None
    prev, new = _version_tuple(m.group(1)), _version_tuple(version)
    level = 0 if prev[0] > 0 else 1
    if new[:level + 1] > prev[:level + 1]:
        return None
    want = ".".join(map(str, prev[:level] + (prev[level] + 1,) + (0,) * (2 - level)))
    return (f"{version} follows {m.group(1)} but this release removes or breaks things: "
            f"semantic versioning wants {want}")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m asm_sdk_codegen.changelog",
                                 description=__doc__.splitlines()[0])
    ap.add_argument("--base", help="git ref to compare with (default: the nearest v* tag, "
                                   "else HEAD)")
    ap.add_argument("--base-spec", type=Path, help=argparse.SUPPRESS)
    ap.add_argument("--repo", type=Path, default=ROOT, help=argparse.SUPPRESS)
    ap.add_argument("--version", help="the release (default: [project] version of pyproject.toml)")
    ap.add_argument("--date", default=datetime.date.today().isoformat())
    ap.add_argument("--dry-run", action="store_true",
                    help="print the section; write nothing, keep the fragments")
    args = ap.parse_args(argv)
    repo: Path = args.repo
    try:
        version = args.version or project_version(repo / "pyproject.toml")
        base, _, findings, notes = apidiff.diff_against(repo, args.base, None, args.base_spec)
        allowlist = repo / apidiff.ALLOWLIST
        if allowlist.is_file():
            apidiff.apply_allowlist(findings, apidiff.read_allowlist(allowlist))
        spec = apidiff.load_spec(repo / "spec")
        services = sorted(spec.services)
        fragments = read_fragments(repo / "changelog.d", set(services))
        path = repo / "CHANGELOG.md"
        current = path.read_text(encoding="utf-8") if path.exists() else ""
        logged = [f for f in findings if apidiff.RULES[f.rule].section]
        if not logged and not fragments:
            print(f"changelog: nothing changed for users since {base} and changelog.d/ is "
                  "empty: CHANGELOG.md left as it is")
            return 0
        text = section(version, args.date, base, logged, fragments, services)
        updated = insert(current, text, version)
        hint = semver_hint(current, version, logged, fragments)
    except apidiff.ToolError as exc:
        print(f"changelog: {exc}", file=sys.stderr)
        return 2
    for note in notes + ([hint] if hint else []):
        print(f"changelog: {note}", file=sys.stderr)
    if args.dry_run:
        sys.stdout.write(text)
        return 0
    path.write_text(updated, encoding="utf-8", newline="\n")
    for frag in fragments:
        frag.path.unlink()
    print(f"changelog: wrote {version} to CHANGELOG.md ({len(logged)} changes from the spec, "
          f"{len(fragments)} fragments consumed); commit it with the removed fragments")
    return 0


if __name__ == "__main__":
    sys.exit(main())
