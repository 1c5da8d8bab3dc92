"""The local endpoint with hostile but authenticated clients (issue 19), and the endpoint
items of issue 18: what a client may make the endpoint spend is bounded, every request
gets an Azure-style answer, the files it writes are its owner's only.

Raw requests go over TLS with the endpoint's own client certificate (`_Raw`), so that the
endpoint sees exactly the bytes a hostile client would send; the rest goes through the SDK.
Each test's docstring-like `record_case` text is a row of docs/reliability.md.
"""

from __future__ import annotations

import json
import os
import re
import socket
import ssl
import stat
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path

import pytest

from asm_sdk_emulator import Emulator
from asm_sdk_runtime.auth import build_ssl_context
from generated import AzureConflictHttpError, LinuxConfigurationSet, OSVirtualHardDisk
from tests.faultserver import record_case

ROOT = Path(__file__).resolve().parent.parent
NS = "http://schemas.microsoft.com/windowsazure"
BLOB = "https://boundsaccount.blob.core.windows.net"
LINUX_IMAGE = "OpenLogic__OpenLogic-CentOS-62-20120531-en-us-30GB.vhd"
VERSION = "2014-10-01"


def unique(prefix: str) -> str:
    return prefix + uuid.uuid4().hex[:8]


class _Raw:
    """TLS connections to an endpoint with its client certificate, bytes in, bytes out."""

    def __init__(self, cfg: dict) -> None:
        self.cfg = cfg
        self.host, port = cfg["host"].rsplit(":", 1)
        self.port = int(port)
        self.ctx = build_ssl_context(cfg["cert_file"], ca_file=cfg["ca_file"])
        self.sub = cfg["subscription_id"]

    def connect(self, timeout: float = 10) -> ssl.SSLSocket:
        raw = socket.create_connection((self.host, self.port), timeout=timeout)
        return self.ctx.wrap_socket(raw, server_hostname=self.host)

    @staticmethod
    def read_all(tls: ssl.SSLSocket) -> bytes:
        out = b""
        try:
            while chunk := tls.recv(65536):
                out += chunk
        except (ConnectionError, ssl.SSLError):
            pass
        return out

    def exchange(self, data: bytes, timeout: float = 30) -> bytes:
        """Send `data`, read until the endpoint closes the connection."""
        with self.connect(timeout) as tls:
            tls.sendall(data)
            return self.read_all(tls)

    def head(self, method: str, path: str, *extra: str) -> bytes:
        lines = [f"{method} {path} HTTP/1.1", f"Host: {self.host}", f"x-ms-version: {VERSION}",
                 "Connection: close", *extra]
        return ("\r\n".join(lines) + "\r\n\r\n").encode()


def status_of(answer: bytes) -> int:
    m = re.match(rb"HTTP/1\.[01] (\d{3}) ", answer)
    assert m, answer[:200]
    return int(m.group(1))


def error_of(answer: bytes) -> tuple[str, str]:
    """(Code, Message) of the Azure <Error> document the answer carries; the document
    must be well-formed XML."""
    import xml.etree.ElementTree as ET
    body = answer.partition(b"\r\n\r\n")[2]
    root = ET.fromstring(body)
    assert root.tag == f"{{{NS}}}Error", body[:200]
    return root.findtext(f"{{{NS}}}Code"), root.findtext(f"{{{NS}}}Message")


@pytest.fixture
def raw(asm_emulator) -> _Raw:
    return _Raw(asm_emulator.config)


# --- issue 18 §7: one blob, one disk ------------------------------------------------------

@record_case("a second VM created on the OS disk blob of another VM",
             "409 ConflictError naming the blob (AzureConflictHttpError), as Azure answers; "
             "the first VM keeps its disk", group="endpoint")
def test_second_vm_on_the_same_os_disk_blob_is_a_conflict(asm_sms):
    sms = asm_sms
    first, second = unique("blobvm"), unique("blobvm")
    media = f"{BLOB}/vhds/{first}.vhd"
    for svc in (first, second):
        sms.create_hosted_service(svc, svc, location="West US")
    linux = LinuxConfigurationSet("h", "u", "p", False)
    result = sms.create_virtual_machine_deployment(
        first, first, "production", first, first, linux, OSVirtualHardDisk(LINUX_IMAGE, media))
    sms.wait_for_operation_status(result.request_id, timeout=30, sleep_interval=0.05)
    with pytest.raises(AzureConflictHttpError) as info:
        sms.create_virtual_machine_deployment(
            second, second, "production", second, second, linux,
            OSVirtualHardDisk(LINUX_IMAGE, media.replace("https://boundsaccount",
                                                         "https://BoundsAccount")))
    assert info.value.status == 409 and info.value.code == "ConflictError"
    assert "boundsaccount.blob.core.windows.net/vhds/" in info.value.message.lower()
    assert "lease" in info.value.message
    disk = sms.get_role(first, first, first).os_virtual_hard_disk
    assert disk.media_link == media
    assert sms.get_disk(disk.disk_name).attached_to.hosted_service_name == first
    with pytest.raises(Exception):
        sms.get_deployment_by_name(second, second)


# --- request bodies: framing and size ----------------------------------------------------

def _chunked_head(raw: _Raw) -> bytes:
    return raw.head("POST", f"/{raw.sub}/affinitygroups", "Transfer-Encoding: chunked",
                    "Content-Type: application/xml")


def _answer_while_open(raw: _Raw, data: bytes) -> bytes:
    """Send `data` and read the answer without closing our side: an endpoint that waited
    for the rest of the body (or for the connection to end) would time this out."""
    with raw.connect(timeout=20) as tls:
        tls.sendall(data)
        return raw.read_all(tls)


@record_case("chunked request body with a negative or malformed chunk size",
             "400 BadRequest at once, the connection closed: never read until the client "
             "closes", group="endpoint")
@pytest.mark.parametrize("size_line", [b"-1", b"zz", b"0x10", b"+5", b""])
def test_chunk_size_that_is_not_hexadecimal_is_a_bad_request(raw, size_line):
    answer = _answer_while_open(raw, _chunked_head(raw) + size_line + b"\r\n")
    assert status_of(answer) == 400
    code, message = error_of(answer)
    assert code == "BadRequest" and "chunk size" in message


@record_case("a chunk declared larger than the 16 MB body cap (200 MB), or a running "
             "total past it",
             "413 RequestBodyTooLarge answered before the chunk is read (nothing of it "
             "sent); the same cap as Content-Length", group="endpoint")
def test_chunks_over_the_body_cap_are_refused_before_they_are_read(raw):
    from asm_sdk_emulator.server import MAX_BODY
    answer = _answer_while_open(raw, _chunked_head(raw) + b"BEBC200\r\n")     # 200 MB
    assert status_of(answer) == 413
    code, message = error_of(answer)
    assert code == "RequestBodyTooLarge" and str(MAX_BODY) in message
    first = MAX_BODY // 2 + 1           # two halves and a byte: the second is refused
    answer = _answer_while_open(raw, _chunked_head(raw) + b"%x\r\n" % first + b"a" * first
                                + b"\r\n" + b"%x\r\n" % first)
    assert status_of(answer) == 413
    answer = _answer_while_open(raw, raw.head("POST", f"/{raw.sub}/affinitygroups",
                                              f"Content-Length: {MAX_BODY + 1}"))
    assert status_of(answer) == 413


def test_a_well_formed_chunked_body_is_served(raw):
    name = unique("chunkag")
    doc = (f'<CreateAffinityGroup xmlns="{NS}"><Name>{name}</Name><Label>bGFiZWw=</Label>'
           "<Location>West US</Location></CreateAffinityGroup>").encode()
    body = b"".join(b"%x;ext=1\r\n%s\r\n" % (len(doc[i:i + 10]), doc[i:i + 10])
                    for i in range(0, len(doc), 10)) + b"0\r\nX-Trailer: 1\r\n\r\n"
    answer = raw.exchange(_chunked_head(raw) + body)
    assert status_of(answer) == 201, answer[-300:]


@record_case("conflicting duplicate Content-Length headers, a Content-Length that is not "
             "digits, Content-Length with Transfer-Encoding",
             "400 BadRequest (no value wins), answered as an Azure `<Error>`",
             group="endpoint")
@pytest.mark.parametrize("headers", [("Content-Length: 5", "Content-Length: 0"),
                                     ("Content-Length: 5, 0",),
                                     ("Content-Length: +5",),
                                     ("Content-Length: 5", "Transfer-Encoding: chunked"),
                                     ("Transfer-Encoding: gzip",)])
def test_ambiguous_body_framing_is_a_bad_request(raw, headers):
    answer = raw.exchange(raw.head("POST", f"/{raw.sub}/affinitygroups", *headers) + b"hello")
    assert status_of(answer) == 400
    assert error_of(answer)[0] == "BadRequest"


def test_identical_duplicate_content_length_is_one(raw):
    answer = raw.exchange(raw.head("GET", f"/{raw.sub}/locations", "Content-Length: 0",
                                   "Content-Length: 0"))
    assert status_of(answer) == 200


# --- request bodies: bounded validation --------------------------------------------------

@pytest.fixture
def checks(asm_emulator, monkeypatch) -> list:
    """The body checks the endpoint's grammar makes (each call's type name)."""
    grammar = asm_emulator.app.spec.grammar
    made: list[str] = []
    real = grammar.check

    def counting(elem, type_name):
        made.append(type_name)
        return real(elem, type_name)
    monkeypatch.setattr(grammar, "check", counting)
    return made


@record_case("a 1.6 MB request body of 320 000 unknown elements, 30 000 elements made by a "
             "7 KB body's DTD entities, or elements nested 100 deep",
             "400 BadRequest naming the bound (20 000 elements, depth 64), found while "
             "parsing: the body is never validated, the work per request is bounded",
             group="endpoint")
def test_body_over_the_element_bounds_is_refused_while_parsing(raw, checks):
    from asm_sdk_emulator.app import MAX_BODY_DEPTH, MAX_BODY_ELEMENTS
    body = (f'<CreateAffinityGroup xmlns="{NS}">'.encode() + b"<Zz/>" * 320_000
            + b"</CreateAffinityGroup>")
    assert len(body) > 1_600_000
    answer = raw.exchange(raw.head("POST", f"/{raw.sub}/affinitygroups",
                                   f"Content-Length: {len(body)}") + body)
    assert status_of(answer) == 400
    code, message = error_of(answer)
    assert (code, message) == ("BadRequest", f"The request body has more than "
                                             f"{MAX_BODY_ELEMENTS} elements.")
    entities = "".join(f'<!ENTITY {name} "{inner * 10}">' for name, inner in
                       (("a", "<Zz/>"), ("b", "&a;"), ("c", "&b;"), ("d", "&c;")))
    expanding = (f"<!DOCTYPE CreateAffinityGroup [{entities}]>"
                 f'<CreateAffinityGroup xmlns="{NS}">&d;&d;&d;</CreateAffinityGroup>').encode()
    answer = raw.exchange(raw.head("POST", f"/{raw.sub}/affinitygroups",
                                   f"Content-Length: {len(expanding)}") + expanding)
    assert status_of(answer) == 400
    assert error_of(answer)[1] == f"The request body has more than {MAX_BODY_ELEMENTS} elements."
    deep = (f'<CreateAffinityGroup xmlns="{NS}">'.encode() + b"<a>" * 100 + b"</a>" * 100
            + b"</CreateAffinityGroup>")
    answer = raw.exchange(raw.head("POST", f"/{raw.sub}/affinitygroups",
                                   f"Content-Length: {len(deep)}") + deep)
    assert status_of(answer) == 400
    assert error_of(answer)[1] == (f"The request body nests elements more than "
                                   f"{MAX_BODY_DEPTH} deep.")
    assert checks == []


def test_a_body_is_validated_once_and_stops_at_the_first_error(raw, checks):
    body = (f'<CreateAffinityGroup xmlns="{NS}"><Zz/><Yy/>'.encode() + b"<Xx/>" * 1000
            + b"</CreateAffinityGroup>")
    answer = raw.exchange(raw.head("POST", f"/{raw.sub}/affinitygroups",
                                   f"Content-Length: {len(body)}") + body)
    assert status_of(answer) == 400
    assert "<Name> is required here, found <Zz>" in error_of(answer)[1]
    assert checks == ["CreateAffinityGroup"]


def test_deeply_nested_json_is_a_bad_request(raw):
    body = b"[" * 50_000
    answer = raw.exchange(raw.head(
        "PUT", f"/{raw.sub}/cloudservices/cs1/resources/scheduler/~/JobCollections/jc1/jobs/j1"
        "?api-version=2014-04-01", "Content-Type: application/json",
        f"Content-Length: {len(body)}") + body)
    assert status_of(answer) == 400, answer[:300]
    assert error_of(answer)[1] == "The request body nests JSON too deeply."


# --- bounded state -------------------------------------------------------------------------

@record_case("status polls for thousands of made-up operation ids",
             "the per-id poll counts keep the ids polled last only (10 000 by default; "
             "5 here): the endpoint's memory does not grow with them", group="endpoint")
def test_status_poll_counts_are_bounded(asm_emulator, raw):
    from asm_sdk_emulator.app import MAX_COUNTED_STATUS_IDS
    counts = asm_emulator.app.status_calls_by_id
    assert counts.limit == MAX_COUNTED_STATUS_IDS == 10_000
    counts.limit = 5
    try:
        ids = [uuid.uuid4().hex for _ in range(20)]
        for request_id in ids:
            answer = raw.exchange(raw.head("GET", f"/{raw.sub}/operations/{request_id}"))
            assert status_of(answer) == 404
        assert len(counts) <= 5
        assert asm_emulator.status_calls_for(ids[-1]) == 1
        assert asm_emulator.status_calls_for(ids[0]) == 0         # forgotten first
    finally:
        counts.limit = MAX_COUNTED_STATUS_IDS


# --- every request gets an answer ----------------------------------------------------------

@record_case("a NUL (or another control character) in a name: "
             "/services/storageservices/%00",
             "400 BadRequest with a well-formed Azure `<Error>` body (the connection is not "
             "dropped); error bodies escape what XML cannot carry", group="endpoint")
@pytest.mark.parametrize("name", ["%00", "a%01b", "x%7f", "ok?comp=%00"])
def test_control_character_in_a_name_is_a_bad_request(raw, name):
    answer = raw.exchange(raw.head("GET", f"/{raw.sub}/services/storageservices/{name}"))
    assert status_of(answer) == 400
    code, message = error_of(answer)
    assert code == "BadRequest" and "control character" in message


def test_error_bodies_carry_what_xml_cannot():
    import xml.etree.ElementTree as ET
    from asm_sdk_emulator.base import error_xml
    doc = ET.fromstring(error_xml("BadRequest", "name '\x00\x1f\ufffe' is wrong"))
    assert doc.findtext(f"{{{NS}}}Message") == "name '\\x00\\x1f\\ufffe' is wrong"


@record_case("an unknown method (BREW) on a known and on an unknown path",
             "answered through the pipeline in Azure's style: 405 MethodNotAllowed or 404 "
             "ResourceNotFound with an `<Error>` body, not http.server's 501",
             group="endpoint")
def test_unknown_method_is_answered_in_azures_style(raw):
    answer = raw.exchange(raw.head("BREW", f"/{raw.sub}/locations"))
    assert status_of(answer) == 405
    assert error_of(answer) == ("MethodNotAllowed",
                                "The requested method BREW is not allowed on this resource.")
    answer = raw.exchange(raw.head("BREW", f"/{raw.sub}/no/such/thing"))
    assert status_of(answer) == 404
    assert error_of(answer)[0] == "ResourceNotFound"


# --- connections -----------------------------------------------------------------------------

def _eventually(check, what: str, seconds: float = 20.0):
    """Poll `check` until it returns a true value (the endpoint's threads run on their own)."""
    deadline = time.monotonic() + seconds
    while True:
        value = check()
        if value or time.monotonic() > deadline:
            assert value, what
            return value
        time.sleep(0.05)


@record_case("more concurrent connections than the cap (2 here; 512 by default)",
             "the one over it is answered 503 ServerBusy with Retry-After and an `<Error>`, "
             "then closed; once a connection ends, new ones are served again",
             group="endpoint")
def test_connections_over_the_cap_get_server_busy(tmp_path):
    with Emulator(state_dir=tmp_path, max_connections=2) as emu:
        raw = _Raw(emu.config)
        held = [raw.connect(), raw.connect()]
        try:
            for tls in held:            # both served: a request on each is answered
                tls.sendall(raw.head("GET", f"/{raw.sub}/locations").replace(
                    b"Connection: close", b"Connection: keep-alive"))
                assert tls.recv(12).startswith(b"HTTP/1.1 200")
            answer = raw.exchange(raw.head("GET", f"/{raw.sub}/locations"))
            assert status_of(answer) == 503
            head = answer.partition(b"\r\n\r\n")[0].split(b"\r\n")
            assert b"Retry-After: 1" in head and b"Connection: close" in head
            assert error_of(answer)[0] == "ServerBusy"
        finally:
            held.pop().close()
        _eventually(lambda: status_of(raw.exchange(raw.head("GET", f"/{raw.sub}/locations")))
                    == 200, "a connection is served again once one closed")
        held[0].close()


def test_a_flood_past_the_refusals_is_closed_unanswered(tmp_path, monkeypatch):
    """Past the cap and MAX_REFUSING refusals under way (1 here), a connection is closed
    at once: a flood costs no more threads than those."""
    from asm_sdk_emulator import server
    monkeypatch.setattr(server, "MAX_REFUSING", 1)
    with Emulator(state_dir=tmp_path, max_connections=1) as emu:
        raw = _Raw(emu.config)
        # the second connection sends nothing: its refusal stays under way for up to 2 s
        with raw.connect() as served, raw.connect():
            served.sendall(raw.head("GET", f"/{raw.sub}/locations").replace(
                b"Connection: close", b"Connection: keep-alive"))
            assert served.recv(12).startswith(b"HTTP/1.1 200")
            try:
                with raw.connect(timeout=5) as flooded:
                    flooded.sendall(raw.head("GET", f"/{raw.sub}/locations"))
                    answer = raw.read_all(flooded)
            except (ssl.SSLError, OSError):
                answer = b""
            assert answer == b""


@record_case("an authenticated client that sends its request headers a line at a time, "
             "slower than the header deadline (0.5 s here; 30 s by default)",
             "the connection is closed once the deadline passes, however often bytes "
             "arrive; a client sending at once is served", group="endpoint")
def test_headers_sent_too_slowly_are_cut_off(tmp_path):
    with Emulator(state_dir=tmp_path, header_timeout=0.5) as emu:
        raw = _Raw(emu.config)
        assert status_of(raw.exchange(raw.head("GET", f"/{raw.sub}/locations"))) == 200
        with raw.connect() as tls:
            tls.sendall(f"GET /{raw.sub}/locations HTTP/1.1\r\n".encode())
            closed = False
            for i in range(100):        # 100 header lines, 0.1 s apart: 10 s in all
                time.sleep(0.1)
                try:
                    tls.sendall(f"x-slow-{i}: 1\r\n".encode())
                except OSError:
                    closed = True
                    break
                tls.settimeout(0.001)
                try:
                    if tls.recv(1) == b"":
                        closed = True
                        break
                except (TimeoutError, ssl.SSLWantReadError):
                    pass
                except OSError:
                    closed = True
                    break
                finally:
                    tls.settimeout(10)
            assert closed, "the endpoint kept reading headers past its deadline"
            assert i < 99


def test_connection_options_are_checked():
    for bad in ({"max_connections": 0}, {"max_connections": 1.5},
                {"header_timeout": 0}, {"header_timeout": float("inf")}):
        with pytest.raises(ValueError):
            Emulator(**bad)
    for flag, value in (("--max-connections", "0"), ("--header-timeout", "-1")):
        proc = subprocess.run([sys.executable, "-m", "asm_sdk_emulator", flag, value],
                              capture_output=True, text=True, timeout=60)
        assert proc.returncode == 2 and flag in proc.stderr


# --- files ---------------------------------------------------------------------------------

@pytest.fixture
def open_umask():
    """Files are created under umask 000: their modes must not depend on it."""
    old = os.umask(0)
    yield
    os.umask(old)


@record_case("state files under a permissive umask (000): state.sqlite3, emulator.json, "
             "a --db elsewhere",
             "each created 0600 (a --db folder made for it 0700): storage keys and the "
             "client secret are their owner's only", group="endpoint")
def test_state_files_are_owner_only_whatever_the_umask(tmp_path, open_umask):
    state = tmp_path / "state"
    with Emulator(state_dir=state, persist=True) as emu:
        emu.client().create_storage_account(unique("filemode"), "d", "l", location="West US")
        files = [state / "state.sqlite3", state / "emulator.json"]
        for path in files:
            assert stat.S_IMODE(path.stat().st_mode) == 0o600, path
        assert stat.S_IMODE(state.stat().st_mode) == 0o700
    db = tmp_path / "elsewhere" / "mine.db"
    with Emulator(state_dir=state, db_path=db):
        assert stat.S_IMODE(db.stat().st_mode) == 0o600
        assert stat.S_IMODE(db.parent.stat().st_mode) == 0o700
    db.chmod(0o644)                     # one made before: made owner-only at the next start
    with Emulator(state_dir=state, db_path=db):
        assert stat.S_IMODE(db.stat().st_mode) == 0o600


@pytest.fixture
def shared_tmp(tmp_path, monkeypatch) -> Path:
    """The shared temporary folder the default state directory is made in."""
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    return tmp_path / f"asm-emulator-{os.getuid()}"


@record_case("the default state directory in the shared temporary folder made beforehand "
             "by someone else: writable by others (0777), another user's, a symbolic link",
             "refused at start with StateDirError naming the directory and why (the CLI "
             "exits 1 with it); a new one is made 0700", group="endpoint")
def test_a_squatted_default_state_dir_is_refused(shared_tmp):
    from asm_sdk_emulator.server import StateDirError, default_state_dir
    assert default_state_dir() == shared_tmp
    shared_tmp.mkdir(mode=0o700)
    shared_tmp.chmod(0o777)
    with pytest.raises(StateDirError, match=r"group or others may write to it \(mode 0777\)"):
        Emulator().start()
    assert not (shared_tmp / "client.pem").exists()
    shared_tmp.chmod(0o700)
    if os.geteuid() == 0:               # only root can give it to another user here
        os.chown(shared_tmp, 65534, 65534)
        with pytest.raises(StateDirError, match="belongs to user id 65534"):
            Emulator().start()
    shared_tmp.rmdir()
    elsewhere = shared_tmp.parent / "theirs"
    elsewhere.mkdir(mode=0o700)
    shared_tmp.symlink_to(elsewhere)
    with pytest.raises(StateDirError, match="symbolic link"):
        Emulator().start()
    shared_tmp.unlink()
    with Emulator() as emu:             # made by us: 0700
        assert emu.state_dir == shared_tmp
        assert stat.S_IMODE(shared_tmp.stat().st_mode) == 0o700


def test_the_command_line_refuses_a_squatted_state_dir(tmp_path):
    shared = tmp_path / f"asm-emulator-{os.getuid()}"
    shared.mkdir()
    shared.chmod(0o777)
    proc = subprocess.run([sys.executable, "-m", "asm_sdk_emulator"], capture_output=True,
                          text=True, timeout=60, env={**os.environ, "TMPDIR": str(tmp_path)})
    assert proc.returncode == 1
    assert f"cannot start: refusing state directory {shared}" in proc.stderr


# --- the command line: -v, -vv and the banner ------------------------------------------------

def _run_endpoint(tmp_path, *flags: str):
    """Start `python -m asm_sdk_emulator` with `flags`, make one SDK call, stop it with
    SIGTERM; (stdout, stderr, config)."""
    import signal
    from generated import ServiceManagementService
    state = tmp_path / "state"
    proc = subprocess.Popen([sys.executable, "-m", "asm_sdk_emulator", "--state-dir",
                             str(state), *flags], cwd=ROOT, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    try:
        config = state / "emulator.json"
        _eventually(lambda: config.exists() or proc.poll() is not None, "no config", 60)
        assert config.exists(), proc.communicate()[1]
        cfg = json.loads(config.read_text())
        with ServiceManagementService(cfg["subscription_id"], cfg["cert_file"],
                                      host=cfg["host"], ca_file=cfg["ca_file"]) as sms:
            assert sms.list_locations()
        proc.send_signal(signal.SIGTERM)
        out, err = proc.communicate(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.communicate()
    assert proc.returncode == 0, err
    return out, err, cfg


@record_case("the endpoint started with -v, then -vv",
             "-v logs each request: method, path, status, milliseconds, auth scheme; -vv "
             "adds its headers (credentials by scheme only) and body size", group="endpoint")
def test_verbose_logs_each_request_with_its_time(tmp_path):
    out, err, cfg = _run_endpoint(tmp_path, "-v")
    line = rf"127\.0\.0\.1 GET /{cfg['subscription_id']}/locations 200 \d+\.\d ms auth=certificate"
    assert re.search(line, err), err
    assert "request headers" not in err
    out, err, cfg = _run_endpoint(tmp_path, "-vv")
    assert re.search(line, err), err
    assert re.search(r"request headers \{.*'x-ms-version': '\d{4}-\d\d-\d\d'.*\}, body 0 bytes",
                     err), err


def test_banner_prints_the_asm_config_export(tmp_path):
    out, err, cfg = _run_endpoint(tmp_path)
    config = (tmp_path / "state" / "emulator.json").resolve()
    assert f"\n  export ASM_CONFIG={config}\n" in out
