"""A one-letter compass abbreviation before a street's name ("N. Maple Drive", "W. Orchard St.").

US local news writes the side of town a street runs on as an abbreviated compass word with its dot. The
letter belongs to the street's name exactly as "North" does in "North Fourth Street", and the corpora that
mark streets mark it with the name, so the street's span opens at the letter. The street reader
(geo/features.py) stops at the dot, which it reads as a sentence break; this module tells that dot apart.

A letter with a dot opens the street only where a street's name can begin: at the text's start, after a house
number ("400 N. Main Street"), after a function word ("on", "of", "onto"), after a sentence's end, or after a
bracket, a slash or a comma ("(N. Main Street)", "Oak St./N. Main Street"). Anywhere else it is no compass
word: a person's middle initial ("Mary E. Walnut", after a capitalised given name), the end of a sentence that
closes on a letter ("vitamin E.", "group E."), the last letter of a dotted abbreviation ("U.S.", whose letter
follows a bare dot) or a numbered road's own direction ("Highway 61 N.", which geo/roads.py reads as the
road's; a street opened at it would cross the road, and the road reader drops a span that crosses a road).
"""
from __future__ import annotations

from eventwatch.geo.normalise import Token
from eventwatch.geo.roads import load_roads

# The compass words written as one or two capitals with a dot.
COMPASS_LETTERS = frozenset({"N", "S", "E", "W", "NE", "NW", "SE", "SW"})

# Function words after which a street's name opens ("on N. Maple", "the 300 block of N. Maple").
_OPENERS = frozenset({
    "on", "at", "in", "along", "off", "near", "the", "from", "to", "and", "or", "of", "via", "onto", "into",
    "between", "toward", "towards", "past", "across", "down", "up", "by", "with", "for", "outside", "behind",
    "around", "through", "under", "over", "beyond", "nor", "a", "an"})


def compass_opening(text: str, tokens: list[Token], st: int) -> int:
    """The token at which a street whose name opens at token `st` really opens: st - 1 when a compass
    abbreviation with its dot stands right before it ("N. " + "Maple Drive"), else st."""
    if st == 0:
        return st
    letter = tokens[st - 1]
    if letter.text not in COMPASS_LETTERS or text[letter.end : tokens[st].start] != ". ":
        return st
    if st == 1:
        return st - 1  # the letter opens the text
    before = tokens[st - 2]
    gap = text[before.end : letter.start]
    if not gap.strip() and "\n" not in gap:
        if before.text.isdigit():
            # "400 N. Main Street" opens at the letter; "Highway 61 N. Main Street" leaves the letter the road's
            road = st >= 3 and text[tokens[st - 3].end : before.start] in (" ", ". ", "-") \
                and tokens[st - 3].norm in load_roads().number_heads
            return st if road else st - 1
        return st - 1 if before.norm in _OPENERS else st  # "Mary E.", "vitamin E." are no compass word
    if gap == ".":
        return st  # "U.S. Main Street": the letter ends a dotted abbreviation
    return st - 1  # after a line's or a sentence's end, a bracket, a slash or a comma
