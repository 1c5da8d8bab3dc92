"""The SDK against the local endpoint over real mutual TLS.

The session endpoint comes from the project's own pytest plugin (emulator.pytest_plugin);
tests give their resources unique names because the state is shared by the session.
"""

from __future__ import annotations

import base64
import http.client
import json
import os
import signal
import socket
import ssl
import stat
import subprocess
import sys
import threading
import time
import uuid
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from asm_sdk_emulator import Emulator
from generated import (AzureBadRequestHttpError, AzureConflictHttpError, AzureConnectionError,
                       AzureForbiddenHttpError, AzureHttpError, AzureMissingResourceHttpError,
                       AzureOperationFailedError, CaptureRoleAsVMImage, ConfigurationSet,
                       ConfigurationSetInputEndpoint, LinuxConfigurationSet, OSVirtualHardDisk,
                       ServiceManagementService, WindowsConfigurationSet)
from asm_sdk_runtime.auth import build_ssl_context
from tests.conftest import make_cert_pem

ROOT = Path(__file__).resolve().parent.parent
NS = "http://schemas.microsoft.com/windowsazure"
LINUX_IMAGE = "OpenLogic__OpenLogic-CentOS-62-20120531-en-us-30GB.vhd"
WINDOWS_IMAGE = "a699494373c04fc0bc8f2bb1389d6106__Windows-Server-2012-R2-201505.01-en.us-127GB.vhd"
BLOB = "https://mystorageaccount.blob.core.windows.net"


def cscfg(count: int, role: str = "WebRole1") -> str:
    doc = ('<ServiceConfiguration serviceName="svc" xmlns="http://schemas.microsoft.com/'
           f'ServiceHosting/2008/10/ServiceConfiguration"><Role name="{role}">'
           f'<Instances count="{count}" /></Role></ServiceConfiguration>')
    return base64.b64encode(doc.encode()).decode()


def unique(prefix: str) -> str:
    return prefix + uuid.uuid4().hex[:8]


def wait(sms, result):
    return sms.wait_for_operation_status(result.request_id, timeout=30, sleep_interval=0.05)


def raw_request(cfg: dict, method: str, path: str, body: bytes | None = None,
                headers: dict | None = None) -> tuple[int, dict, bytes]:
    """One HTTPS request with the emulator's client certificate, bypassing the SDK."""
    ctx = build_ssl_context(cfg["cert_file"], ca_file=cfg["ca_file"])
    host, port = cfg["host"].rsplit(":", 1)
    conn = http.client.HTTPSConnection(host, int(port), context=ctx, timeout=10)
    try:
        conn.request(method, path, body=body, headers=headers or {})
        resp = conn.getresponse()
        return resp.status, {k.lower(): v for k, v in resp.getheaders()}, resp.read()
    finally:
        conn.close()


def port_is_closed(host_port: str) -> bool:
    host, port = host_port.rsplit(":", 1)
    try:
        socket.create_connection((host, int(port)), timeout=1).close()
    except OSError:
        return True
    return False


# --- the endpoint itself ---------------------------------------------------------------

def test_config_file_and_throwaway_pki(asm_emulator):
    cfg = json.loads((asm_emulator.state_dir / "emulator.json").read_text())
    assert cfg == asm_emulator.config
    assert set(cfg) == {"host", "subscription_id", "cert_file", "ca_file",
                        "tenant_id", "client_id", "client_secret", "authority"}
    assert cfg["host"].startswith("127.0.0.1:") and int(cfg["host"].split(":")[1]) > 0
    for private in ("client.pem", "server-key.pem", "ca-key.pem", "emulator.json",
                    "identity.json"):
        mode = stat.S_IMODE((asm_emulator.state_dir / private).stat().st_mode)
        assert mode == 0o600, (private, oct(mode))
    from cryptography import x509
    server = x509.load_pem_x509_certificate(
        (asm_emulator.state_dir / "server-cert.pem").read_bytes())
    san = server.extensions.get_extension_for_class(x509.SubjectAlternativeName).value
    assert "localhost" in san.get_values_for_type(x509.DNSName)
    assert [str(ip) for ip in san.get_values_for_type(x509.IPAddress)] == ["127.0.0.1"]
    client = x509.load_pem_x509_certificate(Path(cfg["cert_file"]).read_bytes())
    ca = x509.load_pem_x509_certificate(Path(cfg["ca_file"]).read_bytes())
    assert client.issuer == ca.subject and server.issuer == ca.subject


def test_certificates_are_reused_at_the_next_start(tmp_path):
    with Emulator(state_dir=tmp_path) as emu:
        first = Path(emu.config["cert_file"]).read_bytes()
    with Emulator(state_dir=tmp_path) as emu:
        assert Path(emu.config["cert_file"]).read_bytes() == first
        assert [loc.name for loc in emu.client().list_locations()]


def test_client_certificate_not_issued_by_the_emulator_ca_is_refused(asm_emulator, tmp_path):
    cfg = asm_emulator.config
    stranger = make_cert_pem(tmp_path / "stranger.pem", "not-the-emulator-ca")
    sms = ServiceManagementService(cfg["subscription_id"], str(stranger), host=cfg["host"],
                                   ca_file=cfg["ca_file"], retry=None)
    with pytest.raises(AzureConnectionError):
        sms.list_locations()
    sms.close()


def test_client_without_certificate_or_token_is_forbidden(asm_emulator):
    """TLS lets a client without a certificate in (it may carry a bearer token); with
    neither, Azure's 403 ForbiddenError (tests/test_emulator_auth.py: the rest)."""
    cfg = asm_emulator.config
    host, port = cfg["host"].rsplit(":", 1)
    ctx = ssl.create_default_context(cafile=cfg["ca_file"])
    with socket.create_connection((host, int(port)), timeout=5) as raw:
        with ctx.wrap_socket(raw, server_hostname=host) as tls:
            tls.sendall(f"GET /{cfg['subscription_id']}/locations HTTP/1.1\r\n"
                        f"Host: {host}\r\nx-ms-version: 2014-10-01\r\n"
                        "Connection: close\r\n\r\n".encode())
            answer = b""
            while chunk := tls.recv(65536):
                answer += chunk
    assert answer.startswith(b"HTTP/1.1 403 ")
    assert b"<Code>ForbiddenError</Code>" in answer


def test_server_certificate_is_verified_by_the_sdk(asm_emulator):
    cfg = asm_emulator.config     # without ca_file= the system CAs do not know the emulator
    sms = ServiceManagementService(cfg["subscription_id"], cfg["cert_file"], host=cfg["host"],
                                   retry=None)
    with pytest.raises(AzureConnectionError):
        sms.list_locations()
    sms.close()


def test_other_subscription_is_forbidden(asm_emulator):
    cfg = asm_emulator.config
    sms = ServiceManagementService(str(uuid.uuid4()), cfg["cert_file"], host=cfg["host"],
                                   ca_file=cfg["ca_file"])
    with pytest.raises(AzureForbiddenHttpError) as info:
        sms.list_hosted_services()
    assert info.value.status == 403 and info.value.code == "ForbiddenError"
    assert info.value.request_id
    sms.close()


@pytest.mark.parametrize("version", [None, "", "2099-01-01", "latest"])
def test_missing_or_wrong_version_header(asm_emulator, version):
    cfg = asm_emulator.config
    headers = {} if version is None else {"x-ms-version": version}
    status, headers, body = raw_request(cfg, "GET", f"/{cfg['subscription_id']}/locations",
                                        headers=headers)
    assert status == 400
    assert headers["x-ms-request-id"]
    doc = ET.fromstring(body)
    assert doc.tag == f"{{{NS}}}Error"
    assert doc.findtext(f"{{{NS}}}Code") == "MissingOrIncorrectVersionHeader"


def test_error_body_is_shaped_like_azure(asm_emulator):
    cfg = asm_emulator.config
    status, _, body = raw_request(cfg, "GET", f"/{cfg['subscription_id']}/services/"
                                  "hostedservices/nosuchservice",
                                  headers={"x-ms-version": "2014-10-01"})
    assert status == 404
    assert body == (b'<Error xmlns="http://schemas.microsoft.com/windowsazure" '
                    b'xmlns:i="http://www.w3.org/2001/XMLSchema-instance"><Code>ResourceNotFound'
                    b'</Code><Message>The hosted service does not exist.</Message></Error>')


def test_request_body_invalid_against_the_xsd_is_a_bad_request(asm_emulator):
    cfg = asm_emulator.config
    body = (f'<CreateAffinityGroup xmlns="{NS}"><Label>bGFiZWw=</Label><Name>x</Name>'
            '<Location>West US</Location></CreateAffinityGroup>').encode()
    status, headers, resp = raw_request(cfg, "POST", f"/{cfg['subscription_id']}/affinitygroups",
                                        body, {"x-ms-version": "2014-10-01",
                                               "Content-Type": "application/xml"})
    assert status == 400 and headers["x-ms-request-id"]
    doc = ET.fromstring(resp)
    assert doc.findtext(f"{{{NS}}}Code") == "BadRequest"
    assert "Label" in doc.findtext(f"{{{NS}}}Message")       # says what is wrong
    status, _, resp = raw_request(cfg, "POST", f"/{cfg['subscription_id']}/affinitygroups",
                                  b"<not xml", {"x-ms-version": "2014-10-01"})
    assert status == 400 and b"<Code>BadRequest</Code>" in resp


def test_invalid_request_through_the_sdk(asm_sms):
    with pytest.raises(AzureBadRequestHttpError) as info:
        asm_sms.create_storage_account("Not_Valid", "desc", "label", location="West US")
    assert info.value.code == "BadRequest"
    assert "not a valid storage account name" in info.value.message
    svc = unique("badcfg")
    asm_sms.create_hosted_service(svc, svc, location="West US")
    with pytest.raises(AzureBadRequestHttpError, match="base64"):
        asm_sms.create_deployment(svc, "production", "v1", f"{BLOB}/p.cspkg", "v1",
                                  "<not base64>")
    asm_sms.delete_hosted_service(svc)


def test_missing_resource(asm_sms):
    with pytest.raises(AzureMissingResourceHttpError) as info:
        asm_sms.get_hosted_service_properties("nosuchservice")
    assert info.value.status == 404 and info.value.code == "ResourceNotFound"
    assert info.value.message == "The hosted service does not exist."
    with pytest.raises(AzureMissingResourceHttpError, match="storage account"):
        asm_sms.get_storage_account_properties("nosuchaccount")
    with pytest.raises(AzureMissingResourceHttpError):
        asm_sms.get_operation_status(uuid.uuid4().hex)


def test_conflicts(asm_sms):
    svc = unique("conflict")
    asm_sms.create_hosted_service(svc, svc, location="West US")
    with pytest.raises(AzureConflictHttpError) as info:
        asm_sms.create_hosted_service(svc, svc, location="West US")
    assert info.value.status == 409 and info.value.code == "ConflictError"
    wait(asm_sms, asm_sms.create_deployment(svc, "production", "v1", f"{BLOB}/p.cspkg", "v1",
                                            cscfg(1)))
    with pytest.raises(AzureConflictHttpError):          # deployments must go first
        asm_sms.delete_hosted_service(svc)
    with pytest.raises(AzureConflictHttpError):          # the slot is taken
        asm_sms.create_deployment(svc, "production", "v2", f"{BLOB}/p.cspkg", "v2", cscfg(1))
    wait(asm_sms, asm_sms.delete_deployment(svc, "v1"))
    asm_sms.delete_hosted_service(svc)


def test_a_cloud_service_takes_one_change_at_a_time(tmp_path):
    """While an asynchronous operation on a cloud service is InProgress, Azure answers
    another change to it with 409 ConflictError ("... requires exclusive access")."""
    # Its own endpoint, with operations InProgress long enough for a slow machine.
    with Emulator(state_dir=tmp_path, operation_delay=1.5) as emu:
        sms = emu.client()
        svc, other = "exclusive1", "exclusive2"
        for name in (svc, other):
            sms.create_hosted_service(name, name, location="West US")
        created = sms.create_deployment(svc, "production", "v1", f"{BLOB}/p.cspkg", "v1",
                                        cscfg(1))
        with pytest.raises(AzureConflictHttpError) as info:
            sms.change_deployment_configuration(svc, "v1", cscfg(2))
        assert info.value.code == "ConflictError" and "exclusive access" in info.value.message
        assert sms.get_deployment_by_name(svc, "v1").name == "v1"       # reading is fine
        sms.create_deployment(other, "production", "v1", f"{BLOB}/p.cspkg", "v1", cscfg(1))
        wait(sms, created)                                              # then it is free
        wait(sms, sms.change_deployment_configuration(svc, "v1", cscfg(2)))
        assert len(sms.get_deployment_by_name(svc, "v1").role_instance_list) == 2
        sms.close()


def test_failed_asynchronous_operation(asm_sms):
    result = asm_sms.create_storage_account("asyncfail01", "desc", "label", location="West US")
    assert result.request_id
    op = asm_sms.get_operation_status(result.request_id)
    assert op.status in ("InProgress", "Failed")
    with pytest.raises(AzureOperationFailedError) as info:
        wait(asm_sms, result)
    assert info.value.code == "InternalError" and info.value.http_status_code == 500
    assert info.value.request_id == result.request_id
    with pytest.raises(AzureMissingResourceHttpError):     # nothing was created
        asm_sms.get_storage_account_properties("asyncfail01")


def test_operation_status_goes_from_in_progress_to_succeeded(asm_sms):
    name = unique("opstat")
    result = asm_sms.create_storage_account(name, "desc", "label", location="West US")
    seen = []
    op = asm_sms.wait_for_operation_status(result.request_id, timeout=10, sleep_interval=0.05,
                                           progress_callback=lambda o: seen.append(o.status))
    assert seen[0] == "InProgress" and seen[-1] == "Succeeded"
    assert op.http_status_code == 200 and op.id.replace("-", "") == result.request_id
    asm_sms.delete_storage_account(name)


@pytest.mark.parametrize("client", ["ServiceManagementService", "SqlDatabaseManagementService",
                                    "WebsiteManagementService", "SchedulerManagementService"])
def test_every_operation_of_the_emulated_clients_is_implemented(asm_emulator, client):
    app = asm_emulator.emulator.app
    ops = {op.name for op in app.spec.services[client]}
    assert ops and ops <= set(app.implemented())


def test_service_bus_lacks_only_the_metrics_operations(asm_emulator):
    app = asm_emulator.emulator.app
    ops = {op.name for op in app.spec.services["ServiceBusManagementService"]}
    missing = ops - set(app.implemented())
    assert missing and all(name.startswith(("get_metrics_", "get_supported_metrics_"))
                           for name in missing), missing
    assert len(missing) == 12


def test_operation_in_the_spec_but_not_emulated_answers_501(asm_emulator):
    from generated import ServiceBusManagementService
    cfg = asm_emulator.config
    servicebus = ServiceBusManagementService(cfg["subscription_id"], cfg["cert_file"],
                                             host=cfg["host"], ca_file=cfg["ca_file"])
    try:
        with pytest.raises(AzureHttpError) as info:   # metrics need entities it cannot hold
            servicebus.get_supported_metrics_queue("anyns", "anyqueue")
    finally:
        servicebus.close()
    assert info.value.status == 501 and info.value.code == "NotImplemented"
    assert "get_supported_metrics_queue" in info.value.message


def test_unknown_uri_is_not_found(asm_emulator):
    cfg = asm_emulator.config
    status, headers, body = raw_request(cfg, "GET", f"/{cfg['subscription_id']}/no/such/thing",
                                        headers={"x-ms-version": "2014-10-01"})
    assert status == 404 and headers["x-ms-request-id"] and b"ResourceNotFound" in body


def test_responses_are_valid_against_the_xsd(asm_emulator, asm_sms):
    from asm_sdk_codegen.spec import load_schema
    schema = load_schema(ROOT / "spec" / "schemas" / "servicemanagement.xsd")
    cfg = asm_emulator.config
    svc = unique("xsd")
    asm_sms.create_hosted_service(svc, svc, "desc", "West US")
    wait(asm_sms, asm_sms.create_deployment(svc, "production", "v1", f"{BLOB}/p.cspkg", "v1",
                                            cscfg(2)))
    sub = cfg["subscription_id"]
    for path in ("locations", "operatingsystems", "operatingsystemfamilies", "rolesizes",
                 "services/hostedservices", f"services/hostedservices/{svc}?embed-detail=true",
                 f"services/hostedservices/{svc}/deploymentslots/production",
                 "services/images", "services/storageservices", "affinitygroups", ""):
        status, headers, body = raw_request(cfg, "GET", f"/{sub}/{path}".rstrip("/"),
                                            headers={"x-ms-version": "2014-10-01"})
        assert status == 200, (path, body)
        assert headers["content-type"].startswith("application/xml")
        schema.validate(ET.fromstring(body))
    wait(asm_sms, asm_sms.delete_deployment(svc, "v1"))
    asm_sms.delete_hosted_service(svc)


# --- the feature guide ---------------------------------------------------------------

def test_feature_guide_flow(asm_emulator, asm_sms, tmp_path):
    sms = asm_sms
    assert "West US" in [location.name for location in sms.list_locations()]

    # cloud service
    name = unique("guide")
    sms.create_hosted_service(name, name, "my hosted service", "West US")
    listed = {s.service_name: s for s in sms.list_hosted_services()}
    assert listed[name].hosted_service_properties.location == "West US"
    assert listed[name].hosted_service_properties.affinity_group == ""   # absent -> ''
    hosted_service = sms.get_hosted_service_properties(name)
    assert hosted_service.url.endswith(f"/services/hostedservices/{name}")
    assert hosted_service.hosted_service_properties.label == name

    # deployment
    result = sms.create_deployment(name, "production", "v1", f"{BLOB}/app.cspkg", name,
                                   cscfg(2))
    assert sms.get_operation_status(result.request_id).status in ("InProgress", "Succeeded")
    wait(sms, result)
    dep = sms.get_deployment_by_slot(name, "production")
    assert (dep.name, dep.deployment_slot, dep.status) == ("v1", "Production", "Suspended")
    assert len(dep.private_id) == 32
    assert [i.instance_name for i in dep.role_instance_list] == ["WebRole1_IN_0", "WebRole1_IN_1"]
    assert all(i.instance_size == "Small" for i in dep.role_instance_list)

    wait(sms, sms.change_deployment_configuration(name, "v1", cscfg(3)))
    assert len(sms.get_deployment_by_name(name, "v1").role_instance_list) == 3
    wait(sms, sms.update_deployment_status(name, "v1", "Running"))
    dep = sms.get_deployment_by_name(name, "v1")
    assert dep.status == "Running"
    assert {i.instance_status for i in dep.role_instance_list} == {"ReadyRole"}

    # swap
    wait(sms, sms.create_deployment(name, "staging", "v2", f"{BLOB}/app2.cspkg", "v2", cscfg(1)))
    wait(sms, sms.swap_deployment(name, "v1", "v2"))
    assert sms.get_deployment_by_slot(name, "production").name == "v2"
    assert sms.get_deployment_by_slot(name, "staging").name == "v1"
    detail = sms.get_hosted_service_properties(name, True)
    assert sorted(d.name for d in detail.deployments) == ["v1", "v2"]

    # delete deployments, then the service
    wait(sms, sms.delete_deployment(name, "v1"))
    wait(sms, sms.delete_deployment(name, "v2"))
    with pytest.raises(AzureMissingResourceHttpError, match="No deployments were found"):
        sms.get_deployment_by_slot(name, "production")
    sms.delete_hosted_service(name)
    assert name not in [s.service_name for s in sms.list_hosted_services()]

    # storage
    account = unique("guidestor")
    result = sms.create_storage_account(account, "My storage account description.", account,
                                        location="West US")
    assert sms.get_operation_status(result.request_id).status in ("InProgress", "Succeeded")
    wait(sms, result)
    acct = {a.service_name: a for a in sms.list_storage_accounts()}[account]
    assert acct.storage_service_properties.location == "West US"
    assert acct.storage_service_properties.affinity_group == ""
    keys = sms.get_storage_account_keys(account).storage_service_keys
    assert len(base64.b64decode(keys.primary)) == 64
    sms.delete_storage_account(account)
    assert account not in [a.service_name for a in sms.list_storage_accounts()]

    # affinity groups
    group = unique("myAffinityGroup")
    sms.create_affinity_group(group, group, "West US", "my affinity group")
    groups = {g.name: g for g in sms.list_affinity_groups()}
    assert (groups[group].description, groups[group].location) == ("my affinity group", "West US")
    sms.delete_affinity_group(group)
    assert group not in [g.name for g in sms.list_affinity_groups()]

    # operating systems
    systems = sms.list_operating_systems()
    assert systems and all(os_.label and os_.family_label for os_ in systems)
    assert any(os_.is_active for os_ in systems)
    families = sms.list_operating_system_families()
    assert all(f.label and f.operating_systems for f in families)

    # OS images
    image = unique("mycentos")
    result = sms.add_os_image(image, f"{BLOB}/vhds/{image}.vhd", image, "Linux")
    assert sms.get_operation_status(result.request_id).status == "Succeeded"
    images = {i.name: i for i in sms.list_os_images()}
    assert images[image].category == "User" and images[image].os == "Linux"
    assert images[LINUX_IMAGE].category == "Public"
    result = sms.delete_os_image(image)
    assert sms.get_operation_status(result.request_id).status == "Succeeded"
    assert image not in [i.name for i in sms.list_os_images()]

    # Linux VM
    vm = unique("myvm")
    sms.create_hosted_service(service_name=vm, label=vm, location="West US")
    linux_config = LinuxConfigurationSet("myhostname", "myuser", "mypassword", True)
    network = ConfigurationSet()
    network.input_endpoints = [ConfigurationSetInputEndpoint("ssh", "tcp", 22, 22)]
    wait(sms, sms.create_virtual_machine_deployment(
        service_name=vm, deployment_name=vm, deployment_slot="production", label=vm,
        role_name=vm, system_config=linux_config,
        os_virtual_hard_disk=OSVirtualHardDisk(LINUX_IMAGE, f"{BLOB}/vhds/{vm}.vhd"),
        network_config=network, role_size="Small"))
    role = sms.get_role(vm, vm, vm)
    assert role.role_size == "Small" and role.os_virtual_hard_disk.source_image_name == LINUX_IMAGE
    assert role.os_virtual_hard_disk.os == "Linux"
    assert [c.configuration_set_type for c in role.configuration_sets] == ["NetworkConfiguration"]
    inst = sms.get_deployment_by_name(vm, vm).role_instance_list[0]
    assert (inst.role_name, inst.host_name, inst.instance_status) == (vm, "myhostname", "ReadyRole")
    assert inst.instance_endpoints[0].public_port == 22

    # Windows VM
    win = unique("mywinvm")
    sms.create_hosted_service(service_name=win, label=win, location="West US")
    wait(sms, sms.create_virtual_machine_deployment(
        service_name=win, deployment_name=win, deployment_slot="production", label=win,
        role_name=win, system_config=WindowsConfigurationSet("mywinvm", "Pa$$w0rd-2015"),
        os_virtual_hard_disk=OSVirtualHardDisk(WINDOWS_IMAGE, f"{BLOB}/vhds/{win}.vhd"),
        role_size="Medium"))
    assert sms.get_role(win, win, win).os_virtual_hard_disk.os == "Windows"
    with pytest.raises(AzureBadRequestHttpError, match="Linux"):   # OS and config must agree
        sms.create_virtual_machine_deployment(
            service_name=win, deployment_name="other", deployment_slot="production",
            label="x", role_name="x", system_config=linux_config,
            os_virtual_hard_disk=OSVirtualHardDisk(WINDOWS_IMAGE, f"{BLOB}/vhds/x.vhd"))

    # capture a VM image and create a VM from it
    image_name = vm + "image"
    capture = CaptureRoleAsVMImage("Specialized", image_name, image_name + "label",
                                   image_name + "description", "english", "mygroup")
    wait(sms, sms.capture_vm_image(vm, vm, vm, capture))
    captured = {i.name: i for i in sms.list_vm_images()}[image_name]
    assert (captured.label, captured.category, captured.image_family) == (
        image_name + "label", "User", "mygroup")
    assert captured.os_disk_configuration.os_state == "Specialized"
    assert captured.os_disk_configuration.os == "Linux"
    assert captured.role_name == vm and captured.location == "West US"

    vm2 = unique("myvm2")
    sms.create_hosted_service(service_name=vm2, label=vm2, location="West US")
    wait(sms, sms.create_virtual_machine_deployment(
        service_name=vm2, deployment_name=vm2, deployment_slot="production", label=vm2,
        role_name=vm2, system_config=linux_config, os_virtual_hard_disk=None,
        role_size="Small", vm_image_name=image_name))
    assert sms.get_role(vm2, vm2, vm2).vm_image_name == image_name

    # clean up
    for svc in (vm, win, vm2):
        wait(sms, sms.delete_deployment(service_name=svc, deployment_name=svc))
        sms.delete_hosted_service(service_name=svc)
    wait(sms, sms.delete_vm_image(image_name))
    assert image_name not in [i.name for i in sms.list_vm_images()]


def test_vm_role_operations_and_disks(asm_sms):
    sms = asm_sms
    vm = unique("rolevm")
    sms.create_hosted_service(vm, vm, location="West US")
    wait(sms, sms.create_virtual_machine_deployment(
        vm, vm, "production", vm, vm, LinuxConfigurationSet("h", "u", "p", False),
        OSVirtualHardDisk(LINUX_IMAGE, f"{BLOB}/vhds/{vm}.vhd")))
    wait(sms, sms.shutdown_role(vm, vm, vm))
    assert sms.get_deployment_by_name(vm, vm).role_instance_list[0].power_state == "Stopped"
    wait(sms, sms.start_role(vm, vm, vm))
    assert sms.get_deployment_by_name(vm, vm).role_instance_list[0].power_state == "Started"
    disk_name = sms.get_role(vm, vm, vm).os_virtual_hard_disk.disk_name
    disk = sms.get_disk(disk_name)
    assert disk.attached_to.hosted_service_name == vm and disk.os == "Linux"
    with pytest.raises(AzureBadRequestHttpError, match="in use"):
        sms.delete_disk(disk_name)
    wait(sms, sms.delete_deployment(vm, vm))
    assert not sms.get_disk(disk_name).attached_to       # detached, kept
    sms.delete_disk(disk_name)
    sms.delete_hosted_service(vm)


def test_data_disks_of_a_new_vm_are_named_and_registered(asm_sms):
    from generated import DataVirtualHardDisk
    sms = asm_sms
    vm = unique("datavm")
    sms.create_hosted_service(vm, vm, location="West US")
    wait(sms, sms.create_virtual_machine_deployment(
        vm, vm, "production", vm, vm, LinuxConfigurationSet("h", "u", "p", False),
        OSVirtualHardDisk(LINUX_IMAGE, f"{BLOB}/vhds/{vm}.vhd"),
        data_virtual_hard_disks=[
            DataVirtualHardDisk(media_link=f"{BLOB}/vhds/{vm}-d0.vhd", lun=0,
                                logical_disk_size_in_gb=10, disk_label="d0"),
            DataVirtualHardDisk(media_link=f"{BLOB}/vhds/{vm}-d1.vhd", lun=1)]))
    role = sms.get_role(vm, vm, vm)
    d0, d1 = role.data_virtual_hard_disks
    names = {role.os_virtual_hard_disk.disk_name, d0.disk_name, d1.disk_name}
    assert d0.disk_name and d1.disk_name and len(names) == 3
    assert (d0.lun, d0.logical_disk_size_in_gb, d0.host_caching) == (0, 10, "None")
    disk = sms.get_disk(d0.disk_name)
    assert (disk.media_link, disk.label, disk.logical_disk_size_in_gb, disk.has_operating_system
            ) == (f"{BLOB}/vhds/{vm}-d0.vhd", "d0", 10, False)
    assert (disk.attached_to.hosted_service_name, disk.attached_to.role_name) == (vm, vm)
    assert d1.disk_name in [d.name for d in sms.list_disks()]
    assert sms.get_data_disk(vm, vm, vm, 1).disk_name == d1.disk_name
    with pytest.raises(AzureBadRequestHttpError):
        sms.delete_disk(d1.disk_name)                   # attached
    wait(sms, sms.delete_deployment(vm, vm, delete_vhd=True))
    assert not names & {d.name for d in sms.list_disks()}
    sms.delete_hosted_service(vm)

    other = unique("dupvm")                             # two data disks on one LUN
    sms.create_hosted_service(other, other, location="West US")
    with pytest.raises(AzureBadRequestHttpError, match="LUN"):
        sms.create_virtual_machine_deployment(
            other, other, "production", other, other, LinuxConfigurationSet("h", "u", "p", False),
            OSVirtualHardDisk(LINUX_IMAGE, f"{BLOB}/vhds/{other}.vhd"),
            data_virtual_hard_disks=[DataVirtualHardDisk(media_link=f"{BLOB}/vhds/{other}-a.vhd"),
                                     DataVirtualHardDisk(media_link=f"{BLOB}/vhds/{other}-b.vhd")])
    sms.delete_hosted_service(other)


def test_reserved_ip_is_not_in_use_until_associated(asm_emulator, asm_sms):
    name = unique("rip")
    wait(asm_sms, asm_sms.create_reserved_ip_address(name, "label", "West US"))
    assert asm_sms.get_reserved_ip_address(name).in_use is False
    cfg = asm_emulator.config
    status, _, body = raw_request(
        cfg, "GET", f"/{cfg['subscription_id']}/services/networking/reservedips/{name}",
        headers={"x-ms-version": "2014-10-01"})
    assert status == 200 and b"<InUse>false</InUse>" in body
    assert [r.in_use for r in asm_sms.list_reserved_ip_addresses() if r.name == name] == [False]
    wait(asm_sms, asm_sms.delete_reserved_ip_address(name))


def _replication(sms, name, timeout=10.0):
    """Poll the image details until every region finished replicating."""
    deadline = time.monotonic() + timeout
    while True:
        progress = sms.get_os_image_details(name).replication_progress
        if all(p.progress == 100 for p in progress) or time.monotonic() > deadline:
            return [(p.location, p.progress) for p in progress]
        time.sleep(0.05)


def test_image_replication_and_sharing(asm_emulator, asm_sms):
    from generated import OSDiskConfiguration, VMImage
    sms = asm_sms
    name = unique("pubimg")
    wait(sms, sms.add_os_image(name, f"{BLOB}/vhds/{name}.vhd", name, "Linux"))
    assert sms.get_os_image_details(name).replication_progress == []
    with pytest.raises(AzureBadRequestHttpError, match="replicate"):    # not replicated yet
        sms.share_vm_image(name, "public")

    result = sms.replicate_vm_image(name, ["West US", "East Asia"], "offer", "sku", "1.0.0")
    assert result.status_code == 200                    # answered at once, like Azure
    assert wait(sms, result).status == "Succeeded"
    details = sms.get_os_image_details(name)
    assert [p.location for p in details.replication_progress] == ["West US", "East Asia"]
    assert all(p.progress in (0, 100) for p in details.replication_progress)
    assert _replication(sms, name) == [("West US", 100), ("East Asia", 100)]
    assert sms.get_os_image(name).location.split(";") == ["West US", "East Asia"]
    listed = {i.name: i for i in sms.list_os_images()}[name]
    assert "East Asia" in listed.location.split(";")

    # not additive: a new request replaces the regions
    wait(sms, sms.replicate_vm_image(name, ["North Europe"], "offer", "sku", "1.0.1"))
    assert _replication(sms, name) == [("North Europe", 100)]
    assert sms.get_os_image(name).location.split(";") == ["West US", "North Europe"]

    wait(sms, sms.share_vm_image(name, "msdn"))
    from asm_sdk_emulator.virtual_machines import image_sharing
    assert image_sharing(asm_emulator.emulator.app, name) == "msdn"
    with pytest.raises(AzureBadRequestHttpError, match="permission"):
        sms.share_vm_image(name, "everyone")

    wait(sms, sms.unreplicate_vm_image(name))
    assert sms.get_os_image_details(name).replication_progress == []
    assert sms.get_os_image(name).location == "West US"
    assert image_sharing(asm_emulator.emulator.app, name) is None

    with pytest.raises(AzureBadRequestHttpError):       # bad region, missing attributes
        sms.replicate_vm_image(name, ["Atlantis"], "offer", "sku", "1.0")
    with pytest.raises(AzureBadRequestHttpError):       # platform images are not ours
        sms.replicate_vm_image(LINUX_IMAGE, ["West US"], "offer", "sku", "1.0")
    with pytest.raises(AzureMissingResourceHttpError):
        sms.unreplicate_vm_image(unique("nosuchimage"))
    wait(sms, sms.delete_os_image(name))

    # a VM image: the replicated regions show in its listing and its location filter
    vmimg = unique("pubvmimg")
    wait(sms, sms.create_vm_image(VMImage(
        vmimg, vmimg, os_disk_configuration=OSDiskConfiguration(
            host_caching="ReadWrite", os_state="Generalized", os="Linux",
            media_link=f"{BLOB}/vhds/{vmimg}.vhd"), location="West US")))
    assert vmimg not in [i.name for i in sms.list_vm_images(location="Japan West")]
    wait(sms, sms.replicate_vm_image(vmimg, ["Japan West"], "offer", "sku", "1.0.0"))
    deadline = time.monotonic() + 10
    while vmimg not in [i.name for i in sms.list_vm_images(location="Japan West")]:
        assert time.monotonic() < deadline, "replication never completed"
        time.sleep(0.05)
    wait(sms, sms.share_vm_image(vmimg, "private"))
    wait(sms, sms.delete_vm_image(vmimg))
    assert image_sharing(asm_emulator.emulator.app, vmimg) is None


def test_list_subscription_operations(asm_emulator, asm_sms):
    import datetime
    sms = asm_sms
    start = datetime.datetime.now(datetime.timezone.utc) - datetime.timedelta(seconds=2)
    name = unique("oplog")
    sms.create_hosted_service(name, name, location="West US")
    assert sms.update_hosted_service(name, label="relabelled") is None
    failed = sms.create_storage_account("asyncfail" + name[-8:], "d", "l", location="West US")
    with pytest.raises(AzureOperationFailedError):
        wait(sms, failed)
    sms.delete_hosted_service(name)
    end = datetime.datetime.now(datetime.timezone.utc) + datetime.timedelta(seconds=2)
    window = dict(start_time=start.strftime("%Y-%m-%dT%H:%M:%SZ"),
                  end_time=end.strftime("%Y-%m-%dT%H:%M:%SZ"))
    sub = asm_emulator.config["subscription_id"]
    object_id = f"/{sub}/services/hostedservices/{name}"

    page = sms.list_subscription_operations(object_id_filter=object_id, **window)
    ops = page.subscription_operations
    assert [o.operation_name for o in ops] == [
        "CreateHostedService", "UpdateHostedService", "DeleteHostedService"]
    assert {o.operation_object_id for o in ops} == {object_id}
    assert all(o.operation_status.status == "Succeeded" for o in ops)
    assert all(o.operation_caller.used_service_management_api for o in ops)
    assert ops[0].operation_started_time <= ops[0].operation_completed_time
    assert ("serviceName", name) in [(p.name, p.value) for p in ops[1].operation_parameters]
    assert not page.continuation_token

    failures = sms.list_subscription_operations(operation_result_filter="Failed", **window)
    [op] = [o for o in failures.subscription_operations
            if o.operation_name == "CreateStorageAccount"]
    assert op.operation_status.error.code == "InternalError"
    assert op.operation_status.id.replace("-", "") == failed.request_id
    everything = sms.list_subscription_operations(**window).subscription_operations
    assert {o.operation_id for o in ops} | {op.operation_id} <= {o.operation_id for o in everything}
    tomorrow = (end + datetime.timedelta(days=1)).strftime("%Y-%m-%d")
    later = sms.list_subscription_operations(start_time=tomorrow, end_time=tomorrow)
    assert not later.subscription_operations

    # paging: ContinuationToken hands out the next page
    import asm_sdk_emulator.hosted_services as handlers
    old, handlers.OPERATIONS_PAGE = handlers.OPERATIONS_PAGE, 2
    try:
        first = sms.list_subscription_operations(object_id_filter=object_id, **window)
        second = sms.list_subscription_operations(
            object_id_filter=object_id, continuation_token=first.continuation_token, **window)
    finally:
        handlers.OPERATIONS_PAGE = old
    assert [o.operation_name for o in first.subscription_operations + second.subscription_operations
            ] == [o.operation_name for o in ops]
    assert first.continuation_token and not second.continuation_token

    # Name and Value of the parameters are in the data-contract namespace
    cfg = asm_emulator.config
    status, _, body = raw_request(
        cfg, "GET", f"/{sub}/operations?StartTime={window['start_time']}"
        f"&EndTime={window['end_time']}&ObjectIdFilter={object_id}",
        headers={"x-ms-version": "2014-10-01"})
    assert status == 200
    param = ET.fromstring(body).find(f".//{{{NS}}}OperationParameter")
    dc = "http://schemas.datacontract.org/2004/07/Microsoft.WindowsAzure.ServiceManagement"
    assert [c.tag for c in param] == [f"{{{dc}}}Name", f"{{{dc}}}Value"]

    with pytest.raises(AzureBadRequestHttpError, match="StartTime"):
        sms.list_subscription_operations(end_time=window["end_time"])
    with pytest.raises(AzureBadRequestHttpError, match="90 days"):
        sms.list_subscription_operations(start_time="2001-01-01", end_time="2001-01-02")
    with pytest.raises(AzureBadRequestHttpError, match="OperationResultFilter"):
        sms.list_subscription_operations(operation_result_filter="Maybe", **window)


# --- state in SQLite -------------------------------------------------------------------

def test_state_survives_a_restart_with_a_database(tmp_path):
    db = tmp_path / "state.sqlite3"
    with Emulator(state_dir=tmp_path / "s", db_path=db, operation_delay=0) as emu:
        sms = emu.client()
        sms.create_affinity_group("persisted", "persisted", "West US", "kept")
        sms.create_hosted_service("keptsvc", "kept label", "d", affinity_group="persisted")
        result = sms.create_deployment("keptsvc", "staging", "v1", f"{BLOB}/p.cspkg", "v1",
                                       cscfg(2))
        wait(sms, result)
        sms.close()
    with Emulator(state_dir=tmp_path / "s", db_path=db, operation_delay=0) as emu:
        sms = emu.client()
        group = sms.get_affinity_group_properties("persisted")
        assert group.description == "kept"
        assert [s.service_name for s in group.hosted_services] == ["keptsvc"]
        svc = sms.get_hosted_service_properties("keptsvc", True)
        assert svc.hosted_service_properties.label == "kept label"
        assert svc.hosted_service_properties.location == ""      # placed by affinity group
        assert [d.name for d in svc.deployments] == ["v1"]
        assert len(svc.deployments[0].role_instance_list) == 2
        assert sms.get_operation_status(result.request_id).status == "Succeeded"
        sms.close()
    with Emulator(state_dir=tmp_path / "other", operation_delay=0) as emu:   # memory only
        with pytest.raises(AzureMissingResourceHttpError):
            emu.client().get_affinity_group_properties("persisted")


# --- nothing left running --------------------------------------------------------------

def test_stop_leaves_no_thread_connection_or_port(tmp_path):
    before = set(threading.enumerate())
    emu = Emulator(state_dir=tmp_path).start()
    host = emu.host
    sms = emu.client()
    sms.list_locations()                      # a pooled keep-alive connection stays open
    idle = socket.create_connection(tuple(host.rsplit(":", 1)[:1]) + (int(host.rsplit(":")[1]),))
    time.sleep(0.1)
    assert any(t.name.startswith("asm-emulator") for t in threading.enumerate())
    emu.stop()
    idle.close()
    sms.close()
    deadline = time.monotonic() + 5
    while set(threading.enumerate()) - before and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not (set(threading.enumerate()) - before)
    assert port_is_closed(host)
    assert not (tmp_path / "emulator.json").exists()


def test_command_line_endpoint_stops_cleanly_on_sigterm(tmp_path):
    state = tmp_path / "state"
    proc = subprocess.Popen([sys.executable, "-m", "asm_sdk_emulator", "--state-dir", str(state),
                             "--operation-delay", "0"], cwd=ROOT, stdout=subprocess.PIPE,
                            stderr=subprocess.PIPE, text=True)
    try:
        config = state / "emulator.json"
        deadline = time.monotonic() + 30
        while not config.exists() and proc.poll() is None and time.monotonic() < deadline:
            time.sleep(0.05)
        assert config.exists(), proc.stderr.read() if proc.poll() is not None else "no config"
        cfg = json.loads(config.read_text())
        sms = ServiceManagementService(cfg["subscription_id"], cfg["cert_file"],
                                       host=cfg["host"], ca_file=cfg["ca_file"])
        assert "West US" in [loc.name for loc in sms.list_locations()]
        proc.send_signal(signal.SIGTERM)
        out, err = proc.communicate(timeout=15)
        sms.close()
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.communicate()
    assert proc.returncode == 0, err
    assert "asm-emulator stopped" in out
    assert port_is_closed(cfg["host"])
    assert not config.exists()


def test_demo_runs_the_guide_and_leaves_nothing_running():
    env = dict(os.environ, ASM_DEMO_OPERATION_DELAY="0.05")
    proc = subprocess.run([sys.executable, str(ROOT / "examples" / "guide_walkthrough.py")],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=180)
    assert proc.returncode == 0, proc.stdout[-2000:] + proc.stderr[-2000:]
    out = proc.stdout
    for expected in ("Service name: myhostedservice", "Affinity group: ", "Location: West US",
                     "Name: v1", "Slot: Production", "Instance name: WebRole1_IN_0",
                     "Operation status: ", "Name: myAffinityGroup", "OS: Windows Azure Guest OS",
                     "Name: mycentos", "VM image myvmimage", "myvm is ready: ReadyRole",
                     "created 5 cloud services at once (asyncio.gather)",
                     "myasyncservice5: Created",
                     "3 storage accounts created, waited for in one call: Succeeded, "
                     "Succeeded, Succeeded", "endpoint stopped"):
        assert expected in out, expected
    assert "Succeeded" in out and "Traceback" not in proc.stderr
    host = out.split("connected to https://", 1)[1].split()[0]
    assert port_is_closed(host)


def test_pytest_plugin_in_a_users_own_suite(tmp_path):
    (tmp_path / "conftest.py").write_text(
        'pytest_plugins = ["asm_sdk_emulator.pytest_plugin"]\n'
        "import json, socket, threading\n"
        "def pytest_sessionfinish(session):\n"
        "    host = json.load(open('host.json'))\n"
        "    h, p = host.rsplit(':', 1)\n"
        "    try:\n"
        "        socket.create_connection((h, int(p)), timeout=1).close(); port = 'open'\n"
        "    except OSError:\n"
        "        port = 'closed'\n"
        "    names = [t.name for t in threading.enumerate() if t.name.startswith('asm-emulator')]\n"
        "    open('after.json', 'w').write(json.dumps({'port': port, 'threads': names}))\n")
    (tmp_path / "pytest.ini").write_text("[pytest]\nasm_emulator_operation_delay = 0.01\n")
    (tmp_path / "test_user.py").write_text(
        "import json\n"
        "def test_uses_the_endpoint(asm_emulator, asm_sms):\n"
        "    json.dump(asm_emulator.config['host'], open('host.json', 'w'))\n"
        "    asm_sms.create_hosted_service('usersvc', 'usersvc', location='West US')\n"
        "    assert [s.service_name for s in asm_sms.list_hosted_services()] == ['usersvc']\n"
        "    r = asm_sms.create_storage_account('userstor', 'd', 'l', location='West US')\n"
        "    assert asm_sms.wait_for_operation_status(r.request_id, sleep_interval=0.01).status"
        " == 'Succeeded'\n")
    env = dict(os.environ, PYTHONPATH=str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", ""))
    proc = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider",
                           str(tmp_path)], cwd=tmp_path, env=env, capture_output=True,
                          text=True, timeout=120)
    assert proc.returncode == 0, proc.stdout[-3000:] + proc.stderr[-2000:]
    assert "1 passed" in proc.stdout
    after = json.loads((tmp_path / "after.json").read_text())
    assert after == {"port": "closed", "threads": []}


def test_handler_modules_do_not_import_the_pipeline():
    """The area modules (one per spec/operations file) and what they share import neither
    emulator.app nor emulator.server: the pipeline imports them, not the other way round."""
    import ast
    from asm_sdk_emulator.app import HANDLER_MODULES
    spec_files = {p.stem for p in (ROOT / "spec" / "operations").glob("*.toml")}
    assert spec_files <= set(HANDLER_MODULES), spec_files - set(HANDLER_MODULES)
    for name in [*HANDLER_MODULES, "base", "lookups", "states", "data", "store"]:
        tree = ast.parse((ROOT / "emulator" / f"{name}.py").read_text(encoding="utf-8"))
        imported = {node.module for node in tree.body
                    if isinstance(node, ast.ImportFrom) and node.level == 1}
        assert not imported & {"app", "server"}, (name, imported)
