"""Rules found by the news probe's twenty-ninth batch (web news of the GeoWebNews kind from the countries the
probe held least: Scandinavia, the Low Countries, Switzerland, Egypt and Ethiopia, Cameroon, Tunisia, Singapore,
Costa Rica, Puerto Rico, Argentina, Georgia, Trinidad and Saudi Arabia, and US web copy with regions and
abbreviations).

Spanish names joined by a plural article ("San Antonio de los Cobres", "Santiago de los Caballeros") are one
name, as those joined by "de la" are: "los" and "las" join a name's words as "la" does.

A Spanish mountain word held alone as a place far away ("Cerro", "Cordillera", "Sierra") opens the longer name
of a feature before a capitalised word or "de"/"del" and one ("Cerro de la Muerte", "the Cordillera Central",
"the Sierra Nevada"): the whole is one name, not the far place and a second name beside it. "Sierra" is a given
name too, so it opens a feature only after "the". It opens none before a weekday or a month ("in the Sierra
Tuesday"), a firm's or a division's word right after it ("the Sierra Club", "the Cordillera Administrative
Region"; one further on may end the feature's own longer name, "Cerro Chirripo National Park") or a country's
name; and where the name after it is held as the mountain itself in a Spanish-speaking country ("Cerro
Aconcagua"), that reading is the feature's own.

A country's verb of reporting is its government's with an aside before it as without one ("Norland, to the
south, also reported floods", "Norland, to the north, has recorded 40 cases"), though not a town's, nor the
weather or a quake a country records; a preposition before a list
written with commas governs its last name too where a plural noun opening its clause stands before it ("voters
in A, B and C backed the cap": the voters backed it, and C is ground), but not after a phrase that a comma closes
("After talks in A, B and C agreed", wherever the phrase stands), after an adverb ending in "s" ("Afterwards in
A, B and C signed"), across a date, or across a town's comma before the country that holds it (a town of another
country before one is the list's first name); and in an absolute clause after "with" a country or a capital that
sends, pushes or demands, calls for or on, or offers to act or offers talks or aid is the government ("talks
resumed, with Norland and Estovia sending their ministers"), while one that offers goods stays the ground and a
ship calling at a port is no government.

English names in wide use for first-level divisions the tables hold in another form (Cameroon's Adamawa, written
"Adamaoua" there; Ethiopia's Benishangul-Gumuz; the Swiss canton held as "Grisons", written "Graubünden") are
aliases of those divisions. The bare "Adamawa" is Nigeria's state's own name too, so Cameroon's holds it as a
variant: Nigeria's where the text names no country or names Cameroon alone (where people flee to), Cameroon's
among Cameroonian places.

Every sentence here is invented for the test.
"""
from __future__ import annotations

import pytest

from conftest import found_names, located, locational_names, toponym


def test_a_spanish_name_joined_by_a_plural_article_is_one_name(gaz):
    text = "SALTA, Argentina — Lorries now queue on the mountain road to San Antonio de los Cobres every morning."
    assert "San Antonio de los Cobres" in found_names(gaz, text)
    assert toponym(gaz, text, "San Antonio de los Cobres").place.admin1 == "Salta"


def test_a_city_named_with_los_is_not_split_into_a_saint_and_a_second_name(gaz):
    text = "The merengue festival in Santiago de los Caballeros drew crowds from across the Dominican Republic."
    names = found_names(gaz, text)
    assert "Santiago de los Caballeros" in names and "Caballeros" not in names
    assert toponym(gaz, text, "Santiago de los Caballeros").place.country_code == "DO"


def test_a_spanish_mountain_word_opens_the_feature_name_after_it(gaz):
    text = "Landslides cut the highway near Cerro de la Quebrantal on Thursday, officials in Cartago, Costa Rica, said."
    names = found_names(gaz, text)
    assert "Cerro de la Quebrantal" in names and "Cerro" not in names


def test_a_range_named_by_its_mountain_word_is_not_a_far_region(gaz):
    text = "A new power line will cross the Cordillera Central above Utuado, in Puerto Rico, next year."
    place = toponym(gaz, text, "Cordillera Central")
    assert place.place is None or place.place.country_code == "PR"
    assert ("Cordillera", "PH") not in located(gaz, text)


def test_a_feature_opened_by_a_mountain_word_takes_no_reading_of_the_word_alone(gaz):
    text = "Landslides cut the highway near Cerro de la Quebrantal on Thursday, officials in Cartago, Costa Rica, said."
    place = toponym(gaz, text, "Cerro de la Quebrantal").place
    assert place is None or place.country_code == "CR"


def test_a_mountain_held_by_its_own_name_keeps_its_reading_after_the_mountain_word(gaz):
    text = "Two climbers reached the summit of Cerro Aconcagua near Mendoza on Saturday."
    from eventwatch.geo import geoparse

    place = next(t.place for t in geoparse(gaz, text) if "Aconcagua" in t.text)
    assert place is not None and place.country_code == "AR" and place.feature_code == "MT"


@pytest.mark.parametrize("text, word", [
    ("Heavy snow closed the passes in the Sierra Tuesday, officials in Reno said.", "Sierra Tuesday"),
    ("Snow piled up across the Sierra February through April, officials in Fresno said.", "Sierra February"),
    ("The Sierra Club sued the forest service in Denver on Monday.", "Sierra Club"),
    ("The Volcan Mining group in Lima posted a loss.", "Volcan Mining"),
])
def test_a_mountain_word_joins_no_date_or_company_word(gaz, text, word):
    assert word not in locational_names(gaz, text)


@pytest.mark.parametrize("text, country", [
    ("Officials in the Cordillera Administrative Region ordered evacuations in Baguio.", "PH"),
    ("Power failed overnight in Havana's Cerro District.", "CU"),
])
def test_a_division_named_with_a_mountain_word_keeps_its_division_reading(gaz, text, country):
    from eventwatch.geo import geoparse

    place = next(t.place for t in geoparse(gaz, text) if t.text.startswith(("Cordillera", "Cerro")))
    assert place is not None and place.country_code == country


def test_a_country_after_the_mountain_word_keeps_its_own_reading(gaz):
    text = "Smugglers used the Sierra Mexico crossing after dark, officials in Tucson said."
    assert ("Mexico", "MX") in located(gaz, text)


def test_the_sierra_and_the_state_after_it_are_one_range(gaz):
    text = "Up to eight feet of snow could fall in the Sierra Nevada by Friday, forecasters in Sacramento said."
    names = found_names(gaz, text)
    assert "Sierra Nevada" in names and "Sierra" not in names and "Nevada" not in names


def test_a_park_named_for_the_feature_keeps_the_feature(gaz):
    text = "Rangers closed Cerro Chirripo National Park after the fire."
    names = found_names(gaz, text)
    assert any(n.startswith("Cerro Chirripo") for n in names) and "Cerro" not in names


def test_a_spanish_mountain_word_takes_no_peak_held_outside_spanish_speaking_lands(gaz):
    from eventwatch.geo.romance_features import SPANISH_RELIEF_COUNTRIES

    place = toponym(gaz, "Climbers died on Cerro Everest in the storm.", "Cerro Everest").place
    assert place is None or place.country_code in SPANISH_RELIEF_COUNTRIES


@pytest.mark.xfail(reason="a club named with a mountain word and an unheld word ('Cerro' + a demonym) is read as an "
                   "unresolved feature: requiring a held reading for the whole name would also drop real features "
                   "the gazetteer lacks, and no rule yet reads a feature name as a side from the match words "
                   "around it", strict=True)
def test_a_club_named_with_a_mountain_word_is_no_feature(gaz):
    text = "Cerro Porteño beat Libertad 2-1 in Asunción on Sunday."
    assert not any(n.startswith("Cerro") for n in locational_names(gaz, text))


def test_a_person_called_sierra_opens_no_feature(gaz):
    text = "Sierra Whitcombe, 17, of Dover, Delaware, was named team captain on Monday."
    assert not any(n.startswith("Sierra") for n in locational_names(gaz, text))


def test_a_held_feature_name_opening_with_sierra_keeps_its_entry(gaz):
    text = "Hikers were lost for two days in the Sierra Madre Oriental near Monterrey."
    assert toponym(gaz, text, "Sierra Madre Oriental").place.country_code == "MX"


def test_a_country_reporting_after_an_aside_is_its_government(gaz):
    text = "Heavy rain flooded villages in Chiriquí province. Panama, to the south, also reported flooding."
    assert "Panama" not in locational_names(gaz, text)
    assert "Chiriquí" in locational_names(gaz, text)


def test_a_country_reporting_after_a_relative_clause_is_its_government(gaz):
    text = "Kenya, which borders the outbreak zone, has reported 60 cases of cholera this month."
    assert "Kenya" not in locational_names(gaz, text)


@pytest.mark.parametrize("verb", ["recorded", "registered", "confirmed"])
def test_a_country_counting_cases_after_an_aside_is_its_government(gaz, verb):
    text = f"Uganda, to the west, has {verb} 40 cases of measles this year."
    assert "Uganda" not in locational_names(gaz, text)


@pytest.mark.parametrize("text, place", [
    ("Death Valley, in eastern California, has recorded the hottest day of the year.", "Death Valley"),
    ("Bukavu, on the lake shore, has recorded 30 cases of cholera.", "Bukavu"),
])
def test_a_place_below_a_state_counting_after_an_aside_stays_the_ground(gaz, text, place):
    assert place in locational_names(gaz, text)


@pytest.mark.parametrize("text", [
    "Peru, to the north, has registered a magnitude 6.2 earthquake.",
    "Oman, on the coast, has recorded 49 degrees this week.",
])
def test_a_country_recording_the_weather_or_a_quake_after_an_aside_stays_the_ground(gaz, text):
    assert text.split(",")[0] in locational_names(gaz, text)


def test_a_place_that_saw_something_after_an_aside_stays_the_ground(gaz):
    text = "Kenya, to the north, has seen heavy rain this month."
    assert "Kenya" in locational_names(gaz, text)


def test_the_last_name_of_a_governed_list_is_not_the_verbs_subject(gaz):
    text = "Voters in Zurich, Basel and Geneva backed the cap, but majorities in Valais and Ticino voted it down."
    assert {"Zurich", "Basel", "Geneva", "Valais", "Ticino"} <= set(locational_names(gaz, text))


def test_a_comma_only_before_and_joins_two_clauses_not_a_list(gaz):
    text = "Crowds filled the hilltop town of Oia, and Athens has capped arrivals at 8,000 people a day."
    assert "Athens" not in locational_names(gaz, text)


def test_a_list_without_a_preposition_still_acts(gaz):
    text = "Officials said Norway, Sweden and Denmark backed the plan on Monday."
    assert not set(locational_names(gaz, text)) & {"Norway", "Sweden", "Denmark"}


def test_a_list_after_a_verb_is_governed_by_no_preposition(gaz):
    text = "Reporters said Oslo, Bergen and Trondheim had capped rents."
    assert "Trondheim" not in locational_names(gaz, text)


def test_a_governed_list_after_a_dateline_still_holds_its_last_name(gaz):
    text = "BERN — Voters in Lucerne, Uri and Basel rejected the levy on Sunday."
    assert {"Uri", "Basel"} <= set(locational_names(gaz, text))


# The list's preposition governs its last name only where the list follows a plural noun that opens its clause
# ("voters in A, B and C"): a phrase that merely ends at a comma ("after talks in A, B and C agreed") leaves the
# names after the comma the subjects, whatever stands before the phrase.
@pytest.mark.parametrize("text, subjects", [
    ("GENEVA — After talks in Vienna, Armenia and Azerbaijan agreed to reopen the road.", {"Armenia", "Azerbaijan"}),
    ("Officials said that after a week of talks in Doha, Sudan and Chad agreed to a truce.", {"Sudan", "Chad"}),
    ("He said that during a summit in Lisbon, Spain, Italy and Greece agreed to share the bill.",
     {"Spain", "Italy", "Greece"}),
    ("Days after the floods in Accra, Togo, Benin and Niger pledged relief.", {"Togo", "Benin", "Niger"}),
    ("Hours after the vote in Madrid, Poland, Austria and Hungary issued a joint statement.",
     {"Poland", "Austria", "Hungary"}),
    ("According to envoys in Nairobi, Uganda and Tanzania have agreed to a deal.", {"Uganda", "Tanzania"}),
    ("Along with Peru, Chile and Bolivia have signed the lithium pact.", {"Chile", "Bolivia"}),
    ("Together with Norway, Iceland and Denmark have backed the quota.", {"Iceland", "Denmark"}),
    ("Ministers meeting in Madrid on Tuesday, Greece, Cyprus and Malta backed the plan.",
     {"Greece", "Cyprus", "Malta"}),
    ("Ministers meeting in Madrid in March, Greece, Cyprus and Malta backed the plan.",
     {"Greece", "Cyprus", "Malta"}),
])
def test_a_phrase_closed_by_a_comma_governs_no_list_after_it(gaz, text, subjects):
    assert not set(locational_names(gaz, text)) & subjects


def test_a_date_after_the_preposition_is_no_name_of_the_list(gaz):
    text = "Protests in March, Chile, Peru and Bolivia recalled their ambassadors."
    assert "Bolivia" not in locational_names(gaz, text)


def test_a_city_and_its_country_are_not_two_items_of_a_list(gaz):
    text = "Students in Lima, Peru, and Ecuador recalled its ambassador on Friday."
    assert "Ecuador" not in locational_names(gaz, text)


@pytest.mark.parametrize("text, places", [
    ("Voters in Oslo, Finland and Estonia rejected the new levy on Sunday.", {"Finland", "Estonia"}),
    ("Rallies in Madrid, Greece and Portugal protested the cuts.", {"Greece", "Portugal"}),
])
def test_a_foreign_city_before_countries_keeps_its_list_comma(gaz, text, places):
    assert places <= set(locational_names(gaz, text))


@pytest.mark.parametrize("text, subjects", [
    ("Afterwards in Vienna, Rome and Madrid signed the accord.", {"Rome", "Madrid"}),
    ("Thus in Vienna, Rome and Madrid agreed to the plan.", {"Rome", "Madrid"}),
    ("Cairo walked out, whereas in Vienna, Rome and Madrid agreed to the plan.", {"Rome", "Madrid"}),
])
def test_an_adverb_ending_in_s_is_no_plural_noun_opening_the_list(gaz, text, subjects):
    assert not set(locational_names(gaz, text)) & subjects


def test_capitals_sending_ministers_in_a_with_clause_are_governments(gaz):
    text = "Talks on the river resumed in Geneva on Monday, with Cairo and Addis Ababa sending their water ministers."
    names = locational_names(gaz, text)
    assert "Cairo" not in names and "Addis Ababa" not in names and "Geneva" in names


def test_a_country_after_with_that_undergoes_something_stays_the_ground(gaz):
    text = "Food prices rose across the region last month, with Latvia facing the worst floods in decades."
    assert "Latvia" in locational_names(gaz, text)


def test_a_place_after_with_that_offers_something_is_not_read_as_acting_here(gaz):
    from eventwatch.geo.with_participles import acts_with_participle

    text = "Hotels filled up fast, with Vienna and Prague offering cheap rooms to fans."
    start = text.index("Prague")
    assert not acts_with_participle(text, start, start + len("Prague"))
    assert {"Vienna", "Prague"} <= set(locational_names(gaz, text))


def test_a_port_after_with_that_ships_call_at_is_not_read_as_acting_here(gaz):
    from eventwatch.geo.with_participles import acts_with_participle

    text = "Cruise traffic rose last year, with Aurora and Oriana calling at Lisbon and Porto."
    start = text.index("Oriana")
    assert not acts_with_participle(text, start, start + len("Oriana"))


@pytest.mark.parametrize("text, doers", [
    ("The talks stalled again, with Norway and Sweden calling for a ceasefire.", {"Norway", "Sweden"}),
    ("Shelling went on, with Kenya and Uganda calling on both sides to stop.", {"Kenya", "Uganda"}),
    ("Shelling went on, with Ghana and Senegal offering to mediate.", {"Ghana", "Senegal"}),
    ("Shelling went on, with Chile and Peru offering talks in their capitals.", {"Chile", "Peru"}),
])
def test_countries_calling_for_or_offering_to_in_a_with_clause_are_governments(gaz, text, doers):
    assert not set(locational_names(gaz, text)) & doers


def test_a_place_after_with_that_offers_goods_stays_the_ground(gaz):
    from eventwatch.geo.with_participles import acts_with_participle

    text = "Fares fell in spring, with Norway and Sweden offering discounts on ferries."
    start = text.index("Sweden")
    assert not acts_with_participle(text, start, start + len("Sweden"))


def test_cameroons_adamawa_region_is_read_in_a_cameroonian_story(gaz):
    text = ("Cameroon's health ministry confirmed cholera cases in Maroua and Garoua, and warned that the disease "
            "could reach the Adamawa region and Ngaoundéré within weeks.")
    assert toponym(gaz, text, "Adamawa").place.country_code == "CM"


def test_adamawa_with_no_country_named_is_nigerias_state(gaz):
    text = "Gunmen killed four herders in Adamawa on Friday, police said."
    assert toponym(gaz, text, "Adamawa").place.country_code == "NG"


@pytest.mark.parametrize("text", [
    "Hundreds of families fled from Adamawa into Cameroon after the raids.",
    "Floods in Adamawa displaced 9,000 people, and some crossed the border into Cameroon.",
])
def test_adamawa_beside_a_bare_mention_of_cameroon_is_nigerias_state(gaz, text):
    assert toponym(gaz, text, "Adamawa").place.country_code == "NG"


def test_nigerias_adamawa_state_is_still_read_in_a_nigerian_story(gaz):
    text = "Flooding displaced families in Yola, the capital of Adamawa State, and in Mubi, Nigeria, on Tuesday."
    assert toponym(gaz, text, "Adamawa State").place.country_code == "NG"


def test_benishangul_gumuz_is_ethiopias_region(gaz):
    text = "The dam lies on the river in Ethiopia's Benishangul-Gumuz region, near the border."
    place = toponym(gaz, text, "Benishangul-Gumuz").place
    assert place is not None and place.country_code == "ET"


def test_graubunden_is_the_swiss_canton_the_tables_call_grisons(gaz):
    text = "Majorities in Valais, Graubünden and Ticino voted against the cap on holiday flats on Sunday."
    place = toponym(gaz, text, "Graubünden").place
    assert place is not None and place.country_code == "CH" and place.feature_code.startswith("ADM1")
