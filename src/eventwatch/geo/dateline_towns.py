"""A dateline's name is a town: reports are filed from towns ("BUENOS AIRES —"), never from a province.

Context can still hand a dateline to the division that shares its town's name when the story lists that
country's provinces ("carrying the provinces of Córdoba and Mendoza, but lost Buenos Aires province"): the
divisions lend one another weight, and the town's small prior edge for a dateline (reading_priors.py) is
outweighed. The dateline itself says otherwise, so a division chosen for it gives way to the town of exactly
its name in the same country, where the gazetteer holds one.
"""
from __future__ import annotations

from eventwatch.geo.gazetteer import Candidate

DATELINE_CUE = "dateline"


def dateline_town(cue: str | None, best: Candidate, ranked: list[tuple[float, Candidate]]) -> Candidate:
    """The town a dateline names where `best` is a division of its name: the best-ranked populated place
    spelled exactly so in the division's country; `best` otherwise."""
    if cue != DATELINE_CUE or not best.feature_code.startswith("ADM"):
        return best
    return next((c for _score, c in ranked if c.exact and c.feature_code.startswith("PPL")
                 and c.country_code == best.country_code), best)
