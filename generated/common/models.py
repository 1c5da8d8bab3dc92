"""Models of the Azure Service Management API defined in spec/schemas/common.xsd.

Generated from spec/ by codegen; do not edit.  Each class is one XML shape of the API;
attributes are in wire order, constructor arguments are keyword-only except where the
spec gives a positional order.  A list wrapper of the API is a `list` subclass that also
answers to the predecessor SDK's attribute for its items.  Import them from `generated` or
`generated.models`; this area's readers and writers are in xml.py beside this module.
"""

from __future__ import annotations

import attrs

from asm_sdk_runtime.xml import _as_text_int, _name_converters

__all__ = [
    'Error',
    'ExtendedProperty',
    'Operation',
    'OperationError',
]


@attrs.define(slots=False, eq=True)
class Error:
    """The error Azure reports for a failed request or operation.

    Attributes:
        code (str): ``<Code>``. Azure's error code, such as ResourceNotFound.
        message (str): ``<Message>``. Human-readable explanation.
    """

    code: str | None = attrs.field(default=None, kw_only=True)
    message: str | None = attrs.field(default=None, kw_only=True)
    #: Child elements this version of the spec does not know, kept rather than dropped.
    unknown_elements: list[str] | None = attrs.field(
        default=None, kw_only=True, repr=False, eq=False)

    def __bool__(self) -> bool:
        """False while it holds nothing more than an absent element reads as."""
        return not (not self.code
                and not self.message
                and not self.unknown_elements)


OperationError = Error  # the predecessor SDK's name


@attrs.define(slots=False, eq=True)
class ExtendedProperty:
    """A user-defined name/value pair attached to a resource.

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
class Operation:
    """Status of an asynchronous operation.

    Attributes:
        id (str): ``<ID>``. The request id of the operation.
        status (str): ``<Status>``. InProgress, Succeeded or Failed.
        http_status_code (int): ``<HttpStatusCode>``. The HTTP status the operation ended with.
        error (Error): ``<Error>``. Why the operation failed, when it did.
    """

    id: str | None = attrs.field(default=None, kw_only=True)
    status: str | None = attrs.field(default=None, kw_only=True)
    http_status_code: int | None = attrs.field(default=None, kw_only=True, converter=_as_text_int)
    error: Error | None = attrs.field(default=attrs.Factory(lambda: Error()), kw_only=True)
    #: Child elements this version of the spec does not know, kept rather than dropped.
    unknown_elements: list[str] | None = attrs.field(
        default=None, kw_only=True, repr=False, eq=False)

