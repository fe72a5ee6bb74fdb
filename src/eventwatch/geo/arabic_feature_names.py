"""A plain, valley or mountain after its Arabic head word, read among the features of that kind the store holds
in Latin letters only: "سهل الغاب" is the Ghab Plain.

The store's natural features are few and curated, and many carry Latin names alone ("Ghab Plain", "Sahl
al-Ghab"). After "سهل" (plain), "وادي" (valley) or "جبل" (mountain) a report names a feature of that kind, so
the transliteration bridge (geo/arabic_translit.py) is asked among those features only, of the report's own
countries: so few keys leave no room for an everyday word to be read as one, and a short name ("الغاب", two
consonants) may be read there as a governorate is after its word.
"""
from __future__ import annotations

from typing import Optional

from eventwatch.geo.arabic_translit import SkeletonIndex, bridge
from eventwatch.geo.gazetteer import Candidate, Gazetteer
from eventwatch.geo.normalise import fold_token

# The head word, folded, and the feature codes of the kind it names.
FEATURE_KINDS: dict[str, tuple[str, ...]] = {
    fold_token("سهل"): ("PLN", "PLNS"),
    fold_token("وادي"): ("VAL", "VALS", "WAD", "WADS"),
    fold_token("جبل"): ("MT", "MTS", "HLL", "HLLS", "RDG"),
}
# Latin words of a feature's name that say its kind, not its name ("Ghab Plain", "Sahl al-Ghab").
GENERIC_WORDS = frozenset({"plain", "plains", "sahl", "valley", "wadi", "wādī", "mount", "mountain",
                           "mountains", "jabal", "jebel", "jibal", "hill", "hills", "of"})
# The fewest consonants a feature's name needs after its head word.
MIN_CONSONANTS = 2

_INDEXES: dict[tuple, SkeletonIndex] = {}


def feature_index(gaz: Gazetteer, countries: frozenset[str], codes: tuple[str, ...]) -> SkeletonIndex:
    """The features of `codes` in `countries`, keyed by their Latin names without the generic words; built on
    first use and kept."""
    memo = (str(gaz.directory), countries, codes)
    index = _INDEXES.get(memo)
    if index is None:
        index = _INDEXES[memo] = SkeletonIndex([], divisions=gaz.populated_place_spellings(countries, codes),
                                               generic=GENERIC_WORDS)
    return index


def bridged_feature(gaz: Gazetteer, head: str, names: list[str], countries: frozenset[str],
                    index_countries: frozenset[str]) -> Optional[tuple[int, Candidate]]:
    """(words read, feature) the words after the head word `head` (folded) name, among the features of its
    kind in the report's `countries`; None where the report names no country or none fits."""
    codes = FEATURE_KINDS.get(head)
    if codes is None or not countries:
        return None
    within = countries & index_countries
    if not within:
        return None
    return bridge(gaz, names[:1], within, index_countries, min_consonants=MIN_CONSONANTS, divisions_only=True,
                  index=feature_index(gaz, within, codes))
