"""Replay of the real cloud-service recordings.

Hosted services, deployments, service certificates, management certificates, the
subscription, the guest OS / role size catalogues and the locations list. Each test makes
exactly the management calls its cassette holds (setup, polls and teardown included) and
checks concrete values parsed from the recorded answers.
"""

from __future__ import annotations

import base64
import datetime
import hashlib
import re

import pytest

from generated import AsynchronousOperationResult, AzureMissingResourceHttpError
from tests.replay import load_interactions, replay, request_body

MISC = "test_legacy_mgmt_misc."
MGMT_CERTS = "test_legacy_mgmt_managementcertificate."
LOCATIONS = "test_legacy_mgmt_affinitygroup.test_list_locations"

SUBSCRIPTION_URL = "https://management.core.windows.net/00000000-0000-0000-0000-000000000000"
CERT_THUMBPRINT = "BEA4B74BD6B915E9DD6A01FB1B8C3C1740F517F2"
DEPLOYMENT = "utdeployment"
DEPLOYMENT_LABEL = "utdeploymentlabel"


def utc(*parts: int) -> datetime.datetime:
    return datetime.datetime(*parts, tzinfo=datetime.timezone.utc)


def recorded_request_text(cassette: str, index: int, element: str) -> str:
    """Text of `element` in the body the test sent as call `index` of the cassette.

    Used only for opaque test payloads (certificate files) that are too long to inline.
    """
    body = request_body(load_interactions(cassette)[index]).decode("utf-8")
    return re.search(rf"<{element}>([^<]*)</{element}>", body).group(1)


def service_certificate_pfx() -> str:
    """The base64 .pfx (password 'Python') the recordings install in a cloud service."""
    return recorded_request_text(MISC + "test_add_service_certificate", 2, "Data")


def management_certificate() -> tuple[str, str]:
    """(public key, .cer data) of the certificate the management-certificate tests add."""
    cassette = MGMT_CERTS + "test_add_management_certificate"
    return (recorded_request_text(cassette, 0, "SubscriptionCertificatePublicKey"),
            recorded_request_text(cassette, 0, "SubscriptionCertificateData"))


def service_configuration(instances: int) -> str:
    """The base64 .cscfg of the recorded worker-role deployments."""
    cscfg = (
        '<ServiceConfiguration serviceName="WindowsAzure1" '
        'xmlns="http://schemas.microsoft.com/ServiceHosting/2008/10/ServiceConfiguration" '
        'osFamily="2" osVersion="*" schemaVersion="2012-05.1.7">\n'
        '  <Role name="WorkerRole1">\n'
        f'    <Instances count="{instances}" />\n'
        '    <ConfigurationSettings>\n'
        '      <Setting name="Microsoft.WindowsAzure.Plugins.Diagnostics.ConnectionString" '
        'value="UseDevelopmentStorage=true" />\n'
        '    </ConfigurationSettings>\n'
        '  </Role>\n'
        '</ServiceConfiguration>')
    return base64.b64encode(cscfg.encode("utf-8")).decode("ascii")


def wait(sms, no_sleep, result, in_progress: int) -> None:
    """Poll `result` to completion; the recording answered InProgress `in_progress` times."""
    assert isinstance(result, AsynchronousOperationResult)
    assert re.fullmatch(r"[0-9a-f]{32}", result.request_id)
    slept = len(no_sleep)
    op = sms.wait_for_operation_status(result.request_id, timeout=3600, sleep_interval=5)
    assert op.status == "Succeeded"
    assert op.http_status_code == 200
    assert op.id.replace("-", "") == result.request_id
    assert no_sleep[slept:] == [5] * in_progress


def assert_http_error(excinfo, cls, status: int, code: str, message: str, request_id: str):
    err = excinfo.value
    assert type(err) is cls
    assert (err.status, err.code, err.message, err.request_id) == (status, code, message,
                                                                   request_id)


def create_service(sms, no_sleep, name: str, ext_order: tuple[str, str], request_id: str,
                   label: str | None = None, description: str | None = None,
                   ext_values: dict[str, str] | None = None) -> None:
    """Create the cloud service the recording starts with and wait for it (one poll)."""
    values = ext_values or {"ext1": "val1", "ext2": "42"}
    result = sms.create_hosted_service(
        name, label or name + "label", description or name + "description",
        location="West US", extended_properties={k: values[k] for k in ext_order})
    assert (result.request_id, result.status_code) == (request_id, 201)
    wait(sms, no_sleep, result, 0)


def create_deployment(sms, no_sleep, service_name: str, ext_order: tuple[str, str],
                      in_progress: int) -> None:
    """Deploy the recorded worker-role package into the production slot and wait."""
    container = "utctnr" + service_name[len("utsvc"):]
    values = {"dep1": "val1", "dep2": "val2"}
    result = sms.create_deployment(
        service_name, "Production", DEPLOYMENT,
        f"http://storagename.blob.core.windows.net/{container}/utdeploymentBlob",
        DEPLOYMENT_LABEL, service_configuration(2), False, False,
        {k: values[k] for k in ext_order})
    assert result.status_code == 202
    wait(sms, no_sleep, result, in_progress)


def add_service_certificate(sms, no_sleep, service_name: str) -> None:
    result = sms.add_service_certificate(service_name, service_certificate_pfx(), "pfx",
                                         "Python")
    assert result.status_code == 202
    wait(sms, no_sleep, result, 1)


def assert_worker_deployment(deployment, service_name: str, private_id: str, status: str,
                             instances: list[tuple[str, int, str]],
                             extended_properties: dict[str, str]) -> None:
    """Check a recorded WorkerRole1 deployment; `instances` = (status, fault domain, ip)."""
    assert deployment.name == DEPLOYMENT
    assert deployment.deployment_slot == "Production"
    assert deployment.private_id == private_id
    assert deployment.status == status
    assert deployment.label == DEPLOYMENT_LABEL
    assert deployment.url == f"http://{service_name}.cloudapp.net/"
    assert deployment.configuration == base64.b64decode(
        service_configuration(len(instances))).decode("utf-8")
    assert deployment.upgrade_domain_count == len(instances)
    assert [(i.role_name, i.instance_name, i.instance_status, i.instance_upgrade_domain,
             i.instance_fault_domain, i.instance_size, i.ip_address, i.power_state)
            for i in deployment.role_instance_list] == [
        ("WorkerRole1", f"WorkerRole1_IN_{n}", st, n, fd, "Small", ip, "Stopped")
        for n, (st, fd, ip) in enumerate(instances)]
    assert deployment.role_instance_list[0].instance_state_details == ""
    assert deployment.role_instance_list[0].instance_endpoints == []
    [role] = deployment.role_list
    assert (role.role_name, role.os_version) == ("WorkerRole1", "WA-GUEST-OS-2.40_201506-01")
    [config_set] = role.configuration_sets
    assert config_set.configuration_set_type == "NetworkConfiguration"
    assert config_set.subnet_names == []
    assert deployment.sdk_version == "1.7.30602.1703"
    assert deployment.locked is False
    assert deployment.rollback_allowed is False
    assert deployment.extended_properties == extended_properties
    assert list(deployment.extended_properties) == list(extended_properties)
    assert deployment.load_balancers == []
    assert not deployment.upgrade_status and deployment.upgrade_status.upgrade_type == ""
    [vip] = deployment.virtual_ips
    assert vip.is_dns_programmed is True
    assert vip.name == "__PseudoBackEndContractVip"


# --- hosted services ---------------------------------------------------------------------


def test_create_update_delete_hosted_service(sms, no_sleep):
    name = "utsvc1ee3195f"
    with replay(MISC + "test_create_update_delete_hosted_service"):
        create_service(sms, no_sleep, name, ("ext2", "ext1"), "1a6b5aa65d73b6ae96c793a888f133ea",
                       label="pythonlabel", description="python hosted service description",
                       ext_values={"ext1": "val1", "ext2": "val2"})

        created = sms.get_hosted_service_properties(name)
        props = created.hosted_service_properties
        assert created.service_name == name
        assert created.url == f"{SUBSCRIPTION_URL}/services/hostedservices/{name}"
        assert props.label == "pythonlabel"
        assert props.description == "python hosted service description"
        assert props.location == "West US"
        assert props.affinity_group == ""
        assert props.status == "Created"
        assert props.date_created == utc(2015, 7, 2, 16, 45, 20)
        assert props.date_last_modified == utc(2015, 7, 2, 16, 45, 20)
        assert props.extended_properties == {"ext2": "val2", "ext1": "val1"}
        assert created.deployments == []

        result = sms.update_hosted_service(
            name, "ptvslabelupdate", "ptvs description update",
            {"ext2": "val2update", "ext1": "val1update", "ext3": "brandnew"})
        assert result is None
        assert sms.last_request_id == "ac983fdef738b922a162984085447099"

        updated = sms.get_hosted_service_properties(name)
        props = updated.hosted_service_properties
        assert props.label == "ptvslabelupdate"
        assert props.description == "ptvs description update"
        assert props.date_created == utc(2015, 7, 2, 16, 45, 20)
        assert props.date_last_modified == utc(2015, 7, 2, 16, 45, 22)
        assert list(props.extended_properties.items()) == [
            ("ext2", "val2update"), ("ext1", "val1update"), ("ext3", "brandnew")]

        result = sms.delete_hosted_service(name)
        assert (result.request_id, result.status_code) == ("f3baee117f8cbe0a8f154df1e7dda607",
                                                          200)
        wait(sms, no_sleep, result, 0)

        with pytest.raises(AzureMissingResourceHttpError) as excinfo:
            sms.get_hosted_service_properties(name)
    assert_http_error(excinfo, AzureMissingResourceHttpError, 404, "ResourceNotFound",
                      "The hosted service does not exist.", "07c5cb4e72e6b3939b8fad7ee7fbd7f8")


def test_get_hosted_service_properties(sms, no_sleep):
    name = "utsvc8fe71723"
    with replay(MISC + "test_get_hosted_service_properties"):
        create_service(sms, no_sleep, name, ("ext2", "ext1"), "1f49cfd4479ebf8fbc5c3502d51e96c5")
        service = sms.get_hosted_service_properties(name)

    assert service.service_name == name
    assert service.url == f"{SUBSCRIPTION_URL}/services/hostedservices/{name}"
    props = service.hosted_service_properties
    assert props.label == "utsvc8fe71723label"
    assert props.description == "utsvc8fe71723description"
    assert props.location == "West US"
    assert props.affinity_group == ""
    assert props.status == "Created"
    assert props.date_created == utc(2015, 7, 2, 2, 5, 23)
    assert props.date_last_modified == utc(2015, 7, 2, 2, 5, 23)
    assert props.extended_properties == {"ext2": "42", "ext1": "val1"}
    assert service.deployments == []
    assert service.compute_capabilities is None


def test_get_hosted_service_properties_with_embed_detail(sms, no_sleep):
    name = "utsvc75f61e6c"
    with replay(MISC + "test_get_hosted_service_properties_with_embed_detail"):
        create_service(sms, no_sleep, name, ("ext1", "ext2"), "2e0e4d074db6bdaa986f245f8540973f")
        create_deployment(sms, no_sleep, name, ("dep2", "dep1"), in_progress=8)
        service = sms.get_hosted_service_properties(name, True)

    props = service.hosted_service_properties
    assert service.service_name == name
    assert props.label == "utsvc75f61e6clabel"
    assert props.date_created == utc(2015, 7, 2, 2, 5, 37)
    assert props.date_last_modified == utc(2015, 7, 2, 2, 5, 57)
    assert props.extended_properties == {"ext1": "val1", "ext2": "42", "ResourceGroup": name,
                                         "ResourceLocation": "West US"}
    [deployment] = service.deployments
    assert_worker_deployment(
        deployment, name, "063a68e8c6204b5fb74f3ce60581fbc3", "Suspended",
        [("StoppedVM", 0, "100.72.58.52"), ("CreatingVM", 1, "100.72.126.57")],
        {"dep2": "val2", "dep1": "val1"})
    assert deployment.created_time == utc(2015, 7, 2, 2, 5, 39)
    assert deployment.last_modified_time == utc(2015, 7, 2, 2, 6, 23)
    downtime = deployment.persistent_vm_downtime_info
    assert downtime.start_time == utc(2015, 6, 23, 22, 50, 6)
    assert downtime.end_time == utc(2015, 6, 27, 22, 50, 6)
    assert downtime.status == "PersistentVMUpdateScheduled"
    assert deployment.virtual_ips[0].address == "104.42.99.15"


def test_list_hosted_services(sms, no_sleep):
    name = "utsvcd0591366"
    with replay(MISC + "test_list_hosted_services"):
        create_service(sms, no_sleep, name, ("ext1", "ext2"), "ff253dc51fb2bb2a8dbaea73ac524342")
        services = sms.list_hosted_services()

    assert isinstance(services, list)
    assert [s.service_name for s in services] == [
        "crwcent", "DinoNodeCS", "nodeworkerservice", "ntvs-linux", "pminaev1", "ptvslearn",
        "pythonazure", "rickstestenv", "sentimentanalysis", "sitanitest", "stevdocstest", name]
    by_name = {s.service_name: s for s in services}

    ours = by_name[name].hosted_service_properties
    assert ours.label == "utsvcd0591366label"
    assert ours.description == "utsvcd0591366description"
    assert ours.location == "West US"
    assert ours.extended_properties["ext2"] == "42"

    crwcent = by_name["crwcent"]
    assert crwcent.url == f"{SUBSCRIPTION_URL}/services/hostedservices/crwcent"
    # <Description i:nil="true"/>: an absent text is '' in this SDK
    assert crwcent.hosted_service_properties.description == ""
    assert crwcent.hosted_service_properties.date_created == utc(2015, 6, 23, 22, 39, 29)
    assert crwcent.hosted_service_properties.extended_properties == {
        "ResourceGroup": "crwcent", "ResourceLocation": "West US"}
    sizes = crwcent.compute_capabilities
    assert len(sizes.web_worker_role_sizes) == 20
    assert sizes.web_worker_role_sizes[:3] == ["A10", "A11", "A5"]
    assert len(sizes.virtual_machines_role_sizes) == 46
    assert sizes.virtual_machines_role_sizes[-1] == "Standard_G5"

    dino = by_name["DinoNodeCS"].hosted_service_properties
    assert dino.affinity_group == "09da2f93-0f94-421d-bb65-a3a49034649b"
    assert dino.location == ""
    assert dino.label == "DinoNodeCS"
    assert by_name["nodeworkerservice"].hosted_service_properties.label == "NodeWorkerService"
    assert by_name["ptvslearn"].hosted_service_properties.location == "East US"
    assert by_name["ntvs-linux"].compute_capabilities.web_worker_role_sizes == [
        "A5", "A6", "A7", "ExtraLarge", "ExtraSmall", "Large", "Medium", "Small"]


def test_check_hosted_service_name_availability_available(sms):
    with replay(MISC + "test_check_hosted_service_name_availability_available"):
        availability = sms.check_hosted_service_name_availability("utsvc8b751e8f")
    assert availability.result is True
    assert availability.reason == ""  # <Reason i:nil="true"/>


def test_check_hosted_service_name_availability_not_available(sms, no_sleep):
    name = "utsvcab8203f"
    with replay(MISC + "test_check_hosted_service_name_availability_not_available"):
        create_service(sms, no_sleep, name, ("ext2", "ext1"), "65ced42b6143b159abec76a86a5cfc4c")
        availability = sms.check_hosted_service_name_availability(name)
    assert availability.result is False
    assert availability.reason == "A hosted service with the specified name already exists."


# --- deployments -------------------------------------------------------------------------


def test_create_get_delete_deployment(sms, no_sleep):
    name = "utsvc74fe1686"
    with replay(MISC + "test_create_get_delete_deployment"):
        create_service(sms, no_sleep, name, ("ext2", "ext1"), "977b2d2b61d3b0f1952277896459cf7a")
        create_deployment(sms, no_sleep, name, ("dep2", "dep1"), in_progress=9)

        by_slot = sms.get_deployment_by_slot(name, "Production")
        by_name = sms.get_deployment_by_name(name, DEPLOYMENT)

        result = sms.delete_deployment(name, DEPLOYMENT)
        assert (result.request_id, result.status_code) == ("d6c1a85a1866b0d0b65cb5d19f28cf2b",
                                                          202)
        wait(sms, no_sleep, result, 1)

        with pytest.raises(AzureMissingResourceHttpError) as excinfo:
            sms.get_deployment_by_name(name, DEPLOYMENT)
    assert_http_error(excinfo, AzureMissingResourceHttpError, 404, "ResourceNotFound",
                      "No deployments were found.", "9de2496d0761b165b2f826a79638d02e")

    for deployment in (by_slot, by_name):
        assert_worker_deployment(
            deployment, name, "16aeb3508e87482abb30ffd0d1cf6600", "Suspended",
            [("CreatingVM", 0, "100.74.174.7"), ("CreatingVM", 1, "100.74.178.75")],
            {"dep2": "val2", "dep1": "val1"})
        assert deployment.created_time == utc(2015, 7, 2, 2, 2, 28)
        assert deployment.last_modified_time == utc(2015, 7, 2, 2, 3, 12)
        assert deployment.persistent_vm_downtime_info.start_time == utc(2015, 6, 23, 22, 49, 4)
        assert deployment.virtual_ips[0].address == "104.42.98.103"
    assert by_slot == by_name


def test_change_deployment_configuration(sms, no_sleep):
    name = "utsvcbc7817de"
    with replay(MISC + "test_change_deployment_configuration"):
        create_service(sms, no_sleep, name, ("ext2", "ext1"), "d76a6bbecd43bde0a89b58e631cb6621")
        create_deployment(sms, no_sleep, name, ("dep1", "dep2"), in_progress=16)

        result = sms.change_deployment_configuration(name, DEPLOYMENT, service_configuration(4))
        assert (result.request_id, result.status_code) == ("5250805d51f2bf4fb2b7614bc03870de",
                                                          202)
        wait(sms, no_sleep, result, 14)

        deployment = sms.get_deployment_by_name(name, DEPLOYMENT)

    assert_worker_deployment(
        deployment, name, "7421d7fb05964e43844b001f872a4bfc", "SuspendedTransitioning",
        [("StoppedVM", 0, "100.115.200.58"), ("StoppedVM", 1, "100.115.208.73"),
         ("CreatingVM", 0, "100.115.180.118"), ("CreatingVM", 1, "100.115.240.38")],
        {"dep1": "val1", "dep2": "val2"})
    assert '<Instances count="4" />' in deployment.configuration
    assert deployment.created_time == utc(2015, 7, 2, 17, 57, 4)
    assert deployment.last_modified_time == utc(2015, 7, 2, 17, 59, 37)
    assert not deployment.persistent_vm_downtime_info  # absent: empty, false
    assert deployment.virtual_ips[0].address == "23.99.16.151"


def test_update_deployment_status(sms, no_sleep):
    name = "utsvc21891527"
    with replay(MISC + "test_update_deployment_status"):
        create_service(sms, no_sleep, name, ("ext2", "ext1"), "e30deec1c18cb5fd895e48ec7da29455")
        create_deployment(sms, no_sleep, name, ("dep2", "dep1"), in_progress=10)

        result = sms.update_deployment_status(name, DEPLOYMENT, "Suspended")
        assert (result.request_id, result.status_code) == ("2947252503eab2efb3dae88f0f5af79b",
                                                          202)
        wait(sms, no_sleep, result, 1)

        deployment = sms.get_deployment_by_name(name, DEPLOYMENT)

    assert_worker_deployment(
        deployment, name, "a3a34e62591f4903a227812f78e807ab", "Suspended",
        [("CreatingVM", 0, "100.72.56.54"), ("CreatingVM", 1, "100.72.54.74")],
        {"dep2": "val2", "dep1": "val1"})
    assert deployment.created_time == utc(2015, 7, 2, 17, 50, 59)
    assert deployment.virtual_ips[0].address == "23.99.23.195"


# --- service certificates ----------------------------------------------------------------


def test_add_service_certificate(sms, no_sleep):
    name = "utsvc8db145c"
    with replay(MISC + "test_add_service_certificate"):
        create_service(sms, no_sleep, name, ("ext2", "ext1"), "a5500f678168befc9db04d05c11dec4a")
        add_service_certificate(sms, no_sleep, name)
        certificate = sms.get_service_certificate(name, "sha1", CERT_THUMBPRINT)

    _, cer = management_certificate()
    assert certificate.data == cer
    assert hashlib.sha1(base64.b64decode(certificate.data)).hexdigest().upper() == \
        CERT_THUMBPRINT


def test_get_service_certificate(sms, no_sleep):
    name = "utsvcacb1473"
    with replay(MISC + "test_get_service_certificate"):
        create_service(sms, no_sleep, name, ("ext2", "ext1"), "56e7057647dbb987910da60b35a335a7")
        add_service_certificate(sms, no_sleep, name)
        certificate = sms.get_service_certificate(name, "sha1", CERT_THUMBPRINT)

    assert certificate.data.startswith("MIIC9jCCAeKgAwIBAgIQ00IFaqV9VqVJxI+wZka0szAJ")
    assert hashlib.sha1(base64.b64decode(certificate.data)).hexdigest().upper() == \
        CERT_THUMBPRINT
    # the single-certificate answer carries only <Data>
    assert (certificate.certificate_url, certificate.thumbprint,
            certificate.thumbprint_algorithm) == ("", "", "")


def test_list_service_certificates(sms, no_sleep):
    name = "utsvc36b01562"
    with replay(MISC + "test_list_service_certificates"):
        create_service(sms, no_sleep, name, ("ext2", "ext1"), "46f948abdf4fb60981c0f8cae727fea7")
        add_service_certificate(sms, no_sleep, name)
        certificates = sms.list_service_certificates(name)

    assert isinstance(certificates, list)
    [certificate] = certificates
    assert certificate.certificate_url == (
        f"{SUBSCRIPTION_URL}/services/hostedservices/{name}/certificates/sha1-{CERT_THUMBPRINT}")
    assert certificate.thumbprint == CERT_THUMBPRINT
    assert certificate.thumbprint_algorithm == "sha1"
    assert certificate.data == management_certificate()[1]


def test_delete_service_certificate(sms, no_sleep):
    name = "utsvc49d415a6"
    with replay(MISC + "test_delete_service_certificate"):
        create_service(sms, no_sleep, name, ("ext1", "ext2"), "9cb7e2514202ba989c50130871c54ae8")
        add_service_certificate(sms, no_sleep, name)

        result = sms.delete_service_certificate(name, "sha1", CERT_THUMBPRINT)
        assert (result.request_id, result.status_code) == ("ec24d5d8391fba51888bccc1ecf41da7",
                                                          202)
        wait(sms, no_sleep, result, 1)

        with pytest.raises(AzureMissingResourceHttpError) as excinfo:
            sms.get_service_certificate(name, "sha1", CERT_THUMBPRINT)
    assert_http_error(excinfo, AzureMissingResourceHttpError, 404, "ResourceNotFound",
                      "The certificate was not found.", "337a55447e8fba5c92a93a5ba0bc4d31")


# --- management certificates -------------------------------------------------------------


def add_management_certificate(sms, request_id: str) -> None:
    public_key, cer = management_certificate()
    thumbprint = hashlib.sha1(base64.b64decode(cer)).hexdigest().upper()
    assert thumbprint == CERT_THUMBPRINT
    result = sms.add_management_certificate(public_key, thumbprint, cer)
    assert result is None
    assert sms.last_request_id == request_id


def assert_test_management_certificate(certificate, created: datetime.datetime) -> None:
    public_key, cer = management_certificate()
    assert certificate.subscription_certificate_public_key == public_key
    assert certificate.subscription_certificate_thumbprint == CERT_THUMBPRINT
    assert certificate.subscription_certificate_data == cer
    assert certificate.created == created


def test_add_management_certificate(sms):
    with replay(MGMT_CERTS + "test_add_management_certificate"):
        add_management_certificate(sms, "5791db0e3d56bfa6818511d7c5dd9e93")
        certificate = sms.get_management_certificate(CERT_THUMBPRINT)
    # 2015-06-30T23:59:23.8312837Z: 7 fractional digits, truncated to microseconds
    assert_test_management_certificate(certificate, utc(2015, 6, 30, 23, 59, 23, 831283))


def test_get_management_certificate(sms):
    with replay(MGMT_CERTS + "test_get_management_certificate"):
        add_management_certificate(sms, "d6df13d7fff9bd9d8da5d172fa93c9ee")
        certificate = sms.get_management_certificate(CERT_THUMBPRINT)
    assert_test_management_certificate(certificate, utc(2015, 6, 30, 23, 59, 26, 690768))


def test_list_management_certificates(sms):
    with replay(MGMT_CERTS + "test_list_management_certificates"):
        add_management_certificate(sms, "e24db2f64859b28f964c2669f372d1d7")
        certificates = sms.list_management_certificates()

    assert isinstance(certificates, list)
    assert len(certificates) == 31
    thumbprints = [c.subscription_certificate_thumbprint for c in certificates]
    assert thumbprints[0] == "008CD540AE9D67F07D6D1E78A26C7EC99BD1EDA4"
    assert thumbprints[-1] == "FF388142237C1972C5E4409D28863FFFEFDE504F"
    assert thumbprints == sorted(thumbprints)
    assert certificates[0].created == utc(2014, 2, 18, 22, 6, 43, 593483)
    assert certificates[0].subscription_certificate_public_key.startswith("MIIBCgKCAQEA9g4o")
    ours = certificates[thumbprints.index(CERT_THUMBPRINT)]
    assert_test_management_certificate(ours, utc(2015, 6, 30, 23, 59, 29, 540055))


def test_delete_management_certificate(sms):
    with replay(MGMT_CERTS + "test_delete_management_certificate"):
        add_management_certificate(sms, "99fcba252087bbc09297a679574f5d7e")
        result = sms.delete_management_certificate(CERT_THUMBPRINT)
        assert result is None
        assert sms.last_request_id == "11a8ef3174d4b0cd9c59a3cfea68e172"
        with pytest.raises(AzureMissingResourceHttpError) as excinfo:
            sms.get_management_certificate(CERT_THUMBPRINT)
    assert_http_error(excinfo, AzureMissingResourceHttpError, 404, "ResourceNotFound",
                      "The certificate was not found.", "3bb295a31c52b64987788427b70598ff")


# --- subscription and catalogues ---------------------------------------------------------


def test_get_subscription(sms):
    with replay(MISC + "test_get_subscription"):
        subscription = sms.get_subscription()

    assert subscription.subscription_id == "00000000-0000-0000-0000-000000000000"
    assert subscription.subscription_name == "PTVSAazure @ outlook.com account for IPython Team"
    assert subscription.subscription_status == "Active"
    assert subscription.account_admin_live_email_id == "ptvsaz@microsoft.com"
    assert subscription.service_admin_live_email_id == "ptvsazure@outlook.com"
    assert (subscription.max_core_count, subscription.current_core_count) == (20, 9)
    assert (subscription.max_storage_accounts, subscription.current_storage_accounts) == (100, 45)
    assert (subscription.max_hosted_services, subscription.current_hosted_services) == (20, 11)
    assert subscription.max_virtual_network_sites == 50
    assert subscription.current_virtual_network_sites == 0  # not sent: 0, as the predecessor read it
    assert subscription.max_local_network_sites == 20
    assert subscription.max_dns_servers == 20
    assert subscription.offer_categories == (
        "Azure_Platform_All;Azure_Paid;Azure_Consumption;Azure_Internal;Azure_MS-AZR-0015P")
    assert subscription.aad_tenant_id == "72f988bf-86f1-41af-91ab-2d7cd011db47"
    assert subscription.created_time == utc(2012, 5, 2, 1, 53, 33)
    assert (subscription.max_reserved_ips, subscription.current_reserved_ips) == (20, 2)
    assert subscription.max_public_ip_count == 5
    assert (subscription.max_network_security_groups,
            subscription.current_network_security_groups) == (100, 0)
    assert subscription.max_network_security_rules_per_group == 200
    assert (subscription.max_route_tables, subscription.max_routes_per_route_table) == (100, 100)


def test_list_locations(sms):
    with replay(LOCATIONS):
        locations = sms.list_locations()

    assert isinstance(locations, list)
    assert [loc.name for loc in locations] == [
        "East US", "West US", "Central US", "South Central US", "North Central US", "East US 2",
        "North Europe", "West Europe", "Southeast Asia", "East Asia", "Japan West", "Japan East",
        "Brazil South", "Australia Southeast", "Australia East", "Central India", "South India",
        "West India"]
    east, west = locations[0], locations[1]
    assert east.display_name == "East US"
    assert east.available_services == ["Compute", "Storage", "PersistentVMRole", "HighMemory"]
    assert len(east.compute_capabilities.web_worker_role_sizes) == 20
    assert len(east.compute_capabilities.virtual_machines_role_sizes) == 25
    assert east.storage_capabilities.storage_account_types == [
        "Standard_LRS", "Standard_ZRS", "Standard_GRS", "Standard_RAGRS"]
    assert len(west.compute_capabilities.virtual_machines_role_sizes) == 38
    assert west.storage_capabilities.storage_account_types[0] == "Premium_LRS"

    west_india = locations[-1]
    assert west_india.available_services == ["None"]
    assert west_india.compute_capabilities.web_worker_role_sizes == []
    assert west_india.compute_capabilities.virtual_machines_role_sizes == []
    assert west_india.storage_capabilities is None


def test_list_operating_systems(sms):
    with replay(MISC + "test_list_operating_systems"):
        systems = sms.list_operating_systems()

    assert isinstance(systems, list)
    assert len(systems) == 183
    first = systems[0]
    assert first.version == "WA-GUEST-OS-1.0_200912-01"
    assert first.label == "Windows Azure Guest OS 1.0 (Release 200912-01)"
    assert first.is_default is False
    assert first.is_active is False
    assert first.family == 1
    assert first.family_label == "Windows Server 2008 SP2"
    assert systems[-1].version == "WA-GUEST-OS-4.9_201406-01"
    assert systems[-1].family_label == "Windows Server 2012 R2"

    defaults = [(s.version, s.family, s.family_label, s.is_active)
                for s in systems if s.is_default]
    assert defaults == [
        ("WA-GUEST-OS-1.48_201506-01", 1, "Windows Server 2008 SP2", True),
        ("WA-GUEST-OS-2.40_201506-01", 2, "Windows Server 2008 R2", True),
        ("WA-GUEST-OS-3.28_201506-01", 3, "Windows Server 2012", True),
        ("WA-GUEST-OS-4.21_201506-01", 4, "Windows Server 2012 R2", True)]


def test_list_operating_system_families(sms):
    with replay(MISC + "test_list_operating_system_families"):
        families = sms.list_operating_system_families()

    assert isinstance(families, list)
    assert [(f.name, f.label, len(f.operating_systems)) for f in families] == [
        ("1", "Windows Server 2008 SP2", 64),
        ("2", "Windows Server 2008 R2", 56),
        ("3", "Windows Server 2012", 38),
        ("4", "Windows Server 2012 R2", 25)]
    first = families[0].operating_systems[0]
    assert first.version == "WA-GUEST-OS-1.0_200912-01"
    assert first.label == "Windows Azure Guest OS 1.0 (Release 200912-01)"
    assert (first.is_default, first.is_active) == (False, False)
    assert first.family == 0  # not repeated inside a family: the predecessor's 0
    default = [s for s in families[1].operating_systems if s.is_default]
    assert [(s.version, s.is_active) for s in default] == [("WA-GUEST-OS-2.40_201506-01", True)]


def test_list_role_sizes(sms):
    with replay(MISC + "test_list_role_sizes"):
        sizes = sms.list_role_sizes()

    assert isinstance(sizes, list)
    assert len(sizes) == 46
    assert [s.name for s in sizes[:3]] == ["A10", "A11", "A5"]
    by_name = {s.name: s for s in sizes}
    a10 = by_name["A10"]
    assert a10.label == "A10 (8 cores, 57344 MB)"  # plain text, not base64
    assert (a10.cores, a10.memory_in_mb, a10.max_data_disk_count) == (8, 57344, 16)
    assert (a10.supported_by_web_worker_roles, a10.supported_by_virtual_machines) == (True, True)
    assert a10.web_worker_resource_disk_size_in_mb == 1861268
    assert a10.virtual_machine_resource_disk_size_in_mb == 391828
    g5 = by_name["Standard_G5"]
    assert (g5.cores, g5.memory_in_mb, g5.max_data_disk_count) == (32, 458752, 64)
    assert g5.supported_by_web_worker_roles is False
    assert g5.web_worker_resource_disk_size_in_mb == 0
    assert g5.virtual_machine_resource_disk_size_in_mb == 6291456
    basic = by_name["Basic_A0"]
    assert (basic.label, basic.cores, basic.memory_in_mb) == ("Basic_A0 (1 cores, 768 MB)", 1, 768)
    assert basic.supported_by_web_worker_roles is False
