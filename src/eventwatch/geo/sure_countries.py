"""Countries a document's own names settle: each held, spelt exactly, by one country alone.

The resolver weighs only a name's best-ranked readings by prior (`Weights.max_candidates`); for a name borne by
dozens of towns worldwide ("Newport", "Richmond") the small namesake the story means falls in the long tail,
and it is brought back only where the document's country is given. A regional story names that country through
its other names all the same: "from Westport through Newport to Castlebar in County Mayo" names Castlebar and
County Mayo, which only Ireland holds. Two such names of one country (one could be a stray namesake) let the
long tail's readings in that country back in, where the document's places can choose them.
"""
from __future__ import annotations

from typing import Sequence

from eventwatch.geo.name_span import NameSpan

# How many names of their own a country needs before it is taken as settled.
MIN_NAMES = 2


def sure_countries(spans: Sequence[NameSpan]) -> frozenset[str]:
    """The countries that at least MIN_NAMES different names of `spans` are held by alone: every exact
    reading of the name lies in that one country (demonyms and names with no exact reading say nothing)."""
    names_of: dict[str, set[str]] = {}
    for s in spans:
        if s.demonym:
            continue
        codes = {c.country_code for c in s.candidates if c.exact}
        if len(codes) == 1:
            (cc,) = codes
            if cc:
                names_of.setdefault(cc, set()).add(s.norm)
    return frozenset(cc for cc, names in names_of.items() if len(names) >= MIN_NAMES)
