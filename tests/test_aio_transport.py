"""runtime.aio_transport.AsyncTransport against the mutual-TLS fault server
(tests/faultserver.py) and a CONNECT proxy (tests/test_proxy.py).

One `send_once` is one attempt: every failure is a TransportFailure whose `sent` says
whether the server can have seen the request (False only where no byte of it can have left:
refused, connect timeout, lost inside the TLS handshake, proxy refusal) and `final` whether
asking again can help (certificate verification, a refused tunnel).  Each test states the
fault and asserts the classification and what the server saw; a request the server saw once
is never sent a second time by aiohttp behind the core's back.
"""

from __future__ import annotations

import asyncio
import base64
import gc
import gzip
import logging
import socket
import ssl
import subprocess
import sys
import threading
import time
import warnings
from pathlib import Path

import pytest

from asm_sdk_runtime import aio_transport
from asm_sdk_runtime import transport as transport_module
from asm_sdk_runtime.aio_transport import AsyncTransport
from asm_sdk_runtime.auth import build_ssl_context
from asm_sdk_runtime.effects import Request, TransportFailure
from asm_sdk_runtime.errors import AzureConfigurationError
from asm_sdk_runtime.transport import MAX_RESPONSE_BODY, environment_proxy
from tests.faultserver import (_send_response, close, dynamic, make_certs, reply,
                               reset, reset_after_client_hello, short_body, stall)
from tests.test_proxy import ConnectProxy

ROOT = Path(__file__).resolve().parent.parent
HEADERS = {"x-ms-version": "2014-10-01", "Content-Type": "application/xml; charset=utf-8"}
PATH = "/sub/services/hostedservices/svc1"


def get(path: str = PATH) -> Request:
    return Request("GET", path, HEADERS, None)


def post(path: str = PATH, body: bytes = b"<CreateHostedService/>") -> Request:
    return Request("POST", path, HEADERS, body)


@pytest.fixture(scope="module")
def other_certs(tmp_path_factory):
    """Another throwaway CA, and certificates from it: trusted by nobody here."""
    return make_certs(tmp_path_factory.mktemp("other-ca"))


@pytest.fixture
def ctx(fault_certs) -> ssl.SSLContext:
    """The client's one SSLContext: its certificate, verifying the server against the CA."""
    return build_ssl_context(fault_certs.client, ca_file=fault_certs.ca)


def send(host: str, ctx: ssl.SSLContext, *requests: Request, timeout: float = 2,
         connect_timeout: float | None = None, proxy: tuple | None = None,
         max_connections: int = 10, max_response_body: int = MAX_RESPONSE_BODY) -> list:
    """Each request sent once by one transport in a new loop: its Response, or the
    TransportFailure it raised."""
    async def main() -> list:
        transport = AsyncTransport(host, ctx, timeout, connect_timeout, max_connections,
                                   max_response_body)
        if proxy is not None:
            transport.set_proxy(*proxy)
        out = []
        try:
            for request in requests:
                try:
                    out.append(await transport.send_once(request))
                except TransportFailure as exc:
                    out.append(exc)
        finally:
            await transport.close()
        return out
    return asyncio.run(main())


def failure(result) -> TransportFailure:
    assert isinstance(result, TransportFailure), result
    return result


def free_port() -> int:
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    return port


# --- what is sent and what comes back ------------------------------------------------------

def test_answer_status_headers_and_body(fault_server, ctx):
    fault_server.route("GET", PATH, reply(200, "<HostedService/>", request_id="rid-1",
                                          headers={"ETag": "abc"}))
    (resp,) = send(fault_server.host, ctx, get())
    assert (resp.status, resp.message, resp.data) == (200, "OK", b"<HostedService/>")
    assert resp.request_id == "rid-1"
    assert resp.headers.get("etag") == resp.headers.get("ETAG") == "abc"


def test_the_request_goes_out_as_given_with_the_client_certificate(fault_server, ctx):
    fault_server.route("GET", PATH, reply(200))
    fault_server.route("POST", PATH, reply(202))
    fault_server.route("DELETE", PATH, reply(202))
    send(fault_server.host, ctx, get(), post(), Request("POST", PATH, HEADERS, None),
         Request("DELETE", PATH, {"x-ms-version": "2014-10-01"}, None))
    seen = fault_server.seen()
    assert [r.request_line for r in seen] == [f"GET {PATH} HTTP/1.1", f"POST {PATH} HTTP/1.1",
                                              f"POST {PATH} HTTP/1.1", f"DELETE {PATH} HTTP/1.1"]
    assert all(r.client_cert for r in seen)
    # The SDK's headers, and only what HTTP needs besides (no aiohttp User-Agent, Accept,
    # or octet-stream Content-Type): the same as urllib3 sends.
    assert seen[0].headers == {"host": fault_server.host, "accept-encoding": "identity",
                               **{k.lower(): v for k, v in HEADERS.items()}}
    assert seen[1].body == b"<CreateHostedService/>"
    assert seen[1].headers["content-length"] == "22"
    assert seen[2].headers["content-length"] == "0"     # Azure answers 411 without it
    assert "content-type" not in seen[3].headers


@pytest.mark.parametrize("target", [
    "/sub/services/hostedservices/a%2Fb?embed-detail=false",
    "/sub/services/hostedservices/%2E%2E/x",
    "/sub/services/hostedservices/caf%C3%A9",
    "/sub/services/hostedservices/a%20b;c=d?x=%2F&y=a+b",
    "/sub/services//hostedservices",
])
def test_the_target_is_sent_exactly_as_the_core_escaped_it(fault_server, ctx, target):
    fault_server.route("GET", target.split("?")[0], reply(200))
    (resp,) = send(fault_server.host, ctx, get(target))
    assert resp.status == 200
    assert fault_server.seen()[0].request_line == f"GET {target} HTTP/1.1"


def test_error_statuses_and_redirects_are_answers_not_followed(fault_server, ctx):
    fault_server.script("GET", PATH, reply(307, headers={"Location": "/sub/elsewhere"}),
                        reply(503, "<Error/>", headers={"Retry-After": "3"}))
    first, second = send(fault_server.host, ctx, get(), get())
    assert (first.status, first.headers["location"]) == (307, "/sub/elsewhere")
    assert (second.status, second.data, second.headers["retry-after"]) == (503, b"<Error/>", "3")
    assert fault_server.count("GET", "/sub/elsewhere") == 0
    assert fault_server.count("GET", PATH) == 2


def test_a_compressed_answer_is_refused_unread_as_the_sync_transport_refuses_it(
        fault_server, ctx):
    body = b"<Locations>" + b"<Location/>" * 100 + b"</Locations>"
    fault_server.route("GET", PATH, reply(200, gzip.compress(body),
                                          headers={"Content-Encoding": "gzip"}))
    for sender in (send, send_sync):
        exc = failure(sender(fault_server.host, ctx, get())[0])
        assert (exc.sent, exc.final) == (True, True) and "'gzip'" in exc.reason


# --- connections -----------------------------------------------------------------------------

def test_connections_are_kept_alive_and_reused(fault_server, ctx):
    fault_server.route("GET", PATH, reply(200, "x"))
    results = send(fault_server.host, ctx, get(), get(), post(), get())
    assert [r.status for r in results[:2]] + [results[3].status] == [200, 200, 200]
    assert fault_server.connections == 1 and fault_server.handshakes == 1


def test_at_most_max_connections_requests_at_a_time(fault_server, ctx):
    lock = threading.Lock()
    state = {"now": 0, "most": 0}

    def slow(req):
        with lock:
            state["now"] += 1
            state["most"] = max(state["most"], state["now"])
        time.sleep(0.2)
        with lock:
            state["now"] -= 1
        return reply(200, "ok")

    fault_server.route("GET", PATH, dynamic(slow))

    async def main():
        transport = AsyncTransport(fault_server.host, ctx, 5, None, max_connections=3)
        try:
            return await asyncio.gather(*(transport.send_once(get()) for _ in range(9)))
        finally:
            await transport.close()

    assert [r.status for r in asyncio.run(main())] == [200] * 9
    assert state["most"] == 3
    assert fault_server.connections == 3


def test_max_connections_must_be_positive(ctx):
    for bad in (0, -1, 2.5):
        with pytest.raises(AzureConfigurationError, match="max_connections"):
            AsyncTransport("127.0.0.1:1", ctx, 1, None, bad)


def test_constructing_does_no_io_and_needs_no_loop(fault_server, ctx):
    transport = AsyncTransport(fault_server.host, ctx, 1, None)
    asyncio.run(transport.close())       # nothing opened: nothing to close
    assert fault_server.connections == 0


# --- failures before anything was sent: sent=False ----------------------------------------

def test_connection_refused(ctx):
    (result,) = send(f"127.0.0.1:{free_port()}", ctx, post())
    exc = failure(result)
    assert (exc.sent, exc.final) == (False, False)
    assert "cannot connect" in exc.reason and "POST" in exc.reason


def test_connect_timeout(ctx):
    # A listener whose accept queue is full: the kernel drops further SYNs.
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(0)
    filler = socket.create_connection(listener.getsockname())
    try:
        t0 = time.monotonic()
        (result,) = send("127.0.0.1:%d" % listener.getsockname()[1], ctx, post(),
                         timeout=5, connect_timeout=0.3)
        assert time.monotonic() - t0 < 3
    finally:
        filler.close()
        listener.close()
    exc = failure(result)
    assert (exc.sent, exc.final) == (False, False) and "connect timeout" in exc.reason


def test_tls_handshake_that_never_completes_is_a_connect_timeout(ctx):
    listener = socket.create_server(("127.0.0.1", 0))   # TCP completes, TLS gets no answer
    try:
        (result,) = send("127.0.0.1:%d" % listener.getsockname()[1], ctx, post(),
                         timeout=5, connect_timeout=0.3)
    finally:
        listener.close()
    exc = failure(result)
    assert (exc.sent, exc.final) == (False, False) and "connect timeout" in exc.reason


def test_reset_during_the_tls_handshake(fault_server, ctx):
    fault_server.on_accept(reset_after_client_hello())
    fault_server.route("POST", PATH, reply(202))
    first, second = send(fault_server.host, ctx, post(), post())
    exc = failure(first)
    assert (exc.sent, exc.final) == (False, False)
    assert second.status == 202          # the core may send it again: the server saw it once
    assert fault_server.count("POST", PATH) == 1


def test_server_certificate_from_an_untrusted_ca(fault_server, fault_certs, other_certs):
    untrusting = build_ssl_context(fault_certs.client, ca_file=other_certs.ca)
    (result,) = send(fault_server.host, untrusting, get())
    exc = failure(result)
    assert (exc.sent, exc.final) == (False, True)
    assert "TLS failure" in exc.reason and "certificate verify failed" in exc.reason
    assert fault_server.total == 0


class RefusingTLSServer:
    """A mutual-TLS server that trusts no client certificate: it sends its alert, reads
    what the client sent after it and then closes (no reset, so the client reads the
    alert).  With TLS 1.3 the client learns it only after its handshake completed and the
    request was written; with TLS 1.2 inside the handshake."""

    def __init__(self, certs, client_ca: str) -> None:
        self.ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        self.ctx.load_cert_chain(certs.server_cert, certs.server_key)
        self.ctx.verify_mode = ssl.CERT_REQUIRED
        self.ctx.load_verify_locations(client_ca)
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.host = "127.0.0.1:%d" % self.listener.getsockname()[1]
        self.refused = threading.Semaphore(0)     # one release per refused handshake
        self.thread = threading.Thread(target=self._serve, daemon=True)
        self.thread.start()

    def _serve(self) -> None:
        while True:
            try:
                raw, _ = self.listener.accept()
            except OSError:
                return
            tls = self.ctx.wrap_socket(raw, server_side=True, do_handshake_on_connect=False)
            try:
                tls.do_handshake()
            except (ssl.SSLError, OSError):
                self.refused.release()
            plain = socket.socket(fileno=tls.detach())
            plain.settimeout(2)
            try:
                while plain.recv(65536):
                    pass
            except OSError:
                pass
            plain.close()

    def close(self) -> None:
        self.listener.close()


@pytest.mark.parametrize("version", ["TLSv1_3", "TLSv1_2"])
def test_client_certificate_refused_by_the_server(fault_certs, other_certs, ctx, version):
    server = RefusingTLSServer(fault_certs, other_certs.ca)
    ctx.maximum_version = getattr(ssl.TLSVersion, version)
    try:
        (result,) = send(server.host, ctx, post())
    finally:
        server.close()
    exc = failure(result)
    assert exc.final and "TLS failure" in exc.reason
    # TLS 1.3: the request was written before the refusal arrived (it never reached HTTP,
    # but the client cannot know); TLS 1.2: refused inside the handshake.
    assert exc.sent is (version == "TLSv1_3")
    assert server.refused.acquire(timeout=5)


# --- failures once the request was written: sent=True, never sent twice --------------------

@pytest.mark.parametrize("method", ["GET", "PUT", "DELETE", "POST"])
def test_reset_after_the_request_was_read_is_not_retried_by_aiohttp(fault_server, ctx, method):
    # aiohttp on its own sends GET/PUT/DELETE again after such a reset; whether an
    # operation may be repeated is the core's decision (per operation), not the verb's.
    fault_server.route(method, PATH, reset())
    (result,) = send(fault_server.host, ctx, Request(method, PATH, HEADERS, b"<x/>"))
    exc = failure(result)
    assert (exc.sent, exc.final) == (True, False)
    assert "connection lost" in exc.reason
    assert fault_server.count(method, PATH) == 1


def test_server_closes_after_reading_the_request(fault_server, ctx):
    fault_server.route("POST", PATH, close())
    (result,) = send(fault_server.host, ctx, post())
    exc = failure(result)
    assert (exc.sent, exc.final) == (True, False)
    assert fault_server.count("POST", PATH) == 1


def test_reset_as_the_request_arrives_counts_as_sent(fault_server, ctx):
    # The server resets before reading it: the client cannot tell, so it may have been seen.
    fault_server.before_read(reset())
    (result,) = send(fault_server.host, ctx, post())
    exc = failure(result)
    assert (exc.sent, exc.final) == (True, False)
    assert fault_server.count("POST", PATH) == 0


def test_read_timeout(fault_server, ctx):
    fault_server.route("POST", PATH, stall(3, reply(202)))
    t0 = time.monotonic()
    (result,) = send(fault_server.host, ctx, post(), timeout=0.4)
    assert time.monotonic() - t0 < 2.5
    exc = failure(result)
    assert (exc.sent, exc.final) == (True, False) and "read timeout" in exc.reason
    assert fault_server.count("POST", PATH) == 1


def test_body_shorter_than_its_content_length(fault_server, ctx):
    fault_server.route("GET", PATH, short_body(b"<Hosted", 500))
    (result,) = send(fault_server.host, ctx, get())
    exc = failure(result)
    assert (exc.sent, exc.final) == (True, False)
    assert fault_server.count("GET", PATH) == 1


def test_a_failed_connection_is_not_reused(fault_server, ctx):
    fault_server.script("GET", PATH, short_body(b"<Hosted", 500), reply(200, "ok"))
    first, second = send(fault_server.host, ctx, get(), get())
    assert isinstance(first, TransportFailure) and second.data == b"ok"
    assert fault_server.connections == 2


# --- bounds on what the peer controls ------------------------------------------------------

def raw_answer(head: bytes, body: bytes):
    """Send this status line and headers, then `body` as it is, and close."""
    def act(srv, conn, req):
        conn.sendall(head + b"\r\n\r\n" + body)
        return close()(srv, conn, req)
    return act


def send_sync(host: str, ctx: ssl.SSLContext, *requests: Request,
              max_response_body: int = MAX_RESPONSE_BODY) -> list:
    """The same through the sync client's transport (runtime.transport.Transport)."""
    sync = transport_module.Transport(host, ctx, 2, None, 10, max_response_body)
    out: list = []
    try:
        for request in requests:
            try:
                out.append(sync.send_once(request))
            except TransportFailure as exc:
                out.append(exc)
    finally:
        sync.close()
    return out


# The bound is one rule for both clients: each transport reads at most max_response_body
# (default MAX_RESPONSE_BODY).
BOTH = pytest.mark.parametrize("sender", [send, send_sync], ids=["aio", "sync"])


@BOTH
def test_an_answer_announcing_more_than_the_bound_is_refused(fault_server, ctx, sender):
    def huge(srv, conn, req):
        _send_response(conn, 200, b"<x/>", content_length=aio_transport.MAX_RESPONSE_BODY + 1)
        return close()(srv, conn, req)
    fault_server.route("GET", PATH, huge)
    (result,) = sender(fault_server.host, ctx, get())
    exc = failure(result)
    assert (exc.sent, exc.final) == (True, True) and "bytes" in exc.reason
    assert str(aio_transport.MAX_RESPONSE_BODY + 1) in exc.reason


@BOTH
@pytest.mark.parametrize("encoding", ["chunked", "close-delimited"])
def test_an_answer_longer_than_the_bound_is_refused(fault_server, ctx, encoding, sender):
    payload = b"x" * 5000
    if encoding == "chunked":
        act = raw_answer(b"HTTP/1.1 200 OK\r\nConnection: close\r\nTransfer-Encoding: chunked",
                         b"%x\r\n%s\r\n0\r\n\r\n" % (len(payload), payload))
    else:
        act = raw_answer(b"HTTP/1.1 200 OK\r\nConnection: close", payload)
    fault_server.route("GET", PATH, act)
    fault_server.route("GET", "/sub/small", raw_answer(b"HTTP/1.1 200 OK\r\nConnection: close",
                                                       b"y" * 1000))
    big, small = sender(fault_server.host, ctx, get(), get("/sub/small"), max_response_body=1000)
    exc = failure(big)
    assert (exc.sent, exc.final) == (True, True) and "1000 bytes" in exc.reason
    assert small.data == b"y" * 1000          # at the bound: read whole


def test_the_sync_transport_reuses_a_connection_read_to_its_end(fault_server, ctx):
    fault_server.script("GET", PATH, reply(200, "a"), reply(200, "b"))
    first, second = send_sync(fault_server.host, ctx, get(), get())
    assert (first.data, second.data) == (b"a", b"b")
    assert fault_server.connections == 1


# --- proxies -------------------------------------------------------------------------------

@pytest.fixture
def proxies():
    made: list = []

    def make(credentials: str | None = None) -> ConnectProxy:
        proxy = ConnectProxy(credentials)
        made.append(proxy)
        return proxy
    yield make
    for proxy in made:
        proxy.close()


def test_requests_tunnel_through_the_proxy_with_tls_end_to_end(fault_server, ctx, proxies):
    fault_server.route("GET", PATH, reply(200, "ok"))
    proxy = proxies()
    results = send(fault_server.host, ctx, get(), get(), proxy=("127.0.0.1", proxy.port))
    assert [r.data for r in results] == [b"ok", b"ok"]
    # One tunnel, reused; the management certificate reached the server through it.
    assert [line.rsplit(" ", 1)[0] for line, _ in proxy.requests] == \
        [f"CONNECT {fault_server.host}"]
    assert "proxy-authorization" not in proxy.requests[0][1]
    assert fault_server.connections == 1
    assert all(r.client_cert for r in fault_server.seen())


def test_proxy_credentials_are_sent_and_never_logged(fault_server, ctx, proxies, caplog):
    fault_server.route("GET", PATH, reply(200, "ok"))
    proxy = proxies("corp\\jane:p@ss w0rd")
    with caplog.at_level(logging.DEBUG):
        (resp,) = send(fault_server.host, ctx, get(),
                       proxy=("127.0.0.1", proxy.port, "corp\\jane", "p@ss w0rd"))
    assert resp.data == b"ok"
    assert proxy.requests[0][1]["proxy-authorization"] == \
        "Basic " + base64.b64encode(b"corp\\jane:p@ss w0rd").decode()
    assert "p@ss w0rd" not in caplog.text
    assert base64.b64encode(b"corp\\jane:p@ss w0rd").decode() not in caplog.text


@pytest.mark.parametrize("given", [None, ("jane", "wrong")], ids=["no-credentials", "wrong"])
def test_proxy_refusing_the_tunnel_with_407(fault_server, ctx, proxies, given):
    proxy = proxies("jane:right")
    (result,) = send(fault_server.host, ctx, post(),
                     proxy=("127.0.0.1", proxy.port, *(given or ())))
    exc = failure(result)
    assert (exc.sent, exc.final) == (False, True)
    assert "proxy failure" in exc.reason and "407" in exc.reason
    assert fault_server.connections == 0


class AnsweringProxy:
    """A proxy that answers every CONNECT with `head` (None: hangs up without a word)."""

    def __init__(self, head: bytes | None) -> None:
        self.head = head
        self.listener = socket.create_server(("127.0.0.1", 0))
        self.port = self.listener.getsockname()[1]
        threading.Thread(target=self._serve, daemon=True).start()

    def _serve(self) -> None:
        while True:
            try:
                conn, _ = self.listener.accept()
            except OSError:
                return
            with conn:
                conn.recv(65536)
                if self.head is not None:
                    conn.sendall(self.head + b"\r\nContent-Length: 0\r\n\r\n")

    def close(self) -> None:
        self.listener.close()


@pytest.mark.parametrize("head", [b"HTTP/1.1 403 Forbidden", b"HTTP/1.1 502 Bad Gateway", None],
                         ids=["403", "502", "hangs-up"])
def test_proxy_refusing_the_tunnel(fault_server, ctx, head):
    proxy = AnsweringProxy(head)
    try:
        (result,) = send(fault_server.host, ctx, post(), proxy=("127.0.0.1", proxy.port))
    finally:
        proxy.close()
    exc = failure(result)
    assert (exc.sent, exc.final) == (False, True) and "proxy failure" in exc.reason
    if head is not None:
        assert head.split(b" ", 2)[1].decode() in exc.reason
    assert fault_server.connections == 0


def test_proxy_unreachable(fault_server, ctx):
    (result,) = send(fault_server.host, ctx, post(), proxy=("127.0.0.1", free_port()))
    exc = failure(result)
    assert (exc.sent, exc.final) == (False, True) and "cannot connect to the proxy" in exc.reason


def test_proxy_that_never_answers_the_connect_is_a_connect_timeout(fault_server, ctx):
    silent = socket.create_server(("127.0.0.1", 0))
    try:
        t0 = time.monotonic()
        (result,) = send(fault_server.host, ctx, post(), timeout=5, connect_timeout=0.3,
                         proxy=("127.0.0.1", silent.getsockname()[1]))
        assert time.monotonic() - t0 < 3
    finally:
        silent.close()
    exc = failure(result)
    assert (exc.sent, exc.final) == (False, False) and "connect timeout" in exc.reason


def test_set_proxy_checks_the_host(ctx):
    transport = AsyncTransport("127.0.0.1:1", ctx, 1, None)
    with pytest.raises(AzureConfigurationError):
        transport.set_proxy("http://proxy/with/path", 8080)


_PROXY_VARS = ("HTTPS_PROXY", "https_proxy", "NO_PROXY", "no_proxy", "HTTP_PROXY",
               "http_proxy", "ALL_PROXY", "all_proxy")


@pytest.mark.parametrize("no_proxy, tunnelled", [(None, True), ("127.0.0.1", False),
                                                 ("*", False), ("127.0.0.1:1", True)])
def test_the_environment_proxy_as_the_caller_applies_it(fault_server, ctx, proxies,
                                                        monkeypatch, no_proxy, tunnelled):
    """The transport reads no environment itself (aiohttp's trust_env is off); the client
    passes what runtime.transport.environment_proxy finds to set_proxy."""
    for name in _PROXY_VARS:
        monkeypatch.delenv(name, raising=False)
    proxy = proxies("jane:secret")
    monkeypatch.setenv("HTTPS_PROXY", f"http://jane:secret@127.0.0.1:{proxy.port}")
    if no_proxy is not None:
        monkeypatch.setenv("NO_PROXY", no_proxy)
    fault_server.route("GET", PATH, reply(200, "ok"))
    found = environment_proxy("127.0.0.1", fault_server.port)
    (resp,) = send(fault_server.host, ctx, get(), proxy=found)
    assert resp.data == b"ok"
    assert len(proxy.requests) == (1 if tunnelled else 0)


def test_the_transport_ignores_the_environment_on_its_own(fault_server, ctx, monkeypatch):
    monkeypatch.setenv("HTTPS_PROXY", f"http://127.0.0.1:{free_port()}")
    monkeypatch.setenv("https_proxy", f"http://127.0.0.1:{free_port()}")
    fault_server.route("GET", PATH, reply(200, "ok"))
    (resp,) = send(fault_server.host, ctx, get())
    assert resp.data == b"ok"


# --- event loops, closing, cancelling ------------------------------------------------------

AIOHTTP_UNCLOSED = ("Unclosed client session", "Unclosed connector", "Unclosed connection")


def test_close_closes_the_connections_and_a_later_call_opens_new_ones(fault_server, ctx):
    fault_server.route("GET", PATH, reply(200, "ok"))
    transport = AsyncTransport(fault_server.host, ctx, 2, None)

    async def twice():
        await transport.send_once(get())
        await transport.close()
        await transport.close()                 # closing twice is harmless
        return await transport.send_once(get())

    assert asyncio.run(twice()).data == b"ok"
    assert fault_server.connections == 2 and fault_server.handshakes == 2
    asyncio.run(transport.close())             # that loop has ended: released quietly


def test_a_second_event_loop_fails_at_once_while_the_first_is_open(fault_server, ctx):
    fault_server.route("GET", PATH, reply(200, "ok"))
    transport = AsyncTransport(fault_server.host, ctx, 2, None)
    first = asyncio.new_event_loop()
    runner = threading.Thread(target=first.run_forever, daemon=True)
    runner.start()
    try:
        assert asyncio.run_coroutine_threadsafe(transport.send_once(get()), first).result(5) \
            .data == b"ok"
        t0 = time.monotonic()
        with pytest.raises(RuntimeError, match="another event loop"):
            asyncio.run(transport.send_once(get()))
        with pytest.raises(RuntimeError, match="close"):
            asyncio.run(transport.close())
        assert time.monotonic() - t0 < 1
        asyncio.run_coroutine_threadsafe(transport.close(), first).result(5)
        assert asyncio.run(transport.send_once(get())).data == b"ok"   # reopened here
        asyncio.run(transport.close())
    finally:
        first.call_soon_threadsafe(first.stop)
        runner.join(5)
        first.close()


def test_a_transport_left_open_when_its_loop_ended(fault_server, ctx):
    fault_server.route("GET", PATH, reply(200, "ok"))
    transport = AsyncTransport(fault_server.host, ctx, 2, None)
    asyncio.run(transport.send_once(get()))              # loop ends, transport not closed
    with pytest.raises(RuntimeError, match="another event loop"):
        asyncio.run(transport.send_once(get()))

    async def recover():
        await transport.close()
        return await transport.send_once(get())

    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        assert asyncio.run(recover()).data == b"ok"
        asyncio.run(transport.close())
        gc.collect()
    # aiohttp's session and connector were closed (the sockets of the loop that ended
    # without closing them are asyncio's to report).
    assert not [str(w.message) for w in caught if str(w.message).startswith(AIOHTTP_UNCLOSED)]


def test_closing_leaves_no_unclosed_session_behind(fault_server, ctx):
    fault_server.route("GET", PATH, reply(200, "ok"))
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        send(fault_server.host, ctx, get(), get())
        gc.collect()
    client_side = f"raddr=('127.0.0.1', {fault_server.port})"
    assert not [str(w.message) for w in caught if issubclass(w.category, ResourceWarning)
                and (str(w.message).startswith(AIOHTTP_UNCLOSED) or client_side in str(w.message))]


def test_a_cancelled_call_frees_its_connection_and_its_slot(fault_server, ctx):
    fault_server.script("GET", PATH, stall(3, reply(200, "late")))
    fault_server.route("GET", PATH, reply(200, "ok"))

    async def main():
        transport = AsyncTransport(fault_server.host, ctx, 10, None, max_connections=1)
        try:
            with pytest.raises(asyncio.TimeoutError):
                await asyncio.wait_for(transport.send_once(get()), 0.3)
            return await asyncio.wait_for(transport.send_once(get()), 5)
        finally:
            await transport.close()

    assert asyncio.run(main()).data == b"ok"
    assert fault_server.connections == 2      # the abandoned connection was not reused


# --- packaging -------------------------------------------------------------------------------

def test_without_aiohttp_the_error_says_how_to_install_it():
    code = ("import sys\nsys.modules['aiohttp'] = None\n"
            "try:\n    import asm_sdk_runtime.aio_transport\n"
            "except ModuleNotFoundError as exc:\n    print(exc.name, '|', exc)\n")
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True,
                         text=True, timeout=120)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip() == ("aiohttp | the asyncio client needs aiohttp: "
                                  "pip install 'asm-sdk[aio]'")
