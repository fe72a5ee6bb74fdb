"""A one-letter compass abbreviation before a street's name ("N. Maple Drive", "W. Orchard St.").

US local news writes the side of town a street runs on as an abbreviated compass word with its dot. The
letter belongs to the street's name exactly as "North" does in "North Fourth Street", and the corpora that
mark streets mark it with the name, so the street's span opens at the letter. The street reader
(geo/features.py) stops at the dot, which it reads as a sentence break; this module tells that dot apart.

Two capitals with a dot are no compass word: a person's middle initial ("Mary E. Walnut", after a capitalised
given name) and the last letter of a dotted abbreviation ("U.S." before a name, whose letter follows a dot).
"""
from __future__ import annotations

from eventwatch.geo.normalise import Token

# The compass words written as one or two capitals with a dot.
COMPASS_LETTERS = frozenset({"N", "S", "E", "W", "NE", "NW", "SE", "SW"})

# Capitalised words before the letter that open a sentence or a clause rather than name a person.
_OPENERS = frozenset({"on", "at", "in", "along", "off", "near", "the", "from", "to", "and", "or", "of", "via"})


def compass_opening(text: str, tokens: list[Token], st: int) -> int:
    """The token at which a street whose name opens at token `st` really opens: st - 1 when a compass
    abbreviation with its dot stands right before it ("N. " + "Maple Drive"), else st."""
    if st == 0:
        return st
    letter = tokens[st - 1]
    if letter.text not in COMPASS_LETTERS or text[letter.end : tokens[st].start] != ". ":
        return st
    if st >= 2:
        before = tokens[st - 2]
        gap = text[before.end : letter.start]
        if gap != " " and not gap.endswith((" ", "\n")):
            return st  # "U.S. Main Street": the letter ends a dotted abbreviation
        if gap == " " and before.text[:1].isupper() and before.text.isalpha() and before.norm not in _OPENERS:
            return st  # "Mary E. Walnut Street": a middle initial after a given name
    return st - 1

