"""Print pip constraints that pin every lower bound of the SDK's requirements to itself.

`.ci/run` installs the package with them (`pip install -c FILE -e '.[dev]'`), so the
suite also runs against the oldest releases pyproject.toml allows: a bound that is too low
fails there instead of on a user's machine.  Read from pyproject.toml (the dependencies and
the `aio` extra), never written twice.
"""

from __future__ import annotations

import re
import sys
import tomllib
from pathlib import Path

# name, then a `>=` bound, then other clauses (`!=`, `<`) that pinning leaves out.
_BOUND = re.compile(r"^\s*([A-Za-z0-9_.\-]+)\s*(?:\[[^\]]*\])?\s*>=\s*([^,;\s]+)")
EXTRAS = ("aio",)


def lowest(pyproject: Path) -> list[str]:
    """`name==version` for each requirement with a `>=` bound (the SDK's, then EXTRAS')."""
    project = tomllib.loads(pyproject.read_text())["project"]
    requirements = list(project["dependencies"])
    for extra in EXTRAS:
        requirements += project["optional-dependencies"][extra]
    pins = []
    for requirement in requirements:
        match = _BOUND.match(requirement)
        if match is None:
            raise SystemExit(f"{pyproject}: {requirement!r} has no '>=' lower bound to test")
        pins.append(f"{match.group(1)}=={match.group(2)}")
    return pins


def _release(version: str) -> tuple[int, ...]:
    numbers = tuple(int(part) for part in version.split("."))
    while numbers and numbers[-1] == 0:     # 23.1 == 23.1.0
        numbers = numbers[:-1]
    return numbers


def check(pins: list[str]) -> list[str]:
    """What differs between `pins` and the versions installed in this interpreter."""
    from importlib.metadata import PackageNotFoundError, version

    wrong = []
    for pin in pins:
        name, want = pin.split("==")
        try:
            have = version(name)
        except PackageNotFoundError:
            have = "not installed"
        if have == "not installed" or _release(have) != _release(want):
            wrong.append(f"{name}: {have}, not {want}")
    return wrong


if __name__ == "__main__":
    root = Path(__file__).resolve().parent.parent
    pins = lowest(root / "pyproject.toml")
    if sys.argv[1:] == ["--check"]:     # the venv holds exactly the lowest versions
        wrong = check(pins)
        if wrong:
            raise SystemExit("not the lowest allowed versions: " + "; ".join(wrong))
        print("installed: " + ", ".join(pins))
    else:
        sys.stdout.write("".join(pin + "\n" for pin in pins))
