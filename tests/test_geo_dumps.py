"""Loading full GeoNames dumps (main table and alternate names) into the compact store."""
from __future__ import annotations

from pathlib import Path

import pytest

from eventwatch.geo.dumps import build_from_dump, read_alternate_names, read_geonames
from eventwatch.geo.gazetteer import Gazetteer

FIXTURES = Path(__file__).parent / "fixtures" / "geo"


def test_main_table_rows_become_records_with_codes_and_names():
    rows = {r.geonames_id: r for r in read_geonames(FIXTURES / "SY_sample.txt", countries={"SY"})}
    aleppo = rows[170063]
    assert (aleppo.country_code, aleppo.admin1_code, aleppo.feature_code) == ("SY", "SY.09", "PPLA")
    assert ("حلب", 1) in aleppo.names and ("Halab", 1) in aleppo.names
    assert 741240 not in rows  # Of is in Turkey: filtered out by --countries


def test_feature_class_and_population_filters():
    only_divisions = list(read_geonames(FIXTURES / "SY_sample.txt", feature_classes=frozenset("A")))
    assert {r.feature_code for r in only_divisions} == {"ADM1"}
    big = list(read_geonames(FIXTURES / "SY_sample.txt", min_population=100_000))
    assert all(r.population >= 100_000 or r.feature_code.startswith("ADM") for r in big)


def test_alternate_names_skip_links_and_historic_names():
    names = read_alternate_names(FIXTURES / "alternateNames_sample.txt", {170063, 168325})
    assert "Aleppo City" in names[170063]
    assert not any(n.startswith("http") for n in names[170063])
    assert "Beroia" not in names[170063]  # historic
    assert "Khan Cheikhoun" in names[168325]


def test_malformed_dump_is_rejected(tmp_path):
    bad = tmp_path / "XX.txt"
    bad.write_text("1\tOnly three\tcolumns\n", encoding="utf-8")
    with pytest.raises(ValueError, match="19 tab-separated"):
        list(read_geonames(bad))


def test_a_built_store_answers_lookups_and_keeps_the_rest_of_the_world(tmp_path):
    store = build_from_dump(FIXTURES / "SY_sample.txt", tmp_path / "store",
                            alternate_names=FIXTURES / "alternateNames_sample.txt", countries=["SY"])
    g = Gazetteer.load(str(store))
    assert g.lookup("Maaret al-Numan")[0].geonames_id == 167611  # from alternateNamesV2
    assert g.lookup("Khan Cheikhoun")[0].geonames_id == 168325
    # Countries come from the bundled tables even when the dump holds one country.
    assert g.lookup("Turkey")[0].feature_code == "PCLI"
    aleppo = g.lookup("Aleppo", country="SY")[0]
    assert aleppo.admin1 == "Aleppo Governorate"  # division names taken from the dump's ADM1 rows
