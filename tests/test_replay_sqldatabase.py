"""Replay of the real Azure SQL Database recordings (test_legacy_mgmt_sqldatabase.*).

Each test repeats the calls of one recording in order, with the argument values the
recording shows, and checks what SqlDatabaseManagementService parsed from the answers.
Every recording starts by creating a server (Azure picks its name).
"""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from tests.replay import SUBSCRIPTION, replay

pytestmark = pytest.mark.usefixtures("no_sleep")
# Until codegen reads the PascalBoolean simple type ('True'/'False') as bool; strict, so the
# marker must go once it does.

CASSETTE = "test_legacy_mgmt_sqldatabase.{}"
SERVERS_URL = f"https://management.core.windows.net/{SUBSCRIPTION}/services/sqlservers/servers"
BASIC = "dd6d99bb-f193-4ec1-86f2-43d3bccbc49c"  # service objective id of the Basic tier
SYSTEM = "26e021db-f1f9-4c98-84c6-92af8ef433d7"  # service objective of master


def utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=timezone.utc)


@pytest.fixture
def sqlms(cert_file):
    """A client aimed at the real endpoint name; replay tests never let it connect."""
    from generated import SqlDatabaseManagementService

    client = SqlDatabaseManagementService(SUBSCRIPTION, cert_file)
    yield client
    client.close()


def create_server(sqlms, expected_name: str) -> str:
    server = sqlms.create_server("azuredb", "T5ii-B48x", "West US")
    assert server.server_name == expected_name
    assert server.fully_qualified_domain_name == f"{expected_name}.database.windows.net"
    return server.server_name


def assert_basic_database(db, server: str, name: str, created: datetime) -> None:
    assert db.name == name
    assert db.type == "Microsoft.SqlAzure.Database"
    assert db.state == "Normal"
    assert db.self_link == f"{SERVERS_URL}/{server}/databases/{name}"
    assert db.parent_link == f"{SERVERS_URL}/{server}"
    assert db.id == 4
    assert db.edition == "Basic"
    assert db.max_size_gb == 2
    assert db.creation_date == created
    # 'False' on the wire (.NET's spelling) reads as a real boolean.
    assert db.is_federation_root is False
    assert db.is_system_object is False
    assert db.size_mb is None  # <SizeMB i:nil="true"/>
    assert db.max_size_bytes == 2147483648
    assert db.assigned_service_objective_id == BASIC
    assert db.service_objective_assignment_state == 1
    assert db.service_objective_assignment_state_description == "Complete"
    assert db.service_objective_assignment_error_code == 0
    assert db.service_objective_assignment_error_description == ""  # i:nil text
    assert db.is_suspended is False


def assert_master(db, server: str, created: datetime) -> None:
    assert db.name == "master"
    assert db.id == 1
    assert db.edition == "System"
    assert db.max_size_gb == 5
    assert db.max_size_bytes == 5368709120
    assert db.is_system_object is True
    assert db.service_objective_id == SYSTEM
    assert db.creation_date == created
    assert db.recovery_period_start_date is None  # nil for master
    assert db.self_link == f"{SERVERS_URL}/{server}/databases/master"


def assert_rule(rule, server: str, start: str, end: str) -> None:
    assert rule.name == "AllowAll"
    assert rule.type == "Microsoft.SqlAzure.FirewallRule"
    assert rule.state == "Normal"
    assert rule.self_link == f"{SERVERS_URL}/{server}/firewallrules/AllowAll"
    assert rule.parent_link == f"{SERVERS_URL}/{server}"
    assert rule.start_ip_address == start
    assert rule.end_ip_address == end


# ------------------------------------------------------------------------------ servers

def test_create_server(sqlms):
    with replay(CASSETTE.format("test_create_server")):
        name = create_server(sqlms, "go5ryw2d7i")
        servers = sqlms.list_servers()

    assert isinstance(servers, list)
    assert len(servers) == 29
    mine = [s for s in servers if s.name == name]
    assert len(mine) == 1
    server = mine[0]
    assert server.administrator_login == "azuredb"
    assert server.location == "West US"
    assert server.fully_qualified_domain_name == "go5ryw2d7i.database.windows.net"
    assert server.version == "2.0"
    assert server.state == "Ready"
    assert server.geo_paired_region == ""  # not sent by this API version


def test_list_servers(sqlms):
    with replay(CASSETTE.format("test_list_servers")):
        name = create_server(sqlms, "gyvepcbe9r")
        servers = sqlms.list_servers()

    assert [s.name for s in servers][:3] == ["ayktdlzqzo", "chvpxlbnh5", "cv0ctkyjod"]
    assert len(servers) == 29
    assert name in [s.name for s in servers]
    assert {(s.administrator_login, s.location, s.version, s.state) for s in servers} == {
        ("azuredb", "West US", "2.0", "Ready")}
    assert all(s.fully_qualified_domain_name == f"{s.name}.database.windows.net"
               for s in servers)


def test_delete_server(sqlms):
    with replay(CASSETTE.format("test_delete_server")):
        name = create_server(sqlms, "a18yx8wvlh")
        result = sqlms.delete_server(name)
        request_id = sqlms.last_request_id
        servers = sqlms.list_servers()

    assert result is None
    assert request_id == "ea77c797d25db0a7949fa08559038ede"
    assert len(servers) == 28
    assert name not in [s.name for s in servers]


def test_set_server_admin_password(sqlms):
    with replay(CASSETTE.format("test_set_server_admin_password")):
        name = create_server(sqlms, "leqnfqvnze")
        # The body is the bare password as the text of <AdministratorLoginPassword>.
        result = sqlms.set_server_admin_password(name, "U6jj-C59y")

    assert result is None
    assert sqlms.last_request_id == "6841a898ccd8b2dca97952d4bc588213"


def test_list_quotas(sqlms):
    with replay(CASSETTE.format("test_list_quotas")):
        name = create_server(sqlms, "vmxsuyf6mq")
        quotas = sqlms.list_quotas(name)

    assert len(quotas) == 1
    quota = quotas[0]
    assert quota.name == "server_dtu_quota"
    assert quota.type == "Microsoft.SqlAzure.ServerQuota"
    assert quota.state == "Normal"
    assert quota.self_link == f"{SERVERS_URL}/{name}/serverquotas/server_dtu_quota"
    assert quota.parent_link == f"{SERVERS_URL}/{name}"
    assert quota.value == 2000


def test_list_service_level_objectives(sqlms):
    with replay(CASSETTE.format("test_list_service_level_objectives")):
        name = create_server(sqlms, "xg9whvzfjq")
        objectives = sqlms.list_service_level_objectives(name)

    assert [o.name for o in objectives] == [
        "S2", "P1", "P2", "Basic", "S1", "S0", "S4", "P3 deprecated", "P3", "System",
        "System Standard", "S3", "Shared"]
    basic = objectives[3]
    assert basic.id == BASIC
    assert basic.type == "Microsoft.SqlAzure.ServiceObjective"
    assert basic.state == "Normal"
    assert basic.self_link == f"{SERVERS_URL}/{name}/serviceobjectives/{BASIC}"
    assert basic.is_default is False
    assert basic.is_system is False
    assert basic.description == "Basic resource allocation."
    assert basic.enabled is True
    assert [o.name for o in objectives if o.is_system] == ["System", "System Standard"]
    assert [o.name for o in objectives if o.is_default] == ["Shared"]
    assert [o.name for o in objectives if not o.enabled] == ["P3 deprecated"]
    p1 = objectives[1]
    assert len(p1.dimension_settings) == 1
    setting = p1.dimension_settings[0]
    assert setting.name == "P1"
    assert setting.type == "Microsoft.SqlAzure.DimensionSetting"
    assert setting.id == "765fbda3-73c9-4fad-996e-7c0e4e219f68"
    assert setting.self_link == f"{SERVERS_URL}/{name}/dimensionsettings/{setting.id}"
    assert setting.description == "Premium P1 resource allocation."
    assert setting.ordinal == 9
    assert setting.is_default is False


# ------------------------------------------------------------------------ firewall rules

def test_create_firewall_rule(sqlms):
    with replay(CASSETTE.format("test_create_firewall_rule")):
        name = create_server(sqlms, "kqnii121ji")
        rule = sqlms.create_firewall_rule(name, "AllowAll", "192.168.144.0", "192.168.144.255")

    assert_rule(rule, name, "192.168.144.0", "192.168.144.255")


def test_update_firewall_rule(sqlms):
    with replay(CASSETTE.format("test_update_firewall_rule")):
        name = create_server(sqlms, "n6vk2hlhm8")
        sqlms.create_firewall_rule(name, "AllowAll", "192.168.144.0", "192.168.144.255")
        rule = sqlms.update_firewall_rule(name, "AllowAll", "192.168.116.0", "192.168.116.255")

    assert_rule(rule, name, "192.168.116.0", "192.168.116.255")


def test_delete_firewall_rule(sqlms):
    with replay(CASSETTE.format("test_delete_firewall_rule")):
        name = create_server(sqlms, "hlccdsfjr9")
        sqlms.create_firewall_rule(name, "AllowAll", "192.168.144.0", "192.168.144.255")
        result = sqlms.delete_firewall_rule(name, "AllowAll")

    assert result is None
    assert sqlms.last_request_id == "67becc59defeb17c9ea6e74874d301dd"


def test_list_firewall_rules(sqlms):
    with replay(CASSETTE.format("test_list_firewall_rules")):
        name = create_server(sqlms, "wlzjrciy2q")
        sqlms.create_firewall_rule(name, "AllowAll", "192.168.144.0", "192.168.144.255")
        rules = sqlms.list_firewall_rules(name)

    assert len(rules) == 1
    assert_rule(rules[0], name, "192.168.144.0", "192.168.144.255")


# ---------------------------------------------------------------------------- databases

def test_create_database(sqlms):
    with replay(CASSETTE.format("test_create_database")):
        name = create_server(sqlms, "qnu4nrzbqb")
        db = sqlms.create_database(name, "testdb", BASIC, "Basic", None, None)

    assert_basic_database(db, name, "testdb", utc(2015, 7, 1, 0, 4, 7, 103000))
    assert db.collation_name == "SQL_Latin1_General_CP1_CI_AS"
    assert db.service_objective_id == BASIC
    assert db.service_objective_assignment_success_date == utc(2015, 7, 1, 0, 4, 9, 123000)
    assert db.recovery_period_start_date == utc(2015, 7, 1, 0, 34, 6, 787000)


def test_update_database(sqlms):
    with replay(CASSETTE.format("test_update_database")):
        name = create_server(sqlms, "h4olqh8ajq")
        sqlms.create_database(name, "temp", BASIC, "Basic", None, None)
        updated = sqlms.update_database(name, "temp", "newname", None, None, None)
        databases = sqlms.list_databases(name)

    assert_basic_database(updated, name, "newname", utc(2015, 7, 1, 0, 3, 53, 500000))
    # The rename answer leaves these out (i:nil); the list shows them again.
    assert updated.collation_name == ""
    assert updated.service_objective_id == ""
    assert [d.name for d in databases] == ["master", "newname"]
    assert_master(databases[0], name, utc(2015, 7, 1, 0, 3, 49, 497000))
    renamed = databases[1]
    assert_basic_database(renamed, name, "newname", utc(2015, 7, 1, 0, 3, 57, 160000))
    assert renamed.collation_name == "SQL_Latin1_General_CP1_CI_AS"
    assert renamed.service_objective_id == BASIC


def test_delete_database(sqlms):
    with replay(CASSETTE.format("test_delete_database")):
        name = create_server(sqlms, "h4pqdjm00a")
        sqlms.create_database(name, "temp", BASIC, "Basic", None, None)
        result = sqlms.delete_database(name, "temp")
        request_id = sqlms.last_request_id
        databases = sqlms.list_databases(name)

    assert result is None
    assert request_id == "ba36290456f2b20fbc88f000b07c5b65"
    assert [d.name for d in databases] == ["master"]


def test_list_databases(sqlms):
    with replay(CASSETTE.format("test_list_databases")):
        name = create_server(sqlms, "q2dkhhxjvj")
        sqlms.create_database(name, "temp", BASIC, "Basic", None, None)
        databases = sqlms.list_databases(name)

    assert [d.name for d in databases] == ["master", "temp"]
    master, temp = databases
    assert master.is_system_object is True
    assert master.edition == "System"
    assert temp.edition == "Basic"
    assert temp.id == 4
    assert temp.is_system_object is False
    assert temp.max_size_bytes == 2147483648
