"""Country adjectives that name a place ("Syrian territory") against those that name an actor's origin.

Texts written for these tests; the gazetteer is the bundled default one. A demonym before a noun for the
country's land, parts, settlements or economy is the country (or continent); before anything else, and in
the compounds that make it a holder or an agent, it stays non-locational.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from eventwatch.geo import choose_event_location, geoparse
from eventwatch.geo.literal_modifiers import CUE, load_literal_modifiers
from test_geo_associative import use  # the one-name reading (the gazetteer fixture is conftest's)


@pytest.mark.parametrize("text, name, country", [
    ("Two drones crossed into Jordanian airspace overnight.", "Jordanian", "JO"),
    ("Mortar rounds landed on Iraqi soil near the crossing.", "Iraqi", "IQ"),
    ("The convoy entered Syrian territory at dawn.", "Syrian", "SY"),
    ("Fishing boats were seized in Somali waters.", "Somali", "SO"),
    ("Clashes spread to several Ukrainian villages.", "Ukrainian", "UA"),
    ("Protests filled the Sudanese capital for a week.", "Sudanese", "SD"),
    ("Floods hit two Nigerian states last week.", "Nigerian", "NG"),
    ("Drought has ruined Kenyan farms this season.", "Kenyan", "KE"),
    ("Shelling hit the Lebanese side of the frontier.", "Lebanese", "LB"),
    ("Grain prices fell on the Egyptian wheat market.", "Egyptian", "EG"),
])
def test_an_adjective_before_a_place_noun_is_the_country(gaz, text, name, country):
    t = use(gaz, text, name)
    assert t.locational is True and t.cue == CUE
    # The country as a whole (6), or the resolver's region-of-a-large-country reading (5): never a town.
    assert t.place is not None and t.place.country_code == country and t.place.precision >= 5
    assert (t.start, t.end) == (text.index(name), text.index(name) + len(name))  # the span is the adjective
    assert t.place.raw.startswith(name) and len(t.place.raw) > len(name)  # the evidence keeps its head noun


def test_a_continental_adjective_resolves_to_the_continent(gaz):
    t = use(gaz, "Fares rose across the European aviation industry.", "European")
    assert t.locational is True and t.place is not None and t.place.feature_code == "CONT"


@pytest.mark.parametrize("text, name", [
    ("Russian warplanes bombed the outskirts overnight.", "Russian"),
    ("Iranian officials denied the report.", "Iranian"),
    ("A Russian double agent was poisoned.", "Russian"),
    ("Syrian border guards opened fire on smugglers.", "Syrian"),  # the compound is an agent
    ("Clashes broke out in Israeli occupied territory.", "Israeli"),  # the holder, not the land's country
    ("Aid reached Afghan refugee camps.", "Afghan"),  # refugees' origin; camps are not a place head
    ("The British side said talks had failed.", "British"),  # a party, with no "of" after "side"
    ("Turkish troops moved towards the town.", "Turkish"),
    ("Families fled towards the Turkish border.", "Turkish"),  # a shared line says not which side
    ("Anti-Syrian graffiti appeared on walls.", "Syrian"),
    ("Fighters of Iranian-backed militias seized the hill.", "Iranian"),
])
def test_an_actors_origin_stays_non_locational(gaz, text, name):
    t = use(gaz, text, name)
    assert t.locational is False


def test_an_actors_origin_never_becomes_the_event_place(gaz):
    text = "Syrian forces shelled the town of Saraqib, and Russian jets struck Syrian territory."
    tops = geoparse(gaz, text)
    first = text.index(",")
    place = choose_event_location(tops, 0, first)
    assert place is not None and place.precision < 6  # Saraqib, not Syria from "Syrian forces"
    by_text = [(t.text, t.locational) for t in tops]
    assert by_text.count(("Syrian", False)) == 1 and by_text.count(("Syrian", True)) == 1


def test_a_town_still_beats_the_country_a_modifier_names(gaz):
    text = "Shells fell on Atarib, a Syrian town near the front."
    place = choose_event_location(geoparse(gaz, text), 0, len(text))
    assert place is not None and place.precision < 6


def test_the_lexicon_is_validated(tmp_path: Path):
    lex = load_literal_modifiers()
    assert "territory" in lex.place_heads and "side" in lex.heads_before_of
    bad = tmp_path / "bad.yaml"
    bad.write_text("place_heads: [Territory]\nheads_before_of: [side]\nholder_words: [held]\n"
                   "agent_after: [guards]\nmax_between: 2\n", encoding="utf-8")
    with pytest.raises(ValueError, match="lower-case"):
        load_literal_modifiers(str(bad))
    clash = tmp_path / "clash.yaml"
    clash.write_text("place_heads: [territory, held]\nheads_before_of: [side]\nholder_words: [held]\n"
                     "agent_after: [guards]\nmax_between: 2\n", encoding="utf-8")
    with pytest.raises(ValueError, match="holder_words"):
        load_literal_modifiers(str(clash))
