"""Shared helpers: paths, timing, medians, the recordings and the spec's operations."""

from __future__ import annotations

import statistics
import sys
import time
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
RECORDINGS = Path(__file__).resolve().parents[2] / "shared" / "asm-recordings"
NS = "{http://schemas.microsoft.com/windowsazure}"

if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))


def median(xs):
    return statistics.median(xs)


def paired(a: list[float] | None, b: list[float] | None) -> float | None:
    """Median of the per-round ratios a[i] / b[i].  Both sides of a round ran back to back,
    so this cancels most of the drift a busy machine adds between rounds."""
    if not a or not b:
        return None
    return statistics.median(x / y for x, y in zip(a, b) if y)


def timing_row(label: str, xs: list[float]) -> str:
    """A markdown table row: label, median with spread, min, max, runs (in ms)."""
    return (f"| {label} | {median(xs) * 1000:.0f} ms {spread(xs)} | {min(xs) * 1000:.0f} ms "
            f"| {max(xs) * 1000:.0f} ms | {len(xs)} |")


def run_alone(doc: str, measure, report, runs: int = 15) -> int:
    """`python bench/X.py [--runs N]`: one whole-process measure on its own, PASS or MISS."""
    import argparse

    ap = argparse.ArgumentParser(description=doc.splitlines()[0])
    ap.add_argument("--runs", type=int, default=runs)
    args = ap.parse_args()
    ok, line = report(measure(args.runs))
    print(("PASS " if ok else "MISS ") + line)
    return 0


def spread(xs) -> str:
    """Relative half-range of the middle half of the samples, e.g. '±3%'."""
    if len(xs) < 4:
        return ""
    q = statistics.quantiles(xs, n=4)
    m = statistics.median(xs)
    return f"±{(q[2] - q[0]) / 2 / m * 100:.0f}%" if m else ""


def calibrate(fn, target: float = 0.15, cap: int = 100_000) -> int:
    """How many calls of `fn` take about `target` seconds."""
    n = 1
    while True:
        t0 = time.perf_counter()
        for _ in range(n):
            fn()
        dt = time.perf_counter() - t0
        if dt >= target / 4 or n >= cap:
            return max(1, min(cap, int(n * target / max(dt, 1e-9))))
        n *= 4


def spec_operations() -> dict[str, dict]:
    """name -> operation table, from spec/operations/*.toml (read directly, no codegen)."""
    ops: dict[str, dict] = {}
    for path in sorted((ROOT / "spec" / "operations").glob("*.toml")):
        try:
            data = tomllib.loads(path.read_text(encoding="utf-8"))
        except (tomllib.TOMLDecodeError, OSError):
            continue  # another helper may be mid-edit: the operation is reported missing
        for op in data.get("operation", []) + data.get("shared_operation", []):
            if "name" in op:
                ops[op["name"]] = op
    return ops


def _yaml_loader():
    import yaml

    class Loader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):
        """Cassettes written by Python 2 carry `!!python/unicode` scalars."""

    Loader.add_constructor("tag:yaml.org,2002:python/unicode",
                           lambda loader, node: loader.construct_scalar(node))
    return yaml, Loader


def recorded_body(recording: str, method: str, path_suffix: str) -> bytes | None:
    """The largest 200 response body of `method ...path_suffix` in one recording."""
    f = RECORDINGS / f"{recording}.yaml"
    if not f.is_file():
        return None
    yaml, Loader = _yaml_loader()
    data = yaml.load(f.read_text(encoding="utf-8"), Loader=Loader)
    best = None
    for it in data["interactions"]:
        rq, rs = it["request"], it["response"]
        path = rq["uri"].split("?")[0]
        if rq["method"] != method or not path.endswith(path_suffix) or rs["status"]["code"] != 200:
            continue
        body = rs["body"].get("string") if isinstance(rs["body"], dict) else rs["body"]
        if isinstance(body, str):
            body = body.encode("utf-8")
        if body and (best is None or len(body) > len(best)):
            best = body
    return best


def cpu_count() -> int:
    import os
    return len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count()


def subprocess_json(cmd: list[str], timeout: float = 900):
    """Run `cmd`, return its stdout as JSON, or an error string."""
    import json
    import subprocess
    try:
        r = subprocess.run(cmd, capture_output=True, text=True, timeout=timeout)
    except subprocess.TimeoutExpired:
        return "timed out"
    if r.returncode != 0:
        return (r.stderr.strip().splitlines() or ["failed"])[-1]
    try:
        return json.loads(r.stdout)
    except ValueError:
        return "unreadable output"
