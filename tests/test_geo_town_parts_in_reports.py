"""Conflict reports that name a part of a town, a division in lower case, an unknown hyphenated name, or a town
as an armed group's target.

- "the X district|area|quarter|neighbourhood of Y" and "Y's X district": when Y is a town, the event is at the
  town near its point (UCDP 2) with X kept as the raw name; when X is a district of the province Y (or its
  capital) stands for, X is the place and Y only says where it lies.
- "the department of X" in lower case is a division cue; "the Department of Homeland Security" is an office.
- "the Bashali-Mokoto groupement": an unknown hyphenated name is read whole, not cut at its hyphen.
- "fighters attacked X": an armed group's target is a place; "Trump attacked X" names none.
- "the district of X, west of Y": Y only locates X.

Every sentence is written for these tests; the Toponym fixtures are built here.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from eventwatch.geo.recognise import Recogniser
from eventwatch.geo.town_parts import TOWN_PART_CODE, part_of_town_place, town_part_pairs
from eventwatch.geo.unknown_names import armed_target, load_unknown_place_words
from eventwatch.geo.normalise import tokenize
from eventwatch.model import WHERE_PREC_ADMIN2, WHERE_PREC_NEAR, Evidence, Place, Toponym
from conftest import event_place


@pytest.fixture(scope="module")
def recogniser(gaz):
    return Recogniser(gaz)


def spans(recogniser, text: str) -> dict:
    return {text[s.start : s.end]: s for s in recogniser.recognise(text)}


# -- pairs read from Toponyms alone (no gazetteer) ---------------------------------------------------------

SENTENCE = "Shells fell on the Qasr district of Wadi Town on Monday."


def _toponym(name: str, place: Place | None, fallback: Place | None = None, cue: str | None = None) -> Toponym:
    start = SENTENCE.index(name)
    evidence = Evidence("d", "location", name, start, start + len(name), SENTENCE, 0)
    for p in (place, fallback):
        if p is not None:
            p.evidence = evidence
    return Toponym(start, start + len(name), name, place, True, cue, fallback)


def _town(**kw) -> Place:
    base = dict(name="Wadi Town", lat=10.0, lon=20.0, country_code="XX", admin1="North", precision=1,
                feature_code="PPL")
    return Place(**{**base, **kw})


def test_an_unresolved_name_before_district_of_a_town_is_a_part_of_it():
    pairs = town_part_pairs([_toponym("Qasr", None, cue="on"), _toponym("Wadi Town", _town(), cue="district")])
    assert pairs == [(0, 1, True)]


def test_a_section_of_a_town_in_the_gazetteer_is_a_part_of_it_whatever_its_distance():
    section = _town(name="Qasr", lat=10.1, lon=20.1, feature_code=TOWN_PART_CODE, precision=2)
    pairs = town_part_pairs([_toponym("Qasr", section), _toponym("Wadi Town", _town())])
    assert pairs == [(0, 1, True)]


def test_a_district_far_from_the_town_in_its_province_is_the_provinces_district():
    district = _town(name="Qasr", lat=10.4, lon=20.3, feature_code="ADM2", precision=3)  # ~55 km away
    pairs = town_part_pairs([_toponym("Qasr", district), _toponym("Wadi Town", _town())])
    assert pairs == [(0, 1, False)]


def test_a_name_before_district_of_a_province_is_not_read_as_a_town_part():
    province = _town(feature_code="ADM1", precision=4)
    assert town_part_pairs([_toponym("Qasr", None), _toponym("Wadi Town", province)]) == []


def test_a_part_of_a_town_stands_at_the_town_near_its_point_keeping_its_own_name():
    part = _toponym("Qasr", None)
    place = part_of_town_place(part, _town())
    assert (place.name, place.precision, place.raw, place.lat) == ("Wadi Town", WHERE_PREC_NEAR, "Qasr", 10.0)


# -- named parts of towns, end to end -------------------------------------------------------------------------

@pytest.mark.parametrize("text, town, raw", [
    ("A grenade exploded in the Crater district of Aden late on Friday.", "Aden", "Crater"),
    ("Mortar fire reached the Hodan district of Mogadishu before noon.", "Mogadishu", "Hodan"),
    ("Police fought a gang in the Tierra Blanca neighbourhood of Culiacán.", "Culiacán", "Tierra Blanca"),
    ("Snipers were active in the Karari area of Omdurman all week.", "Omdurman", "Karari"),
    ("Two guards died when a mine went off in Aden's Sheikh Othman district.", "Aden", "Sheikh Othman"),
])
def test_a_named_part_of_a_town_puts_the_event_at_the_town_near_its_point(gaz, text, town, raw):
    place = event_place(gaz, text)
    assert place is not None
    assert (place.name, place.precision, place.raw) == (town, WHERE_PREC_NEAR, raw)


@pytest.mark.parametrize("text, district", [
    ("Fighters ambushed a patrol in the Andarab district of Baghlan at dawn.", "Andarāb"),
    ("Gunmen shot a district chief in the Khanabad district of Kunduz on Monday.", "Khānābād"),
])
def test_a_district_of_a_province_stays_the_district_and_its_province_only_holds_it(gaz, text, district):
    place = event_place(gaz, text)
    assert place is not None and (place.name, place.precision) == (district, WHERE_PREC_ADMIN2)


# -- a division written in lower case before its name -----------------------------------------------------

def test_the_department_of_a_known_name_in_lower_case_is_a_division(recogniser, gaz):
    text = "Gunmen burned a school in the department of Torodi on Sunday."
    s = spans(recogniser, text)["Torodi"]
    assert s.locational and s.vague == "admin2"
    place = event_place(gaz, text)
    assert (place.name, place.feature_code, place.precision) == ("Torodi", "ADM2", WHERE_PREC_ADMIN2)


def test_a_capitalised_department_of_is_an_office_not_a_place(recogniser):
    text = "The Department of Homeland Security said the Department of Texas had closed."
    found = spans(recogniser, text)
    assert "Homeland" not in found
    assert all(not s.locational or s.cue != "department" for s in found.values())


# -- unknown hyphenated names ----------------------------------------------------------------------------------

@pytest.mark.parametrize("text, name", [
    ("Rebels shelled villages in the Bashali-Mokoto groupement on Tuesday.", "Bashali-Mokoto"),
    ("Militiamen raided farms in the Banyali-Kilo chiefdom overnight.", "Banyali-Kilo"),
    ("Soldiers retook the locality of Kibirizi-Kanyabayonga after a week.", "Kibirizi-Kanyabayonga"),
])
def test_an_unknown_hyphenated_name_is_read_whole(recogniser, text, name):
    found = spans(recogniser, text)
    assert name in found and found[name].unknown and found[name].locational
    assert not any(k != name and k in name for k in found)


@pytest.mark.parametrize("text, names", [
    ("Talks on the Israel-Hamas war resumed.", {"Israel"}),
    ("Flights to Dallas-Fort Worth and Winston-Salem were cancelled.", {"Dallas", "Fort Worth", "Winston-Salem"}),
])
def test_places_joined_by_a_hyphen_are_not_merged_into_an_unknown_name(recogniser, text, names):
    found = spans(recogniser, text)
    assert names <= set(found)
    assert not any(s.unknown for s in found.values())


def test_a_hyphenated_unknown_name_keeps_its_whole_name_as_its_stand_ins_raw(gaz):
    place = event_place(gaz, "Rebels shelled villages in the Bashali-Mokoto groupement, North Kivu, on Tuesday.")
    assert place is not None and (place.name, place.raw) == ("North Kivu", "Bashali-Mokoto")


# -- an armed group's target -----------------------------------------------------------------------------------

def _target(text: str, name: str):
    tokens = tokenize(text)
    i = next(k for k, t in enumerate(tokens) if t.text == name)
    return armed_target(text, tokens, i)


@pytest.mark.parametrize("text, name, verb", [
    ("Al-Shabaab fighters attacked Beledweyne before dawn.", "Beledweyne", "attacked"),
    ("Suspected militants on motorbikes overran Damboa at night.", "Damboa", "overran"),
    ("Gang members attacked Mirebalais and freed inmates.", "Mirebalais", "attacked"),
    ("Gunmen attacked Tsafe at night.", "Tsafe", "attacked"),
])
def test_an_armed_groups_target_is_a_place_cue(text, name, verb):
    assert _target(text, name) == verb


@pytest.mark.parametrize("text, name", [
    ("Trump attacked Clinton over her emails.", "Clinton"),
    ("Gunmen attacked Hassan's convoy on the highway.", "Hassan"),
    ("The fighters regrouped, and critics attacked Jordan in the press.", "Jordan"),
    ("Fighters met the press, and the mayor attacked Beledweyne's council.", "Beledweyne"),
])
def test_an_attack_without_an_armed_doer_or_on_someones_belongings_names_no_place(text, name):
    assert _target(text, name) is None


def test_a_town_attacked_by_fighters_is_the_events_place(gaz):
    place = event_place(gaz, "Al-Shabaab fighters attacked Beledweyne before dawn on Sunday, Somali officials said.")
    assert place is not None and (place.name, place.country_code, place.precision) == ("Beledweyne", "SO", 1)


def test_a_quarrel_makes_no_place(gaz):
    assert event_place(gaz, "At the rally Trump attacked Obama over trade on Sunday.") is None


def test_the_word_lists_for_targets_load_and_may_be_left_out(tmp_path: Path):
    words = load_unknown_place_words()
    assert {"attacked", "overran"} <= words.attack_verbs and {"fighters", "gunmen"} <= words.attack_doers
    path = tmp_path / "unknown_places.yaml"
    path.write_text("toponym_prefixes: [kafr]\nweak_prefixes: [kafr]\nsettlement_heads: [village]\n"
                    "guarded_heads: [village]\ncamp_qualifiers: [idp]\n"
                    "division_phrases: {local government area: admin2}\n", encoding="utf-8")
    bare = load_unknown_place_words(str(path))
    assert bare.attack_verbs == frozenset() and bare.attack_doers == frozenset()


# -- a town that only locates the name before it ----------------------------------------------------------

def test_a_town_after_west_of_only_locates_the_district_before_it(gaz):
    place = event_place(gaz, "Drones struck a market in the district of Maqbanah, west of Taiz, on Friday.")
    assert place is not None and (place.name, place.precision) == ("Maqbanah", WHERE_PREC_ADMIN2)
