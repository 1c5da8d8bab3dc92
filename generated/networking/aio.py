"""The async methods of spec/operations/networking.toml, for generated.aio.

Generated from spec/ by codegen; do not edit. NetworkingOperations is a part of the client
class ServiceManagementService in generated.aio; client.py holds the sync twins of these
methods, rendered from the same template (codegen/templates/methods.j2).
"""

from __future__ import annotations

from asm_sdk_runtime.aio import AsyncServiceClient
from asm_sdk_runtime.core import AsynchronousOperationResult

from .. import models as m
from . import operations as o


class NetworkingOperations(AsyncServiceClient):
    """The operations of spec/operations/networking.toml (awaitable)."""

    async def add_dns_server(
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
        return await self._call(
            o.add_dns_server,
            service_name,
            deployment_name,
            dns_server_name,
            address,
        )

    async def associate_reserved_ip_address(
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
        return await self._call(
            o.associate_reserved_ip_address,
            name,
            service_name,
            deployment_name,
            virtual_ip_name,
        )

    async def create_reserved_ip_address(
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
        return await self._call(o.create_reserved_ip_address, name, label, location)

    async def delete_dns_server(
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
        return await self._call(
            o.delete_dns_server,
            service_name,
            deployment_name,
            dns_server_name,
        )

    async def delete_reserved_ip_address(self, name: str) -> AsynchronousOperationResult:
        """Release a reserved IP address; it must not be bound to a deployment.

        ``DELETE /{subscription_id}/services/networking/reservedips/{name}`` (x-ms-version 2014-10-01, asynchronous)

        Args:
            name: Name of the reserved IP.

        Returns:
            AsynchronousOperationResult: the request id; pass it to
            wait_for_operation_status() to wait for completion.
        """
        return await self._call(o.delete_reserved_ip_address, name)

    async def disassociate_reserved_ip_address(
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
        return await self._call(
            o.disassociate_reserved_ip_address,
            name,
            service_name,
            deployment_name,
            virtual_ip_name,
        )

    async def get_reserved_ip_address(self, name: str) -> m.ReservedIP:
        """Get a reserved IP address and what it is bound to.

        ``GET /{subscription_id}/services/networking/reservedips/{name}`` (x-ms-version 2014-10-01)

        Args:
            name: Name of the reserved IP.

        Returns:
            ReservedIP: A public IP address reserved in the subscription,
            optionally bound to a cloud service deployment.
        """
        return await self._call(o.get_reserved_ip_address, name)

    async def list_reserved_ip_addresses(self) -> list[m.ReservedIP]:
        """List the reserved IP addresses of the subscription.

        ``GET /{subscription_id}/services/networking/reservedips`` (x-ms-version 2014-10-01)

        Returns:
            list[ReservedIP]:
        """
        return await self._call(o.list_reserved_ip_addresses)

    async def list_virtual_network_sites(self) -> list[m.VirtualNetworkSite]:
        """List the virtual networks configured in the subscription.

        ``GET /{subscription_id}/services/networking/virtualnetwork`` (x-ms-version 2014-10-01)

        Returns:
            list[VirtualNetworkSite]:
        """
        return await self._call(o.list_virtual_network_sites)

    async def update_dns_server(
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
        return await self._call(
            o.update_dns_server,
            service_name,
            deployment_name,
            dns_server_name,
            address,
        )
