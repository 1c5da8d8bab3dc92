"""What the generated `asm` command line (generated/cli.py) runs on.

generated/cli.py holds one command per spec operation and the metadata of the models its
parameters take; this module is what no spec describes: the command tree's shared options,
turning text and JSON into arguments and models, credentials, waiting, and exit codes (0
success, 1 the service or the network failed, 2 usage or configuration error).  What is
printed is runtime/cli_output.py; did-you-mean, --version and completion runtime/cli_help.py.
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import sys
import time
from datetime import datetime
from typing import Any, Callable, NoReturn

from . import cli_help, cli_output
from .cli_output import to_json
from .errors import (AzureAsyncOperationHttpError, AzureConfigurationError,
                     AzureConnectionError, AzureException, AzureHttpError,
                     AzureOperationFailedError, AzureOperationsFailedError,
                     AzureOperationTimeoutError, AzureWaiterError, AzureWaiterTimeoutError)

PROG = "asm"
# Options of every command; no operation parameter may take these names (codegen/cli.py
# refuses a spec where one would).
RESERVED = ("help", "subscription_id", "cert_file", "host", "ca_file", "publish_settings",
            "subscription", "config", "output", "columns", "debug", "wait", "wait_timeout",
            "poll_interval", "auth", "access_token",
            "query", "max_items", "starting_token",
            "cert_password", "read_timeout", "connect_timeout", "retries")
EXIT_OK, EXIT_SERVICE, EXIT_USAGE = 0, 1, 2
CONFIG_ENV = "ASM_CONFIG"
AUTH_ENV = "ASM_AUTH"                  # cert or token: the default of --auth
TOKEN_ENV = "ASM_ACCESS_TOKEN"         # the token of --auth token (safer than --access-token)
CERT_PASSWORD_ENV = "ASM_CERT_PASSWORD"  # the password of --cert-password, out of `ps`
# The keys a --config file may hold (the local endpoint's emulator.json has all of them).
CONFIG_KEYS = ("host", "subscription_id", "cert_file", "ca_file", "tenant_id", "client_id",
               "client_secret", "authority")
# JSON arguments nested deeper than this are refused (no model is a tenth as deep).
MAX_JSON_DEPTH = 64
AUTH_MODES = ("cert", "token")
# Field metadata from generated/cli.py MODELS: (attribute, XML tag, kind, item kind,
# model, list class).
FieldInfo = tuple[str, str, str, "str | None", "str | None", "str | None"]
_SCALARS = ("str", "b64", "int", "bool", "float", "datetime")
# A waiter's progress line: (matcher of its first success acceptor, its path or None,
# the noun of one item of a list path).
Progress = tuple[str, "str | None", str]


class UsageError(Exception):
    """A command line that cannot be run as given (exit code 2)."""


# --- text and JSON -> Python values -----------------------------------------------------
# A value that cannot be read is never quoted back in the message: it may be a secret.

def parse_bool(text: str) -> bool:
    value = text.strip().lower()
    if value in ("true", "yes", "1", "on"):
        return True
    if value in ("false", "no", "0", "off"):
        return False
    raise argparse.ArgumentTypeError("expected true or false")


def parse_datetime(text: str) -> datetime:
    try:
        return datetime.fromisoformat(text.replace("Z", "+00:00"))
    except ValueError:
        raise argparse.ArgumentTypeError(
            "expected an ISO 8601 date and time (2024-01-31T12:00:00Z)") from None


def parse_int(text: str) -> int:
    try:
        return int(text)
    except ValueError:
        raise argparse.ArgumentTypeError("expected an integer") from None


def parse_float(text: str) -> float:
    try:
        return float(text)
    except ValueError:
        raise argparse.ArgumentTypeError("expected a number") from None


def read_json(text: str) -> Any:
    """Inline JSON, `@FILE` (JSON read from FILE) or `@-` (from standard input)."""
    source = "JSON"
    if text.startswith("@"):
        source = text[1:]
        try:
            if source == "-":
                text = sys.stdin.read()
            else:
                with open(source, encoding="utf-8") as fh:
                    text = fh.read()
        except OSError as exc:
            raise argparse.ArgumentTypeError(
                f"cannot read {source}: {exc.strerror or exc}") from None
    try:
        value = json.loads(text)
        too_deep = _too_deep(value)
    except RecursionError:      # json gives up far deeper than the bound
        too_deep = True
    except ValueError as exc:   # json's message says where, never what the text holds
        raise argparse.ArgumentTypeError(f"invalid {source}: {exc}") from None
    if too_deep:
        raise argparse.ArgumentTypeError(
            f"invalid {source}: nested more than {MAX_JSON_DEPTH} levels deep")
    return value


def _too_deep(value: Any) -> bool:
    """Whether JSON `value` nests lists and objects deeper than MAX_JSON_DEPTH (walked
    without recursion: the builders after it recurse)."""
    todo = [(value, 1)]
    while todo:
        item, depth = todo.pop()
        if isinstance(item, (list, dict)):
            if depth > MAX_JSON_DEPTH:
                return True
            todo.extend((v, depth + 1) for v in (item.values() if isinstance(item, dict)
                                                 else item))
    return False


def parse_str_list(text: str) -> list[str]:
    """A JSON array of strings, or comma-separated values."""
    if text.lstrip().startswith(("[", "@")):
        value = read_json(text)
        if not isinstance(value, list) or not all(isinstance(v, str) for v in value):
            raise argparse.ArgumentTypeError("expected a JSON array of strings")
        return value
    return [part.strip() for part in text.split(",") if part.strip()]


def parse_map(text: str) -> dict[str, str]:
    """A JSON object of strings, or NAME=VALUE pairs separated by commas."""
    if text.lstrip().startswith(("{", "@")):
        value = read_json(text)
        if not isinstance(value, dict):
            raise argparse.ArgumentTypeError("expected a JSON object")
        return {str(k): "" if v is None else str(v) for k, v in value.items()}
    pairs = {}
    for part in filter(None, (p.strip() for p in text.split(","))):
        key, sep, value = part.partition("=")
        if not sep:
            raise argparse.ArgumentTypeError("expected NAME=VALUE pairs or a JSON object")
        pairs[key.strip()] = value.strip()
    return pairs


def _at(where: str) -> str:
    return f"{where}: " if where else ""


def _json_type(value: Any) -> str:
    """What a JSON value is, for messages that must not echo it (it may be a secret)."""
    if isinstance(value, bool):
        return "a boolean"
    if isinstance(value, (int, float)):
        return "a number"
    if isinstance(value, str):
        return "a string that is not one" if value else "an empty string"
    if isinstance(value, list):
        return "an array"
    return "an object" if isinstance(value, dict) else "null"


class ModelBuilder:
    """Builds generated model instances from parsed JSON, driven by the generated metadata.

    JSON keys are the models' Python attribute names or the API's XML element names.  A base
    model (ConfigurationSet) becomes the variant whose fixed fields the object matches
    (`"configuration_set_type": "LinuxProvisioningConfiguration"` -> LinuxConfigurationSet),
    or the one named by a `"$type"` key.  Lists with a predecessor alias (py:items) become
    their generated list class and may also be given in the old wrapped form
    (`{"input_endpoints": [...]}`).
    """

    def __init__(self, models: dict[str, tuple[FieldInfo, ...]],
                 variants: dict[str, dict[str, dict[str, object]]],
                 wrappers: dict[str, tuple[str | None, str | None, str | None]]) -> None:
        self.models = models
        self.variants = variants
        self.wrappers = wrappers
        self._keys: dict[str, dict[str, FieldInfo]] = {}

    def param(self, model: str, value: Any, where: str) -> Any:
        """A parameter's value: a model, or the items of a list wrapper."""
        if model in self.wrappers:
            item_kind, item_model, list_class = self.wrappers[model]
            return self._list(value, item_kind, item_model, list_class, None, where)
        return self.model(model, value, where)

    def model_list(self, model: str, value: Any, where: str) -> list[Any]:
        return self._list(value, "struct", model, None, None, where)

    def model(self, name: str, value: Any, where: str) -> Any:
        if value is None:
            return None
        if not isinstance(value, dict):
            raise UsageError(f"{_at(where)}expected a JSON object for {name}, "
                             f"got {type(value).__name__}")
        name = self._variant(name, value, where)
        keys = self._field_keys(name)
        kwargs: dict[str, Any] = {}
        for key, raw in value.items():
            if key == "$type":
                continue
            info = keys.get(key)
            if info is None:
                known = ", ".join(f[0] for f in self.models[name])
                raise UsageError(f"{_at(where)}{name} has no field {key!r} (fields: {known})")
            kwargs[info[0]] = self._value(info, raw, f"{where}.{info[0]}" if where else info[0])
        cls = getattr(importlib.import_module("generated.models"), name)
        try:
            return cls(**kwargs)
        except TypeError as exc:
            raise UsageError(f"{_at(where)}{name}: {exc}") from None

    def _field_keys(self, name: str) -> dict[str, FieldInfo]:
        keys = self._keys.get(name)
        if keys is None:
            keys = {}
            for info in self.models[name]:
                keys[info[1]] = info          # the XML element name ...
                keys[info[0]] = info          # ... or the Python attribute name
            self._keys[name] = keys
        return keys

    def _variant(self, name: str, value: dict[str, Any], where: str) -> str:
        variants = self.variants.get(name, {})
        chosen = value.get("$type")
        if chosen is not None:
            if not isinstance(chosen, str) or chosen != name and chosen not in variants:
                # The value is not echoed: the JSON around it may hold a password.
                raise UsageError(f"{_at(where)}$type must be {name} or one of "
                                 f"{', '.join(variants) or 'none'}")
            return str(chosen)
        for variant, fixed in variants.items():
            keys = self._field_keys(variant)
            given = {keys[k][0]: v for k, v in value.items() if k in keys}
            if fixed and all(given.get(attr) == v for attr, v in fixed.items()):
                return variant
        return name

    def _value(self, info: FieldInfo, raw: Any, where: str) -> Any:
        _, _, kind, item_kind, model, list_class = info
        if raw is None:
            return None
        if kind == "struct":
            return self.model(model or "", raw, where)
        if kind == "list":
            return self._list(raw, item_kind, model, list_class, info[0], where)
        if kind == "map":
            if not isinstance(raw, dict):
                raise UsageError(f"{_at(where)}expected a JSON object of strings")
            return {str(k): "" if v is None else str(v) for k, v in raw.items()}
        return self.scalar(kind, raw, where)

    def _list(self, raw: Any, item_kind: str | None, model: str | None,
              list_class: str | None, attr: str | None, where: str) -> list[Any]:
        if isinstance(raw, dict) and len(raw) == 1 and list_class:
            # The predecessor's wrapper object: {"input_endpoints": [...]}.
            (alias, inner), = raw.items()
            raw = inner if isinstance(inner, list) else raw
        if not isinstance(raw, list):
            raise UsageError(f"{_at(where)}expected a JSON array")
        if item_kind == "struct":
            items = [self.model(model or "", v, f"{where}[{n}]") for n, v in enumerate(raw)]
        else:
            items = [self.scalar(item_kind or "str", v, f"{where}[{n}]")
                     for n, v in enumerate(raw)]
        if list_class:
            cls = getattr(importlib.import_module("generated.models"), list_class)
            wrapped: list[Any] = cls(items)
            return wrapped
        return items

    @staticmethod
    def scalar(kind: str, raw: Any, where: str) -> Any:
        try:
            if kind in ("str", "b64"):
                if isinstance(raw, (dict, list)):
                    raise ValueError("expected a string")
                return raw if isinstance(raw, str) else json.dumps(raw)
            if kind == "int":
                if isinstance(raw, bool) or isinstance(raw, float) and not raw.is_integer():
                    raise ValueError(f"expected an integer, got {_json_type(raw)}")
                try:
                    return int(raw)
                except ValueError:
                    raise ValueError(f"expected an integer, got {_json_type(raw)}") from None
            if kind == "float":
                if isinstance(raw, bool):
                    raise ValueError(f"expected a number, got {_json_type(raw)}")
                try:
                    return float(raw)
                except ValueError:
                    raise ValueError(f"expected a number, got {_json_type(raw)}") from None
            if kind == "bool" and isinstance(raw, bool):
                return raw
            if kind in ("bool", "datetime"):
                try:
                    return (parse_bool if kind == "bool" else parse_datetime)(str(raw))
                except argparse.ArgumentTypeError as exc:   # the text's parser says what it wants
                    raise ValueError(f"{exc}, got {_json_type(raw)}") from None
        except (ValueError, TypeError) as exc:
            raise UsageError(f"{_at(where)}{exc}") from None
        raise UsageError(f"{_at(where)}unsupported kind {kind}")


# --- the command tree -------------------------------------------------------------------

class Command:
    """What running one command needs besides its parsed arguments."""

    def __init__(self, parser: argparse.ArgumentParser, service: str, method: str,
                 positional: list[str], result: str, is_async: bool, waiter: bool,
                 builder: ModelBuilder, model: str | None = None,
                 paging: cli_output.Paging | None = None, waits: str | None = None,
                 progress: Progress | None = None) -> None:
        self.parser = parser
        self.model = model            # the result's model (a list's items), for its columns
        self.paging = paging          # the spec's paging: followed by the CLI
        self.builder = builder
        self.service = service
        self.method = method
        self.positional = positional
        self.result = result
        self.is_async = is_async
        self.waiter = waiter
        # "operation" / "operations": wait_for_operation_status / wait_for_operations.
        self.waits = waits
        # What a waiter's progress line shows (generated from the spec's waiter).
        self.progress = progress
        self.params: dict[str, tuple[argparse.Action, Callable[[str], Any] | None]] = {}


class _Formatter(argparse.RawDescriptionHelpFormatter):
    def __init__(self, prog: str) -> None:
        super().__init__(prog, max_help_position=32)


def _shared_options(parser: argparse.ArgumentParser) -> None:
    """Credentials and output options, accepted before or after the command."""
    s = argparse.SUPPRESS
    group = parser.add_argument_group("connection (default: the AZURE_MANAGEMENT_* variables)")
    group.add_argument("--subscription-id", default=s, metavar="ID",
                       help="subscription to manage ($AZURE_MANAGEMENT_SUBSCRIPTIONID)")
    group.add_argument("--cert-file", default=s, metavar="FILE",
                       help="management certificate: PEM with key, or .pfx "
                            "($AZURE_MANAGEMENT_CERTFILE)")
    group.add_argument("--cert-password", default=s, metavar="PASSWORD",
                       help=f"password of a .pfx or of an encrypted PEM key (${CERT_PASSWORD_ENV}"
                            " keeps it out of the process list; asked for on a terminal when "
                            "needed and not given)")
    group.add_argument("--host", default=s,
                       help="endpoint HOST or HOST:PORT ($AZURE_MANAGEMENT_HOST)")
    group.add_argument("--ca-file", default=s, metavar="FILE",
                       help="CA bundle to verify the server with (default: the system's)")
    group.add_argument("--publish-settings", default=s, metavar="FILE",
                       help="take subscription, certificate and host from a .publishsettings "
                            "file")
    group.add_argument("--subscription", default=s, metavar="ID",
                       help="which subscription of --publish-settings (needed when it has "
                            "several)")
    group.add_argument("--config", default=s, metavar="FILE",
                       help=f"JSON with host, subscription_id, cert_file, ca_file (and "
                            f"tenant_id, client_id, client_secret, authority for --auth token)"
                            f", such as the local endpoint's emulator.json (${CONFIG_ENV})")
    group.add_argument("--auth", default=s, choices=AUTH_MODES,
                       help=f"cert: a management certificate (the default, or ${AUTH_ENV}); "
                            f"token: an Azure AD access token: --access-token / ${TOKEN_ENV}, "
                            "else the --config file's service principal, else azure-identity's "
                            "DefaultAzureCredential")
    group.add_argument("--access-token", default=s, metavar="TOKEN",
                       help=f"an access token for https://management.core.windows.net/ "
                            f"(implies --auth token; ${TOKEN_ENV} keeps it out of the process "
                            "list)")
    net = parser.add_argument_group("network")
    net.add_argument("--timeout", "--read-timeout", dest="read_timeout", default=s,
                     type=_positive, metavar="S",
                     help="seconds to wait for each answer of the service (default: 65; "
                          "waiting commands, whose own --timeout bounds the wait, take "
                          "--read-timeout)")
    net.add_argument("--connect-timeout", default=s, type=_positive, metavar="S",
                     help="seconds to wait for a connection (default: the read timeout, at "
                          "most 30)")
    net.add_argument("--retries", default=s, type=_retries, metavar="N",
                     help="tries again after a failure that may pass (connection lost, 503, "
                          "...), at most N times; a note on stderr says each (default: 3; 0: "
                          "never)")
    out = parser.add_argument_group("output")
    cli_output.add_options(out)
    out.add_argument("--debug", default=s, action="store_true",
                     help="log requests and responses to standard error")


class Root:
    """The `asm` parser; `area()` adds one area, its `command()` one operation."""

    def __init__(self, services: dict[str, str], models: dict[str, tuple[FieldInfo, ...]],
                 variants: dict[str, dict[str, dict[str, object]]],
                 wrappers: dict[str, tuple[str | None, str | None, str | None]],
                 tables: dict[str, tuple[str, ...]] | None = None,
                 api_versions: dict[str, str] | None = None) -> None:
        self.services = services
        self.builder = ModelBuilder(models, variants, wrappers)
        self.tables = tables or {}    # model -> the columns the spec declares
        self.shared = argparse.ArgumentParser(add_help=False, allow_abbrev=False)
        _shared_options(self.shared)
        self.unbuilt: list[AreaParsers] = []    # areas whose commands are not added yet
        self.parser = cli_help.SuggestingParser(
            prog=PROG, parents=[self.shared], formatter_class=_Formatter, allow_abbrev=False,
            description="Azure Service Management from the command line: one command per "
                        "operation of the SDK, `asm AREA OPERATION [ARGS]`.",
            epilog="`asm AREA --help` lists an area's operations, `asm AREA OPERATION --help` "
                   "describes one.  Exit codes: 0 success, 1 service error, 2 usage error.")
        self.parser.add_argument("--version", action=cli_help.VersionAction,
                                 api_versions=api_versions,
                                 help="print the version of asm and the API versions it sends")
        self.parser.set_defaults(_root=self)
        self._areas = self.parser.add_subparsers(dest="area", metavar="AREA", required=True)

    def area(self, name: str, doc: str,
             build: Callable[["AreaParsers"], None] | None = None) -> "AreaParsers":
        """Add an area; `build` adds its commands, now or (`build_all`) when needed."""
        parser = self._areas.add_parser(name, help=doc.replace("%", "%%"), description=doc,
                                        formatter_class=_Formatter)
        area = AreaParsers(self, name, parser)
        if build is not None:
            area.build_commands = build
            self.unbuilt.append(area)
        return area

    def completion_command(self) -> None:
        """`asm completion bash|zsh`: a completion script of the whole command tree."""
        parser = self._areas.add_parser(
            "completion", help="print a shell completion script (bash or zsh)",
            description="Print a completion script for bash or zsh, written from the "
                        "command tree (areas, operations, options).",
            epilog="bash:  source <(asm completion bash)\n"
                   "zsh:   source <(asm completion zsh)   (after compinit)",
            formatter_class=_Formatter)
        parser.add_argument("_shell", choices=cli_help.SHELLS, metavar="SHELL",
                            help="bash or zsh")

    def build_all(self) -> None:
        """Add the commands of every area not built yet."""
        while self.unbuilt:
            self.unbuilt.pop(0).build()


class AreaParsers:
    def __init__(self, root: Root, name: str, parser: argparse.ArgumentParser) -> None:
        self.root = root
        self.name = name
        self._ops = parser.add_subparsers(dest="operation", metavar="OPERATION", required=True)
        self.build_commands: Callable[[AreaParsers], None] | None = None

    def build(self) -> None:
        """Add this area's commands (once)."""
        if self in self.root.unbuilt:
            self.root.unbuilt.remove(self)
        build, self.build_commands = self.build_commands, None
        if build is not None:
            build(self)

    def command(self, name: str, service: str, method: str, doc: str, *,
                positional: list[str], result: str, is_async: bool = False,
                waiter: bool = False, model: str | None = None,
                paging: cli_output.Paging | None = None, waits: str | None = None,
                progress: Progress | None = None, example: str | None = None
                ) -> argparse.ArgumentParser:
        summary = doc.split("\n\n")[0].split(". ")[0].rstrip(".").replace("%", "%%")
        usage = f"{PROG} {self.name} {name} [options]" + "".join(
            f" {p.upper()}" for p in positional)
        parser = self._ops.add_parser(
            name, help=summary, description=doc, usage=usage, formatter_class=_Formatter,
            allow_abbrev=False,  # scripts keep working when a command gains a parameter
            # A waiting command's own --timeout (the wait's bound) takes that flag from the
            # shared read timeout, which stays as --read-timeout.
            conflict_handler="resolve",
            epilog=_epilog(positional, example))
        cmd = Command(parser, service, method, positional, result, is_async, waiter,
                      self.root.builder, model, paging, waits, progress)
        parser.set_defaults(_command=cmd)
        parser.add_argument("_args", nargs="*", help=argparse.SUPPRESS)
        # Help lists the command's own arguments first, then the shared options.
        parser._asm_group = parser.add_argument_group(  # type: ignore[attr-defined]  # ours
            "arguments")
        if is_async:
            wait = parser.add_argument_group("waiting")
            wait.add_argument("--wait", action="store_true",
                              help="wait until the asynchronous operation ends and print its "
                                   "final status")
            wait.add_argument("--wait-timeout", type=parse_float, default=1800, metavar="S",
                              help="give up waiting after S seconds (default: 1800)")
            wait.add_argument("--poll-interval", type=parse_float, default=None, metavar="S",
                              help="fixed seconds between status checks (default: soon at "
                                   "first, backing off to 5)")
        if paging:
            cli_output.add_paging_options(parser.add_argument_group("paging"))
        _shared_options(parser)
        return parser


def _epilog(positional: list[str], example: str | None) -> str | None:
    parts = []
    if positional:
        parts.append(f"Required arguments go in the order "
                     f"{' '.join(p.upper() for p in positional)} or as their --flags.")
    if example:
        parts.append("Example:\n  " + example.replace("%", "%%").replace("\n", "\n  "))
    return "\n\n".join(parts) or None


_CONVERTERS: dict[str, Callable[[str], Any]] = {
    "str": str, "int": parse_int, "float": parse_float, "datetime": parse_datetime,
    "str_list": parse_str_list, "map": parse_map, "json": read_json,
}


def arg(parser: argparse.ArgumentParser, flag: str, kind: str, doc: str, *,
        model: str | None = None, required: bool = False, default: Any = None) -> None:
    """Add one parameter of a command as `flag` (required ones may also be positional);
    `default`: the command's own default, when it differs from the method's."""
    cmd: Command = parser.get_default("_command")
    group = parser._asm_group  # type: ignore[attr-defined]  # set with the subparser
    dest = flag[2:].replace("-", "_")
    help_text = (doc or "").replace("%", "%%")
    if required:
        help_text = f"(required) {help_text}"
    if kind == "bool":
        action = group.add_argument(flag, dest=dest, action=argparse.BooleanOptionalAction,
                                    default=argparse.SUPPRESS, help=help_text)
        cmd.params[dest] = (action, parse_bool)
        return
    if kind in ("model", "model_list"):
        build = cmd.builder.param if kind == "model" else cmd.builder.model_list

        def from_json(text: str, model: str = model or "",
                      build: Callable[[str, Any, str], Any] = build) -> Any:
            try:
                return build(model, read_json(text), "")
            except UsageError as exc:
                raise argparse.ArgumentTypeError(str(exc)) from None
            except (ValueError, TypeError, RecursionError) as exc:
                # argparse would echo the whole argument for these: it may hold a password.
                raise argparse.ArgumentTypeError(
                    f"cannot build {model} from this JSON ({type(exc).__name__})") from None

        metavar = "JSON" if kind == "model" else "JSON_ARRAY"
        help_text += f" [{model}{'[]' if kind == 'model_list' else ''} as JSON or @FILE]"
        action = group.add_argument(flag, dest=dest, type=from_json, metavar=metavar,
                                    default=argparse.SUPPRESS, help=help_text)
        cmd.params[dest] = (action, from_json)
        return
    convert = _CONVERTERS[kind]
    metavar = {"int": "N", "float": "NUM", "datetime": "ISO8601", "str_list": "A,B",
               "map": "K=V,...", "json": "JSON"}.get(kind, dest.upper())
    action = group.add_argument(flag, dest=dest, type=convert, metavar=metavar,
                                default=argparse.SUPPRESS if default is None else default,
                                help=help_text)
    cmd.params[dest] = (action, convert)


def _positive(text: str) -> float:
    value = parse_float(text)
    if not value > 0 or value == float("inf"):
        raise argparse.ArgumentTypeError("expected a number of seconds above 0")
    return value


def _retries(text: str) -> int:
    value = parse_int(text)
    if value < 0:
        raise argparse.ArgumentTypeError("expected 0 or more")
    return value


# --- credentials --------------------------------------------------------------------------

def _opt(ns: argparse.Namespace, name: str, default: Any = None) -> Any:
    return getattr(ns, name, default)


def read_config(path: str) -> dict[str, Any]:
    """A --config file: a JSON object of CONFIG_KEYS.  Any other key is refused, naming
    it: a misspelt `host` would otherwise send the command to the public cloud."""
    try:
        with open(path, encoding="utf-8") as fh:
            config = json.load(fh)
    except OSError as exc:
        raise AzureConfigurationError(
            f"cannot read config {path}: {exc.strerror or exc}") from None
    except (ValueError, RecursionError) as exc:
        why = exc if isinstance(exc, ValueError) else "nested too deeply"
        raise AzureConfigurationError(f"config {path}: invalid JSON: {why}") from None
    if not isinstance(config, dict):
        raise AzureConfigurationError(f"config {path}: expected a JSON object")
    for key in config:
        if key not in CONFIG_KEYS:
            near = cli_help.closest(str(key), CONFIG_KEYS)
            hint = f"did you mean {near!r}? " if near is not None else ""
            raise AzureConfigurationError(
                f"config {path}: unknown key {str(key)!r} ({hint}known keys: "
                f"{', '.join(CONFIG_KEYS)})")
    return config


NO_SUBSCRIPTION = (
    "no subscription given: pass --subscription-id ID (with --cert-file FILE, or --auth "
    "token), or --config FILE (or set $ASM_CONFIG; the local endpoint writes one as "
    "emulator.json), or --publish-settings FILE, or set AZURE_MANAGEMENT_SUBSCRIPTIONID (with "
    "AZURE_MANAGEMENT_CERTFILE)")
NO_CERTIFICATE = (
    "no management certificate given: pass --cert-file FILE (PEM with certificate and key, or "
    ".pfx), or --config FILE with cert_file (or set $ASM_CONFIG), or --publish-settings FILE, "
    "or set AZURE_MANAGEMENT_CERTFILE; or authenticate with a token: --auth token")


def _cert_password(ns: argparse.Namespace) -> str | None:
    password = _opt(ns, "cert_password")
    if password is None:
        password = os.environ.get(CERT_PASSWORD_ENV)
    return password if password is None else str(password)


def check_certificate(path: str, where: str, password: str | None) -> str | None:
    """Say what is wrong with the certificate file `path` (named `where`: the flag, config
    key or variable it came from) in the command line's terms, before the client reads it;
    the password it needs (asked for on a terminal when none was given), or None."""
    if os.path.isdir(path):
        raise AzureConfigurationError(f"{where} {path!r} is a directory, not a certificate file")
    try:
        with open(path, "rb") as fh:
            data = fh.read(1 << 20)
    except OSError as exc:
        raise AzureConfigurationError(
            f"{where} {path!r}: cannot read it: {exc.strerror or exc}") from None
    if b"-----BEGIN" in data:
        has_cert, has_key = b"CERTIFICATE-----" in data, b"PRIVATE KEY-----" in data
        if not (has_cert and has_key):
            missing = ("a certificate and a private key" if not (has_cert or has_key) else
                       "a private key" if has_cert else "a certificate")
            raise AzureConfigurationError(
                f"{where} {path!r} is a PEM file without {missing}: it must hold the "
                "management certificate and its private key (or give a .pfx file)")
        if b"ENCRYPTED" in data and password is None:
            password = _ask_password(path, where, "its private key is encrypted")
        return password
    if not data.startswith(b"\x30"):        # DER: a PKCS#12 file starts with a SEQUENCE
        raise AzureConfigurationError(
            f"{where} {path!r} is neither a PEM file with a certificate and its private key "
            "nor a PKCS#12 (.pfx/.p12) file")
    from cryptography.hazmat.primitives.serialization import pkcs12

    def opens(secret: str | None) -> bool:
        try:
            pkcs12.load_key_and_certificates(
                data, None if secret is None else secret.encode("utf-8"))
        except ValueError:
            return False
        return True

    if opens(password):
        return password
    if password is None:
        password = _ask_password(path, where, "it is a password-protected PKCS#12 file")
        if opens(password):
            return password
    raise AzureConfigurationError(
        f"{where} {path!r}: cannot open the PKCS#12 file with the password given "
        f"(--cert-password or ${CERT_PASSWORD_ENV}); is it the right password and a .pfx file?")


def _ask_password(path: str, where: str, why: str) -> str:
    """The certificate's password from the terminal, or a usage error naming the ways to
    give it when there is none."""
    if not (sys.stdin.isatty() and sys.stderr.isatty()):
        raise AzureConfigurationError(
            f"{where} {path!r}: {why}: give its password with --cert-password or "
            f"${CERT_PASSWORD_ENV}")
    import getpass
    try:
        return getpass.getpass(f"Password for {path}: ", stream=sys.stderr)
    except EOFError:
        raise AzureConfigurationError(f"{where} {path!r}: no password given") from None


def make_client(cls: type, ns: argparse.Namespace) -> Any:
    """A client from, in this order: the flags, --publish-settings, the --config file (or
    $ASM_CONFIG), the AZURE_MANAGEMENT_* environment (read by the client itself).  With
    `--auth token` it authenticates with a token credential (`make_credential`) instead of a
    certificate."""
    config: dict[str, Any] = {}
    config_path = _opt(ns, "config") or os.environ.get(CONFIG_ENV)
    if config_path:
        config = read_config(config_path)
    ca_file = _opt(ns, "ca_file") or config.get("ca_file")
    extra: dict[str, Any] = {"ca_file": ca_file} if ca_file else {}
    extra.update(network_options(ns))
    token_auth = auth_mode(ns) == "token"
    if token_auth:
        extra["credential"] = make_credential(ns, config, ca_file)
    if _opt(ns, "publish_settings"):
        from .publishsettings import read_publish_settings
        subs = read_publish_settings(ns.publish_settings)
        wanted = _opt(ns, "subscription") or _opt(ns, "subscription_id")
        if wanted:
            chosen = [s for s in subs if s.id.lower() == wanted.lower()]
        else:
            chosen = subs if len(subs) == 1 else []
        if len(chosen) != 1:
            known = ", ".join(f"{s.id} ({s.name})" for s in subs)
            what = f"no subscription {wanted}" if wanted else "several subscriptions"
            raise AzureConfigurationError(
                f"{ns.publish_settings}: {what}; choose one with --subscription ID "
                f"(it has {known})")
        sub = chosen[0]
        if not token_auth:
            extra["cert_data"] = sub.certificate
            password = _cert_password(ns)
            if password is not None:
                extra["cert_password"] = password
        return cls(sub.id, host=_opt(ns, "host") or sub.host or None, **extra)
    subscription = (_opt(ns, "subscription_id") or config.get("subscription_id")
                    or os.environ.get("AZURE_MANAGEMENT_SUBSCRIPTIONID"))
    if not subscription:
        raise AzureConfigurationError(NO_SUBSCRIPTION)
    cert_file = None
    if not token_auth:
        for where, cert_file in (("--cert-file", _opt(ns, "cert_file")),
                                 (f"cert_file of config {config_path}", config.get("cert_file")),
                                 ("AZURE_MANAGEMENT_CERTFILE",
                                  os.environ.get("AZURE_MANAGEMENT_CERTFILE"))):
            if cert_file:
                break
        if not cert_file:
            raise AzureConfigurationError(NO_CERTIFICATE)
        password = check_certificate(cert_file, where, _cert_password(ns))
        if password is not None:
            extra["cert_password"] = password
    return cls(subscription, cert_file, host=_opt(ns, "host") or config.get("host"), **extra)


def network_options(ns: argparse.Namespace) -> dict[str, Any]:
    """The client's timeout=, connect_timeout= and retry= from --timeout,
    --connect-timeout and --retries; the retry policy notes each retry on stderr."""
    from .core import RetryPolicy

    options: dict[str, Any] = {}
    if _opt(ns, "read_timeout") is not None:
        options["timeout"] = ns.read_timeout
    if _opt(ns, "connect_timeout") is not None:
        options["connect_timeout"] = ns.connect_timeout
    retries = _opt(ns, "retries")
    attempts = RetryPolicy().max_attempts if retries is None else retries + 1
    options["retry"] = RetryPolicy(max_attempts=attempts, on_retry=_retry_note)
    return options


def _retry_note(notice: Any) -> None:
    """Before each retry, on stderr: what failed, which attempt, and the wait (on a
    terminal over a progress line, which the next poll redraws)."""
    clear = "\r\x1b[K" if sys.stderr.isatty() else ""
    sys.stderr.write(f"{clear}{PROG}: {notice.method} {notice.path}: {_oneline(notice.reason)}; "
                     f"attempt {notice.attempt} of {notice.max_attempts} failed, trying again "
                     f"in {notice.delay:.1f} s\n")
    sys.stderr.flush()


def _oneline(text: str, limit: int = 300) -> str:
    """A message on one line, control characters out, at most `limit` characters."""
    flat = " ".join("".join(c if c.isprintable() else " " for c in str(text)).split())
    return flat if len(flat) <= limit else flat[:limit - 1] + "…"


def auth_mode(ns: argparse.Namespace) -> str:
    """`cert` or `token`: --auth, else `token` when --access-token is given, else $ASM_AUTH,
    else `cert` (today's configurations, emulator.json and AZURE_MANAGEMENT_CERTFILE among
    them, name certificates; a token source is never picked behind the user's back)."""
    mode = _opt(ns, "auth")
    if mode == "cert" and _opt(ns, "access_token"):
        raise AzureConfigurationError("--access-token goes with --auth token, not --auth cert")
    if mode is None:
        mode = "token" if _opt(ns, "access_token") else os.environ.get(AUTH_ENV) or "cert"
    if mode not in AUTH_MODES:
        raise AzureConfigurationError(f"${AUTH_ENV} must be cert or token, not {mode!r}")
    return str(mode)


def make_credential(ns: argparse.Namespace, config: dict[str, Any],
                    ca_file: str | None = None) -> Any:
    """The credential of `--auth token`, the first that applies: --access-token or
    $ASM_ACCESS_TOKEN (a StaticTokenCredential); the config file's service principal
    (tenant_id, client_id, client_secret, and authority for another issuer than Azure AD's,
    as the local endpoint's emulator.json has them: azure-identity's
    ClientSecretCredential); azure-identity's DefaultAzureCredential (environment, managed
    identity, Azure CLI, ...)."""
    from .credentials import StaticTokenCredential

    token = _opt(ns, "access_token") or os.environ.get(TOKEN_ENV)
    if token:
        return StaticTokenCredential(token)
    principal = [str(config.get(k) or "") for k in ("tenant_id", "client_id", "client_secret")]
    identity: Any = None
    try:
        identity = importlib.import_module("azure.identity")
    except ImportError:
        pass
    if all(principal):
        if identity is None:
            raise AzureConfigurationError(
                "--auth token with the config's service principal needs azure-identity "
                "(pip install azure-identity)")
        options: dict[str, Any] = {}
        if config.get("authority"):      # another issuer (the local endpoint's)
            options.update(authority=config["authority"], disable_instance_discovery=True)
        if ca_file:
            options["connection_verify"] = ca_file
        return _Reported(identity.ClientSecretCredential(*principal, **options))
    if identity is None:
        raise AzureConfigurationError(
            f"--auth token needs a token: --access-token or ${TOKEN_ENV}, or azure-identity "
            "installed (pip install azure-identity) for DefaultAzureCredential")
    return _Reported(identity.DefaultAzureCredential())


class _Reported:
    """A credential whose failures are configuration errors of the command (exit 2, one
    line on stderr) rather than tracebacks."""

    def __init__(self, credential: Any) -> None:
        self.credential = credential

    def get_token(self, *scopes: str, **kwargs: Any) -> Any:
        try:
            return self.credential.get_token(*scopes, **kwargs)
        except AzureException:
            raise
        except Exception as exc:
            message = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
            raise AzureConfigurationError(
                f"cannot get an access token from {type(self.credential).__name__}: "
                f"{type(exc).__name__}: {message}") from None

    def __repr__(self) -> str:
        return repr(self.credential)


# --- running ------------------------------------------------------------------------------

def _fail(parser: argparse.ArgumentParser, message: str) -> NoReturn:
    parser.error(message)  # usage + message on stderr, exit 2


def _arguments(cmd: Command, ns: argparse.Namespace, extras: list[str]) -> dict[str, Any]:
    """The method's keyword arguments: the --flags given, then positionals in order (a
    last positional that takes a list takes every positional left)."""
    unknown = [e for e in extras if e.startswith("-") and len(e) > 1 and not _is_number(e)]
    if unknown:
        _fail(cmd.parser, f"unrecognized arguments: {' '.join(unknown)}")
    positional = list(getattr(ns, "_args", [])) + extras
    kwargs = {name: getattr(ns, name) for name in cmd.params if hasattr(ns, name)}
    missing = []
    for n, name in enumerate(cmd.positional):
        if name in kwargs:
            continue
        if not positional:
            missing.append(name)
            continue
        action, convert = cmd.params[name]
        if convert is parse_str_list and n == len(cmd.positional) - 1:
            raw, positional = ",".join(positional), []
        else:
            raw = positional.pop(0)
        try:
            kwargs[name] = convert(raw) if convert else raw
        except argparse.ArgumentTypeError as exc:
            _fail(cmd.parser, f"argument {name.upper()}: {exc}")
    if missing:
        _fail(cmd.parser, "the following arguments are required: "
              + ", ".join(f"{m.upper()} (or {cmd.params[m][0].option_strings[0]})"
                          for m in missing))
    if positional:
        _fail(cmd.parser, f"unrecognized arguments: {' '.join(positional)}")
    return kwargs


def _is_number(text: str) -> bool:
    try:
        float(text)
        return True
    except ValueError:
        return False


def _plural(n: int, noun: str) -> str:
    return f"{n} {noun}" if n == 1 else f"{n} {noun}s"


def _counts(values: list[Any]) -> str:
    """`2 ReadyRole, 1 StartingVM`: how many of each value, most common first."""
    seen: dict[str, int] = {}
    for v in values:
        key = _oneline(str(v), 40) if v is not None else "unknown"
        seen[key] = seen.get(key, 0) + 1
    return ", ".join(f"{n} {v}" for v, n in sorted(seen.items(), key=lambda kv: -kv[1]))


def state_text(cmd: Command, result: Any, kwargs: dict[str, Any]) -> str:
    """The state a waiting command is waiting on, as its progress line shows it: an
    operation's status, the operations' statuses counted, or the value(s) at the path of
    the waiter's first success acceptor (`3 instances: 2 ReadyRole, 1 StartingVM`)."""
    if cmd.waits is not None or cmd.is_async:
        status = getattr(result, "status", None)
        return _oneline(status, 40) if isinstance(status, str) else ""
    if cmd.progress is None:
        return ""
    matcher, path, noun = cmd.progress
    if path is None:     # a status or error acceptor: the call answered, the thing exists
        return "still there" if matcher in ("status", "error") else ""
    from .polling import evaluate_path, parse_path

    values = evaluate_path(parse_path(path), result, kwargs)
    if matcher == "path":
        return f"{path.rsplit('.', 1)[-1]} {_oneline(str(values), 60)}"
    if not values:
        return f"no {noun}s yet"
    return f"{_plural(len(values), noun)}: {_counts(values)}"


def _progress(cmd: Command, kwargs: dict[str, Any]) -> Callable[[Any], None] | None:
    """A progress line on stderr, redrawn after every poll; None when stderr is not a
    terminal (nothing is written then)."""
    if not sys.stderr.isatty():
        return None
    start = time.monotonic()
    polls = 0
    statuses: dict[str, str] = {}     # wait-for-operations: each operation's last status

    def show(result: Any) -> None:
        nonlocal polls
        if cmd.waits == "operations":     # called once per operation and round
            statuses[str(getattr(result, "id", ""))] = str(getattr(result, "status", ""))
            state = f"{_plural(len(statuses), 'operation')}: {_counts(list(statuses.values()))}"
        else:
            polls += 1
            state = state_text(cmd, result, kwargs)
        state = cli_output.escape_terminal(state)    # the service's words, on a terminal
        sys.stderr.write(f"\r{cmd.method}: {state + ', ' if state else ''}"
                         f"{time.monotonic() - start:.0f} s"
                         f"{', ' + _plural(polls, 'check') if polls else ''}\x1b[K")
        sys.stderr.flush()
    return show


def _error(message: str) -> None:
    # What a server sent reaches the terminal with its control characters escaped.
    sys.stderr.write(f"{PROG}: error: {cli_output.escape_terminal(message)}\n")


# Keyword arguments of the SDK that messages may name, as the command line says them.
_FLAGS = {"cert_password": "--cert-password", "cert_file": "--cert-file",
          "subscription_id": "--subscription-id", "ca_file": "--ca-file", "host": "--host",
          "credential": "--auth token", "cert_data": "--publish-settings",
          "timeout": "--timeout", "connect_timeout": "--connect-timeout",
          "retry": "--retries"}


def keywords_as_flags(text: str, flag: Callable[[str], str | None]) -> str:
    """`text` with each keyword argument it names written as the command line says it:
    `delete_vhd=True` -> `--delete-vhd`, `x=False` -> `--no-x`, `x=VALUE` -> `--x VALUE`,
    `cert_password=` -> `--cert-password`; `flag` gives a name's flag (None: left as is).
    The generator writes help from spec docs with it (codegen/cli.py), `cli_terms` SDK
    messages."""
    import re

    def keyword(m: re.Match[str]) -> str:
        found = flag(m.group(1))
        if found is None:
            return m.group(0)
        value = m.group(2)
        if value == "True":
            return found
        if value == "False":
            return "--no-" + found[2:]
        return f"{found} {value}" if value else found

    return re.sub(r"\b([a-z][a-z0-9_]*)=(True|False|[\w'\".-]+)?", keyword, text)


def cli_terms(message: str, cmd: Command | None = None) -> str:
    """An SDK message in the command line's terms: its keyword arguments as flags
    (`keywords_as_flags`), and a parameter named first -> its flag."""
    params = cmd.params if cmd is not None else {}

    def flag(name: str) -> str | None:
        if name in params:
            return params[name][0].option_strings[0]
        return _FLAGS.get(name)

    message = keywords_as_flags(message, flag)
    first = message.split(" ", 1)[0]
    if first in params:
        message = flag(first) + message[len(first):]  # type: ignore[operator]  # in params
    return message


def _report(exc: AzureException, cmd: Command | None = None) -> int:
    """Azure's code, message and request id on stderr; the exit code."""
    if isinstance(exc, AzureHttpError):
        _error(f"{exc.code or 'HTTP ' + str(exc.status)}: "
               f"{exc.message or exc.body[:200].decode('utf-8', 'replace') or 'no message'}")
        sys.stderr.write(f"{PROG}: HTTP status {exc.status}, request id "
                         f"{exc.request_id or 'none'}\n")
    elif isinstance(exc, AzureOperationFailedError):
        _error(f"{exc.code or 'OperationFailed'}: {exc.message or 'no message'}")
        sys.stderr.write(f"{PROG}: asynchronous operation failed"
                         f"{' with HTTP status ' + str(exc.http_status_code) if exc.http_status_code else ''}"
                         f", request id {exc.request_id}\n")
    elif isinstance(exc, AzureWaiterError):
        _error(f"{type(exc).__name__.replace('Azure', '').replace('Error', '')}: {exc}")
        if exc.state is not None:
            sys.stderr.write(f"{PROG}: last state seen: {json.dumps(to_json(exc.state))}\n")
    elif isinstance(exc, AzureOperationTimeoutError):
        # The SDK's message advises a Python call: the command line says its own.
        _error(f"Timeout: operation {exc.request_id} still {exc.last_status or 'not started'} "
               f"after {exc.timeout:g} s")
    elif isinstance(exc, AzureOperationsFailedError):
        for err in exc.errors.values():    # each as it would be alone (a timeout's id is its key)
            _report(err)
    elif isinstance(exc, AzureAsyncOperationHttpError):
        _error(f"{exc} (request id {exc.request_id})")
    elif isinstance(exc, AzureConfigurationError):
        _error(cli_terms(str(exc), cmd))
        return EXIT_USAGE
    elif isinstance(exc, AzureConnectionError):
        _error(f"cannot reach the service: {exc}")
    else:
        _error(str(exc))
    return EXIT_SERVICE


def _output(cmd: Command, ns: argparse.Namespace) -> cli_output.Output:
    """How the command prints; --columns and --starting-token are checked here, before
    anything is sent (a usage error: exit 2)."""
    root: Root = ns._root
    result, model = cmd.result, cmd.model
    if cmd.is_async:       # the request id, or with --wait the operation's final status
        result, model = ("model", "Operation") if getattr(ns, "wait", False) \
            else ("request", None)
    output = cli_output.Output(_opt(ns, "output", "json"), result, model,
                               cmd.builder.models, root.tables, _opt(ns, "columns"),
                               _opt(ns, "query"))
    try:
        output.check()
        if cmd.paging and ns.starting_token:
            cli_output.decode_token(ns.starting_token)
    except cli_output.OutputUsageError as exc:
        _fail(cmd.parser, str(exc))
    return output


# Flags whose values are secrets: never part of a command line asm prints.
_SECRET_FLAGS = ("--cert-password", "--access-token")
# The connection options a resumed wait needs (what the user gave, secrets left out).
_CONNECTION = ("subscription_id", "cert_file", "host", "ca_file", "publish_settings",
               "subscription", "config", "auth", "read_timeout", "connect_timeout", "retries")


def resume_command(ns: argparse.Namespace, request_ids: list[str] | None,
                   argv: list[str] | None = None) -> str:
    """The `asm` command that waits again: `asm common wait-for-operation-status ID`
    (`wait-for-operations ID ...` for several) with the connection options given, or for a
    waiter the same command line (`argv`, default sys.argv[1:]); secrets are never in it."""
    import shlex

    if request_ids is None:      # a waiter: run it again
        args, skip = [], False
        for word in sys.argv[1:] if argv is None else argv:
            if skip:
                skip = False
                continue
            if word in _SECRET_FLAGS:
                skip = True
                continue
            if word.startswith(tuple(f + "=" for f in _SECRET_FLAGS)):
                continue
            args.append(word)
    else:
        args = ["common", "wait-for-operation-status" if len(request_ids) == 1
                else "wait-for-operations", *request_ids]
        for name in _CONNECTION:
            value = _opt(ns, name)
            if name == "config" and value is None:    # explicit: another shell may lack it
                value = os.environ.get(CONFIG_ENV) or None
            if value is not None:
                flag = "--" + name.replace("_", "-")
                args += [flag, str(value)]
        if _opt(ns, "access_token") and not _opt(ns, "auth"):
            args += ["--auth", "token"]
    return " ".join([PROG, *(shlex.quote(a) for a in args)])


def _continues(ns: argparse.Namespace, request_ids: list[str] | None, why: str,
               argv: list[str] | None = None) -> None:
    """After Ctrl-C or a timeout: the operation goes on; how to wait for it again."""
    what = ("the operation continues" if request_ids is None or len(request_ids) == 1
            else "the operations continue")
    sys.stderr.write(f"{PROG}: {why}; {what} on the service. To wait again:\n"
                     f"  {resume_command(ns, request_ids, argv)}\n")
    sys.stderr.flush()


def _accepted(request_id: str | None) -> None:
    sys.stderr.write(f"{PROG}: accepted, request id {request_id}; waiting for the operation to "
                     "end (Ctrl-C stops the waiting, not the operation)\n")
    sys.stderr.flush()


def _timed_out(exc: AzureException) -> list[str] | None:
    """The request ids a wait gave up on, or None when `exc` is no such timeout."""
    if isinstance(exc, AzureOperationTimeoutError):
        return [exc.request_id]
    if isinstance(exc, AzureOperationsFailedError):
        ids = [rid for rid, err in exc.errors.items()
               if isinstance(err, AzureOperationTimeoutError)]
        return ids or None
    return None


def run(parser: argparse.ArgumentParser, argv: list[str] | None = None) -> int:
    """Parse, call, print; returns the exit code (argparse exits 2 itself on usage errors)."""
    try:
        ns, extras = parser.parse_known_args(argv)
        if getattr(ns, "_shell", None):
            ns._root.build_all()
            sys.stdout.write(cli_help.completion_script(parser, ns._shell, PROG))
            return EXIT_OK
        cmd: Command = ns._command
        kwargs = _arguments(cmd, ns, extras)
        output = _output(cmd, ns)
    except SystemExit as exc:
        return int(exc.code or 0) if not isinstance(exc.code, str) else EXIT_USAGE
    if _opt(ns, "debug"):
        from .cli_debug import start_debug_log
        start_debug_log()
    root: Root = ns._root
    client = None
    waiting: list[str] | None = None     # the request ids being waited for
    waiter = False                       # a waiter command is waiting
    try:
        cls = getattr(importlib.import_module(root.services[cmd.service]), cmd.service)
        client = make_client(cls, ns)
        if _opt(ns, "debug"):
            from .cli_debug import log_exchanges
            log_exchanges(client)
        progress = None
        if cmd.waiter or cmd.waits:
            progress = kwargs["progress_callback"] = _progress(cmd, kwargs)
            waiter = cmd.waiter
            if cmd.waits == "operation":
                waiting = [kwargs["request_id"]]
            elif cmd.waits == "operations":
                waiting = list(kwargs["request_ids"])
        result: Any
        try:
            if cmd.paging:
                result = cli_output.follow_pages(getattr(client, cmd.method), kwargs,
                                                 cmd.paging, ns.max_items, ns.starting_token)
            else:
                result = getattr(client, cmd.method)(**kwargs)
        finally:
            if progress is not None:
                sys.stderr.write("\n")
        if cmd.is_async and getattr(ns, "wait", False):
            waiting = [result.request_id]     # first: a Ctrl-C right after the note resumes
            _accepted(result.request_id)
            progress = _progress(cmd, kwargs)
            try:
                result = client.wait_for_operation_status(
                    result.request_id, timeout=ns.wait_timeout,
                    sleep_interval=ns.poll_interval, progress_callback=progress)
            finally:
                if progress is not None:
                    sys.stderr.write("\n")
        output.write(result)
        return EXIT_OK
    except AzureException as exc:
        code = _report(exc, cmd)
        timed_out = _timed_out(exc)
        if timed_out is not None:
            _continues(ns, timed_out, "stopped waiting after the timeout")
        elif waiter and isinstance(exc, AzureWaiterTimeoutError):
            _continues(ns, None, "stopped waiting after the timeout", argv)
        return code
    except cli_output.OutputUsageError as exc:  # --query or --columns that cannot apply
        _error(str(exc))
        return EXIT_USAGE
    except ValueError as exc:  # an argument the SDK refuses before sending anything
        _error(cli_terms(str(exc), cmd))
        return EXIT_USAGE
    except KeyboardInterrupt:
        if waiting is not None or waiter:
            sys.stderr.write("\n")
            _continues(ns, waiting, "interrupted", argv)
        return 130
    except BrokenPipeError:
        # The reader went away (`asm ... | head`): stop quietly, as Python's docs advise.
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_SERVICE
    finally:
        if client is not None:
            client.close()
