"""Divisions the gazetteer holds only under a title that keeps their division word ("Bui Division",
"Mbere Department"), read where the text writes the word in lower case after the bare name ("Bui division").

Why: the bare name then matched only a near spelling abroad (Cameroon's "Bui division" read as Bowie, Maryland),
and the rule that a word only some countries use keeps no reading elsewhere had no reading of its own country
to keep. Only for such words (`WordLevels.listed_only`), and only readings in a country that uses the word.
"""
from __future__ import annotations

from typing import TYPE_CHECKING

from eventwatch.geo.division_levels import LEVEL_CODES, WordLevels

if TYPE_CHECKING:
    from eventwatch.geo.gazetteer import Candidate, Gazetteer


def titled_division_readings(gaz: "Gazetteer", name: str, word_text: str, word: WordLevels) -> list["Candidate"]:
    """The divisions called "<name> <word>" in the countries that use the word, at the level it names there."""
    if not word.listed_only:
        return []
    return [c for c in gaz.lookup(f"{name} {word_text}", limit=10)
            if c.exact and word.used_in(c.country_code)
            and c.feature_code in LEVEL_CODES[word.level_in(c.country_code)]]
