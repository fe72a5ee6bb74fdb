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
from typing import Optional

from eventwatch.geo.lexicon import load_cues
from eventwatch.geo.normalise import Token

# "Holland, 39, ran": a surname before an age between commas (an age, not a year or a count of things).
_AGE_AFTER = r", (?:1[89]|[2-9]\d),"
# "Jordan, 45, Lebanon, 30, and Syria, 25,": counts listed by country, not ages. An item of such a list follows
# a colon, a comma, or a count and "and"/"or", or is followed by the next item's name and count.
_LIST_BEFORE = re.compile(r"(?:[:,]|\d,? (?:and|or)) \Z")
_LIST_AFTER = re.compile(r" (?:and |or )?[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)?, \d")


@lru_cache(maxsize=4096)
def _shape(word: str) -> re.Pattern[str]:
    w = re.escape(word)
    return re.compile(rf"(?<![\w.])([A-Z][a-z]+) {w}\b(?![-\w])|(?<![\w-]){w}{_AGE_AFTER}")


# The verdicts of `country_as_surname` for the last document asked, keyed by the text's identity: it is asked of
# every cue-less mention, and a results table or a case-count report lists the same countries again and again,
# each list item a shape the scan passes over, so a scan per mention grew with the square of such a report's
# length. Only that one document's text is kept alive, however long the batch.
_LAST_DOCUMENT: tuple[Optional[str], dict[tuple[str, frozenset[str]], bool]] = (None, {})


def country_as_surname(text: str, word: str, given_names: frozenset[str]) -> bool:
    """Whether the document writes the country name `word` (as written, one word) as a person's surname: right
    after a listed given name in the same sentence ("coach Marcus Jordan"), not a month ("In June Jordan"), or
    before an age ("Holland, 39,") outside a list of counts ("Jordan, 45, Lebanon, 30, ...")."""
    if not word[:1].isupper() or " " in word:
        return False
    global _LAST_DOCUMENT
    seen, verdicts = _LAST_DOCUMENT
    if seen is not text:
        verdicts = {}
        _LAST_DOCUMENT = (text, verdicts)
    key = (word, given_names)
    if key not in verdicts:
        verdicts[key] = _surname_in(text, word, given_names)
    return verdicts[key]


def _surname_in(text: str, word: str, given_names: frozenset[str]) -> bool:
    """The verdict of `country_as_surname`, scanning the whole text once."""
    for m in _shape(word).finditer(text):
        given = m.group(1)
        if given is None:
            if _LIST_BEFORE.search(text, max(0, m.start() - 12), m.start()) or _LIST_AFTER.match(text, m.end()):
                continue
            return True
        # a month's full name, which a given-name list may also hold ("June", "April"), dates: "In June Jordan
        # closed" (cues.yaml `months`; not its abbreviations: "Jun" as written is a given name)
        if given.lower() in given_names and given.lower() not in load_cues().month_names:
            return True
    return False


def joined_to_a_place(tokens: list[Token], i: int, j: int, taken: Optional[list[bool]],
                      polities: frozenset[int] | set[int] = frozenset()) -> bool:
    """Whether the name at tokens i..j is joined by "and" or "or" to a country or a first-level division
    already read as a place (token positions in `polities`): "Jordan and Israel signed", "Syria or Jordan".
    The surname verdict holds for the whole story, so in a digest's other section the country stays a country
    where it is listed with another; a town beside it ("Jordan and Provo coach Sam Reed") is more often the
    person's team than a second country's neighbour, and leaves the person."""
    if not taken:
        return False
    after = j + 1 < len(tokens) and tokens[j].norm in ("and", "or") and taken[j + 1] and (j + 1) in polities
    before = i >= 2 and tokens[i - 1].norm in ("and", "or") and taken[i - 2] and (i - 2) in polities
    return after or before
