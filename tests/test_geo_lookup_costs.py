"""What the geoparser reads and works out once, rather than per reading, per name or per document, gives the
same answers as reading and working it out each time.

Small stores written by the test from invented records.
"""
from __future__ import annotations

import dataclasses

import pytest

from eventwatch.geo.gazetteer import Candidate, Gazetteer
from eventwatch.geo.name_span import NameSpan
from eventwatch.geo.recognise import _strong_name_tokens
from eventwatch.geo.store import NAME_ALT, NAME_MAIN, PlaceRecord, write_store
from eventwatch.geo.unknown_names import UnknownPlaceWords


def _records() -> list[PlaceRecord]:
    return [
        # A town in a country whose names reach English transliterated, with a second spelling.
        PlaceRecord("Qarnabit", 34.1, 36.2, "SY", "SY.04", feature_code="PPL", population=12_000,
                    geonames_id=11, names=[("Qarnabit", NAME_MAIN), ("Karnabeet", NAME_ALT)]),
        # Another transliterated place under the same key, spelled too differently to be picked.
        PlaceRecord("Qurnbat", 33.0, 35.0, "SY", "SY.05", feature_code="PPL", population=500,
                    geonames_id=12, names=[("Qurnbat", NAME_MAIN)]),
        PlaceRecord("Karnabit", 47.0, 2.0, "FR", "FR.24", feature_code="PPL", population=700,
                    geonames_id=13, names=[("Karnabit", NAME_MAIN)]),
    ]


@pytest.fixture()
def store(tmp_path):
    return write_store(_records(), tmp_path / "store", admin1_names={}, admin2_names={})


# What a candidate says of the spelling it was picked by, not of its place's row.
_SPELLING_FIELDS = ("prior", "exact", "kind", "matched", "match_norm", "similarity")


def _fields(c: Candidate) -> tuple:
    """The candidate's place row: every field but those of the spelling that picked it (a variant may be
    closest to the place's alternate name, "Qarnabeet" to "Karnabeet", the exact one to its main name)."""
    return tuple(getattr(c, f.name) for f in dataclasses.fields(c) if f.name not in _SPELLING_FIELDS)


def test_a_place_picked_by_a_variant_spelling_carries_the_same_row_as_when_picked_exactly(store):
    by_variant = {c.geonames_id: c for c in Gazetteer.load(str(store)).lookup("Qarnabeet", limit=50)}
    by_name = {c.geonames_id: c for c in Gazetteer.load(str(store)).lookup("Qarnabit", limit=50)}
    assert 11 in by_variant and not by_variant[11].exact
    variant, exact = by_variant[11], by_name[11]
    assert _fields(variant) == _fields(exact)  # id, name, coordinates, codes, population, source...


def test_only_the_rows_of_picked_transliterated_places_are_read(store):
    g = Gazetteer.load(str(store))
    statements: list[str] = []
    g.db.set_trace_callback(statements.append)
    picked = {c.id for c in g.lookup("Qarnabeet", limit=50)}
    assert picked
    # The transliterated spellings are read without their places; a picked place's row afterwards.
    assert not any("JOIN places" in s and "IN ('" in s for s in statements)
    assert set(g._rows) == picked


def test_a_row_read_once_serves_later_documents(store):
    g = Gazetteer.load(str(store))
    first = [c.geonames_id for c in g.lookup("Qarnabeet", limit=50)]
    second_spelling = [c.geonames_id for c in g.lookup("Karnabeet", limit=50)]
    g.db.close()  # what was read is remembered: the same names again need no store
    assert [c.geonames_id for c in g.lookup("Qarnabeet", limit=50)] == first
    assert [c.geonames_id for c in g.lookup("Karnabeet", limit=50)] == second_spelling


def _candidate(similarity: float, feature_code: str = "PPL", population: int = 1_000,
               source: str = "geonames") -> Candidate:
    return Candidate(1, "Dunmorrow", 1.0, 2.0, "GB", "GB.ENG", None, None, None, feature_code, population, 7,
                     source, 5, NAME_MAIN, "Dunmorrow", "dunmorrow", similarity)


def test_a_reading_is_exact_when_its_spelling_is_the_texts_and_stays_so_when_copied():
    assert _candidate(100.0).exact
    assert not _candidate(91.5).exact
    assert not dataclasses.replace(_candidate(100.0), similarity=88.0).exact
    assert dataclasses.replace(_candidate(88.0), similarity=100.0).exact


def _span(i: int, j: int, *cands: Candidate) -> NameSpan:
    return NameSpan(i, j, i * 10, j * 10, "x", candidates=list(cands))


def test_strong_name_tokens_tell_countries_strong_places_and_natural_features_apart():
    country = _span(0, 1, _candidate(100.0, "PCLI"))
    city = _span(2, 4, _candidate(100.0, population=2_000_000))
    river = _span(5, 6, _candidate(100.0, "STM", source="curated"))
    village = _span(7, 8, _candidate(100.0, population=300))
    lookalike = _span(9, 10, _candidate(90.0, "PCLI"))  # a country only by a similar spelling
    polity, strong, placed = _strong_name_tokens([country, city, river, village, lookalike])
    assert polity == {0}
    assert strong == {0, 2, 3, 5}
    assert placed == {0, 2, 3}  # a river's neighbour is more often part of a longer name


def test_division_phrases_are_grouped_by_first_word_longest_first():
    phrases = ((("rural", "district", "council"), "admin2"), (("rural", "district"), "admin2"),
               (("hill", "county"), "admin1"))
    words = UnknownPlaceWords(frozenset(), frozenset(), frozenset(), frozenset(), frozenset(), phrases)
    assert words.phrases_by_first_word["rural"] == phrases[:2]
    assert words.phrases_by_first_word["hill"] == phrases[2:]
    assert "district" not in words.phrases_by_first_word
    assert words == UnknownPlaceWords(frozenset(), frozenset(), frozenset(), frozenset(), frozenset(), phrases)
