"""Rules found by the news probe's twenty-seventh batch (US small-town papers of the LGL kind in towns named like
foreign capitals and other states' towns, with Ontario, County Down, New South Wales and North Yorkshire local
news).

Each is a rule a reader applies to any paper: a state capital a lawmaker will "press" for money is the state's
government, as one that is asked or lobbied is; a name listed among states and provinces ("Massachusetts,
Connecticut and Quebec") is their peer, not a town inside one of them that holds the name as a variant; and a
local story without a dateline that names counties of one state only is set in that state, as a datelined one
is, so a bare town of another state far from its places (a mid-sized city too, where other towns share its name)
is a local namesake the gazetteer lacks, standing in at the story's places (AP style writes a town of another
state with its state: "Sun Valley, Nev.").

Every sentence here is invented for the test.
"""
from __future__ import annotations

from conftest import located, toponym

from eventwatch.geo import geoparse
from eventwatch.geo.division_list_peers import division_peer_readings
from eventwatch.geo.gazetteer import Candidate


# -- a state capital pressed for money is the state's government -------------------------------------------------

def test_a_state_capital_a_lawmaker_will_press_for_money_is_its_government(gaz):
    text = "CAIRO, Ill. — A county board member said she would press Springfield for money to repair the levee road."
    assert toponym(gaz, text, "Springfield").locational is False


def test_a_state_capital_pressed_for_an_answer_is_its_government(gaz):
    text = "Mayors from the river towns pressed Albany for an answer on the bridge repairs."
    assert toponym(gaz, text, "Albany").locational is False


def test_a_state_capital_a_crew_drove_to_stays_a_place(gaz):
    text = "CAIRO, Ill. — The crew drove to Springfield on Monday to pick up the new pumps."
    assert toponym(gaz, text, "Springfield").locational


# -- a name listed among states and provinces is their peer -------------------------------------------------------

def _places(gaz, text: str) -> dict[str, tuple[str, str]]:
    return {t.text: (t.place.country_code, t.place.feature_code) for t in geoparse(gaz, text) if t.place}


def test_a_province_listed_after_two_states_is_the_province_not_a_town_in_one_of_them(gaz):
    text = "BERLIN, N.H. — Campers came from Massachusetts, Connecticut and Quebec for the fishing derby."
    assert _places(gaz, text)["Quebec"] == ("CA", "ADM1")


def test_a_province_listed_with_states_a_snowfall_reached_is_the_province(gaz):
    text = "Heavy snow closed roads across Vermont, Maine and Quebec on Sunday."
    assert _places(gaz, text)["Quebec"] == ("CA", "ADM1")


def test_a_city_listed_with_two_states_keeps_its_city_reading(gaz):
    text = "Buyers drove in from Ohio, Indiana and Columbus for the auction."
    assert _places(gaz, text)["Columbus"] == ("US", "PPL")
    assert ("Columbus", "US") in located(gaz, text)


def _candidate(id_: int, name: str, cc: str, a1: str, code: str, kind: int = 0) -> Candidate:
    return Candidate(id=id_, name=name, lat=0.0, lon=0.0, country_code=cc, admin1_code=a1, admin2_code=None,
                     admin1=a1, admin2=None, feature_code=code, population=0, geonames_id=id_, source="geonames",
                     precision=1, kind=kind, matched=name, match_norm=name.lower(), similarity=100.0,
                     approximate=False)


def test_a_listed_name_read_inside_a_listed_state_moves_to_its_own_division_reading():
    state_a = _candidate(1, "Alder", "US", "US.AA", "ADM1")
    state_b = _candidate(2, "Birch", "US", "US.BB", "ADM1")
    town = _candidate(3, "Cedarton", "US", "US.BB", "PPL", kind=1)
    province = _candidate(4, "Cedar", "CA", "CA.01", "ADM1")
    listed = {0: [1, 2], 1: [0, 2], 2: [0, 1]}
    chosen = [state_a, state_b, town]
    moved = division_peer_readings(listed, chosen, {2: [(1.0, town), (0.5, province)]})
    assert moved == {2: province}


def test_two_names_beside_a_town_in_another_state_do_not_move_it():
    state_a = _candidate(1, "Alder", "US", "US.AA", "ADM1")
    state_b = _candidate(2, "Birch", "US", "US.BB", "ADM1")
    town = _candidate(3, "Cedarton", "US", "US.CC", "PPL")
    province = _candidate(4, "Cedar", "CA", "CA.01", "ADM1")
    listed = {2: [0, 1]}
    assert division_peer_readings(listed, [state_a, state_b, town], {2: [(1.0, town), (0.5, province)]}) == {}


def test_a_state_and_a_town_inside_it_alone_are_no_list_of_divisions():
    state_a = _candidate(1, "Alder", "US", "US.AA", "ADM1")
    town = _candidate(3, "Cedarton", "US", "US.AA", "PPL")
    province = _candidate(4, "Cedar", "CA", "CA.01", "ADM1")
    assert division_peer_readings({1: [0]}, [state_a, town], {1: [(1.0, town), (0.5, province)]}) == {}


# -- a story naming counties of one state is set there ---------------------------------------------------------------

def _read(gaz, text: str, name: str) -> tuple:
    t = toponym(gaz, text, name)
    return (t.place.admin1 if t.place else None, t.fallback.admin1 if t.fallback else None)


def test_a_bare_village_of_another_state_in_a_county_story_stands_in_at_the_county(gaz):
    text = "A grass fire burned 40 acres near Sun Valley on Tuesday, Lamar County firefighters said. Crews from Roxton helped."
    assert _read(gaz, text, "Sun Valley") == (None, "Texas")


def test_a_shared_city_name_of_another_state_in_a_county_story_is_a_local_namesake(gaz):
    text = "A barn burned near Waco on Tuesday, Madison County deputies said. Firefighters came from Berea."
    assert _read(gaz, text, "Waco") == (None, "Kentucky")


def test_a_town_of_another_state_written_with_its_state_keeps_it(gaz):
    text = "Lamar County deputies said the driver had come from Sun Valley, Nev., the night before."
    assert _read(gaz, text, "Sun Valley") == ("Nevada", None)


def test_a_city_no_other_town_shares_its_name_with_stays_itself_in_a_county_story(gaz):
    text = "Otter Tail County deputies said the driver had moved from Boise last spring."
    assert _read(gaz, text, "Boise") == ("Idaho", None)
