"""Handlers of spec/operations/virtual_machines.toml: virtual machine deployments and
roles, OS images and VM images (with replication and sharing), disks and data disks,
resource extensions."""

from __future__ import annotations

import copy
import hashlib
import uuid
from typing import Any

from . import data, states
from .base import Call, Reply, bad_request, conflict, fake_ip, handles, name_key, not_found, now
from .lookups import (check_new_deployment, deployment_by_name, deployment_view, dep_service,
                      find_service, forget_deployment, group_location, parse_slot,
                      register_disk, release_disks, service_url)

IMAGE_NOT_FOUND = "The image with the specified name does not exist."
CSCFG_NS = "http://schemas.microsoft.com/ServiceHosting/2008/10/ServiceConfiguration"


# --- OS images --------------------------------------------------------------------------

def _available(call: Call, kind: str, key: str) -> bool:
    """Whether a captured or created image is available yet (states, kind "image")."""
    return not states.pending(call.store, "image", f"{kind}/{key}")


def _os_images(call: Call, *, pending: bool = False) -> list:
    """Platform images and the subscription's own; those still being made only with
    `pending` (a name they hold is taken, but they cannot be listed or used yet)."""
    return list(call.app.catalog["platform_os_images"]) + [
        img for key, img in call.store.items("os_image")
        if pending or _available(call, "os_image", key)]


def _find_os_image(call: Call, name: str, *, pending: bool = False):
    for img in _os_images(call, pending=pending):
        if img.name.lower() == (name or "").lower():
            return img
    return None


@handles("list_os_images")
def list_os_images(call: Call):
    return [_replicated_view(call, img) for img in _os_images(call)]


@handles("get_os_image")
def get_os_image(call: Call):
    img = _find_os_image(call, call.arg("image_name"))
    if img is None:
        raise not_found(IMAGE_NOT_FOUND)
    return _replicated_view(call, img)


@handles("get_os_image_details")
def get_os_image_details(call: Call):
    img = get_os_image(call)
    details = convert(img, call.m.OSImageDetails)
    details.replication_progress = [
        call.m.ReplicationProgressElement(location=region, progress=progress)
        for region, progress in _replication_progress(call, img.name)]
    return details


# --- image replication and sharing (publishers) ------------------------------------------
#
# State per image (kind "image_publishing", key: the image name, lower-case):
#   {"regions": [...], "started": epoch seconds, "offer", "sku", "version",
#    "published_name": ..., "permission": None | "public" | "msdn" | "private"}
# Replication is not additive: a new request replaces the region list.  Each target region
# reports Progress 0 until REPLICATION_DELAYS x the operation delay has passed, then 100;
# from then on it is listed in the image's <Location> (OS images, VM images).

REPLICATION_DELAYS = 2
SHARE_PERMISSIONS = ("public", "msdn", "private")
SERIALIZATION_NS = "http://schemas.microsoft.com/2003/10/Serialization/"


def _publishing(call: Call, name: str) -> dict | None:
    return call.store.find("image_publishing", name_key(name or ""))[1]


def _replication_progress(call: Call, name: str) -> list[tuple[str, int]]:
    rec = _publishing(call, name)
    if not rec or not rec.get("regions"):
        return []
    import time
    done = time.time() >= rec["started"] + REPLICATION_DELAYS * call.app.operation_delay
    return [(region, 100 if done else 0) for region in rec["regions"]]


def _with_regions(location: str | None, regions: list[str]) -> str | None:
    have = [r for r in (location or "").split(";") if r]
    extra = [r for r in regions if r not in have]
    return ";".join(have + extra) if extra else location


def _replicated_view(call: Call, img):
    """An OS or VM image as listed: regions it has been replicated to join its Location."""
    done = [r for r, progress in _replication_progress(call, img.name) if progress == 100]
    if not done:
        return img
    v = copy.copy(img)
    v.location = _with_regions(img.location, done)
    return v


def _own_image(call: Call):
    """(kind, key, image) of the subscription's OS or VM image named in the path."""
    name = call.arg("vm_image_name") or ""
    for kind in ("os_image", "vm_image"):
        key, img = call.store.find(kind, name_key(name))
        if img is not None:
            return kind, key, img
    if _find_os_image(call, name) is not None:
        raise bad_request(f"The image '{name}' is a platform image: only the subscription's "
                          "own images can be replicated or shared.")
    raise not_found(IMAGE_NOT_FOUND)


@handles("replicate_vm_image")
def replicate_vm_image(call: Call):
    kind, key, img = _own_image(call)
    b = call.body
    regions = list(b.target_locations or [])
    if not regions:
        raise bad_request("TargetLocations must name at least one region.")
    unknown = [r for r in regions if r not in data.LOCATIONS]
    if unknown:
        raise bad_request(f"The location '{unknown[0]}' is not a valid location. Valid "
                          f"locations are: {', '.join(data.LOCATIONS)}.")
    attrs_ = b.compute_image_attributes
    if attrs_ is None or not (attrs_.offer and attrs_.sku and attrs_.version):
        raise bad_request("ComputeImageAttributes with Offer, Sku and Version are required.")
    import time
    prefix = hashlib.sha256(call.app.subscription_id.encode()).hexdigest()[:32]
    published = f"{prefix}__{img.name}"
    old = _publishing(call, img.name) or {}
    call.store.put("image_publishing", name_key(img.name), {
        "kind": kind, "regions": list(dict.fromkeys(regions)), "started": time.time(),
        "offer": attrs_.offer, "sku": attrs_.sku, "version": attrs_.version,
        "published_name": published, "permission": old.get("permission")})
    # The real service answers 200 at once with the published name, in the .NET
    # serialization namespace (shared/asm-recordings: test_get_os_image_details).
    from asm_sdk_runtime.xml import text
    body = f'<string xmlns="{SERIALIZATION_NS}">{text(published)}</string>'
    return Reply(200, raw=body.encode("utf-8"))


@handles("unreplicate_vm_image")
def unreplicate_vm_image(call: Call):
    _, _, img = _own_image(call)
    key, rec = call.store.find("image_publishing", name_key(img.name))
    if rec is not None:
        call.store.delete("image_publishing", key)


@handles("share_vm_image")
def share_vm_image(call: Call):
    _, _, img = _own_image(call)
    permission = (call.arg("permission") or "").lower()
    if permission not in SHARE_PERMISSIONS:
        raise bad_request(f"The permission '{call.arg('permission')}' is not valid: use "
                          "public, msdn or private.")
    key, rec = call.store.find("image_publishing", name_key(img.name))
    if rec is None or not rec.get("regions"):
        raise bad_request(f"The image {img.name} has not been replicated; replicate it "
                          "before sharing it.")
    rec["permission"] = permission
    call.store.touch("image_publishing", key)


def image_sharing(app, name: str) -> str | None:
    """The sharing permission of an image (no wire shape of the spec carries it)."""
    rec = app.store.find("image_publishing", name_key(name or ""))[1]
    return rec.get("permission") if rec else None


def _forget_publishing(call: Call, name: str) -> None:
    key, rec = call.store.find("image_publishing", name_key(name or ""))
    if rec is not None:
        call.store.delete("image_publishing", key)


def _field_names(obj) -> list[str]:
    import attrs
    return [f.name for f in attrs.fields(type(obj))]


def convert(obj, cls):
    """A `cls` holding the fields `obj` has in common with it (Role <-> PersistentVMRole)."""
    import attrs
    names = {f.name for f in attrs.fields(cls)} - {"unknown_elements"}
    return cls(**{f: getattr(obj, f) for f in _field_names(obj) if f in names})


@handles("add_os_image")
def add_os_image(call: Call):
    b = call.body
    if not b.name or not b.label or not b.media_link or not b.os:
        raise bad_request("Name, Label, MediaLink and OS are required.")
    if b.os not in ("Linux", "Windows"):
        raise bad_request(f"The OS '{b.os}' is not valid: use Linux or Windows.")
    if _find_os_image(call, b.name, pending=True) is not None:
        raise conflict(f"An image named '{b.name}' already exists.")
    img = copy.copy(b)
    img.category = "User"
    img.logical_size_in_gb = img.logical_size_in_gb or 30
    img.location = img.location or "West US"
    img.published_date = None
    call.store.put("os_image", name_key(b.name), img)
    return Reply(200, img, "OSImage")   # the real service answers 200 with the image


@handles("update_os_image", "update_os_image_from_image_reference")
def update_os_image(call: Call):
    name = call.arg("image_name")
    key, img = call.store.find("os_image", name_key(name))
    if img is None:
        if _find_os_image(call, name) is not None:
            raise bad_request(f"The image '{name}' is a platform image and cannot be changed.")
        raise not_found(IMAGE_NOT_FOUND)
    for f in _field_names(call.body):
        v = getattr(call.body, f)
        if f not in ("unknown_elements", "name", "category", "media_link", "os") and v is not None:
            setattr(img, f, v)
    call.store.touch("os_image", key)
    return Reply(200, img, "OSImage")


@handles("delete_os_image")
def delete_os_image(call: Call):
    name = call.arg("image_name")
    key, img = call.store.find("os_image", name_key(name))
    if img is None:
        if _find_os_image(call, name) is not None:
            raise bad_request(f"The image '{name}' is a platform image and cannot be deleted.")
        raise not_found(IMAGE_NOT_FOUND)
    call.store.delete("os_image", key)
    states.forget(call, "image", f"os_image/{key}")
    _forget_publishing(call, img.name)
    return Reply(200)       # the real service answers synchronously

# --- virtual machines -------------------------------------------------------------------

def _network_sets(config_sets) -> list:
    return [c for c in config_sets or [] if c.configuration_set_type == "NetworkConfiguration"]


def _provisioning(config_sets):
    for c in config_sets or []:
        if c.configuration_set_type in ("LinuxProvisioningConfiguration",
                                        "WindowsProvisioningConfiguration"):
            return c
    return None


def _vm_images(call: Call) -> list:
    return [img for key, img in call.store.items("vm_image") if _available(call, "vm_image", key)]


def _find_vm_image(call: Call, name: str, *, pending: bool = False):
    key, img = call.store.find("vm_image", name_key(name or ""))
    return img if img is not None and (pending or _available(call, "vm_image", key)) else None


def _make_vm_role(call: Call, svc, dep_name: str, role) -> tuple[Any, Any]:
    """Validate a requested role; return the stored role and its role instance."""
    m = call.m
    if not role.role_name:
        raise bad_request("RoleName is required.")
    if role.role_type not in (None, "PersistentVMRole"):
        raise bad_request("RoleType must be PersistentVMRole.")
    if role.role_size and role.role_size not in [r[0] for r in data.ROLE_SIZES]:
        raise bad_request(f"The role size '{role.role_size}' is not valid.")
    prov = _provisioning(role.configuration_sets)
    os_disk = role.os_virtual_hard_disk
    image_os = None
    if role.vm_image_name:
        image = _find_vm_image(call, role.vm_image_name)
        if image is None:
            raise bad_request(f"The VM image {role.vm_image_name} does not exist.")
        image_os = image.os_disk_configuration.os if image.os_disk_configuration else None
        if os_disk is not None:
            raise bad_request("OSVirtualHardDisk must not be given with a VMImageName.")
        if (image.os_disk_configuration and image.os_disk_configuration.os_state == "Generalized"
                and prov is None):
            raise bad_request("A generalized VM image needs a provisioning configuration set.")
    elif os_disk is not None:
        if os_disk.source_image_name:
            image = _find_os_image(call, os_disk.source_image_name)
            if image is None:
                raise bad_request(f"The image {os_disk.source_image_name} does not exist.")
            image_os = image.os
        elif os_disk.remote_source_image_link:
            image_os = os_disk.os or "Linux"
        elif not os_disk.disk_name:
            raise bad_request("OSVirtualHardDisk needs a SourceImageName, a "
                              "RemoteSourceImageLink or a DiskName.")
        else:
            image_os = os_disk.os
        if prov is None and not os_disk.disk_name:
            raise bad_request("A provisioning configuration set (Linux or Windows) is required "
                              "to create a virtual machine from an image.")
    else:
        raise bad_request("Either OSVirtualHardDisk or VMImageName must be given.")
    if prov is not None:
        if prov.configuration_set_type == "LinuxProvisioningConfiguration":
            if not prov.host_name or not prov.user_name:
                raise bad_request("HostName and UserName are required for a Linux virtual machine.")
            if image_os == "Windows":
                raise bad_request("A Linux configuration set cannot provision a Windows image.")
        else:
            if not prov.computer_name or not prov.admin_password:
                raise bad_request("ComputerName and AdminPassword are required for a Windows "
                                  "virtual machine.")
            if image_os == "Linux":
                raise bad_request("A Windows configuration set cannot provision a Linux image.")
    stamp = now().strftime("%Y%m%d%H%M%S")
    networks = [copy.deepcopy(c) for c in _network_sets(role.configuration_sets)]
    vip = fake_ip(svc.service_name, "23")
    for net in networks:
        for ep in net.input_endpoints or []:
            ep.vip = vip
    disk_name = f"{svc.service_name}-{role.role_name}-0-{stamp}"
    if os_disk is not None:
        disk = copy.copy(os_disk)
        disk.host_caching = disk.host_caching or "ReadWrite"
        disk.disk_name = disk.disk_name or disk_name
        disk.os = disk.os or image_os
        disk.io_type = disk.io_type or "Standard"
    else:                                   # from a VM image: a copy of its OS disk
        cfg = image.os_disk_configuration
        base = ((cfg.media_link or "").rpartition("/")[0] if cfg else "") or \
            f"https://{svc.service_name}.blob.core.windows.net/vhds"
        disk = m.OSVirtualHardDisk(host_caching=cfg.host_caching if cfg else "ReadWrite",
                                   disk_name=disk_name, media_link=f"{base}/{disk_name}.vhd",
                                   os=image_os, io_type="Standard")
    data_disks = _new_data_disks(svc.service_name, role)
    stored = m.PersistentVMRole(
        role_name=role.role_name, os_version="", role_type="PersistentVMRole",
        configuration_sets=networks or None, resource_extension_references=role.resource_extension_references,
        vm_image_name=role.vm_image_name, availability_set_name=role.availability_set_name,
        data_virtual_hard_disks=data_disks, os_virtual_hard_disk=disk,
        role_size=role.role_size or "Small", provision_guest_agent=role.provision_guest_agent)
    host = (prov.host_name or prov.computer_name) if prov is not None else role.role_name
    endpoints = [m.InstanceEndpoint(name=ep.name, vip=vip, public_port=ep.port,
                                    local_port=ep.local_port, protocol=ep.protocol,
                                    idle_timeout_in_minutes=ep.idle_timeout_in_minutes)
                 for net in networks for ep in net.input_endpoints or []]
    inst = m.RoleInstance(
        role_name=role.role_name, instance_name=role.role_name, instance_status="ReadyRole",
        instance_upgrade_domain=0, instance_fault_domain=0,
        instance_size=role.role_size or "Small", ip_address=fake_ip(dep_name + role.role_name, "10"),
        instance_endpoints=endpoints or None, power_state="Started", host_name=host)
    return stored, inst


def data_disk_name(service: str, role: str, lun: int) -> str:
    """The name Azure gives a data disk created without one (the OS disk is `-0-`)."""
    return f"{service}-{role}-{lun + 1}-{now():%Y%m%d%H%M%S}"


def _new_data_disks(service: str, role) -> list:
    """The data disks of a role being created, as add_data_disk would attach them: LUN
    checked, defaults filled in, a DiskName given to each new disk."""
    out, luns = [], set()
    for dd in role.data_virtual_hard_disks or []:
        disk = copy.copy(dd)
        disk.lun = disk.lun or 0
        if not 0 <= disk.lun <= 31:
            raise bad_request("The LUN must be between 0 and 31.")
        if disk.lun in luns:
            raise bad_request(f"Two data disks of role {role.role_name} use LUN {disk.lun}.")
        luns.add(disk.lun)
        if not disk.media_link and not disk.disk_name:
            raise bad_request("MediaLink or DiskName is required for each data disk.")
        disk.host_caching = disk.host_caching or "None"
        disk.logical_disk_size_in_gb = disk.logical_disk_size_in_gb or 1
        disk.disk_name = disk.disk_name or data_disk_name(service, role.role_name, disk.lun)
        disk.io_type = disk.io_type or "Standard"
        out.append(disk)
    return out


def _check_role_disks(call: Call, role, claimed: set[str] | None = None) -> None:
    """Existing disks a new role names must be free, and the blob of each disk it makes
    must not back another disk (checked before anything changes).  `claimed`: the blobs
    the other roles of the same request make disks of."""
    disks = [d for d in [role.os_virtual_hard_disk, *(role.data_virtual_hard_disks or [])]
             if d is not None]
    for d in disks:
        disk = call.store.find("disk", name_key(d.disk_name))[1] if d.disk_name else None
        if disk is not None and disk.attached_to is not None:
            raise bad_request(f"The disk {d.disk_name} is already attached to virtual machine "
                              f"{disk.attached_to.role_name}.")
        if disk is None and d.media_link:
            check_blob_free(call, d.media_link, claimed)


def _blob_key(media_link: str) -> str:
    # Blob URLs compare without case in the host; the service compares them as given
    # otherwise, but a scheme or host spelled differently names the same blob.
    scheme, _, rest = media_link.strip().partition("://")
    host, _, path = rest.partition("/")
    return f"{scheme.lower()}://{host.lower()}/{path}"


def check_blob_free(call: Call, media_link: str, claimed: set[str] | None = None) -> None:
    """A new disk's blob must not back a registered disk (attached or not: the disk holds
    the blob's lease) nor another disk of the same request: Azure answers 409
    ConflictError naming the blob."""
    key = _blob_key(media_link)
    taken = claimed is not None and key in claimed
    if not taken:
        taken = any(d.media_link and _blob_key(d.media_link) == key
                    for d in call.store.values("disk"))
    if taken:
        raise conflict(f"A lease conflict occurred with the blob {media_link}.")
    if claimed is not None:
        claimed.add(key)


def _register_role_disks(call: Call, svc, dep_name: str, role) -> None:
    _check_role_disks(call, role)
    d = role.os_virtual_hard_disk
    if d is not None and call.store.find("disk", name_key(d.disk_name))[1] is None:
        register_disk(call, svc, dep_name, role.role_name, d.disk_name, os=d.os,
                      media_link=d.media_link, source_image_name=d.source_image_name,
                      label=d.disk_label)
    elif d is not None:
        key, disk = call.store.find("disk", name_key(d.disk_name))
        if disk.attached_to is not None:
            raise bad_request(f"The disk {d.disk_name} is already attached to virtual machine "
                              f"{disk.attached_to.role_name}.")
        disk.attached_to = call.m.AttachedTo(hosted_service_name=svc.service_name,
                                             deployment_name=dep_name, role_name=role.role_name)
        call.store.touch("disk", key)
    for dd in role.data_virtual_hard_disks or []:
        key, disk = call.store.find("disk", name_key(dd.disk_name or ""))
        if disk is None:
            register_disk(call, svc, dep_name, role.role_name, dd.disk_name,
                          media_link=dd.media_link, label=dd.disk_label,
                          size=dd.logical_disk_size_in_gb or 1)
        elif disk.attached_to is not None:
            raise bad_request(f"The disk {dd.disk_name} is already attached to virtual machine "
                              f"{disk.attached_to.role_name}.")
        else:
            disk.attached_to = call.m.AttachedTo(hosted_service_name=svc.service_name,
                                                 deployment_name=dep_name,
                                                 role_name=role.role_name)
            call.store.touch("disk", key)


def _as_role(call: Call, vm_role):
    """A stored PersistentVMRole as the <Role> of a deployment."""
    return convert(vm_role, call.m.Role)


@handles("create_virtual_machine_deployment")
def create_virtual_machine_deployment(call: Call):
    key, svc = find_service(call)
    b = call.body
    slot = parse_slot(b.deployment_slot)
    if slot != "Production":
        raise bad_request("Virtual machine deployments can only be created in the production slot.")
    if not b.name or not b.label:
        raise bad_request("Name and Label are required.")
    if b.virtual_network_name:
        raise bad_request(f"The virtual network {b.virtual_network_name} does not exist.")
    if not b.role_list:
        raise bad_request("RoleList must hold one role.")
    roles, instances = [], []
    for role in b.role_list:
        stored, inst = _make_vm_role(call, svc, b.name, role)
        roles.append(stored)
        instances.append(inst)
    check_new_deployment(call, key, slot, b.name)
    claimed: set[str] = set()
    for stored in roles:
        _check_role_disks(call, stored, claimed)
    for stored in roles:
        _register_role_disks(call, svc, b.name, stored)
    private_id = uuid.uuid4().hex
    t = now()
    m = call.m
    cscfg = ('<ServiceConfiguration xmlns="' + CSCFG_NS + '">' + "".join(
        f'<Role name="{r.role_name}"><Instances count="1" /></Role>' for r in roles)
        + "</ServiceConfiguration>")
    dep = m.Deployment(
        name=b.name, deployment_slot=slot, private_id=private_id, status="Running",
        label=b.label, url=service_url(svc.service_name, slot, private_id),
        configuration=cscfg, role_instance_list=instances, upgrade_domain_count=1,
        role_list=[_as_role(call, r) for r in roles], sdk_version="", locked=False,
        rollback_allowed=False, created_time=t, last_modified_time=t, extended_properties={},
        virtual_ips=[m.VirtualIP(address=fake_ip(svc.service_name, "23"), is_dns_programmed=True,
                                 name=f"{svc.service_name}ContractContract")],
        internal_dns_suffix=f"{svc.service_name}.d1.internal.cloudapp.net")
    dkey = f"{key}/{name_key(b.name)}"
    call.store.put("deployment", dkey, dep)
    states.begin(call, "deployment", dkey, ["Deploying"])
    states.forget(call, "role", dkey)
    for inst in instances:
        states.start_instance(call, dkey, inst, states.VM_CREATE, states.READY)


def _role(call: Call):
    key, _ = find_service(call)
    dkey, dep = deployment_by_name(call, key, call.arg("deployment_name"))
    name = call.arg("role_name")
    for i, r in enumerate(dep.role_list or []):
        if r.role_name.lower() == name.lower():
            return dkey, dep, i, r
    raise not_found(f"Role {name} was not found in the currently deployed service.")


@handles("get_role")
def get_role(call: Call):
    return convert(_role(call)[3], call.m.PersistentVMRole)


@handles("add_role")
def add_role(call: Call):
    key, svc = find_service(call)
    dkey, dep = deployment_by_name(call, key, call.arg("deployment_name"))
    if any(r.role_name.lower() == (call.body.role_name or "").lower() for r in dep.role_list or []):
        raise conflict(f"A role named {call.body.role_name} already exists in the deployment.")
    stored, inst = _make_vm_role(call, svc, dep.name, call.body)
    _register_role_disks(call, svc, dep.name, stored)
    dep.role_list = [*(dep.role_list or []), _as_role(call, stored)]
    dep.role_instance_list = [*(dep.role_instance_list or []), inst]
    states.start_instance(call, dkey, inst, states.VM_CREATE, states.READY)
    dep.last_modified_time = now()
    call.store.touch("deployment", dkey)


@handles("update_role")
def update_role(call: Call):
    dkey, dep, i, r = _role(call)
    b = call.body
    for attr in ("role_size", "availability_set_name", "data_virtual_hard_disks",
                 "resource_extension_references", "provision_guest_agent"):
        if getattr(b, attr, None) is not None:
            setattr(r, attr, getattr(b, attr))
    nets = _network_sets(b.configuration_sets)
    if nets:
        r.configuration_sets = nets
    for inst in dep.role_instance_list or []:
        if inst.role_name == r.role_name and b.role_size:
            inst.instance_size = b.role_size
    dep.last_modified_time = now()
    call.store.touch("deployment", dkey)


@handles("delete_role")
def delete_role(call: Call):
    dkey, dep, i, r = _role(call)
    if len(dep.role_list) == 1:
        raise bad_request("The last role of a deployment cannot be deleted; delete the "
                          "deployment instead.")
    dep.role_list = [x for x in dep.role_list if x is not r]
    release_disks(call, service=dep_service(dkey), deployment=dep.name, role=r.role_name,
                  delete=call.query.get("comp", "").lower() == "media")
    for x in dep.role_instance_list or []:
        if x.role_name == r.role_name:
            states.forget(call, "role", states.instance_key(dkey, x.instance_name))
    dep.role_instance_list = [x for x in dep.role_instance_list or []
                              if x.role_name != r.role_name]
    call.store.touch("deployment", dkey)

def _set_power(call: Call, dkey: str, dep, role_names: set[str], running: bool,
               deallocate: bool = False, restart: bool = False):
    """Start (restart) or stop the instances of the named roles, through the transitional
    states of `states` (StartingVM, StoppingVM, ...)."""
    for inst in dep.role_instance_list or []:
        if inst.role_name.lower() not in role_names:
            continue
        if running:
            states.start_instance(call, dkey, inst,
                                  states.ROLE_RESTART if restart else states.ROLE_START,
                                  states.READY)
        else:
            states.start_instance(call, dkey, inst, states.ROLE_STOP,
                                  ("StoppedDeallocated" if deallocate else "StoppedVM",
                                   "Stopped"))


@handles("start_role", "restart_role")
def start_role(call: Call):
    dkey, dep, _, r = _role(call)
    _set_power(call, dkey, dep, {r.role_name.lower()}, True,
               restart=call.op.name == "restart_role")
    call.store.touch("deployment", dkey)


@handles("shutdown_role")
def shutdown_role(call: Call):
    dkey, dep, _, r = _role(call)
    _set_power(call, dkey, dep, {r.role_name.lower()}, False,
               (call.body.post_shutdown_action or "") == "StoppedDeallocated")
    call.store.touch("deployment", dkey)


@handles("start_roles", "shutdown_roles")
def start_or_shutdown_roles(call: Call):
    key, _ = find_service(call)
    dkey, dep = deployment_by_name(call, key, call.arg("deployment_name"))
    names = {n.lower() for n in call.body.roles or []}
    known = {r.role_name.lower() for r in dep.role_list or []}
    missing = names - known
    if missing:
        raise not_found(f"Role {sorted(missing)[0]} was not found in the currently deployed service.")
    start = call.op.name == "start_roles"
    _set_power(call, dkey, dep, names, start,
               not start and (call.body.post_shutdown_action or "") == "StoppedDeallocated")
    call.store.touch("deployment", dkey)


def _capture_source(call: Call):
    key, svc = find_service(call)
    dkey, dep = deployment_by_name(call, key, call.arg("deployment_name"))
    name = call.arg("role_name")
    for r in dep.role_list or []:
        if r.role_name.lower() == name.lower():
            return svc, dkey, dep, r
    raise not_found(f"Role {name} was not found in the currently deployed service.")


@handles("capture_vm_image")
def capture_vm_image(call: Call):
    svc, dkey, dep, role = _capture_source(call)
    b = call.body
    if b.os_state not in ("Specialized", "Generalized"):
        raise bad_request("OSState must be Specialized or Generalized.")
    if not b.vm_image_name or not b.vm_image_label:
        raise bad_request("VMImageName and VMImageLabel are required.")
    if _find_vm_image(call, b.vm_image_name, pending=True) is not None:
        raise conflict(f"A VM image named {b.vm_image_name} already exists.")
    m = call.m
    disk = role.os_virtual_hard_disk
    t = now()
    state = "ReadyRole"
    for inst in deployment_view(call, dkey, dep).role_instance_list or []:
        if inst.role_name == role.role_name:
            state = inst.instance_status
    base = (disk.media_link or "").rpartition("/")[0] if disk is not None else ""
    image = m.VMImage(
        name=b.vm_image_name, label=b.vm_image_label, description=b.description,
        category="User",
        os_disk_configuration=m.OSDiskConfiguration(
            name=f"{b.vm_image_name}-os-{t:%Y-%m-%d}",
            host_caching=disk.host_caching if disk else "ReadWrite", os_state=b.os_state,
            os=disk.os if disk else None,
            media_link=f"{base}/{b.vm_image_name}-os-{t:%Y-%m-%d}.vhd" if base else None,
            logical_disk_size_in_gb=30, io_type="Standard"),
        data_disk_configurations=[], service_name=svc.service_name, deployment_name=dep.name,
        role_name=role.role_name,
        location=svc.hosted_service_properties.location or group_location(call, svc),
        created_time=t, modified_time=t, language=b.language, image_family=b.image_family,
        recommended_vm_size=b.recommended_vm_size, is_premium=False,
        vm_image_state="VMImageReadyForUse", role_state_on_capture=state,
        role_size_on_capture=role.role_size)
    call.store.put("vm_image", name_key(b.vm_image_name), image)
    states.begin(call, "image", f"vm_image/{name_key(b.vm_image_name)}", ["pending"])

@handles("capture_role")
def capture_role(call: Call):
    svc, dkey, dep, role = _capture_source(call)
    b = call.body
    if not b.target_image_name or not b.target_image_label:
        raise bad_request("TargetImageName and TargetImageLabel are required.")
    if b.post_capture_action not in ("Delete", "Reprovision"):
        raise bad_request("PostCaptureAction must be Delete or Reprovision.")
    if _find_os_image(call, b.target_image_name, pending=True) is not None:
        raise conflict(f"An image named '{b.target_image_name}' already exists.")
    disk = role.os_virtual_hard_disk
    call.store.put("os_image", name_key(b.target_image_name), call.m.OSImage(
        category="User", label=b.target_image_label,
        location=svc.hosted_service_properties.location, logical_size_in_gb=30,
        media_link=disk.media_link if disk else None, name=b.target_image_name,
        os=disk.os if disk else None))
    states.begin(call, "image", f"os_image/{name_key(b.target_image_name)}", ["pending"])
    if b.post_capture_action == "Delete":
        call.store.delete("deployment", dkey)
        forget_deployment(call, dkey)


@handles("list_vm_images")
def list_vm_images(call: Call):
    out = []
    location, publisher, category = (call.arg("location"), call.arg("publisher"),
                                     call.arg("category"))
    for img in (_replicated_view(call, i) for i in _vm_images(call)):
        if location and location not in (img.location or "").split(";"):
            continue
        if publisher and (img.publisher_name or "").lower() != publisher.lower():
            continue
        if category and (img.category or "").lower() != category.lower():
            continue
        out.append(img)
    return out


@handles("create_vm_image")
def create_vm_image(call: Call):
    b = call.body
    if not b.name or not b.label or b.os_disk_configuration is None:
        raise bad_request("Name, Label and OSDiskConfiguration are required.")
    if _find_vm_image(call, b.name, pending=True) is not None:
        raise conflict(f"A VM image named {b.name} already exists.")
    img = copy.copy(b)
    img.category = "User"
    img.created_time = img.modified_time = now()
    img.vm_image_state = "VMImageReadyForUse"
    img.is_premium = False
    call.store.put("vm_image", name_key(b.name), img)
    states.begin(call, "image", f"vm_image/{name_key(b.name)}", ["pending"])


@handles("update_vm_image")
def update_vm_image(call: Call):
    name = call.arg("vm_image_name")
    key, img = call.store.find("vm_image", name_key(name))
    if img is None:
        raise not_found(IMAGE_NOT_FOUND)
    for f in ("label", "description", "language", "image_family", "recommended_vm_size",
              "eula", "icon_uri", "small_icon_uri", "privacy_uri", "published_date",
              "show_in_gui"):
        v = getattr(call.body, f, None)
        if v is not None:
            setattr(img, f, v)
    img.modified_time = now()
    call.store.touch("vm_image", key)
    return Reply(200)


@handles("delete_vm_image")
def delete_vm_image(call: Call):
    key, img = call.store.find("vm_image", name_key(call.arg("vm_image_name")))
    if img is None:
        raise not_found(IMAGE_NOT_FOUND)
    call.store.delete("vm_image", key)
    states.forget(call, "image", f"vm_image/{key}")
    _forget_publishing(call, img.name)

# --- resource extensions ----------------------------------------------------------------

RESOURCE_EXTENSIONS = [
    # publisher, name, versions, label, supported OS
    ("Microsoft.Compute", "BGInfo", ["1.0", "1.1"], "BGInfo extension", "Windows"),
    ("Microsoft.Compute", "VMAccessAgent", ["1.0", "2.0"], "VM access agent", "Windows"),
    ("Microsoft.OSTCExtensions", "VMAccessForLinux", ["1.1", "1.2"], "VM access for Linux",
     "Linux"),
    ("Chef.Bootstrap.WindowsAzure", "ChefClient", ["11.12", "11.14"], "Chef client", "Windows"),
]


def _extensions(call: Call, publisher: str | None = None, name: str | None = None):
    m = call.m
    out = []
    for pub, ext, versions, label, os_ in RESOURCE_EXTENSIONS:
        if publisher is None:
            versions = versions[-1:]
        elif (pub.lower(), ext.lower()) != (publisher.lower(), (name or "").lower()):
            continue
        out.extend(m.ResourceExtension(publisher=pub, name=ext, version=v, label=label,
                                       description=label, replication_completed=True,
                                       is_json_extension=True, supported_os=os_)
                   for v in versions)
    return out


@handles("list_resource_extensions")
def list_resource_extensions(call: Call):
    return _extensions(call)


@handles("list_resource_extension_versions")
def list_resource_extension_versions(call: Call):
    return _extensions(call, call.arg("publisher_name"), call.arg("extension_name"))

# --- disks ------------------------------------------------------------------------------

def _disk(call: Call, name: str | None = None):
    name = name or call.arg("disk_name") or ""
    key, disk = call.store.find("disk", name_key(name))
    if disk is None:
        raise not_found("The disk with the specified name does not exist.")
    return key, disk

@handles("list_disks")
def list_disks(call: Call):
    return call.store.values("disk")


@handles("get_disk")
def get_disk(call: Call):
    return _disk(call)[1]


@handles("add_disk")
def add_disk(call: Call):
    b = call.body
    if not b.name or not b.label or not b.media_link:
        raise bad_request("Name, Label and MediaLink are required.")
    if b.os is not None and b.os not in ("Linux", "Windows"):
        raise bad_request(f"The OS '{b.os}' is not valid: use Linux or Windows.")
    if call.store.find("disk", name_key(b.name))[1] is not None:
        raise conflict(f"A disk named {b.name} already exists.")
    disk = copy.copy(b)
    disk.has_operating_system = b.os is not None
    disk.is_corrupted, disk.created_time, disk.io_type = False, now(), "Standard"
    disk.logical_disk_size_in_gb = disk.logical_disk_size_in_gb or 30
    disk.location = disk.location or "West US"
    call.store.put("disk", name_key(b.name), disk)
    return Reply(200)


@handles("update_disk")
def update_disk(call: Call):
    key, disk = _disk(call)
    if call.body.label:
        disk.label = call.body.label
    call.store.touch("disk", key)
    return Reply(200)


@handles("delete_disk")
def delete_disk(call: Call):
    key, disk = _disk(call)
    a = disk.attached_to
    if a is not None:
        raise bad_request(f"A disk with name {disk.name} is currently in use by virtual machine "
                          f"{a.role_name} running within hosted service {a.hosted_service_name}, "
                          f"deployment {a.deployment_name}.")
    call.store.delete("disk", key)
    return Reply(200)


def _data_disks(call: Call):
    dkey, dep, _, role = _role(call)
    if role.data_virtual_hard_disks is None:
        role.data_virtual_hard_disks = []
    return dkey, dep, role, role.data_virtual_hard_disks


def _lun(call: Call) -> int:
    try:
        return int(call.arg("lun"))
    except (TypeError, ValueError):
        raise bad_request("The LUN must be a number.") from None


def _data_disk(call: Call):
    dkey, dep, role, disks = _data_disks(call)
    lun = _lun(call)
    for d in disks:
        if (d.lun or 0) == lun:
            return dkey, dep, role, disks, d
    raise not_found(f"No data disk is attached at LUN {lun}.")


@handles("get_data_disk")
def get_data_disk(call: Call):
    return _data_disk(call)[4]


@handles("add_data_disk")
def add_data_disk(call: Call):
    key, svc = find_service(call)
    dkey, dep, role, disks = _data_disks(call)
    b = call.body
    lun = b.lun or 0
    if not 0 <= lun <= 31:
        raise bad_request("The LUN must be between 0 and 31.")
    if any((d.lun or 0) == lun for d in disks):
        raise conflict(f"A data disk is already attached at LUN {lun}.")
    if not b.media_link and not b.disk_name:
        raise bad_request("MediaLink or DiskName is required.")
    if b.media_link and (not b.disk_name
                         or call.store.find("disk", name_key(b.disk_name))[1] is None):
        check_blob_free(call, b.media_link)
    disk = copy.copy(b)
    disk.lun = lun
    disk.host_caching = disk.host_caching or "None"
    disk.logical_disk_size_in_gb = disk.logical_disk_size_in_gb or 1
    disk.disk_name = disk.disk_name or data_disk_name(svc.service_name, role.role_name, lun)
    disk.io_type = disk.io_type or "Standard"
    disks.append(disk)
    if call.store.find("disk", name_key(disk.disk_name))[1] is None:
        register_disk(call, svc, dep.name, role.role_name, disk.disk_name,
                      media_link=disk.media_link, label=disk.disk_label,
                      size=disk.logical_disk_size_in_gb)
    call.store.touch("deployment", dkey)


@handles("update_data_disk")
def update_data_disk(call: Call):
    dkey, dep, role, disks, disk = _data_disk(call)
    b = call.body
    for attr in ("host_caching", "disk_label", "logical_disk_size_in_gb"):
        if getattr(b, attr) is not None:
            setattr(disk, attr, getattr(b, attr))
    if b.lun is not None and b.lun != disk.lun:
        if any((d.lun or 0) == b.lun for d in disks):
            raise conflict(f"A data disk is already attached at LUN {b.lun}.")
        disk.lun = b.lun
    call.store.touch("deployment", dkey)


@handles("delete_data_disk")
def delete_data_disk(call: Call):
    dkey, dep, role, disks, disk = _data_disk(call)
    disks.remove(disk)
    key, stored = call.store.find("disk", name_key(disk.disk_name or ""))
    if stored is not None:
        if call.query.get("comp", "").lower() == "media":
            call.store.delete("disk", key)
        else:
            stored.attached_to = None
            call.store.touch("disk", key)
    call.store.touch("deployment", dkey)
