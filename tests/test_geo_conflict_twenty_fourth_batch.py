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

Each rule fires only where it means a place: "close to X" and "not far from X" place an unknown name or a
settlement noun before the comma, not an ally, a source or a possessive ("a militia, close to X", "close to X's
line"); a held town before the comma is itself the place. "X's edge" or "X's near neighbours" are no ground. A
speaker or a country after the division holds nothing. A sentence opening "In X ..." is read as mid-sentence.
A kind aside with a relative clause ("a teacher whose town in Y") is a person's.

Every sentence here is invented for the test.
"""
from __future__ import annotations

from conftest import event_place, found_names, located, locational_names, toponym

from eventwatch.geo.fallback import HEAD_BEFORE_CONTAINER


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


def test_a_ground_word_after_a_name_opening_the_clause_is_no_ground(gaz):
    # no "in the" sets the ground: "The Obama sector" is a person's, as "the Dallas sector" is an economy's
    assert "Obama" not in locational_names(gaz, "The Obama sector was shelled on Monday.")


def test_a_valley_is_no_towns_ground(gaz):
    # valleys are named after rivers as often: the town of the river's name may lie far from the valley
    place = toponym(gaz, "Farmers in the Zambezi valley lost their crops to the heat.", "Zambezi").place
    assert place is None or place.feature_code != "PPL" or place.precision != 2


# -- "X's outskirts" --------------------------------------------------------------------------------------------

def test_a_towns_outskirts_in_the_possessive_are_near_it(gaz):
    for text in ("Clashes were reported on Saraqib's outskirts.", "Clashes were reported in Saraqib's outskirts."):
        place = event_place(gaz, text)
        assert (place.name, place.precision) == ("Saraqib", 2), text


def test_a_towns_edge_or_neighbours_in_the_possessive_are_no_ground_near_it(gaz):
    assert not toponym(gaz, "Experts said Berlin's periphery partners in the EU disagreed.", "Berlin").locational
    for text, name in (("Kyiv's edge in drone production worried Moscow.", "Kyiv"),
                       ("Gaza's outside world is cut off, the UN said.", "Gaza"),
                       ("Tehran's near neighbours protested the strike.", "Tehran")):
        place = toponym(gaz, text, name).place
        assert place is None or place.precision != 2, text


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


def test_an_ally_or_a_source_close_to_a_capital_in_an_aside_is_no_place_near_it(gaz):
    for text, where in (("A militia, close to Tehran, claimed the attack on the base in Erbil.", "Erbil"),
                        ("According to Al-Watan, close to Damascus, the army shelled Idlib.", "Idlib"),
                        ("Hezbollah's Al-Manar, close to Tehran, reported that Israeli jets struck Nabatieh.",
                         "Nabatieh"),
                        ("The statement, close to Moscow's line, blamed Kyiv for the attack in Kherson.", "Kherson")):
        place = event_place(gaz, text)
        assert (place.raw, place.precision) == (where, 1), text


def test_not_far_from_after_a_clause_still_places_the_event_near_the_town(gaz):
    place = event_place(gaz, "Gunmen opened fire on a convoy, not far from Kumba, on Monday.")
    assert (place.name, place.precision) == ("Kumba", 2)


def test_not_far_from_a_capitals_position_is_no_place(gaz):
    text = "The proposal was not far from Washington's position, officials in Kabul said."
    assert not toponym(gaz, text, "Washington").locational
    assert event_place(gaz, text).raw == "Kabul"


def test_an_aside_after_a_held_town_describes_that_town(gaz):
    place = event_place(gaz, "Soldiers were deployed to Tubas, not far from Jenin, on Monday.")
    assert (place.raw, place.precision) == ("Tubas", 1)


def test_a_weak_cue_and_a_bare_near_aside_make_no_place_of_a_person(gaz):
    assert "Ekema" not in found_names(gaz, "Police took Ekema, near Kumba, into custody on Monday.")


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
    # a surname alone, which no list of given names rejects before the aside is read
    text = "Amadu, a village elder in Kumba, said the soldiers came at night."
    assert located(gaz, text) == [("Kumba", "CM")]


def test_a_clause_about_a_persons_town_is_no_village_aside(gaz):
    for text, name in (("Soldiers arrested Ngum, a teacher whose town in the Anglophone region was burned, on Monday.",
                        "Ngum"),
                       ("Soldiers questioned Ekema, a farmer whose village near Kumba was burned.", "Ekema")):
        assert name not in found_names(gaz, text), text


def test_a_faith_before_the_kind_still_makes_a_village_aside(gaz):
    text = "Abakwa, a mainly Christian village in Plateau State, was attacked on Sunday."
    assert "Abakwa" in locational_names(gaz, text)


def test_the_stand_in_pattern_reads_no_persons_clause_as_a_kind(gaz):
    # the pattern that lets an aside's kind set an unresolved name's stand-in (geo/fallback.py)
    assert HEAD_BEFORE_CONTAINER.match(", a small farming village in ") is not None
    for gap in (", a teacher whose village in ", ", a doctor at the hospital in ", ", a nurse from the town in "):
        assert HEAD_BEFORE_CONTAINER.match(gap) is None, gap


def test_a_village_aside_after_a_sentence_opening_word_is_read(gaz):
    for text in ("In Lanyolthang, a foothill village in Bishnupur district, militants fired on houses.",
                 "On Sunday Lanyolthang, a foothill village in Bishnupur district, was attacked.",
                 "Militants fired on Lanyolthang,\na foothill village in Bishnupur district, on Sunday."):
        assert "Lanyolthang" in locational_names(gaz, text), text


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
    # the compass word right after the town, but no division word after it
    place = event_place(gaz, "Gunmen killed five villagers in Rumbek North on Monday.")
    assert (place.name, place.precision) == ("Rumbek", 1)


def test_a_speaker_or_a_country_after_the_division_is_no_holder(gaz):
    for text in ("Clashes in Rumbek North County, Juba said on Monday, left nine dead.",
                 "Raiders killed nine in Rumbek North County, South Sudan, on Friday.",
                 "Raiders killed nine in Rumbek North County in South Sudan on Friday."):
        place = event_place(gaz, text)
        assert (place.name, place.country_code, place.precision) == ("Rumbek", "SS", 3), text


def test_a_held_holder_that_is_later_dropped_leaves_the_town_standing_in(gaz):
    place = event_place(gaz, "Soldiers killed four in Kumba Central subdivision of Meme division.")
    assert place is not None and place.country_code == "CM"


def test_an_unheld_compass_division_opening_the_sentence_is_read_as_mid_sentence(gaz):
    for text, name in (("In Rumbek North County, cattle raiders killed nine people on Friday.", "Rumbek"),
                       ("In Wum Central subdivision, two soldiers were killed on Monday.", "Wum")):
        place = event_place(gaz, text)
        assert (place.name, place.precision) == (name, 3), text


# -- "X North Local Government Area" ----------------------------------------------------------------------------

def test_a_two_word_lga_written_in_full_is_a_place(gaz):
    text = "Gunmen killed five farmers in Jos North Local Government Area of Plateau State on Sunday."
    t = toponym(gaz, text, "Jos North")
    assert t.locational and (t.place.name, t.place.precision) == ("Jos North", 3)


def test_the_councils_name_still_holds_the_lga_as_embedded(gaz):
    t = toponym(gaz, "The Jos North Local Government Council chairman visited the families.", "Jos North")
    assert not t.locational


def test_a_ground_word_after_a_verb_and_the_keeps_the_town(gaz):
    # A lower-case "the" inside the sentence sets the ground whatever verb comes before it.
    for text in ("Shelling hit the Uri sector overnight, the army said.",
                 "Militants attacked the Kupwara sector before dawn."):
        place = event_place(gaz, text)
        assert place is not None and place.country_code == "IN" and place.precision == 2, text
