"""Replay of the real storage account recordings (test_legacy_mgmt_storage.*).

Each test repeats the calls of one recording in order, with the argument values the
recording shows, and checks what the SDK parsed from Azure's answers.
"""

from __future__ import annotations

from datetime import datetime, timezone

import pytest

from generated import AzureBadRequestHttpError, AzureMissingResourceHttpError
from tests.replay import replay

pytestmark = pytest.mark.usefixtures("no_sleep")

CASSETTE = "test_legacy_mgmt_storage.{}"
SUB_URL = "https://management.core.windows.net/00000000-0000-0000-0000-000000000000"
# Python 2 dict order decided the order of the extended properties on the wire; the
# recordings hold both orders, so each test passes the order its recording shows.
EXT_1_2 = {"ext1": "val1", "ext2": "42"}
EXT_2_1 = {"ext2": "42", "ext1": "val1"}
AZURE_PROPS = {"ResourceGroup": "Default-Storage-WestUS", "ResourceLocation": "West US"}


def utc(*args: int) -> datetime:
    return datetime(*args, tzinfo=timezone.utc)


def create_account(sms, name: str, extended_properties: dict[str, str],
                   account_type: str, description: str | None = None,
                   label: str | None = None, request_id: str | None = None) -> None:
    """Create a West US storage account as the recordings do, and wait until it exists."""
    result = sms.create_storage_account(
        name,
        description if description is not None else name + "description",
        label if label is not None else name + "label",
        None,
        "West US",
        True,
        extended_properties,
        account_type,
    )
    if request_id is not None:
        assert result.request_id == request_id
    assert result.status_code == 202
    operation = sms.wait_for_operation_status(result.request_id, timeout=600, sleep_interval=5)
    assert operation.status == "Succeeded"
    assert operation.http_status_code == 200


def assert_endpoints(props, name: str) -> None:
    assert props.endpoints == [f"https://{name}.{kind}.core.windows.net/"
                               for kind in ("blob", "queue", "table", "file")]


def test_check_storage_account_name_availability_available(sms):
    with replay(CASSETTE.format("test_check_storage_account_name_availability_available")):
        result = sms.check_storage_account_name_availability("utstore2c2042")

    assert result.result is True
    # <Reason i:nil="true"/>: a text element without text reads as '' like an absent one.
    assert result.reason == ""


def test_check_storage_account_name_availability_not_available(sms):
    name = "utstor942c21f2"
    with replay(CASSETTE.format("test_check_storage_account_name_availability_not_available")):
        create_account(sms, name, EXT_2_1, "Standard_LRS",
                       request_id="67904c2a3c30bf53a5fa101bf880d55a")
        result = sms.check_storage_account_name_availability(name)

    assert result.result is False
    assert result.reason == (
        "A storage account named 'utstor942c21f2' already exists in the subscription.")


def test_create_storage_account(sms):
    name = "utstor36ea155e"
    with replay(CASSETTE.format("test_create_storage_account")):
        create_account(sms, name, EXT_1_2, "Standard_GRS",
                       request_id="26803ab0f361bb8a87b11a2f3b4e8c73")
        account = sms.get_storage_account_properties(name)

    assert account.url == f"{SUB_URL}/services/storageservices/{name}"
    assert account.service_name == name
    props = account.storage_service_properties
    assert props.description == "utstor36ea155edescription"
    assert props.label == "utstor36ea155elabel"
    assert props.location == "West US"
    assert props.affinity_group == ""  # absent text element
    assert props.status == "Created"
    assert_endpoints(props, name)
    assert props.geo_primary_region == "West US"
    assert props.status_of_primary == "Available"
    assert props.geo_secondary_region == "East US"
    assert props.status_of_secondary == "Available"
    assert props.creation_time == utc(2015, 7, 1, 0, 11, 24)
    assert props.custom_domains == []
    assert props.account_type == "Standard_GRS"
    assert account.extended_properties == {**EXT_1_2, **AZURE_PROPS}
    assert list(account.extended_properties) == ["ext1", "ext2", "ResourceGroup",
                                                 "ResourceLocation"]
    assert account.capabilities == ["PersistentVMRole"]
    assert account.storage_service_keys is None


def test_delete_storage_account(sms):
    name = "utstor36c7155d"
    with replay(CASSETTE.format("test_delete_storage_account")):
        create_account(sms, name, EXT_2_1, "Standard_LRS")
        result = sms.delete_storage_account(name)
        assert result.request_id == "dc946b1ce70403f29e19b1f43c5b9161"
        assert result.status_code == 200
        operation = sms.wait_for_operation_status(result.request_id, timeout=600)
        assert operation.status == "Succeeded"
        assert operation.id == "dc946b1c-e704-03f2-9e19-b1f43c5b9161"
        with pytest.raises(AzureMissingResourceHttpError) as raised:
            sms.get_storage_account_properties(name)

    err = raised.value
    assert err.status == 404
    assert err.code == "ResourceNotFound"
    assert err.message == "The storage account 'utstor36c7155d' was not found."
    assert err.request_id == "00ce82737102036d9b8cb44b3b8ce863"


def test_get_storage_account_keys(sms):
    name = "utstor639c1645"
    with replay(CASSETTE.format("test_get_storage_account_keys")):
        create_account(sms, name, EXT_2_1, "Standard_LRS")
        account = sms.get_storage_account_keys(name)

    assert account.url == f"{SUB_URL}/services/storageservices/{name}"
    assert account.service_name == ""  # the keys answer has no ServiceName
    assert account.storage_service_properties is None
    keys = account.storage_service_keys
    assert keys.primary == ("GC4tYgTupbnXhkZjN3pqjbX0zyQ/eH9QnKIOZzvGZpNU447rLccpleVvbNnIvPsT6d2q"
                            "fjy7nwMQKA8+tgay+g==")
    assert keys.secondary == ("o3ODquOIYdih3I0oOcPsAfBUp2KqKF17c3IubC8HlR3H9jL48nJHAFnEuE7P5FPc8YEh"
                              "vwyvBCo5OCpn+He2vg==")


def test_get_storage_account_properties(sms):
    name = "utstorf25c18d6"
    with replay(CASSETTE.format("test_get_storage_account_properties")):
        create_account(sms, name, EXT_1_2, "Standard_LRS")
        account = sms.get_storage_account_properties(name)

    assert account.service_name == name
    props = account.storage_service_properties
    assert props.description == "utstorf25c18d6description"
    assert props.label == "utstorf25c18d6label"
    assert props.location == "West US"
    assert props.status == "Created"
    assert_endpoints(props, name)
    assert props.geo_primary_region == "West US"
    assert props.status_of_primary == "Available"
    # A locally redundant account has no secondary: Azure sends empty elements.
    assert props.geo_secondary_region == ""
    assert props.status_of_secondary == ""
    assert props.creation_time == utc(2015, 7, 1, 0, 10, 49)
    assert props.account_type == "Standard_LRS"
    assert account.extended_properties == {**EXT_1_2, **AZURE_PROPS}
    assert account.capabilities == ["PersistentVMRole"]


def test_list_storage_accounts(sms):
    name = "utstor23a41519"
    with replay(CASSETTE.format("test_list_storage_accounts")):
        create_account(sms, name, EXT_2_1, "Standard_LRS")
        accounts = sms.list_storage_accounts()

    assert isinstance(accounts, list)
    assert len(accounts) == 46
    by_name = {a.service_name: a for a in accounts}
    assert len(by_name) == 46
    assert accounts[0].service_name == "amlipython20150121x1314"
    assert accounts[-1].service_name == "xtvsstorage"

    ours = by_name[name]
    assert ours.url == f"{SUB_URL}/services/storageservices/{name}"
    props = ours.storage_service_properties
    assert props.description == "utstor23a41519description"
    assert props.label == "utstor23a41519label"
    assert props.location == "West US"
    assert props.status == "Created"
    assert_endpoints(props, name)
    assert props.creation_time == utc(2015, 7, 1, 0, 6, 56)
    assert props.account_type == "Standard_LRS"
    assert ours.extended_properties == {**EXT_2_1, **AZURE_PROPS}

    first = accounts[0].storage_service_properties
    assert first.description == "storage account for vm creation"
    assert first.label == "amlipython20150121x1314"
    assert first.geo_secondary_region == "East US"
    assert first.creation_time == utc(2015, 1, 21, 21, 15, 2)
    assert first.account_type == "Standard_GRS"
    # <Description i:nil="true"/> reads as '' like any text element without text.
    assert by_name["crwilcoxhdinsight"].storage_service_properties.description == ""
    in_group = by_name["pycon2015"].storage_service_properties
    assert in_group.affinity_group == "09da2f93-0f94-421d-bb65-a3a49034649b"
    assert in_group.location == ""
    assert in_group.label == "pycon2015"
    assert by_name["azurefresh"].extended_properties == {
        "ResourceGroup": "PyCon-Sponsor-Workshop", "ResourceLocation": "westus"}


def test_regenerate_storage_account_keys(sms):
    name = "utstora891927"
    primary = ("BEJ++JUIUYrCp6DXa5wKd5pj5ecbCVHags2aOQAqCtrMDawl0kvO0WRNtRhQuoLSMUE8/"
               "hYOdPLpDU2FdJdVmw==")
    with replay(CASSETTE.format("test_regenerate_storage_account_keys")):
        create_account(sms, name, EXT_2_1, "Standard_LRS")
        before = sms.get_storage_account_keys(name)
        after = sms.regenerate_storage_account_keys(name, "Secondary")

    assert before.storage_service_keys.primary == primary
    assert before.storage_service_keys.secondary == (
        "epJPGGITXGL3YTMIcDoEmKTBs0fTle1ymCBieqoUWWLj+Li2hHUwz4NVn/UulEUfFzxmHYxz0RF7jdQG+RJ2wQ==")
    assert after.url == f"{SUB_URL}/services/storageservices/{name}"
    assert after.storage_service_keys.primary == primary
    assert after.storage_service_keys.secondary == (
        "MEfSrH6znKjpOpySEi3UH9VjUT4JXTLgrGZvZc/xlQomG9FwxxUvmWjl+g2WeL16LG0To/KeYo88lhGtTCH76g==")


def test_update_storage_account(sms):
    name = "utstor3838156d"
    with replay(CASSETTE.format("test_update_storage_account")):
        create_account(sms, name, EXT_2_1, "Standard_LRS")
        result = sms.update_storage_account(
            name,
            "utstor3838156ddescriptionupdate",
            "utstor3838156dlabelupdate",
            False,
            {"ext2": "53", "ext1": "val1update", "ext3": "brandnew"},
            "Standard_LRS",
        )
        assert result is None
        assert sms.last_request_id == "24718a0fe71bb9d688e7f6ded281bacb"
        account = sms.get_storage_account_properties(name)

    props = account.storage_service_properties
    assert props.description == "utstor3838156ddescriptionupdate"
    assert props.label == "utstor3838156dlabelupdate"
    assert props.account_type == "Standard_LRS"
    assert props.creation_time == utc(2015, 7, 1, 0, 9, 33)
    assert account.extended_properties == {"ext2": "53", "ext1": "val1update", **AZURE_PROPS,
                                           "ext3": "brandnew"}


def test_unicode_create_storage_account_unicode_name(sms):
    name = "utstor55f51dea啊齄丂狛狜"
    with replay(CASSETTE.format("test_unicode_create_storage_account_unicode_name")):
        with pytest.raises(AzureBadRequestHttpError) as raised:
            sms.create_storage_account(name, "description", "label", None, "West US", True,
                                       EXT_1_2)

    err = raised.value
    assert err.status == 400
    assert err.code == "BadRequest"
    assert err.message == (
        "The name is not a valid storage account name. Storage account names must be between "
        "3 and 24 characters in length and use numbers and lower-case letters only.")
    assert err.request_id == "05360f5930c4b8d2afb3e47ec1b13640"


def test_unicode_create_storage_account_unicode_description_label(sms):
    name = "utstor138234c"
    with replay(CASSETTE.format("test_unicode_create_storage_account_unicode_description_label")):
        create_account(sms, name, EXT_1_2, "Standard_GRS", description="啊齄丂狛狜",
                       label="丂狛狜")
        account = sms.get_storage_account_properties(name)

    props = account.storage_service_properties
    assert props.description == "啊齄丂狛狜"
    assert props.label == "丂狛狜"
    assert props.account_type == "Standard_GRS"
    assert props.creation_time == utc(2015, 7, 1, 0, 6, 20)
    assert account.extended_properties == {**EXT_1_2, **AZURE_PROPS}


def test_unicode_create_storage_account_unicode_property_value(sms):
    name = "utstor9a34224a"
    ext = {"ext2": "42", "ext1": "丂狛狜"}
    with replay(CASSETTE.format("test_unicode_create_storage_account_unicode_property_value")):
        create_account(sms, name, ext, "Standard_GRS", description="description", label="label")
        account = sms.get_storage_account_properties(name)

    props = account.storage_service_properties
    assert props.description == "description"
    assert props.label == "label"
    assert props.creation_time == utc(2015, 7, 1, 0, 12, 1)
    assert account.extended_properties == {**ext, **AZURE_PROPS}
    assert account.extended_properties["ext1"] == "丂狛狜"
