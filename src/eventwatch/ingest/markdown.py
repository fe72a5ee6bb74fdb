"""Markdown syntax removed from a line while its words keep their positions in the source.

Extractors should read "Saraqib market", not "**Saraqib** [market](https://...)"; rather than render the
markdown, each line is reduced to the spans of it that are words, so offsets stay exact.
"""
from __future__ import annotations

import re
from typing import Any, Optional

import yaml

_HEADING = re.compile(r"^(#{1,6})\s+")
_HEADING_TAIL = re.compile(r"\s+#+\s*$")
_QUOTE = re.compile(r"^(?:>\s?)+")
_BULLET = re.compile(r"^(?:[-*+]|\d{1,3}[.)])\s+")
_IMAGE = re.compile(r"!\[[^\]]*\]\([^)]*\)")
_LINK = re.compile(r"(\[)([^\]]+)(\]\([^)]*\)|\]\[[^\]]*\])")
_AUTOLINK = re.compile(r"<(?:https?|mailto):[^>]+>|</?[A-Za-z][^>]*>")
_MARKS = re.compile(r"\*\*|__|~~|`+|(?<![\w*])[*_](?=[^\s*_])|(?<=[^\s*_])[*_](?![\w*])")
_RULE = re.compile(r"^(?:[-*_]\s*){3,}$")
_FENCE = re.compile(r"^(?:```|~~~)")
_REFERENCE = re.compile(r"^\[[^\]]+\]:\s+\S+")
_TABLE_RULE = re.compile(r"^\|?\s*:?-{2,}:?\s*(?:\|\s*:?-{2,}:?\s*)*\|?$")


def is_markup_line(text: str) -> bool:
    """Lines that are pure markdown structure: rules, fences, link references, table rules."""
    return bool(_RULE.match(text) or _FENCE.match(text) or _REFERENCE.match(text) or _TABLE_RULE.match(text))


def heading_level(text: str) -> int:
    m = _HEADING.match(text)
    return len(m.group(1)) if m else 0


def word_spans(text: str, offset: int) -> list[tuple[int, int]]:
    """The spans of `text` (a stripped line at `offset` in the source) that remain once syntax is removed."""
    drop = [False] * len(text)

    def cut(a: int, b: int) -> None:
        for k in range(a, b):
            drop[k] = True

    lead = _HEADING.match(text) or _QUOTE.match(text)
    pos = lead.end() if lead else 0
    cut(0, pos)
    bullet = _BULLET.match(text, pos)
    if bullet:
        cut(bullet.start(), bullet.end())
    tail = _HEADING_TAIL.search(text)
    if tail and _HEADING.match(text):
        cut(tail.start(), tail.end())
    for m in _IMAGE.finditer(text):
        cut(m.start(), m.end())
    for m in _LINK.finditer(text):
        cut(m.start(1), m.end(1))
        cut(m.start(3), m.end(3))
    for m in _AUTOLINK.finditer(text):
        cut(m.start(), m.end())
    for m in _MARKS.finditer(text):
        cut(m.start(), m.end())
    spans: list[tuple[int, int]] = []
    k = 0
    while k < len(text):
        if drop[k]:
            k += 1
            continue
        j = k
        while j < len(text) and not drop[j]:
            j += 1
        spans.append((offset + k, offset + j))
        k = j
    return spans


def front_matter(lines: list[str]) -> tuple[int, Optional[dict[str, Any]]]:
    """A YAML front-matter block at the top: (number of lines it spans, its mapping) or (0, None)."""
    if not lines or lines[0].strip() != "---":
        return 0, None
    for k in range(1, min(len(lines), 80)):
        if lines[k].strip() in ("---", "..."):
            try:
                data = yaml.safe_load("\n".join(lines[1:k]))
            except yaml.YAMLError:
                return 0, None
            return (k + 1, data) if isinstance(data, dict) else (0, None)
    return 0, None
