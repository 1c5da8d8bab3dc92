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
import os
import time
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any
from urllib.parse import unquote, urljoin, urlsplit

from .errors import AzureConfigurationError, AzureConnectionError

if TYPE_CHECKING:
    import ssl

    import urllib3

log = logging.getLogger("asm_sdk_runtime.transport")


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
    """One HTTP answer: what `perform_get/put/post/delete` return.  `status`, `message` (the
    reason phrase, `"OK"`), `headers` (case-insensitive lookups: urllib3's HTTPHeaderDict)
    and `body` are the predecessor's names; `data` is the body.  (A plain class, as
    RetryPolicy.)"""

    __slots__ = ("status", "headers", "data", "message")

    def __init__(self, status: int, headers: Mapping[str, str], data: bytes,
                 message: str = "") -> None:
        self.status = status
        self.headers = headers
        self.data = data
        self.message = message      # the HTTP reason phrase

    def __repr__(self) -> str:
        return f"Response(status={self.status!r}, message={self.message!r}, data={self.data[:60]!r})"

    @property
    def request_id(self) -> str | None:
        return self.headers.get("x-ms-request-id")

    @property
    def body(self) -> bytes:
        """The response body (the predecessor's attribute name)."""
        return self.data


# The largest answer read (after decompression): the API's largest, a list of OS or VM
# images, is a few MB; more is a misbehaving peer, not a bigger list.
MAX_RESPONSE_BODY = 64 * 1024 * 1024


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
    def __init__(self, host: str, ssl_context: ssl.SSLContext, timeout: float,
                 connect_timeout: float | None, retry: RetryPolicy | None,
                 max_connections: int = 10) -> None:
        from . import pool   # urllib3, on first use (runtime/pool.py)
        self._p = pool
        self.host, self.port = split_host(host)
        self.retry = retry or NO_RETRY
        self._pool_kw: dict[str, Any] = dict(   # urllib3's pool keywords, also for proxies
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
        self._pool, self._proxy = pool, manager   # type: ignore[assignment]  # https pool
        old.close()
        if old_proxy is not None:
            old_proxy.clear()

    def close(self) -> None:
        self._pool.close()
        if self._proxy is not None:
            self._proxy.clear()

    def may_resend(self, idempotent: bool) -> bool:
        """Whether a request the server has seen may be sent again: the rule `send` applies
        to its own retries (an idempotent request, and retries not switched off)."""
        return idempotent and self.retry.max_attempts > 1

    def send(self, method: str, url: str, headers: dict[str, str], body: bytes | None,
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
                resp = Response(raw.status, raw.headers, raw.data, raw.reason or "")
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


def _environ(name: str) -> str | None:
    """`name` from the environment, the lower-case spelling first (as urllib and requests
    read them; an empty lower-case value hides the upper-case one)."""
    value = os.environ.get(name.lower())
    return value if value is not None else os.environ.get(name.upper())


def bypass_proxy(host: str, port: int, no_proxy: str) -> bool:
    """Whether `host`:`port` is excluded by a NO_PROXY value, as requests and
    urllib.request.proxy_bypass_environment match it: comma-separated entries, `*` for every
    host, a name matching itself and its subdomains (a leading `.` ignored), `HOST:PORT` only
    that port, and for IP addresses an address or a CIDR range (`10.0.0.0/8`)."""
    import ipaddress   # here: only when NO_PROXY is set, not a cost of `import generated`

    host = host.lower().strip("[]")
    try:
        address = ipaddress.ip_address(host)
    except ValueError:
        address = None
    for entry in no_proxy.split(","):
        entry = entry.strip().lower().lstrip(".")
        if not entry:
            continue
        if entry == "*":
            return True
        name, entry_port = entry, None
        if entry.startswith("[") and "]" in entry:            # [v6] or [v6]:port
            name, _, rest = entry[1:].partition("]")
            entry_port = rest[1:] if rest.startswith(":") else None
        elif entry.count(":") == 1:                             # name:port, v4:port
            name, _, entry_port = entry.partition(":")
        if entry_port is not None and entry_port != str(port):
            continue
        if address is not None:
            try:
                if address in ipaddress.ip_network(name, strict=False):
                    return True
            except ValueError:
                pass
            continue
        if host == name or host.endswith("." + name):
            return True
    return False


def environment_proxy(host: str, port: int) -> tuple[str, int, str | None, str | None] | None:
    """The proxy that `HTTPS_PROXY` / `https_proxy` name for `host`:`port`, unless
    `NO_PROXY` / `no_proxy` excludes it: (proxy host, port, user, password), or None.

    `http://[user:password@]HOST[:PORT]` (scheme optional, port 80 by default; user and
    password percent-decoded).  Any other scheme is not supported: a warning, and no proxy."""
    url = _environ("https_proxy")
    if not url or bypass_proxy(host, port, _environ("no_proxy") or ""):
        return None
    proxy = parse_proxy_url(url)
    if proxy is None:
        parts = urlsplit(url if "://" in url else "http://" + url)
        log.warning("HTTPS_PROXY: %s://%s is not an http://HOST[:PORT] proxy; connecting "
                    "directly (call set_proxy() to choose one)", parts.scheme,
                    parts.hostname or "?")
    return proxy


def parse_proxy_url(url: str) -> tuple[str, int, str | None, str | None] | None:
    """`http://[user:password@]HOST[:PORT]` (scheme optional, port 80 by default) ->
    (host, port, user, password), user and password percent-decoded; None for any other
    form (another scheme, no host, a bad port)."""
    parts = urlsplit(url if "://" in url else "http://" + url)
    try:
        proxy_port = parts.port or 80
    except ValueError:
        return None
    if parts.scheme.lower() != "http" or not parts.hostname:
        return None
    proxy_host = f"[{parts.hostname}]" if ":" in parts.hostname else parts.hostname
    user = unquote(parts.username) if parts.username is not None else None
    password = unquote(parts.password) if parts.password is not None else None
    return proxy_host, proxy_port, user, password


def _retry_after(value: str | None) -> float | None:
    if not value:
        return None
    try:
        return max(0.0, float(value))
    except ValueError:
        return None
