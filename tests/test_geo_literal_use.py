"""Which recognised names are places where something is or happens, and how far each name's span reaches.

Texts written for these tests; the gazetteer is the bundled default one.
"""
from __future__ import annotations

import pytest

from eventwatch.geo import geoparse



def found(gaz, text):
    return {t.text: t for t in geoparse(gaz, text)}


@pytest.mark.parametrize("text, name", [
    ("Turkey will close its border crossings, officials in Ankara said.", "Turkey"),
    ("Jordan has strengthened its ties with Iraq.", "Jordan"),
    ("Lebanon offered to host the talks in Beirut.", "Lebanon"),
    ("Egypt quickly rejected the proposal.", "Egypt"),
])
def test_a_country_acting_through_its_government_is_an_actor_not_a_place(gaz, text, name):
    assert found(gaz, text)[name].locational is False


@pytest.mark.parametrize("text, name", [
    ("Syria was hit by an earthquake in February.", "Syria"),
    ("Iraq witnessed heavy clashes near Mosul.", "Iraq"),
    ("Aleppo fell to government forces in 2016.", "Aleppo"),
])
def test_a_place_to_which_something_happens_stays_a_place(gaz, text, name):
    assert found(gaz, text)[name].locational is True


def test_a_capitalised_direction_is_part_of_the_regions_name(gaz):
    t = found(gaz, "Floods hit West Wales and parts of North Africa this week.")
    assert "West Wales" in t and t["West Wales"].locational
    assert "North Africa" in t
    assert "West" not in t and "North" not in t


def test_a_lower_case_direction_stays_a_cue_outside_the_name(gaz):
    t = found(gaz, "Shelling continued in northern Syria.")
    assert "Syria" in t and t["Syria"].place.precision == 5


def test_a_dateline_without_a_comma_is_still_a_place(gaz):
    t = found(gaz, "BEIRUT – The government met on Monday to discuss the fuel crisis.")
    assert t["BEIRUT"].locational is True


def test_a_feature_name_absorbs_the_town_inside_it(gaz):
    t = found(gaz, "Flights were diverted from Damascus International Airport on Friday.")
    assert "Damascus International Airport" in t
    assert t["Damascus International Airport"].locational


def test_a_speaker_after_said_is_a_person_in_every_mention(gaz):
    text = ("\u201cWe left at night,\u201d said Sheridan. Sheridan now lives with her sister in Beirut. "
            "Sheridan works at a bakery.")
    t = geoparse(gaz, text)
    assert not any(x.text == "Sheridan" for x in t)
    assert any(x.text == "Beirut" for x in t)


def test_a_surname_in_a_list_of_people_is_not_a_place(gaz):
    t = found(gaz, "The team fielded drivers Tom Chilton, Sam Reed and Jack Cole in Dubai.")
    assert "Chilton" not in t
    assert "Dubai" in t


def test_two_capitalised_names_side_by_side_are_not_where_anything_happened(gaz):
    t = found(gaz, "A tribute show for Rod Stewart comes to town on Friday.")
    assert all(not x.locational for x in t.values())


@pytest.mark.parametrize("text", ["The fine was 40 US dollars.", "It cost US$3 million."])
def test_a_currency_is_not_a_place(gaz, text):
    assert all(not x.locational for x in found(gaz, text).values())


@pytest.mark.parametrize("text, name", [
    ("The minister refused to negotiate with Hamas, officials in Cairo said.", "Hamas"),
    ("SANA reported that two rockets hit Damascus.", "SANA"),
    ("The Taliban took control of the district near Kandahar.", "Taliban"),
])
def test_an_organisation_of_the_actor_registry_is_not_a_place_by_an_alternate_name(gaz, text, name):
    assert name not in found(gaz, text)


def test_a_place_cue_keeps_a_town_that_shares_an_actors_name(gaz):
    t = found(gaz, "Shelling was reported in Azov on Tuesday.")
    assert "Azov" in t and t["Azov"].place is not None and t["Azov"].place.country_code == "RU"
