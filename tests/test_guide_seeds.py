"""The feature guide's own samples, as printed in ../shared/seeds/, run against the SDK.

Every translation of "How to use Service Management from Python" is read, its code blocks
are taken in order and executed in one namespace (later samples use the variables of
earlier ones, as a reader's session would) against the local endpoint, over mutual TLS.

What is changed in a sample, and nothing else:
- the import lines `from azure import *` / `from azure.servicemanagement import *` become
  `from generated import *` (the one change the project promises);
- the placeholders the guide asks the reader to fill in (`'<your_subscription_id>'`,
  `'URL_for_.cspkg_file'`, …) get real values (PLACEHOLDERS);
- two mistakes of the guide's text that no SDK could run are corrected, each named in
  ERRATA and listed in docs/compatibility.md.
The endpoint itself is reached through the environment (AZURE_MANAGEMENT_HOST and
SSL_CERT_FILE), so `ServiceManagementService(subscription_id, certificate_path)` is the
guide's line as written. Where the guide assumes something exists in the reader's
subscription (a staging deployment to swap with, the VM to capture), SETUP creates it first.

Every translation also runs on the async client, ported as a reader would port it: the
clients imported from `generated.aio` as well, and every call of a client method awaited
(`await sms.list_locations()`; `awaited()` rewrites the sample's syntax tree), the samples
run with top-level await on one event loop.
"""

from __future__ import annotations

import ast
import asyncio
import base64
import contextlib
import inspect
import io
import os
import re
import textwrap
from pathlib import Path

import pytest

from asm_sdk_emulator import Emulator
from generated import (AzureConfigurationError, AzureMissingResourceHttpError,
                       LinuxConfigurationSet, OSVirtualHardDisk)
from tests.replay import SHARED

SEEDS = SHARED / "seeds"

CSCFG = b"""<?xml version="1.0" encoding="utf-8"?>
<ServiceConfiguration serviceName="myhostedservice" osFamily="4" osVersion="*"
    xmlns="http://schemas.microsoft.com/ServiceHosting/2008/10/ServiceConfiguration">
  <Role name="WebRole1"><Instances count="2" /></Role>
</ServiceConfiguration>
"""

IMPORTS = re.compile(r"^from azure(\.servicemanagement)? import \*$", re.M)

# Mistakes in the guide's text that fail with any SDK on any Python: (wrong, right, why).
ERRATA = [
    ("base64.b64encode(open('path_to_cscfg', 'rb'))",
     "base64.b64encode(open('path_to_cscfg', 'rb').read())",
     "b64encode takes bytes, not a file object (TypeError)"),
    ("result = update_deployment_status(",
     "result = sms.update_deployment_status(",
     "update_deployment_status is a method of the client (NameError)"),
]


BLOB = "https://mystorageaccount.blob.core.windows.net"
PACKAGE_URL = f"{BLOB}/packages/myapp.cspkg"


def placeholders(cfg: dict, cscfg: Path) -> dict[str, str]:
    """The values a reader types in place of the guide's placeholders."""
    return {
        "'<your_subscription_id>'": repr(cfg["subscription_id"]),
        "'<path_to_.pem_certificate>'": repr(cfg["cert_file"]),
        "'URL_for_.cspkg_file'": repr(PACKAGE_URL),
        "'path_to_cscfg'": repr(str(cscfg)),
        "'url_to_storage_blob_for_source_image_vhd'": repr(f"{BLOB}/vhds/mycentos.vhd"),
        "'url_to_target_storage_blob_for_vm_hd'": repr(f"{BLOB}/vhds/myvm.vhd"),
    }


def code_blocks(text: str) -> list[str]:
    """The guide's Python samples: indented blocks that parse as Python and use the client."""
    blocks, current = [], []
    for line in text.splitlines() + [""]:
        if line.startswith(("    ", "\t")) or (current and not line.strip()):
            current.append(line)
            continue
        if current:
            blocks.append(textwrap.dedent("\n".join(current).expandtabs(4)).strip() + "\n")
        current = []
    samples = []
    for block in blocks:
        try:
            ast.parse(block)
        except SyntaxError:
            continue        # shell commands (makecert, openssl) and prose
        if "sms" in block or "ServiceManagementService" in block:
            samples.append(block)
    return samples


def seed_files() -> list[Path]:
    return sorted(SEEDS.glob("*.txt")) if SEEDS.is_dir() else []


# --- what the guide assumes the reader already has -------------------------------------

def _ensure_service(sms, name: str) -> None:
    try:
        sms.get_hosted_service_properties(name)
    except AzureMissingResourceHttpError:
        sms.create_hosted_service(name, name, None, "West US")


def _ensure_deployment(sms, slot: str, name: str) -> None:
    _ensure_service(sms, "myhostedservice")
    try:
        sms.get_deployment_by_name("myhostedservice", name)
    except AzureMissingResourceHttpError:
        sms.wait_for_operation_status(sms.create_deployment(
            "myhostedservice", slot, name, PACKAGE_URL, name,
            base64.b64encode(CSCFG).decode()).request_id, timeout=10, sleep_interval=0.05)


def _before(block: str, sms) -> None:
    blob = f"{BLOB}/vhds"
    if "sms.create_deployment(" in block:
        # The guide's "delete a cloud service" sample comes before its deployment samples.
        _ensure_service(sms, "myhostedservice")
    if "sms.swap_deployment('myhostedservice', 'v1', 'v2')" in block:
        # Swapping needs a deployment in staging; the guide does not show creating one.
        _ensure_deployment(sms, "staging", "v2")
    if "sms.delete_deployment('myhostedservice', 'v1')" in block:
        # The older edition deletes a deployment it never showed how to create.
        _ensure_deployment(sms, "production", "v1")
    image = re.search(r"^image_name = '([^']+\.vhd)'", block, re.M)
    if image and image.group(1) not in {i.name for i in sms.list_os_images()}:
        # The OS image the guide names (its language varies by translation) must exist.
        sms.wait_for_operation_status(sms.add_os_image(
            "guide image", f"{blob}/guide.vhd", image.group(1), "Linux").request_id,
            timeout=10, sleep_interval=0.05)
    if "hosted_service_name = 'hs1'" in block:
        # "replace the below three parameters with actual values": a VM named so exists.
        _ensure_service(sms, "hs1")
        sms.wait_for_operation_status(sms.create_virtual_machine_deployment(
            "hs1", "dep1", "production", "dep1", "vm1",
            LinuxConfigurationSet("vm1", "azureuser", "Pa55word!", True),
            OSVirtualHardDisk("OpenLogic__OpenLogic-CentOS-62-20120531-en-us-30GB.vhd",
                              f"{blob}/vm1.vhd"), role_size="Small").request_id,
            timeout=10, sleep_interval=0.05)


def awaited(block: str, client_names: set[str]) -> ast.Module:
    """The sample with every call `sms.<coroutine method>(...)` awaited."""
    class Await(ast.NodeTransformer):
        def visit_Call(self, node: ast.Call) -> ast.AST:
            self.generic_visit(node)
            func = node.func
            if isinstance(func, ast.Attribute) and isinstance(func.value, ast.Name) \
                    and func.value.id == "sms" and func.attr in client_names:
                return ast.copy_location(ast.Await(node), node)
            return node
    return ast.fix_missing_locations(Await().visit(ast.parse(block)))


def run_block(block: str, ns: dict, loop=None) -> tuple[str, BaseException | None]:
    """Run a sample in `ns`; with an event loop `loop`, as the async client's port."""
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        try:
            if loop is None:
                exec(compile(block, "<guide sample>", "exec"), ns)
            else:
                import generated.aio
                cls = generated.aio.ServiceManagementService
                methods = {n for n in dir(cls) if inspect.iscoroutinefunction(getattr(cls, n))}
                code = compile(awaited(block, methods), "<guide sample, async>", "exec",
                               flags=ast.PyCF_ALLOW_TOP_LEVEL_AWAIT)
                pending = eval(code, ns)
                if inspect.iscoroutine(pending):
                    loop.run_until_complete(pending)
        except Exception as exc:  # reported by the caller with the sample's text
            return out.getvalue(), exc
    return out.getvalue(), None


@pytest.fixture(scope="module")
def seeds_dir() -> Path:
    if not seed_files():
        if os.environ.get("CI") == "true":
            pytest.fail(f"guide seeds missing at {SEEDS}: CI needs ../shared")
        pytest.skip(f"guide seeds not available at {SEEDS} (clone ../shared beside the project)")
    return SEEDS


@pytest.fixture(scope="module")
def endpoint(tmp_path_factory):
    emu = Emulator(state_dir=tmp_path_factory.mktemp("guide-seeds"), operation_delay=0).start()
    yield emu
    emu.stop()


def test_extraction_finds_every_sample_of_every_translation(seeds_dir):
    counts = {p.name: len(code_blocks(p.read_text(encoding="utf-8"))) for p in seed_files()}
    assert len(counts) == 5, counts
    # Two editions of the guide: 22 samples (older) and 27 (with the deployment samples).
    assert sorted(set(counts.values())) == [22, 27], counts


def test_every_erratum_and_placeholder_is_still_in_the_guide(seeds_dir, tmp_path):
    text = "\n".join(b for p in seed_files() for b in code_blocks(p.read_text(encoding="utf-8")))
    for wrong, _, why in ERRATA:
        assert wrong in text, f"erratum no longer in the guide ({why}): drop it from ERRATA"
    fake = {"subscription_id": "s", "cert_file": "c"}
    for placeholder in placeholders(fake, tmp_path):
        assert placeholder in text, f"placeholder {placeholder} no longer in the guide"


@pytest.mark.parametrize("kind", ["sync", "aio"])
@pytest.mark.parametrize("seed", [p.name for p in seed_files()] or ["(no seeds)"])
def test_guide_samples_run_as_printed(seed, kind, seeds_dir, endpoint, tmp_path, monkeypatch):
    cfg = endpoint.config
    endpoint.app.reset()
    monkeypatch.setenv("AZURE_MANAGEMENT_HOST", cfg["host"])
    monkeypatch.setenv("SSL_CERT_FILE", cfg["ca_file"])
    cscfg = tmp_path / "ServiceConfiguration.cscfg"
    cscfg.write_bytes(CSCFG)
    fill = placeholders(cfg, cscfg)
    samples = code_blocks((seeds_dir / seed).read_text(encoding="utf-8"))
    text = "\n".join(samples)

    sms = endpoint.client()
    ns: dict = {"__name__": "guide"}
    printed: list[str] = []
    loop = asyncio.new_event_loop() if kind == "aio" else None
    imports = "from generated import *" + ("\nfrom generated.aio import *" if loop else "")
    try:
        for sample in samples:
            code = IMPORTS.sub(imports, sample)
            for wrong, right, _ in ERRATA:
                code = code.replace(wrong, right)
            for placeholder, value in fill.items():
                code = code.replace(placeholder, value)
            if "CURRENT_USER\\\\my\\\\" in sample and os.name != "nt":
                # The guide's Windows alternative to the PEM sample (in its own namespace, as
                # a Linux reader skips it): a clear error here, not a crash inside TLS.
                _, exc = run_block(code, dict(ns), loop)
                assert isinstance(exc, AzureConfigurationError), exc
                assert "Windows certificate store" in str(exc)
                continue
            _before(code, sms)
            out, exc = run_block(code, ns, loop)
            printed.append(out)
            assert exc is None, f"guide sample failed with {exc!r}:\n{code}"
        output = "".join(printed)

        # What the guide's prints show, taken from the endpoint's answers.
        assert "West US" in output.splitlines()                     # list_locations
        assert "Service name: myhostedservice" in output
        assert "Location: West US" in output
        assert re.search(r"^Family: \S", output, re.M) and "Active: True" in output
        if "get_deployment_by_slot" in text:
            assert "Name: v1" in output and "Slot: Production" in output
            assert re.search(r"^Instance status: \w+", output, re.M)
        if "create_storage_account" in text:
            assert "Operation status: Succeeded" in output
            assert "Service name: mystorageaccount" in output
        assert "Name: mycentos" in output and "OS: Linux" in output  # list_os_images

        # The state the samples leave behind is what they asked for.
        services = {s.service_name for s in sms.list_hosted_services()}
        assert not sms.list_storage_accounts() and not sms.list_affinity_groups()
        assert "mycentos" not in {i.name for i in sms.list_os_images()}
        kept = [(d.name, d.deployment_slot) for d in
                sms.get_hosted_service_properties("myhostedservice", True).deployments]
        if "capture_vm_image" in text:      # older edition: v1 deleted, vm1 captured, myvm
            assert services == {"myhostedservice", "hs1", "myvm"} and kept == []
            assert "vm1image" in {i.name for i in ns["images"]}
            assert sms.get_role("myvm", "myvm", "myvm").vm_image_name == "vm1image"
        else:                               # newer: swap, delete v1 (now staging), VM gone
            assert services == {"myhostedservice"} and kept == [("v2", "Production")]
        if loop is not None:                # the guide's own client was the async one
            assert type(ns["sms"]).__module__ == "generated.aio.service_management"
    finally:
        sms.close()
        if loop is not None:
            if "sms" in ns:
                loop.run_until_complete(ns["sms"].close())
            loop.close()
