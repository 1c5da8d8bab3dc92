"""ServiceBusManagementService: one method per operation of the spec.

Generated from spec/ by codegen; do not edit.
"""

from __future__ import annotations

from typing import Any, Callable

from asm_sdk_runtime.client import (ServiceClient, path_value, required)
from asm_sdk_runtime.polling import Waiter, wait_until

from . import _xml as x
from . import models as m

# Waiters: acceptors (state, matcher, expected, path) from spec/waiters/, compiled once.
_WAIT_NAMESPACE_ACTIVE = Waiter('namespace_active', 5.0, (
    ('success', 'path', 'Active', 'status'),
    ('retry', 'status', 404, None),
))


class ServiceBusManagementService(ServiceClient):
    """Client for the Service Bus part of Azure Service Management (classic): namespaces,
    regions, queues, topics, relays, notification hubs and their metrics.

    Authenticates with a management certificate (mutual TLS), like
    ServiceManagementService. One instance may be shared by many threads.

    Construct it as ``ServiceBusManagementService(subscription_id, cert_file)``, or with an Azure AD
    token credential as ``ServiceBusManagementService(subscription_id, credential=...)``; every
    constructor argument is described on `asm_sdk_runtime.client.ServiceClient`.  Default host:
    management.core.windows.net, x-ms-version 2012-03-01.
    """

    _default_host = 'management.core.windows.net'
    _x_ms_version = '2012-03-01'

    def check_namespace_availability(self, name: str) -> m.NamespaceAvailability:
        """Check whether a Service Bus namespace name is still free.

        ``GET /{subscription_id}/services/serviceBus/CheckNamespaceAvailability/`` (x-ms-version 2012-03-01)

        Args:
            name: Namespace name to check.

        Returns:
            NamespaceAvailability: Whether a proposed Service Bus namespace name
            is still free.
        """
        required(name=name)
        return self._perform(
            'GET',
            '/' + self._sub + '/services/serviceBus/CheckNamespaceAvailability/',
            [('namespace', name)],
            '2012-03-01',
            None,
            x.read_NamespaceAvailability,
            '{http://schemas.microsoft.com/netservices/2010/10/servicebus/connect}NamespaceAvailability',
            idempotent=True,
            envelope='atom',
        )

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
        required(name=name, region=region)
        body = x.to_xml(x.write_ServiceBusNamespace__create_namespace, m.ServiceBusNamespace(
            region=region,
        ), 'NamespaceDescription', 'http://schemas.microsoft.com/netservices/2010/10/servicebus/connect')
        return self._perform(
            'PUT',
            '/' + self._sub + '/services/serviceBus/Namespaces/' + path_value(name, 'name'),
            [],
            '2012-03-01',
            body,
            x.read_ServiceBusNamespace,
            '{http://schemas.microsoft.com/netservices/2010/10/servicebus/connect}NamespaceDescription',
            envelope='atom',
        )

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
        required(name=name)
        return self._perform(
            'DELETE',
            '/' + self._sub + '/services/serviceBus/Namespaces/' + path_value(name, 'name'),
            [],
            '2012-03-01',
            None,
            None,
            None,
            idempotent=True,
        )

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
        required(
            name=name,
            hub_name=hub_name,
            metric=metric,
            rollup=rollup,
            filter_expresssion=filter_expresssion,
        )
        return self._perform(
            'GET',
            '/' + self._sub + '/services/serviceBus/Namespaces//' + path_value(name, 'name') + '/NotificationHubs/' + path_value(hub_name, 'hub_name') + '/Metrics/' + path_value(metric, 'metric') + '/Rollups/' + path_value(rollup, 'rollup') + '/Values',
            [('$filter', filter_expresssion)],
            '2012-03-01',
            None,
            x.read_MetricValues,
            '{http://schemas.microsoft.com/ado/2007/08/dataservices/metadata}properties',
            idempotent=True,
            envelope='atom',
            feed=True,
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
        required(
            name=name,
            queue_name=queue_name,
            metric=metric,
            rollup=rollup,
            filter_expresssion=filter_expresssion,
        )
        return self._perform(
            'GET',
            '/' + self._sub + '/services/serviceBus/Namespaces//' + path_value(name, 'name') + '/Queues/' + path_value(queue_name, 'queue_name') + '/Metrics/' + path_value(metric, 'metric') + '/Rollups/' + path_value(rollup, 'rollup') + '/Values',
            [('$filter', filter_expresssion)],
            '2012-03-01',
            None,
            x.read_MetricValues,
            '{http://schemas.microsoft.com/ado/2007/08/dataservices/metadata}properties',
            idempotent=True,
            envelope='atom',
            feed=True,
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
        required(
            name=name,
            relay_name=relay_name,
            metric=metric,
            rollup=rollup,
            filter_expresssion=filter_expresssion,
        )
        return self._perform(
            'GET',
            '/' + self._sub + '/services/serviceBus/Namespaces//' + path_value(name, 'name') + '/Relays/' + path_value(relay_name, 'relay_name') + '/Metrics/' + path_value(metric, 'metric') + '/Rollups/' + path_value(rollup, 'rollup') + '/Values',
            [('$filter', filter_expresssion)],
            '2012-03-01',
            None,
            x.read_MetricValues,
            '{http://schemas.microsoft.com/ado/2007/08/dataservices/metadata}properties',
            idempotent=True,
            envelope='atom',
            feed=True,
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
        required(
            name=name,
            topic_name=topic_name,
            metric=metric,
            rollup=rollup,
            filter_expresssion=filter_expresssion,
        )
        return self._perform(
            'GET',
            '/' + self._sub + '/services/serviceBus/Namespaces//' + path_value(name, 'name') + '/Topics/' + path_value(topic_name, 'topic_name') + '/Metrics/' + path_value(metric, 'metric') + '/Rollups/' + path_value(rollup, 'rollup') + '/Values',
            [('$filter', filter_expresssion)],
            '2012-03-01',
            None,
            x.read_MetricValues,
            '{http://schemas.microsoft.com/ado/2007/08/dataservices/metadata}properties',
            idempotent=True,
            envelope='atom',
            feed=True,
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
        required(name=name, hub_name=hub_name, metric=metric)
        return self._perform(
            'GET',
            '/' + self._sub + '/services/serviceBus/Namespaces//' + path_value(name, 'name') + '/NotificationHubs/' + path_value(hub_name, 'hub_name') + '/Metrics/' + path_value(metric, 'metric') + '/Rollups',
            [],
            '2012-03-01',
            None,
            x.read_MetricRollups,
            '{http://schemas.microsoft.com/ado/2007/08/dataservices/metadata}properties',
            idempotent=True,
            envelope='atom',
            feed=True,
        )

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
        required(name=name, queue_name=queue_name, metric=metric)
        return self._perform(
            'GET',
            '/' + self._sub + '/services/serviceBus/Namespaces//' + path_value(name, 'name') + '/Queues/' + path_value(queue_name, 'queue_name') + '/Metrics/' + path_value(metric, 'metric') + '/Rollups',
            [],
            '2012-03-01',
            None,
            x.read_MetricRollups,
            '{http://schemas.microsoft.com/ado/2007/08/dataservices/metadata}properties',
            idempotent=True,
            envelope='atom',
            feed=True,
        )

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
        required(name=name, relay_name=relay_name, metric=metric)
        return self._perform(
            'GET',
            '/' + self._sub + '/services/serviceBus/Namespaces//' + path_value(name, 'name') + '/Relays/' + path_value(relay_name, 'relay_name') + '/Metrics/' + path_value(metric, 'metric') + '/Rollups',
            [],
            '2012-03-01',
            None,
            x.read_MetricRollups,
            '{http://schemas.microsoft.com/ado/2007/08/dataservices/metadata}properties',
            idempotent=True,
            envelope='atom',
            feed=True,
        )

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
        required(name=name, topic_name=topic_name, metric=metric)
        return self._perform(
            'GET',
            '/' + self._sub + '/services/serviceBus/Namespaces//' + path_value(name, 'name') + '/Topics/' + path_value(topic_name, 'topic_name') + '/Metrics/' + path_value(metric, 'metric') + '/Rollups',
            [],
            '2012-03-01',
            None,
            x.read_MetricRollups,
            '{http://schemas.microsoft.com/ado/2007/08/dataservices/metadata}properties',
            idempotent=True,
            envelope='atom',
            feed=True,
        )

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
        required(name=name)
        return self._perform(
            'GET',
            '/' + self._sub + '/services/serviceBus/Namespaces/' + path_value(name, 'name'),
            [],
            '2012-03-01',
            None,
            x.read_ServiceBusNamespace,
            '{http://schemas.microsoft.com/netservices/2010/10/servicebus/connect}NamespaceDescription',
            idempotent=True,
            envelope='atom',
        )

    def get_operation_status(self, request_id: str) -> m.Operation:
        """Get the status of an asynchronous operation from the request id it returned.

        ``GET /{subscription_id}/operations/{request_id}`` (x-ms-version 2012-03-01)

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
            '2012-03-01',
            None,
            x.read_Operation,
            '{http://schemas.microsoft.com/windowsazure}Operation',
            idempotent=True,
        )

    def get_regions(self) -> list[m.ServiceBusRegion]:
        """List the regions that can host Service Bus namespaces.

        ``GET /{subscription_id}/services/serviceBus/Regions/`` (x-ms-version 2012-03-01)

        Returns:
            list[ServiceBusRegion]: A region that can host Service Bus
            namespaces.
        """
        return self._perform(
            'GET',
            '/' + self._sub + '/services/serviceBus/Regions/',
            [],
            '2012-03-01',
            None,
            x.read_ServiceBusRegion,
            '{http://schemas.microsoft.com/netservices/2010/10/servicebus/connect}RegionCodeDescription',
            idempotent=True,
            envelope='atom',
            feed=True,
        )

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
        required(name=name, hub_name=hub_name)
        return self._perform(
            'GET',
            '/' + self._sub + '/services/serviceBus/Namespaces//' + path_value(name, 'name') + '/NotificationHubs/' + path_value(hub_name, 'hub_name') + '/Metrics',
            [],
            '2012-03-01',
            None,
            x.read_MetricProperties,
            '{http://schemas.microsoft.com/ado/2007/08/dataservices/metadata}properties',
            idempotent=True,
            envelope='atom',
            feed=True,
        )

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
        required(name=name, queue_name=queue_name)
        return self._perform(
            'GET',
            '/' + self._sub + '/services/serviceBus/Namespaces//' + path_value(name, 'name') + '/Queues/' + path_value(queue_name, 'queue_name') + '/Metrics',
            [],
            '2012-03-01',
            None,
            x.read_MetricProperties,
            '{http://schemas.microsoft.com/ado/2007/08/dataservices/metadata}properties',
            idempotent=True,
            envelope='atom',
            feed=True,
        )

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
        required(name=name, relay_name=relay_name)
        return self._perform(
            'GET',
            '/' + self._sub + '/services/serviceBus/Namespaces//' + path_value(name, 'name') + '/Relays/' + path_value(relay_name, 'relay_name') + '/Metrics',
            [],
            '2012-03-01',
            None,
            x.read_MetricProperties,
            '{http://schemas.microsoft.com/ado/2007/08/dataservices/metadata}properties',
            idempotent=True,
            envelope='atom',
            feed=True,
        )

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
        required(name=name, topic_name=topic_name)
        return self._perform(
            'GET',
            '/' + self._sub + '/services/serviceBus/Namespaces//' + path_value(name, 'name') + '/Topics/' + path_value(topic_name, 'topic_name') + '/Metrics',
            [],
            '2012-03-01',
            None,
            x.read_MetricProperties,
            '{http://schemas.microsoft.com/ado/2007/08/dataservices/metadata}properties',
            idempotent=True,
            envelope='atom',
            feed=True,
        )

    def list_namespaces(self) -> list[m.ServiceBusNamespace]:
        """List the Service Bus namespaces of the subscription.

        ``GET /{subscription_id}/services/serviceBus/Namespaces/`` (x-ms-version 2012-03-01)

        Returns:
            list[ServiceBusNamespace]: A Service Bus namespace: its region,
            state, endpoints and (once active) its default key.
        """
        return self._perform(
            'GET',
            '/' + self._sub + '/services/serviceBus/Namespaces/',
            [],
            '2012-03-01',
            None,
            x.read_ServiceBusNamespace,
            '{http://schemas.microsoft.com/netservices/2010/10/servicebus/connect}NamespaceDescription',
            idempotent=True,
            envelope='atom',
            feed=True,
        )

    def list_notification_hubs(self, name: str) -> list[m.NotificationHubDescription]:
        """List the notification hubs of a Service Bus namespace.

        ``GET /{subscription_id}/services/serviceBus/Namespaces//{name}/NotificationHubs`` (x-ms-version 2012-03-01)

        Args:
            name: Name of the namespace.

        Returns:
            list[NotificationHubDescription]: A notification hub of a Service
            Bus namespace.
        """
        required(name=name)
        return self._perform(
            'GET',
            '/' + self._sub + '/services/serviceBus/Namespaces//' + path_value(name, 'name') + '/NotificationHubs',
            [],
            '2012-03-01',
            None,
            x.read_NotificationHubDescription,
            '{http://schemas.microsoft.com/netservices/2010/10/servicebus/connect}NotificationHubDescription',
            idempotent=True,
            envelope='atom',
            feed=True,
            atom_title='name',
        )

    def list_queues(self, name: str) -> list[m.QueueDescription]:
        """List the queues of a Service Bus namespace.

        ``GET /{subscription_id}/services/serviceBus/Namespaces//{name}/Queues`` (x-ms-version 2012-03-01)

        Args:
            name: Name of the namespace.

        Returns:
            list[QueueDescription]: A queue of a Service Bus namespace: its
            settings and message counters.
        """
        required(name=name)
        return self._perform(
            'GET',
            '/' + self._sub + '/services/serviceBus/Namespaces//' + path_value(name, 'name') + '/Queues',
            [],
            '2012-03-01',
            None,
            x.read_QueueDescription,
            '{http://schemas.microsoft.com/netservices/2010/10/servicebus/connect}QueueDescription',
            idempotent=True,
            envelope='atom',
            feed=True,
            atom_title='name',
        )

    def list_relays(self, name: str) -> list[m.RelayDescription]:
        """List the relays of a Service Bus namespace.

        ``GET /{subscription_id}/services/serviceBus/Namespaces//{name}/Relays`` (x-ms-version 2012-03-01)

        Args:
            name: Name of the namespace.

        Returns:
            list[RelayDescription]: A WCF relay endpoint of a Service Bus
            namespace.
        """
        required(name=name)
        return self._perform(
            'GET',
            '/' + self._sub + '/services/serviceBus/Namespaces//' + path_value(name, 'name') + '/Relays',
            [],
            '2012-03-01',
            None,
            x.read_RelayDescription,
            '{http://schemas.microsoft.com/netservices/2010/10/servicebus/connect}RelayDescription',
            idempotent=True,
            envelope='atom',
            feed=True,
            atom_title='name',
        )

    def list_topics(self, name: str) -> list[m.TopicDescription]:
        """List the topics of a Service Bus namespace.

        ``GET /{subscription_id}/services/serviceBus/Namespaces//{name}/Topics`` (x-ms-version 2012-03-01)

        Args:
            name: Name of the namespace.

        Returns:
            list[TopicDescription]: A topic of a Service Bus namespace: its
            settings and message counters.
        """
        required(name=name)
        return self._perform(
            'GET',
            '/' + self._sub + '/services/serviceBus/Namespaces//' + path_value(name, 'name') + '/Topics',
            [],
            '2012-03-01',
            None,
            x.read_TopicDescription,
            '{http://schemas.microsoft.com/netservices/2010/10/servicebus/connect}TopicDescription',
            idempotent=True,
            envelope='atom',
            feed=True,
            atom_title='name',
        )

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
        def call() -> m.ServiceBusNamespace:
            return self.get_namespace(name=name)

        args = dict(name=name)
        return wait_until(
            _WAIT_NAMESPACE_ACTIVE,
            call,
            args,
            timeout,
            delay,
            progress_callback,
        )
