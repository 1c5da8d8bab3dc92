"""What the I/O-free core asks a driver to do, and what a driver answers.

The core (request building, retries, redirects, token refresh, parsing, polling, waiters)
is written once as generators that yield these effects; a sync driver and an async driver
carry them out and send the results back.  A driver only sends bytes, sleeps, asks a
credential for a token and runs several calls at once: it decides nothing.

Drivers answer `Send` with a `runtime.transport.Response`, or throw a `TransportFailure`
into the generator that says whether the request can have reached the server.
"""

from __future__ import annotations

from collections.abc import Generator, Mapping, Sequence
from typing import Any

__all__ = ["Request", "Send", "Sleep", "Token", "Gather", "TransportFailure", "Call",
           "expired"]


class Request:
    """One HTTP request to the management host: `target` is the path with its query
    (the host, port, TLS and proxy are the driver's).  `deadline`: the `time.monotonic()`
    by which an attempt must have its answer read, or None; a transport shortens its
    timeouts to it and raises an `expired` TransportFailure when it passes."""

    __slots__ = ("method", "target", "headers", "body", "deadline")

    def __init__(self, method: str, target: str, headers: Mapping[str, str],
                 body: bytes | None, deadline: float | None = None) -> None:
        self.method = method
        self.target = target
        self.headers = headers
        self.body = body
        self.deadline = deadline

    def __repr__(self) -> str:  # headers may hold a token: never shown
        return f"Request({self.method} {self.target.split('?')[0]})"


class Send:
    """Send `request` once (one attempt, no retry, no redirect): the answer is a
    `Response`, or a `TransportFailure` thrown back."""

    __slots__ = ("request",)

    def __init__(self, request: Request) -> None:
        self.request = request


class Sleep:
    """Wait `seconds` (time.sleep / asyncio.sleep)."""

    __slots__ = ("seconds",)

    def __init__(self, seconds: float) -> None:
        self.seconds = seconds


class Token:
    """The `Authorization` header value to send (`Bearer …`, or a request_session's fixed
    header).  `rejected`: the value the server just refused (401 with a Bearer
    challenge): the driver forgets it first (unless another caller already replaced it),
    so the answer is a new one; `fetch=False`: only forget it, the answer is None.  The
    driver owns the lock that makes one refresh serve every concurrent caller; the
    decisions are in runtime.credentials."""

    __slots__ = ("rejected", "fetch")

    def __init__(self, rejected: str | None = None, fetch: bool = True) -> None:
        self.rejected = rejected
        self.fetch = fetch

    def __repr__(self) -> str:  # never the token
        return f"Token(rejected={'<hidden>' if self.rejected else None}, fetch={self.fetch})"


# A call of the core: a generator of effects that returns the call's result.
Call = Generator[Any, Any, Any]


class Gather:
    """Run `calls` concurrently, at most `limit` at a time; the answer is a list, in the
    order of `calls`, of each call's result or the exception it raised."""

    __slots__ = ("calls", "limit")

    def __init__(self, calls: Sequence[Call], limit: int) -> None:
        self.calls = calls
        self.limit = limit


class TransportFailure(Exception):
    """A request that got no HTTP answer.

    `sent`: False when nothing can have reached the server (connection refused, connect
    timeout, lost during the TLS handshake): any method may be tried again; True when it
    may have been seen (read timeout, connection lost after sending).
    `final`: True when trying again cannot help (certificate verification failed, the
    proxy refused the tunnel).
    `expired`: the request's deadline passed before its answer was read (implies final).
    """

    def __init__(self, reason: str, *, sent: bool, final: bool = False,
                 expired: bool = False) -> None:
        super().__init__(reason)
        self.reason = reason
        self.sent = sent
        self.final = final or expired
        self.expired = expired


def expired(request: Request, what: str, sent: bool = True) -> TransportFailure:
    """The failure of an attempt whose request's deadline passed while `what`."""
    return TransportFailure(f"{request.method} {request.target.split('?')[0]}: the call's "
                            f"deadline passed {what}", sent=sent, expired=True)
