"""The async client and fan-out: what many calls at once cost, against what one at a time
costs, in the same run.

- fanout: the local endpoint adds LATENCY to every request (`latency`, each request on its
  own, as over a network); 100 concurrent `get_hosted_service_properties` under
  `asyncio.gather` (generated.aio) against 100 sequential calls of the sync client, rounds
  interleaved, connections warm.
- waits: MANY asynchronous operations of OP_SECONDS each, started at once; then one
  `wait_for_operations` call, on the sync client and on the async one in turn: how long
  after the slowest finished (the endpoint's own record) it returned.
- one call: on loopback without added latency (bench/tls_server.py, a separate process),
  one awaited `get_operation_status` against one sync call, interleaved.
"""

from __future__ import annotations

import asyncio
import tempfile
import time
import uuid
from pathlib import Path

from .common import calibrate
from .waiting import _Endpoint

LATENCY = 0.05
CALLS = 100
MANY = 100
OP_SECONDS = 2.0


def _clients(host: str, subscription_id: str, cert_file: str, ca_file: str):
    """The sync and the async client of the same endpoint and certificate."""
    import generated.aio
    from generated import ServiceManagementService

    args = (subscription_id, cert_file)
    return (ServiceManagementService(*args, host=host, ca_file=ca_file),
            generated.aio.ServiceManagementService(*args, host=host, ca_file=ca_file))


def _endpoint_clients(emu):
    c = emu.config
    return _clients(c["host"], c["subscription_id"], c["cert_file"], c["ca_file"])


def fanout(rounds: int) -> dict:
    """{"sequential": [s], "gather": [s]}, round by round"""
    out: dict = {"calls": CALLS, "latency": LATENCY, "sequential": [], "gather": []}
    with tempfile.TemporaryDirectory(prefix="asm-bench-fanout-") as state:
        ep = _Endpoint(state, operation_delay=0)
        emu = ep.emu
        sms, aio = _endpoint_clients(emu)
        loop = asyncio.new_event_loop()
        try:
            name = "fanout" + uuid.uuid4().hex[:8]
            sms.create_hosted_service(name, name, location="West US")
            with emu.options(latency=LATENCY):
                async def gather() -> float:
                    t0 = time.perf_counter()
                    found = await asyncio.gather(*(aio.get_hosted_service_properties(name)
                                                   for _ in range(CALLS)))
                    assert all(f.service_name == name for f in found)
                    return time.perf_counter() - t0

                def sequential() -> float:
                    t0 = time.perf_counter()
                    for _ in range(CALLS):
                        sms.get_hosted_service_properties(name)
                    return time.perf_counter() - t0

                loop.run_until_complete(gather())     # the connections, once
                sms.get_hosted_service_properties(name)
                for r in range(rounds):
                    if r % 2:
                        out["sequential"].append(sequential())
                        out["gather"].append(loop.run_until_complete(gather()))
                    else:
                        out["gather"].append(loop.run_until_complete(gather()))
                        out["sequential"].append(sequential())
        finally:
            loop.run_until_complete(aio.close())
            loop.close()
            sms.close()
            ep.stop()
    return out


def waits(rounds: int) -> dict:
    """{"sync": [seconds after the slowest], "aio": [...], ...}"""
    out: dict = {"operations": MANY, "op_seconds": OP_SECONDS, "latency": LATENCY,
                 "sync": [], "aio": [], "status_calls": {"sync": [], "aio": []}}
    with tempfile.TemporaryDirectory(prefix="asm-bench-waits-") as state:
        ep = _Endpoint(state, operation_delay=OP_SECONDS)
        emu = ep.emu
        sms, aio = _endpoint_clients(emu)
        loop = asyncio.new_event_loop()

        async def start() -> list[str]:
            names = ["w" + uuid.uuid4().hex[:18] for _ in range(MANY)]
            results = await asyncio.gather(*(aio.create_storage_account(
                n, "bench", n, location="West US") for n in names))
            return [r.request_id for r in results]
        try:
            with emu.options(latency=LATENCY):
                for r in range(rounds):
                    for kind in (("sync", "aio") if r % 2 == 0 else ("aio", "sync")):
                        ids = loop.run_until_complete(start())
                        calls = ep.status_calls
                        if kind == "sync":
                            ops = sms.wait_for_operations(ids, timeout=120)
                        else:
                            ops = loop.run_until_complete(aio.wait_for_operations(
                                ids, timeout=120))
                        returned = time.time()
                        assert [o.status for o in ops] == ["Succeeded"] * MANY
                        out[kind].append(returned - max(map(ep.finished_at, ids)))
                        out["status_calls"][kind].append(ep.status_calls - calls)
        finally:
            loop.run_until_complete(aio.close())
            loop.close()
            sms.close()
            ep.stop()
    return out


def one_call(rounds: int, target: float) -> dict:
    """{"sync": [s per call], "aio": [...]}, round by round, over bench/tls_server.py."""
    from bench import throughput

    out: dict = {"sync": [], "aio": []}
    with tempfile.TemporaryDirectory(prefix="asm-bench-onecall-") as tmp:
        server = throughput.Server(Path(tmp))
        sms, aio = _clients(f"127.0.0.1:{server.port}", throughput.SUB,
                            str(server.paths["client"]), str(server.paths["ca"]))
        loop = asyncio.new_event_loop()
        try:
            async def awaited(n: int) -> float:
                t0 = time.perf_counter()
                for _ in range(n):
                    await aio.get_operation_status("x")
                return (time.perf_counter() - t0) / n

            def blocking(n: int) -> float:
                t0 = time.perf_counter()
                for _ in range(n):
                    sms.get_operation_status("x")
                return (time.perf_counter() - t0) / n

            loop.run_until_complete(awaited(50))        # warm: connection, TLS session
            n = max(50, calibrate(lambda: sms.get_operation_status("x"), target))
            for r in range(rounds):
                if r % 2:
                    out["sync"].append(blocking(n))
                    out["aio"].append(loop.run_until_complete(awaited(n)))
                else:
                    out["aio"].append(loop.run_until_complete(awaited(n)))
                    out["sync"].append(blocking(n))
        finally:
            loop.run_until_complete(aio.close())
            loop.close()
            sms.close()
            server.close()
    out["calls_per_round"] = n
    return out
