"""The urllib3 half of the transport: the connection pool class and the exceptions the
transport tells apart.

Imported by `runtime.transport.Transport` when the first client is built, not by
`import generated`: urllib3 (with `ssl`, `http.client`, `email`) is the largest part of
importing the SDK, and a program that only imports it (a CLI's `--help`, a type
checker's plugin) should not pay for it.
"""

from __future__ import annotations

import functools
import socket
import ssl
import threading
import time
from typing import Any

import urllib3
from urllib3 import HTTPSConnectionPool, ProxyManager, Timeout, make_headers
from urllib3.exceptions import (ConnectTimeoutError, HTTPError, NewConnectionError,
                                ProtocolError, ProxyError, ReadTimeoutError, SSLError)

__all__ = ["ConnectTimeoutError", "DeadlineSocket", "HTTPError", "HTTPSConnectionPool",
           "NewConnectionError", "Pool", "ProtocolError", "ProxyError", "ProxyManager",
           "ReadTimeoutError", "SSLError", "Timeout", "make_headers", "NO_RETRIES", "sending"]

# One attempt, no redirect followed (the core decides both): one shared instance, which
# urllib3 uses as given, instead of one it builds from `retries=False` on every request.
NO_RETRIES = urllib3.Retry(False, redirect=False)


class _HandshakeAware:
    """Connection mixin: reports a connection lost before or during the TLS handshake as a connection
    failure: no byte of the request can have been sent, so any method may be retried.
    Certificate verification failures stay what they are (never retried)."""

    def connect(self) -> None:
        try:
            super().connect()  # type: ignore[misc]  # mixed into an HTTPSConnection class
        except ssl.SSLCertVerificationError:
            raise
        except (ConnectionResetError, ConnectionAbortedError, BrokenPipeError,
                ssl.SSLEOFError) as exc:
            message = f"connection lost during TLS handshake: {exc}"
            raise NewConnectionError(self, message) from exc  # type: ignore[arg-type]  # self: a connection


@functools.lru_cache(maxsize=None)
def _handshake_aware(base: type) -> type:
    return type("HandshakeAwareConnection", (_HandshakeAware, base), {})


class Pool(urllib3.HTTPSConnectionPool):
    @property
    def ConnectionCls(self) -> type:  # type: ignore[override]  # a class attribute in urllib3
        # Looked up per new connection, so whatever class urllib3 (or a test tool that
        # patches it) provides gets the handshake rule mixed in.
        return _handshake_aware(urllib3.HTTPSConnectionPool.ConnectionCls)


# The deadline (time.monotonic()) of the call this thread is sending, set by
# runtime.transport around each attempt: a sync client's thread sends one request at a
# time, over a connection no other thread uses meanwhile.
sending = threading.local()


class DeadlineSocket(ssl.SSLSocket):
    """A TLS socket (a client's `SSLContext.sslsocket_class`) whose every read waits at
    most until the deadline of the call its thread is sending, and fails at once past it:
    http.client reads an answer's status line and headers read by read, so only here is a
    head sent a byte at a time bounded as a whole."""

    def recv_into(self, buffer: Any, nbytes: int | None = None, flags: int = 0) -> int:
        deadline = getattr(sending, "deadline", None)
        if deadline is not None:
            left = deadline - time.monotonic()
            if left <= 0:
                raise socket.timeout("the call's deadline passed")
            timeout = self.gettimeout()
            if timeout is None or left < timeout:
                self.settimeout(left)
                try:
                    return super().recv_into(buffer, nbytes, flags)
                finally:    # the connection may serve another call: its own timeout back
                    self.settimeout(timeout)
        return super().recv_into(buffer, nbytes, flags)
