"""World-news readings met in the tenth news-probe batch: where a country or a river is the ground and where it
acts, in the shapes wire copy writes them (invented sentences)."""
from __future__ import annotations

import pytest

from conftest import toponym


@pytest.mark.parametrize("text, name", [
    # The name is the object of a preposition or a participle past an article: the verb's subject is the noun
    # before it, not the name.
    ("Fishermen on the Zambezi said catches had fallen by half this year.", "Zambezi"),
    ("Scientists sampling the Danube said the water was warmer than ever.", "Danube"),
    # "such as" lists examples of the noun before it, and that noun is the subject.
    ("Ports such as Alexandria have lost business since the attacks began.", "Alexandria"),
    # A preposition governs a whole list, with or without an article before a member.
    ("Tourists from Spain, the Netherlands and Italy filled the hotels.", "Netherlands"),
    ("Tourists from Spain, Italy and the Netherlands filled the hotels.", "Netherlands"),
])
def test_a_name_governed_before_a_verb_stays_the_ground(gaz, text, name):
    assert toponym(gaz, text, name).locational


@pytest.mark.parametrize("text, name", [
    # A relative clause set off by commas leaves the verb after it the name's: a verdict ("called"), a deed
    # in progress, and a clause opened by "whose".
    ("Oman, which has long mediated in the region, called for restraint on Monday.", "Oman"),
    ("Norway, which hosted earlier rounds, is sending two envoys to the talks.", "Norway"),
    ("Chile, whose ports ship copper to Asia, said it would protest the tariff.", "Chile"),
])
def test_a_country_acting_past_a_relative_clause_is_its_government(gaz, text, name):
    assert not toponym(gaz, text, name).locational


def test_a_relative_clause_before_what_befalls_the_place_keeps_it_the_ground(gaz):
    text = "Sudan, where the war began two years ago, is facing famine, the agency said."
    assert toponym(gaz, text, "Sudan").locational


def test_the_other_side_of_a_fixture_is_a_team_not_a_place(gaz):
    text = ("Ghana beat Angola 3-0 in a World Cup qualifier on Tuesday, with the striker scoring twice in the "
            "second half, and need one more win from their last two games, at home to Mali in Kumasi and away "
            "to Togo in Lome.")
    assert not toponym(gaz, text, "Mali").locational
    assert not toponym(gaz, text, "Togo").locational
    assert toponym(gaz, text, "Kumasi").locational


def test_a_town_that_employs_people_is_the_firm_named_after_it(gaz):
    from eventwatch.geo import geoparse

    text = "The company has kept no staff in Nokia itself. Nokia employs about 4,000 engineers in Chennai."
    kept = [t for t in geoparse(gaz, text) if t.text == "Nokia"]
    # The town where no staff are kept is a place; the one employing engineers is never one.
    assert kept[0].locational and not any(t.locational for t in kept[1:])


def test_a_three_letter_town_opening_a_dateline_with_its_country_is_the_town(gaz):
    text = "UFA, Russia — A fire broke out at an oil refinery on Sunday, the regional governor said."
    town = toponym(gaz, text, "UFA")
    assert town.locational and town.place.country_code == "RU"


def test_an_acronym_before_a_city_and_a_dash_is_no_dateline(gaz):
    from eventwatch.geo import geoparse

    assert [t.text for t in geoparse(gaz, "NHS, London — Waiting lists grew again in March.")] == ["London"]
