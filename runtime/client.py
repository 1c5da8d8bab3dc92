"""The clients' common ground and the sync client: configuration (subscription, host,
credentials, TLS, proxy) read once, and every call handed to the I/O-free core
(runtime/core.py) through the sync driver (runtime/sync.py).  The async client
(runtime/aio.py) shares the configuration and the core; only its driver differs."""

from __future__ import annotations

import logging
import os
from typing import TYPE_CHECKING, Any, Callable, Iterable, Self, TypeVar

from . import auth, core, polling
from .core import AsynchronousOperationResult, RetryPolicy
from .effects import Call
from .errors import AzureConfigurationError
from .sync import Driver
from .transport import MAX_RESPONSE_BODY, Response, Transport, environment_proxy, \
    split_host

if TYPE_CHECKING:
    import ssl

    from .credentials import BearerTokenPolicy, StaticAuthorization, TokenCredential
    from .session import SessionSettings

__all__ = ["AsynchronousOperationResult", "ServiceClient", "Settings"]

log = logging.getLogger("asm_sdk_runtime")
_USER_AGENT = "asm-sdk-python/0.1"
DEFAULT = RetryPolicy()
# Connections per client: also how many operations `wait_for_operations` polls at once,
# so a round of 100 costs about one round trip (docs/design/core.md).
MAX_CONNECTIONS = 100
# The most a call may take by default (`call_timeout=`): every attempt, the waits between
# them and the reading of the answer.  Far above any call that gets answered (the retry
# policy stops starting attempts after 120 s), low enough that a peer cannot hold a call.
CALL_TIMEOUT = 300.0
NO_CREDENTIALS = (
    "no credentials: pass a management certificate, cert_file= (a PEM file with certificate "
    "and key, or a .pfx/.p12; or set AZURE_MANAGEMENT_CERTFILE), or an Azure AD token "
    "credential, credential= (e.g. azure.identity.DefaultAzureCredential()); a "
    "request_session= authenticates only with a cert or an Authorization header")
_T = TypeVar("_T")


class Settings:
    """What a client's arguments come to, whichever driver sends: the core's `Context`, the
    TLS context (built once per client), the proxy to tunnel through, and how requests are
    authorized (`token`: a credential, `header`: a session's fixed Authorization value)."""

    def __init__(self, client: Any, subscription_id: str | None, cert_file: str | None,
                 host: str | None, request_session: Any, timeout: float,
                 cert_password: str | None, ca_file: str | None, verify: bool,
                 retry: RetryPolicy | None, cert_data: bytes | None, credential: Any,
                 call_timeout: float | None = CALL_TIMEOUT) -> None:
        call_timeout = _call_timeout(call_timeout)
        subscription_id = subscription_id or os.environ.get("AZURE_MANAGEMENT_SUBSCRIPTIONID")
        if not subscription_id:
            raise AzureConfigurationError(
                "subscription_id is required (or set AZURE_MANAGEMENT_SUBSCRIPTIONID)")
        self.subscription_id = subscription_id
        self.host = host or os.environ.get("AZURE_MANAGEMENT_HOST") or client._default_host
        host_name, port = split_host(self.host)
        session = None
        if request_session is not None:
            from .session import read_session
            session = read_session(request_session, host_name, port)
        self.token: Any = None
        self.header: str | None = None
        if credential is not None:
            _check_credential(credential, session, bool(cert_file) or cert_data is not None)
            self.token = credential
        elif session is not None and session.authorization is not None:
            self.header = session.authorization
        key_file = ca_dir = None
        if session is not None:
            cert_file, key_file, ca_file, ca_dir = _session_tls(session, cert_file, cert_data,
                                                                ca_file)
            verify = verify and session.verify
        authorized = self.token is not None or self.header is not None
        if cert_data is None and not cert_file and not authorized:
            cert_file = os.environ.get("AZURE_MANAGEMENT_CERTFILE")
            if not cert_file:
                raise AzureConfigurationError(NO_CREDENTIALS)
        if not verify:
            log.warning(
                "server certificate verification is OFF: anyone on the network path can "
                "impersonate the management endpoint")
        self.cert_file = cert_file
        self.cert_data = cert_data is not None
        self.ssl_context: ssl.SSLContext
        if cert_file or cert_data is not None:
            self.ssl_context = auth.build_ssl_context(cert_file, cert_password, ca_file, verify,
                                                      cert_data=cert_data, key_file=key_file,
                                                      ca_dir=ca_dir)
        else:   # a token authenticates: TLS only verifies the server
            self.ssl_context = auth.server_context(ca_file, verify, ca_dir)
        # Headers every request carries; x-ms-version and Content-Type are set per call.
        headers = {"User-Agent": _USER_AGENT}
        if session is not None:
            headers = {**session.headers, **headers}
        self.proxy: tuple[str, int, str | None, str | None] | None = None
        if session is not None and session.proxy_named:
            self.proxy, source = session.proxy, "the request_session's proxies"
        elif session is None or session.trust_env:   # read once, here; set_proxy() replaces it
            self.proxy, source = environment_proxy(host_name, port), "HTTPS_PROXY"
        if self.proxy is not None:
            log.debug("using the proxy %s:%s from %s", self.proxy[0], self.proxy[1], source)
        self.context = core.Context(
            host_name, port, core.path_value(subscription_id, "subscription_id"), headers,
            client._x_ms_version, retry,
            "token" if self.token is not None else "header" if self.header else None,
            call_timeout)


class ClientBase:
    """What the sync and the async client share: their constructor arguments (read into
    `Settings`), their attributes, `repr` and `set_proxy`."""

    _default_host = ""
    _x_ms_version = ""
    # The record of get_operation_status, what wait_for_operation(s) poll (generated).
    _status_operation: core.Operation[Any]

    def _configure(self, subscription_id: str | None, cert_file: str | None, host: str | None,
                   request_session: Any, timeout: float, cert_password: str | None,
                   ca_file: str | None, verify: bool, retry: RetryPolicy | None,
                   cert_data: bytes | None, credential: Any,
                   call_timeout: float | None = CALL_TIMEOUT) -> Settings:
        settings = Settings(self, subscription_id, cert_file, host, request_session, timeout,
                            cert_password, ca_file, verify, retry, cert_data, credential,
                            call_timeout)
        self.subscription_id = settings.subscription_id
        self.host = settings.host
        self.timeout = timeout
        self.call_timeout = settings.context.call_timeout
        self.credential = credential
        self.request_session = request_session
        self.cert_file = settings.cert_file
        self._settings = settings
        self._ctx = settings.context
        return settings

    def __repr__(self) -> str:
        s = self._settings
        how = (f"credential={type(self.credential).__name__}" if self.credential is not None
               else f"cert_file={self.cert_file!r}" if self.cert_file
               else "cert_data=<PKCS#12>" if s.cert_data
               else "request_session=<Authorization header>")
        return f"{type(self).__name__}({self.subscription_id!r}, host={self.host!r}, {how})"

    def set_proxy(self, host: str, port: int, user: str | None = None,
                  password: str | None = None) -> None:
        """Send requests through an HTTP proxy at `host`:`port` (an HTTPS tunnel, so the
        management certificate and TLS stay end to end); `user`/`password` for proxy
        basic authentication.  Takes effect for the requests that follow, and replaces the
        proxy that `HTTPS_PROXY` named when the client was made."""
        self._transport.set_proxy(host, port, user, password)

    _transport: Any

    def _status(self, request_id: str, deadline: float | None = None) -> Call:
        """The core's call of get_operation_status, for the polling loops (`deadline`: the
        end of the wait, when sooner than the call's own)."""
        return core.call(self._ctx, self._status_operation, (request_id,), deadline)

    # The polling loops of both clients, built once here; each client's driver runs them.
    _max_connections: int

    def _waiting(self, waiter: polling.Waiter[Any], args: tuple[Any, ...],
                 values: dict[str, Any], timeout: float, delay: float | None,
                 progress_callback: Callable[[Any], None] | None) -> Call:
        """A generated waiter's loop: its operation called with `args` until an acceptor
        decides (`values`: the waiter's arguments, for the acceptors' `{name}`)."""
        ctx, op = self._ctx, waiter.operation

        def poll(deadline: float | None = None) -> Call:
            return core.call(ctx, op, args, deadline)
        return polling.until(waiter, poll, values, timeout, delay, progress_callback)

    def _operations(self, request_ids: Iterable[str], timeout: float,
                    sleep_interval: float | None,
                    progress_callback: Callable[[Any], None] | None) -> Call:
        """`wait_for_operations`' loop: each round polls up to `max_connections` at once."""
        return polling.operations(self._status, request_ids, timeout, sleep_interval,
                                  progress_callback, limit=self._max_connections)


class ServiceClient(ClientBase):
    """Connection, credentials and the generic request/response cycle.

    Generated service classes subclass this and add one method per operation.

    A client authenticates with a management certificate (`cert_file=`, `cert_data=`,
    $AZURE_MANAGEMENT_CERTFILE), an Azure AD token credential (`credential=`), or a
    `request_session=` that carries either; the server certificate is verified in every
    case.

    Args:
        subscription_id: The subscription to manage (default: $AZURE_MANAGEMENT_SUBSCRIPTIONID).
        cert_file: Management certificate: a PEM file with certificate and key, or a
            .pfx/.p12 file (default: $AZURE_MANAGEMENT_CERTFILE, unless the client
            authenticates otherwise).
        host: Endpoint host, ``HOST`` or ``HOST:PORT`` (default: $AZURE_MANAGEMENT_HOST, else
            the service's).
        request_session: A `requests.Session` (or an object with its attributes): its
            `headers` (e.g. ``Authorization: Bearer …``), `cert`, `verify` and `proxies` are
            honoured; what cannot be (an `auth` object, hooks, mounted adapters, …) raises
            AzureConfigurationError naming it (runtime/session.py).
        timeout: The longest wait, in seconds, for each read of an answer (the time to its
            first byte, then between any two); the predecessor's meaning.
        call_timeout: The most seconds a call may take in all (default 300; None: no bound
            but `timeout` and the retry policy's): every attempt, the waits between retries
            and the reading of the answer, however slowly it comes.  Past it a call raises
            AzureTimeoutError (an AzureConnectionError).  A wait
            (`wait_for_operation_status`, `wait_for_operations`, waiters) gives each poll at
            most what is left of its own `timeout`.
        cert_password: Password of an encrypted PEM key or of a PKCS#12 file.
        cert_data: PKCS#12 bytes held in memory, instead of cert_file (see
            runtime.publishsettings.load_publish_settings for .publishsettings files).
        ca_file: PEM bundle of CAs to verify the server with (default: the system's, which
            OpenSSL also reads from $SSL_CERT_FILE / $SSL_CERT_DIR).
        verify: Verify the server certificate; turning it off must be explicit.
        retry: A RetryPolicy, or None to never retry.
        connect_timeout: Connect timeout in seconds (default: min(timeout, 30)).
        max_connections: Size of the connection pool.
        max_response_body: The longest answer read, in bytes (default 64 MiB; the API's
            largest, a list of OS images, is about 659 KB): a longer one, announced or
            read, raises AzureConnectionError and is not retried.
        credential: An Azure AD token credential instead of a certificate: any object with
            azure-core's ``get_token(*scopes)`` (azure-identity's DefaultAzureCredential,
            ClientSecretCredential, ManagedIdentityCredential, AzureCliCredential, or
            runtime.credentials.StaticTokenCredential).  Tokens of the scope
            ``https://management.core.windows.net/.default`` are cached per client and
            refreshed before they expire (runtime/credentials.py).
    """

    def __init__(self, subscription_id: str | None = None, cert_file: str | None = None,
                 host: str | None = None, request_session: Any = None, timeout: float = 65,
                 *, cert_password: str | None = None, ca_file: str | None = None,
                 verify: bool = True, retry: RetryPolicy | None = DEFAULT,
                 connect_timeout: float | None = None, max_connections: int = MAX_CONNECTIONS,
                 max_response_body: int = MAX_RESPONSE_BODY, cert_data: bytes | None = None,
                 credential: TokenCredential | None = None,
                 call_timeout: float | None = CALL_TIMEOUT) -> None:
        s = self._configure(subscription_id, cert_file, host, request_session, timeout,
                            cert_password, ca_file, verify, retry, cert_data, credential,
                            call_timeout)
        self._transport: Transport = Transport(self.host, s.ssl_context, timeout,
                                               connect_timeout, max_connections,
                                               max_response_body)
        if s.proxy is not None:
            self._transport.set_proxy(*s.proxy)
        authorizer: BearerTokenPolicy | StaticAuthorization | None = None
        if s.token is not None or s.header is not None:
            from . import credentials
            authorizer = credentials.BearerTokenPolicy(s.token) if s.token is not None \
                else credentials.StaticAuthorization(s.header or "")
        self._driver: Driver = Driver(self._transport, authorizer)
        self._max_connections = max_connections

    @property
    def last_request_id(self) -> str | None:
        """The `x-ms-request-id` of the last call this thread made with this client (its
        answer was a success or an error), for Azure support; None before any call or when
        the last one got no answer.  Each thread sees its own calls."""
        return getattr(self._driver.calls, "request_id", None)

    def close(self) -> None:
        """Close pooled connections."""
        self._transport.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _call(self, op: core.Operation[_T], *args: Any) -> _T:
        """A call of the operation `op` with the method's arguments (generated methods)."""
        result: _T = self._driver.run(core.call(self._ctx, op, args))
        return result

    def _wait(self, waiter: polling.Waiter[_T], args: tuple[Any, ...], values: dict[str, Any],
              timeout: float, delay: float | None,
              progress_callback: Callable[[Any], None] | None) -> _T:
        """A generated waiter, run to its decision (ClientBase._waiting)."""
        result: _T = self._driver.run(self._waiting(waiter, args, values, timeout, delay,
                                                    progress_callback))
        return result

    # Raw access for calls the spec does not describe yet: the path is sent as given
    # (after the host), the answer comes back unparsed.  Errors raise as usual.
    def perform_get(self, path: str, x_ms_version: str | None = None) -> Response:
        """GET `path`; returns the raw `Response` (status, headers, body)."""
        result: Response = self._driver.run(core.raw(self._ctx, "GET", path, x_ms_version,
                                                     None))
        return result

    def perform_put(self, path: str, body: str | bytes | None,
                    x_ms_version: str | None = None) -> Response:
        """PUT `body` to `path`; returns the raw `Response`."""
        result: Response = self._driver.run(core.raw(self._ctx, "PUT", path, x_ms_version,
                                                     body))
        return result

    def perform_post(self, path: str, body: str | bytes | None,
                     x_ms_version: str | None = None) -> Response:
        """POST `body` to `path`; returns the raw `Response` (never re-sent)."""
        result: Response = self._driver.run(core.raw(self._ctx, "POST", path, x_ms_version,
                                                     body))
        return result

    def perform_delete(self, path: str, x_ms_version: str | None = None) -> Response:
        """DELETE `path`; returns the raw `Response`."""
        result: Response = self._driver.run(core.raw(self._ctx, "DELETE", path, x_ms_version,
                                                     None))
        return result

    def wait_for_operation_status(self, request_id: str, wait_for_status: str = "Succeeded",
                                  timeout: float = 30, sleep_interval: float | None = None,
                                  progress_callback: Callable[[Any], None] | None = None, *,
                                  success_callback: Callable[[float], None] | None = None,
                                  failure_callback: Callable[[float, Exception], None]
                                  | None = None) -> Any:
        """Poll an asynchronous operation until it reaches `wait_for_status`.

        Returns the final `Operation`.  Raises `AzureOperationFailedError` (with Azure's
        code and message) if it fails and `AzureOperationTimeoutError` after `timeout`
        seconds; both are `AzureAsyncOperationHttpError`s carrying the last `Operation` as
        `result`.  `sleep_interval=None` (default) polls soon at first and backs off to
        5 s between polls; a number polls at that fixed interval (the predecessor's
        behaviour, its default was 5).  `progress_callback(operation)` is called after
        every poll; `success_callback(elapsed)` and `failure_callback(elapsed, error)`, the
        predecessor's hooks, before returning or raising (a failure is raised even when a
        `failure_callback` is given).
        """
        return self._driver.run(polling.operation_status(
            self._status, request_id, wait_for_status, timeout, sleep_interval,
            progress_callback, success_callback=success_callback,
            failure_callback=failure_callback))

    def wait_for_operations(self, request_ids: Iterable[str], timeout: float = 600,
                            sleep_interval: float | None = None,
                            progress_callback: Callable[[Any], None] | None = None
                            ) -> list[Any]:
        """Wait for many asynchronous operations at once, polling them round by round.

        Each round asks the status of every operation still running, up to
        `max_connections` of them at once (one round trip for a round of 100 with the
        default pool).  Returns the final `Operation` of each request id, in the order
        given.  If any failed or is still running after `timeout` seconds, raises one
        `AzureOperationsFailedError` whose `errors` maps each such request id to its
        `AzureOperationFailedError` / `AzureOperationTimeoutError` and whose `operations`
        holds the last `Operation` of every id.  Intervals as `wait_for_operation_status`;
        `progress_callback` sees each round's answers in the order the ids were given.
        """
        result: list[Any] = self._driver.run(self._operations(
            request_ids, timeout, sleep_interval, progress_callback))
        return result


def _call_timeout(value: Any) -> float | None:
    """`call_timeout=` checked: None, or a finite number of seconds above 0."""
    if value is None:
        return None
    if isinstance(value, bool) or not isinstance(value, (int, float)) or not 0 < value < 1e9:
        raise AzureConfigurationError(
            f"call_timeout must be a number of seconds above 0 (or None), not {value!r}")
    return float(value)


def _check_credential(credential: Any, session: SessionSettings | None,
                      certificate: bool) -> None:
    """A credential is the client's only authentication."""
    from .credentials import require_token_credential
    if certificate or (session is not None and session.cert_file):
        raise AzureConfigurationError(
            "pass a management certificate (cert_file=, cert_data=, or a "
            "request_session's cert) or credential=, not both")
    if session is not None and session.authorization is not None:
        raise AzureConfigurationError(
            "credential= and the request_session's Authorization header both "
            "authenticate the client: pass one")
    require_token_credential(credential)


def _session_tls(session: SessionSettings, cert_file: str | None, cert_data: bytes | None,
                 ca_file: str | None) -> tuple[str | None, str | None, str | None, str | None]:
    """(cert_file, key_file, ca_file, ca_dir) from the client's arguments and a session's
    cert and verify; the same setting given two different ways raises."""
    key_file = ca_dir = None
    if session.cert_file is not None:
        if cert_data is not None or (cert_file and os.path.abspath(cert_file)
                                     != os.path.abspath(session.cert_file)):
            raise AzureConfigurationError(
                "cert_file= (or cert_data=) and the request_session's cert name different "
                "certificates: pass one")
        cert_file, key_file = session.cert_file, session.key_file
    if ca_file is None:
        ca_file, ca_dir = session.ca_file, session.ca_dir
    elif (session.ca_file or session.ca_dir) and not session.ca_from_env and \
            os.path.abspath(ca_file) != os.path.abspath(session.ca_file or ""):
        raise AzureConfigurationError(
            "ca_file= and the request_session's verify name different CA bundles: pass one")
    return cert_file, key_file, ca_file, ca_dir



