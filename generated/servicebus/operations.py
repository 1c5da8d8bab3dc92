"""The operations of spec/operations/servicebus.toml as data, and its waiters
(spec/waiters/servicebus.toml): one record per operation, shared by the sync methods
(client.py) and the async ones (aio.py).

Generated from spec/ by codegen; do not edit.  asm_sdk_runtime.core builds each request
from a record and the method's arguments and reads the answer with it; `body_<operation>`
writes a request body from the arguments.
"""

from __future__ import annotations

from asm_sdk_runtime.core import Operation
from asm_sdk_runtime.polling import Waiter

from .. import models as m
from .._xml import to_xml
from . import xml as x
from ..servicebus_metrics import xml as servicebus_metrics


check_namespace_availability: Operation[m.NamespaceAvailability] = Operation(
    'check_namespace_availability', 'GET', '/{subscription_id}/services/serviceBus/CheckNamespaceAvailability/',
    ('name',),
    '2012-03-01',
    required=1,
    query=(('namespace', 'name', None),),
    idempotent=True,
    reader=x.read_NamespaceAvailability,
    root='{http://schemas.microsoft.com/netservices/2010/10/servicebus/connect}NamespaceAvailability',
    envelope='atom',
)


def body_create_namespace(name: str, region: str) -> str:
    """The request body of `create_namespace`: <NamespaceDescription>."""
    return to_xml(x.write_ServiceBusNamespace__create_namespace, m.ServiceBusNamespace(
        region=region,
    ), 'NamespaceDescription', 'http://schemas.microsoft.com/netservices/2010/10/servicebus/connect')


create_namespace: Operation[m.ServiceBusNamespace] = Operation(
    'create_namespace', 'PUT', '/{subscription_id}/services/serviceBus/Namespaces/{name}',
    ('name', 'region'),
    '2012-03-01',
    required=2,
    body=body_create_namespace,
    reader=x.read_ServiceBusNamespace,
    root='{http://schemas.microsoft.com/netservices/2010/10/servicebus/connect}NamespaceDescription',
    envelope='atom',
)


delete_namespace: Operation[None] = Operation(
    'delete_namespace', 'DELETE', '/{subscription_id}/services/serviceBus/Namespaces/{name}',
    ('name',),
    '2012-03-01',
    required=1,
    idempotent=True,
)


get_metrics_data_notification_hub: Operation[list[m.MetricValues]] = Operation(
    'get_metrics_data_notification_hub', 'GET', '/{subscription_id}/services/serviceBus/Namespaces//{name}/NotificationHubs/{hub_name}/Metrics/{metric}/Rollups/{rollup}/Values',
    ('name', 'hub_name', 'metric', 'rollup', 'filter_expresssion'),
    '2012-03-01',
    required=5,
    query=(('$filter', 'filter_expresssion', None),),
    idempotent=True,
    reader=servicebus_metrics.read_MetricValues,
    root='{http://schemas.microsoft.com/ado/2007/08/dataservices/metadata}properties',
    envelope='atom',
    feed=True,
)


get_metrics_data_queue: Operation[list[m.MetricValues]] = Operation(
    'get_metrics_data_queue', 'GET', '/{subscription_id}/services/serviceBus/Namespaces//{name}/Queues/{queue_name}/Metrics/{metric}/Rollups/{rollup}/Values',
    ('name', 'queue_name', 'metric', 'rollup', 'filter_expresssion'),
    '2012-03-01',
    required=5,
    query=(('$filter', 'filter_expresssion', None),),
    idempotent=True,
    reader=servicebus_metrics.read_MetricValues,
    root='{http://schemas.microsoft.com/ado/2007/08/dataservices/metadata}properties',
    envelope='atom',
    feed=True,
)


get_metrics_data_relay: Operation[list[m.MetricValues]] = Operation(
    'get_metrics_data_relay', 'GET', '/{subscription_id}/services/serviceBus/Namespaces//{name}/Relays/{relay_name}/Metrics/{metric}/Rollups/{rollup}/Values',
    ('name', 'relay_name', 'metric', 'rollup', 'filter_expresssion'),
    '2012-03-01',
    required=5,
    query=(('$filter', 'filter_expresssion', None),),
    idempotent=True,
    reader=servicebus_metrics.read_MetricValues,
    root='{http://schemas.microsoft.com/ado/2007/08/dataservices/metadata}properties',
    envelope='atom',
    feed=True,
)


get_metrics_data_topic: Operation[list[m.MetricValues]] = Operation(
    'get_metrics_data_topic', 'GET', '/{subscription_id}/services/serviceBus/Namespaces//{name}/Topics/{topic_name}/Metrics/{metric}/Rollups/{rollup}/Values',
    ('name', 'topic_name', 'metric', 'rollup', 'filter_expresssion'),
    '2012-03-01',
    required=5,
    query=(('$filter', 'filter_expresssion', None),),
    idempotent=True,
    reader=servicebus_metrics.read_MetricValues,
    root='{http://schemas.microsoft.com/ado/2007/08/dataservices/metadata}properties',
    envelope='atom',
    feed=True,
)


get_metrics_rollups_notification_hub: Operation[list[m.MetricRollups]] = Operation(
    'get_metrics_rollups_notification_hub', 'GET', '/{subscription_id}/services/serviceBus/Namespaces//{name}/NotificationHubs/{hub_name}/Metrics/{metric}/Rollups',
    ('name', 'hub_name', 'metric'),
    '2012-03-01',
    required=3,
    idempotent=True,
    reader=servicebus_metrics.read_MetricRollups,
    root='{http://schemas.microsoft.com/ado/2007/08/dataservices/metadata}properties',
    envelope='atom',
    feed=True,
)


get_metrics_rollups_queue: Operation[list[m.MetricRollups]] = Operation(
    'get_metrics_rollups_queue', 'GET', '/{subscription_id}/services/serviceBus/Namespaces//{name}/Queues/{queue_name}/Metrics/{metric}/Rollups',
    ('name', 'queue_name', 'metric'),
    '2012-03-01',
    required=3,
    idempotent=True,
    reader=servicebus_metrics.read_MetricRollups,
    root='{http://schemas.microsoft.com/ado/2007/08/dataservices/metadata}properties',
    envelope='atom',
    feed=True,
)


get_metrics_rollups_relay: Operation[list[m.MetricRollups]] = Operation(
    'get_metrics_rollups_relay', 'GET', '/{subscription_id}/services/serviceBus/Namespaces//{name}/Relays/{relay_name}/Metrics/{metric}/Rollups',
    ('name', 'relay_name', 'metric'),
    '2012-03-01',
    required=3,
    idempotent=True,
    reader=servicebus_metrics.read_MetricRollups,
    root='{http://schemas.microsoft.com/ado/2007/08/dataservices/metadata}properties',
    envelope='atom',
    feed=True,
)


get_metrics_rollups_topic: Operation[list[m.MetricRollups]] = Operation(
    'get_metrics_rollups_topic', 'GET', '/{subscription_id}/services/serviceBus/Namespaces//{name}/Topics/{topic_name}/Metrics/{metric}/Rollups',
    ('name', 'topic_name', 'metric'),
    '2012-03-01',
    required=3,
    idempotent=True,
    reader=servicebus_metrics.read_MetricRollups,
    root='{http://schemas.microsoft.com/ado/2007/08/dataservices/metadata}properties',
    envelope='atom',
    feed=True,
)


get_namespace: Operation[m.ServiceBusNamespace] = Operation(
    'get_namespace', 'GET', '/{subscription_id}/services/serviceBus/Namespaces/{name}',
    ('name',),
    '2012-03-01',
    required=1,
    idempotent=True,
    reader=x.read_ServiceBusNamespace,
    root='{http://schemas.microsoft.com/netservices/2010/10/servicebus/connect}NamespaceDescription',
    envelope='atom',
)


get_regions: Operation[list[m.ServiceBusRegion]] = Operation(
    'get_regions', 'GET', '/{subscription_id}/services/serviceBus/Regions/',
    (),
    '2012-03-01',
    idempotent=True,
    reader=x.read_ServiceBusRegion,
    root='{http://schemas.microsoft.com/netservices/2010/10/servicebus/connect}RegionCodeDescription',
    envelope='atom',
    feed=True,
)


get_supported_metrics_notification_hub: Operation[list[m.MetricProperties]] = Operation(
    'get_supported_metrics_notification_hub', 'GET', '/{subscription_id}/services/serviceBus/Namespaces//{name}/NotificationHubs/{hub_name}/Metrics',
    ('name', 'hub_name'),
    '2012-03-01',
    required=2,
    idempotent=True,
    reader=servicebus_metrics.read_MetricProperties,
    root='{http://schemas.microsoft.com/ado/2007/08/dataservices/metadata}properties',
    envelope='atom',
    feed=True,
)


get_supported_metrics_queue: Operation[list[m.MetricProperties]] = Operation(
    'get_supported_metrics_queue', 'GET', '/{subscription_id}/services/serviceBus/Namespaces//{name}/Queues/{queue_name}/Metrics',
    ('name', 'queue_name'),
    '2012-03-01',
    required=2,
    idempotent=True,
    reader=servicebus_metrics.read_MetricProperties,
    root='{http://schemas.microsoft.com/ado/2007/08/dataservices/metadata}properties',
    envelope='atom',
    feed=True,
)


get_supported_metrics_relay: Operation[list[m.MetricProperties]] = Operation(
    'get_supported_metrics_relay', 'GET', '/{subscription_id}/services/serviceBus/Namespaces//{name}/Relays/{relay_name}/Metrics',
    ('name', 'relay_name'),
    '2012-03-01',
    required=2,
    idempotent=True,
    reader=servicebus_metrics.read_MetricProperties,
    root='{http://schemas.microsoft.com/ado/2007/08/dataservices/metadata}properties',
    envelope='atom',
    feed=True,
)


get_supported_metrics_topic: Operation[list[m.MetricProperties]] = Operation(
    'get_supported_metrics_topic', 'GET', '/{subscription_id}/services/serviceBus/Namespaces//{name}/Topics/{topic_name}/Metrics',
    ('name', 'topic_name'),
    '2012-03-01',
    required=2,
    idempotent=True,
    reader=servicebus_metrics.read_MetricProperties,
    root='{http://schemas.microsoft.com/ado/2007/08/dataservices/metadata}properties',
    envelope='atom',
    feed=True,
)


list_namespaces: Operation[list[m.ServiceBusNamespace]] = Operation(
    'list_namespaces', 'GET', '/{subscription_id}/services/serviceBus/Namespaces/',
    (),
    '2012-03-01',
    idempotent=True,
    reader=x.read_ServiceBusNamespace,
    root='{http://schemas.microsoft.com/netservices/2010/10/servicebus/connect}NamespaceDescription',
    envelope='atom',
    feed=True,
)


list_notification_hubs: Operation[list[m.NotificationHubDescription]] = Operation(
    'list_notification_hubs', 'GET', '/{subscription_id}/services/serviceBus/Namespaces//{name}/NotificationHubs',
    ('name',),
    '2012-03-01',
    required=1,
    idempotent=True,
    reader=x.read_NotificationHubDescription,
    root='{http://schemas.microsoft.com/netservices/2010/10/servicebus/connect}NotificationHubDescription',
    envelope='atom',
    feed=True,
    atom_title='name',
)


list_queues: Operation[list[m.QueueDescription]] = Operation(
    'list_queues', 'GET', '/{subscription_id}/services/serviceBus/Namespaces//{name}/Queues',
    ('name',),
    '2012-03-01',
    required=1,
    idempotent=True,
    reader=x.read_QueueDescription,
    root='{http://schemas.microsoft.com/netservices/2010/10/servicebus/connect}QueueDescription',
    envelope='atom',
    feed=True,
    atom_title='name',
)


list_relays: Operation[list[m.RelayDescription]] = Operation(
    'list_relays', 'GET', '/{subscription_id}/services/serviceBus/Namespaces//{name}/Relays',
    ('name',),
    '2012-03-01',
    required=1,
    idempotent=True,
    reader=x.read_RelayDescription,
    root='{http://schemas.microsoft.com/netservices/2010/10/servicebus/connect}RelayDescription',
    envelope='atom',
    feed=True,
    atom_title='name',
)


list_topics: Operation[list[m.TopicDescription]] = Operation(
    'list_topics', 'GET', '/{subscription_id}/services/serviceBus/Namespaces//{name}/Topics',
    ('name',),
    '2012-03-01',
    required=1,
    idempotent=True,
    reader=x.read_TopicDescription,
    root='{http://schemas.microsoft.com/netservices/2010/10/servicebus/connect}TopicDescription',
    envelope='atom',
    feed=True,
    atom_title='name',
)


# Waiter namespace_active: acceptors (state, matcher, expected, path) and the operation polled.
wait_until_namespace_active: Waiter[m.ServiceBusNamespace] = Waiter('namespace_active', 5.0, (
    ('success', 'path', 'Active', 'status'),
    ('retry', 'status', 404, None),
), get_namespace)
