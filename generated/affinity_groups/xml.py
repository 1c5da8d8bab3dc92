"""XML readers and writers of the shapes of spec/schemas/affinity_groups.xsd.

Generated from spec/ by codegen; do not edit.  Readers walk ElementTree children once,
dispatching on the tag; writers emit elements in wire order, escaping every value.
Shapes of other areas are read and written by their own modules, imported below.
"""

from __future__ import annotations

from typing import Any
from xml.etree.ElementTree import Element

from asm_sdk_runtime.xml import (b64, dt, from_b64, from_datetime, text, unknown_text)

from .. import models as m
from ..hosted_services import xml as hosted_services
from ..storage import xml as storage


_TAGS_AffinityGroup = {
    '{http://schemas.microsoft.com/windowsazure}Name': 0,
    '{http://schemas.microsoft.com/windowsazure}Label': 1,
    '{http://schemas.microsoft.com/windowsazure}Description': 2,
    '{http://schemas.microsoft.com/windowsazure}Location': 3,
    '{http://schemas.microsoft.com/windowsazure}HostedServices': 4,
    '{http://schemas.microsoft.com/windowsazure}StorageServices': 5,
    '{http://schemas.microsoft.com/windowsazure}Capabilities': 6,
    '{http://schemas.microsoft.com/windowsazure}CreatedTime': 7,
    '{http://schemas.microsoft.com/windowsazure}ComputeCapabilities': 8,
}


def read_AffinityGroup(el: Element) -> m.AffinityGroup:
    f_name: Any = ''
    f_label: Any = ''
    f_description: Any = ''
    f_location: Any = ''
    f_hosted_services: Any = m.HostedServices()
    f_storage_services: Any = m.StorageServices()
    f_capabilities: Any = m.CapabilityNames()
    f_created_time: Any = None
    f_compute_capabilities: Any = None
    unknown: list[Element] | None = None
    for child in el:
        i = _TAGS_AffinityGroup.get(child.tag)
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
                        f_label = from_b64(child.text)
                else:
                    if i < 3:
                        f_description = (child.text or '')
                    else:
                        f_location = (child.text or '')
            else:
                if i < 6:
                    if i < 5:
                        f_hosted_services = m.HostedServices([hosted_services.read_HostedService(c) for c in child])
                    else:
                        f_storage_services = m.StorageServices([storage.read_StorageService(c) for c in child])
                else:
                    if i < 7:
                        f_capabilities = m.CapabilityNames([(c.text or '') for c in child])
                    else:
                        if i < 8:
                            f_created_time = from_datetime(child.text)
                        else:
                            f_compute_capabilities = hosted_services.read_ComputeCapabilities(child)
    # Every field is read above and typed by its reader: fill the instance directly (three
    # times faster than the constructor, whose converters and defaults are for callers).
    obj = object.__new__(m.AffinityGroup)
    obj.__dict__ = {
        'name': f_name,
        'label': f_label,
        'description': f_description,
        'location': f_location,
        'hosted_services': f_hosted_services,
        'storage_services': f_storage_services,
        'capabilities': f_capabilities,
        'created_time': f_created_time,
        'compute_capabilities': f_compute_capabilities,
        'unknown_elements': unknown and unknown_text(unknown),
    }
    return obj


def write_AffinityGroup(obj: m.AffinityGroup, out: list[str]) -> None:
    v = obj.name
    if v is not None:
        out.append('<Name>' + text(v) + '</Name>')
    v = obj.label
    if v is not None:
        out.append('<Label>' + b64(v) + '</Label>')
    v = obj.description
    if v is not None:
        out.append('<Description>' + text(v) + '</Description>')
    v = obj.location
    if v is not None:
        out.append('<Location>' + text(v) + '</Location>')
    v = obj.hosted_services
    if v is not None and (v or not getattr(v, '_prefilled', False)):
        out.append('<HostedServices>')
        for item in v:
            out.append('<HostedService>')
            hosted_services.write_HostedService(item, out)
            out.append('</HostedService>')
        out.append('</HostedServices>')
    v = obj.storage_services
    if v is not None and (v or not getattr(v, '_prefilled', False)):
        out.append('<StorageServices>')
        for item in v:
            out.append('<StorageService>')
            storage.write_StorageService(item, out)
            out.append('</StorageService>')
        out.append('</StorageServices>')
    v = obj.capabilities
    if v is not None and (v or not getattr(v, '_prefilled', False)):
        out.append('<Capabilities>')
        for item in v:
            out.append('<Capability>' + text(item) + '</Capability>')
        out.append('</Capabilities>')
    v = obj.created_time
    if v is not None:
        out.append('<CreatedTime>' + dt(v) + '</CreatedTime>')
    v = obj.compute_capabilities
    if v is not None:
        out.append('<ComputeCapabilities>')
        hosted_services.write_ComputeCapabilities(v, out)
        out.append('</ComputeCapabilities>')


def read_AffinityGroups(el: Element) -> m.AffinityGroups:
    return m.AffinityGroups([read_AffinityGroup(c) for c in el])


def write_AffinityGroups(v: list[m.AffinityGroup], out: list[str]) -> None:
    for item in v:
        out.append('<AffinityGroup>')
        write_AffinityGroup(item, out)
        out.append('</AffinityGroup>')


def read_CreateAffinityGroup(el: Element) -> m.CreateAffinityGroup:
    f_name: Any = ''
    f_label: Any = ''
    f_description: Any = ''
    f_location: Any = ''
    unknown: list[Element] | None = None
    for child in el:
        tag = child.tag
        if tag == '{http://schemas.microsoft.com/windowsazure}Name':
            f_name = (child.text or '')
        elif tag == '{http://schemas.microsoft.com/windowsazure}Label':
            f_label = from_b64(child.text)
        elif tag == '{http://schemas.microsoft.com/windowsazure}Description':
            f_description = (child.text or '')
        elif tag == '{http://schemas.microsoft.com/windowsazure}Location':
            f_location = (child.text or '')
        else:
            if unknown is None:
                unknown = []
            unknown.append(child)
    # Every field is read above and typed by its reader: fill the instance directly (three
    # times faster than the constructor, whose converters and defaults are for callers).
    obj = object.__new__(m.CreateAffinityGroup)
    obj.__dict__ = {
        'name': f_name,
        'label': f_label,
        'description': f_description,
        'location': f_location,
        'unknown_elements': unknown and unknown_text(unknown),
    }
    return obj


def write_CreateAffinityGroup(obj: m.CreateAffinityGroup, out: list[str]) -> None:
    v = obj.name
    if v is not None:
        out.append('<Name>' + text(v) + '</Name>')
    v = obj.label
    if v is not None:
        out.append('<Label>' + b64(v) + '</Label>')
    v = obj.description
    if v is not None:
        out.append('<Description>' + text(v) + '</Description>')
    v = obj.location
    if v is not None:
        out.append('<Location>' + text(v) + '</Location>')


def read_UpdateAffinityGroup(el: Element) -> m.UpdateAffinityGroup:
    f_label: Any = ''
    f_description: Any = ''
    unknown: list[Element] | None = None
    for child in el:
        tag = child.tag
        if tag == '{http://schemas.microsoft.com/windowsazure}Label':
            f_label = from_b64(child.text)
        elif tag == '{http://schemas.microsoft.com/windowsazure}Description':
            f_description = (child.text or '')
        else:
            if unknown is None:
                unknown = []
            unknown.append(child)
    # Every field is read above and typed by its reader: fill the instance directly (three
    # times faster than the constructor, whose converters and defaults are for callers).
    obj = object.__new__(m.UpdateAffinityGroup)
    obj.__dict__ = {
        'label': f_label,
        'description': f_description,
        'unknown_elements': unknown and unknown_text(unknown),
    }
    return obj


def write_UpdateAffinityGroup(obj: m.UpdateAffinityGroup, out: list[str]) -> None:
    v = obj.label
    if v is not None:
        out.append('<Label>' + b64(v) + '</Label>')
    v = obj.description
    if v is not None:
        out.append('<Description>' + text(v) + '</Description>')
