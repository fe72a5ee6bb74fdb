"""Round twenty-three of known leftovers: classes of English errors left by earlier rounds.

1. A web page's section label in capitals before a dash ("CRIME —", "WHEAT —", "FASHION —") is no dateline: a
   one-word dateline opening its line that the gazetteer holds not at all, or only as a loose spelling, and that
   no comma and country follow is a common noun, not an unknown town.
   Held datelines ("BUDAPEST —") and unheld ones followed by their country ("KUMBA, Cameroon —") stay.
2. A country's formal name with its article ("The Congo") before a verb only water does ("burst its banks",
   "rose by two metres") is the river, as the bare name is (round twenty-two); so is a country's name that
   swells in a sentence of water ("the Niger swelled after heavy rain"), never one swelling with people.
3. Armed forces pressing a city named like its province ("forces pressed Herat", "troops pressed Ghazni") fight
   over the ground: the city is a place, not a government lobbied. A request after a stretch of time ("pressed
   Ottawa for a third time to cut the levy") still makes the capital its government.
4. Sweden's, Norway's and Estonia's counties are their first-order divisions, which GeoNames writes without the
   word "County" ("Uppsala", "Vestland") or, in Estonia, with the suffix "-maa" ("Harjumaa"): "X County" there
   is the division, not the town of the same name.
5. A town written "in" a first-order division that only one country has ("Springfield in Limpopo", "X in the
   Eastern Cape", "X, a village in Sindh"), whose only readings are namesakes abroad, stands in at that division.
6. A lower-case "division" after a name is Cameroon's second level ("Meme division") and Bangladesh's first
   ("Sylhet division"), as "department" is in the countries listed for it; elsewhere it is no division word.
7. The review of 1-6: a section label is a listed common noun, never "a word the gazetteer holds only loosely"
   (conflict datelines are local spellings: "BARDERA —" is Somalia's Baardheere); a country's name is its river
   only with forms water alone has ("burst its banks", "flows past", "swelled after heavy rain"), never "joins",
   "meets" or "burst into celebration"; forces asking a polity for money lobby its government, and forces found
   back to the clause's start assault the city; a division after "from", "for" or "of", or a capital or big city
   with a rare name, never takes a town's reading abroad; a firm's "division" is no place and a word only some
   countries use keeps no reading elsewhere; Myanmar's regions are "divisions"; "Stockholm County" is Sweden's.
8. The third review: no section label is a town's main name ("RUGBY —"); only the subject's head presses a
   city; "residents of X in Y" live in Y's X; "department of health" is an office and Ivory Coast has
   departments; a country flows as a river only into or from a place or a body of water.

Every sentence is invented. Uses the bundled default gazetteer.
"""
from __future__ import annotations

import pytest

from conftest import found_names, toponym, toponyms_by_name
from eventwatch.geo import geoparse


# -- 1. a section label before a dash ---------------------------------------------------------------------------
@pytest.mark.parametrize("text, label, place", [
    ("CRIME — Police arrested two men in Leeds on Friday.", "CRIME", "Leeds"),
    ("WHEAT — Prices rose sharply in Kansas this week.", "WHEAT", "Kansas"),
    ("FASHION — A new shop opened in Milan on Tuesday.", "FASHION", "Milan"),
    ("WEATHER — Heavy snow fell across Ontario overnight.", "WEATHER", "Ontario"),
])
def test_a_section_label_before_a_dash_is_no_dateline(gaz, text, label, place):
    names = found_names(gaz, text)
    assert label not in names and place in names, names


@pytest.mark.parametrize("text, dateline, cc", [
    ("BUDAPEST — Police arrested two men on Friday.", "BUDAPEST", "HU"),
    ("KUMBA, Cameroon — Soldiers killed four people on Friday.", "KUMBA", "CM"),
])
def test_a_held_dateline_or_one_followed_by_its_country_stays(gaz, text, dateline, cc):
    t = toponyms_by_name(gaz, text)[dateline]
    assert t.place is not None and t.place.country_code == cc


# -- 2. a country's formal name with its article before a verb of water ------------------------------------------
@pytest.mark.parametrize("text", [
    "The Congo rose by two metres at Kinshasa, flooding homes.",
    "The Congo burst its banks near Mbandaka after a week of rain.",
])
def test_a_country_named_with_its_article_before_a_verb_of_water_is_the_river(gaz, text):
    found = [t for t in geoparse(gaz, text) if "Congo" in t.text]
    assert found and found[0].locational and found[0].place is not None, found
    assert found[0].place.feature_code.startswith("STM"), found[0].place


@pytest.mark.parametrize("text", [
    "The Congo rose to third place in the regional rankings.",
    "The Congo swelled with refugees from the east.",
])
def test_a_country_named_with_its_article_rising_in_a_ranking_is_no_river(gaz, text):
    for t in geoparse(gaz, text):
        assert not (t.place and t.place.feature_code.startswith("STM")), t


@pytest.mark.parametrize("text, cc", [
    ("The Niger swelled after heavy rain in Mali, cutting the road to Mopti.", "ML"),
    ("The Gambia swelled after a week of downpours, flooding rice fields near Janjanbureh.", "GM"),
])
def test_a_countrys_name_swelling_in_a_sentence_of_water_is_the_river(gaz, text, cc):
    t = [t for t in geoparse(gaz, text) if t.text in ("Niger", "Gambia")][0]
    assert t.locational and not (t.place and t.place.feature_code.startswith("PCL")), t
    assert (t.place or t.fallback).country_code == cc


@pytest.mark.parametrize("text, name", [
    ("The Gambia swelled as migrants returned from Libya.", "Gambia"),
    ("The Niger swelled its army with new recruits.", "Niger"),
])
def test_a_countrys_name_swelling_with_no_word_of_water_stays_the_country(gaz, text, name):
    for t in geoparse(gaz, text):
        if t.text == name:
            assert t.place is not None and t.place.feature_code.startswith("PCL"), t


# -- 3. forces pressing a city; a request after a stretch of time ---------------------------------------------
@pytest.mark.parametrize("text, name", [
    ("Government forces pressed Herat on Monday.", "Herat"),
    ("Troops pressed Ghazni from three sides.", "Ghazni"),
    ("Insurgents pressed Kandahar for a second day.", "Kandahar"),
])
def test_a_city_named_like_its_province_that_forces_pressed_stays_a_place(gaz, text, name):
    assert toponym(gaz, text, name).locational


@pytest.mark.parametrize("text, name", [
    ("Farm groups pressed Ottawa for a third time to cut the diesel levy.", "Ottawa"),
    ("Growers pressed Canberra for the second time to lift the export ban.", "Canberra"),
    ("Donors pressed Kabul to release the frozen funds.", "Kabul"),
])
def test_a_capital_lobbied_for_a_request_is_its_government(gaz, text, name):
    assert toponym(gaz, text, name).locational is False


# -- 4. counties that are the first order -------------------------------------------------------------------------
@pytest.mark.parametrize("text, name, cc, admin1", [
    ("Police in Uppsala County said two men were held.", "Uppsala", "SE", "Uppsala"),
    ("Snow closed schools in Jönköping County.", "Jönköping", "SE", "Jönköping"),
    ("Wildfires burned in Kalmar County this week.", "Kalmar", "SE", "Kalmar"),
    ("Police in Tartu County detained a driver.", "Tartu", "EE", "Tartu"),
    ("The fire spread through forests in Harju County near Tallinn.", "Harju", "EE", "Harjumaa"),
    ("Flooding hit Ida-Viru County overnight.", "Ida-Viru", "EE", "Ida-Virumaa"),
    ("Police in Pärnu County detained a driver.", "Pärnu", "EE", "Pärnumaa"),
    ("Heavy snow closed roads across Vestland county on Tuesday.", "Vestland", "NO", "Vestland"),
])
def test_a_county_of_a_country_whose_counties_are_the_first_order_is_the_division(gaz, text, name, cc, admin1):
    found = [t for t in geoparse(gaz, text) if t.text.startswith(name)]
    assert found and found[0].place is not None, [t.text for t in geoparse(gaz, text)]
    p = found[0].place
    assert (p.country_code, p.feature_code, p.admin1) == (cc, "ADM1", admin1), p


@pytest.mark.parametrize("text, name, cc", [
    ("Two men were held in Uppsala on Friday.", "Uppsala", "SE"),
    ("Police in Tartu detained a driver.", "Tartu", "EE"),
])
def test_the_town_named_alone_stays_the_town(gaz, text, name, cc):
    p = toponym(gaz, text, name).place
    assert p is not None and (p.country_code, p.feature_code[:3]) == (cc, "PPL"), p


# -- 5. a town written "in" a foreign first-order division, held only as a namesake elsewhere ---------------------
@pytest.mark.parametrize("text, town, cc", [
    ("A bus crashed near Springfield in the Eastern Cape on Monday.", "Springfield", "ZA"),
    ("A bus crashed near Springfield in Limpopo on Monday.", "Springfield", "ZA"),
    ("Floods cut off Lincoln in Sindh after a week of rain.", "Lincoln", "PK"),
    ("Gunmen raided a farm at Columbia in Kaduna State overnight.", "Columbia", "NG"),
    # the same, the division in an aside after a comma
    ("Gunmen attacked Columbus, a farming village in Limpopo, on Monday.", "Columbus", "ZA"),
    # a market town abroad, held under a city's size, is still a namesake of the place the report means
    ("Water trucks reached Ifo in Garissa on Monday.", "Ifo", "KE"),
    # "to" is a destination the division holds, no origin
    ("Troops moved to Springfield in Limpopo on Monday.", "Springfield", "ZA"),
    ("Floods cut off Lincoln, a village in Sindh, after a week of rain.", "Lincoln", "PK"),
])
def test_a_town_in_a_named_foreign_division_stands_in_there_not_at_a_namesake_abroad(gaz, text, town, cc):
    t = toponyms_by_name(gaz, text)[town]
    where = t.place or t.fallback
    assert where is not None and where.country_code == cc, where


@pytest.mark.parametrize("text, town, cc", [
    # a reading in the division's own country is the resolver's to choose
    ("Police in Springfield in Illinois arrested a man.", "Springfield", "US"),
    ("The mayor of Durban in KwaZulu-Natal spoke on Monday.", "Durban", "ZA"),
    ("Fans came from Pietermaritzburg, a city in KwaZulu-Natal, for the final.", "Pietermaritzburg", "ZA"),
])
def test_a_town_held_in_the_named_divisions_country_keeps_its_reading(gaz, text, town, cc):
    p = toponym(gaz, text, town).place
    assert p is not None and p.country_code == cc, p


# -- 6. "division" after a name, in the countries whose divisions English calls so ----------------------------
@pytest.mark.parametrize("text, name, cc, code", [
    ("Soldiers killed four in Meme division.", "Meme", "CM", "ADM2"),
    ("Separatists burned a school in Batibo subdivision, Momo division.", "Momo", "CM", "ADM2"),
    ("Floods hit villages in Sylhet division on Monday.", "Sylhet", "BD", "ADM1"),
    # the country holding the division after "of the" owns no unit
    ("Floods hit the Sylhet division of the country on Monday.", "Sylhet", "BD", "ADM1"),
])
def test_a_name_before_a_lower_case_division_is_that_countrys_division(gaz, text, name, cc, code):
    p = toponym(gaz, text, name).place
    assert p is not None and (p.country_code, p.feature_code) == (cc, code), p


# -- left open -----------------------------------------------------------------------------------------------------
def test_a_large_state_capital_speaking_is_its_government(gaz):
    assert toponym(gaz, "Gandhinagar said the new rules would apply from April.", "Gandhinagar").locational is False


@pytest.mark.xfail(strict=True, reason="Dispur (10,812 people, coded PPL like any town) is too small to be kept "
                   "as a lone name without a place cue, so it is dropped at recognition before any reading of "
                   "metonymy; state_capitals.tsv lists no Indian state's seat, and its seats only count in "
                   "associative's request frame, not in what the recogniser keeps")
@pytest.mark.parametrize("text", [
    "Dispur said it would send more police.",
    "Officials said Dispur would send more police.",
])
def test_a_small_state_capital_speaking_is_read_as_its_government(gaz, text):
    assert toponym(gaz, text, "Dispur").locational is False


@pytest.mark.xfail(strict=True, reason="a named zone or metro region whose name holds a town's ('the Liberty Zone', "
                   "'the Greater Bay Area') is read by the town or the held region inside it: the gazetteer holds "
                   "neither zone, and geo/greater_areas.py expands 'Greater X Area' only where X is a city")
@pytest.mark.parametrize("text, name, wrong", [
    ("Offices in the Liberty Zone reopened a week after the blast in Manhattan.", "Liberty", "Liberty"),
    ("Rents in the Greater Bay Area rose again as firms moved staff from Hong Kong.", "Bay Area",
     "San Francisco Bay Area"),
])
def test_a_named_zone_is_not_the_town_or_region_named_inside_it(gaz, text, name, wrong):
    found = [t for t in geoparse(gaz, text) if name in t.text and t.place is not None]
    assert all(t.place.name != wrong for t in found), [(t.text, t.place) for t in found]


# -- review of round 23: the false positives of the rules above ---------------------------------------------------
@pytest.mark.parametrize("text, town, cc", [
    # where people come from or what they stand for, not where the town lies
    ("Students from Nairobi in Oregon held a vigil.", "Nairobi", "KE"),
    ("Refugees from Aleppo in Bavaria staged a march.", "Aleppo", "SY"),
    ("Welders from Eldoret in Oregon trained for the race.", "Eldoret", "KE"),
    ("Crowds marched for Mariupol in Bavaria on Saturday.", "Mariupol", "UA"),
    # a capital or a big city is a real reading, never a stand-in namesake
    ("Paris, a city in Bavaria, hosted the fair.", "Paris", "FR"),
    ("A blast near Toulouse in Limpopo was heard.", "Toulouse", "FR"),
])
def test_an_origin_or_a_big_city_before_in_and_a_foreign_division_keeps_its_reading(gaz, text, town, cc):
    p = toponym(gaz, text, town).place
    assert p is not None and p.country_code == cc, p


@pytest.mark.parametrize("text, dateline, cc", [
    # datelines in a local transliteration the gazetteer holds only loosely, or not at all, are towns
    ("MAKHMOUR — Militants fired on an army post near the town overnight, officials in Iraq said.", "MAKHMOUR", "IQ"),
    ("BARDERA — Fighters stormed a base in the town, killing three Somali soldiers.", "BARDERA", "SO"),
    ("ATAREB — Shells killed four people in the town, Syrian rescuers said.", "ATAREB", "SY"),
])
def test_a_loosely_held_dateline_is_the_town(gaz, text, dateline, cc):
    t = toponyms_by_name(gaz, text)[dateline]
    where = t.place or t.fallback
    assert where is not None and where.country_code == cc, where


@pytest.mark.parametrize("text, dateline", [
    ("KITCHANGA — Rebels shelled the town in North Kivu on Monday.", "KITCHANGA"),
    ("MINOVA — Gunmen attacked the town before dawn, residents said.", "MINOVA"),
    ("KOMANDA — Gunmen attacked the town before dawn, residents said.", "KOMANDA"),
    ("KISHISHE — Gunmen attacked the town before dawn, residents said.", "KISHISHE"),
])
def test_an_unheld_one_word_dateline_is_kept_as_a_town(gaz, text, dateline):
    assert dateline in found_names(gaz, text)


@pytest.mark.parametrize("text", [
    "The Congo joins the regional trade bloc this week, officials in Kinshasa said.",
    "The Congo meets Morocco in Rabat on Tuesday.",
    "The Congo burst into celebration after the deal was signed in Geneva.",
])
def test_a_country_named_with_no_water_specific_verb_is_no_river(gaz, text):
    found = geoparse(gaz, text)
    assert found, "the sentence's other place is still read"
    for t in found:
        assert not (t.place and t.place.feature_code.startswith("STM")), t


def test_a_country_swelling_its_ranks_stays_the_country_though_rain_falls_later_in_the_sentence(gaz):
    t = toponym(gaz, "The Niger swelled its ranks after heavy rain in Niamey drove farmers into the army.", "Niger")
    assert t.place is not None and t.place.feature_code.startswith("PCL"), (t.place, t.fallback)


@pytest.mark.xfail(strict=True, reason="'The Congo' with its article opening a sentence is dropped at recognition "
                   "when no cue follows (the same before round 23): a country's formal name read whole with its "
                   "article is kept only where a river's verb or a place cue reads it")
@pytest.mark.parametrize("text", [
    "The Congo rose to third place in the regional rankings.",
    "The Congo swelled with refugees from the east.",
])
def test_a_country_named_with_its_article_rising_in_a_ranking_is_found_as_the_country(gaz, text):
    found = [t for t in geoparse(gaz, text) if "Congo" in t.text]
    assert found and found[0].place is not None and found[0].place.feature_code.startswith("PCL"), found


@pytest.mark.parametrize("text, name", [
    ("The army pressed Texas for more funding.", "Texas"),
    ("Soldiers pressed Punjab for back pay.", "Punjab"),
    ("Army units pressed Sindh for a larger budget.", "Sindh"),
])
def test_forces_asking_a_polity_for_money_lobby_its_government(gaz, text, name):
    assert toponym(gaz, text, name).locational is False


@pytest.mark.parametrize("text, name", [
    ("Afghan forces have pressed Herat for days.", "Herat"),
    ("Troops also pressed Kandahar on Monday.", "Kandahar"),
    ("Government forces, backed by jets, pressed Herat on Monday.", "Herat"),
    ("Government troops, who arrived overnight, pressed Ghazni.", "Ghazni"),
])
def test_forces_pressing_a_city_past_an_adverb_or_aside_stay_a_place(gaz, text, name):
    assert toponym(gaz, text, name).locational


@pytest.mark.parametrize("text", [
    "The Manchester division of the bank was sold.",
    "The firm sold its Faro division.",
    "The Faro division of the bank reported losses.",
])
def test_a_firms_division_is_no_place(gaz, text):
    for t in geoparse(gaz, text):
        assert t.place is None or t.place.country_code not in ("CM", "BD", "PT"), t


@pytest.mark.parametrize("text, name", [
    ("Fighting spread across Sagaing division on Monday.", "Sagaing"),
    ("Troops burned villages in Magway division.", "Magway"),
])
def test_a_myanmar_division_is_its_region(gaz, text, name):
    p = toponym(gaz, text, name).place
    assert p is not None and (p.country_code, p.feature_code) == ("MM", "ADM1"), p


@pytest.mark.parametrize("text, name, cc", [
    ("Snow closed roads in Stockholm County.", "Stockholm", "SE"),
    ("Police in Oslo County said a man was held.", "Oslo", "NO"),
])
def test_a_capitals_county_is_the_first_order_division(gaz, text, name, cc):
    found = [t for t in geoparse(gaz, text) if t.text.startswith(name)]
    assert found and found[0].place is not None, found
    assert (found[0].place.country_code, found[0].place.feature_code) == (cc, "ADM1"), found[0].place


@pytest.mark.parametrize("text, name, cc, code", [
    # a word only some countries use keeps no reading elsewhere, at any level: no Portuguese town is a division
    ("Separatists attacked villages in Faro division.", "Faro", "CM", "ADM2"),
    ("Fighting spread in Sagaing division.", "Sagaing", "MM", "ADM1"),
    # Cameroon's divisions as its English-language press spells them
    ("Separatists burned houses in Donga-Mantung division.", "Donga-Mantung", "CM", "ADM2"),
    ("Soldiers raided homes in Menchum division.", "Menchum", "CM", "ADM2"),
    ("Troops were sent to Lom-et-Djerem division.", "Lom-et-Djerem", "CM", "ADM2"),
    ("Fighters attacked a village in Kupe-Manenguba division.", "Kupe-Manenguba", "CM", "ADM2"),
])
def test_a_name_before_division_is_read_only_where_the_word_names_a_division(gaz, text, name, cc, code):
    p = toponym(gaz, text, name).place
    assert p is not None and (p.country_code, p.feature_code) == (cc, code), p


# -- third review: datelines that are towns, the subject that presses, "residents of", offices, figurative flow --

@pytest.mark.parametrize("text, dateline, cc", [
    ("RUGBY — A man was stabbed outside a pub in the town centre on Monday, Warwickshire Police said.", "RUGBY", "GB"),
    ("COCOA — A storm damaged homes on Monday, Florida officials said.", "COCOA", "US"),
])
def test_a_dateline_that_is_a_towns_main_name_is_no_section_label(gaz, text, dateline, cc):
    # no section label is the main name of a town of 10,000 or more: such a word before a dash is its dateline
    t = toponyms_by_name(gaz, text)[dateline]
    assert t.place is not None and t.place.country_code == cc and t.locational, t.place


@pytest.mark.parametrize("text, name", [
    ("Opposition parties, which accuse the army of rigging the vote, pressed Punjab on Monday.", "Punjab"),
    ("After the army withdrew, lawmakers pressed Texas on Monday.", "Texas"),
    ("The soldiers' families pressed Punjab on Monday.", "Punjab"),
    ("The army chief said the defence ministry pressed Punjab on Monday.", "Punjab"),
    ("Militia leaders pressed Herat on Monday to hand over the prisoners.", "Herat"),
])
def test_an_armed_word_outside_the_subject_does_not_make_pressing_an_assault(gaz, text, name):
    # only the subject's head presses: an army in an aside, a clause before it, a possessor or a speaker is not
    # who lobbies the government
    assert toponym(gaz, text, name).locational is False


@pytest.mark.parametrize("text, town, cc", [
    ("Residents of Springfield in Limpopo fled on Monday.", "Springfield", "ZA"),
    ("The people of Springfield in the Eastern Cape marched on Monday.", "Springfield", "ZA"),
])
def test_the_people_of_a_town_in_a_division_live_there(gaz, text, town, cc):
    # "residents of X in Y" places X in Y: "of" is an origin only after a noun of support or purpose
    t = toponym(gaz, text, town)
    p = t.place or t.fallback
    assert p is not None and p.country_code == cc, p


@pytest.mark.parametrize("text, name, cc", [
    ("Officials at the Cordoba department of culture in Spain said.", "Cordoba", "ES"),
    ("The Santa Cruz department of health in California said.", "Santa Cruz", "US"),
    ("Floods hit San Pedro department in Ivory Coast on Monday.", "San Pedro", "CI"),
])
def test_an_office_named_department_of_a_matter_is_no_division_and_ivory_coast_has_departments(gaz, text, name,
                                                                                               cc):
    p = toponym(gaz, text, name).place
    assert p is not None and p.country_code == cc, p


def test_a_country_the_sentence_states_keeps_its_reading_before_a_division_word(gaz):
    # "department" is Paraguay's word, not Chile's, but the sentence puts the name in Chile
    p = toponym(gaz, "Heavy rain hit the Concepcion department in Chile on Monday.", "Concepcion").place
    assert p is not None and p.country_code == "CL", p


@pytest.mark.parametrize("text", [
    "The Congo flows from a sense of grievance, the minister said in Kinshasa.",
    "The Niger flowed into chaos after the coup, officials in Niamey said.",
])
def test_a_country_flowing_into_or_from_a_non_place_is_no_river(gaz, text):
    for t in geoparse(gaz, text):
        assert not (t.place and t.place.feature_code.startswith("STM")), t
        assert not (t.text in ("Congo", "Niger") and t.locational), t


def test_a_country_flowing_into_a_named_sea_is_the_river(gaz):
    t = toponym(gaz, "The Congo flows into the Atlantic Ocean at its mouth.", "Congo")
    assert t.place is not None and t.place.feature_code.startswith("STM"), t.place
