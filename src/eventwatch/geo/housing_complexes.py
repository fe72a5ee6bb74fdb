"""A name like a landscape's, right before a housing noun, names a housing complex: no place of its own.

Local news reports fires, sales and demolitions at "the Willow Creek apartment complex", "the Pine Meadows
apartments" or "the Oak Hollow mobile home park". Such complexes are named like landscapes ("Creek", "Hills",
"Meadows", "Oaks"), and the gazetteer holds a hamlet, a stream or a hill for many of the names; the housing noun
after the name says it is the complex, which stands in the town the story names, not at that hamlet. Two such
names may share one noun ("the Willow Creek and Cedar Hills apartment complexes").

A strong reading is kept (a town of note by its own name, a first-level division, a country): "the Overland
Park apartment complex", "a Beverly Hills apartment" are homes in those places. So is any town after an
indefinite article or a possessive pronoun ("a Chevy Chase condo", "their Grosse Pointe condo"): a complex is
"the Willow Creek apartments", one home in a town is "a <town> condo". That spare ends where a town follows the
housing noun ("a Willow Creek apartment in Fresno"): the name is then the complex standing in that town, unless
what follows is a country or a first-level division that holds the town ("a Chevy Chase condo in Maryland").
A name read by its kind (a street, a facility), other than the feature its landscape word suggests, is kept too.
"""
from __future__ import annotations

import re
from typing import Sequence

from eventwatch.geo.common_word_names import KIND_CUES
from eventwatch.geo.contest_titles import strong_reading
from eventwatch.geo.name_span import NameSpan

# The last word of a complex's name: words of landscape that developers name homes for.
_LANDSCAPE_HEADS = frozenset({
    "creek", "creeks", "hill", "hills", "oak", "oaks", "meadow", "meadows", "ridge", "pointe", "point", "lake",
    "lakes", "park", "village", "garden", "gardens", "wood", "woods", "glen", "crossing", "landing", "estates",
    "manor", "springs", "grove", "hollow", "heights", "terrace", "trace", "view", "vista", "pines", "willows",
    "commons", "bluff", "bluffs", "shores", "harbor", "harbour", "chase", "green", "trails", "brook", "valley",
})
# The housing noun right after the name, lower case or capitalised ("Apartments", "apartment complexes").
_HOUSING_NOUNS = (r"(?i:apartments?|apartment (?:complex|complexes|building|buildings|community|homes)"
                  r"|condominiums?|condos?|townhomes|townhouses|town homes|mobile home park|trailer park"
                  r"|retirement community|senior living)\b")
_HOUSING = re.compile(r"\s+" + _HOUSING_NOUNS)
# "Willow Creek and Cedar Hills apartments": the first of two names sharing the noun, whatever the second was
# read as (a facility's name, an embedded place), so long as the second is named like a landscape too: in
# "Chevy Chase and Bethesda apartments" the noun belongs to the towns.
_AND_HOUSING = re.compile(r"\s*(?:,|and|&)\s+(?:[A-Z][\w'’.-]*\s+){0,2}(?i:"
                          + "|".join(sorted(_LANDSCAPE_HEADS, key=len, reverse=True)) + r")\s+" + _HOUSING_NOUNS)
# "a Chevy Chase condo", "their Grosse Pointe condo": one home in that town, not a complex's name.
_ONE_HOME_BEFORE = re.compile(r"\b(?i:an?|his|her|their|its|my|our|your)\s+$")
# "... apartment in Fresno", "... condo building near Tulsa": a place named right after the housing noun.
_PLACE_AFTER = re.compile(r"(?:\s+(?:complex|complexes|building|buildings|unit|units))?\s+(?:in|near|outside)\s+"
                          r"(?=[A-Z])")


def _one_home_in_that_town(text: str, spans: Sequence[NameSpan], s: NameSpan, housing_end: int) -> bool:
    """ "a Chevy Chase condo": one home in the town named, unless another town follows the housing noun."""
    if not _ONE_HOME_BEFORE.search(text, max(0, s.start - 8), s.start):
        return False
    after = _PLACE_AFTER.match(text, housing_end)
    if after is None:
        return True
    return any(t.start == after.end() and any(c.feature_code.startswith("PCL") or c.feature_code == "ADM1"
                                              for c in t.candidates) for t in spans)


def _landscape_named(s: NameSpan, text: str) -> bool:
    """A name whose last word is a landscape's and that has no strong reading, read by no kind of its own but
    the feature its last word makes it ("Willow Creek" reads as a stream until the housing noun)."""
    last = text[s.start:s.end].split()[-1].lower() if s.end > s.start else ""
    return last in _LANDSCAPE_HEADS and (s.cue == "feature" or s.cue not in KIND_CUES) and not s.demonym \
        and not strong_reading(s)


def housing_complex_names(text: str, spans: Sequence[NameSpan]) -> set[int]:
    """Indices of names that are a housing complex's: before a housing noun, or before "and" and another name
    that is."""
    out: set[int] = set()
    for k, s in enumerate(spans):
        housing = _HOUSING.match(text, s.end) or _AND_HOUSING.match(text, s.end)
        if housing and _landscape_named(s, text) and not _one_home_in_that_town(text, spans, s, housing.end()):
            out.add(k)
    return out
