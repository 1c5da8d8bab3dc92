"""The generator: deterministic output, and a new operation is a spec edit only."""

from __future__ import annotations

import importlib
import shutil
import sys
from pathlib import Path

import pytest

from asm_sdk_codegen.generate import main as generate
from asm_sdk_codegen.spec import SpecError, check_request_shapes, load_spec, snake

ROOT = Path(__file__).resolve().parent.parent


def test_same_spec_gives_same_bytes(tmp_path):
    assert generate(["--out", str(tmp_path / "a" / "generated")]) == 0
    assert generate(["--out", str(tmp_path / "b" / "generated")]) == 0
    a, b = tmp_path / "a" / "generated", tmp_path / "b" / "generated"
    files = sorted(p.relative_to(a) for p in a.rglob("*") if p.is_file())
    assert files == sorted(p.relative_to(b) for p in b.rglob("*") if p.is_file())
    assert len(files) > 5
    for f in files:
        assert (a / f).read_bytes() == (b / f).read_bytes(), f


@pytest.mark.parametrize("name,expected", [
    ("HostedServiceProperties", "hosted_service_properties"), ("ID", "id"),
    ("PrivateID", "private_id"), ("OSVirtualHardDisk", "os_virtual_hard_disk"),
    ("FamilyLabel", "family_label"), ("URL", "url"),
])
def test_attribute_names(name, expected):
    assert snake(name) == expected


EVENTS_XSD = """
  <xs:complexType name="DeploymentEvent">
    <xs:sequence>
      <xs:element name="Name" type="xs:string" minOccurs="0"/>
      <xs:element name="Time" type="xs:dateTime" minOccurs="0"/>
    </xs:sequence>
  </xs:complexType>
  <xs:complexType name="DeploymentEvents">
    <xs:sequence>
      <xs:element name="DeploymentEvent" type="DeploymentEvent" minOccurs="0" maxOccurs="unbounded"/>
    </xs:sequence>
  </xs:complexType>
  <xs:element name="DeploymentEvents" type="DeploymentEvents"/>
</xs:schema>"""

EVENTS_TOML = """
[[operation]]
name = "list_deployment_events"
doc = "List the events of the deployment in a slot."
method = "GET"
path = "/{subscription_id}/services/hostedservices/{service_name}/deploymentslots/{deployment_slot}/events"
response_type = "DeploymentEvents"
params = [
  { name = "service_name", type = "str", doc = "Name of the cloud service." },
  { name = "deployment_slot", type = "str", doc = "'production' or 'staging'." },
]
"""


def test_adding_an_operation_is_a_spec_edit(tmp_path, cert_file, monkeypatch):
    """The README's worked example, end to end: spec edit -> generate -> working method."""
    spec = tmp_path / "spec"
    shutil.copytree(ROOT / "spec", spec)
    xsd = spec / "schemas" / "hosted_services.xsd"
    xsd.write_text(xsd.read_text().replace("</xs:schema>", EVENTS_XSD))
    with open(spec / "operations" / "hosted_services.toml", "a") as fh:
        fh.write(EVENTS_TOML)
    out = tmp_path / "pkg" / "generated"
    assert generate(["--spec", str(spec), "--out", str(out)]) == 0

    saved = {k: v for k, v in sys.modules.items() if k == "generated" or k.startswith("generated.")}
    for k in saved:
        del sys.modules[k]
    monkeypatch.syspath_prepend(str(out.parent))
    try:
        pkg = importlib.import_module("generated")
        from asm_sdk_runtime.transport import Response
        sms = pkg.ServiceManagementService("sub", cert_file)
        sent = []

        def send_once(request):
            sent.append((request.method, request.target, request.headers["x-ms-version"]))
            return Response(200, {"x-ms-request-id": "r"}, (
                b'<DeploymentEvents xmlns="http://schemas.microsoft.com/windowsazure">'
                b'<DeploymentEvent><Name>Started</Name><Time>2015-07-02T16:45:20Z</Time>'
                b'</DeploymentEvent></DeploymentEvents>'))
        monkeypatch.setattr(sms._transport, "send_once", send_once)
        events = sms.list_deployment_events("my svc", "production")
        assert sent == [("GET", "/sub/services/hostedservices/my%20svc/deploymentslots/"
                                "production/events", "2014-10-01")]
        assert events[0].name == "Started" and events[0].time.year == 2015
    finally:
        for k in [k for k in sys.modules if k == "generated" or k.startswith("generated.")]:
            del sys.modules[k]
        sys.modules.update(saved)


def test_import_builds_models_lazily_and_keeps_secrets_out_of_repr():
    import subprocess
    code = ("import sys, generated; "
            "print(sorted(m for m in sys.modules if m.startswith('generated.models.') "
            "and m != 'generated.models._lists')); "
            "k = generated.StorageServiceKeys(primary='k1', secondary='k2'); "
            "print(repr(k)); print(k.primary); "
            "print(repr(generated.LinuxConfigurationSet('h', 'u', 'pw', True)))")
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         cwd=ROOT, check=True).stdout.splitlines()
    assert out[0] == "[]"  # no model area built by `import generated` (only the list classes)
    assert "k1" not in out[1] and "k2" not in out[1] and out[2] == "k1"
    assert "'pw'" not in out[3] and "host_name='h'" in out[3]


def test_spec_errors_name_the_problem(tmp_path):
    spec = tmp_path / "spec"
    shutil.copytree(ROOT / "spec", spec)
    with open(spec / "operations" / "hosted_services.toml", "a") as fh:
        fh.write('\n[[operation]]\nname = "broken"\nmethod = "GET"\n'
                 'path = "/{subscription_id}/x/{nope}"\n')
    with pytest.raises(SpecError, match="unknown parameter 'nope'"):
        load_spec(spec)


def _edited_spec(tmp_path, area: str, old: str, new: str):
    spec = tmp_path / "spec"
    shutil.copytree(ROOT / "spec", spec)
    path = spec / ("operations" if area.endswith(".toml") else "schemas") / area
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")
    return spec


UPDATE_VM_IMAGE_ACCEPTS = '''accepts = [
  "Label",
  "Description",
  "OSDiskConfiguration/HostCaching",'''


@pytest.mark.parametrize("new,message", [
    ("", "update_vm_image: its body carries \\['DataDiskConfiguration', 'OSDiskConfiguration', "
         "'VMImage'\\], which responses return too"),
    (UPDATE_VM_IMAGE_ACCEPTS.replace('"Label"', '"Lable"'), "VMImage has no element 'Lable'"),
    (UPDATE_VM_IMAGE_ACCEPTS.replace("OSDiskConfiguration/HostCaching",
                                     "OSDiskConfiguration/Caching"),
     "OSDiskConfiguration has no element 'Caching'"),
    (UPDATE_VM_IMAGE_ACCEPTS.replace("OSDiskConfiguration/HostCaching",
                                     "DataDiskConfigurations/Disk/Lun"),
     "the items of DataDiskConfigurations are <DataDiskConfiguration>, not <Disk>"),
])
def test_accepts_is_required_and_checked(tmp_path, new, message):
    old = UPDATE_VM_IMAGE_ACCEPTS
    if not new:  # drop the whole list of update_vm_image
        spec = tmp_path / "spec"
        shutil.copytree(ROOT / "spec", spec)
        path = spec / "operations" / "virtual_machines.toml"
        text = path.read_text(encoding="utf-8")
        start = text.index(old)
        path.write_text(text[:start] + text[text.index("]\n", start) + 2:], encoding="utf-8")
    else:
        spec = _edited_spec(tmp_path, "virtual_machines.toml", old, new)
    with pytest.raises(SpecError, match=message):
        check_request_shapes(load_spec(spec))
    if not new:  # `make generate` refuses it; the API diff can still read such a spec
        assert generate(["--spec", str(spec), "--out", str(tmp_path / "out")]) == 1


def test_a_body_mapping_outside_accepts_is_refused(tmp_path):
    spec = _edited_spec(tmp_path, "virtual_machines.toml",
                        'accepts = [\n  "OS",\n  "Label",\n  "MediaLink",\n  "Name",\n]',
                        'accepts = [\n  "OS",\n  "MediaLink",\n  "Name",\n]')
    with pytest.raises(SpecError, match="add_disk: the body fills Disk/Label, which accepts "
                                        "leaves out"):
        load_spec(spec)


@pytest.mark.parametrize("new,message", [
    ('py:secret-when="Private"', "py:secret-when='Private' is not 'Sibling=value'"),
    ('py:secret-when="Kind=Private"', "py:secret-when names 'Kind', not a text element of"),
])
def test_secret_when_is_checked(tmp_path, new, message):
    spec = _edited_spec(tmp_path, "virtual_machines.xsd", 'py:secret-when="Type=Private"', new)
    with pytest.raises(SpecError, match=message):
        load_spec(spec)


@pytest.mark.parametrize("old,new,message", [
    ('<xs:element name="UpgradeStatus" py:absent="empty"',
     '<xs:element name="UpgradeStatus" py:absent="-1"',
     "Deployment/UpgradeStatus: py:absent='-1' applies to int, float elements, not struct"),
    ('<xs:element name="Locked" default="false"',
     '<xs:element name="Locked" default="false" py:absent="none"',
     "Deployment/Locked: give default= .* or py:absent .*, not both"),
    ('<xs:element name="SdkVersion"', '<xs:element name="SdkVersion" py:text-int="true"',
     "Deployment/SdkVersion: py:text-int applies to integer elements"),
    ('py:absent="empty" py:omit-empty="true" type="UpgradeStatus"',
     'py:absent="empty" py:omit-empty="true" type="Deployment"',
     'py:absent="empty" makes a cycle: Deployment -> Deployment'),
])
def test_absent_values_are_checked(tmp_path, old, new, message):
    spec = _edited_spec(tmp_path, "hosted_services.xsd", old, new)
    with pytest.raises(SpecError, match=message):
        load_spec(spec)
