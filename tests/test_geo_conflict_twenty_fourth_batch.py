"""Rules found by the conflict probe's twenty-fourth round (north-west and north-east Nigeria, Cameroon's
Anglophone regions, South Sudan's counties, the Central African Republic, Chad, Tripoli, Afghan districts,
Kashmir, Manipur, Mindanao, Papua, Armenia's border, the West Bank, north-east Syria, Kirkuk, Marib, Darfur).

A front's sector, hills or a forest named after a town ("the X sector of Y district", "the X hills") are the ground
around the town, near it, not the town; so are "X's outskirts", as "the outskirts of X" are. An unresolved village
set beside a town by a comma aside ("the village of X, near Y", "at X, not far from Y") is a place, and stands in
near that town, before the town named elsewhere. An aside that says what a name is ("X, a foothill village in Y
district") makes an unknown name a place, whatever the words before it. A division named by a town and a compass
word that the gazetteer lacks ("X North County") is no report of the town: the place said to hold it stands in, else
the town at the division's level. "X North Local Government Area" is a division's name, not an institution's.

Every sentence here is invented for the test.
"""
from __future__ import annotations

from conftest import event_place, found_names, located, toponym


# -- ground named after a town: a sector, hills, a forest -------------------------------------------------------

def test_a_sector_named_after_a_town_is_near_the_town(gaz):
    text = "Troops repulsed an infiltration attempt in the Uri sector of the district on Friday, officials said."
    place = toponym(gaz, text, "Uri").place
    assert (place.name, place.country_code, place.precision) == ("Uri", "IN", 2)


def test_the_town_without_a_sector_word_is_the_town_itself(gaz):
    text = "Troops repulsed an attack on the town of Uri in Kashmir on Friday, officials said."
    place = toponym(gaz, text, "Uri").place
    assert (place.name, place.country_code, place.precision) == ("Uri", "IN", 1)


def test_hills_or_a_forest_named_after_a_town_are_near_the_town(gaz):
    for text, name in (("Soldiers raided hideouts in the Gwoza hills on Sunday.", "Gwoza"),
                       ("Troops clashed with militants in the Butig forest on Monday.", "Butig")):
        place = event_place(gaz, text)
        assert (place.name, place.precision) == (name, 2), text


def test_a_valley_is_no_towns_ground(gaz):
    # valleys are named after rivers as often: the town of the river's name may lie far from the valley
    place = toponym(gaz, "Farmers in the Zambezi valley lost their crops to the heat.", "Zambezi").place
    assert place is None or place.feature_code != "PPL" or place.precision != 2


# -- "X's outskirts" --------------------------------------------------------------------------------------------

def test_a_towns_outskirts_in_the_possessive_are_near_it(gaz):
    for text in ("Clashes were reported on Saraqib's outskirts.", "Clashes were reported in Saraqib's outskirts."):
        place = event_place(gaz, text)
        assert (place.name, place.precision) == ("Saraqib", 2), text


# -- "the village of X, near Y" ---------------------------------------------------------------------------------

def test_an_unknown_village_set_near_a_town_by_an_aside_stands_in_near_it(gaz):
    text = ("A rights group said soldiers burned houses in the village of Mbolowa, near Kumba, on Tuesday, and "
            "the regional governor spoke in Buea.")
    place = event_place(gaz, text)
    assert (place.name, place.country_code, place.precision, place.raw) == ("Kumba", "CM", 2, "Mbolowa")


def test_not_far_from_and_close_to_in_an_aside_say_near(gaz):
    for text in ("Gunmen killed four herders at Mbolowa, not far from Kumba, on Monday.",
                 "Rebels seized Mbolowa, close to Kumba, on Monday."):
        place = event_place(gaz, text)
        assert (place.name, place.precision, place.raw) == ("Kumba", 2, "Mbolowa"), text


def test_a_group_close_to_a_capital_is_no_place_near_it(gaz):
    place = toponym(gaz, "A militia close to Tehran claimed the attack on the base in Erbil.", "Tehran").place
    assert place.precision == 1


# -- "X, a foothill village in Y district" ----------------------------------------------------------------------

def test_an_aside_naming_a_village_makes_an_unknown_name_a_place(gaz):
    text = "Militants fired from the hills on Lanyolthang, a foothill village in Bishnupur district, on Sunday."
    assert "Lanyolthang" in found_names(gaz, text)
    place = event_place(gaz, text)
    assert (place.country_code, place.admin1, place.precision, place.raw) == ("IN", "Manipur", 3, "Lanyolthang")


def test_an_aside_with_two_words_before_the_kind_places_the_village_near_the_town(gaz):
    text = "Residents of Mbolowa, a small farming hamlet near Kumba, said soldiers came at night."
    place = event_place(gaz, text)
    assert (place.name, place.precision, place.raw) == ("Kumba", 2, "Mbolowa")


def test_an_aside_naming_a_persons_role_is_no_village(gaz):
    text = "Peter Amadu, a village elder in Kumba, said the soldiers came at night."
    assert located(gaz, text) == [("Kumba", "CM")]


# -- "X North County": a division named by a town and a compass word ---------------------------------------------

def test_an_unheld_compass_county_with_its_holder_stands_in_at_the_holder(gaz):
    text = "Cattle raiders attacked three camps in Rumbek North County of Lakes State on Friday, killing nine."
    assert "Rumbek North" in found_names(gaz, text)
    place = event_place(gaz, text)
    assert (place.name, place.country_code, place.precision, place.raw) == ("Lakes", "SS", 4, "Rumbek North")


def test_an_unheld_compass_division_alone_stands_in_at_its_town_at_division_level(gaz):
    place = event_place(gaz, "Clashes in Wum Central subdivision left two soldiers dead on Monday.")
    assert (place.name, place.country_code, place.precision) == ("Wum", "CM", 3)


def test_a_held_compass_division_keeps_the_gazetteers_own_reading(gaz):
    place = event_place(gaz, "Gunmen killed five villagers in Kaduna South LGA on Monday.")
    assert (place.name, place.country_code, place.precision) == ("Kaduna South", "NG", 3)


def test_a_compass_word_alone_after_a_town_is_no_division(gaz):
    place = event_place(gaz, "Gunmen killed five villagers in Rumbek on Monday, police in the North said.")
    assert (place.name, place.precision) == ("Rumbek", 1)


# -- "X North Local Government Area" ----------------------------------------------------------------------------

def test_a_two_word_lga_written_in_full_is_a_place(gaz):
    text = "Gunmen killed five farmers in Jos North Local Government Area of Plateau State on Sunday."
    t = toponym(gaz, text, "Jos North")
    assert t.locational and (t.place.name, t.place.precision) == ("Jos North", 3)


def test_the_councils_name_still_holds_the_lga_as_embedded(gaz):
    t = toponym(gaz, "The Jos North Local Government Council chairman visited the families.", "Jos North")
    assert not t.locational
