"""SchedulerManagementService: one method per operation of the spec.

Generated from spec/ by codegen; do not edit. The methods live with their area:
generated/common/client.py, generated/scheduler/client.py.
"""

from __future__ import annotations

from .common.client import CommonOperations
from .scheduler.client import SchedulerOperations


class SchedulerManagementService(CommonOperations, SchedulerOperations):
    """Client for the Scheduler part of Azure Service Management (classic): cloud services,
    job collections and jobs.

    Authenticates with a management certificate (mutual TLS), like
    ServiceManagementService. One instance may be shared by many threads.

    Construct it as ``SchedulerManagementService(subscription_id, cert_file)``, or with an Azure AD
    token credential as ``SchedulerManagementService(subscription_id, credential=...)``; every
    constructor argument is described on `asm_sdk_runtime.client.ServiceClient`.  Default host:
    management.core.windows.net, x-ms-version 2014-10-01.
    """

    _default_host = 'management.core.windows.net'
    _x_ms_version = '2014-10-01'
