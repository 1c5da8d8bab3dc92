"""ServiceBusManagementService: one method per operation of the spec.

Generated from spec/ by codegen; do not edit. The methods live with their area:
generated/common/client.py, generated/servicebus/client.py.
"""

from __future__ import annotations

from .common.client import CommonOperations
from .servicebus.client import ServicebusOperations


class ServiceBusManagementService(CommonOperations, ServicebusOperations):
    """Client for the Service Bus part of Azure Service Management (classic): namespaces,
    regions, queues, topics, relays, notification hubs and their metrics.

    Authenticates with a management certificate (mutual TLS), like
    ServiceManagementService. One instance may be shared by many threads.

    Construct it as ``ServiceBusManagementService(subscription_id, cert_file)``, or with an Azure AD
    token credential as ``ServiceBusManagementService(subscription_id, credential=...)``; every
    constructor argument is described on `asm_sdk_runtime.client.ServiceClient`.  Default host:
    management.core.windows.net, x-ms-version 2012-03-01.
    """

    _default_host = 'management.core.windows.net'
    _x_ms_version = '2012-03-01'
