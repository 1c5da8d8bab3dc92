"""Compile what the local endpoint needs from `spec/` into `emulator/_compiled.py`.

`make generate` writes it with generated/ (codegen/generate.py), `make check` compares it
(codegen/check.py), and the endpoint's `--spec DIR` compiles a directory the same way at
start-up (`compile_dir`).

The endpoint used to parse the XSDs with xmlschema at every start (about 2 s); it now loads
this module instead: the operations (routes), the namespace of every shape, and the
request-body grammar: for each complex type a request body can hold, its elements in wire
order with their occurrence bounds, nillable/fixed/default, its attributes and its text
type; for each simple type, its XSD builtin and its facets (patterns as the Python regexes
xmlschema compiles them to, enumerations, lengths, bounds).  `emulator/validation.py`
checks bodies against it with the same verdicts as xmlschema (tests/test_endpoint_spec.py
proves it over every request body the SDK sends and systematic mutations of them).

What the XSDs say that this grammar cannot express (xs:choice, nested groups, wildcards,
identity constraints, list and union types, an unsupported builtin or facet) fails here
with a SpecError, so the endpoint is never silently less strict than the schema.
Output is deterministic: sorted, no times, no paths.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

from .spec import XS_NS, XSI_NS, Spec, SpecError, load_schema, load_spec
from .spec import _qname_ns as _ns

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "emulator" / "_compiled.py"
# The XSD builtins emulator/validation.py checks exactly as xmlschema does (each one is
# compared on a corpus of tricky values in tests/test_endpoint_spec.py).
BUILTINS = frozenset("""
string normalizedString token anyURI boolean decimal integer long int short byte
nonNegativeInteger positiveInteger nonPositiveInteger negativeInteger unsignedLong
unsignedInt unsignedShort unsignedByte double float dateTime base64Binary
""".split())
FACETS = ("pattern", "enumeration", "length", "minLength", "maxLength", "minInclusive",
          "maxInclusive", "minExclusive", "maxExclusive")
# Fields of each operation, in the order of the OPERATIONS tuples.
OPERATION_FIELDS = ("service", "name", "method", "path", "x_ms_version", "is_async", "query",
                    "request_type", "request_root", "response_type", "response_root",
                    "envelope", "atom_title", "format", "response_list")


def _local(qname: str) -> str:
    return qname.rpartition("}")[2]


class Compiler:
    """Walks the xmlschema components reachable from the request types."""

    def __init__(self, schema: Any) -> None:
        self.schema = schema
        self.types: dict[str, dict] = {}       # complex types, by (unique) local name
        self.simple: dict[str, dict] = {}      # simple types other than bare builtins
        self._qnames: dict[str, str] = {}      # local name -> qualified, to catch clashes

    def type_key(self, t: Any, where: str) -> str:
        """The key of a type: `xs:int` for a builtin, the local name otherwise."""
        if t.is_complex():
            if t.name is None:
                raise SpecError(f"{where}: anonymous complexType; name every shape")
            self.complex_type(t)
            return t.local_name
        if t.name is not None and t.target_namespace == XS_NS:
            if t.local_name not in BUILTINS:
                raise SpecError(f"{where}: xs:{t.local_name} is not supported by the local "
                                "endpoint's validator (codegen/endpoint.py BUILTINS)")
            return f"xs:{t.local_name}"
        key = t.local_name if t.name else f"{where} (anonymous)"
        self._claim(key, t.name or key, where)
        if key not in self.simple:
            self.simple[key] = self.simple_type(t, where)
        return key

    def _claim(self, key: str, qname: str, where: str) -> None:
        other = self._qnames.setdefault(key, qname)
        if other != qname:
            raise SpecError(f"{where}: type name {key} is used in two namespaces; rename one")

    def simple_type(self, t: Any, where: str) -> dict:
        """{"base": builtin key, "facets": [[name, value], ...]} along the restriction chain,
        the derived type's facets first."""
        facets: list[list] = []
        while not (t.name is not None and t.target_namespace == XS_NS):
            if t.is_list() or t.is_union():
                raise SpecError(f"{where}: list and union types are not supported")
            for qname, facet in sorted(t.facets.items(), key=lambda kv: str(kv[0])):
                name = _local(qname or "")
                if name == "pattern":
                    facets.append(["pattern", [p.pattern for p in facet.patterns]])
                elif name == "enumeration":
                    facets.append(["enumeration", [e.get("value") for e in facet]])
                elif name in FACETS:
                    facets.append([name, facet.elem.get("value")])
                elif name == "whiteSpace" and facet.value == t.base_type.white_space:
                    continue
                else:
                    raise SpecError(f"{where}: facet xs:{name} is not supported by the local "
                                    "endpoint's validator")
            t = t.base_type
        base = self.type_key(t, where)
        return {"base": base, "facets": facets}

    def complex_type(self, t: Any) -> None:
        name = t.local_name
        self._claim(name, t.name, name)
        if name in self.types:
            return
        entry: dict[str, Any] = {"ns": t.target_namespace or ""}
        self.types[name] = entry        # before recursing: types may refer to themselves
        if t.abstract:
            raise SpecError(f"{name}: abstract types are not supported")
        if t.mixed:
            entry["mixed"] = True
        attributes = []
        for aname, attr in t.attributes.items():
            if aname is None:
                raise SpecError(f"{name}: xs:anyAttribute is not supported")
            if _ns(aname) == XSI_NS:
                continue
            if attr.fixed is not None:
                raise SpecError(f"{name}/@{aname}: fixed attributes are not supported")
            a: dict[str, Any] = {"name": aname, "type": self.type_key(attr.type, f"{name}/@{aname}")}
            if attr.use != "optional":
                a["use"] = attr.use
            attributes.append(a)
        if attributes:
            entry["attributes"] = attributes
        if t.has_simple_content():
            entry["text"] = self.type_key(t.content, f"{name} (text)")
            return
        group = t.content
        if getattr(group, "model", "sequence") != "sequence":
            raise SpecError(f"{name}: xs:{group.model} is not supported; use xs:sequence")
        if group.min_occurs != 1 or group.max_occurs != 1:
            raise SpecError(f"{name}: a repeated or optional sequence is not supported")
        elements = []
        seen = set()
        for el in group:
            if not hasattr(el, "nillable") or hasattr(el, "model"):
                raise SpecError(f"{name}: only elements in the sequence (no groups or xs:any)")
            where = f"{name}/{el.local_name}"
            if el.name in seen:
                raise SpecError(f"{where}: an element may appear once in a sequence")
            seen.add(el.name)
            if el.abstract or el.identities or getattr(el, "alternatives", None):
                raise SpecError(f"{where}: abstract elements, identity constraints and type "
                                "alternatives are not supported")
            if el.type.is_complex() and (el.fixed is not None or el.default is not None):
                raise SpecError(f"{where}: fixed= and default= apply to simple elements")
            tag = el.name if _ns(el.name) != entry["ns"] else _local(el.name)
            item: list[Any] = [tag, el.min_occurs, el.max_occurs, self.type_key(el.type, where)]
            flags = {}
            if el.nillable:
                flags["nillable"] = True
            if el.fixed is not None:
                flags["fixed"] = el.fixed
            if el.default is not None:
                flags["default"] = el.default
            if flags:
                item.append(flags)
            elements.append(item)
        entry["elements"] = elements


def compile_spec(spec: Spec, schema: Any) -> dict[str, Any]:
    """The endpoint's view of the spec, as plain data (what `emulator/_compiled.py` holds)."""
    operations = []
    request_types: dict[str, str] = {}
    for cls in sorted(spec.services):
        for op in spec.services[cls].operations:
            values = {"service": cls, **{f: getattr(op, f) for f in OPERATION_FIELDS[1:]}}
            values["query"] = [list(q) for q in op.query]
            operations.append([values[f] for f in OPERATION_FIELDS])
            if op.request_type and op.format == "xml":
                shape = spec.shapes[op.request_type]
                request_types[op.request_type] = (f"{{{shape.ns}}}{shape.name}" if shape.ns
                                                  else shape.name)
    compiler = Compiler(schema)
    for name, qname in sorted(request_types.items()):
        t = schema.maps.types.get(qname)
        if t is None or not t.is_complex():
            raise SpecError(f"request type {name}: no complexType {qname} in the schemas")
        compiler.complex_type(t)
    return {
        "operation_fields": list(OPERATION_FIELDS),
        "operations": operations,
        "shape_ns": {name: spec.shapes[name].ns for name in sorted(spec.shapes)},
        "types": {name: compiler.types[name] for name in sorted(compiler.types)},
        "simple_types": {name: compiler.simple[name] for name in sorted(compiler.simple)},
    }


def compile_dir(spec_dir: Path) -> dict[str, Any]:
    """`compile_spec` of a spec directory (the endpoint's `--spec DIR`)."""
    return compile_spec(load_spec(spec_dir), load_schema(spec_dir / "schemas" / "servicemanagement.xsd"))


def _literal(value: Any, depth: int, indent: int = 0) -> str:
    """Python source of plain data: the top `depth` levels one entry per line, the rest on
    one line, so that a spec change shows as a change of the lines it touches."""
    if depth <= 0 or not value or not isinstance(value, (dict, list)):
        return _flat(value)
    pad = " " * indent
    if isinstance(value, dict):
        inner = "".join(f"{pad}    {k!r}: {_literal(v, depth - 1, indent + 4)},\n"
                        for k, v in value.items())
        return "{\n" + inner + pad + "}"
    inner = "".join(f"{pad}    {_literal(v, depth - 1, indent + 4)},\n" for v in value)
    return "(\n" + inner + pad + ")"


def _flat(value: Any) -> str:
    if isinstance(value, dict):
        return "{" + ", ".join(f"{k!r}: {_flat(v)}" for k, v in value.items()) + "}"
    if isinstance(value, (list, tuple)):
        items = [_flat(v) for v in value]
        return "(" + ", ".join(items) + ("," if len(items) == 1 else "") + ")"
    return repr(value)


def render(data: dict[str, Any]) -> str:
    out = ['"""The local endpoint\'s compiled spec: routes, shape namespaces and request-body '
           'grammar.', "",
           "Generated from spec/ by `make generate` (codegen/endpoint.py); do not edit.  "
           "`make check` fails", "when it is out of date.  Read by emulator/endpoint_spec.py.",
           '"""', ""]
    for key, depth, doc in (
            ("operation_fields", 0, "Field names of each OPERATIONS entry."),
            ("operations", 1, "Every operation of every client class, sorted by class and name."),
            ("shape_ns", 1, "The namespace of each shape's elements ('' for none)."),
            ("types", 3, "Complex types of request bodies: namespace, elements [tag, minOccurs, "
                      "maxOccurs (None:\n# unbounded), type, {nillable, fixed, default}] in "
                      "wire order, attributes, text type."),
            ("simple_types", 2, "Simple types other than XSD builtins: the builtin they restrict "
                             "and their facets\n# (patterns as compiled by xmlschema).")):
        out += [f"# {doc}", f"{key.upper()} = {_literal(data[key], depth)}", ""]
    return "\n".join(out)
