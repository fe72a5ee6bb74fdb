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

from conftest import found_names, locational_names, toponym


def _where(gaz, text: str, name: str) -> tuple[str, str | None]:
    t = toponym(gaz, text, name)
    return t.place.country_code, t.place.admin1


# -- a common word opening a list of neighbouring towns -------------------------------------------------------------

def test_a_common_word_town_opening_a_list_of_its_neighbours_is_a_town(gaz):
    text = "DIXON, Ill. — Volunteers from Sterling and Rock Falls helped fill sandbags on Sunday."
    assert "Sterling" in locational_names(gaz, text)
    assert _where(gaz, text, "Sterling") == ("US", "Illinois")


def test_the_list_may_open_after_in_as_well_as_from(gaz):
    text = "Two gas stations in Sterling and Rock Falls raised their prices overnight, drivers said."
    assert _where(gaz, text, "Sterling") == ("US", "Illinois")


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


def test_admirers_of_two_names_are_no_towns_people(gaz):
    # "Fans of" takes performers as often as towns: the verb after the list still makes the names people's.
    assert "Marshall" not in locational_names(gaz, "Fans of Marshall and Tyler said the new album was their best.")


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


def test_people_in_a_county_who_ask_the_state_leave_the_county_the_ground(gaz):
    text = "Flood victims in Pike County asked the state for emergency aid on Tuesday."
    assert "Pike County" in locational_names(gaz, text)


# -- a borough's head word ------------------------------------------------------------------------------------------

def test_a_borough_takes_its_head_word_into_its_name(gaz):
    text = "TRENTON, N.J. — Thieves broke into garages in Clinton Township and Lebanon Borough last month."
    assert "Lebanon Borough" in locational_names(gaz, text)
    assert _where(gaz, text, "Lebanon Borough") == ("US", "New Jersey")


def test_a_borough_before_an_office_title_is_the_office(gaz):
    text = "The Brooklyn Borough President spoke at the opening of the new library on Saturday."
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
