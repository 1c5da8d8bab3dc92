"""Scenario: Service Bus namespaces (ServiceBusManagementService).
One cassette: cassettes/servicebus.yaml."""

from __future__ import annotations

import pytest

from generated import AzureHttpError, ServiceBusManagementService
from tests.scenarios.data import PREFIX
from tests.scenarios.recording import PLACEHOLDER


def test_servicebus(scenario):
    sb = scenario.make(ServiceBusManagementService)
    name = f"{PREFIX}-sbns"

    regions = [r.code for r in sb.get_regions()]
    assert {"West US", "North Europe"} <= set(regions)
    assert sb.check_namespace_availability(name).result is True

    created = sb.create_namespace(name, "West US")
    assert (created.name, created.region, created.status) == (name, "West US", "Activating")
    while sb.get_namespace(name).status != "Active":    # the service activates it shortly
        scenario.pause()
    namespace = sb.get_namespace(name)
    assert namespace.servicebus_endpoint == f"https://{name}.servicebus.windows.net/"
    assert namespace.enabled is True
    # The namespace key: real while recording, redacted in the cassette.
    assert (len(namespace.default_key) == 44) if scenario.recording else \
        namespace.default_key == PLACEHOLDER
    assert namespace.default_key not in repr(namespace)
    assert name in [n.name for n in sb.list_namespaces()]
    assert sb.check_namespace_availability(name).result is False
    with pytest.raises(AzureHttpError) as info:         # a name cannot be taken twice
        sb.create_namespace(name, "West US")
    assert info.value.status == 403 and "downlevel" in info.value.message

    for listing in (sb.list_queues, sb.list_topics, sb.list_relays, sb.list_notification_hubs):
        assert listing(name) == []                      # a new namespace holds no entities

    sb.delete_namespace(name)
    assert sb.get_namespace(name).status == "Removing"
    while True:                                          # gone once removed
        try:
            sb.get_namespace(name)
        except AzureHttpError as exc:
            assert exc.status == 404
            break
        scenario.pause()
