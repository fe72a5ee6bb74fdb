"""Rules found by the conflict probe's thirty-sixth round (theatres it had two reports of or fewer: Bhutan's
Assam border, the Maldives' Hulhumalé, Costa Rica's Limón, Belarus' rail sabotage, Equatorial Guinea's Kié-Ntem,
Guinea-Bissau's Cacheu, Comoros' Anjouan, Honiara, Dili, Laos' Route 13, Jamaica's Clarendon, Malawi's Mangochi,
Lusaka's compounds, Lesotho's famo feuds, Eswatini's Matsapha, Soyapango, Dak Lak, Bahrain's Sitra, Saudi Jazan,
Poland's Podlasie border, Zhanaozen, Kiryat Shmona, Jordan's eastern border and Zimbabwe's diamond fields).

A name written with a word for a town's informal settlement or ward before the town ("Kanyama compound in Lusaka",
"Mathare slum of Nairobi", "Kibera ward in Nairobi") is a part of that town the tables lack: the event stands in
at the town as a named part of it (UCDP 2), as "X neighbourhood of Y" does. "The UN compound in Juba" and "the
Ebola ward in Monrovia" are sites in the town, not quarters: after an article a compound or a ward is left to the
rules for sites (geo/settlement_part_heads.py).

The same words after a town's possessive make a part of the town ("Lusaka's Kanyama compound", "Harare's Mbare
township", "Nairobi's Mathare slum"), as "Mogadishu's Hodan district" does (geo/town_phrases.py); a ward there is
as often a hospital's ("Monrovia's Ebola ward") and is left out.

"CITY's X", where X reads as one of the city's sections (a ward, a small place within a few kilometres of the
city's point: "Honiara's Chinatown", "Kampala's Kisenyi"), places X in the city as "X, CITY" does: the event is in
a named part of the city (2), not at its centre; a city of its own beside the capital ("Moscow's Khimki") keeps
its own reading (geo/city_sections.py).

Every sentence here is invented for the test.
"""
from __future__ import annotations

import pytest
from conftest import event_place, toponym

from eventwatch.geo.settlement_part_heads import settlement_part_gap


# -- "X compound in TOWN": a part of the town -------------------------------------------------------------------

@pytest.mark.parametrize("text, town, raw", [
    ("Party cadres armed with pangas clashed in Kanyama compound in Lusaka on Sunday, leaving two men injured.",
     "Lusaka", "Kanyama"),
    ("Youths burned tyres and fought police in Chawama compound of Lusaka on Monday after a boy drowned in a pit.",
     "Lusaka", "Chawama"),
    ("Police shot a suspected robber in Kanyama slum of Lusaka on Thursday night, residents said.",
     "Lusaka", "Kanyama"),
])
def test_an_unknown_compound_of_a_town_is_a_named_part_of_it(gaz, text, town, raw):
    """The compound is absent from the tables (a Congolese town shares Kanyama's name): its town stands in, at
    the precision of a named part of a town (2), keeping the compound's name, not the town's centre (1)."""
    place = event_place(gaz, text)
    assert place is not None and (place.name, place.precision, place.raw) == (town, 2, raw)


@pytest.mark.parametrize("text", [
    "Gunmen attacked the UN compound in Juba on Friday, killing a guard.",
    "A mortar round landed inside the embassy compound in Juba on Tuesday.",
])
def test_a_compound_after_an_article_is_a_site_in_the_town(gaz, text):
    """Guard: "the UN compound" is a walled site; an attack on a site in a town is at the town itself (1)."""
    place = event_place(gaz, text)
    assert place is not None and (place.name, place.precision) == ("Juba", 1)


@pytest.mark.parametrize("sentence, name, town, expected", [
    ("clashes in Kanyama compound in Lusaka", "Kanyama", "Lusaka", True),
    ("raids in Mathare slums of Nairobi", "Mathare", "Nairobi", True),
    ("a shooting in Kibera ward in the Nairobi area", "Kibera", "Nairobi", True),
    ("raids in the Mathare slum of Nairobi", "Mathare", "Nairobi", True),
    ("an attack on the UN compound in Juba", "UN", "Juba", False),
    ("nurses at the Ebola ward in Monrovia", "Ebola", "Monrovia", False),
    ("clashes in Kanyama market in Lusaka", "Kanyama", "Lusaka", False),
])
def test_the_settlement_part_gap_names_a_part_only_for_its_words(sentence, name, town, expected):
    """Only a compound, a slum or a ward between the name and its town makes the name a part of the town, and
    a compound or a ward after an article is a site."""
    start = sentence.index(name)
    gap = sentence[start + len(name) : sentence.index(town)]
    assert settlement_part_gap(sentence, start, gap) is expected


# -- "TOWN's X compound": a part of the town ---------------------------------------------------------------------

@pytest.mark.parametrize("text, town", [
    ("Rival cadres fought with machetes in Lusaka's Kanyama compound on Saturday, and one man died.", "Lusaka"),
    ("Riot police fired tear gas at vendors in Harare's Mbare township on Wednesday.", "Harare"),
    ("Two youths were shot dead in Nairobi's Mathare slum overnight, a rights group said.", "Nairobi"),
])
def test_a_compound_township_or_slum_after_a_towns_possessive_is_part_of_the_town(gaz, text, town):
    """The possessive holds a named part of the town: precision 2, as "Mogadishu's Hodan district"."""
    place = event_place(gaz, text)
    assert place is not None and (place.name, place.precision) == (town, 2)


@pytest.mark.parametrize("text, town", [
    ("Gunmen stormed Nairobi's Kenyatta hospital on Monday, wounding a nurse.", "Nairobi"),
    ("Relatives attacked nurses at Monrovia's Ebola ward on Sunday, health officials said.", "Monrovia"),
])
def test_a_towns_possessive_before_a_building_stays_the_town(gaz, text, town):
    """Guard: a hospital, or a hospital's ward, is no part of a town's ground; the town keeps its own
    precision (1)."""
    place = event_place(gaz, text)
    assert place is not None and (place.name, place.precision) == (town, 1)


# -- "CITY's X", X a section of the city --------------------------------------------------------------------------

@pytest.mark.parametrize("text, city", [
    ("Rioters burned shops and a police post in Honiara's Chinatown on Wednesday night.", "Honiara"),
    ("A grenade thrown from a motorbike exploded in Kampala's Kisenyi on Monday, wounding five.", "Kampala"),
    ("Gunmen shot two traders in Kingston's Denham Town on Friday, the constabulary said.", "Kingston"),
])
def test_a_section_after_its_citys_possessive_is_a_named_part_of_the_city(gaz, text, city):
    """The section's reading lies within the city: the event is in a named part of the city (2), not at the
    city's centre (1)."""
    place = event_place(gaz, text)
    assert place is not None and (place.name, place.precision) == (city, 2)


def test_a_city_of_its_own_after_a_capitals_possessive_keeps_its_reading(gaz):
    """Guard: Khimki is a city of its own beside Moscow, not one of its sections."""
    text = "Police fired tear gas at protesters in Moscow's Khimki on Monday."
    khimki = toponym(gaz, text, "Khimki")
    assert khimki.place is not None and khimki.place.precision == 1
