"""XML readers and writers of the shapes of spec/schemas/servicebus_metrics.xsd.

Generated from spec/ by codegen; do not edit.  Readers walk ElementTree children once,
dispatching on the tag; writers emit elements in wire order, escaping every value.
Shapes of other areas are read and written by their own modules, imported below.
"""

from __future__ import annotations

from typing import Any
from xml.etree.ElementTree import Element

from asm_sdk_runtime.xml import (EMPTY_TIMESTAMP, dt, from_datetime, from_float, from_int,
                                number, text, unknown_text)

from .. import models as m


def read_MetricProperties(el: Element) -> m.MetricProperties:
    f_name: Any = ''
    f_primary_aggregation: Any = ''
    f_unit: Any = ''
    f_display_name: Any = ''
    unknown: list[Element] | None = None
    for child in el:
        tag = child.tag
        if tag == '{http://schemas.microsoft.com/ado/2007/08/dataservices}Name':
            f_name = (child.text or '')
        elif tag == '{http://schemas.microsoft.com/ado/2007/08/dataservices}PrimaryAggregation':
            f_primary_aggregation = (child.text or '')
        elif tag == '{http://schemas.microsoft.com/ado/2007/08/dataservices}Unit':
            f_unit = (child.text or '')
        elif tag == '{http://schemas.microsoft.com/ado/2007/08/dataservices}DisplayName':
            f_display_name = (child.text or '')
        else:
            if unknown is None:
                unknown = []
            unknown.append(child)
    # Every field is read above and typed by its reader: fill the instance directly (three
    # times faster than the constructor, whose converters and defaults are for callers).
    obj = object.__new__(m.MetricProperties)
    obj.__dict__ = {
        'name': f_name,
        'primary_aggregation': f_primary_aggregation,
        'unit': f_unit,
        'display_name': f_display_name,
        'unknown_elements': unknown and unknown_text(unknown),
    }
    return obj


def write_MetricProperties(obj: m.MetricProperties, out: list[str]) -> None:
    v = obj.name
    if v is not None:
        out.append('<Name>' + text(v) + '</Name>')
    v = obj.primary_aggregation
    if v is not None:
        out.append('<PrimaryAggregation>' + text(v) + '</PrimaryAggregation>')
    v = obj.unit
    if v is not None:
        out.append('<Unit>' + text(v) + '</Unit>')
    v = obj.display_name
    if v is not None:
        out.append('<DisplayName>' + text(v) + '</DisplayName>')


def read_MetricRollups(el: Element) -> m.MetricRollups:
    f_time_grain: Any = ''
    f_retention: Any = ''
    unknown: list[Element] | None = None
    for child in el:
        tag = child.tag
        if tag == '{http://schemas.microsoft.com/ado/2007/08/dataservices}TimeGrain':
            f_time_grain = (child.text or '')
        elif tag == '{http://schemas.microsoft.com/ado/2007/08/dataservices}Retention':
            f_retention = (child.text or '')
        else:
            if unknown is None:
                unknown = []
            unknown.append(child)
    # Every field is read above and typed by its reader: fill the instance directly (three
    # times faster than the constructor, whose converters and defaults are for callers).
    obj = object.__new__(m.MetricRollups)
    obj.__dict__ = {
        'time_grain': f_time_grain,
        'retention': f_retention,
        'unknown_elements': unknown and unknown_text(unknown),
    }
    return obj


def write_MetricRollups(obj: m.MetricRollups, out: list[str]) -> None:
    v = obj.time_grain
    if v is not None:
        out.append('<TimeGrain>' + text(v) + '</TimeGrain>')
    v = obj.retention
    if v is not None:
        out.append('<Retention>' + text(v) + '</Retention>')


def read_MetricValues(el: Element) -> m.MetricValues:
    f_timestamp: Any = EMPTY_TIMESTAMP
    f_min: Any = 0
    f_max: Any = 0
    f_average: Any = 0.0
    f_total: Any = 0
    unknown: list[Element] | None = None
    for child in el:
        tag = child.tag
        if tag == '{http://schemas.microsoft.com/ado/2007/08/dataservices}Timestamp':
            f_timestamp = from_datetime(child.text, EMPTY_TIMESTAMP)
        elif tag == '{http://schemas.microsoft.com/ado/2007/08/dataservices}Min':
            f_min = from_int(child.text, 0)
        elif tag == '{http://schemas.microsoft.com/ado/2007/08/dataservices}Max':
            f_max = from_int(child.text, 0)
        elif tag == '{http://schemas.microsoft.com/ado/2007/08/dataservices}Average':
            f_average = from_float(child.text, 0.0)
        elif tag == '{http://schemas.microsoft.com/ado/2007/08/dataservices}Total':
            f_total = from_int(child.text, 0)
        else:
            if unknown is None:
                unknown = []
            unknown.append(child)
    # Every field is read above and typed by its reader: fill the instance directly (three
    # times faster than the constructor, whose converters and defaults are for callers).
    # (object.__setattr__: past the converting __setattr__ attrs gives this class)
    obj = object.__new__(m.MetricValues)
    object.__setattr__(obj, "__dict__", {
        'timestamp': f_timestamp,
        'min': f_min,
        'max': f_max,
        'average': f_average,
        'total': f_total,
        'unknown_elements': unknown and unknown_text(unknown),
    })
    return obj


def write_MetricValues(obj: m.MetricValues, out: list[str]) -> None:
    v = obj.timestamp
    if v:
        out.append('<Timestamp>' + dt(v) + '</Timestamp>')
    v = obj.min
    if v is not None:
        out.append('<Min>' + number(v) + '</Min>')
    v = obj.max
    if v is not None:
        out.append('<Max>' + number(v) + '</Max>')
    v = obj.average
    if v is not None:
        out.append('<Average>' + number(v) + '</Average>')
    v = obj.total
    if v is not None:
        out.append('<Total>' + number(v) + '</Total>')
