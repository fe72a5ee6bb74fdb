"""Coordinates written in a report: read in every common notation, never read from other numbers, placed
in their country by the nearest town, and preferred as the event's place.

Every sentence here is invented for these tests. The MGRS references were made by hand from UTM points
that PROJ (`cs2cs +proj=longlat +to +proj=utm`) gave for four cities, and their expected latitude and
longitude are PROJ's inverse of the centre of each 1 m square; the project's own conversion is not used
to make them.
"""
from __future__ import annotations

import json
from datetime import datetime

import pytest

from conftest import run_cli
from eventwatch.geo import choose_event_location, geoparse
from eventwatch.geo.coordinates import COORDINATE_CUE, find_coordinates, parse_coordinate
from eventwatch.model import WHERE_PREC_EXACT, Document

# -- notations ------------------------------------------------------------------------------------------------


def read(text: str) -> list[tuple[str, float, float]]:
    return [(text[c.start : c.end], c.lat, c.lon) for c in find_coordinates(text)]


@pytest.mark.parametrize("text, expression, lat, lon", [
    ("The strike hit 36°20′N 43°08′E at dawn.", "36°20′N 43°08′E", 36 + 20 / 60, 43 + 8 / 60),
    ("Typed with keyboard marks: 36°20'12\"N 43°08'30\"E.", "36°20'12\"N 43°08'30\"E",
     36 + 20 / 60 + 12 / 3600, 43 + 8 / 60 + 30 / 3600),
    ("Curly quotes and ordinal signs: 36º20’12”N 43º08’30”E.", "36º20’12”N 43º08’30”E",
     36 + 20 / 60 + 12 / 3600, 43 + 8 / 60 + 30 / 3600),
    ("Spaced out: 36° 20′ 12″ N, 43° 08′ 30″ E", "36° 20′ 12″ N, 43° 08′ 30″ E",
     36 + 20 / 60 + 12 / 3600, 43 + 8 / 60 + 30 / 3600),
    ("The crater lies at 35.9312°N 36.6347°E.", "35.9312°N 36.6347°E", 35.9312, 36.6347),
    ("Logged at N 35° 55.87' E 36° 38.08' by the team.", "N 35° 55.87' E 36° 38.08'",
     35 + 55.87 / 60, 36 + 38.08 / 60),
    ("Logged at N35.9312 E36.6347 by the team.", "N35.9312 E36.6347", 35.9312, 36.6347),
    ("Grid given as 36 degrees 20 minutes north, 43 degrees 8 minutes east.",
     "36 degrees 20 minutes north, 43 degrees 8 minutes east", 36 + 20 / 60, 43 + 8 / 60),
    ("Longitude first: 43.1333°E, 36.3333°N.", "43.1333°E, 36.3333°N", 36.3333, 43.1333),
    ("The convoy was filmed at lat 35.9312, long 36.6347 on Friday.", "lat 35.9312, long 36.6347", 35.9312, 36.6347),
    ("Latitude: 49.9935, Longitude: 36.2304 per the drone log.", "Latitude: 49.9935, Longitude: 36.2304",
     49.9935, 36.2304),
    ("The video was geolocated to 36.2021, 37.1343 by analysts.", "36.2021, 37.1343", 36.2021, 37.1343),
    ("GPS 36.20 37.13 was recorded.", "36.20 37.13", 36.20, 37.13),
    ("The warehouse (35.931; 36.635) burned.", "35.931; 36.635", 35.931, 36.635),
    ("Pinned at 49.99352, 36.23041 in the footage.", "49.99352, 36.23041", 49.99352, 36.23041),
])
def test_each_notation_is_read_with_its_exact_span(text, expression, lat, lon):
    [(span, got_lat, got_lon)] = read(text)
    assert span == expression
    assert got_lat == pytest.approx(lat, abs=1e-5) and got_lon == pytest.approx(lon, abs=1e-5)


@pytest.mark.parametrize("text, lat, lon", [
    ("Sighted at 22°54′S 43°12′W near the port.", -(22 + 54 / 60), -(43 + 12 / 60)),
    ("Sighted at S 22° 54.0' W 43° 12.0' near the port.", -22.9, -43.2),
    ("Sighted at 12.0464°S, 77.0428°W near the port.", -12.0464, -77.0428),
    ("The position was given as -12.0464, -77.0428 by the navy.", -12.0464, -77.0428),
    ("Sighted at 51.5072°N 0.1276°W.", 51.5072, -0.1276),
])
def test_south_and_west_are_negative(text, lat, lon):
    [(_span, got_lat, got_lon)] = read(text)
    assert (got_lat, got_lon) == (pytest.approx(lat, abs=1e-5), pytest.approx(lon, abs=1e-5))


def test_a_wikipedia_style_line_gives_each_of_its_three_notations():
    text = "Coordinates: 36°20′N 43°08′E / 36.333°N 43.133°E / 36.333; 43.133\n"
    assert [span for span, _, _ in read(text)] == ["36°20′N 43°08′E", "36.333°N 43.133°E", "36.333; 43.133"]


@pytest.mark.parametrize("text", [
    "The drone was seen at 91°N 10°E.",  # no latitude beyond the pole
    "The drone was seen at 45°N 181°E.",
    "The drone was seen at 45°60′N 10°E.",  # minutes stop at 59
    "The drone was seen at 45°10′75″N 10°05′00″E.",  # and so do seconds
    "The drone was seen at 45.5°N 10.5°S.",  # two latitudes make no point
    "The drone was seen at 45.5°E 10.5°W.",
    "Coordinates: 95.1234, 10.5678.",
    "Coordinates: 45.1234, 190.5678.",
    "The drone was seen at 45°10.5′12″N 10°05′00″E.",  # seconds after decimal minutes
])
def test_impossible_values_are_rejected(text):
    assert read(text) == []


@pytest.mark.parametrize("text", [
    "Bread rose from 1.25, 3.50 to 4.75 dinars.",  # prices
    "Bread costs (1.25, 3.50) in the two markets.",
    "Fuel was sold at $12.345, 14.567 and €2.125; 3.125 a litre.",
    "The judges scored her 9.125, 9.250 and 9.375.",  # a list of scores
    "Shares rose 12.345, 14.567% in two sessions.",
    "Temperatures reached 45°C in Basra and 12°F in the mountains.",
    "The satellite sits at 13° East and broadcasts at 11.766 GHz.",
    "The meeting ran from 12.30, 14.45 until 16.15.",
    "Update to version 1.2.3, 2.0.1 or 10.4.12 before Friday.",
    "ISBN 978-0-306-40615-7 and 978-3-16-148410-0 were cited.",
    "He is 5'10\" tall and she is 5' 6\".",
    "The ratio moved from 0.452, 0.671 in the survey (0.452, 0.671).",
    "The dates 12.05.2024, 13.05.2024 were set.",
    "Turnout was 35.9, 36.6 per cent in the two rounds.",
    "Sales of the 12SUV 2000 model fell.",
])
def test_other_numbers_are_not_read_as_coordinates(text):
    assert read(text) == []


@pytest.mark.parametrize("reference, lat, lon", [
    ("38SMB 44840 88271", 33.3321917, 44.4073005),
    ("34HBH 61881 43182", -33.9248987, 18.4240990),
    ("37SBT 47029 11570", 33.5138012, 36.2765015),
    ("18NXL 02910 20787", 4.7110022, -74.0720955),
    ("38S MB 4484088271", 33.3321917, 44.4073005),
])
def test_mgrs_references_match_independent_conversions(reference, lat, lon):
    assert parse_coordinate(reference) == (pytest.approx(lat, abs=2e-6), pytest.approx(lon, abs=2e-6))


@pytest.mark.parametrize("reference", [
    "38SAB 44840 88271",  # column A belongs to zones 1, 4, 7 ... not 38
    "38SMP 44840 88271",  # row P lies 2000 km on from band S (32°N-40°N), in no row that band holds
    "38SMB 4484 882",  # easting and northing of different lengths
])
def test_mgrs_references_whose_letters_disagree_are_rejected(reference):
    assert parse_coordinate(reference) is None


# -- as places ----------------------------------------------------------------------------------------------


def test_a_coordinate_is_a_place_at_its_exact_point_in_the_country_of_the_nearest_town(gaz):
    text = "The hospital at 36.2021, 37.1343 (geolocated) was hit."
    [t] = [t for t in geoparse(gaz, text, document_id="d1") if t.cue == COORDINATE_CUE]
    assert (t.start, t.end, t.text) == (16, 32, "36.2021, 37.1343")
    p = t.place
    assert (p.lat, p.lon, p.precision, p.country_code) == (36.2021, 37.1343, WHERE_PREC_EXACT, "SY")
    assert p.admin1 == "Aleppo" and p.geonames_id is None
    assert (p.evidence.start, p.evidence.end, p.evidence.text) == (16, 32, "36.2021, 37.1343")
    assert p.evidence.sentence == text and p.evidence.document_id == "d1"
    assert p.alternatives[0]["relation"] == "nearest place" and p.alternatives[0]["distance_km"] < 10


def test_a_point_far_from_every_town_keeps_its_point_and_claims_no_country(gaz):
    [t] = geoparse(gaz, "The tanker was boarded at 34.5°N 40.0°W, far out at sea.")
    assert (t.place.lat, t.place.lon, t.place.country_code, t.place.admin1) == (34.5, -40.0, None, None)
    assert t.place.precision == WHERE_PREC_EXACT and t.locational


def test_the_nearest_town_lookup_answers_within_its_radius_only(gaz):
    town, km = gaz.nearest_place(49.99, 36.23)
    assert town.country_code == "UA" and km < 10
    assert gaz.nearest_place(0.0, -30.0) is None
    assert gaz.nearest_place(89.9, 10.0) is None  # the pole: every longitude cell, no town


def test_names_in_the_same_text_are_still_found_beside_a_coordinate(gaz):
    found = geoparse(gaz, "Shelling hit Kharkiv at 49°59′N 36°14′E on Monday.")
    assert [t.text for t in found] == ["Kharkiv", "49°59′N 36°14′E"]
    assert found[1].place.country_code == "UA"


# -- as the event's place -----------------------------------------------------------------------------------


def sentences_of(text: str) -> list[tuple[int, int]]:
    from eventwatch.geo.sentences import sentence_bounds

    return sentence_bounds(text)


def test_a_coordinate_in_the_event_sentence_wins_over_the_town_named_there(gaz):
    text = "An airstrike hit a bakery in Saraqib at 35.8621, 36.8003 (coordinates) on Monday."
    place = choose_event_location(geoparse(gaz, text), 0, len(text))
    assert (place.lat, place.lon, place.precision, place.country_code) == (35.8621, 36.8003, 1, "SY")
    # the point is written beside the town, so it is the town's point: one place, read from both spans
    assert place.evidence.text == "Saraqib at 35.8621, 36.8003"


def test_a_point_stated_in_another_sentence_places_the_event_at_the_same_town(gaz):
    text = ("Shelling killed three civilians in Saraqib on Monday. Investigators geolocated the impact site to "
            "35.8621, 36.8003. A separate raid hit Homs.")
    toponyms = geoparse(gaz, text)
    first, _second, third = sentences_of(text)
    place = choose_event_location(toponyms, *first)
    assert (place.lat, place.lon, place.precision) == (35.8621, 36.8003, WHERE_PREC_EXACT)
    assert choose_event_location(toponyms, *third).name == "Homs"  # 150 km away: the point is not Homs's


def test_a_point_stated_elsewhere_does_not_replace_a_town_it_is_not_near(gaz):
    text = "Gunmen attacked a checkpoint in Homs. The site of the second blast was at 35.8621, 36.8003."
    toponyms = geoparse(gaz, text)
    first, _ = sentences_of(text)
    assert choose_event_location(toponyms, *first).name == "Homs"


def test_a_coordinate_in_a_report_becomes_the_events_place_end_to_end(resources):
    from eventwatch.pipeline import process

    body = ("Airstrikes killed four civilians in a market in Saraqib, at 35°51′44″N 36°48′01″E, "
            "on Monday, local medics said.")
    doc = Document(id="coord1", sha256="0" * 64, raw=body.encode(), text=body, publisher="Test Monitor",
                   published_at=datetime(2020, 2, 5, 12, 0), language="en")
    [mention] = [m for m in process(resources, doc) if m.location is not None]
    loc = mention.location
    assert loc.precision == WHERE_PREC_EXACT and loc.country_code == "SY"
    assert loc.lat == pytest.approx(35 + 51 / 60 + 44 / 3600, abs=1e-6)
    assert loc.lon == pytest.approx(36 + 48 / 60 + 1 / 3600, abs=1e-6)
    # written beside the town's name, the point is the town's: its evidence spans both
    assert body[loc.evidence.start : loc.evidence.end] == "Saraqib, at 35°51′44″N 36°48′01″E"


def test_entity_evaluation_counts_a_coordinate_as_a_location_with_its_own_span(gaz):
    from eventwatch.evaluate.entities import predict_entities
    from eventwatch.extract.actors import ActorRegistry

    text = "The depot was destroyed.\nCoordinates: 36°20′N 43°08′E / 36.333°N 43.133°E\n"
    found = {text[s:e] for type_, (s, e) in predict_entities(text, ActorRegistry.load(), gazetteer=gaz)
             if type_ == "Location"}
    assert {"36°20′N 43°08′E", "36.333°N 43.133°E"} <= found


def test_geocode_command_shows_a_coordinate_as_a_place():
    r = run_cli("geocode", "Mortars landed at 36°20′N 43°08′E overnight.", "--json")
    assert r.returncode == 0, r.stderr.decode()
    [found] = json.loads(r.stdout)
    assert found["text"] == "36°20′N 43°08′E" and found["cue"] == COORDINATE_CUE
    assert found["place"]["precision"] == WHERE_PREC_EXACT and found["place"]["country_code"] == "IQ"


def test_a_coordinates_evidence_sentence_ends_at_its_hemisphere_letter(gaz):
    text = "Our team geolocated the crater at 35.9312°N 36.6120°E. Separately, a drone hit a bakery in Idlib."
    point = next(t for t in geoparse(gaz, text) if t.cue == "coordinates")
    assert point.place.evidence.sentence == "Our team geolocated the crater at 35.9312°N 36.6120°E."
