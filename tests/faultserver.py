"""A scriptable mutual-TLS fault server on 127.0.0.1, for the reliability tests.

Standard library only (ssl, socket, threading); the throwaway CA, server and client
certificates are made with `cryptography` at test time.  Each test scripts what the server
does with the requests it receives:

    srv.script("GET", "/sub/locations", reset(), reply(200, LOCATIONS))   # queue, in order
    srv.route("GET", "/sub/operations/*", echo_operation)                 # when the queue is empty
    srv.before_read(reset())    # next request: RST once its bytes arrive, before reading it
    srv.on_accept(reset_after_client_hello())  # next connection: RST inside the handshake

and then asserts what it saw: `srv.count("GET", "/sub/locations")`, `srv.requests` (each
with its raw request line, headers and body), `srv.handshakes` (completed TLS handshakes).

A request is counted once the server has read it completely (head and body), whatever it
then does with it.  Requests no script or route matches get a 404 Azure `<Error>`.

`record_case()` is the decorator the fault tests use to write their outcome to the JSON
file named by $ASM_RELIABILITY_RESULTS (see tests/render_reliability.py).
"""

from __future__ import annotations

import functools
import itertools
import json
import os
import select
import socket
import ssl
import struct
import threading
import time
from collections import defaultdict, deque
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

NS = "http://schemas.microsoft.com/windowsazure"
SUB = "fault-sub-0001"


# --- certificates ------------------------------------------------------------------------

@dataclass(frozen=True)
class Certs:
    dir: Path
    ca: str          # CA certificate (the client's ca_file, the server's client-CA)
    server_cert: str  # server certificate, SAN IP 127.0.0.1
    server_key: str
    client: str      # client certificate + key, signed by the CA
    client_key_b64: str   # a line of the client key's base64, to look for in logs


def make_certs(directory: Path) -> Certs:
    """A throwaway CA, a server certificate for 127.0.0.1 and a client certificate: the
    local endpoint's own PKI (emulator.certs), made in `directory`."""
    from asm_sdk_emulator.certs import ensure_pki

    pki = ensure_pki(directory)
    key_lines = pki.client_file.read_text().split("PRIVATE KEY-----", 1)[1].splitlines()
    b64_line = next(line for line in key_lines if len(line) >= 40)
    return Certs(directory, str(pki.ca_file), str(pki.server_cert_file),
                 str(pki.server_key_file), str(pki.client_file), b64_line)


# --- requests and actions ----------------------------------------------------------------

@dataclass
class Request:
    method: str
    target: str          # the raw request target, exactly as received
    path: str            # target without the query
    request_line: str
    headers: dict        # lower-cased names
    body: bytes
    connection: int      # which accepted connection carried it
    client_cert: bool = False   # the connection presented a (CA-signed) client certificate

    @property
    def last_segment(self) -> str:
        return self.path.rsplit("/", 1)[-1]


# An action gets (server, ssl socket, request) and returns True to keep the connection open.
Action = Callable[["FaultServer", ssl.SSLSocket, Request], bool]

_rid = itertools.count(1)


def _send_response(conn, status: int, body: bytes, headers: dict | None = None,
                   content_type: str | None = "application/xml; charset=utf-8",
                   request_id: str | None = None, content_length: int | None = None) -> None:
    reason = {200: "OK", 201: "Created", 202: "Accepted", 301: "Moved Permanently",
              302: "Found", 307: "Temporary Redirect", 308: "Permanent Redirect",
              400: "Bad Request", 404: "Not Found", 409: "Conflict", 429: "Too Many Requests",
              500: "Internal Server Error", 503: "Service Unavailable"}.get(status, "Status")
    lines = [f"HTTP/1.1 {status} {reason}"]
    hdrs = {"x-ms-request-id": request_id or f"rid-{next(_rid):06d}"}
    if content_type is not None:
        hdrs["Content-Type"] = content_type
    hdrs.update(headers or {})
    hdrs["Content-Length"] = str(len(body) if content_length is None else content_length)
    lines += [f"{k}: {v}" for k, v in hdrs.items()]
    conn.sendall(("\r\n".join(lines) + "\r\n\r\n").encode("latin-1") + body)


def reply(status: int = 200, body: bytes | str = b"", *, headers: dict | None = None,
          content_type: str | None = "application/xml; charset=utf-8",
          request_id: str | None = None) -> Action:
    """Answer with this status, body and headers (Content-Length always correct)."""
    data = body.encode("utf-8") if isinstance(body, str) else body

    def act(srv, conn, req):
        _send_response(conn, status, data, headers, content_type, request_id)
        return True
    act.describe = f"reply {status}"
    return act


def azure_error(status: int, code: str, message: str, *, retry_after: str | None = None,
                request_id: str | None = None) -> Action:
    """An Azure `<Error>` body with this status (and optional Retry-After)."""
    body = (f'<Error xmlns="{NS}" xmlns:i="http://www.w3.org/2001/XMLSchema-instance">'
            f"<Code>{code}</Code><Message>{message}</Message></Error>")
    headers = {"Retry-After": retry_after} if retry_after is not None else None
    return reply(status, body, headers=headers, request_id=request_id)


def accepted(request_id: str | None = None) -> Action:
    """202 Accepted with no body: how asynchronous operations answer."""
    return reply(202, b"", content_type=None, request_id=request_id)


def reset() -> Action:
    """Abort the connection with a TCP RST, without answering."""
    def act(srv, conn, req):
        abort(conn)
        return False
    return act


def reset_after_client_hello(wait: float = 2.0) -> Action:
    """For `on_accept`: wait until the client's first TLS bytes (ClientHello) arrive, then
    RST, so the client is inside its TLS handshake when the reset hits (a bare `reset()` on
    accept may hit it while it is still finishing connect())."""
    def act(srv, sock, req):
        select.select([sock], [], [], wait)
        abort(sock)
        return False
    return act


def close() -> Action:
    """Close the connection cleanly (FIN) without answering."""
    def act(srv, conn, req):
        try:
            conn.shutdown(socket.SHUT_RDWR)
        except OSError:
            pass
        conn.close()
        return False
    return act


def stall(seconds: float, then: Action | None = None) -> Action:
    """Say nothing for `seconds` (longer than the client's read timeout), then `then`."""
    def act(srv, conn, req):
        if srv._stopping.wait(seconds):
            return False
        if then is None:
            return close()(srv, conn, req)
        try:
            return then(srv, conn, req)
        except OSError:   # the client gave up and closed the connection meanwhile
            return False
    return act


def drip(body: bytes | str, every: float = 1.0, status: int = 200, head: bool = False) -> Action:
    """Send the head at once (with the body's true Content-Length), then the body one byte
    every `every` seconds (`head=True`: the head too): each read of the client gets a byte
    well within its read timeout, so only a bound on the whole call ends it."""
    data = body.encode("utf-8") if isinstance(body, str) else body

    def act(srv, conn, req):
        start = (f"HTTP/1.1 {status} Status\r\nContent-Type: application/xml; charset=utf-8"
                 f"\r\nx-ms-request-id: rid-drip\r\nContent-Length: {len(data)}\r\n\r\n"
                 ).encode("latin-1")
        slow = start + data if head else data
        try:
            if not head:
                conn.sendall(start)
            for i in range(len(slow)):
                if srv._stopping.wait(every):
                    return False
                conn.sendall(slow[i:i + 1])
        except OSError:   # the client gave up and closed the connection
            return False
        return True
    act.describe = f"drip {len(data)} bytes"
    return act


def redirect(location: str, status: int = 307) -> Action:
    return reply(status, b"", headers={"Location": location}, content_type=None)


def short_body(body: bytes | str, declared: int) -> Action:
    """Announce `declared` bytes of body, send fewer, then close the connection."""
    data = body.encode() if isinstance(body, str) else body

    def act(srv, conn, req):
        _send_response(conn, 200, data, content_length=declared)
        return close()(srv, conn, req)
    return act


def dynamic(fn: Callable[[Request], Action]) -> Action:
    """Decide per request: `fn(request)` returns the action to run."""
    def act(srv, conn, req):
        return fn(req)(srv, conn, req)
    return act


def _discard_input(sock: socket.socket, seconds: float = 1.0) -> None:
    """After a refused handshake (TLS 1.3: the client may already have sent its request):
    read what the client sends until it closes, so that closing here does not reset the
    connection before the client has read the TLS alert (a reset would discard it)."""
    sock.settimeout(seconds)
    try:
        while socket.socket.recv(sock, 65536):   # the bytes as sent: TLS is over
            pass
    except OSError:
        pass


def abort(sock: socket.socket) -> None:
    """Close with RST (SO_LINGER 0) rather than FIN."""
    try:
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    except OSError:
        pass
    try:
        sock.close()
    except OSError:
        pass


# --- XML bodies --------------------------------------------------------------------------

def doc(root: str, inner: str) -> str:
    return (f'<{root} xmlns="{NS}" xmlns:i="http://www.w3.org/2001/XMLSchema-instance">'
            f"{inner}</{root}>")


def locations_xml(*names: str) -> str:
    return doc("Locations", "".join(
        f"<Location><Name>{n}</Name><DisplayName>{n}</DisplayName>"
        "<AvailableServices><AvailableService>Compute</AvailableService></AvailableServices>"
        "</Location>" for n in names))


def operation_xml(op_id: str, status: str, http_status: int | None = None,
                  code: str | None = None, message: str | None = None) -> str:
    inner = f"<ID>{op_id}</ID><Status>{status}</Status>"
    if http_status is not None:
        inner += f"<HttpStatusCode>{http_status}</HttpStatusCode>"
    if code is not None:
        inner += f"<Error><Code>{code}</Code><Message>{message}</Message></Error>"
    return doc("Operation", inner)


def echo_operation(status: str = "Succeeded") -> Action:
    """Answer GET .../operations/{id} with an Operation whose ID is that id."""
    return dynamic(lambda req: reply(200, operation_xml(req.last_segment, status, 200),
                                     request_id=f"status-{req.last_segment}"))


# --- the server --------------------------------------------------------------------------

class FaultServer:
    """`client_cert="optional"`: TLS asks for a client certificate but accepts a client
    without one (as Azure does, for clients that send a bearer token instead)."""

    def __init__(self, certs: Certs, *, read_timeout: float = 10.0,
                 client_cert: str = "required") -> None:
        self.certs = certs
        self.read_timeout = read_timeout
        ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        ctx.load_cert_chain(certs.server_cert, certs.server_key)
        ctx.load_verify_locations(certs.ca)
        ctx.verify_mode = {"required": ssl.CERT_REQUIRED,
                           "optional": ssl.CERT_OPTIONAL}[client_cert]
        self._ctx = ctx
        self._lock = threading.Lock()
        self._scripts: dict[tuple[str, str], deque] = defaultdict(deque)
        self._routes: dict[tuple[str, str], Action] = {}
        self._before_read: deque = deque()
        self._on_accept: deque = deque()
        self._counts: dict[tuple[str, str], int] = defaultdict(int)
        self.requests: list[Request] = []
        self.handshakes = 0
        self.failed_handshakes = 0
        self.connections = 0
        self._stopping = threading.Event()
        self._threads: list[threading.Thread] = []
        self._live: set = set()
        self._listener = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
        self._listener.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._listener.bind(("127.0.0.1", 0))
        self._listener.listen(64)
        self._listener.settimeout(0.1)
        self.port = self._listener.getsockname()[1]
        self.host = f"127.0.0.1:{self.port}"

    # scripting
    def script(self, method: str, path: str, *actions: Action) -> None:
        """Queue actions for the next requests to METHOD PATH, used once each, in order."""
        with self._lock:
            self._scripts[(method, path)].extend(actions)

    def route(self, method: str, path: str, action: Action) -> None:
        """What METHOD PATH gets once its queue is empty.  A path ending in `*` matches
        every path with that prefix."""
        with self._lock:
            self._routes[(method, path)] = action

    def before_read(self, *actions: Action) -> None:
        """Actions for the next requests on any connection, run as soon as their first
        bytes arrive and before they are read (so they are not counted)."""
        with self._lock:
            self._before_read.extend(actions)

    def on_accept(self, *actions: Action) -> None:
        """Actions for the next accepted connections, before the TLS handshake."""
        with self._lock:
            self._on_accept.extend(actions)

    # observations
    def count(self, method: str, path: str) -> int:
        with self._lock:
            return self._counts[(method, path)]

    def seen(self, method: str | None = None) -> list[Request]:
        with self._lock:
            return [r for r in self.requests if method is None or r.method == method]

    @property
    def total(self) -> int:
        with self._lock:
            return len(self.requests)

    # life cycle
    def start(self) -> "FaultServer":
        t = threading.Thread(target=self._accept_loop, name="faultserver-accept", daemon=True)
        t.start()
        self._threads.append(t)
        return self

    def stop(self) -> None:
        self._stopping.set()
        try:
            self._listener.shutdown(socket.SHUT_RDWR)   # wakes accept() at once on Linux
        except OSError:
            pass
        try:
            self._listener.close()
        except OSError:
            pass
        with self._lock:
            live = list(self._live)
        for s in live:
            try:
                s.shutdown(socket.SHUT_RDWR)
            except OSError:
                pass
        for t in list(self._threads):
            t.join(timeout=5)

    def __enter__(self) -> "FaultServer":
        return self.start()

    def __exit__(self, *exc) -> None:
        self.stop()

    # internals
    def _accept_loop(self) -> None:
        conn_ids = itertools.count(1)
        while not self._stopping.is_set():
            try:
                raw, _ = self._listener.accept()
            except (socket.timeout, TimeoutError):
                continue
            except OSError:
                return
            cid = next(conn_ids)
            with self._lock:
                self.connections += 1
                action = self._on_accept.popleft() if self._on_accept else None
            if action is not None:
                action(self, raw, None)
                continue
            t = threading.Thread(target=self._serve, args=(raw, cid), daemon=True,
                                 name=f"faultserver-conn-{cid}")
            with self._lock:
                self._threads = [x for x in self._threads if x.is_alive()]
                self._threads.append(t)
            t.start()

    def _serve(self, raw: socket.socket, cid: int) -> None:
        raw.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        raw.settimeout(self.read_timeout)
        with self._lock:
            self._live.add(raw)
        conn = None
        try:
            try:
                conn = self._ctx.wrap_socket(raw, server_side=True,
                                             do_handshake_on_connect=False)
                conn.do_handshake()
            except (OSError, ssl.SSLError):
                with self._lock:
                    self.failed_handshakes += 1
                if conn is not None:
                    _discard_input(conn)
                return
            has_cert = bool(conn.getpeercert())
            with self._lock:
                self.handshakes += 1
                self._live.add(conn)
            buf = b""
            while not self._stopping.is_set():
                if not buf and not conn.pending():
                    r, _, _ = select.select([conn], [], [], 0.1)
                    if not r:
                        continue
                with self._lock:
                    early = self._before_read.popleft() if self._before_read else None
                if early is not None:
                    early(self, conn, None)
                    return
                req, buf = self._read_request(conn, buf, cid, has_cert)
                if req is None:
                    return
                action = self._action_for(req)
                try:
                    keep = action(self, conn, req)
                except OSError:
                    return
                if not keep or req.headers.get("connection", "").lower() == "close":
                    return
        except (OSError, ssl.SSLError, ValueError):
            return
        finally:
            # The TLS socket owns the connection once made (`raw` is detached from it):
            # close it, or the client's close_notify is never answered.
            with self._lock:
                self._live.discard(raw)
                self._live.discard(conn)
            for sock in (conn, raw):
                try:
                    if sock is not None:
                        sock.close()
                except OSError:
                    pass

    def _read_request(self, conn, buf: bytes, cid: int,
                      client_cert: bool = False) -> tuple[Request | None, bytes]:
        while b"\r\n\r\n" not in buf:
            chunk = conn.recv(65536)
            if not chunk:
                return None, b""
            buf += chunk
        head, buf = buf.split(b"\r\n\r\n", 1)
        lines = head.decode("latin-1").split("\r\n")
        request_line = lines[0]
        method, target, _version = request_line.split(" ", 2)
        headers = {}
        for line in lines[1:]:
            name, _, value = line.partition(":")
            headers[name.strip().lower()] = value.strip()
        n = int(headers.get("content-length", "0") or 0)
        while len(buf) < n:
            chunk = conn.recv(65536)
            if not chunk:
                return None, b""
            buf += chunk
        body, buf = buf[:n], buf[n:]
        req = Request(method, target, target.split("?", 1)[0], request_line, headers, body, cid,
                      client_cert)
        with self._lock:
            self.requests.append(req)
            self._counts[(method, req.path)] += 1
        return req, buf

    def _action_for(self, req: Request) -> Action:
        with self._lock:
            queue = self._scripts.get((req.method, req.path))
            if queue:
                return queue.popleft()
            action = self._routes.get((req.method, req.path))
            if action is None:
                best = ""
                for (m, p), a in self._routes.items():
                    if m == req.method and p.endswith("*") and req.path.startswith(p[:-1]) \
                            and len(p) > len(best):
                        best, action = p, a
        if action is not None:
            return action
        return azure_error(404, "ResourceNotFound", f"no script for {req.method} {req.path}")


# --- recording outcomes for docs/reliability.md ------------------------------------------

RESULTS_ENV = "ASM_RELIABILITY_RESULTS"
_results_lock = threading.Lock()


def record_case(fault: str, expected: str, *, group: str = "faults") -> Callable:
    """Decorate a test: its fault, the behaviour it asserts, and (when $ASM_RELIABILITY_RESULTS
    names a file) whether it passed, written to that JSON file."""
    def deco(fn):
        @functools.wraps(fn)
        def wrapper(*args, **kwargs):
            t0 = time.monotonic()
            outcome = "fail"
            try:
                result = fn(*args, **kwargs)
                outcome = "pass"
                return result
            except BaseException as exc:
                if type(exc).__name__ == "Skipped":      # pytest.skip()
                    outcome = "skip"
                raise
            finally:
                _write_result(fn, fault, expected, group, outcome, time.monotonic() - t0)
        wrapper.reliability_case = (fault, expected, group)
        return wrapper
    return deco


def _write_result(fn, fault, expected, group, outcome, seconds) -> None:
    target = os.environ.get(RESULTS_ENV)
    if not target:
        return
    path = Path(target)
    with _results_lock:
        data = json.loads(path.read_text()) if path.exists() and path.stat().st_size else {}
        key = f"{fn.__module__}::{fn.__name__}"
        entry = data.setdefault(key, {"module": fn.__module__.rsplit(".", 1)[-1],
                                      "test": fn.__name__, "group": group, "fault": fault,
                                      "expected": expected, "passed": 0, "failed": 0,
                                      "seconds": 0.0})
        entry.setdefault("skipped", 0)
        entry[{"pass": "passed", "skip": "skipped"}.get(outcome, "failed")] += 1  # cases add up
        entry["seconds"] = round(entry["seconds"] + seconds, 3)
        tmp = path.with_suffix(path.suffix + ".tmp")
        tmp.write_text(json.dumps(data, indent=1, ensure_ascii=False))
        tmp.replace(path)


# --- pytest fixtures (registered for all tests by tests/conftest.py) ---------------------------------

try:
    import pytest
except ImportError:  # pragma: no cover - the server itself needs no pytest
    pytest = None

if pytest is not None:
    @pytest.fixture(scope="session")
    def fault_certs(tmp_path_factory) -> Certs:
        return make_certs(tmp_path_factory.mktemp("faultcerts"))

    @pytest.fixture
    def fault_server(fault_certs):
        srv = FaultServer(fault_certs).start()
        yield srv
        srv.stop()

    @pytest.fixture
    def token_server(fault_certs):
        """A fault server that, like Azure, also accepts clients without a certificate."""
        srv = FaultServer(fault_certs, client_cert="optional").start()
        yield srv
        srv.stop()

    @pytest.fixture
    def client_kind() -> str:
        """Which client `make_client` makes: "sync", or "aio" (generated.aio behind a
        tests.aio_view.Blocking view).  A module overrides it to run over both."""
        return "sync"

    @pytest.fixture
    def make_client(fault_certs, fault_server, client_kind):
        """make_client(**overrides) -> a client of the fault server (closed after the test)."""
        from generated import RetryPolicy, ServiceManagementService
        from tests.aio_view import make as make_of_kind

        made = []

        def make(**kw):
            opts = dict(host=fault_server.host, ca_file=fault_certs.ca,
                        retry=RetryPolicy(max_attempts=4, backoff=0.01, deadline=5), timeout=1)
            opts.update(kw)
            cert = opts.pop("cert_file", fault_certs.client)
            client = make_of_kind(client_kind, ServiceManagementService, SUB, cert, **opts)
            made.append(client)
            return client
        yield make
        for c in made:
            c.close()
