"""Places the gazetteer does not hold — villages, hamlets, camps and neighbourhoods — read as general rules:

- a capitalised name before a settlement noun is the settlement ("X village", "the X IDP camp"), and a name
  after its "of" is its container, read by its division title ("X village of Y LGA");
- a name opened by a place word of the languages conflict reporting transliterates ("Khirbet", "Kafr",
  "Birnin", "Barangay") is a place where the text gives it a place cue or a place beside it;
- an unknown name stands in at the place the text says it lies in or near, with a precision that says how
  loosely ("X camp in Nyala" near Nyala, "X, 40 km from Y" at the district level), its name kept.

Every village, camp and neighbourhood named here is invented; the towns and divisions around them are real.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from eventwatch.geo import geoparse
from eventwatch.geo.event_location import choose_event_location
from eventwatch.geo.gazetteer import Gazetteer
from eventwatch.geo.unknown_names import load_unknown_place_words
from eventwatch.model import WHERE_PREC_ADMIN1, WHERE_PREC_ADMIN2, WHERE_PREC_NEAR


def names(gaz: Gazetteer, text: str) -> dict:
    return {t.text: t for t in geoparse(gaz, text) if t.locational}


def unresolved(gaz: Gazetteer, text: str) -> list[str]:
    return [t.text for t in geoparse(gaz, text) if t.locational and t.place is None]


# -- a name before a settlement noun ---------------------------------------------------------------------------
def test_the_name_before_village_of_is_the_village_and_the_division_after_it_its_container(gaz):
    found = names(gaz, "Children displaced from Ukpam village of Agatu LGA were treated for measles.")
    village, lga = found["Ukpam"], found["Agatu LGA"]
    assert village.place is None and village.cue == "village"
    assert (lga.place.name, lga.place.country_code, lga.place.feature_code) == ("Agatu", "NG", "ADM2")
    stand_in = village.fallback
    assert (stand_in.name, stand_in.precision, stand_in.raw) == ("Agatu", WHERE_PREC_ADMIN2, "Ukpam")


def test_a_lower_case_division_word_is_the_containers_cue_not_part_of_its_name(gaz):
    found = names(gaz, "Gunmen burned Ukpam village of Agatu district overnight.")
    assert "Agatu" in found and found["Agatu"].cue == "district"
    assert found["Ukpam"].fallback.name == "Agatu"


def test_a_hyphenated_village_name_holding_a_known_word_is_one_unknown_name(gaz):
    # "Akaa" alone is a Finnish town: inside the longer name it is no place of its own.
    found = names(gaz, "Gunmen attacked Tse-Akaa village in Agatu district on Monday.")
    assert "Akaa" not in found
    assert found["Tse-Akaa"].place is None and found["Tse-Akaa"].fallback.country_code == "NG"


@pytest.mark.parametrize("text, name", [
    ("Troops burned Kpaduma hamlet overnight, residents said.", "Kpaduma"),
    ("Families sheltering in the Zamzam IDP camp reported shelling.", "Zamzam"),
    ("Shells fell on the Hay al-Nour neighbourhood of Aleppo.", "Hay al-Nour"),
    ("Residents fled to Kalma camp in Nyala after the raid.", "Kalma"),
    ("The robbery happened in the Oakbriar area of Chiefland on Saturday.", "Oakbriar"),
])
def test_a_capitalised_name_before_a_settlement_noun_is_reported_unresolved(gaz, text, name):
    assert name in unresolved(gaz, text)


@pytest.mark.parametrize("text", [
    "The Trump camp said the poll was wrong.",  # a side, not a place: no qualifier, no container
    "She spent a week at a Bible camp in Ohio.",  # "a X camp": a kind of camp, not a named one
    "Entire villages were razed, the monitor said.",  # a capitalised adjective opening the sentence
    "The Christian quarter of Damascus was shelled.",  # a people's quarter
    "Athletes moved into the Olympic Village in London.",  # a capitalised head is the name's own word
    "The Trump camp in Washington said the poll was wrong.",  # a container, but no place cue before the name
    "Turtles nest within the Grand Anse Marine Protection Area each spring.",  # no camp, no place cue word
])
def test_settlement_nouns_after_words_that_name_no_place_add_nothing(gaz, text):
    assert unresolved(gaz, text) == []


# -- names opened by a place word ------------------------------------------------------------------------------
@pytest.mark.parametrize("text, name", [
    ("Airstrikes were reported near Khirbet al-Joz on Tuesday.", "Khirbet al-Joz"),
    ("Drones struck Saraqib and Kafr Ruwaysat overnight.", "Kafr Ruwaysat"),
    ("The strikes hit Barangay San Roque in Rizal, the army said.", "Barangay San Roque"),
    ("Bandits attacked Birnin Yero and Dan Makera in Zamfara State.", "Dan Makera"),
])
def test_a_name_opened_by_a_place_word_is_a_place_where_the_text_gives_it_a_cue_or_a_neighbour(gaz, text, name):
    assert name in unresolved(gaz, text)


def test_known_names_inside_a_prefixed_name_are_part_of_it(gaz):
    found = names(gaz, "The strikes hit Barangay San Roque in Rizal, the army said.")
    assert "San Roque" not in found
    assert found["Barangay San Roque"].fallback.country_code == "PH"


@pytest.mark.parametrize("text", [
    "She met Dan Brown in New York and Dan Smith in Boston.",  # a given name: no list of villages here
    "He met Dan Kade in Gusau last week.",
])
def test_a_prefix_that_is_also_a_given_name_needs_a_list_of_villages(gaz, text):
    assert not any(n.startswith("Dan ") for n in unresolved(gaz, text))


def test_a_prefixed_name_in_rural_province_stands_in_at_the_province(gaz):
    village = names(gaz, "Regime forces shelled Khirbet Tuwal in rural Idlib.")["Khirbet Tuwal"]
    assert village.place is None
    stand_in = village.fallback
    assert (stand_in.name, stand_in.country_code, stand_in.precision) == ("Idlib", "SY", WHERE_PREC_ADMIN1)


# -- "Abu X": a village's name or a person's byname -----------------------------------------------------------
@pytest.mark.parametrize("text, name", [
    ("Pro-government fighters clashed with rebels near Abu Sarwal on Sunday.", "Abu Sarwal"),
    ("Shelling hit the outskirts of Abu Hadidan, 20 km from Raqqa.", "Abu Hadidan"),
    ("Government forces shelled Abu Karmal and Tal Sumaq overnight.", "Abu Karmal"),
    ("Two shepherds were killed in Abou Tineh, east of Hama.", "Abou Tineh"),
    ("Fighting spread to Umm Ruwaq and Kafr Dabil.", "Umm Ruwaq"),
    ("Fighting near Abu Jurayd was fierce, residents said.", "Abu Jurayd"),  # the verb is the clause's
])
def test_a_name_opened_by_abu_is_a_village_after_a_place_cue(gaz, text, name):
    assert name in unresolved(gaz, text)


def test_a_village_opened_by_abu_stands_in_at_the_town_the_text_measures_it_from(gaz):
    village = names(gaz, "Shelling hit the outskirts of Abu Hadidan, 20 km from Raqqa.")["Abu Hadidan"]
    assert (village.fallback.name, village.fallback.raw) == ("Ar Raqqah", "Abu Hadidan")


@pytest.mark.parametrize("text", [
    "Abu Omar, a commander, said the attack on Idlib was repelled.",  # no place cue: a speaker
    "Clashes erupted in Idlib, the spokesman Abu Hamza said.",  # after a title
    "Umm Khalid lost her son in the shelling of Idlib.",
    "We met with Abu Rami, who said the road to Idlib was closed.",
    "The drone struck near Abu Fadil, the commander of the brigade, on Monday.",  # an apposition naming a role
    "Clashes in Idlib killed four fighters, according to Abu Sami.",
    "The talks in Abu Nidal's house in Hama ended late.",  # a possessive: a person's house
])
def test_abu_or_umm_opening_a_persons_byname_is_no_place(gaz, text):
    assert not any(n.startswith(("Abu ", "Umm ")) for n in unresolved(gaz, text))


# -- where the unknown name stands in --------------------------------------------------------------------------
def test_a_camp_in_a_town_stands_in_near_the_town(gaz):
    camp = names(gaz, "Shells struck Goz Meleit camp in Nyala on Tuesday.")["Goz Meleit"]
    assert (camp.fallback.name, camp.fallback.precision, camp.fallback.raw) == ("Nyala", WHERE_PREC_NEAR, "Goz Meleit")


@pytest.mark.parametrize("distance, precision", [
    ("20 km", WHERE_PREC_NEAR), ("40 km", WHERE_PREC_ADMIN2), ("120 km", WHERE_PREC_ADMIN1),
    ("10 miles", WHERE_PREC_NEAR),
])
def test_a_stated_distance_from_a_town_sets_how_precise_the_stand_in_is(gaz, distance, precision):
    text = f"Insurgents overran the village of Ngamdu, {distance} from Maiduguri, on Friday."
    village = names(gaz, text)["Ngamdu"]
    assert (village.fallback.name, village.fallback.precision) == ("Maiduguri", precision)


def test_the_event_is_at_the_camp_near_the_town_not_in_the_town_itself(gaz):
    text = "Shells struck Goz Meleit camp in Nyala on Tuesday, killing three displaced people."
    place = choose_event_location(geoparse(gaz, text), 0, len(text))
    assert (place.name, place.precision, place.raw) == ("Nyala", WHERE_PREC_NEAR, "Goz Meleit")


def test_geocode_json_shows_the_unresolved_name_with_its_stand_in():
    import json

    from typer.testing import CliRunner

    from eventwatch.cli import app

    text = "Shells fell on the Hay al-Nour neighbourhood of Aleppo."
    result = CliRunner().invoke(app, ["geocode", text, "--json"])
    assert result.exit_code == 0, result.output
    rows = {r["text"]: r for r in json.loads(result.stdout)}
    row = rows["Hay al-Nour"]
    assert row["place"] is None
    stand_in = row["fallback"]
    assert (stand_in["name"], stand_in["precision"], stand_in["raw"]) == ("Aleppo", WHERE_PREC_NEAR, "Hay al-Nour")


# -- the word lists --------------------------------------------------------------------------------------------
def test_the_bundled_word_lists_load_folded():
    words = load_unknown_place_words()
    assert {"khirbet", "kafr", "birnin", "barangay"} <= words.prefixes
    assert words.weak_prefixes <= words.prefixes and words.guarded_heads <= words.heads


@pytest.mark.parametrize("body, message", [
    ("toponym_prefixes: [kafr]\n", "expected exactly the keys"),
    ("toponym_prefixes: [Kafr]\nweak_prefixes: [kafr]\nsettlement_heads: [village]\nguarded_heads: [village]\n"
     "camp_qualifiers: [idp]\ndivision_phrases: {local government area: admin2}\n", "lower-case"),
    ("toponym_prefixes: [kafr]\nweak_prefixes: [dan]\nsettlement_heads: [village]\nguarded_heads: [village]\n"
     "camp_qualifiers: [idp]\ndivision_phrases: {local government area: admin2}\n", "weak_prefixes not among"),
    ("toponym_prefixes: [kafr]\nweak_prefixes: [kafr]\nsettlement_heads: [village]\nguarded_heads: [village]\n"
     "camp_qualifiers: [idp]\ndivision_phrases: {local government area: county}\n", "division_phrases"),
])
def test_a_malformed_word_list_fails_loudly(tmp_path: Path, body, message):
    path = tmp_path / "unknown_places.yaml"
    path.write_text(body, encoding="utf-8")
    with pytest.raises(ValueError, match=message):
        load_unknown_place_words(str(path))


# -- a camp named by what it holds, and Arabic articles written loose -------------------------------------------
@pytest.mark.parametrize("text,name,container", [
    ("Militiamen set fire to shelters at the displacement site of Kambe Lopa in Djugu territory.",
     "Kambe Lopa", "CD"),
    ("Heavy rain flooded the IDP site of Tadoro Nuevo near Maiduguri last night.", "Tadoro Nuevo", "NG"),
    ("Aid workers reached the refugee settlement of Olumbeko outside Arua on Monday.", "Olumbeko", "UG"),
])
def test_a_settlement_word_after_a_displacement_qualifier_cues_the_name_after_its_of(gaz, text, name, container):
    found = names(gaz, text)
    assert name in found and found[name].place is None
    assert found[name].fallback is not None and found[name].fallback.country_code == container


def test_a_bare_site_of_is_no_cue_for_a_name(gaz):
    # without what a camp holds, "the site of" is as often a battle's or a ruin's
    assert "Kambe Lopa" not in unresolved(gaz, "Pilgrims gathered at the site of Kambe Lopa near Bunia.")


@pytest.mark.parametrize("text,name", [
    ("Fighters looted the village of Wadi an Tabrah in Gedaref state.", "Wadi an Tabrah"),
    ("Shelling hit the town of Umm al Karaba near Kadugli on Friday.", "Umm al Karaba"),
    ("Drones struck the village of Bir ash Shamal outside Sirte.", "Bir ash Shamal"),
])
def test_a_lower_case_arabic_article_between_capitalised_words_after_a_settlement_cue_is_part_of_the_name(
        gaz, text, name):
    assert name in unresolved(gaz, text)


def test_an_english_article_after_a_settlement_name_is_not_pulled_into_it(gaz):
    # the article must sit between two capitalised words: "an" before a lower-case word stays English
    found = unresolved(gaz, "Gunmen raided the village of Tadoro an hour before dawn, near Maiduguri.")
    assert "Tadoro" in found


# -- a compass word opening an unknown division's name ----------------------------------------------------------
@pytest.mark.parametrize("text,name,container,country", [
    ("Militias clashed with soldiers in the West Lomara zone of Amhara region on Sunday.", "West Lomara",
     "Amhara", "ET"),
    ("Floods cut the only road through the North Kaboto region of Guyana this week.", "North Kaboto",
     "Guyana", "GY"),
    ("Gunmen killed four herders in the South Tarbeli woreda of Tigray region.", "South Tarbeli", "Tigray", "ET"),
])
def test_a_compass_word_opens_an_unknown_division_name_standing_in_at_its_container(gaz, text, name, container,
                                                                                   country):
    found = names(gaz, text)
    assert name in found and found[name].place is None
    assert (found[name].fallback.name, found[name].fallback.country_code) == (container, country)
    assert "West" not in found and "North" not in found and "South" not in found


def test_a_compass_opened_name_before_an_area_word_is_a_division_not_an_owners_land(gaz):
    # "in Taliban territory" says whose land; "in West Dembiro zone" says which division
    assert "West Dembiro" in unresolved(gaz, "Fighting was reported in West Dembiro zone on Monday.")
