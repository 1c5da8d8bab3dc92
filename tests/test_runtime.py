"""The hand-written runtime: escaping, conversions, certificates, errors, polling."""

from __future__ import annotations

import datetime
import ssl
import xml.etree.ElementTree as ET

import pytest

from asm_sdk_runtime import auth, xml
from asm_sdk_runtime.core import path_value
from asm_sdk_runtime.errors import (AzureConfigurationError, AzureConflictHttpError, AzureHttpError,
                            AzureMalformedResponseError, AzureMissingResourceHttpError,
                            AzureOperationFailedError, AzureOperationTimeoutError, http_error)
from asm_sdk_runtime.polling import wait_for_operation_status
from asm_sdk_runtime.transport import split_host
from tests.conftest import make_cert_pem


# --- XML text ---------------------------------------------------------------------------

@pytest.mark.parametrize("value", ["plain", "<&\"'>", "pässwörd ✓ 密码", "a\r\nb\tc", "]]>"])
def test_text_round_trips_through_a_parser(value):
    doc = ET.fromstring(f"<a>{xml.text(value)}</a>")
    assert doc.text == value


@pytest.mark.parametrize("bad", ["\x00", "a\x07b", "\x1f", "\ufffe"])
def test_text_rejects_what_xml_cannot_carry(bad):
    with pytest.raises(ValueError, match="cannot be sent in XML"):
        xml.text(bad)


def test_base64_labels_round_trip_unicode():
    assert xml.b64("ü label") == "w7wgbGFiZWw="
    assert xml.from_b64("w7wgbGFiZWw=") == "ü label"
    assert xml.from_b64("not base64!") == "not base64!"  # kept, not lost


def test_datetimes_are_typed_and_seven_digit_fractions_accepted():
    value = xml.from_datetime("2015-07-02T16:45:20.9231648Z")
    assert value == datetime.datetime(2015, 7, 2, 16, 45, 20, 923164, tzinfo=datetime.timezone.utc)
    assert xml.from_datetime("2015-07-02T16:45:20") .tzinfo is datetime.timezone.utc
    assert xml.from_datetime("yesterday") == "yesterday"
    assert xml.dt(datetime.datetime(2015, 1, 2, 3, 4, 5)) == "2015-01-02T03:04:05Z"


def test_bool_and_int_conversions():
    assert xml.from_bool("true") is True and xml.from_bool("False") is False
    assert xml.from_bool(None) is None
    assert xml.from_int("42") == 42 and xml.from_int("") is None
    assert xml.boolean(True) == "true"
    with pytest.raises(ValueError):
        xml.number("12")


def test_parse_document_turns_garbage_into_typed_errors():
    with pytest.raises(AzureMalformedResponseError) as info:
        xml.parse_document(b"<html><body>Bad gateway", 200, "rid-1")
    assert info.value.request_id == "rid-1" and info.value.body.startswith(b"<html>")
    with pytest.raises(AzureMalformedResponseError, match="empty body"):
        xml.parse_document(b"", 200, None)


# --- URIs -------------------------------------------------------------------------------

@pytest.mark.parametrize("value,encoded", [
    ("a/b", "a%2Fb"), ("x?y#z", "x%3Fy%23z"), ("with space", "with%20space"),
    ("..", "%2E%2E"), (".", "%2E"), ("a.b", "a.b"), ("ü", "%C3%BC"),
])
def test_path_values_cannot_change_the_path(value, encoded):
    assert path_value(value, "name") == encoded


def test_path_value_none_names_the_argument():
    with pytest.raises(ValueError, match="service_name is required"):
        path_value(None, "service_name")


def test_empty_path_value_cannot_turn_a_get_into_a_list():
    with pytest.raises(ValueError, match="service_name must not be empty"):
        path_value("", "service_name")


@pytest.mark.parametrize("host,expected", [
    ("management.core.windows.net", ("management.core.windows.net", 443)),
    ("127.0.0.1:8443", ("127.0.0.1", 8443)),
    ("https://localhost:9000", ("localhost", 9000)),
])
def test_host_forms(host, expected):
    assert split_host(host) == expected


def test_plain_http_host_is_refused():
    with pytest.raises(AzureConfigurationError, match="only https"):
        split_host("http://example.com")


def test_environment_defaults_apply_only_where_arguments_are_omitted(tmp_path, monkeypatch):
    from generated import ServiceManagementService, WebsiteManagementService

    env_cert = str(make_cert_pem(tmp_path / "env.pem"))
    arg_cert = str(make_cert_pem(tmp_path / "arg.pem"))
    monkeypatch.setenv("AZURE_MANAGEMENT_SUBSCRIPTIONID", "env-sub")
    monkeypatch.setenv("AZURE_MANAGEMENT_CERTFILE", env_cert)
    monkeypatch.setenv("AZURE_MANAGEMENT_HOST", "127.0.0.1:8443")
    with ServiceManagementService() as sms, WebsiteManagementService() as web:
        assert (sms.subscription_id, sms.cert_file, sms.host) == ("env-sub", env_cert,
                                                                  "127.0.0.1:8443")
        assert (sms._transport.host, sms._transport.port) == ("127.0.0.1", 8443)
        assert web.host == "127.0.0.1:8443"
    with ServiceManagementService("arg-sub", arg_cert, "example.net:444") as sms:
        assert (sms.subscription_id, sms.cert_file, sms.host) == ("arg-sub", arg_cert,
                                                                  "example.net:444")
    monkeypatch.delenv("AZURE_MANAGEMENT_HOST")
    with ServiceManagementService() as sms:
        assert sms.host == "management.core.windows.net"


# --- errors -----------------------------------------------------------------------------

def test_http_errors_map_to_legacy_names():
    e404 = http_error(404, "ResourceNotFound", "The hosted service does not exist.", "r1")
    assert isinstance(e404, AzureMissingResourceHttpError) and isinstance(e404, AzureHttpError)
    assert (e404.status, e404.code, e404.request_id) == (404, "ResourceNotFound", "r1")
    assert "The hosted service does not exist." in str(e404)
    assert isinstance(http_error(409, "ConflictError", "x", None), AzureConflictHttpError)
    assert type(http_error(500, None, None, None)) is AzureHttpError


# --- certificates -----------------------------------------------------------------------

def test_pem_with_cert_and_key_builds_a_verifying_context(tmp_path):
    ctx = auth.build_ssl_context(str(make_cert_pem(tmp_path / "c.pem")))
    assert ctx.verify_mode == ssl.CERT_REQUIRED and ctx.check_hostname


def test_pfx_is_loaded_without_leaving_a_key_file(tmp_path, monkeypatch):
    from cryptography.hazmat.primitives.serialization import (BestAvailableEncryption,
                                                              load_pem_private_key, pkcs12)
    from cryptography import x509
    pem = make_cert_pem(tmp_path / "c.pem").read_bytes()
    key = load_pem_private_key(pem, None)
    cert = x509.load_pem_x509_certificate(pem)
    pfx = tmp_path / "c.pfx"
    pfx.write_bytes(pkcs12.serialize_key_and_certificates(
        b"c", key, cert, None, BestAvailableEncryption(b"secret")))
    monkeypatch.setattr("tempfile.tempdir", str(tmp_path / "tmp"))
    (tmp_path / "tmp").mkdir()
    auth.build_ssl_context(str(pfx), cert_password="secret")
    assert list((tmp_path / "tmp").iterdir()) == []
    with pytest.raises(AzureConfigurationError, match="password"):
        auth.build_ssl_context(str(pfx))


@pytest.mark.parametrize("problem,match", [
    ("missing", "does not exist"), ("nokey", "no private key"), ("expired", "expired"),
    ("store", "Windows certificate store"), ("none", "certificate is required"),
    ("directory", "is a directory, not a file"),
    ("junk", "neither a PEM file .certificate and private key. nor a PKCS#12"),
])
def test_unusable_certificates_fail_clearly_at_construction(tmp_path, problem, match):
    path = str(tmp_path / "c.pem")
    if problem == "nokey":
        data = make_cert_pem(tmp_path / "c.pem").read_bytes()
        (tmp_path / "c.pem").write_bytes(data.split(b"-----BEGIN " + b"PRIVATE KEY")[0])
    elif problem == "expired":
        make_cert_pem(tmp_path / "c.pem", days=1, not_before=datetime.datetime(
            2020, 1, 1, tzinfo=datetime.timezone.utc))
    elif problem == "store":
        path = "CURRENT_USER\\my\\AzureCertificate"
    elif problem == "none":
        path = None
    elif problem == "directory":
        path = str(tmp_path)
    elif problem == "junk":
        (tmp_path / "c.pem").write_text("not a certificate at all\n")
    with pytest.raises(AzureConfigurationError, match=match):
        auth.build_ssl_context(path)


# --- polling ----------------------------------------------------------------------------

class _Op:
    def __init__(self, status, code=None, message=None):
        self.status, self.http_status_code = status, 200 if status != "Failed" else 400
        self.error = type("E", (), {"code": code, "message": message})() if code else None


def _statuses(*ops):
    seq = list(ops)
    calls = []

    def get(request_id):
        calls.append(request_id)
        item = seq.pop(0)
        if isinstance(item, Exception):
            raise item
        return item
    return get, calls


def test_polling_returns_final_operation_and_reports_progress():
    get, calls = _statuses(_Op("InProgress"), _Op("InProgress"), _Op("Succeeded"))
    seen, slept = [], []
    op = wait_for_operation_status(get, "rid", sleep_interval=2, progress_callback=seen.append,
                                   sleep=slept.append, clock=lambda: 0)
    assert op.status == "Succeeded" and calls == ["rid"] * 3
    assert [o.status for o in seen] == ["InProgress", "InProgress", "Succeeded"]
    assert slept == [2, 2]


def test_polling_failed_operation_raises_with_azure_code():
    get, _ = _statuses(_Op("InProgress"), _Op("Failed", "BadRequest", "The image is busy."))
    with pytest.raises(AzureOperationFailedError) as info:
        wait_for_operation_status(get, "rid", sleep=lambda s: None, clock=lambda: 0)
    assert (info.value.code, info.value.message, info.value.request_id) == \
        ("BadRequest", "The image is busy.", "rid")


def test_polling_times_out_with_request_id_to_resume():
    now = [0.0]

    def sleep(s):
        now[0] += s
    get, calls = _statuses(*[_Op("InProgress")] * 10)
    with pytest.raises(AzureOperationTimeoutError) as info:
        wait_for_operation_status(get, "rid-7", timeout=10, sleep_interval=4, sleep=sleep,
                                  clock=lambda: now[0])
    assert info.value.request_id == "rid-7" and info.value.last_status == "InProgress"
    assert len(calls) == 4  # t=0, 4, 8, then the last poll at 10


def test_predecessor_hooks_and_error_name_keep_working():
    from asm_sdk_runtime.errors import AzureAsyncOperationHttpError

    now = [0.0]

    def sleep(s):
        now[0] += s
    clock = lambda: now[0]  # noqa: E731
    done, failed = [], []
    get, _ = _statuses(_Op("InProgress"), _Op("Succeeded"))
    wait_for_operation_status(get, "r1", sleep_interval=3, sleep=sleep, clock=clock,
                              success_callback=done.append, failure_callback=failed.append)
    assert done == [3.0] and failed == []

    # failure_callback(elapsed, error) sees the error, which is still raised.
    failing = _Op("Failed", "InternalError", "boom")
    get, _ = _statuses(_Op("InProgress"), failing)
    with pytest.raises(AzureAsyncOperationHttpError) as info:
        wait_for_operation_status(get, "r2", sleep_interval=2, sleep=sleep, clock=clock,
                                  failure_callback=lambda t, e: failed.append((t, e)))
    assert isinstance(info.value, AzureOperationFailedError) and info.value.result is failing
    assert failed == [(2.0, info.value)]

    last = _Op("InProgress")
    get, _ = _statuses(*[last] * 3)
    with pytest.raises(AzureAsyncOperationHttpError) as info:
        wait_for_operation_status(get, "r3", timeout=2, sleep_interval=1, sleep=sleep,
                                  clock=clock)
    assert isinstance(info.value, AzureOperationTimeoutError) and info.value.result is last
    assert info.value.request_id == "r3"


def test_polling_survives_transient_status_errors_but_not_others():
    get, calls = _statuses(http_error(503, None, None, None), _Op("Succeeded"))
    assert wait_for_operation_status(get, "r", sleep=lambda s: None, clock=lambda: 0).status \
        == "Succeeded"
    get, _ = _statuses(http_error(404, "ResourceNotFound", "no such op", None))
    with pytest.raises(AzureMissingResourceHttpError):
        wait_for_operation_status(get, "r", sleep=lambda s: None, clock=lambda: 0)


@pytest.mark.parametrize("not_before,days", [
    (datetime.datetime(2020, 1, 1, tzinfo=datetime.timezone.utc), 1),          # UTCTime
    (datetime.datetime(2024, 5, 6, 7, 8, 9, tzinfo=datetime.timezone.utc), 365 * 40),  # GeneralizedTime after 2049
    (datetime.datetime(1999, 12, 31, 23, 59, 59, tzinfo=datetime.timezone.utc), 30),
])
def test_pem_validity_is_read_without_cryptography_as_cryptography_reads_it(
        tmp_path, not_before, days):
    from cryptography import x509
    pem = make_cert_pem(tmp_path / "c.pem", days=days, not_before=not_before).read_bytes()
    cert = x509.load_pem_x509_certificate(pem)
    assert auth._pem_validity(pem) == (cert.not_valid_before_utc, cert.not_valid_after_utc)
    assert auth._pem_validity(pem)[0] == not_before


@pytest.mark.parametrize("data", [b"-----BEGIN CERTIFICATE-----\nMIIB\n-----END CERTIFICATE-----\n"
                                  b"-----BEGIN PRIVATE KEY-----\n", b"-----BEGIN PRIVATE KEY-----\n"])
def test_a_pem_whose_certificate_does_not_parse_is_a_configuration_error(tmp_path, data):
    (tmp_path / "c.pem").write_bytes(data + b"x\n-----END PRIVATE KEY-----\nCERTIFICATE-----")
    with pytest.raises(AzureConfigurationError, match="unreadable certificate"):
        auth.build_ssl_context(str(tmp_path / "c.pem"))
