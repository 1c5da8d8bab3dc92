"""One exception hierarchy for everything the SDK raises on purpose.

The names `AzureHttpError`, `AzureMissingResourceHttpError`, `AzureConflictHttpError` and
`AzureAsyncOperationHttpError` are the predecessor SDK's, so existing `except` clauses keep
working.

When `azure-common` (the predecessor's dependency) is installed, `AzureException`,
`AzureHttpError`, `AzureMissingResourceHttpError`, `AzureConflictHttpError` and
`AzureAsyncOperationHttpError` are also subclasses of `azure.common`'s classes of the same
meaning, so `except azure.common.AzureMissingResourceHttpError:` catches our 404 as it caught
the predecessor's.  Without it nothing changes: azure-common is no dependency of this SDK.
(Base classes are fixed when a class is made and `except` checks the real ones, so the
import cannot wait for first use; `azure.common` is one small module, under 1 ms.)
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    _CommonException = Exception

    class _CommonHttpError: ...
    class _CommonMissing: ...
    class _CommonConflict: ...
else:
    try:
        import azure.common as _common
    except ImportError:
        _common = None

    def _common_class(name: str, default: type) -> type:
        cls = getattr(_common, name, None)
        return cls if isinstance(cls, type) and issubclass(cls, Exception) else default

    _CommonException = _common_class("AzureException", Exception)
    _CommonHttpError = _common_class("AzureHttpError", object)
    _CommonMissing = _common_class("AzureMissingResourceHttpError", object)
    _CommonConflict = _common_class("AzureConflictHttpError", object)


class AzureException(_CommonException):
    """Base class of every error raised by this SDK."""

    def __new__(cls, *args: Any, **kwargs: Any) -> "AzureException":
        # azure.common.AzureHttpError.__new__ insists on (message, status_code): our classes
        # have their own arguments (and __init__ may set `args` anew).
        return Exception.__new__(cls, *args)


class AzureConfigurationError(AzureException, ValueError):
    """The client cannot be built as asked: missing or unusable certificate, bad host, ..."""


class AzureConnectionError(AzureException):
    """The service could not be reached (DNS, TCP, TLS handshake, timeout)."""


class AzureTimeoutError(AzureConnectionError):
    """A call did not end in its time: the client's `call_timeout` (every attempt, wait
    between attempts and the reading of the answer included), or what was left of a wait's
    `timeout` for one of its polls.  An `AzureConnectionError`: never retried by the SDK."""


class AzureHttpError(AzureException, _CommonHttpError):
    """The service answered with an HTTP error status.

    Attributes: `status` (int), `code` and `message` (Azure's `<Error>` body, when it sent
    one), `request_id` (the `x-ms-request-id` header, quote it to Azure support) and
    `body` (the first bytes of the response, for bodies that are not Azure errors).

    The predecessor's form `AzureHttpError(message, status_code)` (e.g. in tests that fake a
    failure) is accepted too; as there, `AzureHttpError(...)` with 400/403/404/409 makes the
    subclass for that status.
    """

    def __new__(cls, *args: Any, **kwargs: Any) -> "AzureHttpError":
        if cls is AzureHttpError:
            status = kwargs.get("status", args[0] if args else None)
            if isinstance(status, str) and len(args) > 1:   # (message, status_code)
                status = args[1]
            cls = _BY_STATUS.get(status, cls) if isinstance(status, int) else cls
        return Exception.__new__(cls, *args)

    def __init__(self, status: int, code: str | None = None, message: str | None = None,
                 request_id: str | None = None, body: bytes = b"") -> None:
        if isinstance(status, str) and isinstance(code, int) and message is None:
            status, code, message = code, None, status   # the predecessor's (message, status)
        self.status = status
        self.status_code = status  # the predecessor's attribute name
        self.code = code
        self.message = message
        self.request_id = request_id
        self.body = body[:512]
        text = f"HTTP {status}"
        if code:
            text += f" {code}"
        if message:
            text += f": {message}"
        elif body and not code:
            text += f": {body[:200]!r}"
        if request_id:
            text += f" (request id {request_id})"
        Exception.__init__(self, text)  # not azure.common's __init__(message, status_code)

    def __reduce__(self) -> tuple[Any, tuple[Any, ...]]:
        return (type(self), (self.status, self.code, self.message, self.request_id, self.body))


class AzureBadRequestHttpError(AzureHttpError):
    """HTTP 400: the service rejected the request as invalid."""


class AzureUnauthorizedHttpError(AzureHttpError):
    """HTTP 401: the credentials were refused (Azure's `AuthenticationFailed`: an expired,
    revoked or wrong-audience token)."""


class AzureForbiddenHttpError(AzureHttpError):
    """HTTP 403: the management certificate is not accepted for this subscription."""


class AzureMissingResourceHttpError(AzureHttpError, _CommonMissing):
    """HTTP 404: the resource does not exist."""


class AzureConflictHttpError(AzureHttpError, _CommonConflict):
    """HTTP 409: the resource already exists or is busy."""


class AzureMalformedResponseError(AzureHttpError):
    """The service answered 2xx but the body is not what the API promises (truncated XML,
    an HTML page from a proxy, an empty body where one is required)."""


class AzureAsyncOperationHttpError(AzureException, _CommonHttpError):
    """An asynchronous operation did not reach the status waited for: it failed
    (`AzureOperationFailedError`) or the wait ran out of time (`AzureOperationTimeoutError`).

    The predecessor's name, so `except AzureAsyncOperationHttpError` keeps working. `result`
    is the last `Operation` polled (None if no status call answered); `status_code` is its
    status (`"Failed"`, `"InProgress"`), as the predecessor's.  With azure-common installed it
    is an `azure.common.AzureHttpError`, as the predecessor's was.
    """

    def __init__(self, message: str, request_id: str, result: Any = None) -> None:
        self.request_id = request_id
        self.result = result
        self.status_code = getattr(result, "status", None)
        Exception.__init__(self, message)  # not azure.common's __init__(message, status_code)


class AzureOperationFailedError(AzureAsyncOperationHttpError):
    """An asynchronous operation ended with status `Failed`.

    Carries the operation's `request_id`, `http_status_code` and Azure's `code` and `message`.
    """

    def __init__(self, request_id: str, code: str | None, message: str | None,
                 http_status_code: int | None = None, result: Any = None) -> None:
        self.code = code
        self.message = message
        self.http_status_code = http_status_code
        super().__init__(f"operation {request_id} failed: {code}: {message}", request_id, result)

    def __reduce__(self) -> tuple[Any, tuple[Any, ...]]:
        return (type(self), (self.request_id, self.code, self.message, self.http_status_code,
                             self.result))


class AzureOperationTimeoutError(AzureAsyncOperationHttpError):
    """Waiting for an asynchronous operation ran out of time.  The operation itself may
    still finish: wait again with the same `request_id`."""

    def __init__(self, request_id: str, last_status: str | None, timeout: float,
                 result: Any = None) -> None:
        self.last_status = last_status
        self.timeout = timeout
        super().__init__(f"operation {request_id} still {last_status!r} after {timeout:g} s; "
                         f"call wait_for_operation_status({request_id!r}) to keep waiting",
                         request_id, result)

    def __reduce__(self) -> tuple[Any, tuple[Any, ...]]:
        return (type(self), (self.request_id, self.last_status, self.timeout, self.result))


_BY_STATUS = {400: AzureBadRequestHttpError, 401: AzureUnauthorizedHttpError,
              403: AzureForbiddenHttpError,
              404: AzureMissingResourceHttpError, 409: AzureConflictHttpError}


def http_error(status: int, code: str | None, message: str | None,
               request_id: str | None, body: bytes = b"") -> AzureHttpError:
    """The exception for an HTTP error status: the most specific subclass available."""
    return _BY_STATUS.get(status, AzureHttpError)(status, code, message, request_id, body)


class AzureOperationsFailedError(AzureAsyncOperationHttpError):
    """Some of several asynchronous operations waited for together did not succeed.

    `errors` maps each such request id to its own `AzureOperationFailedError` or
    `AzureOperationTimeoutError`; `operations` maps every request id to its last `Operation`
    (None when no status call answered for it).  `request_id` is the first failed id.
    """

    def __init__(self, errors: dict[str, AzureAsyncOperationHttpError],
                 operations: dict[str, Any]) -> None:
        self.errors = errors
        self.operations = operations
        first = next(iter(errors))
        failed = sum(isinstance(e, AzureOperationFailedError) for e in errors.values())
        text = (f"{len(errors)} of {len(operations)} operations did not succeed "
                f"({failed} failed, {len(errors) - failed} timed out): "
                + "; ".join(str(e) for e in list(errors.values())[:5])
                + (" ..." if len(errors) > 5 else ""))
        super().__init__(text, first, operations.get(first))


class AzureWaiterError(AzureException):
    """A waiter (a generated `wait_until_*` method) stopped without reaching success.

    `waiter` is its name, `result` the last result of the polled operation (None when the
    last call raised), `state` what the waiter saw last: the value(s) at the acceptor's path,
    or the HTTP status / error code of the last call.
    """

    def __init__(self, message: str, waiter: str, state: Any = None,
                 result: Any = None) -> None:
        self.waiter = waiter
        self.state = state
        self.result = result
        super().__init__(message)


class AzureWaiterFailedError(AzureWaiterError):
    """A failure acceptor matched: the resource reached a state it will not leave on its
    own (e.g. a role instance in `FailedStartingVM`).  `state` is the matching value."""


class AzureWaiterTimeoutError(AzureWaiterError):
    """The waiter's timeout ran out before an acceptor decided; `result` is the last result
    polled and `state` the value(s) seen at the first success acceptor's path (e.g.
    ``['CreatingVM', 'ReadyRole']``).  The resource may still get there: wait again."""

    def __init__(self, message: str, waiter: str, state: Any = None, result: Any = None,
                 timeout: float = 0) -> None:
        self.timeout = timeout
        super().__init__(message, waiter, state, result)
