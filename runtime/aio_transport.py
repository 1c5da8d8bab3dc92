"""The asyncio half of the transport: one aiohttp session per client, one attempt per call.

`AsyncTransport.send_once(request)` sends a `runtime.effects.Request` once and returns a
`runtime.transport.Response`, or raises `TransportFailure` saying whether the request can
have reached the server (`sent`) and whether trying again can help (`final`), as the sync
transport classifies urllib3's failures.  It follows no redirect and retries nothing: the
I/O-free core decides both, once, for the sync and the async client.

Why aiohttp: on loopback mutual TLS one small GET over a kept-alive connection costs about
what it costs the sync transport on urllib3 (the issue allows 1.3x), where httpx's
AsyncClient costs several times as much (the commit that added this module has the numbers).

What aiohttp would do on its own, and this module stops:
- send a GET, PUT or DELETE a second time when the connection drops after sending
  (RFC 9112 9.3.1): every failure once the request is being written is re-raised as an
  exception aiohttp does not retry, so one `send_once` is at most one request on the wire
  (the core knows which operations are idempotent; aiohttp guesses from the verb);
- follow redirects, read the proxy environment, keep cookies, add `User-Agent`, `Accept`
  and a `Content-Type` to a body: the request carries the SDK's headers only, and the
  caller passes the proxy it chose (HTTPS_PROXY / NO_PROXY) to `set_proxy`;
- requote the URL: the target goes out exactly as the core escaped it.

Where a failure happened tells what the server can have seen, so each phase raises its own
kind: opening the connection (TCP, proxy tunnel, TLS handshake: nothing sent), writing the
request (`_Writing`: part of it may be out), awaiting and reading the answer
(`_Answering`).

The aiohttp session belongs to the event loop that made it: it is made by the first
`send_once` in the running loop, and `close()` closes it in that loop; the transport can
then be used again, in any loop.  Using it from a second loop while its session is open
raises RuntimeError at once rather than hanging.
"""

from __future__ import annotations

import asyncio
import base64
import logging
import ssl
import time
from typing import Any

try:
    import aiohttp
    from yarl import URL
except ModuleNotFoundError as exc:  # pragma: no cover - tests/test_aio_transport.py, subprocess
    if exc.name not in ("aiohttp", "yarl"):
        raise
    raise ModuleNotFoundError("the asyncio client needs aiohttp: pip install 'asm-sdk[aio]'",
                              name=exc.name) from None

from .effects import Request, TransportFailure, expired
from .errors import AzureConfigurationError
from .transport import (MAX_RESPONSE_BODY, Response, announced_too_long, read_too_long,
                        refused_encoding, response_bound, split_host)

__all__ = ["AsyncTransport"]

log = logging.getLogger("asm_sdk_runtime.transport")

# Headers aiohttp would add: the SDK sends its own only, plus `Accept-Encoding: identity`
# as urllib3 does; the session does not decompress (auto_decompress=False): an encoded
# answer is refused unread, as the sync transport refuses it.
_SKIP_AUTO_HEADERS = frozenset({"Accept", "Accept-Encoding", "User-Agent", "Content-Type"})
_DEFAULT_HEADERS = {"Accept-Encoding": "identity"}
_FAILURES = (aiohttp.ClientError, OSError, asyncio.TimeoutError)


class _Phase(Exception):
    """A failure after the connection was open, carried past aiohttp: not a ClientError
    nor an OSError, so aiohttp neither sends the request again nor rewraps the error."""

    def __init__(self, cause: BaseException) -> None:
        super().__init__(str(cause))
        self.cause = cause


class _Writing(_Phase):
    """Writing the request failed: part of it may have reached the server."""


class _Answering(_Phase):
    """Awaiting or reading the answer failed: the server may have seen the request.
    `head`: before the status line and headers were complete."""

    def __init__(self, cause: BaseException, head: bool) -> None:
        super().__init__(cause)
        self.head = head


class _OneAttemptRequest(aiohttp.ClientRequest):
    async def send(self, conn: Any) -> aiohttp.ClientResponse:
        try:
            return await super().send(conn)
        except _FAILURES as exc:
            raise _Writing(exc) from exc


class _OneAttemptResponse(aiohttp.ClientResponse):
    async def start(self, connection: Any) -> _OneAttemptResponse:
        try:
            await super().start(connection)
        except _FAILURES as exc:
            raise _Answering(exc, head=True) from exc
        return self


class AsyncTransport:
    """HTTPS to one management host with asyncio: mutual TLS from one `ssl.SSLContext`,
    at most `max_connections` requests at a time over kept-alive connections (a call
    waits for a free one), an optional CONNECT proxy.

    `timeout`: seconds to wait for each read of the answer; `connect_timeout`: seconds to
    open a connection, proxy tunnel and TLS handshake included (default min(timeout, 30)),
    as the sync transport.  The answer's body is read whole, up to `max_response_body`
    bytes (default MAX_RESPONSE_BODY).
    No I/O here: the session is made in the running loop by the first `send_once`.
    """

    def __init__(self, host: str, ssl_context: ssl.SSLContext, timeout: float,
                 connect_timeout: float | None, max_connections: int = 10,
                 max_response_body: int = MAX_RESPONSE_BODY) -> None:
        self.host, self.port = split_host(host)
        self.max_response_body = response_bound(max_response_body)
        if not isinstance(max_connections, int) or max_connections < 1:
            raise AzureConfigurationError(
                f"max_connections must be a whole number of at least 1, not {max_connections!r}")
        self._ssl = ssl_context
        self.max_connections = max_connections
        # `connect` bounds the whole opening (aiohttp reads a proxy's CONNECT answer with
        # no other timeout); waiting for a free connection is not part of it (_slots).
        connect = connect_timeout or min(timeout, 30)
        self._timeout = aiohttp.ClientTimeout(total=None, connect=connect,
                                              sock_connect=connect, sock_read=timeout)
        self._origin = f"https://{_bracketed(self.host)}:{self.port}"
        self._proxy: URL | None = None
        self._proxy_headers: dict[str, str] | None = None
        self._session: aiohttp.ClientSession | None = None
        self._slots: asyncio.Semaphore | None = None
        self._loop: asyncio.AbstractEventLoop | None = None

    def set_proxy(self, host: str, port: int, user: str | None = None,
                  password: str | None = None) -> None:
        """Tunnel every later request through an HTTP proxy (CONNECT, with basic
        credentials when `user` is given): TLS, and the client certificate, stay end to
        end with the management host."""
        proxy_host, _ = split_host(host)   # validates; the port is given separately
        self._proxy = URL(f"http://{_bracketed(proxy_host)}:{int(port)}")
        # Sent with the CONNECT only (never to the management host), encoded as urllib3
        # encodes it for the sync client.
        self._proxy_headers = None if user is None else {
            "Proxy-Authorization": "Basic " + base64.b64encode(
                f"{user}:{password or ''}".encode("latin-1")).decode("ascii")}

    def _open_here(self) -> tuple[aiohttp.ClientSession, asyncio.Semaphore]:
        loop = asyncio.get_running_loop()
        if self._session is not None and self._slots is not None:
            if self._loop is loop:
                return self._session, self._slots
            raise RuntimeError(
                "this client's connections belong to another event loop: use one client per "
                "loop, or `await client.close()` in the first loop before using it in another")
        connector = aiohttp.TCPConnector(ssl=self._ssl, limit=self.max_connections,
                                         limit_per_host=self.max_connections)
        self._session = aiohttp.ClientSession(
            connector=connector, timeout=self._timeout, headers=_DEFAULT_HEADERS,
            skip_auto_headers=_SKIP_AUTO_HEADERS, request_class=_OneAttemptRequest,
            response_class=_OneAttemptResponse, cookie_jar=aiohttp.DummyCookieJar(),
            trust_env=False, auto_decompress=False)
        self._slots = asyncio.Semaphore(self.max_connections)
        self._loop = loop
        return self._session, self._slots

    async def send_once(self, request: Request) -> Response:
        """Send `request` once: its answer, whatever the status, or TransportFailure.  By
        `request.deadline`, when it has one: the whole attempt (waiting for a free
        connection, opening it, sending, the answer's head and every byte of its body) is
        cancelled when it passes, an `expired` TransportFailure."""
        deadline = request.deadline
        if deadline is None:
            return await self._send_once(request)
        left = deadline - time.monotonic()
        if left <= 0:
            raise expired(request, "before it was sent", sent=False)
        try:
            async with asyncio.timeout(left):
                return await self._send_once(request)
        except TimeoutError:    # the deadline's: the attempt's own end in TransportFailure
            raise expired(request, "before its answer was read") from None

    async def _send_once(self, request: Request) -> Response:
        session, slots = self._open_here()
        url = URL(self._origin + request.target, encoded=True)
        failed: TransportFailure | None = None
        async with slots:
            t0 = time.monotonic()
            try:
                async with session.request(request.method, url, headers=request.headers,
                                           data=request.body, allow_redirects=False,
                                           proxy=self._proxy,
                                           proxy_headers=self._proxy_headers) as raw:
                    try:
                        data = await _read_body(raw, self.max_response_body)
                    except BaseException as exc:
                        raw.close()      # half read: the connection is not reused
                        if isinstance(exc, _FAILURES):
                            raise _Answering(exc, head=False) from exc
                        raise
                    resp = Response(raw.status, raw.headers, data, raw.reason or "")
            except TransportFailure as exc:
                failed = exc
            except _Phase as exc:
                failed = self._failure_after_connecting(request, exc)
            except _FAILURES as exc:
                failed = self._failure_to_connect(request, exc)
        if failed is not None:
            log.debug("%s %s failed (sent=%s, final=%s): %s", request.method,
                      request.target.split("?")[0], failed.sent, failed.final, failed.reason)
            raise failed
        if log.isEnabledFor(logging.DEBUG):
            log.debug("%s %s -> %s request-id=%s %.1f ms", request.method,
                      request.target.split("?")[0], resp.status, resp.request_id,
                      (time.monotonic() - t0) * 1000)
        return resp

    def _failure_to_connect(self, request: Request, exc: BaseException) -> TransportFailure:
        """Opening the connection failed (TCP, the proxy tunnel, the TLS handshake): no
        byte of the request was written."""
        where = f"{self.host}:{self.port}"
        what = f"{request.method} {where}{request.target.split('?')[0]}"
        if isinstance(exc, aiohttp.ClientConnectorCertificateError):
            return TransportFailure(f"TLS failure talking to {where}: "
                                    f"{exc.certificate_error}", sent=False, final=True)
        if isinstance(exc, aiohttp.ClientConnectorSSLError):
            if _lost(exc.os_error):   # the peer hung up inside the handshake
                return TransportFailure(f"{what}: connection lost during the TLS handshake "
                                        f"({exc.os_error})", sent=False)
            return TransportFailure(f"TLS failure talking to {where}: {exc.os_error}",
                                    sent=False, final=True)
        if isinstance(exc, asyncio.TimeoutError):
            return TransportFailure(f"{what}: connect timeout", sent=False)
        if self._proxy is not None:
            # The proxy refused the tunnel (407, 403, 502), could not be reached, or hung
            # up on the CONNECT: nothing reached the management host, and asking again
            # would get the same answer (urllib3's ProxyError on the sync side).
            if isinstance(exc, aiohttp.ClientHttpProxyError):
                detail = f"{exc.status} {exc.message}"
            elif isinstance(exc, aiohttp.ClientProxyConnectionError):
                detail = f"cannot connect to the proxy ({exc.os_error})"
            elif not isinstance(exc, aiohttp.ClientConnectorError):
                detail = f"no answer to CONNECT ({type(exc).__name__}: {exc})"
            else:
                detail = None
            if detail is not None:
                return TransportFailure(f"proxy failure reaching {where}: {detail}",
                                        sent=False, final=True)
        if isinstance(exc, aiohttp.ClientConnectorError):
            # refused, unreachable, no such host, reset inside the TLS handshake
            return TransportFailure(f"{what}: cannot connect ({exc.os_error})", sent=False)
        return TransportFailure(f"{what}: cannot connect ({type(exc).__name__}: {exc})",
                                sent=False)

    def _failure_after_connecting(self, request: Request, exc: _Phase) -> TransportFailure:
        """Writing the request, or awaiting or reading the answer, failed: the server may
        have seen the request."""
        where = f"{self.host}:{self.port}"
        what = f"{request.method} {where}{request.target.split('?')[0]}"
        cause = exc.cause
        if isinstance(cause, asyncio.TimeoutError):
            return TransportFailure(f"{what}: read timeout", sent=True)
        tls = _ssl_error(cause)
        if isinstance(exc, _Answering) and exc.head and tls is not None and not _lost(tls):
            # A TLS alert instead of an answer (the server refused our certificate: TLS
            # 1.3 says so after the handshake): asking again gets the same (urllib3's
            # SSLError on the sync side).
            return TransportFailure(f"TLS failure talking to {where}: {tls}", sent=True,
                                    final=True)
        step = "sending the request" if isinstance(exc, _Writing) else "reading the answer"
        return TransportFailure(f"{what}: connection lost {step} "
                                f"({type(cause).__name__}: {cause})", sent=True)

    async def close(self) -> None:
        """Close every connection.  Awaited in the loop that used the transport (or after
        that loop has ended); a later `send_once` opens new connections, in any loop."""
        session, loop = self._session, self._loop
        if session is None:
            return
        if loop is not asyncio.get_running_loop() and loop is not None and not loop.is_closed():
            raise RuntimeError("close() must be awaited in the event loop that used the client")
        self._session = self._slots = self._loop = None
        try:
            await session.close()
        except (RuntimeError, ValueError):
            # That loop ended with the connections open (their sockets went with it) and
            # this aiohttp cannot close them from here: let go of them.
            session.detach()


def _bracketed(host: str) -> str:
    return f"[{host}]" if ":" in host and not host.startswith("[") else host


def _ssl_error(exc: BaseException) -> ssl.SSLError | None:
    """The ssl.SSLError behind `exc` (aiohttp wraps it in ClientOSError), if any."""
    seen: BaseException | None = exc
    for _ in range(5):
        if seen is None or isinstance(seen, ssl.SSLError):
            return seen
        seen = seen.__cause__ or seen.__context__
    return None


def _lost(exc: BaseException | None) -> bool:
    """Whether `exc` says the peer went away (EOF, reset) rather than refusing us."""
    return isinstance(exc, (ssl.SSLEOFError, ssl.SSLZeroReturnError, ConnectionResetError,
                            ConnectionAbortedError, BrokenPipeError))


async def _read_body(raw: aiohttp.ClientResponse, bound: int) -> bytes:
    """The whole body, at most `bound` bytes, as sent (an encoded answer is refused
    unread)."""
    refused = refused_encoding(raw.headers.get("Content-Encoding", ""))
    if refused is not None:
        raise refused
    declared = raw.content_length
    if declared is not None and declared > bound:
        raise announced_too_long(declared, bound)
    if declared is not None:
        return await raw.read()      # the parser stops at Content-Length
    body = bytearray()
    async for chunk in raw.content.iter_any():
        body += chunk
        if len(body) > bound:
            raise read_too_long(bound)
    return bytes(body)
