"""The operations of spec/operations/scheduler.toml as data, and its waiters
(spec/waiters/scheduler.toml): one record per operation, shared by the sync methods
(client.py) and the async ones (aio.py).

Generated from spec/ by codegen; do not edit.  asm_sdk_runtime.core builds each request
from a record and the method's arguments and reads the answer with it; `body_<operation>`
writes a request body from the arguments.
"""

from __future__ import annotations

from typing import Any

from asm_sdk_runtime.core import AsynchronousOperationResult, Operation, any_given
from asm_sdk_runtime.polling import Waiter

from .. import models as m
from .._xml import to_xml
from . import xml as x


check_job_collection_name: Operation[m.ResourceNameAvailabilityResponse] = Operation(
    'check_job_collection_name', 'POST', '/{subscription_id}/cloudservices/{cloud_service_id}/resources/scheduler/jobCollections?op=checknameavailability',
    ('cloud_service_id', 'job_collection_id'),
    '2014-10-01',
    required=2,
    query=(('resourceName', 'job_collection_id', None),),
    reader=x.read_ResourceNameAvailabilityResponse,
    root='{http://schemas.microsoft.com/windowsazure}ResourceNameAvailabilityResponse',
)


def body_create_cloud_service(
    cloud_service_id: str,
    label: str,
    description: str,
    geo_region: str,
) -> str:
    """The request body of `create_cloud_service`: <CloudService>."""
    return to_xml(x.write_CreateCloudService, m.CreateCloudService(
        label=label,
        description=description,
        geo_region=geo_region,
    ), 'CloudService')


create_cloud_service: Operation[AsynchronousOperationResult] = Operation(
    'create_cloud_service', 'PUT', '/{subscription_id}/cloudservices/{cloud_service_id}',
    ('cloud_service_id', 'label', 'description', 'geo_region'),
    '2014-10-01',
    required=4,
    body=body_create_cloud_service,
    returns_request_id=True,
)


def body_create_job(
    cloud_service_id: str,
    job_collection_id: str,
    job_id: str,
    job: dict[str, Any],
) -> Any:
    """The request body of `create_job`."""
    return job


create_job: Operation[AsynchronousOperationResult] = Operation(
    'create_job', 'PUT', '/{subscription_id}/cloudservices/{cloud_service_id}/resources/scheduler/~/jobCollections/{job_collection_id}/jobs/{job_id}?api-version=2014-04-01',
    ('cloud_service_id', 'job_collection_id', 'job_id', 'job'),
    '2014-10-01',
    required=4,
    idempotent=True,
    body=body_create_job,
    format='json',
    returns_request_id=True,
)


def body_create_job_collection(cloud_service_id: str, job_collection_id: str, plan: str) -> str:
    """The request body of `create_job_collection`: <Resource>."""
    return to_xml(x.write_CreateJobCollection, m.CreateJobCollection(
        intrinsic_settings=m.CreateJobCollectionSettings(
            plan=plan,
        ) if any_given(plan)
        else None,
    ), 'Resource')


create_job_collection: Operation[AsynchronousOperationResult] = Operation(
    'create_job_collection', 'PUT', '/{subscription_id}/cloudservices/{cloud_service_id}/resources/scheduler/jobCollections/{job_collection_id}',
    ('cloud_service_id', 'job_collection_id', 'plan'),
    '2014-10-01',
    required=2,
    body=body_create_job_collection,
    returns_request_id=True,
)


delete_cloud_service: Operation[AsynchronousOperationResult] = Operation(
    'delete_cloud_service', 'DELETE', '/{subscription_id}/cloudservices/{cloud_service_id}',
    ('cloud_service_id',),
    '2014-10-01',
    required=1,
    idempotent=True,
    returns_request_id=True,
)


delete_job: Operation[AsynchronousOperationResult] = Operation(
    'delete_job', 'DELETE', '/{subscription_id}/cloudservices/{cloud_service_id}/resources/scheduler/~/jobCollections/{job_collection_id}/jobs/{job_id}?api-version=2014-04-01',
    ('cloud_service_id', 'job_collection_id', 'job_id'),
    '2014-10-01',
    required=3,
    idempotent=True,
    returns_request_id=True,
)


delete_job_collection: Operation[AsynchronousOperationResult] = Operation(
    'delete_job_collection', 'DELETE', '/{subscription_id}/cloudservices/{cloud_service_id}/resources/scheduler/jobCollections/{job_collection_id}',
    ('cloud_service_id', 'job_collection_id'),
    '2014-10-01',
    required=2,
    idempotent=True,
    returns_request_id=True,
)


get_all_jobs: Operation[Any] = Operation(
    'get_all_jobs', 'GET', '/{subscription_id}/cloudservices/{cloud_service_id}/resources/scheduler/~/jobCollections/{job_collection_id}/jobs/?api-version=2014-04-01',
    ('cloud_service_id', 'job_collection_id'),
    '2014-10-01',
    required=2,
    idempotent=True,
    format='json',
)


get_cloud_service: Operation[m.CloudService] = Operation(
    'get_cloud_service', 'GET', '/{subscription_id}/cloudservices/{cloud_service_id}',
    ('cloud_service_id',),
    '2014-10-01',
    required=1,
    idempotent=True,
    reader=x.read_CloudService,
    root='{http://schemas.microsoft.com/windowsazure}CloudService',
)


get_job: Operation[Any] = Operation(
    'get_job', 'GET', '/{subscription_id}/cloudservices/{cloud_service_id}/resources/scheduler/~/jobCollections/{job_collection_id}/jobs/{job_id}?api-version=2014-04-01',
    ('cloud_service_id', 'job_collection_id', 'job_id'),
    '2014-10-01',
    required=3,
    idempotent=True,
    format='json',
)


get_job_collection: Operation[m.JobCollection] = Operation(
    'get_job_collection', 'GET', '/{subscription_id}/cloudservices/{cloud_service_id}/resources/scheduler/~/jobCollections/{job_collection_id}?api-version=2014-04-01',
    ('cloud_service_id', 'job_collection_id'),
    '2014-10-01',
    required=2,
    idempotent=True,
    reader=x.read_JobCollection,
    root='{http://schemas.microsoft.com/windowsazure}Resource',
)


list_cloud_services: Operation[list[m.CloudService]] = Operation(
    'list_cloud_services', 'GET', '/{subscription_id}/cloudservices',
    (),
    '2014-10-01',
    idempotent=True,
    reader=x.read_CloudServices,
    root='{http://schemas.microsoft.com/windowsazure}CloudServices',
)


# Waiter job_collection_started: acceptors (state, matcher, expected, path) and the operation polled.
wait_until_job_collection_started: Waiter[m.JobCollection] = Waiter('job_collection_started', 5.0, (
    ('success', 'path', 'Started', 'state'),
    ('failure', 'path', 'Disabled', 'state'),
    ('retry', 'status', 404, None),
), get_job_collection)
