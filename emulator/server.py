"""HTTPS with mutual TLS around `App`, and the `Emulator` lifecycle (start, config, stop)."""

from __future__ import annotations

import json
import logging
import os
import socket
import ssl
import tempfile
import threading
import uuid
from contextlib import contextmanager
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any, Iterator

from .app import DEFAULT_SPEC, DEFAULT_SUBSCRIPTION, App
from .certs import _write_private, ensure_pki
from .identity import (DEFAULT_TOKEN_LIFETIME, Identity, auth_scheme, load_certificate_der,
                       thumbprint)

log = logging.getLogger("asm_sdk_emulator")
CONFIG_FILE = "emulator.json"
HANDSHAKE_TIMEOUT = 10.0
IDLE_TIMEOUT = 30.0
MAX_BODY = 16 * 1024 * 1024


def default_state_dir() -> Path:
    return Path(tempfile.gettempdir()) / f"asm-emulator-{os.getuid() if hasattr(os, 'getuid') else 'user'}"


def server_context(ca_file: Path, cert_file: Path, key_file: Path) -> ssl.SSLContext:
    """TLS server context that asks for a client certificate without requiring one (a
    caller may authenticate with a bearer token instead).  A certificate presented must be
    issued by our CA or be one the state registered: Python's ssl has no verify callback, so
    registered certificates are added to this context's trust store as they come
    (`Identity.trust`), each trusted as itself (partial chains: a leaf needs no issuer).
    Whether a certificate may call is decided per request (emulator/identity.py)."""
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    ctx.load_cert_chain(str(cert_file), str(key_file))
    ctx.verify_mode = ssl.CERT_OPTIONAL
    ctx.verify_flags |= ssl.VERIFY_X509_PARTIAL_CHAIN
    ctx.load_verify_locations(cafile=str(ca_file))
    return ctx


class _Handler(BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    server_version = "asm-emulator"
    sys_version = ""
    timeout = IDLE_TIMEOUT
    client_thumbprint: str | None = None
    _auth = "-"

    def setup(self) -> None:
        super().setup()
        # The client certificate of this connection (verified in the handshake), if any.
        der = self.request.getpeercert(binary_form=True)
        self.client_thumbprint = thumbprint(der) if der else None

    def _serve(self) -> None:
        self._auth = auth_scheme({k.lower(): v for k, v in self.headers.items()},
                                 self.client_thumbprint)
        length = self.headers.get("Content-Length")
        if self.headers.get("Transfer-Encoding", "").lower() == "chunked":
            body = self._read_chunked()
        else:
            try:
                n = int(length or 0)
            except ValueError:
                n = -1
            if n < 0 or n > MAX_BODY:
                self.send_error(400 if n < 0 else 413)
                return
            body = self.rfile.read(n) if n else b""
        latency = self.server.app.latency
        # In this connection's own thread and under no lock: concurrent requests each wait
        # `latency`, side by side; stop() cuts the wait short.
        if latency and self.server.stopping.wait(latency):
            self.close_connection = True
            return
        resp = self.server.app.handle(self.command, self.path, dict(self.headers.items()), body,
                                      client_thumbprint=self.client_thumbprint)
        self.send_response(resp.status)
        for k, v in resp.headers.items():
            self.send_header(k, v)
        self.send_header("Content-Length", str(len(resp.body)))
        self.end_headers()
        if self.command != "HEAD" and resp.body:
            self.wfile.write(resp.body)

    def _read_chunked(self) -> bytes:
        data = b""
        while True:
            size = int(self.rfile.readline().split(b";")[0].strip() or b"0", 16)
            if size == 0:
                self.rfile.readline()
                return data
            data += self.rfile.read(size)
            self.rfile.readline()
            if len(data) > MAX_BODY:
                raise ValueError("body too large")

    do_GET = do_POST = do_PUT = do_DELETE = do_HEAD = do_PATCH = _serve

    def send_error(self, code, message=None, explain=None):
        """HTTP-level errors (malformed request line, oversized body) as Azure errors."""
        from .base import error_xml
        body = error_xml("BadRequest" if code < 500 else "InternalError",
                         message or self.responses.get(code, ("Error",))[0])
        self.send_response(code, message)
        self.send_header("x-ms-request-id", uuid.uuid4().hex)
        self.send_header("Content-Type", "application/xml; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        self.send_header("Connection", "close")
        self.close_connection = True
        self.end_headers()
        if self.command != "HEAD" and code >= 200 and code not in (204, 304):
            self.wfile.write(body)

    def log_request(self, code: Any = "-", size: Any = "-") -> None:
        # The request line, the status and how the caller authenticated: the scheme only,
        # never a token (emulator/identity.py: auth_scheme).
        code = getattr(code, "value", code)
        log.info("%s \"%s\" %s auth=%s", self.address_string(), self.requestline, code,
                 self._auth)
        self._auth = "-"

    def log_message(self, fmt: str, *args: Any) -> None:
        log.debug("%s %s", self.address_string(), fmt % args)


class _Server(ThreadingHTTPServer):
    daemon_threads = False
    block_on_close = True
    allow_reuse_address = True
    # The listen backlog (socketserver's default is 5): 100 clients connecting at once, as
    # a fan-out under asyncio.gather does, would otherwise see their SYNs dropped and
    # retried after 1, 3, 7 s, and measure the kernel's backoff instead of the endpoint.
    request_queue_size = 1024

    def __init__(self, addr, app: App, ctx: ssl.SSLContext) -> None:
        self.app = app
        self.ssl_context = ctx
        self._conns: set[socket.socket] = set()
        self._conns_lock = threading.Lock()
        self._closing = False
        self.stopping = threading.Event()    # set by close_connections()
        super().__init__(addr, _Handler)

    def process_request(self, request, client_address):
        with self._conns_lock:
            self._conns.add(request)
        super().process_request(request, client_address)

    def finish_request(self, request, client_address):
        # The TLS handshake runs here, in the connection's own thread: a slow or rejected
        # client never blocks the accept loop.
        request.settimeout(HANDSHAKE_TIMEOUT)
        # Headers and body go out as two writes: without NODELAY the second waits for the
        # client's delayed ACK (~40 ms a response).
        request.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        try:
            tls = self.ssl_context.wrap_socket(request, server_side=True,
                                               do_handshake_on_connect=False)
        except (ssl.SSLError, OSError) as exc:
            log.info("TLS setup with %s failed: %s", client_address[0], exc)
            return
        with self._conns_lock:          # from here on stop() can interrupt the handshake
            self._conns.discard(request)
            self._conns.add(tls)
            closing = self._closing
        try:
            if closing:
                return
            try:
                tls.do_handshake()
            except (ssl.SSLError, OSError) as exc:
                log.info("TLS handshake with %s refused: %s", client_address[0], exc)
                return
            tls.settimeout(IDLE_TIMEOUT)
            self.RequestHandlerClass(tls, client_address, self)
        except (ssl.SSLError, OSError) as exc:
            log.debug("connection from %s ended: %s", client_address[0], exc)
        finally:
            with self._conns_lock:
                self._conns.discard(tls)
            try:
                tls.close()
            except OSError:
                pass

    def shutdown_request(self, request):
        with self._conns_lock:
            self._conns.discard(request)
        super().shutdown_request(request)

    def handle_error(self, request, client_address):
        log.debug("error serving %s", client_address, exc_info=True)

    def close_connections(self) -> None:
        self.stopping.set()
        with self._conns_lock:
            self._closing = True
            conns = list(self._conns)
        for s in conns:
            try:
                s.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass


class Emulator:
    """The local Service Management endpoint.

        emu = Emulator(port=0).start()      # background thread
        cfg = emu.config                   # host, subscription_id, cert_file, ca_file
        ...
        emu.stop()

    Also a context manager.  `state_dir` holds the certificates, the JSON config and (with
    `persist=True`, or `db_path=`) the SQLite state.  `latency`: seconds every request
    waits before it is served (concurrent requests wait side by side), to measure
    round trips honestly on loopback.
    """

    def __init__(self, *, port: int = 0, state_dir: Path | str | None = None,
                 db_path: Path | str | None = None, persist: bool = False,
                 subscription_id: str = DEFAULT_SUBSCRIPTION, operation_delay: float = 0.5,
                 fail_marker: str = "asyncfail", spec_dir: Path | str = DEFAULT_SPEC,
                 config_file: Path | str | None = None, state_delay: float = 0.0,
                 state_delays: dict[str, float] | None = None,
                 token_lifetime: float = DEFAULT_TOKEN_LIFETIME, latency: float = 0.0) -> None:
        self.state_dir = Path(state_dir) if state_dir else default_state_dir()
        self.port = port
        if persist and db_path is None:
            db_path = self.state_dir / "state.sqlite3"
        self.db_path = Path(db_path) if db_path else None
        self.subscription_id = subscription_id
        self.operation_delay = operation_delay
        self.fail_marker = fail_marker
        self.state_delay = state_delay
        self.state_delays = dict(state_delays or {})
        self.spec_dir = Path(spec_dir)
        self.config_file = Path(config_file) if config_file else self.state_dir / CONFIG_FILE
        self.token_lifetime = token_lifetime
        self.latency = latency
        self.app: App | None = None
        self._server: _Server | None = None
        self._thread: threading.Thread | None = None
        self.config: dict[str, str] = {}

    def start(self) -> "Emulator":
        pki = ensure_pki(self.state_dir)
        self.app = App(spec_dir=self.spec_dir, subscription_id=self.subscription_id,
                       db_path=self.db_path, operation_delay=self.operation_delay,
                       fail_marker=self.fail_marker, state_delay=self.state_delay,
                       state_delays=self.state_delays, latency=self.latency)
        ctx = server_context(pki.ca_file, pki.server_cert_file, pki.server_key_file)
        identity = Identity(self.state_dir, token_lifetime=self.token_lifetime)
        identity.trust = lambda der: ctx.load_verify_locations(cadata=der)
        self.app.identity = identity
        self._server = _Server(("127.0.0.1", self.port), self.app, ctx)
        port = self._server.server_address[1]
        self.app.host = identity.authority = f"127.0.0.1:{port}"
        identity.attach(self.app, load_certificate_der(pki.client_file))
        self.config = {"host": f"127.0.0.1:{port}", "subscription_id": self.subscription_id,
                       "cert_file": str(pki.client_file), "ca_file": str(pki.ca_file),
                       **identity.config()}
        # The config holds the Azure AD client secret: owner only, like the keys.
        _write_private(self.config_file, (json.dumps(self.config, indent=2) + "\n").encode())
        self._thread = threading.Thread(target=self._server.serve_forever,
                                        kwargs={"poll_interval": 0.1},
                                        name=f"asm-emulator:{port}", daemon=True)
        self._thread.start()
        log.info("listening on https://%s (config %s)", self.config["host"], self.config_file)
        return self

    def serve_forever(self) -> None:
        """Run in the calling thread until `stop()` (from a signal handler or another thread)."""
        if self._thread is None:
            self.start()
        while self._thread is not None and self._thread.is_alive():
            self._thread.join(0.5)

    @property
    def host(self) -> str:
        return self.config["host"]

    @property
    def status_calls(self) -> int:
        """get_operation_status calls served since the start (or the last `app.reset()`)."""
        return self.app.status_calls if self.app is not None else 0

    def status_calls_for(self, request_id: str) -> int:
        """get_operation_status calls served for one request id (with or without dashes)."""
        if self.app is None:
            return 0
        return self.app.status_calls_by_id[request_id.replace("-", "").lower()]

    @contextmanager
    def options(self, **options: Any) -> Iterator["Emulator"]:
        """Change timing options while the block runs (`App.configure`: operation_delay,
        fail_marker, state_delay, state_delays, role_failures, latency, token_lifetime),
        then restore them."""
        assert self.app is not None, "start() the emulator first"
        old = self.app.configure(**options)
        try:
            yield self
        finally:
            self.app.configure(**old)

    def client(self, **kwargs: Any):
        """A `ServiceManagementService` connected to this endpoint."""
        from generated import ServiceManagementService
        c = self.config
        return ServiceManagementService(c["subscription_id"], c["cert_file"], host=c["host"],
                                        ca_file=c["ca_file"], **kwargs)

    def stop(self) -> None:
        """Stop serving, close every connection, join every thread, close the state."""
        server, self._server = self._server, None
        if server is not None:
            server.shutdown()
            server.close_connections()
            server.server_close()           # joins the connection threads
        thread, self._thread = self._thread, None
        if thread is not None:
            thread.join(5)
        if self.app is not None:
            self.app.close()
        try:
            if self.config_file.exists() and json.loads(
                    self.config_file.read_text(encoding="utf-8")) == self.config:
                self.config_file.unlink()
        except (OSError, ValueError):
            pass

    def __enter__(self) -> "Emulator":
        return self.start() if self._server is None else self

    def __exit__(self, *exc) -> None:
        self.stop()
