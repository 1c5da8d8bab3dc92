"""The methods of spec/operations/servicebus.toml and spec/waiters/servicebus.toml.

Generated from spec/ by codegen; do not edit. ServicebusOperations is a part of the client
class ServiceBusManagementService; aio.py holds the async twins of these methods, rendered
from the same template (codegen/templates/methods.j2).
"""

from __future__ import annotations

from typing import Any, Callable

from asm_sdk_runtime.client import ServiceClient

from .. import models as m
from . import operations as o


class ServicebusOperations(ServiceClient):
    """The operations of spec/operations/servicebus.toml."""

    def check_namespace_availability(self, name: str) -> m.NamespaceAvailability:
        """Check whether a Service Bus namespace name is still free.

        ``GET /{subscription_id}/services/serviceBus/CheckNamespaceAvailability/`` (x-ms-version 2012-03-01)

        Args:
            name: Namespace name to check.

        Returns:
            NamespaceAvailability: Whether a proposed Service Bus namespace name
            is still free.
        """
        return self._call(o.check_namespace_availability, name)

    def create_namespace(self, name: str, region: str) -> m.ServiceBusNamespace:
        """Create a Service Bus namespace in a region; returns it in its first
        ('Activating') state.

        ``PUT /{subscription_id}/services/serviceBus/Namespaces/{name}`` (x-ms-version 2012-03-01)

        Args:
            name: Name of the new namespace, unique across Azure.
            region: Region to create it in, such as 'West US' (see get_regions).

        Returns:
            ServiceBusNamespace: A Service Bus namespace: its region, state,
            endpoints and (once active) its default key.
        """
        return self._call(o.create_namespace, name, region)

    def delete_namespace(self, name: str) -> None:
        """Delete a Service Bus namespace and everything in it; it shows status
        'Removing' for a while.

        ``DELETE /{subscription_id}/services/serviceBus/Namespaces/{name}`` (x-ms-version 2012-03-01)

        Args:
            name: Name of the namespace.

        Returns:
            None (the request id of the call is logged and kept in
            last_request_id).
        """
        return self._call(o.delete_namespace, name)

    def get_metrics_data_notification_hub(
        self,
        name: str,
        hub_name: str,
        metric: str,
        rollup: str,
        filter_expresssion: str,
    ) -> list[m.MetricValues]:
        """Get the values of a notification hub metric at one rollup, filtered by an
        OData expression.

        ``GET /{subscription_id}/services/serviceBus/Namespaces//{name}/NotificationHubs/{hub_name}/Metrics/{metric}/Rollups/{rollup}/Values`` (x-ms-version 2012-03-01)

        Args:
            name: Name of the namespace.
            hub_name: Name of the notification hub.
            metric: Metric name, from get_supported_metrics_notification_hub.
            rollup: Rollup (time grain) name, from
                get_metrics_rollups_notification_hub, such as 'PT5M'.
            filter_expresssion: OData filter on the values, such as "Timestamp gt
                datetime'2014-10-01T00:00:00Z'" (sent as $filter; the name
                keeps the predecessor's spelling).

        Returns:
            list[MetricValues]: One aggregated value of a metric.
        """
        return self._call(
            o.get_metrics_data_notification_hub,
            name,
            hub_name,
            metric,
            rollup,
            filter_expresssion,
        )

    def get_metrics_data_queue(
        self,
        name: str,
        queue_name: str,
        metric: str,
        rollup: str,
        filter_expresssion: str,
    ) -> list[m.MetricValues]:
        """Get the values of a queue metric at one rollup, filtered by an OData
        expression.

        ``GET /{subscription_id}/services/serviceBus/Namespaces//{name}/Queues/{queue_name}/Metrics/{metric}/Rollups/{rollup}/Values`` (x-ms-version 2012-03-01)

        Args:
            name: Name of the namespace.
            queue_name: Name of the queue.
            metric: Metric name, from get_supported_metrics_queue.
            rollup: Rollup (time grain) name, from get_metrics_rollups_queue,
                such as 'PT5M'.
            filter_expresssion: OData filter on the values, such as "Timestamp gt
                datetime'2014-10-01T00:00:00Z'" (sent as $filter; the name
                keeps the predecessor's spelling).

        Returns:
            list[MetricValues]: One aggregated value of a metric.
        """
        return self._call(
            o.get_metrics_data_queue,
            name,
            queue_name,
            metric,
            rollup,
            filter_expresssion,
        )

    def get_metrics_data_relay(
        self,
        name: str,
        relay_name: str,
        metric: str,
        rollup: str,
        filter_expresssion: str,
    ) -> list[m.MetricValues]:
        """Get the values of a relay metric at one rollup, filtered by an OData
        expression.

        ``GET /{subscription_id}/services/serviceBus/Namespaces//{name}/Relays/{relay_name}/Metrics/{metric}/Rollups/{rollup}/Values`` (x-ms-version 2012-03-01)

        Args:
            name: Name of the namespace.
            relay_name: Name of the relay.
            metric: Metric name, from get_supported_metrics_relay.
            rollup: Rollup (time grain) name, from get_metrics_rollups_relay,
                such as 'PT5M'.
            filter_expresssion: OData filter on the values, such as "Timestamp gt
                datetime'2014-10-01T00:00:00Z'" (sent as $filter; the name
                keeps the predecessor's spelling).

        Returns:
            list[MetricValues]: One aggregated value of a metric.
        """
        return self._call(
            o.get_metrics_data_relay,
            name,
            relay_name,
            metric,
            rollup,
            filter_expresssion,
        )

    def get_metrics_data_topic(
        self,
        name: str,
        topic_name: str,
        metric: str,
        rollup: str,
        filter_expresssion: str,
    ) -> list[m.MetricValues]:
        """Get the values of a topic metric at one rollup, filtered by an OData
        expression.

        ``GET /{subscription_id}/services/serviceBus/Namespaces//{name}/Topics/{topic_name}/Metrics/{metric}/Rollups/{rollup}/Values`` (x-ms-version 2012-03-01)

        Args:
            name: Name of the namespace.
            topic_name: Name of the topic.
            metric: Metric name, from get_supported_metrics_topic.
            rollup: Rollup (time grain) name, from get_metrics_rollups_topic,
                such as 'PT5M'.
            filter_expresssion: OData filter on the values, such as "Timestamp gt
                datetime'2014-10-01T00:00:00Z'" (sent as $filter; the name
                keeps the predecessor's spelling).

        Returns:
            list[MetricValues]: One aggregated value of a metric.
        """
        return self._call(
            o.get_metrics_data_topic,
            name,
            topic_name,
            metric,
            rollup,
            filter_expresssion,
        )

    def get_metrics_rollups_notification_hub(
        self,
        name: str,
        hub_name: str,
        metric: str,
    ) -> list[m.MetricRollups]:
        """List the aggregation intervals (rollups) of a notification hub metric and
        how long each is kept.

        ``GET /{subscription_id}/services/serviceBus/Namespaces//{name}/NotificationHubs/{hub_name}/Metrics/{metric}/Rollups`` (x-ms-version 2012-03-01)

        Args:
            name: Name of the namespace.
            hub_name: Name of the notification hub.
            metric: Metric name, from get_supported_metrics_notification_hub.

        Returns:
            list[MetricRollups]: One aggregation interval of a metric and how
            long its values are kept.
        """
        return self._call(o.get_metrics_rollups_notification_hub, name, hub_name, metric)

    def get_metrics_rollups_queue(
        self,
        name: str,
        queue_name: str,
        metric: str,
    ) -> list[m.MetricRollups]:
        """List the aggregation intervals (rollups) of a queue metric and how long each
        is kept.

        ``GET /{subscription_id}/services/serviceBus/Namespaces//{name}/Queues/{queue_name}/Metrics/{metric}/Rollups`` (x-ms-version 2012-03-01)

        Args:
            name: Name of the namespace.
            queue_name: Name of the queue.
            metric: Metric name, from get_supported_metrics_queue.

        Returns:
            list[MetricRollups]: One aggregation interval of a metric and how
            long its values are kept.
        """
        return self._call(o.get_metrics_rollups_queue, name, queue_name, metric)

    def get_metrics_rollups_relay(
        self,
        name: str,
        relay_name: str,
        metric: str,
    ) -> list[m.MetricRollups]:
        """List the aggregation intervals (rollups) of a relay metric and how long each
        is kept.

        ``GET /{subscription_id}/services/serviceBus/Namespaces//{name}/Relays/{relay_name}/Metrics/{metric}/Rollups`` (x-ms-version 2012-03-01)

        Args:
            name: Name of the namespace.
            relay_name: Name of the relay.
            metric: Metric name, from get_supported_metrics_relay.

        Returns:
            list[MetricRollups]: One aggregation interval of a metric and how
            long its values are kept.
        """
        return self._call(o.get_metrics_rollups_relay, name, relay_name, metric)

    def get_metrics_rollups_topic(
        self,
        name: str,
        topic_name: str,
        metric: str,
    ) -> list[m.MetricRollups]:
        """List the aggregation intervals (rollups) of a topic metric and how long each
        is kept.

        ``GET /{subscription_id}/services/serviceBus/Namespaces//{name}/Topics/{topic_name}/Metrics/{metric}/Rollups`` (x-ms-version 2012-03-01)

        Args:
            name: Name of the namespace.
            topic_name: Name of the topic.
            metric: Metric name, from get_supported_metrics_topic.

        Returns:
            list[MetricRollups]: One aggregation interval of a metric and how
            long its values are kept.
        """
        return self._call(o.get_metrics_rollups_topic, name, topic_name, metric)

    def get_namespace(self, name: str) -> m.ServiceBusNamespace:
        """Get a Service Bus namespace: region, state, endpoints, and its key once it
        is active.

        ``GET /{subscription_id}/services/serviceBus/Namespaces/{name}`` (x-ms-version 2012-03-01)

        Args:
            name: Name of the namespace.

        Returns:
            ServiceBusNamespace: A Service Bus namespace: its region, state,
            endpoints and (once active) its default key.
        """
        return self._call(o.get_namespace, name)

    def get_regions(self) -> list[m.ServiceBusRegion]:
        """List the regions that can host Service Bus namespaces.

        ``GET /{subscription_id}/services/serviceBus/Regions/`` (x-ms-version 2012-03-01)

        Returns:
            list[ServiceBusRegion]: A region that can host Service Bus
            namespaces.
        """
        return self._call(o.get_regions)

    def get_supported_metrics_notification_hub(
        self,
        name: str,
        hub_name: str,
    ) -> list[m.MetricProperties]:
        """List the metrics Service Bus records for a notification hub.

        ``GET /{subscription_id}/services/serviceBus/Namespaces//{name}/NotificationHubs/{hub_name}/Metrics`` (x-ms-version 2012-03-01)

        Args:
            name: Name of the namespace.
            hub_name: Name of the notification hub.

        Returns:
            list[MetricProperties]: A metric that Service Bus records for an
            entity.
        """
        return self._call(o.get_supported_metrics_notification_hub, name, hub_name)

    def get_supported_metrics_queue(
        self,
        name: str,
        queue_name: str,
    ) -> list[m.MetricProperties]:
        """List the metrics Service Bus records for a queue.

        ``GET /{subscription_id}/services/serviceBus/Namespaces//{name}/Queues/{queue_name}/Metrics`` (x-ms-version 2012-03-01)

        Args:
            name: Name of the namespace.
            queue_name: Name of the queue.

        Returns:
            list[MetricProperties]: A metric that Service Bus records for an
            entity.
        """
        return self._call(o.get_supported_metrics_queue, name, queue_name)

    def get_supported_metrics_relay(
        self,
        name: str,
        relay_name: str,
    ) -> list[m.MetricProperties]:
        """List the metrics Service Bus records for a relay.

        ``GET /{subscription_id}/services/serviceBus/Namespaces//{name}/Relays/{relay_name}/Metrics`` (x-ms-version 2012-03-01)

        Args:
            name: Name of the namespace.
            relay_name: Name of the relay.

        Returns:
            list[MetricProperties]: A metric that Service Bus records for an
            entity.
        """
        return self._call(o.get_supported_metrics_relay, name, relay_name)

    def get_supported_metrics_topic(
        self,
        name: str,
        topic_name: str,
    ) -> list[m.MetricProperties]:
        """List the metrics Service Bus records for a topic.

        ``GET /{subscription_id}/services/serviceBus/Namespaces//{name}/Topics/{topic_name}/Metrics`` (x-ms-version 2012-03-01)

        Args:
            name: Name of the namespace.
            topic_name: Name of the topic.

        Returns:
            list[MetricProperties]: A metric that Service Bus records for an
            entity.
        """
        return self._call(o.get_supported_metrics_topic, name, topic_name)

    def list_namespaces(self) -> list[m.ServiceBusNamespace]:
        """List the Service Bus namespaces of the subscription.

        ``GET /{subscription_id}/services/serviceBus/Namespaces/`` (x-ms-version 2012-03-01)

        Returns:
            list[ServiceBusNamespace]: A Service Bus namespace: its region,
            state, endpoints and (once active) its default key.
        """
        return self._call(o.list_namespaces)

    def list_notification_hubs(self, name: str) -> list[m.NotificationHubDescription]:
        """List the notification hubs of a Service Bus namespace.

        ``GET /{subscription_id}/services/serviceBus/Namespaces//{name}/NotificationHubs`` (x-ms-version 2012-03-01)

        Args:
            name: Name of the namespace.

        Returns:
            list[NotificationHubDescription]: A notification hub of a Service
            Bus namespace.
        """
        return self._call(o.list_notification_hubs, name)

    def list_queues(self, name: str) -> list[m.QueueDescription]:
        """List the queues of a Service Bus namespace.

        ``GET /{subscription_id}/services/serviceBus/Namespaces//{name}/Queues`` (x-ms-version 2012-03-01)

        Args:
            name: Name of the namespace.

        Returns:
            list[QueueDescription]: A queue of a Service Bus namespace: its
            settings and message counters.
        """
        return self._call(o.list_queues, name)

    def list_relays(self, name: str) -> list[m.RelayDescription]:
        """List the relays of a Service Bus namespace.

        ``GET /{subscription_id}/services/serviceBus/Namespaces//{name}/Relays`` (x-ms-version 2012-03-01)

        Args:
            name: Name of the namespace.

        Returns:
            list[RelayDescription]: A WCF relay endpoint of a Service Bus
            namespace.
        """
        return self._call(o.list_relays, name)

    def list_topics(self, name: str) -> list[m.TopicDescription]:
        """List the topics of a Service Bus namespace.

        ``GET /{subscription_id}/services/serviceBus/Namespaces//{name}/Topics`` (x-ms-version 2012-03-01)

        Args:
            name: Name of the namespace.

        Returns:
            list[TopicDescription]: A topic of a Service Bus namespace: its
            settings and message counters.
        """
        return self._call(o.list_topics, name)

    def wait_until_namespace_active(
        self,
        name: str,
        *,
        timeout: float = 600,
        delay: float | None = None,
        progress_callback: Callable[[Any], None] | None = None,
    ) -> m.ServiceBusNamespace:
        """Wait until a Service Bus namespace's status is Active.

        Waiter ``namespace_active``: calls `get_namespace` until the first matching
        rule says success or failure (no match: call again):

        - success: ``status`` == 'Active'
        - retry: HTTP status 404

        Args:
            name: Name of the namespace.
            timeout: Seconds to wait before raising AzureWaiterTimeoutError.
            delay: Fixed seconds between calls; None polls soon at first and backs off to
                5 s between calls.
            progress_callback: Called with every result of `get_namespace`.

        Returns:
            ServiceBusNamespace: the result that matched success.

        Raises:
            AzureWaiterTimeoutError: `timeout` ran out; `result` is the last result and
                `state` what the first rule saw in it.
        """
        return self._wait(
            o.wait_until_namespace_active,
            (name,),
            dict(name=name),
            timeout,
            delay,
            progress_callback,
        )
