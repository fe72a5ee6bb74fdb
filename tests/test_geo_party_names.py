"""Specs: a country's name closing a political party's name ("United Russia") is the party's, not the country;
the country written on its own, or after an adverb opening the sentence, stays the country."""
from __future__ import annotations

from conftest import found_names


def test_country_closing_a_party_name_is_no_place(gaz):
    text = ("Deputies from United Russia backed the budget in Novosibirsk, and the United Russia candidate "
            "won the mayoral race there.")
    assert found_names(gaz, text) == ["Novosibirsk"]


def test_party_name_opening_a_sentence(gaz):
    assert found_names(gaz, "United Russia kept its majority in the regional assembly of Tomsk.") == ["Tomsk"]


def test_mid_sentence_party_words(gaz):
    assert "Ukraine" not in found_names(gaz, "The Our Ukraine bloc lost votes in Kharkiv.")


def test_the_country_itself_stays(gaz):
    assert found_names(gaz, "Just Russia and China voted against the resolution.") == ["Russia", "China"]
    assert found_names(gaz, "Talks between the United States and Russia resumed in Geneva.") == [
        "United States", "Russia", "Geneva"]
