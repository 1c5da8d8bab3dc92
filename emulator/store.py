"""State of the local endpoint: in memory, optionally mirrored to SQLite.

Resources are kept as the generated model objects the responses are built from.  With a
database path, every change is written through (as the XML the generated writers produce,
read back with the generated readers), so the state survives a restart.
"""

from __future__ import annotations

import json
import threading
from pathlib import Path
from typing import Any, Callable, Iterator
from xml.etree.ElementTree import fromstring

_SCHEMA = """
CREATE TABLE IF NOT EXISTS items (
    kind TEXT NOT NULL,
    key  TEXT NOT NULL,
    seq  INTEGER NOT NULL,
    type TEXT NOT NULL,
    body TEXT NOT NULL,
    PRIMARY KEY (kind, key)
)"""


def blank_to_none(obj: Any) -> Any:
    """Generated readers read an absent element as the predecessor SDK did: text as '',
    a timestamp as an empty one, some numbers and flags as 0, -1, False or True, some
    structures as empty instances.  In the state, absent stays None: a value equal to what
    an absent element reads as is taken as not given (the service's own default applies)."""
    import attrs        # with the models, not at the endpoint's start
    if attrs.has(type(obj)):
        absent = _absent_values(type(obj))
        for f in attrs.fields(type(obj)):
            if f.name == "unknown_elements":
                continue
            v = getattr(obj, f.name)
            if v == "":
                setattr(obj, f.name, None)
            elif isinstance(v, list):
                for item in v:
                    blank_to_none(item)
            elif attrs.has(type(v)):
                blank_to_none(v)
                if not v:  # an empty structure (false while empty): absent in the request
                    setattr(obj, f.name, None)
            elif isinstance(v, (bool, int, float)) and f.name in absent and \
                    type(v) is type(absent[f.name]) and v == absent[f.name]:
                setattr(obj, f.name, None)
        obj.unknown_elements = None
    return obj


_ABSENT: dict[type, dict[str, Any]] = {}


def _absent_values(cls: type) -> dict[str, Any]:
    """What each number or flag of model `cls` reads as when its element is absent."""
    if cls not in _ABSENT:
        from generated import _xml
        read = getattr(_xml, f"read_{cls.__name__}", None)
        empty = read(_xml.NO_CHILDREN) if read is not None else None
        _ABSENT[cls] = {k: v for k, v in vars(empty).items()
                        if isinstance(v, (bool, int, float))} if empty is not None else {}
    return _ABSENT[cls]


def _create_private(db_path: Path) -> None:
    """Create the database file readable by its owner only (it holds storage keys and
    passwords), whatever the umask; an existing one is made so.  SQLite gives its journal
    the database file's mode.  Folders made on the way are owner-only too."""
    import os
    if not db_path.parent.is_dir():
        db_path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    fd = os.open(db_path, os.O_RDWR | os.O_CREAT, 0o600)
    try:
        if hasattr(os, "fchmod"):
            os.fchmod(fd, 0o600)
    finally:
        os.close(fd)


class Deferred:
    """A value made when the state is first read (`Store.put(kind, key, Deferred(make))`):
    what the endpoint records at start-up need not import the models it is made of."""

    __slots__ = ("make",)

    def __init__(self, make: Callable[[], Any]) -> None:
        self.make = make


class Store:
    """kind -> key -> value, insertion-ordered.  Values are model objects or JSON data."""

    def __init__(self, db_path: Path | None = None) -> None:
        self._items: dict[str, dict[str, Any]] = {}
        self._seq = 0
        self._db: Any = None                # sqlite3.Connection with a database path
        self._dirty: dict[tuple[str, str], bool] = {}
        self._deferred: dict[str, set[str]] = {}     # kind -> keys holding a Deferred
        self._lock = threading.RLock()
        if db_path is not None:
            import sqlite3
            _create_private(db_path)
            self._db = sqlite3.connect(str(db_path), check_same_thread=False)
            self._db.execute(_SCHEMA)
            self._db.commit()
            for kind, key, seq, type_, body in self._db.execute(
                    "SELECT kind, key, seq, type, body FROM items ORDER BY seq"):
                self._items.setdefault(kind, {})[key] = self._decode(type_, body)
                self._seq = max(self._seq, seq)

    # --- access -----------------------------------------------------------------------

    def _kind(self, kind: str) -> dict[str, Any]:
        """The values of `kind`, Deferred ones made now."""
        if kind in self._deferred:
            with self._lock:
                items = self._items.get(kind, {})
                for key in self._deferred.pop(kind, ()):
                    value = items.get(key)
                    if isinstance(value, Deferred):
                        items[key] = value.make()
        return self._items.get(kind, {})

    def get(self, kind: str, key: str) -> Any:
        return self._kind(kind).get(key)

    def find(self, kind: str, key: str) -> tuple[str, Any] | tuple[None, None]:
        """Case-insensitive lookup (Azure resource names are case-insensitive)."""
        items = self._kind(kind)
        if key in items:
            return key, items[key]
        low = key.lower()
        for k, v in items.items():
            if k.lower() == low:
                return k, v
        return None, None

    def values(self, kind: str) -> list[Any]:
        return list(self._kind(kind).values())

    def items(self, kind: str) -> Iterator[tuple[str, Any]]:
        return iter(list(self._kind(kind).items()))

    def children(self, kind: str, parent: str) -> list[tuple[str, Any]]:
        """The (key, value) pairs of `kind` stored under `parent/` (keys `parent/name`)."""
        prefix = parent + "/"
        return [(k, v) for k, v in self._kind(kind).items() if k.startswith(prefix)]

    def put(self, kind: str, key: str, value: Any) -> None:
        self._items.setdefault(kind, {})[key] = value
        if isinstance(value, Deferred):
            self._deferred.setdefault(kind, set()).add(key)
        self._dirty[(kind, key)] = True

    def touch(self, kind: str, key: str) -> None:
        """Mark a value changed in place so that it is written again."""
        self._dirty[(kind, key)] = True

    def delete(self, kind: str, key: str) -> None:
        self._items.get(kind, {}).pop(key, None)
        self._dirty[(kind, key)] = False

    @property
    def lock(self) -> threading.RLock:
        return self._lock

    # --- persistence ------------------------------------------------------------------

    def commit(self) -> None:
        """Write what changed since the last commit (no-op without a database)."""
        dirty, self._dirty = self._dirty, {}
        if self._db is None or not dirty:
            return
        with self._db:
            for (kind, key), present in dirty.items():
                if not present or key not in self._items.get(kind, {}):
                    self._db.execute("DELETE FROM items WHERE kind = ? AND key = ?", (kind, key))
                    continue
                type_, body = self._encode(self._kind(kind)[key])
                row = self._db.execute("SELECT seq FROM items WHERE kind = ? AND key = ?",
                                       (kind, key)).fetchone()
                if row is None:
                    self._seq += 1
                    seq = self._seq
                else:
                    seq = row[0]
                self._db.execute("INSERT OR REPLACE INTO items VALUES (?, ?, ?, ?, ?)",
                                 (kind, key, seq, type_, body))

    def close(self) -> None:
        if self._db is not None:
            self.commit()
            self._db.close()
            self._db = None

    @property
    def _x(self) -> Any:
        """generated._xml (the models' readers and writers), imported when first needed:
        not on the endpoint's start path."""
        from generated import _xml
        return _xml

    def _encode(self, value: Any) -> tuple[str, str]:
        import attrs
        if attrs.has(type(value)):
            for cls in type(value).__mro__:
                writer = getattr(self._x, f"write_{cls.__name__}", None)
                if writer is not None:
                    return cls.__name__, self._x.to_xml(writer, value, cls.__name__)
            raise TypeError(f"no writer for {type(value).__name__}")
        return "json", json.dumps(value)

    def _decode(self, type_: str, body: str) -> Any:
        if type_ == "json":
            return json.loads(body)
        return blank_to_none(getattr(self._x, f"read_{type_}")(fromstring(body)))
