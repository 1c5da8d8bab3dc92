"""Handlers of spec/operations/networking.toml: reserved IP addresses, the DNS servers of a
deployment, virtual network sites."""

from __future__ import annotations

import uuid

from . import data
from .base import Call, bad_request, conflict, fake_ip, handles, name_key, not_found
from .lookups import deployment_by_name, find_service


# --- reserved IP addresses --------------------------------------------------------------

def _reserved_ip(call: Call):
    name = call.arg("name")
    key, ip = call.store.find("reserved_ip", name_key(name or ""))
    if ip is None:
        raise not_found(f"The reserved IP {name} does not exist.")
    return key, ip


@handles("create_reserved_ip_address")
def create_reserved_ip_address(call: Call):
    b = call.body
    if not b.name or not b.location:
        raise bad_request("Name and Location are required.")
    if b.location not in data.LOCATIONS:
        raise bad_request(f"The location '{b.location}' is not a valid location.")
    if call.store.find("reserved_ip", name_key(b.name))[1] is not None:
        raise conflict(f"A reserved IP named {b.name} already exists.")
    call.store.put("reserved_ip", name_key(b.name), call.m.ReservedIP(
        name=b.name, address=fake_ip("reserved/" + b.name, "23"), id=str(uuid.uuid4()),
        label=b.label, state="Created", location=b.location, in_use=False))


@handles("list_reserved_ip_addresses")
def list_reserved_ip_addresses(call: Call):
    return call.store.values("reserved_ip")


@handles("get_reserved_ip_address")
def get_reserved_ip_address(call: Call):
    return _reserved_ip(call)[1]


@handles("delete_reserved_ip_address")
def delete_reserved_ip_address(call: Call):
    key, ip = _reserved_ip(call)
    if ip.in_use:
        raise conflict(f"The reserved IP {ip.name} is in use by deployment {ip.deployment_name}; "
                       "disassociate it first.")
    call.store.delete("reserved_ip", key)


@handles("associate_reserved_ip_address", "disassociate_reserved_ip_address")
def associate_reserved_ip_address(call: Call):
    key, ip = _reserved_ip(call)
    b = call.body
    skey, svc = find_service(call, b.service_name or "")
    dkey, dep = deployment_by_name(call, skey, b.deployment_name or "")
    associate = call.op.name.startswith("associate")
    if associate and ip.in_use:
        raise conflict(f"The reserved IP {ip.name} is already in use.")
    if not associate and (not ip.in_use or (ip.deployment_name or "").lower() != dep.name.lower()):
        raise bad_request(f"The reserved IP {ip.name} is not associated with deployment {dep.name}.")
    ip.in_use = associate
    ip.service_name = svc.service_name if associate else None
    ip.deployment_name = dep.name if associate else None
    for vip in dep.virtual_ips or []:
        vip.is_reserved = associate
        vip.reserved_ip_name = ip.name if associate else None
        vip.address = ip.address if associate else fake_ip(svc.service_name, "23")
    call.store.touch("reserved_ip", key)
    call.store.touch("deployment", dkey)

# --- DNS servers of a deployment --------------------------------------------------------

def _dns(call: Call):
    key, _ = find_service(call)
    dkey, dep = deployment_by_name(call, key, call.arg("deployment_name"))
    servers = dep.dns.dns_servers if dep.dns is not None and dep.dns.dns_servers else []
    return dkey, dep, servers


@handles("add_dns_server")
def add_dns_server(call: Call):
    dkey, dep, servers = _dns(call)
    b = call.body
    if not b.name or not b.address:
        raise bad_request("Name and Address are required.")
    if any(s.name.lower() == b.name.lower() for s in servers):
        raise conflict(f"A DNS server named {b.name} already exists in the deployment.")
    dep.dns = call.m.DeploymentDns(
        dns_servers=[*servers, call.m.DeploymentDnsServer(name=b.name, address=b.address)])
    call.store.touch("deployment", dkey)


def _dns_server(call: Call):
    dkey, dep, servers = _dns(call)
    name = call.arg("dns_server_name") or ""
    for s in servers:
        if s.name.lower() == name.lower():
            return dkey, dep, servers, s
    raise not_found(f"The DNS server {name} does not exist in the deployment.")


@handles("update_dns_server")
def update_dns_server(call: Call):
    dkey, _, _, server = _dns_server(call)
    if call.body.address:
        server.address = call.body.address
    call.store.touch("deployment", dkey)


@handles("delete_dns_server")
def delete_dns_server(call: Call):
    dkey, dep, servers, server = _dns_server(call)
    servers.remove(server)
    dep.dns = call.m.DeploymentDns(dns_servers=servers) if servers else None
    call.store.touch("deployment", dkey)

@handles("list_virtual_network_sites")
def list_virtual_network_sites(call: Call):
    return []       # virtual networks are not emulated: the subscription has none
