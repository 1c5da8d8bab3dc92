"""XML readers and writers of the shapes of spec/schemas/website.xsd.

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
from .._xml import NO_CHILDREN


def read_CreateSiteInput(el: Element) -> m.CreateSiteInput:
    f_host_names: Any = m.HostNameList()
    f_name: Any = ''
    f_compute_mode: Any = ''
    f_server_farm: Any = ''
    f_site_mode: Any = ''
    f_web_space_to_create: Any = None
    unknown: list[Element] | None = None
    for child in el:
        tag = child.tag
        if tag == '{http://schemas.microsoft.com/windowsazure}HostNames':
            f_host_names = m.HostNameList([(c.text or '') for c in child])
        elif tag == '{http://schemas.microsoft.com/windowsazure}Name':
            f_name = (child.text or '')
        elif tag == '{http://schemas.microsoft.com/windowsazure}ComputeMode':
            f_compute_mode = (child.text or '')
        elif tag == '{http://schemas.microsoft.com/windowsazure}ServerFarm':
            f_server_farm = (child.text or '')
        elif tag == '{http://schemas.microsoft.com/windowsazure}SiteMode':
            f_site_mode = (child.text or '')
        elif tag == '{http://schemas.microsoft.com/windowsazure}WebSpaceToCreate':
            f_web_space_to_create = read_WebSpaceToCreate(child)
        else:
            if unknown is None:
                unknown = []
            unknown.append(child)
    # Every field is read above and typed by its reader: fill the instance directly (three
    # times faster than the constructor, whose converters and defaults are for callers).
    obj = object.__new__(m.CreateSiteInput)
    obj.__dict__ = {
        'host_names': f_host_names,
        'name': f_name,
        'compute_mode': f_compute_mode,
        'server_farm': f_server_farm,
        'site_mode': f_site_mode,
        'web_space_to_create': f_web_space_to_create,
        'unknown_elements': unknown and unknown_text(unknown),
    }
    return obj


def write_CreateSiteInput(obj: m.CreateSiteInput, out: list[str]) -> None:
    v = obj.host_names
    if v is not None:
        out.append('<HostNames xmlns:a="http://schemas.microsoft.com/2003/10/Serialization/Arrays">')
        for item in v:
            out.append('<a:string>' + text(item) + '</a:string>')
        out.append('</HostNames>')
    v = obj.name
    if v is not None:
        out.append('<Name>' + text(v) + '</Name>')
    v = obj.compute_mode
    if v is not None:
        out.append('<ComputeMode>' + text(v) + '</ComputeMode>')
    v = obj.server_farm
    if v is not None:
        out.append('<ServerFarm>' + text(v) + '</ServerFarm>')
    v = obj.site_mode
    if v is not None:
        out.append('<SiteMode>' + text(v) + '</SiteMode>')
    v = obj.web_space_to_create
    if v is not None:
        out.append('<WebSpaceToCreate>')
        write_WebSpaceToCreate(v, out)
        out.append('</WebSpaceToCreate>')


def read_HostNameList(el: Element) -> m.HostNameList:
    return m.HostNameList([(c.text or '') for c in el])


def write_HostNameList(v: list[str], out: list[str]) -> None:
    for item in v:
        out.append('<a:string>' + text(item) + '</a:string>')


_TAGS_HostNameSslState = {
    '{http://schemas.microsoft.com/windowsazure}HostType': 0,
    '{http://schemas.microsoft.com/windowsazure}IPBasedSslState': 1,
    '{http://schemas.microsoft.com/windowsazure}IpBasedSslResult': 2,
    '{http://schemas.microsoft.com/windowsazure}Name': 3,
    '{http://schemas.microsoft.com/windowsazure}SslState': 4,
    '{http://schemas.microsoft.com/windowsazure}Thumbprint': 5,
    '{http://schemas.microsoft.com/windowsazure}ToUpdate': 6,
    '{http://schemas.microsoft.com/windowsazure}ToUpdateIpBasedSsl': 7,
    '{http://schemas.microsoft.com/windowsazure}VirtualIP': 8,
}


def read_HostNameSslState(el: Element) -> m.HostNameSslState:
    f_host_type: Any = ''
    f_ip_based_ssl_state: Any = ''
    f_ip_based_ssl_result: Any = ''
    f_name: Any = ''
    f_ssl_state: Any = ''
    f_thumbprint: Any = ''
    f_to_update: Any = None
    f_to_update_ip_based_ssl: Any = None
    f_virtual_ip: Any = ''
    unknown: list[Element] | None = None
    for child in el:
        i = _TAGS_HostNameSslState.get(child.tag)
        if i is None:
            if unknown is None:
                unknown = []
            unknown.append(child)
        else:
            if i < 4:
                if i < 2:
                    if i < 1:
                        f_host_type = (child.text or '')
                    else:
                        f_ip_based_ssl_state = (child.text or '')
                else:
                    if i < 3:
                        f_ip_based_ssl_result = (child.text or '')
                    else:
                        f_name = (child.text or '')
            else:
                if i < 6:
                    if i < 5:
                        f_ssl_state = (child.text or '')
                    else:
                        f_thumbprint = (child.text or '')
                else:
                    if i < 7:
                        f_to_update = from_bool(child.text)
                    else:
                        if i < 8:
                            f_to_update_ip_based_ssl = from_bool(child.text)
                        else:
                            f_virtual_ip = (child.text or '')
    # Every field is read above and typed by its reader: fill the instance directly (three
    # times faster than the constructor, whose converters and defaults are for callers).
    # (object.__setattr__: past the converting __setattr__ attrs gives this class)
    obj = object.__new__(m.HostNameSslState)
    object.__setattr__(obj, "__dict__", {
        'host_type': f_host_type,
        'ip_based_ssl_state': f_ip_based_ssl_state,
        'ip_based_ssl_result': f_ip_based_ssl_result,
        'name': f_name,
        'ssl_state': f_ssl_state,
        'thumbprint': f_thumbprint,
        'to_update': f_to_update,
        'to_update_ip_based_ssl': f_to_update_ip_based_ssl,
        'virtual_ip': f_virtual_ip,
        'unknown_elements': unknown and unknown_text(unknown),
    })
    return obj


def write_HostNameSslState(obj: m.HostNameSslState, out: list[str]) -> None:
    v = obj.host_type
    if v is not None:
        out.append('<HostType>' + text(v) + '</HostType>')
    v = obj.ip_based_ssl_state
    if v is not None:
        out.append('<IPBasedSslState>' + text(v) + '</IPBasedSslState>')
    v = obj.ip_based_ssl_result
    if v is not None:
        out.append('<IpBasedSslResult>' + text(v) + '</IpBasedSslResult>')
    v = obj.name
    if v is not None:
        out.append('<Name>' + text(v) + '</Name>')
    v = obj.ssl_state
    if v is not None:
        out.append('<SslState>' + text(v) + '</SslState>')
    v = obj.thumbprint
    if v is not None:
        out.append('<Thumbprint>' + text(v) + '</Thumbprint>')
    v = obj.to_update
    if v is not None:
        out.append('<ToUpdate>' + boolean(v) + '</ToUpdate>')
    v = obj.to_update_ip_based_ssl
    if v is not None:
        out.append('<ToUpdateIpBasedSsl>' + boolean(v) + '</ToUpdateIpBasedSsl>')
    v = obj.virtual_ip
    if v is not None:
        out.append('<VirtualIP>' + text(v) + '</VirtualIP>')


def read_HostNameSslStates(el: Element) -> m.HostNameSslStates:
    return m.HostNameSslStates([read_HostNameSslState(c) for c in el])


def write_HostNameSslStates(v: list[m.HostNameSslState], out: list[str]) -> None:
    for item in v:
        out.append('<HostNameSslState>')
        write_HostNameSslState(item, out)
        out.append('</HostNameSslState>')


def read_MetricAvailabilities(el: Element) -> m.MetricAvailabilities:
    return m.MetricAvailabilities([read_MetricAvailability(c) for c in el])


def write_MetricAvailabilities(v: list[m.MetricAvailability], out: list[str]) -> None:
    for item in v:
        out.append('<MetricAvailabilily>')
        write_MetricAvailability(item, out)
        out.append('</MetricAvailabilily>')


def read_MetricAvailability(el: Element) -> m.MetricAvailability:
    f_retention: Any = ''
    f_time_grain: Any = ''
    unknown: list[Element] | None = None
    for child in el:
        tag = child.tag
        if tag == '{http://schemas.microsoft.com/windowsazure}Retention':
            f_retention = (child.text or '')
        elif tag == '{http://schemas.microsoft.com/windowsazure}TimeGrain':
            f_time_grain = (child.text or '')
        else:
            if unknown is None:
                unknown = []
            unknown.append(child)
    # Every field is read above and typed by its reader: fill the instance directly (three
    # times faster than the constructor, whose converters and defaults are for callers).
    obj = object.__new__(m.MetricAvailability)
    obj.__dict__ = {
        'retention': f_retention,
        'time_grain': f_time_grain,
        'unknown_elements': unknown and unknown_text(unknown),
    }
    return obj


def write_MetricAvailability(obj: m.MetricAvailability, out: list[str]) -> None:
    v = obj.retention
    if v is not None:
        out.append('<Retention>' + text(v) + '</Retention>')
    v = obj.time_grain
    if v is not None:
        out.append('<TimeGrain>' + text(v) + '</TimeGrain>')


def read_MetricData(el: Element) -> m.MetricData:
    f_display_name: Any = ''
    f_end_time: Any = EMPTY_TIMESTAMP
    f_name: Any = ''
    f_primary_aggregation_type: Any = ''
    f_start_time: Any = EMPTY_TIMESTAMP
    f_time_grain: Any = ''
    f_unit: Any = ''
    f_values: Any = m.MetricSamples()
    unknown: list[Element] | None = None
    for child in el:
        tag = child.tag
        if tag == '{http://schemas.microsoft.com/windowsazure}DisplayName':
            f_display_name = (child.text or '')
        elif tag == '{http://schemas.microsoft.com/windowsazure}EndTime':
            f_end_time = from_datetime(child.text, EMPTY_TIMESTAMP)
        elif tag == '{http://schemas.microsoft.com/windowsazure}Name':
            f_name = (child.text or '')
        elif tag == '{http://schemas.microsoft.com/windowsazure}PrimaryAggregationType':
            f_primary_aggregation_type = (child.text or '')
        elif tag == '{http://schemas.microsoft.com/windowsazure}StartTime':
            f_start_time = from_datetime(child.text, EMPTY_TIMESTAMP)
        elif tag == '{http://schemas.microsoft.com/windowsazure}TimeGrain':
            f_time_grain = (child.text or '')
        elif tag == '{http://schemas.microsoft.com/windowsazure}Unit':
            f_unit = (child.text or '')
        elif tag == '{http://schemas.microsoft.com/windowsazure}Values':
            f_values = m.MetricSamples([read_MetricSample(c) for c in child])
        else:
            if unknown is None:
                unknown = []
            unknown.append(child)
    # Every field is read above and typed by its reader: fill the instance directly (three
    # times faster than the constructor, whose converters and defaults are for callers).
    obj = object.__new__(m.MetricData)
    obj.__dict__ = {
        'display_name': f_display_name,
        'end_time': f_end_time,
        'name': f_name,
        'primary_aggregation_type': f_primary_aggregation_type,
        'start_time': f_start_time,
        'time_grain': f_time_grain,
        'unit': f_unit,
        'values': f_values,
        'unknown_elements': unknown and unknown_text(unknown),
    }
    return obj


def write_MetricData(obj: m.MetricData, out: list[str]) -> None:
    v = obj.display_name
    if v is not None:
        out.append('<DisplayName>' + text(v) + '</DisplayName>')
    v = obj.end_time
    if v:
        out.append('<EndTime>' + dt(v) + '</EndTime>')
    v = obj.name
    if v is not None:
        out.append('<Name>' + text(v) + '</Name>')
    v = obj.primary_aggregation_type
    if v is not None:
        out.append('<PrimaryAggregationType>' + text(v) + '</PrimaryAggregationType>')
    v = obj.start_time
    if v:
        out.append('<StartTime>' + dt(v) + '</StartTime>')
    v = obj.time_grain
    if v is not None:
        out.append('<TimeGrain>' + text(v) + '</TimeGrain>')
    v = obj.unit
    if v is not None:
        out.append('<Unit>' + text(v) + '</Unit>')
    v = obj.values
    if v is not None and (v or not getattr(v, '_prefilled', False)):
        out.append('<Values>')
        for item in v:
            out.append('<MetricSample>')
            write_MetricSample(item, out)
            out.append('</MetricSample>')
        out.append('</Values>')


def read_MetricDefinition(el: Element) -> m.MetricDefinition:
    f_display_name: Any = ''
    f_metric_availabilities: Any = m.MetricAvailabilities()
    f_name: Any = ''
    f_primary_aggregation_type: Any = ''
    f_unit: Any = ''
    unknown: list[Element] | None = None
    for child in el:
        tag = child.tag
        if tag == '{http://schemas.microsoft.com/windowsazure}DisplayName':
            f_display_name = (child.text or '')
        elif tag == '{http://schemas.microsoft.com/windowsazure}MetricAvailabilities':
            f_metric_availabilities = m.MetricAvailabilities([read_MetricAvailability(c) for c in child])
        elif tag == '{http://schemas.microsoft.com/windowsazure}Name':
            f_name = (child.text or '')
        elif tag == '{http://schemas.microsoft.com/windowsazure}PrimaryAggregationType':
            f_primary_aggregation_type = (child.text or '')
        elif tag == '{http://schemas.microsoft.com/windowsazure}Unit':
            f_unit = (child.text or '')
        else:
            if unknown is None:
                unknown = []
            unknown.append(child)
    # Every field is read above and typed by its reader: fill the instance directly (three
    # times faster than the constructor, whose converters and defaults are for callers).
    obj = object.__new__(m.MetricDefinition)
    obj.__dict__ = {
        'display_name': f_display_name,
        'metric_availabilities': f_metric_availabilities,
        'name': f_name,
        'primary_aggregation_type': f_primary_aggregation_type,
        'unit': f_unit,
        'unknown_elements': unknown and unknown_text(unknown),
    }
    return obj


def write_MetricDefinition(obj: m.MetricDefinition, out: list[str]) -> None:
    v = obj.display_name
    if v is not None:
        out.append('<DisplayName>' + text(v) + '</DisplayName>')
    v = obj.metric_availabilities
    if v is not None and (v or not getattr(v, '_prefilled', False)):
        out.append('<MetricAvailabilities>')
        for item in v:
            out.append('<MetricAvailabilily>')
            write_MetricAvailability(item, out)
            out.append('</MetricAvailabilily>')
        out.append('</MetricAvailabilities>')
    v = obj.name
    if v is not None:
        out.append('<Name>' + text(v) + '</Name>')
    v = obj.primary_aggregation_type
    if v is not None:
        out.append('<PrimaryAggregationType>' + text(v) + '</PrimaryAggregationType>')
    v = obj.unit
    if v is not None:
        out.append('<Unit>' + text(v) + '</Unit>')


def read_MetricDefinitions(el: Element) -> m.MetricDefinitions:
    return m.MetricDefinitions([read_MetricDefinition(c) for c in el])


def write_MetricDefinitions(v: list[m.MetricDefinition], out: list[str]) -> None:
    for item in v:
        out.append('<MetricDefinition>')
        write_MetricDefinition(item, out)
        out.append('</MetricDefinition>')


def read_MetricResponse(el: Element) -> m.MetricResponse:
    f_code: Any = ''
    f_data: Any = None
    f_message: Any = ''
    unknown: list[Element] | None = None
    for child in el:
        tag = child.tag
        if tag == '{http://schemas.microsoft.com/windowsazure}Code':
            f_code = (child.text or '')
        elif tag == '{http://schemas.microsoft.com/windowsazure}Data':
            f_data = read_MetricData(child)
        elif tag == '{http://schemas.microsoft.com/windowsazure}Message':
            f_message = (child.text or '')
        else:
            if unknown is None:
                unknown = []
            unknown.append(child)
    if f_data is None:  # absent: an empty instance, as the predecessor's fresh one
        f_data = read_MetricData(NO_CHILDREN)
    # Every field is read above and typed by its reader: fill the instance directly (three
    # times faster than the constructor, whose converters and defaults are for callers).
    obj = object.__new__(m.MetricResponse)
    obj.__dict__ = {
        'code': f_code,
        'data': f_data,
        'message': f_message,
        'unknown_elements': unknown and unknown_text(unknown),
    }
    return obj


def write_MetricResponse(obj: m.MetricResponse, out: list[str]) -> None:
    v = obj.code
    if v is not None:
        out.append('<Code>' + text(v) + '</Code>')
    v = obj.data
    if v is not None and not empty_MetricData(v):
        out.append('<Data>')
        write_MetricData(v, out)
        out.append('</Data>')
    v = obj.message
    if v is not None:
        out.append('<Message>' + text(v) + '</Message>')


def read_MetricResponses(el: Element) -> m.MetricResponses:
    return m.MetricResponses([read_MetricResponse(c) for c in el])


def write_MetricResponses(v: list[m.MetricResponse], out: list[str]) -> None:
    for item in v:
        out.append('<MetricResponse>')
        write_MetricResponse(item, out)
        out.append('</MetricResponse>')


def read_MetricSample(el: Element) -> m.MetricSample:
    f_count: Any = 0
    f_maximum: Any = None
    f_minimum: Any = None
    f_time_created: Any = EMPTY_TIMESTAMP
    f_total: Any = 0.0
    unknown: list[Element] | None = None
    for child in el:
        tag = child.tag
        if tag == '{http://schemas.microsoft.com/windowsazure}Count':
            f_count = from_int(child.text, 0)
        elif tag == '{http://schemas.microsoft.com/windowsazure}Maximum':
            f_maximum = from_float(child.text)
        elif tag == '{http://schemas.microsoft.com/windowsazure}Minimum':
            f_minimum = from_float(child.text)
        elif tag == '{http://schemas.microsoft.com/windowsazure}TimeCreated':
            f_time_created = from_datetime(child.text, EMPTY_TIMESTAMP)
        elif tag == '{http://schemas.microsoft.com/windowsazure}Total':
            f_total = from_float(child.text, 0.0)
        else:
            if unknown is None:
                unknown = []
            unknown.append(child)
    # Every field is read above and typed by its reader: fill the instance directly (three
    # times faster than the constructor, whose converters and defaults are for callers).
    # (object.__setattr__: past the converting __setattr__ attrs gives this class)
    obj = object.__new__(m.MetricSample)
    object.__setattr__(obj, "__dict__", {
        'count': f_count,
        'maximum': f_maximum,
        'minimum': f_minimum,
        'time_created': f_time_created,
        'total': f_total,
        'unknown_elements': unknown and unknown_text(unknown),
    })
    return obj


def write_MetricSample(obj: m.MetricSample, out: list[str]) -> None:
    v = obj.count
    if v is not None:
        out.append('<Count>' + number(v) + '</Count>')
    v = obj.maximum
    if v is not None:
        out.append('<Maximum>' + number(v) + '</Maximum>')
    v = obj.minimum
    if v is not None:
        out.append('<Minimum>' + number(v) + '</Minimum>')
    v = obj.time_created
    if v:
        out.append('<TimeCreated>' + dt(v) + '</TimeCreated>')
    v = obj.total
    if v is not None:
        out.append('<Total>' + number(v) + '</Total>')


def read_MetricSamples(el: Element) -> m.MetricSamples:
    return m.MetricSamples([read_MetricSample(c) for c in el])


def write_MetricSamples(v: list[m.MetricSample], out: list[str]) -> None:
    for item in v:
        out.append('<MetricSample>')
        write_MetricSample(item, out)
        out.append('</MetricSample>')


def read_NameValuePair(el: Element) -> m.NameValuePair:
    f_name: Any = ''
    f_value: Any = ''
    unknown: list[Element] | None = None
    for child in el:
        tag = child.tag
        if tag == '{http://schemas.microsoft.com/windowsazure}Name':
            f_name = (child.text or '')
        elif tag == '{http://schemas.microsoft.com/windowsazure}Value':
            f_value = (child.text or '')
        else:
            if unknown is None:
                unknown = []
            unknown.append(child)
    # Every field is read above and typed by its reader: fill the instance directly (three
    # times faster than the constructor, whose converters and defaults are for callers).
    obj = object.__new__(m.NameValuePair)
    obj.__dict__ = {
        'name': f_name,
        'value': f_value,
        'unknown_elements': unknown and unknown_text(unknown),
    }
    return obj


def write_NameValuePair(obj: m.NameValuePair, out: list[str]) -> None:
    v = obj.name
    if v is not None:
        out.append('<Name>' + text(v) + '</Name>')
    v = obj.value
    if v is not None:
        out.append('<Value>' + text(v) + '</Value>')


def read_NameValuePairs(el: Element) -> dict[str, str]:
    return {c.findtext('{http://schemas.microsoft.com/windowsazure}Name') or '': c.findtext('{http://schemas.microsoft.com/windowsazure}Value') or '' for c in el}


def write_NameValuePairs(v: dict[str, str], out: list[str]) -> None:
    for key, value in v.items():
        out.append('<NameValuePair><Name>' + text(key) + '</Name><Value>' + text(value) + '</Value></NameValuePair>')


_TAGS_Site = {
    '{http://schemas.microsoft.com/windowsazure}AdminEnabled': 0,
    '{http://schemas.microsoft.com/windowsazure}AvailabilityState': 1,
    '{http://schemas.microsoft.com/windowsazure}Cers': 2,
    '{http://schemas.microsoft.com/windowsazure}ClientAffinityEnabled': 3,
    '{http://schemas.microsoft.com/windowsazure}ClientCertEnabled': 4,
    '{http://schemas.microsoft.com/windowsazure}CloningInfo': 5,
    '{http://schemas.microsoft.com/windowsazure}ComputeMode': 6,
    '{http://schemas.microsoft.com/windowsazure}ContentAvailabilityState': 7,
    '{http://schemas.microsoft.com/windowsazure}Csrs': 8,
    '{http://schemas.microsoft.com/windowsazure}DeploymentId': 9,
    '{http://schemas.microsoft.com/windowsazure}Enabled': 10,
    '{http://schemas.microsoft.com/windowsazure}EnabledHostNames': 11,
    '{http://schemas.microsoft.com/windowsazure}GatewaySiteName': 12,
    '{http://schemas.microsoft.com/windowsazure}HostNameSslStates': 13,
    '{http://schemas.microsoft.com/windowsazure}HostNames': 14,
    '{http://schemas.microsoft.com/windowsazure}HostingEnvironment': 15,
    '{http://schemas.microsoft.com/windowsazure}HostingEnvironmentId': 16,
    '{http://schemas.microsoft.com/windowsazure}Kind': 17,
    '{http://schemas.microsoft.com/windowsazure}LastModifiedTimeUtc': 18,
    '{http://schemas.microsoft.com/windowsazure}MicroService': 19,
    '{http://schemas.microsoft.com/windowsazure}Name': 20,
    '{http://schemas.microsoft.com/windowsazure}OutboundIpAddresses': 21,
    '{http://schemas.microsoft.com/windowsazure}Owner': 22,
    '{http://schemas.microsoft.com/windowsazure}PremiumAppDeployed': 23,
    '{http://schemas.microsoft.com/windowsazure}RepositorySiteName': 24,
    '{http://schemas.microsoft.com/windowsazure}RuntimeAvailabilityState': 25,
    '{http://schemas.microsoft.com/windowsazure}SKU': 26,
    '{http://schemas.microsoft.com/windowsazure}SSLCertificates': 27,
    '{http://schemas.microsoft.com/windowsazure}ScmSiteAlsoStopped': 28,
    '{http://schemas.microsoft.com/windowsazure}SelfLink': 29,
    '{http://schemas.microsoft.com/windowsazure}ServerFarm': 30,
    '{http://schemas.microsoft.com/windowsazure}ServerFarmId': 31,
    '{http://schemas.microsoft.com/windowsazure}SiteConfig': 32,
    '{http://schemas.microsoft.com/windowsazure}SiteMode': 33,
    '{http://schemas.microsoft.com/windowsazure}SiteProperties': 34,
    '{http://schemas.microsoft.com/windowsazure}State': 35,
    '{http://schemas.microsoft.com/windowsazure}StorageRecoveryDefaultState': 36,
    '{http://schemas.microsoft.com/windowsazure}TargetSwapSlot': 37,
    '{http://schemas.microsoft.com/windowsazure}TrafficManagerHostNames': 38,
    '{http://schemas.microsoft.com/windowsazure}UsageState': 39,
    '{http://schemas.microsoft.com/windowsazure}WebSpace': 40,
}


def read_Site(el: Element) -> m.Site:
    f_admin_enabled: Any = False
    f_availability_state: Any = ''
    f_cers: Any = ''
    f_client_affinity_enabled: Any = None
    f_client_cert_enabled: Any = None
    f_cloning_info: Any = ''
    f_compute_mode: Any = ''
    f_content_availability_state: Any = ''
    f_csrs: Any = ''
    f_deployment_id: Any = ''
    f_enabled: Any = False
    f_enabled_host_names: Any = m.HostNameList()
    f_gateway_site_name: Any = ''
    f_host_name_ssl_states: Any = m.HostNameSslStates()
    f_host_names: Any = m.HostNameList()
    f_hosting_environment: Any = ''
    f_hosting_environment_id: Any = ''
    f_kind: Any = ''
    f_last_modified_time_utc: Any = EMPTY_TIMESTAMP
    f_micro_service: Any = ''
    f_name: Any = ''
    f_outbound_ip_addresses: Any = ''
    f_owner: Any = ''
    f_premium_app_deployed: Any = None
    f_repository_site_name: Any = ''
    f_runtime_availability_state: Any = ''
    f_sku: Any = ''
    f_ssl_certificates: Any = ''
    f_scm_site_also_stopped: Any = None
    f_self_link: Any = ''
    f_server_farm: Any = ''
    f_server_farm_id: Any = ''
    f_site_config: Any = ''
    f_site_mode: Any = ''
    f_site_properties: Any = None
    f_state: Any = ''
    f_storage_recovery_default_state: Any = ''
    f_target_swap_slot: Any = ''
    f_traffic_manager_host_names: Any = m.HostNameList()
    f_usage_state: Any = ''
    f_web_space: Any = ''
    unknown: list[Element] | None = None
    for child in el:
        i = _TAGS_Site.get(child.tag)
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
                                f_admin_enabled = from_bool(child.text, False)
                            else:
                                f_availability_state = (child.text or '')
                        else:
                            if i < 3:
                                f_cers = (child.text or '')
                            else:
                                if i < 4:
                                    f_client_affinity_enabled = from_bool(child.text)
                                else:
                                    f_client_cert_enabled = from_bool(child.text)
                    else:
                        if i < 7:
                            if i < 6:
                                f_cloning_info = (child.text or '')
                            else:
                                f_compute_mode = (child.text or '')
                        else:
                            if i < 8:
                                f_content_availability_state = (child.text or '')
                            else:
                                if i < 9:
                                    f_csrs = (child.text or '')
                                else:
                                    f_deployment_id = (child.text or '')
                else:
                    if i < 15:
                        if i < 12:
                            if i < 11:
                                f_enabled = from_bool(child.text, False)
                            else:
                                f_enabled_host_names = m.HostNameList([(c.text or '') for c in child])
                        else:
                            if i < 13:
                                f_gateway_site_name = (child.text or '')
                            else:
                                if i < 14:
                                    f_host_name_ssl_states = m.HostNameSslStates([read_HostNameSslState(c) for c in child])
                                else:
                                    f_host_names = m.HostNameList([(c.text or '') for c in child])
                    else:
                        if i < 17:
                            if i < 16:
                                f_hosting_environment = (child.text or '')
                            else:
                                f_hosting_environment_id = (child.text or '')
                        else:
                            if i < 18:
                                f_kind = (child.text or '')
                            else:
                                if i < 19:
                                    f_last_modified_time_utc = from_datetime(child.text, EMPTY_TIMESTAMP)
                                else:
                                    f_micro_service = (child.text or '')
            else:
                if i < 30:
                    if i < 25:
                        if i < 22:
                            if i < 21:
                                f_name = (child.text or '')
                            else:
                                f_outbound_ip_addresses = (child.text or '')
                        else:
                            if i < 23:
                                f_owner = (child.text or '')
                            else:
                                if i < 24:
                                    f_premium_app_deployed = from_bool(child.text)
                                else:
                                    f_repository_site_name = (child.text or '')
                    else:
                        if i < 27:
                            if i < 26:
                                f_runtime_availability_state = (child.text or '')
                            else:
                                f_sku = (child.text or '')
                        else:
                            if i < 28:
                                f_ssl_certificates = (child.text or '')
                            else:
                                if i < 29:
                                    f_scm_site_also_stopped = from_bool(child.text)
                                else:
                                    f_self_link = (child.text or '')
                else:
                    if i < 35:
                        if i < 32:
                            if i < 31:
                                f_server_farm = (child.text or '')
                            else:
                                f_server_farm_id = (child.text or '')
                        else:
                            if i < 33:
                                f_site_config = (child.text or '')
                            else:
                                if i < 34:
                                    f_site_mode = (child.text or '')
                                else:
                                    f_site_properties = read_SiteProperties(child)
                    else:
                        if i < 38:
                            if i < 36:
                                f_state = (child.text or '')
                            else:
                                if i < 37:
                                    f_storage_recovery_default_state = (child.text or '')
                                else:
                                    f_target_swap_slot = (child.text or '')
                        else:
                            if i < 39:
                                f_traffic_manager_host_names = m.HostNameList([(c.text or '') for c in child])
                            else:
                                if i < 40:
                                    f_usage_state = (child.text or '')
                                else:
                                    f_web_space = (child.text or '')
    # Every field is read above and typed by its reader: fill the instance directly (three
    # times faster than the constructor, whose converters and defaults are for callers).
    # (object.__setattr__: past the converting __setattr__ attrs gives this class)
    obj = object.__new__(m.Site)
    object.__setattr__(obj, "__dict__", {
        'admin_enabled': f_admin_enabled,
        'availability_state': f_availability_state,
        'cers': f_cers,
        'client_affinity_enabled': f_client_affinity_enabled,
        'client_cert_enabled': f_client_cert_enabled,
        'cloning_info': f_cloning_info,
        'compute_mode': f_compute_mode,
        'content_availability_state': f_content_availability_state,
        'csrs': f_csrs,
        'deployment_id': f_deployment_id,
        'enabled': f_enabled,
        'enabled_host_names': f_enabled_host_names,
        'gateway_site_name': f_gateway_site_name,
        'host_name_ssl_states': f_host_name_ssl_states,
        'host_names': f_host_names,
        'hosting_environment': f_hosting_environment,
        'hosting_environment_id': f_hosting_environment_id,
        'kind': f_kind,
        'last_modified_time_utc': f_last_modified_time_utc,
        'micro_service': f_micro_service,
        'name': f_name,
        'outbound_ip_addresses': f_outbound_ip_addresses,
        'owner': f_owner,
        'premium_app_deployed': f_premium_app_deployed,
        'repository_site_name': f_repository_site_name,
        'runtime_availability_state': f_runtime_availability_state,
        'sku': f_sku,
        'ssl_certificates': f_ssl_certificates,
        'scm_site_also_stopped': f_scm_site_also_stopped,
        'self_link': f_self_link,
        'server_farm': f_server_farm,
        'server_farm_id': f_server_farm_id,
        'site_config': f_site_config,
        'site_mode': f_site_mode,
        'site_properties': f_site_properties,
        'state': f_state,
        'storage_recovery_default_state': f_storage_recovery_default_state,
        'target_swap_slot': f_target_swap_slot,
        'traffic_manager_host_names': f_traffic_manager_host_names,
        'usage_state': f_usage_state,
        'web_space': f_web_space,
        'unknown_elements': unknown and unknown_text(unknown),
    })
    return obj


def write_Site(obj: m.Site, out: list[str]) -> None:
    v = obj.admin_enabled
    if v is not None:
        out.append('<AdminEnabled>' + boolean(v) + '</AdminEnabled>')
    v = obj.availability_state
    if v is not None:
        out.append('<AvailabilityState>' + text(v) + '</AvailabilityState>')
    v = obj.cers
    if v is not None:
        out.append('<Cers>' + text(v) + '</Cers>')
    v = obj.client_affinity_enabled
    if v is not None:
        out.append('<ClientAffinityEnabled>' + boolean(v) + '</ClientAffinityEnabled>')
    v = obj.client_cert_enabled
    if v is not None:
        out.append('<ClientCertEnabled>' + boolean(v) + '</ClientCertEnabled>')
    v = obj.cloning_info
    if v is not None:
        out.append('<CloningInfo>' + text(v) + '</CloningInfo>')
    v = obj.compute_mode
    if v is not None:
        out.append('<ComputeMode>' + text(v) + '</ComputeMode>')
    v = obj.content_availability_state
    if v is not None:
        out.append('<ContentAvailabilityState>' + text(v) + '</ContentAvailabilityState>')
    v = obj.csrs
    if v is not None:
        out.append('<Csrs>' + text(v) + '</Csrs>')
    v = obj.deployment_id
    if v is not None:
        out.append('<DeploymentId>' + text(v) + '</DeploymentId>')
    v = obj.enabled
    if v is not None:
        out.append('<Enabled>' + boolean(v) + '</Enabled>')
    v = obj.enabled_host_names
    if v is not None and (v or not getattr(v, '_prefilled', False)):
        out.append('<EnabledHostNames xmlns:a="http://schemas.microsoft.com/2003/10/Serialization/Arrays">')
        for item in v:
            out.append('<a:string>' + text(item) + '</a:string>')
        out.append('</EnabledHostNames>')
    v = obj.gateway_site_name
    if v is not None:
        out.append('<GatewaySiteName>' + text(v) + '</GatewaySiteName>')
    v = obj.host_name_ssl_states
    if v is not None and (v or not getattr(v, '_prefilled', False)):
        out.append('<HostNameSslStates>')
        for item in v:
            out.append('<HostNameSslState>')
            write_HostNameSslState(item, out)
            out.append('</HostNameSslState>')
        out.append('</HostNameSslStates>')
    v = obj.host_names
    if v is not None and (v or not getattr(v, '_prefilled', False)):
        out.append('<HostNames xmlns:a="http://schemas.microsoft.com/2003/10/Serialization/Arrays">')
        for item in v:
            out.append('<a:string>' + text(item) + '</a:string>')
        out.append('</HostNames>')
    v = obj.hosting_environment
    if v is not None:
        out.append('<HostingEnvironment>' + text(v) + '</HostingEnvironment>')
    v = obj.hosting_environment_id
    if v is not None:
        out.append('<HostingEnvironmentId>' + text(v) + '</HostingEnvironmentId>')
    v = obj.kind
    if v is not None:
        out.append('<Kind>' + text(v) + '</Kind>')
    v = obj.last_modified_time_utc
    if v:
        out.append('<LastModifiedTimeUtc>' + dt(v) + '</LastModifiedTimeUtc>')
    v = obj.micro_service
    if v is not None:
        out.append('<MicroService>' + text(v) + '</MicroService>')
    v = obj.name
    if v is not None:
        out.append('<Name>' + text(v) + '</Name>')
    v = obj.outbound_ip_addresses
    if v is not None:
        out.append('<OutboundIpAddresses>' + text(v) + '</OutboundIpAddresses>')
    v = obj.owner
    if v is not None:
        out.append('<Owner>' + text(v) + '</Owner>')
    v = obj.premium_app_deployed
    if v is not None:
        out.append('<PremiumAppDeployed>' + boolean(v) + '</PremiumAppDeployed>')
    v = obj.repository_site_name
    if v is not None:
        out.append('<RepositorySiteName>' + text(v) + '</RepositorySiteName>')
    v = obj.runtime_availability_state
    if v is not None:
        out.append('<RuntimeAvailabilityState>' + text(v) + '</RuntimeAvailabilityState>')
    v = obj.sku
    if v is not None:
        out.append('<SKU>' + text(v) + '</SKU>')
    v = obj.ssl_certificates
    if v is not None:
        out.append('<SSLCertificates>' + text(v) + '</SSLCertificates>')
    v = obj.scm_site_also_stopped
    if v is not None:
        out.append('<ScmSiteAlsoStopped>' + boolean(v) + '</ScmSiteAlsoStopped>')
    v = obj.self_link
    if v is not None:
        out.append('<SelfLink>' + text(v) + '</SelfLink>')
    v = obj.server_farm
    if v is not None:
        out.append('<ServerFarm>' + text(v) + '</ServerFarm>')
    v = obj.server_farm_id
    if v is not None:
        out.append('<ServerFarmId>' + text(v) + '</ServerFarmId>')
    v = obj.site_config
    if v is not None:
        out.append('<SiteConfig>' + text(v) + '</SiteConfig>')
    v = obj.site_mode
    if v is not None:
        out.append('<SiteMode>' + text(v) + '</SiteMode>')
    v = obj.site_properties
    if v is not None:
        out.append('<SiteProperties>')
        write_SiteProperties(v, out)
        out.append('</SiteProperties>')
    v = obj.state
    if v is not None:
        out.append('<State>' + text(v) + '</State>')
    v = obj.storage_recovery_default_state
    if v is not None:
        out.append('<StorageRecoveryDefaultState>' + text(v) + '</StorageRecoveryDefaultState>')
    v = obj.target_swap_slot
    if v is not None:
        out.append('<TargetSwapSlot>' + text(v) + '</TargetSwapSlot>')
    v = obj.traffic_manager_host_names
    if v is not None:
        out.append('<TrafficManagerHostNames xmlns:a="http://schemas.microsoft.com/2003/10/Serialization/Arrays">')
        for item in v:
            out.append('<a:string>' + text(item) + '</a:string>')
        out.append('</TrafficManagerHostNames>')
    v = obj.usage_state
    if v is not None:
        out.append('<UsageState>' + text(v) + '</UsageState>')
    v = obj.web_space
    if v is not None:
        out.append('<WebSpace>' + text(v) + '</WebSpace>')


def read_SiteProperties(el: Element) -> m.SiteProperties:
    f_app_settings: Any = {}
    f_metadata: Any = {}
    f_properties: Any = {}
    unknown: list[Element] | None = None
    for child in el:
        tag = child.tag
        if tag == '{http://schemas.microsoft.com/windowsazure}AppSettings':
            f_app_settings = {c.findtext('{http://schemas.microsoft.com/windowsazure}Name') or '': c.findtext('{http://schemas.microsoft.com/windowsazure}Value') or '' for c in child}
        elif tag == '{http://schemas.microsoft.com/windowsazure}Metadata':
            f_metadata = {c.findtext('{http://schemas.microsoft.com/windowsazure}Name') or '': c.findtext('{http://schemas.microsoft.com/windowsazure}Value') or '' for c in child}
        elif tag == '{http://schemas.microsoft.com/windowsazure}Properties':
            f_properties = {c.findtext('{http://schemas.microsoft.com/windowsazure}Name') or '': c.findtext('{http://schemas.microsoft.com/windowsazure}Value') or '' for c in child}
        else:
            if unknown is None:
                unknown = []
            unknown.append(child)
    # Every field is read above and typed by its reader: fill the instance directly (three
    # times faster than the constructor, whose converters and defaults are for callers).
    obj = object.__new__(m.SiteProperties)
    obj.__dict__ = {
        'app_settings': f_app_settings,
        'metadata': f_metadata,
        'properties': f_properties,
        'unknown_elements': unknown and unknown_text(unknown),
    }
    return obj


def write_SiteProperties(obj: m.SiteProperties, out: list[str]) -> None:
    v = obj.app_settings
    if v is not None:
        out.append('<AppSettings>')
        for key, value in v.items():
            out.append('<NameValuePair><Name>' + text(key) + '</Name><Value>' + text(value) + '</Value></NameValuePair>')
        out.append('</AppSettings>')
    v = obj.metadata
    if v is not None:
        out.append('<Metadata>')
        for key, value in v.items():
            out.append('<NameValuePair><Name>' + text(key) + '</Name><Value>' + text(value) + '</Value></NameValuePair>')
        out.append('</Metadata>')
    v = obj.properties
    if v is not None:
        out.append('<Properties>')
        for key, value in v.items():
            out.append('<NameValuePair><Name>' + text(key) + '</Name><Value>' + text(value) + '</Value></NameValuePair>')
        out.append('</Properties>')


def read_Sites(el: Element) -> m.Sites:
    return m.Sites([read_Site(c) for c in el])


def write_Sites(v: list[m.Site], out: list[str]) -> None:
    for item in v:
        out.append('<Site>')
        write_Site(item, out)
        out.append('</Site>')


def read_UpdateSiteInput(el: Element) -> m.UpdateSiteInput:
    f_state: Any = ''
    unknown: list[Element] | None = None
    for child in el:
        tag = child.tag
        if tag == '{http://schemas.microsoft.com/windowsazure}State':
            f_state = (child.text or '')
        else:
            if unknown is None:
                unknown = []
            unknown.append(child)
    # Every field is read above and typed by its reader: fill the instance directly (three
    # times faster than the constructor, whose converters and defaults are for callers).
    obj = object.__new__(m.UpdateSiteInput)
    obj.__dict__ = {
        'state': f_state,
        'unknown_elements': unknown and unknown_text(unknown),
    }
    return obj


def write_UpdateSiteInput(obj: m.UpdateSiteInput, out: list[str]) -> None:
    v = obj.state
    if v is not None:
        out.append('<State>' + text(v) + '</State>')


_TAGS_WebSpace = {
    '{http://schemas.microsoft.com/windowsazure}AvailabilityState': 0,
    '{http://schemas.microsoft.com/windowsazure}ComputeMode': 1,
    '{http://schemas.microsoft.com/windowsazure}CurrentNumberOfWorkers': 2,
    '{http://schemas.microsoft.com/windowsazure}CurrentWorkerSize': 3,
    '{http://schemas.microsoft.com/windowsazure}GeoLocation': 4,
    '{http://schemas.microsoft.com/windowsazure}GeoRegion': 5,
    '{http://schemas.microsoft.com/windowsazure}HostingEnvironment': 6,
    '{http://schemas.microsoft.com/windowsazure}Name': 7,
    '{http://schemas.microsoft.com/windowsazure}NumberOfWorkers': 8,
    '{http://schemas.microsoft.com/windowsazure}Plan': 9,
    '{http://schemas.microsoft.com/windowsazure}Status': 10,
    '{http://schemas.microsoft.com/windowsazure}Subscription': 11,
    '{http://schemas.microsoft.com/windowsazure}WorkerSize': 12,
}


def read_WebSpace(el: Element) -> m.WebSpace:
    f_availability_state: Any = ''
    f_compute_mode: Any = ''
    f_current_number_of_workers: Any = None
    f_current_worker_size: Any = ''
    f_geo_location: Any = ''
    f_geo_region: Any = ''
    f_hosting_environment: Any = ''
    f_name: Any = ''
    f_number_of_workers: Any = None
    f_plan: Any = ''
    f_status: Any = ''
    f_subscription: Any = ''
    f_worker_size: Any = ''
    unknown: list[Element] | None = None
    for child in el:
        i = _TAGS_WebSpace.get(child.tag)
        if i is None:
            if unknown is None:
                unknown = []
            unknown.append(child)
        else:
            if i < 6:
                if i < 3:
                    if i < 1:
                        f_availability_state = (child.text or '')
                    else:
                        if i < 2:
                            f_compute_mode = (child.text or '')
                        else:
                            f_current_number_of_workers = from_int(child.text)
                else:
                    if i < 4:
                        f_current_worker_size = (child.text or '')
                    else:
                        if i < 5:
                            f_geo_location = (child.text or '')
                        else:
                            f_geo_region = (child.text or '')
            else:
                if i < 9:
                    if i < 7:
                        f_hosting_environment = (child.text or '')
                    else:
                        if i < 8:
                            f_name = (child.text or '')
                        else:
                            f_number_of_workers = from_int(child.text)
                else:
                    if i < 11:
                        if i < 10:
                            f_plan = (child.text or '')
                        else:
                            f_status = (child.text or '')
                    else:
                        if i < 12:
                            f_subscription = (child.text or '')
                        else:
                            f_worker_size = (child.text or '')
    # Every field is read above and typed by its reader: fill the instance directly (three
    # times faster than the constructor, whose converters and defaults are for callers).
    # (object.__setattr__: past the converting __setattr__ attrs gives this class)
    obj = object.__new__(m.WebSpace)
    object.__setattr__(obj, "__dict__", {
        'availability_state': f_availability_state,
        'compute_mode': f_compute_mode,
        'current_number_of_workers': f_current_number_of_workers,
        'current_worker_size': f_current_worker_size,
        'geo_location': f_geo_location,
        'geo_region': f_geo_region,
        'hosting_environment': f_hosting_environment,
        'name': f_name,
        'number_of_workers': f_number_of_workers,
        'plan': f_plan,
        'status': f_status,
        'subscription': f_subscription,
        'worker_size': f_worker_size,
        'unknown_elements': unknown and unknown_text(unknown),
    })
    return obj


def write_WebSpace(obj: m.WebSpace, out: list[str]) -> None:
    v = obj.availability_state
    if v is not None:
        out.append('<AvailabilityState>' + text(v) + '</AvailabilityState>')
    v = obj.compute_mode
    if v is not None:
        out.append('<ComputeMode>' + text(v) + '</ComputeMode>')
    v = obj.current_number_of_workers
    if v is not None:
        out.append('<CurrentNumberOfWorkers>' + number(v) + '</CurrentNumberOfWorkers>')
    v = obj.current_worker_size
    if v is not None:
        out.append('<CurrentWorkerSize>' + text(v) + '</CurrentWorkerSize>')
    v = obj.geo_location
    if v is not None:
        out.append('<GeoLocation>' + text(v) + '</GeoLocation>')
    v = obj.geo_region
    if v is not None:
        out.append('<GeoRegion>' + text(v) + '</GeoRegion>')
    v = obj.hosting_environment
    if v is not None:
        out.append('<HostingEnvironment>' + text(v) + '</HostingEnvironment>')
    v = obj.name
    if v is not None:
        out.append('<Name>' + text(v) + '</Name>')
    v = obj.number_of_workers
    if v is not None:
        out.append('<NumberOfWorkers>' + number(v) + '</NumberOfWorkers>')
    v = obj.plan
    if v is not None:
        out.append('<Plan>' + text(v) + '</Plan>')
    v = obj.status
    if v is not None:
        out.append('<Status>' + text(v) + '</Status>')
    v = obj.subscription
    if v is not None:
        out.append('<Subscription>' + text(v) + '</Subscription>')
    v = obj.worker_size
    if v is not None:
        out.append('<WorkerSize>' + text(v) + '</WorkerSize>')


def read_WebSpaceToCreate(el: Element) -> m.WebSpaceToCreate:
    f_geo_region: Any = ''
    f_name: Any = ''
    f_plan: Any = ''
    unknown: list[Element] | None = None
    for child in el:
        tag = child.tag
        if tag == '{http://schemas.microsoft.com/windowsazure}GeoRegion':
            f_geo_region = (child.text or '')
        elif tag == '{http://schemas.microsoft.com/windowsazure}Name':
            f_name = (child.text or '')
        elif tag == '{http://schemas.microsoft.com/windowsazure}Plan':
            f_plan = (child.text or '')
        else:
            if unknown is None:
                unknown = []
            unknown.append(child)
    # Every field is read above and typed by its reader: fill the instance directly (three
    # times faster than the constructor, whose converters and defaults are for callers).
    obj = object.__new__(m.WebSpaceToCreate)
    obj.__dict__ = {
        'geo_region': f_geo_region,
        'name': f_name,
        'plan': f_plan,
        'unknown_elements': unknown and unknown_text(unknown),
    }
    return obj


def write_WebSpaceToCreate(obj: m.WebSpaceToCreate, out: list[str]) -> None:
    v = obj.geo_region
    if v is not None:
        out.append('<GeoRegion>' + text(v) + '</GeoRegion>')
    v = obj.name
    if v is not None:
        out.append('<Name>' + text(v) + '</Name>')
    v = obj.plan
    if v is not None:
        out.append('<Plan>' + text(v) + '</Plan>')


def read_WebSpaces(el: Element) -> m.WebSpaces:
    return m.WebSpaces([read_WebSpace(c) for c in el])


def write_WebSpaces(v: list[m.WebSpace], out: list[str]) -> None:
    for item in v:
        out.append('<WebSpace>')
        write_WebSpace(item, out)
        out.append('</WebSpace>')


def empty_MetricData(v: m.MetricData) -> bool:
    """True when nothing in `v` would be sent: an untouched pre-filled default, or what an
    absent element read as."""
    return (not v.display_name
            and not v.end_time
            and not v.name
            and not v.primary_aggregation_type
            and not v.start_time
            and not v.time_grain
            and not v.unit
            and not v.values
            and not v.unknown_elements)
