"""Resource states that move over time, as on Azure.

A resource that enters a transition (a VM being created, a role being shut down, a storage
account being created, ...) records *when* it entered it and the transitional states it
goes through; a GET reports the state by the time elapsed since then.  No thread moves
anything: the stored resource holds its final state, and `current()` says which
transitional state, if any, covers it now.

Each transitional state lasts the delay of the resource's kind (`StateOptions.delay_for`):

- `role`: role instances (InstanceStatus, PowerState) of cloud services and VMs;
- `deployment`: deployment Status (Deploying, Starting, Suspending);
- `image`: OS images and VM images made by capture_role, capture_vm_image and
  create_vm_image (not listed, 404, until the delay has passed);
- `storage`: storage accounts (Status Creating, then Created).

The default delay is 0: every resource is in its final state at once, as the emulator has
always answered.  The records are JSON in the store (kind "transition"), so they persist
with the rest of the state.
"""

from __future__ import annotations

import copy
import time
from typing import Any

KINDS = ("role", "deployment", "image", "storage")

# A role whose name contains one of these texts (any case) never becomes ReadyRole: its
# instance goes through the usual start-up states and ends in the failure state instead.
DEFAULT_ROLE_FAILURES = {
    "failstartingvm": ("FailedStartingVM", "Stopped"),
    "provisioningfailed": ("ProvisioningFailed", "Started"),
}

# Role instance sequences: (InstanceStatus, PowerState) of each transitional state.
VM_CREATE = [("CreatingVM", "Starting"), ("StartingVM", "Starting"), ("Provisioning", "Started")]
ROLE_CREATE = [("CreatingVM", "Starting"), ("StartingVM", "Starting")]
ROLE_CREATE_STOPPED = [("CreatingVM", "Stopped")]
ROLE_START = [("StartingVM", "Starting")]
ROLE_RESTART = [("StoppingVM", "Stopping"), ("StartingVM", "Starting")]
ROLE_STOP = [("StoppingVM", "Stopping")]
READY = ("ReadyRole", "Started")


class StateOptions:
    """How long resources stay in each transitional state, and the failure injection."""

    def __init__(self, delay: float = 0.0, delays: dict[str, float] | None = None,
                 role_failures: dict[str, tuple[str, str]] | None = None) -> None:
        self.delay = delay                          # seconds, every kind
        self.delays = delays if delays is not None else {}   # per kind (KINDS), overrides
        self.role_failures = (role_failures if role_failures is not None
                              else dict(DEFAULT_ROLE_FAILURES))
        unknown = set(self.delays) - set(KINDS)
        if unknown:
            raise ValueError(f"unknown state delay kind(s) {sorted(unknown)}: use {KINDS}")
        for kind, value in [("*", self.delay), *self.delays.items()]:
            if value < 0:
                raise ValueError(f"state delay of {kind} must be >= 0, not {value}")

    def __repr__(self) -> str:
        return (f"StateOptions(delay={self.delay}, delays={self.delays}, "
                f"role_failures={self.role_failures})")

    def __eq__(self, other: object) -> bool:
        return isinstance(other, StateOptions) and (
            (self.delay, self.delays, self.role_failures)
            == (other.delay, other.delays, other.role_failures))

    def delay_for(self, kind: str) -> float:
        return float(self.delays.get(kind, self.delay))

    def role_failure(self, role_name: str | None) -> tuple[str, str] | None:
        """The failure state a role of this name ends in, or None."""
        low = (role_name or "").lower()
        for marker, final in self.role_failures.items():
            if marker.lower() in low:
                return final
        return None


def parse_delays(specs: list[str]) -> dict[str, float]:
    """`["role=0.5", "image=2"]` (the --state-delay-for option) -> {kind: seconds}."""
    out: dict[str, float] = {}
    for spec in specs:
        kind, sep, value = spec.partition("=")
        if not sep:
            raise ValueError(f"expected KIND=SECONDS, not {spec!r}")
        out[kind.strip()] = float(value)
    return out


def _record_key(kind: str, key: str) -> str:
    return f"{kind}:{key.lower()}"


def begin(call, kind: str, key: str, steps: list) -> None:
    """Resource `key` of `kind` goes through `steps` (JSON values) from now on, each for the
    kind's delay, then shows its stored (final) state.  No steps or no delay: final at once."""
    delay = call.app.state_options.delay_for(kind)
    rkey = _record_key(kind, key)
    if not steps or delay <= 0:
        if call.store.get("transition", rkey) is not None:
            call.store.delete("transition", rkey)
        return
    call.store.put("transition", rkey, {"start": time.time(), "delay": delay,
                                        "steps": [list(s) if isinstance(s, tuple) else s
                                                  for s in steps]})


def current(store, kind: str, key: str, at: float | None = None) -> Any:
    """The transitional state resource `key` shows now (a step given to `begin`), or None
    when it has reached its final state (or never had a transition)."""
    rec = store.get("transition", _record_key(kind, key))
    if rec is None:
        return None
    elapsed = max(0.0, (time.time() if at is None else at) - rec["start"])
    index = int(elapsed // rec["delay"])
    steps = rec["steps"]
    return steps[index] if 0 <= index < len(steps) else None


def pending(store, kind: str, key: str) -> bool:
    """Whether the resource is still in a transitional state."""
    return current(store, kind, key) is not None


def forget(call, kind: str, key_prefix: str) -> None:
    """Drop the records of `kind` whose key is `key_prefix` or starts with `key_prefix/`."""
    exact = _record_key(kind, key_prefix)
    for rkey, _ in call.store.items("transition"):
        if rkey == exact or rkey.startswith(exact + "/"):
            call.store.delete("transition", rkey)


# --- role instances -----------------------------------------------------------------------

def instance_key(dkey: str, instance_name: str) -> str:
    return f"{dkey}/{instance_name}"


def start_instance(call, dkey: str, inst, steps: list, final: tuple[str, str]) -> None:
    """Set the instance's final (InstanceStatus, PowerState), reached through `steps`.  A
    start that would end ReadyRole ends in the role's injected failure, if it has one."""
    if tuple(final) == READY:
        failure = call.app.state_options.role_failure(inst.role_name)
        if failure is not None:       # the VM never gets to guest provisioning
            final = failure
            if failure[0] != "ProvisioningFailed":
                steps = [s for s in steps if s[0] != "Provisioning"]
    inst.instance_status, inst.power_state = final
    begin(call, "role", instance_key(dkey, inst.instance_name), steps)


def instance_view(store, dkey: str, inst):
    """The instance as a GET shows it now (a copy when it is in transition)."""
    step = current(store, "role", instance_key(dkey, inst.instance_name))
    if step is None:
        return inst
    v = copy.copy(inst)
    v.instance_status, v.power_state = step
    return v
