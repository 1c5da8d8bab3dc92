"""What the local endpoint does for each operation of the spec, by operation name.

A handler takes a `Call` (path/query parameters, the parsed request body as a generated
model, the state) and returns the response value (a model, or a list for list shapes),
`None`, or a `Reply`; it raises `ApiError` for Azure's error answers.  Operations without a
handler answer 501.  Errors use the codes and messages of the real service where the
recordings show them.
"""

from __future__ import annotations

import base64
import copy
import datetime
import hashlib
import re
import secrets
import uuid
import warnings
from typing import Any, Callable
from xml.etree.ElementTree import ParseError, fromstring

from . import data
from .app import Call, Reply, bad_request, conflict, not_found

HANDLERS: dict[str, Callable[[Call], Any]] = {}

SERVICE_NOT_FOUND = "The hosted service does not exist."
NO_DEPLOYMENTS = "No deployments were found."
AFFINITY_NOT_FOUND = "The affinity group does not exist."
IMAGE_NOT_FOUND = "The image with the specified name does not exist."
STORAGE_NAME_INVALID = ("The name is not a valid storage account name. Storage account names "
                        "must be between 3 and 24 characters in length and use numbers and "
                        "lower-case letters only.")
DNS_TAKEN = "The specified DNS name is already taken."
STORAGE_NAME = re.compile(r"[a-z0-9]{3,24}")
SERVICE_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9-]{0,61}[A-Za-z0-9]|[A-Za-z0-9]")
CSCFG_NS = "http://schemas.microsoft.com/ServiceHosting/2008/10/ServiceConfiguration"


def handles(*names: str):
    def register(fn):
        for name in names:
            HANDLERS[name] = fn
        return fn
    return register


def now() -> datetime.datetime:
    return datetime.datetime.now(datetime.timezone.utc).replace(microsecond=0)


def seed(app) -> None:
    """Static catalogue, rebuilt at every start (never persisted)."""
    m = app.models
    app.catalog = {
        "locations": data.locations(m),
        "role_sizes": data.role_sizes(m),
        "operating_systems": data.operating_systems(m),
        "operating_system_families": data.operating_system_families(m),
        "platform_os_images": data.platform_os_images(m),
    }


def _mgmt_url(call: Call, *parts: str) -> str:
    return "https://" + call.app.host + "/" + "/".join([call.app.subscription_id, *parts])


def _key(name: str) -> str:
    return name.lower()


def _ip(seed_text: str, prefix: str) -> str:
    h = hashlib.sha256(seed_text.encode()).digest()
    return f"{prefix}.{h[0]}.{h[1]}.{max(h[2], 4)}"


# --- locations, catalogue, subscription -------------------------------------------------

@handles("list_locations")
def list_locations(call: Call):
    return call.app.catalog["locations"]


@handles("list_role_sizes")
def list_role_sizes(call: Call):
    return call.app.catalog["role_sizes"]


@handles("list_operating_systems")
def list_operating_systems(call: Call):
    return call.app.catalog["operating_systems"]


@handles("list_operating_system_families")
def list_operating_system_families(call: Call):
    return call.app.catalog["operating_system_families"]


@handles("get_subscription")
def get_subscription(call: Call):
    s = call.store
    deployments = s.values("deployment")
    cores = sum(1 for d in deployments for _ in (d.role_instance_list or []))
    return call.m.Subscription(
        subscription_id=call.app.subscription_id, subscription_name="Local emulator",
        subscription_status="Active", account_admin_live_email_id="admin@localhost",
        service_admin_live_email_id="admin@localhost", max_core_count=20,
        max_storage_accounts=100, max_hosted_services=20, current_core_count=cores,
        current_hosted_services=len(s.values("hosted_service")),
        current_storage_accounts=len(s.values("storage")), max_virtual_network_sites=100,
        current_virtual_network_sites=0, max_local_network_sites=100, max_dns_servers=9,
        max_reserved_ips=20, current_reserved_ips=0)


@handles("get_operation_status")
def get_operation_status(call: Call):
    op = call.app.operation_status(call.arg("request_id"))
    if op is None:
        raise not_found("The operation request ID was not found.")
    return op


# --- the subscription's operation log -------------------------------------------------------

OPERATIONS_PAGE = 100               # operations per page of list_subscription_operations
OPERATION_RESULTS = ("Succeeded", "Failed", "InProgress")
LOG_DAYS = 90                       # StartTime may not be further in the past


def _log_time(value: str | None, name: str, end: bool = False) -> datetime.datetime:
    """StartTime / EndTime: `YYYY-MM-DD` or `YYYY-MM-DDThh:mm[:ss[.fff]]Z` (UTC); a date alone
    is the start of that day (for EndTime: its end)."""
    if not value:
        raise bad_request(f"The {name} parameter is required.")
    v = value.strip()
    try:
        if re.fullmatch(r"\d{4}-\d{2}-\d{2}", v):
            t = datetime.datetime.strptime(v, "%Y-%m-%d").replace(tzinfo=datetime.timezone.utc)
            return t + datetime.timedelta(days=1) if end else t
        if not v.endswith("Z"):
            raise ValueError(v)
        t = datetime.datetime.fromisoformat(v[:-1])
    except ValueError:
        raise bad_request(f"The {name} value '{value}' is not a valid UTC date/time "
                          "(YYYY-MM-DD or YYYY-MM-DDThh:mm:ssZ).") from None
    return t.replace(tzinfo=datetime.timezone.utc)


def _operation_name(op_name: str) -> str:
    return "".join(part.capitalize() for part in op_name.split("_"))


@handles("list_subscription_operations")
def list_subscription_operations(call: Call):
    """The operations the endpoint performed (every non-GET call it accepted) whose start
    falls in [StartTime, EndTime), oldest first, OPERATIONS_PAGE at a time."""
    m = call.m
    start = _log_time(call.arg("start_time"), "StartTime")
    end = _log_time(call.arg("end_time"), "EndTime", end=True)
    if start < now() - datetime.timedelta(days=LOG_DAYS):
        raise bad_request(f"The StartTime cannot be more than {LOG_DAYS} days in the past.")
    if end < start:
        raise bad_request("The EndTime must not be earlier than the StartTime.")
    result = call.arg("operation_result_filter")
    if result is not None:
        matches = [r for r in OPERATION_RESULTS if r.lower() == result.lower()]
        if not matches:
            raise bad_request(f"The OperationResultFilter '{result}' is not valid: use "
                              "Succeeded, Failed or InProgress.")
        result = matches[0]
    object_id = (call.arg("object_id_filter") or "").rstrip("/").lower()
    token = call.arg("continuation_token")
    try:
        offset = int(base64.urlsafe_b64decode(token.encode()).decode()) if token else 0
    except (ValueError, UnicodeDecodeError):
        raise bad_request("The ContinuationToken is not valid.") from None

    selected = []
    for request_id, rec in call.app.operation_log():
        started = datetime.datetime.fromtimestamp(rec["created"], datetime.timezone.utc)
        if not start <= started < end:
            continue
        oid = rec.get("object_id") or ""
        if object_id and not (oid.lower() == object_id or oid.lower().startswith(object_id + "/")):
            continue
        status = call.app.operation_status(request_id)
        if result and status.status != result:
            continue
        done = status.status != "InProgress"
        selected.append(m.SubscriptionOperation(
            operation_id=status.id, operation_object_id=oid,
            operation_name=_operation_name(rec["name"]),
            operation_parameters=[m.SubscriptionOperationParameter(name=k, value=v)
                                  for k, v in rec.get("parameters") or []],
            operation_caller=m.OperationCaller(used_service_management_api=True,
                                               client_ip="127.0.0.1"),
            operation_status=m.SubscriptionOperationStatus(
                id=status.id, status=status.status, http_status_code=status.http_status_code,
                error=status.error),
            operation_started_time=started.replace(microsecond=0),
            operation_completed_time=(
                datetime.datetime.fromtimestamp(rec["created"] + rec["delay"],
                                                datetime.timezone.utc).replace(microsecond=0)
                if done else None)))
    page = selected[offset:offset + OPERATIONS_PAGE]
    more = offset + OPERATIONS_PAGE < len(selected)
    return m.SubscriptionOperationCollection(
        subscription_operations=page,
        continuation_token=(base64.urlsafe_b64encode(str(offset + OPERATIONS_PAGE).encode())
                            .decode() if more else None))


def _check_placement(call: Call, location: str | None, affinity_group: str | None) -> str | None:
    """Exactly one of location and affinity group; returns the effective region."""
    if bool(location) == bool(affinity_group):
        raise bad_request("Either Location or AffinityGroup must be specified, but not both.")
    if affinity_group:
        _, group = call.store.find("affinity_group", _key(affinity_group))
        if group is None:
            raise not_found(AFFINITY_NOT_FOUND)
        return group.location
    if location not in data.LOCATIONS:
        raise bad_request(f"The location '{location}' is not a valid location. Valid locations "
                          f"are: {', '.join(data.LOCATIONS)}.")
    return location


# --- affinity groups --------------------------------------------------------------------

def _group(call: Call, name: str):
    key, group = call.store.find("affinity_group", _key(name))
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
    if call.store.find("affinity_group", _key(b.name))[1] is not None:
        raise conflict(f"An affinity group named '{b.name}' already exists in the subscription.")
    call.store.put("affinity_group", _key(b.name), call.m.AffinityGroup(
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
            m.HostedService(url=_mgmt_url(call, "services", "hostedservices", s.service_name),
                            service_name=s.service_name)
            for s in call.store.values("hosted_service")
            if (s.hosted_service_properties.affinity_group or "").lower() == g.name.lower()]
        v.storage_services = [
            m.StorageService(url=_mgmt_url(call, "services", "storageservices", s.service_name),
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


# --- hosted services --------------------------------------------------------------------

def _service(call: Call, name: str | None = None):
    key, svc = call.store.find("hosted_service", _key(name or call.arg("service_name")))
    if svc is None:
        raise not_found(SERVICE_NOT_FOUND)
    return key, svc


def _deployments_of(call: Call, service_key: str) -> list[tuple[str, Any]]:
    prefix = service_key + "/"
    return [(k, d) for k, d in call.store.items("deployment") if k.startswith(prefix)]


@handles("create_hosted_service")
def create_hosted_service(call: Call):
    b = call.body
    if not b.service_name or not SERVICE_NAME.fullmatch(b.service_name):
        raise bad_request("The hosted service name is invalid: use 1 to 63 letters, digits and "
                          "hyphens, starting and ending with a letter or digit.")
    if not b.label:
        raise bad_request("The label of the hosted service is required.")
    location = _check_placement(call, b.location, b.affinity_group)
    if call.store.find("hosted_service", _key(b.service_name))[1] is not None:
        raise conflict(DNS_TAKEN)
    t = now()
    call.store.put("hosted_service", _key(b.service_name), call.m.HostedService(
        url=_mgmt_url(call, "services", "hostedservices", b.service_name),
        service_name=b.service_name,
        hosted_service_properties=call.m.HostedServiceProperties(
            description=b.description, affinity_group=b.affinity_group,
            location=location if not b.affinity_group else None, label=b.label,
            status="Created", date_created=t, date_last_modified=t,
            extended_properties=dict(b.extended_properties or {}),
            reverse_dns_fqdn=b.reverse_dns_fqdn)))
    return Reply(201)       # the real service answers synchronously


def _service_view(call: Call, svc):
    v = copy.copy(svc)      # the URL names the endpoint as it runs now (the port may change)
    v.url = _mgmt_url(call, "services", "hostedservices", svc.service_name)
    return v


@handles("list_hosted_services")
def list_hosted_services(call: Call):
    return [_service_view(call, s) for s in call.store.values("hosted_service")]


@handles("get_hosted_service_properties")
def get_hosted_service_properties(call: Call):
    key, svc = _service(call)
    v = _service_view(call, svc)
    if call.flag("embed_detail"):
        v.deployments = [d for _, d in _deployments_of(call, key)]
    return v


@handles("update_hosted_service")
def update_hosted_service(call: Call):
    key, svc = _service(call)
    b, p = call.body, svc.hosted_service_properties
    for attr in ("label", "description", "reverse_dns_fqdn"):
        if getattr(b, attr) is not None:
            setattr(p, attr, getattr(b, attr))
    if b.extended_properties:
        p.extended_properties = {**(p.extended_properties or {}), **b.extended_properties}
    p.date_last_modified = now()
    call.store.touch("hosted_service", key)


@handles("delete_hosted_service")
def delete_hosted_service(call: Call):
    key, svc = _service(call)
    deployments = _deployments_of(call, key)
    if deployments and call.query.get("comp", "").lower() != "media":
        raise conflict("The specified hosted service has deployments; delete the deployments "
                       "first (or delete the service with its deployments and disks).")
    for dkey, _ in deployments:
        call.store.delete("deployment", dkey)
    release_disks(call, service=key, delete=True)
    for ckey, _ in call.store.items("service_certificate"):
        if ckey.startswith(key + "/"):
            call.store.delete("service_certificate", ckey)
    call.store.delete("hosted_service", key)
    return Reply(200)


@handles("check_hosted_service_name_availability")
def check_hosted_service_name_availability(call: Call):
    taken = call.store.find("hosted_service", _key(call.arg("service_name")))[1] is not None
    return call.m.AvailabilityResponse(result=not taken, reason=DNS_TAKEN if taken else None)


# --- deployments ------------------------------------------------------------------------

def _slot(value: str) -> str:
    v = (value or "").lower()
    if v not in ("production", "staging"):
        raise bad_request(f"The deployment slot '{value}' is not valid: use production or staging.")
    return v.capitalize()


def _deployment_by_name(call: Call, service_key: str, name: str):
    key = f"{service_key}/{_key(name)}"
    d = call.store.get("deployment", key)
    if d is None:
        raise not_found(NO_DEPLOYMENTS)
    return key, d


def _deployment_by_slot(call: Call, service_key: str, slot: str):
    for key, d in _deployments_of(call, service_key):
        if d.deployment_slot == slot:
            return key, d
    return None, None


def _decode_configuration(config: str | None) -> str:
    """The base64 .cscfg of a request -> its XML text (validated)."""
    if not config:
        raise bad_request("The service configuration is required.")
    try:
        text = base64.b64decode(config, validate=True).decode("utf-8-sig")
    except (ValueError, UnicodeDecodeError):
        raise bad_request("The configuration must be a base64-encoded service configuration "
                          "(.cscfg) file.") from None
    try:
        root = fromstring(text)
    except ParseError as exc:
        raise bad_request(f"The service configuration file is not valid XML: {exc}.") from None
    if root.tag.rpartition("}")[2] != "ServiceConfiguration":
        raise bad_request("The service configuration file must have a <ServiceConfiguration> root.")
    return text


def _roles_of_configuration(text: str) -> list[tuple[str, int]]:
    roles = []
    for role in fromstring(text):
        if role.tag.rpartition("}")[2] != "Role":
            continue
        count = 1
        for child in role:
            if child.tag.rpartition("}")[2] == "Instances":
                try:
                    count = max(0, int(child.get("count", "1")))
                except ValueError:
                    raise bad_request("Instances/@count must be a number.") from None
        roles.append((role.get("name") or "WebRole1", count))
    return roles


def _instance_state(running: bool) -> tuple[str, str]:
    return ("ReadyRole", "Started") if running else ("StoppedVM", "Stopped")


def _build_instances(call: Call, dep_seed: str, roles: list[tuple[str, int]], running: bool):
    status, power = _instance_state(running)
    out = []
    for role, count in roles:
        for i in range(count):
            name = f"{role}_IN_{i}"
            out.append(call.m.RoleInstance(
                role_name=role, instance_name=name, instance_status=status,
                instance_upgrade_domain=i % 5, instance_fault_domain=i % 2,
                instance_size="Small", ip_address=_ip(dep_seed + name, "10"),
                power_state=power))
    return out


def _service_url(svc_name: str, slot: str, private_id: str) -> str:
    return (f"http://{svc_name}.cloudapp.net/" if slot == "Production"
            else f"http://{private_id}.cloudapp.net/")


@handles("create_deployment")
def create_deployment(call: Call):
    key, svc = _service(call)
    slot = _slot(call.arg("deployment_slot"))
    b = call.body
    if not b.name or not b.package_url or not b.label:
        raise bad_request("Name, PackageUrl, Label and Configuration are required.")
    cscfg = _decode_configuration(b.configuration)
    roles = _roles_of_configuration(cscfg)
    _check_new_deployment(call, key, slot, b.name)
    private_id = uuid.uuid4().hex
    running = bool(b.start_deployment)
    t = now()
    m = call.m
    dep = m.Deployment(
        name=b.name, deployment_slot=slot, private_id=private_id,
        status="Running" if running else "Suspended", label=b.label,
        url=_service_url(svc.service_name, slot, private_id), configuration=cscfg,
        role_instance_list=_build_instances(call, private_id, roles, running),
        upgrade_domain_count=max([1] + [min(c, 5) for _, c in roles]),
        role_list=[m.Role(role_name=r, os_version=data.default_guest_os()) for r, _ in roles],
        sdk_version="2.6.6496.10", locked=False, rollback_allowed=False, created_time=t,
        last_modified_time=t, extended_properties=dict(b.extended_properties or {}),
        virtual_ips=[m.VirtualIP(address=_ip(private_id, "104"), is_dns_programmed=True,
                                 name=f"{svc.service_name}ContractContract")])
    call.store.put("deployment", f"{key}/{_key(b.name)}", dep)


def _check_new_deployment(call: Call, service_key: str, slot: str, name: str) -> None:
    if _deployment_by_slot(call, service_key, slot)[1] is not None:
        raise conflict(f"There is already a deployment in the {slot} slot of this cloud service.")
    if call.store.get("deployment", f"{service_key}/{_key(name)}") is not None:
        raise conflict(f"A deployment named '{name}' already exists in this cloud service.")


@handles("get_deployment_by_slot")
def get_deployment_by_slot(call: Call):
    key, _ = _service(call)
    _, d = _deployment_by_slot(call, key, _slot(call.arg("deployment_slot")))
    if d is None:
        raise not_found(NO_DEPLOYMENTS)
    return d


@handles("get_deployment_by_name")
def get_deployment_by_name(call: Call):
    key, _ = _service(call)
    return _deployment_by_name(call, key, call.arg("deployment_name"))[1]


@handles("delete_deployment")
def delete_deployment(call: Call):
    key, _ = _service(call)
    dkey, dep = _deployment_by_name(call, key, call.arg("deployment_name"))
    call.store.delete("deployment", dkey)
    release_disks(call, service=key, deployment=dep.name,
                  delete=call.query.get("comp", "").lower() == "media")


@handles("swap_deployment")
def swap_deployment(call: Call):
    key, svc = _service(call)
    b = call.body
    skey, staging = _deployment_by_name(call, key, b.source_deployment or "")
    if staging.deployment_slot != "Staging":
        raise bad_request(f"The deployment '{staging.name}' is not in the staging slot.")
    pkey, production = _deployment_by_slot(call, key, "Production")
    if b.production and (production is None or production.name.lower() != b.production.lower()):
        raise bad_request(f"The deployment '{b.production}' is not in the production slot.")
    for dkey, dep, slot in ((skey, staging, "Production"), (pkey, production, "Staging")):
        if dep is None:
            continue
        dep.deployment_slot = slot
        dep.url = _service_url(svc.service_name, slot, dep.private_id)
        dep.last_modified_time = now()
        call.store.touch("deployment", dkey)


@handles("change_deployment_configuration")
def change_deployment_configuration(call: Call):
    key, _ = _service(call)
    dkey, dep = _deployment_by_name(call, key, call.arg("deployment_name"))
    b = call.body
    cscfg = _decode_configuration(b.configuration)
    roles = _roles_of_configuration(cscfg)
    if b.mode and b.mode not in ("Auto", "Manual", "Simultaneous"):
        raise bad_request("Mode must be Auto, Manual or Simultaneous.")
    dep.configuration = cscfg
    if dep.role_list and all(r.role_type != "PersistentVMRole" for r in dep.role_list):
        dep.role_instance_list = _build_instances(call, dep.private_id, roles,
                                                  dep.status == "Running")
        dep.role_list = [call.m.Role(role_name=r, os_version=data.default_guest_os())
                         for r, _ in roles]
    if b.extended_properties:
        dep.extended_properties = {**(dep.extended_properties or {}), **b.extended_properties}
    dep.last_modified_time = now()
    call.store.touch("deployment", dkey)


@handles("update_deployment_status")
def update_deployment_status(call: Call):
    key, _ = _service(call)
    dkey, dep = _deployment_by_name(call, key, call.arg("deployment_name"))
    status = call.body.status
    if status not in ("Running", "Suspended"):
        raise bad_request(f"The deployment status '{status}' is not valid: use Running or Suspended.")
    dep.status = status
    inst_status, power = _instance_state(status == "Running")
    for inst in dep.role_instance_list or []:
        inst.instance_status, inst.power_state = inst_status, power
    dep.last_modified_time = now()
    call.store.touch("deployment", dkey)


def _instance(call: Call):
    key, _ = _service(call)
    dkey, dep = _deployment_by_name(call, key, call.arg("deployment_name"))
    name = call.arg("role_instance_name")
    for inst in dep.role_instance_list or []:
        if inst.instance_name.lower() == name.lower():
            return dkey, dep, inst
    raise not_found(f"The role instance {name} does not exist in the deployment.")


@handles("reboot_role_instance", "reimage_role_instance", "rebuild_role_instance")
def restart_role_instance(call: Call):
    dkey, dep, inst = _instance(call)
    if dep.status != "Running":
        raise conflict("The deployment is suspended; start it first.")
    inst.instance_status, inst.power_state = _instance_state(True)
    call.store.touch("deployment", dkey)


# --- storage accounts -------------------------------------------------------------------

def _storage(call: Call):
    name = call.arg("service_name")
    key, acct = call.store.find("storage", _key(name))
    if acct is None:
        raise not_found(f"The storage account '{name}' was not found.")
    return key, acct


def _new_key() -> str:
    return base64.b64encode(secrets.token_bytes(64)).decode("ascii")


@handles("create_storage_account")
def create_storage_account(call: Call):
    b = call.body
    if not b.service_name or not STORAGE_NAME.fullmatch(b.service_name):
        raise bad_request(STORAGE_NAME_INVALID)
    if not b.label:
        raise bad_request("The label of the storage account is required.")
    region = _check_placement(call, b.location, b.affinity_group)
    account_type = b.account_type or "Standard_GRS"
    if account_type not in data.STORAGE_ACCOUNT_TYPES + ["Premium_LRS"]:
        raise bad_request(f"The account type '{account_type}' is not valid.")
    if call.store.find("storage", _key(b.service_name))[1] is not None:
        raise conflict(f"A storage account named '{b.service_name}' already exists in the "
                       "subscription.")
    geo = account_type in ("Standard_GRS", "Standard_RAGRS")
    name = b.service_name
    m = call.m
    call.store.put("storage", _key(name), m.StorageService(
        url=_mgmt_url(call, "services", "storageservices", name), service_name=name,
        storage_service_properties=m.StorageAccountProperties(
            description=b.description, affinity_group=b.affinity_group,
            location=None if b.affinity_group else region, label=b.label, status="Created",
            endpoints=[f"https://{name}.{svc}.core.windows.net/"
                       for svc in ("blob", "queue", "table", "file")],
            geo_primary_region=region, status_of_primary="Available",
            geo_secondary_region=data.PAIRED.get(region) if geo else None,
            status_of_secondary="Available" if geo else None, creation_time=now(),
            custom_domains=[], account_type=account_type),
        storage_service_keys=m.StorageServiceKeys(primary=_new_key(), secondary=_new_key()),
        extended_properties=dict(b.extended_properties or {}),
        capabilities=["PersistentVMRole"]))


def _storage_view(call: Call, acct, keys: bool):
    v = copy.copy(acct)
    v.url = _mgmt_url(call, "services", "storageservices", acct.service_name)
    if not keys:
        v.storage_service_keys = None
    return v


@handles("list_storage_accounts")
def list_storage_accounts(call: Call):
    return [_storage_view(call, a, False) for a in call.store.values("storage")]


@handles("get_storage_account_properties")
def get_storage_account_properties(call: Call):
    return _storage_view(call, _storage(call)[1], False)


@handles("get_storage_account_keys")
def get_storage_account_keys(call: Call):
    acct = _storage(call)[1]
    return call.m.StorageService(url=_storage_view(call, acct, True).url,
                                 service_name=acct.service_name,
                                 storage_service_keys=copy.copy(acct.storage_service_keys))


@handles("regenerate_storage_account_keys")
def regenerate_storage_account_keys(call: Call):
    key, acct = _storage(call)
    which = (call.body.key_type or "").lower()
    if which not in ("primary", "secondary"):
        raise bad_request("KeyType must be Primary or Secondary.")
    setattr(acct.storage_service_keys, which, _new_key())
    call.store.touch("storage", key)
    return call.m.StorageService(url=_storage_view(call, acct, True).url,
                                 service_name=acct.service_name,
                                 storage_service_keys=copy.copy(acct.storage_service_keys))


@handles("update_storage_account")
def update_storage_account(call: Call):
    key, acct = _storage(call)
    b, p = call.body, acct.storage_service_properties
    for attr in ("description", "label", "account_type", "secondary_read_enabled"):
        if getattr(b, attr, None) is not None:
            setattr(p, attr, getattr(b, attr))
    if b.extended_properties:
        acct.extended_properties = {**(acct.extended_properties or {}), **b.extended_properties}
    call.store.touch("storage", key)


@handles("delete_storage_account")
def delete_storage_account(call: Call):
    key, _ = _storage(call)
    call.store.delete("storage", key)


@handles("check_storage_account_name_availability")
def check_storage_account_name_availability(call: Call):
    name = call.arg("service_name")
    if not STORAGE_NAME.fullmatch(name or ""):
        return call.m.AvailabilityResponse(result=False, reason=STORAGE_NAME_INVALID)
    taken = call.store.find("storage", _key(name))[1] is not None
    return call.m.AvailabilityResponse(
        result=not taken, reason="The storage account named is already taken." if taken else None)


# --- OS images --------------------------------------------------------------------------

def _os_images(call: Call) -> list:
    return list(call.app.catalog["platform_os_images"]) + call.store.values("os_image")


def _find_os_image(call: Call, name: str):
    for img in _os_images(call):
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
    return call.store.find("image_publishing", _key(name or ""))[1]


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
        key, img = call.store.find(kind, _key(name))
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
    call.store.put("image_publishing", _key(img.name), {
        "kind": kind, "regions": list(dict.fromkeys(regions)), "started": time.time(),
        "offer": attrs_.offer, "sku": attrs_.sku, "version": attrs_.version,
        "published_name": published, "permission": old.get("permission")})
    # The real service answers 200 at once with the published name, in the .NET
    # serialization namespace (shared/asm-recordings: test_get_os_image_details).
    from runtime.xml import text
    body = f'<string xmlns="{SERIALIZATION_NS}">{text(published)}</string>'
    return Reply(200, raw=body.encode("utf-8"))


@handles("unreplicate_vm_image")
def unreplicate_vm_image(call: Call):
    _, _, img = _own_image(call)
    key, rec = call.store.find("image_publishing", _key(img.name))
    if rec is not None:
        call.store.delete("image_publishing", key)


@handles("share_vm_image")
def share_vm_image(call: Call):
    _, _, img = _own_image(call)
    permission = (call.arg("permission") or "").lower()
    if permission not in SHARE_PERMISSIONS:
        raise bad_request(f"The permission '{call.arg('permission')}' is not valid: use "
                          "public, msdn or private.")
    key, rec = call.store.find("image_publishing", _key(img.name))
    if rec is None or not rec.get("regions"):
        raise bad_request(f"The image {img.name} has not been replicated; replicate it "
                          "before sharing it.")
    rec["permission"] = permission
    call.store.touch("image_publishing", key)


def image_sharing(app, name: str) -> str | None:
    """The sharing permission of an image (no wire shape of the spec carries it)."""
    rec = app.store.find("image_publishing", _key(name or ""))[1]
    return rec.get("permission") if rec else None


def _forget_publishing(call: Call, name: str) -> None:
    key, rec = call.store.find("image_publishing", _key(name or ""))
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
    if _find_os_image(call, b.name) is not None:
        raise conflict(f"An image named '{b.name}' already exists.")
    img = copy.copy(b)
    img.category = "User"
    img.logical_size_in_gb = img.logical_size_in_gb or 30
    img.location = img.location or "West US"
    img.published_date = None
    call.store.put("os_image", _key(b.name), img)
    return Reply(200, img, "OSImage")   # the real service answers 200 with the image


@handles("update_os_image", "update_os_image_from_image_reference")
def update_os_image(call: Call):
    name = call.arg("image_name")
    key, img = call.store.find("os_image", _key(name))
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
    key, img = call.store.find("os_image", _key(name))
    if img is None:
        if _find_os_image(call, name) is not None:
            raise bad_request(f"The image '{name}' is a platform image and cannot be deleted.")
        raise not_found(IMAGE_NOT_FOUND)
    call.store.delete("os_image", key)
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
    return call.store.values("vm_image")


def _find_vm_image(call: Call, name: str):
    return call.store.find("vm_image", _key(name or ""))[1]


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
    vip = _ip(svc.service_name, "23")
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
        instance_size=role.role_size or "Small", ip_address=_ip(dep_name + role.role_name, "10"),
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


def _check_role_disks(call: Call, role) -> None:
    """Existing disks a new role names must be free (checked before anything changes)."""
    named = [d.disk_name for d in [role.os_virtual_hard_disk, *(role.data_virtual_hard_disks or [])]
             if d is not None and d.disk_name]
    for name in named:
        disk = call.store.find("disk", _key(name))[1]
        if disk is not None and disk.attached_to is not None:
            raise bad_request(f"The disk {name} is already attached to virtual machine "
                              f"{disk.attached_to.role_name}.")


def _register_role_disks(call: Call, svc, dep_name: str, role) -> None:
    _check_role_disks(call, role)
    d = role.os_virtual_hard_disk
    if d is not None and call.store.find("disk", _key(d.disk_name))[1] is None:
        register_disk(call, svc, dep_name, role.role_name, d.disk_name, os=d.os,
                      media_link=d.media_link, source_image_name=d.source_image_name,
                      label=d.disk_label)
    elif d is not None:
        key, disk = call.store.find("disk", _key(d.disk_name))
        if disk.attached_to is not None:
            raise bad_request(f"The disk {d.disk_name} is already attached to virtual machine "
                              f"{disk.attached_to.role_name}.")
        disk.attached_to = call.m.AttachedTo(hosted_service_name=svc.service_name,
                                             deployment_name=dep_name, role_name=role.role_name)
        call.store.touch("disk", key)
    for dd in role.data_virtual_hard_disks or []:
        key, disk = call.store.find("disk", _key(dd.disk_name or ""))
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
    key, svc = _service(call)
    b = call.body
    slot = _slot(b.deployment_slot)
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
    _check_new_deployment(call, key, slot, b.name)
    for stored in roles:
        _check_role_disks(call, stored)
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
        label=b.label, url=_service_url(svc.service_name, slot, private_id),
        configuration=cscfg, role_instance_list=instances, upgrade_domain_count=1,
        role_list=[_as_role(call, r) for r in roles], sdk_version="", locked=False,
        rollback_allowed=False, created_time=t, last_modified_time=t, extended_properties={},
        virtual_ips=[m.VirtualIP(address=_ip(svc.service_name, "23"), is_dns_programmed=True,
                                 name=f"{svc.service_name}ContractContract")],
        internal_dns_suffix=f"{svc.service_name}.d1.internal.cloudapp.net")
    call.store.put("deployment", f"{key}/{_key(b.name)}", dep)


def _role(call: Call):
    key, _ = _service(call)
    dkey, dep = _deployment_by_name(call, key, call.arg("deployment_name"))
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
    key, svc = _service(call)
    dkey, dep = _deployment_by_name(call, key, call.arg("deployment_name"))
    if any(r.role_name.lower() == (call.body.role_name or "").lower() for r in dep.role_list or []):
        raise conflict(f"A role named {call.body.role_name} already exists in the deployment.")
    stored, inst = _make_vm_role(call, svc, dep.name, call.body)
    _register_role_disks(call, svc, dep.name, stored)
    dep.role_list = [*(dep.role_list or []), _as_role(call, stored)]
    dep.role_instance_list = [*(dep.role_instance_list or []), inst]
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
    dep.role_instance_list = [x for x in dep.role_instance_list or []
                              if x.role_name != r.role_name]
    call.store.touch("deployment", dkey)


def dep_service(dkey: str) -> str:
    return dkey.partition("/")[0]


def _set_power(dep, role_names: set[str] | None, running: bool, deallocate: bool = False):
    for inst in dep.role_instance_list or []:
        if role_names is None or inst.role_name.lower() in role_names:
            if running:
                inst.instance_status, inst.power_state = "ReadyRole", "Started"
            else:
                inst.instance_status = "StoppedDeallocated" if deallocate else "StoppedVM"
                inst.power_state = "Stopped"


@handles("start_role", "restart_role")
def start_role(call: Call):
    dkey, dep, _, r = _role(call)
    _set_power(dep, {r.role_name.lower()}, True)
    call.store.touch("deployment", dkey)


@handles("shutdown_role")
def shutdown_role(call: Call):
    dkey, dep, _, r = _role(call)
    _set_power(dep, {r.role_name.lower()}, False,
               (call.body.post_shutdown_action or "") == "StoppedDeallocated")
    call.store.touch("deployment", dkey)


@handles("start_roles", "shutdown_roles")
def start_or_shutdown_roles(call: Call):
    key, _ = _service(call)
    dkey, dep = _deployment_by_name(call, key, call.arg("deployment_name"))
    names = {n.lower() for n in call.body.roles or []}
    known = {r.role_name.lower() for r in dep.role_list or []}
    missing = names - known
    if missing:
        raise not_found(f"Role {sorted(missing)[0]} was not found in the currently deployed service.")
    start = call.op.name == "start_roles"
    _set_power(dep, names, start,
               not start and (call.body.post_shutdown_action or "") == "StoppedDeallocated")
    call.store.touch("deployment", dkey)


def _capture_source(call: Call):
    key, svc = _service(call)
    dkey, dep = _deployment_by_name(call, key, call.arg("deployment_name"))
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
    if _find_vm_image(call, b.vm_image_name) is not None:
        raise conflict(f"A VM image named {b.vm_image_name} already exists.")
    m = call.m
    disk = role.os_virtual_hard_disk
    t = now()
    state = "ReadyRole"
    for inst in dep.role_instance_list or []:
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
        location=svc.hosted_service_properties.location or _group_location(call, svc),
        created_time=t, modified_time=t, language=b.language, image_family=b.image_family,
        recommended_vm_size=b.recommended_vm_size, is_premium=False,
        vm_image_state="VMImageReadyForUse", role_state_on_capture=state,
        role_size_on_capture=role.role_size)
    call.store.put("vm_image", _key(b.vm_image_name), image)


def _group_location(call: Call, svc) -> str | None:
    ag = svc.hosted_service_properties.affinity_group
    if not ag:
        return None
    g = call.store.find("affinity_group", _key(ag))[1]
    return g.location if g else None


@handles("capture_role")
def capture_role(call: Call):
    svc, dkey, dep, role = _capture_source(call)
    b = call.body
    if not b.target_image_name or not b.target_image_label:
        raise bad_request("TargetImageName and TargetImageLabel are required.")
    if b.post_capture_action not in ("Delete", "Reprovision"):
        raise bad_request("PostCaptureAction must be Delete or Reprovision.")
    if _find_os_image(call, b.target_image_name) is not None:
        raise conflict(f"An image named '{b.target_image_name}' already exists.")
    disk = role.os_virtual_hard_disk
    call.store.put("os_image", _key(b.target_image_name), call.m.OSImage(
        category="User", label=b.target_image_label,
        location=svc.hosted_service_properties.location, logical_size_in_gb=30,
        media_link=disk.media_link if disk else None, name=b.target_image_name,
        os=disk.os if disk else None))
    if b.post_capture_action == "Delete":
        call.store.delete("deployment", dkey)


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
    if _find_vm_image(call, b.name) is not None:
        raise conflict(f"A VM image named {b.name} already exists.")
    img = copy.copy(b)
    img.category = "User"
    img.created_time = img.modified_time = now()
    img.vm_image_state = "VMImageReadyForUse"
    img.is_premium = False
    call.store.put("vm_image", _key(b.name), img)


@handles("update_vm_image")
def update_vm_image(call: Call):
    name = call.arg("vm_image_name")
    key, img = call.store.find("vm_image", _key(name))
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
    key, img = call.store.find("vm_image", _key(call.arg("vm_image_name")))
    if img is None:
        raise not_found(IMAGE_NOT_FOUND)
    call.store.delete("vm_image", key)
    _forget_publishing(call, img.name)


# --- certificates -----------------------------------------------------------------------

def _parse_certificate(data_b64: str | None, fmt: str | None, password: str | None):
    """-> the X.509 certificate in a .pfx or .cer upload."""
    from cryptography import x509
    from cryptography.hazmat.primitives.serialization import pkcs12
    try:
        raw = base64.b64decode(data_b64 or "", validate=True)
    except ValueError:
        raise bad_request("The certificate data is not valid base64.") from None
    try:
        if (fmt or "").lower() == "pfx":
            with warnings.catch_warnings():   # old test certificates have negative serials
                warnings.simplefilter("ignore")
                _, cert, _ = pkcs12.load_key_and_certificates(
                    raw, password.encode("utf-8") if password else None)
            if cert is None:
                raise ValueError("no certificate")
            return cert
        if (fmt or "").lower() == "cer":
            return x509.load_der_x509_certificate(raw)
    except ValueError:
        raise bad_request("The certificate could not be read: wrong format or password.") from None
    raise bad_request(f"The certificate format '{fmt}' is not valid: use pfx or cer.")


def _der(cert) -> bytes:
    from cryptography.hazmat.primitives.serialization import Encoding
    return cert.public_bytes(Encoding.DER)


@handles("add_service_certificate")
def add_service_certificate(call: Call):
    key, svc = _service(call)
    b = call.body
    cert = _parse_certificate(b.data, b.certificate_format, b.password)
    der = _der(cert)
    thumb = hashlib.sha1(der).hexdigest().upper()
    call.store.put("service_certificate", f"{key}/sha1-{thumb.lower()}", call.m.Certificate(
        certificate_url=_mgmt_url(call, "services", "hostedservices", svc.service_name,
                                  "certificates", f"sha1-{thumb}"),
        thumbprint=thumb, thumbprint_algorithm="sha1",
        data=base64.b64encode(der).decode("ascii")))


def _service_certificate(call: Call):
    key, _ = _service(call)
    ckey = f"{key}/{call.arg('thumbalgorithm', '').lower()}-{call.arg('thumbprint', '').lower()}"
    cert = call.store.get("service_certificate", ckey)
    if cert is None:
        raise not_found("The certificate was not found.")
    return ckey, cert


@handles("list_service_certificates")
def list_service_certificates(call: Call):
    key, _ = _service(call)
    return [c for k, c in call.store.items("service_certificate") if k.startswith(key + "/")]


@handles("get_service_certificate")
def get_service_certificate(call: Call):
    return call.m.Certificate(data=_service_certificate(call)[1].data)


@handles("delete_service_certificate")
def delete_service_certificate(call: Call):
    ckey, _ = _service_certificate(call)
    call.store.delete("service_certificate", ckey)


@handles("add_management_certificate")
def add_management_certificate(call: Call):
    b = call.body
    if not b.subscription_certificate_thumbprint or not b.subscription_certificate_data:
        raise bad_request("SubscriptionCertificateThumbprint and SubscriptionCertificateData "
                          "are required.")
    thumb = b.subscription_certificate_thumbprint.upper()
    if call.store.get("management_certificate", thumb.lower()) is not None:
        raise conflict("The certificate already exists.")
    cert = copy.copy(b)
    cert.subscription_certificate_thumbprint = thumb
    cert.created = now()
    call.store.put("management_certificate", thumb.lower(), cert)
    return Reply(201)


def _management_certificate(call: Call):
    key = call.arg("thumbprint", "").lower()
    cert = call.store.get("management_certificate", key)
    if cert is None:
        raise not_found("The certificate was not found.")
    return key, cert


@handles("list_management_certificates")
def list_management_certificates(call: Call):
    return call.store.values("management_certificate")


@handles("get_management_certificate")
def get_management_certificate(call: Call):
    return _management_certificate(call)[1]


@handles("delete_management_certificate")
def delete_management_certificate(call: Call):
    key, _ = _management_certificate(call)
    call.store.delete("management_certificate", key)


# --- reserved IP addresses --------------------------------------------------------------

def _reserved_ip(call: Call):
    name = call.arg("name")
    key, ip = call.store.find("reserved_ip", _key(name or ""))
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
    if call.store.find("reserved_ip", _key(b.name))[1] is not None:
        raise conflict(f"A reserved IP named {b.name} already exists.")
    call.store.put("reserved_ip", _key(b.name), call.m.ReservedIP(
        name=b.name, address=_ip("reserved/" + b.name, "23"), id=str(uuid.uuid4()),
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
    skey, svc = _service(call, b.service_name or "")
    dkey, dep = _deployment_by_name(call, skey, b.deployment_name or "")
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
        vip.address = ip.address if associate else _ip(svc.service_name, "23")
    call.store.touch("reserved_ip", key)
    call.store.touch("deployment", dkey)


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


# --- DNS servers of a deployment --------------------------------------------------------

def _dns(call: Call):
    key, _ = _service(call)
    dkey, dep = _deployment_by_name(call, key, call.arg("deployment_name"))
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


# --- subscriptions, virtual networks ----------------------------------------------------

@handles("list_subscriptions")
def list_subscriptions(call: Call):
    return [get_subscription(call)]


@handles("list_virtual_network_sites")
def list_virtual_network_sites(call: Call):
    return []       # virtual networks are not emulated: the subscription has none


# --- cloud service upgrades and instances ------------------------------------------------

@handles("upgrade_deployment")
def upgrade_deployment(call: Call):
    key, _ = _service(call)
    dkey, dep = _deployment_by_name(call, key, call.arg("deployment_name"))
    b = call.body
    if b.mode not in ("Auto", "Manual", "Simultaneous"):
        raise bad_request("Mode must be Auto, Manual or Simultaneous.")
    if not b.package_url or not b.label:
        raise bad_request("PackageUrl, Configuration and Label are required.")
    cscfg = _decode_configuration(b.configuration)
    roles = _roles_of_configuration(cscfg)
    if b.role_to_upgrade and b.role_to_upgrade not in [r for r, _ in roles]:
        raise bad_request(f"The role {b.role_to_upgrade} is not in the service configuration.")
    dep.configuration, dep.label = cscfg, b.label
    dep.role_instance_list = _build_instances(call, dep.private_id, roles, dep.status == "Running")
    dep.role_list = [call.m.Role(role_name=r, os_version=data.default_guest_os()) for r, _ in roles]
    dep.rollback_allowed = True
    if b.mode == "Manual":
        dep.upgrade_status = call.m.UpgradeStatus(upgrade_type="Manual",
                                                  current_upgrade_domain_state="Before",
                                                  current_upgrade_domain=0)
    if b.extended_properties:
        dep.extended_properties = {**(dep.extended_properties or {}), **b.extended_properties}
    dep.last_modified_time = now()
    call.store.touch("deployment", dkey)


@handles("walk_upgrade_domain")
def walk_upgrade_domain(call: Call):
    key, _ = _service(call)
    dkey, dep = _deployment_by_name(call, key, call.arg("deployment_name"))
    if dep.upgrade_status is None:
        raise conflict("No manual upgrade is in progress for this deployment.")
    domain = call.body.upgrade_domain
    if domain is None or domain != dep.upgrade_status.current_upgrade_domain:
        raise bad_request(f"The next upgrade domain to walk is "
                          f"{dep.upgrade_status.current_upgrade_domain}.")
    if domain + 1 >= (dep.upgrade_domain_count or 1):
        dep.upgrade_status = None
    else:
        dep.upgrade_status.current_upgrade_domain = domain + 1
    call.store.touch("deployment", dkey)


@handles("rollback_update_or_upgrade")
def rollback_update_or_upgrade(call: Call):
    key, _ = _service(call)
    dkey, dep = _deployment_by_name(call, key, call.arg("deployment_name"))
    if not dep.rollback_allowed:
        raise conflict("There is no update or upgrade in progress to roll back.")
    dep.rollback_allowed = False
    dep.upgrade_status = None
    call.store.touch("deployment", dkey)


@handles("delete_role_instances")
def delete_role_instances(call: Call):
    key, _ = _service(call)
    dkey, dep = _deployment_by_name(call, key, call.arg("deployment_name"))
    names = {n.lower() for n in (call.body if isinstance(call.body, list) else [])}
    known = {i.instance_name.lower() for i in dep.role_instance_list or []}
    if not names or names - known:
        raise not_found(f"The role instance {sorted(names - known or {'(none)'})[0]} does not "
                        "exist in the deployment.")
    dep.role_instance_list = [i for i in dep.role_instance_list
                              if i.instance_name.lower() not in names]
    call.store.touch("deployment", dkey)


# --- disks ------------------------------------------------------------------------------

def _disk(call: Call, name: str | None = None):
    name = name or call.arg("disk_name") or ""
    key, disk = call.store.find("disk", _key(name))
    if disk is None:
        raise not_found("The disk with the specified name does not exist.")
    return key, disk


def register_disk(call: Call, svc, dep_name: str, role_name: str, name: str, *, os=None,
                  media_link=None, source_image_name=None, label=None, size=30) -> None:
    location = svc.hosted_service_properties.location or _group_location(call, svc)
    call.store.put("disk", _key(name), call.m.Disk(
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
    if call.store.find("disk", _key(b.name))[1] is not None:
        raise conflict(f"A disk named {b.name} already exists.")
    disk = copy.copy(b)
    disk.has_operating_system = b.os is not None
    disk.is_corrupted, disk.created_time, disk.io_type = False, now(), "Standard"
    disk.logical_disk_size_in_gb = disk.logical_disk_size_in_gb or 30
    disk.location = disk.location or "West US"
    call.store.put("disk", _key(b.name), disk)
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
    key, svc = _service(call)
    dkey, dep, role, disks = _data_disks(call)
    b = call.body
    lun = b.lun or 0
    if not 0 <= lun <= 31:
        raise bad_request("The LUN must be between 0 and 31.")
    if any((d.lun or 0) == lun for d in disks):
        raise conflict(f"A data disk is already attached at LUN {lun}.")
    if not b.media_link and not b.disk_name:
        raise bad_request("MediaLink or DiskName is required.")
    disk = copy.copy(b)
    disk.lun = lun
    disk.host_caching = disk.host_caching or "None"
    disk.logical_disk_size_in_gb = disk.logical_disk_size_in_gb or 1
    disk.disk_name = disk.disk_name or data_disk_name(svc.service_name, role.role_name, lun)
    disk.io_type = disk.io_type or "Standard"
    disks.append(disk)
    if call.store.find("disk", _key(disk.disk_name))[1] is None:
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
    key, stored = call.store.find("disk", _key(disk.disk_name or ""))
    if stored is not None:
        if call.query.get("comp", "").lower() == "media":
            call.store.delete("disk", key)
        else:
            stored.attached_to = None
            call.store.touch("disk", key)
    call.store.touch("deployment", dkey)
