"""Import time in fresh interpreters: `import generated` vs the predecessor's package."""

from __future__ import annotations

import hashlib
import os
import shutil
import statistics
import subprocess
import sys
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
    """The heaviest imports (by self time) that `import module` triggers, from one
    -X importtime run: only its subtree, not what the interpreter loaded at startup."""
    r = subprocess.run([python, "-X", "importtime", "-c", f"import {module}"], cwd=ROOT,
                       env=env, capture_output=True, text=True)
    rows: list[tuple[int, int, str]] = []
    subtree: list[tuple[int, int, str]] = []
    for line in r.stderr.splitlines():
        parts = line.split("|")
        if len(parts) == 3 and parts[0].startswith("import time:") and parts[1].strip().isdigit():
            row = (int(parts[0].split(":")[1]), int(parts[1]), parts[2].rstrip())
            subtree.append(row)
            if not parts[2].startswith("  "):        # a top-level import ends its subtree
                if parts[2].strip() == module:
                    rows = subtree
                subtree = []
    rows.sort(reverse=True)
    return "\n".join(f"    self {s / 1000:6.1f} ms  cum {c / 1000:6.1f} ms  {name}"
                     for s, c, name in rows[:n])


# One per checkout: its links name this checkout's folders (worktrees bench side by side).
SDK_VENV = Path(os.environ.get("ASM_BENCH_SDK_VENV") or
                f"/tmp/asm-bench-sdk-{hashlib.sha1(str(ROOT).encode()).hexdigest()[:8]}")


def sdk_python() -> tuple[str, str]:
    """(interpreter, note) that imports this checkout the way an installed SDK does.

    The dev venv's editable install adds an import hook that `site` loads at every start
    (about 15 ms of pathlib/importlib.util no user pays), so the SDK is timed from a
    scratch venv whose `.pth` puts the checkout (its folders linked under their installed
    names) and the dev venv's site-packages on sys.path as plain directories: same
    modules, same dependencies, no hook.  Falls back
    to the running interpreter (with a note) if the venv cannot be made."""
    import sysconfig
    py = SDK_VENV / "bin" / "python"
    # The checkout's folders under their installed names (runtime/ is asm_sdk_runtime, ...).
    names = SDK_VENV / "names"
    lines = f"{ROOT}\n{names}\n{sysconfig.get_paths()['purelib']}\n"
    try:
        names.mkdir(parents=True, exist_ok=True)
        for folder in ("runtime", "emulator", "codegen"):
            link = names / f"asm_sdk_{folder}"
            if link.is_symlink() and link.readlink() != ROOT / folder:
                link.unlink()
            if not link.is_symlink():
                link.symlink_to(ROOT / folder)
        if not py.exists():
            subprocess.run([sys.executable, "-m", "venv", "--without-pip", str(SDK_VENV)],
                           check=True, capture_output=True, timeout=120)
        purelib = subprocess.run([str(py), "-c", "import sysconfig; "
                                  "print(sysconfig.get_paths()['purelib'])"],
                                 check=True, capture_output=True, text=True).stdout.strip()
        pth = Path(purelib) / "asm_sdk_bench.pth"
        if not pth.exists() or pth.read_text() != lines:
            pth.write_text(lines)
        return str(py), f"SDK timed with {py} (checkout on sys.path via .pth, no editable hook)"
    except (subprocess.SubprocessError, OSError) as exc:
        return sys.executable, f"SDK timed with {sys.executable}, editable hook included ({exc})"


def whole_process(ours: tuple[str, str], theirs: tuple[str, str] | None, runs: int,
                  env: dict) -> dict:
    """Wall time of whole `python -c "import MODULE"` processes, ours and theirs in turn
    each round (after one warm-up each, which also writes the .pyc): per side the median,
    and the median of the per-round ratios ours/theirs."""
    sides = {"ours": ours, **({"theirs": theirs} if theirs else {})}
    times: dict[str, list[float]] = {k: [] for k in sides}
    for python, module in sides.values():
        subprocess.run([python, "-c", f"import {module}"], cwd=ROOT, env=env, capture_output=True)
    for i in range(runs):
        order = list(sides) if i % 2 == 0 else list(reversed(sides))
        for key in order:
            python, module = sides[key]
            t0 = time.perf_counter()
            r = subprocess.run([python, "-c", f"import {module}"], cwd=ROOT, env=env,
                               capture_output=True)
            times[key].append((time.perf_counter() - t0) * 1000)
            if r.returncode != 0:
                return {"error": f"{python} -c 'import {module}' failed"}
    out = {k: median(v) for k, v in times.items()}
    if theirs:
        out["ratio"] = statistics.median(a / b for a, b in zip(times["ours"], times["theirs"]))
    out["times"] = times
    return out
