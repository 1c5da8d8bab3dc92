"""Start-up of the `asm` command line: `asm --help` in fresh processes.

What the console script runs (`from generated.cli import main; sys.exit(main())`) with
`--help`, warm (bytecode cached), and `python -c "import generated"` in the same rounds,
alternating, from the same interpreter and cache as the import measure (bench/imports.py):
the median of each and the median of the per-round ratios.  Target: `asm --help` <= 0.2 s.

    python bench/cli.py [--runs N]      (standalone; `make bench` runs it too)
"""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

if __package__ in (None, ""):           # `python bench/cli.py`
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    __package__ = "bench"

from .common import ROOT, median, paired, run_alone, timing_row  # noqa: E402
from .imports import environ, sdk_python  # noqa: E402

TARGET = 0.2             # seconds for `asm --help`, warm
# The console script's body (pip writes the same two lines).
ASM = "import sys; from generated.cli import main; sys.argv[0] = 'asm'; sys.exit(main())"


def measure(runs: int) -> dict:
    python, note = sdk_python()
    sides = {"asm --help": [python, "-c", ASM, "--help"],
             "import generated": [python, "-c", "import generated"]}
    times: dict[str, list[float]] = {k: [] for k in sides}
    with tempfile.TemporaryDirectory(prefix="asm-bench-cli-") as tmp:
        env = environ(str(Path(tmp) / "pycache"))
        for cmd in sides.values():          # writes the .pyc: what follows is warm
            r = subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True, text=True)
            if r.returncode != 0:
                return {"error": f"{' '.join(cmd[:3])} failed: {r.stderr.strip()[-300:]}"}
        for i in range(runs):
            order = list(sides) if i % 2 == 0 else list(reversed(sides))
            for key in order:
                t0 = time.perf_counter()
                subprocess.run(sides[key], cwd=ROOT, env=env, capture_output=True)
                times[key].append(time.perf_counter() - t0)
    return {"times": times, "python": python, "note": note, "target": TARGET,
            "ratio": paired(times["asm --help"], times["import generated"])}


def report(r: dict) -> tuple[bool, str]:
    if "error" in r:
        print(f"not measured: {r['error']}")
        return False, r["error"]
    print("| command | median | min | max | runs |\n|---|---|---|---|---|")
    for label, xs in r["times"].items():
        print(timing_row(f"`{label}`", xs))
    print(f"\nfresh processes, alternating, .pyc cached; ratio = median of per-round ratios "
          f"{r['ratio']:.2f}x; {r['note']}.")
    help_s = median(r["times"]["asm --help"])
    ok = help_s <= TARGET
    return ok, (f"`asm --help` {help_s * 1000:.0f} ms median (target <= {TARGET * 1000:.0f} ms)"
                f" = {r['ratio']:.2f}x `python -c 'import generated'` "
                f"({median(r['times']['import generated']) * 1000:.0f} ms)")


if __name__ == "__main__":
    os.environ.setdefault("PYTHONUNBUFFERED", "1")
    sys.exit(run_alone(__doc__, measure, report))
