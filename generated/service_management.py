"""ServiceManagementService: one method per operation of the spec.

Generated from spec/ by codegen; do not edit. The methods live with their area:
generated/affinity_groups/client.py, generated/common/client.py,
generated/hosted_services/client.py, generated/networking/client.py,
generated/storage/client.py, generated/virtual_machines/client.py.
"""

from __future__ import annotations

from .affinity_groups.client import AffinityGroupsOperations
from .common.client import CommonOperations
from .hosted_services.client import HostedServicesOperations
from .networking.client import NetworkingOperations
from .storage.client import StorageOperations
from .virtual_machines.client import VirtualMachinesOperations


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

    Construct it as ``ServiceManagementService(subscription_id, cert_file)``, or with an Azure AD
    token credential as ``ServiceManagementService(subscription_id, credential=...)``; every
    constructor argument is described on `asm_sdk_runtime.client.ServiceClient`.  Default host:
    management.core.windows.net, x-ms-version 2014-10-01.
    """

    _default_host = 'management.core.windows.net'
    _x_ms_version = '2014-10-01'
