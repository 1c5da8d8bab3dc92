"""Secrets stay out of logs, error messages and the repository.

SDK calls run against the fault server with every logger at DEBUG, including a VM
deployment carrying a Linux password and a storage-keys call returning keys, on success,
retry and failure paths.  Neither the password (plain or base64), the storage keys nor any
certificate/key material may appear in the captured logs or in the exceptions' messages.
The project's files (tracked, and untracked-but-not-ignored ones the next commit would add)
and cassettes/ must hold no private key.
"""

from __future__ import annotations

import base64
import logging
import re
import secrets
import subprocess
import time
from pathlib import Path

import pytest

from generated import (AzureConnectionError, AzureHttpError, AzureMalformedResponseError,
                       LinuxConfigurationSet, OSVirtualHardDisk)
from tests.faultserver import (SUB, accepted, azure_error, doc, locations_xml, operation_xml,
                               record_case, reply, reset)

ROOT = Path(__file__).resolve().parent.parent
PASSWORD = "Pw-" + secrets.token_urlsafe(18)
PRIMARY = base64.b64encode(secrets.token_bytes(64)).decode()
SECONDARY = base64.b64encode(secrets.token_bytes(64)).decode()
KEY_BLOCK = re.compile(rb"-----BEGIN [A-Z0-9 ]*PRIVATE KEY-----\s*[A-Za-z0-9+/=:,\- \r\n]{40,}")


def keys_xml() -> str:
    return doc("StorageService", "<Url>https://management.core.windows.net/x</Url>"
               f"<StorageServiceKeys><Primary>{PRIMARY}</Primary>"
               f"<Secondary>{SECONDARY}</Secondary></StorageServiceKeys>")


def deploy(sms, service="svc1"):
    return sms.create_virtual_machine_deployment(
        service, "dep1", "production", "dep1", "vm1",
        system_config=LinuxConfigurationSet("vm1", "azureuser", PASSWORD, False),
        os_virtual_hard_disk=OSVirtualHardDisk(
            "ubuntu-image", "https://acct.blob.core.windows.net/vhds/vm1.vhd"),
        role_size="Small")


def forbidden(certs) -> dict[str, str]:
    client_pem = Path(certs.client).read_text()
    return {
        "password": PASSWORD,
        "password (base64)": base64.b64encode(PASSWORD.encode()).decode(),
        "primary storage key": PRIMARY,
        "secondary storage key": SECONDARY,
        "primary key prefix": PRIMARY[:24],
        "PEM marker": "-----BEGIN",
        "private key marker": "PRIVATE KEY",
        "client key material": certs.client_key_b64,
        "client certificate material": client_pem.splitlines()[2],
    }


@record_case("DEBUG logging of calls carrying a VM password and returning storage keys",
             "no password, storage key or key material in logs or exception messages",
             group="secrets")
def test_no_secrets_in_debug_logs(fault_server, fault_certs, make_client, caplog):
    caplog.set_level(logging.DEBUG)            # root: runtime.*, urllib3, everything
    dep_path = f"/{SUB}/services/hostedservices/svc1/deployments"
    keys_path = f"/{SUB}/services/storageservices/acct1/keys"
    fault_server.route("GET", f"/{SUB}/locations", reply(200, locations_xml("West US")))
    fault_server.script("POST", dep_path, accepted("op-dep"))
    fault_server.route("GET", f"/{SUB}/operations/op-dep",
                       reply(200, operation_xml("op-dep", "Succeeded", 200)))
    fault_server.script("GET", keys_path, azure_error(503, "ServerBusy", "busy", retry_after="0"),
                        reset(), reply(200, keys_xml()))
    messages: list[str] = []

    sms = make_client()
    sms.list_locations()
    result = deploy(sms)
    sms.wait_for_operation_status(result.request_id, timeout=2, sleep_interval=0.01)
    keys = sms.get_storage_account_keys("acct1").storage_service_keys
    assert (keys.primary, keys.secondary) == (PRIMARY, SECONDARY)

    # failure paths: reset after the POST was read, an Azure error echoing nothing secret,
    # a truncated keys document
    fault_server.script("POST", dep_path, reset())
    with pytest.raises(AzureConnectionError) as e1:
        deploy(sms)
    fault_server.script("POST", dep_path, azure_error(400, "BadRequest", "The password is weak."))
    with pytest.raises(AzureHttpError) as e2:
        deploy(sms)
    fault_server.script("GET", keys_path, reply(200, keys_xml()[:-40]))
    with pytest.raises(AzureMalformedResponseError) as e3:
        sms.get_storage_account_keys("acct1")
    messages += [str(e.value) for e in (e1, e2, e3)] + [repr(e.value) for e in (e1, e2, e3)]

    # the secrets did travel (the test is not vacuous) ...
    posts = fault_server.seen("POST")
    assert len(posts) == 3 and all(f"<UserPassword>{PASSWORD}</UserPassword>".encode()
                                   in p.body for p in posts)
    assert fault_server.count("GET", keys_path) == 4
    loggers = {r.name.split(".")[0] for r in caplog.records if r.levelno == logging.DEBUG}
    assert {"asm_sdk_runtime", "urllib3"} <= loggers, loggers
    # ... and were never written anywhere
    text = caplog.text + "\n".join(r.getMessage() for r in caplog.records) + "\n".join(messages)
    leaks = [what for what, value in forbidden(fault_certs).items() if value in text]
    assert not leaks, f"found in logs/exception messages: {leaks}"


@record_case("exception messages of a failed deployment", "no password in str()/repr()",
             group="secrets")
def test_connection_error_message_has_no_body(fault_server, make_client):
    fault_server.route("POST", f"/{SUB}/services/hostedservices/svc1/deployments", reset())
    with pytest.raises(AzureConnectionError) as info:
        deploy(make_client())
    assert PASSWORD not in str(info.value) and PASSWORD not in repr(info.value)
    assert info.value.__cause__ is None or PASSWORD not in str(info.value.__cause__)


def project_files() -> list[Path]:
    try:
        out = subprocess.run(["git", "ls-files", "-z", "--cached", "--others",
                              "--exclude-standard"], cwd=ROOT, capture_output=True,
                             check=True).stdout
    except (OSError, subprocess.CalledProcessError):
        pytest.skip("not a git checkout")
    return [ROOT / p for p in out.decode().split("\0") if p]


@record_case("private keys committed to the repository",
             "no PEM private-key block and no PKCS#12 file in tracked (or to-be-added) files",
             group="secrets")
def test_no_key_material_in_project_files():
    files = project_files()
    assert files
    found = [str(p.relative_to(ROOT)) for p in files
             if p.suffix.lower() in (".pfx", ".p12", ".key")]
    for p in files:
        if p.is_file() and KEY_BLOCK.search(p.read_bytes()):
            found.append(str(p.relative_to(ROOT)))
    assert not found, f"key material in: {found}"


def test_key_block_pattern_finds_a_real_key(fault_certs):
    """The scanner itself works: it finds the throwaway client key and ignores the
    runtime's `b"PRIVATE KEY-----"` literal."""
    assert KEY_BLOCK.search(Path(fault_certs.client).read_bytes())
    assert not KEY_BLOCK.search((ROOT / "runtime" / "auth.py").read_bytes())


def test_whole_run_log_scan_knows_the_recorded_secrets(recordings_dir):
    """conftest's end-of-session scan looks for these in the DEBUG log of every test."""
    from tests.conftest import _known_secrets
    secrets = _known_secrets()
    assert "u7;9jbp!" in secrets  # the Linux VM password the replay tests send
    assert any(len(s) == 88 for s in secrets)  # storage account keys the replays parse


# --- bearer tokens -------------------------------------------------------------------------

TOKEN = "eyJ0eXAiOiJKV1QifQ." + secrets.token_urlsafe(48) + ".sig-" + secrets.token_urlsafe(24)


class _RotatingCredential:
    """Hands out TOKEN-derived tokens, the first one short-lived (refreshed after 1 s)."""

    def __init__(self) -> None:
        self.issued: list[str] = []

    def get_token(self, *scopes, **kwargs):
        token = f"{TOKEN}{len(self.issued)}"
        self.issued.append(token)
        return token, time.time() + (2 if len(self.issued) == 1 else 3600)


@record_case("DEBUG logging of a token client: refresh, a 401 resend, a refused POST",
             "no bearer token in logs, exception messages or any repr", group="secrets")
def test_no_token_in_debug_logs_errors_or_reprs(token_server, fault_certs, caplog):
    from asm_sdk_runtime.credentials import StaticTokenCredential
    from generated import AzureUnauthorizedHttpError, RetryPolicy, ServiceManagementService
    from tests.test_credentials import bearer_401

    caplog.set_level(logging.DEBUG)
    loc, hs = f"/{SUB}/locations", f"/{SUB}/services/hostedservices"
    token_server.script("GET", loc, reply(200, locations_xml("West US")), bearer_401())
    token_server.route("GET", loc, reply(200, locations_xml("West US")))
    token_server.script("POST", hs, bearer_401())
    cred = _RotatingCredential()
    sms = ServiceManagementService(SUB, host=token_server.host, ca_file=fault_certs.ca,
                                   credential=cred, retry=RetryPolicy(backoff=0.01))
    sms.list_locations()          # tok 0, due after 1 s
    time.sleep(1.05)
    sms.list_locations()          # refreshed: tok 1, refused, tok 2, resent
    with pytest.raises(AzureUnauthorizedHttpError) as refused:
        sms.create_hosted_service("svc1", "label", location="West US")
    static = StaticTokenCredential(TOKEN)
    texts = [caplog.text, str(refused.value), repr(refused.value), repr(sms), repr(vars(sms)),
             repr(static), repr(static.get_token("scope")), repr(sms._driver.authorizer)]
    sms.close()

    # the tokens did travel (the test is not vacuous) ...
    sent = [r.headers.get("authorization") for r in token_server.seen()]
    assert sent == [f"Bearer {TOKEN}{n}" for n in (0, 1, 2, 2)]
    assert {"asm_sdk_runtime", "urllib3"} <= {r.name.split(".")[0] for r in caplog.records}
    # ... and were never written anywhere
    leaks = [i for i, text in enumerate(texts) if TOKEN[20:40] in text]
    assert not leaks, f"token in texts #{leaks}"


@record_case("recording a call made with a bearer token (make record's vcrpy filters)",
             "the cassette holds neither the Authorization header nor the token",
             group="secrets")
def test_a_recorded_cassette_holds_no_authorization(token_server, fault_certs, tmp_path):
    from generated import ServiceManagementService
    from tests.scenarios import recording as rec

    token_server.route("GET", f"/{SUB}/locations", reply(200, locations_xml("West US")))
    cassette = tmp_path / "bearer.yaml"
    with rec.make_vcr(True).use_cassette(str(cassette)):
        with ServiceManagementService(SUB, host=token_server.host, ca_file=fault_certs.ca,
                                      credential=_RotatingCredential()) as sms:
            assert sms.list_locations()[0].name == "West US"
    text = cassette.read_text()
    assert token_server.seen()[0].headers["authorization"].startswith(f"Bearer {TOKEN[:20]}")
    assert "/locations" in text and "x-ms-version" in text
    assert TOKEN[:20] not in text and "uthorization" not in text


@record_case("repr() and str() of a private resource extension value "
             "(ResourceExtensionParameterValue, type='Private')",
             "the value is <hidden> (any case of 'Private'); a public value is shown; == "
             "still compares it", group="secrets")
def test_private_extension_value_hidden_from_repr():
    """A resource extension's private configuration (`type='Private'`: passwords, storage
    keys of a diagnostics extension) is kept out of `repr()` and `str()`, as passwords and
    keys are; a public one is shown.  The spec says so (py:secret-when on `Value`), the
    generator writes it; equality still compares the value."""
    from generated import ResourceExtensionParameterValue as Value

    hidden = "c2VjcmV0LXN0b3JhZ2Uta2V5"     # base64, as the caller sends it
    private = Value(key="PrivateConfig", value=hidden, type="Private")
    for text in (repr(private), str(private), repr([private]),
                 repr(Value(key="k", value=hidden, type="private"))):
        assert hidden not in text and "value=<hidden>" in text
    assert repr(private) == "ResourceExtensionParameterValue(key='PrivateConfig', " \
        "value=<hidden>, type='Private')"
    public = Value(key="PublicConfig", value="eyJ2ZXJib3NlIjp0cnVlfQ==", type="Public")
    assert repr(public) == "ResourceExtensionParameterValue(key='PublicConfig', " \
        "value='eyJ2ZXJib3NlIjp0cnVlfQ==', type='Public')"
    # repr hides it; the value itself and == are untouched
    assert private.value == hidden
    assert private == Value(key="PrivateConfig", value=hidden, type="Private")
    assert private != Value(key="PrivateConfig", value=hidden + "x", type="Private")
    # a value made private later is hidden from then on
    public.type = "Private"
    assert "eyJ2ZXJib3NlIjp0cnVlfQ==" not in repr(public)
