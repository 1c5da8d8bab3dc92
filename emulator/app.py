"""The request pipeline of the local endpoint, independent of HTTP and TLS.

Routes come from the same spec as the SDK, compiled at `make generate` into
emulator/_compiled.py (`endpoint_spec.load`): each incoming request is matched to an
operation by method, URI template and literal query parts (and, where several operations
share a URI, by the root element of the body).  Bodies are validated against the
operation's XSD type (emulator/validation.py, the same verdicts as xmlschema on the XSDs),
parsed with the generated readers; responses are built from generated models with the
generated writers.
"""

from __future__ import annotations

import functools
import importlib
import importlib.util
import json
import logging
import re
import threading
import time
import uuid
from collections import OrderedDict
from pathlib import Path
from typing import Any, Callable
from urllib.parse import parse_qsl, unquote, urlsplit
from xml.etree.ElementTree import Element, ParseError, XMLPullParser, fromstring

from . import data, endpoint_spec
from .base import (ApiError, Call, OperationFailure, Reply, bad_request, error_xml,
                   HANDLERS)
from .endpoint_spec import Operation
from .states import StateOptions
from .validation import Invalid

__all__ = ["App", "ApiError", "Call", "OperationFailure", "Reply", "Response",
           "compile_route", "default_spec_dir", "error_xml", "registered_handlers"]

ROOT = Path(__file__).resolve().parent.parent
_XML = "application/xml; charset=utf-8"
_ATOM_XML = "application/atom+xml; type=entry; charset=utf-8"
ATOM_NS = "http://www.w3.org/2005/Atom"


def default_spec_dir() -> Path:
    """The checkout's spec/, or the copy installed with the package (`asm_sdk_spec`): what
    `--spec` can point at (the endpoint itself reads the compiled spec by default)."""
    checkout = ROOT / "spec"
    if (checkout / "operations" / "common.toml").is_file():
        return checkout
    found = importlib.util.find_spec("asm_sdk_spec")
    if found is None or not found.submodule_search_locations:
        return checkout
    return Path(list(found.submodule_search_locations)[0])


# The spec compiled at `make generate` (emulator/_compiled.py); a directory compiles that.
DEFAULT_SPEC: Path | None = None
# Modules whose @handles functions implement operations: one per spec/operations/*.toml
# file (the registry and the types they share are in emulator/base.py).
HANDLER_MODULES = ("common", "affinity_groups", "hosted_services", "networking", "storage",
                   "virtual_machines", "scheduler", "servicebus", "sqldatabase", "website")
DEFAULT_SUBSCRIPTION = "00000000-0000-0000-0000-000000000000"
# x-ms-version values the real service accepts (dates of published API versions).
KNOWN_VERSIONS = frozenset("""
2009-10-01 2010-04-01 2010-10-28 2011-02-25 2011-06-01 2011-08-01 2011-10-01 2011-12-01
2012-03-01 2012-08-01 2012-12-01 2013-03-01 2013-06-01 2013-08-01 2013-10-01 2013-11-01
2014-01-01 2014-02-01 2014-04-01 2014-05-01 2014-06-01 2014-07-01 2014-10-01 2015-02-01
2015-04-01 2015-06-01 2015-10-01 2015-12-01 2016-03-01 2016-06-01 2016-12-01 2017-01-01
""".split())

log = logging.getLogger("asm_sdk_emulator")

# The work one request body may cost (docs/emulator.md, "Bounds"): the largest body the
# SDK sends (a VM deployment with its roles, disks and endpoints) holds a few hundred
# elements, nested about ten deep.
MAX_BODY_ELEMENTS = 20_000
MAX_BODY_DEPTH = 64
# Request ids whose status polls are counted one by one (the oldest is forgotten first).
MAX_COUNTED_STATUS_IDS = 10_000
_FEED = 64 * 1024                   # bytes parsed between two checks of the bounds
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


class StatusCalls(OrderedDict):
    """get_operation_status calls per request id, for the `limit` ids polled last: a
    client polling made-up ids cannot grow it.  A missing id counts 0."""

    def __init__(self, limit: int = MAX_COUNTED_STATUS_IDS) -> None:
        super().__init__()
        self.limit = limit

    def __missing__(self, key: str) -> int:
        return 0

    def count(self, key: str) -> None:
        self[key] = self.get(key, 0) + 1
        self.move_to_end(key)
        while len(self) > self.limit:
            self.popitem(last=False)


def parse_body_xml(body: bytes) -> Element:
    """The document of a request body, parsed with its cost bounded: more than
    MAX_BODY_ELEMENTS elements or deeper than MAX_BODY_DEPTH is refused (400).  A body
    with more `<` than that, or a DTD (whose entities could expand to elements), is parsed
    incrementally and refused as soon as the parser passes a bound; any other cannot hold
    more elements, and is parsed at once (the common case, about twice as fast)."""
    if body.count(b"<") > MAX_BODY_ELEMENTS or b"<!DOCTYPE" in body:
        return _parse_incrementally(body)
    try:
        root = fromstring(body)
    except ParseError as exc:
        raise bad_request(f"The request body is not well-formed XML: {exc}.") from None
    level, depth = [root], 0
    while level:
        depth += 1
        if depth > MAX_BODY_DEPTH:
            raise bad_request(f"The request body nests elements more than "
                              f"{MAX_BODY_DEPTH} deep.")
        level = [child for elem in level for child in elem]
    return root


def _parse_incrementally(body: bytes) -> Element:
    parser = XMLPullParser(events=("start", "end"))
    elements = depth = 0
    root = None
    try:
        # One step per _FEED bytes, then one for the end of the document.
        for at in [*range(0, len(body), _FEED), None]:
            if at is None:
                parser.close()
            else:
                parser.feed(body[at:at + _FEED])
            for event, elem in parser.read_events():
                if event == "end":
                    depth -= 1
                    continue
                if root is None:
                    root = elem
                elements += 1
                depth += 1
                if elements > MAX_BODY_ELEMENTS:
                    raise bad_request(f"The request body has more than {MAX_BODY_ELEMENTS} "
                                      "elements.")
                if depth > MAX_BODY_DEPTH:
                    raise bad_request(f"The request body nests elements more than "
                                      f"{MAX_BODY_DEPTH} deep.")
    except ParseError as exc:
        raise bad_request(f"The request body is not well-formed XML: {exc}.") from None
    if root is None:
        raise bad_request("The request body is not well-formed XML: no element found.")
    return root


def registered_handlers() -> dict[str, Callable]:
    """Operation name -> handler, from every module of HANDLER_MODULES (each registers its
    operations in emulator.base.HANDLERS when imported)."""
    for module in HANDLER_MODULES:
        importlib.import_module(f"{__package__}.{module}")
    return HANDLERS


def _qualified(ns: str, name: str) -> str:
    """`{ns}name` as ElementTree and xmlschema spell it; the bare name for no namespace."""
    return f"{{{ns}}}{name}" if ns else name


class Route:
    __slots__ = ("op", "pattern", "params", "literal_query", "literal_segments", "segments",
                 "_regex")

    def __init__(self, op: Operation, pattern: str, params: list[str],
                 literal_query: dict[str, str], literal_segments: int, segments: int) -> None:
        self.op = op
        self.pattern = pattern            # the path's regex, compiled on first use (`regex`)
        self.params = params
        self.literal_query = literal_query
        self.literal_segments = literal_segments
        self.segments = segments          # a path matches only with as many non-empty segments
        self._regex: re.Pattern | None = None

    def __repr__(self) -> str:
        return f"Route({self.op.method} {self.op.path} -> {self.op.name})"

    @property
    def regex(self) -> re.Pattern:
        # Compiled when a request first has this route's number of segments: compiling
        # all of them took a tenth of the endpoint's start.
        if self._regex is None:
            self._regex = re.compile(self.pattern, re.IGNORECASE)
        return self._regex


def compile_route(op) -> Route:
    path, _, query = op.path.partition("?")
    segments = [s for s in path.strip("/").split("/") if s]
    parts, params, literal = [], [], 0
    for seg in segments:
        names = re.findall(r"\{([a-z_][a-z0-9_]*)\}", seg)
        if not names:
            literal += 1
            parts.append(re.escape(seg))
            continue
        params.extend(names)
        # `{a}-{b}` (certificates): the last parameter takes what follows the last literal.
        pieces = re.split(r"\{[a-z_][a-z0-9_]*\}", seg)
        rx = re.escape(pieces[0])
        for i, piece in enumerate(pieces[1:]):
            rx += ("([^/]+)" if len(names) == 1 else "([^/]+?)" if i < len(names) - 1
                   else "([^/]+)") + re.escape(piece)
        parts.append(rx)
    # Repeated slashes match one: the service accepts them, and two operations are sent
    # with one (`servers//{name}/databases`, `webspaces//{webspace_name}`).
    pattern = "/+" + "/+".join(parts) + "/?"
    lit_q = {k.lower(): v for k, v in parse_qsl(query, keep_blank_values=True)}
    return Route(op, pattern, params, lit_q, literal, len(segments))


def latency_seconds(seconds: float) -> float:
    """A latency to add to every request: a finite number of seconds, 0 or more (an
    infinite one would fail every request's wait, not delay it)."""
    value = float(seconds)
    if not 0 <= value < float("inf"):
        raise ValueError(f"latency must be a finite number of seconds >= 0, not {seconds!r}")
    return value


class Response:
    __slots__ = ("status", "headers", "body")

    def __init__(self, status: int, headers: dict[str, str], body: bytes = b"") -> None:
        self.status, self.headers, self.body = status, headers, body

    def __repr__(self) -> str:
        return f"Response({self.status}, {self.headers}, {len(self.body)} bytes)"


class App:
    """Spec-driven dispatch plus the state; thread-safe (one request at a time mutates)."""

    def __init__(self, *, spec_dir: Path | None = DEFAULT_SPEC,
                 subscription_id: str = DEFAULT_SUBSCRIPTION,
                 db_path: Path | None = None, operation_delay: float = 0.5,
                 fail_marker: str = "asyncfail", host: str = "127.0.0.1",
                 handlers: dict[str, Callable] | None = None, state_delay: float = 0.0,
                 state_delays: dict[str, float] | None = None, latency: float = 0.0) -> None:
        from .store import Store

        self.spec = endpoint_spec.load(spec_dir)
        self.subscription_id = subscription_id
        self.operation_delay = operation_delay
        self.fail_marker = fail_marker.lower() if fail_marker else ""
        # Seconds the HTTP layer waits before serving each request (emulator/server.py),
        # a stand-in for the network and the service's own time.
        self.latency = latency_seconds(latency)
        # Seconds resources stay in each transitional state (emulator/states.py).
        self.state_options = StateOptions(state_delay, dict(state_delays or {}))
        # get_operation_status calls served: in all, and per request id (as asked).
        self.status_calls = 0
        self.status_calls_by_id = StatusCalls()
        self.host = host
        self.handlers = handlers if handlers is not None else registered_handlers()
        self.routes = [compile_route(op) for op in self.spec.operations]
        self.versions = KNOWN_VERSIONS | {r.op.x_ms_version for r in self.routes}
        # The generated readers and writers are loaded by the first request that parses
        # or answers a document (or now, to read a persisted state).
        self.store = Store(db_path)
        self.lock = threading.RLock()
        # Who may call (emulator/identity.py), set by the server: the Azure AD stand-in and
        # the bearer token / management certificate checks.  None (an App used in-process,
        # without TLS): every request is served.
        self.identity: Any = None

    @functools.cached_property
    def x(self) -> Any:
        """generated._xml: the readers and writers."""
        return importlib.import_module("generated._xml")

    @functools.cached_property
    def models(self) -> Any:
        """generated.models."""
        return importlib.import_module("generated.models")

    @functools.cached_property
    def catalog(self) -> dict[str, list]:
        """The static catalogue (locations, role sizes, ...), built on first use: it imports
        most model modules, which a start need not wait for."""
        with self.lock:
            return data.catalog(self.models)

    @property
    def token_requests(self) -> int:
        """Access tokens the Azure AD stand-in issued (since the start or `reset()`)."""
        return self.identity.tokens_issued if self.identity is not None else 0

    @property
    def last_auth_scheme(self) -> str | None:
        """How the last admitted management request authenticated: "Bearer" or
        "Certificate" (never any part of the credential)."""
        return self.identity.last_scheme if self.identity is not None else None

    @property
    def operations(self) -> dict[str, Operation]:
        return {r.op.name: r.op for r in self.routes}

    def implemented(self) -> list[str]:
        return sorted(n for n in self.operations if n in self.handlers)

    def close(self) -> None:
        with self.lock:
            self.store.close()

    def reset(self) -> None:
        """Forget every resource and operation (in-memory state only; for tests), and the
        status call counts."""
        from .store import Store
        with self.lock:
            self.store.close()
            self.store = Store(None)
            self.status_calls = 0
            self.status_calls_by_id.clear()
            if self.identity is not None:     # the endpoint's own certificate, counters
                self.identity.reset_counters()
                self.identity.reattach(self)

    def configure(self, **options: Any) -> dict[str, Any]:
        """Change timing options of the running endpoint; returns their previous values
        (to restore them).  Options: `operation_delay`, `fail_marker`, `state_delay`,
        `state_delays` ({kind: seconds}), `role_failures` ({marker: (InstanceStatus,
        PowerState)}), `latency` (seconds before each request is served), and with the
        Azure AD stand-in `token_lifetime` (seconds, of the tokens issued from now on).
        Affects what happens from now on, not transitions under way."""
        with self.lock:
            so = self.state_options
            old = {"operation_delay": self.operation_delay, "fail_marker": self.fail_marker,
                   "state_delay": so.delay, "state_delays": dict(so.delays),
                   "role_failures": dict(so.role_failures), "latency": self.latency}
            if self.identity is not None:
                old["token_lifetime"] = self.identity.token_lifetime
            unknown = set(options) - set(old)
            if unknown:
                raise TypeError(f"unknown option(s) {sorted(unknown)}: use {sorted(old)}")
            new = {**old, **options}
            latency = latency_seconds(new["latency"])      # checked before anything changes
            self.state_options = StateOptions(float(new["state_delay"]),
                                              dict(new["state_delays"] or {}),
                                              dict(new["role_failures"] or {}))
            self.operation_delay = float(new["operation_delay"])
            self.fail_marker = (new["fail_marker"] or "").lower()
            self.latency = latency
            if self.identity is not None:
                self.identity.token_lifetime = float(new["token_lifetime"])
            return {k: old[k] for k in options}

    def count_status_call(self, request_id: str) -> None:
        """Called by get_operation_status for every call it serves."""
        with self.lock:
            self.status_calls += 1
            self.status_calls_by_id.count(request_id.replace("-", "").lower())

    # --- pipeline -----------------------------------------------------------------------

    def handle(self, method: str, target: str, headers: dict[str, str], body: bytes,
               client_thumbprint: str | None = None) -> Response:
        """Serve one request.  `client_thumbprint`: the SHA-1 of the client certificate
        the TLS layer verified (None: none presented)."""
        request_id = uuid.uuid4().hex
        headers = {k.lower(): v for k, v in headers.items()}
        if self.identity is not None:
            refused = self.identity.admit(self, method.upper(), target, headers, body,
                                          client_thumbprint, request_id)
            if refused is not None:     # an Azure AD answer, or Azure's 401/403
                return refused
        content_type = _XML
        try:
            status, payload, content_type = self._handle(method.upper(), target, headers, body,
                                                         request_id)
        except ApiError as exc:
            status, payload = exc.status, exc.body or error_xml(exc.code, exc.message)
        except Exception:  # a bug in a handler: answer like Azure does, keep serving
            log.exception("internal error handling %s %s", method, target)
            status, payload = 500, error_xml(
                "InternalError", "The server encountered an internal error. Please retry the request.")
        out = {"x-ms-request-id": request_id}
        if payload:
            out["Content-Type"] = content_type
        return Response(status, out, payload)

    def _handle(self, method, target, headers, body,
                request_id) -> tuple[int, bytes, str]:
        if _CONTROL.search(unquote(target)):
            # A name can hold no control character (a NUL would also cut it short further on).
            raise bad_request("The request URI is invalid: it holds a control character.")
        parts = urlsplit(target)
        path = parts.path or "/"
        segments = [s for s in path.split("/") if s]
        first = unquote(segments[0]).lower() if segments else ""
        if first not in (self.subscription_id.lower(), "subscriptions"):
            raise ApiError(403, "ForbiddenError",
                           "The server failed to authenticate the request. Verify that the "
                           "certificate is valid and is associated with this subscription.")
        version = headers.get("x-ms-version")
        if not version or version.strip() not in self.versions:
            raise ApiError(400, "MissingOrIncorrectVersionHeader",
                           "The versioning header is not specified or was specified incorrectly.")
        query = {k.lower(): v for k, v in parse_qsl(parts.query, keep_blank_values=True)}
        elem = None
        stripped = (body or b"").strip()
        if stripped.startswith(b"<"):
            elem = parse_body_xml(body)
        route, values = self._match(method, path, query, elem)
        op = route.op
        handler = self.handlers.get(op.name)
        if handler is None:
            raise ApiError(501, "NotImplemented",
                           f"The local Service Management endpoint does not implement "
                           f"{op.name} ({op.method} {op.path}).")
        parsed = None
        if op.format == "json":         # Scheduler jobs: JSON in, JSON out
            if stripped:
                try:
                    parsed = json.loads(body)
                except ValueError as exc:
                    raise bad_request(f"The request body is not valid JSON: {exc}.") from None
                except RecursionError:      # '[' * 50000: refused where the stack ends
                    raise bad_request("The request body nests JSON too deeply.") from None
        elif stripped and elem is None:
            raise bad_request("The request body is not well-formed XML.")
        elif op.request_type:
            if op.envelope == "atom" and elem is not None and elem.tag == f"{{{ATOM_NS}}}entry":
                # <entry><content type="application/xml"><Document/></content></entry>
                content = elem.find(f"{{{ATOM_NS}}}content")
                elem = content[0] if content is not None and len(content) else None
            parsed = self._parse_body(op, elem)
        call = Call(self, op, values, query, parsed, request_id, headers)
        fail = self._marked_to_fail(op, path, body)
        with self.lock:
            try:
                if method != "GET":
                    self._check_exclusive(call)
                if fail is not None:
                    raise fail
                result = handler(call)
            except OperationFailure as exc:
                if not op.is_async:
                    raise ApiError(exc.status, exc.code, exc.message) from None
                self._record_operation(request_id, exc, call=call)
                self.store.commit()
                return 202, b"", _XML
            except ApiError:
                self.store.commit()
                raise
            # A handler's explicit Reply carries the status the real service answers with
            # (some operations the spec marks asynchronous complete synchronously there).
            if isinstance(result, Reply):
                reply = result
            else:
                reply = Reply(202 if op.is_async else self._default_status(op), result)
            if method != "GET":
                self._record_operation(request_id, None, reply.status,
                                       async_=reply.status == 202, call=call)
            self.store.commit()
            payload = b""
            type_name = op.response_type or reply.type_name
            if reply.raw is not None:
                payload = reply.raw
            elif type_name and reply.value is not None:
                root = op.response_root if op.response_type else None
                if op.envelope == "atom":
                    payload = self.render_atom(op, reply.value).encode("utf-8")
                    return reply.status, payload, _ATOM_XML
                payload = self.render(type_name, reply.value, root).encode("utf-8")
        return reply.status, payload, reply.content_type or _XML

    def _check_exclusive(self, call: Call) -> None:
        """Azure serialises changes to a cloud service and its deployments: while an
        asynchronous operation on one is InProgress, another change gets 409 ConflictError
        (what a script that does not wait, e.g. adding VMs one after the other, meets)."""
        target = self._object_id(call).lower()
        if "/services/hostedservices/" not in target:
            return
        now = time.time()
        for request_id, rec in self.store.items("operation"):
            if rec.get("delay") and rec["created"] + rec["delay"] > now \
                    and (rec.get("object_id") or "").lower() == target:
                raise ApiError(409, "ConflictError",
                               "Windows Azure is currently performing an operation on this "
                               "deployment that requires exclusive access.")

    def _marked_to_fail(self, op, path: str, body: bytes) -> OperationFailure | None:
        if not (op.is_async and self.fail_marker):
            return None
        if self.fail_marker in unquote(path).lower() or self.fail_marker.encode() in (body or b"").lower():
            return OperationFailure(
                500, "InternalError",
                "The server encountered an internal error. Please retry the request. "
                f"(The local endpoint fails asynchronous operations that mention "
                f"'{self.fail_marker}'.)")
        return None

    @staticmethod
    def _default_status(op) -> int:
        if op.method == "POST" and not op.response_type:
            return 201
        return 200

    def _match(self, method, path, query, elem) -> tuple[Route, dict[str, str]]:
        candidates = []
        path_matched = False
        segments = sum(1 for s in path.split("/") if s)
        for route in self.routes:
            if route.segments != segments:
                continue
            m = route.regex.fullmatch(path)
            if not m:
                continue
            if any(query.get(k, "").lower() != v.lower() for k, v in route.literal_query.items()):
                continue
            path_matched = True
            if route.op.method != method:
                continue
            candidates.append((route, m))
        if not candidates:
            if path_matched:
                raise ApiError(405, "MethodNotAllowed",
                               f"The requested method {method} is not allowed on this resource.")
            raise ApiError(404, "ResourceNotFound",
                           "The requested URI does not represent any resource on the server.")
        if len(candidates) > 1 and elem is not None:
            root = elem.tag.rpartition("}")[2]
            same_root = [c for c in candidates if c[0].op.request_root == root]
            if same_root:
                candidates = same_root
        candidates.sort(key=lambda c: (-len(c[0].literal_query), -c[0].literal_segments,
                                       c[0].op.request_type is None if elem is not None else 0))
        route, m = candidates[0]
        values = {name: unquote(v) for name, v in zip(route.params, m.groups())}
        values.pop("subscription_id", None)
        return route, values

    def _parse_body(self, op, elem: Element | None):
        from .store import blank_to_none
        if elem is None:
            raise bad_request(f"The request body is missing: {op.name} expects a "
                              f"<{op.request_root}> document.")
        root = elem.tag.rpartition("}")[2]
        ns = self.spec.shape_ns[op.request_type]     # the body's namespace ('' for none)
        if elem.tag != _qualified(ns, op.request_root):
            raise bad_request(f"The request body has root element <{root}> in namespace "
                              f"'{elem.tag[1:].partition('}')[0] if elem.tag.startswith('{') else ''}'; "
                              f"expected <{op.request_root}> in '{ns}'.")
        try:
            self.spec.grammar.check(elem, op.request_type)
        except Invalid as exc:
            raise bad_request(f"The request body is not a valid {op.request_root}: "
                              f"{exc.reason} (at {exc.path})") from None
        return blank_to_none(getattr(self.x, f"read_{op.request_type}")(elem))

    # --- operations ---------------------------------------------------------------------

    def _record_operation(self, request_id: str, error: ApiError | None, status: int = 200,
                          async_: bool = True, call: Call | None = None) -> None:
        rec = {
            "created": time.time(),
            "delay": self.operation_delay if async_ else 0.0,
            "status": "Failed" if error else "Succeeded",
            "http_status": error.status if error else (200 if status == 202 else status),
            "code": error.code if error else None,
            "message": error.message if error else None,
        }
        if call is not None:        # what list_subscription_operations reports
            rec.update(name=call.op.name, object_id=self._object_id(call),
                       parameters=self._logged_parameters(call))
        self.store.put("operation", request_id, rec)

    def _object_id(self, call: Call) -> str:
        """The management path of the object an operation acted on: the request path up to
        the first named resource (`/sub/services/hostedservices/svc`, `/sub/affinitygroups/g`,
        ...); a create (POST to a collection) names the resource of its body."""
        sub = "/" + self.subscription_id
        segments = [s for s in call.op.path.partition("?")[0].split("/") if s][1:]
        out: list[str] = []
        for seg in segments:
            names = re.findall(r"\{([a-z_][a-z0-9_]*)\}", seg)
            if not names:
                out.append(seg)
                continue
            value = seg
            for n in names:
                value = value.replace("{" + n + "}", str(call.path.get(n, "")))
            out.append(value)
            return sub + "/" + "/".join(out)
        body = call.body
        for attr in ("service_name", "name", "vm_image_name"):
            value = getattr(body, attr, None) if body is not None else None
            if isinstance(value, str) and value:
                out.append(value)
                break
        return sub + ("/" + "/".join(out) if out else "")

    @staticmethod
    def _logged_parameters(call: Call) -> list[tuple[str, str]]:
        """Name/value pairs of the call's path and query parameters, by the names of the
        REST reference (camelCase).  Bodies are not logged: they can hold secrets."""
        def camel(name: str) -> str:
            head, *rest = name.split("_")
            return head + "".join(p.capitalize() for p in rest)
        out = [(camel(k), v) for k, v in call.path.items()]
        for q in call.op.query:
            value = call.query.get(q[0].lower())
            if value is not None:
                out.append((camel(q[1]), value))
        body = call.body
        for attr in ("service_name", "name"):      # the name a create gives in its body
            value = getattr(body, attr, None) if body is not None else None
            if isinstance(value, str) and value and camel(attr) not in dict(out):
                out.append((camel(attr), value))
                break
        return out

    def operation_log(self) -> list[tuple[str, dict]]:
        """(request id, record) of every logged operation, oldest first."""
        return sorted(((k, r) for k, r in self.store.items("operation") if r.get("name")),
                      key=lambda kr: kr[1]["created"])

    def operation_status(self, request_id: str):
        rec = self.store.get("operation", request_id)
        if rec is None:
            key, rec = self.store.find("operation", request_id.replace("-", ""))
        if rec is None:
            return None
        m = self.models
        op_id = str(uuid.UUID(request_id.replace("-", "")))
        if time.time() < rec["created"] + rec["delay"]:
            return m.Operation(id=op_id, status="InProgress")
        err = m.Error(code=rec["code"], message=rec["message"]) if rec["status"] == "Failed" else None
        return m.Operation(id=op_id, status=rec["status"], http_status_code=rec["http_status"],
                           error=err)

    # --- rendering ----------------------------------------------------------------------

    def render_atom(self, op, value: Any) -> str:
        """An Atom entry around one document, or a feed of entries for a list result; the
        entry title is the item's `op.atom_title` attribute where the spec names one."""
        from asm_sdk_runtime.xml import text
        stamp = time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime())

        def entry(item: Any) -> str:
            title = getattr(item, op.atom_title, "") if op.atom_title else ""
            doc = self.render(op.response_type, item, op.response_root)
            return (f'<entry><id>uuid:{uuid.uuid4()}</id><title type="text">{text(title or "")}'
                    f'</title><updated>{stamp}</updated><content type="application/xml">'
                    f"{doc}</content></entry>")
        if op.response_list:
            return (f'<feed xmlns="{ATOM_NS}"><title type="text"></title>'
                    f"<id>uuid:{uuid.uuid4()}</id><updated>{stamp}</updated>"
                    + "".join(entry(item) for item in value) + "</feed>")
        return entry(value).replace("<entry>", f'<entry xmlns="{ATOM_NS}">', 1)

    def render(self, type_name: str, value: Any, root: str | None = None) -> str:
        """A response document of spec type `type_name`, with root element `root` (default:
        the type's name; `{namespace}Name` when the root is in another namespace)."""
        x = self.x
        root = root or type_name
        ns = self.spec.shape_ns[type_name]
        if root.startswith("{"):
            ns, _, root = root[1:].partition("}")
        # The generated writers, for lists too (the wrapper writers write their items).
        attrs = getattr(x, f"attrs_{type_name}", None)
        return x.to_xml(getattr(x, f"write_{type_name}"), value, root, ns, attrs=attrs)
