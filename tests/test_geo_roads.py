"""Roads and highways as places: numbered roads with a road word beside them, route numbers, named motorways
and roads between two towns, each an unresolved place that stands in at the town it passes; weapons,
aircraft, forms and strains that share a road code's shape are never roads. Sentences are the project's own."""
from __future__ import annotations

import pytest

from eventwatch.geo import choose_event_location, geoparse
from eventwatch.geo.roads import ROAD_CUE, ROAD_END, ROAD_FEATURE, load_roads
from eventwatch.model import WHERE_PREC_ADMIN2, WHERE_PREC_NEAR




def roads_in(rec, text):
    return [text[s.start:s.end] for s in rec.recognise(text) if s.cue == ROAD_CUE]


@pytest.mark.parametrize("text,road", [
    ("Armed men set up a roadblock along the M4 highway on Thursday morning.", "M4"),
    ("Two trucks were burned on the N3 north of the river crossing.", "N3"),
    ("A second device was found beside a stretch of the N12 used by supply convoys.", "N12"),
    ("The B4009 southbound was shut after the collision, officers said.", "B4009"),
    ("Protesters walked onto the M62 Motorway and blocked three lanes.", "M62 Motorway"),
    ("The tanker overturned on I-81 shortly after dawn.", "I-81"),
    ("Farmers blocked traffic on NH44 for six hours.", "NH44"),
    ("Gunmen stopped the bus at junction 9 of the M3 and robbed the passengers.", "M3"),
])
def test_a_code_with_a_road_word_beside_it_is_a_road(rec, text, road):
    assert roads_in(rec, text) == [road]


@pytest.mark.parametrize("text,road", [
    ("Flooding closed Highway 14 for most of the weekend.", "Highway 14"),
    ("The crash happened on Route 9 late on Friday evening.", "Route 9"),
    ("Crews began repaving Interstate 29 West after the thaw.", "Interstate 29 West"),
    ("A deputy stopped the car on State Highway 47 before midnight.", "State Highway 47"),
    ("Traffic backed up for miles on the Pinecrest Valley Freeway after the fire.", "Pinecrest Valley Freeway"),
    ("The convoy was hit by a roadside bomb on Route Falcon at dawn.", "Route Falcon"),
])
def test_route_numbers_and_named_motorways_are_roads(rec, text, road):
    assert roads_in(rec, text) == [road]


@pytest.mark.parametrize("text", [
    "Rebels fired M16 rifles at the patrol on the edge of town.",
    "The F-16 flew low over the border villages on Monday.",
    "Two T-72 tanks were seen moving along the ridge.",
    "He boarded the A330 on a flight along the coast to the capital.",
    "A B-52 bomber flew over the region on the same day.",
    "Soldiers found an AK-47 on the floor of the house.",
    "The S-400 system was deployed near the base last year.",
    "A Su-24 crashed in the mountains during a training flight.",
    "Applicants must file the I-9 form on the first day of work.",
    "Tests found the H5 strain on two farms on the island.",
    "The company sold the A330 aircraft on the open market.",
    "Relatives of those on the MH17 gathered at the airport.",
    "The plant cut back on the CO2 it released last year.",
])
def test_weapons_aircraft_forms_and_strains_are_not_roads(rec, text):
    assert roads_in(rec, text) == []


def test_a_bare_code_with_no_road_word_is_not_a_road(rec):
    assert roads_in(rec, "The committee met in room B12 to discuss the budget.") == []


def test_a_code_read_as_a_road_once_is_that_road_in_the_whole_text_and_in_its_list(rec):
    text = ("Police closed the A501 westbound after the crash. The A501 reopened at noon. "
            "Drivers were sent via the A502, A503 and A504 instead.")
    assert roads_in(rec, text) == ["A501", "A501", "A502", "A503", "A504"]


def test_a_weapon_named_in_the_lexicon_wins_over_a_road_cue(rec):
    assert roads_in(rec, "The unit was armed with an M4 carbine along the front line.") == []


def test_a_road_between_two_towns_is_one_road_and_its_towns_stay_places(rec):
    text = "Gunmen attacked a convoy on the Homs–Hama highway on Sunday."
    found = {text[s.start:s.end]: s for s in rec.recognise(text)}
    assert found["Homs–Hama highway"].cue == ROAD_CUE
    assert found["Homs"].cue == ROAD_END and found["Homs"].locational and found["Homs"].candidates
    assert found["Hama"].cue == ROAD_END and found["Hama"].locational


def test_a_code_before_two_towns_opens_the_road_between_them(rec):
    assert roads_in(rec, "Fighting went on along the M5 Homs–Hama highway all night.") == ["M5 Homs–Hama highway"]


def test_a_named_place_inside_a_route_name_is_part_of_it(rec):
    text = "The car left the road on Ohio Route 7 near the river."
    found = {text[s.start:s.end]: s for s in rec.recognise(text)}
    assert "Ohio Route 7" in found and "Ohio" not in found


def test_the_event_on_a_road_between_towns_is_placed_on_the_road_not_in_a_town(gaz):
    text = "Gunmen attacked a convoy on the Homs–Hama highway on Sunday."
    place = choose_event_location(geoparse(gaz, text), 0, len(text))
    assert place is not None and place.raw == "Homs–Hama highway" and place.feature_code == ROAD_FEATURE
    assert place.name == "Homs" and place.precision == WHERE_PREC_NEAR  # the towns lie about 40 km apart


def test_a_road_between_distant_towns_stands_in_more_coarsely(gaz):
    text = "Gunmen attacked a convoy on the Damascus–Aleppo highway on Sunday."
    place = choose_event_location(geoparse(gaz, text), 0, len(text))
    assert place is not None and place.raw == "Damascus–Aleppo highway" and place.precision > WHERE_PREC_ADMIN2


def test_a_road_near_a_town_stands_in_near_that_town(gaz):
    text = "A roadside bomb went off on Highway 4 outside Kandahar on Monday."
    road = next(t for t in geoparse(gaz, text) if t.cue == ROAD_CUE)
    assert road.place is None and road.fallback is not None
    assert road.fallback.name.startswith("Kandah") and road.fallback.precision == WHERE_PREC_NEAR
    assert road.fallback.feature_code == ROAD_FEATURE and road.fallback.raw == "Highway 4"


def test_a_road_with_towns_between_which_it_runs(gaz):
    text = "Rebels cut the M4 highway between Homs and Hama on Friday."
    toponyms = geoparse(gaz, text)
    road = next(t for t in toponyms if t.cue == ROAD_CUE)
    assert [t.text for t in toponyms if t.cue == ROAD_END] == ["Homs", "Hama"]
    assert road.fallback.name == "Homs" and road.fallback.precision == WHERE_PREC_NEAR
    assert choose_event_location(toponyms, 0, len(text)).raw == "M4"


def test_the_word_lists_load_and_reject_bad_entries(tmp_path):
    words = load_roads()
    assert "highway" in words.heads and "along" in words.cue_before and "rifle" in words.not_after
    bad = tmp_path / "roads.yaml"
    bad.write_text("heads: [Highway]\n", encoding="utf-8")
    with pytest.raises(ValueError):
        load_roads(str(bad))
    clash = tmp_path / "clash.yaml"
    lists = {k: ["x"] for k in ("heads", "number_heads", "name_prefixes", "name_heads", "name_prefix_heads",
                                "cue_before", "parts", "after", "not_after", "bare_prefixes",
                                "letter_prefixes")}
    clash.write_text("\n".join(f"{k}: {v}" for k, v in lists.items()), encoding="utf-8")
    with pytest.raises(ValueError):
        load_roads(str(clash))


def test_a_road_named_for_a_place_lies_in_that_place(gaz):
    text = "The tanker overturned on the Ohio Turnpike near Toledo, Ohio, on Friday."
    road = next(t for t in geoparse(gaz, text) if t.cue == ROAD_CUE)
    assert road.text == "Ohio Turnpike"
    where = road.place or road.fallback
    assert where is not None and where.country_code == "US" and where.admin1 in ("Ohio", "OH")
