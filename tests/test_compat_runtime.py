"""Runtime behaviour that code written for the predecessor (azure-servicemanagement-legacy)
relies on: azure.common exception classes, environment proxies, the certificate writer,
`Response.message`, JSON dates, wrapped base64, documents without the Azure namespace and
request ids."""

from __future__ import annotations

import pickle
import subprocess
import sys
import textwrap

import azure.common  # the dev extra installs it (the predecessor's dependency)
import pytest

from asm_sdk_runtime.errors import (AzureAsyncOperationHttpError, AzureBadRequestHttpError,
                            AzureConflictHttpError, AzureException, AzureHttpError,
                            AzureMalformedResponseError, AzureMissingResourceHttpError,
                            AzureOperationFailedError, AzureOperationTimeoutError)
from asm_sdk_runtime.polling import wait_for_operation_status
from tests import fakes

_ERROR = ('<Error xmlns="http://schemas.microsoft.com/windowsazure"><Code>{code}</Code>'
          '<Message>{message}</Message></Error>')


# --- azure.common exception classes ------------------------------------------------------

@pytest.mark.parametrize("status, code, ours, theirs", [
    (404, "ResourceNotFound", AzureMissingResourceHttpError,
     azure.common.AzureMissingResourceHttpError),
    (409, "ConflictError", AzureConflictHttpError, azure.common.AzureConflictHttpError),
    (400, "BadRequest", AzureBadRequestHttpError, azure.common.AzureHttpError),
    (500, "InternalError", AzureHttpError, azure.common.AzureHttpError),
])
def test_http_errors_are_caught_by_their_azure_common_class(sms, monkeypatch, status, code,
                                                            ours, theirs):
    fakes.install(sms, monkeypatch, fakes.response(
        status, _ERROR.format(code=code, message="it says no"), request_id="rid-1"))
    with pytest.raises(theirs) as info:
        sms.get_hosted_service_properties("svc")
    err = info.value
    assert type(err) is ours and isinstance(err, azure.common.AzureException)
    assert (err.status, err.status_code, err.code, err.message, err.request_id) == \
        (status, status, code, "it says no", "rid-1")
    assert str(err) == f"HTTP {status} {code}: it says no (request id rid-1)"
    copy = pickle.loads(pickle.dumps(err))
    assert type(copy) is ours and (copy.status, copy.code, copy.request_id, str(copy)) == \
        (status, code, "rid-1", str(err))


def test_a_malformed_answer_is_an_azure_common_http_error(sms, monkeypatch):
    fakes.install(sms, monkeypatch, fakes.response(200, "<html>proxy page"))
    with pytest.raises(azure.common.AzureHttpError) as info:
        sms.get_hosted_service_properties("svc")
    assert type(info.value) is AzureMalformedResponseError and info.value.status == 200


class _OpError:
    def __init__(self, code, message):
        self.code, self.message = code, message


class _Op:   # module level: the error carrying it as `result` is pickled
    def __init__(self, status, code=None, message=None):
        self.status, self.http_status_code = status, 400 if status == "Failed" else 200
        self.error = _OpError(code, message) if code else None


def test_operation_failures_are_azure_common_http_errors_as_the_predecessors_were():
    failed = _Op("Failed", "BadRequest", "busy")
    with pytest.raises(azure.common.AzureHttpError) as info:
        wait_for_operation_status(lambda rid: failed, "rid-2", sleep=lambda s: None,
                                  clock=lambda: 0)
    err = info.value
    assert type(err) is AzureOperationFailedError
    assert isinstance(err, AzureAsyncOperationHttpError)
    assert (err.request_id, err.code, err.message, err.status_code, err.result) == \
        ("rid-2", "BadRequest", "busy", "Failed", failed)
    assert not isinstance(err, AzureHttpError)   # ours keeps meaning "an HTTP error status"
    copy = pickle.loads(pickle.dumps(err))
    assert (type(copy), copy.code, str(copy)) == (AzureOperationFailedError, "BadRequest",
                                                  str(err))

    now = [0.0]
    pending = _Op("InProgress")
    with pytest.raises(azure.common.AzureHttpError) as info:
        wait_for_operation_status(lambda rid: pending, "rid-3", timeout=1, sleep_interval=1,
                                  sleep=lambda s: now.__setitem__(0, now[0] + s),
                                  clock=lambda: now[0])
    assert type(info.value) is AzureOperationTimeoutError
    assert (info.value.request_id, info.value.status_code) == ("rid-3", "InProgress")
    assert pickle.loads(pickle.dumps(info.value)).last_status == "InProgress"


def test_the_predecessors_constructor_form_still_builds_our_errors():
    # Tests written for the predecessor fake failures with AzureHttpError(message, status).
    err = AzureHttpError("Not found (svc)", 404)
    assert type(err) is AzureMissingResourceHttpError
    assert (err.status, err.status_code, err.message) == (404, 404, "Not found (svc)")
    assert isinstance(err, azure.common.AzureMissingResourceHttpError)
    assert type(AzureHttpError("Conflict", 409)) is AzureConflictHttpError
    assert type(AzureMissingResourceHttpError("gone", 404)) is AzureMissingResourceHttpError
    plain = AzureHttpError("Unknown error", 502)
    assert type(plain) is AzureHttpError and str(plain) == "HTTP 502: Unknown error"
    kw = AzureHttpError(status=404, code="ResourceNotFound", message="m", request_id="r")
    assert type(kw) is AzureMissingResourceHttpError and kw.request_id == "r"

    class Own(AzureException):      # a user's subclass that never calls super().__init__
        def __init__(self, what):
            self.what = what
    assert str(Own("custom")) == "custom" and isinstance(Own("x"), azure.common.AzureException)


def test_without_azure_common_nothing_changes():
    script = textwrap.dedent("""
        import sys
        sys.modules["azure.common"] = None      # as if azure-common were not installed
        from asm_sdk_runtime import errors
        from generated import AzureMissingResourceHttpError, AzureException
        assert "azure.common" not in [getattr(c, "__module__", "") for c in
                                      AzureMissingResourceHttpError.__mro__]
        mro = [c.__name__ for c in AzureMissingResourceHttpError.__mro__]
        assert mro == ["AzureMissingResourceHttpError", "AzureHttpError", "AzureException",
                       "Exception", "BaseException", "object"], mro
        err = errors.http_error(404, "ResourceNotFound", "gone", "rid")
        assert type(err) is AzureMissingResourceHttpError
        assert str(err) == "HTTP 404 ResourceNotFound: gone (request id rid)"
        assert type(errors.AzureHttpError("gone", 404)) is AzureMissingResourceHttpError
        assert [c.__name__ for c in errors.AzureOperationFailedError.__mro__] == [
            "AzureOperationFailedError", "AzureAsyncOperationHttpError", "AzureException",
            "Exception", "BaseException", "object"]
        print("ok")
    """)
    done = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True,
                          timeout=60)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "ok"
    assert issubclass(AzureException, azure.common.AzureException)  # here it is installed


# --- Response.message ----------------------------------------------------------------------

def test_perform_get_answers_to_the_predecessors_response_names(asm_sms):
    sub = asm_sms.subscription_id
    resp = asm_sms.perform_get(f"/{sub}/locations")
    assert (resp.status, resp.message) == (200, "OK")
    assert resp.body == resp.data and b"<Locations" in resp.body
    assert dict(resp.headers)["x-ms-request-id"] == resp.request_id   # as dict(pairs) did
    assert resp.headers["Content-Type"].startswith("application/xml")



# --- base64 wrapped over lines ------------------------------------------------------------

_CSCFG = ('<?xml version="1.0" encoding="utf-8"?>\n<ServiceConfiguration serviceName="svc" '
          'xmlns="http://schemas.microsoft.com/ServiceHosting/2008/10/ServiceConfiguration">'
          '<Role name="WebRole1"><Instances count="2" /></Role></ServiceConfiguration>')


def _wrapped_b64(value: str, width: int = 76, eol: str = "\n") -> str:
    import base64
    flat = base64.b64encode(value.encode("utf-8")).decode("ascii")
    return eol.join(flat[i:i + width] for i in range(0, len(flat), width))


def test_base64_wrapped_over_lines_is_decoded(sms, monkeypatch):
    body = ('<Deployment xmlns="http://schemas.microsoft.com/windowsazure">'
            '<Name>dep1</Name><DeploymentSlot>Production</DeploymentSlot>'
            f'<Label>\n  {_wrapped_b64("ünïcode label, long enough to wrap", 8, chr(10) + "  ")}\n'
            f'</Label><Configuration>{_wrapped_b64(_CSCFG, 76, chr(13) + chr(10))}'
            '</Configuration></Deployment>')
    assert "\r\n" in body
    fakes.install(sms, monkeypatch, fakes.response(200, body))
    dep = sms.get_deployment_by_name("svc", "dep1")
    assert dep.label == "ünïcode label, long enough to wrap"
    assert dep.configuration == _CSCFG


@pytest.mark.parametrize("value, expected", [
    ("w7wg\nbGFi\r\n\tZWw=", "ü label"),
    ("w7wgbGFiZWw=", "ü label"),
    ("not base64!", "not base64!"),
    ("my label", "my label"),          # spaces, but no base64 once packed
    ("AAAA AAAA", "AAAA AAAA"),        # packs into base64 of NULs: text, not control bytes
    ("web role 1", "web role 1"),
])
def test_from_b64_decodes_wrapped_base64_and_keeps_text(value, expected):
    from asm_sdk_runtime.xml import from_b64
    assert from_b64(value) == expected


# --- dates in JSON bodies --------------------------------------------------------------------

def test_scheduler_job_dates_are_sent_as_the_predecessor_sent_them(cert_file, monkeypatch):
    import json
    from datetime import date, datetime, timedelta, timezone
    from generated import SchedulerManagementService

    scheduler = SchedulerManagementService("sub-1", cert_file)
    sent = fakes.install(scheduler, monkeypatch, fakes.response(201, "", request_id="rid-j"))
    job = {"startTime": datetime(2016, 5, 1, 10, 0, 0),
           "action": {"type": "http", "request": {"uri": "http://example.com/", "method": "GET"},
                      "retryPolicy": {"retryType": "none"}},
           "recurrence": {"frequency": "day", "interval": 1,
                          "endTime": datetime(2016, 6, 1, 10, 0, 0, 250000),
                          "schedule": {"exceptDays": [date(2016, 5, 15)]}},
           "state": "enabled",
           "aware": datetime(2016, 5, 1, 12, 0, tzinfo=timezone(timedelta(hours=2)))}
    result = scheduler.create_job("cs-1", "jc-1", "job-1", job)
    scheduler.close()
    assert result.request_id == "rid-j"
    body = sent.only.body.decode("utf-8")
    assert sent.only.headers["Content-Type"] == "application/json"
    assert json.loads(body) == {
        "startTime": "2016-05-01T10:00:00",
        "action": {"type": "http", "request": {"uri": "http://example.com/", "method": "GET"},
                   "retryPolicy": {"retryType": "none"}},
        "recurrence": {"frequency": "day", "interval": 1, "endTime": "2016-06-01T10:00:00.250000",
                       "schedule": {"exceptDays": ["2016-05-15"]}},
        "state": "enabled", "aware": "2016-05-01T12:00:00+02:00"}
    assert body.index('"startTime"') < body.index('"action"')   # the dict's order


def test_a_value_json_cannot_carry_is_refused_before_sending(cert_file, monkeypatch):
    from generated import SchedulerManagementService

    scheduler = SchedulerManagementService("sub-1", cert_file)
    sent = fakes.install(scheduler, monkeypatch)
    with pytest.raises(TypeError, match="object value"):
        scheduler.create_job("cs-1", "jc-1", "job-1", {"startTime": object()})
    scheduler.close()
    assert sent.sent == []


# --- documents without the Azure namespace --------------------------------------------------

_UNQUALIFIED_SERVICE = """<?xml version="1.0" encoding="utf-8"?>
<HostedService xmlns:i="http://www.w3.org/2001/XMLSchema-instance">
  <Url>https://management.core.windows.net/sub/services/hostedservices/svc</Url>
  <ServiceName>svc</ServiceName>
  <HostedServiceProperties>
    <Description i:nil="true"/>
    <Location>West US</Location>
    <Label>bXkgbGFiZWw=</Label>
    <Status>Created</Status>
    <DateCreated>2015-07-02T16:45:20Z</DateCreated>
    <ExtendedProperties>
      <ExtendedProperty><Name>owner</Name><Value>jane</Value></ExtendedProperty>
    </ExtendedProperties>
  </HostedServiceProperties>
</HostedService>"""


def test_a_document_without_the_azure_namespace_is_read(sms, monkeypatch, caplog):
    import datetime
    import logging
    fakes.install(sms, monkeypatch, fakes.response(200, _UNQUALIFIED_SERVICE))
    with caplog.at_level(logging.DEBUG, logger="asm_sdk_runtime.xml"):
        hs = sms.get_hosted_service_properties("svc")
    assert hs.service_name == "svc" and hs.url.endswith("/svc")
    props = hs.hosted_service_properties
    assert (props.location, props.label, props.status, props.description) == \
        ("West US", "my label", "Created", "")
    assert props.date_created == datetime.datetime(2015, 7, 2, 16, 45, 20,
                                                   tzinfo=datetime.timezone.utc)
    assert props.extended_properties == {"owner": "jane"}
    assert "<HostedService> document without its namespace" in caplog.text


def test_a_list_without_the_azure_namespace_is_read(sms, monkeypatch):
    body = ("<Locations><Location><Name>West US</Name><DisplayName>West US</DisplayName>"
            "<AvailableServices><AvailableService>Compute</AvailableService>"
            "</AvailableServices></Location><Location><Name>East Asia</Name></Location>"
            "</Locations>")
    fakes.install(sms, monkeypatch, fakes.response(200, body))
    locations = sms.list_locations()
    assert [loc.name for loc in locations] == ["West US", "East Asia"]
    assert list(locations[0].available_services) == ["Compute"]


def test_an_error_without_the_azure_namespace_keeps_its_code(sms, monkeypatch):
    body = "<Error><Code>ResourceNotFound</Code><Message>No deployments were found.</Message></Error>"
    fakes.install(sms, monkeypatch, fakes.response(404, body))
    with pytest.raises(AzureMissingResourceHttpError) as info:
        sms.get_deployment_by_slot("svc", "production")
    assert (info.value.code, info.value.message) == ("ResourceNotFound",
                                                     "No deployments were found.")


def test_only_unqualified_elements_move_and_only_when_the_root_mismatches(sms, monkeypatch):
    import xml.etree.ElementTree as ET
    from asm_sdk_runtime import xml
    from asm_sdk_runtime.xml import NS, expect_root

    calls = []
    real = xml.adopt_namespace
    monkeypatch.setattr(xml, "adopt_namespace", lambda *a: calls.append(a) or real(*a))
    fakes.install(sms, monkeypatch, fakes.response(200, f'<Locations xmlns="{NS}"/>'))
    assert list(sms.list_locations()) == [] and calls == []   # a namespaced answer: untouched

    doc = ET.fromstring('<Thing xmlns:o="urn:other" xmlns:i="http://www.w3.org/2001/XMLSchema-'
                        'instance"><A i:nil="true"/><o:B><C/></o:B></Thing>')
    expect_root(doc, f"{{{NS}}}Thing", 200, None, b"")
    assert [el.tag for el in doc.iter()] == [f"{{{NS}}}Thing", f"{{{NS}}}A", "{urn:other}B",
                                             f"{{{NS}}}C"]
    assert doc[0].attrib == {"{http://www.w3.org/2001/XMLSchema-instance}nil": "true"}

    qualified = ET.fromstring(f'<Thing xmlns="{NS}"><x:A xmlns:x="urn:x"/></Thing>')
    expect_root(qualified, f"{{{NS}}}Thing", 200, None, b"")
    assert qualified[0].tag == "{urn:x}A"
    with pytest.raises(AzureMalformedResponseError, match="expected a"):
        expect_root(ET.fromstring("<Other/>"), f"{{{NS}}}Thing", 200, None, b"")
    with pytest.raises(AzureMalformedResponseError):   # another namespace is not adopted
        expect_root(ET.fromstring('<Thing xmlns="urn:other"/>'), f"{{{NS}}}Thing", 200, None,
                    b"")


# --- request ids -----------------------------------------------------------------------------

def test_each_thread_sees_the_request_id_of_its_own_last_call(sms, monkeypatch, caplog):
    import logging
    import threading
    from asm_sdk_runtime.transport import Response

    both_sent = threading.Barrier(2, timeout=10)

    def send_once(request):
        name = request.target.rsplit("/", 1)[1].split("?")[0]
        both_sent.wait()      # both threads have called before either reads its id
        if name.startswith("gone"):
            return Response(404, {"x-ms-request-id": f"rid-{name}"}, b"")
        return Response(200, {"x-ms-request-id": f"rid-{name}"},
                        _UNQUALIFIED_SERVICE.replace(">svc<", f">{name}<").encode())
    monkeypatch.setattr(sms._transport, "send_once", send_once)
    assert sms.last_request_id is None
    seen: dict[str, list] = {}

    def work(first: str, second: str) -> None:
        got = seen.setdefault(first, [])
        sms.get_hosted_service_properties(first)
        both_sent.wait()      # the other thread's call has answered too
        got.append(sms.last_request_id)
        try:
            sms.get_hosted_service_properties(second)
        except AzureMissingResourceHttpError as exc:
            got.append(("error", exc.request_id))
        got.append(sms.last_request_id)

    with caplog.at_level(logging.DEBUG, logger="asm_sdk_runtime"):
        threads = [threading.Thread(target=work, args=("svc-a", "gone-a")),
                   threading.Thread(target=work, args=("svc-b", "svc-b2"))]
        for t in threads:
            t.start()
        for t in threads:
            t.join(20)
    assert seen == {"svc-a": ["rid-svc-a", ("error", "rid-gone-a"), "rid-gone-a"],
                    "svc-b": ["rid-svc-b", "rid-svc-b2"]}
    assert sms.last_request_id is None           # this thread made no call
    lines = [r.getMessage() for r in caplog.records if r.name == "asm_sdk_runtime"]
    assert ("GET /{}/services/hostedservices/gone-a?embed-detail=false -> 404 "
            "x-ms-request-id=rid-gone-a").format(
        sms.subscription_id) in lines
    assert len([line for line in lines if "x-ms-request-id=" in line]) == 4
    assert not any("<HostedService" in line for line in lines)   # never bodies


def test_a_call_without_an_answer_leaves_no_stale_request_id(sms, monkeypatch):
    from asm_sdk_runtime.effects import TransportFailure
    from asm_sdk_runtime.errors import AzureConnectionError

    fakes.install(sms, monkeypatch, fakes.response(200, _UNQUALIFIED_SERVICE, request_id="r1"))
    sms.get_hosted_service_properties("svc")
    assert sms.last_request_id == "r1"

    def refuse(request):
        raise TransportFailure("connection refused", sent=False)
    monkeypatch.setattr(sms._transport, "send_once", refuse)
    monkeypatch.setattr("time.sleep", lambda s: None)     # the retries of a refused request
    with pytest.raises(AzureConnectionError):
        sms.get_hosted_service_properties("svc")
    assert sms.last_request_id is None


# --- proxies from the environment -------------------------------------------------------------

_PROXY_VARS = ("HTTPS_PROXY", "https_proxy", "NO_PROXY", "no_proxy", "HTTP_PROXY",
               "http_proxy", "ALL_PROXY", "all_proxy")


@pytest.fixture(params=["sync", "aio"])
def env_proxy(asm_emulator, monkeypatch, request):
    """make(credentials, **environment) -> (proxy, client made after setting the
    environment; the sync one or the async one); every proxy variable is cleared first."""
    from generated import ServiceManagementService
    from tests.aio_view import make as make_of_kind
    from tests.test_proxy import ConnectProxy

    for name in _PROXY_VARS:
        monkeypatch.delenv(name, raising=False)
    made = []

    def make(credentials: str | None = None, **environ: str):
        proxy = ConnectProxy(credentials)
        for name, value in environ.items():
            monkeypatch.setenv(name, value.replace("PORT", str(proxy.port)))
        cfg = asm_emulator.config
        client = make_of_kind(request.param, ServiceManagementService, cfg["subscription_id"],
                              cfg["cert_file"], host=cfg["host"], ca_file=cfg["ca_file"])
        made.append((proxy, client))
        return proxy, client
    yield make
    for proxy, client in made:
        client.close()
        proxy.close()


def _tunnels(proxy) -> list[str]:
    """Method and target of each request the proxy got.  The HTTP version of the CONNECT
    line is http.client's (1.0 up to Python 3.12, 1.1 from 3.13), not ours."""
    out = []
    for line, _ in proxy.requests:
        method, target, version = line.split(" ")
        assert version in ("HTTP/1.0", "HTTP/1.1"), line
        out.append(f"{method} {target}")
    return out


@pytest.mark.parametrize("name", ["HTTPS_PROXY", "https_proxy"])
def test_the_environment_proxy_is_used(env_proxy, asm_emulator, name):
    proxy, sms = env_proxy(**{name: "http://127.0.0.1:PORT"})
    assert "West US" in [loc.name for loc in sms.list_locations()]
    sms.get_subscription()
    assert _tunnels(proxy) == [f"CONNECT {asm_emulator.config['host']}"]
    assert "proxy-authorization" not in proxy.requests[0][1]


def test_environment_proxy_credentials_are_used_and_never_logged(env_proxy, caplog):
    import base64
    import logging
    with caplog.at_level(logging.DEBUG):
        proxy, sms = env_proxy("corp\\jane:p@ss w0rd",
                               HTTPS_PROXY="http://corp%5Cjane:p%40ss%20w0rd@127.0.0.1:PORT")
        assert sms.list_locations()
    assert len(proxy.requests) == 1     # the proxy accepted the basic credentials
    assert _tunnels(proxy) == [f"CONNECT {sms.host}"]
    assert proxy.requests[0][1]["proxy-authorization"] == \
        "Basic " + base64.b64encode(b"corp\\jane:p@ss w0rd").decode()
    assert "p@ss" not in caplog.text and "p%40ss" not in caplog.text
    assert base64.b64encode(b"corp\\jane:p@ss w0rd").decode() not in caplog.text
    assert f"using the proxy 127.0.0.1:{proxy.port} from HTTPS_PROXY" in caplog.text


def test_a_scheme_less_proxy_is_http(env_proxy):
    proxy, sms = env_proxy(https_proxy="127.0.0.1:PORT")
    assert sms.list_locations() and len(proxy.requests) == 1


@pytest.mark.parametrize("no_proxy", ["*", "127.0.0.1", "example.com, 127.0.0.1 ",
                                      "127.0.0.0/8", "127.0.0.1:EMU"])
def test_no_proxy_bypasses_the_environment_proxy(env_proxy, asm_emulator, no_proxy):
    emu_port = asm_emulator.config["host"].rsplit(":", 1)[1]
    proxy, sms = env_proxy(HTTPS_PROXY="http://127.0.0.1:PORT",
                           NO_PROXY=no_proxy.replace("EMU", emu_port))
    assert sms.list_locations()
    assert proxy.requests == []


def test_no_proxy_for_another_port_or_host_does_not_bypass(env_proxy):
    proxy, sms = env_proxy(HTTPS_PROXY="http://127.0.0.1:PORT",
                           no_proxy="127.0.0.1:1,10.0.0.0/8,localhost")
    assert sms.list_locations()
    assert len(proxy.requests) == 1


def test_lower_case_variables_win(env_proxy):
    proxy, sms = env_proxy(HTTPS_PROXY="http://127.0.0.1:PORT", https_proxy="")
    assert sms.list_locations() and proxy.requests == []
    proxy, sms = env_proxy(https_proxy="http://127.0.0.1:PORT", NO_PROXY="*", no_proxy="")
    assert sms.list_locations() and len(proxy.requests) == 1


def test_set_proxy_wins_over_the_environment(env_proxy, asm_emulator):
    from tests.test_proxy import ConnectProxy
    env, sms = env_proxy(HTTPS_PROXY="http://127.0.0.1:PORT")
    chosen = ConnectProxy()
    try:
        sms.set_proxy("127.0.0.1", chosen.port)
        assert sms.list_locations()
    finally:
        chosen.close()
    assert env.requests == []
    assert _tunnels(chosen) == [f"CONNECT {asm_emulator.config['host']}"]


def test_the_environment_is_read_once_when_the_client_is_made(env_proxy, monkeypatch):
    proxy, sms = env_proxy()
    monkeypatch.setenv("HTTPS_PROXY", f"http://127.0.0.1:{proxy.port}")
    assert sms.list_locations()          # made before the variable: direct
    assert proxy.requests == []


def test_without_a_proxy_variable_requests_go_direct(env_proxy):
    proxy, sms = env_proxy(HTTP_PROXY="http://127.0.0.1:PORT")   # http_proxy: not for https
    assert sms.list_locations()
    assert proxy.requests == []


def test_an_unsupported_proxy_scheme_warns_and_goes_direct(env_proxy, caplog):
    import logging
    with caplog.at_level(logging.WARNING):
        proxy, sms = env_proxy(HTTPS_PROXY="socks5://user:secret@127.0.0.1:PORT")
    assert sms.list_locations() and proxy.requests == []
    assert "socks5://127.0.0.1 is not an http://HOST[:PORT] proxy" in caplog.text
    assert "secret" not in caplog.text


@pytest.mark.parametrize("host, port, no_proxy, bypass", [
    ("management.core.windows.net", 443, "windows.net", True),
    ("management.core.windows.net", 443, ".core.windows.net", True),
    ("management.core.windows.net", 443, "MANAGEMENT.core.windows.net", True),
    ("management.core.windows.net", 443, "ws.net", False),           # not a name boundary
    ("management.core.windows.net", 443, "windows.net:443", True),
    ("management.core.windows.net", 443, "windows.net:8443", False),
    ("management.core.windows.net", 443, "", False),
    ("management.core.windows.net", 443, " , *", True),
    ("10.1.2.3", 443, "10.0.0.0/8", True),
    ("10.1.2.3", 443, "10.1.2.3", True),
    ("10.1.2.3", 443, "10.1.2.4,11.0.0.0/8", False),
    ("::1", 443, "::1", True),
    ("::1", 8443, "[::1]:8443", True),
    ("::1", 443, "[::1]:8443", False),
])
def test_no_proxy_matching(host, port, no_proxy, bypass):
    from asm_sdk_runtime.transport import bypass_proxy
    assert bypass_proxy(host, port, no_proxy) is bypass


# --- get_certificate_from_publish_settings ---------------------------------------------------

def _pem_parts(pem: bytes):
    from cryptography import x509
    from cryptography.hazmat.primitives import serialization
    assert pem.startswith(b"-----BEGIN CERTIFICATE-----\n")
    assert pem.count(b"-----BEGIN PRIVATE KEY-----\n") == 1 and b"ENCRYPTED" not in pem
    return (x509.load_pem_x509_certificate(pem),
            serialization.load_pem_private_key(pem, None))


def _same_key(a, b) -> bool:
    from cryptography.hazmat.primitives import serialization
    der = serialization.Encoding.DER, serialization.PublicFormat.SubjectPublicKeyInfo
    return a.public_key().public_bytes(*der) == b.public_key().public_bytes(*der)


def test_the_certificate_is_written_as_pem_with_mode_0600(tmp_path, monkeypatch):
    import os
    import stat
    from generated import get_certificate_from_publish_settings
    from tests.test_publishsettings import SUB_A, SUB_B, make_key_cert, pfx_b64, v2_xml, write

    key_a, cert_a = make_key_cert("sub-a")
    key_b, cert_b = make_key_cert("sub-b")
    url = "https://management.core.windows.net"
    path = write(tmp_path, v2_xml([(SUB_A.upper(), "Prod", url, pfx_b64(key_a, cert_a)),
                                   (SUB_B, "Dev", url, pfx_b64(key_b, cert_b))]))
    opened = []
    real_open = os.open
    monkeypatch.setattr(os, "open", lambda p, flags, mode=0o777, **kw:
                        opened.append((os.fspath(p), flags, mode)) or real_open(p, flags, mode,
                                                                                **kw))
    old_umask = os.umask(0)        # the mode given at creation is what the file gets
    try:
        first = get_certificate_from_publish_settings(path, tmp_path / "a.pem")
        chosen = get_certificate_from_publish_settings(str(path), str(tmp_path / "b.pem"),
                                                       SUB_B.upper())
    finally:
        os.umask(old_umask)
    assert first == SUB_A.upper()                   # the first subscription, as spelled
    assert chosen == SUB_B                          # matched without regard to case
    assert [(p.rsplit("/", 1)[1], mode) for p, flags, mode in opened
            if flags & os.O_CREAT] == [("a.pem", 0o600), ("b.pem", 0o600)]
    for name, key, cert in (("a.pem", key_a, cert_a), ("b.pem", key_b, cert_b)):
        written = tmp_path / name
        assert stat.S_IMODE(written.stat().st_mode) == 0o600
        got_cert, got_key = _pem_parts(written.read_bytes())
        assert got_cert == cert and _same_key(got_key, key)


def test_an_existing_file_is_replaced_and_made_private(tmp_path):
    import stat
    from generated import get_certificate_from_publish_settings
    from tests.test_publishsettings import SUB_A, pfx_b64, v2_xml, write

    path = write(tmp_path, v2_xml([(SUB_A, "Prod", None, pfx_b64())]))
    target = tmp_path / "mycert.pem"
    target.write_bytes(b"x" * 10000)
    target.chmod(0o644)
    assert get_certificate_from_publish_settings(path, target) == SUB_A
    assert stat.S_IMODE(target.stat().st_mode) == 0o600
    _pem_parts(target.read_bytes())
    assert not target.read_bytes().endswith(b"x")


def test_a_portal_certificate_encrypted_with_the_empty_password_is_written(tmp_path):
    import base64
    import shutil
    from cryptography.hazmat.primitives import serialization
    from generated import get_certificate_from_publish_settings
    from tests.test_publishsettings import SUB_A, make_key_cert, v2_xml, write

    assert shutil.which("openssl"), "the openssl command makes the portal's PKCS#12 form"
    key, cert = make_key_cert()
    pem = key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                            serialization.NoEncryption()) + cert.public_bytes(
        serialization.Encoding.PEM)
    pfx = subprocess.run(["openssl", "pkcs12", "-export", "-passout", "pass:"], input=pem,
                         capture_output=True, check=True).stdout
    path = write(tmp_path, v2_xml([(SUB_A, "Prod", None, base64.b64encode(pfx).decode())]))
    assert get_certificate_from_publish_settings(path, tmp_path / "p.pem") == SUB_A
    got_cert, got_key = _pem_parts((tmp_path / "p.pem").read_bytes())
    assert got_cert == cert and _same_key(got_key, key)


def test_an_unknown_subscription_id_is_a_clear_error_and_writes_nothing(tmp_path):
    from generated import AzureConfigurationError, get_certificate_from_publish_settings
    from tests.test_publishsettings import SUB_A, SUB_B, pfx_b64, v2_xml, write

    path = write(tmp_path, v2_xml([(SUB_A, "Prod", None, pfx_b64())]))
    with pytest.raises(ValueError) as info:       # the predecessor raised ValueError
        get_certificate_from_publish_settings(path, tmp_path / "c.pem", SUB_B)
    assert isinstance(info.value, AzureConfigurationError)
    assert str(info.value) == (f"subscription {SUB_B!r} is not in {str(path)!r} "
                               f"(it has {SUB_A})")
    assert not (tmp_path / "c.pem").exists()


def test_the_older_layout_and_the_written_file_work_with_a_client(asm_emulator, tmp_path):
    from pathlib import Path
    from cryptography import x509
    from cryptography.hazmat.primitives import serialization
    from generated import ServiceManagementService, get_certificate_from_publish_settings
    from tests.test_publishsettings import pfx_b64, v1_xml, write

    cfg = asm_emulator.config
    pem = Path(cfg["cert_file"]).read_bytes()
    key = serialization.load_pem_private_key(pem, None)
    cert = x509.load_pem_x509_certificate(pem)
    path = write(tmp_path, v1_xml(f"https://{cfg['host']}", pfx_b64(key, cert),
                                  [(cfg["subscription_id"], "Emulated")]))
    target = tmp_path / "emulated.pem"
    subscription_id = get_certificate_from_publish_settings(path, target)
    assert subscription_id == cfg["subscription_id"]
    with ServiceManagementService(subscription_id, str(target), host=cfg["host"],
                                  ca_file=cfg["ca_file"]) as sms:
        assert sms.list_locations()


def test_star_import_brings_the_function():
    namespace: dict = {}
    exec("from generated import *", namespace)
    from asm_sdk_runtime.compat import get_certificate_from_publish_settings
    assert namespace["get_certificate_from_publish_settings"] is \
        get_certificate_from_publish_settings
