"""What `pip install` gives a user: the wheel's contents and dependencies, and an SDK and
local endpoint that work from the installed files alone (no checkout on sys.path)."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import textwrap
import zipfile
from email.parser import Parser
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
# Folder of the checkout -> the import name it installs under.
SHIPPED = {"generated": "generated", "runtime": "asm_sdk_runtime",
           "emulator": "asm_sdk_emulator", "codegen": "asm_sdk_codegen"}


# The tests that install the wheel run in one process under `pytest -n` (one build).
pytestmark = pytest.mark.xdist_group("wheel")


def build_wheel(tmp_path_factory) -> Path:
    """The project's wheel (the session fixture `wheel` of tests/conftest.py).  Built from a
    copy, so the checkout gets no build/ or egg-info from the test run."""
    src = tmp_path_factory.mktemp("src")
    for name in ["pyproject.toml", "README.md", *SHIPPED, "spec"]:  # folder names
        path = ROOT / name
        if path.is_dir():
            shutil.copytree(path, src / name, ignore=shutil.ignore_patterns("__pycache__"))
        else:
            shutil.copy(path, src / name)
    out = tmp_path_factory.mktemp("wheel")
    subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(out),
                    str(src)], check=True, timeout=600, stdout=subprocess.DEVNULL)
    return next(out.glob("*.whl"))


def test_wheel_holds_every_module_and_the_spec_and_nothing_else(wheel):
    names = set(zipfile.ZipFile(wheel).namelist())
    expected = {SHIPPED[folder] + "/" + p.relative_to(ROOT / folder).as_posix()
                for folder in SHIPPED
                for p in (ROOT / folder).rglob("*.py") if "__pycache__" not in p.parts}
    expected |= {"generated/py.typed", "asm_sdk_runtime/py.typed"}
    # The spec's data are its schemas/, operations/ and waiters/ (spec/api-diff-allowlist.toml
    # is for maintainers: `make api-diff`).
    expected |= {"asm_sdk_spec/" + p.relative_to(ROOT / "spec").as_posix()
                 for p in (ROOT / "spec").rglob("*") if p.suffix in (".xsd", ".toml")
                 and p.parent != ROOT / "spec"}
    assert "generated/virtual_machines/models.py" in expected
    assert "generated/aio/service_management.py" in expected
    assert expected - names == set(), "missing from the wheel"
    packaged = {n for n in names if ".dist-info/" not in n}
    assert packaged - expected == set(), "unexpected files in the wheel"


def test_installed_sdk_needs_only_attrs_urllib3_and_cryptography(wheel):
    with zipfile.ZipFile(wheel) as z:
        meta = z.read(next(n for n in z.namelist() if n.endswith(".dist-info/METADATA")))
    requires = Parser().parsestr(meta.decode()).get_all("Requires-Dist")
    core = sorted(r.split(">")[0].split("=")[0].strip() for r in requires if "extra ==" not in r)
    assert core == ["attrs", "cryptography", "urllib3"]
    emulator_extra = [r for r in requires if "extra == \"emulator\"" in r]
    assert [r.split(">")[0] for r in emulator_extra] == ["xmlschema"]
    # The asyncio clients' transport: only with `pip install 'asm-sdk[aio]'`.
    aio_extra = [r.split(";")[0].strip() for r in requires if "extra == \"aio\"" in r]
    assert aio_extra == ["aiohttp>=3.13.3"]


def test_installed_files_alone_run_the_sdk_and_the_local_endpoint(wheel, tmp_path):
    site = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(site)
    script = textwrap.dedent("""
        import json, sys
        import asm_sdk_codegen, asm_sdk_emulator, asm_sdk_runtime, generated
        from asm_sdk_emulator import Emulator, _compiled
        from asm_sdk_emulator.app import default_spec_dir
        from generated import ServiceManagementService

        with Emulator(state_dir="state", operation_delay=0) as emu:
            sms = emu.client()
            sms.create_hosted_service("pkgtest", "pkgtest", None, "West US")
            props = sms.get_hosted_service_properties("pkgtest").hosted_service_properties
            out = {"files": [m.__file__ for m in (asm_sdk_codegen, asm_sdk_emulator, generated,
                                                  asm_sdk_runtime, _compiled)],
                   "spec": str(default_spec_dir()), "location": props.location,
                   "locations": len(sms.list_locations()),
                   "xmlschema": "xmlschema" in sys.modules}
            sms.close()
        print(json.dumps(out))
    """)
    env = dict(os.environ, PYTHONPATH=str(site), PYTHONNOUSERSITE="1")
    run = subprocess.run([sys.executable, "-c", script], cwd=tmp_path, env=env,
                         capture_output=True, text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    out = json.loads(run.stdout.strip().splitlines()[-1])
    for path in out["files"] + [out["spec"]]:
        assert Path(path).is_relative_to(site), f"{path} not from the installed files"
    assert out["spec"] == str(site / "asm_sdk_spec")        # what `--spec` can compile
    assert out["location"] == "West US" and out["locations"] > 5
    assert out["xmlschema"] is False      # the compiled spec: no XSD parsing at start


def test_top_level_names_of_the_wheel_are_generated_and_our_own(wheel):
    tops = {n.split("/")[0] for n in zipfile.ZipFile(wheel).namelist()
            if ".dist-info/" not in n}
    assert tops == {"generated", "asm_sdk_runtime", "asm_sdk_emulator", "asm_sdk_codegen",
                    "asm_sdk_spec"}


def test_a_user_project_with_its_own_runtime_emulator_and_codegen(wheel, tmp_path):
    """The wheel in a fresh virtual environment, beside a project whose own modules are
    called runtime, emulator and codegen: both work, neither shadows the other.  Installed
    without extras: the local endpoint runs on the SDK's own dependencies."""
    venv = tmp_path / "venv"
    subprocess.run([sys.executable, "-m", "venv", str(venv)], check=True, timeout=120)
    py = venv / "bin" / "python"
    install = subprocess.run([str(py), "-m", "pip", "install", "-q", str(wheel)],
                             capture_output=True, text=True, timeout=600)
    assert install.returncode == 0, install.stderr
    project = tmp_path / "project"
    (project / "emulator").mkdir(parents=True)
    (project / "codegen").mkdir()
    (project / "runtime.py").write_text("WHO = 'the user runtime'\n")
    (project / "emulator" / "__init__.py").write_text("WHO = 'the user emulator'\n")
    (project / "codegen" / "__init__.py").write_text("WHO = 'the user codegen'\n")
    (project / "main.py").write_text(textwrap.dedent("""
        import importlib.util, json
        import codegen, emulator, runtime
        from asm_sdk_emulator import Emulator
        from generated import ServiceManagementService

        with Emulator(state_dir="state", operation_delay=0) as emu:
            sms = emu.client()
            sms.create_hosted_service("usersvc", "usersvc", None, "West US")
            location = sms.get_hosted_service_properties("usersvc").hosted_service_properties.location
            sms.close()
        print(json.dumps({"mine": [runtime.WHO, emulator.WHO, codegen.WHO],
                          "location": location,
                          "sdk": isinstance(sms, ServiceManagementService),
                          "xmlschema": importlib.util.find_spec("xmlschema") is not None}))
    """))
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "VIRTUAL_ENV")}
    run = subprocess.run([str(py), "main.py"], cwd=project, env=env, capture_output=True,
                         text=True, timeout=120)
    assert run.returncode == 0, run.stderr
    out = json.loads(run.stdout.strip().splitlines()[-1])
    assert out == {"mine": ["the user runtime", "the user emulator", "the user codegen"],
                   "location": "West US", "sdk": True, "xmlschema": False}
