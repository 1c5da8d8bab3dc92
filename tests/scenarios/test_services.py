"""Scenarios: subscription and catalogue, cloud services and their deployments, certificates,
storage accounts, affinity groups.  One cassette each: cassettes/<scenario>.yaml."""

from __future__ import annotations

import base64

import pytest

from generated import (AzureBadRequestHttpError, AzureConflictHttpError,
                       AzureMissingResourceHttpError, AzureOperationFailedError)
from tests.scenarios.data import (CERTIFICATE_B64, PACKAGE_URL, PREFIX, certificate_public_key,
                                  certificate_thumbprint, cscfg)
from tests.scenarios.recording import PLACEHOLDER


def test_catalogue(scenario):
    sms = scenario.sms

    # The client's subscription: the real one while recording (scrubbed to the zero id in the
    # cassette), the zero id in replay.
    subscription = sms.get_subscription()
    assert subscription.subscription_id == sms.subscription_id
    assert subscription.subscription_status == "Active"
    assert subscription.max_core_count >= subscription.current_core_count >= 0
    assert subscription.max_storage_accounts > 0 and subscription.max_hosted_services > 0
    listed = sms.list_subscriptions()
    assert sms.subscription_id in [s.subscription_id for s in listed]

    locations = {loc.name: loc for loc in sms.list_locations()}
    assert {"West US", "East US", "North Europe"} <= set(locations)
    assert "Standard_LRS" in locations["West US"].storage_capabilities.storage_account_types
    assert "Small" in locations["West US"].compute_capabilities.virtual_machines_role_sizes

    sizes = {s.name: s for s in sms.list_role_sizes()}
    assert (sizes["Small"].cores, sizes["Small"].memory_in_mb) == (1, 1792)
    assert sizes["Small"].supported_by_virtual_machines is True
    assert sizes["Small"].max_data_disk_count >= 2

    systems = sms.list_operating_systems()
    assert any(os.is_active and os.is_default for os in systems)
    families = {f.name: f for f in sms.list_operating_system_families()}
    assert families and all(f.label and f.operating_systems for f in families.values())
    assert {str(os.family) for os in systems} == set(families)
    assert {os.version for os in systems} == {
        os.version for f in families.values() for os in f.operating_systems}

    extensions = {(e.publisher, e.name): e for e in sms.list_resource_extensions()}
    access = extensions[("Microsoft.OSTCExtensions", "VMAccessForLinux")]
    assert access.supported_os == "Linux" and access.version
    versions = sms.list_resource_extension_versions("Microsoft.OSTCExtensions",
                                                    "VMAccessForLinux")
    assert len(versions) >= 2
    assert {v.name for v in versions} == {"VMAccessForLinux"}
    assert access.version in [v.version for v in versions]

    sites = sms.list_virtual_network_sites()
    if scenario.emulated:       # the local endpoint has no virtual networks
        assert sites == []


def test_cloud_services(scenario):
    sms, wait = scenario.sms, scenario.wait
    name = f"{PREFIX}-cloudsvc"

    assert sms.check_hosted_service_name_availability(name).result is True
    result = sms.create_hosted_service(name, "cloud service", "created by the scenarios",
                                       "West US", extended_properties={"owner": "asm-sdk"})
    assert result.status_code == 201
    taken = sms.check_hosted_service_name_availability(name)
    assert (taken.result, taken.reason) == (False, "The specified DNS name is already taken.")
    with pytest.raises(AzureConflictHttpError):
        sms.create_hosted_service(name, "again", location="West US")

    sms.update_hosted_service(name, label="cloud service v2", description="updated",
                              extended_properties={"stage": "test"})
    props = sms.get_hosted_service_properties(name).hosted_service_properties
    assert (props.label, props.description, props.location) == (
        "cloud service v2", "updated", "West US")
    assert props.extended_properties == {"owner": "asm-sdk", "stage": "test"}

    # a running deployment of two instances
    wait(sms.create_deployment(name, "production", "web", PACKAGE_URL, "web v1", cscfg(2),
                               start_deployment=True, extended_properties={"build": "1"}))
    deployment = sms.get_deployment_by_slot(name, "production")
    assert (deployment.name, deployment.status, deployment.label) == ("web", "Running", "web v1")
    assert deployment.url == f"http://{name}.cloudapp.net/"
    assert deployment.extended_properties == {"build": "1"}
    assert [(i.instance_name, i.instance_status, i.instance_upgrade_domain)
            for i in deployment.role_instance_list] == [
        ("WebRole1_IN_0", "ReadyRole", 0), ("WebRole1_IN_1", "ReadyRole", 1)]
    assert [r.role_name for r in deployment.role_list] == ["WebRole1"]
    with pytest.raises(AzureMissingResourceHttpError) as missing:
        sms.get_deployment_by_slot(name, "staging")
    assert missing.value.message == "No deployments were found."

    # role instances
    wait(sms.reboot_role_instance(name, "web", "WebRole1_IN_0"))
    wait(sms.reimage_role_instance(name, "web", "WebRole1_IN_1"))
    wait(sms.rebuild_role_instance(name, "web", "WebRole1_IN_0"))
    assert {i.instance_status for i in
            sms.get_deployment_by_name(name, "web").role_instance_list} == {"ReadyRole"}

    # a manual upgrade walked one domain at a time, then rolled back
    wait(sms.upgrade_deployment(name, "web", "Manual", PACKAGE_URL, cscfg(3), "web v2", False))
    deployment = sms.get_deployment_by_name(name, "web")
    assert deployment.label == "web v2" and deployment.rollback_allowed is True
    assert (deployment.upgrade_status.upgrade_type,
            deployment.upgrade_status.current_upgrade_domain) == ("Manual", 0)
    assert len(deployment.role_instance_list) == 3
    wait(sms.walk_upgrade_domain(name, "web", 0))
    assert sms.get_deployment_by_name(name, "web").upgrade_status.current_upgrade_domain == 1
    wait(sms.rollback_update_or_upgrade(name, "web", "Auto", False))
    deployment = sms.get_deployment_by_name(name, "web")
    assert deployment.rollback_allowed is False and not deployment.upgrade_status

    wait(sms.delete_role_instances(name, "web", ["WebRole1_IN_2"]))
    assert [i.instance_name for i in
            sms.get_deployment_by_name(name, "web").role_instance_list] == [
        "WebRole1_IN_0", "WebRole1_IN_1"]

    # a service with a deployment goes only with `complete`
    with pytest.raises(AzureConflictHttpError):
        sms.delete_hosted_service(name)
    wait(sms.delete_hosted_service(name, complete=True))
    with pytest.raises(AzureMissingResourceHttpError) as missing:
        sms.get_hosted_service_properties(name)
    assert (missing.value.code, missing.value.message) == (
        "ResourceNotFound", "The hosted service does not exist.")
    assert sms.check_hosted_service_name_availability(name).result is True


def test_certificates(scenario):
    sms, wait = scenario.sms, scenario.wait
    name = f"{PREFIX}-certsvc"
    thumbprint = certificate_thumbprint()

    # a service certificate (.cer: the public certificate only)
    sms.create_hosted_service(name, "certificates", location="West US")
    wait(sms.add_service_certificate(name, CERTIFICATE_B64, "cer"))
    [listed] = sms.list_service_certificates(name)
    assert (listed.thumbprint, listed.thumbprint_algorithm) == (thumbprint, "sha1")
    assert listed.certificate_url.endswith(
        f"/services/hostedservices/{name}/certificates/sha1-{thumbprint}")
    assert listed.data == CERTIFICATE_B64
    assert sms.get_service_certificate(name, "sha1", thumbprint).data == CERTIFICATE_B64
    wait(sms.delete_service_certificate(name, "sha1", thumbprint))
    assert sms.list_service_certificates(name) == []
    with pytest.raises(AzureMissingResourceHttpError):
        sms.get_service_certificate(name, "sha1", thumbprint)
    sms.delete_hosted_service(name)

    # a management certificate
    public_key = certificate_public_key()
    result = sms.add_management_certificate(public_key, thumbprint, CERTIFICATE_B64)
    assert result is None  # synchronous, as with the predecessor
    listed = {c.subscription_certificate_thumbprint: c for c in sms.list_management_certificates()}
    assert listed[thumbprint].subscription_certificate_data == CERTIFICATE_B64
    got = sms.get_management_certificate(thumbprint)
    assert (got.subscription_certificate_public_key, got.subscription_certificate_data) == (
        public_key, CERTIFICATE_B64)
    assert got.created is not None
    sms.delete_management_certificate(thumbprint)
    with pytest.raises(AzureMissingResourceHttpError):
        sms.get_management_certificate(thumbprint)
    assert thumbprint not in [c.subscription_certificate_thumbprint
                              for c in sms.list_management_certificates()]


def _assert_keys(scenario, keys) -> None:
    """Storage keys are redacted in cassettes: real keys while recording, the placeholder
    when replaying."""
    for key in (keys.primary, keys.secondary):
        if scenario.recording:
            assert len(base64.b64decode(key)) == 64
        else:
            assert key == PLACEHOLDER


def test_storage(scenario):
    sms, wait = scenario.sms, scenario.wait
    name = f"{PREFIX}store"

    invalid = sms.check_storage_account_name_availability("Not_Valid")
    assert invalid.result is False and "3 and 24 characters" in invalid.reason
    assert sms.check_storage_account_name_availability(name).result is True
    with pytest.raises(AzureBadRequestHttpError):
        sms.create_storage_account("Not_Valid", "bad", "bad", location="West US")

    result = sms.create_storage_account(name, "scenario account", "scenario label",
                                        location="West US", extended_properties={"k": "v"},
                                        account_type="Standard_LRS")
    assert result.status_code == 202
    op = wait(result)
    assert op.http_status_code == 200
    assert sms.check_storage_account_name_availability(name).result is False

    account = sms.get_storage_account_properties(name)
    props = account.storage_service_properties
    assert account.service_name == name
    assert account.url.endswith(f"/services/storageservices/{name}")
    assert (props.description, props.label, props.location, props.account_type, props.status) == (
        "scenario account", "scenario label", "West US", "Standard_LRS", "Created")
    assert props.endpoints == [f"https://{name}.{kind}.core.windows.net/"
                               for kind in ("blob", "queue", "table", "file")]
    assert props.geo_primary_region == "West US"
    assert account.extended_properties == {"k": "v"}
    assert account.storage_service_keys is None

    keys = sms.get_storage_account_keys(name)
    assert keys.service_name == name
    _assert_keys(scenario, keys.storage_service_keys)
    regenerated = sms.regenerate_storage_account_keys(name, "Secondary")
    _assert_keys(scenario, regenerated.storage_service_keys)
    if scenario.recording:
        assert (regenerated.storage_service_keys.primary ==
                keys.storage_service_keys.primary)
        assert (regenerated.storage_service_keys.secondary !=
                keys.storage_service_keys.secondary)

    sms.update_storage_account(name, "new description", "new label",
                               account_type="Standard_GRS")
    props = sms.get_storage_account_properties(name).storage_service_properties
    assert (props.description, props.label, props.account_type) == (
        "new description", "new label", "Standard_GRS")
    listed = {a.service_name: a for a in sms.list_storage_accounts()}
    assert listed[name].storage_service_properties.label == "new label"

    sms.delete_storage_account(name)
    with pytest.raises(AzureMissingResourceHttpError):
        sms.get_storage_account_properties(name)
    assert name not in [a.service_name for a in sms.list_storage_accounts()]

    if scenario.emulated:   # the local endpoint fails asynchronous calls naming "asyncfail"
        result = sms.create_storage_account(f"{PREFIX}asyncfail", "fails", "fails",
                                            location="West US")
        assert result.status_code == 202
        with pytest.raises(AzureOperationFailedError) as failed:
            wait(result)
        assert (failed.value.code, failed.value.http_status_code) == ("InternalError", 500)


def test_affinity_groups(scenario):
    sms, wait = scenario.sms, scenario.wait
    group, service, account = "asmsdkrec-group", f"{PREFIX}-groupsvc", f"{PREFIX}groupstore"

    result = sms.create_affinity_group(group, "group label", "West US", "group description")
    assert result is None  # synchronous
    with pytest.raises(AzureConflictHttpError):
        sms.create_affinity_group(group, "again", "West US")
    got = sms.get_affinity_group_properties(group)
    assert (got.name, got.label, got.description, got.location) == (
        group, "group label", "group description", "West US")
    assert got.hosted_services == [] and got.storage_services == []

    sms.update_affinity_group(group, "new group label", "new description")
    listed = {g.name: g for g in sms.list_affinity_groups()}
    assert (listed[group].label, listed[group].description) == (
        "new group label", "new description")

    # a cloud service and a storage account placed in the group
    sms.create_hosted_service(service, "in a group", affinity_group=group)
    wait(sms.create_storage_account(account, "in a group", "in a group", affinity_group=group))
    props = sms.get_hosted_service_properties(service).hosted_service_properties
    assert (props.affinity_group, props.location) == (group, "")
    assert sms.get_storage_account_properties(
        account).storage_service_properties.affinity_group == group
    got = sms.get_affinity_group_properties(group)
    assert [s.service_name for s in got.hosted_services] == [service]
    assert [s.service_name for s in got.storage_services] == [account]
    with pytest.raises(AzureConflictHttpError):
        sms.delete_affinity_group(group)

    sms.delete_hosted_service(service)
    sms.delete_storage_account(account)
    sms.delete_affinity_group(group)
    with pytest.raises(AzureMissingResourceHttpError) as missing:
        sms.get_affinity_group_properties(group)
    assert missing.value.message == "The affinity group does not exist."


def test_subscription_operations(scenario):
    """The subscription's operation log (list_subscription_operations), in a time window
    taken from the service itself (the creation time of a cloud service), so that replay asks
    for the same window as the recording."""
    import datetime

    sms, wait = scenario.sms, scenario.wait
    service = f"{PREFIX}-oplog"

    sms.create_hosted_service(service, "operation log", location="West US")
    created = sms.get_hosted_service_properties(service).hosted_service_properties.date_created
    if created.tzinfo is not None:
        created = created.astimezone(datetime.timezone.utc).replace(tzinfo=None)
    window = dict(
        start_time=(created - datetime.timedelta(minutes=1)).strftime("%Y-%m-%dT%H:%M:%SZ"),
        end_time=(created + datetime.timedelta(hours=1)).strftime("%Y-%m-%dT%H:%M:%SZ"))
    assert sms.update_hosted_service(service, label="operation log v2") is None  # synchronous
    if scenario.emulated:   # the local endpoint fails asynchronous calls naming "asyncfail"
        with pytest.raises(AzureOperationFailedError):
            wait(sms.create_storage_account(f"{PREFIX}oplogasyncfail", "fails", "fails",
                                            location="West US"))
    sms.delete_hosted_service(service)

    object_id = f"/{sms.subscription_id}/services/hostedservices/{service}"
    page = sms.list_subscription_operations(object_id_filter=object_id, **window)
    ops = page.subscription_operations
    names = [o.operation_name for o in ops]
    assert {o.operation_object_id.lower() for o in ops} <= {object_id.lower()}
    assert all(o.operation_status.status in ("Succeeded", "InProgress") for o in ops)
    assert all(o.operation_started_time for o in ops)
    if scenario.emulated:
        assert names == ["CreateHostedService", "UpdateHostedService", "DeleteHostedService"]
        params = [(p.name, p.value) for o in ops for p in o.operation_parameters]
        assert ("serviceName", service) in params
        assert all(o.operation_caller.used_service_management_api for o in ops)
        assert not page.continuation_token

        failed = sms.list_subscription_operations(operation_result_filter="Failed", **window)
        [op] = failed.subscription_operations
        assert (op.operation_name, op.operation_status.status,
                op.operation_status.error.code) == ("CreateStorageAccount", "Failed",
                                                    "InternalError")
        everything = sms.list_subscription_operations(**window).subscription_operations
        assert [o.operation_name for o in everything] == [
            "CreateHostedService", "UpdateHostedService", "CreateStorageAccount",
            "DeleteHostedService"]
    with pytest.raises(AzureBadRequestHttpError):      # StartTime is required
        sms.list_subscription_operations(end_time=window["end_time"])
