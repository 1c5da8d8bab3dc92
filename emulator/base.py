"""What the request pipeline (`app.App`) and the operation handlers share: the call and
reply types, Azure's error answers, the handler registry and a few small helpers.

A handler takes a `Call` (path/query parameters, the parsed request body as a generated
model, the state) and returns the response value (a model, or a list for list shapes),
`None`, or a `Reply`; it raises `ApiError` for Azure's error answers.  Handlers register
themselves with `@handles(operation name, ...)` in `HANDLERS`; the area modules
(`app.HANDLER_MODULES`, one per `spec/operations/*.toml` file) import this module, never
`app`, so the pipeline and the handlers do not import each other.
"""

from __future__ import annotations

import datetime
import hashlib
import re
from typing import TYPE_CHECKING, Any, Callable, NamedTuple

if TYPE_CHECKING:
    from .app import App

NS = "http://schemas.microsoft.com/windowsazure"
ERROR_ATTRS = f' xmlns="{NS}" xmlns:i="http://www.w3.org/2001/XMLSchema-instance"'
SERIALIZATION_NS = "http://schemas.microsoft.com/2003/10/Serialization/"


class ApiError(Exception):
    """An Azure `<Error>` answer: HTTP status, Azure code, message."""

    def __init__(self, status: int, code: str, message: str, body: bytes | None = None) -> None:
        super().__init__(f"{status} {code}: {message}")
        self.status, self.code, self.message = status, code, message
        self.body = body            # an answer in another format than <Error> (Service Bus)


def serialization_error(status: int, message: str) -> ApiError:
    """Service Bus management's error answer: a .NET-serialised string, no code."""
    from asm_sdk_runtime.xml import text
    return ApiError(status, "", message, (f'<string xmlns="{SERIALIZATION_NS}">'
                                          f'{text(_xml_safe(message))}'
                                          "</string>").encode("utf-8"))


class OperationFailure(ApiError):
    """Raised by an asynchronous handler: the call is accepted (202) and the operation
    ends `Failed` with this error."""


def not_found(message: str) -> ApiError:
    return ApiError(404, "ResourceNotFound", message)


def conflict(message: str) -> ApiError:
    return ApiError(409, "ConflictError", message)


def bad_request(message: str) -> ApiError:
    return ApiError(400, "BadRequest", message)


def error_xml(code: str, message: str) -> bytes:
    """Azure's `<Error>` document.  Characters XML 1.0 cannot carry (a NUL a client put in
    a name, say) are written as `\\x00`-style escapes: the answer must always be one."""
    from asm_sdk_runtime.xml import text
    return (f"<Error{ERROR_ATTRS}><Code>{text(_xml_safe(code))}</Code>"
            f"<Message>{text(_xml_safe(message))}</Message></Error>").encode("utf-8")


# What XML 1.0 cannot carry, even as a character reference.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff\ud800-\udfff]")


def _xml_safe(value: str) -> str:
    return _NOT_XML.sub(lambda m: f"\\x{ord(m.group()):02x}" if ord(m.group()) < 0x100
                        else f"\\u{ord(m.group()):04x}", value)


class Call:
    """One matched request, as the handlers see it."""

    # Plain classes here and in the pipeline: `dataclasses` (with `inspect`) was a tenth of
    # the endpoint's start-up imports.
    __slots__ = ("app", "op", "path", "query", "body", "request_id", "headers")

    def __init__(self, app: "App", op: Any, path: dict[str, str], query: dict[str, str],
                 body: Any, request_id: str, headers: dict[str, str] | None = None) -> None:
        self.app, self.op, self.path, self.query = app, op, path, query
        self.body, self.request_id = body, request_id
        self.headers = headers if headers is not None else {}

    def __repr__(self) -> str:
        return f"Call({self.op.name}, path={self.path}, request_id={self.request_id})"

    @property
    def store(self):
        return self.app.store

    @property
    def m(self):
        return self.app.models

    def arg(self, name: str, default: Any = None) -> Any:
        """A parameter of the operation: from the path, or from the query (by the name the
        spec maps it to)."""
        if name in self.path:
            return self.path[name]
        for q in self.op.query:
            qname, pname = q[0], q[1]
            if pname == name:
                return self.query.get(qname.lower(), default)
        return default

    def flag(self, name: str) -> bool:
        return str(self.arg(name, "false")).lower() == "true"


class Reply(NamedTuple):
    status: int
    value: Any = None
    type_name: str | None = None     # body shape when the spec's operation has no response type
    raw: bytes | None = None         # a body outside the spec's shapes, sent as is
    content_type: str | None = None  # of `raw` (default: XML)


# --- the handler registry -----------------------------------------------------------------

HANDLERS: dict[str, Callable[[Call], Any]] = {}


def handles(*names: str):
    """Register the decorated function as the handler of the named operations."""
    def register(fn):
        for name in names:
            HANDLERS[name] = fn
        return fn
    return register


# --- small helpers ------------------------------------------------------------------------

def now() -> datetime.datetime:
    return datetime.datetime.now(datetime.timezone.utc).replace(microsecond=0)


def mgmt_url(call: Call, *parts: str) -> str:
    """The management URL of a resource on this endpoint (as it runs now)."""
    return "https://" + call.app.host + "/" + "/".join([call.app.subscription_id, *parts])


def name_key(name: str) -> str:
    """The store key of a named resource (Azure names are case-insensitive)."""
    return name.lower()


def fake_ip(seed_text: str, prefix: str) -> str:
    """A stable, plausible IPv4 address under `prefix` for `seed_text`."""
    h = hashlib.sha256(seed_text.encode()).digest()
    return f"{prefix}.{h[0]}.{h[1]}.{max(h[2], 4)}"
