"""Load and check the waiters of `spec/waiters/*.toml`.

A waiter polls one operation until its result says the resource reached a state.  Each
file has a `[service]` table (the client class) and `[[waiter]]` tables; the format is in
docs/spec-format.md.  Checked here, once: the operation exists in that class, every path
resolves against the fields of the operation's response shape, every state and matcher is
known, every `{name}` names a parameter.  The path language and the matching live in
runtime/polling.py (`parse_path`, `Acceptor`), so the generator and the runtime read paths
the same way.

Other tools (the CLI) read the waiters with `load_waiters(spec_dir)`: a list of `WaiterDef`,
sorted by class and name, each with its method name and typed, documented parameters.
"""

from __future__ import annotations

import keyword
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from asm_sdk_runtime.polling import MATCHERS, STATES, parse_path

from .spec import KIND_PYTYPES, Operation, Param, Spec, SpecError, load_spec

_REF = re.compile(r"^\{([a-z_][a-z0-9_]*)\}$")
_EXPECTED_TYPES = {"str": str, "b64": str, "int": int, "bool": bool, "float": (int, float)}


@dataclass(frozen=True)
class AcceptorDef:
    state: str              # success | failure | retry
    matcher: str            # path | path_all | path_any | status | error
    expected: object        # str, int or bool; "{name}" is the waiter argument `name`
    path: str | None = None  # for the path matchers

    def describe(self) -> str:
        how = {"path": "", "path_all": "every ", "path_any": "any "}.get(self.matcher)
        if how is not None:
            return f"{how}``{self.path}`` == {self.expected!r}"
        return f"{'HTTP status' if self.matcher == 'status' else 'error code'} {self.expected!r}"


@dataclass
class WaiterDef:
    """One waiter, as generated: `ServiceClass.method(*params, timeout=, delay=,
    progress_callback=)`."""
    name: str                       # role_instances_ready
    service: str                    # ServiceManagementService
    doc: str
    operation: str                  # the polled operation (a method of the same class)
    params: list[Param]             # the method's parameters, in positional order
    args: dict[str, object]         # operation arguments fixed by the waiter
    delay: float                    # longest interval between polls, seconds
    timeout: float                  # default timeout, seconds
    acceptors: list[AcceptorDef]
    area: str = ""                  # the file it comes from (spec/waiters/<area>.toml)
    call: list[tuple[str, str]] = field(default_factory=list)  # (operation param, expression)
    returns_none: str = "never"     # never | sometimes | always: success on an error status

    @property
    def method(self) -> str:
        return f"wait_until_{self.name}"

    @property
    def cli_name(self) -> str:
        return self.method.replace("_", "-")


def _check_path(spec: Spec, op: Operation, path: str, where: str) -> tuple[bool, str | None]:
    """(goes through a list, kind of the final value) for `path` on `op`'s response."""
    if op.response_type is None:
        raise SpecError(f"{where}: {op.name} returns no parsed result; use status/error matchers")
    try:
        steps = parse_path(path)
    except ValueError as exc:
        raise SpecError(f"{where}: {exc}") from None
    shape = spec.shapes[op.response_type]
    # (kind, struct): kind is struct, list (of struct or a scalar kind) or a scalar kind.
    if shape.is_list or op.response_list:
        item = shape.list_item if shape.is_list else None
        cur = ("list", item.struct if item and item.item_kind == "struct" else
               (item.item_kind if item else shape.name))
    else:
        cur = ("struct", shape.name)
    projected = False
    for kind, name, _ in steps:
        if kind == "attr":
            if cur[0] != "struct":
                raise SpecError(f"{where}: path {path!r}: {name!r} read from a {cur[0]} "
                                "(use [] to go through a list)")
            fields = {f.attr: f for f in spec.shapes[cur[1]].fields}
            f = fields.get(name)
            if f is None:
                raise SpecError(f"{where}: path {path!r}: {cur[1]} has no field {name!r} "
                                f"(fields: {sorted(fields)})")
            if f.kind == "struct":
                cur = ("struct", f.struct)
            elif f.kind == "list":
                cur = ("list", f.struct if f.item_kind == "struct" else f.item_kind)
            else:
                cur = (f.kind, None)
            continue
        if cur[0] != "list":
            raise SpecError(f"{where}: path {path!r}: [] on {cur[0]}, not a list")
        item = cur[1]
        is_struct = item in spec.shapes
        if kind == "filter":
            if not is_struct or name not in {f.attr for f in spec.shapes[item].fields}:
                raise SpecError(f"{where}: path {path!r}: items have no field {name!r}")
        cur = ("struct", item) if is_struct else (item, None)
        projected = True
    return projected, (cur[0] if cur[0] in KIND_PYTYPES else None)


def _load_waiter(raw: dict, spec: Spec, cls: str, area: str) -> WaiterDef:
    name = raw.get("name", "?")
    where = f"waiters/{area}.toml: {name}"
    if not isinstance(name, str) or not name.isidentifier() or keyword.iskeyword(name) \
            or name != name.lower():
        raise SpecError(f"{where}: name must be a lower_case Python name")
    unknown = set(raw) - {"name", "doc", "operation", "params", "args", "delay", "timeout",
                          "acceptors"}
    if unknown:
        raise SpecError(f"{where}: unknown keys {sorted(unknown)}")
    svc = spec.services[cls]
    ops = {o.name: o for o in svc.operations}
    op = ops.get(raw.get("operation", ""))
    if op is None:
        raise SpecError(f"{where}: {cls} has no operation {raw.get('operation')!r}")
    if f"wait_until_{name}" in ops:
        raise SpecError(f"{where}: wait_until_{name} is already an operation")
    args = dict(raw.get("args", {}))
    op_params = {p.name: p for p in op.params}
    for a in args:
        if a not in op_params:
            raise SpecError(f"{where}: args names unknown parameter {a!r} of {op.name}")
    try:
        extra = [Param(name=p["name"], pytype=p.get("type", "str"), doc=p.get("doc", ""),
                       has_default="default" in p or p.get("optional", False),
                       default=p.get("default")) for p in raw.get("params", [])]
    except KeyError as exc:
        raise SpecError(f"{where}: parameter without {exc}") from None
    for p in extra:
        if p.name in op_params or p.name in ("timeout", "delay", "progress_callback"):
            raise SpecError(f"{where}: parameter {p.name!r} clashes with another")
    mine = [p for p in op.params if p.name not in args] + extra
    params = [p for p in mine if not p.has_default] + [p for p in mine if p.has_default]
    names = {p.name for p in params}
    delay, timeout = raw.get("delay", 15), raw.get("timeout", 600)
    for key, value in (("delay", delay), ("timeout", timeout)):
        if isinstance(value, bool) or not isinstance(value, (int, float)) or value <= 0:
            raise SpecError(f"{where}: {key} must be a positive number of seconds")
    acceptors = []
    for n, a in enumerate(raw.get("acceptors", [])):
        at = f"{where}: acceptor {n + 1}"
        if set(a) - {"state", "matcher", "expected", "path"} or "expected" not in a:
            raise SpecError(f"{at}: keys are state, matcher, expected and path")
        state, matcher, expected, path = a.get("state"), a.get("matcher"), a["expected"], \
            a.get("path")
        if state not in STATES:
            raise SpecError(f"{at}: state must be one of {', '.join(STATES)}")
        if matcher not in MATCHERS:
            raise SpecError(f"{at}: matcher must be one of {', '.join(MATCHERS)}")
        if isinstance(expected, str) and _REF.match(expected) \
                and _REF.match(expected).group(1) not in names:
            raise SpecError(f"{at}: expected names unknown parameter {expected!r}")
        if matcher.startswith("path"):
            if not path:
                raise SpecError(f"{at}: a {matcher} matcher needs a path")
            for ref in re.findall(r"\{([a-z_][a-z0-9_]*)\}", path):
                if ref not in names:
                    raise SpecError(f"{at}: path names unknown parameter {ref!r}")
            projected, kind = _check_path(spec, op, path, at)
            if projected != (matcher != "path"):
                raise SpecError(f"{at}: {matcher} needs a path "
                                + ("through a list ([])" if matcher != "path" else
                                   "to one value (no [])"))
            if kind is None:
                raise SpecError(f"{at}: path {path!r} ends on a structure, not a value")
            if not (isinstance(expected, str) and _REF.match(expected)) and \
                    not isinstance(expected, _EXPECTED_TYPES.get(kind, object)) or \
                    (kind in ("int", "float") and isinstance(expected, bool)):
                raise SpecError(f"{at}: expected {expected!r} is not a {kind}")
        else:
            if path is not None:
                raise SpecError(f"{at}: a {matcher} matcher takes no path")
            if matcher == "status" and (isinstance(expected, bool)
                                        or not isinstance(expected, int)):
                raise SpecError(f"{at}: a status matcher expects an HTTP status (int)")
            if matcher == "error" and not isinstance(expected, str):
                raise SpecError(f"{at}: an error matcher expects an Azure error code")
        acceptors.append(AcceptorDef(state, matcher, expected, path))
    success = [a for a in acceptors if a.state == "success"]
    if not success:
        raise SpecError(f"{where}: needs at least one success acceptor")
    on_error = [a.matcher == "error" or (a.matcher == "status" and not 200 <= a.expected < 300)
                for a in success]
    call = [(p.name, repr(args[p.name]) if p.name in args else p.name) for p in op.params
            if p.name in args or p.name in names]
    return WaiterDef(name=name, service=cls, doc=raw.get("doc", ""), operation=op.name,
                     params=params, args=args, delay=float(delay), timeout=float(timeout),
                     acceptors=acceptors, area=area, call=call,
                     returns_none="always" if all(on_error) else
                     "sometimes" if any(on_error) else "never")


def load_waiters(spec_dir: Path, spec: Spec | None = None) -> list[WaiterDef]:
    """Every waiter of `spec_dir/waiters/*.toml`, checked against the spec (loaded from
    `spec_dir` when not given), sorted by (class, name)."""
    spec = spec or load_spec(spec_dir)
    out: list[WaiterDef] = []
    for path in sorted((spec_dir / "waiters").glob("*.toml")):
        doc = tomllib.loads(path.read_text(encoding="utf-8"))
        cls = doc.get("service", {}).get("class")
        if cls not in spec.services:
            raise SpecError(f"waiters/{path.name}: [service] class must name a client class "
                            f"({', '.join(sorted(spec.services))})")
        for raw in doc.get("waiter", []):
            out.append(_load_waiter(raw, spec, cls, path.stem))
    seen: set[tuple[str, str]] = set()
    for w in out:
        if (w.service, w.name) in seen:
            raise SpecError(f"waiters/{w.area}.toml: waiter {w.name} of {w.service} "
                            "is defined twice")
        seen.add((w.service, w.name))
    return sorted(out, key=lambda w: (w.service, w.name))
