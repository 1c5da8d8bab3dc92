"""The methods of spec/operations/storage.toml and spec/waiters/storage.toml.

Generated from spec/ by codegen; do not edit. StorageOperations is a part of the client
class ServiceManagementService; aio.py holds the async twins of these methods, rendered from
the same template (codegen/templates/methods.j2).
"""

from __future__ import annotations

from typing import Any, Callable

from asm_sdk_runtime.client import ServiceClient
from asm_sdk_runtime.core import AsynchronousOperationResult

from .. import models as m
from . import operations as o


class StorageOperations(ServiceClient):
    """The operations of spec/operations/storage.toml."""

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
        return self._call(o.check_storage_account_name_availability, service_name)

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
        return self._call(
            o.create_storage_account,
            service_name,
            description,
            label,
            affinity_group,
            location,
            geo_replication_enabled,
            extended_properties,
            account_type,
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
        return self._call(o.delete_storage_account, service_name)

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
        return self._call(o.get_storage_account_keys, service_name)

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
        return self._call(o.get_storage_account_properties, service_name)

    def list_storage_accounts(self) -> list[m.StorageService]:
        """List the storage accounts of the subscription with their properties.

        ``GET /{subscription_id}/services/storageservices`` (x-ms-version 2014-10-01)

        Returns:
            list[StorageService]:
        """
        return self._call(o.list_storage_accounts)

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
        return self._call(o.regenerate_storage_account_keys, service_name, key_type)

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
        return self._call(
            o.update_storage_account,
            service_name,
            description,
            label,
            geo_replication_enabled,
            extended_properties,
            account_type,
        )

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
        return self._wait(
            o.wait_until_storage_account_created,
            (service_name,),
            dict(service_name=service_name),
            timeout,
            delay,
            progress_callback,
        )
