"""A weekday written straight after a name, the American wire style for an event's day: "crowds gathered at
Kamloops Monday", "the fire at Fort St. John Friday".

A capitalised word after a name often continues a longer proper name ("Tracy Jane", "Kamloops Daily News"), and
geo/context_reading.py then keeps the name only inside that longer one, or drops it. A weekday is no such word: it
is the day of what the sentence tells, and the name before it stands alone. Only where the weekday itself ends the
capitalised run (a lower-case word, a possessive or punctuation after it): "Ruby Tuesday Grill" or "Friday Harbor
Ferry" go on as names. Nor in an idiom or a compound the weekday makes with a word beside it ("the senator's Man
Friday", "a Sunday league side", "Sunday school"): there it is no day, and the name before it is no place.
"""
from __future__ import annotations

import re
from typing import Sequence

from eventwatch.geo.calendar_words import WEEKDAYS
from eventwatch.geo.normalise import Token

_WEEKDAYS = frozenset(WEEKDAYS.split("|"))
# What may stand between the weekday and the next word for the weekday to end the run: a possessive or a space
# before a lower-case word, or any punctuation.
_RUN_ENDS = re.compile(r"['’]s?\s|\s*[^\w\s]|\s+[a-z]")
# Idioms a weekday makes with the word before it ("Man Friday", "Girl Friday": an aide) and compounds with the
# lower-case word after it ("Sunday league", "Sunday school", "Sunday best", "Sunday roast"): no event's day.
_IDIOM_BEFORE = frozenset({"man", "girl"})
_COMPOUND_AFTER = re.compile(r"\s+(?:league|leagues|school|schools|best|roast|paper|papers|supplement)\b")


def weekday_after(text: str, tokens: Sequence[Token], j: int) -> bool:
    """Whether token j, right after a name (one space between), is a weekday that ends the capitalised run."""
    if j >= len(tokens) or tokens[j].text not in _WEEKDAYS:
        return False
    if j > 0 and text[tokens[j - 1].end : tokens[j].start] != " ":
        return False
    if j > 0 and tokens[j - 1].norm in _IDIOM_BEFORE or _COMPOUND_AFTER.match(text, tokens[j].end):
        return False  # "the minister's Man Friday", "a Manchester Sunday league side": an idiom, no day
    end = tokens[j].end
    return end >= len(text.rstrip()) or _RUN_ENDS.match(text, end) is not None
