"""Waiting for asynchronous operations (202 Accepted + x-ms-request-id)."""

from __future__ import annotations

import logging
import time
from typing import Any, Callable

from .errors import AzureAsyncOperationHttpError, AzureConnectionError, AzureHttpError, \
    AzureOperationFailedError, AzureOperationTimeoutError

log = logging.getLogger("runtime.polling")

# Status-call failures worth another try: the operation itself is unaffected by them.
_TRANSIENT_STATUS = {408, 429, 500, 502, 503, 504}


def wait_for_operation_status(get_status: Callable[[str], Any], request_id: str,
                              wait_for_status: str = "Succeeded", timeout: float = 30,
                              sleep_interval: float = 5,
                              progress_callback: Callable[[Any], None] | None = None,
                              sleep: Callable[[float], None] | None = None,
                              clock: Callable[[], float] | None = None, *,
                              success_callback: Callable[[float], None] | None = None,
                              failure_callback: Callable[[float, Exception], None] | None = None
                              ) -> Any:
    """Poll `get_status(request_id)` until the operation reaches `wait_for_status`.

    Returns the final `Operation`.  Raises `AzureOperationFailedError` when it ends
    `Failed` (unless `Failed` is what was asked for) and `AzureOperationTimeoutError`
    after `timeout` seconds.  Transient errors of the status call itself are retried.
    `success_callback(elapsed)` and `failure_callback(elapsed, error)` (the predecessor's
    hooks) are called before returning or raising.
    """
    sleep = sleep or time.sleep  # looked up per call so tests can patch time.sleep
    clock = clock or time.monotonic
    start = clock()
    deadline = start + timeout

    def fail(error: AzureAsyncOperationHttpError) -> AzureAsyncOperationHttpError:
        if failure_callback is not None:
            failure_callback(clock() - start, error)
        return error

    last_status = op = last_op = None
    while True:
        try:
            op = get_status(request_id)
        except (AzureConnectionError, AzureHttpError) as exc:
            if isinstance(exc, AzureHttpError) and exc.status not in _TRANSIENT_STATUS:
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
                err = op.error
                raise fail(AzureOperationFailedError(request_id, err.code if err else None,
                                                     err.message if err else None,
                                                     op.http_status_code, result=op))
        remaining = deadline - clock()
        if remaining <= 0:
            raise fail(AzureOperationTimeoutError(request_id, last_status, timeout,
                                                  result=last_op))
        sleep(min(sleep_interval, remaining))
