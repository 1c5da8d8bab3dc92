"""`request_session=`: what a `requests.Session` (or an object shaped like one) asks for,
read into the client's own settings.

The predecessor sent every request through the session it was given, so whatever the
session carried applied.  This SDK sends through its own pool and reads the session's
attributes instead (requests is never imported):

- `headers`: sent with every request under ours (`x-ms-version`, `Content-Type` and
  `User-Agent` are the SDK's; `Accept` is left out, as the predecessor left it out);
  an `Authorization` header authenticates the client;
- `cert`: a PEM path (certificate and key) or a `(certificate, key)` pair of paths;
- `verify`: `True`, `False`, or a CA bundle file or directory;
- `proxies`: the entry requests would pick for `https://<host>` (`https://<host>`,
  `https`, `all://<host>`, `all`; `no_proxy` honoured), an `http://` proxy, as
  `set_proxy()`;
- `trust_env` (default True): the environment as requests reads it: `HTTPS_PROXY` /
  `NO_PROXY` where `proxies` names none, `REQUESTS_CA_BUNDLE` / `CURL_CA_BUNDLE` where
  `verify` is True.  The session's own `proxies` and `verify` win over the environment.

What cannot be honoured raises `AzureConfigurationError` naming it, rather than being
dropped silently: an `auth` object, cookies, default `params`, response hooks, adapters
other than requests' default `HTTPAdapter` (custom retries included: use `retry=`), a
Session subclass that overrides how requests are sent (e.g. an OAuth2Session: pass
`credential=`), a proxy other than `http://`.  `stream` and `max_redirects` change
nothing here: responses are read whole, and only same-host redirects are followed.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from typing import Any

from .errors import AzureConfigurationError

# Headers of ours that a session's cannot replace, and the one the predecessor removed.
_OURS = frozenset({"x-ms-version", "content-type", "user-agent", "accept"})
# Methods of requests.Session that decide what is sent: a subclass overriding one of them
# behaves in ways attributes cannot tell.
_SENDING = ("request", "send", "prepare_request", "merge_environment_settings",
            "rebuild_auth", "rebuild_proxies", "resolve_redirects", "get_adapter")


class SessionSettings:
    """What the client takes from a session.  `authorization` is kept out of repr."""

    __slots__ = ("headers", "authorization", "cert_file", "key_file", "verify", "ca_file",
                 "ca_dir", "ca_from_env", "proxy", "proxy_named", "trust_env")

    def __init__(self) -> None:
        self.headers: dict[str, str] = {}
        self.authorization: str | None = None
        self.cert_file: str | None = None
        self.key_file: str | None = None
        self.verify = True
        self.ca_file: str | None = None
        self.ca_dir: str | None = None
        self.ca_from_env = False      # ca_file/ca_dir came from REQUESTS_CA_BUNDLE: ca_file= wins
        # (host, port, user, password) of the session's proxy for the host; proxy_named:
        # the session decides (a proxy, or explicitly none), so the environment does not
        self.proxy: tuple[str, int, str | None, str | None] | None = None
        self.proxy_named = False
        self.trust_env = True

    @property
    def authenticates(self) -> bool:
        return self.authorization is not None or self.cert_file is not None

    def __repr__(self) -> str:
        return (f"SessionSettings(headers={sorted(self.headers)}, authorization="
                f"{'<hidden>' if self.authorization else None}, cert_file={self.cert_file!r}, "
                f"verify={self.verify!r}, proxy={self.proxy[:2] if self.proxy else None})")


def session_authenticates(session: Any) -> bool:
    """Whether a session carries a client certificate or an Authorization header (without
    checking the rest)."""
    headers = getattr(session, "headers", None) or {}
    return bool(getattr(session, "cert", None)) or any(
        str(k).lower() == "authorization" and v is not None for k, v in headers.items())


def read_session(session: Any, host: str, port: int) -> SessionSettings:
    """The settings of `session` for requests to https://`host`:`port`; raises
    AzureConfigurationError naming the first thing that cannot be honoured."""
    out = SessionSettings()
    _check_sending(session)
    _check_unsupported(session)
    out.trust_env = bool(getattr(session, "trust_env", True))

    headers = getattr(session, "headers", None) or {}
    if not isinstance(headers, Mapping):
        raise AzureConfigurationError(
            f"request_session.headers must be a mapping, not {type(headers).__name__}")
    for name, value in headers.items():
        if value is None:               # requests drops headers set to None
            continue
        key = name.decode("latin-1") if isinstance(name, bytes) else str(name)
        text = value.decode("latin-1") if isinstance(value, bytes) else str(value)
        if key.lower() == "authorization":
            out.authorization = text
        elif key.lower() not in _OURS:
            out.headers[key] = text

    _read_cert(getattr(session, "cert", None), out)
    _read_verify(getattr(session, "verify", True), out)
    _read_proxies(getattr(session, "proxies", None) or {}, host, port, out)
    return out


def _check_sending(session: Any) -> None:
    mro = type(session).__mro__
    base = next((c for c in mro if c.__name__ == "Session"
                 and c.__module__.startswith("requests.")), None)
    if base is None:                    # not a requests.Session: read by its attributes
        return
    for cls in mro[:mro.index(base)]:
        overridden = [m for m in _SENDING if m in vars(cls)]
        if overridden:
            raise AzureConfigurationError(
                f"request_session is a {cls.__module__}.{cls.__qualname__}, which overrides "
                f"{', '.join(m + '()' for m in overridden)}: this SDK sends through its own "
                "connection pool, so that behaviour would be lost. For Azure AD tokens pass "
                "credential= (e.g. azure.identity.DefaultAzureCredential()); for a fixed "
                "token, a plain session with an Authorization header")


def _check_unsupported(session: Any) -> None:
    auth = getattr(session, "auth", None)
    if auth is not None:
        raise AzureConfigurationError(
            f"request_session.auth ({type(auth).__name__}) cannot be honoured: requests calls "
            "it per request, and this SDK does not send through requests. Pass credential= "
            "for Azure AD tokens, or put a fixed 'Authorization' header in session.headers")
    cookies = getattr(session, "cookies", None)
    if cookies is not None and len(cookies):
        raise AzureConfigurationError(
            f"request_session.cookies holds {len(cookies)} cookie(s), which would not be sent: "
            "the management API does not use cookies; clear them or pass a new session")
    params = getattr(session, "params", None)
    if params:
        raise AzureConfigurationError(
            "request_session.params (query parameters added to every request) cannot be "
            "honoured: they would change every operation's URI")
    hooks = getattr(session, "hooks", None) or {}
    used = sorted(k for k, v in hooks.items() if v)
    if used:
        raise AzureConfigurationError(
            f"request_session.hooks[{', '.join(map(repr, used))}] cannot be honoured: this SDK "
            "does not send through requests (log with the 'asm_sdk_runtime' logger instead)")
    adapters = getattr(session, "adapters", None) or {}
    for prefix, adapter in adapters.items():
        cls = type(adapter)
        default = (cls.__name__ == "HTTPAdapter" and cls.__module__ == "requests.adapters"
                   and prefix in ("https://", "http://"))
        if not default:
            raise AzureConfigurationError(
                f"request_session has {cls.__module__}.{cls.__qualname__} mounted for "
                f"{prefix!r}, which cannot be honoured: this SDK sends through its own "
                "urllib3 pool (size: max_connections=; retries: retry=)")
        retries = getattr(adapter, "max_retries", None)
        if getattr(retries, "total", 0) not in (0, None, False):
            raise AzureConfigurationError(
                f"request_session's adapter for {prefix!r} retries ({retries!r}), which cannot "
                "be honoured: pass retry=RetryPolicy(...) (idempotent requests are retried by "
                "default; a POST never is)")


def _path(value: Any, what: str) -> str:
    if isinstance(value, os.PathLike):
        value = os.fspath(value)
    if not isinstance(value, str) or not value:
        raise AzureConfigurationError(f"request_session.{what} must be a file path, not "
                                      f"{type(value).__name__}")
    return value


def _read_cert(cert: Any, out: SessionSettings) -> None:
    if not cert:
        return
    if isinstance(cert, (tuple, list)):
        if len(cert) != 2:
            raise AzureConfigurationError(
                "request_session.cert must be a PEM path or a (certificate, key) pair of paths")
        out.cert_file, out.key_file = _path(cert[0], "cert[0]"), _path(cert[1], "cert[1]")
    else:
        out.cert_file = _path(cert, "cert")


def _read_verify(verify: Any, out: SessionSettings) -> None:
    if verify is True or verify is None:
        if out.trust_env:   # as requests: the environment's bundle when verify is True
            bundle = os.environ.get("REQUESTS_CA_BUNDLE") or os.environ.get("CURL_CA_BUNDLE")
            if bundle:
                _read_verify(bundle, out)
                out.ca_from_env = True
        return
    if verify is False:
        out.verify = False
        return
    path = _path(verify, "verify")
    if os.path.isdir(path):
        out.ca_dir = path
    elif os.path.isfile(path):
        out.ca_file = path
    else:
        raise AzureConfigurationError(
            f"request_session.verify names {path!r}, which is neither a CA bundle file nor a "
            "directory")


def _read_proxies(proxies: Any, host: str, port: int, out: SessionSettings) -> None:
    from .transport import bypass_proxy, parse_proxy_url

    if not isinstance(proxies, Mapping):
        raise AzureConfigurationError(
            f"request_session.proxies must be a mapping, not {type(proxies).__name__}")
    # The entry requests would pick; one set to None or "" means "no proxy" for the host.
    key = next((k for k in (f"https://{host}", "https", f"all://{host}", "all")
                if k in proxies), None)
    if key is None:
        return
    out.proxy_named = True
    url = proxies[key]
    no_proxy = proxies.get("no_proxy")
    if not url or (no_proxy and bypass_proxy(host, port, str(no_proxy))):
        return
    proxy = parse_proxy_url(str(url))
    if proxy is None:
        scheme = str(url).partition("://")[0] if "://" in str(url) else "?"
        raise AzureConfigurationError(
            f"request_session.proxies[{key!r}] is a {scheme}:// proxy: only http:// proxies "
            "(an HTTPS tunnel through CONNECT) are supported")
    out.proxy = proxy
