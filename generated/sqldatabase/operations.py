"""The operations of spec/operations/sqldatabase.toml as data, and its waiters
(spec/waiters/sqldatabase.toml): one record per operation, shared by the sync methods
(client.py) and the async ones (aio.py).

Generated from spec/ by codegen; do not edit.  asm_sdk_runtime.core builds each request
from a record and the method's arguments and reads the answer with it; `body_<operation>`
writes a request body from the arguments.
"""

from __future__ import annotations

from asm_sdk_runtime.core import Operation
from asm_sdk_runtime.polling import Waiter

from .. import models as m
from .._xml import to_xml
from . import xml as x
from ..sqldatabase_resources import xml as sqldatabase_resources


def body_create_database(
    server_name: str,
    name: str,
    service_objective_id: str,
    edition: str | None,
    collation_name: str | None,
    max_size_bytes: int | None,
) -> str:
    """The request body of `create_database`: <ServiceResource>."""
    return to_xml(sqldatabase_resources.write_Database__create_database, m.Database(
        name=name,
        edition=edition,
        collation_name=collation_name,
        max_size_bytes=max_size_bytes,
        service_objective_id=service_objective_id,
    ), 'ServiceResource')


create_database: Operation[m.Database] = Operation(
    'create_database', 'POST', '/{subscription_id}/services/sqlservers/servers/{server_name}/databases',
    (
        'server_name',
        'name',
        'service_objective_id',
        'edition',
        'collation_name',
        'max_size_bytes',
    ),
    '2014-10-01',
    required=3,
    body=body_create_database,
    reader=sqldatabase_resources.read_Database,
    root='{http://schemas.microsoft.com/windowsazure}ServiceResource',
)


def body_create_firewall_rule(
    server_name: str,
    name: str,
    start_ip_address: str,
    end_ip_address: str,
) -> str:
    """The request body of `create_firewall_rule`: <ServiceResource>."""
    return to_xml(sqldatabase_resources.write_FirewallRule__create_firewall_rule, m.FirewallRule(
        name=name,
        start_ip_address=start_ip_address,
        end_ip_address=end_ip_address,
    ), 'ServiceResource')


create_firewall_rule: Operation[m.FirewallRule] = Operation(
    'create_firewall_rule', 'POST', '/{subscription_id}/services/sqlservers/servers/{server_name}/firewallrules',
    ('server_name', 'name', 'start_ip_address', 'end_ip_address'),
    '2014-10-01',
    required=4,
    body=body_create_firewall_rule,
    reader=sqldatabase_resources.read_FirewallRule,
    root='{http://schemas.microsoft.com/windowsazure}ServiceResource',
)


def body_create_server(admin_login: str, admin_password: str, location: str) -> str:
    """The request body of `create_server`: <Server>."""
    return to_xml(x.write_CreateServerInput, m.CreateServerInput(
        administrator_login=admin_login,
        administrator_login_password=admin_password,
        location=location,
    ), 'Server', 'http://schemas.microsoft.com/sqlazure/2010/12/')


create_server: Operation[m.CreateServerResponse] = Operation(
    'create_server', 'POST', '/{subscription_id}/services/sqlservers/servers',
    ('admin_login', 'admin_password', 'location'),
    '2014-10-01',
    required=3,
    body=body_create_server,
    reader=x.read_CreateServerResponse,
    root='{http://schemas.microsoft.com/sqlazure/2010/12/}ServerName',
)


delete_database: Operation[None] = Operation(
    'delete_database', 'DELETE', '/{subscription_id}/services/sqlservers/servers/{server_name}/databases/{name}',
    ('server_name', 'name'),
    '2014-10-01',
    required=2,
)


delete_firewall_rule: Operation[None] = Operation(
    'delete_firewall_rule', 'DELETE', '/{subscription_id}/services/sqlservers/servers/{server_name}/firewallrules/{name}',
    ('server_name', 'name'),
    '2014-10-01',
    required=2,
)


delete_server: Operation[None] = Operation(
    'delete_server', 'DELETE', '/{subscription_id}/services/sqlservers/servers/{server_name}',
    ('server_name',),
    '2014-10-01',
    required=1,
)


get_server_event_logs: Operation[list[m.EventLog]] = Operation(
    'get_server_event_logs', 'GET', '/{subscription_id}/services/sqlservers/servers/{server_name}/events',
    ('server_name', 'start_date', 'interval_size_in_minutes', 'event_types'),
    '2014-10-01',
    required=3,
    query=(('startDate', 'start_date', None), ('intervalSizeInMinutes', 'interval_size_in_minutes', None), ('eventTypes', 'event_types', None)),
    idempotent=True,
    reader=sqldatabase_resources.read_EventLogs,
    root='{http://schemas.microsoft.com/windowsazure}ServiceResources',
)


list_databases: Operation[list[m.Database]] = Operation(
    'list_databases', 'GET', '/{subscription_id}/services/sqlservers/servers//{name}/databases?contentview=generic',
    ('name',),
    '2014-10-01',
    required=1,
    idempotent=True,
    reader=sqldatabase_resources.read_Databases,
    root='{http://schemas.microsoft.com/windowsazure}ServiceResources',
)


list_firewall_rules: Operation[list[m.FirewallRule]] = Operation(
    'list_firewall_rules', 'GET', '/{subscription_id}/services/sqlservers/servers/{server_name}/firewallrules',
    ('server_name',),
    '2014-10-01',
    required=1,
    idempotent=True,
    reader=sqldatabase_resources.read_FirewallRules,
    root='{http://schemas.microsoft.com/windowsazure}ServiceResources',
)


list_quotas: Operation[list[m.ServerQuota]] = Operation(
    'list_quotas', 'GET', '/{subscription_id}/services/sqlservers/servers/{server_name}/serverquotas',
    ('server_name',),
    '2014-10-01',
    required=1,
    idempotent=True,
    reader=sqldatabase_resources.read_ServerQuotas,
    root='{http://schemas.microsoft.com/windowsazure}ServiceResources',
)


list_servers: Operation[list[m.Server]] = Operation(
    'list_servers', 'GET', '/{subscription_id}/services/sqlservers/servers',
    (),
    '2014-10-01',
    idempotent=True,
    reader=x.read_Servers,
    root='{http://schemas.microsoft.com/sqlazure/2010/12/}Servers',
)


list_service_level_objectives: Operation[list[m.ServiceObjective]] = Operation(
    'list_service_level_objectives', 'GET', '/{subscription_id}/services/sqlservers/servers/{server_name}/serviceobjectives',
    ('server_name',),
    '2014-10-01',
    required=1,
    idempotent=True,
    reader=sqldatabase_resources.read_ServiceObjectives,
    root='{http://schemas.microsoft.com/windowsazure}ServiceResources',
)


def body_set_server_admin_password(server_name: str, admin_password: str) -> str:
    """The request body of `set_server_admin_password`: <AdministratorLoginPassword>."""
    return to_xml(x.write_AdministratorLoginPassword, m.AdministratorLoginPassword(
        admin_password=admin_password,
    ), 'AdministratorLoginPassword', 'http://schemas.microsoft.com/sqlazure/2010/12/')


set_server_admin_password: Operation[None] = Operation(
    'set_server_admin_password', 'POST', '/{subscription_id}/services/sqlservers/servers/{server_name}?op=ResetPassword',
    ('server_name', 'admin_password'),
    '2014-10-01',
    required=2,
    body=body_set_server_admin_password,
)


def body_update_database(
    server_name: str,
    name: str,
    new_database_name: str | None,
    service_objective_id: str | None,
    edition: str | None,
    max_size_bytes: int | None,
) -> str:
    """The request body of `update_database`: <ServiceResource>."""
    return to_xml(sqldatabase_resources.write_Database__update_database, m.Database(
        name=new_database_name,
        edition=edition,
        max_size_bytes=max_size_bytes,
        service_objective_id=service_objective_id,
    ), 'ServiceResource')


update_database: Operation[m.Database] = Operation(
    'update_database', 'PUT', '/{subscription_id}/services/sqlservers/servers/{server_name}/databases/{name}',
    (
        'server_name',
        'name',
        'new_database_name',
        'service_objective_id',
        'edition',
        'max_size_bytes',
    ),
    '2014-10-01',
    required=2,
    idempotent=True,
    body=body_update_database,
    reader=sqldatabase_resources.read_Database,
    root='{http://schemas.microsoft.com/windowsazure}ServiceResource',
)


def body_update_firewall_rule(
    server_name: str,
    name: str,
    start_ip_address: str,
    end_ip_address: str,
) -> str:
    """The request body of `update_firewall_rule`: <ServiceResource>."""
    return to_xml(sqldatabase_resources.write_FirewallRule__create_firewall_rule, m.FirewallRule(
        name=name,
        start_ip_address=start_ip_address,
        end_ip_address=end_ip_address,
    ), 'ServiceResource')


update_firewall_rule: Operation[m.FirewallRule] = Operation(
    'update_firewall_rule', 'PUT', '/{subscription_id}/services/sqlservers/servers/{server_name}/firewallrules/{name}',
    ('server_name', 'name', 'start_ip_address', 'end_ip_address'),
    '2014-10-01',
    required=4,
    idempotent=True,
    body=body_update_firewall_rule,
    reader=sqldatabase_resources.read_FirewallRule,
    root='{http://schemas.microsoft.com/windowsazure}ServiceResource',
)


# Waiter database_online: acceptors (state, matcher, expected, path) and the operation polled.
wait_until_database_online: Waiter[list[m.Database]] = Waiter('database_online', 5.0, (
    ('success', 'path_any', 'Normal', '[?name == {database_name}].state'),
), list_databases)


# Waiter server_ready: acceptors (state, matcher, expected, path) and the operation polled.
wait_until_server_ready: Waiter[list[m.Server]] = Waiter('server_ready', 5.0, (
    ('success', 'path_any', 'Ready', '[?name == {server_name}].state'),
), list_servers)
