"""A part of a town written before its name: "Old Town Alexandria", "Downtown Dayton", "the Old City of X".

Words that name a part of the place after them ("old", "downtown", "inner": the lexicon's place part words),
alone or with "Town" or "City" ("Old Town", "Inner City"), are also the names or alternate names of places
somewhere: GeoNames calls a Virginia town "Old Town" and an Ohio neighbourhood "Downtown". Written right before
a town's name they say which part of that town is meant, and no other place: the part phrase is dropped and the
town keeps the name (as the corpora that tag the town alone do, "Downtown [Dayton]"), taking over the cue the
part phrase had ("trains stop at Old Town Fairfax": the stop is at Fairfax).
"""
from __future__ import annotations

from typing import Collection, Sequence

from eventwatch.geo.name_span import NameSpan
from eventwatch.geo.normalise import Token
from eventwatch.geo.store import NAME_MAIN

# Nouns a part word may take before the town's name: "Old Town X", "Inner City X".
_PART_NOUNS = frozenset({"town", "city"})


def _part_phrase(tokens: Sequence[Token], s: NameSpan, part_words: Collection[str]) -> bool:
    words = [tokens[k].norm for k in range(s.i, s.j)]
    return words[0] in part_words and all(w in part_words or w in _PART_NOUNS for w in words[1:]) \
        and all(tokens[k].text[:1].isupper() for k in range(s.i, s.j))


def town_part_prefixes(text: str, tokens: Sequence[Token], spans: Sequence[NameSpan],
                       part_words: Collection[str]) -> set[int]:
    """Indices of part phrases written right before a name the gazetteer spells exactly (to be dropped); the
    name after each takes over the phrase's cue where it has none."""
    out: set[int] = set()
    by_start = {s.i: s for s in spans}
    for k, s in enumerate(spans):
        if s.facility or s.demonym or s.j - s.i > 2 or not _part_phrase(tokens, s, part_words):
            continue
        town = by_start.get(s.j)
        if town is None or town.demonym or town.facility or text[s.end : town.start] != " " \
                or not any(c.exact for c in town.candidates):
            continue
        out.add(k)
        town.candidates = _namesakes_the_part_names(s, town)
        if town.cue is None and s.cue is not None and town.locational:
            town.cue, town.firm = s.cue, town.firm or s.firm
            town.phrase_start = min(town.phrase_start, s.start) if town.phrase_start >= 0 else s.start
    return out


def _namesakes_the_part_names(part: NameSpan, town: NameSpan) -> list:
    """The town's readings in a state or province where one of the part phrase's own readings lies, where
    there are such: GeoNames gives the part's name to parts of particular towns ("Old Town" is also a
    Virginia town's alternate name), and that was the phrase's evidence for the namesake the text means
    ("Old Town Alexandria": Alexandria, Virginia, not Egypt's). Only readings the town's main name spells
    count: an alternate name shared by chance ("Old Town Edinburgh" and an Ohio village once called
    Edinburgh) is no such evidence. Otherwise all of its readings."""
    regions = {(c.country_code, c.admin1) for c in part.candidates if c.exact and c.admin1}
    near = [c for c in town.candidates if (c.country_code, c.admin1) in regions and c.exact and c.kind == NAME_MAIN]
    return near if near and len(near) < len(town.candidates) else town.candidates
