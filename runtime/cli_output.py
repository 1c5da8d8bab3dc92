"""What the `asm` command line prints: results as JSON, YAML, tables or TSV.

Every format starts from one JSON-shaped value (`to_json`): every field of a model under
its Python name, timestamps in one ISO 8601 form, bytes in base64.  `--query` (JMESPath,
as in the AWS CLI and azure-cli) selects from that value before it is formatted.  Tables
and TSV show the columns the spec declares for a model (`cli_columns`, flattened through
nested models), or those `--columns` names.  Text from the service reaches a terminal only
with its control characters escaped.  Paged operations (the spec's `paging`) are followed
here, bounded by `--max-items` and resumed with `--starting-token`, in the AWS CLI's way.
"""

from __future__ import annotations

import argparse
import base64
import binascii
import json
import re
import sys
from datetime import datetime, timezone
from typing import Any, Callable, Iterator

from . import cli_help
from .core import AsynchronousOperationResult

FORMATS = ("json", "table", "tsv", "yaml")
# Field metadata from generated/cli.py MODELS: (attribute, XML tag, kind, item kind,
# model, list class).
FieldInfo = tuple[str, str, str, "str | None", "str | None", "str | None"]
Models = dict[str, tuple[FieldInfo, ...]]
# (parameter taking the token, response field holding the next token, response field
# holding the page's items): the spec's `paging` of an operation.
Paging = tuple[str, str, str]
NEXT_TOKEN = "NextToken"     # the AWS CLI's key for "there is more"
_MAX_DEPTH = 4               # how deep default columns follow nested models


class OutputUsageError(ValueError):
    """Output options that cannot apply to this command (exit code 2)."""


# --- options ----------------------------------------------------------------------------

def _names(text: str) -> list[str]:
    names = [part.strip() for part in text.split(",") if part.strip()]
    if not names:
        raise argparse.ArgumentTypeError("expected column names, separated by commas")
    return names


def _positive(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        value = 0
    if value < 1:
        raise argparse.ArgumentTypeError(f"expected a whole number of at least 1, got {text!r}")
    return value


def add_options(group: Any) -> None:
    """--output, --columns and --query, in the output group of every command."""
    s = argparse.SUPPRESS
    group.add_argument("--output", "-o", default=s, choices=FORMATS,
                       help="json (default: every field), yaml, table (one row per item, "
                            "the model's columns) or tsv (the same columns, tab-separated, "
                            "no header)")
    group.add_argument("--columns", default=s, type=_names, metavar="A,B.C",
                       help="table and tsv columns: a column's name or a field path "
                            "(nested: a.b)")
    group.add_argument("--query", default=s, metavar="JMESPATH",
                       help="select from the JSON form of the result before it is printed "
                            "(JMESPath, as in the AWS CLI: 'value[?status==`Created`].name')")


def add_paging_options(group: Any) -> None:
    """--max-items and --starting-token, on the commands of paged operations."""
    group.add_argument("--max-items", type=_positive, default=None, metavar="N",
                       help=f"print at most N items; when more remain, {NEXT_TOKEN} says "
                            "where to go on (in the JSON/YAML output, else on standard error)")
    group.add_argument("--starting-token", default=None, metavar="TOKEN",
                       help=f"go on where a previous --max-items stopped (its {NEXT_TOKEN})")


# --- JSON-shaped values -------------------------------------------------------------------

def iso8601(value: datetime) -> str:
    """The one timestamp form of the output: UTC, `Z`, fractions only when present
    (what Azure sends and what datetime arguments accept)."""
    if value.tzinfo is None:
        value = value.replace(tzinfo=timezone.utc)
    value = value.astimezone(timezone.utc)
    text = value.strftime("%Y-%m-%dT%H:%M:%S")
    if value.microsecond:
        text += f".{value.microsecond:06d}".rstrip("0")
    return text + "Z"


def to_json(value: Any) -> Any:
    """Any result as JSON values: every field of a model (Python names), nested models and
    lists, timestamps in ISO 8601 (`iso8601`), unknown elements as XML text."""
    if value is None or isinstance(value, (bool, int, float)):
        return value
    if isinstance(value, str):
        if type(value) is not str and hasattr(type(value), "datetime"):   # a Timestamp
            when = value.datetime  # type: ignore[attr-defined]
            if when is not None:
                return iso8601(when)
            return str(value) or None          # absent (''), or text that is no timestamp
        return str(value)
    if isinstance(value, datetime):
        return iso8601(value)
    if isinstance(value, (list, tuple)):
        return [to_json(v) for v in value]
    if isinstance(value, dict):
        return {str(k): to_json(v) for k, v in value.items()}
    if isinstance(value, bytes):
        return base64.b64encode(value).decode("ascii")
    fields = getattr(type(value), "__attrs_attrs__", None)
    if fields is not None:
        out = {}
        for f in fields:
            v = getattr(value, f.name)
            if f.name == "unknown_elements":
                if v:
                    out[f.name] = list(v)  # their XML text
                continue
            out[f.name] = to_json(v)
        return out
    if isinstance(value, AsynchronousOperationResult):
        return {"request_id": value.request_id, "status_code": value.status_code}
    if hasattr(value, "tag") and hasattr(value, "attrib"):  # an Element
        import xml.etree.ElementTree as ET
        return ET.tostring(value, encoding="unicode")
    return str(value)


def query(data: Any, expression: str) -> Any:
    """`expression` (JMESPath) applied to JSON-shaped `data`.  jmespath is imported here,
    when --query is given, so other commands do not load it."""
    import jmespath  # type: ignore[import-untyped]  # no stubs; one call, checked here
    from jmespath.exceptions import JMESPathError  # type: ignore[import-untyped]

    try:
        return jmespath.search(expression, data)
    except JMESPathError as exc:
        message = " ".join(str(exc).split())
        raise OutputUsageError(f"argument --query: {message}") from None


# --- terminal safety ----------------------------------------------------------------------

def _control_escapes() -> dict[int, str]:
    table = {c: f"\\x{c:02x}" for c in [*range(0x20), 0x7F, *range(0x80, 0xA0)]}
    # Lines end only where the output says; a bidirectional override could make a cell
    # read as something else.
    for c in (0x2028, 0x2029, 0x200E, 0x200F, *range(0x202A, 0x202F),
              *range(0x2066, 0x206A), 0xFEFF):
        table[c] = f"\\u{c:04x}"
    return table


_ESCAPES = _control_escapes()
_TSV_ESCAPES = {**_ESCAPES, ord("\\"): "\\\\", ord("\t"): "\\t", ord("\n"): "\\n",
                ord("\r"): "\\r"}


def escape_terminal(text: str) -> str:
    """`text` with its control characters (C0, DEL, C1, line separators, bidirectional
    overrides) written as escapes (`\\x1b`): what a service sends can neither move the
    cursor, clear the screen, set the title nor ring the bell."""
    return text.translate(_ESCAPES)


def _text(value: Any) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (dict, list)):
        return json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return str(value)


def _cell(value: Any) -> str:
    """One table cell: whitespace runs as one space, controls escaped."""
    return escape_terminal(" ".join(_text(value).split()))


def _tsv_cell(value: Any) -> str:
    """One TSV field: tab, newline, backslash and controls escaped, so each row is one
    line and each field one column."""
    return _text(value).translate(_TSV_ESCAPES)


# --- columns ------------------------------------------------------------------------------

def _lookup(row: Any, path: str) -> Any:
    for part in path.split("."):
        row = row.get(part) if isinstance(row, dict) else None
    return row


def _flat_paths(row: Any, prefix: str = "", depth: int = 0) -> Iterator[tuple[str, Any]]:
    """(dotted path, value) of every field outside lists, nested models flattened."""
    if not isinstance(row, dict):
        return
    for key, value in row.items():
        path = f"{prefix}{key}"
        if isinstance(value, dict) and depth < _MAX_DEPTH:
            yield from _flat_paths(value, path + ".", depth + 1)
        else:
            yield path, value


def model_paths(models: Models, model: str) -> list[str]:
    """Every field path of `model` (through nested models, not into lists)."""
    out: list[str] = []

    def walk(name: str, prefix: str, seen: tuple[str, ...]) -> None:
        for attr, _tag, kind, _item, nested, _cls in models.get(name, ()):
            path = prefix + attr
            if kind == "struct" and nested and nested not in seen and len(seen) < _MAX_DEPTH:
                walk(nested, path + ".", seen + (nested,))
            else:
                out.append(path)
    walk(model, "", (model,))
    return out


def declared_columns(tables: dict[str, tuple[str, ...]], model: str | None
                     ) -> list[tuple[str, str]]:
    """(name, path) of the columns the spec declares for `model`; a column is named by
    the last step of its path."""
    return [(path.rsplit(".", 1)[-1], path) for path in tables.get(model or "", ())]


def known_columns(declared: list[tuple[str, str]], paths: list[str]) -> dict[str, str]:
    """What --columns may name -> the path: a declared column's name, a field path, or
    the last step of a path when only one path ends so (`label`)."""
    known = dict(declared)
    last: dict[str, list[str]] = {}
    for path in paths:
        known.setdefault(path, path)
        last.setdefault(path.rsplit(".", 1)[-1], []).append(path)
    for name, ends in last.items():
        if len(ends) == 1:
            known.setdefault(name, ends[0])
    return known


def resolve_columns(names: list[str], known: dict[str, str], what: str) -> list[tuple[str, str]]:
    """--columns names -> (name, path); an unknown name is a usage error that names it
    and the nearest known one."""
    out = []
    for name in names:
        path = known.get(name) or known.get(name.lower())
        if path is None:
            near = cli_help.closest(name, known)
            hint = f" (did you mean {near!r}?)" if near is not None else ""
            shown = [k for k in known if "." not in k][:12]
            raise OutputUsageError(f"argument --columns: {what} has no column {name!r}{hint}; "
                                   f"columns: {', '.join(shown)}{', ...' if len(known) > 12 else ''}"
                                   " (or a field path, a.b)")
        out.append((name, path))
    return out


def _rows_model(rows: list[dict[str, Any]], models: Models,
                tables: dict[str, tuple[str, ...]]) -> str | None:
    """The model with declared columns whose fields the rows are (after --query kept
    whole items, `value[?...]`), if any."""
    keys = set(rows[0]) - {"unknown_elements"}
    for name in tables:
        if {f[0] for f in models.get(name, ())} == keys:
            return name
    return None


def shape_for_table(data: Any, model: str | None, models: Models,
                    tables: dict[str, tuple[str, ...]], wanted: list[str] | None,
                    checked: list[tuple[str, str]] | None) -> tuple[list[Any] | None,
                                                                    list[tuple[str, str]]]:
    """(rows, columns) of a table of `data`; rows None: `data` is a single value."""
    if isinstance(data, dict):
        rows: list[Any] = [data]
        single = True
    elif isinstance(data, list):
        rows, single = data, False
    else:
        return None, []
    if not all(isinstance(r, dict) for r in rows):
        return [{"value": r} for r in rows], [("value", "value")]
    if checked is not None:
        return rows, checked
    if model is None and rows:
        model = _rows_model(rows, models, tables)
    declared = declared_columns(tables, model) if model else []
    if wanted:
        present = list(dict.fromkeys(p for row in rows for p, _ in _flat_paths(row)))
        return rows, resolve_columns(wanted, known_columns(declared, present), "the result")
    if declared:
        return rows, declared
    paths: list[str] = []
    for row in rows:
        for path, value in _flat_paths(row):
            if path not in paths and not isinstance(value, (dict, list)) \
                    and value not in (None, ""):
                paths.append(path)
    if single:      # a model without declared columns: one field per line
        return [{"field": p, "value": _lookup(data, p)} for p in paths], \
            [("field", "field"), ("value", "value")]
    return rows, [(p, p) for p in paths]


def table(value: Any, columns: list[str] | None = None, *, model: str | None = None,
          models: Models | None = None, tables: dict[str, tuple[str, ...]] | None = None,
          checked: list[tuple[str, str]] | None = None) -> str:
    """A list as one row per item; a model with declared columns as one row; another
    model as field/value rows.  Columns: `checked` (already resolved), else `columns`
    (names or dotted paths), else the model's declared ones, else every flattened scalar
    field that has a value.  Cells are escaped for the terminal."""
    data = to_json(value)
    rows, cols = shape_for_table(data, model, models or {}, tables or {}, columns, checked)
    if rows is None:
        return "" if data is None else _cell(data) + "\n"
    if not cols:
        return ""
    cells = [[_cell(_lookup(row, path)) for _, path in cols] for row in rows]
    headers = [escape_terminal(name.upper()) for name, _ in cols]
    widths = [max([len(h)] + [len(r[i]) for r in cells]) for i, h in enumerate(headers)]
    lines = ["  ".join(h.ljust(w) for h, w in zip(headers, widths)).rstrip()]
    lines += ["  ".join(v.ljust(w) for v, w in zip(r, widths)).rstrip() for r in cells]
    return "\n".join(lines) + "\n"


def tsv(value: Any, columns: list[str] | None = None, *, model: str | None = None,
        models: Models | None = None, tables: dict[str, tuple[str, ...]] | None = None,
        checked: list[tuple[str, str]] | None = None) -> str:
    """The rows and columns of `table`, tab-separated, without a header; fields escaped
    (`\\t`, `\\n`, `\\\\`, controls) so that every row is one line."""
    data = to_json(value)
    rows, cols = shape_for_table(data, model, models or {}, tables or {}, columns, checked)
    if rows is None:
        return "" if data is None else _tsv_cell(data) + "\n"
    return "".join("\t".join(_tsv_cell(_lookup(row, path)) for _, path in cols) + "\n"
                   for row in rows)


# --- YAML ---------------------------------------------------------------------------------

# A string YAML reads back as itself when written plain: starts with a letter, holds only
# letters, digits and `_ - . /` and inner spaces, and is no word YAML 1.1 or 1.2 resolves
# to a boolean or null.  Everything else is written double-quoted.
_PLAIN = re.compile(r"[A-Za-z][A-Za-z0-9_./-]*(?: [A-Za-z0-9_./-]+)*")
_RESOLVED = {"y", "n", "yes", "no", "on", "off", "true", "false", "null"}
# Characters YAML does not allow unescaped in a document (C0 but tab and line feed, DEL,
# C1 but NEL, surrogates, the non-characters and line separators); json.dumps escapes
# the C0 ones.
_YAML_ESCAPES = {c: f"\\u{c:04x}" for c in
                 [0x7F, *range(0x80, 0xA0), 0x2028, 0x2029, 0xFEFF, 0xFFFE, 0xFFFF]}


def _yaml_str(text: str) -> str:
    if _PLAIN.fullmatch(text) and text.lower() not in _RESOLVED:
        return text
    quoted = json.dumps(text, ensure_ascii=False).translate(_YAML_ESCAPES)
    # A lone surrogate cannot be written as UTF-8: escape it as JSON does.
    return re.sub(r"[\ud800-\udfff]", lambda m: f"\\u{ord(m.group()):04x}", quoted)


def _yaml_scalar(value: Any) -> str:
    if value is None:
        return "null"
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float):
        if value != value:
            return ".nan"
        if value in (float("inf"), float("-inf")):
            return ".inf" if value > 0 else "-.inf"
        text = repr(value)
        mantissa, e, exponent = text.partition("e")
        # YAML 1.1 readers need the dot: 1e+300 would read as text.
        return f"{mantissa}.0e{exponent}" if e and "." not in mantissa else text
    if isinstance(value, int):
        return str(value)
    return _yaml_str(str(value))


def _yaml_lines(value: Any, indent: str) -> Iterator[str]:
    if isinstance(value, dict):
        if not value:
            yield indent + "{}"
        for key, item in value.items():
            head = f"{indent}{_yaml_str(str(key))}:"
            if isinstance(item, (dict, list)) and item:
                yield head
                yield from _yaml_lines(item, indent + "  ")
            else:
                yield f"{head} {_yaml_inline(item)}"
    elif isinstance(value, list):
        if not value:
            yield indent + "[]"
        for item in value:
            if isinstance(item, (dict, list)) and item:
                lines = list(_yaml_lines(item, indent + "  "))
                yield f"{indent}- {lines[0][len(indent) + 2:]}"
                yield from lines[1:]
            else:
                yield f"{indent}- {_yaml_inline(item)}"
    else:
        yield indent + _yaml_scalar(value)


def _yaml_inline(value: Any) -> str:
    if isinstance(value, dict):
        return "{}"
    if isinstance(value, list):
        return "[]"
    return _yaml_scalar(value)


def yaml(data: Any) -> str:
    """JSON-shaped `data` as a YAML document in block style.  Hand-written rather than a
    dependency: JSON values need only mappings, sequences and scalars, and a string YAML
    could read as something else ('yes', 'null', '1.0', '2024-01-01', ': x', '#', '')
    is written double-quoted with JSON's escapes, which YAML's double quotes share."""
    return "\n".join(_yaml_lines(data, "")) + "\n"


# --- paging -------------------------------------------------------------------------------

def encode_token(service_token: str | None, skip: int) -> str:
    """A NextToken: where the service's paging stopped and how many items of that page
    were already printed (--max-items can end in the middle of a page)."""
    raw = json.dumps({"token": service_token, "skip": skip}, separators=(",", ":"))
    return base64.urlsafe_b64encode(raw.encode()).decode("ascii")


def decode_token(text: str) -> tuple[str | None, int]:
    try:
        raw = json.loads(base64.urlsafe_b64decode(text.encode("ascii")))
        token, skip = raw["token"], raw["skip"]
        if not (token is None or isinstance(token, str)) or not isinstance(skip, int) \
                or isinstance(skip, bool) or skip < 0:
            raise ValueError
    except (ValueError, KeyError, TypeError, UnicodeError, binascii.Error):
        raise OutputUsageError(f"argument --starting-token: not a {NEXT_TOKEN} this "
                               "command printed") from None
    return token, skip


class Paged:
    """What following a paged operation gave: the first page's object with every item
    collected, and the NextToken when --max-items stopped before the end."""

    def __init__(self, first: Any, items: list[Any], next_token: str | None,
                 paging: Paging) -> None:
        self.first = first
        self.items = items
        self.next_token = next_token
        self.paging = paging

    def json(self) -> Any:
        _, token_field, items_field = self.paging
        data = to_json(self.first)
        if not isinstance(data, dict):
            data = {}
        data.pop(token_field, None)          # paging is this command's business now
        data[items_field] = to_json(self.items)
        if self.next_token:
            data[NEXT_TOKEN] = self.next_token
        return data


def follow_pages(call: Callable[..., Any], kwargs: dict[str, Any], paging: Paging,
                 max_items: int | None, starting_token: str | None) -> Paged:
    """Call a paged operation until its last page, or until `max_items` are collected."""
    param, token_field, items_field = paging
    token, skip = decode_token(starting_token) if starting_token else (None, 0)
    if starting_token is None and kwargs.get(param):
        token = kwargs[param]        # the operation's own token parameter, given as is
    first = None
    items: list[Any] = []
    while True:
        page = call(**{**kwargs, param: token})
        if first is None:
            first = page
        page_items = list(getattr(page, items_field, None) or [])[skip:]
        next_service_token = getattr(page, token_field, None) or None
        if max_items is not None and len(items) + len(page_items) > max_items:
            taken = max_items - len(items)
            items += page_items[:taken]
            return Paged(first, items, encode_token(token, skip + taken), paging)
        items += page_items
        if not next_service_token:
            return Paged(first, items, None, paging)
        if max_items is not None and len(items) == max_items:
            return Paged(first, items, encode_token(next_service_token, 0), paging)
        token, skip = next_service_token, 0


# --- printing -----------------------------------------------------------------------------

class Output:
    """How one command prints: the format, --query, --columns, and what the command's
    result is (its kind, its model and the declared columns)."""

    def __init__(self, fmt: str, result: str, model: str | None, models: Models,
                 tables: dict[str, tuple[str, ...]], columns: list[str] | None = None,
                 expression: str | None = None) -> None:
        self.fmt = fmt
        self.result = result
        self.model = model
        self.models = models
        self.tables = tables
        self.columns = columns
        self.expression = expression
        self.checked: list[tuple[str, str]] | None = None

    def check(self) -> None:
        """Resolve --columns before anything is sent, where the result's model is known
        (without --query): an unknown name is a usage error, not a wasted call."""
        if self.columns is None:
            return
        if self.fmt not in ("table", "tsv"):
            raise OutputUsageError(f"argument --columns: applies to -o table and -o tsv "
                                   f"(the output is {self.fmt})")
        if self.expression is not None:        # checked against what the query gives
            return
        if self.result == "request":           # an AsynchronousOperationResult
            known = known_columns([], ["request_id", "status_code"])
            self.checked = resolve_columns(self.columns, known, "the request")
        elif self.model is not None and self.result in ("model", "list"):
            known = known_columns(declared_columns(self.tables, self.model),
                                  model_paths(self.models, self.model))
            self.checked = resolve_columns(self.columns, known, self.model)

    def render(self, value: Any) -> str:
        if value is None:
            return ""                         # a command that returns nothing prints nothing
        if self.result == "text" and isinstance(value, str):
            return value if value.endswith("\n") else value + "\n"
        model = self.model
        next_token = None
        if isinstance(value, Paged):
            data = value.json()
            next_token = value.next_token
            if self.fmt in ("table", "tsv") and self.expression is None:
                data = data.get(value.paging[2], [])
        else:
            data = to_json(value)
        if self.expression is not None:
            data = query(data, self.expression)
            model = None
            if data is None:
                return ""
        if self.fmt == "json":
            return json.dumps(data, indent=2, ensure_ascii=False) + "\n"
        if self.fmt == "yaml":
            return yaml(data)
        if next_token:                      # tables have no room for it: stderr
            sys.stderr.write(f"{NEXT_TOKEN}: {next_token}  (more items: --starting-token "
                             f"{next_token})\n")
        fmt = table if self.fmt == "table" else tsv
        return fmt(data, self.columns, model=model, models=self.models, tables=self.tables,
                   checked=self.checked)

    def write(self, value: Any) -> None:
        text = self.render(value)
        if text:
            sys.stdout.write(text)
            sys.stdout.flush()
