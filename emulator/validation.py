"""Request-body validation of the local endpoint, from the grammar compiled at `make generate`.

`emulator/_compiled.py` (codegen/endpoint.py) holds, for each complex type a request body can
hold, its elements in wire order with their occurrence bounds (and nillable / fixed /
default), its attributes and its text type, and for each simple type its XSD builtin and
facets.  `Grammar.check(elem, type_name)` walks an ElementTree element against it and raises
`Invalid` with what is wrong and where.  The verdicts are xmlschema's (XSD 1.0, as the
endpoint validated before): tests/test_endpoint_spec.py runs both over every request body the
SDK sends and systematic mutations of them.  One deliberate difference: `xsi:type` is
refused (the service's documents never carry it; xmlschema cannot resolve its QName on an
ElementTree element and failed with an exception, which the endpoint answered 500).
"""

from __future__ import annotations

import datetime
import re
from typing import Any, Callable

XSI = "{http://www.w3.org/2001/XMLSchema-instance}"
_SPACES = re.compile(r"\s+")
_SPACE = re.compile(r"\s")


class Invalid(Exception):
    """A body that does not match its type: `reason`, and `path` (`/Root/Child[2]`)."""

    def __init__(self, reason: str, path: str) -> None:
        super().__init__(f"{reason} (at {path})")
        self.reason, self.path = reason, path


# --- XSD builtins (white space, then the lexical and value checks xmlschema makes) ----------

def _collapse(text: str) -> str:
    return _SPACES.sub(" ", text).strip()


def _integer(low: int | None, high: int | None) -> Callable[[str], int]:
    def decode(text: str) -> int:
        value = int(text)           # xmlschema decodes with int(): `+1`, `1_000` pass
        if (low is not None and value < low) or (high is not None and value > high):
            raise ValueError(f"{value} is out of range")
        return value
    return decode


_DECIMAL = re.compile(r"^[+-]?(?:[0-9]+(?:\.[0-9]*)?|\.[0-9]+)$")
_DOUBLE = re.compile(r"^(?:(\+|-)?([0-9]+(\.[0-9]*)?|\.[0-9]+)([Ee](\+|-)?[0-9]+)?|INF|-INF|NaN)$"
                     r"(?!\n\Z)")
_DATETIME = re.compile(
    r"^(?P<year>-?[0-9]*[0-9]{4})-(?P<month>[0-9]{2})-(?P<day>[0-9]{2})"
    r"T(?P<hour>[0-9]{2}):(?P<minute>[0-9]{2}):(?P<second>[0-9]{2})(?:\.(?P<fraction>[0-9]+))?"
    r"(?P<tz>Z|[+-](?:(?:0[0-9]|1[0-3]):[0-5][0-9]|14:00))?$")
_BASE64 = re.compile(r"((?:(?:[A-Za-z0-9+/] ?){4})*(?:(?:[A-Za-z0-9+/] ?){3}[A-Za-z0-9+/]|"
                     r"(?:[A-Za-z0-9+/] ?){2}[AEIMQUYcgkosw048] ?=|[A-Za-z0-9+/] ?[AQgw] ?= ?=))?")
_BOOLEANS = {"true": True, "1": True, "false": False, "0": False}


def _decimal(text: str) -> Any:
    import decimal      # only a spec with xs:decimal needs it
    text = text.replace(" ", "")
    if not _DECIMAL.match(text):
        raise ValueError("not a decimal")
    return decimal.Decimal(text)


def _double(text: str) -> float:
    if not _DOUBLE.match(text):
        raise ValueError("not a double")
    return float(text)


def _boolean(text: str) -> bool:
    return _BOOLEANS[text]


def _days(year: int, month: int, day: int) -> int:
    """Days from 1970-01-01 of a proleptic Gregorian date (any year)."""
    year -= month <= 2
    era = year // 400
    yoe = year - era * 400
    doy = (153 * (month + (-3 if month > 2 else 9)) + 2) // 5 + day - 1
    return era * 146097 + yoe * 365 + yoe // 4 - yoe // 100 + doy - 719468


def _datetime(text: str) -> int:
    """The instant, in microseconds (no time zone: UTC, as xmlschema compares them)."""
    m = _DATETIME.match(text.strip())
    if m is None:
        raise ValueError("not an XSD dateTime (YYYY-MM-DDThh:mm:ss[.f][Z|+hh:mm])")
    year_text = m["year"].lstrip("-")
    if year_text.startswith("0") and len(year_text) > 4:
        raise ValueError("a year of more than 4 digits has no leading zero")
    year = int(m["year"])
    if year == 0:
        raise ValueError("year 0000 is not an XSD 1.0 year")
    if abs(year) > 2 ** 31:
        raise ValueError("year out of range")
    fraction = int((m["fraction"] or "0")[:6].ljust(6, "0"))
    month, day = int(m["month"]), int(m["day"])
    hour, minute, second = int(m["hour"]), int(m["minute"]), int(m["second"])
    midnight = hour == 24 and minute == second == fraction == 0  # the end of the day
    # Years outside datetime's range are checked on a stand-in year of the same leap-ness.
    leap = year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)
    stand_in = year if 1 <= year <= 9999 else (4 if leap else 6)
    datetime.datetime(stand_in, month, day, 0 if midnight else hour, minute, second, fraction)
    offset = 0
    if m["tz"] and m["tz"] != "Z":
        sign = -1 if m["tz"][0] == "-" else 1
        offset = sign * (int(m["tz"][1:3]) * 60 + int(m["tz"][4:6]))
    minutes = (_days(year, month, day) * 24 + hour) * 60 + minute - offset
    return (minutes * 60 + second) * 1_000_000 + fraction


def _base64(text: str) -> str:
    text = text.replace(" ", "")
    m = _BASE64.match(text)
    if text and (m is None or m.group(0) != text):
        raise ValueError("not base64")
    return text


# builtin -> (white space, decoder: normalized text -> value, raising on an invalid one)
BUILTINS: dict[str, tuple[str, Callable[[str], Any]]] = {
    "xs:string": ("preserve", str),
    "xs:normalizedString": ("replace", str),
    "xs:token": ("collapse", str),
    "xs:anyURI": ("collapse", str),
    "xs:boolean": ("collapse", _boolean),
    "xs:decimal": ("collapse", _decimal),
    "xs:integer": ("collapse", _integer(None, None)),
    "xs:long": ("collapse", _integer(-2 ** 63, 2 ** 63 - 1)),
    "xs:int": ("collapse", _integer(-2 ** 31, 2 ** 31 - 1)),
    "xs:short": ("collapse", _integer(-2 ** 15, 2 ** 15 - 1)),
    "xs:byte": ("collapse", _integer(-2 ** 7, 2 ** 7 - 1)),
    "xs:nonNegativeInteger": ("collapse", _integer(0, None)),
    "xs:positiveInteger": ("collapse", _integer(1, None)),
    "xs:nonPositiveInteger": ("collapse", _integer(None, 0)),
    "xs:negativeInteger": ("collapse", _integer(None, -1)),
    "xs:unsignedLong": ("collapse", _integer(0, 2 ** 64 - 1)),
    "xs:unsignedInt": ("collapse", _integer(0, 2 ** 32 - 1)),
    "xs:unsignedShort": ("collapse", _integer(0, 2 ** 16 - 1)),
    "xs:unsignedByte": ("collapse", _integer(0, 2 ** 8 - 1)),
    "xs:double": ("collapse", _double),
    "xs:float": ("collapse", _double),
    "xs:dateTime": ("collapse", _datetime),
    "xs:base64Binary": ("collapse", _base64),
}


def _normalize(text: str, white_space: str) -> str:
    if white_space == "collapse":
        return _collapse(text)
    if white_space == "replace":
        return _SPACE.sub(" ", text)
    return text


class SimpleType:
    """A builtin, or a restriction of one with facets (checked as xmlschema does: patterns
    on the normalized text, the others on the decoded value)."""

    def __init__(self, name: str, base: str, facets: list) -> None:
        self.name = name
        self.white_space, self.decode = BUILTINS[base]
        self.patterns = [[re.compile(p) for p in pats] for kind, pats in facets
                         if kind == "pattern"]
        self.checks: list[tuple[str, Callable[[Any], bool]]] = []
        for kind, value in facets:
            if kind == "enumeration":
                allowed = [self.decode(_normalize(v, self.white_space)) for v in value]
                self.checks.append((f"one of {value}", lambda v, a=allowed: v in a))
            elif kind in ("length", "minLength", "maxLength"):
                n = int(value)
                test = {"length": lambda v, n=n: len(v) == n,
                        "minLength": lambda v, n=n: len(v) >= n,
                        "maxLength": lambda v, n=n: len(v) <= n}[kind]
                self.checks.append((f"{kind} {n}", test))
            elif kind != "pattern":
                bound = self.decode(value)
                test = {"minInclusive": lambda v, b=bound: v >= b,
                        "maxInclusive": lambda v, b=bound: v <= b,
                        "minExclusive": lambda v, b=bound: v > b,
                        "maxExclusive": lambda v, b=bound: v < b}[kind]
                self.checks.append((f"{kind} {value}", test))

    def value(self, text: str) -> Any:
        """The decoded value of `text`; ValueError when it is not one of this type."""
        text = _normalize(text, self.white_space)
        for alternatives in self.patterns:
            if not any(p.search(text) for p in alternatives):
                raise ValueError(f"does not match the pattern of {self.name}")
        try:
            value = self.decode(text)
        except (ValueError, KeyError, ArithmeticError):
            raise ValueError(f"{text!r} is not a valid {self.name}") from None
        for what, test in self.checks:
            if not test(value):
                raise ValueError(f"{text!r} is not {what}")
        return value


class Element:
    __slots__ = ("tag", "name", "min", "max", "type", "nillable", "fixed", "default")

    def __init__(self, tag: str, min_: int, max_: int | None, type_: str, nillable: bool,
                 fixed: str | None, default: str | None) -> None:
        self.tag, self.min, self.max, self.type = tag, min_, max_, type_
        self.name = tag.rpartition("}")[2]
        self.nillable, self.fixed, self.default = nillable, fixed, default


class ComplexType:
    def __init__(self, name: str, entry: dict) -> None:
        ns = entry["ns"]
        self.name, self.ns = name, ns
        self.mixed = bool(entry.get("mixed"))
        self.text: str | None = entry.get("text")
        self.elements = [Element(tag if tag.startswith("{") or not ns else f"{{{ns}}}{tag}",
                                 lo, hi, type_, bool(flags.get("nillable")), flags.get("fixed"),
                                 flags.get("default"))
                         for tag, lo, hi, type_, *rest in entry.get("elements", ())
                         for flags in [rest[0] if rest else {}]]
        self.attributes = {a["name"]: a for a in entry.get("attributes", ())}
        self.empty = self.text is None and not self.elements


class Grammar:
    """The compiled types, ready to check request bodies."""

    def __init__(self, types: dict[str, dict], simple_types: dict[str, dict],
                 spec_dir: Any = None) -> None:
        self.spec_dir = spec_dir        # the spec compiled at start-up; None: emulator/_compiled.py
        self.simple = {name: SimpleType(name, name, []) for name in BUILTINS}
        for name, entry in simple_types.items():
            self.simple[name] = SimpleType(name, entry["base"], list(entry["facets"]))
        self.types = {name: ComplexType(name, entry) for name, entry in types.items()}

    def check(self, elem: Any, type_name: str) -> None:
        """Raise `Invalid` unless `elem` (the document's root element, its tag already
        checked by the caller) is a valid instance of complex type `type_name`."""
        root = Element(elem.tag, 1, 1, type_name, False, None, None)
        self._element(elem, root, "/" + root.name)

    def _element(self, elem: Any, decl: Element, path: str) -> None:
        complex_type = self.types.get(decl.type)
        declared = complex_type.attributes if complex_type is not None else {}
        nil = None
        for name, value in elem.attrib.items():
            if name.startswith(XSI):
                local = name[len(XSI):]
                if local == "nil":
                    nil = value
                elif local == "type":
                    raise Invalid("xsi:type is not accepted in request bodies", path)
                elif local not in ("schemaLocation", "noNamespaceSchemaLocation"):
                    raise Invalid(f"xsi:{local} is not an attribute of the XSI namespace", path)
            elif name in declared:
                attr = declared[name]
                if attr.get("use") == "prohibited":
                    raise Invalid(f"attribute {name!r} is prohibited", path)
                self._simple(value, attr["type"], None, f"{path}/@{name}")
            else:
                raise Invalid(f"attribute {_local(name)!r} is not allowed here", path)
        for name, attr in declared.items():
            if attr.get("use") == "required" and name not in elem.attrib:
                raise Invalid(f"attribute {name!r} is missing", path)
        if nil is not None:
            nil = nil.strip()
            if not decl.nillable:
                raise Invalid(f"<{decl.name}> is not nillable (xsi:nil)", path)
            if nil not in _BOOLEANS:
                raise Invalid("xsi:nil must be a boolean", path)
            if _BOOLEANS[nil]:
                if decl.fixed is not None:
                    raise Invalid(f"<{decl.name}> has a fixed value and cannot be nil", path)
                if elem.text is not None or len(elem):
                    raise Invalid(f"<{decl.name}> is nil (xsi:nil) but not empty", path)
                return
        if complex_type is not None and complex_type.text is None:
            self._children(elem, complex_type, path)
            return
        if len(elem):
            raise Invalid(f"<{decl.name}> holds text only, not <{_local(elem[0].tag)}>", path)
        text = elem.text
        if not text and decl.fixed is None and decl.default is not None:
            text = decl.default
        text_type = complex_type.text if complex_type is not None else decl.type
        self._simple(text or "", text_type, decl.fixed, path)

    def _simple(self, text: str, type_name: str, fixed: str | None, path: str) -> None:
        simple = self.simple[type_name]
        if fixed is not None and text and text != fixed:
            try:
                same = simple.value(text) == simple.value(fixed)
            except ValueError:
                same = False
            if not same:
                raise Invalid(f"must be {fixed!r}", path)
        try:
            simple.value(text or (fixed or ""))
        except ValueError as exc:
            raise Invalid(str(exc), path) from None

    def _children(self, elem: Any, t: ComplexType, path: str) -> None:
        if not t.mixed and ((elem.text and elem.text.strip())
                            or any(c.tail and c.tail.strip() for c in elem)):
            raise Invalid(f"text is not allowed in <{_local(elem.tag)}> (elements only)", path)
        children = list(elem)
        i, n = 0, len(children)
        for decl in t.elements:
            count = 0
            while i < n and children[i].tag == decl.tag and (decl.max is None
                                                              or count < decl.max):
                count += 1
                self._element(children[i], decl,
                              f"{path}/{decl.name}" + (f"[{count}]" if count > 1 else ""))
                i += 1
            if count < decl.min:
                found = f"<{_local(children[i].tag)}>" if i < n else "the end"
                raise Invalid(f"<{decl.name}> is required here, found {found}", path)
        if i < n:
            tag = children[i].tag
            expected = [d.name for d in t.elements]
            where = "" if not tag.startswith("{") else f" in namespace {tag[1:].partition('}')[0]!r}"
            if any(d.tag == tag for d in t.elements):
                why = "out of order or repeated"
            elif _local(tag) in expected:
                why = f"in the wrong namespace{where}"
            else:
                why = f"unknown{where}"
            raise Invalid(f"<{_local(tag)}> is {why}; <{t.name}> holds, in this order: "
                          f"{', '.join(expected) or 'nothing'}", path)


def _local(tag: str) -> str:
    return tag.rpartition("}")[2]
