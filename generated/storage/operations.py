"""The operations of spec/operations/storage.toml as data, and its waiters
(spec/waiters/storage.toml): one record per operation, shared by the sync methods
(client.py) and the async ones (aio.py).

Generated from spec/ by codegen; do not edit.  asm_sdk_runtime.core builds each request
from a record and the method's arguments and reads the answer with it; `body_<operation>`
writes a request body from the arguments.
"""

from __future__ import annotations

from asm_sdk_runtime.core import AsynchronousOperationResult, Operation
from asm_sdk_runtime.polling import Waiter

from .. import models as m
from .._xml import to_xml
from . import xml as x


check_storage_account_name_availability: Operation[m.AvailabilityResponse] = Operation(
    'check_storage_account_name_availability', 'GET', '/{subscription_id}/services/storageservices/operations/isavailable/{service_name}',
    ('service_name',),
    '2014-10-01',
    required=1,
    idempotent=True,
    reader=x.read_AvailabilityResponse,
    root='{http://schemas.microsoft.com/windowsazure}AvailabilityResponse',
)


def body_create_storage_account(
    service_name: str,
    description: str,
    label: str,
    affinity_group: str | None,
    location: str | None,
    geo_replication_enabled: bool | None,
    extended_properties: dict[str, str] | None,
    account_type: str,
) -> str:
    """The request body of `create_storage_account`: <CreateStorageServiceInput>."""
    return to_xml(x.write_CreateStorageServiceInput, m.CreateStorageServiceInput(
        service_name=service_name,
        description=description,
        label=label,
        affinity_group=affinity_group,
        location=location,
        extended_properties=extended_properties,
        account_type=account_type,
    ), 'CreateStorageServiceInput')


create_storage_account: Operation[AsynchronousOperationResult] = Operation(
    'create_storage_account', 'POST', '/{subscription_id}/services/storageservices',
    (
        'service_name',
        'description',
        'label',
        'affinity_group',
        'location',
        'geo_replication_enabled',
        'extended_properties',
        'account_type',
    ),
    '2014-10-01',
    required=3,
    body=body_create_storage_account,
    returns_request_id=True,
)


delete_storage_account: Operation[AsynchronousOperationResult] = Operation(
    'delete_storage_account', 'DELETE', '/{subscription_id}/services/storageservices/{service_name}',
    ('service_name',),
    '2014-10-01',
    required=1,
    returns_request_id=True,
)


get_storage_account_keys: Operation[m.StorageService] = Operation(
    'get_storage_account_keys', 'GET', '/{subscription_id}/services/storageservices/{service_name}/keys',
    ('service_name',),
    '2014-10-01',
    required=1,
    idempotent=True,
    reader=x.read_StorageService,
    root='{http://schemas.microsoft.com/windowsazure}StorageService',
)


get_storage_account_properties: Operation[m.StorageService] = Operation(
    'get_storage_account_properties', 'GET', '/{subscription_id}/services/storageservices/{service_name}',
    ('service_name',),
    '2014-10-01',
    required=1,
    idempotent=True,
    reader=x.read_StorageService,
    root='{http://schemas.microsoft.com/windowsazure}StorageService',
)


list_storage_accounts: Operation[list[m.StorageService]] = Operation(
    'list_storage_accounts', 'GET', '/{subscription_id}/services/storageservices',
    (),
    '2014-10-01',
    idempotent=True,
    reader=x.read_StorageServices,
    root='{http://schemas.microsoft.com/windowsazure}StorageServices',
)


def body_regenerate_storage_account_keys(service_name: str, key_type: str) -> str:
    """The request body of `regenerate_storage_account_keys`: <RegenerateKeys>."""
    return to_xml(x.write_RegenerateKeys, m.RegenerateKeys(
        key_type=key_type,
    ), 'RegenerateKeys')


regenerate_storage_account_keys: Operation[m.StorageService] = Operation(
    'regenerate_storage_account_keys', 'POST', '/{subscription_id}/services/storageservices/{service_name}/keys?action=regenerate',
    ('service_name', 'key_type'),
    '2014-10-01',
    required=2,
    body=body_regenerate_storage_account_keys,
    reader=x.read_StorageService,
    root='{http://schemas.microsoft.com/windowsazure}StorageService',
)


def body_update_storage_account(
    service_name: str,
    description: str | None,
    label: str | None,
    geo_replication_enabled: bool | None,
    extended_properties: dict[str, str] | None,
    account_type: str,
) -> str:
    """The request body of `update_storage_account`: <UpdateStorageServiceInput>."""
    return to_xml(x.write_UpdateStorageServiceInput, m.UpdateStorageServiceInput(
        description=description,
        label=label,
        extended_properties=extended_properties,
        account_type=account_type,
    ), 'UpdateStorageServiceInput')


update_storage_account: Operation[None] = Operation(
    'update_storage_account', 'PUT', '/{subscription_id}/services/storageservices/{service_name}',
    (
        'service_name',
        'description',
        'label',
        'geo_replication_enabled',
        'extended_properties',
        'account_type',
    ),
    '2014-10-01',
    required=1,
    idempotent=True,
    body=body_update_storage_account,
)


# Waiter storage_account_created: acceptors (state, matcher, expected, path) and the operation polled.
wait_until_storage_account_created: Waiter[m.StorageService] = Waiter('storage_account_created', 10.0, (
    ('success', 'path', 'Created', 'storage_service_properties.status'),
    ('retry', 'status', 404, None),
), get_storage_account_properties)
