"""The operations of spec/operations/networking.toml as data: one record per operation, shared
by the sync methods (client.py) and the async ones (aio.py).

Generated from spec/ by codegen; do not edit.  asm_sdk_runtime.core builds each request
from a record and the method's arguments and reads the answer with it; `body_<operation>`
writes a request body from the arguments.
"""

from __future__ import annotations

from asm_sdk_runtime.core import AsynchronousOperationResult, Operation

from .. import models as m
from .._xml import to_xml
from . import xml as x
from ..virtual_machines import xml as virtual_machines


def body_add_dns_server(
    service_name: str,
    deployment_name: str,
    dns_server_name: str,
    address: str,
) -> str:
    """The request body of `add_dns_server`: <DnsServer>."""
    return to_xml(virtual_machines.write_DnsServer, m.DnsServer(
        name=dns_server_name,
        address=address,
    ), 'DnsServer')


add_dns_server: Operation[AsynchronousOperationResult] = Operation(
    'add_dns_server', 'POST', '/{subscription_id}/services/hostedservices/{service_name}/deployments/{deployment_name}/dnsservers',
    ('service_name', 'deployment_name', 'dns_server_name', 'address'),
    '2014-10-01',
    required=4,
    body=body_add_dns_server,
    returns_request_id=True,
)


def body_associate_reserved_ip_address(
    name: str,
    service_name: str,
    deployment_name: str,
    virtual_ip_name: str | None,
) -> str:
    """The request body of `associate_reserved_ip_address`: <ReservedIPAssociation>."""
    return to_xml(x.write_ReservedIPAssociation, m.ReservedIPAssociation(
        service_name=service_name,
        deployment_name=deployment_name,
        virtual_ip_name=virtual_ip_name,
    ), 'ReservedIPAssociation')


associate_reserved_ip_address: Operation[AsynchronousOperationResult] = Operation(
    'associate_reserved_ip_address', 'POST', '/{subscription_id}/services/networking/reservedips/{name}/operations/associate',
    ('name', 'service_name', 'deployment_name', 'virtual_ip_name'),
    '2015-02-01',
    required=3,
    body=body_associate_reserved_ip_address,
    returns_request_id=True,
)


def body_create_reserved_ip_address(name: str, label: str | None, location: str | None) -> str:
    """The request body of `create_reserved_ip_address`: <ReservedIP>."""
    return to_xml(x.write_ReservedIP__create_reserved_ip_address, m.ReservedIP(
        name=name,
        label=label,
        location=location,
    ), 'ReservedIP')


create_reserved_ip_address: Operation[AsynchronousOperationResult] = Operation(
    'create_reserved_ip_address', 'POST', '/{subscription_id}/services/networking/reservedips',
    ('name', 'label', 'location'),
    '2014-10-01',
    required=1,
    body=body_create_reserved_ip_address,
    returns_request_id=True,
)


delete_dns_server: Operation[AsynchronousOperationResult] = Operation(
    'delete_dns_server', 'DELETE', '/{subscription_id}/services/hostedservices/{service_name}/deployments/{deployment_name}/dnsservers/{dns_server_name}',
    ('service_name', 'deployment_name', 'dns_server_name'),
    '2014-10-01',
    required=3,
    returns_request_id=True,
)


delete_reserved_ip_address: Operation[AsynchronousOperationResult] = Operation(
    'delete_reserved_ip_address', 'DELETE', '/{subscription_id}/services/networking/reservedips/{name}',
    ('name',),
    '2014-10-01',
    required=1,
    returns_request_id=True,
)


def body_disassociate_reserved_ip_address(
    name: str,
    service_name: str,
    deployment_name: str,
    virtual_ip_name: str | None,
) -> str:
    """The request body of `disassociate_reserved_ip_address`: <ReservedIPAssociation>."""
    return to_xml(x.write_ReservedIPAssociation, m.ReservedIPAssociation(
        service_name=service_name,
        deployment_name=deployment_name,
        virtual_ip_name=virtual_ip_name,
    ), 'ReservedIPAssociation')


disassociate_reserved_ip_address: Operation[AsynchronousOperationResult] = Operation(
    'disassociate_reserved_ip_address', 'POST', '/{subscription_id}/services/networking/reservedips/{name}/operations/disassociate',
    ('name', 'service_name', 'deployment_name', 'virtual_ip_name'),
    '2015-02-01',
    required=3,
    body=body_disassociate_reserved_ip_address,
    returns_request_id=True,
)


get_reserved_ip_address: Operation[m.ReservedIP] = Operation(
    'get_reserved_ip_address', 'GET', '/{subscription_id}/services/networking/reservedips/{name}',
    ('name',),
    '2014-10-01',
    required=1,
    idempotent=True,
    reader=x.read_ReservedIP,
    root='{http://schemas.microsoft.com/windowsazure}ReservedIP',
)


list_reserved_ip_addresses: Operation[list[m.ReservedIP]] = Operation(
    'list_reserved_ip_addresses', 'GET', '/{subscription_id}/services/networking/reservedips',
    (),
    '2014-10-01',
    idempotent=True,
    reader=x.read_ReservedIPs,
    root='{http://schemas.microsoft.com/windowsazure}ReservedIPs',
)


list_virtual_network_sites: Operation[list[m.VirtualNetworkSite]] = Operation(
    'list_virtual_network_sites', 'GET', '/{subscription_id}/services/networking/virtualnetwork',
    (),
    '2014-10-01',
    idempotent=True,
    reader=x.read_VirtualNetworkSites,
    root='{http://schemas.microsoft.com/windowsazure}VirtualNetworkSites',
)


def body_update_dns_server(
    service_name: str,
    deployment_name: str,
    dns_server_name: str,
    address: str,
) -> str:
    """The request body of `update_dns_server`: <DnsServer>."""
    return to_xml(virtual_machines.write_DnsServer, m.DnsServer(
        name=dns_server_name,
        address=address,
    ), 'DnsServer')


update_dns_server: Operation[AsynchronousOperationResult] = Operation(
    'update_dns_server', 'PUT', '/{subscription_id}/services/hostedservices/{service_name}/deployments/{deployment_name}/dnsservers/{dns_server_name}',
    ('service_name', 'deployment_name', 'dns_server_name', 'address'),
    '2014-10-01',
    required=4,
    idempotent=True,
    body=body_update_dns_server,
    returns_request_id=True,
)
