"""Local news of the LGL kind (news probe batch 11): school sides named for their towns, players named like
places, and a state's abbreviation that is also an ordinary word. The sentences are invented."""
from conftest import locational_names
from eventwatch.geo import geoparse


def test_a_name_with_a_score_written_after_it_is_the_side_that_lost(gaz):
    text = ("Senior guard Ana Ruiz scored 22 points as the Eagles held off Lebanon 61-48 on Tuesday night to win the "
            "district title, their first since 2015. The team plays next in the regional tournament.")
    assert "Lebanon" not in locational_names(gaz, text)


def test_a_side_reaching_a_score_before_a_result_noun_is_the_side_and_the_dateline_stays(gaz):
    text = ("GREENSBURG, Ind. — The senior tailback ran for 200 yards and three touchdowns as Greensburg pulled "
            "away for a 35-14 win over the visitors on Friday night. The coach said the team will play in the "
            "sectional tournament.")
    assert locational_names(gaz, text) == ["GREENSBURG", "Ind."]


def test_a_side_that_had_beaten_two_others_names_both_and_the_town_it_travels_to_stays_a_place(gaz):
    # (the second side shaped like a feature: a school named for a hill, a valley or heights)
    text = ("Brownstown, which had beaten Seymour and Cedar Heights earlier in the season, lost 28-20 on Friday "
            "night. The quarterback threw for three touchdowns. The team plays its last game at a field in Salem.")
    found = locational_names(gaz, text)
    assert "Seymour" not in found and "Cedar Heights" not in found
    assert "Salem" in found


def test_a_player_plays_for_a_side_not_in_a_place(gaz):
    text = ("The running record was set in 1998 by a tailback who went on to play for Kentucky, the coach said. "
            "The team scored three touchdowns in the second half of the game.")
    assert "Kentucky" not in locational_names(gaz, text)


def test_a_players_position_before_a_name_like_a_place_makes_a_person(gaz):
    forward = ("CORBIN, Ky. — Senior forward Kenya Brooks added 14 points and 11 rebounds, and the team won the game "
               "by nine. Brooks scored the last six points.")
    assert locational_names(gaz, forward) == ["CORBIN", "Ky."]
    running_back = ("MADISON, Ind. — Senior running back Denver Knox ran for 180 yards and two touchdowns in the "
                    "game. Knox, who has two scholarship offers, scored twice.")
    assert locational_names(gaz, running_back) == ["MADISON", "Ind."]


def test_guard_after_to_is_the_verb_and_the_city_after_it_stays_a_place(gaz):
    text = "Two battalions were sent to guard Kharkiv after the shelling, the army said on Sunday."
    assert "Kharkiv" in locational_names(gaz, text)


def test_a_dotted_state_abbreviation_that_is_an_ordinary_word_still_names_the_state(gaz):
    found = {t.text: t for t in geoparse(gaz, "A man from Tupelo, Miss., was arrested on Tuesday in Memphis.")}
    assert found["Miss."].locational and found["Miss."].place.name == "Mississippi"
    dateline = {t.text: t for t in geoparse(gaz, "OXFORD, Miss. — The city council voted to raise water rates.")}
    assert dateline["Miss."].place.name == "Mississippi"


def test_a_given_name_after_a_title_is_the_person_only_in_that_name_and_the_surname_everywhere(gaz):
    text = ("OMAGH — Operations manager Derry Mulgrew said lorries from the new plant would use the road that links "
            "the town with Derry. Mulgrew said the firm would hire 40 people. County sheriff Dennis Clay said "
            "deputies would direct traffic, and Clay said the road would reopen on Monday.")
    found = geoparse(gaz, text)
    assert [t.start for t in found if t.text == "Derry" and t.locational] == [text.index("with Derry") + 5]
    assert not any(t.locational for t in found if t.text in ("Clay", "Mulgrew"))
