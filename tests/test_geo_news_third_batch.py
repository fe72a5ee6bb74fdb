"""Recognition rules found by the news probe's third batch (tests/fixtures/geo/news_probe.yaml, ids `b3-`),
each pinned here with sentences of its own: sides in a sports report named by towns and countries, capitals
and countries that decide or send envoys, a firm's name that closes on an ordinary noun, a double-barrelled
name, and a firm cue before a name the gazetteer lacks."""
from __future__ import annotations

import pytest

from eventwatch.geo import geoparse


@pytest.fixture(scope="module")
def gazetteer():
    from eventwatch.geo import Gazetteer

    return Gazetteer.load()


def _read(gazetteer, text: str) -> list[tuple[str, bool]]:
    return [(t.text, t.locational) for t in geoparse(gazetteer, text)]


def _locational(gazetteer, text: str) -> list[str]:
    return [t for t, loc in _read(gazetteer, text) if loc]


# -- sides in a sports report ---------------------------------------------------------------------------------

def test_a_town_named_as_a_side_once_is_the_side_wherever_the_report_names_it_bare(gazetteer):
    text = ("Bristol came back to beat Exeter 3-1 on Saturday. Exeter had led at half-time, but Bristol scored "
            "twice after the break. Bristol travel to Swindon next week.")
    assert _locational(gazetteer, text) == ["Swindon"]


def test_national_sides_are_read_from_a_result_and_the_grounds_stay_places(gazetteer):
    text = ("Sri Lanka beat Bangladesh by five wickets in Kandy on Friday to win the series. Bangladesh were "
            "bowled out for 180 after a collapse.")
    assert _locational(gazetteer, text) == ["Kandy"]


def test_the_other_side_of_a_draw_and_a_possessive_squad_are_the_side(gazetteer):
    text = ("Ghana's squad flew to Abuja on Monday. The 2-2 draw with Nigeria in Kumasi left both sides "
            "needing a win in the last qualifier.")
    read = dict(_read(gazetteer, text))
    assert read["Nigeria"] is False and read["Ghana"] is False
    assert read["Abuja"] is True and read["Kumasi"] is True


def test_a_town_that_scored_a_grant_outside_sport_stays_a_place(gazetteer):
    assert "Bristol" in _locational(gazetteer, "Flooding hit Bristol on Monday, and the council won a grant.")


# -- capitals and countries that act ----------------------------------------------------------------------------

def test_a_capital_that_calls_something_a_name_is_its_government(gazetteer):
    assert _locational(gazetteer, "Manila called the ruling unlawful on Tuesday.") == []
    assert _locational(gazetteer, "It was a step Canberra called reckless.") == []


def test_a_place_called_by_a_name_is_still_a_place(gazetteer):
    assert "Oakdale" in _locational(gazetteer, "He grew up on a farm near a village called Oakdale in Minnesota.")


def test_envoys_from_two_capitals_are_their_governments_but_people_leaving_a_capital_are_not(gazetteer):
    assert _locational(gazetteer, "Delegates from Nairobi and Addis Ababa met in Djibouti on Monday.") == [
        "Djibouti"]
    assert "Lima" in _locational(gazetteer, "The ministry sent negotiators from Lima to the mine on Friday.")
    assert "Estonia" in _locational(gazetteer, "The row led to the expulsion of Russian diplomats from Estonia.")


def test_a_country_told_or_ordered_to_act_is_its_government(gazetteer):
    assert "Sudan" not in _locational(gazetteer, "The council told Sudan not to obstruct aid deliveries.")
    assert "Sudan" not in _locational(gazetteer, "The court may order Sudan to open the crossings.")


def test_a_country_at_odds_with_another_and_capitals_that_urge_together_are_governments(gazetteer):
    assert "Chile" not in _locational(gazetteer, "Peru, which is at odds with Chile over fishing rights, said no.")
    assert _locational(gazetteer, "Rome and Paris urged restraint on Sunday.") == []


def test_the_last_of_several_towns_after_a_preposition_is_no_speaker(gazetteer):
    from eventwatch.geo.recognise import Recogniser

    text = "Fishermen from Whitby, Scarborough and Grimsby said prices had fallen this winter."
    spans = Recogniser(gazetteer).recognise(text)
    assert [(text[s.start : s.end], s.locational) for s in spans] == [
        ("Whitby", True), ("Scarborough", True), ("Grimsby", True)]


# -- names that are not places, and names the gazetteer lacks ------------------------------------------------

def test_a_firm_name_that_closes_on_an_ordinary_noun_after_a_peoples_adjective_holds_no_place(gazetteer):
    assert _locational(gazetteer, "Shares in Allied Irish Banks rose in Dublin on Friday.") == ["Dublin"]
    assert "Banks" in _locational(gazetteer, "He moved to Banks, Oregon, in 1990.")


def test_a_double_barrelled_name_holds_no_place_but_two_joined_places_stay(gazetteer):
    assert _locational(gazetteer, "The boys from Blakemore-Dayton won the county title on Friday.") == []
    assert "Kafr-Nabl" in _locational(gazetteer, "Clashes were reported in Kafr-Nabl on Monday.")
    assert [t for t, _ in _read(gazetteer, "It deepened the Arab-Israeli conflict.")] == ["Israeli"]


def test_a_firm_cue_before_a_small_namesake_and_a_word_it_lacks_places_the_whole_unknown_name(gazetteer):
    found = geoparse(gazetteer, "Shipping picked up in the Twin Ports this spring.")
    assert [(t.text, t.locational, t.place) for t in found] == [("Twin Ports", True, None)]
    # An institution's longer name is not taken for a place's.
    found = geoparse(gazetteer, "Services will be held in the Twin Maple Chapel in Oakdale, Minnesota, on Friday.")
    assert "Twin Maple" not in [t.text for t in found]
