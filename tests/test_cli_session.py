"""`asm` sessions: credentials in the command line's terms, long operations that survive
Ctrl-C and timeouts, network controls, --debug, and hostile arguments (issues 18 and 19).

Every test runs the installed `asm` in a subprocess, against the local endpoint (the
`asm_emulator` fixture, configured through its emulator.json), the fault server
(tests/faultserver.py) or a socket server of its own.
"""

from __future__ import annotations

import json
import os
import re
import shlex
import signal
import socket
import subprocess
import threading
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import serialization
from cryptography.hazmat.primitives.serialization import pkcs12

from generated import cli
from asm_sdk_runtime import cli as rt
from tests.faultserver import SUB, azure_error, locations_xml, record_case, reply
from tests.test_cli import ASM, ROOT, asm, ok

PASSWORD = "pfx-Secr3t-9817"


@pytest.fixture(scope="module")
def config(asm_emulator) -> Path:
    return asm_emulator.state_dir / "emulator.json"


@pytest.fixture(scope="module")
def flags(asm_emulator) -> list[str]:
    """The endpoint's connection as flags, without a certificate."""
    cfg = asm_emulator.config
    return ["--subscription-id", cfg["subscription_id"], "--host", cfg["host"],
            "--ca-file", cfg["ca_file"]]


@pytest.fixture(scope="module")
def protected_pfx(asm_emulator, tmp_path_factory) -> Path:
    """The endpoint's client certificate and key as a password-protected .pfx."""
    pem = Path(asm_emulator.config["cert_file"]).read_bytes()
    key = serialization.load_pem_private_key(pem, None)
    cert = x509.load_pem_x509_certificate(pem)
    path = tmp_path_factory.mktemp("pfx") / "protected.pfx"
    path.write_bytes(pkcs12.serialize_key_and_certificates(
        b"mgmt", key, cert, None,
        serialization.BestAvailableEncryption(PASSWORD.encode())))
    return path


# --- credentials (issue 18, section 1) -------------------------------------------------------

def test_cert_password_flag_and_variable_open_a_protected_pfx(flags, protected_pfx):
    by_flag = asm("hosted-services", "list-locations", *flags, "--cert-file",
                  str(protected_pfx), "--cert-password", PASSWORD, "--debug")
    assert by_flag.returncode == 0, by_flag.stderr
    names = [loc["name"] for loc in json.loads(by_flag.stdout)]
    assert "West US" in names
    assert PASSWORD not in by_flag.stdout + by_flag.stderr      # --debug included
    by_env = asm("hosted-services", "list-locations", *flags, "--cert-file",
                 str(protected_pfx), env={"ASM_CERT_PASSWORD": PASSWORD})
    assert [loc["name"] for loc in json.loads(ok(by_env))] == names


def _drain(main: int) -> bytes:
    """What is left to read on a pty's main side once the process ended; closes it."""
    seen = b""
    try:
        while chunk := os.read(main, 4096):
            seen += chunk
    except OSError:         # EIO: the other side is closed
        pass
    os.close(main)
    return seen


def test_a_protected_pfx_without_password_says_which_flag(flags, protected_pfx):
    # stdin is not a terminal here: no prompt, a usage error naming the ways to give it
    proc = asm("hosted-services", "list-locations", *flags, "--cert-file", str(protected_pfx))
    assert proc.returncode == 2 and proc.stdout == ""
    assert proc.stderr == (
        f"asm: error: --cert-file {str(protected_pfx)!r}: it is a password-protected PKCS#12 "
        "file: give its password with --cert-password or $ASM_CERT_PASSWORD\n")
    wrong = asm("hosted-services", "list-locations", *flags, "--cert-file", str(protected_pfx),
                "--cert-password", "not-" + PASSWORD)
    assert wrong.returncode == 2
    assert "cannot open the PKCS#12 file with the password given (--cert-password or " \
           "$ASM_CERT_PASSWORD)" in wrong.stderr
    assert PASSWORD not in wrong.stderr and "cert_password=" not in wrong.stderr


def test_the_password_is_asked_for_on_a_terminal(flags, protected_pfx):
    import pty

    main, secondary = pty.openpty()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("AZURE_MANAGEMENT_", "ASM_"))}
    proc = subprocess.Popen([*ASM, "hosted-services", "list-locations", *flags, "--cert-file",
                             str(protected_pfx)], stdin=secondary, stdout=subprocess.PIPE,
                            stderr=secondary, env=env, cwd=ROOT)
    os.close(secondary)
    seen = b""
    while b"Password for " not in seen:
        seen += os.read(main, 1024)
    os.write(main, PASSWORD.encode() + b"\n")
    out, _ = proc.communicate(timeout=120)
    seen += _drain(main)
    assert proc.returncode == 0
    assert "West US" in [loc["name"] for loc in json.loads(out)]
    assert PASSWORD.encode() not in seen            # not echoed


def test_a_protected_publish_settings_certificate_takes_the_same_password(asm_emulator,
                                                                          tmp_path):
    from tests.test_publishsettings import pfx_b64, v2_xml

    cfg = asm_emulator.config
    pem = Path(cfg["cert_file"]).read_bytes()
    key = serialization.load_pem_private_key(pem, None)
    cert = x509.load_pem_x509_certificate(pem)
    path = tmp_path / "protected.publishsettings"
    path.write_text(v2_xml([(cfg["subscription_id"], "Emulated", f"https://{cfg['host']}",
                             pfx_b64(key, cert, password=PASSWORD.encode()))]))
    args = ["hosted-services", "list-locations", "--publish-settings", str(path),
            "--ca-file", cfg["ca_file"]]
    without = asm(*args)
    # The SDK's message names its keyword argument: the command line says the flag.
    assert without.returncode == 2 and "pass --cert-password)" in without.stderr
    assert "cert_password=" not in without.stderr
    assert json.loads(ok(asm(*args, env={"ASM_CERT_PASSWORD": PASSWORD})))


def test_help_and_errors_speak_in_flags_not_keyword_arguments(config):
    out = ok(asm("hosted-services", "delete-deployment", "--help", env={"COLUMNS": "200"}))
    assert "Delete a deployment; with --delete-vhd also delete its disks" in out
    assert "delete_vhd" not in out
    area = ok(asm("hosted-services", "--help", env={"COLUMNS": "200"}))
    assert "with --embed-detail, its deployments too" in area
    # No operation's help names a Python keyword argument (x=True, x=...).
    keyword = re.compile(r"\b[a-z][a-z0-9]*_[a-z0-9_]+=")
    for area_name in cli.AREAS:
        for command in _commands(area_name):
            text = command.format_help()
            assert not keyword.search(text), (area_name, keyword.search(text).group())


def _commands(area: str) -> list:
    import argparse

    parser = cli.build_parser({area})
    areas = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    ops = next(a for a in areas.choices[area]._actions
               if isinstance(a, argparse._SubParsersAction))
    return list(ops.choices.values())


@pytest.mark.parametrize("content, message", [
    (None, "is a directory, not a certificate file"),
    (b"hello, I am not a certificate\n",
     "is neither a PEM file with a certificate and its private key nor a PKCS#12 "
     "(.pfx/.p12) file"),
    (b"-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n",
     "is a PEM file without a private key: it must hold the management certificate and its "
     "private key"),
    (b"-----BEGIN SOMETHING-----\njunk\n-----END SOMETHING-----\n",
     "is a PEM file without a certificate and a private key: it must hold the management "
     "certificate and its private key"),
])
def test_a_certificate_file_that_is_not_one_says_what_is_wrong(flags, tmp_path, content,
                                                               message):
    path = tmp_path / "cert.pem"
    if content is None:
        path.mkdir()
    else:
        path.write_bytes(content)
    proc = asm("hosted-services", "list-locations", *flags, "--cert-file", str(path))
    assert proc.returncode == 2 and proc.stdout == ""
    assert proc.stderr == f"asm: error: --cert-file {str(path)!r} {message}" + (
        "" if content is None or b"BEGIN" not in content else
        " (or give a .pfx file)") + "\n"
    assert "PKCS#12 file" not in proc.stderr or "neither" in proc.stderr
    assert "does not exist" not in proc.stderr


def test_missing_credentials_name_every_way_in(tmp_path):
    proc = asm("storage", "list-storage-accounts")
    assert proc.returncode == 2 and proc.stdout == ""
    for way in ("--subscription-id", "--config", "$ASM_CONFIG", "--publish-settings",
                "AZURE_MANAGEMENT_SUBSCRIPTIONID", "AZURE_MANAGEMENT_CERTFILE", "--cert-file"):
        assert way in proc.stderr, way
    no_cert = asm("storage", "list-storage-accounts", "--subscription-id", SUB)
    assert no_cert.returncode == 2
    for way in ("--cert-file", "--config", "--publish-settings", "AZURE_MANAGEMENT_CERTFILE",
                "--auth token"):
        assert way in no_cert.stderr, way
    assert "=" not in no_cert.stderr.replace("--", "")     # no keyword argument


def test_an_unknown_config_key_is_a_usage_error_naming_it(asm_emulator, tmp_path):
    cfg = dict(asm_emulator.config)
    cfg["hots"] = cfg.pop("host")
    path = tmp_path / "typo.json"
    path.write_text(json.dumps(cfg))
    proc = asm("hosted-services", "list-locations", "--config", str(path))
    assert proc.returncode == 2 and proc.stdout == ""
    assert proc.stderr.startswith(f"asm: error: config {path}: unknown key 'hots' "
                                  "(did you mean 'host'? known keys: host, subscription_id, ")


# --- long operations survive interruption (section 2) ----------------------------------------

def _request_id(stderr: str) -> str:
    m = re.search(r"^asm: accepted, request id (\S+); waiting for the operation to end "
                  r"\(Ctrl-C stops the waiting, not the operation\)$", stderr, re.M)
    assert m, stderr
    return m.group(1)


def _resume(stderr: str, why: str) -> list[str]:
    """The command asm printed to wait again, as arguments of ASM."""
    lines = stderr.splitlines()
    at = lines.index(next(line for line in lines if line.startswith(f"asm: {why}; the ")))
    assert lines[at].endswith("on the service. To wait again:"), lines[at]
    words = shlex.split(lines[at + 1])
    assert words[0] == "asm"
    return words[1:]


@pytest.mark.asm_emulator_options(operation_delay=3)
def test_wait_timeout_prints_the_command_that_waits_again(config):
    proc = asm("storage", "create-storage-account", "clisesstimeout1", "d", "l", "--location",
               "West US", "--wait", "--wait-timeout", "0.3", "--poll-interval", "0.1",
               config=config)
    assert proc.returncode == 1 and proc.stdout == ""
    rid = _request_id(proc.stderr)
    assert proc.stderr.index("accepted") < proc.stderr.index("Timeout")   # said first
    assert f"asm: error: Timeout: operation {rid} still InProgress after 0.3 s\n" in proc.stderr
    assert "wait_for_operation_status(" not in proc.stderr        # no Python advice
    resume = _resume(proc.stderr, "stopped waiting after the timeout")
    # $ASM_CONFIG said where to connect: the command says it itself, for any shell
    assert resume == ["common", "wait-for-operation-status", rid, "--config", str(config)]
    final = json.loads(ok(asm(*resume, "--sleep-interval", "0.1")))
    assert final["status"] == "Succeeded"
    assert final["id"].replace("-", "") == rid.replace("-", "")


@pytest.mark.asm_emulator_options(operation_delay=3)
def test_ctrl_c_while_waiting_prints_the_command_that_waits_again(asm_emulator, flags):
    cert = asm_emulator.config["cert_file"]
    env = {k: v for k, v in os.environ.items() if not k.startswith(("AZURE_MANAGEMENT_", "ASM_"))}
    env["ASM_CERT_PASSWORD"] = "unused"
    proc = subprocess.Popen([*ASM, "storage", "create-storage-account", "clisessint1", "d", "l",
                             "--location", "West US", "--wait", *flags, "--cert-file", cert,
                             "--timeout", "20"],
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, env=env,
                            cwd=ROOT)
    first = proc.stderr.readline()          # written before the waiting starts
    rid = _request_id(first)
    proc.send_signal(signal.SIGINT)
    out, err = proc.communicate(timeout=60)
    assert proc.returncode == 130 and out == ""
    assert "Traceback" not in err
    resume = _resume(err, "interrupted")
    assert resume == ["common", "wait-for-operation-status", rid, *flags[:2], "--cert-file",
                      cert, *flags[2:], "--read-timeout", "20.0"]
    assert "--cert-password" not in err and "unused" not in err
    final = json.loads(ok(asm(*resume, "--sleep-interval", "0.1")))
    assert final["status"] == "Succeeded"


def test_a_waiter_timeout_prints_the_same_command_without_secrets(config):
    ok(asm("hosted-services", "create-hosted-service", "clisesswt1", "l", "--location",
           "West US", config=config))
    proc = asm("hosted-services", "wait-until-hosted-service-deleted", "clisesswt1",
               "--timeout", "0.3", "--delay", "0.1", "--cert-password", "pw-never-shown",
               config=config)
    ok(asm("hosted-services", "delete-hosted-service", "clisesswt1", config=config))
    assert proc.returncode == 1
    assert _resume(proc.stderr, "stopped waiting after the timeout") == [
        "hosted-services", "wait-until-hosted-service-deleted", "clisesswt1", "--timeout",
        "0.3", "--delay", "0.1"]
    assert "pw-never-shown" not in proc.stderr


def test_wait_for_operations_and_operation_status_commands(config):
    ids = []
    for name in ("clisesswait1", "clisesswait2"):
        created = json.loads(ok(asm("storage", "create-storage-account", name, "d", "l",
                                    "--location", "West US", config=config)))
        ids.append(created["request_id"])
    many = json.loads(ok(asm("common", "wait-for-operations", *ids, "--sleep-interval", "0.1",
                             config=config)))
    assert [op["status"] for op in many] == ["Succeeded", "Succeeded"]
    assert [op["id"].replace("-", "") for op in many] == ids
    one = json.loads(ok(asm("common", "wait-for-operation-status", ids[0], "--timeout", "30",
                            config=config)))
    assert one["status"] == "Succeeded"
    help_text = ok(asm("common", "wait-for-operation-status", "--help"))
    assert "--timeout NUM" in help_text and "--read-timeout S" in help_text


def test_waiter_progress_shows_the_state_waited_on():
    from generated.models import Deployment, RoleInstance

    command = next(c for c in _commands("hosted-services")
                   if c.prog.endswith("wait-until-role-instances-ready"))
    cmd = command.get_default("_command")
    two = Deployment(status="Running", role_instance_list=[
        RoleInstance(instance_status="ReadyRole"), RoleInstance(instance_status="StartingVM")])
    assert rt.state_text(cmd, two, {}) == "2 role instances: 1 ReadyRole, 1 StartingVM"
    one = Deployment(status="Running", role_instance_list=[
        RoleInstance(instance_status="ReadyRole")])
    assert rt.state_text(cmd, one, {}) == "1 role instance: 1 ReadyRole"
    assert rt.state_text(cmd, Deployment(status="Deploying"), {}) == "no role instances yet"


def _on_a_terminal(*args: str, config: Path) -> tuple[int, str, str]:
    """(exit code, stdout, what stderr showed) of asm with stderr on a terminal."""
    import pty

    main, secondary = pty.openpty()
    env = {k: v for k, v in os.environ.items() if not k.startswith(("AZURE_MANAGEMENT_", "ASM_"))}
    env["ASM_CONFIG"] = str(config)
    proc = subprocess.run([*ASM, *args], stdout=subprocess.PIPE, stderr=secondary, env=env,
                          timeout=120, cwd=ROOT, text=True)
    os.close(secondary)
    return proc.returncode, proc.stdout, _drain(main).decode()


@pytest.mark.asm_emulator_options(operation_delay=6)
def test_progress_lines_show_what_is_waited_on_in_the_right_plural(config, asm_sms):
    # Made in process, so the operations are young when the commands start waiting.
    ids = [asm_sms.create_storage_account(name, "d", "l", location="West US").request_id
           for name in ("clisessprog1", "clisessprog2")]
    code, out, shown = _on_a_terminal("common", "wait-for-operations", *ids,
                                      "--sleep-interval", "0.2", config=config)
    assert code == 0 and len(json.loads(out)) == 2
    assert "\rwait_for_operations: 1 operation: 1 InProgress, " in shown
    assert "\rwait_for_operations: 2 operations: 2 InProgress, " in shown
    assert "\rwait_for_operations: 2 operations: 2 Succeeded, " in shown
    rid = asm_sms.create_storage_account("clisessprog3", "d", "l",
                                         location="West US").request_id
    code, out, shown = _on_a_terminal("common", "wait-for-operation-status", rid,
                                      "--sleep-interval", "0.2", config=config)
    assert code == 0 and json.loads(out)["status"] == "Succeeded"
    assert re.search(r"\rwait_for_operation_status: InProgress, \d+ s, 1 check\x1b\[K", shown)
    assert re.search(r"\rwait_for_operation_status: InProgress, \d+ s, 2 checks\x1b\[K", shown)


@pytest.mark.asm_emulator_options(state_delays={"role": 1})
def test_role_instances_waiter_shows_instance_states(config, tmp_path, asm_sms):
    from tests.test_cli import LINUX, NETWORK

    svc, dep = "clisessvm1", "clisessdep1"
    ok(asm("hosted-services", "create-hosted-service", svc, "l", "--location", "West US",
           config=config))
    image = next(i for i in asm_sms.list_os_images() if i.os == "Linux").name
    disk = {"source_image_name": image,
            "media_link": "https://clisessstore.blob.core.windows.net/vhds/clisessvm.vhd"}
    ok(asm("virtual-machines", "create-virtual-machine-deployment", svc, dep, "production",
           "l", "clisessvm", "--system-config", json.dumps({**LINUX, "host_name": "clisessvm"}),
           "--os-virtual-hard-disk", json.dumps(disk), "--network-config", json.dumps(NETWORK),
           "--wait", "--poll-interval", "0.1", config=config))
    code, out, shown = _on_a_terminal("hosted-services", "wait-until-role-instances-ready",
                                      svc, dep, "--delay", "0.2", config=config)
    ok(asm("hosted-services", "delete-hosted-service", svc, "--complete", "--wait",
           config=config))
    assert code == 0 and json.loads(out)["name"] == dep
    lines = [line.split(", ")[0] for line in shown.split("\r") if line]
    assert "wait_until_role_instances_ready: 1 role instance: 1 ReadyRole" in lines, shown
    assert any(re.fullmatch(r"wait_until_role_instances_ready: 1 role instance: 1 "
                            r"(CreatingVM|StartingVM|Provisioning|RoleStateUnknown)", line)
               for line in lines), shown
    assert "Running" not in shown               # the deployment's status is not what waits


# --- network controls (section 3) --------------------------------------------------------------

@pytest.fixture
def silent_endpoint():
    """A TCP endpoint that accepts connections and never says a word."""
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(16)
    held: list[socket.socket] = []
    stop = threading.Event()

    def accept() -> None:
        listener.settimeout(0.1)
        while not stop.is_set():
            try:
                held.append(listener.accept()[0])
            except OSError:
                continue

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    yield f"127.0.0.1:{listener.getsockname()[1]}"
    stop.set()
    thread.join()
    for conn in held:
        conn.close()
    listener.close()


@record_case('an endpoint that accepts the connection and never answers, with --timeout 1 --retries 0',
             "exit 1: cannot reach the service, timed out, no retry; not a silent hang",
             group='cli')
def test_timeout_and_no_retries_fail_fast_against_a_silent_endpoint(silent_endpoint,
                                                                    fault_certs):
    proc = asm("hosted-services", "list-locations", "--subscription-id", SUB, "--host",
               silent_endpoint, "--cert-file", fault_certs.client, "--ca-file", fault_certs.ca,
               "--timeout", "1", "--retries", "0")
    assert proc.returncode == 1 and proc.stdout == ""
    assert proc.stderr.startswith("asm: error: cannot reach the service: ")
    assert "timed out" in proc.stderr
    assert "trying again" not in proc.stderr        # --retries 0


def test_a_note_on_stderr_before_each_retry(fault_server, fault_certs):
    path = f"/{SUB}/locations"
    fault_server.script("GET", path, azure_error(503, "ServerBusy", "busy", retry_after="0"))
    fault_server.route("GET", path, reply(200, locations_xml("West US")))
    proc = asm("hosted-services", "list-locations", "--subscription-id", SUB, "--host",
               fault_server.host, "--cert-file", fault_certs.client, "--ca-file",
               fault_certs.ca, "--retries", "2")
    assert proc.returncode == 0, proc.stderr
    assert [loc["name"] for loc in json.loads(proc.stdout)] == ["West US"]
    assert proc.stderr == (f"asm: GET {path}: HTTP 503; attempt 1 of 3 failed, trying again "
                           "in 0.0 s\n")
    assert fault_server.count("GET", path) == 2


# --- --debug (section 6) ---------------------------------------------------------------------

@record_case('--debug on a command whose answer holds storage keys',
             'each request and answer logged once with headers and bodies; keys, Authorization and passwords shown as `<redacted>`',
             group='cli')
def test_debug_logs_each_exchange_once_with_secrets_redacted(config, asm_sms):
    asm_sms.create_storage_account("clisessdebug1", "d", "l", location="West US")
    proc = asm("storage", "get-storage-account-keys", "clisessdebug1", "--debug",
               config=config)
    assert proc.returncode == 0, proc.stderr
    keys = json.loads(proc.stdout)["storage_service_keys"]
    assert keys["primary"] and keys["secondary"]
    assert keys["primary"] not in proc.stderr and keys["secondary"] not in proc.stderr
    assert "<Primary><redacted></Primary>" in proc.stderr
    assert proc.stderr.count("/services/storageservices/clisessdebug1/keys") == 1
    assert re.search(r"^DEBUG asm\.http: > GET https://127\.0\.0\.1:\d+/[-0-9a-f]+/services/"
                     r"storageservices/clisessdebug1/keys$", proc.stderr, re.M)
    assert re.search(r"^DEBUG asm\.http: < 200 OK \(\d+ ms\)$", proc.stderr, re.M)
    assert "x-ms-version: " in proc.stderr           # headers are shown
    assert "urllib3" not in proc.stderr


def test_debug_redaction_of_request_bodies():
    from asm_sdk_runtime.cli_debug import redact_body, redact_headers

    body = (b"<Role><ConfigurationSets><ConfigurationSet><UserPassword>pw-1</UserPassword>"
            b"<CustomData>Y2xvdWQtaW5pdA==</CustomData></ConfigurationSet></ConfigurationSets>"
            b"<ResourceExtensionParameterValues><ResourceExtensionParameterValue><Key>k</Key>"
            b"<Value>private-1</Value><Type>Private</Type></ResourceExtensionParameterValue>"
            b"<ResourceExtensionParameterValue><Key>p</Key><Value>public-1</Value>"
            b"<Type>Public</Type></ResourceExtensionParameterValue>"
            b"</ResourceExtensionParameterValues><Data>MIIKcAIBAzCC</Data>\x1b[2J</Role>")
    text = redact_body(body)
    for secret in ("pw-1", "Y2xvdWQtaW5pdA==", "private-1", "MIIKcAIBAzCC", "\x1b"):
        assert secret not in text
    assert "public-1" in text and "\\x1b[2J" in text
    assert redact_body(b'{"password": "pw-2", "name": "n"}') == \
        '{"password": "<redacted>", "name": "n"}'
    assert redact_headers({"Authorization": "Bearer abc", "x-ms-version": "1"}) == \
        "  Authorization: <redacted>\n  x-ms-version: 1"


# --- hostile input (issue 19) ------------------------------------------------------------------

@record_case("a model argument's JSON that cannot be built, holding a password",
             'exit 2 naming the flag, the place in the JSON and the type wanted; neither the JSON nor the password printed',
             group='cli')
def test_a_usage_error_never_echoes_the_argument(config):
    value = '{"$type": [1], "user_password": "S3CRET"}'
    proc = asm("virtual-machines", "create-virtual-machine-deployment", "s", "d", "production",
               "l", "r", "--system-config", value, config=config)
    assert proc.returncode == 2 and proc.stdout == ""
    assert "S3CRET" not in proc.stderr and "user_password" not in proc.stderr
    assert proc.stderr.splitlines()[-1].endswith(
        "error: argument --system-config: $type must be ConfigurationSet or one of "
        "LinuxConfigurationSet, WindowsConfigurationSet")
    bad_int = asm("virtual-machines", "create-virtual-machine-deployment", "s", "d",
                  "production", "l", "r", "--network-config",
                  '{"input_endpoints": [{"port": "S3CRET"}]}', config=config)
    assert bad_int.returncode == 2 and "S3CRET" not in bad_int.stderr
    assert "input_endpoints[0].port: expected an integer" in bad_int.stderr


@record_case("JSON nested 50 000 levels deep ('[' * 50000)",
             'exit 2, a usage error naming the bound (64 levels); no traceback',
             group='cli')
def test_deeply_nested_json_is_a_usage_error(config):
    proc = asm("virtual-machines", "create-virtual-machine-deployment", "s", "d", "production",
               "l", "r", "--system-config", "[" * 50000, config=config)
    assert proc.returncode == 2 and proc.stdout == ""
    assert "Traceback" not in proc.stderr and "RecursionError" not in proc.stderr
    assert proc.stderr.splitlines()[-1].endswith(
        "error: argument --system-config: invalid JSON: nested more than 64 levels deep")


def test_the_retry_observer_is_told_and_the_library_prints_nothing(make_client, fault_server,
                                                                   capfd):
    from generated import RetryPolicy

    path = f"/{SUB}/locations"
    fault_server.script("GET", path, azure_error(503, "ServerBusy", "busy", retry_after="0"))
    fault_server.route("GET", path, reply(200, locations_xml("West US")))
    told = []
    client = make_client(retry=RetryPolicy(max_attempts=3, on_retry=told.append))
    assert [loc.name for loc in client.list_locations()] == ["West US"]
    [notice] = told
    assert (notice.method, notice.path, notice.reason, notice.attempt, notice.max_attempts,
            notice.delay) == ("GET", path, "HTTP 503", 1, 3, 0.0)
    assert capfd.readouterr() == ("", "")
