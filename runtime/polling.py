"""Waiting for asynchronous operations (202 Accepted + x-ms-request-id)."""

from __future__ import annotations

import logging
import time
from typing import Any, Callable

from .errors import AzureConnectionError, AzureHttpError, AzureOperationFailedError, \
    AzureOperationTimeoutError

log = logging.getLogger("runtime.polling")

# Status-call failures worth another try: the operation itself is unaffected by them.
_TRANSIENT_STATUS = {408, 429, 500, 502, 503, 504}


def wait_for_operation_status(get_status: Callable[[str], Any], request_id: str,
                              wait_for_status: str = "Succeeded", timeout: float = 30,
                              sleep_interval: float = 5,
                              progress_callback: Callable[[Any], None] | None = None,
                              sleep: Callable[[float], None] | None = None,
                              clock: Callable[[], float] | None = None) -> Any:
    """Poll `get_status(request_id)` until the operation reaches `wait_for_status`.

    Returns the final `Operation`.  Raises `AzureOperationFailedError` when it ends
    `Failed` (unless `Failed` is what was asked for) and `AzureOperationTimeoutError`
    after `timeout` seconds.  Transient errors of the status call itself are retried.
    """
    sleep = sleep or time.sleep  # looked up per call so tests can patch time.sleep
    clock = clock or time.monotonic
    deadline = clock() + timeout
    last_status = None
    while True:
        try:
            op = get_status(request_id)
        except (AzureConnectionError, AzureHttpError) as exc:
            if isinstance(exc, AzureHttpError) and exc.status not in _TRANSIENT_STATUS:
                raise
            log.warning("status of %s unavailable (%s); will retry", request_id, exc)
            op = None
        if op is not None:
            last_status = op.status
            log.debug("operation %s: %s", request_id, last_status)
            if progress_callback is not None:
                progress_callback(op)
            if last_status == wait_for_status:
                return op
            if last_status == "Failed":
                err = op.error
                raise AzureOperationFailedError(request_id, err.code if err else None,
                                                err.message if err else None,
                                                op.http_status_code)
        remaining = deadline - clock()
        if remaining <= 0:
            raise AzureOperationTimeoutError(request_id, last_status, timeout)
        sleep(min(sleep_interval, remaining))
