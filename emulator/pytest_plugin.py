"""pytest fixtures: a local Service Management endpoint for the test session.

In your own test suite (root conftest.py):

    pytest_plugins = ["emulator.pytest_plugin"]

    def test_something(asm_sms):
        asm_sms.create_hosted_service("svc1", "svc1", location="West US")

Fixtures:

- `asm_emulator` (session): an `EmulatorSession` with `.sms` (a ready
  `ServiceManagementService` speaking mutual TLS to the endpoint), `.config` (the JSON
  config: host, subscription_id, cert_file, ca_file), `.emulator` and `.state_dir`.  The
  endpoint runs in a background thread of the test process on a free port and is stopped at
  the end of the session (server thread, connection threads and socket all closed).
- `asm_sms`: the session's client.

The state is shared by the whole session: give resources unique names.  ini options:
`asm_emulator_operation_delay` (seconds an asynchronous operation stays InProgress,
default 0.2) and `asm_emulator_fail_marker` (default "asyncfail").
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from .server import Emulator


@dataclass
class EmulatorSession:
    emulator: Emulator
    config: dict
    sms: Any
    state_dir: Path


def pytest_addoption(parser) -> None:
    parser.addini("asm_emulator_operation_delay",
                  "seconds an asynchronous operation of the local endpoint stays InProgress",
                  default="0.2")
    parser.addini("asm_emulator_fail_marker",
                  "asynchronous requests mentioning this text end Failed", default="asyncfail")


def _ini(config, name: str, default: str) -> str:
    try:
        return config.getini(name) or default
    except ValueError:          # fixtures imported directly, without the plugin's hooks
        return default


@pytest.fixture(scope="session")
def asm_emulator(request, tmp_path_factory) -> EmulatorSession:
    state_dir = tmp_path_factory.mktemp("asm-emulator")
    emu = Emulator(state_dir=state_dir,
                   operation_delay=float(_ini(request.config, "asm_emulator_operation_delay",
                                              "0.2")),
                   fail_marker=_ini(request.config, "asm_emulator_fail_marker", "asyncfail"))
    emu.start()
    sms = None
    try:
        sms = emu.client()
        yield EmulatorSession(emu, dict(emu.config), sms, state_dir)
    finally:
        if sms is not None:
            sms.close()
        emu.stop()


@pytest.fixture
def asm_sms(asm_emulator: EmulatorSession):
    return asm_emulator.sms
