"""The operations of spec/operations/website.toml as data, and its waiters
(spec/waiters/website.toml): one record per operation, shared by the sync methods
(client.py) and the async ones (aio.py).

Generated from spec/ by codegen; do not edit.  asm_sdk_runtime.core builds each request
from a record and the method's arguments and reads the answer with it; `body_<operation>`
writes a request body from the arguments.
"""

from __future__ import annotations

from asm_sdk_runtime.core import AsynchronousOperationResult, Operation, any_given
from asm_sdk_runtime.polling import Waiter

from .. import models as m
from .._xml import to_xml
from . import xml as x
from ..publishdata import xml as publishdata


def body_create_site(
    webspace_name: str,
    website_name: str,
    geo_region: str,
    host_names: list[str],
    plan: str,
    compute_mode: str,
    server_farm: str | None,
    site_mode: str | None,
) -> str:
    """The request body of `create_site`: <Site>."""
    return to_xml(x.write_CreateSiteInput, m.CreateSiteInput(
        host_names=host_names,
        name=website_name,
        compute_mode=compute_mode,
        server_farm=server_farm,
        site_mode=site_mode,
        web_space_to_create=m.WebSpaceToCreate(
            geo_region=geo_region,
            name=webspace_name,
            plan=plan,
        ) if any_given(geo_region, plan, webspace_name)
        else None,
    ), 'Site')


create_site: Operation[m.Site] = Operation(
    'create_site', 'POST', '/{subscription_id}/services/webspaces//{webspace_name}/sites',
    (
        'webspace_name',
        'website_name',
        'geo_region',
        'host_names',
        'plan',
        'compute_mode',
        'server_farm',
        'site_mode',
    ),
    '2014-10-01',
    required=4,
    body=body_create_site,
    reader=x.read_Site,
    root='{http://schemas.microsoft.com/windowsazure}Site',
)


delete_site: Operation[None] = Operation(
    'delete_site', 'DELETE', '/{subscription_id}/services/webspaces//{webspace_name}/sites/{website_name}',
    ('webspace_name', 'website_name', 'delete_empty_server_farm', 'delete_metrics'),
    '2014-10-01',
    required=2,
    query=(('deleteEmptyServerFarm', 'delete_empty_server_farm', 'true'), ('deleteMetrics', 'delete_metrics', 'true')),
)


get_historical_usage_metrics: Operation[list[m.MetricResponse]] = Operation(
    'get_historical_usage_metrics', 'GET', '/{subscription_id}/services/webspaces//{webspace_name}/sites/{website_name}/metrics/',
    ('webspace_name', 'website_name', 'metrics', 'start_time', 'end_time', 'time_grain'),
    '2014-10-01',
    required=2,
    query=(('names', 'metrics', None), ('StartTime', 'start_time', None), ('EndTime', 'end_time', None), ('TimeGrain', 'time_grain', None)),
    idempotent=True,
    reader=x.read_MetricResponses,
    root='{http://schemas.microsoft.com/windowsazure}MetricResponses',
)


get_metric_definitions: Operation[list[m.MetricDefinition]] = Operation(
    'get_metric_definitions', 'GET', '/{subscription_id}/services/webspaces//{webspace_name}/sites/{website_name}/metricdefinitions/',
    ('webspace_name', 'website_name'),
    '2014-10-01',
    required=2,
    idempotent=True,
    reader=x.read_MetricDefinitions,
    root='{http://schemas.microsoft.com/windowsazure}MetricDefinitions',
)


get_publish_profile: Operation[m.PublishData] = Operation(
    'get_publish_profile', 'GET', '/{subscription_id}/services/webspaces//{webspace_name}/sites/{website_name}/publishxml/',
    ('webspace_name', 'website_name'),
    '2014-10-01',
    required=2,
    idempotent=True,
    reader=publishdata.read_PublishData,
    root='publishData',
)


get_publish_profile_xml: Operation[str] = Operation(
    'get_publish_profile_xml', 'GET', '/{subscription_id}/services/webspaces//{webspace_name}/sites/{website_name}/publishxml/',
    ('webspace_name', 'website_name'),
    '2014-10-01',
    required=2,
    idempotent=True,
    format='text',
)


get_site: Operation[m.Site] = Operation(
    'get_site', 'GET', '/{subscription_id}/services/webspaces//{webspace_name}/sites/{website_name}',
    ('webspace_name', 'website_name'),
    '2014-10-01',
    required=2,
    idempotent=True,
    reader=x.read_Site,
    root='{http://schemas.microsoft.com/windowsazure}Site',
)


get_webspace: Operation[m.WebSpace] = Operation(
    'get_webspace', 'GET', '/{subscription_id}/services/webspaces//{webspace_name}',
    ('webspace_name',),
    '2014-10-01',
    required=1,
    idempotent=True,
    reader=x.read_WebSpace,
    root='{http://schemas.microsoft.com/windowsazure}WebSpace',
)


list_sites: Operation[list[m.Site]] = Operation(
    'list_sites', 'GET', '/{subscription_id}/services/webspaces//{webspace_name}/sites',
    ('webspace_name',),
    '2014-10-01',
    required=1,
    idempotent=True,
    reader=x.read_Sites,
    root='{http://schemas.microsoft.com/windowsazure}Sites',
)


list_webspaces: Operation[list[m.WebSpace]] = Operation(
    'list_webspaces', 'GET', '/{subscription_id}/services/webspaces',
    (),
    '2014-10-01',
    idempotent=True,
    reader=x.read_WebSpaces,
    root='{http://schemas.microsoft.com/windowsazure}WebSpaces',
)


restart_site: Operation[AsynchronousOperationResult] = Operation(
    'restart_site', 'POST', '/{subscription_id}/services/webspaces//{webspace_name}/sites/{website_name}/restart/',
    ('webspace_name', 'website_name'),
    '2014-10-01',
    required=2,
    returns_request_id=True,
)


def body_update_site(webspace_name: str, website_name: str, state: str | None) -> str:
    """The request body of `update_site`: <Site>."""
    return to_xml(x.write_UpdateSiteInput, m.UpdateSiteInput(
        state=state,
    ), 'Site')


update_site: Operation[AsynchronousOperationResult] = Operation(
    'update_site', 'PUT', '/{subscription_id}/services/webspaces//{webspace_name}/sites/{website_name}',
    ('webspace_name', 'website_name', 'state'),
    '2014-10-01',
    required=2,
    idempotent=True,
    body=body_update_site,
    returns_request_id=True,
)


# Waiter site_running: acceptors (state, matcher, expected, path) and the operation polled.
wait_until_site_running: Waiter[m.Site] = Waiter('site_running', 5.0, (
    ('success', 'path', 'Running', 'state'),
), get_site)


# Waiter site_stopped: acceptors (state, matcher, expected, path) and the operation polled.
wait_until_site_stopped: Waiter[m.Site] = Waiter('site_stopped', 5.0, (
    ('success', 'path', 'Stopped', 'state'),
), get_site)
