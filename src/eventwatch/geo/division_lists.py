"""Names listed after a plural division word: "the provinces of Coast, Rift Valley and Nyanza", "the states of
Kano and Plateau".

The list names divisions of one kind in one country, so each name is read among its readings as a division of
the country most of the list's names are divisions of (the country the document names breaking a tie, else
the one whose divisions there hold more people), even where a bare name alone is likelier another country's
division or a town ("Western", "Plateau"). The gazetteer often spells such a division with its designator ("Rift
Valley Province"), so that spelling is looked up too.
A name with no division reading in that country is that country's division the gazetteer lacks: it keeps no
reading (and stands in at the story's places) rather than another country's. `owned_division_readings` reads the
possessive form ("Argentina's provinces of ..."), which names the country outright.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from collections import Counter
from typing import Iterator, Optional, Sequence

from eventwatch.geo.gazetteer import Candidate, Gazetteer
from eventwatch.geo.name_span import NameSpan
from eventwatch.geo.normalise import normalise
from eventwatch.geo.reading_priors import ADMIN1_CODES, ADMIN2_CODES

# The designator in the plural, and the singular word the gazetteer may add to a division's name.
_DESIGNATORS = {"provinces": "Province", "states": "State", "regions": "Region", "districts": "District",
                "departments": "Department", "counties": "County", "governorates": "Governorate",
                "prefectures": "Prefecture", "oblasts": "Oblast"}
_LIST_ITEM = r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}"
_SEPARATOR = r"(?:\s*,\s*(?:and\s+|or\s+)?|\s+(?:and|or)\s+)"
# "the provinces of ", "the northern states of ", then the items listed before the span. Lower-case words
# only before the designator: "the United States of" is a country's name, not a list of its states.
_LISTED = re.compile(r"\b(?:the|its|their)\s+(?:[a-z-]+\s+){0,2}(" + "|".join(_DESIGNATORS) + r")\s+of\s+"
                     r"(?:" + _LIST_ITEM + _SEPARATOR + r")*$")
_DIVISIONS = ADMIN1_CODES | ADMIN2_CODES
# How far before a span the list's opening words are looked for.
_REACH = 200


class SpansByStart:
    """A document's spans in the order of their starts, sorted once, when a list first asks: every item of a list
    sorted all the spans afresh and passed over those before the list, which cost a story of many such lists the
    square of its length."""

    def __init__(self, spans: Sequence[NameSpan]):
        self._spans = spans
        self._order: Optional[list[NameSpan]] = None
        self._starts: list[int] = []

    def from_(self, start: int) -> Iterator[NameSpan]:
        """The spans starting at `start` or after it, in the order `sorted` by start gives (ties keep the list's
        order), read one at a time from there: a copy of every later span per list item (or a skip over every
        earlier one) cost a story of many lists the square of its length, though a list reads a few."""
        if self._order is None:
            self._order = sorted(self._spans, key=lambda o: o.start)
            self._starts = [o.start for o in self._order]
        order = self._order
        return (order[k] for k in range(bisect_left(self._starts, start), len(order)))


def _list_members(text: str, spans: Sequence[NameSpan], idx: int,
                  by_start: Optional[SpansByStart] = None) -> Optional[tuple[str, list[NameSpan]]]:
    """The designator's singular and the spans its list holds, if span idx is an item of such a list."""
    s = spans[idx]
    lo = max(0, s.start - _REACH)
    # The pattern holds a plural designator word: where none is written in the reach (most names), the search
    # from every position of it is skipped.
    window = text[lo : s.start]
    if not any(word in window for word in _DESIGNATORS):
        return None
    m = _LISTED.search(text, lo, s.start)
    if m is None or m.end() != s.start:
        return None
    head = m.start(1)
    members, end, closed = [], head, False
    for o in (by_start or SpansByStart(spans)).from_(m.end(1)):
        if o.vague is not None:
            continue
        gap = text[end:o.start]
        if members and (closed or not re.fullmatch(_SEPARATOR, gap)):
            break  # "the states of Kano and Jigawa, Abuja officials said": the list closed at "and Jigawa"
        closed = bool(re.search(r"\b(?:and|or)\b", gap)) if members else False
        members.append(o)
        end = o.end
    if not any(o is s for o in members) or len(members) < 2:
        return None
    return _DESIGNATORS[m.group(1)], members


def _division_readings(gaz: Gazetteer, text: str, s: NameSpan, singular: str) -> list[Candidate]:
    """The span's division readings, spelled as written or with the designator after it ("Rift Valley
    Province"). Only readings of the whole name count: "North Eastern" read by its compass word alone
    ("Eastern") is no vote."""
    found = [c for c in s.candidates if c.exact and c.feature_code in _DIVISIONS and c.match_norm == s.norm]
    seen = {c.id for c in found}
    if not s.norm.endswith(singular.lower()):
        written = f"{text[s.start:s.end]} {singular}"
        whole = normalise(written)
        for c in gaz.lookup(written, limit=50):
            if c.exact and c.feature_code in _DIVISIONS and c.match_norm == whole and c.id not in seen:
                found.append(c)
                seen.add(c.id)
    return found


def listed_division_readings(gaz: Gazetteer, text: str, spans: Sequence[NameSpan], idx: int,
                             by_start: Optional[SpansByStart] = None) -> Optional[list[Candidate]]:
    """Span idx's division readings in the country its list is of, where it is an item of a list after a
    plural division word whose names agree on a country (at least two of them divisions there); None
    otherwise. An empty list: the name has no division reading there. `by_start`: the document's spans sorted
    once for all its names (one is made for the call where not given)."""
    listed = _list_members(text, spans, idx, by_start)
    if listed is None:
        return None
    singular, members = listed
    readings = {id(o): _division_readings(gaz, text, o, singular) for o in members}
    # each member's countries in the gazetteer's reading order (a set's order changed with the hash seed, and so
    # did the country of a tie)
    votes = Counter(cc for o in members for cc in dict.fromkeys(c.country_code for c in readings[id(o)]) if cc)
    if not votes:
        return None
    country, count = _list_country(votes, spans, members, readings)
    if count < 2:
        return None
    own = [c for c in readings[id(spans[idx])] if c.country_code == country]
    return own  # none there: the list country's division the gazetteer lacks, not another country's


def _list_country(votes: Counter, spans: Sequence[NameSpan], members: list[NameSpan],
                  readings: Optional[dict[int, list[Candidate]]] = None) -> tuple[str, int]:
    """The country most of the list's names are divisions of, with their count; of countries tied, one the
    story's other names name outright (`_named_countries`), then the one whose divisions read for the list hold
    the most people (`_list_population`: the larger, better-known divisions of a list named without its
    country), then the first in the gazetteer's reading order. The other names are read only for a tie: read
    for every item of every list, they cost a story of many lists the square of its length."""
    top = max(votes.values())
    tied = [cc for cc, n in votes.items() if n == top]
    if len(tied) == 1:
        return tied[0], top
    named = _named_countries(spans, members)
    people = _list_population(readings or {}, tied)
    return max(votes.items(), key=lambda kv: (kv[1], kv[0] in named, people.get(kv[0], 0)))


def _list_population(readings: dict[int, list[Candidate]], tied: list[str]) -> dict[str, int]:
    """The people of the tied countries' division readings of the list's names, by country (the largest reading
    of each name in a country counts once: a division the gazetteer holds twice is not two)."""
    out: dict[str, int] = {}
    for found in readings.values():
        largest: dict[str, int] = {}
        for c in found:
            if c.country_code in tied:
                largest[c.country_code] = max(largest.get(c.country_code, 0), c.population or 0)
        for cc, n in largest.items():
            out[cc] = out.get(cc, 0) + n
    return out


def _named_countries(spans: Sequence[NameSpan], members: list[NameSpan]) -> set[str]:
    """The countries the names outside the list read exactly as (a country's own name beside the list)."""
    inside = {id(o) for o in members}
    return {c.country_code for o in spans if id(o) not in inside
            for c in o.candidates if c.exact and c.feature_code.startswith("PCL")}
