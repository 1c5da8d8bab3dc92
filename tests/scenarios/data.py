"""Fixed inputs of the scenarios: names, URLs, service configurations, a certificate.

Everything here is deterministic: replay matches the requests byte for byte (after
canonicalisation), so no name may carry a random or time-based part.  Names that must be
unique across Azure (cloud services, storage accounts) carry the project's prefix.
"""

from __future__ import annotations

import base64
import hashlib

PREFIX = "asmsdkrec"
BLOB = f"https://{PREFIX}vhds.blob.core.windows.net"
PACKAGE_URL = f"https://{PREFIX}vhds.blob.core.windows.net/packages/myapp.cspkg"
LINUX_IMAGE = "OpenLogic__OpenLogic-CentOS-62-20120531-en-us-30GB.vhd"
WINDOWS_IMAGE = "a699494373c04fc0bc8f2bb1389d6106__Windows-Server-2012-R2-201505.01-en.us-127GB.vhd"
LINUX_PASSWORD = "Scenario-Pa55word!"        # never stored: redacted in cassettes
WINDOWS_PASSWORD = "Pa$$w0rd-2015"
SQL_ADMIN = "asmsdkadmin"
SQL_PASSWORD = "Sql-Scenario-1!"          # redacted in cassettes, like every password
SQL_PASSWORD_2 = "Sql-Scenario-2!"
CSCFG_NS = "http://schemas.microsoft.com/ServiceHosting/2008/10/ServiceConfiguration"


def cscfg(count: int, role: str = "WebRole1", service: str = "myhostedservice") -> str:
    """A base64 .cscfg with one role of `count` instances, as create_deployment takes it."""
    doc = (f'<?xml version="1.0" encoding="utf-8"?>\n<ServiceConfiguration serviceName="{service}" '
           f'osFamily="4" osVersion="*" xmlns="{CSCFG_NS}">\n  <Role name="{role}">\n'
           f'    <Instances count="{count}" />\n  </Role>\n</ServiceConfiguration>\n')
    return base64.b64encode(doc.encode("utf-8")).decode("ascii")


# A self-signed RSA certificate made once for these scenarios; its private key was
# discarded at creation, so uploading it as a management or service certificate grants
# nothing.  DER, base64 (what the API carries in <Data>).
CERTIFICATE_B64 = "".join("""
MIIC6jCCAdKgAwIBAgIEXOShEDANBgkqhkiG9w0BAQsFADA3MTUwMwYDVQQDDCxhc20tc2RrIHNjZW5hcmlvIGNl
cnRpZmljYXRlIChrZXkgZGlzY2FyZGVkKTAeFw0yNTAxMDEwMDAwMDBaFw0zNTAxMDEwMDAwMDBaMDcxNTAzBgNV
BAMMLGFzbS1zZGsgc2NlbmFyaW8gY2VydGlmaWNhdGUgKGtleSBkaXNjYXJkZWQpMIIBIjANBgkqhkiG9w0BAQEF
AAOCAQ8AMIIBCgKCAQEAvPbSIlnj7f4q2GgQ1tvyKjFtrcO2i3cRK4rrkFL2uSvZcItMKRN8dMC5Y+tg63fCKTZB
uMUm7vjgJeU5cfJB8GgwhQiqCm8KLjrcmWD/34OpH5GwJcIkubGez7vtYw6eL8ptAM1nmj7Eh4cidiOLwF7lUiYo
fOtp5AK1vSWtwkuakWqK2Tc9h2sWv4cr7nWr/cTgNlIfNZc0FR9l4P2kHLe44ZmFnZD1xpKDUp7SeZNYVRx5BV+f
aEnUVqJTQeUUidpRQAj1GdPI+dwIpSfi0dXYdza/osyDkz8MNmLyl6loInuByxMsUI9cmuEebhR6LwKZX1A2xO7r
zgmJEoW2EQIDAQABMA0GCSqGSIb3DQEBCwUAA4IBAQCR4blk37eUyH8SOmHnZ9+qkowF90j/FLiXYcYZZwCtFQ3Y
xFG/t8f/C3gAhGAZS9qzZGdSM1FuKBAKBDWhWHgpo6qapkgd4uAoZJ0v8vaFRcnYBOXiQuO/UEkM2zQDp+NcV5Lq
/vqHReO8tHXXlTmeB8pyyemNwa7cAoZWdmQMbBn+NlDZ5B/DAN4X+XKfTIYI+bK+emVWF1eoWDsL5GrfhQGw3Dwn
tB+6/MMQJKvPflkJEoS9P7t9CnCdAW0viQFTwIehwWdKyTa2LGOSSAoKEkf7SGM65Kl2ZEwge9k9qYdygR/8UR+J
KaxMqpJKh4uSJhoZdrf3cGoqzQleAe6s""".split())


def _certificate():
    from cryptography import x509
    return x509.load_der_x509_certificate(base64.b64decode(CERTIFICATE_B64))


def certificate_thumbprint() -> str:
    """SHA-1 thumbprint of CERTIFICATE_B64, upper-case hex (as Azure shows it)."""
    return hashlib.sha1(base64.b64decode(CERTIFICATE_B64)).hexdigest().upper()


def certificate_public_key() -> str:
    """The certificate's SubjectPublicKeyInfo, DER, base64."""
    from cryptography.hazmat.primitives import serialization
    spki = _certificate().public_key().public_bytes(
        serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo)
    return base64.b64encode(spki).decode("ascii")
