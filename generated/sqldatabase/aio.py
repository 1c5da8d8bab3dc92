"""The async methods of spec/operations/sqldatabase.toml and spec/waiters/sqldatabase.toml, for
generated.aio.

Generated from spec/ by codegen; do not edit. SqldatabaseOperations is a part of the client
class SqlDatabaseManagementService in generated.aio; client.py holds the sync twins of these
methods, rendered from the same template (codegen/templates/methods.j2).
"""

from __future__ import annotations

from typing import Any, Callable

from asm_sdk_runtime.aio import AsyncServiceClient

from .. import models as m
from . import operations as o


class SqldatabaseOperations(AsyncServiceClient):
    """The operations of spec/operations/sqldatabase.toml (awaitable)."""

    async def create_database(
        self,
        server_name: str,
        name: str,
        service_objective_id: str,
        edition: str | None = None,
        collation_name: str | None = None,
        max_size_bytes: int | None = None,
    ) -> m.Database:
        """Create a database on a server; returns the new database.

        ``POST /{subscription_id}/services/sqlservers/servers/{server_name}/databases`` (x-ms-version 2014-10-01)

        Args:
            server_name: Name of the server.
            name: Name of the new database.
            service_objective_id: Id of the performance level (see
                list_service_level_objectives).
            edition: Service tier: Basic, Standard or Premium.
            collation_name: Collation; the server default when None.
            max_size_bytes: Maximum size in bytes (allowed values depend on the
                edition).

        Returns:
            Database: An Azure SQL database (also the body of create and update
            requests, where only Name, Edition, CollationName, MaxSizeBytes and
            ServiceObjectiveId are sent).
        """
        return await self._call(
            o.create_database,
            server_name,
            name,
            service_objective_id,
            edition,
            collation_name,
            max_size_bytes,
        )

    async def create_firewall_rule(
        self,
        server_name: str,
        name: str,
        start_ip_address: str,
        end_ip_address: str,
    ) -> m.FirewallRule:
        """Allow an IPv4 address range to connect to a server; returns the new rule.

        ``POST /{subscription_id}/services/sqlservers/servers/{server_name}/firewallrules`` (x-ms-version 2014-10-01)

        Args:
            server_name: Name of the server.
            name: Name of the rule.
            start_ip_address: First IPv4 address of the range.
            end_ip_address: Last IPv4 address of the range.

        Returns:
            FirewallRule: A server-level firewall rule: an IPv4 range allowed to
            connect (also the body of create and update requests).
        """
        return await self._call(
            o.create_firewall_rule,
            server_name,
            name,
            start_ip_address,
            end_ip_address,
        )

    async def create_server(
        self,
        admin_login: str,
        admin_password: str,
        location: str,
    ) -> m.CreateServerResponse:
        """Create a SQL Database server; Azure picks its name, which the result carries
        (server_name).

        ``POST /{subscription_id}/services/sqlservers/servers`` (x-ms-version 2014-10-01)

        Args:
            admin_login: Login name of the server administrator.
            admin_password: Password of the server administrator (must meet SQL Server's
                complexity rules).
            location: Region to create the server in, such as 'West US'.

        Returns:
            CreateServerResponse: The name Azure generated for a new server, and
            its DNS name.
        """
        return await self._call(o.create_server, admin_login, admin_password, location)

    async def delete_database(self, server_name: str, name: str) -> None:
        """Delete a database.

        ``DELETE /{subscription_id}/services/sqlservers/servers/{server_name}/databases/{name}`` (x-ms-version 2014-10-01)

        Args:
            server_name: Name of the server.
            name: Name of the database.

        Returns:
            None (the request id of the call is logged and kept in
            last_request_id).
        """
        return await self._call(o.delete_database, server_name, name)

    async def delete_firewall_rule(self, server_name: str, name: str) -> None:
        """Delete a firewall rule of a server.

        ``DELETE /{subscription_id}/services/sqlservers/servers/{server_name}/firewallrules/{name}`` (x-ms-version 2014-10-01)

        Args:
            server_name: Name of the server.
            name: Name of the rule.

        Returns:
            None (the request id of the call is logged and kept in
            last_request_id).
        """
        return await self._call(o.delete_firewall_rule, server_name, name)

    async def delete_server(self, server_name: str) -> None:
        """Delete a server and every database on it.

        ``DELETE /{subscription_id}/services/sqlservers/servers/{server_name}`` (x-ms-version 2014-10-01)

        Args:
            server_name: Name of the server.

        Returns:
            None (the request id of the call is logged and kept in
            last_request_id).
        """
        return await self._call(o.delete_server, server_name)

    async def get_server_event_logs(
        self,
        server_name: str,
        start_date: str,
        interval_size_in_minutes: int,
        event_types: str = '',
    ) -> list[m.EventLog]:
        """Get the aggregated connection, deadlock and throttling events of a server's
        databases.

        ``GET /{subscription_id}/services/sqlservers/servers/{server_name}/events`` (x-ms-version 2014-10-01)

        Args:
            server_name: Name of the server.
            start_date: Start of the period, in UTC, such as '2015-07-01 16:05:00'.
            interval_size_in_minutes: Aggregation interval: 5, 60 or 1440.
            event_types: Comma-separated event types (connection_successful,
                connection_failed, connection_terminated, deadlock,
                throttling, throttling_long_transaction); '' for all.

        Returns:
            list[EventLog]: Event log entries of a server.
        """
        return await self._call(
            o.get_server_event_logs,
            server_name,
            start_date,
            interval_size_in_minutes,
            event_types,
        )

    async def list_databases(self, name: str) -> list[m.Database]:
        """List the databases of a server (master included).

        ``GET /{subscription_id}/services/sqlservers/servers//{name}/databases?contentview=generic`` (x-ms-version 2014-10-01)

        Args:
            name: Name of the server.

        Returns:
            list[Database]: Databases of a server.
        """
        return await self._call(o.list_databases, name)

    async def list_firewall_rules(self, server_name: str) -> list[m.FirewallRule]:
        """List the firewall rules of a server.

        ``GET /{subscription_id}/services/sqlservers/servers/{server_name}/firewallrules`` (x-ms-version 2014-10-01)

        Args:
            server_name: Name of the server.

        Returns:
            list[FirewallRule]: Firewall rules of a server.
        """
        return await self._call(o.list_firewall_rules, server_name)

    async def list_quotas(self, server_name: str) -> list[m.ServerQuota]:
        """List the quotas of a server (such as its total DTUs).

        ``GET /{subscription_id}/services/sqlservers/servers/{server_name}/serverquotas`` (x-ms-version 2014-10-01)

        Args:
            server_name: Name of the server.

        Returns:
            list[ServerQuota]: Quotas of a server.
        """
        return await self._call(o.list_quotas, server_name)

    async def list_servers(self) -> list[m.Server]:
        """List the SQL Database servers of the subscription.

        ``GET /{subscription_id}/services/sqlservers/servers`` (x-ms-version 2014-10-01)

        Returns:
            list[Server]:
        """
        return await self._call(o.list_servers)

    async def list_service_level_objectives(
        self,
        server_name: str,
    ) -> list[m.ServiceObjective]:
        """List the performance levels (service objectives) databases of a server can
        be given.

        ``GET /{subscription_id}/services/sqlservers/servers/{server_name}/serviceobjectives`` (x-ms-version 2014-10-01)

        Args:
            server_name: Name of the server.

        Returns:
            list[ServiceObjective]: Service objectives a server offers.
        """
        return await self._call(o.list_service_level_objectives, server_name)

    async def set_server_admin_password(
        self,
        server_name: str,
        admin_password: str,
    ) -> None:
        """Replace the administrator password of a server.

        ``POST /{subscription_id}/services/sqlservers/servers/{server_name}?op=ResetPassword`` (x-ms-version 2014-10-01)

        Args:
            server_name: Name of the server.
            admin_password: The new administrator password.

        Returns:
            None (the request id of the call is logged and kept in
            last_request_id).
        """
        return await self._call(o.set_server_admin_password, server_name, admin_password)

    async def update_database(
        self,
        server_name: str,
        name: str,
        new_database_name: str | None = None,
        service_objective_id: str | None = None,
        edition: str | None = None,
        max_size_bytes: int | None = None,
    ) -> m.Database:
        """Rename a database or change its tier, size or performance level; returns the
        database.

        ``PUT /{subscription_id}/services/sqlservers/servers/{server_name}/databases/{name}`` (x-ms-version 2014-10-01)

        Args:
            server_name: Name of the server.
            name: Current name of the database.
            new_database_name: New name; None keeps the name.
            service_objective_id: Id of the new performance level; None keeps it.
            edition: New service tier; None keeps it.
            max_size_bytes: New maximum size in bytes; None keeps it.

        Returns:
            Database: An Azure SQL database (also the body of create and update
            requests, where only Name, Edition, CollationName, MaxSizeBytes and
            ServiceObjectiveId are sent).
        """
        return await self._call(
            o.update_database,
            server_name,
            name,
            new_database_name,
            service_objective_id,
            edition,
            max_size_bytes,
        )

    async def update_firewall_rule(
        self,
        server_name: str,
        name: str,
        start_ip_address: str,
        end_ip_address: str,
    ) -> m.FirewallRule:
        """Change the address range of a firewall rule; returns the updated rule.

        ``PUT /{subscription_id}/services/sqlservers/servers/{server_name}/firewallrules/{name}`` (x-ms-version 2014-10-01)

        Args:
            server_name: Name of the server.
            name: Name of the rule.
            start_ip_address: First IPv4 address of the range.
            end_ip_address: Last IPv4 address of the range.

        Returns:
            FirewallRule: A server-level firewall rule: an IPv4 range allowed to
            connect (also the body of create and update requests).
        """
        return await self._call(
            o.update_firewall_rule,
            server_name,
            name,
            start_ip_address,
            end_ip_address,
        )

    async def wait_until_database_online(
        self,
        name: str,
        database_name: str,
        *,
        timeout: float = 600,
        delay: float | None = None,
        progress_callback: Callable[[Any], None] | None = None,
    ) -> list[m.Database]:
        """Wait until a database of a server is listed with state Normal.

        Waiter ``database_online``: calls `list_databases` until the first matching
        rule says success or failure (no match: call again):

        - success: any ``[?name == {database_name}].state`` == 'Normal'

        Args:
            name: Name of the server.
            database_name: Name of the database.
            timeout: Seconds to wait before raising AzureWaiterTimeoutError.
            delay: Fixed seconds between calls; None polls soon at first and backs off to
                5 s between calls.
            progress_callback: Called with every result of `list_databases`.

        Returns:
            list[Database]: the result that matched success.

        Raises:
            AzureWaiterTimeoutError: `timeout` ran out; `result` is the last result and
                `state` what the first rule saw in it.
        """
        return await self._wait(
            o.wait_until_database_online,
            (name,),
            dict(name=name, database_name=database_name),
            timeout,
            delay,
            progress_callback,
        )

    async def wait_until_server_ready(
        self,
        server_name: str,
        *,
        timeout: float = 300,
        delay: float | None = None,
        progress_callback: Callable[[Any], None] | None = None,
    ) -> list[m.Server]:
        """Wait until a SQL Database server is listed with state Ready.

        Waiter ``server_ready``: calls `list_servers` until the first matching rule
        says success or failure (no match: call again):

        - success: any ``[?name == {server_name}].state`` == 'Ready'

        Args:
            server_name: Name of the server.
            timeout: Seconds to wait before raising AzureWaiterTimeoutError.
            delay: Fixed seconds between calls; None polls soon at first and backs off to
                5 s between calls.
            progress_callback: Called with every result of `list_servers`.

        Returns:
            list[Server]: the result that matched success.

        Raises:
            AzureWaiterTimeoutError: `timeout` ran out; `result` is the last result and
                `state` what the first rule saw in it.
        """
        return await self._wait(
            o.wait_until_server_ready,
            (),
            dict(server_name=server_name),
            timeout,
            delay,
            progress_callback,
        )
