"""Rules found by the conflict probe's seventh round of reports (Sahel cercles and communes, eastern Congo's
territories, groupements and chiefdoms, Darfur, Yemen's Hodeidah front, Myanmar, Haiti, Cameroon's South-West,
the West Bank and Gaza camps, southern Lebanon, Libya, Iraq).

Each rule is one a human coder states: a name the text calls a lower division ("the rural commune of X") and
places in a division of another country than its only readings lies where the text says, standing in at that
division; a village said to lie in a chain of divisions the gazetteer lacks ("X, a village in the Y groupement
of Z chiefdom, W territory") lies in whatever holds the last of them, and keeps its own name; a province
written in brackets after the place it holds ("X district (Y)", "(X district, Y)"), as event datasets' notes
write it, is the province even where a town shares its name; a place word opening a transliterated name
("Wadi", "Jabal") with "the" and a place head around it ("in the Wadi X area") opens that whole name, not a
namesake town called by the place word alone; a name after "at" or a verb of taking ("retook X") is a place
the gazetteer lacks when an aside names the division holding it ("at X, in Y province"); and a division's
name with its capitalised designator ("Far North Region") is read before a shorter name that takes the
designator itself.

Every sentence here is invented for the test.
"""
from __future__ import annotations

import pytest

from eventwatch.geo import geoparse
from eventwatch.geo.event_location import choose_event_location
from conftest import event_place, toponym


# -- a lower division placed in a division of another country than its readings ---------------------------

def test_a_commune_read_as_a_division_abroad_stands_in_at_the_division_the_text_gives(gaz):
    # The gazetteer holds a Lere only as a district of Nigeria; the text puts this commune in a Malian cercle.
    text = ("Soldiers burned granaries during a sweep through the rural commune of Lere, in Niafunke cercle in "
            "the Timbuktu region, residents said.")
    place = event_place(gaz, text)
    assert (place.name, place.country_code, place.precision, place.raw) == ("Niafunké", "ML", 3, "Lere")


def test_a_commune_whose_reading_lies_in_the_division_given_keeps_it(gaz):
    place = event_place(gaz, "Jihadists seized cattle in the rural commune of Tessit, in Ansongo cercle.")
    assert (place.name, place.country_code) == ("Tessit", "ML")


# -- a village in a chain of divisions the gazetteer lacks ------------------------------------------------

def test_a_village_in_a_chain_of_unknown_divisions_stands_in_at_the_territory_that_holds_them(gaz):
    text = ("Militia fighters burned houses in Nyakitembe, a village in the Kisigari groupement of Bwisha "
            "chiefdom, Rutshuru territory, on Sunday. Survivors later spoke to reporters in Goma and Kinshasa.")
    t = toponym(gaz, text, "Nyakitembe")
    assert t.place is None
    assert (t.fallback.name, t.fallback.precision, t.fallback.raw) == ("Rutshuru", 3, "Nyakitembe")
    end = text.index(". ") + 1
    place = choose_event_location(geoparse(gaz, text), 0, end)
    assert (place.name, place.country_code, place.precision, place.raw) == ("Rutshuru", "CD", 3, "Nyakitembe")


def test_a_chiefdom_written_with_its_word_before_its_territory_lies_in_it(gaz):
    text = "Rebels looted shops in Bwisha chiefdom, Rutshuru territory, on Friday, a civil society leader said in Goma."
    t = toponym(gaz, text, "Bwisha")
    assert t.place is None and (t.fallback.name, t.fallback.raw) == ("Rutshuru", "Bwisha")
    place = event_place(gaz, text)
    assert (place.name, place.precision, place.raw) == ("Rutshuru", 3, "Bwisha")


def test_a_groupement_is_a_division_whose_name_the_event_keeps(gaz):
    place = event_place(gaz, "Rebels looted shops in the Kisigari groupement of Bwisha chiefdom, Rutshuru territory.")
    assert (place.name, place.precision, place.raw) == ("Rutshuru", 3, "Kisigari")


# -- a province in brackets after the place it holds ------------------------------------------------------

@pytest.mark.parametrize("text, name, province", [
    ("On 3 May, government forces shelled farms in Ariha district (Idlib), killing a shepherd.", "Idlib", "Idlib"),
    ("On 9 May, militants attacked an army post in Daquq district (Kirkuk), wounding two soldiers.", "Kirkuk",
     "Kirkuk"),
])
def test_a_bracketed_name_after_a_district_is_its_province_not_the_town(gaz, text, name, province):
    t = toponym(gaz, text, name)
    assert (t.place.feature_code, t.place.admin1) == ("ADM1", province)
    assert event_place(gaz, text).precision == 3  # the district, not the provincial capital (1)


def test_a_bracketed_province_after_a_district_and_a_comma_is_the_province(gaz):
    text = "On 2 June, fighters shelled farms at Kafr Batikh (Saraqib district, Idlib), killing a shepherd."
    assert toponym(gaz, text, "Idlib").place.feature_code == "ADM1"
    place = event_place(gaz, text)
    assert (place.name, place.precision, place.raw) == ("Saraqib", 3, "Kafr Batikh")


def test_a_bracketed_country_or_a_bracket_after_no_place_is_left_alone(gaz):
    assert toponym(gaz, "A drone hit a fuel depot near Aden (Yemen) on Monday.", "Aden").place.precision <= 2
    assert toponym(gaz, "The monitor (based in Idlib) reported shelling.", "Idlib").place is not None


# -- "in the Wadi X area" -----------------------------------------------------------------------------------

def test_a_place_word_with_the_and_a_place_head_opens_one_unknown_name(gaz):
    text = "A roadside bomb hit a patrol in the Wadi al-Ghazlan area, killing two soldiers."
    names = [t.text for t in geoparse(gaz, text)]
    assert names == ["Wadi al-Ghazlan"]
    assert event_place(gaz, text) is None or event_place(gaz, text).country_code != "IN"


def test_an_acled_note_with_a_wadi_area_and_a_bracketed_district_is_coded_to_its_note(gaz):
    text = ("On 5 May 2024, suspected IS militants attacked a shepherds' camp in the Wadi al-Ghazlan area "
            "(Daquq district, Kirkuk), killing 3 civilians. (coded to Daquq)")
    # the event's sentence gives the unknown wadi and its district; the note says the district's town is nearest
    place = choose_event_location(geoparse(gaz, text), 0, text.index(". ") + 1)
    assert (place.country_code, place.admin1, place.precision) == ("IQ", "Kirkuk", 2)
    assert place.name in {"Dāqūq", "Daquq"}


def test_an_unknown_division_with_its_province_in_brackets_stands_in_at_the_province(gaz):
    text = "On 4 May 2024, militants burned granaries in Nyakitembe cercle (Segou region), killing 2 herders."
    t = toponym(gaz, text, "Nyakitembe")
    assert t.place is None
    assert (t.fallback.name, t.fallback.country_code, t.fallback.raw) == ("Ségou", "ML", "Nyakitembe")
    place = event_place(gaz, text)
    assert (place.name, place.precision, place.raw) == ("Ségou", 4, "Nyakitembe")


# -- a division's name with its capitalised designator ------------------------------------------------------

@pytest.mark.parametrize("text", [
    "Separatist fighters ambushed a patrol in the Far North Region of Cameroon on Tuesday.",
    "Jihadists burned a school in Cameroon's Far North Region, the governor said.",
])
def test_a_division_and_its_designator_are_read_before_a_shorter_name_taking_the_designator(gaz, text):
    # "North Region" is a name the gazetteer holds too; read first, it would leave "Far" to a Texas town.
    place = event_place(gaz, text)
    assert (place.name, place.country_code, place.precision) == ("Far North", "CM", 4)


def test_a_town_in_the_designated_division_stays_the_events_place(gaz):
    place = event_place(gaz, "Jihadists attacked Mora in the Far North Region at dawn.")
    assert (place.name, place.country_code, place.admin1, place.precision) == ("Mora", "CM", "Far North", 1)


# -- an unknown name after a weak cue, with an aside naming its division -------------------------------------

@pytest.mark.parametrize("text, name, holder", [
    ("Gunmen attacked a checkpoint at Ngobe, in northern Mopti region, on Monday.", "Ngobe", "Mopti"),
    ("The army said it retook Paletwa, in Chin State, after weeks of fighting.", "Paletwa", "Chin State"),
    ("Rebels captured Nyakitembe, Rutshuru territory, on Sunday.", "Nyakitembe", "Rutshuru"),
])
def test_an_unknown_name_after_at_or_a_verb_of_taking_is_a_place_when_an_aside_names_its_division(
        gaz, text, name, holder):
    place = event_place(gaz, text)
    assert (place.name, place.raw) == (holder, name)


def test_at_before_a_name_without_a_division_aside_makes_no_unknown_place(gaz):
    # "at" names a venue as often as a place: a town after the comma is no division's aside
    names = [t.text for t in geoparse(gaz, "The minister spoke at Brookfield, in London, on Monday.")]
    assert names == ["London"]
