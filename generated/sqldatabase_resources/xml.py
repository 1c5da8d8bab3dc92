"""XML readers and writers of the shapes of spec/schemas/sqldatabase_resources.xsd.

Generated from spec/ by codegen; do not edit.  Readers walk ElementTree children once,
dispatching on the tag; writers emit elements in wire order, escaping every value.
Shapes of other areas are read and written by their own modules, imported below.
"""

from __future__ import annotations

from typing import Any
from xml.etree.ElementTree import Element

from asm_sdk_runtime.xml import (EMPTY_TIMESTAMP, boolean, dt, from_bool, from_datetime,
                                from_float, from_int, number, text, unknown_text)

from .. import models as m


_TAGS_Database = {
    '{http://schemas.microsoft.com/windowsazure}Name': 0,
    '{http://schemas.microsoft.com/windowsazure}Type': 1,
    '{http://schemas.microsoft.com/windowsazure}State': 2,
    '{http://schemas.microsoft.com/windowsazure}SelfLink': 3,
    '{http://schemas.microsoft.com/windowsazure}ParentLink': 4,
    '{http://schemas.microsoft.com/windowsazure}Id': 5,
    '{http://schemas.microsoft.com/windowsazure}Edition': 6,
    '{http://schemas.microsoft.com/windowsazure}MaxSizeGB': 7,
    '{http://schemas.microsoft.com/windowsazure}CollationName': 8,
    '{http://schemas.microsoft.com/windowsazure}CreationDate': 9,
    '{http://schemas.microsoft.com/windowsazure}IsFederationRoot': 10,
    '{http://schemas.microsoft.com/windowsazure}IsSystemObject': 11,
    '{http://schemas.microsoft.com/windowsazure}SizeMB': 12,
    '{http://schemas.microsoft.com/windowsazure}MaxSizeBytes': 13,
    '{http://schemas.microsoft.com/windowsazure}ServiceObjectiveId': 14,
    '{http://schemas.microsoft.com/windowsazure}AssignedServiceObjectiveId': 15,
    '{http://schemas.microsoft.com/windowsazure}ServiceObjectiveAssignmentState': 16,
    '{http://schemas.microsoft.com/windowsazure}ServiceObjectiveAssignmentStateDescription': 17,
    '{http://schemas.microsoft.com/windowsazure}ServiceObjectiveAssignmentErrorCode': 18,
    '{http://schemas.microsoft.com/windowsazure}ServiceObjectiveAssignmentErrorDescription': 19,
    '{http://schemas.microsoft.com/windowsazure}ServiceObjectiveAssignmentSuccessDate': 20,
    '{http://schemas.microsoft.com/windowsazure}RecoveryPeriodStartDate': 21,
    '{http://schemas.microsoft.com/windowsazure}IsSuspended': 22,
}


def read_Database(el: Element) -> m.Database:
    f_name: Any = ''
    f_type: Any = ''
    f_state: Any = ''
    f_self_link: Any = ''
    f_parent_link: Any = ''
    f_id: Any = 0
    f_edition: Any = ''
    f_max_size_gb: Any = None
    f_collation_name: Any = ''
    f_creation_date: Any = EMPTY_TIMESTAMP
    f_is_federation_root: Any = False
    f_is_system_object: Any = False
    f_size_mb: Any = None
    f_max_size_bytes: Any = 0
    f_service_objective_id: Any = ''
    f_assigned_service_objective_id: Any = ''
    f_service_objective_assignment_state: Any = None
    f_service_objective_assignment_state_description: Any = ''
    f_service_objective_assignment_error_code: Any = None
    f_service_objective_assignment_error_description: Any = ''
    f_service_objective_assignment_success_date: Any = None
    f_recovery_period_start_date: Any = None
    f_is_suspended: Any = None
    unknown: list[Element] | None = None
    for child in el:
        i = _TAGS_Database.get(child.tag)
        if i is None:
            if unknown is None:
                unknown = []
            unknown.append(child)
        else:
            if i < 11:
                if i < 5:
                    if i < 2:
                        if i < 1:
                            f_name = (child.text or '')
                        else:
                            f_type = (child.text or '')
                    else:
                        if i < 3:
                            f_state = (child.text or '')
                        else:
                            if i < 4:
                                f_self_link = (child.text or '')
                            else:
                                f_parent_link = (child.text or '')
                else:
                    if i < 8:
                        if i < 6:
                            f_id = from_int(child.text, 0)
                        else:
                            if i < 7:
                                f_edition = (child.text or '')
                            else:
                                f_max_size_gb = from_int(child.text)
                    else:
                        if i < 9:
                            f_collation_name = (child.text or '')
                        else:
                            if i < 10:
                                f_creation_date = from_datetime(child.text, EMPTY_TIMESTAMP)
                            else:
                                f_is_federation_root = from_bool(child.text, False)
            else:
                if i < 17:
                    if i < 14:
                        if i < 12:
                            f_is_system_object = from_bool(child.text, False)
                        else:
                            if i < 13:
                                f_size_mb = from_float(child.text)
                            else:
                                f_max_size_bytes = from_int(child.text, 0)
                    else:
                        if i < 15:
                            f_service_objective_id = (child.text or '')
                        else:
                            if i < 16:
                                f_assigned_service_objective_id = (child.text or '')
                            else:
                                f_service_objective_assignment_state = from_int(child.text)
                else:
                    if i < 20:
                        if i < 18:
                            f_service_objective_assignment_state_description = (child.text or '')
                        else:
                            if i < 19:
                                f_service_objective_assignment_error_code = from_int(child.text)
                            else:
                                f_service_objective_assignment_error_description = (child.text or '')
                    else:
                        if i < 21:
                            f_service_objective_assignment_success_date = from_datetime(child.text)
                        else:
                            if i < 22:
                                f_recovery_period_start_date = from_datetime(child.text)
                            else:
                                f_is_suspended = from_bool(child.text)
    # Every field is read above and typed by its reader: fill the instance directly (three
    # times faster than the constructor, whose converters and defaults are for callers).
    # (object.__setattr__: past the converting __setattr__ attrs gives this class)
    obj = object.__new__(m.Database)
    object.__setattr__(obj, "__dict__", {
        'name': f_name,
        'type': f_type,
        'state': f_state,
        'self_link': f_self_link,
        'parent_link': f_parent_link,
        'id': f_id,
        'edition': f_edition,
        'max_size_gb': f_max_size_gb,
        'collation_name': f_collation_name,
        'creation_date': f_creation_date,
        'is_federation_root': f_is_federation_root,
        'is_system_object': f_is_system_object,
        'size_mb': f_size_mb,
        'max_size_bytes': f_max_size_bytes,
        'service_objective_id': f_service_objective_id,
        'assigned_service_objective_id': f_assigned_service_objective_id,
        'service_objective_assignment_state': f_service_objective_assignment_state,
        'service_objective_assignment_state_description': f_service_objective_assignment_state_description,
        'service_objective_assignment_error_code': f_service_objective_assignment_error_code,
        'service_objective_assignment_error_description': f_service_objective_assignment_error_description,
        'service_objective_assignment_success_date': f_service_objective_assignment_success_date,
        'recovery_period_start_date': f_recovery_period_start_date,
        'is_suspended': f_is_suspended,
        'unknown_elements': unknown and unknown_text(unknown),
    })
    return obj


def write_Database(obj: m.Database, out: list[str]) -> None:
    v = obj.name
    if v is not None:
        out.append('<Name>' + text(v) + '</Name>')
    v = obj.type
    if v is not None:
        out.append('<Type>' + text(v) + '</Type>')
    v = obj.state
    if v is not None:
        out.append('<State>' + text(v) + '</State>')
    v = obj.self_link
    if v is not None:
        out.append('<SelfLink>' + text(v) + '</SelfLink>')
    v = obj.parent_link
    if v is not None:
        out.append('<ParentLink>' + text(v) + '</ParentLink>')
    v = obj.id
    if v is not None:
        out.append('<Id>' + number(v) + '</Id>')
    v = obj.edition
    if v is not None:
        out.append('<Edition>' + text(v) + '</Edition>')
    v = obj.max_size_gb
    if v is not None:
        out.append('<MaxSizeGB>' + number(v) + '</MaxSizeGB>')
    v = obj.collation_name
    if v is not None:
        out.append('<CollationName>' + text(v) + '</CollationName>')
    v = obj.creation_date
    if v:
        out.append('<CreationDate>' + dt(v) + '</CreationDate>')
    v = obj.is_federation_root
    if v is not None:
        out.append('<IsFederationRoot>' + boolean(v) + '</IsFederationRoot>')
    v = obj.is_system_object
    if v is not None:
        out.append('<IsSystemObject>' + boolean(v) + '</IsSystemObject>')
    v = obj.size_mb
    if v is not None:
        out.append('<SizeMB>' + number(v) + '</SizeMB>')
    v = obj.max_size_bytes
    if v is not None:
        out.append('<MaxSizeBytes>' + number(v) + '</MaxSizeBytes>')
    v = obj.service_objective_id
    if v is not None:
        out.append('<ServiceObjectiveId>' + text(v) + '</ServiceObjectiveId>')
    v = obj.assigned_service_objective_id
    if v is not None:
        out.append('<AssignedServiceObjectiveId>' + text(v) + '</AssignedServiceObjectiveId>')
    v = obj.service_objective_assignment_state
    if v is not None:
        out.append('<ServiceObjectiveAssignmentState>' + number(v) + '</ServiceObjectiveAssignmentState>')
    v = obj.service_objective_assignment_state_description
    if v is not None:
        out.append('<ServiceObjectiveAssignmentStateDescription>' + text(v) + '</ServiceObjectiveAssignmentStateDescription>')
    v = obj.service_objective_assignment_error_code
    if v is not None:
        out.append('<ServiceObjectiveAssignmentErrorCode>' + number(v) + '</ServiceObjectiveAssignmentErrorCode>')
    v = obj.service_objective_assignment_error_description
    if v is not None:
        out.append('<ServiceObjectiveAssignmentErrorDescription>' + text(v) + '</ServiceObjectiveAssignmentErrorDescription>')
    v = obj.service_objective_assignment_success_date
    if v is not None:
        out.append('<ServiceObjectiveAssignmentSuccessDate>' + dt(v) + '</ServiceObjectiveAssignmentSuccessDate>')
    v = obj.recovery_period_start_date
    if v is not None:
        out.append('<RecoveryPeriodStartDate>' + dt(v) + '</RecoveryPeriodStartDate>')
    v = obj.is_suspended
    if v is not None:
        out.append('<IsSuspended>' + boolean(v) + '</IsSuspended>')


def read_Databases(el: Element) -> m.Databases:
    return m.Databases([read_Database(c) for c in el])


def write_Databases(v: list[m.Database], out: list[str]) -> None:
    for item in v:
        out.append('<ServiceResource>')
        write_Database(item, out)
        out.append('</ServiceResource>')


_TAGS_DimensionSetting = {
    '{http://schemas.microsoft.com/windowsazure}Name': 0,
    '{http://schemas.microsoft.com/windowsazure}Type': 1,
    '{http://schemas.microsoft.com/windowsazure}State': 2,
    '{http://schemas.microsoft.com/windowsazure}SelfLink': 3,
    '{http://schemas.microsoft.com/windowsazure}ParentLink': 4,
    '{http://schemas.microsoft.com/windowsazure}Id': 5,
    '{http://schemas.microsoft.com/windowsazure}Description': 6,
    '{http://schemas.microsoft.com/windowsazure}Ordinal': 7,
    '{http://schemas.microsoft.com/windowsazure}IsDefault': 8,
}


def read_DimensionSetting(el: Element) -> m.DimensionSetting:
    f_name: Any = ''
    f_type: Any = ''
    f_state: Any = ''
    f_self_link: Any = ''
    f_parent_link: Any = ''
    f_id: Any = ''
    f_description: Any = ''
    f_ordinal: Any = None
    f_is_default: Any = None
    unknown: list[Element] | None = None
    for child in el:
        i = _TAGS_DimensionSetting.get(child.tag)
        if i is None:
            if unknown is None:
                unknown = []
            unknown.append(child)
        else:
            if i < 4:
                if i < 2:
                    if i < 1:
                        f_name = (child.text or '')
                    else:
                        f_type = (child.text or '')
                else:
                    if i < 3:
                        f_state = (child.text or '')
                    else:
                        f_self_link = (child.text or '')
            else:
                if i < 6:
                    if i < 5:
                        f_parent_link = (child.text or '')
                    else:
                        f_id = (child.text or '')
                else:
                    if i < 7:
                        f_description = (child.text or '')
                    else:
                        if i < 8:
                            f_ordinal = from_int(child.text)
                        else:
                            f_is_default = from_bool(child.text)
    # Every field is read above and typed by its reader: fill the instance directly (three
    # times faster than the constructor, whose converters and defaults are for callers).
    # (object.__setattr__: past the converting __setattr__ attrs gives this class)
    obj = object.__new__(m.DimensionSetting)
    object.__setattr__(obj, "__dict__", {
        'name': f_name,
        'type': f_type,
        'state': f_state,
        'self_link': f_self_link,
        'parent_link': f_parent_link,
        'id': f_id,
        'description': f_description,
        'ordinal': f_ordinal,
        'is_default': f_is_default,
        'unknown_elements': unknown and unknown_text(unknown),
    })
    return obj


def write_DimensionSetting(obj: m.DimensionSetting, out: list[str]) -> None:
    v = obj.name
    if v is not None:
        out.append('<Name>' + text(v) + '</Name>')
    v = obj.type
    if v is not None:
        out.append('<Type>' + text(v) + '</Type>')
    v = obj.state
    if v is not None:
        out.append('<State>' + text(v) + '</State>')
    v = obj.self_link
    if v is not None:
        out.append('<SelfLink>' + text(v) + '</SelfLink>')
    v = obj.parent_link
    if v is not None:
        out.append('<ParentLink>' + text(v) + '</ParentLink>')
    v = obj.id
    if v is not None:
        out.append('<Id>' + text(v) + '</Id>')
    v = obj.description
    if v is not None:
        out.append('<Description>' + text(v) + '</Description>')
    v = obj.ordinal
    if v is not None:
        out.append('<Ordinal>' + number(v) + '</Ordinal>')
    v = obj.is_default
    if v is not None:
        out.append('<IsDefault>' + boolean(v) + '</IsDefault>')


def read_DimensionSettings(el: Element) -> m.DimensionSettings:
    return m.DimensionSettings([read_DimensionSetting(c) for c in el])


def write_DimensionSettings(v: list[m.DimensionSetting], out: list[str]) -> None:
    for item in v:
        out.append('<ServiceResource>')
        write_DimensionSetting(item, out)
        out.append('</ServiceResource>')


_TAGS_EventLog = {
    '{http://schemas.microsoft.com/windowsazure}Name': 0,
    '{http://schemas.microsoft.com/windowsazure}Type': 1,
    '{http://schemas.microsoft.com/windowsazure}State': 2,
    '{http://schemas.microsoft.com/windowsazure}SelfLink': 3,
    '{http://schemas.microsoft.com/windowsazure}ParentLink': 4,
    '{http://schemas.microsoft.com/windowsazure}DatabaseName': 5,
    '{http://schemas.microsoft.com/windowsazure}StartTimeUtc': 6,
    '{http://schemas.microsoft.com/windowsazure}IntervalSizeInMinutes': 7,
    '{http://schemas.microsoft.com/windowsazure}EventCategory': 8,
    '{http://schemas.microsoft.com/windowsazure}EventType': 9,
    '{http://schemas.microsoft.com/windowsazure}EventSubtype': 10,
    '{http://schemas.microsoft.com/windowsazure}EventSubtypeDescription': 11,
    '{http://schemas.microsoft.com/windowsazure}NumberOfEvents': 12,
    '{http://schemas.microsoft.com/windowsazure}Severity': 13,
    '{http://schemas.microsoft.com/windowsazure}Description': 14,
    '{http://schemas.microsoft.com/windowsazure}AdditionalData': 15,
}


def read_EventLog(el: Element) -> m.EventLog:
    f_name: Any = ''
    f_type: Any = ''
    f_state: Any = ''
    f_self_link: Any = ''
    f_parent_link: Any = ''
    f_database_name: Any = ''
    f_start_time_utc: Any = EMPTY_TIMESTAMP
    f_interval_size_in_minutes: Any = 0
    f_event_category: Any = ''
    f_event_type: Any = ''
    f_event_subtype: Any = 0
    f_event_subtype_description: Any = ''
    f_number_of_events: Any = 0
    f_severity: Any = 0
    f_description: Any = ''
    f_additional_data: Any = ''
    unknown: list[Element] | None = None
    for child in el:
        i = _TAGS_EventLog.get(child.tag)
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
                            f_type = (child.text or '')
                    else:
                        if i < 3:
                            f_state = (child.text or '')
                        else:
                            f_self_link = (child.text or '')
                else:
                    if i < 6:
                        if i < 5:
                            f_parent_link = (child.text or '')
                        else:
                            f_database_name = (child.text or '')
                    else:
                        if i < 7:
                            f_start_time_utc = from_datetime(child.text, EMPTY_TIMESTAMP)
                        else:
                            f_interval_size_in_minutes = from_int(child.text, 0)
            else:
                if i < 12:
                    if i < 10:
                        if i < 9:
                            f_event_category = (child.text or '')
                        else:
                            f_event_type = (child.text or '')
                    else:
                        if i < 11:
                            f_event_subtype = from_int(child.text, 0)
                        else:
                            f_event_subtype_description = (child.text or '')
                else:
                    if i < 14:
                        if i < 13:
                            f_number_of_events = from_int(child.text, 0)
                        else:
                            f_severity = from_int(child.text, 0)
                    else:
                        if i < 15:
                            f_description = (child.text or '')
                        else:
                            f_additional_data = (child.text or '')
    # Every field is read above and typed by its reader: fill the instance directly (three
    # times faster than the constructor, whose converters and defaults are for callers).
    # (object.__setattr__: past the converting __setattr__ attrs gives this class)
    obj = object.__new__(m.EventLog)
    object.__setattr__(obj, "__dict__", {
        'name': f_name,
        'type': f_type,
        'state': f_state,
        'self_link': f_self_link,
        'parent_link': f_parent_link,
        'database_name': f_database_name,
        'start_time_utc': f_start_time_utc,
        'interval_size_in_minutes': f_interval_size_in_minutes,
        'event_category': f_event_category,
        'event_type': f_event_type,
        'event_subtype': f_event_subtype,
        'event_subtype_description': f_event_subtype_description,
        'number_of_events': f_number_of_events,
        'severity': f_severity,
        'description': f_description,
        'additional_data': f_additional_data,
        'unknown_elements': unknown and unknown_text(unknown),
    })
    return obj


def write_EventLog(obj: m.EventLog, out: list[str]) -> None:
    v = obj.name
    if v is not None:
        out.append('<Name>' + text(v) + '</Name>')
    v = obj.type
    if v is not None:
        out.append('<Type>' + text(v) + '</Type>')
    v = obj.state
    if v is not None:
        out.append('<State>' + text(v) + '</State>')
    v = obj.self_link
    if v is not None:
        out.append('<SelfLink>' + text(v) + '</SelfLink>')
    v = obj.parent_link
    if v is not None:
        out.append('<ParentLink>' + text(v) + '</ParentLink>')
    v = obj.database_name
    if v is not None:
        out.append('<DatabaseName>' + text(v) + '</DatabaseName>')
    v = obj.start_time_utc
    if v:
        out.append('<StartTimeUtc>' + dt(v) + '</StartTimeUtc>')
    v = obj.interval_size_in_minutes
    if v is not None:
        out.append('<IntervalSizeInMinutes>' + number(v) + '</IntervalSizeInMinutes>')
    v = obj.event_category
    if v is not None:
        out.append('<EventCategory>' + text(v) + '</EventCategory>')
    v = obj.event_type
    if v is not None:
        out.append('<EventType>' + text(v) + '</EventType>')
    v = obj.event_subtype
    if v is not None:
        out.append('<EventSubtype>' + number(v) + '</EventSubtype>')
    v = obj.event_subtype_description
    if v is not None:
        out.append('<EventSubtypeDescription>' + text(v) + '</EventSubtypeDescription>')
    v = obj.number_of_events
    if v is not None:
        out.append('<NumberOfEvents>' + number(v) + '</NumberOfEvents>')
    v = obj.severity
    if v is not None:
        out.append('<Severity>' + number(v) + '</Severity>')
    v = obj.description
    if v is not None:
        out.append('<Description>' + text(v) + '</Description>')
    v = obj.additional_data
    if v is not None:
        out.append('<AdditionalData>' + text(v) + '</AdditionalData>')


def read_EventLogs(el: Element) -> m.EventLogs:
    return m.EventLogs([read_EventLog(c) for c in el])


def write_EventLogs(v: list[m.EventLog], out: list[str]) -> None:
    for item in v:
        out.append('<ServiceResource>')
        write_EventLog(item, out)
        out.append('</ServiceResource>')


def read_FirewallRule(el: Element) -> m.FirewallRule:
    f_name: Any = ''
    f_type: Any = ''
    f_state: Any = ''
    f_self_link: Any = ''
    f_parent_link: Any = ''
    f_start_ip_address: Any = ''
    f_end_ip_address: Any = ''
    unknown: list[Element] | None = None
    for child in el:
        tag = child.tag
        if tag == '{http://schemas.microsoft.com/windowsazure}Name':
            f_name = (child.text or '')
        elif tag == '{http://schemas.microsoft.com/windowsazure}Type':
            f_type = (child.text or '')
        elif tag == '{http://schemas.microsoft.com/windowsazure}State':
            f_state = (child.text or '')
        elif tag == '{http://schemas.microsoft.com/windowsazure}SelfLink':
            f_self_link = (child.text or '')
        elif tag == '{http://schemas.microsoft.com/windowsazure}ParentLink':
            f_parent_link = (child.text or '')
        elif tag == '{http://schemas.microsoft.com/windowsazure}StartIPAddress':
            f_start_ip_address = (child.text or '')
        elif tag == '{http://schemas.microsoft.com/windowsazure}EndIPAddress':
            f_end_ip_address = (child.text or '')
        else:
            if unknown is None:
                unknown = []
            unknown.append(child)
    # Every field is read above and typed by its reader: fill the instance directly (three
    # times faster than the constructor, whose converters and defaults are for callers).
    obj = object.__new__(m.FirewallRule)
    obj.__dict__ = {
        'name': f_name,
        'type': f_type,
        'state': f_state,
        'self_link': f_self_link,
        'parent_link': f_parent_link,
        'start_ip_address': f_start_ip_address,
        'end_ip_address': f_end_ip_address,
        'unknown_elements': unknown and unknown_text(unknown),
    }
    return obj


def write_FirewallRule(obj: m.FirewallRule, out: list[str]) -> None:
    v = obj.name
    if v is not None:
        out.append('<Name>' + text(v) + '</Name>')
    v = obj.type
    if v is not None:
        out.append('<Type>' + text(v) + '</Type>')
    v = obj.state
    if v is not None:
        out.append('<State>' + text(v) + '</State>')
    v = obj.self_link
    if v is not None:
        out.append('<SelfLink>' + text(v) + '</SelfLink>')
    v = obj.parent_link
    if v is not None:
        out.append('<ParentLink>' + text(v) + '</ParentLink>')
    v = obj.start_ip_address
    if v is not None:
        out.append('<StartIPAddress>' + text(v) + '</StartIPAddress>')
    v = obj.end_ip_address
    if v is not None:
        out.append('<EndIPAddress>' + text(v) + '</EndIPAddress>')


def read_FirewallRules(el: Element) -> m.FirewallRules:
    return m.FirewallRules([read_FirewallRule(c) for c in el])


def write_FirewallRules(v: list[m.FirewallRule], out: list[str]) -> None:
    for item in v:
        out.append('<ServiceResource>')
        write_FirewallRule(item, out)
        out.append('</ServiceResource>')


def read_ServerQuota(el: Element) -> m.ServerQuota:
    f_name: Any = ''
    f_type: Any = ''
    f_state: Any = ''
    f_self_link: Any = ''
    f_parent_link: Any = ''
    f_value: Any = 0
    unknown: list[Element] | None = None
    for child in el:
        tag = child.tag
        if tag == '{http://schemas.microsoft.com/windowsazure}Name':
            f_name = (child.text or '')
        elif tag == '{http://schemas.microsoft.com/windowsazure}Type':
            f_type = (child.text or '')
        elif tag == '{http://schemas.microsoft.com/windowsazure}State':
            f_state = (child.text or '')
        elif tag == '{http://schemas.microsoft.com/windowsazure}SelfLink':
            f_self_link = (child.text or '')
        elif tag == '{http://schemas.microsoft.com/windowsazure}ParentLink':
            f_parent_link = (child.text or '')
        elif tag == '{http://schemas.microsoft.com/windowsazure}Value':
            f_value = from_int(child.text, 0)
        else:
            if unknown is None:
                unknown = []
            unknown.append(child)
    # Every field is read above and typed by its reader: fill the instance directly (three
    # times faster than the constructor, whose converters and defaults are for callers).
    # (object.__setattr__: past the converting __setattr__ attrs gives this class)
    obj = object.__new__(m.ServerQuota)
    object.__setattr__(obj, "__dict__", {
        'name': f_name,
        'type': f_type,
        'state': f_state,
        'self_link': f_self_link,
        'parent_link': f_parent_link,
        'value': f_value,
        'unknown_elements': unknown and unknown_text(unknown),
    })
    return obj


def write_ServerQuota(obj: m.ServerQuota, out: list[str]) -> None:
    v = obj.name
    if v is not None:
        out.append('<Name>' + text(v) + '</Name>')
    v = obj.type
    if v is not None:
        out.append('<Type>' + text(v) + '</Type>')
    v = obj.state
    if v is not None:
        out.append('<State>' + text(v) + '</State>')
    v = obj.self_link
    if v is not None:
        out.append('<SelfLink>' + text(v) + '</SelfLink>')
    v = obj.parent_link
    if v is not None:
        out.append('<ParentLink>' + text(v) + '</ParentLink>')
    v = obj.value
    if v is not None:
        out.append('<Value>' + number(v) + '</Value>')


def read_ServerQuotas(el: Element) -> m.ServerQuotas:
    return m.ServerQuotas([read_ServerQuota(c) for c in el])


def write_ServerQuotas(v: list[m.ServerQuota], out: list[str]) -> None:
    for item in v:
        out.append('<ServiceResource>')
        write_ServerQuota(item, out)
        out.append('</ServiceResource>')


_TAGS_ServiceObjective = {
    '{http://schemas.microsoft.com/windowsazure}Name': 0,
    '{http://schemas.microsoft.com/windowsazure}Type': 1,
    '{http://schemas.microsoft.com/windowsazure}State': 2,
    '{http://schemas.microsoft.com/windowsazure}SelfLink': 3,
    '{http://schemas.microsoft.com/windowsazure}ParentLink': 4,
    '{http://schemas.microsoft.com/windowsazure}Id': 5,
    '{http://schemas.microsoft.com/windowsazure}IsDefault': 6,
    '{http://schemas.microsoft.com/windowsazure}IsSystem': 7,
    '{http://schemas.microsoft.com/windowsazure}Description': 8,
    '{http://schemas.microsoft.com/windowsazure}Enabled': 9,
    '{http://schemas.microsoft.com/windowsazure}DimensionSettings': 10,
}


def read_ServiceObjective(el: Element) -> m.ServiceObjective:
    f_name: Any = ''
    f_type: Any = ''
    f_state: Any = ''
    f_self_link: Any = ''
    f_parent_link: Any = ''
    f_id: Any = ''
    f_is_default: Any = False
    f_is_system: Any = False
    f_description: Any = ''
    f_enabled: Any = False
    f_dimension_settings: Any = m.DimensionSettings()
    unknown: list[Element] | None = None
    for child in el:
        i = _TAGS_ServiceObjective.get(child.tag)
        if i is None:
            if unknown is None:
                unknown = []
            unknown.append(child)
        else:
            if i < 5:
                if i < 2:
                    if i < 1:
                        f_name = (child.text or '')
                    else:
                        f_type = (child.text or '')
                else:
                    if i < 3:
                        f_state = (child.text or '')
                    else:
                        if i < 4:
                            f_self_link = (child.text or '')
                        else:
                            f_parent_link = (child.text or '')
            else:
                if i < 8:
                    if i < 6:
                        f_id = (child.text or '')
                    else:
                        if i < 7:
                            f_is_default = from_bool(child.text, False)
                        else:
                            f_is_system = from_bool(child.text, False)
                else:
                    if i < 9:
                        f_description = (child.text or '')
                    else:
                        if i < 10:
                            f_enabled = from_bool(child.text, False)
                        else:
                            f_dimension_settings = m.DimensionSettings([read_DimensionSetting(c) for c in child])
    # Every field is read above and typed by its reader: fill the instance directly (three
    # times faster than the constructor, whose converters and defaults are for callers).
    # (object.__setattr__: past the converting __setattr__ attrs gives this class)
    obj = object.__new__(m.ServiceObjective)
    object.__setattr__(obj, "__dict__", {
        'name': f_name,
        'type': f_type,
        'state': f_state,
        'self_link': f_self_link,
        'parent_link': f_parent_link,
        'id': f_id,
        'is_default': f_is_default,
        'is_system': f_is_system,
        'description': f_description,
        'enabled': f_enabled,
        'dimension_settings': f_dimension_settings,
        'unknown_elements': unknown and unknown_text(unknown),
    })
    return obj


def write_ServiceObjective(obj: m.ServiceObjective, out: list[str]) -> None:
    v = obj.name
    if v is not None:
        out.append('<Name>' + text(v) + '</Name>')
    v = obj.type
    if v is not None:
        out.append('<Type>' + text(v) + '</Type>')
    v = obj.state
    if v is not None:
        out.append('<State>' + text(v) + '</State>')
    v = obj.self_link
    if v is not None:
        out.append('<SelfLink>' + text(v) + '</SelfLink>')
    v = obj.parent_link
    if v is not None:
        out.append('<ParentLink>' + text(v) + '</ParentLink>')
    v = obj.id
    if v is not None:
        out.append('<Id>' + text(v) + '</Id>')
    v = obj.is_default
    if v is not None:
        out.append('<IsDefault>' + boolean(v) + '</IsDefault>')
    v = obj.is_system
    if v is not None:
        out.append('<IsSystem>' + boolean(v) + '</IsSystem>')
    v = obj.description
    if v is not None:
        out.append('<Description>' + text(v) + '</Description>')
    v = obj.enabled
    if v is not None:
        out.append('<Enabled>' + boolean(v) + '</Enabled>')
    v = obj.dimension_settings
    if v is not None:
        out.append('<DimensionSettings>')
        for item in v:
            out.append('<ServiceResource>')
            write_DimensionSetting(item, out)
            out.append('</ServiceResource>')
        out.append('</DimensionSettings>')


def read_ServiceObjectives(el: Element) -> m.ServiceObjectives:
    return m.ServiceObjectives([read_ServiceObjective(c) for c in el])


def write_ServiceObjectives(v: list[m.ServiceObjective], out: list[str]) -> None:
    for item in v:
        out.append('<ServiceResource>')
        write_ServiceObjective(item, out)
        out.append('</ServiceResource>')


_TAGS_SqlServiceResource = {
    '{http://schemas.microsoft.com/windowsazure}Name': 0,
    '{http://schemas.microsoft.com/windowsazure}Type': 1,
    '{http://schemas.microsoft.com/windowsazure}State': 2,
    '{http://schemas.microsoft.com/windowsazure}SelfLink': 3,
    '{http://schemas.microsoft.com/windowsazure}ParentLink': 4,
    '{http://schemas.microsoft.com/windowsazure}Id': 5,
    '{http://schemas.microsoft.com/windowsazure}IsDefault': 6,
    '{http://schemas.microsoft.com/windowsazure}IsSystem': 7,
    '{http://schemas.microsoft.com/windowsazure}Edition': 8,
    '{http://schemas.microsoft.com/windowsazure}MaxSizeGB': 9,
    '{http://schemas.microsoft.com/windowsazure}CollationName': 10,
    '{http://schemas.microsoft.com/windowsazure}CreationDate': 11,
    '{http://schemas.microsoft.com/windowsazure}IsFederationRoot': 12,
    '{http://schemas.microsoft.com/windowsazure}IsSystemObject': 13,
    '{http://schemas.microsoft.com/windowsazure}SizeMB': 14,
    '{http://schemas.microsoft.com/windowsazure}MaxSizeBytes': 15,
    '{http://schemas.microsoft.com/windowsazure}ServiceObjectiveId': 16,
    '{http://schemas.microsoft.com/windowsazure}AssignedServiceObjectiveId': 17,
    '{http://schemas.microsoft.com/windowsazure}ServiceObjectiveAssignmentState': 18,
    '{http://schemas.microsoft.com/windowsazure}ServiceObjectiveAssignmentStateDescription': 19,
    '{http://schemas.microsoft.com/windowsazure}ServiceObjectiveAssignmentErrorCode': 20,
    '{http://schemas.microsoft.com/windowsazure}ServiceObjectiveAssignmentErrorDescription': 21,
    '{http://schemas.microsoft.com/windowsazure}ServiceObjectiveAssignmentSuccessDate': 22,
    '{http://schemas.microsoft.com/windowsazure}RecoveryPeriodStartDate': 23,
    '{http://schemas.microsoft.com/windowsazure}IsSuspended': 24,
    '{http://schemas.microsoft.com/windowsazure}DatabaseName': 25,
    '{http://schemas.microsoft.com/windowsazure}StartTimeUtc': 26,
    '{http://schemas.microsoft.com/windowsazure}IntervalSizeInMinutes': 27,
    '{http://schemas.microsoft.com/windowsazure}EventCategory': 28,
    '{http://schemas.microsoft.com/windowsazure}EventType': 29,
    '{http://schemas.microsoft.com/windowsazure}EventSubtype': 30,
    '{http://schemas.microsoft.com/windowsazure}EventSubtypeDescription': 31,
    '{http://schemas.microsoft.com/windowsazure}NumberOfEvents': 32,
    '{http://schemas.microsoft.com/windowsazure}Severity': 33,
    '{http://schemas.microsoft.com/windowsazure}Description': 34,
    '{http://schemas.microsoft.com/windowsazure}Enabled': 35,
    '{http://schemas.microsoft.com/windowsazure}DimensionSettings': 36,
    '{http://schemas.microsoft.com/windowsazure}AdditionalData': 37,
    '{http://schemas.microsoft.com/windowsazure}StartIPAddress': 38,
    '{http://schemas.microsoft.com/windowsazure}EndIPAddress': 39,
    '{http://schemas.microsoft.com/windowsazure}Value': 40,
}


def read_SqlServiceResource(el: Element) -> m.SqlServiceResource:
    f_name: Any = ''
    f_type: Any = ''
    f_state: Any = ''
    f_self_link: Any = ''
    f_parent_link: Any = ''
    f_id: Any = ''
    f_is_default: Any = None
    f_is_system: Any = None
    f_edition: Any = ''
    f_max_size_gb: Any = None
    f_collation_name: Any = ''
    f_creation_date: Any = None
    f_is_federation_root: Any = None
    f_is_system_object: Any = None
    f_size_mb: Any = None
    f_max_size_bytes: Any = None
    f_service_objective_id: Any = ''
    f_assigned_service_objective_id: Any = ''
    f_service_objective_assignment_state: Any = None
    f_service_objective_assignment_state_description: Any = ''
    f_service_objective_assignment_error_code: Any = None
    f_service_objective_assignment_error_description: Any = ''
    f_service_objective_assignment_success_date: Any = None
    f_recovery_period_start_date: Any = None
    f_is_suspended: Any = None
    f_database_name: Any = ''
    f_start_time_utc: Any = None
    f_interval_size_in_minutes: Any = None
    f_event_category: Any = ''
    f_event_type: Any = ''
    f_event_subtype: Any = None
    f_event_subtype_description: Any = ''
    f_number_of_events: Any = None
    f_severity: Any = None
    f_description: Any = ''
    f_enabled: Any = None
    f_dimension_settings: Any = m.DimensionSettings()
    f_additional_data: Any = ''
    f_start_ip_address: Any = ''
    f_end_ip_address: Any = ''
    f_value: Any = None
    unknown: list[Element] | None = None
    for child in el:
        i = _TAGS_SqlServiceResource.get(child.tag)
        if i is None:
            if unknown is None:
                unknown = []
            unknown.append(child)
        else:
            if i < 20:
                if i < 10:
                    if i < 5:
                        if i < 2:
                            if i < 1:
                                f_name = (child.text or '')
                            else:
                                f_type = (child.text or '')
                        else:
                            if i < 3:
                                f_state = (child.text or '')
                            else:
                                if i < 4:
                                    f_self_link = (child.text or '')
                                else:
                                    f_parent_link = (child.text or '')
                    else:
                        if i < 7:
                            if i < 6:
                                f_id = (child.text or '')
                            else:
                                f_is_default = from_bool(child.text)
                        else:
                            if i < 8:
                                f_is_system = from_bool(child.text)
                            else:
                                if i < 9:
                                    f_edition = (child.text or '')
                                else:
                                    f_max_size_gb = from_int(child.text)
                else:
                    if i < 15:
                        if i < 12:
                            if i < 11:
                                f_collation_name = (child.text or '')
                            else:
                                f_creation_date = from_datetime(child.text)
                        else:
                            if i < 13:
                                f_is_federation_root = from_bool(child.text)
                            else:
                                if i < 14:
                                    f_is_system_object = from_bool(child.text)
                                else:
                                    f_size_mb = from_float(child.text)
                    else:
                        if i < 17:
                            if i < 16:
                                f_max_size_bytes = from_int(child.text)
                            else:
                                f_service_objective_id = (child.text or '')
                        else:
                            if i < 18:
                                f_assigned_service_objective_id = (child.text or '')
                            else:
                                if i < 19:
                                    f_service_objective_assignment_state = from_int(child.text)
                                else:
                                    f_service_objective_assignment_state_description = (child.text or '')
            else:
                if i < 30:
                    if i < 25:
                        if i < 22:
                            if i < 21:
                                f_service_objective_assignment_error_code = from_int(child.text)
                            else:
                                f_service_objective_assignment_error_description = (child.text or '')
                        else:
                            if i < 23:
                                f_service_objective_assignment_success_date = from_datetime(child.text)
                            else:
                                if i < 24:
                                    f_recovery_period_start_date = from_datetime(child.text)
                                else:
                                    f_is_suspended = from_bool(child.text)
                    else:
                        if i < 27:
                            if i < 26:
                                f_database_name = (child.text or '')
                            else:
                                f_start_time_utc = from_datetime(child.text)
                        else:
                            if i < 28:
                                f_interval_size_in_minutes = from_int(child.text)
                            else:
                                if i < 29:
                                    f_event_category = (child.text or '')
                                else:
                                    f_event_type = (child.text or '')
                else:
                    if i < 35:
                        if i < 32:
                            if i < 31:
                                f_event_subtype = from_int(child.text)
                            else:
                                f_event_subtype_description = (child.text or '')
                        else:
                            if i < 33:
                                f_number_of_events = from_int(child.text)
                            else:
                                if i < 34:
                                    f_severity = from_int(child.text)
                                else:
                                    f_description = (child.text or '')
                    else:
                        if i < 38:
                            if i < 36:
                                f_enabled = from_bool(child.text)
                            else:
                                if i < 37:
                                    f_dimension_settings = m.DimensionSettings([read_DimensionSetting(c) for c in child])
                                else:
                                    f_additional_data = (child.text or '')
                        else:
                            if i < 39:
                                f_start_ip_address = (child.text or '')
                            else:
                                if i < 40:
                                    f_end_ip_address = (child.text or '')
                                else:
                                    f_value = from_int(child.text)
    # Every field is read above and typed by its reader: fill the instance directly (three
    # times faster than the constructor, whose converters and defaults are for callers).
    # (object.__setattr__: past the converting __setattr__ attrs gives this class)
    obj = object.__new__(m.SqlServiceResource)
    object.__setattr__(obj, "__dict__", {
        'name': f_name,
        'type': f_type,
        'state': f_state,
        'self_link': f_self_link,
        'parent_link': f_parent_link,
        'id': f_id,
        'is_default': f_is_default,
        'is_system': f_is_system,
        'edition': f_edition,
        'max_size_gb': f_max_size_gb,
        'collation_name': f_collation_name,
        'creation_date': f_creation_date,
        'is_federation_root': f_is_federation_root,
        'is_system_object': f_is_system_object,
        'size_mb': f_size_mb,
        'max_size_bytes': f_max_size_bytes,
        'service_objective_id': f_service_objective_id,
        'assigned_service_objective_id': f_assigned_service_objective_id,
        'service_objective_assignment_state': f_service_objective_assignment_state,
        'service_objective_assignment_state_description': f_service_objective_assignment_state_description,
        'service_objective_assignment_error_code': f_service_objective_assignment_error_code,
        'service_objective_assignment_error_description': f_service_objective_assignment_error_description,
        'service_objective_assignment_success_date': f_service_objective_assignment_success_date,
        'recovery_period_start_date': f_recovery_period_start_date,
        'is_suspended': f_is_suspended,
        'database_name': f_database_name,
        'start_time_utc': f_start_time_utc,
        'interval_size_in_minutes': f_interval_size_in_minutes,
        'event_category': f_event_category,
        'event_type': f_event_type,
        'event_subtype': f_event_subtype,
        'event_subtype_description': f_event_subtype_description,
        'number_of_events': f_number_of_events,
        'severity': f_severity,
        'description': f_description,
        'enabled': f_enabled,
        'dimension_settings': f_dimension_settings,
        'additional_data': f_additional_data,
        'start_ip_address': f_start_ip_address,
        'end_ip_address': f_end_ip_address,
        'value': f_value,
        'unknown_elements': unknown and unknown_text(unknown),
    })
    return obj


def write_SqlServiceResource(obj: m.SqlServiceResource, out: list[str]) -> None:
    v = obj.name
    if v is not None:
        out.append('<Name>' + text(v) + '</Name>')
    v = obj.type
    if v is not None:
        out.append('<Type>' + text(v) + '</Type>')
    v = obj.state
    if v is not None:
        out.append('<State>' + text(v) + '</State>')
    v = obj.self_link
    if v is not None:
        out.append('<SelfLink>' + text(v) + '</SelfLink>')
    v = obj.parent_link
    if v is not None:
        out.append('<ParentLink>' + text(v) + '</ParentLink>')
    v = obj.id
    if v is not None:
        out.append('<Id>' + text(v) + '</Id>')
    v = obj.is_default
    if v is not None:
        out.append('<IsDefault>' + boolean(v) + '</IsDefault>')
    v = obj.is_system
    if v is not None:
        out.append('<IsSystem>' + boolean(v) + '</IsSystem>')
    v = obj.edition
    if v is not None:
        out.append('<Edition>' + text(v) + '</Edition>')
    v = obj.max_size_gb
    if v is not None:
        out.append('<MaxSizeGB>' + number(v) + '</MaxSizeGB>')
    v = obj.collation_name
    if v is not None:
        out.append('<CollationName>' + text(v) + '</CollationName>')
    v = obj.creation_date
    if v is not None:
        out.append('<CreationDate>' + dt(v) + '</CreationDate>')
    v = obj.is_federation_root
    if v is not None:
        out.append('<IsFederationRoot>' + boolean(v) + '</IsFederationRoot>')
    v = obj.is_system_object
    if v is not None:
        out.append('<IsSystemObject>' + boolean(v) + '</IsSystemObject>')
    v = obj.size_mb
    if v is not None:
        out.append('<SizeMB>' + number(v) + '</SizeMB>')
    v = obj.max_size_bytes
    if v is not None:
        out.append('<MaxSizeBytes>' + number(v) + '</MaxSizeBytes>')
    v = obj.service_objective_id
    if v is not None:
        out.append('<ServiceObjectiveId>' + text(v) + '</ServiceObjectiveId>')
    v = obj.assigned_service_objective_id
    if v is not None:
        out.append('<AssignedServiceObjectiveId>' + text(v) + '</AssignedServiceObjectiveId>')
    v = obj.service_objective_assignment_state
    if v is not None:
        out.append('<ServiceObjectiveAssignmentState>' + number(v) + '</ServiceObjectiveAssignmentState>')
    v = obj.service_objective_assignment_state_description
    if v is not None:
        out.append('<ServiceObjectiveAssignmentStateDescription>' + text(v) + '</ServiceObjectiveAssignmentStateDescription>')
    v = obj.service_objective_assignment_error_code
    if v is not None:
        out.append('<ServiceObjectiveAssignmentErrorCode>' + number(v) + '</ServiceObjectiveAssignmentErrorCode>')
    v = obj.service_objective_assignment_error_description
    if v is not None:
        out.append('<ServiceObjectiveAssignmentErrorDescription>' + text(v) + '</ServiceObjectiveAssignmentErrorDescription>')
    v = obj.service_objective_assignment_success_date
    if v is not None:
        out.append('<ServiceObjectiveAssignmentSuccessDate>' + dt(v) + '</ServiceObjectiveAssignmentSuccessDate>')
    v = obj.recovery_period_start_date
    if v is not None:
        out.append('<RecoveryPeriodStartDate>' + dt(v) + '</RecoveryPeriodStartDate>')
    v = obj.is_suspended
    if v is not None:
        out.append('<IsSuspended>' + boolean(v) + '</IsSuspended>')
    v = obj.database_name
    if v is not None:
        out.append('<DatabaseName>' + text(v) + '</DatabaseName>')
    v = obj.start_time_utc
    if v is not None:
        out.append('<StartTimeUtc>' + dt(v) + '</StartTimeUtc>')
    v = obj.interval_size_in_minutes
    if v is not None:
        out.append('<IntervalSizeInMinutes>' + number(v) + '</IntervalSizeInMinutes>')
    v = obj.event_category
    if v is not None:
        out.append('<EventCategory>' + text(v) + '</EventCategory>')
    v = obj.event_type
    if v is not None:
        out.append('<EventType>' + text(v) + '</EventType>')
    v = obj.event_subtype
    if v is not None:
        out.append('<EventSubtype>' + number(v) + '</EventSubtype>')
    v = obj.event_subtype_description
    if v is not None:
        out.append('<EventSubtypeDescription>' + text(v) + '</EventSubtypeDescription>')
    v = obj.number_of_events
    if v is not None:
        out.append('<NumberOfEvents>' + number(v) + '</NumberOfEvents>')
    v = obj.severity
    if v is not None:
        out.append('<Severity>' + number(v) + '</Severity>')
    v = obj.description
    if v is not None:
        out.append('<Description>' + text(v) + '</Description>')
    v = obj.enabled
    if v is not None:
        out.append('<Enabled>' + boolean(v) + '</Enabled>')
    v = obj.dimension_settings
    if v is not None:
        out.append('<DimensionSettings>')
        for item in v:
            out.append('<ServiceResource>')
            write_DimensionSetting(item, out)
            out.append('</ServiceResource>')
        out.append('</DimensionSettings>')
    v = obj.additional_data
    if v is not None:
        out.append('<AdditionalData>' + text(v) + '</AdditionalData>')
    v = obj.start_ip_address
    if v is not None:
        out.append('<StartIPAddress>' + text(v) + '</StartIPAddress>')
    v = obj.end_ip_address
    if v is not None:
        out.append('<EndIPAddress>' + text(v) + '</EndIPAddress>')
    v = obj.value
    if v is not None:
        out.append('<Value>' + number(v) + '</Value>')


def read_SqlServiceResources(el: Element) -> m.SqlServiceResources:
    return m.SqlServiceResources([read_SqlServiceResource(c) for c in el])


def write_SqlServiceResources(v: list[m.SqlServiceResource], out: list[str]) -> None:
    for item in v:
        out.append('<ServiceResource>')
        write_SqlServiceResource(item, out)
        out.append('</ServiceResource>')


def write_Database__create_database(obj: m.Database, out: list[str]) -> None:
    """The elements of Database that create_database sends (their `accepts` in the spec)."""
    v = obj.name
    if v is not None:
        out.append('<Name>' + text(v) + '</Name>')
    v = obj.edition
    if v is not None:
        out.append('<Edition>' + text(v) + '</Edition>')
    v = obj.collation_name
    if v is not None:
        out.append('<CollationName>' + text(v) + '</CollationName>')
    v = obj.max_size_bytes
    if v is not None:
        out.append('<MaxSizeBytes>' + number(v) + '</MaxSizeBytes>')
    v = obj.service_objective_id
    if v is not None:
        out.append('<ServiceObjectiveId>' + text(v) + '</ServiceObjectiveId>')


def write_Database__update_database(obj: m.Database, out: list[str]) -> None:
    """The elements of Database that update_database sends (their `accepts` in the spec)."""
    v = obj.name
    if v is not None:
        out.append('<Name>' + text(v) + '</Name>')
    v = obj.edition
    if v is not None:
        out.append('<Edition>' + text(v) + '</Edition>')
    v = obj.max_size_bytes
    if v is not None:
        out.append('<MaxSizeBytes>' + number(v) + '</MaxSizeBytes>')
    v = obj.service_objective_id
    if v is not None:
        out.append('<ServiceObjectiveId>' + text(v) + '</ServiceObjectiveId>')


def write_FirewallRule__create_firewall_rule(obj: m.FirewallRule, out: list[str]) -> None:
    """The elements of FirewallRule that create_firewall_rule, update_firewall_rule send
    (their `accepts` in the spec)."""
    v = obj.name
    if v is not None:
        out.append('<Name>' + text(v) + '</Name>')
    v = obj.start_ip_address
    if v is not None:
        out.append('<StartIPAddress>' + text(v) + '</StartIPAddress>')
    v = obj.end_ip_address
    if v is not None:
        out.append('<EndIPAddress>' + text(v) + '</EndIPAddress>')
