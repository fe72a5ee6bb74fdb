"""An institution's seat ("the ministry in X", "a court in Y") or the institution as the event's target.

"The health ministry in Ramallah said" names where a speaker sits, and the event-location chooser ranks such a
seat after the sentence's other places. But an institution is as often what was attacked or where something
happened: "grenades hit the building of the ministry of state security in Tiraspol", "gunmen stormed the
district office in Kandahar", "a bomb exploded outside the court in Quetta". Then its town is the event's
place, not a speaker's seat. What comes right before the institution says which: an attack verb or a
preposition of place, with only the institution's own words between, makes it the target or the venue.
"""
from __future__ import annotations

import re

# The verbs and prepositions that make the noun phrase after them the event's target or venue, then that noun
# phrase's opening words (articles, modifiers, "the building of the", "so-called") up to the institution word.
_TARGET_BEFORE = re.compile(
    r"\b(?i:hit|hits|struck|strikes|attacked|attacks|stormed|storms|targeted|targets|bombed|shelled|raided|"
    r"torched|burned|burnt|looted|ransacked|besieged|overran|seized|occupied|"
    r"set\s+fire\s+to|opened\s+fire\s+(?:on|at)|fired\s+(?:on|at|into)|thrown\s+(?:at|into)|"
    # what was thrown or fired at it ("threw a grenade at the court in X", "fired two rockets into the base")
    r"(?:threw|hurled|lobbed|fired|launched)\s+(?:an?\s+|the\s+|\w+\s+)?[\w-]+\s+(?:at|into)|"
    # not a bare "at": "officials at the health ministry in Gaza said" speak from their seat
    r"(?:exploded|blast|explosion|attack)\s+at|near|outside|inside|into|on|behind|opposite|in\s+front\s+of|"
    r"next\s+to)"
    # the institution's noun phrase: lower-case words and "of" (no comma, no capitalised name, no clause break)
    r"\s+(?:[a-z][\w'’-]*\s+){0,7}$"
)


def targeted_institution(before: str) -> bool:
    """Whether the words `before` an institution word ("... hit the building of the so-called ") make the
    institution the event's target or venue, not a speaker's seat."""
    return _TARGET_BEFORE.search(before) is not None
