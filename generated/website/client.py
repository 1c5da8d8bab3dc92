"""The methods of spec/operations/website.toml and spec/waiters/website.toml.

Generated from spec/ by codegen; do not edit. WebsiteOperations is a part of the client
class WebsiteManagementService; aio.py holds the async twins of these methods, rendered from
the same template (codegen/templates/methods.j2).
"""

from __future__ import annotations

from typing import Any, Callable

from asm_sdk_runtime.client import ServiceClient
from asm_sdk_runtime.core import AsynchronousOperationResult

from .. import models as m
from . import operations as o


class WebsiteOperations(ServiceClient):
    """The operations of spec/operations/website.toml."""

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
        return self._call(
            o.create_site,
            webspace_name,
            website_name,
            geo_region,
            host_names,
            plan,
            compute_mode,
            server_farm,
            site_mode,
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
        return self._call(
            o.delete_site,
            webspace_name,
            website_name,
            delete_empty_server_farm,
            delete_metrics,
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
        return self._call(
            o.get_historical_usage_metrics,
            webspace_name,
            website_name,
            metrics,
            start_time,
            end_time,
            time_grain,
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
        return self._call(o.get_metric_definitions, webspace_name, website_name)

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
        return self._call(o.get_publish_profile, webspace_name, website_name)

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
        return self._call(o.get_publish_profile_xml, webspace_name, website_name)

    def get_site(self, webspace_name: str, website_name: str) -> m.Site:
        """Get the state, host names and settings of a site.

        ``GET /{subscription_id}/services/webspaces//{webspace_name}/sites/{website_name}`` (x-ms-version 2014-10-01)

        Args:
            webspace_name: Name of the web space.
            website_name: Name of the site.

        Returns:
            Site: A web site.
        """
        return self._call(o.get_site, webspace_name, website_name)

    def get_webspace(self, webspace_name: str) -> m.WebSpace:
        """Get the region, plan and status of a web space.

        ``GET /{subscription_id}/services/webspaces//{webspace_name}`` (x-ms-version 2014-10-01)

        Args:
            webspace_name: Name of the web space, such as 'eastuswebspace'.

        Returns:
            WebSpace: A web space: the region (and plan) sites of a subscription
            run in.
        """
        return self._call(o.get_webspace, webspace_name)

    def list_sites(self, webspace_name: str) -> list[m.Site]:
        """List the sites of a web space.

        ``GET /{subscription_id}/services/webspaces//{webspace_name}/sites`` (x-ms-version 2014-10-01)

        Args:
            webspace_name: Name of the web space.

        Returns:
            list[Site]:
        """
        return self._call(o.list_sites, webspace_name)

    def list_webspaces(self) -> list[m.WebSpace]:
        """List the web spaces (one per region in use) of the subscription.

        ``GET /{subscription_id}/services/webspaces`` (x-ms-version 2014-10-01)

        Returns:
            list[WebSpace]:
        """
        return self._call(o.list_webspaces)

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
        return self._call(o.restart_site, webspace_name, website_name)

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
        return self._call(o.update_site, webspace_name, website_name, state)

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
        return self._wait(
            o.wait_until_site_running,
            (webspace_name, website_name),
            dict(webspace_name=webspace_name, website_name=website_name),
            timeout,
            delay,
            progress_callback,
        )

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
        return self._wait(
            o.wait_until_site_stopped,
            (webspace_name, website_name),
            dict(webspace_name=webspace_name, website_name=website_name),
            timeout,
            delay,
            progress_callback,
        )
