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

Mends after review: "Pico" before a capitalised word opens a peak's name (as "Cerro" does), the Canaries' La
Graciosa and "the Canaries" are Spain's, and an island's name before a breed, a woollen, a kin noun or after a
title noun ("a Shetland pony", "the Orkney brothers", "the crime drama Shetland") is no place.

Every sentence here is invented for the test.
"""
from __future__ import annotations

import pytest

from conftest import found_names, located, locational_names, toponym


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


# -- Review mends: the island names must not swallow peaks, breeds, products, titles or families -----------------
# "Pico" is the Spanish and Portuguese word for a peak: before a capitalised word, or "de"/"del" and one, it opens
# the peak's longer name (geo/romance_features.py), as "Cerro" does; alone ("off Pico") it is still the island.

@pytest.mark.parametrize("text, country", [
    ("Hikers camped below the summit of Pico Bolívar in Venezuela last week.", "VE"),
    ("A team of geologists climbed Pico del Teide on Tenerife.", "ES"),
])
def test_pico_before_a_capitalised_word_opens_a_peaks_name_not_the_azores_island(gaz, text, country):
    found = located(gaz, text)
    assert ("Pico", "PT") not in found and not any(c == "PT" for _, c in found)
    assert any(c == country for _, c in found)


def test_pico_alone_beside_the_other_azores_islands_is_still_the_island(gaz):
    assert ("Pico", "PT") in located(gaz, "A ferry linked Pico to Horta on Faial until storms stopped it.")


@pytest.mark.parametrize("text", [
    "Tourists flocked to La Graciosa, the smallest inhabited Canary island.",
    "Fishermen from Lanzarote and La Graciosa protested the new quotas.",
])
def test_la_graciosa_is_the_canary_island_not_the_azores_one(gaz, text):
    t = toponym(gaz, text, "La Graciosa")
    assert t.locational and t.place is not None and t.place.country_code == "ES" \
        and t.place.admin1 == "Canary Islands"


def test_bare_graciosa_beside_an_azores_island_stays_in_the_azores(gaz):
    assert ("Graciosa", "PT") in located(gaz, "Graciosa and Terceira lost power during the Azores storm.")


@pytest.mark.parametrize("text, name", [
    ("Her daughter rode a Shetland pony at the county fair in Devon.", "Shetland"),
    ("Knitters prize Shetland wool for its softness, a trader in York said.", "Shetland"),
    ("A farmer in Somerset sold his Jersey cows at auction.", "Jersey"),
    ("Guernsey cattle grazed near the village of Wells.", "Guernsey"),
])
def test_an_islands_name_before_a_breed_or_a_product_noun_is_no_place(gaz, text, name):
    assert name not in locational_names(gaz, text)


@pytest.mark.parametrize("text, name", [
    ("Ferries to Jersey were cancelled because of the gale.", "Jersey"),
    ("Cattle raiders from Jonglei attacked a village in Lakes State.", "Jonglei"),
    ("Jonglei cattle raids killed twelve people last month.", "Jonglei"),
])
def test_a_place_before_livestock_taken_in_a_raid_is_still_the_place(gaz, text, name):
    assert name in locational_names(gaz, text)


def test_a_populous_countrys_name_before_livestock_is_its_produce_and_still_a_toponym(gaz):
    assert "Sudan" in found_names(gaz, "Sudan cattle exports to Egypt rose this year.")


@pytest.mark.parametrize("text, name", [
    ("The drama unfolded in Kabul on Monday.", "Kabul"),
    ("The series of strikes hit Kharkiv overnight.", "Kharkiv"),
    ("A novel Lisbon venue opened on Friday.", "Lisbon"),
])
def test_a_place_after_a_title_noun_that_names_no_work_is_still_the_place(gaz, text, name):
    assert name in locational_names(gaz, text)


@pytest.mark.parametrize("text, name", [
    ("The Orkney brothers from Glasgow won the regatta.", "Orkney"),
    ("The Hoy sisters from Dundee sang at the festival.", "Hoy"),
])
def test_a_name_between_the_and_a_kin_noun_is_a_family_not_a_place(gaz, text, name):
    names = locational_names(gaz, text)
    assert name not in names and len(names) == 1


def test_a_name_after_a_title_noun_is_the_works_title(gaz):
    names = locational_names(gaz, "Viewers of the crime drama Shetland flocked to Aberdeen.")
    assert "Shetland" not in names and "Aberdeen" in names


@pytest.mark.parametrize("text", [
    "Hotels in the Canaries were full over Easter.",
    "Tourism in the Balearics and the Canaries rose by a tenth.",
])
def test_the_canaries_are_spains_islands_as_the_balearics_are(gaz, text):
    t = toponym(gaz, text, "Canaries")
    assert t.locational and t.place is not None and t.place.country_code == "ES"


def test_an_island_written_with_its_island_group_is_that_groups_island(gaz):
    # round 29 (geo/island_appositions.py): the group after a comma places its curated "X Island"
    assert ("Yell", "GB") in located(gaz, "The ferry from Yell, Shetland, was cancelled at dawn.")


@pytest.mark.xfail(strict=True, reason="bare 'Graciosa' is held only as the Azores island; the Canaries' island is "
                   "held as 'La Graciosa', so without its article a Canary story still reads the Azores entry")
def test_bare_graciosa_beside_a_canary_island_is_the_canary_one(gaz):
    assert ("Graciosa", "ES") in located(gaz, "Graciosa, the small island north of Lanzarote, lost power.")


def test_canaries_written_with_saint_lucia_is_the_saint_lucian_quarter(gaz):
    assert ("Canaries", "LC") in located(gaz, "A landslide blocked the road near Canaries, Saint Lucia, on Monday.")


def test_canaries_written_with_st_lucia_is_the_saint_lucian_quarter(gaz):
    # round 29: "St Lucia" is an alias of the country (aliases.yaml), which pins the quarter written before it
    assert ("Canaries", "LC") in located(gaz, "A landslide blocked the road near Canaries, St Lucia, on Monday.")
