"""Checks over the project's own cassettes (cassettes/*.yaml); they run after the scenarios.

- No key material, no credentials, no secret: no PEM block or private key, no private key
  or PKCS#12 file in base64 (decoded and recognised by its DER structure), no material of a
  known client certificate, no password other than the placeholder, no storage key, no
  Authorization/Cookie header, no subscription id but the zero one.
- Coverage: every spec operation the local endpoint implements is called in at least one
  cassette, so a scenario that stops calling an operation fails here.
"""

from __future__ import annotations

import base64
import functools
import os
import re
from pathlib import Path

import pytest
import yaml

from tests.scenarios import data
from tests.scenarios import recording as rec
from tests.faultserver import record_case

CASSETTE_FILES = sorted(p for p in rec.CASSETTES.glob("*") if p.is_file())
PASSWORD_VALUE = re.compile(
    rf"<((?:[\w.-]+:)?(?:{'|'.join(rec.SECRET_ELEMENTS)}))(?:\s[^>]*)?>(.*?)</\1\s*>", re.S)
SECRET_ATTRIBUTE = re.compile(rf'\b({"|".join(rec.SECRET_ATTRIBUTES)})="([^"]*)"')
SHARED_ACCESS_KEY = re.compile(r"SharedAccessKey=(?!REDACTED)[A-Za-z0-9+/=]{8,}")
KEYS_BLOCK = re.compile(r"<((?:[\w.-]+:)?StorageServiceKeys)(?:\s[^>]*)?>(.*?)</\1\s*>", re.S)
KEY_VALUE = re.compile(r"<((?:[\w.-]+:)?(?:Primary|Secondary))(?:\s[^>]*)?>(.*?)</\1\s*>", re.S)
STORAGE_KEY_SHAPE = re.compile(r"(?<![A-Za-z0-9+/])[A-Za-z0-9+/]{86}==(?![A-Za-z0-9+/=])")
PRIVATE_EXTENSION_VALUE = re.compile(
    r"<((?:[\w.-]+:)?ResourceExtensionParameterValue)(?:\s[^>]*)?>(.*?)</\1\s*>", re.S)
SCENARIO_PASSWORDS = [data.LINUX_PASSWORD, data.WINDOWS_PASSWORD, "mypassword",
                      data.SQL_PASSWORD, data.SQL_PASSWORD_2]


@functools.lru_cache(maxsize=None)
def _load(path: Path, mtime: float) -> list[dict]:
    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    return yaml.load(path.read_text(encoding="utf-8"), Loader=loader)["interactions"]


def _interactions(path: Path) -> list[dict]:
    return _load(path, path.stat().st_mtime)


def _text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, dict):
        value = value.get("string")
    if isinstance(value, bytes):
        return value.decode("utf-8", "replace")
    return "" if value is None else str(value)


def _strings(path: Path) -> list[tuple[str, str]]:
    """(where, text) for the raw file and every URI, header and body, decoded."""
    out = [("file", path.read_text(encoding="utf-8"))]
    for i, it in enumerate(_interactions(path)):
        req, resp = it["request"], it["response"]
        out.append((f"#{i} request uri", req["uri"]))
        out.append((f"#{i} request body", _text(req.get("body"))))
        out.append((f"#{i} response body", _text(resp.get("body"))))
        for side, headers in (("request", req.get("headers")), ("response", resp.get("headers"))):
            for name, values in (headers or {}).items():
                out.append((f"#{i} {side} header {name}", " ".join(map(str, values))))
    return out


def _client_certificates() -> list[Path]:
    """Client certificates whose material must never be in a cassette, where known here:
    a real subscription's (ASM_RECORD_CERT) and the local endpoint's default one."""
    from asm_sdk_emulator import default_state_dir
    found = [Path(os.environ["ASM_RECORD_CERT"])] if os.environ.get("ASM_RECORD_CERT") else []
    found.append(default_state_dir() / "client.pem")
    return [p for p in found if p.is_file()]


def test_cassettes_exist():
    names = {p.stem for p in CASSETTE_FILES}
    assert names, f"no cassettes in {rec.CASSETTES}: run `make record`"
    assert all(p.suffix == ".yaml" for p in CASSETTE_FILES), CASSETTE_FILES


@pytest.mark.parametrize("path", CASSETTE_FILES, ids=[p.name for p in CASSETTE_FILES])
def test_no_key_material_or_secret(path, cert_file):
    fingerprints = {str(c): rec.certificate_fingerprints(c)
                    for c in [*_client_certificates(), Path(cert_file)]}
    problems = []
    for where, text in _strings(path):
        flat = re.sub(r"\s+", " ", text)
        for marker in ("PRIVATE KEY", "BEGIN CERTIFICATE", "-----BEGIN"):
            if marker in text or marker in flat:
                problems.append(f"{where}: {marker!r}")
        for cert, prints in fingerprints.items():
            if any(f in text for f in prints):
                problems.append(f"{where}: material of client certificate {cert}")
        for m in PASSWORD_VALUE.finditer(text):
            if m.group(2) != rec.PLACEHOLDER:
                problems.append(f"{where}: <{m.group(1)}> holds {m.group(2)[:3]}...")
        for m in SECRET_ATTRIBUTE.finditer(text):
            if m.group(2) not in ("", rec.PLACEHOLDER):
                problems.append(f"{where}: {m.group(1)}=\"{m.group(2)[:3]}...\"")
        if SHARED_ACCESS_KEY.search(text):
            problems.append(f"{where}: a Service Bus SharedAccessKey")
        for block in KEYS_BLOCK.finditer(text):
            for m in KEY_VALUE.finditer(block.group(2)):
                if m.group(2) != rec.PLACEHOLDER:
                    problems.append(f"{where}: storage key <{m.group(1)}> not redacted")
        if STORAGE_KEY_SHAPE.search(text):
            problems.append(f"{where}: a 64-byte base64 value (storage key shaped)")
        problems += [f"{where}: {found}" for found in rec.base64_key_material(text)]
        for block in PRIVATE_EXTENSION_VALUE.finditer(text):
            if rec.redact(block.group()) != block.group():
                problems.append(f"{where}: a private extension <Value> not redacted")
        for secret in SCENARIO_PASSWORDS:
            if secret in text or base64.b64encode(secret.encode()).decode() in text:
                problems.append(f"{where}: a scenario password")
        real = os.environ.get("ASM_RECORD_SUBSCRIPTION")
        if real and real.lower() in text.lower():
            problems.append(f"{where}: the real subscription id")
    for i, it in enumerate(_interactions(path)):
        names = {n.lower() for n in (it["request"].get("headers") or {})}
        bad = names & {"authorization", "cookie", "proxy-authorization"}
        names = {n.lower() for n in (it["response"].get("headers") or {})}
        bad |= names & {"set-cookie", "set-cookie2"}
        if bad:
            problems.append(f"#{i}: credential headers {sorted(bad)}")
        segment = it["request"]["uri"].split("/")[3]
        if segment not in (rec.SUBSCRIPTION, "subscriptions"):
            problems.append(f"#{i}: URI names subscription {segment!r}")
    assert not problems, f"{path.name}:\n  " + "\n  ".join(problems)


def implemented_operations() -> list[str]:
    from asm_sdk_emulator.app import registered_handlers
    handlers = registered_handlers()
    return sorted(name for name in rec.spec_operations() if name in handlers)


def test_every_implemented_operation_is_in_a_cassette():
    implemented = implemented_operations()
    assert len(implemented) >= 90, implemented
    covered: dict[str, set[str]] = {}
    unknown = []
    for path in CASSETTE_FILES:
        for i, it in enumerate(_interactions(path)):
            req = it["request"]
            op = rec.operation_of(req["method"], req["uri"], _text(req.get("body")) or None)
            if op is None:
                unknown.append(f"{path.name} #{i} {req['method']} {req['uri']}")
            else:
                covered.setdefault(op, set()).add(path.stem)
    assert not unknown, "requests matching no spec operation: " + "; ".join(unknown)
    missing = [name for name in implemented if not rec.wire_twins(name) & covered.keys()]
    assert not missing, ("implemented by the local endpoint but in no cassette "
                         f"(add them to a scenario, then `make record`): {missing}")


def test_operation_of_tells_shared_uris_apart():
    sub = f"https://h/{rec.SUBSCRIPTION}"
    ops = f"{sub}/services/hostedservices/s/deployments/d/roleinstances/r/Operations"
    body = f'<{{}} xmlns="{rec.NS}"><OperationType>{{}}</OperationType></{{}}>'
    for root, name in [("StartRoleOperation", "start_role"),
                       ("RestartRoleOperation", "restart_role"),
                       ("ShutdownRoleOperation", "shutdown_role"),
                       ("CaptureRoleOperation", "capture_role"),
                       ("CaptureRoleAsVMImageOperation", "capture_vm_image")]:
        assert rec.operation_of("POST", ops, body.format(root, root, root)) == name
    image = f"{sub}/services/images/img"
    assert rec.operation_of("PUT", image, f'<OSImage xmlns="{rec.NS}"><Label>l</Label>'
                            "<MediaLink>m</MediaLink><Name>n</Name><OS>Linux</OS></OSImage>"
                            ) == "update_os_image"
    assert rec.operation_of("PUT", image, f'<OSImage xmlns="{rec.NS}"><Label>l</Label>'
                            "<Description>d</Description></OSImage>"
                            ) == "update_os_image_from_image_reference"
    assert rec.operation_of("GET", "https://h/subscriptions", None) == "list_subscriptions"
    assert rec.operation_of("GET", sub, None) == "get_subscription"
    assert rec.operation_of("POST", f"{sub}/services/storageservices/a/keys?action=regenerate",
                            None) == "regenerate_storage_account_keys"


def test_redaction_and_replay_matching():
    secret_body = (f'<Deployment xmlns="{rec.NS}"><ConfigurationSet>'
                   "<UserPassword>hunter2</UserPassword><AdminPassword>p@ss</AdminPassword>"
                   "</ConfigurationSet><CertificateFile><Password>pfx</Password></CertificateFile>"
                   "</Deployment>")
    redacted = rec.redact(secret_body)
    assert "hunter2" not in redacted and "p@ss" not in redacted and ">pfx<" not in redacted
    assert redacted.count(f">{rec.PLACEHOLDER}<") == 3
    assert rec.redact(redacted) == redacted
    keys = (f'<StorageService xmlns="{rec.NS}"><StorageServiceKeys><Primary>AAAA</Primary>'
            "<Secondary>BBBB</Secondary></StorageServiceKeys>"
            "<Primary>not a key</Primary></StorageService>")
    assert rec.redact(keys) == (
        f'<StorageService xmlns="{rec.NS}"><StorageServiceKeys><Primary>{rec.PLACEHOLDER}'
        f"</Primary><Secondary>{rec.PLACEHOLDER}</Secondary></StorageServiceKeys>"
        "<Primary>not a key</Primary></StorageService>")

    servicebus = ('<entry xmlns="http://www.w3.org/2005/Atom"><content><NamespaceDescription '
                  'xmlns="http://schemas.microsoft.com/netservices/2010/10/servicebus/connect">'
                  "<Name>ns1</Name><DefaultKey>c2VjcmV0LWRlZmF1bHQ=</DefaultKey>"
                  "<PrimaryKey>c2VjcmV0LXByaW1hcnk=</PrimaryKey>"
                  "<SecondaryKey>c2VjcmV0LXNlY29uZGFyeQ==</SecondaryKey>"
                  "<ConnectionString>Endpoint=sb://ns1.servicebus.windows.net/;"
                  "SharedAccessKeyName=RootManageSharedAccessKey;SharedAccessKey=c2VjcmV0"
                  "</ConnectionString></NamespaceDescription></content></entry>")
    out = rec.redact(servicebus)
    assert "c2VjcmV0" not in out and "SharedAccessKey=" not in out
    assert out.count(f">{rec.PLACEHOLDER}<") == 4 and "<Name>ns1</Name>" in out
    assert rec.redact(out) == out
    sql_password = ('<?xml version="1.0" encoding="utf-8"?><AdministratorLoginPassword '
                    'xmlns="http://schemas.microsoft.com/sqlazure/2010/12/">S3cret!pw'
                    "</AdministratorLoginPassword>")
    assert rec.redact(sql_password) == sql_password.replace("S3cret!pw", rec.PLACEHOLDER)
    server = ('<Server xmlns="http://schemas.microsoft.com/sqlazure/2010/12/">'
              "<AdministratorLogin>admin</AdministratorLogin>"
              "<AdministratorLoginPassword>S3cret!pw</AdministratorLoginPassword>"
              "<Location>West US</Location></Server>")
    out = rec.redact(server)
    assert "S3cret" not in out and "<AdministratorLogin>admin</AdministratorLogin>" in out
    profile = ('<publishData><publishProfile profileName="s - FTP" userName="s\\$s" '
               'userPWD="Zx9pQ" SQLServerDBConnectionString="" '
               'mySQLDBConnectionString="Server=x;Pwd=Zy8"><databases/></publishProfile>'
               '</publishData>')
    out = rec.redact(profile)
    assert "Zx9pQ" not in out and "Zy8" not in out and 'SQLServerDBConnectionString=""' in out
    assert [m.group(2) for m in SECRET_ATTRIBUTE.finditer(out)] == [rec.PLACEHOLDER, "",
                                                                    rec.PLACEHOLDER]
    assert rec.redact(out) == out
    for text in (servicebus, sql_password, server):     # what the cassette check looks for
        assert PASSWORD_VALUE.search(text) and not any(
            m.group(2) != rec.PLACEHOLDER for m in PASSWORD_VALUE.finditer(rec.redact(text)))

    class Req:
        def __init__(self, body):
            self.body = body
    rec._body_matcher(Req(secret_body.encode()), Req(redacted))     # the live body matches
    with pytest.raises(AssertionError):
        rec._body_matcher(Req(secret_body.replace("<Deployment", "<Deployment a='1'")),
                          Req(redacted))


def test_scrubbing_a_real_subscription():
    import vcr.request
    real = "12345678-9abc-def0-1234-56789abcdef0"
    req = vcr.request.Request(
        "POST", f"https://management.core.windows.net/{real}/services/hostedservices",
        f"<X><Url>https://management.core.windows.net/{real.upper()}/x</Url>"
        "<AdminPassword>secret</AdminPassword></X>",
        {"Authorization": "Bearer t", "Cookie": "c=1", "x-ms-version": "2014-10-01"})
    out = rec.scrub_request(req, real)
    assert out.uri == ("https://management.core.windows.net/"
                       f"{rec.SUBSCRIPTION}/services/hostedservices")
    assert real not in out.body.decode().lower() and b"secret" not in out.body
    assert set(out.headers) == {"x-ms-version"}
    assert real in req.uri                                  # the live request is untouched
    resp = rec.scrub_response({"status": {"code": 200, "message": "OK"},
                               "headers": {"Set-Cookie": ["a=b"], "Location": [f"/{real}/op"]},
                               "body": {"string": f"<Y><Id>{real}</Id></Y>".encode()}}, real)
    assert resp["headers"] == {"Location": [f"/{rec.SUBSCRIPTION}/op"]}
    assert resp["body"]["string"] == f"<Y><Id>{rec.SUBSCRIPTION}</Id></Y>".encode()


def test_client_certificate_material_is_recognised(cert_file):
    pem = Path(cert_file).read_text(encoding="ascii")
    blocks = re.findall(r"-----BEGIN ([^-]+)-----(.*?)-----END", pem, re.S)
    assert {kind for kind, _ in blocks} == {"CERTIFICATE", "PRIVATE KEY"}
    prints = rec.certificate_fingerprints(cert_file)
    for _, body in blocks:                      # either block, as one-line base64 in a body
        one_line = "".join(body.split())
        assert any(p in f"<Data>{one_line}</Data>" for p in prints)


def _key_and_certificate():
    """A throwaway EC key and its self-signed certificate, made at test time."""
    import tempfile

    from cryptography import x509
    from cryptography.hazmat.primitives.serialization import load_pem_private_key

    from tests.conftest import make_cert_pem
    with tempfile.TemporaryDirectory() as tmp:
        pem = make_cert_pem(Path(tmp) / "c.pem").read_bytes()
    return load_pem_private_key(pem, None), x509.load_pem_x509_certificate(pem)


def _pfx(password: bytes | None = b"pfx-password") -> str:
    from cryptography.hazmat.primitives.serialization import (BestAvailableEncryption,
                                                              NoEncryption, pkcs12)
    key, cert = _key_and_certificate()
    data = pkcs12.serialize_key_and_certificates(
        b"scenario", key, cert, None,
        BestAvailableEncryption(password) if password else NoEncryption())
    return base64.b64encode(data).decode()


@record_case("a recorded request carrying CustomData, a certificate's Data (PKCS#12 with its key) and a Private extension Value",
             'each replaced by the redaction marker before the cassette is written',
             group='recordings')
def test_certificate_data_custom_data_and_private_extension_values_are_redacted():
    """A recorded request body with a .pfx in <CertificateFile><Data>, a VM's <CustomData>
    and a Private resource extension parameter keeps none of them; Public values, other
    <Data> elements and the rest of the document stay as they were."""
    pfx = _pfx()
    certificate = (f'<CertificateFile xmlns="{rec.NS}"><Data>{pfx}</Data>'
                   "<CertificateFormat>pfx</CertificateFormat><Password>pw</Password>"
                   "</CertificateFile>")
    out = rec.redact(certificate)
    assert pfx not in out and "<CertificateFormat>pfx</CertificateFormat>" in out
    assert out.count(f">{rec.PLACEHOLDER}<") == 2
    custom = base64.b64encode(b"#cloud-config\npassword: S3cret\n").decode()
    role = (f'<PersistentVMRole xmlns="{rec.NS}"><ConfigurationSets><ConfigurationSet>'
            f"<CustomData>{custom}</CustomData></ConfigurationSet></ConfigurationSets>"
            "<ResourceExtensionReferences><ResourceExtensionReference>"
            "<ResourceExtensionParameterValues>"
            "<ResourceExtensionParameterValue><Key>pub</Key><Value>cHVibGlj</Value>"
            "<Type>Public</Type></ResourceExtensionParameterValue>"
            "<ResourceExtensionParameterValue><Key>priv</Key><Value>c2VjcmV0LXZhbHVl</Value>"
            "<Type>Private</Type></ResourceExtensionParameterValue>"
            "</ResourceExtensionParameterValues></ResourceExtensionReference>"
            "</ResourceExtensionReferences></PersistentVMRole>")
    out = rec.redact(role)
    assert custom not in out and "c2VjcmV0LXZhbHVl" not in out
    assert "<Value>cHVibGlj</Value><Type>Public</Type>" in out
    assert f"<Key>priv</Key><Value>{rec.PLACEHOLDER}</Value><Type>Private</Type>" in out
    assert rec.redact(out) == out
    metrics = "<MetricResponse><Data><DisplayName>CPU</DisplayName></Data></MetricResponse>"
    assert rec.redact(metrics) == metrics
    # what the cassette check looks for: unredacted, each is found
    assert [m.group(1) for m in PASSWORD_VALUE.finditer(role)] == ["CustomData"]
    assert any(rec.redact(b.group()) != b.group() for b in PRIVATE_EXTENSION_VALUE.finditer(role))
    assert not any(rec.redact(b.group()) != b.group()
                   for b in PRIVATE_EXTENSION_VALUE.finditer(rec.redact(role)))


@record_case('a cassette holding base64 PKCS#12, DER or PEM private keys',
             'the secret check flags each',
             group='recordings')
def test_the_secret_check_finds_base64_key_material():
    """A cassette body holding a base64 PKCS#12 file (encrypted or not), a DER private key
    (PKCS#8, PKCS#1, SEC 1, encrypted PKCS#8) or a PEM private key in base64 is flagged,
    also wrapped over lines; a base64 certificate (public DER) and base64 XML are not."""
    from cryptography.hazmat.primitives.serialization import (BestAvailableEncryption,
                                                              Encoding, NoEncryption,
                                                              PrivateFormat)
    from cryptography.hazmat.primitives.asymmetric import rsa
    key, cert = _key_and_certificate()
    rsa_key = rsa.generate_private_key(public_exponent=65537, key_size=1024)
    b64 = lambda data: base64.b64encode(data).decode()       # noqa: E731
    secrets = {
        "pfx": _pfx(), "pfx without password": _pfx(None),
        "pkcs8": b64(key.private_bytes(Encoding.DER, PrivateFormat.PKCS8, NoEncryption())),
        "sec1": b64(key.private_bytes(Encoding.DER, PrivateFormat.TraditionalOpenSSL,
                                      NoEncryption())),
        "pkcs1": b64(rsa_key.private_bytes(Encoding.DER, PrivateFormat.TraditionalOpenSSL,
                                           NoEncryption())),
        "encrypted pkcs8": b64(key.private_bytes(Encoding.DER, PrivateFormat.PKCS8,
                                                 BestAvailableEncryption(b"pw"))),
        "pem in base64": b64(key.private_bytes(Encoding.PEM, PrivateFormat.PKCS8,
                                               NoEncryption())),
    }
    for what, value in secrets.items():
        body = f'<CertificateFile xmlns="{rec.NS}"><Data>{value}</Data></CertificateFile>'
        assert rec.base64_key_material(body), what
        wrapped = "\n        ".join(value[i:i + 76] for i in range(0, len(value), 76))
        assert rec.base64_key_material(f"    body: <Data>{wrapped}</Data>"), what
    assert "PKCS#12" in rec.base64_key_material(secrets["pfx"])[0]
    public = b64(cert.public_bytes(Encoding.DER))
    xml = b64(b"<ServiceConfiguration>" + b"<Role name='WebRole1'/>" * 20
              + b"</ServiceConfiguration>")
    assert rec.base64_key_material(f"<Data>{public}</Data><Configuration>{xml}</Configuration>"
                                   ) == []
