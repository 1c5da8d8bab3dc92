"""Waiting: for asynchronous operations (202 Accepted + x-ms-request-id) and, through
waiters declared in the spec, for resources to reach a state.

The polling loops are written once, as generators of runtime.effects effects (the sync and
the async client drive the same ones; `Sleep` between polls, `Gather` to poll many
operations at once):

- `operation_status(status, request_id, ...)`: one operation;
- `operations(status, request_ids, ...)`: many operations polled round by round, each round
  asking the status of every operation still running at once (a `Gather`, at most `limit`
  at a time); every failure is reported together in one `AzureOperationsFailedError`;
- `until(waiter, call, args, ...)`: a `Waiter` (built by generated code from the spec's
  `[[waiter]]` tables) polls the operation until one of its acceptors says success or
  failure.

`status(request_id, deadline)` and `call(deadline)` return the core's call of the polled
operation (a generator); `deadline` (`clock()` time) is what is left of the wait, but at
least `POLL_FLOOR` seconds, so a wait ends within its `timeout` plus `POLL_FLOOR` (the
sleep before a poll never outlasts the wait either), and its last poll still has time to
be answered.  `wait_for_operation_status`, `wait_for_operations` and `wait_until` run the
same loops on plain callables, in the calling thread (`sleep=` and `clock=` for tests).

Interval: when none is given the delay adapts to the time already waited (a fifth of it,
at least `FIRST_DELAY`, at most the cap), so a short operation is seen finished soon after
it finishes and a long one is not polled more often than a fixed interval would; a number
given by the caller is used as a fixed interval, as the predecessor did.

Waiter paths are a small language over the attributes of the returned models:
``status``, ``storage_service_properties.status``, ``role_instance_list[].instance_status``
(every item), ``role_instance_list[?role_name == {role_name}].instance_status`` (items whose
attribute equals a waiter argument or a quoted literal), ``[].name`` (a list result).
Nothing here knows an operation: the spec says what to call and what to look for.
"""

from __future__ import annotations

import logging
import re
import time
from collections.abc import Generator
from typing import Any, Callable, Generic, Iterable, Sequence, TypeVar

from .effects import Call, Gather, Sleep
from .errors import AzureAsyncOperationHttpError, AzureConnectionError, AzureHttpError, \
    AzureOperationFailedError, AzureOperationsFailedError, AzureOperationTimeoutError, \
    AzureWaiterFailedError, AzureWaiterTimeoutError

log = logging.getLogger("asm_sdk_runtime.polling")

_T = TypeVar("_T")

# Status-call failures worth another try: the operation itself is unaffected by them.
_TRANSIENT_STATUS = {408, 429, 500, 502, 503, 504}

# Adaptive interval: FIRST_DELAY at first, then ADAPTIVE_FRACTION of the time waited so far,
# never more than the cap (DEFAULT_MAX_INTERVAL for operations, a waiter's `delay`).  An
# operation that takes 2 s is seen finished within about 0.4 s of finishing.
FIRST_DELAY = 0.25
ADAPTIVE_FRACTION = 0.2
DEFAULT_MAX_INTERVAL = 5.0
# Operations polled at once by `operations` when the caller gives no limit.
DEFAULT_CONCURRENCY = 10
# The least time a poll is given, even when less is left of the wait: a status call
# answers in well under a second; a poll started with no time left would only fail.
POLL_FLOOR = 5.0


def _poll_deadline(deadline: float, now: float) -> float:
    return max(deadline, now + POLL_FLOOR)


def adaptive_delay(elapsed: float, cap: float) -> float:
    """Seconds to sleep before the next poll, `elapsed` seconds into the wait."""
    return min(cap, max(FIRST_DELAY, elapsed * ADAPTIVE_FRACTION))


def _next_delay(fixed: float | None, elapsed: float, cap: float) -> float:
    return fixed if fixed is not None else adaptive_delay(elapsed, cap)


def _transient(exc: BaseException) -> bool:
    return isinstance(exc, AzureConnectionError) or (
        isinstance(exc, AzureHttpError) and exc.status in _TRANSIENT_STATUS)


def _failed_error(request_id: str, op: Any) -> AzureOperationFailedError:
    err = op.error
    return AzureOperationFailedError(request_id, err.code if err else None,
                                     err.message if err else None, op.http_status_code,
                                     result=op)


def operation_status(status: Callable[[str, float], Call], request_id: str,
                     wait_for_status: str = "Succeeded", timeout: float = 30,
                     sleep_interval: float | None = None,
                     progress_callback: Callable[[Any], None] | None = None,
                     clock: Callable[[], float] | None = None, *,
                     success_callback: Callable[[float], None] | None = None,
                     failure_callback: Callable[[float, Exception], None] | None = None,
                     max_interval: float = DEFAULT_MAX_INTERVAL) -> Generator[Any, Any, Any]:
    """Poll `status(request_id)` until the operation reaches `wait_for_status`.

    Returns the final `Operation`.  Raises `AzureOperationFailedError` when it ends
    `Failed` (unless `Failed` is what was asked for) and `AzureOperationTimeoutError`
    after `timeout` seconds.  Transient errors of the status call itself are retried.
    `sleep_interval=None` polls adaptively (up to `max_interval` seconds apart); a number
    polls at that fixed interval.  `success_callback(elapsed)` and
    `failure_callback(elapsed, error)` (the predecessor's hooks) are called before
    returning or raising.
    """
    clock = clock or time.monotonic  # looked up per call so tests can patch time.monotonic
    start = clock()
    deadline = start + timeout

    def fail(error: AzureAsyncOperationHttpError) -> AzureAsyncOperationHttpError:
        if failure_callback is not None:
            failure_callback(clock() - start, error)
        return error

    last_status = op = last_op = None
    while True:
        try:
            op = yield from status(request_id, _poll_deadline(deadline, clock()))
        except (AzureConnectionError, AzureHttpError) as exc:
            if not _transient(exc):
                raise
            log.warning("status of %s unavailable (%s); will retry", request_id, exc)
            op = None
        if op is not None:
            last_op, last_status = op, op.status
            log.debug("operation %s: %s", request_id, last_status)
            if progress_callback is not None:
                progress_callback(op)
            if last_status == wait_for_status:
                if success_callback is not None:
                    success_callback(clock() - start)
                return op
            if last_status == "Failed":
                raise fail(_failed_error(request_id, op))
        now = clock()
        remaining = deadline - now
        if remaining <= 0:
            raise fail(AzureOperationTimeoutError(request_id, last_status, timeout,
                                                  result=last_op))
        yield Sleep(min(_next_delay(sleep_interval, now - start, max_interval), remaining))


def operations(status: Callable[[str, float], Call], request_ids: Iterable[str],
               timeout: float = 600, sleep_interval: float | None = None,
               progress_callback: Callable[[Any], None] | None = None,
               clock: Callable[[], float] | None = None, *,
               limit: int = DEFAULT_CONCURRENCY,
               max_interval: float = DEFAULT_MAX_INTERVAL) -> Generator[Any, Any, list[Any]]:
    """Wait for many asynchronous operations in one loop: each round asks the status of
    every operation still running, at most `limit` at a time (one `Gather`), then sleeps
    (adaptively, as `operation_status`).  `progress_callback` sees each round's answers in
    the order the ids were given.

    Returns the final `Operation` of each request id, in the order given.  When any ended
    `Failed` or was still running after `timeout` seconds, raises one
    `AzureOperationsFailedError` naming all of them (the others are waited for first).
    """
    clock = clock or time.monotonic
    ids = list(request_ids)
    pending = list(dict.fromkeys(ids))
    ops: dict[str, Any] = dict.fromkeys(pending)
    errors: dict[str, AzureAsyncOperationHttpError] = {}
    start = clock()
    deadline = start + timeout
    rounds = 0
    while pending:
        rounds += 1
        poll_deadline = _poll_deadline(deadline, clock())
        answers = yield Gather([status(rid, poll_deadline) for rid in pending], limit)
        still = []
        for rid, answer in zip(pending, answers):
            if isinstance(answer, BaseException):
                if not _transient(answer):
                    raise answer
                log.warning("status of %s unavailable (%s); will retry", rid, answer)
                still.append(rid)
                continue
            ops[rid] = answer
            if progress_callback is not None:
                progress_callback(answer)
            if answer.status == "Succeeded":
                log.debug("operation %s succeeded", rid)
            elif answer.status == "Failed":
                log.debug("operation %s failed", rid)
                errors[rid] = _failed_error(rid, answer)
            else:
                still.append(rid)
        pending = still
        if not pending:
            break
        now = clock()
        remaining = deadline - now
        if remaining <= 0:
            for rid in pending:
                last = ops[rid]
                errors[rid] = AzureOperationTimeoutError(
                    rid, last.status if last is not None else None, timeout, result=last)
            break
        log.debug("%d of %d operations still running", len(pending), len(ops))
        yield Sleep(min(_next_delay(sleep_interval, now - start, max_interval), remaining))
    log.debug("waited for %d operations in %d rounds", len(ops), rounds)
    if errors:
        raise AzureOperationsFailedError({rid: errors[rid] for rid in ops if rid in errors}, ops)
    return [ops[rid] for rid in ids]


# --- waiters ---------------------------------------------------------------------------

_IDENT = r"[a-z_][a-z0-9_]*"
_NAME = re.compile(_IDENT)
_BRACKET = re.compile(rf"\[\]|\[\?\s*(?P<field>{_IDENT})\s*==\s*(?P<value>\{{{_IDENT}\}}|'[^']*')\s*\]")

STATES = ("success", "failure", "retry")
MATCHERS = ("path", "path_all", "path_any", "status", "error")


def parse_path(path: str) -> list[tuple[str, str, str | None]]:
    """``a.b[].c[?d == {x}].e`` -> steps ``('attr', name, None)``, ``('each', '', None)``,
    ``('filter', attribute, value)`` where value is ``{argument}`` or ``'literal'``.
    Raises ValueError on anything else (the spec loader reports it with the waiter's name)."""
    steps: list[tuple[str, str, str | None]] = []
    pos = 0
    while pos < len(path):
        if path[pos] == "[":
            mt = _BRACKET.match(path, pos)
            if mt is not None:
                steps.append(("filter", mt.group("field"), mt.group("value"))
                             if mt.group("field") else ("each", "", None))
        else:
            if steps:
                if path[pos] != ".":
                    raise ValueError(f"path {path!r}: expected '.' or '[' at {pos}")
                pos += 1
            mt = _NAME.match(path, pos)
            if mt is not None:
                steps.append(("attr", mt.group(), None))
        if mt is None:
            raise ValueError(f"path {path!r}: cannot read from position {pos}")
        pos = mt.end()
    if not steps:
        raise ValueError("empty path")
    return steps


def _argument(value: Any, args: dict[str, Any]) -> Any:
    """`{name}` -> the waiter argument `name`; `'text'` -> text; anything else unchanged."""
    if isinstance(value, str) and len(value) > 1:
        if value[0] == "{" and value[-1] == "}":
            return args[value[1:-1]]
        if value[0] == "'" and value[-1] == "'":
            return value[1:-1]
    return value


def evaluate_path(steps: Sequence[tuple[str, str, str | None]], result: Any,
                  args: dict[str, Any]) -> Any:
    """The value at a parsed path: one value, or a list once the path went through a list
    (`[]` or a filter).  Missing attributes and absent lists read as None / no items."""
    values = [result]
    projected = False
    for kind, name, value in steps:
        if kind == "attr":
            values = [getattr(v, name, None) for v in values]
            continue
        items = [item for v in values if v is not None for item in v]
        if kind == "filter":
            want = _argument(value, args)
            items = [item for item in items if getattr(item, name, None) == want]
        values, projected = items, True
    return values if projected else values[0]


class Acceptor:
    """One rule of a waiter: when `matcher` finds `expected`, the waiter is in `state`.

    Matchers: ``path`` (the value at `path` equals `expected`), ``path_all`` (every value
    of a list path does, and there is at least one), ``path_any`` (one does), ``status``
    (the call's HTTP status: 200 when it returned, the error's status when it raised),
    ``error`` (the Azure error code of the call).  A string `expected` of the form
    ``{name}`` is the waiter argument `name`.
    """

    __slots__ = ("state", "matcher", "expected", "path", "_steps")

    def __init__(self, state: str, matcher: str, expected: Any, path: str | None = None) -> None:
        if state not in STATES or matcher not in MATCHERS:
            raise ValueError(f"acceptor: state {state!r} / matcher {matcher!r} unknown")
        self.state, self.matcher, self.expected, self.path = state, matcher, expected, path
        self._steps = parse_path(path) if path else None

    def observe(self, result: Any, error: Exception | None, args: dict[str, Any]) -> Any:
        """What this acceptor looks at: the value(s) at its path, a status, an error code."""
        if self.matcher == "status":
            return 200 if error is None else getattr(error, "status", None)
        if self.matcher == "error":
            return getattr(error, "code", None)
        if error is not None or self._steps is None:
            return None
        return evaluate_path(self._steps, result, args)

    def matches(self, seen: Any, error: Exception | None, args: dict[str, Any]) -> bool:
        want = _argument(self.expected, args)
        if self.matcher == "status":
            return bool(seen == want)
        if self.matcher == "error":
            return error is not None and seen == want
        if error is not None:
            return False
        if self.matcher == "path":
            return bool(seen == want)
        if not isinstance(seen, list):
            return False
        if self.matcher == "path_all":
            return bool(seen) and all(v == want for v in seen)
        return any(v == want for v in seen)

    def describe(self) -> str:
        how = {"path": "", "path_all": "every ", "path_any": "any "}.get(self.matcher)
        if how is not None:
            return f"{how}{self.path} == {self.expected!r}"
        return f"{'HTTP status' if self.matcher == 'status' else 'error code'} {self.expected!r}"


class Waiter(Generic[_T]):
    """A waiter's acceptors, compiled once (generated code builds one per spec waiter);
    `_T` is what waiting returns.

    `delay` is the longest interval between two polls (the adaptive interval's cap);
    `operation` the record (runtime.core.Operation) of the operation it polls.
    """

    __slots__ = ("name", "delay", "acceptors", "operation")

    def __init__(self, name: str, delay: float,
                 acceptors: Sequence[tuple[str, str, Any, str | None]],
                 operation: Any = None) -> None:
        self.name = name
        self.delay = delay
        self.acceptors = tuple(Acceptor(*a) for a in acceptors)
        self.operation = operation

    def __repr__(self) -> str:
        return f"Waiter({self.name!r})"




def until(waiter: Waiter[Any], call: Callable[[float], Call], args: dict[str, Any],
          timeout: float, delay: float | None = None,
          progress_callback: Callable[[Any], None] | None = None,
          clock: Callable[[], float] | None = None) -> Generator[Any, Any, Any]:
    """Poll `call()` until an acceptor of `waiter` decides.

    The acceptors are tried in order on each result (or error); the first that matches
    decides: ``success`` returns the result (None when an error matched, e.g. a 404 meaning
    "deleted"), ``failure`` raises `AzureWaiterFailedError`, ``retry`` polls again.  When
    none matches, the waiter polls again after a result, or after a transient error
    (connection, 408, 429, 5xx); any other error is raised as it is.  After `timeout`
    seconds raises `AzureWaiterTimeoutError` with the last result.  `delay=None` polls
    adaptively up to `waiter.delay` seconds apart; a number is a fixed interval.
    `progress_callback(result)` is called after every call that returned.
    """
    clock = clock or time.monotonic
    start = clock()
    deadline = start + timeout
    first = waiter.acceptors[0]
    last_result: Any = None
    last_state: Any = None
    polls = 0
    while True:
        polls += 1
        result: Any = None
        error: Exception | None = None
        try:
            result = yield from call(_poll_deadline(deadline, clock()))
        except (AzureConnectionError, AzureHttpError) as exc:
            error = exc
        decided = None
        for acceptor in waiter.acceptors:
            seen = acceptor.observe(result, error, args)
            if acceptor is first:
                last_state = seen
            if acceptor.matches(seen, error, args):
                decided = acceptor
                if acceptor is not first:
                    last_state = seen
                break
        if error is None:
            last_result = result
            if progress_callback is not None:
                progress_callback(result)
        log.debug("waiter %s, poll %d: %r%s", waiter.name, polls, last_state,
                  f" ({error})" if error is not None else "")
        if decided is not None and decided.state == "success":
            log.info("waiter %s: success after %.1f s (%s)", waiter.name, clock() - start,
                     decided.describe())
            return result    # None when an error matched
        if decided is not None and decided.state == "failure":
            raise AzureWaiterFailedError(
                f"waiter {waiter.name}: failure state reached: {decided.describe()} "
                f"(seen {last_state!r})", waiter.name, last_state,
                result if error is None else last_result)
        if decided is None and error is not None:
            if not _transient(error):
                raise error
            log.warning("waiter %s: call failed (%s); will retry", waiter.name, error)
        now = clock()
        remaining = deadline - now
        if remaining <= 0:
            raise AzureWaiterTimeoutError(
                f"waiter {waiter.name}: no decision after {timeout:g} s "
                f"(last seen {last_state!r}); waiting longer may still succeed",
                waiter.name, last_state, last_result, timeout)
        yield Sleep(min(_next_delay(delay, now - start, waiter.delay), remaining))


# --- the same loops on plain callables, in the calling thread --------------------------------

def _plain(fn: Callable[..., Any], *args: Any) -> Call:
    """A call of the loops above that is a plain function call (no effect of its own)."""
    return fn(*args)
    yield  # unreachable: makes this a generator


def _run(loop: Call, sleep: Callable[[float], None] | None) -> Any:
    """Drive a loop of this module whose calls are `_plain`: sleep with `sleep` (default
    time.sleep, looked up per call so tests can patch it), gather one call after another."""
    sleep = sleep or time.sleep
    answer: Any = None
    try:
        while True:
            effect = loop.send(answer)
            if isinstance(effect, Sleep):
                sleep(effect.seconds)
                answer = None
            elif isinstance(effect, Gather):
                answer = []
                for one in effect.calls:
                    try:
                        answer.append(_run(one, sleep))
                    except Exception as exc:
                        answer.append(exc)
            else:
                raise TypeError(f"a plain loop cannot carry out {effect!r}")
    except StopIteration as done:
        return done.value


def wait_for_operation_status(get_status: Callable[[str], Any], request_id: str,
                              wait_for_status: str = "Succeeded", timeout: float = 30,
                              sleep_interval: float | None = None,
                              progress_callback: Callable[[Any], None] | None = None,
                              sleep: Callable[[float], None] | None = None,
                              clock: Callable[[], float] | None = None, *,
                              success_callback: Callable[[float], None] | None = None,
                              failure_callback: Callable[[float, Exception], None] | None = None,
                              max_interval: float = DEFAULT_MAX_INTERVAL) -> Any:
    """`operation_status` with `get_status(request_id)` a plain function, in this thread."""
    return _run(operation_status(
        lambda rid, deadline: _plain(get_status, rid), request_id, wait_for_status, timeout,
        sleep_interval, progress_callback, clock, success_callback=success_callback,
        failure_callback=failure_callback, max_interval=max_interval), sleep)


def wait_for_operations(get_status: Callable[[str], Any], request_ids: Iterable[str],
                        timeout: float = 600, sleep_interval: float | None = None,
                        progress_callback: Callable[[Any], None] | None = None,
                        sleep: Callable[[float], None] | None = None,
                        clock: Callable[[], float] | None = None, *,
                        max_interval: float = DEFAULT_MAX_INTERVAL) -> list[Any]:
    """`operations` with `get_status(request_id)` a plain function, in this thread (each
    round's calls one after another)."""
    result: list[Any] = _run(operations(
        lambda rid, deadline: _plain(get_status, rid), request_ids, timeout, sleep_interval,
        progress_callback, clock, max_interval=max_interval), sleep)
    return result


def wait_until(waiter: Waiter[Any], call: Callable[[], _T], args: dict[str, Any],
               timeout: float, delay: float | None = None,
               progress_callback: Callable[[Any], None] | None = None,
               sleep: Callable[[float], None] | None = None,
               clock: Callable[[], float] | None = None) -> _T:
    """`until` with `call()` a plain function, in this thread.  When an error can match
    success, type `call` as returning ``X | None``: that None is returned."""
    result: _T = _run(until(waiter, lambda deadline: _plain(call), args, timeout, delay,
                            progress_callback, clock), sleep)
    return result
