"""Rules found by the conflict probe's thirteenth round of reports.

Each rule is one a human coder states: an army officer who speaks from a town speaks from there, as the army
does; medics at a named hospital in a town speak from the hospital's town, not the strike's; a regional
administration's seat is where it speaks from; a border crossing named after its town is at the town's edge,
near it, not in it; and "X subdivision" is Cameroon's division around the town X, while an American
"subdivision" is a housing estate that leaves its town's name alone; and "Majdal" (a tower) opens Levant
village names, so "Majdal X" is one village, not the old name of a coastal town followed by a stray word;
Somalia's regions are read under their press spellings ("Lower Shabelle", "Hiraan", "Galgaduud"); and a town
"in Y state's Z region", Y a federal state the gazetteer lacks, lies in Z.

Every sentence here is invented for the test.
"""
from __future__ import annotations

from conftest import event_place


def test_an_officer_speaking_from_a_town_does_not_place_the_attack_there(gaz):
    text = ("Militants overran an army post in Qorile Dheer, a village about 20 km from Afgooye, on Sunday, "
            "killing four soldiers, an army officer in Mogadishu said.")
    place = event_place(gaz, text)
    assert (place.name, place.precision, place.raw) == ("Afgooye", 2, "Qorile Dheer")


def test_medics_at_a_named_hospital_speak_from_its_town(gaz):
    text = ("An airstrike hit a house on the edge of Bani Suheila on Wednesday, killing five, medics at the "
            "Crescent Hospital in Khan Younis said.")
    place = event_place(gaz, text)
    assert (place.name, place.precision) == ("Banī Suhaylā", 2)


def test_a_border_crossing_named_after_a_town_is_near_the_town(gaz):
    place = event_place(gaz, "Gunfire erupted at the Rafah crossing on Monday, wounding two guards.")
    assert place.name.startswith("Rafa") and place.precision == 2


def test_a_regional_administration_speaks_from_its_seat(gaz):
    text = ("Soldiers detained 20 young men in Adi Werebo, a village near the border with Eritrea, on Monday, "
            "the regional administration in Mekelle said.")
    place = event_place(gaz, text)
    assert place is None or not place.name.startswith("Mek")


def test_a_cameroonian_subdivision_is_the_division_around_its_town(gaz):
    place = event_place(gaz, "Separatists burned a school in Batibo subdivision, Momo division, on Thursday.")
    assert (place.name, place.country_code, place.precision) == ("Batibo", "CM", 3)


def test_an_american_subdivision_is_a_housing_estate_not_a_division(gaz):
    place = event_place(gaz, "A tornado damaged homes in the Oakwood subdivision of Sandy Springs on Tuesday.")
    assert place.precision == 1


def test_majdal_opens_a_levant_village_name(gaz):
    text = "A drone strike on a car in Majdal Qasab, a village in the Tyre district, killed two men on Monday."
    place = event_place(gaz, text)
    assert (place.name, place.country_code, place.precision, place.raw) == ("Tyre", "LB", 3, "Majdal Qasab")


def test_somali_regions_are_read_under_their_press_spellings(gaz):
    for text, region in [("Militants ambushed a convoy in Lower Shabelle on Sunday.", "Lower Shabeelle"),
                         ("Floods displaced thousands in Hiraan region last week.", "Hiiraan"),
                         ("Clan fighting was reported in Galgaduud region on Friday.", "Galguduud")]:
        place = event_place(gaz, text)
        assert (place.name, place.country_code, place.precision) == (region, "SO", 4), text


def test_a_town_in_an_unknown_states_region_lies_in_the_region(gaz):
    text = ("Clan militias clashed on the outskirts of Dhabad Weyn in Galmudug state's Galgaduud region on "
            "Wednesday, elders said.")
    place = event_place(gaz, text)
    assert (place.name, place.precision, place.raw) == ("Galguduud", 4, "Dhabad Weyn")
