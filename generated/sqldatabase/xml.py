"""XML readers and writers of the shapes of spec/schemas/sqldatabase.xsd.

Generated from spec/ by codegen; do not edit.  Readers walk ElementTree children once,
dispatching on the tag; writers emit elements in wire order, escaping every value.
Shapes of other areas are read and written by their own modules, imported below.
"""

from __future__ import annotations

from typing import Any
from xml.etree.ElementTree import Element

from asm_sdk_runtime.xml import (attr, text, unknown_text)

from .. import models as m


def read_AdministratorLoginPassword(el: Element) -> m.AdministratorLoginPassword:
    f_admin_password: Any = (el.text or '')
    unknown: list[Element] | None = None
    unknown = list(el) or None
    # Every field is read above and typed by its reader: fill the instance directly (three
    # times faster than the constructor, whose converters and defaults are for callers).
    obj = object.__new__(m.AdministratorLoginPassword)
    obj.__dict__ = {
        'admin_password': f_admin_password,
        'unknown_elements': unknown and unknown_text(unknown),
    }
    return obj


def write_AdministratorLoginPassword(obj: m.AdministratorLoginPassword, out: list[str]) -> None:
    v = obj.admin_password
    if v is not None:
        out.append(text(v))


def read_CreateServerInput(el: Element) -> m.CreateServerInput:
    f_administrator_login: Any = ''
    f_administrator_login_password: Any = ''
    f_location: Any = ''
    unknown: list[Element] | None = None
    for child in el:
        tag = child.tag
        if tag == '{http://schemas.microsoft.com/sqlazure/2010/12/}AdministratorLogin':
            f_administrator_login = (child.text or '')
        elif tag == '{http://schemas.microsoft.com/sqlazure/2010/12/}AdministratorLoginPassword':
            f_administrator_login_password = (child.text or '')
        elif tag == '{http://schemas.microsoft.com/sqlazure/2010/12/}Location':
            f_location = (child.text or '')
        else:
            if unknown is None:
                unknown = []
            unknown.append(child)
    # Every field is read above and typed by its reader: fill the instance directly (three
    # times faster than the constructor, whose converters and defaults are for callers).
    obj = object.__new__(m.CreateServerInput)
    obj.__dict__ = {
        'administrator_login': f_administrator_login,
        'administrator_login_password': f_administrator_login_password,
        'location': f_location,
        'unknown_elements': unknown and unknown_text(unknown),
    }
    return obj


def write_CreateServerInput(obj: m.CreateServerInput, out: list[str]) -> None:
    v = obj.administrator_login
    if v is not None:
        out.append('<AdministratorLogin>' + text(v) + '</AdministratorLogin>')
    v = obj.administrator_login_password
    if v is not None:
        out.append('<AdministratorLoginPassword>' + text(v) + '</AdministratorLoginPassword>')
    v = obj.location
    if v is not None:
        out.append('<Location>' + text(v) + '</Location>')


def read_CreateServerResponse(el: Element) -> m.CreateServerResponse:
    f_fully_qualified_domain_name: Any = (el.get('FullyQualifiedDomainName') or '')
    f_server_name: Any = (el.text or '')
    unknown: list[Element] | None = None
    unknown = list(el) or None
    # Every field is read above and typed by its reader: fill the instance directly (three
    # times faster than the constructor, whose converters and defaults are for callers).
    obj = object.__new__(m.CreateServerResponse)
    obj.__dict__ = {
        'server_name': f_server_name,
        'fully_qualified_domain_name': f_fully_qualified_domain_name,
        'unknown_elements': unknown and unknown_text(unknown),
    }
    return obj


def attrs_CreateServerResponse(obj: m.CreateServerResponse) -> str:
    out = []
    v = obj.fully_qualified_domain_name
    if v is not None:
        out.append(' FullyQualifiedDomainName="' + attr(v) + '"')
    return "".join(out)


def write_CreateServerResponse(obj: m.CreateServerResponse, out: list[str]) -> None:
    v = obj.server_name
    if v is not None:
        out.append(text(v))


def read_Server(el: Element) -> m.Server:
    f_name: Any = ''
    f_administrator_login: Any = ''
    f_location: Any = ''
    f_geo_paired_region: Any = ''
    f_fully_qualified_domain_name: Any = ''
    f_version: Any = ''
    f_state: Any = ''
    unknown: list[Element] | None = None
    for child in el:
        tag = child.tag
        if tag == '{http://schemas.microsoft.com/sqlazure/2010/12/}Name':
            f_name = (child.text or '')
        elif tag == '{http://schemas.microsoft.com/sqlazure/2010/12/}AdministratorLogin':
            f_administrator_login = (child.text or '')
        elif tag == '{http://schemas.microsoft.com/sqlazure/2010/12/}Location':
            f_location = (child.text or '')
        elif tag == '{http://schemas.microsoft.com/sqlazure/2010/12/}GeoPairedRegion':
            f_geo_paired_region = (child.text or '')
        elif tag == '{http://schemas.microsoft.com/sqlazure/2010/12/}FullyQualifiedDomainName':
            f_fully_qualified_domain_name = (child.text or '')
        elif tag == '{http://schemas.microsoft.com/sqlazure/2010/12/}Version':
            f_version = (child.text or '')
        elif tag == '{http://schemas.microsoft.com/sqlazure/2010/12/}State':
            f_state = (child.text or '')
        else:
            if unknown is None:
                unknown = []
            unknown.append(child)
    # Every field is read above and typed by its reader: fill the instance directly (three
    # times faster than the constructor, whose converters and defaults are for callers).
    obj = object.__new__(m.Server)
    obj.__dict__ = {
        'name': f_name,
        'administrator_login': f_administrator_login,
        'location': f_location,
        'geo_paired_region': f_geo_paired_region,
        'fully_qualified_domain_name': f_fully_qualified_domain_name,
        'version': f_version,
        'state': f_state,
        'unknown_elements': unknown and unknown_text(unknown),
    }
    return obj


def write_Server(obj: m.Server, out: list[str]) -> None:
    v = obj.name
    if v is not None:
        out.append('<Name>' + text(v) + '</Name>')
    v = obj.administrator_login
    if v is not None:
        out.append('<AdministratorLogin>' + text(v) + '</AdministratorLogin>')
    v = obj.location
    if v is not None:
        out.append('<Location>' + text(v) + '</Location>')
    v = obj.geo_paired_region
    if v is not None:
        out.append('<GeoPairedRegion>' + text(v) + '</GeoPairedRegion>')
    v = obj.fully_qualified_domain_name
    if v is not None:
        out.append('<FullyQualifiedDomainName>' + text(v) + '</FullyQualifiedDomainName>')
    v = obj.version
    if v is not None:
        out.append('<Version>' + text(v) + '</Version>')
    v = obj.state
    if v is not None:
        out.append('<State>' + text(v) + '</State>')


def read_Servers(el: Element) -> m.Servers:
    return m.Servers([read_Server(c) for c in el])


def write_Servers(v: list[m.Server], out: list[str]) -> None:
    for item in v:
        out.append('<Server>')
        write_Server(item, out)
        out.append('</Server>')
