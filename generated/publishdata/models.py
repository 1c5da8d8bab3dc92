"""Models of the Azure Service Management API defined in spec/schemas/publishdata.xsd.

Generated from spec/ by codegen; do not edit.  Each class is one XML shape of the API;
attributes are in wire order, constructor arguments are keyword-only except where the
spec gives a positional order.  A list wrapper of the API is a `list` subclass that also
answers to the predecessor SDK's attribute for its items.  Import them from `generated` or
`generated.models`; this area's readers and writers are in xml.py beside this module.
"""

from __future__ import annotations

import attrs

__all__ = [
    'PublishProfileDatabases',
    'PublishData',
    'PublishProfile',
    'PublishProfileDatabase',
]


class PublishProfileDatabases(list['PublishProfileDatabase']):
    """A list of PublishProfileDatabase (``<add>`` elements).
    """

    __slots__ = ("_prefilled",)


@attrs.define(slots=False, eq=True)
class PublishData:
    """The publish profiles of a site.

    Attributes:
        publish_profiles (list[PublishProfile]): ``<publishProfile>``. One profile per deployment method.
    """

    publish_profiles: list[PublishProfile] | None = attrs.field(default=attrs.Factory(list), kw_only=True)
    #: Child elements this version of the spec does not know, kept rather than dropped.
    unknown_elements: list[str] | None = attrs.field(
        default=None, kw_only=True, repr=False, eq=False)


@attrs.define(slots=False, eq=True)
class PublishProfile:
    """How to deploy to a site with one method (Web Deploy or FTP), with its credentials.

    Attributes:
        databases (PublishProfileDatabases): ``<databases>``. Database connections deployed with the site.
        profile_name (str): ``<profileName>``. Display name, such as 'mysite - Web Deploy'.
        publish_method (str): ``<publishMethod>``. MSDeploy or FTP.
        publish_url (str): ``<publishUrl>``. Web Deploy endpoint (host:port) or FTP URL.
        msdeploysite (str): ``<msdeploySite>``. Site name Web Deploy targets.
        ftp_passive_mode (str): ``<ftpPassiveMode>``. 'True' when FTP must use passive mode (FTP profiles).
        user_name (str): ``<userName>``. Deployment user name.
        user_pwd (str): ``<userPWD>``. Deployment password.
        destination_app_url (str): ``<destinationAppUrl>``. Public URL of the site.
        sql_server_db_connection_string (str): ``<SQLServerDBConnectionString>``. SQL Server connection string, when one is linked.
        my_sqldb_connection_string (str): ``<mySQLDBConnectionString>``. MySQL connection string, when one is linked.
        hosting_provider_forum_link (str): ``<hostingProviderForumLink>``. Hosting provider's forum URL.
        control_panel_link (str): ``<controlPanelLink>``. Hosting control panel URL.
        web_system (str): ``<webSystem>``. Hosting system, such as 'WebSites'.
    """

    databases: list[PublishProfileDatabase] | None = attrs.field(default=None, kw_only=True)
    profile_name: str | None = attrs.field(default=None, kw_only=True)
    publish_method: str | None = attrs.field(default=None, kw_only=True)
    publish_url: str | None = attrs.field(default=None, kw_only=True)
    msdeploysite: str | None = attrs.field(default=None, kw_only=True)
    ftp_passive_mode: str | None = attrs.field(default=None, kw_only=True)
    user_name: str | None = attrs.field(default=None, kw_only=True)
    user_pwd: str | None = attrs.field(default=None, kw_only=True, repr=False)
    destination_app_url: str | None = attrs.field(default=None, kw_only=True)
    sql_server_db_connection_string: str | None = attrs.field(default=None, kw_only=True, repr=False)
    my_sqldb_connection_string: str | None = attrs.field(default=None, kw_only=True, repr=False)
    hosting_provider_forum_link: str | None = attrs.field(default=None, kw_only=True)
    control_panel_link: str | None = attrs.field(default=None, kw_only=True)
    web_system: str | None = attrs.field(default=None, kw_only=True)
    #: Child elements this version of the spec does not know, kept rather than dropped.
    unknown_elements: list[str] | None = attrs.field(
        default=None, kw_only=True, repr=False, eq=False)


@attrs.define(slots=False, eq=True)
class PublishProfileDatabase:
    """A database connection a publish profile deploys with.

    Attributes:
        name (str): ``<name>``. Name of the connection string.
        connection_string (str): ``<connectionString>``. The connection string (may hold a password).
        provider_name (str): ``<providerName>``. ADO.NET provider, such as System.Data.SqlClient.
        type (str): ``<type>``. Kind of database, such as Sql or MySql.
    """

    name: str | None = attrs.field(default=None, kw_only=True)
    connection_string: str | None = attrs.field(default=None, kw_only=True, repr=False)
    provider_name: str | None = attrs.field(default=None, kw_only=True)
    type: str | None = attrs.field(default=None, kw_only=True)
    #: Child elements this version of the spec does not know, kept rather than dropped.
    unknown_elements: list[str] | None = attrs.field(
        default=None, kw_only=True, repr=False, eq=False)

