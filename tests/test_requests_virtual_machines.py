"""Request and parse tests for the disk, data disk and image-publishing operations that
have no real recording.

The expected requests and the sample answers follow the Service Management REST
reference (Add/Get/List/Update/Delete Disk, Add/Get/Update/Delete Data Disk, Share and
Unreplicate VM Image); each request is captured at the transport and checked for method,
path and query, x-ms-version and canonical XML body.
"""

from __future__ import annotations

import xml.etree.ElementTree as ET
from datetime import datetime, timezone

import pytest

from generated import AzureMissingResourceHttpError
from asm_sdk_runtime.transport import Response
from tests.fakes import FakeTransport, install, response
from tests.replay import SUBSCRIPTION, canonical_xml

NS = "http://schemas.microsoft.com/windowsazure"
XMLNS = f'xmlns="{NS}" xmlns:i="http://www.w3.org/2001/XMLSchema-instance"'
SUB = f"/{SUBSCRIPTION}"
VM_PATH = f"{SUB}/services/hostedservices/mysvc/deployments/mydep/roles/myvm"
REQUEST_ID = "3d4b9e0c2a8f4f7b9d1e6c5a4b3f2e1d"


def answer(status: int = 200, body: str = "") -> Response:
    return response(status, body, REQUEST_ID)


@pytest.fixture
def fake(sms, monkeypatch):
    def install_responses(*responses: Response) -> FakeTransport:
        return install(sms, monkeypatch, *(responses or (answer(202),)))
    return install_responses


def assert_request(transport: FakeTransport, method: str, url: str, version: str = "2014-10-01",
                   body: str | None = None) -> None:
    assert len(transport.requests) == 1
    sent = transport.requests[0]
    assert sent["method"] == method
    assert sent["url"] == url
    assert sent["headers"]["x-ms-version"] == version
    if body is None:
        assert sent["body"] is None
    else:
        assert canonical_xml(sent["body"]) == canonical_xml(body)


def assert_async(result, status: int = 202) -> None:
    assert result.request_id == REQUEST_ID
    assert result.status_code == status


def assert_sync(sms, result) -> None:
    """A synchronous call answers None (as the predecessor's did); its id is kept."""
    assert result is None
    assert sms.last_request_id == REQUEST_ID


# --- VM image publishing -------------------------------------------------------------------

def test_unreplicate_vm_image_request(sms, fake):
    transport = fake()
    result = sms.unreplicate_vm_image("myimage")
    assert_request(transport, "PUT", f"{SUB}/services/images/myimage/unreplicate", "2015-04-01")
    assert_async(result)


@pytest.mark.parametrize("permission", ["public", "msdn", "private"])
def test_share_vm_image_request(sms, fake, permission):
    transport = fake()
    result = sms.share_vm_image("myimage", permission)
    assert_request(transport, "PUT",
                   f"{SUB}/services/images/myimage/shareasync?permission={permission}",
                   "2015-04-01")
    assert_async(result)


# --- disks ---------------------------------------------------------------------------------

DISK = """
<Disk>
  <AffinityGroup></AffinityGroup>
  <AttachedTo>
    <HostedServiceName>mysvc</HostedServiceName>
    <DeploymentName>mydep</DeploymentName>
    <RoleName>myvm</RoleName>
  </AttachedTo>
  <IsCorrupted>false</IsCorrupted>
  <OS>Linux</OS>
  <Location>West US</Location>
  <LogicalDiskSizeInGB>30</LogicalDiskSizeInGB>
  <MediaLink>http://mystorage.blob.core.windows.net/vhds/myvm-os.vhd</MediaLink>
  <Name>mysvc-myvm-0-201507021647000375</Name>
  <SourceImageName>b39f27a8b8c64d52b05eac6a62ebad85__Ubuntu-15_04-amd64-server</SourceImageName>
  <CreatedTime>2015-07-02T16:47:00.0375Z</CreatedTime>
  <IOType>Standard</IOType>
</Disk>"""

DATA_DISK = """
<Disk>
  <AffinityGroup>myaffinitygroup</AffinityGroup>
  <IsCorrupted>false</IsCorrupted>
  <Label>backup</Label>
  <LogicalDiskSizeInGB>100</LogicalDiskSizeInGB>
  <MediaLink>http://mystorage.blob.core.windows.net/vhds/backup.vhd</MediaLink>
  <Name>backupdisk</Name>
  <CreatedTime>2015-07-03T08:00:00Z</CreatedTime>
  <IOType>Provisioned</IOType>
</Disk>"""


def assert_attached_os_disk(disk) -> None:
    assert disk.name == "mysvc-myvm-0-201507021647000375"
    assert disk.os == "Linux"
    assert disk.is_corrupted is False
    assert disk.location == "West US"
    assert disk.logical_disk_size_in_gb == 30
    assert disk.media_link == "http://mystorage.blob.core.windows.net/vhds/myvm-os.vhd"
    assert disk.source_image_name == \
        "b39f27a8b8c64d52b05eac6a62ebad85__Ubuntu-15_04-amd64-server"
    assert disk.created_time == datetime(2015, 7, 2, 16, 47, 0, 37500, tzinfo=timezone.utc)
    assert disk.io_type == "Standard"
    assert (disk.attached_to.hosted_service_name, disk.attached_to.deployment_name,
            disk.attached_to.role_name) == ("mysvc", "mydep", "myvm")


def test_list_disks(sms, fake):
    transport = fake(answer(200, f"<Disks {XMLNS}>{DISK}{DATA_DISK}</Disks>"))
    disks = sms.list_disks()
    assert_request(transport, "GET", f"{SUB}/services/disks")
    assert len(disks) == 2
    assert_attached_os_disk(disks[0])
    data = disks[1]
    assert data.name == "backupdisk"
    assert data.label == "backup"
    assert data.affinity_group == "myaffinitygroup"
    assert data.logical_disk_size_in_gb == 100
    assert data.io_type == "Provisioned"
    assert not data.os
    assert not data.attached_to  # absent: an empty AttachedTo, false while empty


def test_list_disks_empty(sms, fake):
    fake(answer(200, f"<Disks {XMLNS}/>"))
    assert sms.list_disks() == []


def test_get_disk(sms, fake):
    transport = fake(answer(200, DISK.replace("<Disk>", f"<Disk {XMLNS}>", 1)))
    disk = sms.get_disk("mysvc-myvm-0-201507021647000375")
    assert_request(transport, "GET", f"{SUB}/services/disks/mysvc-myvm-0-201507021647000375")
    assert_attached_os_disk(disk)


def test_get_disk_missing(sms, fake):
    fake(Response(404, {"x-ms-request-id": REQUEST_ID}, (
        f"<Error {XMLNS}><Code>ResourceNotFound</Code>"
        "<Message>The disk with the specified name does not exist.</Message></Error>"
    ).encode()))
    with pytest.raises(AzureMissingResourceHttpError) as err:
        sms.get_disk("nosuchdisk")
    assert (err.value.status, err.value.code, err.value.request_id) == \
        (404, "ResourceNotFound", REQUEST_ID)
    assert err.value.message == "The disk with the specified name does not exist."


def test_add_disk_os_disk(sms, fake):
    transport = fake(answer(200))
    result = sms.add_disk(True, "my os disk", "http://mystorage.blob.core.windows.net/vhds/os.vhd",
                          "myosdisk", "Windows")
    assert_request(transport, "POST", f"{SUB}/services/disks", body=(
        f"<Disk {XMLNS}><OS>Windows</OS><Label>my os disk</Label>"
        "<MediaLink>http://mystorage.blob.core.windows.net/vhds/os.vhd</MediaLink>"
        "<Name>myosdisk</Name></Disk>"))
    assert_sync(sms, result)


def test_update_disk(sms, fake):
    # the reference requires <Name> to identify the disk; the label is what changes
    transport = fake(answer(200))
    result = sms.update_disk("mydisk", label="new label")
    assert len(transport.requests) == 1
    sent = transport.requests[0]
    assert (sent["method"], sent["url"], sent["headers"]["x-ms-version"]) == \
        ("PUT", f"{SUB}/services/disks/mydisk", "2014-10-01")
    root = ET.fromstring(sent["body"])
    assert root.tag == f"{{{NS}}}Disk"
    assert {child.tag.split("}")[1]: child.text for child in root} == \
        {"Name": "mydisk", "Label": "new label"}
    assert_sync(sms, result)


@pytest.mark.parametrize("delete_vhd, query", [(None, ""), (False, ""), (True, "?comp=media")])
def test_delete_disk(sms, fake, delete_vhd, query):
    transport = fake(answer(200))
    result = sms.delete_disk("mydisk", delete_vhd)
    assert_request(transport, "DELETE", f"{SUB}/services/disks/mydisk{query}")
    assert_sync(sms, result)


# --- data disks ----------------------------------------------------------------------------

def test_get_data_disk(sms, fake):
    transport = fake(answer(200, (
        f"<DataVirtualHardDisk {XMLNS}><HostCaching>ReadOnly</HostCaching>"
        "<DiskLabel>logs</DiskLabel><DiskName>mysvc-myvm-1-201507031200000000</DiskName>"
        "<Lun>1</Lun><LogicalDiskSizeInGB>50</LogicalDiskSizeInGB>"
        "<MediaLink>http://mystorage.blob.core.windows.net/vhds/logs.vhd</MediaLink>"
        "</DataVirtualHardDisk>")))
    disk = sms.get_data_disk("mysvc", "mydep", "myvm", 1)
    assert_request(transport, "GET", f"{VM_PATH}/DataDisks/1")
    assert disk.host_caching == "ReadOnly"
    assert disk.disk_label == "logs"
    assert disk.disk_name == "mysvc-myvm-1-201507031200000000"
    assert disk.lun == 1
    assert disk.logical_disk_size_in_gb == 50
    assert disk.media_link == "http://mystorage.blob.core.windows.net/vhds/logs.vhd"


def test_add_data_disk_empty_disk(sms, fake):
    transport = fake()
    result = sms.add_data_disk("mysvc", "mydep", "myvm", 0, "ReadWrite",
                               "http://mystorage.blob.core.windows.net/vhds/data0.vhd",
                               "data 0", logical_disk_size_in_gb=20)
    assert_request(transport, "POST", f"{VM_PATH}/DataDisks", body=(
        f"<DataVirtualHardDisk {XMLNS}><HostCaching>ReadWrite</HostCaching>"
        "<DiskLabel>data 0</DiskLabel><Lun>0</Lun>"
        "<LogicalDiskSizeInGB>20</LogicalDiskSizeInGB>"
        "<MediaLink>http://mystorage.blob.core.windows.net/vhds/data0.vhd</MediaLink>"
        "</DataVirtualHardDisk>"))
    assert_async(result)


def test_add_data_disk_existing_disk(sms, fake):
    transport = fake()
    sms.add_data_disk("mysvc", "mydep", "myvm", 2, disk_name="backupdisk")
    assert_request(transport, "POST", f"{VM_PATH}/DataDisks", body=(
        f"<DataVirtualHardDisk {XMLNS}><DiskName>backupdisk</DiskName><Lun>2</Lun>"
        "</DataVirtualHardDisk>"))


def test_add_data_disk_from_blob(sms, fake):
    transport = fake()
    sms.add_data_disk("mysvc", "mydep", "myvm", 3, "None",
                      source_media_link="http://mystorage.blob.core.windows.net/vhds/copy.vhd")
    assert_request(transport, "POST", f"{VM_PATH}/DataDisks", body=(
        f"<DataVirtualHardDisk {XMLNS}><HostCaching>None</HostCaching><Lun>3</Lun>"
        "<SourceMediaLink>http://mystorage.blob.core.windows.net/vhds/copy.vhd</SourceMediaLink>"
        "</DataVirtualHardDisk>"))


def test_update_data_disk(sms, fake):
    transport = fake()
    result = sms.update_data_disk("mysvc", "mydep", "myvm", 1, "ReadWrite",
                                  "http://mystorage.blob.core.windows.net/vhds/logs.vhd", 4,
                                  "logs", "mysvc-myvm-1-201507031200000000")
    assert_request(transport, "PUT", f"{VM_PATH}/DataDisks/1", body=(
        f"<DataVirtualHardDisk {XMLNS}><HostCaching>ReadWrite</HostCaching>"
        "<DiskLabel>logs</DiskLabel><DiskName>mysvc-myvm-1-201507031200000000</DiskName>"
        "<Lun>4</Lun>"
        "<MediaLink>http://mystorage.blob.core.windows.net/vhds/logs.vhd</MediaLink>"
        "</DataVirtualHardDisk>"))
    assert_async(result)


@pytest.mark.parametrize("delete_vhd, query", [(None, ""), (True, "?comp=media")])
def test_delete_data_disk(sms, fake, delete_vhd, query):
    transport = fake()
    result = sms.delete_data_disk("mysvc", "mydep", "myvm", 1, delete_vhd)
    assert_request(transport, "DELETE", f"{VM_PATH}/DataDisks/1{query}")
    assert_async(result)


def test_disk_names_are_percent_encoded(sms, fake):
    transport = fake(answer(200))
    sms.delete_disk("my disk/1")
    assert transport.requests[0]["url"] == f"{SUB}/services/disks/my%20disk%2F1"
