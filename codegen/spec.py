"""Load `spec/` (XSD shapes + TOML operations) into a plain, validated description.

Everything the templates need is decided here, once: Python names, field kinds, list
wrappers, parameter defaults, request-body construction.  The templates only print.
"""

from __future__ import annotations

import hashlib
import keyword
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

import xmlschema

NS = "http://schemas.microsoft.com/windowsazure"
PY_NS = "urn:asm-sdk:python"
XS_NS = "http://www.w3.org/2001/XMLSchema"
XSI_NS = "http://www.w3.org/2001/XMLSchema-instance"

# XSD builtin type -> field kind.  Kinds are what the runtime converts text with.
BUILTIN_KINDS = {
    "string": "str", "normalizedString": "str", "token": "str", "anyURI": "str",
    "int": "int", "long": "int", "short": "int", "integer": "int", "unsignedInt": "int",
    "unsignedShort": "int", "unsignedByte": "int", "byte": "int", "unsignedLong": "int",
    "boolean": "bool", "dateTime": "datetime", "double": "float", "float": "float",
    "decimal": "float",
}
# Timestamps are read as `Timestamp`, a str carrying the datetime (runtime/xml.py); a
# `datetime` is accepted where one is sent.
KIND_PYTYPES = {"str": "str", "b64": "str", "int": "int", "bool": "bool",
                "datetime": "Timestamp | datetime", "float": "float"}


class SpecError(Exception):
    """The spec is inconsistent; the message names the file and the item."""


def snake(name: str) -> str:
    """`HostedServiceProperties` -> `hosted_service_properties`, `ID` -> `id`."""
    name = re.sub(r"([A-Z]+)([A-Z][a-z])", r"\1_\2", name)
    name = re.sub(r"([a-z0-9])([A-Z])", r"\1_\2", name)
    return name.lower()


def py_names(node, attr: str = "alias") -> list[str]:
    """Space-separated Python names in `py:<attr>` on an XSD node, each checked."""
    names = (node.get(f"{{{PY_NS}}}{attr}") or "").split()
    for n in names:
        if not n.isidentifier() or keyword.iskeyword(n):
            raise SpecError(f"py:{attr}={n!r} is not a Python name")
    return names


def _doc(annotation) -> str:
    if annotation is None:
        return ""
    return " ".join(str(annotation).split())


@dataclass
class Field:
    """One child element of a shape."""
    attr: str                 # Python attribute name
    tag: str                  # XML local name
    kind: str                 # str b64 int bool datetime float | struct | list
    doc: str = ""
    struct: str | None = None   # shape name for kind == struct, or list items that are structs
    item_kind: str | None = None  # for kind == list: kind of each item (scalar kind or struct)
    item_tag: str | None = None   # for kind == list: tag of each item (None: repeated directly)
    required: bool = False
    map_tags: tuple[str, str] | None = None  # for kind == map: key and value element tags
    fixed: str | None = None      # xs:element fixed="...": always sent with this value
    secret: bool = False          # py:secret="true": kept out of repr() (passwords, keys)
    # py:secret-when="Sibling=value": kept out of repr() while the sibling element (its
    # Python attribute, value) holds that value, ignoring case (a Private extension value).
    secret_when: tuple[str, str] | None = None
    where: str = "element"        # element | attribute | text (simple content)
    item_ns: str | None = None    # for lists in a wrapper: namespace of the items
    ns: str = NS                  # namespace of the element (a few live in another one)
    # For lists from a wrapper (and a wrapper's list_item): py:items on the wrapper, the
    # predecessor's attribute for the items (`deployment.role_instance_list.role_instances`);
    # the list answers to it too.
    items_alias: str | None = None
    # py:omit-empty="true": not written while empty (None; '' for text; an empty list or
    # map; a structure whose fields are all empty), so a pre-filled default stays off the wire.
    omit_empty: bool = False
    wrapper: str | None = None    # for lists from a wrapper: the wrapper shape (its list class)
    aliases: list[str] = field(default_factory=list)  # py:alias: more attribute names
    absent: str | None = None     # XSD default="...": the value read when the element is absent
    # py:absent="none|empty|<literal>": what the predecessor's fresh instance held, read when
    # the element is absent; a placeholder, so writers leave the element out while it holds it.
    placeholder: str | None = None
    # py:text-int="true": an integer the predecessor returned as text; read (and converted
    # when set) as a TextInt, an int that also equals its decimal text.
    text_int: bool = False
    # The value space on the wire (for scalars, and for the items of a repeated element),
    # compared between spec versions by codegen/apidiff.py: the XSD builtin type it comes
    # from, the named xs:simpleType in between (Base64Text, PascalBoolean) and its
    # xs:enumeration values.
    xsd_type: str | None = None
    simple_type: str | None = None
    enum: tuple[str, ...] = ()

    @property
    def list_class(self) -> str | None:
        """The generated list class of a list from a wrapper (named after the wrapper)."""
        return self.wrapper

    @property
    def qtag(self) -> str:
        """The tag as ElementTree spells it."""
        return f"{{{self.ns}}}{self.tag}" if self.ns else self.tag

    @property
    def pytype(self) -> str:
        if self.kind == "struct":
            return self.struct
        if self.kind == "map":
            return "dict[str, str]"
        if self.kind == "list":
            if self.wrapper:
                return self.wrapper
            return f"list[{self.item_pytype}]"
        return KIND_PYTYPES[self.kind]

    @property
    def item_pytype(self) -> str:
        return self.struct if self.item_kind == "struct" else KIND_PYTYPES[self.item_kind]


@dataclass
class Shape:
    """A named complexType, or a Python-only variant of one."""
    name: str
    fields: list[Field]
    doc: str = ""
    init: list[str] = field(default_factory=list)  # positional constructor order
    base: str | None = None                        # variants: the shape they specialise
    fixed: dict[str, object] = field(default_factory=dict)
    defaults: dict[str, object] = field(default_factory=dict)  # constructor defaults (not inherited)
    list_item: Field | None = None                 # set when the shape is a list wrapper
    map_tags: tuple[str, str] | None = None        # list wrapper exposed as a dict (py:map)
    root: bool = False                             # a global element of this name exists
    area: str = ""                                 # the .xsd file that defines it
    ns: str = NS                                   # namespace of its elements ('' for none)
    aliases: list[str] = field(default_factory=list)  # py:alias: more class names (predecessor's)
    # [[model]] python_only: attributes the predecessor's class had that are no part of the
    # XML (never read or sent), name -> doc.
    python_only: dict[str, str] = field(default_factory=dict)
    # The spec file that defines it, relative to spec/: "schemas/storage.xsd", or the
    # operations file of a [[model]] variant (`area` is the module it is generated into).
    source: str = ""

    @property
    def elements(self) -> list[Field]:
        return [f for f in self.fields if f.where == "element"]

    @property
    def attributes(self) -> list[Field]:
        return [f for f in self.fields if f.where == "attribute"]

    @property
    def text_field(self) -> Field | None:
        return next((f for f in self.fields if f.where == "text"), None)

    @property
    def is_list(self) -> bool:
        return self.list_item is not None


@dataclass
class Param:
    name: str
    pytype: str
    doc: str = ""
    has_default: bool = False
    default: object = None


@dataclass
class Operation:
    name: str
    doc: str
    method: str
    path: str
    x_ms_version: str
    is_async: bool
    params: list[Param]
    query: list[tuple[str, str, str | None]]
    request_type: str | None
    request_root: str | None
    response_type: str | None
    response_root: str | None
    body: object            # mapping (element -> param / nested), a param name, or None
    area: str
    idempotent: bool = False  # safe to re-send after it may have reached the server
    envelope: str | None = None   # "atom": body and response wrapped in Atom entry/feed
    atom_title: str | None = None  # attribute filled from each Atom entry's <title>
    format: str = "xml"           # "xml" or "json"
    response_list: bool = False   # an Atom feed: a list of response_type
    # The service answers at once, but the call returns its request id (as the predecessor's
    # did, so scripts that wait on it keep working).
    returns_request_id: bool = False
    # `accepts`: the elements of the request body this operation sends (its own request
    # shape, where one model serves several operations): tag -> what is sent below it (for a
    # list, of each item), None for a whole element.  None: every element of the request type.
    accepts: dict | None = None
    accepts_paths: list[str] = field(default_factory=list)  # as written in the spec


@dataclass
class Service:
    cls: str
    doc: str
    x_ms_version: str
    host: str
    operations: list[Operation] = field(default_factory=list)
    source: str = ""  # the operations file that sets its x_ms_version, relative to spec/


@dataclass
class Spec:
    shapes: dict[str, Shape]
    services: dict[str, Service]
    schema_files: list[str]


def _secret_when(value: str | None, where: str) -> tuple[str, str] | None:
    """py:secret-when="Sibling=value" -> (sibling element tag, value); checked against the
    shape's fields once they are all known (_check_absent)."""
    if value is None:
        return None
    tag, sep, wanted = value.partition("=")
    if not sep or not tag.strip() or not wanted.strip():
        raise SpecError(f"{where}: py:secret-when={value!r} is not 'Sibling=value'")
    return tag.strip(), wanted.strip()


def _field_from_element(schema_types, el, owner: str) -> Field:
    tag = el.local_name
    attr = el.elem.get(f"{{{PY_NS}}}name") or snake(tag)
    if keyword.iskeyword(attr):
        raise SpecError(f"{owner}/{tag}: Python name {attr!r} is a keyword; set py:name")
    repeated = el.max_occurs is None or el.max_occurs > 1
    kind, struct = _kind_of(el.type, f"{owner}/{tag}")
    f = Field(attr=attr, tag=tag, kind=kind, struct=struct, doc=_doc(el.annotation),
              required=el.min_occurs > 0, fixed=el.elem.get("fixed"),
              ns=el.name[1:].split("}")[0] if el.name.startswith("{") else "",
              secret=el.elem.get(f"{{{PY_NS}}}secret") == "true",
              secret_when=_secret_when(el.elem.get(f"{{{PY_NS}}}secret-when"), f"{owner}/{tag}"),
              omit_empty=el.elem.get(f"{{{PY_NS}}}omit-empty") == "true",
              aliases=py_names(el.elem), absent=el.elem.get("default"),
              placeholder=el.elem.get(f"{{{PY_NS}}}absent"),
              text_int=el.elem.get(f"{{{PY_NS}}}text-int") == "true")
    f.xsd_type, f.simple_type, f.enum = _value_space(el.type)
    if repeated:
        # A repeated element directly inside a richer shape: a list field without wrapper.
        f.item_kind, f.item_tag, f.kind = kind, None, "list"
    return f


def _simple_type_kind(t) -> str | None:
    """py:kind on a named xs:simpleType (xmlschema keeps the restriction, not its parent)."""
    if not t.name or t.target_namespace == XS_NS or getattr(t, "schema", None) is None:
        return None
    for node in t.schema.root.iter(f"{{{XS_NS}}}simpleType"):
        if node.get("name") == t.local_name:
            return node.get(f"{{{PY_NS}}}kind")
    return None


def _kind_of(xsd_type, where: str) -> tuple[str, str | None]:
    if xsd_type.is_complex():
        if xsd_type.name is None:
            raise SpecError(f"{where}: anonymous complexType; name every shape")
        return "struct", xsd_type.local_name
    t = xsd_type
    while True:
        if t.local_name == "Base64Text":
            return "b64", None
        kind = _simple_type_kind(t)
        if kind:  # e.g. PascalBoolean (True/False on the wire) read as bool
            if kind not in KIND_PYTYPES:
                raise SpecError(f"{where}: py:kind must be one of {sorted(KIND_PYTYPES)}")
            return kind, None
        if t.target_namespace == XS_NS and t.local_name in BUILTIN_KINDS:
            return BUILTIN_KINDS[t.local_name], None
        if getattr(t, "base_type", None) is None:
            raise SpecError(f"{where}: unsupported simple type {xsd_type.name}")
        t = t.base_type


def _value_space(xsd_type) -> tuple[str | None, str | None, tuple[str, ...]]:
    """(XSD builtin, named simple type, enumeration) of a simple type; Nones for complex."""
    named, enum, t = None, (), xsd_type
    while t is not None and not t.is_complex():
        if t.target_namespace == XS_NS and t.name:
            return t.local_name, named, enum
        if named is None and t.name:
            named = t.local_name
        if not enum and getattr(t, "enumeration", None):
            enum = tuple(str(v) for v in t.enumeration)
        t = getattr(t, "base_type", None)
    return None, named, enum


def _qname_ns(qname: str | None) -> str:
    return qname[1:].split("}")[0] if qname and qname.startswith("{") else ""


_SCHEMAS: dict[tuple[str, str], xmlschema.XMLSchema] = {}


def load_schema(schema_root: Path) -> xmlschema.XMLSchema:
    """The parsed XSDs (about 1.5 s), built once per process for the same files: the SDK, the
    docs and the endpoint's compiled spec are all made from them in one `make generate`."""
    files = sorted(Path(schema_root).parent.glob("*.xsd"))
    digest = hashlib.sha256(b"".join(p.name.encode() + b"\0" + p.read_bytes()
                                     for p in files)).hexdigest()
    key = (str(Path(schema_root).resolve()), digest)
    if key not in _SCHEMAS:
        if len(_SCHEMAS) >= 4:              # a few spec directories per process at most
            del _SCHEMAS[next(iter(_SCHEMAS))]
        _SCHEMAS[key] = xmlschema.XMLSchema(str(schema_root))
    return _SCHEMAS[key]


def load_shapes(schema_root: Path) -> dict[str, Shape]:
    schema = load_schema(schema_root)
    shapes: dict[str, Shape] = {}
    # All namespaces the root includes or imports; names must be unique across them.
    for qname in sorted(schema.maps.types, key=lambda q: (q.split("}")[-1], q)):
        t = schema.maps.types[qname]
        if not t.is_complex() or t.target_namespace == XS_NS or t.name is None:
            continue
        name = t.local_name
        if name in shapes:
            raise SpecError(f"type name {name} is defined in two namespaces; rename one")
        fields: list[Field] = []
        text_attr = t.elem.get(f"{{{PY_NS}}}text")
        if t.has_simple_content():
            content = t.content if not t.content.is_complex() else t.base_type
            kind, _ = _kind_of(content, f"{name} (text)")
            fields.append(Field(attr=text_attr or "value", tag="", kind=kind, where="text",
                                doc=_doc(t.annotation),
                                secret=t.elem.get(f"{{{PY_NS}}}secret") == "true"))
            fields[-1].xsd_type, fields[-1].simple_type, fields[-1].enum = _value_space(content)
        elif t.content is not None and hasattr(t.content, "model"):
            if t.content.model != "sequence":
                raise SpecError(f"{name}: use xs:sequence (element order matters on the wire)")
            for el in t.content:
                if not hasattr(el, "local_name") or not hasattr(el, "max_occurs") \
                        or hasattr(el, "model"):
                    raise SpecError(f"{name}: nested groups are not supported; flatten the sequence")
                fields.append(_field_from_element(schema.types, el, name))
        for aname, attr in t.attributes.items():  # declaration order
            if aname is None or _qname_ns(aname) == XSI_NS:
                continue
            local = aname.split("}")[-1]
            kind, _ = _kind_of(attr.type, f"{name}/@{local}")
            fields.append(Field(attr=attr.elem.get(f"{{{PY_NS}}}name") or snake(local),
                                tag=local, kind=kind, where="attribute",
                                doc=_doc(attr.annotation), ns="",
                                secret=attr.elem.get(f"{{{PY_NS}}}secret") == "true",
                                aliases=py_names(attr.elem)))
            fields[-1].xsd_type, fields[-1].simple_type, fields[-1].enum = \
                _value_space(attr.type)
        attrs = [name for f in fields for name in (f.attr, *f.aliases)]
        if len(set(attrs)) != len(attrs):
            raise SpecError(f"{name}: two elements map to the same Python name: {attrs}")
        shape = Shape(name=name, fields=fields, doc=_doc(t.annotation),
                      area=Path(t.schema.url or "common.xsd").stem,
                      source=f"schemas/{Path(t.schema.url or 'common.xsd').name}",
                      ns=t.target_namespace or "", aliases=py_names(t.elem))
        elements = shape.elements
        if len(fields) == 1 and elements and elements[0].kind == "list" \
                and elements[0].item_tag is None and t.elem.get(f"{{{PY_NS}}}list") != "false":
            item = elements[0]
            shape.list_item = Field(attr=item.attr, tag=item.tag, kind="list",
                                    item_kind=item.item_kind, item_tag=item.tag,
                                    struct=item.struct, doc=item.doc, ns=item.ns)
        items_alias = t.elem.get(f"{{{PY_NS}}}items")
        if items_alias:
            if not shape.is_list or not items_alias.isidentifier() or keyword.iskeyword(items_alias):
                raise SpecError(f"{name}: py:items needs a list wrapper and a Python name")
            shape.list_item.items_alias = items_alias
        py_map = t.elem.get(f"{{{PY_NS}}}map")
        if py_map:
            if not shape.is_list or shape.list_item.item_kind != "struct":
                raise SpecError(f"{name}: py:map needs a list wrapper of a two-element shape")
            key, _, value = py_map.partition(" ")
            shape.map_tags = (key, value)
        shapes[name] = shape
    for ename, el in schema.maps.elements.items():
        if el.type.is_complex() and el.type.local_name in shapes:
            shapes[el.type.local_name].root = True
    # A field whose type is a list wrapper becomes a list of the wrapper's items.
    for shape in shapes.values():
        for f in shape.fields:
            if f.kind == "struct" and shapes[f.struct].is_list:
                wrapper = shapes[f.struct]
                item = wrapper.list_item
                f.kind, f.item_kind, f.item_tag, f.struct = "list", item.item_kind, item.tag, item.struct
                f.item_ns, f.items_alias = item.ns, item.items_alias
                f.wrapper = wrapper.name
                if wrapper.map_tags:
                    f.kind, f.map_tags, f.wrapper = "map", wrapper.map_tags, None
    # A list class lives in the module of its items (so its type names them directly).
    for shape in shapes.values():
        if shape.is_list and shape.list_item.item_kind == "struct":
            shape.area = shapes[shape.list_item.struct].area
    for shape in shapes.values():
        for f in shape.fields:
            _check_absent(shape, f)
    check_absent_cycles(shapes)
    names = [n for s in shapes.values() for n in (s.name, *s.aliases)]
    dupes = sorted({n for n in names if names.count(n) > 1})
    if dupes:
        raise SpecError(f"class names used twice (type names and py:alias): {dupes}")
    return shapes


PLACEHOLDER_KINDS = {"none": ("str", "b64", "int", "float", "bool", "datetime"),
                     "empty": ("struct", "datetime")}


def _check_absent(shape: Shape, f: Field) -> None:
    """`default=`, `py:absent` and `py:text-int` are used where they mean something."""
    where = f"{shape.name}/{f.tag}"
    if f.secret_when is not None:
        tag, wanted = f.secret_when
        sibling = next((g for g in shape.fields if g.tag == tag and g is not f), None)
        if sibling is None or sibling.kind not in ("str", "b64"):
            raise SpecError(f"{where}: py:secret-when names {tag!r}, not a text element of "
                            f"{shape.name}")
        f.secret_when = (sibling.attr, wanted)      # the attribute the repr reads
    if f.absent is not None and f.kind not in ("int", "float", "bool", "str"):
        raise SpecError(f"{where}: default= applies to scalar elements")
    if f.text_int and f.kind != "int":
        raise SpecError(f"{where}: py:text-int applies to integer elements")
    if f.placeholder is None:
        return
    if f.absent is not None:
        raise SpecError(f"{where}: give default= (a value) or py:absent (a placeholder), "
                        "not both")
    kinds = PLACEHOLDER_KINDS.get(f.placeholder, ("int", "float"))
    if f.kind not in kinds:
        raise SpecError(f"{where}: py:absent={f.placeholder!r} applies to {', '.join(kinds)} "
                        f"elements, not {f.kind}")
    if f.placeholder not in PLACEHOLDER_KINDS:
        try:
            {"int": int, "float": float}[f.kind](f.placeholder)
        except ValueError:
            raise SpecError(f"{where}: py:absent={f.placeholder!r} is not a {f.kind}") from None


def check_absent_cycles(shapes: dict[str, Shape]) -> None:
    """py:absent="empty" reads an absent element as an empty instance of its shape, whose
    own absent elements read the same way: that must not need the shape itself."""
    targets = sorted({f.struct for s in shapes.values() for f in s.elements
                      if f.kind == "struct" and f.placeholder == "empty"})

    def visit(name: str, path: list[str]) -> None:
        if name in path:
            raise SpecError("py:absent=\"empty\" makes a cycle: " + " -> ".join(path + [name]))
        for f in shapes[name].elements:
            if f.kind == "struct" and f.placeholder == "empty":
                visit(f.struct, path + [name])
    for name in targets:
        visit(name, [])


def _apply_models(shapes: dict[str, Shape], models: list[dict], where: str) -> None:
    for m in models:
        name = m["name"]
        if "base" in m:
            base = shapes.get(m["base"])
            if base is None:
                raise SpecError(f"{where}: model {name}: unknown base {m['base']}")
            if name in shapes:
                raise SpecError(f"{where}: model {name} already exists")
            shapes[name] = Shape(name=name, fields=base.fields, doc=m.get("doc", base.doc),
                                 base=base.name, fixed=dict(m.get("fixed", {})), area=base.area,
                                 source=f"operations/{where}")
        elif name not in shapes:
            raise SpecError(f"{where}: model {name}: no complexType of that name")
        shape = shapes[name]
        if "doc" in m:
            shape.doc = m["doc"]
        shape.init = list(m.get("init", []))
        shape.defaults = dict(m.get("defaults", {}))
        shape.python_only = dict(m.get("python_only", {}))
        known = {f.attr for f in shape.fields}
        clash = known.intersection(shape.python_only)
        if clash:
            raise SpecError(f"{where}: model {name}: python_only names fields: {sorted(clash)}")
        for a in [*shape.init, *shape.fixed, *shape.defaults]:
            if a not in known:
                raise SpecError(f"{where}: model {name}: no field {a!r} (fields: {sorted(known)})")
        for a, value in shape.defaults.items():
            f = next(f for f in shape.fields if f.attr == a)
            if isinstance(value, dict) and (value or f.kind not in ("struct", "map")):
                # {}: a new instance of the field's shape (a new dict for a map)
                raise SpecError(f"{where}: model {name}: default {a} = {{}} needs an empty "
                                "table and a field of a structure or map type")
            if isinstance(value, list) and (value or f.kind != "list"):
                raise SpecError(f"{where}: model {name}: default {a} = [] needs a list field")


def _check_body(body, shapes, shape_name: str, params: dict[str, Param], where: str) -> None:
    """Validate a body mapping against the request shape, recursively."""
    if isinstance(body, str):
        if body not in params:
            raise SpecError(f"{where}: body names unknown parameter {body!r}")
        return
    shape = shapes[shape_name]
    by_tag = {f.tag: f for f in shape.fields}
    for tag, value in body.items():
        f = by_tag.get(tag)
        if f is None:
            raise SpecError(f"{where}: {shape_name} has no element {tag!r} "
                            f"(elements: {[f.tag for f in shape.fields]})")
        if isinstance(value, str):
            if value not in params:
                raise SpecError(f"{where}: body {tag} names unknown parameter {value!r}")
        elif isinstance(value, dict):
            if f.kind != "struct":
                raise SpecError(f"{where}: body {tag} is not a nested shape")
            _check_body(value, shapes, f.struct, params, where)
        elif isinstance(value, list):
            if f.kind != "list":
                raise SpecError(f"{where}: body {tag} is not a list")
            for v in value:
                if isinstance(v, dict):
                    _check_body(v, shapes, f.struct, params, where)
                elif v not in params:
                    raise SpecError(f"{where}: body {tag} names unknown parameter {v!r}")
        else:
            raise SpecError(f"{where}: body {tag}: unsupported value {value!r}")


PATH_PARAM = re.compile(r"\{([a-z_][a-z0-9_]*)\}")
ACCEPT_GROUP = re.compile(r"^(.*?)/?\(([^()]*)\)$")


def parse_accepts(paths: list[str], shapes: dict[str, Shape], shape_name: str,
                  where: str) -> dict:
    """`accepts` paths -> a tree of element tags (None: the whole element), checked
    against the request shape.  A path names elements by tag from the body's root:
    `Label`, `OSDiskConfiguration/HostCaching`, through a list by its wrapper and item
    (`DataDiskConfigurations/DataDiskConfiguration/Lun`); `(A, B)` as the last step names
    several children at once; a structure or list named alone is accepted whole."""
    if not isinstance(paths, list) or not all(isinstance(p, str) for p in paths):
        raise SpecError(f"{where}: accepts is a list of element paths")
    tree: dict = {}
    for path in paths:
        m = ACCEPT_GROUP.match(path.strip())
        prefix, leaves = (m.group(1), m.group(2).split(",")) if m else ("", [path])
        for leaf in leaves:
            steps = (prefix.split("/") if prefix else []) + leaf.strip().split("/")
            if not all(steps):
                raise SpecError(f"{where}: accepts path {path!r} has an empty step")
            _accept(tree, steps, shapes[shape_name], shapes, f"{where}: accepts {path!r}")
    return tree


def _accept(node: dict, steps: list[str], shape: Shape | None, shapes: dict[str, Shape],
            where: str) -> None:
    """Add one path (`steps`, from `shape`) to the tree `node`."""
    i = 0
    while i < len(steps):
        if shape is None:
            raise SpecError(f"{where}: {steps[i - 1]} holds no elements")
        f = next((f for f in shape.elements if f.tag == steps[i]), None)
        if f is None:
            raise SpecError(f"{where}: {shape.name} has no element {steps[i]!r} "
                            f"(elements: {[e.tag for e in shape.elements]})")
        step = 1
        if f.kind == "list" and f.item_tag is not None and i + 1 < len(steps):
            # The wrapper and its item are one step of the tree (what each item sends).
            if steps[i + 1] != f.item_tag:
                raise SpecError(f"{where}: the items of {f.tag} are <{f.item_tag}>, "
                                f"not <{steps[i + 1]}>")
            step = 2
        if node.get(f.tag, {}) is None:
            return  # already accepted whole
        if i + step >= len(steps):
            node[f.tag] = None
            return
        node = node.setdefault(f.tag, {})
        i += step
        structured = f.kind == "struct" or (f.kind == "list" and f.item_kind == "struct")
        shape = shapes[f.struct] if structured else None


def load_spec(spec_dir: Path) -> Spec:
    shapes = load_shapes(spec_dir / "schemas" / "servicemanagement.xsd")
    services: dict[str, Service] = {}
    op_files = sorted((spec_dir / "operations").glob("*.toml"))
    docs = [(p, tomllib.loads(p.read_text(encoding="utf-8"))) for p in op_files]
    for path, doc in docs:
        _apply_models(shapes, doc.get("model", []), path.name)
    # [[shared_operation]]: one definition that every client class gets (get_operation_status:
    # each service answers it at the same URI, under its own x-ms-version).
    shared = [(path, raw) for path, doc in docs for raw in doc.get("shared_operation", [])]
    for path, doc in docs:
        svc_def = doc.get("service", {})
        cls = svc_def.get("class")
        if not cls:
            raise SpecError(f"{path.name}: [service] class is required")
        svc = services.get(cls)
        if svc is None:
            svc = services[cls] = Service(cls=cls, doc="", x_ms_version="", host="")
        for key in ("doc", "x_ms_version", "host"):
            if svc_def.get(key):
                if getattr(svc, key) and getattr(svc, key) != svc_def[key]:
                    raise SpecError(f"{path.name}: service {cls} {key} differs from another file")
                setattr(svc, key, svc_def[key])
                if key == "x_ms_version":
                    svc.source = f"operations/{path.name}"
        for raw in doc.get("operation", []):
            svc.operations.append(_load_operation(raw, shapes, svc, path.stem))
    for svc in services.values():
        for path, raw in shared:
            svc.operations.append(_load_operation(raw, shapes, svc, path.stem))
        if not svc.x_ms_version or not svc.host:
            raise SpecError(f"service {svc.cls}: x_ms_version and host must be set in one file")
        names = [o.name for o in svc.operations]
        dupes = {n for n in names if names.count(n) > 1}
        if dupes:
            raise SpecError(f"service {svc.cls}: duplicate operations {sorted(dupes)}")
        for op in svc.operations:
            op.x_ms_version = op.x_ms_version or svc.x_ms_version
        svc.operations.sort(key=lambda o: o.name)
    schema_files = sorted(p.name for p in (spec_dir / "schemas").glob("*.xsd"))
    return Spec(shapes=shapes, services=services, schema_files=schema_files)


def _load_operation(raw: dict, shapes, svc: Service, area: str) -> Operation:
    where = f"{area}.toml: {raw.get('name', '?')}"
    try:
        params = [Param(name=p["name"], pytype=p.get("type", "str"), doc=p.get("doc", ""),
                        has_default="default" in p or p.get("optional", False),
                        default=p.get("default")) for p in raw.get("params", [])]
    except KeyError as exc:
        raise SpecError(f"{where}: parameter without {exc}") from None
    seen_default = False
    for p in params:
        if p.has_default:
            seen_default = True
        elif seen_default:
            raise SpecError(f"{where}: required parameter {p.name} after an optional one")
    by_name = {p.name: p for p in params}
    for pname in PATH_PARAM.findall(raw["path"]):
        if pname != "subscription_id" and pname not in by_name:
            raise SpecError(f"{where}: path names unknown parameter {pname!r}")
    # (query name, parameter, value): value None sends the parameter's own value; a
    # literal value is sent when the parameter is truthy (`comp=media` for delete_vhd=True).
    query = [(q["name"], q["param"], q.get("value")) for q in raw.get("query", [])]
    for _, pname, _ in query:
        if pname not in by_name:
            raise SpecError(f"{where}: query names unknown parameter {pname!r}")
    req, resp = raw.get("request_type"), raw.get("response_type")
    for t in (req, resp):
        if t is not None and t not in shapes:
            raise SpecError(f"{where}: unknown shape {t!r}")
    body = raw.get("body")
    fmt = raw.get("format", "xml")
    if fmt not in ("xml", "json", "text"):
        raise SpecError(f"{where}: format must be xml, json or text")
    if raw.get("envelope") not in (None, "atom"):
        raise SpecError(f"{where}: envelope must be 'atom'")
    if fmt in ("json", "text"):
        if req or resp:
            raise SpecError(f"{where}: {fmt} operations have no request_type/response_type")
        if body is not None and body not in by_name:
            raise SpecError(f"{where}: a JSON body is one parameter name")
    elif req is not None:
        if body is None:
            raise SpecError(f"{where}: request_type without body mapping")
        _check_body(body, shapes, req, by_name, where)
    elif body is not None:
        raise SpecError(f"{where}: body mapping without request_type")
    if resp is not None and not shapes[resp].root and not shapes[resp].is_list:
        pass  # root element not declared: responses still parse, but cannot be validated
    accepts_paths = raw.get("accepts")
    accepts = None
    if accepts_paths is not None:
        if req is None or fmt != "xml":
            raise SpecError(f"{where}: accepts needs an XML request_type")
        accepts = parse_accepts(accepts_paths, shapes, req, where)
        _check_body_accepted(body, accepts, shapes, req, where)
    return Operation(
        name=raw["name"], doc=raw.get("doc", ""), method=raw["method"].upper(),
        path=raw["path"], x_ms_version=raw.get("x_ms_version", ""),
        is_async=bool(raw.get("async", False)), params=params, query=query,
        request_type=req, request_root=raw.get("request_root", req), response_type=resp,
        response_root=raw.get("response_root", resp), body=body, area=area,
        idempotent=bool(raw.get("idempotent", raw["method"].upper() in ("GET", "HEAD"))),
        envelope=raw.get("envelope"), atom_title=raw.get("atom_title"),
        format=raw.get("format", "xml"), response_list=bool(raw.get("response_list", False)),
        returns_request_id=bool(raw.get("returns_request_id", raw.get("async", False))),
        accepts=accepts, accepts_paths=list(accepts_paths or []))


def _check_body_accepted(body, accepts: dict, shapes: dict[str, Shape], shape_name: str,
                         where: str) -> None:
    """Every element the body mapping fills, and every fixed element, is accepted."""
    shape = shapes[shape_name]
    for f in shape.elements:
        if f.fixed is not None and f.tag not in accepts:
            raise SpecError(f"{where}: accepts leaves out {shape_name}/{f.tag}, which is "
                            f"always sent (fixed={f.fixed!r})")
    if not isinstance(body, dict):
        return
    by_tag = {f.tag: f for f in shape.elements}
    for tag, value in body.items():
        if tag not in accepts:
            raise SpecError(f"{where}: the body fills {shape_name}/{tag}, which accepts "
                            "leaves out")
        sub, f = accepts[tag], by_tag[tag]
        if sub is None:
            continue
        items = value if isinstance(value, list) else [value]
        for v in items:
            if isinstance(v, dict) and sub is not None:
                _check_body_accepted(v, sub, shapes, f.struct, where)


def check_request_shapes(spec: Spec) -> None:
    """An operation whose body carries a shape that a response also returns states the
    elements its body accepts: a model read from the service and sent back must carry only
    what this operation takes, never read-only fields or another operation's shape.

    Checked when generating (`make generate`, `make check`), not by `load_spec`, so that the
    API diff still reads specs older than the `accepts` key."""
    readable = read_shapes(spec.shapes, spec.services)
    for svc in spec.services.values():
        for op in svc.operations:
            shared = sorted(sent_shapes(op, spec.shapes) & readable)
            if shared and op.accepts is None:
                raise SpecError(f"{op.area}.toml: {op.name}: its body carries {shared}, which "
                                "responses return too: say which elements it accepts "
                                "(accepts = [...])")


def reachable(shapes: dict[str, Shape], roots: list[str], seen: set[str]) -> set[str]:
    """`seen` with every shape reachable from `roots` added: through struct fields and list
    items (a dict from a map wrapper is no shape); a shape already in `seen` is not
    walked again."""
    todo = list(roots)
    while todo:
        name = todo.pop()
        if name in seen:
            continue
        seen.add(name)
        shape = shapes[name]
        if shape.list_item is not None and shape.list_item.item_kind == "struct" \
                and not shape.map_tags:
            todo.append(shape.list_item.struct)
        todo += [f.struct for f in shape.fields
                 if f.struct and f.kind in ("struct", "list") and f.item_kind in (None, "struct")]
    return seen


def read_shapes(shapes: dict[str, Shape], services: dict[str, Service]) -> set[str]:
    """Shapes some response holds."""
    return reachable(shapes, [op.response_type for svc in services.values()
                              for op in svc.operations if op.response_type], set())


def sent_shapes(op: Operation, shapes: dict[str, Shape]) -> set[str]:
    """Shapes whose fields an operation's body can carry: its request type, and the whole
    tree of every model a parameter passes into it."""
    params = {p.name: p for p in op.params}
    out: set[str] = set()

    def model_of(param: str) -> str | None:
        t = params[param].pytype
        t = t[5:-1] if t.startswith("list[") else t
        return t if t in shapes else None

    def walk(body, name: str) -> None:
        if isinstance(body, str):   # the whole body is one parameter
            reachable(shapes, [model_of(body) or name], out)
            return
        out.add(name)
        by_tag = {f.tag: f for f in shapes[name].elements}
        for tag, value in body.items():
            for v in value if isinstance(value, list) else [value]:
                if isinstance(v, dict):
                    walk(v, by_tag[tag].struct)
                elif isinstance(v, str) and v in params and (model := model_of(v)):
                    reachable(shapes, [model], out)

    if op.request_type and op.format == "xml" and op.body is not None:
        walk(op.body, op.request_type)
    return out
