"""set_proxy(host, port, user, password): requests tunnel through an HTTP proxy (CONNECT),
with TLS and the management certificate end to end to the (local) management endpoint."""

from __future__ import annotations

import base64
import logging
import select
import socket
import threading

import pytest

from tests.aio_view import make as make_of_kind

from generated import AzureConnectionError, ServiceManagementService


class ConnectProxy:
    """A minimal HTTP CONNECT proxy on 127.0.0.1 that records each tunnel request."""

    def __init__(self, credentials: str | None = None) -> None:
        self.credentials = credentials          # "user:password" required, if set
        self.requests: list[tuple[str, dict]] = []   # (request line, headers)
        self.sock = socket.create_server(("127.0.0.1", 0))
        self.port = self.sock.getsockname()[1]
        self._stop = False
        self._threads: list[threading.Thread] = []
        self._accept = threading.Thread(target=self._serve, daemon=True)
        self._accept.start()

    def _serve(self) -> None:
        while not self._stop:
            try:
                conn, _ = self.sock.accept()
            except OSError:
                return
            t = threading.Thread(target=self._tunnel, args=(conn,), daemon=True)
            t.start()
            self._threads.append(t)

    def _tunnel(self, conn: socket.socket) -> None:
        with conn:
            head = b""
            while b"\r\n\r\n" not in head:
                chunk = conn.recv(4096)
                if not chunk:
                    return
                head += chunk
            lines = head.split(b"\r\n\r\n")[0].decode("latin-1").split("\r\n")
            headers = {k.strip().lower(): v.strip()
                       for k, _, v in (line.partition(":") for line in lines[1:])}
            self.requests.append((lines[0], headers))
            method, target, _ = lines[0].split(" ", 2)
            if self.credentials is not None:
                expected = "Basic " + base64.b64encode(self.credentials.encode()).decode()
                if headers.get("proxy-authorization") != expected:
                    conn.sendall(b"HTTP/1.1 407 Proxy Authentication Required\r\n"
                                 b"Proxy-Authenticate: Basic realm=\"test\"\r\n"
                                 b"Content-Length: 0\r\n\r\n")
                    return
            if method != "CONNECT":
                conn.sendall(b"HTTP/1.1 405 Method Not Allowed\r\nContent-Length: 0\r\n\r\n")
                return
            host, _, port = target.rpartition(":")
            with socket.create_connection((host, int(port))) as upstream:
                conn.sendall(b"HTTP/1.1 200 Connection established\r\n\r\n")
                pair = {conn: upstream, upstream: conn}
                while not self._stop:
                    ready, _, _ = select.select(list(pair), [], [], 0.2)
                    for s in ready:
                        data = s.recv(65536)
                        if not data:
                            return
                        pair[s].sendall(data)

    def close(self) -> None:
        self._stop = True
        self.sock.close()
        for t in self._threads:
            t.join(2)


@pytest.fixture(params=["sync", "aio"])
def proxy_client(asm_emulator, request):
    """proxy_client(credentials): a CONNECT proxy and a client (sync or async) of the
    local endpoint, not yet sent through it."""
    made = []

    def make(credentials: str | None = None):
        proxy = ConnectProxy(credentials)
        cfg = asm_emulator.config
        sms = make_of_kind(request.param, ServiceManagementService, cfg["subscription_id"],
                           cfg["cert_file"], host=cfg["host"], ca_file=cfg["ca_file"])
        made.append((proxy, sms))
        return proxy, sms
    yield make
    for proxy, sms in made:
        sms.close()
        proxy.close()


def test_requests_tunnel_through_the_proxy_and_reuse_the_tunnel(proxy_client, asm_emulator):
    proxy, sms = proxy_client()
    sms.set_proxy("127.0.0.1", proxy.port)
    names = [loc.name for loc in sms.list_locations()]
    assert "West US" in names
    sms.get_subscription()
    host = asm_emulator.config["host"]
    assert [line.rsplit(" ", 1)[0] for line, _ in proxy.requests] == [f"CONNECT {host}"]
    assert "proxy-authorization" not in proxy.requests[0][1]


def test_proxy_credentials_are_sent_and_never_logged(proxy_client, caplog):
    proxy, sms = proxy_client(credentials="corp\\jane:Pr0xy-Secret")
    with caplog.at_level(logging.DEBUG):
        sms.set_proxy("127.0.0.1", proxy.port, "corp\\jane", "Pr0xy-Secret")
        assert sms.list_locations()
    assert len(proxy.requests) == 1
    assert "Pr0xy-Secret" not in caplog.text
    assert base64.b64encode(b"corp\\jane:Pr0xy-Secret").decode() not in caplog.text


def test_a_refused_tunnel_is_a_clear_error_and_not_retried(proxy_client):
    proxy, sms = proxy_client(credentials="jane:right")
    sms.set_proxy("127.0.0.1", proxy.port, "jane", "wrong")
    with pytest.raises(AzureConnectionError, match="proxy failure.*407"):
        sms.list_locations()
    assert len(proxy.requests) == 1
