"""XML readers and writers of the shapes of spec/schemas/servicebus_messaging.xsd.

Generated from spec/ by codegen; do not edit.  Readers walk ElementTree children once,
dispatching on the tag; writers emit elements in wire order, escaping every value.
Shapes of other areas are read and written by their own modules, imported below.
"""

from __future__ import annotations

from typing import Any
from xml.etree.ElementTree import Element

from asm_sdk_runtime.xml import (from_int, number, unknown_text)

from .. import models as m


def read_CountDetails(el: Element) -> m.CountDetails:
    f_active_message_count: Any = 0
    f_dead_letter_message_count: Any = 0
    f_scheduled_message_count: Any = 0
    f_transfer_message_count: Any = 0
    f_transfer_dead_letter_message_count: Any = 0
    unknown: list[Element] | None = None
    for child in el:
        tag = child.tag
        if tag == '{http://schemas.microsoft.com/netservices/2011/06/servicebus}ActiveMessageCount':
            f_active_message_count = from_int(child.text, 0)
        elif tag == '{http://schemas.microsoft.com/netservices/2011/06/servicebus}DeadLetterMessageCount':
            f_dead_letter_message_count = from_int(child.text, 0)
        elif tag == '{http://schemas.microsoft.com/netservices/2011/06/servicebus}ScheduledMessageCount':
            f_scheduled_message_count = from_int(child.text, 0)
        elif tag == '{http://schemas.microsoft.com/netservices/2011/06/servicebus}TransferMessageCount':
            f_transfer_message_count = from_int(child.text, 0)
        elif tag == '{http://schemas.microsoft.com/netservices/2011/06/servicebus}TransferDeadLetterMessageCount':
            f_transfer_dead_letter_message_count = from_int(child.text, 0)
        else:
            if unknown is None:
                unknown = []
            unknown.append(child)
    # Every field is read above and typed by its reader: fill the instance directly (three
    # times faster than the constructor, whose converters and defaults are for callers).
    # (object.__setattr__: past the converting __setattr__ attrs gives this class)
    obj = object.__new__(m.CountDetails)
    object.__setattr__(obj, "__dict__", {
        'active_message_count': f_active_message_count,
        'dead_letter_message_count': f_dead_letter_message_count,
        'scheduled_message_count': f_scheduled_message_count,
        'transfer_message_count': f_transfer_message_count,
        'transfer_dead_letter_message_count': f_transfer_dead_letter_message_count,
        'unknown_elements': unknown and unknown_text(unknown),
    })
    return obj


def write_CountDetails(obj: m.CountDetails, out: list[str]) -> None:
    v = obj.active_message_count
    if v is not None:
        out.append('<ActiveMessageCount>' + number(v) + '</ActiveMessageCount>')
    v = obj.dead_letter_message_count
    if v is not None:
        out.append('<DeadLetterMessageCount>' + number(v) + '</DeadLetterMessageCount>')
    v = obj.scheduled_message_count
    if v is not None:
        out.append('<ScheduledMessageCount>' + number(v) + '</ScheduledMessageCount>')
    v = obj.transfer_message_count
    if v is not None:
        out.append('<TransferMessageCount>' + number(v) + '</TransferMessageCount>')
    v = obj.transfer_dead_letter_message_count
    if v is not None:
        out.append('<TransferDeadLetterMessageCount>' + number(v) + '</TransferDeadLetterMessageCount>')


def empty_CountDetails(v: m.CountDetails) -> bool:
    """True when nothing in `v` would be sent: an untouched pre-filled default, or what an
    absent element read as."""
    return (v.active_message_count is None
            and v.dead_letter_message_count is None
            and v.scheduled_message_count is None
            and v.transfer_message_count is None
            and v.transfer_dead_letter_message_count is None
            and not v.unknown_elements)
