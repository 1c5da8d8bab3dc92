#!/usr/bin/env python3
"""The feature guide "How to use Service Management from Python", run end to end.

Starts the local Service Management endpoint (mutual TLS, see docs/emulator.md), then runs
every sample of the guide in order with `from generated import *` in place of the `azure`
imports: same calls, same positional orders, same prints.  Where the guide only shows
`get_operation_status` once, the script then waits for the operation with a progress line
per poll.  After creating the Linux VM it also shows a waiter declared in the spec
(`wait_until_role_instances_ready`, spec/waiters/hosted_services.toml): the endpoint's VM
goes through its start-up states, and the waiter follows them until every instance is
ReadyRole.  Last, the same SDK with asyncio (generated.aio): several calls at once under
asyncio.gather, and many operations waited in one awaited call.  The endpoint is stopped at
the end; the exit status is 0 when every step worked.

    make demo          # or: python examples/guide_walkthrough.py
"""

from __future__ import annotations

import asyncio
import base64
import contextlib
from os import environ
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:           # runnable from a checkout without installing
    sys.path.insert(0, str(ROOT))

from asm_sdk_emulator import Emulator          # noqa: E402
from generated import *                # noqa: E402,F403  (as the guide does)

CSCFG = """<?xml version="1.0" encoding="utf-8"?>
<ServiceConfiguration serviceName="myhostedservice" osFamily="4" osVersion="*"
    xmlns="http://schemas.microsoft.com/ServiceHosting/2008/10/ServiceConfiguration">
  <Role name="WebRole1">
    <Instances count="{count}" />
  </Role>
</ServiceConfiguration>
"""


def section(title: str) -> None:
    print()
    print("=" * 78)
    print(title)
    print("=" * 78)


def progress(operation) -> None:
    print(f"    ... operation {operation.id}: {operation.status}")


def main() -> int:
    started = time.monotonic()
    work = Path(tempfile.mkdtemp(prefix="asm-guide-"))
    delay = float(environ.get("ASM_DEMO_OPERATION_DELAY", "0.5"))   # InProgress time
    emu = Emulator(state_dir=work / "endpoint", operation_delay=delay).start()
    try:
        run_guide(emu.config, work, emu)
    finally:
        emu.stop()
        shutil.rmtree(work, ignore_errors=True)     # throwaway certificates and files
    print()
    print(f"Feature guide completed against the local endpoint in "
          f"{time.monotonic() - started:.1f} s; endpoint stopped.")
    return 0


def run_guide(cfg: dict, work: Path, emu: Emulator | None = None) -> None:
    def wait(result, what: str):
        print(f"  waiting for {what} ({result.request_id}):")
        return sms.wait_for_operation_status(result.request_id, timeout=60, sleep_interval=0.2,
                                             progress_callback=progress)

    # ------------------------------------------------------------------------------------
    section("How to: Connect to service management")
    subscription_id = cfg["subscription_id"]
    certificate_path = cfg["cert_file"]      # a PEM with certificate and key, like mycert.pem

    sms = ServiceManagementService(subscription_id, certificate_path,
                                   host=cfg["host"], ca_file=cfg["ca_file"])
    print(f"connected to https://{cfg['host']} as subscription {subscription_id}")

    # ------------------------------------------------------------------------------------
    section("How to: List available locations")
    result = sms.list_locations()
    for location in result:
        print(location.name)

    # ------------------------------------------------------------------------------------
    section("How to: Create a cloud service")
    name = 'myhostedservice'
    label = 'myhostedservice'
    desc = 'my hosted service'
    location = 'West US'

    # You can either set the location or an affinity_group
    sms.create_hosted_service(name, label, desc, location)

    result = sms.list_hosted_services()

    for hosted_service in result:
        print('Service name: ' + hosted_service.service_name)
        print('Management URL: ' + hosted_service.url)
        print('Affinity group: ' + hosted_service.hosted_service_properties.affinity_group)
        print('Location: ' + hosted_service.hosted_service_properties.location)
        print('')

    hosted_service = sms.get_hosted_service_properties('myhostedservice')

    print('Service name: ' + hosted_service.service_name)
    print('Management URL: ' + hosted_service.url)
    print('Affinity group: ' + hosted_service.hosted_service_properties.affinity_group)
    print('Location: ' + hosted_service.hosted_service_properties.location)

    # ------------------------------------------------------------------------------------
    section("How to: Create a deployment")
    cscfg_path = work / "ServiceConfiguration.cscfg"
    cscfg_path.write_text(CSCFG.format(count=2), encoding="utf-8")

    name = 'myhostedservice'
    deployment_name = 'v1'
    slot = 'production'
    package_url = 'https://mystorageaccount.blob.core.windows.net/packages/myapp.cspkg'
    configuration = base64.b64encode(open(cscfg_path, 'rb').read()).decode('ascii')
    label = 'myhostedservice'

    result = sms.create_deployment(name, slot, deployment_name, package_url, label, configuration)

    operation_result = sms.get_operation_status(result.request_id)
    print('Operation status: ' + operation_result.status)
    wait(result, "create_deployment")

    result = sms.get_deployment_by_slot('myhostedservice', 'production')

    print('Name: ' + result.name)
    print('Slot: ' + result.deployment_slot)
    print('Private ID: ' + result.private_id)
    print('Status: ' + result.status)
    print('Instances:')
    for instance in result.role_instance_list:
        print('Instance name: ' + instance.instance_name)
        print('Instance status: ' + instance.instance_status)
        print('Instance size: ' + instance.instance_size)

    # ------------------------------------------------------------------------------------
    section("How to: Update a deployment")
    cscfg_path.write_text(CSCFG.format(count=3), encoding="utf-8")
    name = 'myhostedservice'
    deployment_name = 'v1'
    configuration = base64.b64encode(open(cscfg_path, 'rb').read()).decode('ascii')

    result = sms.change_deployment_configuration(name, deployment_name, configuration)

    operation_result = sms.get_operation_status(result.request_id)
    print('Operation status: ' + operation_result.status)
    wait(result, "change_deployment_configuration")
    instances = sms.get_deployment_by_name(name, deployment_name).role_instance_list
    print(f"  the deployment now has {len(instances)} instances")

    name = 'myhostedservice'
    deployment_name = 'v1'

    result = sms.update_deployment_status(name, deployment_name, 'Running')
    wait(result, "update_deployment_status")
    print('  status: ' + sms.get_deployment_by_name(name, deployment_name).status)

    # ------------------------------------------------------------------------------------
    section("How to: Move deployments from staging to production")
    # The guide's swap needs v1 in production and v2 in staging: create v2 first.
    result = sms.create_deployment('myhostedservice', 'staging', 'v2', package_url,
                                   'myhostedservice v2', configuration)
    wait(result, "create_deployment of v2 in staging")

    result = sms.swap_deployment('myhostedservice', 'v1', 'v2')
    wait(result, "swap_deployment")
    for d in sms.get_hosted_service_properties('myhostedservice', True).deployments:
        print(f"  {d.name}: {d.deployment_slot}")

    # ------------------------------------------------------------------------------------
    section("How to: Delete a deployment")
    try:                                    # the guide's note: deployments go first
        sms.delete_hosted_service('myhostedservice')
    except AzureConflictHttpError as exc:
        print(f"  delete_hosted_service now: HTTP {exc.status} {exc.code} ({exc.message})")

    result = sms.delete_deployment('myhostedservice', 'v1')
    wait(result, "delete_deployment of v1")
    result = sms.delete_deployment('myhostedservice', 'v2')
    wait(result, "delete_deployment of v2")

    # ------------------------------------------------------------------------------------
    section("How to: Delete a cloud service")
    sms.delete_hosted_service('myhostedservice')
    print("  deleted myhostedservice (its deployments were deleted first)")

    # ------------------------------------------------------------------------------------
    section("How to: Create a storage service")
    name = 'mystorageaccount'
    label = 'mystorageaccount'
    location = 'West US'
    desc = 'My storage account description.'

    result = sms.create_storage_account(name, desc, label, location=location)

    operation_result = sms.get_operation_status(result.request_id)
    print('Operation status: ' + operation_result.status)
    wait(result, "create_storage_account")

    result = sms.list_storage_accounts()
    for account in result:
        print('Service name: ' + account.service_name)
        print('Affinity group: ' + account.storage_service_properties.affinity_group)
        print('Location: ' + account.storage_service_properties.location)
        print('')

    # ------------------------------------------------------------------------------------
    section("How to: Delete a storage service")
    sms.delete_storage_account('mystorageaccount')
    print("  deleted mystorageaccount")

    # ------------------------------------------------------------------------------------
    section("How to: Create an affinity group")
    name = 'myAffinityGroup'
    label = 'myAffinityGroup'
    location = 'West US'
    desc = 'my affinity group'

    sms.create_affinity_group(name, label, location, desc)

    result = sms.list_affinity_groups()

    for group in result:
        print('Name: ' + group.name)
        print('Description: ' + group.description)
        print('Location: ' + group.location)
        print('')

    # ------------------------------------------------------------------------------------
    section("How to: Delete an affinity group")
    sms.delete_affinity_group('myAffinityGroup')
    print("  deleted myAffinityGroup")

    # ------------------------------------------------------------------------------------
    section("How to: List available operating systems")
    result = sms.list_operating_systems()

    for os in result:
        print('OS: ' + os.label)
        print('Family: ' + os.family_label)
        print('Active: ' + str(os.is_active))

    result = sms.list_operating_system_families()

    for family in result:
        print('Family: ' + family.label)
        for os in family.operating_systems:
            if os.is_active:
                print('OS: ' + os.label)
                print('Version: ' + os.version)
        print('')

    # ------------------------------------------------------------------------------------
    section("How to: Create an operating system image")
    name = 'mycentos'
    label = 'mycentos'
    os = 'Linux'  # Linux or Windows
    media_link = 'https://mystorageaccount.blob.core.windows.net/vhds/mycentos.vhd'

    result = sms.add_os_image(label, media_link, name, os)

    operation_result = sms.get_operation_status(result.request_id)
    print('Operation status: ' + operation_result.status)

    result = sms.list_os_images()

    for image in result:
        print('Name: ' + image.name)
        print('Label: ' + image.label)
        print('OS: ' + image.os)
        print('Category: ' + image.category)
        print('Description: ' + image.description)
        print('Location: ' + image.location)
        print('Affinity group: ' + image.affinity_group)
        print('Media link: ' + image.media_link)
        print('')

    # ------------------------------------------------------------------------------------
    section("How to: Delete an operating system image")
    result = sms.delete_os_image('mycentos')

    operation_result = sms.get_operation_status(result.request_id)
    print('Operation status: ' + operation_result.status)

    # ------------------------------------------------------------------------------------
    section("How to: Create a virtual machine (Linux)")
    name = 'myvm'
    location = 'West US'

    # You can either set the location or an affinity_group
    sms.create_hosted_service(service_name=name,
        label=name,
        location=location)

    # Name of an os image as returned by list_os_images
    image_name = 'OpenLogic__OpenLogic-CentOS-62-20120531-en-us-30GB.vhd'

    # Destination storage account container/blob where the VM disk
    # will be created
    media_link = 'https://mystorageaccount.blob.core.windows.net/vhds/myvm.vhd'

    # Linux VM configuration, you can use WindowsConfigurationSet
    # for a Windows VM instead
    linux_config = LinuxConfigurationSet('myhostname', 'myuser', 'mypassword', True)

    os_hd = OSVirtualHardDisk(image_name, media_link)

    # The local endpoint's VM instances take a while to start here, as on Azure.
    states = emu.options(state_delays={"role": 0.3}) if emu else contextlib.nullcontext()
    with states:
        result = sms.create_virtual_machine_deployment(service_name=name,
            deployment_name=name,
            deployment_slot='production',
            label=name,
            role_name=name,
            system_config=linux_config,
            os_virtual_hard_disk=os_hd,
            role_size='Small')
        wait(result, "create_virtual_machine_deployment of myvm")
        # The operation succeeded, but the VM may still be starting: a waiter from the spec
        # polls the deployment until every instance is ReadyRole (or fails on
        # FailedStartingVM / ProvisioningFailed, or times out with the last state seen).
        print("  waiting until the role instances are ready (sms.wait_until_role_instances_ready):")
        deployment = sms.wait_until_role_instances_ready(
            name, name, timeout=120, progress_callback=lambda d: print(
                "    ... instances: " + ", ".join(i.instance_status for i in d.role_instance_list)))
        print(f"  {name} is ready: {deployment.role_instance_list[0].instance_status}")
    role = sms.get_role(name, name, name)
    print(f"  role {role.role_name}: size {role.role_size}, "
          f"OS disk {role.os_virtual_hard_disk.disk_name} from {role.os_virtual_hard_disk.source_image_name}")

    # ------------------------------------------------------------------------------------
    section("How to: Create a virtual machine (Windows)")
    name = 'mywinvm'
    sms.create_hosted_service(service_name=name, label=name, location=location)
    windows_config = WindowsConfigurationSet('mywinvm', 'Pa$$w0rd-2015', admin_username='azureuser')
    os_hd = OSVirtualHardDisk(
        'a699494373c04fc0bc8f2bb1389d6106__Windows-Server-2012-R2-201505.01-en.us-127GB.vhd',
        'https://mystorageaccount.blob.core.windows.net/vhds/mywinvm.vhd')
    result = sms.create_virtual_machine_deployment(service_name=name,
        deployment_name=name,
        deployment_slot='production',
        label=name,
        role_name=name,
        system_config=windows_config,
        os_virtual_hard_disk=os_hd,
        role_size='Small')
    wait(result, "create_virtual_machine_deployment of mywinvm")
    deployment = sms.get_deployment_by_name(name, name)
    for instance in deployment.role_instance_list:
        print(f"  {instance.instance_name}: {instance.instance_status}, power {instance.power_state}")

    # ------------------------------------------------------------------------------------
    section("How to: Create a virtual machine from a captured VM image")
    hosted_service_name = 'myvm'
    deployment_name = 'myvm'
    vm_name = 'myvm'
    image_name = vm_name + 'image'
    image = CaptureRoleAsVMImage('Specialized',
        image_name,
        image_name + 'label',
        image_name + 'description',
        'english',
        'mygroup')

    result = sms.capture_vm_image(
            hosted_service_name,
            deployment_name,
            vm_name,
            image
        )
    wait(result, "capture_vm_image")

    images = sms.list_vm_images()
    for vm_image in images:
        print(f"  VM image {vm_image.name}: {vm_image.label}, {vm_image.os_disk_configuration.os} "
              f"{vm_image.os_disk_configuration.os_state}, {vm_image.vm_image_state}")

    name = 'myvm2'
    location = 'West US'

    #Set the location
    sms.create_hosted_service(service_name=name,
        label=name,
        location=location)

    result = sms.create_virtual_machine_deployment(service_name=name,
        deployment_name=name,
        deployment_slot='production',
        label=name,
        role_name=name,
        system_config=linux_config,
        os_virtual_hard_disk=None,
        role_size='Small',
        vm_image_name = image_name)
    wait(result, "create_virtual_machine_deployment of myvm2 from the VM image")
    print('  myvm2 runs from VM image ' + sms.get_role(name, name, name).vm_image_name)

    # ------------------------------------------------------------------------------------
    section("How to: Delete a virtual machine")
    for name in ('myvm', 'mywinvm', 'myvm2'):
        result = sms.delete_deployment(service_name=name,
            deployment_name=name)
        wait(result, f"delete_deployment of {name}")

        sms.delete_hosted_service(service_name=name)
        print(f"  deleted {name}")

    result = sms.delete_vm_image(image_name)
    wait(result, "delete_vm_image")
    left = (len(sms.list_hosted_services()), len(sms.list_storage_accounts()),
            len(sms.list_vm_images()))
    print(f"  left: {left[0]} cloud services, {left[1]} storage accounts, {left[2]} VM images")
    sms.close()

    # ------------------------------------------------------------------------------------
    section("Beyond the guide: the same SDK with asyncio (generated.aio)")
    asyncio.run(run_async(cfg))


async def run_async(cfg: dict) -> None:
    """Several calls at once, and several operations waited for in one awaited call."""
    import generated.aio

    async with generated.aio.ServiceManagementService(cfg["subscription_id"], cfg["cert_file"],
                                                      host=cfg["host"],
                                                      ca_file=cfg["ca_file"]) as sms:
        names = [f"myasyncservice{n}" for n in range(1, 6)]
        results = await asyncio.gather(*(
            sms.create_hosted_service(name, name, location='West US') for name in names))
        print(f"  created {len(results)} cloud services at once (asyncio.gather)")
        found = await asyncio.gather(*(sms.get_hosted_service_properties(name)
                                       for name in names))
        for service in found:
            print(f"  {service.service_name}: {service.hosted_service_properties.status}")
        results = await asyncio.gather(*(sms.delete_hosted_service(name) for name in names))
        accounts = [f"myasyncstore{n}" for n in range(1, 4)]
        results = await asyncio.gather(*(
            sms.create_storage_account(a, a, a, location='West US') for a in accounts))
        operations = await sms.wait_for_operations([r.request_id for r in results], timeout=60)
        print(f"  {len(operations)} storage accounts created, waited for in one call: "
              + ", ".join(op.status for op in operations))
        await asyncio.gather(*(sms.delete_storage_account(a) for a in accounts))
        print(f"  deleted them; last request id of this task: {sms.last_request_id}")


if __name__ == "__main__":
    sys.exit(main())
