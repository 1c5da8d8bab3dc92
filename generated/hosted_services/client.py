"""The methods of spec/operations/hosted_services.toml and spec/waiters/hosted_services.toml.

Generated from spec/ by codegen; do not edit. HostedServicesOperations is a part of the
client class ServiceManagementService; aio.py holds the async twins of these methods,
rendered from the same template (codegen/templates/methods.j2).
"""

from __future__ import annotations

from typing import Any, Callable

from asm_sdk_runtime.client import ServiceClient
from asm_sdk_runtime.core import AsynchronousOperationResult

from .. import models as m
from . import operations as o


class HostedServicesOperations(ServiceClient):
    """The operations of spec/operations/hosted_services.toml."""

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
        return self._call(o.add_management_certificate, public_key, thumbprint, data)

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
        return self._call(
            o.add_service_certificate,
            service_name,
            data,
            certificate_format,
            password,
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
        return self._call(
            o.change_deployment_configuration,
            service_name,
            deployment_name,
            configuration,
            treat_warnings_as_error,
            mode,
            extended_properties,
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
        return self._call(o.check_hosted_service_name_availability, service_name)

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
        return self._call(
            o.create_deployment,
            service_name,
            deployment_slot,
            name,
            package_url,
            label,
            configuration,
            start_deployment,
            treat_warnings_as_error,
            extended_properties,
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
        return self._call(
            o.create_hosted_service,
            service_name,
            label,
            description,
            location,
            affinity_group,
            extended_properties,
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
        return self._call(o.delete_deployment, service_name, deployment_name, delete_vhd)

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
        return self._call(o.delete_hosted_service, service_name, complete)

    def delete_management_certificate(self, thumbprint: str) -> None:
        """Remove a management certificate from the subscription.

        ``DELETE /{subscription_id}/certificates/{thumbprint}`` (x-ms-version 2014-10-01)

        Args:
            thumbprint: Thumbprint of the certificate, in hex.

        Returns:
            None (the request id of the call is logged and kept in
            last_request_id).
        """
        return self._call(o.delete_management_certificate, thumbprint)

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
        return self._call(
            o.delete_role_instances,
            service_name,
            deployment_name,
            role_instance_names,
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
        return self._call(o.delete_service_certificate, service_name, thumbalgorithm, thumbprint)

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
        return self._call(o.get_deployment_by_name, service_name, deployment_name)

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
        return self._call(o.get_deployment_by_slot, service_name, deployment_slot)

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
        return self._call(o.get_hosted_service_properties, service_name, embed_detail)

    def get_management_certificate(self, thumbprint: str) -> m.SubscriptionCertificate:
        """Get one management certificate of the subscription.

        ``GET /{subscription_id}/certificates/{thumbprint}`` (x-ms-version 2014-10-01)

        Args:
            thumbprint: Thumbprint of the certificate, in hex.

        Returns:
            SubscriptionCertificate: A management certificate: a certificate
            that may authenticate Service Management calls for the subscription.
        """
        return self._call(o.get_management_certificate, thumbprint)

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
        return self._call(o.get_service_certificate, service_name, thumbalgorithm, thumbprint)

    def get_subscription(self) -> m.Subscription:
        """Get the subscription's name, status, quotas and current usage.

        ``GET /{subscription_id}`` (x-ms-version 2014-10-01)

        Returns:
            Subscription: A subscription: its name, administrators, quotas and
            current usage.
        """
        return self._call(o.get_subscription)

    def list_hosted_services(self) -> list[m.HostedService]:
        """List the cloud services of the subscription.

        ``GET /{subscription_id}/services/hostedservices`` (x-ms-version 2014-10-01)

        Returns:
            list[HostedService]: The cloud services of a subscription.
        """
        return self._call(o.list_hosted_services)

    def list_locations(self) -> list[m.Location]:
        """List the regions (locations) where services can be placed, with what each
        offers.

        ``GET /{subscription_id}/locations`` (x-ms-version 2014-10-01)

        Returns:
            list[Location]: The data center regions available to the
            subscription.
        """
        return self._call(o.list_locations)

    def list_management_certificates(self) -> list[m.SubscriptionCertificate]:
        """List the management certificates that may authenticate calls for the
        subscription.

        ``GET /{subscription_id}/certificates`` (x-ms-version 2014-10-01)

        Returns:
            list[SubscriptionCertificate]: The management certificates of the
            subscription.
        """
        return self._call(o.list_management_certificates)

    def list_operating_system_families(self) -> list[m.OperatingSystemFamily]:
        """List the guest OS versions grouped by OS family.

        ``GET /{subscription_id}/operatingsystemfamilies`` (x-ms-version 2014-10-01)

        Returns:
            list[OperatingSystemFamily]: Guest OS versions grouped by family.
        """
        return self._call(o.list_operating_system_families)

    def list_operating_systems(self) -> list[m.OperatingSystem]:
        """List the guest OS versions that web and worker roles can run.

        ``GET /{subscription_id}/operatingsystems`` (x-ms-version 2014-10-01)

        Returns:
            list[OperatingSystem]: Guest OS versions for web and worker roles.
        """
        return self._call(o.list_operating_systems)

    def list_role_sizes(self) -> list[m.RoleSize]:
        """List the role sizes available to the subscription, with cores, memory and
        disk limits.

        ``GET /{subscription_id}/rolesizes`` (x-ms-version 2014-10-01)

        Returns:
            list[RoleSize]: The role sizes of the subscription.
        """
        return self._call(o.list_role_sizes)

    def list_service_certificates(self, service_name: str) -> list[m.Certificate]:
        """List the certificates installed in a cloud service.

        ``GET /{subscription_id}/services/hostedservices/{service_name}/certificates`` (x-ms-version 2014-10-01)

        Args:
            service_name: Name of the cloud service.

        Returns:
            list[Certificate]: The certificates installed in a cloud service.
        """
        return self._call(o.list_service_certificates, service_name)

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
        return self._call(
            o.list_subscription_operations,
            start_time,
            end_time,
            object_id_filter,
            operation_result_filter,
            continuation_token,
        )

    def list_subscriptions(self) -> list[m.Subscription]:
        """List the subscriptions the caller can access (needs an Azure Active
        Directory token, not a certificate).

        ``GET /subscriptions`` (x-ms-version 2014-10-01)

        Returns:
            list[Subscription]: The subscriptions the caller can access.
        """
        return self._call(o.list_subscriptions)

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
        return self._call(
            o.reboot_role_instance,
            service_name,
            deployment_name,
            role_instance_name,
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
        return self._call(
            o.rebuild_role_instance,
            service_name,
            deployment_name,
            role_instance_name,
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
        return self._call(
            o.reimage_role_instance,
            service_name,
            deployment_name,
            role_instance_name,
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
        return self._call(o.rollback_update_or_upgrade, service_name, deployment_name, mode, force)

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
        return self._call(o.swap_deployment, service_name, production, source_deployment)

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
        return self._call(o.update_deployment_status, service_name, deployment_name, status)

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
        return self._call(
            o.update_hosted_service,
            service_name,
            label,
            description,
            extended_properties,
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
        return self._call(
            o.upgrade_deployment,
            service_name,
            deployment_name,
            mode,
            package_url,
            configuration,
            label,
            force,
            role_to_upgrade,
            extended_properties,
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
        return self._call(o.walk_upgrade_domain, service_name, deployment_name, upgrade_domain)

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
        return self._wait(
            o.wait_until_deployment_deleted,
            (service_name, deployment_name),
            dict(service_name=service_name, deployment_name=deployment_name),
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
        return self._wait(
            o.wait_until_deployment_running,
            (service_name, deployment_name),
            dict(service_name=service_name, deployment_name=deployment_name),
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
        return self._wait(
            o.wait_until_hosted_service_deleted,
            (service_name, False),
            dict(service_name=service_name),
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
        return self._wait(
            o.wait_until_role_instances_ready,
            (service_name, deployment_name),
            dict(service_name=service_name, deployment_name=deployment_name),
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
        return self._wait(
            o.wait_until_role_stopped,
            (service_name, deployment_name),
            dict(
                service_name=service_name,
                deployment_name=deployment_name,
                role_name=role_name,
            ),
            timeout,
            delay,
            progress_callback,
        )
