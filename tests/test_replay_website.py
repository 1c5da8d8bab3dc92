"""Replay of the real web site recordings (test_legacy_mgmt_website.*).

Each test repeats the calls of one recording in order, with the argument values the
recording shows, and checks what WebsiteManagementService parsed from the answers. Most
recordings start by creating a Free site in the East US web space.
"""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from generated import AzureMissingResourceHttpError
from tests.replay import SUBSCRIPTION, replay

pytestmark = pytest.mark.usefixtures("no_sleep")

CASSETTE = "test_legacy_mgmt_website.{}"
WEBSPACE = "eastuswebspace"
SELF_LINK = ("https://waws-prod-blu-003.api.azurewebsites.windows.net:454/20130801/websystems/"
             f"websites/web/subscriptions/{SUBSCRIPTION}/webspaces/{WEBSPACE}/sites/")


def utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=timezone.utc)


@pytest.fixture
def wms(cert_file):
    """A client aimed at the real endpoint name; replay tests never let it connect."""
    from generated import WebsiteManagementService

    client = WebsiteManagementService(SUBSCRIPTION, cert_file)
    yield client
    client.close()


def create_site(wms, name: str):
    """Create a Free site as the recordings do (the request body order is the recorded one)."""
    return wms.create_site(WEBSPACE, name, "East US", [f"{name}.azurewebsites.net"])


def assert_new_site(site, name: str, state: str = "Running") -> None:
    assert site.name == name
    assert site.admin_enabled is True
    assert site.availability_state == "Normal"
    assert site.compute_mode == "Shared"
    assert site.content_availability_state == "Normal"
    assert site.deployment_id == name
    assert site.enabled is True
    # .NET string arrays (<a:string> items) read as plain lists.
    assert site.enabled_host_names == [f"{name}.azurewebsites.net",
                                       f"{name}.scm.azurewebsites.net"]
    assert site.host_names == [f"{name}.azurewebsites.net"]
    assert site.traffic_manager_host_names == []  # i:nil
    assert [(s.name, s.host_type, s.ssl_state, s.ip_based_ssl_state)
            for s in site.host_name_ssl_states] == [
        (f"{name}.azurewebsites.net", "Standard", "Disabled", "NotConfigured"),
        (f"{name}.scm.azurewebsites.net", "Repository", "Disabled", "NotConfigured")]
    assert site.host_name_ssl_states[0].thumbprint == ""  # i:nil
    assert site.host_name_ssl_states[0].to_update is None  # i:nil boolean
    assert site.micro_service == "WebSites"
    assert site.outbound_ip_addresses == ("137.117.81.128,137.117.81.142,137.117.81.181,"
                                          "137.117.81.82")
    assert site.repository_site_name == name
    assert site.runtime_availability_state == "Normal"
    assert site.sku == "Free"
    assert site.scm_site_also_stopped is False
    assert site.self_link == SELF_LINK + name
    assert site.server_farm == "Default0"
    assert site.site_mode == "Limited"
    assert site.site_properties.app_settings == {}
    assert site.site_properties.properties == {}
    assert site.state == state
    assert site.storage_recovery_default_state == "Running"
    assert site.usage_state == "Normal"
    assert site.web_space == WEBSPACE
    assert site.client_affinity_enabled is None  # i:nil boolean
    assert site.owner == ""  # i:nil text


# ------------------------------------------------------------------------------- sites

def test_create_site(wms):
    name = "uts626c10d0"
    with replay(CASSETTE.format("test_create_site")):
        created = create_site(wms, name)
        site = wms.get_site(WEBSPACE, name)

    assert_new_site(created, name)
    assert created.last_modified_time_utc == utc(2015, 7, 1, 0, 13, 3, 330000)
    assert_new_site(site, name)
    assert site.last_modified_time_utc == utc(2015, 7, 1, 0, 13, 3, 470000)


def test_get_web_site(wms):
    name = "uts73b11139"
    with replay(CASSETTE.format("test_get_web_site")):
        create_site(wms, name)
        site = wms.get_site(WEBSPACE, name)

    assert_new_site(site, name)


def test_list_web_sites(wms):
    name = "uts984f1228"
    with replay(CASSETTE.format("test_list_web_sites")):
        create_site(wms, name)
        sites = wms.list_sites(WEBSPACE)
        site = wms.get_site(WEBSPACE, name)

    assert isinstance(sites, list)
    assert [s.name for s in sites] == [
        name, "AzureFreshMarket", "uts88143466225458", "azuretechready", "crwDryRun",
        "uts13143466221814", "uts60143466219562", "sitani3", "pyconazurefreshrehearsal",
        "Twitterinsights", "azurefreshcrw"]
    assert {s.state for s in sites} == {"Running"}
    assert {s.web_space for s in sites} == {WEBSPACE}
    assert sites[9].last_modified_time_utc == utc(2014, 11, 7, 0, 18, 59)
    assert_new_site(sites[0], name)
    assert_new_site(site, name)


def _create_and_delete(wms, cassette: str, name: str, request_id: str, *flags: bool) -> None:
    with replay(CASSETTE.format(cassette)):
        create_site(wms, name)
        result = wms.delete_site(WEBSPACE, name, *flags)
        assert result is None
        assert wms.last_request_id == request_id
        with pytest.raises(AzureMissingResourceHttpError) as raised:
            wms.get_site(WEBSPACE, name)

    err = raised.value
    assert err.status == 404
    assert err.code == "NotFound"
    assert err.message == f"The web site {name} cannot be found."
    assert err.request_id is None  # the 404 comes without x-ms-request-id


def test_delete_site(wms):
    _create_and_delete(wms, "test_delete_site", "uts625410cf",
                       "59b92048a184b26fb3fbfd6daa8b68da")


def test_delete_site_with_empty_farm(wms):
    # ?deleteEmptyServerFarm=true
    _create_and_delete(wms, "test_delete_site_with_empty_farm", "utsa803177d",
                       "7ed367ec5914b7a594e0dec997654951", True)


def test_delete_site_with_metrics(wms):
    # ?deleteMetrics=true
    _create_and_delete(wms, "test_delete_site_with_metrics", "uts62d11640",
                       "8d8be293372cb8f5bafbad4b3b86f5fc", False, True)


def test_delete_site_with_empty_farm_and_metrics(wms):
    _create_and_delete(wms, "test_delete_site_with_empty_farm_and_metrics", "utse12e1c65",
                       "bfc3cbea8c13b0d7928f12ab804d0c45", True, True)


def test_restart_site(wms):
    name = "uts74ff1161"
    with replay(CASSETTE.format("test_restart_site")):
        create_site(wms, name)
        result = wms.restart_site(WEBSPACE, name)

    assert result.request_id == "50e57825a276bf57a15a19013fb06ad4"
    assert result.status_code == 200


def test_shutdown_start_site(wms):
    name = "utsfb5c1465"
    with replay(CASSETTE.format("test_shutdown_start_site")):
        create_site(wms, name)
        result = wms.update_site(WEBSPACE, name, "Stopped")
        assert result.request_id == "7f9863c11963b47f88a4942c13e6dc90"
        operation = wms.wait_for_operation_status(result.request_id)
        assert operation.status == "Succeeded"
        assert operation.http_status_code == 200
        stopped = wms.get_site(WEBSPACE, name)
        result = wms.update_site(WEBSPACE, name, "Running")
        assert result.request_id == "19bc876c60a5b21d8e3285cdb482ff66"
        assert wms.wait_for_operation_status(result.request_id).status == "Succeeded"
        running = wms.get_site(WEBSPACE, name)

    assert stopped.state == "Stopped"
    assert running.state == "Running"


# -------------------------------------------------------------------------- web spaces

def test_list_web_spaces(wms):
    with replay(CASSETTE.format("test_list_web_spaces")):
        spaces = wms.list_webspaces()

    assert [(s.name, s.geo_region, s.geo_location) for s in spaces] == [
        ("southcentraluswebspace", "South Central US", "sn1"),
        ("centraluswebspace", "Central US", "dm1"),
        ("huvaloarm-WestUSwebspace", "West US", "bay"),
        ("eastus2webspace", "East US 2", "bn1"),
        ("westuswebspace", "West US", "bay"),
        ("northcentraluswebspace", "North Central US", "CH1"),
        ("eastuswebspace", "East US", "BLU"),
        ("japanwestwebspace", "Japan West", "os1"),
        ("BrazilSouthwebspace", "Brazil South", "cq1"),
        ("eastasiawebspace", "East Asia", "hk1"),
        ("westeuropewebspace", "West Europe", "AM2")]
    assert {(s.availability_state, s.plan, s.status, s.subscription) for s in spaces} == {
        ("Normal", "VirtualDedicatedPlan", "Ready", SUBSCRIPTION)}
    assert {s.number_of_workers for s in spaces} == {None}  # i:nil numbers


def test_get_web_space(wms):
    with replay(CASSETTE.format("test_get_web_space")):
        space = wms.get_webspace(WEBSPACE)

    assert space.name == WEBSPACE
    assert space.availability_state == "Normal"
    assert space.geo_location == "BLU"
    assert space.geo_region == "East US"
    assert space.plan == "VirtualDedicatedPlan"
    assert space.status == "Ready"
    assert space.subscription == SUBSCRIPTION
    assert space.compute_mode == ""
    assert space.current_number_of_workers is None
    assert space.worker_size == ""


# ----------------------------------------------------------------------------- metrics

def test_get_historical_usage_metrics(wms):
    name = "utsc06017e3"
    with replay(CASSETTE.format("test_get_historical_usage_metrics")):
        create_site(wms, name)
        responses = wms.get_historical_usage_metrics(WEBSPACE, name)

    assert len(responses) == 23
    assert {r.code for r in responses} == {"Success"}
    assert {r.message for r in responses} == {""}
    first = responses[0].data
    assert first.name == "IncomingRequestBytes"
    assert first.display_name == "Incoming request bytes"
    assert first.primary_aggregation_type == "Total"
    assert first.unit == "Bytes"
    assert first.time_grain == "PT1H"
    assert first.start_time == utc(2015, 7, 1, 0, 0, 0)
    assert first.end_time == utc(2015, 7, 1, 0, 14, 14, 294796)
    assert first.values == []  # a new site has no samples yet
    averages = [r.data.name for r in responses if r.data.primary_aggregation_type == "Average"]
    assert averages == ["AverageResponseTime", "AverageMemoryWorkingSet"]


def test_get_web_site_metrics(wms):
    name = "utsc59148f"
    with replay(CASSETTE.format("test_get_web_site_metrics")):
        create_site(wms, name)
        definitions = wms.get_metric_definitions(WEBSPACE, name)

    assert [d.name for d in definitions] == [
        "CpuTime", "Requests", "BytesReceived", "BytesSent", "Http2xx", "Http3xx", "Http401",
        "Http403", "Http404", "Http406", "Http4xx", "Http5xx", "MemoryWorkingSet",
        "AverageMemoryWorkingSet", "AverageResponseTime"]
    cpu = definitions[0]
    assert cpu.display_name == "CPU Time"
    assert cpu.unit == "Milliseconds"
    assert cpu.primary_aggregation_type == "Total"
    # Items of <MetricAvailabilities> are tagged <MetricAvailabilily> (sic).
    assert [(a.time_grain, a.retention) for a in cpu.metric_availabilities] == [
        ("PT1M", "P2D"), ("PT1H", "P30D"), ("P1D", "P90D")]
    assert definitions[11].display_name == "Http Server Errors"


# --------------------------------------------------------------------- publish profiles

PUBLISH_PASSWORD = "NnKnqjY45SncyuaovlvKplPRreogjJ71FAJd0hnDBdFuQe9G4Znb2xBSH5Dk"


def test_get_publish_profile(wms):
    name = "utsf8a4142e"
    with replay(CASSETTE.format("test_get_publish_profile")):
        create_site(wms, name)
        data = wms.get_publish_profile(WEBSPACE, name)

    deploy, ftp = data.publish_profiles
    assert deploy.profile_name == f"{name} - Web Deploy"
    assert deploy.publish_method == "MSDeploy"
    assert deploy.publish_url == f"{name}.scm.azurewebsites.net:443"
    assert deploy.msdeploysite == name
    assert deploy.user_name == f"${name}"
    assert deploy.user_pwd == PUBLISH_PASSWORD
    assert deploy.destination_app_url == f"http://{name}.azurewebsites.net"
    assert deploy.sql_server_db_connection_string == ""
    assert deploy.my_sqldb_connection_string == ""
    assert deploy.hosting_provider_forum_link == ""
    assert deploy.control_panel_link == ""
    assert deploy.web_system == "WebSites"
    assert deploy.databases == []
    assert ftp.profile_name == f"{name} - FTP"
    assert ftp.publish_method == "FTP"
    assert ftp.publish_url == "ftp://waws-prod-blu-003.ftp.azurewebsites.windows.net/site/wwwroot"
    assert ftp.ftp_passive_mode == "True"
    assert ftp.user_name == f"{name}\\${name}"
    assert ftp.user_pwd == PUBLISH_PASSWORD
    assert PUBLISH_PASSWORD not in repr(ftp)


def test_get_publish_profile_xml(wms):
    name = "uts4d9515de"
    with replay(CASSETTE.format("test_get_publish_profile_xml")):
        create_site(wms, name)
        xml = wms.get_publish_profile_xml(WEBSPACE, name)

    assert isinstance(xml, str)
    assert xml.startswith("<publishData>")
    assert f'profileName="{name} - Web Deploy"' in xml
    assert f'profileName="{name} - FTP"' in xml
    assert xml.rstrip().endswith("</publishData>")
