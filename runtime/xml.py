"""XML text conversion used by the generated per-shape readers and writers.

The generated code walks `xml.etree.ElementTree` elements itself; this module only holds
the small, shared conversions: escaping, base64 text, booleans, numbers, datetimes.
"""

from __future__ import annotations

import base64
import logging
import re
from datetime import datetime, timedelta, timezone
from functools import lru_cache
from typing import TYPE_CHECKING, Any, Callable, overload
from xml.etree.ElementTree import Element, ParseError, fromstring, tostring

from .errors import AzureMalformedResponseError

if TYPE_CHECKING:
    from attrs import Attribute

log = logging.getLogger("asm_sdk_runtime.xml")
NS = "http://schemas.microsoft.com/windowsazure"
ROOT_ATTRS = f' xmlns="{NS}" xmlns:i="http://www.w3.org/2001/XMLSchema-instance"'

# Characters XML 1.0 cannot carry at all (not even escaped).
_INVALID = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")
_NEEDS_ESCAPE = re.compile("[&<>\r]")
_ESCAPES = {"&": "&amp;", "<": "&lt;", ">": "&gt;", "\r": "&#13;"}


def text(value: str) -> str:
    """Escape a string for element content; reject what XML 1.0 cannot represent."""
    if not isinstance(value, str):
        # bytes: the guide passes base64.b64encode(...) output, which is bytes on Python 3.
        value = value.decode("utf-8") if isinstance(value, (bytes, bytearray)) else str(value)
    bad = _INVALID.search(value)
    if bad:
        raise ValueError(f"character {bad.group()!r} at position {bad.start()} cannot be sent in XML")
    if _NEEDS_ESCAPE.search(value):
        return _NEEDS_ESCAPE.sub(lambda m: _ESCAPES[m.group()], value)
    return value


_ATTR_ESCAPES = {"&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "\r": "&#13;",
                 "\n": "&#10;", "\t": "&#9;"}
_ATTR_NEEDS_ESCAPE = re.compile('[&<>"\r\n\t]')


def attr(value: str) -> str:
    """Escape a string for a double-quoted attribute value."""
    value = text(value) if _INVALID.search(str(value)) else str(value)
    return _ATTR_NEEDS_ESCAPE.sub(lambda m: _ATTR_ESCAPES[m.group()], value)


def b64(value: str) -> str:
    """Encode text as the base64 Azure expects for labels."""
    return base64.b64encode(value.encode("utf-8")).decode("ascii")


_B64_SPACE = re.compile("[ \t\r\n]+")    # XSD base64Binary may be wrapped over lines
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f]")


def from_b64(value: str | None, default: str | None = "") -> str | None:
    if not value:
        return default
    packed = _B64_SPACE.sub("", value)
    try:
        decoded = base64.b64decode(packed, validate=True).decode("utf-8")
    except (ValueError, UnicodeDecodeError):
        # Some responses carry the label as plain text; keep it rather than lose it.
        return value
    if len(packed) != len(value) and _CONTROL.search(decoded):
        return value  # plain text with spaces that happened to pack into base64
    return decoded


def boolean(value: bool) -> str:
    return "true" if value else "false"


def from_bool(value: str | None, default: bool | None = None) -> bool | None:
    """`true`/`false` (any case, or digits) -> bool; absent or empty text -> `default`."""
    if value is None:
        return default
    v = value.strip().lower()
    if v == "true":
        return True
    if v == "false":
        return False
    return default if not v else bool(int(v)) if v.isdigit() else default


def from_int(value: str | None, default: int | None = None) -> int | None:
    if value is None or not value.strip():
        return default
    return int(value)


def from_float(value: str | None, default: float | None = None) -> float | None:
    if value is None or not value.strip():
        return default
    return float(value)


class TextInt(int):
    """An integer that the predecessor SDK returned as text (ports, upgrade domains, …).

    It is an `int`: arithmetic gives plain ints, it hashes and sorts as the number, JSON
    writes it as a number, `repr` and `str` are the digits.  It also equals its decimal text,
    from either side (`port == '22'`, `'22' == port`), and joins text with `+`
    (`'port ' + port`), as the predecessor's strings did.  No `__dict__`: `vars()` walkers
    take it as a value.
    """

    __slots__ = ()

    def __eq__(self, other: object) -> bool:
        if isinstance(other, str):
            return int.__repr__(self) == other
        return int.__eq__(self, other)

    def __ne__(self, other: object) -> bool:
        if isinstance(other, str):
            return int.__repr__(self) != other
        return int.__ne__(self, other)

    __hash__ = int.__hash__

    @overload  # type: ignore[override]  # text joins text, as the predecessor's str did
    def __add__(self, other: str) -> str: ...

    @overload
    def __add__(self, other: int) -> int: ...

    def __add__(self, other: Any) -> Any:
        if isinstance(other, str):
            return int.__repr__(self) + other
        return int.__add__(self, other)

    @overload
    def __radd__(self, other: str) -> str: ...

    @overload
    def __radd__(self, other: int) -> int: ...

    def __radd__(self, other: Any) -> Any:
        if isinstance(other, str):
            return other + int.__repr__(self)
        return int.__radd__(self, other)


def from_text_int(value: str | None, default: int | None = None) -> int | None:
    """Integer text -> `TextInt` (an int that also equals its text); absent -> `default`."""
    if value is None or not value.strip():
        return default
    return TextInt(value)


@lru_cache(maxsize=2048)
def _iso_datetime(text: str) -> datetime | None:
    """The aware datetime of an ISO 8601 text (UTC when it names no offset), or None."""
    try:
        value = datetime.fromisoformat(text)
    except ValueError:
        return None
    return value.replace(tzinfo=timezone.utc) if value.tzinfo is None else value


class Timestamp(str):
    """An Azure timestamp: the text the service sent, which also answers as a `datetime`.

    It is a `str`, so results dump with `json.dumps(vars(obj))` and compare as text, as
    they did with the predecessor SDK; `.datetime` is the aware `datetime` (None when the
    text is not ISO 8601, or empty: an absent timestamp reads as `Timestamp('')`), and
    `datetime` attributes not shadowed by `str` (`year`, `tzinfo`, `isoformat()`,
    `timestamp()`, …) are answered from it.  Compared with a `datetime` it compares as that
    `datetime`.  It has no `__dict__` (the datetime is computed on demand, through a small
    cache keyed by the text), so `vars()` walkers take it as a value.
    """

    __slots__ = ()

    @property
    def datetime(self) -> datetime | None:
        return _iso_datetime(str.__str__(self)) if self else None

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__"):
            raise AttributeError(name)
        value = self.datetime
        if value is None:
            raise AttributeError(f"{self!r} is not an ISO 8601 timestamp (no {name!r})")
        return getattr(value, name)

    def replace(self, *args: Any, **kwargs: Any) -> Any:
        """`str.replace(old, new[, count])`; with keywords only, `datetime.replace`."""
        if kwargs and not args:
            return getattr(self, "datetime").replace(**kwargs)
        return str.replace(self, *args, **kwargs)

    def __add__(self, other: Any) -> Any:
        if isinstance(other, timedelta):
            return getattr(self, "datetime") + other
        return str.__add__(self, other)

    def __sub__(self, other: Any) -> Any:
        return getattr(self, "datetime") - other

    def __rsub__(self, other: Any) -> Any:
        return other - getattr(self, "datetime")

    def _other(self, other: object) -> tuple[Any, Any]:
        if isinstance(other, datetime):
            return self.datetime, other
        return str(self), other

    def __eq__(self, other: object) -> bool:
        a, b = self._other(other)
        return bool(a == b)

    def __ne__(self, other: object) -> bool:
        return not self == other

    def __lt__(self, other: Any) -> bool:
        a, b = self._other(other)
        return bool(a < b)

    def __le__(self, other: Any) -> bool:
        a, b = self._other(other)
        return bool(a <= b)

    def __gt__(self, other: Any) -> bool:
        a, b = self._other(other)
        return bool(a > b)

    def __ge__(self, other: Any) -> bool:
        a, b = self._other(other)
        return bool(a >= b)

    __hash__ = str.__hash__


#: What an absent timestamp reads as where the predecessor read '' (falsy, equal to '',
#: sorts before every date; never sent).
EMPTY_TIMESTAMP = Timestamp("")


def from_datetime(value: str | None, default: Timestamp | None = None) -> Timestamp | None:
    """Azure datetimes (`2015-07-02T16:45:20.9231648Z`) -> `Timestamp` (text + datetime);
    absent or empty text -> `default`."""
    if value is None or not value.strip():
        return default
    return Timestamp(value)


def dt(value: datetime | str) -> str:
    """`datetime` -> the ISO 8601 form Azure accepts (UTC, `Z`)."""
    if isinstance(value, str):
        return text(value)
    if value.tzinfo is not None:
        value = value.astimezone(timezone.utc).replace(tzinfo=None)
    return value.isoformat() + "Z"


def _as_int(value: int | str | None, name: str = "value") -> int | None:
    """Model converter of integer fields: ints, and integer strings (`'80'`)."""
    if value is None or (type(value) is int):
        return value
    if isinstance(value, str):
        try:
            return int(value.strip())
        except ValueError:
            pass
    elif isinstance(value, int) and not isinstance(value, bool):
        return int(value)
    raise ValueError(f"{name}: expected an integer, got {value!r}")


def _as_text_int(value: int | str | None, name: str = "value") -> int | None:
    """Model converter of the integer fields the predecessor held as text (ports, …): as
    `_as_int`, giving a `TextInt`, so `endpoint.port == '80'` holds however it was set."""
    if value is None or type(value) is TextInt:
        return value
    number = _as_int(value, name)
    return None if number is None else TextInt(number)


def _as_bool(value: bool | str | None, name: str = "value") -> bool | None:
    """Model converter of boolean fields: bools, and `'true'`/`'false'` in any case."""
    if value is None or value is True or value is False:
        return value
    if isinstance(value, str) and value.strip().lower() in ("true", "false"):
        return value.strip().lower() == "true"
    raise ValueError(f"{name}: expected a boolean, got {value!r}")


_NAMED_CONVERTERS: tuple[Callable[[Any, str], Any], ...] = (_as_int, _as_text_int, _as_bool)


def _name_converters(cls: type, fields: list[Attribute[Any]]) -> list[Attribute[Any]]:
    """attrs `field_transformer` of the models: an `_as_int` / `_as_bool` converter learns
    the name of its field (`Shape.attr`) for its error messages.  The models name the plain
    functions, so that type checkers see what each constructor argument accepts."""
    named = []
    for f in fields:
        convert: object = f.converter    # attrs types it as a Converter; ours are functions
        if convert in _NAMED_CONVERTERS:
            f = f.evolve(converter=_naming(convert, f"{cls.__name__}.{f.name}"))
        named.append(f)
    return named


def _naming(convert: Any, name: str) -> Callable[[Any], Any]:
    def converter(value: Any) -> Any:
        return convert(value, name)
    return converter


def _prefilled(items: list[Any]) -> Any:
    """Mark a model's pre-filled default list: while it stays empty it is not sent
    (py:omit-empty); an empty list the caller set is sent as given."""
    items._prefilled = True  # type: ignore[attr-defined]  # our mark
    return items


def unknown_text(elements: list[Element]) -> list[str]:
    """Child elements the spec does not know, kept as their XML text: plain strings survive
    `json.dumps(vars(obj), default=vars)` and `vars()` walkers (an Element would not)."""
    return [tostring(e, encoding="unicode") for e in elements]


def number(value: int | float) -> str:
    if isinstance(value, bool) or not isinstance(value, (int, float)):
        raise ValueError(f"expected a number, got {value!r}")
    return str(value)


# What a parser may raise on a body it cannot take, besides ParseError: a body past what
# expat counts (OverflowError), nesting past what a tree walk allows (RecursionError), or
# more than memory holds.  Each becomes AzureMalformedResponseError, never a bare error.
PARSER_FAILURES = (ParseError, OverflowError, RecursionError, MemoryError)


def unparseable(exc: BaseException, body: bytes, status: int,
                request_id: str | None) -> AzureMalformedResponseError:
    """The typed error of a response body the parser refused with `exc`."""
    if isinstance(exc, ParseError):
        if not body.strip():    # checked only here: the common answer pays nothing for it
            return AzureMalformedResponseError(status, None, "empty body where the API "
                                               "returns XML", request_id, body)
        return AzureMalformedResponseError(status, None, f"response is not valid XML ({exc})",
                                           request_id, body)
    return AzureMalformedResponseError(
        status, None, f"response of {len(body)} bytes could not be parsed "
        f"({type(exc).__name__}{': ' + str(exc) if str(exc) else ''})", request_id, body)


def parse_document(body: bytes, status: int, request_id: str | None) -> Element:
    """Parse a response body, turning anything that is not XML, or that the parser cannot
    hold, into a typed error."""
    try:
        return fromstring(body)
    except PARSER_FAILURES as exc:
        raise unparseable(exc, body, status, request_id) from None


def expect_root(root: Element, tag: str, status: int, request_id: str | None, body: bytes) -> None:
    """`tag` is qualified (`{namespace}Name`), or a bare name for documents in no namespace.

    A document whose root is `Name` without a namespace (hand-written fixtures and mocks
    often leave out `xmlns`) is accepted: see `adopt_namespace`."""
    if root.tag != tag and not adopt_namespace(root, tag):
        raise AzureMalformedResponseError(
            status, None, f"expected a <{tag}> document, got <{root.tag}>", request_id, body)


def adopt_namespace(root: Element, tag: str) -> bool:
    """When `root` is the unqualified local name of the qualified `tag`, move every element
    of the tree that has no namespace into `tag`'s (in place) and return True.  Elements
    (and all attributes) already in a namespace are left alone.  Called only when the root's
    tag did not match, so documents that carry their namespace pay nothing."""
    ns, sep, local = tag[1:].partition("}")
    if not tag.startswith("{") or not sep or root.tag != local:
        return False
    log.debug("<%s> document without its namespace: reading it as %s", local, ns)
    prefix = "{" + ns + "}"
    for el in root.iter():
        if isinstance(el.tag, str) and not el.tag.startswith("{"):   # not comments / PIs
            el.tag = prefix + el.tag
    return True


def _repr_hiding(obj: Any, hidden: dict[str, tuple[str, str]]) -> str:
    """`repr()` of a generated model as attrs writes it, except that an attribute of
    `hidden` shows as `<hidden>` while the attribute it names holds the value it names, in
    any case (`{'value': ('type', 'Private')}`: a private extension value; the spec's
    py:secret-when)."""
    import attrs

    parts = []
    for a in attrs.fields(type(obj)):
        if not a.repr:
            continue
        value = getattr(obj, a.name)
        rule = hidden.get(a.name)
        if rule is not None and value is not None and \
                str(getattr(obj, rule[0], None) or "").lower() == rule[1].lower():
            parts.append(f"{a.name}=<hidden>")
        else:
            parts.append(f"{a.name}={value!r}")
    return f"{type(obj).__qualname__}({', '.join(parts)})"
