"""One capitalised word that the document also writes in lower case is that word, not a hamlet of the name,
even after a place cue (geo/common_word_names.py)."""
from __future__ import annotations

import pytest

from conftest import found_names, toponym


@pytest.mark.parametrize("text, word", [
    ("The heifer was named Reserve Champion at the county fair, and its owner kept the reserve ribbon.",
     "Reserve"),
    ("A deputy was hurt in the crash. Deputy Lena Marsh said the car left the road.", "Deputy"),
])
def test_a_title_word_the_document_also_writes_as_a_word_is_no_place(gaz, text, word):
    assert word not in found_names(gaz, text)


def test_a_town_of_note_keeps_its_reading_after_a_place_cue(gaz):
    t = toponym(gaz, "He grew up in Bath, where an old bath house still stands.", "Bath")
    assert t.place is not None and t.place.country_code == "GB"


def test_a_name_with_its_state_after_a_comma_stays_the_town(gaz):
    t = toponym(gaz, "She lives in Hope, Arkansas, and has no hope of moving.", "Hope")
    assert t.place is not None and t.place.admin1 is not None


def test_a_word_never_written_in_lower_case_is_read_as_before(gaz):
    assert "Hope" in found_names(gaz, "She moved to Hope, Arkansas, last spring.")


@pytest.mark.parametrize("text,name,admin1", [
    ("Police in Rifle said a rifle was stolen from a truck, which turned up later in Glenwood Springs.",
     "Rifle", "Colorado"),
    ("Residents of Hope say they hope the bridge reopens soon; the road east of Chilliwack is shut.",
     "Hope", "British Columbia"),
])
def test_a_small_town_beside_another_place_of_the_story_keeps_its_reading(gaz, text, name, admin1):
    # the story also writes the word in lower case, but the town lies next to a place it names firmly
    t = toponym(gaz, text, name)
    assert t is not None and t.place is not None and t.place.admin1 == admin1
