"""Models of the Azure Service Management API defined in spec/schemas/networking.xsd.

Generated from spec/ by codegen; do not edit.  Each class is one XML shape of the API;
attributes are in wire order, constructor arguments are keyword-only except where the
spec gives a positional order.  A list wrapper of the API is a `list` subclass that also
answers to the predecessor SDK's attribute for its items.  Import them from `generated` or
`generated.models`; this area's readers and writers are in xml.py beside this module.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

import attrs

from asm_sdk_runtime.xml import _as_bool, _name_converters, _prefilled

if TYPE_CHECKING:
    from ..virtual_machines.models import DnsServer

__all__ = [
    'AddressPrefixes',
    'LocalNetworkConnections',
    'LocalNetworkSites',
    'ReservedIPs',
    'Subnets',
    'VirtualNetworkSites',
    'AddressSpace',
    'LocalNetworkConnection',
    'LocalNetworkSite',
    'ReservedIP',
    'ReservedIPAssociation',
    'Subnet',
    'VirtualNetworkDns',
    'VirtualNetworkGateway',
    'VirtualNetworkSite',
]


class AddressPrefixes(list[str]):
    """A list of str (``<AddressPrefix>`` elements).
    """

    __slots__ = ("_prefilled",)


class LocalNetworkConnections(list['LocalNetworkConnection']):
    """A list of LocalNetworkConnection (``<Connection>`` elements).
    """

    __slots__ = ("_prefilled",)


class LocalNetworkSites(list['LocalNetworkSite']):
    """A list of LocalNetworkSite (``<LocalNetworkSite>`` elements).
    """

    __slots__ = ("_prefilled",)


class ReservedIPs(list['ReservedIP']):
    """A list of ReservedIP (``<ReservedIP>`` elements).

    Also answers to ``.reserved_ips``, the predecessor SDK's attribute for the items,
    and ``vars()`` shows the items under that name, as the predecessor's wrapper object held them.
    """

    __slots__ = ("_prefilled",)

    @property
    def __dict__(self) -> dict[str, Any]:  # type: ignore[override]  # vars() of a wrapper
        # A copy of the items (a plain list): a vars() walk never loops back into the list.
        return {'reserved_ips': list(self)}

    @property
    def reserved_ips(self) -> ReservedIPs:
        return self

    @reserved_ips.setter
    def reserved_ips(self, items: list[Any]) -> None:
        self[:] = items


class Subnets(list['Subnet']):
    """A list of Subnet (``<Subnet>`` elements).

    Also answers to ``.subnets``, the predecessor SDK's attribute for the items,
    and ``vars()`` shows the items under that name, as the predecessor's wrapper object held them.
    """

    __slots__ = ("_prefilled",)

    @property
    def __dict__(self) -> dict[str, Any]:  # type: ignore[override]  # vars() of a wrapper
        # A copy of the items (a plain list): a vars() walk never loops back into the list.
        return {'subnets': list(self)}

    @property
    def subnets(self) -> Subnets:
        return self

    @subnets.setter
    def subnets(self, items: list[Any]) -> None:
        self[:] = items


class VirtualNetworkSites(list['VirtualNetworkSite']):
    """A list of VirtualNetworkSite (``<VirtualNetworkSite>`` elements).

    Also answers to ``.virtual_network_sites``, the predecessor SDK's attribute for the items,
    and ``vars()`` shows the items under that name, as the predecessor's wrapper object held them.
    """

    __slots__ = ("_prefilled",)

    @property
    def __dict__(self) -> dict[str, Any]:  # type: ignore[override]  # vars() of a wrapper
        # A copy of the items (a plain list): a vars() walk never loops back into the list.
        return {'virtual_network_sites': list(self)}

    @property
    def virtual_network_sites(self) -> VirtualNetworkSites:
        return self

    @virtual_network_sites.setter
    def virtual_network_sites(self, items: list[Any]) -> None:
        self[:] = items


@attrs.define(slots=False, eq=True)
class AddressSpace:
    """A set of address ranges in CIDR notation.

    Attributes:
        address_prefixes (AddressPrefixes): ``<AddressPrefixes>``. The ranges, such as 10.0.0.0/8.
    """

    address_prefixes: list[str] | None = attrs.field(default=None, kw_only=True)
    #: Child elements this version of the spec does not know, kept rather than dropped.
    unknown_elements: list[str] | None = attrs.field(
        default=None, kw_only=True, repr=False, eq=False)


@attrs.define(slots=False, eq=True)
class LocalNetworkConnection:
    """A connection from the gateway to a local network site.

    Attributes:
        type (str): ``<Type>``. Connection type, such as IPsec.
    """

    type: str | None = attrs.field(default=None, kw_only=True)
    #: Child elements this version of the spec does not know, kept rather than dropped.
    unknown_elements: list[str] | None = attrs.field(
        default=None, kw_only=True, repr=False, eq=False)


@attrs.define(slots=False, eq=True)
class LocalNetworkSite:
    """An on-premises network the virtual network gateway can reach.

    Attributes:
        name (str): ``<Name>``. Name of the local network.
        address_space (AddressSpace): ``<AddressSpace>``. Address ranges of the local network.
        vpn_gateway_address (str): ``<VpnGatewayAddress>``. Public address of the on-premises VPN device.
        connections (LocalNetworkConnections): ``<Connections>``. Connections to this local network.
    """

    name: str | None = attrs.field(default=None, kw_only=True)
    address_space: AddressSpace | None = attrs.field(default=None, kw_only=True)
    vpn_gateway_address: str | None = attrs.field(default=None, kw_only=True)
    connections: list[LocalNetworkConnection] | None = attrs.field(default=None, kw_only=True)
    #: Child elements this version of the spec does not know, kept rather than dropped.
    unknown_elements: list[str] | None = attrs.field(
        default=None, kw_only=True, repr=False, eq=False)


@attrs.define(slots=False, eq=True, field_transformer=_name_converters)
class ReservedIP:
    """A public IP address reserved in the subscription, optionally bound to a cloud
    service deployment.

    Attributes:
        name (str): ``<Name>``. Name of the reservation.
        address (str): ``<Address>``. The reserved IPv4 address.
        id (str): ``<Id>``. Unique identifier (a GUID) of the reservation.
        label (str): ``<Label>``. Display name (plain text, not base64).
        state (str): ``<State>``. Created, Creating, Updating, Deleting or Unavailable.
        in_use (bool): ``<InUse>``. Whether the address is bound to a deployment.
        service_name (str): ``<ServiceName>``. Cloud service using the address, if any.
        deployment_name (str): ``<DeploymentName>``. Deployment using the address, if any.
        location (str): ``<Location>``. Region of the address.
        virtual_ip_name (str): ``<VirtualIPName>``. Virtual IP of the deployment the address is bound to (multi-VIP
            deployments).
    """

    name: str | None = attrs.field(default=None, kw_only=True)
    address: str | None = attrs.field(default=None, kw_only=True)
    id: str | None = attrs.field(default=None, kw_only=True)
    label: str | None = attrs.field(default=None, kw_only=True)
    state: str | None = attrs.field(default=None, kw_only=True)
    in_use: bool | None = attrs.field(default=None, kw_only=True, converter=_as_bool)
    service_name: str | None = attrs.field(default=None, kw_only=True)
    deployment_name: str | None = attrs.field(default=None, kw_only=True)
    location: str | None = attrs.field(default=None, kw_only=True)
    virtual_ip_name: str | None = attrs.field(default=None, kw_only=True)
    #: Child elements this version of the spec does not know, kept rather than dropped.
    unknown_elements: list[str] | None = attrs.field(
        default=None, kw_only=True, repr=False, eq=False)


@attrs.define(slots=False, eq=True)
class ReservedIPAssociation:
    """Body of an associate or disassociate reserved IP request.

    Attributes:
        service_name (str): ``<ServiceName>``
        deployment_name (str): ``<DeploymentName>``
        virtual_ip_name (str): ``<VirtualIPName>``
    """

    service_name: str | None = attrs.field(default=None, kw_only=True)
    deployment_name: str | None = attrs.field(default=None, kw_only=True)
    virtual_ip_name: str | None = attrs.field(default=None, kw_only=True)
    #: Child elements this version of the spec does not know, kept rather than dropped.
    unknown_elements: list[str] | None = attrs.field(
        default=None, kw_only=True, repr=False, eq=False)


@attrs.define(slots=False, eq=True)
class Subnet:
    """A subnet of a virtual network.

    Attributes:
        name (str): ``<Name>``. Subnet name.
        address_prefix (str): ``<AddressPrefix>``. Address range of the subnet in CIDR notation.
        network_security_group (str): ``<NetworkSecurityGroup>``. Network security group applied to the subnet, if any.
    """

    name: str | None = attrs.field(default=None, kw_only=True)
    address_prefix: str | None = attrs.field(default=None, kw_only=True)
    network_security_group: str | None = attrs.field(default=None, kw_only=True)
    #: Child elements this version of the spec does not know, kept rather than dropped.
    unknown_elements: list[str] | None = attrs.field(
        default=None, kw_only=True, repr=False, eq=False)


@attrs.define(slots=False, eq=True)
class VirtualNetworkDns:
    """DNS settings of a virtual network.

    Attributes:
        dns_servers (VirtualNetworkDnsServers): ``<DnsServers>``. DNS servers handed to machines in the network.
    """

    dns_servers: list[DnsServer] | None = attrs.field(default=None, kw_only=True)
    #: Child elements this version of the spec does not know, kept rather than dropped.
    unknown_elements: list[str] | None = attrs.field(
        default=None, kw_only=True, repr=False, eq=False)


@attrs.define(slots=False, eq=True)
class VirtualNetworkGateway:
    """The VPN gateway of a virtual network.

    Attributes:
        profile (str): ``<Profile>``. Gateway size: Small, Medium, Large or ExtraLarge.
        sites (LocalNetworkSites): ``<Sites>``. Local network sites the gateway connects to.
        vpn_client_address_pool (AddressSpace): ``<VPNClientAddressPool>``. Addresses handed out to point-to-site VPN clients.
    """

    profile: str | None = attrs.field(default=None, kw_only=True)
    sites: list[LocalNetworkSite] | None = attrs.field(default=None, kw_only=True)
    vpn_client_address_pool: AddressSpace | None = attrs.field(default=None, kw_only=True)
    #: Child elements this version of the spec does not know, kept rather than dropped.
    unknown_elements: list[str] | None = attrs.field(
        default=None, kw_only=True, repr=False, eq=False)


@attrs.define(slots=False, eq=True, field_transformer=_name_converters)
class VirtualNetworkSite:
    """A virtual network configured in the subscription.

    Attributes:
        name (str): ``<Name>``. Network name.
        id (str): ``<Id>``. Unique identifier (a GUID) of the network.
        label (str): ``<Label>``. Display name of the network.
        affinity_group (str): ``<AffinityGroup>``. Affinity group of the network (older, affinity-group based
            networks).
        state (str): ``<State>``. Created, Creating, Updating, Deleting or Unavailable.
        in_use (bool): ``<InUse>``. Whether any deployment uses the network.
        address_space (AddressSpace): ``<AddressSpace>``. Address ranges of the whole network.
        subnets (Subnets): ``<Subnets>``. Subnets of the network.
        dns (VirtualNetworkDns): ``<Dns>``. DNS servers of the network.
        gateway (VirtualNetworkGateway): ``<Gateway>``. VPN gateway, when one is configured.
        location (str): ``<Location>``. Region of the network (regional networks).
        migration_state (str): ``<MigrationState>``. Progress of a migration to Resource Manager, if one was started.
    """

    name: str | None = attrs.field(default=None, kw_only=True)
    id: str | None = attrs.field(default=None, kw_only=True)
    label: str | None = attrs.field(default=None, kw_only=True)
    affinity_group: str | None = attrs.field(default=None, kw_only=True)
    state: str | None = attrs.field(default=None, kw_only=True)
    in_use: bool | None = attrs.field(default=None, kw_only=True, converter=_as_bool)
    address_space: AddressSpace | None = attrs.field(default=None, kw_only=True)
    subnets: list[Subnet] | None = attrs.field(default=attrs.Factory(lambda: _prefilled(Subnets())), kw_only=True)
    dns: VirtualNetworkDns | None = attrs.field(default=None, kw_only=True)
    gateway: VirtualNetworkGateway | None = attrs.field(default=None, kw_only=True)
    location: str | None = attrs.field(default=None, kw_only=True)
    migration_state: str | None = attrs.field(default=None, kw_only=True)
    #: Child elements this version of the spec does not know, kept rather than dropped.
    unknown_elements: list[str] | None = attrs.field(
        default=None, kw_only=True, repr=False, eq=False)

