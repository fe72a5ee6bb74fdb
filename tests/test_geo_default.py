"""The bundled default gazetteer: built once from installed data, then quick to load, and it knows Syria."""
from __future__ import annotations

import time

import pytest

from eventwatch.geo import choose_event_location, geoparse
from eventwatch.geo.gazetteer import Gazetteer, cache_dir, default_fingerprint



def test_the_cached_store_loads_in_under_two_seconds(gaz):
    t0 = time.perf_counter()
    again = Gazetteer(cache_dir() / f"gazetteer-default-{default_fingerprint()}")
    assert time.perf_counter() - t0 < 2.0
    assert again.lookup("Aleppo")[0].geonames_id == 170063


@pytest.mark.parametrize("spelling", ["Maaret al-Numan", "Maarat al-Numan", "Ma'arrat al-Nu'man", "معرة النعمان"])
def test_syrian_spellings_and_arabic_script(gaz, spelling):
    assert gaz.lookup(spelling, country="SY")[0].name.startswith("Ma")


def test_divisions_countries_and_curated_aliases(gaz):
    assert gaz.lookup("Aleppo")[1].feature_code == "ADM1"
    assert gaz.lookup("Rural Damascus")[0].admin1_code == "SY.08"
    assert gaz.lookup("Syria")[0].feature_code == "PCLI"
    assert gaz.lookup("Alabama")[0].feature_code == "ADM1"
    district = gaz.lookup("Jisr al-Shughur District")[0]
    assert district.feature_code == "ADM2" and district.lat is not None


def test_a_syrian_report_end_to_end(gaz):
    text = ("Russian warplanes struck Khan Sheikhoun and Maaret al-Numan on Monday, while shelling hit Atareb "
            "in western rural Aleppo. Damascus denied the reports. Rescuers reached the village of Kafr Batikh.")
    found = {t.text: t for t in geoparse(gaz, text)}
    assert found["Khan Sheikhoun"].place.country_code == "SY"
    assert found["Maaret al-Numan"].place.country_code == "SY"
    assert found["Atareb"].place.admin1 == "Aleppo"
    assert found["Aleppo"].place.feature_code == "ADM1" and found["Aleppo"].place.precision == 4
    assert found["Damascus"].locational is False and found["Russian"].locational is False
    first = text.index(".") + 1
    assert choose_event_location(list(found.values()), 0, first).country_code == "SY"
