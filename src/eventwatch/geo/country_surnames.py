"""A country's name that a document gives a person as a surname ("Marcus Jordan", "Charlotte Holland, 39,").

geo/persons.py collects the words a document uses as people's names, but a country's name is left a place
whatever person shares it (a country is too strong a reading to give up on one cue: "Paris Hilton" leaves
Paris a city). Local papers are full of people surnamed Jordan, Holland, England or Ireland, though, and after
"Marcus Jordan" or "Holland, 39," a bare "Jordan, who grew up in Ogden" is the coach again, not the kingdom.
Only these two firm shapes count: a listed given name right before the word, or the word before an age. A
place cue at the use itself ("moved to Jordan", "flights from Holland") still makes it the country.
"""
from __future__ import annotations

import re
from functools import lru_cache

# "Holland, 39, ran": a surname before an age between commas (an age, not a year or a count of things).
_AGE_AFTER = r", (?:1[89]|[2-9]\d),"


@lru_cache(maxsize=4096)
def _shape(word: str) -> re.Pattern[str]:
    w = re.escape(word)
    return re.compile(rf"(?<![\w.])([A-Z][a-z]+) {w}\b(?![-\w])|(?<![\w-]){w}{_AGE_AFTER}")


def country_as_surname(text: str, word: str, given_names: frozenset[str]) -> bool:
    """Whether the document writes the country name `word` (as written, one word) as a person's surname: right
    after a listed given name in the same sentence ("coach Marcus Jordan") or before an age ("Holland, 39,")."""
    if not word[:1].isupper() or " " in word:
        return False
    for m in _shape(word).finditer(text):
        given = m.group(1)
        if given is None or given.lower() in given_names:
            return True
    return False
