"""`asm --auth cert|token`: the command line with an access token.

The flow tests run the installed `asm` in a subprocess against the fault server in its
Azure-like mode (client certificate optional); the choice of credential is tested in
process through `make_client`.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
import types

import pytest

from asm_sdk_runtime import cli as rt
from asm_sdk_runtime.credentials import StaticTokenCredential
from generated import AzureConfigurationError, ServiceManagementService
from tests.faultserver import SUB, locations_xml, reply
from tests.test_cli import asm, ok
from tests.test_credentials import jwt

LOC = f"/{SUB}/locations"


@pytest.fixture
def target(token_server, fault_certs) -> list[str]:
    token_server.route("GET", LOC, reply(200, locations_xml("West US", "East Asia")))
    return ["--subscription-id", SUB, "--host", token_server.host, "--ca-file", fault_certs.ca]


def test_access_token_flag(token_server, target):
    token = jwt(time.time() + 3600)
    out = ok(asm("hosted-services", "list-locations", "--access-token", token, *target,
                 "-o", "table", "--columns", "name"))
    assert out.split() == ["NAME", "West", "US", "East", "Asia"]
    req = token_server.seen()[0]
    assert req.headers["authorization"] == f"Bearer {token}" and not req.client_cert


def test_access_token_variable_with_auth_token(token_server, target):
    token = jwt(time.time() + 3600)
    data = json.loads(ok(asm("hosted-services", "list-locations", "--auth", "token", *target,
                             env={"ASM_ACCESS_TOKEN": token})))
    assert [loc["name"] for loc in data] == ["West US", "East Asia"]
    ok(asm("hosted-services", "list-locations", *target,
           env={"ASM_ACCESS_TOKEN": token, "ASM_AUTH": "token"}))
    assert [r.headers["authorization"] for r in token_server.seen()] == [f"Bearer {token}"] * 2


def test_an_expired_token_is_a_usage_error_and_nothing_is_sent(token_server, target):
    proc = asm("hosted-services", "list-locations", *target,
               "--access-token", jwt(time.time() - 7200))
    assert proc.returncode == 2 and proc.stdout == ""
    assert "access token expired at" in proc.stderr and "get a new one" in proc.stderr
    assert token_server.total == 0


def test_the_token_is_not_in_debug_output(token_server, target):
    token = jwt(time.time() + 3600)
    proc = asm("hosted-services", "list-locations", "--debug", *target,
               env={"ASM_ACCESS_TOKEN": token, "ASM_AUTH": "token"})
    assert proc.returncode == 0, proc.stderr
    assert "asm_sdk_runtime" in proc.stderr and "/locations" in proc.stderr   # it did log
    assert token not in proc.stderr and token.split(".")[1] not in proc.stderr


def test_auth_cert_with_an_access_token_is_refused(target):
    proc = asm("hosted-services", "list-locations", "--auth", "cert", "--access-token", "x",
               *target)
    assert proc.returncode == 2 and "--access-token goes with --auth token" in proc.stderr


def test_without_auth_a_certificate_is_still_required(target):
    proc = asm("hosted-services", "list-locations", *target)
    assert proc.returncode == 2
    assert proc.stderr == f"asm: error: {rt.NO_CERTIFICATE}\n"
    assert "--cert-file" in proc.stderr and "--auth token" in proc.stderr
    assert "cert_file=" not in proc.stderr and "credential=" not in proc.stderr


# --- which credential --auth token picks (in process) --------------------------------------

def namespace(**values) -> argparse.Namespace:
    return argparse.Namespace(subscription_id=SUB, host="127.0.0.1:9", **values)


@pytest.fixture
def clean_env(monkeypatch):
    for name in ("ASM_ACCESS_TOKEN", "ASM_AUTH", "ASM_CONFIG", "AZURE_MANAGEMENT_CERTFILE"):
        monkeypatch.delenv(name, raising=False)


def test_default_azure_credential_when_no_token_is_given(clean_env):
    with rt.make_client(ServiceManagementService, namespace(auth="token")) as client:
        assert type(client.credential.credential).__name__ == "DefaultAzureCredential"
        assert client.cert_file is None


def test_without_azure_identity_the_error_says_what_to_do(clean_env, monkeypatch):
    monkeypatch.setitem(sys.modules, "azure.identity", None)     # import fails
    with pytest.raises(AzureConfigurationError,
                       match="--access-token or \\$ASM_ACCESS_TOKEN, or azure-identity"):
        rt.make_client(ServiceManagementService, namespace(auth="token"))


def test_the_config_service_principal_is_a_client_secret_credential(clean_env, tmp_path,
                                                                    monkeypatch):
    made = {}

    class ClientSecretCredential:
        def __init__(self, *args, **kwargs):
            made.update(args=args, kwargs=kwargs)

        def get_token(self, *scopes, **kwargs):
            raise RuntimeError("AADSTS7000215: Invalid client secret provided.\nTrace ID: x")

    monkeypatch.setitem(sys.modules, "azure.identity",
                        types.SimpleNamespace(ClientSecretCredential=ClientSecretCredential))
    config = tmp_path / "endpoint.json"
    config.write_text(json.dumps({"host": "127.0.0.1:9", "subscription_id": SUB,
                                  "ca_file": None, "tenant_id": "t-1", "client_id": "c-1",
                                  "client_secret": "s3cret", "authority": "127.0.0.1:9"}))
    ns = argparse.Namespace(auth="token", config=str(config))
    with rt.make_client(ServiceManagementService, ns) as client:
        assert made == {"args": ("t-1", "c-1", "s3cret"),
                        "kwargs": {"authority": "127.0.0.1:9",
                                   "disable_instance_discovery": True}}
        # a failing credential is one configuration error line, not a traceback
        with pytest.raises(AzureConfigurationError,
                           match="cannot get an access token from ClientSecretCredential: "
                                 "RuntimeError: AADSTS7000215: Invalid client secret "
                                 "provided.$"):
            client.credential.get_token("scope")


def test_publish_settings_with_a_token(clean_env, tmp_path):
    from tests.test_publishsettings import pfx_b64, v2_xml
    path = tmp_path / "p.publishsettings"
    path.write_text(v2_xml([(SUB, "A", "https://127.0.0.1:9", pfx_b64())]))
    ns = argparse.Namespace(auth="token", access_token="opaque", publish_settings=str(path))
    with rt.make_client(ServiceManagementService, ns) as client:
        assert isinstance(client.credential, StaticTokenCredential)
        assert client.cert_file is None and client.host == "127.0.0.1:9"


def test_asm_auth_must_be_cert_or_token(clean_env, monkeypatch):
    monkeypatch.setenv("ASM_AUTH", "oauth")
    with pytest.raises(AzureConfigurationError, match="ASM_AUTH must be cert or token"):
        rt.auth_mode(argparse.Namespace())
