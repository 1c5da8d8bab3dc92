"""The endpoint's compiled request validation is exactly as strict as xmlschema on the XSDs.

The local endpoint validated request bodies with xmlschema until it loaded the grammar
compiled at `make generate` (emulator/_compiled.py, checked by emulator/validation.py).  Here
both judge the same documents and must give the same verdict, accept or reject:

- every request body the SDK can produce: the recorded ones (../shared/asm-recordings), and
  for every request type the generated writer's output of a fresh model and of a model with
  every field filled (the bodies the test suite sends to the endpoint are compared as they
  are sent: tests/conftest.py runs xmlschema beside the endpoint's validator all session);
- systematic mutations of them: for each complex type of the grammar, on its instances in
  those bodies, each element it holds once per kind (element removed, duplicated, swapped
  with its next sibling, wrong text for its type, unknown element, wrong namespace, no
  namespace, unknown attribute, xsi:nil true / false / not a boolean, text among child
  elements, a child inside a leaf) and the instance itself (unknown attributes, xsi
  attributes, text, unknown children), judged against the type;
- every XSD builtin and simple type of the grammar on a corpus of tricky values (white
  space, signs, bounds, exponents, leap days, 24:00:00, time zones, base64 padding, ...).

One difference is deliberate and tested on its own: `xsi:type` is refused.
"""

from __future__ import annotations

import copy
import datetime
import functools
import random
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from asm_sdk_emulator import endpoint_spec
from asm_sdk_emulator.validation import BUILTINS, XSI, Grammar, Invalid
from tests.replay import RECORDINGS, is_management, load_interactions, request_body

ROOT = Path(__file__).resolve().parent.parent
ATOM = "{http://www.w3.org/2005/Atom}"
COMPILED = endpoint_spec.load()
GRAMMAR = COMPILED.grammar
XS = "{http://www.w3.org/2001/XMLSchema}"
REQUEST_TYPES = sorted({op.request_type for op in COMPILED.operations
                        if op.request_type and op.format == "xml"})


@pytest.fixture(scope="module")
def schema():
    from asm_sdk_codegen.spec import load_schema
    return load_schema(ROOT / "spec" / "schemas" / "servicemanagement.xsd")


def _qualified(type_name: str) -> str:
    ns = GRAMMAR.types[type_name].ns if type_name in GRAMMAR.types else ""
    return f"{{{ns}}}{type_name}" if ns else type_name


def xsd_valid(schema, elem: ET.Element, type_name: str) -> bool:
    """xmlschema's verdict, as the endpoint used it (an exception was a 500: a rejection)."""
    try:
        return schema.maps.types[_qualified(type_name)].is_valid(elem)
    except Exception:
        return False


# The validator itself (tests/conftest.py wraps it, to compare every body the suite sends).
_check = getattr(Grammar.check, "__wrapped__", Grammar.check)


def compiled_valid(elem: ET.Element, type_name: str) -> bool:
    try:
        _check(GRAMMAR, elem, type_name)
    except Invalid:
        return False
    return True


def same_verdict(schema, elem: ET.Element, type_name: str, what: str) -> str | None:
    """None when both agree, else a description of the disagreement."""
    theirs, ours = xsd_valid(schema, elem, type_name), compiled_valid(elem, type_name)
    if theirs == ours:
        return None
    why = ""
    if not ours:
        try:
            _check(GRAMMAR, elem, type_name)
        except Invalid as exc:
            why = f" ({exc})"
    return (f"{type_name} {what}: xmlschema {'accepts' if theirs else 'rejects'}, compiled "
            f"{'accepts' if ours else 'rejects'}{why}: {ET.tostring(elem)[:300]!r}")


# --- the bodies the SDK sends ----------------------------------------------------------------

def _recorded() -> dict[str, list[ET.Element]]:
    """Request type -> recorded request documents of that root (Atom entries: their content)."""
    by_root: dict[tuple[str, str], set[str]] = {}
    for op in COMPILED.operations:
        if op.request_type and op.format == "xml":
            by_root.setdefault((COMPILED.shape_ns[op.request_type], op.request_root),
                               set()).add(op.request_type)
    out: dict[str, list[ET.Element]] = {}
    if not RECORDINGS.is_dir():
        return out
    for path in sorted(RECORDINGS.glob("*.yaml")):
        for it in load_interactions(path.stem):
            body = request_body(it) if is_management(it) else b""
            if not body.strip().startswith(b"<"):
                continue
            doc = ET.fromstring(body)
            if doc.tag == f"{ATOM}entry":
                doc = doc.find(f"{ATOM}content")[0]
            ns, _, name = doc.tag[1:].partition("}") if doc.tag.startswith("{") else ("", "", doc.tag)
            for type_name in sorted(by_root.get((ns, name), ())):
                out.setdefault(type_name, []).append(doc)
    return out


RECORDED = _recorded()
_SAMPLE = {"str": "text", "b64": "text", "int": 7, "bool": True, "float": 1.5,
           "datetime": datetime.datetime(2015, 6, 1, 12, 30, tzinfo=datetime.timezone.utc)}


@functools.cache
def _spec():
    from asm_sdk_codegen.spec import load_spec
    return load_spec(ROOT / "spec")


def _filled(spec, models, shape_name: str, depth: int = 0):
    """A model of `shape_name` with every field set (nested shapes too, lists of one)."""
    shape = spec.shapes[shape_name]
    if shape.is_list:                       # a list class: its items
        item = shape.list_item
        return getattr(models, shape_name)([
            _filled(spec, models, item.struct, depth + 1) if item.item_kind == "struct"
            else _SAMPLE[item.item_kind]])
    obj = getattr(models, shape_name)()
    for f in shape.fields:
        if f.fixed is not None:
            continue
        if f.kind == "struct":
            value = _filled(spec, models, f.struct, depth + 1) if depth < 8 else None
        elif f.kind == "map":
            value = {"key": "value"}
        elif f.kind == "list":
            item = (_filled(spec, models, f.struct, depth + 1) if f.item_kind == "struct"
                    else _SAMPLE[f.item_kind])
            value = [item] if depth < 8 else []
        else:
            value = _SAMPLE[f.kind]
        setattr(obj, f.attr, value)
    return obj


def sdk_bodies(type_name: str) -> list[ET.Element]:
    """What the generated writer makes of a fresh and of a filled `type_name` model (new
    elements at each call: callers change them)."""
    return [ET.fromstring(text) for text in _sdk_texts(type_name)]


@functools.cache
def _sdk_texts(type_name: str) -> list[str]:
    import generated._xml as x
    import generated.models as models
    spec = _spec()
    op = next(op for op in COMPILED.operations if op.request_type == type_name)
    ns = COMPILED.shape_ns[type_name]
    out = []
    for value in (getattr(models, type_name)(), _filled(spec, models, type_name)):
        out.append(x.to_xml(getattr(x, f"write_{type_name}"), value, op.request_root, ns,
                            attrs=getattr(x, f"attrs_{type_name}", None)))
    return out


# --- mutations -------------------------------------------------------------------------------

# Wrong text for a leaf: empty (a default or fixed value stands in), not a number, a
# number with white space around it, a date.  Each builtin's lexical rules are compared
# value by value in test_same_verdict_on_leaf_values.
WRONG_TEXT = ["", "x", " 1 ", "2015-01-01T00:00:00Z"]
OTHER_NS = "urn:not-the-service"


def _placed(elem: ET.Element, type_name: str):
    """(element, its complex type) for `elem` and every element below it that the grammar
    places; an element it does not place ends the walk there."""
    yield elem, type_name
    decls = {d.tag: d for d in GRAMMAR.types[type_name].elements}
    for child in elem:
        decl = decls.get(child.tag)
        if decl is not None and decl.type in GRAMMAR.types:
            yield from _placed(child, decl.type)


@pytest.fixture(scope="module")
def instances() -> dict[str, list[ET.Element]]:
    """Complex type -> instances of it in the bodies the SDK sends (recorded, and the
    writer's fresh and filled models of every request type): the largest one, and a
    recorded one where there is one."""
    found: dict[str, list[tuple[bool, ET.Element]]] = {}
    for type_name in REQUEST_TYPES:
        docs = [(True, d) for d in RECORDED.get(type_name, [])]
        docs += [(False, d) for d in sdk_bodies(type_name)]
        for recorded, doc in docs:
            for elem, t in _placed(doc, type_name):
                found.setdefault(t, []).append((recorded, elem))
    out = {}
    for t, elems in found.items():
        largest = max(elems, key=lambda re: len(list(re[1].iter())))[1]
        real = next((e for recorded, e in elems if recorded and e is not largest), None)
        out[t] = [largest] + ([real] if real is not None else [])
    return out


def _swap(parent: ET.Element, i: int) -> None:
    if i + 1 < len(parent):
        parent[i], parent[i + 1] = parent[i + 1], parent[i]


def _nil_emptied(parent: ET.Element, i: int) -> None:
    child = parent[i]
    child.set(f"{XSI}nil", " true ")
    child.text = None
    for grandchild in list(child):
        child.remove(grandchild)


ROOT_MUTATIONS = [
    ("unknown attribute", lambda e: e.set("extra", "1")),
    ("xsi:nil", lambda e: e.set(f"{XSI}nil", "true")),
    ("xsi:schemaLocation", lambda e: e.set(f"{XSI}schemaLocation", "a b")),
    ("unknown xsi attribute", lambda e: e.set(f"{XSI}other", "1")),
    ("leading text", lambda e: setattr(e, "text", "text")),
    ("unknown first child", lambda e: e.insert(0, ET.Element(f"{{{OTHER_NS}}}X"))),
    ("unknown last child", lambda e: e.append(ET.Element("Unknown"))),
]


def _child_mutations(ns: str, local: str, leaf: bool):
    kinds = [
        ("removed", lambda p, i: p.remove(p[i])),
        ("duplicated", lambda p, i: p.insert(i + 1, copy.deepcopy(p[i]))),
        ("swapped with the next", _swap),
        ("unknown sibling after", lambda p, i: p.insert(i + 1, ET.Element(f"{{{ns}}}Unknown"))),
        ("other namespace", lambda p, i: setattr(p[i], "tag", f"{{{OTHER_NS}}}{local}")),
        ("no namespace", lambda p, i: setattr(p[i], "tag", local)),
        ("unknown attribute", lambda p, i: p[i].set("extra", "1")),
        ("xsi:nil true", lambda p, i: p[i].set(f"{XSI}nil", "true")),
        ("xsi:nil true, emptied", _nil_emptied),
        ("xsi:nil false", lambda p, i: p[i].set(f"{XSI}nil", "0")),
        ("xsi:nil not boolean", lambda p, i: p[i].set(f"{XSI}nil", "yes")),
        ("tail text", lambda p, i: setattr(p[i], "tail", "text")),
        ("child element", lambda p, i: p[i].append(ET.Element(p[i].tag))),
    ]
    if leaf:
        kinds += [(f"text {t!r}", lambda p, i, t=t: setattr(p[i], "text", t))
                  for t in WRONG_TEXT]
    else:
        kinds.append(("text among children", lambda p, i: setattr(p[i], "text", "text")))
    return kinds


def _mutants(sample: ET.Element, seen: set):
    """(description, mutated copy of `sample`) for each mutation kind once per element of
    its type (`seen` holds the (element, kind) pairs done)."""
    for kind, change in ROOT_MUTATIONS:
        if ("", kind) not in seen:
            seen.add(("", kind))
            mutant = copy.deepcopy(sample)
            change(mutant)
            yield kind, mutant
    for i, child in enumerate(sample):
        ns, _, local = child.tag[1:].partition("}") if child.tag.startswith("{") else ("", "", child.tag)
        for kind, change in _child_mutations(ns, local, leaf=len(child) == 0):
            if (child.tag, kind) not in seen:
                seen.add((child.tag, kind))
                mutant = copy.deepcopy(sample)
                change(mutant, i)
                yield f"<{local}> {kind}", mutant


@pytest.mark.parametrize("type_name", REQUEST_TYPES)
def test_same_verdict_on_every_body_the_sdk_sends(schema, type_name):
    docs = RECORDED.get(type_name, []) + sdk_bodies(type_name)
    problems = [p for n, doc in enumerate(docs)
                if (p := same_verdict(schema, doc, type_name, f"body #{n}"))]
    assert not problems, "\n".join(problems[:8])


@pytest.mark.parametrize("type_name", sorted(GRAMMAR.types))
def test_same_verdict_on_mutations(schema, instances, type_name):
    """Each complex type of the grammar, on its instances in the bodies the SDK sends:
    every kind of mutation once per element it holds (and of the instance itself), judged
    against the type by both validators."""
    samples = instances.get(type_name)
    assert samples, f"no body the SDK sends holds a {type_name}"
    problems, seen, checked, accepted = [], set(), 0, 0
    for sample in samples:
        for what, mutant in [("as sent", sample), *_mutants(sample, seen)]:
            checked += 1
            accepted += compiled_valid(mutant, type_name)
            problem = same_verdict(schema, mutant, type_name, what)
            if problem:
                problems.append(problem)
    assert 0 < checked - accepted      # mutations were rejected: the comparison bites
    assert not problems, f"{len(problems)} of {checked} differ:\n" + "\n".join(problems[:8])


def test_every_recorded_request_body_is_accepted(schema):
    """The recordings are what the service took: both validators accept a type for each."""
    assert RECORDINGS.is_dir() or pytest.skip("recordings not available")
    assert sum(map(len, RECORDED.values())) >= 180
    for type_name, docs in RECORDED.items():
        for doc in docs:
            if compiled_valid(doc, type_name):
                assert xsd_valid(schema, doc, type_name)


def test_xsi_type_is_refused():
    """xmlschema could not resolve a QName without the document's prefixes (the endpoint
    answered 500); `{uri}name` resolved, though it is no QName.  Both are refused now."""
    doc = sdk_bodies("CreateAffinityGroup")[1]
    for value in ("xs:string", "string", f"{XS}string"):
        mutant = copy.deepcopy(doc)
        mutant[0].set(f"{XSI}type", value)
        with pytest.raises(Invalid, match="xsi:type"):
            _check(GRAMMAR, mutant, "CreateAffinityGroup")


# --- leaf values ------------------------------------------------------------------------------

VALUES = [
    "", " ", "\t", "\n", "\u00a0", "\u2003", "0", "1", "-0", "+0", "+1", "-1", "007", " 42 ",
    "4\n2", "1_000", "1 000", "\u0661\u0662", "1.0", "1.", ".5", "-.5", "+.5", ".", "1e3",
    "1E-3", "1e", "e3", "1e+3", "INF", "-INF", "+INF", "inf", "NaN", "nan", "Infinity",
    "2147483647", "2147483648", "-2147483648", "-2147483649", "9223372036854775807",
    "9223372036854775808", "-9223372036854775809", "18446744073709551615",
    "18446744073709551616", "32767", "32768", "127", "128", "255", "256", "65535", "65536",
    "4294967295", "4294967296", "true", "false", "True", "FALSE", " true ", "true\n", "yes",
    "2015-01-02T03:04:05Z", "2015-01-02T03:04:05", " 2015-01-02T03:04:05Z\n",
    "2015-01-02T03:04:05.123456789+01:00", "2015-01-02T03:04:05.1-00:00",
    "2015-02-29T00:00:00Z", "2016-02-29T00:00:00Z", "1900-02-29T00:00:00Z",
    "2000-02-29T00:00:00Z", "0000-01-01T00:00:00Z", "-0001-01-01T00:00:00Z",
    "-0004-02-29T00:00:00Z", "-0005-02-29T00:00:00Z", "10000-01-01T00:00:00Z",
    "01000-01-01T00:00:00Z", "2015-01-01T24:00:00Z", "2015-01-01T24:00:01Z",
    "9999-12-31T24:00:00Z", "2015-12-31T24:00:00+14:00", "2015-01-01T23:59:60Z",
    "2015-01-01T00:00:00+14:00", "2015-01-01T00:00:00+14:01", "2015-01-01T00:00:00-13:59",
    "2015-01-01T00:00:00+1:00", "2015-1-01T00:00:00Z", "2015-01-01 00:00:00Z",
    "2015-01-01T00:00Z", "2015-01-01T00:00:00.Z", "2015-13-01T00:00:00Z",
    "2015-04-31T00:00:00Z", "99999999999-01-01T00:00:00Z", "2015-01-01", "AA==", "AAA=",
    "AAAA", "A", "AB=", "A B C D", "AAAA====", "AA=A", "QUJD", "Q U J D", "QUJ D", "QUJ=",
    "QUI=", "QR==", "http://x/y", "a b", "%zz", ":x", "#a#b", "http://x:port/",
]


def _fuzz(n: int, seed: int) -> list[str]:
    """`n` random strings over the characters the builtins' lexical forms are made of."""
    rng = random.Random(seed)
    alphabet = "0123456789+-.eEINFaTZ:= /AQw\t\n"
    return ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 14))) for _ in range(n)]


SIMPLE_TYPES = sorted(set(BUILTINS) | set(GRAMMAR.simple))


@pytest.mark.parametrize("type_name", SIMPLE_TYPES)
def test_same_verdict_on_leaf_values(schema, type_name):
    if type_name.startswith("xs:"):
        theirs = schema.maps.types[XS + type_name[3:]]
    else:
        qualified = next(q for q in schema.maps.types if q.rpartition("}")[2] == type_name)
        theirs = schema.maps.types[qualified]
    ours = GRAMMAR.simple[type_name]
    values = VALUES + _fuzz(400, seed=len(type_name))
    problems, accepted = [], 0
    for value in values:
        try:
            their_ok = theirs.is_valid(value)
        except Exception:
            their_ok = False
        try:
            ours.value(value)
            our_ok = True
        except ValueError:
            our_ok = False
        accepted += our_ok
        if their_ok != our_ok:
            problems.append(f"{value!r}: xmlschema {their_ok}, compiled {our_ok}")
    assert accepted, "no value accepted: the corpus does not exercise this type"
    assert not problems, f"{type_name}: {len(problems)} differ: " + "; ".join(problems[:10])


def test_compiled_spec_matches_the_spec():
    """The committed module is what the compiler makes of spec/ now (`make check` too)."""
    from asm_sdk_codegen.endpoint import OUT, compile_dir, render
    assert OUT.read_text(encoding="utf-8") == render(compile_dir(ROOT / "spec"))


def test_the_endpoint_starts_without_parsing_the_xsds(tmp_path):
    """A start loads the compiled spec: neither xmlschema nor the code generator, nor
    `cryptography` when the certificates are reused."""
    import json
    import subprocess
    import sys
    code = ("import json, sys\n"
            "from asm_sdk_emulator import Emulator\n"
            f"Emulator(state_dir={str(tmp_path)!r}).start().stop()\n"
            "print(json.dumps(sorted(m for m in sys.modules if m.split('.')[0] in\n"
            "    ('xmlschema', 'elementpath', 'asm_sdk_codegen', 'cryptography'))))\n")
    first = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                           timeout=120, cwd=tmp_path)       # makes the certificates
    assert first.returncode == 0, first.stderr
    assert "cryptography" in first.stdout
    run = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                         timeout=120, cwd=tmp_path)
    assert run.returncode == 0, run.stderr
    assert json.loads(run.stdout) == []


def test_a_spec_directory_is_compiled_at_start_up_the_same_way(tmp_path):
    """`--spec DIR` (a spec being edited) compiles DIR when the endpoint starts: the same
    operations and grammar as `make generate` writes for the same spec."""
    from asm_sdk_emulator.app import App
    app = App(spec_dir=ROOT / "spec", operation_delay=0)
    try:
        assert app.spec.operations == COMPILED.operations
        assert app.spec.shape_ns == COMPILED.shape_ns
        doc = sdk_bodies("CreateAffinityGroup")[1]
        app.spec.grammar.check(doc, "CreateAffinityGroup")
        doc.remove(doc[0])
        with pytest.raises(Invalid, match="Name"):
            app.spec.grammar.check(doc, "CreateAffinityGroup")
    finally:
        app.close()
    with pytest.raises(FileNotFoundError, match="no API spec"):
        App(spec_dir=tmp_path)


@pytest.mark.parametrize("kind", ["ec", "rsa", "ed25519"])
def test_a_certificate_public_key_is_read_as_cryptography_reads_it(tmp_path, kind):
    """The endpoint registers its own client certificate at every start; its key is read
    from the DER (no `cryptography` import), with the same bytes as cryptography gives."""
    import datetime as dt

    from cryptography import x509
    from cryptography.hazmat.primitives import hashes, serialization
    from cryptography.hazmat.primitives.asymmetric import ec, ed25519, rsa
    from cryptography.x509.oid import NameOID

    from asm_sdk_emulator.identity import certificate_public_key

    key = {"ec": lambda: ec.generate_private_key(ec.SECP256R1()),
           "rsa": lambda: rsa.generate_private_key(public_exponent=65537, key_size=2048),
           "ed25519": ed25519.Ed25519PrivateKey.generate}[kind]()
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "k")])
    now = dt.datetime.now(dt.timezone.utc)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name)
            .public_key(key.public_key()).serial_number(1).not_valid_before(now)
            .not_valid_after(now + dt.timedelta(days=1))
            .sign(key, None if kind == "ed25519" else hashes.SHA256()))
    public = key.public_key()
    expected = {"ec": (serialization.Encoding.X962,
                       serialization.PublicFormat.UncompressedPoint),
                "rsa": (serialization.Encoding.DER, serialization.PublicFormat.PKCS1),
                "ed25519": (serialization.Encoding.DER,
                            serialization.PublicFormat.SubjectPublicKeyInfo)}[kind]
    der = cert.public_bytes(serialization.Encoding.DER)
    assert certificate_public_key(der) == public.public_bytes(*expected)


def test_deferred_state_is_made_on_first_read():
    from asm_sdk_emulator.store import Deferred, Store
    made = []
    store = Store()
    store.put("thing", "a", Deferred(lambda: made.append(1) or "value"))
    assert made == []
    assert store.get("thing", "a") == "value" and store.values("thing") == ["value"]
    assert made == [1]


def _spec_with(tmp_path, location_type: str, simple_type: str = "") -> Path:
    """A copy of spec/ whose CreateAffinityGroup/Location has `location_type`."""
    import shutil
    spec = tmp_path / "spec"
    shutil.copytree(ROOT / "spec", spec)
    xsd = spec / "schemas" / "affinity_groups.xsd"
    text = xsd.read_text(encoding="utf-8")
    old = '<xs:element name="Location" type="xs:string"/>\n    </xs:sequence>\n  </xs:complexType>'
    assert text.count(old) == 1
    xsd.write_text(text.replace(old, old.replace("xs:string", location_type) + simple_type),
                   encoding="utf-8")
    return spec


def test_an_enumeration_of_a_new_spec_is_enforced_like_xmlschema(tmp_path):
    from asm_sdk_codegen.endpoint import compile_dir
    from asm_sdk_codegen.spec import load_schema
    from asm_sdk_emulator.validation import Grammar
    spec = _spec_with(tmp_path, "Region", """
  <xs:simpleType name="Region">
    <xs:restriction base="xs:token">
      <xs:enumeration value="West US"/>
      <xs:enumeration value="East Asia"/>
    </xs:restriction>
  </xs:simpleType>""")
    data = compile_dir(spec)
    assert data["simple_types"]["Region"] == {
        "base": "xs:token", "facets": [["enumeration", ["West US", "East Asia"]]]}
    grammar = Grammar(data["types"], data["simple_types"], spec)
    theirs = load_schema(spec / "schemas" / "servicemanagement.xsd")   # compile_dir's
    doc = sdk_bodies("CreateAffinityGroup")[1]
    for value in ("West US", "  East   Asia ", "west us", "West", ""):
        doc[-1].text = value
        try:
            grammar.check(doc, "CreateAffinityGroup")
            ours = True
        except Invalid:
            ours = False
        their_type = theirs.maps.types[_qualified("CreateAffinityGroup")]
        assert ours == their_type.is_valid(doc), value
        assert ours == (value.split() in (["West", "US"], ["East", "Asia"]))


@pytest.mark.parametrize("declared", ['xs:int" default="0', 'xs:int" nillable="true',
                                      'xs:dateTime" fixed="2015-01-01T00:00:00Z'])
def test_default_nillable_and_fixed_of_a_new_spec_like_xmlschema(tmp_path, declared):
    """What the request types of today's spec do not use (default=, nillable= on a number,
    fixed= on a date) but a new one may: both validators agree on the edge cases."""
    from asm_sdk_codegen.endpoint import compile_dir
    from asm_sdk_codegen.spec import load_schema
    from asm_sdk_emulator.validation import Grammar
    spec = _spec_with(tmp_path, declared)
    data = compile_dir(spec)
    grammar = Grammar(data["types"], data["simple_types"], spec)
    their_type = load_schema(spec / "schemas" / "servicemanagement.xsd") \
        .maps.types[_qualified("CreateAffinityGroup")]
    doc = sdk_bodies("CreateAffinityGroup")[1]
    verdicts = set()
    for text in (None, "", " ", "x", " 5 ", "2015-01-01T00:00:00Z", "2015-01-01T00:00:00+00:00",
                 " 2015-01-01T00:00:00Z"):
        for nil in (None, "true", "false"):
            mutant = copy.deepcopy(doc)
            mutant[-1].text = text
            if nil is not None:
                mutant[-1].set(f"{XSI}nil", nil)
            try:
                _check(grammar, mutant, "CreateAffinityGroup")
                ours = True
            except Invalid:
                ours = False
            assert ours == their_type.is_valid(mutant), (text, nil)
            verdicts.add(ours)
    assert verdicts == {True, False}


def test_what_the_grammar_cannot_express_fails_the_compile(tmp_path):
    from asm_sdk_codegen.endpoint import compile_dir
    from asm_sdk_codegen.spec import SpecError
    spec = _spec_with(tmp_path, "Digits", """
  <xs:simpleType name="Digits">
    <xs:restriction base="xs:decimal"><xs:totalDigits value="3"/></xs:restriction>
  </xs:simpleType>""")
    with pytest.raises(SpecError, match="totalDigits is not supported"):
        compile_dir(spec)
