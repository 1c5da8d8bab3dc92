"""Handlers of spec/operations/common.toml: the status of asynchronous operations.

Every call is counted (`App.status_calls`, per request id in `App.status_calls_by_id`) so
that tests can see how often a client polled."""

from __future__ import annotations

from .base import Call, handles, not_found


@handles("get_operation_status")
def get_operation_status(call: Call):
    call.app.count_status_call(call.arg("request_id") or "")
    op = call.app.operation_status(call.arg("request_id"))
    if op is None:
        raise not_found("The operation request ID was not found.")
    return op
