"""The one-word names of the countries and first-level divisions ("Utah", "Missouri", "Kenya"), as the
gazetteer's own tables write them (data/gazetteer/countries.tsv, admin1.tsv), folded as tokens are.

A capitalised word after a forename reads as a surname ("Mark Davies"), but a state or a country there is the
place that qualifies the name before it ("St. George Utah", "St. Charles Missouri"): such a word is no one's
surname in a reader's eye, whatever a list of surnames would hold.
"""
from __future__ import annotations

import re
from functools import lru_cache

from eventwatch.geo.derive import DATA_DIR, read_tsv
from eventwatch.geo.normalise import normalise

# A possessive division ("Smithʼs", Bermuda's parish) folds to the bare surname: its name is no land's word.
_POSSESSIVE = re.compile(r"['ʼ’]s\b")


@lru_cache(maxsize=1)
def land_words() -> frozenset[str]:
    """The folded one-word country and first-level division names (the English name and its ASCII spelling):
    read once, a few thousand words."""
    words: set[str] = set()
    for row in read_tsv(DATA_DIR / "countries.tsv"):
        words.add(normalise(row[2]))
    for row in read_tsv(DATA_DIR / "admin1.tsv"):
        words.update(normalise(n) for n in row[1:3] if not _POSSESSIVE.search(n))
    return frozenset(w for w in words if w and " " not in w)
