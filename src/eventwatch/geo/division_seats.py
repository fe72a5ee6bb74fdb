"""A small town named like the first-level division it lies in: the division's seat, not a stray village.

Newly made provinces are often named for their seat, a town of a few thousand people (Algeria's In Guezzam
and Bordj Badji Mokhtar, South Sudan's new states): where a story names the town far from its other places
("near In Guezzam, ... the ministry said in Algiers"), the resolver would refuse it as a village the story
cannot mean. The province sharing its name says the town is its seat, as firm as a large town's size.
"""
from __future__ import annotations

from typing import Iterable, Sequence

from eventwatch.geo.gazetteer import Candidate
from eventwatch.geo.normalise import normalise


def names_its_division(town: Candidate, readings: Sequence[tuple[float, Candidate]]) -> bool:
    """Whether `town` (a populated place) shares its name with a first-level division among `readings` (the
    name's ranked (score, candidate) pairs) that holds it."""
    if not town.feature_code.startswith("PPL") or not town.admin1_code:
        return False
    own = normalise(town.name)
    return any(c.feature_code == "ADM1" and c.admin1_code == town.admin1_code and normalise(c.name) == own
               for _score, c in readings)


def division_keys(readings: Iterable[Candidate]) -> frozenset[tuple[str, str, str]]:
    """(country, first-level code, name) of each first-level division among a name's readings: worked out once
    per name, so that asking of each reading whether it is such a division's seat stays linear."""
    return frozenset((c.country_code, c.admin1_code, normalise(c.name)) for c in readings
                     if c.feature_code == "ADM1" and c.admin1_code)


def seat_of_namesake(town: Candidate, keys: frozenset[tuple[str, str, str]]) -> bool:
    """Whether `town` (a populated place) is the seat of a first-level division among `keys` that holds it and
    shares its name (Andorra's parishes, Liechtenstein's and Slovenia's municipalities): what
    `names_its_division` asks, against the name's `division_keys`."""
    return bool(keys) and town.feature_code.startswith("PPL") and bool(town.admin1_code) \
        and (town.country_code, town.admin1_code, normalise(town.name)) in keys
