"""Round twenty-two of known leftovers: classes of English errors left by earlier rounds.

1. A river named bare, with its article, before a verb only water does ("the X burst its banks", "the X swelled",
   "the X rose by two metres") is the river the gazetteer holds as "X River", even where the bare name is held
   by nothing else or by a division of the same name.
2. A government acting: a country before "flew home" / "flew out" and an object, or before "rules out", is the
   country's government, not the ground.
3. "The Western Division of X, officials said": a country named as the holder of a division is the place the
   division lies in, not a speaker, even where the gazetteer lacks the division.
4. "a Google, California engineer": a name read only as a town's alternate name, in a firm's "a X, State noun"
   frame, where the state holds no reading of it, is the firm's.
5. A province GeoNames holds only under its title in the country's language ("Provincie Limburg", "Province du
   Hainaut") answers to its bare name.

Every sentence is invented. Uses the bundled default gazetteer.
"""
from __future__ import annotations

import pytest

from conftest import located
from eventwatch.geo import geoparse


def _read(gaz, text: str, name: str):
    found = [t for t in geoparse(gaz, text) if t.text == name]
    assert found, f"{name!r} not read in {text!r}"
    return found[0]


# -- 1. a bare river before a verb of water ----------------------------------------------------------------------
@pytest.mark.parametrize("text, name", [
    ("The Karnali burst its banks after three days of rain.", "Karnali"),
    ("Villagers said the Karnali burst its banks overnight.", "Karnali"),
    ("The Koshi swelled after the monsoon rains in Nepal.", "Koshi"),
    ("The Drava rose by two metres overnight, flooding farms in Croatia.", "Drava"),
])
def test_a_bare_river_before_a_verb_of_water_is_the_river(gaz, text, name):
    t = _read(gaz, text, name)
    assert t.locational and t.place is not None and (t.place.feature_code or "").startswith("STM"), text


@pytest.mark.parametrize("text, name", [
    ("The President rose to speak at the dinner.", "President"),
    ("The Republican rose to speak after the vote.", "Republican"),
])
def test_a_person_who_rose_to_speak_is_no_river(gaz, text, name):
    """"rose" is a river's only with a measure or a level after it; rising to speak is a person's."""
    assert all(not (t.place and (t.place.feature_code or "").startswith("STM"))
               for t in geoparse(gaz, text) if t.text == name)


# -- 2. a government acting ----------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, name", [
    ("Japan flew home 200 citizens from the port on Friday.", "Japan"),
    ("Germany flew out the last of its diplomats on Monday.", "Germany"),
    ("Mexico rules out new tariffs on steel.", "Mexico"),
    ("Peru rules out a return to the talks.", "Peru"),
])
def test_a_country_before_a_deed_of_government_is_no_place(gaz, text, name):
    assert not _read(gaz, text, name).locational


@pytest.mark.parametrize("text, name", [
    ("The team flew home on Sunday after the defeat in Japan.", "Japan"),
    ("Ohio rules require a permit for the march.", "Ohio"),
])
def test_a_place_a_team_flew_home_from_or_whose_rules_apply_stays_a_place(gaz, text, name):
    assert _read(gaz, text, name).locational


# -- 3. a country holding a division, set off by "officials said" -------------------------------------------------
@pytest.mark.parametrize("text, country", [
    ("The Western Division of Fiji, officials said, was hit by the cyclone.", "FJ"),
    ("The Eastern Division of Fiji, officials said, lost power on Monday.", "FJ"),
])
def test_a_country_holding_a_division_before_a_speaker_is_the_place(gaz, text, country):
    assert ("Fiji", country) in located(gaz, text)


# -- 4. a firm GeoNames files as a town's alternate name ------------------------------------------------------------
def test_a_firm_filed_as_a_towns_alternate_name_is_no_place_before_its_state(gaz):
    """'Google' is an alternate name of Topeka, Kansas; "a X, California engineer" is the firm's frame, and
    California holds no reading of the name."""
    assert "Google" not in [n for n, _cc in located(gaz, "A Google, California engineer was fired.")]


@pytest.mark.parametrize("text, name, cc", [
    ("A Topeka, Kansas engineer was fired.", "Topeka", "US"),  # the town's own name, in its own state
    ("A Pellbrook, Ontario court fined the man.", "Pellbrook", "CA"),  # a noun a town has
])
def test_a_towns_own_name_or_a_towns_noun_keeps_the_town_before_its_state(gaz, text, name, cc):
    assert (name, cc) in located(gaz, text)


# -- 5. a province held only under its title in the country's language -----------------------------------------
@pytest.mark.parametrize("text, name, cc", [
    ("Floods hit villages in Hainaut on Sunday.", "Hainaut", "BE"),
    ("Police arrested two men in Hasselt, Limburg, on Friday.", "Limburg", "BE"),
    ("Maastricht, Limburg, was quiet on Sunday.", "Limburg", "NL"),
])
def test_a_province_held_under_its_language_title_answers_to_its_bare_name(gaz, text, name, cc):
    """GeoNames holds Belgium's provinces as "Provincie Limburg", "Province du Hainaut": the news writes the bare
    name, which is the province where the story's towns lie in it (the Dutch Limburg keeps its own towns)."""
    assert (name, cc) in located(gaz, text)


def test_a_country_named_in_a_provinces_language_title_is_no_alias_of_it():
    from eventwatch.geo.sources import division_derived_names

    assert "Luxembourg" not in division_derived_names("Province du Luxembourg", "BE")
    assert "Namur" in division_derived_names("Province de Namur", "BE")


# -- 6. a person taken by police, then a near-aside ------------------------------------------------------------------
@pytest.mark.parametrize("text, name", [
    ("Police captured Ekema, near Kumba, on Monday.", "Ekema"),
    ("Gendarmes seized Tanko, near Maroua, on Sunday.", "Tanko"),
    ("Police arrested Ekema, near Kumba, on Monday.", "Ekema"),
])
def test_a_name_police_captured_or_seized_before_a_near_aside_is_no_place(gaz, text, name):
    """Police capture and seize people as they take them into custody: as after "took", a near-aside alone does
    not make the object a place."""
    assert name not in [n for n, _cc in located(gaz, text)]


def test_a_village_rebels_captured_before_a_near_aside_stays_a_place(gaz):
    assert ("Tangoro", "CD") in located(gaz, "Rebels captured Tangoro, near Goma, on Friday.")


# -- 7. "the X valley" or "the X basin" of a held river, in a story set elsewhere than X's namesakes -------------
@pytest.mark.parametrize("text, name", [
    ("Farmers in the Sava valley lost their crops, Croatian officials said.", "Sava"),
    ("Floods swept the Drava valley in Croatia on Monday.", "Drava"),
    ("Heavy rain fell in the Kosi basin, Nepalese officials said.", "Kosi"),
])
def test_the_valley_or_basin_of_a_held_river_is_the_river_not_a_far_namesake(gaz, text, name):
    """A valley or a basin is a river's: where the name's reading lies in no country the story names, the river
    the gazetteer holds as "X River" is meant, not a namesake division or town abroad."""
    t = _read(gaz, text, name)
    assert t.locational and t.place is not None and (t.place.feature_code or "").startswith("STM"), text


def test_a_valley_feature_held_under_its_own_name_is_kept(gaz):
    t = _read(gaz, "Troops moved into the Swat valley in Pakistan.", "Swat")
    assert t.place is not None and t.place.country_code == "PK" and not (t.place.feature_code or "").startswith("STM")
