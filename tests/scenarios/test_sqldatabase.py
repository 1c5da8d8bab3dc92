"""Scenario: SQL Database servers, databases and firewall rules (SqlDatabaseManagementService).
One cassette: cassettes/sql_database.yaml."""

from __future__ import annotations

import pytest

from generated import (AzureBadRequestHttpError, AzureConflictHttpError,
                       AzureMissingResourceHttpError, SqlDatabaseManagementService)
from tests.scenarios.data import SQL_ADMIN, SQL_PASSWORD, SQL_PASSWORD_2

BASIC = "dd6d99bb-f193-4ec1-86f2-43d3bccbc49c"     # the Basic service objective


def test_sql_database(scenario):
    sql = scenario.make(SqlDatabaseManagementService)

    # Servers: Azure names them.
    created = sql.create_server(SQL_ADMIN, SQL_PASSWORD, "West US")
    server = created.server_name
    assert server and created.fully_qualified_domain_name == f"{server}.database.windows.net"
    listed = {s.name: s for s in sql.list_servers()}
    assert listed[server].administrator_login == SQL_ADMIN
    assert listed[server].location == "West US" and listed[server].state == "Ready"
    sql.set_server_admin_password(server, SQL_PASSWORD_2)

    quotas = sql.list_quotas(server)
    assert [(q.name, q.value) for q in quotas] == [("server_dtu_quota", 2000)]
    objectives = {o.name: o for o in sql.list_service_level_objectives(server)}
    assert objectives["Basic"].id == BASIC and objectives["Basic"].enabled is True
    assert objectives["Shared"].is_default is True and objectives["System"].is_system is True
    assert objectives["S1"].dimension_settings[0].name == "S1"
    assert sql.get_server_event_logs(server, "2015-07-01T00:00:00", 60) == []

    # Databases: master comes with the server.
    db = sql.create_database(server, "scenariodb", BASIC, "Basic")
    assert (db.name, db.edition, db.max_size_bytes, db.service_objective_id) == \
        ("scenariodb", "Basic", 2 * 2 ** 30, BASIC)
    assert db.is_system_object is False and db.id >= 4
    with pytest.raises(AzureConflictHttpError):
        sql.create_database(server, "scenariodb", BASIC, "Basic")
    names = [d.name for d in sql.list_databases(server)]
    assert names == ["master", "scenariodb"]
    renamed = sql.update_database(server, "scenariodb", "scenariodb2")
    assert renamed.name == "scenariodb2" and renamed.id == db.id
    standard = sql.update_database(server, "scenariodb2", service_objective_id=objectives["S0"].id,
                                   edition="Standard")
    assert standard.edition == "Standard" and standard.service_objective_id == objectives["S0"].id
    with pytest.raises(AzureBadRequestHttpError):
        sql.delete_database(server, "master")
    sql.delete_database(server, "scenariodb2")
    assert [d.name for d in sql.list_databases(server)] == ["master"]

    # Firewall rules.
    rule = sql.create_firewall_rule(server, "office", "192.168.144.0", "192.168.144.255")
    assert (rule.start_ip_address, rule.end_ip_address) == ("192.168.144.0", "192.168.144.255")
    with pytest.raises(AzureBadRequestHttpError):
        sql.create_firewall_rule(server, "backwards", "10.0.0.9", "10.0.0.1")
    rule = sql.update_firewall_rule(server, "office", "192.168.144.0", "192.168.145.255")
    assert rule.end_ip_address == "192.168.145.255"
    assert [r.name for r in sql.list_firewall_rules(server)] == ["office"]
    sql.delete_firewall_rule(server, "office")
    assert sql.list_firewall_rules(server) == []

    sql.delete_server(server)
    assert server not in [s.name for s in sql.list_servers()]
    with pytest.raises(AzureMissingResourceHttpError):
        sql.list_databases(server)
