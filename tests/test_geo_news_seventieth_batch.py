"""Rules found by the news probe's seventieth batch (world web copy of the GeoWebNews kind from Tajikistan,
Armenia, Belarus, Moldova's Transnistria, Bolivia, Burkina Faso, Djibouti, Kiribati, the Gulf of Fonseca, eastern
Chad, Somalia, Vanuatu, Eswatini, Kyrgyzstan's Issyk-Kul, Tonga, Qatar, Bahrain, Timor-Leste, Turkmenistan and
Brunei).

Rules a reader applies to any story: a protest is made to a party, never sent to a destination, so a country or a
capital after "protested to", "lodged a formal protest with" or "sent a protest note to" is the government that
receives it, with no request after it (a letter needs one: "wrote to Lagos" may be a destination), while a
protest carried or taken somewhere ("took their protest to Managua") leaves the town a town; a works or a site
"at" a town ("a gas terminal at Wilhelmshaven", "the smelter at Sundsvall") and a ship "docked" or "moored" at it
stand on ground, so a lone town of size there is believed with no other place beside it, as after a verb of
fighting or travel; "the resort of X" names a town as "the town of X" does, held by the gazetteer or not. And
true facts for the gazetteer: the Andes' salt flats (Salar de Uyuni, Salar de Atacama), Doraleh, Djibouti's
container port on the city's western edge, and Ras Laffan, Qatar's gas port.

The batch's stories follow the corpora where they agree with the probe's header: a country that "has recorded"
or "has confirmed" N cases is the health authority counting (GeoVirus leaves such a country out: none of its
"X has reported/confirmed N cases" is a gold toponym), a capital that "will host" games or "is bracing" is its
government or its people.

Every sentence here is invented for the test.
"""
from __future__ import annotations

import pytest
from conftest import found_names, locational_names, toponym


# -- a protest made to a party ----------------------------------------------------------------------------------

@pytest.mark.parametrize("text, party", [
    ("Peru protested to Chile over the fishing boats seized last week.", "Chile"),
    ("Manila lodged a formal protest with Beijing over the water cannon.", "Beijing"),
    ("Vietnam sent a protest note to China on Tuesday about the survey ship.", "China"),
    ("The ministry protested to Kenya and to Uganda about the new tariffs.", "Uganda"),
])
def test_a_country_a_protest_is_made_to_is_its_government(gaz, text, party):
    """A protest goes to a party, as an appeal does, but asks for nothing after it: the country or capital that
    receives it is its government, not a place ("protested to Chile over ...", "a protest note to China")."""
    assert party in found_names(gaz, text)
    assert party not in locational_names(gaz, text)


@pytest.mark.parametrize("text, town", [
    ("Fishermen took their protest to Managua on Friday.", "Managua"),
    ("Farmers carried the protest to Brussels in their tractors.", "Brussels"),
    ("Students protested in Tegucigalpa against the fare rise.", "Tegucigalpa"),
])
def test_a_protest_carried_to_a_town_leaves_the_town_a_place(gaz, text, town):
    """The negative case: a protest taken or carried somewhere goes to the town, and protesting "in" a town is
    done there: no party receives anything."""
    assert town in locational_names(gaz, text)


# -- a works at a town --------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, town, cc", [
    ("Engineers inspected the gas terminal at Wilhelmshaven on Monday.", "Wilhelmshaven", "DE"),
    ("A new smelter at Sundsvall will open in May.", "Sundsvall", "SE"),
    ("The tanker docked at Wilhelmshaven with a cargo of liquefied gas.", "Wilhelmshaven", "DE"),
])
def test_a_works_or_a_ship_at_a_lone_town_makes_it_a_place(gaz, text, town, cc):
    """A terminal, a smelter or a docked ship stands on ground: the town of size after "at" is believed though
    the sentence names no other place, which a surname or a firm after "at" would need."""
    t = toponym(gaz, text, town)
    assert t.locational and t.place is not None and t.place.country_code == cc


@pytest.mark.parametrize("text", [
    "He worked at Zwickau for years before he retired.",
    "The warehouse at Dorsey was sold to a builder.",
])
def test_a_lone_name_after_at_with_no_works_or_event_stays_unread(gaz, text):
    """The negative case: "worked at X" names no works, and a warehouse "at" a name that is no town of size is
    still not read: the rule believes only a town of 10,000 or more whose readings are all towns."""
    assert locational_names(gaz, text) == []


# -- the resort of X ----------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, name", [
    ("Visitors are also taken to the Caspian resort of Avaza near Turkmenbashi.", "Avaza"),
    ("Buses now run to the lakeside resort of Tamga from Karakol.", "Tamga"),
])
def test_the_resort_of_a_name_is_a_place(gaz, text, name):
    """"The resort of X" is a town named for what visitors come for: the name after "of" is read as after "the
    town of", and one the gazetteer lacks is kept, unresolved, standing in at the places around it."""
    assert name in locational_names(gaz, text)


def test_a_last_resort_names_no_place(gaz):
    """The negative case: "resort" in its other sense, before a lower-case noun phrase, reads nothing."""
    assert locational_names(gaz, "The minister called the loan a last resort of the government.") == []


# -- true facts for the gazetteer ---------------------------------------------------------------------------------

@pytest.mark.parametrize("text, name, cc, code", [
    ("A lithium plant on the Salar de Uyuni produced its first tonnes this month.", "Salar de Uyuni", "BO", "PLN"),
    ("Flamingos nest on the Salar de Atacama in the dry season.", "Salar de Atacama", "CL", "PLN"),
    ("Container traffic at the port of Doraleh rose by a fifth last year.", "Doraleh", "DJ", "PPLX"),
    ("The new trains are being built at Ras Laffan, north of the capital.", "Ras Laffan", "QA", "PS"),
])
def test_salt_flats_of_the_andes_and_gulf_and_red_sea_ports(gaz, text, name, cc, code):
    """True facts: the Salar de Uyuni (Potosí, Bolivia) and the Salar de Atacama (Antofagasta, Chile) are the
    Andes' great salt flats, read whole rather than as the town or region inside their names; Doraleh is the
    container port at the western edge of Djibouti city, a part of the town; Ras Laffan Industrial City, Qatar's
    gas port and liquefaction plants, lies some 30 km north of Al Khor (a landmark at its parent's point)."""
    t = toponym(gaz, text, name)
    assert t.place is not None and (t.place.country_code, t.place.feature_code) == (cc, code)


# -- the corpora's convention the batch follows (guards) -----------------------------------------------------------

@pytest.mark.parametrize("text, country", [
    ("Chad has recorded more than 900 cases of hepatitis E in the camps.", "Chad"),
    ("Mali has confirmed 40 cases of measles since January.", "Mali"),
])
def test_a_country_that_has_recorded_cases_is_the_authority_counting(gaz, text, country):
    """Guard (passes on the parent): the corpora leave a country that "has recorded/confirmed N cases" out, as
    the health authority that counts and tells; the batch is annotated so."""
    assert country in found_names(gaz, text)
    assert country not in locational_names(gaz, text)


# -- seen and left alone ------------------------------------------------------------------------------------------

@pytest.mark.xfail(strict=True, reason="an ASCII apostrophe written for the okina ('Eua, 'Ewa) is left out of the "
                                       "span and cuts the island from the list 'from Vava'u and 'Eua', so it "
                                       "reads as the subject of the verb after it")
def test_an_island_written_with_a_leading_apostrophe_is_read_whole_in_its_list(gaz):
    text = "Fans from Vava'u and 'Eua crossed by ferry for the game."
    assert "'Eua" in locational_names(gaz, text)


@pytest.mark.xfail(strict=True, reason="a river named like a town (Panj, Tajikistan) is listed only with 'River', "
                                       "so 'joins the Panj' after a river's name reads no place")
def test_a_river_named_bare_after_joins_is_the_river(gaz):
    text = "The Vakhsh River joins the Panj to form the Amu Darya."
    assert "Panj" in locational_names(gaz, text)
