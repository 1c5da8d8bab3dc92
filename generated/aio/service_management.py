"""ServiceManagementService for asyncio: the awaitable twin of
generated.ServiceManagementService.

Generated from spec/ by codegen; do not edit. The methods live with their area:
generated/affinity_groups/aio.py, generated/common/aio.py, generated/hosted_services/aio.py,
generated/networking/aio.py, generated/storage/aio.py, generated/virtual_machines/aio.py.
"""

from __future__ import annotations

from ..affinity_groups.aio import AffinityGroupsOperations
from ..common.aio import CommonOperations
from ..hosted_services.aio import HostedServicesOperations
from ..networking.aio import NetworkingOperations
from ..storage.aio import StorageOperations
from ..virtual_machines.aio import VirtualMachinesOperations


class ServiceManagementService(
    AffinityGroupsOperations,
    CommonOperations,
    HostedServicesOperations,
    NetworkingOperations,
    StorageOperations,
    VirtualMachinesOperations,
):
    """Client for the Azure Service Management (classic) REST API.

    Authenticates with a management certificate (mutual TLS). One instance may be shared
    by many threads: it holds a pool of reused HTTPS connections and no per-request
    state.

    Every operation is a coroutine, with the name, signature, models, errors and return
    value of the sync client's (`generated.ServiceManagementService`).  Use it as
    ``async with ServiceManagementService(subscription_id, cert_file) as client:``, or call
    ``await client.close()``; every constructor argument is described on
    `asm_sdk_runtime.aio.AsyncServiceClient`.  Default host: management.core.windows.net,
    x-ms-version 2014-10-01.
    """

    _default_host = 'management.core.windows.net'
    _x_ms_version = '2014-10-01'
