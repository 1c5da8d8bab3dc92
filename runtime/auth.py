"""Management-certificate authentication: build the mutual-TLS `ssl.SSLContext`.

Accepted client certificates: a PEM file holding certificate and private key (the
guide's `openssl req -x509 -nodes ... -keyout mycert.pem -out mycert.pem`), or a PKCS#12
file (`.pfx`/`.p12`).  A PKCS#12 key is re-encrypted with a one-time random password
before it touches the disk, because `ssl` only loads keys from files; the file is
readable by the user only and removed as soon as the context has loaded it.
"""

from __future__ import annotations

import os
import re
import secrets
import ssl
import tempfile
from datetime import datetime, timezone

from .errors import AzureConfigurationError

_WINDOWS_STORE = re.compile(r"^(CURRENT_USER|LOCAL_MACHINE)\\", re.IGNORECASE)


def build_ssl_context(cert_file: str | None, cert_password: str | bytes | None = None,
                      ca_file: str | None = None, verify: bool = True, *,
                      cert_data: bytes | None = None) -> ssl.SSLContext:
    """A TLS client context presenting `cert_file` and verifying the server (unless
    `verify=False`, which the caller must ask for explicitly).

    `cert_data` (instead of `cert_file`): PKCS#12 bytes held in memory, e.g. the
    certificate of a `.publishsettings` file; never written to disk as they are."""
    if cert_data is not None:
        if cert_file:
            raise AzureConfigurationError("pass cert_file= or cert_data=, not both")
        if not isinstance(cert_data, (bytes, bytearray, memoryview)) or b"-----BEGIN" in cert_data:
            raise AzureConfigurationError("cert_data= takes PKCS#12 (.pfx) bytes")
        return _context(bytes(cert_data), "cert_data", cert_password, ca_file, verify)
    if not cert_file:
        raise AzureConfigurationError(
            "a management certificate is required: pass cert_file= (PEM with certificate and "
            "key, or .pfx/.p12) or set AZURE_MANAGEMENT_CERTFILE")
    if _WINDOWS_STORE.match(cert_file):
        raise AzureConfigurationError(
            f"{cert_file!r} names a certificate in the Windows certificate store, which this SDK "
            "cannot read: export it (with its private key) to a .pfx file and pass that path")
    if not os.path.isfile(cert_file):
        raise AzureConfigurationError(f"certificate file {cert_file!r} does not exist")
    try:
        with open(cert_file, "rb") as fh:
            data = fh.read()
    except OSError as exc:
        raise AzureConfigurationError(f"cannot read certificate file {cert_file!r}: {exc}") from None
    return _context(data, cert_file, cert_password, ca_file, verify)


def _context(data: bytes, cert_file: str, cert_password: str | bytes | None,
             ca_file: str | None, verify: bool) -> ssl.SSLContext:
    if ca_file is not None and not os.path.isfile(ca_file):
        raise AzureConfigurationError(f"CA file {ca_file!r} does not exist")
    ctx = ssl.create_default_context(cafile=ca_file)
    if not verify:
        ctx.check_hostname = False
        ctx.verify_mode = ssl.CERT_NONE
    if isinstance(cert_password, str):
        cert_password = cert_password.encode("utf-8")

    if b"-----BEGIN" in data:
        _load_pem(ctx, cert_file, data, cert_password)
    else:
        _load_pkcs12(ctx, cert_file, data, cert_password)
    return ctx


def _check_validity(cert, cert_file: str) -> None:
    now = datetime.now(timezone.utc)
    if cert.not_valid_after_utc < now:
        raise AzureConfigurationError(
            f"certificate in {cert_file!r} expired on {cert.not_valid_after_utc:%Y-%m-%d}")
    if cert.not_valid_before_utc > now:
        raise AzureConfigurationError(
            f"certificate in {cert_file!r} is not valid before {cert.not_valid_before_utc:%Y-%m-%d}")


def _load_pem(ctx: ssl.SSLContext, cert_file: str, data: bytes, password: bytes | None) -> None:
    from cryptography import x509

    if b"PRIVATE KEY-----" not in data:
        raise AzureConfigurationError(
            f"{cert_file!r} holds no private key: the PEM file must contain both the "
            "certificate and its key")
    if b"CERTIFICATE-----" not in data:
        raise AzureConfigurationError(f"{cert_file!r} holds no certificate")
    try:
        _check_validity(x509.load_pem_x509_certificate(data), cert_file)
    except ValueError as exc:
        raise AzureConfigurationError(f"{cert_file!r}: unreadable certificate ({exc})") from None
    if b"ENCRYPTED" in data and password is None:
        raise AzureConfigurationError(
            f"the private key in {cert_file!r} is password-protected: pass cert_password=")
    try:
        ctx.load_cert_chain(cert_file, password=password or (lambda: b""))
    except ssl.SSLError as exc:
        raise AzureConfigurationError(f"cannot use {cert_file!r} as client certificate: {exc}") from None


def _load_pkcs12(ctx: ssl.SSLContext, cert_file: str, data: bytes, password: bytes | None) -> None:
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.serialization import pkcs12

    try:
        key, cert, extra = pkcs12.load_key_and_certificates(data, password)
    except ValueError as exc:
        hint = " (is it password-protected? pass cert_password=)" if password is None else ""
        raise AzureConfigurationError(f"cannot read PKCS#12 file {cert_file!r}{hint}: {exc}") from None
    if key is None or cert is None:
        raise AzureConfigurationError(f"{cert_file!r} must hold a certificate and its private key")
    _check_validity(cert, cert_file)
    one_time = secrets.token_bytes(32).hex().encode()
    pem = cert.public_bytes(serialization.Encoding.PEM)
    for c in extra or ():
        pem += c.public_bytes(serialization.Encoding.PEM)
    pem += key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                             serialization.BestAvailableEncryption(one_time))
    fd, path = tempfile.mkstemp(prefix="asm-cert-", suffix=".pem")  # created 0600
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(pem)
        ctx.load_cert_chain(path, password=one_time)
    finally:
        os.unlink(path)
