"""The local endpoint's Service Bus (ServiceBusManagementService) operations.

Namespaces can be created, read, listed and deleted; a new one is `Activating` for twice the
operation delay, then `Active`, as the recordings show it being polled. Regions are the
recorded ones. Queues, topics, relays and notification hubs are created through a
namespace's own endpoint, which the local endpoint does not serve, so their lists are
empty feeds; the metrics operations (which need such an entity) answer 501. Bodies travel
in Atom entries and feeds; errors are .NET-serialised strings, as the service sends them
(docs/research/servicebus.md).
"""

from __future__ import annotations

import base64
import datetime
import re
import secrets
import time

from .base import ApiError, Call, Reply, handles, now, serialization_error

DOWNLEVEL = "Request to a downlevel service failed."      # the service's answer to most errors
NAME = re.compile(r"[A-Za-z][A-Za-z0-9-]{4,48}[A-Za-z0-9]")
REGIONS = ["Australia East", "Australia Southeast", "Central US", "East US", "East US 2",
           "North Central US", "South Central US", "West US", "North Europe", "West Europe",
           "East Asia", "Southeast Asia", "Brazil South", "Japan East", "Japan West"]


def _view(call: Call, ns: dict):
    """The stored namespace as the service shows it now: Activating, Active, or Removing
    (disabled, without its key) after a delete."""
    m = call.m
    removing = ns.get("removed_at") is not None
    active = time.time() >= ns["active_at"]
    key = None if removing else ns["key"]
    return m.ServiceBusNamespace(
        name=ns["name"], region=ns["region"], default_key=key,
        status="Removing" if removing else "Active" if active else "Activating",
        created_at=datetime.datetime.fromisoformat(ns["created_at"]),
        acs_management_endpoint=f"https://{ns['name']}-sb.accesscontrol.windows.net/",
        servicebus_endpoint=f"https://{ns['name']}.servicebus.windows.net/",
        connection_string=None if removing else f"Endpoint=sb://{ns['name']}.servicebus."
        f"windows.net/;SharedSecretIssuer=owner;SharedSecretValue={key}",
        subscription_id=call.app.subscription_id.replace("-", ""), enabled=not removing,
        critical=False, create_acs_namespace=True, event_hub_enabled=True if active else None,
        namespace_type="Messaging", resource_group="")


def _namespace(call: Call, name: str | None = None) -> tuple[str, dict]:
    """A namespace that exists (or is still being removed)."""
    key, ns = call.store.find("servicebus_ns", name if name is not None else call.arg("name") or "")
    if ns is not None and ns.get("removed_at") is not None and time.time() >= ns["removed_at"]:
        call.store.delete("servicebus_ns", key)
        ns = None
    if ns is None:
        raise serialization_error(404, DOWNLEVEL)
    return key, ns


def _live(call: Call) -> list[dict]:
    out = []
    for name in [ns["name"] for ns in call.store.values("servicebus_ns")]:
        try:
            out.append(_namespace(call, name)[1])
        except ApiError:
            pass                                        # removal finished just now
    return out


@handles("get_regions")
def get_regions(call: Call):
    return [call.m.ServiceBusRegion(code=r, fullname=r) for r in REGIONS]


@handles("check_namespace_availability")
def check_namespace_availability(call: Call):
    name = call.query.get("namespace") or ""
    taken = any(ns["name"].lower() == name.lower() for ns in _live(call))
    return call.m.NamespaceAvailability(result=bool(NAME.fullmatch(name)) and not taken)


@handles("create_namespace")
def create_namespace(call: Call):
    name = call.arg("name")
    region = call.body.region if call.body is not None else None
    if any(ns["name"].lower() == name.lower() for ns in _live(call)):
        raise serialization_error(403, DOWNLEVEL)       # as recorded for an existing name
    if not NAME.fullmatch(name) or region not in REGIONS:
        raise serialization_error(400, f"The namespace name '{name}' or the region "
                                       f"'{region}' is not valid.")
    ns = {"name": name, "region": region, "created_at": now().isoformat(),
          "key": base64.b64encode(secrets.token_bytes(32)).decode(),
          "active_at": time.time() + 2 * call.app.operation_delay}
    call.store.put("servicebus_ns", name, ns)
    return Reply(200, _view(call, ns))


@handles("get_namespace")
def get_namespace(call: Call):
    return _view(call, _namespace(call)[1])


@handles("list_namespaces")
def list_namespaces(call: Call):
    return [_view(call, ns) for ns in _live(call)]


@handles("delete_namespace")
def delete_namespace(call: Call):
    key, ns = _namespace(call)
    if ns.get("removed_at") is not None:
        raise serialization_error(404, DOWNLEVEL)
    # Shown as Removing for a while, as the recording polls it, then gone.
    ns["removed_at"] = time.time() + 2 * call.app.operation_delay
    call.store.touch("servicebus_ns", key)


@handles("list_queues", "list_topics", "list_relays", "list_notification_hubs")
def list_entities(call: Call):
    _namespace(call)
    return []       # entities are made through the namespace's own endpoint (not served)
