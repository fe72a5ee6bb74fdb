"""Rules found by the news probe's twenty-fourth batch (world web copy of the GeoWebNews kind).

Travel, business and disaster copy names small places the gazetteer lacks by what lies there: "the new airport
at X", "the border at Y", "beaches at Z", "the port of X", "the worst-hit village, X, lies", "the X valley".
Each of those cues makes the capitalised name a place, standing in at the story's places, where "at" alone
("at Google") does not.

A country named only in passing ("exporters second only to China", "buyers look to Australia") ties no
weak reading to it: a fuzzy namesake or a division named by its compass position ("the West Coast") in that
country is dropped for the story's own places.

A river is named bare after the line words of travel ("along the Kosi", "up the Irrawaddy"), as the
gazetteer's "X River" it is; a country named so ("across the Congo") stays the country.

A government rules things out as it says them ("Canberra has ruled out"), and is put under pressure to act. Official names the gazetteer lacked
(Nepal's provinces as English copy writes them, "the State of Mexico", "the Comunitat Valenciana"), a capital's
neighbourhoods and a few ranges and rivers are data.

Every sentence here is invented for the test.
"""
from __future__ import annotations

import pytest
from conftest import found_names, located, locational_names, toponym, toponyms_by_name


def test_an_unknown_name_after_a_site_noun_and_at_is_a_place_in_the_story(gaz):
    text = "Charter flights will move next year to the new airport at Kelvambo, two hours north of Accra, Ghana."
    assert ("Kelvambo", "GH") in located(gaz, text)


def test_an_unknown_name_after_the_border_at_is_a_place(gaz):
    text = "Lorries queued for two days at the border at Ndolweni, the main crossing east of Mbabane, Eswatini."
    assert ("Ndolweni", "SZ") in located(gaz, text)


def test_at_alone_before_a_firm_or_an_event_still_names_no_place(gaz):
    text = "She worked at Google and spoke at Davos before moving to Nairobi, Kenya, last year."
    assert "Google" not in found_names(gaz, text)


def test_a_firm_after_a_site_noun_and_at_is_no_place(gaz):
    # a site noun before "at" does not make a grocer a place
    text = "Queues formed at the supermarket at Tesco in Sheffield before the storm."
    assert "Tesco" not in locational_names(gaz, text)


@pytest.mark.xfail(strict=True, reason="no lexicon of firms: an unknown firm's name after a site noun and 'at' "
                   "has the shape of the unknown place 'the airport at Kelvambo' has, and a near aside follows")
def test_a_shipping_line_after_a_site_noun_and_at_is_no_place(gaz):
    text = "Dockers at the terminal at Maersk near Aarhus, Denmark, walked out on Tuesday."
    assert "Maersk" not in locational_names(gaz, text)


def test_a_time_of_day_after_a_site_noun_and_at_is_no_place(gaz):
    text = "Two men were seen on the bridge at Midnight, police in Lyon, France, said."
    assert "Midnight" not in found_names(gaz, text)
    text = "The truce at the checkpoint at Midnight held, officials in Amman said."
    assert "Midnight" not in found_names(gaz, text)


@pytest.mark.xfail(strict=True, reason="pre-existing, not the site-noun rule: with no site noun ('the truce held at "
                   "Noon, officials in Amman said') 'Noon' is read as an unknown place too, by another rule for "
                   "'at' that this lane did not trace; 'Midnight' is not read there")
def test_noon_after_a_site_noun_and_at_is_no_place(gaz):
    text = "The truce at the checkpoint at Noon held, officials in Amman said."
    assert "Noon" not in found_names(gaz, text)


def test_an_unknown_name_after_the_port_of_is_a_place(gaz):
    text = "Fishing boats were kept in the port of Saltavera while the storm crossed southern Spain on Friday."
    assert ("Saltavera", "ES") in located(gaz, text)


def test_a_known_place_after_the_port_of_ends_before_as_or_at(gaz):
    # "as" and "at" between two known names join no name: each keeps its own reading
    text = "Freighters left the port of Mariupol as Russian shelling resumed on Monday."
    assert ("Mariupol", "UA") in located(gaz, text)
    text = "Tankers were unloaded in the port of Umm Qasr at Basra on Sunday."
    places = located(gaz, text)
    assert ("Umm Qasr", "IQ") in places and ("Basra", "IQ") in places


def test_what_follows_the_last_resort_of_or_the_port_of_entry_is_no_place(gaz):
    text = "Tunnels were the last resort of Hamas commanders hiding under Khan Younis."
    assert "Hamas" not in locational_names(gaz, text)
    text = "The port of Entry for most of the cocaine was Antwerp, Belgian police said."
    assert "Entry" not in found_names(gaz, text)


def test_a_settlement_named_in_an_aside_after_the_settlement_noun_is_a_place(gaz):
    text = "The worst-hit village, Kharbosi, lies below a ridge two hours north of Kathmandu, Nepal."
    assert ("Kharbosi", "NP") in located(gaz, text)


def test_an_aside_after_a_settlement_noun_holding_a_title_names_no_place(gaz):
    text = "The nearest town, Mayor Ellen Ward, said the roads out of Pokhara, Nepal, had reopened."
    names = found_names(gaz, text)
    assert not any("Ellen" in n or "Mayor" in n for n in names)


def test_a_subject_after_an_opening_phrase_in_the_village_is_no_place(gaz):
    # "In the village," opens the clause; the name after the comma is its subject, not the village
    text = "In the village, Caritas, the aid agency, handed out blankets near Goma, Congo."
    assert "Caritas" not in found_names(gaz, text)
    text = "Across the town, Sunni and Shia families gathered in Basra for the funeral."
    assert "Sunni" not in locational_names(gaz, text)


def test_an_unknown_name_before_a_lower_case_valley_is_a_place(gaz):
    text = "The Tembesi valley was evacuated on Sunday as rain fell across Gorkha, Nepal."
    assert ("Tembesi", "NP") in located(gaz, text)


def test_a_capital_that_has_ruled_something_out_acts_as_the_government(gaz):
    text = "Farmers around Dubbo, New South Wales, want help, but Canberra has ruled out new drought loans."
    assert "Canberra" not in locational_names(gaz, text)
    assert "Dubbo" in locational_names(gaz, text)


def test_a_capital_under_pressure_to_act_is_the_government(gaz):
    text = "Ports in Halifax, Nova Scotia, stayed shut, and Ottawa was under pressure from shippers to end the strike."
    assert "Ottawa" not in locational_names(gaz, text)


def test_a_government_under_pressure_to_make_or_find_something_acts(gaz):
    for text in ("Ankara is under pressure to make concessions before the summit in Vilnius.",
                 "Cairo is under growing pressure to find a deal on the dam, diplomats in Addis Ababa said."):
        assert text.split()[0] not in locational_names(gaz, text), text


def test_a_city_under_pressure_from_what_happens_in_it_stays_a_place(gaz):
    text = "Lisbon is under pressure from visitors pouring to the old town, residents of Alfama say."
    assert "Lisbon" in locational_names(gaz, text)


def test_a_place_under_pressure_to_bear_something_stays_a_place(gaz):
    # the pressure is to endure, not to act: only "to" and a verb of acting make an agent
    text = "Kerala is under pressure to cope with the monsoon, doctors in Kochi said."
    assert "Kerala" in locational_names(gaz, text)
    text = "Jakarta is under pressure to sink further as wells drain the ground beneath it."
    assert "Jakarta" in locational_names(gaz, text)


def test_a_place_name_before_rules_as_a_noun_stays_a_place(gaz):
    text = "Ohio rules require drivers to stop behind school buses on rural roads."
    assert "Ohio" in locational_names(gaz, text)


def test_a_fuzzy_namesake_in_a_country_named_only_in_passing_gives_way_to_the_story_country(gaz):
    text = ("Garment factories near Dhaka in Gazipur, Tongi and Ashulia shut on Monday. Bangladesh is the "
            "second-largest clothing exporter after China.")
    assert ("Ashulia", "BD") in located(gaz, text)


def test_a_variant_spelling_in_the_country_a_story_travels_to_keeps_its_reading(gaz):
    text = "Families from Bristol and Cardiff flew to Egypt for a fortnight in Sharm el Sheik."
    assert ("Sharm el Sheik", "EG") in located(gaz, text)
    t = toponym(gaz, text, "Sharm el Sheik")
    assert t.place is not None and t.place.country_code == "EG"


def test_a_compass_named_division_abroad_gives_way_to_the_story_country(gaz):
    text = ("Terminals in Vancouver and Prince Rupert, British Columbia, stayed shut, and ports on the West Coast "
            "lost a week of trade while buyers looked to Australia for wheat.")
    assert ("West Coast", "CA") in located(gaz, text)


def test_a_compass_named_division_in_a_story_set_in_its_country_keeps_its_reading(gaz):
    text = "Mines on the West Coast near Queenstown and Zeehan, Tasmania, reopened after the floods."
    assert ("West Coast", "AU") in located(gaz, text)


def test_a_nepali_province_written_with_province_is_the_province(gaz):
    t = toponym(gaz, "Rain is forecast across Karnali Province and Lumbini Province of Nepal.", "Karnali Province")
    assert t.place is not None and t.place.country_code == "NP" and t.place.feature_code == "ADM1"


def test_the_state_of_mexico_is_read_whole(gaz):
    t = toponym(gaz, "Reservoirs in the State of Mexico fell to a record low, Mexican officials said.",
                "State of Mexico")
    assert t.place is not None and t.place.feature_code == "ADM1" and t.place.country_code == "MX"


def test_a_spanish_region_by_its_own_official_name(gaz):
    t = toponym(gaz, "Crews from across the Comunitat Valenciana fought the fire near Alicante.",
                "Comunitat Valenciana")
    assert t.place is not None and t.place.feature_code == "ADM1" and t.place.country_code == "ES"


def test_montevideo_neighbourhoods_are_parts_of_montevideo(gaz):
    text = "Police in Montevideo, Uruguay, kept visiting fans in Pocitos and Punta Carretas overnight."
    places = located(gaz, text)
    assert ("Pocitos", "UY") in places and ("Punta Carretas", "UY") in places


def test_a_range_named_with_volcanoes_after_it_is_the_range(gaz):
    t = toponym(gaz, "Gorillas feed on the slopes of the Virunga volcanoes above Musanze, Rwanda.", "Virunga")
    assert t.place is not None and t.place.feature_code == "MTS"


def test_a_colombian_range_named_for_a_city_is_the_range_not_the_city(gaz):
    t = toponym(gaz, "Coffee is grown on the Sierra Nevada de Santa Marta in northern Colombia.",
                "Sierra Nevada de Santa Marta")
    assert t.place is not None and t.place.feature_code == "MTS" and t.place.country_code == "CO"


def test_a_bare_river_after_along_the_is_the_river(gaz):
    t = toponym(gaz, "Villages along the Kosi in Bihar were told to move cattle to higher ground.", "Kosi")
    assert t.locational and t.place is not None and t.place.feature_code == "STM"


def test_a_bare_river_after_up_the_is_the_river(gaz):
    t = toponym(gaz, "Cruise boats sail up the Irrawaddy from Mandalay to Bagan in the dry season.", "Irrawaddy")
    assert t.place is not None and t.place.feature_code == "STM" and t.place.country_code == "MM"


def test_a_river_name_before_a_lower_case_noun_after_across_the_is_no_bare_river(gaz):
    # "the Mekong delta", "the Amur region": the name modifies the noun after it
    t = toponym(gaz, "Rice farms flooded across the Mekong delta in Vietnam on Sunday.", "Mekong")
    assert t.place is None or t.place.feature_code != "STM"
    t = toponym(gaz, "Wildfires burned across the Amur region of Russia last week.", "Amur")
    assert t.place is None or t.place.feature_code != "STM"


def test_a_river_name_as_a_firm_after_up_the_is_no_river(gaz):
    text = "The novel climbed up the Amazon charts before the author's tour of Seattle."
    assert "Amazon" not in locational_names(gaz, text)


def test_a_bare_nepali_river_that_names_a_province_is_no_province(gaz):
    # the bare "Karnali" and "Gandaki" of news copy are mostly the rivers; the provinces are written with
    # "Province"
    for text, name in (("The Karnali burst its banks near Tikapur in western Nepal.", "Karnali"),
                       ("Farms along the Gandaki were flooded in central Nepal.", "Gandaki")):
        t = toponyms_by_name(gaz, text).get(name)
        assert t is None or t.place is None or t.place.feature_code != "ADM1", text
    assert not any(cc == "CO" for _, cc in located(gaz, "Rafting trips on the Kali Gandaki left from Pokhara, Nepal."))


def test_a_country_after_across_the_stays_the_country(gaz):
    t = toponym(gaz, "Measles spread across the Congo last year, officials in Kinshasa said.", "Congo")
    assert t.place is not None and t.place.feature_code.startswith("PCL")


def test_a_river_name_opening_a_longer_name_after_up_the_is_no_river_mention(gaz):
    text = "The court told the Centre to set up the Cauvery Water Authority before the monsoon reached Mandya."
    assert "Cauvery" not in locational_names(gaz, text)


def test_a_division_named_by_a_compass_word_and_a_proper_name_is_read_without_its_country(gaz):
    # "North X" with a name of its own is no region named by its position: it is read though the story never
    # names its country.
    text = "A mortar round hit a house in the Mir Ali tehsil in North Waziristan district on Sunday."
    assert ("North Waziristan", "PK") in located(gaz, text)
