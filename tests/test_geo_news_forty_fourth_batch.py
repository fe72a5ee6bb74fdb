"""Rules found by the news probe's forty-fourth batch (local papers from Wyoming, Wisconsin, Rhode Island, North
Dakota, Iowa, Missouri, Mississippi, Alabama, South Carolina, New Hampshire, Idaho, Michigan's Upper Peninsula and
Delaware, and Newfoundland, Powys, Fife, County Antrim, Western Australian wheatbelt, Free State and Donegal papers).

Each is a rule a reader applies to any local paper: a verb in the -s form between a place and a noun of people is the
sentence's verb, its object the people ("the crossing of Lough Swilly saves drivers an hour", "a bus from Macroom
helps students"), not the middle word of a compound as "tourism" is in "Carlow tourism officials", so the place
stays a place; and the features local papers name whole ("the Little Missouri River", "Little Bay de Noc", "the
Avalon Peninsula", "the Great Southern") are read whole, not as a shorter namesake inside them ("Missouri River",
a Newfoundland "Little Bay"); and a town whose name ends in "'s" keeps it before its state's comma, in capitals
too ("ST. JOHN'S, N.L. —", "St. Mary's, Ga."), so the state written after it is read and places it.

Every sentence here is invented for the test.
"""
from __future__ import annotations

import pytest

from conftest import found_names, locational_names, toponym


def _where(gaz, text: str, name: str) -> tuple[str | None, str | None]:
    t = toponym(gaz, text, name)
    return t.place.country_code, t.place.admin1


# -- a verb between a place and a noun of people ---------------------------------------------------------------------

def test_a_lough_whose_crossing_saves_drivers_stays_a_place(gaz):
    """"saves" is the crossing's verb and "drivers" its object: the lough modifies no noun of people."""
    text = "BUNCRANA — The crossing of Lough Swilly saves drivers an hour on the road to Letterkenny."
    assert "Lough Swilly" in locational_names(gaz, text)


def test_a_town_a_road_reaches_that_saves_farmers_time_stays_a_place(gaz):
    """The same with a town after "to" and farmers for the object."""
    text = ("TRALEE — The new road from Listowel to Tralee saves farmers twenty minutes each way, the county "
            "engineer said.")
    assert "Tralee" in locational_names(gaz, text)


def test_a_town_whose_bus_helps_students_stays_a_place(gaz):
    """Another verb ("helps"), another noun of people ("students"), another county."""
    text = "CORK — A bus from Macroom helps students reach the college in Cork each morning."
    assert "Macroom" in locational_names(gaz, text)
    assert _where(gaz, text, "Macroom") == ("IE", "Munster")


def test_a_county_before_a_noun_and_its_officials_still_modifies_them(gaz):
    """A plain noun between the name and the people ("tourism") makes a compound: the county's officials."""
    text = "KILKENNY — The Carlow tourism officials met in Kilkenny on Monday."
    assert "Carlow" not in locational_names(gaz, text)
    assert "Kilkenny" in locational_names(gaz, text)


def test_a_plural_noun_before_officials_is_still_a_compound(gaz):
    """"sports" ends in -s like a verb but is no verb of the list: "the Kerry sports officials" are Kerry's."""
    text = "DUBLIN — The Kerry sports officials met in Dublin on Monday."
    assert "Kerry" not in locational_names(gaz, text)


# -- features read whole ---------------------------------------------------------------------------------------------

def test_the_little_missouri_is_one_river_not_the_missouri(gaz):
    """"Little" opens the river's own name: the span is the whole name and the place is not the Missouri."""
    text = "DICKINSON, N.D. — Ranchers along the Little Missouri River near Medora lost hay to the flood."
    assert "Little Missouri River" in locational_names(gaz, text)
    assert "Missouri River" not in found_names(gaz, text)


def test_the_missouri_river_stays_the_missouri(gaz):
    """The bigger river keeps its own name where "Little" is not written."""
    text = "KANSAS CITY, Mo. — Barges on the Missouri River were held at Kansas City."
    assert "Missouri River" in locational_names(gaz, text)


def test_little_bay_de_noc_is_the_michigan_bay(gaz):
    """The whole name is a bay of Lake Michigan, not Newfoundland's Little Bay with words after it."""
    text = "ESCANABA, Mich. — Anglers on Little Bay de Noc near Gladstone were warned off thin ice."
    assert _where(gaz, text, "Little Bay de Noc") == ("US", "Michigan")


def test_big_bay_de_noc_is_its_neighbour(gaz):
    """The same with the bay to its east and another town."""
    text = "MANISTIQUE, Mich. — Two anglers went through the ice on Big Bay de Noc near Garden on Sunday."
    assert _where(gaz, text, "Big Bay de Noc") == ("US", "Michigan")


def test_the_avalon_peninsula_is_newfoundlands(gaz):
    """A peninsula a Newfoundland paper names whole."""
    text = "GANDER, N.L. — Snow closed roads across the Avalon Peninsula on Tuesday, and flights to Gander were held."
    assert _where(gaz, text, "Avalon Peninsula") == ("CA", "Newfoundland and Labrador")


def test_the_great_southern_is_a_western_australian_region(gaz):
    """The region a wheatbelt paper writes bare: Western Australia's Great Southern."""
    text = "ALBANY, W.A. — Farmers across the Great Southern began harvest early, with bins full at Katanning."
    assert _where(gaz, text, "Great Southern") == ("AU", "Western Australia")


# -- a name ending in "'s" before its state's comma ------------------------------------------------------------------

def test_a_capitals_dateline_keeps_its_s_and_its_province(gaz):
    """"ST. JOHN'S, N.L." is the Newfoundland city, its "'S" its own, and "N.L." the province after it."""
    text = "ST. JOHN'S, N.L. — Snow closed roads across the city on Tuesday."
    assert "ST. JOHN'S" in locational_names(gaz, text)
    assert "N.L." in locational_names(gaz, text)
    assert _where(gaz, text, "ST. JOHN'S") == ("CA", "Newfoundland and Labrador")


def test_a_town_ending_in_s_takes_its_province_after_the_comma_in_running_text(gaz):
    """The same in running text, with the other abbreviation ("Nfld.") and a hotel for the story."""
    text = "A hotel in St. John's, Nfld., will close for repairs in March, the owners said."
    assert "Nfld." in locational_names(gaz, text)
    assert _where(gaz, text, "St. John's") == ("CA", "Newfoundland and Labrador")


def test_a_georgia_town_ending_in_s_is_not_read_in_newfoundland(gaz):
    """"Ga." after the comma is read, so the town is placed in Georgia, not at a Canadian namesake. The town may be
    left unresolved and fall back to its state's reading (`t.fallback`): the test asks only for the country."""
    text = "Snow closed roads in St. Mary's, Ga., and Kingsland on Tuesday."
    assert "Ga." in locational_names(gaz, text)
    t = toponym(gaz, text, "St. Mary's")
    assert (t.place or t.fallback).country_code == "US"


def test_a_capitals_dateline_of_a_caribbean_capital_keeps_its_s(gaz):
    """A capital's "'S" in a dateline is its own too: "ST. GEORGE'S, Grenada"."""
    text = "ST. GEORGE'S, Grenada — The port reopened on Friday after the storm."
    assert "ST. GEORGE'S" in locational_names(gaz, text)
    assert _where(gaz, text, "ST. GEORGE'S")[0] == "GD"


def test_a_possessive_before_a_noun_stays_the_owners(gaz):
    """Before a lower-case noun "'S" is still the owner's mark: the span stops at the name."""
    text = "ST. JOHN'S, N.L. — ST. JOHN'S mayor opened the new harbour wall on Friday."
    assert "ST. JOHN" in found_names(gaz, text)


# -- review mends: a place opening the clause, nouns that end in -s, codes after any "'s", a region's cues ----------

@pytest.mark.parametrize("text, name", [
    ("Alberta gives teachers more money this year.", "Alberta"),
    ("Wales gives students a bigger grant this year.", "Wales"),
    ("Manitoba helps farmers hit by the floods near Brandon.", "Manitoba"),
    ("Norway keeps troops in Lithuania for a further year.", "Norway"),
    ("The African Union keeps funding the schools run by its member states.", "African Union"),
])
def test_a_place_that_opens_the_clause_before_a_verb_and_people_is_its_government(gaz, text, name):
    """The verb rule reads a verb and its object only after a preposition ("the road to X saves drivers"); a
    name that opens the clause is its subject, the government giving or keeping, and stays non-locational."""
    assert name not in locational_names(gaz, text)


def test_a_town_after_from_before_a_verb_and_people_stays_a_place(gaz):
    """After "from" the verb ("takes") is the ferry's and the town a place, as before the mend."""
    text = "The ferry from Larne takes drivers to Cairnryan in two hours."
    assert "Larne" in locational_names(gaz, text)


@pytest.mark.parametrize("text, name", [
    ("The Kansas costs officials reviewed the plan.", "Kansas"),
    ("The Iowa shows officials approved the dates.", "Iowa"),
    ("The Nevada draws officials met on Monday.", "Nevada"),
])
def test_a_plural_noun_that_could_be_a_verb_still_makes_a_compound(gaz, text, name):
    """"costs", "shows", "draws" are as often plural nouns: they are no verbs of the list, so the state before
    them and a noun of people modifies the people."""
    assert name not in locational_names(gaz, text)


@pytest.mark.parametrize("text", [
    "COLLECTORS AT BONHAM'S, LA MAISON AND PHILLIPS MET IN ROME.",
    "FANS AT WENDY'S, PA SPORTS AND ARBY'S MET IN BOSTON.",
    "Fans at Nando's, LA Fitness and Boots queued in Leeds.",
])
def test_a_bare_code_after_a_shops_s_is_no_state(gaz, text):
    """After a name ending in "'s" only a dotted abbreviation ("N.L.", "Ga.") is read as a state: a bare code in
    capitals there is as often a word of the next name ("LA MAISON", "PA SPORTS", "LA Fitness")."""
    assert not {"PA", "LA"} & set(found_names(gaz, text))


@pytest.mark.parametrize("text", [
    "Great Southern Insurance said its Tulsa office would move.",
    "Shoppers filled the Great Southern Mall in Dayton, Ohio.",
    "Great Southern shares fell sharply on Friday.",
])
def test_the_great_southern_without_an_australian_cue_is_no_region(gaz, text):
    """A firm's or a building's name ("Great Southern Insurance", "Great Southern Mall") or a bare one with no
    word of Australia is not Western Australia's region, and lends no far country to the story's towns."""
    assert not any(t == "Great Southern" for t in found_names(gaz, text))
    if "Tulsa" in text:
        assert _where(gaz, text, "Tulsa") == ("US", "Oklahoma")


@pytest.mark.parametrize("text", [
    "Grain growers in the Great Southern region expect rain next week.",
    "Wool buyers toured the Great Southern before the Katanning sale.",
])
def test_the_great_southern_with_its_kind_noun_or_a_town_of_it_is_the_region(gaz, text):
    """The kind noun after it ("region") or a town of the region (Katanning) makes it the region."""
    assert _where(gaz, text, "Great Southern") == ("AU", "Western Australia")


def test_the_little_missouri_under_an_arkansas_dateline_is_the_arkansas_river(gaz):
    """Two rivers bear the name: Arkansas' (to the Ouachita) and the one through the Dakotas; the dateline
    decides."""
    text = "GLENWOOD, Ark. — Trout fishermen crowded the Little Missouri River near Langley after the release."
    assert _where(gaz, text, "Little Missouri River") == ("US", "Arkansas")


def test_the_little_missouri_near_a_dakota_town_is_the_northern_river(gaz):
    """The same name beside a North Dakota town is the northern river, its mouth far from Arkansas."""
    text = "Cattle drank from the Little Missouri River outside Marmarth, North Dakota, all summer."
    t = toponym(gaz, text, "Little Missouri River")
    assert t.place.admin1 != "Arkansas" and t.place.lat > 45


# -- seen and not mended ---------------------------------------------------------------------------------------------

@pytest.mark.xfail(strict=True, reason="'Summit' (a meeting's word, an organisation head) is kept closing a list only "
                   "where every other item is a one-word town the gazetteer holds; an unheld town (Fernwood) or a "
                   "two-word one (Bogue Chitto) in the list drops it")
def test_summit_closing_a_list_with_an_unheld_town_is_the_mississippi_town(gaz):
    """Summit lies between Brookhaven and McComb: a local paper lists it with its neighbours."""
    text = "BROOKHAVEN, Miss. — Most of the new hires come from Bogue Chitto, Fernwood and Summit, the owner said."
    assert _where(gaz, text, "Summit") == ("US", "Mississippi")


def test_volunteers_from_arab_and_a_neighbour_come_from_the_alabama_town(gaz):
    """Arab, Alabama lies beside Guntersville: listed with it after "from", a sign of place, it is a town
    (cue_readers._loose_peoples_word, mended after the fortieth conflict round's second review)."""
    text = "CULLMAN, Ala. — Volunteers from Arab and Guntersville cleared trees on Sunday."
    assert _where(gaz, text, "Arab") == ("US", "Alabama")


def test_a_goalie_who_moved_from_tomahawk_moved_from_the_wisconsin_town(gaz):
    """Nothing fires a missile here: a player moved from a town. The dateline writes Wisconsin and the town lies
    within a paper's reach of Wausau (geo/dateline_neighbours.py, mended in the forty-seventh batch)."""
    text = "WAUSAU, Wis. — The new goalie moved here from Tomahawk last summer."
    assert _where(gaz, text, "Tomahawk") == ("US", "Wisconsin")


@pytest.mark.xfail(strict=True, reason="'the route between X and Y' is read as a road place over both towns "
                   "(geo/roads.py), as conflict reports need; a bus route is no road, but 'route' cannot leave the "
                   "road heads without losing 'the route between Aleppo and Idlib'")
def test_a_bus_route_between_two_towns_is_no_place_of_its_own(gaz):
    """The buses run between the towns; only the towns are places."""
    text = "Buses on the route between Llandovery and Brecon will run twice a day from May."
    assert locational_names(gaz, text) == ["Llandovery", "Brecon"]
