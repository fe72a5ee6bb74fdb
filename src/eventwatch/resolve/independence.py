"""How many independent sources tell an event: copies, syndicated texts and one publisher count once."""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional


@dataclass(frozen=True)
class SourceDoc:
    id: str
    publisher: Optional[str] = None
    url: Optional[str] = None
    published_at: Optional[str] = None
    title: Optional[str] = None
    copy_of: Optional[str] = None
    text_hash: Optional[str] = None


def _publisher_key(name: Optional[str]) -> Optional[str]:
    if not name:
        return None
    key = re.sub(r"[^a-z0-9]+", " ", name.lower()).strip()
    key = re.sub(r"^the ", "", key)
    return key or None


def independent_groups(docs: list[SourceDoc]) -> list[list[SourceDoc]]:
    """Union-find over 'is the same source as': copy_of, identical normalised text, same publisher."""
    parent = {d.id: d.id for d in docs}

    def find(x: str) -> str:
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def union(a: str, b: str) -> None:
        ra, rb = find(a), find(b)
        if ra != rb:
            parent[max(ra, rb)] = min(ra, rb)

    by_key: dict[tuple[str, str], str] = {}
    for d in docs:
        keys = []
        if d.copy_of:
            keys.append(("doc", d.copy_of))
        keys.append(("doc", d.id))
        if d.text_hash:
            keys.append(("text", d.text_hash))
        if (p := _publisher_key(d.publisher)) is not None:
            keys.append(("publisher", p))
        for k in keys:
            if k in by_key:
                union(d.id, by_key[k])
            else:
                by_key[k] = d.id
    groups: dict[str, list[SourceDoc]] = {}
    for d in docs:
        groups.setdefault(find(d.id), []).append(d)
    return list(groups.values())
