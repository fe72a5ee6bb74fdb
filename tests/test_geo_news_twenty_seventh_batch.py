"""Rules found by the news probe's twenty-seventh batch (US small-town papers of the LGL kind in towns named like
foreign capitals and other states' towns, with Ontario, County Down, New South Wales and North Yorkshire local
news).

Each is a rule a reader applies to any paper: a state capital a lawmaker will "press" for money, over a dispute
or to act is the state's government, as one that is asked or lobbied is, while a city troops or a storm pressed
"from the north", "with rain" or "for weeks" is ground; a name listed among states and provinces
("Massachusetts, Connecticut and Quebec") is their peer, not a town that holds the name as a variant, while a
town listed under its own name ("Colorado, Utah and Durango") stays the town; and a local story without a
dateline that names counties of one state, with a town of that state near them, is set in that state, as a
datelined one is, so a bare town of another state far from its places (a mid-sized city too, where the text
places it as a landmark, "near Waco", and other towns share its name) is a local namesake the gazetteer lacks,
standing in at the story's places (AP style writes a town of another state with its state: "Sun Valley, Nev.").
A bare county name alone ("Cook County") sets no state, and a mid-sized city a story travels to ("flew to
Syracuse") or a state capital stays the city under any dateline.

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


def test_a_capital_pressed_over_a_dispute_is_its_government(gaz):
    text = "Grain growers pressed Ottawa over the rail strike, the union said."
    assert toponym(gaz, text, "Ottawa").locational is False


def test_a_city_troops_pressed_from_one_side_stays_a_place(gaz):
    # "press" is also an assault: the city pressed is the ground fought over, with no request after it
    text = "Rebel units pressed Mosul from the west overnight, witnesses said."
    assert toponym(gaz, text, "Mosul").locational


def test_a_state_capital_a_storm_pressed_with_rain_stays_a_place(gaz):
    text = "The storm pressed Tallahassee with heavy rain on Monday."
    assert toponym(gaz, text, "Tallahassee").locational


def test_a_city_pressed_for_a_stretch_of_time_stays_a_place(gaz):
    # "for weeks" is how long, not what is asked for
    text = "Government troops pressed Mosul for weeks before the last district fell."
    assert toponym(gaz, text, "Mosul").locational


def test_a_city_forces_pressed_for_a_longer_stretch_of_time_or_for_control_stays_a_place(gaz):
    for text, name in (("Government forces pressed Mariupol for the third straight day, officials said.", "Mariupol"),
                       ("Army units pressed Sirte for a second straight week.", "Sirte"),
                       ("Militia fighters pressed Bunia over the past two weeks, residents said.", "Bunia"),
                       ("Rebels pressed Misrata for control of the airport.", "Misrata")):
        assert toponym(gaz, text, name).locational, text


def test_a_capital_lobbied_over_a_time_phrase_by_civilians_is_still_its_government(gaz):
    text = "Farm groups pressed Ottawa for a third time to cut the diesel levy."
    assert toponym(gaz, text, "Ottawa").locational is False


def test_a_city_named_like_its_province_that_forces_pressed_stays_a_place(gaz):
    assert toponym(gaz, "Government forces pressed Herat on Monday.", "Herat").locational


# -- a name listed among states and provinces is their peer -------------------------------------------------------

def _places(gaz, text: str) -> dict[str, tuple[str, str]]:
    return {t.text: (t.place.country_code, t.place.feature_code) for t in geoparse(gaz, text) if t.place}


def test_a_province_listed_after_two_states_is_the_province_not_a_town_in_one_of_them(gaz):
    text = "BERLIN, N.H. — Campers came from Massachusetts, Connecticut and Quebec for the fishing derby."
    assert _places(gaz, text)["Quebec"] == ("CA", "ADM1")


def test_a_province_listed_with_states_under_a_dateline_of_another_state_is_the_province(gaz):
    # the dateline's state, not a listed one, holds the town that has "Quebec" as an old name
    text = "HARTFORD, Conn. — Teams came from Massachusetts, Vermont and Quebec for the tournament."
    assert _places(gaz, text)["Quebec"] == ("CA", "ADM1")


def test_a_town_listed_with_states_under_its_own_name_keeps_its_town_reading(gaz):
    # Durango, Colo. and Santa Cruz, Calif. are towns by their own names; the states of those names are abroad
    text = "Hunters drove in from Colorado, New Mexico and Durango for the elk season."
    assert _places(gaz, text)["Durango"] == ("US", "PPL")
    text = "Bidders came from California, Nevada and Santa Cruz for the sale."
    assert _places(gaz, text)["Santa Cruz"] == ("US", "PPL")
    assert ("Santa Cruz", "US") in located(gaz, text)


def test_a_city_listed_with_states_by_a_spelling_variant_stays_in_their_country(gaz):
    # "Saint Louis" is the US city's variant spelling; the region of that exact name lies in Senegal, far
    # from the listed states
    text = "Fans came from Illinois, Iowa and Saint Louis for the game."
    assert _places(gaz, text)["Saint Louis"] == ("US", "PPL")


def test_a_listed_name_moves_only_to_a_division_in_or_next_to_the_peers_country():
    state_a = _candidate(1, "Alder", "US", "US.AA", "ADM1")
    state_b = _candidate(2, "Birch", "US", "US.BB", "ADM1")
    town = _candidate(3, "Cedarton", "US", "US.BB", "PPL", kind=1)
    region = _candidate(4, "Cedar", "SN", "SN.01", "ADM1")
    listed = {2: [0, 1]}
    assert division_peer_readings(listed, [state_a, state_b, town], {2: [(1.0, town), (0.5, region)]}) == {}


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


def test_a_listed_town_read_by_a_variant_in_another_state_moves_too():
    state_a = _candidate(1, "Alder", "US", "US.AA", "ADM1")
    state_b = _candidate(2, "Birch", "US", "US.BB", "ADM1")
    town = _candidate(3, "Cedarton", "US", "US.CC", "PPL", kind=1)
    province = _candidate(4, "Cedar", "CA", "CA.01", "ADM1")
    listed = {2: [0, 1]}
    assert division_peer_readings(listed, [state_a, state_b, town], {2: [(1.0, town), (0.5, province)]}) == {
        2: province}


def test_a_listed_town_read_by_its_own_main_name_does_not_move():
    state_a = _candidate(1, "Alder", "US", "US.AA", "ADM1")
    state_b = _candidate(2, "Birch", "US", "US.BB", "ADM1")
    town = _candidate(3, "Cedar", "US", "US.BB", "PPL", kind=0)
    province = _candidate(4, "Cedar", "CA", "CA.01", "ADM1")
    listed = {2: [0, 1]}
    assert division_peer_readings(listed, [state_a, state_b, town], {2: [(1.0, town), (0.5, province)]}) == {}


def test_a_state_and_a_town_inside_it_alone_are_no_list_of_divisions():
    state_a = _candidate(1, "Alder", "US", "US.AA", "ADM1")
    town = _candidate(3, "Cedarton", "US", "US.AA", "PPL", kind=1)
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


def test_a_bare_county_name_without_a_town_of_its_state_near_it_sets_no_state(gaz):
    # "Cook County" names counties in several states: its leading reading is a guess, so a town far from it
    # keeps its own reading
    text = "The woman, sought on a warrant in Cook County, was picked up Monday in Odessa."
    assert _read(gaz, text, "Odessa") == ("Texas", None)


def test_a_bare_county_name_confirms_no_state_for_a_small_town_far_from_it(gaz):
    # towns under the population a lone town keeps on its own: only the county check keeps them at home
    for text, town in (("The man, sought on a warrant in Cook County, was picked up Monday in Kerrville.", "Kerrville"),
                       ("The woman, wanted in Lake County, was arrested Friday in Texarkana.", "Texarkana"),
                       ("Lake County deputies said the driver was arrested in Lufkin.", "Lufkin")):
        assert _read(gaz, text, town) == ("Texas", None), text


def test_a_state_capital_placed_near_under_another_states_dateline_stays_the_capital(gaz):
    # the gazetteer writes many state capitals as plain towns: the list of capitals says which they are
    for text, name, state in (("COLUMBIA, Mo. — The plane went down near Topeka on Tuesday.", "Topeka", "Kansas"),
                              ("COLUMBIA, Mo. — The plane went down near Des Moines on Tuesday.", "Des Moines", "Iowa"),
                              ("Otter Tail County deputies said the crash happened near Topeka, and crews came from "
                               "Fergus Falls.", "Topeka", "Kansas")):
        assert _read(gaz, text, name) == (state, None), text


def test_county_towns_are_worked_out_once_per_county_reading(gaz, monkeypatch):
    # a county round-up asks each judged town about each county: the confirming towns are kept per document
    from eventwatch.geo import firm_context
    calls: list[str] = []
    original = firm_context._FirmContext._other_leads

    def counted(self, name, c):
        if c.feature_code == "ADM2":
            calls.append(name)
        return original(self, name, c)

    monkeypatch.setattr(firm_context._FirmContext, "_other_leads", counted)
    text = " ".join(f"Lake County deputies said the driver was from {a} and was found near {b}."
                    for a, b in (("Lufkin", "Tyler"), ("Nacogdoches", "Palestine"), ("Jacksonville", "Athens"),
                                 ("Kilgore", "Longview"), ("Marshall", "Henderson")))
    assert ("Lufkin", "US") in located(gaz, text)
    assert len(calls) == len(set(calls))


def test_a_state_capital_in_a_county_story_stays_the_capital(gaz):
    text = "Otter Tail County deputies said the driver had moved from Topeka last spring."
    assert _read(gaz, text, "Topeka") == ("Kansas", None)


# -- a mid-sized city of another state under a dateline ---------------------------------------------------------------

def test_a_mid_sized_city_a_team_flew_to_under_another_states_dateline_is_the_city(gaz):
    text = "JOPLIN, Mo. — The team flew to Syracuse for the bowl game."
    assert _read(gaz, text, "Syracuse") == ("New York", None)


def test_a_mid_sized_city_of_another_province_under_a_dateline_is_the_city(gaz):
    text = "BRANDON, Man. — The engines are built in Windsor and shipped west."
    assert _read(gaz, text, "Windsor") == ("Ontario", None)


def test_a_town_of_another_state_written_with_its_state_keeps_it(gaz):
    text = "Lamar County deputies said the driver had come from Sun Valley, Nev., the night before."
    assert _read(gaz, text, "Sun Valley") == ("Nevada", None)


def test_a_city_no_other_town_shares_its_name_with_stays_itself_in_a_county_story(gaz):
    text = "Otter Tail County deputies said the driver had moved from Boise last spring."
    assert _read(gaz, text, "Boise") == ("Idaho", None)
