"""generated.aio against generated, from the spec: every operation and waiter of every
client class (spec/operations, spec/waiters) has an async twin with an identical signature
(parameter names, kinds, defaults, annotations, return annotation) and docstring, and both
hand the same operation record to the core; the classes have the same public methods
(what the runtime adds included: perform_*, wait_for_operation_status,
wait_for_operations, set_proxy, close) and nothing else."""

from __future__ import annotations

import inspect
import sys
from pathlib import Path

import pytest

import generated
import generated.aio
from asm_sdk_codegen.spec import load_spec
from asm_sdk_codegen.waiters import load_waiters

ROOT = Path(__file__).resolve().parent.parent
SPEC = load_spec(ROOT / "spec")
WAITERS = load_waiters(ROOT / "spec", SPEC)
METHODS = sorted([(cls, op.name) for cls, svc in SPEC.services.items()
                  for op in svc.operations]
                 + [(w.service, w.method) for w in WAITERS])
# What the runtime gives every client (runtime/client.py, runtime/aio.py), awaited in aio.
RUNTIME = ["perform_get", "perform_put", "perform_post", "perform_delete",
           "wait_for_operation_status", "wait_for_operations", "close"]


def shape(fn) -> tuple:
    sig = inspect.signature(fn)
    return ([(p.name, p.kind, p.default, p.annotation) for p in sig.parameters.values()],
            sig.return_annotation)


def test_the_spec_gives_every_client_operations_and_waiters():
    assert len(SPEC.services) == 5 and len(generated.aio.__all__) == 5
    assert len(METHODS) == 161 + len(WAITERS)   # get_operation_status once per class


@pytest.mark.parametrize("cls, name", METHODS, ids=[f"{c}.{n}" for c, n in METHODS])
def test_every_operation_has_an_async_twin_with_the_same_signature(cls, name):
    sync = getattr(getattr(generated, cls), name)
    twin = getattr(getattr(generated.aio, cls), name)
    assert not inspect.iscoroutinefunction(sync) and inspect.iscoroutinefunction(twin)
    assert shape(twin) == shape(sync)
    assert twin.__doc__ == sync.__doc__ and sync.__doc__
    # Both hand the same record to the core: the operation is data, written once.
    records = {sys.modules[f.__module__].o for f in (sync, twin)}
    assert len(records) == 1


@pytest.mark.parametrize("cls", sorted(SPEC.services))
def test_the_runtime_methods_have_async_twins(cls):
    sync_cls, aio_cls = getattr(generated, cls), getattr(generated.aio, cls)
    for name in RUNTIME:
        sync, twin = getattr(sync_cls, name), getattr(aio_cls, name)
        assert not inspect.iscoroutinefunction(sync) and inspect.iscoroutinefunction(twin)
        assert shape(twin) == shape(sync), name
    assert shape(aio_cls.set_proxy) == shape(sync_cls.set_proxy)
    # The constructors take the same arguments; credential= also takes an async credential.
    init = {c: shape(c.__init__)[0] for c in (sync_cls, aio_cls)}
    assert [p[:3] for p in init[aio_cls]] == [p[:3] for p in init[sync_cls]]
    assert [p for p in init[aio_cls] if p[0] != "credential"] == \
        [p for p in init[sync_cls] if p[0] != "credential"]
    assert dict((p[0], p[3]) for p in init[aio_cls])["credential"] == \
        "TokenCredential | AsyncTokenCredential | None"


@pytest.mark.parametrize("cls", sorted(SPEC.services))
def test_the_classes_have_the_same_public_methods_and_nothing_else(cls):
    def public(c: type) -> set[str]:
        return {n for n in dir(c) if not n.startswith("_")}

    sync_cls, aio_cls = getattr(generated, cls), getattr(generated.aio, cls)
    assert public(aio_cls) == public(sync_cls)
    spec_names = {n for c, n in METHODS if c == cls}
    assert public(sync_cls) - spec_names == set(RUNTIME) | {"set_proxy", "last_request_id"}
    assert hasattr(aio_cls, "__aenter__") and not hasattr(aio_cls, "__enter__")
