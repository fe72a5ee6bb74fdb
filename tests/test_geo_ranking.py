"""Choosing among a name's readings: what the text around a name says about the kind of place it is.

The gazetteer is a handful of invented places: two names that are both a first-level division and a
large city inside it ("Norland" is more often read as the city, "Westmarch" as the state), two cities, and
"Brantwick", a large English town with a smaller namesake in Canada.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from eventwatch.geo import geoparse, resolve_names
from eventwatch.geo.dumps import build_from_dump
from eventwatch.geo.features import is_street
from eventwatch.geo.gazetteer import Gazetteer
from eventwatch.geo.recognise import NameSpan
from eventwatch.geo.recognise import Recogniser
from eventwatch.geo.resolve import Resolver, Weights, list_peers

FIXTURES = Path(__file__).parent / "fixtures" / "geo_ranking"


@pytest.fixture(scope="module")
def namesakes(tmp_path_factory) -> Gazetteer:
    store = build_from_dump(FIXTURES / "US_namesakes.txt", tmp_path_factory.mktemp("geo-ranking") / "store",
                            countries=["US", "GB", "CA"])
    return Gazetteer.load(str(store))


def place_of(gaz: Gazetteer, text: str, name: str):
    found = {t.text: t for t in geoparse(gaz, text)}
    return found[name].place


def test_alone_each_name_takes_its_likelier_reading(namesakes):
    assert place_of(namesakes, "Prices rose in Norland last year.", "Norland").feature_code == "PPL"
    assert place_of(namesakes, "Prices rose in Westmarch last year.", "Westmarch").feature_code == "ADM1"


def test_a_name_listed_with_states_is_a_state(namesakes):
    place = place_of(namesakes, "Flooding was reported in Ohio, Norland and Iowa on Monday.", "Norland")
    assert place.feature_code == "ADM1" and place.geonames_id == 9300001


def test_a_name_listed_with_cities_is_a_city(namesakes):
    place = place_of(namesakes, "The firm has offices in Carvale, Westmarch and Tessing.", "Westmarch")
    assert place.feature_code == "PPL" and place.geonames_id == 9300004


def test_listed_names_agree_when_resolving_given_spans_too(namesakes):
    text = "The firm has offices in Carvale, Westmarch and Tessing."
    spans = [(text.index(n), text.index(n) + len(n)) for n in ("Carvale", "Westmarch", "Tessing")]
    assert resolve_names(namesakes, text, spans)[1].place.geonames_id == 9300004


def test_two_names_joined_by_and_are_not_a_list_but_a_town_beside_a_town(namesakes):
    """Only runs of three or more say, as a list, what kind of places their members are (list_peers, below); but a
    name that is both a state and its namesake city, written in one sentence with another town of the country, is
    the city (geo/region_towns.py), unless a division word says otherwise."""
    place = place_of(namesakes, "Flights between Carvale and Westmarch resumed.", "Westmarch")
    assert place.feature_code == "PPL" and place.geonames_id == 9300004
    place = place_of(namesakes, "Flights between Carvale and Westmarch state resumed.", "Westmarch")
    assert place.feature_code == "ADM1"


def test_a_street_named_in_a_place_makes_the_place_a_town(namesakes):
    place = place_of(namesakes, "Police were called to 12 Granger St., Westmarch, on Friday.", "Westmarch")
    assert place.feature_code == "PPL" and place.geonames_id == 9300004


def test_street_words_end_street_names_only():
    assert is_street("memphis st.") and is_street("royal street") and is_street("hampton avenue")
    assert not is_street("street") and not is_street("westmarch") and not is_street("st. petersburg")


def test_list_peers_are_the_other_members_of_one_run():
    text = "Ohio, Utah and Iowa; later Carvale or Tessing."
    spans = [NameSpan(0, 1, text.index(n), text.index(n) + len(n), n.lower())
             for n in ("Ohio", "Utah", "Iowa", "Carvale", "Tessing")]
    peers = list_peers(text, spans)
    assert peers[0] == [1, 2] and peers[1] == [0, 2] and peers[2] == [0, 1]
    assert 3 not in peers and 4 not in peers  # a run of two is no list


def test_an_abbreviated_state_after_a_town_is_not_a_list_member():
    text = "Crews came from Carvale, Tessing and Norland, Ga. on Monday."
    names = ["Carvale", "Tessing", "Norland", "Ga."]
    spans = [NameSpan(0, 1, text.index(n), text.index(n) + len(n), n.lower()) for n in names]
    spans[3].abbreviation = True
    peers = list_peers(text, spans)
    assert sorted(peers) == [0, 1, 2] and 3 not in peers[2]


MARCH = ("Marchers in Brantwick remembered the victims in Syria, Iraq, Yemen and Libya, and thanked Canada for "
         "taking in refugees.")


def test_a_namesake_in_a_country_the_report_names_beats_a_larger_one_elsewhere(namesakes):
    assert place_of(namesakes, "Crowds gathered in Brantwick on Sunday.", "Brantwick").country_code == "GB"
    assert place_of(namesakes, MARCH, "Brantwick").country_code == "CA"


def test_the_named_country_counts_however_many_names_crowd_into_other_countries(namesakes):
    spans = Recogniser(namesakes).recognise(MARCH)
    k = next(i for i, s in enumerate(spans) if s.norm == "brantwick")
    without = Resolver(namesakes, Weights(named_country=0.0)).resolve(spans, text=MARCH)[k]
    assert without.candidate.country_code == "GB"  # Canada's share of the names alone is too small


def test_a_name_that_can_be_a_country_gains_nothing_for_its_towns_from_another_named_country(namesakes):
    # "Yemen" is a country and (here) a small Canadian town: naming Canada lends the town reading nothing
    # beyond what Canada's share of the names gives it ("Italy" beside "United States" is not a Texan town).
    text = "Talks between Canada and Yemen resumed on Monday."
    spans = Recogniser(namesakes).recognise(text)
    k = next(i for i, s in enumerate(spans) if s.norm == "yemen")

    def town_score(weights):
        r = Resolver(namesakes, weights).resolve(spans, text=text)[k]
        return next(sc for sc, c in r.ranked if c.geonames_id == 9300009)

    assert town_score(Weights()) == town_score(Weights(named_country=0.0))


def test_a_dateline_is_a_town(namesakes):
    text = "WESTMARCH, April 2 (Wire) - Officials said the budget would pass."
    assert place_of(namesakes, text, "WESTMARCH").feature_code == "PPL"


def test_a_small_town_needs_neighbours_not_just_its_country_to_beat_a_large_namesake(namesakes):
    # "Dunmere" is a large English town and a small Ohio one.
    text = "Officials in the United States and Canada said a delegation from Dunmere would arrive."
    assert place_of(namesakes, text, "Dunmere").country_code == "GB"
    text = "Crews from Dunmere and Ashford Mills were sent to help, officials in the United States said."
    place = place_of(namesakes, text, "Dunmere")
    assert place.country_code == "US" and place.geonames_id == 9300011
