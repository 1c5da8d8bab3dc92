"""Shared fixtures: a throwaway management certificate and access to the real recordings."""

from __future__ import annotations

import datetime
import os
from pathlib import Path

import pytest

from tests.replay import RECORDINGS, SUBSCRIPTION


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
