"""The `asm` command line (generated/cli.py on runtime/cli.py).

The flow tests run the installed `asm` script in a subprocess against the local endpoint
(the `asm_emulator` fixture), configured through the endpoint's emulator.json.
"""

from __future__ import annotations

import argparse
import inspect
import json
import os
import subprocess
import sys
from datetime import datetime, timezone
from pathlib import Path

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import serialization

import generated
from asm_sdk_codegen.spec import load_spec
from asm_sdk_codegen.waiters import load_waiters
from generated import cli
from asm_sdk_runtime import cli as rt
from asm_sdk_runtime import cli_output
from tests.test_publishsettings import pfx_b64, v2_xml
from tests.faultserver import record_case

ROOT = Path(__file__).resolve().parent.parent
_SCRIPT = Path(sys.executable).with_name("asm")
ASM = [str(_SCRIPT)] if _SCRIPT.exists() else [sys.executable, "-m", "generated.cli"]


def asm(*args: str, config: Path | None = None, env: dict | None = None,
        stdin: str | None = None) -> subprocess.CompletedProcess:
    full_env = {k: v for k, v in os.environ.items()
                if not k.startswith(("AZURE_MANAGEMENT_", "ASM_"))}
    if config is not None:
        full_env["ASM_CONFIG"] = str(config)
    full_env.update(env or {})
    return subprocess.run([*ASM, *args], capture_output=True, text=True, env=full_env,
                          input=stdin, timeout=120, cwd=ROOT)


def ok(proc: subprocess.CompletedProcess) -> str:
    assert proc.returncode == 0, (proc.args, proc.stdout, proc.stderr)
    # stderr is not a terminal here: no progress line either; `--wait` notes the request
    # id it waits for (tests/test_cli_session.py).
    assert all(line.startswith("asm: accepted, request id ")
               for line in proc.stderr.splitlines()), proc.stderr
    return proc.stdout


@pytest.fixture(scope="module")
def config(asm_emulator) -> Path:
    path = asm_emulator.state_dir / "emulator.json"
    assert json.loads(path.read_text()) == asm_emulator.config
    return path


# --- every operation is a command --------------------------------------------------------

def _commands(parser: argparse.ArgumentParser) -> dict[tuple[str, str], rt.Command]:
    found = {}
    areas = next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction))
    for area, area_parser in areas.choices.items():
        if area == "completion":          # prints completion scripts; no operation
            continue
        ops = next(a for a in area_parser._actions if isinstance(a, argparse._SubParsersAction))
        for name, op_parser in ops.choices.items():
            found[(area, name)] = op_parser.get_default("_command")
    return found


def test_every_spec_operation_has_a_command():
    spec = load_spec(ROOT / "spec")
    # An operation shared by every client (get_operation_status) is one command.
    expected = {(op.area.replace("_", "-"), op.name.replace("_", "-"))
                for svc in spec.services.values() for op in svc.operations}
    is_async = {(op.area.replace("_", "-"), op.name.replace("_", "-")): op.returns_request_id
                for svc in spec.services.values() for op in svc.operations}
    n_shared = sum(len(svc.operations) for svc in spec.services.values()) - len(expected)
    assert n_shared == len(spec.services) - 1
    commands = _commands(cli.build_parser())
    waiters = {key for key, cmd in commands.items() if cmd.waiter}
    # Waiting again for running operations (the client's own methods) is a command too.
    waits = {key for key, cmd in commands.items() if cmd.waits}
    assert waits == {("common", "wait-for-operation-status"), ("common", "wait-for-operations")}
    assert set(commands) - waiters - waits == expected
    assert len(expected) == 157
    # Every waiter (a generated wait_until_* method) is a command of its file's area.
    assert waiters == {(w.area.replace("_", "-"), w.cli_name)
                       for w in load_waiters(ROOT / "spec", spec)}
    assert ("hosted-services", "wait-until-role-instances-ready") in waiters
    for (area, name), cmd in commands.items():
        cls = getattr(generated, cmd.service)
        method = getattr(cls, cmd.method)
        assert name == cmd.method.replace("_", "-")
        sig = inspect.signature(method)
        # The CLI passes a waiter's progress_callback itself (when stderr is a terminal).
        params = [p for p in sig.parameters.values()
                  if p.name not in ("self", "progress_callback")
                  and not p.name.endswith("_callback")]
        # Every parameter is a --flag; the required ones, in order, are the positionals.
        assert list(cmd.params) == [p.name for p in params], (area, name)
        assert cmd.positional == [p.name for p in params
                                  if p.default is inspect.Parameter.empty], (area, name)
        assert cmd.is_async == is_async.get((area, name), False), (area, name)


def test_console_script():
    import tomllib

    scripts = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["scripts"]
    assert scripts["asm"] == "generated.cli:main"


def test_only_the_named_area_is_built():
    commands = _commands(cli.build_parser({"storage"}))
    assert {area for area, _ in commands} == {"storage"}


def test_generated_init_does_not_import_the_cli():
    code = "import generated, sys; print('generated.cli' in sys.modules, 'asm_sdk_runtime.cli' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT)
    assert out.stdout.split() == ["False", "False"]


def test_help_comes_from_the_spec():
    out = ok(asm("virtual-machines", "create-virtual-machine-deployment", "--help",
                 env={"COLUMNS": "200"}))
    assert "usage: asm virtual-machines create-virtual-machine-deployment [options] " \
           "SERVICE_NAME DEPLOYMENT_NAME DEPLOYMENT_SLOT LABEL ROLE_NAME" in out
    assert "Create a deployment holding one virtual machine" in out
    assert "--system-config JSON" in out and "[ConfigurationSet as JSON or @FILE]" in out
    assert "--provision-guest-agent, --no-provision-guest-agent" in out
    assert "--wait" in out
    area = ok(asm("storage", "--help"))
    assert "create-storage-account" in area and "Create a storage account" in area


# --- a whole flow against the local endpoint ---------------------------------------------

LINUX = {"configuration_set_type": "LinuxProvisioningConfiguration", "host_name": "clivm",
         "user_name": "azureuser", "user_password": "Cli-passw0rd",
         "disable_ssh_password_authentication": False}
# XML element names work as keys too; the predecessor's wrapped list form as well.
NETWORK = {"ConfigurationSetType": "NetworkConfiguration",
           "InputEndpoints": {"input_endpoints": [
               {"name": "ssh", "protocol": "tcp", "port": 22, "local_port": 22}]}}


def test_cloud_service_storage_and_linux_vm_flow(config, tmp_path, asm_sms):
    svc, account, dep = "clisvc1", "clistore1", "clidep1"
    wait = ["--wait", "--poll-interval", "0.05"]
    created = json.loads(ok(asm("hosted-services", "create-hosted-service", svc, "CLI service",
                                "--location", "West US", "--description", "made by asm",
                                config=config)))
    assert created["request_id"] and created["status_code"] == 201
    # Required arguments as --flags, mixed with positionals.
    status = json.loads(ok(asm("storage", "create-storage-account", account, "--label", "L",
                               "--description", "CLI account", "--location", "West US",
                               "--account-type", "Standard_LRS", *wait, config=config)))
    assert status["status"] == "Succeeded" and status["http_status_code"] == 200
    assert set(status) == {"id", "status", "http_status_code", "error"}
    image = next(i for i in asm_sms.list_os_images() if i.os == "Linux").name
    (tmp_path / "linux.json").write_text(json.dumps(LINUX))
    disk = {"source_image_name": image,
            "media_link": f"https://{account}.blob.core.windows.net/vhds/clivm.vhd"}
    status = json.loads(ok(asm(
        "virtual-machines", "create-virtual-machine-deployment", svc, dep, "production",
        "CLI deployment", "clivm", "--system-config", f"@{tmp_path / 'linux.json'}",
        "--os-virtual-hard-disk", json.dumps(disk), "--network-config", json.dumps(NETWORK),
        "--role-size", "Small", "--provision-guest-agent", *wait, config=config)))
    assert status["status"] == "Succeeded"
    ready = json.loads(ok(asm("hosted-services", "wait-until-role-instances-ready", svc, dep,
                              "--timeout", "60", "--delay", "0.05", config=config)))
    assert ready["name"] == dep
    assert [i["instance_status"] for i in ready["role_instance_list"]] == ["ReadyRole"]

    # What the service holds now is what the JSON said, read back through the SDK.
    role = asm_sms.get_role(svc, dep, "clivm")
    assert role.role_size == "Small" and role.provision_guest_agent is True
    assert role.os_virtual_hard_disk.source_image_name == image
    endpoint = role.configuration_sets[0].input_endpoints[0]
    assert (endpoint.name, endpoint.protocol, endpoint.port, endpoint.local_port) == \
        ("ssh", "tcp", 22, 22)

    # JSON output: every field, nested models and lists, ISO 8601 datetimes.
    props = json.loads(ok(asm("hosted-services", "get-hosted-service-properties", svc,
                              "--embed-detail", config=config)))
    assert props["service_name"] == svc
    details = props["hosted_service_properties"]
    assert details["location"] == "West US" and details["description"] == "made by asm"
    created_at = datetime.fromisoformat(details["date_created"])
    assert created_at.tzinfo is not None
    assert abs((datetime.now(timezone.utc) - created_at).total_seconds()) < 3600
    [deployment] = props["deployments"]
    assert deployment["name"] == dep
    [instance] = deployment["role_instance_list"]
    assert instance["role_name"] == "clivm" and instance["instance_endpoints"][0]["public_port"] == 22
    sdk = asm_sms.get_hosted_service_properties(svc, embed_detail=True)
    assert props == rt.to_json(sdk)    # nothing lost on the way out

    services = json.loads(ok(asm("hosted-services", "list-hosted-services", config=config)))
    assert svc in [s["service_name"] for s in services]
    table = ok(asm("storage", "list-storage-accounts", "--output", "table", "--columns",
                   "service_name,storage_service_properties.location", config=config))
    header, *rows = table.splitlines()
    assert header.split() == ["SERVICE_NAME", "STORAGE_SERVICE_PROPERTIES.LOCATION"]
    assert [account, "West", "US"] in [r.split() for r in rows]
    table = ok(asm("-o", "table", "hosted-services", "list-hosted-services", config=config))
    header, *rows = table.splitlines()
    assert header.split() == ["SERVICE_NAME", "STATUS", "LOCATION", "AFFINITY_GROUP", "LABEL",
                              "DATE_CREATED"]
    assert any(r.startswith(svc + " ") for r in rows)

    # Delete everything, waiting for each asynchronous deletion.
    ok(asm("hosted-services", "delete-deployment", svc, dep, "--delete-vhd", *wait,
           config=config))
    ok(asm("hosted-services", "delete-hosted-service", svc, *wait, config=config))
    ok(asm("storage", "delete-storage-account", account, config=config))
    gone = asm("hosted-services", "get-hosted-service-properties", svc, config=config)
    assert gone.returncode == 1 and "ResourceNotFound" in gone.stderr
    assert account not in [s.service_name for s in asm_sms.list_storage_accounts()]


# --- errors and exit codes ---------------------------------------------------------------

def test_not_found_exits_1_with_azures_code_and_request_id(config):
    proc = asm("hosted-services", "get-deployment-by-name", "clinosuch", "nodep", config=config)
    assert proc.returncode == 1 and proc.stdout == ""
    first, second = proc.stderr.splitlines()
    assert first.startswith("asm: error: ResourceNotFound: ")
    assert second.startswith("asm: HTTP status 404, request id ")
    assert len(second.split()[-1]) >= 16


@pytest.mark.parametrize("args, message", [
    (["storage", "create-storage-account", "acct"],
     "the following arguments are required: DESCRIPTION (or --description), LABEL (or --label)"),
    (["hosted-services", "walk-upgrade-domain", "s", "d", "not-a-number"],
     "argument UPGRADE_DOMAIN: expected an integer"),
    (["virtual-machines", "add-data-disk", "s", "d", "r", "--lun", "x"],
     "argument --lun: expected an integer"),
    (["storage", "list-storage-accounts", "--bogus"], "unrecognized arguments: --bogus"),
    (["storage", "get-storage-account-keys", "a", "b"], "unrecognized arguments: b"),
    (["storage", "nosuch-operation"], "invalid choice: 'nosuch-operation'"),
    (["nosuch-area"], "invalid choice: 'nosuch-area'"),
    (["virtual-machines", "create-virtual-machine-deployment", "s", "d", "production", "l",
      "r", "--system-config", "{not json"], "argument --system-config: invalid JSON"),
    (["virtual-machines", "create-virtual-machine-deployment", "s", "d", "production", "l",
      "r", "--system-config", '{"host_nam": "x"}'],
     "argument --system-config: ConfigurationSet has no field 'host_nam' "
     "(fields: configuration_set_type,"),
    (["virtual-machines", "create-virtual-machine-deployment", "s", "d", "production", "l",
      "r", "--network-config", '{"input_endpoints": [{"port": "high"}]}'],
     "argument --network-config: input_endpoints[0].port: expected an integer, got a "
     "string that is not one"),
])
def test_bad_arguments_exit_2_with_a_clear_message(config, args, message, capsys):
    assert cli.main([*args, "--config", str(config)]) == 2    # in process: same code path
    out, err = capsys.readouterr()
    assert out == ""
    assert message in err
    assert err.startswith("usage: asm")


@record_case('an integer, number or map argument that cannot be read, holding a secret-looking value',
             'exit 2 naming the argument and what it expects; the value is never printed',
             group='cli')
@pytest.mark.parametrize("args", [
    ["hosted-services", "walk-upgrade-domain", "s", "d", "S3CRET-1"],
    ["virtual-machines", "add-data-disk", "s", "d", "r", "--lun", "S3CRET-1"],
    ["virtual-machines", "add-data-disk", "s", "d", "r", "--lun", "0",
     "--logical-disk-size-in-gb", "S3CRET-1.5"],
    ["hosted-services", "create-hosted-service", "s", "l", "--location", "x",
     "--extended-properties", "S3CRET-1"],
])
def test_a_value_that_cannot_be_read_is_not_quoted_back(config, args, capsys):
    """Issue 19: a usage error names the argument and what it expects, never its value
    (a mistyped flag order can put a password there)."""
    assert cli.main([*args, "--config", str(config)]) == 2
    out, err = capsys.readouterr()
    assert out == "" and "argument " in err
    assert "S3CRET" not in err


def test_bad_argument_exits_2_from_the_script(config):
    proc = asm("storage", "create-storage-account", "acct", "--label", "l", config=config)
    assert proc.returncode == 2 and proc.stdout == ""
    assert proc.stderr.splitlines()[-1] == (
        "asm storage create-storage-account: error: the following arguments are required: "
        "DESCRIPTION (or --description)")


def test_missing_credentials_exit_2(tmp_path):
    proc = asm("storage", "list-storage-accounts")
    assert proc.returncode == 2
    assert proc.stderr == f"asm: error: {rt.NO_SUBSCRIPTION}\n"  # tests/test_cli_session.py
    missing = asm("storage", "list-storage-accounts", "--config", str(tmp_path / "none.json"))
    assert missing.returncode == 2 and "cannot read config" in missing.stderr


def test_failed_asynchronous_operation_exits_1(config):
    # The endpoint fails asynchronous requests that mention its fail marker.
    proc = asm("storage", "create-storage-account", "asyncfailcli1", "d", "l",
               "--location", "West US", "--wait", "--poll-interval", "0.05", config=config)
    assert proc.returncode == 1 and proc.stdout == ""
    accepted, first, second = proc.stderr.splitlines()
    assert accepted.startswith("asm: accepted, request id ")
    assert first.startswith("asm: error: ")
    assert second.startswith("asm: asynchronous operation failed") and "request id" in second


# --- credentials ------------------------------------------------------------------------

def test_credentials_from_flags_environment_and_publish_settings(asm_emulator, config,
                                                                tmp_path):
    cfg = asm_emulator.config
    flags = ["--subscription-id", cfg["subscription_id"], "--cert-file", cfg["cert_file"],
             "--host", cfg["host"], "--ca-file", cfg["ca_file"]]
    names = json.loads(ok(asm("hosted-services", "list-locations", *flags)))
    assert names and all(loc["name"] for loc in names)
    env = {"AZURE_MANAGEMENT_SUBSCRIPTIONID": cfg["subscription_id"],
           "AZURE_MANAGEMENT_CERTFILE": cfg["cert_file"], "AZURE_MANAGEMENT_HOST": cfg["host"]}
    assert json.loads(ok(asm("hosted-services", "list-locations", "--ca-file",
                             cfg["ca_file"], env=env))) == names
    # Flags win over the config file.
    wrong = asm("hosted-services", "list-locations", "--subscription-id",
                "00000000-0000-0000-0000-0000000000ff", config=config)
    assert wrong.returncode == 1 and "ForbiddenError" in wrong.stderr

    pem = Path(cfg["cert_file"]).read_bytes()
    key = serialization.load_pem_private_key(pem, None)
    cert = x509.load_pem_x509_certificate(pem)
    other = "00000000-0000-0000-0000-0000000000fe"
    url = f"https://{cfg['host']}"
    path = tmp_path / "my.publishsettings"
    path.write_text(v2_xml([(cfg["subscription_id"], "Emulated", url, pfx_b64(key, cert)),
                            (other, "Other", url, pfx_b64(key, cert))]))
    several = asm("hosted-services", "list-locations", "--publish-settings", str(path),
                  "--ca-file", cfg["ca_file"])
    assert several.returncode == 2 and "choose one with --subscription ID" in several.stderr
    chosen = asm("hosted-services", "list-locations", "--publish-settings", str(path),
                 "--subscription", cfg["subscription_id"], "--ca-file", cfg["ca_file"])
    assert json.loads(ok(chosen)) == names


# --- the generic parts, in process ------------------------------------------------------

def _builder() -> rt.ModelBuilder:
    return rt.ModelBuilder(cli.MODELS, cli.VARIANTS, cli.WRAPPERS)


def test_model_builder_picks_variants_and_list_classes():
    from generated.models import LinuxConfigurationSet, WindowsConfigurationSet
    from generated.models import ConfigurationSetInputEndpoints

    b = _builder()
    linux = b.param("ConfigurationSet", LINUX, "--system-config")
    assert type(linux) is LinuxConfigurationSet and linux.host_name == "clivm"
    assert linux.ssh is not None            # the variant's defaults apply
    win = b.param("ConfigurationSet", {"$type": "WindowsConfigurationSet",
                                       "ComputerName": "w1"}, "x")
    assert type(win) is WindowsConfigurationSet and win.computer_name == "w1"
    net = b.param("ConfigurationSet", NETWORK, "--network-config")
    assert type(net.input_endpoints) is ConfigurationSetInputEndpoints
    assert net.input_endpoints.input_endpoints[0].port == 22
    disks = b.model_list("DataVirtualHardDisk", [{"lun": 1, "logical_disk_size_in_gb": 10}],
                         "x")
    assert disks[0].lun == 1 and disks[0].logical_disk_size_in_gb == 10
    with pytest.raises(rt.UsageError, match=r"\$type must be ConfigurationSet or one of"):
        b.param("ConfigurationSet", {"$type": "Nope"}, "x")
    with pytest.raises(rt.UsageError, match="expected a JSON object"):
        b.param("ConfigurationSet", [1], "x")


def test_to_json_keeps_everything():
    from generated.models import HostedService, HostedServiceProperties

    when = datetime(2024, 1, 31, 12, 0, tzinfo=timezone.utc)
    hs = HostedService(service_name="s", hosted_service_properties=HostedServiceProperties(
        date_created=when, extended_properties={"a": "b"}))
    out = rt.to_json(hs)
    assert out["hosted_service_properties"]["date_created"] == "2024-01-31T12:00:00Z"
    assert out["hosted_service_properties"]["extended_properties"] == {"a": "b"}
    assert "unknown_elements" not in out
    assert rt.to_json(generated.AsynchronousOperationResult("rid", 202)) == \
        {"request_id": "rid", "status_code": 202}


def test_table_columns():
    rows = [{"name": "a", "n": 1, "nested": {"x": True}}, {"name": "b", "n": None, "l": []}]
    assert cli_output.table(rows) == "NAME  N  NESTED.X\na     1  true\nb\n"
    assert cli_output.table(rows, ["name", "nested.x"]) == "NAME  NESTED.X\na     true\nb\n"
    assert cli_output.table(["x", "y"]) == "VALUE\nx\ny\n"


def test_progress_line_only_when_stderr_is_a_terminal(config):
    import pty

    main, secondary = pty.openpty()
    try:
        env = {k: v for k, v in os.environ.items() if not k.startswith("AZURE_MANAGEMENT_")}
        env["ASM_CONFIG"] = str(config)
        proc = subprocess.run([*ASM, "storage", "create-storage-account", "cliprogress1", "d",
                               "l", "--location", "West US", "--wait", "--poll-interval",
                               "0.05"], stdout=subprocess.PIPE, stderr=secondary, env=env,
                              timeout=120, cwd=ROOT)
        os.close(secondary)
        secondary = -1
        seen = b""
        while True:
            try:
                chunk = os.read(main, 4096)
            except OSError:
                break
            if not chunk:
                break
            seen += chunk
    finally:
        if secondary != -1:
            os.close(secondary)
        os.close(main)
    assert proc.returncode == 0 and json.loads(proc.stdout)["status"] == "Succeeded"
    text = seen.decode()
    assert "\rcreate_storage_account: InProgress, " in text
    assert "create_storage_account: Succeeded, " in text and text.endswith("\r\n")


def test_text_converters(monkeypatch, tmp_path):
    import io

    assert rt.parse_map("a=1, b = two") == {"a": "1", "b": "two"}
    assert rt.parse_map('{"a": 1}') == {"a": "1"}
    assert rt.parse_str_list("x, y,,z") == ["x", "y", "z"]
    assert rt.parse_str_list('["x,1"]') == ["x,1"]
    assert rt.parse_datetime("2024-01-31T12:00:00Z") == datetime(2024, 1, 31, 12,
                                                                  tzinfo=timezone.utc)
    assert rt.parse_bool("No") is False
    (tmp_path / "v.json").write_text('{"k": [1]}')
    assert rt.read_json(f"@{tmp_path / 'v.json'}") == {"k": [1]}
    monkeypatch.setattr(sys, "stdin", io.StringIO("[true]"))
    assert rt.read_json("@-") == [True]
    for bad, convert in [("a", rt.parse_map), ("[1]", rt.parse_str_list), ("x", rt.parse_bool),
                         ("@/nonexistent.json", rt.read_json), ("1.5", rt.parse_int)]:
        with pytest.raises(argparse.ArgumentTypeError):
            convert(bad)


def test_abbreviated_flags_are_refused(config, capsys):
    assert cli.main(["storage", "create-storage-account", "x", "--desc", "d", "--label", "l",
                     "--config", str(config)]) == 2
    assert "unrecognized arguments: --desc" in capsys.readouterr().err


def test_waiter_timeout_exits_1_with_the_state_seen(config):
    ok(asm("hosted-services", "create-hosted-service", "cliwaitsvc1", "l", "--location",
           "West US", config=config))
    proc = asm("hosted-services", "wait-until-hosted-service-deleted", "cliwaitsvc1",
               "--timeout", "0.3", "--delay", "0.05", config=config)
    assert proc.returncode == 1 and proc.stdout == ""
    assert proc.stderr.startswith("asm: error: WaiterTimeout: ")
    ok(asm("hosted-services", "delete-hosted-service", "cliwaitsvc1", config=config))
    assert ok(asm("hosted-services", "wait-until-hosted-service-deleted", "cliwaitsvc1",
                  "--timeout", "30", "--delay", "0.05", config=config)) == ""


@pytest.mark.xdist_group("wheel")        # with tests/test_packaging.py: one wheel built
def test_installed_wheel_runs_asm(wheel, config, tmp_path):
    import zipfile

    with zipfile.ZipFile(wheel) as z:
        entry_points = z.read(next(n for n in z.namelist()
                                   if n.endswith(".dist-info/entry_points.txt"))).decode()
        z.extractall(tmp_path / "site")
    assert "asm = generated.cli:main" in entry_points
    env = {k: v for k, v in os.environ.items() if not k.startswith(("AZURE_MANAGEMENT_", "ASM_"))}
    env.update(PYTHONPATH=str(tmp_path / "site"), PYTHONNOUSERSITE="1", ASM_CONFIG=str(config))
    code = ("import sys, generated.cli as c, asm_sdk_runtime.cli as r; "
            "print(c.__file__, r.__file__, file=sys.stderr); sys.exit(c.main())")
    proc = subprocess.run([sys.executable, "-c", code, "hosted-services", "list-locations"],
                          capture_output=True, text=True, env=env, cwd=tmp_path, timeout=120)
    assert proc.returncode == 0, proc.stderr
    assert all(Path(p).is_relative_to(tmp_path / "site") for p in proc.stderr.split())
    assert [loc["name"] for loc in json.loads(proc.stdout)]
