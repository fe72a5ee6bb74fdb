"""Rules found by the news probe's thirty-ninth batch (web news of the GeoWebNews kind from countries and regions
the probe held least: Lithuania, Estonia's islands, Armenia and Azerbaijan in peacetime, Paraguay, Botswana,
Namibia, Ivory Coast, Senegal, Laos, Norway's fjord counties, Orkney and Shetland, Wales, Russia's Volga republics,
Extremadura, Sardinia, the Azores, Bangladesh's divisions, Latvia and Tanzania).

A Norwegian or Danish division joined by "og" ("Møre og Romsdal", "Sogn og Fjordane") is one name, as a name
joined by "and" is: "og" is a name connector (no English word), so the name is not cut to its first word.

Gazetteer data: the names reporting gives the divisions that GeoNames labels with an old English or official
form (Castile and León and Castilla y León, Castilla-La Mancha, the Valencian Community, the Balearics, Marche,
Basilicata, Puglia, South Tyrol, Trentino, Saaremaa for Estonia's Saare county), "the Faroes", and the islands,
inlets, spits and lagoons web news names bare: the islands of the Azores, Madeira's Porto Santo, Orkney and
Shetland and their islands, Estonia's small islands, Norway's fjords, Scotland's firths, the Curonian and Vistula
spits and lagoons and the lagoons of the Gulf of Guinea coast.

Every sentence here is invented for the test.
"""
from __future__ import annotations

import pytest

from conftest import located, locational_names, toponym


@pytest.mark.parametrize("text, name, admin1", [
    ("Snow closed the mountain roads of Møre og Romsdal on Tuesday.", "Møre og Romsdal", "Møre og Romsdal"),
    ("Rail works in Sogn og Fjordane were finished in 2015.", "Sogn og Fjordane", None),
])
def test_a_division_joined_by_og_is_one_name(gaz, text, name, admin1):
    t = toponym(gaz, text, name)
    assert t.locational and t.place is not None and t.place.country_code == "NO"
    if admin1:
        assert t.place.admin1 == admin1


@pytest.mark.parametrize("text, name, admin1", [
    ("Firefighters from Castile and León joined the crews near Zamora.", "Castile and León", "Castille and León"),
    ("Wineries in Castilla y León lost half their grapes to hail.", "Castilla y León", "Castille and León"),
    ("Wheat farmers in Castilla-La Mancha asked for help after the drought.", "Castilla-La Mancha",
     "Castille-La Mancha"),
    ("Hotels across the Balearics were full for the August holiday.", "Balearics", "Balearic Islands"),
    ("Olive growers in Puglia lost trees to a bacterium spreading north.", "Puglia", "Apulia"),
    ("The earthquake shook villages in Basilicata before dawn.", "Basilicata", "Basilicate"),
])
def test_a_division_named_as_reporting_writes_it_is_that_division(gaz, text, name, admin1):
    t = toponym(gaz, text, name)
    assert t.locational and t.place.country_code in ("ES", "IT") and t.place.admin1 == admin1


@pytest.mark.parametrize("text, name, country", [
    ("A second ferry now sails to Shetland every night from Aberdeen.", "Shetland", "GB"),
    ("Life on Shetland is hard in winter, the islanders say.", "Shetland", "GB"),
    ("Farmers on Westray and Sanday ship their cattle to Kirkwall.", "Westray", "GB"),
    ("Gales in the Pentland Firth cancelled the crossing to Stromness.", "Pentland Firth", "GB"),
    ("Cruise ships sail up the Sognefjord from Bergen in summer.", "Sognefjord", "NO"),
    ("Cows graze on Terceira, and whales pass off Pico in spring.", "Terceira", "PT"),
    ("Cows graze on Terceira, and whales pass off Pico in spring.", "Pico", "PT"),
    ("Houses cracked in Velas after the quakes under São Jorge, in the Azores.", "São Jorge", "PT"),
    ("Fishermen on the Ébrié Lagoon said the water had turned brown.", "Ébrié Lagoon", "CI"),
    ("The ferry from Virtsu to Muhu stopped for a second day.", "Muhu", "EE"),
    ("Visitors flew to Saaremaa from Tallinn.", "Saaremaa", "EE"),
    ("Fishing boats from the Faroes landed their catch at Peterhead.", "Faroes", "FO"),
])
def test_an_island_an_inlet_or_a_lagoon_named_bare_is_found_where_it_lies(gaz, text, name, country):
    assert (name, country) in located(gaz, text)


def test_the_bare_spit_across_a_border_is_found_without_a_country(gaz):
    t = toponym(gaz, "Buses run south along the Curonian Spit to Nida in summer.", "Curonian Spit")
    assert t.locational and t.place is not None and t.place.country_code is None


def test_a_namesake_town_named_with_its_country_stays_in_that_country(gaz):
    assert ("Orkney", "ZA") in located(gaz, "A new shaft opened in Orkney, South Africa, near Klerksdorp.")


@pytest.mark.xfail(strict=True, reason="a debtor's verb is read only where a list of government verbs holds it: "
                   "'owes' after any place would also take 'Bristol owes its wealth to the sea trade' for a council")
def test_a_country_that_owes_a_debt_is_its_government(gaz):
    names = locational_names(gaz, "Laos owes much of the railway's cost to lenders in Kunming and Beijing.")
    assert "Laos" not in names and "Kunming" in names
