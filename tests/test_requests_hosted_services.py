"""Cloud-service operations that have no recording: requests and parsing checked against
the Service Management REST reference.

The client's transport is replaced by a fake that records what would be sent and answers
with a canned `Response`; bodies are compared as canonical XML.
"""

from __future__ import annotations

import base64
import datetime

import pytest

from generated import AsynchronousOperationResult, AzureConflictHttpError
from tests.fakes import FakeTransport, Sent, install, response
from tests.replay import SUBSCRIPTION, canonical_xml

NS = "http://schemas.microsoft.com/windowsazure"
# Data-contract namespace the service uses for OperationParameter/Name and /Value.
DC_NS = "http://schemas.datacontract.org/2004/07/Microsoft.WindowsAzure.ServiceManagement"
VERSION = "2014-10-01"
REQUEST_ID = "5f3cbe1d8a0a4b5fb2bd1bb0c3b2e9d4"
SERVICE = "mycloudservice"
DEPLOYMENT = "mydeployment"
DEPLOYMENT_PATH = f"/{SUBSCRIPTION}/services/hostedservices/{SERVICE}/deployments/{DEPLOYMENT}"


@pytest.fixture
def fake(sms, monkeypatch) -> FakeTransport:
    return install(sms, monkeypatch, response(202, request_id=REQUEST_ID))


def xml(root: str, inner: str) -> str:
    return f'<{root} xmlns="{NS}">{inner}</{root}>'


def b64(text: str) -> str:
    return base64.b64encode(text.encode("utf-8")).decode("ascii")


def assert_post(sent: Sent, path: str, query: list[tuple[str, str]],
                body: str | None) -> None:
    """A POST as the reference describes it: never retried, x-ms-version, XML body."""
    assert sent.method == "POST"
    assert sent.path == path
    assert sent.query == query
    assert sent.headers["x-ms-version"] == VERSION
    assert sent.idempotent is False
    if body is None:
        assert not sent.body
    else:
        assert sent.headers["Content-Type"].startswith("application/xml")
        assert canonical_xml(sent.body) == canonical_xml(body)


def assert_accepted(result) -> None:
    assert isinstance(result, AsynchronousOperationResult)
    assert (result.request_id, result.status_code) == (REQUEST_ID, 202)


# --- deployments -------------------------------------------------------------------------


def test_swap_deployment_request(sms, fake):
    result = sms.swap_deployment(SERVICE, "deploy-blue", "deploy-green")
    assert_post(fake.only, f"/{SUBSCRIPTION}/services/hostedservices/{SERVICE}", [],
                xml("Swap", "<Production>deploy-blue</Production>"
                            "<SourceDeployment>deploy-green</SourceDeployment>"))
    assert_accepted(result)


def test_swap_deployment_conflict(sms, fake):
    # The reference: names that do not match the current deployments give 409 Conflict.
    fake.respond(409, xml("Error", "<Code>ConflictError</Code><Message>The specified "
                                   "deployment names do not match.</Message>"),
                 request_id="0ad2c3b1e4f54a4c9bde2f0b7f7e9c11")
    with pytest.raises(AzureConflictHttpError) as excinfo:
        sms.swap_deployment(SERVICE, "deploy-blue", "deploy-green")
    err = excinfo.value
    assert (err.status, err.code, err.message, err.request_id) == (
        409, "ConflictError", "The specified deployment names do not match.",
        "0ad2c3b1e4f54a4c9bde2f0b7f7e9c11")


def test_upgrade_deployment_request(sms, fake):
    configuration = b64('<ServiceConfiguration serviceName="app"/>')
    result = sms.upgrade_deployment(
        SERVICE, DEPLOYMENT, "Manual",
        "https://mystorage.blob.core.windows.net/packages/app-v2.cspkg", configuration,
        "release 2 & <beta>", True, "WebRole1", {"release": "2.0", "owner": "ops"})
    assert_post(fake.only, DEPLOYMENT_PATH + "/", [("comp", "upgrade")], xml(
        "UpgradeDeployment",
        "<Mode>Manual</Mode>"
        "<PackageUrl>https://mystorage.blob.core.windows.net/packages/app-v2.cspkg</PackageUrl>"
        f"<Configuration>{configuration}</Configuration>"
        f"<Label>{b64('release 2 & <beta>')}</Label>"
        "<RoleToUpgrade>WebRole1</RoleToUpgrade>"
        "<Force>true</Force>"
        "<ExtendedProperties>"
        "<ExtendedProperty><Name>release</Name><Value>2.0</Value></ExtendedProperty>"
        "<ExtendedProperty><Name>owner</Name><Value>ops</Value></ExtendedProperty>"
        "</ExtendedProperties>"))
    assert_accepted(result)


def test_upgrade_deployment_request_all_roles(sms, fake):
    """Without a role every role is upgraded: RoleToUpgrade is left out, Force false is sent."""
    sms.upgrade_deployment(SERVICE, DEPLOYMENT, "Auto", "https://pkg/app.cspkg", "Q0ZH",
                           "v3", False)
    assert_post(fake.only, DEPLOYMENT_PATH + "/", [("comp", "upgrade")], xml(
        "UpgradeDeployment",
        "<Mode>Auto</Mode><PackageUrl>https://pkg/app.cspkg</PackageUrl>"
        f"<Configuration>Q0ZH</Configuration><Label>{b64('v3')}</Label>"
        "<Force>false</Force>"))


@pytest.mark.parametrize("domain", [0, 3])
def test_walk_upgrade_domain_request(sms, fake, domain):
    result = sms.walk_upgrade_domain(SERVICE, DEPLOYMENT, domain)
    assert_post(fake.only, DEPLOYMENT_PATH + "/", [("comp", "walkupgradedomain")],
                xml("WalkUpgradeDomain", f"<UpgradeDomain>{domain}</UpgradeDomain>"))
    assert_accepted(result)


@pytest.mark.parametrize(("mode", "force", "wire"), [("Auto", False, "false"),
                                                     ("Manual", True, "true")])
def test_rollback_update_or_upgrade_request(sms, fake, mode, force, wire):
    result = sms.rollback_update_or_upgrade(SERVICE, DEPLOYMENT, mode, force)
    assert_post(fake.only, DEPLOYMENT_PATH + "/", [("comp", "rollback")],
                xml("RollbackUpdateOrUpgrade", f"<Mode>{mode}</Mode><Force>{wire}</Force>"))
    assert_accepted(result)


# --- role instances ----------------------------------------------------------------------


@pytest.mark.parametrize(("operation", "query"), [
    ("reboot_role_instance", [("comp", "reboot")]),
    ("reimage_role_instance", [("comp", "reimage")]),
    ("rebuild_role_instance", [("comp", "rebuild"), ("resources", "allLocalDrives")]),
])
def test_role_instance_action_request(sms, fake, operation, query):
    result = getattr(sms, operation)(SERVICE, DEPLOYMENT, "WebRole1_IN_0")
    assert_post(fake.only, DEPLOYMENT_PATH + "/roleinstances/WebRole1_IN_0", query, None)
    assert_accepted(result)


def test_role_instance_name_is_one_path_segment(sms, fake):
    sms.reboot_role_instance(SERVICE, DEPLOYMENT, "odd/name?x")
    assert fake.only.url.startswith(DEPLOYMENT_PATH + "/roleinstances/odd%2Fname%3Fx?")
    assert fake.only.query == [("comp", "reboot")]


def test_delete_role_instances_request(sms, fake):
    result = sms.delete_role_instances(SERVICE, DEPLOYMENT,
                                       ["WebRole1_IN_0", "WorkerRole1_IN_1"])
    assert_post(fake.only, DEPLOYMENT_PATH + "/roleinstances/", [("comp", "delete")],
                xml("RoleInstances", "<Name>WebRole1_IN_0</Name><Name>WorkerRole1_IN_1</Name>"))
    assert_accepted(result)


# --- subscriptions -----------------------------------------------------------------------


def subscription_xml(sub_id: str, name: str, status: str, cores: tuple[int, int],
                     created: str) -> str:
    """One <Subscription> as List Subscriptions documents it."""
    return (
        "<Subscription>"
        f"<SubscriptionID>{sub_id}</SubscriptionID>"
        f"<SubscriptionName>{name}</SubscriptionName>"
        f"<SubscriptionStatus>{status}</SubscriptionStatus>"
        "<AccountAdminLiveEmailId>admin@contoso.com</AccountAdminLiveEmailId>"
        "<ServiceAdminLiveEmailId>ops@contoso.com</ServiceAdminLiveEmailId>"
        f"<MaxCoreCount>{cores[0]}</MaxCoreCount>"
        "<MaxStorageAccounts>100</MaxStorageAccounts>"
        "<MaxHostedServices>20</MaxHostedServices>"
        f"<CurrentCoreCount>{cores[1]}</CurrentCoreCount>"
        "<CurrentHostedServices>3</CurrentHostedServices>"
        "<CurrentStorageAccounts>7</CurrentStorageAccounts>"
        "<MaxVirtualNetworkSites>50</MaxVirtualNetworkSites>"
        "<CurrentVirtualNetworkSites>1</CurrentVirtualNetworkSites>"
        "<MaxLocalNetworkSites>20</MaxLocalNetworkSites>"
        "<MaxDnsServers>20</MaxDnsServers>"
        "<OfferCategories>Azure_Paid</OfferCategories>"
        "<AADTenantID>8c5b6c1e-0d2f-4b0e-9a51-7f1d0e9b6a21</AADTenantID>"
        f"<CreatedTime>{created}</CreatedTime>"
        "</Subscription>")


def test_list_subscriptions(sms, fake):
    fake.respond(200, xml("Subscriptions", subscription_xml(
        "11111111-2222-3333-4444-555555555555", "Production &amp; test", "Active", (20, 9),
        "2013-04-01T10:20:30Z") + subscription_xml(
        "66666666-7777-8888-9999-000000000000", "Sandbox", "Disabled", (4, 0),
        "2014-12-31T23:59:59.1234567Z")), request_id="9e1f")

    subscriptions = sms.list_subscriptions()

    sent = fake.only
    assert (sent.method, sent.url, sent.body) == ("GET", "/subscriptions", None)
    assert sent.headers["x-ms-version"] == VERSION
    assert sent.idempotent is True

    assert isinstance(subscriptions, list)
    first, second = subscriptions
    assert first.subscription_id == "11111111-2222-3333-4444-555555555555"
    assert first.subscription_name == "Production & test"
    assert first.subscription_status == "Active"
    assert first.account_admin_live_email_id == "admin@contoso.com"
    assert first.service_admin_live_email_id == "ops@contoso.com"
    assert (first.max_core_count, first.current_core_count) == (20, 9)
    assert (first.max_storage_accounts, first.current_storage_accounts) == (100, 7)
    assert (first.max_hosted_services, first.current_hosted_services) == (20, 3)
    assert (first.max_virtual_network_sites, first.current_virtual_network_sites) == (50, 1)
    assert first.aad_tenant_id == "8c5b6c1e-0d2f-4b0e-9a51-7f1d0e9b6a21"
    assert first.created_time == datetime.datetime(2013, 4, 1, 10, 20, 30,
                                                   tzinfo=datetime.timezone.utc)
    assert first.max_reserved_ips is None  # not in this answer (no predecessor default)
    assert (second.subscription_name, second.subscription_status) == ("Sandbox", "Disabled")
    assert second.current_core_count == 0
    assert second.created_time == datetime.datetime(2014, 12, 31, 23, 59, 59, 123456,
                                                    tzinfo=datetime.timezone.utc)


def test_list_subscriptions_empty(sms, fake):
    fake.respond(200, xml("Subscriptions", ""))
    assert sms.list_subscriptions() == []


def test_list_subscription_operations_request(sms, fake):
    fake.respond(200, xml("SubscriptionOperationCollection",
                          "<SubscriptionOperations/>"))
    object_id = f"/{SUBSCRIPTION}/services/hostedservices/{SERVICE}"
    page = sms.list_subscription_operations(
        "2015-07-01T00:00:00Z", "2015-07-02T16:30:00.0005000Z", object_id, "Failed",
        "token+/=1")

    sent = fake.only
    assert sent.method == "GET"
    assert sent.path == f"/{SUBSCRIPTION}/operations"
    assert sent.query == [("StartTime", "2015-07-01T00:00:00Z"),
                          ("EndTime", "2015-07-02T16:30:00.0005000Z"),
                          ("ObjectIdFilter", object_id),
                          ("OperationResultFilter", "Failed"),
                          ("ContinuationToken", "token+/=1")]
    assert sent.headers["x-ms-version"] == VERSION
    assert sent.body is None
    assert page.subscription_operations == []
    assert page.continuation_token == ""


def test_list_subscription_operations_request_time_range_only(sms, fake):
    fake.respond(200, xml("SubscriptionOperationCollection", ""))
    sms.list_subscription_operations("2015-07-01", "2015-07-02")
    assert fake.only.query == [("StartTime", "2015-07-01"), ("EndTime", "2015-07-02")]


OPERATIONS_PAGE = xml("SubscriptionOperationCollection", f"""
  <SubscriptionOperations>
    <SubscriptionOperation>
      <OperationId>a2f5b0c4-1d3e-4f60-9b7a-2c8d9e0f1a2b</OperationId>
      <OperationObjectId>/{SUBSCRIPTION}/services/hostedservices/{SERVICE}</OperationObjectId>
      <OperationName>CreateHostedService</OperationName>
      <OperationParameters xmlns:d2p1="{DC_NS}">
        <OperationParameter>
          <d2p1:Name>subscriptionID</d2p1:Name>
          <d2p1:Value>{SUBSCRIPTION}</d2p1:Value>
        </OperationParameter>
        <OperationParameter>
          <d2p1:Name>serviceName</d2p1:Name>
          <d2p1:Value>{SERVICE}</d2p1:Value>
        </OperationParameter>
      </OperationParameters>
      <OperationCaller>
        <UsedServiceManagementApi>true</UsedServiceManagementApi>
        <SubscriptionCertificateThumbprint>BEA4B74BD6B915E9DD6A01FB1B8C3C1740F517F2</SubscriptionCertificateThumbprint>
        <ClientIP>203.0.113.7</ClientIP>
      </OperationCaller>
      <OperationStatus>
        <ID>a2f5b0c4-1d3e-4f60-9b7a-2c8d9e0f1a2b</ID>
        <Status>Succeeded</Status>
        <HttpStatusCode>201</HttpStatusCode>
      </OperationStatus>
      <OperationStartedTime>2015-07-02T16:45:20Z</OperationStartedTime>
      <OperationCompletedTime>2015-07-02T16:45:21.5000000Z</OperationCompletedTime>
      <OperationKind>CreateHostedServiceOperation</OperationKind>
    </SubscriptionOperation>
    <SubscriptionOperation>
      <OperationId>c0ffee00-0000-4000-8000-000000000001</OperationId>
      <OperationObjectId>/{SUBSCRIPTION}/services/hostedservices/{SERVICE}/deployments/{DEPLOYMENT}</OperationObjectId>
      <OperationName>SwapDeployment</OperationName>
      <OperationParameters xmlns:d2p1="{DC_NS}"/>
      <OperationCaller>
        <UsedServiceManagementApi>false</UsedServiceManagementApi>
        <UserEmailAddress>ops@contoso.com</UserEmailAddress>
        <ClientIP>198.51.100.20</ClientIP>
      </OperationCaller>
      <OperationStatus>
        <ID>c0ffee00-0000-4000-8000-000000000001</ID>
        <Status>Failed</Status>
        <HttpStatusCode>409</HttpStatusCode>
        <Error>
          <Code>ConflictError</Code>
          <Message>The specified deployment names do not match.</Message>
        </Error>
      </OperationStatus>
      <OperationStartedTime>2015-07-02T17:00:00Z</OperationStartedTime>
      <OperationCompletedTime>2015-07-02T17:00:03Z</OperationCompletedTime>
      <OperationKind>SwapDeploymentOperation</OperationKind>
    </SubscriptionOperation>
  </SubscriptionOperations>
  <ContinuationToken>next-page-token</ContinuationToken>""")


def test_list_subscription_operations_parse(sms, fake):
    fake.respond(200, OPERATIONS_PAGE)
    page = sms.list_subscription_operations("2015-07-01", "2015-07-03")

    assert page.continuation_token == "next-page-token"
    created, swapped = page.subscription_operations

    assert created.operation_id == "a2f5b0c4-1d3e-4f60-9b7a-2c8d9e0f1a2b"
    assert created.operation_object_id == f"/{SUBSCRIPTION}/services/hostedservices/{SERVICE}"
    assert created.operation_name == "CreateHostedService"
    assert created.operation_kind == "CreateHostedServiceOperation"
    assert created.operation_caller.used_service_management_api is True
    assert created.operation_caller.subscription_certificate_thumbprint == \
        "BEA4B74BD6B915E9DD6A01FB1B8C3C1740F517F2"
    assert created.operation_caller.client_ip == "203.0.113.7"
    assert created.operation_caller.user_email_address == ""
    assert created.operation_status.id == "a2f5b0c4-1d3e-4f60-9b7a-2c8d9e0f1a2b"
    assert created.operation_status.status == "Succeeded"
    assert created.operation_status.http_status_code == 201
    assert created.operation_status.error is None
    assert created.operation_started_time == datetime.datetime(
        2015, 7, 2, 16, 45, 20, tzinfo=datetime.timezone.utc)
    assert created.operation_completed_time == datetime.datetime(
        2015, 7, 2, 16, 45, 21, 500000, tzinfo=datetime.timezone.utc)

    assert swapped.operation_name == "SwapDeployment"
    assert swapped.operation_parameters == []
    assert swapped.operation_caller.used_service_management_api is False
    assert swapped.operation_caller.user_email_address == "ops@contoso.com"
    assert swapped.operation_status.status == "Failed"
    assert swapped.operation_status.http_status_code == 409
    assert swapped.operation_status.error.code == "ConflictError"
    assert swapped.operation_status.error.message == \
        "The specified deployment names do not match."


def test_list_subscription_operations_parse_parameters(sms, fake):
    """OperationParameter/Name and /Value travel in the data-contract namespace."""
    fake.respond(200, OPERATIONS_PAGE)
    page = sms.list_subscription_operations("2015-07-01", "2015-07-03")
    parameters = page.subscription_operations[0].operation_parameters
    assert [(p.name, p.value) for p in parameters] == [("subscriptionID", SUBSCRIPTION),
                                                       ("serviceName", SERVICE)]
