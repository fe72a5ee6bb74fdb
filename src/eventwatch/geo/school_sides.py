"""High-school sides named "<Town> <school word>" in local sport copy: "Marion Lincoln", "Bedford Central".

American local papers name a school's side by its town and then the school's own name, which is most often a
president's or a saint's surname (Lincoln, Jefferson, Xavier), a compass point (North, Northwest), a civic word
(Central, Memorial, Centennial) or the school's kind (Catholic, Christian, Academy, Prep, High). In a sports
story the pair is the side, not two places: the town in it is no toponym (as the news probe annotates "Marion
Lincoln": none), and the school's word is no city ("Lincoln" is not Lincoln, Nebraska). Read only in sport copy
(geo/team_uses.py `sports_story`), and only where the school's word ends the name: a capitalised word after it
("Bedford High School", "Central Park") makes a building or another name, left to the other rules.
"""
from __future__ import annotations

import re

from eventwatch.geo.name_span import NameSpan
from eventwatch.geo.normalise import Token
from eventwatch.geo.team_uses import sports_story

# The school's own name after its town. Surnames are those schools are commonly named for; all are written
# with a capital in the text, so the lower-case "north of" or "central" never match.
SCHOOL_NAMES = frozenset({
    # compass points
    "North", "South", "East", "West", "Northwest", "Northeast", "Southwest", "Southeast", "Northridge",
    # civic and kind words
    "Central", "Memorial", "Centennial", "Catholic", "Christian", "Academy", "Prep", "High", "Lutheran",
    "Baptist", "Adventist",
    # presidents' and statesmen's surnames
    "Lincoln", "Washington", "Jefferson", "Roosevelt", "Kennedy", "Madison", "Monroe", "Jackson", "McKinley",
    "Garfield", "Harrison", "Wilson", "Truman", "Eisenhower", "Hoover", "Reagan", "Franklin",
    # saints' and religious founders' names
    "Xavier", "Aquinas", "Loyola", "Ignatius", "Marian", "Gibbons", "Brebeuf", "Chaminade", "Mater Dei",
})

# A capitalised word before a school's word that is no town: an article, a day, a month, a title.
_NOT_TOWNS = frozenset({
    "The", "A", "An", "On", "In", "At", "And", "But", "As", "For", "From", "To", "With", "By", "Of", "When", "While",
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday", "January", "February", "March",
    "April", "May", "June", "July", "August", "September", "October", "November", "December", "Coach", "President",
    "Mr", "Mrs", "Ms", "Dr", "St", "Saint", "Fort", "Mount", "Lake", "Port", "New", "Old", "Upper", "Lower",
    "Great", "Little", "Grand", "Greater",
})

_SCHOOL_AFTER = re.compile(r"[ \u00a0]+(" + "|".join(re.escape(w) for w in sorted(SCHOOL_NAMES, key=len,
                                                                                  reverse=True)) + r")(?![\w'’-])")
_WORD_BEFORE = re.compile(r"([A-Z][\w'’-]*)[ \u00a0]+$")
# A capitalised word after the school's word carries the name on ("High School", "Central Park").
_NAME_GOES_ON = re.compile(r"[ \u00a0]+[A-Z]")


def _ends_name(text: str, end: int) -> bool:
    return _NAME_GOES_ON.match(text, end) is None


def _free(s: NameSpan) -> bool:
    """A span the rule may read: a place not already read as something else, nor a dateline's or a street's."""
    return s.locational and not s.demonym and s.cue not in ("dateline", "street", "feature")


def mark_school_sides(text: str, tokens: list[Token], spans: list[NameSpan]) -> None:
    """Mark the town of each "<Town> <school word>" side, and a school's word read as a place after a town's
    name, `locational=False` (cue "embedded": a name inside a side's longer name), in a sports story."""
    if not spans or not sports_story(tokens):
        return
    for s in spans:
        if not _free(s):
            continue
        written = text[s.start : s.end]
        m = _SCHOOL_AFTER.match(text, s.end)
        if m is not None and _ends_name(text, m.end()) and written not in _NOT_TOWNS:
            s.locational, s.cue = False, "embedded"  # "Peoria Central": the side, whatever cue stands before
            continue
        if written in SCHOOL_NAMES and _ends_name(text, s.end):
            before = _WORD_BEFORE.search(text, max(0, s.start - 40), s.start)
            if before is not None and before.group(1) not in _NOT_TOWNS:
                s.locational, s.cue = False, "embedded"  # "Logansport Lincoln": the school's name, not the city
