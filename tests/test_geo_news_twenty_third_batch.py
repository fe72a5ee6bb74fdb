"""Rules found by the news probe's twenty-third batch (US and Canadian local papers of the LGL kind).

An obituary lists its survivors as relative, then home town: "two sons, Kurt of Elyria and Wade of Akron". The
first given name after the word for kin was already read as a person's; the ones after "and" further along
the same list are people too, not towns that happen to share their names, and the towns after "of" stay towns.
A plural word for kin ("sons", "sisters") opens such a list as a singular one does.

Every sentence here is invented for the test.
"""
from __future__ import annotations

from conftest import found_names, located


def test_a_given_name_after_a_plural_word_for_kin_is_a_relative_not_a_town(gaz):
    text = "She is survived by two sons, Gary of Toledo and Kevin of Akron, and six grandchildren."
    assert "Gary" not in found_names(gaz, text)


def test_the_next_relative_after_and_in_a_survivors_list_is_a_person(gaz):
    text = "He leaves two daughters, Rhonda of Findlay and Dale of Lima, Ohio; and a brother in Texas."
    names = found_names(gaz, text)
    assert "Dale" not in names
    assert ("Findlay", "US") in located(gaz, text) and ("Lima", "US") in located(gaz, text)


def test_the_town_before_and_in_a_survivors_list_stays_a_town(gaz):
    text = "Survivors include his sons, Curtis of Franklin and Dale of Lexington, Ky., and a sister."
    assert "Franklin" in found_names(gaz, text)
    assert "Dale" not in found_names(gaz, text)


def test_a_town_after_and_with_no_relative_before_it_stays_a_town(gaz):
    text = "Her sister, Opal, moved to Dayton and Gary before settling in Toledo."
    assert "Gary" in found_names(gaz, text)

