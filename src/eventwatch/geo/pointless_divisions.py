"""A division the tables give no point is placed by its namesake town: "hotels in Taipa and Cotai".

GeoNames' code tables name every division, and the bundled tables place each by the towns that lie in it
(geo/derive.py); some eighty first-level divisions hold no listed town and so carry no coordinates (Macau's
Cotai, the Cook Islands' atolls, new Burundian provinces, Bahamian districts). Read by its name, such a division
puts the story nowhere on a map, while a town of the same country spelled the same way, usually the division's
own seat or its single settlement, has a point. The town is then the reading kept: it is where the name is.
Not where the words call the name a division ("Muramvya province"): that division is meant, point or none (the
resolver asks only for mentions with no division's level).

Two consequences, accepted: the town reports the first-level division the tables file it in, which need not be
the division of its name (Muramvya, Mwaro and Plaisance report their towns' divisions; Burundi redrew its
provinces in 2025, and the towns sit in the new, larger ones); and a text that is nothing but the name ("Cotai")
yields no reading, where a sentence around it does.
"""
from __future__ import annotations

from typing import Sequence

from eventwatch.geo.gazetteer import Candidate
from eventwatch.geo.normalise import normalise


def pointed_reading(best: Candidate, readings: Sequence[tuple[float, Candidate]]) -> Candidate:
    """`best`, or, where `best` is a division without coordinates, the populated place among `readings` (the
    name's ranked (score, candidate) pairs) in the same country, spelled exactly and named the same, that has
    them."""
    if best.lat is not None or not best.feature_code.startswith("ADM") or not best.country_code:
        return best
    own = normalise(best.name)
    return next((c for _score, c in readings if c.exact and c.lat is not None and c.feature_code.startswith("PPL")
                 and c.country_code == best.country_code and normalise(c.name) == own), best)
