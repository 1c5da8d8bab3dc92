"""What `asm` prints: formats, --query, declared columns, escaping, timestamps, paging.

Each behaviour is checked by running the installed `asm` script against the local
endpoint (tests/test_cli.py's helpers); the formatters are also checked in process.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from datetime import datetime, timedelta, timezone
from pathlib import Path

import pytest
import yaml as pyyaml

from asm_sdk_runtime import cli_output as out
from asm_sdk_runtime.xml import Timestamp
from tests.test_cli import ROOT, asm, ok
from tests.faultserver import record_case

ISO = re.compile(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d(\.\d+)?Z")
HOSTILE = "evil\x1b[2J\x1b]0;title\x07\x9b1m"
ESCAPED = "evil\\x1b[2J\\x1b]0;title\\x07\\x9b1m"


@pytest.fixture(scope="module")
def config(asm_emulator) -> Path:
    return asm_emulator.state_dir / "emulator.json"


@pytest.fixture(scope="module")
def account(asm_emulator) -> str:
    sms = asm_emulator.sms
    name = "cliostore1"
    result = sms.create_storage_account(name, "CLI output", "label", location="West US",
                                        account_type="Standard_LRS")
    sms.wait_for_operation_status(result.request_id, timeout=60, sleep_interval=0.05)
    return name


@pytest.fixture(scope="module")
def hostile_service(asm_emulator) -> str:
    """A cloud service whose label holds terminal control sequences."""
    name = "cliohostile1"
    asm_emulator.sms.create_hosted_service(name, HOSTILE, location="West US")
    return name


# --- formats and columns ----------------------------------------------------------------

def test_table_shows_the_declared_columns_flattened(config, account):
    text = ok(asm("storage", "list-storage-accounts", "-o", "table", config=config))
    header, *rows = text.splitlines()
    # Declared in spec/operations/storage.toml (cli_columns): no url, no empty keys.
    assert header.split() == ["SERVICE_NAME", "STATUS", "LOCATION", "AFFINITY_GROUP",
                              "ACCOUNT_TYPE"]
    row = next(r for r in rows if r.startswith(account + " "))
    assert row.split() == [account, "Created", "West", "US", "Standard_LRS"]
    # One account is one row with the same columns.
    single = ok(asm("storage", "get-storage-account-properties", account, "-o", "table",
                    config=config))
    # The same column names; widths follow each table's rows (the list's depend on the
    # accounts other tests made in the shared endpoint).
    assert single.splitlines()[0].split() == header.split()
    assert single.splitlines()[1].split() == [account, "Created", "West", "US",
                                              "Standard_LRS"]


def test_tsv_has_the_same_columns_and_columns_picks_them(config, account):
    rows = ok(asm("storage", "list-storage-accounts", "-o", "tsv", config=config))
    assert f"{account}\tCreated\tWest US\t\tStandard_LRS\n" in rows
    # --columns applies to tsv: a declared name, a unique last step, a field path.
    picked = ok(asm("storage", "list-storage-accounts", "-o", "tsv", "--columns",
                    "service_name,label,storage_service_properties.location,account_type",
                    config=config))
    assert f"{account}\tlabel\tWest US\tStandard_LRS\n" in picked
    table = ok(asm("storage", "list-storage-accounts", "-o", "table", "--columns",
                   "service_name,label", config=config))
    assert table.splitlines()[0].split() == ["SERVICE_NAME", "LABEL"]


@pytest.mark.parametrize("fmt", ["table", "tsv"])
def test_unknown_column_is_a_usage_error_naming_it(config, fmt):
    # Checked before anything is sent: the create below never happens.
    proc = asm("storage", "create-storage-account", "cliocolumns1", "d", "l", "--location",
               "West US", "--wait", "-o", fmt, "--columns", "id,stauts", config=config)
    assert proc.returncode == 2 and proc.stdout == ""
    last = proc.stderr.splitlines()[-1]
    assert last.startswith("asm storage create-storage-account: error: argument --columns: "
                           "Operation has no column 'stauts' (did you mean 'status'?)")
    request = asm("storage", "create-storage-account", "cliocolumns1", "d", "l", "--location",
                  "West US", "-o", fmt, "--columns", "request_id,nope", config=config)
    assert request.returncode == 2 and request.stderr.splitlines()[-1].endswith(
        "the request has no column 'nope'; columns: request_id, status_code "
        "(or a field path, a.b)")
    listed = asm("storage", "list-storage-accounts", "-o", fmt, "--columns", "nosuch",
                 config=config)
    assert listed.returncode == 2 and listed.stdout == ""
    assert "StorageService has no column 'nosuch'; columns: service_name, status" \
        in listed.stderr
    json_out = asm("storage", "list-storage-accounts", "--columns", "service_name",
                   config=config)
    assert json_out.returncode == 2 and json_out.stderr.splitlines()[-1].endswith(
        "error: argument --columns: applies to -o table and -o tsv (the output is json)")
    missing = asm("storage", "get-storage-account-properties", "cliocolumns1", config=config)
    assert missing.returncode == 1 and "ResourceNotFound" in missing.stderr


def test_yaml_output_reads_back_as_the_json_output(config, account, hostile_service):
    for args in (["storage", "get-storage-account-properties", account],
                 ["hosted-services", "get-hosted-service-properties", hostile_service],
                 ["hosted-services", "list-locations"]):
        as_json = json.loads(ok(asm(*args, config=config)))
        as_yaml = ok(asm(*args, "-o", "yaml", config=config))
        assert pyyaml.safe_load(as_yaml) == as_json
        assert "\x1b" not in as_yaml and "\x07" not in as_yaml


TRICKY = ["yes", "No", "ON", "off", "y", "n", "null", "Null", "~", "", " ", "true", "False",
          "1.0", "1", "-1", "0x1F", "0o17", "1e3", ".inf", "-.inf", ".NaN", "1_000", "12:30",
          "2024-01-31", "2024-01-31T12:00:00Z", ": x", "a: b", "a:b", "a #b", "#c", "- x", "-",
          "? x", "*a", "&a", "!t", "%x", "@x", "`x", "{a}", "[a]", "|", ">", '"q"', "'s'",
          " lead", "trail ", "a\nb", "tab\there", "\x1b[2J", "\x07", "\x9b", "\u2028",
          "\ufeff", "ü ñ 漢字", "C:\\path", "http://x/y?z=1", "<<", "=", "a,b", "plain text",
          "West US", "Standard_LRS", "n/a"]


def test_yaml_quotes_every_string_yaml_would_misread():
    data = {"strings": TRICKY, "keys": {s: s for s in TRICKY},
            "numbers": [0, -5, 1.5, 1e300, True, False, None], "empty": [[], {}, ""],
            "nested": [{"a": [1, {"b": []}]}, [[1], []]]}
    text = out.yaml(data)
    assert pyyaml.safe_load(text) == data
    assert "\x1b" not in text and "\x07" not in text and "\x9b" not in text
    # Safe words stay plain, so output reads as YAML people write.
    assert "- West US\n" in text and "- Standard_LRS\n" in text and '- "yes"\n' in text


@record_case('a label holding ESC[2J ESC]0;title BEL (clear screen, set title), printed as table and tsv',
             'the controls printed escaped (\\x1b...\\x07), never raw; JSON escapes them too',
             group='cli')
def test_table_and_tsv_escape_terminal_controls(config, hostile_service):
    text = ok(asm("hosted-services", "list-hosted-services", "-o", "table", config=config))
    row = next(r for r in text.splitlines() if r.startswith(hostile_service))
    assert ESCAPED in row
    assert not re.search(r"[\x00-\x09\x0b-\x1f\x7f-\x9f]", text)
    tsv = ok(asm("hosted-services", "list-hosted-services", "-o", "tsv", "--columns",
                 "service_name,label", config=config))
    assert f"{hostile_service}\t{ESCAPED}\n" in tsv
    assert not re.search(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]", tsv)
    # JSON escapes them itself, and keeps the label as it is.
    props = json.loads(ok(asm("hosted-services", "get-hosted-service-properties",
                              hostile_service, config=config)))
    assert props["hosted_service_properties"]["label"] == HOSTILE


def test_cells_escape_controls_and_tsv_keeps_one_row_per_line():
    rows = [{"a": "x\x1b]0;t\x07", "b": "tab\there\nnext\\"}, {"a": "\u202eabc", "b": None}]
    assert out.table(rows) == ("A              B\n"
                               "x\\x1b]0;t\\x07  tab here next\\\n"
                               "\\u202eabc\n")
    assert out.tsv(rows) == "x\\x1b]0;t\\x07\ttab\\there\\nnext\\\\\n\\u202eabc\t\n"
    assert out.escape_terminal("\x00\x7f\x85 ok") == "\\x00\\x7f\\x85 ok"


# --- --query ----------------------------------------------------------------------------

def test_query_selects_before_formatting(config, account, hostile_service):
    names = json.loads(ok(asm("storage", "list-storage-accounts", "--query",
                              "[].service_name", config=config)))
    assert account in names and all(isinstance(n, str) for n in names)
    label = ok(asm("hosted-services", "list-hosted-services", "--query",
                   f"[?service_name=='{hostile_service}'].hosted_service_properties.label | [0]",
                   "-o", "tsv", config=config))
    assert label == ESCAPED + "\n"
    # Whole items kept by a filter still show their model's declared columns.
    table = ok(asm("storage", "list-storage-accounts", "-o", "table", "--query",
                   f"[?service_name=='{account}']", config=config))
    assert table.splitlines()[0].split() == ["SERVICE_NAME", "STATUS", "LOCATION",
                                             "AFFINITY_GROUP", "ACCOUNT_TYPE"]
    assert len(table.splitlines()) == 2
    # A projection's keys are the columns.
    pairs = ok(asm("storage", "list-storage-accounts", "-o", "table", "--query",
                   f"[?service_name=='{account}'].{{name: service_name, "
                   "where: storage_service_properties.location}", config=config))
    assert pairs.splitlines() == ["NAME        WHERE", f"{account}  West US"]
    assert ok(asm("storage", "list-storage-accounts", "--query", "[?service_name=='none'] | [0]",
                  config=config)) == ""


def test_bad_query_is_a_usage_error(config):
    proc = asm("hosted-services", "list-locations", "--query", "[?name==", config=config)
    assert proc.returncode == 2 and proc.stdout == ""
    assert proc.stderr.startswith("asm: error: argument --query: ")


def test_jmespath_is_loaded_only_for_query():
    code = ("import sys, generated.cli as c; c.build_parser(); "
            "print('jmespath' in sys.modules)")
    proc = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          cwd=ROOT, timeout=120)
    assert proc.stdout.split() == ["False"], proc.stderr


# --- timestamps and empty results -------------------------------------------------------

def test_one_timestamp_format():
    assert out.to_json(Timestamp("2015-07-02T16:45:20.9231648Z")) == "2015-07-02T16:45:20.923164Z"
    assert out.to_json(Timestamp("2015-07-02T16:45:20Z")) == "2015-07-02T16:45:20Z"
    assert out.to_json(Timestamp("2015-07-02T18:45:20+02:00")) == "2015-07-02T16:45:20Z"
    assert out.to_json(datetime(2024, 1, 31, 12, tzinfo=timezone.utc)) == "2024-01-31T12:00:00Z"
    assert out.to_json(datetime(2024, 1, 31, 14, tzinfo=timezone(timedelta(hours=2)))) == \
        "2024-01-31T12:00:00Z"
    assert out.to_json(Timestamp("")) is None           # absent
    assert out.to_json(Timestamp("not a time")) == "not a time"


def test_timestamps_print_in_iso_8601_everywhere(config, account):
    props = json.loads(ok(asm("storage", "get-storage-account-properties", account,
                              config=config)))
    created = props["storage_service_properties"]["creation_time"]
    assert ISO.fullmatch(created)
    assert pyyaml.safe_load(ok(asm("storage", "get-storage-account-properties", account,
                                   "-o", "yaml", config=config))
                            )["storage_service_properties"]["creation_time"] in (
        created, datetime.fromisoformat(created))   # YAML may read it as a timestamp
    cell = ok(asm("storage", "get-storage-account-properties", account, "-o", "tsv",
                  "--columns", "creation_time", config=config))
    assert cell == created + "\n"


@pytest.mark.parametrize("fmt", ["json", "yaml", "table", "tsv"])
def test_a_command_that_returns_nothing_prints_nothing(config, fmt):
    name = f"cliogone{fmt}"
    proc = asm("hosted-services", "wait-until-hosted-service-deleted", name, "--timeout", "30",
               "--delay", "0.05", "-o", fmt, config=config)
    assert proc.returncode == 0 and proc.stdout == "" and proc.stderr == ""


# --- paging -----------------------------------------------------------------------------

def _operations(config, *args: str) -> subprocess.CompletedProcess:
    today = datetime.now(timezone.utc).date()
    return asm("hosted-services", "list-subscription-operations",
               "--start-time", str(today - timedelta(days=1)),
               "--end-time", str(today + timedelta(days=1)), *args, config=config)


def test_paging_follows_tokens_and_resumes_as_the_aws_cli(asm_emulator, config):
    sms = asm_emulator.sms
    name = "cliopaged1"
    sms.create_hosted_service(name, "paged", location="West US")
    for n in range(104):            # 105 operations: more than one page of 100
        sms.update_hosted_service(name, label=f"paged {n}")
    object_id = f"/{asm_emulator.config['subscription_id']}/services/hostedservices/{name}"
    today = datetime.now(timezone.utc).date()
    first_page = sms.list_subscription_operations(
        start_time=str(today - timedelta(days=1)), end_time=str(today + timedelta(days=1)),
        object_id_filter=object_id)
    assert len(first_page.subscription_operations) == 100 and first_page.continuation_token

    whole = json.loads(ok(_operations(config, "--object-id-filter", object_id)))
    ids = [o["operation_id"] for o in whole["subscription_operations"]]
    assert len(ids) == len(set(ids)) == 105
    assert set(whole) == {"subscription_operations"}       # no token: nothing more

    seen: list[str] = []
    token = None
    for expected in (40, 40, 25):
        page = json.loads(ok(_operations(config, "--object-id-filter", object_id,
                                         "--max-items", "40",
                                         *(["--starting-token", token] if token else []))))
        seen += [o["operation_id"] for o in page["subscription_operations"]]
        assert len(page["subscription_operations"]) == expected
        token = page.get("NextToken")
        assert (token is None) == (expected < 40)
    assert seen == ids

    # table and tsv: the rows on stdout, the NextToken on stderr.
    proc = _operations(config, "--object-id-filter", object_id, "--max-items", "100", "-o",
                       "tsv")
    assert proc.returncode == 0 and len(proc.stdout.splitlines()) == 100
    assert [line.split("\t")[0] for line in proc.stdout.splitlines()] == ids[:100]
    match = re.fullmatch(r"NextToken: (\S+)  \(more items: --starting-token \1\)\n",
                         proc.stderr)
    assert match
    rest = _operations(config, "--object-id-filter", object_id, "--starting-token",
                       match.group(1), "-o", "table")
    header, *rows = ok(rest).splitlines()
    assert header.split()[:3] == ["OPERATION_ID", "OPERATION_NAME", "STATUS"]
    assert [r.split()[0] for r in rows] == ids[100:]


def test_bad_starting_token_is_a_usage_error(config):
    proc = _operations(config, "--starting-token", "not-a-token")
    assert proc.returncode == 2 and proc.stdout == ""
    assert proc.stderr.splitlines()[-1].endswith(
        "error: argument --starting-token: not a NextToken this command printed")
    zero = _operations(config, "--max-items", "0")
    assert zero.returncode == 2 and "argument --max-items: expected a whole number" in zero.stderr


# --- discoverability --------------------------------------------------------------------

def test_version_names_the_package_and_the_api_versions():
    from importlib import metadata

    from asm_sdk_codegen.spec import load_spec

    proc = asm("--version")
    assert proc.returncode == 0 and proc.stderr == ""
    first, *rest = proc.stdout.splitlines()
    assert first == f"asm {metadata.version('asm-sdk')} (asm-sdk)"
    spec = load_spec(ROOT / "spec")
    assert rest == [f"{cls}: x-ms-version {svc.x_ms_version}"
                    for cls, svc in sorted(spec.services.items())]


@pytest.mark.parametrize("args, message", [
    (["hosted-service", "list-locations"],
     "asm: error: argument AREA: invalid choice: 'hosted-service' (did you mean "
     "'hosted-services'?); `asm --help` lists them"),
    (["storage", "list-storage-acount"],
     "asm storage: error: argument OPERATION: invalid choice: 'list-storage-acount' (did you "
     "mean 'list-storage-accounts'?); `asm storage --help` lists them"),
    (["storage", "xyzzy"],
     "asm storage: error: argument OPERATION: invalid choice: 'xyzzy'; `asm storage --help` "
     "lists them"),
    (["completion", "fish"], "asm completion: error: argument SHELL: invalid choice: 'fish'"),
])
def test_mistyped_names_get_did_you_mean_not_every_name(args, message):
    proc = asm(*args)
    assert proc.returncode == 2 and proc.stdout == ""
    assert proc.stderr.splitlines()[-1].startswith(message)
    assert "wait-until-storage-account-created" not in proc.stderr    # no list of all names
    assert "virtual-machines" not in proc.stderr


def test_every_help_shows_the_example_docs_api_shows():
    from asm_sdk_codegen import cli as codegen_cli
    from asm_sdk_codegen.spec import load_spec
    from asm_sdk_codegen.waiters import load_waiters
    from generated import cli as generated_cli
    from tests.test_cli import _commands

    spec = load_spec(ROOT / "spec")
    areas = codegen_cli.build_areas(spec, ROOT / "spec", load_waiters(ROOT / "spec", spec))
    commands = _commands(generated_cli.build_parser())
    assert sum(len(a.commands) for a in areas) == len(commands) > 150
    for area in areas:
        page = (ROOT / "docs" / "api" / "operations" /
                f"{area.name.replace('-', '_')}.md").read_text()
        for cmd in area.commands:
            example = codegen_cli.example(cmd)
            assert example.startswith(f"asm {area.name} {cmd.name}")
            epilog = commands[(area.name, cmd.name)].parser.epilog
            assert epilog.endswith("Example:\n  " + example.replace("%", "%%")), cmd.name
            if cmd.waits:   # the client's own wait methods: no spec operation, no page
                continue
            assert f"```sh\n{example}\n```" in page, (area.name, cmd.name)
    shown = ok(asm("storage", "create-storage-account", "--help"))
    assert shown.endswith('Example:\n  asm storage create-storage-account "$SERVICE_NAME" '
                          '"$DESCRIPTION" "$LABEL" --wait\n')
    listing = ok(asm("hosted-services", "wait-until-role-instances-ready", "--help"))
    assert 'asm hosted-services wait-until-role-instances-ready "$SERVICE_NAME" ' \
        '"$DEPLOYMENT_NAME" --timeout' in listing


BASH_PROBE = r'''
source "$1"
probe() { COMP_WORDS=("$@"); COMP_CWORD=$((${#COMP_WORDS[@]} - 1)); COMPREPLY=(); _asm
          echo "${COMPREPLY[*]}"; }
probe asm hosted-serv
probe asm storage list-st
probe asm -o table --config x.json stor
probe asm storage create-storage-account --loc
probe asm storage list-storage-accounts -o t
probe asm comp
probe asm completion ""
probe asm virtual-machines create-virtual-machine-deployment --system-c
'''


def test_bash_completion_completes_areas_operations_and_options(tmp_path):
    script = tmp_path / "asm.bash"
    script.write_text(ok(asm("completion", "bash")))
    probe = subprocess.run(["bash", "--norc", "--noprofile", "-c", BASH_PROBE, "probe",
                            str(script)], capture_output=True, text=True, timeout=60)
    assert probe.stderr == ""
    assert probe.stdout.splitlines() == [
        "hosted-services", "list-storage-accounts", "storage", "--location", "table tsv",
        "completion", "bash zsh", "--system-config"]


ZSH_PROBE = r'''
compdef() { print -r -- "compdef $*"; }
compadd() { print -r -- "compadd $*"; }
_describe() { local n=${@[-1]}; local -a entries; entries=("${(@P)n}")
              print -r -- "describe ${#entries} ${entries[1]%%:*}"; }
_files() { print files; }
source "$1"
words=(asm storage list); CURRENT=3; _asm
words=(asm -o table storage create-storage-account --lo); CURRENT=6; _asm
words=(asm storage list-storage-accounts --config ""); CURRENT=5; _asm
'''


def test_zsh_completion_is_written_from_the_same_tree(tmp_path):
    import shutil

    bash_text = ok(asm("completion", "bash"))
    text = ok(asm("completion", "zsh"))
    assert text.startswith("#compdef asm\n")
    assert "compdef _asm asm" in text and "_describe -t operations 'operation' reply" in text
    # The same areas, operations and options as the bash script.
    for line in bash_text.splitlines():
        if line.startswith("        storage) echo "):
            for op in line.split("'")[1].split():
                assert f"'{op}:" in text
    assert "('storage create-storage-account') reply=(--wait --wait-timeout" in text
    assert "(--output) reply=(json table tsv yaml) ;;" in text
    assert "'hosted-services:" in text and "'completion:" in text
    zsh = shutil.which("zsh")
    if zsh:      # not on every machine: then the content above is what is checked
        script = tmp_path / "_asm"
        script.write_text(text)
        assert subprocess.run([zsh, "-n", str(script)], timeout=60).returncode == 0
        probe = subprocess.run([zsh, "-f", "-c", ZSH_PROBE, "probe", str(script)],
                               capture_output=True, text=True, timeout=60)
        lines = probe.stdout.splitlines()
        assert lines[0] == "compdef _asm asm"
        assert lines[1] == "describe 9 check-storage-account-name-availability"
        assert lines[2].startswith("compadd -- -h --help ") and "--location" in lines[2]
        assert lines[3] == "files"


@record_case('a server whose error message and non-XML body hold terminal control sequences',
             'the error line on stderr escapes them',
             group='cli')
def test_a_hostile_server_cannot_reach_the_terminal(tmp_path):
    """Names and error messages from a server that is not the local endpoint: escaped in
    the table and in the error lines on stderr.  XML cannot carry C0 controls such as ESC,
    but it can carry C1 ones (CSI U+009B, OSC U+009D), and a body that is not XML anything."""
    from tests.faultserver import SUB, FaultServer, azure_error, locations_xml, make_certs, reply

    certs = make_certs(tmp_path / "pki")
    with FaultServer(certs) as srv:
        cfg = tmp_path / "hostile.json"
        cfg.write_text(json.dumps({"host": srv.host, "subscription_id": SUB,
                                   "cert_file": certs.client, "ca_file": certs.ca}))
        srv.route("GET", f"/{SUB}/locations", reply(200, locations_xml("West\x9b2J US")))
        table = ok(asm("hosted-services", "list-locations", "-o", "table", config=cfg))
        assert table.splitlines()[1].split()[0] == "West\\x9b2J"
        srv.route("GET", f"/{SUB}/services/hostedservices",
                  azure_error(409, "Conflict", "busy\x9d0;pwned\x9c now"))
        proc = asm("hosted-services", "list-hosted-services", config=cfg)
        assert proc.returncode == 1
        assert proc.stderr.splitlines()[0] == "asm: error: Conflict: busy\\x9d0;pwned\\x9c now"
        srv.route("GET", f"/{SUB}/services/storageservices",
                  reply(400, b"down \x1b[2J\x1b]0;pwned\x07"))
        proc = asm("storage", "list-storage-accounts", config=cfg)
        assert proc.returncode == 1
        assert not re.search(r"[\x00-\x09\x0b-\x1f\x7f-\x9f]", proc.stderr)
        assert "down \\x1b[2J\\x1b]0;pwned\\x07" in proc.stderr.splitlines()[0]


# --- the spec keys ----------------------------------------------------------------------

def test_spec_columns_and_paging_are_checked_when_loaded():
    from asm_sdk_codegen import spec as spec_mod
    from generated import cli as generated_cli

    spec = spec_mod.load_spec(ROOT / "spec")
    assert spec.shapes["StorageService"].cli_columns == [
        "service_name", "storage_service_properties.status",
        "storage_service_properties.location", "storage_service_properties.affinity_group",
        "storage_service_properties.account_type"]
    assert generated_cli.TABLES["StorageService"] == tuple(
        spec.shapes["StorageService"].cli_columns)
    [op] = [o for o in spec.services["ServiceManagementService"].operations
            if o.name == "list_subscription_operations"]
    assert op.paging == ("continuation_token", "continuation_token", "subscription_operations")
    for columns, message in [(["storage_service_properties.nope"], "no field 'nope'"),
                             (["url.x"], "no field 'x'"),
                             (["service_name", "storage_service_properties.label",
                               "storage_service_properties.status",
                               "storage_service_properties.label"], "the same name twice"),
                             ("service_name", "a list of field paths")]:
        with pytest.raises(spec_mod.SpecError, match=re.escape(message)):
            spec_mod._cli_columns(spec.shapes, "StorageService", columns, "storage.toml")
    params = {p.name: p for p in op.params}
    for raw, message in [({"token_param": "start_time", "next_token": "continuation_token"},
                          "paging is"),
                         ({"token_param": "nope", "next_token": "continuation_token",
                           "items": "subscription_operations"}, "no optional parameter"),
                         ({"token_param": "continuation_token",
                           "next_token": "subscription_operations",
                           "items": "subscription_operations"}, "next_token names no text"),
                         ({"token_param": "continuation_token",
                           "next_token": "continuation_token", "items": "continuation_token"},
                          "items names no list")]:
        with pytest.raises(spec_mod.SpecError, match=message):
            spec_mod._paging(raw, params, spec.shapes, "SubscriptionOperationCollection", "x")
