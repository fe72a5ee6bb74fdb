"""Specs: people named as speakers, office holders, relatives, owners or the ones struck, whose given names or
surnames are also towns' names, are no places: three names after a verb of saying, a large city's name opening
a speaker's name, a capitalised office before a name, a relative's name after a word for kin and a comma, a
possessive before a thing's name, and a verb of striking before a surname the story gives a person. A title
written in full before a period ends its sentence and names no one after it."""
from __future__ import annotations

from conftest import found_names


def test_three_names_after_a_verb_of_saying(gaz):
    text = "The pools stay open all summer in Plano, said Wenna Brandt Denton, director of the city's parks."
    assert found_names(gaz, text) == ["Plano"]


def test_large_city_opening_a_speakers_name(gaz):
    text = "The team finished well, said Odessa Kane, a coach from Ohio."
    assert found_names(gaz, text) == ["Ohio"]


def test_large_city_of_two_words_after_saying_stays(gaz):
    assert found_names(gaz, "The worst damage was downtown, said Los Angeles officials.") == ["Los Angeles"]


def test_capitalised_office_before_a_name(gaz):
    assert found_names(gaz, "Harbor Director Orlando Okafor said boat owners were unhappy.") == []


def test_office_holder_beside_a_place(gaz):
    assert found_names(gaz, "County Clerk Dallas Roe said the ballots were counted in Oakdale.") == ["Oakdale"]


def test_relative_named_after_a_word_for_kin(gaz):
    text = ("Survivors include her husband, Weston of Enid; a son, Kenton Marsh, of Tulsa; and a sister in "
            "Norman.")
    found = found_names(gaz, text)
    assert "Weston" not in found and "Kenton" not in found and "Tulsa" in found and "Norman" in found


def test_place_after_a_word_for_kin_and_a_preposition_stays(gaz):
    assert "Denver" in found_names(gaz, "He moved in with his sister, in Denver, for a year.")


def test_possessive_of_a_person_before_a_named_thing(gaz):
    text = ("Marla Ann Denton, 41, was charged with theft. Officers went to Denton’s Maple Street home "
            "on Sunday.")
    assert "Denton" not in found_names(gaz, text)


def test_possessive_with_the_apostrophe_alone(gaz):
    text = ("Dennis Lyons, 23, died in the crash near Tyler, Texas. The council raised the reward in Lyons’ case "
            "to $5,000.")
    assert found_names(gaz, text) == ["Tyler", "Texas"]


def test_verb_of_striking_before_a_persons_surname(gaz):
    text = ("Officers said Jerome Pella, 30, was crossing the road in Macon. A pickup struck Pella at 2 a.m. "
            "and drove off.")
    assert found_names(gaz, text) == ["Macon"]


def test_a_storm_striking_a_town_stays(gaz):
    assert "Macon" in found_names(gaz, "A tornado struck Macon early on Sunday, tearing roofs off homes.")


def test_title_written_in_full_ends_a_headline(gaz):
    # "Judge." closes the headline: the town opening the next sentence is no judge's name
    text = ("Okafor sworn in as Probate Judge. Dayton lawyer Grace Okafor took the oath on Friday. She chaired "
            "the Dayton bar association for four years.")
    assert "Dayton" in found_names(gaz, text)


def test_city_after_a_word_for_kin_that_opens_the_next_clause_stays(gaz):
    # "his wife, Corvallis police said": a lower-case word after the capitalised one makes it a new clause's
    # subject, not the wife's name, so the town is read everywhere in the story
    text = "A man stabbed his wife, Houston police said. Officers found the couple at their Houston home."
    assert found_names(gaz, text) == ["Houston", "Houston"]


def test_relative_named_in_a_closed_apposition_after_a_word_for_kin(gaz):
    text = "Survivors include a daughter, Brenham, and a grandson in Waco."
    found = found_names(gaz, text)
    assert "Brenham" not in found and "Waco" in found


def test_large_city_opening_a_papers_name_after_saying_stays(gaz):
    # "said Kyiv Independent": a paper named for the city; the city the story names again is still read
    assert found_names(gaz, "Two soldiers died, said Kyiv Independent. Drones hit Kyiv overnight.") == ["Kyiv"]


def test_town_written_with_its_state_is_a_place_whatever_person_shares_its_name(gaz):
    text = "City Manager Paris said the road would close. Paris, Texas, residents were upset."
    assert found_names(gaz, text) == ["Paris", "Texas"]
    text = "Mayor Denton cut the ribbon. Denton, Texas, hosted the fair."
    assert found_names(gaz, text) == ["Denton", "Texas"]


def test_person_listed_before_a_countrys_office_holder_is_no_town(gaz):
    # "Lund, U.S. Energy Secretary Roe": the country's name opens an office's title, not a "Town, Country" pair
    text = "The talks went well, Mayor Lund said. Lund, U.S. Energy Secretary Rob Hale and others met on Monday."
    assert "Lund" not in found_names(gaz, text)


def test_abbreviated_military_or_clerical_title_names_the_person_after_it(gaz):
    assert found_names(gaz, "Pfc. Denton was wounded in the blast near Kandahar.") == ["Kandahar"]
    assert found_names(gaz, "Msgr. Tyler led the service in Oakdale on Sunday.") == ["Oakdale"]


def test_city_word_that_only_ever_opens_one_name_is_that_names(gaz):
    # every use of the word opens the same two-word name: a firm's, not the city
    text = "The recall covers 800 cases, said Toulouse Greens. Buyers can call Toulouse Greens LLC for refunds."
    assert found_names(gaz, text) == []
    text = "The recall covers 800 cases, said Toulouse Greens. Shoppers in Toulouse were told to check."
    assert found_names(gaz, text) == ["Toulouse"]
