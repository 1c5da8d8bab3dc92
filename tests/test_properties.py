"""Property tests (hypothesis): what users pass cannot change the shape of what is sent.

- any XML-1.0-representable text survives writer -> XML -> parser -> reader, for every
  string field of every model that has both a writer and a reader;
- hostile text (markup, entities, CDATA ends) cannot add, drop or rename elements;
- `path_value` output is one opaque path segment: never '/', '?', '#', whitespace or a
  dot segment, and it decodes back to the value; `query_value` cannot add parameters;
- through the fault server, the request line always names the intended resource;
- any 2xx body gives either the parsed value or AzureMalformedResponseError.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from urllib.parse import unquote

import attrs
import pytest
from hypothesis import HealthCheck, assume, example, given, settings
from hypothesis import strategies as st

import generated._xml as gx
import generated.models as gm
from asm_sdk_runtime.core import path_value, query_value
from asm_sdk_runtime.errors import AzureMalformedResponseError
from asm_sdk_runtime.transport import Response
from tests.faultserver import SUB, FaultServer, doc, operation_xml, record_case, reply

NS = "{http://schemas.microsoft.com/windowsazure}"


def xml_char_ok(c: str) -> bool:
    """XML 1.0 Char production."""
    o = ord(c)
    return (o in (0x9, 0xA, 0xD) or 0x20 <= o <= 0xD7FF or 0xE000 <= o <= 0xFFFD
            or 0x10000 <= o <= 0x10FFFF)


xml_text = st.text(alphabet=st.characters(codec="utf-8").filter(xml_char_ok), max_size=60)
HOSTILE = ["</ServiceName><Evil>x</Evil><ServiceName>", "<![CDATA[", "]]>", "&amp;", "&",
           "&#0;", "&#x1F;", "<?xml version='1.0'?>", "<!-- -->", "<!DOCTYPE x [<!ENTITY e 'x'>]>",
           "\r\n", "\r", "'\"", "<Label>", "/>", "\x85\u2028\u2029"]
hostile_text = st.one_of(
    xml_text,
    st.lists(st.one_of(st.sampled_from(HOSTILE), xml_text), min_size=1, max_size=6).map("".join))

# Every model with both a writer and a reader, and its string fields.
ROUND_TRIP = []
for _name in gm.__all__:
    _cls = getattr(gm, _name)
    if not attrs.has(_cls):
        continue  # a list class (a wrapper of the API)
    _w, _r = getattr(gx, f"write_{_name}", None), getattr(gx, f"read_{_name}", None)
    _fields = [f.name for f in attrs.fields(_cls) if f.type in ("str | None", "str")]
    if _w and _r and _fields:
        ROUND_TRIP.append((_name, _cls, _w, _r, _fields))
assert len(ROUND_TRIP) > 50


_SHAPES = __import__("asm_sdk_codegen.spec", fromlist=["load_spec"]).load_spec(
    __import__("pathlib").Path(__file__).resolve().parent.parent / "spec").shapes


def tags(xml: str) -> list[str]:
    return [el.tag for el in ET.fromstring(xml).iter()]


# --- serialisation ----------------------------------------------------------------------

@record_case("any XML-1.0 text in CreateHostedService", "writer -> XML -> reader gives it back",
             group="properties")
@settings(max_examples=400, deadline=None)
@given(s=xml_text, k=xml_text, v=xml_text)
@example(s="\r\n\r", k="", v=" ")
@example(s="]]>&<", k="&amp;", v="<x/>")
def test_create_hosted_service_round_trip(s, k, v):
    obj = gm.CreateHostedService(service_name=s, label=s, description=s, location=s,
                                 affinity_group=s, extended_properties={k: v})
    body = gx.to_xml(gx.write_CreateHostedService, obj, "CreateHostedService")
    back = gx.read_CreateHostedService(ET.fromstring(body))
    assert (back.service_name, back.label, back.description, back.location,
            back.affinity_group) == (s, s, s, s, s)
    assert back.extended_properties == {k: v}


@record_case("any XML-1.0 text in any string field of any model",
             "writer -> XML -> reader gives it back", group="properties")
@settings(max_examples=600, deadline=None)
@given(case=st.sampled_from(ROUND_TRIP), s=xml_text)
def test_every_model_string_field_round_trips(case, s):
    name, cls, write, read, fields = case
    obj = cls(**{f: s for f in fields})
    shape = _SHAPES[name]
    back = read(ET.fromstring(gx.to_xml(write, obj, name, shape.ns,
                                        getattr(gx, f"attrs_{name}", None))))
    # An empty element reads as an absent one: '' for most text, None or a default where
    # the predecessor's fresh instance held that (py:absent, default= in the spec).
    absent = read(gx.NO_CHILDREN)
    assert {f: getattr(back, f) for f in fields} == {f: s or getattr(absent, f) for f in fields}


@record_case("hostile text (markup, entities, CDATA ends) in body values",
             "same elements, same tags, in the same order as a benign value", group="properties")
@settings(max_examples=400, deadline=None)
@given(s=hostile_text)
def test_hostile_values_cannot_change_the_xml_structure(s):
    def body(value):
        return gx.to_xml(gx.write_CreateHostedService, gm.CreateHostedService(
            service_name=value, label=value, description=value, location=value,
            extended_properties={value: value}), "CreateHostedService")
    hostile, benign = body(s), body("x")
    assert tags(hostile) == tags(benign)
    back = gx.read_CreateHostedService(ET.fromstring(hostile))
    assert back.service_name == s and back.description == s


@record_case("hostile text in a Linux provisioning configuration (password, user, host)",
             "same XML structure; values read back intact", group="properties")
@settings(max_examples=200, deadline=None)
@given(s=hostile_text)
def test_hostile_configuration_set(s):
    def body(value):
        return gx.to_xml(gx.write_ConfigurationSet, gm.LinuxConfigurationSet(
            host_name=value, user_name=value, user_password=value), "ConfigurationSet")
    hostile = body(s)
    assert tags(hostile) == tags(body("x"))
    back = gx.read_ConfigurationSet(ET.fromstring(hostile))
    assert (back.host_name, back.user_name, back.user_password) == (s, s, s)


@record_case("text XML 1.0 cannot carry", "ValueError from the writer, nothing produced",
             group="properties")
@settings(max_examples=200, deadline=None)
@given(prefix=xml_text, bad=st.one_of(st.integers(0, 8), st.sampled_from([0xB, 0xC, 0xFFFE, 0xFFFF]),
                                      st.integers(0xE, 0x1F), st.integers(0xD800, 0xDFFF)).map(chr))
def test_unrepresentable_text_is_rejected(prefix, bad):
    with pytest.raises(ValueError):
        gx.to_xml(gx.write_CreateHostedService,
                  gm.CreateHostedService(service_name=prefix + bad), "CreateHostedService")


# --- URIs -------------------------------------------------------------------------------

SEGMENT = re.compile(r"^(?:[A-Za-z0-9\-._~]|%[0-9A-F]{2})*$")


@record_case("any value in a URI path segment",
             "path_value yields one opaque segment (no '/', '?', '#') that decodes back",
             group="properties")
@settings(max_examples=500, deadline=None)
@given(value=st.one_of(st.text(min_size=1), st.sampled_from(["a/b", "?x=1", "#f", "a b", "../x"]),
                       st.integers()))
def test_path_value_is_one_opaque_segment(value):  # "" is refused: see test_runtime
    out = path_value(value, "name")
    assert SEGMENT.match(out)
    assert not set(out) & set("/?#& \r\n\t")
    if isinstance(value, str) and not re.search("[\ud800-\udfff]", value):
        assert unquote(out, errors="strict") == value


@record_case("'.' or '..' as a resource name",
             "path_value never yields a dot segment (a server would resolve it)",
             group="properties")
@pytest.mark.parametrize("value", [".", ".."])
def test_path_value_never_yields_a_dot_segment(value):
    try:
        out = path_value(value, "service_name")
    except ValueError as exc:
        assert "service_name" in str(exc)
        return
    assert out not in (".", "..")
    assert unquote(out) == value


@record_case("any value in a query parameter", "query_value cannot add parameters",
             group="properties")
@settings(max_examples=300, deadline=None)
@given(value=st.one_of(st.text(), st.booleans(), st.integers()))
def test_query_value_cannot_add_parameters(value):
    out = query_value(value)
    assert not set(out) & set("&=#?/ \r\n")


@record_case("any service name through the wire",
             "the server's request line addresses exactly that resource", group="properties")
def test_request_line_through_the_fault_server(fault_certs):
    from generated import RetryPolicy, ServiceManagementService

    prefix = f"/{SUB}/services/storageservices/"
    with FaultServer(fault_certs) as srv:
        srv.route("GET", prefix + "*", reply(200, doc("StorageService", "<Url>u</Url>")))
        sms = ServiceManagementService(SUB, fault_certs.client, host=srv.host,
                                       ca_file=fault_certs.ca, timeout=2,
                                       retry=RetryPolicy(max_attempts=1))

        @settings(max_examples=150, deadline=None,
                  suppress_health_check=[HealthCheck.function_scoped_fixture])
        @given(name=st.text(min_size=1, max_size=30))
        def check(name):
            assume(name not in (".", ".."))      # covered by the dot-segment test
            assume(not re.search("[\ud800-\udfff]", name))
            before = srv.total
            assert sms.get_storage_account_properties(name).url == "u"
            req = srv.seen()[before]
            method, target, version = req.request_line.split(" ")
            assert (method, version) == ("GET", "HTTP/1.1")
            assert target.startswith(prefix) and "?" not in target and "#" not in target
            segment = target[len(prefix):]
            assert "/" not in segment and unquote(segment) == name

        check()
        sms.close()
        assert srv.handshakes == 1   # one kept-alive connection for every example


# --- parsing what comes back --------------------------------------------------------------

@pytest.fixture(scope="module")
def offline_client(tmp_path_factory):
    from generated import ServiceManagementService
    from tests.conftest import make_cert_pem

    cert = make_cert_pem(tmp_path_factory.mktemp("offline") / "c.pem")
    sms = ServiceManagementService(SUB, str(cert))
    yield sms
    sms.close()


@record_case("arbitrary text in typed fields of a 2xx body (numbers, booleans, dates)",
             "parsed value or AzureMalformedResponseError with status and request id, "
             "never a bare ValueError", group="properties")
@settings(max_examples=300, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(value=st.text(alphabet=st.characters(codec="utf-8").filter(xml_char_ok), max_size=12))
@example(value="abc")
@example(value="1.5")
def test_typed_fields_never_escape_as_bare_errors(offline_client, value):
    from xml.sax.saxutils import escape

    body = operation_xml("op", "Succeeded").replace(
        "<Status>", f"<HttpStatusCode>{escape(value)}</HttpStatusCode><Status>").encode()
    offline_client._transport.send_once = lambda request: Response(
        200, {"x-ms-request-id": "rid-typed"}, body)
    try:
        op = offline_client.get_operation_status("op")
    except AzureMalformedResponseError as exc:
        assert (exc.status, exc.request_id) == (200, "rid-typed")
    else:
        assert op.http_status_code is None or isinstance(op.http_status_code, int)
