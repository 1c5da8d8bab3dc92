"""The async methods of spec/operations/scheduler.toml and spec/waiters/scheduler.toml, for
generated.aio.

Generated from spec/ by codegen; do not edit. SchedulerOperations is a part of the client
class SchedulerManagementService in generated.aio; client.py holds the sync twins of these
methods, rendered from the same template (codegen/templates/methods.j2).
"""

from __future__ import annotations

from typing import Any, Callable

from asm_sdk_runtime.aio import AsyncServiceClient
from asm_sdk_runtime.core import AsynchronousOperationResult

from .. import models as m
from . import operations as o


class SchedulerOperations(AsyncServiceClient):
    """The operations of spec/operations/scheduler.toml (awaitable)."""

    async def check_job_collection_name(
        self,
        cloud_service_id: str,
        job_collection_id: str,
    ) -> m.ResourceNameAvailabilityResponse:
        """Check whether a job collection name is still free in a cloud service.

        ``POST /{subscription_id}/cloudservices/{cloud_service_id}/resources/scheduler/jobCollections?op=checknameavailability`` (x-ms-version 2014-10-01)

        Args:
            cloud_service_id: Id (name) of the cloud service.
            job_collection_id: Job collection name to check.

        Returns:
            ResourceNameAvailabilityResponse: Whether a job collection name is
            still free.
        """
        return await self._call(o.check_job_collection_name, cloud_service_id, job_collection_id)

    async def create_cloud_service(
        self,
        cloud_service_id: str,
        label: str,
        description: str,
        geo_region: str,
    ) -> AsynchronousOperationResult:
        """Create a cloud service to hold job collections in one region.

        ``PUT /{subscription_id}/cloudservices/{cloud_service_id}`` (x-ms-version 2014-10-01, asynchronous)

        Args:
            cloud_service_id: Id (name) of the new cloud service.
            label: Display name (sent as plain text).
            description: Free-text description.
            geo_region: Region of the cloud service, such as 'West Europe'.

        Returns:
            AsynchronousOperationResult: the request id; pass it to
            wait_for_operation_status() to wait for completion.
        """
        return await self._call(
            o.create_cloud_service,
            cloud_service_id,
            label,
            description,
            geo_region,
        )

    async def create_job(
        self,
        cloud_service_id: str,
        job_collection_id: str,
        job_id: str,
        job: dict[str, Any],
    ) -> AsynchronousOperationResult:
        """Create (or replace) a job from its JSON definition: a dict with 'action',
        'recurrence', 'startTime', 'state', ... as the Scheduler REST API describes
        jobs. The service answers 201 with the job and an x-ms-request-id to wait
        on.

        ``PUT /{subscription_id}/cloudservices/{cloud_service_id}/resources/scheduler/~/jobCollections/{job_collection_id}/jobs/{job_id}?api-version=2014-04-01`` (x-ms-version 2014-10-01, asynchronous)

        Args:
            cloud_service_id: Id (name) of the cloud service.
            job_collection_id: Name of the job collection.
            job_id: Id of the job.
            job: The job definition, sent as JSON (keys in the dict's order).

        Returns:
            AsynchronousOperationResult: the request id; pass it to
            wait_for_operation_status() to wait for completion.
        """
        return await self._call(o.create_job, cloud_service_id, job_collection_id, job_id, job)

    async def create_job_collection(
        self,
        cloud_service_id: str,
        job_collection_id: str,
        plan: str = 'Standard',
    ) -> AsynchronousOperationResult:
        """Create a job collection in a cloud service.

        ``PUT /{subscription_id}/cloudservices/{cloud_service_id}/resources/scheduler/jobCollections/{job_collection_id}`` (x-ms-version 2014-10-01, asynchronous)

        Args:
            cloud_service_id: Id (name) of the cloud service.
            job_collection_id: Name of the new job collection.
            plan: Plan: 'Free', 'Standard' or 'Premium'.

        Returns:
            AsynchronousOperationResult: the request id; pass it to
            wait_for_operation_status() to wait for completion.
        """
        return await self._call(o.create_job_collection, cloud_service_id, job_collection_id, plan)

    async def delete_cloud_service(
        self,
        cloud_service_id: str,
    ) -> AsynchronousOperationResult:
        """Delete a cloud service and the job collections in it.

        ``DELETE /{subscription_id}/cloudservices/{cloud_service_id}`` (x-ms-version 2014-10-01, asynchronous)

        Args:
            cloud_service_id: Id (name) of the cloud service.

        Returns:
            AsynchronousOperationResult: the request id; pass it to
            wait_for_operation_status() to wait for completion.
        """
        return await self._call(o.delete_cloud_service, cloud_service_id)

    async def delete_job(
        self,
        cloud_service_id: str,
        job_collection_id: str,
        job_id: str,
    ) -> AsynchronousOperationResult:
        """Delete a job.

        ``DELETE /{subscription_id}/cloudservices/{cloud_service_id}/resources/scheduler/~/jobCollections/{job_collection_id}/jobs/{job_id}?api-version=2014-04-01`` (x-ms-version 2014-10-01, asynchronous)

        Args:
            cloud_service_id: Id (name) of the cloud service.
            job_collection_id: Name of the job collection.
            job_id: Id of the job.

        Returns:
            AsynchronousOperationResult: the request id; pass it to
            wait_for_operation_status() to wait for completion.
        """
        return await self._call(o.delete_job, cloud_service_id, job_collection_id, job_id)

    async def delete_job_collection(
        self,
        cloud_service_id: str,
        job_collection_id: str,
    ) -> AsynchronousOperationResult:
        """Delete a job collection and its jobs.

        ``DELETE /{subscription_id}/cloudservices/{cloud_service_id}/resources/scheduler/jobCollections/{job_collection_id}`` (x-ms-version 2014-10-01, asynchronous)

        Args:
            cloud_service_id: Id (name) of the cloud service.
            job_collection_id: Name of the job collection.

        Returns:
            AsynchronousOperationResult: the request id; pass it to
            wait_for_operation_status() to wait for completion.
        """
        return await self._call(o.delete_job_collection, cloud_service_id, job_collection_id)

    async def get_all_jobs(self, cloud_service_id: str, job_collection_id: str) -> Any:
        """Get all jobs of a job collection, as the parsed JSON list the service sends.

        ``GET /{subscription_id}/cloudservices/{cloud_service_id}/resources/scheduler/~/jobCollections/{job_collection_id}/jobs/?api-version=2014-04-01`` (x-ms-version 2014-10-01)

        Args:
            cloud_service_id: Id (name) of the cloud service.
            job_collection_id: Name of the job collection.

        Returns:
            The parsed JSON response, or None when the service sends no body.
        """
        return await self._call(o.get_all_jobs, cloud_service_id, job_collection_id)

    async def get_cloud_service(self, cloud_service_id: str) -> m.CloudService:
        """Get a cloud service with the job collections it holds.

        ``GET /{subscription_id}/cloudservices/{cloud_service_id}`` (x-ms-version 2014-10-01)

        Args:
            cloud_service_id: Id (name) of the cloud service.

        Returns:
            CloudService: A cloud service that groups scheduler job collections
            in one region.
        """
        return await self._call(o.get_cloud_service, cloud_service_id)

    async def get_job(
        self,
        cloud_service_id: str,
        job_collection_id: str,
        job_id: str,
    ) -> Any:
        """Get a job with its current status, as the parsed JSON dict the service
        sends.

        ``GET /{subscription_id}/cloudservices/{cloud_service_id}/resources/scheduler/~/jobCollections/{job_collection_id}/jobs/{job_id}?api-version=2014-04-01`` (x-ms-version 2014-10-01)

        Args:
            cloud_service_id: Id (name) of the cloud service.
            job_collection_id: Name of the job collection.
            job_id: Id of the job.

        Returns:
            The parsed JSON response, or None when the service sends no body.
        """
        return await self._call(o.get_job, cloud_service_id, job_collection_id, job_id)

    async def get_job_collection(
        self,
        cloud_service_id: str,
        job_collection_id: str,
    ) -> m.JobCollection:
        """Get a job collection: plan, state and the result of its last operation.

        ``GET /{subscription_id}/cloudservices/{cloud_service_id}/resources/scheduler/~/jobCollections/{job_collection_id}?api-version=2014-04-01`` (x-ms-version 2014-10-01)

        Args:
            cloud_service_id: Id (name) of the cloud service.
            job_collection_id: Name of the job collection.

        Returns:
            JobCollection: A scheduler job collection (the root element is
            Resource; its children come in alphabetical order).
        """
        return await self._call(o.get_job_collection, cloud_service_id, job_collection_id)

    async def list_cloud_services(self) -> list[m.CloudService]:
        """List the cloud services of the subscription that hold scheduler job
        collections.

        ``GET /{subscription_id}/cloudservices`` (x-ms-version 2014-10-01)

        Returns:
            list[CloudService]:
        """
        return await self._call(o.list_cloud_services)

    async def wait_until_job_collection_started(
        self,
        cloud_service_id: str,
        job_collection_id: str,
        *,
        timeout: float = 300,
        delay: float | None = None,
        progress_callback: Callable[[Any], None] | None = None,
    ) -> m.JobCollection:
        """Wait until a job collection's state is Started.

        Waiter ``job_collection_started``: calls `get_job_collection` until the
        first matching rule says success or failure (no match: call again):

        - success: ``state`` == 'Started'
        - failure: ``state`` == 'Disabled'
        - retry: HTTP status 404

        Args:
            cloud_service_id: Id (name) of the cloud service.
            job_collection_id: Name of the job collection.
            timeout: Seconds to wait before raising AzureWaiterTimeoutError.
            delay: Fixed seconds between calls; None polls soon at first and backs off to
                5 s between calls.
            progress_callback: Called with every result of `get_job_collection`.

        Returns:
            JobCollection: the result that matched success.

        Raises:
            AzureWaiterFailedError: a failure rule matched; `state` holds what was seen.
            AzureWaiterTimeoutError: `timeout` ran out; `result` is the last result and
                `state` what the first rule saw in it.
        """
        return await self._wait(
            o.wait_until_job_collection_started,
            (cloud_service_id, job_collection_id),
            dict(
                cloud_service_id=cloud_service_id,
                job_collection_id=job_collection_id,
            ),
            timeout,
            delay,
            progress_callback,
        )
