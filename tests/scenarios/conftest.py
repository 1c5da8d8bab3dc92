"""The `scenario` fixture: one cassette per scenario test, replayed or (ASM_RECORD=1) recorded.

    def test_storage(scenario):          # cassettes/storage.yaml
        sms = scenario.sms
        scenario.wait(sms.create_storage_account(...))

Replay (default): a client aimed at the default management host, vcrpy record_mode "none",
time.sleep patched out, and at the end every recorded interaction must have been played.
Recording: a client aimed at the local endpoint (started in-process, state reset before each
scenario) or at the real subscription of ASM_RECORD_HOST/_SUBSCRIPTION/_CERT[/_CA].
"""

from __future__ import annotations

import os
import socket
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

from tests.scenarios import recording as rec


@dataclass
class Target:
    """Where scenarios are recorded from."""
    kind: str                       # "emulator" or "real"
    subscription_id: str
    cert_file: str
    host: str
    ca_file: str | None
    reset: Any = None               # emulator only: forget all state between scenarios


@dataclass
class Scenario:
    name: str
    sms: Any
    recording: bool
    emulated: bool                  # recorded (or recording) against the local endpoint
    sleep_interval: float
    timeout: float
    slept: list = field(default_factory=list)
    make: Any = None                # make(cls): another client class aimed at the same target

    def pause(self) -> None:
        """Wait before polling a state again (not at all during replay)."""
        import time
        time.sleep(self.sleep_interval)
        self.polls = getattr(self, "polls", 0) + 1
        assert self.polls * max(self.sleep_interval, 0.001) < self.timeout, "state never reached"

    def wait(self, result, status: str = "Succeeded"):
        """Poll the asynchronous call `result` until it reaches `status`; return the
        Operation.  During replay the recorded InProgress answers are played, no sleeping."""
        op = self.sms.wait_for_operation_status(result.request_id, wait_for_status=status,
                                                timeout=self.timeout,
                                                sleep_interval=self.sleep_interval)
        assert op.status == status
        return op


def pytest_collection_modifyitems(config, items):
    """The cassette checks run after the scenarios (which rewrite cassettes when recording)."""
    here = Path(__file__).parent / "test_cassettes.py"
    last = [i for i in items if Path(str(i.path)) == here]
    if last:
        items[:] = [i for i in items if i not in last] + last


@pytest.hookimpl(hookwrapper=True)
def pytest_runtest_makereport(item, call):
    """Keep each phase's report on the item: the fixture skips its own end-of-cassette
    checks when the scenario already failed (its message is the useful one)."""
    outcome = yield
    report = outcome.get_result()
    setattr(item, f"asm_report_{report.when}", report)


class ClientFactory:
    """Builds clients of any generated class with the same subscription, certificate and
    endpoint; closes them all at the end."""

    def __init__(self, subscription_id: str, cert_file: str, **options: Any) -> None:
        self.args, self.options, self.made = (subscription_id, cert_file), options, []

    def __call__(self, cls):
        client = cls(*self.args, **self.options)
        self.made.append(client)
        return client

    def __enter__(self) -> "ClientFactory":
        return self

    def __exit__(self, *exc) -> None:
        for client in self.made:
            client.close()


def _failed(request) -> bool:
    report = getattr(request.node, "asm_report_call", None)
    return report is not None and report.failed


@pytest.fixture(scope="session")
def record_target(request) -> Target:
    given = {name: os.environ.get(name, "") for name in rec.REAL_ENV}
    if any(given.values()):
        missing = [name for name, value in given.items() if not value]
        if missing:
            pytest.fail(f"recording against a real subscription needs {', '.join(rec.REAL_ENV)}; "
                        f"missing: {', '.join(missing)}")
        return Target("real", given["ASM_RECORD_SUBSCRIPTION"], given["ASM_RECORD_CERT"],
                      given["ASM_RECORD_HOST"], os.environ.get("ASM_RECORD_CA") or None)
    session = request.getfixturevalue("asm_emulator")
    cfg = session.config
    return Target("emulator", cfg["subscription_id"], cfg["cert_file"], cfg["host"],
                  cfg["ca_file"], reset=session.emulator.app.reset)


@pytest.fixture
def scenario(request, monkeypatch, cert_file):
    from generated import ServiceManagementService

    name = request.node.name.removeprefix("test_")
    path = rec.cassette_path(name)
    if rec.recording():
        target: Target = request.getfixturevalue("record_target")
        if target.reset is not None:
            target.reset()
        path.parent.mkdir(parents=True, exist_ok=True)
        path.unlink(missing_ok=True)
        real = target.kind == "real"
        vcr = rec.make_vcr(True, target.subscription_id)
        with vcr.use_cassette(str(path)) as cassette, ClientFactory(
                target.subscription_id, target.cert_file, host=target.host,
                ca_file=target.ca_file) as make:
            yield Scenario(name, make(ServiceManagementService), True, not real,
                           5.0 if real else 0.1, 1800.0 if real else 30.0, make=make)
        text = path.read_text(encoding="utf-8") if path.exists() else ""
        if any(f in text for f in rec.certificate_fingerprints(target.cert_file)):
            path.unlink()
            pytest.fail(f"{path} held material of the client certificate {target.cert_file}; "
                        "deleted")
        if not _failed(request):
            assert text and len(cassette.data) > 0, f"nothing recorded for {name}"
        return

    if not path.exists():
        pytest.fail(f"cassette {path.relative_to(rec.ROOT)} is missing: run `make record`")
    slept: list[float] = []
    monkeypatch.setattr("time.sleep", slept.append)

    def no_network(*args, **kwargs):
        raise AssertionError(f"network access while replaying {path.name}: {args!r}")
    monkeypatch.setattr(socket.socket, "connect", no_network)
    monkeypatch.setattr(socket, "create_connection", no_network)
    vcr = rec.make_vcr(False)
    with vcr.use_cassette(str(path), allow_playback_repeats=False) as cassette:
        emulated = bool(cassette.data) and rec.emulated_host(cassette.data[0][0].uri)
        with ClientFactory(rec.SUBSCRIPTION, cert_file) as make:
            yield Scenario(name, make(ServiceManagementService), False, emulated, 0.0, 30.0,
                           slept, make=make)
    if _failed(request):
        return
    unplayed = [f"#{i} {req.method} {req.uri}" for i, (req, _) in enumerate(cassette.data)
                if not cassette.play_counts[i]]
    assert not unplayed, f"{path.name}: recorded calls never made: " + "; ".join(unplayed)
    assert not any(slept), f"replay slept {slept}"
