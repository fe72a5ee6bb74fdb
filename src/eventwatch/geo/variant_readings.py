"""Readings of a division by a name it shares with a bigger place's own name: aliases.yaml's `kind: variant`
("Adamawa", Cameroon's Adamaoua region and Nigeria's state).

Such a reading meets the other place on equal terms (sources.py stores it as an own name), and the text's other
names decide. A mention of the division's country alone decides nothing: a story of the other country names its
neighbour as where people flee or whose border lies near ("fled from Adamawa into Cameroon"), so the variant's
reading takes its country's support only where the country's towns or divisions give some (geo/resolve.py); a
story of the country that names its towns keeps the country's own name as support too.
"""
from __future__ import annotations

from functools import lru_cache

from eventwatch.geo.derive import DATA_DIR
from eventwatch.geo.gazetteer import Candidate
from eventwatch.geo.normalise import normalise
from eventwatch.geo.sources import load_lexicon


@lru_cache(maxsize=1)
def _variants() -> frozenset[tuple[str, str, str]]:
    """(name, country code, first-level division code) of each variant that names a first-level division."""
    out = set()
    for a in load_lexicon(str(DATA_DIR)).aliases:
        if a.get("kind") == "variant" and "admin1" in a:
            a1 = str(a["admin1"])  # "CM.10", as candidates hold it
            out.update((normalise(n), a1.partition(".")[0], a1) for n in a["names"])
    return frozenset(out)


@lru_cache(maxsize=1)
def _variant_names() -> frozenset[str]:
    return frozenset(n for n, _, _ in _variants())


def variant_reading(c: Candidate) -> bool:
    """Whether c is a division read by one of its variant names."""
    return c.match_norm in _variant_names() and c.feature_code == "ADM1" \
        and (c.match_norm, c.country_code, c.admin1_code) in _variants()
