"""Readings the sixteenth news-probe batch asked for, as rules of their own: a name written with its country
means the place bearing it as its own name, a village refused for lying far from the story gives its name to
the world city, a river written with its head word is the river, not the council area named for it, and the
divisions a country owns in the possessive are that country's.
Sentences written for these tests."""
from __future__ import annotations

from conftest import toponym


def test_a_name_written_with_its_country_is_the_place_bearing_it_as_its_own(gaz):
    # Durbanville, near Paarl and Stellenbosch, holds "D'Urban" only as an old spelling.
    text = "She taught in Paarl and Stellenbosch, then moved to Durban, South Africa, in 1971."
    assert toponym(gaz, text, "Durban").place.admin1 == "KwaZulu-Natal"


def test_a_village_far_from_a_story_that_reaches_abroad_gives_its_name_to_the_world_city(gaz):
    # The story reaches abroad (Taiwan); Dresden, Tennessee, lies far from Denver and Austin.
    text = ("The startup, based in Denver, Colorado, has its chips made in Hsinchu, Taiwan, has offices in Austin, "
            "Texas, and opened a small lab in Dresden last year.")
    assert toponym(gaz, text, "Dresden").place.country_code == "DE"


def test_a_river_written_with_its_head_word_is_the_river_not_the_council_area(gaz):
    text = "Flood water from New South Wales will raise the Murray River at Mildura next week."
    assert toponym(gaz, text, "Murray River").place.feature_code == "STM"


def test_a_local_story_keeps_a_far_village_unresolved_rather_than_abroad(gaz):
    # A story that places nothing outside the United States names no world city by a bare town's name.
    text = ("The startup, based in Denver, Colorado, has offices in Austin, Texas, and opened a small lab in "
            "Dresden last year.")
    dresden = toponym(gaz, text, "Dresden")
    assert dresden.place is None or dresden.place.country_code == "US"


def test_divisions_a_country_owns_in_the_possessive_are_that_countrys(gaz):
    # Paraguay has a department of Misiones too: the possessive leaves only Argentina's province.
    from eventwatch.geo.name_span import NameSpan
    from eventwatch.geo.owned_divisions import owned_division_readings

    text = "Cases also climbed in Argentina's northern provinces of Formosa and Misiones."
    def span(name: str, within: str = text) -> NameSpan:
        start = within.index(name)
        return NameSpan(0, 1, start, start + len(name), name.lower(), candidates=gaz.lookup(name, limit=20))
    spans = [span("Argentina"), span("Formosa"), span("Misiones")]
    assert {c.country_code for c in spans[2].candidates} >= {"AR", "PY"}
    assert {c.country_code for c in owned_division_readings(text, spans, 2)} == {"AR"}
    # without the possessive the text states no owner
    plain = "Cases also climbed in the provinces of Formosa and Misiones."
    assert owned_division_readings(plain, [span("Formosa", plain), span("Misiones", plain)], 1) is None


def test_a_name_along_which_one_goes_is_the_river_not_a_village(gaz):
    # Lower Saxony holds a village called Elbe; the dykes run along the river.
    text = "Sheep grazed on the dykes along the Elbe south of Hamburg, farmers in Cuxhaven and Stade said."
    assert toponym(gaz, text, "Elbe").place.feature_code == "STM"
