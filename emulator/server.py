"""HTTPS with mutual TLS around `App`, and the `Emulator` lifecycle (start, config, stop)."""

from __future__ import annotations

import io
import json
import logging
import os
import re
import socket
import ssl
import stat
import tempfile
import threading
import time
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
# What one client may make the endpoint spend (docs/emulator.md, "Bounds").
MAX_BODY = 16 * 1024 * 1024         # bytes of a request body, announced or chunked
MAX_CHUNK_LINE = 1024               # bytes of a chunk-size line (with extensions)
MAX_TRAILER_LINES = 100             # trailer fields after the last chunk
DEFAULT_MAX_CONNECTIONS = 512       # connections served at once; more get 503 ServerBusy
MAX_REFUSING = 64                   # refusals answered at once; more are closed unanswered
DEFAULT_HEADER_TIMEOUT = 30.0       # seconds to send a request line and its headers
REFUSAL_TIMEOUT = 2.0               # seconds a refused client gets to send its request
_CONTENT_LENGTH = re.compile(r"[0-9]+")
_CHUNK_SIZE = re.compile(rb"[0-9A-Fa-f]+")
# Control characters (and DEL) are escaped before a request's path reaches the console.
_UNPRINTABLE = re.compile(r"[\x00-\x1f\x7f-\x9f]")


def default_state_dir() -> Path:
    return Path(tempfile.gettempdir()) / f"asm-emulator-{os.getuid() if hasattr(os, 'getuid') else 'user'}"


def connection_limit(value: int) -> int:
    """A cap on concurrent connections: a whole number, 1 or more."""
    if isinstance(value, bool) or int(value) != value or value < 1:
        raise ValueError(f"max_connections must be a whole number >= 1, not {value!r}")
    return int(value)


def header_seconds(value: float) -> float:
    """A header deadline: a finite number of seconds, more than 0."""
    seconds = float(value)
    if not 0 < seconds < float("inf"):
        raise ValueError(f"header_timeout must be a finite number of seconds > 0, not {value!r}")
    return seconds


class StateDirError(OSError):
    """The state directory cannot be used safely (another user's, or writable by others)."""


def secure_state_dir(path: Path, *, shared_parent: bool) -> Path:
    """Create `path` (mode 0700) or check the one there: it must be a directory of the
    current user, not a symbolic link.  `shared_parent` (the default directory, in the
    shared temporary folder): one that group or others may write to is refused, since
    another local user could have made or changed it; a directory the caller named is
    made owner-only instead."""
    try:
        os.mkdir(path, 0o700)
    except FileExistsError:
        pass
    except FileNotFoundError:
        path.mkdir(mode=0o700, parents=True, exist_ok=True)
    info = os.lstat(path)
    if stat.S_ISLNK(info.st_mode) and shared_parent:
        raise StateDirError(f"refusing state directory {path}: it is a symbolic link; remove "
                            "it or choose another with --state-dir")
    if not stat.S_ISDIR(os.stat(path).st_mode):
        raise StateDirError(f"refusing state directory {path}: not a directory")
    info = os.stat(path)
    if hasattr(os, "getuid") and info.st_uid != os.getuid():
        raise StateDirError(f"refusing state directory {path}: it belongs to user id "
                            f"{info.st_uid}, not to you ({os.getuid()}); remove it or choose "
                            "another with --state-dir")
    mode = stat.S_IMODE(info.st_mode)
    if mode & 0o022 and shared_parent:
        raise StateDirError(f"refusing state directory {path}: group or others may write to "
                            f"it (mode {mode:04o}); remove it or choose another with "
                            "--state-dir")
    if mode & 0o077:
        os.chmod(path, 0o700)
    return path


def _printable(text: str) -> str:
    """`text` with control characters escaped (`\\x00`): what a client sent, for the console."""
    return _UNPRINTABLE.sub(lambda m: f"\\x{ord(m.group()):02x}", text)


class _DeadlineReader(io.RawIOBase):
    """The connection's reads, each waiting at most IDLE_TIMEOUT and, while `deadline`
    (a `time.monotonic()` instant) is set, no longer than until then: a client that sends
    its headers a byte at a time cannot stretch them past the deadline."""

    def __init__(self, sock: socket.socket) -> None:
        super().__init__()
        self.sock = sock
        self.deadline: float | None = None

    def readable(self) -> bool:
        return True

    def readinto(self, buffer) -> int:
        timeout = IDLE_TIMEOUT
        if self.deadline is not None:
            left = self.deadline - time.monotonic()
            if left <= 0:
                raise TimeoutError("the request line and headers were not complete in time")
            timeout = min(timeout, left)
        self.sock.settimeout(timeout)
        return self.sock.recv_into(buffer)


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
    _started = 0.0
    # A connection over the server's cap: its request is answered 503 ServerBusy.
    refuse = False

    def setup(self) -> None:
        super().setup()
        # The client certificate of this connection (verified in the handshake), if any.
        der = self.request.getpeercert(binary_form=True)
        self.client_thumbprint = thumbprint(der) if der else None
        # Reads through the header deadline (the file made by StreamRequestHandler goes:
        # it would hold a reference to the socket).
        self.rfile.close()
        self._reader = _DeadlineReader(self.connection)
        self.rfile = io.BufferedReader(self._reader)

    def handle_one_request(self) -> None:
        # The deadline runs from when the endpoint waits for a request (the connection is
        # new, or the previous answer was sent) to the end of its headers.
        timeout = REFUSAL_TIMEOUT if self.refuse else self.server.header_timeout
        self._reader.deadline = time.monotonic() + timeout
        self._started = time.monotonic()
        super().handle_one_request()

    def parse_request(self) -> bool:
        ok = super().parse_request()          # reads the headers, under the deadline
        self._reader.deadline = None
        self._started = time.monotonic()
        if ok and self.refuse:
            self.send_error(503, "The server is currently unable to receive requests. "
                                 "Please retry your request.")
            return False
        return ok

    def __getattr__(self, name: str) -> Any:
        # Any method is served by the pipeline, which answers what it does not route with
        # Azure's 405 MethodNotAllowed or 404 (http.server would answer 501 by itself).
        if name.startswith("do_"):
            return self._serve
        raise AttributeError(name)

    def _serve(self) -> None:
        self._auth = auth_scheme({k.lower(): v for k, v in self.headers.items()},
                                 self.client_thumbprint)
        body = self._read_body()
        if body is None:
            return
        if log.isEnabledFor(logging.DEBUG):
            # The request line follows in the -v line, with the status.
            log.debug("%s request headers %s, body %d bytes", self.address_string(),
                      _printable(repr(_safe_headers(self.headers))), len(body))
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

    def _read_body(self) -> bytes | None:
        """The request body, or None once the request has been answered (bad framing:
        400, over MAX_BODY: 413, before the body is read) or the client went away."""
        lengths = [v.strip() for h in self.headers.get_all("Content-Length") or []
                   for v in h.split(",")]
        codings = [c.strip().lower() for h in self.headers.get_all("Transfer-Encoding") or []
                   for c in h.split(",")]
        if codings:
            if lengths:
                return self._answer(400, "A request must not carry both Transfer-Encoding "
                                         "and Content-Length.")
            if codings != ["chunked"]:
                return self._answer(400, "The Transfer-Encoding is not supported: only "
                                         "chunked is.")
            return self._read_chunked()
        if not lengths:
            return b""
        if len(set(lengths)) > 1:
            return self._answer(400, "The request carries conflicting Content-Length values.")
        if not _CONTENT_LENGTH.fullmatch(lengths[0]):
            return self._answer(400, "The Content-Length header is not a number of bytes.")
        digits = lengths[0].lstrip("0")
        if len(digits) > 10 or int(digits or "0") > MAX_BODY:
            return self._answer(413, f"The request body is larger than the limit of "
                                     f"{MAX_BODY} bytes.")
        n = int(digits or "0")
        body = self.rfile.read(n) if n else b""
        if len(body) < n:                       # the client closed: nobody to answer
            self.close_connection = True
            return None
        return body

    def _read_chunked(self) -> bytes | None:
        body = bytearray()
        while True:
            line = self.rfile.readline(MAX_CHUNK_LINE + 1)
            if not line.endswith(b"\n"):
                if len(line) > MAX_CHUNK_LINE:
                    return self._answer(400, "A chunk-size line is too long.")
                self.close_connection = True
                return None
            size_text = line.split(b";", 1)[0].strip()
            if not _CHUNK_SIZE.fullmatch(size_text):
                return self._answer(400, "A chunk size is not a hexadecimal number.")
            size = int(size_text, 16) if len(size_text) <= 16 else MAX_BODY + 1
            if len(body) + size > MAX_BODY:     # answered before the chunk is read
                return self._answer(413, f"The request body is larger than the limit of "
                                         f"{MAX_BODY} bytes.")
            if size == 0:
                break
            data = self.rfile.read(size)
            if len(data) < size:
                self.close_connection = True
                return None
            body += data
            if self.rfile.readline(3) not in (b"\r\n", b"\n"):
                return self._answer(400, "A chunk is not followed by CRLF.")
        for _ in range(MAX_TRAILER_LINES + 1):
            line = self.rfile.readline(MAX_CHUNK_LINE + 1)
            if line in (b"\r\n", b"\n"):
                return bytes(body)
            if not line.endswith(b"\n"):
                if len(line) > MAX_CHUNK_LINE:
                    return self._answer(400, "A trailer line is too long.")
                self.close_connection = True
                return None
        return self._answer(400, "Too many trailer lines.")

    def _answer(self, code: int, message: str) -> None:
        self.send_error(code, message)
        return None

    # Azure's codes for the answers the HTTP layer gives by itself.
    _ERROR_CODES = {400: "BadRequest", 404: "ResourceNotFound", 405: "MethodNotAllowed",
                    408: "RequestTimeout", 413: "RequestBodyTooLarge",
                    414: "RequestUrlTooLong", 431: "RequestHeaderFieldsTooLarge",
                    501: "NotImplemented", 503: "ServerBusy", 505: "BadRequest"}

    def send_error(self, code, message=None, explain=None):
        """HTTP-level errors (malformed request line, headers or framing, oversized body,
        a refused connection) as Azure errors; the connection is closed after them."""
        from .base import error_xml
        code = int(code)
        reason = self.responses.get(code, ("Error",))[0]
        body = error_xml(self._ERROR_CODES.get(code, "BadRequest" if code < 500
                                               else "InternalError"), message or reason)
        self.send_response(code, reason)
        self.send_header("x-ms-request-id", uuid.uuid4().hex)
        self.send_header("Content-Type", "application/xml; charset=utf-8")
        self.send_header("Content-Length", str(len(body)))
        if code == 503:
            self.send_header("Retry-After", "1")
        self.send_header("Connection", "close")
        self.close_connection = True
        self.end_headers()
        if self.command != "HEAD" and code >= 200 and code not in (204, 304):
            self.wfile.write(body)

    def log_request(self, code: Any = "-", size: Any = "-") -> None:
        # Method, path, status, the time from the end of the headers to the answer, and
        # how the caller authenticated: the scheme only, never a token
        # (emulator/identity.py: auth_scheme).
        code = getattr(code, "value", code)
        elapsed = (time.monotonic() - self._started) * 1000 if self._started else 0.0
        log.info("%s %s %s %s %.1f ms auth=%s", self.address_string(),
                 _printable(self.command or "-"), _printable(self.path or "-"), code,
                 elapsed, self._auth)
        self._auth = "-"

    def log_error(self, fmt: str, *args: Any) -> None:
        # A refused request line or headers, a header deadline passed.
        log.info("%s %s", self.address_string(), _printable(fmt % args))

    def log_message(self, fmt: str, *args: Any) -> None:
        log.debug("%s %s", self.address_string(), _printable(fmt % args))


def _safe_headers(headers) -> dict[str, str]:
    """A request's headers for the -vv log: credentials replaced by their scheme."""
    out = {}
    for name, value in headers.items():
        if name.lower() in ("authorization", "proxy-authorization", "cookie"):
            scheme, space, _ = value.partition(" ")
            known = space and name.lower() != "cookie" and scheme.isalpha() and len(scheme) < 16
            value = f"{scheme} ..." if known else "..."
        out[name] = value
    return out


class _Refusal(_Handler):
    """A connection over the cap: its request head is read, then answered 503."""
    refuse = True


class _Server(ThreadingHTTPServer):
    daemon_threads = False
    block_on_close = True
    allow_reuse_address = True
    # The listen backlog (socketserver's default is 5): 100 clients connecting at once, as
    # a fan-out under asyncio.gather does, would otherwise see their SYNs dropped and
    # retried after 1, 3, 7 s, and measure the kernel's backoff instead of the endpoint.
    request_queue_size = 1024

    def __init__(self, addr, app: App, ctx: ssl.SSLContext, *,
                 max_connections: int = DEFAULT_MAX_CONNECTIONS,
                 header_timeout: float = DEFAULT_HEADER_TIMEOUT) -> None:
        self.app = app
        self.ssl_context = ctx
        self.max_connections = max_connections
        self.header_timeout = header_timeout
        self._conns: set[socket.socket] = set()
        self._conns_lock = threading.Lock()
        self._closing = False
        self._serving = 0          # connections with a thread of their own
        self._refusing = 0         # of them, those being answered 503
        self._refused: set[socket.socket] = set()
        self.stopping = threading.Event()    # set by close_connections()
        super().__init__(addr, _Handler)

    def process_request(self, request, client_address):
        # Over the cap, a connection is answered 503 ServerBusy (its TLS handshake and
        # request head under short deadlines); past MAX_REFUSING such answers at once,
        # it is closed unanswered, so a flood costs no more threads than that.
        with self._conns_lock:
            refuse = self._serving >= self.max_connections
            flooded = refuse and self._refusing >= MAX_REFUSING
            if not flooded:
                self._serving += 1
                self._conns.add(request)
                if refuse:
                    self._refusing += 1
                    self._refused.add(request)
        if flooded:
            log.info("connection from %s closed unanswered: %d connections served and %d "
                     "being refused", client_address[0], self.max_connections, MAX_REFUSING)
            self.shutdown_request(request)
            return
        if refuse:
            log.info("connection from %s refused (503 ServerBusy): %d connections served, "
                     "the limit", client_address[0], self.max_connections)
        super().process_request(request, client_address)

    def process_request_thread(self, request, client_address):
        try:
            super().process_request_thread(request, client_address)
        finally:
            with self._conns_lock:
                self._serving -= 1
                if request in self._refused:
                    self._refused.discard(request)
                    self._refusing -= 1

    def finish_request(self, request, client_address):
        # The TLS handshake runs here, in the connection's own thread: a slow or rejected
        # client never blocks the accept loop.
        with self._conns_lock:
            refuse = request in self._refused
        request.settimeout(REFUSAL_TIMEOUT if refuse else HANDSHAKE_TIMEOUT)
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
            (_Refusal if refuse else self.RequestHandlerClass)(tls, client_address, self)
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
    `persist=True`, or `db_path=`) the SQLite state; the default one, in the shared
    temporary folder, is refused (`StateDirError`) when another user owns it or may write
    to it.  `latency`: seconds every request waits before it is served (concurrent
    requests wait side by side), to measure round trips honestly on loopback.
    `max_connections`: connections served at once (more are answered 503 ServerBusy);
    `header_timeout`: seconds a client has to send a request line and its headers.
    """

    def __init__(self, *, port: int = 0, state_dir: Path | str | None = None,
                 db_path: Path | str | None = None, persist: bool = False,
                 subscription_id: str = DEFAULT_SUBSCRIPTION, operation_delay: float = 0.5,
                 fail_marker: str = "asyncfail", spec_dir: Path | str | None = DEFAULT_SPEC,
                 config_file: Path | str | None = None, state_delay: float = 0.0,
                 state_delays: dict[str, float] | None = None,
                 token_lifetime: float = DEFAULT_TOKEN_LIFETIME, latency: float = 0.0,
                 max_connections: int = DEFAULT_MAX_CONNECTIONS,
                 header_timeout: float = DEFAULT_HEADER_TIMEOUT) -> None:
        self.state_dir = Path(state_dir) if state_dir else default_state_dir()
        self._shared_state_dir = not state_dir
        self.max_connections = connection_limit(max_connections)
        self.header_timeout = header_seconds(header_timeout)
        self.port = port
        if persist and db_path is None:
            db_path = self.state_dir / "state.sqlite3"
        self.db_path = Path(db_path) if db_path else None
        self.subscription_id = subscription_id
        self.operation_delay = operation_delay
        self.fail_marker = fail_marker
        self.state_delay = state_delay
        self.state_delays = dict(state_delays or {})
        self.spec_dir = Path(spec_dir) if spec_dir is not None else None  # None: compiled
        self.config_file = Path(config_file) if config_file else self.state_dir / CONFIG_FILE
        self.token_lifetime = token_lifetime
        self.latency = latency
        self.app: App | None = None
        self._server: _Server | None = None
        self._thread: threading.Thread | None = None
        self.config: dict[str, str] = {}

    def start(self) -> "Emulator":
        secure_state_dir(self.state_dir, shared_parent=self._shared_state_dir)
        pki = ensure_pki(self.state_dir)
        self.app = App(spec_dir=self.spec_dir, subscription_id=self.subscription_id,
                       db_path=self.db_path, operation_delay=self.operation_delay,
                       fail_marker=self.fail_marker, state_delay=self.state_delay,
                       state_delays=self.state_delays, latency=self.latency)
        ctx = server_context(pki.ca_file, pki.server_cert_file, pki.server_key_file)
        identity = Identity(self.state_dir, token_lifetime=self.token_lifetime)
        identity.trust = lambda der: ctx.load_verify_locations(cadata=der)
        self.app.identity = identity
        self._server = _Server(("127.0.0.1", self.port), self.app, ctx,
                               max_connections=self.max_connections,
                               header_timeout=self.header_timeout)
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
