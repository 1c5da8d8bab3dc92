"""Models of the Azure Service Management API defined in spec/schemas/affinity_groups.xsd.

Generated from spec/ by codegen; do not edit.  Each class is one XML shape of the API;
attributes are in wire order, constructor arguments are keyword-only except where the
spec gives a positional order.  A list wrapper of the API is a `list` subclass that also
answers to the predecessor SDK's attribute for its items.  Import them from `generated` or
`generated.models`; this area's readers and writers are in xml.py beside this module.
"""

from __future__ import annotations

from datetime import datetime
from typing import TYPE_CHECKING, Any

import attrs

from asm_sdk_runtime.xml import Timestamp, _prefilled

from ..models import new as _new

if TYPE_CHECKING:
    from ..hosted_services.models import ComputeCapabilities, HostedService
    from ..storage.models import StorageService

__all__ = [
    'AffinityGroups',
    'AffinityGroup',
    'CreateAffinityGroup',
    'UpdateAffinityGroup',
]


class AffinityGroups(list['AffinityGroup']):
    """A list of AffinityGroup (``<AffinityGroup>`` elements).

    Also answers to ``.affinity_groups``, the predecessor SDK's attribute for the items,
    and ``vars()`` shows the items under that name, as the predecessor's wrapper object held them.
    """

    __slots__ = ("_prefilled",)

    @property
    def __dict__(self) -> dict[str, Any]:  # type: ignore[override]  # vars() of a wrapper
        # A copy of the items (a plain list): a vars() walk never loops back into the list.
        return {'affinity_groups': list(self)}

    @property
    def affinity_groups(self) -> AffinityGroups:
        return self

    @affinity_groups.setter
    def affinity_groups(self, items: list[Any]) -> None:
        self[:] = items


@attrs.define(slots=False, eq=True)
class AffinityGroup:
    """A named placement group that keeps cloud services and storage accounts close
    together in one region.

    Attributes:
        name (str): ``<Name>``. The affinity group name.
        label (str): ``<Label>``. Display name of the group.
        description (str): ``<Description>``. Free-text description (may be empty).
        location (str): ``<Location>``. Region the group lives in.
        hosted_services (HostedServices): ``<HostedServices>``. Cloud services in the group (only from
            get_affinity_group_properties).
        storage_services (StorageServices): ``<StorageServices>``. Storage accounts in the group (only from
            get_affinity_group_properties).
        capabilities (CapabilityNames): ``<Capabilities>``. Features available to the group, such as PersistentVMRole and
            HighMemory.
        created_time (Timestamp | datetime): ``<CreatedTime>``. When the group was created (UTC).
        compute_capabilities (ComputeCapabilities): ``<ComputeCapabilities>``. Role sizes that can be deployed in the group (only from
            list_affinity_groups).
    """

    name: str | None = attrs.field(default=None, kw_only=True)
    label: str | None = attrs.field(default=None, kw_only=True)
    description: str | None = attrs.field(default=None, kw_only=True)
    location: str | None = attrs.field(default=None, kw_only=True)
    hosted_services: list[HostedService] | None = attrs.field(default=attrs.Factory(lambda: _prefilled(_new('HostedServices'))), kw_only=True)
    storage_services: list[StorageService] | None = attrs.field(default=attrs.Factory(lambda: _prefilled(_new('StorageServices'))), kw_only=True)
    capabilities: list[str] | None = attrs.field(default=attrs.Factory(lambda: _prefilled(_new('CapabilityNames'))), kw_only=True)
    created_time: Timestamp | datetime | None = attrs.field(default=None, kw_only=True)
    compute_capabilities: ComputeCapabilities | None = attrs.field(default=None, kw_only=True)
    #: Child elements this version of the spec does not know, kept rather than dropped.
    unknown_elements: list[str] | None = attrs.field(
        default=None, kw_only=True, repr=False, eq=False)


@attrs.define(slots=False, eq=True)
class CreateAffinityGroup:
    """Body of a create-affinity-group request.

    Attributes:
        name (str): ``<Name>``
        label (str): ``<Label>``
        description (str): ``<Description>``
        location (str): ``<Location>``
    """

    name: str | None = attrs.field(default=None, kw_only=True)
    label: str | None = attrs.field(default=None, kw_only=True)
    description: str | None = attrs.field(default=None, kw_only=True)
    location: str | None = attrs.field(default=None, kw_only=True)
    #: Child elements this version of the spec does not know, kept rather than dropped.
    unknown_elements: list[str] | None = attrs.field(
        default=None, kw_only=True, repr=False, eq=False)


@attrs.define(slots=False, eq=True)
class UpdateAffinityGroup:
    """Body of an update-affinity-group request.

    Attributes:
        label (str): ``<Label>``
        description (str): ``<Description>``
    """

    label: str | None = attrs.field(default=None, kw_only=True)
    description: str | None = attrs.field(default=None, kw_only=True)
    #: Child elements this version of the spec does not know, kept rather than dropped.
    unknown_elements: list[str] | None = attrs.field(
        default=None, kw_only=True, repr=False, eq=False)

