"""HTTPS transport of the sync client: one urllib3 connection pool per client, one attempt
per request.

The pool is thread-safe and keeps connections (and their TLS sessions) open between calls.
`Transport.send_once` sends a request once and answers the response, or raises a
`TransportFailure` that says whether the request can have reached the server; whether to
try again, follow a redirect or give up is decided by the I/O-free core (runtime/core.py),
for this transport and the async one alike.
"""

from __future__ import annotations

import logging
import os
import time
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any
from urllib.parse import unquote, urlsplit

from .core import MAX_REDIRECTS, NO_RETRY, RetryPolicy
from .effects import Request, TransportFailure, expired
from .errors import AzureConfigurationError

if TYPE_CHECKING:
    import ssl

    import urllib3

log = logging.getLogger("asm_sdk_runtime.transport")

# RetryPolicy, NO_RETRY and MAX_REDIRECTS are the core's (runtime/core.py); importable from
# here as before.
__all__ = ["MAX_REDIRECTS", "NO_RETRY", "Response", "RetryPolicy", "Transport", "bypass_proxy",
           "environment_proxy", "parse_proxy_url", "split_host"]


class Response:
    """One HTTP answer: what `perform_get/put/post/delete` return.  `status`, `message` (the
    reason phrase, `"OK"`), `headers` (case-insensitive lookups: urllib3's HTTPHeaderDict)
    and `body` are the predecessor's names; `data` is the body; `request_id` its
    `x-ms-request-id` (read once).  (A plain class, as RetryPolicy.)"""

    __slots__ = ("status", "headers", "data", "message", "request_id")

    def __init__(self, status: int, headers: Mapping[str, str], data: bytes,
                 message: str = "") -> None:
        self.status = status
        self.headers = headers
        self.data = data
        self.message = message      # the HTTP reason phrase
        self.request_id: str | None = headers.get("x-ms-request-id")

    def __repr__(self) -> str:
        return f"Response(status={self.status!r}, message={self.message!r}, data={self.data[:60]!r})"

    @property
    def body(self) -> bytes:
        """The response body (the predecessor's attribute name)."""
        return self.data


# The largest answer read by default (`max_response_body=` of the clients): the API's
# largest, a list of OS images, is 659 KB; more is a misbehaving peer, not a bigger list.
MAX_RESPONSE_BODY = 64 * 1024 * 1024
_READ_CHUNK = 1024 * 1024


def response_bound(value: object) -> int:
    """`max_response_body=` checked: a whole number of bytes, at least 1."""
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise AzureConfigurationError(
            f"max_response_body must be a whole number of bytes of at least 1, not {value!r}")
    return value


def refused_encoding(encoding: str) -> TransportFailure | None:
    """The failure for an answer in a `Content-Encoding` the client did not ask for (it
    asks for `identity`): refused unread, since inflating it is what a compression bomb
    needs; None for an unencoded answer."""
    if not encoding or encoding.strip().lower() == "identity":
        return None
    shown = encoding.strip()[:40].encode("ascii", "backslashreplace").decode("ascii")
    return TransportFailure(f"the answer is encoded with Content-Encoding {shown!r}; this "
                            "client asks for identity and does not decode it", sent=True,
                            final=True)


def announced_too_long(declared: int, bound: int) -> TransportFailure:
    """The failure for an answer whose Content-Length passes `bound` (nothing is read)."""
    return TransportFailure(f"the answer announces {declared} bytes, more than the {bound} "
                            "this client reads", sent=True, final=True)


def read_too_long(bound: int) -> TransportFailure:
    """The failure for an answer that grew past `bound` bytes while it was read."""
    return TransportFailure(f"the answer is longer than the {bound} bytes this client reads",
                            sent=True, final=True)


def split_host(host: str) -> tuple[str, int]:
    """`management.core.windows.net`, `HOST:PORT` or `https://HOST[:PORT]` -> (host, port)."""
    if "://" in host:
        parts = urlsplit(host)
        if parts.scheme != "https":
            raise AzureConfigurationError(f"host {host!r}: only https is supported")
        if not parts.hostname:
            raise AzureConfigurationError(f"host {host!r} has no host name")
        return parts.hostname, parts.port or 443
    name, sep, port = host.rpartition(":")
    if sep and port.isdigit() and "]" not in port:
        return name.strip("[]"), int(port)
    if not host or "/" in host:
        raise AzureConfigurationError(f"invalid host {host!r}")
    return host, 443


class Transport:
    """The urllib3 side of the sync client: `send_once` and the proxy; nothing else."""

    def __init__(self, host: str, ssl_context: ssl.SSLContext, timeout: float,
                 connect_timeout: float | None, max_connections: int = 100,
                 max_response_body: int = MAX_RESPONSE_BODY) -> None:
        from . import pool   # urllib3, on first use (runtime/pool.py)
        self._p = pool
        self.max_response_body = response_bound(max_response_body)
        self.host, self.port = split_host(host)
        # The client's own context: its sockets read by the deadline of the call sending.
        ssl_context.sslsocket_class = pool.DeadlineSocket
        self._read = timeout
        self._connect = connect_timeout or min(timeout, 30)
        self._pool_kw: dict[str, Any] = dict(   # urllib3's pool keywords, also for proxies
            ssl_context=ssl_context, maxsize=max_connections, block=False, retries=False,
            cert_reqs=ssl_context.verify_mode,
            assert_hostname=None if ssl_context.check_hostname else False,
            timeout=pool.Timeout(connect=self._connect, read=timeout))
        self._proxy: urllib3.ProxyManager | None = None
        self._pool: urllib3.HTTPSConnectionPool = pool.Pool(self.host, self.port, **self._pool_kw)

    def set_proxy(self, host: str, port: int, user: str | None = None,
                  password: str | None = None) -> None:
        """Tunnel every later request through an HTTP proxy (CONNECT): TLS, and the client
        certificate, stay end to end with the management host."""
        proxy_host, _ = split_host(host)   # validates; the port is given separately
        headers = None
        if user is not None:
            headers = self._p.make_headers(proxy_basic_auth=f"{user}:{password or ''}")
        manager = self._p.ProxyManager(f"http://{proxy_host}:{int(port)}",
                                       proxy_headers=headers)
        manager.pool_classes_by_scheme = {**manager.pool_classes_by_scheme, "https": self._p.Pool}
        pool = manager.connection_from_host(self.host, self.port, scheme="https",
                                            pool_kwargs=dict(self._pool_kw))
        old, old_proxy = self._pool, self._proxy
        self._pool, self._proxy = pool, manager   # type: ignore[assignment]  # https pool
        old.close()
        if old_proxy is not None:
            old_proxy.clear()

    def close(self) -> None:
        self._pool.close()
        if self._proxy is not None:
            self._proxy.clear()

    def send_once(self, request: Request) -> Response:
        """Send `request` once: no retry, no redirect followed.  A request that got no
        answer raises `TransportFailure`: `sent=False` when nothing can have reached the
        server (refused, connect timeout, lost in the TLS handshake), `final=True` when
        trying again cannot help (TLS verification, the proxy refused the tunnel).
        `request.deadline` shortens the connect and read timeouts to the time left, and is
        checked between the reads of the body: past it, an `expired` TransportFailure."""
        p = self._p
        t0 = time.monotonic()
        deadline = request.deadline
        shortened: dict[str, Any] = {}
        if deadline is not None:
            left = deadline - t0
            if left <= 0:
                raise expired(request, "before it was sent", sent=False)
            if left < max(self._read, self._connect):
                shortened["timeout"] = p.Timeout(connect=min(self._connect, left),
                                                 read=min(self._read, left))
        p.sending.deadline = deadline
        try:
            raw = self._pool.urlopen(request.method, request.target, body=request.body,
                                     headers=request.headers, redirect=False,
                                     retries=p.NO_RETRIES,
                                     preload_content=False, decode_content=False,
                                     **shortened)
            data = _read_body(raw, self.max_response_body, request)
        except (p.NewConnectionError, p.ConnectTimeoutError) as exc:
            if _past(deadline):
                raise expired(request, "while connecting", sent=False) from None
            raise TransportFailure(str(exc), sent=False) from None
        except p.SSLError as exc:
            raise TransportFailure(f"TLS failure talking to {self.host}:{self.port}: {exc}",
                                   sent=False, final=True) from None
        except p.ProxyError as exc:
            # The proxy refused the tunnel (407, 403, unreachable): nothing reached the
            # management host, and asking again would get the same answer.
            raise TransportFailure(f"proxy failure reaching {self.host}:{self.port}: {exc}",
                                   sent=False, final=True) from None
        except (p.ReadTimeoutError, p.ProtocolError, p.HTTPError) as exc:
            if isinstance(exc, p.ReadTimeoutError) and _past(deadline):
                raise expired(request, "while waiting for the answer") from None
            raise TransportFailure(str(exc), sent=True) from None
        finally:
            p.sending.deadline = None
        # urllib3's header dict is case-insensitive already: no copy per call.
        resp = Response(raw.status, raw.headers, data, raw.reason or "")
        if log.isEnabledFor(logging.DEBUG):
            log.debug("%s %s -> %s request-id=%s %.1f ms", request.method, request.target,
                      resp.status, resp.request_id, (time.monotonic() - t0) * 1000)
        return resp


# A socket timeout shortened to the time left may fire this much before the deadline.
_EARLY = 0.05


def _past(deadline: float | None) -> bool:
    """Whether a timeout that just fired was the deadline's (its timeouts were shortened)."""
    return deadline is not None and time.monotonic() >= deadline - _EARLY


def _read_body(raw: Any, bound: int, request: Request) -> bytes:
    """The whole body of urllib3 response `raw`, at most `bound` bytes, as sent (an encoded
    answer is refused unread), by `request.deadline`: every read of the socket waits at
    most for the time left (pool.DeadlineSocket), so a body sent a byte at a time cannot
    outlast it.  The connection goes back to the pool only when read to its end."""
    try:
        refused = refused_encoding(raw.headers.get("Content-Encoding", ""))
        if refused is not None:
            raise refused
        declared = raw.length_remaining
        if declared is not None and declared > bound:
            raise announced_too_long(declared, bound)
        if declared is not None:
            data: bytes = raw.read()        # http.client stops at Content-Length
        else:                               # chunked or close-delimited
            deadline = request.deadline
            body = bytearray()
            while chunk := raw.read(_READ_CHUNK):
                body += chunk
                if len(body) > bound:
                    raise read_too_long(bound)
                if deadline is not None and time.monotonic() >= deadline:
                    raise expired(request, f"while reading the answer ({len(body)} bytes "
                                  "read)")
            data = bytes(body)
    except BaseException:
        raw.close()                         # unread bytes: never hand this connection on
        raw.release_conn()
        raise
    raw.release_conn()
    return data


def _environ(name: str) -> str | None:
    """`name` from the environment, the lower-case spelling first (as urllib and requests
    read them; an empty lower-case value hides the upper-case one)."""
    value = os.environ.get(name.lower())
    return value if value is not None else os.environ.get(name.upper())


def bypass_proxy(host: str, port: int, no_proxy: str) -> bool:
    """Whether `host`:`port` is excluded by a NO_PROXY value, as requests and
    urllib.request.proxy_bypass_environment match it: comma-separated entries, `*` for every
    host, a name matching itself and its subdomains (a leading `.` ignored), `HOST:PORT` only
    that port, and for IP addresses an address or a CIDR range (`10.0.0.0/8`)."""
    import ipaddress   # here: only when NO_PROXY is set, not a cost of `import generated`

    host = host.lower().strip("[]")
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        address = None
    for entry in no_proxy.split(","):
        entry = entry.strip().lower().lstrip(".")
        if not entry:
            continue
        if entry == "*":
            return True
        name, entry_port = entry, None
        if entry.startswith("[") and "]" in entry:            # [v6] or [v6]:port
            name, _, rest = entry[1:].partition("]")
            entry_port = rest[1:] if rest.startswith(":") else None
        elif entry.count(":") == 1:                             # name:port, v4:port
            name, _, entry_port = entry.partition(":")
        if entry_port is not None and entry_port != str(port):
            continue
        if address is not None:
            try:
                if address in ipaddress.ip_network(name, strict=False):
                    return True
            except ValueError:
                pass
            continue
        if host == name or host.endswith("." + name):
            return True
    return False


def environment_proxy(host: str, port: int) -> tuple[str, int, str | None, str | None] | None:
    """The proxy that `HTTPS_PROXY` / `https_proxy` name for `host`:`port`, unless
    `NO_PROXY` / `no_proxy` excludes it: (proxy host, port, user, password), or None.

    `http://[user:password@]HOST[:PORT]` (scheme optional, port 80 by default; user and
    password percent-decoded).  Any other scheme is not supported: a warning, and no proxy."""
    url = _environ("https_proxy")
    if not url or bypass_proxy(host, port, _environ("no_proxy") or ""):
        return None
    proxy = parse_proxy_url(url)
    if proxy is None:
        parts = urlsplit(url if "://" in url else "http://" + url)
        log.warning("HTTPS_PROXY: %s://%s is not an http://HOST[:PORT] proxy; connecting "
                    "directly (call set_proxy() to choose one)", parts.scheme,
                    parts.hostname or "?")
    return proxy


def parse_proxy_url(url: str) -> tuple[str, int, str | None, str | None] | None:
    """`http://[user:password@]HOST[:PORT]` (scheme optional, port 80 by default) ->
    (host, port, user, password), user and password percent-decoded; None for any other
    form (another scheme, no host, a bad port)."""
    parts = urlsplit(url if "://" in url else "http://" + url)
    try:
        proxy_port = parts.port or 80
    except ValueError:
        return None
    if parts.scheme.lower() != "http" or not parts.hostname:
        return None
    proxy_host = f"[{parts.hostname}]" if ":" in parts.hostname else parts.hostname
    user = unquote(parts.username) if parts.username is not None else None
    password = unquote(parts.password) if parts.password is not None else None
    return proxy_host, proxy_port, user, password
