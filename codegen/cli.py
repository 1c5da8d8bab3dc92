"""What the `asm` command line template (templates/cli.py.j2) needs, decided from the spec.

One command per operation: `asm <area> <operation>`, where `<area>` is the operation's
spec/operations/*.toml file and `<operation>` its Python method name, both with dashes.
Required parameters are positional (or given as --flags), optional ones are --flags; each
parameter gets a CLI kind that says how its text is converted.  Structured parameters
(models, lists of models) are read as JSON and built into the generated model classes from
the `MODELS` metadata written next to the commands.
"""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from asm_sdk_runtime.cli import RESERVED

from .spec import Operation, Param, Spec, SpecError

SCALAR_KINDS = {"str": "str", "int": "int", "bool": "bool", "float": "float",
                "datetime": "datetime"}
JSON_TYPES = {"dict", "list", "Any"}


def dashed(name: str) -> str:
    return name.replace("_", "-")


def service_module(cls: str) -> str:
    """`ServiceManagementService` -> `service_management` (as codegen.generate names it)."""
    return re.sub(r"(?<!^)(?=[A-Z])", "_", cls).lower().replace("_service", "")


@dataclass
class CliParam:
    name: str            # Python parameter name
    flag: str            # --dashed-name
    kind: str            # str int bool float datetime str_list map json model model_list
    required: bool
    doc: str
    model: str | None = None
    default: object = None
    cli_default: object = None   # the command's own default, where it differs from the method's


@dataclass
class Command:
    name: str            # dashed method name
    method: str          # Python method name
    service: str         # client class
    module: str          # generated module of the client class
    doc: str
    is_async: bool       # answers a request id (`--wait` polls it)
    result: str          # none | model | list | json | text
    params: list[CliParam]
    waiter: bool = False  # a generated wait_until_* method (no request id, no --wait)
    model: str | None = None   # the result's model (a list's items; a paged one's items)
    paging: tuple[str, str, str] | None = None   # the spec's paging, followed by the CLI
    area: str = ""             # dashed area name
    timeout: float | None = None   # a waiter's default timeout
    example_waits: bool = False    # an asynchronous operation: its example waits for it
    waits: str | None = None  # "operation(s)": wait_for_operation_status / wait_for_operations
    progress: tuple[str, str | None, str] | None = None  # a waiter's progress line (runtime.cli)

    @property
    def positional(self) -> list[CliParam]:
        return [p for p in self.params if p.required]


@dataclass
class Area:
    name: str            # dashed file stem
    doc: str             # the file's first comment line
    commands: list[Command] = field(default_factory=list)


@dataclass
class ModelInfo:
    """What building a model from JSON needs: fields and the variants of a base."""
    name: str
    fields: list[tuple[str, str, str, str | None, str | None, str | None]]
    # (attr, xml tag, kind, item kind, model, list class)
    variants: dict[str, dict[str, object]] = field(default_factory=dict)  # name -> fixed


def param_kind(spec: Spec, p: Param, where: str) -> tuple[str, str | None]:
    t = p.pytype.replace(" ", "")
    if t in SCALAR_KINDS:
        return SCALAR_KINDS[t], None
    if t == "list[str]":
        return "str_list", None
    if t == "dict[str,str]":
        return "map", None
    if t in JSON_TYPES:
        return "json", None
    if t in spec.shapes:
        return "model", t
    if t.startswith("list[") and t[5:-1] in spec.shapes:
        return "model_list", t[5:-1]
    raise SpecError(f"{where}: parameter {p.name}: no command-line kind for type {p.pytype!r}")


def result_kind(spec: Spec, op: Operation) -> str:
    if op.format == "text":
        return "text"
    if op.format == "json":
        return "json"
    if op.response_type is None:
        return "none"
    if op.response_list or spec.shapes[op.response_type].is_list:
        return "list"
    return "model"


def result_model(spec: Spec, op: Operation) -> str | None:
    """The model whose columns a table of the result shows: the response's, a list's
    items', a paged response's items'."""
    if op.response_type is None:
        return None
    shape = spec.shapes[op.response_type]
    if op.paging:
        items = next(f for f in shape.fields if f.attr == op.paging[2])
        return items.struct if items.item_kind == "struct" else None
    if shape.is_list:
        item = shape.list_item
        return item.struct if item is not None and item.item_kind == "struct" else None
    return shape.name


def example(cmd: Command) -> str:
    """The command line that does what docs/api's Python example of the same operation
    does: its required parameters, in order, as shell variables named after them (a model
    as a JSON file), `--wait` where the example waits, a table where it prints each item."""
    words = ["asm", cmd.area, cmd.name]
    for p in cmd.positional:
        if p.kind in ("model", "model_list", "json"):
            words.append(f"@{p.name}.json")
        else:
            words.append(f'"${p.name.upper()}"')
    if cmd.example_waits:
        words.append("--wait")
    if cmd.waiter and cmd.timeout is not None:
        words += ["--timeout", f"{cmd.timeout:g}"]
    if cmd.result == "list":
        words += ["-o", "table"]
    return " ".join(words)


def _area_header(path: Path) -> tuple[str, str]:
    """(first comment line, [service] class) of an operations file."""
    text = path.read_text(encoding="utf-8")
    lines = []
    for line in text.splitlines():  # the leading comment block, up to its first sentence
        if not line.startswith("#"):
            break
        lines.append(line.lstrip("#").strip())
    doc = " ".join(" ".join(lines).split())
    doc = doc.split(". ")[0].rstrip(".")
    if len(doc) > 80:  # a one-line summary for `asm --help`: without the asides
        doc = re.sub(r" \([^)]*\)", "", doc)
    return doc, tomllib.loads(text).get("service", {}).get("class", "")


def command_for(spec: Spec, op: Operation, service: str, *, method: str | None = None,
                is_async: bool | None = None, result: str | None = None,
                waiter: bool = False) -> Command:
    where = f"{op.area}.toml: {op.name}"
    params = []
    for p in op.params:
        kind, model = param_kind(spec, p, where)
        params.append(CliParam(name=p.name, flag="--" + dashed(p.name), kind=kind,
                               required=not p.has_default, doc=p.doc, model=model,
                               default=p.default))
    name = method or op.name
    for p in params:
        p.doc = cli_doc(p.doc, params)
    return Command(name=dashed(name), method=name, service=service,
                   module=service_module(service), doc=cli_doc(op.doc, params),
                   is_async=op.returns_request_id if is_async is None else is_async,
                   example_waits=op.is_async,
                   result=result or result_kind(spec, op), params=params, waiter=waiter,
                   model=result_model(spec, op), paging=op.paging, area=dashed(op.area))


def waiter_command(spec: Spec, w: Any) -> tuple[str, Command]:
    """(area, command) of a waiter: a generated `wait_until_*` method.

    The interface, so waiters from elsewhere fit too: `w` has `.area` (its file stem under
    spec/waiters/, the same stems as spec/operations/), `.service`, `.method`, `.doc`,
    `.operation` (the polled operation), `.params` (spec `Param`s, positional order) and
    `.timeout` (seconds); the method also takes `timeout=`, `delay=` and
    `progress_callback=` keywords.
    """
    where = f"waiters/{w.area}.toml: {w.method}"
    polled = next(o for o in spec.services[w.service].operations if o.name == w.operation)
    params = []
    for p in w.params:
        kind, model = param_kind(spec, p, where)
        params.append(CliParam(name=p.name, flag="--" + dashed(p.name), kind=kind,
                               required=not p.has_default, doc=p.doc, model=model,
                               default=p.default))
    params += [
        CliParam(name="timeout", flag="--timeout", kind="float", required=False,
                 doc="Seconds to wait before giving up.", default=w.timeout),
        CliParam(name="delay", flag="--delay", kind="float", required=False,
                 doc="Fixed seconds between calls (default: soon at first, then backing off)."),
    ]
    return w.area, Command(name=dashed(w.method), method=w.method, service=w.service,
                           module=service_module(w.service), doc=cli_doc(w.doc, params),
                           is_async=False, result=result_kind(spec, polled), params=params,
                           waiter=True, progress=waiter_progress(spec, w),
                           model=None if polled.paging else result_model(spec, polled),
                           area=dashed(w.area), timeout=w.timeout)


def cli_doc(doc: str, params: list[CliParam]) -> str:
    """A spec doc in the command line's terms: `delete_vhd=True` -> `--delete-vhd`,
    `x=False` -> `--no-x`, `x=VALUE` -> `--x VALUE`, and a parameter of the command named
    in the text -> its flag."""
    from asm_sdk_runtime.cli import keywords_as_flags

    flags = {p.name: p.flag for p in params}
    doc = keywords_as_flags(doc, flags.get)
    if not flags:
        return doc
    names = "|".join(sorted((re.escape(n) for n in flags if "_" in n), key=len, reverse=True))
    if not names:
        return doc
    return re.sub(rf"(?<![\w.-])({names})(?![\w=])", lambda m: flags[m.group(1)], doc)


def _words(name: str) -> str:
    """`RoleInstance` -> `role instance`, `VMImage` -> `VM image`."""
    parts = re.findall(r"[A-Z]+(?=[A-Z][a-z])|[A-Z]?[a-z0-9]+|[A-Z]+", name)
    return " ".join(p if p.isupper() and len(p) > 1 else p.lower() for p in parts)


def waiter_progress(spec: Spec, w: Any) -> tuple[str, str | None, str]:
    """What a waiter command's progress line shows: (matcher, path, noun) of the waiter's
    first success acceptor; the noun names one item of a list path (its model in words:
    `role instance`), so the line reads `2 role instances: 1 ReadyRole, 1 StartingVM`."""
    from asm_sdk_runtime.polling import parse_path

    first = next(a for a in w.acceptors if a.state == "success")
    if not first.path:
        return first.matcher, None, "item"
    polled = next(o for o in spec.services[w.service].operations if o.name == w.operation)
    shape = spec.shapes[polled.response_type]
    item: str | None = None
    if shape.is_list or polled.response_list:
        item = shape.list_item.struct if shape.is_list else shape.name
    current = shape.name
    for kind, name, _ in parse_path(first.path):
        if kind == "attr" and current in spec.shapes:
            f = next(f for f in spec.shapes[current].fields if f.attr == name)
            current = f.struct or ""
            if f.kind == "list":
                item = f.struct
        elif kind != "attr":
            current = item or ""
            break
    return first.matcher, first.path, _words(item) if item else "item"


def client_commands(service: str, area: str) -> list[Command]:
    """Commands for the client methods written by hand in runtime/client.py that a
    command line needs: waiting again for operations that are running (what `asm` prints
    after Ctrl-C or a timeout).  Their parameters are the methods' (the callbacks aside)."""
    module = service_module(service)
    interval = CliParam(name="sleep_interval", flag="--sleep-interval", kind="float",
                        required=False, doc="Fixed seconds between status checks (default: "
                        "soon at first, backing off to 5).")

    def timeout() -> CliParam:
        return CliParam(name="timeout", flag="--timeout", kind="float", required=False,
                        doc="Seconds to wait before giving up (default: 1800).",
                        cli_default=1800)

    return [
        Command(name="wait-for-operation-status", method="wait_for_operation_status",
                service=service, module=module, area=area, model="Operation",
                doc="Wait until an asynchronous operation ends, from the request id it "
                    "answered; print its final status.\n\nThe operation itself is not "
                    "affected by the waiting: interrupted, wait again the same way.",
                is_async=False, result="model", waits="operation", params=[
                    CliParam(name="request_id", flag="--request-id", kind="str",
                             required=True, doc="The x-ms-request-id of the asynchronous "
                             "call."),
                    CliParam(name="wait_for_status", flag="--wait-for-status", kind="str",
                             required=False, doc="The status that ends the wait.",
                             default="Succeeded"),
                    timeout(), interval]),
        Command(name="wait-for-operations", method="wait_for_operations",
                service=service, module=module, area=area, model="Operation",
                doc="Wait until several asynchronous operations end, polling them together; "
                    "print their final statuses.\n\nFails (exit 1) when any failed or "
                    "was still running at the timeout, naming each.",
                is_async=False, result="list", waits="operations", params=[
                    CliParam(name="request_ids", flag="--request-ids", kind="str_list",
                             required=True, doc="The x-ms-request-ids of the asynchronous "
                             "calls: every argument left, or a,b,c."),
                    timeout(), interval]),
    ]


def build_areas(spec: Spec, spec_dir: Path, waiters: list | None = None) -> list[Area]:
    """Areas in file order with their commands sorted by name.

    An operation shared by every client class (`[[shared_operation]]`) gets one command,
    on the class its area file names.  `waiters` (codegen.waiters.WaiterDef, or anything
    with the attributes `waiter_command` reads) become commands of their file's area.
    """
    areas: dict[str, Area] = {}
    owners: dict[str, str] = {}
    for path in sorted((spec_dir / "operations").glob("*.toml")):
        doc, cls = _area_header(path)
        areas[path.stem] = Area(name=dashed(path.stem), doc=doc)
        owners[path.stem] = cls
    for cls in sorted(spec.services):
        for op in spec.services[cls].operations:
            if owners.get(op.area) == cls:
                areas[op.area].commands.append(command_for(spec, op, cls))
    shared = {op.name: op.area for svc in spec.services.values()
              for op in svc.operations}.get("get_operation_status")
    if shared in areas:    # where `asm common get-operation-status` is, its waiting too
        areas[shared].commands += client_commands(owners[shared], dashed(shared))
    for w in waiters or []:
        area_stem, cmd = waiter_command(spec, w)
        if area_stem not in areas:
            raise SpecError(f"waiters/{area_stem}.toml: no spec/operations/{area_stem}.toml "
                            "to put its commands in")
        areas[area_stem].commands.append(cmd)
    for area in areas.values():
        for cmd in area.commands:
            clash = [p.name for p in cmd.params if p.name in RESERVED]
            if clash:
                raise SpecError(f"{area.name} {cmd.name}: parameter(s) {clash} would clash "
                                "with the options every asm command has (runtime/cli.py "
                                "RESERVED)")
        if area.name == "completion":
            raise SpecError("spec/operations/completion.toml: `asm completion` prints shell "
                            "completion scripts; name the area otherwise")
        area.commands.sort(key=lambda c: c.name)
        names = [c.name for c in area.commands]
        if len(set(names)) != len(names):
            raise SpecError(f"area {area.name}: two commands named alike: {sorted(names)}")
    return [a for a in areas.values() if a.commands]


def models_for(spec: Spec, areas: list[Area]) -> list[ModelInfo]:
    """Every model a parameter can hold, a result can be (its columns are checked
    against its fields) or has declared columns (transitively), with its variants."""
    variants: dict[str, dict[str, dict[str, object]]] = {}
    for shape in spec.shapes.values():
        if shape.base:
            variants.setdefault(shape.base, {})[shape.name] = dict(shape.fixed)
    todo = sorted({p.model for a in areas for c in a.commands for p in c.params if p.model}
                  | {c.model for a in areas for c in a.commands if c.model}
                  | set(tables(spec)))
    seen: dict[str, ModelInfo] = {}
    while todo:
        name = todo.pop()
        if name in seen:
            continue
        shape = spec.shapes[name]
        info = ModelInfo(name=name, fields=[], variants=variants.get(name, {}))
        for f in shape.fields:
            if f.kind == "list" and f.item_kind == "struct" or f.kind == "struct":
                todo.append(f.struct)
            info.fields.append((f.attr, f.tag, f.kind, f.item_kind,
                                f.struct, f.list_class))
        todo.extend(info.variants)
        if shape.is_list:  # a list wrapper given as a parameter: its items
            item = shape.list_item
            if item.item_kind == "struct":
                todo.append(item.struct)
        seen[name] = info
    return [seen[n] for n in sorted(seen)]


def tables(spec: Spec) -> dict[str, tuple[str, ...]]:
    """Model -> the columns its `[[model]] cli_columns` declares."""
    return {name: tuple(s.cli_columns) for name, s in sorted(spec.shapes.items())
            if s.cli_columns}


def context(spec: Spec, spec_dir: Path, waiters: list | None = None) -> dict:
    areas = build_areas(spec, spec_dir, waiters)
    wrappers = {name: (s.list_item.item_kind, s.list_item.struct, s.list_item.list_class)
                for name, s in spec.shapes.items() if s.is_list}
    return {"areas": areas, "models": models_for(spec, areas), "tables": tables(spec),
            "api_versions": sorted((cls, svc.x_ms_version) for cls, svc in spec.services.items()),
            "wrappers": {k: v for k, v in sorted(wrappers.items())
                         if any(p.model == k for a in areas for c in a.commands
                                for p in c.params)},
            "services": sorted({c.service: c.module for a in areas
                                for c in a.commands}.items())}


def str_expr(text: str, indent: int, width: int = 92) -> str:
    """`text` as adjacent string literals, one per line, each line within `width`."""
    import textwrap

    room = max(width - indent - 4, 30)
    pieces: list[str] = []
    for line in text.splitlines(keepends=True) or [""]:
        chunks = textwrap.wrap(line, room, drop_whitespace=False, break_long_words=False,
                               break_on_hyphens=False, replace_whitespace=False) or [line]
        if "".join(chunks) != line:  # wrap() changed something: keep the line whole
            chunks = [line]
        pieces += chunks
    literals = [repr(p) for p in pieces]
    return ("\n" + " " * indent).join(literals)


def arg_call(p: CliParam) -> str:
    """The `rt.arg(...)` call that adds one parameter's --flag to command parser `p`."""
    doc = p.doc
    if not p.required and p.default is not None:
        doc = f"{doc} (default: {p.default})".strip()
    args = [repr(p.flag), repr(p.kind)]
    if p.model:
        args.append(f"model={p.model!r}")
    if p.required:
        args.append("required=True")
    if p.cli_default is not None:
        args.append(f"default={p.cli_default!r}")
    return f"rt.arg(p, {', '.join(args)},\n           doc={str_expr(doc, 15)})"


def render(spec: Spec, spec_dir: Path, waiters: list | None = None) -> str:
    """generated/cli.py."""
    import jinja2

    env = jinja2.Environment(
        loader=jinja2.FileSystemLoader(str(Path(__file__).resolve().parent / "templates")),
        keep_trailing_newline=True, trim_blocks=True, lstrip_blocks=True,
        undefined=jinja2.StrictUndefined, autoescape=False)
    env.filters["pyrepr"] = repr
    env.globals["arg_call"] = arg_call
    env.filters["str_expr"] = str_expr
    env.globals["example"] = example
    return env.get_template("cli.py.j2").render(**context(spec, spec_dir, waiters))
