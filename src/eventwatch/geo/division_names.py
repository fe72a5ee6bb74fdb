"""A division's name written with its capitalised designator ("the Ashanti Region", "Idlib Governorate"),
read as one name where the gazetteer holds the division only under its bare name.

Annotators (GeoWebNews, GeoVirus, the news probe) take the designator into the toponym when the text
capitalises it, as with "Kaduna State" or "Greene County", which the gazetteer happens to hold whole.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from eventwatch.geo.first_level_words import first_level_word
from eventwatch.geo.name_span import NameSpan
from eventwatch.geo.normalise import Token

if TYPE_CHECKING:
    from eventwatch.geo.gazetteer import Gazetteer

# Designators that, capitalised after a division's name, are part of it. "District" and "County" are left
# out: capitalised after a town they as often open a school, water or fire district's name. A Nigerian "Local
# Government Area" and a "Province" stay outside the name, as the conflict tests pin them ("in Gwoza Local
# Government Area" gives "Gwoza", "in northern Salah ad Din Province" "Salah ad Din"), read at the division's
# level by their cue.
_DESIGNATORS = re.compile(r" (Region|State|Governorate|Prefecture|Oblast|County)\b")
_DIVISION_CODES = ("ADM1", "ADM2", "ADM1H", "ADM2H")


def designated_end(text: str, end: int) -> int:
    """Where a name ending at `end` ends with the capitalised designator written after it ("Far North Region"
    ends after "Region"), else `end`: recognition ranks overlapping names by this length, so a division's name
    with its designator ("Far North" + "Region") is read before a shorter name that takes the designator
    itself ("North Region", once another country's alternate name), which would leave "Far" to a namesake."""
    m = _DESIGNATORS.match(text, end)
    return m.end() if m is not None else end


def join_division_designators(text: str, tokens: list[Token], spans: list[NameSpan]) -> list[NameSpan]:
    """Widen each division name followed by its capitalised designator over the designator.

    Only a name the gazetteer reads as a first- or second-level division, not already ending in a designator,
    with no other name on the designator's words, and with the designator not opening a longer capitalised
    name ("Volta Region Police Command" is the police's). The readings stay the name's.
    """
    taken = {k for s in spans for k in range(s.i, s.j)}
    for s in spans:
        if s.demonym or not s.candidates or s.facility:
            continue
        if not any(c.exact and c.feature_code in _DIVISION_CODES for c in s.candidates):
            continue
        m = _DESIGNATORS.match(text, s.end)
        if m is None or (m.group(1) in ("State", "County") and any(c.country_code == "US" for c in s.candidates
                                                                   if c.exact)
                         and not _state_of_a_state_country(s, m.group(1))):
            # "Michigan State", "Ohio State": after an American state's name, a university or its team;
            # "Iowa County", "Washington County": another division, which the gazetteer holds by that name.
            # Elsewhere "Murang'a County" is the county the gazetteer names "Murang'a".
            continue
        j = s.j
        while j < len(tokens) and tokens[j].end <= m.end():
            j += 1
        if j == s.j or any(k in taken for k in range(s.j, j)) or tokens[j - 1].end != m.end():
            continue
        nxt = tokens[j] if j < len(tokens) else None
        if nxt is not None and nxt.text[:1].isupper() and text[tokens[j - 1].end : nxt.start] == " ":
            continue
        s.j, s.end = j, m.end()
        if s.phrase_end >= 0:
            s.phrase_end = max(s.phrase_end, s.end)
        taken.update(range(s.i, j))
    return spans


def _state_of_a_state_country(s: NameSpan, designator: str) -> bool:
    """Whether "<name> State" is a first-level division of a country whose states are called so, where the
    name's only American readings are towns: "Unity State" and "Lakes State" are South Sudan's though Unity,
    Maine and Lakes, Alaska exist. A university named for a town ("Kent State", "Boise State") has no such
    division reading, and an American division's name ("Ohio State", "Iowa County") keeps its guard."""
    if designator != "State" or any(c.exact and c.country_code == "US" and c.feature_code in _DIVISION_CODES
                                     for c in s.candidates):
        return False
    return any(c.exact and c.feature_code == "ADM1" and c.country_code != "US"
               and first_level_word(c.country_code) == "state" for c in s.candidates)


# Countries whose papers write the designator before a county's name ("County Mayo", "Co. Kerry", "County
# Antrim", "County Durham"): Ireland and the United Kingdom. Elsewhere "County" before a name opens another
# name ("County Road 12", "County Executive Smith").
_COUNTY_FIRST_COUNTRIES = frozenset({"IE", "GB"})
# "County Mayo", "Co. Kerry", "Co Mayo": the designator, a single space, then the name.
_COUNTY_BEFORE = re.compile(r"(?<![\w.])(County|Co\.?) $")


def _county_readings(candidates) -> list:
    """The readings of a name as an Irish or British county (a second-level division of those countries)."""
    return [c for c in candidates
            if c.exact and c.feature_code in _DIVISION_CODES and c.country_code in _COUNTY_FIRST_COUNTRIES]


def join_county_before(text: str, tokens: list[Token], spans: list[NameSpan],
                       gaz: "Gazetteer | None" = None) -> list[NameSpan]:
    """Widen an Irish or British county's name over the capitalised "County" (or "Co."/"Co") written before it,
    and keep only its county readings.

    The gazetteer holds some counties whole ("County Cork") and others only under their bare or suffixed name
    ("Kerry", "Mayo County"); without this step the capitalised word before the bare name reads as the start
    of a longer proper name and the county is dropped, and "Co" may itself be read as a place. Only a county
    the gazetteer reads exactly as a second-level division of those countries is widened; a name read on the
    designator ("Co" as a loose spelling) gives way to it. A county the gazetteer holds only under its whole
    name ("County Limerick", where the bare name is the city's alone) is looked up whole (`gaz`) once the
    designator is seen: after "Co" the name is the county, not its namesake town.
    """
    out: list[NameSpan] = []
    for s in spans:
        counties = _county_readings(s.candidates)
        m = _COUNTY_BEFORE.search(text, max(0, s.start - 8), s.start) if not s.demonym else None
        if m is not None and not counties and gaz is not None:
            counties = _county_readings(gaz.lookup(f"county {s.norm}", limit=20))
        if not counties:
            m = None
        if m is None:
            out.append(s)
            continue
        i = s.i
        while i > 0 and tokens[i - 1].start >= m.start():
            i -= 1
        if i == s.i or tokens[i].start != m.start():
            out.append(s)
            continue
        # A name read on the designator's own words ("Co") is the designator's, not a place.
        out = [o for o in out if o.j <= i]
        s.i, s.start, s.candidates = i, m.start(), counties
        if s.phrase_start >= 0:
            s.phrase_start = min(s.phrase_start, s.start)
        out.append(s)
    return out


# Designators after which a capitalised name is a first- or second-level division's, where one of that name
# exists ("Sahel Region", "Plateau State"), even when the gazetteer also holds the whole phrase as another
# spelling of a natural or world region.
_REGION_DESIGNATORS = frozenset({"region", "state", "governorate", "prefecture", "oblast"})


def designated_division_readings(gaz: "Gazetteer", spans: list[NameSpan]) -> None:
    """Add to a name written with a capitalised division designator ("Dune Region") the division readings of
    its bare name, where the gazetteer holds the whole phrase only as something else (a natural region of that
    name, "the Dune Region" for a desert belt). Which one the story means is left to the resolver, which reads
    the countries the story names: a report about a country that has a Dune Region means its division, a story
    about the belt across several countries the belt."""
    for s in spans:
        words = s.norm.split()
        if s.demonym or len(words) < 2 or words[-1] not in _REGION_DESIGNATORS or not s.candidates:
            continue
        if any(c.feature_code in _DIVISION_CODES for c in s.candidates):
            continue
        bare = " ".join(words[:-1])
        found = [c for c in gaz.lookup(bare, limit=20) if c.exact and c.feature_code in _DIVISION_CODES]
        if found:
            s.candidates = [*s.candidates, *found]
