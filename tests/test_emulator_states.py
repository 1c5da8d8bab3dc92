"""Resources of the local endpoint move through their real states over time (emulator/states.py).

Each test sets small state delays on the session's endpoint for its own duration
(`asm_emulator.options(...)` or the `asm_emulator_options` marker) and polls with the SDK,
recording the distinct states it sees.  A poll can miss a short state on a busy machine, so
the tests check that what was seen is an ordered part of the expected sequence that starts
with its first state and ends with its last; the full sequences are checked without the
network, on the stored transition, in test_transition_sequences_by_elapsed_time.
"""

from __future__ import annotations

import time
import uuid

import pytest

from asm_sdk_emulator import states
from asm_sdk_emulator.__main__ import parse_args
from generated import (AzureMissingResourceHttpError, LinuxConfigurationSet, OSVirtualHardDisk,
                       VMImage, OSDiskConfiguration)

LINUX_IMAGE = "OpenLogic__OpenLogic-CentOS-62-20120531-en-us-30GB.vhd"
BLOB = "https://mystorageaccount.blob.core.windows.net"
STEP = 0.3          # seconds per transitional state in these tests


def unique(prefix: str) -> str:
    return prefix + uuid.uuid4().hex[:8]


def cscfg(count: int, role: str = "WebRole1") -> str:
    import base64
    doc = ('<ServiceConfiguration serviceName="svc" xmlns="http://schemas.microsoft.com/'
           f'ServiceHosting/2008/10/ServiceConfiguration"><Role name="{role}">'
           f'<Instances count="{count}" /></Role></ServiceConfiguration>')
    return base64.b64encode(doc.encode()).decode()


def wait(sms, result):
    return sms.wait_for_operation_status(result.request_id, timeout=30, sleep_interval=0.05)


def watch(fetch, final, timeout: float = 15.0) -> list:
    """Poll `fetch()` until it returns `final`; the distinct values seen, in order."""
    seen: list = []
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        value = fetch()
        if not seen or seen[-1] != value:
            seen.append(value)
        if value == final:
            return seen
        time.sleep(0.02)
    raise AssertionError(f"never reached {final!r}; seen {seen!r}")


def assert_walks(seen: list, expected: list) -> None:
    """`seen` starts with expected[0], ends with expected[-1] and follows its order."""
    assert seen[0] == expected[0] and seen[-1] == expected[-1], (seen, expected)
    positions = [expected.index(s) for s in seen]       # ValueError: a state not expected
    assert positions == sorted(positions), (seen, expected)


def instance_state(sms, service: str, role: str | None = None):
    dep = sms.get_deployment_by_name(service, service)
    for inst in dep.role_instance_list:
        if role is None or inst.role_name == role:
            return inst.instance_status, inst.power_state
    raise AssertionError(f"no instance of {role}")


def create_vm(sms, name: str, role: str | None = None):
    sms.create_hosted_service(service_name=name, label=name, location="West US")
    return sms.create_virtual_machine_deployment(
        service_name=name, deployment_name=name, deployment_slot="production", label=name,
        role_name=role or name,
        system_config=LinuxConfigurationSet("host", "user", "Pa$$w0rd-2015", True),
        os_virtual_hard_disk=OSVirtualHardDisk(LINUX_IMAGE, f"{BLOB}/vhds/{name}.vhd"),
        role_size="Small")


VM_CREATE = [("CreatingVM", "Starting"), ("StartingVM", "Starting"),
             ("Provisioning", "Started"), ("ReadyRole", "Started")]


# --- role instances of a VM --------------------------------------------------------------

def test_vm_instance_is_created_started_provisioned_then_ready(asm_emulator):
    sms = asm_emulator.sms
    name = unique("stvm")
    with asm_emulator.options(state_delays={"role": STEP}, operation_delay=0.1):
        result = create_vm(sms, name)
        seen = watch(lambda: instance_state(sms, name), VM_CREATE[-1])
        # The create operation succeeds long before the VM is ready, as on Azure.
        op = sms.get_operation_status(result.request_id)
    assert_walks(seen, VM_CREATE)
    assert len(seen) >= 3, seen
    assert op.status == "Succeeded"


def test_shutdown_start_restart_go_through_stopping_and_starting(asm_emulator):
    sms = asm_emulator.sms
    name = unique("stvm")
    wait(sms, create_vm(sms, name))                 # state delays are 0 outside options()
    assert instance_state(sms, name) == ("ReadyRole", "Started")
    with asm_emulator.options(state_delays={"role": STEP}, operation_delay=0.05):
        wait(sms, sms.shutdown_role(name, name, name))
        assert_walks(watch(lambda: instance_state(sms, name), ("StoppedVM", "Stopped")),
                     [("StoppingVM", "Stopping"), ("StoppedVM", "Stopped")])
        wait(sms, sms.start_role(name, name, name))
        assert_walks(watch(lambda: instance_state(sms, name), ("ReadyRole", "Started")),
                     [("StartingVM", "Starting"), ("ReadyRole", "Started")])
        wait(sms, sms.restart_role(name, name, name))
        assert_walks(watch(lambda: instance_state(sms, name), ("ReadyRole", "Started")),
                     [("StoppingVM", "Stopping"), ("StartingVM", "Starting"),
                      ("ReadyRole", "Started")])
        wait(sms, sms.shutdown_role(name, name, name, post_shutdown_action="StoppedDeallocated"))
        assert_walks(watch(lambda: instance_state(sms, name),
                           ("StoppedDeallocated", "Stopped")),
                     [("StoppingVM", "Stopping"), ("StoppedDeallocated", "Stopped")])


# --- failure injection --------------------------------------------------------------------

def test_role_named_failstartingvm_ends_failed_starting(asm_emulator):
    sms = asm_emulator.sms
    name = unique("stvm")
    role = "failstartingvm" + name[-4:]
    with asm_emulator.options(state_delays={"role": STEP}, operation_delay=0.05):
        result = create_vm(sms, name, role)
        seen = watch(lambda: instance_state(sms, name), ("FailedStartingVM", "Stopped"))
        assert wait(sms, result).status == "Succeeded"      # the operation itself succeeds
    assert_walks(seen, [("CreatingVM", "Starting"), ("StartingVM", "Starting"),
                        ("FailedStartingVM", "Stopped")])
    # and it stays failed: a start fails again
    wait(sms, sms.start_role(name, name, role))
    assert instance_state(sms, name) == ("FailedStartingVM", "Stopped")


def test_role_named_provisioningfailed_ends_after_provisioning(asm_emulator):
    sms = asm_emulator.sms
    name = unique("stvm")
    with asm_emulator.options(state_delays={"role": STEP}, operation_delay=0.05):
        create_vm(sms, name, "ProvisioningFailed1")
        seen = watch(lambda: instance_state(sms, name), ("ProvisioningFailed", "Started"))
    assert_walks(seen, VM_CREATE[:-1] + [("ProvisioningFailed", "Started")])


def test_role_failures_option_adds_a_marker(asm_emulator):
    sms = asm_emulator.sms
    name = unique("stvm")
    with asm_emulator.options(role_failures={"brokenvm": ("FailedStartingVM", "Stopped")}):
        wait(sms, create_vm(sms, name, "brokenvm1"))
        assert instance_state(sms, name) == ("FailedStartingVM", "Stopped")
    other = unique("stvm")                      # the default markers are back
    wait(sms, create_vm(sms, other, "failstartingvm2"))
    assert instance_state(sms, other) == ("FailedStartingVM", "Stopped")


# --- deployments of a cloud service ------------------------------------------------------

def test_deployment_deploying_then_running_and_status_changes(asm_emulator):
    sms = asm_emulator.sms
    name = unique("stsvc")
    sms.create_hosted_service(service_name=name, label=name, location="West US")

    def status():
        dep = sms.get_deployment_by_name(name, "v1")
        return dep.status, dep.role_instance_list[0].instance_status

    # The deployment's own state is shorter than its instances': the order is unambiguous.
    with asm_emulator.options(state_delays={"deployment": STEP / 2, "role": STEP},
                              operation_delay=0.05):
        wait(sms, sms.create_deployment(name, "production", "v1", f"{BLOB}/p.cspkg", "v1",
                                        cscfg(1), start_deployment=True))
        assert_walks(watch(status, ("Running", "ReadyRole")),
                     [("Deploying", "CreatingVM"), ("Running", "CreatingVM"),
                      ("Running", "StartingVM"), ("Running", "ReadyRole")])
        wait(sms, sms.update_deployment_status(name, "v1", "Suspended"))
        assert_walks(watch(status, ("Suspended", "StoppedVM")),
                     [("Suspending", "StoppingVM"), ("Suspended", "StoppingVM"),
                      ("Suspended", "StoppedVM")])
        wait(sms, sms.update_deployment_status(name, "v1", "Running"))
        assert_walks(watch(status, ("Running", "ReadyRole")),
                     [("Starting", "StartingVM"), ("Running", "StartingVM"),
                      ("Running", "ReadyRole")])
    # the embedded deployments of get_hosted_service_properties show the same states
    svc = sms.get_hosted_service_properties(name, embed_detail=True)
    assert [d.status for d in svc.deployments] == ["Running"]


def test_deployment_not_started_is_created_stopped(asm_emulator):
    sms = asm_emulator.sms
    name = unique("stsvc")
    sms.create_hosted_service(service_name=name, label=name, location="West US")

    def status():
        dep = sms.get_deployment_by_slot(name, "staging")
        return dep.status, dep.role_instance_list[0].instance_status
    with asm_emulator.options(state_delays={"deployment": STEP / 2, "role": STEP}):
        sms.create_deployment(name, "staging", "v1", f"{BLOB}/p.cspkg", "v1", cscfg(1))
        assert_walks(watch(status, ("Suspended", "StoppedVM")),
                     [("Deploying", "CreatingVM"), ("Suspended", "CreatingVM"),
                      ("Suspended", "StoppedVM")])


# --- storage accounts and images -----------------------------------------------------------

@pytest.mark.asm_emulator_options(state_delays={"storage": STEP}, operation_delay=0.05)
def test_storage_account_creating_then_created(asm_sms):
    name = unique("ststor")
    asm_sms.create_storage_account(name, "d", "label", location="West US")

    def status():
        return asm_sms.get_storage_account_properties(name).storage_service_properties.status
    assert watch(status, "Created") == ["Creating", "Created"]
    listed = {a.service_name: a for a in asm_sms.list_storage_accounts()}[name]
    assert listed.storage_service_properties.status == "Created"


def test_marker_options_are_restored_after_the_test(asm_emulator):
    so = asm_emulator.app.state_options
    assert (so.delay, so.delays, asm_emulator.app.operation_delay) == (0.0, {}, 0.2)


def test_captured_and_created_images_become_available_after_a_delay(asm_emulator):
    sms = asm_emulator.sms
    name = unique("stvm")
    wait(sms, create_vm(sms, name))

    def os_image():
        try:
            return sms.get_os_image(name + "os").name
        except AzureMissingResourceHttpError:
            return None

    def vm_image():
        return name + "vm" in [i.name for i in sms.list_vm_images()]

    with asm_emulator.options(state_delays={"image": STEP}, operation_delay=0.05):
        wait(sms, sms.capture_role(name, name, name, "Reprovision", name + "os", "label"))
        assert watch(os_image, name + "os") == [None, name + "os"]
        wait(sms, sms.create_vm_image(VMImage(
            name=name + "vm", label="label", os_disk_configuration=OSDiskConfiguration(
                host_caching="ReadWrite", os_state="Generalized", os="Linux",
                media_link=f"{BLOB}/vhds/{name}img.vhd"))))
        assert watch(vm_image, True) == [False, True]


# --- the status call counter --------------------------------------------------------------

def test_status_calls_are_counted(asm_emulator):
    sms = asm_emulator.sms
    name = unique("stsvc")
    sms.create_hosted_service(service_name=name, label=name, location="West US")
    with asm_emulator.options(operation_delay=0.3):
        result = sms.create_deployment(name, "production", "v1", f"{BLOB}/p.cspkg", "v1",
                                       cscfg(1))
        before = asm_emulator.status_calls
        assert asm_emulator.status_calls_for(result.request_id) == 0
        polls = []
        op = sms.wait_for_operation_status(
            result.request_id, timeout=30, sleep_interval=0.05,
            progress_callback=lambda op: polls.append(op.status))
    assert op.status == "Succeeded" and polls[-1] == "Succeeded"
    assert set(polls[:-1]) == {"InProgress"}
    counted = asm_emulator.status_calls_for(result.request_id)
    assert counted == len(polls)                    # every poll the client made, no more
    assert asm_emulator.status_calls - before >= counted
    # an unknown request id is a status call too (answered 404)
    with pytest.raises(AzureMissingResourceHttpError):
        sms.get_operation_status("0" * 32)
    assert asm_emulator.status_calls_for("0" * 32) == 1


# --- the state machine itself, and its options ---------------------------------------------

def test_default_delay_gives_final_states_at_once(asm_emulator):
    sms = asm_emulator.sms
    name = unique("stvm")
    wait(sms, create_vm(sms, name, "failstartingvm3"))
    assert instance_state(sms, name) == ("FailedStartingVM", "Stopped")
    assert not [k for k, _ in asm_emulator.app.store.items("transition") if name in k]


def test_transition_sequences_by_elapsed_time(asm_emulator):
    sms = asm_emulator.sms
    name = unique("stvm")
    with asm_emulator.options(state_delays={"role": 10.0, "deployment": 5.0}):
        create_vm(sms, name)
        store = asm_emulator.app.store
        dkey = f"{name}/{name}"
        rec = store.get("transition", f"role:{dkey}/{name}")
        start = rec["start"]
        seen = [tuple(states.current(store, "role", f"{dkey}/{name}", at=start + t) or ())
                for t in (0, 9.9, 10, 19.9, 20, 29.9, 30, 1000)]
        assert seen == [("CreatingVM", "Starting")] * 2 + [("StartingVM", "Starting")] * 2 \
            + [("Provisioning", "Started")] * 2 + [()] * 2
        assert states.current(store, "deployment", dkey, at=start) == "Deploying"
        assert states.current(store, "deployment", dkey, at=start + 5) is None
        assert instance_state(sms, name) == ("CreatingVM", "Starting")   # stored: ReadyRole
        assert sms.get_deployment_by_name(name, name).status == "Deploying"


def test_state_options_are_checked():
    assert states.parse_delays(["role=0.5", "image=2"]) == {"role": 0.5, "image": 2.0}
    with pytest.raises(ValueError, match="KIND=SECONDS"):
        states.parse_delays(["role"])
    with pytest.raises(ValueError, match="unknown state delay kind"):
        states.StateOptions(0, {"vm": 1})
    with pytest.raises(ValueError, match=">= 0"):
        states.StateOptions(-1)
    opts = states.StateOptions(0.5, {"image": 2})
    assert (opts.delay_for("role"), opts.delay_for("image")) == (0.5, 2.0)
    args = parse_args(["--state-delay", "0.2", "--state-delay-for", "role=1"])
    assert (args.state_delay, args.state_delay_for) == (0.2, ["role=1"])


def test_configure_rejects_unknown_options(asm_emulator):
    with pytest.raises(TypeError, match="unknown option"):
        with asm_emulator.options(instance_delay=1):
            pass
