"""Models of the Azure Service Management API defined in spec/schemas/storage.xsd.

Generated from spec/ by codegen; do not edit.  Each class is one XML shape of the API;
attributes are in wire order, constructor arguments are keyword-only except where the
spec gives a positional order.  A list wrapper of the API is a `list` subclass that also
answers to the predecessor SDK's attribute for its items.  Import them from `generated` or
`generated.models`; this area's readers and writers are in xml.py beside this module.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

import attrs

from asm_sdk_runtime.xml import Timestamp, _as_bool, _name_converters, _prefilled

__all__ = [
    'CapabilityNames',
    'CustomDomains',
    'StorageEndpoints',
    'StorageServices',
    'AvailabilityResponse',
    'CreateStorageServiceInput',
    'CustomDomain',
    'RegenerateKeys',
    'StorageAccountProperties',
    'StorageService',
    'StorageServiceKeys',
    'UpdateStorageServiceInput',
]


class CapabilityNames(list[str]):
    """Names of the features a resource supports, such as PersistentVMRole.
    """

    __slots__ = ("_prefilled",)


class CustomDomains(list['CustomDomain']):
    """A list of CustomDomain (``<CustomDomain>`` elements).
    """

    __slots__ = ("_prefilled",)


class StorageEndpoints(list[str]):
    """URLs of the blob, queue, table and file services of an account.
    """

    __slots__ = ("_prefilled",)


class StorageServices(list['StorageService']):
    """A list of StorageService (``<StorageService>`` elements).

    Also answers to ``.storage_services``, the predecessor SDK's attribute for the items,
    and ``vars()`` shows the items under that name, as the predecessor's wrapper object held them.
    """

    __slots__ = ("_prefilled",)

    @property
    def __dict__(self) -> dict[str, Any]:  # type: ignore[override]  # vars() of a wrapper
        # A copy of the items (a plain list): a vars() walk never loops back into the list.
        return {'storage_services': list(self)}

    @property
    def storage_services(self) -> StorageServices:
        return self

    @storage_services.setter
    def storage_services(self, items: list[Any]) -> None:
        self[:] = items


@attrs.define(slots=False, eq=True, field_transformer=_name_converters)
class AvailabilityResponse:
    """Whether a proposed account or cloud service name is still free.

    Attributes:
        result (bool): ``<Result>``. True when the name can be used.
        reason (str): ``<Reason>``. Why the name cannot be used; None when it can.
    """

    result: bool | None = attrs.field(default=None, kw_only=True, converter=_as_bool)
    reason: str | None = attrs.field(default=None, kw_only=True)
    #: Child elements this version of the spec does not know, kept rather than dropped.
    unknown_elements: list[str] | None = attrs.field(
        default=None, kw_only=True, repr=False, eq=False)


@attrs.define(slots=False, eq=True, field_transformer=_name_converters)
class CreateStorageServiceInput:
    """Body of a create-storage-account request.

    Attributes:
        service_name (str): ``<ServiceName>``
        description (str): ``<Description>``
        label (str): ``<Label>``
        affinity_group (str): ``<AffinityGroup>``
        location (str): ``<Location>``
        geo_replication_enabled (bool): ``<GeoReplicationEnabled>``
        extended_properties (dict[str, str]): ``<ExtendedProperties>``
        secondary_read_enabled (bool): ``<SecondaryReadEnabled>``
        account_type (str): ``<AccountType>``
    """

    service_name: str | None = attrs.field(default=None, kw_only=True)
    description: str | None = attrs.field(default=None, kw_only=True)
    label: str | None = attrs.field(default=None, kw_only=True)
    affinity_group: str | None = attrs.field(default=None, kw_only=True)
    location: str | None = attrs.field(default=None, kw_only=True)
    geo_replication_enabled: bool | None = attrs.field(default=None, kw_only=True, converter=_as_bool)
    extended_properties: dict[str, str] | None = attrs.field(default=None, kw_only=True)
    secondary_read_enabled: bool | None = attrs.field(default=None, kw_only=True, converter=_as_bool)
    account_type: str | None = attrs.field(default=None, kw_only=True)
    #: Child elements this version of the spec does not know, kept rather than dropped.
    unknown_elements: list[str] | None = attrs.field(
        default=None, kw_only=True, repr=False, eq=False)


@attrs.define(slots=False, eq=True, field_transformer=_name_converters)
class CustomDomain:
    """A custom domain name mapped onto a storage account.

    Attributes:
        name (str): ``<Name>``. The custom domain (the CNAME source).
        use_sub_domain_name (bool): ``<UseSubDomainName>``. Whether indirect CNAME validation through the asverify subdomain is
            used.
    """

    name: str | None = attrs.field(default=None, kw_only=True)
    use_sub_domain_name: bool | None = attrs.field(default=None, kw_only=True, converter=_as_bool)
    #: Child elements this version of the spec does not know, kept rather than dropped.
    unknown_elements: list[str] | None = attrs.field(
        default=None, kw_only=True, repr=False, eq=False)


@attrs.define(slots=False, eq=True)
class RegenerateKeys:
    """Body of a regenerate-keys request.

    Attributes:
        key_type (str): ``<KeyType>``. Primary or Secondary.
    """

    key_type: str | None = attrs.field(default=None, kw_only=True)
    #: Child elements this version of the spec does not know, kept rather than dropped.
    unknown_elements: list[str] | None = attrs.field(
        default=None, kw_only=True, repr=False, eq=False)


@attrs.define(slots=False, eq=True, field_transformer=_name_converters)
class StorageAccountProperties:
    """Descriptive and replication properties of a storage account.

    Attributes:
        description (str): ``<Description>``. Free-text description given at creation or update.
        affinity_group (str): ``<AffinityGroup>``. Affinity group the account was placed in, when it was created in
            one.
        location (str): ``<Location>``. Region of the account, when it was created with a location.
        label (str): ``<Label>``. Display name of the account.
        status (str): ``<Status>``. Provisioning state: Creating, Created, ResolvingDns, Deleting.
        endpoints (StorageEndpoints): ``<Endpoints>``. Service endpoint URLs of the account.
        geo_replication_enabled (bool): ``<GeoReplicationEnabled>``. Whether data is replicated to a second region (sent only by old API
            versions; see account_type).
        geo_primary_region (str): ``<GeoPrimaryRegion>``. Region currently holding the primary copy.
        status_of_primary (str): ``<StatusOfPrimary>``. Available or Unavailable.
        geo_secondary_region (str): ``<GeoSecondaryRegion>``. Region holding the replica; empty for locally redundant accounts.
        status_of_secondary (str): ``<StatusOfSecondary>``. Available or Unavailable; empty for locally redundant accounts.
        last_geo_failover_time (Timestamp | datetime): ``<LastGeoFailoverTime>``. When the account last failed over to its secondary region, if ever.
        creation_time (Timestamp | datetime): ``<CreationTime>``. When the account was created (UTC).
        custom_domains (CustomDomains): ``<CustomDomains>``. Custom domains mapped onto the account.
        secondary_read_enabled (bool): ``<SecondaryReadEnabled>``. Whether the secondary copy is readable (old API versions only).
        secondary_endpoints (StorageEndpoints): ``<SecondaryEndpoints>``. Read-only endpoint URLs of the secondary region (read-access geo-
            redundant accounts).
        account_type (str): ``<AccountType>``. Redundancy: Standard_LRS, Standard_ZRS, Standard_GRS, Standard_RAGRS
            or Premium_LRS.
    """

    description: str | None = attrs.field(default=None, kw_only=True)
    affinity_group: str | None = attrs.field(default=None, kw_only=True)
    location: str | None = attrs.field(default=None, kw_only=True)
    label: str | None = attrs.field(default=None, kw_only=True)
    status: str | None = attrs.field(default=None, kw_only=True)
    endpoints: list[str] | None = attrs.field(default=attrs.Factory(lambda: _prefilled(StorageEndpoints())), kw_only=True)
    geo_replication_enabled: bool | None = attrs.field(default=None, kw_only=True, converter=_as_bool)
    geo_primary_region: str | None = attrs.field(default=None, kw_only=True)
    status_of_primary: str | None = attrs.field(default=None, kw_only=True)
    geo_secondary_region: str | None = attrs.field(default=None, kw_only=True)
    status_of_secondary: str | None = attrs.field(default=None, kw_only=True)
    last_geo_failover_time: Timestamp | datetime | None = attrs.field(default=None, kw_only=True)
    creation_time: Timestamp | datetime | None = attrs.field(default=None, kw_only=True)
    custom_domains: list[CustomDomain] | None = attrs.field(default=None, kw_only=True)
    secondary_read_enabled: bool | None = attrs.field(default=None, kw_only=True, converter=_as_bool)
    secondary_endpoints: list[str] | None = attrs.field(default=None, kw_only=True)
    account_type: str | None = attrs.field(default=None, kw_only=True)
    #: Child elements this version of the spec does not know, kept rather than dropped.
    unknown_elements: list[str] | None = attrs.field(
        default=None, kw_only=True, repr=False, eq=False)


@attrs.define(slots=False, eq=True)
class StorageService:
    """A storage account. Property and list calls fill the properties; the keys calls fill
    only url and storage_service_keys.

    Attributes:
        url (str): ``<Url>``. Management URL of the account.
        service_name (str): ``<ServiceName>``. The account name (3-24 lower-case letters and digits).
        storage_service_properties (StorageAccountProperties): ``<StorageServiceProperties>``. Description, placement, state and replication of the account.
        storage_service_keys (StorageServiceKeys): ``<StorageServiceKeys>``. Access keys (only from get_storage_account_keys and
            regenerate_storage_account_keys).
        extended_properties (dict[str, str]): ``<ExtendedProperties>``. User-defined name/value pairs (Azure adds ResourceGroup and
            ResourceLocation).
        capabilities (CapabilityNames): ``<Capabilities>``. Features the account supports.
    """

    url: str | None = attrs.field(default=None, kw_only=True)
    service_name: str | None = attrs.field(default=None, kw_only=True)
    storage_service_properties: StorageAccountProperties | None = attrs.field(default=None, kw_only=True)
    storage_service_keys: StorageServiceKeys | None = attrs.field(default=None, kw_only=True)
    extended_properties: dict[str, str] | None = attrs.field(default=None, kw_only=True)
    capabilities: list[str] | None = attrs.field(default=None, kw_only=True)
    #: Child elements this version of the spec does not know, kept rather than dropped.
    unknown_elements: list[str] | None = attrs.field(
        default=None, kw_only=True, repr=False, eq=False)


@attrs.define(slots=False, eq=True)
class StorageServiceKeys:
    """The two access keys of a storage account.

    Attributes:
        primary (str): ``<Primary>``. The primary access key (base64).
        secondary (str): ``<Secondary>``. The secondary access key (base64).
    """

    primary: str | None = attrs.field(default=None, kw_only=True, repr=False)
    secondary: str | None = attrs.field(default=None, kw_only=True, repr=False)
    #: Child elements this version of the spec does not know, kept rather than dropped.
    unknown_elements: list[str] | None = attrs.field(
        default=None, kw_only=True, repr=False, eq=False)


@attrs.define(slots=False, eq=True, field_transformer=_name_converters)
class UpdateStorageServiceInput:
    """Body of an update-storage-account request; absent elements are left unchanged.

    Attributes:
        description (str): ``<Description>``
        label (str): ``<Label>``
        geo_replication_enabled (bool): ``<GeoReplicationEnabled>``
        extended_properties (dict[str, str]): ``<ExtendedProperties>``
        custom_domains (CustomDomains): ``<CustomDomains>``
        secondary_read_enabled (bool): ``<SecondaryReadEnabled>``
        account_type (str): ``<AccountType>``
    """

    description: str | None = attrs.field(default=None, kw_only=True)
    label: str | None = attrs.field(default=None, kw_only=True)
    geo_replication_enabled: bool | None = attrs.field(default=None, kw_only=True, converter=_as_bool)
    extended_properties: dict[str, str] | None = attrs.field(default=None, kw_only=True)
    custom_domains: list[CustomDomain] | None = attrs.field(default=None, kw_only=True)
    secondary_read_enabled: bool | None = attrs.field(default=None, kw_only=True, converter=_as_bool)
    account_type: str | None = attrs.field(default=None, kw_only=True)
    #: Child elements this version of the spec does not know, kept rather than dropped.
    unknown_elements: list[str] | None = attrs.field(
        default=None, kw_only=True, repr=False, eq=False)

