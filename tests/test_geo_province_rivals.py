"""A populous province abroad is the rival a same-named town must beat with its own ground
(geo/province_rivals.py): the story's country alone does not hand the name to the town."""
from __future__ import annotations

from eventwatch.geo import resolve_names


def read(gaz, text: str, *names: str) -> dict:
    spans = sorted((text.index(n), text.index(n) + len(n)) for n in names)
    return {t.text: t.place for t in resolve_names(gaz, text, spans)}


def test_a_province_abroad_beats_a_far_village_in_a_story_of_another_country(gaz):
    text = ("The old landing craft was built in Ohio in 1943 and carried tanks to the beaches of Normandy. "
            "It is now moored at a museum dock in Indiana.")
    place = read(gaz, text, "Ohio", "Normandy", "Indiana")["Normandy"]
    assert (place.country_code, place.feature_code) == ("FR", "ADM1")


def test_a_town_with_neighbours_named_keeps_the_name(gaz):
    text = "Police in Normandy said a car was stolen near St. Louis on Friday, and officers in Ferguson found it."
    place = read(gaz, text, "Normandy", "St. Louis", "Ferguson")["Normandy"]
    assert (place.country_code, place.admin1) == ("US", "Missouri")


def test_a_suburb_named_with_its_city_keeps_the_name(gaz):
    text = "Calgary police said the break-in happened in Tuscany on Monday night."
    place = read(gaz, text, "Calgary", "Tuscany")["Tuscany"]
    assert (place.country_code, place.admin1) == ("CA", "Alberta")


def test_a_province_abroad_beats_a_town_across_the_country(gaz):
    text = "The Toronto choir will tour Tuscany next spring, singing in churches and village squares."
    place = read(gaz, text, "Toronto", "Tuscany")["Tuscany"]
    assert (place.country_code, place.feature_code) == ("IT", "ADM1")
