"""Rules found by the news probe's seventieth batch (world web copy of the GeoWebNews kind from Tajikistan,
Armenia, Belarus, Moldova's Transnistria, Bolivia, Burkina Faso, Djibouti, Kiribati, the Gulf of Fonseca, eastern
Chad, Somalia, Vanuatu, Eswatini, Kyrgyzstan's Issyk-Kul, Tonga, Qatar, Bahrain, Timor-Leste, Turkmenistan and
Brunei).

Rules a reader applies to any story: a protest is made to a party, never sent to a destination, so a country or a
capital after "protested to", "lodged a formal protest with" or "sent a protest note to" is the government that
receives it, with no request after it (a letter needs one: "wrote to Lagos" may be a destination), while a
protest carried or taken somewhere ("took their protest to Managua") or marchers "protesting to" a capital leave
the town a town; a works or a site "at" a town ("a gas terminal at Wilhelmshaven", "the smelter at Sundsvall")
and a ship "docked" or "moored" at it stand on ground, so a lone town of size there is believed with no other
place beside it, as after a verb of fighting or travel, but a works a firm is named with ("the warehouse at X",
"the mine at Y") only beside another place of the town's country; "the ski/Caspian resort of X" names a town as
"the town of X" does, held by the gazetteer or not, while "the last/favourite resort of X" names none. And
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
    ("Seoul has been protesting to Tokyo about the textbooks for months.", "Tokyo"),
    ("Canberra lodged a strong formal protest with Jakarta over the arrests.", "Jakarta"),
    ("Ottawa delivered a sharp written protest to Delhi on Monday.", "Delhi"),
    ("Manila lodged a strong diplomatic protest with Beijing over the ship.", "Beijing"),
    ("Hanoi kept protesting to Beijing over the fishing boats.", "Beijing"),
    ("Quito continues protesting to Lima about the river border.", "Lima"),
])
def test_a_country_a_protest_is_made_to_is_its_government(gaz, text, party):
    """A protest goes to a party, as an appeal does, but asks for nothing after it: the country or capital that
    receives it is its government, not a place ("protested to Chile over ...", "a protest note to China"); the
    participle after an auxiliary ("has been protesting to") and a protest with two adjectives ("a strong formal
    protest with") are the same act."""
    assert party in found_names(gaz, text)
    assert party not in locational_names(gaz, text)


@pytest.mark.parametrize("text, town", [
    ("Fishermen took their protest to Managua on Friday.", "Managua"),
    ("Farmers carried the protest to Brussels in their tractors.", "Brussels"),
    ("Students protested in Tegucigalpa against the fare rise.", "Tegucigalpa"),
    ("Dockers marched out of Porto protesting to Lisbon over pay.", "Lisbon"),
    ("Teachers walked from Kumasi protesting to Accra on Thursday.", "Accra"),
    ("Nurses cycled protesting to Vienna after the cuts, officials in Graz said.", "Vienna"),
    ("Farmers drove their tractors from Lyon and went protesting to Paris on Friday.", "Paris"),
    ("Hundreds of farmers marched from Bhatinda protesting to Chandigarh on Monday.", "Chandigarh"),
])
def test_a_protest_carried_to_a_town_leaves_the_town_a_place(gaz, text, town):
    """The negative case: a protest taken or carried somewhere goes to the town, and protesting "in" a town is
    done there: no party receives anything. A bare "protesting to" after a verb of going is the marchers'
    way to the capital, not a protest made to its government."""
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


@pytest.mark.parametrize("text, town, cc", [
    ("A new factory at Zwickau, in Saxony, will make batteries.", "Zwickau", "DE"),
    ("The depot at Kirkland, near Seattle, will be expanded next year.", "Kirkland", "US"),
])
def test_a_firms_works_at_a_town_beside_a_place_of_its_country_makes_it_a_place(gaz, text, town, cc):
    """A factory or a depot "at" a town of size is believed when another place of the story lies in the town's
    country: the works stands there, not in a firm of the town's name."""
    t = toponym(gaz, text, town)
    assert t.locational and t.place is not None and t.place.country_code == cc


@pytest.mark.parametrize("text", [
    "He worked at Zwickau for years before he retired.",
    "The distribution warehouse at Argos will close in January.",
    "The depot at Kirkland will be expanded next year.",
    "The new warehouse at Argos will hire 200 pickers before Christmas.",
    "The mine at Freeport produced less copper this quarter.",
])
def test_a_lone_name_after_at_with_no_works_or_event_stays_unread(gaz, text):
    """The negative case: "worked at X" names no works, and a warehouse, a depot or a mine "at" a name is the
    firm's as often as the town's (a retailer, a mining firm or a store brand named like a town of size): with
    no other place of the town's country in the story, the name is not read as the town."""
    assert locational_names(gaz, text) == []


@pytest.mark.xfail(strict=True, reason="a lone town after a works a firm is named with ('a new factory at X') is "
                                       "left unread, with no other place of its country to tell it from a firm")
def test_a_lone_town_after_a_factory_is_read(gaz):
    assert "Zwickau" in locational_names(gaz, "A new factory at Zwickau will make batteries.")


# -- the resort of X ----------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text, name", [
    ("Visitors are also taken to the Caspian resort of Avaza near Turkmenbashi.", "Avaza"),
    ("Buses now run to the lakeside resort of Tamga from Karakol.", "Tamga"),
    ("Snow finally fell on the ski resort of Gudauri on Tuesday.", "Gudauri"),
    ("Divers returned to the beach resort of Kalpitiya this week.", "Kalpitiya"),
    ("Tourists poured into the Red Sea resort of Dahab after the holiday.", "Dahab"),
])
def test_the_resort_of_a_name_is_a_place(gaz, text, name):
    """"The ski/Caspian resort of X" is a town named for what visitors come for: with a place's kind or a
    place's name before "resort", the name after "of" is read as after "the town of", and one the gazetteer
    lacks is kept, unresolved, standing in at the places around it."""
    assert name in locational_names(gaz, text)


@pytest.mark.parametrize("text", [
    "The minister called the loan a last resort of the government.",
    "Exile became the final resort of Fatah, a spokesman said.",
    "The villa was the favourite resort of Churchill in his old age.",
    "The island was the usual resort of Nixon on long weekends.",
    "The new resort of Hyatt near the harbour opened in June.",
    "Violence was the last resort of Hamas, the analyst said.",
    "A strike is the last resort of Unite, the union said.",
])
def test_a_last_or_favourite_resort_names_no_place(gaz, text):
    """The negative case: "resort" in its other sense ("the last/final resort of"), or a person's or a firm's
    haunt ("the favourite resort of", "the new resort of"), has no place's kind or name before it: the name
    after "of" is a party, a person or a firm, not a town."""
    assert locational_names(gaz, text) == []


@pytest.mark.parametrize("text, name", [
    ("Crowds filled the popular resort of Tamga near Karakol on Sunday.", "Tamga"),
    ("Prices rose at the upmarket resort of Sveti Stefan near Budva.", "Sveti Stefan"),
    ("Yachts crowd the exclusive resort of Porto Cervo each August.", "Porto Cervo"),
])
def test_a_popular_or_exclusive_resort_of_a_name_is_a_place(gaz, text, name):
    """"popular", "famous", "upmarket" and "exclusive" say what kind of resort a town is, as "ski" or "seaside"
    do: the name after "of" is the town."""
    assert name in locational_names(gaz, text)


@pytest.mark.parametrize("text, name", [
    ("Divers were turned back. The resort of Kemer stayed open, the governor said.", "Kemer"),
    ("Hotels emptied after the storm. The resort of Tamga reopened on Friday.", "Tamga"),
])
def test_the_resort_of_a_name_opening_a_sentence_is_a_place(gaz, text, name):
    """"The resort of X" opening a sentence is read as "the town of X" is: the capitalised article before it is
    no place's name, but the rare recourse sense ("the resort of a party to strikes") is not worth losing the
    common one, so the review's nit (no capitalised "The") is left undone."""
    assert name in locational_names(gaz, text)


@pytest.mark.parametrize("text, person, place", [
    ("The hotel is the favourite resort of Obama when he visits Bali.", "Obama", "Bali"),
    ("Sochi, the favourite resort of Putin, hosted the summit.", "Putin", "Sochi"),
])
def test_a_persons_favourite_resort_keeps_the_person_and_the_place(gaz, text, person, place):
    """The person whose haunt a resort is stays a person, and the real place of the sentence stays a place."""
    names = locational_names(gaz, text)
    assert person not in names and place in names


# -- true facts for the gazetteer ---------------------------------------------------------------------------------

@pytest.mark.parametrize("text, name, cc, code", [
    ("A lithium plant on the Salar de Uyuni produced its first tonnes this month.", "Salar de Uyuni", "BO", "PLN"),
    ("Flamingos nest on the Salar de Atacama in the dry season.", "Salar de Atacama", "CL", "PLN"),
    ("Container traffic at the port of Doraleh rose by a fifth last year.", "Doraleh", "DJ", "PPLX"),
    ("The new trains are being built at Ras Laffan, north of the capital.", "Ras Laffan", "QA", None),
])
def test_salt_flats_of_the_andes_and_gulf_and_red_sea_ports(gaz, text, name, cc, code):
    """True facts: the Salar de Uyuni (Potosí, Bolivia) and the Salar de Atacama (Antofagasta, Chile) are the
    Andes' great salt flats, read whole rather than as the town or region inside their names; Doraleh is the
    container port at the western edge of Djibouti city, filed as a part of the town (a few km from its centre,
    well within 161 km); Ras Laffan Industrial City, Qatar's
    gas port and liquefaction plants, lies some 30 km north of Al Khor (a landmark at its parent's point; its
    kind is pinned loosely, the country only, as the gazetteer's codes hold no industrial area)."""
    t = toponym(gaz, text, name)
    assert t.place is not None and t.place.country_code == cc
    assert code is None or t.place.feature_code == code


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
