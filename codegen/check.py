"""Fail when generated/, emulator/_compiled.py or docs/api/ differs from what spec/ +
codegen/ produce now.

    python -m asm_sdk_codegen.check
"""

from __future__ import annotations

import difflib
import sys
import tempfile
from pathlib import Path

from .generate import ROOT, main as generate


def main() -> int:
    committed = ROOT / "generated"
    with tempfile.TemporaryDirectory() as tmp:
        fresh = Path(tmp) / "generated"
        fresh_endpoint = Path(tmp) / "_compiled.py"
        if generate(["--out", str(fresh), "--endpoint-out", str(fresh_endpoint)]) != 0:
            return 1
        if check_endpoint(fresh_endpoint.read_text(encoding="utf-8")) != 0:
            return 1
        names = sorted({str(p.relative_to(committed)) for p in committed.rglob("*")
                        if p.is_file() and "__pycache__" not in p.parts}
                       | {str(p.relative_to(fresh)) for p in fresh.rglob("*") if p.is_file()})
        stale = []
        for name in names:
            a, b = committed / name, fresh / name
            old = a.read_text(encoding="utf-8") if a.exists() else ""
            new = b.read_text(encoding="utf-8") if b.exists() else ""
            if old != new:
                stale.append(name)
                diff = difflib.unified_diff(old.splitlines(), new.splitlines(),
                                            f"generated/{name}", f"fresh/{name}", lineterm="")
                print("\n".join(list(diff)[:40]), file=sys.stderr)
    if stale:
        print(f"generated/ is out of date ({', '.join(stale)}): run `make generate`",
              file=sys.stderr)
        return 1
    print("generated/ is up to date")
    return check_packages() or check_docs()


def check_packages() -> int:
    """Every package of generated/ is in pyproject.toml's packages (a wheel without one
    would not import)."""
    import tomllib

    listed = set(tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
                 ["tool"]["setuptools"]["packages"])
    found = {".".join(p.parent.relative_to(ROOT).parts)
             for p in (ROOT / "generated").rglob("__init__.py") if "__pycache__" not in p.parts}
    missing, stale = sorted(found - listed), sorted(
        n for n in listed - found if n.split(".")[0] == "generated")
    if missing or stale:
        print(f"pyproject.toml [tool.setuptools] packages: add {missing}, remove {stale}",
              file=sys.stderr)
        return 1
    return 0


def check_endpoint(fresh: str) -> int:
    """emulator/_compiled.py (the local endpoint's compiled spec) against a fresh one."""
    from .endpoint import OUT
    old = OUT.read_text(encoding="utf-8") if OUT.exists() else ""
    if old == fresh:
        print("emulator/_compiled.py is up to date")
        return 0
    diff = difflib.unified_diff(old.splitlines(), fresh.splitlines(), "emulator/_compiled.py",
                                "fresh/_compiled.py", lineterm="")
    print("\n".join(list(diff)[:40]), file=sys.stderr)
    print("emulator/_compiled.py is out of date: run `make generate`", file=sys.stderr)
    return 1


def check_docs() -> int:
    """docs/api/ against codegen.docs (imported here: it needs the generator's templates)."""
    from . import docs
    fresh = docs.build(ROOT / "spec")
    committed = {p.relative_to(docs.OUT).as_posix(): p.read_text(encoding="utf-8")
                 for p in docs.OUT.rglob("*.md")} if docs.OUT.is_dir() else {}
    stale = sorted(n for n in fresh.keys() | committed.keys() if fresh.get(n) != committed.get(n))
    for name in stale[:3]:
        diff = difflib.unified_diff((committed.get(name) or "").splitlines(),
                                    (fresh.get(name) or "").splitlines(),
                                    f"docs/api/{name}", f"fresh/{name}", lineterm="")
        print("\n".join(list(diff)[:40]), file=sys.stderr)
    if stale:
        print(f"docs/api/ is out of date ({', '.join(stale)}): run `make docs`", file=sys.stderr)
        return 1
    print("docs/api/ is up to date")
    return 0


if __name__ == "__main__":
    sys.exit(main())
