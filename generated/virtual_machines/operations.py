"""The operations of spec/operations/virtual_machines.toml as data, and its waiters
(spec/waiters/virtual_machines.toml): one record per operation, shared by the sync methods
(client.py) and the async ones (aio.py).

Generated from spec/ by codegen; do not edit.  asm_sdk_runtime.core builds each request
from a record and the method's arguments and reads the answer with it; `body_<operation>`
writes a request body from the arguments.
"""

from __future__ import annotations

from asm_sdk_runtime.core import AsynchronousOperationResult, Operation, any_given
from asm_sdk_runtime.polling import Waiter

from .. import models as m
from .._xml import to_xml
from . import xml as x


def body_add_data_disk(
    service_name: str,
    deployment_name: str,
    role_name: str,
    lun: int,
    host_caching: str | None,
    media_link: str | None,
    disk_label: str | None,
    disk_name: str | None,
    logical_disk_size_in_gb: int | None,
    source_media_link: str | None,
) -> str:
    """The request body of `add_data_disk`: <DataVirtualHardDisk>."""
    return to_xml(x.write_DataVirtualHardDisk__add_data_disk, m.DataVirtualHardDisk(
        host_caching=host_caching,
        disk_label=disk_label,
        disk_name=disk_name,
        lun=lun,
        logical_disk_size_in_gb=logical_disk_size_in_gb,
        media_link=media_link,
        source_media_link=source_media_link,
    ), 'DataVirtualHardDisk')


add_data_disk: Operation[AsynchronousOperationResult] = Operation(
    'add_data_disk', 'POST', '/{subscription_id}/services/hostedservices/{service_name}/deployments/{deployment_name}/roles/{role_name}/DataDisks',
    (
        'service_name',
        'deployment_name',
        'role_name',
        'lun',
        'host_caching',
        'media_link',
        'disk_label',
        'disk_name',
        'logical_disk_size_in_gb',
        'source_media_link',
    ),
    '2014-10-01',
    required=4,
    body=body_add_data_disk,
    returns_request_id=True,
)


def body_add_disk(
    has_operating_system: bool,
    label: str,
    media_link: str,
    name: str,
    os: str | None,
) -> str:
    """The request body of `add_disk`: <Disk>."""
    return to_xml(x.write_Disk__add_disk, m.Disk(
        os=os,
        label=label,
        media_link=media_link,
        name=name,
    ), 'Disk')


add_disk: Operation[None] = Operation(
    'add_disk', 'POST', '/{subscription_id}/services/disks',
    ('has_operating_system', 'label', 'media_link', 'name', 'os'),
    '2014-10-01',
    required=4,
    body=body_add_disk,
)


def body_add_os_image(label: str, media_link: str, name: str, os: str) -> str:
    """The request body of `add_os_image`: <OSImage>."""
    return to_xml(x.write_OSImage__add_os_image, m.OSImage(
        label=label,
        media_link=media_link,
        name=name,
        os=os,
    ), 'OSImage')


add_os_image: Operation[AsynchronousOperationResult] = Operation(
    'add_os_image', 'POST', '/{subscription_id}/services/images',
    ('label', 'media_link', 'name', 'os'),
    '2014-10-01',
    required=4,
    body=body_add_os_image,
    returns_request_id=True,
)


def body_add_role(
    service_name: str,
    deployment_name: str,
    role_name: str,
    system_config: m.ConfigurationSet | None,
    os_virtual_hard_disk: m.OSVirtualHardDisk | None,
    network_config: m.ConfigurationSet | None,
    availability_set_name: str | None,
    data_virtual_hard_disks: list[m.DataVirtualHardDisk] | None,
    role_size: str | None,
    role_type: str,
    resource_extension_references: list[m.ResourceExtensionReference] | None,
    provision_guest_agent: bool | None,
    vm_image_name: str | None,
    media_location: str | None,
) -> str:
    """The request body of `add_role`: <PersistentVMRole>."""
    return to_xml(x.write_PersistentVMRole__add_role, m.PersistentVMRole(
        role_name=role_name,
        role_type=role_type,
        configuration_sets=[item for item in (system_config, network_config,) if item is not None] or None,
        resource_extension_references=resource_extension_references,
        vm_image_name=vm_image_name,
        media_location=media_location,
        availability_set_name=availability_set_name,
        data_virtual_hard_disks=data_virtual_hard_disks,
        os_virtual_hard_disk=os_virtual_hard_disk,
        role_size=role_size,
        provision_guest_agent=provision_guest_agent,
    ), 'PersistentVMRole')


add_role: Operation[AsynchronousOperationResult] = Operation(
    'add_role', 'POST', '/{subscription_id}/services/hostedservices/{service_name}/deployments/{deployment_name}/roles',
    (
        'service_name',
        'deployment_name',
        'role_name',
        'system_config',
        'os_virtual_hard_disk',
        'network_config',
        'availability_set_name',
        'data_virtual_hard_disks',
        'role_size',
        'role_type',
        'resource_extension_references',
        'provision_guest_agent',
        'vm_image_name',
        'media_location',
    ),
    '2014-10-01',
    required=3,
    body=body_add_role,
    returns_request_id=True,
)


def body_capture_role(
    service_name: str,
    deployment_name: str,
    role_name: str,
    post_capture_action: str,
    target_image_name: str,
    target_image_label: str,
    provisioning_configuration: m.ConfigurationSet | None,
) -> str:
    """The request body of `capture_role`: <CaptureRoleOperation>."""
    return to_xml(x.write_CaptureRoleOperation__capture_role, m.CaptureRoleOperation(
        post_capture_action=post_capture_action,
        provisioning_configuration=provisioning_configuration,
        target_image_label=target_image_label,
        target_image_name=target_image_name,
    ), 'CaptureRoleOperation')


capture_role: Operation[AsynchronousOperationResult] = Operation(
    'capture_role', 'POST', '/{subscription_id}/services/hostedservices/{service_name}/deployments/{deployment_name}/roleinstances/{role_name}/Operations',
    (
        'service_name',
        'deployment_name',
        'role_name',
        'post_capture_action',
        'target_image_name',
        'target_image_label',
        'provisioning_configuration',
    ),
    '2014-10-01',
    required=6,
    body=body_capture_role,
    returns_request_id=True,
)


def body_capture_vm_image(
    service_name: str,
    deployment_name: str,
    role_name: str,
    options: m.CaptureRoleAsVMImage,
) -> str:
    """The request body of `capture_vm_image`: <CaptureRoleAsVMImageOperation>."""
    return to_xml(x.write_CaptureAsVMImageOperation, options, 'CaptureRoleAsVMImageOperation')


capture_vm_image: Operation[AsynchronousOperationResult] = Operation(
    'capture_vm_image', 'POST', '/{subscription_id}/services/hostedservices/{service_name}/deployments/{deployment_name}/roleinstances/{role_name}/Operations',
    ('service_name', 'deployment_name', 'role_name', 'options'),
    '2014-10-01',
    required=4,
    body=body_capture_vm_image,
    returns_request_id=True,
)


def body_create_virtual_machine_deployment(
    service_name: str,
    deployment_name: str,
    deployment_slot: str,
    label: str,
    role_name: str,
    system_config: m.ConfigurationSet | None,
    os_virtual_hard_disk: m.OSVirtualHardDisk | None,
    network_config: m.ConfigurationSet | None,
    availability_set_name: str | None,
    data_virtual_hard_disks: list[m.DataVirtualHardDisk] | None,
    role_size: str | None,
    role_type: str,
    virtual_network_name: str | None,
    resource_extension_references: list[m.ResourceExtensionReference] | None,
    provision_guest_agent: bool | None,
    vm_image_name: str | None,
    media_location: str | None,
    dns_servers: list[m.DnsServer] | None,
    reserved_ip_name: str | None,
) -> str:
    """The request body of `create_virtual_machine_deployment`: <Deployment>."""
    return to_xml(x.write_VirtualMachineDeployment__create_virtual_machine_deployment, m.VirtualMachineDeployment(
        name=deployment_name,
        deployment_slot=deployment_slot,
        label=label,
        role_list=[m.Role(
            role_name=role_name,
            role_type=role_type,
            configuration_sets=[item for item in (system_config, network_config,) if item is not None] or None,
            resource_extension_references=resource_extension_references,
            vm_image_name=vm_image_name,
            media_location=media_location,
            availability_set_name=availability_set_name,
            data_virtual_hard_disks=data_virtual_hard_disks,
            os_virtual_hard_disk=os_virtual_hard_disk,
            role_size=role_size,
            provision_guest_agent=provision_guest_agent,
        )],
        virtual_network_name=virtual_network_name,
        dns=m.VirtualMachineDns(
            dns_servers=dns_servers,
        ) if any_given(dns_servers)
        else None,
        reserved_ip_name=reserved_ip_name,
    ), 'Deployment')


create_virtual_machine_deployment: Operation[AsynchronousOperationResult] = Operation(
    'create_virtual_machine_deployment', 'POST', '/{subscription_id}/services/hostedservices/{service_name}/deployments',
    (
        'service_name',
        'deployment_name',
        'deployment_slot',
        'label',
        'role_name',
        'system_config',
        'os_virtual_hard_disk',
        'network_config',
        'availability_set_name',
        'data_virtual_hard_disks',
        'role_size',
        'role_type',
        'virtual_network_name',
        'resource_extension_references',
        'provision_guest_agent',
        'vm_image_name',
        'media_location',
        'dns_servers',
        'reserved_ip_name',
    ),
    '2014-10-01',
    required=5,
    body=body_create_virtual_machine_deployment,
    returns_request_id=True,
)


def body_create_vm_image(vm_image: m.VMImage) -> str:
    """The request body of `create_vm_image`: <VMImage>."""
    return to_xml(x.write_VMImage__create_vm_image, vm_image, 'VMImage')


create_vm_image: Operation[AsynchronousOperationResult] = Operation(
    'create_vm_image', 'POST', '/{subscription_id}/services/vmimages',
    ('vm_image',),
    '2014-10-01',
    required=1,
    body=body_create_vm_image,
    returns_request_id=True,
)


delete_data_disk: Operation[AsynchronousOperationResult] = Operation(
    'delete_data_disk', 'DELETE', '/{subscription_id}/services/hostedservices/{service_name}/deployments/{deployment_name}/roles/{role_name}/DataDisks/{lun}',
    ('service_name', 'deployment_name', 'role_name', 'lun', 'delete_vhd'),
    '2014-10-01',
    required=4,
    query=(('comp', 'delete_vhd', 'media'),),
    returns_request_id=True,
)


delete_disk: Operation[None] = Operation(
    'delete_disk', 'DELETE', '/{subscription_id}/services/disks/{disk_name}',
    ('disk_name', 'delete_vhd'),
    '2014-10-01',
    required=1,
    query=(('comp', 'delete_vhd', 'media'),),
)


delete_os_image: Operation[AsynchronousOperationResult] = Operation(
    'delete_os_image', 'DELETE', '/{subscription_id}/services/images/{image_name}',
    ('image_name', 'delete_vhd'),
    '2014-10-01',
    required=1,
    query=(('comp', 'delete_vhd', 'media'),),
    returns_request_id=True,
)


delete_role: Operation[AsynchronousOperationResult] = Operation(
    'delete_role', 'DELETE', '/{subscription_id}/services/hostedservices/{service_name}/deployments/{deployment_name}/roles/{role_name}',
    ('service_name', 'deployment_name', 'role_name', 'complete'),
    '2014-10-01',
    required=3,
    query=(('comp', 'complete', 'media'),),
    returns_request_id=True,
)


delete_vm_image: Operation[AsynchronousOperationResult] = Operation(
    'delete_vm_image', 'DELETE', '/{subscription_id}/services/vmimages/{vm_image_name}',
    ('vm_image_name', 'delete_vhd'),
    '2014-10-01',
    required=1,
    query=(('comp', 'delete_vhd', 'media'),),
    returns_request_id=True,
)


get_data_disk: Operation[m.DataVirtualHardDisk] = Operation(
    'get_data_disk', 'GET', '/{subscription_id}/services/hostedservices/{service_name}/deployments/{deployment_name}/roles/{role_name}/DataDisks/{lun}',
    ('service_name', 'deployment_name', 'role_name', 'lun'),
    '2014-10-01',
    required=4,
    idempotent=True,
    reader=x.read_DataVirtualHardDisk,
    root='{http://schemas.microsoft.com/windowsazure}DataVirtualHardDisk',
)


get_disk: Operation[m.Disk] = Operation(
    'get_disk', 'GET', '/{subscription_id}/services/disks/{disk_name}',
    ('disk_name',),
    '2014-10-01',
    required=1,
    idempotent=True,
    reader=x.read_Disk,
    root='{http://schemas.microsoft.com/windowsazure}Disk',
)


get_os_image: Operation[m.OSImage] = Operation(
    'get_os_image', 'GET', '/{subscription_id}/services/images/{image_name}',
    ('image_name',),
    '2014-10-01',
    required=1,
    idempotent=True,
    reader=x.read_OSImage,
    root='{http://schemas.microsoft.com/windowsazure}OSImage',
)


get_os_image_details: Operation[m.OSImageDetails] = Operation(
    'get_os_image_details', 'GET', '/{subscription_id}/services/images/{image_name}/details',
    ('image_name',),
    '2014-10-01',
    required=1,
    idempotent=True,
    reader=x.read_OSImageDetails,
    root='{http://schemas.microsoft.com/windowsazure}OSImageDetails',
)


get_role: Operation[m.PersistentVMRole] = Operation(
    'get_role', 'GET', '/{subscription_id}/services/hostedservices/{service_name}/deployments/{deployment_name}/roles/{role_name}',
    ('service_name', 'deployment_name', 'role_name'),
    '2014-10-01',
    required=3,
    idempotent=True,
    reader=x.read_PersistentVMRole,
    root='{http://schemas.microsoft.com/windowsazure}PersistentVMRole',
)


list_disks: Operation[list[m.Disk]] = Operation(
    'list_disks', 'GET', '/{subscription_id}/services/disks',
    (),
    '2014-10-01',
    idempotent=True,
    reader=x.read_Disks,
    root='{http://schemas.microsoft.com/windowsazure}Disks',
)


list_os_images: Operation[list[m.OSImage]] = Operation(
    'list_os_images', 'GET', '/{subscription_id}/services/images',
    (),
    '2014-10-01',
    idempotent=True,
    reader=x.read_Images,
    root='{http://schemas.microsoft.com/windowsazure}Images',
)


list_resource_extension_versions: Operation[list[m.ResourceExtension]] = Operation(
    'list_resource_extension_versions', 'GET', '/{subscription_id}/services/resourceextensions/{publisher_name}/{extension_name}',
    ('publisher_name', 'extension_name'),
    '2014-10-01',
    required=2,
    idempotent=True,
    reader=x.read_ResourceExtensions,
    root='{http://schemas.microsoft.com/windowsazure}ResourceExtensions',
)


list_resource_extensions: Operation[list[m.ResourceExtension]] = Operation(
    'list_resource_extensions', 'GET', '/{subscription_id}/services/resourceextensions',
    (),
    '2014-10-01',
    idempotent=True,
    reader=x.read_ResourceExtensions,
    root='{http://schemas.microsoft.com/windowsazure}ResourceExtensions',
)


list_vm_images: Operation[list[m.VMImage]] = Operation(
    'list_vm_images', 'GET', '/{subscription_id}/services/vmimages',
    ('location', 'publisher', 'category'),
    '2014-10-01',
    query=(('location', 'location', None), ('publisher', 'publisher', None), ('category', 'category', None)),
    idempotent=True,
    reader=x.read_VMImages,
    root='{http://schemas.microsoft.com/windowsazure}VMImages',
)


def body_replicate_vm_image(
    vm_image_name: str,
    regions: list[str],
    offer: str,
    sku: str,
    version: str,
) -> str:
    """The request body of `replicate_vm_image`: <ReplicationInput>."""
    return to_xml(x.write_ReplicationInput, m.ReplicationInput(
        target_locations=regions,
        compute_image_attributes=m.ComputeImageAttributes(
            offer=offer,
            sku=sku,
            version=version,
        ) if any_given(offer, sku, version)
        else None,
    ), 'ReplicationInput')


replicate_vm_image: Operation[AsynchronousOperationResult] = Operation(
    'replicate_vm_image', 'PUT', '/{subscription_id}/services/images/{vm_image_name}/replicate',
    ('vm_image_name', 'regions', 'offer', 'sku', 'version'),
    '2015-04-01',
    required=5,
    body=body_replicate_vm_image,
    returns_request_id=True,
)


def body_restart_role(service_name: str, deployment_name: str, role_name: str) -> str:
    """The request body of `restart_role`: <RestartRoleOperation>."""
    return to_xml(x.write_RestartRoleOperation, m.RestartRoleOperation(

    ), 'RestartRoleOperation')


restart_role: Operation[AsynchronousOperationResult] = Operation(
    'restart_role', 'POST', '/{subscription_id}/services/hostedservices/{service_name}/deployments/{deployment_name}/roleinstances/{role_name}/Operations',
    ('service_name', 'deployment_name', 'role_name'),
    '2014-10-01',
    required=3,
    body=body_restart_role,
    returns_request_id=True,
)


share_vm_image: Operation[AsynchronousOperationResult] = Operation(
    'share_vm_image', 'PUT', '/{subscription_id}/services/images/{vm_image_name}/shareasync',
    ('vm_image_name', 'permission'),
    '2015-04-01',
    required=2,
    query=(('permission', 'permission', None),),
    returns_request_id=True,
)


def body_shutdown_role(
    service_name: str,
    deployment_name: str,
    role_name: str,
    post_shutdown_action: str,
) -> str:
    """The request body of `shutdown_role`: <ShutdownRoleOperation>."""
    return to_xml(x.write_ShutdownRoleOperation, m.ShutdownRoleOperation(
        post_shutdown_action=post_shutdown_action,
    ), 'ShutdownRoleOperation')


shutdown_role: Operation[AsynchronousOperationResult] = Operation(
    'shutdown_role', 'POST', '/{subscription_id}/services/hostedservices/{service_name}/deployments/{deployment_name}/roleinstances/{role_name}/Operations',
    ('service_name', 'deployment_name', 'role_name', 'post_shutdown_action'),
    '2014-10-01',
    required=3,
    body=body_shutdown_role,
    returns_request_id=True,
)


def body_shutdown_roles(
    service_name: str,
    deployment_name: str,
    role_names: list[str],
    post_shutdown_action: str,
) -> str:
    """The request body of `shutdown_roles`: <ShutdownRolesOperation>."""
    return to_xml(x.write_ShutdownRolesOperation, m.ShutdownRolesOperation(
        roles=role_names,
        post_shutdown_action=post_shutdown_action,
    ), 'ShutdownRolesOperation')


shutdown_roles: Operation[AsynchronousOperationResult] = Operation(
    'shutdown_roles', 'POST', '/{subscription_id}/services/hostedservices/{service_name}/deployments/{deployment_name}/roles/Operations',
    ('service_name', 'deployment_name', 'role_names', 'post_shutdown_action'),
    '2014-10-01',
    required=3,
    body=body_shutdown_roles,
    returns_request_id=True,
)


def body_start_role(service_name: str, deployment_name: str, role_name: str) -> str:
    """The request body of `start_role`: <StartRoleOperation>."""
    return to_xml(x.write_StartRoleOperation, m.StartRoleOperation(

    ), 'StartRoleOperation')


start_role: Operation[AsynchronousOperationResult] = Operation(
    'start_role', 'POST', '/{subscription_id}/services/hostedservices/{service_name}/deployments/{deployment_name}/roleinstances/{role_name}/Operations',
    ('service_name', 'deployment_name', 'role_name'),
    '2014-10-01',
    required=3,
    body=body_start_role,
    returns_request_id=True,
)


def body_start_roles(service_name: str, deployment_name: str, role_names: list[str]) -> str:
    """The request body of `start_roles`: <StartRolesOperation>."""
    return to_xml(x.write_StartRolesOperation, m.StartRolesOperation(
        roles=role_names,
    ), 'StartRolesOperation')


start_roles: Operation[AsynchronousOperationResult] = Operation(
    'start_roles', 'POST', '/{subscription_id}/services/hostedservices/{service_name}/deployments/{deployment_name}/roles/Operations',
    ('service_name', 'deployment_name', 'role_names'),
    '2014-10-01',
    required=3,
    body=body_start_roles,
    returns_request_id=True,
)


unreplicate_vm_image: Operation[AsynchronousOperationResult] = Operation(
    'unreplicate_vm_image', 'PUT', '/{subscription_id}/services/images/{vm_image_name}/unreplicate',
    ('vm_image_name',),
    '2015-04-01',
    required=1,
    returns_request_id=True,
)


def body_update_data_disk(
    service_name: str,
    deployment_name: str,
    role_name: str,
    lun: int,
    host_caching: str | None,
    media_link: str | None,
    updated_lun: int | None,
    disk_label: str | None,
    disk_name: str | None,
    logical_disk_size_in_gb: int | None,
) -> str:
    """The request body of `update_data_disk`: <DataVirtualHardDisk>."""
    return to_xml(x.write_DataVirtualHardDisk__update_data_disk, m.DataVirtualHardDisk(
        host_caching=host_caching,
        disk_label=disk_label,
        disk_name=disk_name,
        lun=updated_lun,
        logical_disk_size_in_gb=logical_disk_size_in_gb,
        media_link=media_link,
    ), 'DataVirtualHardDisk')


update_data_disk: Operation[AsynchronousOperationResult] = Operation(
    'update_data_disk', 'PUT', '/{subscription_id}/services/hostedservices/{service_name}/deployments/{deployment_name}/roles/{role_name}/DataDisks/{lun}',
    (
        'service_name',
        'deployment_name',
        'role_name',
        'lun',
        'host_caching',
        'media_link',
        'updated_lun',
        'disk_label',
        'disk_name',
        'logical_disk_size_in_gb',
    ),
    '2014-10-01',
    required=4,
    body=body_update_data_disk,
    returns_request_id=True,
)


def body_update_disk(
    disk_name: str,
    has_operating_system: bool | None,
    label: str | None,
    media_link: str | None,
    name: str | None,
    os: str | None,
) -> str:
    """The request body of `update_disk`: <Disk>."""
    return to_xml(x.write_Disk__update_disk, m.Disk(
        label=label,
        name=disk_name,
    ), 'Disk')


update_disk: Operation[None] = Operation(
    'update_disk', 'PUT', '/{subscription_id}/services/disks/{disk_name}',
    ('disk_name', 'has_operating_system', 'label', 'media_link', 'name', 'os'),
    '2014-10-01',
    required=1,
    body=body_update_disk,
)


def body_update_os_image(image_name: str, label: str, media_link: str, name: str, os: str) -> str:
    """The request body of `update_os_image`: <OSImage>."""
    return to_xml(x.write_OSImage__add_os_image, m.OSImage(
        label=label,
        media_link=media_link,
        name=name,
        os=os,
    ), 'OSImage')


update_os_image: Operation[AsynchronousOperationResult] = Operation(
    'update_os_image', 'PUT', '/{subscription_id}/services/images/{image_name}',
    ('image_name', 'label', 'media_link', 'name', 'os'),
    '2014-10-01',
    required=5,
    body=body_update_os_image,
    returns_request_id=True,
)


def body_update_os_image_from_image_reference(image_name: str, os_image: m.OSImage) -> str:
    """The request body of `update_os_image_from_image_reference`: <OSImage>."""
    return to_xml(x.write_OSImage__update_os_image_from_image_reference, os_image, 'OSImage')


update_os_image_from_image_reference: Operation[AsynchronousOperationResult] = Operation(
    'update_os_image_from_image_reference', 'PUT', '/{subscription_id}/services/images/{image_name}',
    ('image_name', 'os_image'),
    '2014-10-01',
    required=2,
    body=body_update_os_image_from_image_reference,
    returns_request_id=True,
)


def body_update_role(
    service_name: str,
    deployment_name: str,
    role_name: str,
    os_virtual_hard_disk: m.OSVirtualHardDisk | None,
    network_config: m.ConfigurationSet | None,
    availability_set_name: str | None,
    data_virtual_hard_disks: list[m.DataVirtualHardDisk] | None,
    role_size: str | None,
    role_type: str,
    resource_extension_references: list[m.ResourceExtensionReference] | None,
    provision_guest_agent: bool | None,
) -> str:
    """The request body of `update_role`: <PersistentVMRole>."""
    return to_xml(x.write_PersistentVMRole__update_role, m.PersistentVMRole(
        role_name=role_name,
        role_type=role_type,
        configuration_sets=[item for item in (network_config,) if item is not None] or None,
        resource_extension_references=resource_extension_references,
        availability_set_name=availability_set_name,
        data_virtual_hard_disks=data_virtual_hard_disks,
        os_virtual_hard_disk=os_virtual_hard_disk,
        role_size=role_size,
        provision_guest_agent=provision_guest_agent,
    ), 'PersistentVMRole')


update_role: Operation[AsynchronousOperationResult] = Operation(
    'update_role', 'PUT', '/{subscription_id}/services/hostedservices/{service_name}/deployments/{deployment_name}/roles/{role_name}',
    (
        'service_name',
        'deployment_name',
        'role_name',
        'os_virtual_hard_disk',
        'network_config',
        'availability_set_name',
        'data_virtual_hard_disks',
        'role_size',
        'role_type',
        'resource_extension_references',
        'provision_guest_agent',
    ),
    '2014-10-01',
    required=3,
    body=body_update_role,
    returns_request_id=True,
)


def body_update_vm_image(vm_image_name: str, vm_image: m.VMImage) -> str:
    """The request body of `update_vm_image`: <VMImage>."""
    return to_xml(x.write_VMImage__update_vm_image, vm_image, 'VMImage')


update_vm_image: Operation[AsynchronousOperationResult] = Operation(
    'update_vm_image', 'PUT', '/{subscription_id}/services/vmimages/{vm_image_name}',
    ('vm_image_name', 'vm_image'),
    '2014-10-01',
    required=2,
    body=body_update_vm_image,
    returns_request_id=True,
)


# Waiter os_image_available: acceptors (state, matcher, expected, path) and the operation polled.
wait_until_os_image_available: Waiter[m.OSImage] = Waiter('os_image_available', 10.0, (
    ('success', 'status', 200, None),
    ('retry', 'status', 404, None),
), get_os_image)


# Waiter vm_image_available: acceptors (state, matcher, expected, path) and the operation polled.
wait_until_vm_image_available: Waiter[list[m.VMImage]] = Waiter('vm_image_available', 15.0, (
    ('success', 'path_any', 'VMImageReadyForUse', '[?name == {vm_image_name}].vm_image_state'),
), list_vm_images)
