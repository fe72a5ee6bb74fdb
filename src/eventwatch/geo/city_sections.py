"""A place written with the city it is part of ("Denham Town, west Kingston", "Chinatown, Honiara") is a named
part of that city: UCDP precision 2, not the precision of its own reading.

GeoNames files some city sections as places of their own: a ward as a populated place (PPL), a constituency or
ward as a second-order division (ADM2). Read on its own such a reading is a town (precision 1) or a district
(precision 3), yet the report says the place is inside the city written after its comma, and the tables agree:
the reading lies within a few kilometres of that city's point. The event is then in a named part of the city,
which the codebook codes 2, as it does a neighbourhood the tables hold as a section (PPLX).

Only a city holds a section this way (a capital, a provincial seat, or a city of size) and only a reading well
within its reach (`_SECTION_KM`) and much smaller than it (`_SECTION_SHARE`): "Umlazi, south of Durban" (a township
17 km out) and a town beside a village it names keep their own precision. A reading that is itself a city of size
is never a section: "Bnei Brak, Tel Aviv" and "Montreuil, east Paris" name cities of their own that touch the
capital, written as news writes a suburb's metropolis. A list goes on after its second name ("Kingston,
Spanish Town and Portmore"): its comma joins items and places nothing.

The city's possessive places a section as the comma does ("Honiara's Chinatown", "Kampala's Kisenyi"): the section
is coded 2, and so is the city, written only to hold it, since the event is in a named part of the city, not at its
centre. "Moscow's Khimki" names a city of its own beside the capital, and changes nothing.
"""
from __future__ import annotations

import re
from typing import Optional, Sequence

from eventwatch.geo.distances import haversine_km
from eventwatch.geo.gazetteer import Candidate
from eventwatch.geo.name_span import NameSpan
from eventwatch.geo.resolve import LIST_GOES_ON, Resolution
from eventwatch.model import WHERE_PREC_NEAR

# How close to a city's point a reading must lie to be one of its sections.
_SECTION_KM = 8.0
# A city large enough to be written as the holder of its sections.
_CITY_POPULATION = 100_000
_CITY_CODES = frozenset({"PPLC", "PPLA"})
# What a section may be read as: a populated place, a section, or a second- or third-order division.
_SECTION_CODES = ("PPL", "ADM2", "ADM3")
# ", " or ", west " (a compass word of the city) between the section and its city.
_SECTION_GAP = re.compile(r",[ \u00a0]+(?:(?:north|south|east|west|central)(?:[ -]?(?:east|west))?(?:ern)?[ \u00a0]+)?",
                          re.IGNORECASE)
# A reading above this share of the city's population is a town beside it, not one of its sections (a big
# ward of a small capital, "Mataniko" a tenth of Honiara, still is one).
_SECTION_SHARE = 0.25
# "Honiara's Chinatown", "Damascus' Jobar": the city's possessive right before its section's name (a name
# ending in s may take the bare apostrophe).
_POSSESSIVE_GAP = re.compile(r"(?:['’]s|(?<=[sS])['’])[ \u00a0]+")


def sections_of_cities(text: str, spans: Sequence[NameSpan], resolutions: Sequence[Optional[Resolution]],
                       keep: Sequence[bool]) -> list[int]:
    """Indices of spans written "X, CITY" whose reading lies within `_SECTION_KM` of CITY's, is no city of size
    and holds at most `_SECTION_SHARE` of its people: each is a named part of the city, to be coded at precision 2."""
    out = []
    for k in range(len(spans) - 1):
        r, held = resolutions[k], resolutions[k + 1]
        if not keep[k] or not keep[k + 1] or r is None or held is None or r.candidate is None \
                or held.candidate is None or r.precision == WHERE_PREC_NEAR:
            continue
        s, town = spans[k], spans[k + 1]
        c, city = r.candidate, _city(town, held.candidate)
        if not s.locational or s.vague is not None or not town.locational or city is None \
                or not c.feature_code.startswith(_SECTION_CODES) or c.feature_code in _CITY_CODES \
                or c.country_code != city.country_code:
            continue
        # the gap up to the city's own name: "X, west Kingston" places X in the city, "X, north of Y" only near it
        if _SECTION_GAP.fullmatch(text, max(s.end, s.phrase_end), town.start) is None or town.vague is not None \
                or LIST_GOES_ON.match(text, town.end) is not None:
            continue
        if None in (c.lat, c.lon, city.lat, city.lon) or _is_city(c) \
                or (c.population or 0) > _SECTION_SHARE * (city.population or 0) \
                or haversine_km(c.lat, c.lon, city.lat, city.lon) > _SECTION_KM:
            continue
        out.append(k)
    return sorted(set(out) | set(_possessive_sections(text, spans, resolutions, keep)))


def _possessive_sections(text: str, spans: Sequence[NameSpan], resolutions: Sequence[Optional[Resolution]],
                         keep: Sequence[bool]) -> list[int]:
    """Indices of the city and its section in "CITY's X" ("Honiara's Chinatown", "Nairobi's Kibera") where X's
    reading is one of CITY's sections as `sections_of_cities` asks: the possessive places X in the city as the
    comma does, and the city, written only to hold X, is where the event is within a named part (2), not at
    its centre."""
    out = []
    for k in range(len(spans) - 1):
        held, r = resolutions[k], resolutions[k + 1]
        if not keep[k] or not keep[k + 1] or r is None or held is None or r.candidate is None \
                or held.candidate is None or held.precision == WHERE_PREC_NEAR:
            continue
        town, s = spans[k], spans[k + 1]
        c, city = r.candidate, _city(town, held.candidate)
        if not s.locational or s.vague is not None or not town.locational or town.vague is not None or city is None \
                or _POSSESSIVE_GAP.fullmatch(text, town.end, s.start) is None \
                or not c.feature_code.startswith(_SECTION_CODES) or c.feature_code in _CITY_CODES \
                or c.country_code != city.country_code or None in (c.lat, c.lon, city.lat, city.lon) \
                or _is_city(c) or (c.population or 0) > _SECTION_SHARE * (city.population or 0) \
                or haversine_km(c.lat, c.lon, city.lat, city.lon) > _SECTION_KM:
            continue
        out.append(k)
        if r.precision != WHERE_PREC_NEAR:
            out.append(k + 1)
    return out


def _city(town: NameSpan, reading: Candidate) -> Optional[Candidate]:
    """The city a holder's reading stands for, or None: the reading itself when it is a capital, a provincial
    seat or a city of size, or, for a capital district read as its first-level division ("Honiara", "Kingston"),
    the city of that name among its readings in the same country."""
    if _is_city(reading):
        return reading
    if reading.feature_code != "ADM1":
        return None
    return next((c for c in town.candidates if c.exact and c.country_code == reading.country_code and _is_city(c)
                 and c.admin1_code == reading.admin1_code), None)


def _is_city(c: Candidate) -> bool:
    """A capital, a provincial seat or a city of size: a place that has sections."""
    return c.feature_code in _CITY_CODES or c.feature_code.startswith("PPL") \
        and (c.population or 0) >= _CITY_POPULATION
