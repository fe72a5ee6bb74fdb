"""Conflict-report Location mentions as re3d marks them, and the geoparser readings behind them: the kind of
place said with a name, a part of a town named with the town, a border named by a country adjective, a
country that leads or fields something, and a name the gazetteer lacks at the end of a list. Every sentence
is the project's own."""
from __future__ import annotations

import pytest

from conftest import toponym
from eventwatch.evaluate.entities import predict_entities


def locations(gaz, text):
    from eventwatch.extract.actors import ActorRegistry

    return [text[s:e] for type_, (s, e) in predict_entities(text, ActorRegistry.load(), gazetteer=gaz)
            if type_ == "Location"]


# -- re3d's span convention (evaluate/entities.py) -------------------------------------------------------
def test_the_kind_of_place_before_an_unknown_village_is_part_of_its_mention(gaz):
    text = "Gunmen killed four shepherds in the village of Qurtavel on Friday."
    assert locations(gaz, text) == ["the village of Qurtavel"]


def test_a_district_named_with_its_town_is_one_location(gaz):
    text = "A car bomb exploded in the Mansour district of Baghdad on Sunday."
    assert locations(gaz, text) == ["the Mansour district of Baghdad"]


def test_a_suburb_word_before_of_belongs_to_the_next_name(gaz):
    text = "Aid reached the besieged Damascus suburb of Qurtavel at last."
    assert "Damascus suburb" not in locations(gaz, text)


def test_a_country_adjective_before_border_is_a_location_mention(gaz):
    text = "The blast shook a market near the Jordanian border on Monday."
    assert "the Jordanian border" in locations(gaz, text)


# -- the geoparser: countries that act through a compound ----------------------------------------------
@pytest.mark.parametrize("text,name", [
    ("The UK-led coalition struck two bridges overnight.", "UK"),
    ("A Norway-brokered truce held for a week.", "Norway"),
    ("The U.S.-led coalition carried out four strikes.", "U.S."),
])
def test_a_country_hyphened_to_led_or_brokered_is_the_state_not_the_ground(gaz, text, name):
    assert not toponym(gaz, text, name).locational


@pytest.mark.parametrize("text,name", [
    ("Two U.S. Marines were wounded in the assault.", "U.S."),
    ("US assistance keeps the clinics open.", "US"),
    ("The deal shows the enduring UK commitment to the region.", "UK"),
    ("Ongoing UK efforts to reopen the road have stalled.", "UK"),
])
def test_a_country_before_the_people_it_fields_or_the_help_it_gives_is_an_actor(gaz, text, name):
    assert not toponym(gaz, text, name).locational


def test_a_country_before_a_place_noun_stays_the_ground(gaz):
    assert toponym(gaz, "Two soldiers died at a UK base in the desert.", "UK").locational


# -- the geoparser: an unknown name closing a list of known ones ---------------------------------------------
def test_a_list_after_in_covers_an_unknown_name_after_known_ones(gaz):
    assert toponym(gaz, "The raids in Sarmin, Binnish and Qurtavel killed nine people.", "Qurtavel").locational


def test_a_list_after_in_still_stops_at_a_person(gaz):
    from eventwatch.geo import geoparse

    names = [t.text for t in geoparse(gaz, "Talks in Geneva and Moscow, Reuters reported, ended early.")]
    assert "Reuters" not in names


@pytest.mark.parametrize("text", [
    "One militia is in Oslo and Zorvath is in Bergen.",
    "Reporters in Oslo and Ayla Kettner in Rome contributed to this story.",
    "Tolls between Exits 1 in Oslo and Exit 6 near Bergen rose.",
])
def test_a_word_opening_its_own_clause_after_a_list_of_known_names_is_no_member(gaz, text):
    from eventwatch.geo import geoparse

    names = {t.text for t in geoparse(gaz, text)}
    assert not names & {"Zorvath", "Ayla Kettner", "Exit"}


# -- the geoparser: countries listed as the members of a body that acts ---------------------------------------
def test_countries_listed_as_a_coalitions_members_are_states_not_ground(gaz):
    text = "Coalition nations that have flown strikes in Chad include Norway, Denmark and the Netherlands."
    assert toponym(gaz, text, "Chad").locational
    for name in ("Norway", "Denmark", "Netherlands"):
        assert not toponym(gaz, text, name).locational


def test_countries_listed_as_donors_are_states(gaz):
    assert not toponym(gaz, "Donors including Japan and Canada pledged more money.", "Canada").locational


def test_countries_listed_by_what_befell_them_stay_places(gaz):
    text = "Countries hit by the drought include Chad, Niger and Mali."
    assert all(toponym(gaz, text, name).locational for name in ("Chad", "Niger", "Mali"))


def test_a_country_leading_a_body_is_one_organisation_with_it(gaz):
    from eventwatch.extract.actors import ActorRegistry

    text = "The UK-led coalition struck two bridges overnight."
    found = [text[s:e] for type_, (s, e) in predict_entities(text, ActorRegistry.load(), gazetteer=gaz)
             if type_ == "Organisation"]
    assert "The UK-led coalition" in found
