"""Rules found by the news probe's fifty-eighth batch (world web copy of the GeoWebNews kind from Nicaragua, Bosnia,
the Dominican Republic, Algeria, Moldova, Albania, Uzbekistan, Croatia, Slovenia, Botswana, Panama, Costa Rica,
Tunisia, Paraguay, Laos, Rwanda and Cambodia).

Each is a rule a reader applies to any wire story: in a list of cities, a city that is its own first-level division
("Vienna", "Berlin") is the next city's peer, not its container, when the city before it is a large one that does
not lie there ("fly in from Milan, Vienna and Warsaw"), so the first city is neither dropped nor sent to a namesake
village of Illinois; a word that opens a sentence before "villages" or "towns" and says what they live by or where
they lie ("Fishing villages", "Coastal towns") is an English word capitalised by its place, not an unheld village's
name; a land that "leaned towards" another is aligned with its government, as one that "sided with" it; and a
village read by a name it holds only as an alternate gives way to the larger town of its division whose own name
that is ("Siem Reap" is the city, not "Siem Reab" by Phnom Penh). And true facts for the gazetteer: Ometepe, the
island in Lake Nicaragua, and Gatún Lake on the Panama Canal.

Every sentence here is invented for the test.
"""
from __future__ import annotations

import pytest
from conftest import found_names, locational_names


def _place(gaz, text: str, name: str):
    from eventwatch.geo import geoparse

    return next(t.place for t in geoparse(gaz, text) if t.text == name)


# -- a city-state in a list of cities ----------------------------------------------------------------------------

def test_a_city_before_a_city_state_in_a_list_keeps_its_own_reading(gaz):
    text = "Charter airlines will fly in from Milan, Vienna and Warsaw from May."
    assert locational_names(gaz, text) == ["Milan", "Vienna", "Warsaw"]
    assert [_place(gaz, text, n).country_code for n in ("Milan", "Vienna", "Warsaw")] == ["IT", "AT", "PL"]


def test_the_city_state_is_read_as_its_city_not_its_state(gaz):
    # the peer reading keeps Vienna the city, not the state of Vienna round a city that is not in it, and the
    # Greek capital is not sent to its namesake in Georgia for want of a reading inside the state
    text = "Choirs from Athens, Vienna and Skopje sang at the festival."
    place = _place(gaz, text, "Vienna")
    assert (place.country_code, place.feature_code) == ("AT", "PPLC")
    assert _place(gaz, text, "Athens").country_code == "GR"


def test_a_large_city_before_a_city_state_is_not_dropped(gaz):
    # Glasgow and Florence have no reading in Vienna: without the peer reading each was dropped from its list
    assert locational_names(gaz, "The band will play Glasgow, Vienna and Zagreb in June.") == [
        "Glasgow", "Vienna", "Zagreb"]
    text = "Visitors came from Florence, Vienna and Ljubljana."
    assert [_place(gaz, text, n).country_code for n in ("Florence", "Vienna", "Ljubljana")] == ["IT", "AT", "SI"]


def test_a_town_inside_the_division_after_it_keeps_its_container(gaz):
    # the negative case: Saraqib lies in Idlib, so "Saraqib, Idlib" is still a town and its governorate
    text = "Shelling hit Saraqib, Idlib and Hama overnight."
    assert _place(gaz, text, "Idlib").feature_code == "ADM1"
    assert _place(gaz, text, "Saraqib").admin1 == "Idlib"


# -- a sentence's first word before a settlement noun ----------------------------------------------------------

def test_fishing_villages_at_a_sentence_start_name_no_village(gaz):
    text = "The storm reached the coast at dawn. Fishing villages were evacuated the day before."
    assert found_names(gaz, text) == []


def test_coastal_and_farming_towns_at_a_sentence_start_name_no_town(gaz):
    assert found_names(gaz, "Coastal villages near Bilwi lost their roofs.") == ["Bilwi"]
    assert found_names(gaz, "Farming villages along the river were flooded, officials said.") == []


def test_an_unheld_village_named_before_village_is_still_found(gaz):
    # the negative case: a true name before the settlement word stays a place the gazetteer lacks
    assert found_names(gaz, "Residents of Kandeh village fled the fighting.") == ["Kandeh"]


# -- leaning towards a party -----------------------------------------------------------------------------------

def test_a_country_leaned_towards_is_a_party(gaz):
    text = "The autonomous region, whose main town is Comrat, has long leaned towards Russia."
    assert "Russia" in found_names(gaz, text) and "Russia" not in locational_names(gaz, text)


def test_a_capital_leaned_toward_is_a_party(gaz):
    text = "Voters in the north lean toward Beijing, a new poll shows."
    assert "Beijing" in found_names(gaz, text) and "Beijing" not in locational_names(gaz, text)


def test_a_storm_leaning_towards_a_place_is_its_track(gaz):
    # mend: only a country or a national capital can be a party leaned towards, and not in a sentence of
    # weather; a state, a province or a resort a storm heads for stays ground
    assert locational_names(gaz, "Forecasters said the storm's track leaned toward Texas by Friday.") == ["Texas"]
    assert locational_names(gaz, "Hurricane Idalia leaned towards Tampa as it gathered strength.") == ["Tampa"]
    assert locational_names(gaz, "The cyclone leaned towards Mozambique before landfall.") == ["Mozambique"]
    assert locational_names(gaz, "Typhoon Kalmaegi leaned toward Manila late on Tuesday.") == ["Manila"]


def test_a_country_leaned_towards_as_a_destination_is_a_place(gaz):
    # mend: a noun of destination after the name makes it where people mean to go, not a party
    assert "Spain" in locational_names(gaz, "Many of the migrants leaned toward Spain over Italy as their destination.")
    text = "Families fleeing the drought leaned towards Ethiopia for asylum rather than Somalia."
    assert "Ethiopia" in locational_names(gaz, text)


def test_a_party_leaned_towards_rather_than_another_stays_a_party(gaz):
    # the negative case: "rather than" alone says nothing of a destination
    text = "The breakaway region has leaned towards Moscow rather than Brussels for decades."
    assert "Moscow" in found_names(gaz, text) and "Moscow" not in locational_names(gaz, text)


def test_a_storm_before_a_political_leaning_leaves_a_party(gaz):
    # mend (second review): a storm in another clause is the time of the vote, not the subject of the leaning
    text = "After the storm passed, the province leaned towards Moscow in the vote."
    assert "Moscow" not in locational_names(gaz, text)


def _is_party(gaz, text: str, name: str) -> bool:
    return name in found_names(gaz, text) and name not in locational_names(gaz, text)


@pytest.mark.parametrize("text, name", [
    ("With an eye on cheap grain, Slovakia leaned towards Moscow in the talks.", "Moscow"),
    ("A political storm over pensions saw Bulgaria lean towards Brussels.", "Brussels"),
    ("During the Great Depression, Portugal leaned towards Rome.", "Rome"),
    ("The cabinet's path has long leaned towards Tokyo, analysts believe.", "Tokyo"),
    ("Winds of reform saw Armenia lean towards Paris after the poll.", "Paris"),
    ("Officials on a fast track leaned toward Ankara in the end.", "Ankara"),
    ("Typhoon-battered Taiwan leaned towards Washington for help after the typhoon season.", "Washington"),
])
def test_a_word_of_weather_that_is_no_storm_subject_leaves_a_party(gaz, text, name):
    # mend (second review): eye, path, track, winds and depression are words of politics as often; a storm noun
    # counts only as the subject of the leaning, whole ("Typhoon-battered" is an adjective) and not "a storm over"
    assert _is_party(gaz, text, name)


def test_a_storm_in_the_sentence_before_leaves_a_party(gaz):
    # mend (second review): the weather word must stand in the name's own sentence, a quoted stop ends one
    assert _is_party(gaz, 'The minister called it "a perfect storm." Slovakia then leaned toward Moscow.', "Moscow")
    assert _is_party(gaz, "Rains flooded the valley. Serbia has since leaned towards Beijing.", "Beijing")


def test_a_named_storm_or_its_track_leaning_towards_a_country_is_ground(gaz):
    # a named storm and a storm's track are the subject of the leaning: the country is where it heads
    assert "Madagascar" in locational_names(gaz, "Cyclone Belna then leaned towards Madagascar overnight.")
    assert "Manila" in locational_names(gaz, "The typhoon's track leaned toward Manila late on Monday.")


@pytest.mark.parametrize("text, name", [
    ("Manila has leaned toward Washington for shelter from Beijing's pressure.", "Washington"),
    ("Baku has leaned towards Ankara as its only route to European markets.", "Ankara"),
    ("Phnom Penh has leaned toward Beijing for a sea route to its markets.", "Beijing"),
    ("The Sudanese junta leaned towards Cairo as a haven from rebel raids.", "Cairo"),
    ("The junta leaned towards Moscow as a refuge from Western sanctions.", "Moscow"),
])
def test_a_government_leaned_towards_for_a_political_noun_stays_a_party(gaz, text, name):
    # mend (second review): shelter, route and haven are a government's wants too; only a destination noun
    # ("as their destination", "for asylum") with people moving in the sentence makes the name a destination
    assert _is_party(gaz, text, name)


def test_refugees_leaning_towards_a_country_for_refuge_go_there(gaz):
    text = "Displaced villagers leaned toward Uganda as a refuge rather than Kenya."
    assert "Uganda" in locational_names(gaz, text)
    assert "Chad" in locational_names(gaz, "Most evacuees leaned towards Chad for resettlement.")


@pytest.mark.parametrize("text, name", [
    ("Armenia has leaned toward Moscow decades longer than Georgia has.", "Moscow"),
    ("Hanoi leaned towards Beijing years before the border war.", "Beijing"),
    ("Officials talked with Canberra weeks before the summit.", "Canberra"),
])
def test_a_span_of_time_after_the_party_is_no_noun_it_describes(gaz, text, name):
    # mend (second review): "decades", "years", "weeks" after the name say when, as after "stood with"
    assert _is_party(gaz, text, name)


def test_leaning_towards_something_by_a_town_keeps_the_town(gaz):
    # the negative case: the town after "at" or "in" is no object of the leaning
    assert locational_names(gaz, "Sailors leaned towards the rail as the ferry reached Dover.") == ["Dover"]
    assert locational_names(gaz, "The old tower leans towards the square in Pisa.") == ["Pisa"]


# -- Ometepe and Gatún Lake ------------------------------------------------------------------------------------

def test_ometepe_is_the_island_in_lake_nicaragua(gaz):
    place = _place(gaz, "A new ferry will link San Jorge with the island of Ometepe.", "Ometepe")
    assert (place.country_code, place.feature_code) == ("NI", "ISL")
    place = _place(gaz, "Hikers on Ometepe climbed the volcano at dawn.", "Ometepe")
    assert place.country_code == "NI"


def test_gatun_lake_with_and_without_its_accent(gaz):
    place = _place(gaz, "Rain refilled Gatún Lake, the canal authority said.", "Gatún Lake")
    assert (place.country_code, place.feature_code) == ("PA", "LK")
    assert _place(gaz, "Ships waited on Lake Gatun near Colón.", "Lake Gatun").country_code == "PA"


# -- a town's own name over a village's other name -----------------------------------------------------------------
# "Siem Reab", a village near Phnom Penh filed under Siem Reap province, holds "Siem Reap" as an alternate name; the
# story's places near the capital pulled the name to it (geo/own_name_towns.py).

def test_siem_reap_beside_places_near_the_capital_is_the_city(gaz):
    text = ("A man from a village in Svay Rieng province has died. Teams from Phnom Penh culled poultry. Earlier "
            "cases were in Siem Reap and Kampong Cham, and in Kampot.")
    place = _place(gaz, text, "Siem Reap")
    assert (place.name, place.feature_code) == ("Siem Reap", "PPL") and place.lat > 13.0


def test_siem_reap_as_a_destination_from_the_capital_is_the_city(gaz):
    text = "Floods hit Takeo and Kandal; aid trucks left Phnom Penh for Siem Reap and Kampong Speu."
    place = _place(gaz, text, "Siem Reap")
    assert place.name == "Siem Reap" and place.lat > 13.0


def test_the_village_written_by_its_own_name_stays_the_village(gaz):
    # the negative case: only a reading matched by another name gives way
    text = "Floods hit Takeo and Kandal; aid trucks left Phnom Penh for Siem Reab."
    assert _place(gaz, text, "Siem Reab").lat < 12.0


def test_a_short_name_written_with_its_county_stays_the_village(gaz):
    # mend: South Brent (Devon) and Sutton on Trent (Nottinghamshire) hold "Brent" and "Sutton" as other names;
    # sharing "England" with the London boroughs of those names is no reason to move them 300 km against the
    # county the writer gave
    assert _place(gaz, "Snow closed roads around Brent, Devon, overnight.", "Brent").lat < 51.0
    assert _place(gaz, "Police were called to Sutton, Nottinghamshire, after the fire.", "Sutton").lat > 53.0


def _reading(name: str, population: int, lat: float, lon: float, kind: int, admin1: str = "Norland"):
    from eventwatch.geo.gazetteer import Candidate

    return Candidate(id=hash((name, lat)), name=name, lat=lat, lon=lon, country_code="XX", admin1_code="XX.01",
                     admin2_code=None, admin1=admin1, admin2=None, feature_code="PPL", population=population,
                     geonames_id=None, source="test", precision=0, kind=kind, matched="Karvik")


def test_a_far_village_keeps_its_short_name():
    # mend: a village 300 km from the town it shares a first-level division and a name with is named so for
    # itself; one within a short drive, or one of the province named so, may hold a copy of the town's name
    from eventwatch.geo.own_name_towns import own_name_town
    from eventwatch.geo.store import NAME_ALT, NAME_MAIN

    town = _reading("Karvik", 250_000, 60.0, 10.0, NAME_MAIN)
    far = _reading("Upper Karvik", 1_800, 57.3, 10.0, NAME_ALT)
    near = _reading("Karvik Mill", 1_800, 60.1, 10.1, NAME_ALT)
    named_province = _reading("Karvik Mill", 1_800, 57.3, 10.0, NAME_ALT, admin1="Karvik")
    assert own_name_town(far, [(1.0, far), (0.5, town)]) is None
    assert own_name_town(near, [(1.0, near), (0.5, town)]) is town
    assert own_name_town(named_province, [(1.0, named_province), (0.5, town)]) is town


def test_a_village_of_unknown_size_or_with_its_container_keeps_its_name():
    # mend: population 0 is no measure of "ten times larger", and a container written with the name placed it
    from eventwatch.geo.own_name_towns import own_name_town
    from eventwatch.geo.store import NAME_ALT, NAME_MAIN

    town = _reading("Karvik", 250_000, 60.0, 10.0, NAME_MAIN)
    unknown = _reading("Karvik Strand", 0, 60.1, 10.1, NAME_ALT)
    near = _reading("Karvik Mill", 1_800, 60.1, 10.1, NAME_ALT)
    assert own_name_town(unknown, [(1.0, unknown), (0.5, town)]) is None
    assert own_name_town(near, [(1.0, near), (0.5, town)], contained=True) is None


# -- seen and left -------------------------------------------------------------------------------------------------

@pytest.mark.xfail(strict=True, reason="bare 'Paraná' is no alias of the river (it is a Brazilian state's name), "
                                       "so 'the Paraná' as ground is read as the state (geo/article_rivers.py "
                                       "needs the river to hold the bare name)")
def test_the_parana_as_ground_is_the_river(gaz):
    place = _place(gaz, "Barges waited on the Paraná below Encarnación.", "Paraná")
    assert place.feature_code == "STM"


@pytest.mark.xfail(strict=True, reason="a capital as the subject of a copula after a relative aside ('Paris, whose "
                                       "ties with Algiers have been cool, was not part of the talks') is kept "
                                       "literal")
def test_a_capital_that_was_not_part_of_talks_is_a_party(gaz):
    text = "Paris, whose ties with Algiers have been cool for years, was not part of the talks."
    assert "Paris" not in locational_names(gaz, text)
