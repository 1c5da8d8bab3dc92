"""Requests/s over keep-alive mutual TLS: the SDK client vs raw urllib3 on the same server."""

from __future__ import annotations

import os
import ssl
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path

import urllib3

from xml.etree.ElementTree import fromstring

from . import certs
from .parsing import walk
from .common import calibrate, median, recorded_body

SUB = "00000000-0000-0000-0000-000000000000"
FALLBACK_OPERATION = (b'<Operation xmlns="http://schemas.microsoft.com/windowsazure" '
                      b'xmlns:i="http://www.w3.org/2001/XMLSchema-instance"><ID>3251c94a-6923-'
                      b'b734-b97c-acdb1d53f029</ID><Status>Succeeded</Status><HttpStatusCode>200'
                      b'</HttpStatusCode></Operation>')
FALLBACK_LOCATIONS = (b'<Locations xmlns="http://schemas.microsoft.com/windowsazure" '
                      b'xmlns:i="http://www.w3.org/2001/XMLSchema-instance">'
                      + b"".join(b"<Location><Name>Region %d</Name><DisplayName>Region %d"
                                 b"</DisplayName><AvailableServices><AvailableService>Compute"
                                 b"</AvailableService><AvailableService>Storage</AvailableService>"
                                 b"</AvailableServices></Location>" % (i, i) for i in range(20))
                      + b"</Locations>")


@dataclass
class RpsCase:
    label: str
    path: str
    call: str            # SDK method name
    args: tuple
    body_size: int = 0
    rps: dict[str, list[float]] = field(default_factory=dict)
    cpu_us: dict[str, list[float]] = field(default_factory=dict)   # client CPU per request
    server_cpu: list[float] = field(default_factory=list)   # fraction of one core, per round
    note: str = ""

    def med(self, name):
        xs = self.rps.get(name)
        return median(xs) if xs else None


class Server:
    def __init__(self, tmp: Path) -> None:
        self.tmp = tmp
        self.paths = certs.make(tmp)
        op = recorded_body("test_legacy_mgmt_misc.test_list_os_images", "GET",
                           "/operations/3251c94a6923b734b97cacdb1d53f029") or FALLBACK_OPERATION
        loc = recorded_body("test_legacy_mgmt_affinitygroup.test_list_locations", "GET",
                            "/locations") or FALLBACK_LOCATIONS
        (tmp / "operation.xml").write_bytes(op)
        (tmp / "locations.xml").write_bytes(loc)
        self.sizes = {"operation": len(op), "locations": len(loc)}
        # A separate process (its own GIL), run from the repository root as a module.
        self.proc = subprocess.Popen([sys.executable, "-m", "bench.tls_server", str(tmp)],
                                     stdout=subprocess.PIPE, text=True,
                                     cwd=Path(__file__).resolve().parent.parent)
        self.port = int(self.proc.stdout.readline())

    def cpu_seconds(self) -> float | None:
        try:
            fields = Path(f"/proc/{self.proc.pid}/stat").read_text().rsplit(")", 1)[1].split()
            return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")
        except (OSError, ValueError, IndexError):
            return None

    def close(self) -> None:
        self.proc.terminate()
        try:
            self.proc.wait(5)
        except subprocess.TimeoutExpired:
            self.proc.kill()


def make_clients(server: Server):
    """(SDK client, raw urllib3 pool + headers) for the same server and client certificate."""
    from generated import ServiceManagementService

    sms = ServiceManagementService(SUB, str(server.paths["client"]),
                                   host=f"127.0.0.1:{server.port}", ca_file=str(server.paths["ca"]))
    ctx = ssl.create_default_context(cafile=str(server.paths["ca"]))
    ctx.load_cert_chain(str(server.paths["client"]))
    pool = urllib3.HTTPSConnectionPool("127.0.0.1", server.port, ssl_context=ctx, maxsize=1,
                                       retries=False)
    headers = {"x-ms-version": getattr(sms, "_x_ms_version", "") or "2014-10-01",
               "User-Agent": "asm-sdk-python/0.1"}
    return sms, pool, headers


def cases() -> list[RpsCase]:
    return [RpsCase("get_operation_status", f"/{SUB}/operations/x", "get_operation_status", ("x",)),
            RpsCase("list_locations", f"/{SUB}/locations", "list_locations", ())]


def run(server: Server, rounds: int, target: float) -> list[RpsCase]:
    sms, pool, headers = make_clients(server)
    out = cases()
    try:
        for c in out:
            c.body_size = server.sizes["locations" if "locations" in c.path else "operation"]
            method = getattr(sms, c.call, None)
            if method is None:
                c.note = f"SDK has no {c.call}() (not in spec yet?)"
                continue
            path, args = c.path, c.args

            def raw():
                r = pool.urlopen("GET", path, headers=headers, preload_content=True,
                                 redirect=False, retries=False)
                r.data  # noqa: B018 - read the body, parse nothing

            def raw_walk():
                r = pool.urlopen("GET", path, headers=headers, preload_content=True,
                                 redirect=False, retries=False)
                walk(fromstring(r.data))

            def sdk():
                method(*args)

            fns = {"sdk": sdk, "raw": raw, "raw_walk": raw_walk}
            per_iter = 0.0
            for fn in fns.values():  # warm-up (connections, TLS sessions) and calibration
                k = calibrate(fn, 0.1)
                t0 = time.perf_counter()
                for _ in range(k):
                    fn()
                per_iter += (time.perf_counter() - t0) / k
            n = max(10, int(target * len(fns) / per_iter))
            names = list(fns)
            for r in range(rounds):
                # call-level interleaving: each iteration sends one request of each kind
                order = [(name, fns[name]) for name in names[r % 3:] + names[:r % 3]]
                wall = dict.fromkeys(names, 0.0)
                cpu = dict.fromkeys(names, 0.0)
                s0 = server.cpu_seconds()
                w0 = time.perf_counter()
                for _ in range(n):
                    for name, fn in order:
                        t0, p0 = time.perf_counter(), time.process_time()
                        fn()
                        cpu[name] += time.process_time() - p0
                        wall[name] += time.perf_counter() - t0
                w1, s1 = time.perf_counter(), server.cpu_seconds()
                for name in names:
                    c.rps.setdefault(name, []).append(n / wall[name])
                    c.cpu_us.setdefault(name, []).append(cpu[name] / n * 1e6)
                if s0 is not None and s1 is not None:
                    c.server_cpu.append((s1 - s0) / (w1 - w0))
    finally:
        sms.close()
        pool.close()
    return out


def profile(server: Server, case: RpsCase, n: int = 2000, top: int = 14) -> str:
    import cProfile
    import io
    import pstats

    sms, pool, _ = make_clients(server)
    try:
        method = getattr(sms, case.call)
        for _ in range(50):
            method(*case.args)
        pr = cProfile.Profile()
        pr.enable()
        for _ in range(n):
            method(*case.args)
        pr.disable()
    finally:
        sms.close()
        pool.close()
    s = io.StringIO()
    pstats.Stats(pr, stream=s).sort_stats("tottime").print_stats(top)
    return s.getvalue()
