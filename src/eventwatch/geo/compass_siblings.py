"""An unheld town closed by a compass point after "in", read where its sibling is held in the sentence's country:
"arrested in Riebeek East, in the Eastern Cape" (Riebeek West is a held town of South Africa).

geo/compass_names.py leaves "in X East" unread: after "in" the shape names a route's, a precinct's or a stand's
part as often ("in Route North", "in Precinct East"). But a town of the same first word with another point
("Riebeek West", "Somerset East" beside "Somerset West") held by the gazetteer says the word names towns, and
where that sibling lies in a country the sentence names (the country itself or one of its first-level divisions),
the run is that country's town the gazetteer lacks: reported unresolved, it stands in at the sentence's
division. No route or precinct has a sibling town, and a sibling abroad ("in Route North" in a story of another
country) says nothing.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from typing import Any, Sequence

from eventwatch.geo.compass_names import closed_compass_name
from eventwatch.geo.name_span import NameSpan
from eventwatch.geo.normalise import Token

_POINTS = ("North", "South", "East", "West")
# "in", "at" or "from" before a capitalised word of letters and a point after it.
_RUN = re.compile(r"\b(?:in|at|from)\s+([A-Z][a-z]{2,})\s(North|South|East|West)\b(?![\w-])")
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)")


# How far the sentence around a run is looked for on either side: a window, so that a long text's many runs
# each cost a bounded read.
_REACH = 400


def _sentence(text: str, at: int) -> tuple[int, int]:
    """The bounds of the sentence around offset `at`, within `_REACH` characters of it."""
    lo = max(0, at - _REACH)
    start = lo
    for m in _SENTENCE_END.finditer(text, lo, at):
        start = m.end()
    end = _SENTENCE_END.search(text, at, at + _REACH)
    return start, end.end() if end is not None else min(len(text), at + _REACH)


def _named_countries(ordered: Sequence[NameSpan], starts: Sequence[int], start: int, end: int) -> set[str]:
    """The countries the sentence names, by a country's or a first-level division's exact reading: the spans
    (`ordered` by their `starts`) opening between `start` and `end`, found by bisection."""
    return {c.country_code for s in ordered[bisect_left(starts, start) : bisect_left(starts, end)]
            for c in s.candidates
            if c.exact and c.country_code and (c.feature_code.startswith("PCL") or c.feature_code == "ADM1")}


def sibling_compass_towns(text: str, tokens: list[Token], taken: list[bool], spans: list[NameSpan],
                          gaz: Any) -> list[NameSpan]:
    """`spans` with an unknown name for each unread "in X Point" whose sibling ("X" with another point) the
    gazetteer holds as a town of a country the sentence names; their tokens are marked taken. A first word read
    only as a loose spelling of a far place's name ("Wandin" as a Chinese "Wandian") gives way to the town."""
    if not any(p in text for p in _POINTS):
        return spans
    out: list[NameSpan] = []
    dropped: set[int] = set()
    by_start: dict[int, int] = {}
    at_token: dict[int, list[NameSpan]] = {}
    ordered: list[NameSpan] = []
    starts: list[int] = []
    siblings: dict[tuple[str, str], set[str]] = {}
    for m in _RUN.finditer(text):
        if not by_start:  # filed once, at the first run: each run then costs a bounded read
            by_start = {t.start: k for k, t in enumerate(tokens)}
            for s in spans:
                at_token.setdefault(s.i, []).append(s)
            ordered = sorted(spans, key=lambda s: s.start)
            starts = [s.start for s in ordered]
        i = by_start.get(m.start(1))
        if i is None or i + 1 >= len(tokens) or taken[i + 1] or tokens[i + 1].end != m.end(2) \
                or closed_compass_name([tokens[i].norm, tokens[i + 1].norm]):
            continue
        loose = [s for s in at_token.get(i, ()) if s.j == i + 1 and not any(c.exact for c in s.candidates)]
        if taken[i] and not loose:
            continue
        start, end = _sentence(text, m.start())
        countries = _named_countries(ordered, starts, start, end)
        if not countries:
            continue
        word, point = m.group(1), m.group(2)
        if (word, point) not in siblings:
            siblings[(word, point)] = {c.country_code for other in _POINTS if other != point
                                       for c in gaz.lookup(f"{word} {other}")
                                       if c.exact and c.feature_code.startswith("PPL") and c.country_code}
        if not siblings[(word, point)] & countries:
            continue
        out.append(NameSpan(i, i + 2, m.start(1), m.end(2), f"{tokens[i].norm} {tokens[i + 1].norm}", unknown=True,
                            cue=text[m.start() : m.start(1)].strip().lower(), firm=True))
        dropped |= {id(s) for s in loose}
        taken[i] = taken[i + 1] = True
    if not out:
        return spans
    return [s for s in spans if id(s) not in dropped] + out
