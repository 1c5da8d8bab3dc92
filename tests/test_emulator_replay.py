"""Replay the REQUESTS of the real recordings against the local endpoint.

For every Service Management cassette in ../shared/asm-recordings, each recorded request
(method, URI with query, headers, body) is sent to the emulator's request pipeline with the
subscription rewritten to the emulator's and the host dropped; operation-status polls are
redirected to the request ids the emulator handed out.  The emulator must answer with the
recorded status code, the recorded response root element (for errors: `Error` with the
recorded Azure code), and bodies that are valid against the spec's XSD.

Without ../shared the tests are skipped (with the reason), except under CI=true where they
fail: see the `recordings_dir` fixture in conftest.py.
"""

from __future__ import annotations

import re
from pathlib import Path
import xml.etree.ElementTree as ET

import pytest

from tests.replay import (MANAGEMENT_HOST, RECORDINGS, SUBSCRIPTION, load_interactions,
                          request_body, response_body)

NS = "http://schemas.microsoft.com/windowsazure"
ATOM = "{http://www.w3.org/2005/Atom}"
EMULATED_SUBSCRIPTION = "5b2a3c1d-0e9f-4a8b-9c7d-6e5f4a3b2c1d"
# Recording areas whose service the local endpoint implements.
EMULATED_AREAS = ("misc", "affinitygroup", "storage", "managementcertificate", "sqldatabase",
                  "website", "scheduler", "servicebus")
# Answers whose text is a name the service made up (SQL Database servers): later recorded
# requests use the recorded name, which is mapped to the one the local endpoint made up.
GENERATED_NAMES = ("ServerName",)

# Resources that existed in the recorded subscription before these tests ran; created
# through the API first so that the recorded calls meet the same state.
SETUP: dict[str, list[tuple[str, str, str]]] = {
    "test_legacy_mgmt_misc.test_create_virtual_machine_deployment_windows_virtual_network": [
        ("POST", "/affinitygroups",
         "<CreateAffinityGroup><Name>utaffgrpdonotdelete</Name><Label>dXQ=</Label>"
         "<Location>West US</Location></CreateAffinityGroup>"),
    ],
    "test_legacy_mgmt_misc.test_create_virtual_machine_deployment_linux_vm_image": [
        ("POST", "/services/vmimages",
         "<VMImage><Name>unittest-donotdelete-ubuntu1404</Name><Label>image for unit test</Label>"
         "<OSDiskConfiguration><HostCaching>ReadWrite</HostCaching><OSState>Generalized</OSState>"
         "<OS>Linux</OS><MediaLink>https://portalvhds.blob.core.windows.net/vhds/u1404.vhd"
         "</MediaLink></OSDiskConfiguration></VMImage>"),
    ],
    # Service Bus namespaces the recorded subscription already had.
    **{f"test_legacy_mgmt_servicebus.{name}": [
        ("PUT", "/services/serviceBus/Namespaces/fakesbnamespace",
         '<entry xmlns="http://www.w3.org/2005/Atom"><content type="application/xml">'
         '<NamespaceDescription xmlns="http://schemas.microsoft.com/netservices/2010/10/'
         'servicebus/connect"><Region>West US</Region></NamespaceDescription></content></entry>'),
    ] for name in ("test_get_namespace", "test_check_namespace_availability_not_available",
                   "test_list_queues", "test_list_topics", "test_list_relays",
                   "test_list_notification_hubs")},
    # The recorded subscription had used East US for web sites before: its web space existed.
    "test_legacy_mgmt_website.test_get_web_space": [
        ("POST", "/services/webspaces//eastuswebspace/sites",
         "<Site><HostNames/><Name>existingsite</Name><WebSpaceToCreate><GeoRegion>East US"
         "</GeoRegion><Name>eastuswebspace</Name><Plan>VirtualDedicatedPlan</Plan>"
         "</WebSpaceToCreate></Site>"),
    ],
}

# Bodies the real service sends outside the spec's schemas: replicate_vm_image answers with a
# .NET-serialised string (the published image name), checked here instead of by the XSD.
SERIALIZATION_STRING = "{http://schemas.microsoft.com/2003/10/Serialization/}string"


def _cassettes() -> list:
    if not RECORDINGS.is_dir():
        return [pytest.param(None, id="recordings-missing")]
    names = sorted(p.stem for p in RECORDINGS.glob("*.yaml")
                   if p.stem.split(".")[0].removeprefix("test_legacy_mgmt_") in EMULATED_AREAS)
    return [pytest.param(n, id=n.removeprefix("test_legacy_mgmt_")) for n in names]


@pytest.fixture(scope="module")
def replay_app():
    from asm_sdk_emulator.app import App
    app = App(subscription_id=EMULATED_SUBSCRIPTION, operation_delay=0.0)
    yield app
    app.close()


@pytest.fixture(scope="module")
def schema():
    """The spec's XSDs: every response the endpoint builds is checked against them."""
    from asm_sdk_codegen.spec import load_schema    # parsed once per test process
    return load_schema(Path(__file__).resolve().parent.parent / "spec" / "schemas"
                       / "servicemanagement.xsd")


def _root(body: bytes) -> str | None:
    body = (body or b"").strip()
    if not body.startswith(b"<"):
        return None
    return ET.fromstring(body).tag.rpartition("}")[2]


def _code(body: bytes) -> str | None:
    return ET.fromstring(body).findtext(f"{{{NS}}}Code")


def _headers(raw: dict) -> dict:
    return {k: (v[0] if isinstance(v, list) else v) for k, v in raw.items()}


@pytest.mark.parametrize("cassette", _cassettes())
def test_recorded_requests_get_the_recorded_answers(cassette, recordings_dir, replay_app, schema):
    app = replay_app
    app.reset()
    # Operations complete at once, except that a deleted Service Bus namespace must still be
    # seen Removing by the GET the recording makes right after the delete.
    app.operation_delay = 1.0 if ".test_legacy_mgmt_servicebus" in f".{cassette}" else 0.0
    version = {"x-ms-version": "2014-10-01"}
    for method, path, body in SETUP.get(cassette, []):
        doc = body if "xmlns=" in body.split(">", 1)[0] else body.replace(">", f' xmlns="{NS}">', 1)
        resp = app.handle(method, f"/{EMULATED_SUBSCRIPTION}{path}", version, doc.encode())
        assert resp.status < 300, resp.body

    ids: dict[str, str] = {}
    names: dict[str, str] = {}
    checked = 0
    problems = []
    for i, it in enumerate(load_interactions(cassette)):
        req = it["request"]
        if MANAGEMENT_HOST not in req["uri"]:
            continue                                   # blob uploads of packages
        path = req["uri"].split(MANAGEMENT_HOST, 1)[1]
        assert path.startswith(f"/{SUBSCRIPTION}")
        path = f"/{EMULATED_SUBSCRIPTION}" + path[len(SUBSCRIPTION) + 1:]
        for recorded_name, our_name in names.items():
            path = re.sub(f"/{recorded_name}(?=[/?]|$)", f"/{our_name}", path)
        poll = re.search(r"/operations/([0-9a-fA-F]{32})$", path)
        if poll and poll.group(1) in ids:
            path = path[:poll.start(1)] + ids[poll.group(1)]
        resp = app.handle(req["method"], path, _headers(req["headers"]), request_body(it))
        assert "x-ms-request-id" in resp.headers
        rid = _headers(it["response"]["headers"]).get("x-ms-request-id")
        if rid:
            ids[rid] = resp.headers["x-ms-request-id"]

        status = it["response"]["status"]["code"]
        recorded = response_body(it)
        where = f"#{i} {req['method']} {path}"
        checked += 1
        if resp.status != status:
            problems.append(f"{where}: status {resp.status}, recorded {status}: {resp.body[:300]!r}")
            continue
        rec_root, our_root = _root(recorded), _root(resp.body)
        if rec_root in GENERATED_NAMES and our_root == rec_root:
            names[ET.fromstring(recorded).text] = ET.fromstring(resp.body).text
        if status >= 400:
            # Azure's <Error> with the recorded code, or Service Bus's serialised <string>.
            if our_root != rec_root or (rec_root == "Error" and _code(resp.body) != _code(recorded)):
                problems.append(f"{where}: error {resp.body[:300]!r}, recorded {recorded[:300]!r}")
            continue
        # 2xx: same document root where Azure sent one (vcrpy kept some <Operation> poll
        # bodies on non-GET calls, which are not what those calls return).
        if rec_root and not (req["method"] != "GET" and rec_root == "Operation"):
            if rec_root != our_root:
                problems.append(f"{where}: root <{our_root}>, recorded <{rec_root}>")
                continue
        if our_root:
            doc = ET.fromstring(resp.body)
            if doc.tag == SERIALIZATION_STRING:
                if len(doc) or not (doc.text or "").strip():
                    problems.append(f"{where}: <string> must hold text only: {resp.body!r}")
                continue
            if doc.tag in (f"{ATOM}feed", f"{ATOM}entry"):    # validate what the entries carry
                docs = [c[0] for c in doc.iter(f"{ATOM}content") if len(c)]
            else:
                docs = [doc]
            errors = [e for d in docs for e in schema.iter_errors(d)]
            if errors:
                problems.append(f"{where}: <{our_root}> not valid against the XSD: "
                                f"{errors[0].reason}")
    assert checked, "no Service Management call in the cassette"
    assert not problems, f"{len(problems)} of {checked} calls differ:\n" + "\n".join(problems[:10])
