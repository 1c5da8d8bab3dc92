"""ServiceBusManagementService for asyncio: the awaitable twin of
generated.ServiceBusManagementService.

Generated from spec/ by codegen; do not edit. The methods live with their area:
generated/common/aio.py, generated/servicebus/aio.py.
"""

from __future__ import annotations

from ..common.aio import CommonOperations
from ..servicebus.aio import ServicebusOperations


class ServiceBusManagementService(CommonOperations, ServicebusOperations):
    """Client for the Service Bus part of Azure Service Management (classic): namespaces,
    regions, queues, topics, relays, notification hubs and their metrics.

    Authenticates with a management certificate (mutual TLS), like
    ServiceManagementService. One instance may be shared by many threads.

    Every operation is a coroutine, with the name, signature, models, errors and return
    value of the sync client's (`generated.ServiceBusManagementService`).  Use it as
    ``async with ServiceBusManagementService(subscription_id, cert_file) as client:``, or call
    ``await client.close()``; every constructor argument is described on
    `asm_sdk_runtime.aio.AsyncServiceClient`.  Default host: management.core.windows.net,
    x-ms-version 2012-03-01.
    """

    _default_host = 'management.core.windows.net'
    _x_ms_version = '2012-03-01'
