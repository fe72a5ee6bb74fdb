"""A name written with its country after a comma lies in that country; two countries side by side are a list.

Stories are invented for these tests; the gazetteer is the bundled default one. Each places a name whose
larger or nearer namesake lies in the country of the story's other places, and writes the country it means.
"""
from __future__ import annotations

import pytest

from eventwatch.geo import geoparse


def placed(gaz, text: str, publisher: str | None = None) -> dict[str, tuple]:
    """Each name's (country, feature code) as the geoparser resolves it; None where unresolved."""
    out = {}
    for t in geoparse(gaz, text, publisher=publisher):
        out.setdefault(t.text, (t.place.country_code, t.place.feature_code) if t.place else None)
    return out


@pytest.mark.parametrize("text, name, country", [
    ("The Guelph and Kitchener players met again in Cambridge, New Zealand, where the tournament is held "
     "each winter.", "Cambridge", "NZ"),
    ("The Kingston native who grew up near Belleville and Napanee now runs a cafe in Richmond, Australia.",
     "Richmond", "AU"),
    ("The Windsor and Sarnia teams flew out for a final in Hamilton, Bermuda.", "Hamilton", "BM"),
])
def test_a_name_written_with_a_country_lies_in_that_country_over_the_stories_local_namesake(gaz, text, name,
                                                                                           country):
    assert placed(gaz, text, publisher="cbc.ca")[name][0] == country


@pytest.mark.parametrize("text, name, country", [
    ("The Ohio teacher left Columbus and Dayton to work at a school in London, Canada.", "London", "CA"),
    ("Brampton and Mississauga officials visited a sister city in Kingston, Jamaica last month.", "Kingston", "JM"),
])
def test_the_written_country_keeps_the_reading_it_already_had(gaz, text, name, country):
    assert placed(gaz, text)[name][0] == country


@pytest.mark.parametrize("text", [
    "Exports from China, Japan rose sharply in the spring.",
    "Imports from Chad, Niger and Mali fell last year.",
])
def test_countries_side_by_side_are_a_list_not_a_village_and_its_country(gaz, text):
    assert all(place is not None and place[1].startswith("PCL") for place in placed(gaz, text).values())
