"""Lookups and checks that several areas share: cloud services and their deployments,
placement (location or affinity group), the disks a deployment holds."""

from __future__ import annotations

import copy
from typing import Any

from . import data, states
from .base import Call, bad_request, conflict, name_key, not_found, now

SERVICE_NOT_FOUND = "The hosted service does not exist."
NO_DEPLOYMENTS = "No deployments were found."
AFFINITY_NOT_FOUND = "The affinity group does not exist."


def check_placement(call: Call, location: str | None, affinity_group: str | None) -> str | None:
    """Exactly one of location and affinity group; returns the effective region."""
    if bool(location) == bool(affinity_group):
        raise bad_request("Either Location or AffinityGroup must be specified, but not both.")
    if affinity_group:
        _, group = call.store.find("affinity_group", name_key(affinity_group))
        if group is None:
            raise not_found(AFFINITY_NOT_FOUND)
        return group.location
    if location not in data.LOCATIONS:
        raise bad_request(f"The location '{location}' is not a valid location. Valid locations "
                          f"are: {', '.join(data.LOCATIONS)}.")
    return location

def find_service(call: Call, name: str | None = None):
    key, svc = call.store.find("hosted_service", name_key(name or call.arg("service_name")))
    if svc is None:
        raise not_found(SERVICE_NOT_FOUND)
    return key, svc


def deployments_of(call: Call, service_key: str) -> list[tuple[str, Any]]:
    prefix = service_key + "/"
    return [(k, d) for k, d in call.store.items("deployment") if k.startswith(prefix)]

def deployment_view(call: Call, dkey: str, dep):
    """The deployment as a GET shows it now: its Status and its role instances' states
    while they are in transition (`states`); the stored deployment otherwise."""
    step = states.current(call.store, "deployment", dkey)
    instances = [states.instance_view(call.store, dkey, i) for i in dep.role_instance_list or []]
    if step is None and all(a is b for a, b in zip(instances, dep.role_instance_list or [])):
        return dep
    v = copy.copy(dep)
    if step is not None:
        v.status = step
    if dep.role_instance_list is not None:
        v.role_instance_list = instances
    return v


def forget_deployment(call: Call, dkey: str) -> None:
    """Drop the state transitions of a deleted deployment and of its role instances."""
    states.forget(call, "deployment", dkey)
    states.forget(call, "role", dkey)


def parse_slot(value: str) -> str:
    v = (value or "").lower()
    if v not in ("production", "staging"):
        raise bad_request(f"The deployment slot '{value}' is not valid: use production or staging.")
    return v.capitalize()


def deployment_by_name(call: Call, service_key: str, name: str):
    key = f"{service_key}/{name_key(name)}"
    d = call.store.get("deployment", key)
    if d is None:
        raise not_found(NO_DEPLOYMENTS)
    return key, d


def deployment_by_slot(call: Call, service_key: str, slot: str):
    for key, d in deployments_of(call, service_key):
        if d.deployment_slot == slot:
            return key, d
    return None, None

def service_url(svc_name: str, slot: str, private_id: str) -> str:
    return (f"http://{svc_name}.cloudapp.net/" if slot == "Production"
            else f"http://{private_id}.cloudapp.net/")

def check_new_deployment(call: Call, service_key: str, slot: str, name: str) -> None:
    if deployment_by_slot(call, service_key, slot)[1] is not None:
        raise conflict(f"There is already a deployment in the {slot} slot of this cloud service.")
    if call.store.get("deployment", f"{service_key}/{name_key(name)}") is not None:
        raise conflict(f"A deployment named '{name}' already exists in this cloud service.")

def dep_service(dkey: str) -> str:
    return dkey.partition("/")[0]

def group_location(call: Call, svc) -> str | None:
    ag = svc.hosted_service_properties.affinity_group
    if not ag:
        return None
    g = call.store.find("affinity_group", name_key(ag))[1]
    return g.location if g else None

def register_disk(call: Call, svc, dep_name: str, role_name: str, name: str, *, os=None,
                  media_link=None, source_image_name=None, label=None, size=30) -> None:
    location = svc.hosted_service_properties.location or group_location(call, svc)
    call.store.put("disk", name_key(name), call.m.Disk(
        affinity_group=svc.hosted_service_properties.affinity_group,
        attached_to=call.m.AttachedTo(hosted_service_name=svc.service_name,
                                      deployment_name=dep_name, role_name=role_name),
        has_operating_system=os is not None, is_corrupted=False, os=os, label=label or name,
        location=location, logical_disk_size_in_gb=size, media_link=media_link, name=name,
        source_image_name=source_image_name, created_time=now(), io_type="Standard"))


def release_disks(call: Call, *, service: str, deployment: str | None = None,
                  role: str | None = None, delete: bool = False) -> None:
    for key, disk in call.store.items("disk"):
        a = disk.attached_to
        if a is None or a.hosted_service_name.lower() != service.lower():
            continue
        if deployment and a.deployment_name.lower() != deployment.lower():
            continue
        if role and a.role_name.lower() != role.lower():
            continue
        if delete:
            call.store.delete("disk", key)
        else:
            disk.attached_to = None
            call.store.touch("disk", key)
