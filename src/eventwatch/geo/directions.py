"""Compass words around names: capitalised ones that belong to a region's name ("West Wales", "North Africa"),
and the distance written before one ("15 km south of X")."""
from __future__ import annotations

import re

from eventwatch.geo.name_span import NameSpan
from eventwatch.geo.normalise import Token


def join_capitalised_directions(text: str, tokens: list[Token], spans: list[NameSpan],
                                 directions: frozenset[str]) -> list[NameSpan]:
    """"West Wales", "North Africa", "Western US": a capitalised direction is part of the name it precedes.

    Written with a capital, the direction names a region ("West Wales" is a part of Wales with its own
    name), not a town called "West" next to Wales; the name keeps its readings and the direction.
    """
    by_start = {s.i: s for s in spans}
    drop: set[int] = set()
    for s in spans:
        k = s.i - 1
        if k < 0 or s.demonym or s.direction is None or tokens[k].norm not in directions:
            continue
        t = tokens[k]
        if not t.text[:1].isupper() or t.text.isupper() or text[t.end : s.start] != " ":
            continue
        single = by_start.get(k)
        if single is not None and single.j == k + 1:
            drop.add(id(single))
        elif any(o.i <= k < o.j for o in spans if o is not s):
            continue
        s.i, s.start = k, t.start
        s.phrase_start = min(s.phrase_start, t.start) if s.phrase_start >= 0 else t.start
    return [s for s in spans if id(s) not in drop]


# Compass words that, capitalised after a name, close it: a part of the place with a name of its own.
# ("Central" is left out: "Madison Central" is far more often a school than a district.)
TRAILING_COMPASS = frozenset({"north", "south", "east", "west", "northeast", "northwest", "southeast",
                               "southwest", "north-east", "north-west", "south-east", "south-west"})


# Words that, capitalised after a name and before a lower-case division word, close the name of a part of the
# place around it: the compass words, and Amharic "Zuria" ("surroundings"), which names the rural woreda
# around its town ("Gondar Zuria woreda" is the countryside of Gondar, not a second town).
_NO_NAME_PARTS = frozenset({"zuria"})
_TRAILING_PARTS = TRAILING_COMPASS | _NO_NAME_PARTS

# Lower-case division words that, after "X North", make it the name of a part ("Turkana North sub-county").
_PART_DIVISIONS = frozenset({"district", "districts", "county", "counties", "constituency", "constituencies",
                             "ward", "wards", "division", "divisions", "township", "townships", "municipality",
                             "municipalities", "province", "provinces", "region", "regions", "zone", "zones",
                             "lga", "lgas", "tehsil", "tehsils", "taluka", "talukas", "block", "blocks",
                             "senatorial", "subdivision", "subdivisions", "commune", "communes", "woreda",
                             "woredas"})


_WORD_AFTER = re.compile(r" ([A-Za-z]+(?:-[A-Za-z]+)*)")


def join_trailing_directions(text: str, tokens: list[Token], spans: list[NameSpan]) -> list[NameSpan]:
    """"Turkana North sub-county", "the Amansie West district", "Kisumu East constituency": a capitalised
    compass word between a name and a lower-case division word closes the name of a part of that place, not
    a word of its own. The name keeps its readings, the part lying in the place they name.

    The division word must follow: without it "Columbus North" and "Scott West" are as often a school or a
    team as a township, and the name alone is the toponym. Left alone too: a compass word in a longer
    capitalised run, one written in capitals, one that another name holds, and one after a non-place use.
    """
    taken = {k for s in spans for k in range(s.i, s.j)}
    # "Zuria" is no name of its own, but a loose spelling may have read it as one ("Zoria"): its span gives way
    alone = {s.i: s for s in spans if s.j == s.i + 1 and tokens[s.i].norm in _NO_NAME_PARTS}
    drop: set[int] = set()
    for s in spans:
        k = s.j
        if k >= len(tokens) or k in taken and k not in alone or s.demonym or not s.locational or not s.candidates:
            continue
        if id(s) in drop:
            continue
        t = tokens[k]
        if t.norm not in _TRAILING_PARTS or not t.text[:1].isupper() or t.text.isupper() \
                or text[s.end : t.start] != " ":
            continue
        word = _WORD_AFTER.match(text, t.end)
        if word is None or word.group(1).lower().split("-")[-1] not in _PART_DIVISIONS \
                or not word.group(1)[:1].islower() and word.group(1) not in ("LGA", "LGAs"):
            continue
        if s.i > 0 and tokens[s.i - 1].text[:1].isupper() and text[tokens[s.i - 1].end : s.start] == " ":
            continue  # "Storm Hits Turkana North": every word of a Title Case line is capitalised
        s.j, s.end = k + 1, t.end
        if s.phrase_end >= 0:
            s.phrase_end = max(s.phrase_end, s.end)
        if t.norm in _NO_NAME_PARTS:
            # "Bure Zuria woreda": the woreda around the town, a second-order division named after its seat
            if k in alone:
                drop.add(id(alone[k]))
            s.vague, s.cue = "admin2", s.cue or word.group(1).lower()
            s.phrase_end = max(s.phrase_end, word.end())
            s.phrase_start = s.phrase_start if s.phrase_start >= 0 else s.start
        else:
            s.direction = s.direction or t.norm
        taken.add(k)
    return [s for s in spans if id(s) not in drop] if drop else spans


# UCDP's "near a known place" radius: an offset given beyond it puts the event in the place's wider area.
NEAR_KM = 25.0
_UNIT_KM = {"km": 1.0, "kms": 1.0, "kilometre": 1.0, "kilometres": 1.0, "kilometer": 1.0, "kilometers": 1.0,
            "mi": 1.609, "mile": 1.609, "miles": 1.609}
_NUMBER_UNIT = re.compile(r"(\d+(?:[.,]\d+)?)(km|kms|mi)?$")


def offset_km(tokens: list[Token], direction: int) -> float:
    """The distance written before the compass word at token `direction` ("50 km northwest of Goma" → 50.0),
    0.0 when none is written.

    Kilometres or miles, the number and unit apart ("30 km", "12 miles") or joined ("30km"); a range or an
    "about" before the number changes nothing, the number nearest the unit counts.
    """
    if direction < 1:
        return 0.0
    unit = tokens[direction - 1].norm
    if unit in _UNIT_KM and direction >= 2:
        m = _NUMBER_UNIT.match(tokens[direction - 2].norm)
        if m and m.group(2) is None:
            return float(m.group(1).replace(",", ".")) * _UNIT_KM[unit]
        return 0.0
    m = _NUMBER_UNIT.match(unit)
    if m and m.group(2):
        return float(m.group(1).replace(",", ".")) * _UNIT_KM[m.group(2)]
    return 0.0


# A sentence ends between two names where a stop, question or exclamation mark and a space, or a line break,
# lie between them.
_SENTENCE_BREAK = re.compile(r"[.!?]\s|\n")


def _countries(s: NameSpan) -> frozenset[str]:
    return frozenset(c.country_code for c in s.candidates if c.exact and c.country_code)


def lone_compass_words(text: str, tokens: list[Token], spans: list[NameSpan],
                       directions: frozenset[str]) -> list[NameSpan]:
    """Drop the readings of a lone compass word ("East", "Western") that lie outside the country the
    sentence's other names agree on; a word left with none is dropped.

    A capitalised compass word is the name of a first-level division in a few countries (Cameroon's East,
    Ghana's Western region), and is otherwise part of a longer name the gazetteer lacks ("East Gojjam zone"),
    a region of the speaker's own world ("Western governments"), or a sentence's first word. Where every other
    name of the sentence can lie in one country, the word is that country's division if it is any, never
    another continent's.
    """
    lone = [s for s in spans if s.j - s.i == 1 and not s.unknown and tokens[s.i].norm in directions
            and s.candidates]
    if not lone:
        return spans
    drop: set[int] = set()
    for s in lone:
        if _starts_a_longer_name(text, s):
            s.candidates = []
            drop.add(id(s))
            continue
        others = [o for o in spans if o is not s and not (o.j - o.i == 1 and tokens[o.i].norm in directions)
                  and not o.unknown and not o.demonym and _countries(o)
                  and not _SENTENCE_BREAK.search(text, min(o.end, s.end), max(o.start, s.start))]
        if not others:
            continue
        agreed = frozenset.intersection(*(_countries(o) for o in others))
        if not agreed or agreed >= _countries(s):
            continue
        s.candidates = [c for c in s.candidates if c.country_code in agreed]
        if not s.candidates:
            drop.add(id(s))
    return [s for s in spans if id(s) not in drop] if drop else spans


# A capitalised word after a compass word that makes the pair a division's own name ("the West Region").
_NAMING_WORDS = _PART_DIVISIONS | {"state", "states", "governorate", "department", "prefecture", "woreda",
                                   "territory"}
_CAPITALISED_AFTER = re.compile(r" ([A-Z][A-Za-z]*)")


def _starts_a_longer_name(text: str, s: NameSpan) -> bool:
    """Whether a lone compass word is the first word of a capitalised name the gazetteer lacks ("West Gojjam
    zone", "East Hararghe", "the South Regional Jail"): a name the gazetteer holds would have taken the word
    (`join_capitalised_directions`), so the word left before another capitalised one names no region of its
    own, least of all a far country's "West". A division word after it ("the West Region") or another compass
    word ("North West") keeps it."""
    m = _CAPITALISED_AFTER.match(text, s.end)
    if m is None:
        return False
    word = m.group(1).lower()
    return word not in _NAMING_WORDS and word not in TRAILING_COMPASS


def far_compass_qualifiers(text: str, tokens: list[Token], spans: list[NameSpan],
                           directions: frozenset[str]) -> list[NameSpan]:
    """Drop a "Far North" or "Far" read as a place right before another name: "Far North Queensland",
    "Far West New South Wales" are the remote parts of the state, written as a qualifier of its name.

    The gazetteer holds regions called "Far North" (and even a "Far"), but written capitalised before a
    place's name the words say which part of that place is meant, as "northern" would; the name after them
    is the place, and the qualifier is no second one beside it."""
    starts = {s.i for s in spans}
    drop = set()
    for s in spans:
        if tokens[s.i].text != "Far" or not 1 <= s.j - s.i <= 2:
            continue
        k = s.i + 1  # the compass word, inside the name or right after "Far"
        if k >= len(tokens) or tokens[k].norm not in directions or not tokens[k].text[:1].isupper() \
                or text[tokens[s.i].end : tokens[k].start] != " ":
            continue
        nxt = k + 1
        if nxt < len(tokens) and nxt in starts and text[tokens[k].end : tokens[nxt].start] == " " \
                and (s.j == k + 1 or s.j == k):
            drop.add(id(s))
    return [s for s in spans if id(s) not in drop] if drop else spans
