"""XML readers and writers of the shapes of spec/schemas/servicebus.xsd.

Generated from spec/ by codegen; do not edit.  Readers walk ElementTree children once,
dispatching on the tag; writers emit elements in wire order, escaping every value.
Shapes of other areas are read and written by their own modules, imported below.
"""

from __future__ import annotations

from typing import Any
from xml.etree.ElementTree import Element

from asm_sdk_runtime.xml import (EMPTY_TIMESTAMP, boolean, dt, from_bool, from_datetime,
                                from_int, number, text, unknown_text)

from .. import models as m
from .._xml import NO_CHILDREN
from ..servicebus_messaging import xml as servicebus_messaging


def read_AuthorizationRule(el: Element) -> m.AuthorizationRule:
    f_claim_type: Any = ''
    f_claim_value: Any = ''
    f_rights: Any = m.AuthorizationRuleRights()
    f_created_time: Any = EMPTY_TIMESTAMP
    f_modified_time: Any = EMPTY_TIMESTAMP
    f_key_name: Any = ''
    f_primary_key: Any = ''
    f_secondary_key: Any = ''
    unknown: list[Element] | None = None
    for child in el:
        tag = child.tag
        if tag == '{http://schemas.microsoft.com/netservices/2010/10/servicebus/connect}ClaimType':
            f_claim_type = (child.text or '')
        elif tag == '{http://schemas.microsoft.com/netservices/2010/10/servicebus/connect}ClaimValue':
            f_claim_value = (child.text or '')
        elif tag == '{http://schemas.microsoft.com/netservices/2010/10/servicebus/connect}Rights':
            f_rights = m.AuthorizationRuleRights([(c.text or '') for c in child])
        elif tag == '{http://schemas.microsoft.com/netservices/2010/10/servicebus/connect}CreatedTime':
            f_created_time = from_datetime(child.text, EMPTY_TIMESTAMP)
        elif tag == '{http://schemas.microsoft.com/netservices/2010/10/servicebus/connect}ModifiedTime':
            f_modified_time = from_datetime(child.text, EMPTY_TIMESTAMP)
        elif tag == '{http://schemas.microsoft.com/netservices/2010/10/servicebus/connect}KeyName':
            f_key_name = (child.text or '')
        elif tag == '{http://schemas.microsoft.com/netservices/2010/10/servicebus/connect}PrimaryKey':
            f_primary_key = (child.text or '')
        elif tag == '{http://schemas.microsoft.com/netservices/2010/10/servicebus/connect}SecondaryKey':
            f_secondary_key = (child.text or '')
        else:
            if unknown is None:
                unknown = []
            unknown.append(child)
    # Every field is read above and typed by its reader: fill the instance directly (three
    # times faster than the constructor, whose converters and defaults are for callers).
    obj = object.__new__(m.AuthorizationRule)
    obj.__dict__ = {
        'claim_type': f_claim_type,
        'claim_value': f_claim_value,
        'rights': f_rights,
        'created_time': f_created_time,
        'modified_time': f_modified_time,
        'key_name': f_key_name,
        'primary_key': f_primary_key,
        'secondary_key': f_secondary_key,
        'unknown_elements': unknown and unknown_text(unknown),
    }
    return obj


def write_AuthorizationRule(obj: m.AuthorizationRule, out: list[str]) -> None:
    v = obj.claim_type
    if v is not None:
        out.append('<ClaimType>' + text(v) + '</ClaimType>')
    v = obj.claim_value
    if v is not None:
        out.append('<ClaimValue>' + text(v) + '</ClaimValue>')
    v = obj.rights
    if v is not None and (v or not getattr(v, '_prefilled', False)):
        out.append('<Rights>')
        for item in v:
            out.append('<AccessRights>' + text(item) + '</AccessRights>')
        out.append('</Rights>')
    v = obj.created_time
    if v:
        out.append('<CreatedTime>' + dt(v) + '</CreatedTime>')
    v = obj.modified_time
    if v:
        out.append('<ModifiedTime>' + dt(v) + '</ModifiedTime>')
    v = obj.key_name
    if v is not None:
        out.append('<KeyName>' + text(v) + '</KeyName>')
    v = obj.primary_key
    if v is not None:
        out.append('<PrimaryKey>' + text(v) + '</PrimaryKey>')
    v = obj.secondary_key
    if v is not None:
        out.append('<SecondaryKey>' + text(v) + '</SecondaryKey>')


def read_AuthorizationRuleRights(el: Element) -> m.AuthorizationRuleRights:
    return m.AuthorizationRuleRights([(c.text or '') for c in el])


def write_AuthorizationRuleRights(v: list[str], out: list[str]) -> None:
    for item in v:
        out.append('<AccessRights>' + text(item) + '</AccessRights>')


def read_AuthorizationRules(el: Element) -> m.AuthorizationRules:
    return m.AuthorizationRules([read_AuthorizationRule(c) for c in el])


def write_AuthorizationRules(v: list[m.AuthorizationRule], out: list[str]) -> None:
    for item in v:
        out.append('<AuthorizationRule>')
        write_AuthorizationRule(item, out)
        out.append('</AuthorizationRule>')


def read_NamespaceAvailability(el: Element) -> m.NamespaceAvailability:
    f_result: Any = None
    f_reason: Any = ''
    unknown: list[Element] | None = None
    for child in el:
        tag = child.tag
        if tag == '{http://schemas.microsoft.com/netservices/2010/10/servicebus/connect}Result':
            f_result = from_bool(child.text)
        elif tag == '{http://schemas.microsoft.com/netservices/2010/10/servicebus/connect}ReasonDetail':
            f_reason = (child.text or '')
        else:
            if unknown is None:
                unknown = []
            unknown.append(child)
    # Every field is read above and typed by its reader: fill the instance directly (three
    # times faster than the constructor, whose converters and defaults are for callers).
    # (object.__setattr__: past the converting __setattr__ attrs gives this class)
    obj = object.__new__(m.NamespaceAvailability)
    object.__setattr__(obj, "__dict__", {
        'result': f_result,
        'reason': f_reason,
        'unknown_elements': unknown and unknown_text(unknown),
    })
    return obj


def write_NamespaceAvailability(obj: m.NamespaceAvailability, out: list[str]) -> None:
    v = obj.result
    if v is not None:
        out.append('<Result>' + boolean(v) + '</Result>')
    v = obj.reason
    if v is not None:
        out.append('<ReasonDetail>' + text(v) + '</ReasonDetail>')


def read_NotificationHubDescription(el: Element) -> m.NotificationHubDescription:
    f_registration_ttl: Any = ''
    f_authorization_rules: Any = m.AuthorizationRules()
    f_name: Any = ''
    unknown: list[Element] | None = None
    for child in el:
        tag = child.tag
        if tag == '{http://schemas.microsoft.com/netservices/2010/10/servicebus/connect}RegistrationTtl':
            f_registration_ttl = (child.text or '')
        elif tag == '{http://schemas.microsoft.com/netservices/2010/10/servicebus/connect}AuthorizationRules':
            f_authorization_rules = m.AuthorizationRules([read_AuthorizationRule(c) for c in child])
        elif tag == '{http://schemas.microsoft.com/netservices/2010/10/servicebus/connect}Name':
            f_name = (child.text or '')
        else:
            if unknown is None:
                unknown = []
            unknown.append(child)
    # Every field is read above and typed by its reader: fill the instance directly (three
    # times faster than the constructor, whose converters and defaults are for callers).
    obj = object.__new__(m.NotificationHubDescription)
    obj.__dict__ = {
        'registration_ttl': f_registration_ttl,
        'authorization_rules': f_authorization_rules,
        'name': f_name,
        'unknown_elements': unknown and unknown_text(unknown),
    }
    return obj


def write_NotificationHubDescription(obj: m.NotificationHubDescription, out: list[str]) -> None:
    v = obj.registration_ttl
    if v is not None:
        out.append('<RegistrationTtl>' + text(v) + '</RegistrationTtl>')
    v = obj.authorization_rules
    if v is not None and (v or not getattr(v, '_prefilled', False)):
        out.append('<AuthorizationRules>')
        for item in v:
            out.append('<AuthorizationRule>')
            write_AuthorizationRule(item, out)
            out.append('</AuthorizationRule>')
        out.append('</AuthorizationRules>')
    v = obj.name
    if v is not None:
        out.append('<Name>' + text(v) + '</Name>')


_TAGS_QueueDescription = {
    '{http://schemas.microsoft.com/netservices/2010/10/servicebus/connect}LockDuration': 0,
    '{http://schemas.microsoft.com/netservices/2010/10/servicebus/connect}MaxSizeInMegabytes': 1,
    '{http://schemas.microsoft.com/netservices/2010/10/servicebus/connect}RequiresDuplicateDetection': 2,
    '{http://schemas.microsoft.com/netservices/2010/10/servicebus/connect}RequiresSession': 3,
    '{http://schemas.microsoft.com/netservices/2010/10/servicebus/connect}DefaultMessageTimeToLive': 4,
    '{http://schemas.microsoft.com/netservices/2010/10/servicebus/connect}DeadLetteringOnMessageExpiration': 5,
    '{http://schemas.microsoft.com/netservices/2010/10/servicebus/connect}DuplicateDetectionHistoryTimeWindow': 6,
    '{http://schemas.microsoft.com/netservices/2010/10/servicebus/connect}MaxDeliveryCount': 7,
    '{http://schemas.microsoft.com/netservices/2010/10/servicebus/connect}EnableBatchedOperations': 8,
    '{http://schemas.microsoft.com/netservices/2010/10/servicebus/connect}SizeInBytes': 9,
    '{http://schemas.microsoft.com/netservices/2010/10/servicebus/connect}MessageCount': 10,
    '{http://schemas.microsoft.com/netservices/2010/10/servicebus/connect}IsAnonymousAccessible': 11,
    '{http://schemas.microsoft.com/netservices/2010/10/servicebus/connect}AuthorizationRules': 12,
    '{http://schemas.microsoft.com/netservices/2010/10/servicebus/connect}Status': 13,
    '{http://schemas.microsoft.com/netservices/2010/10/servicebus/connect}CreatedAt': 14,
    '{http://schemas.microsoft.com/netservices/2010/10/servicebus/connect}UpdatedAt': 15,
    '{http://schemas.microsoft.com/netservices/2010/10/servicebus/connect}AccessedAt': 16,
    '{http://schemas.microsoft.com/netservices/2010/10/servicebus/connect}SupportOrdering': 17,
    '{http://schemas.microsoft.com/netservices/2010/10/servicebus/connect}CountDetails': 18,
    '{http://schemas.microsoft.com/netservices/2010/10/servicebus/connect}AutoDeleteOnIdle': 19,
    '{http://schemas.microsoft.com/netservices/2010/10/servicebus/connect}EntityAvailabilityStatus': 20,
    '{http://schemas.microsoft.com/netservices/2010/10/servicebus/connect}Name': 21,
}


def read_QueueDescription(el: Element) -> m.QueueDescription:
    f_lock_duration: Any = ''
    f_max_size_in_megabytes: Any = 0
    f_requires_duplicate_detection: Any = False
    f_requires_session: Any = False
    f_default_message_time_to_live: Any = ''
    f_dead_lettering_on_message_expiration: Any = False
    f_duplicate_detection_history_time_window: Any = ''
    f_max_delivery_count: Any = 0
    f_enable_batched_operations: Any = False
    f_size_in_bytes: Any = 0
    f_message_count: Any = 0
    f_is_anonymous_accessible: Any = False
    f_authorization_rules: Any = m.AuthorizationRules()
    f_status: Any = ''
    f_created_at: Any = EMPTY_TIMESTAMP
    f_updated_at: Any = EMPTY_TIMESTAMP
    f_accessed_at: Any = EMPTY_TIMESTAMP
    f_support_ordering: Any = False
    f_count_details: Any = None
    f_auto_delete_on_idle: Any = ''
    f_entity_availability_status: Any = ''
    f_name: Any = ''
    unknown: list[Element] | None = None
    for child in el:
        i = _TAGS_QueueDescription.get(child.tag)
        if i is None:
            if unknown is None:
                unknown = []
            unknown.append(child)
        else:
            if i < 11:
                if i < 5:
                    if i < 2:
                        if i < 1:
                            f_lock_duration = (child.text or '')
                        else:
                            f_max_size_in_megabytes = from_int(child.text, 0)
                    else:
                        if i < 3:
                            f_requires_duplicate_detection = from_bool(child.text, False)
                        else:
                            if i < 4:
                                f_requires_session = from_bool(child.text, False)
                            else:
                                f_default_message_time_to_live = (child.text or '')
                else:
                    if i < 8:
                        if i < 6:
                            f_dead_lettering_on_message_expiration = from_bool(child.text, False)
                        else:
                            if i < 7:
                                f_duplicate_detection_history_time_window = (child.text or '')
                            else:
                                f_max_delivery_count = from_int(child.text, 0)
                    else:
                        if i < 9:
                            f_enable_batched_operations = from_bool(child.text, False)
                        else:
                            if i < 10:
                                f_size_in_bytes = from_int(child.text, 0)
                            else:
                                f_message_count = from_int(child.text, 0)
            else:
                if i < 16:
                    if i < 13:
                        if i < 12:
                            f_is_anonymous_accessible = from_bool(child.text, False)
                        else:
                            f_authorization_rules = m.AuthorizationRules([read_AuthorizationRule(c) for c in child])
                    else:
                        if i < 14:
                            f_status = (child.text or '')
                        else:
                            if i < 15:
                                f_created_at = from_datetime(child.text, EMPTY_TIMESTAMP)
                            else:
                                f_updated_at = from_datetime(child.text, EMPTY_TIMESTAMP)
                else:
                    if i < 19:
                        if i < 17:
                            f_accessed_at = from_datetime(child.text, EMPTY_TIMESTAMP)
                        else:
                            if i < 18:
                                f_support_ordering = from_bool(child.text, False)
                            else:
                                f_count_details = servicebus_messaging.read_CountDetails(child)
                    else:
                        if i < 20:
                            f_auto_delete_on_idle = (child.text or '')
                        else:
                            if i < 21:
                                f_entity_availability_status = (child.text or '')
                            else:
                                f_name = (child.text or '')
    if f_count_details is None:  # absent: an empty instance, as the predecessor's fresh one
        f_count_details = servicebus_messaging.read_CountDetails(NO_CHILDREN)
    # Every field is read above and typed by its reader: fill the instance directly (three
    # times faster than the constructor, whose converters and defaults are for callers).
    # (object.__setattr__: past the converting __setattr__ attrs gives this class)
    obj = object.__new__(m.QueueDescription)
    object.__setattr__(obj, "__dict__", {
        'lock_duration': f_lock_duration,
        'max_size_in_megabytes': f_max_size_in_megabytes,
        'requires_duplicate_detection': f_requires_duplicate_detection,
        'requires_session': f_requires_session,
        'default_message_time_to_live': f_default_message_time_to_live,
        'dead_lettering_on_message_expiration': f_dead_lettering_on_message_expiration,
        'duplicate_detection_history_time_window': f_duplicate_detection_history_time_window,
        'max_delivery_count': f_max_delivery_count,
        'enable_batched_operations': f_enable_batched_operations,
        'size_in_bytes': f_size_in_bytes,
        'message_count': f_message_count,
        'is_anonymous_accessible': f_is_anonymous_accessible,
        'authorization_rules': f_authorization_rules,
        'status': f_status,
        'created_at': f_created_at,
        'updated_at': f_updated_at,
        'accessed_at': f_accessed_at,
        'support_ordering': f_support_ordering,
        'count_details': f_count_details,
        'auto_delete_on_idle': f_auto_delete_on_idle,
        'entity_availability_status': f_entity_availability_status,
        'name': f_name,
        'unknown_elements': unknown and unknown_text(unknown),
    })
    return obj


def write_QueueDescription(obj: m.QueueDescription, out: list[str]) -> None:
    v = obj.lock_duration
    if v is not None:
        out.append('<LockDuration>' + text(v) + '</LockDuration>')
    v = obj.max_size_in_megabytes
    if v is not None:
        out.append('<MaxSizeInMegabytes>' + number(v) + '</MaxSizeInMegabytes>')
    v = obj.requires_duplicate_detection
    if v is not None:
        out.append('<RequiresDuplicateDetection>' + boolean(v) + '</RequiresDuplicateDetection>')
    v = obj.requires_session
    if v is not None:
        out.append('<RequiresSession>' + boolean(v) + '</RequiresSession>')
    v = obj.default_message_time_to_live
    if v is not None:
        out.append('<DefaultMessageTimeToLive>' + text(v) + '</DefaultMessageTimeToLive>')
    v = obj.dead_lettering_on_message_expiration
    if v is not None:
        out.append('<DeadLetteringOnMessageExpiration>' + boolean(v) + '</DeadLetteringOnMessageExpiration>')
    v = obj.duplicate_detection_history_time_window
    if v is not None:
        out.append('<DuplicateDetectionHistoryTimeWindow>' + text(v) + '</DuplicateDetectionHistoryTimeWindow>')
    v = obj.max_delivery_count
    if v is not None:
        out.append('<MaxDeliveryCount>' + number(v) + '</MaxDeliveryCount>')
    v = obj.enable_batched_operations
    if v is not None:
        out.append('<EnableBatchedOperations>' + boolean(v) + '</EnableBatchedOperations>')
    v = obj.size_in_bytes
    if v is not None:
        out.append('<SizeInBytes>' + number(v) + '</SizeInBytes>')
    v = obj.message_count
    if v is not None:
        out.append('<MessageCount>' + number(v) + '</MessageCount>')
    v = obj.is_anonymous_accessible
    if v is not None:
        out.append('<IsAnonymousAccessible>' + boolean(v) + '</IsAnonymousAccessible>')
    v = obj.authorization_rules
    if v is not None and (v or not getattr(v, '_prefilled', False)):
        out.append('<AuthorizationRules>')
        for item in v:
            out.append('<AuthorizationRule>')
            write_AuthorizationRule(item, out)
            out.append('</AuthorizationRule>')
        out.append('</AuthorizationRules>')
    v = obj.status
    if v is not None:
        out.append('<Status>' + text(v) + '</Status>')
    v = obj.created_at
    if v:
        out.append('<CreatedAt>' + dt(v) + '</CreatedAt>')
    v = obj.updated_at
    if v:
        out.append('<UpdatedAt>' + dt(v) + '</UpdatedAt>')
    v = obj.accessed_at
    if v:
        out.append('<AccessedAt>' + dt(v) + '</AccessedAt>')
    v = obj.support_ordering
    if v is not None:
        out.append('<SupportOrdering>' + boolean(v) + '</SupportOrdering>')
    v = obj.count_details
    if v is not None and not servicebus_messaging.empty_CountDetails(v):
        out.append('<CountDetails>')
        servicebus_messaging.write_CountDetails(v, out)
        out.append('</CountDetails>')
    v = obj.auto_delete_on_idle
    if v is not None:
        out.append('<AutoDeleteOnIdle>' + text(v) + '</AutoDeleteOnIdle>')
    v = obj.entity_availability_status
    if v is not None:
        out.append('<EntityAvailabilityStatus>' + text(v) + '</EntityAvailabilityStatus>')
    v = obj.name
    if v is not None:
        out.append('<Name>' + text(v) + '</Name>')


def read_RelayDescription(el: Element) -> m.RelayDescription:
    f_path: Any = ''
    f_listener_type: Any = ''
    f_listener_count: Any = 0
    f_created_at: Any = EMPTY_TIMESTAMP
    f_updated_at: Any = EMPTY_TIMESTAMP
    f_name: Any = ''
    unknown: list[Element] | None = None
    for child in el:
        tag = child.tag
        if tag == '{http://schemas.microsoft.com/netservices/2010/10/servicebus/connect}Path':
            f_path = (child.text or '')
        elif tag == '{http://schemas.microsoft.com/netservices/2010/10/servicebus/connect}ListenerType':
            f_listener_type = (child.text or '')
        elif tag == '{http://schemas.microsoft.com/netservices/2010/10/servicebus/connect}ListenerCount':
            f_listener_count = from_int(child.text, 0)
        elif tag == '{http://schemas.microsoft.com/netservices/2010/10/servicebus/connect}CreatedAt':
            f_created_at = from_datetime(child.text, EMPTY_TIMESTAMP)
        elif tag == '{http://schemas.microsoft.com/netservices/2010/10/servicebus/connect}UpdatedAt':
            f_updated_at = from_datetime(child.text, EMPTY_TIMESTAMP)
        elif tag == '{http://schemas.microsoft.com/netservices/2010/10/servicebus/connect}Name':
            f_name = (child.text or '')
        else:
            if unknown is None:
                unknown = []
            unknown.append(child)
    # Every field is read above and typed by its reader: fill the instance directly (three
    # times faster than the constructor, whose converters and defaults are for callers).
    # (object.__setattr__: past the converting __setattr__ attrs gives this class)
    obj = object.__new__(m.RelayDescription)
    object.__setattr__(obj, "__dict__", {
        'path': f_path,
        'listener_type': f_listener_type,
        'listener_count': f_listener_count,
        'created_at': f_created_at,
        'updated_at': f_updated_at,
        'name': f_name,
        'unknown_elements': unknown and unknown_text(unknown),
    })
    return obj


def write_RelayDescription(obj: m.RelayDescription, out: list[str]) -> None:
    v = obj.path
    if v is not None:
        out.append('<Path>' + text(v) + '</Path>')
    v = obj.listener_type
    if v is not None:
        out.append('<ListenerType>' + text(v) + '</ListenerType>')
    v = obj.listener_count
    if v is not None:
        out.append('<ListenerCount>' + number(v) + '</ListenerCount>')
    v = obj.created_at
    if v:
        out.append('<CreatedAt>' + dt(v) + '</CreatedAt>')
    v = obj.updated_at
    if v:
        out.append('<UpdatedAt>' + dt(v) + '</UpdatedAt>')
    v = obj.name
    if v is not None:
        out.append('<Name>' + text(v) + '</Name>')


_TAGS_ServiceBusNamespace = {
    '{http://schemas.microsoft.com/netservices/2010/10/servicebus/connect}Name': 0,
    '{http://schemas.microsoft.com/netservices/2010/10/servicebus/connect}Region': 1,
    '{http://schemas.microsoft.com/netservices/2010/10/servicebus/connect}DefaultKey': 2,
    '{http://schemas.microsoft.com/netservices/2010/10/servicebus/connect}Status': 3,
    '{http://schemas.microsoft.com/netservices/2010/10/servicebus/connect}CreatedAt': 4,
    '{http://schemas.microsoft.com/netservices/2010/10/servicebus/connect}AcsManagementEndpoint': 5,
    '{http://schemas.microsoft.com/netservices/2010/10/servicebus/connect}ServiceBusEndpoint': 6,
    '{http://schemas.microsoft.com/netservices/2010/10/servicebus/connect}ConnectionString': 7,
    '{http://schemas.microsoft.com/netservices/2010/10/servicebus/connect}SubscriptionId': 8,
    '{http://schemas.microsoft.com/netservices/2010/10/servicebus/connect}Enabled': 9,
    '{http://schemas.microsoft.com/netservices/2010/10/servicebus/connect}Critical': 10,
    '{http://schemas.microsoft.com/netservices/2010/10/servicebus/connect}UpdatedAt': 11,
    '{http://schemas.microsoft.com/netservices/2010/10/servicebus/connect}CreateACSNamespace': 12,
    '{http://schemas.microsoft.com/netservices/2010/10/servicebus/connect}EventHubEnabled': 13,
    '{http://schemas.microsoft.com/netservices/2010/10/servicebus/connect}NamespaceType': 14,
    '{http://schemas.microsoft.com/netservices/2010/10/servicebus/connect}ResourceGroup': 15,
}


def read_ServiceBusNamespace(el: Element) -> m.ServiceBusNamespace:
    f_name: Any = ''
    f_region: Any = ''
    f_default_key: Any = ''
    f_status: Any = ''
    f_created_at: Any = EMPTY_TIMESTAMP
    f_acs_management_endpoint: Any = ''
    f_servicebus_endpoint: Any = ''
    f_connection_string: Any = ''
    f_subscription_id: Any = ''
    f_enabled: Any = False
    f_critical: Any = None
    f_updated_at: Any = None
    f_create_acs_namespace: Any = None
    f_event_hub_enabled: Any = None
    f_namespace_type: Any = ''
    f_resource_group: Any = ''
    unknown: list[Element] | None = None
    for child in el:
        i = _TAGS_ServiceBusNamespace.get(child.tag)
        if i is None:
            if unknown is None:
                unknown = []
            unknown.append(child)
        else:
            if i < 8:
                if i < 4:
                    if i < 2:
                        if i < 1:
                            f_name = (child.text or '')
                        else:
                            f_region = (child.text or '')
                    else:
                        if i < 3:
                            f_default_key = (child.text or '')
                        else:
                            f_status = (child.text or '')
                else:
                    if i < 6:
                        if i < 5:
                            f_created_at = from_datetime(child.text, EMPTY_TIMESTAMP)
                        else:
                            f_acs_management_endpoint = (child.text or '')
                    else:
                        if i < 7:
                            f_servicebus_endpoint = (child.text or '')
                        else:
                            f_connection_string = (child.text or '')
            else:
                if i < 12:
                    if i < 10:
                        if i < 9:
                            f_subscription_id = (child.text or '')
                        else:
                            f_enabled = from_bool(child.text, False)
                    else:
                        if i < 11:
                            f_critical = from_bool(child.text)
                        else:
                            f_updated_at = from_datetime(child.text)
                else:
                    if i < 14:
                        if i < 13:
                            f_create_acs_namespace = from_bool(child.text)
                        else:
                            f_event_hub_enabled = from_bool(child.text)
                    else:
                        if i < 15:
                            f_namespace_type = (child.text or '')
                        else:
                            f_resource_group = (child.text or '')
    # Every field is read above and typed by its reader: fill the instance directly (three
    # times faster than the constructor, whose converters and defaults are for callers).
    # (object.__setattr__: past the converting __setattr__ attrs gives this class)
    obj = object.__new__(m.ServiceBusNamespace)
    object.__setattr__(obj, "__dict__", {
        'name': f_name,
        'region': f_region,
        'default_key': f_default_key,
        'status': f_status,
        'created_at': f_created_at,
        'acs_management_endpoint': f_acs_management_endpoint,
        'servicebus_endpoint': f_servicebus_endpoint,
        'connection_string': f_connection_string,
        'subscription_id': f_subscription_id,
        'enabled': f_enabled,
        'critical': f_critical,
        'updated_at': f_updated_at,
        'create_acs_namespace': f_create_acs_namespace,
        'event_hub_enabled': f_event_hub_enabled,
        'namespace_type': f_namespace_type,
        'resource_group': f_resource_group,
        'unknown_elements': unknown and unknown_text(unknown),
    })
    return obj


def write_ServiceBusNamespace(obj: m.ServiceBusNamespace, out: list[str]) -> None:
    v = obj.name
    if v is not None:
        out.append('<Name>' + text(v) + '</Name>')
    v = obj.region
    if v is not None:
        out.append('<Region>' + text(v) + '</Region>')
    v = obj.default_key
    if v is not None:
        out.append('<DefaultKey>' + text(v) + '</DefaultKey>')
    v = obj.status
    if v is not None:
        out.append('<Status>' + text(v) + '</Status>')
    v = obj.created_at
    if v:
        out.append('<CreatedAt>' + dt(v) + '</CreatedAt>')
    v = obj.acs_management_endpoint
    if v is not None:
        out.append('<AcsManagementEndpoint>' + text(v) + '</AcsManagementEndpoint>')
    v = obj.servicebus_endpoint
    if v is not None:
        out.append('<ServiceBusEndpoint>' + text(v) + '</ServiceBusEndpoint>')
    v = obj.connection_string
    if v is not None:
        out.append('<ConnectionString>' + text(v) + '</ConnectionString>')
    v = obj.subscription_id
    if v is not None:
        out.append('<SubscriptionId>' + text(v) + '</SubscriptionId>')
    v = obj.enabled
    if v is not None:
        out.append('<Enabled>' + boolean(v) + '</Enabled>')
    v = obj.critical
    if v is not None:
        out.append('<Critical>' + boolean(v) + '</Critical>')
    v = obj.updated_at
    if v is not None:
        out.append('<UpdatedAt>' + dt(v) + '</UpdatedAt>')
    v = obj.create_acs_namespace
    if v is not None:
        out.append('<CreateACSNamespace>' + boolean(v) + '</CreateACSNamespace>')
    v = obj.event_hub_enabled
    if v is not None:
        out.append('<EventHubEnabled>' + boolean(v) + '</EventHubEnabled>')
    v = obj.namespace_type
    if v is not None:
        out.append('<NamespaceType>' + text(v) + '</NamespaceType>')
    v = obj.resource_group
    if v is not None:
        out.append('<ResourceGroup>' + text(v) + '</ResourceGroup>')


def read_ServiceBusRegion(el: Element) -> m.ServiceBusRegion:
    f_code: Any = ''
    f_fullname: Any = ''
    unknown: list[Element] | None = None
    for child in el:
        tag = child.tag
        if tag == '{http://schemas.microsoft.com/netservices/2010/10/servicebus/connect}Code':
            f_code = (child.text or '')
        elif tag == '{http://schemas.microsoft.com/netservices/2010/10/servicebus/connect}FullName':
            f_fullname = (child.text or '')
        else:
            if unknown is None:
                unknown = []
            unknown.append(child)
    # Every field is read above and typed by its reader: fill the instance directly (three
    # times faster than the constructor, whose converters and defaults are for callers).
    obj = object.__new__(m.ServiceBusRegion)
    obj.__dict__ = {
        'code': f_code,
        'fullname': f_fullname,
        'unknown_elements': unknown and unknown_text(unknown),
    }
    return obj


def write_ServiceBusRegion(obj: m.ServiceBusRegion, out: list[str]) -> None:
    v = obj.code
    if v is not None:
        out.append('<Code>' + text(v) + '</Code>')
    v = obj.fullname
    if v is not None:
        out.append('<FullName>' + text(v) + '</FullName>')


_TAGS_TopicDescription = {
    '{http://schemas.microsoft.com/netservices/2010/10/servicebus/connect}DefaultMessageTimeToLive': 0,
    '{http://schemas.microsoft.com/netservices/2010/10/servicebus/connect}MaxSizeInMegabytes': 1,
    '{http://schemas.microsoft.com/netservices/2010/10/servicebus/connect}RequiresDuplicateDetection': 2,
    '{http://schemas.microsoft.com/netservices/2010/10/servicebus/connect}DuplicateDetectionHistoryTimeWindow': 3,
    '{http://schemas.microsoft.com/netservices/2010/10/servicebus/connect}EnableBatchedOperations': 4,
    '{http://schemas.microsoft.com/netservices/2010/10/servicebus/connect}SizeInBytes': 5,
    '{http://schemas.microsoft.com/netservices/2010/10/servicebus/connect}FilteringMessagesBeforePublishing': 6,
    '{http://schemas.microsoft.com/netservices/2010/10/servicebus/connect}IsAnonymousAccessible': 7,
    '{http://schemas.microsoft.com/netservices/2010/10/servicebus/connect}AuthorizationRules': 8,
    '{http://schemas.microsoft.com/netservices/2010/10/servicebus/connect}Status': 9,
    '{http://schemas.microsoft.com/netservices/2010/10/servicebus/connect}CreatedAt': 10,
    '{http://schemas.microsoft.com/netservices/2010/10/servicebus/connect}UpdatedAt': 11,
    '{http://schemas.microsoft.com/netservices/2010/10/servicebus/connect}AccessedAt': 12,
    '{http://schemas.microsoft.com/netservices/2010/10/servicebus/connect}SupportOrdering': 13,
    '{http://schemas.microsoft.com/netservices/2010/10/servicebus/connect}CountDetails': 14,
    '{http://schemas.microsoft.com/netservices/2010/10/servicebus/connect}SubscriptionCount': 15,
    '{http://schemas.microsoft.com/netservices/2010/10/servicebus/connect}Name': 16,
}


def read_TopicDescription(el: Element) -> m.TopicDescription:
    f_default_message_time_to_live: Any = ''
    f_max_size_in_megabytes: Any = 0
    f_requires_duplicate_detection: Any = False
    f_duplicate_detection_history_time_window: Any = ''
    f_enable_batched_operations: Any = False
    f_size_in_bytes: Any = 0
    f_filtering_messages_before_publishing: Any = False
    f_is_anonymous_accessible: Any = False
    f_authorization_rules: Any = m.AuthorizationRules()
    f_status: Any = ''
    f_created_at: Any = EMPTY_TIMESTAMP
    f_updated_at: Any = EMPTY_TIMESTAMP
    f_accessed_at: Any = EMPTY_TIMESTAMP
    f_support_ordering: Any = False
    f_count_details: Any = None
    f_subscription_count: Any = 0
    f_name: Any = ''
    unknown: list[Element] | None = None
    for child in el:
        i = _TAGS_TopicDescription.get(child.tag)
        if i is None:
            if unknown is None:
                unknown = []
            unknown.append(child)
        else:
            if i < 8:
                if i < 4:
                    if i < 2:
                        if i < 1:
                            f_default_message_time_to_live = (child.text or '')
                        else:
                            f_max_size_in_megabytes = from_int(child.text, 0)
                    else:
                        if i < 3:
                            f_requires_duplicate_detection = from_bool(child.text, False)
                        else:
                            f_duplicate_detection_history_time_window = (child.text or '')
                else:
                    if i < 6:
                        if i < 5:
                            f_enable_batched_operations = from_bool(child.text, False)
                        else:
                            f_size_in_bytes = from_int(child.text, 0)
                    else:
                        if i < 7:
                            f_filtering_messages_before_publishing = from_bool(child.text, False)
                        else:
                            f_is_anonymous_accessible = from_bool(child.text, False)
            else:
                if i < 12:
                    if i < 10:
                        if i < 9:
                            f_authorization_rules = m.AuthorizationRules([read_AuthorizationRule(c) for c in child])
                        else:
                            f_status = (child.text or '')
                    else:
                        if i < 11:
                            f_created_at = from_datetime(child.text, EMPTY_TIMESTAMP)
                        else:
                            f_updated_at = from_datetime(child.text, EMPTY_TIMESTAMP)
                else:
                    if i < 14:
                        if i < 13:
                            f_accessed_at = from_datetime(child.text, EMPTY_TIMESTAMP)
                        else:
                            f_support_ordering = from_bool(child.text, False)
                    else:
                        if i < 15:
                            f_count_details = servicebus_messaging.read_CountDetails(child)
                        else:
                            if i < 16:
                                f_subscription_count = from_int(child.text, 0)
                            else:
                                f_name = (child.text or '')
    if f_count_details is None:  # absent: an empty instance, as the predecessor's fresh one
        f_count_details = servicebus_messaging.read_CountDetails(NO_CHILDREN)
    # Every field is read above and typed by its reader: fill the instance directly (three
    # times faster than the constructor, whose converters and defaults are for callers).
    # (object.__setattr__: past the converting __setattr__ attrs gives this class)
    obj = object.__new__(m.TopicDescription)
    object.__setattr__(obj, "__dict__", {
        'default_message_time_to_live': f_default_message_time_to_live,
        'max_size_in_megabytes': f_max_size_in_megabytes,
        'requires_duplicate_detection': f_requires_duplicate_detection,
        'duplicate_detection_history_time_window': f_duplicate_detection_history_time_window,
        'enable_batched_operations': f_enable_batched_operations,
        'size_in_bytes': f_size_in_bytes,
        'filtering_messages_before_publishing': f_filtering_messages_before_publishing,
        'is_anonymous_accessible': f_is_anonymous_accessible,
        'authorization_rules': f_authorization_rules,
        'status': f_status,
        'created_at': f_created_at,
        'updated_at': f_updated_at,
        'accessed_at': f_accessed_at,
        'support_ordering': f_support_ordering,
        'count_details': f_count_details,
        'subscription_count': f_subscription_count,
        'name': f_name,
        'unknown_elements': unknown and unknown_text(unknown),
    })
    return obj


def write_TopicDescription(obj: m.TopicDescription, out: list[str]) -> None:
    v = obj.default_message_time_to_live
    if v is not None:
        out.append('<DefaultMessageTimeToLive>' + text(v) + '</DefaultMessageTimeToLive>')
    v = obj.max_size_in_megabytes
    if v is not None:
        out.append('<MaxSizeInMegabytes>' + number(v) + '</MaxSizeInMegabytes>')
    v = obj.requires_duplicate_detection
    if v is not None:
        out.append('<RequiresDuplicateDetection>' + boolean(v) + '</RequiresDuplicateDetection>')
    v = obj.duplicate_detection_history_time_window
    if v is not None:
        out.append('<DuplicateDetectionHistoryTimeWindow>' + text(v) + '</DuplicateDetectionHistoryTimeWindow>')
    v = obj.enable_batched_operations
    if v is not None:
        out.append('<EnableBatchedOperations>' + boolean(v) + '</EnableBatchedOperations>')
    v = obj.size_in_bytes
    if v is not None:
        out.append('<SizeInBytes>' + number(v) + '</SizeInBytes>')
    v = obj.filtering_messages_before_publishing
    if v is not None:
        out.append('<FilteringMessagesBeforePublishing>' + boolean(v) + '</FilteringMessagesBeforePublishing>')
    v = obj.is_anonymous_accessible
    if v is not None:
        out.append('<IsAnonymousAccessible>' + boolean(v) + '</IsAnonymousAccessible>')
    v = obj.authorization_rules
    if v is not None and (v or not getattr(v, '_prefilled', False)):
        out.append('<AuthorizationRules>')
        for item in v:
            out.append('<AuthorizationRule>')
            write_AuthorizationRule(item, out)
            out.append('</AuthorizationRule>')
        out.append('</AuthorizationRules>')
    v = obj.status
    if v is not None:
        out.append('<Status>' + text(v) + '</Status>')
    v = obj.created_at
    if v:
        out.append('<CreatedAt>' + dt(v) + '</CreatedAt>')
    v = obj.updated_at
    if v:
        out.append('<UpdatedAt>' + dt(v) + '</UpdatedAt>')
    v = obj.accessed_at
    if v:
        out.append('<AccessedAt>' + dt(v) + '</AccessedAt>')
    v = obj.support_ordering
    if v is not None:
        out.append('<SupportOrdering>' + boolean(v) + '</SupportOrdering>')
    v = obj.count_details
    if v is not None and not servicebus_messaging.empty_CountDetails(v):
        out.append('<CountDetails>')
        servicebus_messaging.write_CountDetails(v, out)
        out.append('</CountDetails>')
    v = obj.subscription_count
    if v is not None:
        out.append('<SubscriptionCount>' + number(v) + '</SubscriptionCount>')
    v = obj.name
    if v is not None:
        out.append('<Name>' + text(v) + '</Name>')


def write_ServiceBusNamespace__create_namespace(
    obj: m.ServiceBusNamespace,
    out: list[str],
) -> None:
    """The elements of ServiceBusNamespace that create_namespace sends (their `accepts` in
    the spec)."""
    v = obj.region
    if v is not None:
        out.append('<Region>' + text(v) + '</Region>')
