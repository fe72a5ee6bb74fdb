"""The shapes the geoparser's curated YAML lists share (an entry with a name and other names, a list of names),
checked once for every loader. Parsing itself is eventwatch/yaml_data.py's (libyaml's C parser where present).
"""
from __future__ import annotations

import os
from functools import lru_cache
from typing import Any

from eventwatch.yaml_data import parse_yaml

__all__ = ["parse_yaml", "parsed_file", "checked_entry", "name_list"]


def parsed_file(path: str | os.PathLike) -> Any:
    """The parsed content of a YAML data file, parsed once while the file stays as it is: several loaders read
    their own sections of one file (cues.yaml has seven), and each parsing the whole file again cost a parse
    apiece on a process's first documents. The value is shared: loaders read it and build their own lists from
    it, never modifying it. A file edited in place (a test's temporary file) is parsed again."""
    st = os.stat(path)
    return _parsed(os.fspath(path), st.st_mtime_ns, st.st_size)


@lru_cache(maxsize=16)
def _parsed(path: str, mtime_ns: int, size: int) -> Any:
    with open(path, encoding="utf-8") as f:
        return parse_yaml(f.read())


def checked_entry(entry: object, keys: frozenset[str], where: str) -> tuple[str, tuple[str, ...]]:
    """One entry of a curated place list (natural features, parts of towns, landmarks) checked for the shape
    they share: a mapping holding only `keys`, a non-empty `name` and an optional list of other `names`.
    Returns the name and the other names, stripped; the list's own fields are checked by its loader."""
    if not isinstance(entry, dict):
        raise ValueError(f"{where}: every entry is a mapping: {entry!r}")
    unknown = set(entry) - keys
    if unknown:
        raise ValueError(f"{where}: unknown fields {sorted(unknown)}: {entry}")
    name = entry.get("name")
    if not isinstance(name, str) or not name.strip():
        raise ValueError(f"{where}: an entry needs a name: {entry}")
    return name.strip(), name_list(entry, "names", where)


def name_list(entry: dict, key: str, where: str) -> tuple[str, ...]:
    """The entry's list of names under `key` (empty when absent), stripped; anything else is refused."""
    value = entry.get(key, [])
    if not isinstance(value, list) or not all(isinstance(n, str) and n.strip() for n in value):
        raise ValueError(f"{where}: {key} must be a list of names (quote YAML words such as ON): {entry}")
    return tuple(n.strip() for n in value)


def word_list(value: object, key: str, where: str, single: bool = False,
              allow_empty: bool = False) -> tuple[str, ...]:
    """A data file's non-empty list of lower-case words under `key` (one word each when `single`), stripped;
    anything else fails naming the file and the key, so a typo fails loudly instead of silently reading nothing.
    `allow_empty` is for optional lists whose absence the caller has already read as an empty list."""
    if not isinstance(value, list) or not (value or allow_empty):
        raise ValueError(f"{where}: {key} must be a non-empty list of lower-case words")
    bad = [w for w in value
           if not isinstance(w, str) or not w.strip() or w != w.lower() or (single and " " in w.strip())]
    if bad:
        kind = "single lower-case words" if single else "lower-case words"
        raise ValueError(f"{where}: {key} must hold {kind} (quote YAML words like on/off): {bad}")
    return tuple(w.strip() for w in value)
