"""Named sites and written coordinates as documenters use them: a strike on "<Town> National Hospital", a
court building, a one-sentence report, and a position written beside the place it names. Sentences are the
project's own inventions."""
from __future__ import annotations

from datetime import datetime

import pytest

from eventwatch.geo import choose_event_location, geoparse
from eventwatch.geo.coordinates import Coordinate, beside, find_coordinates
from eventwatch.geo.facilities import load_facilities
from eventwatch.geo.normalise import tokenize
from eventwatch.geo.recognise import _title_case_tokens
from eventwatch.geo.resolve import haversine_km
from eventwatch.model import WHERE_PREC_ADMIN1, WHERE_PREC_EXACT, WHERE_PREC_NEAR, Document
from conftest import event_place


def by_text(toponyms):
    return {t.text: t for t in toponyms}


# -- facilities ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize("text,name,town", [
    ("Idlib National Hospital was shelled on Tuesday.", "Idlib National Hospital", "Idlib"),
    ("Shelling damaged Homs Central Hospital on Friday.", "Homs Central Hospital", "Homs"),
    ("A rocket hit Mosul General Hospital on Sunday.", "Mosul General Hospital", "Mosul"),
    ("Gunmen stormed Basra Teaching Hospital overnight.", "Basra Teaching Hospital", "Basra"),
])
def test_a_town_adjective_hospital_is_one_facility_standing_in_near_its_town(gaz, text, name, town):
    found = by_text(geoparse(gaz, text))
    site = found[name]
    assert site.cue == "facility" and site.place is None
    # at the town (near it: precision 2) or the province its name reads as, never claimed as a point
    assert site.fallback is not None and site.fallback.precision in (WHERE_PREC_NEAR, WHERE_PREC_ADMIN1)
    assert site.fallback.lat == found[town].place.lat
    assert found[town].locational is False  # the town inside the name is not a second place


def test_a_facility_named_after_a_state_stands_in_at_the_state(gaz):
    text = "Gunmen opened fire outside Lagos State University Teaching Hospital on Friday."
    place = event_place(gaz, text)
    assert place is not None
    assert place.country_code == "NG" and place.precision == WHERE_PREC_ADMIN1
    assert place.raw == "Lagos State University Teaching Hospital"  # the stand-in says what it stands in for
    assert place.evidence.text == "Lagos State University Teaching Hospital"


def test_a_facility_named_after_a_foreign_town_stands_in_at_the_documents_place(gaz):
    text = "In Aleppo, the Al-Quds Hospital was shelled again on Monday."
    site = by_text(geoparse(gaz, text))["Al-Quds Hospital"]
    assert site.fallback is not None and site.fallback.country_code == "SY"


def test_a_country_inside_a_facilitys_name_is_whose_it_is_not_where(gaz):
    text = "Protesters gathered outside the Norwegian Embassy on Friday."
    site = by_text(geoparse(gaz, text))["Norwegian Embassy"]
    assert site.fallback is None  # not placed in Norway: nothing in the text says where it is


def test_a_town_after_a_facility_and_a_comma_is_where_it_stands(gaz):
    text = "Rebels seized the Grand Plaza Hotel, Kismayo, and held it for a week."
    site = by_text(geoparse(gaz, text))["Grand Plaza Hotel"]
    assert site.fallback is not None and site.fallback.name == "Kismayo"
    assert site.fallback.precision == WHERE_PREC_NEAR


def test_a_verb_of_damage_before_a_building_makes_it_the_scene(gaz):
    text = "Militants looted Kirkuk Central Museum before dawn."
    assert "Kirkuk Central Museum" in by_text(geoparse(gaz, text))


@pytest.mark.parametrize("text,name", [
    ("Protesters gathered outside Brackenmoor District Court on Monday.", "Brackenmoor District Court"),
    ("A grenade was thrown at the Kabul Supreme Court building.", "Kabul Supreme Court"),
    ("A suicide bomber attacked the Kandahar Provincial Court on Sunday.", "Kandahar Provincial Court"),
    ("Two guards died in the attack on Herat Appeals Court last year.", "Herat Appeals Court"),
])
def test_a_court_is_a_building_where_only_its_building_can_be_meant(gaz, text, name):
    site = by_text(geoparse(gaz, text))[name]
    assert site.cue == "facility" and site.locational


@pytest.mark.parametrize("text", [
    "The Supreme Court ruled that the detentions were unlawful.",
    "A judge of Brackenmoor District Court dismissed the assault charge on Monday.",
    "The case was filed in Fernvale Circuit Court last week.",
    "Tennis champion Margaret Court opened the new wing.",
])
def test_a_court_as_proceedings_or_a_person_is_no_place(gaz, text):
    assert not any(t.cue == "facility" for t in geoparse(gaz, text))


def test_court_heads_are_facility_heads_checked_on_load():
    words = load_facilities()
    assert words.institution_heads <= words.heads
    assert "outside" in words.physical_before and "building" in words.building_words


def test_a_known_town_after_a_facility_and_a_comma_is_kept_in_a_short_text(gaz):
    found = by_text(geoparse(gaz, "Masked men set fire to the Abbey Library, Cork."))
    assert "Abbey Library" in found
    assert found["Cork"].place is not None and found["Cork"].place.country_code == "IE"


# -- headlines and one-sentence reports ------------------------------------------------------------------------


@pytest.mark.parametrize("text", [
    "Shelling hit Aleppo University Hospital.",
    "Idlib National Hospital was shelled on Tuesday.",
    "Masked men set fire to the Abbey Library, Cork.",
])
def test_a_one_sentence_report_full_of_names_is_not_a_headline(text):
    assert _title_case_tokens(text, tokenize(text), frozenset({"tuesday"})) == set()


@pytest.mark.parametrize("text", [
    "Rebels Seize Key Border Town After Heavy Fighting",
    "Gunmen Kill Five In Attack On Kano Market",
    "Aid Convoy Reaches Besieged Town\nThe convoy arrived on Monday.",
])
def test_a_title_case_headline_is_still_read_as_one(text):
    tokens = tokenize(text)
    assert tokens[0].start in _title_case_tokens(text, tokens)


# -- coordinates beside names ----------------------------------------------------------------------------------


@pytest.mark.parametrize("text,name_end,ok", [
    ("Qaryat Zahra (36.2512, 37.2234)", 12, True),
    ("Qaryat Zahra, at 36.47N 37.10E", 12, True),
    ("Qaryat Zahra at coordinates 36.2512, 37.2234", 12, True),
    ("Qaryat Zahra was hit. Later, 36.2512, 37.2234", 12, False),
])
def test_what_may_stand_between_a_name_and_its_coordinate(text, name_end, ok):
    [c] = find_coordinates(text)
    assert beside(text, name_end, c) is ok


def test_a_coordinate_beside_an_unresolved_name_becomes_that_names_exact_place(gaz):
    text = "Troops shelled the village of Kafr Zaytunat (36.1234, 36.9876) on Sunday."
    found = by_text(geoparse(gaz, text))
    name = found["Kafr Zaytunat"]
    assert name.place is not None and name.fallback is None
    p = name.place
    assert (p.name, p.lat, p.lon, p.precision, p.country_code) == ("Kafr Zaytunat", 36.1234, 36.9876,
                                                                    WHERE_PREC_EXACT, "SY")
    assert p.evidence.text == "Kafr Zaytunat (36.1234, 36.9876"  # the name and the coordinate, one span
    assert p.alternatives and p.alternatives[0]["relation"] == "nearest place"


def test_a_point_beside_a_name_gives_the_event_one_named_place(gaz):
    text = "Militants attacked Tal Rifaat, at 36.47N 37.10E, overnight."
    toponyms = geoparse(gaz, text)
    place = choose_event_location(toponyms, 0, len(text))
    # the town is resolved by its spelling (GeoNames writes "Tall Rif'at"); the point written beside it wins
    assert place.name.startswith("Tal") and place.country_code == "SY"
    assert (place.lat, place.lon, place.precision) == (36.47, 37.1, WHERE_PREC_EXACT)
    assert place.evidence.text == "Tal Rifaat, at 36.47N 37.10E"
    # neither the name nor the point is left over as a second, unresolved place
    assert [t.text for t in toponyms if t.locational and t.place is None] == []
    # the name, resolved by the gazetteer, and the point written beside it are one place on the ground
    assert all(haversine_km(t.place.lat, t.place.lon, 36.47, 37.1) < 2 for t in toponyms if t.locational)


@pytest.mark.parametrize("point,state", [("39.801, -89.644", "Illinois"), ("42.101, -72.589", "Massachusetts")])
def test_a_coordinate_beside_an_ambiguous_name_picks_the_reading_it_lies_at(gaz, point, state):
    text = f"A drone struck Springfield ({point}) on Monday."
    name = by_text(geoparse(gaz, text))["Springfield"]
    assert name.place.admin1 == state


def test_a_coordinate_far_from_every_reading_of_the_name_stays_a_place_of_its_own(gaz):
    text = "Fighting was reported near Tripoli (10.512, 20.334) on Monday."
    found = by_text(geoparse(gaz, text))
    assert found["Tripoli"].place.name == "Tripoli"
    assert found["10.512, 20.334"].place.name != "Tripoli"


def test_a_name_beside_a_coordinate_is_believed_without_another_cue(gaz):
    found = by_text(geoparse(gaz, "Tall Rifat, at 36.47N 37.10E, was shelled."))
    assert found["Tall Rifat"].place is not None and found["Tall Rifat"].place.country_code == "SY"


def test_a_report_with_a_named_point_has_one_location_and_no_unresolved_place(resources):
    from eventwatch.pipeline import process

    body = "Airstrikes killed three civilians in the village of Kafr Zaytunat (36.1234, 36.9876) on Monday."
    doc = Document(id="pt1", sha256="0" * 64, raw=body.encode(), text=body, publisher="Test Monitor",
                   published_at=datetime(2021, 3, 2, 12, 0), language="en")
    [mention] = [m for m in process(resources, doc) if m.location is not None]
    assert mention.location.name == "Kafr Zaytunat" and mention.location.precision == WHERE_PREC_EXACT
    assert mention.unresolved_places == []


@pytest.mark.parametrize("text,name", [
    ("Militants attacked Tell Hamisiyat, at 36.47N 37.10E, overnight.", "Tell Hamisiyat"),
    ("Tell Hamisiyat (36.4712, 37.1034) was shelled twice.", "Tell Hamisiyat"),
    ("The strike hit Kafr al-Wardiyeh (36.1234, 36.9876) at dawn.", "Kafr al-Wardiyeh"),
])
def test_a_name_no_gazetteer_holds_is_the_place_of_the_coordinate_beside_it(gaz, text, name):
    place = event_place(gaz, text)
    assert place.name == name and place.precision == WHERE_PREC_EXACT
    assert place.evidence.text.startswith(name)


@pytest.mark.parametrize("text", [
    "On Sunday (36.4712, 37.1034) the shelling resumed.",
    "Investigators geolocated the crater to 36.4712, 37.1034 using satellite images.",
    "Coordinates: 33°47′N 44°30′E",
])
def test_a_coordinate_beside_no_name_stays_a_bare_point(gaz, text):
    [point] = [t for t in geoparse(gaz, text) if t.locational]
    assert point.cue == "coordinates" and point.place.name.endswith("°E")
