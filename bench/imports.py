"""Import time in fresh interpreters: `import generated` vs the predecessor's package."""

from __future__ import annotations

import os
import shutil
import subprocess
import time
from pathlib import Path

from .common import ROOT, median


def environ(cache_dir: str, write: bool = True) -> dict:
    """Environment of the child interpreters: bytecode is read from (and, with `write`,
    written to) `cache_dir` via PYTHONPYCACHEPREFIX, so nothing lands in the repo and both
    packages are measured alike, whatever __pycache__ folders exist."""
    env = {k: v for k, v in os.environ.items()
           if k not in ("PYTHONDONTWRITEBYTECODE", "PYTHONPYCACHEPREFIX", "PYTHONPATH")}
    env["PYTHONPYCACHEPREFIX"] = cache_dir
    if not write:
        env["PYTHONDONTWRITEBYTECODE"] = "1"
    return env


def forget_repo_bytecode(cache_dir: str) -> None:
    """Drop the cached bytecode of this repo's modules only (stdlib and installed packages
    stay warm): the next imports compile generated/ and runtime/ from source."""
    shutil.rmtree(Path(cache_dir + str(ROOT)), ignore_errors=True)


def _cumulative_us(stderr: str, module: str) -> int | None:
    """Cumulative microseconds of `module` from `python -X importtime` output."""
    for line in stderr.splitlines():
        parts = line.split("|")
        if len(parts) == 3 and parts[2].strip() == module:
            try:
                return int(parts[1])
            except ValueError:
                return None
    return None


def measure(python: str, module: str, runs: int, env: dict) -> dict:
    """Median over `runs` fresh processes of: -X importtime cumulative (ms) of `module`,
    and wall time of `python -c "import module"` minus that of `python -c pass` (ms)."""
    env_cmd = [python, "-X", "importtime", "-c", f"import {module}"]
    first = subprocess.run(env_cmd, cwd=ROOT, env=env, capture_output=True, text=True)  # .pyc
    if first.returncode != 0:
        return {"error": first.stderr.strip().splitlines()[-1] if first.stderr else "failed"}
    cum, wall, base = [], [], []
    for _ in range(runs):
        r = subprocess.run(env_cmd, cwd=ROOT, env=env, capture_output=True, text=True)
        us = _cumulative_us(r.stderr, module)
        if us is not None:
            cum.append(us / 1000)
        for cmd, acc in (([python, "-c", f"import {module}"], wall), ([python, "-c", "pass"], base)):
            t0 = time.perf_counter()
            subprocess.run(cmd, cwd=ROOT, env=env, capture_output=True)
            acc.append((time.perf_counter() - t0) * 1000)
    return {"importtime_ms": median(cum) if cum else None,
            "wall_ms": median(wall) - median(base), "startup_ms": median(base), "cum": cum}


def top_imports(python: str, module: str, env: dict, n: int = 10) -> str:
    """The heaviest imports (by self time) under `module`, from one -X importtime run."""
    r = subprocess.run([python, "-X", "importtime", "-c", f"import {module}"], cwd=ROOT,
                       env=env, capture_output=True, text=True)
    rows = []
    for line in r.stderr.splitlines():
        parts = line.split("|")
        if len(parts) == 3 and parts[0].startswith("import time:") and parts[1].strip().isdigit():
            rows.append((int(parts[0].split(":")[1]), int(parts[1]), parts[2].rstrip()))
    rows.sort(reverse=True)
    return "\n".join(f"    self {s / 1000:6.1f} ms  cum {c / 1000:6.1f} ms  {name}"
                     for s, c, name in rows[:n])
