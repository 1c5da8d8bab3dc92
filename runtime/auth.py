"""Management-certificate authentication: build the mutual-TLS `ssl.SSLContext` (and,
for clients that authenticate with a token, the context that only verifies the server).

Accepted client certificates: a PEM file holding certificate and private key (the
guide's `openssl req -x509 -nodes ... -keyout mycert.pem -out mycert.pem`), or a PKCS#12
file (`.pfx`/`.p12`).  A PKCS#12 key is re-encrypted with a one-time random password
before it touches the disk, because `ssl` only loads keys from files; the file is
readable by the user only and removed as soon as the context has loaded it.

Only `os`, `re` and `datetime` are imported with the module: `ssl` when a context is
built, and `cryptography` (with `secrets` and `tempfile`) only for PKCS#12, so neither
`import generated` nor a client with a PEM certificate pays for it: the PEM certificate's
validity dates are read by the few lines of DER walking in `_pem_validity`.
"""

from __future__ import annotations

import os
import re
from datetime import datetime, timezone
from typing import TYPE_CHECKING

from .errors import AzureConfigurationError

if TYPE_CHECKING:
    import ssl

_WINDOWS_STORE = re.compile(r"^(CURRENT_USER|LOCAL_MACHINE)\\", re.IGNORECASE)


def build_ssl_context(cert_file: str | None, cert_password: str | bytes | None = None,
                      ca_file: str | None = None, verify: bool = True, *,
                      cert_data: bytes | None = None, key_file: str | None = None,
                      ca_dir: str | None = None) -> ssl.SSLContext:
    """A TLS client context presenting `cert_file` and verifying the server (unless
    `verify=False`, which the caller must ask for explicitly).

    `cert_data` (instead of `cert_file`): PKCS#12 bytes held in memory, e.g. the
    certificate of a `.publishsettings` file; never written to disk as they are.
    `key_file`: the private key in its own PEM file (`cert_file` then holds the certificate,
    as in a requests session's `cert=(certificate, key)`).  `ca_dir`: a directory of CA
    certificates (OpenSSL's hashed layout) instead of, or besides, `ca_file`."""
    if cert_data is not None:
        if cert_file:
            raise AzureConfigurationError("pass cert_file= or cert_data=, not both")
        if not isinstance(cert_data, (bytes, bytearray, memoryview)) or b"-----BEGIN" in cert_data:
            raise AzureConfigurationError("cert_data= takes PKCS#12 (.pfx) bytes")
        ctx = server_context(ca_file, verify, ca_dir)
        _load_pkcs12(ctx, "cert_data", bytes(cert_data), _password(cert_password))
        return ctx
    if not cert_file:
        raise AzureConfigurationError(
            "a management certificate is required: pass cert_file= (PEM with certificate and "
            "key, or .pfx/.p12) or set AZURE_MANAGEMENT_CERTFILE")
    if _WINDOWS_STORE.match(cert_file):
        raise AzureConfigurationError(
            f"{cert_file!r} names a certificate in the Windows certificate store, which this SDK "
            "cannot read: export it (with its private key) to a .pfx file and pass that path")
    data = _read(cert_file, "certificate")
    key = _read(key_file, "key") if key_file is not None else None
    ctx = server_context(ca_file, verify, ca_dir)
    if key is not None or b"-----BEGIN" in data:
        _load_pem(ctx, cert_file, data, _password(cert_password), key_file, key)
    else:
        _load_pkcs12(ctx, cert_file, data, _password(cert_password))
    return ctx


def server_context(ca_file: str | None = None, verify: bool = True,
                   ca_dir: str | None = None) -> ssl.SSLContext:
    """A TLS client context that verifies the server (the system's CAs, which OpenSSL also
    takes from `SSL_CERT_FILE` / `SSL_CERT_DIR`; or `ca_file` / `ca_dir`) and presents no
    certificate: for clients that authenticate with a token."""
    import ssl

    if ca_file is not None and not os.path.isfile(ca_file):
        raise AzureConfigurationError(f"CA file {ca_file!r} does not exist")
    if ca_dir is not None and not os.path.isdir(ca_dir):
        raise AzureConfigurationError(f"CA directory {ca_dir!r} does not exist")
    ctx = ssl.create_default_context(cafile=ca_file, capath=ca_dir)
    if not verify:
        ctx.check_hostname = False
        ctx.verify_mode = ssl.CERT_NONE
    return ctx


def _read(path: str, what: str) -> bytes:
    if os.path.isdir(path):
        raise AzureConfigurationError(f"{what} file {path!r} is a directory, not a file")
    if not os.path.isfile(path):
        raise AzureConfigurationError(f"{what} file {path!r} does not exist")
    try:
        with open(path, "rb") as fh:
            return fh.read()
    except OSError as exc:
        raise AzureConfigurationError(f"cannot read {what} file {path!r}: {exc}") from None


def _password(password: str | bytes | None) -> bytes | None:
    return password.encode("utf-8") if isinstance(password, str) else password


def _check_validity(not_before: datetime, not_after: datetime, cert_file: str) -> None:
    now = datetime.now(timezone.utc)
    if not_after < now:
        raise AzureConfigurationError(f"certificate in {cert_file!r} expired on {not_after:%Y-%m-%d}")
    if not_before > now:
        raise AzureConfigurationError(
            f"certificate in {cert_file!r} is not valid before {not_before:%Y-%m-%d}")


_PEM_CERT = re.compile(rb"-----BEGIN CERTIFICATE-----([A-Za-z0-9+/=\s]+?)-----END CERTIFICATE-----")


def _der(data: bytes, pos: int, tag: int | None = None) -> tuple[int, int, int]:
    """(tag, start, end) of the DER element at `pos`: its contents are data[start:end]."""
    if pos + 2 > len(data) or (tag is not None and data[pos] != tag):
        raise ValueError("not a DER certificate")
    found, size, pos = data[pos], data[pos + 1], pos + 2
    if size & 0x80:
        n = size & 0x7F
        size, pos = int.from_bytes(data[pos:pos + n], "big"), pos + n
    if pos + size > len(data):
        raise ValueError("truncated DER certificate")
    return found, pos, pos + size


def _tbs_field(der: bytes, index: int) -> int:
    """Where field `index` of a DER certificate's tbsCertificate starts, counted from
    serialNumber (0) after the optional [0] version (RFC 5280 4.1: 3 is the validity, 5 the
    subjectPublicKeyInfo)."""
    _, pos, _ = _der(der, 0, 0x30)              # Certificate
    _, pos, _ = _der(der, pos, 0x30)            # tbsCertificate
    if der[pos] == 0xA0:                        # [0] version
        pos = _der(der, pos)[2]
    for _ in range(index):
        pos = _der(der, pos)[2]
    return pos


def _pem_validity(data: bytes) -> tuple[datetime, datetime]:
    """notBefore and notAfter of the first certificate of a PEM file (RFC 5280 4.1: the
    validity is the fifth field of tbsCertificate, after an optional version)."""
    import binascii

    m = _PEM_CERT.search(data)
    if m is None:
        raise ValueError("no PEM certificate block")
    try:
        der = binascii.a2b_base64(m.group(1))
    except binascii.Error as exc:
        raise ValueError(f"bad base64 ({exc})") from None
    _, pos, _ = _der(der, _tbs_field(der, 3), 0x30)     # validity
    times = []
    for _ in range(2):
        tag, start, pos = _der(der, pos)
        text = der[start:pos].decode("ascii")
        if tag == 0x17:                         # UTCTime YYMMDDHHMMSSZ: 1950-2049
            text = ("19" if int(text[:2]) >= 50 else "20") + text
        elif tag != 0x18:                       # GeneralizedTime YYYYMMDDHHMMSSZ
            raise ValueError("unexpected validity time")
        times.append(datetime.strptime(text, "%Y%m%d%H%M%SZ").replace(tzinfo=timezone.utc))
    return times[0], times[1]


def _load_pem(ctx: ssl.SSLContext, cert_file: str, data: bytes, password: bytes | None,
              key_file: str | None = None, key: bytes | None = None) -> None:
    import ssl

    key_label = cert_file if key_file is None else key_file
    key = data if key is None else key
    if b"PRIVATE KEY-----" not in key:
        raise AzureConfigurationError(
            f"{key_label!r} holds no private key: the PEM file must contain both the "
            "certificate and its key" if key_file is None else
            f"{key_label!r} holds no PEM private key")
    if b"CERTIFICATE-----" not in data:
        raise AzureConfigurationError(f"{cert_file!r} holds no certificate")
    try:
        not_before, not_after = _pem_validity(data)
    except (ValueError, IndexError) as exc:
        raise AzureConfigurationError(f"{cert_file!r}: unreadable certificate ({exc})") from None
    _check_validity(not_before, not_after, cert_file)
    if b"ENCRYPTED" in key and password is None:
        raise AzureConfigurationError(
            f"the private key in {key_label!r} is password-protected: pass cert_password=")
    try:
        ctx.load_cert_chain(cert_file, key_file, password=password or (lambda: b""))
    except ssl.SSLError as exc:
        raise AzureConfigurationError(f"cannot use {cert_file!r} as client certificate: {exc}") from None


def _load_pkcs12(ctx: ssl.SSLContext, cert_file: str, data: bytes, password: bytes | None) -> None:
    import secrets
    import tempfile

    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.serialization import pkcs12

    try:
        key, cert, extra = pkcs12.load_key_and_certificates(data, password)
    except ValueError as exc:
        if not data.startswith(b"\x30"):   # not even DER: neither PEM nor PKCS#12
            raise AzureConfigurationError(
                f"{cert_file!r} is neither a PEM file (certificate and private key) nor a "
                "PKCS#12 (.pfx/.p12) file") from None
        hint = " (is it password-protected? pass cert_password=)" if password is None else ""
        raise AzureConfigurationError(f"cannot read PKCS#12 file {cert_file!r}{hint}: {exc}") from None
    if key is None or cert is None:
        raise AzureConfigurationError(f"{cert_file!r} must hold a certificate and its private key")
    _check_validity(cert.not_valid_before_utc, cert.not_valid_after_utc, cert_file)
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
