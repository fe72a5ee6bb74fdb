"""`Gazetteer.populated_place_spellings`, which the Arabic transliteration bridge indexes: every spelling of the
populated places of some countries, read with the country test on the names table (geo/gazetteer.py).

Uses the bundled default gazetteer.
"""
from __future__ import annotations

from eventwatch.geo.store import NAME_ALT, NAME_CURATED, NAME_MAIN


def test_every_name_row_carries_its_places_country(gaz):
    """What the country test on the names table relies on: the store copies each place's country to its names."""
    mismatched = gaz.db.execute(
        "SELECT count(*) FROM names n JOIN places p ON p.id = n.place WHERE n.cc IS NOT p.cc").fetchone()[0]
    assert mismatched == 0


def test_the_spellings_are_those_of_the_populated_places_of_the_countries(gaz):
    rows = gaz.db.execute(
        "SELECT n.surface, p.id FROM names n JOIN places p ON p.id = n.place WHERE p.cc IN ('BH', 'QA') "
        f"AND p.fcode LIKE 'PPL%' AND p.source != 'user' AND n.kind IN ({NAME_MAIN}, {NAME_ALT}, {NAME_CURATED})"
    ).fetchall()
    got = gaz.populated_place_spellings({"QA", "BH"})
    assert [(surface, cand.id) for cand, surface, _kind in got] == [(s, pid) for s, pid in rows]
    assert rows and {cand.country_code for cand, _s, _k in got} == {"BH", "QA"}
    assert all(cand.feature_code.startswith("PPL") for cand, _s, _k in got)


def test_no_country_code_gives_no_spellings(gaz):
    assert gaz.populated_place_spellings({"syria", ""}) == []
