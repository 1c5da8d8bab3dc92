"""Replay the real Azure recordings in ../shared/asm-recordings with vcrpy.

Every request the SDK sends must match a recorded one in method, host, path, query and
canonicalised XML body (element order included), and every recorded management call of
the cassette must be played exactly once.
"""

from __future__ import annotations

import contextlib
import functools
import hashlib
import os
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
import vcr
import yaml

SHARED = Path(os.environ.get("ASM_SHARED", Path(__file__).resolve().parents[2] / "shared"))
RECORDINGS = SHARED / "asm-recordings"
SUBSCRIPTION = "00000000-0000-0000-0000-000000000000"
MANAGEMENT_HOST = "management.core.windows.net"


_ATOM_ENTRY = "{http://www.w3.org/2005/Atom}entry"
_ATOM_CONTENT = "{http://www.w3.org/2005/Atom}content"


def canonical_xml(body) -> str:
    """C14N 2.0 of an XML body, whitespace between elements ignored."""
    if body is None:
        return ""
    if isinstance(body, bytes):
        try:
            body = body.decode("utf-8")
        except UnicodeDecodeError:  # a recorded blob upload: compared as bytes
            return repr(body)
    if not body.strip():
        return ""
    if not body.lstrip().startswith("<"):
        return body
    root = ET.fromstring(body)
    if root.tag == _ATOM_ENTRY:
        # The predecessor filled the Atom entries it sent with empty <title>, <author>,
        # <id> and its clock in <updated>; the service reads only <content>.
        for child in list(root):
            if child.tag != _ATOM_CONTENT:
                root.remove(child)
        body = ET.tostring(root, encoding="unicode")
    return ET.canonicalize(body, strip_text=True)


@functools.lru_cache(maxsize=1024)
def _body_key(body) -> str:
    """canonical_xml of a body, once per body: vcrpy runs every matcher on every recorded
    request for each request sent, and some cassettes hold megabytes of blob uploads; those
    compare by digest."""
    if isinstance(body, str):
        body = body.encode("utf-8")
    if not body or not body.strip():
        return ""
    if not body.lstrip().startswith(b"<"):
        return f"{len(body)} bytes, sha256 {hashlib.sha256(body).hexdigest()}"
    return canonical_xml(body)


def _xml_body_matcher(r1, r2) -> None:
    a, b = _body_key(r1.body), _body_key(r2.body)
    # Short: vcrpy formats every mismatch into a log message, wanted or not.
    assert a == b, f"request body differs from the recording:\n ours: {a[:2000]}\n real: {b[:2000]}"


class _YamlLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):
    """Cassettes written by Python 2 carry `!!python/unicode` scalars."""


_YamlLoader.add_constructor("tag:yaml.org,2002:python/unicode",
                            lambda loader, node: loader.construct_scalar(node))


def load_interactions(name: str) -> list[dict]:
    data = yaml.load((RECORDINGS / f"{name}.yaml").read_text(encoding="utf-8"), Loader=_YamlLoader)
    return data["interactions"]


def response_body(interaction: dict) -> bytes:
    body = interaction["response"]["body"]
    body = body.get("string") if isinstance(body, dict) else body
    if body is None:
        return b""
    return body if isinstance(body, bytes) else body.encode("utf-8")


def request_body(interaction: dict) -> bytes:
    body = interaction["request"]["body"]
    if body is None:
        return b""
    return body if isinstance(body, bytes) else body.encode("utf-8")


def is_management(interaction: dict) -> bool:
    return MANAGEMENT_HOST in interaction["request"]["uri"]


_vcr = vcr.VCR(record_mode="none", decode_compressed_response=True,
               match_on=["method", "scheme", "host", "port", "path", "query", "xml_body"])
_vcr.register_matcher("xml_body", _xml_body_matcher)


@contextlib.contextmanager
def replay(name: str):
    """Serve the SDK's requests from the real cassette `name` (without `.yaml`).

    On exit, asserts that every recorded management interaction was requested exactly
    once: no call missing, no poll too many or too few.
    """
    path = RECORDINGS / f"{name}.yaml"
    if not path.exists():
        if os.environ.get("CI") == "true":
            pytest.fail(f"recording {path} missing")
        pytest.skip(f"recording {path} not available")
    with _vcr.use_cassette(str(path), allow_playback_repeats=False) as cassette:
        yield cassette
    unplayed = [i for i, rec in enumerate(cassette.data)
                if MANAGEMENT_HOST in rec[0].uri and not cassette.play_counts[i]]
    assert not unplayed, "recorded calls never made: " + ", ".join(
        f"{cassette.data[i][0].method} {cassette.data[i][0].uri}" for i in unplayed)
