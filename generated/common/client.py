"""The methods of spec/operations/common.toml.

Generated from spec/ by codegen; do not edit. CommonOperations is a part of the client
classes SchedulerManagementService, ServiceBusManagementService, ServiceManagementService,
SqlDatabaseManagementService, WebsiteManagementService; aio.py holds the async twins of
these methods, rendered from the same template (codegen/templates/methods.j2).
"""

from __future__ import annotations

from asm_sdk_runtime.client import ServiceClient

from .. import models as m
from . import operations as o


class CommonOperations(ServiceClient):
    """The operations of spec/operations/common.toml."""

    _status_operation = o.get_operation_status

    def get_operation_status(self, request_id: str) -> m.Operation:
        """Get the status of an asynchronous operation from the request id it returned.

        ``GET /{subscription_id}/operations/{request_id}`` (x-ms-version of the client's service)

        Args:
            request_id: The x-ms-request-id of the asynchronous call.

        Returns:
            Operation: Status of an asynchronous operation.
        """
        return self._call(o.get_operation_status, request_id)
