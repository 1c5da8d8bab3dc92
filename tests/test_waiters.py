"""Waiters and multi-operation waiting, without a server: the spec checks of
codegen/waiters.py, the engine of runtime/polling.py on fake calls and clocks, and the
generated wait_until_* methods on a fake transport (real requests built, real XML parsed).

Against the local endpoint: tests/test_waiters_endpoint.py.
"""

from __future__ import annotations

import inspect
from pathlib import Path

import pytest

from asm_sdk_codegen.spec import SpecError, load_spec
from asm_sdk_codegen.waiters import load_waiters
from asm_sdk_runtime.errors import AzureConnectionError, AzureForbiddenHttpError, \
    AzureMissingResourceHttpError, AzureOperationFailedError, AzureOperationsFailedError, \
    AzureOperationTimeoutError, AzureWaiterFailedError, AzureWaiterTimeoutError, http_error
from asm_sdk_runtime.polling import Waiter, adaptive_delay, evaluate_path, parse_path, \
    wait_for_operation_status, wait_for_operations, wait_until
from tests.fakes import install, response

ROOT = Path(__file__).resolve().parent.parent
NS = "http://schemas.microsoft.com/windowsazure"


class FakeClock:
    """time that moves only when the code under test sleeps."""

    def __init__(self) -> None:
        self.now = 0.0
        self.slept: list[float] = []

    def __call__(self) -> float:
        return self.now

    def sleep(self, seconds: float) -> None:
        self.slept.append(round(seconds, 6))
        self.now += seconds


class Obj:
    def __init__(self, **kw) -> None:
        self.__dict__.update(kw)


def instances(*statuses, roles=None):
    roles = roles or [f"vm{i}" for i in range(len(statuses))]
    return Obj(status="Running", role_instance_list=[
        Obj(role_name=r, instance_status=s) for r, s in zip(roles, statuses)])


# --- the path language -------------------------------------------------------------------

def test_paths_parse_into_steps_and_reject_anything_else():
    assert parse_path("storage_service_properties.status") == [
        ("attr", "storage_service_properties", None), ("attr", "status", None)]
    assert parse_path("role_instance_list[?role_name == {role_name}].instance_status") == [
        ("attr", "role_instance_list", None), ("filter", "role_name", "{role_name}"),
        ("attr", "instance_status", None)]
    assert parse_path("[].name") == [("each", "", None), ("attr", "name", None)]
    for bad in ("", "a..b", "a b", ".a", "a.[]", "a[x]", "a[?b = 'c']", "A"):
        with pytest.raises(ValueError):
            parse_path(bad)


def test_paths_read_values_project_lists_and_filter_on_arguments():
    dep = instances("ReadyRole", "CreatingVM", "StoppedVM", roles=["web", "web", "db"])
    assert evaluate_path(parse_path("status"), dep, {}) == "Running"
    assert evaluate_path(parse_path("role_instance_list[].instance_status"), dep, {}) == \
        ["ReadyRole", "CreatingVM", "StoppedVM"]
    path = parse_path("role_instance_list[?role_name == {role}].instance_status")
    assert evaluate_path(path, dep, {"role": "web"}) == ["ReadyRole", "CreatingVM"]
    assert evaluate_path(path, dep, {"role": "nope"}) == []
    assert evaluate_path(parse_path("[?name == 'b'].state"),
                         [Obj(name="a", state=1), Obj(name="b", state=2)], {}) == [2]
    # absent values and lists read as None / no items, never AttributeError
    assert evaluate_path(parse_path("role_instance_list[].instance_status"),
                         Obj(role_instance_list=None), {}) == []
    assert evaluate_path(parse_path("a.b"), Obj(a=None), {}) is None


# --- the engine ---------------------------------------------------------------------------

READY = Waiter("ready", 15.0, (
    ("success", "path_all", "ReadyRole", "role_instance_list[].instance_status"),
    ("failure", "path_any", "FailedStartingVM", "role_instance_list[].instance_status"),
))
GONE = Waiter("gone", 10.0, (("success", "status", 404, None),))


def calls(*answers):
    seq = list(answers)
    made = []

    def call():
        made.append(1)
        item = seq.pop(0) if len(seq) > 1 else seq[0]
        if isinstance(item, Exception):
            raise item
        return item
    return call, made


def test_waiter_success_returns_the_matching_result_and_reports_progress():
    clock = FakeClock()
    final = instances("ReadyRole", "ReadyRole")
    call, made = calls(instances("CreatingVM", "ReadyRole"), instances(), final)
    seen = []
    assert wait_until(READY, call, {}, 900, progress_callback=seen.append,
                      sleep=clock.sleep, clock=clock) is final
    # an empty instance list is not "all ready": path_all needs at least one value
    assert len(made) == 3 and len(seen) == 3
    assert clock.slept == [0.25, 0.25]  # adaptive: short first polls


def test_waiter_failure_acceptor_raises_with_the_state_seen():
    clock = FakeClock()
    bad = instances("ReadyRole", "FailedStartingVM")
    call, _ = calls(instances("CreatingVM", "CreatingVM"), bad)
    with pytest.raises(AzureWaiterFailedError) as info:
        wait_until(READY, call, {}, 900, sleep=clock.sleep, clock=clock)
    err = info.value
    assert err.waiter == "ready" and err.result is bad
    assert err.state == ["ReadyRole", "FailedStartingVM"]
    assert "FailedStartingVM" in str(err)


def test_waiter_timeout_carries_the_last_result_and_state():
    clock = FakeClock()
    last = instances("CreatingVM")
    call, made = calls(last)
    with pytest.raises(AzureWaiterTimeoutError) as info:
        wait_until(READY, call, {}, 200, sleep=clock.sleep, clock=clock)
    err = info.value
    assert err.result is last and err.state == ["CreatingVM"] and err.timeout == 200
    assert clock.now == 200 and clock.slept.count(15.0) >= 5  # backs off to the waiter's delay
    assert "CreatingVM" in str(err)


def test_waiter_error_status_acceptor_means_deleted():
    clock = FakeClock()
    missing = http_error(404, "ResourceNotFound", "No such service.", "rid")
    call, made = calls(Obj(status="Deleting"), AzureConnectionError("reset"), missing)
    assert wait_until(GONE, call, {}, 100, sleep=clock.sleep, clock=clock) is None
    assert len(made) == 3  # the connection error was retried


def test_waiter_raises_errors_no_acceptor_expects():
    call, made = calls(AzureForbiddenHttpError(403, "ForbiddenError", "no", "rid"))
    with pytest.raises(AzureForbiddenHttpError):
        wait_until(GONE, call, {}, 100, sleep=lambda s: None, clock=lambda: 0)
    missing = AzureMissingResourceHttpError(404, "ResourceNotFound", "x", "rid")
    call, made = calls(missing)
    with pytest.raises(AzureMissingResourceHttpError):  # READY has no 404 acceptor
        wait_until(READY, call, {}, 100, sleep=lambda s: None, clock=lambda: 0)
    assert len(made) == 1


def test_waiter_explicit_delay_is_a_fixed_interval_and_arguments_fill_expected():
    clock = FakeClock()
    named = Waiter("named", 5.0, (("success", "path_any", "{name}", "[].name"),))
    call, made = calls([Obj(name="a")], [Obj(name="a")], [Obj(name="a"), Obj(name="img")])
    wait_until(named, call, {"name": "img"}, 100, delay=2, sleep=clock.sleep, clock=clock)
    assert clock.slept == [2, 2]


def test_waiter_error_code_acceptor():
    clock = FakeClock()
    w = Waiter("code", 5.0, (("success", "error", "ResourceNotFound", None),
                             ("retry", "status", 409, None)))
    call, made = calls(http_error(409, "ConflictError", "busy", "r"),
                       http_error(404, "ResourceNotFound", "gone", "r"))
    assert wait_until(w, call, {}, 100, sleep=clock.sleep, clock=clock) is None
    assert len(made) == 2


def test_adaptive_delay_starts_short_and_backs_off_to_the_cap():
    assert adaptive_delay(0, 5) == 0.25 and adaptive_delay(0.9, 5) == 0.25
    assert adaptive_delay(2, 5) == 0.4 and adaptive_delay(10, 5) == 2
    assert adaptive_delay(100, 5) == 5 and adaptive_delay(100, 15) == 15


# --- single and many operations -----------------------------------------------------------

class Op:
    def __init__(self, status, code=None, message=None):
        self.status, self.http_status_code = status, 200 if status != "Failed" else 400
        self.error = Obj(code=code, message=message) if code else None


def test_operation_status_defaults_to_the_adaptive_interval_and_keeps_a_given_one():
    clock = FakeClock()
    seq = [Op("InProgress")] * 8 + [Op("Succeeded")]
    get = lambda rid: seq.pop(0)  # noqa: E731
    wait_for_operation_status(get, "r", timeout=30, sleep=clock.sleep, clock=clock)
    assert clock.slept == [0.25, 0.25, 0.25, 0.25, 0.25, 0.25, 0.3, 0.36]
    clock = FakeClock()
    seq = [Op("InProgress")] * 2 + [Op("Succeeded")]
    wait_for_operation_status(get, "r", "Succeeded", 30, 5, sleep=clock.sleep, clock=clock)
    assert clock.slept == [5, 5]  # the predecessor's positional sleep_interval


def test_many_operations_share_one_loop_and_return_in_order():
    clock = FakeClock()
    # each id finishes after a number of polls; every round polls only those still running
    finish_after = {"a": 1, "b": 3, "c": 2}
    polls: list[str] = []

    def get(rid):
        polls.append(rid)
        n = polls.count(rid)
        return Op("Succeeded" if n >= finish_after[rid] else "InProgress")
    ops = wait_for_operations(get, ["b", "a", "c", "a"], timeout=60, sleep=clock.sleep,
                              clock=clock)
    assert [o.status for o in ops] == ["Succeeded"] * 4
    assert polls == ["b", "a", "c", "b", "c", "b"]  # rounds: bac, bc, b
    assert clock.slept == [0.25, 0.25]


def test_many_operations_report_every_failure_and_timeout_together():
    clock = FakeClock()
    states = {"ok": Op("Succeeded"), "bad1": Op("Failed", "BadRequest", "no image"),
              "bad2": Op("Failed", "Conflict", "busy"), "slow": Op("InProgress")}
    with pytest.raises(AzureOperationsFailedError) as info:
        wait_for_operations(lambda rid: states[rid], ["ok", "bad1", "slow", "bad2"],
                            timeout=20, sleep=clock.sleep, clock=clock)
    err = info.value
    assert list(err.errors) == ["bad1", "slow", "bad2"]
    assert isinstance(err.errors["bad1"], AzureOperationFailedError)
    assert err.errors["bad2"].code == "Conflict"
    assert isinstance(err.errors["slow"], AzureOperationTimeoutError)
    assert err.errors["slow"].last_status == "InProgress"
    assert err.operations["ok"].status == "Succeeded" and err.request_id == "bad1"
    assert "2 failed, 1 timed out" in str(err)


def test_many_operations_retry_transient_status_errors():
    clock = FakeClock()
    answers = [http_error(503, None, None, "x"), AzureConnectionError("reset"),
               Op("Succeeded")]

    def get(rid):
        item = answers.pop(0)
        if isinstance(item, Exception):
            raise item
        return item
    ops = wait_for_operations(get, ["a"], sleep=clock.sleep, clock=clock)
    assert ops[0].status == "Succeeded" and answers == []
    with pytest.raises(AzureForbiddenHttpError):  # not transient: raised as it is
        wait_for_operations(lambda rid: (_ for _ in ()).throw(
            AzureForbiddenHttpError(403, "ForbiddenError", "no", "x")), ["a"],
            sleep=clock.sleep, clock=clock)


# --- the spec and codegen -----------------------------------------------------------------

@pytest.fixture(scope="module")
def spec():
    return load_spec(ROOT / "spec")


def test_spec_waiters_load_with_typed_parameters_for_the_cli(spec):
    waiters = {(w.service, w.name): w for w in load_waiters(ROOT / "spec", spec)}
    needed = ["deployment_running", "role_instances_ready", "role_stopped",
              "hosted_service_deleted", "storage_account_created", "vm_image_available",
              "os_image_available"]
    assert all(("ServiceManagementService", n) in waiters for n in needed)
    services = {w.service for w in waiters.values()}
    assert {"SchedulerManagementService", "SqlDatabaseManagementService",
            "WebsiteManagementService"} <= services
    w = waiters[("ServiceManagementService", "role_stopped")]
    assert w.method == "wait_until_role_stopped"
    assert w.cli_name == "wait-until-role-stopped"
    assert [(p.name, p.pytype, p.has_default) for p in w.params] == [
        ("service_name", "str", False), ("deployment_name", "str", False),
        ("role_name", "str", False)]
    assert all(p.doc for p in w.params) and w.operation == "get_deployment_by_name"
    assert waiters[("ServiceManagementService", "hosted_service_deleted")].returns_none == \
        "always"


@pytest.mark.parametrize("waiter, message", [
    ('operation = "get_nothing"\nacceptors = [{ state = "success", matcher = "status", expected = 200 }]',
     "has no operation 'get_nothing'"),
    ('operation = "get_deployment_by_name"\nacceptors = [{ state = "success", matcher = "path", path = "stat", expected = "Running" }]',
     "Deployment has no field 'stat'"),
    ('operation = "get_deployment_by_name"\nacceptors = [{ state = "success", matcher = "path", path = "role_instance_list[].instance_status", expected = "ReadyRole" }]',
     "path needs a path to one value"),
    ('operation = "get_deployment_by_name"\nacceptors = [{ state = "success", matcher = "path_all", path = "role_instance_list.instance_status", expected = "ReadyRole" }]',
     "read from a list"),
    ('operation = "get_deployment_by_name"\nacceptors = [{ state = "done", matcher = "status", expected = 200 }]',
     "state must be one of success, failure, retry"),
    ('operation = "get_deployment_by_name"\nacceptors = [{ state = "success", matcher = "path_any", path = "role_instance_list[?role_name == {role}].instance_status", expected = "StoppedVM" }]',
     "path names unknown parameter 'role'"),
    ('operation = "get_deployment_by_name"\nacceptors = [{ state = "success", matcher = "path", path = "upgrade_domain_count", expected = "3" }]',
     "expected '3' is not a int"),
    ('operation = "get_deployment_by_name"\nacceptors = [{ state = "failure", matcher = "status", expected = 404 }]',
     "needs at least one success acceptor"),
    ('operation = "get_deployment_by_name"\nacceptors = [{ state = "success", matcher = "path", path = "upgrade_status", expected = "x" }]',
     "ends on a structure"),
])
def test_broken_waiters_name_the_problem(tmp_path, spec, waiter, message):
    (tmp_path / "waiters").mkdir()
    (tmp_path / "waiters" / "broken.toml").write_text(
        '[service]\nclass = "ServiceManagementService"\n\n[[waiter]]\nname = "broken"\n'
        + waiter + "\n")
    with pytest.raises(SpecError, match=r"waiters/broken\.toml: broken.*" + message.replace(
            "(", r"\(").replace("[", r"\[").replace("?", r"\?")):
        load_waiters(tmp_path, spec)


# --- generated methods on a fake transport ------------------------------------------------

def deployment_xml(*statuses: str, roles=None) -> str:
    roles = roles or [f"vm{i}" for i in range(len(statuses))]
    items = "".join(f"<RoleInstance><RoleName>{r}</RoleName><InstanceName>{r}</InstanceName>"
                    f"<InstanceStatus>{s}</InstanceStatus></RoleInstance>"
                    for r, s in zip(roles, statuses))
    return (f'<Deployment xmlns="{NS}"><Name>dep</Name><Status>Running</Status>'
            f"<RoleInstanceList>{items}</RoleInstanceList></Deployment>")


NOT_FOUND = (f'<Error xmlns="{NS}"><Code>ResourceNotFound</Code>'
             "<Message>The hosted service does not exist.</Message></Error>")


@pytest.fixture
def clock(monkeypatch):
    c = FakeClock()
    monkeypatch.setattr("time.sleep", c.sleep)
    monkeypatch.setattr("time.monotonic", c)
    return c


def test_generated_signature_is_typed_and_documented():
    from generated import ServiceManagementService as S
    sig = inspect.signature(S.wait_until_role_instances_ready)
    assert list(sig.parameters) == ["self", "service_name", "deployment_name", "timeout",
                                    "delay", "progress_callback"]
    assert sig.parameters["timeout"].default == 900
    assert sig.parameters["timeout"].kind is inspect.Parameter.KEYWORD_ONLY
    assert sig.parameters["delay"].default is None
    assert sig.return_annotation == "m.Deployment"
    doc = S.wait_until_role_instances_ready.__doc__
    assert "FailedStartingVM" in doc and "AzureWaiterTimeoutError" in doc
    assert inspect.signature(S.wait_until_hosted_service_deleted).return_annotation == "None"


def test_generated_role_instances_ready_polls_the_deployment(sms, monkeypatch, clock):
    fake = install(sms, monkeypatch, response(200, deployment_xml("CreatingVM", "ReadyRole")),
                   response(200, deployment_xml("ReadyRole", "ReadyRole")))
    dep = sms.wait_until_role_instances_ready("svc", "dep")
    assert [i.instance_status for i in dep.role_instance_list] == ["ReadyRole", "ReadyRole"]
    assert [s.path for s in fake.sent] == [
        f"/{sms.subscription_id}/services/hostedservices/svc/deployments/dep"] * 2
    assert clock.slept == [0.25]


def test_generated_failure_and_timeout_errors(sms, monkeypatch, clock):
    install(sms, monkeypatch, response(200, deployment_xml("ProvisioningFailed")))
    with pytest.raises(AzureWaiterFailedError) as info:
        sms.wait_until_role_instances_ready("svc", "dep")
    assert info.value.state == ["ProvisioningFailed"] and info.value.waiter == \
        "role_instances_ready"
    install(sms, monkeypatch, response(200, deployment_xml("CreatingVM", "ReadyRole")))
    with pytest.raises(AzureWaiterTimeoutError) as info:
        sms.wait_until_role_instances_ready("svc", "dep", timeout=30, delay=10)
    assert info.value.state == ["CreatingVM", "ReadyRole"]
    assert info.value.result.role_instance_list[0].instance_status == "CreatingVM"


def test_generated_role_stopped_filters_on_the_role(sms, monkeypatch, clock):
    install(sms, monkeypatch,
            response(200, deployment_xml("ReadyRole", "StoppedVM", roles=["web", "db"])))
    dep = sms.wait_until_role_stopped("svc", "dep", "db")
    assert dep.role_instance_list[1].role_name == "db"


def test_generated_hosted_service_deleted_accepts_404(sms, monkeypatch, clock):
    body = (f'<HostedService xmlns="{NS}"><ServiceName>svc</ServiceName>'
            "<HostedServiceProperties><Status>Deleting</Status></HostedServiceProperties>"
            "</HostedService>")
    fake = install(sms, monkeypatch, response(200, body), response(404, NOT_FOUND))
    assert sms.wait_until_hosted_service_deleted("svc") is None
    assert [s.path for s in fake.sent] == \
        [f"/{sms.subscription_id}/services/hostedservices/svc"] * 2


def operation_answer(request):
    """An Operation whose status the request id says: r1 is InProgress on its first poll."""
    from asm_sdk_runtime.transport import Response

    rid = request.target.rsplit("/", 1)[1]
    status = "InProgress" if rid == "r1" and rid not in polled_once else "Succeeded"
    polled_once.add(rid)
    return Response(200, {"x-ms-request-id": rid}, (
        f'<Operation xmlns="{NS}"><ID>{rid}</ID><Status>{status}</Status>'
        "<HttpStatusCode>200</HttpStatusCode></Operation>").encode())


polled_once: set[str] = set()


def test_client_wait_for_operations_uses_get_operation_status(sms, monkeypatch, clock):
    from tests.fakes import patch_send

    polled_once.clear()
    seen: list[str] = []

    def send_once(request):
        seen.append(request.target.rsplit("/", 1)[1])
        return operation_answer(request)
    patch_send(sms, monkeypatch, send_once)
    ops = sms.wait_for_operations(["r1", "r2", "r3"])
    assert [(o.id, o.status) for o in ops] == [("r1", "Succeeded"), ("r2", "Succeeded"),
                                               ("r3", "Succeeded")]
    # a round polls every operation still running (at once: in any order), then r1 alone
    assert sorted(seen[:3]) == ["r1", "r2", "r3"] and seen[3:] == ["r1"]
    assert sms.last_request_id == "r1"      # the last status call's, as if made here
    assert clock.slept == [0.25]


def test_client_wait_for_operations_polls_a_round_at_once(sms, monkeypatch):
    """The status calls of one round are in flight together (a barrier only the whole round
    passes), over at most max_connections threads, and each round's answers reach the
    progress callback in the order the ids were given."""
    import threading

    from tests.fakes import patch_send

    polled_once.clear()
    ids = [f"r{n}" for n in range(1, 9)]
    together = threading.Barrier(len(ids), timeout=20)
    threads: set[str] = set()

    def send_once(request):
        if request.target.rsplit("/", 1)[1] not in polled_once:
            threads.add(threading.current_thread().name)
            together.wait()      # the first round: every call waits for all the others
        return operation_answer(request)
    patch_send(sms, monkeypatch, send_once)
    monkeypatch.setattr("time.sleep", lambda s: None)
    order: list[str] = []
    ops = sms.wait_for_operations(ids, progress_callback=lambda op: order.append(op.id))
    assert [o.status for o in ops] == ["Succeeded"] * 8
    assert order == ids + ["r1"]
    assert len(threads) == len(ids)     # one worker per pending operation (<= the pool)
    assert threading.current_thread().name not in threads
