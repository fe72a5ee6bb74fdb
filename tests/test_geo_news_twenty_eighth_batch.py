"""Rules found by the news probe's twenty-eighth batch (web news of the GeoWebNews kind from the regions the
probe held least: Latin America and the Caribbean, continental Europe, East and Central Asia, the Middle East
outside the Gulf and the Pacific).

An unheld name (a beach, a suburb) stands in at the place named just before it, but not at a foreign firm's base
written as a modifier ("a Harbourtown-based firm will dredge the beach at X"): the base says where the office is,
and X lies where the story is, so the document's focus stands in. A base in the focus's own country still stands
in (the firm works where it is based), and "based" as a verb ("police in X based their case on") names no base.

"The" before a small place's one-word name that runs on into more capitalised words opens a longer name (a court,
a palace, a trophy: "the Home Circuit Court", "the Justice Palace"): the hamlet named like the first word is not
meant. A large or strong place keeps its reading, as does a name before another place's name ("the Mallaig Skye
ferry") or before a word of place kind, the town's waters and lands included ("the Hope Valley", "the Akaroa
Cove", "the Eden Lagoon"); a capitalised word that also closes a body's name ("the Home Zone") is no place kind.

A country after "from" is the preposition's object even where a time word stands between it and the verb ("wheat
from Ukraine now reached Lebanon"): the verb is the goods', not the government's; without the preposition ("the
United States on Monday vetoed") the name is the verb's subject and acts, and so it is after a word that opens a
clause or a comparison ("until", "like").

Every sentence here is invented for the test.
"""
from __future__ import annotations

import dataclasses

from conftest import found_names, located, locational_names, toponym

from eventwatch.geo.base_modifiers import names_a_base
from eventwatch.model import Evidence


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


# -- the review of this batch: each rule held to its own class --------------------------------------------------


def test_a_country_after_until_and_a_time_word_opens_a_clause_and_acts(gaz):
    # "until" is a preposition and a conjunction; before a name, a time word and a verb it opens a clause.
    assert "Venezuela" not in locational_names(gaz, "Negotiations dragged on until Venezuela on Friday accepted "
                                                    "the terms.")
    assert "Ethiopia" not in locational_names(gaz, "The truce lasted until Ethiopia last month deployed fresh "
                                                   "troops.")
    assert not locational_names(gaz, "Talks stalled until Iran and Iraq on Monday agreed to new inspections.")


def test_a_country_after_like_and_a_time_word_is_compared_and_acts(gaz):
    assert "Pakistan" not in locational_names(gaz, "Neighbours like Pakistan on Thursday criticised the raid.")
    assert "Norway" not in locational_names(gaz, "Nations unlike Norway this week refused to sign.")
    # "from" still governs its object past a time word: the rice came from the country.
    assert "Vietnam" in locational_names(gaz, "Rice from Vietnam last month arrived in Manila.")


def test_a_comparison_inside_a_prepositional_phrase_leaves_the_country_governed(gaz):
    # "like" or "such as" only extends the phrase "from countries": the verb after the time word is the head
    # noun's ("refugees"), and the country is where they came from.
    assert "Syria" in locational_names(gaz, "Refugees from countries like Syria last year reached Germany.")
    assert "Bangladesh" in locational_names(gaz, "Workers from nations such as Bangladesh last month arrived in "
                                                 "Qatar.")
    # with no preposition before the compared noun, that noun is the subject and the country is compared with it
    assert "France" not in locational_names(gaz, "Nations like France on Monday voted against the plan.")


def test_a_small_town_before_its_waters_or_another_place_keeps_its_reading(gaz):
    assert ("Akaroa", "NZ") in located(gaz, "Kayakers rested in the Akaroa Cove before dusk.")
    assert ("Hokitika", "NZ") in located(gaz, "Fishermen moored in the Hokitika Estuary at dawn.")
    text = "Passengers on the Mallaig Skye ferry were delayed."
    assert "Mallaig" in found_names(gaz, text) and "Skye" in locational_names(gaz, text)


def test_an_ordinary_word_hamlet_before_a_word_of_place_kind_is_kept(gaz):
    # One token before a feature noun the recogniser did not merge into the name: the run names the feature.
    assert "Eden" in found_names(gaz, "Fishing boats sheltered in the Eden Lagoon overnight.")


def test_a_capitalised_word_closing_a_body_name_is_no_place_kind(gaz):
    assert "Home" not in found_names(gaz, "Traders in the Home Zone were told to leave.")


def test_based_as_a_verb_names_no_base_and_the_town_stands_in(gaz):
    text = ("NAIROBI — Detectives in Mombasa based their inquiry on footage from a kiosk at Nyali Sandbar Market "
            "on Friday.")
    place = toponym(gaz, text, "Nyali Sandbar Market")
    assert place.place is None and place.fallback is not None and place.fallback.name == "Mombasa"


def test_a_base_in_the_stories_own_country_still_stands_in(gaz):
    text = "NAIROBI — Engineers from a Mombasa-based marine firm cleared debris at Kizingo Sandbar on Sunday."
    place = toponym(gaz, text, "Kizingo Sandbar")
    assert place.place is None and place.fallback is not None and place.fallback.name == "Mombasa"
    foreign = text.replace("Mombasa-based", "Rotterdam-based")
    assert toponym(gaz, foreign, "Kizingo Sandbar").fallback.name == "Nairobi"


def test_a_base_is_read_only_in_the_sentence_that_holds_the_name(gaz):
    text = "LIMA — A crew from a Madrid-based water utility fixed a burst main at Barrio Tinyaq."
    assert names_a_base(toponym(gaz, text, "Madrid"))
    unheld = toponym(gaz, text, "Barrio Tinyaq")
    assert unheld.place is None and not names_a_base(unheld)
    # A stand-in or a place whose evidence is another name's sentence, where the name's own offsets happen to
    # land before "-based", names no base.
    other = "A Lisbon-based crew came."
    lead = other.index("-based") - len(unheld.text)
    ev = Evidence("d", "body", unheld.text, unheld.start, unheld.end, other, unheld.start - lead)
    stand_in = dataclasses.replace(unheld.fallback, evidence=ev)
    assert not names_a_base(dataclasses.replace(unheld, fallback=stand_in))
    assert not names_a_base(dataclasses.replace(unheld, place=stand_in))
