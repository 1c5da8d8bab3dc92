"""A minimal stand-in for runtime/aio_transport.py (the aiohttp transport, built by another
engineer at the same time), so the async client can be tested before it lands: the sync
urllib3 transport's `send_once`, run in a worker thread.  Installed as
`asm_sdk_runtime.aio_transport` only when that module does not exist (tests/conftest.py).
"""

from __future__ import annotations

import asyncio
import ssl

from asm_sdk_runtime.effects import Request
from asm_sdk_runtime.transport import Response, Transport


class AsyncTransport:
    def __init__(self, host: str, ssl_context: ssl.SSLContext, timeout: float,
                 connect_timeout: float | None, max_connections: int = 10) -> None:
        self._sync = Transport(host, ssl_context, timeout, connect_timeout, max_connections)
        self.host, self.port = self._sync.host, self._sync.port

    def set_proxy(self, host: str, port: int, user: str | None = None,
                  password: str | None = None) -> None:
        self._sync.set_proxy(host, port, user, password)

    async def send_once(self, request: Request) -> Response:
        return await asyncio.to_thread(self._sync.send_once, request)

    async def close(self) -> None:
        self._sync.close()
