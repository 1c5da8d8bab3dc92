"""Wait latency and waiting for many operations, against the local endpoint.

- latency: an asynchronous operation of the endpoint stays InProgress for OP_SECONDS; the
  figure is the time from the moment it finishes (the endpoint's own record: created +
  delay) to the moment `wait_for_operation_status(request_id)` returns, default settings.
  The predecessor's `wait_for_operation_status` (fixed 5 s interval) runs in its own venv
  (bench/legacy_wait_probe.py) against the same endpoint, in the same run.
(Waiting for many operations at once, on both clients: bench/fanout.py.)
"""

from __future__ import annotations

import json
import os
import subprocess
import tempfile
import time
import uuid
from pathlib import Path

OP_SECONDS = 2.0


class _Endpoint:
    """The local endpoint in this process (it counts the status calls it answers)."""

    def __init__(self, state_dir: str, operation_delay: float = OP_SECONDS) -> None:
        from asm_sdk_emulator.server import Emulator
        self.emu = Emulator(state_dir=state_dir, operation_delay=operation_delay).start()

    @property
    def status_calls(self) -> int:
        return self.emu.status_calls

    def finished_at(self, request_id: str) -> float:
        rec = self.emu.app.store.get("operation", request_id)
        return rec["created"] + rec["delay"]

    def stop(self) -> None:
        self.emu.stop()


def _start(sms) -> str:
    name = "b" + uuid.uuid4().hex[:18]
    return sms.create_storage_account(name, "bench", name, location="West US").request_id


class _Predecessor:
    def __init__(self, python: str, cfg: dict) -> None:
        env = dict(os.environ, REQUESTS_CA_BUNDLE=cfg["ca_file"])
        self.proc = subprocess.Popen(
            [python, str(Path(__file__).with_name("legacy_wait_probe.py")), cfg["host"],
             cfg["subscription_id"], cfg["cert_file"]],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
            env=env)
        ready = self.proc.stdout.readline()
        if not ready:
            raise RuntimeError(self.proc.stderr.read().strip().splitlines()[-1:])

    def wait(self, request_id: str) -> dict:
        self.proc.stdin.write(request_id + "\n")
        self.proc.stdin.flush()
        return json.loads(self.proc.stdout.readline())

    def close(self) -> None:
        self.proc.stdin.close()
        self.proc.wait(timeout=30)


def measure(rounds: int, legacy_py: str | None, legacy_rounds: int) -> dict:
    """{"ours": [latency s], "predecessor": [...] | error}"""
    out: dict = {"op_seconds": OP_SECONDS}
    with tempfile.TemporaryDirectory(prefix="asm-bench-wait-") as state:
        ep = _Endpoint(state)
        try:
            sms = ep.emu.client()
            sms.list_locations()  # connection up before timing
            ours = []
            for _ in range(rounds):
                rid = _start(sms)
                sms.wait_for_operation_status(rid, timeout=60)
                ours.append(time.time() - ep.finished_at(rid))
            out["ours"] = ours
            if legacy_py:
                try:
                    pred = _Predecessor(legacy_py, dict(ep.emu.config))
                    theirs = []
                    for _ in range(legacy_rounds):
                        rid = _start(sms)
                        r = pred.wait(rid)
                        if "error" in r:
                            raise RuntimeError(r["error"])
                        theirs.append(r["returned"] - ep.finished_at(rid))
                    pred.close()
                    out["predecessor"] = theirs
                except Exception as exc:  # reported, never fatal
                    out["predecessor"] = f"{type(exc).__name__}: {exc}"
            sms.close()
        finally:
            ep.stop()
    return out
