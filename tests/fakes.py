"""A stand-in for the HTTPS transport, for request tests built from the REST reference.

`install(client, monkeypatch)` replaces `client._transport.send_once` (one attempt: the
core's retries and redirects still apply); every request is kept (`.sent`, `.only`) and
answered with the queued responses (the last one repeats).  `Sent.idempotent` is how the
core classed the request: whether the operation record it came from may be sent again.  Works for the sync client and
the async one (`generated.aio`: its `send_once` is a coroutine).
"""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import parse_qsl, urlsplit

from asm_sdk_runtime.transport import Response

DEFAULT_REQUEST_ID = "5f3cbe1d8a0a4b5fb2bd1bb0c3b2e9d4"


@dataclass
class Sent:
    method: str
    url: str
    headers: dict
    body: bytes | None
    idempotent: bool

    @property
    def path(self) -> str:
        return urlsplit(self.url).path

    @property
    def query(self) -> list[tuple[str, str]]:
        return parse_qsl(urlsplit(self.url).query, keep_blank_values=True)

    def __getitem__(self, key: str):  # dict-style access: sent["method"]
        return getattr(self, key)


def response(status: int = 200, body: str | bytes = "", request_id: str = DEFAULT_REQUEST_ID,
             content_type: str = "application/xml; charset=utf-8") -> Response:
    data = body.encode("utf-8") if isinstance(body, str) else body
    headers = {"x-ms-request-id": request_id}
    if data:
        headers["content-type"] = content_type
    return Response(status, headers, data)


class FakeTransport:
    def __init__(self, *responses: Response) -> None:
        self.sent: list[Sent] = []
        self.answers = list(responses) or [response(202)]
        self.operation = None     # the record of the call being sent (install())

    def respond(self, status: int, body: str | bytes = "", request_id: str = DEFAULT_REQUEST_ID,
                content_type: str = "application/xml; charset=utf-8") -> None:
        """Answer every following request with this response."""
        self.answers = [response(status, body, request_id, content_type)]

    def send_once(self, request):
        op = self.operation
        self.sent.append(Sent(request.method, request.target, dict(request.headers),
                              request.body, op.idempotent if op is not None
                              else request.method in ("GET", "HEAD")))
        return self.answers.pop(0) if len(self.answers) > 1 else self.answers[0]

    @property
    def requests(self) -> list[Sent]:
        return self.sent

    @property
    def only(self) -> Sent:
        [sent] = self.sent
        return sent


def install(client, monkeypatch, *responses: Response) -> FakeTransport:
    from asm_sdk_runtime import core

    transport = FakeTransport(*responses)
    patch_send(client, monkeypatch, transport.send_once)
    call = core.call

    def recording(ctx, op, args, *deadline):
        transport.operation = op
        return call(ctx, op, args, *deadline)
    monkeypatch.setattr(core, "call", recording)
    return transport


def patch_send(client, monkeypatch, send_once) -> None:
    """Answer every attempt of `client` with `send_once(request)` (a plain function, also
    for an async client)."""
    import inspect

    target = client._transport
    if inspect.iscoroutinefunction(type(target).send_once):
        async def answer(request):
            return send_once(request)
        monkeypatch.setattr(target, "send_once", answer)
    else:
        monkeypatch.setattr(target, "send_once", send_once)
