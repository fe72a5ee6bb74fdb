"""Gazetteer coverage of islands, former names and historical divisions, and world and sub-national regions.

GeoNames' city and division tables hold none of these as such: without the curated entries a major island
loses to a village of the same name, a country's former name lands on a namesake province, an abolished
province on a town in another country, and "the Americas" on the United States. These tests state what the
bundled data must do for each class. The sentences are written for these tests.
"""
from __future__ import annotations

import csv
from pathlib import Path

import pytest

from eventwatch.geo import geoparse
from eventwatch.geo.derive import DATA_DIR
from eventwatch.geo.gazetteer import Gazetteer
from eventwatch.geo.natural_features import load_natural_features
from eventwatch.geo.sources import load_lexicon
from eventwatch.model import WHERE_PREC_INTERNATIONAL, WHERE_PREC_REGION


def resolved(gaz: Gazetteer, text: str) -> dict:
    """Each name found in the text → its resolved place (None when found but unresolved)."""
    return {t.text: t.place for t in geoparse(gaz, text)}


# -- islands -------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("text, name, country", [
    ("A strong earthquake shook Java on Tuesday, damaging hundreds of homes.", "Java", "ID"),
    ("Ferries between Lombok and Sumbawa were suspended because of high waves.", "Lombok", "ID"),
    ("Heavy rain flooded roads across Oahu overnight.", "Oahu", "US"),
    ("The storm knocked out power on Long Island and in parts of Connecticut.", "Long Island", "US"),
    ("Snow closed the passes on the South Island, the transport agency said.", "South Island", "NZ"),
    ("Wildfires spread on Vancouver Island during the heatwave.", "Vancouver Island", "CA"),
    ("Farmers on Honshu reported crop losses after the typhoon.", "Honshu", "JP"),
    ("Troops were deployed to Failaka Island off the coast.", "Failaka Island", "KW"),
])
def test_a_major_island_resolves_to_the_island_not_a_namesake_town(gaz, text, name, country):
    place = resolved(gaz, text)[name]
    assert place is not None and place.country_code == country
    assert place.feature_code in {"ISL", "ISLS"}
    # An island is a part of a country larger than a town: UCDP 5, not a point one can stand on.
    assert place.precision == WHERE_PREC_REGION


def test_an_island_named_as_a_town_with_its_state_stays_the_town(gaz):
    place = resolved(gaz, "Police in Trinidad, Colo., arrested two men on Friday.")["Trinidad"]
    assert place.country_code == "US" and place.feature_code.startswith("PPL")


def test_islands_that_are_divisions_are_not_listed_twice():
    """Sicily, Crete, Bali, Tasmania are first-level divisions in GeoNames: they resolve as those."""
    names = {n.lower() for f in load_natural_features() for n in f.all_names}
    assert not {"sicily", "crete", "bali", "tasmania", "sardinia", "corsica", "hokkaido"} & names


# -- former names of countries and unions that no longer exist -----------------------------------------------
@pytest.mark.parametrize("former, country", [
    ("Zaire", "CD"), ("Ceylon", "LK"), ("Persia", "IR"), ("Siam", "TH"), ("Rhodesia", "ZW"),
    ("Dahomey", "BJ"), ("Upper Volta", "BF"), ("East Pakistan", "BD"), ("Kampuchea", "KH"), ("Burma", "MM"),
])
def test_a_former_country_name_resolves_to_the_country_of_today(gaz, former, country):
    place = resolved(gaz, f"She was born in {former} and left as a child.")[former]
    assert place.country_code == country and place.feature_code.startswith("PCL")


@pytest.mark.parametrize("name", ["Soviet Union", "USSR", "Yugoslavia", "Czechoslovakia"])
def test_a_union_that_split_is_the_territory_it_covered_at_the_widest_precision(gaz, name):
    place = resolved(gaz, f"Thousands emigrated from {name} in those years.")[name]
    assert place.feature_code == "RGN" and place.country_code is None
    assert place.precision == WHERE_PREC_INTERNATIONAL


def test_the_soviet_union_lies_in_northern_asia_not_at_the_capital_of_a_later_sentence(gaz):
    places = resolved(gaz, "Missiles developed by the Soviet Union were shown in London.")
    assert places["Soviet Union"].lat > 45 and places["Soviet Union"].lon > 60
    assert places["London"].country_code == "GB"


def test_half_of_a_reunited_country_is_a_region_of_that_country(gaz):
    place = resolved(gaz, "He grew up in East Germany before the wall fell.")["East Germany"]
    assert place.country_code == "DE" and place.feature_code == "RGN"


@pytest.mark.parametrize("text, country", [
    ("Fighting in Congo drove families from Goma towards Bukavu.", "CD"),
    ("Officials in Brazzaville said flooding in Congo had displaced thousands.", "CG"),
    ("Aid agencies warned of hunger in Congo.", "CD"),  # no other evidence: the larger, more reported one
])
def test_congo_alone_is_the_congo_the_document_discusses(gaz, text, country):
    place = resolved(gaz, text)["Congo"]
    assert place.country_code == country and place.feature_code.startswith("PCL")


# -- renamed and abolished divisions --------------------------------------------------------------------------
@pytest.mark.parametrize("old, admin1", [
    ("Orissa", "Odisha"), ("NWFP", "Khyber Pakhtunkhwa"), ("Newfoundland", "Newfoundland and Labrador"),
    ("the Galapagos Islands", "Galápagos"),
])
def test_a_renamed_division_resolves_to_the_division_under_its_name_of_today(gaz, old, admin1):
    place = resolved(gaz, f"Floods in {old} cut off dozens of villages.")[old.removeprefix("the ")]
    assert place.feature_code == "ADM1" and place.name == admin1


@pytest.mark.parametrize("text, name, country", [
    ("Cholera cases rose in Nyanza Province, western Kenya.", "Nyanza Province", "KE"),
    ("Officials in North Eastern Province reported new cases near Wajir.", "North Eastern Province", "KE"),
    ("The outbreak reached Orientale province in the north-east of the country.", "Orientale", "CD"),
    ("Bird flu was found in Hedmark and Oppland, the Norwegian authorities said.", "Hedmark", "NO"),
    ("Police in Rhône-Alpes detained three suspects.", "Rhône-Alpes", "FR"),
    ("Two men died in the West Midlands after the storm.", "West Midlands", "GB"),
])
def test_an_abolished_division_still_used_in_reporting_resolves_to_its_territory(gaz, text, name, country):
    place = resolved(gaz, text)[name]
    assert place.country_code == country
    assert place.feature_code in {"ADM1H", "ADM2H"}


def test_a_province_cue_asks_for_an_abolished_province_as_for_a_current_one(gaz):
    """"Orientale province" is the former Congolese province, not Morocco's Oriental region spelled alike."""
    place = resolved(gaz, "Aid reached Orientale province last week.")["Orientale"]
    assert place.country_code == "CD" and place.feature_code == "ADM1H"


def test_an_abolished_division_does_not_take_a_namesake_town_s_own_country(gaz):
    """The Rwandan town keeps "Nyanza" where the document is about Rwanda and no longer a name of the
    Kenyan province resolves inside Rwanda."""
    places = resolved(gaz, "Officials in Nyanza district of Rwanda met farmers from Huye.")
    assert all(p is None or p.country_code != "KE" for p in places.values())


def test_every_historical_division_names_a_country_and_a_successor_that_exists():
    admin1 = {row[0] for row in csv.reader((DATA_DIR / "admin1.tsv").open(encoding="utf-8"), delimiter="\t")}
    historical = [p for p in load_lexicon().places if p.get("feature_code") in {"ADM1H", "ADM2H"}]
    assert len(historical) >= 20
    for p in historical:
        assert p.get("country") and int(p.get("population", 0)) > 0, p
        if p.get("admin1"):
            assert p["admin1"] in admin1, p


# -- regions --------------------------------------------------------------------------------------------------
def test_the_americas_are_a_region_spanning_both_continents_not_the_united_states(gaz):
    place = resolved(gaz, "The virus has spread across the Americas since March.")["Americas"]
    assert place.feature_code == "RGN" and place.country_code is None
    assert place.precision == WHERE_PREC_INTERNATIONAL


@pytest.mark.parametrize("text, name, country", [
    ("Storms battered the American South on Sunday.", "American South", "US"),
    ("Rents rose fastest in East Anglia last year.", "East Anglia", "GB"),
    ("Floods hit farms across the Pacific Northwest.", "Pacific Northwest", "US"),
])
def test_a_sub_national_region_resolves_inside_its_country(gaz, text, name, country):
    place = resolved(gaz, text)[name]
    assert place.country_code == country and place.feature_code == "RGN"


def test_a_former_union_s_adjective_is_read_like_a_demonym_not_as_a_location(gaz):
    """"Soviet officials" names the union as an actor, as "Russian officials" names Russia: it is no place
    an event happened."""
    soviet = next(t for t in geoparse(gaz, "Soviet officials denied the report, the newspaper said.")
                  if t.text == "Soviet")
    assert not soviet.locational and soviet.place.name == "Soviet Union"


@pytest.mark.parametrize("name, division", [
    ("Rakhine State", "Rakhine"), ("Arakan", "Rakhine"), ("Karen State", "Kayin State"),
    ("Rhineland-Palatinate", "Rheinland-Pfalz"),
])
def test_a_division_s_official_or_colonial_name_resolves_to_the_division(gaz, name, division):
    place = resolved(gaz, f"Shelling was reported in {name} on Sunday.")[name]
    assert place.feature_code == "ADM1" and place.name == division


# -- no new false places --------------------------------------------------------------------------------------
@pytest.mark.parametrize("text", [
    "A long island of calm lay between the two storms.",
    "Lorraine Bailey said the library would reopen on Monday.",
    "An outbreak of Rift Valley fever was confirmed in cattle.",
])
def test_ordinary_english_and_personal_names_gain_no_place(gaz, text):
    places = resolved(gaz, text)
    assert all(p is None for p in places.values()), places
