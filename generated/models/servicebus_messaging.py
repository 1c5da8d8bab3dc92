"""Models of the Azure Service Management API defined in spec/schemas/servicebus_messaging.xsd.

Generated from spec/ by codegen; do not edit.  Each class is one XML shape of the API;
attributes are in wire order, constructor arguments are keyword-only except where the
spec gives a positional order.  A list wrapper of the API is a `list` subclass that also
answers to the predecessor SDK's attribute for its items.  Import them from `generated` or
`generated.models`.
"""

from __future__ import annotations

from typing import Any

import attrs

from runtime.xml import _as_int

__all__ = [
    'CountDetails',
]


@attrs.define(slots=False, eq=True)
class CountDetails:
    """Message counts of a queue or topic, by kind.

    Attributes:
        active_message_count (int): ``<ActiveMessageCount>``. Messages ready to be received.
        dead_letter_message_count (int): ``<DeadLetterMessageCount>``. Messages in the dead-letter queue.
        scheduled_message_count (int): ``<ScheduledMessageCount>``. Messages scheduled for later.
        transfer_message_count (int): ``<TransferMessageCount>``. Messages waiting to be forwarded.
        transfer_dead_letter_message_count (int): ``<TransferDeadLetterMessageCount>``. Messages that failed to be forwarded.
    """

    active_message_count: int | None = attrs.field(default=None, kw_only=True, converter=lambda v: _as_int(v, 'CountDetails.active_message_count'))
    dead_letter_message_count: int | None = attrs.field(default=None, kw_only=True, converter=lambda v: _as_int(v, 'CountDetails.dead_letter_message_count'))
    scheduled_message_count: int | None = attrs.field(default=None, kw_only=True, converter=lambda v: _as_int(v, 'CountDetails.scheduled_message_count'))
    transfer_message_count: int | None = attrs.field(default=None, kw_only=True, converter=lambda v: _as_int(v, 'CountDetails.transfer_message_count'))
    transfer_dead_letter_message_count: int | None = attrs.field(default=None, kw_only=True, converter=lambda v: _as_int(v, 'CountDetails.transfer_dead_letter_message_count'))
    #: Child elements this version of the spec does not know, kept rather than dropped.
    unknown_elements: list[Any] | None = attrs.field(
        default=None, kw_only=True, repr=False, eq=False)

