"""A store built from a GeoNames dump merged with the bundled data: the dump's own rows for seas, rivers and
divisions win over the bundled entries of the same place and take their curated names; feature classes
that are not places in running text stay out unless asked for; a stream never outranks its namesake town.

The dump and alternate-names files are written by the tests (invented ids from 9500001, invented towns;
the seas and rivers are the bundled list's own).
"""
from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from conftest import run_cli
from eventwatch.geo import geoparse
from eventwatch.geo.dumps import build_from_dump, great_circle_km, keeps_row, match_features, read_geonames, \
    same_feature_km
from eventwatch.geo.gazetteer import Gazetteer, prior_score
from eventwatch.geo.name_span import strong
from eventwatch.geo.store import NAME_CURATED, NAME_MAIN, PlaceRecord

SYRIA_ID, RURAL_DAMASCUS_ID = 163843, 170652  # the bundled tables' GeoNames ids

# id, name, alternate names, lat, lon, class, code, country, admin1, population
ROWS = [
    (9500001, "Euphrates", "Firat,Al-Furat", 31.0, 47.42, "H", "STM", "IQ", "", 0),
    (9500002, "Euphrates", "", 38.0, -97.0, "H", "STM", "US", "", 0),  # a far namesake creek
    (9500003, "Mediterranean Sea", "Mare Mediterraneum,Mittelmeer", 35.5, 18.5, "H", "SEA", "", "", 0),
    (9500004, "Red Sea", "", -30.0, 135.0, "H", "LK", "AU", "", 0),  # a salt lake half a world away
    (9500005, "Orontes", "", 36.1, 36.0, "T", "MT", "SY", "", 0),  # a hill named after the river
    (9500006, "Kafr Tala", "Kafar Tala", 35.5, 36.5, "P", "PPL", "SY", "12", 4000),
    (9500007, "Kafr Tala", "", 35.52, 36.52, "H", "STM", "SY", "12", 0),  # the stream beside it
    (9500008, "Wadi Zarqun", "", 35.1, 36.8, "H", "STM", "SY", "12", 0),
    (9500010, "Al-Nour Hospital", "", 35.51, 36.51, "S", "HSP", "SY", "12", 0),
    (9500011, "Bir Hamra", "", 35.3, 36.9, "H", "WLL", "SY", "12", 0),
    (9500012, "Tell Ahmar", "", 35.4, 36.7, "T", "HLL", "SY", "12", 0),
    (9500013, "Qalaat Road", "", 35.45, 36.6, "R", "RD", "SY", "12", 0),
    (SYRIA_ID, "Syria", "Syrian Arab Republic", 35.0, 38.0, "A", "PCLI", "SY", "00", 22933531),
    (RURAL_DAMASCUS_ID, "Rif Dimashq Governorate", "", 33.5, 36.8, "A", "ADM1", "SY", "08", 2800000),
]
ALTERNATES = [
    (9500001, "ar", "نهر الفرات", ""),
    (9500003, "ar", "البحر الأبيض المتوسط", ""),
    (9500006, "ar", "كفر تالا", ""),
    (9500006, "en", "Qaryat Sabikha", "1"),  # historic: left out
]


def dump_line(gid, name, alternates, lat, lon, fclass, fcode, cc, a1, population) -> str:
    cols = [str(gid), name, name, alternates, str(lat), str(lon), fclass, fcode, cc, "", a1, "", "", "",
            str(population), "", "0", "Asia/Damascus", "2024-01-01"]
    return "\t".join(cols)


@pytest.fixture(scope="module")
def files(tmp_path_factory) -> tuple[Path, Path]:
    d = tmp_path_factory.mktemp("dump-features")
    dump = d / "XX.txt"
    dump.write_text("\n".join(dump_line(*r) for r in ROWS) + "\n", encoding="utf-8")
    alt = d / "alternateNamesV2.txt"
    alt.write_text("".join(f"{80000 + i}\t{gid}\t{lang}\t{name}\t\t\t\t{historic}\t\t\n"
                           for i, (gid, lang, name, historic) in enumerate(ALTERNATES)), encoding="utf-8")
    return dump, alt


@pytest.fixture(scope="module")
def store(files, tmp_path_factory) -> Path:
    dump, alt = files
    return build_from_dump(dump, tmp_path_factory.mktemp("dump-store") / "store", alternate_names=alt)


@pytest.fixture(scope="module")
def gaz(store) -> Gazetteer:
    return Gazetteer.load(str(store))


def ids(gaz: Gazetteer, name: str) -> list:
    return [c.geonames_id for c in gaz.lookup(name, limit=20)]


# -- what a dump load keeps ------------------------------------------------------------------------------
def test_by_default_named_landmarks_are_kept_but_wells_hills_buildings_and_roads_are_not(files):
    kept = {r.geonames_id for r in read_geonames(files[0])}
    assert {9500001, 9500003, 9500006, 9500007, 9500008} <= kept
    assert not kept & {9500010, 9500011, 9500012, 9500013}


def test_every_code_of_the_classes_asked_for_is_kept_when_asked(files):
    kept = {r.geonames_id for r in read_geonames(files[0], feature_classes=frozenset("APHTLSR"),
                                                   landmarks_only=False)}
    assert {9500010, 9500011, 9500012, 9500013} <= kept
    assert keeps_row("S", "HSP", frozenset("APS"), landmarks_only=True)  # a class asked for whole
    assert not keeps_row("S", "HSP", frozenset("AP"), landmarks_only=True)


# -- the dump's row wins over the bundled entry of the same feature -------------------------------------------
def test_a_bundled_river_gives_way_to_the_dump_row_and_lends_it_its_names(gaz):
    euphrates = gaz.lookup("Euphrates")[0]
    assert (euphrates.geonames_id, euphrates.lat, euphrates.lon) == (9500001, 31.0, 47.42)
    assert euphrates.source == "curated"  # vouched for by the bundled list: ranks as a curated feature
    for alias in ("River Euphrates", "Euphrates River", "الفرات", "نهر الفرات", "Al-Furat"):
        assert gaz.lookup(alias)[0].geonames_id == 9500001, alias
    # No id-less duplicate is left behind; the far namesake creek stays, ranked below.
    assert None not in ids(gaz, "Euphrates")
    assert ids(gaz, "Euphrates")[:2] == [9500001, 9500002]


def test_a_sea_keeps_its_bundled_aliases_and_gains_its_arabic_alternate_name(gaz):
    for name in ("Mediterranean Sea", "Eastern Mediterranean", "البحر المتوسط", "البحر الأبيض المتوسط"):
        assert gaz.lookup(name)[0].geonames_id == 9500003, name
    assert gaz.lookup("Mediterranean Sea")[0].precision == 7  # international water, as bundled


def test_a_namesake_too_far_or_of_another_class_does_not_replace_the_bundled_feature(gaz):
    red = gaz.lookup("Red Sea")
    assert red[0].geonames_id is None and red[0].feature_code == "SEA"  # the bundled sea, not the lake
    assert 9500004 in ids(gaz, "Red Sea")
    orontes = gaz.lookup("Orontes")
    assert orontes[0].feature_code == "STM" and orontes[0].geonames_id is None  # the river, not the hill


def test_match_prefers_the_best_known_namesake_within_reach():
    bundled = [PlaceRecord("Nahr Alpha", 30.0, 40.0, None, feature_code="STM", source="curated",
                           names=[("Nahr Alpha", NAME_CURATED)])]
    wadi = PlaceRecord("Nahr Alpha", 30.1, 40.1, "SY", feature_code="STM", names=[("Nahr Alpha", NAME_MAIN)])
    river = PlaceRecord("Nahr Alpha", 33.0, 43.0, "IQ", feature_code="STM",
                        names=[("Nahr Alpha", NAME_MAIN)] + [(f"Alpha {i}", 1) for i in range(12)])
    assert great_circle_km(30.0, 40.0, 33.0, 43.0) < same_feature_km("STM")
    assert match_features(bundled, [wadi, river]) == {0: river}
    assert match_features(bundled, []) == {}


def test_countries_and_divisions_in_the_dump_keep_their_demonyms_and_curated_aliases(gaz):
    syrian = gaz.lookup("Syrian")
    assert syrian and syrian[0].geonames_id == SYRIA_ID
    assert ids(gaz, "Syria").count(SYRIA_ID) == 1  # one row: the dump's
    for alias in ("Rural Damascus", "Reef Damascus", "ريف دمشق"):
        top = gaz.lookup(alias)[0]
        assert (top.geonames_id, top.feature_code) == (RURAL_DAMASCUS_ID, "ADM1"), alias


def test_countries_the_dump_lacks_keep_the_bundled_divisions(gaz):
    assert gaz.lookup("Ninawa")[0].admin1_code == "IQ.15"  # IQ holds only the river in this dump


# -- ranking and reading of dump-only features ----------------------------------------------------------------
def test_a_stream_named_like_a_town_never_beats_the_town(gaz):
    assert ids(gaz, "Kafr Tala")[:2] == [9500006, 9500007]
    found = {t.text: t for t in geoparse(gaz, "Shelling hit Kafr Tala and killed two children on Monday.")}
    assert found["Kafr Tala"].place.geonames_id == 9500006
    arabic = {t.text: t for t in geoparse(gaz, "قصفت الطائرات بلدة كفر تالا صباح اليوم")}
    assert any(t.place and t.place.geonames_id == 9500006 for t in arabic.values())


def test_a_dump_row_vouched_for_by_the_bundled_list_weighs_as_a_bundled_feature(gaz):
    dump_river, bundled_river = gaz.lookup("Euphrates")[0], gaz.lookup("Orontes")[0]
    assert (dump_river.geonames_id, bundled_river.geonames_id) == (9500001, None)
    assert prior_score(dump_river) == prior_score(bundled_river)
    creek = next(c for c in gaz.lookup("Euphrates") if c.geonames_id == 9500002)
    assert prior_score(creek) < prior_score(gaz.lookup("Kafr Tala")[0]) < prior_score(dump_river)


def test_an_uncurated_dump_stream_is_not_a_place_whatever_its_context(gaz):
    stream = gaz.lookup("Wadi Zarqun")[0]
    assert stream.feature_code == "STM" and stream.source == "geonames"
    assert not strong(stream)  # read as a place only with a place cue, like a small village
    assert strong(gaz.lookup("Euphrates")[0])


def test_historic_alternate_names_are_left_out(gaz):
    assert 9500006 not in ids(gaz, "Qaryat Sabikha")


# -- towns of the rest of the world ------------------------------------------------------------------------
def test_world_cities_add_the_bundled_towns_of_countries_the_dump_does_not_cover(files, tmp_path):
    cities = tmp_path / "cities.json"
    cities.write_text(json.dumps({
        "1": {"geonameid": 9600001, "name": "Lakeport Vale", "latitude": 46.2, "longitude": 6.1,
              "countrycode": "CH", "population": 5000, "admin1code": "GE", "alternatenames": []},
        "2": {"geonameid": 9600002, "name": "Kafr Tala", "latitude": 35.5, "longitude": 36.5,
              "countrycode": "SY", "population": 4000, "admin1code": "12", "alternatenames": []},
    }), encoding="utf-8")
    store = build_from_dump(files[0], tmp_path / "store", countries=["SY"], world_cities=True,
                            cities_file=cities)
    g = Gazetteer.load(str(store))
    assert g.lookup("Lakeport Vale")[0].geonames_id == 9600001
    assert 9600002 not in ids(g, "Kafr Tala")  # Syria's towns come from the dump alone
    without = build_from_dump(files[0], tmp_path / "store2", countries=["SY"])
    assert not Gazetteer.load(str(without)).lookup("Lakeport Vale")


# -- the command line --------------------------------------------------------------------------------------
def test_gazetteer_places_shows_the_dump_row_for_a_bundled_feature(files, tmp_path):
    dump, alt = files
    out = tmp_path / "cli-store"
    r = run_cli("gazetteer", "build", "--geonames", str(dump), "--alternate-names", str(alt), "--no-world-cities",
                "--out", str(out))
    assert r.returncode == 0, r.stderr.decode()
    with sqlite3.connect(str(out / "places.sqlite")) as db:
        assert not db.execute("SELECT 1 FROM places WHERE geonames_id IN (9500010, 9500011, 9500012, 9500013)").fetchall()
    r = run_cli("gazetteer", "places", "نهر الفرات", "--json", "--gazetteer", str(out))
    assert r.returncode == 0, r.stderr.decode()
    top = json.loads(r.stdout)[0]
    assert (top["geonames_id"], top["feature_code"], top["lat"]) == (9500001, "STM", 31.0)


def test_a_store_built_from_a_dump_holds_the_transliterated_names_index(store):
    from eventwatch.geo.store import PLACES_FILE, TRANSLITERATED_INDEX

    db = sqlite3.connect(store / PLACES_FILE)
    assert db.execute("SELECT 1 FROM sqlite_master WHERE type = 'index' AND name = ?",
                      (TRANSLITERATED_INDEX,)).fetchone() is not None



def test_a_dump_division_is_also_named_without_its_title_words_and_a_town_is_not(tmp_path):
    dump = tmp_path / "XX.txt"
    dump.write_text(dump_line(91, "Lakeholm Republic", "", 40.0, 40.0, "A", "ADM1", "XX", "01", 0) + "\n"
                    + dump_line(92, "Ferrow Republic", "", 41.0, 41.0, "P", "PPL", "XX", "01", 500) + "\n",
                    encoding="utf-8")
    names = {r.name: {n for n, _ in r.names} for r in read_geonames(dump)}
    assert "Lakeholm" in names["Lakeholm Republic"]
    assert "Ferrow" not in names["Ferrow Republic"]
