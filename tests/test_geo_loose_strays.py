"""Specs: a capitalised word that is only like a place's name (another spelling), with no cue placing it and
every reading refused, is no place (a firm's, a brand's name); a loose spelling whose reading holds, one a cue
places, and a name written as the gazetteer holds it stay (geo/loose_strays.py)."""
from __future__ import annotations

from eventwatch.geo import geoparse
from eventwatch.geo.gazetteer import Candidate
from eventwatch.geo.loose_strays import loose_strays
from eventwatch.geo.name_span import NameSpan
from eventwatch.geo.resolve import Resolution


def _town(similarity: float) -> Candidate:
    return Candidate(id=1, name="Brovary", lat=50.5, lon=30.8, country_code="UA", admin1_code="UA.13",
                     admin2_code=None, admin1="Kyiv", admin2=None, feature_code="PPL", population=100_000,
                     geonames_id=None, source="test", precision=1, matched="Brovary", similarity=similarity)


def _span(similarity: float, cue=None) -> NameSpan:
    return NameSpan(0, 1, 0, 8, "brovaria", candidates=[_town(similarity)], cue=cue)


REFUSED = Resolution(None, 0)


def test_loose_spelling_without_a_cue_and_refused_is_dropped():
    # "The board of Brovaria meets in June" in a story set in Ohio: a firm named like a far town
    assert loose_strays([_span(91.0)], [REFUSED], [True]) == [0]


def test_loose_spelling_whose_reading_holds_stays():
    held = Resolution(_town(91.0), 1)
    assert loose_strays([_span(91.0)], [held], [True]) == []


def test_cued_or_exact_names_stay():
    assert loose_strays([_span(91.0, cue="in")], [REFUSED], [True]) == []
    assert loose_strays([_span(100.0)], [REFUSED], [True]) == []


def test_transliterated_village_after_an_attack_stays(gaz):
    found = {t.text for t in geoparse(gaz, "Shelling hit homes in Brovaria, east of Kiev, on Monday.")}
    assert "Brovaria" in found


def test_an_uncued_mention_of_a_name_the_text_also_cues_stays():
    # "insurgent-held Brovaria ... families who fled Brovaria": one place, written twice
    uncued, cued = _span(91.0), NameSpan(5, 6, 40, 48, "brovaria", candidates=[_town(91.0)], cue="fled")
    assert loose_strays([uncued, cued], [REFUSED, REFUSED], [True, True]) == []
