"""Throwaway PKI of the local endpoint: a CA, a server certificate and a client certificate.

Everything lives in the emulator's state directory.  Private keys are written with mode
0600 and never leave that directory; nothing here logs key material.
"""

from __future__ import annotations

import datetime
import ipaddress
import os
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

if TYPE_CHECKING:           # imported by _create only: a start that reuses them skips it
    from cryptography import x509

CA_FILE = "ca.pem"                 # CA certificate: the only trust anchor of both sides
CA_KEY_FILE = "ca-key.pem"         # 0600
SERVER_CERT_FILE = "server-cert.pem"
SERVER_KEY_FILE = "server-key.pem"  # 0600
CLIENT_FILE = "client.pem"         # client certificate + key in one PEM (what the SDK takes), 0600
CLIENT_CER_FILE = "client.cer"     # the client certificate alone (DER), as Azure's portal wants it

VALID_DAYS = 365
RENEW_BEFORE = datetime.timedelta(days=2)


class Pki(NamedTuple):
    ca_file: Path
    server_cert_file: Path
    server_key_file: Path
    client_file: Path


def _now() -> datetime.datetime:
    return datetime.datetime.now(datetime.timezone.utc)


def _write_private(path: Path, data: bytes) -> None:
    """Create `path` readable by the owner only (0600 from the start, not chmod after)."""
    tmp = path.with_name(path.name + ".tmp")
    if tmp.exists():
        tmp.unlink()
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    with os.fdopen(fd, "wb") as fh:
        fh.write(data)
    os.replace(tmp, path)


def _write_public(path: Path, data: bytes) -> None:
    tmp = path.with_name(path.name + ".tmp")
    tmp.write_bytes(data)
    os.replace(tmp, path)


def _key_pem(key) -> bytes:
    from cryptography.hazmat.primitives import serialization
    return key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                             serialization.NoEncryption())


def _name(cn: str) -> x509.Name:
    from cryptography import x509
    from cryptography.x509.oid import NameOID
    return x509.Name([x509.NameAttribute(NameOID.ORGANIZATION_NAME, "asm-sdk local endpoint"),
                      x509.NameAttribute(NameOID.COMMON_NAME, cn)])


def _builder(subject: x509.Name, issuer: x509.Name, public_key, days: int):
    from cryptography import x509
    start = _now() - datetime.timedelta(hours=1)
    return (x509.CertificateBuilder().subject_name(subject).issuer_name(issuer)
            .public_key(public_key).serial_number(x509.random_serial_number())
            .not_valid_before(start).not_valid_after(start + datetime.timedelta(days=days))
            .add_extension(x509.SubjectKeyIdentifier.from_public_key(public_key), critical=False))


def _leaf(ca_cert, ca_key, cn: str, usage, san: list | None):
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import ec
    key = ec.generate_private_key(ec.SECP256R1())
    b = (_builder(_name(cn), ca_cert.subject, key.public_key(), VALID_DAYS)
         .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
         .add_extension(x509.KeyUsage(digital_signature=True, content_commitment=False,
                                      key_encipherment=False, data_encipherment=False,
                                      key_agreement=True, key_cert_sign=False, crl_sign=False,
                                      encipher_only=False, decipher_only=False), critical=True)
         .add_extension(x509.ExtendedKeyUsage([usage]), critical=False)
         .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(ca_key.public_key()),
                        critical=False))
    if san:
        b = b.add_extension(x509.SubjectAlternativeName(san), critical=False)
    return key, b.sign(ca_key, hashes.SHA256())


def _still_valid(path: Path) -> bool:
    # The SDK's own reader of PEM validity dates: reusing the certificates, as every start
    # but the first does, then needs no `cryptography` (about 40 ms to import).
    from asm_sdk_runtime.auth import _pem_validity
    try:
        _, not_after = _pem_validity(path.read_bytes())
    except (OSError, ValueError, IndexError):
        return False
    return not_after - RENEW_BEFORE > _now()


def ensure_pki(state_dir: Path) -> Pki:
    """Create the CA, server and client certificates in `state_dir` unless valid ones exist."""
    state_dir.mkdir(parents=True, exist_ok=True)
    os.chmod(state_dir, 0o700)
    pki = Pki(state_dir / CA_FILE, state_dir / SERVER_CERT_FILE, state_dir / SERVER_KEY_FILE,
              state_dir / CLIENT_FILE)
    files = [pki.ca_file, state_dir / CA_KEY_FILE, pki.server_cert_file, pki.server_key_file,
             pki.client_file]
    if all(p.exists() for p in files) and all(
            _still_valid(p) for p in (pki.ca_file, pki.server_cert_file, pki.client_file)):
        return pki
    _create(state_dir, pki)
    return pki


def _create(state_dir: Path, pki: Pki) -> None:
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import ExtendedKeyUsageOID

    ca_key = ec.generate_private_key(ec.SECP256R1())
    ca_name = _name("asm-sdk local endpoint CA")
    ca_cert = (_builder(ca_name, ca_name, ca_key.public_key(), VALID_DAYS + 30)
               .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
               .add_extension(x509.KeyUsage(digital_signature=True, content_commitment=False,
                                            key_encipherment=False, data_encipherment=False,
                                            key_agreement=False, key_cert_sign=True,
                                            crl_sign=True, encipher_only=False,
                                            decipher_only=False), critical=True)
               .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(
                   ca_key.public_key()), critical=False)
               .sign(ca_key, hashes.SHA256()))
    server_key, server_cert = _leaf(
        ca_cert, ca_key, "localhost", ExtendedKeyUsageOID.SERVER_AUTH,
        [x509.DNSName("localhost"), x509.IPAddress(ipaddress.ip_address("127.0.0.1"))])
    client_key, client_cert = _leaf(ca_cert, ca_key, "asm-sdk local endpoint client",
                                    ExtendedKeyUsageOID.CLIENT_AUTH, None)
    pem = serialization.Encoding.PEM
    _write_private(state_dir / CA_KEY_FILE, _key_pem(ca_key))
    _write_public(pki.ca_file, ca_cert.public_bytes(pem))
    _write_private(pki.server_key_file, _key_pem(server_key))
    _write_public(pki.server_cert_file, server_cert.public_bytes(pem))
    _write_private(pki.client_file, client_cert.public_bytes(pem) + _key_pem(client_key))
    _write_public(state_dir / CLIENT_CER_FILE,
                  client_cert.public_bytes(serialization.Encoding.DER))
