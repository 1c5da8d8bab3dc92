"""Replay of the real Scheduler recordings (test_legacy_mgmt_scheduler.*).

Each test repeats the calls of one recording in order, with the argument values the
recording shows: cloud services and job collections are XML and asynchronous (every
creation is waited for, polls included); jobs are JSON.
"""

from __future__ import annotations

import json

import pytest

from generated import AsynchronousOperationResult, SchedulerManagementService
from tests.replay import SUBSCRIPTION, replay

pytestmark = pytest.mark.usefixtures("no_sleep")

CASSETTE = "test_legacy_mgmt_scheduler.{}"

# The job each recording sends. Python 2 dict order decided the key order on the wire, and
# the request body must match byte for byte, so each test passes the order its recording
# shows (json.loads keeps it).
JOBS = {
    "test_create_job": '{"state": "enabled", "startTime": "2015-07-01T00:00:32.104381", '
    '"recurrence": {"frequency": "minute", "count": 10, "interval": 30}, "action": '
    '{"request": {"headers": {"Content-Type": "text/plain"}, "uri": "http://bing.com/", '
    '"method": "GET"}, "type": "http"}}',
    "test_delete_job": '{"startTime": "2015-07-01T00:02:10.501722", "action": {"type": '
    '"http", "request": {"method": "GET", "uri": "http://bing.com/", "headers": '
    '{"Content-Type": "text/plain"}}}, "state": "enabled", "recurrence": {"count": 10, '
    '"frequency": "minute", "interval": 30}}',
    "test_get_all_jobs": '{"action": {"request": {"uri": "http://bing.com/", "headers": '
    '{"Content-Type": "text/plain"}, "method": "GET"}, "type": "http"}, "recurrence": '
    '{"frequency": "minute", "count": 10, "interval": 30}, "startTime": '
    '"2015-07-01T00:01:54.344507", "state": "enabled"}',
    "test_get_job": '{"action": {"type": "http", "request": {"method": "GET", "headers": '
    '{"Content-Type": "text/plain"}, "uri": "http://bing.com/"}}, "recurrence": '
    '{"frequency": "minute", "interval": 30, "count": 10}, "startTime": '
    '"2015-07-01T00:01:01.450666", "state": "enabled"}',
}

@pytest.fixture
def scheduler(cert_file):
    client = SchedulerManagementService(SUBSCRIPTION, cert_file)
    yield client
    client.close()


def wait(client, result, request_id: str | None = None, status_code: int = 202) -> None:
    assert isinstance(result, AsynchronousOperationResult)
    if request_id is not None:
        assert result.request_id == request_id
    assert result.status_code == status_code
    operation = client.wait_for_operation_status(result.request_id)
    assert operation.status == "Succeeded"
    assert operation.http_status_code == 200


def create_cloud_service(client, suffix: str, request_id: str | None = None) -> str:
    name = f"cloud_service_{suffix}"
    wait(client, client.create_cloud_service(name, "label", "description", "West Europe"),
         request_id)
    return name


def create_job_collection(client, cloud_service: str, suffix: str,
                          request_id: str | None = None) -> str:
    name = f"job_collection_{suffix}"
    wait(client, client.create_job_collection(cloud_service, name), request_id)
    return name


def create_job(client, cloud_service: str, job_collection: str, test: str,
               request_id: str | None = None) -> None:
    job = json.loads(JOBS[test])
    result = client.create_job(cloud_service, job_collection, "job_id", job)
    wait(client, result, request_id, status_code=201)


def assert_job(job: dict, start: str, next_run: str) -> None:
    assert job == {
        "id": "job_id",
        "startTime": start,
        "action": {"request": {"uri": "http://bing.com/", "method": "GET",
                               "headers": {"content-Type": "text/plain"}},
                   "type": "http"},
        "recurrence": {"frequency": "minute", "count": 10, "interval": 30},
        "state": "enabled",
        "status": {"nextExecutionTime": next_run, "executionCount": 0, "failureCount": 0,
                   "faultedCount": 0},
    }


# ---------------------------------------------------------------- cloud services

def test_create_cloud_service(scheduler, no_sleep):
    with replay(CASSETTE.format("test_create_cloud_service")):
        create_cloud_service(scheduler, "358b154e", "67e081d92791b59496907c8c88501b34")
    assert len(no_sleep) == 1  # one InProgress poll, then Succeeded


def test_get_cloud_service(scheduler):
    with replay(CASSETTE.format("test_get_cloud_service")):
        name = create_cloud_service(scheduler, "f74b141a")
        service = scheduler.get_cloud_service(name)

    assert service.name == "cloud_service_f74b141a"
    assert service.label == "label"  # plain text here, not base64
    assert service.description == "description"
    assert service.geo_region == "West Europe"
    assert service.resources == []


def test_list_cloud_services(scheduler):
    with replay(CASSETTE.format("test_list_cloud_services")):
        create_cloud_service(scheduler, "22111509")
        services = scheduler.list_cloud_services()

    names = [s.name for s in services]
    assert "cloud_service_22111509" in names
    assert names == sorted(names)
    ours = services[names.index("cloud_service_22111509")]
    assert (ours.label, ours.description, ours.geo_region, ours.resources) == (
        "label", "description", "West Europe", [])
    other = services[names.index("cloud_service_13143466204879")]
    assert other.description == "Resource group based cloud service."
    [resource] = other.resources
    assert resource.resource_provider_namespace == "Scheduler"
    assert resource.type == "jobcollections"
    assert resource.name == "job_collection_73143466204879"
    assert resource.schema_version == "1.1"
    assert resource.e_tag == "edffcd96-929b-4fec-a7b6-9880da3b5029"
    assert resource.state == "Started"
    assert resource.intrinsic_settings.plan == "Standard"
    assert not resource.intrinsic_settings.quota  # absent: an empty quota, false
    assert resource.operation_status.type == "Create"
    assert resource.operation_status.result == "Succeeded"
    assert resource.label == "job_collection_73143466204879"


# ---------------------------------------------------------------- job collections

def test_create_job_collection(scheduler, no_sleep):
    with replay(CASSETTE.format("test_create_job_collection")):
        service = create_cloud_service(scheduler, "4a6615ad", "2c8708d98cd8b36b802c1a14d9129e09")
        create_job_collection(scheduler, service, "4a6615ad", "c0ddf9228e5bb0cda3ec9598396a73ed")
    assert len(no_sleep) == 1


def test_get_job_collection(scheduler):
    with replay(CASSETTE.format("test_get_job_collection")):
        service = create_cloud_service(scheduler, "b011479")
        name = create_job_collection(scheduler, service, "b011479")
        collection = scheduler.get_job_collection(service, name)

    assert collection.name == "job_collection_b011479"
    assert collection.cloud_service_settings.geo_region == "West Europe"
    assert collection.e_tag == "fa6e2047-2f59-4c7c-a30c-ca3197f34a9f"
    assert collection.intrinsic_settings.plan == "Standard"
    assert collection.operation_status.error.http_code == 200
    assert collection.operation_status.error.message == "OK"
    assert collection.operation_status.result == "Succeeded"
    assert collection.promotion_code == ""
    assert collection.schema_version == "1.1"
    assert collection.state == "Started"
    assert collection.sub_state == ""  # <SubState i:nil="true"/>
    assert collection.type == "jobcollections"


def test_delete_job_collection(scheduler):
    with replay(CASSETTE.format("test_delete_job_collection")):
        service = create_cloud_service(scheduler, "4a4415ac")
        name = create_job_collection(scheduler, service, "4a4415ac")
        wait(scheduler, scheduler.delete_job_collection(service, name),
             "60f3a63134e3b6e09e4681f0cd912f79")


# ---------------------------------------------------------------- jobs

def test_create_job(scheduler):
    with replay(CASSETTE.format("test_create_job")):
        service = create_cloud_service(scheduler, "730f1122")
        collection = create_job_collection(scheduler, service, "730f1122")
        create_job(scheduler, service, collection, "test_create_job",
                   "bc99b612149cbd0083ddf50a9012b2bc")


def test_get_job(scheduler):
    with replay(CASSETTE.format("test_get_job")):
        service = create_cloud_service(scheduler, "40e60fee")
        collection = create_job_collection(scheduler, service, "40e60fee")
        create_job(scheduler, service, collection, "test_get_job")
        job = scheduler.get_job(service, collection, "job_id")

    assert_job(job, "2015-07-01T00:01:01.450666Z", "2015-07-01T00:31:01.450666Z")


def test_get_all_jobs(scheduler):
    with replay(CASSETTE.format("test_get_all_jobs")):
        service = create_cloud_service(scheduler, "967211f9")
        collection = create_job_collection(scheduler, service, "967211f9")
        create_job(scheduler, service, collection, "test_get_all_jobs")
        jobs = scheduler.get_all_jobs(service, collection)

    assert isinstance(jobs, list) and len(jobs) == 1
    assert_job(jobs[0], "2015-07-01T00:01:54.344507Z", "2015-07-01T00:31:54.344507Z")


def test_delete_job(scheduler):
    with replay(CASSETTE.format("test_delete_job")):
        service = create_cloud_service(scheduler, "72f81121")
        collection = create_job_collection(scheduler, service, "72f81121")
        create_job(scheduler, service, collection, "test_delete_job")
        wait(scheduler, scheduler.delete_job(service, collection, "job_id"),
             "dcd8dfdae5f5b8dba63046921ffedb4b", status_code=200)
