"""Models of the Azure Service Management API defined in spec/schemas/scheduler.xsd.

Generated from spec/ by codegen; do not edit.  Each class is one XML shape of the API;
attributes are in wire order, constructor arguments are keyword-only except where the
spec gives a positional order.  A list wrapper of the API is a `list` subclass that also
answers to the predecessor SDK's attribute for its items.  Import them from `generated` or
`generated.models`; this area's readers and writers are in xml.py beside this module.
"""

from __future__ import annotations

from typing import Any

import attrs

from asm_sdk_runtime.xml import _as_bool, _as_int, _name_converters

__all__ = [
    'CloudServiceResources',
    'CloudServices',
    'CloudService',
    'CloudServiceResource',
    'CreateCloudService',
    'CreateJobCollection',
    'CreateJobCollectionSettings',
    'JobCollection',
    'JobCollectionCloudServiceSettings',
    'JobCollectionIntrinsicSettings',
    'JobCollectionMaxRecurrence',
    'JobCollectionQuota',
    'ResourceNameAvailabilityResponse',
    'ResourceOperationError',
    'ResourceOperationStatus',
    'IntrinsicSettings',
    'MaxRecurrence',
    'OperationStatus',
    'Quota',
    'Resource',
    'Resources',
]


class CloudServiceResources(list['CloudServiceResource']):
    """A list of CloudServiceResource (``<Resource>`` elements).

    Also answers to ``.resource``, the predecessor SDK's attribute for the items,
    and ``vars()`` shows the items under that name, as the predecessor's wrapper object held them.
    """

    __slots__ = ("_prefilled",)

    @property
    def __dict__(self) -> dict[str, Any]:  # type: ignore[override]  # vars() of a wrapper
        # A copy of the items (a plain list): a vars() walk never loops back into the list.
        return {'resource': list(self)}

    @property
    def resource(self) -> CloudServiceResources:
        return self

    @resource.setter
    def resource(self, items: list[Any]) -> None:
        self[:] = items


Resources = CloudServiceResources  # the predecessor SDK's name


class CloudServices(list['CloudService']):
    """A list of CloudService (``<CloudService>`` elements).

    Also answers to ``.cloud_service``, the predecessor SDK's attribute for the items,
    and ``vars()`` shows the items under that name, as the predecessor's wrapper object held them.
    """

    __slots__ = ("_prefilled",)

    @property
    def __dict__(self) -> dict[str, Any]:  # type: ignore[override]  # vars() of a wrapper
        # A copy of the items (a plain list): a vars() walk never loops back into the list.
        return {'cloud_service': list(self)}

    @property
    def cloud_service(self) -> CloudServices:
        return self

    @cloud_service.setter
    def cloud_service(self, items: list[Any]) -> None:
        self[:] = items


@attrs.define(slots=False, eq=True)
class CloudService:
    """A cloud service that groups scheduler job collections in one region.

    Attributes:
        name (str): ``<Name>``. Id of the cloud service.
        label (str): ``<Label>``. Display name (plain text, not base64).
        description (str): ``<Description>``. Free-text description.
        geo_region (str): ``<GeoRegion>``. Region of the cloud service, such as 'West Europe'.
        resources (CloudServiceResources): ``<Resources>``. The job collections of the cloud service.
    """

    name: str | None = attrs.field(default=None, kw_only=True)
    label: str | None = attrs.field(default=None, kw_only=True)
    description: str | None = attrs.field(default=None, kw_only=True)
    geo_region: str | None = attrs.field(default=None, kw_only=True)
    resources: list[CloudServiceResource] | None = attrs.field(default=None, kw_only=True)
    #: Child elements this version of the spec does not know, kept rather than dropped.
    unknown_elements: list[str] | None = attrs.field(
        default=None, kw_only=True, repr=False, eq=False)


@attrs.define(slots=False, eq=True)
class CloudServiceResource:
    """A resource (a scheduler job collection) listed inside a cloud service.

    Attributes:
        resource_provider_namespace (str): ``<ResourceProviderNamespace>``. Provider of the resource, 'Scheduler' for job collections.
        type (str): ``<Type>``. Resource type, 'jobcollections'.
        name (str): ``<Name>``. Name of the job collection.
        schema_version (str): ``<SchemaVersion>``. Version of the resource's schema, such as '1.1'.
        e_tag (str): ``<ETag>``. Version tag of the resource.
        state (str): ``<State>``. State, such as 'Started'.
        intrinsic_settings (JobCollectionIntrinsicSettings): ``<IntrinsicSettings>``. Plan and limits.
        operation_status (ResourceOperationStatus): ``<OperationStatus>``. Last operation on the resource and its result.
        label (str): ``<Label>``. Display name (plain text).
    """

    resource_provider_namespace: str | None = attrs.field(default=None, kw_only=True)
    type: str | None = attrs.field(default=None, kw_only=True)
    name: str | None = attrs.field(default=None, kw_only=True)
    schema_version: str | None = attrs.field(default=None, kw_only=True)
    e_tag: str | None = attrs.field(default=None, kw_only=True)
    state: str | None = attrs.field(default=None, kw_only=True)
    intrinsic_settings: JobCollectionIntrinsicSettings | None = attrs.field(default=attrs.Factory(lambda: JobCollectionIntrinsicSettings()), kw_only=True)
    operation_status: ResourceOperationStatus | None = attrs.field(default=attrs.Factory(lambda: ResourceOperationStatus()), kw_only=True)
    label: str | None = attrs.field(default=None, kw_only=True)
    #: Child elements this version of the spec does not know, kept rather than dropped.
    unknown_elements: list[str] | None = attrs.field(
        default=None, kw_only=True, repr=False, eq=False)


Resource = CloudServiceResource  # the predecessor SDK's name


@attrs.define(slots=False, eq=True)
class CreateCloudService:
    """Body of a create-cloud-service request (root element CloudService).

    Attributes:
        label (str): ``<Label>``
        description (str): ``<Description>``
        geo_region (str): ``<GeoRegion>``
    """

    label: str | None = attrs.field(default=None, kw_only=True)
    description: str | None = attrs.field(default=None, kw_only=True)
    geo_region: str | None = attrs.field(default=None, kw_only=True)
    #: Child elements this version of the spec does not know, kept rather than dropped.
    unknown_elements: list[str] | None = attrs.field(
        default=None, kw_only=True, repr=False, eq=False)


@attrs.define(slots=False, eq=True)
class CreateJobCollection:
    """Body of a create-job-collection request (root element Resource).

    Attributes:
        intrinsic_settings (CreateJobCollectionSettings): ``<IntrinsicSettings>``
    """

    intrinsic_settings: CreateJobCollectionSettings | None = attrs.field(default=None, kw_only=True)
    #: Child elements this version of the spec does not know, kept rather than dropped.
    unknown_elements: list[str] | None = attrs.field(
        default=None, kw_only=True, repr=False, eq=False)


@attrs.define(slots=False, eq=True)
class CreateJobCollectionSettings:
    """Settings of a new job collection; the service expects the lower-case 'plan' tag
    here.

    Attributes:
        plan (str): ``<plan>``
    """

    plan: str | None = attrs.field(default=None, kw_only=True)
    #: Child elements this version of the spec does not know, kept rather than dropped.
    unknown_elements: list[str] | None = attrs.field(
        default=None, kw_only=True, repr=False, eq=False)


@attrs.define(slots=False, eq=True)
class JobCollection:
    """A scheduler job collection (the root element is Resource; its children come in
    alphabetical order).

    Attributes:
        cloud_service_settings (JobCollectionCloudServiceSettings): ``<CloudServiceSettings>``. Region of the hosting cloud service.
        e_tag (str): ``<ETag>``. Version tag of the job collection.
        intrinsic_settings (JobCollectionIntrinsicSettings): ``<IntrinsicSettings>``. Plan and limits.
        name (str): ``<Name>``. Name of the job collection.
        operation_status (ResourceOperationStatus): ``<OperationStatus>``. Last operation on the job collection and its result.
        promotion_code (str): ``<PromotionCode>``. Promotion code applied at creation, usually empty.
        resource_provider_namespace (str): ``<ResourceProviderNamespace>``. Provider of the resource, 'Scheduler' (not sent by Get Job
            Collection).
        schema_version (str): ``<SchemaVersion>``. Version of the resource's schema, such as '1.1'.
        state (str): ``<State>``. State, such as 'Started'.
        sub_state (str): ``<SubState>``. Detail of the state, when there is one.
        type (str): ``<Type>``. Resource type, 'jobcollections'.
    """

    cloud_service_settings: JobCollectionCloudServiceSettings | None = attrs.field(default=None, kw_only=True)
    e_tag: str | None = attrs.field(default=None, kw_only=True)
    intrinsic_settings: JobCollectionIntrinsicSettings | None = attrs.field(default=None, kw_only=True)
    name: str | None = attrs.field(default=None, kw_only=True)
    operation_status: ResourceOperationStatus | None = attrs.field(default=None, kw_only=True)
    promotion_code: str | None = attrs.field(default=None, kw_only=True)
    resource_provider_namespace: str | None = attrs.field(default=None, kw_only=True)
    schema_version: str | None = attrs.field(default=None, kw_only=True)
    state: str | None = attrs.field(default=None, kw_only=True)
    sub_state: str | None = attrs.field(default=None, kw_only=True)
    type: str | None = attrs.field(default=None, kw_only=True)
    #: Child elements this version of the spec does not know, kept rather than dropped.
    unknown_elements: list[str] | None = attrs.field(
        default=None, kw_only=True, repr=False, eq=False)


@attrs.define(slots=False, eq=True)
class JobCollectionCloudServiceSettings:
    """Settings a job collection takes from its cloud service.

    Attributes:
        geo_region (str): ``<GeoRegion>``. Region of the cloud service.
    """

    geo_region: str | None = attrs.field(default=None, kw_only=True)
    #: Child elements this version of the spec does not know, kept rather than dropped.
    unknown_elements: list[str] | None = attrs.field(
        default=None, kw_only=True, repr=False, eq=False)


@attrs.define(slots=False, eq=True)
class JobCollectionIntrinsicSettings:
    """Plan and limits of a job collection.

    Attributes:
        plan (str): ``<Plan>``. 'Free', 'Standard' or 'Premium'.
        quota (JobCollectionQuota): ``<Quota>``. Limits that differ from the plan's defaults.
    """

    plan: str | None = attrs.field(default=None, kw_only=True)
    quota: JobCollectionQuota | None = attrs.field(default=attrs.Factory(lambda: JobCollectionQuota()), kw_only=True)
    #: Child elements this version of the spec does not know, kept rather than dropped.
    unknown_elements: list[str] | None = attrs.field(
        default=None, kw_only=True, repr=False, eq=False)

    def __bool__(self) -> bool:
        """False while it holds nothing more than an absent element reads as."""
        return not (not self.plan
                and not self.quota
                and not self.unknown_elements)


IntrinsicSettings = JobCollectionIntrinsicSettings  # the predecessor SDK's name


@attrs.define(slots=False, eq=True, field_transformer=_name_converters)
class JobCollectionMaxRecurrence:
    """The most frequent recurrence a job collection's plan allows.

    Attributes:
        frequency (str): ``<Frequency>``. Unit: 'Minute', 'Hour', 'Day', 'Week' or 'Month'.
        interval (int): ``<Interval>``. Number of units between runs.
    """

    frequency: str | None = attrs.field(default=None, kw_only=True)
    interval: int | None = attrs.field(default=None, kw_only=True, converter=_as_int)
    #: Child elements this version of the spec does not know, kept rather than dropped.
    unknown_elements: list[str] | None = attrs.field(
        default=None, kw_only=True, repr=False, eq=False)

    def __bool__(self) -> bool:
        """False while it holds nothing more than an absent element reads as."""
        return not (not self.frequency
                and self.interval in (None, 0)
                and not self.unknown_elements)


MaxRecurrence = JobCollectionMaxRecurrence  # the predecessor SDK's name


@attrs.define(slots=False, eq=True, field_transformer=_name_converters)
class JobCollectionQuota:
    """Limits of a job collection.

    Attributes:
        max_job_count (int): ``<MaxJobCount>``. Most jobs the collection may hold.
        max_recurrence (JobCollectionMaxRecurrence): ``<MaxRecurrence>``. Most frequent recurrence allowed.
    """

    max_job_count: int | None = attrs.field(default=None, kw_only=True, converter=_as_int)
    max_recurrence: JobCollectionMaxRecurrence | None = attrs.field(default=attrs.Factory(lambda: JobCollectionMaxRecurrence()), kw_only=True)
    #: Child elements this version of the spec does not know, kept rather than dropped.
    unknown_elements: list[str] | None = attrs.field(
        default=None, kw_only=True, repr=False, eq=False)

    def __bool__(self) -> bool:
        """False while it holds nothing more than an absent element reads as."""
        return not (self.max_job_count in (None, 0)
                and not self.max_recurrence
                and not self.unknown_elements)


Quota = JobCollectionQuota  # the predecessor SDK's name


@attrs.define(slots=False, eq=True, field_transformer=_name_converters)
class ResourceNameAvailabilityResponse:
    """Whether a job collection name is still free.

    Attributes:
        is_available (bool): ``<IsAvailable>``. True when the name can be used.
    """

    is_available: bool | None = attrs.field(default=None, kw_only=True, converter=_as_bool)
    #: Child elements this version of the spec does not know, kept rather than dropped.
    unknown_elements: list[str] | None = attrs.field(
        default=None, kw_only=True, repr=False, eq=False)


@attrs.define(slots=False, eq=True, field_transformer=_name_converters)
class ResourceOperationError:
    """HTTP outcome of the last operation on a job collection.

    Attributes:
        http_code (int): ``<HttpCode>``. HTTP status code (200 when it succeeded).
        message (str): ``<Message>``. Status text or error message.
    """

    http_code: int | None = attrs.field(default=None, kw_only=True, converter=_as_int)
    message: str | None = attrs.field(default=None, kw_only=True)
    #: Child elements this version of the spec does not know, kept rather than dropped.
    unknown_elements: list[str] | None = attrs.field(
        default=None, kw_only=True, repr=False, eq=False)

    def __bool__(self) -> bool:
        """False while it holds nothing more than an absent element reads as."""
        return not (self.http_code is None
                and not self.message
                and not self.unknown_elements)


@attrs.define(slots=False, eq=True)
class ResourceOperationStatus:
    """The last operation on a job collection and how it ended.

    Attributes:
        type (str): ``<Type>``. Kind of operation, such as 'Create'.
        error (ResourceOperationError): ``<Error>``. HTTP code and message of the operation.
        result (str): ``<Result>``. 'Succeeded', 'Failed' or 'InProgress'.
    """

    type: str | None = attrs.field(default=None, kw_only=True)
    error: ResourceOperationError | None = attrs.field(default=None, kw_only=True)
    result: str | None = attrs.field(default=None, kw_only=True)
    #: Child elements this version of the spec does not know, kept rather than dropped.
    unknown_elements: list[str] | None = attrs.field(
        default=None, kw_only=True, repr=False, eq=False)

    def __bool__(self) -> bool:
        """False while it holds nothing more than an absent element reads as."""
        return not (not self.type
                and not self.error
                and not self.result
                and not self.unknown_elements)


OperationStatus = ResourceOperationStatus  # the predecessor SDK's name

