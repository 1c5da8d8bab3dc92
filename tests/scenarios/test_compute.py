"""Scenarios: OS images, VM images, virtual machines (roles, power, disks, data disks,
capture), reserved IP addresses, DNS servers of a deployment.  One cassette each:
cassettes/<scenario>.yaml."""

from __future__ import annotations

import ipaddress

import pytest

from generated import (AzureBadRequestHttpError, AzureConflictHttpError,
                       AzureMissingResourceHttpError, ConfigurationSet,
                       ConfigurationSetInputEndpoint, DataVirtualHardDisk, LinuxConfigurationSet,
                       OSDiskConfiguration, OSImage, OSVirtualHardDisk, VMImage,
                       WindowsConfigurationSet)
from tests.scenarios.data import (BLOB, LINUX_IMAGE, LINUX_PASSWORD, PACKAGE_URL, PREFIX,
                                  WINDOWS_IMAGE, WINDOWS_PASSWORD, cscfg)


def _endpoint(name: str, port: int) -> ConfigurationSet:
    network = ConfigurationSet()
    network.input_endpoints = [ConfigurationSetInputEndpoint(name, "tcp", port, port)]
    return network


def test_os_images(scenario):
    sms, wait = scenario.sms, scenario.wait
    name = f"{PREFIX}-osimage"
    media = f"{BLOB}/vhds/{PREFIX}-osimage.vhd"

    platform = {i.name: i for i in sms.list_os_images()}[LINUX_IMAGE]
    assert (platform.category, platform.os, platform.label, platform.publisher_name) == (
        "Public", "Linux", "OpenLogic CentOS 6.2", "OpenLogic")
    assert "West US" in platform.location.split(";")
    got = sms.get_os_image(WINDOWS_IMAGE)
    assert (got.os, got.category, got.logical_size_in_gb) == ("Windows", "Public", 128)
    details = sms.get_os_image_details(LINUX_IMAGE)
    assert (details.name, details.os, details.image_family) == (
        LINUX_IMAGE, "Linux", "OpenLogic 6.2")
    assert details.replication_progress == []
    with pytest.raises(AzureMissingResourceHttpError) as missing:
        sms.get_os_image(f"{PREFIX}-no-such-image")
    assert missing.value.message == "The image with the specified name does not exist."

    wait(sms.add_os_image("os image", media, name, "Linux"))
    got = sms.get_os_image(name)
    assert (got.name, got.label, got.media_link, got.os, got.category) == (
        name, "os image", media, "Linux", "User")

    wait(sms.update_os_image(name, "os image v2", media, name, "Linux"))
    assert sms.get_os_image(name).label == "os image v2"
    wait(sms.update_os_image_from_image_reference(name, OSImage(
        label="os image v3", description="described by the scenarios",
        eula="https://example.com/eula", image_family="scenario images", show_in_gui=False,
        recommended_vm_size="Medium", language="English")))
    details = sms.get_os_image_details(name)
    assert (details.label, details.description, details.eula, details.image_family,
            details.show_in_gui, details.recommended_vm_size, details.language) == (
        "os image v3", "described by the scenarios", "https://example.com/eula",
        "scenario images", False, "Medium", "English")
    assert (details.media_link, details.os) == (media, "Linux")
    with pytest.raises(AzureBadRequestHttpError):       # platform images are read-only
        sms.update_os_image(LINUX_IMAGE, "mine now", media, LINUX_IMAGE, "Linux")

    # publishing: replicate to regions, share, unreplicate (image publishers only)
    with pytest.raises(AzureBadRequestHttpError):       # sharing needs a replicated image
        sms.share_vm_image(name, "private")
    result = sms.replicate_vm_image(name, ["West US", "West Europe"], name, name, "1.2.3")
    assert result.status_code == 200                    # Azure answers at once
    wait(result)
    progress = sms.get_os_image_details(name).replication_progress
    assert [p.location for p in progress] == ["West US", "West Europe"]
    while not all(p.progress == 100 for p in progress):
        scenario.pause()
        progress = sms.get_os_image_details(name).replication_progress
    assert "West Europe" in sms.get_os_image(name).location.split(";")
    wait(sms.share_vm_image(name, "private"))
    wait(sms.unreplicate_vm_image(name))
    assert sms.get_os_image_details(name).replication_progress == []
    assert sms.get_os_image(name).location == "West US"

    wait(sms.delete_os_image(name, delete_vhd=True))
    assert name not in [i.name for i in sms.list_os_images()]


def test_vm_images(scenario):
    sms, wait = scenario.sms, scenario.wait
    name = f"{PREFIX}-vmimage"
    service = f"{PREFIX}-fromvmimage"
    os_media = f"{BLOB}/vhds/{PREFIX}-vmimage-os.vhd"

    wait(sms.create_vm_image(VMImage(
        name, "vm image", "a generalized Linux image",
        os_disk_configuration=OSDiskConfiguration(host_caching="ReadWrite",
                                                  os_state="Generalized", os="Linux",
                                                  media_link=os_media),
        language="English", image_family="scenario images", recommended_vm_size="Small",
        show_in_gui=False)))
    image = {i.name: i for i in sms.list_vm_images()}[name]
    assert (image.label, image.description, image.category, image.image_family,
            image.recommended_vm_size) == ("vm image", "a generalized Linux image", "User",
                                           "scenario images", "Small")
    assert (image.os_disk_configuration.os, image.os_disk_configuration.os_state,
            image.os_disk_configuration.media_link) == ("Linux", "Generalized", os_media)
    assert name in [i.name for i in sms.list_vm_images(category="User")]
    assert name not in [i.name for i in sms.list_vm_images(publisher="NoSuchPublisher")]
    assert name not in [i.name for i in sms.list_vm_images(location="Japan West")]

    # replicated to Japan West, the image is listed there once the copy is done
    wait(sms.replicate_vm_image(name, ["Japan West"], name, name, "1.0.0"))
    while name not in [i.name for i in sms.list_vm_images(location="Japan West")]:
        scenario.pause()
    wait(sms.share_vm_image(name, "msdn"))
    wait(sms.unreplicate_vm_image(name))
    assert name not in [i.name for i in sms.list_vm_images(location="Japan West")]

    wait(sms.update_vm_image(name, VMImage(label="vm image v2", description="updated",
                                           recommended_vm_size="Medium")))
    image = {i.name: i for i in sms.list_vm_images()}[name]
    assert (image.label, image.description, image.recommended_vm_size) == (
        "vm image v2", "updated", "Medium")

    # a VM from the (generalized) image: it needs a provisioning configuration
    sms.create_hosted_service(service, "from a VM image", location="West US")
    wait(sms.create_virtual_machine_deployment(
        service, service, "production", service, "imagevm",
        system_config=LinuxConfigurationSet("imagevm", "azureuser", LINUX_PASSWORD, False),
        role_size="Small", vm_image_name=name))
    role = sms.get_role(service, service, "imagevm")
    assert role.vm_image_name == name and role.os_virtual_hard_disk.os == "Linux"
    assert role.os_virtual_hard_disk.media_link.startswith(f"{BLOB}/vhds/")
    wait(sms.delete_deployment(service, service, delete_vhd=True))
    sms.delete_hosted_service(service)

    wait(sms.delete_vm_image(name, delete_vhd=True))
    assert name not in [i.name for i in sms.list_vm_images()]


def test_virtual_machines(scenario):
    sms, wait = scenario.sms, scenario.wait
    service, dep, linux, windows = f"{PREFIX}-vms", "vms", "linuxvm", "winvm"
    spare = f"{PREFIX}-spare"

    sms.create_hosted_service(service, "virtual machines", location="West US")
    result = sms.create_virtual_machine_deployment(
        service, dep, "production", "virtual machines", linux,
        system_config=LinuxConfigurationSet(linux, "azureuser", LINUX_PASSWORD, False),
        os_virtual_hard_disk=OSVirtualHardDisk(LINUX_IMAGE, f"{BLOB}/vhds/{PREFIX}-linux-os.vhd"),
        network_config=_endpoint("ssh", 22), availability_set_name="scenario-set",
        data_virtual_hard_disks=[DataVirtualHardDisk(
            media_link=f"{BLOB}/vhds/{PREFIX}-linux-data0.vhd", disk_label="data0", lun=0,
            logical_disk_size_in_gb=10)],
        role_size="Small", provision_guest_agent=True)
    assert result.status_code == 202
    wait(result)

    deployment = sms.get_deployment_by_name(service, dep)
    assert (deployment.name, deployment.deployment_slot, deployment.status) == (
        dep, "Production", "Running")
    [instance] = deployment.role_instance_list
    assert (instance.role_name, instance.host_name, instance.instance_status,
            instance.power_state) == (linux, linux, "ReadyRole", "Started")
    [ssh] = instance.instance_endpoints
    assert (ssh.name, ssh.public_port, ssh.local_port, ssh.protocol) == ("ssh", 22, 22, "tcp")
    ipaddress.ip_address(ssh.vip)

    role = sms.get_role(service, dep, linux)
    assert (role.role_name, role.role_type, role.role_size, role.availability_set_name) == (
        linux, "PersistentVMRole", "Small", "scenario-set")
    assert role.provision_guest_agent is True
    assert [c.configuration_set_type for c in role.configuration_sets] == ["NetworkConfiguration"]
    [data0] = role.data_virtual_hard_disks
    assert (data0.lun, data0.disk_label, data0.logical_disk_size_in_gb) == (0, "data0", 10)
    assert data0.disk_name                              # named and registered as a disk
    data0_disk = sms.get_disk(data0.disk_name)
    assert (data0_disk.media_link, data0_disk.has_operating_system,
            data0_disk.attached_to.role_name) == (f"{BLOB}/vhds/{PREFIX}-linux-data0.vhd",
                                                  False, linux)
    os_disk = role.os_virtual_hard_disk
    assert (os_disk.os, os_disk.source_image_name, os_disk.media_link) == (
        "Linux", LINUX_IMAGE, f"{BLOB}/vhds/{PREFIX}-linux-os.vhd")

    disk = {d.name: d for d in sms.list_disks()}[os_disk.disk_name]
    assert (disk.attached_to.hosted_service_name, disk.attached_to.deployment_name,
            disk.attached_to.role_name) == (service, dep, linux)
    disk = sms.get_disk(os_disk.disk_name)
    assert (disk.os, disk.has_operating_system, disk.source_image_name) == (
        "Linux", True, LINUX_IMAGE)
    with pytest.raises(AzureBadRequestHttpError):        # attached: cannot be deleted
        sms.delete_disk(os_disk.disk_name)

    # a second role, Windows
    wait(sms.add_role(
        service, dep, windows,
        system_config=WindowsConfigurationSet(windows, WINDOWS_PASSWORD, admin_username="azureuser"),
        os_virtual_hard_disk=OSVirtualHardDisk(WINDOWS_IMAGE, f"{BLOB}/vhds/{PREFIX}-win-os.vhd"),
        network_config=_endpoint("rdp", 3389), role_size="Medium"))
    deployment = sms.get_deployment_by_name(service, dep)
    assert [r.role_name for r in deployment.role_list] == [linux, windows]
    role = sms.get_role(service, dep, windows)
    assert (role.role_size, role.os_virtual_hard_disk.os) == ("Medium", "Windows")

    wait(sms.update_role(service, dep, windows, network_config=_endpoint("rdp", 3390),
                         role_size="Large"))
    role = sms.get_role(service, dep, windows)
    assert role.role_size == "Large"
    assert role.configuration_sets[0].input_endpoints[0].port == 3390
    sizes = {i.role_name: i.instance_size
             for i in sms.get_deployment_by_name(service, dep).role_instance_list}
    assert sizes == {linux: "Small", windows: "Large"}

    # power
    def power() -> dict:
        return {i.role_name: (i.instance_status, i.power_state)
                for i in sms.get_deployment_by_name(service, dep).role_instance_list}

    wait(sms.shutdown_role(service, dep, linux))
    assert power() == {linux: ("StoppedVM", "Stopped"), windows: ("ReadyRole", "Started")}
    wait(sms.start_role(service, dep, linux))
    assert power()[linux] == ("ReadyRole", "Started")
    wait(sms.restart_role(service, dep, linux))
    assert power()[linux] == ("ReadyRole", "Started")
    wait(sms.shutdown_roles(service, dep, [linux, windows], "StoppedDeallocated"))
    assert power() == {linux: ("StoppedDeallocated", "Stopped"),
                       windows: ("StoppedDeallocated", "Stopped")}
    wait(sms.start_roles(service, dep, [linux, windows]))
    assert set(power().values()) == {("ReadyRole", "Started")}

    # data disks
    data1_media = f"{BLOB}/vhds/{PREFIX}-linux-data1.vhd"
    wait(sms.add_data_disk(service, dep, linux, 1, host_caching="ReadOnly",
                           media_link=data1_media, disk_label="data1",
                           logical_disk_size_in_gb=20))
    data1 = sms.get_data_disk(service, dep, linux, 1)
    assert (data1.lun, data1.host_caching, data1.disk_label, data1.logical_disk_size_in_gb,
            data1.media_link) == (1, "ReadOnly", "data1", 20, data1_media)
    assert data1.disk_name
    assert sms.get_disk(data1.disk_name).attached_to.role_name == linux
    wait(sms.update_data_disk(service, dep, linux, 1, host_caching="None",
                              media_link=data1_media, disk_label="data1 renamed"))
    data1_after = sms.get_data_disk(service, dep, linux, 1)
    assert (data1_after.host_caching, data1_after.disk_label) == ("None", "data1 renamed")
    assert [d.lun for d in sms.get_role(service, dep, linux).data_virtual_hard_disks] == [0, 1]
    wait(sms.delete_data_disk(service, dep, linux, 1, delete_vhd=True))
    with pytest.raises(AzureMissingResourceHttpError):
        sms.get_data_disk(service, dep, linux, 1)
    with pytest.raises(AzureMissingResourceHttpError):
        sms.get_disk(data1.disk_name)

    # a disk registered from a VHD of its own
    spare_media = f"{BLOB}/vhds/{spare}.vhd"
    sms.add_disk(False, "spare disk", spare_media, spare)
    disk = sms.get_disk(spare)
    assert (disk.name, disk.label, disk.media_link, disk.has_operating_system) == (
        spare, "spare disk", spare_media, False)
    assert not disk.attached_to  # absent: an empty AttachedTo, false while empty
    sms.update_disk(spare, False, "spare disk v2", spare_media, spare)
    assert sms.get_disk(spare).label == "spare disk v2"
    sms.delete_disk(spare)
    assert spare not in [d.name for d in sms.list_disks()]

    # remove the Windows role with its disks, then capture the Linux one as an OS image
    wait(sms.delete_role(service, dep, windows, complete=True))
    assert [r.role_name for r in sms.get_deployment_by_name(service, dep).role_list] == [linux]
    with pytest.raises(AzureMissingResourceHttpError):
        sms.get_role(service, dep, windows)
    captured = f"{PREFIX}-captured"
    wait(sms.capture_role(service, dep, linux, "Delete", captured, "captured image"))
    image = sms.get_os_image(captured)
    assert (image.label, image.os, image.category, image.media_link) == (
        "captured image", "Linux", "User", os_disk.media_link)
    with pytest.raises(AzureMissingResourceHttpError):   # "Delete": the VM is gone
        sms.get_deployment_by_name(service, dep)

    wait(sms.delete_hosted_service(service, complete=True))
    wait(sms.delete_os_image(captured))
    assert not [d for d in sms.list_disks()
                if d.attached_to and d.attached_to.hosted_service_name == service]


def test_reserved_ips(scenario):
    sms, wait = scenario.sms, scenario.wait
    name, service, dep = f"{PREFIX}-rip", f"{PREFIX}-ripsvc", "ripdep"

    wait(sms.create_reserved_ip_address(name, "reserved address", "West US"))
    reserved = sms.get_reserved_ip_address(name)
    assert (reserved.name, reserved.label, reserved.location, reserved.state) == (
        name, "reserved address", "West US", "Created")
    assert reserved.in_use is False     # <InUse>false</InUse> until associated
    address = reserved.address
    ipaddress.ip_address(address)
    assert name in [r.name for r in sms.list_reserved_ip_addresses()]

    sms.create_hosted_service(service, "reserved IP", location="West US")
    wait(sms.create_deployment(service, "production", dep, PACKAGE_URL, dep, cscfg(1),
                               start_deployment=True))
    wait(sms.associate_reserved_ip_address(name, service, dep))
    reserved = sms.get_reserved_ip_address(name)
    assert (reserved.in_use, reserved.service_name, reserved.deployment_name) == (
        True, service, dep)
    [vip] = sms.get_deployment_by_name(service, dep).virtual_ips
    assert (vip.address, vip.is_reserved, vip.reserved_ip_name) == (address, True, name)
    with pytest.raises(AzureConflictHttpError):             # in use
        sms.delete_reserved_ip_address(name)

    wait(sms.disassociate_reserved_ip_address(name, service, dep))
    assert sms.get_reserved_ip_address(name).in_use is False
    [vip] = sms.get_deployment_by_name(service, dep).virtual_ips
    assert vip.address != address and not vip.is_reserved

    wait(sms.delete_reserved_ip_address(name))
    with pytest.raises(AzureMissingResourceHttpError):
        sms.get_reserved_ip_address(name)
    assert name not in [r.name for r in sms.list_reserved_ip_addresses()]
    wait(sms.delete_hosted_service(service, complete=True))


def test_dns_servers(scenario):
    sms, wait = scenario.sms, scenario.wait
    service, dep = f"{PREFIX}-dnssvc", "dnsdep"

    def servers() -> list:
        dns = sms.get_deployment_by_name(service, dep).dns
        return [(s.name, s.address) for s in dns.dns_servers] if dns else []

    sms.create_hosted_service(service, "DNS servers", location="West US")
    wait(sms.create_deployment(service, "production", dep, PACKAGE_URL, dep, cscfg(1)))
    assert servers() == []
    wait(sms.add_dns_server(service, dep, "dns1", "10.0.0.4"))
    wait(sms.add_dns_server(service, dep, "dns2", "10.0.0.5"))
    assert servers() == [("dns1", "10.0.0.4"), ("dns2", "10.0.0.5")]
    with pytest.raises(AzureConflictHttpError):
        sms.add_dns_server(service, dep, "dns1", "10.0.0.9")

    wait(sms.update_dns_server(service, dep, "dns1", "10.0.0.6"))
    assert servers() == [("dns1", "10.0.0.6"), ("dns2", "10.0.0.5")]
    wait(sms.delete_dns_server(service, dep, "dns2"))
    assert servers() == [("dns1", "10.0.0.6")]
    wait(sms.delete_dns_server(service, dep, "dns1"))
    assert servers() == []
    with pytest.raises(AzureMissingResourceHttpError):
        sms.delete_dns_server(service, dep, "dns1")

    wait(sms.delete_hosted_service(service, complete=True))
