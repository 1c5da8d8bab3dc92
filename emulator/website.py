"""The local endpoint's Web Sites (WebsiteManagementService) operations.

A web space is made by the first site created in it (`WebSpaceToCreate`), as Azure does.
Sites are Free, shared-mode sites named `<name>.azurewebsites.net`; metric definitions and
metric names are the recorded ones, with no samples (nothing runs); the publish profile
has a Web Deploy and an FTP profile with a password made at creation. Answers follow the
recordings (docs/research/website.md): create, get, update and delete answer 200; update
and restart are also tracked as operations.
"""

from __future__ import annotations

import datetime
import re
import secrets
import string

from . import data
from .base import ApiError, Call, Reply, bad_request, conflict, handles, now

SITE_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9-]{0,58}[A-Za-z0-9]|[A-Za-z0-9]")
# GeoRegion -> GeoLocation code (the stamp names the recordings show where known)
GEO = {"East US": "BLU", "West US": "bay", "Central US": "dm1", "South Central US": "sn1",
       "East US 2": "bn1"}
# name -> display name, unit, primary aggregation (as recorded)
METRICS = {
    "CpuTime": ("CPU Time", "Milliseconds", "Total"), "Requests": ("Requests", "Count", "Total"),
    "BytesReceived": ("Data In", "Bytes", "Total"), "BytesSent": ("Data Out", "Bytes", "Total"),
    "Http2xx": ("Http 2xx", "Count", "Total"), "Http3xx": ("Http 3xx", "Count", "Total"),
    "Http401": ("Http 401", "Count", "Total"), "Http403": ("Http 403", "Count", "Total"),
    "Http404": ("Http 404", "Count", "Total"), "Http406": ("Http 406", "Count", "Total"),
    "Http4xx": ("Http 4xx", "Count", "Total"), "Http5xx": ("Http Server Errors", "Count", "Total"),
    "MemoryWorkingSet": ("Memory working set", "Bytes", "Total"),
    "AverageMemoryWorkingSet": ("Average memory working set", "Bytes", "Average"),
    "AverageResponseTime": ("Average Response Time", "Milliseconds", "Average"),
    "IncomingRequestBytes": ("Incoming request bytes", "Bytes", "Total"),
    "IncomingRequestResponseBytes": ("Incoming request response bytes", "Bytes", "Total"),
    "OutgoingRequestBytes": ("Outgoing request bytes", "Bytes", "Total"),
    "OutgoingRequestResponseBytes": ("Outgoing request response bytes", "Bytes", "Total"),
    "LocalReadBytes": ("Local read bytes", "Bytes", "Total"),
    "LocalWrittenBytes": ("Local written bytes", "Bytes", "Total"),
    "NetworkReadBytes": ("Network read bytes", "Bytes", "Total"),
    "NetworkWrittenBytes": ("Network written bytes", "Bytes", "Total"),
}
# The metrics get_metric_definitions lists, and those get_historical_usage_metrics reports,
# each in its recorded order.
DEFINED = ["CpuTime", "Requests", "BytesReceived", "BytesSent", "Http2xx", "Http3xx", "Http401",
           "Http403", "Http404", "Http406", "Http4xx", "Http5xx", "MemoryWorkingSet",
           "AverageMemoryWorkingSet", "AverageResponseTime"]
USAGE = ["IncomingRequestBytes", "IncomingRequestResponseBytes", "Requests", "Http2xx", "Http3xx",
         "Http401", "Http403", "Http404", "Http406", "Http4xx", "Http5xx", "AverageResponseTime",
         "CpuTime", "BytesReceived", "BytesSent", "OutgoingRequestBytes",
         "OutgoingRequestResponseBytes", "LocalReadBytes", "LocalWrittenBytes", "NetworkReadBytes",
         "NetworkWrittenBytes", "MemoryWorkingSet", "AverageMemoryWorkingSet"]
RETENTION = [("P2D", "PT1M"), ("P30D", "PT1H"), ("P90D", "P1D")]


def not_found(message: str) -> ApiError:
    """The web sites front end answers 404 with code NotFound (not ResourceNotFound)."""
    return ApiError(404, "NotFound", message)


def _webspace(call: Call, name: str | None = None):
    name = name or call.arg("webspace_name")
    key, space = call.store.find("webspace", name)
    if space is None:
        raise not_found(f"Cannot find WebSpace with name {name}.")
    return key, space


def _site(call: Call):
    space_key, _ = _webspace(call)
    name = call.arg("website_name")
    key, site = call.store.find("website", f"{space_key}/{name}")
    if site is None:
        raise not_found(f"The web site {name} cannot be found.")
    return key, site


@handles("list_webspaces")
def list_webspaces(call: Call):
    return call.store.values("webspace")


@handles("get_webspace")
def get_webspace(call: Call):
    return _webspace(call)[1]


@handles("create_site")
def create_site(call: Call):
    b = call.body
    m = call.m
    space_name = call.arg("webspace_name")
    if not b.name or not SITE_NAME.fullmatch(b.name):
        raise bad_request(f"'{b.name}' is an invalid name for a web site.")
    key, space = call.store.find("webspace", space_name)
    if space is None:
        wanted = b.web_space_to_create
        if wanted is None or (wanted.name or "").lower() != space_name.lower():
            raise not_found(f"Cannot find WebSpace with name {space_name}.")
        if wanted.geo_region not in data.LOCATIONS:
            raise bad_request(f"The region '{wanted.geo_region}' is not valid.")
        space = m.WebSpace(availability_state="Normal", geo_location=GEO.get(wanted.geo_region,
                           wanted.geo_region.replace(" ", "").lower()),
                           geo_region=wanted.geo_region, name=space_name,
                           plan=wanted.plan or "VirtualDedicatedPlan", status="Ready",
                           subscription=call.app.subscription_id)
        key = space_name
        call.store.put("webspace", key, space)
    if any(site.name.lower() == b.name.lower() for site in call.store.values("website")):
        raise conflict(f"Website with given name {b.name} already exists.")
    host = f"{b.name}.azurewebsites.net"
    scm = f"{b.name}.scm.azurewebsites.net"
    site = m.Site(
        admin_enabled=True, availability_state="Normal", compute_mode=b.compute_mode or "Shared",
        content_availability_state="Normal", deployment_id=b.name, enabled=True,
        enabled_host_names=[host, scm],
        host_name_ssl_states=[m.HostNameSslState(host_type=kind, ip_based_ssl_state="NotConfigured",
                                                 name=name, ssl_state="Disabled")
                              for kind, name in (("Standard", host), ("Repository", scm))],
        host_names=list(b.host_names or [host]), last_modified_time_utc=now(),
        micro_service="WebSites", name=b.name,
        outbound_ip_addresses="137.117.81.128,137.117.81.142", repository_site_name=b.name,
        runtime_availability_state="Normal", sku="Free", scm_site_also_stopped=False,
        self_link=f"https://{call.app.host}/websystems/websites/web/subscriptions/"
                  f"{call.app.subscription_id}/webspaces/{space.name}/sites/{b.name}",
        server_farm=b.server_farm or "Default0", site_mode=b.site_mode or "Limited",
        site_properties=m.SiteProperties(properties={}), state="Running",
        storage_recovery_default_state="Running", usage_state="Normal", web_space=space.name)
    call.store.put("website", f"{key}/{b.name}", site)
    alphabet = string.ascii_letters + string.digits
    call.store.put("website_password", f"{key}/{b.name}",
                   "".join(secrets.choice(alphabet) for _ in range(60)))
    return site


@handles("get_site")
def get_site(call: Call):
    return _site(call)[1]


@handles("list_sites")
def list_sites(call: Call):
    space_key, _ = _webspace(call)
    return [s for _, s in call.store.children("website", space_key)]


@handles("update_site")
def update_site(call: Call):
    key, site = _site(call)
    state = call.body.state
    if state not in (None, "Running", "Stopped"):
        raise bad_request(f"'{state}' is not a valid state of a web site.")
    if state:
        site.state = state
    site.last_modified_time_utc = now()
    call.store.touch("website", key)
    return Reply(200, site, type_name="Site")      # answered at once, with the site


@handles("restart_site")
def restart_site(call: Call):
    _site(call)
    return Reply(200)


@handles("delete_site")
def delete_site(call: Call):
    key, _ = _site(call)
    call.store.delete("website", key)
    call.store.delete("website_password", key)


def _described(name: str) -> dict[str, str]:
    """What MetricDefinition and MetricData both say of a metric."""
    display, unit, aggregation = METRICS[name]
    return dict(name=name, display_name=display, unit=unit, primary_aggregation_type=aggregation)


@handles("get_metric_definitions")
def get_metric_definitions(call: Call):
    _site(call)
    m = call.m
    return [m.MetricDefinition(**_described(name), metric_availabilities=[
                m.MetricAvailability(retention=r, time_grain=g) for r, g in RETENTION])
            for name in DEFINED]


@handles("get_historical_usage_metrics")
def get_historical_usage_metrics(call: Call):
    _site(call)
    m = call.m
    wanted = {n.strip() for n in (call.query.get("names") or "").split(",") if n.strip()}
    end = now()
    start = end.replace(minute=0, second=0)
    grain = call.query.get("timegrain") or "PT1H"
    for value in (call.query.get("starttime"), call.query.get("endtime")):
        if value:
            try:
                datetime.datetime.fromisoformat(value.replace("Z", "+00:00"))
            except ValueError:
                raise bad_request(f"'{value}' is not a valid time.") from None
    return [m.MetricResponse(code="Success", message="", data=m.MetricData(
                **_described(name), start_time=start, end_time=end, time_grain=grain, values=[]))
            for name in USAGE if not wanted or name in wanted]


@handles("get_publish_profile", "get_publish_profile_xml")
def get_publish_profile(call: Call):
    key, site = _site(call)
    m = call.m
    password = call.store.get("website_password", key)
    common = dict(user_pwd=password, destination_app_url=f"http://{site.name}.azurewebsites.net",
                  sql_server_db_connection_string="", my_sqldb_connection_string="",
                  hosting_provider_forum_link="", control_panel_link="", web_system="WebSites",
                  databases=[])
    profile = m.PublishData(publish_profiles=[
        m.PublishProfile(profile_name=f"{site.name} - Web Deploy", publish_method="MSDeploy",
                         publish_url=f"{site.name}.scm.azurewebsites.net:443",
                         msdeploysite=site.name, user_name=f"${site.name}", **common),
        m.PublishProfile(profile_name=f"{site.name} - FTP", publish_method="FTP",
                         publish_url="ftp://localhost/site/wwwroot", ftp_passive_mode="True",
                         user_name=f"{site.name}\\${site.name}", **common),
    ])
    # Both operations share the URI; the body is the same document.
    return Reply(200, raw=call.app.render("PublishData", profile, "publishData").encode("utf-8"))
