"""What the local endpoint knows of the spec: operations, shape namespaces, body grammar.

`load()` reads `emulator/_compiled.py`, written by `make generate` (codegen/endpoint.py) from
spec/ and committed like generated/; it takes milliseconds where parsing the XSDs took
seconds.  `load(spec_dir)` compiles another spec directory the same way at start-up (the
`--spec DIR` option: a spec being edited, before `make generate`); that path needs the
codegen's dependencies (xmlschema).
"""

from __future__ import annotations

import importlib
import sys
from pathlib import Path
from typing import Any, NamedTuple

from .validation import Grammar

ROOT = Path(__file__).resolve().parent.parent


class Operation(NamedTuple):
    """One operation of the spec, as routing and the handlers see it."""
    service: str                  # the client class (ServiceManagementService, ...)
    name: str
    method: str
    path: str                     # URI template, with literal query parts
    x_ms_version: str
    is_async: bool
    query: tuple                  # (query name, parameter, literal value or None)
    request_type: str | None
    request_root: str | None
    response_type: str | None
    response_root: str | None
    envelope: str | None          # "atom": body and response in Atom entries/feeds
    atom_title: str | None
    format: str                   # xml | json | text
    response_list: bool


class EndpointSpec:
    def __init__(self, operations: list[Operation], shape_ns: dict[str, str],
                 grammar: Grammar) -> None:
        self.operations = operations
        self.shape_ns = shape_ns      # shape -> namespace of its elements ('' for none)
        self.grammar = grammar

    @property
    def services(self) -> dict[str, list[Operation]]:
        """Client class -> its operations."""
        out: dict[str, list[Operation]] = {}
        for op in self.operations:
            out.setdefault(op.service, []).append(op)
        return out


def _data(spec_dir: Path | None) -> dict[str, Any]:
    if spec_dir is None:
        from . import _compiled as c
        return {"operation_fields": c.OPERATION_FIELDS, "operations": c.OPERATIONS,
                "shape_ns": c.SHAPE_NS, "types": c.TYPES, "simple_types": c.SIMPLE_TYPES}
    try:
        endpoint = importlib.import_module("asm_sdk_codegen.endpoint")
    except ModuleNotFoundError as exc:
        if exc.name == "xmlschema":
            raise ModuleNotFoundError("compiling a spec directory (--spec) needs xmlschema: "
                                      "pip install 'asm-sdk[emulator]'", name="xmlschema") from None
        if exc.name != "asm_sdk_codegen":
            raise
        sys.path.append(str(ROOT))     # a bare checkout: codegen/ beside emulator/
        endpoint = importlib.import_module("asm_sdk_codegen.endpoint")
    spec_dir = Path(spec_dir)
    if not (spec_dir / "operations").is_dir():
        raise FileNotFoundError(f"no API spec at {spec_dir} (expected operations/ and schemas/)")
    return endpoint.compile_dir(spec_dir)


def load(spec_dir: Path | str | None = None) -> EndpointSpec:
    """The compiled spec (default), or `spec_dir` compiled now."""
    data = _data(Path(spec_dir) if spec_dir is not None else None)
    fields = tuple(data["operation_fields"])
    if fields != Operation._fields:
        raise RuntimeError("emulator/_compiled.py was written by another version of the "
                           "compiler: run `make generate`")
    operations = []
    for row in data["operations"]:
        values = dict(zip(fields, row))
        values["query"] = tuple(tuple(q) for q in values["query"])
        operations.append(Operation(**values))
    return EndpointSpec(operations, dict(data["shape_ns"]),
                        Grammar(data["types"], data["simple_types"], spec_dir))
