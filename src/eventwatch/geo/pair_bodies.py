"""Two names joined by a hyphen that open a body's name together ("the Peru-Chile Friendship Group").

A body two countries or towns share is named by both ("the Kenya-Uganda Business Council", "the India-Nepal
Joint Commission"). The reading of a name's context sees the body's head words only after the second name, so
it marks that one embedded and leaves the first as a bare capitalised name, a place: half of one name read
two ways. Both are the body's, as "Ghana" is in "the Ghana Business Council". A chain of three ("the
Chile-Peru-Bolivia Trade Council") is one body's name all along.

Only a body's head word after the second name makes the pair one name. A capitalised route or war ("the
Kenya-Uganda Railway", "the Tokyo-Osaka Express", "the Iran-Iraq War") embeds its second name too, but its ends
are places the route runs between or the war was fought in (geo/roads.py reads a route's end towns as places),
so the first name stays one. Only a first name with no cue of its own follows the second: "the Kenya-Uganda
railway" and "the Syria-Turkey border" leave the second a place, so nothing changes there.
"""
from __future__ import annotations

import re
from typing import Sequence

from eventwatch.geo.name_span import NameSpan, mark_embedded

# A bare hyphen or dash between the two names ("Peru-Chile", "Kenya–Uganda").
_HYPHENS = frozenset({"-", "‐", "‑", "–"})
# Head words of a body two places share: a council, a commission, a friendship group, a chamber of commerce.
BODY_HEADS = frozenset({
    "council", "councils", "commission", "committee", "group", "chamber", "association", "forum", "friendship",
    "society", "federation", "foundation", "institute", "alliance", "partnership", "caucus", "league", "union",
    "board", "centre", "center", "trust", "fund", "club", "secretariat", "consortium", "network", "panel"})
# The capitalised words of the body's name after the second place ("Parliamentary Friendship Group").
_NAME_WORDS = re.compile(r"(?: [A-Z][A-Za-z'&-]*){1,5}")


def _opens_body(text: str, end: int) -> bool:
    """Whether the capitalised words right after offset `end` hold a body's head word."""
    m = _NAME_WORDS.match(text, end)
    return m is not None and any(w.lower() in BODY_HEADS for w in m.group().split())


def share_pair_embedding(text: str, spans: Sequence[NameSpan]) -> None:
    """Mark embedded the first of two hyphen-joined names whose second opens a body's name (cue "embedded",
    then a body's head word). Right to left, so that a chain's earlier names follow the later ones."""
    by_start = {s.start: s for s in spans}
    shared: set[int] = set()  # the starts of names this rule made a body's
    for a in sorted(spans, key=lambda s: s.start, reverse=True):
        if a.cue is not None or not a.locational or a.unknown or a.demonym:
            continue
        b = by_start.get(a.end + 1)
        if b is not None and text[a.end : b.start] in _HYPHENS and b.cue == "embedded" and not b.locational \
                and (b.start in shared or _opens_body(text, b.end)):
            mark_embedded(a)
            shared.add(a.start)
