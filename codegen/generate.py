"""Render `generated/` from `spec/`.

    python -m asm_sdk_codegen.generate [--out DIR]

Output is deterministic: shapes and operations are sorted, nothing depends on time,
paths or dict order of the environment.
"""

from __future__ import annotations

import argparse
import dataclasses
import re
import shutil
import sys
import textwrap
from pathlib import Path

import jinja2

from . import cli, endpoint
from .spec import (NS, Field, Operation, Param, Shape, Spec, SpecError,
                   check_request_shapes, load_schema, load_spec)
from .waiters import WaiterDef, load_waiters

ROOT = Path(__file__).resolve().parent.parent
TEMPLATES = Path(__file__).resolve().parent / "templates"
READ_CONVERTERS = {"str": None, "b64": "from_b64", "int": "from_int", "bool": "from_bool",
                   "float": "from_float", "datetime": "from_datetime"}
WRITE_CONVERTERS = {"str": "text", "b64": "b64", "int": "number", "bool": "boolean",
                    "float": "number", "datetime": "dt"}


def pydoc(text: str, indent: int, width: int = 92) -> str:
    """Wrap prose for a docstring, escaped so it cannot end the string literal."""
    text = (text or "").replace("\\", "\\\\").replace('"""', '\\"\\"\\"').strip()
    pad = " " * indent
    paragraphs = [" ".join(p.split()) for p in text.split("\n\n")] if text else []
    out = [textwrap.fill(p, width - indent, initial_indent=pad, subsequent_indent=pad)
           for p in paragraphs if p]
    return "\n\n".join(out).lstrip()


def absent_value(f: Field) -> str:
    """Python expression of what a scalar field reads as when its element is absent or has
    no text: the predecessor's placeholder (py:absent), the service's default (XSD
    default=), '' for text, None otherwise.  An absent-empty structure reads as None here
    and is filled after the reader's loop (`read_X(NO_CHILDREN)`)."""
    if f.placeholder == "none":
        return "None"
    if f.placeholder == "empty":
        return "EMPTY_TIMESTAMP" if f.kind == "datetime" else "None"
    if f.placeholder is not None:
        return repr({"int": int, "float": float}[f.kind](f.placeholder))
    if f.absent is not None:  # XSD default="...": what the service means by leaving it out
        return repr({"int": int, "float": float, "str": str,
                     "bool": lambda v: v.strip() == "true"}[f.kind](f.absent))
    if f.kind in ("str", "b64"):
        return "''"
    return "None"


def read_converter(f: Field) -> str | None:
    return "from_text_int" if f.text_int else READ_CONVERTERS[f.kind]


def read_expr(f: Field, var: str) -> str:
    """Python expression converting element `var` for field `f`; an element without text
    reads as the field's absent value, as the predecessor read it."""
    if f.kind == "struct":
        return f"read_{f.struct}({var})"
    conv, default = read_converter(f), absent_value(f)
    if conv is None:  # text
        return f"{var}.text" if default == "None" else f"({var}.text or {default})"
    # The converters' own default is None ('' for base64 text).
    if default == ("''" if f.kind == "b64" else "None"):
        return f"{conv}({var}.text)"
    return f"{conv}({var}.text, {default})"


def item_read_expr(f: Field, var: str) -> str:
    if f.item_kind == "struct":
        return f"read_{f.struct}({var})"
    conv = READ_CONVERTERS[f.item_kind]
    return f"{conv}({var}.text)" if conv else f"({var}.text or '')"


def map_read_expr(tags: tuple[str, str], var: str) -> str:
    k, v = tags
    ns = "{http://schemas.microsoft.com/windowsazure}"
    return f"{{c.findtext('{ns}{k}') or '': c.findtext('{ns}{v}') or '' for c in {var}}}"


def list_annotation(shape: Shape) -> str:
    item = shape.list_item
    return f"list[m.{item.struct}]" if item.item_kind == "struct" else item.pytype


def initial(f: Field) -> str:
    """Value of a field the response did not contain."""
    if f.kind == "map":
        return "{}"
    if f.kind == "list":
        return f"m.{f.list_class}()" if f.list_class else "[]"
    return absent_value(f)


class Writers:
    """Emits the statements that write one field; knows the shapes (for attributes) and
    the namespace in effect, so elements of another namespace declare theirs."""

    def __init__(self, spec: Spec) -> None:
        self.shapes = spec.shapes

    def start(self, tag: str, ns: str | None, parent_ns: str, value: str = "v",
              struct: str | None = None, extra: str = "") -> str:
        decl = f' xmlns="{ns}"' if ns is not None and ns != parent_ns else ""
        if struct and self.shapes[struct].attributes:
            return f"'<{tag}{decl}{extra}' + attrs_{struct}({value}) + '>'"
        return f"'<{tag}{decl}{extra}>'"

    def field(self, f: Field, parent_ns: str, writer: str | None = None) -> list[str]:
        """Statements writing field `f` (value in `v`) of a shape in `parent_ns` to `out`;
        `writer` writes its structure (or each item), `write_<shape>` by default."""
        t = f.tag
        writer = writer or f"write_{f.struct}"
        if f.kind == "map":
            k, val = f.map_tags
            return [f"out.append({self.start(t, f.ns, parent_ns)})",
                    "for key, value in v.items():",
                    f"    out.append('<{f.item_tag}><{k}>' + text(key) + '</{k}><{val}>' + "
                    f"text(value) + '</{val}></{f.item_tag}>')", f"out.append('</{t}>')"]
        if f.kind == "struct":
            return [f"out.append({self.start(t, f.ns, parent_ns, struct=f.struct)})",
                    f"{writer}(v, out)", f"out.append('</{t}>')"]
        if f.kind == "list":
            inner_ns = f.ns
            it = f.item_tag or t
            prefix, extra = "", ""
            if f.item_tag is not None and f.item_ns is not None and f.item_ns != f.ns:
                # Items of another namespace (e.g. <a:string>), declared on the wrapper.
                prefix, extra = "a:", f' xmlns:a="{f.item_ns}"'
            if f.item_kind == "struct":
                item = [f"out.append({self.start(prefix + it, None, inner_ns, 'item', f.struct)})",
                        f"{writer}(item, out)", f"out.append('</{prefix}{it}>')"]
            else:
                conv = WRITE_CONVERTERS[f.item_kind]
                item = [f"out.append('<{prefix}{it}>' + {conv}(item) + '</{prefix}{it}>')"]
            if f.item_tag is None:
                item[0] = item[0].replace(f"'<{it}", f"'<{it}" + (
                    f' xmlns="{f.ns}"' if f.ns != parent_ns else ""), 1)
                return ["for item in v:"] + ["    " + line for line in item]
            return [f"out.append({self.start(t, f.ns, parent_ns, extra=extra)})",
                    "for item in v:", *["    " + line for line in item],
                    f"out.append('</{t}>')"]
        conv = WRITE_CONVERTERS[f.kind]
        return [f"out.append({self.start(t, f.ns, parent_ns)} + {conv}(v) + '</{t}>')"]

    def wrapper(self, shape: Shape) -> list[str]:
        """Statements writing the items of a list (or map) wrapper `v`, without its tag."""
        item = shape.list_item
        if shape.map_tags:
            item = Field(attr=item.attr, tag=shape.name, kind="map", map_tags=shape.map_tags,
                         item_tag=item.tag, ns=shape.ns)
        else:
            item = dataclasses.replace(item, item_ns=item.ns, ns=shape.ns)
        return self.field(item, shape.ns)[1:-1]


def attr_expr(f: Field) -> str:
    conv = {"str": "attr", "b64": "b64", "int": "number", "bool": "boolean",
            "float": "number", "datetime": "dt"}[f.kind]
    return f"{conv}(v)"


def assign_line(f: Field) -> str:
    """The statement storing child element `child` into field `f`'s local."""
    if f.kind == "map":
        return f"f_{f.attr} = {map_read_expr(f.map_tags, 'child')}"
    if f.kind == "list" and f.item_tag is None:
        return f"f_{f.attr}.append({item_read_expr(f, 'child')})"
    if f.kind == "list":
        items = f"[{item_read_expr(f, 'c')} for c in child]"
        return f"f_{f.attr} = " + (f"m.{f.list_class}({items})" if f.list_class else items)
    return f"f_{f.attr} = {read_expr(f, 'child')}"


# Up to this many elements a shape's reader compares tags in an if/elif chain; larger shapes
# look the tag up once in a dict and branch on its index by bisection (fewer comparisons).
CHAIN_LIMIT = 8


def dispatch_lines(shape: Shape) -> list[str]:
    """Loop body of a reader: store `child` in the right local, or keep it as unknown."""
    fields = shape.elements
    unknown = ["if unknown is None:", "    unknown = []", "unknown.append(child)"]
    if len(fields) <= CHAIN_LIMIT:
        lines = ["tag = child.tag"]
        for n, f in enumerate(fields):
            lines += [f"{'if' if n == 0 else 'elif'} tag == {f.qtag!r}:", "    " + assign_line(f)]
        return lines + ["else:"] + ["    " + line for line in unknown]

    def tree(lo: int, hi: int) -> list[str]:
        if hi - lo == 1:
            return [assign_line(fields[lo])]
        mid = (lo + hi) // 2
        return ([f"if i < {mid}:"] + ["    " + line for line in tree(lo, mid)]
                + ["else:"] + ["    " + line for line in tree(mid, hi)])

    return ([f"i = _TAGS_{shape.name}.get(child.tag)", "if i is None:"]
            + ["    " + line for line in unknown] + ["else:"]
            + ["    " + line for line in tree(0, len(fields))])


def field_order(shape: Shape) -> list[tuple[Field, bool]]:
    """(field, positional) in declaration order: the `init` fields first, in init order."""
    by_attr = {f.attr: f for f in shape.fields}
    positional = [(by_attr[a], True) for a in shape.init]
    rest = [(f, False) for f in shape.fields if f.attr not in shape.init]
    return positional + rest


def field_annotation(f: Field) -> str:
    """A model attribute's annotation.  A list from a wrapper is a plain `list[...]`: the
    list class that readers make is one, and constructors take plain lists."""
    if f.kind == "list" and f.wrapper:
        return f"list[{f.item_pytype}]"
    return f.pytype


def annotation_names(spec: Spec, shapes: list[Shape]) -> set[str]:
    """Model and list class names the annotations of `shapes` mention."""
    names: set[str] = set()
    for shape in shapes:
        if shape.is_list and shape.list_item.item_kind == "struct":
            names.add(shape.list_item.struct)
        for f in shape.fields:
            if f.kind in ("struct", "list") and f.struct:
                names.add(f.struct)
    return names


def new_instance(cls: str, shape: Shape, spec: Spec) -> str:
    """Expression making a new `cls` in a model module of `shape`'s area: a class of another
    area is loaded on first use (`_new`); one of the same area may be defined further down,
    so the call sits in the factory's lambda either way."""
    if spec.shapes[cls].area != shape.area:
        return f"_new({cls!r})"
    return f"{cls}()"


def default_literal(shape: Shape, f: Field, spec: Spec) -> str:
    """Constructor default: variant's fixed value, model default, XSD fixed value, None."""
    if f.attr in shape.fixed:
        value = shape.fixed[f.attr]
    elif f.attr in shape.defaults:
        value = shape.defaults[f.attr]
    elif f.fixed is not None:
        value = f.fixed
    else:
        return "None"
    if isinstance(value, dict):  # `{}` (checked by the loader): a new instance of the shape
        if f.kind != "struct":
            return "attrs.Factory(dict)"
        return f"attrs.Factory(lambda: {new_instance(f.struct, shape, spec)})"
    if isinstance(value, list):  # `[]`: a new, empty list of the field's list class
        if not f.list_class:
            return "attrs.Factory(list)"
        new = new_instance(f.list_class, shape, spec)
        if f.omit_empty:  # marked, so that only the untouched default stays off the wire
            new = f"_prefilled({new})"
        return f"attrs.Factory(lambda: {new})"
    return repr(value)


# Fields whose values are converted when set (constructor and assignment): the lenient
# inputs the predecessor took, e.g. ports as strings.
CONVERTERS = {"int": "_as_int", "bool": "_as_bool"}


def converter(f: Field) -> str | None:
    """The converter of a field when set, if any (`_as_text_int` for py:text-int)."""
    return "_as_text_int" if f.text_int else CONVERTERS.get(f.kind)


def field_def(shape: Shape, f: Field, positional: bool, spec: Spec) -> str:
    """Right-hand side of an attrs field declaration."""
    default = default_literal(shape, f, spec)
    opts = [] if positional else ["kw_only=True"]
    if f.secret:
        opts.append("repr=False")
    if converter(f):  # a typed function; _name_converters names the field in errors
        opts.append(f"converter={converter(f)}")
    if not opts:
        return default
    return f"attrs.field(default={default}, {', '.join(opts)})"


def empty_check(f: Field, var: str, falsy: set[str], to_send: bool = False) -> str:
    """Expression true when field `f` of `var` is empty: None, '', an empty list or map, an
    empty structure, or what an absent element reads as.  `to_send`: whether a writer has
    anything to send, where only a placeholder (py:absent) is nothing, while a default the
    service gave (XSD default=) is a value like any other."""
    v = f"{var}.{f.attr}"
    if f.kind in ("list", "map", "datetime"):
        return f"not {v}"
    if f.kind == "struct":
        if f.struct not in falsy:
            return f"{v} is None"
        return f"({v} is None or empty_{f.struct}({v}))" if to_send else f"not {v}"
    absent = absent_value(f) if not to_send or f.placeholder is not None else "None"
    if f.kind in ("str", "b64"):
        return f"not {v}" if absent in ("''", "None") else f"{v} in (None, '', {absent})"
    return f"{v} is None" if absent == "None" else f"{v} in (None, {absent})"


def empty_expr(shape: Shape, falsy: set[str], var: str = "self", to_send: bool = False) -> str:
    """Every field of the shape empty (`empty_check`), one per line: negated, the model's
    `__bool__`; with `to_send`, the writers' `empty_X(v)`."""
    checks = [empty_check(f, var, falsy, to_send) for f in shape.fields]
    checks.append(f"not {var}.unknown_elements")
    pad = " " * (12 if to_send else 16)
    return "(" + f"\n{pad}and ".join(checks) + ")"


def falsy_shapes(spec: Spec) -> set[str]:
    """Shapes that are false while empty (`__bool__`): those an omit-empty element leaves
    off the wire while empty, those an absent element reads as an empty instance of
    (py:absent="empty"), and every structure they hold."""
    todo = [f.struct for s in spec.shapes.values() for f in s.fields
            if f.kind == "struct" and (f.omit_empty or f.placeholder == "empty")]
    seen: set[str] = set()
    while todo:
        name = todo.pop()
        if name in seen:
            continue
        seen.add(name)
        todo += [f.struct for f in spec.shapes[name].fields if f.kind == "struct"]
    return seen


def write_condition(f: Field) -> str:
    """`if` condition under which a writer emits field `f` (value in `v`).  A placeholder
    (py:absent) is never sent: an absent element read back stays absent."""
    if f.kind == "struct" and (f.placeholder == "empty" or f.omit_empty):
        return f"v is not None and not empty_{f.struct}(v)"
    if f.placeholder == "empty":
        return "v"  # an empty timestamp is '', and false
    if f.placeholder not in (None, "none"):
        return f"v is not None and v != {absent_value(f)}"
    if not f.omit_empty:
        return "v is not None"
    if f.kind == "list" and f.list_class:
        # An empty list is sent when the code set it, not when it is the untouched default.
        return "v is not None and (v or not getattr(v, '_prefilled', False))"
    if f.kind in ("list", "map", "str", "b64"):
        return "v"
    return "v is not None"


class BodyWriters:
    """Writers of request bodies that carry only what their operation accepts (`accepts`
    in the spec): one per shape and set of accepted elements, shared by the operations that
    accept the same; a shape accepted whole is written by its own `write_<shape>`."""

    def __init__(self, spec: Spec, writers: Writers) -> None:
        self.spec, self.writers = spec, writers
        self.defs: dict[tuple[str, str], dict] = {}   # (shape, tree) -> definition

    def for_op(self, op: Operation) -> str:
        if op.accepts is None:
            return f"write_{op.request_type}"
        return self.writer(op.request_type, op.accepts, op.name)

    def covers(self, shape: Shape, tree: dict) -> bool:
        """Whether `tree` accepts every element of `shape`, all the way down."""
        for f in shape.elements:
            if f.tag not in tree:
                return False
            sub = tree[f.tag]
            if sub is not None and not self.covers(self.spec.shapes[f.struct], sub):
                return False
        return True

    def writer(self, shape_name: str, tree: dict, op_name: str) -> str:
        shape = self.spec.shapes[shape_name]
        if self.covers(shape, tree):
            return f"write_{shape_name}"
        key = (shape_name, repr(tree))
        lines = self.lines(shape, tree, op_name)  # (also names op_name on the inner writers)
        if key not in self.defs:
            self.defs[key] = {"name": f"write_{shape_name}__{op_name}", "shape": shape,
                              "ops": [], "lines": lines}
        if op_name not in self.defs[key]["ops"]:
            self.defs[key]["ops"].append(op_name)
        return self.defs[key]["name"]

    def lines(self, shape: Shape, tree: dict, op_name: str) -> list[str]:
        """Body of a writer of `shape` that writes the elements of `tree` only."""
        out: list[str] = []
        for f in shape.elements:
            if f.tag not in tree:
                continue
            sub = tree[f.tag]   # what is sent of its structure (of each item, for a list)
            child = self.writer(f.struct, sub, op_name) if sub is not None else None
            out.append(f"v = obj.{f.attr}")
            if f.kind == "struct" and child and child != f"write_{f.struct}" and (
                    f.omit_empty or f.placeholder == "empty"):
                # Left out when nothing this operation accepts in it is set.
                start = self.writers.start(f.tag, f.ns, shape.ns, struct=f.struct)
                inner = f"inner_{f.attr}"
                out += ["if v is not None:", f"    {inner}: list[str] = []",
                        f"    {child}(v, {inner})", f"    if {inner}:",
                        f"        out.append({start})", f"        out.extend({inner})",
                        f"        out.append('</{f.tag}>')"]
                continue
            out.append(f"if {write_condition(f)}:")
            out += ["    " + line for line in self.writers.field(f, shape.ns, child)]
        return out or ["pass"]

    def definitions(self) -> list[dict]:
        return sorted(self.defs.values(), key=lambda d: d["name"])


class BodyBuilder:
    """Turns an operation's `body` mapping into a constructor expression."""

    def __init__(self, spec: Spec, op: Operation, base: int = 8) -> None:
        self.spec = spec
        self.params = {p.name: p for p in op.params}
        self.base = base   # the indentation of the whole expression

    def build(self, body, shape_name: str, indent: int, optional: bool = True) -> str:
        if isinstance(body, str):
            return body
        shape = self.spec.shapes[shape_name]
        if shape.is_list:
            # A document that is only a list: the body is the list parameter itself.
            return body[shape.list_item.tag]
        by_tag = {f.tag: f for f in shape.fields}
        pad = " " * (indent + 4)
        args = []
        for f in shape.fields:  # wire order, so the generated call reads like the XML
            if f.tag not in body:
                continue
            args.append(f"{pad}{f.attr}={self.value(body[f.tag], by_tag[f.tag], indent + 4)},")
        expr = f"m.{shape_name}(\n" + "\n".join(args) + "\n" + " " * indent + ")"
        if indent > self.base and optional:
            # A nested shape is sent only when one of its parameters was given.
            used = sorted(self.params_in(body))
            expr += f" if any_given({', '.join(used)})\n{' ' * indent}else None"
        return expr

    def params_in(self, body) -> set[str]:
        if isinstance(body, str):
            return {body}
        if isinstance(body, list):
            return set().union(*(self.params_in(v) for v in body))
        return set().union(*(self.params_in(v) for v in body.values()))

    def value(self, value, f: Field, indent: int) -> str:
        if isinstance(value, dict):
            return self.build(value, f.struct, indent)
        if isinstance(value, list):
            items = [self.value(v, f, indent) if isinstance(v, str)
                     else self.build(v, f.struct, indent, optional=False) for v in value]
            if all(isinstance(v, dict) for v in value):
                return "[" + ", ".join(items) + "]"
            return "[item for item in (" + ", ".join(items) + ",) if item is not None] or None"
        return value



def wrapped(items: list[str], indent: int, width: int = 92) -> str:
    """`items` comma-separated, filled to `width`, continuation lines at column `indent`."""
    return textwrap.fill(", ".join(items), width, initial_indent=" " * indent,
                         subsequent_indent=" " * indent, break_long_words=False,
                         break_on_hyphens=False).lstrip()


def call_lines(func: str, args: list[str], indent: int, width: int = 92) -> str:
    """`func(a, b)` on one line when it fits, otherwise one argument per line."""
    one = f"{func}({', '.join(args)})"
    if indent + len(one) <= width:
        return one
    pad = " " * (indent + 4)
    return f"{func}(\n" + "".join(f"{pad}{a},\n" for a in args) + " " * indent + ")"


# JSON values of a parameter, as precise as mypy --strict wants them.
JSON_ANNOTATIONS = {"dict": "dict[str, Any]", "list": "list[Any]", "list[dict]": "list[dict[str, Any]]"}


def param_sig(p: Param) -> str:
    ann = p.pytype if p.pytype in ("str", "int", "bool", "float", "datetime", "dict", "list",
                                   "Any") or \
        p.pytype.startswith(("list[", "dict[")) else f"m.{p.pytype}"
    ann = ann.replace("list[", "list[m.") if ann.startswith("list[") and \
        ann[5:-1] not in ("str", "int", "dict", "Any") else ann
    ann = JSON_ANNOTATIONS.get(ann, ann)
    if not p.has_default:
        return f"{p.name}: {ann}"
    if p.default is None:
        return f"{p.name}: {ann} | None = None"
    return f"{p.name}: {ann} = {p.default!r}"


def return_info(spec: Spec, op: Operation) -> tuple[str, str]:
    """(annotation, doc) of what the method returns."""
    if op.format == "text":
        return "str", "str: the response body, unparsed."
    if op.response_type is None:
        if op.returns_request_id:
            return "AsynchronousOperationResult", (
                "AsynchronousOperationResult: the request id; pass it to "
                "wait_for_operation_status() to wait for completion.")
        if op.format == "json":
            return "Any", "The parsed JSON response, or None when the service sends no body."
        return "None", "None (the request id of the call is logged and kept in last_request_id)."
    shape = spec.shapes[op.response_type]
    if op.envelope == "atom" and op.response_list:
        return f"list[m.{shape.name}]", f"list[{shape.name}]: {shape.doc}".strip()
    if shape.is_list:
        item = shape.list_item
        inner = f"m.{item.struct}" if item.item_kind == "struct" else "str"
        return f"list[{inner}]", f"list[{item.struct or 'str'}]: {shape.doc or ''}".strip()
    return f"m.{shape.name}", f"{shape.name}: {shape.doc}".strip()


# What an area's xml.py may import from asm_sdk_runtime.xml; it imports those it uses.
XML_RUNTIME_NAMES = ["EMPTY_TIMESTAMP", "attr", "b64", "boolean", "dt", "from_b64",
                     "from_bool", "from_datetime", "from_float", "from_int", "from_text_int",
                     "number", "text", "unknown_text"]
# A reference to a shape's reader or writer (`read_X`, `write_X`, `write_X__operation`,
# `attrs_X`, `empty_X`): the linker finds which area's xml.py defines it.
XML_REF = re.compile(r"\b((?:read|write|attrs|empty)_[A-Z]\w*)\b")
XML_DEF = re.compile(r"^def ((?:read|write|attrs|empty)_[A-Z]\w*)\(", re.M)


def camel(area: str) -> str:
    return "".join(part.capitalize() for part in area.split("_"))


def mixin(area: str) -> str:
    """The class holding an area's methods (generated/<area>/client.py and aio.py)."""
    return f"{camel(area)}Operations"


def link(code: str, area: str, defined: dict[str, str], own: str | None) -> tuple[str, list[str]]:
    """Qualify the readers and writers `code` (of `area`) uses from other areas' xml.py
    (`storage.read_X`); `own`: how it names its own area's (None: unqualified, in xml.py
    itself).  Returns the code and the import lines it needs."""
    imports: set[str] = set()

    def qualify(match: re.Match[str]) -> str:
        name = match.group(1)
        home = defined.get(name)
        if home is None:
            raise SpecError(f"generated {area}: {name} is defined by no area")
        if home == area and own is None:
            return name
        if home == area:
            imports.add(f"from . import xml as {own}")
            return f"{own}.{name}"
        imports.add(f"from ..{home} import xml as {home}")
        return f"{home}.{name}"

    return XML_REF.sub(qualify, code), sorted(imports)


def head(body: str, lines: list[tuple[str, str]]) -> str:
    """The import block of a module: each (pattern, import line) whose pattern `body`
    uses, in the order given (grouped as written: a blank entry separates groups)."""
    out: list[str] = []
    for pattern, line in lines:
        if not pattern:
            if out and out[-1]:
                out.append("")
        elif re.search(pattern, body):
            out.append(line)
    while out and not out[-1]:
        out.pop()
    return "\n".join(out)


def render(spec: Spec, out_dir: Path, waiters: list[WaiterDef] | None = None) -> dict[str, str]:
    env = jinja2.Environment(loader=jinja2.FileSystemLoader(str(TEMPLATES)),
                             keep_trailing_newline=True, trim_blocks=True, lstrip_blocks=True,
                             undefined=jinja2.StrictUndefined, autoescape=False)
    env.filters["pydoc"] = pydoc
    env.filters["pyrepr"] = repr
    env.filters["param_sig"] = param_sig
    env.filters["param_arg"] = lambda p: param_sig(p).split(" = ")[0]
    env.filters["format_kw"] = lambda name: f"{name}={name}"
    env.filters["format_code"] = lambda name: f"``{name}``"
    env.filters["converter"] = converter
    env.filters["mixin"] = mixin
    env.filters["area_module"] = lambda area, aio: f"generated/{area}/{'aio' if aio else 'client'}.py"
    writers = Writers(spec)
    waiters = waiters or []

    def qualified_root(op: Operation) -> str:
        if op.response_root.startswith("{"):
            return op.response_root  # given qualified: another namespace than the shape's
        ns = spec.shapes[op.response_type].ns
        return f"{{{ns}}}{op.response_root}" if ns else op.response_root

    ops_by_name = {(cls, op.name): op for cls in spec.services
                   for op in spec.services[cls].operations}

    def waiter_op(w: WaiterDef) -> Operation:
        return ops_by_name[(w.service, w.operation)]

    def waiter_returns(w: WaiterDef) -> str:
        ret = return_info(spec, waiter_op(w))[0]
        return {"always": "None", "sometimes": f"{ret} | None"}.get(w.returns_none, ret)

    def waiter_args(w: WaiterDef) -> str:
        """The polled operation's arguments, in its order: the waiter's, or the defaults."""
        given = dict(w.call)
        return params_tuple([given.get(p.name, repr(p.default)) for p in waiter_op(w).params],
                            8, quote=False)

    def waiter_operation(w: WaiterDef) -> str:
        op = waiter_op(w)
        return op.name if op.area == w.area else f"{op.area}_operations.{op.name}"

    def record_options(op: Operation) -> list[str]:
        out = []
        # (the spec loader already refused a required parameter after an optional one)
        required = [p for p in op.params if not p.has_default]
        if required:
            out.append(f"required={len(required)}")
        if op.query:
            items = ", ".join(repr(tuple(q)) for q in op.query)
            out.append(f"query=({items}{',' if len(op.query) == 1 else ''})")
        if op.idempotent:
            out.append("idempotent=True")
        if op.request_type and op.format != "json" or op.format == "json" and op.body:
            out.append(f"body=body_{op.name}")
        if op.response_type:
            out += [f"reader=read_{op.response_type}", f"root={qualified_root(op)!r}"]
        if op.format != "xml":
            out.append(f"format={op.format!r}")
        if op.envelope:
            out.append(f"envelope={op.envelope!r}")
        if op.envelope == "atom" and op.response_list:
            out.append("feed=True")
        if op.atom_title:
            out.append(f"atom_title={op.atom_title!r}")
        if op.returns_request_id:
            out.append("returns_request_id=True")
        return out

    env.globals.update(read_expr=read_expr, field_def=field_def, writers=writers,
                       call_lines=call_lines, dispatch_lines=dispatch_lines,
                       CHAIN_LIMIT=CHAIN_LIMIT,
                       attr_expr=attr_expr, map_read_expr=map_read_expr,
                       list_annotation=list_annotation,
                       item_read_expr=item_read_expr, initial=initial,
                       field_order=field_order, converter=converter,
                       field_annotation=field_annotation, wrapped=wrapped,
                       default_literal=default_literal, empty_expr=empty_expr,
                       write_condition=write_condition, param_sig=param_sig,
                       return_info=lambda op: return_info(spec, op),
                       params_tuple=lambda op: params_tuple([p.name for p in op.params], 4),
                       record_options=record_options, waiter_op=waiter_op,
                       waiter_returns=waiter_returns, waiter_args=waiter_args,
                       waiter_operation=waiter_operation)
    # Variants subclass their base, so every base is defined before any variant.
    shapes = sorted(spec.shapes.values(), key=lambda s: (s.base is not None, s.name))
    wire = [s for s in shapes if s.base is None]
    # Models are grouped by the .xsd file that defines them and imported on first use, so
    # `import generated` does not build ~200 attrs classes up front.  A list wrapper is a
    # `list` subclass of its area; a map wrapper (py:map) is a plain dict and has no class.
    areas: dict[str, list[Shape]] = {}
    for shape in sorted(shapes, key=lambda s: not s.is_list):  # list classes first
        if not shape.map_tags:
            areas.setdefault(shape.area, []).append(shape)
    model_names = sorted(n for s in sum(areas.values(), []) for n in [s.name, *s.aliases])
    falsy = falsy_shapes(spec)
    # Request bodies of operations that accept part of their shape, named once for all.
    body_writers = BodyWriters(spec, writers)
    op_writers = {op.name: body_writers.for_op(op) for cls in sorted(spec.services)
                  for op in spec.services[cls].operations
                  if op.request_type and op.format == "xml"}
    files = {"models/__init__.py": env.get_template("models_init.py.j2").render(
        areas={a: areas[a] for a in sorted(areas)}, model_names=model_names)}

    # Readers and writers, one xml.py per schema area; then linked across areas.
    xml_areas = sorted({s.area for s in wire})
    xml_code: dict[str, str] = {}
    for area in xml_areas:
        xml_code[area] = env.get_template("area_xml.py.j2").render(
            area=area, shapes=[s for s in wire if s.area == area],
            empties=[spec.shapes[n] for n in sorted(falsy) if spec.shapes[n].area == area],
            falsy=falsy, body_writers=[d for d in body_writers.definitions()
                                       if d["shape"].area == area])
    defined = {name: area for area, code in xml_code.items() for name in XML_DEF.findall(code)}
    for area, code in xml_code.items():
        code, imports = link(code, area, defined, None)
        body = code.split("@@HEAD@@", 1)[1]
        used = [n for n in XML_RUNTIME_NAMES if re.search(rf"(?<![.\w]){n}\b", body)]
        files[f"{area}/xml.py"] = code.replace("@@HEAD@@", head(body, [
            (".", "from typing import Any"),
            (".", "from xml.etree.ElementTree import Element"), ("", ""),
            ("." if used else "(?!)", f"from asm_sdk_runtime.xml import ({wrapped(used, 32)})"),
            ("", ""),
            (r"\bm\.", "from .. import models as m"),
            (r"\bNO_CHILDREN\b", "from .._xml import NO_CHILDREN"),
            *[(".", line) for line in imports]]), 1)
    files["_xml.py"] = env.get_template("xml_facade.py.j2").render(
        shape_areas=sorted((s.name, s.area) for s in wire))

    for area in sorted(areas):
        # Types of other areas named in annotations, imported for type checkers only.
        foreign: dict[str, set[str]] = {}
        for name in sorted(annotation_names(spec, areas[area])):
            other = spec.shapes[name].area
            if other != area:
                foreign.setdefault(other, set()).add(name)
        body = env.get_template("models.py.j2").render(shapes=areas[area], area=area,
                                                      spec=spec, falsy=falsy)
        files[f"{area}/models.py"] = env.get_template("models_head.py.j2").render(
            shapes=areas[area], area=area, body=body,
            uses_new="_new(" in body, uses_timestamp="Timestamp" in body,
            uses_prefilled="_prefilled(" in body, uses_repr_hiding="_repr_hiding(" in body,
            uses_converters=sorted({converter(f) for s in areas[area] for f in s.fields
                                    if converter(f)}),
            uses_datetime="datetime" in body, uses_any=bool(re.search(r"[\[,:] ?Any\b", body)),
            foreign={a: sorted(names) for a, names in sorted(foreign.items())})

    # Operations: records (operations.py) and the methods, sync (client.py) and async
    # (aio.py), one place per spec/operations file.  An operation every client class has
    # (get_operation_status) is one record, under each client's own x-ms-version.
    op_areas: dict[str, dict[str, Operation]] = {}
    services_of: dict[str, set[str]] = {}
    for cls in sorted(spec.services):
        for op in spec.services[cls].operations:
            op_areas.setdefault(op.area, {}).setdefault(op.name, op)
            services_of.setdefault(op.area, set()).add(cls)
    shared = {name for name in {op.name for ops in op_areas.values() for op in ops.values()}
              if sum((cls, name) in ops_by_name for cls in spec.services) > 1}
    for area, by_name in sorted(op_areas.items()):
        ops = [by_name[n] for n in sorted(by_name)]
        area_waiters = [w for w in waiters if w.area == area]
        bodies = {}
        for op in ops:
            if op.format == "json":
                if op.body:
                    bodies[op.name] = op.body
            elif op.request_type:
                rs = spec.shapes[op.request_type]
                built = BodyBuilder(spec, op, base=4).build(op.body, op.request_type, 4)
                extra = (f", {rs.ns!r}" if rs.ns != NS else "") + \
                    (f", attrs=attrs_{op.request_type}" if rs.attributes else "")
                bodies[op.name] = f"to_xml({op_writers[op.name]}, {built}, " \
                    f"{op.request_root!r}{extra})"
        code = env.get_template("operations.py.j2").render(
            area=area, ops=ops, bodies=bodies, shared=shared, waiters=area_waiters)
        code, imports = link(code, area, defined, "x")
        body = code.split("@@HEAD@@", 1)[1]
        cross = sorted({f"from ..{waiter_op(w).area} import operations as "
                        f"{waiter_op(w).area}_operations" for w in area_waiters
                        if waiter_op(w).area != area})
        dated = "." if any("datetime" in p.pytype for op in ops for p in op.params) else "(?!)"
        files[f"{area}/operations.py"] = code.replace("@@HEAD@@", head(body, [
            (dated, "from datetime import datetime"),
            (r"\bAny\b", "from typing import Any"), ("", ""),
            (r"\bAsynchronousOperationResult\b|\bOperation\[",
             "from asm_sdk_runtime.core import " + ", ".join(
                 n for n in ("AsynchronousOperationResult", "Operation", "any_given")
                 if re.search(rf"\b{n}\b", body))),
            (r"\bWaiter\[", "from asm_sdk_runtime.polling import Waiter"), ("", ""),
            (r"\bm\.", "from .. import models as m"),
            (r"\bto_xml\(", "from .._xml import to_xml"),
            *[(".", line) for line in imports + cross]]), 1)
        for aio in (False, True):
            code = env.get_template("area_methods.py.j2").render(
                area=area, ops=ops, waiters=area_waiters, aio=aio, cls=mixin(area), shared=shared,
                base="AsyncServiceClient" if aio else "ServiceClient",
                services=sorted(services_of[area]),
                status_op="get_operation_status" if "get_operation_status" in by_name else None)
            body = code.split("@@HEAD@@", 1)[1]
            files[f"{area}/{'aio' if aio else 'client'}.py"] = code.replace("@@HEAD@@", head(body, [
                (dated, "from datetime import datetime"),
                (r"\bAny\b|\bCallable\b", "from typing import " + ", ".join(
                    n for n in ("Any", "Callable") if re.search(rf"\b{n}\b", body))), ("", ""),
                (".", "from asm_sdk_runtime.aio import AsyncServiceClient" if aio else
                 "from asm_sdk_runtime.client import ServiceClient"),
                (r"\bAsynchronousOperationResult\b",
                 "from asm_sdk_runtime.core import AsynchronousOperationResult"), ("", ""),
                (r"\bm\.", "from .. import models as m"),
                (".", "from . import operations as o")]), 1)
    for area in sorted(set(areas) | set(op_areas) | set(xml_areas)):
        parts = [part for part, there in (
            ("models (models.py)", area in areas), ("XML readers and writers (xml.py)",
                                                    area in xml_code),
            ("operations as data (operations.py)", area in op_areas),
            ("their sync methods (client.py) and async methods (aio.py)", area in op_areas))
            if there]
        files[f"{area}/__init__.py"] = env.get_template("area_init.py.j2").render(
            area=area, parts=parts)

    service_modules = {}
    for cls in sorted(spec.services):
        svc = spec.services[cls]
        module = service_modules[cls] = cli.service_module(cls)
        svc_areas = sorted({op.area for op in svc.operations})
        for aio in (False, True):
            files[f"{'aio/' if aio else ''}{module}.py"] = env.get_template("client.py.j2").render(
                svc=svc, areas=svc_areas, aio=aio, module=module)
    files["__init__.py"] = env.get_template("init.py.j2").render(
        services=service_modules, shapes=shapes, model_names=model_names)
    files["aio/__init__.py"] = env.get_template("aio_init.py.j2").render(
        services=service_modules)
    return files


def params_tuple(items: list[str], indent: int, quote: bool = True) -> str:
    """A tuple literal of `items` (names quoted, or expressions as given)."""
    items = [repr(i) for i in items] if quote else items
    if not items:
        return "()"
    if len(items) == 1:
        return f"({items[0]},)"
    return call_lines("", items, indent)


def write(files: dict[str, str], out_dir: Path) -> None:
    if out_dir.exists():
        shutil.rmtree(out_dir)
    out_dir.mkdir(parents=True)
    for name in sorted(files):
        (out_dir / name).parent.mkdir(parents=True, exist_ok=True)
        (out_dir / name).write_text(files[name], encoding="utf-8", newline="\n")
    (out_dir / "py.typed").write_text("", encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--spec", type=Path, default=ROOT / "spec")
    ap.add_argument("--out", type=Path, default=ROOT / "generated")
    ap.add_argument("--endpoint-out", type=Path, default=None,
                    help="where to write the local endpoint's compiled spec (codegen/endpoint.py;"
                         " default: emulator/_compiled.py when --out is generated/, else not "
                         "written)")
    args = ap.parse_args(argv)
    if args.endpoint_out is None and args.out.resolve() == (ROOT / "generated").resolve():
        args.endpoint_out = endpoint.OUT
    try:
        spec = load_spec(args.spec)
        check_request_shapes(spec)
        waiters = load_waiters(args.spec, spec)
        endpoint_text = endpoint.render(endpoint.compile_spec(
            spec, load_schema(args.spec / "schemas" / "servicemanagement.xsd")))
    except SpecError as exc:
        print(f"spec error: {exc}", file=sys.stderr)
        return 1
    files = render(spec, args.out, waiters)
    # The `asm` command line (codegen/cli.py): operations and waiters as commands.
    files["cli.py"] = cli.render(spec, args.spec, waiters)
    for name, code in files.items():
        try:
            compile(code, name, "exec")
        except SyntaxError as exc:
            print(f"generator produced invalid Python in {name}: {exc}", file=sys.stderr)
            return 1
    write(files, args.out)
    if args.endpoint_out is not None:
        args.endpoint_out.parent.mkdir(parents=True, exist_ok=True)
        args.endpoint_out.write_text(endpoint_text, encoding="utf-8", newline="\n")
    n_ops = sum(len(s.operations) for s in spec.services.values())
    print(f"generated {args.out.name}/: {len(spec.shapes)} models, {n_ops} operations, "
          f"{len(spec.services)} service(s), {len(waiters)} waiters"
          + (f"; {args.endpoint_out.name}: the local endpoint's compiled spec"
             if args.endpoint_out is not None else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
