"""A sentence's first word that names no place by its own name, only a hamlet by an old or other one
(geo/context_reading.py `_only_a_hamlets_other_name`): its capital is the sentence's, and it is the ordinary
word. Sentences written for these tests."""
from __future__ import annotations

from conftest import toponym, toponyms_by_name


def test_a_word_that_is_only_a_hamlets_other_name_opens_a_sentence_as_a_word(gaz):
    # "Samples" is an old name of a hamlet in Alabama; here it is the noun, and it pulls no reading there.
    text = ("Three people fell ill in the village on Friday. Samples were sent to a laboratory in Geneva, "
            "the ministry said.")
    assert "Samples" not in toponyms_by_name(gaz, text)
    assert toponym(gaz, text, "Geneva").place.country_code == "CH"


def test_a_town_by_its_own_name_still_opens_a_sentence(gaz):
    text = "Farmers met on Monday to talk about the drought. Toowoomba has had no rain since March."
    assert toponym(gaz, text, "Toowoomba").place.country_code == "AU"
