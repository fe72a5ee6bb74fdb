"""Rules for the gaps the news probe's fourth batch left, each one a reader applies to any text.

- A name written with a saint's abbreviation is read whole ("St. Charles County" is Saint Charles County,
  Missouri, never Charles County, Maryland): the saint's word is never dropped.
- Every name in a list after a plural settlement noun ("the camps at X, Y and Z", "villages including X and
  Y", "the towns of X and Y") is a place's, known to the gazetteer or not; lists after other nouns, or after a
  comma, are left alone.
- A country after "as did" ending the clause does what the first doer did; a capital asked or urged for
  something is the government addressed.

Every sentence here is invented for the test.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from eventwatch.geo.settlement_lists import load_settlement_list_words
from conftest import toponyms_by_name


# -- a saint's abbreviation is part of the name ------------------------------------------------------------------

@pytest.mark.parametrize("text, name, a1", [
    ("Sandbags were handed out in St. Charles County on Sunday.", "St. Charles County", "Missouri"),
    ("Levees held along the river in Ste. Genevieve County overnight.", "Ste. Genevieve County", "Missouri"),
    ("Crews in St Charles County cleared two roads.", "St Charles County", "Missouri"),
])
def test_a_saint_abbreviation_is_read_with_the_name_under_its_written_out_spelling(gaz, text, name, a1):
    t = toponyms_by_name(gaz, text)[name]
    assert t.locational and t.place is not None and t.place.admin1 == a1


def test_the_name_after_a_saint_abbreviation_is_never_read_alone(gaz):
    found = toponyms_by_name(gaz, "Volunteers in St. Louis County and St. Charles County filled sandbags.")
    assert "Charles County" not in found and "Louis County" not in found
    assert found["St. Charles County"].place.admin1 == "Missouri"


def test_a_saint_possessive_keeps_its_own_reading(gaz):
    found = toponyms_by_name(gaz, "Choirs sang at St. Mark's Anglican Church in Nairobi on Sunday.")
    assert "St. Mark" not in found and "Mark" not in found


# -- every name in a list after a plural settlement noun -------------------------------------------------------

@pytest.mark.parametrize("text, listed", [
    ("Aid reached the camps at Kobraleh, Dunkaso and Mertigo in Mandera County.", ["Kobraleh", "Dunkaso", "Mertigo"]),
    ("Gunmen burned villages including Dabirmo and Tudun Kwari in Borno State.", ["Dabirmo", "Tudun Kwari"]),
    ("The towns of Velmora and Quistad were cut off by the floods in Norway.", ["Velmora", "Quistad"]),
    ("Cholera spread to hamlets such as Ngolowe and Chikweza in Malawi.", ["Ngolowe", "Chikweza"]),
])
def test_each_unknown_name_in_a_settlement_list_is_a_place(gaz, text, listed):
    found = toponyms_by_name(gaz, text)
    for name in listed:
        assert name in found and found[name].locational, name


def test_an_unknown_listed_settlement_stands_in_at_its_container(gaz):
    found = toponyms_by_name(gaz, "Aid reached the camps at Kobraleh and Dunkaso in Mandera County.")
    t = found["Dunkaso"]
    assert t.place is None and t.fallback is not None and t.fallback.country_code == "KE"


def test_a_known_name_in_a_settlement_list_keeps_its_reading(gaz):
    found = toponyms_by_name(gaz, "Refugees moved between the cities of Nairobi and Kobraleh last year.")
    assert found["Nairobi"].place.country_code == "KE" and found["Kobraleh"].locational


@pytest.mark.parametrize("text, name", [
    ("Tech firms in many cities, including Apple and Google, opposed the rule.", "Apple"),  # after a comma
    ("The camps of the two candidates, Harwell and Bixby, traded insults.", "Bixby"),  # sides, not camps
    ("The districts of Education and Health were merged last year.", "Health"),  # offices: not a settlement noun
])
def test_lists_that_are_not_of_settlements_are_left_alone(gaz, text, name):
    assert name not in toponyms_by_name(gaz, text)


def test_the_settlement_list_file_is_validated(tmp_path: Path):
    bad = tmp_path / "lists.yaml"
    bad.write_text("heads: [villages]\nguarded_heads: [camps]\nopeners: [of]\nlocative_openers: [of]\n")
    with pytest.raises(ValueError, match="guarded_heads"):
        load_settlement_list_words(str(bad))
    words = load_settlement_list_words()
    assert "camps" in words.guarded_heads and ("such", "as") in words.openers


# -- metonymy: a state that does what another did; a government asked ----------------------------------------

@pytest.mark.parametrize("text, doers", [
    ("Ghana backed the proposal on Tuesday, as did Togo and Benin.", ["Togo", "Benin"]),
    ("The EU rejected the offer, as did Norway, which had voted against it.", ["Norway"]),
])
def test_countries_after_as_did_ending_the_clause_are_doers(gaz, text, doers):
    found = toponyms_by_name(gaz, text)
    for name in doers:
        assert not found[name].locational, name


@pytest.mark.parametrize("text, name", [
    ("Grain exports to Egypt rose, as did shipments to Kenya.", "Kenya"),
    ("Floods hit Kenya last week, as did storms in Uganda.", "Uganda"),
])
def test_a_place_inside_the_elided_clause_stays_a_place(gaz, text, name):
    assert toponyms_by_name(gaz, text)[name].locational


@pytest.mark.parametrize("text, name", [
    ("Serbia has asked Brussels for more money to run the centres.", "Brussels"),
    ("The mayor asked Ottawa for help after the storm.", "Ottawa"),
    ("Farmers urged Canberra to lift the ban.", "Canberra"),
])
def test_a_capital_asked_or_urged_is_the_government_addressed(gaz, text, name):
    assert not toponyms_by_name(gaz, text)[name].locational
