"""Raw perform_get/put/post/delete against the real recordings."""

from __future__ import annotations

import xml.etree.ElementTree as ET

import pytest

from generated import AzureMissingResourceHttpError
from tests.replay import SUBSCRIPTION, load_interactions, replay, request_body

NS = "{http://schemas.microsoft.com/windowsazure}"
BASE = f"/{SUBSCRIPTION}/services/hostedservices"


def _recorded_create_args(cassette: str):
    """The extended properties of the recorded create, in recorded order."""
    doc = ET.fromstring(request_body(load_interactions(cassette)[0]))
    return {p.findtext(f"{NS}Name"): p.findtext(f"{NS}Value")
            for p in doc.iter(f"{NS}ExtendedProperty")}


def _create_as_recorded(sms, cassette: str, name: str) -> None:
    result = sms.create_hosted_service(name, name + "label", name + "description", "West US",
                                       None, _recorded_create_args(cassette))
    assert result.status_code == 201
    sms.wait_for_operation_status(result.request_id, sleep_interval=0)


def test_perform_get_returns_raw_body(sms, no_sleep):
    cassette = "test_legacy_mgmt_misc.test_perform_get"
    with replay(cassette):
        _create_as_recorded(sms, cassette, "utsvc30ae0f9b")
        resp = sms.perform_get(f"{BASE}/utsvc30ae0f9b")
    assert resp.status == 200
    assert resp.request_id == "461f64e56d62b22997e79ca6db55e847"
    assert ET.fromstring(resp.body).findtext(f"{NS}ServiceName") == "utsvc30ae0f9b"


def test_perform_post_and_put_send_the_given_body(sms, no_sleep):
    cassette = "test_legacy_mgmt_misc.test_perform_post"
    with replay(cassette):
        resp = sms.perform_post(BASE, request_body(load_interactions(cassette)[0]))
        assert resp.status == 201
        sms.wait_for_operation_status(resp.request_id, sleep_interval=0)
        hs = sms.get_hosted_service_properties("utsvc40fd1021")
    assert hs.hosted_service_properties.description == "mydescription"

    cassette = "test_legacy_mgmt_misc.test_perform_put"
    with replay(cassette):
        _create_as_recorded(sms, cassette, "utsvc30e90fb4")
        resp = sms.perform_put(f"{BASE}/utsvc30e90fb4", request_body(load_interactions(cassette)[2]))
        sms.wait_for_operation_status(resp.request_id, sleep_interval=0)
        hs = sms.get_hosted_service_properties("utsvc30e90fb4")
    assert hs.hosted_service_properties.label == "utsvc30e90fb4new"


def test_perform_delete_then_get_is_404(sms, no_sleep):
    cassette = "test_legacy_mgmt_misc.test_perform_delete"
    with replay(cassette):
        _create_as_recorded(sms, cassette, "utsvc61c910ce")
        resp = sms.perform_delete(f"{BASE}/utsvc61c910ce")
        sms.wait_for_operation_status(resp.request_id, sleep_interval=0)
        with pytest.raises(AzureMissingResourceHttpError) as info:
            sms.get_hosted_service_properties("utsvc61c910ce")
    assert info.value.code == "ResourceNotFound"
    assert info.value.message == "The hosted service does not exist."
    assert info.value.request_id == "12524c895dbdb88d8b87bb528c53a802"
