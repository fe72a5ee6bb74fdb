"""Resolution rules news copy needs: a world city listed with places abroad keeps its world reading; a
division named "of <country>", or by a compound name ("Upper East"), is that country's and that name's; and
a small town that is the only reading of its name in the story's country is not refused for lying far from
the story's other places there.

Stories are invented for these tests; the gazetteer is the bundled default one.
"""
from __future__ import annotations

import pytest

from eventwatch.geo import geoparse


def placed(gaz, text: str) -> dict[str, tuple]:
    """Each name's (country, first-level division) as the geoparser resolves it; None where unresolved."""
    out = {}
    for t in geoparse(gaz, text):
        out.setdefault(t.text, (t.place.country_code, t.place.admin1) if t.place else None)
    return out


# -- a world city listed with places abroad ---------------------------------------------------------------


@pytest.mark.parametrize("text, name, country", [
    ("The carrier opens routes to Denver and Seattle in May, and adds flights to Montreal and Vancouver.",
     "Vancouver", "CA"),
    ("The Seattle-based airline said it will also fly to Rome and Manchester from next spring.",
     "Manchester", "GB"),
    ("Freight from Seattle and Portland will be routed through Lisbon and Manchester instead.",
     "Manchester", "GB"),
])
def test_a_world_city_listed_with_a_place_abroad_keeps_its_world_reading(gaz, text, name, country):
    assert placed(gaz, text)[name][0] == country


@pytest.mark.parametrize("text, name, admin1", [
    # A town of its own region named beside it is the small namesake's firm support.
    ("Ferries from Bremerton and Manchester to Seattle were cancelled after the storm.", "Manchester",
     "Washington"),
    # A state after the name places it, whatever else the story names.
    ("Flights from Paris and Manchester, N.H., were delayed by snow.", "Manchester", "New Hampshire"),
    ("Police in Vancouver, Wash., and Portland closed bridges over the river.", "Vancouver", "Washington"),
])
def test_a_small_namesake_with_firm_support_of_its_own_is_kept(gaz, text, name, admin1):
    assert placed(gaz, text)[name][1] == admin1


# -- divisions named with their country, and compound division names ---------------------------------------


@pytest.mark.parametrize("text, name, country", [
    ("Cholera spread through the Northern Region of Ghana, health officials in Accra said.", "Northern Region",
     "GH"),
    ("Aid reached villages in the Northern Region of Ghana after the floods.", "Northern Region", "GH"),
    ("Drought has hit the Upper East Region, farmers in Bolgatanga said.", "Upper East Region", "GH"),
    ("Schools in the Upper East Region reopened on Monday.", "Upper East Region", "GH"),
])
def test_a_division_named_with_its_country_or_whole_is_that_countrys(gaz, text, name, country):
    assert placed(gaz, text)[name][0] == country


def test_a_division_held_without_its_division_word_is_read_with_it_where_the_story_lies(gaz):
    # Ghana's Central Region is held as "Central"; Uganda's and Malawi's as "Central Region".
    text = "Cocoa farmers around Cape Coast in the Central Region said on Monday that prices in Kumasi had fallen."
    assert placed(gaz, text)["Central Region"][0] == "GH"
    assert placed(gaz, "Floods cut roads around Kampala and across the Central Region on Monday.")[
        "Central Region"][0] == "UG"


def test_a_division_named_bare_still_reads_by_context(gaz):
    assert placed(gaz, "Rebels attacked a convoy in the Northern Region, officials in Gulu said.")[
        "Northern Region"][0] == "UG"


# -- a far small town that is the only reading of its name in the story's country --------------------------


@pytest.mark.parametrize("text, name, admin1", [
    ("Flooding closed roads in Exeter and Plymouth, while gales across the Scottish Highlands kept ferries from "
     "Oban in port.", "Oban", "Scotland"),
    ("Rail services between Bristol and Bath were suspended; in the Scottish Highlands, boats from Oban did not "
     "sail.", "Oban", "Scotland"),
])
def test_a_far_small_town_alone_of_its_name_in_the_storys_country_is_kept(gaz, text, name, admin1):
    assert placed(gaz, text)[name] == ("GB", admin1)


# -- places said to lie in a name do not make it a far village -------------------------------------------


@pytest.mark.parametrize("text, name, country", [
    ("Police found a stolen truck on Elm Street east of Toowong in Dallas.", "Dallas", "US"),
    ("A delivery van was stolen on Church Road east of Kitsilano in Montgomery.", "Montgomery", "US"),
    ("A pedestrian was struck on Queens Road beside Remuera in Glendale.", "Glendale", "US"),
])
def test_a_village_refused_beside_the_places_said_to_lie_in_it_leaves_its_name_to_the_world_city(gaz, text, name,
                                                                                                   country):
    # The inner place's only reading is abroad (a Brisbane or Vancouver suburb); the name's namesake village
    # in that country lies far from it, so the writer meant the city a reader knows by the name.
    assert placed(gaz, text)[name][0] == country


def test_a_refused_village_with_firm_places_of_its_own_still_stands_in(gaz):
    # Toowong is not said to lie in Dallas: the story's place argues for its country, and the name, whose
    # village there lies far from it, stands in rather than crossing to another continent.
    text = "Crowds gathered in Toowong on Saturday, and a second march set off in Dallas."
    assert placed(gaz, text)["Dallas"] is None
