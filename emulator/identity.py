"""Who is calling: the local endpoint's Azure AD stand-in, and who it lets in.

Azure authenticates a Service Management request in one of two ways (REST reference,
"Authenticating Service Management Requests"); the endpoint does both, on its one HTTPS port:

- **Azure AD (OAuth 2.0) bearer tokens.**  `Identity` is a small Azure AD for one tenant and
  one application: OpenID discovery (`/{tenant}/v2.0/.well-known/openid-configuration`), the
  JWKS (`/{tenant}/discovery/v2.0/keys`) and the client-credentials grant
  (`POST /{tenant}/oauth2/v2.0/token`), answering as Azure AD does so that MSAL, and so
  azure-identity's `ClientSecretCredential`, use it unchanged.  Tokens are RS256 JWTs signed
  with a key kept in the state directory; a management request carrying one is checked as
  Azure checks it (signature, audience, issuer, lifetime, tenant).
- **Management certificates.**  TLS asks for a client certificate without requiring one;
  a request that presents one is let in only while the certificate's SHA-1 thumbprint is among
  the subscription's management certificates (kind `management_certificate` of the state).

Nothing here logs a token, a secret or key material; request logs name the scheme only
(`auth_scheme`).  Azure's answers that this module reproduces are collected in
docs/research/authentication.md.
"""

from __future__ import annotations

import base64
import datetime
import hashlib
import hmac
import json
import logging
import secrets
import ssl
import threading
import time
import uuid
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable
from urllib.parse import parse_qsl, unquote, urlsplit

from .base import ApiError, bad_request, error_xml

if TYPE_CHECKING:
    from .app import App, Response

log = logging.getLogger("asm_sdk_emulator")

IDENTITY_FILE = "identity.json"         # tenant, application, its secret (0600)
SIGNING_FILE = "token-signing.pem"      # the token signing key and its certificate (0600)

MANAGEMENT_AUDIENCE = "https://management.core.windows.net/"
# Resources the token endpoint knows (a scope is `<resource>/.default`): the management API
# and a few other Azure resources, whose tokens the management API must refuse.
KNOWN_RESOURCES = ("https://management.core.windows.net/", "https://management.azure.com/",
                   "https://graph.microsoft.com/", "https://storage.azure.com/",
                   "https://vault.azure.net/")
DEFAULT_TOKEN_LIFETIME = 3600.0
CLOCK_SKEW = 5.0                        # seconds of tolerance on exp and nbf
BACKDATE = 300                          # Azure AD dates iat/nbf five minutes back
MAX_TOKEN = 16 * 1024                   # a bearer token longer than this is refused unread
MAX_TOKEN_REQUEST = 64 * 1024           # form body of a token request

FORBIDDEN_MESSAGE = ("The server failed to authenticate the request. Verify that the "
                     "certificate is valid and is associated with this subscription.")
# Authorization schemes a request log may name; anything else is logged as "other", since a
# header without a scheme would otherwise put the token itself in the log.
_SCHEMES = {"bearer": "Bearer", "basic": "Basic", "digest": "Digest",
            "negotiate": "Negotiate", "ntlm": "NTLM", "sharedkey": "SharedKey"}

_JSON = "application/json; charset=utf-8"


def auth_scheme(headers: dict[str, str], client_thumbprint: str | None) -> str:
    """How a request authenticates, for logs: `Bearer` (or another known scheme of its
    Authorization header), `certificate`, or `none`.  Never any part of a credential.
    `headers` have lower-case names."""
    value = headers.get("authorization")
    if value is not None:
        return _SCHEMES.get(value.strip().partition(" ")[0].lower(), "other")
    return "certificate" if client_thumbprint else "none"


def thumbprint(der: bytes) -> str:
    """SHA-1 thumbprint of a DER certificate, upper-case hex (as Azure lists it)."""
    return hashlib.sha1(der).hexdigest().upper()


# --- JWT (RS256) and JWK, by hand: a few lines of base64url and one RSA signature -----------

def b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode("ascii")


def b64url_decode(text: str) -> bytes:
    if not text or len(text) % 4 == 1 or not all(c.isalnum() or c in "-_" for c in text):
        raise ValueError("not base64url")
    return base64.urlsafe_b64decode(text + "=" * (-len(text) % 4))


def _uint(n: int) -> str:
    return b64url(n.to_bytes((n.bit_length() + 7) // 8, "big"))


class TokenRejected(Exception):
    """A bearer token Azure would refuse; the message is Azure's."""


class SigningKey:
    """The RSA key that signs tokens, with a self-signed certificate for the JWKS's `x5c`
    (Azure AD publishes both).  `kid` is the certificate's base64url SHA-1, as Azure AD's."""

    def __init__(self, key, cert) -> None:
        from cryptography.hazmat.primitives.serialization import Encoding
        self.key = key
        self.public_key = key.public_key()
        der = cert.public_bytes(Encoding.DER)
        self.kid = b64url(hashlib.sha1(der).digest())
        self.x5c = base64.b64encode(der).decode("ascii")

    @classmethod
    def load_or_create(cls, path: Path) -> "SigningKey":
        from cryptography import x509
        from cryptography.hazmat.primitives import serialization
        try:
            data = path.read_bytes()
            # Our own key, written 0600 by this module: its (slow) consistency checks
            # would only add ~40 ms to the first token of every start.
            key = serialization.load_pem_private_key(data, password=None,
                                                     unsafe_skip_rsa_key_validation=True)
            cert = x509.load_pem_x509_certificate(data)
            if cert.not_valid_after_utc > datetime.datetime.now(datetime.timezone.utc):
                return cls(key, cert)
        except (OSError, ValueError, TypeError):
            pass
        key, cert = cls._create()
        from .certs import _key_pem, _write_private
        _write_private(path, cert.public_bytes(serialization.Encoding.PEM) + _key_pem(key))
        return cls(key, cert)

    @staticmethod
    def _create():
        from cryptography import x509
        from cryptography.hazmat.primitives import hashes
        from cryptography.hazmat.primitives.asymmetric import rsa
        from cryptography.x509.oid import NameOID
        key = rsa.generate_private_key(public_exponent=65537, key_size=2048)
        name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME,
                                             "asm-sdk local endpoint token signing")])
        start = datetime.datetime.now(datetime.timezone.utc) - datetime.timedelta(hours=1)
        cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name)
                .public_key(key.public_key()).serial_number(x509.random_serial_number())
                .not_valid_before(start).not_valid_after(start + datetime.timedelta(days=730))
                .sign(key, hashes.SHA256()))
        return key, cert

    def jwk(self) -> dict[str, Any]:
        numbers = self.public_key.public_numbers()
        return {"kty": "RSA", "use": "sig", "kid": self.kid, "x5t": self.kid,
                "n": _uint(numbers.n), "e": _uint(numbers.e), "x5c": [self.x5c]}

    def sign(self, claims: dict[str, Any], header: dict[str, Any] | None = None) -> str:
        from cryptography.hazmat.primitives import hashes
        from cryptography.hazmat.primitives.asymmetric import padding
        head = {"typ": "JWT", "alg": "RS256", "x5t": self.kid, "kid": self.kid, **(header or {})}
        signing_input = (b64url(json.dumps(head, separators=(",", ":")).encode()) + "."
                         + b64url(json.dumps(claims, separators=(",", ":")).encode()))
        signature = self.key.sign(signing_input.encode("ascii"), padding.PKCS1v15(),
                                  hashes.SHA256())
        return signing_input + "." + b64url(signature)

    def verify(self, token: str) -> dict[str, Any]:
        """The claims of a token this key signed (RS256, our `kid`); else TokenRejected."""
        from cryptography.exceptions import InvalidSignature
        from cryptography.hazmat.primitives import hashes
        from cryptography.hazmat.primitives.asymmetric import padding
        invalid = TokenRejected("The access token is invalid.")
        parts = token.split(".")
        if len(parts) != 3:
            raise invalid
        try:
            header = json.loads(b64url_decode(parts[0]))
            claims = json.loads(b64url_decode(parts[1]))
            signature = b64url_decode(parts[2])
        except ValueError:
            raise invalid from None
        if not isinstance(header, dict) or not isinstance(claims, dict):
            raise invalid
        if header.get("alg") != "RS256" or header.get("kid") != self.kid:
            raise TokenRejected("The access token signature is invalid: it is not signed "
                                "with a key of this tenant.")
        try:
            self.public_key.verify(signature, f"{parts[0]}.{parts[1]}".encode("ascii"),
                                   padding.PKCS1v15(), hashes.SHA256())
        except InvalidSignature:
            raise TokenRejected("The access token signature is invalid.") from None
        return claims


def _number(value: Any) -> bool:
    return isinstance(value, (int, float)) and not isinstance(value, bool)


def _utc_text(epoch: float) -> str:
    """A UTC time as Azure's token messages print it: `11/17/2015 8:03:45 AM`."""
    t = datetime.datetime.fromtimestamp(epoch, datetime.timezone.utc)
    hour = t.hour % 12 or 12
    return f"{t.month}/{t.day}/{t.year} {hour}:{t.minute:02d}:{t.second:02d} " \
           f"{'AM' if t.hour < 12 else 'PM'}"


class Identity:
    """The Azure AD stand-in of one endpoint, and the admission of management requests.

    `authority` ("127.0.0.1:<port>") is set once the server is bound.  `trust` (set by the
    server) adds a DER certificate to the live TLS context's trust store, so that a
    registered management certificate not issued by the endpoint's CA gets through the
    handshake; whether it may call is decided per request from the state, so that
    `delete_management_certificate` takes effect at once.
    """

    def __init__(self, state_dir: Path, *, token_lifetime: float = DEFAULT_TOKEN_LIFETIME,
                 clock_skew: float = CLOCK_SKEW) -> None:
        self.state_dir = Path(state_dir)
        self.token_lifetime = float(token_lifetime)
        self.clock_skew = float(clock_skew)
        self.authority = "127.0.0.1"
        self.trust: Callable[[bytes], None] | None = None
        ids = self._load_or_create_ids(self.state_dir / IDENTITY_FILE)
        self.tenant_id: str = ids["tenant_id"]
        self.client_id: str = ids["client_id"]
        self.client_secret: str = ids["client_secret"]
        self.principal_id: str = ids["principal_id"]   # the application's service principal
        self._key: SigningKey | None = None             # made or read at first use
        self._lock = threading.Lock()
        self.tokens_issued = 0
        self.schemes: Counter[str] = Counter()          # admitted requests by scheme
        self.last_scheme: str | None = None
        self._endpoint_certificate: bytes | None = None

    # --- configuration ------------------------------------------------------------------

    @staticmethod
    def _load_or_create_ids(path: Path) -> dict[str, str]:
        try:
            ids = json.loads(path.read_text(encoding="utf-8"))
            if all(isinstance(ids.get(k), str) and ids[k] for k in
                   ("tenant_id", "client_id", "client_secret", "principal_id")):
                return ids
        except (OSError, ValueError, AttributeError):
            pass
        from .certs import _write_private
        ids = {"tenant_id": str(uuid.uuid4()), "client_id": str(uuid.uuid4()),
               # the shape of an Azure AD client secret: 40 characters, `8Q~` after three
               "client_secret": (secrets.token_urlsafe(3)[:3] + "8Q~"
                                 + secrets.token_urlsafe(27)[:34]),
               "principal_id": str(uuid.uuid4())}
        _write_private(path, (json.dumps(ids, indent=2) + "\n").encode("utf-8"))
        return ids

    @property
    def key(self) -> SigningKey:
        with self._lock:
            if self._key is None:
                self._key = SigningKey.load_or_create(self.state_dir / SIGNING_FILE)
            return self._key

    @property
    def base_url(self) -> str:
        return f"https://{self.authority}/{self.tenant_id}"

    @property
    def issuer(self) -> str:
        """The `iss` of this tenant's tokens, as its discovery document says."""
        return f"{self.base_url}/v2.0"

    def config(self) -> dict[str, str]:
        """The keys the endpoint's JSON config gains."""
        return {"tenant_id": self.tenant_id, "client_id": self.client_id,
                "client_secret": self.client_secret, "authority": self.authority}

    # --- tokens ---------------------------------------------------------------------------

    def claims(self, resource: str = MANAGEMENT_AUDIENCE, lifetime: float | None = None,
               **overrides: Any) -> dict[str, Any]:
        """The claims of an app-only access token of this tenant's application (v2.0), as
        Azure AD writes them; `overrides` replace or add claims (None removes one)."""
        now = int(time.time())
        lifetime = self.token_lifetime if lifetime is None else lifetime
        claims: dict[str, Any] = {
            "aud": resource, "iss": self.issuer, "iat": now - BACKDATE, "nbf": now - BACKDATE,
            "exp": now + int(lifetime), "aio": b64url(secrets.token_bytes(24)),
            "azp": self.client_id, "azpacr": "1", "appid": self.client_id, "appidacr": "1",
            "idp": self.issuer, "idtyp": "app", "oid": self.principal_id,
            "sub": self.principal_id, "tid": self.tenant_id,
            "uti": b64url(secrets.token_bytes(16)), "ver": "2.0"}
        for name, value in overrides.items():
            if value is None:
                claims.pop(name, None)
            else:
                claims[name] = value
        return claims

    def sign(self, claims: dict[str, Any]) -> str:
        """A JWT of `claims` signed with the endpoint's key (tests make odd tokens with it)."""
        return self.key.sign(claims)

    def validate(self, token: str) -> dict[str, Any]:
        """The claims of a token the management API accepts; TokenRejected (with Azure's
        message) otherwise."""
        if not token or len(token) > MAX_TOKEN:
            raise TokenRejected("The access token is missing or invalid.")
        claims = self.key.verify(token)
        now = time.time()
        exp, nbf = claims.get("exp"), claims.get("nbf")
        if not _number(exp) or (nbf is not None and not _number(nbf)):
            raise TokenRejected("The access token is invalid.")
        if now >= exp + self.clock_skew:
            raise TokenRejected(f"The access token expiry UTC time '{_utc_text(exp)}' is "
                                f"earlier than current UTC time '{_utc_text(now)}'.")
        if nbf is not None and now + self.clock_skew < nbf:
            raise TokenRejected(f"The access token is not yet valid: its not-before UTC time "
                                f"'{_utc_text(nbf)}' is later than current UTC time "
                                f"'{_utc_text(now)}'.")
        aud = claims.get("aud")
        if aud != MANAGEMENT_AUDIENCE:
            raise TokenRejected(
                f"The access token has been obtained from wrong audience or resource "
                f"'{aud}'. It should exactly match (including forward slash) with one of "
                f"the allowed audiences '{MANAGEMENT_AUDIENCE}'.")
        iss = claims.get("iss")
        if iss != self.issuer or claims.get("tid") != self.tenant_id:
            raise TokenRejected(
                f"The access token is from the wrong issuer '{iss}'. It must match the "
                f"tenant '{self.issuer}' associated with this subscription. Please use the "
                f"authority (URL) '{self.base_url}' to get the token.")
        return claims

    # --- the Azure AD stand-in --------------------------------------------------------------

    def directory_route(self, path: str) -> str | None:
        """`discovery`, `keys` or `token` for a path of the Azure AD stand-in, else None."""
        segments = [s for s in path.split("/") if s]
        if len(segments) != 4:
            return None
        rest = [s.lower() for s in segments[1:]]
        return {("v2.0", ".well-known", "openid-configuration"): "discovery",
                ("discovery", "v2.0", "keys"): "keys",
                ("oauth2", "v2.0", "token"): "token"}.get(tuple(rest))

    def serve_directory(self, route: str, method: str, path: str, headers: dict[str, str],
                        body: bytes, request_id: str) -> "Response":
        tenant = unquote([s for s in path.split("/") if s][0])
        if tenant.lower() != self.tenant_id.lower():
            return self._aad_error(400, "invalid_tenant", 90002,
                                   f"Tenant '{tenant}' not found. Check to make sure you have "
                                   "the correct tenant ID and are signing into the correct "
                                   "cloud.", request_id)
        if route == "token":
            if method != "POST":
                return self._aad_error(400, "invalid_request", 900561,
                                       "The endpoint only accepts POST requests. Received a "
                                       f"{method} request.", request_id)
            return self._token(headers, body, request_id)
        if method not in ("GET", "HEAD"):
            return self._json(405, {"error": "invalid_request",
                                    "error_description": "Only GET is allowed."}, request_id)
        if route == "keys":
            jwk = {**self.key.jwk(), "issuer": self.issuer}
            return self._json(200, {"keys": [jwk]}, request_id)
        return self._json(200, self.discovery(), request_id)

    def discovery(self) -> dict[str, Any]:
        """The OpenID configuration of the tenant, as Azure AD's v2.0 endpoint serves it."""
        base, host = self.base_url, f"https://{self.authority}"
        return {
            "token_endpoint": f"{base}/oauth2/v2.0/token",
            "token_endpoint_auth_methods_supported": ["client_secret_post", "private_key_jwt",
                                                      "client_secret_basic"],
            "jwks_uri": f"{base}/discovery/v2.0/keys",
            "response_modes_supported": ["query", "fragment", "form_post"],
            "subject_types_supported": ["pairwise"],
            "id_token_signing_alg_values_supported": ["RS256"],
            "response_types_supported": ["code", "id_token", "code id_token", "id_token token"],
            "scopes_supported": ["openid", "profile", "email", "offline_access"],
            "issuer": self.issuer,
            "request_uri_parameter_supported": False,
            "authorization_endpoint": f"{base}/oauth2/v2.0/authorize",
            "device_authorization_endpoint": f"{base}/oauth2/v2.0/devicecode",
            "end_session_endpoint": f"{base}/oauth2/v2.0/logout",
            "http_logout_supported": True, "frontchannel_logout_supported": True,
            "claims_supported": ["sub", "iss", "aud", "exp", "iat", "auth_time", "acr", "nonce",
                                 "preferred_username", "name", "tid", "ver", "at_hash",
                                 "c_hash", "email"],
            "tenant_region_scope": "NA",
            "cloud_instance_name": self.authority.rpartition(":")[0] or self.authority,
            "cloud_graph_host_name": host, "msgraph_host": host,
        }

    def _token(self, headers: dict[str, str], body: bytes, request_id: str) -> "Response":
        if len(body) > MAX_TOKEN_REQUEST:
            return self._aad_error(400, "invalid_request", 90014,
                                   "The request body is too large.", request_id)
        try:
            form = dict(parse_qsl(body.decode("utf-8"), keep_blank_values=True))
        except UnicodeDecodeError:
            form = {}
        client_id, secret = form.get("client_id"), form.get("client_secret")
        basic = headers.get("authorization", "")
        if basic[:6].lower() == "basic ":    # client_secret_basic (RFC 6749 2.3.1)
            try:
                user, _, password = base64.b64decode(basic[6:].strip(),
                                                     validate=True).decode().partition(":")
                client_id, secret = unquote(user.replace("+", " ")), unquote(
                    password.replace("+", " "))
            except (ValueError, UnicodeDecodeError):
                return self._aad_error(401, "invalid_client", 7000215,
                                       "Invalid client secret provided.", request_id)
        grant = form.get("grant_type")
        if grant != "client_credentials":
            return self._aad_error(400, "unsupported_grant_type", 70003,
                                   f"The app requested an unsupported grant type "
                                   f"'{grant or ''}'. This endpoint issues tokens for the "
                                   "client credentials grant only.", request_id)
        if not client_id:
            return self._aad_error(400, "invalid_request", 900144,
                                   "The request body must contain the following parameter: "
                                   "'client_id'.", request_id)
        if client_id.lower() != self.client_id.lower():
            return self._aad_error(401, "invalid_client", 700016,
                                   f"Application with identifier '{client_id}' was not found "
                                   f"in the directory '{self.tenant_id}'. This can happen if "
                                   "the application has not been installed by the "
                                   "administrator of the tenant or consented to by any user "
                                   "in the tenant. You may have sent your authentication "
                                   "request to the wrong tenant.", request_id)
        if not secret:
            return self._aad_error(401, "invalid_client", 7000218,
                                   "The request body must contain the following parameter: "
                                   "'client_assertion' or 'client_secret'.", request_id)
        if not hmac.compare_digest(secret.encode("utf-8"), self.client_secret.encode("utf-8")):
            return self._aad_error(401, "invalid_client", 7000215,
                                   "Invalid client secret provided. Ensure the secret being "
                                   "sent in the request is the client secret value, not the "
                                   "client secret ID, for a secret added to app "
                                   f"'{self.client_id}'.", request_id)
        resource = self._resource(form.get("scope", ""))
        if resource is None:
            scope = form.get("scope", "")
            return self._aad_error(400, "invalid_scope", 70011,
                                   f"The provided value for the input parameter 'scope' is not "
                                   f"valid. The scope '{scope}' is not valid: use "
                                   f"'{MANAGEMENT_AUDIENCE}.default'.", request_id)
        lifetime = int(self.token_lifetime)
        token = self.sign(self.claims(resource, lifetime))
        with self._lock:
            self.tokens_issued += 1
        resp = self._json(200, {"token_type": "Bearer", "expires_in": lifetime,
                                "ext_expires_in": lifetime, "access_token": token}, request_id)
        resp.headers.update({"Cache-Control": "no-store, no-cache", "Pragma": "no-cache"})
        return resp

    @staticmethod
    def _resource(scope: str) -> str | None:
        """The one known resource a client-credentials `scope` names (`<resource>/.default`;
        the OpenID scopes may come along), else None."""
        names = [s for s in scope.split() if s not in ("openid", "profile", "offline_access")]
        if len(names) != 1 or not names[0].endswith("/.default"):
            return None
        wanted = names[0][:-len(".default")].rstrip("/") + "/"
        return next((r for r in KNOWN_RESOURCES if r.lower() == wanted.lower()), None)

    def _json(self, status: int, doc: dict[str, Any], request_id: str) -> "Response":
        from .app import Response
        return Response(status, {"x-ms-request-id": request_id, "Content-Type": _JSON},
                        json.dumps(doc).encode("utf-8"))

    def _aad_error(self, status: int, error: str, code: int, message: str,
                   request_id: str) -> "Response":
        """Azure AD's JSON error: `AADSTS<code>: <message>` and the trace lines."""
        stamp = time.strftime("%Y-%m-%d %H:%M:%SZ", time.gmtime())
        trace, correlation = str(uuid.UUID(request_id)), str(uuid.uuid4())
        return self._json(status, {
            "error": error,
            "error_description": f"AADSTS{code}: {message}\r\nTrace ID: {trace}\r\n"
                                 f"Correlation ID: {correlation}\r\nTimestamp: {stamp}",
            "error_codes": [code], "timestamp": stamp, "trace_id": trace,
            "correlation_id": correlation,
            "error_uri": f"https://{self.authority}/error?code={code}"}, request_id)

    # --- admission of management requests ---------------------------------------------------

    def admit(self, app: "App", method: str, target: str, headers: dict[str, str],
              body: bytes, client_thumbprint: str | None,
              request_id: str) -> "Response | None":
        """None when the request may go on to the management API; else the answer (the Azure
        AD stand-in's, or Azure's refusal).  `headers` have lower-case names."""
        path = urlsplit(target).path or "/"
        route = self.directory_route(path)
        if route is not None:
            return self.serve_directory(route, method, path, headers, body, request_id)
        authorization = headers.get("authorization")
        if authorization is not None:
            scheme, _, token = authorization.strip().partition(" ")
            try:
                if scheme.lower() != "bearer":
                    raise TokenRejected(f"The authentication scheme of "
                                        f"{_SCHEMES.get(scheme.lower(), 'this kind')} is not "
                                        "supported: use an Azure AD bearer token.")
                self.validate(token.strip())
            except TokenRejected as exc:
                return self._unauthorized(str(exc), request_id)
            self._admitted("Bearer")
            return None
        if client_thumbprint is not None:
            if app.store.get("management_certificate", client_thumbprint.lower()) is None:
                return self._forbidden(request_id)
            self._admitted("Certificate")
            return None
        return self._forbidden(request_id)

    def _admitted(self, scheme: str) -> None:
        with self._lock:
            self.schemes[scheme] += 1
            self.last_scheme = scheme

    def _forbidden(self, request_id: str) -> "Response":
        from .app import Response
        return Response(403, {"x-ms-request-id": request_id,
                              "Content-Type": "application/xml; charset=utf-8"},
                        error_xml("ForbiddenError", FORBIDDEN_MESSAGE))

    def _unauthorized(self, message: str, request_id: str) -> "Response":
        from .app import Response
        challenge = (f'Bearer authorization_uri="{self.base_url}", error="invalid_token", '
                     f'error_description="{message.replace(chr(34), chr(39))}"')
        return Response(401, {"x-ms-request-id": request_id,
                              "Content-Type": "application/xml; charset=utf-8",
                              "WWW-Authenticate": challenge},
                        error_xml("AuthenticationFailed", message))

    def reset_counters(self) -> None:
        with self._lock:
            self.tokens_issued = 0
            self.schemes.clear()
            self.last_scheme = None

    # --- management certificates and the TLS trust store ------------------------------------

    def trust_certificate(self, store, der: bytes) -> None:
        """Let `der` through the TLS handshake from now on (and after a restart: the state
        keeps every certificate ever registered under kind `client_trust`, so that a revoked
        one is still answered 403 rather than refused in the handshake).  Raises
        ApiError 400 when `der` is not an X.509 certificate."""
        thumb = thumbprint(der).lower()
        if store.get("client_trust", thumb) is None:
            self._trust(der)
            store.put("client_trust", thumb, {"data": base64.b64encode(der).decode("ascii")})

    def _trust(self, der: bytes) -> None:
        if self.trust is None:
            return
        try:
            self.trust(der)
        except ssl.SSLError:
            raise bad_request("The certificate data is not a valid X.509 certificate.") from None

    def attach(self, app: "App", endpoint_certificate: bytes) -> None:
        """At start and after `App.reset()`: every certificate the state ever registered
        goes into the TLS trust store, and the endpoint's own client certificate is
        registered (so that the demo, the tests and the CLI connect with it as before)."""
        self._endpoint_certificate = endpoint_certificate
        with app.lock:
            store = app.store
            for thumb, rec in store.items("client_trust"):
                try:
                    self._trust(base64.b64decode(rec["data"]))
                except (ApiError, ValueError, KeyError, TypeError):
                    log.info("stored client certificate %s cannot be trusted", thumb)
            for thumb, cert in store.items("management_certificate"):
                if store.get("client_trust", thumb) is None:
                    try:
                        self.trust_certificate(store, base64.b64decode(
                            cert.subscription_certificate_data or ""))
                    except (ApiError, ValueError):
                        log.info("management certificate %s cannot be trusted", thumb)
            self._register(app, endpoint_certificate)
            store.commit()

    def reattach(self, app: "App") -> None:
        if self._endpoint_certificate is not None:
            self.attach(app, self._endpoint_certificate)

    def _register(self, app: "App", der: bytes) -> None:
        thumb = thumbprint(der)
        store = app.store
        if store.get("management_certificate", thumb.lower()) is not None:
            return
        from .base import now
        from .store import Deferred
        created = now()

        def record():
            return app.models.SubscriptionCertificate(
                subscription_certificate_public_key=base64.b64encode(
                    certificate_public_key(der)).decode("ascii"),
                subscription_certificate_thumbprint=thumb,
                subscription_certificate_data=base64.b64encode(der).decode("ascii"),
                created=created)
        # At every start: the record is made when the certificates are first read (its
        # models' module took most of a 0.2 s start); its key is read without cryptography.
        store.put("management_certificate", thumb.lower(), Deferred(record))
        self.trust_certificate(store, der)


_RSA_OID = bytes.fromhex("06092a864886f70d010101")     # rsaEncryption
_EC_OID = bytes.fromhex("06072a8648ce3d0201")           # id-ecPublicKey


def certificate_public_key(der: bytes) -> bytes:
    """A certificate's public key as Azure lists it (SubscriptionCertificatePublicKey):
    PKCS#1 for RSA, the X9.62 point for EC, else the SubjectPublicKeyInfo.  For RSA and an
    uncompressed EC point that is the subjectPublicKey bit string itself, read here from
    the DER (RFC 5280 4.1) without `cryptography`."""
    from asm_sdk_runtime.auth import _der, _tbs_field
    try:
        _, spki, _ = _der(der, _tbs_field(der, 5), 0x30)    # subjectPublicKeyInfo
        _, alg, alg_end = _der(der, spki, 0x30)
        _, bits, bits_end = _der(der, alg_end, 0x03)    # BIT STRING: unused bits, key
        key = der[bits + 1:bits_end]
        if der[bits] == 0 and (der.startswith(_RSA_OID, alg)
                               or (der.startswith(_EC_OID, alg) and key[:1] == b"\x04")):
            return key
    except (ValueError, IndexError):
        pass
    from cryptography import x509
    from cryptography.hazmat.primitives import serialization
    from cryptography.hazmat.primitives.asymmetric import ec, rsa
    public = x509.load_der_x509_certificate(der).public_key()
    if isinstance(public, rsa.RSAPublicKey):
        return public.public_bytes(serialization.Encoding.DER, serialization.PublicFormat.PKCS1)
    if isinstance(public, ec.EllipticCurvePublicKey):
        return public.public_bytes(serialization.Encoding.X962,
                                   serialization.PublicFormat.UncompressedPoint)
    return public.public_bytes(serialization.Encoding.DER,
                               serialization.PublicFormat.SubjectPublicKeyInfo)


def load_certificate_der(pem_path: Path) -> bytes:
    """The first certificate of a PEM file, as DER."""
    text = Path(pem_path).read_text(encoding="ascii", errors="replace")
    begin, end = "-----BEGIN CERTIFICATE-----", "-----END CERTIFICATE-----"
    start = text.index(begin)
    return ssl.PEM_cert_to_DER_cert(text[start:text.index(end, start) + len(end)])


__all__ = ["Identity", "SigningKey", "TokenRejected", "auth_scheme", "load_certificate_der",
           "thumbprint", "MANAGEMENT_AUDIENCE", "FORBIDDEN_MESSAGE"]
