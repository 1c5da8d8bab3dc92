"""The one call path every generated operation goes through."""

from __future__ import annotations

import json
import logging
import os
import threading
from datetime import date, datetime
from typing import TYPE_CHECKING, Any, Callable, Iterable, Literal, Self, TypeVar, overload
from urllib.parse import quote

from . import auth, polling
from .errors import (AzureConfigurationError, AzureHttpError, AzureMalformedResponseError,
                     http_error)
from .transport import Response, RetryPolicy, Transport, environment_proxy, split_host
from .xml import adopt_namespace, expect_root, parse_document, NS

if TYPE_CHECKING:
    from xml.etree.ElementTree import Element

    from .credentials import BearerTokenPolicy, StaticAuthorization, TokenCredential
    from .session import SessionSettings

log = logging.getLogger("asm_sdk_runtime")
_ERROR_TAG = f"{{{NS}}}Error"
_ATOM = "{http://www.w3.org/2005/Atom}"
_ATOM_OPEN = '<entry xmlns="http://www.w3.org/2005/Atom"><content type="application/xml">'
_ATOM_CLOSE = "</content></entry>"
_XML_TYPE = "application/xml; charset=utf-8"
_ATOM_TYPE = "application/atom+xml;type=entry;charset=utf-8"
_JSON_TYPE = "application/json"
_USER_AGENT = "asm-sdk-python/0.1"
DEFAULT = RetryPolicy()
NO_CREDENTIALS = (
    "no credentials: pass a management certificate, cert_file= (a PEM file with certificate "
    "and key, or a .pfx/.p12; or set AZURE_MANAGEMENT_CERTFILE), or an Azure AD token "
    "credential, credential= (e.g. azure.identity.DefaultAzureCredential()); a "
    "request_session= authenticates only with a cert or an Authorization header")
_T = TypeVar("_T")


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


class ServiceClient:
    """Connection, credentials and the generic request/response cycle.

    Generated service classes subclass this and add one method per operation.

    A client authenticates with a management certificate (`cert_file=`, `cert_data=`,
    $AZURE_MANAGEMENT_CERTFILE), an Azure AD token credential (`credential=`), or a
    `request_session=` that carries either; the server certificate is verified in every
    case.

    Args:
        subscription_id: The subscription to manage (default: $AZURE_MANAGEMENT_SUBSCRIPTIONID).
        cert_file: Management certificate: a PEM file with certificate and key, or a
            .pfx/.p12 file (default: $AZURE_MANAGEMENT_CERTFILE, unless the client
            authenticates otherwise).
        host: Endpoint host, ``HOST`` or ``HOST:PORT`` (default: $AZURE_MANAGEMENT_HOST, else
            the service's).
        request_session: A `requests.Session` (or an object with its attributes): its
            `headers` (e.g. ``Authorization: Bearer …``), `cert`, `verify` and `proxies` are
            honoured; what cannot be (an `auth` object, hooks, mounted adapters, …) raises
            AzureConfigurationError naming it (runtime/session.py).
        timeout: Read timeout of each request, in seconds.
        cert_password: Password of an encrypted PEM key or of a PKCS#12 file.
        cert_data: PKCS#12 bytes held in memory, instead of cert_file (see
            runtime.publishsettings.load_publish_settings for .publishsettings files).
        ca_file: PEM bundle of CAs to verify the server with (default: the system's, which
            OpenSSL also reads from $SSL_CERT_FILE / $SSL_CERT_DIR).
        verify: Verify the server certificate; turning it off must be explicit.
        retry: A RetryPolicy, or None to never retry.
        connect_timeout: Connect timeout in seconds (default: min(timeout, 30)).
        max_connections: Size of the connection pool.
        credential: An Azure AD token credential instead of a certificate: any object with
            azure-core's ``get_token(*scopes)`` (azure-identity's DefaultAzureCredential,
            ClientSecretCredential, ManagedIdentityCredential, AzureCliCredential, or
            runtime.credentials.StaticTokenCredential).  Tokens of the scope
            ``https://management.core.windows.net/.default`` are cached per client and
            refreshed before they expire (runtime/credentials.py).
    """

    _default_host = ""
    _x_ms_version = ""

    def __init__(self, subscription_id: str | None = None, cert_file: str | None = None,
                 host: str | None = None, request_session: Any = None, timeout: float = 65,
                 *, cert_password: str | None = None, ca_file: str | None = None,
                 verify: bool = True, retry: RetryPolicy | None = DEFAULT,
                 connect_timeout: float | None = None, max_connections: int = 10,
                 cert_data: bytes | None = None,
                 credential: TokenCredential | None = None) -> None:
        subscription_id = subscription_id or os.environ.get("AZURE_MANAGEMENT_SUBSCRIPTIONID")
        if not subscription_id:
            raise AzureConfigurationError(
                "subscription_id is required (or set AZURE_MANAGEMENT_SUBSCRIPTIONID)")
        self.subscription_id = subscription_id
        self.host = host or os.environ.get("AZURE_MANAGEMENT_HOST") or self._default_host
        self.timeout = timeout
        self.credential = credential
        self.request_session = request_session
        session = None
        if request_session is not None:
            from .session import read_session
            session = read_session(request_session, *split_host(self.host))
        self._auth = _authorizer(credential, session, bool(cert_file) or cert_data is not None)
        key_file = ca_dir = None
        if session is not None:
            cert_file, key_file, ca_file, ca_dir = _session_tls(session, cert_file, cert_data,
                                                                ca_file)
            verify = verify and session.verify
        if cert_data is None and not cert_file and self._auth is None:
            cert_file = os.environ.get("AZURE_MANAGEMENT_CERTFILE")
            if not cert_file:
                raise AzureConfigurationError(NO_CREDENTIALS)
        if not verify:
            log.warning(
                "server certificate verification is OFF: anyone on the network path can "
                "impersonate the management endpoint")
        self.cert_file = cert_file
        if cert_file or cert_data is not None:
            ctx = auth.build_ssl_context(cert_file, cert_password, ca_file, verify,
                                         cert_data=cert_data, key_file=key_file, ca_dir=ca_dir)
        else:   # a token authenticates: TLS only verifies the server
            ctx = auth.server_context(ca_file, verify, ca_dir)
        self._transport = Transport(self.host, ctx, timeout, connect_timeout, retry,
                                    max_connections)
        # Headers every request carries; x-ms-version and Content-Type are set per call.
        self._headers = {"User-Agent": _USER_AGENT}
        if session is not None:
            self._headers = {**session.headers, **self._headers}
        if session is not None and session.proxy_named:
            proxy, source = session.proxy, "the request_session's proxies"
        elif session is None or session.trust_env:
            proxy, source = environment_proxy(self._transport.host, self._transport.port), \
                "HTTPS_PROXY"
        else:
            proxy = None
        if proxy is not None:   # read once, here; set_proxy() replaces it
            log.debug("using the proxy %s:%s from %s", proxy[0], proxy[1], source)
            self._transport.set_proxy(*proxy)
        self._sub = path_value(subscription_id, "subscription_id")
        self._calls = threading.local()      # per thread: the last call's request id

    def __repr__(self) -> str:
        how = (f"credential={type(self.credential).__name__}" if self.credential is not None
               else f"cert_file={self.cert_file!r}" if self.cert_file
               else "cert_data=<PKCS#12>" if self._auth is None
               else "request_session=<Authorization header>")
        return f"{type(self).__name__}({self.subscription_id!r}, host={self.host!r}, {how})"

    def set_proxy(self, host: str, port: int, user: str | None = None,
                  password: str | None = None) -> None:
        """Send requests through an HTTP proxy at `host`:`port` (an HTTPS tunnel, so the
        management certificate and TLS stay end to end); `user`/`password` for proxy
        basic authentication.  Takes effect for the requests that follow, and replaces the
        proxy that `HTTPS_PROXY` named when the client was made."""
        self._transport.set_proxy(host, port, user, password)

    @property
    def last_request_id(self) -> str | None:
        """The `x-ms-request-id` of the last call this thread made with this client (its
        answer was a success or an error), for Azure support; None before any call or when
        the last one got no answer.  Each thread sees its own calls."""
        return getattr(self._calls, "request_id", None)

    def close(self) -> None:
        """Close pooled connections."""
        self._transport.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # The overloads give each generated method its precise result type: what `reader`
    # returns, a list of it for an Atom feed, the request id of an asynchronous call, None,
    # the text, or the parsed JSON.
    @overload
    def _perform(self, method: str, path: str, query: list[tuple[str, Any]],
                 x_ms_version: str, body: Any, reader: Callable[[Element], _T], root: str,
                 idempotent: bool = ..., envelope: str | None = ...,
                 atom_title: str | None = ..., fmt: Literal["xml"] = ...,
                 returns_request_id: Literal[False] = ..., feed: Literal[False] = ...) -> _T: ...

    @overload
    def _perform(self, method: str, path: str, query: list[tuple[str, Any]],
                 x_ms_version: str, body: Any, reader: Callable[[Element], _T], root: str,
                 idempotent: bool = ..., envelope: Literal["atom"] = ...,
                 atom_title: str | None = ..., fmt: Literal["xml"] = ...,
                 returns_request_id: Literal[False] = ..., *, feed: Literal[True]) -> list[_T]: ...

    @overload
    def _perform(self, method: str, path: str, query: list[tuple[str, Any]],
                 x_ms_version: str, body: Any, reader: None, root: None,
                 idempotent: bool = ..., envelope: str | None = ...,
                 atom_title: str | None = ..., fmt: Literal["xml", "json"] = ..., *,
                 returns_request_id: Literal[True]) -> AsynchronousOperationResult: ...

    @overload
    def _perform(self, method: str, path: str, query: list[tuple[str, Any]],
                 x_ms_version: str, body: Any, reader: None, root: None,
                 idempotent: bool = ..., envelope: str | None = ...,
                 atom_title: str | None = ..., fmt: Literal["xml"] = ...,
                 returns_request_id: Literal[False] = ...) -> None: ...

    @overload
    def _perform(self, method: str, path: str, query: list[tuple[str, Any]],
                 x_ms_version: str, body: Any, reader: None, root: None,
                 idempotent: bool = ..., envelope: str | None = ...,
                 atom_title: str | None = ..., *, fmt: Literal["text"]) -> str: ...

    @overload
    def _perform(self, method: str, path: str, query: list[tuple[str, Any]],
                 x_ms_version: str, body: Any, reader: None, root: None,
                 idempotent: bool = ..., envelope: str | None = ...,
                 atom_title: str | None = ..., *, fmt: Literal["json"],
                 returns_request_id: Literal[False] = ...) -> Any: ...

    def _perform(self, method: str, path: str, query: list[tuple[str, Any]],
                 x_ms_version: str, body: Any, reader: Callable[[Element], Any] | None,
                 root: str | None, idempotent: bool = False, envelope: str | None = None,
                 atom_title: str | None = None, fmt: str = "xml",
                 returns_request_id: bool = False, feed: bool = False) -> Any:
        """Send one operation and turn the answer into its result (or a typed error).

        `root` is the qualified tag (`{namespace}Name`) the response document must have;
        `envelope="atom"` wraps the body in an Atom entry and unwraps entries and feeds
        (`feed=True`: the operation answers a feed, a list even when an entry comes);
        `fmt="json"` sends and returns JSON instead of XML; `fmt="text"` returns the body
        as a string; `returns_request_id=True`: the call answers its request id (an
        `AsynchronousOperationResult`), not the body.
        """
        parts = [f"{name}={query_value(v)}" for name, v in query if v is not None]
        if parts:
            path += ("&" if "?" in path else "?") + "&".join(parts)
        content_type = _XML_TYPE
        if fmt == "json":
            body = None if body is None else json.dumps(body, default=json_value)
            content_type = _JSON_TYPE
        elif envelope == "atom" and body is not None:
            body, content_type = _ATOM_OPEN + body + _ATOM_CLOSE, _ATOM_TYPE
        resp = self._send(method, path, x_ms_version, body, idempotent, content_type)
        if fmt == "text":
            return resp.data.decode("utf-8")
        if fmt == "json":
            if returns_request_id:
                # A call that answers its request id is tracked by it, whatever it returns.
                return AsynchronousOperationResult(resp.request_id, resp.status)
            if not resp.data.strip():
                return None
            try:
                return json.loads(resp.data)
            except ValueError as exc:
                raise AzureMalformedResponseError(resp.status, None, f"invalid JSON: {exc}",
                                                  resp.request_id, resp.data) from None
        if reader is None:
            # As the predecessor: an asynchronous call answers its request id (to wait on),
            # a synchronous one without a response body answers None.
            return AsynchronousOperationResult(resp.request_id, resp.status) if returns_request_id else None
        doc = parse_document(resp.data, resp.status, resp.request_id)
        try:
            root = root or ""
            if envelope == "atom":
                return _read_atom(doc, reader, root, atom_title, resp, feed)
            expect_root(doc, root, resp.status, resp.request_id, resp.data)
            return reader(doc)
        except (ValueError, TypeError) as exc:  # e.g. <HttpStatusCode>abc</HttpStatusCode>
            raise AzureMalformedResponseError(
                resp.status, None, f"unexpected value in <{root}> response: {exc}",
                resp.request_id, resp.data) from None

    def _send(self, method: str, path: str, x_ms_version: str | None,
              body: str | bytes | None, idempotent: bool = False,
              content_type: str = "application/xml; charset=utf-8") -> Response:
        headers = {**self._headers, "x-ms-version": x_ms_version or self._x_ms_version}
        data = None
        if body is not None:
            data = body.encode("utf-8") if isinstance(body, str) else body
            headers["Content-Type"] = content_type
        idempotent = idempotent or method in ("GET", "HEAD")
        try:
            if self._auth is None:
                resp = self._transport.send(method, path, headers, data, idempotent)
            else:
                resp = self._send_authorized(self._auth, method, path, headers, data,
                                             idempotent)
        except BaseException:
            self._calls.request_id = None    # no answer: no stale id from an earlier call
            raise
        self._calls.request_id = resp.request_id
        if log.isEnabledFor(logging.DEBUG):
            log.debug("%s %s -> %s x-ms-request-id=%s", method, path, resp.status,
                      resp.request_id)
        if resp.status >= 300:
            raise self._error(resp)
        return resp

    def _send_authorized(self, auth: BearerTokenPolicy | StaticAuthorization, method: str,
                         path: str, headers: dict[str, str], data: bytes | None,
                         idempotent: bool) -> Response:
        """Send with an Authorization header.  A refused bearer token (401 with a Bearer
        challenge) is dropped, and the request resent once with a new one where the
        transport may resend it; otherwise the refusal raises, saying why it was not."""
        from .credentials import NOT_RENEWABLE, RESEND, challenge, challenge_action

        sent = headers["Authorization"] = auth.authorization()
        resp = self._transport.send(method, path, headers, data, idempotent)
        action = challenge_action(resp.status, resp.headers, auth.refreshable,
                                  self._transport.may_resend(idempotent))
        if action is None:
            return resp
        auth.rejected(sent)
        if action == RESEND:
            log.info("%s %s: the access token was refused (401); sending again with a new "
                     "one", method, path)
            sent = headers["Authorization"] = auth.authorization()
            resp = self._transport.send(method, path, headers, data, idempotent)
            if challenge(resp.status, resp.headers):    # refused again: raised below
                auth.rejected(sent)
            return resp
        err = self._error(resp)
        if action == NOT_RENEWABLE:
            why = ("the request_session's Authorization header was refused, and a fixed "
                   "header cannot be renewed: pass credential= (e.g. "
                   "azure.identity.DefaultAzureCredential()) for tokens that are refreshed")
        elif method == "POST":
            why = ("the access token was refused; the POST was not sent again (a POST is "
                   "never repeated): the next call gets a new token")
        else:
            why = (f"the access token was refused; this {method} was not sent again ("
                   f"{'retries are off' if idempotent else 'it is not idempotent'}): the "
                   "next call gets a new token")
        err.args = (f"{err}; {why}",)
        raise err

    # Raw access for calls the spec does not describe yet: the path is sent as given
    # (after the host), the answer comes back unparsed.  Errors raise as usual.
    def perform_get(self, path: str, x_ms_version: str | None = None) -> Response:
        """GET `path`; returns the raw `Response` (status, headers, body)."""
        return self._send("GET", path, x_ms_version, None)

    def perform_put(self, path: str, body: str | bytes | None,
                    x_ms_version: str | None = None) -> Response:
        """PUT `body` to `path`; returns the raw `Response`."""
        return self._send("PUT", path, x_ms_version, body)

    def perform_post(self, path: str, body: str | bytes | None,
                     x_ms_version: str | None = None) -> Response:
        """POST `body` to `path`; returns the raw `Response` (never re-sent)."""
        return self._send("POST", path, x_ms_version, body)

    def perform_delete(self, path: str, x_ms_version: str | None = None) -> Response:
        """DELETE `path`; returns the raw `Response`."""
        return self._send("DELETE", path, x_ms_version, None)

    @staticmethod
    def _error(resp: Response) -> AzureHttpError:
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

    def wait_for_operation_status(self, request_id: str, wait_for_status: str = "Succeeded",
                                  timeout: float = 30, sleep_interval: float | None = None,
                                  progress_callback: Callable[[Any], None] | None = None, *,
                                  success_callback: Callable[[float], None] | None = None,
                                  failure_callback: Callable[[float, Exception], None]
                                  | None = None) -> Any:
        """Poll an asynchronous operation until it reaches `wait_for_status`.

        Returns the final `Operation`.  Raises `AzureOperationFailedError` (with Azure's
        code and message) if it fails and `AzureOperationTimeoutError` after `timeout`
        seconds; both are `AzureAsyncOperationHttpError`s carrying the last `Operation` as
        `result`.  `sleep_interval=None` (default) polls soon at first and backs off to
        5 s between polls; a number polls at that fixed interval (the predecessor's
        behaviour, its default was 5).  `progress_callback(operation)` is called after
        every poll; `success_callback(elapsed)` and `failure_callback(elapsed, error)`, the
        predecessor's hooks, before returning or raising (a failure is raised even when a
        `failure_callback` is given).
        """
        return polling.wait_for_operation_status(
            self.get_operation_status,  # type: ignore[attr-defined]  # generated per service
            request_id, wait_for_status, timeout, sleep_interval,
            progress_callback, success_callback=success_callback,
            failure_callback=failure_callback)

    def wait_for_operations(self, request_ids: Iterable[str], timeout: float = 600,
                            sleep_interval: float | None = None,
                            progress_callback: Callable[[Any], None] | None = None
                            ) -> list[Any]:
        """Wait for many asynchronous operations at once, in one polling loop.

        Returns the final `Operation` of each request id, in the order given.  If any
        failed or is still running after `timeout` seconds, raises one
        `AzureOperationsFailedError` whose `errors` maps each such request id to its
        `AzureOperationFailedError` / `AzureOperationTimeoutError` and whose `operations`
        holds the last `Operation` of every id.  Intervals as `wait_for_operation_status`.
        """
        return polling.wait_for_operations(
            self.get_operation_status,  # type: ignore[attr-defined]  # generated per service
            request_ids, timeout, sleep_interval, progress_callback)


def _authorizer(credential: Any, session: SessionSettings | None, certificate: bool
                ) -> BearerTokenPolicy | StaticAuthorization | None:
    """What puts an Authorization header on each request: a token credential's policy, a
    session's fixed header, or None (the client certificate authenticates)."""
    if credential is not None:
        if certificate or (session is not None and session.cert_file):
            raise AzureConfigurationError(
                "pass a management certificate (cert_file=, cert_data=, or a "
                "request_session's cert) or credential=, not both")
        if session is not None and session.authorization is not None:
            raise AzureConfigurationError(
                "credential= and the request_session's Authorization header both "
                "authenticate the client: pass one")
        from .credentials import BearerTokenPolicy
        return BearerTokenPolicy(credential)
    if session is not None and session.authorization is not None:
        from .credentials import StaticAuthorization
        return StaticAuthorization(session.authorization)
    return None


def _session_tls(session: SessionSettings, cert_file: str | None, cert_data: bytes | None,
                 ca_file: str | None) -> tuple[str | None, str | None, str | None, str | None]:
    """(cert_file, key_file, ca_file, ca_dir) from the client's arguments and a session's
    cert and verify; the same setting given two different ways raises."""
    key_file = ca_dir = None
    if session.cert_file is not None:
        if cert_data is not None or (cert_file and os.path.abspath(cert_file)
                                     != os.path.abspath(session.cert_file)):
            raise AzureConfigurationError(
                "cert_file= (or cert_data=) and the request_session's cert name different "
                "certificates: pass one")
        cert_file, key_file = session.cert_file, session.key_file
    if ca_file is None:
        ca_file, ca_dir = session.ca_file, session.ca_dir
    elif (session.ca_file or session.ca_dir) and not session.ca_from_env and \
            os.path.abspath(ca_file) != os.path.abspath(session.ca_file or ""):
        raise AzureConfigurationError(
            "ca_file= and the request_session's verify name different CA bundles: pass one")
    return cert_file, key_file, ca_file, ca_dir


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


def required(**values: Any) -> None:
    """Reject `None` for required arguments before anything is sent."""
    for name, value in values.items():
        if value is None:
            raise ValueError(f"{name} is required (got None)")


def any_given(*values: Any) -> bool:
    """True when at least one optional argument of a nested body part was passed."""
    return any(v is not None for v in values)
