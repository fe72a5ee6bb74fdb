"""A name written with its country after a comma ("Cambridge, New Zealand", "London, Canada") lies in that country.

Writers add the country exactly when the bare name could be taken for a namesake elsewhere, often one nearer
the reader ("Cambridge, New Zealand" in an Ontario paper, whose readers know a Cambridge nearby). The
containment bonus alone can lose to the story's local focus and the publisher's country, which argue for the
very namesake the writer ruled out; so where the name has a reading spelled exactly in the country written
after it, that reading is taken.

A comma between two countries joins equals, not a place and its container ("China, Japan"; "Russia, the U.S.
and China"): a name that can itself be a country is held by none, and a container the list goes on after
("Toronto, Canada and Mexico") may be one of a list's members.
"""
from __future__ import annotations

import re
from typing import Optional, Sequence

from eventwatch.geo.gazetteer import Candidate
from eventwatch.geo.name_span import NameSpan
from eventwatch.geo.store import NAME_MAIN

# What follows a name that continues a list ("Canada and Mexico", "Canada, Mexico").
_LIST_GOES_ON = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?[A-Z]|(?:and|or)\s+[A-Z])")


def country_held_reading(text: str, spans: Sequence[NameSpan], idx: int,
                         ranked: Sequence[tuple[float, Candidate]],
                         container_ranked: Sequence[tuple[float, Candidate]]) -> Optional[tuple[float, Candidate]]:
    """The best-ranked exact reading of span `idx` in the country written after it and a comma, where its
    best reading lies elsewhere; None where the text names no such country or the name has no reading there."""
    s = spans[idx]
    if s.container is None or not ranked or not container_ranked:
        return None
    holder = spans[s.container]
    start = holder.phrase_start if holder.phrase_start >= 0 else holder.start
    if text[s.end : start].strip() != "," or _LIST_GOES_ON.match(text, holder.end):
        return None
    country = container_ranked[0][1]
    if not country.feature_code.startswith("PCL") or not country.exact or not country.country_code:
        return None
    if listed_countries(s, holder):
        return None
    if ranked[0][1].country_code == country.country_code:
        return _own_name_in_country(ranked)
    return next(((sc, c) for sc, c in ranked if c.exact and c.country_code == country.country_code
                 and not c.feature_code.startswith("PCL")), None)


def _own_name_in_country(ranked: Sequence[tuple[float, Candidate]]) -> Optional[tuple[float, Candidate]]:
    """"Durban, South Africa": a writer who adds the country means the place that bears the name as its own,
    not a smaller town of the same country that holds it only as an old spelling, however near the story's
    other places that town lies. The own-name reading is taken where it is at least ten times as populous;
    None where the best reading already bears the name, or no such reading exists."""
    best = ranked[0][1]
    if best.kind == NAME_MAIN:
        return None
    return next(((sc, c) for sc, c in ranked if c.exact and c.kind == NAME_MAIN and c.country_code == best.country_code
                 and c.population >= 10 * max(best.population, 1) and not c.feature_code.startswith("PCL")), None)


def listed_countries(s: NameSpan, holder: NameSpan) -> bool:
    """Whether a name and the one written after it as its container can both be countries ("China, Japan"):
    two countries side by side are a list's members, so the first name's villages in the second country (a
    China in Japan) gain nothing from it."""
    def country(span: NameSpan) -> bool:
        return any(c.exact and c.feature_code.startswith("PCL") for c in span.candidates)
    return country(s) and country(holder)
