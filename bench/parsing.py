"""Parse time of the largest recorded list responses: SDK reader vs a bare ElementTree walk."""

from __future__ import annotations

import time
from dataclasses import dataclass, field
from xml.etree.ElementTree import fromstring

from .common import NS, calibrate, median, recorded_body, spec_operations, spread

# (label, recording, request path suffix, SDK operation, predecessor's model class)
CASES = [
    ("OS images", "test_legacy_mgmt_misc.test_list_os_images", "/services/images",
     "list_os_images", "Images"),
    ("VM images", "test_legacy_mgmt_misc.test_list_vm_images", "/services/vmimages",
     "list_vm_images", "VMImages"),
    ("storage accounts", "test_legacy_mgmt_storage.test_list_storage_accounts",
     "/services/storageservices", "list_storage_accounts", "StorageServices"),
]


def walk(el):
    """The bare baseline: element -> text, or -> dict of children (repeats become lists)."""
    if not len(el):
        return el.text
    out = {}
    for c in el:
        k = c.tag
        v = walk(c)
        if k in out:
            prev = out[k]
            if type(prev) is list:
                prev.append(v)
            else:
                out[k] = [prev, v]
        else:
            out[k] = v
    return out


@dataclass
class ParseCase:
    label: str
    op: str
    legacy_class: str
    body: bytes | None = None
    reader_name: str | None = None
    reader: object = None
    note: str = ""
    items: int = 0
    unknown: int = 0
    times: dict[str, list[float]] = field(default_factory=dict)   # name -> seconds per parse

    def med(self, name: str) -> float | None:
        xs = self.times.get(name)
        return median(xs) if xs else None


def count_unknown(obj, seen=None) -> int:
    """Elements the SDK kept as `unknown_elements` (i.e. the spec does not know them)."""
    n = 0
    stack = [obj]
    while stack:
        o = stack.pop()
        if isinstance(o, list):
            stack.extend(o)
            continue
        slots = getattr(type(o), "__attrs_attrs__", None)
        if slots is None:
            continue
        for a in slots:
            v = getattr(o, a.name)
            if a.name == "unknown_elements":
                n += len(v or ())
            elif isinstance(v, list) or hasattr(type(v), "__attrs_attrs__"):
                stack.append(v)
    return n


def prepare(gen_xml) -> list[ParseCase]:
    ops = spec_operations()
    cases = []
    for label, rec, suffix, op_name, legacy_cls in CASES:
        c = ParseCase(label, op_name, legacy_cls)
        c.body = recorded_body(rec, "GET", suffix)
        op = ops.get(op_name)
        if c.body is None:
            c.note = f"recording {rec} has no GET {suffix} body"
        elif op is None or not op.get("response_type"):
            c.note = f"{op_name} is not in spec/operations yet"
        else:
            c.reader_name = f"read_{op['response_type']}"
            c.reader = getattr(gen_xml, c.reader_name, None) if gen_xml else None
            if c.reader is None:
                c.note = f"generated._xml.{c.reader_name} missing (regenerate?)"
                c.reader_name = None
            else:
                root = fromstring(c.body)
                want = op.get("response_root", op["response_type"])
                if root.tag != NS + want:
                    c.note = f"root <{root.tag}> is not <{want}>"
                try:
                    result = c.reader(root)
                except Exception as exc:  # a broken reader is a finding, not a crash
                    c.note = f"{c.reader_name} raised {type(exc).__name__}: {exc}"
                    c.reader = c.reader_name = None
                else:
                    c.items = len(result) if isinstance(result, list) else 1
                    c.unknown = count_unknown(result)
        cases.append(c)
    return cases


def run(cases: list[ParseCase], rounds: int, target: float) -> None:
    for c in cases:
        if c.body is None:
            continue
        body = c.body
        root = fromstring(body)
        fns = {
            "fromstring": lambda: fromstring(body),
            "walk": lambda: walk(fromstring(body)),
            "walk_only": lambda: walk(root),
        }
        if c.reader is not None:
            reader = c.reader
            fns["sdk"] = lambda: reader(fromstring(body))
            fns["reader_only"] = lambda: reader(root)
        # Interleave at the call level: every iteration runs each function once (in an order
        # rotated per round), so a burst of load from other processes hits all of them alike.
        # Process CPU time: time spent preempted does not count.
        per_iter = sum(calibrate_time(fn) for fn in fns.values())
        n = max(3, int(target * len(fns) / per_iter))
        names = list(fns)
        clock = time.process_time
        for r in range(rounds):
            order = [(name, fns[name]) for name in names[r % len(names):] + names[:r % len(names)]]
            acc = dict.fromkeys(names, 0.0)
            for _ in range(n):
                for name, fn in order:
                    t0 = clock()
                    fn()
                    acc[name] += clock() - t0
            for name in names:
                c.times.setdefault(name, []).append(acc[name] / n)


def calibrate_time(fn) -> float:
    """Rough seconds per call of `fn` (also a warm-up)."""
    n = calibrate(fn, 0.05)
    t0 = time.perf_counter()
    for _ in range(n):
        fn()
    return (time.perf_counter() - t0) / n


def profile(case: ParseCase, top: int = 12) -> str:
    import cProfile
    import io
    import pstats

    body, reader = case.body, case.reader
    pr = cProfile.Profile()
    pr.enable()
    for _ in range(20):
        reader(fromstring(body))
    pr.disable()
    s = io.StringIO()
    pstats.Stats(pr, stream=s).sort_stats("tottime").print_stats(top)
    return s.getvalue()


__all__ = ["CASES", "ParseCase", "prepare", "run", "walk", "profile", "spread"]
