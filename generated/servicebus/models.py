"""Models of the Azure Service Management API defined in spec/schemas/servicebus.xsd.

Generated from spec/ by codegen; do not edit.  Each class is one XML shape of the API;
attributes are in wire order, constructor arguments are keyword-only except where the
spec gives a positional order.  A list wrapper of the API is a `list` subclass that also
answers to the predecessor SDK's attribute for its items.  Import them from `generated` or
`generated.models`; this area's readers and writers are in xml.py beside this module.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any

import attrs

from asm_sdk_runtime.xml import Timestamp, _as_bool, _as_int, _name_converters, _prefilled

from ..models import new as _new

if TYPE_CHECKING:
    from ..servicebus_messaging.models import CountDetails

__all__ = [
    'AuthorizationRuleRights',
    'AuthorizationRules',
    'AuthorizationRule',
    'NamespaceAvailability',
    'NotificationHubDescription',
    'QueueDescription',
    'RelayDescription',
    'ServiceBusNamespace',
    'ServiceBusRegion',
    'TopicDescription',
]


class AuthorizationRuleRights(list[str]):
    """The rights an authorization rule grants.
    """

    __slots__ = ("_prefilled",)


class AuthorizationRules(list['AuthorizationRule']):
    """A list of AuthorizationRule (``<AuthorizationRule>`` elements).

    Also answers to ``.authorization_rule``, the predecessor SDK's attribute for the items,
    and ``vars()`` shows the items under that name, as the predecessor's wrapper object held them.
    """

    __slots__ = ("_prefilled",)

    @property
    def __dict__(self) -> dict[str, Any]:  # type: ignore[override]  # vars() of a wrapper
        # A copy of the items (a plain list): a vars() walk never loops back into the list.
        return {'authorization_rule': list(self)}

    @property
    def authorization_rule(self) -> AuthorizationRules:
        return self

    @authorization_rule.setter
    def authorization_rule(self, items: list[Any]) -> None:
        self[:] = items


@attrs.define(slots=False, eq=True)
class AuthorizationRule:
    """An access rule of a Service Bus entity: who may do what, and the keys of shared-
    access rules.

    Attributes:
        claim_type (str): ``<ClaimType>``. Claim the rule matches, such as 'SharedAccessKey'.
        claim_value (str): ``<ClaimValue>``. Value the claim must have.
        rights (AuthorizationRuleRights): ``<Rights>``. Rights granted: 'Listen', 'Send', 'Manage'.
        created_time (Timestamp | datetime): ``<CreatedTime>``. When the rule was created.
        modified_time (Timestamp | datetime): ``<ModifiedTime>``. When the rule last changed.
        key_name (str): ``<KeyName>``. Name of a shared-access key rule.
        primary_key (str): ``<PrimaryKey>``. Primary shared-access key.
        secondary_key (str): ``<SecondaryKey>``. Secondary shared-access key. Also answers to ``secondary_keu``.
    """

    claim_type: str | None = attrs.field(default=None, kw_only=True)
    claim_value: str | None = attrs.field(default=None, kw_only=True)
    rights: list[str] | None = attrs.field(default=attrs.Factory(lambda: _prefilled(AuthorizationRuleRights())), kw_only=True)
    created_time: Timestamp | datetime | None = attrs.field(default=None, kw_only=True)
    modified_time: Timestamp | datetime | None = attrs.field(default=None, kw_only=True)
    key_name: str | None = attrs.field(default=None, kw_only=True)
    primary_key: str | None = attrs.field(default=None, kw_only=True, repr=False)
    secondary_key: str | None = attrs.field(default=None, kw_only=True, repr=False)
    #: Child elements this version of the spec does not know, kept rather than dropped.
    unknown_elements: list[str] | None = attrs.field(
        default=None, kw_only=True, repr=False, eq=False)

    @property
    def secondary_keu(self) -> str | None:
        """The predecessor SDK's name for `secondary_key`."""
        return self.secondary_key

    @secondary_keu.setter
    def secondary_keu(self, value: str | None) -> None:
        self.secondary_key = value


@attrs.define(slots=False, eq=True, field_transformer=_name_converters)
class NamespaceAvailability:
    """Whether a proposed Service Bus namespace name is still free.

    Attributes:
        result (bool): ``<Result>``. True when the name can be used.
        reason (str): ``<ReasonDetail>``. Why the name cannot be used; empty when it can.
    """

    result: bool | None = attrs.field(default=None, kw_only=True, converter=_as_bool)
    reason: str | None = attrs.field(default=None, kw_only=True)
    #: Child elements this version of the spec does not know, kept rather than dropped.
    unknown_elements: list[str] | None = attrs.field(
        default=None, kw_only=True, repr=False, eq=False)


@attrs.define(slots=False, eq=True)
class NotificationHubDescription:
    """A notification hub of a Service Bus namespace.

    Attributes:
        registration_ttl (str): ``<RegistrationTtl>``. Lifetime of device registrations (ISO 8601 duration).
        authorization_rules (AuthorizationRules): ``<AuthorizationRules>``. Access rules of the hub.
        name (str): ``<Name>``. Name of the hub (from the Atom entry's title).
    """

    registration_ttl: str | None = attrs.field(default=None, kw_only=True)
    authorization_rules: list[AuthorizationRule] | None = attrs.field(default=attrs.Factory(lambda: _prefilled(AuthorizationRules())), kw_only=True)
    name: str | None = attrs.field(default=None, kw_only=True)
    #: Child elements this version of the spec does not know, kept rather than dropped.
    unknown_elements: list[str] | None = attrs.field(
        default=None, kw_only=True, repr=False, eq=False)


@attrs.define(slots=False, eq=True, field_transformer=_name_converters)
class QueueDescription:
    """A queue of a Service Bus namespace: its settings and message counters.

    Attributes:
        lock_duration (str): ``<LockDuration>``. How long a received message stays locked, as an ISO 8601 duration
            ('PT30S').
        max_size_in_megabytes (int): ``<MaxSizeInMegabytes>``. Maximum size of the queue.
        requires_duplicate_detection (bool): ``<RequiresDuplicateDetection>``. Whether duplicate messages are detected.
        requires_session (bool): ``<RequiresSession>``. Whether receivers must use sessions.
        default_message_time_to_live (str): ``<DefaultMessageTimeToLive>``. Default message lifetime, as an ISO 8601 duration ('P14D').
        dead_lettering_on_message_expiration (bool): ``<DeadLetteringOnMessageExpiration>``. Whether expired messages move to the dead-letter queue.
        duplicate_detection_history_time_window (str): ``<DuplicateDetectionHistoryTimeWindow>``. How long message ids are remembered for duplicate detection (ISO
            8601 duration).
        max_delivery_count (int): ``<MaxDeliveryCount>``. Deliveries before a message is dead-lettered.
        enable_batched_operations (bool): ``<EnableBatchedOperations>``. Whether server-side batching is on.
        size_in_bytes (int): ``<SizeInBytes>``. Current size of the queue.
        message_count (int): ``<MessageCount>``. Messages currently in the queue.
        is_anonymous_accessible (bool): ``<IsAnonymousAccessible>``. Whether the queue accepts anonymous access.
        authorization_rules (AuthorizationRules): ``<AuthorizationRules>``. Access rules of the queue.
        status (str): ``<Status>``. State of the queue, such as 'Active'.
        created_at (Timestamp | datetime): ``<CreatedAt>``. When the queue was created.
        updated_at (Timestamp | datetime): ``<UpdatedAt>``. When the queue last changed.
        accessed_at (Timestamp | datetime): ``<AccessedAt>``. Last send or receive; year 1 when never accessed.
        support_ordering (bool): ``<SupportOrdering>``. Whether messages keep their order.
        count_details (CountDetails): ``<CountDetails>``. Message counts by kind.
        auto_delete_on_idle (str): ``<AutoDeleteOnIdle>``. Idle time after which the queue is deleted (ISO 8601 duration).
        entity_availability_status (str): ``<EntityAvailabilityStatus>``. Availability of the queue, such as 'Available'.
        name (str): ``<Name>``. Name of the queue (from the Atom entry's title).
    """

    lock_duration: str | None = attrs.field(default=None, kw_only=True)
    max_size_in_megabytes: int | None = attrs.field(default=None, kw_only=True, converter=_as_int)
    requires_duplicate_detection: bool | None = attrs.field(default=None, kw_only=True, converter=_as_bool)
    requires_session: bool | None = attrs.field(default=None, kw_only=True, converter=_as_bool)
    default_message_time_to_live: str | None = attrs.field(default=None, kw_only=True)
    dead_lettering_on_message_expiration: bool | None = attrs.field(default=None, kw_only=True, converter=_as_bool)
    duplicate_detection_history_time_window: str | None = attrs.field(default=None, kw_only=True)
    max_delivery_count: int | None = attrs.field(default=None, kw_only=True, converter=_as_int)
    enable_batched_operations: bool | None = attrs.field(default=None, kw_only=True, converter=_as_bool)
    size_in_bytes: int | None = attrs.field(default=None, kw_only=True, converter=_as_int)
    message_count: int | None = attrs.field(default=None, kw_only=True, converter=_as_int)
    is_anonymous_accessible: bool | None = attrs.field(default=None, kw_only=True, converter=_as_bool)
    authorization_rules: list[AuthorizationRule] | None = attrs.field(default=attrs.Factory(lambda: _prefilled(AuthorizationRules())), kw_only=True)
    status: str | None = attrs.field(default=None, kw_only=True)
    created_at: Timestamp | datetime | None = attrs.field(default=None, kw_only=True)
    updated_at: Timestamp | datetime | None = attrs.field(default=None, kw_only=True)
    accessed_at: Timestamp | datetime | None = attrs.field(default=None, kw_only=True)
    support_ordering: bool | None = attrs.field(default=None, kw_only=True, converter=_as_bool)
    count_details: CountDetails | None = attrs.field(default=attrs.Factory(lambda: _new('CountDetails')), kw_only=True)
    auto_delete_on_idle: str | None = attrs.field(default=None, kw_only=True)
    entity_availability_status: str | None = attrs.field(default=None, kw_only=True)
    name: str | None = attrs.field(default=None, kw_only=True)
    #: Child elements this version of the spec does not know, kept rather than dropped.
    unknown_elements: list[str] | None = attrs.field(
        default=None, kw_only=True, repr=False, eq=False)


@attrs.define(slots=False, eq=True, field_transformer=_name_converters)
class RelayDescription:
    """A WCF relay endpoint of a Service Bus namespace.

    Attributes:
        path (str): ``<Path>``. Path of the relay in the namespace.
        listener_type (str): ``<ListenerType>``. Relay binding kind, such as 'RelayedHttp'.
        listener_count (int): ``<ListenerCount>``. Listeners connected now.
        created_at (Timestamp | datetime): ``<CreatedAt>``. When the relay was created.
        updated_at (Timestamp | datetime): ``<UpdatedAt>``. When the relay last changed.
        name (str): ``<Name>``. Name of the relay (from the Atom entry's title).
    """

    path: str | None = attrs.field(default=None, kw_only=True)
    listener_type: str | None = attrs.field(default=None, kw_only=True)
    listener_count: int | None = attrs.field(default=None, kw_only=True, converter=_as_int)
    created_at: Timestamp | datetime | None = attrs.field(default=None, kw_only=True)
    updated_at: Timestamp | datetime | None = attrs.field(default=None, kw_only=True)
    name: str | None = attrs.field(default=None, kw_only=True)
    #: Child elements this version of the spec does not know, kept rather than dropped.
    unknown_elements: list[str] | None = attrs.field(
        default=None, kw_only=True, repr=False, eq=False)


@attrs.define(slots=False, eq=True, field_transformer=_name_converters)
class ServiceBusNamespace:
    """A Service Bus namespace: its region, state, endpoints and (once active) its default
    key.

    Attributes:
        name (str): ``<Name>``. Name of the namespace (the first label of its host names).
        region (str): ``<Region>``. Region that hosts the namespace, such as 'West US'.
        default_key (str): ``<DefaultKey>``. Shared secret of the 'owner' issuer; sent only while the namespace
            is active.
        status (str): ``<Status>``. Lifecycle state: 'Activating', 'Active', 'Removing', ...
        created_at (Timestamp | datetime): ``<CreatedAt>``. When the namespace was created.
        acs_management_endpoint (str): ``<AcsManagementEndpoint>``. Management URL of the namespace's Access Control service, when it
            has one.
        servicebus_endpoint (str): ``<ServiceBusEndpoint>``. HTTPS base URL of the namespace's messaging entities.
        connection_string (str): ``<ConnectionString>``. Client connection string with the owner secret; sent only while the
            namespace is active.
        subscription_id (str): ``<SubscriptionId>``. Owning subscription, as 32 hex digits without dashes.
        enabled (bool): ``<Enabled>``. False once deletion has begun.
        critical (bool): ``<Critical>``. Whether the namespace is flagged critical by the service.
        updated_at (Timestamp | datetime): ``<UpdatedAt>``. When the namespace last changed.
        create_acs_namespace (bool): ``<CreateACSNamespace>``. Whether an Access Control namespace was created alongside.
        event_hub_enabled (bool): ``<EventHubEnabled>``. Whether Event Hubs can be created in the namespace.
        namespace_type (str): ``<NamespaceType>``. Kind of namespace, such as 'Messaging'.
        resource_group (str): ``<ResourceGroup>``. Resource group of the namespace; empty for classic namespaces.
    """

    name: str | None = attrs.field(default=None, kw_only=True)
    region: str | None = attrs.field(default=None, kw_only=True)
    default_key: str | None = attrs.field(default=None, kw_only=True, repr=False)
    status: str | None = attrs.field(default=None, kw_only=True)
    created_at: Timestamp | datetime | None = attrs.field(default=None, kw_only=True)
    acs_management_endpoint: str | None = attrs.field(default=None, kw_only=True)
    servicebus_endpoint: str | None = attrs.field(default=None, kw_only=True)
    connection_string: str | None = attrs.field(default=None, kw_only=True, repr=False)
    subscription_id: str | None = attrs.field(default=None, kw_only=True)
    enabled: bool | None = attrs.field(default=None, kw_only=True, converter=_as_bool)
    critical: bool | None = attrs.field(default=None, kw_only=True, converter=_as_bool)
    updated_at: Timestamp | datetime | None = attrs.field(default=None, kw_only=True)
    create_acs_namespace: bool | None = attrs.field(default=None, kw_only=True, converter=_as_bool)
    event_hub_enabled: bool | None = attrs.field(default=None, kw_only=True, converter=_as_bool)
    namespace_type: str | None = attrs.field(default=None, kw_only=True)
    resource_group: str | None = attrs.field(default=None, kw_only=True)
    #: Child elements this version of the spec does not know, kept rather than dropped.
    unknown_elements: list[str] | None = attrs.field(
        default=None, kw_only=True, repr=False, eq=False)


@attrs.define(slots=False, eq=True)
class ServiceBusRegion:
    """A region that can host Service Bus namespaces.

    Attributes:
        code (str): ``<Code>``. Region name to pass to create_namespace, such as 'West US'.
        fullname (str): ``<FullName>``. Display name of the region.
    """

    code: str | None = attrs.field(default=None, kw_only=True)
    fullname: str | None = attrs.field(default=None, kw_only=True)
    #: Child elements this version of the spec does not know, kept rather than dropped.
    unknown_elements: list[str] | None = attrs.field(
        default=None, kw_only=True, repr=False, eq=False)


@attrs.define(slots=False, eq=True, field_transformer=_name_converters)
class TopicDescription:
    """A topic of a Service Bus namespace: its settings and message counters.

    Attributes:
        default_message_time_to_live (str): ``<DefaultMessageTimeToLive>``. Default message lifetime, as an ISO 8601 duration ('P14D').
        max_size_in_megabytes (int): ``<MaxSizeInMegabytes>``. Maximum size of the topic.
        requires_duplicate_detection (bool): ``<RequiresDuplicateDetection>``. Whether duplicate messages are detected.
        duplicate_detection_history_time_window (str): ``<DuplicateDetectionHistoryTimeWindow>``. How long message ids are remembered for duplicate detection (ISO
            8601 duration).
        enable_batched_operations (bool): ``<EnableBatchedOperations>``. Whether server-side batching is on.
        size_in_bytes (int): ``<SizeInBytes>``. Current size of the topic.
        filtering_messages_before_publishing (bool): ``<FilteringMessagesBeforePublishing>``. Whether messages are filtered before they are published.
        is_anonymous_accessible (bool): ``<IsAnonymousAccessible>``. Whether the topic accepts anonymous access.
        authorization_rules (AuthorizationRules): ``<AuthorizationRules>``. Access rules of the topic.
        status (str): ``<Status>``. State of the topic, such as 'Active'.
        created_at (Timestamp | datetime): ``<CreatedAt>``. When the topic was created.
        updated_at (Timestamp | datetime): ``<UpdatedAt>``. When the topic last changed.
        accessed_at (Timestamp | datetime): ``<AccessedAt>``. Last send or receive; year 1 when never accessed.
        support_ordering (bool): ``<SupportOrdering>``. Whether messages keep their order.
        count_details (CountDetails): ``<CountDetails>``. Message counts by kind.
        subscription_count (int): ``<SubscriptionCount>``. Subscriptions of the topic.
        name (str): ``<Name>``. Name of the topic (from the Atom entry's title).
    """

    default_message_time_to_live: str | None = attrs.field(default=None, kw_only=True)
    max_size_in_megabytes: int | None = attrs.field(default=None, kw_only=True, converter=_as_int)
    requires_duplicate_detection: bool | None = attrs.field(default=None, kw_only=True, converter=_as_bool)
    duplicate_detection_history_time_window: str | None = attrs.field(default=None, kw_only=True)
    enable_batched_operations: bool | None = attrs.field(default=None, kw_only=True, converter=_as_bool)
    size_in_bytes: int | None = attrs.field(default=None, kw_only=True, converter=_as_int)
    filtering_messages_before_publishing: bool | None = attrs.field(default=None, kw_only=True, converter=_as_bool)
    is_anonymous_accessible: bool | None = attrs.field(default=None, kw_only=True, converter=_as_bool)
    authorization_rules: list[AuthorizationRule] | None = attrs.field(default=attrs.Factory(lambda: _prefilled(AuthorizationRules())), kw_only=True)
    status: str | None = attrs.field(default=None, kw_only=True)
    created_at: Timestamp | datetime | None = attrs.field(default=None, kw_only=True)
    updated_at: Timestamp | datetime | None = attrs.field(default=None, kw_only=True)
    accessed_at: Timestamp | datetime | None = attrs.field(default=None, kw_only=True)
    support_ordering: bool | None = attrs.field(default=None, kw_only=True, converter=_as_bool)
    count_details: CountDetails | None = attrs.field(default=attrs.Factory(lambda: _new('CountDetails')), kw_only=True)
    subscription_count: int | None = attrs.field(default=None, kw_only=True, converter=_as_int)
    name: str | None = attrs.field(default=None, kw_only=True)
    #: Child elements this version of the spec does not know, kept rather than dropped.
    unknown_elements: list[str] | None = attrs.field(
        default=None, kw_only=True, repr=False, eq=False)

