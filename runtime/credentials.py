"""Azure AD (OAuth 2.0) bearer tokens for the management API.

A client made with `credential=` asks that object for a token of `SCOPE` and sends it as
`Authorization: Bearer …`.  Any object with azure-core's `TokenCredential` method
`get_token(*scopes, **kwargs)` works (azure-identity's `DefaultAzureCredential`,
`ClientSecretCredential`, `ManagedIdentityCredential`, `AzureCliCredential`, …); neither
azure-core nor azure-identity is imported here.  `get_token` may return an `AccessToken`
(`.token`, `.expires_on`) or a `(token, expires_on)` tuple; an object that also has
azure-core's newer `get_token_info(*scopes)` is asked through it, for its `refresh_on`.

The decisions are plain code without I/O, so a sync and an async driver share them:

- `TokenState.plan(now)`: use the cached token, refresh it while it is still usable
  (`REFRESH_OFFSET` seconds before it expires, or from the credential's `refresh_on`:
  azure-core's BearerTokenCredentialPolicy rule; a token living less than twice the offset
  at half its lifetime), or it must be refreshed before sending;
- `challenge(status, headers)`: a 401 carrying `WWW-Authenticate: Bearer …` means the
  token was refused: drop it, fetch a fresh one, and resend once where resending is allowed.

`BearerTokenPolicy` is the sync driver: a lock makes one `get_token` call however many
threads find the token due at once (double-checked), and threads keep using a token that
is still valid while one of them refreshes it.

A token is a secret: no repr, log line or exception message of this module shows one.
"""

from __future__ import annotations

import logging
import threading
import time
from typing import Any, NamedTuple, Protocol

from .errors import AzureConfigurationError

log = logging.getLogger("asm_sdk_runtime.credentials")

SCOPE = "https://management.core.windows.net/.default"
# Refresh this many seconds before a token expires (azure-core's BearerTokenCredentialPolicy
# uses 300 s, and the credential's `refresh_on` when it gives one).
REFRESH_OFFSET = 300.0
# After a failed refresh of a still-valid token, keep using it this long before asking again.
RETRY_FAILED_REFRESH = 30.0

# TokenState.plan() answers
USE = "use"                  # the cached token is good
REFRESH = "refresh"          # still valid, but due: refresh if no other thread does
REQUIRED = "required"        # none, or expired: nothing can be sent before a refresh


class TokenCredential(Protocol):
    """What `credential=` takes: azure-core's `TokenCredential` protocol."""

    def get_token(self, *scopes: str, **kwargs: Any) -> Any: ...


class AsyncTokenCredential(Protocol):
    """What the async client's `credential=` also takes: azure-core's
    `AsyncTokenCredential` protocol (azure.identity.aio)."""

    async def get_token(self, *scopes: str, **kwargs: Any) -> Any: ...


class AccessToken(NamedTuple):
    """A token and when it expires (seconds since the epoch), as azure-core's `AccessToken`
    (a tuple `(token, expires_on)`); its repr leaves the token out."""

    token: str
    expires_on: int

    def __repr__(self) -> str:
        return f"AccessToken(token=<{len(self.token)} characters>, expires_on={self.expires_on})"


def read_token(result: Any) -> tuple[str, float, float | None]:
    """(token, expires_on, refresh_on) from what `get_token`/`get_token_info` returned: an
    object with `.token` and `.expires_on` (and maybe `.refresh_on`) or a tuple
    `(token, expires_on)`.  The error names the type found, never a value."""
    token = getattr(result, "token", None)
    expires_on = getattr(result, "expires_on", None)
    if token is None and isinstance(result, tuple) and len(result) == 2:
        token, expires_on = result
    refresh_on = getattr(result, "refresh_on", None)
    if not isinstance(token, str) or not token:
        raise AzureConfigurationError(
            f"the credential's get_token returned {type(result).__name__} without a token: "
            "expected an AccessToken (.token, .expires_on) or a (token, expires_on) tuple")
    if isinstance(expires_on, bool) or not isinstance(expires_on, (int, float)):
        raise AzureConfigurationError(
            f"the credential's get_token returned expires_on of type {type(expires_on).__name__}"
            ": expected seconds since the epoch (an int)")
    if isinstance(refresh_on, bool) or not isinstance(refresh_on, (int, float)) \
            or refresh_on <= 0:
        refresh_on = None
    return token, float(expires_on), refresh_on


class TokenState:
    """The cached token of one client and what to do about it: decisions only, no I/O and
    no lock (the driver holds one)."""

    __slots__ = ("token", "expires_on", "refresh_at", "retry_at")

    def __init__(self) -> None:
        self.token: str | None = None
        self.expires_on = 0.0
        self.refresh_at = 0.0         # due for a refresh from then on (while still valid)
        self.retry_at = 0.0           # no new attempt before this, after a failed refresh

    def plan(self, now: float) -> str:
        """USE, REFRESH (due but still valid) or REQUIRED (none, or expired)."""
        if self.token is None or now >= self.expires_on:
            return REQUIRED
        if now < self.retry_at or now < self.refresh_at:
            return USE
        return REFRESH

    def store(self, result: Any, now: float) -> str:
        """Keep what the credential returned; the token to send.

        Due for a refresh REFRESH_OFFSET seconds before it expires, or at the credential's
        `refresh_on` if that is earlier (azure-core's rule); but not before half its
        lifetime has passed, so a token shorter-lived than the offset is not fetched anew
        for every request."""
        self.token, self.expires_on, refresh_on = read_token(result)
        due = max(self.expires_on - REFRESH_OFFSET, now + (self.expires_on - now) / 2)
        self.refresh_at = due if refresh_on is None else min(due, refresh_on)
        self.retry_at = 0.0
        if self.expires_on <= now:
            log.warning("the credential returned a token that expired %.0f s ago",
                        now - self.expires_on)
        return self.token

    def refresh_failed(self, now: float) -> None:
        """A refresh of a still-valid token failed: keep it for a while before asking again."""
        self.retry_at = now + RETRY_FAILED_REFRESH

    def rejected(self, token: str) -> None:
        """The service refused `token`: forget it (unless another thread already replaced it),
        so the next request asks the credential again."""
        if self.token == token:
            self.token = None

    def __repr__(self) -> str:
        held = "none" if self.token is None else f"expires_on={self.expires_on:.0f}"
        return f"TokenState({held})"


def challenge(status: int, headers: Any) -> bool:
    """Whether a response says the bearer token was refused: 401 with a `WWW-Authenticate`
    header whose scheme is Bearer (RFC 6750)."""
    if status != 401:
        return False
    words = (headers.get("www-authenticate") or "").split(None, 1)
    return bool(words) and words[0].rstrip(",").lower() == "bearer"


# challenge_action() answers
RESEND = "resend"                # drop the token, send once more with a new one
NOT_RESENT = "not-resent"        # drop the token; the request may not be repeated: raise
NOT_RENEWABLE = "not-renewable"  # a fixed Authorization header was refused: raise


def challenge_action(status: int, headers: Any, refreshable: bool,
                     may_resend: bool) -> str | None:
    """What to do with a response to a request that carried an Authorization header: None
    (not a refusal of the token: handled as any answer), RESEND, NOT_RESENT or
    NOT_RENEWABLE.  `may_resend`: the transport's rule for repeating a request the server
    has seen (idempotent, retries on), so a POST is never sent twice."""
    if not challenge(status, headers):
        return None
    if not refreshable:
        return NOT_RENEWABLE
    return RESEND if may_resend else NOT_RESENT


def fetch_token(credential: Any, scope: str) -> Any:
    """What the credential answers for `scope` (through `get_token_info` when it has it):
    a value for `refreshed`, or, from an async credential, an awaitable of one."""
    info = getattr(credential, "get_token_info", None)
    if callable(info):
        return info(scope)
    return credential.get_token(scope)


def refreshed(state: TokenState, result: Any, credential: Any) -> str:
    """Keep a token the credential returned; the token to send."""
    token = state.store(result, time.time())
    log.debug("new access token from %s, expires in %.0f s", type(credential).__name__,
              state.expires_on - time.time())
    return token


def refresh_failed(state: TokenState, exc: Exception, soft: bool) -> str:
    """A refresh failed: raise, unless it was of a still-valid token (`soft`), which then
    stays in use for a while before the credential is asked again."""
    if not soft:
        raise exc
    state.refresh_failed(time.time())
    log.warning("refreshing the access token failed (%s); the current one stays in use "
                "until it expires", type(exc).__name__)
    return state.token  # type: ignore[return-value]  # soft: still valid


def require_token_credential(credential: Any) -> None:
    """Refuse, at construction, what cannot give a token (rather than at the first call)."""
    if not callable(getattr(credential, "get_token", None)) \
            and not callable(getattr(credential, "get_token_info", None)):
        raise AzureConfigurationError(
            f"credential= takes an object with get_token(*scopes) (azure-core's "
            f"TokenCredential, e.g. azure.identity.DefaultAzureCredential()); got "
            f"{type(credential).__name__}")


class BearerTokenPolicy:
    """The sync driver: the `Authorization` header value for each request, from a cached
    token refreshed through `credential` when `TokenState` says so."""

    refreshable = True

    def __init__(self, credential: Any, scope: str = SCOPE) -> None:
        require_token_credential(credential)
        self.credential = credential
        self.scope = scope
        self._state = TokenState()
        self._lock = threading.Lock()

    def authorization(self) -> str:
        """`Bearer <token>` for the next request."""
        state = self._state
        plan = state.plan(time.time())
        if plan == USE:
            return "Bearer " + state.token  # type: ignore[operator]  # USE: a token is held
        if plan == REFRESH:
            # Still valid: one thread refreshes, the others go on with the current token.
            if not self._lock.acquire(blocking=False):
                return "Bearer " + state.token  # type: ignore[operator]  # REFRESH: held
            try:
                return "Bearer " + self._refresh(soft=True)
            finally:
                self._lock.release()
        with self._lock:
            if state.plan(time.time()) != REQUIRED:   # another thread refreshed meanwhile
                return "Bearer " + state.token  # type: ignore[operator]  # valid: held
            return "Bearer " + self._refresh(soft=False)

    def _refresh(self, soft: bool) -> str:
        """Ask the credential (the only I/O here); the caller holds the lock."""
        state = self._state
        if soft and state.plan(time.time()) == USE:
            return state.token  # type: ignore[return-value]  # USE: held
        try:
            result = fetch_token(self.credential, self.scope)
        except Exception as exc:
            return refresh_failed(state, exc, soft)
        return refreshed(state, result, self.credential)

    def rejected(self, authorization: str) -> None:
        """The service answered 401 Bearer to a request sent with `authorization`."""
        with self._lock:
            self._state.rejected(authorization[len("Bearer "):])

    def __repr__(self) -> str:
        return f"BearerTokenPolicy({type(self.credential).__name__}, {self._state!r})"


class StaticAuthorization:
    """A fixed `Authorization` header (a `request_session`'s): sent as given, never
    refreshed; its repr leaves the value out."""

    refreshable = False

    def __init__(self, value: str) -> None:
        self._value = value

    def authorization(self) -> str:
        return self._value

    def rejected(self, authorization: str) -> None:
        pass

    @property
    def scheme(self) -> str:
        return self._value.split(" ", 1)[0]

    def __repr__(self) -> str:
        return f"StaticAuthorization({self.scheme} <hidden>)"


class StaticTokenCredential:
    """A credential holding one access token obtained elsewhere (`az account
    get-access-token --resource https://management.core.windows.net/`, a pipeline's
    secret): `credential=StaticTokenCredential(token)`.

    `expires_on` (seconds since the epoch) defaults to the token's own `exp` claim when it
    is a JWT, as Azure AD tokens are; a token whose expiry cannot be read is taken as valid
    and its refusal by the service is reported as usual.  `get_token` raises
    `AzureConfigurationError` once the token has expired: it cannot be renewed.  The repr
    never shows the token.
    """

    def __init__(self, token: str, expires_on: int | None = None) -> None:
        if not isinstance(token, str) or not token.strip():
            raise AzureConfigurationError("StaticTokenCredential needs a non-empty token")
        token = token.strip()
        if token[:7].lower() == "bearer ":     # pasted with its scheme
            token = token[7:].strip()
        self._token = token
        self.expires_on = expires_on if expires_on is not None else jwt_expiry(token)

    def get_token(self, *scopes: str, **kwargs: Any) -> AccessToken:
        """The token, until it expires."""
        now = time.time()
        if self.expires_on is None:
            # Unknown lifetime: valid as far as we can tell; asked again within the hour.
            return AccessToken(self._token, int(now) + 3600)
        if self.expires_on <= now:
            raise AzureConfigurationError(
                f"the access token expired at {_utc(self.expires_on)} "
                f"({_ago(now - self.expires_on)} ago) and cannot be renewed: get a new one "
                "(e.g. `az account get-access-token --resource "
                "https://management.core.windows.net/`)")
        return AccessToken(self._token, int(self.expires_on))

    def __repr__(self) -> str:
        when = "unknown" if self.expires_on is None else _utc(self.expires_on)
        return f"StaticTokenCredential(token=<hidden>, expires={when})"


def jwt_expiry(token: str) -> int | None:
    """The `exp` claim of a JWT (read, not verified: only to know when it runs out), or
    None when the token is not a JWT with one."""
    import base64
    import binascii
    import json

    parts = token.split(".")
    if len(parts) != 3:
        return None
    payload = parts[1] + "=" * (-len(parts[1]) % 4)
    try:
        claims = json.loads(base64.urlsafe_b64decode(payload))
    except (ValueError, binascii.Error):
        return None
    exp = claims.get("exp") if isinstance(claims, dict) else None
    return int(exp) if isinstance(exp, (int, float)) and not isinstance(exp, bool) else None


def _utc(epoch: float) -> str:
    return time.strftime("%Y-%m-%d %H:%M:%S UTC", time.gmtime(epoch))


def _ago(seconds: float) -> str:
    if seconds < 120:
        return f"{seconds:.0f} s"
    if seconds < 7200:
        return f"{seconds / 60:.0f} min"
    return f"{seconds / 3600:.1f} h"
