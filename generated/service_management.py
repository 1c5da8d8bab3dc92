"""ServiceManagementService: one method per operation of the spec.

Generated from spec/ by codegen; do not edit.
"""

from __future__ import annotations

from typing import Any, Callable

from asm_sdk_runtime.client import (
    AsynchronousOperationResult,
    ServiceClient,
    any_given,
    path_value,
    required,
)
from asm_sdk_runtime.polling import Waiter, wait_until

from . import _xml as x
from . import models as m

# Waiters: acceptors (state, matcher, expected, path) from spec/waiters/, compiled once.
_WAIT_DEPLOYMENT_DELETED = Waiter('deployment_deleted', 15.0, (
    ('success', 'status', 404, None),
))
_WAIT_DEPLOYMENT_RUNNING = Waiter('deployment_running', 15.0, (
    ('success', 'path', 'Running', 'status'),
))
_WAIT_HOSTED_SERVICE_DELETED = Waiter('hosted_service_deleted', 15.0, (
    ('success', 'status', 404, None),
))
_WAIT_OS_IMAGE_AVAILABLE = Waiter('os_image_available', 10.0, (
    ('success', 'status', 200, None),
    ('retry', 'status', 404, None),
))
_WAIT_ROLE_INSTANCES_READY = Waiter('role_instances_ready', 15.0, (
    ('success', 'path_all', 'ReadyRole', 'role_instance_list[].instance_status'),
    ('failure', 'path_any', 'FailedStartingVM', 'role_instance_list[].instance_status'),
    ('failure', 'path_any', 'ProvisioningFailed', 'role_instance_list[].instance_status'),
))
_WAIT_ROLE_STOPPED = Waiter('role_stopped', 15.0, (
    ('success', 'path_all', 'StoppedVM', 'role_instance_list[?role_name == {role_name}].instance_status'),
    ('success', 'path_all', 'StoppedDeallocated', 'role_instance_list[?role_name == {role_name}].instance_status'),
))
_WAIT_STORAGE_ACCOUNT_CREATED = Waiter('storage_account_created', 10.0, (
    ('success', 'path', 'Created', 'storage_service_properties.status'),
    ('retry', 'status', 404, None),
))
_WAIT_VM_IMAGE_AVAILABLE = Waiter('vm_image_available', 15.0, (
    ('success', 'path_any', 'VMImageReadyForUse', '[?name == {vm_image_name}].vm_image_state'),
))


class ServiceManagementService(ServiceClient):
    """Client for the Azure Service Management (classic) REST API.

    Authenticates with a management certificate (mutual TLS). One instance may be shared
    by many threads: it holds a pool of reused HTTPS connections and no per-request
    state.

    Construct it as ``ServiceManagementService(subscription_id, cert_file)``, or with an Azure AD
    token credential as ``ServiceManagementService(subscription_id, credential=...)``; every
    constructor argument is described on `asm_sdk_runtime.client.ServiceClient`.  Default host:
    management.core.windows.net, x-ms-version 2014-10-01.
    """

    _default_host = 'management.core.windows.net'
    _x_ms_version = '2014-10-01'

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
        required(
            service_name=service_name,
            deployment_name=deployment_name,
            role_name=role_name,
            lun=lun,
        )
        body = x.to_xml(x.write_DataVirtualHardDisk__add_data_disk, m.DataVirtualHardDisk(
            host_caching=host_caching,
            disk_label=disk_label,
            disk_name=disk_name,
            lun=lun,
            logical_disk_size_in_gb=logical_disk_size_in_gb,
            media_link=media_link,
            source_media_link=source_media_link,
        ), 'DataVirtualHardDisk')
        return self._perform(
            'POST',
            '/' + self._sub + '/services/hostedservices/' + path_value(service_name, 'service_name') + '/deployments/' + path_value(deployment_name, 'deployment_name') + '/roles/' + path_value(role_name, 'role_name') + '/DataDisks',
            [],
            '2014-10-01',
            body,
            None,
            None,
            returns_request_id=True,
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
        required(
            has_operating_system=has_operating_system,
            label=label,
            media_link=media_link,
            name=name,
        )
        body = x.to_xml(x.write_Disk__add_disk, m.Disk(
            os=os,
            label=label,
            media_link=media_link,
            name=name,
        ), 'Disk')
        return self._perform(
            'POST',
            '/' + self._sub + '/services/disks',
            [],
            '2014-10-01',
            body,
            None,
            None,
        )

    def add_dns_server(
        self,
        service_name: str,
        deployment_name: str,
        dns_server_name: str,
        address: str,
    ) -> AsynchronousOperationResult:
        """Add a DNS server to the settings of a virtual machine deployment.

        ``POST /{subscription_id}/services/hostedservices/{service_name}/deployments/{deployment_name}/dnsservers`` (x-ms-version 2014-10-01, asynchronous)

        Args:
            service_name: Cloud service that owns the deployment.
            deployment_name: Name of the deployment.
            dns_server_name: Name for the DNS server entry.
            address: IPv4 address of the DNS server.

        Returns:
            AsynchronousOperationResult: the request id; pass it to
            wait_for_operation_status() to wait for completion.
        """
        required(
            service_name=service_name,
            deployment_name=deployment_name,
            dns_server_name=dns_server_name,
            address=address,
        )
        body = x.to_xml(x.write_DnsServer, m.DnsServer(
            name=dns_server_name,
            address=address,
        ), 'DnsServer')
        return self._perform(
            'POST',
            '/' + self._sub + '/services/hostedservices/' + path_value(service_name, 'service_name') + '/deployments/' + path_value(deployment_name, 'deployment_name') + '/dnsservers',
            [],
            '2014-10-01',
            body,
            None,
            None,
            returns_request_id=True,
        )

    def add_management_certificate(
        self,
        public_key: str,
        thumbprint: str,
        data: str,
    ) -> None:
        """Add a management certificate to the subscription.

        ``POST /{subscription_id}/certificates`` (x-ms-version 2014-10-01)

        Args:
            public_key: Base64 of the certificate's public key.
            thumbprint: Thumbprint of the certificate, in hex.
            data: Base64 of the certificate's raw .cer data.

        Returns:
            None (the request id of the call is logged and kept in
            last_request_id).
        """
        required(public_key=public_key, thumbprint=thumbprint, data=data)
        body = x.to_xml(x.write_SubscriptionCertificate__add_management_certificate, m.SubscriptionCertificate(
            subscription_certificate_public_key=public_key,
            subscription_certificate_thumbprint=thumbprint,
            subscription_certificate_data=data,
        ), 'SubscriptionCertificate')
        return self._perform(
            'POST',
            '/' + self._sub + '/certificates',
            [],
            '2014-10-01',
            body,
            None,
            None,
        )

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
        required(label=label, media_link=media_link, name=name, os=os)
        body = x.to_xml(x.write_OSImage__add_os_image, m.OSImage(
            label=label,
            media_link=media_link,
            name=name,
            os=os,
        ), 'OSImage')
        return self._perform(
            'POST',
            '/' + self._sub + '/services/images',
            [],
            '2014-10-01',
            body,
            None,
            None,
            returns_request_id=True,
        )

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
        required(
            service_name=service_name,
            deployment_name=deployment_name,
            role_name=role_name,
        )
        body = x.to_xml(x.write_PersistentVMRole__add_role, m.PersistentVMRole(
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
        return self._perform(
            'POST',
            '/' + self._sub + '/services/hostedservices/' + path_value(service_name, 'service_name') + '/deployments/' + path_value(deployment_name, 'deployment_name') + '/roles',
            [],
            '2014-10-01',
            body,
            None,
            None,
            returns_request_id=True,
        )

    def add_service_certificate(
        self,
        service_name: str,
        data: str,
        certificate_format: str,
        password: str | None = None,
    ) -> AsynchronousOperationResult:
        """Install a certificate (.pfx or .cer) in a cloud service for its roles to
        use.

        ``POST /{subscription_id}/services/hostedservices/{service_name}/certificates`` (x-ms-version 2014-10-01, asynchronous)

        Args:
            service_name: Name of the cloud service.
            data: The certificate file, base64-encoded.
            certificate_format: 'pfx' or 'cer'.
            password: Password of a .pfx file.

        Returns:
            AsynchronousOperationResult: the request id; pass it to
            wait_for_operation_status() to wait for completion.
        """
        required(
            service_name=service_name,
            data=data,
            certificate_format=certificate_format,
        )
        body = x.to_xml(x.write_CertificateFile, m.CertificateFile(
            data=data,
            certificate_format=certificate_format,
            password=password,
        ), 'CertificateFile')
        return self._perform(
            'POST',
            '/' + self._sub + '/services/hostedservices/' + path_value(service_name, 'service_name') + '/certificates',
            [],
            '2014-10-01',
            body,
            None,
            None,
            returns_request_id=True,
        )

    def associate_reserved_ip_address(
        self,
        name: str,
        service_name: str,
        deployment_name: str,
        virtual_ip_name: str | None = None,
    ) -> AsynchronousOperationResult:
        """Bind a reserved IP address to a running cloud service deployment.

        ``POST /{subscription_id}/services/networking/reservedips/{name}/operations/associate`` (x-ms-version 2015-02-01, asynchronous)

        Args:
            name: Name of the reserved IP.
            service_name: Cloud service that owns the deployment.
            deployment_name: Deployment to bind the address to.
            virtual_ip_name: Virtual IP of the deployment to use (multi-VIP deployments);
                None uses the default one.

        Returns:
            AsynchronousOperationResult: the request id; pass it to
            wait_for_operation_status() to wait for completion.
        """
        required(name=name, service_name=service_name, deployment_name=deployment_name)
        body = x.to_xml(x.write_ReservedIPAssociation, m.ReservedIPAssociation(
            service_name=service_name,
            deployment_name=deployment_name,
            virtual_ip_name=virtual_ip_name,
        ), 'ReservedIPAssociation')
        return self._perform(
            'POST',
            '/' + self._sub + '/services/networking/reservedips/' + path_value(name, 'name') + '/operations/associate',
            [],
            '2015-02-01',
            body,
            None,
            None,
            returns_request_id=True,
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
        required(
            service_name=service_name,
            deployment_name=deployment_name,
            role_name=role_name,
            post_capture_action=post_capture_action,
            target_image_name=target_image_name,
            target_image_label=target_image_label,
        )
        body = x.to_xml(x.write_CaptureRoleOperation__capture_role, m.CaptureRoleOperation(
            post_capture_action=post_capture_action,
            provisioning_configuration=provisioning_configuration,
            target_image_label=target_image_label,
            target_image_name=target_image_name,
        ), 'CaptureRoleOperation')
        return self._perform(
            'POST',
            '/' + self._sub + '/services/hostedservices/' + path_value(service_name, 'service_name') + '/deployments/' + path_value(deployment_name, 'deployment_name') + '/roleinstances/' + path_value(role_name, 'role_name') + '/Operations',
            [],
            '2014-10-01',
            body,
            None,
            None,
            returns_request_id=True,
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
        required(
            service_name=service_name,
            deployment_name=deployment_name,
            role_name=role_name,
            options=options,
        )
        body = x.to_xml(x.write_CaptureAsVMImageOperation, options, 'CaptureRoleAsVMImageOperation')
        return self._perform(
            'POST',
            '/' + self._sub + '/services/hostedservices/' + path_value(service_name, 'service_name') + '/deployments/' + path_value(deployment_name, 'deployment_name') + '/roleinstances/' + path_value(role_name, 'role_name') + '/Operations',
            [],
            '2014-10-01',
            body,
            None,
            None,
            returns_request_id=True,
        )

    def change_deployment_configuration(
        self,
        service_name: str,
        deployment_name: str,
        configuration: str,
        treat_warnings_as_error: bool = False,
        mode: str = 'Auto',
        extended_properties: dict[str, str] | None = None,
    ) -> AsynchronousOperationResult:
        """Upload a new service configuration (.cscfg) to a running deployment.

        ``POST /{subscription_id}/services/hostedservices/{service_name}/deployments/{deployment_name}/?comp=config`` (x-ms-version 2014-10-01, asynchronous)

        Args:
            service_name: Name of the cloud service.
            deployment_name: Name of the deployment.
            configuration: The new service configuration file, already base64-encoded.
            treat_warnings_as_error: Fail the change when validation reports warnings.
            mode: 'Auto' to walk all upgrade domains, 'Manual' to walk them
                with walk_upgrade_domain, or 'Simultaneous'.
            extended_properties: Name/value pairs to store with the deployment.

        Returns:
            AsynchronousOperationResult: the request id; pass it to
            wait_for_operation_status() to wait for completion.
        """
        required(
            service_name=service_name,
            deployment_name=deployment_name,
            configuration=configuration,
        )
        body = x.to_xml(x.write_ChangeConfiguration, m.ChangeConfiguration(
            configuration=configuration,
            treat_warnings_as_error=treat_warnings_as_error,
            mode=mode,
            extended_properties=extended_properties,
        ), 'ChangeConfiguration')
        return self._perform(
            'POST',
            '/' + self._sub + '/services/hostedservices/' + path_value(service_name, 'service_name') + '/deployments/' + path_value(deployment_name, 'deployment_name') + '/?comp=config',
            [],
            '2014-10-01',
            body,
            None,
            None,
            returns_request_id=True,
        )

    def check_hosted_service_name_availability(
        self,
        service_name: str,
    ) -> m.AvailabilityResponse:
        """Check whether a cloud service name is still free.

        ``GET /{subscription_id}/services/hostedservices/operations/isavailable/{service_name}`` (x-ms-version 2014-10-01)

        Args:
            service_name: The name to check.

        Returns:
            AvailabilityResponse: Whether a proposed account or cloud service
            name is still free.
        """
        required(service_name=service_name)
        return self._perform(
            'GET',
            '/' + self._sub + '/services/hostedservices/operations/isavailable/' + path_value(service_name, 'service_name'),
            [],
            '2014-10-01',
            None,
            x.read_AvailabilityResponse,
            '{http://schemas.microsoft.com/windowsazure}AvailabilityResponse',
            idempotent=True,
        )

    def check_storage_account_name_availability(
        self,
        service_name: str,
    ) -> m.AvailabilityResponse:
        """Check whether a storage account name is still free.

        ``GET /{subscription_id}/services/storageservices/operations/isavailable/{service_name}`` (x-ms-version 2014-10-01)

        Args:
            service_name: The account name to check.

        Returns:
            AvailabilityResponse: Whether a proposed account or cloud service
            name is still free.
        """
        required(service_name=service_name)
        return self._perform(
            'GET',
            '/' + self._sub + '/services/storageservices/operations/isavailable/' + path_value(service_name, 'service_name'),
            [],
            '2014-10-01',
            None,
            x.read_AvailabilityResponse,
            '{http://schemas.microsoft.com/windowsazure}AvailabilityResponse',
            idempotent=True,
        )

    def create_affinity_group(
        self,
        name: str,
        label: str,
        location: str,
        description: str | None = None,
    ) -> None:
        """Create an affinity group in a region.

        ``POST /{subscription_id}/affinitygroups`` (x-ms-version 2014-10-01)

        Args:
            name: Name of the new affinity group, unique in the subscription.
            label: Display name (up to 100 characters); base64-encoded on the
                wire.
            location: Region of the group, such as 'West US'.
            description: Free-text description (up to 1024 characters).

        Returns:
            None (the request id of the call is logged and kept in
            last_request_id).
        """
        required(name=name, label=label, location=location)
        body = x.to_xml(x.write_CreateAffinityGroup, m.CreateAffinityGroup(
            name=name,
            label=label,
            description=description,
            location=location,
        ), 'CreateAffinityGroup')
        return self._perform(
            'POST',
            '/' + self._sub + '/affinitygroups',
            [],
            '2014-10-01',
            body,
            None,
            None,
        )

    def create_deployment(
        self,
        service_name: str,
        deployment_slot: str,
        name: str,
        package_url: str,
        label: str,
        configuration: str,
        start_deployment: bool = False,
        treat_warnings_as_error: bool = False,
        extended_properties: dict[str, str] | None = None,
    ) -> AsynchronousOperationResult:
        """Deploy a service package (.cspkg) with its configuration into the production
        or staging slot.

        ``POST /{subscription_id}/services/hostedservices/{service_name}/deploymentslots/{deployment_slot}`` (x-ms-version 2014-10-01, asynchronous)

        Args:
            service_name: Name of the cloud service.
            deployment_slot: 'production' or 'staging'.
            name: Unique name for the deployment.
            package_url: URL of the .cspkg package in blob storage (same
                subscription, or a SAS URL).
            label: Display label (base64-encoded on the wire).
            configuration: The service configuration (.cscfg) file, already
                base64-encoded.
            start_deployment: Start the deployment as soon as it is created.
            treat_warnings_as_error: Fail the deployment when the package validation reports
                warnings.
            extended_properties: User-defined name/value pairs to store with the deployment.

        Returns:
            AsynchronousOperationResult: the request id; pass it to
            wait_for_operation_status() to wait for completion.
        """
        required(
            service_name=service_name,
            deployment_slot=deployment_slot,
            name=name,
            package_url=package_url,
            label=label,
            configuration=configuration,
        )
        body = x.to_xml(x.write_CreateDeployment, m.CreateDeployment(
            name=name,
            package_url=package_url,
            label=label,
            configuration=configuration,
            start_deployment=start_deployment,
            treat_warnings_as_error=treat_warnings_as_error,
            extended_properties=extended_properties,
        ), 'CreateDeployment')
        return self._perform(
            'POST',
            '/' + self._sub + '/services/hostedservices/' + path_value(service_name, 'service_name') + '/deploymentslots/' + path_value(deployment_slot, 'deployment_slot'),
            [],
            '2014-10-01',
            body,
            None,
            None,
            returns_request_id=True,
        )

    def create_hosted_service(
        self,
        service_name: str,
        label: str,
        description: str | None = None,
        location: str | None = None,
        affinity_group: str | None = None,
        extended_properties: dict[str, str] | None = None,
    ) -> AsynchronousOperationResult:
        """Create a cloud service. Give either a location or an affinity group.

        ``POST /{subscription_id}/services/hostedservices`` (x-ms-version 2014-10-01, asynchronous)

        Args:
            service_name: Name of the new cloud service; unique in Azure, it becomes
                <name>.cloudapp.net.
            label: Display label, up to 100 characters (base64-encoded on the
                wire).
            description: Free-text description, up to 1024 characters.
            location: Region of the service, such as 'West US'; required unless
                affinity_group is given.
            affinity_group: Affinity group to place the service in; required unless
                location is given.
            extended_properties: User-defined name/value pairs to store with the service.

        Returns:
            AsynchronousOperationResult: the request id; pass it to
            wait_for_operation_status() to wait for completion.
        """
        required(service_name=service_name, label=label)
        body = x.to_xml(x.write_CreateHostedService, m.CreateHostedService(
            service_name=service_name,
            label=label,
            description=description,
            location=location,
            affinity_group=affinity_group,
            extended_properties=extended_properties,
        ), 'CreateHostedService')
        return self._perform(
            'POST',
            '/' + self._sub + '/services/hostedservices',
            [],
            '2014-10-01',
            body,
            None,
            None,
            returns_request_id=True,
        )

    def create_reserved_ip_address(
        self,
        name: str,
        label: str | None = None,
        location: str | None = None,
    ) -> AsynchronousOperationResult:
        """Reserve a public IP address in a region.

        ``POST /{subscription_id}/services/networking/reservedips`` (x-ms-version 2014-10-01, asynchronous)

        Args:
            name: Name of the new reservation.
            label: Display name (sent as plain text).
            location: Region to reserve the address in, such as 'West US'.

        Returns:
            AsynchronousOperationResult: the request id; pass it to
            wait_for_operation_status() to wait for completion.
        """
        required(name=name)
        body = x.to_xml(x.write_ReservedIP__create_reserved_ip_address, m.ReservedIP(
            name=name,
            label=label,
            location=location,
        ), 'ReservedIP')
        return self._perform(
            'POST',
            '/' + self._sub + '/services/networking/reservedips',
            [],
            '2014-10-01',
            body,
            None,
            None,
            returns_request_id=True,
        )

    def create_storage_account(
        self,
        service_name: str,
        description: str,
        label: str,
        affinity_group: str | None = None,
        location: str | None = None,
        geo_replication_enabled: bool | None = None,
        extended_properties: dict[str, str] | None = None,
        account_type: str = 'Standard_GRS',
    ) -> AsynchronousOperationResult:
        """Create a storage account in a region or an affinity group (give exactly one
        of location and affinity_group).

        ``POST /{subscription_id}/services/storageservices`` (x-ms-version 2014-10-01, asynchronous)

        Args:
            service_name: Account name: 3-24 lower-case letters and digits, unique
                across Azure.
            description: Free-text description (up to 1024 characters).
            label: Display name (up to 100 characters); base64-encoded on the
                wire.
            affinity_group: Affinity group to place the account in.
            location: Region to place the account in, such as 'West US'.
            geo_replication_enabled: Obsolete and not sent; choose the redundancy with
                account_type instead.
            extended_properties: User-defined name/value pairs to attach.
            account_type: Redundancy: Standard_LRS, Standard_ZRS, Standard_GRS,
                Standard_RAGRS or Premium_LRS.

        Returns:
            AsynchronousOperationResult: the request id; pass it to
            wait_for_operation_status() to wait for completion.
        """
        required(service_name=service_name, description=description, label=label)
        body = x.to_xml(x.write_CreateStorageServiceInput, m.CreateStorageServiceInput(
            service_name=service_name,
            description=description,
            label=label,
            affinity_group=affinity_group,
            location=location,
            extended_properties=extended_properties,
            account_type=account_type,
        ), 'CreateStorageServiceInput')
        return self._perform(
            'POST',
            '/' + self._sub + '/services/storageservices',
            [],
            '2014-10-01',
            body,
            None,
            None,
            returns_request_id=True,
        )

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
        required(
            service_name=service_name,
            deployment_name=deployment_name,
            deployment_slot=deployment_slot,
            label=label,
            role_name=role_name,
        )
        body = x.to_xml(x.write_VirtualMachineDeployment__create_virtual_machine_deployment, m.VirtualMachineDeployment(
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
        return self._perform(
            'POST',
            '/' + self._sub + '/services/hostedservices/' + path_value(service_name, 'service_name') + '/deployments',
            [],
            '2014-10-01',
            body,
            None,
            None,
            returns_request_id=True,
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
        required(vm_image=vm_image)
        body = x.to_xml(x.write_VMImage__create_vm_image, vm_image, 'VMImage')
        return self._perform(
            'POST',
            '/' + self._sub + '/services/vmimages',
            [],
            '2014-10-01',
            body,
            None,
            None,
            returns_request_id=True,
        )

    def delete_affinity_group(self, affinity_group_name: str) -> None:
        """Delete an affinity group; it must no longer hold any cloud service, storage
        account or virtual network.

        ``DELETE /{subscription_id}/affinitygroups/{affinity_group_name}`` (x-ms-version 2014-10-01)

        Args:
            affinity_group_name: Name of the affinity group.

        Returns:
            None (the request id of the call is logged and kept in
            last_request_id).
        """
        required(affinity_group_name=affinity_group_name)
        return self._perform(
            'DELETE',
            '/' + self._sub + '/affinitygroups/' + path_value(affinity_group_name, 'affinity_group_name'),
            [],
            '2014-10-01',
            None,
            None,
            None,
        )

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
        required(
            service_name=service_name,
            deployment_name=deployment_name,
            role_name=role_name,
            lun=lun,
        )
        return self._perform(
            'DELETE',
            '/' + self._sub + '/services/hostedservices/' + path_value(service_name, 'service_name') + '/deployments/' + path_value(deployment_name, 'deployment_name') + '/roles/' + path_value(role_name, 'role_name') + '/DataDisks/' + path_value(lun, 'lun'),
            [('comp', 'media' if delete_vhd else None)],
            '2014-10-01',
            None,
            None,
            None,
            returns_request_id=True,
        )

    def delete_deployment(
        self,
        service_name: str,
        deployment_name: str,
        delete_vhd: bool = False,
    ) -> AsynchronousOperationResult:
        """Delete a deployment; with delete_vhd=True also delete its disks and their
        blobs.

        ``DELETE /{subscription_id}/services/hostedservices/{service_name}/deployments/{deployment_name}`` (x-ms-version 2014-10-01, asynchronous)

        Args:
            service_name: Name of the cloud service.
            deployment_name: Name of the deployment.
            delete_vhd: Also delete the OS and data disks of the deployment's
                virtual machines and their blobs.

        Returns:
            AsynchronousOperationResult: the request id; pass it to
            wait_for_operation_status() to wait for completion.
        """
        required(service_name=service_name, deployment_name=deployment_name)
        return self._perform(
            'DELETE',
            '/' + self._sub + '/services/hostedservices/' + path_value(service_name, 'service_name') + '/deployments/' + path_value(deployment_name, 'deployment_name'),
            [('comp', 'media' if delete_vhd else None)],
            '2014-10-01',
            None,
            None,
            None,
            returns_request_id=True,
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
        required(disk_name=disk_name)
        return self._perform(
            'DELETE',
            '/' + self._sub + '/services/disks/' + path_value(disk_name, 'disk_name'),
            [('comp', 'media' if delete_vhd else None)],
            '2014-10-01',
            None,
            None,
            None,
        )

    def delete_dns_server(
        self,
        service_name: str,
        deployment_name: str,
        dns_server_name: str,
    ) -> AsynchronousOperationResult:
        """Remove a DNS server entry from a virtual machine deployment.

        ``DELETE /{subscription_id}/services/hostedservices/{service_name}/deployments/{deployment_name}/dnsservers/{dns_server_name}`` (x-ms-version 2014-10-01, asynchronous)

        Args:
            service_name: Cloud service that owns the deployment.
            deployment_name: Name of the deployment.
            dns_server_name: Name of the DNS server entry to remove.

        Returns:
            AsynchronousOperationResult: the request id; pass it to
            wait_for_operation_status() to wait for completion.
        """
        required(
            service_name=service_name,
            deployment_name=deployment_name,
            dns_server_name=dns_server_name,
        )
        return self._perform(
            'DELETE',
            '/' + self._sub + '/services/hostedservices/' + path_value(service_name, 'service_name') + '/deployments/' + path_value(deployment_name, 'deployment_name') + '/dnsservers/' + path_value(dns_server_name, 'dns_server_name'),
            [],
            '2014-10-01',
            None,
            None,
            None,
            returns_request_id=True,
        )

    def delete_hosted_service(
        self,
        service_name: str,
        complete: bool = False,
    ) -> AsynchronousOperationResult:
        """Delete a cloud service; with complete=True also delete its disks and their
        blobs.

        ``DELETE /{subscription_id}/services/hostedservices/{service_name}`` (x-ms-version 2014-10-01, asynchronous)

        Args:
            service_name: Name of the cloud service.
            complete: Also delete the OS and data disks of the service and their
                source blobs.

        Returns:
            AsynchronousOperationResult: the request id; pass it to
            wait_for_operation_status() to wait for completion.
        """
        required(service_name=service_name)
        return self._perform(
            'DELETE',
            '/' + self._sub + '/services/hostedservices/' + path_value(service_name, 'service_name'),
            [('comp', 'media' if complete else None)],
            '2014-10-01',
            None,
            None,
            None,
            returns_request_id=True,
        )

    def delete_management_certificate(self, thumbprint: str) -> None:
        """Remove a management certificate from the subscription.

        ``DELETE /{subscription_id}/certificates/{thumbprint}`` (x-ms-version 2014-10-01)

        Args:
            thumbprint: Thumbprint of the certificate, in hex.

        Returns:
            None (the request id of the call is logged and kept in
            last_request_id).
        """
        required(thumbprint=thumbprint)
        return self._perform(
            'DELETE',
            '/' + self._sub + '/certificates/' + path_value(thumbprint, 'thumbprint'),
            [],
            '2014-10-01',
            None,
            None,
            None,
        )

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
        required(image_name=image_name)
        return self._perform(
            'DELETE',
            '/' + self._sub + '/services/images/' + path_value(image_name, 'image_name'),
            [('comp', 'media' if delete_vhd else None)],
            '2014-10-01',
            None,
            None,
            None,
            returns_request_id=True,
        )

    def delete_reserved_ip_address(self, name: str) -> AsynchronousOperationResult:
        """Release a reserved IP address; it must not be bound to a deployment.

        ``DELETE /{subscription_id}/services/networking/reservedips/{name}`` (x-ms-version 2014-10-01, asynchronous)

        Args:
            name: Name of the reserved IP.

        Returns:
            AsynchronousOperationResult: the request id; pass it to
            wait_for_operation_status() to wait for completion.
        """
        required(name=name)
        return self._perform(
            'DELETE',
            '/' + self._sub + '/services/networking/reservedips/' + path_value(name, 'name'),
            [],
            '2014-10-01',
            None,
            None,
            None,
            returns_request_id=True,
        )

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
        required(
            service_name=service_name,
            deployment_name=deployment_name,
            role_name=role_name,
        )
        return self._perform(
            'DELETE',
            '/' + self._sub + '/services/hostedservices/' + path_value(service_name, 'service_name') + '/deployments/' + path_value(deployment_name, 'deployment_name') + '/roles/' + path_value(role_name, 'role_name'),
            [('comp', 'media' if complete else None)],
            '2014-10-01',
            None,
            None,
            None,
            returns_request_id=True,
        )

    def delete_role_instances(
        self,
        service_name: str,
        deployment_name: str,
        role_instance_names: list[str],
    ) -> AsynchronousOperationResult:
        """Remove role instances from a deployment (scale in by name).

        ``POST /{subscription_id}/services/hostedservices/{service_name}/deployments/{deployment_name}/roleinstances/?comp=delete`` (x-ms-version 2014-10-01, asynchronous)

        Args:
            service_name: Name of the cloud service.
            deployment_name: Name of the deployment.
            role_instance_names: Names of the role instances to delete.

        Returns:
            AsynchronousOperationResult: the request id; pass it to
            wait_for_operation_status() to wait for completion.
        """
        required(
            service_name=service_name,
            deployment_name=deployment_name,
            role_instance_names=role_instance_names,
        )
        body = x.to_xml(x.write_RoleInstanceNames, role_instance_names, 'RoleInstances')
        return self._perform(
            'POST',
            '/' + self._sub + '/services/hostedservices/' + path_value(service_name, 'service_name') + '/deployments/' + path_value(deployment_name, 'deployment_name') + '/roleinstances/?comp=delete',
            [],
            '2014-10-01',
            body,
            None,
            None,
            returns_request_id=True,
        )

    def delete_service_certificate(
        self,
        service_name: str,
        thumbalgorithm: str,
        thumbprint: str,
    ) -> AsynchronousOperationResult:
        """Remove a certificate from a cloud service.

        ``DELETE /{subscription_id}/services/hostedservices/{service_name}/certificates/{thumbalgorithm}-{thumbprint}`` (x-ms-version 2014-10-01, asynchronous)

        Args:
            service_name: Name of the cloud service.
            thumbalgorithm: Algorithm of the thumbprint, such as 'sha1'.
            thumbprint: Thumbprint of the certificate, in hex.

        Returns:
            AsynchronousOperationResult: the request id; pass it to
            wait_for_operation_status() to wait for completion.
        """
        required(
            service_name=service_name,
            thumbalgorithm=thumbalgorithm,
            thumbprint=thumbprint,
        )
        return self._perform(
            'DELETE',
            '/' + self._sub + '/services/hostedservices/' + path_value(service_name, 'service_name') + '/certificates/' + path_value(thumbalgorithm, 'thumbalgorithm') + '-' + path_value(thumbprint, 'thumbprint'),
            [],
            '2014-10-01',
            None,
            None,
            None,
            returns_request_id=True,
        )

    def delete_storage_account(self, service_name: str) -> AsynchronousOperationResult:
        """Delete a storage account and all the data it holds.

        ``DELETE /{subscription_id}/services/storageservices/{service_name}`` (x-ms-version 2014-10-01)

        Args:
            service_name: Name of the storage account.

        Returns:
            AsynchronousOperationResult: the request id; pass it to
            wait_for_operation_status() to wait for completion.
        """
        required(service_name=service_name)
        return self._perform(
            'DELETE',
            '/' + self._sub + '/services/storageservices/' + path_value(service_name, 'service_name'),
            [],
            '2014-10-01',
            None,
            None,
            None,
            returns_request_id=True,
        )

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
        required(vm_image_name=vm_image_name)
        return self._perform(
            'DELETE',
            '/' + self._sub + '/services/vmimages/' + path_value(vm_image_name, 'vm_image_name'),
            [('comp', 'media' if delete_vhd else None)],
            '2014-10-01',
            None,
            None,
            None,
            returns_request_id=True,
        )

    def disassociate_reserved_ip_address(
        self,
        name: str,
        service_name: str,
        deployment_name: str,
        virtual_ip_name: str | None = None,
    ) -> AsynchronousOperationResult:
        """Unbind a reserved IP address from a cloud service deployment.

        ``POST /{subscription_id}/services/networking/reservedips/{name}/operations/disassociate`` (x-ms-version 2015-02-01, asynchronous)

        Args:
            name: Name of the reserved IP.
            service_name: Cloud service that owns the deployment.
            deployment_name: Deployment the address is bound to.
            virtual_ip_name: Virtual IP of the deployment the address is bound to; None
                means the default one.

        Returns:
            AsynchronousOperationResult: the request id; pass it to
            wait_for_operation_status() to wait for completion.
        """
        required(name=name, service_name=service_name, deployment_name=deployment_name)
        body = x.to_xml(x.write_ReservedIPAssociation, m.ReservedIPAssociation(
            service_name=service_name,
            deployment_name=deployment_name,
            virtual_ip_name=virtual_ip_name,
        ), 'ReservedIPAssociation')
        return self._perform(
            'POST',
            '/' + self._sub + '/services/networking/reservedips/' + path_value(name, 'name') + '/operations/disassociate',
            [],
            '2015-02-01',
            body,
            None,
            None,
            returns_request_id=True,
        )

    def get_affinity_group_properties(self, affinity_group_name: str) -> m.AffinityGroup:
        """Get an affinity group with the cloud services and storage accounts placed in
        it.

        ``GET /{subscription_id}/affinitygroups/{affinity_group_name}`` (x-ms-version 2014-10-01)

        Args:
            affinity_group_name: Name of the affinity group.

        Returns:
            AffinityGroup: A named placement group that keeps cloud services and
            storage accounts close together in one region.
        """
        required(affinity_group_name=affinity_group_name)
        return self._perform(
            'GET',
            '/' + self._sub + '/affinitygroups/' + path_value(affinity_group_name, 'affinity_group_name'),
            [],
            '2014-10-01',
            None,
            x.read_AffinityGroup,
            '{http://schemas.microsoft.com/windowsazure}AffinityGroup',
            idempotent=True,
        )

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
        required(
            service_name=service_name,
            deployment_name=deployment_name,
            role_name=role_name,
            lun=lun,
        )
        return self._perform(
            'GET',
            '/' + self._sub + '/services/hostedservices/' + path_value(service_name, 'service_name') + '/deployments/' + path_value(deployment_name, 'deployment_name') + '/roles/' + path_value(role_name, 'role_name') + '/DataDisks/' + path_value(lun, 'lun'),
            [],
            '2014-10-01',
            None,
            x.read_DataVirtualHardDisk,
            '{http://schemas.microsoft.com/windowsazure}DataVirtualHardDisk',
            idempotent=True,
        )

    def get_deployment_by_name(
        self,
        service_name: str,
        deployment_name: str,
    ) -> m.Deployment:
        """Get a deployment of a cloud service by its name.

        ``GET /{subscription_id}/services/hostedservices/{service_name}/deployments/{deployment_name}`` (x-ms-version 2014-10-01)

        Args:
            service_name: Name of the cloud service.
            deployment_name: Name of the deployment.

        Returns:
            Deployment: A deployment of a cloud service: the roles running in
            one slot (production or staging), with their instances, addresses
            and configuration.
        """
        required(service_name=service_name, deployment_name=deployment_name)
        return self._perform(
            'GET',
            '/' + self._sub + '/services/hostedservices/' + path_value(service_name, 'service_name') + '/deployments/' + path_value(deployment_name, 'deployment_name'),
            [],
            '2014-10-01',
            None,
            x.read_Deployment,
            '{http://schemas.microsoft.com/windowsazure}Deployment',
            idempotent=True,
        )

    def get_deployment_by_slot(
        self,
        service_name: str,
        deployment_slot: str,
    ) -> m.Deployment:
        """Get the deployment in a slot (production or staging) of a cloud service.

        ``GET /{subscription_id}/services/hostedservices/{service_name}/deploymentslots/{deployment_slot}`` (x-ms-version 2014-10-01)

        Args:
            service_name: Name of the cloud service.
            deployment_slot: 'production' or 'staging'.

        Returns:
            Deployment: A deployment of a cloud service: the roles running in
            one slot (production or staging), with their instances, addresses
            and configuration.
        """
        required(service_name=service_name, deployment_slot=deployment_slot)
        return self._perform(
            'GET',
            '/' + self._sub + '/services/hostedservices/' + path_value(service_name, 'service_name') + '/deploymentslots/' + path_value(deployment_slot, 'deployment_slot'),
            [],
            '2014-10-01',
            None,
            x.read_Deployment,
            '{http://schemas.microsoft.com/windowsazure}Deployment',
            idempotent=True,
        )

    def get_disk(self, disk_name: str) -> m.Disk:
        """Get a disk of the disk repository.

        ``GET /{subscription_id}/services/disks/{disk_name}`` (x-ms-version 2014-10-01)

        Args:
            disk_name: Name of the disk.

        Returns:
            Disk: A disk in the disk repository (an OS or data disk backed by a
            VHD blob).
        """
        required(disk_name=disk_name)
        return self._perform(
            'GET',
            '/' + self._sub + '/services/disks/' + path_value(disk_name, 'disk_name'),
            [],
            '2014-10-01',
            None,
            x.read_Disk,
            '{http://schemas.microsoft.com/windowsazure}Disk',
            idempotent=True,
        )

    def get_hosted_service_properties(
        self,
        service_name: str,
        embed_detail: bool = False,
    ) -> m.HostedService:
        """Get a cloud service's properties and, with embed_detail=True, its
        deployments too.

        ``GET /{subscription_id}/services/hostedservices/{service_name}`` (x-ms-version 2014-10-01)

        Args:
            service_name: Name of the cloud service.
            embed_detail: Also return the deployments of the service, with their role
                instances.

        Returns:
            HostedService: A cloud service (hosted service): a DNS name that
            holds a production and a staging deployment.
        """
        required(service_name=service_name)
        return self._perform(
            'GET',
            '/' + self._sub + '/services/hostedservices/' + path_value(service_name, 'service_name'),
            [('embed-detail', embed_detail)],
            '2014-10-01',
            None,
            x.read_HostedService,
            '{http://schemas.microsoft.com/windowsazure}HostedService',
            idempotent=True,
        )

    def get_management_certificate(self, thumbprint: str) -> m.SubscriptionCertificate:
        """Get one management certificate of the subscription.

        ``GET /{subscription_id}/certificates/{thumbprint}`` (x-ms-version 2014-10-01)

        Args:
            thumbprint: Thumbprint of the certificate, in hex.

        Returns:
            SubscriptionCertificate: A management certificate: a certificate
            that may authenticate Service Management calls for the subscription.
        """
        required(thumbprint=thumbprint)
        return self._perform(
            'GET',
            '/' + self._sub + '/certificates/' + path_value(thumbprint, 'thumbprint'),
            [],
            '2014-10-01',
            None,
            x.read_SubscriptionCertificate,
            '{http://schemas.microsoft.com/windowsazure}SubscriptionCertificate',
            idempotent=True,
        )

    def get_operation_status(self, request_id: str) -> m.Operation:
        """Get the status of an asynchronous operation from the request id it returned.

        ``GET /{subscription_id}/operations/{request_id}`` (x-ms-version 2014-10-01)

        Args:
            request_id: The x-ms-request-id of the asynchronous call.

        Returns:
            Operation: Status of an asynchronous operation.
        """
        required(request_id=request_id)
        return self._perform(
            'GET',
            '/' + self._sub + '/operations/' + path_value(request_id, 'request_id'),
            [],
            '2014-10-01',
            None,
            x.read_Operation,
            '{http://schemas.microsoft.com/windowsazure}Operation',
            idempotent=True,
        )

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
        required(image_name=image_name)
        return self._perform(
            'GET',
            '/' + self._sub + '/services/images/' + path_value(image_name, 'image_name'),
            [],
            '2014-10-01',
            None,
            x.read_OSImage,
            '{http://schemas.microsoft.com/windowsazure}OSImage',
            idempotent=True,
        )

    def get_os_image_details(self, image_name: str) -> m.OSImageDetails:
        """Get an OS image with the progress of its replication to other regions.

        ``GET /{subscription_id}/services/images/{image_name}/details`` (x-ms-version 2014-10-01)

        Args:
            image_name: Name of the image.

        Returns:
            OSImageDetails: An OS image with the progress of its replication to
            other regions.
        """
        required(image_name=image_name)
        return self._perform(
            'GET',
            '/' + self._sub + '/services/images/' + path_value(image_name, 'image_name') + '/details',
            [],
            '2014-10-01',
            None,
            x.read_OSImageDetails,
            '{http://schemas.microsoft.com/windowsazure}OSImageDetails',
            idempotent=True,
        )

    def get_reserved_ip_address(self, name: str) -> m.ReservedIP:
        """Get a reserved IP address and what it is bound to.

        ``GET /{subscription_id}/services/networking/reservedips/{name}`` (x-ms-version 2014-10-01)

        Args:
            name: Name of the reserved IP.

        Returns:
            ReservedIP: A public IP address reserved in the subscription,
            optionally bound to a cloud service deployment.
        """
        required(name=name)
        return self._perform(
            'GET',
            '/' + self._sub + '/services/networking/reservedips/' + path_value(name, 'name'),
            [],
            '2014-10-01',
            None,
            x.read_ReservedIP,
            '{http://schemas.microsoft.com/windowsazure}ReservedIP',
            idempotent=True,
        )

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
        required(
            service_name=service_name,
            deployment_name=deployment_name,
            role_name=role_name,
        )
        return self._perform(
            'GET',
            '/' + self._sub + '/services/hostedservices/' + path_value(service_name, 'service_name') + '/deployments/' + path_value(deployment_name, 'deployment_name') + '/roles/' + path_value(role_name, 'role_name'),
            [],
            '2014-10-01',
            None,
            x.read_PersistentVMRole,
            '{http://schemas.microsoft.com/windowsazure}PersistentVMRole',
            idempotent=True,
        )

    def get_service_certificate(
        self,
        service_name: str,
        thumbalgorithm: str,
        thumbprint: str,
    ) -> m.Certificate:
        """Get the public data of one certificate installed in a cloud service.

        ``GET /{subscription_id}/services/hostedservices/{service_name}/certificates/{thumbalgorithm}-{thumbprint}`` (x-ms-version 2014-10-01)

        Args:
            service_name: Name of the cloud service.
            thumbalgorithm: Algorithm of the thumbprint, such as 'sha1'.
            thumbprint: Thumbprint of the certificate, in hex.

        Returns:
            Certificate: A certificate stored in a cloud service for its roles
            to use.
        """
        required(
            service_name=service_name,
            thumbalgorithm=thumbalgorithm,
            thumbprint=thumbprint,
        )
        return self._perform(
            'GET',
            '/' + self._sub + '/services/hostedservices/' + path_value(service_name, 'service_name') + '/certificates/' + path_value(thumbalgorithm, 'thumbalgorithm') + '-' + path_value(thumbprint, 'thumbprint'),
            [],
            '2014-10-01',
            None,
            x.read_Certificate,
            '{http://schemas.microsoft.com/windowsazure}Certificate',
            idempotent=True,
        )

    def get_storage_account_keys(self, service_name: str) -> m.StorageService:
        """Get the primary and secondary access keys of a storage account (in
        storage_service_keys).

        ``GET /{subscription_id}/services/storageservices/{service_name}/keys`` (x-ms-version 2014-10-01)

        Args:
            service_name: Name of the storage account.

        Returns:
            StorageService: A storage account. Property and list calls fill the
            properties; the keys calls fill only url and storage_service_keys.
        """
        required(service_name=service_name)
        return self._perform(
            'GET',
            '/' + self._sub + '/services/storageservices/' + path_value(service_name, 'service_name') + '/keys',
            [],
            '2014-10-01',
            None,
            x.read_StorageService,
            '{http://schemas.microsoft.com/windowsazure}StorageService',
            idempotent=True,
        )

    def get_storage_account_properties(self, service_name: str) -> m.StorageService:
        """Get the description, placement, state and replication settings of a storage
        account.

        ``GET /{subscription_id}/services/storageservices/{service_name}`` (x-ms-version 2014-10-01)

        Args:
            service_name: Name of the storage account.

        Returns:
            StorageService: A storage account. Property and list calls fill the
            properties; the keys calls fill only url and storage_service_keys.
        """
        required(service_name=service_name)
        return self._perform(
            'GET',
            '/' + self._sub + '/services/storageservices/' + path_value(service_name, 'service_name'),
            [],
            '2014-10-01',
            None,
            x.read_StorageService,
            '{http://schemas.microsoft.com/windowsazure}StorageService',
            idempotent=True,
        )

    def get_subscription(self) -> m.Subscription:
        """Get the subscription's name, status, quotas and current usage.

        ``GET /{subscription_id}`` (x-ms-version 2014-10-01)

        Returns:
            Subscription: A subscription: its name, administrators, quotas and
            current usage.
        """
        return self._perform(
            'GET',
            '/' + self._sub,
            [],
            '2014-10-01',
            None,
            x.read_Subscription,
            '{http://schemas.microsoft.com/windowsazure}Subscription',
            idempotent=True,
        )

    def list_affinity_groups(self) -> list[m.AffinityGroup]:
        """List the affinity groups of the subscription.

        ``GET /{subscription_id}/affinitygroups`` (x-ms-version 2014-10-01)

        Returns:
            list[AffinityGroup]:
        """
        return self._perform(
            'GET',
            '/' + self._sub + '/affinitygroups',
            [],
            '2014-10-01',
            None,
            x.read_AffinityGroups,
            '{http://schemas.microsoft.com/windowsazure}AffinityGroups',
            idempotent=True,
        )

    def list_disks(self) -> list[m.Disk]:
        """List the disks in the subscription's disk repository.

        ``GET /{subscription_id}/services/disks`` (x-ms-version 2014-10-01)

        Returns:
            list[Disk]:
        """
        return self._perform(
            'GET',
            '/' + self._sub + '/services/disks',
            [],
            '2014-10-01',
            None,
            x.read_Disks,
            '{http://schemas.microsoft.com/windowsazure}Disks',
            idempotent=True,
        )

    def list_hosted_services(self) -> list[m.HostedService]:
        """List the cloud services of the subscription.

        ``GET /{subscription_id}/services/hostedservices`` (x-ms-version 2014-10-01)

        Returns:
            list[HostedService]: The cloud services of a subscription.
        """
        return self._perform(
            'GET',
            '/' + self._sub + '/services/hostedservices',
            [],
            '2014-10-01',
            None,
            x.read_HostedServices,
            '{http://schemas.microsoft.com/windowsazure}HostedServices',
            idempotent=True,
        )

    def list_locations(self) -> list[m.Location]:
        """List the regions (locations) where services can be placed, with what each
        offers.

        ``GET /{subscription_id}/locations`` (x-ms-version 2014-10-01)

        Returns:
            list[Location]: The data center regions available to the
            subscription.
        """
        return self._perform(
            'GET',
            '/' + self._sub + '/locations',
            [],
            '2014-10-01',
            None,
            x.read_Locations,
            '{http://schemas.microsoft.com/windowsazure}Locations',
            idempotent=True,
        )

    def list_management_certificates(self) -> list[m.SubscriptionCertificate]:
        """List the management certificates that may authenticate calls for the
        subscription.

        ``GET /{subscription_id}/certificates`` (x-ms-version 2014-10-01)

        Returns:
            list[SubscriptionCertificate]: The management certificates of the
            subscription.
        """
        return self._perform(
            'GET',
            '/' + self._sub + '/certificates',
            [],
            '2014-10-01',
            None,
            x.read_SubscriptionCertificates,
            '{http://schemas.microsoft.com/windowsazure}SubscriptionCertificates',
            idempotent=True,
        )

    def list_operating_system_families(self) -> list[m.OperatingSystemFamily]:
        """List the guest OS versions grouped by OS family.

        ``GET /{subscription_id}/operatingsystemfamilies`` (x-ms-version 2014-10-01)

        Returns:
            list[OperatingSystemFamily]: Guest OS versions grouped by family.
        """
        return self._perform(
            'GET',
            '/' + self._sub + '/operatingsystemfamilies',
            [],
            '2014-10-01',
            None,
            x.read_OperatingSystemFamilies,
            '{http://schemas.microsoft.com/windowsazure}OperatingSystemFamilies',
            idempotent=True,
        )

    def list_operating_systems(self) -> list[m.OperatingSystem]:
        """List the guest OS versions that web and worker roles can run.

        ``GET /{subscription_id}/operatingsystems`` (x-ms-version 2014-10-01)

        Returns:
            list[OperatingSystem]: Guest OS versions for web and worker roles.
        """
        return self._perform(
            'GET',
            '/' + self._sub + '/operatingsystems',
            [],
            '2014-10-01',
            None,
            x.read_OperatingSystems,
            '{http://schemas.microsoft.com/windowsazure}OperatingSystems',
            idempotent=True,
        )

    def list_os_images(self) -> list[m.OSImage]:
        """List the OS images available to the subscription: platform images and the
        subscription's own.

        ``GET /{subscription_id}/services/images`` (x-ms-version 2014-10-01)

        Returns:
            list[OSImage]:
        """
        return self._perform(
            'GET',
            '/' + self._sub + '/services/images',
            [],
            '2014-10-01',
            None,
            x.read_Images,
            '{http://schemas.microsoft.com/windowsazure}Images',
            idempotent=True,
        )

    def list_reserved_ip_addresses(self) -> list[m.ReservedIP]:
        """List the reserved IP addresses of the subscription.

        ``GET /{subscription_id}/services/networking/reservedips`` (x-ms-version 2014-10-01)

        Returns:
            list[ReservedIP]:
        """
        return self._perform(
            'GET',
            '/' + self._sub + '/services/networking/reservedips',
            [],
            '2014-10-01',
            None,
            x.read_ReservedIPs,
            '{http://schemas.microsoft.com/windowsazure}ReservedIPs',
            idempotent=True,
        )

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
        required(publisher_name=publisher_name, extension_name=extension_name)
        return self._perform(
            'GET',
            '/' + self._sub + '/services/resourceextensions/' + path_value(publisher_name, 'publisher_name') + '/' + path_value(extension_name, 'extension_name'),
            [],
            '2014-10-01',
            None,
            x.read_ResourceExtensions,
            '{http://schemas.microsoft.com/windowsazure}ResourceExtensions',
            idempotent=True,
        )

    def list_resource_extensions(self) -> list[m.ResourceExtension]:
        """List the latest version of every resource extension virtual machines can
        install.

        ``GET /{subscription_id}/services/resourceextensions`` (x-ms-version 2014-10-01)

        Returns:
            list[ResourceExtension]:
        """
        return self._perform(
            'GET',
            '/' + self._sub + '/services/resourceextensions',
            [],
            '2014-10-01',
            None,
            x.read_ResourceExtensions,
            '{http://schemas.microsoft.com/windowsazure}ResourceExtensions',
            idempotent=True,
        )

    def list_role_sizes(self) -> list[m.RoleSize]:
        """List the role sizes available to the subscription, with cores, memory and
        disk limits.

        ``GET /{subscription_id}/rolesizes`` (x-ms-version 2014-10-01)

        Returns:
            list[RoleSize]: The role sizes of the subscription.
        """
        return self._perform(
            'GET',
            '/' + self._sub + '/rolesizes',
            [],
            '2014-10-01',
            None,
            x.read_RoleSizes,
            '{http://schemas.microsoft.com/windowsazure}RoleSizes',
            idempotent=True,
        )

    def list_service_certificates(self, service_name: str) -> list[m.Certificate]:
        """List the certificates installed in a cloud service.

        ``GET /{subscription_id}/services/hostedservices/{service_name}/certificates`` (x-ms-version 2014-10-01)

        Args:
            service_name: Name of the cloud service.

        Returns:
            list[Certificate]: The certificates installed in a cloud service.
        """
        required(service_name=service_name)
        return self._perform(
            'GET',
            '/' + self._sub + '/services/hostedservices/' + path_value(service_name, 'service_name') + '/certificates',
            [],
            '2014-10-01',
            None,
            x.read_Certificates,
            '{http://schemas.microsoft.com/windowsazure}Certificates',
            idempotent=True,
        )

    def list_storage_accounts(self) -> list[m.StorageService]:
        """List the storage accounts of the subscription with their properties.

        ``GET /{subscription_id}/services/storageservices`` (x-ms-version 2014-10-01)

        Returns:
            list[StorageService]:
        """
        return self._perform(
            'GET',
            '/' + self._sub + '/services/storageservices',
            [],
            '2014-10-01',
            None,
            x.read_StorageServices,
            '{http://schemas.microsoft.com/windowsazure}StorageServices',
            idempotent=True,
        )

    def list_subscription_operations(
        self,
        start_time: str | None = None,
        end_time: str | None = None,
        object_id_filter: str | None = None,
        operation_result_filter: str | None = None,
        continuation_token: str | None = None,
    ) -> m.SubscriptionOperationCollection:
        """List the operations performed on the subscription in a time range, one page
        at a time.

        ``GET /{subscription_id}/operations`` (x-ms-version 2014-10-01)

        Args:
            start_time: Start of the range, an ISO 8601 date/time (the service
                requires it).
            end_time: End of the range, an ISO 8601 date/time (the service
                requires it).
            object_id_filter: Only operations on this object (its management path).
            operation_result_filter: Only operations that ended so: 'Succeeded', 'Failed' or
                'InProgress'.
            continuation_token: Token from the previous page, to get the next one.

        Returns:
            SubscriptionOperationCollection: One page of the subscription's
            operation log.
        """
        return self._perform(
            'GET',
            '/' + self._sub + '/operations',
            [('StartTime', start_time), ('EndTime', end_time), ('ObjectIdFilter', object_id_filter), ('OperationResultFilter', operation_result_filter), ('ContinuationToken', continuation_token)],
            '2014-10-01',
            None,
            x.read_SubscriptionOperationCollection,
            '{http://schemas.microsoft.com/windowsazure}SubscriptionOperationCollection',
            idempotent=True,
        )

    def list_subscriptions(self) -> list[m.Subscription]:
        """List the subscriptions the caller can access (needs an Azure Active
        Directory token, not a certificate).

        ``GET /subscriptions`` (x-ms-version 2014-10-01)

        Returns:
            list[Subscription]: The subscriptions the caller can access.
        """
        return self._perform(
            'GET',
            '/subscriptions',
            [],
            '2014-10-01',
            None,
            x.read_Subscriptions,
            '{http://schemas.microsoft.com/windowsazure}Subscriptions',
            idempotent=True,
        )

    def list_virtual_network_sites(self) -> list[m.VirtualNetworkSite]:
        """List the virtual networks configured in the subscription.

        ``GET /{subscription_id}/services/networking/virtualnetwork`` (x-ms-version 2014-10-01)

        Returns:
            list[VirtualNetworkSite]:
        """
        return self._perform(
            'GET',
            '/' + self._sub + '/services/networking/virtualnetwork',
            [],
            '2014-10-01',
            None,
            x.read_VirtualNetworkSites,
            '{http://schemas.microsoft.com/windowsazure}VirtualNetworkSites',
            idempotent=True,
        )

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
        return self._perform(
            'GET',
            '/' + self._sub + '/services/vmimages',
            [('location', location), ('publisher', publisher), ('category', category)],
            '2014-10-01',
            None,
            x.read_VMImages,
            '{http://schemas.microsoft.com/windowsazure}VMImages',
            idempotent=True,
        )

    def reboot_role_instance(
        self,
        service_name: str,
        deployment_name: str,
        role_instance_name: str,
    ) -> AsynchronousOperationResult:
        """Reboot one role instance of a deployment.

        ``POST /{subscription_id}/services/hostedservices/{service_name}/deployments/{deployment_name}/roleinstances/{role_instance_name}?comp=reboot`` (x-ms-version 2014-10-01, asynchronous)

        Args:
            service_name: Name of the cloud service.
            deployment_name: Name of the deployment.
            role_instance_name: Name of the role instance.

        Returns:
            AsynchronousOperationResult: the request id; pass it to
            wait_for_operation_status() to wait for completion.
        """
        required(
            service_name=service_name,
            deployment_name=deployment_name,
            role_instance_name=role_instance_name,
        )
        return self._perform(
            'POST',
            '/' + self._sub + '/services/hostedservices/' + path_value(service_name, 'service_name') + '/deployments/' + path_value(deployment_name, 'deployment_name') + '/roleinstances/' + path_value(role_instance_name, 'role_instance_name') + '?comp=reboot',
            [],
            '2014-10-01',
            None,
            None,
            None,
            returns_request_id=True,
        )

    def rebuild_role_instance(
        self,
        service_name: str,
        deployment_name: str,
        role_instance_name: str,
    ) -> AsynchronousOperationResult:
        """Reinstall the operating system of a web or worker role instance and reset
        all its local drives.

        ``POST /{subscription_id}/services/hostedservices/{service_name}/deployments/{deployment_name}/roleinstances/{role_instance_name}?comp=rebuild&resources=allLocalDrives`` (x-ms-version 2014-10-01, asynchronous)

        Args:
            service_name: Name of the cloud service.
            deployment_name: Name of the deployment.
            role_instance_name: Name of the role instance.

        Returns:
            AsynchronousOperationResult: the request id; pass it to
            wait_for_operation_status() to wait for completion.
        """
        required(
            service_name=service_name,
            deployment_name=deployment_name,
            role_instance_name=role_instance_name,
        )
        return self._perform(
            'POST',
            '/' + self._sub + '/services/hostedservices/' + path_value(service_name, 'service_name') + '/deployments/' + path_value(deployment_name, 'deployment_name') + '/roleinstances/' + path_value(role_instance_name, 'role_instance_name') + '?comp=rebuild&resources=allLocalDrives',
            [],
            '2014-10-01',
            None,
            None,
            None,
            returns_request_id=True,
        )

    def regenerate_storage_account_keys(
        self,
        service_name: str,
        key_type: str,
    ) -> m.StorageService:
        """Replace one access key of a storage account with a new random key; returns
        both keys.

        ``POST /{subscription_id}/services/storageservices/{service_name}/keys?action=regenerate`` (x-ms-version 2014-10-01)

        Args:
            service_name: Name of the storage account.
            key_type: Which key to replace: 'Primary' or 'Secondary'.

        Returns:
            StorageService: A storage account. Property and list calls fill the
            properties; the keys calls fill only url and storage_service_keys.
        """
        required(service_name=service_name, key_type=key_type)
        body = x.to_xml(x.write_RegenerateKeys, m.RegenerateKeys(
            key_type=key_type,
        ), 'RegenerateKeys')
        return self._perform(
            'POST',
            '/' + self._sub + '/services/storageservices/' + path_value(service_name, 'service_name') + '/keys?action=regenerate',
            [],
            '2014-10-01',
            body,
            x.read_StorageService,
            '{http://schemas.microsoft.com/windowsazure}StorageService',
        )

    def reimage_role_instance(
        self,
        service_name: str,
        deployment_name: str,
        role_instance_name: str,
    ) -> AsynchronousOperationResult:
        """Reinstall the operating system of a web or worker role instance, keeping its
        local storage.

        ``POST /{subscription_id}/services/hostedservices/{service_name}/deployments/{deployment_name}/roleinstances/{role_instance_name}?comp=reimage`` (x-ms-version 2014-10-01, asynchronous)

        Args:
            service_name: Name of the cloud service.
            deployment_name: Name of the deployment.
            role_instance_name: Name of the role instance.

        Returns:
            AsynchronousOperationResult: the request id; pass it to
            wait_for_operation_status() to wait for completion.
        """
        required(
            service_name=service_name,
            deployment_name=deployment_name,
            role_instance_name=role_instance_name,
        )
        return self._perform(
            'POST',
            '/' + self._sub + '/services/hostedservices/' + path_value(service_name, 'service_name') + '/deployments/' + path_value(deployment_name, 'deployment_name') + '/roleinstances/' + path_value(role_instance_name, 'role_instance_name') + '?comp=reimage',
            [],
            '2014-10-01',
            None,
            None,
            None,
            returns_request_id=True,
        )

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
        required(
            vm_image_name=vm_image_name,
            regions=regions,
            offer=offer,
            sku=sku,
            version=version,
        )
        body = x.to_xml(x.write_ReplicationInput, m.ReplicationInput(
            target_locations=regions,
            compute_image_attributes=m.ComputeImageAttributes(
                offer=offer,
                sku=sku,
                version=version,
            ) if any_given(offer, sku, version)
            else None,
        ), 'ReplicationInput')
        return self._perform(
            'PUT',
            '/' + self._sub + '/services/images/' + path_value(vm_image_name, 'vm_image_name') + '/replicate',
            [],
            '2015-04-01',
            body,
            None,
            None,
            returns_request_id=True,
        )

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
        required(
            service_name=service_name,
            deployment_name=deployment_name,
            role_name=role_name,
        )
        body = x.to_xml(x.write_RestartRoleOperation, m.RestartRoleOperation(

        ), 'RestartRoleOperation')
        return self._perform(
            'POST',
            '/' + self._sub + '/services/hostedservices/' + path_value(service_name, 'service_name') + '/deployments/' + path_value(deployment_name, 'deployment_name') + '/roleinstances/' + path_value(role_name, 'role_name') + '/Operations',
            [],
            '2014-10-01',
            body,
            None,
            None,
            returns_request_id=True,
        )

    def rollback_update_or_upgrade(
        self,
        service_name: str,
        deployment_name: str,
        mode: str,
        force: bool,
    ) -> AsynchronousOperationResult:
        """Cancel an upgrade or configuration change under way and return the
        deployment to its previous state.

        ``POST /{subscription_id}/services/hostedservices/{service_name}/deployments/{deployment_name}/?comp=rollback`` (x-ms-version 2014-10-01, asynchronous)

        Args:
            service_name: Name of the cloud service.
            deployment_name: Name of the deployment.
            mode: 'Auto' or 'Manual' (walk the rollback with
                walk_upgrade_domain).
            force: Go on even when the rollback would lose local data of role
                instances.

        Returns:
            AsynchronousOperationResult: the request id; pass it to
            wait_for_operation_status() to wait for completion.
        """
        required(
            service_name=service_name,
            deployment_name=deployment_name,
            mode=mode,
            force=force,
        )
        body = x.to_xml(x.write_RollbackUpdateOrUpgrade, m.RollbackUpdateOrUpgrade(
            mode=mode,
            force=force,
        ), 'RollbackUpdateOrUpgrade')
        return self._perform(
            'POST',
            '/' + self._sub + '/services/hostedservices/' + path_value(service_name, 'service_name') + '/deployments/' + path_value(deployment_name, 'deployment_name') + '/?comp=rollback',
            [],
            '2014-10-01',
            body,
            None,
            None,
            returns_request_id=True,
        )

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
        required(vm_image_name=vm_image_name, permission=permission)
        return self._perform(
            'PUT',
            '/' + self._sub + '/services/images/' + path_value(vm_image_name, 'vm_image_name') + '/shareasync',
            [('permission', permission)],
            '2015-04-01',
            None,
            None,
            None,
            returns_request_id=True,
        )

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
        required(
            service_name=service_name,
            deployment_name=deployment_name,
            role_name=role_name,
        )
        body = x.to_xml(x.write_ShutdownRoleOperation, m.ShutdownRoleOperation(
            post_shutdown_action=post_shutdown_action,
        ), 'ShutdownRoleOperation')
        return self._perform(
            'POST',
            '/' + self._sub + '/services/hostedservices/' + path_value(service_name, 'service_name') + '/deployments/' + path_value(deployment_name, 'deployment_name') + '/roleinstances/' + path_value(role_name, 'role_name') + '/Operations',
            [],
            '2014-10-01',
            body,
            None,
            None,
            returns_request_id=True,
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
        required(
            service_name=service_name,
            deployment_name=deployment_name,
            role_names=role_names,
        )
        body = x.to_xml(x.write_ShutdownRolesOperation, m.ShutdownRolesOperation(
            roles=role_names,
            post_shutdown_action=post_shutdown_action,
        ), 'ShutdownRolesOperation')
        return self._perform(
            'POST',
            '/' + self._sub + '/services/hostedservices/' + path_value(service_name, 'service_name') + '/deployments/' + path_value(deployment_name, 'deployment_name') + '/roles/Operations',
            [],
            '2014-10-01',
            body,
            None,
            None,
            returns_request_id=True,
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
        required(
            service_name=service_name,
            deployment_name=deployment_name,
            role_name=role_name,
        )
        body = x.to_xml(x.write_StartRoleOperation, m.StartRoleOperation(

        ), 'StartRoleOperation')
        return self._perform(
            'POST',
            '/' + self._sub + '/services/hostedservices/' + path_value(service_name, 'service_name') + '/deployments/' + path_value(deployment_name, 'deployment_name') + '/roleinstances/' + path_value(role_name, 'role_name') + '/Operations',
            [],
            '2014-10-01',
            body,
            None,
            None,
            returns_request_id=True,
        )

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
        required(
            service_name=service_name,
            deployment_name=deployment_name,
            role_names=role_names,
        )
        body = x.to_xml(x.write_StartRolesOperation, m.StartRolesOperation(
            roles=role_names,
        ), 'StartRolesOperation')
        return self._perform(
            'POST',
            '/' + self._sub + '/services/hostedservices/' + path_value(service_name, 'service_name') + '/deployments/' + path_value(deployment_name, 'deployment_name') + '/roles/Operations',
            [],
            '2014-10-01',
            body,
            None,
            None,
            returns_request_id=True,
        )

    def swap_deployment(
        self,
        service_name: str,
        production: str,
        source_deployment: str,
    ) -> AsynchronousOperationResult:
        """Swap the production and staging deployments of a cloud service (a virtual IP
        swap).

        ``POST /{subscription_id}/services/hostedservices/{service_name}`` (x-ms-version 2014-10-01, asynchronous)

        Args:
            service_name: Name of the cloud service.
            production: Name of the deployment now in production.
            source_deployment: Name of the deployment now in staging, to move to
                production.

        Returns:
            AsynchronousOperationResult: the request id; pass it to
            wait_for_operation_status() to wait for completion.
        """
        required(
            service_name=service_name,
            production=production,
            source_deployment=source_deployment,
        )
        body = x.to_xml(x.write_Swap, m.Swap(
            production=production,
            source_deployment=source_deployment,
        ), 'Swap')
        return self._perform(
            'POST',
            '/' + self._sub + '/services/hostedservices/' + path_value(service_name, 'service_name'),
            [],
            '2014-10-01',
            body,
            None,
            None,
            returns_request_id=True,
        )

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
        required(vm_image_name=vm_image_name)
        return self._perform(
            'PUT',
            '/' + self._sub + '/services/images/' + path_value(vm_image_name, 'vm_image_name') + '/unreplicate',
            [],
            '2015-04-01',
            None,
            None,
            None,
            returns_request_id=True,
        )

    def update_affinity_group(
        self,
        affinity_group_name: str,
        label: str,
        description: str | None = None,
    ) -> None:
        """Change the label and description of an affinity group.

        ``PUT /{subscription_id}/affinitygroups/{affinity_group_name}`` (x-ms-version 2014-10-01)

        Args:
            affinity_group_name: Name of the affinity group.
            label: New display name (up to 100 characters).
            description: New description; None keeps the current one.

        Returns:
            None (the request id of the call is logged and kept in
            last_request_id).
        """
        required(affinity_group_name=affinity_group_name, label=label)
        body = x.to_xml(x.write_UpdateAffinityGroup, m.UpdateAffinityGroup(
            label=label,
            description=description,
        ), 'UpdateAffinityGroup')
        return self._perform(
            'PUT',
            '/' + self._sub + '/affinitygroups/' + path_value(affinity_group_name, 'affinity_group_name'),
            [],
            '2014-10-01',
            body,
            None,
            None,
            idempotent=True,
        )

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
        required(
            service_name=service_name,
            deployment_name=deployment_name,
            role_name=role_name,
            lun=lun,
        )
        body = x.to_xml(x.write_DataVirtualHardDisk__update_data_disk, m.DataVirtualHardDisk(
            host_caching=host_caching,
            disk_label=disk_label,
            disk_name=disk_name,
            lun=updated_lun,
            logical_disk_size_in_gb=logical_disk_size_in_gb,
            media_link=media_link,
        ), 'DataVirtualHardDisk')
        return self._perform(
            'PUT',
            '/' + self._sub + '/services/hostedservices/' + path_value(service_name, 'service_name') + '/deployments/' + path_value(deployment_name, 'deployment_name') + '/roles/' + path_value(role_name, 'role_name') + '/DataDisks/' + path_value(lun, 'lun'),
            [],
            '2014-10-01',
            body,
            None,
            None,
            returns_request_id=True,
        )

    def update_deployment_status(
        self,
        service_name: str,
        deployment_name: str,
        status: str,
    ) -> AsynchronousOperationResult:
        """Start ('Running') or stop ('Suspended') a deployment.

        ``POST /{subscription_id}/services/hostedservices/{service_name}/deployments/{deployment_name}/?comp=status`` (x-ms-version 2014-10-01, asynchronous)

        Args:
            service_name: Name of the cloud service.
            deployment_name: Name of the deployment.
            status: 'Running' or 'Suspended'.

        Returns:
            AsynchronousOperationResult: the request id; pass it to
            wait_for_operation_status() to wait for completion.
        """
        required(service_name=service_name, deployment_name=deployment_name, status=status)
        body = x.to_xml(x.write_UpdateDeploymentStatus, m.UpdateDeploymentStatus(
            status=status,
        ), 'UpdateDeploymentStatus')
        return self._perform(
            'POST',
            '/' + self._sub + '/services/hostedservices/' + path_value(service_name, 'service_name') + '/deployments/' + path_value(deployment_name, 'deployment_name') + '/?comp=status',
            [],
            '2014-10-01',
            body,
            None,
            None,
            returns_request_id=True,
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
        required(disk_name=disk_name)
        body = x.to_xml(x.write_Disk__update_disk, m.Disk(
            label=label,
            name=disk_name,
        ), 'Disk')
        return self._perform(
            'PUT',
            '/' + self._sub + '/services/disks/' + path_value(disk_name, 'disk_name'),
            [],
            '2014-10-01',
            body,
            None,
            None,
        )

    def update_dns_server(
        self,
        service_name: str,
        deployment_name: str,
        dns_server_name: str,
        address: str,
    ) -> AsynchronousOperationResult:
        """Change the address of a DNS server entry of a virtual machine deployment.

        ``PUT /{subscription_id}/services/hostedservices/{service_name}/deployments/{deployment_name}/dnsservers/{dns_server_name}`` (x-ms-version 2014-10-01, asynchronous)

        Args:
            service_name: Cloud service that owns the deployment.
            deployment_name: Name of the deployment.
            dns_server_name: Name of the DNS server entry to change.
            address: New IPv4 address of the DNS server.

        Returns:
            AsynchronousOperationResult: the request id; pass it to
            wait_for_operation_status() to wait for completion.
        """
        required(
            service_name=service_name,
            deployment_name=deployment_name,
            dns_server_name=dns_server_name,
            address=address,
        )
        body = x.to_xml(x.write_DnsServer, m.DnsServer(
            name=dns_server_name,
            address=address,
        ), 'DnsServer')
        return self._perform(
            'PUT',
            '/' + self._sub + '/services/hostedservices/' + path_value(service_name, 'service_name') + '/deployments/' + path_value(deployment_name, 'deployment_name') + '/dnsservers/' + path_value(dns_server_name, 'dns_server_name'),
            [],
            '2014-10-01',
            body,
            None,
            None,
            idempotent=True,
            returns_request_id=True,
        )

    def update_hosted_service(
        self,
        service_name: str,
        label: str | None = None,
        description: str | None = None,
        extended_properties: dict[str, str] | None = None,
    ) -> None:
        """Change the label, description or extended properties of a cloud service.

        ``PUT /{subscription_id}/services/hostedservices/{service_name}`` (x-ms-version 2014-10-01)

        Args:
            service_name: Name of the cloud service.
            label: New display label; None leaves it unchanged.
            description: New description; None leaves it unchanged.
            extended_properties: Name/value pairs to add or change.

        Returns:
            None (the request id of the call is logged and kept in
            last_request_id).
        """
        required(service_name=service_name)
        body = x.to_xml(x.write_UpdateHostedService, m.UpdateHostedService(
            label=label,
            description=description,
            extended_properties=extended_properties,
        ), 'UpdateHostedService')
        return self._perform(
            'PUT',
            '/' + self._sub + '/services/hostedservices/' + path_value(service_name, 'service_name'),
            [],
            '2014-10-01',
            body,
            None,
            None,
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
        required(
            image_name=image_name,
            label=label,
            media_link=media_link,
            name=name,
            os=os,
        )
        body = x.to_xml(x.write_OSImage__add_os_image, m.OSImage(
            label=label,
            media_link=media_link,
            name=name,
            os=os,
        ), 'OSImage')
        return self._perform(
            'PUT',
            '/' + self._sub + '/services/images/' + path_value(image_name, 'image_name'),
            [],
            '2014-10-01',
            body,
            None,
            None,
            returns_request_id=True,
        )

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
        required(image_name=image_name, os_image=os_image)
        body = x.to_xml(x.write_OSImage__update_os_image_from_image_reference, os_image, 'OSImage')
        return self._perform(
            'PUT',
            '/' + self._sub + '/services/images/' + path_value(image_name, 'image_name'),
            [],
            '2014-10-01',
            body,
            None,
            None,
            returns_request_id=True,
        )

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
        required(
            service_name=service_name,
            deployment_name=deployment_name,
            role_name=role_name,
        )
        body = x.to_xml(x.write_PersistentVMRole__update_role, m.PersistentVMRole(
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
        return self._perform(
            'PUT',
            '/' + self._sub + '/services/hostedservices/' + path_value(service_name, 'service_name') + '/deployments/' + path_value(deployment_name, 'deployment_name') + '/roles/' + path_value(role_name, 'role_name'),
            [],
            '2014-10-01',
            body,
            None,
            None,
            returns_request_id=True,
        )

    def update_storage_account(
        self,
        service_name: str,
        description: str | None = None,
        label: str | None = None,
        geo_replication_enabled: bool | None = None,
        extended_properties: dict[str, str] | None = None,
        account_type: str = 'Standard_GRS',
    ) -> None:
        """Change the description, label, extended properties or redundancy of a
        storage account.

        ``PUT /{subscription_id}/services/storageservices/{service_name}`` (x-ms-version 2014-10-01)

        Args:
            service_name: Name of the storage account.
            description: New description; None keeps the current one.
            label: New display name; None keeps the current one.
            geo_replication_enabled: Obsolete and not sent; choose the redundancy with
                account_type instead.
            extended_properties: Name/value pairs to add or overwrite.
            account_type: Redundancy to switch to: Standard_LRS, Standard_GRS or
                Standard_RAGRS.

        Returns:
            None (the request id of the call is logged and kept in
            last_request_id).
        """
        required(service_name=service_name)
        body = x.to_xml(x.write_UpdateStorageServiceInput, m.UpdateStorageServiceInput(
            description=description,
            label=label,
            extended_properties=extended_properties,
            account_type=account_type,
        ), 'UpdateStorageServiceInput')
        return self._perform(
            'PUT',
            '/' + self._sub + '/services/storageservices/' + path_value(service_name, 'service_name'),
            [],
            '2014-10-01',
            body,
            None,
            None,
            idempotent=True,
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
        required(vm_image_name=vm_image_name, vm_image=vm_image)
        body = x.to_xml(x.write_VMImage__update_vm_image, vm_image, 'VMImage')
        return self._perform(
            'PUT',
            '/' + self._sub + '/services/vmimages/' + path_value(vm_image_name, 'vm_image_name'),
            [],
            '2014-10-01',
            body,
            None,
            None,
            returns_request_id=True,
        )

    def upgrade_deployment(
        self,
        service_name: str,
        deployment_name: str,
        mode: str,
        package_url: str,
        configuration: str,
        label: str,
        force: bool,
        role_to_upgrade: str | None = None,
        extended_properties: dict[str, str] | None = None,
    ) -> AsynchronousOperationResult:
        """Upgrade a deployment in place to a new package and configuration.

        ``POST /{subscription_id}/services/hostedservices/{service_name}/deployments/{deployment_name}/?comp=upgrade`` (x-ms-version 2014-10-01, asynchronous)

        Args:
            service_name: Name of the cloud service.
            deployment_name: Name of the deployment.
            mode: 'Auto', 'Manual' (walk domains with walk_upgrade_domain) or
                'Simultaneous'.
            package_url: URL of the new .cspkg package in blob storage.
            configuration: The new service configuration file, already base64-encoded.
            label: New display label (base64-encoded on the wire).
            force: Go on even when the upgrade would lose local data of role
                instances.
            role_to_upgrade: Upgrade only this role; None upgrades all of them.
            extended_properties: Name/value pairs to store with the deployment.

        Returns:
            AsynchronousOperationResult: the request id; pass it to
            wait_for_operation_status() to wait for completion.
        """
        required(
            service_name=service_name,
            deployment_name=deployment_name,
            mode=mode,
            package_url=package_url,
            configuration=configuration,
            label=label,
            force=force,
        )
        body = x.to_xml(x.write_UpgradeDeployment, m.UpgradeDeployment(
            mode=mode,
            package_url=package_url,
            configuration=configuration,
            label=label,
            role_to_upgrade=role_to_upgrade,
            force=force,
            extended_properties=extended_properties,
        ), 'UpgradeDeployment')
        return self._perform(
            'POST',
            '/' + self._sub + '/services/hostedservices/' + path_value(service_name, 'service_name') + '/deployments/' + path_value(deployment_name, 'deployment_name') + '/?comp=upgrade',
            [],
            '2014-10-01',
            body,
            None,
            None,
            returns_request_id=True,
        )

    def walk_upgrade_domain(
        self,
        service_name: str,
        deployment_name: str,
        upgrade_domain: int,
    ) -> AsynchronousOperationResult:
        """Upgrade the next upgrade domain of a manual-mode upgrade or configuration
        change.

        ``POST /{subscription_id}/services/hostedservices/{service_name}/deployments/{deployment_name}/?comp=walkupgradedomain`` (x-ms-version 2014-10-01, asynchronous)

        Args:
            service_name: Name of the cloud service.
            deployment_name: Name of the deployment.
            upgrade_domain: Number (from 0) of the upgrade domain to upgrade.

        Returns:
            AsynchronousOperationResult: the request id; pass it to
            wait_for_operation_status() to wait for completion.
        """
        required(
            service_name=service_name,
            deployment_name=deployment_name,
            upgrade_domain=upgrade_domain,
        )
        body = x.to_xml(x.write_WalkUpgradeDomain, m.WalkUpgradeDomain(
            upgrade_domain=upgrade_domain,
        ), 'WalkUpgradeDomain')
        return self._perform(
            'POST',
            '/' + self._sub + '/services/hostedservices/' + path_value(service_name, 'service_name') + '/deployments/' + path_value(deployment_name, 'deployment_name') + '/?comp=walkupgradedomain',
            [],
            '2014-10-01',
            body,
            None,
            None,
            returns_request_id=True,
        )

    def wait_until_deployment_deleted(
        self,
        service_name: str,
        deployment_name: str,
        *,
        timeout: float = 900,
        delay: float | None = None,
        progress_callback: Callable[[Any], None] | None = None,
    ) -> None:
        """Wait until a deployment no longer exists (its GET answers 404).

        Waiter ``deployment_deleted``: calls `get_deployment_by_name` until the
        first matching rule says success or failure (no match: call again):

        - success: HTTP status 404

        Args:
            service_name: Name of the cloud service.
            deployment_name: Name of the deployment.
            timeout: Seconds to wait before raising AzureWaiterTimeoutError.
            delay: Fixed seconds between calls; None polls soon at first and backs off to
                15 s between calls.
            progress_callback: Called with every result of `get_deployment_by_name`.

        Returns:
            None, once the resource is gone.

        Raises:
            AzureWaiterTimeoutError: `timeout` ran out; `result` is the last result and
                `state` what the first rule saw in it.
        """
        def call() -> m.Deployment:
            return self.get_deployment_by_name(
                service_name=service_name,
                deployment_name=deployment_name,
            )

        args = dict(service_name=service_name, deployment_name=deployment_name)
        wait_until(
            _WAIT_DEPLOYMENT_DELETED,
            call,
            args,
            timeout,
            delay,
            progress_callback,
        )

    def wait_until_deployment_running(
        self,
        service_name: str,
        deployment_name: str,
        *,
        timeout: float = 900,
        delay: float | None = None,
        progress_callback: Callable[[Any], None] | None = None,
    ) -> m.Deployment:
        """Wait until a deployment's status is Running.

        Waiter ``deployment_running``: calls `get_deployment_by_name` until the
        first matching rule says success or failure (no match: call again):

        - success: ``status`` == 'Running'

        Args:
            service_name: Name of the cloud service.
            deployment_name: Name of the deployment.
            timeout: Seconds to wait before raising AzureWaiterTimeoutError.
            delay: Fixed seconds between calls; None polls soon at first and backs off to
                15 s between calls.
            progress_callback: Called with every result of `get_deployment_by_name`.

        Returns:
            Deployment: the result that matched success.

        Raises:
            AzureWaiterTimeoutError: `timeout` ran out; `result` is the last result and
                `state` what the first rule saw in it.
        """
        def call() -> m.Deployment:
            return self.get_deployment_by_name(
                service_name=service_name,
                deployment_name=deployment_name,
            )

        args = dict(service_name=service_name, deployment_name=deployment_name)
        return wait_until(
            _WAIT_DEPLOYMENT_RUNNING,
            call,
            args,
            timeout,
            delay,
            progress_callback,
        )

    def wait_until_hosted_service_deleted(
        self,
        service_name: str,
        *,
        timeout: float = 600,
        delay: float | None = None,
        progress_callback: Callable[[Any], None] | None = None,
    ) -> None:
        """Wait until a cloud service no longer exists (its GET answers 404).

        Waiter ``hosted_service_deleted``: calls `get_hosted_service_properties`
        until the first matching rule says success or failure (no match: call
        again):

        - success: HTTP status 404

        Args:
            service_name: Name of the cloud service.
            timeout: Seconds to wait before raising AzureWaiterTimeoutError.
            delay: Fixed seconds between calls; None polls soon at first and backs off to
                15 s between calls.
            progress_callback: Called with every result of `get_hosted_service_properties`.

        Returns:
            None, once the resource is gone.

        Raises:
            AzureWaiterTimeoutError: `timeout` ran out; `result` is the last result and
                `state` what the first rule saw in it.
        """
        def call() -> m.HostedService:
            return self.get_hosted_service_properties(
                service_name=service_name,
                embed_detail=False,
            )

        args = dict(service_name=service_name)
        wait_until(
            _WAIT_HOSTED_SERVICE_DELETED,
            call,
            args,
            timeout,
            delay,
            progress_callback,
        )

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
        def call() -> m.OSImage:
            return self.get_os_image(image_name=image_name)

        args = dict(image_name=image_name)
        return wait_until(
            _WAIT_OS_IMAGE_AVAILABLE,
            call,
            args,
            timeout,
            delay,
            progress_callback,
        )

    def wait_until_role_instances_ready(
        self,
        service_name: str,
        deployment_name: str,
        *,
        timeout: float = 900,
        delay: float | None = None,
        progress_callback: Callable[[Any], None] | None = None,
    ) -> m.Deployment:
        """Wait until every role instance of a deployment is ReadyRole.

        Fails as soon as one instance is FailedStartingVM or ProvisioningFailed; an
        instance still CreatingVM when the timeout runs out shows in the timeout
        error's `state`.

        Waiter ``role_instances_ready``: calls `get_deployment_by_name` until the
        first matching rule says success or failure (no match: call again):

        - success: every ``role_instance_list[].instance_status`` == 'ReadyRole'
        - failure: any ``role_instance_list[].instance_status`` == 'FailedStartingVM'
        - failure: any ``role_instance_list[].instance_status`` == 'ProvisioningFailed'

        Args:
            service_name: Name of the cloud service.
            deployment_name: Name of the deployment.
            timeout: Seconds to wait before raising AzureWaiterTimeoutError.
            delay: Fixed seconds between calls; None polls soon at first and backs off to
                15 s between calls.
            progress_callback: Called with every result of `get_deployment_by_name`.

        Returns:
            Deployment: the result that matched success.

        Raises:
            AzureWaiterFailedError: a failure rule matched; `state` holds what was seen.
            AzureWaiterTimeoutError: `timeout` ran out; `result` is the last result and
                `state` what the first rule saw in it.
        """
        def call() -> m.Deployment:
            return self.get_deployment_by_name(
                service_name=service_name,
                deployment_name=deployment_name,
            )

        args = dict(service_name=service_name, deployment_name=deployment_name)
        return wait_until(
            _WAIT_ROLE_INSTANCES_READY,
            call,
            args,
            timeout,
            delay,
            progress_callback,
        )

    def wait_until_role_stopped(
        self,
        service_name: str,
        deployment_name: str,
        role_name: str,
        *,
        timeout: float = 900,
        delay: float | None = None,
        progress_callback: Callable[[Any], None] | None = None,
    ) -> m.Deployment:
        """Wait until every instance of one role of a deployment is stopped (StoppedVM,
        or StoppedDeallocated when its resources were released).

        Waiter ``role_stopped``: calls `get_deployment_by_name` until the first
        matching rule says success or failure (no match: call again):

        - success: every ``role_instance_list[?role_name == {role_name}].instance_status`` == 'StoppedVM'
        - success: every ``role_instance_list[?role_name == {role_name}].instance_status`` == 'StoppedDeallocated'

        Args:
            service_name: Name of the cloud service.
            deployment_name: Name of the deployment.
            role_name: Name of the role (the virtual machine).
            timeout: Seconds to wait before raising AzureWaiterTimeoutError.
            delay: Fixed seconds between calls; None polls soon at first and backs off to
                15 s between calls.
            progress_callback: Called with every result of `get_deployment_by_name`.

        Returns:
            Deployment: the result that matched success.

        Raises:
            AzureWaiterTimeoutError: `timeout` ran out; `result` is the last result and
                `state` what the first rule saw in it.
        """
        def call() -> m.Deployment:
            return self.get_deployment_by_name(
                service_name=service_name,
                deployment_name=deployment_name,
            )

        args = dict(
            service_name=service_name,
            deployment_name=deployment_name,
            role_name=role_name,
        )
        return wait_until(_WAIT_ROLE_STOPPED, call, args, timeout, delay, progress_callback)

    def wait_until_storage_account_created(
        self,
        service_name: str,
        *,
        timeout: float = 600,
        delay: float | None = None,
        progress_callback: Callable[[Any], None] | None = None,
    ) -> m.StorageService:
        """Wait until a storage account's status is Created.

        Waiter ``storage_account_created``: calls `get_storage_account_properties`
        until the first matching rule says success or failure (no match: call
        again):

        - success: ``storage_service_properties.status`` == 'Created'
        - retry: HTTP status 404

        Args:
            service_name: Name of the storage account.
            timeout: Seconds to wait before raising AzureWaiterTimeoutError.
            delay: Fixed seconds between calls; None polls soon at first and backs off to
                10 s between calls.
            progress_callback: Called with every result of `get_storage_account_properties`.

        Returns:
            StorageService: the result that matched success.

        Raises:
            AzureWaiterTimeoutError: `timeout` ran out; `result` is the last result and
                `state` what the first rule saw in it.
        """
        def call() -> m.StorageService:
            return self.get_storage_account_properties(service_name=service_name)

        args = dict(service_name=service_name)
        return wait_until(
            _WAIT_STORAGE_ACCOUNT_CREATED,
            call,
            args,
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
        def call() -> list[m.VMImage]:
            return self.list_vm_images(
                location=location,
                publisher=publisher,
                category=category,
            )

        args = dict(
            vm_image_name=vm_image_name,
            location=location,
            publisher=publisher,
            category=category,
        )
        return wait_until(
            _WAIT_VM_IMAGE_AVAILABLE,
            call,
            args,
            timeout,
            delay,
            progress_callback,
        )
