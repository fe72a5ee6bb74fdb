"""Rules found by the conflict probe's twenty-eighth round (countries it had one or none of: Tanzania's Mtwara,
El Salvador, North Sinai, Guatemala, Peru's VRAEM, Rwanda's border, Cabinda, Batken, Gorno-Badakhshan, Kasserine,
Araucania, Bolivia's lowlands, Guinea, Madagascar, Northern Ireland, Cibitoke, Enga, Ecuador's coast, South
Ossetia's line, Sri Lanka's north, the Rohingya camps, Armenia's border, Central Papua, Karakalpakstan).

A bare name before a lower-case "river" is the river: where the gazetteer holds no stream of the name, a town
that shares it ("the Tana river" is no nickname of Antananarivo) is at most a weak reading, and a division
named for the river (Yobe State for "the Yobe river") is its only reading. The way
the attackers came, told in a relative clause about them ("gunmen who crossed the X river from Y killed ... in
Z"), is their route, ranked after the place where they struck. A court that sentences people over a rising
("over the unrest in X") tries deeds done in X. A Spanish or Portuguese connector ("del", "de la") goes on
inside an unknown division's name ("the district of X del Y"). "X, a commune of <capital>" names one of the
capital's own parts: the capital is the city, and a quarter of that commune lies in it too.

Every sentence here is invented for the test.
"""
from __future__ import annotations

import pytest
from conftest import event_place, toponym

from eventwatch.geo.event_location import on_the_way
from eventwatch.geo.route_clauses import in_route_clause


# -- a bare name before a lower-case "river" is the river ---------------------------------------------------------

@pytest.mark.parametrize("text, name, town", [
    ("Fishermen drowned in the Tana river on Monday.", "Tana", "Antananarivo"),
    ("Bodies were found in the Rusizi river near the border with Congo, officials said.", "Rusizi", "Cyangugu"),
])
def test_a_town_sharing_a_rivers_name_is_no_reading_of_the_river(gaz, text, name, town):
    t = toponym(gaz, text, name)
    assert t.place is None or not (t.place.feature_code or "").startswith("PPL")
    assert t.place is None or town not in {a.get("name") for a in t.place.alternatives}


def test_a_division_named_for_the_river_still_spans_its_banks(gaz):
    t = toponym(gaz, "Two boys drowned in the Yobe river near Geidam on Sunday.", "Yobe")
    assert t.place is not None and t.place.name == "Yobe State" and t.place.country_code == "NG"


def test_a_river_the_gazetteer_holds_is_still_read_before_a_lower_case_noun(gaz):
    t = toponym(gaz, "Bodies were pulled from the Tigris river near Mosul.", "Tigris")
    assert t.place is not None and t.place.feature_code == "STM"


# -- the attackers' route, told in a relative clause, is not where they struck -------------------------------------

def test_a_relative_clause_of_coming_or_crossing_holds_the_route():
    assert in_route_clause("Armed men who crossed the Semliki river from ")
    assert in_route_clause("Gunmen who had come from ")
    assert in_route_clause("Fighters that travelled across the border from Niger's Tillaberi region via ")
    # the clause ends at the sentence's own verb, and entering or storming names the ground hit
    assert not in_route_clause("Militiamen who crossed the river from Ituri killed six farmers in ")
    assert not in_route_clause("Troops who entered ")
    assert not in_route_clause("Gunmen who stormed ")


def test_where_the_attackers_crossed_from_ranks_after_where_they_struck(gaz):
    text = ("Militiamen who had crossed the Semliki river from Ituri killed six farmers in Bundibugyo district "
            "on Monday.")
    assert on_the_way(toponym(gaz, text, "Ituri"))
    place = event_place(gaz, text)
    assert place is not None and place.country_code == "UG" and "Bundibugyo" in place.name


def test_a_place_entered_is_where_the_event_was(gaz):
    place = event_place(gaz, "Troops who entered Sake shot dead two men, residents said.")
    assert place is not None and place.name == "Sake" and place.country_code == "CD"


# -- a court sentencing over a rising tries deeds done where it rose -----------------------------------------------

@pytest.mark.parametrize("text, towns", [
    ("A military court in Kinshasa sentenced 30 people over the uprising in Beni last year.", {"Beni"}),
    ("A court in Samarkand jailed eleven men for the unrest in Andijan in March.", {"Andijan", "Andijon"}),
])
def test_a_court_trying_a_rising_elsewhere_gives_the_risings_town(gaz, text, towns):
    place = event_place(gaz, text)
    assert place is not None and place.name in towns


# -- a Romance connector goes on inside an unknown division's name -----------------------------------------------

def test_an_unknown_district_keeps_its_connector_and_the_word_after_it(gaz):
    text = "Rebels ambushed a patrol in the district of Pucacolpa del Mantaro, Huanta province."
    place = event_place(gaz, text)
    assert place is not None and place.country_code == "PE" and place.raw == "Pucacolpa del Mantaro"
    assert place.precision == 3


# -- a commune of a capital is a part of the city ----------------------------------------------------------------

def test_a_commune_of_a_capital_stands_in_near_the_city(gaz):
    place = event_place(gaz, "Two men were shot dead in Kiyengo, a commune of Kinshasa, on Sunday.")
    assert place is not None and place.name == "Kinshasa" and place.raw == "Kiyengo" and place.precision == 2


def test_a_quarter_of_an_unknown_commune_of_a_capital_lies_in_the_city(gaz):
    place = event_place(gaz, "Police shot a protester in the Kalibe quarter of Tondolo, a commune of Kinshasa.")
    assert place is not None and place.name == "Kinshasa" and place.raw == "Kalibe" and place.precision == 2


def test_the_commune_of_a_name_still_reads_the_name_as_the_commune(gaz):
    place = event_place(gaz, "Two men were shot dead in the commune of Conakry.")
    assert place is not None and place.country_code == "GN" and place.precision == 3
