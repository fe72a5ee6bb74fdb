"""A state's abbreviation that spells the initials of the story's town in another state is that town.

A local paper shortens its own town's two-word name in a headline ("new clinic opens in N.C." above a story
datelined "NORTH CANTON, Ohio"): the letters are a postal abbreviation too, of a state the story is not in.
Where the story names a town whose words' initials are the abbreviation's letters, and names that town's own
state as well, the abbreviation reads as the town: a story about an Ohio town with the state written out does
not jump to North Carolina in its headline. A story naming no such town keeps the state.
"""
from __future__ import annotations

from typing import Optional, Sequence

from eventwatch.geo.gazetteer import Candidate
from eventwatch.geo.name_span import NameSpan
from eventwatch.geo.reading_priors import ADMIN1_CODES
from eventwatch.geo.store import NAME_ABBREVIATION


def _initials(norm: str) -> str:
    return "".join(w[0] for w in norm.split())


def initial_towns(spans: Sequence[NameSpan], chosen: Sequence[Optional[Candidate]]) -> dict[int, int]:
    """For each state abbreviation read as a state, the index of the story's town it spells, where there is one.

    `chosen` are the spans' readings. An abbreviation is letters only, one to a word ("s c"); the town's name
    has as many words, and its own first-level division is named in the story by a reading of its own."""
    states = {c.admin1_code for c in chosen if c is not None and c.feature_code in ADMIN1_CODES and c.admin1_code}
    towns = [(k, _initials(s.norm)) for k, (s, c) in enumerate(zip(spans, chosen))
             if c is not None and c.feature_code.startswith("PPL") and c.admin1_code in states
             and len(s.norm.split()) > 1]
    out: dict[int, int] = {}
    for k, (s, c) in enumerate(zip(spans, chosen)):
        words = s.norm.split()
        if c is None or c.kind != NAME_ABBREVIATION or c.feature_code not in ADMIN1_CODES \
                or len(words) < 2 or any(len(w) != 1 for w in words):
            continue
        letters = "".join(words)
        town = next((t for t, initials in towns
                     if initials == letters and chosen[t].admin1_code != c.admin1_code), None)
        if town is not None:
            out[k] = town
    return out
