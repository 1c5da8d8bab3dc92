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
import threading
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
