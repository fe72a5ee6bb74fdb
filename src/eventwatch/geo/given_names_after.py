"""A name given to a storm, a creature, a person or a made thing with "named" or "called" ("a storm named
Gamane", "a cyclone called Indira", "a horse named Kentucky", "a boy called Jordan").

Weather services, owners and parents name things after places and after words that are also small towns
somewhere; the noun before "named" says what kind of thing bears the name, so the capitalised words after it
are that thing's, not a place. Only nouns that are never places count: "a village named X", "a town called
X", "an island known as X" still name places, and so does any other noun this list does not hold.
"""
from __future__ import annotations

import re

from eventwatch.geo.name_span import NameSpan

# Lower-case nouns of things that are no place. Weather systems first (their names are a service's list of
# given names and words), then creatures, people and made things that news names with "named"/"called".
_BEARERS = (
    r"storm|cyclone|hurricane|typhoon|depression|tempest|"
    r"dog|puppy|cat|kitten|horse|mare|colt|filly|stallion|pony|bull|cow|calf|bear|cub|whale|dolphin|elephant|"
    r"lion|tiger|gorilla|panda|parrot|eagle|owl|snake|python|crocodile|"
    r"man|woman|boy|girl|baby|son|daughter|child|teenager|pupil|student|suspect|"
    r"band|song|album|film|movie|novel|book|play|app|robot|rover|probe|satellite|rocket|yacht|boat|ship|ferry"
)
# The noun, an optional comma, the naming verb and a space, ending right where the name starts: "a storm
# named ", "the cyclone, called ". Not "known as": it opens epithets ("the man known as Canada's king of
# pot"), where a place's name is still a place.
_NAMED_BEFORE = re.compile(rf"\b(?:{_BEARERS})s?,? (?:named|called|dubbed|christened|nicknamed) $")
# A possessive after the name makes it an owner in an epithet, not the name given ("a man called Canada's
# best-known baker"): the place is still named.
_POSSESSIVE_AFTER = re.compile(r"['’]s\b")
# How far back the noun and the verb can reach: the longest noun and "christened" fit with room to spare.
_REACH = 32


def given_name(text: str, s: NameSpan) -> bool:
    """Whether the name s is given to a thing that is no place by "named"/"called" right before it."""
    before = text[max(0, s.start - _REACH) : s.start]
    return _NAMED_BEFORE.search(before) is not None and _POSSESSIVE_AFTER.match(text, s.end) is None
