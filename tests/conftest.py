"""Shared fixtures: a throwaway management certificate and access to the real recordings."""

from __future__ import annotations

import datetime
import os
from pathlib import Path

import pytest

from tests.replay import RECORDINGS, SUBSCRIPTION

# Fixtures for every test module: the local endpoint (asm_emulator, asm_sms) and the fault
# server (fault_certs, fault_server, make_client).
pytest_plugins = ["asm_sdk_emulator.pytest_plugin", "tests.faultserver"]


def make_cert_pem(path: Path, common_name: str = "asm-sdk-tests", days: int = 30,
                  not_before: datetime.datetime | None = None) -> Path:
    """A self-signed certificate + unencrypted key in one PEM, made at test time."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID

    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, common_name)])
    start = not_before or datetime.datetime.now(datetime.timezone.utc) - datetime.timedelta(days=1)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name)
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(start).not_valid_after(start + datetime.timedelta(days=days))
            .sign(key, hashes.SHA256()))
    path.write_bytes(cert.public_bytes(serialization.Encoding.PEM) + key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption()))
    path.chmod(0o600)
    return path


@pytest.fixture(scope="session")
def cert_file(tmp_path_factory) -> str:
    return str(make_cert_pem(tmp_path_factory.mktemp("cert") / "client.pem"))


@pytest.fixture
def sms(cert_file):
    """A client aimed at the real endpoint name; replay tests never let it connect."""
    from generated import ServiceManagementService

    client = ServiceManagementService(SUBSCRIPTION, cert_file)
    yield client
    client.close()


@pytest.fixture
def no_sleep(monkeypatch):
    """Polling without waiting: records the delays it would have slept."""
    slept: list[float] = []
    monkeypatch.setattr("time.sleep", slept.append)
    return slept


@pytest.fixture(scope="session")
def recordings_dir() -> Path:
    if not RECORDINGS.is_dir():
        if os.environ.get("CI") == "true":
            pytest.fail(f"real recordings missing at {RECORDINGS}: CI needs ../shared")
        pytest.skip(f"real recordings not available at {RECORDINGS} (clone ../shared beside "
                    "the project to run replay tests)")
    return RECORDINGS


# --- the whole run's DEBUG log must hold no secret -----------------------------------------
# Every test runs with the SDK's loggers at DEBUG into this collector; at the end of the
# session the collected text is scanned for key material and for the passwords and storage
# keys that appear in the real recordings (which the replay tests send and parse).

import logging as _logging
import re as _re

_DEBUG_LINES: list[str] = []
# An Authorization value or a JWT (Azure AD access tokens are JWTs: "eyJ" is '{"' in base64).
# (`Bearer authorization_uri="…"`, a WWW-Authenticate challenge, is not a token.)
_BEARER = _re.compile(r'Bearer\s+(?![\w-]+=")[\w\-.~+/]{16,}|eyJ[\w-]{8,}\.eyJ[\w-]{8,}\.')
_SECRET_TAGS = _re.compile(
    rb"<(UserPassword|AdminPassword|Password|Primary|Secondary|DefaultKey)>([^<]{8,})</")


class _Collector(_logging.Handler):
    def emit(self, record: _logging.LogRecord) -> None:
        try:
            _DEBUG_LINES.append(self.format(record))
        except Exception:  # a broken log call must not hide the scan
            _DEBUG_LINES.append(str(record.msg))


def pytest_configure(config):
    handler = _Collector(level=_logging.DEBUG)
    for name in ("asm_sdk_runtime", "urllib3", "asm_sdk_emulator"):
        logger = _logging.getLogger(name)
        logger.addHandler(handler)
        logger.setLevel(_logging.DEBUG)


def _known_secrets() -> set[str]:
    from tests.replay import load_interactions, request_body, response_body

    secrets = set()
    if RECORDINGS.is_dir():
        for path in RECORDINGS.glob("*.yaml"):
            for it in load_interactions(path.stem):
                for body in (request_body(it), response_body(it)):
                    for match in _SECRET_TAGS.finditer(body):
                        secrets.add(match.group(2).decode("utf-8", "replace"))
    return secrets


def pytest_sessionfinish(session, exitstatus):
    text = "\n".join(_DEBUG_LINES)
    leaks = [s for s in _known_secrets() if s in text]
    if "PRIVATE KEY" in text:
        leaks.append("PRIVATE KEY block")
    if _BEARER.search(text):            # a token sent with credential= or a session header
        leaks.append("bearer token / JWT")
    if leaks:
        session.config.pluginmanager.get_plugin("terminalreporter").write_line(
            f"SECRETS IN DEBUG LOG of this run ({len(_DEBUG_LINES)} lines): {leaks[:5]}",
            red=True)
        session.exitstatus = 1
