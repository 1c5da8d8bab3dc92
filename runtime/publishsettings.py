"""Ready clients from a `.publishsettings` file (what the classic portal's "download
publish settings" page and `Get-AzurePublishSettingsFile` hand out).

    from asm_sdk_runtime.publishsettings import load_publish_settings

    with load_publish_settings("my.publishsettings") as settings:
        for sub in settings:                       # file order
            print(sub.id, sub.name, sub.management_url)
        sms = settings["<subscription id>"].client  # a ServiceManagementService
        sms.list_locations()

Both layouts are read:

- schema 2.0: `<PublishProfile SchemaVersion="2.0" PublishMethod="AzureServiceManagementAPI">`
  holding `<Subscription ServiceManagementUrl= Id= Name= ManagementCertificate=/>`, one
  certificate per subscription;
- schema 1.0 (or no SchemaVersion): `ManagementCertificate` and `Url` on the
  `PublishProfile`, `<Subscription Id= Name=/>` children sharing them.

The certificate (base64 PKCS#12, normally without a password) is decoded in memory and
handed to the client as `cert_data=`: the private key is never written to disk unencrypted
(`runtime.auth` re-encrypts it with a one-time password for the instant `ssl` loads it).
"""

from __future__ import annotations

import base64
import binascii
import os
import re
from dataclasses import dataclass, field
from datetime import datetime, timezone
from typing import Any, Iterator
from urllib.parse import urlsplit
from xml.etree.ElementTree import Element, ParseError, fromstring

from .errors import AzureConfigurationError

PUBLISH_METHOD = "AzureServiceManagementAPI"
MAX_FILE_SIZE = 16 * 1024 * 1024       # real files are a few KB per subscription
# Arguments the file supplies; passing them as well would be ambiguous.
_FROM_FILE = ("subscription_id", "cert_file", "cert_data", "host")
_SPACE = re.compile(rb"\s+")

__all__ = ["PublishSettings", "PublishedSubscription", "load_publish_settings",
           "read_publish_settings"]


@dataclass(frozen=True)
class PublishedSubscription:
    """One subscription of a `.publishsettings` file and its ready client.

    `management_url` is the file's `ServiceManagementUrl` (or the profile's `Url`), `""`
    when the file names none; `host` is what the client connects to (`HOST` or
    `HOST:PORT`).  `client` is an instance of the `service_class` given to
    `load_publish_settings` (`None` from `read_publish_settings`)."""

    id: str
    name: str
    management_url: str
    host: str
    client: Any = None
    # The decoded PKCS#12 bytes: a secret, kept out of repr (logs, tracebacks).
    certificate: bytes = field(default=b"", repr=False)


class PublishSettings:
    """The subscriptions of a `.publishsettings` file, in file order.

    Iterate it for `PublishedSubscription`s, index it by subscription id
    (`settings[sub_id].client`), `len()` it, test `sub_id in settings`; `.clients` is a
    dict subscription id -> client.  `close()` (or a `with` block) closes every client;
    clients of generated.aio (`service_class=`) are closed by `await settings.aclose()` (or
    an `async with` block).
    """

    def __init__(self, path: str, subscriptions: list[PublishedSubscription]) -> None:
        self.path = path
        self.subscriptions = subscriptions
        self._by_id = {s.id.lower(): s for s in subscriptions}

    def __iter__(self) -> Iterator[PublishedSubscription]:
        return iter(self.subscriptions)

    def __len__(self) -> int:
        return len(self.subscriptions)

    def __contains__(self, subscription_id: object) -> bool:
        return isinstance(subscription_id, str) and subscription_id.lower() in self._by_id

    def __getitem__(self, subscription_id: str) -> PublishedSubscription:
        """The subscription with this id (case-insensitive, as Azure treats GUIDs)."""
        try:
            return self._by_id[subscription_id.lower()]
        except (KeyError, AttributeError):
            known = ", ".join(s.id for s in self.subscriptions)
            raise KeyError(f"no subscription {subscription_id!r} in {self.path!r} "
                           f"(it has {known})") from None

    @property
    def clients(self) -> dict[str, Any]:
        """Subscription id -> client."""
        return {s.id: s.client for s in self.subscriptions}

    def close(self) -> None:
        """Close every client's connections (sync clients)."""
        for s in self.subscriptions:
            if s.client is not None:
                if _is_async(s.client):
                    raise TypeError("these are async clients: `await settings.aclose()` (or "
                                    "`async with`) closes them")
                s.client.close()

    async def aclose(self) -> None:
        """Close every client's connections (async clients, or sync ones)."""
        for s in self.subscriptions:
            if s.client is not None:
                if _is_async(s.client):
                    await s.client.close()
                else:
                    s.client.close()

    def __enter__(self) -> "PublishSettings":
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    async def __aenter__(self) -> "PublishSettings":
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()

    def __repr__(self) -> str:
        return f"PublishSettings({self.path!r}, {[s.id for s in self.subscriptions]!r})"


def load_publish_settings(path: str | os.PathLike[str], service_class: type | None = None,
                          **client_kwargs: Any) -> PublishSettings:
    """Read a `.publishsettings` file and build one client per subscription.

    `service_class` defaults to `generated.ServiceManagementService`; any class taking
    `ServiceClient`'s arguments works, the clients of generated.aio included (with an async
    or a sync `credential=`).  `client_kwargs` go to every client (`timeout=`,
    `retry=`, `ca_file=`, `cert_password=` for a password-protected certificate, ...);
    the subscription id, certificate and host come from the file and cannot be passed.
    With `credential=` (an Azure AD token credential), or a `request_session=` that
    authenticates, the clients use it instead of the file's certificate, which is then
    neither checked nor loaded: the file only names subscriptions and hosts.
    Raises `AzureConfigurationError` naming the problem when the file is unusable.
    """
    given = sorted(k for k in _FROM_FILE if k in client_kwargs)
    if given:
        raise AzureConfigurationError(
            f"{', '.join(given)}: come(s) from the file and cannot be passed to "
            "load_publish_settings")
    if service_class is None:
        from generated import ServiceManagementService  # lazily: runtime does not need it
        service_class = ServiceManagementService
    found = read_publish_settings(path)
    label = os.fspath(path)
    from .session import session_authenticates

    session = client_kwargs.get("request_session")
    use_certificate = client_kwargs.get("credential") is None and not (
        session is not None and session_authenticates(session))
    checked: set[bytes] = set()
    subscriptions: list[PublishedSubscription] = []
    try:
        for sub in found:
            what = f"{label}: subscription {sub.id} ({sub.name!r})"
            if use_certificate and sub.certificate not in checked:  # the old layout shares one
                _check_certificate(sub.certificate, client_kwargs.get("cert_password"), what)
                checked.add(sub.certificate)
            kwargs = dict(client_kwargs, cert_data=sub.certificate) if use_certificate \
                else client_kwargs
            try:
                client = service_class(sub.id, host=sub.host or None, **kwargs)
            except AzureConfigurationError as exc:
                raise AzureConfigurationError(f"{what}: {exc}") from None
            subscriptions.append(PublishedSubscription(
                sub.id, sub.name, sub.management_url, getattr(client, "host", sub.host),
                client, sub.certificate))
    except BaseException:
        for done in subscriptions:
            if not _is_async(done.client):   # an async client opens nothing before a call
                done.client.close()
        raise
    return PublishSettings(label, subscriptions)


def _is_async(client: Any) -> bool:
    import inspect
    return inspect.iscoroutinefunction(getattr(client, "close", None))


def read_publish_settings(path: str | os.PathLike[str]) -> list[PublishedSubscription]:
    """Parse and check a `.publishsettings` file without building clients (`client` is
    None; `host` is `""` when the file names no management URL)."""
    label = os.fspath(path)
    try:
        size = os.path.getsize(label)
        if size > MAX_FILE_SIZE:
            raise AzureConfigurationError(
                f"{label}: {size} bytes is too large for a .publishsettings file")
        with open(label, "rb") as fh:
            data = fh.read()
    except OSError as exc:
        raise AzureConfigurationError(f"cannot read publish settings {label!r}: "
                                      f"{exc.strerror or exc}") from None
    return parse_publish_settings(data, label)


def parse_publish_settings(data: bytes, label: str = "<publishsettings>"
                           ) -> list[PublishedSubscription]:
    """`read_publish_settings` on bytes already in memory; `label` names them in errors."""
    if b"<!DOCTYPE" in data or b"<!ENTITY" in data:
        raise AzureConfigurationError(f"{label}: DTDs are not allowed in a .publishsettings file")
    try:
        root = fromstring(data)
    except ParseError as exc:
        raise AzureConfigurationError(f"{label} is not a .publishsettings file: not XML "
                                      f"({exc})") from None
    if _local(root) != "PublishData":
        raise AzureConfigurationError(f"{label} is not a .publishsettings file: root element is "
                                      f"<{_local(root)}>, expected <PublishData>")
    profiles = [p for p in root if _local(p) == "PublishProfile"]
    if not profiles:
        raise AzureConfigurationError(f"{label}: no <PublishProfile> in <PublishData>")
    usable = [p for p in profiles if _attr(p, "PublishMethod") in ("", PUBLISH_METHOD)]
    if not usable:
        methods = sorted({_attr(p, "PublishMethod") for p in profiles})
        raise AzureConfigurationError(
            f"{label}: PublishMethod {', '.join(map(repr, methods))} is not "
            f"{PUBLISH_METHOD!r}: this is not a Service Management publish settings file "
            "(web app publish profiles cannot be used)")

    result: list[PublishedSubscription] = []
    seen: dict[str, str] = {}
    for profile in usable:
        version = _attr(profile, "SchemaVersion") or "1.0"
        if version.split(".")[0] not in ("1", "2"):
            raise AzureConfigurationError(f"{label}: unknown SchemaVersion {version!r} "
                                          "(1.0 and 2.0 are understood)")
        profile_url = _attr(profile, "Url")
        profile_cert = _attr(profile, "ManagementCertificate")
        for sub in profile:
            if _local(sub) != "Subscription":
                continue
            sid = _attr(sub, "Id")
            name = _attr(sub, "Name")
            if not sid:
                raise AzureConfigurationError(
                    f"{label}: a <Subscription> (Name={name!r}) has no Id attribute")
            what = f"{label}: subscription {sid} ({name!r})"
            if sid.lower() in seen:
                raise AzureConfigurationError(f"{what} is listed twice")
            seen[sid.lower()] = name
            url = _attr(sub, "ServiceManagementUrl") or profile_url
            cert_text = _attr(sub, "ManagementCertificate") or profile_cert
            if not cert_text:
                raise AzureConfigurationError(
                    f"{what}: no ManagementCertificate (neither on the <Subscription> nor on "
                    "its <PublishProfile>)")
            result.append(PublishedSubscription(sid, name, url, _host(url, what),
                                                certificate=_decode_cert(cert_text, what)))
    if not result:
        raise AzureConfigurationError(f"{label}: no <Subscription> in the publish profile")
    return result


def _local(el: Element) -> str:
    tag = el.tag if isinstance(el.tag, str) else ""
    return tag.rpartition("}")[2]


def _attr(el: Element, name: str) -> str:
    """An attribute by local name (namespace-tolerant), stripped; "" when absent."""
    for key, value in el.attrib.items():
        if key.rpartition("}")[2] == name:
            return value.strip()
    return ""


def _host(url: str, what: str) -> str:
    """`https://HOST[:PORT][/]` -> `HOST` or `HOST:PORT`; "" for no URL (client default)."""
    if not url:
        return ""
    parts = urlsplit(url)
    try:
        port = parts.port
    except ValueError:
        port = -1
    if parts.scheme.lower() != "https" or not parts.hostname or port == -1 \
            or parts.path not in ("", "/") or parts.query or parts.fragment or parts.username:
        raise AzureConfigurationError(
            f"{what}: management URL {url!r} is not an https://HOST[:PORT] address")
    if ":" in parts.hostname:                       # IPv6 literal
        return f"[{parts.hostname}]:{port or 443}"
    return f"{parts.hostname}:{port}" if port and port != 443 else parts.hostname


def _decode_cert(text: str, what: str) -> bytes:
    try:
        data = base64.b64decode(_SPACE.sub(b"", text.encode("ascii")), validate=True)
    except (UnicodeEncodeError, binascii.Error, ValueError):
        raise AzureConfigurationError(
            f"{what}: ManagementCertificate is not valid base64") from None
    if not data:
        raise AzureConfigurationError(f"{what}: ManagementCertificate is empty")
    return data


def _check_certificate(data: bytes, password: str | bytes | None, what: str) -> None:
    """Say what is wrong with a ManagementCertificate in the file's terms (the client would
    only know it as `cert_data`)."""
    from cryptography.hazmat.primitives.serialization import pkcs12

    if isinstance(password, str):
        password = password.encode("utf-8")
    try:
        key, cert, _ = pkcs12.load_key_and_certificates(data, password)
    except ValueError as exc:
        hint = " (is it password-protected? pass cert_password=)" if password is None else ""
        raise AzureConfigurationError(
            f"{what}: ManagementCertificate is not a readable PKCS#12 certificate{hint}: "
            f"{exc}") from None
    if cert is None or key is None:
        raise AzureConfigurationError(
            f"{what}: ManagementCertificate must hold a certificate and its private key")
    now = datetime.now(timezone.utc)
    if cert.not_valid_after_utc < now:
        raise AzureConfigurationError(
            f"{what}: ManagementCertificate expired on {cert.not_valid_after_utc:%Y-%m-%d}; "
            "download a new .publishsettings file")
    if cert.not_valid_before_utc > now:
        raise AzureConfigurationError(
            f"{what}: ManagementCertificate is not valid before "
            f"{cert.not_valid_before_utc:%Y-%m-%d}")
