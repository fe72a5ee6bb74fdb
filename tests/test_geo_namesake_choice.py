"""Choosing among namesakes with the publisher's home: which Richmond a local paper is in decides which Berea,
which Madison County and which Richmond its stories name.

Domains and stories are invented for these tests; the gazetteer is the bundled default one.
"""
from __future__ import annotations

import pytest

from eventwatch.geo import geoparse, resolve_names
from eventwatch.geo.gazetteer import Candidate
from eventwatch.geo.recognise import Recogniser
from eventwatch.geo.home_readings import HOME_CLOSE, _home_support
from eventwatch.geo.resolve import WEIGHTS, Resolver
from eventwatch.geo.store import NAME_ABBREVIATION


def admin1s(gaz, text, **kwargs):
    return {t.text: t.place.admin1 if t.place else None for t in geoparse(gaz, text, **kwargs)}


def homes(gaz, text, url):
    resolver = Resolver(gaz)
    resolver.resolve(Recogniser(gaz).recognise(text), text=text, url=url)
    return [(h.name, h.reading.admin1) for h in resolver.homes]


# -- a county or a town beside the home settles it -----------------------------------------------------


COUNTY_STORY = "A new clinic opened in Richmond on Monday. Its board serves families across Madison County."


def test_the_county_around_the_home_town_picks_the_papers_richmond(gaz):
    # Several states hold both a Richmond and a Madison County; only in Kentucky is one the other's seat.
    assert homes(gaz, COUNTY_STORY, "richmondweeklyledger.com") == [("richmond", "Kentucky")]
    got = admin1s(gaz, COUNTY_STORY, url="richmondweeklyledger.com")
    assert got == {"Richmond": "Kentucky", "Madison County": "Kentucky"}


def test_without_the_domain_the_pair_is_read_as_the_town_and_the_county_around_it(gaz):
    # geo/town_county_pairs.py: the best-known Richmond lies in no Madison County; the pair that does is meant.
    got = admin1s(gaz, COUNTY_STORY)
    assert got == {"Richmond": "Kentucky", "Madison County": "Kentucky"}


def test_a_town_beside_the_home_beats_a_foreign_citys_old_name(gaz):
    text = "Thieves broke into a shed behind a church in Berea overnight."
    assert admin1s(gaz, text, url="richmondweeklyledger.com")["Berea"] == "Kentucky"
    assert homes(gaz, text, "richmondweeklyledger.com") == [("richmond", "Kentucky")]


def test_gold_spans_get_the_same_home(gaz):
    spans = [(COUNTY_STORY.index(n), COUNTY_STORY.index(n) + len(n)) for n in ("Richmond", "Madison County")]
    got = resolve_names(gaz, COUNTY_STORY, spans, url="richmondweeklyledger.com")
    assert [t.place.admin1 for t in got] == ["Kentucky", "Kentucky"]


# -- a state's short form as the outlet's name ----------------------------------------------------------


def test_a_domain_naming_a_state_by_its_short_form_is_that_states_paper(gaz):
    text = "The Birmingham fair drew large crowds on Saturday."
    assert homes(gaz, text, "alherald.com") == [("al", "Alabama")]
    assert admin1s(gaz, text, url="alherald.com")["Birmingham"] == "Alabama"
    assert admin1s(gaz, text)["Birmingham"] != "Alabama"  # the larger English city without the domain


def test_a_state_short_form_with_nothing_of_the_state_in_the_story_is_no_home(gaz):
    assert homes(gaz, "The Paris fair drew large crowds on Saturday.", "alherald.com") == []


# -- how close a neighbour must lie ---------------------------------------------------------------------


def _place(name: str, lat: float, lon: float, admin1: str, feature: str = "PPL", kind: int = 0) -> Candidate:
    return Candidate(id=hash((name, lat, lon)) & 0xFFFF, name=name, lat=lat, lon=lon, country_code="US",
                     admin1_code=admin1, admin2_code=None, admin1=None, admin2=None, feature_code=feature,
                     population=10_000, geonames_id=None, source="test", precision=1, kind=kind)


HOME = _place("Home", 37.70, -84.30, "US.KY")


@pytest.mark.parametrize("other, expected", [
    (_place("Next door", 37.80, -84.30, "US.KY"), HOME_CLOSE),  # about 11 km: side by side
    (_place("Across the line", 37.70, -84.90, "US.TN"), 1.0),  # about 53 km, another state: nearby
    (_place("Same state, far", 36.70, -88.30, "US.KY"), 1.0),  # 370 km: the state alone
    (_place("Elsewhere", 40.00, -75.00, "US.PA"), 0.0),
])
def test_a_name_beside_the_home_votes_more_than_one_in_its_state(other, expected):
    votes = [("other", 1.0, [(other, 1.0)])]
    assert _home_support(HOME, "home", votes, WEIGHTS) == pytest.approx(expected)


def test_each_other_name_votes_once_by_its_best_reading():
    near = _place("Near", 37.75, -84.35, "US.KY")
    far = _place("Far", 36.70, -88.30, "US.KY")
    votes = [("one", 1.0, [(far, 1.0), (near, 0.5)]), ("home", 1.0, [(HOME, 1.0)])]
    # the nearby reading's half vote, doubled, is the name's best; the home's own name is no support
    assert _home_support(HOME, "home", votes, WEIGHTS) == pytest.approx(1.0)


def test_for_a_state_home_only_lying_in_it_counts():
    state = _place("Kentucky", 37.50, -85.00, "US.KY", feature="ADM1", kind=NAME_ABBREVIATION)
    inside = _place("Inside", 37.52, -85.02, "US.KY")
    beside = _place("Beside", 36.60, -85.00, "US.TN")
    assert _home_support(state, "ky", [("a", 1.0, [(inside, 1.0)])], WEIGHTS) == pytest.approx(1.0)
    assert _home_support(state, "ky", [("b", 1.0, [(beside, 1.0)])], WEIGHTS) == 0.0


# -- a metropolis named like its state -----------------------------------------------------------------


def codes(gaz, text):
    return {t.text: t.place.feature_code if t.place else None for t in geoparse(gaz, text)}


@pytest.mark.parametrize("text", [
    "The photographer grew up in New York and moved to Lagos in 2019.",
    "Exiled opposition leaders met donors in New York on Saturday.",
    "Crime in Johannesburg has fallen below that of New York.",
])
def test_a_metropolis_named_like_its_state_is_the_city_by_default(gaz, text):
    assert codes(gaz, text)["New York"].startswith("PPL")


@pytest.mark.parametrize("text", [
    "Snow closed schools across upstate New York on Tuesday.",
    "The storm reached Albany, New York, overnight.",
    "Floods hit New York, New Jersey and Connecticut.",
])
def test_the_state_where_the_words_say_state(gaz, text):
    assert codes(gaz, text)["New York"] == "ADM1"


# -- a newspaper's town ------------------------------------------------------------------------------------


@pytest.mark.parametrize("text, name, admin1", [
    ("Voters in Spokane told The Washington Post they were angry.", "Washington", "District of Columbia"),
    ("Farmers near Yuma told the Arizona Republic about the drought.", "Arizona", "Arizona"),  # no such city
])
def test_a_mastheads_place_is_the_city_it_is_published_in(gaz, text, name, admin1):
    [t] = [t for t in geoparse(gaz, text) if t.text == name]
    assert not t.locational and t.place.admin1 == admin1
    assert t.place.feature_code.startswith("PPL") == (name == "Washington")
