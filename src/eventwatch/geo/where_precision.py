"""How precise a resolved reading is (UCDP where_prec), and which place a vague phrase around it stands for.

A chosen town may stand for more or less than its point: "rural Aleppo" and "southern Idlib" are the
province's ground, "Afrin district" the district's, "near Goma" the town's surroundings, a bare country the
country. Read from the mention's cue and direction (set by the recogniser) once the resolver has chosen.
"""
from __future__ import annotations

import re
from typing import Optional

from eventwatch.geo.city_provinces import capital_is_its_division
from eventwatch.geo.community_divisions import community_precision
from eventwatch.geo.derive import core_name
from eventwatch.geo.distances import haversine_km
from eventwatch.geo.first_order_counties import first_order_county
from eventwatch.geo.first_order_districts import first_order_district
from eventwatch.geo.gazetteer import Candidate, Gazetteer, similarity
from eventwatch.geo.name_span import NameSpan
from eventwatch.model import (
    WHERE_PREC_ADMIN1,
    WHERE_PREC_ADMIN2,
    WHERE_PREC_COUNTRY,
    WHERE_PREC_NEAR,
    WHERE_PREC_REGION,
)


# Cues that name a town as a city ("the city of X", "X city").
CITY_CUES = frozenset({"city", "town"})


def regional(direction: Optional[str]) -> bool:
    """A compass word before a name ("southern Idlib", "north Aleppo") marks out a region of it.

    "central", "upper" and "lower" are left out: "central Aleppo" is as often the city centre.
    """
    return bool(direction) and direction not in _NOT_REGIONAL


_NOT_REGIONAL = frozenset({"central", "upper", "lower"})


# The words after a name for a division whose level differs by country: a prefecture is first-order in Japan and
# the Central African Republic, second-order in China and Guinea. "Province", "region" or "oblast" are first-order
# wherever they are divisions: a town named with one and no namesake first-level division is a spelling the tables
# file otherwise ("Hrodna region" is their "Grodnenskaya"), not a lower division.
_LEVEL_VARIES = frozenset({"prefecture"})
# The level a prefecture holds, by country. Elsewhere "the X prefecture" is an office (France's préfecture, the
# state's building in a department's seat) or a word the tables give no level: the town keeps its old reading.
# Known gap: Rwanda's and Chad's former prefectures (Gisenyi, Abéché) are in neither set, so "X prefecture" there
# reads as near the town (2), not as the division (3).
_PREFECTURE_SECOND_ORDER = frozenset({"CN", "GN", "TG", "GR"})
_PREFECTURE_FIRST_ORDER = frozenset({"JP", "CF"})


def _called_a_division(text: str, s: NameSpan) -> bool:
    """Whether the word after the name calls it a division of a level that varies ("Kashgar prefecture")."""
    m = _NEXT_WORD.match(text, s.end)
    return m is not None and m.group(1).lower() in _LEVEL_VARIES


def _prefecture_level(country: Optional[str]) -> Optional[int]:
    """The precision a prefecture named after a town of `country` stands at: 3 where prefectures are second-order,
    4 where first-order, None where the word names no division the tables know (France's is an office)."""
    if country in _PREFECTURE_SECOND_ORDER:
        return WHERE_PREC_ADMIN2
    if country in _PREFECTURE_FIRST_ORDER:
        return WHERE_PREC_ADMIN1
    return None


def _prefecture_reading(region: Candidate, ranked) -> Optional[Candidate]:
    """Where prefectures are second-order, the reading of "X prefecture" the words mean when the first-level region
    X shares the name ("Labé prefecture" is not the Labé Region): the second-order division of the name in that
    region, else its seat town (standing for it at precision 3)."""
    inside = [alt for _score, alt in ranked if alt.country_code == region.country_code
              and alt.admin1_code == region.admin1_code]
    return next((alt for alt in inside if alt.feature_code == "ADM2"), None) \
        or next((alt for alt in inside if (alt.feature_code or "").startswith("PPL")), None)


_NEXT_WORD = re.compile(r"[ \u00a0]+([A-Za-z]+)")


def _namesake_division(gaz: Gazetteer, c: Candidate, ranked, countryside: bool = False) -> Optional[Candidate]:
    """The first-level division town c shares its name with ("Idlib" city → Idlib governorate), if any.

    In conflict reporting a vague area around such a name ("rural Aleppo", "southern Idlib") is the
    division's ground, not the city's: the division is returned for it, never one of another name.
    """
    division = gaz.division("ADM1", c.admin1_code or "")
    if division is not None and similarity(core_name(division.name), core_name(c.name)) >= 80:
        return division
    # A capital that is a division of its own has its countryside as another: "rural Damascus" is Rif
    # Dimashq, which the gazetteer also names "Rural Damascus" and "Damascus Countryside" ("eastern
    # Damascus", a side of the city, is not asked for it).
    for phrase in (f"Rural {c.name}", f"{c.name} Countryside") if countryside else ():
        for alt in gaz.lookup(phrase, limit=20):
            if alt.exact and alt.feature_code == "ADM1" and alt.country_code == c.country_code:
                return alt
    for _score, alt in ranked:
        if alt.feature_code == "ADM1" and alt.country_code == c.country_code and alt.admin1_code == c.admin1_code:
            return alt
    return None


def _countryside(text: str, s: NameSpan) -> bool:
    """Whether the words around a name say its countryside ("rural X", "the X countryside"), not a side."""
    if s.direction is None:
        return True
    phrase = text[max(0, s.phrase_start) : max(s.phrase_end, s.end)].lower()
    return "rural" in phrase or "countryside" in phrase


def _namesake_district(c: Candidate, ranked) -> Optional[Candidate]:
    """The second-level division town c gives its name to ("Afrin" → Afrin District), among the readings.

    A district is named after its seat, and the seat, a town with people, outranks the division in the
    prior; "in Afrin district" still names the district's ground, as "rural Aleppo" names the province's.
    Towns carry no second-level code, so the district is the namesake reading in the town's province.
    """
    for _score, alt in ranked:
        if alt.feature_code == "ADM2" and alt.country_code == c.country_code and alt.admin1_code == c.admin1_code \
                and similarity(core_name(alt.name), core_name(c.name)) >= 80:
            return alt
    return None


def _said_city(s: NameSpan, spans: list[NameSpan]) -> bool:
    """Whether the document calls this name a city elsewhere ("Aleppo city", "the city of Aleppo").

    Then "eastern Aleppo" is the city's eastern districts, not the east of its province.
    """
    return any(o.norm == s.norm and (o.vague == "city" or o.cue in CITY_CUES) for o in spans)


# The last word of a name that calls it a city ("Panama City", "Quezon City", "Kuwait City").
_CITY_WORD_END = re.compile(r"(?i)\bcity$")


def city_side(text: str, spans: list[NameSpan], s: NameSpan, c: Candidate) -> bool:
    """Whether a compass word before a town names a side of the town itself, not of the first-level division
    sharing its name: the name as written says it is a city ("eastern Panama City", "northern Cebu City"), or
    the town is its country's capital ("western Kabul", "southern Beirut", "eastern Damascus"), whose sides the
    press writes for its quarters (a capital's province is written with its own word: "Kabul province"). Not
    where the side holds a district of the town's province written just before it ("Surobi district, in eastern
    Kabul", "Milpa Alta district, in southern Mexico City"): a district lies in the province, so the side is the
    province's (`_holds_a_district`). A bare name before a City's side, or before a side of a capital whose
    first-level division is the city itself (Bangkok: `city_provinces`), is a quarter of the city."""
    city_named = _CITY_WORD_END.search(text[s.start : s.end]) is not None
    if not city_named and c.feature_code != "PPLC":
        return False
    quarters_only = city_named or c.feature_code == "PPLC" and capital_is_its_division(c.country_code)
    return not _holds_a_district(text, spans, s, c, bare=not quarters_only)


# What joins a district to the side of the province holding it: "X district, in eastern Y", "X district in
# western Y", "X district of southern Y", "X, in northern Y" (the district word may be inside the name's span).
_DISTRICT_SIDE_GAP = re.compile(
    r"(?i)(?:\s+(?P<word>district|sub-?district|county|municipality))?(?:,\s*|,?\s+in\s+|\s+of\s+)(?:the\s+)?"
    r"(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?\s+"
)
# The feature codes of a division below the first level.
_LOWER_DIVISIONS = frozenset({"ADM2", "ADM3", "ADM4"})
# The feature codes of a town that may seat a district (not the capital itself, nor a quarter of a town: PPLX).
_DISTRICT_SEATS = frozenset({"PPL", "PPLA", "PPLA2", "PPLA3", "PPLA4"})
# How far from a capital's point a division or town written bare before its side may lie and still be a quarter
# of the city: a capital's quarters lie within a few km of its centre (Kabul's Khair Khana, Kigali's Kicukiro);
# the towns of its province that the press also writes in its sides lie 20 km and more out (Kabul's Surobi and
# Paghman, Baghdad's Abu Ghraib and Mahmudiya; a district's point, its middle, may lie nearer: Musahi's, 15 km).
_QUARTER_KM = 12.0


def _holds_a_district(text: str, spans: list[NameSpan], s: NameSpan, c: Candidate, bare: bool = True) -> bool:
    """Whether the name written just before the side is a district that the tables hold in the town's own
    first-level division, as a division below the first level or by its seat town ("Paghman district in western
    Kabul", "Tarmiyah district, in northern Baghdad": the tables know only the town): the side then holds a
    district of the province, which no side of the city does. Written with its district word it is one; written
    bare ("X, in western Kabul") its place decides, as some tables file a capital's quarters as its districts:
    within `_QUARTER_KM` of the capital it is a quarter held by the city ("Karkh, in western Baghdad"), farther
    out a town of the province ("Surobi, in eastern Kabul"). `bare` False: a bare name is always a quarter (before
    a name that calls itself a City, or a capital whose division is the city itself)."""
    before = max((o for o in spans if o.end <= s.start), key=lambda o: o.end, default=None)
    if before is None:
        return False
    gap = _DISTRICT_SIDE_GAP.fullmatch(text, before.end, s.start)
    if gap is None:
        return False
    written = before.vague == "admin2" or gap.group("word") is not None
    if not written and not bare:
        return False
    for alt in before.candidates:
        if alt.country_code != c.country_code or alt.admin1_code != c.admin1_code \
                or alt.feature_code not in _LOWER_DIVISIONS and alt.feature_code not in _DISTRICT_SEATS:
            continue
        if written or _beyond_the_city(alt, c):
            return True
    return False


# "X, a district of Y": the words between an unheld name X and the name Y.
_ONE_OF_ITS_DISTRICTS = re.compile(r"\s*,\s*(?:a|an|one)\s+district\s+of\s+$", re.IGNORECASE)


def one_of_its_districts(gaz: Gazetteer, text: str, spans: list[NameSpan], s: NameSpan, c: Candidate,
                         ranked) -> bool:
    """Whether the name is written "X, a district of Y" after a name X the tables do not hold: where they
    hold no district or province named Y either, only the town, Y is a town cut into districts (the
    indefinite article) and the event lies in one of its parts ("Kaweni, a district of Mamoudzou"), near the
    town (precision 2), not in a second-order division the tables lack (3). "The district of Y" still names
    the division, a Y with a namesake district keeps it (checked before), and a held X ("Bani Matar, a
    district of Sanaa") is placed by itself. A Y whose namesake first-level division reaches beyond the town
    (Kano State, Taiz governorate: its point farther than `_QUARTER_KM` out) has districts of its own that
    lie far from the town (an LGA of the state), and keeps the second order's precision; a namesake division
    that is the town itself (Mayotte's commune of Mamoudzou) does not."""
    if _ONE_OF_ITS_DISTRICTS.search(text, max(0, s.start - 26), s.start) is None:
        return False
    division = _namesake_division(gaz, c, ranked)
    if division is not None and _beyond_the_city(division, c) and not _the_city_itself(text, s, c, division):
        return False
    before = [o for o in spans if o.end <= s.start]
    if not before:
        return False
    x = max(before, key=lambda o: o.end)
    return (x.unknown or not any(c.exact for c in x.candidates)) and \
        _ONE_OF_ITS_DISTRICTS.fullmatch(text, x.end, s.start) is not None


# "Kano city": the writer names the town, not the state.
_CITY_AFTER = re.compile(r"\s+city\b", re.IGNORECASE)


def _the_city_itself(text: str, s: NameSpan, c: Candidate, division: Candidate) -> bool:
    """Whether Y is the town though a first-level division shares its name: the writer says so ("a district
    of Kano city"), or Y is a capital whose capital district is a division with its bare name (Bamako),
    whose point the tables put off the city though the division is the city."""
    if _CITY_AFTER.match(text, s.end):
        return True
    return c.feature_code == "PPLC" and division.name.strip().lower() == c.name.strip().lower()


def _beyond_the_city(alt: Candidate, c: Candidate) -> bool:
    """Whether reading `alt` lies farther from the capital `c` than its quarters do (unknown points: no)."""
    if alt.lat is None or alt.lon is None or c.lat is None or c.lon is None:
        return False
    return haversine_km(alt.lat, alt.lon, c.lat, c.lon) > _QUARTER_KM


def where_precision(gaz: Gazetteer, text: str, spans: list[NameSpan], s: NameSpan, c: Candidate,
                    ranked) -> tuple[Candidate, int]:
    """The place a chosen reading stands for and its UCDP precision, as the words around the mention say
    ("rural Aleppo" is the province, "Afrin district" the district, "near Goma" the town's surroundings).

    `text` is the document and `spans` all its names: another mention calling the name a city ("Aleppo
    city") makes "eastern Aleppo" a side of the city."""
    fc = c.feature_code
    settlement = community_precision(c.country_code, fc, s.vague, c.approximate)
    if settlement is not None:
        return c, settlement  # a Cypriot community is its village (geo/community_divisions.py)
    if s.vague == "admin1":
        if fc.startswith("PPL"):
            level = _prefecture_level(c.country_code) if _called_a_division(text, s) else None
            if level == WHERE_PREC_ADMIN2:
                # "Kashgar prefecture": where prefectures are second-order (China's, Guinea's), one named after a
                # town is the lower division, even where a first-level region shares the town's name ("Labé
                # prefecture" is not the Labé Region): the town stands for it at the second order's precision. It
                # keeps its own reading: a namesake division may lie far off (the Texan "Houston" is no Houston
                # County, 180 km away).
                return c, max(c.precision, WHERE_PREC_ADMIN2)
            division = _namesake_division(gaz, c, ranked, countryside=_countryside(text, s))
            if division is not None:
                return division, WHERE_PREC_ADMIN1
            if level == WHERE_PREC_ADMIN1:
                # "Bambari prefecture": where prefectures are first-order, the one named after its seat town is the
                # first-level division the town lies in, whatever the tables call it (Ouaka)
                division = gaz.division("ADM1", c.admin1_code or "")
                if division is not None:
                    return division, WHERE_PREC_ADMIN1
            return c, WHERE_PREC_NEAR
        if fc.startswith("PCL"):
            return c, WHERE_PREC_REGION
        if fc == "ADM1" and _called_a_division(text, s) and _prefecture_level(c.country_code) == WHERE_PREC_ADMIN2:
            lower = _prefecture_reading(c, ranked)
            if lower is not None:
                return lower, max(lower.precision, WHERE_PREC_ADMIN2)
        return c, max(c.precision, WHERE_PREC_ADMIN1) if fc == "ADM1" else c.precision
    if s.vague is None and regional(s.direction) and fc.startswith("PPL") and not _said_city(s, spans) \
            and not city_side(text, spans, s, c):
        division = _namesake_division(gaz, c, ranked)
        if division is not None:
            return division, WHERE_PREC_ADMIN1
    if s.vague == "admin2" and (fc == "ADM2" or fc.startswith("PPL")):
        county = first_order_county(gaz, text, s, c)  # "Baringo County": Kenya's first order
        if county is not None:
            return county, WHERE_PREC_ADMIN1
    if s.vague == "admin2" and fc == "ADM2":
        return c, WHERE_PREC_ADMIN2
    if s.vague == "admin2" and fc.startswith("PPL"):
        district = _namesake_district(c, ranked)
        if district is not None:
            return district, WHERE_PREC_ADMIN2
        region = first_order_district(gaz, text, s, c, ranked)  # "Kufra district": Libya's first order
        if region is not None:
            return region, WHERE_PREC_ADMIN1
        if one_of_its_districts(gaz, text, spans, s, c, ranked):
            return c, max(c.precision, WHERE_PREC_NEAR)  # "Kaweni, a district of Mamoudzou": a part of the town
        # "Gwoza LGA", "Nikopol hromada": a division the tables lack, named after its seat; the seat's
        # point stands for it at the division's precision.
        return c, max(c.precision, WHERE_PREC_ADMIN2)
    if s.vague in ("near", "offshore") and fc.startswith("PPL"):
        # "near X"; "a dhow sank off X": at sea within reach of the town. Off an island or a region, the
        # island or the region (geo/offshore_cues.py).
        return c, WHERE_PREC_NEAR
    if s.vague == "offset" and fc.startswith("PPL"):
        # "50 km northwest of Goma": beyond the near radius, in the town's wider area.
        return c, max(c.precision, WHERE_PREC_ADMIN2)
    if s.direction and fc.startswith("PCL"):
        return c, WHERE_PREC_REGION
    if fc.startswith("PCL"):
        return c, WHERE_PREC_COUNTRY
    return c, c.precision
