"""A list neighbour's towns in a US state the story names: readings a list of small towns is judged by.

A common word between two list members ("Rockland, Union and Hope") is kept as a town only where it lies near what
a neighbour most likely is (geo/context_reading._likeliest_readings); for a name of many places that is its first
reading alone ("Lincoln" lies near some town of almost any name), and Rockland's first is Massachusetts's. But a
story that names a state elsewhere ("..., Maine officials said", "the Maine utility") tells where its lists of
small towns lie: the neighbour's towns in that state are likely too, and the word is judged by them as well. Only
a state named by another name counts ("Delaware, Union and Dover" does not name Delaware by the list's own
member), and only the US, whose states a story names to set its towns (geo/townships.us_states_named: a name that
is also a country or a capital names no state).
"""
from __future__ import annotations

from typing import AbstractSet, Optional, Sequence

from eventwatch.geo.gazetteer import Candidate


def stated_state_towns(readings: Sequence[Candidate], states: AbstractSet[str],
                       first: Optional[Candidate] = None) -> list[Candidate]:
    """The town readings among `readings` (one name's) in a US state of `states` (admin1 codes the story names),
    leaving out a state the name itself names, and spellings of another name ("Saint Paris" for Paris). None
    where the name's likeliest reading (`first`) is a national capital outside the US: "an Ohio team visited
    London, Hope and Paris" names the capitals, whatever state the story names (Washington, the US capital, is
    left to the list: "Washington, Hope and Liberty ..., the Maine fire marshal said"). A large city abroad is
    not enough: US towns named for Manchester or Dublin are many ("Manchester, Hope and Union, a Maine
    official said" are Maine's)."""
    if not states or _capital_abroad(first):
        return []
    own = {c.admin1_code for c in readings if c.feature_code == "ADM1"}
    return [c for c in readings if c.country_code == "US" and c.feature_code.startswith("PPL") and c.exact
            and c.admin1_code in states and c.admin1_code not in own]


def _capital_abroad(c: Optional[Candidate]) -> bool:
    """Whether `c` is a national capital outside the US."""
    return c is not None and c.country_code != "US" and c.feature_code == "PPLC"
