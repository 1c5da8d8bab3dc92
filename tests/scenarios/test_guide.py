"""The feature guide "How to use Service Management from Python", section by section.

The same calls, in the same order and with the guide's positional arguments, as
examples/guide_walkthrough.py; names that are global DNS names on Azure carry the project's
prefix.  cassettes/feature_guide.yaml.
"""

from __future__ import annotations

import pytest

from generated import (AzureConflictHttpError, CaptureRoleAsVMImage, LinuxConfigurationSet,
                       OSVirtualHardDisk, WindowsConfigurationSet)
from tests.scenarios.data import BLOB, LINUX_IMAGE, PACKAGE_URL, PREFIX, WINDOWS_IMAGE, cscfg

SERVICE = f"{PREFIX}-myhostedservice"
STORAGE = f"{PREFIX}mystorage"
GROUP = "myAffinityGroup"
OS_IMAGE = "mycentos"
VM, WINVM, VM2 = f"{PREFIX}-myvm", f"{PREFIX}-mywinvm", f"{PREFIX}-myvm2"
VM_IMAGE = "myvmimage"


def test_feature_guide(scenario):
    sms, wait = scenario.sms, scenario.wait

    # How to: List available locations
    locations = sms.list_locations()
    names = [location.name for location in locations]
    assert "West US" in names and "East US" in names
    west = locations[names.index("West US")]
    assert west.display_name == "West US"
    assert "PersistentVMRole" in west.available_services

    # How to: Create a cloud service
    result = sms.create_hosted_service(SERVICE, "myhostedservice", "my hosted service", "West US")
    assert result.status_code == 201 and result.request_id
    listed = {s.service_name: s for s in sms.list_hosted_services()}
    props = listed[SERVICE].hosted_service_properties
    assert listed[SERVICE].url.endswith(f"/services/hostedservices/{SERVICE}")
    assert (props.location, props.affinity_group, props.label, props.description) == (
        "West US", "", "myhostedservice", "my hosted service")
    hosted_service = sms.get_hosted_service_properties(SERVICE)
    assert hosted_service.service_name == SERVICE
    assert hosted_service.hosted_service_properties.status == "Created"

    # How to: Create a deployment
    result = sms.create_deployment(SERVICE, "production", "v1", PACKAGE_URL, "myhostedservice",
                                   cscfg(2))
    assert result.status_code == 202
    operation_result = sms.get_operation_status(result.request_id)
    assert operation_result.status in ("InProgress", "Succeeded")
    assert operation_result.id.replace("-", "") == result.request_id.replace("-", "")
    assert wait(result).http_status_code == 200
    deployment = sms.get_deployment_by_slot(SERVICE, "production")
    assert (deployment.name, deployment.deployment_slot, deployment.status) == (
        "v1", "Production", "Suspended")
    assert len(deployment.private_id) == 32
    assert [(i.instance_name, i.instance_size) for i in deployment.role_instance_list] == [
        ("WebRole1_IN_0", "Small"), ("WebRole1_IN_1", "Small")]

    # How to: Update a deployment
    result = sms.change_deployment_configuration(SERVICE, "v1", cscfg(3))
    assert sms.get_operation_status(result.request_id).status in ("InProgress", "Succeeded")
    wait(result)
    assert len(sms.get_deployment_by_name(SERVICE, "v1").role_instance_list) == 3
    wait(sms.update_deployment_status(SERVICE, "v1", "Running"))
    deployment = sms.get_deployment_by_name(SERVICE, "v1")
    assert deployment.status == "Running"
    assert {i.instance_status for i in deployment.role_instance_list} == {"ReadyRole"}

    # How to: Move deployments from staging to production
    wait(sms.create_deployment(SERVICE, "staging", "v2", PACKAGE_URL, "myhostedservice v2",
                               cscfg(3)))
    wait(sms.swap_deployment(SERVICE, "v1", "v2"))
    slots = {d.name: d.deployment_slot
             for d in sms.get_hosted_service_properties(SERVICE, True).deployments}
    assert slots == {"v1": "Staging", "v2": "Production"}

    # How to: Delete a deployment (the service cannot go while it has deployments)
    with pytest.raises(AzureConflictHttpError) as conflict:
        sms.delete_hosted_service(SERVICE)
    assert conflict.value.status == 409 and conflict.value.code == "ConflictError"
    wait(sms.delete_deployment(SERVICE, "v1"))
    wait(sms.delete_deployment(SERVICE, "v2"))

    # How to: Delete a cloud service
    sms.delete_hosted_service(SERVICE)
    assert SERVICE not in [s.service_name for s in sms.list_hosted_services()]

    # How to: Create a storage service
    result = sms.create_storage_account(STORAGE, "My storage account description.",
                                        "mystorageaccount", location="West US")
    assert sms.get_operation_status(result.request_id).status in ("InProgress", "Succeeded")
    wait(result)
    account = {a.service_name: a for a in sms.list_storage_accounts()}[STORAGE]
    assert account.storage_service_properties.location == "West US"
    assert account.storage_service_properties.affinity_group == ""
    assert account.storage_service_properties.label == "mystorageaccount"

    # How to: Delete a storage service
    sms.delete_storage_account(STORAGE)
    assert STORAGE not in [a.service_name for a in sms.list_storage_accounts()]

    # How to: Create an affinity group
    sms.create_affinity_group(GROUP, "myAffinityGroup", "West US", "my affinity group")
    groups = {g.name: g for g in sms.list_affinity_groups()}
    assert (groups[GROUP].label, groups[GROUP].description, groups[GROUP].location) == (
        "myAffinityGroup", "my affinity group", "West US")

    # How to: Delete an affinity group
    sms.delete_affinity_group(GROUP)
    assert GROUP not in [g.name for g in sms.list_affinity_groups()]

    # How to: List available operating systems
    systems = sms.list_operating_systems()
    assert systems and all(os.label and os.family_label for os in systems)
    assert any(os.is_active for os in systems)
    families = sms.list_operating_system_families()
    assert families and all(f.label and f.operating_systems for f in families)
    assert any(os.is_active and os.version for f in families for os in f.operating_systems)

    # How to: Create an operating system image
    media_link = f"{BLOB}/vhds/mycentos.vhd"
    result = sms.add_os_image("mycentos", media_link, OS_IMAGE, "Linux")
    assert sms.get_operation_status(result.request_id).status in ("InProgress", "Succeeded")
    images = {i.name: i for i in sms.list_os_images()}
    assert (images[OS_IMAGE].label, images[OS_IMAGE].os, images[OS_IMAGE].category,
            images[OS_IMAGE].media_link) == ("mycentos", "Linux", "User", media_link)
    assert images[LINUX_IMAGE].category == "Public" and images[LINUX_IMAGE].os == "Linux"

    # How to: Delete an operating system image
    result = sms.delete_os_image(OS_IMAGE)
    assert sms.get_operation_status(result.request_id).status in ("InProgress", "Succeeded")
    assert OS_IMAGE not in [i.name for i in sms.list_os_images()]

    # How to: Create a virtual machine (Linux)
    sms.create_hosted_service(service_name=VM, label=VM, location="West US")
    linux_config = LinuxConfigurationSet("myhostname", "myuser", "mypassword", True)
    os_hd = OSVirtualHardDisk(LINUX_IMAGE, f"{BLOB}/vhds/myvm.vhd")
    wait(sms.create_virtual_machine_deployment(
        service_name=VM, deployment_name=VM, deployment_slot="production", label=VM,
        role_name=VM, system_config=linux_config, os_virtual_hard_disk=os_hd,
        role_size="Small"))
    role = sms.get_role(VM, VM, VM)
    assert (role.role_name, role.role_size, role.role_type) == (VM, "Small", "PersistentVMRole")
    assert role.os_virtual_hard_disk.source_image_name == LINUX_IMAGE
    assert role.os_virtual_hard_disk.os == "Linux"
    assert role.os_virtual_hard_disk.media_link == f"{BLOB}/vhds/myvm.vhd"

    # Windows
    sms.create_hosted_service(service_name=WINVM, label=WINVM, location="West US")
    windows_config = WindowsConfigurationSet("mywinvm", "Pa$$w0rd-2015",
                                             admin_username="azureuser")
    wait(sms.create_virtual_machine_deployment(
        service_name=WINVM, deployment_name=WINVM, deployment_slot="production", label=WINVM,
        role_name=WINVM, system_config=windows_config,
        os_virtual_hard_disk=OSVirtualHardDisk(WINDOWS_IMAGE, f"{BLOB}/vhds/mywinvm.vhd"),
        role_size="Small"))
    [instance] = sms.get_deployment_by_name(WINVM, WINVM).role_instance_list
    assert (instance.instance_name, instance.instance_status, instance.power_state,
            instance.host_name) == (WINVM, "ReadyRole", "Started", "mywinvm")

    # How to: Create a virtual machine from a captured VM image
    image = CaptureRoleAsVMImage("Specialized", VM_IMAGE, VM_IMAGE + "label",
                                 VM_IMAGE + "description", "english", "mygroup")
    wait(sms.capture_vm_image(VM, VM, VM, image))
    captured = {i.name: i for i in sms.list_vm_images()}[VM_IMAGE]
    assert (captured.label, captured.description, captured.category, captured.language,
            captured.image_family) == (VM_IMAGE + "label", VM_IMAGE + "description", "User",
                                       "english", "mygroup")
    assert (captured.os_disk_configuration.os, captured.os_disk_configuration.os_state) == (
        "Linux", "Specialized")
    assert (captured.service_name, captured.deployment_name, captured.role_name) == (VM, VM, VM)

    sms.create_hosted_service(service_name=VM2, label=VM2, location="West US")
    wait(sms.create_virtual_machine_deployment(
        service_name=VM2, deployment_name=VM2, deployment_slot="production", label=VM2,
        role_name=VM2, system_config=linux_config, os_virtual_hard_disk=None,
        role_size="Small", vm_image_name=VM_IMAGE))
    assert sms.get_role(VM2, VM2, VM2).vm_image_name == VM_IMAGE

    # How to: Delete a virtual machine
    for name in (VM, WINVM, VM2):
        wait(sms.delete_deployment(service_name=name, deployment_name=name))
        sms.delete_hosted_service(service_name=name)
    wait(sms.delete_vm_image(VM_IMAGE))
    assert not {VM, WINVM, VM2} & {s.service_name for s in sms.list_hosted_services()}
    assert VM_IMAGE not in [i.name for i in sms.list_vm_images()]
