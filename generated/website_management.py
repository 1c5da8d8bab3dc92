"""WebsiteManagementService: one method per operation of the spec.

Generated from spec/ by codegen; do not edit.
"""

from __future__ import annotations

from typing import Any, Callable

from asm_sdk_runtime.client import (
    AsynchronousOperationResult,
    ServiceClient,
    any_given,
    path_value,
    required,
)
from asm_sdk_runtime.polling import Waiter, wait_until

from . import _xml as x
from . import models as m

# Waiters: acceptors (state, matcher, expected, path) from spec/waiters/, compiled once.
_WAIT_SITE_RUNNING = Waiter('site_running', 5.0, (
    ('success', 'path', 'Running', 'state'),
))
_WAIT_SITE_STOPPED = Waiter('site_stopped', 5.0, (
    ('success', 'path', 'Stopped', 'state'),
))


class WebsiteManagementService(ServiceClient):
    """Client for the classic Azure Web Sites management API: web spaces, sites, their
    metrics and publish profiles.

    Authenticates with a management certificate (mutual TLS), like
    ServiceManagementService. One instance may be shared by many threads.

    Construct it as ``WebsiteManagementService(subscription_id, cert_file)``, or with an Azure AD
    token credential as ``WebsiteManagementService(subscription_id, credential=...)``; every
    constructor argument is described on `asm_sdk_runtime.client.ServiceClient`.  Default host:
    management.core.windows.net, x-ms-version 2014-10-01.
    """

    _default_host = 'management.core.windows.net'
    _x_ms_version = '2014-10-01'

    def create_site(
        self,
        webspace_name: str,
        website_name: str,
        geo_region: str,
        host_names: list[str],
        plan: str = 'VirtualDedicatedPlan',
        compute_mode: str = 'Shared',
        server_farm: str | None = None,
        site_mode: str | None = None,
    ) -> m.Site:
        """Create a site (and its web space when the region has none yet); returns the
        new site.

        ``POST /{subscription_id}/services/webspaces//{webspace_name}/sites`` (x-ms-version 2014-10-01)

        Args:
            webspace_name: Name of the web space, such as 'eastuswebspace'.
            website_name: Name of the new site (NAME.azurewebsites.net).
            geo_region: Region of the web space, such as 'East US'.
            host_names: Host names of the site; one in azurewebsites.net, matching
                the site name.
            plan: Web space plan; must be 'VirtualDedicatedPlan'.
            compute_mode: 'Shared' (Free and Shared tiers) or 'Dedicated' (Standard;
                needs server_farm).
            server_farm: Server farm to run in, for the Dedicated compute mode.
            site_mode: 'Limited' (Free) or 'Basic' (Shared), for the Shared compute
                mode.

        Returns:
            Site: A web site.
        """
        required(
            webspace_name=webspace_name,
            website_name=website_name,
            geo_region=geo_region,
            host_names=host_names,
        )
        body = x.to_xml(x.write_CreateSiteInput, m.CreateSiteInput(
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
        return self._perform(
            'POST',
            '/' + self._sub + '/services/webspaces//' + path_value(webspace_name, 'webspace_name') + '/sites',
            [],
            '2014-10-01',
            body,
            x.read_Site,
            '{http://schemas.microsoft.com/windowsazure}Site',
        )

    def delete_site(
        self,
        webspace_name: str,
        website_name: str,
        delete_empty_server_farm: bool = False,
        delete_metrics: bool = False,
    ) -> None:
        """Delete a site, optionally with its server farm (when left empty) and its
        metrics.

        ``DELETE /{subscription_id}/services/webspaces//{webspace_name}/sites/{website_name}`` (x-ms-version 2014-10-01)

        Args:
            webspace_name: Name of the web space.
            website_name: Name of the site.
            delete_empty_server_farm: Also delete the server farm if no other site uses it.
            delete_metrics: Also delete the site's metrics.

        Returns:
            None (the request id of the call is logged and kept in
            last_request_id).
        """
        required(webspace_name=webspace_name, website_name=website_name)
        return self._perform(
            'DELETE',
            '/' + self._sub + '/services/webspaces//' + path_value(webspace_name, 'webspace_name') + '/sites/' + path_value(website_name, 'website_name'),
            [('deleteEmptyServerFarm', 'true' if delete_empty_server_farm else None), ('deleteMetrics', 'true' if delete_metrics else None)],
            '2014-10-01',
            None,
            None,
            None,
        )

    def get_historical_usage_metrics(
        self,
        webspace_name: str,
        website_name: str,
        metrics: list[str] | None = None,
        start_time: str | None = None,
        end_time: str | None = None,
        time_grain: str | None = None,
    ) -> list[m.MetricResponse]:
        """Get the values of a site's metrics over a time range (the last hour by
        default).

        ``GET /{subscription_id}/services/webspaces//{webspace_name}/sites/{website_name}/metrics/`` (x-ms-version 2014-10-01)

        Args:
            webspace_name: Name of the web space.
            website_name: Name of the site.
            metrics: Names of the metrics to get (see get_metric_definitions);
                all when None.
            start_time: Start of the range, ISO 8601 UTC such as
                '2015-07-01T00:00:00Z'.
            end_time: End of the range, ISO 8601 UTC.
            time_grain: Sample interval, such as 'PT1M', 'PT1H' or 'P1D'.

        Returns:
            list[MetricResponse]:
        """
        required(webspace_name=webspace_name, website_name=website_name)
        return self._perform(
            'GET',
            '/' + self._sub + '/services/webspaces//' + path_value(webspace_name, 'webspace_name') + '/sites/' + path_value(website_name, 'website_name') + '/metrics/',
            [('names', metrics), ('StartTime', start_time), ('EndTime', end_time), ('TimeGrain', time_grain)],
            '2014-10-01',
            None,
            x.read_MetricResponses,
            '{http://schemas.microsoft.com/windowsazure}MetricResponses',
            idempotent=True,
        )

    def get_metric_definitions(
        self,
        webspace_name: str,
        website_name: str,
    ) -> list[m.MetricDefinition]:
        """List the metrics a site reports, with their units and the time grains they
        are kept at.

        ``GET /{subscription_id}/services/webspaces//{webspace_name}/sites/{website_name}/metricdefinitions/`` (x-ms-version 2014-10-01)

        Args:
            webspace_name: Name of the web space.
            website_name: Name of the site.

        Returns:
            list[MetricDefinition]:
        """
        required(webspace_name=webspace_name, website_name=website_name)
        return self._perform(
            'GET',
            '/' + self._sub + '/services/webspaces//' + path_value(webspace_name, 'webspace_name') + '/sites/' + path_value(website_name, 'website_name') + '/metricdefinitions/',
            [],
            '2014-10-01',
            None,
            x.read_MetricDefinitions,
            '{http://schemas.microsoft.com/windowsazure}MetricDefinitions',
            idempotent=True,
        )

    def get_operation_status(self, request_id: str) -> m.Operation:
        """Get the status of an asynchronous operation from the request id it returned.

        ``GET /{subscription_id}/operations/{request_id}`` (x-ms-version 2014-10-01)

        Args:
            request_id: The x-ms-request-id of the asynchronous call.

        Returns:
            Operation: Status of an asynchronous operation.
        """
        required(request_id=request_id)
        return self._perform(
            'GET',
            '/' + self._sub + '/operations/' + path_value(request_id, 'request_id'),
            [],
            '2014-10-01',
            None,
            x.read_Operation,
            '{http://schemas.microsoft.com/windowsazure}Operation',
            idempotent=True,
        )

    def get_publish_profile(self, webspace_name: str, website_name: str) -> m.PublishData:
        """Get the publish profiles (Web Deploy and FTP endpoints and credentials) of a
        site.

        ``GET /{subscription_id}/services/webspaces//{webspace_name}/sites/{website_name}/publishxml/`` (x-ms-version 2014-10-01)

        Args:
            webspace_name: Name of the web space.
            website_name: Name of the site.

        Returns:
            PublishData: The publish profiles of a site.
        """
        required(webspace_name=webspace_name, website_name=website_name)
        return self._perform(
            'GET',
            '/' + self._sub + '/services/webspaces//' + path_value(webspace_name, 'webspace_name') + '/sites/' + path_value(website_name, 'website_name') + '/publishxml/',
            [],
            '2014-10-01',
            None,
            x.read_PublishData,
            'publishData',
            idempotent=True,
        )

    def get_publish_profile_xml(self, webspace_name: str, website_name: str) -> str:
        """Get the publish profiles of a site as the XML text Azure returns (to save as
        a .PublishSettings file).

        ``GET /{subscription_id}/services/webspaces//{webspace_name}/sites/{website_name}/publishxml/`` (x-ms-version 2014-10-01)

        Args:
            webspace_name: Name of the web space.
            website_name: Name of the site.

        Returns:
            str: the response body, unparsed.
        """
        required(webspace_name=webspace_name, website_name=website_name)
        return self._perform(
            'GET',
            '/' + self._sub + '/services/webspaces//' + path_value(webspace_name, 'webspace_name') + '/sites/' + path_value(website_name, 'website_name') + '/publishxml/',
            [],
            '2014-10-01',
            None,
            None,
            None,
            idempotent=True,
            fmt='text',
        )

    def get_site(self, webspace_name: str, website_name: str) -> m.Site:
        """Get the state, host names and settings of a site.

        ``GET /{subscription_id}/services/webspaces//{webspace_name}/sites/{website_name}`` (x-ms-version 2014-10-01)

        Args:
            webspace_name: Name of the web space.
            website_name: Name of the site.

        Returns:
            Site: A web site.
        """
        required(webspace_name=webspace_name, website_name=website_name)
        return self._perform(
            'GET',
            '/' + self._sub + '/services/webspaces//' + path_value(webspace_name, 'webspace_name') + '/sites/' + path_value(website_name, 'website_name'),
            [],
            '2014-10-01',
            None,
            x.read_Site,
            '{http://schemas.microsoft.com/windowsazure}Site',
            idempotent=True,
        )

    def get_webspace(self, webspace_name: str) -> m.WebSpace:
        """Get the region, plan and status of a web space.

        ``GET /{subscription_id}/services/webspaces//{webspace_name}`` (x-ms-version 2014-10-01)

        Args:
            webspace_name: Name of the web space, such as 'eastuswebspace'.

        Returns:
            WebSpace: A web space: the region (and plan) sites of a subscription
            run in.
        """
        required(webspace_name=webspace_name)
        return self._perform(
            'GET',
            '/' + self._sub + '/services/webspaces//' + path_value(webspace_name, 'webspace_name'),
            [],
            '2014-10-01',
            None,
            x.read_WebSpace,
            '{http://schemas.microsoft.com/windowsazure}WebSpace',
            idempotent=True,
        )

    def list_sites(self, webspace_name: str) -> list[m.Site]:
        """List the sites of a web space.

        ``GET /{subscription_id}/services/webspaces//{webspace_name}/sites`` (x-ms-version 2014-10-01)

        Args:
            webspace_name: Name of the web space.

        Returns:
            list[Site]:
        """
        required(webspace_name=webspace_name)
        return self._perform(
            'GET',
            '/' + self._sub + '/services/webspaces//' + path_value(webspace_name, 'webspace_name') + '/sites',
            [],
            '2014-10-01',
            None,
            x.read_Sites,
            '{http://schemas.microsoft.com/windowsazure}Sites',
            idempotent=True,
        )

    def list_webspaces(self) -> list[m.WebSpace]:
        """List the web spaces (one per region in use) of the subscription.

        ``GET /{subscription_id}/services/webspaces`` (x-ms-version 2014-10-01)

        Returns:
            list[WebSpace]:
        """
        return self._perform(
            'GET',
            '/' + self._sub + '/services/webspaces',
            [],
            '2014-10-01',
            None,
            x.read_WebSpaces,
            '{http://schemas.microsoft.com/windowsazure}WebSpaces',
            idempotent=True,
        )

    def restart_site(
        self,
        webspace_name: str,
        website_name: str,
    ) -> AsynchronousOperationResult:
        """Restart a site; wait on the returned request id.

        ``POST /{subscription_id}/services/webspaces//{webspace_name}/sites/{website_name}/restart/`` (x-ms-version 2014-10-01, asynchronous)

        Args:
            webspace_name: Name of the web space.
            website_name: Name of the site.

        Returns:
            AsynchronousOperationResult: the request id; pass it to
            wait_for_operation_status() to wait for completion.
        """
        required(webspace_name=webspace_name, website_name=website_name)
        return self._perform(
            'POST',
            '/' + self._sub + '/services/webspaces//' + path_value(webspace_name, 'webspace_name') + '/sites/' + path_value(website_name, 'website_name') + '/restart/',
            [],
            '2014-10-01',
            None,
            None,
            None,
            returns_request_id=True,
        )

    def update_site(
        self,
        webspace_name: str,
        website_name: str,
        state: str | None = None,
    ) -> AsynchronousOperationResult:
        """Change the state of a site ('Running' or 'Stopped'); wait on the returned
        request id.

        ``PUT /{subscription_id}/services/webspaces//{webspace_name}/sites/{website_name}`` (x-ms-version 2014-10-01, asynchronous)

        Args:
            webspace_name: Name of the web space.
            website_name: Name of the site.
            state: 'Running' or 'Stopped'; None sends no change.

        Returns:
            AsynchronousOperationResult: the request id; pass it to
            wait_for_operation_status() to wait for completion.
        """
        required(webspace_name=webspace_name, website_name=website_name)
        body = x.to_xml(x.write_UpdateSiteInput, m.UpdateSiteInput(
            state=state,
        ), 'Site')
        return self._perform(
            'PUT',
            '/' + self._sub + '/services/webspaces//' + path_value(webspace_name, 'webspace_name') + '/sites/' + path_value(website_name, 'website_name'),
            [],
            '2014-10-01',
            body,
            None,
            None,
            idempotent=True,
            returns_request_id=True,
        )

    def wait_until_site_running(
        self,
        webspace_name: str,
        website_name: str,
        *,
        timeout: float = 300,
        delay: float | None = None,
        progress_callback: Callable[[Any], None] | None = None,
    ) -> m.Site:
        """Wait until a web site's state is Running.

        Waiter ``site_running``: calls `get_site` until the first matching rule says
        success or failure (no match: call again):

        - success: ``state`` == 'Running'

        Args:
            webspace_name: Name of the web space.
            website_name: Name of the site.
            timeout: Seconds to wait before raising AzureWaiterTimeoutError.
            delay: Fixed seconds between calls; None polls soon at first and backs off to
                5 s between calls.
            progress_callback: Called with every result of `get_site`.

        Returns:
            Site: the result that matched success.

        Raises:
            AzureWaiterTimeoutError: `timeout` ran out; `result` is the last result and
                `state` what the first rule saw in it.
        """
        def call() -> m.Site:
            return self.get_site(webspace_name=webspace_name, website_name=website_name)

        args = dict(webspace_name=webspace_name, website_name=website_name)
        return wait_until(_WAIT_SITE_RUNNING, call, args, timeout, delay, progress_callback)

    def wait_until_site_stopped(
        self,
        webspace_name: str,
        website_name: str,
        *,
        timeout: float = 300,
        delay: float | None = None,
        progress_callback: Callable[[Any], None] | None = None,
    ) -> m.Site:
        """Wait until a web site's state is Stopped.

        Waiter ``site_stopped``: calls `get_site` until the first matching rule says
        success or failure (no match: call again):

        - success: ``state`` == 'Stopped'

        Args:
            webspace_name: Name of the web space.
            website_name: Name of the site.
            timeout: Seconds to wait before raising AzureWaiterTimeoutError.
            delay: Fixed seconds between calls; None polls soon at first and backs off to
                5 s between calls.
            progress_callback: Called with every result of `get_site`.

        Returns:
            Site: the result that matched success.

        Raises:
            AzureWaiterTimeoutError: `timeout` ran out; `result` is the last result and
                `state` what the first rule saw in it.
        """
        def call() -> m.Site:
            return self.get_site(webspace_name=webspace_name, website_name=website_name)

        args = dict(webspace_name=webspace_name, website_name=website_name)
        return wait_until(_WAIT_SITE_STOPPED, call, args, timeout, delay, progress_callback)
