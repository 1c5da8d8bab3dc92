"""Scenario: web spaces and web sites (WebsiteManagementService).
One cassette: cassettes/websites.yaml."""

from __future__ import annotations

import pytest

from generated import AzureMissingResourceHttpError, WebsiteManagementService
from tests.scenarios.data import PREFIX
from tests.scenarios.recording import PLACEHOLDER

SPACE = "eastuswebspace"


def test_websites(scenario):
    web = scenario.make(WebsiteManagementService)
    site_name = f"{PREFIX}-site"
    host = f"{site_name}.azurewebsites.net"

    site = web.create_site(SPACE, site_name, "East US", [host])
    assert (site.name, site.web_space, site.state, site.sku) == (site_name, SPACE, "Running", "Free")
    assert host in site.host_names and f"{site_name}.scm.azurewebsites.net" in site.enabled_host_names
    space = web.get_webspace(SPACE)
    assert (space.name, space.geo_region, space.status) == (SPACE, "East US", "Ready")
    assert SPACE in [s.name for s in web.list_webspaces()]
    assert [s.name for s in web.list_sites(SPACE)] == [site_name]
    assert web.get_site(SPACE, site_name).host_name_ssl_states[0].name == host

    scenario.wait(web.update_site(SPACE, site_name, "Stopped"))
    assert web.get_site(SPACE, site_name).state == "Stopped"
    scenario.wait(web.update_site(SPACE, site_name, "Running"))
    assert web.get_site(SPACE, site_name).state == "Running"
    assert web.restart_site(SPACE, site_name).request_id

    definitions = {d.name: d for d in web.get_metric_definitions(SPACE, site_name)}
    assert definitions["CpuTime"].unit == "Milliseconds"
    assert [a.time_grain for a in definitions["Requests"].metric_availabilities] == \
        ["PT1M", "PT1H", "P1D"]
    usage = web.get_historical_usage_metrics(SPACE, site_name, ["Requests", "CpuTime"],
                                             time_grain="PT1H")
    assert sorted(u.data.name for u in usage) == ["CpuTime", "Requests"]
    assert all(u.code == "Success" and u.data.time_grain == "PT1H" for u in usage)

    profile = web.get_publish_profile(SPACE, site_name)
    methods = {p.publish_method: p for p in profile.publish_profiles}
    assert set(methods) == {"MSDeploy", "FTP"}
    assert methods["MSDeploy"].user_name == f"${site_name}"
    # The deployment password: real while recording, redacted in the cassette.
    password = methods["MSDeploy"].user_pwd
    assert len(password) == 60 if scenario.recording else password == PLACEHOLDER
    assert password not in repr(profile)
    xml = web.get_publish_profile_xml(SPACE, site_name)
    assert xml.startswith("<publishData>") and f'msdeploySite="{site_name}"' in xml

    web.delete_site(SPACE, site_name, delete_empty_server_farm=True, delete_metrics=True)
    with pytest.raises(AzureMissingResourceHttpError) as info:
        web.get_site(SPACE, site_name)
    assert info.value.code == "NotFound"
