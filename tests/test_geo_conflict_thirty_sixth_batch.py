"""Rules found by the conflict probe's thirty-sixth round (theatres it had two reports of or fewer: Bhutan's
Assam border, the Maldives' Hulhumalé, Costa Rica's Limón, Belarus' rail sabotage, Equatorial Guinea's Kié-Ntem,
Guinea-Bissau's Cacheu, Comoros' Anjouan, Honiara, Dili, Laos' Route 13, Jamaica's Clarendon, Malawi's Mangochi,
Lusaka's compounds, Lesotho's famo feuds, Eswatini's Matsapha, Soyapango, Dak Lak, Bahrain's Sitra, Saudi Jazan,
Poland's Podlasie border, Zhanaozen, Kiryat Shmona, Jordan's eastern border and Zimbabwe's diamond fields).

A name written with a word for a town's informal settlement or ward before the town ("Kanyama compound in Lusaka",
"Mathare slum of Nairobi", "Kibera ward in Nairobi") is a part of that town the tables lack: the event stands in
at the town as a named part of it (UCDP 2), as "X neighbourhood of Y" does. "The UN compound in Juba" and "the
Ebola ward in Monrovia" are sites in the town, not quarters: after an article a compound or a ward is left to the
rules for sites (geo/settlement_part_heads.py), and so is one a headline writes bare whose name says it is a site:
an acronym ("WFP compound in Bunia"), a word for what it houses or treats ("Cholera ward in Beira"), a site's kind
word ("Jubilee Hotel compound"). A slum is never a site, and a quarter's own words ("New Town ward", "Market
ward", "X Valley slum") make no site. A part the tables lack altogether stands in at the town the text names as
holding it (fallback.stated_container), not at the document's focus.

The same words after a town's possessive make a part of the town ("Lusaka's Kanyama compound", "Mutare's Sakubva
township", "Nairobi's Mathare slum"), as "Mogadishu's Hodan district" does (geo/town_phrases.py); a ward there is
as often a hospital's ("Monrovia's Ebola ward") and is left out, and so is a compound named as a site
("Mogadishu's AMISOM compound", "Herat's Palace Hotel compound").

"CITY's X", where X reads as one of the city's sections (a ward, a small place within a few kilometres of the
city's point: "Honiara's Chinatown", "Kampala's Kisenyi"), places X in the city as "X, CITY" does: the event is in
a named part of the city (2), not at its centre; a city of its own beside the capital ("Moscow's Khimki") keeps
its own reading (geo/city_sections.py). A city whose name ends in s may take the bare apostrophe ("Homs' Bab
Amr"); a section written with a word of its own ("Karachi's Lyari countryside") is no section here, as
after a comma.

Every sentence here is invented for the test.
"""
from __future__ import annotations

import pytest
from conftest import event_place, toponym

from eventwatch.geo.settlement_part_heads import names_a_site, settlement_part_gap


# -- "X compound in TOWN": a part of the town -------------------------------------------------------------------

@pytest.mark.parametrize("text, town, raw", [
    ("Party cadres armed with pangas clashed in Kanyama compound in Lusaka on Sunday, leaving two men injured.",
     "Lusaka", "Kanyama"),
    ("Youths burned tyres and fought police in Chawama compound of Lusaka on Monday after a boy drowned in a pit.",
     "Lusaka", "Chawama"),
    ("Police shot a suspected robber in Kanyama slum of Lusaka on Thursday night, residents said.",
     "Lusaka", "Kanyama"),
    # names no table holds under any spelling: no namesake abroad and no near spelling to lean on
    ("Police fired tear gas at traders in Chibolya compound in Lusaka on Tuesday, injuring four people.",
     "Lusaka", "Chibolya"),
    ("Soldiers raided Mtandire compound in Lilongwe before dawn on Friday and arrested 30 men.",
     "Lilongwe", "Mtandire"),
    ("Youths burned a police post in Korail slum of Dhaka on Saturday.", "Dhaka", "Korail"),
    ("Gunmen shot dead a trader in Zokwana compound in Ndola on Monday.", "Ndola", "Zokwana"),
    ("Cadres armed with sticks beat two vendors in Musalanga compound in Kabwe on Wednesday.", "Kabwe", "Musalanga"),
    ("A fire set by arsonists gutted forty shacks in Gonapati slum of Chittagong overnight.",
     "Chattogram", "Gonapati"),
    ("Party youths clashed with police in Lungonde ward of Mzuzu on Friday, and a boy was hurt.",
     "Mzuzu", "Lungonde"),
])
def test_an_unknown_compound_of_a_town_is_a_named_part_of_it(gaz, text, town, raw):
    """The compound is absent from the tables (a Congolese town shares Kanyama's name; Chibolya has no entry at
    all): its town stands in, at the precision of a named part of a town (2), keeping the compound's name, not
    the town's centre (1) nor the town's district (3), as a name with no stated holder would."""
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


@pytest.mark.parametrize("text, town", [
    ("Gunmen stormed UN compound in Juba on Sunday, killing a guard.", "Juba"),
    ("Protesters stormed WFP compound in Bunia on Thursday and carried off sacks of maize.", "Bunia"),
    ("Armed men looted Prison compound in Bossangoa on Saturday.", "Bossangoa"),
    ("Gunmen stormed Jubilee Hotel compound in Goma on Sunday night.", "Goma"),
    ("Relatives of a dead patient attacked doctors at Covid ward in Kano on Sunday.", "Kano"),
    ("A crowd stoned nurses outside Cholera ward in Beira on Monday after a child died.", "Beira"),
])
def test_a_headlines_bare_site_is_no_named_part_of_the_town(gaz, text, town):
    """Guard: a headline drops the article, but an acronym or a word for what the site houses or treats still
    names a walled site or a hospital's ward, not a quarter: the event is at the town (1)."""
    place = event_place(gaz, text)
    assert place is not None and (place.name, place.precision, place.raw) == (town, 1, town)


@pytest.mark.parametrize("text, town, raw", [
    ("Soldiers beat hawkers in New Town ward of Kisumu on Tuesday.", "Kisumu", "New Town"),
    ("Police broke up a rally in Mission ward of Ndola on Thursday.", "Ndola", "Mission"),
    ("Youths burned stalls in Mbuyani Market ward of Blantyre on Saturday.", "Blantyre", "Mbuyani Market"),
    ("Bulldozers razed shacks in Lumumba Valley slum of Kisumu on Monday.", "Kisumu", "Lumumba Valley"),
    ("Police shot a youth in Ndugu Market slum in Mombasa overnight.", "Mombasa", "Ndugu Market"),
])
def test_a_part_named_with_a_quarters_own_words_is_still_a_part(gaz, text, town, raw):
    """A town, a market or a valley in a quarter's name says nothing of a site (many quarters are so named), and
    a slum is never a site: the event is in a named part of the town (2), keeping the part's name."""
    place = event_place(gaz, text)
    assert place is not None and (place.name, place.precision, place.raw) == (town, 2, raw)


@pytest.mark.parametrize("words, expected", [
    (["Green", "Village"], True),
    (["Jubilee", "Hotel"], True),
    (["WFP"], True),
    (["Maternity"], True),
    (["New", "Town"], False),
    (["Mbuyani", "Market"], False),
    (["Lumumba", "Valley"], False),
    (["Mission"], False),
])
def test_a_sites_name_is_told_by_a_sites_words_only(words, expected):
    """An acronym, what a site houses or treats, or a site's own kind word names a site; the words a quarter's
    name holds (town, market, valley) and "Mission", a common quarter's name, do not."""
    assert names_a_site(words) is expected


def test_a_headline_in_capitals_has_no_acronyms():
    """Guard: in a text written in capitals every word looks like an acronym, so none counts as one there."""
    assert names_a_site(["KANYAMA"]) and not names_a_site(["KANYAMA"], acronyms=False)


@pytest.mark.parametrize("sentence, name, town, expected", [
    ("clashes in Kanyama compound in Lusaka", "Kanyama", "Lusaka", True),
    ("raids in Mathare slums of Nairobi", "Mathare", "Nairobi", True),
    ("a shooting in Kibera ward in the Nairobi area", "Kibera", "Nairobi", True),
    ("raids in the Mathare slum of Nairobi", "Mathare", "Nairobi", True),
    ("an attack on the UN compound in Juba", "UN", "Juba", False),
    ("nurses at the Ebola ward in Monrovia", "Ebola", "Monrovia", False),
    ("clashes in Kanyama market in Lusaka", "Kanyama", "Lusaka", False),
    ("gunmen stormed UN compound in Juba", "UN", "Juba", False),
    ("a mob at Maternity ward in Sokoto", "Maternity", "Sokoto", False),
    ("a blast at Green Village compound in Kabul", "Green Village", "Kabul", False),
    # guard: an article a few words back opens another noun, not the name (the look-back is bounded)
    ("the police beat youths in Kanyama compound in Lusaka", "Kanyama", "Lusaka", True),
    # a quarter's own words make no site
    ("hawkers beaten in New Town ward of Kisumu", "New Town", "Kisumu", True),
    ("a rally broken up in Mission ward of Ndola", "Mission", "Ndola", True),
    # a slum is never a site, whatever its name holds
    ("evictions in Lumumba Valley slum of Kisumu", "Lumumba Valley", "Kisumu", True),
    ("raids in Ngong Camp slum of Nairobi", "Ngong Camp", "Nairobi", True),
    # a headline in capitals: its words are no acronyms
    ("YOUTHS CLASH IN MTENDERE WARD OF LUSAKA", "MTENDERE", "LUSAKA", True),
    ("RIOT IN CHAZANGA COMPOUND IN LUSAKA", "CHAZANGA", "LUSAKA", True),
])
def test_the_settlement_part_gap_names_a_part_only_for_its_words(sentence, name, town, expected):
    """Only a compound, a slum or a ward between the name and its town makes the name a part of the town; a
    compound or a ward after an article, or one whose name is a site's (an acronym, what it houses or treats, a
    kind word of its own), is a site."""
    start = sentence.index(name)
    gap = sentence[start + len(name) : sentence.index(town)]
    assert settlement_part_gap(sentence, start, gap, name) is expected


# -- "TOWN's X compound": a part of the town ---------------------------------------------------------------------

@pytest.mark.parametrize("text, town", [
    ("Rival cadres fought with machetes in Lusaka's Kanyama compound on Saturday, and one man died.", "Lusaka"),
    ("Riot police fired tear gas at vendors in Harare's Mbare township on Wednesday.", "Harare"),
    # townships the tables lack: only the word "township" makes them parts
    ("Soldiers beat traders in Mutare's Sakubva township on Thursday after a protest over fuel prices.", "Mutare"),
    ("Youths stoned a police van in Gweru's Mkoba township on Saturday night.", "Gweru"),
    ("Police beat traders in Kabwe's Musalanga compound on Sunday.", "Kabwe"),
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


@pytest.mark.parametrize("text, town", [
    ("Rockets hit Juba's UN compound on Friday", "Juba"),
    ("Mortar rounds struck Mogadishu's AMISOM compound on Wednesday, wounding two.", "Mogadishu"),
    ("A truck bomb hit Kabul's Green Village compound on Monday night", "Kabul"),
    ("A suicide bomber attacked Herat's Palace Hotel compound on Saturday.", "Herāt"),
])
def test_a_towns_possessive_before_a_sites_compound_stays_the_town(gaz, text, town):
    """Guard: a compound named by an organisation's acronym or by a kind word of its own is a walled site, as
    "the UN compound in Juba" is: an attack on it is at the town (1), not in a named part of it."""
    place = event_place(gaz, text)
    assert place is not None and (place.name, place.precision) == (town, 1)


# -- "CITY's X", X a section of the city --------------------------------------------------------------------------

@pytest.mark.parametrize("text, city", [
    ("Gang members torched two minibuses in Karachi's Lyari on Tuesday after a quarrel over fares.", "Karachi"),
    ("Shells wrecked a bakery in Homs' Bab Amr on Thursday, a monitoring group said.", "Homs"),
    ("Mortar fire hit a school in Damascus' Jobar overnight, state media reported.", "Damascus"),
    ("A grenade thrown from a motorbike exploded in Kampala's Kisenyi on Monday, wounding five.", "Kampala"),
    ("Gunmen shot two traders in Kingston's Denham Town on Friday, the constabulary said.", "Kingston"),
])
def test_a_section_after_its_citys_possessive_is_a_named_part_of_the_city(gaz, text, city):
    """The section's reading lies within the city: the event is in a named part of the city (2), not at the
    city's centre (1)."""
    place = event_place(gaz, text)
    assert place is not None and (place.name, place.precision) == (city, 2)


@pytest.mark.parametrize("text, city", [
    ("Jets struck Baghdad's Karrada countryside overnight.", "Baghdad"),
    ("Shelling struck Karachi's Lyari countryside overnight.", "Karachi"),
])
def test_a_section_written_with_a_word_of_its_own_is_no_section_after_the_possessive(gaz, text, city):
    """Guard: a section with a division or countryside word of its own is read by that word, as after a comma
    ("Kisenyi countryside, Kampala"); the city keeps its own precision (1)."""
    place = toponym(gaz, text, city).place
    assert place is not None and place.precision == 1


def test_a_city_of_its_own_after_a_capitals_possessive_keeps_its_reading(gaz):
    """Guard: Khimki is a city of its own beside Moscow, not one of its sections."""
    text = "Police fired tear gas at protesters in Moscow's Khimki on Monday."
    khimki = toponym(gaz, text, "Khimki")
    assert khimki.place is not None and khimki.place.precision == 1
