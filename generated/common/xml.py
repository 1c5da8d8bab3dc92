"""XML readers and writers of the shapes of spec/schemas/common.xsd.

Generated from spec/ by codegen; do not edit.  Readers walk ElementTree children once,
dispatching on the tag; writers emit elements in wire order, escaping every value.
Shapes of other areas are read and written by their own modules, imported below.
"""

from __future__ import annotations

from typing import Any
from xml.etree.ElementTree import Element

from asm_sdk_runtime.xml import (from_text_int, number, text, unknown_text)

from .. import models as m
from .._xml import NO_CHILDREN


def read_Error(el: Element) -> m.Error:
    f_code: Any = ''
    f_message: Any = ''
    unknown: list[Element] | None = None
    for child in el:
        tag = child.tag
        if tag == '{http://schemas.microsoft.com/windowsazure}Code':
            f_code = (child.text or '')
        elif tag == '{http://schemas.microsoft.com/windowsazure}Message':
            f_message = (child.text or '')
        else:
            if unknown is None:
                unknown = []
            unknown.append(child)
    # Every field is read above and typed by its reader: fill the instance directly (three
    # times faster than the constructor, whose converters and defaults are for callers).
    obj = object.__new__(m.Error)
    obj.__dict__ = {
        'code': f_code,
        'message': f_message,
        'unknown_elements': unknown and unknown_text(unknown),
    }
    return obj


def write_Error(obj: m.Error, out: list[str]) -> None:
    v = obj.code
    if v is not None:
        out.append('<Code>' + text(v) + '</Code>')
    v = obj.message
    if v is not None:
        out.append('<Message>' + text(v) + '</Message>')


def read_ExtendedProperties(el: Element) -> dict[str, str]:
    return {c.findtext('{http://schemas.microsoft.com/windowsazure}Name') or '': c.findtext('{http://schemas.microsoft.com/windowsazure}Value') or '' for c in el}


def write_ExtendedProperties(v: dict[str, str], out: list[str]) -> None:
    for key, value in v.items():
        out.append('<ExtendedProperty><Name>' + text(key) + '</Name><Value>' + text(value) + '</Value></ExtendedProperty>')


def read_ExtendedProperty(el: Element) -> m.ExtendedProperty:
    f_name: Any = ''
    f_value: Any = ''
    unknown: list[Element] | None = None
    for child in el:
        tag = child.tag
        if tag == '{http://schemas.microsoft.com/windowsazure}Name':
            f_name = (child.text or '')
        elif tag == '{http://schemas.microsoft.com/windowsazure}Value':
            f_value = (child.text or '')
        else:
            if unknown is None:
                unknown = []
            unknown.append(child)
    # Every field is read above and typed by its reader: fill the instance directly (three
    # times faster than the constructor, whose converters and defaults are for callers).
    obj = object.__new__(m.ExtendedProperty)
    obj.__dict__ = {
        'name': f_name,
        'value': f_value,
        'unknown_elements': unknown and unknown_text(unknown),
    }
    return obj


def write_ExtendedProperty(obj: m.ExtendedProperty, out: list[str]) -> None:
    v = obj.name
    if v is not None:
        out.append('<Name>' + text(v) + '</Name>')
    v = obj.value
    if v is not None:
        out.append('<Value>' + text(v) + '</Value>')


def read_Operation(el: Element) -> m.Operation:
    f_id: Any = ''
    f_status: Any = ''
    f_http_status_code: Any = None
    f_error: Any = None
    unknown: list[Element] | None = None
    for child in el:
        tag = child.tag
        if tag == '{http://schemas.microsoft.com/windowsazure}ID':
            f_id = (child.text or '')
        elif tag == '{http://schemas.microsoft.com/windowsazure}Status':
            f_status = (child.text or '')
        elif tag == '{http://schemas.microsoft.com/windowsazure}HttpStatusCode':
            f_http_status_code = from_text_int(child.text)
        elif tag == '{http://schemas.microsoft.com/windowsazure}Error':
            f_error = read_Error(child)
        else:
            if unknown is None:
                unknown = []
            unknown.append(child)
    if f_error is None:  # absent: an empty instance, as the predecessor's fresh one
        f_error = read_Error(NO_CHILDREN)
    # Every field is read above and typed by its reader: fill the instance directly (three
    # times faster than the constructor, whose converters and defaults are for callers).
    # (object.__setattr__: past the converting __setattr__ attrs gives this class)
    obj = object.__new__(m.Operation)
    object.__setattr__(obj, "__dict__", {
        'id': f_id,
        'status': f_status,
        'http_status_code': f_http_status_code,
        'error': f_error,
        'unknown_elements': unknown and unknown_text(unknown),
    })
    return obj


def write_Operation(obj: m.Operation, out: list[str]) -> None:
    v = obj.id
    if v is not None:
        out.append('<ID>' + text(v) + '</ID>')
    v = obj.status
    if v is not None:
        out.append('<Status>' + text(v) + '</Status>')
    v = obj.http_status_code
    if v is not None:
        out.append('<HttpStatusCode>' + number(v) + '</HttpStatusCode>')
    v = obj.error
    if v is not None and not empty_Error(v):
        out.append('<Error>')
        write_Error(v, out)
        out.append('</Error>')


def empty_Error(v: m.Error) -> bool:
    """True when nothing in `v` would be sent: an untouched pre-filled default, or what an
    absent element read as."""
    return (not v.code
            and not v.message
            and not v.unknown_elements)
