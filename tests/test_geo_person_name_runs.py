"""Specs: place names held by people's names — a couple's first given name, a given name before a surname the
document uses alone, a family named by its plural surname — and the places written the same way that stay."""
from __future__ import annotations

from conftest import found_names


def test_first_given_name_of_a_couple_is_no_town(gaz):
    text = ('Two beekeepers, Brent and Joyce Ferrand, lost forty hives to the frost. "We start again in May," '
            'Brent said at the market in Moose Jaw.')
    assert found_names(gaz, text) == ["Moose Jaw"]


def test_a_couple_with_an_unlisted_second_given_name(gaz):
    assert "Brent" not in found_names(gaz, "The beekeepers Brent and Lynnora Vasko lost forty hives to the frost.")


def test_places_joined_by_and_stay_places(gaz):
    assert found_names(gaz, "Flooding closed roads in Jordan and Saudi Arabia on Monday.") == ["Jordan", "Saudi Arabia"]
    assert found_names(gaz, "Voters in Austin and San Antonio went to the polls.") == ["Austin", "San Antonio"]
    assert found_names(gaz, "Councils in Brent and Harrow agreed the plan.") == ["Brent", "Harrow"]


def test_given_name_before_a_surname_used_alone_is_no_town(gaz):
    text = ('Darwin Okonjo won the regional spelling bee on Friday. "I practised every night," said Okonjo, 12.')
    assert "Darwin" not in found_names(gaz, text)


def test_the_same_town_with_a_place_cue_stays(gaz):
    found = found_names(gaz, "Floods hit Kati in Mali. The Kati region was cut off.")
    assert found.count("Kati") == 2


def test_family_named_by_plural_surname_is_no_place(gaz):
    text = ("Under the order, Ross and Marnie Tipton must sell the herd by June. The sale was agreed by the "
            "Tiptons and the province in March.")
    assert "Tiptons" not in found_names(gaz, text)
