"""Handlers of spec/operations/hosted_services.toml: the catalogue (locations, role sizes,
guest OS), the subscription and its operation log, cloud services, their deployments and
role instances, service and management certificates."""

from __future__ import annotations

import base64
import copy
import datetime
import hashlib
import re
import uuid
import warnings
from xml.etree.ElementTree import ParseError, fromstring

from . import data, states
from .base import (Call, Reply, bad_request, conflict, fake_ip, handles, mgmt_url, name_key,
                   not_found, now)
from .lookups import (NO_DEPLOYMENTS, check_new_deployment, check_placement, deployment_by_name,
                      deployment_by_slot, deployment_view, deployments_of, find_service,
                      forget_deployment, parse_slot, release_disks, service_url)

DNS_TAKEN = "The specified DNS name is already taken."
SERVICE_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9-]{0,61}[A-Za-z0-9]|[A-Za-z0-9]")


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

# --- hosted services --------------------------------------------------------------------

@handles("create_hosted_service")
def create_hosted_service(call: Call):
    b = call.body
    if not b.service_name or not SERVICE_NAME.fullmatch(b.service_name):
        raise bad_request("The hosted service name is invalid: use 1 to 63 letters, digits and "
                          "hyphens, starting and ending with a letter or digit.")
    if not b.label:
        raise bad_request("The label of the hosted service is required.")
    location = check_placement(call, b.location, b.affinity_group)
    if call.store.find("hosted_service", name_key(b.service_name))[1] is not None:
        raise conflict(DNS_TAKEN)
    t = now()
    call.store.put("hosted_service", name_key(b.service_name), call.m.HostedService(
        url=mgmt_url(call, "services", "hostedservices", b.service_name),
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
    v.url = mgmt_url(call, "services", "hostedservices", svc.service_name)
    return v


@handles("list_hosted_services")
def list_hosted_services(call: Call):
    return [_service_view(call, s) for s in call.store.values("hosted_service")]


@handles("get_hosted_service_properties")
def get_hosted_service_properties(call: Call):
    key, svc = find_service(call)
    v = _service_view(call, svc)
    if call.flag("embed_detail"):
        v.deployments = [deployment_view(call, k, d) for k, d in deployments_of(call, key)]
    return v


@handles("update_hosted_service")
def update_hosted_service(call: Call):
    key, svc = find_service(call)
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
    key, svc = find_service(call)
    deployments = deployments_of(call, key)
    if deployments and call.query.get("comp", "").lower() != "media":
        raise conflict("The specified hosted service has deployments; delete the deployments "
                       "first (or delete the service with its deployments and disks).")
    for dkey, _ in deployments:
        call.store.delete("deployment", dkey)
        forget_deployment(call, dkey)
    release_disks(call, service=key, delete=True)
    for ckey, _ in call.store.items("service_certificate"):
        if ckey.startswith(key + "/"):
            call.store.delete("service_certificate", ckey)
    call.store.delete("hosted_service", key)
    return Reply(200)


@handles("check_hosted_service_name_availability")
def check_hosted_service_name_availability(call: Call):
    taken = call.store.find("hosted_service", name_key(call.arg("service_name")))[1] is not None
    return call.m.AvailabilityResponse(result=not taken, reason=DNS_TAKEN if taken else None)

# --- deployments ------------------------------------------------------------------------

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
    return states.READY if running else ("StoppedVM", "Stopped")


def _build_instances(call: Call, dkey: str, dep_seed: str, roles: list[tuple[str, int]],
                     running: bool):
    """New role instances of a cloud service deployment, being created (states.ROLE_CREATE,
    or ROLE_CREATE_STOPPED for a deployment that is not started)."""
    status, power = _instance_state(running)
    states.forget(call, "role", dkey)
    out = []
    for role, count in roles:
        for i in range(count):
            name = f"{role}_IN_{i}"
            out.append(call.m.RoleInstance(
                role_name=role, instance_name=name, instance_status=status,
                instance_upgrade_domain=i % 5, instance_fault_domain=i % 2,
                instance_size="Small", ip_address=fake_ip(dep_seed + name, "10"),
                power_state=power))
            states.start_instance(call, dkey, out[-1], states.ROLE_CREATE if running
                                  else states.ROLE_CREATE_STOPPED, (status, power))
    return out

@handles("create_deployment")
def create_deployment(call: Call):
    key, svc = find_service(call)
    slot = parse_slot(call.arg("deployment_slot"))
    b = call.body
    if not b.name or not b.package_url or not b.label:
        raise bad_request("Name, PackageUrl, Label and Configuration are required.")
    cscfg = _decode_configuration(b.configuration)
    roles = _roles_of_configuration(cscfg)
    check_new_deployment(call, key, slot, b.name)
    private_id = uuid.uuid4().hex
    running = bool(b.start_deployment)
    dkey = f"{key}/{name_key(b.name)}"
    t = now()
    m = call.m
    dep = m.Deployment(
        name=b.name, deployment_slot=slot, private_id=private_id,
        status="Running" if running else "Suspended", label=b.label,
        url=service_url(svc.service_name, slot, private_id), configuration=cscfg,
        role_instance_list=_build_instances(call, dkey, private_id, roles, running),
        upgrade_domain_count=max([1] + [min(c, 5) for _, c in roles]),
        role_list=[m.Role(role_name=r, os_version=data.default_guest_os()) for r, _ in roles],
        sdk_version="2.6.6496.10", locked=False, rollback_allowed=False, created_time=t,
        last_modified_time=t, extended_properties=dict(b.extended_properties or {}),
        virtual_ips=[m.VirtualIP(address=fake_ip(private_id, "104"), is_dns_programmed=True,
                                 name=f"{svc.service_name}ContractContract")])
    call.store.put("deployment", dkey, dep)
    states.begin(call, "deployment", dkey, ["Deploying"])

@handles("get_deployment_by_slot")
def get_deployment_by_slot(call: Call):
    key, _ = find_service(call)
    dkey, d = deployment_by_slot(call, key, parse_slot(call.arg("deployment_slot")))
    if d is None:
        raise not_found(NO_DEPLOYMENTS)
    return deployment_view(call, dkey, d)


@handles("get_deployment_by_name")
def get_deployment_by_name(call: Call):
    key, _ = find_service(call)
    return deployment_view(call, *deployment_by_name(call, key, call.arg("deployment_name")))


@handles("delete_deployment")
def delete_deployment(call: Call):
    key, _ = find_service(call)
    dkey, dep = deployment_by_name(call, key, call.arg("deployment_name"))
    call.store.delete("deployment", dkey)
    forget_deployment(call, dkey)
    release_disks(call, service=key, deployment=dep.name,
                  delete=call.query.get("comp", "").lower() == "media")


@handles("swap_deployment")
def swap_deployment(call: Call):
    key, svc = find_service(call)
    b = call.body
    skey, staging = deployment_by_name(call, key, b.source_deployment or "")
    if staging.deployment_slot != "Staging":
        raise bad_request(f"The deployment '{staging.name}' is not in the staging slot.")
    pkey, production = deployment_by_slot(call, key, "Production")
    if b.production and (production is None or production.name.lower() != b.production.lower()):
        raise bad_request(f"The deployment '{b.production}' is not in the production slot.")
    for dkey, dep, slot in ((skey, staging, "Production"), (pkey, production, "Staging")):
        if dep is None:
            continue
        dep.deployment_slot = slot
        dep.url = service_url(svc.service_name, slot, dep.private_id)
        dep.last_modified_time = now()
        call.store.touch("deployment", dkey)


@handles("change_deployment_configuration")
def change_deployment_configuration(call: Call):
    key, _ = find_service(call)
    dkey, dep = deployment_by_name(call, key, call.arg("deployment_name"))
    b = call.body
    cscfg = _decode_configuration(b.configuration)
    roles = _roles_of_configuration(cscfg)
    if b.mode and b.mode not in ("Auto", "Manual", "Simultaneous"):
        raise bad_request("Mode must be Auto, Manual or Simultaneous.")
    dep.configuration = cscfg
    if dep.role_list and all(r.role_type != "PersistentVMRole" for r in dep.role_list):
        dep.role_instance_list = _build_instances(call, dkey, dep.private_id, roles,
                                                  dep.status == "Running")
        dep.role_list = [call.m.Role(role_name=r, os_version=data.default_guest_os())
                         for r, _ in roles]
    if b.extended_properties:
        dep.extended_properties = {**(dep.extended_properties or {}), **b.extended_properties}
    dep.last_modified_time = now()
    call.store.touch("deployment", dkey)


@handles("update_deployment_status")
def update_deployment_status(call: Call):
    key, _ = find_service(call)
    dkey, dep = deployment_by_name(call, key, call.arg("deployment_name"))
    status = call.body.status
    if status not in ("Running", "Suspended"):
        raise bad_request(f"The deployment status '{status}' is not valid: use Running or Suspended.")
    if dep.status != status:        # Starting/Suspending, the instances starting/stopping
        running = status == "Running"
        states.begin(call, "deployment", dkey, ["Starting" if running else "Suspending"])
        for inst in dep.role_instance_list or []:
            states.start_instance(call, dkey, inst,
                                  states.ROLE_START if running else states.ROLE_STOP,
                                  _instance_state(running))
    dep.status = status
    dep.last_modified_time = now()
    call.store.touch("deployment", dkey)


def _instance(call: Call):
    key, _ = find_service(call)
    dkey, dep = deployment_by_name(call, key, call.arg("deployment_name"))
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
    states.start_instance(call, dkey, inst, states.ROLE_RESTART, _instance_state(True))
    call.store.touch("deployment", dkey)

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
    key, svc = find_service(call)
    b = call.body
    cert = _parse_certificate(b.data, b.certificate_format, b.password)
    der = _der(cert)
    thumb = hashlib.sha1(der).hexdigest().upper()
    call.store.put("service_certificate", f"{key}/sha1-{thumb.lower()}", call.m.Certificate(
        certificate_url=mgmt_url(call, "services", "hostedservices", svc.service_name,
                                  "certificates", f"sha1-{thumb}"),
        thumbprint=thumb, thumbprint_algorithm="sha1",
        data=base64.b64encode(der).decode("ascii")))


def _service_certificate(call: Call):
    key, _ = find_service(call)
    ckey = f"{key}/{call.arg('thumbalgorithm', '').lower()}-{call.arg('thumbprint', '').lower()}"
    cert = call.store.get("service_certificate", ckey)
    if cert is None:
        raise not_found("The certificate was not found.")
    return ckey, cert


@handles("list_service_certificates")
def list_service_certificates(call: Call):
    key, _ = find_service(call)
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
    try:
        der = base64.b64decode(b.subscription_certificate_data, validate=True)
    except ValueError:
        raise bad_request("The certificate data is not valid base64.") from None
    if call.app.identity is not None:       # the TLS layer lets it through from now on
        call.app.identity.trust_certificate(call.store, der)
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

@handles("list_subscriptions")
def list_subscriptions(call: Call):
    return [get_subscription(call)]

# --- cloud service upgrades and instances ------------------------------------------------

@handles("upgrade_deployment")
def upgrade_deployment(call: Call):
    key, _ = find_service(call)
    dkey, dep = deployment_by_name(call, key, call.arg("deployment_name"))
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
    dep.role_instance_list = _build_instances(call, dkey, dep.private_id, roles,
                                              dep.status == "Running")
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
    key, _ = find_service(call)
    dkey, dep = deployment_by_name(call, key, call.arg("deployment_name"))
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
    key, _ = find_service(call)
    dkey, dep = deployment_by_name(call, key, call.arg("deployment_name"))
    if not dep.rollback_allowed:
        raise conflict("There is no update or upgrade in progress to roll back.")
    dep.rollback_allowed = False
    dep.upgrade_status = None
    call.store.touch("deployment", dkey)


@handles("delete_role_instances")
def delete_role_instances(call: Call):
    key, _ = find_service(call)
    dkey, dep = deployment_by_name(call, key, call.arg("deployment_name"))
    names = {n.lower() for n in (call.body if isinstance(call.body, list) else [])}
    known = {i.instance_name.lower() for i in dep.role_instance_list or []}
    if not names or names - known:
        raise not_found(f"The role instance {sorted(names - known or {'(none)'})[0]} does not "
                        "exist in the deployment.")
    dep.role_instance_list = [i for i in dep.role_instance_list
                              if i.instance_name.lower() not in names]
    call.store.touch("deployment", dkey)
