"""Resolution by the document's own geography: a town lying in a second-level division the document names,
and a division holding a town it names, are read together ("Walker County ... Huntsville" is Texas, where
Huntsville is the county's seat, though the larger Huntsville is in Alabama).

The sentences are invented; the places are the bundled GeoNames gazetteer's (the session's `gaz`).
"""
from __future__ import annotations

import pytest

from eventwatch.geo import geoparse
from eventwatch.geo.recognise import division_spellings


def read(gaz, text: str) -> dict[str, tuple]:
    """Each name found, as (place name, first-level division name, feature code)."""
    out = {}
    for t in geoparse(gaz, text):
        p = t.place
        out[text[t.start : t.end]] = None if p is None else (p.name, p.admin1, p.feature_code)
    return out


def test_alone_a_town_name_is_its_largest_namesake(gaz):
    assert read(gaz, "Residents of Huntsville said the rain helped.")["Huntsville"][1] == "Alabama"


def test_a_named_county_places_the_town_that_lies_in_it(gaz):
    found = read(gaz, "Walker County commissioners lifted the burn ban on Tuesday. "
                      "Residents of Huntsville said the rain helped.")
    assert found["Huntsville"][1] == "Texas"
    # ... and the county follows the town: of the three Walker Counties, Texas's holds it.
    assert found["Walker County"][:3] == ("Walker County", "Texas", "ADM2")


def test_a_county_the_large_namesake_lies_in_keeps_it(gaz):
    found = read(gaz, "Madison County commissioners lifted the burn ban on Tuesday. "
                      "Residents of Huntsville said the rain helped.")
    assert found["Huntsville"][1] == "Alabama"
    assert found["Madison County"][1] == "Alabama"


def test_towns_around_a_city_do_not_turn_it_into_its_namesake_division(gaz):
    # Montreal is a city and a second-level division of that name around it: the towns named beside it
    # lie in the division, which must not make the division outrank the city.
    found = read(gaz, "Traffic was slow between Laval, Longueuil and Montreal on Monday.")
    assert found["Montreal"][2].startswith("PPL")


@pytest.mark.parametrize("name, expected", [
    ("DeSoto", ["De Soto"]),
    ("De Soto", ["DeSoto"]),
    ("LaSalle", ["La Salle"]),
    ("St. Tammany", ["Saint Tammany"]),
    ("Saint Louis", ["St. Louis"]),
    ("Walker", []),
    ("McLean", []),
])
def test_division_spellings_move_particles_and_saints(name, expected):
    assert division_spellings(name) == expected


def test_a_parish_spelled_unlike_the_gazetteer_is_still_the_parish(gaz):
    found = read(gaz, "Flooding closed roads in DeSoto Parish on Monday.")
    (place,) = found.values()
    assert place == ("De Soto Parish", "Louisiana", "ADM2")


def test_a_parish_names_its_state_for_the_towns_around_it(gaz):
    found = read(gaz, "The Mansfield police chief said the patrol starts Monday. A pastor from Shreveport "
                      "will lead it, DeSoto Parish officials said.")
    assert found["Mansfield"][1] == "Louisiana"


def test_an_abbreviated_saint_joins_the_division_name(gaz):
    text = "Deputies in St. Tammany Parish arrested two men."
    (t,) = geoparse(gaz, text)
    assert text[t.start : t.end] == "St. Tammany"
    assert (t.place.name, t.place.feature_code) == ("Saint Tammany Parish", "ADM2")
