"""Rules found by the news probe's fortieth batch (local papers of the LGL kind from Alaska, Hawaii, Arizona,
Nevada, North Dakota, New Jersey, Rhode Island, Idaho, Minnesota, Mississippi, Illinois, Delaware and New
Hampshire, and shire, district and county papers from Newfoundland, Western Australia, Hawke's Bay, the Western
Cape, Gwynedd, the Scottish Borders and Sligo).

Each is a rule a reader applies to any local paper: a town named by a common word ("Sterling", "Willow") that
opens a list of towns after a preposition of place is a town where the list's next member is a town near it,
as one closing such a list already was; "Residents of X and Y told the board" lists towns whose people speak,
so the verb after the list makes neither name a person; a county or a borough that adds to the services it runs
("will add two bus routes") or asks the state for something is its government, as one that opens or closes its
buildings is; and a borough, like a township, takes its head word into its name ("Lebanon Borough"), unless an
office's title goes on ("the Brooklyn Borough President"). A paper's masthead is read whole: its head word is the
title's, not a town of that name ("the Boston Globe" holds no Globe, Arizona), and "Telegram" heads a masthead as
"Telegraph" does ("The Garden City Telegram": the Kansas paper, not Singapore, the Garden City of the aliases).

Every sentence here is invented for the test.
"""
from __future__ import annotations

import pytest
from conftest import found_names, locational_names, toponym


def _where(gaz, text: str, name: str) -> tuple[str, str | None]:
    t = toponym(gaz, text, name)
    return t.place.country_code, t.place.admin1


# -- a common word opening a list of neighbouring towns -------------------------------------------------------------

def test_a_common_word_town_opening_a_list_of_its_neighbours_is_a_town(gaz):
    text = "DIXON, Ill. — Volunteers from Sterling and Rock Falls helped fill sandbags on Sunday."
    assert "Sterling" in locational_names(gaz, text)
    assert _where(gaz, text, "Sterling") == ("US", "Illinois")


def test_the_list_may_open_after_around_or_between_as_well_as_from(gaz):
    # "in X and Y" was read as a list before; "around" and "between" open one only through the opener rule.
    text = "Heavy snow fell around Hope and Chilliwack on Sunday."
    assert _where(gaz, text, "Hope") == ("CA", "British Columbia")
    text = "Road crews worked between Golden and Lakewood through the night."
    assert _where(gaz, text, "Golden") == ("US", "Colorado")


def test_a_common_word_before_a_name_that_is_no_town_stays_a_word(gaz):
    # Wedgwood is a maker, not a town near any Sterling: the list is of brands.
    assert "Sterling" not in found_names(gaz, "The shop sells plates from Sterling and Wedgwood at half price.")


def test_a_common_word_before_a_far_town_stays_a_word(gaz):
    # No Sterling lies within a county's reach of Phoenix: nothing vouches for the word as a town.
    assert "Sterling" not in found_names(gaz, "The buyers came from Sterling and Phoenix, the dealer said.")


# -- residents of a list of towns -----------------------------------------------------------------------------------

def test_residents_of_two_neighbouring_towns_speak_and_the_towns_stay_places(gaz):
    text = "PALMER, Alaska — Residents of Houston and Willow told the borough that the road floods each spring."
    assert _where(gaz, text, "Willow") == ("US", "Alaska")
    assert _where(gaz, text, "Houston") == ("US", "Alaska")


def test_people_of_two_far_apart_names_are_no_towns_people(gaz):
    # "Students of" takes teachers as often as towns: where the two names are no neighbouring towns the verb after
    # the list still makes them people's.
    text = "Students of Marshall and Tyler said the new course was the hardest they had taken."
    assert "Marshall" not in locational_names(gaz, text)


# -- a county or a borough that adds a service or petitions the state -----------------------------------------------

def test_a_county_that_adds_bus_routes_is_its_government(gaz):
    text = "KAILUA-KONA, Hawaii — Hawaii County will add three bus routes to the airport next year."
    assert "Hawaii County" in found_names(gaz, text)
    assert "Hawaii County" not in locational_names(gaz, text)


def test_a_county_that_adds_people_is_the_ground(gaz):
    # A county gains residents; it does not give them: growth keeps the place.
    text = "Polk County will add 5,000 residents by 2030, planners estimate."
    assert "Polk County" in locational_names(gaz, text)


def test_a_borough_that_asks_the_state_is_its_government(gaz):
    text = "WASILLA, Alaska — The Matanuska-Susitna Borough asked the state for $4 million to widen the road."
    assert "Matanuska-Susitna Borough" in found_names(gaz, text)
    assert "Matanuska-Susitna Borough" not in locational_names(gaz, text)
    assert _where(gaz, text, "Matanuska-Susitna Borough") == ("US", "Alaska")


def test_people_in_a_county_who_ask_the_state_leave_the_county_the_ground(gaz):
    text = "Flood victims in Pike County asked the state for emergency aid on Tuesday."
    assert "Pike County" in locational_names(gaz, text)


# -- a borough's head word ------------------------------------------------------------------------------------------

def test_a_borough_takes_its_head_word_into_its_name(gaz):
    text = "TRENTON, N.J. — Thieves broke into garages in Clinton Township and Lebanon Borough last month."
    assert "Lebanon Borough" in locational_names(gaz, text)
    assert _where(gaz, text, "Lebanon Borough") == ("US", "New Jersey")


def test_a_borough_before_an_office_title_is_the_office(gaz):
    # A state is written, so the head word joins; the office's title after it makes the name the office's.
    text = "The Brooklyn Borough President spoke at the opening of the new library in New York on Saturday."
    assert "Brooklyn Borough" in found_names(gaz, text)
    assert not any(n.startswith("Brooklyn") for n in locational_names(gaz, text))



def test_a_british_borough_command_leaves_the_name_alone(gaz):
    # No US state is named: "Enfield Borough" is a police command, and the place is Enfield, not a borough span.
    text = "Inspector Jane Doe, of Enfield Borough, said the arrests followed raids in north London."
    assert "Enfield Borough" not in found_names(gaz, text)


# -- a masthead's head word -----------------------------------------------------------------------------------------

def test_a_mastheads_head_word_is_no_town(gaz):
    text = "FLAGSTAFF, Ariz. — The senator told the Boston Globe on Friday that she would not run again."
    assert "Globe" not in found_names(gaz, text)


def test_the_town_named_like_a_head_word_is_still_read_outside_the_masthead(gaz):
    text = "MESA, Ariz. — The senator told the Boston Globe she would hold a rally in Globe next week."
    assert found_names(gaz, text).count("Globe") == 1
    assert _where(gaz, text, "Globe") == ("US", "Arizona")


def test_a_telegram_masthead_keeps_its_town_out_of_the_places(gaz):
    text = "The mayor told The Garden City Telegram that the packing plant would reopen in May."
    assert "Garden City" not in locational_names(gaz, text)


def test_a_telegram_sent_to_a_town_leaves_the_town(gaz):
    text = "DODGE CITY, Kan. — The company sent a Telegram to Garden City on Monday, the clerk said."
    assert "Garden City" in locational_names(gaz, text)


# -- review of the batch: the list opener needs the partner's own town and a town of some size ------------------------

def test_a_list_of_people_beside_a_big_city_keeps_the_city(gaz):
    # Tiny namesakes of a surname lie near some tiny namesake of almost any town; only the partner's own town counts.
    text = "Volunteers from Chase and Dallas packed food boxes on Saturday."
    assert _where(gaz, text, "Dallas") == ("US", "Texas")
    assert "Chase" not in found_names(gaz, text)


def test_a_surname_opening_a_list_does_not_move_the_city_abroad(gaz):
    text = "Supporters from Hill and Lincoln lined the parade route."
    assert _where(gaz, text, "Lincoln") == ("US", "Nebraska")


def test_a_village_namesake_pair_does_not_unseat_the_partner(gaz):
    text = "Linemen from Liberty and Jackson repaired the cables overnight."
    assert _where(gaz, text, "Jackson") == ("US", "Mississippi")


def test_letters_from_two_people_are_no_towns(gaz):
    text = "Letters from Hope and Franklin were read aloud in court on Tuesday."
    assert "Hope" not in locational_names(gaz, text)


def test_the_opener_is_read_beside_the_partner_it_was_checked_against(gaz):
    text = "Buses from Hope and Chilliwack were cancelled because of snow."
    assert _where(gaz, text, "Hope") == ("CA", "British Columbia")
    assert _where(gaz, text, "Chilliwack") == ("CA", "British Columbia")


# -- review: a gazetteer borough keeps its own reading ---------------------------------------------------------------

def test_an_alaska_borough_resolves_without_the_state_written(gaz):
    text = "Snowplows cleared roads across the Matanuska-Susitna Borough on Tuesday."
    assert _where(gaz, text, "Matanuska-Susitna Borough") == ("US", "Alaska")


def test_an_alaska_borough_beside_a_city_resolves(gaz):
    text = "Flood warnings covered the Kenai Peninsula Borough and parts of Anchorage."
    assert _where(gaz, text, "Kenai Peninsula Borough") == ("US", "Alaska")


# -- review: only a written US state lets "Borough" join, and never onto the state or a country ------------------------

def test_washington_the_capital_makes_no_british_borough_american(gaz):
    text = "Councillors of Barnet Borough met the mayor of London before flying to Washington."
    assert "Barnet Borough" not in found_names(gaz, text)
    assert _where(gaz, text, "Barnet")[0] == "GB"


def test_georgia_the_country_makes_no_british_borough_american(gaz):
    text = "The leaders of Kirklees Borough sent blankets to Georgia after the quake."
    assert "Kirklees Borough" not in found_names(gaz, text)


def test_a_state_takes_no_borough_head_word(gaz):
    text = "Officials in Pennsylvania quoted the Pennsylvania Borough Code during the hearing."
    assert "Pennsylvania Borough" not in found_names(gaz, text)


# -- review: a hyphen between two places opens no masthead ------------------------------------------------------------

def test_a_place_after_a_hyphen_is_no_mastheads_head(gaz):
    text = "House prices climbed in the Phoenix-Sun City area this year."
    assert _where(gaz, text, "Sun City") == ("US", "Arizona")


def test_both_places_of_a_hyphenated_stretch_are_kept(gaz):
    text = "Traffic backed up on the Marion-Gas City stretch of the interstate."
    assert _where(gaz, text, "Gas City") == ("US", "Indiana")
    assert "Marion" in found_names(gaz, text)


# -- review: a county that grows is the ground; only a plea to a government is the county's deed -----------------------

def test_a_county_that_gains_private_sites_is_the_ground(gaz):
    text = "Loudoun County added nine data centers in 2022, the study found."
    assert "Loudoun County" in locational_names(gaz, text)


def test_a_county_that_gains_shops_is_the_ground(gaz):
    text = "Collin County added four shopping centers last year."
    assert "Collin County" in locational_names(gaz, text)


def test_a_county_named_for_its_teams_asking_a_state_association_is_the_ground(gaz):
    text = "Pike County asked the state athletic association to move the game."
    assert "Pike County" in locational_names(gaz, text)


# -- review: an office's title after a township, with a state written so the head word joins --------------------------

def test_a_township_before_an_office_title_is_the_office(gaz):
    text = "TOMS RIVER, N.J. — Jackson Township Mayor Jane Roe said the road would reopen."
    assert "Jackson Township" in found_names(gaz, text)
    assert "Jackson Township" not in locational_names(gaz, text)


# -- review: residents of listed towns need one district, not a namesake per partner ---------------------------------

def _town(name: str, lat: float, lon: float):
    from eventwatch.geo.gazetteer import Candidate
    c = Candidate(id=hash((name, lat, lon)), name=name, lat=lat, lon=lon, country_code="US", admin1_code=None,
                  admin2_code=None, admin1=None, admin2=None, feature_code="PPL", population=5_000,
                  geonames_id=None, source="geonames", precision=1)
    c.exact = True
    return c


def _name(i: int, *towns):
    from eventwatch.geo.name_span import NameSpan
    return NameSpan(i, i + 1, 10 * i, 10 * i + 5, towns[0].name.lower(), candidates=list(towns))


def test_each_partner_meeting_another_namesake_of_the_last_town_makes_no_district():
    from eventwatch.geo.town_readings import near_every, one_district
    # One "Weston" lies beside an "Ashby" in one state, another beside a "Brill" a thousand km off: the list's
    # towns share no district, though each partner has some Weston near it.
    weston = _name(2, _town("Weston", 40.0, -80.0), _town("Weston", 45.0, -70.0))
    ashby = _name(0, _town("Ashby", 40.2, -80.1))
    brill = _name(1, _town("Brill", 45.1, -70.2))
    assert near_every(weston, [ashby, brill])
    assert not one_district(weston, [ashby, brill])
    assert one_district(weston, [ashby, _name(1, _town("Brill", 40.3, -79.8))])


def test_residents_of_three_towns_of_one_district_speak_and_the_last_stays_a_town(gaz):
    text = "Parents from Sterling, Dixon and Rock Falls told the board the buses were late."
    assert _where(gaz, text, "Rock Falls") == ("US", "Illinois")


# -- second review: a borough named like a state joins where a town of that name lies in a named state --------------

@pytest.mark.parametrize("text, borough, state", [
    ("Firefighters in Indiana Borough, Pa., rescued a dog from a roof.", "Indiana Borough", "Pennsylvania"),
    ("A water main broke in Wyoming Borough, Luzerne County, Pennsylvania, on Monday.", "Wyoming Borough", "Pennsylvania"),
    ("Deputies in Washington Borough, Warren County, N.J., closed a bridge.", "Washington Borough", "New Jersey"),
])
def test_a_borough_named_like_a_state_joins_where_its_town_lies_in_a_named_state(gaz, text, borough, state):
    t = toponym(gaz, text, borough)
    assert t.locational and t.place is not None and t.place.country_code == "US" and t.place.admin1 == state
