"""Recognition round twelve: what the end-to-end errors on the evaluation corpora, classified by kind, asked
for. Every sentence here is invented."""
from __future__ import annotations

import pytest

from eventwatch.geo import geoparse


def places(gaz, text) -> dict[str, tuple]:
    """Locational names found, with the feature code and country of the place each resolved to."""
    return {t.text: (t.place.feature_code, t.place.country_code) if t.place else None
            for t in geoparse(gaz, text) if t.locational}


# -- a town after a weak cue, in a country the story names ---------------------------------------------------

@pytest.mark.parametrize("text,towns,country", [
    ("The ministry of Fiji said nine of the patients came from Suva and two from Nadi.", ("Suva", "Nadi"), "FJ"),
    ("Three more cases were confirmed in Fiji on Monday; all of them came from Lautoka.", ("Lautoka",), "FJ"),
])
def test_a_town_after_a_weak_cue_is_believed_when_the_story_names_its_country(gaz, text, towns, country):
    found = places(gaz, text)
    for town in towns:
        assert found.get(town) is not None and found[town][1] == country, (town, found)


def test_without_its_country_named_a_small_town_after_a_weak_cue_still_needs_support(gaz):
    # The same towns with nothing else in the story to place them: "from X" alone is too weak a cue for a
    # single-word town that is neither large nor near another place the story gives.
    found = places(gaz, "Nine of the patients came from Lautoka and two from Nadi.")
    assert "Lautoka" not in found and "Nadi" not in found


def test_a_demonym_does_not_name_the_country_for_this_rule(gaz):
    # "Fijian" names people; only the country's own name supports its towns here.
    found = places(gaz, "Fijian doctors said two of the patients came from Lautoka.")
    assert "Lautoka" not in found


def test_according_to_introduces_a_source_not_a_place(gaz):
    # "according to X": a person or an agency is quoted, even where X is also a town of the named country.
    found = places(gaz, "Hives failed across the United States, according to Dennis van Berkel, a keeper.")
    assert "Dennis" not in found
    assert found.get("United States") is not None


# -- compass words sharing the name after them ----------------------------------------------------------------

@pytest.mark.parametrize("text,word,code,country", [
    ("Many frogs live in the forests of Central and South America.", "Central", "RGN", None),
    ("The firm ships pears to Eastern and Southern Europe.", "Eastern", "RGN", None),
    ("Heavy rain fell over North and South Carolina on Friday.", "North", "ADM1", "US"),
])
def test_a_compass_word_coordinated_with_a_name_stands_for_that_name(gaz, text, word, code, country):
    found = places(gaz, text)
    assert found.get(word) == (code, country), found


def test_every_compass_word_of_a_list_shares_the_name(gaz):
    found = places(gaz, "Ferries and flights link North, Central and South America.")
    assert found.get("North") == ("CONT", None)
    assert found.get("Central") == ("RGN", None)
    assert found.get("South America") == ("CONT", None)


def test_a_compass_word_is_left_alone_where_the_whole_name_is_unknown(gaz):
    # No place is called "Upper Wobbleshire": the shared reading needs the whole name in the gazetteer.
    found = places(gaz, "Roads in Upper and Lower Wobbleshire were closed.")
    assert "Upper" not in found


def test_a_compass_word_inside_a_longer_name_is_not_shared(gaz):
    # "East" belongs to "Middle East" here; it does not stand for "East Africa".
    found = places(gaz, "Talks on the Middle East and North Africa opened on Monday.")
    assert "East" not in found
    assert found.get("North Africa") is not None
