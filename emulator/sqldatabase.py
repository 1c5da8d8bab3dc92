"""The local endpoint's SQL Database (SqlDatabaseManagementService) operations.

Servers get a generated ten-character name, as Azure gives them; each new server has the
`master` database, one DTU quota and the service objectives the recordings list. Answers
follow the recordings (docs/research/sqldatabase.md): creates 201 with the new resource,
updates 200 with it, deletes and the password reset 200 without a body.
"""

from __future__ import annotations

import copy
import datetime
import re
import secrets
import string
from typing import Any

from . import data
from .base import Call, Reply, bad_request, conflict, handles, mgmt_url, not_found, now

SERVER_NOT_FOUND = "Resource with the name '{}' does not exist. To continue, specify a valid resource name."
DATABASE_TYPE = "Microsoft.SqlAzure.Database"
FIREWALL_TYPE = "Microsoft.SqlAzure.FirewallRule"
COLLATION = "SQL_Latin1_General_CP1_CI_AS"
SYSTEM_OBJECTIVE = "26e021db-f1f9-4c98-84c6-92af8ef433d7"
BASIC_OBJECTIVE = "dd6d99bb-f193-4ec1-86f2-43d3bccbc49c"
RULE_NAME = re.compile(r"[^<>*%&:\\/?]{1,128}")
IPV4 = re.compile(r"(25[0-5]|2[0-4]\d|1?\d?\d)(\.(25[0-5]|2[0-4]\d|1?\d?\d)){3}")

# (name, id, is_default, is_system, description, enabled, dimension setting (name, id,
# description, ordinal, is_default)): the objectives every recorded server lists.
OBJECTIVES = [
    ("Basic", BASIC_OBJECTIVE, False, False, "Basic resource allocation.", True,
     ("Basic", "3a2b7a50-065b-4c55-921d-c0ca49e174d3", "Basic resource allocation.", 3, False)),
    ("S0", "f1173c43-91bd-4aaa-973c-54e79e15235b", False, False, "Standard S0 resource allocation.", True,
     ("S0", "e3dbbb0b-df82-44fd-b742-425e2a491091", "Standard S0 resource allocation.", 4, False)),
    ("S1", "1b1ebd4d-d903-4baa-97f9-4ea675f5e928", False, False, "Standard S1 resource allocation.", True,
     ("S1", "2e9b7ede-a777-4244-945c-9f319b1cec02", "Standard S1 resource allocation.", 5, False)),
    ("S2", "455330e1-00cd-488b-b5fa-177c226f28b7", False, False, "Standard S2 resource allocation.", True,
     ("S2", "a6929526-f04f-48d2-8c46-babe799f2192", "Standard S2 resource allocation.", 6, False)),
    ("S3", "789681b8-ca10-4eb0-bdf2-e0b050601b40", False, False, "Standard S3 resource allocation.", True,
     ("S3", "c36fca14-fd18-424e-a437-ab6b7fa30a85", "Standard S3 resource allocation.", 7, False)),
    ("S4", "66add646-e451-4d66-8589-680c60a920cc", False, False, "Standard S4 resource allocation.", True,
     ("S4", "e0de5c07-3096-42dc-b959-781f5a0d7dbc", "Standard S4 resource allocation.", 8, False)),
    ("P1", "7203483a-c4fb-4304-9e9f-17c71c904f5d", False, False, "Premium P1 resource allocation.", True,
     ("P1", "765fbda3-73c9-4fad-996e-7c0e4e219f68", "Premium P1 resource allocation.", 9, False)),
    ("P2", "a7d1b92d-c987-4375-b54d-2b1d0e0f5bb0", False, False, "Premium P2 resource allocation.", True,
     ("P2", "b15e89f1-02b5-4618-b44d-75d37261b94b", "Premium P2 resource allocation.", 10, False)),
    ("P3", "a7c4c615-cfb1-464b-b252-925be0a19446", False, False, "Premium P3 resource allocation.", True,
     ("P3", "c4da00a1-df48-4f87-930e-dbc170fe1cef", "Premium P3 resource allocation.", 11, False)),
    ("P3 deprecated", "e210706e-cd95-4f72-b5e5-885f8a1406e8", False, False,
     "Premium P3 deprecated resource allocation.", False,
     ("P3 deprecated", "8efe7983-8e31-4ddb-82d2-5c00e4f48631",
      "Premium P3 deprecated resource allocation.", 12, False)),
    ("System", SYSTEM_OBJECTIVE, False, True, "Used for master database only.", True,
     ("System", "5b1e7ca2-f1c8-4da8-bb42-7ebe94a92609", "Used for master database only.", 1, False)),
    ("System Standard", "a45fea0c-e63c-4bf0-9f81-9964c86b7d2a", False, True,
     "Used for master database only.", True,
     ("Shared", "22467ff6-6823-4d18-a169-913150e7714f", "Shared resource allocation.", 2, True)),
    ("Shared", "910b4fcb-8a29-4c3e-958f-f7ba794388b2", True, False, "Shared resource allocation.", True,
     ("Shared", "22467ff6-6823-4d18-a169-913150e7714f", "Shared resource allocation.", 2, True)),
]
OBJECTIVE_BY_ID = {o[1]: o for o in OBJECTIVES}
# Edition -> (default objective, default and largest size in GB)
EDITIONS = {"Basic": (BASIC_OBJECTIVE, 2, 2), "Standard": ("f1173c43-91bd-4aaa-973c-54e79e15235b", 250, 250),
            "Premium": ("7203483a-c4fb-4304-9e9f-17c71c904f5d", 500, 500),
            "Web": ("910b4fcb-8a29-4c3e-958f-f7ba794388b2", 1, 5),
            "Business": ("910b4fcb-8a29-4c3e-958f-f7ba794388b2", 10, 150)}


# --- servers ---------------------------------------------------------------------------

def _server_key(call: Call, name: str | None = None) -> str:
    name = name if name is not None else call.arg("server_name")
    key, server = call.store.find("sql_server", name or "")
    if server is None:
        raise not_found(SERVER_NOT_FOUND.format(name))
    return key


def _links(call: Call, server: str, kind: str, name: str) -> dict[str, str]:
    base = mgmt_url(call, "services", "sqlservers", "servers", server)
    return {"self_link": f"{base}/{kind}/{name}", "parent_link": base}


@handles("create_server")
def create_server(call: Call):
    b = call.body
    if not b.administrator_login or not b.administrator_login_password:
        raise bad_request("An administrator login and password are required.")
    if b.administrator_login.lower() in ("sa", "admin", "administrator", "root", "guest"):
        raise bad_request(f"Invalid administrator login '{b.administrator_login}'.")
    if b.location not in data.LOCATIONS:
        raise bad_request(f"The location '{b.location}' is not valid.")
    alphabet = string.ascii_lowercase + string.digits
    while True:
        name = "".join(secrets.choice(alphabet) for _ in range(10))
        if call.store.get("sql_server", name) is None:
            break
    fqdn = f"{name}.database.windows.net"
    call.store.put("sql_server", name, {
        "name": name, "administrator_login": b.administrator_login, "location": b.location,
        "fully_qualified_domain_name": fqdn, "version": "2.0", "state": "Ready"})
    created = now()
    call.store.put("sql_database", f"{name}/master", _database(
        call, name, "master", 1, "System", 5, SYSTEM_OBJECTIVE, created, system=True))
    return Reply(201, call.m.CreateServerResponse(server_name=name,
                                                  fully_qualified_domain_name=fqdn))


@handles("list_servers")
def list_servers(call: Call):
    return [call.m.Server(**s) for s in call.store.values("sql_server")]


@handles("delete_server")
def delete_server(call: Call):
    key = _server_key(call)
    for kind in ("sql_database", "sql_firewall"):
        for k, _ in call.store.children(kind, key):
            call.store.delete(kind, k)
    call.store.delete("sql_server", key)


@handles("set_server_admin_password")
def set_server_admin_password(call: Call):
    _server_key(call)
    if not call.body or not call.body.admin_password:
        raise bad_request("The new administrator password is required.")
    return Reply(200)


@handles("list_quotas")
def list_quotas(call: Call):
    key = _server_key(call)
    return [call.m.ServerQuota(name="server_dtu_quota", type="Microsoft.SqlAzure.ServerQuota",
                               state="Normal", value=2000,
                               **_links(call, key, "serverquotas", "server_dtu_quota"))]


@handles("get_server_event_logs")
def get_server_event_logs(call: Call):
    _server_key(call)
    return []       # the local endpoint runs no databases, so nothing is ever logged


@handles("list_service_level_objectives")
def list_service_level_objectives(call: Call):
    key = _server_key(call)
    m = call.m
    out = []
    for name, oid, default, system, desc, enabled, dim in OBJECTIVES:
        setting = m.DimensionSetting(
            name=dim[0], type="Microsoft.SqlAzure.DimensionSetting", state="Normal",
            id=dim[1], description=dim[2], ordinal=dim[3], is_default=dim[4],
            **_links(call, key, "dimensionsettings", dim[1]))
        out.append(m.ServiceObjective(
            name=name, type="Microsoft.SqlAzure.ServiceObjective", state="Normal", id=oid,
            is_default=default, is_system=system, description=desc, enabled=enabled,
            dimension_settings=[setting], **_links(call, key, "serviceobjectives", oid)))
    return out


# --- databases -------------------------------------------------------------------------

def _database(call: Call, server: str, name: str, db_id: int, edition: str, size_gb: int,
              objective: str, created: datetime.datetime, system: bool = False,
              collation: str = COLLATION) -> Any:
    return call.m.Database(
        name=name, type=DATABASE_TYPE, state="Normal", id=db_id, edition=edition,
        max_size_gb=size_gb, collation_name=collation, creation_date=created,
        is_federation_root=False, is_system_object=system, max_size_bytes=size_gb * 2 ** 30,
        service_objective_id=objective, assigned_service_objective_id=objective,
        service_objective_assignment_state=1,
        service_objective_assignment_state_description="Complete",
        service_objective_assignment_error_code=0,
        service_objective_assignment_success_date=created,
        recovery_period_start_date=None if system else created + datetime.timedelta(minutes=30),
        is_suspended=False, **_links(call, server, "databases", name))


def _databases_of(call: Call, server: str) -> list[tuple[str, Any]]:
    return call.store.children("sql_database", server)


def _database_key(call: Call, server: str, name: str) -> str:
    key, db = call.store.find("sql_database", f"{server}/{name}")
    if db is None:
        raise not_found(f"Resource with the name '{name}' does not exist. To continue, "
                        "specify a valid resource name.")
    return key


def _sizing(edition: str, size_bytes: int | None, objective: str | None) -> tuple[int, str]:
    if edition not in EDITIONS:
        raise bad_request(f"The edition '{edition}' is not a valid edition.")
    default_objective, default_gb, max_gb = EDITIONS[edition]
    size_gb = default_gb
    if size_bytes is not None:
        if size_bytes <= 0 or size_bytes % 2 ** 30 or size_bytes // 2 ** 30 > max_gb:
            raise bad_request(f"The database size {size_bytes} bytes is not valid for the "
                              f"{edition} edition.")
        size_gb = size_bytes // 2 ** 30
    if objective is not None and (objective.lower() not in OBJECTIVE_BY_ID
                                  or OBJECTIVE_BY_ID[objective.lower()][3]):
        raise bad_request(f"The service objective '{objective}' does not exist.")
    return size_gb, (objective or default_objective).lower()


@handles("create_database")
def create_database(call: Call):
    server = _server_key(call)
    b = call.body
    if not b.name:
        raise bad_request("The database name is required.")
    if call.store.find("sql_database", f"{server}/{b.name}")[1] is not None:
        raise conflict(f"Database '{b.name}' already exists. Choose a different database name.")
    size_gb, objective = _sizing(b.edition or "Basic", b.max_size_bytes, b.service_objective_id)
    # master is 1; user databases are numbered from 4 (as recorded)
    db_id = max([3] + [int(d.id or 0) for _, d in _databases_of(call, server)]) + 1
    db = _database(call, server, b.name, db_id, b.edition or "Basic", size_gb,
                   objective, now(), collation=b.collation_name or COLLATION)
    call.store.put("sql_database", f"{server}/{b.name}", db)
    return Reply(201, db)


@handles("update_database")
def update_database(call: Call):
    server = _server_key(call)
    key = _database_key(call, server, call.arg("name"))
    db = call.store.get("sql_database", key)
    if db.is_system_object:
        raise bad_request("The master database cannot be changed.")
    b = call.body
    edition = b.edition or db.edition
    size_gb, objective = _sizing(edition, b.max_size_bytes if b.max_size_bytes is not None
                                 else db.max_size_bytes, b.service_objective_id
                                 or db.service_objective_id)
    db.edition, db.max_size_gb, db.max_size_bytes = edition, size_gb, size_gb * 2 ** 30
    db.service_objective_id = db.assigned_service_objective_id = objective
    answer = db
    if b.name and b.name != db.name:
        if call.store.find("sql_database", f"{server}/{b.name}")[1] is not None:
            raise conflict(f"Database '{b.name}' already exists. Choose a different database name.")
        call.store.delete("sql_database", key)
        db.name = b.name
        db.self_link = _links(call, server, "databases", b.name)["self_link"]
        db.creation_date = now()            # a rename re-creates the database (recorded)
        call.store.put("sql_database", f"{server}/{b.name}", db)
        # The rename's own answer leaves these two out (nil), as recorded.
        answer = copy.copy(db)
        answer.collation_name = answer.service_objective_id = None
    else:
        call.store.touch("sql_database", key)
    return answer


@handles("delete_database")
def delete_database(call: Call):
    server = _server_key(call)
    key = _database_key(call, server, call.arg("name"))
    if call.store.get("sql_database", key).is_system_object:
        raise bad_request("The master database cannot be deleted.")
    call.store.delete("sql_database", key)


@handles("list_databases")
def list_databases(call: Call):
    server = _server_key(call, call.arg("name"))
    return sorted((d for _, d in _databases_of(call, server)), key=lambda d: int(d.id or 0))


# --- firewall rules --------------------------------------------------------------------

def _check_rule(b) -> None:
    if not b.name or not RULE_NAME.fullmatch(b.name):
        raise bad_request(f"The firewall rule name '{b.name}' is not valid.")
    for ip in (b.start_ip_address, b.end_ip_address):
        if not ip or not IPV4.fullmatch(ip):
            raise bad_request(f"'{ip}' is not a valid IPv4 address.")
    start = tuple(int(p) for p in b.start_ip_address.split("."))
    end = tuple(int(p) for p in b.end_ip_address.split("."))
    if start > end:
        raise bad_request("The start IP address of a firewall rule cannot exceed its end IP address.")


def _rule(call: Call, server: str, b) -> Any:
    return call.m.FirewallRule(name=b.name, type=FIREWALL_TYPE, state="Normal",
                               start_ip_address=b.start_ip_address,
                               end_ip_address=b.end_ip_address,
                               **_links(call, server, "firewallrules", b.name))


@handles("create_firewall_rule")
def create_firewall_rule(call: Call):
    server = _server_key(call)
    _check_rule(call.body)
    if call.store.find("sql_firewall", f"{server}/{call.body.name}")[1] is not None:
        raise conflict(f"A firewall rule named '{call.body.name}' already exists.")
    rule = _rule(call, server, call.body)
    call.store.put("sql_firewall", f"{server}/{rule.name}", rule)
    return Reply(201, rule)


@handles("update_firewall_rule")
def update_firewall_rule(call: Call):
    server = _server_key(call)
    key, old = call.store.find("sql_firewall", f"{server}/{call.arg('name')}")
    if old is None:
        raise not_found(f"Resource with the name '{call.arg('name')}' does not exist. To "
                        "continue, specify a valid resource name.")
    _check_rule(call.body)
    rule = _rule(call, server, call.body)
    call.store.delete("sql_firewall", key)
    call.store.put("sql_firewall", f"{server}/{rule.name}", rule)
    return rule


@handles("delete_firewall_rule")
def delete_firewall_rule(call: Call):
    server = _server_key(call)
    key, rule = call.store.find("sql_firewall", f"{server}/{call.arg('name')}")
    if rule is None:
        raise not_found(f"Resource with the name '{call.arg('name')}' does not exist. To "
                        "continue, specify a valid resource name.")
    call.store.delete("sql_firewall", key)


@handles("list_firewall_rules")
def list_firewall_rules(call: Call):
    server = _server_key(call)
    return [r for _, r in call.store.children("sql_firewall", server)]
