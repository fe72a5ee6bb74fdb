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
"""
from __future__ import annotations

from typing import Optional, Sequence

from eventwatch.geo.gazetteer import Candidate
from eventwatch.geo.name_span import NameSpan
from eventwatch.geo.sentences import mention_sentence
from eventwatch.geo.split_divisions import holds_filed


def sentence_state_counties(text: str, spans: Sequence[NameSpan], chosen: Sequence[Optional[Candidate]],
                            ranked: Sequence[Sequence[tuple[float, Candidate]]]) -> dict[int, Candidate]:
    """Span index → the namesake county lying in the one state its sentence names before it, for each county
    read (`chosen`, None where unread or unsupported) in another state. `ranked[k]` is span k's scored readings
    (with the readings beyond the candidate cut)."""
    states = [(k, c) for k, c in enumerate(chosen) if c is not None and c.feature_code == "ADM1" and c.admin1_code
              and spans[k].locational]
    if not states:
        return {}
    out: dict[int, Candidate] = {}
    for k, c in enumerate(chosen):
        s = spans[k]
        if c is None or c.feature_code != "ADM2" or not c.exact or s.container is not None or not c.admin1_code:
            continue
        lo, hi = mention_sentence(text, s.start, s.end)
        before = [(spans[j].end, st.admin1_code) for j, st in states if lo <= spans[j].start
                  and spans[j].end <= s.start and st.country_code == c.country_code]
        after = [spans[j].start for j, st in states if s.end <= spans[j].start and spans[j].end <= hi
                 and st.country_code == c.country_code]
        said = {code for _end, code in before}
        if len(said) != 1 or after and min(after) - s.end < s.start - max(end for end, _code in before):
            continue  # "Union and Baker counties in Florida": a state nearer after the county is its own
        (state,) = said
        if holds_filed(state, c.admin1_code):
            continue
        namesake = next((x for _sc, x in ranked[k] if x.feature_code == "ADM2" and x.exact and x.admin1_code
                         and x.country_code == c.country_code and holds_filed(state, x.admin1_code)), None)
        if namesake is not None:
            out[k] = namesake
    return out
