"""A county named in a sentence that names one state of its country is that state's county, where it has one.

"Avian flu was found in swans in Michigan, in a marsh in Monroe County": some twenty states hold a Monroe County,
alike a priori, and the resolver settles such a name by the state the whole story leans to. An outbreak story
often names a national laboratory's town in another state ("samples were tested in Ames, Iowa"): that state's
two names then outweigh the one state the county's own sentence names, and the county was read in the state of
the laboratory. The sentence is the nearer word: where it names, before the county, exactly one first-level
division of the county's country, read as a place, and the county's reading lies in another, its namesake in
that division is meant.

Not where the county is written with its own state ("Monroe County, Iowa": the container rules read it), nor
where the sentence names two states before it ("crews from Michigan and Iowa met in Monroe County"), or a
state after it nearer than the one before ("from Ware County in Georgia and Baker County in Florida"), nor for a
county spelled loosely: the rule moves a name between exact namesakes only.

A state written as a town's container ("a laboratory in Ames, Iowa") locates that town, not the sentence, and
a state a person comes from ("a nurse from Minnesota", "born in Texas") is an origin, not where the sentence's
events are: neither is the sentence's state. Nor does the rule move a county where a place of the sentence
nearer to it than the state lies in the county's current state ("Orange County, after the fire near Anaheim").
"""
from __future__ import annotations

import re
from bisect import bisect_left
from typing import Optional, Sequence

from eventwatch.geo.gazetteer import Candidate
from eventwatch.geo.name_span import NameSpan
from eventwatch.geo.sentences import mention_sentence
from eventwatch.geo.split_divisions import holds_filed

# The words before a state that make it a person's origin: "a nurse from Minnesota", "born in Texas".
_ORIGIN_BEFORE = re.compile(r"(?:\bfrom|\bborn\s+in|\bnatives?\s+of|\braised\s+in)\s+(?:the\s+state\s+of\s+)?$",
                            re.IGNORECASE)


def sentence_state_counties(text: str, spans: Sequence[NameSpan], chosen: Sequence[Optional[Candidate]],
                            ranked: Sequence[Sequence[tuple[float, Candidate]]]) -> dict[int, Candidate]:
    """Span index → the namesake county lying in the one state its sentence names before it, for each county
    read (`chosen`, None where unread or unsupported) in another state. `ranked[k]` is span k's scored readings
    (with the readings beyond the candidate cut)."""
    held = {x.container for x in spans if x.container is not None}  # a state written as a town's container
    states = sorted((spans[k].start, k, c) for k, c in enumerate(chosen) if c is not None
                    and c.feature_code == "ADM1" and c.admin1_code and spans[k].locational and k not in held)
    if not states:
        return {}
    starts = [st for st, _k, _c in states]
    placed = sorted((x.start, j) for j, x in enumerate(spans) if chosen[j] is not None)
    placed_starts = [st for st, _j in placed]
    out: dict[int, Candidate] = {}
    for k, c in enumerate(chosen):
        s = spans[k]
        if c is None or c.feature_code != "ADM2" or not c.exact or s.container is not None or not c.admin1_code:
            continue
        lo, hi = mention_sentence(text, s.start, s.end)
        near = states[bisect_left(starts, lo):bisect_left(starts, hi)]
        before = [(spans[j].end, j, st.admin1_code) for _st, j, st in near
                  if spans[j].end <= s.start and st.country_code == c.country_code]
        after = [spans[j].start for _st, j, st in near if s.end <= spans[j].start and spans[j].end <= hi
                 and st.country_code == c.country_code]
        said = {code for _end, _j, code in before}
        if len(said) != 1:
            continue
        gap = s.start - max(end for end, _j, _code in before)
        if after and min(after) - s.end < gap:
            continue  # "Union and Baker counties in Florida": a state nearer after the county is its own
        if all(_ORIGIN_BEFORE.search(text, max(lo, spans[j].start - 30), spans[j].start) for _end, j, _code in before):
            continue  # "a nurse from Minnesota was hired in Cook County": an origin, not the sentence's state
        (state,) = said
        if holds_filed(state, c.admin1_code):
            continue
        if _nearer_at_home(spans, chosen, placed[bisect_left(placed_starts, lo):bisect_left(placed_starts, hi)],
                           k, c, gap):
            continue
        namesake = next((x for _sc, x in ranked[k] if x.feature_code == "ADM2" and x.exact and x.admin1_code
                         and x.country_code == c.country_code and holds_filed(state, x.admin1_code)), None)
        if namesake is not None:
            out[k] = namesake
    return out


def _nearer_at_home(spans: Sequence[NameSpan], chosen: Sequence[Optional[Candidate]],
                    placed: Sequence[tuple[int, int]], k: int, county: Candidate, gap: int) -> bool:
    """Whether a place of the county's sentence (`placed`: (start, index) of its read names) lies in the
    county's current state, nearer to the county than the state before it is (`gap` characters): "in Texas,
    ... for Orange County after the fire near Anaheim" keeps the county by Anaheim."""
    s = spans[k]
    for _st, j in placed:
        x = chosen[j]
        if j == k or x is None or x.feature_code == "ADM1" or x.country_code != county.country_code \
                or not x.admin1_code or not holds_filed(county.admin1_code, x.admin1_code):
            continue
        if min(abs(spans[j].start - s.end), abs(s.start - spans[j].end)) < gap:
            return True
    return False
