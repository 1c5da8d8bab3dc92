"""The local endpoint's Scheduler (SchedulerManagementService) operations.

Cloud services hold job collections (XML, windowsazure namespace); a collection holds jobs
(JSON, api-version 2014-04-01). Jobs are stored as sent, completed with the fields the
service adds (`id`, a UTC `startTime`, `status`); nothing is ever executed. Answers follow
the recordings (docs/research/scheduler.md): cloud service and job collection creates and
deletes 202, job create 201 with the job, job delete 200.
"""

from __future__ import annotations

import datetime
import json
import re
import uuid
from typing import Any

from . import data
from .base import ApiError, Call, Reply, bad_request, conflict, handles, not_found

NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9_-]{0,99}")
PLANS = {"Free": (5, "Hour", 1), "Standard": (50, "Minute", 1), "Premium": (1000, "Minute", 1)}
FREQUENCY_MINUTES = {"minute": 1, "hour": 60, "day": 1440, "week": 10080, "month": 43200}
_JSON = "application/json; charset=utf-8"


def _cloud_service(call: Call):
    name = call.arg("cloud_service_id")
    key, cs = call.store.find("scheduler_cs", name)
    if cs is None:
        raise not_found(f"The cloud service {name} does not exist.")
    return key, cs


def _collection(call: Call):
    cs_key, _ = _cloud_service(call)
    name = call.arg("job_collection_id")
    key, coll = call.store.find("scheduler_jc", f"{cs_key}/{name}")
    if coll is None:
        raise not_found(f"The job collection {name} does not exist.")
    return key, coll


def _resource(call: Call, coll: dict) -> Any:
    m = call.m
    return m.CloudServiceResource(
        resource_provider_namespace="Scheduler", type="jobcollections", name=coll["name"],
        schema_version="1.1", e_tag=coll["etag"], state="Started",
        intrinsic_settings=m.JobCollectionIntrinsicSettings(plan=coll["plan"]),
        operation_status=m.ResourceOperationStatus(type="Create", result="Succeeded"),
        label=coll["name"])


# --- cloud services --------------------------------------------------------------------

@handles("create_cloud_service")
def create_cloud_service(call: Call):
    name = call.arg("cloud_service_id")
    b = call.body
    if not NAME.fullmatch(name or ""):
        raise bad_request(f"The cloud service name '{name}' is not valid.")
    if b.geo_region not in data.LOCATIONS:
        raise bad_request(f"The region '{b.geo_region}' is not valid.")
    if call.store.find("scheduler_cs", name)[1] is not None:
        raise conflict(f"The cloud service {name} already exists.")
    call.store.put("scheduler_cs", name, {"name": name, "label": b.label or name,
                                          "description": b.description or "",
                                          "geo_region": b.geo_region})


def _cloud_service_view(call: Call, key: str, cs: dict) -> Any:
    resources = [_resource(call, c) for _, c in call.store.children("scheduler_jc", key)]
    return call.m.CloudService(name=cs["name"], label=cs["label"], description=cs["description"],
                               geo_region=cs["geo_region"], resources=resources)


@handles("get_cloud_service")
def get_cloud_service(call: Call):
    return _cloud_service_view(call, *_cloud_service(call))


@handles("list_cloud_services")
def list_cloud_services(call: Call):
    return [_cloud_service_view(call, k, cs) for k, cs in call.store.items("scheduler_cs")]


@handles("delete_cloud_service")
def delete_cloud_service(call: Call):
    key, _ = _cloud_service(call)
    for kind in ("scheduler_jc", "scheduler_job"):
        for k, _ in call.store.children(kind, key):
            call.store.delete(kind, k)
    call.store.delete("scheduler_cs", key)


# --- job collections -------------------------------------------------------------------

@handles("check_job_collection_name")
def check_job_collection_name(call: Call):
    cs_key, _ = _cloud_service(call)
    name = call.query.get("resourcename") or ""
    taken = call.store.find("scheduler_jc", f"{cs_key}/{name}")[1] is not None
    return call.m.ResourceNameAvailabilityResponse(is_available=bool(NAME.fullmatch(name))
                                                   and not taken)


@handles("create_job_collection")
def create_job_collection(call: Call):
    cs_key, _ = _cloud_service(call)
    name = call.arg("job_collection_id")
    if not NAME.fullmatch(name or ""):
        raise bad_request(f"The job collection name '{name}' is not valid.")
    settings = call.body.intrinsic_settings
    plan = (settings.plan if settings else None) or "Standard"
    if plan not in PLANS:
        raise bad_request(f"The plan '{plan}' is not valid: Free, Standard or Premium.")
    if call.store.find("scheduler_jc", f"{cs_key}/{name}")[1] is not None:
        raise conflict(f"The job collection {name} already exists.")
    call.store.put("scheduler_jc", f"{cs_key}/{name}",
                   {"name": name, "plan": plan, "etag": str(uuid.uuid4())})


@handles("get_job_collection")
def get_job_collection(call: Call):
    key, coll = _collection(call)
    cs = call.store.get("scheduler_cs", key.split("/", 1)[0])
    m = call.m
    return m.JobCollection(
        cloud_service_settings=m.JobCollectionCloudServiceSettings(geo_region=cs["geo_region"]),
        e_tag=coll["etag"], intrinsic_settings=m.JobCollectionIntrinsicSettings(plan=coll["plan"]),
        name=coll["name"], operation_status=m.ResourceOperationStatus(
            error=m.ResourceOperationError(http_code=200, message="OK"), result="Succeeded"),
        promotion_code="", schema_version="1.1", state="Started", type="jobcollections")


@handles("delete_job_collection")
def delete_job_collection(call: Call):
    key, _ = _collection(call)
    for k, _ in call.store.children("scheduler_job", key):
        call.store.delete("scheduler_job", k)
    call.store.delete("scheduler_jc", key)


# --- jobs (JSON) -----------------------------------------------------------------------

def _json(status: int, value: Any) -> Reply:
    return Reply(status, raw=json.dumps(value, separators=(",", ":")).encode(), content_type=_JSON)


def _utc(text: str) -> datetime.datetime:
    try:
        t = datetime.datetime.fromisoformat(text.replace("Z", "+00:00"))
    except (AttributeError, ValueError):
        raise bad_request(f"startTime '{text}' is not an ISO 8601 time.") from None
    return t if t.tzinfo else t.replace(tzinfo=datetime.timezone.utc)


def _iso(t: datetime.datetime) -> str:
    return t.astimezone(datetime.timezone.utc).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


@handles("create_job")
def create_job(call: Call):
    coll_key, coll = _collection(call)
    job_id = call.arg("job_id")
    job = call.body
    if not isinstance(job, dict):
        raise bad_request("The job must be a JSON object.")
    action = job.get("action") or {}
    if action.get("type") not in ("http", "https", "storageQueue"):
        raise bad_request("The job's action.type must be http, https or storageQueue.")
    if action["type"] in ("http", "https") and not (action.get("request") or {}).get("uri"):
        raise bad_request("An HTTP action needs request.uri.")
    jobs = [k for k, _ in call.store.children("scheduler_job", coll_key)]
    max_jobs = PLANS[coll["plan"]][0]
    if f"{coll_key}/{job_id}" not in jobs and len(jobs) >= max_jobs:
        raise ApiError(409, "Conflict", f"The job collection {coll['name']} is limited to "
                       f"{max_jobs} jobs by its {coll['plan']} plan.")
    start = _utc(job["startTime"]) if job.get("startTime") else \
        datetime.datetime.now(datetime.timezone.utc)
    recurrence = job.get("recurrence") or {}
    step = FREQUENCY_MINUTES.get(str(recurrence.get("frequency", "")).lower(), 0) \
        * int(recurrence.get("interval") or 1)
    stored = {"id": job_id, "startTime": _iso(start), "action": action,
              "recurrence": recurrence, "state": job.get("state") or "enabled",
              "status": {"nextExecutionTime": _iso(start + datetime.timedelta(minutes=step)),
                         "executionCount": 0, "failureCount": 0, "faultedCount": 0}}
    call.store.put("scheduler_job", f"{coll_key}/{job_id}", stored)
    return _json(201, stored)


def _job(call: Call):
    coll_key, _ = _collection(call)
    key, job = call.store.find("scheduler_job", f"{coll_key}/{call.arg('job_id')}")
    if job is None:
        raise ApiError(404, "NotFound", f"Job {call.arg('job_id')} not found.")
    return key, job


@handles("get_job")
def get_job(call: Call):
    return _json(200, _job(call)[1])


@handles("get_all_jobs")
def get_all_jobs(call: Call):
    coll_key, _ = _collection(call)
    return _json(200, [j for _, j in call.store.children("scheduler_job", coll_key)])


@handles("delete_job")
def delete_job(call: Call):
    key, _ = _job(call)
    call.store.delete("scheduler_job", key)
    return Reply(200)
