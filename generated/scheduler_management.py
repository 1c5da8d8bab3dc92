"""SchedulerManagementService: one method per operation of the spec.

Generated from spec/ by codegen; do not edit.
"""

from __future__ import annotations

from typing import Any, Callable

from asm_sdk_runtime.client import (
    AsynchronousOperationResult,
    ServiceClient,
    any_given,
    path_value,
    required,
)
from asm_sdk_runtime.polling import Waiter, wait_until

from . import _xml as x
from . import models as m

# Waiters: acceptors (state, matcher, expected, path) from spec/waiters/, compiled once.
_WAIT_JOB_COLLECTION_STARTED = Waiter('job_collection_started', 5.0, (
    ('success', 'path', 'Started', 'state'),
    ('failure', 'path', 'Disabled', 'state'),
    ('retry', 'status', 404, None),
))


class SchedulerManagementService(ServiceClient):
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

    def check_job_collection_name(
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
        required(cloud_service_id=cloud_service_id, job_collection_id=job_collection_id)
        return self._perform(
            'POST',
            '/' + self._sub + '/cloudservices/' + path_value(cloud_service_id, 'cloud_service_id') + '/resources/scheduler/jobCollections?op=checknameavailability',
            [('resourceName', job_collection_id)],
            '2014-10-01',
            None,
            x.read_ResourceNameAvailabilityResponse,
            '{http://schemas.microsoft.com/windowsazure}ResourceNameAvailabilityResponse',
        )

    def create_cloud_service(
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
        required(
            cloud_service_id=cloud_service_id,
            label=label,
            description=description,
            geo_region=geo_region,
        )
        body = x.to_xml(x.write_CreateCloudService, m.CreateCloudService(
            label=label,
            description=description,
            geo_region=geo_region,
        ), 'CloudService')
        return self._perform(
            'PUT',
            '/' + self._sub + '/cloudservices/' + path_value(cloud_service_id, 'cloud_service_id'),
            [],
            '2014-10-01',
            body,
            None,
            None,
            returns_request_id=True,
        )

    def create_job(
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
        required(
            cloud_service_id=cloud_service_id,
            job_collection_id=job_collection_id,
            job_id=job_id,
            job=job,
        )
        body = job
        return self._perform(
            'PUT',
            '/' + self._sub + '/cloudservices/' + path_value(cloud_service_id, 'cloud_service_id') + '/resources/scheduler/~/jobCollections/' + path_value(job_collection_id, 'job_collection_id') + '/jobs/' + path_value(job_id, 'job_id') + '?api-version=2014-04-01',
            [],
            '2014-10-01',
            body,
            None,
            None,
            idempotent=True,
            fmt='json',
            returns_request_id=True,
        )

    def create_job_collection(
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
        required(cloud_service_id=cloud_service_id, job_collection_id=job_collection_id)
        body = x.to_xml(x.write_CreateJobCollection, m.CreateJobCollection(
            intrinsic_settings=m.CreateJobCollectionSettings(
                plan=plan,
            ) if any_given(plan)
            else None,
        ), 'Resource')
        return self._perform(
            'PUT',
            '/' + self._sub + '/cloudservices/' + path_value(cloud_service_id, 'cloud_service_id') + '/resources/scheduler/jobCollections/' + path_value(job_collection_id, 'job_collection_id'),
            [],
            '2014-10-01',
            body,
            None,
            None,
            returns_request_id=True,
        )

    def delete_cloud_service(self, cloud_service_id: str) -> AsynchronousOperationResult:
        """Delete a cloud service and the job collections in it.

        ``DELETE /{subscription_id}/cloudservices/{cloud_service_id}`` (x-ms-version 2014-10-01, asynchronous)

        Args:
            cloud_service_id: Id (name) of the cloud service.

        Returns:
            AsynchronousOperationResult: the request id; pass it to
            wait_for_operation_status() to wait for completion.
        """
        required(cloud_service_id=cloud_service_id)
        return self._perform(
            'DELETE',
            '/' + self._sub + '/cloudservices/' + path_value(cloud_service_id, 'cloud_service_id'),
            [],
            '2014-10-01',
            None,
            None,
            None,
            idempotent=True,
            returns_request_id=True,
        )

    def delete_job(
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
        required(
            cloud_service_id=cloud_service_id,
            job_collection_id=job_collection_id,
            job_id=job_id,
        )
        return self._perform(
            'DELETE',
            '/' + self._sub + '/cloudservices/' + path_value(cloud_service_id, 'cloud_service_id') + '/resources/scheduler/~/jobCollections/' + path_value(job_collection_id, 'job_collection_id') + '/jobs/' + path_value(job_id, 'job_id') + '?api-version=2014-04-01',
            [],
            '2014-10-01',
            None,
            None,
            None,
            idempotent=True,
            returns_request_id=True,
        )

    def delete_job_collection(
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
        required(cloud_service_id=cloud_service_id, job_collection_id=job_collection_id)
        return self._perform(
            'DELETE',
            '/' + self._sub + '/cloudservices/' + path_value(cloud_service_id, 'cloud_service_id') + '/resources/scheduler/jobCollections/' + path_value(job_collection_id, 'job_collection_id'),
            [],
            '2014-10-01',
            None,
            None,
            None,
            idempotent=True,
            returns_request_id=True,
        )

    def get_all_jobs(self, cloud_service_id: str, job_collection_id: str) -> Any:
        """Get all jobs of a job collection, as the parsed JSON list the service sends.

        ``GET /{subscription_id}/cloudservices/{cloud_service_id}/resources/scheduler/~/jobCollections/{job_collection_id}/jobs/?api-version=2014-04-01`` (x-ms-version 2014-10-01)

        Args:
            cloud_service_id: Id (name) of the cloud service.
            job_collection_id: Name of the job collection.

        Returns:
            The parsed JSON response, or None when the service sends no body.
        """
        required(cloud_service_id=cloud_service_id, job_collection_id=job_collection_id)
        body = None
        return self._perform(
            'GET',
            '/' + self._sub + '/cloudservices/' + path_value(cloud_service_id, 'cloud_service_id') + '/resources/scheduler/~/jobCollections/' + path_value(job_collection_id, 'job_collection_id') + '/jobs/?api-version=2014-04-01',
            [],
            '2014-10-01',
            body,
            None,
            None,
            idempotent=True,
            fmt='json',
        )

    def get_cloud_service(self, cloud_service_id: str) -> m.CloudService:
        """Get a cloud service with the job collections it holds.

        ``GET /{subscription_id}/cloudservices/{cloud_service_id}`` (x-ms-version 2014-10-01)

        Args:
            cloud_service_id: Id (name) of the cloud service.

        Returns:
            CloudService: A cloud service that groups scheduler job collections
            in one region.
        """
        required(cloud_service_id=cloud_service_id)
        return self._perform(
            'GET',
            '/' + self._sub + '/cloudservices/' + path_value(cloud_service_id, 'cloud_service_id'),
            [],
            '2014-10-01',
            None,
            x.read_CloudService,
            '{http://schemas.microsoft.com/windowsazure}CloudService',
            idempotent=True,
        )

    def get_job(self, cloud_service_id: str, job_collection_id: str, job_id: str) -> Any:
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
        required(
            cloud_service_id=cloud_service_id,
            job_collection_id=job_collection_id,
            job_id=job_id,
        )
        body = None
        return self._perform(
            'GET',
            '/' + self._sub + '/cloudservices/' + path_value(cloud_service_id, 'cloud_service_id') + '/resources/scheduler/~/jobCollections/' + path_value(job_collection_id, 'job_collection_id') + '/jobs/' + path_value(job_id, 'job_id') + '?api-version=2014-04-01',
            [],
            '2014-10-01',
            body,
            None,
            None,
            idempotent=True,
            fmt='json',
        )

    def get_job_collection(
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
        required(cloud_service_id=cloud_service_id, job_collection_id=job_collection_id)
        return self._perform(
            'GET',
            '/' + self._sub + '/cloudservices/' + path_value(cloud_service_id, 'cloud_service_id') + '/resources/scheduler/~/jobCollections/' + path_value(job_collection_id, 'job_collection_id') + '?api-version=2014-04-01',
            [],
            '2014-10-01',
            None,
            x.read_JobCollection,
            '{http://schemas.microsoft.com/windowsazure}Resource',
            idempotent=True,
        )

    def get_operation_status(self, request_id: str) -> m.Operation:
        """Get the status of an asynchronous operation from the request id it returned.

        ``GET /{subscription_id}/operations/{request_id}`` (x-ms-version 2014-10-01)

        Args:
            request_id: The x-ms-request-id of the asynchronous call.

        Returns:
            Operation: Status of an asynchronous operation.
        """
        required(request_id=request_id)
        return self._perform(
            'GET',
            '/' + self._sub + '/operations/' + path_value(request_id, 'request_id'),
            [],
            '2014-10-01',
            None,
            x.read_Operation,
            '{http://schemas.microsoft.com/windowsazure}Operation',
            idempotent=True,
        )

    def list_cloud_services(self) -> list[m.CloudService]:
        """List the cloud services of the subscription that hold scheduler job
        collections.

        ``GET /{subscription_id}/cloudservices`` (x-ms-version 2014-10-01)

        Returns:
            list[CloudService]:
        """
        return self._perform(
            'GET',
            '/' + self._sub + '/cloudservices',
            [],
            '2014-10-01',
            None,
            x.read_CloudServices,
            '{http://schemas.microsoft.com/windowsazure}CloudServices',
            idempotent=True,
        )

    def wait_until_job_collection_started(
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
        def call() -> m.JobCollection:
            return self.get_job_collection(
                cloud_service_id=cloud_service_id,
                job_collection_id=job_collection_id,
            )

        args = dict(cloud_service_id=cloud_service_id, job_collection_id=job_collection_id)
        return wait_until(
            _WAIT_JOB_COLLECTION_STARTED,
            call,
            args,
            timeout,
            delay,
            progress_callback,
        )
