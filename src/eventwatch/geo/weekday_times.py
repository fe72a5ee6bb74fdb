"""A weekday written straight after a name, the American wire style for an event's day: "crowds gathered at
Kamloops Monday", "the fire at Fort St. John Friday".

A capitalised word after a name often continues a longer proper name ("Tracy Jane", "Kamloops Daily News"), and
geo/context_reading.py then keeps the name only inside that longer one, or drops it. A weekday is no such word: it
is the day of what the sentence tells, and the name before it stands alone. Only where the weekday itself ends the
capitalised run (a lower-case word, a possessive or punctuation after it): "Ruby Tuesday Grill" or "Friday Harbor
Ferry" go on as names. Nor in the idiom "Man Friday"/"Girl Friday" (an aide): there the weekday is part of a
name of a person's role. A compound after the weekday ("a Kaduna Sunday school", "a Leeds Sunday league side")
is no day either, but the weekday still ends the capitalised run: the name before it stands alone, a place.
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
# Idioms a weekday makes with the word before it ("Man Friday", "Girl Friday": an aide): no name ends before it.
_IDIOM_BEFORE = frozenset({"man", "girl"})


def weekday_after(text: str, tokens: Sequence[Token], j: int) -> bool:
    """Whether token j, right after a name (one space between), is a weekday that ends the capitalised run."""
    if j >= len(tokens) or tokens[j].text not in _WEEKDAYS:
        return False
    if j > 0 and text[tokens[j - 1].end : tokens[j].start] != " ":
        return False
    if j > 0 and tokens[j - 1].norm in _IDIOM_BEFORE:
        return False  # "the minister's Man Friday": an idiom, no day
    end = tokens[j].end
    return end >= len(text.rstrip()) or _RUN_ENDS.match(text, end) is not None
