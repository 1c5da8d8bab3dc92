"""Scenario: Scheduler cloud services, job collections and jobs (SchedulerManagementService).
One cassette: cassettes/scheduler.yaml."""

from __future__ import annotations

import pytest

from generated import AzureHttpError, AzureMissingResourceHttpError, SchedulerManagementService
from tests.scenarios.data import PREFIX

JOB = {                     # a fixed start: no time of the test machine in a request
    "startTime": "2030-01-01T00:00:00Z",
    "action": {"type": "http", "request": {"method": "GET", "uri": "http://example.com/ping"}},
    "recurrence": {"frequency": "minute", "interval": 30, "count": 10},
    "state": "enabled",
}


def test_scheduler(scenario):
    scheduler = scenario.make(SchedulerManagementService)
    cs, jc = f"{PREFIX}-scheduler", f"{PREFIX}-jobs"

    scenario.wait(scheduler.create_cloud_service(cs, "scheduler label", "scheduler jobs",
                                                 "West Europe"))
    service = scheduler.get_cloud_service(cs)
    assert (service.name, service.label, service.geo_region, service.resources) == \
        (cs, "scheduler label", "West Europe", [])
    assert cs in [s.name for s in scheduler.list_cloud_services()]

    assert scheduler.check_job_collection_name(cs, jc).is_available is True
    scenario.wait(scheduler.create_job_collection(cs, jc, "Standard"))
    assert scheduler.check_job_collection_name(cs, jc).is_available is False
    collection = scheduler.get_job_collection(cs, jc)
    assert (collection.name, collection.state, collection.intrinsic_settings.plan) == \
        (jc, "Started", "Standard")
    assert collection.cloud_service_settings.geo_region == "West Europe"
    [resource] = scheduler.get_cloud_service(cs).resources
    assert (resource.name, resource.type, resource.resource_provider_namespace) == \
        (jc, "jobcollections", "Scheduler")

    result = scheduler.create_job(cs, jc, "ping", JOB)
    assert result.request_id
    job = scheduler.get_job(cs, jc, "ping")
    assert job["id"] == "ping" and job["action"]["request"]["uri"] == "http://example.com/ping"
    assert job["status"]["nextExecutionTime"].startswith("2030-01-01T00:30:00")
    assert [j["id"] for j in scheduler.get_all_jobs(cs, jc)] == ["ping"]
    scheduler.delete_job(cs, jc, "ping")
    assert scheduler.get_all_jobs(cs, jc) == []
    with pytest.raises(AzureHttpError) as info:
        scheduler.get_job(cs, jc, "ping")
    assert info.value.status == 404

    scenario.wait(scheduler.delete_job_collection(cs, jc))
    scenario.wait(scheduler.delete_cloud_service(cs))
    with pytest.raises(AzureMissingResourceHttpError):
        scheduler.get_cloud_service(cs)
