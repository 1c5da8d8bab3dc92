"""Replay of the real Service Bus management recordings (test_legacy_mgmt_servicebus.*).

Each test repeats the calls of one recording in order, with the argument values the
recording shows, and checks what the SDK parsed out of the Atom entries and feeds.
"""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from generated import (AzureForbiddenHttpError, AzureMissingResourceHttpError,
                       ServiceBusManagementService)
from tests.replay import SUBSCRIPTION, replay

ATOM = "{http://www.w3.org/2005/Atom}"


pytestmark = pytest.mark.usefixtures("no_sleep")

CASSETTE = "test_legacy_mgmt_servicebus.{}"
AZURE_SUBSCRIPTION = "daa135f20a854d87bda57e765966cd64"  # as the service spells it
DOWNLEVEL = b"Request to a downlevel service failed."


@pytest.fixture
def sbms(cert_file):
    client = ServiceBusManagementService(SUBSCRIPTION, cert_file)
    yield client
    client.close()


def utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=timezone.utc)


def wait_until_active(sbms, name: str) -> int:
    """Poll get_namespace as the recordings do until the namespace is 'Active'."""
    polls = 0
    while True:
        polls += 1
        if sbms.get_namespace(name).status == "Active":
            return polls


def assert_endpoints(ns, name: str) -> None:
    assert ns.name == name
    assert ns.region == "West US"
    assert ns.acs_management_endpoint == f"https://{name}-sb.accesscontrol.windows.net/"
    assert ns.servicebus_endpoint == f"https://{name}.servicebus.windows.net/"
    assert ns.subscription_id == AZURE_SUBSCRIPTION
    assert ns.create_acs_namespace is True
    assert ns.namespace_type == "Messaging"
    assert ns.resource_group == ""


# ---------------------------------------------------------------- name availability

def test_check_namespace_availability_available(sbms):
    with replay(CASSETTE.format("test_check_namespace_availability_available")):
        result = sbms.check_namespace_availability("someunusedname")

    assert result.result is True
    assert result.reason == ""  # <ReasonDetail i:nil="true"/>


def test_check_namespace_availability_not_available(sbms):
    with replay(CASSETTE.format("test_check_namespace_availability_not_available")):
        result = sbms.check_namespace_availability("fakesbnamespace")

    assert result.result is False
    assert result.reason == "The specified service namespace is not available."


# ---------------------------------------------------------------- namespaces

def test_create_namespace(sbms):
    name = "utsf8e71410"
    with replay(CASSETTE.format("test_create_namespace")):
        created = sbms.create_namespace(name, "West US")
        assert wait_until_active(sbms, name) == 5
        ns = sbms.get_namespace(name)

    # The PUT answers with the new namespace, key included, still activating.
    assert_endpoints(created, name)
    assert created.status == "Activating"
    assert created.default_key == "tpEcNBVzeXY1LdviEgiJIwhFAonn/FPJOINo0mmYWkI="
    assert created.connection_string == (
        f"Endpoint=sb://{name}.servicebus.windows.net/;SharedSecretIssuer=owner;"
        "SharedSecretValue=tpEcNBVzeXY1LdviEgiJIwhFAonn/FPJOINo0mmYWkI=")
    assert created.created_at == utc(2015, 7, 1, 0, 3, 22, 983000)
    assert created.updated_at is None
    assert created.event_hub_enabled is None  # absent: None (absent text reads as '')
    assert "tpEcNBVz" not in repr(created)  # keys stay out of repr()

    assert_endpoints(ns, name)
    assert ns.status == "Active"
    assert ns.enabled is True
    assert ns.critical is False
    assert ns.event_hub_enabled is True
    assert ns.default_key == created.default_key
    assert ns.updated_at == utc(2015, 7, 1, 0, 3, 40, 100000)


def test_create_namespace_with_existing_namespace(sbms):
    name = "uts57c71e01"
    with replay(CASSETTE.format("test_create_namespace_with_existing_namespace")):
        created = sbms.create_namespace(name, "West US")
        assert wait_until_active(sbms, name) == 4
        with pytest.raises(AzureForbiddenHttpError) as raised:
            sbms.create_namespace(name, "West US")

    assert created.status == "Activating"
    # Service Bus answers a duplicate with 403 and a bare serialized string, no <Error>.
    error = raised.value
    assert error.status == 403
    assert error.code is None
    assert error.request_id is None
    assert DOWNLEVEL in error.body


def test_delete_namespace(sbms):
    name = "utsf8ca140f"
    with replay(CASSETTE.format("test_delete_namespace")):
        sbms.create_namespace(name, "West US")
        assert wait_until_active(sbms, name) == 4
        result = sbms.delete_namespace(name)
        request_id = sbms.last_request_id
        ns = sbms.get_namespace(name)

    assert result is None
    assert request_id == "acfaa9f4e75abb59bb95919017cda5eb"
    assert ns.status == "Removing"
    assert ns.enabled is False
    assert ns.default_key == ""  # no longer sent once removal begins
    assert ns.connection_string == ""


def test_delete_namespace_with_non_existing_namespace(sbms):
    with replay(CASSETTE.format("test_delete_namespace_with_non_existing_namespace")):
        with pytest.raises(AzureMissingResourceHttpError) as raised:
            sbms.delete_namespace("utsd3ea1faa")

    assert raised.value.status == 404
    assert raised.value.request_id is None
    assert DOWNLEVEL in raised.value.body


def test_get_namespace(sbms):
    with replay(CASSETTE.format("test_get_namespace")):
        ns = sbms.get_namespace("fakesbnamespace")

    assert ns.name == "fakesbnamespace"
    assert ns.region == "West US"
    assert ns.status == "Active"
    assert ns.created_at == utc(2015, 6, 24, 1, 8, 5, 553000)
    assert ns.updated_at == utc(2015, 6, 24, 1, 8, 8, 880000)
    assert ns.servicebus_endpoint == "https://fakesbnamespace.servicebus.windows.net/"
    assert ns.acs_management_endpoint == ""  # created without an ACS namespace
    assert ns.create_acs_namespace is None
    assert ns.default_key == ""
    assert ns.subscription_id == AZURE_SUBSCRIPTION
    assert ns.enabled is True
    assert ns.critical is False
    assert ns.event_hub_enabled is True
    assert ns.namespace_type == "Messaging"


def test_get_namespace_with_non_existing_namespace(sbms):
    with replay(CASSETTE.format("test_get_namespace_with_non_existing_namespace")):
        with pytest.raises(AzureMissingResourceHttpError) as raised:
            sbms.get_namespace("uts779e1e77")

    assert raised.value.status == 404
    assert raised.value.code is None
    assert DOWNLEVEL in raised.value.body


def test_get_regions(sbms):
    with replay(CASSETTE.format("test_get_regions")):
        regions = sbms.get_regions()

    codes = ["Australia East", "Australia Southeast", "Central US", "East US", "East US 2",
             "North Central US", "South Central US", "West US", "North Europe", "West Europe",
             "East Asia", "Southeast Asia", "Brazil South", "Japan East", "Japan West"]
    assert [r.code for r in regions] == codes
    assert [r.fullname for r in regions] == codes


def test_list_namespaces(sbms):
    with replay(CASSETTE.format("test_list_namespaces")):
        namespaces = sbms.list_namespaces()

    assert [(n.name, n.region) for n in namespaces] == [
        ("python-worker-role-demo", "West US"), ("xTVStransport", "West US"),
        ("unittesteventhub", "North Europe"), ("sitanimsft", "West US"),
        ("fakesbnamespace", "West US"), ("sitanimsft2", "Central US"),
        ("sitanidemo", "West US")]
    assert all(n.status == "Active" and n.enabled for n in namespaces)
    first = namespaces[0]
    assert first.default_key == "Omqi2QPj2UgHb2BNKuOTUbeSwUl5pRiFahJ1PETKLtQ="
    assert first.created_at == utc(2014, 5, 30, 16, 57, 56, 607000)
    assert first.namespace_type == ""  # older namespaces do not say
    assert namespaces[2].default_key == ""
    assert namespaces[2].namespace_type == "Messaging"


# ---------------------------------------------------------------- entities of a namespace

def test_list_queues(sbms):
    with replay(CASSETTE.format("test_list_queues")):
        queues = sbms.list_queues("fakesbnamespace")

    assert len(queues) == 1
    queue = queues[0]
    assert queue.name == "pysdkqueuetest"  # from the Atom entry's title
    assert queue.lock_duration == "PT30S"
    assert queue.max_size_in_megabytes == 16384
    assert queue.requires_duplicate_detection is False
    assert queue.requires_session is False
    assert queue.default_message_time_to_live == "P14D"
    assert queue.dead_lettering_on_message_expiration is False
    assert queue.duplicate_detection_history_time_window == "PT10M"
    assert queue.max_delivery_count == 10
    assert queue.enable_batched_operations is True
    assert queue.size_in_bytes == 0
    assert queue.message_count == 0
    assert queue.is_anonymous_accessible is False
    assert queue.authorization_rules == []
    assert queue.status == "Active"
    assert queue.created_at == utc(2016, 7, 28, 22, 40, 50, 49399)
    assert queue.updated_at == utc(2016, 7, 28, 22, 40, 51, 928529)
    assert queue.accessed_at == utc(1, 1, 1)  # never accessed
    assert queue.support_ordering is False
    counts = queue.count_details
    assert (counts.active_message_count, counts.dead_letter_message_count,
            counts.scheduled_message_count, counts.transfer_message_count,
            counts.transfer_dead_letter_message_count) == (0, 0, 0, 0, 0)


def test_list_topics(sbms):
    with replay(CASSETTE.format("test_list_topics")):
        topics = sbms.list_topics("fakesbnamespace")

    assert len(topics) == 1
    topic = topics[0]
    assert topic.name == "pysdktopictest"
    assert topic.default_message_time_to_live == "P14D"
    assert topic.max_size_in_megabytes == 16384
    assert topic.requires_duplicate_detection is False
    assert topic.duplicate_detection_history_time_window == "PT10M"
    assert topic.enable_batched_operations is True
    assert topic.size_in_bytes == 0
    assert topic.filtering_messages_before_publishing is False
    assert topic.is_anonymous_accessible is False
    assert topic.authorization_rules == []
    assert topic.status == "Active"
    assert topic.created_at == utc(2016, 7, 28, 22, 40, 30, 59533)
    assert topic.accessed_at == utc(1, 1, 1)
    assert topic.support_ordering is False
    assert topic.count_details.active_message_count == 4
    assert topic.count_details.dead_letter_message_count == 0
    assert topic.subscription_count == 0


def test_list_notification_hubs(sbms):
    with replay(CASSETTE.format("test_list_notification_hubs")):
        hubs = sbms.list_notification_hubs("fakesbnamespace")

    assert hubs == []  # a feed without entries


def test_list_relays(sbms):
    with replay(CASSETTE.format("test_list_relays")):
        relays = sbms.list_relays("fakesbnamespace")

    assert relays == []
