"""Where a sea's short name that is also an adjective ends its noun phrase: "across the Baltic", "into the Baltic."

"Baltic" is an ordinary adjective as well as the sea's short name, so alone it is read as a word unless
something shows the noun phrase closes on it: a sentence's or clause's punctuation, a line's end, the end of
the text, or a closed-class word ("to", "and", "every", "on") opening what follows. Before a noun the adjective
describes that noun ("the Baltic states", "the Baltic coast"), which other rules read.

In practice this concerns "Baltic": the rule is consulted (context_reading._bare_ocean) only for a sea's name
that is also a common word, and among seas with a bare exact name only "baltic" is in common_words.txt. A sea
adjective added to that list later is read the same way.
"""
from __future__ import annotations

import re
from typing import Optional

from eventwatch.geo.function_words import FUNCTION_WORDS
from eventwatch.geo.normalise import Token

# Closed-class words that may follow a noun phrase's last word but never describe it (beside FUNCTION_WORDS):
# time and place words that open an adverbial ("every day", "last week", "each year", "near ...").
_PHRASE_OPENERS = FUNCTION_WORDS | frozenset({
    "every", "each", "last", "next", "until", "towards", "toward", "near", "off", "via", "through", "between",
    "during", "without", "within", "because", "if", "so",
})
# Blanks within a line (spaces, tabs, no-break spaces), then a closing mark, a line's end (LF or CRLF) or the
# text's end. Matched in place at the name's end: the rest of the text is never copied.
_CLOSES = re.compile(r"[ \t\u00a0]*(?:[\r\n.,;:!?)\]—–\-\"'”’»›]|$)")


def bare_sea_end(text: str, end: int, following: Optional[Token]) -> bool:
    """Whether the noun phrase ends at `end`, the end of a sea's short name: punctuation, a line's end or the
    text's end follows, or the next word (`following`) is a closed-class word."""
    if _CLOSES.match(text, end):
        return True
    return following is not None and following.norm in _PHRASE_OPENERS
