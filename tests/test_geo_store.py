"""The store's lookups read only the rows a name can pick, and give the same answers on older stores.

Small stores written by the test from records of its own.
"""
from __future__ import annotations

import sqlite3

import pytest

from eventwatch.geo.gazetteer import Gazetteer
from eventwatch.geo.store import (NAME_ALT, NAME_MAIN, PLACES_FILE, TRANSLITERATED_INDEX, PlaceRecord, name_key,
                                  write_store)


def _records() -> list[PlaceRecord]:
    return [
        PlaceRecord("Saraqib", 35.86, 36.80, "SY", "SY.10", feature_code="PPL", population=30_000,
                    geonames_id=1, names=[("Saraqib", NAME_MAIN), ("Sarakib", NAME_ALT)]),
        PlaceRecord("Sarakab", 10.0, 10.0, "FR", "FR.11", feature_code="PPL", population=900, geonames_id=2,
                    names=[("Sarakab", NAME_MAIN)]),
        PlaceRecord("Sarakib", 20.0, 20.0, "FR", "FR.11", feature_code="PPL", population=800, geonames_id=3,
                    names=[("Sarakib", NAME_MAIN)]),
    ]


@pytest.fixture()
def store(tmp_path):
    return write_store(_records(), tmp_path / "store", admin1_names={}, admin2_names={})


def _ids(g: Gazetteer, name: str) -> set[int]:
    return {c.geonames_id for c in g.lookup(name, limit=50)}


def test_an_exact_spelling_finds_places_anywhere_and_a_variant_only_in_transliterated_countries(store):
    g = Gazetteer.load(str(store))
    # "Saraqeb" is no place's spelling: only the Syrian town, whose names reach English transliterated,
    # may be meant by it; the French village "Sarakab" under the same key may not.
    assert _ids(g, "Saraqeb") == {1}
    assert _ids(g, "Sarakib") == {1, 3}
    assert _ids(g, "Sarakab") == {1, 2}  # its own exact place, and the Syrian town as a variant


def test_a_store_without_countries_on_its_names_gives_the_same_answers(store):
    db = sqlite3.connect(store / PLACES_FILE)
    db.executescript(
        """
        CREATE TABLE old_names (key INTEGER, place INTEGER, kind INTEGER, norm TEXT, surface TEXT);
        INSERT INTO old_names SELECT key, place, kind, norm, surface FROM names;
        DROP TABLE names;
        ALTER TABLE old_names RENAME TO names;
        CREATE INDEX names_key ON names(key);
        """
    )
    db.commit()
    db.close()
    g = Gazetteer.load(str(store))
    assert _ids(g, "Saraqeb") == {1}
    assert _ids(g, "Sarakib") == {1, 3}


def test_answers_are_remembered_across_documents(store):
    g = Gazetteer.load(str(store))
    first = g.lookup("Saraqib")
    g.db.close()  # a second lookup of the same name must not need the store
    assert [c.geonames_id for c in g.lookup("Saraqib")] == [c.geonames_id for c in first]


def test_the_transliteration_query_reads_only_the_index_of_transliterated_countries_names(store):
    g = Gazetteer.load(str(store))
    key = g.key_id(name_key("Saraqib"))
    plan = " ".join(str(r) for r in g.db.execute(
        f"EXPLAIN QUERY PLAN SELECT n.key, n.kind, n.norm, n.surface, n.place FROM names n "
        f"WHERE n.key IN (?) AND n.cc IN ({g._translit_sql})", (key,)))
    assert f"COVERING INDEX {TRANSLITERATED_INDEX}" in plan
    # the French namesakes under the key are not in it
    rows = g.db.execute(f"SELECT place FROM names INDEXED BY {TRANSLITERATED_INDEX} "
                        f"WHERE key = ? AND cc IN ({g._translit_sql})", (key,)).fetchall()
    assert {r[0] for r in rows} == {1}


def test_a_store_written_before_the_index_gives_the_same_answers(store):
    db = sqlite3.connect(store / PLACES_FILE)
    db.execute(f"DROP INDEX {TRANSLITERATED_INDEX}")
    db.commit()
    db.close()
    g = Gazetteer.load(str(store))
    assert _ids(g, "Saraqeb") == {1}
    assert _ids(g, "Sarakab") == {1, 2}
