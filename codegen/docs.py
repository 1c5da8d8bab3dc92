"""Render the API reference `docs/api/` from `spec/`.

    python -m asm_sdk_codegen.docs [--out DIR]        (`make docs`)

One page per service area (`spec/operations/<area>.toml` -> `operations/<area>.md`), one
per model area (`spec/schemas/<area>.xsd` -> `models/<area>.md`) and an index
(`README.md`).  Signatures and return types come from the same functions that write the
generated methods; the errors an operation can raise come from `runtime.errors`.  Links
are relative with the anchors GitHub gives headings, so they work on GitHub and in any
renderer that follows its slug rule.  Output is deterministic.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path

import jinja2

from asm_sdk_runtime import errors

from . import cli
from .generate import ROOT, TEMPLATES, default_literal, param_sig, return_info
from .waiters import WaiterDef, load_waiters
from .spec import (KIND_PYTYPES, NS, PATH_PARAM, Field, Operation, Param, Shape, Spec, SpecError, load_spec,
                   snake)

OUT = ROOT / "docs" / "api"


def slug(text: str) -> str:
    """The anchor GitHub gives a heading: lower case, punctuation dropped (not `-`, `_`),
    each space a `-`."""
    return re.sub(r"[^\w\- ]", "", text.strip().lower()).replace(" ", "-")


class Anchors:
    """Heading anchors of one page, numbered like GitHub's (`x`, `x-1`, ...)."""

    def __init__(self) -> None:
        self.seen: dict[str, int] = {}

    def __call__(self, heading: str) -> str:
        base = slug(heading)
        n = self.seen.get(base, 0)
        self.seen[base] = n + 1
        return base if n == 0 else f"{base}-{n}"


def cell(text: object) -> str:
    """Text fit for one Markdown table cell."""
    return " ".join(str(text).split()).replace("|", "\\|")


def _unqualify(annotation: str) -> str:
    return re.sub(r"\bm\.", "", annotation)


class Reference:
    """Everything the templates print, decided here."""

    def __init__(self, spec: Spec, waiters: list[WaiterDef] | None = None) -> None:
        self.spec = spec
        # Models: every shape that is a class of generated.models (list wrappers are list
        # subclasses; wrappers read as a dict, py:map, are no class).
        self.models = {n: s for n, s in spec.shapes.items() if not s.map_tags}
        self.model_areas: dict[str, list[Shape]] = {}
        for name in sorted(self.models):
            self.model_areas.setdefault(self.models[name].area, []).append(self.models[name])
        self.op_areas: dict[str, list[tuple[str, Operation]]] = {}
        for cls in sorted(spec.services):
            for op in spec.services[cls].operations:
                self.op_areas.setdefault(op.area, []).append((cls, op))
        self.waiter_areas: dict[str, list[WaiterDef]] = {}
        for w in sorted(waiters or [], key=lambda w: (w.service != "ServiceManagementService",
                                                      w.service, w.name)):
            self.waiter_areas.setdefault(w.area, []).append(w)
            self.op_areas.setdefault(w.area, [])
        for ops in self.op_areas.values():
            ops.sort(key=lambda c_op: (c_op[0] != "ServiceManagementService", c_op[0],
                                       c_op[1].name))
        # Anchors, in the order the templates write the headings (see docs_*.md.j2).
        self.op_anchor: dict[tuple[str, str], str] = {}
        for area, ops in self.op_areas.items():
            anchors = Anchors()
            anchors(self.op_area_title(area))
            anchors("Contents")
            last = None
            for cls, op in ops:
                if cls != last:
                    anchors(cls)
                    last = cls
                self.op_anchor[(cls, op.name)] = f"{area}.md#{anchors(op.name)}"
            if self.waiter_areas.get(area):
                anchors("Waiters")
                for w in self.waiter_areas[area]:
                    self.op_anchor[(w.service, w.method)] = f"{area}.md#{anchors(w.method)}"
        self.model_anchor: dict[str, str] = {}
        for area, shapes in self.model_areas.items():
            anchors = Anchors()
            anchors(self.model_area_title(area))
            anchors("Contents")
            for shape in shapes:
                self.model_anchor[shape.name] = f"{area}.md#{anchors(shape.name)}"
        self.used_by: dict[str, list[tuple[str, str, str]]] = {}
        for area, ops in self.op_areas.items():
            for cls, op in ops:
                for model, how in self._models_of(op):
                    self.used_by.setdefault(model, []).append((cls, op.name, how))

    # -- names and links -------------------------------------------------------------

    @staticmethod
    def op_area_title(area: str) -> str:
        return f"Operations: {area}"

    @staticmethod
    def model_area_title(area: str) -> str:
        return f"Models: {area}"

    def model_link(self, name: str, here: str) -> str:
        """Markdown link to a model from a page in `here` ('models', 'operations' or '')."""
        target = self.model_anchor[name]
        prefix = "" if here == "models" else ("models/" if here == "" else "../models/")
        return f"[`{name}`]({prefix}{target})"

    def op_link(self, cls: str, name: str, here: str) -> str:
        target = self.op_anchor[(cls, name)]
        prefix = "" if here == "operations" else ("operations/" if here == "" else "../operations/")
        return f"[`{cls}.{name}`]({prefix}{target})"

    def type_md(self, annotation: str, here: str) -> str:
        """A Python annotation in code font, with every model name in it linked."""
        annotation = _unqualify(annotation)
        parts = re.split(r"(\w+)", annotation)
        out = []
        for part in parts:
            if part in self.models:
                out.append(self.model_link(part, here))
            elif part:
                out.append(f"`{part}`")
        return re.sub(r"``", "", "".join(out))

    # -- operations ------------------------------------------------------------------

    def signature(self, cls: str, op: Operation, aio: bool = False) -> str:
        """`Class.method(params) -> result`; `aio`: its twin in generated.aio
        (`async def aio.Class.method(...)`)."""
        ret = _unqualify(return_info(self.spec, op)[0])
        params = [_unqualify(param_sig(p)) for p in op.params]
        return _call(f"{'async def aio.' if aio else ''}{cls}.{op.name}", params, f" -> {ret}")

    @staticmethod
    def awaited(example: str) -> str:
        """An example for the async client: every call of the client awaited."""
        return re.sub(r"\bclient\.", "await client.", example)

    def returns(self, op: Operation) -> str:
        """What the method returns, linked."""
        ann, doc = return_info(self.spec, op)
        if ann == "Any" and op.format == "json":
            return "the parsed JSON body (`Any`), or `None` when the service sends none"
        text = self.type_md(ann, "operations")
        if op.response_type and self.spec.shapes[op.response_type].is_list:
            text += f" (the `{op.response_root}` list)"
        elif ann == "AsynchronousOperationResult":
            text += " (the request id" + (", to wait on" if op.is_async else "") + ")"
        elif ann == "None":
            text += " (the call's request id is kept in `client.last_request_id`)"
        return text

    @staticmethod
    def param_location(op: Operation, p: Param) -> str:
        if p.name in PATH_PARAM.findall(op.path):
            return "path"
        if any(p.name == q[1] for q in op.query):
            return "query"
        if p.name in _body_params(op.body):
            return "body"
        return "-"

    def params(self, op: Operation) -> list[dict[str, str]]:
        rows = []
        for p in op.params:
            default = "" if not p.has_default else repr(p.default)
            rows.append({"name": p.name, "type": self.type_md(p.pytype, "operations"),
                         "required": "no" if p.has_default else "yes",
                         "default": f"`{default}`" if default else "",
                         "where": self.param_location(op, p), "doc": cell(p.doc)})
        return rows

    @staticmethod
    def errors(op: Operation) -> list[tuple[str, str, str]]:
        """(when, exception, meaning) for every typed error the call can raise."""
        def first_line(cls: type) -> str:
            return cell((cls.__doc__ or "").split("\n\n")[0])

        def by_status(status: int) -> type:
            return type(errors.http_error(status, None, None, None))

        rows = []
        statuses = [400, 403]
        if any(p != "subscription_id" for p in PATH_PARAM.findall(op.path)):
            statuses.append(404)      # it names a resource, which may not exist
        if op.method != "GET":
            statuses.append(409)      # it changes something, which may exist or be busy
        for status in statuses:
            cls = by_status(status)
            rows.append((f"HTTP {status}", cls.__name__, first_line(cls)))
        rows.append(("any other HTTP error status", errors.AzureHttpError.__name__,
                     first_line(errors.AzureHttpError)))
        if op.response_type or op.format in ("json", "text"):
            rows.append(("2xx with a body that does not parse",
                         errors.AzureMalformedResponseError.__name__,
                         first_line(errors.AzureMalformedResponseError)))
        rows.append(("no answer", errors.AzureConnectionError.__name__,
                     first_line(errors.AzureConnectionError)))
        rows.append(("`call_timeout` passed", errors.AzureTimeoutError.__name__,
                     first_line(errors.AzureTimeoutError)))
        if op.is_async:
            for cls in (errors.AzureOperationFailedError, errors.AzureOperationTimeoutError):
                rows.append(("`wait_for_operation_status(result.request_id)`", cls.__name__,
                             first_line(cls)))
        return rows

    def example(self, cls: str, op: Operation) -> str:
        args = ", ".join(p.name for p in op.params if not p.has_default)
        call = f"client.{op.name}({args})"
        ann = return_info(self.spec, op)[0]
        if op.is_async:
            return f"result = {call}\nclient.wait_for_operation_status(result.request_id, timeout=600)"
        if op.format in ("json", "text") and op.method == "GET":
            return f"body = {call}\nprint(body)"
        if ann == "AsynchronousOperationResult":
            return f"result = {call}\nprint(result.request_id)"
        if ann in ("None", "Any"):
            return f"{call}\nprint(client.last_request_id)"
        item = re.fullmatch(r"list\[(?:m\.)?(\w+)\]", ann)
        shape = self.models.get(item.group(1) if item else _unqualify(ann))
        var = snake(shape.name) if shape is not None else "item"
        shown = f".{shape.fields[0].attr}" if shape is not None and shape.fields else ""
        if item:
            return f"for {var} in {call}:\n    print({var}{shown})"
        return f"{var} = {call}\nprint({var}{shown})"

    def cli_example(self, cls: str, op: Operation) -> str:
        """The `asm` command doing what `example` does; the same text is in the command's
        --help (codegen/cli.py `example`)."""
        return cli.example(cli.command_for(self.spec, op, cls))

    def cli_waiter_example(self, w: WaiterDef) -> str:
        return cli.example(cli.waiter_command(self.spec, w)[1])

    def _models_of(self, op: Operation) -> list[tuple[str, str]]:
        found = []
        for p in op.params:
            for name in re.findall(r"\w+", p.pytype):
                if name in self.models:
                    found.append((name, "parameter"))
        for t, how in ((op.request_type, "request body"), (op.response_type, "returns")):
            if t is None:
                continue
            shape = self.spec.shapes[t]
            if t in self.models:
                found.append((t, how))
            if shape.list_item is not None and shape.list_item.struct in self.models:
                found.append((shape.list_item.struct, how + " (items)"))
        return found

    # -- waiters (spec/waiters/*.toml, methods made by codegen/templates/methods.j2) ---------

    def waiter_op(self, w: WaiterDef) -> Operation:
        return next(o for o in self.spec.services[w.service].operations if o.name == w.operation)

    def waiter_returns(self, w: WaiterDef) -> tuple[str, str]:
        """(annotation, linked text) as the generated method returns (methods.j2)."""
        ann = _unqualify(return_info(self.spec, self.waiter_op(w))[0])
        if w.returns_none == "always":
            return "None", "`None`, once the resource is gone"
        linked = self.type_md(ann, "operations")
        if w.returns_none == "sometimes":
            return f"{ann} | None", f"{linked}: the result that matched success; `None` when " \
                "an error answer did"
        return ann, f"{linked}: the result that matched success"

    def waiter_signature(self, w: WaiterDef, aio: bool = False) -> str:
        params = [_unqualify(param_sig(p)) for p in w.params]
        params += ["*", f"timeout: float = {w.timeout:g}", "delay: float | None = None",
                   "progress_callback: Callable[[Any], None] | None = None"]
        return _call(f"{'async def aio.' if aio else ''}{w.service}.{w.method}", params,
                     f" -> {self.waiter_returns(w)[0]}")

    @staticmethod
    def waiter_errors(w: WaiterDef) -> list[tuple[str, str]]:
        def first_line(cls: type) -> str:
            return cell((cls.__doc__ or "").split("\n\n")[0])
        rows = []
        if any(a.state == "failure" for a in w.acceptors):
            rows.append((errors.AzureWaiterFailedError.__name__,
                         first_line(errors.AzureWaiterFailedError)))
        rows.append((errors.AzureWaiterTimeoutError.__name__,
                     first_line(errors.AzureWaiterTimeoutError)))
        return rows

    @staticmethod
    def waiter_example(w: WaiterDef) -> str:
        args = [p.name for p in w.params if not p.has_default]
        return f"client.{w.method}({', '.join(args + [f'timeout={w.timeout:g}'])})"

    # -- models ----------------------------------------------------------------------

    def fields(self, shape: Shape) -> list[dict[str, str]]:
        rows = []
        for f in shape.fields:
            rows.append({"name": f.attr, "type": self.type_md(f.pytype, "models"),
                         "xml": cell(_xml_of(f)), "default": cell(_default_md(self.spec, shape, f)),
                         "doc": cell(f.doc) + (" (kept out of `repr()`)" if f.secret else "")
                         + (f" (kept out of `repr()` while `{f.secret_when[0]}` is "
                            f"{f.secret_when[1]!r})" if f.secret_when else "")})
        return rows

    @staticmethod
    def aliases(shape: Shape) -> list[str]:
        """Other names the class is importable under (the predecessor's)."""
        return sorted(getattr(shape, "aliases", None) or [])

    def list_items(self, shape: Shape) -> str:
        """What a list class holds, linked."""
        item = shape.list_item
        assert item is not None
        kind = item.struct if item.item_kind == "struct" and item.struct else \
            KIND_PYTYPES.get(item.item_kind or "str", "str")
        return self.type_md(kind, "models")

    def constructor(self, shape: Shape) -> str:
        if shape.is_list:
            return f"{shape.name}(iterable=())"
        positional = list(shape.init)
        rest = [f.attr for f in shape.fields if f.attr not in shape.init]
        args = positional + (["*"] if rest else []) + rest
        return _call(shape.name, args)


def _call(name: str, args: list[str], tail: str = "") -> str:
    """`name(args)tail` on one line, or one argument per line when that is too long."""
    one_line = f"{name}({', '.join(args)}){tail}"
    if len(one_line) <= 88:
        return one_line
    return f"{name}(\n" + "".join(f"    {a},\n" for a in args) + f"){tail}"


def _ancestors(cls: type) -> str:
    """The classes an error derives from: ours and Python's, not the mixins runtime.errors
    adds when azure-common is installed (the page must not depend on that)."""
    names = [c.__name__ for c in cls.__mro__[1:]
             if c.__module__ == errors.__name__
             or (c.__module__ == "builtins" and c not in (object, BaseException))]
    return ", ".join(f"`{n}`" for n in names)


def _body_params(body: object) -> set[str]:
    if body is None:
        return set()
    if isinstance(body, str):
        return {body}
    if isinstance(body, dict):
        return set().union(*(_body_params(v) for v in body.values())) if body else set()
    if isinstance(body, list):
        return set().union(*(_body_params(v) for v in body)) if body else set()
    return set()


def _xml_of(f: Field) -> str:
    ns = "" if f.ns in (NS, "") else f" (namespace `{f.ns}`)"
    if f.where == "attribute":
        return f"attribute `{f.tag}`"
    if f.where == "text":
        return "text content"
    if f.kind == "map" and f.map_tags:
        key, value = f.map_tags
        return f"`<{f.tag}>` of `<{f.item_tag}>` (`<{key}>` -> `<{value}>`){ns}"
    if f.kind == "list" and f.item_tag and f.item_tag != f.tag:
        return f"`<{f.tag}>` of `<{f.item_tag}>`{ns}"
    if f.kind == "list":
        return f"`<{f.tag}>`, repeated{ns}"
    return f"`<{f.tag}>`{ns}"


def _default_md(spec: Spec, shape: Shape, f: Field) -> str:
    literal = default_literal(shape, f, spec)
    if literal.startswith("attrs.Factory("):   # a new value per instance
        if literal == "attrs.Factory(list)":
            return "`[]`"
        if literal == "attrs.Factory(dict)":
            return "`{}`"
        names = [n for n in re.findall(r"\w+", literal) if n in spec.shapes]
        return f"a new `{names[0]}`" if names else "a new value"
    return f"`{literal}`"


def build(spec_dir: Path) -> dict[str, str]:
    """The pages for the spec in `spec_dir` (operations, schemas and waiters)."""
    spec = load_spec(spec_dir)
    return render(spec, load_waiters(spec_dir, spec))


def render(spec: Spec, waiters: list[WaiterDef] | None = None) -> dict[str, str]:
    """{relative path under docs/api: Markdown}."""
    ref = Reference(spec, waiters)
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(str(TEMPLATES)),
                             undefined=jinja2.StrictUndefined, keep_trailing_newline=True,
                             trim_blocks=True, lstrip_blocks=True, autoescape=False)
    env.filters["cell"] = cell
    env.filters["slug"] = slug
    env.filters["pyrepr"] = repr
    env.filters["format_code"] = lambda name: f"`{name}`"
    env.globals.update(ref=ref, spec=spec, spec_ns=NS)
    error_classes = [(cls, _ancestors(cls)) for cls in
                     (getattr(errors, n) for n in sorted(dir(errors)))
                     if isinstance(cls, type) and issubclass(cls, errors.AzureException)
                     and cls.__module__ == errors.__name__]
    files = {"README.md": env.get_template("docs_index.md.j2").render(
        op_areas=ref.op_areas, model_areas=ref.model_areas, error_classes=error_classes)}
    for area, ops in ref.op_areas.items():
        files[f"operations/{area}.md"] = env.get_template("docs_operations.md.j2").render(
            area=area, ops=ops, waiters=ref.waiter_areas.get(area, []))
    for area, shapes in ref.model_areas.items():
        files[f"models/{area}.md"] = env.get_template("docs_models.md.j2").render(
            area=area, shapes=shapes)
    return {name: re.sub(r"\n{3,}", "\n\n", text).rstrip("\n") + "\n"
            for name, text in sorted(files.items())}


def write(files: dict[str, str], out_dir: Path) -> None:
    for old in sorted(out_dir.rglob("*.md")) if out_dir.exists() else []:
        if old.relative_to(out_dir).as_posix() not in files:
            old.unlink()
    for name, text in files.items():
        (out_dir / name).parent.mkdir(parents=True, exist_ok=True)
        (out_dir / name).write_text(text, encoding="utf-8", newline="\n")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--spec", type=Path, default=ROOT / "spec")
    ap.add_argument("--out", type=Path, default=OUT)
    args = ap.parse_args(argv)
    try:
        files = build(args.spec)
    except SpecError as exc:
        print(f"spec error: {exc}", file=sys.stderr)
        return 1
    write(files, args.out)
    print(f"wrote {len(files)} pages to {args.out}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
