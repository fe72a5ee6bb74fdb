"""One list for one idea: the word lists and helpers several readers share are defined once.

- The armed doers of unknown_places.yaml are the one list of armed forces: the armed attacks read them
  ("gunmen attacked X") and so do the assaults of geo/associative ("troops pressed X for a week"). Words armed
  only as a group's members ("gang members") are kept apart, as "members pressed X for money" is a request.
- A capitalised word's shape ("Hope", not "HOPE" or "McAllen") is one helper, `title_case.title_word`.
- The verbs of water in geo/river_verbs are written once: the patterns and the word set agree.
"""
from __future__ import annotations

from eventwatch.geo import river_verbs
from eventwatch.geo.normalise import tokenize
from eventwatch.geo.title_case import title_word
from eventwatch.geo.unknown_names import load_unknown_place_words
from eventwatch.geo.verb_forms import BE_FORMS


def _word(text: str):
    return tokenize(text)[0]


def test_armed_forces_are_the_armed_doers_less_the_group_members():
    words = load_unknown_place_words()
    assert words.armed_forces < words.armed_doers
    assert words.armed_doers - words.armed_forces == {"members"}
    assert {"troops", "army", "units", "tanks", "gunmen", "bandits"} <= words.armed_forces


def test_members_pressing_a_capital_make_a_request_not_an_assault(gaz):
    from eventwatch.geo import geoparse

    ottawa = [t for t in geoparse(gaz, "Council members pressed Ottawa for road money on Tuesday.")
              if t.text == "Ottawa"]
    assert ottawa and not ottawa[0].locational


def test_armoured_doers_make_their_attack_a_place(gaz):
    from eventwatch.geo import geoparse

    hit = [t for t in geoparse(gaz, "Tanks overran Dambuwa on Sunday.") if t.text == "Dambuwa"]
    assert hit and hit[0].locational


def test_title_word_is_a_capital_then_lower_case_letters():
    assert title_word(_word("Hope"))
    assert not title_word(_word("HOPE"))
    assert not title_word(_word("McAllen"))
    assert not title_word(_word("hope"))


def test_title_word_takes_the_shortest_length_its_reader_asks_for():
    assert title_word(_word("Al"))
    assert not title_word(_word("Al"), 3)
    assert title_word(_word("Ali"), 3)
    assert not title_word(_word("A"))


def test_the_water_verbs_are_the_verbs_the_patterns_read():
    verbs = river_verbs._FLOW_VERBS + river_verbs._SWELL_VERBS + river_verbs._RISE_VERBS
    assert river_verbs._WATER_VERBS == frozenset(verbs)
    for verb in river_verbs._FLOW_VERBS:
        assert river_verbs._FLOW_OR_SWELL.match(f" {verb} ") is not None
    assert river_verbs._SWELLING.match(" swelled after the rain") is not None
    assert river_verbs._SWELLING.match(" swelled with migrants") is None
    assert river_verbs._MEASURED_AFTER.match(" swelled by two metres") is not None


def test_the_forms_of_be_are_one_list():
    assert BE_FORMS == {"is", "was", "are", "were", "be", "been", "being"}
