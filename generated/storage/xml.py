"""XML readers and writers of the shapes of spec/schemas/storage.xsd.

Generated from spec/ by codegen; do not edit.  Readers walk ElementTree children once,
dispatching on the tag; writers emit elements in wire order, escaping every value.
Shapes of other areas are read and written by their own modules, imported below.
"""

from __future__ import annotations

from typing import Any
from xml.etree.ElementTree import Element

from asm_sdk_runtime.xml import (EMPTY_TIMESTAMP, b64, boolean, dt, from_b64, from_bool,
                                from_datetime, text, unknown_text)

from .. import models as m


def read_AvailabilityResponse(el: Element) -> m.AvailabilityResponse:
    f_result: Any = False
    f_reason: Any = ''
    unknown: list[Element] | None = None
    for child in el:
        tag = child.tag
        if tag == '{http://schemas.microsoft.com/windowsazure}Result':
            f_result = from_bool(child.text, False)
        elif tag == '{http://schemas.microsoft.com/windowsazure}Reason':
            f_reason = (child.text or '')
        else:
            if unknown is None:
                unknown = []
            unknown.append(child)
    # Every field is read above and typed by its reader: fill the instance directly (three
    # times faster than the constructor, whose converters and defaults are for callers).
    # (object.__setattr__: past the converting __setattr__ attrs gives this class)
    obj = object.__new__(m.AvailabilityResponse)
    object.__setattr__(obj, "__dict__", {
        'result': f_result,
        'reason': f_reason,
        'unknown_elements': unknown and unknown_text(unknown),
    })
    return obj


def write_AvailabilityResponse(obj: m.AvailabilityResponse, out: list[str]) -> None:
    v = obj.result
    if v is not None:
        out.append('<Result>' + boolean(v) + '</Result>')
    v = obj.reason
    if v is not None:
        out.append('<Reason>' + text(v) + '</Reason>')


def read_CapabilityNames(el: Element) -> m.CapabilityNames:
    return m.CapabilityNames([(c.text or '') for c in el])


def write_CapabilityNames(v: list[str], out: list[str]) -> None:
    for item in v:
        out.append('<Capability>' + text(item) + '</Capability>')


_TAGS_CreateStorageServiceInput = {
    '{http://schemas.microsoft.com/windowsazure}ServiceName': 0,
    '{http://schemas.microsoft.com/windowsazure}Description': 1,
    '{http://schemas.microsoft.com/windowsazure}Label': 2,
    '{http://schemas.microsoft.com/windowsazure}AffinityGroup': 3,
    '{http://schemas.microsoft.com/windowsazure}Location': 4,
    '{http://schemas.microsoft.com/windowsazure}GeoReplicationEnabled': 5,
    '{http://schemas.microsoft.com/windowsazure}ExtendedProperties': 6,
    '{http://schemas.microsoft.com/windowsazure}SecondaryReadEnabled': 7,
    '{http://schemas.microsoft.com/windowsazure}AccountType': 8,
}


def read_CreateStorageServiceInput(el: Element) -> m.CreateStorageServiceInput:
    f_service_name: Any = ''
    f_description: Any = ''
    f_label: Any = ''
    f_affinity_group: Any = ''
    f_location: Any = ''
    f_geo_replication_enabled: Any = None
    f_extended_properties: Any = {}
    f_secondary_read_enabled: Any = None
    f_account_type: Any = ''
    unknown: list[Element] | None = None
    for child in el:
        i = _TAGS_CreateStorageServiceInput.get(child.tag)
        if i is None:
            if unknown is None:
                unknown = []
            unknown.append(child)
        else:
            if i < 4:
                if i < 2:
                    if i < 1:
                        f_service_name = (child.text or '')
                    else:
                        f_description = (child.text or '')
                else:
                    if i < 3:
                        f_label = from_b64(child.text)
                    else:
                        f_affinity_group = (child.text or '')
            else:
                if i < 6:
                    if i < 5:
                        f_location = (child.text or '')
                    else:
                        f_geo_replication_enabled = from_bool(child.text)
                else:
                    if i < 7:
                        f_extended_properties = {c.findtext('{http://schemas.microsoft.com/windowsazure}Name') or '': c.findtext('{http://schemas.microsoft.com/windowsazure}Value') or '' for c in child}
                    else:
                        if i < 8:
                            f_secondary_read_enabled = from_bool(child.text)
                        else:
                            f_account_type = (child.text or '')
    # Every field is read above and typed by its reader: fill the instance directly (three
    # times faster than the constructor, whose converters and defaults are for callers).
    # (object.__setattr__: past the converting __setattr__ attrs gives this class)
    obj = object.__new__(m.CreateStorageServiceInput)
    object.__setattr__(obj, "__dict__", {
        'service_name': f_service_name,
        'description': f_description,
        'label': f_label,
        'affinity_group': f_affinity_group,
        'location': f_location,
        'geo_replication_enabled': f_geo_replication_enabled,
        'extended_properties': f_extended_properties,
        'secondary_read_enabled': f_secondary_read_enabled,
        'account_type': f_account_type,
        'unknown_elements': unknown and unknown_text(unknown),
    })
    return obj


def write_CreateStorageServiceInput(obj: m.CreateStorageServiceInput, out: list[str]) -> None:
    v = obj.service_name
    if v is not None:
        out.append('<ServiceName>' + text(v) + '</ServiceName>')
    v = obj.description
    if v is not None:
        out.append('<Description>' + text(v) + '</Description>')
    v = obj.label
    if v is not None:
        out.append('<Label>' + b64(v) + '</Label>')
    v = obj.affinity_group
    if v is not None:
        out.append('<AffinityGroup>' + text(v) + '</AffinityGroup>')
    v = obj.location
    if v is not None:
        out.append('<Location>' + text(v) + '</Location>')
    v = obj.geo_replication_enabled
    if v is not None:
        out.append('<GeoReplicationEnabled>' + boolean(v) + '</GeoReplicationEnabled>')
    v = obj.extended_properties
    if v is not None:
        out.append('<ExtendedProperties>')
        for key, value in v.items():
            out.append('<ExtendedProperty><Name>' + text(key) + '</Name><Value>' + text(value) + '</Value></ExtendedProperty>')
        out.append('</ExtendedProperties>')
    v = obj.secondary_read_enabled
    if v is not None:
        out.append('<SecondaryReadEnabled>' + boolean(v) + '</SecondaryReadEnabled>')
    v = obj.account_type
    if v is not None:
        out.append('<AccountType>' + text(v) + '</AccountType>')


def read_CustomDomain(el: Element) -> m.CustomDomain:
    f_name: Any = ''
    f_use_sub_domain_name: Any = None
    unknown: list[Element] | None = None
    for child in el:
        tag = child.tag
        if tag == '{http://schemas.microsoft.com/windowsazure}Name':
            f_name = (child.text or '')
        elif tag == '{http://schemas.microsoft.com/windowsazure}UseSubDomainName':
            f_use_sub_domain_name = from_bool(child.text)
        else:
            if unknown is None:
                unknown = []
            unknown.append(child)
    # Every field is read above and typed by its reader: fill the instance directly (three
    # times faster than the constructor, whose converters and defaults are for callers).
    # (object.__setattr__: past the converting __setattr__ attrs gives this class)
    obj = object.__new__(m.CustomDomain)
    object.__setattr__(obj, "__dict__", {
        'name': f_name,
        'use_sub_domain_name': f_use_sub_domain_name,
        'unknown_elements': unknown and unknown_text(unknown),
    })
    return obj


def write_CustomDomain(obj: m.CustomDomain, out: list[str]) -> None:
    v = obj.name
    if v is not None:
        out.append('<Name>' + text(v) + '</Name>')
    v = obj.use_sub_domain_name
    if v is not None:
        out.append('<UseSubDomainName>' + boolean(v) + '</UseSubDomainName>')


def read_CustomDomains(el: Element) -> m.CustomDomains:
    return m.CustomDomains([read_CustomDomain(c) for c in el])


def write_CustomDomains(v: list[m.CustomDomain], out: list[str]) -> None:
    for item in v:
        out.append('<CustomDomain>')
        write_CustomDomain(item, out)
        out.append('</CustomDomain>')


def read_RegenerateKeys(el: Element) -> m.RegenerateKeys:
    f_key_type: Any = ''
    unknown: list[Element] | None = None
    for child in el:
        tag = child.tag
        if tag == '{http://schemas.microsoft.com/windowsazure}KeyType':
            f_key_type = (child.text or '')
        else:
            if unknown is None:
                unknown = []
            unknown.append(child)
    # Every field is read above and typed by its reader: fill the instance directly (three
    # times faster than the constructor, whose converters and defaults are for callers).
    obj = object.__new__(m.RegenerateKeys)
    obj.__dict__ = {
        'key_type': f_key_type,
        'unknown_elements': unknown and unknown_text(unknown),
    }
    return obj


def write_RegenerateKeys(obj: m.RegenerateKeys, out: list[str]) -> None:
    v = obj.key_type
    if v is not None:
        out.append('<KeyType>' + text(v) + '</KeyType>')


_TAGS_StorageAccountProperties = {
    '{http://schemas.microsoft.com/windowsazure}Description': 0,
    '{http://schemas.microsoft.com/windowsazure}AffinityGroup': 1,
    '{http://schemas.microsoft.com/windowsazure}Location': 2,
    '{http://schemas.microsoft.com/windowsazure}Label': 3,
    '{http://schemas.microsoft.com/windowsazure}Status': 4,
    '{http://schemas.microsoft.com/windowsazure}Endpoints': 5,
    '{http://schemas.microsoft.com/windowsazure}GeoReplicationEnabled': 6,
    '{http://schemas.microsoft.com/windowsazure}GeoPrimaryRegion': 7,
    '{http://schemas.microsoft.com/windowsazure}StatusOfPrimary': 8,
    '{http://schemas.microsoft.com/windowsazure}GeoSecondaryRegion': 9,
    '{http://schemas.microsoft.com/windowsazure}StatusOfSecondary': 10,
    '{http://schemas.microsoft.com/windowsazure}LastGeoFailoverTime': 11,
    '{http://schemas.microsoft.com/windowsazure}CreationTime': 12,
    '{http://schemas.microsoft.com/windowsazure}CustomDomains': 13,
    '{http://schemas.microsoft.com/windowsazure}SecondaryReadEnabled': 14,
    '{http://schemas.microsoft.com/windowsazure}SecondaryEndpoints': 15,
    '{http://schemas.microsoft.com/windowsazure}AccountType': 16,
}


def read_StorageAccountProperties(el: Element) -> m.StorageAccountProperties:
    f_description: Any = ''
    f_affinity_group: Any = ''
    f_location: Any = ''
    f_label: Any = ''
    f_status: Any = ''
    f_endpoints: Any = m.StorageEndpoints()
    f_geo_replication_enabled: Any = False
    f_geo_primary_region: Any = ''
    f_status_of_primary: Any = ''
    f_geo_secondary_region: Any = ''
    f_status_of_secondary: Any = ''
    f_last_geo_failover_time: Any = EMPTY_TIMESTAMP
    f_creation_time: Any = EMPTY_TIMESTAMP
    f_custom_domains: Any = m.CustomDomains()
    f_secondary_read_enabled: Any = None
    f_secondary_endpoints: Any = m.StorageEndpoints()
    f_account_type: Any = ''
    unknown: list[Element] | None = None
    for child in el:
        i = _TAGS_StorageAccountProperties.get(child.tag)
        if i is None:
            if unknown is None:
                unknown = []
            unknown.append(child)
        else:
            if i < 8:
                if i < 4:
                    if i < 2:
                        if i < 1:
                            f_description = (child.text or '')
                        else:
                            f_affinity_group = (child.text or '')
                    else:
                        if i < 3:
                            f_location = (child.text or '')
                        else:
                            f_label = from_b64(child.text)
                else:
                    if i < 6:
                        if i < 5:
                            f_status = (child.text or '')
                        else:
                            f_endpoints = m.StorageEndpoints([(c.text or '') for c in child])
                    else:
                        if i < 7:
                            f_geo_replication_enabled = from_bool(child.text, False)
                        else:
                            f_geo_primary_region = (child.text or '')
            else:
                if i < 12:
                    if i < 10:
                        if i < 9:
                            f_status_of_primary = (child.text or '')
                        else:
                            f_geo_secondary_region = (child.text or '')
                    else:
                        if i < 11:
                            f_status_of_secondary = (child.text or '')
                        else:
                            f_last_geo_failover_time = from_datetime(child.text, EMPTY_TIMESTAMP)
                else:
                    if i < 14:
                        if i < 13:
                            f_creation_time = from_datetime(child.text, EMPTY_TIMESTAMP)
                        else:
                            f_custom_domains = m.CustomDomains([read_CustomDomain(c) for c in child])
                    else:
                        if i < 15:
                            f_secondary_read_enabled = from_bool(child.text)
                        else:
                            if i < 16:
                                f_secondary_endpoints = m.StorageEndpoints([(c.text or '') for c in child])
                            else:
                                f_account_type = (child.text or '')
    # Every field is read above and typed by its reader: fill the instance directly (three
    # times faster than the constructor, whose converters and defaults are for callers).
    # (object.__setattr__: past the converting __setattr__ attrs gives this class)
    obj = object.__new__(m.StorageAccountProperties)
    object.__setattr__(obj, "__dict__", {
        'description': f_description,
        'affinity_group': f_affinity_group,
        'location': f_location,
        'label': f_label,
        'status': f_status,
        'endpoints': f_endpoints,
        'geo_replication_enabled': f_geo_replication_enabled,
        'geo_primary_region': f_geo_primary_region,
        'status_of_primary': f_status_of_primary,
        'geo_secondary_region': f_geo_secondary_region,
        'status_of_secondary': f_status_of_secondary,
        'last_geo_failover_time': f_last_geo_failover_time,
        'creation_time': f_creation_time,
        'custom_domains': f_custom_domains,
        'secondary_read_enabled': f_secondary_read_enabled,
        'secondary_endpoints': f_secondary_endpoints,
        'account_type': f_account_type,
        'unknown_elements': unknown and unknown_text(unknown),
    })
    return obj


def write_StorageAccountProperties(obj: m.StorageAccountProperties, out: list[str]) -> None:
    v = obj.description
    if v is not None:
        out.append('<Description>' + text(v) + '</Description>')
    v = obj.affinity_group
    if v is not None:
        out.append('<AffinityGroup>' + text(v) + '</AffinityGroup>')
    v = obj.location
    if v is not None:
        out.append('<Location>' + text(v) + '</Location>')
    v = obj.label
    if v is not None:
        out.append('<Label>' + b64(v) + '</Label>')
    v = obj.status
    if v is not None:
        out.append('<Status>' + text(v) + '</Status>')
    v = obj.endpoints
    if v is not None and (v or not getattr(v, '_prefilled', False)):
        out.append('<Endpoints>')
        for item in v:
            out.append('<Endpoint>' + text(item) + '</Endpoint>')
        out.append('</Endpoints>')
    v = obj.geo_replication_enabled
    if v is not None:
        out.append('<GeoReplicationEnabled>' + boolean(v) + '</GeoReplicationEnabled>')
    v = obj.geo_primary_region
    if v is not None:
        out.append('<GeoPrimaryRegion>' + text(v) + '</GeoPrimaryRegion>')
    v = obj.status_of_primary
    if v is not None:
        out.append('<StatusOfPrimary>' + text(v) + '</StatusOfPrimary>')
    v = obj.geo_secondary_region
    if v is not None:
        out.append('<GeoSecondaryRegion>' + text(v) + '</GeoSecondaryRegion>')
    v = obj.status_of_secondary
    if v is not None:
        out.append('<StatusOfSecondary>' + text(v) + '</StatusOfSecondary>')
    v = obj.last_geo_failover_time
    if v:
        out.append('<LastGeoFailoverTime>' + dt(v) + '</LastGeoFailoverTime>')
    v = obj.creation_time
    if v:
        out.append('<CreationTime>' + dt(v) + '</CreationTime>')
    v = obj.custom_domains
    if v is not None:
        out.append('<CustomDomains>')
        for item in v:
            out.append('<CustomDomain>')
            write_CustomDomain(item, out)
            out.append('</CustomDomain>')
        out.append('</CustomDomains>')
    v = obj.secondary_read_enabled
    if v is not None:
        out.append('<SecondaryReadEnabled>' + boolean(v) + '</SecondaryReadEnabled>')
    v = obj.secondary_endpoints
    if v is not None:
        out.append('<SecondaryEndpoints>')
        for item in v:
            out.append('<Endpoint>' + text(item) + '</Endpoint>')
        out.append('</SecondaryEndpoints>')
    v = obj.account_type
    if v is not None:
        out.append('<AccountType>' + text(v) + '</AccountType>')


def read_StorageEndpoints(el: Element) -> m.StorageEndpoints:
    return m.StorageEndpoints([(c.text or '') for c in el])


def write_StorageEndpoints(v: list[str], out: list[str]) -> None:
    for item in v:
        out.append('<Endpoint>' + text(item) + '</Endpoint>')


def read_StorageService(el: Element) -> m.StorageService:
    f_url: Any = ''
    f_service_name: Any = ''
    f_storage_service_properties: Any = None
    f_storage_service_keys: Any = None
    f_extended_properties: Any = {}
    f_capabilities: Any = m.CapabilityNames()
    unknown: list[Element] | None = None
    for child in el:
        tag = child.tag
        if tag == '{http://schemas.microsoft.com/windowsazure}Url':
            f_url = (child.text or '')
        elif tag == '{http://schemas.microsoft.com/windowsazure}ServiceName':
            f_service_name = (child.text or '')
        elif tag == '{http://schemas.microsoft.com/windowsazure}StorageServiceProperties':
            f_storage_service_properties = read_StorageAccountProperties(child)
        elif tag == '{http://schemas.microsoft.com/windowsazure}StorageServiceKeys':
            f_storage_service_keys = read_StorageServiceKeys(child)
        elif tag == '{http://schemas.microsoft.com/windowsazure}ExtendedProperties':
            f_extended_properties = {c.findtext('{http://schemas.microsoft.com/windowsazure}Name') or '': c.findtext('{http://schemas.microsoft.com/windowsazure}Value') or '' for c in child}
        elif tag == '{http://schemas.microsoft.com/windowsazure}Capabilities':
            f_capabilities = m.CapabilityNames([(c.text or '') for c in child])
        else:
            if unknown is None:
                unknown = []
            unknown.append(child)
    # Every field is read above and typed by its reader: fill the instance directly (three
    # times faster than the constructor, whose converters and defaults are for callers).
    obj = object.__new__(m.StorageService)
    obj.__dict__ = {
        'url': f_url,
        'service_name': f_service_name,
        'storage_service_properties': f_storage_service_properties,
        'storage_service_keys': f_storage_service_keys,
        'extended_properties': f_extended_properties,
        'capabilities': f_capabilities,
        'unknown_elements': unknown and unknown_text(unknown),
    }
    return obj


def write_StorageService(obj: m.StorageService, out: list[str]) -> None:
    v = obj.url
    if v is not None:
        out.append('<Url>' + text(v) + '</Url>')
    v = obj.service_name
    if v is not None:
        out.append('<ServiceName>' + text(v) + '</ServiceName>')
    v = obj.storage_service_properties
    if v is not None:
        out.append('<StorageServiceProperties>')
        write_StorageAccountProperties(v, out)
        out.append('</StorageServiceProperties>')
    v = obj.storage_service_keys
    if v is not None:
        out.append('<StorageServiceKeys>')
        write_StorageServiceKeys(v, out)
        out.append('</StorageServiceKeys>')
    v = obj.extended_properties
    if v is not None:
        out.append('<ExtendedProperties>')
        for key, value in v.items():
            out.append('<ExtendedProperty><Name>' + text(key) + '</Name><Value>' + text(value) + '</Value></ExtendedProperty>')
        out.append('</ExtendedProperties>')
    v = obj.capabilities
    if v is not None:
        out.append('<Capabilities>')
        for item in v:
            out.append('<Capability>' + text(item) + '</Capability>')
        out.append('</Capabilities>')


def read_StorageServiceKeys(el: Element) -> m.StorageServiceKeys:
    f_primary: Any = ''
    f_secondary: Any = ''
    unknown: list[Element] | None = None
    for child in el:
        tag = child.tag
        if tag == '{http://schemas.microsoft.com/windowsazure}Primary':
            f_primary = (child.text or '')
        elif tag == '{http://schemas.microsoft.com/windowsazure}Secondary':
            f_secondary = (child.text or '')
        else:
            if unknown is None:
                unknown = []
            unknown.append(child)
    # Every field is read above and typed by its reader: fill the instance directly (three
    # times faster than the constructor, whose converters and defaults are for callers).
    obj = object.__new__(m.StorageServiceKeys)
    obj.__dict__ = {
        'primary': f_primary,
        'secondary': f_secondary,
        'unknown_elements': unknown and unknown_text(unknown),
    }
    return obj


def write_StorageServiceKeys(obj: m.StorageServiceKeys, out: list[str]) -> None:
    v = obj.primary
    if v is not None:
        out.append('<Primary>' + text(v) + '</Primary>')
    v = obj.secondary
    if v is not None:
        out.append('<Secondary>' + text(v) + '</Secondary>')


def read_StorageServices(el: Element) -> m.StorageServices:
    return m.StorageServices([read_StorageService(c) for c in el])


def write_StorageServices(v: list[m.StorageService], out: list[str]) -> None:
    for item in v:
        out.append('<StorageService>')
        write_StorageService(item, out)
        out.append('</StorageService>')


def read_UpdateStorageServiceInput(el: Element) -> m.UpdateStorageServiceInput:
    f_description: Any = ''
    f_label: Any = ''
    f_geo_replication_enabled: Any = None
    f_extended_properties: Any = {}
    f_custom_domains: Any = m.CustomDomains()
    f_secondary_read_enabled: Any = None
    f_account_type: Any = ''
    unknown: list[Element] | None = None
    for child in el:
        tag = child.tag
        if tag == '{http://schemas.microsoft.com/windowsazure}Description':
            f_description = (child.text or '')
        elif tag == '{http://schemas.microsoft.com/windowsazure}Label':
            f_label = from_b64(child.text)
        elif tag == '{http://schemas.microsoft.com/windowsazure}GeoReplicationEnabled':
            f_geo_replication_enabled = from_bool(child.text)
        elif tag == '{http://schemas.microsoft.com/windowsazure}ExtendedProperties':
            f_extended_properties = {c.findtext('{http://schemas.microsoft.com/windowsazure}Name') or '': c.findtext('{http://schemas.microsoft.com/windowsazure}Value') or '' for c in child}
        elif tag == '{http://schemas.microsoft.com/windowsazure}CustomDomains':
            f_custom_domains = m.CustomDomains([read_CustomDomain(c) for c in child])
        elif tag == '{http://schemas.microsoft.com/windowsazure}SecondaryReadEnabled':
            f_secondary_read_enabled = from_bool(child.text)
        elif tag == '{http://schemas.microsoft.com/windowsazure}AccountType':
            f_account_type = (child.text or '')
        else:
            if unknown is None:
                unknown = []
            unknown.append(child)
    # Every field is read above and typed by its reader: fill the instance directly (three
    # times faster than the constructor, whose converters and defaults are for callers).
    # (object.__setattr__: past the converting __setattr__ attrs gives this class)
    obj = object.__new__(m.UpdateStorageServiceInput)
    object.__setattr__(obj, "__dict__", {
        'description': f_description,
        'label': f_label,
        'geo_replication_enabled': f_geo_replication_enabled,
        'extended_properties': f_extended_properties,
        'custom_domains': f_custom_domains,
        'secondary_read_enabled': f_secondary_read_enabled,
        'account_type': f_account_type,
        'unknown_elements': unknown and unknown_text(unknown),
    })
    return obj


def write_UpdateStorageServiceInput(obj: m.UpdateStorageServiceInput, out: list[str]) -> None:
    v = obj.description
    if v is not None:
        out.append('<Description>' + text(v) + '</Description>')
    v = obj.label
    if v is not None:
        out.append('<Label>' + b64(v) + '</Label>')
    v = obj.geo_replication_enabled
    if v is not None:
        out.append('<GeoReplicationEnabled>' + boolean(v) + '</GeoReplicationEnabled>')
    v = obj.extended_properties
    if v is not None:
        out.append('<ExtendedProperties>')
        for key, value in v.items():
            out.append('<ExtendedProperty><Name>' + text(key) + '</Name><Value>' + text(value) + '</Value></ExtendedProperty>')
        out.append('</ExtendedProperties>')
    v = obj.custom_domains
    if v is not None:
        out.append('<CustomDomains>')
        for item in v:
            out.append('<CustomDomain>')
            write_CustomDomain(item, out)
            out.append('</CustomDomain>')
        out.append('</CustomDomains>')
    v = obj.secondary_read_enabled
    if v is not None:
        out.append('<SecondaryReadEnabled>' + boolean(v) + '</SecondaryReadEnabled>')
    v = obj.account_type
    if v is not None:
        out.append('<AccountType>' + text(v) + '</AccountType>')
