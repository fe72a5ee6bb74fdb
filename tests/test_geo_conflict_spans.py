"""Conflict-report place spans: loose transliterations cut at an article, military sites with lower-case or
missing heads, camps by their prefix, border areas, "the town of X" mentions and "Town, Country" pairs.
Every sentence is the project's own."""
from __future__ import annotations

import pytest

from eventwatch.evaluate.entities import _outermost_locations, predict_entities
from eventwatch.geo import geoparse
from eventwatch.geo.facilities import load_facilities
from eventwatch.model import WHERE_PREC_REGION




def spans(rec, text):
    return {text[s.start:s.end]: s for s in rec.recognise(text)}


def toponyms(gaz, text):
    return {t.text: t for t in geoparse(gaz, text)}


# -- a name is never cut at an article ------------------------------------------------------------------
@pytest.mark.parametrize("text,name", [
    ("Near Dayr Az Zayr, three strikes hit oil pumps overnight.", "Dayr Az Zayr"),
    ("Militia convoys were seen leaving Dayr Al Zoor at dawn on Tuesday.", "Dayr Al Zoor"),
])
def test_an_article_before_a_capitalised_word_belongs_to_it(rec, text, name):
    found = spans(rec, text)
    assert name in found and found[name].locational
    assert not any(n != name and name.startswith(n) for n in found)


@pytest.mark.parametrize("text,name,known", [
    ("Mortar fire hit Tal al-Abyad late on Sunday.", "Tal al-Abyad", "Tall Abyaḑ"),
    ("Mortar fire hit Ras al-Ain late on Sunday.", "Ras al-Ain", None),
])
def test_a_name_runs_on_through_a_lower_case_article(rec, text, name, known):
    found = spans(rec, text)
    assert name in found and not any(n != name and (name.startswith(n) or name.endswith(n)) for n in found)
    if known:
        assert any(c.name == known for c in found[name].candidates)


def test_an_unknown_village_keeps_its_article_and_second_word(rec):
    found = spans(rec, "Two families were killed in Kafr al-Zawiya on Friday morning.")
    assert "Kafr al-Zawiya" in found and found["Kafr al-Zawiya"].unknown
    assert "al-Zawiya" not in found


def test_a_diphthong_spelling_is_read_as_the_known_name(rec):
    found = spans(rec, "Near Dayr Az Zayr, three strikes hit oil pumps overnight.")
    assert any(c.name == "Deir ez-Zor" for c in found["Dayr Az Zayr"].candidates)


# -- military sites -----------------------------------------------------------------------------------------
@pytest.mark.parametrize("text,name", [
    ("Two missiles struck the Kuweires military airport east of Aleppo before dawn.", "Kuweires military airport"),
    ("Warplanes took off from the Tiyas air base near Homs on Friday.", "Tiyas air base"),
    ("Water was released from the Haditha Barrage after heavy rain upstream.", "Haditha Barrage"),
    ("The squadron flew in from Incirlik Air Base last spring.", "Incirlik Air Base"),
    ("Crowds gathered at the Bab Tuma Gate as the shelling stopped.", "Bab Tuma Gate"),
])
def test_a_military_site_is_one_place_with_its_head(rec, text, name):
    found = spans(rec, text)
    assert name in found and found[name].facility and found[name].locational


def test_a_town_with_its_ordinary_airport_stays_the_town(rec):
    found = spans(rec, "Passengers waited for hours at the Amman airport on Sunday.")
    assert "Amman" in found and not any(s.facility for s in found.values())


@pytest.mark.parametrize("text", [
    "Rockets fell during an attack on Camp Liberty late on Thursday night.",
    "Residents of Camp Liberty were moved to tents after the rockets fell.",
])
def test_a_camp_named_by_its_prefix_is_placed_by_an_attack_or_its_residents(rec, text):
    found = spans(rec, text)
    assert "Camp Liberty" in found and found["Camp Liberty"].facility
    assert "Camp" not in found  # never the county that shares the word


def test_the_lists_are_checked_on_load():
    words = load_facilities()
    assert ("military", "airport") in words.lowercase_heads and "barrage" in words.sites
    assert "attack" in words.attack_nouns


# -- border areas -------------------------------------------------------------------------------------------
def test_a_border_between_two_countries_is_a_place_in_both(gaz):
    text = "Smugglers moved fighters across the Syria-Iraq border every week."
    found = toponyms(gaz, text)
    for name in ("Syria", "Iraq"):
        t = found[name]
        assert t.locational and t.place.evidence.text == "Syria-Iraq border"
        assert t.place.precision == WHERE_PREC_REGION  # a part of the country, not all of it


def test_two_country_adjectives_name_the_border_they_share(gaz):
    found = toponyms(gaz, "Thousands of families waited along the Turkish-Syrian border for days.")
    assert found["Turkish"].locational and found["Syrian"].locational
    assert found["Turkish"].place.name == "Turkey" and found["Syrian"].place.name == "Syria"
    assert found["Syrian"].place.evidence.text == "Turkish-Syrian border"


def test_one_adjective_before_border_stays_an_origin(gaz):
    found = toponyms(gaz, "Shelling hit farms near the Jordanian border on Monday.")
    assert not found["Jordanian"].locational


def test_a_war_between_two_countries_is_no_border(gaz):
    found = toponyms(gaz, "The Iran-Iraq war ended in a ceasefire.")
    assert found["Iran"].place.evidence.text == "Iran"


# -- the kind of place and the container belong to the mention ----------------------------------------------
@pytest.mark.parametrize("text,name,phrase", [
    ("Troops pushed into the city of Mosul from the south.", "Mosul", "city of Mosul"),
    ("The city of Mosul was cut off by the fighting.", "Mosul", "city of Mosul"),
    ("Car bombs hit Jableh in the northwest province of Latakia.", "Latakia", "northwest province of Latakia"),
    ("Shells landed in the port city of Tartus overnight.", "Tartus", "port city of Tartus"),
    ("Fighting resumed near the Iraqi town of Tal Afar after the truce.", "Tal Afar", "Iraqi town of Tal Afar"),
])
def test_the_kind_of_place_before_of_opens_its_mention(gaz, text, name, phrase):
    assert toponyms(gaz, text)[name].place.evidence.text == phrase


def test_a_kind_owned_by_another_name_is_not_the_containers(rec):
    found = spans(rec, "A car bomb exploded in the Mansour district of Baghdad on Sunday.")
    assert found["Baghdad"].vague is None


@pytest.mark.parametrize("text,mention", [
    ("The convoy was stopped near Manbij, Syria before it crossed.", "Manbij, Syria"),
    ("The sergeant, of Killeen, Texas, died in the blast.", "Killeen, Texas"),
    ("An aid convoy was shelled near Manbij, northern Syria, on Monday.", "Manbij, northern Syria"),
])
def test_re3d_reads_a_town_and_the_land_holding_it_as_one_location(gaz, text, mention):
    from eventwatch.extract.actors import ActorRegistry

    found = [text[s:e] for type_, (s, e) in predict_entities(text, ActorRegistry.load(), gazetteer=gaz)
             if type_ == "Location"]
    assert found == [mention]


def test_re3d_keeps_a_list_of_equals_apart(gaz):
    from eventwatch.extract.actors import ActorRegistry

    text = "Shelling hit Aleppo, Homs and Hama on the same night."
    found = [text[s:e] for type_, (s, e) in predict_entities(text, ActorRegistry.load(), gazetteer=gaz)
             if type_ == "Location"]
    assert found == ["Aleppo", "Homs", "Hama"]


def test_entities_keep_only_the_outermost_place_of_a_mention():
    found = [("Location", (10, 23)), ("Location", (18, 23)), ("Location", (40, 45)), ("Nationality", (18, 23))]
    assert _outermost_locations(found) == [("Location", (10, 23)), ("Location", (40, 45)), ("Nationality", (18, 23))]
