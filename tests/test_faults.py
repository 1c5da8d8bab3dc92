"""Fault injection against a local mutual-TLS server (tests/faultserver.py).

Every test states the fault, asserts the SDK's outcome (the parsed value after a retry, or
the exact exception with status / code / request id / first bytes of the body) and how many
times the server saw the request.  The rule under test: a request that may have reached the
server is sent again only when it is idempotent (GET, or an operation the spec marks
idempotent); a POST is never seen twice.

`@record_case(fault, expected)` feeds docs/reliability.md (tests/render_reliability.py).
"""

from __future__ import annotations

import functools
import socket
import time
from urllib.parse import unquote, urlsplit

import pytest

from generated import (AzureConnectionError, AzureHttpError, AzureMalformedResponseError,
                       AzureMissingResourceHttpError, AzureOperationFailedError,
                       AzureOperationTimeoutError, AzureTimeoutError, AzureWaiterTimeoutError,
                       RetryPolicy, ServiceManagementService)
from tests.aio_view import make as make_of_kind
from tests.conftest import make_cert_pem
from tests.faultserver import (SUB, accepted, azure_error, close, doc, drip, locations_xml,
                               make_certs,
                               operation_xml, record_case, redirect, reply, reset,
                               reset_after_client_hello, short_body, stall)

@pytest.fixture(params=["sync", "aio"])
def client_kind(request) -> str:
    """Every fault below, over the sync client and the async one (generated.aio)."""
    return request.param


LOC = f"/{SUB}/locations"
HS = f"/{SUB}/services/hostedservices"
LOCATIONS = locations_xml("West US", "East Asia")


def ops(request_id: str) -> str:
    return f"/{SUB}/operations/{request_id}"


def names(locations) -> list[str]:
    return [loc.name for loc in locations]


def create(sms):
    return sms.create_hosted_service("svc1", "label", location="West US")


# --- connection resets and closes --------------------------------------------------------

@record_case("connection reset before the request is read (GET)",
             "retried on a new connection; parsed value returned; server read it once")
def test_get_retried_after_reset_before_request_read(fault_server, make_client):
    fault_server.before_read(reset())
    fault_server.route("GET", LOC, reply(200, LOCATIONS))
    assert names(make_client().list_locations()) == ["West US", "East Asia"]
    assert fault_server.count("GET", LOC) == 1
    assert fault_server.handshakes == 2


@record_case("connection reset before the request is read (POST)",
             "AzureConnectionError (the client cannot know it was not read); never resent")
def test_post_not_resent_after_reset_before_request_read(fault_server, make_client):
    fault_server.before_read(reset())
    fault_server.route("POST", HS, accepted("rid-create"))
    with pytest.raises(AzureConnectionError):
        create(make_client())
    assert fault_server.count("POST", HS) == 0
    assert fault_server.connections == 1


@record_case("connection reset after the request was read, no answer (GET)",
             "retried; parsed value returned; server saw it twice")
def test_get_retried_after_reset_after_request_read(fault_server, make_client):
    fault_server.script("GET", LOC, reset(), reply(200, LOCATIONS))
    assert names(make_client().list_locations()) == ["West US", "East Asia"]
    assert fault_server.count("GET", LOC) == 2


@record_case("connection reset after the request was read, no answer (POST)",
             "AzureConnectionError; the POST is never sent again (server count 1)")
def test_post_never_resent_after_reset_after_request_read(fault_server, make_client):
    fault_server.script("POST", HS, reset(), accepted("rid-second"))
    with pytest.raises(AzureConnectionError) as info:
        create(make_client())
    assert "POST" in str(info.value) and HS in str(info.value)
    assert fault_server.count("POST", HS) == 1


@record_case("connection closed (FIN) after the request was read, no answer (POST)",
             "AzureConnectionError; never resent (server count 1)")
def test_post_never_resent_after_close_without_answer(fault_server, make_client):
    fault_server.script("POST", HS, close(), accepted("rid-second"))
    with pytest.raises(AzureConnectionError):
        create(make_client())
    assert fault_server.count("POST", HS) == 1


@record_case("connection reset on every attempt (GET)",
             "AzureConnectionError after max_attempts (server count 4)")
def test_get_gives_up_after_max_attempts_of_resets(fault_server, make_client):
    fault_server.route("GET", LOC, reset())
    with pytest.raises(AzureConnectionError) as info:
        make_client().list_locations()
    assert "4 attempt" in str(info.value)
    assert fault_server.count("GET", LOC) == 4


@record_case("idempotent PUT (update_affinity_group) reset after being read",
             "retried with the same body (server count 2)")
def test_idempotent_put_retried_after_reset(fault_server, make_client):
    path = f"/{SUB}/affinitygroups/ag1"
    fault_server.script("PUT", path, reset(), reply(200, b"", content_type=None,
                                                    request_id="rid-put"))
    client = make_client()
    result = client.update_affinity_group("ag1", "new label")
    assert result is None and client.last_request_id == "rid-put"
    seen = fault_server.seen("PUT")
    assert len(seen) == 2 and seen[0].body == seen[1].body and b"<Label>" in seen[0].body


@record_case("connection reset during the TLS handshake (GET)",
             "retried on a new connection; parsed value returned")
def test_get_retried_after_reset_during_handshake(fault_server, make_client):
    fault_server.on_accept(reset_after_client_hello())
    fault_server.route("GET", LOC, reply(200, LOCATIONS))
    assert names(make_client().list_locations()) == ["West US", "East Asia"]
    assert fault_server.count("GET", LOC) == 1
    assert fault_server.connections == 2


@record_case("connection reset during the TLS handshake (POST)",
             "nothing was sent yet, so retried even for POST; server sees it once")
def test_post_retried_after_reset_during_handshake(fault_server, make_client):
    fault_server.on_accept(reset_after_client_hello())
    fault_server.route("POST", HS, accepted("rid-create"))
    result = create(make_client())
    assert result.request_id == "rid-create"
    assert fault_server.count("POST", HS) == 1


@record_case("connection refused (nothing listening)",
             "AzureConnectionError after the retries, within the deadline")
def test_connection_refused(fault_certs, client_kind):
    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    sms = make_of_kind(client_kind, ServiceManagementService, SUB, fault_certs.client,
                       host=f"127.0.0.1:{port}", ca_file=fault_certs.ca, timeout=1,
                       retry=RetryPolicy(max_attempts=3, backoff=0.01, deadline=5))
    t0 = time.monotonic()
    with pytest.raises(AzureConnectionError) as info:
        sms.list_locations()
    assert "3 attempt" in str(info.value)
    assert time.monotonic() - t0 < 3
    sms.close()


# --- TLS trust ----------------------------------------------------------------------------

@record_case("client certificate not signed by the CA the server trusts",
             "AzureConnectionError, not retried; the server reads no request")
def test_untrusted_client_certificate_rejected(fault_server, make_client, tmp_path):
    stranger = make_cert_pem(tmp_path / "stranger.pem")
    fault_server.route("GET", LOC, reply(200, LOCATIONS))
    with pytest.raises(AzureConnectionError):
        make_client(cert_file=str(stranger)).list_locations()
    assert fault_server.total == 0 and fault_server.handshakes == 0
    assert fault_server.connections == 1


@record_case("server certificate from a CA the client does not trust",
             "AzureConnectionError (TLS failure), not retried; no request sent")
def test_untrusted_server_certificate_rejected(fault_server, make_client, tmp_path):
    other = make_certs(tmp_path / "other")
    fault_server.route("GET", LOC, reply(200, LOCATIONS))
    with pytest.raises(AzureConnectionError) as info:
        make_client(ca_file=other.ca).list_locations()
    assert "TLS" in str(info.value)
    assert fault_server.total == 0 and fault_server.connections == 1


# --- error statuses and Retry-After -------------------------------------------------------

@record_case("503 with Retry-After: 0, twice, then 200 (GET)",
             "retried at once; parsed value returned (server count 3)")
def test_get_retried_on_503_retry_after_zero(fault_server, make_client):
    fault_server.script("GET", LOC,
                        azure_error(503, "ServerBusy", "busy", retry_after="0"),
                        azure_error(503, "ServerBusy", "busy", retry_after="0"),
                        reply(200, LOCATIONS))
    t0 = time.monotonic()
    assert names(make_client().list_locations()) == ["West US", "East Asia"]
    assert time.monotonic() - t0 < 1
    assert fault_server.count("GET", LOC) == 3


@record_case("503 with Retry-After: 1 then 200 (GET)",
             "waits the advertised second, then succeeds (server count 2)")
def test_get_honours_small_retry_after(fault_server, make_client):
    fault_server.script("GET", LOC, azure_error(503, "ServerBusy", "busy", retry_after="1"),
                        reply(200, LOCATIONS))
    t0 = time.monotonic()
    assert names(make_client().list_locations()) == ["West US", "East Asia"]
    assert 0.9 <= time.monotonic() - t0 < 3
    assert fault_server.count("GET", LOC) == 2


@record_case("503 with Retry-After beyond the retry deadline (GET)",
             "no wait: AzureHttpError 503 with code, message, request id (server count 1)")
def test_get_retry_after_beyond_deadline_fails_fast(fault_server, make_client):
    fault_server.script("GET", LOC, azure_error(503, "ServerBusy", "come back later",
                                                retry_after="3600", request_id="rid-503"))
    t0 = time.monotonic()
    with pytest.raises(AzureHttpError) as info:
        make_client().list_locations()
    assert time.monotonic() - t0 < 1
    e = info.value
    assert (e.status, e.code, e.message, e.request_id) == (503, "ServerBusy", "come back later",
                                                           "rid-503")
    assert fault_server.count("GET", LOC) == 1


@record_case("500 on every attempt, no Retry-After (GET)",
             "backoff retries, then AzureHttpError 500 with Azure's code (server count 4)")
def test_get_500_retried_until_max_attempts(fault_server, make_client):
    fault_server.route("GET", LOC, azure_error(500, "InternalError", "oops",
                                               request_id="rid-500"))
    with pytest.raises(AzureHttpError) as info:
        make_client().list_locations()
    e = info.value
    assert (e.status, e.code, e.message, e.request_id) == (500, "InternalError", "oops", "rid-500")
    assert fault_server.count("GET", LOC) == 4


@record_case("429 with Retry-After: 0 then 200 (GET)", "retried; parsed value (server count 2)")
def test_get_retried_on_429(fault_server, make_client):
    fault_server.script("GET", LOC, azure_error(429, "TooManyRequests", "slow down",
                                                retry_after="0"), reply(200, LOCATIONS))
    assert names(make_client().list_locations()) == ["West US", "East Asia"]
    assert fault_server.count("GET", LOC) == 2


@record_case("503 with Retry-After: 0 on a POST",
             "AzureHttpError 503 at once; never resent (server count 1)")
def test_post_not_retried_on_503(fault_server, make_client):
    fault_server.script("POST", HS, azure_error(503, "ServerBusy", "busy", retry_after="0",
                                                request_id="rid-p503"), accepted())
    with pytest.raises(AzureHttpError) as info:
        create(make_client())
    assert (info.value.status, info.value.code, info.value.request_id) == \
        (503, "ServerBusy", "rid-p503")
    assert fault_server.count("POST", HS) == 1


@record_case("503 HTML page from a proxy on a POST (not an Azure <Error>)",
             "AzureHttpError 503, code None, body keeps the first bytes (server count 1)")
def test_post_non_azure_error_page(fault_server, make_client):
    page = b"<html><body><h1>503 Service Unavailable</h1></body></html>"
    fault_server.script("POST", HS, reply(503, page, content_type="text/html",
                                          request_id="rid-proxy"))
    with pytest.raises(AzureHttpError) as info:
        create(make_client())
    e = info.value
    assert (e.status, e.code, e.request_id) == (503, None, "rid-proxy")
    assert e.body.startswith(b"<html><body><h1>503")
    assert fault_server.count("POST", HS) == 1


@record_case("404 Azure <Error> (GET)",
             "AzureMissingResourceHttpError with code, message, request id; not retried")
def test_get_404_not_retried(fault_server, make_client):
    path = f"{HS}/nosuch"
    fault_server.route("GET", path, azure_error(404, "ResourceNotFound", "No such service",
                                                request_id="rid-404"))
    with pytest.raises(AzureMissingResourceHttpError) as info:
        make_client().get_hosted_service_properties("nosuch")
    e = info.value
    assert (e.status, e.code, e.message, e.request_id) == \
        (404, "ResourceNotFound", "No such service", "rid-404")
    assert fault_server.count("GET", path) == 1


# --- read timeouts ------------------------------------------------------------------------

@record_case("no answer for longer than the read timeout, then normal (GET)",
             "read timeout, retried; parsed value (server count 2)")
def test_get_retried_after_read_timeout(fault_server, make_client):
    fault_server.script("GET", LOC, stall(1.6, reply(200, LOCATIONS)), reply(200, LOCATIONS))
    t0 = time.monotonic()
    assert names(make_client().list_locations()) == ["West US", "East Asia"]
    assert 0.9 <= time.monotonic() - t0 < 3
    assert fault_server.count("GET", LOC) == 2


@record_case("no answer for longer than the read timeout (POST)",
             "AzureConnectionError after one timeout; never resent (server count 1)")
def test_post_not_resent_after_read_timeout(fault_server, make_client):
    fault_server.script("POST", HS, stall(3, accepted()), accepted())
    t0 = time.monotonic()
    with pytest.raises(AzureConnectionError):
        create(make_client())
    assert time.monotonic() - t0 < 2.5
    assert fault_server.count("POST", HS) == 1


@record_case("no answer on any attempt (GET)",
             "AzureConnectionError after max_attempts read timeouts (server count = attempts)")
def test_get_read_timeout_every_attempt(fault_server, make_client):
    fault_server.route("GET", LOC, stall(5))
    sms = make_client(retry=RetryPolicy(max_attempts=2, backoff=0.01, deadline=5), timeout=0.5)
    t0 = time.monotonic()
    with pytest.raises(AzureConnectionError) as info:
        sms.list_locations()
    assert "2 attempt" in str(info.value)
    assert time.monotonic() - t0 < 2.5
    assert fault_server.count("GET", LOC) == 2


# --- deadlines: a call's time, and a wait's, bounded as a whole ---------------------------
# Elapsed times are asserted against wide margins (3x the bound, or more): a behaviour
# bound, not a performance target; the machine may be busy.

@record_case("a 200 whose body comes a byte every 0.4 s (each read well within timeout=1)",
             "AzureTimeoutError once call_timeout=2 has passed, not after the whole body; "
             "not retried (server count 1)")
def test_dripping_body_ends_at_the_call_deadline(fault_server, make_client):
    """`timeout` bounds each read of an answer (the predecessor's meaning); `call_timeout`
    bounds the call as a whole: the transport checks the clock between the reads of the
    body and waits in each read only for the time left, so a body sent a byte at a time
    ends the call with AzureTimeoutError (an AzureConnectionError) at `call_timeout`, not
    when the last byte comes.  A call out of time is not retried."""
    fault_server.route("GET", LOC, drip(LOCATIONS, every=0.4))
    t0 = time.monotonic()
    with pytest.raises(AzureTimeoutError, match="deadline"):
        make_client(call_timeout=2).list_locations()
    assert time.monotonic() - t0 < 6
    assert fault_server.count("GET", LOC) == 1


@record_case("an answer whose status line and headers come a byte every 0.4 s",
             "AzureTimeoutError once call_timeout=2 has passed (server count 1)")
def test_dripping_head_ends_at_the_call_deadline(fault_server, make_client):
    """The head of an answer counts as its body does: each read of the status line and
    headers waits only for what is left of `call_timeout` (the sync client's TLS sockets
    read by the deadline of the call its thread sends; the async client cancels the
    attempt), so a head sent a byte at a time ends the call with AzureTimeoutError."""
    fault_server.route("GET", LOC, drip(LOCATIONS, every=0.4, head=True))
    t0 = time.monotonic()
    with pytest.raises(AzureTimeoutError):
        make_client(call_timeout=2).list_locations()
    assert time.monotonic() - t0 < 6
    assert fault_server.count("GET", LOC) == 1


@record_case("no answer on any attempt, retries allowed for a minute (GET, call_timeout=2.5)",
             "AzureTimeoutError by the call deadline: attempts and the waits between them "
             "count (server count <= 3)")
def test_retries_end_at_the_call_deadline(fault_server, make_client):
    """Every attempt, and every wait between attempts, counts against `call_timeout`: no
    attempt starts after it, an attempt's timeouts are shortened to the time left, and the
    call raises AzureTimeoutError when it passes, whatever the retry policy still allows."""
    fault_server.route("GET", LOC, stall(10))
    sms = make_client(retry=RetryPolicy(max_attempts=10, backoff=0.01, deadline=60),
                      timeout=1, call_timeout=2.5)
    t0 = time.monotonic()
    with pytest.raises(AzureTimeoutError):
        sms.list_locations()
    assert time.monotonic() - t0 < 7.5
    assert 2 <= fault_server.count("GET", LOC) <= 3


@record_case("503 with Retry-After: 2 when the call has 1 s left (call_timeout=1)",
             "no wait past the deadline: the 503 is the answer, AzureHttpError (server count 1)")
def test_retry_after_past_the_call_deadline_is_not_waited_for(fault_server, make_client):
    """A retry whose wait would end past the call's deadline is not waited for: the
    answer in hand is the call's (here AzureHttpError 503)."""
    fault_server.script("GET", LOC, azure_error(503, "ServerBusy", "busy", retry_after="2"),
                        reply(200, LOCATIONS))
    t0 = time.monotonic()
    with pytest.raises(AzureHttpError) as info:
        make_client(call_timeout=1).list_locations()
    assert info.value.status == 503 and time.monotonic() - t0 < 1
    assert fault_server.count("GET", LOC) == 1


@record_case("wait_for_operation_status(timeout=2) while every status poll drips one byte "
             "per second",
             "AzureOperationTimeoutError within the wait's timeout plus one poll's floor "
             "(5 s), not after the polls' bodies")
def test_wait_ends_within_its_timeout_when_polls_drip(fault_server, make_client):
    """A wait gives each poll what is left of its `timeout`, but at least 5 s
    (runtime.polling.POLL_FLOOR), so `wait_for_operation_status(..., timeout=T)` returns or
    raises within T + 5 s however slowly the status calls answer (the client's own
    `call_timeout` bounds a poll too, when smaller).  The timeout is the wait's:
    AzureOperationTimeoutError."""
    fault_server.route("GET", ops("op-drip"), drip(operation_xml("op-drip", "InProgress"),
                                                   every=0.4))
    t0 = time.monotonic()
    with pytest.raises(AzureOperationTimeoutError) as info:
        make_client().wait_for_operation_status("op-drip", timeout=2, sleep_interval=0.1)
    assert info.value.request_id == "op-drip"
    assert time.monotonic() - t0 < 3 * (2 + 5)


@record_case("a waiter (wait_until_storage_account_created, timeout=2) whose polls drip",
             "AzureWaiterTimeoutError within the waiter's timeout plus one poll's floor (5 s)")
def test_waiter_ends_within_its_timeout_when_polls_drip(fault_server, make_client):
    """Waiters follow the same rule as `wait_for_operation_status`: each poll gets what
    is left of the waiter's `timeout`, at least 5 s, so the waiter ends within
    `timeout` + 5 s with AzureWaiterTimeoutError."""
    path = f"/{SUB}/services/storageservices/acct1"
    fault_server.route("GET", path, drip(doc("StorageService", "<ServiceName>acct1"
                                             "</ServiceName>"), every=0.4))
    t0 = time.monotonic()
    with pytest.raises(AzureWaiterTimeoutError):
        make_client().wait_until_storage_account_created("acct1", timeout=2, delay=0.1)
    assert time.monotonic() - t0 < 3 * (2 + 5)


@pytest.mark.parametrize("bad", [0, -1, float("nan"), float("inf"), "30", True])
def test_call_timeout_is_validated(fault_certs, client_kind, bad):
    """`call_timeout` is None (no bound of its own) or a finite number of seconds above
    0: anything else is an AzureConfigurationError naming it."""
    from generated import AzureConfigurationError
    with pytest.raises(AzureConfigurationError, match="call_timeout"):
        make_of_kind(client_kind, ServiceManagementService, SUB, fault_certs.client,
                     host="127.0.0.1:1", ca_file=fault_certs.ca, call_timeout=bad)


# --- redirects ----------------------------------------------------------------------------

@record_case("307 to another path", "followed with the same headers; parsed value")
def test_redirect_to_another_path(fault_server, make_client):
    fault_server.script("GET", LOC, redirect(f"/{SUB}/locations2"))
    fault_server.route("GET", f"/{SUB}/locations2", reply(200, LOCATIONS))
    assert names(make_client().list_locations()) == ["West US", "East Asia"]
    assert fault_server.count("GET", LOC) == 1 and fault_server.count("GET", f"/{SUB}/locations2") == 1
    second = fault_server.seen()[1]
    assert second.headers["x-ms-version"] == "2014-10-01"


@record_case("307 to an absolute https URL of the same host and port", "followed; parsed value")
def test_redirect_absolute_same_host(fault_server, make_client):
    fault_server.script("GET", LOC, redirect(f"https://{fault_server.host}/{SUB}/elsewhere"))
    fault_server.route("GET", f"/{SUB}/elsewhere", reply(200, LOCATIONS))
    assert names(make_client().list_locations()) == ["West US", "East Asia"]
    assert fault_server.count("GET", f"/{SUB}/elsewhere") == 1


@record_case("chain of three 307s", "followed to the end; each hop seen once")
def test_redirect_chain(fault_server, make_client):
    hops = [LOC] + [f"/{SUB}/hop{i}" for i in range(1, 4)]
    for a, b in zip(hops, hops[1:]):
        fault_server.script("GET", a, redirect(b))
    fault_server.route("GET", hops[-1], reply(200, LOCATIONS))
    assert names(make_client().list_locations()) == ["West US", "East Asia"]
    assert [fault_server.count("GET", h) for h in hops] == [1, 1, 1, 1]


@record_case("307 loop between two paths",
             "AzureConnectionError after at most 5 redirects (at most 6 requests)")
def test_redirect_loop(fault_server, make_client):
    a, b = LOC, f"/{SUB}/b"
    fault_server.route("GET", a, redirect(b))
    fault_server.route("GET", b, redirect(a))
    with pytest.raises(AzureConnectionError, match="redirect"):
        make_client().list_locations()
    assert 2 <= fault_server.count("GET", a) + fault_server.count("GET", b) <= 6


@record_case("307 to the same URL", "AzureConnectionError (loop) after one request")
def test_redirect_to_itself(fault_server, make_client):
    fault_server.route("GET", LOC, redirect(LOC))
    with pytest.raises(AzureConnectionError, match="loop"):
        make_client().list_locations()
    assert fault_server.count("GET", LOC) == 1


@record_case("307 to http:// (same host)", "refused: AzureConnectionError; nothing sent in clear")
def test_redirect_to_plain_http_refused(fault_server, make_client):
    fault_server.route("GET", LOC, redirect(f"http://{fault_server.host}/{SUB}/x"))
    with pytest.raises(AzureConnectionError, match="refusing redirect"):
        make_client().list_locations()
    assert fault_server.total == 1 and fault_server.connections == 1


@record_case("307 to another host (https)", "refused: AzureConnectionError; certificate not presented elsewhere")
def test_redirect_to_other_host_refused(fault_server, make_client):
    fault_server.route("GET", LOC, redirect(f"https://localhost:{fault_server.port}/{SUB}/x"))
    with pytest.raises(AzureConnectionError, match="refusing redirect"):
        make_client().list_locations()
    assert fault_server.total == 1 and fault_server.connections == 1


@record_case("307 to a scheme-relative URL naming another host (//other/...)",
             "refused like any other host: AzureConnectionError; the path is not requested")
def test_redirect_scheme_relative_other_host_refused(fault_server, make_client):
    fault_server.route("GET", LOC, redirect(f"//other.example/{SUB}/x"))
    fault_server.route("GET", f"/{SUB}/x", reply(200, LOCATIONS))
    with pytest.raises(AzureConnectionError):
        make_client().list_locations()
    assert fault_server.count("GET", f"/{SUB}/x") == 0


@record_case("307 with a relative Location (no leading slash)",
             "resolved against the request URL (RFC 9110); parsed value")
def test_redirect_relative_location_resolved(fault_server, make_client):
    fault_server.script("GET", LOC, redirect("locations2"))
    fault_server.route("GET", f"/{SUB}/locations2", reply(200, LOCATIONS))
    assert names(make_client().list_locations()) == ["West US", "East Asia"]
    assert fault_server.count("GET", f"/{SUB}/locations2") == 1
    assert fault_server.count("GET", LOC) == 1


@record_case("307 without Location", "AzureConnectionError (server count 1)")
def test_redirect_without_location(fault_server, make_client):
    fault_server.route("GET", LOC, reply(307, b"", content_type=None))
    with pytest.raises(AzureConnectionError, match="without Location"):
        make_client().list_locations()
    assert fault_server.count("GET", LOC) == 1


@record_case("307 on a POST", "re-sent to the new location with the same body (307 keeps "
             "method and body); each path seen once")
def test_post_redirect_keeps_method_and_body(fault_server, make_client):
    fault_server.script("POST", HS, redirect(f"/{SUB}/services/hostedservices2"))
    fault_server.route("POST", f"/{SUB}/services/hostedservices2", accepted("rid-moved"))
    assert create(make_client()).request_id == "rid-moved"
    first, second = fault_server.seen("POST")
    assert first.body == second.body and b"<ServiceName>svc1</ServiceName>" in first.body
    assert fault_server.count("POST", HS) == 1


# --- bodies that are not what the API promises --------------------------------------------

@record_case("200 with truncated XML (complete HTTP message)",
             "AzureMalformedResponseError: status 200, request id, first bytes (server count 1)")
def test_truncated_xml_body(fault_server, make_client):
    body = LOCATIONS[:60]
    fault_server.route("GET", LOC, reply(200, body, request_id="rid-trunc"))
    with pytest.raises(AzureMalformedResponseError) as info:
        make_client().list_locations()
    e = info.value
    assert (e.status, e.request_id) == (200, "rid-trunc")
    assert e.body == body.encode() and "not valid XML" in e.message
    assert fault_server.count("GET", LOC) == 1


@record_case("body shorter than its Content-Length, connection closed (GET)",
             "incomplete read, retried; parsed value (server count 2)")
def test_short_body_retried(fault_server, make_client):
    fault_server.script("GET", LOC, short_body(LOCATIONS[:50], len(LOCATIONS)),
                        reply(200, LOCATIONS))
    assert names(make_client().list_locations()) == ["West US", "East Asia"]
    assert fault_server.count("GET", LOC) == 2


@pytest.mark.parametrize("framing", ["content-length", "chunked"])
@record_case("answer longer than the client reads (max_response_body=1000 here)",
             "AzureConnectionError naming the bound; not retried, even a GET (server count 1)")
def test_answer_longer_than_the_bound(fault_server, make_client, framing):
    """A client reads at most `max_response_body` bytes of an answer (a keyword of both
    clients, default 64 MiB); a longer one, announced by its Content-Length or found while
    reading a chunked or close-delimited body, is refused with AzureConnectionError, and
    not retried: the server would send the same again."""
    body = LOCATIONS.encode() + b" " * 5000     # well-formed XML, too long

    def chunked(srv, conn, req):
        conn.sendall(b"HTTP/1.1 200 OK\r\nContent-Type: application/xml\r\n"
                     b"Transfer-Encoding: chunked\r\n\r\n%x\r\n%s\r\n0\r\n\r\n"
                     % (len(body), body))
        return close()(srv, conn, req)
    fault_server.route("GET", LOC, reply(200, body) if framing == "content-length" else chunked)
    with pytest.raises(AzureConnectionError, match="1000"):
        make_client(max_response_body=1000).list_locations()
    assert fault_server.count("GET", LOC) == 1


@record_case("the largest real answer (list_os_images, 659 KB) under the default bound",
             "parsed in full: the default max_response_body (64 MiB) leaves it 100 times room")
def test_default_bound_reads_the_largest_real_answer(fault_server, make_client,
                                                     recordings_dir):
    """The default bound is generous: the largest answer in the real recordings, the list
    of OS images, is read and parsed whole by a client made without `max_response_body`."""
    import yaml
    cassette = yaml.safe_load((recordings_dir / "test_legacy_mgmt_misc.test_list_os_images"
                               ".yaml").read_text())
    body = max((i["response"]["body"]["string"] for i in cassette["interactions"]
                if i["request"]["uri"].endswith("/services/images")), key=len)
    assert len(body) > 600_000
    fault_server.route("GET", f"/{SUB}/services/images", reply(200, body))
    images = make_client().list_os_images()
    assert len(images) == body.count("<OSImage>") > 100
    assert all(image.name for image in images)


@pytest.mark.parametrize("bad", [0, -1, 1.5, "64", True])
def test_max_response_body_is_validated(fault_certs, client_kind, bad):
    """`max_response_body` is a whole number of bytes, at least 1: anything else is an
    AzureConfigurationError naming it when the client is made."""
    from generated import AzureConfigurationError
    with pytest.raises(AzureConfigurationError, match="max_response_body"):
        make_of_kind(client_kind, ServiceManagementService, SUB, fault_certs.client,
                     host="127.0.0.1:1", ca_file=fault_certs.ca, max_response_body=bad)


@functools.lru_cache(maxsize=1)
def gzip_bomb(inflated: int) -> bytes:
    """A gzip body of about inflated/1000 bytes that inflates to `inflated` zero bytes
    (built by streaming: the inflated bytes never exist here either)."""
    import zlib
    packer = zlib.compressobj(9, zlib.DEFLATED, 31)    # 31: the gzip container
    block = bytes(1024 * 1024)
    parts = [packer.compress(block) for _ in range(inflated // len(block))]
    return b"".join(parts) + packer.flush()


@pytest.mark.parametrize("encoding", ["gzip", "deflate", "br"])
@record_case("an answer in a Content-Encoding the client did not ask for (a 1 MB gzip body "
             "that inflates to 1 GiB)",
             "AzureConnectionError naming the encoding, nothing inflated; not retried "
             "(server count 1)")
def test_unrequested_content_encoding_refused(fault_server, make_client, encoding):
    """A client asks for `Accept-Encoding: identity`; an answer in any other
    Content-Encoding (gzip, deflate, br, ...) is refused unread, with AzureConnectionError
    naming the encoding, and not retried: nothing is inflated, so a compression bomb costs
    neither memory nor time."""
    bomb = gzip_bomb(1024 ** 3)
    assert len(bomb) < 1100 * 1024
    fault_server.route("GET", LOC, reply(200, bomb, headers={"Content-Encoding": encoding}))
    with pytest.raises(AzureConnectionError, match=f"Content-Encoding '{encoding}'"):
        make_client().list_locations()
    assert fault_server.count("GET", LOC) == 1
    assert fault_server.seen("GET")[0].headers["accept-encoding"] == "identity"


@record_case("an answer with Content-Encoding: identity", "read as it is: parsed value")
def test_identity_content_encoding_accepted(fault_server, make_client):
    """`Content-Encoding: identity` is what the client asked for: the answer is read."""
    fault_server.route("GET", LOC, reply(200, LOCATIONS,
                                         headers={"Content-Encoding": "identity"}))
    assert names(make_client().list_locations()) == ["West US", "East Asia"]


@pytest.mark.parametrize("failure", [OverflowError("size does not fit in an int"),
                                     RecursionError("maximum recursion depth exceeded"),
                                     MemoryError()], ids=lambda e: type(e).__name__)
@record_case("the XML parser gives up on a 2xx body (OverflowError, RecursionError, "
             "MemoryError)",
             "AzureMalformedResponseError with status and request id, never the bare error")
def test_parser_failures_are_typed(fault_server, make_client, monkeypatch, failure):
    """Whatever the XML parser raises on a body it cannot hold (a body past what expat
    counts, nesting too deep, no memory left) reaches the caller as
    AzureMalformedResponseError with the status and request id, as a body that is not XML
    does: never a bare OverflowError, RecursionError or MemoryError."""
    from asm_sdk_runtime import core, xml

    def refuse(body, parser=None):
        raise failure
    monkeypatch.setattr(core, "fromstring", refuse)
    monkeypatch.setattr(xml, "fromstring", refuse)
    fault_server.route("GET", LOC, reply(200, LOCATIONS, request_id="rid-huge"))
    with pytest.raises(AzureMalformedResponseError) as info:
        make_client().list_locations()
    e = info.value
    assert (e.status, e.request_id) == (200, "rid-huge")
    assert type(failure).__name__ in e.message


@record_case("body shorter than its Content-Length, connection closed (POST)",
             "AzureConnectionError; never resent (server count 1)")
def test_short_body_post_not_resent(fault_server, make_client):
    fault_server.script("POST", HS, short_body(b"<x", 500), accepted())
    with pytest.raises(AzureConnectionError):
        create(make_client())
    assert fault_server.count("POST", HS) == 1


@pytest.mark.parametrize("page", [
    b"<html><head><title>Error</title></head><body><p>Gateway error</p></body></html>",
    b"<!DOCTYPE html><html><body>Bad gateway<br></body></html>",
], ids=["well-formed", "not-xml"])
@record_case("HTML error page with 200",
             "AzureMalformedResponseError: status 200, request id, first bytes (server count 1)")
def test_html_page_with_200(fault_server, make_client, page):
    fault_server.route("GET", LOC, reply(200, page, content_type="text/html",
                                         request_id="rid-html"))
    with pytest.raises(AzureMalformedResponseError) as info:
        make_client().list_locations()
    e = info.value
    assert (e.status, e.code, e.request_id) == (200, None, "rid-html")
    assert e.body.startswith(page[:20])
    assert fault_server.count("GET", LOC) == 1


@record_case("valid XML under a wrong Content-Type (text/plain)",
             "the body decides: parsed value returned (server count 1)")
def test_wrong_content_type_valid_xml(fault_server, make_client):
    fault_server.route("GET", LOC, reply(200, LOCATIONS, content_type="text/plain"))
    assert names(make_client().list_locations()) == ["West US", "East Asia"]
    assert fault_server.count("GET", LOC) == 1


@record_case("plain text under a wrong Content-Type",
             "AzureMalformedResponseError with the first bytes")
def test_wrong_content_type_plain_text(fault_server, make_client):
    fault_server.route("GET", LOC, reply(200, "Service temporarily down", content_type="text/plain",
                                         request_id="rid-text"))
    with pytest.raises(AzureMalformedResponseError) as info:
        make_client().list_locations()
    assert info.value.body == b"Service temporarily down" and info.value.request_id == "rid-text"


@record_case("another XML document than the one promised (<Operation> for list_locations)",
             "AzureMalformedResponseError naming the expected root")
def test_wrong_root_element(fault_server, make_client):
    fault_server.route("GET", LOC, reply(200, operation_xml("x", "Succeeded")))
    with pytest.raises(AzureMalformedResponseError, match="Locations"):
        make_client().list_locations()


@record_case("empty 200 body where the API returns XML",
             "AzureMalformedResponseError 'empty body' with request id (server count 1)")
def test_empty_body_where_required(fault_server, make_client):
    fault_server.route("GET", LOC, reply(200, b"", request_id="rid-empty"))
    with pytest.raises(AzureMalformedResponseError) as info:
        make_client().list_locations()
    e = info.value
    assert (e.status, e.request_id, e.body) == (200, "rid-empty", b"")
    assert "empty body" in e.message
    assert fault_server.count("GET", LOC) == 1


# --- asynchronous operations --------------------------------------------------------------

@record_case("operation InProgress forever",
             "AzureOperationTimeoutError carrying the request id and last status")
def test_wait_in_progress_forever(fault_server, make_client):
    fault_server.route("GET", ops("op-slow"), reply(200, operation_xml("op-slow", "InProgress")))
    t0 = time.monotonic()
    with pytest.raises(AzureOperationTimeoutError) as info:
        make_client().wait_for_operation_status("op-slow", timeout=0.3, sleep_interval=0.05)
    e = info.value
    assert (e.request_id, e.last_status, e.timeout) == ("op-slow", "InProgress", 0.3)
    assert "op-slow" in str(e)
    assert 0.3 <= time.monotonic() - t0 < 2
    assert fault_server.count("GET", ops("op-slow")) >= 2


@record_case("operation Failed with <Error> inside <Operation>",
             "AzureOperationFailedError with Azure's code, message and HTTP status")
def test_wait_operation_failed(fault_server, make_client):
    fault_server.route("GET", ops("op-bad"), reply(200, operation_xml(
        "op-bad", "Failed", 409, "ConflictError", "The DNS name is taken.")))
    with pytest.raises(AzureOperationFailedError) as info:
        make_client().wait_for_operation_status("op-bad", timeout=2, sleep_interval=0.05)
    e = info.value
    assert (e.request_id, e.code, e.message, e.http_status_code) == \
        ("op-bad", "ConflictError", "The DNS name is taken.", 409)
    assert fault_server.count("GET", ops("op-bad")) == 1


@record_case("InProgress, then Succeeded", "returns the final Operation")
def test_wait_in_progress_then_succeeded(fault_server, make_client):
    fault_server.script("GET", ops("op-1"), reply(200, operation_xml("op-1", "InProgress")),
                        reply(200, operation_xml("op-1", "InProgress")))
    fault_server.route("GET", ops("op-1"), reply(200, operation_xml("op-1", "Succeeded", 200)))
    seen = []
    op = make_client().wait_for_operation_status("op-1", timeout=2, sleep_interval=0.01,
                                                 progress_callback=seen.append)
    assert (op.id, op.status, op.http_status_code) == ("op-1", "Succeeded", 200)
    assert [o.status for o in seen] == ["InProgress", "InProgress", "Succeeded"]
    assert fault_server.count("GET", ops("op-1")) == 3


@record_case("status call answers 503 more often than the transport retries",
             "tolerated by the poller: keeps polling and returns the final Operation")
def test_wait_tolerates_transient_503(fault_server, make_client):
    busy = azure_error(503, "ServerBusy", "busy", retry_after="0")
    fault_server.script("GET", ops("op-2"), *([busy] * 5))
    fault_server.route("GET", ops("op-2"), reply(200, operation_xml("op-2", "Succeeded", 200)))
    op = make_client().wait_for_operation_status("op-2", timeout=3, sleep_interval=0.01)
    assert op.status == "Succeeded"
    assert fault_server.count("GET", ops("op-2")) == 6


@record_case("status call connection reset", "retried; the wait goes on and succeeds")
def test_wait_tolerates_reset(fault_server, make_client):
    fault_server.script("GET", ops("op-3"), reset(), reset())
    fault_server.route("GET", ops("op-3"), reply(200, operation_xml("op-3", "Succeeded", 200)))
    op = make_client().wait_for_operation_status("op-3", timeout=3, sleep_interval=0.01)
    assert op.status == "Succeeded"
    assert fault_server.count("GET", ops("op-3")) == 3


@record_case("status call answers 404", "AzureMissingResourceHttpError at once (not swallowed)")
def test_wait_does_not_swallow_404(fault_server, make_client):
    fault_server.route("GET", ops("op-x"), azure_error(404, "ResourceNotFound", "no op",
                                                       request_id="rid-op404"))
    with pytest.raises(AzureMissingResourceHttpError) as info:
        make_client().wait_for_operation_status("op-x", timeout=2, sleep_interval=0.01)
    assert info.value.request_id == "rid-op404"
    assert fault_server.count("GET", ops("op-x")) == 1


@record_case("create (202 + request id) then wait", "request id carried from the POST to the poll")
def test_create_then_wait(fault_server, make_client):
    fault_server.route("POST", HS, accepted("op-created"))
    fault_server.route("GET", ops("op-created"),
                       reply(200, operation_xml("op-created", "Succeeded", 201)))
    sms = make_client()
    result = create(sms)
    assert (result.request_id, result.status_code) == ("op-created", 202)
    assert sms.wait_for_operation_status(result.request_id, timeout=2).http_status_code == 201
    assert fault_server.count("POST", HS) == 1


# --- hostile values in URIs and bodies ----------------------------------------------------

HOSTILE_NAMES = ["a/b", "../../x", "a?embed-detail=true", "a#frag", "a b", "..", ".",
                 "a/../../operations/x", "ünï©ødé-名前", "a%2Fb", "a;b=c", "a\r\nX-Injected: 1",
                 "a\\b", "~user", "a+b&c=d"]


def remove_dot_segments(path: str) -> str:
    """RFC 3986 5.2.4: what any server or proxy on the way makes of the path."""
    out: list[str] = []
    for seg in path.split("/")[1:]:
        if seg == "..":
            if len(out) > 0:
                out.pop()
        elif seg != ".":
            out.append(seg)
    return "/" + "/".join(out)


@pytest.mark.parametrize("name", HOSTILE_NAMES)
@record_case("hostile resource names in the URI ('/', '?', '#', spaces, '..', CR LF, non-ASCII)",
             "one path segment, decoding to the name: the request line addresses the "
             "intended resource")
def test_hostile_names_cannot_alter_the_path(fault_server, make_client, name):
    prefix = f"{HS}/"
    fault_server.route("GET", prefix + "*", reply(200, doc(
        "HostedService", "<ServiceName>x</ServiceName>")))
    try:
        make_client().get_hosted_service_properties(name)
    except ValueError:
        # Refusing a name that cannot be a single path segment is also correct.
        assert fault_server.total == 0
        return
    (req,) = fault_server.seen()
    method, target, version = req.request_line.split(" ")
    assert (method, version) == ("GET", "HTTP/1.1")
    parts = urlsplit(target)
    assert parts.query == "embed-detail=false" and not parts.fragment
    assert "#" not in target and "\r" not in target and "\n" not in target
    effective = remove_dot_segments(parts.path)
    assert effective.startswith(prefix)
    segment = effective[len(prefix):]
    assert "/" not in segment and unquote(segment) == name
    assert "x-injected" not in req.headers


@pytest.mark.parametrize("bad", ["\x00", "a\x07b", "\x1b[31m", "\x0c", "\ufffe", "\ud800"])
@pytest.mark.parametrize("field", ["service_name", "description", "location"])
@record_case("characters XML 1.0 cannot carry in a body value",
             "ValueError before anything is sent (no connection, server count 0)")
def test_control_characters_rejected_before_sending(fault_server, make_client, bad, field):
    args = {"service_name": "svc", "label": "l", "description": "d", "location": "West US"}
    args[field] = bad
    sms = make_client()
    with pytest.raises(ValueError, match="cannot be sent in XML"):
        sms.create_hosted_service(**args)
    assert fault_server.total == 0 and fault_server.connections == 0


@pytest.mark.parametrize("call, argument", [
    (lambda s: s.create_hosted_service(None, "label", location="West US"), "service_name"),
    (lambda s: s.create_hosted_service("svc", None, location="West US"), "label"),
    (lambda s: s.get_operation_status(None), "request_id"),
    (lambda s: s.get_hosted_service_properties(None), "service_name"),
    (lambda s: s.wait_for_operation_status(None, timeout=0.1, sleep_interval=0.01), "request_id"),
    (lambda s: s.get_storage_account_keys(None), "service_name"),
], ids=["create-service_name", "create-label", "status", "properties", "wait", "keys"])
@record_case("required argument None", "ValueError naming the argument; nothing sent")
def test_required_none_rejected_before_sending(fault_server, make_client, call, argument):
    with pytest.raises(ValueError, match=argument):
        call(make_client())
    assert fault_server.total == 0 and fault_server.connections == 0


@pytest.mark.parametrize("value", ["\x00", "a\x07b", "\x1b[31m", "\ufffe", "x" * 3 + "\r\n"])
@record_case("control characters in a label (base64 on the wire)",
             "carried intact inside the base64; the XML stays well-formed")
def test_label_carries_control_characters_in_base64(fault_server, make_client, value):
    import base64
    import xml.etree.ElementTree as ET

    fault_server.route("POST", HS, accepted("rid-label"))
    make_client().create_hosted_service("svc", value, location="West US")
    (req,) = fault_server.seen("POST")
    label = ET.fromstring(req.body).findtext("{http://schemas.microsoft.com/windowsazure}Label")
    assert base64.b64decode(label).decode("utf-8") == value


@record_case("lone surrogate in a label (not encodable as UTF-8)",
             "ValueError before anything is sent (server count 0)")
def test_label_lone_surrogate_rejected_before_sending(fault_server, make_client):
    with pytest.raises(ValueError):
        make_client().create_hosted_service("svc", "a\ud800", location="West US")
    assert fault_server.total == 0 and fault_server.connections == 0


@record_case("2xx body with a value of the wrong type (HttpStatusCode 'abc')",
             "AzureMalformedResponseError with status, request id and first bytes, "
             "not a bare ValueError")
def test_unparseable_typed_value(fault_server, make_client):
    body = operation_xml("op-t", "Succeeded").replace(
        "<Status>", "<HttpStatusCode>abc</HttpStatusCode><Status>")
    fault_server.route("GET", ops("op-t"), reply(200, body, request_id="rid-typed"))
    with pytest.raises(AzureMalformedResponseError) as info:
        make_client().get_operation_status("op-t")
    e = info.value
    assert (e.status, e.request_id) == (200, "rid-typed")
    assert e.body.startswith(b"<Operation")
    assert fault_server.count("GET", ops("op-t")) == 1
