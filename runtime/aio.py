"""The async client: the sync client's configuration and core, an asyncio driver.

`AsyncServiceClient` takes the sync client's arguments (read by the same
`client.Settings`) and hands every call to the same I/O-free core (runtime/core.py); its
driver carries the effects out with asyncio: `Send` through the aiohttp transport
(runtime/aio_transport.py, imported when the first client is built, so `import generated`
never loads aiohttp), `Sleep` as `asyncio.sleep`, `Token` through `AsyncBearerTokenPolicy`,
`Gather` as tasks, at most `limit` at once.

A token credential may be async (azure.identity.aio: `async def get_token`) or sync
(azure.identity, runtime.credentials.StaticTokenCredential): a sync one is asked in a
worker thread (`asyncio.to_thread`), so fetching a token never blocks the event loop.
"""

from __future__ import annotations

import asyncio
import contextvars
import inspect
import time
from typing import TYPE_CHECKING, Any, Callable, Iterable, Self, TypeVar

from . import core, polling
from .client import CALL_TIMEOUT, DEFAULT, MAX_CONNECTIONS, ClientBase
from .core import RetryPolicy
from .transport import MAX_RESPONSE_BODY
from .effects import Call, Gather, Send, Sleep, Token, TransportFailure

if TYPE_CHECKING:
    from .credentials import AsyncTokenCredential, StaticAuthorization, TokenCredential
    from .transport import Response

__all__ = ["AsyncBearerTokenPolicy", "AsyncDriver", "AsyncServiceClient"]

_T = TypeVar("_T")


class AsyncBearerTokenPolicy:
    """The async driver's `Authorization: Bearer …` values: a cached token, refreshed
    through the credential when runtime.credentials.TokenState says so.  One refresh
    serves every task that finds the token due (an asyncio.Lock, made in the running loop);
    while a still-valid token is refreshed, the other tasks go on with it."""

    refreshable = True

    def __init__(self, credential: Any, scope: str | None = None) -> None:
        from .credentials import SCOPE, TokenState

        self.credential = credential
        self.scope = scope or SCOPE
        self._state = TokenState()
        self._lock: asyncio.Lock | None = None
        ask = getattr(credential, "get_token_info", None)
        ask = ask if callable(ask) else credential.get_token
        self._awaited = inspect.iscoroutinefunction(ask)

    async def authorization(self) -> str:
        """`Bearer <token>` for the next request."""
        from .credentials import REFRESH, REQUIRED, USE

        state = self._state
        plan = state.plan(time.time())
        if plan == USE:
            return "Bearer " + state.token  # type: ignore[operator]  # USE: a token is held
        if self._lock is None:
            self._lock = asyncio.Lock()
        if plan == REFRESH:
            # Still valid: one task refreshes, the others go on with the current token.
            if self._lock.locked():
                return "Bearer " + state.token  # type: ignore[operator]  # REFRESH: held
            async with self._lock:
                if state.plan(time.time()) == USE:   # refreshed meanwhile
                    return "Bearer " + state.token  # type: ignore[operator]  # USE: held
                return "Bearer " + await self._refresh(soft=True)
        async with self._lock:
            if state.plan(time.time()) != REQUIRED:   # another task refreshed meanwhile
                return "Bearer " + state.token  # type: ignore[operator]  # valid: held
            return "Bearer " + await self._refresh(soft=False)

    async def _refresh(self, soft: bool) -> str:
        """Ask the credential (the only I/O here); the caller holds the lock."""
        from .credentials import fetch_token, refresh_failed, refreshed

        try:
            if self._awaited:
                result = await fetch_token(self.credential, self.scope)
            else:
                result = await asyncio.to_thread(fetch_token, self.credential, self.scope)
                if inspect.isawaitable(result):
                    result = await result
        except Exception as exc:
            return refresh_failed(self._state, exc, soft)
        return refreshed(self._state, result, self.credential)

    def rejected(self, authorization: str) -> None:
        """The service answered 401 Bearer to a request sent with `authorization` (one
        event loop: no lock needed to forget it)."""
        self._state.rejected(authorization[len("Bearer "):])

    def __repr__(self) -> str:
        return f"AsyncBearerTokenPolicy({type(self.credential).__name__}, {self._state!r})"


class AsyncDriver:
    """Runs calls of the core for one async client.  `request_id` holds, per task (a
    context variable), the request id of the last answer: `last_request_id`."""

    def __init__(self, transport: Any,
                 authorizer: AsyncBearerTokenPolicy | StaticAuthorization | None) -> None:
        self.transport = transport
        self.authorizer = authorizer
        self.request_id: contextvars.ContextVar[str | None] = contextvars.ContextVar(
            f"asm_sdk_last_request_id_{id(self):x}", default=None)

    async def run(self, call: Call) -> Any:
        """Drive `call` to its end: its result, or the exception it raises."""
        request_id, send_once = self.request_id, self.transport.send_once
        try:
            effect = call.send(None)
            while True:
                kind = effect.__class__
                if kind is Send:
                    try:
                        resp = await send_once(effect.request)
                    except TransportFailure as exc:
                        request_id.set(None)    # no answer: no stale id from before
                        effect = call.throw(exc)
                        continue
                    request_id.set(resp.request_id)
                    effect = call.send(resp)
                elif kind is Sleep:
                    await asyncio.sleep(effect.seconds)
                    effect = call.send(None)
                elif kind is Token:
                    try:
                        value = await self.authorize(effect)
                    except Exception as exc:
                        request_id.set(None)
                        effect = call.throw(exc)
                        continue
                    effect = call.send(value)
                elif kind is Gather:
                    effect = call.send(await self.gather(effect))
                else:
                    raise TypeError(f"the async driver cannot carry out {effect!r}")
        except StopIteration as done:
            return done.value

    async def authorize(self, effect: Token) -> str | None:
        auth = self.authorizer
        if auth is None:
            raise RuntimeError("a Token effect for a client that authenticates by certificate")
        if effect.rejected is not None:
            auth.rejected(effect.rejected)
        if not effect.fetch:
            return None
        value = auth.authorization()
        return await value if inspect.isawaitable(value) else value

    async def gather(self, effect: Gather) -> list[Any]:
        """Each call's result or exception, in order; at most `limit` at once (each in its
        own task).  This task's last request id is then the last call's."""
        limit = asyncio.Semaphore(max(1, effect.limit))

        async def settle(call: Call) -> tuple[Any, str | None]:
            async with limit:
                try:
                    result = await self.run(call)
                except Exception as exc:
                    result = exc
                return result, self.request_id.get()

        settled = await asyncio.gather(*(settle(c) for c in effect.calls))
        if settled:
            self.request_id.set(settled[-1][1])
        return [result for result, _ in settled]


class AsyncServiceClient(ClientBase):
    """The async client's connection, credentials and calls: generated classes of
    `generated.aio` subclass it and add one coroutine per operation.

    Takes the arguments of `asm_sdk_runtime.client.ServiceClient`, with the same meaning
    (a management certificate, `credential=`, or a `request_session=`; TLS verified;
    `HTTPS_PROXY`/`NO_PROXY`; `retry=`; one `SSLContext` per client).  `credential=` takes
    an async credential (azure.identity.aio) or a sync one (asked in a worker thread).
    Use ``async with`` or ``await client.close()`` to close its connections;
    `max_connections` (default 100) bounds the connections, so 100 calls under
    `asyncio.gather` cost about one round trip.
    """

    def __init__(self, subscription_id: str | None = None, cert_file: str | None = None,
                 host: str | None = None, request_session: Any = None, timeout: float = 65,
                 *, cert_password: str | None = None, ca_file: str | None = None,
                 verify: bool = True, retry: RetryPolicy | None = DEFAULT,
                 connect_timeout: float | None = None, max_connections: int = MAX_CONNECTIONS,
                 max_response_body: int = MAX_RESPONSE_BODY, cert_data: bytes | None = None,
                 credential: TokenCredential | AsyncTokenCredential | None = None,
                 call_timeout: float | None = CALL_TIMEOUT) -> None:
        from .aio_transport import AsyncTransport   # aiohttp: the `aio` extra

        s = self._configure(subscription_id, cert_file, host, request_session, timeout,
                            cert_password, ca_file, verify, retry, cert_data, credential,
                            call_timeout)
        self._transport = AsyncTransport(self.host, s.ssl_context, timeout, connect_timeout,
                                         max_connections, max_response_body)
        if s.proxy is not None:
            self._transport.set_proxy(*s.proxy)
        authorizer: AsyncBearerTokenPolicy | StaticAuthorization | None = None
        if s.token is not None:
            authorizer = AsyncBearerTokenPolicy(s.token)
        elif s.header is not None:
            from .credentials import StaticAuthorization
            authorizer = StaticAuthorization(s.header)
        self._driver = AsyncDriver(self._transport, authorizer)
        self._max_connections = max_connections

    @property
    def last_request_id(self) -> str | None:
        """The `x-ms-request-id` of the last call this task made with this client (its
        answer was a success or an error), for Azure support; None before any call or when
        the last one got no answer.  Each task sees its own calls (a context variable)."""
        return self._driver.request_id.get()

    async def close(self) -> None:
        """Close pooled connections."""
        await self._transport.close()

    async def __aenter__(self) -> Self:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.close()

    async def _call(self, op: core.Operation[_T], *args: Any) -> _T:
        """A call of the operation `op` with the method's arguments (generated methods)."""
        result: _T = await self._driver.run(core.call(self._ctx, op, args))
        return result

    async def _wait(self, waiter: polling.Waiter[_T], args: tuple[Any, ...],
                    values: dict[str, Any], timeout: float, delay: float | None,
                    progress_callback: Callable[[Any], None] | None) -> _T:
        """A generated waiter, run to its decision (ClientBase._waiting)."""
        result: _T = await self._driver.run(self._waiting(waiter, args, values, timeout,
                                                          delay, progress_callback))
        return result

    async def perform_get(self, path: str, x_ms_version: str | None = None) -> Response:
        """GET `path`; returns the raw `Response` (status, headers, body)."""
        result: Response = await self._driver.run(core.raw(self._ctx, "GET", path,
                                                           x_ms_version, None))
        return result

    async def perform_put(self, path: str, body: str | bytes | None,
                          x_ms_version: str | None = None) -> Response:
        """PUT `body` to `path`; returns the raw `Response`."""
        result: Response = await self._driver.run(core.raw(self._ctx, "PUT", path,
                                                           x_ms_version, body))
        return result

    async def perform_post(self, path: str, body: str | bytes | None,
                           x_ms_version: str | None = None) -> Response:
        """POST `body` to `path`; returns the raw `Response` (never re-sent)."""
        result: Response = await self._driver.run(core.raw(self._ctx, "POST", path,
                                                           x_ms_version, body))
        return result

    async def perform_delete(self, path: str, x_ms_version: str | None = None) -> Response:
        """DELETE `path`; returns the raw `Response`."""
        result: Response = await self._driver.run(core.raw(self._ctx, "DELETE", path,
                                                           x_ms_version, None))
        return result

    async def wait_for_operation_status(
            self, request_id: str, wait_for_status: str = "Succeeded", timeout: float = 30,
            sleep_interval: float | None = None,
            progress_callback: Callable[[Any], None] | None = None, *,
            success_callback: Callable[[float], None] | None = None,
            failure_callback: Callable[[float, Exception], None] | None = None) -> Any:
        """Poll an asynchronous operation until it reaches `wait_for_status`: as
        `ServiceClient.wait_for_operation_status`, awaited."""
        return await self._driver.run(polling.operation_status(
            self._status, request_id, wait_for_status, timeout, sleep_interval,
            progress_callback, success_callback=success_callback,
            failure_callback=failure_callback))

    async def wait_for_operations(self, request_ids: Iterable[str], timeout: float = 600,
                                  sleep_interval: float | None = None,
                                  progress_callback: Callable[[Any], None] | None = None
                                  ) -> list[Any]:
        """Wait for many asynchronous operations at once, polling them round by round (up
        to `max_connections` at once): as `ServiceClient.wait_for_operations`, awaited."""
        result: list[Any] = await self._driver.run(self._operations(
            request_ids, timeout, sleep_interval, progress_callback))
        return result
