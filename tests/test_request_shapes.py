"""Each operation sends its own request shape, even where one model serves several.

REFERENCE below is each operation's request body as the REST reference describes it (plus
the elements a recorded request of the predecessor sent and the service took: see
docs/research/request_shapes.md), written here independently of the spec.  For every
operation whose body carries a model that responses return too:

- the spec's `accepts` is that list;
- the method is called with every parameter set — the model parameters with models parsed
  from the real recorded responses (an image from list_vm_images, a role from get_role, …)
  or, where no recording returns one, with a model whose every field is set, read-only ones
  included — and every element of the body it sends is in the list.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from pathlib import Path

import attrs
import pytest

import generated
from asm_sdk_codegen.spec import load_spec
from generated import _xml as x
from tests import fakes
from tests.replay import RECORDINGS, is_management, load_interactions, response_body

SPEC = load_spec(Path(__file__).resolve().parent.parent / "spec")
NS = "{http://schemas.microsoft.com/windowsazure}"

_PROVISIONING = ("ConfigurationSetType, ComputerName, AdminPassword, ResetPasswordOnFirstLogon, "
                 "EnableAutomaticUpdates, TimeZone, DomainJoin, StoredCertificateSettings, WinRM, "
                 "AdminUsername, HostName, UserName, UserPassword, "
                 "DisableSshPasswordAuthentication, SSH, CustomData, AdditionalUnattendContent")
_NETWORK = [
    "ConfigurationSetType",
    "InputEndpoints/InputEndpoint/(LoadBalancedEndpointSetName, LocalPort, Name, Port, "
    "LoadBalancerProbe, LoadBalancerName, Protocol, EnableDirectServerReturn, EndpointAcl, "
    "IdleTimeoutInMinutes, LoadDistribution, VirtualIPName)",   # not Vip (read-only)
    "SubnetNames", "StaticVirtualNetworkIPAddress",
    "PublicIPs/PublicIP/(Name, IdleTimeoutInMinutes, DomainNameLabel)",  # not Address, Fqdns
    "NetworkInterfaces", "NetworkSecurityGroup",
]


def _role(prefix: str, update: bool = False) -> list[str]:
    sets = f"{prefix}ConfigurationSets/ConfigurationSet/"
    data = ("HostCaching, DiskLabel, DiskName, Lun, LogicalDiskSizeInGB, MediaLink"
            + ("" if update else ", SourceMediaLink"))               # not IOType
    os_disk = ("HostCaching, DiskLabel, DiskName, MediaLink, SourceImageName"
               + ("" if update else ", OS, RemoteSourceImageLink") + ", ResizedSizeInGB")
    return ([f"{prefix}RoleName", f"{prefix}RoleType"]
            + ([] if update else [f"{sets}({_PROVISIONING})"])
            + [sets + n for n in _NETWORK[0 if update else 1:]]
            + [f"{prefix}ResourceExtensionReferences"]
            + ([] if update else [f"{prefix}VMImageName", f"{prefix}MediaLocation"])
            + [f"{prefix}AvailabilitySetName",
               f"{prefix}DataVirtualHardDisks/DataVirtualHardDisk/({data})",
               f"{prefix}OSVirtualHardDisk/({os_disk})", f"{prefix}RoleSize",
               f"{prefix}ProvisionGuestAgent"])   # not OsVersion, DefaultWinRmCertificate…


_IMAGE_TAIL = ["Language", "ImageFamily", "RecommendedVMSize", "Eula", "IconUri",
               "SmallIconUri", "PrivacyUri", "PublishedDate", "ShowInGui"]
_UPDATE_OS_IMAGE = ["Label", "Eula", "Description", "ImageFamily", "PublishedDate", "ShowInGui",
                    "PrivacyUri", "IconUri", "RecommendedVMSize", "SmallIconUri", "Language"]
REFERENCE: dict[str, list[str]] = {
    # Create VM Image: no Name in DataDiskConfiguration
    "create_vm_image": ["Name", "Label", "Description",
                        "OSDiskConfiguration/(HostCaching, OSState, OS, MediaLink)",
                        "DataDiskConfigurations/DataDiskConfiguration/(HostCaching, Lun, "
                        "MediaLink, LogicalDiskSizeInGB)", *_IMAGE_TAIL],
    # Update VM Image: no root Name; the OS disk's caching, data disks by Name/Lun
    "update_vm_image": ["Label", "Description", "OSDiskConfiguration/HostCaching",
                        "DataDiskConfigurations/DataDiskConfiguration/(Name, HostCaching, Lun)",
                        *_IMAGE_TAIL],
    "add_os_image": ["Label", "MediaLink", "Name", "OS", *_UPDATE_OS_IMAGE[1:]],
    # the recording of update_os_image sends Add OS Image's four elements: taken
    "update_os_image": ["Label", "MediaLink", "Name", "OS", *_UPDATE_OS_IMAGE[1:]],
    "update_os_image_from_image_reference": _UPDATE_OS_IMAGE,
    "add_disk": ["OS", "Label", "MediaLink", "Name"],
    "update_disk": ["Name", "Label"],
    "add_data_disk": ["HostCaching", "DiskLabel", "DiskName", "Lun", "LogicalDiskSizeInGB",
                      "MediaLink", "SourceMediaLink"],
    "update_data_disk": ["HostCaching", "DiskLabel", "DiskName", "Lun", "LogicalDiskSizeInGB",
                         "MediaLink"],
    "add_role": _role(""),
    "update_role": _role("", update=True),
    "create_virtual_machine_deployment": ["Name", "DeploymentSlot", "Label",
                                          *_role("RoleList/Role/"), "VirtualNetworkName",
                                          "Dns/DnsServers/DnsServer/(Name, Address)",
                                          "ReservedIPName"],
    "capture_role": ["OperationType", "PostCaptureAction",
                     f"ProvisioningConfiguration/({_PROVISIONING})", "TargetImageLabel",
                     "TargetImageName"],
    "add_dns_server": ["Name", "Address"],
    "update_dns_server": ["Name", "Address"],
    "create_reserved_ip_address": ["Name", "Label", "Location"],
    "add_management_certificate": ["SubscriptionCertificatePublicKey",
                                   "SubscriptionCertificateThumbprint",
                                   "SubscriptionCertificateData"],
    "create_namespace": ["Region"],
    "create_database": ["Name", "Edition", "CollationName", "MaxSizeBytes", "ServiceObjectiveId"],
    "update_database": ["Name", "Edition", "MaxSizeBytes", "ServiceObjectiveId"],
    "create_firewall_rule": ["Name", "StartIPAddress", "EndIPAddress"],
    "update_firewall_rule": ["Name", "StartIPAddress", "EndIPAddress"],
}


def expand(paths: list[str]) -> set[str]:
    """`A/B/(C, D)` -> {A/B/C, A/B/D}."""
    out = set()
    for path in paths:
        m = re.fullmatch(r"(.*?)/?\(([^()]*)\)", path)
        if m:
            out |= {"/".join(filter(None, [m.group(1), leaf.strip()]))
                    for leaf in m.group(2).split(",")}
        else:
            out.add(path)
    return out


def allowed(path: str, reference: set[str]) -> bool:
    """An element path of a body is in the reference, inside an element accepted whole,
    or on the way to an accepted one."""
    return any(path == r or path.startswith(r + "/") or r.startswith(path + "/")
               for r in reference)


def tree_paths(tree: dict, shape_name: str, prefix: str = "") -> set[str]:
    """The element paths of an `accepts` tree (a list's wrapper and item, as on the wire)."""
    out = set()
    by_tag = {f.tag: f for f in SPEC.shapes[shape_name].elements}
    for tag, sub in tree.items():
        f = by_tag[tag]
        path = f"{prefix}{tag}"
        if f.kind == "list" and f.item_tag is not None and sub is not None:
            path += f"/{f.item_tag}"
        out |= {path} if sub is None else tree_paths(sub, f.struct, path + "/")
    return out


OPERATIONS = {op.name: (cls, op) for cls, svc in SPEC.services.items() for op in svc.operations}
ACCEPTING = sorted(name for name, (_, op) in OPERATIONS.items() if op.accepts is not None)


def test_the_operations_that_need_their_own_shape_state_it():
    assert ACCEPTING == sorted(REFERENCE)
    assert {"update_vm_image", "create_vm_image", "update_os_image_from_image_reference",
            "add_role", "update_role", "add_disk", "add_data_disk"} <= set(ACCEPTING)


@pytest.mark.parametrize("name", sorted(REFERENCE))
def test_the_spec_accepts_what_the_reference_lists(name):
    _, op = OPERATIONS[name]
    assert tree_paths(op.accepts, op.request_type) == expand(REFERENCE[name])


# --- every such operation, called with models read from the real recordings ----------------

def _recorded_models() -> dict[str, list]:
    """Every model of the recorded 2xx responses, by class, in recording order."""
    found: dict[str, list] = {}

    def collect(obj) -> None:
        if isinstance(obj, list):
            for item in obj:
                collect(item)
        elif attrs.has(type(obj)):
            found.setdefault(type(obj).__name__, []).append(obj)
            for f in attrs.fields(type(obj)):
                if f.name != "unknown_elements":
                    collect(getattr(obj, f.name))

    if not RECORDINGS.is_dir():
        return found
    for path in sorted(RECORDINGS.glob("*.yaml")):
        for it in load_interactions(path.stem):
            body = response_body(it).strip()
            if not is_management(it) or not body.startswith(b"<") \
                    or not 200 <= it["response"]["status"]["code"] < 300:
                continue
            root = ET.fromstring(body)
            name = root.tag.split("}")[-1]
            reader = getattr(x, f"read_{name}", None)
            if reader is not None and root.tag.startswith(NS):
                collect(reader(root))
    return found


RECORDED = _recorded_models()


def populated(name: str, depth: int = 0):
    """A model with every field set (read-only ones too), nested ones included."""
    shape = SPEC.shapes[name]
    cls = getattr(generated.models, name)
    values = {}
    for f in shape.fields:
        values[f.attr] = _sample(f.kind, f.struct, f.item_kind, depth)
    return cls(**{k: v for k, v in values.items() if v is not None})


def _sample(kind, struct, item_kind, depth):
    if kind == "struct":
        return populated(struct, depth + 1) if depth < 4 else None
    if kind == "list":
        item = _sample(item_kind, struct, None, depth)
        return [item] if item is not None else []
    return {"str": "x", "b64": "x", "int": 1, "float": 1.5, "bool": True,
            "datetime": "2015-07-02T16:45:20Z", "map": {"k": "v"}}[kind]


def _argument(pytype: str, shape: str | None):
    model = pytype[5:-1] if pytype.startswith("list[") else pytype
    if model in SPEC.shapes:
        recorded = RECORDED.get(getattr(generated.models, model).__name__, [])
        if model == "ConfigurationSet" and recorded:
            value = recorded[0]                    # a role's network configuration, as read
        else:
            value = recorded[0] if recorded else populated(model)
        return [value, populated(model)] if pytype.startswith("list[") else value
    return {"str": "x", "int": 1, "bool": True, "dict[str, str]": {"k": "v"},
            "list[str]": ["x"]}.get(pytype, "x")


def body_paths(body: bytes) -> set[str]:
    root = ET.fromstring(body)
    if root.tag == "{http://www.w3.org/2005/Atom}entry":
        root = root.find("{http://www.w3.org/2005/Atom}content")[0]
    out = set()

    def walk(el: ET.Element, prefix: str) -> None:
        for child in el:
            path = prefix + child.tag.split("}")[-1]
            out.add(path)
            walk(child, path + "/")
    walk(root, "")
    return out


@pytest.mark.parametrize("name", sorted(REFERENCE))
def test_a_model_read_from_the_service_and_sent_back_carries_only_what_the_operation_accepts(
        name, cert_file, monkeypatch, recordings_dir):
    cls_name, op = OPERATIONS[name]
    client = getattr(generated, cls_name)("00000000-0000-0000-0000-000000000000", cert_file)
    transport = fakes.install(client, monkeypatch)
    args = {p.name: _argument(p.pytype, None) for p in op.params}
    try:
        getattr(client, name)(**args)
    except generated.AzureMalformedResponseError:
        pass  # the stand-in answers no body where this operation returns one: sent anyway
    reference = expand(REFERENCE[name])
    sent = body_paths(transport.only.body)
    assert sent, "nothing sent"
    extra = sorted(p for p in sent if not allowed(p, reference))
    assert not extra, f"{name} sent elements it does not accept: {extra}"
    client.close()


def test_the_issues_example_an_image_from_list_vm_images_sent_back(cert_file, monkeypatch,
                                                                   recordings_dir):
    sms = generated.ServiceManagementService("00000000-0000-0000-0000-000000000000", cert_file)
    transport = fakes.install(sms, monkeypatch)
    images = RECORDED["VMImage"]
    assert len(images) > 40
    for image in images:
        image.label = "a new label"
        sms.update_vm_image(image.name, image)
        doc = ET.fromstring(transport.sent[-1].body)
        tags = [c.tag.split("}")[-1] for c in doc]
        assert doc.findtext(f"{NS}Label") == "a new label"
        assert not {"Name", "Category", "ServiceName", "CreatedTime", "PublisherName",
                    "VMImageState", "Location", "IsPremium"} & set(tags), tags
        for disk in doc.iter(f"{NS}DataDiskConfiguration"):
            assert {c.tag.split("}")[-1] for c in disk} <= {"Name", "HostCaching", "Lun"}
        sms.create_vm_image(image)
        doc = ET.fromstring(transport.sent[-1].body)
        assert doc.findtext(f"{NS}Name") == image.name
        for disk in doc.iter(f"{NS}DataDiskConfiguration"):
            assert disk.find(f"{NS}Name") is None   # Create VM Image's disks have no Name
    sms.close()
