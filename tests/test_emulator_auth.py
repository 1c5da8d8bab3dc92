"""Who the local endpoint lets in: its Azure AD stand-in, bearer tokens checked as Azure
checks them, and management certificates enforced (emulator/identity.py).

Bearer requests are sent with urllib3 directly (the SDK's `credential=` is tested on its
side); tokens come from the real azure-identity `ClientSecretCredential`, or are made with
the endpoint's own key where a test needs an odd one (another tenant, an expired one).
"""

from __future__ import annotations

import base64
import datetime
import hashlib
import json
import logging
import shutil
import ssl
import stat
import subprocess
import time
import uuid
from pathlib import Path
from urllib.parse import urlencode

import pytest
import urllib3

from asm_sdk_emulator import Emulator
from asm_sdk_emulator.identity import FORBIDDEN_MESSAGE, MANAGEMENT_AUDIENCE, b64url, b64url_decode
from generated import (AzureBadRequestHttpError, AzureConnectionError, AzureForbiddenHttpError,
                       ServiceManagementService)
from tests.conftest import make_cert_pem

NS = "http://schemas.microsoft.com/windowsazure"
VERSION = {"x-ms-version": "2014-10-01"}
SCOPE = "https://management.core.windows.net/.default"


# --- helpers ---------------------------------------------------------------------------

def https(cfg: dict, cert_file: str | None = None) -> urllib3.PoolManager:
    """A urllib3 pool trusting the endpoint's CA; with a client certificate if given."""
    ctx = ssl.create_default_context(cafile=cfg["ca_file"])
    if cert_file:
        ctx.load_cert_chain(cert_file)
    return urllib3.PoolManager(ssl_context=ctx, retries=False, timeout=10)


def management(cfg: dict, *, token: str | None = None, authorization: str | None = None,
               cert_file: str | None = None, path: str = "/locations"):
    headers = dict(VERSION)
    if token is not None:
        headers["Authorization"] = f"Bearer {token}"
    if authorization is not None:
        headers["Authorization"] = authorization
    pool = https(cfg, cert_file)
    try:
        return pool.request("GET", f"https://{cfg['host']}/{cfg['subscription_id']}{path}",
                            headers=headers)
    finally:
        pool.clear()


def token_request(cfg: dict, **form: str):
    """POST to the token endpoint, as MSAL does."""
    body = {"grant_type": "client_credentials", "client_id": cfg["client_id"],
            "client_secret": cfg["client_secret"], "scope": SCOPE}
    body.update(form)
    body = {k: v for k, v in body.items() if v is not None}
    pool = https(cfg)
    try:
        return pool.request("POST", f"https://{cfg['authority']}/{cfg['tenant_id']}"
                            "/oauth2/v2.0/token", body=urlencode(body),
                            headers={"Content-Type": "application/x-www-form-urlencoded"})
    finally:
        pool.clear()


def claims_of(token: str) -> dict:
    return json.loads(b64url_decode(token.split(".")[1]))


def error_of(resp) -> tuple[str, str]:
    import xml.etree.ElementTree as ET
    root = ET.fromstring(resp.data)
    assert root.tag == f"{{{NS}}}Error", resp.data
    return root.findtext(f"{{{NS}}}Code"), root.findtext(f"{{{NS}}}Message")


def credential_for(cfg: dict, **overrides):
    from azure.identity import ClientSecretCredential
    args = {"tenant_id": cfg["tenant_id"], "client_id": cfg["client_id"],
            "client_secret": cfg["client_secret"], **overrides}
    return ClientSecretCredential(args.pop("tenant_id"), args.pop("client_id"),
                                  args.pop("client_secret"), authority=cfg["authority"],
                                  disable_instance_discovery=True,
                                  connection_verify=cfg["ca_file"], **args)


def readme_self_signed(directory: Path) -> Path:
    """mycert.pem as the README's line makes it: `openssl req -x509 -nodes -days 365
    -newkey rsa:2048 -keyout mycert.pem -out mycert.pem` (a subject given so that it does
    not prompt).  Where openssl is not installed, the same certificate (self-signed RSA
    2048, openssl's v3_ca extensions) made with cryptography."""
    pem = directory / "mycert.pem"
    if shutil.which("openssl"):
        subprocess.run(["openssl", "req", "-x509", "-nodes", "-days", "365", "-newkey",
                        "rsa:2048", "-keyout", str(pem), "-out", str(pem),
                        "-subj", "/CN=readme-self-signed"], check=True, capture_output=True,
                       stdin=subprocess.DEVNULL, timeout=60)
        return pem
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import rsa
    from cryptography.x509.oid import NameOID
    key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "readme-self-signed")])
    now = datetime.datetime.now(datetime.timezone.utc)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name)
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now).not_valid_after(now + datetime.timedelta(days=365))
            .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), False)
            .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(
                key.public_key()), False)
            .add_extension(x509.BasicConstraints(ca=True, path_length=None), True)
            .sign(key, hashes.SHA256()))
    pem.write_bytes(key.private_bytes(serialization.Encoding.PEM,
                                      serialization.PrivateFormat.PKCS8,
                                      serialization.NoEncryption())
                    + cert.public_bytes(serialization.Encoding.PEM))
    return pem


def management_certificate_args(pem: Path) -> tuple[str, str, str]:
    """(public key, thumbprint, data) for add_management_certificate, as the portal takes
    a .cer: `openssl x509 -inform pem -in mycert.pem -outform der -out mycert.cer`."""
    from cryptography import x509
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import rsa
    cert = x509.load_pem_x509_certificate(pem.read_bytes())
    der = cert.public_bytes(serialization.Encoding.DER)
    key = cert.public_key()
    if isinstance(key, rsa.RSAPublicKey):
        public = key.public_bytes(serialization.Encoding.DER, serialization.PublicFormat.PKCS1)
    else:
        public = key.public_bytes(serialization.Encoding.X962,
                                  serialization.PublicFormat.UncompressedPoint)
    return (base64.b64encode(public).decode(), hashlib.sha1(der).hexdigest().upper(),
            base64.b64encode(der).decode())


def issued_by_the_endpoint_ca(state_dir: Path, out: Path) -> Path:
    """A client certificate signed by the endpoint's CA, never registered."""
    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec
    from cryptography.x509.oid import NameOID
    ca = x509.load_pem_x509_certificate((state_dir / "ca.pem").read_bytes())
    ca_key = serialization.load_pem_private_key((state_dir / "ca-key.pem").read_bytes(), None)
    key = ec.generate_private_key(ec.SECP256R1())
    now = datetime.datetime.now(datetime.timezone.utc) - datetime.timedelta(minutes=5)
    cert = (x509.CertificateBuilder()
            .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "unregistered")]))
            .issuer_name(ca.subject).public_key(key.public_key())
            .serial_number(x509.random_serial_number()).not_valid_before(now)
            .not_valid_after(now + datetime.timedelta(days=2)).sign(ca_key, hashes.SHA256()))
    out.write_bytes(cert.public_bytes(serialization.Encoding.PEM) + key.private_bytes(
        serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
        serialization.NoEncryption()))
    return out


# --- the configuration -------------------------------------------------------------------

def test_config_names_the_azure_ad_stand_in(asm_emulator):
    cfg = asm_emulator.config
    assert cfg["authority"] == cfg["host"]
    for key in ("tenant_id", "client_id"):
        assert str(uuid.UUID(cfg[key])) == cfg[key]
    assert cfg["tenant_id"] != cfg["subscription_id"]
    assert len(cfg["client_secret"]) >= 32
    for private in ("emulator.json", "identity.json"):
        path = asm_emulator.state_dir / private
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, private


def test_ids_and_signing_key_are_reused_at_the_next_start(tmp_path):
    with Emulator(state_dir=tmp_path) as emu:
        first = dict(emu.config)
        kid = claims_header_kid(emu.app.identity.sign(emu.app.identity.claims()))
    assert stat.S_IMODE((tmp_path / "token-signing.pem").stat().st_mode) == 0o600
    with Emulator(state_dir=tmp_path) as emu:
        again = emu.config
        assert [again[k] for k in ("tenant_id", "client_id", "client_secret")] == \
            [first[k] for k in ("tenant_id", "client_id", "client_secret")]
        assert claims_header_kid(emu.app.identity.sign(emu.app.identity.claims())) == kid


def claims_header_kid(token: str) -> str:
    return json.loads(b64url_decode(token.split(".")[0]))["kid"]


# --- the Azure AD stand-in ------------------------------------------------------------------

def test_discovery_and_keys_as_azure_ad_serves_them(asm_emulator):
    """No client certificate is needed for these paths; the JWKS key verifies the tokens."""
    from cryptography.hazmat.primitives import hashes
    from cryptography.hazmat.primitives.asymmetric import padding, rsa
    cfg = asm_emulator.config
    base = f"https://{cfg['authority']}/{cfg['tenant_id']}"
    pool = https(cfg)
    doc = pool.request("GET", f"{base}/v2.0/.well-known/openid-configuration")
    assert doc.status == 200 and doc.headers["Content-Type"].startswith("application/json")
    openid = json.loads(doc.data)
    assert openid["issuer"] == f"{base}/v2.0"
    assert openid["token_endpoint"] == f"{base}/oauth2/v2.0/token"
    assert openid["authorization_endpoint"] == f"{base}/oauth2/v2.0/authorize"
    assert openid["id_token_signing_alg_values_supported"] == ["RS256"]
    keys = json.loads(pool.request("GET", openid["jwks_uri"]).data)["keys"]
    [jwk] = keys
    assert (jwk["kty"], jwk["use"], jwk["kid"]) == ("RSA", "sig", jwk["x5t"])

    token = json.loads(token_request(cfg).data)["access_token"]
    head, payload, signature = token.split(".")
    assert json.loads(b64url_decode(head))["kid"] == jwk["kid"]
    public = rsa.RSAPublicNumbers(int.from_bytes(b64url_decode(jwk["e"]), "big"),
                                  int.from_bytes(b64url_decode(jwk["n"]), "big")).public_key()
    public.verify(b64url_decode(signature), f"{head}.{payload}".encode(), padding.PKCS1v15(),
                  hashes.SHA256())                 # raises if the JWKS does not match
    unknown = pool.request("GET", f"https://{cfg['authority']}/{uuid.uuid4()}"
                                  "/v2.0/.well-known/openid-configuration")
    assert unknown.status == 400 and json.loads(unknown.data)["error"] == "invalid_tenant"
    pool.clear()


def test_client_secret_credential_with_requests_ca_bundle(asm_emulator, asm_credential,
                                                         monkeypatch):
    """The documented way: REQUESTS_CA_BUNDLE names the endpoint's CA, and the real
    azure-identity obtains a token that the management API accepts.  (`asm_credential`:
    azure-identity is there, or the test says why not.)"""
    from azure.identity import ClientSecretCredential
    cfg, app = asm_emulator.config, asm_emulator.app
    monkeypatch.setenv("REQUESTS_CA_BUNDLE", cfg["ca_file"])
    before = app.token_requests
    with ClientSecretCredential(cfg["tenant_id"], cfg["client_id"], cfg["client_secret"],
                                authority=cfg["authority"],
                                disable_instance_discovery=True) as credential:
        token = credential.get_token(SCOPE)
    assert app.token_requests == before + 1
    assert 3500 < token.expires_on - time.time() <= 3600
    claims = claims_of(token.token)
    base = f"https://{cfg['authority']}/{cfg['tenant_id']}"
    assert (claims["aud"], claims["iss"], claims["tid"], claims["appid"], claims["ver"]) == (
        MANAGEMENT_AUDIENCE, f"{base}/v2.0", cfg["tenant_id"], cfg["client_id"], "2.0")
    assert claims["nbf"] <= time.time() < claims["exp"]
    resp = management(cfg, token=token.token)
    assert resp.status == 200 and b"<Locations" in resp.data
    assert app.last_auth_scheme == "Bearer"


def test_asm_credential_fixture_authenticates_without_a_certificate(asm_emulator,
                                                                    asm_credential):
    cfg = asm_emulator.config
    token = asm_credential.get_token(SCOPE).token
    resp = management(cfg, token=token, path="/services/hostedservices")
    assert resp.status == 200 and b"<HostedServices" in resp.data
    assert asm_emulator.app.last_auth_scheme == "Bearer"
    # also the scope azure-cli spells with two slashes
    assert management(cfg, token=asm_credential.get_token(
        "https://management.core.windows.net//.default").token).status == 200


def test_token_lifetime_option(asm_emulator, monkeypatch):
    """Tokens live `token_lifetime` seconds (--token-lifetime); past it (and the clock
    skew), 401 with Azure's expiry message."""
    cfg, identity = asm_emulator.config, asm_emulator.app.identity
    with asm_emulator.options(token_lifetime=1):
        answer = json.loads(token_request(cfg).data)
    assert answer["token_type"] == "Bearer"
    assert answer["expires_in"] == answer["ext_expires_in"] == 1
    assert json.loads(token_request(cfg).data)["expires_in"] == 3600       # restored
    assert management(cfg, token=answer["access_token"]).status == 200
    monkeypatch.setattr(identity, "clock_skew", 0.0)
    time.sleep(1.2)
    resp = management(cfg, token=answer["access_token"])
    assert resp.status == 401
    assert error_of(resp)[1].startswith("The access token expiry UTC time '")


def test_wrong_client_secret_is_refused(asm_emulator, asm_credential):
    from azure.core.exceptions import ClientAuthenticationError
    cfg, app = asm_emulator.config, asm_emulator.app
    before = app.token_requests
    with credential_for(cfg, client_secret="not-the-secret") as credential:
        with pytest.raises(ClientAuthenticationError) as info:
            credential.get_token(SCOPE)
    assert "AADSTS7000215" in str(info.value) and "not-the-secret" not in str(info.value)
    resp = token_request(cfg, client_secret="not-the-secret")
    answer = json.loads(resp.data)
    assert resp.status == 401 and answer["error"] == "invalid_client"
    assert answer["error_codes"] == [7000215]
    assert answer["error_description"].startswith("AADSTS7000215: Invalid client secret")
    assert app.token_requests == before


@pytest.mark.parametrize("form, status, error, code", [
    ({"client_id": "11111111-2222-3333-4444-555555555555"}, 401, "invalid_client", 700016),
    ({"client_secret": None}, 401, "invalid_client", 7000218),
    ({"scope": "https://example.com/.default"}, 400, "invalid_scope", 70011),
    ({"scope": "https://management.core.windows.net/user_impersonation"}, 400,
     "invalid_scope", 70011),
    ({"grant_type": "password"}, 400, "unsupported_grant_type", 70003),
])
def test_token_endpoint_errors_are_azure_ads(asm_emulator, form, status, error, code):
    resp = token_request(asm_emulator.config, **form)
    answer = json.loads(resp.data)
    assert (resp.status, answer["error"], answer["error_codes"]) == (status, error, [code])
    assert answer["error_description"].startswith(f"AADSTS{code}: ")
    assert {"trace_id", "correlation_id", "timestamp", "error_uri"} <= set(answer)


def test_client_secret_basic_authentication(asm_emulator):
    """client_secret_basic, which the discovery document also offers."""
    cfg = asm_emulator.config
    basic = base64.b64encode(f"{cfg['client_id']}:{cfg['client_secret']}".encode()).decode()
    pool = https(cfg)
    resp = pool.request("POST", f"https://{cfg['authority']}/{cfg['tenant_id']}"
                        "/oauth2/v2.0/token",
                        body=urlencode({"grant_type": "client_credentials", "scope": SCOPE}),
                        headers={"Authorization": f"Basic {basic}",
                                 "Content-Type": "application/x-www-form-urlencoded"})
    pool.clear()
    assert resp.status == 200
    assert management(cfg, token=json.loads(resp.data)["access_token"]).status == 200


# --- bearer tokens Azure refuses ---------------------------------------------------------------

def _bad_tokens(cfg: dict, identity) -> dict:
    from cryptography.hazmat.primitives.asymmetric import rsa
    from asm_sdk_emulator.identity import SigningKey
    good = json.loads(token_request(cfg).data)["access_token"]
    head, payload, signature = good.split(".")
    claims = claims_of(good)
    tampered = b64url(json.dumps({**claims, "appid": str(uuid.uuid4())}).encode())
    other_tenant = str(uuid.uuid4())
    stranger = SigningKey.__new__(SigningKey)          # same kid, another private key
    stranger.key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
    stranger.kid = identity.key.kid
    none_head = b64url(json.dumps({"typ": "JWT", "alg": "none"}).encode())
    return {
        "expired": (identity.sign(identity.claims(lifetime=-120)),
                    "The access token expiry UTC time '"),
        "not yet valid": (identity.sign(identity.claims(nbf=int(time.time()) + 600)),
                          "The access token is not yet valid"),
        "tampered": (f"{head}.{tampered}.{signature}",
                     "The access token signature is invalid."),
        "garbage": ("not-a-token-at-all", "The access token is invalid."),
        "garbage parts": ("a.b.c", "The access token is invalid."),
        "unsigned": (f"{none_head}.{payload}.", "The access token is invalid."),
        "unsigned, alg none": (f"{none_head}.{payload}.{signature}",
                               "The access token signature is invalid: it is not signed"),
        "another key": (stranger.sign(claims), "The access token signature is invalid."),
        "other audience": (identity.sign(identity.claims("https://management.azure.com/")),
                           "The access token has been obtained from wrong audience or "
                           "resource 'https://management.azure.com/'."),
        "audience without slash": (
            identity.sign(identity.claims("https://management.core.windows.net")),
            "The access token has been obtained from wrong audience"),
        "other tenant": (identity.sign(identity.claims(
            tid=other_tenant,
            iss=f"https://{cfg['authority']}/{other_tenant}/v2.0")),
            f"The access token is from the wrong issuer 'https://{cfg['authority']}/"
            f"{other_tenant}/v2.0'. It must match the tenant"),
        "other issuer, same tenant": (identity.sign(identity.claims(
            iss=f"https://login.microsoftonline.com/{cfg['tenant_id']}/v2.0")),
            "The access token is from the wrong issuer"),
        "no expiry": (identity.sign(identity.claims(exp=None)), "The access token is invalid."),
        "empty": ("", "The access token is missing or invalid."),
    }


BAD_TOKENS = ["expired", "not yet valid", "tampered", "garbage", "garbage parts", "unsigned",
              "unsigned, alg none",
              "another key", "other audience", "audience without slash", "other tenant",
              "other issuer, same tenant", "no expiry", "empty"]


@pytest.fixture(scope="module")
def bad_tokens(asm_emulator):
    return _bad_tokens(asm_emulator.config, asm_emulator.app.identity)


@pytest.mark.parametrize("kind", BAD_TOKENS)
def test_refused_tokens_get_401_with_a_bearer_challenge(asm_emulator, bad_tokens, kind):
    cfg = asm_emulator.config
    token, message = bad_tokens[kind]
    # a registered client certificate does not make up for a bad token
    resp = management(cfg, token=token, cert_file=cfg["cert_file"])
    assert resp.status == 401, resp.data
    code, text = error_of(resp)
    assert code == "AuthenticationFailed" and text.startswith(message), text
    challenge = resp.headers["WWW-Authenticate"]
    assert challenge.startswith(f'Bearer authorization_uri="https://{cfg["authority"]}/'
                                f'{cfg["tenant_id"]}", error="invalid_token", '
                                'error_description="')
    assert resp.headers["x-ms-request-id"]


def test_other_audience_token_from_the_real_credential(asm_emulator, asm_credential):
    """A token azure-identity obtained for another resource (Microsoft Graph)."""
    token = asm_credential.get_token("https://graph.microsoft.com/.default").token
    resp = management(asm_emulator.config, token=token)
    assert resp.status == 401
    assert "wrong audience or resource 'https://graph.microsoft.com/'" in error_of(resp)[1]


def test_other_schemes_are_refused(asm_emulator):
    cfg = asm_emulator.config
    resp = management(cfg, authorization="Basic dXNlcjpwYXNz")
    assert resp.status == 401 and "scheme of Basic is not supported" in error_of(resp)[1]
    resp = management(cfg, authorization=json.loads(token_request(cfg).data)["access_token"])
    assert resp.status == 401 and "WWW-Authenticate" in resp.headers


# --- management certificates ------------------------------------------------------------------

def test_endpoint_certificate_is_a_registered_management_certificate(asm_emulator, asm_sms):
    from cryptography import x509
    from cryptography.hazmat.primitives.serialization import Encoding
    cert = x509.load_pem_x509_certificate(Path(asm_emulator.config["cert_file"]).read_bytes())
    der = cert.public_bytes(Encoding.DER)
    thumb = hashlib.sha1(der).hexdigest().upper()
    listed = asm_sms.get_management_certificate(thumb)
    assert listed.subscription_certificate_thumbprint == thumb
    assert base64.b64decode(listed.subscription_certificate_data) == der
    asm_sms.list_locations()
    assert asm_emulator.app.last_auth_scheme == "Certificate"


def test_no_certificate_and_no_token_is_forbidden(asm_emulator):
    resp = management(asm_emulator.config)
    assert resp.status == 403
    assert error_of(resp) == ("ForbiddenError", FORBIDDEN_MESSAGE)
    assert "WWW-Authenticate" not in resp.headers


def test_certificate_of_the_endpoint_ca_but_not_registered_is_forbidden(asm_emulator,
                                                                        tmp_path):
    cfg = asm_emulator.config
    pem = issued_by_the_endpoint_ca(asm_emulator.state_dir, tmp_path / "unregistered.pem")
    sms = ServiceManagementService(cfg["subscription_id"], str(pem), host=cfg["host"],
                                   ca_file=cfg["ca_file"], retry=None)
    try:
        with pytest.raises(AzureForbiddenHttpError) as info:
            sms.list_locations()
    finally:
        sms.close()
    assert (info.value.status, info.value.code, info.value.message) == (
        403, "ForbiddenError", FORBIDDEN_MESSAGE)


def test_self_signed_certificate_registered_used_revoked(asm_emulator, asm_sms, tmp_path):
    """The README's `openssl req -x509 ...` certificate: refused in the TLS handshake while
    the endpoint has never seen it (Python's ssl has no verify callback); registered with
    add_management_certificate it works for a second client; deleted, 403 ForbiddenError."""
    cfg = asm_emulator.config
    pem = readme_self_signed(tmp_path)
    public_key, thumbprint, data = management_certificate_args(pem)
    other = ServiceManagementService(cfg["subscription_id"], str(pem), host=cfg["host"],
                                     ca_file=cfg["ca_file"], retry=None)
    try:
        with pytest.raises(AzureConnectionError):
            other.list_locations()
        assert asm_sms.add_management_certificate(public_key, thumbprint, data) is None
        assert "West US" in [loc.name for loc in other.list_locations()]
        assert asm_emulator.app.last_auth_scheme == "Certificate"
        name = "selfsigned" + uuid.uuid4().hex[:8]
        other.create_hosted_service(name, name, location="West US")     # it may change things
        assert name in [s.service_name for s in asm_sms.list_hosted_services()]
        asm_sms.delete_hosted_service(name)

        asm_sms.delete_management_certificate(thumbprint)
        with pytest.raises(AzureForbiddenHttpError) as info:
            other.list_locations()        # on the same pooled connection: no new handshake
        assert (info.value.code, info.value.message) == ("ForbiddenError", FORBIDDEN_MESSAGE)
        again = ServiceManagementService(cfg["subscription_id"], str(pem), host=cfg["host"],
                                         ca_file=cfg["ca_file"], retry=None)
        with again, pytest.raises(AzureForbiddenHttpError):
            again.list_locations()        # a new connection: trusted in TLS, refused in HTTP
        assert thumbprint not in [c.subscription_certificate_thumbprint
                                  for c in asm_sms.list_management_certificates()]
        # registered again, it works again
        asm_sms.add_management_certificate(public_key, thumbprint, data)
        assert other.list_locations()
        asm_sms.delete_management_certificate(thumbprint)
    finally:
        other.close()


def test_registering_data_that_is_not_a_certificate_is_a_bad_request(asm_sms):
    with pytest.raises(AzureBadRequestHttpError, match="not a valid X.509 certificate"):
        asm_sms.add_management_certificate("AAAA", "AB" * 20,
                                           base64.b64encode(b"not a certificate").decode())
    with pytest.raises(AzureBadRequestHttpError, match="base64"):
        asm_sms.add_management_certificate("AAAA", "AB" * 20, "%%% not base64 %%%")


def test_revoking_the_endpoint_certificate_locks_it_out_until_reset(tmp_path):
    with Emulator(state_dir=tmp_path) as emu:
        sms = emu.client(retry=None)
        [own] = sms.list_management_certificates()
        sms.delete_management_certificate(own.subscription_certificate_thumbprint)
        with pytest.raises(AzureForbiddenHttpError):
            sms.list_locations()
        emu.app.reset()                   # in-memory state anew: registered again
        assert sms.list_locations()
        sms.close()


def test_registrations_survive_a_restart_with_a_database(tmp_path):
    """With a database the registered certificates are trusted again at the next start,
    and a revoked one is still answered 403 (not refused in the handshake)."""
    db, state = tmp_path / "state.sqlite3", tmp_path / "s"
    pem = make_cert_pem(tmp_path / "tests-self-signed.pem", "persisted")
    public_key, thumbprint, data = management_certificate_args(pem)
    with Emulator(state_dir=state, db_path=db) as emu:
        emu.client().add_management_certificate(public_key, thumbprint, data)
    with Emulator(state_dir=state, db_path=db) as emu:
        cfg = emu.config
        other = ServiceManagementService(cfg["subscription_id"], str(pem), host=cfg["host"],
                                         ca_file=cfg["ca_file"], retry=None)
        assert other.list_locations()
        sms = emu.client()
        sms.delete_management_certificate(thumbprint)
        own = [c.subscription_certificate_thumbprint for c in sms.list_management_certificates()]
        assert len(own) == 1                       # the endpoint's own, registered once
        other.close()
        sms.close()
    with Emulator(state_dir=state, db_path=db) as emu:
        cfg = emu.config
        other = ServiceManagementService(cfg["subscription_id"], str(pem), host=cfg["host"],
                                         ca_file=cfg["ca_file"], retry=None)
        with pytest.raises(AzureForbiddenHttpError):
            other.list_locations()
        other.close()
        assert emu.client().list_locations()


# --- no credential in any log ------------------------------------------------------------------

def test_no_token_or_secret_in_debug_logs(asm_emulator, asm_credential, bad_tokens, caplog):
    """Everything at DEBUG, every logger (the endpoint's request log, urllib3, azure-identity,
    MSAL): the request log names the scheme, never a token or the secret."""
    cfg = asm_emulator.config
    with caplog.at_level(logging.DEBUG):
        logging.getLogger().setLevel(logging.DEBUG)
        with credential_for(cfg) as credential:
            token = credential.get_token(SCOPE).token
        assert management(cfg, token=token).status == 200
        assert management(cfg, authorization=token).status == 401          # no scheme
        assert management(cfg, token=bad_tokens["tampered"][0]).status == 401
        token_request(cfg, client_secret="wrong-" + cfg["client_secret"])
        assert management(cfg, cert_file=cfg["cert_file"]).status == 200
    text = "\n".join(r.getMessage() for r in caplog.records)
    for secret in (token, token.split(".")[2], bad_tokens["tampered"][0].split(".")[1],
                   cfg["client_secret"]):
        assert secret not in text
    requests = [r.getMessage() for r in caplog.records if r.name == "asm_sdk_emulator"
                and "/locations" in r.getMessage()]
    assert [line.rpartition("auth=")[2] for line in requests] == [
        "Bearer", "other", "Bearer", "certificate"]
    assert all(" 200 " in line or " 401 " in line for line in requests)
