"""What a user's type checker sees: a script that uses the SDK passes `mypy --strict`, and
wrong argument types in one are reported.  Both scripts are checked in one mypy run, with
the project's configuration and the import names the Makefile sets up (build/typecheck)."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

GOOD = '''\
from __future__ import annotations

import generated
from generated import (AsynchronousOperationResult, AzureMissingResourceHttpError,
                       ConfigurationSetInputEndpoint, HostedService, LinuxConfigurationSet,
                       OSVirtualHardDisk, ServiceManagementService,
                       SqlDatabaseManagementService)
from generated.models import ConfigurationSet, HostedServices, StorageServices


def names(sms: ServiceManagementService) -> list[str]:
    services: list[HostedService] = sms.list_hosted_services()
    return [s.service_name or "" for s in services]


def create_vm(sms: ServiceManagementService) -> str | None:
    result: AsynchronousOperationResult = sms.create_hosted_service(
        "svc", "label", location="West US")
    if result.request_id is not None:
        sms.wait_for_operation_status(result.request_id, timeout=600)
    linux = LinuxConfigurationSet("host", "user", "secret", True)
    network = ConfigurationSet(input_endpoints=[
        ConfigurationSetInputEndpoint("ssh", "tcp", 22, "22")])
    disk = OSVirtualHardDisk("image", "https://account.blob.core.windows.net/vhds/os.vhd")
    sms.create_virtual_machine_deployment(
        "svc", "dep", "production", "label", "vm", system_config=linux,
        os_virtual_hard_disk=disk, network_config=network, role_size="Small")
    deployment = sms.wait_until_deployment_running("svc", "dep", timeout=1200)
    sms.wait_until_deployment_deleted("svc", "dep")   # returns None
    return deployment.status


def lists(sms: ServiceManagementService) -> int:
    wrapper = HostedServices(sms.list_hosted_services())
    same: list[HostedService] = wrapper.hosted_services
    accounts = StorageServices(sms.list_storage_accounts())
    keys = sms.get_storage_account_keys(accounts[0].service_name or "")
    primary: str | None = keys.storage_service_keys.primary \\
        if keys.storage_service_keys else None
    return len(same) + len(primary or "")


def sql(cert: str) -> list[str]:
    with SqlDatabaseManagementService("sub", cert) as client:
        databases = client.wait_until_database_online("server", "db", timeout=60)
        return [d.name or "" for d in databases] + [s.name or "" for s in client.list_servers()]


def props(sms: ServiceManagementService) -> str:
    try:
        service = sms.get_hosted_service_properties("svc", embed_detail=True)
    except AzureMissingResourceHttpError as exc:
        return f"{exc.status} {exc.request_id}"
    p = service.hosted_service_properties
    return (p.label or "") if p is not None else ""


def module_access() -> type[generated.HostedService]:
    return generated.HostedService


async def with_asyncio(cert: str) -> list[str]:
    import asyncio

    import generated.aio
    async with generated.aio.ServiceManagementService("sub", cert) as sms:
        services: list[HostedService] = await sms.list_hosted_services()
        found = await asyncio.gather(*(sms.get_hosted_service_properties(s.service_name or "")
                                       for s in services))
        result = await sms.create_hosted_service("svc", "label", location="West US")
        if result.request_id is not None:
            await sms.wait_for_operations([result.request_id], timeout=600)
        deployment = await sms.wait_until_deployment_running("svc", "dep", timeout=1200)
        return [f.service_name or "" for f in found] + [deployment.status or ""]


def with_async_tokens() -> str:
    from azure.identity.aio import DefaultAzureCredential

    import generated.aio
    return generated.aio.ServiceManagementService(
        "sub", credential=DefaultAzureCredential()).subscription_id


def with_tokens() -> list[str]:
    from azure.identity import ClientSecretCredential, DefaultAzureCredential

    from asm_sdk_runtime.credentials import StaticTokenCredential
    clients = [ServiceManagementService("sub", credential=DefaultAzureCredential()),
               ServiceManagementService("sub", credential=ClientSecretCredential("t", "c", "s")),
               ServiceManagementService("sub", credential=StaticTokenCredential("token"))]
    return [c.subscription_id for c in clients]
'''

# (line, what mypy must say about it): each is an annotation of the SDK rejecting a call.
BAD = '''\
from __future__ import annotations

from generated import (ConfigurationSetInputEndpoint, HostedService, LinuxConfigurationSet,
                       ServiceManagementService)
from generated.aio import ServiceManagementService as AsyncServiceManagementService


def wrong(sms: ServiceManagementService) -> None:
    sms.get_hosted_service_properties(42)
    LinuxConfigurationSet("host", "user", "secret", 1.5)
    ConfigurationSetInputEndpoint("ssh", "tcp", port=[22])
    sms.create_virtual_machine_deployment("svc", "dep", "production", "label", "vm",
                                          system_config="not a ConfigurationSet")
    sms.list_hosted_services().append("not a HostedService")
    ServiceManagementService("sub", credential="a token is not a credential")


async def wrong_async(sms: AsyncServiceManagementService) -> None:
    await sms.get_hosted_service_properties(42)
    services: list[HostedService] = sms.list_hosted_services()
'''
EXPECTED = {
    # A method is named with the class of its area that defines it (generated/<area>/).
    9: 'Argument 1 to "get_hosted_service_properties" of "HostedServicesOperations" has '
       'incompatible type "int"; expected "str"',
    10: 'Argument 4 to "LinuxConfigurationSet" has incompatible type "float"; '
        'expected "bool | str | None"',
    11: 'Argument "port" to "ConfigurationSetInputEndpoint" has incompatible type '
        '"list[int]"; expected "int | str | None"',
    13: 'Argument "system_config" to "create_virtual_machine_deployment" of '
        '"VirtualMachinesOperations" has incompatible type "str"; expected '
        '"ConfigurationSet | None"',
    14: 'Argument 1 to "append" of "list" has incompatible type "str"; expected '
        '"HostedService"',
    15: 'Argument "credential" to "ServiceManagementService" has incompatible type "str"; '
        'expected "TokenCredential | None"',
    # The async client: the same parameter types, and a result that must be awaited.
    19: 'Argument 1 to "get_hosted_service_properties" of "HostedServicesOperations" has '
        'incompatible type "int"; expected "str"',
    20: 'Incompatible types in assignment (expression has type "Coroutine[Any, Any, '
        'list[HostedService]]", variable has type "list[HostedService]")',
}


def typecheck_path() -> Path:
    """build/typecheck/asm_sdk_runtime -> runtime/, as `make check` makes it."""
    link = ROOT / "build" / "typecheck" / "asm_sdk_runtime"
    if not link.exists():
        link.parent.mkdir(parents=True, exist_ok=True)
        try:
            link.symlink_to(Path("..", "..", "runtime"), target_is_directory=True)
        except FileExistsError:     # made meanwhile by another test process (pytest -n)
            pass
    return link.parent


def test_user_scripts_under_mypy_strict(tmp_path):
    (tmp_path / "good.py").write_text(GOOD)
    (tmp_path / "bad.py").write_text(BAD)
    env = {**os.environ, "MYPYPATH": str(typecheck_path())}
    proc = subprocess.run(
        [sys.executable, "-m", "mypy", "--config-file", str(ROOT / "pyproject.toml"),
         "--strict", "--no-error-summary", "--show-error-codes",
         "--cache-dir", str(tmp_path / "cache"), str(tmp_path / "good.py"),
         str(tmp_path / "bad.py")],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=600)
    out = proc.stdout + proc.stderr
    errors: dict[str, dict[int, str]] = {}
    for line in out.splitlines():
        if re.match(r".+?:\d+: note: ", line):     # mypy's hints ("Maybe you forgot ...")
            continue
        mt = re.match(r"(.+?):(\d+): error: (.*)", line)
        assert mt, f"unexpected mypy output: {line}\n{out}"
        errors.setdefault(Path(mt.group(1)).name, {})[int(mt.group(2))] = mt.group(3)
    assert "good.py" not in errors, textwrap.indent(out, "  ")
    assert set(errors) == {"bad.py"}, out     # nothing in generated/ or the runtime
    assert sorted(errors["bad.py"]) == sorted(EXPECTED), out
    for line, message in EXPECTED.items():
        assert errors["bad.py"][line].startswith(message), out
    assert proc.returncode == 1


def test_atom_list_operations_return_what_their_annotation_says():
    # feed=True (an operation annotated list[X]): a lone Atom entry is a one-item list.
    from xml.etree.ElementTree import fromstring

    from asm_sdk_runtime.core import _read_atom
    from asm_sdk_runtime.transport import Response

    entry = ('<entry xmlns="http://www.w3.org/2005/Atom"><title>q1</title>'
             '<content type="application/xml"><Q xmlns="urn:q"><N>1</N></Q></content></entry>')
    resp = Response(200, {}, entry.encode())

    def read(el):
        return el.findtext("{urn:q}N")

    assert _read_atom(fromstring(entry), read, "{urn:q}Q", None, resp, feed=True) == ["1"]
    assert _read_atom(fromstring(entry), read, "{urn:q}Q", None, resp) == "1"
    feed = f'<feed xmlns="http://www.w3.org/2005/Atom">{entry}{entry}</feed>'
    assert _read_atom(fromstring(feed), read, "{urn:q}Q", None, resp, feed=True) == ["1", "1"]
