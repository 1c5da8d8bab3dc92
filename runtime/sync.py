"""The sync driver: carries out the core's effects (runtime/effects.py) in the calling
thread.

`Send` goes to the urllib3 transport (one attempt), `Sleep` to `time.sleep`, `Token` to the
client's authorizer (runtime/credentials.py: one `get_token` however many threads find the
token due), `Gather` to a bounded set of threads that end with it.  The driver decides
nothing; it also keeps, per thread, the request id of the last answer
(`ServiceClient.last_request_id`).
"""

from __future__ import annotations

import threading
import time
from typing import TYPE_CHECKING, Any

from .effects import Call, Gather, Send, Sleep, Token, TransportFailure

if TYPE_CHECKING:
    from .credentials import BearerTokenPolicy, StaticAuthorization
    from .transport import Transport


class Driver:
    """Runs calls of the core for one sync client."""

    def __init__(self, transport: Transport,
                 authorizer: BearerTokenPolicy | StaticAuthorization | None) -> None:
        self.transport = transport
        self.authorizer = authorizer
        self.calls = threading.local()      # per thread: the last answer's request id

    def run(self, call: Call) -> Any:
        """Drive `call` to its end: its result, or the exception it raises."""
        calls, send_once = self.calls, self.transport.send_once
        try:
            effect = call.send(None)
            while True:
                kind = effect.__class__
                if kind is Send:
                    try:
                        resp = send_once(effect.request)
                    except TransportFailure as exc:
                        calls.request_id = None     # no answer: no stale id from before
                        effect = call.throw(exc)
                        continue
                    calls.request_id = resp.request_id
                    effect = call.send(resp)
                elif kind is Sleep:
                    time.sleep(effect.seconds)  # looked up per call: tests patch time.sleep
                    effect = call.send(None)
                elif kind is Token:
                    try:
                        value = self.authorize(effect)
                    except Exception as exc:
                        calls.request_id = None
                        effect = call.throw(exc)
                        continue
                    effect = call.send(value)
                elif kind is Gather:
                    effect = call.send(self.gather(effect))
                else:
                    raise TypeError(f"the sync driver cannot carry out {effect!r}")
        except StopIteration as done:
            return done.value

    def authorize(self, effect: Token) -> str | None:
        auth = self.authorizer
        if auth is None:
            raise RuntimeError("a Token effect for a client that authenticates by certificate")
        if effect.rejected is not None:
            auth.rejected(effect.rejected)
        return auth.authorization() if effect.fetch else None

    def settle(self, call: Call) -> tuple[Any, str | None]:
        """(result or exception, request id of its last answer), in this thread."""
        try:
            result = self.run(call)
        except Exception as exc:
            result = exc
        return result, getattr(self.calls, "request_id", None)

    def gather(self, effect: Gather) -> list[Any]:
        """Each call's result or exception, in order; at most `limit` at once, on threads
        that end when the last call has.  This thread's last request id is then the last
        call's, as if it had made them."""
        calls = list(effect.calls)
        width = min(effect.limit, len(calls))
        if width <= 1:
            settled = [self.settle(c) for c in calls]
        else:
            settled = [(None, None)] * len(calls)
            todo = iter(range(len(calls)))
            lock = threading.Lock()

            def work() -> None:
                while True:
                    with lock:
                        i = next(todo, None)
                    if i is None:
                        return
                    settled[i] = self.settle(calls[i])

            threads = [threading.Thread(target=work, name=f"asm-gather-{n}", daemon=True)
                       for n in range(width)]
            for t in threads:
                t.start()
            for t in threads:
                t.join()
        if settled:
            self.calls.request_id = settled[-1][1]
        return [result for result, _ in settled]
