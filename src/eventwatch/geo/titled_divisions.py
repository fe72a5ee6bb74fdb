"""Divisions the gazetteer holds only under a title that keeps their division word ("Bui Division",
"Mbere Department"), read where the text writes the word in lower case after the bare name ("Bui division").

Why: the bare name then matched only a near spelling abroad (Cameroon's "Bui division" read as Bowie, Maryland),
and the rule that a word only some countries use keeps no reading elsewhere had no reading of its own country
to keep. Only for such words (`WordLevels.listed_only`), and only readings in a country that uses the word.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Callable, Optional

from eventwatch.geo.division_levels import LEVEL_CODES, WordLevels, load_division_levels

if TYPE_CHECKING:
    from eventwatch.geo.gazetteer import Candidate, Gazetteer


def titled_division_readings(gaz: "Gazetteer", name: str, word_text: str, word: WordLevels) -> list["Candidate"]:
    """The divisions called "<name> <word>" in the countries that use the word, at the level it names there."""
    if not word.listed_only:
        return []
    return [c for c in gaz.lookup(f"{name} {word_text}", limit=10)
            if c.exact and word.used_in(c.country_code)
            and c.feature_code in LEVEL_CODES[word.level_in(c.country_code)]]


def unknown_name_titled_readings(held: Optional[Callable[[str], list["Candidate"]]], name: str,
                                 word_text: str, word: str) -> list["Candidate"]:
    """The same for a name the gazetteer holds only inside such a title, so that the name alone was read as
    unknown ("Masovian voivodeship": GeoNames and the aliases hold "Masovian Voivodeship", and "Masovian"
    alone is no place's name). `held(spelling)` gives the gazetteer's exact readings of a spelling."""
    levels = load_division_levels().get(word)
    if held is None or levels is None or not levels.listed_only:
        return []
    return [c for c in held(f"{name} {word_text}")
            if levels.used_in(c.country_code) and c.feature_code in LEVEL_CODES[levels.level_in(c.country_code)]]
