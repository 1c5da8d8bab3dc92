"""Start-up time of the local endpoint, in fresh processes.

ready: from launching `python -m asm_sdk_emulator --state-dir D` to its config file being
written (the moment a pytest fixture, `make demo` or a script waiting for the file can
connect), certificates reused from D as at every start but the first.  first answer: from
the same launch to the first `GET /<subscription>/locations` answered over mutual TLS (what
a start costs a user in all).  Both are medians over fresh processes, the same interpreter
and bytecode cache as the import measure (bench/imports.py); `python -c pass` is measured
in the same rounds, for the interpreter's own share.

    python bench/startup.py [--runs N]      (standalone; `make bench` runs it too)
"""

from __future__ import annotations

import http.client
import json
import os
import signal
import ssl
import subprocess
import sys
import tempfile
import time
from pathlib import Path

if __package__ in (None, ""):           # `python bench/startup.py`
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    __package__ = "bench"

from asm_sdk_emulator.server import CONFIG_FILE  # noqa: E402

from .common import ROOT, median, run_alone, timing_row  # noqa: E402
from .imports import environ, sdk_python  # noqa: E402

TARGET = 0.3             # seconds from launch to the config file
TIMEOUT = 60.0


def _first_answer(config: dict) -> None:
    ctx = ssl.create_default_context(cafile=config["ca_file"])
    ctx.load_cert_chain(config["cert_file"])
    host, _, port = config["host"].rpartition(":")
    conn = http.client.HTTPSConnection(host, int(port), context=ctx, timeout=TIMEOUT)
    try:
        conn.request("GET", f"/{config['subscription_id']}/locations",
                     headers={"x-ms-version": "2014-10-01"})
        resp = conn.getresponse()
        resp.read()
        if resp.status != 200:
            raise RuntimeError(f"GET locations answered {resp.status}")
    finally:
        conn.close()


def start_once(python: str, env: dict, state_dir: Path, answer: bool = False) -> tuple[float, float | None]:
    """(seconds to the config file, seconds to the first answer or None) of one start."""
    config = state_dir / CONFIG_FILE
    if config.exists():
        config.unlink()
    t0 = time.perf_counter()
    proc = subprocess.Popen([python, "-m", "asm_sdk_emulator", "--state-dir", str(state_dir)],
                            cwd=ROOT, env=env, stdout=subprocess.DEVNULL,
                            stderr=subprocess.PIPE)
    try:
        while not config.exists():
            if proc.poll() is not None:
                raise RuntimeError("the endpoint exited: " + proc.stderr.read().decode()[-500:])
            if time.perf_counter() - t0 > TIMEOUT:
                raise RuntimeError(f"no config file after {TIMEOUT:g} s")
            time.sleep(0.0005)
        ready = time.perf_counter() - t0
        first = None
        if answer:
            _first_answer(json.loads(config.read_text(encoding="utf-8")))
            first = time.perf_counter() - t0
        return ready, first
    finally:
        proc.send_signal(signal.SIGTERM)
        try:
            proc.wait(timeout=TIMEOUT)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        proc.stderr.close()


def measure(runs: int) -> dict:
    python, note = sdk_python()
    with tempfile.TemporaryDirectory(prefix="asm-bench-start-") as tmp:
        env = environ(str(Path(tmp) / "pycache"))
        state_dir = Path(tmp) / "state"
        start_once(python, env, state_dir, answer=True)   # certificates, .pyc, page cache
        ready, first, bare = [], [], []
        for i in range(runs):
            r, f = start_once(python, env, state_dir, answer=i % 2 == 1)
            ready.append(r)
            if f is not None:
                first.append(f)
            t0 = time.perf_counter()
            subprocess.run([python, "-c", "pass"], cwd=ROOT, env=env, capture_output=True)
            bare.append(time.perf_counter() - t0)
    return {"ready": ready, "first_answer": first, "python_c_pass": bare, "python": python,
            "note": note, "target": TARGET}


def report(r: dict) -> tuple[bool, str]:
    ready, first, bare = median(r["ready"]), median(r["first_answer"]), median(r["python_c_pass"])
    print("| measure | median | min | max | runs |\n|---|---|---|---|---|")
    for label, xs in (("ready (config file written)", r["ready"]),
                      ("first answer (GET locations over mutual TLS)", r["first_answer"]),
                      ("`python -c pass` (interpreter alone)", r["python_c_pass"])):
        print(timing_row(label, xs))
    print(f"\nfresh `python -m asm_sdk_emulator` processes, certificates reused from the "
          f"state dir, .pyc cached; {r['note']}.")
    ok = ready <= TARGET
    return ok, (f"ready {ready * 1000:.0f} ms median (target <= {TARGET * 1000:.0f} ms), "
                f"first answer {first * 1000:.0f} ms, interpreter alone {bare * 1000:.0f} ms")


if __name__ == "__main__":
    os.environ.setdefault("PYTHONUNBUFFERED", "1")
    sys.exit(run_alone(__doc__, measure, report))
