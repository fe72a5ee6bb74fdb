"""A name given to a storm, a creature, a person or a made thing with "named" or "called" ("a storm named
Gamane", "a cyclone called Indira", "a horse named Kentucky", "a boy called Jordan"), and a person's name
given as one ("whose surname is Okafor", "a farmer surnamed Wang", "Ann Roe, née Kenya").

Weather services, owners and parents name things after places and after words that are also small towns
somewhere; the noun before "named" says what kind of thing bears the name, so the capitalised words after it
are that thing's, not a place. Only nouns that are never places count: "a village named X", "a town called
X", "an island known as X" still name places, and so does any other noun this list does not hold.

"called" and "named" are also plain verbs with an object and its complement ("the woman called Kenya home",
"the ship called Mombasa its home port", "the man named Peru as his favourite"): there the place is the
object, and a complement right after the name (or after the list it ends) shows it.
"""
from __future__ import annotations

import re
from collections.abc import Mapping
from types import MappingProxyType

from eventwatch.geo.name_span import NameSpan

# Lower-case nouns of things that are no place. Weather systems first (their names are a service's list of
# given names and words), then creatures, people and made things that news names with "named"/"called".
# Not "probe": in news it is an inquiry far more often than a craft, and an inquiry names real places.
_BEARERS = (
    r"storm|cyclone|hurricane|typhoon|depression|tempest|"
    r"dog|puppy|cat|kitten|horse|mare|colt|filly|stallion|pony|bull|cow|calf|bear|cub|whale|dolphin|elephant|"
    r"lion|tiger|gorilla|panda|parrot|eagle|owl|snake|python|crocodile|"
    r"man|woman|boy|girl|baby|son|daughter|child|teenager|pupil|student|suspect|"
    r"band|song|album|film|movie|novel|book|play|app|robot|rover|satellite|rocket|yacht|boat|ship|ferry"
)
# Their plurals that do not simply add "s" ("two puppies named", "men called").
_IRREGULAR_PLURALS = r"puppies|ponies|babies|ferries|men|women|children|wolves|calves"
_VERB = r"(?:named|called|dubbed|christened|nicknamed)"
# The noun, an optional comma, the naming verb and a space, ending right where the name starts: "a storm
# named ", "the cyclone, called ". Not "known as": it opens epithets ("the man known as Canada's king of
# pot"), where a place's name is still a place.
_NAMED_BEFORE = re.compile(rf"\b(?:(?:{_BEARERS})s?|{_IRREGULAR_PLURALS}),?\s+{_VERB}\s+$")
# A capitalised name of up to four words, as a list holds it.
_NAME = r"[A-Z][\w’'.-]*(?:\s[A-Z][\w’'.-]*){0,3}"
# Several things named at once: the later members of the list are given names too ("two dogs named Dakar and
# Bamako"). Only after a plural bearer: one thing bears one name.
_LISTED_BEFORE = re.compile(
    rf"\b(?:(?:{_BEARERS})s|{_IRREGULAR_PLURALS}),?\s+{_VERB}\s+{_NAME}(?:,\s+{_NAME})*,?\s+(?:and|or)\s+$")
# The rest of a list the name opens ("Kenya and Uganda"), skipped to find what follows the whole list.
_LIST_TAIL = re.compile(rf"(?:,\s+{_NAME})*,?\s+(?:and|or)\s+{_NAME}")
# A possessive after the name makes it an owner in an epithet, not the name given ("a man called Canada's
# best-known baker"): the place is still named.
_POSSESSIVE_AFTER = re.compile(r"['’]s\b")
# An object's complement after the name makes "called"/"named" the plain verb: "called Kenya home", "called
# Mombasa its home port", "named Peru as the country". "as" alone may open a clause ("a storm named Florence
# as it neared"), so it counts only before a noun phrase.
_OBJECT_AFTER = re.compile(r"\s+(?:home|a|an|the|its|his|her|their|my|our|your|"
                           r"as\s+(?:a|an|the|one|its|his|her|their|my|our|being))\b")
# How far back the noun, the verb and a list before the name can reach; the noun and the verb alone sit
# within _NEAR (the longest noun and "christened" fit with room to spare).
_REACH = 96
_NEAR = 40
_VERBS = ("named", "called", "dubbed", "christened", "nicknamed")
# A person's name given as such: "whose surname is Okafor", "her maiden name was Hope", "the nurse's first
# name is Chad", "Ana Reyes's last name was Peru", "a farmer surnamed Wang". Any owner counts ("whose", "his",
# "her", "their", any noun or name with "'s") but those places have: places have first, last and given names
# too ("its first name was Salisbury", "the district's given name is Mandera North"), and there the name is
# still a place. So "its", a place's noun and a capitalised owner the recogniser read as a place are refused.
_PLACE_OWNERS = frozenset({
    "town", "city", "village", "hamlet", "district", "country", "region", "county", "state", "province",
    "island", "isle", "nation", "republic", "capital", "kingdom", "territory", "colony", "municipality",
    "borough", "parish", "settlement", "suburb", "neighbourhood", "neighborhood", "street", "river", "lake",
    "mountain", "valley", "port", "harbour", "harbor", "area", "zone", "place", "land", "emirate", "canton"})
_PERSON_NAME_BEFORE = re.compile(
    r"(?:\b(?:[Ww]hose|[Hh]is|[Hh]er|[Tt]heir|[Mm]y|[Oo]ur|[Yy]our|(?P<owner>[A-Za-z][\w-]*)['’]s)\s+"
    r"(?:[a-z]+\s+)?(?:sur|first |last |family |given |maiden |middle |birth )name,?\s+(?:is|was)|\bsurnamed)\s+$")
_PERSON_NAME_ENDS = (" is", " was", "surnamed")
_PERSON_REACH = 64
# "née" before a person's former name ("Ann Roe, née Kenya", "Mrs Dale (née Jordan)", "her mother, née Kenya
# Odhiambo"): places take "née" too ("Mumbai (née Bombay)", "Myanmar, née Burma"), so a capitalised word
# before it counts as a person's name unless the recogniser read it as a place it firmly holds (a place cue, a
# country, a first-level division or a sizeable town) with no given name before it. A lower-case person's or
# kin noun before ", née" is a person too.
_NEE_BEFORE = re.compile(r"\b(?:(?P<name>[A-Z][\w’'.-]*)|(?P<kin>[a-z]+))(?=\s*[,(]?\s*née\s+$)")
_NEE_PERSONS = frozenset({
    "mother", "father", "wife", "husband", "widow", "bride", "sister", "daughter", "grandmother", "aunt",
    "niece", "cousin", "mom", "mum", "stepmother", "partner", "fiancée", "woman", "actress", "singer",
    "author", "writer", "teacher", "nurse", "doctor", "spouse", "girlfriend", "heiress"})
_GIVEN_BEFORE = re.compile(r"\b([A-Z][a-zñ’'-]+)\s+$")
# Honorifics of other languages that news keeps untranslated before a woman's or a man's surname ("Dona Silva",
# "Doña Ruiz", "Frau Weber"). Read only before a name that takes "née": as titles everywhere they would make
# places named with them ("Doña Ana County") people.
_NEE_HONORIFICS = frozenset({"dona", "doña", "dom", "don", "senhora", "señora", "signora", "frau", "madame", "mme"})
# A place noun and "of" before the honorific: "the village of Doña Inés, née X" names a place called with the
# honorific, whose former name X is a place's.
_PLACE_NOUN_OF = re.compile(r"\b(?:village|town|city|hamlet|municipality|settlement|parish|barrio|community|district"
                            r"|port|island)\s+of\s+$", re.IGNORECASE)
_FIRM_PLACE = frozenset({"PCLI", "PCLD", "PCLS", "PCLF", "PCLIX", "PCL", "ADM1", "TERR"})


def _firm_place(s: NameSpan) -> bool:
    """Whether the recogniser's span names a place it firmly holds: a place cue, a country or a first-level
    division, or a town of over 50,000."""
    return s.located or any(c.exact and (c.feature_code in _FIRM_PLACE or c.population > 50_000)
                            for c in s.candidates)


def given_name(text: str, s: NameSpan, places: Mapping[int, NameSpan] = MappingProxyType({}),
               given_names: frozenset[str] = frozenset(), titles: frozenset[str] = frozenset()) -> bool:
    """Whether the name s is given to a thing that is no place by "named"/"called" right before it (or before
    the list it closes), or given as a person's name ("whose surname is", "surnamed", "Ann Roe, née").
    `places`: the names the recogniser read as places, by where they end, so that "Mumbai (née Bombay)" and
    "the Dallas's first name" keep their places; `given_names`, `titles`: the lexicon's given names and person titles (lower
    case), one of which before a name that takes "née" makes it a person's ("Maria Silva (née Recife)")."""
    before = text[max(0, s.start - _REACH) : s.start]
    last = before.rstrip()
    offset = s.start - len(before)
    if last.endswith(_PERSON_NAME_ENDS):
        m = _PERSON_NAME_BEFORE.search(before, max(0, len(before) - _PERSON_REACH))
        if m is not None:
            owner = m.group("owner")
            # "whose surname is Okafor": a person's name, whatever follows it; not "its" or "the town's"
            return owner is None or not (owner.lower() in _PLACE_OWNERS or owner == "its"
                                         or (owner[:1].isupper() and offset + m.end("owner") in places))
    if last.endswith("née"):
        owner = _NEE_BEFORE.search(before, max(0, len(before) - _NEAR))
        if owner is None:
            return False
        if owner.group("kin") is not None:
            return owner.group("kin") in _NEE_PERSONS  # "her mother, née Kenya Odhiambo"
        place = places.get(offset + owner.end())
        if place is None:
            return True
        given = _GIVEN_BEFORE.search(text, max(0, place.start - 24), place.start)
        return not _firm_place(place) and given is not None \
            and (given.group(1).lower() in given_names or given.group(1).lower() in titles
                 or given.group(1).lower() in _NEE_HONORIFICS
                 and _PLACE_NOUN_OF.search(text, max(0, given.start() - 24), given.start()) is None)
    if last.endswith(_VERBS):  # cheap string checks first: most names follow neither
        if _NAMED_BEFORE.search(before, max(0, len(before) - _NEAR)) is None:
            return False
    elif not (last.endswith((" and", " or")) and any(v in before for v in _VERBS)
              and _LISTED_BEFORE.search(before) is not None):
        return False
    if _POSSESSIVE_AFTER.match(text, s.end) is not None:
        return False
    tail = _LIST_TAIL.match(text, s.end)
    return _OBJECT_AFTER.match(text, tail.end() if tail is not None else s.end) is None
