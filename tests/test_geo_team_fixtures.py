"""County and city sides in a sports story: a side's fixture and a trip with its time told name the side."""
from eventwatch.geo import geoparse


def _locational(gaz, text: str) -> list[str]:
    return [t.text for t in geoparse(gaz, text) if t.locational]


def test_a_possessive_before_a_fixture_noun_names_the_side(gaz):
    text = ("Kent beat Hampshire by six wickets at Canterbury on Friday, their third win of the season. Bad light "
            "ended the last day of Durham's match against Worcestershire at Chester-le-Street after 30 overs.")
    assert _locational(gaz, text) == ["Canterbury", "Chester-le-Street"]


def test_a_trip_to_play_with_its_time_told_names_the_side(gaz):
    text = ("The county championship resumes after the break with the title race still open. Middlesex travel to "
            "Bristol next week to face the leaders, with two bowlers back from injury for the four-day match.")
    assert "Middlesex" not in _locational(gaz, text)
    assert "Bristol" in _locational(gaz, text)


def test_a_lead_held_over_a_name_in_a_sports_story_names_the_side_each_time(gaz):
    text = ("The leaders kept a six-point lead over Burnley in the table after Saturday's 2-0 win, with two "
            "goals from their striker. Burnley's supporters booed the team at the final whistle of the match.")
    assert "Burnley" not in _locational(gaz, text)


def test_a_road_that_may_lead_to_a_town_keeps_the_town(gaz):
    text = ("Engineers said the new road would lead to Burnley within two years, and that the season of roadworks "
            "would end before the winter.")
    assert "Burnley" in _locational(gaz, text)
