"""One client shared by many threads against the local fault server.

8 threads x 500 calls on ONE client: every answer must belong to its own call (the server
echoes the operation id), and the pooled keep-alive connections must be reused: the server
counts at most `max_connections` TLS handshakes.
"""

from __future__ import annotations

import threading
import time

from tests.faultserver import SUB, echo_operation, locations_xml, record_case, reply

THREADS, CALLS, POOL = 8, 500, 10


@record_case(f"{THREADS} threads x {CALLS} calls on one client",
             "every result belongs to its call; TLS handshakes <= pool size", group="concurrency")
def test_shared_client_many_threads(fault_server, make_client):
    fault_server.route("GET", f"/{SUB}/operations/*", echo_operation("Succeeded"))
    fault_server.route("GET", f"/{SUB}/locations", reply(200, locations_xml("West US")))
    sms = make_client(max_connections=POOL, timeout=10)
    errors: list[BaseException] = []
    wrong: list[tuple[str, str]] = []
    start = threading.Barrier(THREADS)

    def work(t: int) -> None:
        try:
            start.wait()
            for i in range(CALLS):
                if i % 10 == 9:
                    assert [loc.name for loc in sms.list_locations()] == ["West US"]
                    continue
                op_id = f"t{t}-c{i}"
                op = sms.get_operation_status(op_id)
                if (op.id, op.status, op.http_status_code) != (op_id, "Succeeded", 200):
                    wrong.append((op_id, op.id))
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(t,)) for t in range(THREADS)]
    t0 = time.monotonic()
    for th in threads:
        th.start()
    for th in threads:
        th.join(timeout=120)
    elapsed = time.monotonic() - t0
    print(f"\n{THREADS * CALLS} calls in {elapsed:.2f} s "
          f"({THREADS * CALLS / elapsed:.0f}/s), {fault_server.handshakes} TLS handshakes, "
          f"{fault_server.connections} connections")
    assert not errors, errors[:3]
    assert not wrong, wrong[:5]
    assert fault_server.total == THREADS * CALLS
    assert 1 <= fault_server.handshakes <= POOL
    assert fault_server.connections <= POOL


@record_case("threads share a client while some calls hit resets",
             "GETs retried transparently; results still match their calls", group="concurrency")
def test_shared_client_with_resets(fault_server, make_client):
    from tests.faultserver import dynamic, reset

    fault_server.route("GET", f"/{SUB}/operations/*", dynamic(
        lambda req: reset() if req.last_segment.endswith("-first") and
        fault_server.count("GET", req.path) == 1 else echo_operation("Succeeded")))
    sms = make_client(max_connections=4)
    errors, wrong = [], []

    def work(t: int) -> None:
        try:
            for i in range(50):
                op_id = f"t{t}-c{i}" + ("-first" if i % 5 == 0 else "")
                if sms.get_operation_status(op_id).id != op_id:
                    wrong.append(op_id)
        except BaseException as exc:  # noqa: BLE001
            errors.append(exc)

    threads = [threading.Thread(target=work, args=(t,)) for t in range(4)]
    for th in threads:
        th.start()
    for th in threads:
        th.join(timeout=60)
    assert not errors and not wrong
    assert fault_server.total == 4 * 50 + 4 * 10      # each "-first" call seen twice
