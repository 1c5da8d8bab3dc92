"""The async client (generated.aio) where it differs from the sync one: awaited calls run
concurrently under asyncio.gather, `async with` and `await close()`, `last_request_id` per
task, waiters and wait_for_operation(s) awaited, Gather bounded by max_connections.

Everything the two clients share (requests, retries, redirects, faults, tokens, parsing)
is tested over both elsewhere: tests/test_faults.py, tests/test_credentials.py,
tests/test_aio_parity.py, tests/test_guide_seeds.py, tests/test_predecessor_style.py.
"""

from __future__ import annotations

import asyncio

import pytest

import generated.aio
from asm_sdk_runtime.transport import Response
from generated import AzureMissingResourceHttpError, AzureWaiterTimeoutError, RetryPolicy
from tests.faultserver import SUB, locations_xml, reply

NS = "http://schemas.microsoft.com/windowsazure"
LOC = f"/{SUB}/locations"


@pytest.fixture
def client(fault_server, fault_certs):
    """An async client of the fault server, made inside the test's own event loop."""
    def make(**kw):
        opts = dict(host=fault_server.host, ca_file=fault_certs.ca, timeout=2,
                    retry=RetryPolicy(max_attempts=3, backoff=0.01, deadline=5))
        opts.update(kw)
        return generated.aio.ServiceManagementService(SUB, fault_certs.client, **opts)
    return make


def service_xml(name: str) -> bytes:
    return (f'<HostedService xmlns="{NS}"><ServiceName>{name}</ServiceName>'
            "<HostedServiceProperties><Status>Created</Status></HostedServiceProperties>"
            "</HostedService>").encode()


def test_async_with_closes_the_client_and_close_can_be_awaited_again(fault_server, client):
    fault_server.route("GET", LOC, reply(200, locations_xml("West US")))

    async def scenario():
        async with client() as sms:
            first = [loc.name for loc in await sms.list_locations()]
        await sms.close()                 # closing twice is harmless
        return sms, first
    sms, first = asyncio.run(scenario())
    assert first == ["West US"] and fault_server.count("GET", LOC) == 1
    assert "ServiceManagementService('fault-sub-0001'" in repr(sms)


def test_calls_under_gather_are_in_flight_together_and_each_task_keeps_its_request_id(
        client, monkeypatch):
    """100 calls under asyncio.gather: none is answered before all 100 were sent (an event
    only the last one sets), and each task's last_request_id is its own call's."""
    async def scenario():
        sms = client()
        arrived, sent = asyncio.Event(), []

        async def send_once(request):
            sent.append(request.target)
            if len(sent) == 100:
                arrived.set()
            await asyncio.wait_for(arrived.wait(), 10)
            name = request.target.split("/")[-1].split("?")[0]
            return Response(200, {"x-ms-request-id": f"rid-{name}"}, service_xml(name))
        monkeypatch.setattr(sms._transport, "send_once", send_once)

        async def one(n: int) -> tuple[str, str | None]:
            props = await sms.get_hosted_service_properties(f"svc{n}")
            return props.service_name, sms.last_request_id
        results = await asyncio.gather(*(one(n) for n in range(100)))
        await sms.close()
        return results, sms.last_request_id
    results, outer = asyncio.run(scenario())
    assert results == [(f"svc{n}", f"rid-svc{n}") for n in range(100)]
    assert outer is None          # this task made no call itself


def test_wait_for_operations_polls_a_round_at_once_within_max_connections(client,
                                                                           monkeypatch):
    monkeypatch.setattr("asyncio.sleep", _no_sleep)

    async def scenario():
        sms = client(max_connections=4)
        in_flight, peak, polls = [0], [0], {}

        async def send_once(request):
            rid = request.target.rsplit("/", 1)[1]
            polls[rid] = polls.get(rid, 0) + 1
            in_flight[0] += 1
            peak[0] = max(peak[0], in_flight[0])
            await _real_sleep(0.01)
            in_flight[0] -= 1
            status = "InProgress" if rid == "r3" and polls[rid] < 3 else "Succeeded"
            return Response(200, {"x-ms-request-id": f"poll-{rid}"}, (
                f'<Operation xmlns="{NS}"><ID>{rid}</ID><Status>{status}</Status>'
                "</Operation>").encode())
        monkeypatch.setattr(sms._transport, "send_once", send_once)
        seen: list[str] = []
        ops = await sms.wait_for_operations([f"r{n}" for n in range(1, 11)],
                                            progress_callback=lambda op: seen.append(op.id))
        assert sms.last_request_id == "poll-r3"     # the last status call's, in this task
        await sms.close()
        return ops, seen, peak[0], polls
    ops, seen, peak, polls = asyncio.run(scenario())
    assert [o.status for o in ops] == ["Succeeded"] * 10
    assert seen == [f"r{n}" for n in range(1, 11)] + ["r3", "r3"]   # round by round, in order
    assert peak == 4                      # bounded by max_connections, and concurrent
    assert polls == {f"r{n}": 3 if n == 3 else 1 for n in range(1, 11)}


def test_waiters_and_wait_for_operation_status_are_awaited(client, monkeypatch):
    slept: list[float] = []

    async def sleep(seconds):
        slept.append(seconds)
    monkeypatch.setattr("asyncio.sleep", sleep)
    answers = iter([("InProgress", 200), ("Succeeded", 200)])

    async def scenario():
        sms = client()

        async def send_once(request):
            if "/operations/" in request.target:
                status, code = next(answers)
                return Response(code, {"x-ms-request-id": "r"}, (
                    f'<Operation xmlns="{NS}"><ID>op</ID><Status>{status}</Status>'
                    "</Operation>").encode())
            return Response(404, {"x-ms-request-id": "gone"}, (
                f'<Error xmlns="{NS}"><Code>ResourceNotFound</Code><Message>No.</Message>'
                "</Error>").encode())
        monkeypatch.setattr(sms._transport, "send_once", send_once)
        op = await sms.wait_for_operation_status("op", timeout=30)
        deleted = await sms.wait_until_hosted_service_deleted("svc", timeout=30)
        with pytest.raises(AzureMissingResourceHttpError):   # no acceptor expects a 404 here
            await sms.wait_until_deployment_running("svc", "dep", timeout=30)
        await sms.close()
        return op, deleted
    op, deleted = asyncio.run(scenario())
    assert op.status == "Succeeded" and deleted is None
    assert slept == [0.25]


def test_a_waiter_times_out_with_the_last_result(client, monkeypatch):
    async def scenario():
        sms = client()

        async def send_once(request):
            return Response(200, {"x-ms-request-id": "r"}, (
                f'<Deployment xmlns="{NS}"><Name>dep</Name><Status>Deploying</Status>'
                "</Deployment>").encode())
        monkeypatch.setattr(sms._transport, "send_once", send_once)
        try:
            with pytest.raises(AzureWaiterTimeoutError) as info:
                await sms.wait_until_deployment_running("svc", "dep", timeout=0.3, delay=0.05)
        finally:
            await sms.close()
        return info.value
    err = asyncio.run(scenario())
    assert err.state == "Deploying" and err.result.name == "dep" and err.timeout == 0.3


_real_sleep = asyncio.sleep


async def _no_sleep(seconds: float) -> None:
    await _real_sleep(0)
