"""Place names that are parts of people's or teams' names: a surname a town shares, a team that carries its
town's or state's name. Every sentence here is invented for the test.
"""
from __future__ import annotations

import pytest

from eventwatch.geo import geoparse
from eventwatch.geo.gazetteer import Gazetteer
from eventwatch.geo.lexicon import load_cues
from eventwatch.geo.normalise import tokenize
from eventwatch.geo.persons import person_names
from eventwatch.geo.whole_names import load_team_words


@pytest.fixture(scope="module")
def gazetteer() -> Gazetteer:
    return Gazetteer.load()


def places(gazetteer, text: str) -> list[str]:
    """The names read as places where something is or happens."""
    return [t.text for t in geoparse(gazetteer, text) if t.locational]


def named_people(text: str, known: set[str], not_names: frozenset[str] = frozenset(),
                 strong: set[str] = frozenset()) -> frozenset[str]:
    """`person_names` with the words in `known` standing for names the gazetteer holds (each a name of its
    own) and those in `strong` for countries' or large cities' names."""
    tokens = tokenize(text)
    return person_names(text, tokens, load_cues(), [t.text in known for t in tokens], not_names,
                        frozenset(k for k, t in enumerate(tokens) if t.text in strong),
                        frozenset(k for k, t in enumerate(tokens) if t.text in known))


# -- people ---------------------------------------------------------------------------------------------

def test_a_known_name_after_a_word_no_list_holds_is_a_surname():
    # "Kaylen" is in no gazetteer or name list; "Rostova" stands for a town's name.
    people = named_people("The court heard Kaylen Rostova on Monday.", {"Rostova"})
    assert "rostova" in people


def test_a_known_name_opening_the_pair_is_not_made_a_surname():
    # "Dublin Singers", "Oakdale Reads": a town opening a group's or a programme's name.
    assert "oakdale" not in named_people("She joined Oakdale Trellers last spring.", {"Oakdale"})


def test_a_pair_after_the_article_or_a_place_cue_is_no_person():
    assert "rostova" not in named_people("She lives in Pinewick Rostova now.", {"Rostova"})
    assert "rostova" not in named_people("He sang with the Pinewick Rostova last year.", {"Rostova"})


def test_ordinary_words_capitalised_before_a_name_make_no_surname():
    # A sentence start, an adverb, or a word the text also writes in lower case is no given name.
    assert "rostova" not in named_people("Although Rostova grew, it stayed poor.", {"Rostova"})
    assert "rostova" not in named_people("It was Distinctly Rostova all summer.", {"Rostova"})
    assert "rostova" not in named_people("A missing dog. The Missing Rostova poster.", {"Rostova"})


def test_a_name_joined_by_and_to_a_persons_name_is_a_persons():
    people = named_people("Mr Deeney and Rostova were fined.", set())
    assert {"deeney", "rostova"} <= people


def test_two_known_names_side_by_side_are_a_given_name_and_a_surname():
    # Both words name small places somewhere, but not together: "Pinewick Rostova" is a person.
    people = named_people("The singer Pinewick Rostova toured again.", {"Pinewick", "Rostova"})
    assert {"pinewick", "rostova"} <= people


def test_a_strong_place_beside_a_known_name_is_not_made_a_person():
    # "Paris Hilton" leaves Paris a city: a country's or a large city's name keeps its own reading.
    people = named_people("The heiress Paris Rostova arrived.", {"Paris", "Rostova"}, strong={"Paris"})
    assert "paris" not in people and "rostova" not in people


def test_a_listed_given_name_opening_a_persons_name_is_that_persons():
    # "Lincoln" is a listed given name and a town: after "Lincoln Rostova" the bare "Lincoln" is the person.
    assert "lincoln" in named_people("The farmer Lincoln Rostova spoke. Lincoln's turkeys won.", {"Lincoln"})


def test_a_town_sharing_a_surname_is_not_read_where_the_person_is(gazetteer):
    # Villanueva is a large town in Honduras; here it is a defendant's surname throughout.
    text = ("A court convicted Marc Dale Deeney and Kaylen Villanueva of fraud on Monday. "
            "The judge ordered Deeney and Villanueva to pay damages.")
    assert "Villanueva" not in places(gazetteer, text)


def test_the_same_town_after_a_firm_cue_stays_a_place(gazetteer):
    text = "Kaylen Villanueva was born in the Philippines. Flooding hit Villanueva, Cortes, in Honduras."
    assert "Villanueva" in places(gazetteer, text)


def test_a_cue_before_a_persons_possessive_places_the_thing_owned_not_the_town(gazetteer):
    # "went to Denton's home": the cue governs the home; Denton is the man the story named in full.
    text = ("Police arrested Marcus Lee Denton, 44, on Friday. Officers went to Denton's home on Birch Lane, "
            "where the girl had gone.")
    assert [t.text for t in geoparse(gazetteer, text) if t.text == "Denton"] == []


def test_a_towns_possessive_after_a_cue_stays_the_town_where_no_person_bears_the_name(gazetteer):
    text = "The council met in Denton on Monday. Later the mayor went to Denton's old courthouse."
    assert places(gazetteer, text) == ["Denton", "Denton"]


# -- teams ----------------------------------------------------------------------------------------------

SPORTS = ("Oregon State won the title game 70-65 in overtime. Oregon State's Kaylen Rostova scored 21 points "
          "and the coach praised the players. Oregon State plays again next season.")


def test_a_state_named_team_in_a_sports_story_is_no_place(gazetteer):
    assert "Oregon" not in places(gazetteer, SPORTS)


def test_the_team_reading_needs_a_sports_story(gazetteer):
    # The same possessive with a person after it, in a story about a bill, is the state's.
    text = "Oregon State's Kaylen Rostova wrote the bill, which the senate passed in Oregon on Friday."
    assert "Oregon" in places(gazetteer, text)


def test_a_team_story_still_places_what_a_firm_cue_names(gazetteer):
    text = SPORTS + " The final was played in Oregon."
    assert places(gazetteer, text).count("Oregon") == 1


def test_a_town_whose_team_players_are_named_is_the_team_in_that_story(gazetteer):
    text = ("Birmingham City's Kaylen Rostova scored twice as the team won the league match 2-1. "
            "Birmingham will travel to the coast for the cup game. The coach was pleased with the goals.")
    assert "Birmingham" not in places(gazetteer, text)


def test_an_officials_title_after_the_possessive_leaves_the_town(gazetteer):
    text = ("Birmingham's Mayor Kaylen Rostova opened the season at the stadium, where the team won the match "
            "and scored three goals. Birmingham is also hosting the cup final.")
    assert "Birmingham" in places(gazetteer, text)


def test_the_team_words_load_as_lower_case_lists():
    words = load_team_words()
    assert words.sports_min >= 1 and "state" in words.tails and "team" in words.nouns and "season" in words.sports
