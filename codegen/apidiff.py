"""What changed for users between two versions of the spec: on the wire, and in Python.

    python -m asm_sdk_codegen.apidiff [--base REF] [--format text|markdown|json]
                                      [--allowlist FILE] [--base-spec DIR] [--spec DIR]

BASE is a git ref (default: the nearest `v*` tag, else HEAD); its `spec/` is read with
`git archive` and compared with the working tree's.  Both sides are loaded by
codegen/spec.py and codegen/waiters.py, and the Python surface is what codegen/generate.py
makes of them (signatures, annotations, defaults), so the comparison sees what users get,
not the text of the files.

Each change is a `Finding`: a stable rule id (`RULES`; the table is docs/api-diff.md), a
severity (breaking / additive / docs), a location (spec file plus operation, shape or
element) and one line of text.  Two axes, as buf separates wire from source: `wire.*`
rules are what the service sees or sends (direction-aware: an element added to a request
is not the same change as one added to a response), `python.*` rules are what code
written against the SDK sees.  A breaking finding is accepted by an entry of the allowlist
(spec/api-diff-allowlist.toml): rule id, location and the reason.

Exit status: 0 when nothing breaking is left unaccepted, 1 when something is, 2 when the
tool cannot run (BASE unreadable, a spec that does not load, a bad allowlist).
"""

from __future__ import annotations

import argparse
import io
import json
import re
import subprocess
import sys
import tarfile
import tempfile
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from . import generate as gen
from .spec import Field, Operation, Param, Shape, Spec, load_spec
from .waiters import WaiterDef, load_waiters

ROOT = Path(__file__).resolve().parent.parent
ALLOWLIST_NAME = "api-diff-allowlist.toml"   # in the new spec folder
ALLOWLIST = f"spec/{ALLOWLIST_NAME}"
BREAKING, ADDITIVE, DOCS = "breaking", "additive", "docs"
SEVERITIES = (BREAKING, ADDITIVE, DOCS)


class ToolError(Exception):
    """The comparison cannot be made (exit status 2); the message says why."""


# ----------------------------------------------------------------------------- rules

@dataclass(frozen=True)
class Rule:
    id: str
    severity: str
    section: str | None  # CHANGELOG.md section (added/changed/removed/breaking); None: none
    summary: str         # what the rule finds, for docs/api-diff.md


def _r(id: str, severity: str, section: str | None, summary: str) -> Rule:
    return Rule(id, severity, section, summary)


# Stable ids: never renamed or reused (allowlists and CI logs name them).  Naming follows
# oasdiff (subject-change, kebab case, request/response in the name where direction
# matters) under an axis prefix, as buf keeps wire categories apart from source ones.
RULES: dict[str, Rule] = {r.id: r for r in [
    # -- wire: operations and services
    _r("wire.operation-removed", BREAKING, "removed", "An operation is gone (its method too)."),
    _r("wire.operation-added", ADDITIVE, "added", "A new operation (a new method)."),
    _r("wire.method-changed", BREAKING, "breaking", "An operation's HTTP verb changed."),
    _r("wire.uri-changed", BREAKING, "breaking",
       "An operation's URI template or query changed (parameter names aside)."),
    _r("wire.query-parameter-added", ADDITIVE, "added",
       "A query parameter that calls without it leave out (default None or False)."),
    _r("wire.host-changed", BREAKING, "breaking", "A client's default management host changed."),
    _r("wire.version-changed", BREAKING, "breaking",
       "The x-ms-version sent changed (for a whole client, or one operation)."),
    _r("wire.changed-without-version", DOCS, None,
       "An operation's wire changed but its x-ms-version did not: a spec fix, or a version "
       "bump forgotten."),
    _r("wire.body-changed", BREAKING, "breaking",
       "Body framing changed: root element, Atom envelope, format, feed vs entry, body "
       "added or dropped."),
    # -- wire: request elements (what the SDK sends)
    _r("wire.request-element-removed", BREAKING, "removed",
       "An element is no longer sent (gone from the shape, or from what the operation sends)."),
    _r("wire.request-element-added", ADDITIVE, "added", "An optional element can be sent."),
    _r("wire.request-element-added-required", BREAKING, "breaking",
       "A new element the service requires (minOccurs 1)."),
    _r("wire.request-element-reordered", BREAKING, "breaking",
       "Elements are sent in another order (the service reads them in order)."),
    _r("wire.request-element-became-required", BREAKING, "breaking",
       "An element went from minOccurs 0 to 1."),
    _r("wire.request-element-became-optional", ADDITIVE, "changed",
       "An element went from minOccurs 1 to 0."),
    _r("wire.request-element-type-narrowed", BREAKING, "breaking",
       "An element accepts fewer values (long to int, string to an enumeration, ...)."),
    _r("wire.request-element-type-widened", ADDITIVE, "changed",
       "An element accepts more values (int to long, an enumeration lifted, ...)."),
    _r("wire.request-element-type-changed", BREAKING, "breaking",
       "An element's type changed incompatibly (structure vs value, base64, list items)."),
    _r("wire.request-enum-value-removed", BREAKING, "breaking",
       "An enumeration value is no longer accepted."),
    _r("wire.request-enum-value-added", ADDITIVE, "added", "An enumeration value can be sent."),
    _r("wire.request-element-fixed-value-changed", BREAKING, "breaking",
       "The value always sent for an element (XSD fixed=) changed."),
    # -- wire: response elements (what the SDK reads)
    _r("wire.response-element-removed", BREAKING, "removed", "An element is no longer read."),
    _r("wire.response-element-added", ADDITIVE, "added", "A new element is read."),
    _r("wire.response-element-became-optional", BREAKING, "breaking",
       "An element went from minOccurs 1 to 0: it may be missing."),
    _r("wire.response-element-type-changed", BREAKING, "breaking",
       "An element's type changed in a way old readers cannot take (a narrowing is not "
       "reported)."),
    _r("wire.response-enum-value-added", ADDITIVE, "added",
       "The service may answer a new enumeration value."),
    # -- python: clients and methods
    _r("python.client-removed", BREAKING, "removed", "A client class is gone."),
    _r("python.client-added", ADDITIVE, "added", "A new client class."),
    _r("python.method-removed", BREAKING, "removed", "A waiter method is gone."),
    _r("python.method-renamed", BREAKING, "breaking",
       "A method has a new name (same HTTP call, or same waiter)."),
    _r("python.method-added", ADDITIVE, "added", "A new waiter method."),
    _r("python.parameter-removed", BREAKING, "removed", "A parameter is gone."),
    _r("python.parameter-renamed", BREAKING, "breaking",
       "A parameter has a new name at the same position."),
    _r("python.parameter-moved", BREAKING, "breaking",
       "A parameter has another position: positional calls pass values to the wrong one."),
    _r("python.parameter-kind-changed", BREAKING, "breaking",
       "A positional parameter became keyword-only."),
    _r("python.parameter-became-required", BREAKING, "breaking",
       "A parameter lost its default."),
    _r("python.parameter-became-optional", ADDITIVE, "changed", "A parameter got a default."),
    _r("python.parameter-added-required", BREAKING, "breaking",
       "A new parameter without a default."),
    _r("python.parameter-added", ADDITIVE, "added", "A new parameter with a default."),
    _r("python.parameter-default-changed", BREAKING, "breaking",
       "A parameter's default changed (methods and model constructors)."),
    _r("python.parameter-type-changed", BREAKING, "breaking",
       "A parameter's annotation changed."),
    _r("python.return-type-changed", BREAKING, "breaking", "A method returns another type."),
    _r("python.return-value-added", ADDITIVE, "changed",
       "A method that returned None returns a value."),
    _r("python.waiter-changed", BREAKING, "breaking",
       "A waiter polls another operation, or decides success and failure differently."),
    # -- python: models
    _r("python.model-removed", BREAKING, "removed", "A model class (or a name of one) is gone."),
    _r("python.model-renamed", BREAKING, "breaking",
       "A model class has a new name and the same elements."),
    _r("python.model-added", ADDITIVE, "added", "A new model class (or a new name of one)."),
    _r("python.model-base-changed", BREAKING, "breaking",
       "A model class has another base (variant base, or list class vs model)."),
    _r("python.field-removed", BREAKING, "removed", "A model attribute is gone."),
    _r("python.field-renamed", BREAKING, "breaking",
       "A model attribute has a new name (same element)."),
    _r("python.field-added", ADDITIVE, "added", "A new model attribute."),
    _r("python.field-type-changed", BREAKING, "breaking",
       "A model attribute's annotation changed."),
    _r("python.field-absent-value-changed", BREAKING, "breaking",
       "What an attribute reads as when the response lacks its element changed."),
    _r("python.docstring-changed", DOCS, None,
       "A docstring changed (operation, parameter, model, attribute, client, waiter)."),
]}


def axis(rule_id: str) -> str:
    return rule_id.split(".", 1)[0]


# ----------------------------------------------------------------------------- findings

@dataclass
class Finding:
    rule: str
    location: str            # "spec/schemas/storage.xsd: StorageService/Url"
    text: str                # one line, self-contained (names the client, method or model)
    services: set[str] = field(default_factory=set)    # client classes it concerns
    operations: set[str] = field(default_factory=set)  # methods whose wire it changes
    accepted: str | None = None                        # the allowlist's reason

    @property
    def severity(self) -> str:
        return RULES[self.rule].severity

    def line(self, service: str | None = None) -> str:
        """The text, with the operations it affects (those of `service` when given)."""
        ops = sorted(o.split(".", 1)[1] for o in self.operations
                     if service is None or o.split(".", 1)[0] == service)
        # Element findings say which operations send or read the element; the others name
        # their subject already.
        if not ops or not ("-element-" in self.rule or "-enum-" in self.rule):
            return self.text
        shown = ", ".join(f"`{o}`" for o in ops[:6]) + (", ..." if len(ops) > 6 else "")
        return f"{self.text} ({shown})"

    def as_dict(self) -> dict:
        return {"rule": self.rule, "severity": self.severity, "axis": axis(self.rule),
                "location": self.location, "text": self.line(), "services": sorted(self.services),
                "operations": sorted(self.operations), "accepted": self.accepted}


# ----------------------------------------------------------------------------- the surface
# How each side looks to users, built with the generator's own helpers.

@dataclass(frozen=True)
class Parameter:
    """One parameter of a generated signature."""
    name: str
    annotation: str
    positional: bool            # False: keyword-only
    default: str | None         # the default as code; None: required
    doc: str = ""


def method_params(params: list[Param]) -> list[Parameter]:
    out = []
    for p in params:
        _, _, rest = gen.param_sig(p).partition(": ")
        annotation, _, default = rest.partition(" = ")
        if default == "None":  # `x: T | None = None`: the type is T, the default says None
            annotation = annotation.removesuffix(" | None")
        out.append(Parameter(p.name, annotation, True, default or None, p.doc))
    return out


def waiter_params(w: WaiterDef) -> list[Parameter]:
    return method_params(w.params) + [
        Parameter("timeout", "float", False, f"{w.timeout:g}"),
        Parameter("delay", "float | None", False, "None"),
        Parameter("progress_callback", "Callable[[Any], None] | None", False, "None")]


def waiter_return(spec: Spec, w: WaiterDef, op: Operation) -> str:
    ret = gen.return_info(spec, op)[0]
    return {"always": "None", "sometimes": f"{ret} | None"}.get(w.returns_none, ret)


def constructor_params(spec: Spec, shape: Shape) -> list[Parameter]:
    out = [Parameter(f.attr, gen.field_annotation(f), positional,
                     gen.default_literal(shape, f, spec), f.doc)
           for f, positional in gen.field_order(shape)]
    out += [Parameter(name, "Any", False, "None", doc) for name, doc in shape.python_only.items()]
    return out


def absent_value(spec: Spec, shape: Shape, f: Field) -> str:
    """What a reader leaves in the attribute when the response lacks the element."""
    if f.kind == "struct" and f.placeholder == "empty":
        return f"an empty {f.struct}"   # filled after the reader's loop (py:absent="empty")
    return gen.initial(f)


def value_annotation(f: Field) -> str:
    """A model attribute's annotation, and whether its integers also equal their text."""
    return gen.field_annotation(f) + (" (TextInt)" if f.text_int else "")


def class_shapes(spec: Spec) -> dict[str, Shape]:
    """Every generated model class name (and py:alias) -> its shape; py:map wrappers are
    plain dicts and have no class."""
    out: dict[str, Shape] = {}
    for shape in spec.shapes.values():
        if not shape.map_tags:
            for name in (shape.name, *shape.aliases):
                out[name] = shape
    return out


def python_names(shape: Shape) -> dict[str, Field | None]:
    """Attribute names of a model class -> the field behind them (None: python_only)."""
    names: dict[str, Field | None] = {}
    for f in shape.fields:
        for n in (f.attr, *f.aliases):
            names[n] = f
    for n in shape.python_only:
        names[n] = None
    return names


def class_base(spec: Spec, shape: Shape) -> str:
    if shape.is_list:
        return gen.list_annotation(shape).replace("m.", "")
    return shape.base or "object"


# Request bodies: which elements of the request shape an operation sends.  None means
# every element (recursively); a dict names the sent child elements, each with what is
# sent below it.  Built from the operation's `body` mapping: a parameter name there sends
# a whole model.  Whatever else the spec says about an operation's accepted elements
# belongs here too: a change to it is then wire.request-element-removed/added.
Selection = dict | None


def request_selection(op: Operation) -> Selection:
    if op.request_type is None or op.format != "xml":
        return {}
    return _restrict(_selection(op.body), op.accepts)


def _restrict(sel: Selection, accepts: Selection) -> Selection:
    """What the body fills, within what the operation accepts (its `accepts`, same form)."""
    if accepts is None:
        return sel
    if sel is None:
        return accepts
    return {t: _restrict(s, accepts[t]) for t, s in sel.items() if t in accepts}


def _selection(value) -> Selection:
    if isinstance(value, dict):
        return {tag: _selection(v) for tag, v in value.items()}
    if isinstance(value, list):
        if any(not isinstance(v, dict) for v in value):
            return None
        merged: dict = {}
        for v in value:
            for tag, sel in _selection(v).items():
                merged[tag] = _merge(merged[tag], sel) if tag in merged else sel
        return merged
    return None  # a parameter: the whole value is sent


def _merge(a: Selection, b: Selection) -> Selection:
    if a is None or b is None:
        return None
    return {t: _merge(a[t], b[t]) if t in a and t in b else a.get(t, b.get(t))
            for t in {**a, **b}}


def _child(sel: Selection, f: Field) -> Selection:
    return None if sel is None else sel.get(f.tag)


def _sent(spec: Spec, shape: Shape, sel: Selection, f: Field) -> bool:
    if sel is None or f.tag in sel:
        return True
    # Not in the body mapping, but the model's constructor fills it (XSD fixed=, a literal
    # default, a pre-filled object that is not omit-empty): sent all the same.
    default = gen.default_literal(shape, f, spec)
    return default != "None" and not (f.omit_empty and "Factory" in default)


def uri_of(op: Operation) -> str:
    """The URI template, parameter names left out (renaming one is a Python change)."""
    path = re.sub(r"\{[a-z_][a-z0-9_]*\}", "{}", op.path)
    query = [f"{name}={'{}' if value is None else value}" for name, _, value in op.query]
    return path + ("" if not query else ("&" if "?" in path else "?") + "&".join(query))


def show_uri(op: Operation) -> str:
    query = [f"{name}={{{param}}}" if value is None else f"{name}={value}"
             for name, param, value in op.query]
    return op.path + ("" if not query else ("&" if "?" in op.path else "?") + "&".join(query))


def framing_of(op: Operation) -> dict[str, object]:
    return {"format": op.format, "envelope": op.envelope,
            "request root": op.request_root if op.request_type else None,
            "response root": op.response_root if op.response_type else None,
            "feed": op.response_list, "Atom title attribute": op.atom_title}


def _on_request(op: Operation, entry: tuple[str, str, str | None]) -> bool:
    """Whether a query entry is on the URI of a call that leaves its parameter out."""
    p = next(p for p in op.params if p.name == entry[1])
    if not p.has_default:
        return True
    # A parameter's own value is left out when None; a literal value when the parameter is
    # false (`comp=media` for delete_vhd=True).
    return p.default is not None if entry[2] is None else bool(p.default)


def _uri(d: Diff, old: Operation, new: Operation) -> list[tuple[str, str]]:
    if uri_of(old) == uri_of(new):
        return []
    # Only new query entries that a call without their parameter leaves out: additive.
    kept = [e for e in new.query if (e[0], e[2]) in {(q[0], q[2]) for q in old.query}]
    extra = [e for e in new.query if e not in kept]
    same_path = re.sub(r"\{\w+\}", "{}", old.path) == re.sub(r"\{\w+\}", "{}", new.path)
    if same_path and len(kept) == len(old.query) and not any(_on_request(new, e) for e in extra) \
            and [(q[0], q[2]) for q in old.query] == [(q[0], q[2]) for q in kept]:
        return [("wire.query-parameter-added", "can send " + ", ".join(
            f"query parameter `{e[0]}` (from `{e[1]}`)" for e in extra))]
    return [("wire.uri-changed", f"{show_uri(old)} -> {show_uri(new)}")]


def _same(rule: str, key: Callable[[Operation], object]):
    def check(d: Diff, old: Operation, new: Operation) -> list[tuple[str, str]]:
        a, b = key(old), key(new)
        if a == b:
            return []
        if isinstance(a, dict):
            return [(rule, "; ".join(f"{k} {a[k]!r} -> {b[k]!r}" for k in a if a[k] != b[k]))]
        return [(rule, f"{a} -> {b}")]
    return check


@dataclass(frozen=True)
class OperationCheck:
    """Wire properties of an operation; (rule, text) pairs for a changed one."""
    attrs: tuple[str, ...]             # the Operation attributes it reads
    classify: Callable[[Diff, Operation, Operation], list[tuple[str, str]]]


OPERATION_CHECKS = [
    OperationCheck(("method",), _same("wire.method-changed", lambda op: op.method)),
    OperationCheck(("path", "query"), _uri),
    OperationCheck(("request_root", "response_root", "envelope", "format", "response_list",
                    "atom_title"), _same("wire.body-changed", framing_of)),
]


def scalar_space(spec: Spec, f: Field) -> tuple:
    """The value space of a scalar field (or of a list's items) on the wire."""
    item = f
    if f.kind == "list" and f.wrapper:
        item = spec.shapes[f.wrapper].fields[0]
    kind = f.item_kind if f.kind == "list" else f.kind
    return ("base64" if kind == "b64" else "text", item.xsd_type, item.simple_type,
            bool(item.enum))


def wire_type(spec: Spec, f: Field) -> tuple:
    if f.kind == "struct":
        return ("struct",)
    if f.kind == "map":
        return ("map", f.item_tag, f.map_tags)
    if f.kind == "list":
        inner = ("struct",) if f.item_kind == "struct" else ("value",) + scalar_space(spec, f)
        return ("list", f.item_tag, f.item_ns) + inner
    return ("value",) + scalar_space(spec, f)


# Value-space containment of XSD builtins (each is within the next), plus: every value's
# text is a valid xs:string.
_WITHIN = {"byte": "short", "short": "int", "int": "long", "long": "integer",
           "integer": "decimal", "unsignedByte": "unsignedShort", "unsignedShort": "unsignedInt",
           "unsignedInt": "unsignedLong", "unsignedLong": "nonNegativeInteger",
           "positiveInteger": "nonNegativeInteger", "nonNegativeInteger": "integer",
           "float": "double", "token": "normalizedString", "normalizedString": "string"}
_ALSO_WITHIN = {"unsignedByte": "short", "unsignedShort": "int", "unsignedInt": "long"}


def builtin_within(a: str | None, b: str | None) -> bool:
    if a == b or b == "string":
        return True
    seen, todo = set(), [a]
    while todo:
        t = todo.pop()
        if t == b:
            return True
        if t in seen or t is None:
            continue
        seen.add(t)
        todo += [x for x in (_WITHIN.get(t), _ALSO_WITHIN.get(t)) if x]
    return False


def type_relation(old: tuple, new: tuple) -> str:
    """same | narrowed | widened | changed: how the values `new` accepts compare with `old`'s.
    Enumerations only count here when one side has one (value changes have their rules)."""
    if old == new:
        return "same"
    if old[0] != new[0] or old[0] in ("struct", "map"):
        return "changed"
    if old[0] == "list":
        if old[1:4] != new[1:4] or old[3] == "struct":
            return "changed"
        return type_relation(old[3:], new[3:])
    _, enc_o, b_o, s_o, e_o = old
    _, enc_n, b_n, s_n, e_n = new
    if enc_o != enc_n:
        return "changed"
    sub = builtin_within(b_n, b_o) and s_o in (None, s_n) and (not e_o or e_n)
    sup = builtin_within(b_o, b_n) and s_n in (None, s_o) and (not e_n or e_o)
    if sub and sup:
        return "same"
    return "narrowed" if sub else "widened" if sup else "changed"


def describe_type(spec: Spec, f: Field) -> str:
    if f.kind == "struct":
        return f.struct
    if f.kind == "map":
        return "name/value map"
    item = spec.shapes[f.wrapper].fields[0] if f.kind == "list" and f.wrapper else f
    kind = f.item_kind if f.kind == "list" else f.kind
    t = f.struct if kind == "struct" else (item.simple_type or f"xs:{item.xsd_type}")
    if item.enum and kind != "struct":
        t += " {" + ", ".join(item.enum) + "}"
    return f"list of {t}" if f.kind == "list" else t


# Element checks: each reads some attributes of a Field pair present on both sides and
# returns (rule, text) pairs for a direction ("request" or "response").
ElementClassifier = Callable[["Diff", str, Field, Field, str], list[tuple[str, str]]]


def _required(d: Diff, direction: str, old: Field, new: Field, name: str) -> list:
    if old.required == new.required:
        return []
    if direction == "request":
        return [("wire.request-element-became-required", f"{name} is now required in requests")
                if new.required else
                ("wire.request-element-became-optional", f"{name} is now optional in requests")]
    if not new.required:
        return [("wire.response-element-became-optional",
                 f"{name} may now be missing from responses")]
    return []


def _type(d: Diff, direction: str, old: Field, new: Field, name: str) -> list:
    rel = type_relation(wire_type(d.base, old), wire_type(d.head, new))
    if rel == "same":
        return []
    what = f"{name}: {describe_type(d.base, old)} -> {describe_type(d.head, new)}"
    if direction == "request":
        return [(f"wire.request-element-type-{rel}", what)]
    return [] if rel == "narrowed" else [("wire.response-element-type-changed", what)]


def _enum(d: Diff, direction: str, old: Field, new: Field, name: str) -> list:
    o = d.base_item(old).enum
    n = d.head_item(new).enum
    if not o or not n or o == n:
        return []
    out = []
    gone = [v for v in o if v not in n]
    new_values = [v for v in n if v not in o]
    if gone and direction == "request":
        out.append(("wire.request-enum-value-removed",
                    f"{name} no longer accepts {', '.join(map(repr, gone))}"))
    if new_values:
        rule = f"wire.{direction}-enum-value-added"
        verb = "accepts" if direction == "request" else "may answer"
        out.append((rule, f"{name} {verb} {', '.join(map(repr, new_values))}"))
    return out


def _fixed(d: Diff, direction: str, old: Field, new: Field, name: str) -> list:
    if direction != "request" or old.fixed == new.fixed:
        return []
    return [("wire.request-element-fixed-value-changed",
             f"{name} is sent as {new.fixed!r} (was {old.fixed!r})")]


@dataclass(frozen=True)
class ElementCheck:
    attrs: tuple[str, ...]     # the Field attributes it reads
    classify: ElementClassifier


ELEMENT_CHECKS = [
    ElementCheck(("required",), _required),
    ElementCheck(("kind", "struct", "item_kind", "item_tag", "item_ns", "map_tags", "wrapper",
                  "xsd_type", "simple_type"), _type),
    ElementCheck(("enum",), _enum),
    ElementCheck(("fixed",), _fixed),
]

# Every attribute of the spec model, and what reads it: a rule table above, a comparison
# below (named by its rules), or why no rule does.  tests/test_apidiff.py fails when the
# model gains an attribute this does not name, so a new spec key gets a decision.
COVERAGE: dict[str, dict[str, str]] = {
    "Operation": {
        **{a: "wire.* (OPERATION_CHECKS)" for c in OPERATION_CHECKS for a in c.attrs},
        "name": "identity (python.method-renamed when the HTTP call is the same)",
        "doc": "python.docstring-changed",
        "x_ms_version": "wire.version-changed, wire.changed-without-version",
        "params": "python.parameter-*",
        "request_type": "wire.request-element-* (the request tree is walked)",
        "response_type": "wire.response-element-* (the response tree is walked)",
        "body": "wire.request-element-removed/added (request_selection)",
        "accepts": "wire.request-element-removed/added (request_selection)",
        "accepts_paths": "ignored: `accepts` as written in the spec (compared as `accepts`)",
        "is_async": "python.return-type-changed (AsynchronousOperationResult or not)",
        "returns_request_id": "python.return-type-changed",
        "idempotent": "ignored: the SDK's retry policy, not the API or its Python surface",
        "area": "location",
    },
    "Field": {
        **{a: "wire.* (ELEMENT_CHECKS)" for c in ELEMENT_CHECKS for a in c.attrs},
        "tag": "identity (another tag: wire.*-element-removed and wire.*-element-added)",
        "ns": "identity (another namespace: wire.*-element-removed and wire.*-element-added)",
        "where": "identity (element, attribute or text)",
        "attr": "python.field-renamed, python.field-removed",
        "aliases": "python.field-removed, python.field-added",
        "items_alias": "python.field-removed, python.field-added (list classes)",
        "doc": "python.docstring-changed",
        "absent": "python.field-absent-value-changed",
        "placeholder": "python.field-absent-value-changed",
        "text_int": "python.field-type-changed (an int that equals its text, or a plain int)",
        "omit_empty": "ignored: whether an empty value is written; shown in git diff generated/",
        "secret": "ignored: repr() only",
        "secret_when": "ignored: repr() only",
    },
    "Shape": {
        "name": "identity (python.model-renamed, python.model-removed)",
        "aliases": "python.model-removed, python.model-added",
        "fields": "wire.*-element-*, python.field-*",
        "doc": "python.docstring-changed",
        "init": "python.parameter-moved, python.parameter-kind-changed",
        "defaults": "python.parameter-default-changed",
        "fixed": "python.parameter-default-changed",
        "base": "python.model-base-changed",
        "list_item": "python.model-base-changed",
        "map_tags": "wire.request-element-type-changed, wire.response-element-type-changed",
        "python_only": "python.field-removed, python.field-added",
        "root": "ignored: whether responses can be validated",
        "area": "ignored: the module a class is generated into; users import from `generated`",
        "ns": "wire (each element carries its namespace)",
        "source": "location",
    },
    "Param": {
        "name": "python.parameter-renamed, python.parameter-removed, python.parameter-added",
        "pytype": "python.parameter-type-changed",
        "has_default": "python.parameter-became-required, python.parameter-became-optional",
        "default": "python.parameter-default-changed",
        "doc": "python.docstring-changed",
    },
    "Service": {
        "cls": "identity (python.client-removed, python.client-added)",
        "doc": "python.docstring-changed",
        "x_ms_version": "wire.version-changed",
        "host": "wire.host-changed",
        "operations": "wire.operation-*",
        "source": "location",
    },
    "WaiterDef": {
        "name": "identity (python.method-renamed, -removed, -added)",
        "service": "identity",
        "doc": "python.docstring-changed",
        "operation": "python.waiter-changed",
        "args": "python.waiter-changed",
        "acceptors": "python.waiter-changed",
        "params": "python.parameter-*",
        "timeout": "python.parameter-default-changed",
        "returns_none": "python.return-type-changed",
        "call": "python.parameter-* (made from params and args)",
        "delay": "ignored: the longest poll interval, timing only",
        "area": "location",
    },
}


# ----------------------------------------------------------------------------- comparison

def _xml_name(shape: Shape, f: Field) -> str:
    if f.where == "attribute":
        return f"{shape.name}/@{f.tag}"
    if f.where == "text":
        return f"{shape.name}/text()"
    return f"{shape.name}/{f.tag}"


def _key(f: Field) -> tuple[str, str, str]:
    return (f.where, f.ns if f.where == "element" else "", f.tag)


def readable(code: str | None) -> str:
    """A default or absent value as users see it: `attrs.Factory(lambda: _new('X'))` is
    "a new X"."""
    if code is None:
        return "none"
    m = re.fullmatch(r"attrs\.Factory\((?:lambda: )?(?:_prefilled\()?(?:m\.)?"
                     r"(?:_new\('(\w+)'\)|(\w+)\(\)|(list|dict))\)?\)", code)
    if m:
        return f"a new `{m.group(1) or m.group(2) or m.group(3)}`"
    m = re.fullmatch(r"(?:m\.)?(\w+)\(\)", code)
    if m:
        return f"an empty `{m.group(1)}`"
    return {"[]": "an empty list", "{}": "an empty dict"}.get(code, code)


def _count(items, noun: str) -> str:
    return f"{len(items)} {noun}{'' if len(items) == 1 else 's'}"


_IDENT = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")


class Diff:
    """Compares two loaded spec versions; `findings` holds the result."""

    def __init__(self, base: Spec, head: Spec, base_waiters: list[WaiterDef],
                 head_waiters: list[WaiterDef]) -> None:
        self.base, self.head = base, head
        self.base_waiters, self.head_waiters = base_waiters, head_waiters
        self.found: dict[tuple[str, str], Finding] = {}
        self.wire_changes: dict[str, set[str]] = {}  # "Service.op" -> wire rule ids
        self.base_users = _shape_users(base)
        self.head_users = _shape_users(head)
        self.base_classes, self.head_classes = class_shapes(base), class_shapes(head)
        self.class_map: dict[str, str] = {}  # base class name -> head class name

    @property
    def findings(self) -> list[Finding]:
        order = {s: n for n, s in enumerate(SEVERITIES)}
        return sorted(self.found.values(), key=lambda f: (order[f.severity], f.location, f.rule))

    def add(self, rule: str, location: str, text: str, services=(), operations=()) -> None:
        assert rule in RULES, rule
        f = self.found.get((rule, location))
        if f is None:
            f = self.found[(rule, location)] = Finding(rule, location, text)
        f.services.update(services)
        f.operations.update(operations)
        if axis(rule) == "wire":
            for op in operations:
                self.wire_changes.setdefault(op, set()).add(rule)

    def base_item(self, f: Field) -> Field:
        return self.base.shapes[f.wrapper].fields[0] if f.kind == "list" and f.wrapper else f

    def head_item(self, f: Field) -> Field:
        return self.head.shapes[f.wrapper].fields[0] if f.kind == "list" and f.wrapper else f

    def same_annotation(self, old: str, new: str) -> bool:
        """Equal once the base's class names are read as the head's (renames, aliases)."""
        return _IDENT.sub(lambda m: self.class_map.get(m.group(0), m.group(0)), old) == new

    # ---- run

    def run(self) -> Diff:
        self.compare_models()   # first: fills class_map, used to compare annotations
        self.compare_services()
        return self

    # ---- services and operations

    def compare_services(self) -> None:
        for cls in sorted(self.base.services.keys() - self.head.services.keys()):
            svc = self.base.services[cls]
            self.add("python.client-removed", f"spec/{svc.source}: {cls}",
                     f"`{cls}` is gone, with its {_count(svc.operations, 'method')}", [cls])
        for cls in sorted(self.head.services.keys() - self.base.services.keys()):
            svc = self.head.services[cls]
            self.add("python.client-added", f"spec/{svc.source}: {cls}",
                     f"New client `{cls}` with {_count(svc.operations, 'method')}", [cls])
        for cls in sorted(self.base.services.keys() & self.head.services.keys()):
            self.compare_service(cls)

    def compare_service(self, cls: str) -> None:
        old, new = self.base.services[cls], self.head.services[cls]
        where = f"spec/{new.source}: {cls}"
        if old.host != new.host:
            self.add("wire.host-changed", where,
                     f"`{cls}` calls {new.host} by default (was {old.host})", [cls])
        if old.doc != new.doc:
            self.add("python.docstring-changed", where, f"`{cls}` docstring changed", [cls])
        base_ops = {o.name: o for o in old.operations}
        head_ops = {o.name: o for o in new.operations}
        pairs = [(base_ops[n], head_ops[n]) for n in sorted(base_ops.keys() & head_ops.keys())]
        gone = [base_ops[n] for n in sorted(base_ops.keys() - head_ops.keys())]
        added = [head_ops[n] for n in sorted(head_ops.keys() - base_ops.keys())]
        # A method renamed: the same verb and URI under another name.
        by_call: dict[tuple[str, str], list[Operation]] = {}
        for o in added:
            by_call.setdefault((o.method, uri_of(o)), []).append(o)
        for o in list(gone):
            match = by_call.get((o.method, uri_of(o)), [])
            if len(match) == 1 and sum((g.method, uri_of(g)) == (o.method, uri_of(o))
                                       for g in gone) == 1:
                n = match[0]
                gone.remove(o)
                added.remove(n)
                self.add("python.method-renamed", f"spec/operations/{n.area}.toml: {cls}.{n.name}",
                         f"`{cls}.{o.name}` is now `{n.name}`", [cls])
                pairs.append((o, n))
        for o in gone:
            self.add("wire.operation-removed", f"spec/operations/{o.area}.toml: {cls}.{o.name}",
                     f"`{cls}.{o.name}` ({o.method} {o.path}) is gone", [cls])
        for n in added:
            self.add("wire.operation-added", f"spec/operations/{n.area}.toml: {cls}.{n.name}",
                     f"New `{cls}.{n.name}` ({n.method} {n.path})", [cls])
        for o, n in pairs:
            self.compare_operation(cls, old, new, o, n)
        self.compare_waiters(cls)

    def compare_operation(self, cls, old_svc, new_svc, old: Operation, new: Operation) -> None:
        opid = f"{cls}.{new.name}"
        where = f"spec/operations/{new.area}.toml: {opid}"
        ctx = dict(services=[cls], operations=[opid])
        for check in OPERATION_CHECKS:
            for rule, what in check.classify(self, old, new):
                self.add(rule, where, f"`{opid}`: {what}", **ctx)
        if old.x_ms_version != new.x_ms_version:
            service_wide = (old.x_ms_version == old_svc.x_ms_version
                            and new.x_ms_version == new_svc.x_ms_version)
            if service_wide:
                self.add("wire.version-changed", f"spec/{new_svc.source}: {cls}",
                         f"`{cls}` sends x-ms-version {new_svc.x_ms_version} "
                         f"(was {old_svc.x_ms_version})", **ctx)
            else:
                self.add("wire.version-changed", where,
                         f"`{opid}` sends x-ms-version {new.x_ms_version} "
                         f"(was {old.x_ms_version})", **ctx)
        if old.doc != new.doc:
            self.add("python.docstring-changed", where, f"`{opid}` docstring changed", [cls])
        self.compare_signature(f"`{opid}`", where, method_params(old.params),
                               method_params(new.params), [cls])
        self.compare_return(opid, where, gen.return_info(self.base, old)[0],
                            gen.return_info(self.head, new)[0], [cls])
        # The wire: what the operation sends and what it reads.
        if old.request_type and new.request_type:
            self.walk("request", opid, where, old.request_type, new.request_type,
                      request_selection(old), request_selection(new), set())
        if old.response_type and new.response_type:
            self.walk("response", opid, where, old.response_type, new.response_type,
                      None, None, set())

    def finish_versions(self) -> None:
        """wire.changed-without-version, once every wire finding is in: one finding per
        client (and per operation with its own x_ms_version) listing the operations."""
        groups: dict[tuple[str, str], tuple[str, str, set[str], set[str]]] = {}
        for cls in sorted(self.base.services.keys() & self.head.services.keys()):
            old_svc, new_svc = self.base.services[cls], self.head.services[cls]
            old_ops = {o.name: o for o in old_svc.operations}
            calls = {(o.method, uri_of(o)): o for o in old_svc.operations}
            for new in new_svc.operations:
                opid = f"{cls}.{new.name}"
                old = old_ops.get(new.name) or calls.get((new.method, uri_of(new)))
                rules = self.wire_changes.get(opid, set()) - {"wire.version-changed"}
                if old is None or not rules or old.x_ms_version != new.x_ms_version:
                    continue
                if new.x_ms_version == new_svc.x_ms_version:
                    where, subject = f"spec/{new_svc.source}: {cls}", f"`{cls}`"
                else:
                    where, subject = f"spec/operations/{new.area}.toml: {opid}", f"`{opid}`"
                group = groups.setdefault((where, new.x_ms_version),
                                          (subject, cls, set(), set()))
                group[2].add(new.name)
                group[3].update(rules)
        for (where, version), (subject, cls, ops, rules) in groups.items():
            names = sorted(ops)
            shown = ", ".join(f"`{n}`" for n in names[:8]) + (", ..." if len(names) > 8 else "")
            if "." in subject:  # an operation with its own x_ms_version
                what = f"{subject} changed on the wire but still sends"
            else:
                what = (f"{subject}: {_count(names, 'operation')} ({shown}) changed on the wire "
                        f"but still {'sends' if len(names) == 1 else 'send'}")
            self.add("wire.changed-without-version", where,
                     f"{what} x-ms-version {version} ({', '.join(sorted(rules))})",
                     [cls], [f"{cls}.{n}" for n in names])

    def walk(self, direction: str, opid: str, op_where: str, old_name: str, new_name: str,
             old_sel: Selection, new_sel: Selection, seen: set) -> None:
        """Compare the elements of two shapes as one operation sends or reads them."""
        memo = (old_name, new_name, repr(old_sel), repr(new_sel))
        if memo in seen:
            return
        seen.add(memo)
        old_shape, new_shape = self.base.shapes[old_name], self.head.shapes[new_name]
        cls = opid.split(".")[0]
        ctx = dict(services=[cls], operations=[opid])
        old_all = {_key(f): f for f in old_shape.fields}
        new_all = {_key(f): f for f in new_shape.fields}
        olds = {k: f for k, f in old_all.items() if _sent(self.base, old_shape, old_sel, f)}
        news = {k: f for k, f in new_all.items() if _sent(self.head, new_shape, new_sel, f)}
        def described(shape: Shape, f: Field, other: dict) -> str:
            """`Shape/Tag`, with the namespace when the other side has the tag in another."""
            text = f"`{_xml_name(shape, f)}`"
            if any(k[0] == f.where and k[2] == f.tag for k in other):
                text += f" (in {f.ns or 'no namespace'})"
            return text

        for k, f in olds.items():
            if k in news:
                continue
            name, text = _xml_name(old_shape, f), described(old_shape, f, news)
            if direction == "request":
                # Still in the shape: the operation stopped sending it (its body).
                where = (f"{op_where}: {name}" if k in new_all
                         else f"spec/{old_shape.source}: {name}")
                self.add("wire.request-element-removed", where, f"{text} is no longer sent",
                         **ctx)
            else:
                self.add("wire.response-element-removed", f"spec/{old_shape.source}: {name}",
                         f"{text} is no longer read from responses", **ctx)
        for k, f in news.items():
            if k in olds:
                continue
            name, text = _xml_name(new_shape, f), described(new_shape, f, olds)
            if direction == "request":
                where = (f"{op_where}: {name}" if k in old_all
                         else f"spec/{new_shape.source}: {name}")
                if f.required:
                    self.add("wire.request-element-added-required", where,
                             f"{text} is required in requests", **ctx)
                else:
                    self.add("wire.request-element-added", where, f"{text} can be sent", **ctx)
            else:
                self.add("wire.response-element-added", f"spec/{new_shape.source}: {name}",
                         f"{text} is read from responses", **ctx)
        common = [k for k in news if k in olds]
        for k in common:
            o, n = olds[k], news[k]
            name = _xml_name(new_shape, n)
            for check in ELEMENT_CHECKS:
                for rule, text in check.classify(self, direction, o, n, f"`{name}`"):
                    self.add(rule, f"spec/{new_shape.source}: {name}", text, **ctx)
            if o.struct and n.struct and o.item_kind in (None, "struct") \
                    and n.item_kind in (None, "struct") and o.kind == n.kind:
                self.walk(direction, opid, op_where, o.struct, n.struct,
                          _child(old_sel, o), _child(new_sel, n), seen)
        if direction == "request":
            before = [k for k in olds if k in news and k[0] == "element"]
            after = [k for k in common if k[0] == "element"]
            if before != after:
                moved = [k[2] for i, k in enumerate(after) if before[i] != k]
                self.add("wire.request-element-reordered",
                         f"spec/{new_shape.source}: {new_shape.name}",
                         f"`{new_shape.name}` sends {', '.join(moved)} in another order: "
                         f"{', '.join(k[2] for k in after)}", **ctx)

    # ---- signatures

    def compare_signature(self, subject: str, where: str, old: list[Parameter],
                          new: list[Parameter], services, membership: bool = True,
                          types: bool = True) -> None:
        """Parameters of a method or constructor.  `membership` False: added, removed and
        renamed ones are reported elsewhere (a model's attributes)."""
        loc = where + "({})"
        old_names = {p.name: p for p in old}
        new_names = {p.name: p for p in new}
        renamed: dict[str, str] = {}
        gone = [p for p in old if p.name not in new_names]
        fresh = [p for p in new if p.name not in old_names]
        for i, p in enumerate(old):  # renamed in place: one gone, one new, same position
            if p in gone and i < len(new) and new[i] in fresh \
                    and new[i].positional == p.positional:
                renamed[p.name] = new[i].name
                gone.remove(p)
                fresh.remove(new[i])
        if membership:
            for p in gone:
                self.add("python.parameter-removed", loc.format(p.name),
                         f"{subject}: parameter `{p.name}` is gone", services)
            for old_name, new_name in renamed.items():
                self.add("python.parameter-renamed", loc.format(new_name),
                         f"{subject}: parameter `{old_name}` is now `{new_name}`", services)
            for p in fresh:
                if p.default is None:
                    self.add("python.parameter-added-required", loc.format(p.name),
                             f"{subject}: new required parameter `{p.name}`", services)
                else:
                    self.add("python.parameter-added", loc.format(p.name),
                             f"{subject}: new parameter `{p.name}` (default "
                             f"{readable(p.default)})",
                             services)
        old_pos = [p.name for p in old if p.positional]
        new_pos = [p.name for p in new if p.positional]
        for p in old:
            n = new_names.get(renamed.get(p.name, p.name))
            if n is None:
                continue
            at = loc.format(n.name)
            if p.positional and not n.positional:
                self.add("python.parameter-kind-changed", at,
                         f"{subject}: `{n.name}` is now keyword-only", services)
            elif p.positional and old_pos.index(p.name) != new_pos.index(n.name):
                self.add("python.parameter-moved", at,
                         f"{subject}: `{n.name}` is now positional argument "
                         f"{new_pos.index(n.name) + 1} (was {old_pos.index(p.name) + 1})",
                         services)
            if p.default is not None and n.default is None:
                self.add("python.parameter-became-required", at,
                         f"{subject}: `{n.name}` is now required", services)
            elif p.default is None and n.default is not None:
                self.add("python.parameter-became-optional", at,
                         f"{subject}: `{n.name}` is now optional (default "
                         f"{readable(n.default)})", services)
            elif p.default != n.default and not self.same_annotation(p.default or "",
                                                                     n.default or ""):
                self.add("python.parameter-default-changed", at,
                         f"{subject}: `{n.name}` defaults to {readable(n.default)} (was "
                         f"{readable(p.default)})",
                         services)
            if types and not self.same_annotation(p.annotation, n.annotation):
                self.add("python.parameter-type-changed", at,
                         f"{subject}: `{n.name}` is `{n.annotation}` (was `{p.annotation}`)",
                         services)
            if membership and p.doc != n.doc:
                self.add("python.docstring-changed", at,
                         f"{subject}: doc of `{n.name}` changed", services)

    def compare_return(self, subject: str, where: str, old: str, new: str, services) -> None:
        if self.same_annotation(old, new):
            return
        if old == "None":
            self.add("python.return-value-added", where,
                     f"`{subject}` returns `{new}` (was None)", services)
        else:
            self.add("python.return-type-changed", where,
                     f"`{subject}` returns `{new}` (was `{old}`)", services)

    # ---- waiters

    def compare_waiters(self, cls: str) -> None:
        old = {w.method: w for w in self.base_waiters if w.service == cls}
        new = {w.method: w for w in self.head_waiters if w.service == cls}
        pairs = [(old[m], new[m]) for m in sorted(old.keys() & new.keys())]
        gone = [old[m] for m in sorted(old.keys() - new.keys())]
        fresh = [new[m] for m in sorted(new.keys() - old.keys())]

        def behaviour(w: WaiterDef) -> tuple:
            return (w.operation, sorted(w.args.items()), w.acceptors)

        for o in list(gone):
            same = [n for n in fresh if behaviour(n) == behaviour(o)]
            if len(same) == 1:
                gone.remove(o)
                fresh.remove(same[0])
                self.add("python.method-renamed",
                         f"spec/waiters/{same[0].area}.toml: {cls}.{same[0].method}",
                         f"`{cls}.{o.method}` is now `{same[0].method}`", [cls])
                pairs.append((o, same[0]))
        for o in gone:
            self.add("python.method-removed", f"spec/waiters/{o.area}.toml: {cls}.{o.method}",
                     f"`{cls}.{o.method}` is gone", [cls])
        for n in fresh:
            self.add("python.method-added", f"spec/waiters/{n.area}.toml: {cls}.{n.method}",
                     f"New waiter `{cls}.{n.method}`", [cls])
        old_ops = {o.name: o for o in self.base.services[cls].operations}
        new_ops = {o.name: o for o in self.head.services[cls].operations}
        for o, n in pairs:
            subject = f"{cls}.{n.method}"
            where = f"spec/waiters/{n.area}.toml: {subject}"
            if behaviour(o) != behaviour(n):
                self.add("python.waiter-changed", where,
                         f"`{subject}` polls `{n.operation}` with other rules", [cls])
            if o.doc != n.doc:
                self.add("python.docstring-changed", where, f"`{subject}` docstring changed",
                         [cls])
            self.compare_signature(f"`{subject}`", where, waiter_params(o), waiter_params(n),
                                   [cls])
            if o.operation in old_ops and n.operation in new_ops:
                self.compare_return(subject, where,
                                    waiter_return(self.base, o, old_ops[o.operation]),
                                    waiter_return(self.head, n, new_ops[n.operation]), [cls])

    # ---- models

    def compare_models(self) -> None:
        old_classes, new_classes = self.base_classes, self.head_classes
        pairs: dict[str, str] = {}  # base shape -> head shape
        for name, shape in old_classes.items():
            if name in new_classes:
                pairs.setdefault(shape.name, new_classes[name].name)
        gone = sorted({s.name for n, s in old_classes.items() if s.name not in pairs})
        fresh = sorted({s.name for s in new_classes.values()}
                       - set(pairs.values()) - set(old_classes))
        by_elements: dict[tuple, list[str]] = {}
        for name in fresh:
            shape = self.head.shapes[name]
            by_elements.setdefault(tuple(_key(f) for f in shape.fields), []).append(name)
        renamed: dict[str, str] = {}
        for name in list(gone):
            shape = self.base.shapes[name]
            match = by_elements.get(tuple(_key(f) for f in shape.fields), [])
            if shape.fields and len(match) == 1 and match[0] in fresh:
                renamed[name] = match[0]
                pairs[name] = match[0]
                gone.remove(name)
                fresh.remove(match[0])
        for old_name, head_name in pairs.items():
            for n in (old_name, *self.base.shapes[old_name].aliases):
                self.class_map[n] = n if n in new_classes else head_name
        for name, head_name in renamed.items():
            shape = self.head.shapes[head_name]
            self.add("python.model-renamed", f"spec/{shape.source}: {head_name}",
                     f"Model `{name}` is now `{head_name}`", self.services_of(name, head_name))
        for name in gone:
            shape = self.base.shapes[name]
            self.add("python.model-removed", f"spec/{shape.source}: {name}",
                     f"Model `{name}` is gone", self.services_of(name, None))
        for name in fresh:
            shape = self.head.shapes[name]
            self.add("python.model-added", f"spec/{shape.source}: {name}",
                     f"New model `{name}`", self.services_of(None, name))
        for old_name, head_name in sorted(pairs.items()):
            self.compare_model(self.base.shapes[old_name], self.head.shapes[head_name])

    def services_of(self, old_name: str | None, new_name: str | None) -> set[str]:
        return (self.base_users.get(old_name, set()) if old_name else set()) | \
            (self.head_users.get(new_name, set()) if new_name else set())

    def compare_model(self, old: Shape, new: Shape) -> None:
        services = self.services_of(old.name, new.name)
        where = f"spec/{new.source}: {new.name}"
        old_names = {old.name, *old.aliases}
        new_names = {new.name, *new.aliases}
        for alias in sorted(old_names - new_names - {old.name}):
            self.add("python.model-removed", f"spec/{old.source}: {alias}",
                     f"`{alias}` (another name of `{new.name}`) is gone", services)
        for alias in sorted(new_names - old_names - {new.name}):
            self.add("python.model-added", f"spec/{new.source}: {alias}",
                     f"`{new.name}` is also `{alias}`", services)
        old_base, new_base = class_base(self.base, old), class_base(self.head, new)
        if not self.same_annotation(old_base, new_base):
            self.add("python.model-base-changed", where,
                     f"`{new.name}` is now a `{new_base}` (was a `{old_base}`)", services)
        if old.doc != new.doc:
            self.add("python.docstring-changed", where, f"`{new.name}` docstring changed",
                     services)
        if old.is_list or new.is_list:
            o_alias = old.list_item.items_alias if old.is_list else None
            n_alias = new.list_item.items_alias if new.is_list else None
            if o_alias and o_alias != n_alias:
                self.add("python.field-removed", f"{where}.{o_alias}",
                         f"`{new.name}.{o_alias}` is gone", services)
            if n_alias and o_alias != n_alias:
                self.add("python.field-added", f"{where}.{n_alias}",
                         f"`{new.name}` answers to `.{n_alias}`", services)
            return
        if not new.base:  # a variant's attributes are its base's, compared there
            self.compare_fields(old, new, where, services)
        self.compare_signature(f"`{new.name}(...)`", where, constructor_params(self.base, old),
                               constructor_params(self.head, new), services,
                               membership=False, types=False)

    def compare_fields(self, old: Shape, new: Shape, where: str, services) -> None:
        old_names, new_names = python_names(old), python_names(new)
        new_by_key = {_key(f): f for f in new.fields}
        gone_fields = []
        for f in old.fields:
            n = new_by_key.get(_key(f))
            if n is None:
                if f.attr not in new_names:
                    gone_fields.append(f)
                continue
            if f.attr not in new_names:
                self.add("python.field-renamed", f"{where}.{n.attr}",
                         f"`{new.name}.{f.attr}` is now `{n.attr}`", services)
            if not self.same_annotation(value_annotation(f), value_annotation(n)):
                self.add("python.field-type-changed", f"{where}.{n.attr}",
                         f"`{new.name}.{n.attr}` is `{value_annotation(n)}` "
                         f"(was `{value_annotation(f)}`)", services)
            a, b = absent_value(self.base, old, f), absent_value(self.head, new, n)
            if not self.same_annotation(a, b):
                self.add("python.field-absent-value-changed", f"{where}.{n.attr}",
                         f"`{new.name}.{n.attr}` reads as {readable(b)} when the element is "
                         f"absent (was {readable(a)})", services)
            if f.doc != n.doc:
                self.add("python.docstring-changed", f"{where}.{n.attr}",
                         f"doc of `{new.name}.{n.attr}` changed", services)
        # An element replaced by another at the same place: a rename in Python.
        old_keys = {_key(f) for f in old.fields}
        fresh_fields = [f for f in new.fields if _key(f) not in old_keys
                        and f.attr not in old_names]
        for f in list(gone_fields):
            i = old.fields.index(f)
            if i < len(new.fields) and new.fields[i] in fresh_fields:
                n = new.fields[i]
                gone_fields.remove(f)
                fresh_fields.remove(n)
                self.add("python.field-renamed", f"{where}.{n.attr}",
                         f"`{new.name}.{f.attr}` is now `{n.attr}`", services)
        for f in gone_fields:
            self.add("python.field-removed", f"spec/{old.source}: {old.name}.{f.attr}",
                     f"`{new.name}.{f.attr}` is gone", services)
        handled = {f.attr for f in gone_fields} | {f.attr for f in old.fields}
        for name in sorted(set(old_names) - set(new_names) - handled):
            self.add("python.field-removed", f"{where}.{name}",
                     f"`{new.name}.{name}` is gone", services)
        for f in fresh_fields:
            self.add("python.field-added", f"{where}.{f.attr}",
                     f"New attribute `{new.name}.{f.attr}`", services)
        fresh_attrs = {f.attr for f in fresh_fields} | {f.attr for f in new.fields}
        for name in sorted(set(new_names) - set(old_names) - fresh_attrs):
            self.add("python.field-added", f"{where}.{name}",
                     f"New attribute `{new.name}.{name}`", services)


def _shape_users(spec: Spec) -> dict[str, set[str]]:
    """Shape name -> the client classes with an operation that sends or reads it."""
    users: dict[str, set[str]] = {}
    for svc in spec.services.values():
        todo = [t for op in svc.operations for t in (op.request_type, op.response_type) if t]
        seen: set[str] = set()
        while todo:
            name = todo.pop()
            if name in seen:
                continue
            seen.add(name)
            users.setdefault(name, set()).add(svc.cls)
            todo += [f.struct for f in spec.shapes[name].fields if f.struct]
            todo += [f.wrapper for f in spec.shapes[name].fields if f.wrapper]
    for shape in spec.shapes.values():  # a variant is used where its base is
        if shape.base:
            users.setdefault(shape.name, set()).update(users.get(shape.base, set()))
    return users


def compare(base: Spec, head: Spec, base_waiters: list[WaiterDef] | None = None,
            head_waiters: list[WaiterDef] | None = None) -> list[Finding]:
    """Every finding between two loaded specs."""
    d = Diff(base, head, base_waiters or [], head_waiters or []).run()
    d.finish_versions()
    return d.findings


def load(spec_dir: Path) -> tuple[Spec, list[WaiterDef]]:
    spec = load_spec(spec_dir)
    return spec, load_waiters(spec_dir, spec)


def _load_side(spec_dir: Path, side: str) -> tuple[Spec, list[WaiterDef]]:
    try:
        return load(spec_dir)
    except Exception as exc:  # SpecError, or XML/TOML the loader could not read
        raise ToolError(f"the spec of {side} does not load ({type(exc).__name__}): {exc}") \
            from None


def compare_dirs(base_dir: Path, head_dir: Path, base_label: str = "BASE",
                 head_label: str = "the working tree") -> list[Finding]:
    base, base_waiters = _load_side(base_dir, base_label)
    head, head_waiters = _load_side(head_dir, head_label)
    return compare(base, head, base_waiters, head_waiters)


# ----------------------------------------------------------------------------- allowlist

@dataclass
class Accept:
    rule: str
    location: str
    reason: str
    used: bool = False


def read_allowlist(path: Path) -> list[Accept]:
    try:
        doc = tomllib.loads(path.read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError) as exc:
        raise ToolError(f"allowlist {path}: {exc}") from None
    unknown = set(doc) - {"accept"}
    if unknown:
        raise ToolError(f"allowlist {path}: unknown keys {sorted(unknown)} (use [[accept]])")
    out = []
    for n, entry in enumerate(doc.get("accept", []), 1):
        at = f"allowlist {path}: entry {n}"
        if not isinstance(entry, dict) or set(entry) != {"rule", "location", "reason"}:
            raise ToolError(f"{at}: needs exactly rule, location and reason")
        if entry["rule"] not in RULES:
            raise ToolError(f"{at}: unknown rule {entry['rule']!r}")
        if not all(isinstance(entry[k], str) and entry[k].strip() for k in entry):
            raise ToolError(f"{at}: rule, location and reason must be non-empty strings")
        out.append(Accept(entry["rule"], entry["location"], entry["reason"].strip()))
    return out


def apply_allowlist(findings: list[Finding], accepts: list[Accept]) -> list[Accept]:
    """Mark accepted findings; return the entries that matched none (stale)."""
    by_key = {(a.rule, a.location): a for a in accepts}
    for f in findings:
        a = by_key.get((f.rule, f.location))
        if a is not None:
            f.accepted = a.reason
            a.used = True
    return [a for a in accepts if not a.used]


# ----------------------------------------------------------------------------- git

def _git(repo: Path, *args: str) -> subprocess.CompletedProcess:
    try:
        return subprocess.run(["git", "-C", str(repo), *args], capture_output=True)
    except FileNotFoundError:
        raise ToolError("git is not installed: cannot read BASE (give --base-spec DIR)") from None


def default_base(repo: Path) -> tuple[str, str | None]:
    """(ref, note): the nearest `v*` tag reachable from HEAD, else HEAD with a note."""
    r = _git(repo, "describe", "--tags", "--abbrev=0", "--match", "v[0-9]*", "HEAD")
    if r.returncode == 0:
        return r.stdout.decode().strip(), None
    note = "no v* tag reachable from HEAD: comparing with HEAD"
    if _git(repo, "rev-parse", "--is-shallow-repository").stdout.strip() == b"true":
        note += " (a shallow clone: `git fetch --tags --unshallow` gets the release tags)"
    return "HEAD", note


def read_base(repo: Path, ref: str, dest: Path) -> Path:
    """Write `spec/` as it is at `ref` under `dest`; return that folder."""
    r = _git(repo, "rev-parse", "--verify", "--quiet", f"{ref}^{{commit}}")
    if r.returncode != 0:
        if _git(repo, "rev-parse", "--git-dir").returncode != 0:
            raise ToolError(f"{repo} is not a git checkout: cannot read BASE {ref!r} "
                            "(give --base-spec DIR)")
        shallow = _git(repo, "rev-parse", "--is-shallow-repository").stdout.strip() == b"true"
        raise ToolError(f"BASE {ref!r} is not a commit of this clone"
                        + (" (a shallow clone: fetch it, e.g. `git fetch --tags --unshallow`)"
                           if shallow else ""))
    r = _git(repo, "archive", "--format=tar", ref, "--", "spec")
    if r.returncode != 0:
        raise ToolError(f"cannot read spec/ at {ref}: {r.stderr.decode().strip()}")
    with tarfile.open(fileobj=io.BytesIO(r.stdout)) as tar:
        tar.extractall(dest, filter="data")
    return dest / "spec"


def spec_unchanged(repo: Path, ref: str) -> bool:
    """True when spec/ in the working tree is byte for byte spec/ at `ref` (no untracked
    files either): then there is nothing to load."""
    same = _git(repo, "diff", "--quiet", ref, "--", "spec").returncode == 0
    untracked = _git(repo, "ls-files", "--others", "--exclude-standard", "--", "spec").stdout
    return same and not untracked.strip()


def short(repo: Path, ref: str) -> str:
    r = _git(repo, "rev-parse", "--short", f"{ref}^{{commit}}")
    sha = r.stdout.decode().strip()
    return ref if not sha or ref.startswith(sha) else f"{ref} ({sha})"


# ----------------------------------------------------------------------------- output

@dataclass
class Report:
    base: str
    head: str
    findings: list[Finding]
    stale: list[Accept]
    notes: list[str] = field(default_factory=list)

    @property
    def failing(self) -> list[Finding]:
        return [f for f in self.findings if f.severity == BREAKING and not f.accepted]

    def counts(self) -> str:
        parts = []
        for sev in SEVERITIES:
            n = sum(f.severity == sev for f in self.findings)
            acc = sum(f.severity == sev and bool(f.accepted) for f in self.findings)
            if n:
                parts.append(f"{n} {sev}" + (f" ({acc} accepted)" if acc else ""))
        return ", ".join(parts) or "no changes"


def render_text(r: Report) -> str:
    out = [f"API diff: spec at {r.base} -> {r.head}: {r.counts()}"]
    for f in r.findings:
        out.append(f"{f.severity:9} {f.rule}  {f.location}")
        out.append(f"          {f.line()}")
        if f.accepted:
            out.append(f"          accepted: {f.accepted}")
    if r.stale:
        out.append("Stale allowlist entries (they match no finding; remove them):")
        out += [f"  {a.rule}  {a.location}" for a in r.stale]
    if r.failing:
        out.append(f"{len(r.failing)} breaking change(s) not in the allowlist ({ALLOWLIST}; "
                   "docs/api-diff.md)")
    return "\n".join(out) + "\n"


def _md(text: str) -> str:
    return text.replace("|", "\\|")


def render_markdown(r: Report) -> str:
    out = [f"## API diff: `{r.base}` -> {r.head}", "", f"**{r.counts()}**", ""]
    for sev in SEVERITIES:
        rows = [f for f in r.findings if f.severity == sev]
        if not rows:
            continue
        out += [f"### {sev.capitalize()}", "", "| Rule | Location | Change |", "|---|---|---|"]
        for f in rows:
            change = _md(f.line()) + (f" (accepted: {_md(f.accepted)})" if f.accepted else "")
            out.append(f"| `{f.rule}` | `{_md(f.location)}` | {change} |")
        out.append("")
    if r.stale:
        out += ["### Stale allowlist entries", ""]
        out += [f"- `{a.rule}` at `{_md(a.location)}`" for a in r.stale]
        out.append("")
    return "\n".join(out)


def render_json(r: Report) -> str:
    return json.dumps({
        "base": r.base, "head": r.head,
        "summary": {sev: sum(f.severity == sev for f in r.findings) for sev in SEVERITIES}
        | {"unaccepted_breaking": len(r.failing)},
        "findings": [f.as_dict() for f in r.findings],
        "stale_allowlist": [{"rule": a.rule, "location": a.location, "reason": a.reason}
                            for a in r.stale],
        "notes": r.notes,
    }, indent=2) + "\n"


RENDERERS = {"text": render_text, "markdown": render_markdown, "json": render_json}


# ----------------------------------------------------------------------------- main

def diff_against(repo: Path, base: str | None, spec_dir: Path | None = None,
                 base_spec: Path | None = None) -> tuple[str, str, list[Finding], list[str]]:
    """(base label, head label, findings, notes) for the working tree against BASE."""
    notes: list[str] = []
    head_dir = spec_dir or repo / "spec"
    head_label = "working tree" if spec_dir is None else str(spec_dir)
    if base_spec is not None:
        return str(base_spec), head_label, compare_dirs(base_spec, head_dir, str(base_spec),
                                                        head_label), notes
    if base is None:
        base, note = default_base(repo)
        if note:
            notes.append(note)
    label = short(repo, base)
    with tempfile.TemporaryDirectory(prefix="asm-apidiff-") as tmp:
        base_dir = read_base(repo, base, Path(tmp))
        if spec_dir is None and spec_unchanged(repo, base):
            return label, head_label, [], notes
        return label, head_label, compare_dirs(
            base_dir, head_dir, f"BASE {label}",
            "the working tree" if spec_dir is None else head_label), notes


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(prog="python -m asm_sdk_codegen.apidiff",
                                 description=__doc__.splitlines()[0])
    ap.add_argument("--base", help="git ref to compare with (default: the nearest v* tag, "
                                   "else HEAD)")
    ap.add_argument("--base-spec", type=Path, help="compare with this spec folder, not git")
    ap.add_argument("--spec", type=Path, help="the new spec folder (default: spec/ of the "
                                              "working tree)")
    ap.add_argument("--repo", type=Path, default=ROOT, help=argparse.SUPPRESS)
    ap.add_argument("--format", choices=sorted(RENDERERS), default="text")
    ap.add_argument("--allowlist", type=Path,
                    help=f"accepted breaking changes (default: {ALLOWLIST_NAME} in the new "
                         "spec folder, when present)")
    args = ap.parse_args(argv)
    try:
        return _run(args)
    except Exception:  # a bug must not read as "breaking changes found" (exit status 1)
        import traceback
        traceback.print_exc()
        return 2


def _run(args: argparse.Namespace) -> int:
    try:
        allowlist = args.allowlist
        default = (args.spec or args.repo / "spec") / ALLOWLIST_NAME
        if allowlist is None and default.is_file():
            allowlist = default
        accepts = read_allowlist(allowlist) if allowlist else []
        base, head, findings, notes = diff_against(args.repo, args.base, args.spec,
                                                   args.base_spec)
    except ToolError as exc:
        print(f"api-diff: {exc}", file=sys.stderr)
        return 2
    stale = apply_allowlist(findings, accepts)
    report = Report(base, head, findings, stale, notes)
    for note in notes:
        print(f"api-diff: {note}", file=sys.stderr)
    sys.stdout.write(RENDERERS[args.format](report))
    return 1 if report.failing else 0


if __name__ == "__main__":
    sys.exit(main())
