"""XML readers and writers of the shapes of spec/schemas/publishdata.xsd.

Generated from spec/ by codegen; do not edit.  Readers walk ElementTree children once,
dispatching on the tag; writers emit elements in wire order, escaping every value.
Shapes of other areas are read and written by their own modules, imported below.
"""

from __future__ import annotations

from typing import Any
from xml.etree.ElementTree import Element

from asm_sdk_runtime.xml import (attr, unknown_text)

from .. import models as m


def read_PublishData(el: Element) -> m.PublishData:
    f_publish_profiles: Any = []
    unknown: list[Element] | None = None
    for child in el:
        tag = child.tag
        if tag == 'publishProfile':
            f_publish_profiles.append(read_PublishProfile(child))
        else:
            if unknown is None:
                unknown = []
            unknown.append(child)
    # Every field is read above and typed by its reader: fill the instance directly (three
    # times faster than the constructor, whose converters and defaults are for callers).
    obj = object.__new__(m.PublishData)
    obj.__dict__ = {
        'publish_profiles': f_publish_profiles,
        'unknown_elements': unknown and unknown_text(unknown),
    }
    return obj


def write_PublishData(obj: m.PublishData, out: list[str]) -> None:
    v = obj.publish_profiles
    if v:
        for item in v:
            out.append('<publishProfile' + attrs_PublishProfile(item) + '>')
            write_PublishProfile(item, out)
            out.append('</publishProfile>')


def read_PublishProfile(el: Element) -> m.PublishProfile:
    f_databases: Any = m.PublishProfileDatabases()
    f_profile_name: Any = (el.get('profileName') or '')
    f_publish_method: Any = (el.get('publishMethod') or '')
    f_publish_url: Any = (el.get('publishUrl') or '')
    f_msdeploysite: Any = (el.get('msdeploySite') or '')
    f_ftp_passive_mode: Any = (el.get('ftpPassiveMode') or '')
    f_user_name: Any = (el.get('userName') or '')
    f_user_pwd: Any = (el.get('userPWD') or '')
    f_destination_app_url: Any = (el.get('destinationAppUrl') or '')
    f_sql_server_db_connection_string: Any = (el.get('SQLServerDBConnectionString') or '')
    f_my_sqldb_connection_string: Any = (el.get('mySQLDBConnectionString') or '')
    f_hosting_provider_forum_link: Any = (el.get('hostingProviderForumLink') or '')
    f_control_panel_link: Any = (el.get('controlPanelLink') or '')
    f_web_system: Any = (el.get('webSystem') or '')
    unknown: list[Element] | None = None
    for child in el:
        tag = child.tag
        if tag == 'databases':
            f_databases = m.PublishProfileDatabases([read_PublishProfileDatabase(c) for c in child])
        else:
            if unknown is None:
                unknown = []
            unknown.append(child)
    # Every field is read above and typed by its reader: fill the instance directly (three
    # times faster than the constructor, whose converters and defaults are for callers).
    obj = object.__new__(m.PublishProfile)
    obj.__dict__ = {
        'databases': f_databases,
        'profile_name': f_profile_name,
        'publish_method': f_publish_method,
        'publish_url': f_publish_url,
        'msdeploysite': f_msdeploysite,
        'ftp_passive_mode': f_ftp_passive_mode,
        'user_name': f_user_name,
        'user_pwd': f_user_pwd,
        'destination_app_url': f_destination_app_url,
        'sql_server_db_connection_string': f_sql_server_db_connection_string,
        'my_sqldb_connection_string': f_my_sqldb_connection_string,
        'hosting_provider_forum_link': f_hosting_provider_forum_link,
        'control_panel_link': f_control_panel_link,
        'web_system': f_web_system,
        'unknown_elements': unknown and unknown_text(unknown),
    }
    return obj


def attrs_PublishProfile(obj: m.PublishProfile) -> str:
    out = []
    v = obj.profile_name
    if v is not None:
        out.append(' profileName="' + attr(v) + '"')
    v = obj.publish_method
    if v is not None:
        out.append(' publishMethod="' + attr(v) + '"')
    v = obj.publish_url
    if v is not None:
        out.append(' publishUrl="' + attr(v) + '"')
    v = obj.msdeploysite
    if v is not None:
        out.append(' msdeploySite="' + attr(v) + '"')
    v = obj.ftp_passive_mode
    if v is not None:
        out.append(' ftpPassiveMode="' + attr(v) + '"')
    v = obj.user_name
    if v is not None:
        out.append(' userName="' + attr(v) + '"')
    v = obj.user_pwd
    if v is not None:
        out.append(' userPWD="' + attr(v) + '"')
    v = obj.destination_app_url
    if v is not None:
        out.append(' destinationAppUrl="' + attr(v) + '"')
    v = obj.sql_server_db_connection_string
    if v is not None:
        out.append(' SQLServerDBConnectionString="' + attr(v) + '"')
    v = obj.my_sqldb_connection_string
    if v is not None:
        out.append(' mySQLDBConnectionString="' + attr(v) + '"')
    v = obj.hosting_provider_forum_link
    if v is not None:
        out.append(' hostingProviderForumLink="' + attr(v) + '"')
    v = obj.control_panel_link
    if v is not None:
        out.append(' controlPanelLink="' + attr(v) + '"')
    v = obj.web_system
    if v is not None:
        out.append(' webSystem="' + attr(v) + '"')
    return "".join(out)


def write_PublishProfile(obj: m.PublishProfile, out: list[str]) -> None:
    v = obj.databases
    if v is not None:
        out.append('<databases>')
        for item in v:
            out.append('<add' + attrs_PublishProfileDatabase(item) + '>')
            write_PublishProfileDatabase(item, out)
            out.append('</add>')
        out.append('</databases>')


def read_PublishProfileDatabase(el: Element) -> m.PublishProfileDatabase:
    f_name: Any = (el.get('name') or '')
    f_connection_string: Any = (el.get('connectionString') or '')
    f_provider_name: Any = (el.get('providerName') or '')
    f_type: Any = (el.get('type') or '')
    unknown: list[Element] | None = None
    unknown = list(el) or None
    # Every field is read above and typed by its reader: fill the instance directly (three
    # times faster than the constructor, whose converters and defaults are for callers).
    obj = object.__new__(m.PublishProfileDatabase)
    obj.__dict__ = {
        'name': f_name,
        'connection_string': f_connection_string,
        'provider_name': f_provider_name,
        'type': f_type,
        'unknown_elements': unknown and unknown_text(unknown),
    }
    return obj


def attrs_PublishProfileDatabase(obj: m.PublishProfileDatabase) -> str:
    out = []
    v = obj.name
    if v is not None:
        out.append(' name="' + attr(v) + '"')
    v = obj.connection_string
    if v is not None:
        out.append(' connectionString="' + attr(v) + '"')
    v = obj.provider_name
    if v is not None:
        out.append(' providerName="' + attr(v) + '"')
    v = obj.type
    if v is not None:
        out.append(' type="' + attr(v) + '"')
    return "".join(out)


def write_PublishProfileDatabase(obj: m.PublishProfileDatabase, out: list[str]) -> None:
    pass


def read_PublishProfileDatabases(el: Element) -> m.PublishProfileDatabases:
    return m.PublishProfileDatabases([read_PublishProfileDatabase(c) for c in el])


def write_PublishProfileDatabases(v: list[m.PublishProfileDatabase], out: list[str]) -> None:
    for item in v:
        out.append('<add' + attrs_PublishProfileDatabase(item) + '>')
        write_PublishProfileDatabase(item, out)
        out.append('</add>')
