""".publishsettings files: both layouts, ready clients, no key on disk, clear errors.

Every file is built at test time from throwaway certificates made with `cryptography`.
"""

from __future__ import annotations

import base64
import datetime
import os
import shutil
import ssl
import stat
import subprocess
import sys
import tempfile
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import NameOID

from generated import AzureConfigurationError, AzureForbiddenHttpError, ServiceManagementService
from asm_sdk_runtime import auth
from asm_sdk_runtime.client import ServiceClient
from asm_sdk_runtime.publishsettings import (PublishedSubscription, PublishSettings,
                                     load_publish_settings, read_publish_settings)
from asm_sdk_runtime.transport import Response

NS = "http://schemas.microsoft.com/windowsazure"
SUB_A = "0bbbc191-0023-49ae-8dfe-a8b35b1b5f14"
SUB_B = "1f9d2ea6-84c1-4ac0-b6b4-6a1a2d9e0a2b"
SUB_C = "c7a1e4a2-5d8b-4b70-9a3e-2f6a7b8c9d0e"


# --- building files ---------------------------------------------------------------------

def make_key_cert(cn: str = "publishsettings-test", days: int = 30, start=None):
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, cn)])
    start = start or datetime.datetime.now(datetime.timezone.utc) - datetime.timedelta(days=1)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name)
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(start).not_valid_after(start + datetime.timedelta(days=days))
            .sign(key, hashes.SHA256()))
    return key, cert


def pfx_b64(key=None, cert=None, password: bytes | None = None, **kw) -> str:
    """A base64 PKCS#12 as the portal puts it in ManagementCertificate."""
    if key is None:
        key, cert = make_key_cert(**kw)
    enc = (serialization.BestAvailableEncryption(password) if password
           else serialization.NoEncryption())
    return base64.b64encode(pkcs12.serialize_key_and_certificates(
        b"mgmt", key, cert, None, enc)).decode()


def key_der(key) -> bytes:
    return key.private_bytes(serialization.Encoding.DER, serialization.PrivateFormat.PKCS8,
                             serialization.NoEncryption())


def v2_xml(subs, method="AzureServiceManagementAPI") -> str:
    """subs: (id, name, url or None, certificate or None)."""
    items = []
    for sid, name, url, cert in subs:
        attrs = f' ServiceManagementUrl="{url}"' if url is not None else ""
        attrs += f' Id="{sid}" Name="{name}"'
        attrs += f' ManagementCertificate="{cert}"' if cert is not None else ""
        items.append(f"    <Subscription{attrs} />\n")
    return ('<?xml version="1.0" encoding="utf-8"?>\n<PublishData>\n'
            f'  <PublishProfile SchemaVersion="2.0" PublishMethod="{method}">\n'
            f'{"".join(items)}  </PublishProfile>\n</PublishData>\n')


def v1_xml(url, cert, subs, schema: str | None = "1.0") -> str:
    version = f' SchemaVersion="{schema}"' if schema else ""
    items = "".join(f'    <Subscription Id="{sid}" Name="{name}" />\n' for sid, name in subs)
    return ('<?xml version="1.0" encoding="utf-8"?>\n<PublishData>\n'
            f'  <PublishProfile{version} PublishMethod="AzureServiceManagementAPI" Url="{url}"'
            f' ManagementCertificate="{cert}">\n{items}  </PublishProfile>\n</PublishData>\n')


def write(tmp_path: Path, text: str | bytes, name="my.publishsettings") -> Path:
    path = tmp_path / name
    path.write_bytes(text.encode() if isinstance(text, str) else text)
    return path


def fake_send(client, answers: list, sent: list):
    """Replace the client's transport: record requests, answer Locations."""
    def send_once(request):
        sent.append((request.method, request.target, request.headers))
        return Response(200, {"x-ms-request-id": "rid"}, answers[0].encode())
    client._transport.send_once = send_once


LOCATIONS = (f'<Locations xmlns="{NS}"><Location><Name>West US</Name>'
             "<DisplayName>West US</DisplayName></Location></Locations>")


# --- the newer layout (certificate per subscription) ------------------------------------

def test_schema_2_several_subscriptions(tmp_path):
    path = write(tmp_path, v2_xml([
        (SUB_A, "Pay-As-You-Go", "https://management.core.windows.net", pfx_b64()),
        (SUB_B, "MSDN &amp; Test", "https://management.core.chinacloudapi.cn/", pfx_b64()),
        (SUB_C, "Local", "https://127.0.0.1:8443", pfx_b64()),
    ]))
    with load_publish_settings(path) as settings:
        assert isinstance(settings, PublishSettings) and len(settings) == 3
        assert [s.id for s in settings] == [SUB_A, SUB_B, SUB_C]          # file order
        assert [s.name for s in settings] == ["Pay-As-You-Go", "MSDN & Test", "Local"]
        assert [s.host for s in settings] == ["management.core.windows.net",
                                              "management.core.chinacloudapi.cn",
                                              "127.0.0.1:8443"]
        assert settings[SUB_B].management_url == "https://management.core.chinacloudapi.cn/"
        assert SUB_A.upper() in settings and settings[SUB_A.upper()].id == SUB_A
        assert "nope" not in settings
        with pytest.raises(KeyError, match="no subscription 'nope'"):
            settings["nope"]
        clients = settings.clients
        assert list(clients) == [SUB_A, SUB_B, SUB_C]
        for sub in settings:
            assert type(sub.client) is ServiceManagementService
            assert sub.client.subscription_id == sub.id and sub.client.host == sub.host
            assert sub.client.cert_file is None
            assert (sub.client._transport.host, sub.client._transport.port) == \
                {SUB_C: ("127.0.0.1", 8443)}.get(sub.id, (sub.host, 443))
        sent: list = []
        fake_send(clients[SUB_B], [LOCATIONS], sent)
        assert [loc.name for loc in clients[SUB_B].list_locations()] == ["West US"]
        assert sent[0][:2] == ("GET", f"/{SUB_B}/locations")


def test_url_missing_means_the_clients_default_host(tmp_path):
    path = write(tmp_path, v2_xml([(SUB_A, "a", None, pfx_b64())]))
    with load_publish_settings(path) as settings:
        assert settings[SUB_A].management_url == ""
        assert settings[SUB_A].host == "management.core.windows.net"


def test_client_kwargs_and_service_class(tmp_path):
    class Mine(ServiceClient):
        _default_host = "example.invalid"

    path = write(tmp_path, v2_xml([(SUB_A, "a", "https://h.example:444", pfx_b64())]))
    with load_publish_settings(path, Mine, timeout=7, max_connections=2) as settings:
        client = settings[SUB_A].client
        assert type(client) is Mine and client.timeout == 7 and client.host == "h.example:444"
    for name in ("host", "subscription_id", "cert_file", "cert_data"):
        with pytest.raises(AzureConfigurationError, match=f"{name}: come.*from the file"):
            load_publish_settings(path, **{name: "x"})


def test_generated_is_imported_lazily():
    code = ("import sys, runtime.publishsettings; "
            "assert 'generated' not in sys.modules, 'generated imported eagerly'")
    subprocess.run([sys.executable, "-c", code], check=True,
                   cwd=Path(__file__).resolve().parent.parent)


def test_certificate_env_var_does_not_interfere(tmp_path, monkeypatch):
    monkeypatch.setenv("AZURE_MANAGEMENT_CERTFILE", str(tmp_path / "does-not-exist.pem"))
    path = write(tmp_path, v2_xml([(SUB_A, "a", "https://management.core.windows.net",
                                    pfx_b64())]))
    with load_publish_settings(path) as settings:
        assert settings[SUB_A].client.cert_file is None


def test_utf8_bom_and_whitespace_in_base64(tmp_path):
    cert = pfx_b64()
    wrapped = "\n".join(cert[i:i + 76] for i in range(0, len(cert), 76))
    path = write(tmp_path, b"\xef\xbb\xbf" + v2_xml([(SUB_A, "a", None, wrapped)]).encode())
    assert [s.id for s in read_publish_settings(path)] == [SUB_A]


# --- the older layout (certificate and URL on the profile) ------------------------------

@pytest.mark.parametrize("schema", ["1.0", None])
def test_schema_1_shares_profile_certificate_and_url(tmp_path, schema):
    path = write(tmp_path, v1_xml("https://management.core.windows.net/", pfx_b64(),
                                  [(SUB_A, "First"), (SUB_B, "Second"), (SUB_C, "Third")],
                                  schema))
    with load_publish_settings(path) as settings:
        assert [(s.id, s.name, s.host) for s in settings] == [
            (SUB_A, "First", "management.core.windows.net"),
            (SUB_B, "Second", "management.core.windows.net"),
            (SUB_C, "Third", "management.core.windows.net")]
        assert len({id(s.client) for s in settings}) == 3     # one client each
        assert settings[SUB_A].certificate == settings[SUB_C].certificate
        sent: list = []
        fake_send(settings[SUB_C].client, [LOCATIONS], sent)
        settings[SUB_C].client.list_locations()
        assert sent[0][1] == f"/{SUB_C}/locations"


def test_read_without_clients(tmp_path):
    key, cert = make_key_cert()
    path = write(tmp_path, v1_xml("https://management.core.windows.net", pfx_b64(key, cert),
                                  [(SUB_A, "First")]))
    (sub,) = read_publish_settings(path)
    assert isinstance(sub, PublishedSubscription) and sub.client is None
    loaded_key, loaded_cert, _ = pkcs12.load_key_and_certificates(sub.certificate, None)
    assert loaded_cert == cert and key_der(loaded_key) == key_der(key)
    assert "certificate" not in repr(sub)                   # secret kept out of repr


# --- certificates -------------------------------------------------------------------------

def test_portal_style_pkcs12_encrypted_with_empty_password(tmp_path):
    """The portal's PKCS#12 is encrypted with an empty password (cryptography cannot build
    one, openssl can): it loads without cert_password."""
    if not shutil.which("openssl"):
        pytest.skip("openssl command not available")
    key, cert = make_key_cert()
    pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                            serialization.NoEncryption()) + cert.public_bytes(
        serialization.Encoding.PEM)                    # key first: openssl reads stdin once
    pfx = subprocess.run(["openssl", "pkcs12", "-export", "-passout", "pass:"], input=pem,
                         capture_output=True, check=True).stdout     # via pipes, not files
    with pytest.raises(ValueError):                   # really protected, by the empty password
        pkcs12.load_key_and_certificates(pfx, b"not-empty")
    path = write(tmp_path, v2_xml([(SUB_A, "a", None, base64.b64encode(pfx).decode())]))
    with load_publish_settings(path) as settings:
        assert settings[SUB_A].client.subscription_id == SUB_A


def test_password_protected_certificate(tmp_path):
    path = write(tmp_path, v2_xml([(SUB_A, "Prod", None, pfx_b64(password=b"s3cret"))]))
    with pytest.raises(AzureConfigurationError,
                       match=rf"{SUB_A} \('Prod'\): ManagementCertificate is not a readable "
                       r"PKCS#12 certificate \(is it password-protected\? pass cert_password=\)"):
        load_publish_settings(path)
    with load_publish_settings(path, cert_password="s3cret") as settings:
        assert settings[SUB_A].client is not None


def test_no_unencrypted_key_ever_reaches_the_disk(tmp_path, monkeypatch):
    tmp_dir = tmp_path / "tmp"
    tmp_dir.mkdir()
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_dir))
    keys = [make_key_cert() for _ in range(2)]
    path = write(tmp_path, v2_xml([(SUB_A, "a", None, pfx_b64(*keys[0])),
                                   (SUB_B, "b", None, pfx_b64(*keys[1]))]))
    seen: list[tuple[str, bytes, int]] = []
    original = ssl.SSLContext.load_cert_chain

    def spy(self, certfile, keyfile=None, password=None):
        # What ssl reads from disk: in our temp dir, 0600, key encrypted.
        seen.append((certfile, Path(certfile).read_bytes(), os.stat(certfile).st_mode))
        return original(self, certfile, keyfile, password)

    monkeypatch.setattr(ssl.SSLContext, "load_cert_chain", spy)
    with load_publish_settings(path) as settings:
        assert len(settings) == 2
        assert list(tmp_dir.iterdir()) == []                 # nothing left behind
    assert sorted(p.name for p in tmp_path.iterdir()) == ["my.publishsettings", "tmp"]
    assert len(seen) == 2
    for certfile, data, mode in seen:
        assert Path(certfile).parent == tmp_dir
        assert stat.S_IMODE(mode) == 0o600
        # Markers built from parts, so scans of the tree for key material stay quiet.
        assert b"-----BEGIN ENCRYPTED " + b"PRIVATE KEY-----" in data
        assert b"-----BEGIN " + b"PRIVATE KEY-----" not in data
        for key, _ in keys:
            assert key_der(key) not in data
    assert list(tmp_dir.iterdir()) == []


def test_failure_closes_the_clients_already_built(tmp_path):
    closed: list[str] = []

    class Tracking(ServiceManagementService):
        def close(self):
            closed.append(self.subscription_id)
            super().close()

    old = datetime.datetime.now(datetime.timezone.utc) - datetime.timedelta(days=60)
    path = write(tmp_path, v2_xml([(SUB_A, "ok", None, pfx_b64()),
                                   (SUB_B, "Old", None, pfx_b64(start=old, days=30))]))
    with pytest.raises(AzureConfigurationError,
                       match=rf"{SUB_B} \('Old'\): ManagementCertificate expired on"):
        load_publish_settings(path, Tracking)
    assert closed == [SUB_A]


# --- end to end over mutual TLS ----------------------------------------------------------

def test_against_the_local_endpoint(asm_emulator, tmp_path):  # noqa: F811
    cfg = asm_emulator.config
    pem = Path(cfg["cert_file"]).read_bytes()
    key = serialization.load_pem_private_key(pem, None)
    cert = x509.load_pem_x509_certificate(pem)
    other = "00000000-0000-0000-0000-0000000000ff"
    url = f"https://{cfg['host']}"
    path = write(tmp_path, v2_xml([(cfg["subscription_id"], "Emulated", url, pfx_b64(key, cert)),
                                   (other, "Someone else's", url, pfx_b64(key, cert))]))
    with load_publish_settings(path, ca_file=cfg["ca_file"]) as settings:
        assert settings[cfg["subscription_id"]].host == cfg["host"]
        locations = settings[cfg["subscription_id"]].client.list_locations()
        assert locations and all(loc.name for loc in locations)
        with pytest.raises(AzureForbiddenHttpError):
            settings[other].client.list_locations()


# --- invalid files -----------------------------------------------------------------------

def _sub(cert="GOOD", url="https://management.core.windows.net", sid=SUB_A, name="Prod"):
    return (sid, name, url, cert)


@pytest.mark.parametrize("content,message", [
    ("this is not xml", r"is not a \.publishsettings file: not XML"),
    ("", r"not XML"),
    ("<Foo/>", r"root element is <Foo>, expected <PublishData>"),
    ("<PublishData/>", r"no <PublishProfile>"),
    ('<PublishData><PublishProfile SchemaVersion="2.0" '
     'PublishMethod="AzureServiceManagementAPI"/></PublishData>', r"no <Subscription>"),
    (v2_xml([_sub()], method="MSDeploy"),
     r"PublishMethod 'MSDeploy' is not 'AzureServiceManagementAPI'"),
    (v2_xml([_sub(cert=None)]), rf"subscription {SUB_A} \('Prod'\): no ManagementCertificate"),
    (v2_xml([_sub(cert="")]), r"no ManagementCertificate"),
    (v2_xml([_sub(cert="not base64 at all!")]), r"ManagementCertificate is not valid base64"),
    (v2_xml([_sub(cert=base64.b64encode(b"garbage, not PKCS#12").decode())]),
     rf"subscription {SUB_A} \('Prod'\): ManagementCertificate is not a readable PKCS#12"),
    (v2_xml([_sub(cert="CERT-ONLY")]), r"must hold a certificate and its private key"),
    (v2_xml([_sub(sid="")]), r"a <Subscription> \(Name='Prod'\) has no Id"),
    (v2_xml([_sub(), _sub(sid=SUB_A.upper(), name="again")]), r"listed twice"),
    (v2_xml([_sub(url="http://management.core.windows.net")]), r"is not an https://HOST"),
    (v2_xml([_sub(url="https://management.core.windows.net/some/path")]), r"https://HOST"),
    (v2_xml([_sub()]).replace('"2.0"', '"3.0"'), r"unknown SchemaVersion '3\.0'"),
    ('<!DOCTYPE x [<!ENTITY a "b">]><PublishData/>', r"DTDs are not allowed"),
])
def test_invalid_files_name_the_problem(tmp_path, content, message):
    if "CERT-ONLY" in content:
        _, cert = make_key_cert()
        content = content.replace("CERT-ONLY", base64.b64encode(
            pkcs12.serialize_key_and_certificates(None, None, None, [cert],
                                                  serialization.NoEncryption())).decode())
    path = write(tmp_path, content.replace("GOOD", pfx_b64()))
    with pytest.raises(AzureConfigurationError, match=message) as info:
        load_publish_settings(path)
    assert str(path) in str(info.value)


def test_missing_file(tmp_path):
    with pytest.raises(AzureConfigurationError, match="cannot read publish settings"):
        load_publish_settings(tmp_path / "absent.publishsettings")


def test_web_app_profiles_are_skipped_when_a_management_profile_exists(tmp_path):
    text = v2_xml([_sub(cert=pfx_b64())]).replace(
        "<PublishData>\n", '<PublishData>\n<PublishProfile PublishMethod="FTP" '
        'publishUrl="ftp://x"/>\n')
    assert [s.id for s in read_publish_settings(write(tmp_path, text))] == [SUB_A]


# --- the runtime's cert_data= -------------------------------------------------------------

def test_cert_data_in_the_runtime(tmp_path):
    data = base64.b64decode(pfx_b64())
    assert isinstance(auth.build_ssl_context(None, cert_data=data), ssl.SSLContext)
    with pytest.raises(AzureConfigurationError, match="not both"):
        auth.build_ssl_context(str(tmp_path / "x.pem"), cert_data=data)
    with pytest.raises(AzureConfigurationError, match="takes PKCS#12"):
        auth.build_ssl_context(None, cert_data=b"-----BEGIN CERTIFICATE-----\n")
    with ServiceManagementService(SUB_A, cert_data=data) as sms:
        assert sms.cert_file is None
