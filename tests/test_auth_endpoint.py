"""Azure AD end to end: the SDK's `credential=` and `request_session=` against the local
endpoint, whose Azure AD stand-in issues real tokens to azure-identity's
`ClientSecretCredential` (the `asm_credential` fixture) and whose management API checks
them as Azure does (emulator/identity.py; tests/test_emulator_auth.py tests the endpoint
itself).  `asm_emulator.app.token_requests` counts the tokens the issuer handed out.
"""

from __future__ import annotations

import logging
import re
import threading
import time
import uuid

import pytest

from asm_sdk_runtime.credentials import SCOPE, StaticTokenCredential
from generated import (AzureConfigurationError, AzureForbiddenHttpError,
                       AzureUnauthorizedHttpError, SchedulerManagementService,
                       ServiceBusManagementService, ServiceManagementService,
                       SqlDatabaseManagementService, WebsiteManagementService)
from tests.test_cli import asm, ok
from tests.test_emulator_auth import _bad_tokens, credential_for


@pytest.fixture
def cfg(asm_emulator) -> dict:
    return asm_emulator.config


@pytest.fixture
def clients(cfg):
    made = []

    def make(cls=ServiceManagementService, **kw):
        client = cls(cfg["subscription_id"], host=cfg["host"], ca_file=cfg["ca_file"], **kw)
        made.append(client)
        return client
    yield make
    for c in made:
        c.close()


@pytest.fixture(scope="module")
def bad_tokens(asm_emulator) -> dict:
    return _bad_tokens(asm_emulator.config, asm_emulator.app.identity)


def bearer_requests(asm_emulator) -> int:
    return asm_emulator.app.identity.schemes["Bearer"]


class Scripted:
    """Hands out the given tokens in turn, then asks `then` (a real credential)."""

    def __init__(self, *tokens: str, then=None) -> None:
        self.tokens = list(tokens)
        self.then = then
        self.calls = 0

    def get_token(self, *scopes, **kwargs):
        self.calls += 1
        if self.tokens:
            return self.tokens.pop(0), int(time.time()) + 3600
        if self.then is None:
            raise AssertionError("no token left")
        return self.then.get_token(*scopes, **kwargs)


# --- a real credential -----------------------------------------------------------------------

def test_client_secret_credential_end_to_end(asm_emulator, asm_credential, clients):
    sms = clients(credential=asm_credential)
    before = bearer_requests(asm_emulator)
    name = f"tok{uuid.uuid4().hex[:10]}"
    assert "West US" in [loc.name for loc in sms.list_locations()]
    sms.create_hosted_service(name, "made with a token", location="West US")
    assert sms.get_hosted_service_properties(name).service_name == name
    result = sms.create_storage_account(name, "d", name, location="West US")
    assert sms.wait_for_operation_status(result.request_id, timeout=30,
                                         sleep_interval=0.05).status == "Succeeded"
    sms.delete_storage_account(name)
    sms.delete_hosted_service(name)
    assert asm_emulator.app.last_auth_scheme == "Bearer"
    assert bearer_requests(asm_emulator) - before >= 7
    assert sms.cert_file is None


@pytest.mark.parametrize("cls,call", [
    (ServiceBusManagementService, lambda c: c.list_namespaces()),
    (SqlDatabaseManagementService, lambda c: c.list_servers()),
    (WebsiteManagementService, lambda c: c.list_webspaces()),
    (SchedulerManagementService, lambda c: c.list_cloud_services()),
])
def test_every_client_takes_the_credential(asm_emulator, asm_credential, clients, cls, call):
    before = bearer_requests(asm_emulator)
    call(clients(cls, credential=asm_credential))
    assert bearer_requests(asm_emulator) == before + 1


def test_eight_threads_ask_the_issuer_for_one_token_at_start_and_at_expiry(
        asm_emulator, cfg, clients):
    with asm_emulator.options(token_lifetime=3):
        with credential_for(cfg) as credential:   # its own cache: nothing obtained yet
            sms = clients(credential=credential, max_connections=8)

            def eight_calls() -> int:
                before = asm_emulator.app.token_requests
                barrier = threading.Barrier(8)
                errors: list[BaseException] = []

                def call():
                    try:
                        barrier.wait()
                        sms.list_locations()
                    except BaseException as exc:    # reported below
                        errors.append(exc)
                threads = [threading.Thread(target=call) for _ in range(8)]
                for t in threads:
                    t.start()
                for t in threads:
                    t.join(30)
                assert not errors, errors
                return asm_emulator.app.token_requests - before

            assert eight_calls() == 1           # no token yet: one is fetched for all
            time.sleep(3.1)                     # expired
            assert eight_calls() == 1           # one refresh for all


def test_a_refused_token_is_refreshed_once_and_the_call_succeeds(asm_emulator, asm_credential,
                                                                 clients, bad_tokens):
    cred = Scripted(bad_tokens["expired"][0], then=asm_credential)
    assert clients(credential=cred).list_locations()
    assert cred.calls == 2 and asm_emulator.app.last_auth_scheme == "Bearer"


@pytest.mark.parametrize("kind", ["expired", "tampered", "garbage", "other audience",
                                  "other tenant"])
def test_a_bad_token_is_refused_after_one_resend(asm_emulator, clients, bad_tokens, kind):
    token, message = bad_tokens[kind]
    cred = Scripted(token, token)
    with pytest.raises(AzureUnauthorizedHttpError) as info:
        clients(credential=cred).list_locations()
    err = info.value
    assert (err.status, err.code) == (401, "AuthenticationFailed")
    assert err.message.startswith(message) and err.request_id
    assert cred.calls == 2                  # the first refusal: one new token, one resend


def test_a_bad_token_on_post_is_not_resent(asm_emulator, clients, bad_tokens):
    cred = Scripted(bad_tokens["tampered"][0])
    sms = clients(credential=cred)
    with pytest.raises(AzureUnauthorizedHttpError, match="the POST was not sent again"):
        sms.create_hosted_service(f"tok{uuid.uuid4().hex[:10]}", "x", location="West US")
    assert cred.calls == 1


def test_an_expired_static_token_is_refused_before_sending(asm_emulator, clients, bad_tokens):
    before = asm_emulator.app.identity.schemes.copy()
    with pytest.raises(AzureConfigurationError, match="access token expired"):
        clients(credential=StaticTokenCredential(bad_tokens["expired"][0])).list_locations()
    assert asm_emulator.app.identity.schemes == before


def test_no_certificate_and_no_token_is_a_configuration_error_not_a_403(cfg, monkeypatch):
    monkeypatch.delenv("AZURE_MANAGEMENT_CERTFILE", raising=False)
    with pytest.raises(AzureConfigurationError, match="no credentials"):
        ServiceManagementService(cfg["subscription_id"], host=cfg["host"],
                                 ca_file=cfg["ca_file"])


# --- request_session ---------------------------------------------------------------------------

def test_request_session_with_a_bearer_header(asm_emulator, asm_credential, clients):
    import requests
    session = requests.Session()
    session.headers["Authorization"] = f"Bearer {asm_credential.get_token(SCOPE).token}"
    session.verify = asm_emulator.config["ca_file"]
    assert clients(request_session=session).list_locations()
    assert asm_emulator.app.last_auth_scheme == "Bearer"


def test_request_session_with_a_cert_and_key_pair(asm_emulator, cfg, tmp_path):
    import requests

    from tests.test_request_session import split_pem
    session = requests.Session()
    session.cert = split_pem(cfg["cert_file"], tmp_path)
    session.verify = cfg["ca_file"]
    with ServiceManagementService(cfg["subscription_id"], None, cfg["host"], session) as sms:
        assert sms.list_locations()
    assert asm_emulator.app.last_auth_scheme == "Certificate"


def test_request_session_with_an_unregistered_certificate_is_forbidden(asm_emulator, cfg,
                                                                       tmp_path):
    import requests

    from tests.test_emulator_auth import issued_by_the_endpoint_ca
    session = requests.Session()
    session.cert = str(issued_by_the_endpoint_ca(asm_emulator.state_dir, tmp_path / "u.pem"))
    session.verify = cfg["ca_file"]
    with ServiceManagementService(cfg["subscription_id"], host=cfg["host"],
                                  request_session=session) as sms:
        with pytest.raises(AzureForbiddenHttpError) as info:
            sms.list_locations()
    assert info.value.code == "ForbiddenError"


# --- the command line ----------------------------------------------------------------------------

def test_cli_with_the_config_service_principal(asm_emulator, asm_credential):
    config = asm_emulator.state_dir / "emulator.json"
    before = bearer_requests(asm_emulator)
    out = ok(asm("hosted-services", "list-locations", "--auth", "token", "-o", "table",
                 "--columns", "name", config=config))
    assert "West US" in out
    assert bearer_requests(asm_emulator) == before + 1


def test_cli_with_an_access_token(asm_emulator, asm_credential):
    config = asm_emulator.state_dir / "emulator.json"
    token = asm_credential.get_token(SCOPE).token
    proc = asm("hosted-services", "list-locations", "--debug", config=config,
               env={"ASM_ACCESS_TOKEN": token, "ASM_AUTH": "token"})
    assert proc.returncode == 0, proc.stderr
    assert asm_emulator.app.last_auth_scheme == "Bearer"
    assert token not in proc.stderr and token.split(".")[1] not in proc.stderr


# --- secrets ---------------------------------------------------------------------------------------

def test_no_token_or_secret_in_debug_logs(asm_emulator, cfg, clients, bad_tokens, caplog):
    caplog.set_level(logging.DEBUG)          # every logger: ours, azure.identity, msal, urllib3
    with asm_emulator.options(token_lifetime=2), credential_for(cfg) as credential:
        sms = clients(credential=credential)
        sms.list_locations()
        time.sleep(1.1)                      # due: refreshed on the next call
        sms.list_locations()
        issued = [credential.get_token(SCOPE).token]
        refused = Scripted(bad_tokens["tampered"][0], then=credential)
        clients(credential=refused).list_locations()
    text = caplog.text
    assert "asm_sdk_runtime" in text and "/locations" in text   # it did log
    assert cfg["client_secret"] not in text
    for token in issued + [bad_tokens["tampered"][0]]:
        assert token not in text and token.split(".")[1] not in text
    assert not re.search(r"eyJ[\w-]{8,}\.eyJ[\w-]{8,}\.", text)
