"""Drive an async client (generated.aio) from synchronous test code, so one scenario runs
on both clients: `blocking(async_client)` answers every coroutine method by running it to
the end on its own event loop, in one task context (as one task making its calls one
after another: `last_request_id` is that task's).

What runs is the async client itself: its driver, its transport, its token policy; only
the caller waits for each call instead of awaiting it.
"""

from __future__ import annotations

import asyncio
import contextvars
import inspect
from typing import Any


class Blocking:
    def __init__(self, client: Any) -> None:
        self.__dict__["_client"] = client
        self.__dict__["_loop"] = asyncio.new_event_loop()
        self.__dict__["_context"] = contextvars.copy_context()

    def run(self, awaitable: Any) -> Any:
        """Run a coroutine of (or about) the client to its end, in the client's loop."""
        task = self._loop.create_task(awaitable, context=self._context)
        return self._loop.run_until_complete(task)

    def __getattr__(self, name: str) -> Any:
        value = self._context.run(getattr, self._client, name)
        if inspect.iscoroutinefunction(value):
            def call(*args: Any, **kwargs: Any) -> Any:
                return self.run(value(*args, **kwargs))
            return call
        return value

    def __setattr__(self, name: str, value: Any) -> None:
        setattr(self._client, name, value)

    def __repr__(self) -> str:
        return repr(self._client)

    def close(self) -> None:
        if not self._loop.is_closed():
            self.run(self._client.close())
            self._loop.run_until_complete(self._loop.shutdown_asyncgens())
            self._loop.close()

    def __enter__(self) -> Blocking:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def blocking(client: Any) -> Blocking:
    return Blocking(client)


def async_twin(cls: type) -> type:
    """generated.aio's class of the same name as the sync client class `cls`."""
    import generated.aio
    return getattr(generated.aio, cls.__name__)


def make(kind: str, cls: type, *args: Any, **kwargs: Any) -> Any:
    """A client of class `cls` ("sync") or of its async twin behind a Blocking view
    ("aio"), with the same arguments."""
    if kind == "sync":
        return cls(*args, **kwargs)
    return Blocking(async_twin(cls)(*args, **kwargs))
