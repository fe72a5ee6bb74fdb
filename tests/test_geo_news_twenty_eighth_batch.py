"""Rules found by the news probe's twenty-eighth batch (web news of the GeoWebNews kind from the regions the
probe held least: Latin America and the Caribbean, continental Europe, East and Central Asia, the Middle East
outside the Gulf and the Pacific).

An unheld name (a beach, a suburb) stands in at the place named just before it, but not at a firm's base written
as a modifier ("a Harbourtown-based firm will dredge the beach at X"): the base says where the office is, and X
lies where the story is, so the document's focus stands in.

"The" before a small place's one-word name that runs on into more capitalised words opens a longer name (a court,
a palace, a trophy: "the Home Circuit Court", "the Justice Palace"): the hamlet named like the first word is not
meant. A large or strong place keeps its reading, as does a name before a word of place kind ("the Hope Valley").

A country after "from" is the preposition's object even where a time word stands between it and the verb ("wheat
from Ukraine now reached Lebanon"): the verb is the goods', not the government's; without the preposition ("the
United States on Monday vetoed") the name is the verb's subject and acts.

Every sentence here is invented for the test.
"""
from __future__ import annotations

from conftest import found_names, located, locational_names, toponym


def test_an_unheld_beach_does_not_stand_in_at_a_firm_base_named_before_it(gaz):
    text = ("MONTEVIDEO — The city will rebuild its seafront this winter. A Rotterdam-based dredging firm will pump "
            "sand onto the beach at Playa Zorrilleta in the autumn, Montevideo officials said.")
    place = toponym(gaz, text, "Playa Zorrilleta")
    assert place.place is None and place.fallback is not None
    assert place.fallback.country_code == "UY" and place.fallback.name != "Rotterdam"


def test_an_unheld_name_still_stands_in_at_a_town_named_just_before_it(gaz):
    text = ("MONTEVIDEO — The city will rebuild its seafront this winter, Montevideo officials said. Crews from "
            "Maldonado will pump sand onto the beach at Playa Zorrilleta in the autumn.")
    place = toponym(gaz, text, "Playa Zorrilleta")
    assert place.place is None and place.fallback is not None and place.fallback.name == "Maldonado"


def test_a_hamlet_named_like_the_first_word_of_a_court_is_not_read(gaz):
    text = "Two brothers were sentenced in the Home Circuit Court in Kingston on Monday."
    assert "Home" not in found_names(gaz, text)
    assert "Kingston" in locational_names(gaz, text)


def test_a_hamlet_named_like_the_first_word_of_a_palace_is_not_read(gaz):
    assert "Justice" not in found_names(gaz, "Relatives gathered outside the Justice Palace on Tuesday morning.")


def test_a_large_place_opening_a_longer_name_keeps_its_reading(gaz):
    text = "Tickets for the Berlin Philharmonic sold out within an hour."
    assert "Berlin" in found_names(gaz, text)


def test_a_name_before_a_word_of_place_kind_is_still_the_place(gaz):
    assert "Hope Valley" in found_names(gaz, "Walkers crowded into the Hope Valley on Sunday.")


def test_a_country_after_from_stays_literal_past_a_time_word(gaz):
    text = "Traders said wheat from Ukraine now reached Lebanon by sea."
    assert ("Ukraine", "UA") in located(gaz, text)
    assert "Ukraine" in locational_names(gaz, text)


def test_a_country_before_a_time_word_and_a_verb_still_acts(gaz):
    text = "The United States on Monday vetoed the sale of six aircraft to the island."
    assert "United States" not in locational_names(gaz, text)


def test_a_run_closed_by_a_division_word_is_still_the_division(gaz):
    text = "Shelling damaged a school in the Mir Ali tehsil, North Waziristan, late on Friday."
    assert "Mir Ali" in found_names(gaz, text)
