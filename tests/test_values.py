"""Values as the predecessor's scripts hand them over and read them back: integer and
boolean strings converted once, anything else refused by name; timestamps that are text
(for `json.dumps(vars(...))`) and datetimes (for typed code) at once."""

from __future__ import annotations

import json
from datetime import datetime, timedelta, timezone

import pytest

from asm_sdk_runtime.xml import Timestamp, from_datetime
from generated import ConfigurationSetInputEndpoint, Subscription, WindowsConfigurationSet


def test_integer_and_boolean_strings_convert_when_set():
    endpoint = ConfigurationSetInputEndpoint("web", "tcp", "80", " 8080 ")
    assert (endpoint.port, endpoint.local_port) == (80, 8080)
    endpoint.idle_timeout_in_minutes = "10"
    assert endpoint.idle_timeout_in_minutes == 10
    config = WindowsConfigurationSet("host", "pw", "true", "False")
    assert (config.reset_password_on_first_logon, config.enable_automatic_updates) == (True, False)
    assert ConfigurationSetInputEndpoint("web", "tcp", None).port is None


@pytest.mark.parametrize("value", ["eighty", "8.0", 8.5, True, [80]])
def test_anything_else_is_refused_naming_the_field_and_the_value(value):
    with pytest.raises(ValueError) as raised:
        ConfigurationSetInputEndpoint("web", "tcp", value)
    assert "ConfigurationSetInputEndpoint.port" in str(raised.value)
    assert repr(value) in str(raised.value)


def test_a_boolean_field_refuses_other_text():
    config = WindowsConfigurationSet()
    with pytest.raises(ValueError, match=r"WindowsConfigurationSet\.enable_automatic_updates.*'yes'"):
        config.enable_automatic_updates = "yes"


def test_timestamp_is_the_text_azure_sent_and_a_datetime():
    stamp = from_datetime("2015-07-02T16:45:20.9231648Z")
    assert isinstance(stamp, str) and isinstance(stamp, Timestamp)
    assert json.dumps({"t": stamp}) == '{"t": "2015-07-02T16:45:20.9231648Z"}'
    expected = datetime(2015, 7, 2, 16, 45, 20, 923164, tzinfo=timezone.utc)
    assert stamp.datetime == expected and stamp == expected
    assert (stamp.year, stamp.tzinfo, stamp.isoformat()) == (2015, timezone.utc,
                                                             expected.isoformat())
    assert stamp.replace(tzinfo=None) == expected.replace(tzinfo=None)
    assert stamp.replace("2015", "2016") == "2016-07-02T16:45:20.9231648Z"
    assert stamp + timedelta(hours=1) == expected + timedelta(hours=1)
    assert stamp - expected == timedelta(0) and expected - stamp == timedelta(0)
    assert stamp < expected + timedelta(seconds=1) and stamp > "2015-07-01"
    assert stamp + "!" == "2015-07-02T16:45:20.9231648Z!"


def test_a_timestamp_that_is_not_iso_8601_is_kept_as_text():
    stamp = from_datetime("yesterday")
    assert stamp == "yesterday" and stamp.datetime is None
    with pytest.raises(AttributeError, match="not an ISO 8601 timestamp"):
        stamp.year
    assert from_datetime("  ") is None and from_datetime(None) is None


def test_counters_the_predecessor_read_as_zero_start_from_the_spec_default():
    from xml.etree.ElementTree import fromstring

    from generated import _xml as x
    sub = x.read_Subscription(fromstring(
        '<Subscription xmlns="http://schemas.microsoft.com/windowsazure">'
        "<SubscriptionID>s</SubscriptionID><MaxCoreCount>20</MaxCoreCount></Subscription>"))
    assert isinstance(sub, Subscription)
    assert (sub.max_core_count, sub.current_core_count, sub.current_virtual_network_sites) == \
        (20, 0, 0)
    assert sub.max_reserved_ips is None  # newer than the predecessor: absent stays None
