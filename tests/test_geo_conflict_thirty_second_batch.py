"""Rules found by the conflict probe's thirty-second round (theatres it had one report of or none: Eritrea's western
lowlands, Nepal's midwest, New Caledonia, Masaya, Derry, Saudi Arabia's Jazan border, Sierra Leone's diamond
district, Cambodia's Thai border, Cyprus's buffer zone, northern Kosovo, the Gambia, Guinea-Bissau's north,
Equatorial Guinea's mainland, Malawi's south, Lusaka's compounds, Eswatini, Lesotho's famo feuds, Anjouan, Dili,
Honiara, Belarus's Polish border, Mangystau, west Kingston, Bahrain's villages).

Wire copy writes first-level divisions under their English or current names: Cambodia's "Oddar Meanchey" (GeoNames:
"Ŏtâr Méanchey") and the Gambia's "West Coast Region" (its Western Division until 2007). Both are aliases of
the division; the Gambian one competes with New Zealand's West Coast, and the document's other places decide.

Two address forms place a name in the town after it as firmly as "X in Y" does (geo/held_in_towns.py): an aside
opened by a comma ("Saint-Louis, in Le Mont-Dore") and a town-part word before the comma ("Kanyama compound,
Lusaka"). A reading abroad of such a name is a namesake of a place the tables lack, which stands in at the town
with its own name.

A place written with the city it is part of, and read within a few kilometres of it ("Chinatown, Honiara",
"Denham Town, west Kingston"), is a named part of that city: precision 2, not the town's 1 nor a ward's 3
(geo/city_sections.py).

Each rule is kept to its own cases: an offset ("Zveçan, north of Mitrovica") or a list ("Kingston, Spanish Town and
Portmore") places nothing in a city, a big city in a list of asides ("in Lyon, in Manchester") is no namesake, and a
section the tables hold in its own country keeps its reading.

Every sentence here is invented for the test.
"""
from __future__ import annotations

import pytest
from conftest import event_place, toponym


# -- first-level divisions under their English and current names ------------------------------------------------

@pytest.mark.parametrize("text", [
    "Thai troops shelled a border post near Ou Smach in Oddar Meanchey province on Monday.",
    "A landmine wounded two deminers in Oddar Meanchey on Thursday, the mine action authority said.",
])
def test_oddar_meanchey_is_cambodias_province(gaz, text):
    # the province's own reading is asked for: the event may sit at a town that needs no alias
    t = toponym(gaz, text, "Oddar Meanchey")
    assert t.place is not None and (t.place.name, t.place.country_code) == ("Ŏtâr Méanchey", "KH")


def test_another_meanchey_province_keeps_its_own_name(gaz):
    # Banteay Meanchey is a province of its own: the new alias does not take its second word
    t = toponym(gaz, "Smugglers fired on rangers in Banteay Meanchey province on Friday.", "Banteay Meanchey")
    assert t.place is not None and t.place.name == "Banteay Meanchey"


@pytest.mark.parametrize("text", [
    "Police fired on villagers protesting against a quarry in Sanyang, West Coast Region, on Monday, Amnesty said.",
    "Two soldiers were hurt when a mob attacked a checkpoint in the West Coast Region of the Gambia on Friday.",
])
def test_west_coast_region_with_gambian_places_is_the_gambias(gaz, text):
    place = event_place(gaz, text)
    assert place is not None and place.country_code == "GM"


@pytest.mark.parametrize("text, country", [
    # New Zealand's and Tasmania's West Coast bear the name too: a town or a written state decides
    ("Landslides closed the highway near Hokitika in the West Coast Region on Tuesday.", "NZ"),
    ("Gales felled power lines across the West Coast Region of Tasmania, near Zeehan, on Monday.", "AU"),
    ("Heavy rain cut the railway in the West Coast Region of Tasmania near Queenstown on Sunday.", "AU"),
    ("Storms hit the West Coast Region of Tasmania, near Strahan, on Monday.", "AU"),
])
def test_west_coast_region_elsewhere_follows_its_context(gaz, text, country):
    t = toponym(gaz, text, "West Coast Region")
    assert t.place is not None and t.place.country_code == country


def test_new_zealands_west_coast_stays_new_zealands(gaz):
    t = toponym(gaz, "Floods cut the road between Greymouth and Westport in the West Coast region of New Zealand.",
                "West Coast")
    assert t.place is not None and t.place.country_code == "NZ"


# -- address forms that place a name in a town ------------------------------------------------------------------

@pytest.mark.parametrize("text, raw, town", [
    ("Gendarmes were shot at near a roadblock at Saint-Louis, in Le Mont-Dore, on Thursday.", "Saint-Louis",
     "Le Mont-Dore"),
    ("Fighting broke out between youth gangs in Bethlehem, in Dili, overnight.", "Bethlehem", "Dili"),
])
def test_a_name_in_a_comma_aside_town_abroad_of_its_readings_stands_in_there(gaz, text, raw, town):
    place = event_place(gaz, text)
    assert place is not None and place.name == town and place.raw == raw


@pytest.mark.parametrize("text, raw", [
    ("Rival youths fought with pangas in George compound, Lusaka, on Saturday, police said.", "George"),
    ("A man was hacked to death when party cadres clashed in Kanyama compound, Lusaka, on Sunday.", "Kanyama"),
])
def test_a_compound_named_with_its_city_is_part_of_that_city(gaz, text, raw):
    place = event_place(gaz, text)
    assert place is not None and (place.name, place.country_code, place.precision, place.raw) == \
        ("Lusaka", "ZM", 2, raw)


@pytest.mark.parametrize("text, raw", [
    ("DEMONSTRATORS WERE BEATEN IN KANYAMA COMPOUND, LUSAKA, ON THURSDAY.", "KANYAMA"),
    ("YOUTHS STONED A MINIBUS IN KANYAMA COMPOUND, LUSAKA, LATE ON FRIDAY.", "KANYAMA"),
])
def test_the_town_part_word_is_read_in_any_case(gaz, text, raw):
    # all-caps copy writes the word and the rest in capitals: "ON THURSDAY" after the town is no list item
    place = event_place(gaz, text)
    assert place is not None and (place.name, place.country_code, place.raw) == ("Lusaka", "ZM", raw)


@pytest.mark.parametrize("text, name, country", [
    ("Supporters from Liverpool, in Lisbon for the final, fought with stewards on Sunday.", "Liverpool", "GB"),
    ("Pilgrims from Kano, in Mecca for the hajj, were hurt in a crush on Monday.", "Kano", "NG"),
    ("Fans from Liverpool, in Madrid for the final, clashed with riot police on Saturday.", "Liverpool", "GB"),
])
def test_an_aside_after_a_word_of_origin_places_nothing(gaz, text, name, country):
    # "people from X, in Y" says where the people are, not where X is: X keeps its own reading
    t = toponym(gaz, text, name)
    assert t.place is not None and t.place.country_code == country


def test_a_list_of_cities_written_as_asides_places_none_in_the_next(gaz):
    # Lyon is a big city: after a comma and "in" it is an item of a list, not a namesake placed in Manchester
    t = toponym(gaz, "Protests were held in Lyon, in Manchester and in Milan on Saturday.", "Lyon")
    assert t.place is not None and t.place.country_code == "FR"


def test_a_township_the_tables_hold_in_its_own_country_keeps_its_reading(gaz):
    t = toponym(gaz, "Police fired tear gas at vendors in Mbare township, Harare, on Monday.", "Mbare")
    assert t.place is not None and t.place.country_code == "ZW" and t.place.precision == 2


# -- a section written with its city ----------------------------------------------------------------------------

@pytest.mark.parametrize("text, name, country", [
    ("Looters emptied two supermarkets in Chinatown, Honiara, overnight.", "Mataniko", "SB"),
    ("A teenager was shot dead outside a bar in Denham Town, west Kingston, on Friday.", "Denham Town", "JM"),
])
def test_a_place_written_with_the_city_it_lies_in_is_a_named_part_of_it(gaz, text, name, country):
    place = event_place(gaz, text)
    assert place is not None and (place.name, place.country_code, place.precision) == (name, country, 2)


@pytest.mark.parametrize("text, name", [
    # an offset only says the town lies near the city
    ("A grenade was thrown at the police station in Zveçan, north of Mitrovica, on Sunday.", "Zvečan"),
    # a list of towns: its commas place nothing
    ("Soldiers patrolled Kingston, Spanish Town and Portmore after the shootings on Sunday.", "Kingston"),
    # a town far from the town after its comma is no section of it
    ("Unknown men fired on a patrol in Mandera, Garissa, on Friday.", "Mandera"),
    # a city of its own beside the capital is no section of it, however the report writes it
    ("Two gunmen shot a rabbi outside a synagogue in Ramat Gan, Tel Aviv, on Friday.", "Ramat Gan"),
    ("Gunmen killed a police officer in Guadalupe, Monterrey, on Sunday.", "Guadalupe"),
    ("A car bomb killed three people in Bnei Brak, Tel Aviv, on Sunday, police said.", "Bnei Brak"),
    ("Riot police fired tear gas at protesters in Montreuil, east Paris, on Tuesday.", "Montreuil"),
])
def test_a_town_beside_a_city_in_other_forms_keeps_its_own_precision(gaz, text, name):
    place = event_place(gaz, text)
    assert place is not None and place.name == name and place.precision == 1
