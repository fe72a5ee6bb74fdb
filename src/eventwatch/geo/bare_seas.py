"""Where a sea's short name that is also an adjective ends its noun phrase: "across the Baltic", "into the Baltic."

"Baltic" is an ordinary adjective as well as the sea's short name, so alone it is read as a word unless
something shows the noun phrase closes on it: a sentence's or clause's punctuation, the end of the text, or a
closed-class word ("to", "and", "every", "on") opening what follows. Before a noun the adjective describes that
noun ("the Baltic states", "the Baltic coast"), which other rules read.
"""
from __future__ import annotations

from typing import Optional

from eventwatch.geo.function_words import FUNCTION_WORDS
from eventwatch.geo.normalise import Token

# Closed-class words that may follow a noun phrase's last word but never describe it (beside FUNCTION_WORDS):
# time and place words that open an adverbial ("every day", "last week", "each year", "near ...").
_PHRASE_OPENERS = FUNCTION_WORDS | frozenset({
    "every", "each", "last", "next", "until", "towards", "toward", "near", "off", "via", "through", "between",
    "during", "without", "within", "because", "if", "so",
})
_CLOSING = frozenset(".,;:!?)—–-\"'”’")


def bare_sea_end(text: str, end: int, following: Optional[Token]) -> bool:
    """Whether the noun phrase ends at `end`, the end of a sea's short name: punctuation or the text's end
    follows, or the next word (`following`) is a closed-class word."""
    rest = text[end:].lstrip(" ")
    if not rest or rest[0] in _CLOSING or rest[0] == "\n":
        return True
    return following is not None and following.norm in _PHRASE_OPENERS
