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
# (which embed a key), and a VM's CustomData (cloud-init scripts carry credentials).
SECRET_ELEMENTS = ("UserPassword", "AdminPassword", "Password", "AdministratorLoginPassword",
                   "DefaultKey", "PrimaryKey", "SecondaryKey", "ConnectionString",
                   "CustomData")
_PASSWORDS = re.compile(
    rf"<({_PREFIX}(?:{'|'.join(SECRET_ELEMENTS)}))(\s[^>]*)?>(.*?)</\1\s*>", re.S)
# Attributes holding secrets: the deployment password and connection strings of a web
# site's publish profile (<publishProfile userPWD="..." .../>).
SECRET_ATTRIBUTES = ("userPWD", "SQLServerDBConnectionString", "mySQLDBConnectionString")
_SECRET_ATTRS = re.compile(rf'\b({"|".join(SECRET_ATTRIBUTES)})="([^"]+)"')
_KEYS_BLOCK = re.compile(rf"<({_PREFIX}StorageServiceKeys)(\s[^>]*)?>(.*?)</\1\s*>", re.S)
_KEY = re.compile(rf"<({_PREFIX}(?:Primary|Secondary))(\s[^>]*)?>(.*?)</\1\s*>", re.S)
# Secrets known by where they are: the <Data> of a <CertificateFile> (add_service_certificate:
# a .pfx, private key included) and the <Value> of a resource extension parameter whose
# <Type> is Private (its private configuration).
_CERTIFICATE_FILE = re.compile(rf"<({_PREFIX}CertificateFile)(\s[^>]*)?>(.*?)</\1\s*>", re.S)
_DATA = re.compile(rf"<({_PREFIX}Data)(\s[^>]*)?>(.*?)</\1\s*>", re.S)
_EXTENSION_VALUE = re.compile(
    rf"<({_PREFIX}ResourceExtensionParameterValue)(\s[^>]*)?>(.*?)</\1\s*>", re.S)
_VALUE = re.compile(rf"<({_PREFIX}Value)(\s[^>]*)?>(.*?)</\1\s*>", re.S)
_PRIVATE_TYPE = re.compile(rf"<({_PREFIX}Type)(?:\s[^>]*)?>\s*Private\s*</\1\s*>", re.I)


def _placeholder(m: re.Match) -> str:
    return f"<{m.group(1)}{m.group(2) or ''}>{PLACEHOLDER}</{m.group(1)}>"


def _within(block: re.Pattern, inner: re.Pattern, text: str, when=lambda body: True) -> str:
    """`text` with the `inner` elements of every `block` element whose body passes `when`
    redacted."""
    def one(m: re.Match) -> str:
        body = m.group(3)
        if when(body):
            body = inner.sub(_placeholder, body)
        return f"<{m.group(1)}{m.group(2) or ''}>{body}</{m.group(1)}>"
    return block.sub(one, text)


def redact(text: str) -> str:
    """The text of every SECRET_ELEMENTS element (passwords, the SQL administrator password,
    Service Bus keys and connection strings, CustomData), every SECRET_ATTRIBUTES value
    (publish profile passwords and connection strings), the storage keys
    (<Primary>/<Secondary> inside <StorageServiceKeys>), a <CertificateFile>'s <Data> and
    the <Value> of a Private resource extension parameter become PLACEHOLDER.  Idempotent."""
    text = _PASSWORDS.sub(_placeholder, text)
    text = _SECRET_ATTRS.sub(lambda m: f'{m.group(1)}="{PLACEHOLDER}"', text)
    text = _within(_CERTIFICATE_FILE, _DATA, text)
    text = _within(_EXTENSION_VALUE, _VALUE, text, lambda body: bool(_PRIVATE_TYPE.search(body)))
    return _within(_KEYS_BLOCK, _KEY, text)


# --- base64 key material ---------------------------------------------------------------------

# Runs of base64 long enough to hold a key (a P-256 PKCS#8 key is 138 bytes: 184 characters);
# line breaks and spaces inside a run are allowed, as XSD base64Binary allows them.
_BASE64_RUN = re.compile(r"[A-Za-z0-9+/](?:[A-Za-z0-9+/]|[ \t\r\n]){94,}=?=?")
# DER prefixes of key containers, each a SEQUENCE whose first fields say what it is:
_PKCS12_VERSION = b"\x02\x01\x03\x30"                          # PFX: version 3, authSafe
_PKCS7_DATA = b"\x06\x09\x2a\x86\x48\x86\xf7\x0d\x01\x07\x01"     # OID pkcs7-data
_PRIVATE_KEY_INFO = b"\x02\x01\x00\x30"                        # PKCS#8: version 0, algorithm
_RSA_PRIVATE_KEY = b"\x02\x01\x00\x02"                         # PKCS#1: version 0, modulus
_EC_PRIVATE_KEY = b"\x02\x01\x01\x04"                          # SEC 1: version 1, key octets
_ENCRYPTED_KEY_OIDS = (b"\x2a\x86\x48\x86\xf7\x0d\x01\x05\x0d",       # PBES2
                       b"\x2a\x86\x48\x86\xf7\x0d\x01\x0c\x01")       # pkcs-12 PBE
_KEY_BAG_OID = b"\x2a\x86\x48\x86\xf7\x0d\x01\x0c\x0a\x01"           # pkcs-12 bag types


def _der_sequence_body(data: bytes) -> bytes | None:
    """What follows the header of a DER SEQUENCE at the start of `data`, or None."""
    if len(data) < 4 or data[0] != 0x30:
        return None
    if data[1] < 0x80:
        return data[2:]
    octets = data[1] & 0x7F
    return data[2 + octets:] if 1 <= octets <= 4 else None


def key_container(data: bytes) -> str | None:
    """What kind of private key material `data` (decoded bytes) is, or None: a PKCS#12
    file, a PKCS#8 / PKCS#1 / SEC 1 private key (plain or encrypted), or a PEM private key
    block."""
    if b"PRIVATE KEY-----" in data:
        return "a PEM private key"
    body = _der_sequence_body(data)
    if body is None:
        return None
    if body.startswith(_PKCS12_VERSION) and _PKCS7_DATA in body[:64]:
        return "a PKCS#12 (.pfx) file"
    if _KEY_BAG_OID in data:
        return "a PKCS#12 key bag"
    if body.startswith(_PRIVATE_KEY_INFO) or body.startswith(_RSA_PRIVATE_KEY) \
            or body.startswith(_EC_PRIVATE_KEY):
        return "a private key (DER)"
    inner = _der_sequence_body(body)
    if inner is not None and any(inner[2:2 + len(oid)] == oid for oid in _ENCRYPTED_KEY_OIDS):
        return "an encrypted private key (DER)"
    return None


def base64_key_material(text: str) -> list[str]:
    """What private key material the base64 runs of `text` hold once decoded: one entry
    per run that decodes to a PKCS#12 file, a private key (DER, plain or encrypted) or
    PEM text of one (a certificate's public DER is not flagged)."""
    found = []
    for m in _BASE64_RUN.finditer(text):
        run = re.sub(r"\s+", "", m.group())
        for start in range(4):          # the run may begin with a few characters not its own
            chunk = run[start:]
            chunk = chunk[:len(chunk) - len(chunk) % 4]
            try:
                data = base64.b64decode(chunk, validate=True)
            except ValueError:
                continue
            kind = key_container(data)
            if kind:
                found.append(f"{kind} in base64 ({run[:12]}...)")
                break
    return found


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

