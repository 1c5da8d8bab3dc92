"""Every XML body in the real recordings is covered by the spec.

- each 2xx management response body (Atom entries: their content) of every cassette, the
  sibling services included, validates against the spec's XSD (global element of
  the same name as its root);
- parsing it with the generated reader and writing it back yields the same text-bearing
  elements: nothing Azure sent is silently dropped;
- each recorded request body validates against some request type of the spec.
"""

from __future__ import annotations

import collections
import xml.etree.ElementTree as ET
from pathlib import Path

import attrs
import pytest

from asm_sdk_codegen.spec import load_schema, load_spec
from tests.replay import RECORDINGS, is_management, load_interactions, request_body, \
    response_body

ROOT = Path(__file__).resolve().parent.parent
SPEC = load_spec(ROOT / "spec")
SCHEMA = load_schema(ROOT / "spec" / "schemas" / "servicemanagement.xsd")
# Every cassette: ServiceManagementService and the four sibling services.
CASSETTES = sorted(p.stem for p in RECORDINGS.glob("*.yaml")) if RECORDINGS.is_dir() else []
ATOM = "{http://www.w3.org/2005/Atom}"


def _xml_bodies(name: str, which: str):
    for i, it in enumerate(load_interactions(name)):
        if not is_management(it):
            continue
        if which == "response":
            if not 200 <= it["response"]["status"]["code"] < 300:
                continue
            body = response_body(it)
        else:
            body = request_body(it)
        if not body.strip().startswith(b"<"):
            continue  # JSON (Scheduler jobs) and empty bodies
        root = ET.fromstring(body)
        if root.tag in (f"{ATOM}entry", f"{ATOM}feed"):
            # Atom envelopes: each entry's content document is what the spec describes.
            entries = [root] if root.tag == f"{ATOM}entry" else root.findall(f"{ATOM}entry")
            for n, entry in enumerate(entries):
                content = entry.find(f"{ATOM}content")
                if content is not None and len(content):
                    yield f"{i}.{n}", ET.tostring(content[0]), content[0]
        elif root.tag == "{http://schemas.microsoft.com/2003/10/Serialization/}string":
            continue  # a bare serialized string (replicate_vm_image's answer)
        else:
            yield i, body, root


def _leaf_paths(el: ET.Element, prefix: str = "") -> collections.Counter:
    paths: collections.Counter = collections.Counter()
    for key, value in el.attrib.items():
        if value.strip() and not key.startswith("{http://www.w3.org/2001/XMLSchema-instance}"):
            paths[f"{prefix}/@{key}"] += 1
    if not len(el) and el.text and el.text.strip() and prefix == "":
        paths["/text()"] += 1  # simple content of the root itself
    for child in el:
        path = f"{prefix}/{child.tag.split('}')[-1]}"
        if len(child) or child.attrib:
            paths += _leaf_paths(child, path)
        if not len(child) and child.text and child.text.strip():
            paths[path] += 1
    return paths


def _split(tag: str) -> tuple[str, str]:
    return (tag[1:].split("}")[0], tag.split("}")[1]) if tag.startswith("{") else ("", tag)


def _rewrite(root: ET.Element) -> ET.Element:
    """Parse with the generated reader and serialise again with the generated writer."""
    from generated import _xml as x

    ns, name = _split(root.tag)
    type_name = SCHEMA.maps.elements[root.tag].type.local_name
    shape = SPEC.shapes[type_name]
    parsed = getattr(x, f"read_{type_name}")(root)
    if shape.is_list:
        item = shape.list_item
        if shape.map_tags:
            k, v = shape.map_tags
            inner = "".join(f"<{item.tag}><{k}>{x.text(a)}</{k}><{v}>{x.text(b)}</{v}></{item.tag}>"
                            for a, b in parsed.items())
        else:
            out: list[str] = []
            for obj in parsed:
                out.append(f"<{item.tag}>")
                getattr(x, f"write_{item.struct}")(obj, out)
                out.append(f"</{item.tag}>")
            inner = "".join(out)
        text = f"<{name} xmlns=\"{ns}\">{inner}</{name}>"
    else:
        text = x.to_xml(getattr(x, f"write_{type_name}"), parsed, name, ns,
                        getattr(x, f"attrs_{type_name}", None))
    return ET.fromstring(text)


def _cases(which: str) -> list:
    return [pytest.param(c, i, body, id=f"{c.split('.', 1)[1]}#{i}")
            for c in CASSETTES for i, body, _ in _xml_bodies(c, which)]


@pytest.mark.parametrize("cassette,index,body", _cases("response"))
def test_response_body_validates_and_loses_nothing(cassette, index, body):
    root = ET.fromstring(body)
    ns, name = _split(root.tag)
    element = SCHEMA.maps.elements.get(root.tag)
    assert element is not None, f"no global element {root.tag} in the spec"
    errors = list(element.iter_errors(root, namespaces={"": ns}))  # i:type="..." QNames
    assert not errors, f"<{name}> does not validate: {errors[0]}"
    before, after = _leaf_paths(root), _leaf_paths(_rewrite(root))
    missing = before - after
    assert not missing, f"<{name}>: parsed model dropped {dict(missing)}"


def _parsed(body: bytes):
    from generated import _xml as x
    root = ET.fromstring(body)
    type_name = SCHEMA.maps.elements[root.tag].type.local_name
    return root, getattr(x, f"read_{type_name}")(root)


def _timestamps(root: ET.Element) -> list[str]:
    return [el.text.strip() for el in root.iter()
            if el.text and len(el.text) > 18 and el.text[4:5] == "-" and el.text[10:11] == "T"
            and not len(el)]


@pytest.mark.parametrize("cassette,index,body", _cases("response"))
def test_parsed_response_dumps_with_json_over_vars(cassette, index, body):
    """A predecessor script's `json.dumps(vars(result), default=vars)`, exactly: every value
    in a model is JSON itself or has a `__dict__` (models, list wrappers)."""
    import json

    root, parsed = _parsed(body)
    text = json.dumps(parsed if isinstance(parsed, (list, dict)) else vars(parsed),
                      default=vars)
    for stamp in _timestamps(root):   # timestamps go out as the text Azure sent
        assert json.dumps(stamp) in text


def to_dict(o):
    """The recursive walk of issue 14 that scripts dump models with."""
    return {k: to_dict(v) if hasattr(v, "__dict__") else v for k, v in vars(o).items()}


def _check_walked(obj, walked: dict, where: str) -> None:
    """What the walk made of `obj`: a model's fields, a list wrapper's items under the
    predecessor's attribute (as its wrapper object held them), values kept as they are."""
    for key, value in vars(obj).items():
        here = f"{where}.{key}"
        out = walked[key]
        if hasattr(value, "__dict__"):
            if isinstance(value, list):   # a list wrapper: {items attribute: [items]}
                [(alias, items)] = out.items()
                assert getattr(value, alias) is value, here
                assert items == list(value) and type(items) is list, here
                for n, item in enumerate(value):
                    if attrs.has(type(item)):
                        _check_walked(item, to_dict(item), f"{here}[{n}]")
            else:
                assert attrs.has(type(value)), f"{here}: {type(value).__name__} was walked into"
                _check_walked(value, out, here)
        else:
            assert out is value, here
            assert value is None or isinstance(value, (str, int, float, list, dict)), here
            for n, item in enumerate(value if isinstance(value, list) else []):
                if attrs.has(type(item)):
                    _check_walked(item, to_dict(item), f"{here}[{n}]")


@pytest.mark.parametrize("cassette,index,body", _cases("response"))
def test_parsed_response_survives_a_vars_walk(cassette, index, body):
    """Timestamps, numbers, text come out of the walk as values (none has a `__dict__`
    to be emptied into `{}`), models as dicts, list wrappers as their items."""
    import json

    root, parsed = _parsed(body)
    items = parsed if isinstance(parsed, list) else [] if isinstance(parsed, dict) else [parsed]
    models = [item for item in items if attrs.has(type(item))]
    dumped = []
    for n, item in enumerate(models):
        walked = to_dict(item)
        _check_walked(item, walked, f"{type(item).__name__}[{n}]")
        dumped.append(json.dumps(walked, default=vars))
    if models:
        text = "".join(dumped)
        for stamp in _timestamps(root):
            assert json.dumps(stamp) in text


def test_recordings_present(recordings_dir):
    assert len(CASSETTES) == 130


REQUEST_TYPES = sorted({op.request_type for svc in SPEC.services.values()
                        for op in svc.operations if op.request_type})


@pytest.mark.parametrize("cassette,index,body", _cases("request"))
def test_request_body_matches_a_request_type(cassette, index, body):
    root = ET.fromstring(body)
    ns, name = _split(root.tag)
    types = sorted({op.request_type for svc in SPEC.services.values() for op in svc.operations
                    if op.request_root == name and SPEC.shapes[op.request_type].ns == ns})
    assert types, f"no operation sends a <{name}> body"
    qualified = [(f"{{{ns}}}{t}" if ns else t) for t in types]
    valid = [t for t in qualified if SCHEMA.maps.types[t].is_valid(root)]
    assert valid, (f"<{name}> matches none of {types}: "
                   f"{next(iter(SCHEMA.maps.types[qualified[0]].iter_errors(root)))}")
