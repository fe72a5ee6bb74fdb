"""Rules found by the news probe's forty-third batch (world web copy of the GeoWebNews kind from the Central
African Republic, Togo, Liberia, Gabon, Congo-Brazzaville, Belize, El Salvador, Moldova, Slovenia, Albania, Kuwait,
Qatar, Azerbaijan, the Dominican Republic, Cuba, Papua New Guinea, Guinea, Chad, Benin and Cyprus).

Each is a rule a reader applies to any wire story: a country after a comma that owns what follows it ("to Ancona,
Albania's tourism ministry said") opens a new phrase and holds nothing before it, unless a reading of the name
before lies in it ("Paris, Texas's oldest park"); a name listed right after a cued town of a country the story
names shares the cue ("from Bari and Ancona"), and "the ports of" cues the ports that follow as "the towns of"
does; a country whose sentence it opens keeps its verb behind a "where" clause ("Georgia, where the river rises,
warned"), as behind "which" and "whose"; "shut" is a government's deed as "closed" is ("Quito shut the
crossing"), though not "shut down" or "shut off" with no object ("Accra shut down when the strike began"); and a
world city matched only by another name of its own ("San Miguel", an old name of San Diego) gives the name to the
city abroad that bears it as its own only where the story names that city's country and not the world city's
("Antioch" beside Turkish officials is Antakya). And a few true facts for the lexicons: the Sangha
River, Lakes Bled and Bohinj, Ambergris Caye, and "Montecristi" as the Dominican town's and province's one-word
spelling.

Every sentence here is invented for the test.
"""
from __future__ import annotations

import pytest
from conftest import found_names, locational_names, toponym


def _where(gaz, text: str, name: str) -> tuple[str, str | None]:
    t = toponym(gaz, text, name)
    return t.place.country_code, t.place.admin1


# -- an owner after a comma holds nothing before it -----------------------------------------------------------------

def test_a_country_owning_a_ministry_after_a_comma_does_not_hold_the_town_before_it(gaz):
    # "Ancona, Albania" is no town in Albania: the country opens "Albania's officials said".
    text = "Buses run from Split to Ancona, Albania's officials said."
    assert _where(gaz, text, "Ancona") == ("IT", "The Marches")


def test_a_country_owning_an_airline_after_a_comma_does_not_hold_the_city_before_it(gaz):
    text = "Flights to Lyon, Ghana's national airline said, would start in May."
    assert _where(gaz, text, "Lyon")[0] == "FR"


def test_a_state_owning_a_park_still_holds_its_own_town_before_the_comma(gaz):
    # a Paris lies in Texas: the pair is the town and its state, whose possessive owns the park
    text = "Crews drove to Paris, Texas's oldest park, on Monday."
    assert _where(gaz, text, "Paris") == ("US", "Texas")


def test_a_country_owning_its_capital_still_holds_the_capital(gaz):
    assert _where(gaz, "Trade through Kingston, Jamaica's capital, rose.", "Kingston")[0] == "JM"


# -- a listed name shares its neighbour's cue -----------------------------------------------------------------------

def test_a_town_listed_after_a_cued_town_of_a_named_country_is_kept(gaz):
    text = "Ferries leave from Bari and Ancona, as visitors from Italy arrive."
    assert "Ancona" in locational_names(gaz, text)


def test_a_town_listed_after_another_cued_town_is_kept(gaz):
    text = "Ferries leave from Palermo and Ancona, as visitors from Italy arrive."
    assert _where(gaz, text, "Ancona") == ("IT", "The Marches")


def test_a_name_listed_after_a_street_is_no_town(gaz):
    # a street's cue is no town's: "Kenner" names a school here, though Kenner is a Louisiana city
    text = "He coached at Elm Street and Kenner middle schools in the United States."
    assert "Kenner" not in found_names(gaz, text)


def test_the_ports_of_cue_the_ports_that_follow(gaz):
    text = "Grain leaves through the ports of Ancona and Ravenna."
    assert locational_names(gaz, text) == ["Ancona", "Ravenna"]


def test_the_ports_of_a_country_cue_both_ports(gaz):
    text = "Ferries run between Durres and the Italian ports of Bari and Ancona, and visitors from Italy arrive."
    assert _where(gaz, text, "Ancona")[0] == "IT"


# -- a "where" clause between a country and its verb ----------------------------------------------------------------

def test_a_country_that_warns_behind_a_where_clause_is_its_government(gaz):
    text = "Aid lorries left Baku overnight. Georgia, where the river rises, warned of more rain in the mountains."
    assert "Georgia" in found_names(gaz, text)
    assert "Georgia" not in locational_names(gaz, text)


def test_a_country_that_rejects_behind_a_where_clause_is_its_government(gaz):
    text = "Chile, where the copper mines lie, rejected the new tariff on Monday."
    assert "Chile" not in locational_names(gaz, text)


def test_a_country_that_a_preposition_governs_before_a_where_clause_is_a_place(gaz):
    # the floods forced people out; the country is where, not who
    text = "Floods in Georgia, where the river rises, forced hundreds from their homes."
    assert "Georgia" in locational_names(gaz, text)


def test_a_country_that_appeals_behind_a_where_clause_is_its_government(gaz):
    assert "Kenya" not in locational_names(gaz, "Kenya, where the drought began, appealed for food aid.")


def test_a_country_that_lost_ice_behind_a_where_clause_is_a_place(gaz):
    # after a "where" clause only saying or a stance is a government's; what the land lost is the land's
    text = "Peru, where the glaciers melt fastest, lost a fifth of its ice in a decade."
    assert "Peru" in locational_names(gaz, text)


def test_a_country_that_lost_herds_behind_a_where_clause_is_a_place(gaz):
    text = "Mongolia, where the winter killed millions of goats, lost a tenth of its herds."
    assert "Mongolia" in locational_names(gaz, text)


def test_a_country_that_has_seen_aftershocks_behind_a_where_clause_is_a_place(gaz):
    assert "Armenia" in locational_names(gaz, "Armenia, where the quake struck, has seen more aftershocks.")


# -- "shut" is a deed -----------------------------------------------------------------------------------------------

def test_a_capital_that_shut_a_crossing_is_its_government(gaz):
    text = "Santo Domingo shut the crossing after a dispute over a canal."
    assert "Santo Domingo" not in locational_names(gaz, text)


def test_a_country_that_shut_its_embassy_is_its_government(gaz):
    text = "Algeria shut its embassy in Bamako on Friday."
    assert locational_names(gaz, text) == ["Bamako"]


def test_a_town_whose_roads_snow_shut_is_a_place(gaz):
    assert "Quito" in locational_names(gaz, "Snow shut roads around Quito on Friday.")


def test_a_city_that_shut_down_when_a_strike_began_is_a_place(gaz):
    # "shut down" with no object tells what befell the city
    assert "Accra" in locational_names(gaz, "Accra shut down when the strike began.")


def test_a_city_that_shut_down_for_a_day_is_a_place(gaz):
    assert "Harare" in locational_names(gaz, "Harare shut down for a day of mourning.")


def test_a_capital_that_shut_down_a_crossing_is_its_government(gaz):
    text = "Nairobi shut down the border crossing at Namanga."
    assert "Nairobi" in found_names(gaz, text) and "Nairobi" not in locational_names(gaz, text)


def test_a_country_that_shut_off_supplies_is_its_government(gaz):
    text = "Ecuador shut off gas supplies to Peru on Friday."
    assert locational_names(gaz, text) == ["Peru"]


# -- a world city's other name belongs to the city bearing it -------------------------------------------------------

def test_a_city_named_by_another_citys_old_name_is_the_city_that_bears_it(gaz):
    # "San Miguel" is among San Diego's old names; El Salvador's third city bears it as its own
    text = "Gangs fled San Miguel overnight, police in El Salvador said."
    assert _where(gaz, text, "San Miguel")[0] == "SV"


@pytest.mark.xfail(strict=True, reason="the story names both countries, and the owner rule gives a world city's other "
                                       "name away only where the world city's own country goes unnamed; 'in the east "
                                       "of El Salvador' is not read as San Miguel's container")
def test_a_city_placed_in_its_country_by_a_phrase_is_the_city_abroad(gaz):
    text = "Coffee buyers from the United States visited San Miguel, in the east of El Salvador, last week."
    assert _where(gaz, text, "San Miguel")[0] == "SV"


@pytest.mark.xfail(strict=True, reason="writing the world city by its own name too is no pointer abroad (a Richmond "
                                       "story names its Manchester neighbourhood beside Richmond), and no country is "
                                       "named here")
def test_a_city_written_apart_from_the_city_whose_old_name_it_is_is_the_city_abroad(gaz):
    text = "The navy ship docked in San Diego, California, after leaving San Miguel."
    assert _where(gaz, text, "San Miguel")[0] == "SV"


def test_a_world_city_keeps_its_old_name_where_the_story_names_its_country(gaz):
    # Antakya's old name is Antioch, the Californian city's own: Turkish officials point to Turkey
    text = "Relief teams reached Antioch on Tuesday, Turkish officials said."
    assert _where(gaz, text, "Antioch")[0] == "TR"


def test_a_world_city_keeps_its_other_name_beside_its_own_countrys_ministry(gaz):
    # Patan's other name is Lalitpur, an Indian city's own; Nepal named
    text = "Landslides cut roads into Lalitpur, Nepalese officials said."
    assert _where(gaz, text, "Lalitpur")[0] == "NP"


def test_a_world_city_keeps_its_old_spelling_beside_its_countrys_possessive(gaz):
    # Xalapa, written Jalapa, beside Mexico's own body; a Guatemalan Jalapa bears the spelling as its own
    text = "Voters in Jalapa queued for hours, Mexico's electoral body said."
    assert _where(gaz, text, "Jalapa")[0] == "MX"


def test_a_district_name_beside_its_neighbour_stays_in_the_named_country(gaz):
    text = "Power failed in Taguig and Santa Ana overnight, the Philippine grid operator said."
    assert _where(gaz, text, "Santa Ana")[0] == "PH"


def test_a_neighbourhood_written_beside_its_city_stays_local(gaz):
    # a local paper names its city's neighbourhood by an old town name; no country abroad is named
    text = "RICHMOND, Va. — A bakery in Manchester, across the James River from downtown, reopened on Friday."
    assert _where(gaz, text, "Manchester")[0] == "US"


def test_a_world_city_keeps_its_old_names_where_no_city_abroad_bears_them(gaz):
    text = "Flights from Bombay and Kiev landed on Monday."
    assert _where(gaz, text, "Bombay")[0] == "IN" and _where(gaz, text, "Kiev")[0] == "UA"


# -- lexicon facts --------------------------------------------------------------------------------------------------

def test_a_river_that_joins_another_is_the_river(gaz):
    text = "Fishermen in Mossaka, where the Sangha joins the Congo, say the water has never come so high."
    assert toponym(gaz, text, "Sangha").place.name == "Sangha River"


def test_a_named_lake_above_which_lifts_stand_is_one_name(gaz):
    text = "New lifts will be built at a ski area above Lake Bohinj next year."
    assert found_names(gaz, text) == ["Lake Bohinj"]
    assert _where(gaz, text, "Lake Bohinj")[0] == "SI"


def test_the_montecristi_spelling_is_the_dominican_town(gaz):
    text = "Farmers from Montecristi and Santiago sell rice at the market in Dajabon."
    assert _where(gaz, text, "Montecristi")[0] == "DO"


def test_ambergris_caye_is_belizes_island(gaz):
    assert _where(gaz, "Divers on Ambergris Caye came for the reef.", "Ambergris Caye")[0] == "BZ"


# -- shown, not mended ----------------------------------------------------------------------------------------------

@pytest.mark.xfail(strict=True, reason="'begin' is read as a verb of aspect, so a country that begins a campaign "
                                       "stays a place; no rule yet reads an aspect verb before its object as a deed")
def test_a_country_that_begins_a_vaccination_round_is_its_government(gaz):
    text = "Papua New Guinea will begin a new round of polio vaccination in Morobe Province next week."
    assert "Papua New Guinea" not in locational_names(gaz, text)

