"""Places in conflict reporting (press releases, strike summaries, NGO statements on Syria and Iraq): the
names such texts write their own way, and the words around them that name no place at all.

Every sentence here is invented for the test.
"""
from __future__ import annotations

import pytest

from eventwatch.evaluate.entities import _location_start, _mention, predict_entities
from eventwatch.geo import geoparse
from eventwatch.geo.gazetteer import Gazetteer
from eventwatch.model import Toponym


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return Gazetteer.load()


def places(gazetteer, text: str) -> dict[str, Toponym]:
    """The names read as places where something is or happens, by their text."""
    return {t.text: t for t in geoparse(gazetteer, text) if t.locational}


def country(t: Toponym) -> str | None:
    return t.place.country_code if t.place is not None else None


# -- names in the forms these reports use --------------------------------------------------------------

def test_a_sentence_opening_preposition_does_not_swallow_the_country_after_it(gazetteer):
    # "In Iraq" read as one loose spelling of some village would hide the country itself.
    found = places(gazetteer, "In Iraq, coalition aircraft struck a bridge and two boats.")
    assert country(found["Iraq"]) == "IQ"


def test_a_date_after_a_country_leaves_it_a_place(gazetteer):
    found = places(gazetteer, "The envoy flies to Jordan April 2 - 3 and then to Egypt April 4.")
    assert country(found["Jordan"]) == "JO"
    assert country(found["Egypt"]) == "EG"


def test_a_lower_case_arabic_article_stays_inside_the_name(gazetteer):
    found = places(gazetteer, "Shelling was reported across Dayr az Zawr and in northern Salah ad Din Province.")
    assert country(found["Dayr az Zawr"]) == "SY"
    assert country(found["Salah ad Din"]) == "IQ"


def test_english_words_spelled_like_an_article_do_not_join_names(gazetteer):
    found = places(gazetteer, "Convoys waited at Tikrit while Baghdad at Karbala road stayed shut.")
    assert "Tikrit" in found
    assert not any(" at " in name for name in found)


# -- what is no place ----------------------------------------------------------------------------------

def test_a_capitalised_direction_before_a_loose_spelling_opens_another_name(gazetteer):
    found = places(gazetteer, "A spokesman for Central Command said four strikes hit Raqqa.")
    assert not any("Command" in name for name in found)
    assert "Raqqa" in found


def test_a_direction_ending_a_region_name_is_no_cue_for_the_person_after_it(gazetteer):
    found = places(gazetteer, "Minister for the Middle East Tobias Grant praised the aid convoy.")
    assert set(found) <= {"Middle East"}


def test_an_officer_after_a_dotted_rank_is_a_person(gazetteer):
    found = places(gazetteer, "Navy Capt. Jeff Davis told reporters the raid was over.")
    assert found == {}


def test_a_ship_is_not_a_sea(gazetteer):
    found = places(gazetteer, "The carrier sailed with HMS Ocean and USS Mahan into the Gulf of Oman.")
    assert "HMS Ocean" not in found and "Ocean" not in found and "Mahan" not in found
    assert "Gulf of Oman" in found


def test_a_language_after_in_is_not_a_place(gazetteer):
    found = places(gazetteer, "The leaflets were printed in Kurdish and Arabic, then in English in Erbil.")
    assert "Kurdish" not in found and "English" not in found
    assert country(found["Erbil"]) == "IQ"


def test_a_language_before_a_place_noun_still_reads_as_its_people(gazetteer):
    # "in Kurdish areas": the word qualifies a place noun; it is not left out as a language.
    toponyms = {t.text for t in geoparse(gazetteer, "Aid reached families in Kurdish areas near Dohuk.")}
    assert "Dohuk" in toponyms


def test_a_rulers_regime_is_not_a_place(gazetteer):
    found = places(gazetteer, "The statement called for an end to the Asad regime and its sieges.")
    assert not any("Asad" in name for name in found)


def test_an_era_after_a_year_is_not_a_province(gazetteer):
    found = places(gazetteer, "The gate was built around 600 B.C. near Hillah.")
    assert "B.C." not in found
    assert country(found["Hillah"]) == "IQ"


def test_peoples_and_faiths_are_not_their_namesake_towns(gazetteer):
    # Arab, Alabama is a town; beside Alabama itself it would otherwise be believed.
    found = places(gazetteer, "Books by Arab writers sold well across Alabama and Georgia.")
    assert "Arab" not in found
    assert set(found) == {"Alabama", "Georgia"}


# -- how a place's mention is compared with re3d ---------------------------------------------------------

def _toponym(gazetteer, text: str, name: str) -> Toponym:
    return next(t for t in geoparse(gazetteer, text) if t.text == name)


def test_the_article_belongs_to_a_country_name_but_not_to_a_noun_a_town_modifies(gazetteer):
    text = "Troops from the Netherlands guarded the Mosul bridge and the Syria-Iraq border."
    netherlands = _toponym(gazetteer, text, "Netherlands")
    mosul = _toponym(gazetteer, text, "Mosul")
    syria = _toponym(gazetteer, text, "Syria")
    assert text[_location_start(text, netherlands):netherlands.end] == "the Netherlands"
    assert text[_location_start(text, mosul):mosul.end] == "Mosul"
    assert text[_location_start(text, syria):syria.end] == "Syria"


def test_the_mention_keeps_the_words_that_say_which_part_is_meant(gazetteer):
    text = "Clashes continued in northern Iraq and in Idlib province."
    iraq = _toponym(gazetteer, text, "Iraq")
    idlib = _toponym(gazetteer, text, "Idlib")
    assert text[slice(*_mention(iraq))] == "northern Iraq"
    assert text[slice(*_mention(idlib))] == "Idlib province"


def test_a_country_adjective_is_a_nationality_not_a_location(gazetteer):
    from eventwatch.extract.actors import ActorRegistry

    text = "Rebels entered the Syrian town of Marea at dawn."
    found = predict_entities(text, ActorRegistry.load(), gazetteer=gazetteer)
    locations = [text[s:e] for kind, (s, e) in found if kind == "Location"]
    # the adjective is no Location of its own; with the kind of place it opens it is part of the town's mention
    assert "Syrian" not in locations and "Syrian town" not in locations
    assert "the Syrian town of Marea" in locations
    assert any(kind == "Nationality" and text[s:e] == "Syrian" for kind, (s, e) in found)


def test_a_country_adjective_with_its_place_noun_is_the_location(gazetteer):
    from eventwatch.extract.actors import ActorRegistry

    text = "Two jets crossed into Syrian territory before dawn."
    found = predict_entities(text, ActorRegistry.load(), gazetteer=gazetteer)
    assert ("Location", (text.index("Syrian"), text.index(" before"))) in found


# -- a cue before a list of villages the gazetteer lacks covers every name in it ---------------------------------
@pytest.mark.parametrize("text, names", [
    ("Thousands of families fled to the camps near Qabr Yusra and Zuwayqat Burj last week.", ["Qabr Yusra", "Zuwayqat Burj"]),
    ("Shelling was reported in Qabr Yusra, Ushbuqiyya and Tlul Ubaydat on Friday.", ["Qabr Yusra", "Ushbuqiyya", "Tlul Ubaydat"]),
])
def test_a_place_cue_before_a_list_of_unknown_villages_covers_each_of_them(gazetteer, text, names):
    found = places(gazetteer, text)
    for name in names:
        assert name in found and found[name].locational, name


def test_a_comma_after_an_unknown_village_does_not_make_the_next_word_a_place(gazetteer):
    found = places(gazetteer, "Rockets landed in Qabr Yusra, Reuters news agency reported.")
    assert "Qabr Yusra" in found and "Reuters" not in found
