"""A region, sea, island or range spelled exactly outranks a town only spelled like it.

A loose spelling is how the resolver reaches transliterated villages ("Karrada" ~ "Ar Rifa'i"), and a story's
own country and towns lend such a reading weight: in a Niigata snow story "cold air from Siberia" reached
"Suibara", a Niigata town, because the region abroad had no support of its own. But a name written exactly as a
physical feature or a region is written (curated in data/gazetteer/natural_features.yaml, never a town's) says
what it names; the look-alike town is what a misspelling would mean, and the text is not misspelt.
"""
from __future__ import annotations

from typing import Optional, Sequence

from eventwatch.geo.distances import is_area
from eventwatch.geo.gazetteer import Candidate


def spelled_area(best: Candidate, readings: Sequence[Candidate]) -> Optional[Candidate]:
    """The curated feature or region spelled exactly among `readings` where `best` is a town only spelled like
    the name (a GeoNames area is as often a look-alike as the town, so only a curated one says what the name
    names); None where best is spelled exactly or is no town, or no such area is read."""
    if best.exact or not best.feature_code.startswith("PPL"):
        return None
    return next((c for c in readings if c.exact and c.source == "curated" and is_area(c)
                 and not c.feature_code.startswith(("PCL", "ADM"))), None)
