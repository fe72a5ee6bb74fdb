"""Short forms and names shared by a town and the division or country around it, decided by the document.

"SA" is South Africa in a South African story and South Australia in an Australian one; "New York" is the
state beside its governor and the city beside its mayor; "Washington" is the capital in a story about
diplomats. The texts are written for these tests; the gazetteer is the bundled default one.
"""
from __future__ import annotations

import pytest

from eventwatch.geo import geoparse, resolve_names
from eventwatch.geo.resolve import government_business, namesake_level


def at(gaz, text: str, name: str, nth: int = 0):
    """The toponym resolved for the nth occurrence of `name`, given as a known place name span."""
    start = -1
    for _ in range(nth + 1):
        start = text.index(name, start + 1)
    return resolve_names(gaz, text, [(start, start + len(name))])[0]


def found(gaz, text):
    return {t.text: t for t in geoparse(gaz, text)}


# -- abbreviations read in the document's country ---------------------------------------------------------

def test_sa_is_south_africa_in_a_south_african_story(gaz):
    text = "Miners in Rustenburg marched to Pretoria. Unemployment in SA has risen, South Africans were told."
    t = at(gaz, text, "SA")
    assert t.place is not None and t.place.country_code == "ZA" and t.place.feature_code.startswith("PCL")


def test_sa_is_south_australia_in_an_australian_story(gaz):
    text = "Bushfires burned near Adelaide and Port Augusta. Firefighters across SA were on alert in Australia."
    t = at(gaz, text, "SA")
    assert t.place is not None and t.place.country_code == "AU" and t.place.feature_code == "ADM1"


def test_wa_is_western_australia_beside_perth_and_washington_state_beside_seattle(gaz):
    au = at(gaz, "Police in Perth and Bunbury said crime in WA fell.", "WA")
    us = at(gaz, "Police in Seattle and Spokane said crime in WA fell.", "WA")
    assert au.place is not None and au.place.country_code == "AU"
    assert us.place is not None and us.place.country_code == "US" and us.place.admin1 == "Washington"


def test_a_bare_short_form_nothing_in_the_document_supports_is_left_unresolved(gaz):
    t = at(gaz, "The MP said the budget would be voted on next week.", "MP")
    assert t.place is None


def test_a_dotted_state_abbreviation_is_read_without_support(gaz):
    t = at(gaz, "Officials said the N.J. agency would review the permits.", "N.J.")
    assert t.place is not None and t.place.name == "New Jersey"


@pytest.mark.parametrize("text, name, cc", [
    ("Exports from T&T rose, the ministry in Port of Spain said.", "T&T", "TT"),
    ("Floods hit Durban and Pietermaritzburg across KZN on Monday.", "KZN", "ZA"),
])
def test_common_short_forms_of_countries_and_provinces_are_places(gaz, text, name, cc):
    t = at(gaz, text, name)
    assert t.place is not None and t.place.country_code == cc


def test_kzn_is_recognised_as_a_province_in_running_text(gaz):
    t = found(gaz, "Floods hit Durban and Pietermaritzburg across KZN on Monday.")
    assert "KZN" in t and t["KZN"].place is not None and t["KZN"].place.feature_code == "ADM1"


# -- a town or the division around it, by the words beside the name -------------------------------------

@pytest.mark.parametrize("text, name, level", [
    ("Snow fell across upstate New York overnight.", "New York", "division"),
    ("New York's governor signed the bill.", "New York", "division"),
    ("The New York Gov. signed the bill.", "New York", "division"),
    ("The Ontario Health Minister resigned.", "Ontario", "division"),
    ("Mexico's president spoke in Monterrey.", "Mexico", "division"),
    ("Traffic stopped in downtown Springfield.", "Springfield", "town"),
    ("New York police said two men were held.", "New York", "town"),
    ("She flew to New York on Monday.", "New York", None),
    ("The New York Times reported it.", "New York", None),
])
def test_words_beside_a_name_tell_a_division_from_a_town(text, name, level):
    start = text.index(name)
    assert namesake_level(text, start, start + len(name)) == level


def test_new_york_beside_its_governor_is_the_state(gaz):
    text = "Flooding closed roads in Albany and Buffalo, and the New York governor declared an emergency."
    t = at(gaz, text, "New York")
    assert t.place is not None and t.place.feature_code == "ADM1" and t.place.name == "New York"


def test_new_york_beside_its_police_is_the_city(gaz):
    text = "New York police arrested two men after a robbery near Albany, officers said."
    t = at(gaz, text, "New York")
    assert t.place is not None and t.place.feature_code.startswith("PPL")
    assert t.place.lat is not None and abs(t.place.lat - 40.71) < 0.3


def test_the_streets_of_new_york_are_the_citys_even_beside_albany(gaz):
    text = "Crowds filled the streets of New York after the parade in Albany."
    t = at(gaz, text, "New York")
    assert t.place is not None and t.place.feature_code.startswith("PPL")


def test_a_cue_at_one_mention_carries_to_the_names_other_mentions(gaz):
    text = "New York police arrested two men after a robbery. Shops in New York stayed shut, officers near Albany said."
    first = text.index("New York")
    second = text.index("New York", first + 1)
    both = resolve_names(gaz, text, [(first, first + 8), (second, second + 8)])
    assert all(t.place is not None and t.place.feature_code.startswith("PPL") for t in both)


def test_quebec_beside_its_ministers_is_the_province(gaz):
    text = "Hospitals in Montreal and Sherbrooke are full, the Quebec Health Minister said."
    t = at(gaz, text, "Quebec")
    assert t.place is not None and t.place.feature_code == "ADM1" and t.place.country_code == "CA"


# -- a capital in a story about a government's business ----------------------------------------------------

def test_government_business_is_read_from_the_words_of_diplomacy(gaz):
    assert government_business("The embassy was closed and two diplomats were expelled.")
    assert not government_business("The bakery was closed and two workers were sent home.")


@pytest.mark.parametrize("text", [
    "Britain will expel 23 diplomats, ministers in London said. Officials in Washington said the United States "
    "backed the move.",
    "Ministers in London and Manchester said Britain would expel the diplomats. In Washington, officials said the "
    "United States would do the same.",
])
def test_washington_beside_diplomats_is_the_capital_even_in_a_british_story(gaz, text):
    place = found(gaz, text)["Washington"].place
    assert place is not None and place.country_code == "US" and place.feature_code == "PPLC"


def test_a_british_story_without_government_business_keeps_the_english_town(gaz):
    text = ("Bakers in London and Manchester said Britain would raise prices. In Washington, bakers said the same "
            "of the United States.")
    place = found(gaz, text)["Washington"].place
    assert place is not None and place.country_code == "GB"


# -- a short title in a world city's name ------------------------------------------------------------------

def test_st_petersburg_beside_russia_is_the_russian_city(gaz):
    text = "Russia said it would shut the American consulate in St. Petersburg and send home diplomats from the US."
    t = at(gaz, text, "St. Petersburg")
    assert t.place is not None and t.place.country_code == "RU"


def test_st_petersburg_beside_tampa_is_the_florida_city(gaz):
    text = "Storms flooded streets in Tampa and Clearwater, and St. Petersburg opened shelters."
    t = at(gaz, text, "St. Petersburg")
    assert t.place is not None and t.place.country_code == "US" and t.place.admin1 == "Florida"
