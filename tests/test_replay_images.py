"""Replay of the real recordings of the OS image, VM image and image replication calls."""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from generated import AzureMissingResourceHttpError, OSDiskConfiguration, OSImage, VMImage
from tests.replay import replay

pytestmark = pytest.mark.usefixtures("no_sleep")

PREFIX = "test_legacy_mgmt_misc."
SOURCE = "http://storagename.blob.core.windows.net/inputtestdatadonotdelete/"
UBUNTU_VHD = SOURCE + "ubuntu.vhd"


def wait(sms, result) -> None:
    op = sms.wait_for_operation_status(result.request_id, timeout=600, sleep_interval=5)
    assert op.status == "Succeeded"


def add_os_image(sms, name: str, label: str | None = None, vhd: str = UBUNTU_VHD) -> None:
    """Register a Linux VHD blob as an OS image, labelled <name>label unless told."""
    wait(sms, sms.add_os_image(label or name + "label", vhd, name, "Linux"))


def assert_user_image(image, name: str, label: str, size: int = 30, vhd: str = UBUNTU_VHD):
    assert image.name == name
    assert image.label == label
    assert image.category == "User"
    assert image.location == "West US"
    assert image.logical_size_in_gb == size
    assert image.media_link == vhd
    assert image.os == "Linux"
    assert image.is_premium is False


def create_vm_image(sms, suffix: str) -> str:
    """A VM image from the VHD blob the recorded run copied to utctnr<suffix>/imagecopy.vhd."""
    name = f"utsvc{suffix}image"
    disk = OSDiskConfiguration(
        os_state="Specialized", os="Linux",
        media_link=f"https://storagename.blob.core.windows.net/utctnr{suffix}/imagecopy.vhd")
    image = VMImage(name=name, label=name + "label", description=name + "description",
                    os_disk_configuration=disk, language="English", show_in_gui=True)
    wait(sms, sms.create_vm_image(image))
    return name


def find(images, name: str):
    return next(i for i in images if i.name == name)


# --- OS images ---------------------------------------------------------------------------

def test_add_os_image(sms):
    with replay(PREFIX + "test_add_os_image"):
        result = sms.add_os_image("utcentosimg", UBUNTU_VHD, "utosimg3efb0fcd", "Linux")
        assert result.request_id == "0666d2cf499ebeaa8ca8bbb2cf90a23e"
        assert result.status_code == 200
        wait(sms, result)
        image = sms.get_os_image("utosimg3efb0fcd")

    assert_user_image(image, "utosimg3efb0fcd", "utcentosimg")
    assert image.os_state == "Generalized"
    assert image.io_type == "Standard"


def test_get_os_image(sms):
    with replay(PREFIX + "test_get_os_image"):
        add_os_image(sms, "utosimg3fee0fe4")
        image = sms.get_os_image("utosimg3fee0fe4")

    assert_user_image(image, "utosimg3fee0fe4", "utosimg3fee0fe4label")
    assert image.os_state == "Generalized"


def test_get_os_image_details(sms):
    name = "utosimgcd6e1329"
    vhd = SOURCE + "python-azure-sdk-test.vhd"
    with replay(PREFIX + "test_get_os_image_details"):
        add_os_image(sms, name, vhd=vhd)
        assert_user_image(sms.get_os_image(name), name, name + "label", size=4, vhd=vhd)
        wait(sms, sms.replicate_vm_image(name, ["West US", "West Europe"], name, name, "1.2.3"))
        details = sms.get_os_image_details(name)

    assert_user_image(details, name, name + "label", size=4, vhd=vhd)
    assert [(p.location, p.progress) for p in details.replication_progress] == \
        [("West US", 0), ("West Europe", 0)]


def test_list_os_images(sms):
    with replay(PREFIX + "test_list_os_images"):
        add_os_image(sms, "utosimg61f010d3")
        images = sms.list_os_images()

    assert len(images) == 524
    assert_user_image(find(images, "utosimg61f010d3"), "utosimg61f010d3", "utosimg61f010d3label")
    first = images[0]
    assert first.name == ("03f55de797f546a1b29d1b8d66be687a__"
                          "CoreCLR-x64-Beta5-Linux-PartsUnlimited-Demo-App-201504.29")
    assert first.category == "Public"
    assert first.os == "Linux"
    assert first.logical_size_in_gb == 30
    assert first.published_date == "2015-04-29T07:00:00Z"
    assert first.recommended_vm_size == "Standard_D1"
    assert first.publisher_name == "Microsoft Visual Studio Group"
    assert first.location.split(";")[-1] == "West US"


def test_list_os_images_public(sms):
    with replay(PREFIX + "test_list_os_images_public"):
        images = sms.list_os_images()

    assert len(images) == 523
    assert {i.category for i in images} == {"Public", "User"}
    assert sum(i.os == "Linux" for i in images) == 315
    assert sum(i.os == "Windows" for i in images) == 208
    second = images[1]
    assert second.label == "Team Foundation Server 2013 Update 4 on Windows Server 2012 R2"
    assert second.os == "Windows"
    assert second.logical_size_in_gb == 128
    assert second.eula == "http://www.microsoft.com/en-us/download/details.aspx?id=13350"
    assert second.small_icon_uri == "VisualStudio2013_45.png"
    assert second.io_type == "Standard_LRS"
    user = [i for i in images if i.category == "User"]
    assert [i.name for i in user] == ["ptvstrial_test1"]
    assert user[0].os_state == "Generalized"


def test_update_os_image(sms):
    name = "utosimg72c71127"
    with replay(PREFIX + "test_update_os_image"):
        add_os_image(sms, name)
        wait(sms, sms.update_os_image(name, "newlabel", UBUNTU_VHD, name, "Linux"))
        image = sms.get_os_image(name)

    assert_user_image(image, name, "newlabel")


def test_update_os_image_from_image_reference(sms):
    name = "utosimg38cc19aa"
    with replay(PREFIX + "test_update_os_image_from_image_reference"):
        add_os_image(sms, name)
        before = sms.get_os_image(name)
        assert_user_image(before, name, name + "label")
        update = OSImage(label="newlabel", eula="", description="", image_family="",
                         show_in_gui=False, published_date="2016-09-09", icon_uri="",
                         privacy_uri="", recommended_vm_size="", small_icon_uri="",
                         language="")
        wait(sms, sms.update_os_image_from_image_reference(name, update))
        image = sms.get_os_image(name)

    assert_user_image(image, name, "newlabel")
    assert image.show_in_gui is False
    assert image.published_date == "2016-09-09T00:00:00Z"
    assert image.eula == ""
    assert image.os_state == "Generalized"


def test_delete_os_image(sms):
    name = "utosimg71c61117"
    with replay(PREFIX + "test_delete_os_image"):
        add_os_image(sms, name)
        result = sms.delete_os_image(name)
        assert result.request_id == "9cd364d7d6b0b688b94c725515afa7ad"
        wait(sms, result)
        with pytest.raises(AzureMissingResourceHttpError) as err:
            sms.get_os_image(name)

    assert err.value.status == 404
    assert err.value.code == "ResourceNotFound"
    assert err.value.message == "The image with the specified name does not exist."
    assert err.value.request_id == "38590dcbc34ebbb18c5a13aa6ae8825e"


# --- VM images ---------------------------------------------------------------------------

def test_create_vm_image(sms):
    with replay(PREFIX + "test_create_vm_image"):
        name = create_vm_image(sms, "71f01119")
        images = sms.list_vm_images()

    image = find(images, name)
    assert image.label == "utsvc71f01119imagelabel"
    assert image.description == "utsvc71f01119imagedescription"
    assert image.category == "User"
    assert image.language == "English"
    assert image.show_in_gui is True
    assert image.location == "West US"
    assert image.os_disk_configuration.name == "imagecopy-2"
    assert image.os_disk_configuration.os_state == "Specialized"
    assert image.os_disk_configuration.host_caching == "ReadWrite"
    assert image.os_disk_configuration.logical_disk_size_in_gb == 30
    assert image.os_disk_configuration.media_link == \
        "https://storagename.blob.core.windows.net/utctnr71f01119/imagecopy.vhd"
    assert image.data_disk_configurations == []
    assert image.created_time == datetime(2015, 7, 2, 19, 44, 15, 417079, tzinfo=timezone.utc)
    assert image.vm_image_state == "VMImageReadyForUse"


def test_update_vm_image(sms):
    with replay(PREFIX + "test_update_vm_image"):
        name = create_vm_image(sms, "72d51128")
        update = VMImage(label="Updated label", description="Updated description",
                         os_disk_configuration=OSDiskConfiguration(host_caching="ReadOnly"),
                         data_disk_configurations=[], eula="Updated eula", show_in_gui=False)
        wait(sms, sms.update_vm_image(name, update))
        image = find(sms.list_vm_images(), name)

    assert image.label == "Updated label"
    assert image.description == "Updated description"
    assert image.eula == "Updated eula"
    assert image.show_in_gui is False
    assert image.language == "English"
    assert image.os_disk_configuration.host_caching == "ReadOnly"
    assert image.os_disk_configuration.os_state == "Specialized"
    assert image.modified_time == datetime(2015, 7, 2, 1, 17, 23, 586387, tzinfo=timezone.utc)


def test_delete_vm_image(sms):
    with replay(PREFIX + "test_delete_vm_image"):
        name = create_vm_image(sms, "71d41118")
        result = sms.delete_vm_image(name, delete_vhd=True)
        assert result.request_id == "1778eed557d3b84ca834ab6ee5a334ac"
        assert result.status_code == 202
        wait(sms, result)
        images = sms.list_vm_images()

    assert len(images) == 50
    assert all(i.name != name for i in images)


def test_list_vm_images(sms):
    with replay(PREFIX + "test_list_vm_images"):
        images = sms.list_vm_images()

    assert len(images) == 48
    first = images[0]
    assert first.name == "amlipython20150121x1314"
    assert first.category == "User"
    assert first.os_disk_configuration.os == "Linux"
    assert first.os_disk_configuration.os_state == "Specialized"
    assert first.created_time == datetime(2015, 1, 21, 21, 42, 16, 428004, tzinfo=timezone.utc)
    assert first.role_state_on_capture == "ReadyRole"
    last = images[-1]
    assert last.label == "Microsoft Azure Site Recovery Process Server"
    assert last.location == "Southeast Asia;West US"
    assert last.show_in_gui is False
    disk = last.data_disk_configurations[0]
    assert (disk.lun, disk.host_caching, disk.logical_disk_size_in_gb) == (0, "None", 601)


def test_list_vm_images_location(sms):
    with replay(PREFIX + "test_list_vm_images_location"):
        images = sms.list_vm_images(location="West US")

    assert len(images) == 48
    assert all("West US" in i.location.split(";") for i in images)
    assert images[-1].location == "West US"


def test_list_vm_images_location_category(sms):
    with replay(PREFIX + "test_list_vm_images_location_category"):
        images = sms.list_vm_images(category="Public")

    assert len(images) == 39
    assert {i.category for i in images} == {"Public"}
    assert images[0].name == "1acf693f34c74e86a50be61cb631ddfe__ClouderaGolden-202406-699696"


@pytest.mark.parametrize("cassette, category", [
    ("test_list_vm_images_location_publisher", None),
    ("test_list_vm_images_location_publisher_and_category", "Public"),
])
def test_list_vm_images_publisher(sms, cassette, category):
    with replay(PREFIX + cassette):
        images = sms.list_vm_images(publisher="Cloudera", category=category)

    assert len(images) == 1
    image = images[0]
    assert image.name == "1acf693f34c74e86a50be61cb631ddfe__ClouderaGolden-202406-699696"
    assert image.label == "CDH 5.1 Evaluation"
    assert image.publisher_name == "Cloudera"
    assert image.recommended_vm_size == "Standard_D14"
    assert image.os_disk_configuration.name == "ClouderaGolden-202406-699696-os-2014-10-06"
    assert image.os_disk_configuration.host_caching == "ReadWrite"
    assert image.os_disk_configuration.io_type == "Standard_LRS"
    assert image.data_disk_configurations == []
    assert image.created_time == datetime(1801, 1, 1, tzinfo=timezone.utc)
    assert image.published_date == "2014-10-27T04:00:00Z"
