"""Country-as-actor forms read as metonymy, each beside a literal use of the same shape that must stay a place.

Texts written for these tests (GeoWebNews' convention: a name used for a government, a people or a business
world is no place). Forms: a possessive whose head is followed by its verb or qualified by a body's initials,
"corporate X", a deed begun after "has begun", "have since" before a deed, "advised X", "hosted by" a country,
partners named after "co-host ... with", and a subject closed by "other countries".
"""
from __future__ import annotations

import pytest

from conftest import toponym


@pytest.mark.parametrize("text, name", [
    # A possessive's head ends where its verb begins.
    ("Canada's exports rose sharply in May.", "Canada"),
    ("Kenya's experience serves as a warning to its neighbours.", "Kenya"),
    # A body's initials between the possessive and its head.
    ("Officials feared that Norway's UN dues would rise.", "Norway"),
    # A sector of a country's society.
    ("A new survey finds corporate America cautious about hiring.", "America"),
    # A deed begun or kept up.
    ("Rwanda has begun screening travellers at the border.", "Rwanda"),
    # "since" as an adverb between an auxiliary and the deed.
    ("Mali, Chad and Niger have since left the bloc.", "Chad"),
    ("Mali, Chad and Niger have since left the bloc.", "Niger"),
    # The government advised, the government hosting.
    ("Norway, which has advised Peru for a decade, is helping.", "Peru"),
    ("Delegates met for talks, hosted by Switzerland at a hotel by the lake.", "Switzerland"),
    # Partners in a joint deed after "with".
    ("Chile will co-host the cup with Peru and Bolivia.", "Peru"),
    ("Chile will co-host the cup with Peru and Bolivia.", "Bolivia"),
    # A subject closed by "other countries" shares their deed.
    ("Portugal, other nations expel trade attachés after spy row", "Portugal"),
    ("Italy, Spain and other countries expelled envoys.", "Italy"),
    ("Spain and other nations will recognise the new state.", "Spain"),
])
def test_country_as_actor_is_no_place(gaz, text, name):
    assert not toponym(gaz, text, name).locational


@pytest.mark.parametrize("text, name", [
    ("Exports from Canada rose sharply in May.", "Canada"),
    ("Snow fell in Canada's north overnight.", "Canada"),
    ("Ottawa is Canada's capital.", "Canada"),
    ("Canada's trade figures were released on Monday.", "Canada"),
    ("Kenya's coast serves as a haven for turtles.", "Kenya"),
    ("Norway's EU border is long.", "Norway"),
    ("Ohio's economy has grown quickly.", "Ohio"),
    ("Farms across rural Kenya are dry.", "Kenya"),
    ("Flights to London were cancelled.", "London"),
    ("Niger has since been hit by floods.", "Niger"),
    ("Tourists visiting Peru were advised to boil water.", "Peru"),
    ("The match was hosted by Leeds.", "Leeds"),
    ("Chile will host the cup with matches in Peru and Bolivia.", "Peru"),
    ("Spain and other countries saw heavy floods.", "Spain"),
    ("Vet teams from Rwanda have begun vaccinating herds.", "Rwanda"),
    ("The mayor said Vancouver Island could not keep depending on one old ferry.", "Vancouver Island"),
    ("Travel to Spain and other countries resumed.", "Spain"),
])
def test_literal_use_of_the_same_shape_stays_a_place(gaz, text, name):
    assert toponym(gaz, text, name).locational
