"""The async methods of spec/operations/affinity_groups.toml, for generated.aio.

Generated from spec/ by codegen; do not edit. AffinityGroupsOperations is a part of the
client class ServiceManagementService in generated.aio; client.py holds the sync twins of
these methods, rendered from the same template (codegen/templates/methods.j2).
"""

from __future__ import annotations

from asm_sdk_runtime.aio import AsyncServiceClient

from .. import models as m
from . import operations as o


class AffinityGroupsOperations(AsyncServiceClient):
    """The operations of spec/operations/affinity_groups.toml (awaitable)."""

    async def create_affinity_group(
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
        return await self._call(o.create_affinity_group, name, label, location, description)

    async def delete_affinity_group(self, affinity_group_name: str) -> None:
        """Delete an affinity group; it must no longer hold any cloud service, storage
        account or virtual network.

        ``DELETE /{subscription_id}/affinitygroups/{affinity_group_name}`` (x-ms-version 2014-10-01)

        Args:
            affinity_group_name: Name of the affinity group.

        Returns:
            None (the request id of the call is logged and kept in
            last_request_id).
        """
        return await self._call(o.delete_affinity_group, affinity_group_name)

    async def get_affinity_group_properties(
        self,
        affinity_group_name: str,
    ) -> m.AffinityGroup:
        """Get an affinity group with the cloud services and storage accounts placed in
        it.

        ``GET /{subscription_id}/affinitygroups/{affinity_group_name}`` (x-ms-version 2014-10-01)

        Args:
            affinity_group_name: Name of the affinity group.

        Returns:
            AffinityGroup: A named placement group that keeps cloud services and
            storage accounts close together in one region.
        """
        return await self._call(o.get_affinity_group_properties, affinity_group_name)

    async def list_affinity_groups(self) -> list[m.AffinityGroup]:
        """List the affinity groups of the subscription.

        ``GET /{subscription_id}/affinitygroups`` (x-ms-version 2014-10-01)

        Returns:
            list[AffinityGroup]:
        """
        return await self._call(o.list_affinity_groups)

    async def update_affinity_group(
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
        return await self._call(o.update_affinity_group, affinity_group_name, label, description)
