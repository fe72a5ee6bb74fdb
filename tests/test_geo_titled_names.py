"""A person called like a town: a name of several words written after a person's title is the person."""
from conftest import toponym, toponyms_by_name


def test_a_calling_before_a_several_word_name_makes_it_a_person(gaz):
    text = "The old chapel in the harbour holds the tomb of the navigator Vasco da Gama, visitors are told."
    assert "Vasco da Gama" not in toponyms_by_name(gaz, text)


def test_the_same_name_after_a_place_cue_stays_the_town(gaz):
    text = "The ferry from Vasco da Gama to Panaji was two hours late on Sunday."
    assert toponym(gaz, text, "Vasco da Gama").locational


def test_a_title_before_a_place_holding_a_place_word_leaves_the_place(gaz):
    text = "Coach Ripley took the under-16 side on a week's tour of Prince Edward Island."
    assert toponym(gaz, text, "Prince Edward Island").locational
