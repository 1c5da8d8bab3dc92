"""The methods of spec/operations/virtual_machines.toml and spec/waiters/virtual_machines.toml.

Generated from spec/ by codegen; do not edit. VirtualMachinesOperations is a part of the
client class ServiceManagementService; aio.py holds the async twins of these methods,
rendered from the same template (codegen/templates/methods.j2).
"""

from __future__ import annotations

from typing import Any, Callable

from asm_sdk_runtime.client import ServiceClient
from asm_sdk_runtime.core import AsynchronousOperationResult

from .. import models as m
from . import operations as o


class VirtualMachinesOperations(ServiceClient):
    """The operations of spec/operations/virtual_machines.toml."""

    def add_data_disk(
        self,
        service_name: str,
        deployment_name: str,
        role_name: str,
        lun: int,
        host_caching: str | None = None,
        media_link: str | None = None,
        disk_label: str | None = None,
        disk_name: str | None = None,
        logical_disk_size_in_gb: int | None = None,
        source_media_link: str | None = None,
    ) -> AsynchronousOperationResult:
        """Attach a data disk to a virtual machine: an existing disk, a VHD blob, or a
        new empty disk.

        ``POST /{subscription_id}/services/hostedservices/{service_name}/deployments/{deployment_name}/roles/{role_name}/DataDisks`` (x-ms-version 2014-10-01, asynchronous)

        Args:
            service_name: Cloud service of the machine.
            deployment_name: Deployment of the machine.
            role_name: Name of the virtual machine.
            lun: Logical unit number (slot) for the disk, 0 to 15 or more
                depending on size.
            host_caching: None, ReadOnly or ReadWrite (service default: ReadOnly).
            media_link: URL of the VHD blob to use or to create.
            disk_label: Description of the disk.
            disk_name: Existing disk of the repository to attach.
            logical_disk_size_in_gb: Size of a new empty disk.
            source_media_link: URL of a VHD blob to attach as is.

        Returns:
            AsynchronousOperationResult: the request id; pass it to
            wait_for_operation_status() to wait for completion.
        """
        return self._call(
            o.add_data_disk,
            service_name,
            deployment_name,
            role_name,
            lun,
            host_caching,
            media_link,
            disk_label,
            disk_name,
            logical_disk_size_in_gb,
            source_media_link,
        )

    def add_disk(
        self,
        has_operating_system: bool,
        label: str,
        media_link: str,
        name: str,
        os: str | None = None,
    ) -> None:
        """Register a VHD blob of the subscription as a disk.

        ``POST /{subscription_id}/services/disks`` (x-ms-version 2014-10-01)

        Args:
            has_operating_system: Deprecated and not sent; the os argument decides.
            label: Description of the disk.
            media_link: URL of the VHD blob, in a storage account of the
                subscription.
            name: Name of the disk.
            os: Linux or Windows for an OS disk; None for a data disk.

        Returns:
            None (the request id of the call is logged and kept in
            last_request_id).
        """
        return self._call(o.add_disk, has_operating_system, label, media_link, name, os)

    def add_os_image(
        self,
        label: str,
        media_link: str,
        name: str,
        os: str,
    ) -> AsynchronousOperationResult:
        """Register a VHD blob of the subscription as an OS image.

        ``POST /{subscription_id}/services/images`` (x-ms-version 2014-10-01, asynchronous)

        Args:
            label: Display name of the image.
            media_link: URL of the VHD blob, in a storage account of the
                subscription.
            name: Name of the image.
            os: Linux or Windows.

        Returns:
            AsynchronousOperationResult: the request id; pass it to
            wait_for_operation_status() to wait for completion.
        """
        return self._call(o.add_os_image, label, media_link, name, os)

    def add_role(
        self,
        service_name: str,
        deployment_name: str,
        role_name: str,
        system_config: m.ConfigurationSet | None = None,
        os_virtual_hard_disk: m.OSVirtualHardDisk | None = None,
        network_config: m.ConfigurationSet | None = None,
        availability_set_name: str | None = None,
        data_virtual_hard_disks: list[m.DataVirtualHardDisk] | None = None,
        role_size: str | None = None,
        role_type: str = 'PersistentVMRole',
        resource_extension_references: list[m.ResourceExtensionReference] | None = None,
        provision_guest_agent: bool | None = None,
        vm_image_name: str | None = None,
        media_location: str | None = None,
    ) -> AsynchronousOperationResult:
        """Add a virtual machine to an existing virtual machine deployment.

        ``POST /{subscription_id}/services/hostedservices/{service_name}/deployments/{deployment_name}/roles`` (x-ms-version 2014-10-01, asynchronous)

        Args:
            service_name: Cloud service of the deployment.
            deployment_name: Deployment to add the machine to.
            role_name: Name of the new virtual machine.
            system_config: A LinuxConfigurationSet or WindowsConfigurationSet (may be
                None for a specialized VM image).
            os_virtual_hard_disk: OS disk and its source image; None when vm_image_name is
                given.
            network_config: Network configuration set.
            availability_set_name: Availability set to place the machine in.
            data_virtual_hard_disks: Data disks to attach.
            role_size: Machine size.
            role_type: Always PersistentVMRole.
            resource_extension_references: Extensions to install.
            provision_guest_agent: Whether to install the VM agent.
            vm_image_name: VM image to create the machine from.
            media_location: Where to copy the VHDs of a published VM image.

        Returns:
            AsynchronousOperationResult: the request id; pass it to
            wait_for_operation_status() to wait for completion.
        """
        return self._call(
            o.add_role,
            service_name,
            deployment_name,
            role_name,
            system_config,
            os_virtual_hard_disk,
            network_config,
            availability_set_name,
            data_virtual_hard_disks,
            role_size,
            role_type,
            resource_extension_references,
            provision_guest_agent,
            vm_image_name,
            media_location,
        )

    def capture_role(
        self,
        service_name: str,
        deployment_name: str,
        role_name: str,
        post_capture_action: str,
        target_image_name: str,
        target_image_label: str,
        provisioning_configuration: m.ConfigurationSet | None = None,
    ) -> AsynchronousOperationResult:
        """Capture a stopped virtual machine as an OS image in the image repository.

        ``POST /{subscription_id}/services/hostedservices/{service_name}/deployments/{deployment_name}/roleinstances/{role_name}/Operations`` (x-ms-version 2014-10-01, asynchronous)

        Args:
            service_name: Cloud service of the machine.
            deployment_name: Deployment of the machine.
            role_name: Name of the virtual machine.
            post_capture_action: Delete (remove the machine) or Reprovision.
            target_image_name: Name of the new OS image.
            target_image_label: Display name of the new OS image.
            provisioning_configuration: Linux or Windows settings used when reprovisioning.

        Returns:
            AsynchronousOperationResult: the request id; pass it to
            wait_for_operation_status() to wait for completion.
        """
        return self._call(
            o.capture_role,
            service_name,
            deployment_name,
            role_name,
            post_capture_action,
            target_image_name,
            target_image_label,
            provisioning_configuration,
        )

    def capture_vm_image(
        self,
        service_name: str,
        deployment_name: str,
        role_name: str,
        options: m.CaptureRoleAsVMImage,
    ) -> AsynchronousOperationResult:
        """Capture a virtual machine with its data disks as a VM image.

        ``POST /{subscription_id}/services/hostedservices/{service_name}/deployments/{deployment_name}/roleinstances/{role_name}/Operations`` (x-ms-version 2014-10-01, asynchronous)

        Args:
            service_name: Cloud service of the machine.
            deployment_name: Deployment of the machine.
            role_name: Name of the virtual machine.
            options: Name, label, OS state and other details of the new VM image.

        Returns:
            AsynchronousOperationResult: the request id; pass it to
            wait_for_operation_status() to wait for completion.
        """
        return self._call(o.capture_vm_image, service_name, deployment_name, role_name, options)

    def create_virtual_machine_deployment(
        self,
        service_name: str,
        deployment_name: str,
        deployment_slot: str,
        label: str,
        role_name: str,
        system_config: m.ConfigurationSet | None = None,
        os_virtual_hard_disk: m.OSVirtualHardDisk | None = None,
        network_config: m.ConfigurationSet | None = None,
        availability_set_name: str | None = None,
        data_virtual_hard_disks: list[m.DataVirtualHardDisk] | None = None,
        role_size: str | None = None,
        role_type: str = 'PersistentVMRole',
        virtual_network_name: str | None = None,
        resource_extension_references: list[m.ResourceExtensionReference] | None = None,
        provision_guest_agent: bool | None = None,
        vm_image_name: str | None = None,
        media_location: str | None = None,
        dns_servers: list[m.DnsServer] | None = None,
        reserved_ip_name: str | None = None,
    ) -> AsynchronousOperationResult:
        """Create a deployment holding one virtual machine in an existing cloud
        service.

        The machine's OS disk comes from an OS image (os_virtual_hard_disk) or the
        whole machine from a VM image (vm_image_name, with os_virtual_hard_disk
        None).

        ``POST /{subscription_id}/services/hostedservices/{service_name}/deployments`` (x-ms-version 2014-10-01, asynchronous)

        Args:
            service_name: Cloud service to deploy into.
            deployment_name: Name of the new deployment, unique within the cloud service.
            deployment_slot: production or staging.
            label: Display name of the deployment (up to 100 characters).
            role_name: Name of the virtual machine.
            system_config: A LinuxConfigurationSet or WindowsConfigurationSet (may be
                None for a specialized VM image).
            os_virtual_hard_disk: OS disk and the image it is made from; None when
                vm_image_name is given.
            network_config: Network configuration set: endpoints, subnets, public IPs.
            availability_set_name: Availability set to place the machine in.
            data_virtual_hard_disks: Data disks to attach.
            role_size: Machine size, such as Small or Standard_D1 (service default:
                Small).
            role_type: Always PersistentVMRole.
            virtual_network_name: Virtual network the deployment joins.
            resource_extension_references: Extensions to install (needs the VM agent).
            provision_guest_agent: Whether to install the VM agent.
            vm_image_name: VM image to create the machine from.
            media_location: Where to copy the VHDs of a published VM image.
            dns_servers: DNS servers of the deployment.
            reserved_ip_name: Reserved IP address to use as the public address.

        Returns:
            AsynchronousOperationResult: the request id; pass it to
            wait_for_operation_status() to wait for completion.
        """
        return self._call(
            o.create_virtual_machine_deployment,
            service_name,
            deployment_name,
            deployment_slot,
            label,
            role_name,
            system_config,
            os_virtual_hard_disk,
            network_config,
            availability_set_name,
            data_virtual_hard_disks,
            role_size,
            role_type,
            virtual_network_name,
            resource_extension_references,
            provision_guest_agent,
            vm_image_name,
            media_location,
            dns_servers,
            reserved_ip_name,
        )

    def create_vm_image(self, vm_image: m.VMImage) -> AsynchronousOperationResult:
        """Register existing VHD blobs (an OS disk and optional data disks) as a VM
        image.

        ``POST /{subscription_id}/services/vmimages`` (x-ms-version 2014-10-01, asynchronous)

        Args:
            vm_image: The image: name, label, OS disk configuration (OS state, OS,
                media link) and optional details.

        Returns:
            AsynchronousOperationResult: the request id; pass it to
            wait_for_operation_status() to wait for completion.
        """
        return self._call(o.create_vm_image, vm_image)

    def delete_data_disk(
        self,
        service_name: str,
        deployment_name: str,
        role_name: str,
        lun: int,
        delete_vhd: bool = False,
    ) -> AsynchronousOperationResult:
        """Detach a data disk from a virtual machine, and optionally delete its VHD
        blob.

        ``DELETE /{subscription_id}/services/hostedservices/{service_name}/deployments/{deployment_name}/roles/{role_name}/DataDisks/{lun}`` (x-ms-version 2014-10-01, asynchronous)

        Args:
            service_name: Cloud service of the machine.
            deployment_name: Deployment of the machine.
            role_name: Name of the virtual machine.
            lun: Logical unit number of the disk.
            delete_vhd: Also delete the disk and its VHD blob.

        Returns:
            AsynchronousOperationResult: the request id; pass it to
            wait_for_operation_status() to wait for completion.
        """
        return self._call(
            o.delete_data_disk,
            service_name,
            deployment_name,
            role_name,
            lun,
            delete_vhd,
        )

    def delete_disk(self, disk_name: str, delete_vhd: bool = False) -> None:
        """Delete a disk that no virtual machine uses, and optionally its VHD blob.

        ``DELETE /{subscription_id}/services/disks/{disk_name}`` (x-ms-version 2014-10-01)

        Args:
            disk_name: Name of the disk.
            delete_vhd: Also delete the VHD blob.

        Returns:
            None (the request id of the call is logged and kept in
            last_request_id).
        """
        return self._call(o.delete_disk, disk_name, delete_vhd)

    def delete_os_image(
        self,
        image_name: str,
        delete_vhd: bool = False,
    ) -> AsynchronousOperationResult:
        """Delete an OS image of the subscription, and optionally its VHD blob.

        ``DELETE /{subscription_id}/services/images/{image_name}`` (x-ms-version 2014-10-01, asynchronous)

        Args:
            image_name: Name of the image.
            delete_vhd: Also delete the VHD blob.

        Returns:
            AsynchronousOperationResult: the request id; pass it to
            wait_for_operation_status() to wait for completion.
        """
        return self._call(o.delete_os_image, image_name, delete_vhd)

    def delete_role(
        self,
        service_name: str,
        deployment_name: str,
        role_name: str,
        complete: bool = False,
    ) -> AsynchronousOperationResult:
        """Delete a virtual machine from a deployment that has more than one.

        ``DELETE /{subscription_id}/services/hostedservices/{service_name}/deployments/{deployment_name}/roles/{role_name}`` (x-ms-version 2014-10-01, asynchronous)

        Args:
            service_name: Cloud service of the machine.
            deployment_name: Deployment of the machine.
            role_name: Name of the virtual machine.
            complete: Also delete the machine's disks and their VHD blobs.

        Returns:
            AsynchronousOperationResult: the request id; pass it to
            wait_for_operation_status() to wait for completion.
        """
        return self._call(o.delete_role, service_name, deployment_name, role_name, complete)

    def delete_vm_image(
        self,
        vm_image_name: str,
        delete_vhd: bool = False,
    ) -> AsynchronousOperationResult:
        """Delete a VM image, and optionally its VHD blobs.

        ``DELETE /{subscription_id}/services/vmimages/{vm_image_name}`` (x-ms-version 2014-10-01, asynchronous)

        Args:
            vm_image_name: Name of the image.
            delete_vhd: Also delete the VHD blobs.

        Returns:
            AsynchronousOperationResult: the request id; pass it to
            wait_for_operation_status() to wait for completion.
        """
        return self._call(o.delete_vm_image, vm_image_name, delete_vhd)

    def get_data_disk(
        self,
        service_name: str,
        deployment_name: str,
        role_name: str,
        lun: int,
    ) -> m.DataVirtualHardDisk:
        """Get a data disk attached to a virtual machine.

        ``GET /{subscription_id}/services/hostedservices/{service_name}/deployments/{deployment_name}/roles/{role_name}/DataDisks/{lun}`` (x-ms-version 2014-10-01)

        Args:
            service_name: Cloud service of the machine.
            deployment_name: Deployment of the machine.
            role_name: Name of the virtual machine.
            lun: Logical unit number of the disk.

        Returns:
            DataVirtualHardDisk: A data disk attached to a virtual machine.
        """
        return self._call(o.get_data_disk, service_name, deployment_name, role_name, lun)

    def get_disk(self, disk_name: str) -> m.Disk:
        """Get a disk of the disk repository.

        ``GET /{subscription_id}/services/disks/{disk_name}`` (x-ms-version 2014-10-01)

        Args:
            disk_name: Name of the disk.

        Returns:
            Disk: A disk in the disk repository (an OS or data disk backed by a
            VHD blob).
        """
        return self._call(o.get_disk, disk_name)

    def get_os_image(self, image_name: str) -> m.OSImage:
        """Get an OS image.

        ``GET /{subscription_id}/services/images/{image_name}`` (x-ms-version 2014-10-01)

        Args:
            image_name: Name of the image.

        Returns:
            OSImage: An operating system image in the image repository: a
            platform image or a user image. The same shape is the body of
            add_os_image and update_os_image (a few elements only).
        """
        return self._call(o.get_os_image, image_name)

    def get_os_image_details(self, image_name: str) -> m.OSImageDetails:
        """Get an OS image with the progress of its replication to other regions.

        ``GET /{subscription_id}/services/images/{image_name}/details`` (x-ms-version 2014-10-01)

        Args:
            image_name: Name of the image.

        Returns:
            OSImageDetails: An OS image with the progress of its replication to
            other regions.
        """
        return self._call(o.get_os_image_details, image_name)

    def get_role(
        self,
        service_name: str,
        deployment_name: str,
        role_name: str,
    ) -> m.PersistentVMRole:
        """Get the configuration of a virtual machine.

        ``GET /{subscription_id}/services/hostedservices/{service_name}/deployments/{deployment_name}/roles/{role_name}`` (x-ms-version 2014-10-01)

        Args:
            service_name: Cloud service of the machine.
            deployment_name: Deployment of the machine.
            role_name: Name of the virtual machine.

        Returns:
            PersistentVMRole: A virtual machine role as its own document
            (get_role, add_role, update_role); the same shape as Role.
            Deployments also tag their Role entries with this type
            (i:type="PersistentVMRole").
        """
        return self._call(o.get_role, service_name, deployment_name, role_name)

    def list_disks(self) -> list[m.Disk]:
        """List the disks in the subscription's disk repository.

        ``GET /{subscription_id}/services/disks`` (x-ms-version 2014-10-01)

        Returns:
            list[Disk]:
        """
        return self._call(o.list_disks)

    def list_os_images(self) -> list[m.OSImage]:
        """List the OS images available to the subscription: platform images and the
        subscription's own.

        ``GET /{subscription_id}/services/images`` (x-ms-version 2014-10-01)

        Returns:
            list[OSImage]:
        """
        return self._call(o.list_os_images)

    def list_resource_extension_versions(
        self,
        publisher_name: str,
        extension_name: str,
    ) -> list[m.ResourceExtension]:
        """List every version of one resource extension.

        ``GET /{subscription_id}/services/resourceextensions/{publisher_name}/{extension_name}`` (x-ms-version 2014-10-01)

        Args:
            publisher_name: Publisher of the extension.
            extension_name: Name of the extension.

        Returns:
            list[ResourceExtension]:
        """
        return self._call(o.list_resource_extension_versions, publisher_name, extension_name)

    def list_resource_extensions(self) -> list[m.ResourceExtension]:
        """List the latest version of every resource extension virtual machines can
        install.

        ``GET /{subscription_id}/services/resourceextensions`` (x-ms-version 2014-10-01)

        Returns:
            list[ResourceExtension]:
        """
        return self._call(o.list_resource_extensions)

    def list_vm_images(
        self,
        location: str | None = None,
        publisher: str | None = None,
        category: str | None = None,
    ) -> list[m.VMImage]:
        """List the VM images available to the subscription, optionally filtered.

        ``GET /{subscription_id}/services/vmimages`` (x-ms-version 2014-10-01)

        Args:
            location: Only images available in this region.
            publisher: Only images of this publisher.
            category: Only images of this category, such as Public or User.

        Returns:
            list[VMImage]:
        """
        return self._call(o.list_vm_images, location, publisher, category)

    def replicate_vm_image(
        self,
        vm_image_name: str,
        regions: list[str],
        offer: str,
        sku: str,
        version: str,
    ) -> AsynchronousOperationResult:
        """Replicate an image to regions so that it can be published (image publishers
        only).

        ``PUT /{subscription_id}/services/images/{vm_image_name}/replicate`` (x-ms-version 2015-04-01, asynchronous)

        Args:
            vm_image_name: Name of the image to replicate.
            regions: Regions to replicate to.
            offer: Marketplace offer of the image.
            sku: Marketplace SKU of the image.
            version: Version of the image, such as 1.0.0.

        Returns:
            AsynchronousOperationResult: the request id; pass it to
            wait_for_operation_status() to wait for completion.
        """
        return self._call(o.replicate_vm_image, vm_image_name, regions, offer, sku, version)

    def restart_role(
        self,
        service_name: str,
        deployment_name: str,
        role_name: str,
    ) -> AsynchronousOperationResult:
        """Restart a virtual machine.

        ``POST /{subscription_id}/services/hostedservices/{service_name}/deployments/{deployment_name}/roleinstances/{role_name}/Operations`` (x-ms-version 2014-10-01, asynchronous)

        Args:
            service_name: Cloud service of the machine.
            deployment_name: Deployment of the machine.
            role_name: Name of the virtual machine.

        Returns:
            AsynchronousOperationResult: the request id; pass it to
            wait_for_operation_status() to wait for completion.
        """
        return self._call(o.restart_role, service_name, deployment_name, role_name)

    def share_vm_image(
        self,
        vm_image_name: str,
        permission: str,
    ) -> AsynchronousOperationResult:
        """Share a replicated image with other subscriptions (image publishers only).

        ``PUT /{subscription_id}/services/images/{vm_image_name}/shareasync`` (x-ms-version 2015-04-01, asynchronous)

        Args:
            vm_image_name: Name of the image.
            permission: public, msdn or private.

        Returns:
            AsynchronousOperationResult: the request id; pass it to
            wait_for_operation_status() to wait for completion.
        """
        return self._call(o.share_vm_image, vm_image_name, permission)

    def shutdown_role(
        self,
        service_name: str,
        deployment_name: str,
        role_name: str,
        post_shutdown_action: str = 'Stopped',
    ) -> AsynchronousOperationResult:
        """Shut down a virtual machine.

        ``POST /{subscription_id}/services/hostedservices/{service_name}/deployments/{deployment_name}/roleinstances/{role_name}/Operations`` (x-ms-version 2014-10-01, asynchronous)

        Args:
            service_name: Cloud service of the machine.
            deployment_name: Deployment of the machine.
            role_name: Name of the virtual machine.
            post_shutdown_action: Stopped (keeps the compute resources, still billed) or
                StoppedDeallocated.

        Returns:
            AsynchronousOperationResult: the request id; pass it to
            wait_for_operation_status() to wait for completion.
        """
        return self._call(
            o.shutdown_role,
            service_name,
            deployment_name,
            role_name,
            post_shutdown_action,
        )

    def shutdown_roles(
        self,
        service_name: str,
        deployment_name: str,
        role_names: list[str],
        post_shutdown_action: str = 'Stopped',
    ) -> AsynchronousOperationResult:
        """Shut down several virtual machines of a deployment.

        ``POST /{subscription_id}/services/hostedservices/{service_name}/deployments/{deployment_name}/roles/Operations`` (x-ms-version 2014-10-01, asynchronous)

        Args:
            service_name: Cloud service of the machines.
            deployment_name: Deployment of the machines.
            role_names: Names of the virtual machines.
            post_shutdown_action: Stopped or StoppedDeallocated.

        Returns:
            AsynchronousOperationResult: the request id; pass it to
            wait_for_operation_status() to wait for completion.
        """
        return self._call(
            o.shutdown_roles,
            service_name,
            deployment_name,
            role_names,
            post_shutdown_action,
        )

    def start_role(
        self,
        service_name: str,
        deployment_name: str,
        role_name: str,
    ) -> AsynchronousOperationResult:
        """Start a stopped virtual machine.

        ``POST /{subscription_id}/services/hostedservices/{service_name}/deployments/{deployment_name}/roleinstances/{role_name}/Operations`` (x-ms-version 2014-10-01, asynchronous)

        Args:
            service_name: Cloud service of the machine.
            deployment_name: Deployment of the machine.
            role_name: Name of the virtual machine.

        Returns:
            AsynchronousOperationResult: the request id; pass it to
            wait_for_operation_status() to wait for completion.
        """
        return self._call(o.start_role, service_name, deployment_name, role_name)

    def start_roles(
        self,
        service_name: str,
        deployment_name: str,
        role_names: list[str],
    ) -> AsynchronousOperationResult:
        """Start several virtual machines of a deployment.

        ``POST /{subscription_id}/services/hostedservices/{service_name}/deployments/{deployment_name}/roles/Operations`` (x-ms-version 2014-10-01, asynchronous)

        Args:
            service_name: Cloud service of the machines.
            deployment_name: Deployment of the machines.
            role_names: Names of the virtual machines.

        Returns:
            AsynchronousOperationResult: the request id; pass it to
            wait_for_operation_status() to wait for completion.
        """
        return self._call(o.start_roles, service_name, deployment_name, role_names)

    def unreplicate_vm_image(self, vm_image_name: str) -> AsynchronousOperationResult:
        """Remove the replicas of an image from every region (image publishers only).

        ``PUT /{subscription_id}/services/images/{vm_image_name}/unreplicate`` (x-ms-version 2015-04-01, asynchronous)

        Args:
            vm_image_name: Name of the image (the subscription's own name, not the
                published one).

        Returns:
            AsynchronousOperationResult: the request id; pass it to
            wait_for_operation_status() to wait for completion.
        """
        return self._call(o.unreplicate_vm_image, vm_image_name)

    def update_data_disk(
        self,
        service_name: str,
        deployment_name: str,
        role_name: str,
        lun: int,
        host_caching: str | None = None,
        media_link: str | None = None,
        updated_lun: int | None = None,
        disk_label: str | None = None,
        disk_name: str | None = None,
        logical_disk_size_in_gb: int | None = None,
    ) -> AsynchronousOperationResult:
        """Change a data disk attached to a virtual machine (caching, LUN, label).

        ``PUT /{subscription_id}/services/hostedservices/{service_name}/deployments/{deployment_name}/roles/{role_name}/DataDisks/{lun}`` (x-ms-version 2014-10-01, asynchronous)

        Args:
            service_name: Cloud service of the machine.
            deployment_name: Deployment of the machine.
            role_name: Name of the virtual machine.
            lun: Current logical unit number of the disk.
            host_caching: None, ReadOnly or ReadWrite.
            media_link: URL of the disk's VHD blob.
            updated_lun: New logical unit number.
            disk_label: Description of the disk.
            disk_name: Name of the disk.
            logical_disk_size_in_gb: Size of the disk.

        Returns:
            AsynchronousOperationResult: the request id; pass it to
            wait_for_operation_status() to wait for completion.
        """
        return self._call(
            o.update_data_disk,
            service_name,
            deployment_name,
            role_name,
            lun,
            host_caching,
            media_link,
            updated_lun,
            disk_label,
            disk_name,
            logical_disk_size_in_gb,
        )

    def update_disk(
        self,
        disk_name: str,
        has_operating_system: bool | None = None,
        label: str | None = None,
        media_link: str | None = None,
        name: str | None = None,
        os: str | None = None,
    ) -> None:
        """Change the label of a disk.

        ``PUT /{subscription_id}/services/disks/{disk_name}`` (x-ms-version 2014-10-01)

        Args:
            disk_name: Name of the disk to change.
            has_operating_system: Deprecated; not sent.
            label: New description of the disk.
            media_link: Deprecated; not sent.
            name: Deprecated; not sent.
            os: Deprecated; not sent.

        Returns:
            None (the request id of the call is logged and kept in
            last_request_id).
        """
        return self._call(
            o.update_disk,
            disk_name,
            has_operating_system,
            label,
            media_link,
            name,
            os,
        )

    def update_os_image(
        self,
        image_name: str,
        label: str,
        media_link: str,
        name: str,
        os: str,
    ) -> AsynchronousOperationResult:
        """Change the label of an OS image of the subscription.

        ``PUT /{subscription_id}/services/images/{image_name}`` (x-ms-version 2014-10-01, asynchronous)

        Args:
            image_name: Name of the image to change.
            label: New display name.
            media_link: URL of the image's VHD blob.
            name: Name of the image.
            os: Linux or Windows.

        Returns:
            AsynchronousOperationResult: the request id; pass it to
            wait_for_operation_status() to wait for completion.
        """
        return self._call(o.update_os_image, image_name, label, media_link, name, os)

    def update_os_image_from_image_reference(
        self,
        image_name: str,
        os_image: m.OSImage,
    ) -> AsynchronousOperationResult:
        """Change the descriptive details of an OS image (label, description, EULA,
        icons, ...) from an OSImage object.

        ``PUT /{subscription_id}/services/images/{image_name}`` (x-ms-version 2014-10-01, asynchronous)

        Args:
            image_name: Name of the image to change.
            os_image: The new details; fields left None are not sent.

        Returns:
            AsynchronousOperationResult: the request id; pass it to
            wait_for_operation_status() to wait for completion.
        """
        return self._call(o.update_os_image_from_image_reference, image_name, os_image)

    def update_role(
        self,
        service_name: str,
        deployment_name: str,
        role_name: str,
        os_virtual_hard_disk: m.OSVirtualHardDisk | None = None,
        network_config: m.ConfigurationSet | None = None,
        availability_set_name: str | None = None,
        data_virtual_hard_disks: list[m.DataVirtualHardDisk] | None = None,
        role_size: str | None = None,
        role_type: str = 'PersistentVMRole',
        resource_extension_references: list[m.ResourceExtensionReference] | None = None,
        provision_guest_agent: bool | None = None,
    ) -> AsynchronousOperationResult:
        """Change the network settings, disks, size or extensions of a virtual machine.

        ``PUT /{subscription_id}/services/hostedservices/{service_name}/deployments/{deployment_name}/roles/{role_name}`` (x-ms-version 2014-10-01, asynchronous)

        Args:
            service_name: Cloud service of the machine.
            deployment_name: Deployment of the machine.
            role_name: Name of the virtual machine.
            os_virtual_hard_disk: New OS disk settings (such as host caching).
            network_config: The complete new network configuration set.
            availability_set_name: Availability set of the machine.
            data_virtual_hard_disks: Data disks of the machine.
            role_size: New machine size.
            role_type: Always PersistentVMRole.
            resource_extension_references: Extensions of the machine.
            provision_guest_agent: Whether the VM agent is installed.

        Returns:
            AsynchronousOperationResult: the request id; pass it to
            wait_for_operation_status() to wait for completion.
        """
        return self._call(
            o.update_role,
            service_name,
            deployment_name,
            role_name,
            os_virtual_hard_disk,
            network_config,
            availability_set_name,
            data_virtual_hard_disks,
            role_size,
            role_type,
            resource_extension_references,
            provision_guest_agent,
        )

    def update_vm_image(
        self,
        vm_image_name: str,
        vm_image: m.VMImage,
    ) -> AsynchronousOperationResult:
        """Change the label, description, disk caching and other details of a VM image.

        ``PUT /{subscription_id}/services/vmimages/{vm_image_name}`` (x-ms-version 2014-10-01, asynchronous)

        Args:
            vm_image_name: Name of the image to change.
            vm_image: The new details; fields left None are not sent.

        Returns:
            AsynchronousOperationResult: the request id; pass it to
            wait_for_operation_status() to wait for completion.
        """
        return self._call(o.update_vm_image, vm_image_name, vm_image)

    def wait_until_os_image_available(
        self,
        image_name: str,
        *,
        timeout: float = 900,
        delay: float | None = None,
        progress_callback: Callable[[Any], None] | None = None,
    ) -> m.OSImage:
        """Wait until an OS image exists (its GET answers; 404 means not yet).

        Waiter ``os_image_available``: calls `get_os_image` until the first matching
        rule says success or failure (no match: call again):

        - success: HTTP status 200
        - retry: HTTP status 404

        Args:
            image_name: Name of the image.
            timeout: Seconds to wait before raising AzureWaiterTimeoutError.
            delay: Fixed seconds between calls; None polls soon at first and backs off to
                10 s between calls.
            progress_callback: Called with every result of `get_os_image`.

        Returns:
            OSImage: the result that matched success.

        Raises:
            AzureWaiterTimeoutError: `timeout` ran out; `result` is the last result and
                `state` what the first rule saw in it.
        """
        return self._wait(
            o.wait_until_os_image_available,
            (image_name,),
            dict(image_name=image_name),
            timeout,
            delay,
            progress_callback,
        )

    def wait_until_vm_image_available(
        self,
        vm_image_name: str,
        location: str | None = None,
        publisher: str | None = None,
        category: str | None = None,
        *,
        timeout: float = 1800,
        delay: float | None = None,
        progress_callback: Callable[[Any], None] | None = None,
    ) -> list[m.VMImage]:
        """Wait until a VM image (e.g. one being captured) is listed as
        VMImageReadyForUse.

        Waiter ``vm_image_available``: calls `list_vm_images` until the first
        matching rule says success or failure (no match: call again):

        - success: any ``[?name == {vm_image_name}].vm_image_state`` == 'VMImageReadyForUse'

        Args:
            vm_image_name: Name of the VM image.
            location: Only images available in this region.
            publisher: Only images of this publisher.
            category: Only images of this category, such as Public or User.
            timeout: Seconds to wait before raising AzureWaiterTimeoutError.
            delay: Fixed seconds between calls; None polls soon at first and backs off to
                15 s between calls.
            progress_callback: Called with every result of `list_vm_images`.

        Returns:
            list[VMImage]: the result that matched success.

        Raises:
            AzureWaiterTimeoutError: `timeout` ran out; `result` is the last result and
                `state` what the first rule saw in it.
        """
        return self._wait(
            o.wait_until_vm_image_available,
            (location, publisher, category),
            dict(
                vm_image_name=vm_image_name,
                location=location,
                publisher=publisher,
                category=category,
            ),
            timeout,
            delay,
            progress_callback,
        )
