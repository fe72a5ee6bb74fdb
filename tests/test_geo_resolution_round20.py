"""Resolution round twenty: two classes of wrong readings on gold spans.

1. A state's (or province's) own offices and courts after a name it shares with a town.

Where a first-level division and a town of it share a name ("New York", "Quebec", "Washington", "São Paulo"),
the bare name's reading is a corpus's habit; only words that fit one of the two are read (geo/namesake_levels.py,
cues.yaml `namesake_levels`). The division's offices already were ("governor", "legislature"); its law officer,
its courts, its members of the national senate and its guard and highway police were not, and "the New York
attorney general" or "the Quebec Superior Court" went to the city. They are the division's: a city has no attorney
general, senators or national guard, and its supreme, superior and appeals courts are the state's or province's
sitting there ("the Quebec Superior Court", "the New York Supreme Court"). A bare "court" is not among them: "a
Washington court" or "a Sao Paulo court" sits in the city as often as it is the state's.

Words that fit both levels ("police", which cities and provinces both have, is the town's word by habit) are
left as they were, and a name that no division shares ("a Paris court") is not moved.

2. A name the gazetteer lacks, read only by a first-level division's or a country's name inside it (a settlement
called after another state, "Georgia Colony"), is believed only where the document's other places are; it was
also one of those places, so its inner state carried a county beside it that several states have into that state,
and the county then made the inner reading believed. Such a name is now context for no other name, as a
facility's borrowed reading is not. A longer name whose inner name is best read as a town or a feature ("a Dubai
race", "a valley named for its town") stays context: there it is often the document's one sign of where it is.

Every sentence here is invented.
"""
from __future__ import annotations

import pytest

from conftest import toponym
from eventwatch.geo import resolve_names


@pytest.mark.parametrize("text,name,admin1", [
    ("The New York attorney general opened an inquiry into the landlord.", "New York", "New York"),
    ("Meanwhile, New York's attorney general said he would sue the lender.", "New York", "New York"),
    ("The New York Supreme Court dismissed the suit against the builder.", "New York", "New York"),
    ("Two New York senators asked for federal help after the storm.", "New York", "New York"),
    ("The Quebec Superior Court ruled against the union.", "Quebec", "Quebec"),
])
def test_a_divisions_law_officer_courts_and_senators_read_the_division(gaz, text, name, admin1):
    place = toponym(gaz, text, name).place
    assert place is not None and place.feature_code == "ADM1" and place.admin1 == admin1


@pytest.mark.parametrize("text,name,feature_code,country", [
    # a city's police: the town's word, as before
    ("New York police arrested two men near the harbour on Sunday.", "New York", "PPL", "US"),
    # no division shares the name: the court is the capital's
    ("A Paris court convicted the former minister on Tuesday.", "Paris", "PPLC", "FR"),
    # a bare court fits both levels: the reading is left to the resolver (the federal capital here)
    ("A Washington court sentenced the former aide on Friday.", "Washington", "PPLC", "US"),
    # a country's law officer stays the country's
    ("Mexico's attorney general said the suspects were detained.", "Mexico", "PCLI", "MX"),
])
def test_words_of_a_town_or_of_a_name_no_division_shares_leave_the_reading(gaz, text, name, feature_code,
                                                                          country):
    place = toponym(gaz, text, name).place
    assert place is not None and (place.feature_code, place.country_code) == (feature_code, country)


# -- 2. a name read by a division's name inside it supports no other name ------------------------------------------

def _resolved(gaz, text, names, **kwargs):
    spans = [(text.index(n), text.index(n) + len(n)) for n in names]
    return {t.text: t.place for t in resolve_names(gaz, text, spans, **kwargs)}


def test_a_settlement_named_after_another_state_does_not_carry_the_county_beside_it_there(gaz):
    # Lamar County lies in four states; the paper's home, Paris, is the seat of the Texas one.
    text = "A grass fire near Georgia Colony burned 40 acres before Lamar County crews contained it."
    places = _resolved(gaz, text, ["Georgia Colony", "Lamar County"], url="parisweeklyledger.com")
    assert places["Lamar County"] is not None and places["Lamar County"].admin1 == "Texas"
    # the inner state alone is no reading of the settlement once nothing else puts the story there
    assert places["Georgia Colony"] is None or places["Georgia Colony"].feature_code != "ADM1"


def test_a_settlement_named_after_a_state_is_still_read_there_when_the_story_is_there(gaz):
    text = "Volunteers from Georgia Colony and Macon cleared the storm debris on Saturday."
    places = _resolved(gaz, text, ["Georgia Colony", "Macon"])
    assert places["Macon"].admin1 == "Georgia"
    assert places["Georgia Colony"] is not None and places["Georgia Colony"].admin1 == "Georgia"
