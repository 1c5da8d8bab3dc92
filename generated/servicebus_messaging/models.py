"""Models of the Azure Service Management API defined in spec/schemas/servicebus_messaging.xsd.

Generated from spec/ by codegen; do not edit.  Each class is one XML shape of the API;
attributes are in wire order, constructor arguments are keyword-only except where the
spec gives a positional order.  A list wrapper of the API is a `list` subclass that also
answers to the predecessor SDK's attribute for its items.  Import them from `generated` or
`generated.models`; this area's readers and writers are in xml.py beside this module.
"""

from __future__ import annotations

import attrs

from asm_sdk_runtime.xml import _as_int, _name_converters

__all__ = [
    'CountDetails',
]


@attrs.define(slots=False, eq=True, field_transformer=_name_converters)
class CountDetails:
    """Message counts of a queue or topic, by kind.

    Attributes:
        active_message_count (int): ``<ActiveMessageCount>``. Messages ready to be received.
        dead_letter_message_count (int): ``<DeadLetterMessageCount>``. Messages in the dead-letter queue.
        scheduled_message_count (int): ``<ScheduledMessageCount>``. Messages scheduled for later.
        transfer_message_count (int): ``<TransferMessageCount>``. Messages waiting to be forwarded.
        transfer_dead_letter_message_count (int): ``<TransferDeadLetterMessageCount>``. Messages that failed to be forwarded.
    """

    active_message_count: int | None = attrs.field(default=None, kw_only=True, converter=_as_int)
    dead_letter_message_count: int | None = attrs.field(default=None, kw_only=True, converter=_as_int)
    scheduled_message_count: int | None = attrs.field(default=None, kw_only=True, converter=_as_int)
    transfer_message_count: int | None = attrs.field(default=None, kw_only=True, converter=_as_int)
    transfer_dead_letter_message_count: int | None = attrs.field(default=None, kw_only=True, converter=_as_int)
    #: Child elements this version of the spec does not know, kept rather than dropped.
    unknown_elements: list[str] | None = attrs.field(
        default=None, kw_only=True, repr=False, eq=False)

    def __bool__(self) -> bool:
        """False while it holds nothing more than an absent element reads as."""
        return not (self.active_message_count in (None, 0)
                and self.dead_letter_message_count in (None, 0)
                and self.scheduled_message_count in (None, 0)
                and self.transfer_message_count in (None, 0)
                and self.transfer_dead_letter_message_count in (None, 0)
                and not self.unknown_elements)

