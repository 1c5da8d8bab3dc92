"""Models of the Azure Service Management API defined in spec/schemas/website.xsd.

Generated from spec/ by codegen; do not edit.  Each class is one XML shape of the API;
attributes are in wire order, constructor arguments are keyword-only except where the
spec gives a positional order.  A list wrapper of the API is a `list` subclass that also
answers to the predecessor SDK's attribute for its items.  Import them from `generated` or
`generated.models`; this area's readers and writers are in xml.py beside this module.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any

import attrs

from asm_sdk_runtime.xml import Timestamp, _as_bool, _as_int, _name_converters, _prefilled

__all__ = [
    'HostNameList',
    'HostNameSslStates',
    'MetricAvailabilities',
    'MetricDefinitions',
    'MetricResponses',
    'MetricSamples',
    'Sites',
    'WebSpaces',
    'CreateSiteInput',
    'HostNameSslState',
    'MetricAvailability',
    'MetricData',
    'MetricDefinition',
    'MetricResponse',
    'MetricSample',
    'NameValuePair',
    'Site',
    'SiteProperties',
    'UpdateSiteInput',
    'WebSpace',
    'WebSpaceToCreate',
    'Data',
    'Values',
]


class HostNameList(list[str]):
    """Host names, as a .NET string array (a:string items).
    """

    __slots__ = ("_prefilled",)


class HostNameSslStates(list['HostNameSslState']):
    """A list of HostNameSslState (``<HostNameSslState>`` elements).

    Also answers to ``.host_name_ssl_state``, the predecessor SDK's attribute for the items,
    and ``vars()`` shows the items under that name, as the predecessor's wrapper object held them.
    """

    __slots__ = ("_prefilled",)

    @property
    def __dict__(self) -> dict[str, Any]:  # type: ignore[override]  # vars() of a wrapper
        # A copy of the items (a plain list): a vars() walk never loops back into the list.
        return {'host_name_ssl_state': list(self)}

    @property
    def host_name_ssl_state(self) -> HostNameSslStates:
        return self

    @host_name_ssl_state.setter
    def host_name_ssl_state(self, items: list[Any]) -> None:
        self[:] = items


class MetricAvailabilities(list['MetricAvailability']):
    """A list of MetricAvailability (``<MetricAvailabilily>`` elements).

    Also answers to ``.metric_availability``, the predecessor SDK's attribute for the items,
    and ``vars()`` shows the items under that name, as the predecessor's wrapper object held them.
    """

    __slots__ = ("_prefilled",)

    @property
    def __dict__(self) -> dict[str, Any]:  # type: ignore[override]  # vars() of a wrapper
        # A copy of the items (a plain list): a vars() walk never loops back into the list.
        return {'metric_availability': list(self)}

    @property
    def metric_availability(self) -> MetricAvailabilities:
        return self

    @metric_availability.setter
    def metric_availability(self, items: list[Any]) -> None:
        self[:] = items


class MetricDefinitions(list['MetricDefinition']):
    """A list of MetricDefinition (``<MetricDefinition>`` elements).

    Also answers to ``.metric_definition``, the predecessor SDK's attribute for the items,
    and ``vars()`` shows the items under that name, as the predecessor's wrapper object held them.
    """

    __slots__ = ("_prefilled",)

    @property
    def __dict__(self) -> dict[str, Any]:  # type: ignore[override]  # vars() of a wrapper
        # A copy of the items (a plain list): a vars() walk never loops back into the list.
        return {'metric_definition': list(self)}

    @property
    def metric_definition(self) -> MetricDefinitions:
        return self

    @metric_definition.setter
    def metric_definition(self, items: list[Any]) -> None:
        self[:] = items


class MetricResponses(list['MetricResponse']):
    """A list of MetricResponse (``<MetricResponse>`` elements).

    Also answers to ``.metric_response``, the predecessor SDK's attribute for the items,
    and ``vars()`` shows the items under that name, as the predecessor's wrapper object held them.
    """

    __slots__ = ("_prefilled",)

    @property
    def __dict__(self) -> dict[str, Any]:  # type: ignore[override]  # vars() of a wrapper
        # A copy of the items (a plain list): a vars() walk never loops back into the list.
        return {'metric_response': list(self)}

    @property
    def metric_response(self) -> MetricResponses:
        return self

    @metric_response.setter
    def metric_response(self, items: list[Any]) -> None:
        self[:] = items


class MetricSamples(list['MetricSample']):
    """A list of MetricSample (``<MetricSample>`` elements).

    Also answers to ``.metric_sample``, the predecessor SDK's attribute for the items,
    and ``vars()`` shows the items under that name, as the predecessor's wrapper object held them.
    """

    __slots__ = ("_prefilled",)

    @property
    def __dict__(self) -> dict[str, Any]:  # type: ignore[override]  # vars() of a wrapper
        # A copy of the items (a plain list): a vars() walk never loops back into the list.
        return {'metric_sample': list(self)}

    @property
    def metric_sample(self) -> MetricSamples:
        return self

    @metric_sample.setter
    def metric_sample(self, items: list[Any]) -> None:
        self[:] = items


Values = MetricSamples  # the predecessor SDK's name


class Sites(list['Site']):
    """A list of Site (``<Site>`` elements).

    Also answers to ``.site``, the predecessor SDK's attribute for the items,
    and ``vars()`` shows the items under that name, as the predecessor's wrapper object held them.
    """

    __slots__ = ("_prefilled",)

    @property
    def __dict__(self) -> dict[str, Any]:  # type: ignore[override]  # vars() of a wrapper
        # A copy of the items (a plain list): a vars() walk never loops back into the list.
        return {'site': list(self)}

    @property
    def site(self) -> Sites:
        return self

    @site.setter
    def site(self, items: list[Any]) -> None:
        self[:] = items


class WebSpaces(list['WebSpace']):
    """A list of WebSpace (``<WebSpace>`` elements).

    Also answers to ``.web_space``, the predecessor SDK's attribute for the items,
    and ``vars()`` shows the items under that name, as the predecessor's wrapper object held them.
    """

    __slots__ = ("_prefilled",)

    @property
    def __dict__(self) -> dict[str, Any]:  # type: ignore[override]  # vars() of a wrapper
        # A copy of the items (a plain list): a vars() walk never loops back into the list.
        return {'web_space': list(self)}

    @property
    def web_space(self) -> WebSpaces:
        return self

    @web_space.setter
    def web_space(self, items: list[Any]) -> None:
        self[:] = items


@attrs.define(slots=False, eq=True)
class CreateSiteInput:
    """Body of a new-site request (root element Site; the order is the one Azure was sent
    in the recordings).

    Attributes:
        host_names (HostNameList): ``<HostNames>``. Host names to assign (NAME.azurewebsites.net).
        name (str): ``<Name>``. Name of the new site.
        compute_mode (str): ``<ComputeMode>``. Shared or Dedicated.
        server_farm (str): ``<ServerFarm>``. Server farm to run in (Dedicated compute mode).
        site_mode (str): ``<SiteMode>``. Limited or Basic (Shared compute mode).
        web_space_to_create (WebSpaceToCreate): ``<WebSpaceToCreate>``. Web space (region) the site goes into; created when missing.
    """

    host_names: list[str] | None = attrs.field(default=None, kw_only=True)
    name: str | None = attrs.field(default=None, kw_only=True)
    compute_mode: str | None = attrs.field(default=None, kw_only=True)
    server_farm: str | None = attrs.field(default=None, kw_only=True)
    site_mode: str | None = attrs.field(default=None, kw_only=True)
    web_space_to_create: WebSpaceToCreate | None = attrs.field(default=None, kw_only=True)
    #: Child elements this version of the spec does not know, kept rather than dropped.
    unknown_elements: list[str] | None = attrs.field(
        default=None, kw_only=True, repr=False, eq=False)


@attrs.define(slots=False, eq=True, field_transformer=_name_converters)
class HostNameSslState:
    """SSL binding state of one host name of a site.

    Attributes:
        host_type (str): ``<HostType>``. Standard or Repository (the scm host name).
        ip_based_ssl_state (str): ``<IPBasedSslState>``. State of IP-based SSL for the host name.
        ip_based_ssl_result (str): ``<IpBasedSslResult>``. Result of the last IP-based SSL change.
        name (str): ``<Name>``. The host name.
        ssl_state (str): ``<SslState>``. Disabled, SniEnabled or IpBasedEnabled.
        thumbprint (str): ``<Thumbprint>``. Thumbprint of the bound certificate.
        to_update (bool): ``<ToUpdate>``. Whether the binding is to be updated.
        to_update_ip_based_ssl (bool): ``<ToUpdateIpBasedSsl>``. Whether the IP-based SSL binding is to be updated.
        virtual_ip (str): ``<VirtualIP>``. Virtual IP of an IP-based SSL binding.
    """

    host_type: str | None = attrs.field(default=None, kw_only=True)
    ip_based_ssl_state: str | None = attrs.field(default=None, kw_only=True)
    ip_based_ssl_result: str | None = attrs.field(default=None, kw_only=True)
    name: str | None = attrs.field(default=None, kw_only=True)
    ssl_state: str | None = attrs.field(default=None, kw_only=True)
    thumbprint: str | None = attrs.field(default=None, kw_only=True)
    to_update: bool | None = attrs.field(default=None, kw_only=True, converter=_as_bool)
    to_update_ip_based_ssl: bool | None = attrs.field(default=None, kw_only=True, converter=_as_bool)
    virtual_ip: str | None = attrs.field(default=None, kw_only=True)
    #: Child elements this version of the spec does not know, kept rather than dropped.
    unknown_elements: list[str] | None = attrs.field(
        default=None, kw_only=True, repr=False, eq=False)


@attrs.define(slots=False, eq=True)
class MetricAvailability:
    """A time grain a metric is kept at, and for how long.

    Attributes:
        retention (str): ``<Retention>``. How long values are kept, as an ISO 8601 duration such as 'P30D'.
        time_grain (str): ``<TimeGrain>``. Interval of the values, such as 'PT1H'.
    """

    retention: str | None = attrs.field(default=None, kw_only=True)
    time_grain: str | None = attrs.field(default=None, kw_only=True)
    #: Child elements this version of the spec does not know, kept rather than dropped.
    unknown_elements: list[str] | None = attrs.field(
        default=None, kw_only=True, repr=False, eq=False)


@attrs.define(slots=False, eq=True)
class MetricData:
    """Values of one metric over a time range.

    Attributes:
        display_name (str): ``<DisplayName>``. Display name of the metric, such as 'CPU Time'.
        end_time (Timestamp | datetime): ``<EndTime>``. End of the time range.
        name (str): ``<Name>``. Name of the metric, such as 'CpuTime'.
        primary_aggregation_type (str): ``<PrimaryAggregationType>``. How samples combine: Total, Average, Minimum or Maximum.
        start_time (Timestamp | datetime): ``<StartTime>``. Start of the time range.
        time_grain (str): ``<TimeGrain>``. Interval of each sample, as an ISO 8601 duration such as 'PT1H'.
        unit (str): ``<Unit>``. Unit of the values, such as Bytes, Count or Milliseconds.
        values (MetricSamples): ``<Values>``. One sample per time grain in the range.
    """

    display_name: str | None = attrs.field(default=None, kw_only=True)
    end_time: Timestamp | datetime | None = attrs.field(default=None, kw_only=True)
    name: str | None = attrs.field(default=None, kw_only=True)
    primary_aggregation_type: str | None = attrs.field(default=None, kw_only=True)
    start_time: Timestamp | datetime | None = attrs.field(default=None, kw_only=True)
    time_grain: str | None = attrs.field(default=None, kw_only=True)
    unit: str | None = attrs.field(default=None, kw_only=True)
    values: list[MetricSample] | None = attrs.field(default=attrs.Factory(lambda: _prefilled(MetricSamples())), kw_only=True)
    #: Child elements this version of the spec does not know, kept rather than dropped.
    unknown_elements: list[str] | None = attrs.field(
        default=None, kw_only=True, repr=False, eq=False)

    def __bool__(self) -> bool:
        """False while it holds nothing more than an absent element reads as."""
        return not (not self.display_name
                and not self.end_time
                and not self.name
                and not self.primary_aggregation_type
                and not self.start_time
                and not self.time_grain
                and not self.unit
                and not self.values
                and not self.unknown_elements)


Data = MetricData  # the predecessor SDK's name


@attrs.define(slots=False, eq=True)
class MetricDefinition:
    """A metric a site reports.

    Attributes:
        display_name (str): ``<DisplayName>``. Display name of the metric, such as 'CPU Time'.
        metric_availabilities (MetricAvailabilities): ``<MetricAvailabilities>``. Time grains the metric is kept at, and for how long.
        name (str): ``<Name>``. Name of the metric, such as 'CpuTime'; pass it in
            get_historical_usage_metrics(metrics=...).
        primary_aggregation_type (str): ``<PrimaryAggregationType>``. How samples combine: Total, Average, Minimum or Maximum.
        unit (str): ``<Unit>``. Unit of the values, such as Bytes, Count or Milliseconds.
    """

    display_name: str | None = attrs.field(default=None, kw_only=True)
    metric_availabilities: list[MetricAvailability] | None = attrs.field(default=attrs.Factory(lambda: _prefilled(MetricAvailabilities())), kw_only=True)
    name: str | None = attrs.field(default=None, kw_only=True)
    primary_aggregation_type: str | None = attrs.field(default=None, kw_only=True)
    unit: str | None = attrs.field(default=None, kw_only=True)
    #: Child elements this version of the spec does not know, kept rather than dropped.
    unknown_elements: list[str] | None = attrs.field(
        default=None, kw_only=True, repr=False, eq=False)


@attrs.define(slots=False, eq=True)
class MetricResponse:
    """The answer for one metric.

    Attributes:
        code (str): ``<Code>``. Success, or why the metric could not be read.
        data (MetricData): ``<Data>``. The metric's values.
        message (str): ``<Message>``. Error text when Code is not Success.
    """

    code: str | None = attrs.field(default=None, kw_only=True)
    data: MetricData | None = attrs.field(default=attrs.Factory(lambda: MetricData()), kw_only=True)
    message: str | None = attrs.field(default=None, kw_only=True)
    #: Child elements this version of the spec does not know, kept rather than dropped.
    unknown_elements: list[str] | None = attrs.field(
        default=None, kw_only=True, repr=False, eq=False)


@attrs.define(slots=False, eq=True, field_transformer=_name_converters)
class MetricSample:
    """One aggregated value of a metric.

    Attributes:
        count (int): ``<Count>``. Number of raw values aggregated into the sample.
        maximum (float): ``<Maximum>``. Largest raw value.
        minimum (float): ``<Minimum>``. Smallest raw value.
        time_created (Timestamp | datetime): ``<TimeCreated>``. Start of the sample's interval.
        total (float): ``<Total>``. Sum of the raw values.
    """

    count: int | None = attrs.field(default=None, kw_only=True, converter=_as_int)
    maximum: float | None = attrs.field(default=None, kw_only=True)
    minimum: float | None = attrs.field(default=None, kw_only=True)
    time_created: Timestamp | datetime | None = attrs.field(default=None, kw_only=True)
    total: float | None = attrs.field(default=None, kw_only=True)
    #: Child elements this version of the spec does not know, kept rather than dropped.
    unknown_elements: list[str] | None = attrs.field(
        default=None, kw_only=True, repr=False, eq=False)


@attrs.define(slots=False, eq=True)
class NameValuePair:
    """One setting of a site: a name and its value.

    Attributes:
        name (str): ``<Name>``
        value (str): ``<Value>``
    """

    name: str | None = attrs.field(default=None, kw_only=True)
    value: str | None = attrs.field(default=None, kw_only=True)
    #: Child elements this version of the spec does not know, kept rather than dropped.
    unknown_elements: list[str] | None = attrs.field(
        default=None, kw_only=True, repr=False, eq=False)


@attrs.define(slots=False, eq=True, field_transformer=_name_converters)
class Site:
    """A web site.

    Attributes:
        admin_enabled (bool): ``<AdminEnabled>``. Whether the site's management (Kudu) endpoint is enabled.
        availability_state (str): ``<AvailabilityState>``. Normal or Limited (quota exceeded) or DisasterRecoveryMode.
        cers (str): ``<Cers>``. Certificates of the site (structure not modelled: empty or nil in
            every recorded answer).
        client_affinity_enabled (bool): ``<ClientAffinityEnabled>``. Whether ARR affinity cookies are sent.
        client_cert_enabled (bool): ``<ClientCertEnabled>``. Whether clients must present a certificate.
        cloning_info (str): ``<CloningInfo>``. Cloning information (structure not modelled: empty or nil in every
            recorded answer).
        compute_mode (str): ``<ComputeMode>``. Shared or Dedicated.
        content_availability_state (str): ``<ContentAvailabilityState>``. Whether the site's content is available (Normal or ReadOnly).
        csrs (str): ``<Csrs>``. Certificate signing requests of the site (structure not modelled:
            empty or nil in every recorded answer).
        deployment_id (str): ``<DeploymentId>``. Deployment id of the site.
        enabled (bool): ``<Enabled>``. Whether the site is enabled.
        enabled_host_names (HostNameList): ``<EnabledHostNames>``. Host names the site answers on, including the scm (Kudu) one.
        gateway_site_name (str): ``<GatewaySiteName>``. Gateway site name, for API apps.
        host_name_ssl_states (HostNameSslStates): ``<HostNameSslStates>``. SSL binding state of each host name.
        host_names (HostNameList): ``<HostNames>``. Host names assigned to the site.
        hosting_environment (str): ``<HostingEnvironment>``. App Service Environment the site runs in, if any.
        hosting_environment_id (str): ``<HostingEnvironmentId>``. Id of that App Service Environment.
        kind (str): ``<Kind>``. Kind of site, when set.
        last_modified_time_utc (Timestamp | datetime): ``<LastModifiedTimeUtc>``. When the site was last modified (UTC).
        micro_service (str): ``<MicroService>``. Service that hosts the site, such as 'WebSites'.
        name (str): ``<Name>``. Name of the site.
        outbound_ip_addresses (str): ``<OutboundIpAddresses>``. Comma-separated outbound IP addresses of the site.
        owner (str): ``<Owner>``. Owner of the site, when set.
        premium_app_deployed (bool): ``<PremiumAppDeployed>``. Whether a premium app is deployed.
        repository_site_name (str): ``<RepositorySiteName>``. Name of the site's source repository (Kudu) site.
        runtime_availability_state (str): ``<RuntimeAvailabilityState>``. Runtime availability: Normal, Degraded or NotAvailable.
        sku (str): ``<SKU>``. Pricing tier: Free, Shared, Basic, Standard or Premium.
        ssl_certificates (str): ``<SSLCertificates>``. SSL certificates of the site (structure not modelled: empty or nil
            in every recorded answer).
        scm_site_also_stopped (bool): ``<ScmSiteAlsoStopped>``. Whether the scm (Kudu) site stops with the site.
        self_link (str): ``<SelfLink>``. Management URL of the site.
        server_farm (str): ``<ServerFarm>``. Server farm (App Service plan) the site runs in.
        server_farm_id (str): ``<ServerFarmId>``. Id of that server farm.
        site_config (str): ``<SiteConfig>``. Configuration of the site (structure not modelled: empty or nil in
            every recorded answer).
        site_mode (str): ``<SiteMode>``. Limited (Free) or Basic (Shared), for shared compute mode.
        site_properties (SiteProperties): ``<SiteProperties>``. App settings, metadata and properties of the site.
        state (str): ``<State>``. Running or Stopped.
        storage_recovery_default_state (str): ``<StorageRecoveryDefaultState>``. State the site returns to after a storage recovery.
        target_swap_slot (str): ``<TargetSwapSlot>``. Slot the site is being swapped with, if any.
        traffic_manager_host_names (HostNameList): ``<TrafficManagerHostNames>``. Traffic Manager host names pointing at the site.
        usage_state (str): ``<UsageState>``. Normal or Exceeded (usage quota).
        web_space (str): ``<WebSpace>``. Web space (region) of the site.
    """

    admin_enabled: bool | None = attrs.field(default=None, kw_only=True, converter=_as_bool)
    availability_state: str | None = attrs.field(default=None, kw_only=True)
    cers: str | None = attrs.field(default=None, kw_only=True)
    client_affinity_enabled: bool | None = attrs.field(default=None, kw_only=True, converter=_as_bool)
    client_cert_enabled: bool | None = attrs.field(default=None, kw_only=True, converter=_as_bool)
    cloning_info: str | None = attrs.field(default=None, kw_only=True)
    compute_mode: str | None = attrs.field(default=None, kw_only=True)
    content_availability_state: str | None = attrs.field(default=None, kw_only=True)
    csrs: str | None = attrs.field(default=None, kw_only=True)
    deployment_id: str | None = attrs.field(default=None, kw_only=True)
    enabled: bool | None = attrs.field(default=None, kw_only=True, converter=_as_bool)
    enabled_host_names: list[str] | None = attrs.field(default=attrs.Factory(lambda: _prefilled(HostNameList())), kw_only=True)
    gateway_site_name: str | None = attrs.field(default=None, kw_only=True)
    host_name_ssl_states: list[HostNameSslState] | None = attrs.field(default=attrs.Factory(lambda: _prefilled(HostNameSslStates())), kw_only=True)
    host_names: list[str] | None = attrs.field(default=attrs.Factory(lambda: _prefilled(HostNameList())), kw_only=True)
    hosting_environment: str | None = attrs.field(default=None, kw_only=True)
    hosting_environment_id: str | None = attrs.field(default=None, kw_only=True)
    kind: str | None = attrs.field(default=None, kw_only=True)
    last_modified_time_utc: Timestamp | datetime | None = attrs.field(default=None, kw_only=True)
    micro_service: str | None = attrs.field(default=None, kw_only=True)
    name: str | None = attrs.field(default=None, kw_only=True)
    outbound_ip_addresses: str | None = attrs.field(default=None, kw_only=True)
    owner: str | None = attrs.field(default=None, kw_only=True)
    premium_app_deployed: bool | None = attrs.field(default=None, kw_only=True, converter=_as_bool)
    repository_site_name: str | None = attrs.field(default=None, kw_only=True)
    runtime_availability_state: str | None = attrs.field(default=None, kw_only=True)
    sku: str | None = attrs.field(default=None, kw_only=True)
    ssl_certificates: str | None = attrs.field(default=None, kw_only=True)
    scm_site_also_stopped: bool | None = attrs.field(default=None, kw_only=True, converter=_as_bool)
    self_link: str | None = attrs.field(default=None, kw_only=True)
    server_farm: str | None = attrs.field(default=None, kw_only=True)
    server_farm_id: str | None = attrs.field(default=None, kw_only=True)
    site_config: str | None = attrs.field(default=None, kw_only=True)
    site_mode: str | None = attrs.field(default=None, kw_only=True)
    site_properties: SiteProperties | None = attrs.field(default=None, kw_only=True)
    state: str | None = attrs.field(default=None, kw_only=True)
    storage_recovery_default_state: str | None = attrs.field(default=None, kw_only=True)
    target_swap_slot: str | None = attrs.field(default=None, kw_only=True)
    traffic_manager_host_names: list[str] | None = attrs.field(default=None, kw_only=True)
    usage_state: str | None = attrs.field(default=None, kw_only=True)
    web_space: str | None = attrs.field(default=None, kw_only=True)
    #: Child elements this version of the spec does not know, kept rather than dropped.
    unknown_elements: list[str] | None = attrs.field(
        default=None, kw_only=True, repr=False, eq=False)


@attrs.define(slots=False, eq=True)
class SiteProperties:
    """App settings, metadata and properties of a site.

    Attributes:
        app_settings (dict[str, str]): ``<AppSettings>``. Application settings; a dict of name to value.
        metadata (dict[str, str]): ``<Metadata>``. Metadata; a dict of name to value.
        properties (dict[str, str]): ``<Properties>``. Other properties; a dict of name to value.
    """

    app_settings: dict[str, str] | None = attrs.field(default=None, kw_only=True)
    metadata: dict[str, str] | None = attrs.field(default=None, kw_only=True)
    properties: dict[str, str] | None = attrs.field(default=None, kw_only=True)
    #: Child elements this version of the spec does not know, kept rather than dropped.
    unknown_elements: list[str] | None = attrs.field(
        default=None, kw_only=True, repr=False, eq=False)


@attrs.define(slots=False, eq=True)
class UpdateSiteInput:
    """Body of a site update (root element Site): only the elements to change.

    Attributes:
        state (str): ``<State>``. Running or Stopped.
    """

    state: str | None = attrs.field(default=None, kw_only=True)
    #: Child elements this version of the spec does not know, kept rather than dropped.
    unknown_elements: list[str] | None = attrs.field(
        default=None, kw_only=True, repr=False, eq=False)


@attrs.define(slots=False, eq=True, field_transformer=_name_converters)
class WebSpace:
    """A web space: the region (and plan) sites of a subscription run in.

    Attributes:
        availability_state (str): ``<AvailabilityState>``. Normal or Limited.
        compute_mode (str): ``<ComputeMode>``. Shared or Dedicated, when set.
        current_number_of_workers (int): ``<CurrentNumberOfWorkers>``. Workers currently allocated, when dedicated.
        current_worker_size (str): ``<CurrentWorkerSize>``. Worker size currently allocated: Small, Medium or Large.
        geo_location (str): ``<GeoLocation>``. Data center code, such as 'BLU'.
        geo_region (str): ``<GeoRegion>``. Region, such as 'East US'.
        hosting_environment (str): ``<HostingEnvironment>``. App Service Environment of the web space, if any.
        name (str): ``<Name>``. Name of the web space, such as 'eastuswebspace'.
        number_of_workers (int): ``<NumberOfWorkers>``. Workers requested, when dedicated.
        plan (str): ``<Plan>``. Plan of the web space: VirtualDedicatedPlan.
        status (str): ``<Status>``. Ready, Pending or Active.
        subscription (str): ``<Subscription>``. Subscription id the web space belongs to.
        worker_size (str): ``<WorkerSize>``. Worker size requested: Small, Medium or Large.
    """

    availability_state: str | None = attrs.field(default=None, kw_only=True)
    compute_mode: str | None = attrs.field(default=None, kw_only=True)
    current_number_of_workers: int | None = attrs.field(default=None, kw_only=True, converter=_as_int)
    current_worker_size: str | None = attrs.field(default=None, kw_only=True)
    geo_location: str | None = attrs.field(default=None, kw_only=True)
    geo_region: str | None = attrs.field(default=None, kw_only=True)
    hosting_environment: str | None = attrs.field(default=None, kw_only=True)
    name: str | None = attrs.field(default=None, kw_only=True)
    number_of_workers: int | None = attrs.field(default=None, kw_only=True, converter=_as_int)
    plan: str | None = attrs.field(default=None, kw_only=True)
    status: str | None = attrs.field(default=None, kw_only=True)
    subscription: str | None = attrs.field(default=None, kw_only=True)
    worker_size: str | None = attrs.field(default=None, kw_only=True)
    #: Child elements this version of the spec does not know, kept rather than dropped.
    unknown_elements: list[str] | None = attrs.field(
        default=None, kw_only=True, repr=False, eq=False)


@attrs.define(slots=False, eq=True)
class WebSpaceToCreate:
    """The web space a new site goes into.

    Attributes:
        geo_region (str): ``<GeoRegion>``. Region of the web space, such as 'East US'.
        name (str): ``<Name>``. Name of the web space, such as 'eastuswebspace'.
        plan (str): ``<Plan>``. Plan of the web space: VirtualDedicatedPlan.
    """

    geo_region: str | None = attrs.field(default=None, kw_only=True)
    name: str | None = attrs.field(default=None, kw_only=True)
    plan: str | None = attrs.field(default=None, kw_only=True)
    #: Child elements this version of the spec does not know, kept rather than dropped.
    unknown_elements: list[str] | None = attrs.field(
        default=None, kw_only=True, repr=False, eq=False)

