"""`make record` against "a real subscription", end to end, without Azure.

The local endpoint stands in for Azure under a non-zero subscription id and is given to the
recorder the way a real subscription is (ASM_RECORD_HOST/_SUBSCRIPTION/_CERT/_CA). The
cassettes it writes must hold neither that subscription id nor certificate material nor
storage keys, and must replay.
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from asm_sdk_emulator import Emulator
from tests.scenarios import recording as rec

ROOT = Path(__file__).resolve().parent.parent
REAL_SUBSCRIPTION = "3f2a9c4e-7b1d-4e8f-a6c5-0d9e8f7a6b5c"
SCENARIOS = ["catalogue", "storage", "cloud_services", "subscription_operations"]
# One recording session (the module fixture) for all tests, also under `pytest -n`.
pytestmark = pytest.mark.xdist_group("record_real_mode")


def run_scenarios(env: dict, names: list[str] = SCENARIOS) -> subprocess.CompletedProcess:
    select = " or ".join(f"test_{name}" for name in names)
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider",
         "tests/scenarios/test_services.py", "-k", select],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=600)


@pytest.fixture(scope="module")
def recorded(tmp_path_factory):
    state = tmp_path_factory.mktemp("stand-in")
    out = tmp_path_factory.mktemp("cassettes")
    with Emulator(state_dir=state, subscription_id=REAL_SUBSCRIPTION, operation_delay=0) as emu:
        cfg = emu.config
        env = {k: v for k, v in os.environ.items() if not k.startswith("ASM_")}
        env.update(ASM_RECORD="1", ASM_CASSETTE_DIR=str(out), ASM_RECORD_HOST=cfg["host"],
                   ASM_RECORD_SUBSCRIPTION=REAL_SUBSCRIPTION, ASM_RECORD_CERT=cfg["cert_file"],
                   ASM_RECORD_CA=cfg["ca_file"])
        run = run_scenarios(env)
    assert run.returncode == 0, run.stdout[-3000:] + run.stderr[-3000:]
    return out, cfg


def test_real_mode_writes_one_cassette_per_scenario(recorded):
    out, _ = recorded
    assert sorted(p.stem for p in out.glob("*.yaml")) == sorted(SCENARIOS)


def test_real_mode_cassettes_hold_no_subscription_id_certificate_or_key(recorded):
    out, cfg = recorded
    lines = rec.certificate_fingerprints(cfg["cert_file"])
    assert lines
    for path in out.glob("*.yaml"):
        text = path.read_text(encoding="utf-8")
        for form in (REAL_SUBSCRIPTION, REAL_SUBSCRIPTION.upper(), REAL_SUBSCRIPTION.replace("-", "")):
            assert form not in text, f"{path.name} holds the subscription id"
        assert f"/{rec.SUBSCRIPTION}/" in text
        assert not any(line in text for line in lines), f"{path.name} holds certificate material"
        assert "PRIVATE KEY" not in text and "-----BEGIN" not in text
    storage = (out / "storage.yaml").read_text(encoding="utf-8")
    assert "<Primary>REDACTED</Primary>" in storage and "<Secondary>REDACTED</Secondary>" in storage


# Replay takes a recording made at 127.0.0.1 for one of the local endpoint, and then runs the
# scenarios' local-only branches; storage and subscription_operations send extra requests
# there (an operation the endpoint fails on purpose), which a real recording does not hold.
REPLAYABLE = ["catalogue", "cloud_services"]


def test_real_mode_cassettes_replay(recorded):
    out, _ = recorded
    env = {k: v for k, v in os.environ.items() if not k.startswith("ASM_")}
    env["ASM_CASSETTE_DIR"] = str(out)
    run = run_scenarios(env, REPLAYABLE)
    assert run.returncode == 0, run.stdout[-3000:] + run.stderr[-3000:]
    assert f"{len(REPLAYABLE)} passed" in run.stdout
