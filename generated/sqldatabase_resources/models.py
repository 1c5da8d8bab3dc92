"""Models of the Azure Service Management API defined in spec/schemas/sqldatabase_resources.xsd.

Generated from spec/ by codegen; do not edit.  Each class is one XML shape of the API;
attributes are in wire order, constructor arguments are keyword-only except where the
spec gives a positional order.  A list wrapper of the API is a `list` subclass that also
answers to the predecessor SDK's attribute for its items.  Import them from `generated` or
`generated.models`; this area's readers and writers are in xml.py beside this module.
"""

from __future__ import annotations

from datetime import datetime

import attrs

from asm_sdk_runtime.xml import Timestamp, _as_bool, _as_int, _name_converters

__all__ = [
    'Databases',
    'DimensionSettings',
    'EventLogs',
    'FirewallRules',
    'ServerQuotas',
    'ServiceObjectives',
    'SqlServiceResources',
    'Database',
    'DimensionSetting',
    'EventLog',
    'FirewallRule',
    'ServerQuota',
    'ServiceObjective',
    'SqlServiceResource',
]


class Databases(list['Database']):
    """Databases of a server.
    """

    __slots__ = ("_prefilled",)


class DimensionSettings(list['DimensionSetting']):
    """Resource allocation settings of a service objective.
    """

    __slots__ = ("_prefilled",)


class EventLogs(list['EventLog']):
    """Event log entries of a server.
    """

    __slots__ = ("_prefilled",)


class FirewallRules(list['FirewallRule']):
    """Firewall rules of a server.
    """

    __slots__ = ("_prefilled",)


class ServerQuotas(list['ServerQuota']):
    """Quotas of a server.
    """

    __slots__ = ("_prefilled",)


class ServiceObjectives(list['ServiceObjective']):
    """Service objectives a server offers.
    """

    __slots__ = ("_prefilled",)


class SqlServiceResources(list['SqlServiceResource']):
    """Any list of Azure SQL Database service resources.
    """

    __slots__ = ("_prefilled",)


@attrs.define(slots=False, eq=True, field_transformer=_name_converters)
class Database:
    """An Azure SQL database (also the body of create and update requests, where only Name,
    Edition, CollationName, MaxSizeBytes and ServiceObjectiveId are sent).

    Attributes:
        name (str): ``<Name>``. Name of the resource.
        type (str): ``<Type>``. Kind of resource, such as Microsoft.SqlAzure.Database.
        state (str): ``<State>``. State of the resource, such as 'Normal'.
        self_link (str): ``<SelfLink>``. Management URL of the resource.
        parent_link (str): ``<ParentLink>``. Management URL of the server the resource belongs to.
        id (int): ``<Id>``. Database id on the server (as in sys.databases).
        edition (str): ``<Edition>``. Service tier: Basic, Standard, Premium (System for master).
        max_size_gb (int): ``<MaxSizeGB>``. Maximum size in gigabytes.
        collation_name (str): ``<CollationName>``. Collation, such as SQL_Latin1_General_CP1_CI_AS.
        creation_date (Timestamp | datetime): ``<CreationDate>``. When the database was created.
        is_federation_root (bool): ``<IsFederationRoot>``. Whether the database is a federation root.
        is_system_object (bool): ``<IsSystemObject>``. Whether this is a system database (master).
        size_mb (float): ``<SizeMB>``. Current size in megabytes, when reported.
        max_size_bytes (int): ``<MaxSizeBytes>``. Maximum size in bytes.
        service_objective_id (str): ``<ServiceObjectiveId>``. Id of the requested performance level (service objective).
        assigned_service_objective_id (str): ``<AssignedServiceObjectiveId>``. Id of the performance level currently in effect.
        service_objective_assignment_state (int): ``<ServiceObjectiveAssignmentState>``. State of the last performance-level change, as a number.
        service_objective_assignment_state_description (str): ``<ServiceObjectiveAssignmentStateDescription>``. State of the last performance-level change, such as 'Complete'.
        service_objective_assignment_error_code (int): ``<ServiceObjectiveAssignmentErrorCode>``. Error code of a failed performance-level change (0 when none).
        service_objective_assignment_error_description (str): ``<ServiceObjectiveAssignmentErrorDescription>``. Error text of a failed performance-level change.
        service_objective_assignment_success_date (Timestamp | datetime): ``<ServiceObjectiveAssignmentSuccessDate>``. When the last performance-level change completed.
        recovery_period_start_date (Timestamp | datetime): ``<RecoveryPeriodStartDate>``. Earliest point in time the database can be restored to.
        is_suspended (bool): ``<IsSuspended>``. Whether the database is suspended.
    """

    name: str | None = attrs.field(default=None, kw_only=True)
    type: str | None = attrs.field(default=None, kw_only=True)
    state: str | None = attrs.field(default=None, kw_only=True)
    self_link: str | None = attrs.field(default=None, kw_only=True)
    parent_link: str | None = attrs.field(default=None, kw_only=True)
    id: int | None = attrs.field(default=None, kw_only=True, converter=_as_int)
    edition: str | None = attrs.field(default=None, kw_only=True)
    max_size_gb: int | None = attrs.field(default=None, kw_only=True, converter=_as_int)
    collation_name: str | None = attrs.field(default=None, kw_only=True)
    creation_date: Timestamp | datetime | None = attrs.field(default=None, kw_only=True)
    is_federation_root: bool | None = attrs.field(default=None, kw_only=True, converter=_as_bool)
    is_system_object: bool | None = attrs.field(default=None, kw_only=True, converter=_as_bool)
    size_mb: float | None = attrs.field(default=None, kw_only=True)
    max_size_bytes: int | None = attrs.field(default=None, kw_only=True, converter=_as_int)
    service_objective_id: str | None = attrs.field(default=None, kw_only=True)
    assigned_service_objective_id: str | None = attrs.field(default=None, kw_only=True)
    service_objective_assignment_state: int | None = attrs.field(default=None, kw_only=True, converter=_as_int)
    service_objective_assignment_state_description: str | None = attrs.field(default=None, kw_only=True)
    service_objective_assignment_error_code: int | None = attrs.field(default=None, kw_only=True, converter=_as_int)
    service_objective_assignment_error_description: str | None = attrs.field(default=None, kw_only=True)
    service_objective_assignment_success_date: Timestamp | datetime | None = attrs.field(default=None, kw_only=True)
    recovery_period_start_date: Timestamp | datetime | None = attrs.field(default=None, kw_only=True)
    is_suspended: bool | None = attrs.field(default=None, kw_only=True, converter=_as_bool)
    #: Child elements this version of the spec does not know, kept rather than dropped.
    unknown_elements: list[str] | None = attrs.field(
        default=None, kw_only=True, repr=False, eq=False)


@attrs.define(slots=False, eq=True, field_transformer=_name_converters)
class DimensionSetting:
    """A resource allocation setting of a service objective.

    Attributes:
        name (str): ``<Name>``. Name of the resource.
        type (str): ``<Type>``. Kind of resource, such as Microsoft.SqlAzure.DimensionSetting.
        state (str): ``<State>``. State of the resource, such as 'Normal'.
        self_link (str): ``<SelfLink>``. Management URL of the resource.
        parent_link (str): ``<ParentLink>``. Management URL of the server the resource belongs to.
        id (str): ``<Id>``. Id (a GUID) of the setting.
        description (str): ``<Description>``. Description of the setting.
        ordinal (int): ``<Ordinal>``. Position of the setting among the settings of all objectives.
        is_default (bool): ``<IsDefault>``. Whether this is the default setting.
    """

    name: str | None = attrs.field(default=None, kw_only=True)
    type: str | None = attrs.field(default=None, kw_only=True)
    state: str | None = attrs.field(default=None, kw_only=True)
    self_link: str | None = attrs.field(default=None, kw_only=True)
    parent_link: str | None = attrs.field(default=None, kw_only=True)
    id: str | None = attrs.field(default=None, kw_only=True)
    description: str | None = attrs.field(default=None, kw_only=True)
    ordinal: int | None = attrs.field(default=None, kw_only=True, converter=_as_int)
    is_default: bool | None = attrs.field(default=None, kw_only=True, converter=_as_bool)
    #: Child elements this version of the spec does not know, kept rather than dropped.
    unknown_elements: list[str] | None = attrs.field(
        default=None, kw_only=True, repr=False, eq=False)


@attrs.define(slots=False, eq=True, field_transformer=_name_converters)
class EventLog:
    """Aggregated connection, deadlock or throttling events of a database over one
    interval.

    Attributes:
        name (str): ``<Name>``. Name of the resource.
        type (str): ``<Type>``. Kind of resource, such as Microsoft.SqlAzure.EventLog.
        state (str): ``<State>``. State of the resource, such as 'Normal'.
        self_link (str): ``<SelfLink>``. Management URL of the resource.
        parent_link (str): ``<ParentLink>``. Management URL of the server the resource belongs to.
        database_name (str): ``<DatabaseName>``. Database the events belong to.
        start_time_utc (Timestamp | datetime): ``<StartTimeUtc>``. Start of the aggregation interval.
        interval_size_in_minutes (int): ``<IntervalSizeInMinutes>``. Length of the aggregation interval in minutes.
        event_category (str): ``<EventCategory>``. Component that raised the events, such as 'connectivity'.
        event_type (str): ``<EventType>``. Event type, such as 'connection_successful' or 'deadlock'.
        event_subtype (int): ``<EventSubtype>``. Event subtype number.
        event_subtype_description (str): ``<EventSubtypeDescription>``. Event subtype description.
        number_of_events (int): ``<NumberOfEvents>``. How many such events occurred in the interval.
        severity (int): ``<Severity>``. Severity: 0 information, 1 warning, 2 error.
        description (str): ``<Description>``. Description of the event.
        additional_data (str): ``<AdditionalData>``. Extra data, such as the deadlock graph of a deadlock event.
    """

    name: str | None = attrs.field(default=None, kw_only=True)
    type: str | None = attrs.field(default=None, kw_only=True)
    state: str | None = attrs.field(default=None, kw_only=True)
    self_link: str | None = attrs.field(default=None, kw_only=True)
    parent_link: str | None = attrs.field(default=None, kw_only=True)
    database_name: str | None = attrs.field(default=None, kw_only=True)
    start_time_utc: Timestamp | datetime | None = attrs.field(default=None, kw_only=True)
    interval_size_in_minutes: int | None = attrs.field(default=None, kw_only=True, converter=_as_int)
    event_category: str | None = attrs.field(default=None, kw_only=True)
    event_type: str | None = attrs.field(default=None, kw_only=True)
    event_subtype: int | None = attrs.field(default=None, kw_only=True, converter=_as_int)
    event_subtype_description: str | None = attrs.field(default=None, kw_only=True)
    number_of_events: int | None = attrs.field(default=None, kw_only=True, converter=_as_int)
    severity: int | None = attrs.field(default=None, kw_only=True, converter=_as_int)
    description: str | None = attrs.field(default=None, kw_only=True)
    additional_data: str | None = attrs.field(default=None, kw_only=True)
    #: Child elements this version of the spec does not know, kept rather than dropped.
    unknown_elements: list[str] | None = attrs.field(
        default=None, kw_only=True, repr=False, eq=False)


@attrs.define(slots=False, eq=True)
class FirewallRule:
    """A server-level firewall rule: an IPv4 range allowed to connect (also the body of
    create and update requests).

    Attributes:
        name (str): ``<Name>``. Name of the resource.
        type (str): ``<Type>``. Kind of resource, such as Microsoft.SqlAzure.FirewallRule.
        state (str): ``<State>``. State of the resource, such as 'Normal'.
        self_link (str): ``<SelfLink>``. Management URL of the resource.
        parent_link (str): ``<ParentLink>``. Management URL of the server the resource belongs to.
        start_ip_address (str): ``<StartIPAddress>``. First IPv4 address of the allowed range.
        end_ip_address (str): ``<EndIPAddress>``. Last IPv4 address of the allowed range.
    """

    name: str | None = attrs.field(default=None, kw_only=True)
    type: str | None = attrs.field(default=None, kw_only=True)
    state: str | None = attrs.field(default=None, kw_only=True)
    self_link: str | None = attrs.field(default=None, kw_only=True)
    parent_link: str | None = attrs.field(default=None, kw_only=True)
    start_ip_address: str | None = attrs.field(default=None, kw_only=True)
    end_ip_address: str | None = attrs.field(default=None, kw_only=True)
    #: Child elements this version of the spec does not know, kept rather than dropped.
    unknown_elements: list[str] | None = attrs.field(
        default=None, kw_only=True, repr=False, eq=False)


@attrs.define(slots=False, eq=True, field_transformer=_name_converters)
class ServerQuota:
    """A quota of a server, such as its total DTUs.

    Attributes:
        name (str): ``<Name>``. Name of the resource.
        type (str): ``<Type>``. Kind of resource, such as Microsoft.SqlAzure.ServerQuota.
        state (str): ``<State>``. State of the resource, such as 'Normal'.
        self_link (str): ``<SelfLink>``. Management URL of the resource.
        parent_link (str): ``<ParentLink>``. Management URL of the server the resource belongs to.
        value (int): ``<Value>``. The limit, such as the server's total DTUs for server_dtu_quota.
    """

    name: str | None = attrs.field(default=None, kw_only=True)
    type: str | None = attrs.field(default=None, kw_only=True)
    state: str | None = attrs.field(default=None, kw_only=True)
    self_link: str | None = attrs.field(default=None, kw_only=True)
    parent_link: str | None = attrs.field(default=None, kw_only=True)
    value: int | None = attrs.field(default=None, kw_only=True, converter=_as_int)
    #: Child elements this version of the spec does not know, kept rather than dropped.
    unknown_elements: list[str] | None = attrs.field(
        default=None, kw_only=True, repr=False, eq=False)


@attrs.define(slots=False, eq=True, field_transformer=_name_converters)
class ServiceObjective:
    """A performance level (service objective) databases can be assigned, such as S2 or P1.

    Attributes:
        name (str): ``<Name>``. Name of the resource.
        type (str): ``<Type>``. Kind of resource, such as Microsoft.SqlAzure.ServiceObjective.
        state (str): ``<State>``. State of the resource, such as 'Normal'.
        self_link (str): ``<SelfLink>``. Management URL of the resource.
        parent_link (str): ``<ParentLink>``. Management URL of the server the resource belongs to.
        id (str): ``<Id>``. Id (a GUID) of the service objective; pass it as
            service_objective_id.
        is_default (bool): ``<IsDefault>``. Whether this is the default objective of its edition.
        is_system (bool): ``<IsSystem>``. Whether this objective is reserved for system databases.
        description (str): ``<Description>``. Description, such as 'Standard S2 resource allocation.'.
        enabled (bool): ``<Enabled>``. Whether databases can be assigned this objective.
        dimension_settings (DimensionSettings): ``<DimensionSettings>``. Resource allocation settings of the objective.
    """

    name: str | None = attrs.field(default=None, kw_only=True)
    type: str | None = attrs.field(default=None, kw_only=True)
    state: str | None = attrs.field(default=None, kw_only=True)
    self_link: str | None = attrs.field(default=None, kw_only=True)
    parent_link: str | None = attrs.field(default=None, kw_only=True)
    id: str | None = attrs.field(default=None, kw_only=True)
    is_default: bool | None = attrs.field(default=None, kw_only=True, converter=_as_bool)
    is_system: bool | None = attrs.field(default=None, kw_only=True, converter=_as_bool)
    description: str | None = attrs.field(default=None, kw_only=True)
    enabled: bool | None = attrs.field(default=None, kw_only=True, converter=_as_bool)
    dimension_settings: list[DimensionSetting] | None = attrs.field(default=None, kw_only=True)
    #: Child elements this version of the spec does not know, kept rather than dropped.
    unknown_elements: list[str] | None = attrs.field(
        default=None, kw_only=True, repr=False, eq=False)


@attrs.define(slots=False, eq=True, field_transformer=_name_converters)
class SqlServiceResource:
    """Any Azure SQL Database service resource: the union of the elements of every kind, in
    wire order.

    Attributes:
        name (str): ``<Name>``. Name of the resource.
        type (str): ``<Type>``. Kind of resource, such as Microsoft.SqlAzure.Database.
        state (str): ``<State>``. State of the resource, such as 'Normal'.
        self_link (str): ``<SelfLink>``. Management URL of the resource.
        parent_link (str): ``<ParentLink>``. Management URL of the server the resource belongs to.
        id (str): ``<Id>``. Id of the resource: a number for databases, a GUID for service
            objectives.
        is_default (bool): ``<IsDefault>``. Whether this is the default objective of its edition.
        is_system (bool): ``<IsSystem>``. Whether this objective is reserved for system databases.
        edition (str): ``<Edition>``. Service tier: Basic, Standard, Premium (System for master).
        max_size_gb (int): ``<MaxSizeGB>``. Maximum size in gigabytes.
        collation_name (str): ``<CollationName>``. Collation, such as SQL_Latin1_General_CP1_CI_AS.
        creation_date (Timestamp | datetime): ``<CreationDate>``. When the database was created.
        is_federation_root (bool): ``<IsFederationRoot>``. Whether the database is a federation root.
        is_system_object (bool): ``<IsSystemObject>``. Whether this is a system database (master).
        size_mb (float): ``<SizeMB>``. Current size in megabytes, when reported.
        max_size_bytes (int): ``<MaxSizeBytes>``. Maximum size in bytes.
        service_objective_id (str): ``<ServiceObjectiveId>``. Id of the requested performance level (service objective).
        assigned_service_objective_id (str): ``<AssignedServiceObjectiveId>``. Id of the performance level currently in effect.
        service_objective_assignment_state (int): ``<ServiceObjectiveAssignmentState>``. State of the last performance-level change, as a number.
        service_objective_assignment_state_description (str): ``<ServiceObjectiveAssignmentStateDescription>``. State of the last performance-level change, such as 'Complete'.
        service_objective_assignment_error_code (int): ``<ServiceObjectiveAssignmentErrorCode>``. Error code of a failed performance-level change (0 when none).
        service_objective_assignment_error_description (str): ``<ServiceObjectiveAssignmentErrorDescription>``. Error text of a failed performance-level change.
        service_objective_assignment_success_date (Timestamp | datetime): ``<ServiceObjectiveAssignmentSuccessDate>``. When the last performance-level change completed.
        recovery_period_start_date (Timestamp | datetime): ``<RecoveryPeriodStartDate>``. Earliest point in time the database can be restored to.
        is_suspended (bool): ``<IsSuspended>``. Whether the database is suspended.
        database_name (str): ``<DatabaseName>``. Database the events belong to.
        start_time_utc (Timestamp | datetime): ``<StartTimeUtc>``. Start of the aggregation interval.
        interval_size_in_minutes (int): ``<IntervalSizeInMinutes>``. Length of the aggregation interval in minutes.
        event_category (str): ``<EventCategory>``. Component that raised the events, such as 'connectivity'.
        event_type (str): ``<EventType>``. Event type, such as 'connection_successful' or 'deadlock'.
        event_subtype (int): ``<EventSubtype>``. Event subtype number.
        event_subtype_description (str): ``<EventSubtypeDescription>``. Event subtype description.
        number_of_events (int): ``<NumberOfEvents>``. How many such events occurred in the interval.
        severity (int): ``<Severity>``. Severity: 0 information, 1 warning, 2 error.
        description (str): ``<Description>``. Description, such as 'Standard S2 resource allocation.'.
        enabled (bool): ``<Enabled>``. Whether databases can be assigned this objective.
        dimension_settings (DimensionSettings): ``<DimensionSettings>``. Resource allocation settings of the objective.
        additional_data (str): ``<AdditionalData>``. Extra data, such as the deadlock graph of a deadlock event.
        start_ip_address (str): ``<StartIPAddress>``. First IPv4 address of the allowed range.
        end_ip_address (str): ``<EndIPAddress>``. Last IPv4 address of the allowed range.
        value (int): ``<Value>``. The limit, such as the server's total DTUs for server_dtu_quota.
    """

    name: str | None = attrs.field(default=None, kw_only=True)
    type: str | None = attrs.field(default=None, kw_only=True)
    state: str | None = attrs.field(default=None, kw_only=True)
    self_link: str | None = attrs.field(default=None, kw_only=True)
    parent_link: str | None = attrs.field(default=None, kw_only=True)
    id: str | None = attrs.field(default=None, kw_only=True)
    is_default: bool | None = attrs.field(default=None, kw_only=True, converter=_as_bool)
    is_system: bool | None = attrs.field(default=None, kw_only=True, converter=_as_bool)
    edition: str | None = attrs.field(default=None, kw_only=True)
    max_size_gb: int | None = attrs.field(default=None, kw_only=True, converter=_as_int)
    collation_name: str | None = attrs.field(default=None, kw_only=True)
    creation_date: Timestamp | datetime | None = attrs.field(default=None, kw_only=True)
    is_federation_root: bool | None = attrs.field(default=None, kw_only=True, converter=_as_bool)
    is_system_object: bool | None = attrs.field(default=None, kw_only=True, converter=_as_bool)
    size_mb: float | None = attrs.field(default=None, kw_only=True)
    max_size_bytes: int | None = attrs.field(default=None, kw_only=True, converter=_as_int)
    service_objective_id: str | None = attrs.field(default=None, kw_only=True)
    assigned_service_objective_id: str | None = attrs.field(default=None, kw_only=True)
    service_objective_assignment_state: int | None = attrs.field(default=None, kw_only=True, converter=_as_int)
    service_objective_assignment_state_description: str | None = attrs.field(default=None, kw_only=True)
    service_objective_assignment_error_code: int | None = attrs.field(default=None, kw_only=True, converter=_as_int)
    service_objective_assignment_error_description: str | None = attrs.field(default=None, kw_only=True)
    service_objective_assignment_success_date: Timestamp | datetime | None = attrs.field(default=None, kw_only=True)
    recovery_period_start_date: Timestamp | datetime | None = attrs.field(default=None, kw_only=True)
    is_suspended: bool | None = attrs.field(default=None, kw_only=True, converter=_as_bool)
    database_name: str | None = attrs.field(default=None, kw_only=True)
    start_time_utc: Timestamp | datetime | None = attrs.field(default=None, kw_only=True)
    interval_size_in_minutes: int | None = attrs.field(default=None, kw_only=True, converter=_as_int)
    event_category: str | None = attrs.field(default=None, kw_only=True)
    event_type: str | None = attrs.field(default=None, kw_only=True)
    event_subtype: int | None = attrs.field(default=None, kw_only=True, converter=_as_int)
    event_subtype_description: str | None = attrs.field(default=None, kw_only=True)
    number_of_events: int | None = attrs.field(default=None, kw_only=True, converter=_as_int)
    severity: int | None = attrs.field(default=None, kw_only=True, converter=_as_int)
    description: str | None = attrs.field(default=None, kw_only=True)
    enabled: bool | None = attrs.field(default=None, kw_only=True, converter=_as_bool)
    dimension_settings: list[DimensionSetting] | None = attrs.field(default=None, kw_only=True)
    additional_data: str | None = attrs.field(default=None, kw_only=True)
    start_ip_address: str | None = attrs.field(default=None, kw_only=True)
    end_ip_address: str | None = attrs.field(default=None, kw_only=True)
    value: int | None = attrs.field(default=None, kw_only=True, converter=_as_int)
    #: Child elements this version of the spec does not know, kept rather than dropped.
    unknown_elements: list[str] | None = attrs.field(
        default=None, kw_only=True, repr=False, eq=False)

