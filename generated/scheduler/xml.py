"""XML readers and writers of the shapes of spec/schemas/scheduler.xsd.

Generated from spec/ by codegen; do not edit.  Readers walk ElementTree children once,
dispatching on the tag; writers emit elements in wire order, escaping every value.
Shapes of other areas are read and written by their own modules, imported below.
"""

from __future__ import annotations

from typing import Any
from xml.etree.ElementTree import Element

from asm_sdk_runtime.xml import (boolean, from_bool, from_int, number, text, unknown_text)

from .. import models as m
from .._xml import NO_CHILDREN


def read_CloudService(el: Element) -> m.CloudService:
    f_name: Any = ''
    f_label: Any = ''
    f_description: Any = ''
    f_geo_region: Any = ''
    f_resources: Any = m.CloudServiceResources()
    unknown: list[Element] | None = None
    for child in el:
        tag = child.tag
        if tag == '{http://schemas.microsoft.com/windowsazure}Name':
            f_name = (child.text or '')
        elif tag == '{http://schemas.microsoft.com/windowsazure}Label':
            f_label = (child.text or '')
        elif tag == '{http://schemas.microsoft.com/windowsazure}Description':
            f_description = (child.text or '')
        elif tag == '{http://schemas.microsoft.com/windowsazure}GeoRegion':
            f_geo_region = (child.text or '')
        elif tag == '{http://schemas.microsoft.com/windowsazure}Resources':
            f_resources = m.CloudServiceResources([read_CloudServiceResource(c) for c in child])
        else:
            if unknown is None:
                unknown = []
            unknown.append(child)
    # Every field is read above and typed by its reader: fill the instance directly (three
    # times faster than the constructor, whose converters and defaults are for callers).
    obj = object.__new__(m.CloudService)
    obj.__dict__ = {
        'name': f_name,
        'label': f_label,
        'description': f_description,
        'geo_region': f_geo_region,
        'resources': f_resources,
        'unknown_elements': unknown and unknown_text(unknown),
    }
    return obj


def write_CloudService(obj: m.CloudService, out: list[str]) -> None:
    v = obj.name
    if v is not None:
        out.append('<Name>' + text(v) + '</Name>')
    v = obj.label
    if v is not None:
        out.append('<Label>' + text(v) + '</Label>')
    v = obj.description
    if v is not None:
        out.append('<Description>' + text(v) + '</Description>')
    v = obj.geo_region
    if v is not None:
        out.append('<GeoRegion>' + text(v) + '</GeoRegion>')
    v = obj.resources
    if v is not None:
        out.append('<Resources>')
        for item in v:
            out.append('<Resource>')
            write_CloudServiceResource(item, out)
            out.append('</Resource>')
        out.append('</Resources>')


_TAGS_CloudServiceResource = {
    '{http://schemas.microsoft.com/windowsazure}ResourceProviderNamespace': 0,
    '{http://schemas.microsoft.com/windowsazure}Type': 1,
    '{http://schemas.microsoft.com/windowsazure}Name': 2,
    '{http://schemas.microsoft.com/windowsazure}SchemaVersion': 3,
    '{http://schemas.microsoft.com/windowsazure}ETag': 4,
    '{http://schemas.microsoft.com/windowsazure}State': 5,
    '{http://schemas.microsoft.com/windowsazure}IntrinsicSettings': 6,
    '{http://schemas.microsoft.com/windowsazure}OperationStatus': 7,
    '{http://schemas.microsoft.com/windowsazure}Label': 8,
}


def read_CloudServiceResource(el: Element) -> m.CloudServiceResource:
    f_resource_provider_namespace: Any = ''
    f_type: Any = ''
    f_name: Any = ''
    f_schema_version: Any = ''
    f_e_tag: Any = ''
    f_state: Any = ''
    f_intrinsic_settings: Any = None
    f_operation_status: Any = None
    f_label: Any = ''
    unknown: list[Element] | None = None
    for child in el:
        i = _TAGS_CloudServiceResource.get(child.tag)
        if i is None:
            if unknown is None:
                unknown = []
            unknown.append(child)
        else:
            if i < 4:
                if i < 2:
                    if i < 1:
                        f_resource_provider_namespace = (child.text or '')
                    else:
                        f_type = (child.text or '')
                else:
                    if i < 3:
                        f_name = (child.text or '')
                    else:
                        f_schema_version = (child.text or '')
            else:
                if i < 6:
                    if i < 5:
                        f_e_tag = (child.text or '')
                    else:
                        f_state = (child.text or '')
                else:
                    if i < 7:
                        f_intrinsic_settings = read_JobCollectionIntrinsicSettings(child)
                    else:
                        if i < 8:
                            f_operation_status = read_ResourceOperationStatus(child)
                        else:
                            f_label = (child.text or '')
    if f_intrinsic_settings is None:  # absent: an empty instance, as the predecessor's fresh one
        f_intrinsic_settings = read_JobCollectionIntrinsicSettings(NO_CHILDREN)
    if f_operation_status is None:  # absent: an empty instance, as the predecessor's fresh one
        f_operation_status = read_ResourceOperationStatus(NO_CHILDREN)
    # Every field is read above and typed by its reader: fill the instance directly (three
    # times faster than the constructor, whose converters and defaults are for callers).
    obj = object.__new__(m.CloudServiceResource)
    obj.__dict__ = {
        'resource_provider_namespace': f_resource_provider_namespace,
        'type': f_type,
        'name': f_name,
        'schema_version': f_schema_version,
        'e_tag': f_e_tag,
        'state': f_state,
        'intrinsic_settings': f_intrinsic_settings,
        'operation_status': f_operation_status,
        'label': f_label,
        'unknown_elements': unknown and unknown_text(unknown),
    }
    return obj


def write_CloudServiceResource(obj: m.CloudServiceResource, out: list[str]) -> None:
    v = obj.resource_provider_namespace
    if v is not None:
        out.append('<ResourceProviderNamespace>' + text(v) + '</ResourceProviderNamespace>')
    v = obj.type
    if v is not None:
        out.append('<Type>' + text(v) + '</Type>')
    v = obj.name
    if v is not None:
        out.append('<Name>' + text(v) + '</Name>')
    v = obj.schema_version
    if v is not None:
        out.append('<SchemaVersion>' + text(v) + '</SchemaVersion>')
    v = obj.e_tag
    if v is not None:
        out.append('<ETag>' + text(v) + '</ETag>')
    v = obj.state
    if v is not None:
        out.append('<State>' + text(v) + '</State>')
    v = obj.intrinsic_settings
    if v is not None and not empty_JobCollectionIntrinsicSettings(v):
        out.append('<IntrinsicSettings>')
        write_JobCollectionIntrinsicSettings(v, out)
        out.append('</IntrinsicSettings>')
    v = obj.operation_status
    if v is not None and not empty_ResourceOperationStatus(v):
        out.append('<OperationStatus>')
        write_ResourceOperationStatus(v, out)
        out.append('</OperationStatus>')
    v = obj.label
    if v is not None:
        out.append('<Label>' + text(v) + '</Label>')


def read_CloudServiceResources(el: Element) -> m.CloudServiceResources:
    return m.CloudServiceResources([read_CloudServiceResource(c) for c in el])


def write_CloudServiceResources(v: list[m.CloudServiceResource], out: list[str]) -> None:
    for item in v:
        out.append('<Resource>')
        write_CloudServiceResource(item, out)
        out.append('</Resource>')


def read_CloudServices(el: Element) -> m.CloudServices:
    return m.CloudServices([read_CloudService(c) for c in el])


def write_CloudServices(v: list[m.CloudService], out: list[str]) -> None:
    for item in v:
        out.append('<CloudService>')
        write_CloudService(item, out)
        out.append('</CloudService>')


def read_CreateCloudService(el: Element) -> m.CreateCloudService:
    f_label: Any = ''
    f_description: Any = ''
    f_geo_region: Any = ''
    unknown: list[Element] | None = None
    for child in el:
        tag = child.tag
        if tag == '{http://schemas.microsoft.com/windowsazure}Label':
            f_label = (child.text or '')
        elif tag == '{http://schemas.microsoft.com/windowsazure}Description':
            f_description = (child.text or '')
        elif tag == '{http://schemas.microsoft.com/windowsazure}GeoRegion':
            f_geo_region = (child.text or '')
        else:
            if unknown is None:
                unknown = []
            unknown.append(child)
    # Every field is read above and typed by its reader: fill the instance directly (three
    # times faster than the constructor, whose converters and defaults are for callers).
    obj = object.__new__(m.CreateCloudService)
    obj.__dict__ = {
        'label': f_label,
        'description': f_description,
        'geo_region': f_geo_region,
        'unknown_elements': unknown and unknown_text(unknown),
    }
    return obj


def write_CreateCloudService(obj: m.CreateCloudService, out: list[str]) -> None:
    v = obj.label
    if v is not None:
        out.append('<Label>' + text(v) + '</Label>')
    v = obj.description
    if v is not None:
        out.append('<Description>' + text(v) + '</Description>')
    v = obj.geo_region
    if v is not None:
        out.append('<GeoRegion>' + text(v) + '</GeoRegion>')


def read_CreateJobCollection(el: Element) -> m.CreateJobCollection:
    f_intrinsic_settings: Any = None
    unknown: list[Element] | None = None
    for child in el:
        tag = child.tag
        if tag == '{http://schemas.microsoft.com/windowsazure}IntrinsicSettings':
            f_intrinsic_settings = read_CreateJobCollectionSettings(child)
        else:
            if unknown is None:
                unknown = []
            unknown.append(child)
    # Every field is read above and typed by its reader: fill the instance directly (three
    # times faster than the constructor, whose converters and defaults are for callers).
    obj = object.__new__(m.CreateJobCollection)
    obj.__dict__ = {
        'intrinsic_settings': f_intrinsic_settings,
        'unknown_elements': unknown and unknown_text(unknown),
    }
    return obj


def write_CreateJobCollection(obj: m.CreateJobCollection, out: list[str]) -> None:
    v = obj.intrinsic_settings
    if v is not None:
        out.append('<IntrinsicSettings>')
        write_CreateJobCollectionSettings(v, out)
        out.append('</IntrinsicSettings>')


def read_CreateJobCollectionSettings(el: Element) -> m.CreateJobCollectionSettings:
    f_plan: Any = ''
    unknown: list[Element] | None = None
    for child in el:
        tag = child.tag
        if tag == '{http://schemas.microsoft.com/windowsazure}plan':
            f_plan = (child.text or '')
        else:
            if unknown is None:
                unknown = []
            unknown.append(child)
    # Every field is read above and typed by its reader: fill the instance directly (three
    # times faster than the constructor, whose converters and defaults are for callers).
    obj = object.__new__(m.CreateJobCollectionSettings)
    obj.__dict__ = {
        'plan': f_plan,
        'unknown_elements': unknown and unknown_text(unknown),
    }
    return obj


def write_CreateJobCollectionSettings(obj: m.CreateJobCollectionSettings, out: list[str]) -> None:
    v = obj.plan
    if v is not None:
        out.append('<plan>' + text(v) + '</plan>')


_TAGS_JobCollection = {
    '{http://schemas.microsoft.com/windowsazure}CloudServiceSettings': 0,
    '{http://schemas.microsoft.com/windowsazure}ETag': 1,
    '{http://schemas.microsoft.com/windowsazure}IntrinsicSettings': 2,
    '{http://schemas.microsoft.com/windowsazure}Name': 3,
    '{http://schemas.microsoft.com/windowsazure}OperationStatus': 4,
    '{http://schemas.microsoft.com/windowsazure}PromotionCode': 5,
    '{http://schemas.microsoft.com/windowsazure}ResourceProviderNamespace': 6,
    '{http://schemas.microsoft.com/windowsazure}SchemaVersion': 7,
    '{http://schemas.microsoft.com/windowsazure}State': 8,
    '{http://schemas.microsoft.com/windowsazure}SubState': 9,
    '{http://schemas.microsoft.com/windowsazure}Type': 10,
}


def read_JobCollection(el: Element) -> m.JobCollection:
    f_cloud_service_settings: Any = None
    f_e_tag: Any = ''
    f_intrinsic_settings: Any = None
    f_name: Any = ''
    f_operation_status: Any = None
    f_promotion_code: Any = ''
    f_resource_provider_namespace: Any = ''
    f_schema_version: Any = ''
    f_state: Any = ''
    f_sub_state: Any = ''
    f_type: Any = ''
    unknown: list[Element] | None = None
    for child in el:
        i = _TAGS_JobCollection.get(child.tag)
        if i is None:
            if unknown is None:
                unknown = []
            unknown.append(child)
        else:
            if i < 5:
                if i < 2:
                    if i < 1:
                        f_cloud_service_settings = read_JobCollectionCloudServiceSettings(child)
                    else:
                        f_e_tag = (child.text or '')
                else:
                    if i < 3:
                        f_intrinsic_settings = read_JobCollectionIntrinsicSettings(child)
                    else:
                        if i < 4:
                            f_name = (child.text or '')
                        else:
                            f_operation_status = read_ResourceOperationStatus(child)
            else:
                if i < 8:
                    if i < 6:
                        f_promotion_code = (child.text or '')
                    else:
                        if i < 7:
                            f_resource_provider_namespace = (child.text or '')
                        else:
                            f_schema_version = (child.text or '')
                else:
                    if i < 9:
                        f_state = (child.text or '')
                    else:
                        if i < 10:
                            f_sub_state = (child.text or '')
                        else:
                            f_type = (child.text or '')
    # Every field is read above and typed by its reader: fill the instance directly (three
    # times faster than the constructor, whose converters and defaults are for callers).
    obj = object.__new__(m.JobCollection)
    obj.__dict__ = {
        'cloud_service_settings': f_cloud_service_settings,
        'e_tag': f_e_tag,
        'intrinsic_settings': f_intrinsic_settings,
        'name': f_name,
        'operation_status': f_operation_status,
        'promotion_code': f_promotion_code,
        'resource_provider_namespace': f_resource_provider_namespace,
        'schema_version': f_schema_version,
        'state': f_state,
        'sub_state': f_sub_state,
        'type': f_type,
        'unknown_elements': unknown and unknown_text(unknown),
    }
    return obj


def write_JobCollection(obj: m.JobCollection, out: list[str]) -> None:
    v = obj.cloud_service_settings
    if v is not None:
        out.append('<CloudServiceSettings>')
        write_JobCollectionCloudServiceSettings(v, out)
        out.append('</CloudServiceSettings>')
    v = obj.e_tag
    if v is not None:
        out.append('<ETag>' + text(v) + '</ETag>')
    v = obj.intrinsic_settings
    if v is not None:
        out.append('<IntrinsicSettings>')
        write_JobCollectionIntrinsicSettings(v, out)
        out.append('</IntrinsicSettings>')
    v = obj.name
    if v is not None:
        out.append('<Name>' + text(v) + '</Name>')
    v = obj.operation_status
    if v is not None:
        out.append('<OperationStatus>')
        write_ResourceOperationStatus(v, out)
        out.append('</OperationStatus>')
    v = obj.promotion_code
    if v is not None:
        out.append('<PromotionCode>' + text(v) + '</PromotionCode>')
    v = obj.resource_provider_namespace
    if v is not None:
        out.append('<ResourceProviderNamespace>' + text(v) + '</ResourceProviderNamespace>')
    v = obj.schema_version
    if v is not None:
        out.append('<SchemaVersion>' + text(v) + '</SchemaVersion>')
    v = obj.state
    if v is not None:
        out.append('<State>' + text(v) + '</State>')
    v = obj.sub_state
    if v is not None:
        out.append('<SubState>' + text(v) + '</SubState>')
    v = obj.type
    if v is not None:
        out.append('<Type>' + text(v) + '</Type>')


def read_JobCollectionCloudServiceSettings(el: Element) -> m.JobCollectionCloudServiceSettings:
    f_geo_region: Any = ''
    unknown: list[Element] | None = None
    for child in el:
        tag = child.tag
        if tag == '{http://schemas.microsoft.com/windowsazure}GeoRegion':
            f_geo_region = (child.text or '')
        else:
            if unknown is None:
                unknown = []
            unknown.append(child)
    # Every field is read above and typed by its reader: fill the instance directly (three
    # times faster than the constructor, whose converters and defaults are for callers).
    obj = object.__new__(m.JobCollectionCloudServiceSettings)
    obj.__dict__ = {
        'geo_region': f_geo_region,
        'unknown_elements': unknown and unknown_text(unknown),
    }
    return obj


def write_JobCollectionCloudServiceSettings(obj: m.JobCollectionCloudServiceSettings, out: list[str]) -> None:
    v = obj.geo_region
    if v is not None:
        out.append('<GeoRegion>' + text(v) + '</GeoRegion>')


def read_JobCollectionIntrinsicSettings(el: Element) -> m.JobCollectionIntrinsicSettings:
    f_plan: Any = ''
    f_quota: Any = None
    unknown: list[Element] | None = None
    for child in el:
        tag = child.tag
        if tag == '{http://schemas.microsoft.com/windowsazure}Plan':
            f_plan = (child.text or '')
        elif tag == '{http://schemas.microsoft.com/windowsazure}Quota':
            f_quota = read_JobCollectionQuota(child)
        else:
            if unknown is None:
                unknown = []
            unknown.append(child)
    if f_quota is None:  # absent: an empty instance, as the predecessor's fresh one
        f_quota = read_JobCollectionQuota(NO_CHILDREN)
    # Every field is read above and typed by its reader: fill the instance directly (three
    # times faster than the constructor, whose converters and defaults are for callers).
    obj = object.__new__(m.JobCollectionIntrinsicSettings)
    obj.__dict__ = {
        'plan': f_plan,
        'quota': f_quota,
        'unknown_elements': unknown and unknown_text(unknown),
    }
    return obj


def write_JobCollectionIntrinsicSettings(obj: m.JobCollectionIntrinsicSettings, out: list[str]) -> None:
    v = obj.plan
    if v is not None:
        out.append('<Plan>' + text(v) + '</Plan>')
    v = obj.quota
    if v is not None and not empty_JobCollectionQuota(v):
        out.append('<Quota>')
        write_JobCollectionQuota(v, out)
        out.append('</Quota>')


def read_JobCollectionMaxRecurrence(el: Element) -> m.JobCollectionMaxRecurrence:
    f_frequency: Any = ''
    f_interval: Any = 0
    unknown: list[Element] | None = None
    for child in el:
        tag = child.tag
        if tag == '{http://schemas.microsoft.com/windowsazure}Frequency':
            f_frequency = (child.text or '')
        elif tag == '{http://schemas.microsoft.com/windowsazure}Interval':
            f_interval = from_int(child.text, 0)
        else:
            if unknown is None:
                unknown = []
            unknown.append(child)
    # Every field is read above and typed by its reader: fill the instance directly (three
    # times faster than the constructor, whose converters and defaults are for callers).
    # (object.__setattr__: past the converting __setattr__ attrs gives this class)
    obj = object.__new__(m.JobCollectionMaxRecurrence)
    object.__setattr__(obj, "__dict__", {
        'frequency': f_frequency,
        'interval': f_interval,
        'unknown_elements': unknown and unknown_text(unknown),
    })
    return obj


def write_JobCollectionMaxRecurrence(obj: m.JobCollectionMaxRecurrence, out: list[str]) -> None:
    v = obj.frequency
    if v is not None:
        out.append('<Frequency>' + text(v) + '</Frequency>')
    v = obj.interval
    if v is not None:
        out.append('<Interval>' + number(v) + '</Interval>')


def read_JobCollectionQuota(el: Element) -> m.JobCollectionQuota:
    f_max_job_count: Any = 0
    f_max_recurrence: Any = None
    unknown: list[Element] | None = None
    for child in el:
        tag = child.tag
        if tag == '{http://schemas.microsoft.com/windowsazure}MaxJobCount':
            f_max_job_count = from_int(child.text, 0)
        elif tag == '{http://schemas.microsoft.com/windowsazure}MaxRecurrence':
            f_max_recurrence = read_JobCollectionMaxRecurrence(child)
        else:
            if unknown is None:
                unknown = []
            unknown.append(child)
    if f_max_recurrence is None:  # absent: an empty instance, as the predecessor's fresh one
        f_max_recurrence = read_JobCollectionMaxRecurrence(NO_CHILDREN)
    # Every field is read above and typed by its reader: fill the instance directly (three
    # times faster than the constructor, whose converters and defaults are for callers).
    # (object.__setattr__: past the converting __setattr__ attrs gives this class)
    obj = object.__new__(m.JobCollectionQuota)
    object.__setattr__(obj, "__dict__", {
        'max_job_count': f_max_job_count,
        'max_recurrence': f_max_recurrence,
        'unknown_elements': unknown and unknown_text(unknown),
    })
    return obj


def write_JobCollectionQuota(obj: m.JobCollectionQuota, out: list[str]) -> None:
    v = obj.max_job_count
    if v is not None:
        out.append('<MaxJobCount>' + number(v) + '</MaxJobCount>')
    v = obj.max_recurrence
    if v is not None and not empty_JobCollectionMaxRecurrence(v):
        out.append('<MaxRecurrence>')
        write_JobCollectionMaxRecurrence(v, out)
        out.append('</MaxRecurrence>')


def read_ResourceNameAvailabilityResponse(el: Element) -> m.ResourceNameAvailabilityResponse:
    f_is_available: Any = None
    unknown: list[Element] | None = None
    for child in el:
        tag = child.tag
        if tag == '{http://schemas.microsoft.com/windowsazure}IsAvailable':
            f_is_available = from_bool(child.text)
        else:
            if unknown is None:
                unknown = []
            unknown.append(child)
    # Every field is read above and typed by its reader: fill the instance directly (three
    # times faster than the constructor, whose converters and defaults are for callers).
    # (object.__setattr__: past the converting __setattr__ attrs gives this class)
    obj = object.__new__(m.ResourceNameAvailabilityResponse)
    object.__setattr__(obj, "__dict__", {
        'is_available': f_is_available,
        'unknown_elements': unknown and unknown_text(unknown),
    })
    return obj


def write_ResourceNameAvailabilityResponse(obj: m.ResourceNameAvailabilityResponse, out: list[str]) -> None:
    v = obj.is_available
    if v is not None:
        out.append('<IsAvailable>' + boolean(v) + '</IsAvailable>')


def read_ResourceOperationError(el: Element) -> m.ResourceOperationError:
    f_http_code: Any = None
    f_message: Any = ''
    unknown: list[Element] | None = None
    for child in el:
        tag = child.tag
        if tag == '{http://schemas.microsoft.com/windowsazure}HttpCode':
            f_http_code = from_int(child.text)
        elif tag == '{http://schemas.microsoft.com/windowsazure}Message':
            f_message = (child.text or '')
        else:
            if unknown is None:
                unknown = []
            unknown.append(child)
    # Every field is read above and typed by its reader: fill the instance directly (three
    # times faster than the constructor, whose converters and defaults are for callers).
    # (object.__setattr__: past the converting __setattr__ attrs gives this class)
    obj = object.__new__(m.ResourceOperationError)
    object.__setattr__(obj, "__dict__", {
        'http_code': f_http_code,
        'message': f_message,
        'unknown_elements': unknown and unknown_text(unknown),
    })
    return obj


def write_ResourceOperationError(obj: m.ResourceOperationError, out: list[str]) -> None:
    v = obj.http_code
    if v is not None:
        out.append('<HttpCode>' + number(v) + '</HttpCode>')
    v = obj.message
    if v is not None:
        out.append('<Message>' + text(v) + '</Message>')


def read_ResourceOperationStatus(el: Element) -> m.ResourceOperationStatus:
    f_type: Any = ''
    f_error: Any = None
    f_result: Any = ''
    unknown: list[Element] | None = None
    for child in el:
        tag = child.tag
        if tag == '{http://schemas.microsoft.com/windowsazure}Type':
            f_type = (child.text or '')
        elif tag == '{http://schemas.microsoft.com/windowsazure}Error':
            f_error = read_ResourceOperationError(child)
        elif tag == '{http://schemas.microsoft.com/windowsazure}Result':
            f_result = (child.text or '')
        else:
            if unknown is None:
                unknown = []
            unknown.append(child)
    # Every field is read above and typed by its reader: fill the instance directly (three
    # times faster than the constructor, whose converters and defaults are for callers).
    obj = object.__new__(m.ResourceOperationStatus)
    obj.__dict__ = {
        'type': f_type,
        'error': f_error,
        'result': f_result,
        'unknown_elements': unknown and unknown_text(unknown),
    }
    return obj


def write_ResourceOperationStatus(obj: m.ResourceOperationStatus, out: list[str]) -> None:
    v = obj.type
    if v is not None:
        out.append('<Type>' + text(v) + '</Type>')
    v = obj.error
    if v is not None:
        out.append('<Error>')
        write_ResourceOperationError(v, out)
        out.append('</Error>')
    v = obj.result
    if v is not None:
        out.append('<Result>' + text(v) + '</Result>')


def empty_JobCollectionIntrinsicSettings(v: m.JobCollectionIntrinsicSettings) -> bool:
    """True when nothing in `v` would be sent: an untouched pre-filled default, or what an
    absent element read as."""
    return (not v.plan
            and (v.quota is None or empty_JobCollectionQuota(v.quota))
            and not v.unknown_elements)


def empty_JobCollectionMaxRecurrence(v: m.JobCollectionMaxRecurrence) -> bool:
    """True when nothing in `v` would be sent: an untouched pre-filled default, or what an
    absent element read as."""
    return (not v.frequency
            and v.interval is None
            and not v.unknown_elements)


def empty_JobCollectionQuota(v: m.JobCollectionQuota) -> bool:
    """True when nothing in `v` would be sent: an untouched pre-filled default, or what an
    absent element read as."""
    return (v.max_job_count is None
            and (v.max_recurrence is None or empty_JobCollectionMaxRecurrence(v.max_recurrence))
            and not v.unknown_elements)


def empty_ResourceOperationError(v: m.ResourceOperationError) -> bool:
    """True when nothing in `v` would be sent: an untouched pre-filled default, or what an
    absent element read as."""
    return (v.http_code is None
            and not v.message
            and not v.unknown_elements)


def empty_ResourceOperationStatus(v: m.ResourceOperationStatus) -> bool:
    """True when nothing in `v` would be sent: an untouched pre-filled default, or what an
    absent element read as."""
    return (not v.type
            and (v.error is None or empty_ResourceOperationError(v.error))
            and not v.result
            and not v.unknown_elements)
