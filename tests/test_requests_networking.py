"""Request and parse tests for the networking operations no recording covers.

list_virtual_network_sites: the request is checked against the REST reference (List
Virtual Network Sites: GET /<subscription-id>/services/networking/virtualnetwork, no body),
the answer is a body written after the documented VirtualNetworkSites shape, with the element
order Azure actually sends (Location last, see docs/research/storage_and_networking.md).
"""

from __future__ import annotations

import pytest

from tests.fakes import FakeTransport, install, response
from tests.replay import SUBSCRIPTION, canonical_xml

NS_ATTRS = ('xmlns="http://schemas.microsoft.com/windowsazure" '
            'xmlns:i="http://www.w3.org/2001/XMLSchema-instance"')

SITES = f"""<VirtualNetworkSites {NS_ATTRS}>
  <VirtualNetworkSite>
    <Name>hybridnet</Name>
    <Id>7d1a1d2c-4c3b-4e0f-9a57-1f0b8a1c9e42</Id>
    <Label>hybrid network</Label>
    <AffinityGroup>westus-group</AffinityGroup>
    <State>Created</State>
    <InUse>true</InUse>
    <AddressSpace>
      <AddressPrefixes>
        <AddressPrefix>10.1.0.0/16</AddressPrefix>
        <AddressPrefix>192.168.10.0/24</AddressPrefix>
      </AddressPrefixes>
    </AddressSpace>
    <Subnets>
      <Subnet><Name>frontend</Name><AddressPrefix>10.1.0.0/24</AddressPrefix></Subnet>
      <Subnet><Name>backend</Name><AddressPrefix>10.1.1.0/24</AddressPrefix></Subnet>
      <Subnet><Name>GatewaySubnet</Name><AddressPrefix>10.1.255.0/29</AddressPrefix></Subnet>
    </Subnets>
    <Dns>
      <DnsServers>
        <DnsServer><Name>corpdns1</Name><Address>10.1.0.4</Address></DnsServer>
        <DnsServer><Name>corpdns2</Name><Address>10.1.0.5</Address></DnsServer>
      </DnsServers>
    </Dns>
    <Gateway>
      <Profile>Small</Profile>
      <Sites>
        <LocalNetworkSite>
          <Name>headoffice</Name>
          <AddressSpace>
            <AddressPrefixes><AddressPrefix>172.20.0.0/16</AddressPrefix></AddressPrefixes>
          </AddressSpace>
          <VpnGatewayAddress>131.107.12.34</VpnGatewayAddress>
          <Connections><Connection><Type>IPsec</Type></Connection></Connections>
        </LocalNetworkSite>
      </Sites>
      <VPNClientAddressPool>
        <AddressPrefixes><AddressPrefix>172.31.0.0/24</AddressPrefix></AddressPrefixes>
      </VPNClientAddressPool>
    </Gateway>
  </VirtualNetworkSite>
  <VirtualNetworkSite>
    <Name>regionalnet</Name>
    <Id>0c3a55ad-2a8e-4f6e-b3f1-5d2f8c0e7a10</Id>
    <State>Created</State>
    <InUse>false</InUse>
    <AddressSpace>
      <AddressPrefixes><AddressPrefix>10.2.0.0/16</AddressPrefix></AddressPrefixes>
    </AddressSpace>
    <Subnets>
      <Subnet><Name>Subnet-1</Name><AddressPrefix>10.2.0.0/24</AddressPrefix></Subnet>
    </Subnets>
    <Location>West US</Location>
  </VirtualNetworkSite>
</VirtualNetworkSites>"""


@pytest.fixture
def answer(sms, monkeypatch):
    """answer(status, body) makes the client's next calls get that response."""
    def install_answer(status: int, body: str | bytes = b"",
                       request_id: str = "9f1b5c6e2d3a4b7c8d9e0f1a2b3c4d5e") -> FakeTransport:
        return install(sms, monkeypatch, response(status, body, request_id))
    return install_answer


def test_list_virtual_network_sites_request(sms, answer):
    fake = answer(200, f"<VirtualNetworkSites {NS_ATTRS}/>")

    sms.list_virtual_network_sites()

    assert len(fake.requests) == 1
    sent = fake.requests[0]
    assert sent["method"] == "GET"
    assert sent["url"] == f"/{SUBSCRIPTION}/services/networking/virtualnetwork"
    assert sent["headers"]["x-ms-version"] == "2014-10-01"
    assert canonical_xml(sent["body"]) == ""
    assert sent["idempotent"] is True


def test_list_virtual_network_sites_parses_sites(sms, answer):
    answer(200, SITES)

    sites = sms.list_virtual_network_sites()

    assert isinstance(sites, list)
    assert [s.name for s in sites] == ["hybridnet", "regionalnet"]

    hybrid = sites[0]
    assert hybrid.id == "7d1a1d2c-4c3b-4e0f-9a57-1f0b8a1c9e42"
    assert hybrid.label == "hybrid network"  # plain text, not base64
    assert hybrid.affinity_group == "westus-group"
    assert hybrid.state == "Created"
    assert hybrid.in_use is True
    assert hybrid.address_space.address_prefixes == ["10.1.0.0/16", "192.168.10.0/24"]
    assert [(s.name, s.address_prefix) for s in hybrid.subnets] == [
        ("frontend", "10.1.0.0/24"), ("backend", "10.1.1.0/24"),
        ("GatewaySubnet", "10.1.255.0/29")]
    assert [(d.name, d.address) for d in hybrid.dns.dns_servers] == [
        ("corpdns1", "10.1.0.4"), ("corpdns2", "10.1.0.5")]
    gateway = hybrid.gateway
    assert gateway.profile == "Small"
    assert len(gateway.sites) == 1
    local = gateway.sites[0]
    assert local.name == "headoffice"
    assert local.address_space.address_prefixes == ["172.20.0.0/16"]
    assert local.vpn_gateway_address == "131.107.12.34"
    assert [c.type for c in local.connections] == ["IPsec"]
    assert gateway.vpn_client_address_pool.address_prefixes == ["172.31.0.0/24"]
    assert hybrid.location == ""

    regional = sites[1]
    assert regional.id == "0c3a55ad-2a8e-4f6e-b3f1-5d2f8c0e7a10"
    assert regional.location == "West US"
    assert regional.in_use is False
    assert regional.affinity_group == ""
    assert regional.address_space.address_prefixes == ["10.2.0.0/16"]
    assert [(s.name, s.address_prefix) for s in regional.subnets] == [("Subnet-1", "10.2.0.0/24")]
    assert regional.dns is None
    assert regional.gateway is None


def test_list_virtual_network_sites_parses_empty_list(sms, answer):
    answer(200, f"<VirtualNetworkSites {NS_ATTRS}/>")

    assert sms.list_virtual_network_sites() == []
