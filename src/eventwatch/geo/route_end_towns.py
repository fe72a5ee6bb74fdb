"""A town named by a common word at one end of a route ("the line from Bar to Belgrade", "ferries from Bari to
Bar", "buses between Hope and Vancouver"): the route's other end vouches for it.

A route is written between two places: whatever goes "from X to Y" or "between X and Y" travels from one to the
other. A town named by a common word ("Bar", "Hope") is dropped on its own as the noun it also is, but at one end
of a route whose other end reads as a town, and where a town of the word's name lies within a route's reach of
that end, the pair is a journey's: a noun lands within a few hundred kilometres of its partner's namesake only by
chance, and an idea or a state of mind ("from Hope to despair") has no town for a partner, nor does another idea
written with a capital ("from Independence to Liberty"). The partner is read as its largest town or a town of
its name of some size in a country or a province the story names, and the word keeps only its readings within
reach of one, so the resolver cannot pull it to another namesake the test never checked.
"""
from __future__ import annotations

import re
from collections import Counter
from typing import AbstractSet, Mapping, Optional, Sequence

from eventwatch.geo.distances import haversine_km
from eventwatch.geo.list_openers import MIN_OPENER_POPULATION
from eventwatch.geo.name_span import NameSpan
from eventwatch.geo.store import NAME_MAIN

# How near the partner's largest town a town of the word's name must lie: a road, a railway or a ferry runs a few
# hundred kilometres (the reach geo/route_ends.py gives a route's two ends).
ROUTE_REACH_KM = 400.0
# The word before the first end and the joint each opener takes before the second: "from X to Y", "between X and Y".
_JOINTS = {"from": re.compile(r"\s+to\s+"), "between": re.compile(r"\s+and\s+")}
# The second end's opener and joint, read backwards from the word: "from Y to X", "between Y and X" (at most a few
# words for Y, none of them a clause's punctuation).
_BEFORE_SECOND = re.compile(r"\b(from|between)\s+([^\s,.;:!?()]+(?:\s+[^\s,.;:!?()]+){0,3}?)\s+(to|and)\s+\Z")


def _towns_of(s: NameSpan) -> list:
    """The populated places with coordinates that the name is, as written, the main name of."""
    return [c for c in s.candidates
            if c.exact and c.kind == NAME_MAIN and c.feature_code.startswith("PPL") and c.lat is not None]


def _partner(text: str, tokens: Sequence, s: NameSpan, by_start: Mapping[int, NameSpan]):
    """The span at the route's other end, or None where s is at no route's end."""
    if s.i > 0:
        before = tokens[s.i - 1]
        joint = _JOINTS.get(before.norm)
        if joint is not None and before.text.islower() and text[before.end : s.start].isspace():
            m = joint.match(text, s.end)
            if m is not None and m.end() in by_start:
                return by_start[m.end()]
    m = _BEFORE_SECOND.search(text, max(0, s.start - 80), s.start)
    if m is not None and (m.group(1), m.group(3)) in (("from", "to"), ("between", "and")):
        other = by_start.get(m.start(2))
        if other is not None and other.end == m.end(2):
            return other
    return None


def _named_areas(by_start: Mapping[int, NameSpan], skip: Sequence[NameSpan]) -> set:
    """The countries (by code) and first-level divisions (by country and code) the story's other names can be:
    a route's partner is read in them as well as by its largest town ("from Hope to Richmond in British
    Columbia")."""
    named: set = set()
    for span in by_start.values():
        if any(span is k for k in skip):
            continue
        for c in span.candidates:
            if c.exact and c.feature_code.startswith("PCL"):
                named.add(c.country_code)
            elif c.exact and c.feature_code == "ADM1":
                named.add((c.country_code, c.admin1_code))
    return named


def _vouches(other: NameSpan, tokens: Sequence, common_words: AbstractSet[str]) -> bool:
    """Whether the other end can vouch for a town: not where it is a one-word common word itself ("from
    Independence to Liberty"), since two ideas paired in a phrase land near each other's namesakes as easily as
    two towns do."""
    word = tokens[other.i]
    return not (other.j - other.i == 1 and word.text.isascii() and word.norm in common_words)


def route_end_readings(text: str, tokens: Sequence, s: NameSpan, by_start: Mapping[int, NameSpan],
                       common_words: AbstractSet[str] = frozenset(),
                       placed: Optional["PlacedStates"] = None) -> list:
    """The readings of the one-word name s that make it one end of a route ("from X to Y", "between X and Y",
    either end) whose other end (`by_start`: the recogniser's names by their first character) reads as a town and
    is no common word (`common_words`): s's towns of `MIN_OPENER_POPULATION` or more within `ROUTE_REACH_KM` of
    one of the partner's towns (its largest, or one of `MIN_OPENER_POPULATION` or more in a country or a province
    the story names: "from Hope to Richmond in British Columbia" is not the largest Richmond's). Empty where s is
    at no such route's end; the caller keeps s with only these readings, so the resolver cannot pull it to a
    namesake the test never checked. `placed` (the document's `PlacedStates`, read once) is built here if not
    given."""
    if s.j - s.i != 1:
        return []
    other = _partner(text, tokens, s, by_start)
    if other is None or other is s:
        return []
    towns = _towns_of(other)
    if not towns:
        return []
    if not _vouches(other, tokens, common_words):
        placed = placed if placed is not None else PlacedStates(text, by_start)
        return _paired_in_named_state(s, towns, placed.excluding((s, other)))
    named = _named_areas(by_start, (s, other))
    largest = max(towns, key=lambda c: c.population)
    ends = [c for c in towns if c is largest or (c.population >= MIN_OPENER_POPULATION and (
        c.country_code in named or (c.country_code, c.admin1_code) in named))]
    return [c for c in _towns_of(s) if c.population >= MIN_OPENER_POPULATION
            and any(haversine_km(c.lat, c.lon, e.lat, e.lon) <= ROUTE_REACH_KM for e in ends)]


# A preposition of place right before a first-level division's name ("in Missouri", "across Ohio"): the state is
# where things happen, not a modifier ("the Missouri show", "Missouri officials").
_PLACE_PREPOSITION = re.compile(r"\b(?:in|across|throughout|around|through)\s+(?:(?:central|[a-z]+ern)\s+)?\Z")


class PlacedStates:
    """The first-level divisions (by country and code) the story's names can be where a preposition of place
    governs the name: the ground a story of two common-word towns is set on. Read once per document, on first
    asking (most documents never ask), and counted by division, so that leaving out a route's own two ends costs
    no scan of the story."""

    def __init__(self, text: str, by_start: Mapping[int, NameSpan]):
        self._text, self._by_start = text, by_start
        self._of: Optional[dict[int, frozenset]] = None  # a span's start → the divisions it places things in
        self._count: Counter = Counter()  # a division → how many names place things in it
        self.scanned = 0  # names read for a preposition of place: the work done, once per name of the document

    def _read(self) -> dict[int, frozenset]:
        if self._of is None:
            self._of = {}
            for start, span in self._by_start.items():
                self.scanned += 1
                if not _PLACE_PREPOSITION.search(self._text, max(0, span.start - 20), span.start):
                    continue
                states = frozenset((c.country_code, c.admin1_code) for c in span.candidates
                                   if c.exact and c.feature_code == "ADM1")
                if states:
                    self._of[start] = states
                    self._count.update(states)
        return self._of

    def excluding(self, skip: Sequence[NameSpan]) -> set:
        """The divisions some name other than those in `skip` places things in."""
        of = self._read()
        less: Counter = Counter()
        for k in skip:
            if self._by_start.get(k.start) is k:
                less.update(of.get(k.start, ()))
        return {st for st, n in self._count.items() if n > less[st]}


def _paired_in_named_state(s: NameSpan, partner_towns: list, named: AbstractSet) -> list:
    """s's towns where both ends of the route are common words ("from Liberty to Independence"): two ideas land
    near each other's namesakes as easily as two towns, so the pair vouches only inside a first-level division
    the story places things in ("... in Missouri", `PlacedStates`) where towns of both names lie within a
    route's reach."""
    ends = [c for c in partner_towns
            if c.population >= MIN_OPENER_POPULATION and (c.country_code, c.admin1_code) in named]
    return [c for c in _towns_of(s) if c.population >= MIN_OPENER_POPULATION
            and (c.country_code, c.admin1_code) in named
            and any(haversine_km(c.lat, c.lon, e.lat, e.lon) <= ROUTE_REACH_KM for e in ends)]
