"""The word English news uses for some countries' first-level divisions ("Borno State", "the Far North
region"), which chooses between two countries' first-level divisions of one name.

Why: "Adamawa" is both Nigeria's state and (as Cameroon's press writes Adamaoua) Cameroon's region. The name
alone is read by the story's other places, but a writer who puts "region" beside it has said which country's
division is meant, as "Adamawa State" says the other. Only between first-level readings in countries listed
here, and only where the word fits some of them and not the others: a country left out keeps its readings.
"""
from __future__ import annotations

from eventwatch.geo.name_span import NameSpan

# The word each country's first-level divisions are called in English-language reporting. A country is listed
# under one word only, and only where that word is the settled usage.
_FIRST_LEVEL_WORD: dict[str, str] = {
    **dict.fromkeys(("NG", "US", "IN", "MX", "BR", "AU", "MY", "SD", "SS", "VE"), "state"),
    **dict.fromkeys(("CM", "GH", "ET", "IT", "FR", "SN", "ML", "TZ", "GN", "BF", "NE", "CL", "PE", "TG"), "region"),
    **dict.fromkeys(("CA", "PK", "AF", "IR", "TR", "CD", "ZA", "ZM", "KE"), "province"),
}


def readings_by_first_level_word(s: NameSpan, word: str) -> None:
    """Drop first-level readings of countries that call such a division by another word than `word`, where a
    reading in a country that uses `word` stays ("the Adamawa region": Cameroon's, not Nigeria's state)."""
    firsts = [c for c in s.candidates if c.exact and c.feature_code == "ADM1"]
    if len({c.country_code for c in firsts}) < 2 \
            or not any(_FIRST_LEVEL_WORD.get(c.country_code) == word for c in firsts):
        return
    s.candidates = [c for c in s.candidates if c.feature_code != "ADM1"
                    or _FIRST_LEVEL_WORD.get(c.country_code, word) == word]
