"""Rules found by the news probe's seventeenth batch (US and Canadian local copy of the LGL kind).

Each is a rule a reader applies to any local paper: a state's abbreviation written after a town ("Lebanon,
Ky.") only places the town, so the pair is read as the town whatever verb follows it; a name in brackets
between a given name and another word ("Loretta (Gene) Parsons") makes that word a surname, not a town; and in
a sports story a side is read from its score after another side's name ("Oakdale held off Hill Central
64-58"), from a score after its own name that goes on in capitalised words, and from its season's record in
brackets ("Oakdale (21-4) will play"); and a name ending in "River" written with its article ("the Powell
River") is the river, so a town of the name far from the story's places is no reading of it.

Every sentence here is invented for the test.
"""
from __future__ import annotations

from conftest import toponym


# -- a state's abbreviation after a town places the town ---------------------------------------------------------

def test_a_town_written_with_its_state_abbreviation_stays_a_place_as_a_clause_subject(gaz):
    text = ("A cabinet maker will move 90 jobs from its shop in Hartford to a plant in Lebanon, Ky., next year. "
            "Lebanon, Ky., about 60 miles south of Louisville, has lost three employers since 2020.")
    from eventwatch.geo import geoparse

    second = [t for t in geoparse(gaz, text) if t.text in ("Lebanon", "Ky.")][-2:]
    assert [t.locational for t in second] == [True, True]
    assert second[0].place is not None and second[0].place.admin1 == "Kentucky"


def test_a_state_written_out_after_a_town_can_still_act(gaz):
    # Only the abbreviation is a pure container: a state written out may be the subject of its own deed.
    text = "Ohio lawmakers met in Columbus. Texas, the largest state in the region, has sued the agency."
    assert toponym(gaz, text, "Texas").locational is False


# -- a bracketed given name opens a surname ---------------------------------------------------------------------

def test_the_word_after_a_bracketed_spouse_name_is_a_surname_not_a_town(gaz):
    from eventwatch.geo import geoparse

    text = ("Survivors include a daughter, Loretta (Gene) Parsons of Richmond, Ind.; and a son, Dale Whitt of "
            "Knoxville, Tenn.")
    names = [t.text for t in geoparse(gaz, text) if t.locational]
    assert "Parsons" not in names and "Richmond" in names and "Knoxville" in names


def test_a_bracketed_agency_after_a_name_opens_no_surname(gaz):
    # "(Reuters)" is no given name: the capitalised word after it keeps its reading.
    text = "Talks on water rights resumed (Reuters) Jordan said on Monday, after a meeting in Amman."
    assert toponym(gaz, text, "Amman").locational


# -- a side read from a score or a season's record ----------------------------------------------------------------

_GAME = ("PRESTONSBURG, Ky. — Senior guard Cal Fenwick scored 27 points as Pikeville held off Johnson Central "
         "64-58 on Friday night in the region semifinals. Johnson Central, which had beaten Paintsville earlier "
         "in the week, cut the lead to two late. Pikeville (24-6) will play for the title on Saturday. Fenwick "
         "moved to Pikeville as a freshman.")


def test_a_side_opening_a_clause_that_beat_another_side_by_a_score_is_a_team(gaz):
    from eventwatch.geo import geoparse

    uses = [t for t in geoparse(gaz, _GAME) if t.text == "Pikeville"]
    assert [t.locational for t in uses] == [False, False, True]  # the last one moved to the town


def test_a_side_named_past_its_place_before_a_score_is_no_place(gaz):
    from eventwatch.geo import geoparse

    assert not [t for t in geoparse(gaz, _GAME) if t.text == "Johnson" and t.locational]


def test_a_season_record_in_brackets_after_a_name_makes_it_a_side(gaz):
    from eventwatch.geo import geoparse

    text = ("Senior forward Ike Dorsey scored 22 points in the district semifinal as Winchester beat Clark County "
            "61-50. Winchester (21-4) plays in the final on Saturday at Lexington, coach Neal Bryce said.")
    found = {t.text: t for t in geoparse(gaz, text)}
    assert found["Winchester"].locational is False and found["Lexington"].locational


# -- "the X River" is the river, not a far town named after one ----------------------------------------------------

def test_a_river_written_with_its_article_is_not_a_namesake_town_in_another_country(gaz):
    text = ("KNOXVILLE, Tenn. — Anglers were told to watch for stumps near Tazewell and at the mouth of the Powell "
            "River as the lake falls this month.")
    river = toponym(gaz, text, "Powell River")
    assert river.locational and (river.place or river.fallback).country_code == "US"


def test_a_town_named_for_a_river_is_still_the_town_when_written_bare(gaz):
    text = "A sawmill in Powell River, British Columbia, will cut 80 jobs, the company said on Monday."
    assert toponym(gaz, text, "Powell River").place.country_code == "CA"
