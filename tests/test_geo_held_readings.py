"""Readings the story's own words settle: a county road's number, a saint's name the gazetteer spells in full,
a town named with its county though both lie far down their names' lists of namesakes, and a headline's
abbreviation of the datelined town."""
from __future__ import annotations

from dataclasses import replace

from eventwatch.geo import resolve_names
from eventwatch.geo.county_roads import county_road_reading
from eventwatch.geo.gazetteer import Candidate
from eventwatch.geo.saint_names import written_out
from eventwatch.geo.store import NAME_ALT, NAME_MAIN
from eventwatch.geo.town_county_pairs import _best_pair, beyond_cut

from conftest import toponyms_by_name


def _asked(gaz, text: str, *names: str):
    """`resolve_names` over the first mention of each name, by name."""
    spans = [(text.index(n), text.index(n) + len(n)) for n in names]
    return {t.text: t for t in resolve_names(gaz, text, spans)}


# -- a name before a road number is its county ---------------------------------------------------------------

def test_a_name_before_a_road_number_is_the_county_the_road_belongs_to(gaz):
    text = "The school bus stops at Wellington Road 7 near Elora, Ontario, before it heads on to Fergus."
    county = _asked(gaz, text, "Wellington", "Elora", "Ontario")["Wellington"].place
    assert (county.feature_code, county.admin1) == ("ADM2", "Ontario")


def _cand(id_: int, name: str, fc: str, kind: int = NAME_MAIN, admin1: str = "US.AA",
          lat: float = 40.0, lon: float = -90.0) -> Candidate:
    return Candidate(id=id_, name=name, lat=lat, lon=lon, country_code="US", admin1_code=admin1,
                     admin2_code=None, admin1=None, admin2=None, feature_code=fc, population=0, geonames_id=id_,
                     source="geonames", precision=1, kind=kind)


def test_the_road_number_rule_needs_the_number_and_a_county_reading():
    town, county = _cand(1, "Lyle", "PPL"), _cand(2, "Lyle County", "ADM2")
    ranked = [(9.0, town), (5.0, county)]
    assert county_road_reading("on Lyle Road 12 east", 7, "lyle", ranked) is county
    assert county_road_reading("on Lyle Road east", 7, "lyle", ranked) is None
    assert county_road_reading("on Lyle Road 12 east", 7, "lyle", [(9.0, town)]) is None


# -- a saint's abbreviation the gazetteer writes out ---------------------------------------------------------

def test_a_saints_abbreviation_is_written_out_only_at_the_head_of_a_name():
    assert written_out("St. Kitts and Nevis") == "Saint Kitts and Nevis"
    assert written_out("Ste. Marthe") == "Sainte Marthe"
    assert written_out("Saint Lucia") is None
    assert written_out("Stony Point") is None
    assert written_out("St.") is None


def test_a_country_named_with_st_is_read_under_its_full_spelling(gaz):
    text = "Customs officers in Rotterdam seized a yacht registered in St. Kitts and Nevis on Thursday."
    country = _asked(gaz, text, "St. Kitts and Nevis")["St. Kitts and Nevis"].place
    assert country is not None and country.feature_code.startswith("PCL") and country.country_code == "KN"


def test_a_name_the_gazetteer_spells_with_st_keeps_its_own_readings(gaz):
    text = "The band played two nights in St. Louis, Missouri, last week."
    town = _asked(gaz, text, "St. Louis", "Missouri")["St. Louis"].place
    assert (town.country_code, town.admin1) == ("US", "Missouri")


# -- a town and its county far down their names' lists --------------------------------------------------------

def test_a_town_and_its_county_are_read_together_beyond_the_candidate_cut(gaz):
    found = toponyms_by_name(gaz, "A Georgetown man was hurt when his pickup slid off the highway on Sunday, "
                                  "the Clear Creek County sheriff said.")
    assert found["Georgetown"].place.admin1 == "Colorado"
    assert found["Clear Creek County"].place.admin1 == "Colorado"


def test_a_county_holding_a_prominent_namesake_keeps_it(gaz):
    found = toponyms_by_name(gaz, "A Georgetown man was hurt when his pickup slid off the highway on Sunday, "
                                  "the Williamson County sheriff said.")
    assert found["Georgetown"].place.admin1 == "Texas"


def test_readings_beyond_the_cut_rank_below_every_scored_one():
    a, b, c = _cand(1, "Fenwick", "PPL"), _cand(2, "Fenwick", "PPL"), _cand(3, "Fenwick", "PPL")
    out = beyond_cut([(7.0, a), (4.0, b)], [a, b, c])
    assert [x.id for _s, x in out] == [1, 2, 3] and out[2][0] < 4.0


def test_a_pair_under_the_towns_own_name_beats_one_under_an_alternate_name():
    county_here = _cand(10, "Lyle County", "ADM2", admin1="US.AA", lat=40.0, lon=-90.0)
    county_there = _cand(11, "Lyle County", "ADM2", admin1="US.BB", lat=35.0, lon=-80.0)
    own = _cand(1, "Ferndale", "PPL", admin1="US.AA", lat=40.1, lon=-90.1)
    formerly = replace(_cand(2, "Big Bend", "PPL", kind=NAME_ALT, admin1="US.BB", lat=35.1, lon=-80.1),
                       population=90_000)
    town, county = _best_pair([(9.0, formerly), (4.0, own)], [(5.0, county_there), (5.0, county_here)], 40.0)
    assert (town.id, county.id) == (1, 10)


# -- a state's abbreviation spelling the initials of the story's town ----------------------------------------

def test_an_abbreviation_spelling_the_datelined_towns_initials_is_that_town(gaz):
    found = toponyms_by_name(gaz, "Library set to open in N.C. today. NORTH CANTON, Ohio -- The new library "
                                  "in North Canton opens its doors on Friday.")
    assert (found["N.C."].place.name, found["N.C."].place.admin1) == ("North Canton", "Ohio")


def test_the_abbreviation_stays_the_state_where_the_towns_own_state_is_not_named(gaz):
    found = toponyms_by_name(gaz, "Library set to open in N.C. today. The new library in North Canton opens "
                                  "on Friday after a vote in Raleigh.")
    assert found["N.C."].place.feature_code == "ADM1"


def test_the_abbreviation_of_the_storys_own_state_stays_the_state(gaz):
    found = toponyms_by_name(gaz, "COLUMBIA, S.C. -- The state senate met on Monday in Columbia, South "
                                  "Carolina, to vote on the budget.")
    assert found["S.C."].place.feature_code == "ADM1"
