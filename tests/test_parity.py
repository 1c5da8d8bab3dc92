"""Every operation of the predecessor SDK exists here with the same name and positional
parameters, checked against ../shared/asm-operations.tsv (its `parameters` column)."""

from __future__ import annotations

import csv
import inspect
import os

import pytest

import generated
from tests.replay import SHARED

TSV = SHARED / "asm-operations.tsv"

# Parameters the predecessor required and we accept as optional, on purpose.
NOW_OPTIONAL = {
    # A VM created from a VM image (vm_image_name=) has neither (the guide passes None).
    ("create_virtual_machine_deployment", "system_config"),
    ("create_virtual_machine_deployment", "os_virtual_hard_disk"),
    ("add_role", "system_config"),
    ("add_role", "os_virtual_hard_disk"),
    # A data disk (has_operating_system=False) has no OS type.
    ("add_disk", "os"),
}


def rows() -> list[dict]:
    if not TSV.is_file():
        return []
    with TSV.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f, delimiter="\t"))


def predecessor_params(text: str) -> list[tuple[str, str | None]]:
    """'a, b=None, c=\\'x\\'' -> [('a', None), ('b', 'None'), ('c', "'x'")]"""
    out = []
    for part in filter(None, (p.strip() for p in text.split(","))):
        name, eq, default = part.partition("=")
        out.append((name.strip(), default.strip() if eq else None))
    return out


@pytest.fixture(scope="module")
def operations() -> list[dict]:
    found = rows()
    if not found:
        if os.environ.get("CI") == "true":
            pytest.fail(f"{TSV} missing: CI needs ../shared")
        pytest.skip(f"{TSV} not available (clone ../shared beside the project)")
    return found


def test_the_checklist_is_complete(operations):
    classes = {r["class"] for r in operations}
    assert classes == {"ServiceManagementService", "ServiceBusManagementService",
                       "SqlDatabaseManagementService", "WebsiteManagementService",
                       "SchedulerManagementService"}
    assert len(operations) > 150


@pytest.mark.parametrize("row", rows(), ids=lambda r: f"{r['class']}.{r['method']}")
def test_method_has_the_predecessors_positional_parameters(row, operations):
    cls = getattr(generated, row["class"])
    method = getattr(cls, row["method"], None)
    assert method is not None, f"{row['class']}.{row['method']} is missing"
    assert method.__doc__, "generated methods carry a docstring"
    ours = [p for p in list(inspect.signature(method).parameters.values())[1:]
            if p.kind is p.POSITIONAL_OR_KEYWORD]
    theirs = predecessor_params(row["parameters"])
    assert [p.name for p in ours] == [name for name, _ in theirs]
    for p, (name, default) in zip(ours, theirs):
        if default is None:
            assert p.default is p.empty or (row["method"], name) in NOW_OPTIONAL, \
                f"{name} is required by the predecessor, optional here without a reason"
        else:
            assert p.default is not p.empty, f"{name} had a default ({default}); callers omit it"
            assert repr(p.default).replace('"', "'") == default.replace('"', "'"), name
