"""pytest fixtures: a local Service Management endpoint for the test session.

In your own test suite (root conftest.py):

    pytest_plugins = ["asm_sdk_emulator.pytest_plugin"]

    def test_something(asm_sms):
        asm_sms.create_hosted_service("svc1", "svc1", location="West US")

Fixtures:

- `asm_emulator` (session): an `EmulatorSession` with `.sms` (a ready
  `ServiceManagementService` speaking mutual TLS to the endpoint), `.config` (the JSON
  config: host, subscription_id, cert_file, ca_file, and for its Azure AD stand-in
  tenant_id, client_id, client_secret, authority), `.emulator` and `.state_dir`.  The
  endpoint runs in a background thread of the test process on a free port and is stopped at
  the end of the session (server thread, connection threads and socket all closed).
- `asm_sms`: the session's client.
- `asm_credential` (session): an `azure.identity.ClientSecretCredential` of the endpoint's
  Azure AD stand-in, trusting the endpoint's CA: `credential=asm_credential` authenticates
  with bearer tokens instead of the certificate.  Needs azure-identity (skips without it;
  fails under CI=true).  `asm_emulator.app.token_requests` counts the tokens issued,
  `asm_emulator.app.last_auth_scheme` says how the last request authenticated.

The state is shared by the whole session: give resources unique names.  ini options:
`asm_emulator_operation_delay` (seconds an asynchronous operation stays InProgress,
default 0.2), `asm_emulator_fail_marker` (default "asyncfail") and
`asm_emulator_state_delay` (seconds a resource stays in each transitional state, default 0:
final states at once).

Timing for one test (restored after it), on the shared endpoint:

    @pytest.mark.asm_emulator_options(state_delay=0.3, operation_delay=0.1)
    def test_waits(asm_sms): ...

    def test_waits_too(asm_emulator):
        with asm_emulator.options(state_delays={"role": 0.3}, token_lifetime=60,
                                  latency=0.05):
            ...
        asm_emulator.status_calls                 # get_operation_status calls served
        asm_emulator.status_calls_for(request_id)
"""

from __future__ import annotations

import os
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Iterator

import pytest

from .server import Emulator


@dataclass
class EmulatorSession:
    emulator: Emulator
    config: dict
    sms: Any
    state_dir: Path

    @property
    def app(self):
        """The running `App` (state, options, counters)."""
        return self.emulator.app

    @property
    def status_calls(self) -> int:
        """get_operation_status calls the endpoint has served (all request ids)."""
        return self.emulator.status_calls

    def status_calls_for(self, request_id: str) -> int:
        """get_operation_status calls served for one request id."""
        return self.emulator.status_calls_for(request_id)

    @contextmanager
    def options(self, **options: Any) -> Iterator["EmulatorSession"]:
        """Timing options while the block runs, then the previous ones: operation_delay,
        fail_marker, state_delay, state_delays ({"role"|"deployment"|"image"|"storage":
        seconds}), role_failures ({marker: (InstanceStatus, PowerState)}), latency
        (seconds every request waits before it is served, concurrent requests side by
        side), token_lifetime (seconds, of the access tokens issued)."""
        with self.emulator.options(**options):
            yield self


def pytest_addoption(parser) -> None:
    parser.addini("asm_emulator_operation_delay",
                  "seconds an asynchronous operation of the local endpoint stays InProgress",
                  default="0.2")
    parser.addini("asm_emulator_fail_marker",
                  "asynchronous requests mentioning this text end Failed", default="asyncfail")
    parser.addini("asm_emulator_state_delay",
                  "seconds a resource of the local endpoint stays in each transitional state",
                  default="0")


def pytest_configure(config) -> None:
    config.addinivalue_line(
        "markers", "asm_emulator_options(**options): timing options of the local endpoint "
        "for this test (operation_delay, fail_marker, state_delay, state_delays, "
        "role_failures, latency, token_lifetime), restored after it")


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
                   fail_marker=_ini(request.config, "asm_emulator_fail_marker", "asyncfail"),
                   state_delay=float(_ini(request.config, "asm_emulator_state_delay", "0")))
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


@pytest.fixture(scope="session")
def asm_credential(asm_emulator: EmulatorSession):
    """A ClientSecretCredential of the session endpoint's Azure AD stand-in."""
    try:
        from azure.identity import ClientSecretCredential
    except ModuleNotFoundError:
        if os.environ.get("CI") == "true":
            pytest.fail("azure-identity is not installed: CI needs the dev extra")
        pytest.skip("azure-identity is not installed (pip install azure-identity, or the "
                    "project's dev extra)")
    cfg = asm_emulator.config
    # connection_verify: the endpoint's CA for this credential only (REQUESTS_CA_BUNDLE
    # would do the same for the whole process).
    credential = ClientSecretCredential(cfg["tenant_id"], cfg["client_id"],
                                        cfg["client_secret"], authority=cfg["authority"],
                                        disable_instance_discovery=True,
                                        connection_verify=cfg["ca_file"])
    with credential:
        yield credential


@pytest.fixture(autouse=True)
def _asm_emulator_options(request) -> Iterator[None]:
    """Applies `@pytest.mark.asm_emulator_options(...)` to the session's endpoint."""
    marker = request.node.get_closest_marker("asm_emulator_options")
    if marker is None:
        yield
        return
    session = request.getfixturevalue("asm_emulator")
    with session.options(**marker.kwargs):
        yield
