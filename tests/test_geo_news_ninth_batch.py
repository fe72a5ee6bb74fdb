"""Rules found by the news probe's ninth batch (US towns named like foreign cities, river floods and landslides,
Indian, Tanzanian, Zambian, Ugandan, Canadian and Australian regional papers, WHO- and ProMED-style outbreak
reports by district and department, Latin American wire copy, an IPL match and a potash story).

Each is a rule a reader applies to any text:
- a noun for people that opens a sentence ("Voters in ...", "Farmers in ...") is a word, whatever follows;
- "in nearby A and B backed the plan": the list is the preposition's object, so B is no subject of the verb;
- a place losing or gaining its own people ("has lost half its population") is the place, not a government;
- "X department" names a department only where countries have them: a Mexican municipio or a Congolese
  territory of the name is not meant;
- in a sports story a name sent on a trip to play someone ("will travel to X to face Y") is the side;
- an ordinary word closing a list of places a preposition governs ("at Narrandera and Hay") is a place.

Every sentence here is invented for the test.
"""
from __future__ import annotations

import pytest

from eventwatch.geo import geoparse
from conftest import toponyms_by_name


@pytest.mark.parametrize("text, word", [
    ("Voters in Springfield, Mo., approved the school levy on Tuesday.", "Voters"),
    ("Farmers in Springfield, Mo., said the drought had cut their hay crop.", "Farmers"),
])
def test_a_noun_for_people_opening_a_sentence_is_no_place(gaz, text, word):
    found = toponyms_by_name(gaz, text)
    assert word not in found
    assert found["Springfield"].place.admin1 == "Missouri"


def test_the_last_name_of_a_list_after_in_nearby_is_where_the_subject_is(gaz):
    found = toponyms_by_name(gaz, "BERLIN, N.H. — Selectmen in nearby Gorham and Milan welcomed the decision on Monday.")
    assert found["Milan"].locational and found["Milan"].place.country_code == "US"


def test_a_place_losing_its_own_people_is_the_place(gaz):
    assert toponyms_by_name(gaz, "Detroit has lost a quarter of its population since 2000.")["Detroit"].locational
    assert toponyms_by_name(gaz, "Berlin, once a divided city, has lost a tenth of its people since 1990.")["Berlin"].locational
    assert not toponyms_by_name(gaz, "Russia lost the war, the historian said.")["Russia"].locational


@pytest.mark.parametrize("text, name, country", [
    ("Dengue admissions rose in Beni department on Friday, doctors in Trinidad said.", "Beni", "BO"),
    ("Guatemala said it had sent soldiers to San Marcos department after the clashes.", "San Marcos", "GT"),
])
def test_a_department_is_read_only_in_a_country_that_has_departments(gaz, text, name, country):
    place = toponyms_by_name(gaz, text)[name].place
    assert place.country_code == country and place.feature_code.startswith("ADM1")


def test_a_side_sent_on_a_trip_to_play_is_no_place(gaz):
    found = {(t.text, t.start): t for t in geoparse(gaz,
        "Mumbai beat Delhi by five wickets on Saturday to stay second in the table. Mumbai will next travel to "
        "Jaipur to face Rajasthan on Tuesday, with their captain fit again.")}
    second = next(t for (text, start), t in found.items() if text == "Mumbai" and start > 20)
    assert not second.locational
    assert next(t for (text, _), t in found.items() if text == "Jaipur").locational


def test_an_ordinary_word_closing_a_list_of_places_after_a_preposition_is_a_place(gaz):
    found = toponyms_by_name(gaz, "WAGGA WAGGA — The Murrumbidgee River is expected to peak at Narrandera and Hay on Friday, "
                       "the State Emergency Service said.")
    assert "Hay" in found and found["Hay"].locational and found["Hay"].place.country_code == "AU"
