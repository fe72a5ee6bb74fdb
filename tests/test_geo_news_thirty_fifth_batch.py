"""Rules found by the news probe's thirty-fifth batch (web news of the GeoWebNews kind from the countries the probe
held least: Brazil's and Mexico's states, Argentina's provinces, France's departments, Germany's Länder, Poland's
voivodeships, the Greek islands, Turkey's and Iran's provinces, Thailand's north-east, Nigeria, Ghana, Kenya's
counties, South Africa, Egypt's governorates, India's north-east and south, Venezuela, Ukraine's river ports and
the Czech regions).

Rivers, dams and lakes named together before one plural noun in lower case ("the Pra and Ankobra rivers", "the
Masinga and Kiambere dams") are each a place, unresolved where the gazetteer lacks them, and a name read only as
a near spelling of some town gives way to the listed feature (geo/listed_features.py).

A feature's name never opens with the sentence's article ("The Uco Valley"), even where the article and the
first word were read together as a near spelling of a town; and the land or water a river names is named whole
("the Ohio River Valley", "the Sundays River Valley"), never a district called "River Valley" abroad.

A small town's airstrip is the town's own ("flown to Lodwar airstrip"): the town is the place, as with "the X
crossing" (facilities.yaml, town_heads).

A city of millions owns its name against a town of its country that bore the name only as a variant, whatever
places the story names around the town ("sent to Durban" beside Cape Town is not Durbanville, once D'Urban)
(geo/namesake_owners.py).

A list of names opening its sentence is one subject: where the verb after it makes the last an actor
("Madurai and Tirunelveli reported scrub typhus"), the earlier bare names are actors too (geo/name_lists.py),
unless an aside after the list names what its members are ("X and Y, the county's other towns, will share").
"send" and "deploy" join their other forms among the verbs of a government's act ("Quito would send troops").

Gazetteer data: the Czech regions by their English names ("the Moravian-Silesian Region"), the Cyclades, the
Dodecanese and the Sporades, Isan (Isaan), Lusatia, the Isthmus of Tehuantepec, the Kaçkar and Pontic Mountains
and the Zayandeh Rud.

Every sentence here is invented for the test.
"""
from __future__ import annotations

import pytest

from conftest import located, locational_names, named


def _parse(gaz, text: str):
    from eventwatch.geo import geoparse

    return geoparse(gaz, text)


def test_rivers_named_together_before_one_plural_noun_are_each_a_place(gaz):
    text = "Fishing was banned on the Sokwe and Nandiri rivers near Kisumu after the spill."
    names = locational_names(gaz, text)
    assert "Sokwe" in names and "Nandiri" in names and "Kisumu" in names


def test_dams_named_together_are_each_a_place_in_the_storys_country(gaz):
    text = "Water released from the Lowanga and Kiambere dams upstream of Garissa swelled the flood."
    places = dict(located(gaz, text))
    assert places.get("Lowanga") == "KE" and places.get("Kiambere") == "KE"


def test_a_listed_rivers_near_spelling_of_a_town_gives_way_to_the_river(gaz):
    # "Pra" is read alone as a near spelling of a Thai town; before "rivers" it is Ghana's river.
    toponyms = _parse(gaz, "Treatment plants on the Pra and Ankobra rivers near Tarkwa have cut output by half.")
    pra = named(toponyms, "Pra")
    assert pra.locational and (pra.place is None or pra.place.country_code != "TH")
    assert ("Pra", "GH") in [(t.text, t.place.country_code if t.place else t.fallback and t.fallback.country_code)
                             for t in toponyms if t.locational]


def test_held_rivers_named_together_keep_their_readings(gaz):
    toponyms = _parse(gaz, "The Tigris and Euphrates rivers are lower this year than at any time in a century.")
    assert named(toponyms, "Tigris").place.feature_code == "STM"
    assert named(toponyms, "Euphrates").place.feature_code == "STM"


@pytest.mark.parametrize("text, word", [
    ("Hotels across the Balearic and Aeolian islands were full in August.", "Balearic"),
    ("Storms cut ferries between the North and South islands on Tuesday.", "South"),
])
def test_adjectives_and_compass_words_before_a_plural_kind_noun_are_no_features(gaz, text, word):
    assert word not in locational_names(gaz, text)


def test_a_feature_name_does_not_open_with_the_sentences_article(gaz):
    names = locational_names(gaz, "The Uco Valley lies south-west of Mendoza, below the high peaks.")
    assert "Uco Valley" in names and "The Uco Valley" not in names


@pytest.mark.parametrize("text, name", [
    ("Storms moved across the Ohio River Valley overnight, knocking out power.", "Ohio River Valley"),
    ("Citrus growers in the Sundays River Valley say cold storage is short.", "Sundays River Valley"),
])
def test_the_land_a_river_names_is_named_whole(gaz, text, name):
    toponyms = _parse(gaz, text)
    assert name in [t.text for t in toponyms if t.locational]
    assert all(t.place is None or t.place.country_code != "SG" for t in toponyms)


def test_a_towns_airstrip_is_the_town(gaz):
    assert ("Lodwar", "KE") in located(gaz, "Relief flights landed at Lodwar airstrip on Friday with maize.")


def test_a_city_of_millions_owns_its_name_against_a_suburbs_old_name(gaz):
    text = "Delays at the Cape Town terminal sent some trucks 1,600 km to Durban, growers in the Western Cape said."
    durban = named(_parse(gaz, text), "Durban")
    assert durban.place.admin1 == "KwaZulu-Natal"


def test_a_list_opening_its_sentence_shares_the_verb_that_makes_its_last_name_an_actor(gaz):
    names = locational_names(gaz, "Madurai and Tirunelveli, further south, reported scrub typhus on Monday.")
    assert "Madurai" not in names and "Tirunelveli" not in names


def test_a_list_after_a_place_cue_keeps_its_first_name_a_place(gaz):
    assert "Pune" in locational_names(gaz, "Flights from Pune and Nashik reported long delays on Monday.")


def test_a_list_in_a_later_sentence_is_no_subject_of_this_one(gaz):
    assert "Pune" in locational_names(gaz, "Cases rose in Pune. Nashik reported four more on Tuesday.")


def test_a_capital_that_would_send_troops_is_its_government(gaz):
    assert "Quito" not in locational_names(gaz, "Quito would send troops to the northern border, the minister said.")


@pytest.mark.parametrize("text, name, country", [
    ("Ferries to the Cyclades were cancelled for a second day.", "Cyclades", "GR"),
    ("Ferries to the Dodecanese were cancelled for a second day.", "Dodecanese", "GR"),
    ("Floods hit the Moravian-Silesian Region on Sunday.", "Moravian-Silesian Region", "CZ"),
    ("Rice farmers across Isaan are short of water.", "Isaan", "TH"),
    ("Walkers crossed the Kaçkar Mountains above Rize.", "Kaçkar Mountains", "TR"),
    ("Farmers gathered on the dry bed of the Zayandeh Rud on Friday.", "Zayandeh Rud", "IR"),
    ("Migrants walked on through the Isthmus of Tehuantepec.", "Isthmus of Tehuantepec", "MX"),
])
def test_regions_islands_ranges_and_rivers_news_names_bare(gaz, text, name, country):
    assert (name, country) in located(gaz, text)


def test_lusatia_is_the_region_across_two_countries(gaz):
    lusatia = named(_parse(gaz, "Lignite pits once employed 80,000 people in Lusatia, near Cottbus."), "Lusatia")
    assert lusatia.locational and lusatia.place is not None and lusatia.place.feature_code == "RGN"


# -- Review of the batch: where each rule must not fire ------------------------------------------------------


def test_an_airstrip_named_for_a_far_namesake_stays_a_site_of_its_own(gaz):
    # "Richmond" is held as towns far from Afghanistan: the airstrip is no such town, and stays an unresolved
    # site beside the firm places of the story.
    places = located(gaz, "Soldiers guarded the Richmond airstrip outside Kandahar on Sunday.")
    assert all(country != "US" for _, country in places)
    assert any(name.startswith("Richmond") and country == "AF" for name, country in places)


def test_an_airstrip_named_for_no_town_of_the_story_is_not_lost(gaz):
    places = located(gaz, "A cargo plane skidded off Wilson airstrip in Nairobi on Tuesday.")
    assert any(name.startswith("Wilson") and country == "KE" for name, country in places)


def test_a_towns_airstrip_in_its_own_country_is_still_the_town(gaz):
    assert ("Wajir", "KE") in located(gaz, "Medical supplies were flown to Wajir airstrip on Monday.")


@pytest.mark.parametrize("text, name", [
    ("Passengers flew into A Coruña Airport late on Friday.", "A Coruña Airport"),
    ("Charter flights left The Pas Airport for Winnipeg at dawn.", "The Pas Airport"),
    ("The Dalles Dam released more water on Monday.", "The Dalles Dam"),
])
def test_an_article_that_belongs_to_a_held_name_stays_in_the_feature(gaz, text, name):
    assert name in locational_names(gaz, text)


def test_a_held_name_with_its_article_keeps_its_resolution(gaz):
    pas = named(_parse(gaz, "Charter flights left The Pas Airport for Winnipeg at dawn."), "The Pas Airport")
    assert pas.place is not None and pas.place.country_code == "CA"


def test_a_listed_rivers_town_reading_gives_way_and_lends_no_country_to_its_sibling(gaz):
    places = dict(located(gaz, "Goats grazed beside the Tana and Athi rivers below Garissa."))
    assert places.get("Athi") == "KE"
    assert places.get("Tana") != "MG"


@pytest.mark.xfail(reason="a listed member held as a town by its own main name keeps that reading (a river town "
                          "named for its river, as the probe's Tobol and Yala stories expect); telling a "
                          "neighbourhood from such a town needs the river itself in the gazetteer", strict=True)
def test_a_listed_river_held_as_a_neighbourhood_is_not_the_neighbourhood(gaz):
    anacostia = named(_parse(gaz, "Kayakers paddled the Potomac and Anacostia rivers at dawn."), "Anacostia")
    assert anacostia.locational
    assert anacostia.place is None or anacostia.place.feature_code == "STM"


@pytest.mark.parametrize("text, words", [
    ("Engineers dredged the Old and New canals outside Multan.", ("Old", "New")),
    ("Anglers waded the Big and Little rivers near Elkins.", ("Big", "Little")),
    ("Barges moved along the Blue and White Nile rivers near Khartoum.", ("Blue",)),
    ("Water in the Greater and Lesser Zab rivers fell this summer.", ("Greater",)),
])
def test_size_age_and_colour_words_before_a_plural_kind_noun_are_no_features(gaz, text, words):
    names = locational_names(gaz, text)
    assert not any(w in names for w in words)


@pytest.mark.xfail(reason="an unheld listed name ending in -ic, -ian, -ese or -ish is read as an adjective (the "
                          "Balearic and Aeolian islands): the demonym lexicon lacks the adjectives of seas and "
                          "regions, and no lexicon tells a river named like one from one", strict=True)
def test_a_listed_name_ending_like_an_adjective_is_still_a_feature(gaz):
    names = locational_names(gaz, "Ferries between the Mystic and Charles rivers were halted.")
    assert "Mystic" in names and "Charles" in names


def test_a_list_reporting_weather_is_no_actor(gaz):
    names = locational_names(gaz, "Chennai and Madurai reported heavy rain on Sunday.")
    assert "Chennai" in names


def test_a_list_with_a_locative_aside_is_no_actor(gaz):
    names = locational_names(gaz, "Bhopal and Indore, in the west of the state, reported new cases on Monday.")
    assert "Bhopal" in names


@pytest.mark.parametrize("text, name", [
    ("Villages like Garissa send their patients to Nairobi.", "Garissa"),
    ("The Paris send-off drew large crowds of fans.", "Paris"),
])
def test_the_base_form_send_needs_a_modal_or_to(gaz, text, name):
    assert name in locational_names(gaz, text)


def test_a_town_written_by_the_first_words_of_its_own_name_keeps_the_storys_state(gaz):
    text = "Mud closed the road between Petrolina and Belém on Monday, Pernambuco officials said."
    belem = named(_parse(gaz, text), "Belém")
    assert belem.place is not None and belem.place.admin1 == "Pernambuco"


def test_a_metropolis_keeps_its_name_against_a_town_it_begins_where_the_towns_state_is_unnamed(gaz):
    # "Manhattan" begins "Manhattan Beach", near San Diego; with California unnamed the bare name is the borough.
    text = "Buses left Manhattan for San Diego before the match."
    manhattan = named(_parse(gaz, text), "Manhattan")
    assert manhattan.place is not None and manhattan.place.admin1 == "New York"


# -- Second review of the mend: the recall side of each narrowed rule ----------------------------------------


@pytest.mark.parametrize("text, names", [
    ("Levees were raised where the Red and Assiniboine rivers join.", ("Red", "Assiniboine")),
    ("Barges carried coal along the Yellow and Yangtze rivers last spring.", ("Yellow", "Yangtze")),
    ("Guides took rafts down the Green and Yampa rivers in June.", ("Green", "Yampa")),
    ("Outfitters on the New and Gauley rivers reopened after the storm.", ("New", "Gauley")),
    ("Crews piled sandbags along the American and Feather rivers.", ("Feather",)),
])
def test_a_river_named_by_a_colour_size_or_peoples_word_is_kept_beside_a_proper_name(gaz, text, names):
    # A describing word is dropped only when every member of the list is one, or when it stands before a later
    # member that carries the shared last word ("the Blue and White Nile"); beside a proper name it is a name.
    found = locational_names(gaz, text)
    assert all(n in found for n in names), found


@pytest.mark.parametrize("text, word", [
    ("Herders watered cattle at the Upper and Lower lakes near Kisumu.", "Upper"),
    ("Boats left the Black and White Volta rivers for the coast.", "Black"),
])
def test_describing_words_alone_or_before_a_shared_last_word_are_still_no_features(gaz, text, word):
    assert word not in locational_names(gaz, text)


def test_a_listed_lake_finds_its_reading_by_the_lake_x_form(gaz):
    # English names lakes "Lake X": the lake is looked up as such, not as a state of the same name abroad.
    victoria = named(_parse(gaz, "Catches shrank on the Victoria and Kyoga lakes near Jinja."), "Victoria")
    assert victoria.locational and victoria.place is not None and victoria.place.feature_code == "LK"


@pytest.mark.xfail(reason="a listed member held as a town by its own main name keeps that reading, and its country "
                          "is the stand-in of unheld siblings; believing it only beside nearby places (a weak "
                          "reading) loses the river towns of the probe's Kenyan stories, whose neighbours lie "
                          "too far for a weak reading, and the 'Kenya and Tanzania lakes' their countries",
                   strict=True)
def test_a_listed_lakes_town_namesake_lends_no_country_to_its_sibling(gaz):
    places = dict(located(gaz, "Catches shrank on the Edward and George lakes this year."))
    assert places.get("Edward") != "ZA" and places.get("George") != "ZA"


@pytest.mark.parametrize("text, name", [
    ("Hamlets such as Garissa still send their pupils to Nairobi.", "Garissa"),
    ("Villages like Garissa usually send patients to Mombasa.", "Garissa"),
    ("Towns such as Garissa also send their sick to Nairobi.", "Garissa"),
])
def test_the_base_form_send_after_an_adverb_is_no_government_act(gaz, text, name):
    assert name in locational_names(gaz, text)


def test_the_base_form_send_after_a_modal_after_an_adverb_is_still_a_government_act(gaz):
    assert "Quito" not in locational_names(gaz, "Quito also would send troops to the border, the minister said.")


@pytest.mark.parametrize("text", [
    "Relief flights touched down at the Lodwar airstrip.",
    pytest.param("The Lodwar airstrip was resurfaced last month.", marks=pytest.mark.xfail(
        reason="a site with no place cue of its own is made only when listed with a cued place, and a lone town "
               "with no cue is dropped as unsupported: an older recall gap, the same before the batch",
        strict=True)),
])
def test_a_towns_airstrip_alone_in_its_story_is_not_lost(gaz, text):
    assert any(name.startswith("Lodwar") for name in locational_names(gaz, text))


def test_two_rivers_named_only_by_colours_are_still_rivers(gaz):
    # capitalised colours listed before the plural noun are names (geo/listed_features.py, round 27)
    names = locational_names(gaz, "Floodwater poured down the Red and Black rivers toward Hanoi.")
    assert "Red" in names and "Black" in names


@pytest.mark.parametrize("text, actor", [
    ("Pune and Nagpur reported record water use during the heatwave.", True),
    ("Pune and Nagpur recorded power cuts after the storm.", False),
    ("Pune and Nagpur reported heavy rain on Sunday.", False),
])
def test_only_the_reported_object_says_whether_weather_befell_a_list(gaz, text, actor):
    # The weather must be what is reported, not a phrase after a preposition that dates the report.
    assert ("Pune" not in locational_names(gaz, text)) is actor
