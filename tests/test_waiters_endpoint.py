"""Waiters and wait_for_operations against the local endpoint (emulator/): the spec's
waiters called through the generated wait_until_* methods, over mutual TLS, while the
endpoint's resources move through their states (emulator/states.py: state delays set per
test with `asm_emulator.options`, failures injected by role name), covering success,
failure acceptors, 404 acceptors and timeouts; and many asynchronous operations waited for
in one loop, counted by the endpoint's status-call counter.

Unit tests of the same code on fakes: tests/test_waiters.py.
"""

from __future__ import annotations

import threading
import uuid

import pytest

from asm_sdk_emulator import Emulator
from generated import (ConfigurationSet, LinuxConfigurationSet, OSVirtualHardDisk,
                       SchedulerManagementService, ServiceBusManagementService,
                       SqlDatabaseManagementService, WebsiteManagementService)
from asm_sdk_runtime.errors import AzureMissingResourceHttpError, AzureOperationFailedError, \
    AzureOperationsFailedError, AzureWaiterFailedError, AzureWaiterTimeoutError

LINUX_IMAGE = "OpenLogic__OpenLogic-CentOS-62-20120531-en-us-30GB.vhd"
BLOB = "https://mystorageaccount.blob.core.windows.net"
FAST = dict(timeout=30, delay=0.05)


def unique(prefix: str) -> str:
    return prefix + uuid.uuid4().hex[:8]


@pytest.fixture
def clients(asm_emulator):
    cfg = asm_emulator.config
    made = []

    def make(cls):
        c = cls(cfg["subscription_id"], cfg["cert_file"], host=cfg["host"],
                ca_file=cfg["ca_file"])
        made.append(c)
        return c
    yield make
    for c in made:
        c.close()


def linux_vm(sms, name: str, *roles: str) -> None:
    sms.create_hosted_service(service_name=name, label=name, location="West US")
    r = sms.create_virtual_machine_deployment(
        service_name=name, deployment_name=name, deployment_slot="production", label=name,
        role_name=roles[0] if roles else name,
        system_config=LinuxConfigurationSet("host", "user", "Pa55word!", True),
        os_virtual_hard_disk=OSVirtualHardDisk(LINUX_IMAGE, f"{BLOB}/vhds/{name}.vhd"),
        network_config=ConfigurationSet(), role_size="Small")
    sms.wait_for_operation_status(r.request_id, timeout=30)


def states_seen(attr_path):
    """A progress callback recording the distinct values a deployment passes through."""
    seen: list = []

    def record(dep):
        value = [getattr(i, attr_path) for i in dep.role_instance_list or []]
        if not seen or seen[-1] != value:
            seen.append(value)
    return seen, record


def test_role_instances_ready_waits_through_the_start_up_states(asm_emulator, asm_sms):
    sms, vm = asm_sms, unique("wvm")
    seen, record = states_seen("instance_status")
    with asm_emulator.options(state_delays={"role": 0.4, "deployment": 0.2}):
        linux_vm(sms, vm)
        dep = sms.wait_until_role_instances_ready(vm, vm, progress_callback=record,
                                                  timeout=30)
        assert [i.instance_status for i in dep.role_instance_list] == ["ReadyRole"]
        assert seen[0] != ["ReadyRole"] and seen[-1] == ["ReadyRole"]
        assert {s for [s] in seen} <= {"CreatingVM", "StartingVM", "Provisioning", "ReadyRole"}
        assert sms.wait_until_deployment_running(vm, vm, timeout=30).status == "Running"

        seen, record = states_seen("instance_status")
        result = sms.shutdown_role(vm, vm, vm)
        dep = sms.wait_until_role_stopped(vm, vm, vm, progress_callback=record, timeout=30)
        assert [i.instance_status for i in dep.role_instance_list] == ["StoppedVM"]
        assert seen[-1] == ["StoppedVM"] and {s for [s] in seen} <= \
            {"ReadyRole", "StoppingVM", "StoppedVM"}
        sms.wait_for_operation_status(result.request_id, timeout=30)


@pytest.mark.parametrize("marker, state", [("failstartingvm", "FailedStartingVM"),
                                           ("provisioningfailed", "ProvisioningFailed")])
def test_role_instances_ready_fails_on_a_failed_instance(asm_emulator, asm_sms, marker, state):
    sms, vm = asm_sms, unique("wfail")
    with asm_emulator.options(state_delays={"role": 0.1}):
        linux_vm(sms, vm, f"role{marker}")
        with pytest.raises(AzureWaiterFailedError) as info:
            sms.wait_until_role_instances_ready(vm, vm, timeout=30)
    err = info.value
    assert err.waiter == "role_instances_ready" and err.state == [state]
    assert err.result.role_instance_list[0].instance_status == state
    assert state in str(err)


def test_waiter_timeout_carries_the_last_state_and_result(asm_emulator, asm_sms):
    sms, vm = asm_sms, unique("wto")
    with asm_emulator.options(state_delays={"role": 30}):   # CreatingVM for 30 s
        linux_vm(sms, vm)
        with pytest.raises(AzureWaiterTimeoutError) as info:
            sms.wait_until_role_instances_ready(vm, vm, timeout=0.6)
    err = info.value
    assert err.waiter == "role_instances_ready" and err.state == ["CreatingVM"]
    assert err.timeout == 0.6 and "CreatingVM" in str(err)
    assert err.result.name == vm and err.result.role_instance_list[0].instance_status == \
        "CreatingVM"


def test_waiter_404_acceptors_mean_deleted(asm_sms):
    sms, svc = asm_sms, unique("wdel")
    linux_vm(sms, svc)
    r = sms.delete_deployment(svc, svc)
    assert sms.wait_until_deployment_deleted(svc, svc, **FAST) is None
    sms.wait_for_operation_status(r.request_id, timeout=30)
    sms.delete_hosted_service(svc)
    assert sms.wait_until_hosted_service_deleted(svc, **FAST) is None
    with pytest.raises(AzureMissingResourceHttpError):
        sms.get_hosted_service_properties(svc)
    # a 404 no acceptor expects is raised as it is, not waited on
    with pytest.raises(AzureMissingResourceHttpError):
        sms.wait_until_deployment_running(svc, svc, **FAST)


def test_storage_and_image_waiters(asm_emulator, asm_sms):
    from generated import CaptureRoleAsVMImage
    sms = asm_sms
    with asm_emulator.options(state_delays={"storage": 0.4, "image": 0.4}):
        account = unique("wst")
        statuses: list = []
        r = sms.create_storage_account(account, account, account, location="West US")
        acct = sms.wait_until_storage_account_created(
            account, progress_callback=lambda a: statuses.append(
                a.storage_service_properties.status), timeout=30)
        assert acct.storage_service_properties.status == "Created"
        assert statuses[0] == "Creating" and statuses[-1] == "Created"
        sms.wait_for_operation_status(r.request_id, timeout=30)

        vm = unique("wcap")
        linux_vm(sms, vm)
        name = vm + "image"
        r = sms.capture_vm_image(vm, vm, vm, CaptureRoleAsVMImage(
            "Specialized", name, name, name, "english", "family"))
        assert name not in [i.name for i in sms.list_vm_images()]   # not listed yet
        images = sms.wait_until_vm_image_available(name, timeout=30)
        assert [i.vm_image_state for i in images if i.name == name] == ["VMImageReadyForUse"]
        sms.wait_for_operation_status(r.request_id, timeout=30)

        # an OS image captured from a stopped VM answers 404 until it exists
        os_name = vm + "os"
        sms.wait_for_operation_status(sms.shutdown_role(vm, vm, vm).request_id, timeout=30)
        sms.wait_until_role_stopped(vm, vm, vm, timeout=30)
        r = sms.capture_role(vm, vm, vm, "Delete", os_name, os_name)
        with pytest.raises(AzureMissingResourceHttpError):
            sms.get_os_image(os_name)
        assert sms.wait_until_os_image_available(os_name, timeout=30).name == os_name
        sms.wait_for_operation_status(r.request_id, timeout=30)


def test_waiters_of_the_other_clients(clients):
    sb = clients(ServiceBusManagementService)
    ns = unique("wns")
    assert sb.create_namespace(ns, "West US").status == "Activating"
    assert sb.wait_until_namespace_active(ns, **FAST).status == "Active"

    web = clients(WebsiteManagementService)
    site = unique("wsite")
    web.create_site("eastuswebspace", site, "East US", [f"{site}.azurewebsites.net"])
    assert web.wait_until_site_running("eastuswebspace", site, **FAST).state == "Running"
    web.update_site("eastuswebspace", site, "Stopped")
    assert web.wait_until_site_stopped("eastuswebspace", site, **FAST).state == "Stopped"

    sched = clients(SchedulerManagementService)
    cs, jc = unique("wcs"), unique("wjc")
    sched.wait_for_operation_status(sched.create_cloud_service(
        cs, "label", "desc", "West Europe").request_id, timeout=30)
    r = sched.create_job_collection(cs, jc, "Standard")
    assert sched.wait_until_job_collection_started(cs, jc, **FAST).state == "Started"
    sched.wait_for_operation_status(r.request_id, timeout=30)

    sql = clients(SqlDatabaseManagementService)
    server = sql.create_server("admin1", "Pa55word!Pa55word", "West US").server_name
    ready = sql.wait_until_server_ready(server, **FAST)
    assert [s.state for s in ready if s.name == server] == ["Ready"]
    sql.create_database(server, "wdb", "dd6d99bb-f193-4ec1-86f2-43d3bccbc49c", "Basic")
    dbs = sql.wait_until_database_online(server, "wdb", **FAST)
    assert [d.state for d in dbs if d.name == "wdb"] == ["Normal"]


@pytest.fixture(scope="module")
def slow_endpoint(tmp_path_factory):
    """A second endpoint whose asynchronous operations stay InProgress for 1.5 s."""
    emu = Emulator(state_dir=tmp_path_factory.mktemp("slow-endpoint"), operation_delay=1.5)
    emu.start()
    sms = emu.client()
    try:
        yield emu, sms
    finally:
        sms.close()
        emu.stop()


def rounds_of(ids: list[str], seen: list, limit: int = 100) -> list[list[str]]:
    """Split what the progress callback saw, (request id, status) in order, into rounds:
    each round must be exactly the operations still running, in the order given, and an
    operation must leave once it was seen Succeeded (no poll before or after its round)."""
    rounds, pending, pos = [], list(ids), 0
    while pending and len(rounds) < limit:
        round_ = seen[pos:pos + len(pending)]
        assert [rid for rid, _ in round_] == pending, f"round {len(rounds) + 1} is not " \
            "one poll of every operation still running"
        rounds.append(pending)
        pending = [rid for rid, status in round_ if status != "Succeeded"]
        pos += len(round_)
    assert pos == len(seen) and not pending
    return rounds


def test_wait_for_100_operations_in_one_loop(slow_endpoint):
    emu, creator = slow_endpoint
    ids = [creator.create_storage_account(n, n, n, location="West US").request_id
           for n in (unique("many") for _ in range(100))]
    sms = emu.client(max_connections=16)       # at most 16 status calls at once
    in_flight, peak, workers = [0], [0], set()
    lock = threading.Lock()
    send_once = sms._transport.send_once

    def counting(request):
        with lock:
            in_flight[0] += 1
            peak[0] = max(peak[0], in_flight[0])
            workers.add(threading.current_thread().name)
        try:
            return send_once(request)
        finally:
            with lock:
                in_flight[0] -= 1
    sms._transport.send_once = counting
    before = emu.status_calls
    seen: list = []
    try:
        ops = sms.wait_for_operations(ids, timeout=60, progress_callback=lambda op: seen.append(
            (next(i for i in ids if i.replace("-", "") == op.id.replace("-", "")), op.status)))
    finally:
        sms.close()
    assert [op.status for op in ops] == ["Succeeded"] * 100
    assert [op.id.replace("-", "") for op in ops] == [i.replace("-", "") for i in ids]
    # Polled round by round, whatever the machine's speed: each round asks once for every
    # operation still running, and an operation is not asked again once seen done.  An
    # operation runs 1.5 s and rounds are at least 0.25 s apart: at most 7 rounds.
    rounds = rounds_of(ids, seen)
    assert 1 <= len(rounds) <= 7
    calls = emu.status_calls - before
    assert calls == len(seen) == sum(map(len, rounds))
    assert [emu.status_calls_for(i) for i in ids] == \
        [sum(i in r for r in rounds) for i in ids]
    # Concurrently, over a bounded pool: never more than 16 calls in flight, on the
    # driver's worker threads (the caller's own thread polls a round of one).
    assert 1 < peak[0] <= 16
    assert {w for w in workers if not w.startswith("asm-gather-")} <= \
        {threading.current_thread().name}
    assert not [t for t in threading.enumerate() if t.name.startswith("asm-gather-")]


def test_wait_for_operations_reports_all_failures_together(slow_endpoint):
    emu, sms = slow_endpoint
    good = [sms.create_storage_account(n, n, n, location="West US").request_id
            for n in (unique("ok") for _ in range(3))]
    bad = [sms.create_storage_account(n, n, n, location="West US").request_id
           for n in (unique("asyncfail") for _ in range(2))]
    with pytest.raises(AzureOperationsFailedError) as info:
        sms.wait_for_operations(good + bad, timeout=60)
    err = info.value
    assert list(err.errors) == bad
    assert all(isinstance(e, AzureOperationFailedError) and e.code == "InternalError"
               for e in err.errors.values())
    assert [err.operations[g].status for g in good] == ["Succeeded"] * 3


def test_wait_for_operation_status_keeps_the_predecessor_signature(slow_endpoint):
    emu, sms = slow_endpoint
    n = unique("sig")
    rid = sms.create_storage_account(n, n, n, location="West US").request_id
    op = sms.wait_for_operation_status(rid, "Succeeded", 30, 1, None)   # positional, fixed 1 s
    assert op.status == "Succeeded"
    assert emu.status_calls_for(rid) == 3   # at 0, 1 and 2 s: a fixed interval
