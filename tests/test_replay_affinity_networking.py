"""Replay of the real affinity group and networking recordings.

test_legacy_mgmt_affinitygroup.* (all but list_locations) and the reserved IP and DNS server
recordings of test_legacy_mgmt_misc.*. Each test repeats the calls of one recording in
order, with the argument values the recording shows (setup calls included), and checks
what the SDK parsed from Azure's answers.
"""

from __future__ import annotations

import base64
import re
from datetime import datetime, timezone

import pytest

from generated import (AzureMissingResourceHttpError, CertificateSetting, ConfigurationSet,
                       ConfigurationSetInputEndpoint, Listener, OSVirtualHardDisk,
                       WindowsConfigurationSet, WinRM)
from tests.replay import load_interactions, replay, request_body

pytestmark = pytest.mark.usefixtures("no_sleep")

AFFINITY = "test_legacy_mgmt_affinitygroup.{}"
MISC = "test_legacy_mgmt_misc.{}"
SUB_URL = "https://management.core.windows.net/00000000-0000-0000-0000-000000000000"
AG_LABEL = "tstmgmtaffgrp"
AG_DESCRIPTION = "tstmgmt affinity group"
VM_CAPABILITIES = ["PersistentVMRole", "HighMemory"]


def utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=timezone.utc)


def wait(sms, result) -> None:
    """Poll an asynchronous operation until Succeeded, as the recordings did."""
    operation = sms.wait_for_operation_status(result.request_id, timeout=600, sleep_interval=5)
    assert operation.status == "Succeeded"
    assert operation.http_status_code == 200


# --- affinity groups -------------------------------------------------------------------

def create_affinity_group(sms, name: str, request_id: str) -> None:
    result = sms.create_affinity_group(name, AG_LABEL, "West US", AG_DESCRIPTION)
    assert result is None  # synchronous, as with the predecessor
    assert sms.last_request_id == request_id


def test_create_affinity_group(sms):
    name = "utaffgrpaa4e1795"
    with replay(AFFINITY.format("test_create_affinity_group")):
        create_affinity_group(sms, name, "9c762d54bb95b7efa795515e633d7266")
        group = sms.get_affinity_group_properties(name)

    assert group.name == name
    assert group.label == AG_LABEL
    assert group.description == AG_DESCRIPTION
    assert group.location == "West US"
    assert group.hosted_services == []
    assert group.storage_services == []
    assert group.capabilities == VM_CAPABILITIES
    assert group.created_time == utc(2015, 6, 30, 23, 59, 0)


def test_delete_affinity_group(sms):
    name = "utaffgrpaa2c1794"
    with replay(AFFINITY.format("test_delete_affinity_group")):
        create_affinity_group(sms, name, "25e362c01927b83cb07f5ecf92a1d135")
        result = sms.delete_affinity_group(name)
        assert result is None
        assert sms.last_request_id == "db37e6cc7e27b31885ce9c628857c148"
        with pytest.raises(AzureMissingResourceHttpError) as raised:
            sms.get_affinity_group_properties(name)

    err = raised.value
    assert err.status == 404
    assert err.code == "ResourceNotFound"
    assert err.message == "The affinity group does not exist."
    assert err.request_id == "54180192c13db0ed8b198173da9b4995"


def test_get_affinity_group_properties(sms):
    suffix = "77aa1b0d"
    name = "utaffgrp" + suffix
    service = "utsvc" + suffix
    account = "utstorage" + suffix
    with replay(AFFINITY.format("test_get_affinity_group_properties")):
        create_affinity_group(sms, name, "eb62201d28b7b0adb332fc373d75674f")
        # The recording places a cloud service and a storage account in the group and
        # reads the group at once, without waiting for either.
        created = sms.create_hosted_service(service, "affgrptestlabel", "affgrptestdesc",
                                            None, name)
        assert created.status_code == 201
        started = sms.create_storage_account(account, account + "desc", account + "label", name)
        assert started.status_code == 202
        assert started.request_id == "9cffb357881fb113bc1643a4939799c2"
        group = sms.get_affinity_group_properties(name)

    assert group.name == name
    assert group.label == AG_LABEL
    assert group.description == AG_DESCRIPTION
    assert group.location == "West US"
    assert group.capabilities == VM_CAPABILITIES
    assert group.created_time == utc(2015, 6, 30, 23, 58, 19)
    assert group.storage_services == []
    assert len(group.hosted_services) == 1
    hosted = group.hosted_services[0]
    assert hosted.url == f"{SUB_URL}/services/hostedservices/{service}"
    assert hosted.service_name == service
    props = hosted.hosted_service_properties
    assert props.description == "affgrptestdesc"
    assert props.affinity_group == name
    assert props.location == ""
    assert props.label == "affgrptestlabel"
    assert props.status == "Created"
    assert props.date_created == utc(2015, 6, 30, 23, 58, 19)
    assert props.date_last_modified == utc(2015, 6, 30, 23, 58, 23)
    assert props.extended_properties == {}


def test_list_affinity_groups(sms):
    name = "utaffgrp94d31750"
    with replay(AFFINITY.format("test_list_affinity_groups")):
        create_affinity_group(sms, name, "c511f14bf869ba01914037a2d2bcbc31")
        groups = sms.list_affinity_groups()

    assert isinstance(groups, list)
    assert [g.name for g in groups] == [
        "09da2f93-0f94-421d-bb65-a3a49034649b", "affinityGroupName", "utaffgrp13140804876592",
        "utaffgrp15141834668142", "utaffgrp38142567243366", "utaffgrp4714062215431",
        "utaffgrp49142439468805", "utaffgrp51142612963154", "utaffgrp67143466285712",
        "utaffgrp69142445188786", "utaffgrp77aa1b0d", "utaffgrp94d31750", "utaffgrpdonotdelete"]

    first = groups[0]
    assert first.label == "Test"
    assert first.description == ""
    assert first.location == "West US"
    assert first.created_time == utc(2012, 5, 23, 17, 6, 54)
    assert first.compute_capabilities.web_worker_role_sizes[:3] == ["A5", "A6", "A7"]
    assert "Basic_A0" in first.compute_capabilities.virtual_machines_role_sizes

    ours = groups[11]
    assert ours.name == name
    assert ours.label == AG_LABEL
    assert ours.description == AG_DESCRIPTION
    assert ours.location == "West US"
    assert ours.capabilities == VM_CAPABILITIES
    assert ours.created_time == utc(2015, 6, 30, 23, 58, 41)
    sizes = ours.compute_capabilities
    assert len(sizes.web_worker_role_sizes) == 20
    assert sizes.web_worker_role_sizes[0] == "A10"
    assert sizes.web_worker_role_sizes[-1] == "Standard_D4"
    assert len(sizes.virtual_machines_role_sizes) == 38
    assert sizes.virtual_machines_role_sizes[-1] == "Standard_G5"
    # The list answer does not carry the member services.
    assert ours.hosted_services == []

    assert groups[-1].description == (
        "Manually created affinity group used by unit tests - DO NOT DELETE")


def test_update_affinity_group(sms):
    name = "utaffgrpab8d17a4"
    with replay(AFFINITY.format("test_update_affinity_group")):
        create_affinity_group(sms, name, "083cb0ccd028b0f6882683e54ba1f5e8")
        result = sms.update_affinity_group(name, "tstlabelupdate",
                                           "testmgmt affinity group update")
        assert result is None
        assert sms.last_request_id == "2da95509da39b32abd755e098bf6353d"
        group = sms.get_affinity_group_properties(name)

    assert group.name == name
    assert group.label == "tstlabelupdate"
    assert group.description == "testmgmt affinity group update"
    assert group.location == "West US"
    assert group.created_time == utc(2015, 6, 30, 23, 58, 48)


# --- reserved IP addresses -------------------------------------------------------------

def create_reserved_ip(sms, name: str) -> None:
    result = sms.create_reserved_ip_address(name, "mylabel", "West US")
    assert result.status_code == 202
    wait(sms, result)


def assert_reserved_ip(ip, name: str, address: str, ip_id: str) -> None:
    assert ip.name == name
    assert ip.address == address
    assert ip.id == ip_id
    assert ip.label == "mylabel"  # plain text on the wire, not base64
    assert ip.state == "Created"
    assert ip.location == "West US"
    assert ip.in_use is False  # absent: the predecessor's False
    assert ip.service_name == ""
    assert ip.deployment_name == ""


def test_create_reserved_ip_address(sms):
    name = "ip49ef15b1"
    with replay(MISC.format("test_create_reserved_ip_address")):
        result = sms.create_reserved_ip_address(name, "mylabel", "West US")
        assert result.status_code == 202
        assert result.request_id == "b180bca7a90fbe6b8126dfd024a8e7b9"
        wait(sms, result)
        ip = sms.get_reserved_ip_address(name)

    assert_reserved_ip(ip, name, "23.99.56.121", "b2162824-a159-406a-9f3b-fb22085be63f")


def test_delete_reserved_ip_address(sms):
    name = "ip49c815b0"
    with replay(MISC.format("test_delete_reserved_ip_address")):
        create_reserved_ip(sms, name)
        result = sms.delete_reserved_ip_address(name)
        assert result.status_code == 202
        assert result.request_id == "fb727ccdb305b650866e5e4bf88bb3b8"
        wait(sms, result)


def test_get_reserved_ip_address(sms):
    name = "ipabf147d"
    with replay(MISC.format("test_get_reserved_ip_address")):
        create_reserved_ip(sms, name)
        ip = sms.get_reserved_ip_address(name)

    assert_reserved_ip(ip, name, "23.99.28.182", "5f71d255-1d5c-46d5-a43e-47004ec7c4b0")


def test_list_reserved_ip_addresses(sms):
    name = "ip4c7115d1"
    with replay(MISC.format("test_list_reserved_ip_addresses")):
        create_reserved_ip(sms, name)
        ips = sms.list_reserved_ip_addresses()

    assert isinstance(ips, list)
    assert [ip.name for ip in ips] == [name, "ip52142307398476", "ip69142307628147"]
    assert_reserved_ip(ips[0], name, "23.99.29.23", "0cc50369-3d92-415b-bca8-3d7bd7449430")
    assert_reserved_ip(ips[1], "ip52142307398476", "104.45.235.238",
                       "e050eabc-e364-4071-89f0-01ea9d0c9c5e")
    assert_reserved_ip(ips[2], "ip69142307628147", "104.40.76.103",
                       "ad8835df-1710-4d40-9ab8-f395367150d7")


# The cloud service package deployment both association recordings set up.
SERVICE_CONFIGURATION = """\
<ServiceConfiguration serviceName="WindowsAzure1" \
xmlns="http://schemas.microsoft.com/ServiceHosting/2008/10/ServiceConfiguration" \
osFamily="2" osVersion="*" schemaVersion="2012-05.1.7">
  <Role name="WorkerRole1">
    <Instances count="2" />
    <ConfigurationSettings>
      <Setting name="Microsoft.WindowsAzure.Plugins.Diagnostics.ConnectionString" \
value="UseDevelopmentStorage=true" />
    </ConfigurationSettings>
  </Role>
</ServiceConfiguration>"""
DEPLOYMENT = "utdeployment"


def create_service(sms, service: str) -> None:
    """A West US cloud service as the recordings create it (201, then one poll)."""
    result = sms.create_hosted_service(service, service + "label", service + "description",
                                       "West US", None, {"ext1": "val1", "ext2": "42"})
    assert result.status_code == 201
    wait(sms, result)


def create_package_deployment(sms, service: str, suffix: str):
    """Deploy the uploaded package to production, stopped; returns the operation."""
    result = sms.create_deployment(
        service, "Production", DEPLOYMENT,
        f"http://storagename.blob.core.windows.net/utctnr{suffix}/utdeploymentBlob",
        "utdeploymentlabel",
        base64.b64encode(SERVICE_CONFIGURATION.encode("utf-8")).decode("ascii"),
        False, False, {"dep2": "val2", "dep1": "val1"})
    assert result.status_code == 202
    return result


def get_deployment(sms, service: str):
    hosted = sms.get_hosted_service_properties(service, True)
    assert hosted.service_name == service
    assert hosted.hosted_service_properties.label == service + "label"
    assert hosted.hosted_service_properties.extended_properties == {
        "ext1": "val1", "ext2": "42", "ResourceGroup": service, "ResourceLocation": "West US"}
    assert len(hosted.deployments) == 1
    deployment = hosted.deployments[0]
    assert deployment.name == DEPLOYMENT
    assert deployment.deployment_slot == "Production"
    assert deployment.status == "Running"
    assert deployment.label == "utdeploymentlabel"
    assert deployment.url == f"http://{service}.cloudapp.net/"
    assert deployment.extended_properties == {"dep2": "val2", "dep1": "val1"}
    assert [i.instance_name for i in deployment.role_instance_list] == [
        "WorkerRole1_IN_0", "WorkerRole1_IN_1"]
    assert deployment.role_instance_list[0].instance_status == "StartingVM"
    assert deployment.role_instance_list[1].instance_upgrade_domain == 1
    assert deployment.upgrade_domain_count == 2
    assert deployment.sdk_version == "1.7.30602.1703"
    assert deployment.locked is False
    return deployment


def test_associate_reserved_ip_address(sms):
    suffix = "8ec516f9"
    service, ip_name = "utsvc" + suffix, "ip" + suffix
    with replay(MISC.format("test_associate_reserved_ip_address")):
        create_service(sms, service)
        wait(sms, create_package_deployment(sms, service, suffix))
        # The recording starts the deployment, reserves the address meanwhile, and only
        # then waits for the start.
        started = sms.update_deployment_status(service, DEPLOYMENT, "Running")
        create_reserved_ip(sms, ip_name)
        wait(sms, started)
        result = sms.associate_reserved_ip_address(ip_name, service, DEPLOYMENT)
        assert result.status_code == 202
        assert result.request_id == "51811fdd0f55ae01ae9b09b096215e7b"
        wait(sms, result)
        deployment = get_deployment(sms, service)

    assert deployment.reserved_ip_name == ip_name
    assert len(deployment.virtual_ips) == 1
    vip = deployment.virtual_ips[0]
    assert vip.address == "104.45.226.115"
    assert vip.is_dns_programmed is True
    assert vip.name == "__PseudoBackEndContractVip"
    assert vip.is_reserved is True
    assert vip.reserved_ip_name == ip_name
    assert deployment.created_time == utc(2016, 7, 29, 20, 24, 15)
    assert deployment.persistent_vm_downtime_info.status == "PersistentVMUpdateScheduled"


def test_disassociate_reserved_ip_address(sms):
    suffix = "d6791839"
    service, ip_name = "utsvc" + suffix, "ip" + suffix
    with replay(MISC.format("test_disassociate_reserved_ip_address")):
        create_service(sms, service)
        wait(sms, create_package_deployment(sms, service, suffix))
        create_reserved_ip(sms, ip_name)
        wait(sms, sms.update_deployment_status(service, DEPLOYMENT, "Running"))
        wait(sms, sms.associate_reserved_ip_address(ip_name, service, DEPLOYMENT))
        result = sms.disassociate_reserved_ip_address(ip_name, service, DEPLOYMENT)
        assert result.status_code == 202
        assert result.request_id == "4d47712f1d73070a8e3ea51e2d44c3fc"
        wait(sms, result)
        deployment = get_deployment(sms, service)

    assert deployment.reserved_ip_name == ""
    assert len(deployment.virtual_ips) == 1
    vip = deployment.virtual_ips[0]
    assert vip.address == "40.112.151.121"
    assert vip.name == "__PseudoBackEndContractVip"
    assert vip.is_reserved is False  # absent: the predecessor's False
    assert vip.reserved_ip_name == ""


# --- DNS servers -----------------------------------------------------------------------

WINDOWS_IMAGE = ("a699494373c04fc0bc8f2bb1389d6106__Windows-Server-Technical-Preview-"
                 "201505.01-en.us-127GB.vhd")
CERT_THUMBPRINT = "BEA4B74BD6B915E9DD6A01FB1B8C3C1740F517F2"


def recorded_pfx(cassette: str) -> str:
    """The base64 .pfx the recording uploaded as a service certificate (its key material
    is not reproduced here)."""
    for interaction in load_interactions(cassette):
        if interaction["request"]["uri"].endswith("/certificates"):
            return re.search(rb"<Data>([^<]+)</Data>", request_body(interaction)).group(1).decode()
    raise AssertionError("no certificate upload in " + cassette)


def create_windows_vm_deployment(sms, service: str):
    """The Windows VM deployment of the recording: WinRM over HTTPS with the service
    certificate, one TCP endpoint, OS disk from WINDOWS_IMAGE."""
    system = WindowsConfigurationSet("hn" + service, "u7;9jbp!", False, False,
                                     "Pacific Standard Time", "azureuser")
    system.stored_certificate_settings = [CertificateSetting(CERT_THUMBPRINT, "My",
                                                             "LocalMachine")]
    system.win_rm = WinRM(listeners=[Listener("Https", CERT_THUMBPRINT)])
    network = ConfigurationSet()
    network.input_endpoints.append(ConfigurationSetInputEndpoint("utendpoint", "tcp", 59913,
                                                                 3394))
    suffix = service[len("utsvc"):]
    os_disk = OSVirtualHardDisk(
        WINDOWS_IMAGE, f"http://storagename.blob.core.windows.net/utctnr{suffix}/{service}.vhd",
        disk_label=service + ".vhd")
    result = sms.create_virtual_machine_deployment(
        service, service, "production", service + "label", service, system, os_disk,
        network_config=network, role_size="Small")
    assert result.status_code == 202
    return result


def wait_for_role_ready(sms, service: str, deployment_name: str, role_instance: str) -> int:
    """Read the deployment until the instance is ReadyRole, as the recording does;
    returns the number of reads."""
    reads = 0
    while True:
        deployment = sms.get_deployment_by_name(service, deployment_name)
        reads += 1
        instance = next(i for i in deployment.role_instance_list
                        if i.instance_name == role_instance)
        if instance.instance_status == "ReadyRole":
            return reads


def test_add_update_delete_dns_server(sms):
    cassette = MISC.format("test_add_update_delete_dns_server")
    service = "utsvc74091678"
    with replay(cassette):
        create_service(sms, service)
        wait(sms, sms.add_service_certificate(service, recorded_pfx(cassette), "pfx", "Python"))
        images = {image.name: image for image in sms.list_os_images()}
        assert images[WINDOWS_IMAGE].os == "Windows"
        wait(sms, create_windows_vm_deployment(sms, service))
        assert wait_for_role_ready(sms, service, service, service) == 70
        deployment = sms.get_deployment_by_name(service, service)

        added = sms.add_dns_server(service, service, "mydnsserver", "192.168.144.1")
        assert added.status_code == 202
        assert added.request_id == "5f05e4e530f3bdf9aa8dfb3333bd35a5"
        wait(sms, added)
        updated = sms.update_dns_server(service, service, "mydnsserver", "192.168.144.2")
        assert updated.request_id == "3398493ac061bd4882c23ea61ea5dc06"
        wait(sms, updated)
        deleted = sms.delete_dns_server(service, service, "mydnsserver")
        assert deleted.request_id == "5bdef76c4fe0b039b9714a1cb6416871"
        wait(sms, deleted)

    assert deployment.name == service
    assert deployment.status == "Running"
    assert deployment.label == service + "label"
    assert deployment.dns is None
    assert deployment.internal_dns_suffix == "utsvc74091678.d3.internal.cloudapp.net"
    instance = deployment.role_instance_list[0]
    assert instance.instance_status == "ReadyRole"
    assert instance.power_state == "Started"
    assert instance.host_name == "hnutsvc74091678"
    assert instance.ip_address == "100.115.96.27"
    endpoint = instance.instance_endpoints[0]
    assert (endpoint.name, endpoint.vip, endpoint.public_port, endpoint.local_port,
            endpoint.protocol) == ("utendpoint", "23.99.8.86", 59913, 3394, "tcp")
    role = deployment.role_list[0]
    assert role.role_name == service
    assert role.role_size == "Small"
    assert role.os_virtual_hard_disk.source_image_name == WINDOWS_IMAGE
    assert role.os_virtual_hard_disk.os == "Windows"
    assert deployment.virtual_ips[0].address == "23.99.8.86"
    assert deployment.last_modified_time == utc(2015, 7, 2, 18, 31, 44)
