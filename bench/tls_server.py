"""A tiny mutual-TLS HTTP/1.1 keep-alive server for the requests/s benchmark.

    python bench/tls_server.py CERT_DIR

Listens on 127.0.0.1 (free port, printed on stdout), requires a client certificate signed
by CERT_DIR/ca.pem, and answers every request with a fixed body: CERT_DIR/locations.xml for
paths containing `/locations`, CERT_DIR/operation.xml otherwise.  One thread per
connection, no HTTP parsing beyond finding the end of the headers: it should never be the
bottleneck.  It runs in its own process so it does not share the client's GIL.
"""

import socket
import ssl
import sys
import threading
from pathlib import Path


def response(body: bytes) -> bytes:
    return (b"HTTP/1.1 200 OK\r\nContent-Type: application/xml; charset=utf-8\r\n"
            b"x-ms-request-id: 00000000000000000000000000000000\r\n"
            b"Content-Length: " + str(len(body)).encode() + b"\r\n\r\n" + body)


def serve_conn(conn: ssl.SSLSocket, answers) -> None:
    buf = b""
    try:
        conn.do_handshake()
        while True:
            end = buf.find(b"\r\n\r\n")
            while end < 0:
                chunk = conn.recv(65536)
                if not chunk:
                    return
                buf += chunk
                end = buf.find(b"\r\n\r\n")
            head, buf = buf[:end], buf[end + 4:]
            lower = head.lower()
            i = lower.find(b"content-length:")
            if i >= 0:  # skip a request body
                n = int(lower[i + 15:].split(b"\r\n", 1)[0])
                while len(buf) < n:
                    chunk = conn.recv(65536)
                    if not chunk:
                        return
                    buf += chunk
                buf = buf[n:]
            line = head.split(b"\r\n", 1)[0]
            conn.sendall(answers[1] if b"/locations" in line else answers[0])
    except (OSError, ssl.SSLError, ValueError):
        pass
    finally:
        conn.close()


def main(cert_dir: str) -> None:
    d = Path(cert_dir)
    ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
    from asm_sdk_emulator.certs import CA_FILE, SERVER_CERT_FILE, SERVER_KEY_FILE

    ctx.load_cert_chain(d / SERVER_CERT_FILE, d / SERVER_KEY_FILE)
    ctx.load_verify_locations(d / CA_FILE)
    ctx.verify_mode = ssl.CERT_REQUIRED
    answers = (response((d / "operation.xml").read_bytes()),
               response((d / "locations.xml").read_bytes()))
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    sock.listen(64)
    print(sock.getsockname()[1], flush=True)
    while True:
        raw, _ = sock.accept()
        raw.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        conn = ctx.wrap_socket(raw, server_side=True, do_handshake_on_connect=False)
        threading.Thread(target=serve_conn, args=(conn, answers), daemon=True).start()


if __name__ == "__main__":
    main(sys.argv[1])
