"""`credential=`: Azure AD bearer tokens, through the public API, against the fault server in
its Azure-like mode (a client certificate is asked for, not required).

A fake credential hands out numbered tokens (`tok-1`, `tok-2`, …) with chosen lifetimes;
the server shows which token each request carried.  What is asserted: the token is cached,
refreshed before it expires (azure-core's 300 s margin, the credential's `refresh_on`),
fetched once however many threads find it due, replaced and the request resent once after
a 401 Bearer challenge where the transport may resend (GET, idempotent PUT) and never for
a POST or a non-idempotent PUT.  Each of these runs over the sync client, the async one
(generated.aio) with an async credential (azure.identity.aio's protocol), and the async one
with a sync credential (asked in a worker thread); concurrency is tested with threads for
the sync client and with tasks for the async one.
"""

from __future__ import annotations

import json
import logging
import threading
import time
from base64 import urlsafe_b64encode

import pytest

from asm_sdk_runtime.credentials import SCOPE, StaticTokenCredential, jwt_expiry
from asm_sdk_runtime.publishsettings import load_publish_settings
from generated import (AzureConfigurationError, AzureConnectionError,
                       AzureUnauthorizedHttpError, RetryPolicy, ServiceManagementService)
from tests.aio_view import make as make_of_kind
from tests.faultserver import SUB, accepted, doc, locations_xml, reply

LOC = f"/{SUB}/locations"
HS = f"/{SUB}/services/hostedservices"
AG = f"/{SUB}/affinitygroups/ag1"
LOCATIONS = locations_xml("West US", "East Asia")


class FakeCredential:
    """get_token(*scopes) -> (tok-N, now + lifetime); `lifetimes` are used in turn (the
    last one repeats).  `fail` makes the next calls raise; `delay` slows each call down."""

    def __init__(self, *lifetimes: float, delay: float = 0.0, shape: str = "tuple") -> None:
        self.lifetimes = list(lifetimes) or [3600.0]
        self.delay = delay
        self.shape = shape
        self.calls: list[tuple[tuple, dict]] = []
        self.fail: Exception | None = None
        self._lock = threading.Lock()

    def get_token(self, *scopes, **kwargs):
        with self._lock:
            self.calls.append((scopes, kwargs))
            n = len(self.calls)
        if self.delay:
            time.sleep(self.delay)
        if self.fail is not None:
            raise self.fail
        lifetime = self.lifetimes[min(n, len(self.lifetimes)) - 1]
        expires_on = time.time() + lifetime
        if self.shape == "access_token":
            from azure.core.credentials import AccessToken
            return AccessToken(f"tok-{n}", int(expires_on))
        return (f"tok-{n}", expires_on)


class TokenInfoCredential(FakeCredential):
    """azure-core's newer protocol: get_token_info returns an AccessTokenInfo with refresh_on."""

    def __init__(self, refresh_in: float, **kw) -> None:
        super().__init__(3600.0, **kw)
        self.refresh_in = refresh_in

    def get_token_info(self, *scopes, options=None):
        from azure.core.credentials import AccessTokenInfo
        token, expires_on = self.get_token(*scopes)
        return AccessTokenInfo(token, int(expires_on), refresh_on=int(time.time() + self.refresh_in))


def bearer_401(message: str = "The access token has expired.") -> object:
    return reply(401, doc("Error", f"<Code>AuthenticationFailed</Code><Message>{message}</Message>"),
                 headers={"WWW-Authenticate": 'Bearer authorization_uri="https://login.example/t", '
                                              'error="invalid_token"'})


class AsyncCredential:
    """azure.identity.aio's protocol around a fake: `async def get_token` (and
    `get_token_info` when the fake has it); `inner` is the fake."""

    def __init__(self, inner) -> None:
        self.inner = inner
        if hasattr(inner, "get_token_info"):
            self.get_token_info = self._get_token_info

    async def get_token(self, *scopes, **kwargs):
        return self.inner.get_token(*scopes, **kwargs)

    async def _get_token_info(self, *scopes, **kwargs):
        return self.inner.get_token_info(*scopes, **kwargs)


def inner(credential):
    return getattr(credential, "inner", credential)


def tokens_seen(server, method: str | None = None) -> list[str]:
    return [r.headers.get("authorization", "") for r in server.seen(method)]


@pytest.fixture(params=["sync", "aio", "aio-sync-credential"])
def token_client(request, token_server, fault_certs):
    """token_client(credential, **kw): a token client of the fault server; the async one
    (behind tests.aio_view) gets the credential as azure.identity.aio's kind, or as it is."""
    made = []

    def make(credential, **kw):
        opts = dict(host=token_server.host, ca_file=fault_certs.ca, timeout=2,
                    retry=RetryPolicy(max_attempts=3, backoff=0.01, deadline=5))
        opts.update(kw)
        if request.param == "aio":
            credential = AsyncCredential(credential)
        client = make_of_kind(request.param.split("-")[0], ServiceManagementService, SUB,
                              credential=credential, **opts)
        made.append(client)
        return client
    yield make
    for c in made:
        c.close()


@pytest.fixture
def sync_token_client(token_server, fault_certs):
    """token_client for the sync client only (tests that call it from several threads)."""
    made = []

    def make(credential, **kw):
        opts = dict(host=token_server.host, ca_file=fault_certs.ca, timeout=2,
                    retry=RetryPolicy(max_attempts=3, backoff=0.01, deadline=5))
        opts.update(kw)
        client = ServiceManagementService(SUB, credential=credential, **opts)
        made.append(client)
        return client
    yield make
    for c in made:
        c.close()


def names(locations) -> list[str]:
    return [loc.name for loc in locations]


# --- the token is sent, cached and refreshed ---------------------------------------------

@pytest.mark.parametrize("shape", ["tuple", "access_token"])
def test_a_bearer_token_is_sent_without_a_client_certificate_and_cached(
        token_server, token_client, shape):
    token_server.route("GET", LOC, reply(200, LOCATIONS))
    cred = FakeCredential(3600, shape=shape)
    sms = token_client(cred)
    for _ in range(3):
        assert names(sms.list_locations()) == ["West US", "East Asia"]
    assert cred.calls == [((SCOPE,), {})]
    assert SCOPE == "https://management.core.windows.net/.default"
    assert tokens_seen(token_server) == ["Bearer tok-1"] * 3
    assert not any(r.client_cert for r in token_server.seen())
    assert sms.cert_file is None and inner(sms.credential) is cred


def test_a_token_is_replaced_when_due_before_it_expires(token_server, token_client):
    token_server.route("GET", LOC, reply(200, LOCATIONS))
    cred = FakeCredential(2.0, 3600)     # a short-lived token is due at half its lifetime
    sms = token_client(cred)
    sms.list_locations()
    sms.list_locations()
    time.sleep(1.05)                     # due, still valid for another ~0.9 s
    sms.list_locations()
    sms.list_locations()
    assert tokens_seen(token_server) == ["Bearer tok-1"] * 2 + ["Bearer tok-2"] * 2
    assert len(cred.calls) == 2


@pytest.mark.parametrize("lifetime,refresh_on,use_until,refresh_until", [
    (3600, None, 3300, 3600),            # azure-core's offset: 300 s before expiry
    (86400, None, 86100, 86400),         # a managed identity's 24 h token
    (3600, 1800, 1800, 3600),            # the credential's refresh_on, when earlier
    (3600, 3500, 3300, 3600),            # ... and the offset when that is earlier
    (60, None, 30, 60),                  # shorter than twice the offset: half its lifetime
])
def test_when_a_token_is_due(lifetime, refresh_on, use_until, refresh_until):
    """The rule itself (TokenState is the I/O-free part the sync and async clients share)."""
    from azure.core.credentials import AccessTokenInfo

    from asm_sdk_runtime.credentials import REFRESH, REQUIRED, USE, TokenState
    t0 = 1_700_000_000
    state = TokenState()
    assert state.plan(t0) == REQUIRED
    state.store(AccessTokenInfo("t", t0 + lifetime, refresh_on=refresh_on and t0 + refresh_on),
                t0)
    assert state.plan(t0 + use_until - 1) == USE
    assert state.plan(t0 + use_until + 1) == REFRESH
    assert state.plan(t0 + refresh_until - 1) == REFRESH
    assert state.plan(t0 + refresh_until) == REQUIRED
    state.refresh_failed(t0 + use_until + 1)             # a failed refresh: 30 s of rest
    assert state.plan(t0 + use_until + 20) == (USE if use_until + 20 < refresh_until
                                               else REQUIRED)
    state.rejected("other")                              # another token's refusal: kept
    assert state.token == "t"
    state.rejected("t")
    assert state.plan(t0) == REQUIRED and "t" not in repr(state).replace("TokenState", "")


def test_refresh_on_from_get_token_info_is_honoured(token_server, token_client):
    token_server.route("GET", LOC, reply(200, LOCATIONS))
    cred = TokenInfoCredential(refresh_in=-1)    # valid an hour, but due for refresh now
    sms = token_client(cred)
    sms.list_locations()
    sms.list_locations()
    assert tokens_seen(token_server) == ["Bearer tok-1", "Bearer tok-2"]
    cred.refresh_in = 1800
    sms.list_locations()
    sms.list_locations()
    assert tokens_seen(token_server)[2:] == ["Bearer tok-3", "Bearer tok-3"]


def test_a_failed_refresh_keeps_the_valid_token_and_is_not_retried_on_every_call(
        token_server, token_client, caplog):
    token_server.route("GET", LOC, reply(200, LOCATIONS))
    cred = FakeCredential(2.0)
    sms = token_client(cred)
    sms.list_locations()
    time.sleep(1.05)                     # due for a refresh, valid for another ~0.9 s
    cred.fail = RuntimeError("identity endpoint unreachable")
    with caplog.at_level(logging.WARNING, logger="asm_sdk_runtime"):
        sms.list_locations()
        sms.list_locations()
    assert tokens_seen(token_server) == ["Bearer tok-1"] * 3
    assert len(cred.calls) == 2          # one failed refresh, then a pause before the next
    assert "refreshing the access token failed (RuntimeError)" in caplog.text


def test_an_expired_token_that_cannot_be_refreshed_raises_the_credentials_error(
        token_server, token_client):
    token_server.route("GET", LOC, reply(200, LOCATIONS))
    cred = FakeCredential(0.5)
    sms = token_client(cred)
    sms.list_locations()
    time.sleep(0.6)
    cred.fail = RuntimeError("identity endpoint unreachable")
    with pytest.raises(RuntimeError, match="unreachable"):
        sms.list_locations()
    assert token_server.count("GET", LOC) == 1   # nothing sent without a valid token


def test_eight_threads_at_expiry_make_one_get_token_call(token_server, sync_token_client):
    token_server.route("GET", LOC, reply(200, LOCATIONS))
    cred = FakeCredential(1.0, 1.0, delay=0.2)   # the new one is short-lived as well
    sms = sync_token_client(cred, max_connections=8)
    sms.list_locations()
    time.sleep(1.1)                       # tok-1 has expired: every thread must wait
    barrier = threading.Barrier(8)
    errors: list[BaseException] = []

    def call():
        try:
            barrier.wait()
            sms.list_locations()
        except BaseException as exc:   # reported below
            errors.append(exc)
    threads = [threading.Thread(target=call) for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(10)
    assert not errors
    assert len(cred.calls) == 2          # the first token, then exactly one refresh
    assert tokens_seen(token_server) == ["Bearer tok-1"] + ["Bearer tok-2"] * 8


def test_eight_threads_when_due_refresh_once_without_waiting(token_server, sync_token_client):
    token_server.route("GET", LOC, reply(200, LOCATIONS))
    cred = FakeCredential(2.0, 3600, delay=0.3)
    sms = sync_token_client(cred, max_connections=8)
    sms.list_locations()
    time.sleep(1.05)                     # due, still valid: one thread refreshes
    barrier = threading.Barrier(8)
    threads = [threading.Thread(target=lambda: (barrier.wait(), sms.list_locations()))
               for _ in range(8)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(10)
    assert len(cred.calls) == 2
    seen = tokens_seen(token_server)
    assert len(seen) == 9 and set(seen) == {"Bearer tok-1", "Bearer tok-2"}
    # the seven that did not refresh went on with the still-valid token meanwhile
    assert seen.count("Bearer tok-1") >= 2


@pytest.mark.parametrize("kind", ["async credential", "sync credential"])
def test_eight_tasks_at_expiry_make_one_get_token_call(token_server, fault_certs, kind):
    import asyncio

    import generated.aio

    token_server.route("GET", LOC, reply(200, LOCATIONS))
    cred = FakeCredential(1.0, 1.0, delay=0.2)   # the new one is short-lived as well

    async def scenario():
        async with generated.aio.ServiceManagementService(
                SUB, host=token_server.host, ca_file=fault_certs.ca, max_connections=8,
                credential=AsyncCredential(cred) if kind == "async credential" else cred) as sms:
            await sms.list_locations()
            await asyncio.sleep(1.1)      # tok-1 has expired: every task must wait
            return await asyncio.gather(*(sms.list_locations() for _ in range(8)))
    assert [names(r) for r in asyncio.run(scenario())] == [["West US", "East Asia"]] * 8
    assert len(cred.calls) == 2          # the first token, then exactly one refresh
    assert tokens_seen(token_server) == ["Bearer tok-1"] + ["Bearer tok-2"] * 8


def test_eight_tasks_when_due_refresh_once_without_waiting(token_server, fault_certs):
    import asyncio

    import generated.aio

    token_server.route("GET", LOC, reply(200, LOCATIONS))

    class SlowAsync(AsyncCredential):
        async def get_token(self, *scopes, **kwargs):
            await asyncio.sleep(0.3)      # a fetch that yields to the loop meanwhile
            return await super().get_token(*scopes, **kwargs)

    async def scenario():
        async with generated.aio.ServiceManagementService(
                SUB, host=token_server.host, ca_file=fault_certs.ca, max_connections=8,
                credential=SlowAsync(FakeCredential(2.0, 3600))) as sms:
            await sms.list_locations()
            await asyncio.sleep(1.05)     # due, still valid: one task refreshes
            await asyncio.gather(*(sms.list_locations() for _ in range(8)))
            return sms.credential.inner
    cred = asyncio.run(scenario())
    assert len(cred.calls) == 2
    seen = tokens_seen(token_server)
    assert len(seen) == 9 and set(seen) == {"Bearer tok-1", "Bearer tok-2"}
    # the seven that did not refresh went on with the still-valid token meanwhile
    assert seen.count("Bearer tok-1") >= 8


# --- 401 with a Bearer challenge -----------------------------------------------------------

def test_a_refused_token_on_get_is_replaced_and_the_get_sent_once_more(token_server,
                                                                       token_client):
    token_server.script("GET", LOC, bearer_401(), reply(200, LOCATIONS))
    cred = FakeCredential(3600)
    assert names(token_client(cred).list_locations()) == ["West US", "East Asia"]
    assert tokens_seen(token_server) == ["Bearer tok-1", "Bearer tok-2"]
    assert len(cred.calls) == 2


def test_a_refused_token_on_an_idempotent_put_is_replaced_and_resent_once(token_server,
                                                                          token_client):
    token_server.script("PUT", AG, bearer_401(), reply(200))
    cred = FakeCredential(3600)
    assert token_client(cred).update_affinity_group("ag1", "label") is None
    puts = token_server.seen("PUT")
    assert [r.headers["authorization"] for r in puts] == ["Bearer tok-1", "Bearer tok-2"]
    assert puts[0].body == puts[1].body and b"<UpdateAffinityGroup" in puts[0].body


def test_a_refused_token_on_post_is_never_resent(token_server, token_client):
    token_server.script("POST", HS, bearer_401(), accepted("rid-2"))
    cred = FakeCredential(3600)
    sms = token_client(cred)
    with pytest.raises(AzureUnauthorizedHttpError) as info:
        sms.create_hosted_service("svc1", "label", location="West US")
    err = info.value
    assert (err.status, err.code) == (401, "AuthenticationFailed")
    assert "the POST was not sent again (a POST is never repeated)" in str(err)
    assert sms.last_request_id == err.request_id is not None   # an answer, if an error
    assert token_server.count("POST", HS) == 1
    # the refused token is forgotten: the next call asks for a new one
    assert sms.create_hosted_service("svc1", "label", location="West US").request_id == "rid-2"
    assert tokens_seen(token_server, "POST") == ["Bearer tok-1", "Bearer tok-2"]


def test_a_refused_token_on_a_put_that_is_not_idempotent_is_not_resent(token_server,
                                                                       token_client):
    token_server.script("PUT", f"{HS}/svc1", bearer_401())
    with pytest.raises(AzureUnauthorizedHttpError, match="this PUT was not sent again \\(it is "
                                                         "not idempotent\\)"):
        token_client(FakeCredential(3600)).update_hosted_service("svc1", label="new")
    assert token_server.count("PUT", f"{HS}/svc1") == 1


def test_with_retries_off_a_refused_get_is_not_resent(token_server, token_client):
    token_server.script("GET", LOC, bearer_401(), reply(200, LOCATIONS))
    with pytest.raises(AzureUnauthorizedHttpError, match="retries are off"):
        token_client(FakeCredential(3600), retry=None).list_locations()
    assert token_server.count("GET", LOC) == 1


def test_a_second_refusal_is_raised_after_one_resend(token_server, token_client):
    token_server.script("GET", LOC, bearer_401(), bearer_401("Audience mismatch."))
    token_server.route("GET", LOC, reply(200, LOCATIONS))
    cred = FakeCredential(3600)
    sms = token_client(cred)
    with pytest.raises(AzureUnauthorizedHttpError, match="Audience mismatch"):
        sms.list_locations()
    assert token_server.count("GET", LOC) == 2
    sms.list_locations()                  # the twice-refused token was dropped as well
    assert tokens_seen(token_server) == ["Bearer tok-1", "Bearer tok-2", "Bearer tok-3"]


def test_a_401_without_a_bearer_challenge_is_an_ordinary_error(token_server, token_client):
    token_server.script("GET", LOC, reply(401, doc("Error", "<Code>AuthenticationFailed</Code>"
                                                            "<Message>No.</Message>")))
    cred = FakeCredential(3600)
    with pytest.raises(AzureUnauthorizedHttpError) as info:
        token_client(cred).list_locations()
    assert "not sent again" not in str(info.value)
    assert token_server.count("GET", LOC) == 1 and len(cred.calls) == 1


# --- configuration -----------------------------------------------------------------------

def test_neither_certificate_nor_credential_names_both_ways(monkeypatch):
    monkeypatch.delenv("AZURE_MANAGEMENT_CERTFILE", raising=False)
    with pytest.raises(AzureConfigurationError) as info:
        ServiceManagementService(SUB)
    text = str(info.value)
    for part in ("cert_file=", "AZURE_MANAGEMENT_CERTFILE", "credential=",
                 "DefaultAzureCredential", "request_session="):
        assert part in text


def test_a_credential_wins_over_the_certificate_variable(monkeypatch, token_server,
                                                         token_client):
    monkeypatch.setenv("AZURE_MANAGEMENT_CERTFILE", "/nonexistent/cert.pem")
    token_server.route("GET", LOC, reply(200, LOCATIONS))
    sms = token_client(FakeCredential())
    assert sms.cert_file is None and names(sms.list_locations())


def test_certificate_and_credential_together_are_refused(fault_certs):
    with pytest.raises(AzureConfigurationError, match="or credential=, not both"):
        ServiceManagementService(SUB, fault_certs.client, credential=FakeCredential())


def test_an_object_without_get_token_is_refused():
    with pytest.raises(AzureConfigurationError, match="get_token.*got str"):
        ServiceManagementService(SUB, credential="eyJ0eXAi.not.a-credential")


@pytest.mark.parametrize("result,kind", [(None, "NoneType"), (("tok", "soon"), "str"),
                                         ({"access_token": "x"}, "dict")])
def test_a_credential_returning_something_else_is_a_clear_error(token_server, token_client,
                                                                result, kind):
    class Odd:
        def get_token(self, *scopes, **kwargs):
            return result
    with pytest.raises(AzureConfigurationError, match=kind):
        token_client(Odd()).list_locations()
    assert token_server.total == 0


def test_the_server_certificate_is_verified_with_a_credential(token_server, monkeypatch):
    token_server.route("GET", LOC, reply(200, LOCATIONS))
    monkeypatch.delenv("SSL_CERT_DIR", raising=False)
    monkeypatch.delenv("SSL_CERT_FILE", raising=False)
    sms = ServiceManagementService(SUB, host=token_server.host, credential=FakeCredential(),
                                   retry=None)
    with pytest.raises(AzureConnectionError, match="TLS failure.*CERTIFICATE_VERIFY_FAILED"):
        sms.list_locations()
    sms.close()
    assert token_server.total == 0


def test_ssl_cert_file_is_read_for_the_server_ca(token_server, fault_certs, monkeypatch):
    """Without ca_file=, OpenSSL's standard SSL_CERT_FILE names the CAs (as for certificate
    clients)."""
    token_server.route("GET", LOC, reply(200, LOCATIONS))
    monkeypatch.setenv("SSL_CERT_FILE", fault_certs.ca)
    with ServiceManagementService(SUB, host=token_server.host,
                                  credential=FakeCredential()) as sms:
        assert names(sms.list_locations())


def test_publish_settings_clients_take_a_credential_instead_of_the_file_certificate(
        tmp_path, token_server, fault_certs):
    from tests.test_publishsettings import v2_xml
    token_server.route("GET", "/sub-a/locations", reply(200, LOCATIONS))
    path = tmp_path / "p.publishsettings"
    path.write_text(v2_xml([("sub-a", "A", f"https://{token_server.host}",
                             "bm90IGEgY2VydGlmaWNhdGU=")]))   # a broken certificate: unused
    cred = FakeCredential()
    with load_publish_settings(path, credential=cred, ca_file=fault_certs.ca) as settings:
        client = settings["sub-a"].client
        assert client.cert_file is None and client.credential is cred
        client.list_locations()
    assert token_server.seen()[0].headers["authorization"] == "Bearer tok-1"


def test_publish_settings_give_async_clients_with_an_async_credential(
        tmp_path, token_server, fault_certs):
    import asyncio

    import generated.aio
    from tests.test_publishsettings import v2_xml
    token_server.route("GET", "/sub-a/locations", reply(200, LOCATIONS))
    path = tmp_path / "p.publishsettings"
    path.write_text(v2_xml([("sub-a", "A", f"https://{token_server.host}",
                             "bm90IGEgY2VydGlmaWNhdGU=")]))
    cred = FakeCredential()

    async def scenario():
        async with load_publish_settings(
                path, generated.aio.ServiceManagementService, credential=AsyncCredential(cred),
                ca_file=fault_certs.ca) as settings:
            client = settings["sub-a"].client
            assert isinstance(client, generated.aio.ServiceManagementService)
            return names(await client.list_locations()), settings
    found, settings = asyncio.run(scenario())
    assert found == ["West US", "East Asia"] and len(cred.calls) == 1
    assert token_server.seen()[0].headers["authorization"] == "Bearer tok-1"
    with pytest.raises(TypeError, match="aclose"):
        settings.close()


# --- StaticTokenCredential ---------------------------------------------------------------

def jwt(exp: float, **claims) -> str:
    def part(obj):
        return urlsafe_b64encode(json.dumps(obj).encode()).rstrip(b"=").decode()
    return ".".join([part({"typ": "JWT", "alg": "RS256"}),
                     part({"aud": "https://management.core.windows.net/", "exp": int(exp),
                           **claims}), "c2lnbmF0dXJl"])


def test_static_token_credential_reads_the_expiry_of_a_jwt(token_server, token_client):
    token_server.route("GET", LOC, reply(200, LOCATIONS))
    token = jwt(time.time() + 3600)
    cred = StaticTokenCredential("Bearer " + token)
    assert cred.expires_on == jwt_expiry(token) and cred.get_token(SCOPE).token == token
    token_client(cred).list_locations()
    assert tokens_seen(token_server) == [f"Bearer {token}"]
    assert token not in repr(cred) and token not in repr(cred.get_token(SCOPE))


def test_an_expired_static_token_is_a_clear_error_before_anything_is_sent(token_server,
                                                                          token_client):
    cred = StaticTokenCredential(jwt(time.time() - 600))
    with pytest.raises(AzureConfigurationError,
                       match=r"access token expired at .* UTC \(10 min ago\).*get a new one"):
        token_client(cred).list_locations()
    assert token_server.total == 0


def test_an_opaque_static_token_is_sent_as_given(token_server, token_client):
    token_server.route("GET", LOC, reply(200, LOCATIONS))
    cred = StaticTokenCredential("opaque-token-value")
    assert cred.expires_on is None
    token_client(cred).list_locations()
    assert tokens_seen(token_server) == ["Bearer opaque-token-value"]


def test_static_token_credential_refuses_an_empty_token():
    with pytest.raises(AzureConfigurationError, match="non-empty token"):
        StaticTokenCredential("  ")
