"""County and city sides in a sports story: a side's fixture and a trip with its time told name the side."""
from conftest import locational_names


def test_a_possessive_before_a_fixture_noun_names_the_side(gaz):
    text = ("Kent beat Hampshire by six wickets at Canterbury on Friday, their third win of the season. Bad light "
            "ended the last day of Durham's match against Worcestershire at Chester-le-Street after 30 overs.")
    assert locational_names(gaz, text) == ["Canterbury", "Chester-le-Street"]


def test_a_trip_to_play_with_its_time_told_names_the_side(gaz):
    text = ("The county championship resumes after the break with the title race still open. Middlesex travel to "
            "Bristol next week to face the leaders, with two bowlers back from injury for the four-day match.")
    assert "Middlesex" not in locational_names(gaz, text)
    assert "Bristol" in locational_names(gaz, text)


def test_a_name_travelling_to_another_in_a_sports_story_is_the_side_whatever_follows(gaz):
    text = ("Norwich came from behind to win 2-1 on Saturday, the winning goal a header from a corner in stoppage "
            "time. Bristol travel to Plymouth next week before a home game in midweek.")
    assert "Bristol" not in locational_names(gaz, text)
    assert "Plymouth" in locational_names(gaz, text)


def test_a_lead_held_over_a_name_in_a_sports_story_names_the_side_each_time(gaz):
    text = ("The leaders kept a six-point lead over Burnley in the table after Saturday's 2-0 win, with two "
            "goals from their striker. Burnley's supporters booed the team at the final whistle of the match.")
    assert "Burnley" not in locational_names(gaz, text)


def test_a_road_that_may_lead_to_a_town_keeps_the_town(gaz):
    text = ("Engineers said the new road would lead to Burnley within two years, and that the season of roadworks "
            "would end before the winter.")
    assert "Burnley" in locational_names(gaz, text)


def test_a_fixture_verb_between_two_countries_names_both_sides(gaz):
    text = ("The striker scored twice as the hosts reached the quarter-finals of the tournament. On Sunday "
            "Tanzania play Zambia in Mwanza, and the winners meet the group leaders next week.")
    assert locational_names(gaz, text) == ["Mwanza"]


def test_a_fixture_verb_in_a_participle_clause_names_both_sides(gaz):
    text = ("The stadium was half empty for the qualifier on a wet night, with Norway playing Austria in Oslo "
            "three days after a goalless match in the same group.")
    assert locational_names(gaz, text) == ["Oslo"]


def test_a_country_facing_a_crisis_in_a_sports_story_stays_a_place(gaz):
    text = ("The coach said the squad would fly home after the match. Chad faces a severe drought this year, and "
            "several players come from villages near Abeche.")
    assert "Abeche" in locational_names(gaz, text)


def test_a_dateline_country_stays_a_place_when_its_side_plays_in_the_story(gaz):
    text = ("ACCRA, Ghana — Hosts Ghana beat Togo 2-0 in Kumasi on Sunday to reach the semi-finals of the "
            "tournament, with a goal in each half from their striker. Ghana face Mali in the next round, and "
            "the coach said his players would rest before the match.")
    assert locational_names(gaz, text)[:3] == ["ACCRA", "Ghana", "Kumasi"]


def test_a_name_that_moves_points_clear_is_the_side_leading_the_table(gaz):
    text = ("Bolton moved three points clear at the top of the league after a 2-1 win, with their striker "
            "scoring twice in the second half of the match at Brighton.")
    assert locational_names(gaz, text) == ["Brighton"]


def test_a_place_name_before_a_players_position_is_the_side(gaz):
    text = ("Two tries from the Munster flanker gave the visitors the lead before half-time, and the match in "
            "Limerick ended 24-10.")
    assert locational_names(gaz, text) == ["Limerick"]
