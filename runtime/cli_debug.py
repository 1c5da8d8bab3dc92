"""`asm --debug`: every request and response logged once, in full, secrets redacted.

The SDK logs one summary line per request at DEBUG (and urllib3 its own connection
chatter); for a command line's --debug that is both too little (no headers, no bodies)
and too much (the same request two or three times).  Here the command's client gets its
exchanges logged by the logger `asm.http` at the point where each attempt is sent, so a
retried request shows once per attempt and a plain one exactly once; the SDK's own
per-request summaries and urllib3's messages below WARNING are left out.

Redacted before anything is written: Authorization and other credential headers, storage
and Service Bus keys, passwords, connection strings, certificate data, CustomData, the
values of private extension parameters, and JSON members whose names say secret, password,
key or token.  Bodies are cut at MAX_BODY characters, and control characters a service
sends are escaped so they cannot drive the terminal.
"""

from __future__ import annotations

import logging
import re
import sys
import time
from typing import Any, Mapping

from .effects import Request, TransportFailure

log = logging.getLogger("asm.http")

REDACTED = "<redacted>"
MAX_BODY = 16384
# Headers never shown (lower case); any header whose name holds one of SECRET_WORDS too.
SECRET_HEADERS = frozenset({"authorization", "proxy-authorization", "cookie", "set-cookie"})
SECRET_WORDS = ("password", "secret", "token", "key", "signature")
# XML elements whose text is a secret wherever they occur.
SECRET_ELEMENTS = ("Password", "UserPassword", "AdminPassword", "AdministratorLoginPassword",
                   "PublishingPassword", "Primary", "Secondary", "PrimaryKey", "SecondaryKey",
                   "DefaultKey", "ConnectionString", "CustomData", "Data", "CertificateData",
                   "ClientSecret", "SharedAccessKey")
SECRET_ATTRIBUTES = ("userPWD", "SQLServerDBConnectionString", "mySQLDBConnectionString")
_PREFIX = r"(?:[A-Za-z_][\w.-]*:)?"
_ELEMENTS = re.compile(
    rf"<({_PREFIX}(?:{'|'.join(SECRET_ELEMENTS)}))(\s[^>]*)?>(.*?)</\1\s*>", re.S)
_ATTRIBUTES = re.compile(rf'\b({"|".join(SECRET_ATTRIBUTES)})="[^"]*"')
_EXTENSION_VALUE = re.compile(
    rf"<({_PREFIX}ResourceExtensionParameterValue)(\s[^>]*)?>(.*?)</\1\s*>", re.S)
_VALUE = re.compile(rf"<({_PREFIX}Value)(\s[^>]*)?>(.*?)</\1\s*>", re.S)
_JSON_SECRET = re.compile(
    r'("[^"]*(?:password|secret|token|key|connectionstring)[^"]*"\s*:\s*)"(?:[^"\\]|\\.)*"',
    re.I)
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def _hide(m: re.Match[str]) -> str:
    return f"<{m.group(1)}{m.group(2) or ''}>{REDACTED}</{m.group(1)}>"


def _private_values(m: re.Match[str]) -> str:
    inner = m.group(3)
    if re.search(r"<(?:[\w.-]+:)?Type>\s*Private\s*<", inner):
        inner = _VALUE.sub(_hide, inner)
    return f"<{m.group(1)}{m.group(2) or ''}>{inner}</{m.group(1)}>"


def redact_body(body: bytes | None) -> str:
    """A request or response body as safe text for the log."""
    if not body:
        return ""
    text = body.decode("utf-8", "replace")
    text = _ELEMENTS.sub(_hide, text)
    text = _EXTENSION_VALUE.sub(_private_values, text)
    text = _ATTRIBUTES.sub(lambda m: f'{m.group(1)}="{REDACTED}"', text)
    text = _JSON_SECRET.sub(lambda m: f'{m.group(1)}"{REDACTED}"', text)
    if len(text) > MAX_BODY:
        text = text[:MAX_BODY] + f"… ({len(text) - MAX_BODY} more characters)"
    return _CONTROL.sub(lambda m: f"\\x{ord(m.group()):02x}", text)


def redact_headers(headers: Mapping[str, str]) -> str:
    lines = []
    for name, value in headers.items():
        lower = name.lower()
        secret = lower in SECRET_HEADERS or any(w in lower for w in SECRET_WORDS)
        shown = REDACTED if secret else _CONTROL.sub("?", str(value))
        lines.append(f"  {_CONTROL.sub('?', name)}: {shown}")
    return "\n".join(lines)


class _SummaryFilter(logging.Filter):
    """Drops the SDK's own one-line summaries of each request (`GET /path -> 200 ...`,
    `GET /path failed: ...`): the full exchange is logged here instead."""

    def filter(self, record: logging.LogRecord) -> bool:
        return not (record.name.startswith("asm_sdk_runtime")
                    and record.levelno == logging.DEBUG
                    and str(record.msg).startswith("%s %s "))


def start_debug_log() -> None:
    """Log at DEBUG to stderr: the exchanges, the SDK's other messages, urllib3's warnings."""
    handler = logging.StreamHandler(sys.stderr)
    handler.setFormatter(logging.Formatter("%(levelname)s %(name)s: %(message)s"))
    handler.addFilter(_SummaryFilter())
    root = logging.getLogger()
    root.addHandler(handler)
    root.setLevel(logging.DEBUG)
    logging.getLogger("urllib3").setLevel(logging.WARNING)


def log_exchanges(client: Any) -> None:
    """Log each attempt `client` sends, with its answer (the client's transport is the
    one place every attempt passes, retries included)."""
    transport = client._transport
    send = transport.send_once
    origin = f"https://{transport.host}:{transport.port}"

    def send_logged(request: Request) -> Any:
        log.debug("> %s %s%s\n%s%s", request.method, origin, _CONTROL.sub("?", request.target),
                  redact_headers(request.headers),
                  f"\n{redact_body(request.body)}" if request.body else "")
        start = time.monotonic()
        try:
            resp = send(request)
        except TransportFailure as exc:
            log.debug("< no answer after %.0f ms: %s", (time.monotonic() - start) * 1000,
                      exc.reason)
            raise
        log.debug("< %s %s (%.0f ms)\n%s%s", resp.status, _CONTROL.sub("?", resp.message),
                  (time.monotonic() - start) * 1000, redact_headers(resp.headers),
                  f"\n{redact_body(resp.data)}" if resp.data else "")
        return resp

    transport.send_once = send_logged
