"""`request_session=`: a requests.Session given as the predecessor took it.

Its headers (a bearer Authorization, custom headers), cert (a PEM path or a (cert, key)
pair), verify (bool or CA bundle) and proxies are honoured, checked on what the fault
server (in its Azure-like mode, client certificate optional) and a CONNECT proxy receive.
What cannot be honoured raises AzureConfigurationError naming it.
"""

from __future__ import annotations

import logging
import re
from pathlib import Path

import pytest

from tests.aio_view import make as make_of_kind
import requests
from requests.adapters import HTTPAdapter

from generated import (AzureConfigurationError, AzureConnectionError,
                       AzureMissingResourceHttpError, AzureUnauthorizedHttpError, RetryPolicy,
                       SchedulerManagementService, ServiceManagementService)
from tests.faultserver import SUB, accepted, doc, locations_xml, reply
from tests.test_credentials import FakeCredential, bearer_401
from tests.test_proxy import ConnectProxy

LOC = f"/{SUB}/locations"
HS = f"/{SUB}/services/hostedservices"
LOCATIONS = locations_xml("West US")


@pytest.fixture(params=["sync", "aio"])
def session_client(token_server, request):
    """session_client(session, ...): a client with request_session=, sync or async."""
    made = []

    def make(session, *args, **kw):
        kw.setdefault("retry", RetryPolicy(max_attempts=3, backoff=0.01, deadline=5))
        client = make_of_kind(request.param, ServiceManagementService, SUB, *args,
                              host=token_server.host, request_session=session, **kw)
        made.append(client)
        return client
    yield make
    for c in made:
        c.close()


def bearer_session(token: str = "session-token-1", **headers) -> requests.Session:
    s = requests.Session()
    s.headers["Authorization"] = f"Bearer {token}"
    s.headers.update(headers)
    return s


def split_pem(pem_file: str, directory: Path) -> tuple[str, str]:
    """The client PEM as a certificate file and a key file (requests' (cert, key) form)."""
    text = Path(pem_file).read_text()
    cert = re.search(r"-----BEGIN CERTIFICATE-----.*?-----END CERTIFICATE-----\n", text, re.S)
    key = re.search(r"-----BEGIN [A-Z ]*PRIVATE KEY-----.*?-----END [A-Z ]*PRIVATE KEY-----\n",
                    text, re.S)
    (directory / "cert.pem").write_text(cert.group(0))
    (directory / "key.pem").write_text(key.group(0))
    (directory / "key.pem").chmod(0o600)
    return str(directory / "cert.pem"), str(directory / "key.pem")


# --- what is honoured ----------------------------------------------------------------------

def test_a_bearer_header_and_custom_headers_are_sent_under_ours(token_server, session_client,
                                                               fault_certs):
    token_server.route("GET", LOC, reply(200, LOCATIONS))
    session = bearer_session(**{"x-ms-client-tag": "nightly", "x-ms-version": "1999-01-01",
                                "Content-Type": "text/plain"})
    session.verify = fault_certs.ca
    sms = session_client(session)
    assert [loc.name for loc in sms.list_locations()] == ["West US"]
    req = token_server.seen()[0]
    assert req.headers["authorization"] == "Bearer session-token-1"
    assert req.headers["x-ms-client-tag"] == "nightly"
    assert req.headers["x-ms-version"] == "2014-10-01"       # ours win
    assert req.headers["user-agent"].startswith("asm-sdk-python/")
    assert "accept" not in req.headers          # left out, as the predecessor left it out
    assert "content-type" not in req.headers    # a GET has no body
    assert not req.client_cert
    assert session.headers["Accept"] == "*/*"   # the session itself is not changed


def test_the_predecessor_positional_form_with_a_session(token_server, fault_certs):
    token_server.route("GET", LOC, reply(200, LOCATIONS))
    session = bearer_session()
    session.verify = fault_certs.ca
    # ServiceManagementService(subscription_id, cert_file, host, request_session)
    with ServiceManagementService(SUB, None, token_server.host, session) as sms:
        assert sms.list_locations()[0].name == "West US"
        assert sms.request_session is session
        assert "session-token-1" not in repr(sms) and "session-token-1" not in repr(vars(sms))


def test_session_cert_as_one_pem_authenticates_with_the_certificate(token_server,
                                                                    session_client,
                                                                    fault_certs):
    token_server.route("GET", LOC, reply(200, LOCATIONS))
    session = requests.Session()
    session.cert = fault_certs.client
    session.verify = fault_certs.ca
    sms = session_client(session)
    sms.list_locations()
    req = token_server.seen()[0]
    assert req.client_cert and "authorization" not in req.headers
    assert sms.cert_file == fault_certs.client


def test_session_cert_as_a_cert_and_key_pair(token_server, session_client, fault_certs,
                                             tmp_path):
    token_server.route("GET", LOC, reply(200, LOCATIONS))
    session = requests.Session()
    session.cert = split_pem(fault_certs.client, tmp_path)
    sms = session_client(session, ca_file=fault_certs.ca)
    sms.list_locations()
    assert token_server.seen()[0].client_cert


@pytest.mark.filterwarnings("ignore::urllib3.exceptions.InsecureRequestWarning")
def test_session_verify_false_turns_verification_off_with_a_warning(token_server,
                                                                   session_client, caplog):
    token_server.route("GET", LOC, reply(200, LOCATIONS))
    session = bearer_session()
    session.verify = False
    with caplog.at_level(logging.WARNING, logger="asm_sdk_runtime"):
        sms = session_client(session)
    sms.list_locations()
    assert "server certificate verification is OFF" in caplog.text


def test_session_verify_true_reads_requests_ca_bundle_like_requests(token_server,
                                                                   session_client,
                                                                   fault_certs, monkeypatch):
    token_server.route("GET", LOC, reply(200, LOCATIONS))
    monkeypatch.setenv("REQUESTS_CA_BUNDLE", fault_certs.ca)
    session_client(bearer_session()).list_locations()
    session = bearer_session()
    session.trust_env = False               # requests would not read it either
    with pytest.raises(AzureConnectionError, match="CERTIFICATE_VERIFY_FAILED"):
        session_client(session, retry=None).list_locations()


def test_session_proxies_send_through_the_named_http_proxy(token_server, session_client,
                                                           fault_certs, monkeypatch):
    token_server.route("GET", LOC, reply(200, LOCATIONS))
    proxy, other = ConnectProxy(), ConnectProxy()
    try:
        monkeypatch.setenv("HTTPS_PROXY", f"http://127.0.0.1:{other.port}")
        session = bearer_session()
        session.verify = fault_certs.ca
        session.proxies = {"https": f"http://127.0.0.1:{proxy.port}",
                           "http": "http://127.0.0.1:9"}   # never used: requests are https
        session_client(session).list_locations()
        assert [line.split(" ")[:2] for line, _ in proxy.requests] == \
            [["CONNECT", token_server.host]]
        assert other.requests == []                 # the session's proxy wins over the variable
        # trust_env: the variable applies where the session names no proxy
        session.proxies = {}
        session_client(session).list_locations()
        assert len(other.requests) == 1
        session.trust_env = False
        session_client(session).list_locations()
        assert len(other.requests) == 1 and token_server.count("GET", LOC) == 3
    finally:
        proxy.close()
        other.close()


def test_a_session_without_authentication_uses_the_certificate_given(token_server,
                                                                     session_client,
                                                                     fault_certs):
    token_server.route("GET", LOC, reply(200, LOCATIONS))
    session = requests.Session()
    session.headers["x-ms-client-tag"] = "t"
    session_client(session, fault_certs.client, ca_file=fault_certs.ca).list_locations()
    req = token_server.seen()[0]
    assert req.client_cert and req.headers["x-ms-client-tag"] == "t"


def test_a_session_that_does_not_authenticate_is_not_enough(monkeypatch):
    monkeypatch.delenv("AZURE_MANAGEMENT_CERTFILE", raising=False)
    with pytest.raises(AzureConfigurationError, match="no credentials.*cert_file=.*credential="):
        ServiceManagementService(SUB, request_session=requests.Session())


def test_a_refused_session_token_is_not_renewable_and_not_resent(token_server,
                                                                session_client, fault_certs):
    token_server.script("GET", LOC, bearer_401())
    session = bearer_session()
    session.verify = fault_certs.ca
    with pytest.raises(AzureUnauthorizedHttpError,
                       match="Authorization header was refused.*pass credential="):
        session_client(session).list_locations()
    assert token_server.count("GET", LOC) == 1


def test_a_duck_typed_session_works_too(token_server, session_client, fault_certs):
    """Only the attributes are read: any object shaped like a Session will do."""
    class Minimal:
        headers = {"Authorization": "Bearer duck"}
        verify = fault_certs.ca
    token_server.route("POST", HS, accepted("rid-1"))
    assert session_client(Minimal()).create_hosted_service(
        "svc1", "label", location="West US").request_id == "rid-1"
    assert token_server.seen()[0].headers["authorization"] == "Bearer duck"


# --- what cannot be honoured raises, naming it -------------------------------------------

class CountingAdapter(HTTPAdapter):
    pass


class OAuthLikeSession(requests.Session):
    def request(self, method, url, *args, **kwargs):   # adds a token per request
        return super().request(method, url, *args, **kwargs)


def _session(**attrs) -> requests.Session:
    s = bearer_session()
    for name, value in attrs.items():
        setattr(s, name, value)
    return s


def _hooked() -> requests.Session:
    s = bearer_session()
    s.hooks["response"].append(lambda r, *a, **k: r)
    return s


def _mounted(prefix: str, adapter) -> requests.Session:
    s = bearer_session()
    s.mount(prefix, adapter)
    return s


def _cookies() -> requests.Session:
    s = bearer_session()
    s.cookies.set("ARRAffinity", "abc")
    return s


@pytest.mark.parametrize("make,named", [
    (lambda: _session(auth=("user", "s3cret-pw")), r"request_session.auth \(tuple\)"),
    (_hooked, r"request_session.hooks\['response'\]"),
    (lambda: _mounted("https://", CountingAdapter()),
     r"CountingAdapter mounted for 'https://'"),
    (lambda: _mounted("https://management.core.windows.net", HTTPAdapter()),
     r"HTTPAdapter mounted for 'https://management.core.windows.net'"),
    (lambda: _mounted("https://", HTTPAdapter(max_retries=3)),
     r"adapter for 'https://' retries .*retry=RetryPolicy"),
    (_cookies, r"request_session.cookies holds 1 cookie"),
    (lambda: _session(params={"api-version": "1"}), r"request_session.params"),
    (lambda: _session(proxies={"https": "socks5://127.0.0.1:1080"}),
     r"proxies\['https'\] is a socks5:// proxy"),
    (lambda: _session(verify="/nonexistent/ca.pem"), r"neither a CA bundle file nor"),
    (lambda: _session(cert=("a.pem", "b.pem", "c.pem")), r"\(certificate, key\) pair"),
    (lambda: OAuthLikeSession(), r"OAuthLikeSession, which overrides request\(\)"),
])
def test_what_cannot_be_honoured_is_named(make, named):
    with pytest.raises(AzureConfigurationError, match=named) as info:
        ServiceManagementService(SUB, host="127.0.0.1:9", request_session=make())
    assert "s3cret-pw" not in str(info.value)


def test_credential_and_a_session_authorization_together_are_refused():
    with pytest.raises(AzureConfigurationError, match="both authenticate"):
        SchedulerManagementService(SUB, request_session=bearer_session(),
                                   credential=FakeCredential())


def test_cert_file_and_a_different_session_cert_are_refused(fault_certs, tmp_path):
    session = requests.Session()
    session.cert = str(tmp_path / "other.pem")
    with pytest.raises(AzureConfigurationError, match="name different certificates"):
        ServiceManagementService(SUB, fault_certs.client, request_session=session)


def test_the_same_certificate_twice_is_fine(fault_certs):
    session = requests.Session()
    session.cert = fault_certs.client
    with ServiceManagementService(SUB, fault_certs.client, request_session=session) as sms:
        assert sms.cert_file == fault_certs.client


def test_the_error_body_of_a_session_client_is_parsed(token_server, session_client,
                                                      fault_certs):
    token_server.script("GET", LOC, reply(404, doc("Error", "<Code>ResourceNotFound</Code>"
                                                            "<Message>gone</Message>")))
    session = bearer_session()
    session.verify = fault_certs.ca
    with pytest.raises(AzureMissingResourceHttpError, match="ResourceNotFound: gone"):
        session_client(session).list_locations()


def test_publish_settings_with_a_session_that_authenticates(tmp_path, token_server,
                                                            fault_certs):
    from asm_sdk_runtime.publishsettings import load_publish_settings
    from tests.test_publishsettings import v2_xml
    token_server.route("GET", "/sub-a/locations", reply(200, LOCATIONS))
    path = tmp_path / "p.publishsettings"
    path.write_text(v2_xml([("sub-a", "A", f"https://{token_server.host}", "bm8=")]))
    session = bearer_session()
    session.verify = fault_certs.ca
    with load_publish_settings(path, request_session=session) as settings:
        settings["sub-a"].client.list_locations()
    req = token_server.seen()[0]
    assert req.headers["authorization"] == "Bearer session-token-1" and not req.client_cert
