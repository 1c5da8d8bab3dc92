"""The I/O-free core every call of both clients goes through, written once.

An operation of the spec is a record, `Operation` (generated per area, one module-level
constant per operation: verb, path template, x-ms-version, idempotency, format, request
body writer, response reader and root, whether it answers its request id).  `call(ctx, op,
args)` turns a record and the method's arguments into a generator of effects
(runtime.effects): it builds the request, yields `Send` for each attempt, decides retries,
redirects and the renewal of a refused token, yields `Sleep` between attempts, reads the
answer and maps errors.  A driver (runtime.sync for the sync client, runtime.aio for the
async one) carries out the effects and sends the results back; it decides nothing.
Polling and waiters (runtime.polling) are generators of the same effects.

No sockets, no sleeping, no threads here: the clock is read (deadlines), nothing more.

What may be repeated is decided here, in one place:
- a request that never reached the server (connection refused, connect timeout, lost in
  the TLS handshake) is tried again whatever its method;
- a request that may have reached it is tried again only when it is idempotent (GET/HEAD,
  or an operation the spec marks idempotent), on connection loss, read timeouts and
  408/429/500/502/503/504, honouring `Retry-After`;
- a POST that may have been seen is never sent again;
- 307/308 redirects are followed to the same https host and port only.

Deadlines: a call ends by its deadline, the client's `call_timeout` from its start (or
sooner, when a wait gives a poll only what is left of its own timeout).  The deadline rides
on the `Request`: a transport shortens each attempt's timeouts to it and checks the clock
while reading the answer; here, no attempt starts and no retry is waited for past it.  A
call out of time raises `AzureTimeoutError`.
"""

from __future__ import annotations

import json
import logging
import time
from collections.abc import Generator, Mapping
from datetime import date, datetime
from typing import TYPE_CHECKING, Any, Callable, Generic, TypeVar
from urllib.parse import quote, urljoin, urlsplit
from xml.etree.ElementTree import fromstring

from .effects import Request, Send, Sleep, Token, TransportFailure
from .errors import AzureConnectionError, AzureHttpError, AzureMalformedResponseError, \
    AzureTimeoutError, http_error
from .xml import NS, PARSER_FAILURES, adopt_namespace, expect_root, parse_document, \
    unparseable

if TYPE_CHECKING:
    from xml.etree.ElementTree import Element

    from .transport import Response

__all__ = ["AsynchronousOperationResult", "Context", "Operation", "RetryPolicy", "any_given",
           "call", "exchange", "raw"]

log = logging.getLogger("asm_sdk_runtime")

_T = TypeVar("_T")
_ERROR_TAG = f"{{{NS}}}Error"
_ATOM = "{http://www.w3.org/2005/Atom}"
_ATOM_OPEN = '<entry xmlns="http://www.w3.org/2005/Atom"><content type="application/xml">'
_ATOM_CLOSE = "</content></entry>"
XML_TYPE = "application/xml; charset=utf-8"
_ATOM_TYPE = "application/atom+xml;type=entry;charset=utf-8"
_JSON_TYPE = "application/json"
_SAFE = frozenset({"GET", "HEAD"})
MAX_REDIRECTS = 5


class AsynchronousOperationResult:
    """What an operation without a response body returns.

    `request_id` identifies the call to Azure; for asynchronous operations pass it to
    `get_operation_status` or `wait_for_operation_status`.  (A plain class: importing
    attrs here would cost every `import generated` ~10 ms.)
    """

    def __init__(self, request_id: str | None = None, status_code: int | None = None) -> None:
        self.request_id = request_id
        self.status_code = status_code

    def __repr__(self) -> str:
        return f"AsynchronousOperationResult(request_id={self.request_id!r}, " \
               f"status_code={self.status_code!r})"

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, AsynchronousOperationResult):
            return NotImplemented
        return (self.request_id, self.status_code) == (other.request_id, other.status_code)


class RetryPolicy:
    """How hard to try.  `RetryPolicy(max_attempts=1)` (or `retry=None` on the client)
    switches retries off.  Immutable; compares and hashes by value.

    max_attempts: attempts in all, the first included.
    backoff: first delay in seconds, doubled each attempt, with full jitter.
    max_backoff: the longest delay between two attempts.
    deadline: seconds across all attempts; no attempt starts after it.
    statuses: HTTP statuses that are retried (for idempotent requests).

    (A plain class, not a dataclass: `dataclasses` imports `inspect`, which would cost
    every `import generated` several milliseconds.)
    """

    __slots__ = ("max_attempts", "backoff", "max_backoff", "deadline", "statuses")
    max_attempts: int
    backoff: float
    max_backoff: float
    deadline: float
    statuses: frozenset[int]

    def __init__(self, max_attempts: int = 4, backoff: float = 0.5, max_backoff: float = 10.0,
                 deadline: float = 120.0,
                 statuses: frozenset[int] = frozenset({408, 429, 500, 502, 503, 504})) -> None:
        for name, value in zip(self.__slots__, (max_attempts, backoff, max_backoff, deadline,
                                                frozenset(statuses))):
            object.__setattr__(self, name, value)

    def _values(self) -> tuple[object, ...]:
        return tuple(getattr(self, name) for name in self.__slots__)

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"RetryPolicy is immutable: build a new one to change {name}")

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, RetryPolicy):
            return NotImplemented
        return self._values() == other._values()

    def __hash__(self) -> int:
        return hash(self._values())

    def __repr__(self) -> str:
        args = ", ".join(f"{n}={v!r}" for n, v in zip(self.__slots__, self._values()))
        return f"RetryPolicy({args})"


NO_RETRY = RetryPolicy(max_attempts=1)


class Operation(Generic[_T]):
    """One operation of the spec, as data; `_T` is what a call of it returns.

    `path` is the URI template (`{name}` for a parameter, `{subscription_id}` for the
    client's subscription), `params` the method's parameter names in order (the first
    `required` of them may not be None), `query` the query parameters as
    `(query name, parameter, fixed value)` (a fixed value is sent when the parameter is
    true, the parameter's own value otherwise; None sends nothing), `body` the request
    writer (called with the method's arguments: the XML text, or for `format="json"` the
    value to encode), `reader` and `root` what the answer is read with and the qualified
    tag its document must have.  `x_ms_version` None: the client's own version.
    `envelope="atom"` wraps the body in an Atom entry and unwraps entries and feeds
    (`feed`: the answer is a list even when one entry comes; `atom_title`: the attribute
    an entry's title fills); `format` "xml", "json" or "text" (the body as a string);
    `returns_request_id`: the call answers its request id (an
    `AsynchronousOperationResult`), not a body.
    """

    __slots__ = ("name", "method", "path", "params", "x_ms_version", "required", "query",
                 "idempotent", "body", "reader", "root", "format", "envelope", "feed",
                 "atom_title", "returns_request_id", "_parts")

    def __init__(self, name: str, method: str, path: str, params: tuple[str, ...],
                 x_ms_version: str | None, *, required: int = 0,
                 query: tuple[tuple[str, str, str | None], ...] = (),
                 idempotent: bool = False, body: Callable[..., Any] | None = None,
                 reader: Callable[[Element], Any] | None = None, root: str | None = None,
                 format: str = "xml", envelope: str | None = None, feed: bool = False,
                 atom_title: str | None = None, returns_request_id: bool = False) -> None:
        self.name = name
        self.method = method
        self.path = path
        self.params = params
        self.x_ms_version = x_ms_version
        self.required = required
        self.query = query
        self.idempotent = idempotent or method in _SAFE
        self.body = body
        self.reader = reader
        self.root = root
        self.format = format
        self.envelope = envelope
        self.feed = feed
        self.atom_title = atom_title
        self.returns_request_id = returns_request_id
        self._parts: tuple[str, tuple[int | None, ...],
                           tuple[tuple[str, int, str | None], ...]] | None = None

    def __repr__(self) -> str:
        return f"Operation({self.name}: {self.method} {self.path})"

    def _compile(self) -> tuple[str, tuple[int | None, ...],
                                tuple[tuple[str, int, str | None], ...]]:
        """The path template as a format string and where each of its values comes from
        (a parameter's position; None: the subscription), and the query with parameter
        positions; done on first use."""
        import re

        sources: list[int | None] = []

        def hole(match: re.Match[str]) -> str:
            name = match.group(1)
            sources.append(None if name == "subscription_id" else self.params.index(name))
            return "{}"

        template = re.sub(r"\{(\w+)\}", hole, self.path.replace("{{", "{{{{").replace(
            "}}", "}}}}"))
        query = tuple((name, self.params.index(param), value)
                      for name, param, value in self.query)
        self._parts = (template, tuple(sources), query)
        return self._parts


class Context:
    """What the core needs of one client: where requests go (for redirect decisions and
    messages), the percent-encoded subscription, the headers every request carries, the
    client's x-ms-version, the retry policy, how it authenticates (`auth`: None for a
    client certificate, "token" for a credential's renewable tokens, "header" for a
    request_session's fixed Authorization header), and the most seconds a call may take
    (`call_timeout`, None: no bound of its own)."""

    __slots__ = ("host", "port", "sub", "headers", "x_ms_version", "retry", "auth",
                 "call_timeout")

    def __init__(self, host: str, port: int, sub: str, headers: Mapping[str, str],
                 x_ms_version: str, retry: RetryPolicy | None, auth: str | None,
                 call_timeout: float | None = None) -> None:
        self.host = host
        self.port = port
        self.sub = sub
        self.headers = dict(headers)
        self.x_ms_version = x_ms_version
        self.retry = retry or NO_RETRY
        self.auth = auth
        self.call_timeout = call_timeout


# --- values in URIs and bodies ---------------------------------------------------------

_UNRESERVED = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_.~")


def path_value(value: Any, name: str) -> str:
    """Percent-encode one URI path segment; `/`, `?`, `#`, spaces and dot segments cannot
    change the path."""
    if value is None:
        raise ValueError(f"{name} is required (got None)")
    if isinstance(value, bool):
        value = "true" if value else "false"
    segment = str(value)
    if not segment:  # an empty segment would address the parent collection instead
        raise ValueError(f"{name} must not be empty")
    if segment in (".", ".."):  # dot segments would be resolved away by URL normalisation
        return segment.replace(".", "%2E")
    if _UNRESERVED.issuperset(segment):
        return segment
    return quote(segment, safe="")


def query_value(value: Any) -> str:
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (list, tuple)):  # several values: comma-separated
        return ",".join(quote(str(v), safe="") for v in value)
    return quote(str(value), safe="")


def json_value(value: Any) -> Any:
    """`json.dumps` hook: `datetime` and `date` (anywhere in a JSON body) as ISO 8601, the
    predecessor's `isoformat()` form: a naive datetime stays without offset, microseconds
    when it has them (`2016-05-01T10:00:00.250000`), an aware one with its offset."""
    if isinstance(value, (datetime, date)):
        return value.isoformat()
    raise TypeError(f"{type(value).__name__} value {value!r} cannot be sent as JSON")


def any_given(*values: Any) -> bool:
    """True when at least one optional argument of a nested body part was passed (request
    writers of generated operations)."""
    return any(v is not None for v in values)


# --- one operation ------------------------------------------------------------------------

def build(ctx: Context, op: Operation[Any], args: tuple[Any, ...]
          ) -> tuple[str, bytes | None, str]:
    """(target, body, content type) of a call of `op` with the method's `args`; raises
    ValueError before anything is sent for a required argument that is None."""
    params = op.params
    for i in range(op.required):
        if args[i] is None:
            raise ValueError(f"{params[i]} is required (got None)")
    template, sources, query = op._parts or op._compile()
    target = template.format(*[ctx.sub if i is None else path_value(args[i], params[i])
                               for i in sources])
    if query:
        parts = []
        for name, i, fixed in query:
            value = args[i]
            if fixed is not None:
                value = fixed if value else None
            if value is not None:
                parts.append(f"{name}={query_value(value)}")
        if parts:
            target += ("&" if "?" in target else "?") + "&".join(parts)
    if op.body is None:
        return target, None, XML_TYPE
    body = op.body(*args)
    if body is None:
        return target, None, XML_TYPE
    if op.format == "json":
        return target, json.dumps(body, default=json_value).encode("utf-8"), _JSON_TYPE
    if op.envelope == "atom":
        return target, (_ATOM_OPEN + body + _ATOM_CLOSE).encode("utf-8"), _ATOM_TYPE
    return target, body.encode("utf-8"), XML_TYPE


def call(ctx: Context, op: Operation[_T], args: tuple[Any, ...],
         deadline: float | None = None) -> Generator[Any, Any, _T]:
    """A call of `op`: the request, its sending (retries, redirects, tokens) and its
    result (or typed error); `deadline` (`time.monotonic()`), when sooner than the
    client's `call_timeout`, ends it."""
    target, body, content_type = build(ctx, op, args)
    resp = yield from exchange(ctx, op.method, target, op.x_ms_version or ctx.x_ms_version,
                               body, content_type, op.idempotent, deadline)
    result: _T = read(op, answered(resp, op.method, target))
    return result


def raw(ctx: Context, method: str, path: str, x_ms_version: str | None,
        body: str | bytes | None) -> Generator[Any, Any, Response]:
    """`perform_get/put/post/delete`: `path` sent as given, the answer unparsed."""
    data = body.encode("utf-8") if isinstance(body, str) else body
    resp: Response = yield from exchange(ctx, method, path, x_ms_version or ctx.x_ms_version,
                                         data, XML_TYPE, method in _SAFE)
    return answered(resp, method, path)


def read(op: Operation[Any], resp: Response) -> Any:
    """The result of `op` from its successful answer: parsed, the request id, None, text or
    JSON."""
    fmt = op.format
    if fmt == "text":
        return resp.data.decode("utf-8")
    if fmt == "json" and not op.returns_request_id:
        if not resp.data.strip():
            return None
        try:
            return json.loads(resp.data)
        except ValueError as exc:
            raise AzureMalformedResponseError(resp.status, None, f"invalid JSON: {exc}",
                                              resp.request_id, resp.data) from None
    reader = op.reader
    if reader is None or fmt == "json":
        # As the predecessor: an asynchronous call answers its request id (to wait on), a
        # synchronous one without a response body answers None.
        if op.returns_request_id:
            return AsynchronousOperationResult(resp.request_id, resp.status)
        return None
    try:
        doc = fromstring(resp.data)
    except PARSER_FAILURES as exc:      # never a bare parser error
        raise unparseable(exc, resp.data, resp.status, resp.request_id) from None
    root = op.root or ""
    try:
        if op.envelope == "atom":
            return _read_atom(doc, reader, root, op.atom_title, resp, op.feed)
        if doc.tag != root:
            expect_root(doc, root, resp.status, resp.request_id, resp.data)
        return reader(doc)
    except (ValueError, TypeError) as exc:  # e.g. <HttpStatusCode>abc</HttpStatusCode>
        raise AzureMalformedResponseError(
            resp.status, None, f"unexpected value in <{root}> response: {exc}",
            resp.request_id, resp.data) from None


def _read_atom(doc: Element, reader: Callable[[Element], Any], root: str,
               title_attr: str | None, resp: Response, feed: bool = False) -> Any:
    """An Atom entry -> the parsed content; an Atom feed -> a list of them (`feed`: a list
    also for a lone entry)."""
    def one(entry: Element) -> Any:
        content = entry.find(f"{_ATOM}content")
        if content is None or not len(content):
            raise AzureMalformedResponseError(resp.status, None, "Atom entry without content",
                                              resp.request_id, resp.data)
        expect_root(content[0], root, resp.status, resp.request_id, resp.data)
        obj = reader(content[0])
        if title_attr:
            title = entry.findtext(f"{_ATOM}title")
            if title and not getattr(obj, title_attr, None):
                setattr(obj, title_attr, title)
        return obj

    if doc.tag == f"{_ATOM}feed":
        return [one(entry) for entry in doc.findall(f"{_ATOM}entry")]
    if doc.tag == f"{_ATOM}entry":
        return [one(doc)] if feed else one(doc)
    raise AzureMalformedResponseError(resp.status, None,
                                      f"expected an Atom entry or feed, got <{doc.tag}>",
                                      resp.request_id, resp.data)


def error(resp: Response) -> AzureHttpError:
    """The typed error of an HTTP error answer: Azure's `<Error>` code and message when it
    sent one (or Service Bus's `<string>`), else the status and the first bytes."""
    code: str | None = None
    message: str | None = None
    try:
        doc = parse_document(resp.data, resp.status, resp.request_id)
    except Exception:
        doc = None
    if doc is not None and (doc.tag == _ERROR_TAG or adopt_namespace(doc, _ERROR_TAG)):
        code = doc.findtext(f"{{{NS}}}Code")
        message = doc.findtext(f"{{{NS}}}Message")
    elif doc is not None and doc.tag.endswith("}string") and not len(doc):
        message = doc.text  # Service Bus: <string xmlns="…/Serialization/">text</string>
    return http_error(resp.status, code, message, resp.request_id, resp.data)


# --- one request: headers, authorization, retries, redirects -----------------------------

def exchange(ctx: Context, method: str, target: str, x_ms_version: str,
             body: bytes | None, content_type: str, idempotent: bool,
             deadline: float | None = None) -> Generator[Any, Any, Response]:
    """The sending of one logical request, to `yield from`: its last answer, whatever the
    status (`answered` then checks it).  A plain function returning the sender: one
    generator fewer per call on the path every call takes.  The request's deadline is
    `call_timeout` from now, or `deadline` when sooner."""
    headers = {**ctx.headers, "x-ms-version": x_ms_version}
    if body is not None:
        headers["Content-Type"] = content_type
    if ctx.call_timeout is not None:
        own = time.monotonic() + ctx.call_timeout
        deadline = own if deadline is None else min(deadline, own)
    request = Request(method, target, headers, body, deadline)
    if ctx.auth is None:
        return send(ctx, request, idempotent)
    return send_authorized(ctx, request, idempotent)


def answered(resp: Response, method: str, target: str) -> Response:
    """`resp` when its status is a success; an HTTP error status raises its typed error."""
    if log.isEnabledFor(logging.DEBUG):
        log.debug("%s %s -> %s x-ms-request-id=%s", method, target, resp.status,
                  resp.request_id)
    if resp.status >= 300:
        raise error(resp)
    return resp


def may_resend(ctx: Context, idempotent: bool) -> bool:
    """Whether a request the server has seen may be sent again: the rule `send` applies to
    its own retries (an idempotent request, and retries not switched off)."""
    return idempotent and ctx.retry.max_attempts > 1


def send(ctx: Context, request: Request, idempotent: bool) -> Generator[Any, Any, Response]:
    """Send `request` with the retries and redirects the policy allows: the last answer
    (any status), or AzureConnectionError when none came."""
    policy = ctx.retry
    start = time.monotonic()
    attempt = redirects = 0
    deadline = request.deadline
    failure: TransportFailure | None = None
    while True:
        attempt += 1
        delay: float | None = None
        if deadline is not None and time.monotonic() >= deadline:
            raise _out_of_time(ctx, request, attempt - 1, failure)
        try:
            resp: Response = yield Send(request)
        except TransportFailure as exc:
            if exc.expired:
                raise AzureTimeoutError(exc.reason) from None
            if exc.final:   # certificate refused, proxy refused: the same again
                raise AzureConnectionError(exc.reason) from None
            log.debug("%s %s failed: %s", request.method, request.target, exc.reason)
            failure = exc
            # Nothing reached the server: safe to try again for any method.
            may_retry = idempotent or not exc.sent
        else:
            if resp.status in (307, 308):
                target = _redirect_target(ctx, resp, request.target, redirects)
                request = Request(request.method, target, request.headers, request.body,
                                  deadline)
                redirects += 1
                attempt -= 1
                continue
            if not (idempotent and resp.status in policy.statuses):
                return resp
            failure, may_retry = None, True
            delay = _retry_after(resp.headers.get("retry-after"))
        elapsed = time.monotonic() - start
        if delay is None:
            import random   # here, on the retry path: not a cost of `import generated`
            delay = random.uniform(0, min(policy.max_backoff,
                                          policy.backoff * 2 ** (attempt - 1)))
        if not may_retry or attempt >= policy.max_attempts or elapsed + delay > policy.deadline:
            if failure is None:
                return resp
            raise AzureConnectionError(
                f"{request.method} {ctx.host}:{ctx.port}{request.target.split('?')[0]} "
                f"failed after {attempt} attempt(s): {failure.reason}") from None
        if deadline is not None and time.monotonic() + delay >= deadline:
            if failure is None:     # no time to wait for another answer: this one
                return resp
            raise _out_of_time(ctx, request, attempt, failure)
        log.info("retrying %s %s in %.2f s (attempt %d)", request.method, request.target,
                 delay, attempt + 1)
        yield Sleep(delay)


def _out_of_time(ctx: Context, request: Request, attempts: int,
                 failure: TransportFailure | None) -> AzureTimeoutError:
    """The error of a call whose deadline leaves no time for (another) attempt."""
    text = (f"{request.method} {ctx.host}:{ctx.port}{request.target.split('?')[0]}: the "
            f"call's deadline passed after {attempts} attempt(s)")
    return AzureTimeoutError(text + (f"; the last failed: {failure.reason}" if failure else ""))


def send_authorized(ctx: Context, request: Request, idempotent: bool
                    ) -> Generator[Any, Any, Response]:
    """`send` with an Authorization header.  A refused bearer token (401 with a Bearer
    challenge) is dropped, and the request sent once more with a new one where a resend is
    allowed anyway; otherwise the refusal raises, saying why it was not."""
    from .credentials import NOT_RENEWABLE, RESEND, challenge, challenge_action

    headers = dict(request.headers)
    sent = headers["Authorization"] = yield Token()
    resp = yield from send(ctx, Request(request.method, request.target, headers, request.body,
                                        request.deadline), idempotent)
    action = challenge_action(resp.status, resp.headers, ctx.auth == "token",
                              may_resend(ctx, idempotent))
    if action is None:
        return resp
    if action == RESEND:
        log.info("%s %s: the access token was refused (401); sending again with a new "
                 "one", request.method, request.target)
        headers = dict(headers)
        sent = headers["Authorization"] = yield Token(rejected=sent)
        resp = yield from send(ctx, Request(request.method, request.target, headers,
                                            request.body, request.deadline), idempotent)
        if challenge(resp.status, resp.headers):    # refused again: raised by the caller
            yield Token(rejected=sent, fetch=False)
        return resp
    yield Token(rejected=sent, fetch=False)
    err = error(resp)
    if action == NOT_RENEWABLE:
        why = ("the request_session's Authorization header was refused, and a fixed "
               "header cannot be renewed: pass credential= (e.g. "
               "azure.identity.DefaultAzureCredential()) for tokens that are refreshed")
    elif request.method == "POST":
        why = ("the access token was refused; the POST was not sent again (a POST is "
               "never repeated): the next call gets a new token")
    else:
        why = (f"the access token was refused; this {request.method} was not sent again ("
               f"{'retries are off' if idempotent else 'it is not idempotent'}): the "
               "next call gets a new token")
    err.args = (f"{err}; {why}",)
    raise err


def _redirect_target(ctx: Context, resp: Response, target: str, redirects: int) -> str:
    location = resp.headers.get("location")
    if not location:
        raise AzureConnectionError(f"HTTP {resp.status} redirect without Location")
    if redirects >= MAX_REDIRECTS:
        raise AzureConnectionError(f"more than {MAX_REDIRECTS} redirects (last to {location})")
    here = f"https://{ctx.host}:{ctx.port}"
    parts = urlsplit(urljoin(here + target, location))  # relative forms resolved here
    if (parts.scheme != "https" or parts.hostname != ctx.host
            or (parts.port or 443) != ctx.port):
        raise AzureConnectionError(f"refusing redirect to {location!r}: only the same "
                                   "https management host is followed")
    new = parts.path or "/"
    path, _, query = target.partition("?")
    if new == path and parts.query == query:
        raise AzureConnectionError(f"redirect loop at {location!r}")
    return new + (f"?{parts.query}" if parts.query else "")


def _retry_after(value: str | None) -> float | None:
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        return None
