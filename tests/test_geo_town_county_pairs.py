"""A town and a county named in one story are read as the namesakes lying one in the other
(geo/town_county_pairs.py), and "Mt."/"Ft." names are read under their written-out spelling too
(geo/saint_names.py).

Every sentence here is invented for the test.
"""
from __future__ import annotations

from conftest import toponym

from eventwatch.geo.gazetteer import Candidate
from eventwatch.geo.town_county_pairs import coherent_pairs, lies_in

KM = 40.0


def _place(pid: int, name: str, code: str, lat: float, lon: float, admin1: str, cc: str = "XX",
           population: int = 0) -> Candidate:
    return Candidate(id=pid, name=name, lat=lat, lon=lon, country_code=cc, admin1_code=admin1, admin2_code=None,
                     admin1=admin1, admin2=None, feature_code=code, population=population, geonames_id=None,
                     source="geonames", precision=1)


# Two states each holding a town "Elmford" and a "Birch County"; only in the second does the town lie in it.
BIG_TOWN = _place(1, "Elmford", "PPL", 10.0, 20.0, "XX.01", population=200_000)
FAR_COUNTY = _place(2, "Birch County", "ADM2", 11.0, 20.0, "XX.01")  # about 110 km from the big town
SMALL_TOWN = _place(3, "Elmford", "PPL", 30.0, 40.0, "XX.02", population=20_000)
HOME_COUNTY = _place(4, "Birch County", "ADM2", 30.1, 40.0, "XX.02")  # about 11 km from the small town


def _pairs(named: frozenset[str] = frozenset(), town=(BIG_TOWN, SMALL_TOWN), county=(FAR_COUNTY, HOME_COUNTY)):
    ranked = [[(10.0, town[0]), (8.0, town[1])], [(9.0, county[0]), (8.5, county[1])]]
    return coherent_pairs(["elmford", "birch"], [town[0], county[0]], ranked, KM, named)


def test_a_town_lies_in_a_division_of_its_province_near_the_division_centre():
    assert lies_in(SMALL_TOWN, HOME_COUNTY, KM)
    assert not lies_in(BIG_TOWN, FAR_COUNTY, KM)  # same province, too far from the centre
    assert not lies_in(SMALL_TOWN, _place(5, "Birch County", "ADM2", 30.1, 40.0, "XX.01"), KM)  # other province


def test_a_town_and_county_holding_neither_each_other_move_to_the_pair_that_does():
    assert _pairs() == {0: SMALL_TOWN, 1: HOME_COUNTY}


def test_a_province_the_story_names_keeps_its_readings():
    assert _pairs(named=frozenset({"XX.01"})) == {}


def test_the_pair_does_not_carry_the_names_to_another_country():
    abroad_town = _place(6, "Elmford", "PPL", 30.0, 40.0, "YY.02", cc="YY")
    abroad_county = _place(7, "Birch County", "ADM2", 30.1, 40.0, "YY.02", cc="YY")
    assert _pairs(town=(BIG_TOWN, abroad_town), county=(FAR_COUNTY, abroad_county)) == {}


def test_a_county_holding_another_town_of_the_story_keeps_it():
    neighbour = _place(8, "Oakvale", "PPL", 11.05, 20.0, "XX.01", population=5_000)  # lies in the far county
    ranked = [[(10.0, BIG_TOWN), (8.0, SMALL_TOWN)], [(9.0, FAR_COUNTY), (8.5, HOME_COUNTY)], [(7.0, neighbour)]]
    assert coherent_pairs(["elmford", "birch", "oakvale"], [BIG_TOWN, FAR_COUNTY, neighbour], ranked, KM) == {}


# -- in stories ------------------------------------------------------------------------------------------------

def test_a_town_and_the_county_jail_it_is_taken_to_are_one_state(gaz):
    text = "Woman jailed after stop. A Richmond woman was taken to the Madison County jail after a traffic stop."
    town, county = toponym(gaz, text, "Richmond"), toponym(gaz, text, "Madison County")
    assert (town.place.admin1, county.place.admin1) == ("Kentucky", "Kentucky")


def test_a_state_the_story_names_outweighs_the_pair(gaz):
    text = ("Woman jailed after stop. A Richmond woman was taken to the Madison County jail after a traffic stop. "
            "Virginia state police assisted.")
    assert toponym(gaz, text, "Richmond").place.admin1 == "Virginia"


def test_mt_is_read_as_mount_so_the_namesake_the_story_points_to_is_found(gaz):
    text = ("School board backs a new gym. The Mt. Pleasant board voted 5-2 on Monday; its teams play in Des Moines "
            "and Iowa City next month.")
    assert toponym(gaz, text, "Mt. Pleasant").place.admin1 == "Iowa"


def test_a_postal_code_before_a_capitalised_word_is_no_mountain():
    from eventwatch.geo.recognise import tokenize
    from eventwatch.geo.saint_names import saint_before

    text = "Helena, MT Police said"
    tokens = tokenize(text)
    assert saint_before(text, tokens, 2) is None
    text = "near Mt. Pleasant"
    tokens = tokenize(text)
    assert saint_before(text, tokens, 2) == "Mount"


# -- a dateline's small town and the county named in passing ----------------------------------------------------

def _span(i: int, norm: str, locational: bool = True):
    from eventwatch.geo.name_span import NameSpan

    return NameSpan(i=i, j=i + 1, start=10 * i, end=10 * i + 5, norm=norm, locational=locational)


def _far(with_county: bool) -> list[int]:
    from eventwatch.geo.namesakes import far_namesakes
    from eventwatch.geo.resolve import Resolution

    village = _place(11, "Hillbury", "PPL", 40.0, -82.0, "XX.03", population=900)
    county = _place(12, "Ash County", "ADM2", 40.05, -82.1, "XX.03")
    nation = _place(13, "Ruritania", "PCLI", 51.0, 10.0, None, cc="YY", population=50_000_000)
    spans = [_span(0, "hillbury"), _span(2, "ruritania")]
    out = [Resolution(village, 1), Resolution(nation, 6)]
    if with_county:  # "the Ash County Historical Society": inside an organisation's name, not a place of the story
        spans.append(_span(4, "ash county", locational=False))
        out.append(Resolution(county, 2))
    return far_namesakes(spans, out)


def test_a_village_far_from_the_story_places_is_a_namesake_unless_a_county_named_holds_it():
    assert _far(with_county=False) == [0]
    assert _far(with_county=True) == []
