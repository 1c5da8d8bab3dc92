"""Models of the Azure Service Management API defined in spec/schemas/servicebus_metrics.xsd.

Generated from spec/ by codegen; do not edit.  Each class is one XML shape of the API;
attributes are in wire order, constructor arguments are keyword-only except where the
spec gives a positional order.  A list wrapper of the API is a `list` subclass that also
answers to the predecessor SDK's attribute for its items.  Import them from `generated` or
`generated.models`; this area's readers and writers are in xml.py beside this module.
"""

from __future__ import annotations

from datetime import datetime

import attrs

from asm_sdk_runtime.xml import Timestamp, _as_int, _name_converters

__all__ = [
    'MetricProperties',
    'MetricRollups',
    'MetricValues',
]


@attrs.define(slots=False, eq=True)
class MetricProperties:
    """A metric that Service Bus records for an entity.

    Attributes:
        name (str): ``<Name>``. Metric name to pass to the rollup and data operations, such as
            'listeners.active'.
        primary_aggregation (str): ``<PrimaryAggregation>``. How samples are combined, such as 'Average' or 'Total'.
        unit (str): ``<Unit>``. Unit of the values, such as 'Count' or 'Bytes'.
        display_name (str): ``<DisplayName>``. Human-readable name of the metric.
    """

    name: str | None = attrs.field(default=None, kw_only=True)
    primary_aggregation: str | None = attrs.field(default=None, kw_only=True)
    unit: str | None = attrs.field(default=None, kw_only=True)
    display_name: str | None = attrs.field(default=None, kw_only=True)
    #: Child elements this version of the spec does not know, kept rather than dropped.
    unknown_elements: list[str] | None = attrs.field(
        default=None, kw_only=True, repr=False, eq=False)


@attrs.define(slots=False, eq=True)
class MetricRollups:
    """One aggregation interval of a metric and how long its values are kept.

    Attributes:
        time_grain (str): ``<TimeGrain>``. Aggregation interval (ISO 8601 duration), the rollup name for the
            data operations.
        retention (str): ``<Retention>``. How long values at this interval are kept (ISO 8601 duration).
    """

    time_grain: str | None = attrs.field(default=None, kw_only=True)
    retention: str | None = attrs.field(default=None, kw_only=True)
    #: Child elements this version of the spec does not know, kept rather than dropped.
    unknown_elements: list[str] | None = attrs.field(
        default=None, kw_only=True, repr=False, eq=False)


@attrs.define(slots=False, eq=True, field_transformer=_name_converters)
class MetricValues:
    """One aggregated value of a metric.

    Attributes:
        timestamp (Timestamp | datetime): ``<Timestamp>``. Start of the interval the value covers.
        min (int): ``<Min>``. Smallest sample in the interval.
        max (int): ``<Max>``. Largest sample in the interval.
        average (float): ``<Average>``. Mean of the samples in the interval.
        total (int): ``<Total>``. Sum of the samples in the interval.
    """

    timestamp: Timestamp | datetime | None = attrs.field(default=None, kw_only=True)
    min: int | None = attrs.field(default=None, kw_only=True, converter=_as_int)
    max: int | None = attrs.field(default=None, kw_only=True, converter=_as_int)
    average: float | None = attrs.field(default=None, kw_only=True)
    total: int | None = attrs.field(default=None, kw_only=True, converter=_as_int)
    #: Child elements this version of the spec does not know, kept rather than dropped.
    unknown_elements: list[str] | None = attrs.field(
        default=None, kw_only=True, repr=False, eq=False)

