"""A building named for a saint holds no place name: the saint's name in "St. Agnes's Catholic School" is a
person's, not the town of Saint Agnes, while "St. Paul" opening an arena's name or standing alone is the city.
Sentences and names are the project's own."""
from __future__ import annotations

import pytest

from eventwatch.evaluate.geo import place_name_predictions
from eventwatch.geo import geoparse


def _names(gaz, text: str) -> dict[str, object]:
    return {t.text: t for t in geoparse(gaz, text)}


@pytest.mark.parametrize("text,building,saint", [
    ("Twins from Halbrook won prizes at St. Bernard's Lutheran School in Kessing last week.",
     "St. Bernard's Lutheran School", "St. Bernard"),
    ("The funeral will be held at St. Joseph's Baptist Church, Denton, on Friday.",
     "St. Joseph's Baptist Church", "St. Joseph"),
    ("Mass was said at St. James Catholic Chapel in Dorrance before the parade.",
     "St. James Catholic Chapel", "St. James"),
    ("She was treated at St. Rose Memorial Hospital and released the same day.",
     "St. Rose Memorial Hospital", "St. Rose"),
])
def test_a_saints_building_is_one_name_and_the_saint_is_no_place(gaz, text, building, saint):
    found = _names(gaz, text)
    assert found[building].cue == "facility"
    assert saint not in found
    # a corpus that annotates place names only counts nothing here: the building holds none
    assert all(t.text not in (building, saint) for t in place_name_predictions(geoparse(gaz, text)))


def test_the_saints_name_with_its_possessive_is_that_building_again(gaz):
    text = ("The bus stops at St. Agnes's Catholic School first. St. Agnes's pupils ride for an hour, and "
            "parents may move their children to St. Agnes's if they wish.")
    assert [t.text for t in geoparse(gaz, text)] == ["St. Agnes's Catholic School"]


@pytest.mark.parametrize("text,town", [
    ("The wrestlers meet at the St. Paul Civic Arena on Friday night.", "St. Paul"),  # no saint's kind
    ("Doctors at the St. Cloud Animal Clinic said the dog was stable.", "St. Cloud"),  # no given name
    ("She moved to St. Paul last year and found work quickly.", "St. Paul"),
])
def test_a_town_named_for_a_saint_stays_a_town(gaz, text, town):
    t = _names(gaz, text)[town]
    assert t.place is not None and t.place.country_code == "US"
