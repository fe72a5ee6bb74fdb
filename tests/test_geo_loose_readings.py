"""Loose spellings and far namesakes do not beat "unresolved".

Conflict reports name many villages and districts a gazetteer lacks. Such a name often matches another place
by a loose spelling or shares its name with a village in another province; with nothing firm in the report
placing it there, the name is left unresolved and stands in at the report's own places. A small namesake of a
world city wins only on firm support, not on other names' unlikely readings.

The texts are invented for these tests. The small gazetteer (tests/fixtures/geo_loose/dump.txt) holds a few
Iraqi and Syrian towns and invented villages: Umm Qasab (near Basra), Tall Hamdan (near Nasiriyah, Dhi Qar)
and Khirbat Naflan (north of Hama), each far from the places the texts name them beside.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from eventwatch.geo import geoparse
from eventwatch.geo.dumps import build_from_dump
from eventwatch.geo.gazetteer import Gazetteer
from eventwatch.geo.namesakes import far_namesakes
from eventwatch.geo.recognise import Recogniser
from eventwatch.geo.resolve import Resolver

FIXTURES = Path(__file__).parent / "fixtures" / "geo_loose"


@pytest.fixture(scope="module")
def gaz(tmp_path_factory) -> Gazetteer:
    store = build_from_dump(FIXTURES / "dump.txt", tmp_path_factory.mktemp("geo-loose") / "store",
                            countries=["IQ", "SY", "CH", "US", "FR"])
    return Gazetteer.load(str(store))


@pytest.fixture(scope="module")
def world() -> Gazetteer:
    return Gazetteer.load()


def by_text(toponyms):
    return {t.text: t for t in toponyms}


def stands_in(t, name: str) -> bool:
    """Unresolved, still a place, and standing in at `name`."""
    return t.place is None and t.locational and t.fallback is not None and t.fallback.name == name


# -- loose spellings ---------------------------------------------------------------------------------------

def test_a_loose_spelling_far_from_the_reports_places_stays_unresolved_and_stands_in_there(gaz):
    found = by_text(geoparse(gaz, "Clashes broke out in Umm Qasib, a village near Al Qaim, on Tuesday."))
    assert stands_in(found["Umm Qasib"], "Al Qa'im")
    assert found["Al Qaim"].place.name == "Al Qa'im"


def test_a_loose_spelling_is_refused_whichever_way_the_report_names_its_place(gaz):
    text = "Gunmen attacked a checkpoint in Umm Qasib overnight, officials in Al Qaim said."
    assert stands_in(by_text(geoparse(gaz, text))["Umm Qasib"], "Al Qa'im")


def test_a_loose_spelling_near_the_reports_places_is_believed(gaz):
    found = by_text(geoparse(gaz, "Clashes broke out in Umm Qasib, a village near Basra, on Tuesday."))
    assert found["Umm Qasib"].place is not None and found["Umm Qasib"].place.name == "Umm Qasab"


def test_a_loose_spelling_named_in_a_province_that_does_not_hold_it_stands_in_with_the_province(gaz):
    found = by_text(geoparse(gaz, "A roadside bomb hit a convoy in Umm Qasib, Anbar, on Sunday."))
    village = found["Umm Qasib"]
    assert village.place is None and village.locational
    assert village.fallback is not None and village.fallback.feature_code == "ADM1"
    assert village.fallback.admin1 == "Al Anbar"


# -- exact namesakes in another province ---------------------------------------------------------------

def test_a_village_named_like_one_in_another_province_stands_in_at_the_reports_city(gaz):
    found = by_text(geoparse(gaz, "Militants shelled Tall Hamdan on Monday, police in Baghdad said."))
    assert stands_in(found["Tall Hamdan"], "Baghdad")


def test_the_same_village_is_resolved_when_the_report_names_a_place_near_it(gaz):
    found = by_text(geoparse(gaz, "Militants shelled Tall Hamdan on Monday, police in Nasiriyah said."))
    assert found["Tall Hamdan"].place is not None and found["Tall Hamdan"].place.admin1 == "Dhi Qar"


def test_a_village_the_text_places_in_its_own_province_is_resolved_wherever_else_the_report_is(gaz):
    found = by_text(geoparse(gaz, "Militants shelled Tall Hamdan, Dhi Qar, on Monday, police in Baghdad said."))
    assert found["Tall Hamdan"].place is not None and found["Tall Hamdan"].place.name == "Tall Hamdan"


@pytest.mark.parametrize("text, resolved", [
    ("Rockets struck Khirbat Naflan, a farming area outside Damascus, residents said.", False),
    ("Rockets struck Khirbat Naflan, north of Hama, residents said.", True),
])
def test_a_syrian_village_is_believed_only_near_the_places_the_report_names(gaz, text, resolved):
    village = by_text(geoparse(gaz, text))["Khirbat Naflan"]
    if resolved:
        assert village.place is not None and village.place.admin1 == "Hama"
    else:
        assert stands_in(village, "Damascus")


def test_villages_do_not_place_each_other_only_the_reports_firm_places_do(gaz):
    # Neither doubtful village is evidence for the other: both stand in at the city the report is about.
    found = by_text(geoparse(gaz, "Families fled Umm Qasib and Tall Hamdan as fighting spread from Baghdad."))
    assert stands_in(found["Umm Qasib"], "Baghdad")
    assert stands_in(found["Tall Hamdan"], "Baghdad")


def test_the_resolver_marks_an_unsupported_reading_and_far_namesakes_hands_it_to_the_stand_in(gaz):
    text = "Militants shelled Tall Hamdan on Monday, police in Baghdad said."
    spans = Recogniser(gaz).recognise(text)
    resolutions = Resolver(gaz).resolve(spans, text=text)
    k = next(i for i, s in enumerate(spans) if text[s.start:s.end] == "Tall Hamdan")
    assert resolutions[k].unsupported and resolutions[k].candidate.name == "Tall Hamdan"
    baghdad = next(i for i, s in enumerate(spans) if text[s.start:s.end] == "Baghdad")
    assert not resolutions[baghdad].unsupported
    assert k in far_namesakes(spans, resolutions)


# -- world cities and their small namesakes ------------------------------------------------------------

def test_a_country_named_as_an_actor_does_not_pull_a_world_city_to_a_small_namesake(world):
    found = by_text(geoparse(world, "Talks will resume in Geneva next week, a US official said."))
    assert found["Geneva"].place.country_code == "CH"


def test_a_small_namesake_named_in_its_state_is_still_meant(world):
    found = by_text(geoparse(world, "Flooding closed two roads in Geneva, Illinois, on Monday."))
    assert found["Geneva"].place.country_code == "US" and found["Geneva"].place.admin1 == "Illinois"


def test_a_village_near_the_reports_city_keeps_its_reading_in_a_real_gazetteer(world):
    found = by_text(geoparse(world, "Shelling hit Saraqib and Sarmin in Idlib province on Sunday."))
    assert found["Saraqib"].place is not None and found["Saraqib"].place.admin1 == "Idlib"
