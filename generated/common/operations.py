"""The operations of spec/operations/common.toml as data: one record per operation, shared by
the sync methods (client.py) and the async ones (aio.py).

Generated from spec/ by codegen; do not edit.  asm_sdk_runtime.core builds each request
from a record and the method's arguments and reads the answer with it; `body_<operation>`
writes a request body from the arguments.
"""

from __future__ import annotations

from asm_sdk_runtime.core import Operation

from .. import models as m
from . import xml as x


get_operation_status: Operation[m.Operation] = Operation(
    'get_operation_status', 'GET', '/{subscription_id}/operations/{request_id}',
    ('request_id',),
    None,
    required=1,
    idempotent=True,
    reader=x.read_Operation,
    root='{http://schemas.microsoft.com/windowsazure}Operation',
)
