"""Named venues (theatres, studios, racecourses, golf clubs, restaurants, shops) read as places where the text
places them: by a venue head word, by a town's name opening the venue's name, or, for a name no head word
marks, by the town written after it ("a dinner at X in Y"). Employers, people, occasions and organisations in
the same slots stay what they are. Sentences and names are the project's own."""
from __future__ import annotations

import pytest

from eventwatch.geo import geoparse
from eventwatch.geo.facilities import is_site, load_facilities
from eventwatch.geo.recognise import Recogniser


@pytest.fixture(scope="module")
def rec(gaz) -> Recogniser:
    return Recogniser(gaz, facilities=True)


def spans(rec, text):
    return {text[s.start:s.end]: s for s in rec.recognise(text)}


def venue(found, name):
    return name in found and found[name].facility and found[name].locational


# -- 1. venue heads ---------------------------------------------------------------------------------------

@pytest.mark.parametrize("text,name", [
    ("The premiere was held at the Regal Cinema in Denver last night.", "Regal Cinema"),
    ("Filming took place at Pinewood Studios in Buckinghamshire over the summer.", "Pinewood Studios"),
    ("Two cars collided at the Sebring Raceway on Sunday afternoon.", "Sebring Raceway"),
    ("She got married at the Ritz Resort in Cancun in June.", "Ritz Resort"),
    ("The gala at Paris Opera House drew large crowds.", "Paris Opera House"),
    ("Members met at Pine Hollow Golf Club in Austin for the vote.", "Pine Hollow Golf Club"),
    ("Traffic was heavy near the Greenfield Country Club after the storm.", "Greenfield Country Club"),
])
def test_a_venue_head_with_a_place_cue_makes_one_facility(rec, text, name):
    assert venue(spans(rec, text), name)


def test_museum_of_x_on_a_named_street_is_placed_by_the_street(rec):
    found = spans(rec, "Visitors queued at dawn as the Museum of Salt on Harbor Avenue opened its doors.")
    assert venue(found, "Museum of Salt")


def test_a_facility_on_a_street_is_placed_by_it(rec):
    assert venue(spans(rec, "The Hollow Museum on Collins Avenue reopened."), "The Hollow Museum")


def test_x_of_the_y_names_the_building(rec):
    found = spans(rec, "The delegation visited the Embassy of the Republic of Peru in Lisbon.")
    assert venue(found, "Embassy of the Republic of Peru")
    assert found["Peru"].cue == "embedded" and found["Lisbon"].locational


@pytest.mark.parametrize("text,name", [
    ("Paramount Studios said the film would open in June.", "Paramount Studios"),
    ("The Fifth Circuit in New Orleans ruled against the state.", "Fifth Circuit"),
    ("The case was sent to the Ninth Circuit in San Francisco.", "Ninth Circuit"),
    ("He joined the Golf Club in 1990.", "Golf Club"),
])
def test_companies_acting_numbered_courts_and_bare_heads_are_not_venues(rec, text, name):
    assert not any(name in n and s.facility for n, s in spans(rec, text).items())


def test_new_venue_heads_name_buildings_not_sites():
    """The corpora that annotate place names only (LGL, TR-News, GeoVirus) must not see a theatre or a
    restaurant with no place name in it."""
    for name in ("Regal Cinema", "Pine Hollow Golf Club", "Lantern Restaurant", "Pinewood Studios"):
        assert not is_site(name)


def test_the_word_lists_load_with_compound_heads_and_venue_nouns():
    words = load_facilities()
    assert ("golf", "club") in words.compound_heads and "club" not in words.heads
    assert "restaurant" in words.lowercase_venues and "christmas" in words.occasion_words


# -- 3. a town's name opening the building's name ------------------------------------------------------

def test_a_town_named_with_its_article_opens_the_building_and_stays_embedded(rec):
    found = spans(rec, "The awards will be presented at The Colony Theatre in Los Angeles.")
    assert venue(found, "The Colony Theatre")
    assert found["The Colony"].cue == "embedded" and not found["The Colony"].locational
    assert found["Los Angeles"].locational


# -- 2. a capitalised name with its town after it ----------------------------------------------------------

@pytest.mark.parametrize("text,name", [
    ("The dinner was at Le Petit Jardin in Lyon on Saturday.", "Le Petit Jardin"),
    ("Guests gathered at Rosa's Kitchen in Paterson for the benefit.", "Rosa's Kitchen"),
    ("Dinner is at Lantern restaurant in Wayne on Friday.", "Lantern restaurant"),
    ("A fight broke out at the Anchor pub in Leeds.", "Anchor pub"),
    ("A winning ticket was sold at Bluebird Fuel Stop in Riverdale.", "Bluebird Fuel Stop"),
])
def test_a_name_after_at_with_its_town_is_a_venue(rec, text, name):
    assert venue(spans(rec, text), name)


@pytest.mark.parametrize("text,name", [
    ("A spokesman at Reuters in London said so.", "Reuters"),
    ("He works at Google in London.", "Google"),
    ("She studied at Harvard in 1990.", "Harvard"),
    ("An analyst at Capital Markets in London said prices rose.", "Capital Markets"),
    ("Executives at Bright Star in Chicago declined to comment.", "Bright Star"),
    ("We met at John Carter in Boston.", "John Carter"),
    ("We celebrated at Christmas Eve in Rome.", "Christmas Eve"),
    ("The film won at the Film Festival in Cannes.", "Film Festival"),
    ("He lost to Acme Group in Leeds.", "Acme Group"),
    ("Prices rose at Lantern restaurant in March.", "Lantern restaurant"),
    ("The associate rabbi at Beth Shalom Congregation in Dayton spoke first.", "Beth Shalom"),
    ("The foundation gave a grant to Open Doors Shelter in Richmond.", "Open Doors Shelter"),
    ("According to Paws Together Rescue in Winnipeg, the dog recovered.", "Paws Together Rescue"),
    ("Leaders spoke at the World Trade Forum in Geneva.", "World Trade Forum"),
])
def test_employers_people_occasions_and_organisations_are_not_venues(rec, text, name):
    assert not any(s.facility for n, s in spans(rec, text).items() if name in n)


def test_a_list_of_names_after_at_is_not_a_venue_and_its_town(rec):
    found = spans(rec, "She taught classes at Maple Grove, Deer Park and Oak Hill schools.")
    assert not any(s.facility for s in found.values())


def test_the_race_at_a_named_ground_is_a_venue(rec):
    assert venue(spans(rec, "Drivers lined up for the race at Brands Hatch."), "Brands Hatch")
    assert venue(spans(rec, "Flags hung over the spectacular Ashgrove Racecourse as the race began."),
                 "Ashgrove Racecourse")


def test_a_name_already_known_whole_is_not_made_a_venue(rec):
    found = spans(rec, "Refugees moved to Santa Clara County in California last year.")
    assert not any(s.facility for s in found.values())


def test_a_venue_stands_in_at_its_town_with_the_towns_precision(gaz):
    toponyms = geoparse(gaz, "The dinner was at Le Petit Jardin in Lyon on Saturday.")
    by_text = {t.text: t for t in toponyms}
    venue_t, town = by_text["Le Petit Jardin"], by_text["Lyon"]
    assert venue_t.place is None and venue_t.locational
    assert venue_t.fallback is not None and town.place is not None
    assert (venue_t.fallback.lat, venue_t.fallback.lon) == (town.place.lat, town.place.lon)
    assert venue_t.fallback.precision >= town.place.precision


def test_a_town_opening_a_longer_name_after_the_comma_places_nothing(rec):
    found = spans(rec, "Buses stop at Maple Hollow, Springfield Catholic School and the library.")
    assert not any(s.facility for n, s in found.items() if n.startswith("Maple Hollow"))
    assert venue(spans(rec, "Buses stop at Maple Hollow, Springfield on Mondays."), "Maple Hollow")
