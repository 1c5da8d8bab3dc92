"""Handlers of spec/operations/affinity_groups.toml."""

from __future__ import annotations

import copy

from . import data
from .base import Call, Reply, bad_request, conflict, handles, mgmt_url, name_key, not_found, now
from .lookups import AFFINITY_NOT_FOUND


# --- affinity groups --------------------------------------------------------------------

def _group(call: Call, name: str):
    key, group = call.store.find("affinity_group", name_key(name))
    if group is None:
        raise not_found(AFFINITY_NOT_FOUND)
    return key, group


@handles("create_affinity_group")
def create_affinity_group(call: Call):
    b = call.body
    if not b.name or not b.label or not b.location:
        raise bad_request("Name, Label and Location are required.")
    if b.location not in data.LOCATIONS:
        raise bad_request(f"The location '{b.location}' is not a valid location.")
    if call.store.find("affinity_group", name_key(b.name))[1] is not None:
        raise conflict(f"An affinity group named '{b.name}' already exists in the subscription.")
    call.store.put("affinity_group", name_key(b.name), call.m.AffinityGroup(
        name=b.name, label=b.label, description=b.description, location=b.location,
        capabilities=["PersistentVMRole", "HighMemory"], created_time=now()))
    return Reply(201)


@handles("list_affinity_groups")
def list_affinity_groups(call: Call):
    return [_affinity_view(call, g, detail=False) for g in call.store.values("affinity_group")]


def _affinity_view(call: Call, g, detail: bool):
    v = copy.copy(g)
    if detail:
        m = call.m
        v.hosted_services = [
            m.HostedService(url=mgmt_url(call, "services", "hostedservices", s.service_name),
                            service_name=s.service_name)
            for s in call.store.values("hosted_service")
            if (s.hosted_service_properties.affinity_group or "").lower() == g.name.lower()]
        v.storage_services = [
            m.StorageService(url=mgmt_url(call, "services", "storageservices", s.service_name),
                             service_name=s.service_name)
            for s in call.store.values("storage")
            if (s.storage_service_properties.affinity_group or "").lower() == g.name.lower()]
    else:
        v.hosted_services = v.storage_services = None
    return v


@handles("get_affinity_group_properties")
def get_affinity_group_properties(call: Call):
    _, g = _group(call, call.arg("affinity_group_name"))
    return _affinity_view(call, g, detail=True)


@handles("update_affinity_group")
def update_affinity_group(call: Call):
    key, g = _group(call, call.arg("affinity_group_name"))
    if call.body.label is not None:
        g.label = call.body.label
    if call.body.description is not None:
        g.description = call.body.description
    call.store.touch("affinity_group", key)


@handles("delete_affinity_group")
def delete_affinity_group(call: Call):
    key, g = _group(call, call.arg("affinity_group_name"))
    view = _affinity_view(call, g, detail=True)
    if view.hosted_services or view.storage_services:
        raise conflict(f"The affinity group '{g.name}' is in use by cloud services or storage "
                       "accounts; delete or move them first.")
    call.store.delete("affinity_group", key)
