"""Operations of the sibling clients (Scheduler, Service Bus metrics, SQL Database event logs)
and two role-instance actions that have no recording: requests and parsing checked against
the Service Management REST reference.

The client's transport is replaced by a fake that records what would be sent and answers
with a canned `Response`.
"""

from __future__ import annotations

import datetime

import pytest

from generated import (AsynchronousOperationResult, SchedulerManagementService,
                       ServiceBusManagementService, ServiceManagementService,
                       SqlDatabaseManagementService)
from tests.fakes import Sent, install, response

SUBSCRIPTION = "00000000-0000-0000-0000-000000000000"
NS = "http://schemas.microsoft.com/windowsazure"
ATOM = "http://www.w3.org/2005/Atom"
D_NS = "http://schemas.microsoft.com/ado/2007/08/dataservices"
M_NS = "http://schemas.microsoft.com/ado/2007/08/dataservices/metadata"
REQUEST_ID = "7d0a3b5c2e1f4a6b9c8d7e6f5a4b3c2d"
UTC = datetime.timezone.utc


def _client(cls, cert_file, monkeypatch):
    client = cls(SUBSCRIPTION, cert_file)
    return client, install(client, monkeypatch, response(202, request_id=REQUEST_ID))


@pytest.fixture
def scheduler(cert_file, monkeypatch):
    client, fake = _client(SchedulerManagementService, cert_file, monkeypatch)
    yield client, fake
    client.close()


@pytest.fixture
def sbms(cert_file, monkeypatch):
    client, fake = _client(ServiceBusManagementService, cert_file, monkeypatch)
    yield client, fake
    client.close()


@pytest.fixture
def sql(cert_file, monkeypatch):
    client, fake = _client(SqlDatabaseManagementService, cert_file, monkeypatch)
    yield client, fake
    client.close()


@pytest.fixture
def sms_fake(cert_file, monkeypatch):
    client, fake = _client(ServiceManagementService, cert_file, monkeypatch)
    yield client, fake
    client.close()


def assert_accepted(result) -> None:
    assert isinstance(result, AsynchronousOperationResult)
    assert (result.request_id, result.status_code) == (REQUEST_ID, 202)


# --- Scheduler ---------------------------------------------------------------------------


def test_check_job_collection_name_request(scheduler):
    client, fake = scheduler
    fake.respond(200, f'<ResourceNameAvailabilityResponse xmlns="{NS}" '
                      'xmlns:i="http://www.w3.org/2001/XMLSchema-instance">'
                      '<IsAvailable>true</IsAvailable></ResourceNameAvailabilityResponse>')
    client.check_job_collection_name("mycloudservice", "my jobs")
    sent = fake.only
    assert sent.method == "POST"
    # The reference writes ".../jobCollections/?op=..."; the trailing slash is not significant.
    assert sent.path.rstrip("/") == (
        f"/{SUBSCRIPTION}/cloudservices/mycloudservice/resources/scheduler/jobCollections")
    assert sent.query == [("op", "checknameavailability"), ("resourceName", "my jobs")]
    assert "resourceName=my%20jobs" in sent.url
    assert sent.headers["x-ms-version"] == "2014-10-01"
    assert not sent.body
    assert sent.idempotent is False


@pytest.mark.parametrize("wire, available", [("true", True), ("false", False)])
def test_check_job_collection_name_parse(scheduler, wire, available):
    """The reference answers <ResourceNameAvailabilityResponse><IsAvailable> (the .NET SDK's
    JobCollectionCheckNameAvailabilityResponse.IsAvailable), not <AvailabilityResponse>."""
    client, fake = scheduler
    fake.respond(200, f'<?xml version="1.0" encoding="utf-8"?>'
                      f'<ResourceNameAvailabilityResponse xmlns="{NS}" '
                      'xmlns:i="http://www.w3.org/2001/XMLSchema-instance">'
                      f'<IsAvailable>{wire}</IsAvailable></ResourceNameAvailabilityResponse>')
    result = client.check_job_collection_name("mycloudservice", "myjobs")
    assert result.is_available is available


def test_delete_cloud_service_request(scheduler):
    client, fake = scheduler
    result = client.delete_cloud_service("mycloudservice")
    sent = fake.only
    assert sent.method == "DELETE"
    assert sent.path == f"/{SUBSCRIPTION}/cloudservices/mycloudservice"
    assert sent.query == []
    assert sent.headers["x-ms-version"] == "2014-10-01"
    assert not sent.body
    assert sent.idempotent is True
    assert_accepted(result)


# --- Service Bus metrics -----------------------------------------------------------------

KINDS = [
    ("queue", "Queues"),
    ("topic", "Topics"),
    ("relay", "Relays"),
    ("notification_hub", "NotificationHubs"),
]


def entity_path(segment: str) -> str:
    # The entity URIs keep the double slash after "Namespaces/" (as the recordings show).
    return f"/{SUBSCRIPTION}/services/serviceBus/Namespaces//myns/{segment}/myentity"


def feed(*properties: str) -> str:
    entries = "".join(
        f'<entry><id>https://example/{i}</id><title type="text"></title>'
        f'<updated>2014-10-01T00:00:00Z</updated><author><name/></author>'
        f'<content type="application/xml"><m:properties>{p}</m:properties></content></entry>'
        for i, p in enumerate(properties))
    return (f'<?xml version="1.0" encoding="utf-8"?>'
            f'<feed xmlns="{ATOM}" xmlns:d="{D_NS}" xmlns:m="{M_NS}">'
            f'<id>https://example/feed</id><title type="text"></title>'
            f'<updated>2014-10-01T00:00:00Z</updated>{entries}</feed>')


def assert_get(sent: Sent, path: str, query: list[tuple[str, str]]) -> None:
    assert sent.method == "GET"
    assert sent.path == path
    assert sent.query == query
    assert sent.headers["x-ms-version"] == "2012-03-01"
    assert not sent.body
    assert sent.idempotent is True


def metric_method(client, family: str, kind: str):
    """The per-entity metrics method, each written out so the tests name every operation."""
    return {
        "get_supported_metrics": {
            "queue": client.get_supported_metrics_queue,
            "topic": client.get_supported_metrics_topic,
            "relay": client.get_supported_metrics_relay,
            "notification_hub": client.get_supported_metrics_notification_hub},
        "get_metrics_rollups": {
            "queue": client.get_metrics_rollups_queue,
            "topic": client.get_metrics_rollups_topic,
            "relay": client.get_metrics_rollups_relay,
            "notification_hub": client.get_metrics_rollups_notification_hub},
        "get_metrics_data": {
            "queue": client.get_metrics_data_queue,
            "topic": client.get_metrics_data_topic,
            "relay": client.get_metrics_data_relay,
            "notification_hub": client.get_metrics_data_notification_hub},
    }[family][kind]


@pytest.mark.parametrize("kind, segment", KINDS)
def test_get_supported_metrics_request(sbms, kind, segment):
    client, fake = sbms
    fake.respond(200, feed(), "application/atom+xml;type=feed;charset=utf-8")
    result = metric_method(client, "get_supported_metrics", kind)("myns", "myentity")
    assert_get(fake.only, entity_path(segment) + "/Metrics", [])
    assert result == []


@pytest.mark.parametrize("kind, segment", KINDS)
def test_get_metrics_rollups_request(sbms, kind, segment):
    client, fake = sbms
    fake.respond(200, feed(), "application/atom+xml;type=feed;charset=utf-8")
    result = metric_method(client, "get_metrics_rollups", kind)("myns", "myentity", "size")
    assert_get(fake.only, entity_path(segment) + "/Metrics/size/Rollups", [])
    assert result == []


@pytest.mark.parametrize("kind, segment", KINDS)
def test_get_metrics_data_request(sbms, kind, segment):
    client, fake = sbms
    fake.respond(200, feed(), "application/atom+xml;type=feed;charset=utf-8")
    flt = "Timestamp gt datetime'2014-10-01T00:00:00Z'"
    result = metric_method(client, "get_metrics_data", kind)("myns", "myentity", "size", "PT5M", flt)
    assert_get(fake.only, entity_path(segment) + "/Metrics/size/Rollups/PT5M/Values",
               [("$filter", flt)])
    assert "%20gt%20" in fake.only.url
    assert result == []


@pytest.mark.parametrize("kind, segment", KINDS)
def test_get_supported_metrics_parse(sbms, kind, segment):
    """Each entry's content is <m:properties> with d: children (servicebus_metrics.xsd)."""
    client, fake = sbms
    fake.respond(200, feed(
        "<d:Name>size</d:Name><d:PrimaryAggregation>Max</d:PrimaryAggregation>"
        "<d:Unit>Bytes</d:Unit><d:DisplayName>Size</d:DisplayName>",
        "<d:Name>incoming</d:Name><d:PrimaryAggregation>Total</d:PrimaryAggregation>"
        "<d:Unit>Count</d:Unit><d:DisplayName>Incoming Messages</d:DisplayName>"),
        "application/atom+xml;type=feed;charset=utf-8")
    metrics = metric_method(client, "get_supported_metrics", kind)("myns", "myentity")
    assert [(m.name, m.primary_aggregation, m.unit, m.display_name) for m in metrics] == [
        ("size", "Max", "Bytes", "Size"), ("incoming", "Total", "Count", "Incoming Messages")]


@pytest.mark.parametrize("kind, segment", KINDS)
def test_get_metrics_rollups_parse(sbms, kind, segment):
    client, fake = sbms
    fake.respond(200, feed(
        "<d:TimeGrain>PT5M</d:TimeGrain><d:Retention>P1D</d:Retention>",
        "<d:TimeGrain>PT1H</d:TimeGrain><d:Retention>P7D</d:Retention>"),
        "application/atom+xml;type=feed;charset=utf-8")
    rollups = metric_method(client, "get_metrics_rollups", kind)("myns", "myentity", "size")
    assert [(r.time_grain, r.retention) for r in rollups] == [("PT5M", "P1D"), ("PT1H", "P7D")]


@pytest.mark.parametrize("kind, segment", KINDS)
def test_get_metrics_data_parse(sbms, kind, segment):
    client, fake = sbms
    fake.respond(200, feed(
        '<d:Timestamp m:type="Edm.DateTime">2014-10-01T00:05:00Z</d:Timestamp>'
        '<d:Min m:type="Edm.Int64">1</d:Min><d:Max m:type="Edm.Int64">9</d:Max>'
        '<d:Average m:type="Edm.Double">4.5</d:Average>'
        '<d:Total m:type="Edm.Int64">18</d:Total>'),
        "application/atom+xml;type=feed;charset=utf-8")
    [value] = metric_method(client, "get_metrics_data", kind)(
        "myns", "myentity", "size", "PT5M", "Timestamp gt datetime'2014-10-01T00:00:00Z'")
    assert value.timestamp == datetime.datetime(2014, 10, 1, 0, 5, tzinfo=UTC)
    assert (value.min, value.max, value.average, value.total) == (1, 9, 4.5, 18)


# --- SQL Database event logs -------------------------------------------------------------


def test_get_server_event_logs_request(sql):
    client, fake = sql
    fake.respond(200, f'<ServiceResources xmlns="{NS}"/>')
    result = client.get_server_event_logs("myserver", "2015-07-01 16:05:00", 60,
                                          "deadlock,throttling")
    sent = fake.only
    assert sent.method == "GET"
    assert sent.path == f"/{SUBSCRIPTION}/services/sqlservers/servers/myserver/events"
    assert sent.query == [("startDate", "2015-07-01 16:05:00"),
                          ("intervalSizeInMinutes", "60"),
                          ("eventTypes", "deadlock,throttling")]
    assert sent.headers["x-ms-version"] == "2014-10-01"
    assert not sent.body
    assert sent.idempotent is True
    assert result == []


def test_get_server_event_logs_request_all_types(sql):
    client, fake = sql
    fake.respond(200, f'<ServiceResources xmlns="{NS}"/>')
    client.get_server_event_logs("myserver", "2015-07-01 16:05:00", 1440)
    assert fake.only.query == [("startDate", "2015-07-01 16:05:00"),
                               ("intervalSizeInMinutes", "1440"), ("eventTypes", "")]


def test_get_server_event_logs_parse(sql):
    client, fake = sql
    fake.respond(200, f'<ServiceResources xmlns="{NS}" '
                      'xmlns:i="http://www.w3.org/2001/XMLSchema-instance"><ServiceResource>'
                      '<Name>mydb</Name><Type>Microsoft.SqlAzure.EventLog</Type>'
                      '<State>Normal</State>'
                      '<SelfLink>https://management.core.windows.net/x/events/1</SelfLink>'
                      '<ParentLink>https://management.core.windows.net/x</ParentLink>'
                      '<DatabaseName>mydb</DatabaseName>'
                      '<StartTimeUtc>2015-07-01T16:05:00</StartTimeUtc>'
                      '<IntervalSizeInMinutes>5</IntervalSizeInMinutes>'
                      '<EventCategory>connectivity</EventCategory>'
                      '<EventType>connection_failed</EventType>'
                      '<EventSubtype>4</EventSubtype>'
                      '<EventSubtypeDescription>login_failed_for_user</EventSubtypeDescription>'
                      '<NumberOfEvents>3</NumberOfEvents><Severity>2</Severity>'
                      '<Description>Login failed for user.</Description>'
                      '<AdditionalData i:nil="true"/>'
                      '</ServiceResource></ServiceResources>')
    [log] = client.get_server_event_logs("myserver", "2015-07-01 16:05:00", 5)
    assert (log.name, log.type, log.state, log.database_name) == (
        "mydb", "Microsoft.SqlAzure.EventLog", "Normal", "mydb")
    assert log.start_time_utc.replace(tzinfo=None) == datetime.datetime(2015, 7, 1, 16, 5)
    assert (log.interval_size_in_minutes, log.event_category, log.event_type) == (
        5, "connectivity", "connection_failed")
    assert (log.event_subtype, log.event_subtype_description) == (4, "login_failed_for_user")
    assert (log.number_of_events, log.severity, log.description) == (
        3, 2, "Login failed for user.")
    assert not log.additional_data


# --- role instances ----------------------------------------------------------------------

ROLE_PATH = (f"/{SUBSCRIPTION}/services/hostedservices/mycloudservice/deployments/"
             "mydeployment/roleinstances/WebRole1_IN_0")


def assert_role_post(sent: Sent, query: list[tuple[str, str]]) -> None:
    assert sent.method == "POST"
    assert sent.path == ROLE_PATH
    assert sent.query == query
    assert sent.headers["x-ms-version"] == "2014-10-01"
    assert not sent.body
    assert sent.idempotent is False


def test_reimage_role_instance_request(sms_fake):
    client, fake = sms_fake
    result = client.reimage_role_instance("mycloudservice", "mydeployment", "WebRole1_IN_0")
    assert_role_post(fake.only, [("comp", "reimage")])
    assert_accepted(result)


def test_rebuild_role_instance_request(sms_fake):
    client, fake = sms_fake
    result = client.rebuild_role_instance("mycloudservice", "mydeployment", "WebRole1_IN_0")
    assert_role_post(fake.only, [("comp", "rebuild"), ("resources", "allLocalDrives")])
    assert_accepted(result)
