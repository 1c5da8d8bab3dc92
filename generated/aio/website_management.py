"""WebsiteManagementService for asyncio: the awaitable twin of
generated.WebsiteManagementService.

Generated from spec/ by codegen; do not edit. The methods live with their area:
generated/common/aio.py, generated/website/aio.py.
"""

from __future__ import annotations

from ..common.aio import CommonOperations
from ..website.aio import WebsiteOperations


class WebsiteManagementService(CommonOperations, WebsiteOperations):
    """Client for the classic Azure Web Sites management API: web spaces, sites, their
    metrics and publish profiles.

    Authenticates with a management certificate (mutual TLS), like
    ServiceManagementService. One instance may be shared by many threads.

    Every operation is a coroutine, with the name, signature, models, errors and return
    value of the sync client's (`generated.WebsiteManagementService`).  Use it as
    ``async with WebsiteManagementService(subscription_id, cert_file) as client:``, or call
    ``await client.close()``; every constructor argument is described on
    `asm_sdk_runtime.aio.AsyncServiceClient`.  Default host: management.core.windows.net,
    x-ms-version 2014-10-01.
    """

    _default_host = 'management.core.windows.net'
    _x_ms_version = '2014-10-01'
