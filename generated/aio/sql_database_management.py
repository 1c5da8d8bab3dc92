"""SqlDatabaseManagementService for asyncio: the awaitable twin of
generated.SqlDatabaseManagementService.

Generated from spec/ by codegen; do not edit. The methods live with their area:
generated/common/aio.py, generated/sqldatabase/aio.py.
"""

from __future__ import annotations

from ..common.aio import CommonOperations
from ..sqldatabase.aio import SqldatabaseOperations


class SqlDatabaseManagementService(CommonOperations, SqldatabaseOperations):
    """Client for the classic Azure SQL Database management API: servers, databases,
    firewall rules, quotas, service objectives and event logs.

    Authenticates with a management certificate (mutual TLS), like
    ServiceManagementService. One instance may be shared by many threads.

    Every operation is a coroutine, with the name, signature, models, errors and return
    value of the sync client's (`generated.SqlDatabaseManagementService`).  Use it as
    ``async with SqlDatabaseManagementService(subscription_id, cert_file) as client:``, or call
    ``await client.close()``; every constructor argument is described on
    `asm_sdk_runtime.aio.AsyncServiceClient`.  Default host: management.core.windows.net,
    x-ms-version 2014-10-01.
    """

    _default_host = 'management.core.windows.net'
    _x_ms_version = '2014-10-01'
