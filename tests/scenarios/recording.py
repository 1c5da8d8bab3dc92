"""Record and replay the project's own cassettes (cassettes/<scenario>.yaml) with vcrpy.

Normal test runs replay: record_mode "none", no network, every recorded interaction must be
played exactly once.  Requests match on method, path, query and the canonicalised XML body
(after the same redaction as at recording time); host and port are not matched, since the
emulator listens on a random port.

`ASM_RECORD=1` (`make record`) records instead, with record_mode "all": against the local
endpoint started in-process, or against a real subscription given by ASM_RECORD_HOST,
ASM_RECORD_SUBSCRIPTION, ASM_RECORD_CERT (and optionally ASM_RECORD_CA).  What is scrubbed
before anything is written is described in docs/recording.md and implemented in
`scrub_request` / `scrub_response` below.
"""

from __future__ import annotations

import base64
import copy
import functools
import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any
from urllib.parse import parse_qsl, urlsplit
from xml.etree.ElementTree import ParseError, fromstring

import vcr

from tests.replay import canonical_xml

ROOT = Path(__file__).resolve().parents[2]
# ASM_CASSETTE_DIR: record into / replay from another folder (tests of the recorder itself).
CASSETTES = Path(os.environ.get("ASM_CASSETTE_DIR") or ROOT / "cassettes")
SUBSCRIPTION = "00000000-0000-0000-0000-000000000000"
PLACEHOLDER = "REDACTED"
NS = "http://schemas.microsoft.com/windowsazure"

RECORD_ENV = "ASM_RECORD"
REAL_ENV = ("ASM_RECORD_HOST", "ASM_RECORD_SUBSCRIPTION", "ASM_RECORD_CERT")


def recording() -> bool:
    """True when the scenarios record (`ASM_RECORD=1`), False when they replay."""
    return os.environ.get(RECORD_ENV, "").strip().lower() not in ("", "0", "false", "no", "off")


# --- redaction ---------------------------------------------------------------------------

_PREFIX = r"(?:[A-Za-z_][\w.-]*:)?"
# Elements whose whole text is a secret wherever they occur: VM and certificate passwords,
# the SQL Database server administrator password (also the whole body of
# set_server_admin_password, an <AdministratorLoginPassword> document), Service Bus
# namespace keys (DefaultKey is the namespace's shared secret) and connection strings
# (which embed a key).
SECRET_ELEMENTS = ("UserPassword", "AdminPassword", "Password", "AdministratorLoginPassword",
                   "DefaultKey", "PrimaryKey", "SecondaryKey", "ConnectionString")
_PASSWORDS = re.compile(
    rf"<({_PREFIX}(?:{'|'.join(SECRET_ELEMENTS)}))(\s[^>]*)?>(.*?)</\1\s*>", re.S)
# Attributes holding secrets: the deployment password and connection strings of a web
# site's publish profile (<publishProfile userPWD="..." .../>).
SECRET_ATTRIBUTES = ("userPWD", "SQLServerDBConnectionString", "mySQLDBConnectionString")
_SECRET_ATTRS = re.compile(rf'\b({"|".join(SECRET_ATTRIBUTES)})="([^"]+)"')
_KEYS_BLOCK = re.compile(rf"<({_PREFIX}StorageServiceKeys)(\s[^>]*)?>(.*?)</\1\s*>", re.S)
_KEY = re.compile(rf"<({_PREFIX}(?:Primary|Secondary))(\s[^>]*)?>(.*?)</\1\s*>", re.S)


def _placeholder(m: re.Match) -> str:
    return f"<{m.group(1)}{m.group(2) or ''}>{PLACEHOLDER}</{m.group(1)}>"


def redact(text: str) -> str:
    """The text of every SECRET_ELEMENTS element (passwords, the SQL administrator password,
    Service Bus keys and connection strings), every SECRET_ATTRIBUTES value (publish profile
    passwords and connection strings) and the storage keys (<Primary>/<Secondary> inside
    <StorageServiceKeys>) become PLACEHOLDER.  Idempotent."""
    text = _PASSWORDS.sub(_placeholder, text)
    text = _SECRET_ATTRS.sub(lambda m: f'{m.group(1)}="{PLACEHOLDER}"', text)
    return _KEYS_BLOCK.sub(lambda m: f"<{m.group(1)}{m.group(2) or ''}>"
                           f"{_KEY.sub(_placeholder, m.group(3))}</{m.group(1)}>", text)


def _scrub_text(text: str, subscription: str | None) -> str:
    if subscription and subscription != SUBSCRIPTION:
        text = re.sub(re.escape(subscription), SUBSCRIPTION, text, flags=re.I)
    return redact(text)


def _scrub_body(body: Any, subscription: str | None) -> Any:
    if body is None:
        return None
    raw = body if isinstance(body, bytes) else str(body).encode("utf-8")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError:
        return body                 # not text: nothing of ours can be in it
    return _scrub_text(text, subscription).encode("utf-8")


DROPPED_REQUEST_HEADERS = {"authorization", "cookie", "proxy-authorization"}
DROPPED_RESPONSE_HEADERS = {"set-cookie", "set-cookie2"}


def scrub_request(request, subscription: str | None = None):
    """A copy of a vcrpy request as it may be stored (and compared): subscription id zeroed
    in URI and body, secrets redacted, credentials headers dropped."""
    request = copy.deepcopy(request)
    if subscription and subscription != SUBSCRIPTION:
        request.uri = re.sub(re.escape(subscription), SUBSCRIPTION, request.uri, flags=re.I)
    request.body = _scrub_body(request.body, subscription)
    for name in list(request.headers):
        if name.lower() in DROPPED_REQUEST_HEADERS:
            del request.headers[name]
    return request


def scrub_response(response: dict, subscription: str | None = None) -> dict:
    response = copy.deepcopy(response)
    body = response.get("body") or {}
    if isinstance(body, dict) and body.get("string") is not None:
        body["string"] = _scrub_body(body["string"], subscription)
    headers = response.get("headers") or {}
    for name in list(headers):
        if name.lower() in DROPPED_RESPONSE_HEADERS:
            del headers[name]
        elif subscription and subscription != SUBSCRIPTION:
            headers[name] = [re.sub(re.escape(subscription), SUBSCRIPTION, v, flags=re.I)
                             for v in headers[name]]
    return response


# --- matching ------------------------------------------------------------------------------

@functools.lru_cache(maxsize=4096)
def _canonical(body: bytes | str | None) -> str:
    if isinstance(body, bytes):
        try:
            body = body.decode("utf-8")
        except UnicodeDecodeError:
            return repr(body)
    return canonical_xml(redact(body) if body else body)


def _body_matcher(r1, r2) -> None:
    a, b = _canonical(r1.body), _canonical(r2.body)
    assert a == b, f"request body differs from the cassette:\n ours: {a}\n cassette: {b}"


MATCH_ON = ["method", "path", "query", "redacted_xml_body"]


def make_vcr(record: bool, subscription: str | None = None) -> vcr.VCR:
    v = vcr.VCR(
        record_mode="all" if record else "none",
        match_on=MATCH_ON,
        decode_compressed_response=True,
        # vcrpy's own filter, besides scrub_request: a bearer token (credential= or a
        # request_session's header) never reaches a cassette.
        filter_headers=sorted(DROPPED_REQUEST_HEADERS),
        before_record_request=lambda r: scrub_request(r, subscription),
        before_record_response=lambda r: scrub_response(r, subscription),
    )
    v.register_matcher("redacted_xml_body", _body_matcher)
    return v


def cassette_path(scenario: str) -> Path:
    return CASSETTES / f"{scenario}.yaml"


# --- key material ------------------------------------------------------------------------

def certificate_fingerprints(pem_file: str | Path) -> list[str]:
    """Strings that would betray a client certificate file in a cassette: lines of its
    PEM blocks (certificate and key) and the one-line base64 of each block."""
    text = Path(pem_file).read_bytes().decode("ascii", "replace")
    out: list[str] = []
    for block in re.findall(r"-----BEGIN [^-]+-----(.*?)-----END [^-]+-----", text, re.S):
        lines = [ln.strip() for ln in block.strip().splitlines() if ln.strip() and ":" not in ln]
        out.extend(ln for ln in lines if len(ln) >= 40)
        out.append("".join(lines)[:64])
    if not out and Path(pem_file).suffix.lower() in (".pfx", ".p12"):
        out.append(base64.b64encode(Path(pem_file).read_bytes()).decode()[:64])
    return out


# --- which spec operation an interaction is ----------------------------------------------

@dataclass
class _Route:
    op: Any
    regex: re.Pattern
    literal_query: dict
    literal_segments: int


@functools.lru_cache(maxsize=1)
def _routes() -> list[_Route]:
    from asm_sdk_codegen.spec import load_spec
    from asm_sdk_emulator.app import compile_route
    spec = load_spec(ROOT / "spec")
    out = []
    for svc in spec.services.values():
        for op in svc.operations:
            r = compile_route(op)
            out.append(_Route(op, r.regex, r.literal_query, r.literal_segments))
    return out


def spec_operations() -> dict[str, Any]:
    return {r.op.name: r.op for r in _routes()}


def wire_twins(name: str) -> set[str]:
    """`name` and the operations whose requests are identical on the wire (same method, URI
    template and body root): get_publish_profile and get_publish_profile_xml differ only in
    what the client makes of the answer, so a recording cannot tell them apart."""
    ops = spec_operations()
    key = lambda op: (op.method, op.path, op.request_root)  # noqa: E731
    return {n for n, op in ops.items() if key(op) == key(ops[name])}


def operation_of(method: str, uri: str, body: bytes | str | None) -> str | None:
    """The spec operation a recorded request calls: method, URI template and literal query
    parts; operations sharing a URI are told apart by the body's root element and, where
    that is shared too (update_os_image / ..._from_image_reference), by whether the body's
    elements are exactly the ones an operation's body mapping can write."""
    parts = urlsplit(uri)
    query = {k.lower(): v for k, v in parse_qsl(parts.query, keep_blank_values=True)}
    elem = None
    if body:
        try:
            elem = fromstring(body)
        except ParseError:
            elem = None
    cands = [r for r in _routes() if r.op.method == method.upper()
             and r.regex.fullmatch(parts.path)
             and all(query.get(k, "").lower() == v.lower() for k, v in r.literal_query.items())]
    if len(cands) > 1 and elem is not None:
        root = elem.tag.rpartition("}")[2]
        same = [r for r in cands if r.op.request_root == root]
        cands = same or cands
        if len(cands) > 1:
            children = {c.tag.rpartition("}")[2] for c in elem}
            mapped = [r for r in cands if isinstance(r.op.body, dict)]
            exact = [r for r in mapped if children <= set(r.op.body)]
            whole = [r for r in cands if not isinstance(r.op.body, dict)]
            cands = exact or whole or cands
    if not cands:
        return None
    cands.sort(key=lambda r: (-len(r.literal_query), -r.literal_segments))
    return cands[0].op.name


def emulated_host(uri: str) -> bool:
    return (urlsplit(uri).hostname or "") in ("127.0.0.1", "localhost")

