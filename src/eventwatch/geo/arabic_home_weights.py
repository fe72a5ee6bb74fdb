"""What a reading weighs when an Arabic report's home readings are weighed against readings abroad.

`arabic_names._home_readings` keeps a reading outside the Arabic-named countries only when it clearly outweighs
every reading at home, by population. A curated natural feature or region has no population of its own (its
row gives 0), so a village of a few hundred at home hid it: "الجليل" (Galilee, a curated region) gave way to
a Djiboutian hamlet whose Arabic name is only the transliteration of its Latin one. Such a feature weighs here
as the context-free prior already weighs it (`gazetteer.FEATURE_PRIOR_POPULATION`: a region as a city of
millions); a curated part of a city (PPLX) and every GeoNames row keep their own figure.
"""
from __future__ import annotations

from eventwatch.geo.gazetteer import FEATURE_PRIOR_POPULATION, Candidate


def home_weight(c: Candidate) -> int:
    """The population `c` weighs with: a curated feature's prior figure where its own is lower, else its own."""
    pop = c.population or 0
    code = c.feature_code or ""
    if c.source != "curated" or code.startswith("PPL"):
        return pop
    return max(pop, FEATURE_PRIOR_POPULATION.get(code, 0))


__all__ = ["home_weight"]
