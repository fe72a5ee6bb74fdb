"""Associative use of a place name (its government, people, team or institutions) against literal use.

Texts written for these tests; the gazetteer is the bundled default one. Each rule is checked on both
sides: the associative reading it must catch and a literal reading next to it that it must leave alone.
"""
from __future__ import annotations

import pytest

from eventwatch.geo import geoparse
from eventwatch.geo.associative import load_associative



def use(gaz, text: str, name: str):
    hits = [t for t in geoparse(gaz, text) if t.text == name]
    assert hits, f"{name!r} not recognised in {text!r}"
    return hits[0]


@pytest.mark.parametrize("text, name", [
    ("Lebanese airlines cut fares while Jordan airlines raised them.", "Jordan"),
    ("Iraq officials met the delegation on Monday.", "Iraq"),
    ("Kenya tourism authorities expect a rise in visitors.", "Kenya"),
    ("A Mosul man was arrested at the checkpoint.", "Mosul"),
    ("Ohio farmers face a dry summer.", "Ohio"),
])
def test_a_name_modifying_people_or_institutions_is_not_where_they_are(gaz, text, name):
    t = use(gaz, text, name)
    assert t.locational is False and t.cue in {"modifier", "metonymy"}


@pytest.mark.parametrize("text, name", [
    ("She was questioned at the Homs police station.", "Homs"),
    ("Fuel ran short in the Basra area last week.", "Basra"),
    ("The Chicago police shooting drew protests.", "Chicago"),
])
def test_a_name_modifying_a_place_or_an_event_there_stays_literal(gaz, text, name):
    assert use(gaz, text, name).locational is True


@pytest.mark.parametrize("text, name", [
    ("Analysts doubt Egypt's willingness to mediate.", "Egypt"),
    ("The council discussed Lebanon's request for aid.", "Lebanon"),
    ("Observers noted a shift in Turkey's approach to the talks.", "Turkey"),
])
def test_what_an_agent_owns_makes_the_possessive_name_an_actor(gaz, text, name):
    assert use(gaz, text, name).locational is False


def test_what_a_place_holds_keeps_the_possessive_name_a_place(gaz):
    assert use(gaz, "Half of Jordan's residents live in cities.", "Jordan").locational is True


@pytest.mark.parametrize("text, name", [
    ("Qatar has strengthened its relations with Oman.", "Oman"),
    ("Washington put pressure on Venezuela over the vote.", "Venezuela"),
    ("Talks between Armenia and Azerbaijan resumed.", "Azerbaijan"),
    ("Talks between Armenia and Azerbaijan resumed.", "Armenia"),
    ("The deal allowed Ethiopia to export more coffee.", "Ethiopia"),
    ("The ministry said the government of Sudan rejected the plan.", "Sudan"),
    ("The Prime Minister of Kuwait arrived late.", "Kuwait"),
])
def test_a_party_to_relations_or_a_doer_is_an_actor(gaz, text, name):
    assert use(gaz, text, name).locational is False


@pytest.mark.parametrize("text, name", [
    ("Canada on Monday approved the sale.", "Canada"),
    ("Chile, which signed the accord, abstained.", "Chile"),
    ("Norway gave the agency new funds.", "Norway"),
    ("Poland puts the blame on its neighbours.", "Poland"),
    ("Since then Peru was negotiating a new loan.", "Peru"),
])
def test_a_country_as_the_subject_of_a_deed_is_an_actor(gaz, text, name):
    assert use(gaz, text, name).locational is False


@pytest.mark.parametrize("text, name", [
    ("Syria is burning after a decade of war.", "Syria"),
    ("Convoys reached the town of Sinjar, and Iraq remains tense.", "Iraq"),
    ("Clashes were reported in the city of Aleppo on Monday.", "Aleppo"),
    ("The offensive against Idlib killed dozens of civilians.", "Idlib"),
])
def test_a_place_undergoing_or_hit_stays_a_place(gaz, text, name):
    assert use(gaz, text, name).locational is True


def test_in_a_sports_report_a_place_after_against_is_a_team(gaz):
    text = "Jones scored 30 points against Denver in overtime on Sunday."
    assert use(gaz, text, "Denver").locational is False


def test_the_word_lists_are_validated_on_load(tmp_path):
    bad = tmp_path / "associative.yaml"
    bad.write_text("modifier_heads: [Airlines]\n", encoding="utf-8")
    with pytest.raises(ValueError):
        load_associative(str(bad))


@pytest.mark.parametrize("text, name", [
    ("The Jordan and Iraq governments signed a water deal.", "Jordan"),
    ("Lebanon and local authorities disagreed over the camps.", "Lebanon"),
])
def test_names_coordinated_before_a_shared_head_are_both_modifiers(gaz, text, name):
    assert use(gaz, text, name).locational is False


def test_a_place_coordinated_with_a_plain_noun_phrase_stays_a_place(gaz):
    assert use(gaz, "The region is home to Basra and major military bases.", "Basra").locational is True
