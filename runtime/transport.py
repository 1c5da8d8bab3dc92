"""HTTPS transport: one urllib3 connection pool per client, retries, redirects, timeouts.

The pool is thread-safe and keeps connections (and their TLS sessions) open between calls.
What may be repeated is decided here, in one place:
- a request that never reached the server (connection refused, connect timeout) is
  retried whatever its method;
- a request that may have reached it is retried only when it is idempotent
  (GET/HEAD, or an operation the spec marks idempotent), on connection errors, read
  timeouts and 408/429/500/502/503/504, honouring `Retry-After`;
- a POST that may have been seen is never sent again.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Mapping
from typing import TYPE_CHECKING
from urllib.parse import urljoin, urlsplit

from .errors import AzureConfigurationError, AzureConnectionError

if TYPE_CHECKING:
    import urllib3

log = logging.getLogger("runtime.transport")


class RetryPolicy:
    """How hard to try.  `RetryPolicy(max_attempts=1)` (or `retry=None` on the client)
    switches retries off.  Immutable; compares and hashes by value.

    max_attempts: attempts in all, the first included.
    backoff: first delay in seconds, doubled each attempt, with full jitter.
    max_backoff: the longest delay between two attempts.
    deadline: seconds across all attempts; no attempt starts after it.
    statuses: HTTP statuses that are retried (for idempotent requests).

    (A plain class, not a dataclass: `dataclasses` imports `inspect`, which would cost
    every `import generated` several milliseconds.)
    """

    __slots__ = ("max_attempts", "backoff", "max_backoff", "deadline", "statuses")
    max_attempts: int
    backoff: float
    max_backoff: float
    deadline: float
    statuses: frozenset[int]

    def __init__(self, max_attempts: int = 4, backoff: float = 0.5, max_backoff: float = 10.0,
                 deadline: float = 120.0,
                 statuses: frozenset[int] = frozenset({408, 429, 500, 502, 503, 504})) -> None:
        for name, value in zip(self.__slots__, (max_attempts, backoff, max_backoff, deadline,
                                                frozenset(statuses))):
            object.__setattr__(self, name, value)

    def _values(self) -> tuple[object, ...]:
        return tuple(getattr(self, name) for name in self.__slots__)

    def __setattr__(self, name: str, value: object) -> None:
        raise AttributeError(f"RetryPolicy is immutable: build a new one to change {name}")

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, RetryPolicy):
            return NotImplemented
        return self._values() == other._values()

    def __hash__(self) -> int:
        return hash(self._values())

    def __repr__(self) -> str:
        args = ", ".join(f"{n}={v!r}" for n, v in zip(self.__slots__, self._values()))
        return f"RetryPolicy({args})"


NO_RETRY = RetryPolicy(max_attempts=1)
MAX_REDIRECTS = 5


class Response:
    """One HTTP response: `status`, `headers` (case-insensitive lookups: urllib3's
    HTTPHeaderDict) and the body, `data`."""

    __slots__ = ("status", "headers", "data")

    def __init__(self, status: int, headers: Mapping[str, str], data: bytes) -> None:
        self.status = status
        self.headers = headers
        self.data = data

    def __repr__(self) -> str:
        return f"Response(status={self.status!r}, data={self.data[:60]!r})"

    @property
    def request_id(self) -> str | None:
        return self.headers.get("x-ms-request-id")

    @property
    def body(self) -> bytes:
        """The response body (the predecessor's attribute name)."""
        return self.data


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
    def __init__(self, host: str, ssl_context, timeout: float, connect_timeout: float | None,
                 retry: RetryPolicy | None, max_connections: int = 10) -> None:
        from . import pool   # urllib3, on first use (runtime/pool.py)
        self._p = pool
        self.host, self.port = split_host(host)
        self.retry = retry or NO_RETRY
        self._pool_kw = dict(
            ssl_context=ssl_context, maxsize=max_connections, block=False, retries=False,
            cert_reqs=ssl_context.verify_mode,
            assert_hostname=None if ssl_context.check_hostname else False,
            timeout=pool.Timeout(connect=connect_timeout or min(timeout, 30), read=timeout))
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
        self._pool, self._proxy = pool, manager   # type: ignore[assignment]
        old.close()
        if old_proxy is not None:
            old_proxy.clear()

    def close(self) -> None:
        self._pool.close()
        if self._proxy is not None:
            self._proxy.clear()

    def send(self, method: str, url: str, headers: dict, body: bytes | None,
             idempotent: bool) -> Response:
        """Send one logical request, with the retries and redirects the policy allows."""
        policy, p = self.retry, self._p
        start = time.monotonic()
        err: Exception | None
        attempt = 0
        redirects = 0
        while True:
            attempt += 1
            t0 = time.monotonic()
            try:
                raw = self._pool.urlopen(method, url, body=body, headers=headers,
                                         redirect=False, retries=False, preload_content=True)
            except (p.NewConnectionError, p.ConnectTimeoutError) as exc:
                # Nothing reached the server: safe to try again for any method.
                err, may_retry = exc, True
            except p.SSLError as exc:
                raise AzureConnectionError(f"TLS failure talking to {self.host}:{self.port}: "
                                           f"{exc}") from None
            except p.ProxyError as exc:
                # The proxy refused the tunnel (407, 403, unreachable): nothing reached the
                # management host, and asking again would get the same answer.
                raise AzureConnectionError(f"proxy failure reaching {self.host}:{self.port}: "
                                           f"{exc}") from None
            except (p.ReadTimeoutError, p.ProtocolError, p.HTTPError) as exc:
                err, may_retry = exc, idempotent
            else:
                # urllib3's header dict is case-insensitive already: no copy per call.
                resp = Response(raw.status, raw.headers, raw.data)
                if log.isEnabledFor(logging.DEBUG):
                    log.debug("%s %s -> %s request-id=%s %.1f ms", method, url, resp.status,
                              resp.request_id, (time.monotonic() - t0) * 1000)
                if resp.status in (307, 308):
                    url = self._redirect_target(resp, url, redirects)
                    redirects += 1
                    attempt -= 1
                    continue
                if not (idempotent and resp.status in policy.statuses):
                    return resp
                err, may_retry = None, True
                delay_hint = _retry_after(resp.headers.get("retry-after"))
            if err is not None:
                log.debug("%s %s failed: %s", method, url, err)
                delay_hint = None
            elapsed = time.monotonic() - start
            if delay_hint is None:
                import random   # here, on the retry path: not a cost of `import generated`
                delay = random.uniform(0, min(policy.max_backoff,
                                              policy.backoff * 2 ** (attempt - 1)))
            else:
                delay = delay_hint
            if not may_retry or attempt >= policy.max_attempts or elapsed + delay > policy.deadline:
                if err is None:
                    return resp
                raise AzureConnectionError(f"{method} {self.host}:{self.port}{url.split('?')[0]} "
                                           f"failed after {attempt} attempt(s): {err}") from None
            log.info("retrying %s %s in %.2f s (attempt %d)", method, url, delay, attempt + 1)
            time.sleep(delay)

    def _redirect_target(self, resp: Response, url: str, redirects: int) -> str:
        location = resp.headers.get("location")
        if not location:
            raise AzureConnectionError(f"HTTP {resp.status} redirect without Location")
        if redirects >= MAX_REDIRECTS:
            raise AzureConnectionError(f"more than {MAX_REDIRECTS} redirects (last to {location})")
        here = f"https://{self.host}:{self.port}"
        target = urlsplit(urljoin(here + url, location))  # relative forms resolved here
        if (target.scheme != "https" or target.hostname != self.host
                or (target.port or 443) != self.port):
            raise AzureConnectionError(f"refusing redirect to {location!r}: only the same "
                                       "https management host is followed")
        new = target.path or "/"
        if new == url.split("?")[0] and target.query == (url.split("?", 1)[1] if "?" in url else ""):
            raise AzureConnectionError(f"redirect loop at {location!r}")
        return new + (f"?{target.query}" if target.query else "")


def _retry_after(value: str | None) -> float | None:
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        return None
