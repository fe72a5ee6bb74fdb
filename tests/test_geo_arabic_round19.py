"""Arabic report shapes of round nineteen: a Libyan municipality and a Tunisian delegation named in construct
("بلدية X", "معتمدية X") as a town is after its settlement word, a Somali region after "إقليم" set right before
it decides the country of the town the report places in it, the countryside of a town ("ريف X") read among the
countries whose press writes it so, a compound's head word ("دير", "تل", "برج") with a joined "and" or "in"
before it, and the masculine adjective of a force or office ("الحرس البحري") that shares its letters with a town.

Every sentence is written for this test (real places, invented incidents; "كفرقرطن", "تل شموع", "زنفور" and
"قرطال" are invented names).
"""
from __future__ import annotations

import pytest

from eventwatch.geo import geoparse


def _read(gaz, text: str) -> list[tuple[str, str | None, str | None]]:
    """(name as written, country, Latin name) of each place read; an unresolved name gives its stand-in's
    country and no Latin name."""
    return [(t.text, t.place.country_code if t.place else t.fallback and t.fallback.country_code,
             t.place.name if t.place else None) for t in geoparse(gaz, text) if t.locational]


# -- a municipality and a delegation in construct --------------------------------------------------------------------

@pytest.mark.parametrize("text,expected", [
    # "families fled to the municipality of Gharyan"
    ("نزحت عائلات إلى بلدية غريان", [("غريان", "LY", "Gharyan")]),
    # "a man was arrested in the delegation of Kasserine"
    ("اعتقل رجل في معتمدية القصرين", [("القصرين", "TN", "Kasserine")]),
])
def test_a_municipality_or_delegation_word_opens_its_towns_name(gaz, text, expected):
    assert _read(gaz, text) == expected


def test_the_municipal_remit_of_a_directorate_is_no_place(gaz):
    # "the municipal directorate recorded violations": the word as the office's remit, with no name after it
    assert _read(gaz, "ضبطت مديرية البلدية مخالفات") == []


# -- a region after "إقليم" -----------------------------------------------------------------------------------------------

def test_a_somali_region_after_its_word_is_the_region_not_a_hamlet_abroad(gaz):
    # "a man was killed in Hiran region": GeoNames holds the region in Latin letters only, an Iraqi hamlet in Arabic
    assert _read(gaz, "قتل رجل في إقليم هيران") == [("هيران", "SO", "Hiiraan")]


def test_a_town_in_a_named_region_keeps_its_reading_there(gaz):
    # "a soldier was killed in the city of Beledweyne in Hiran region": the region is read before it is taken as
    # the town's holder, so the town is not made unknown for lying outside an Iraqi hamlet's country
    assert _read(gaz, "قتل جندي في مدينة بلدوين بإقليم هيران") == [
        ("بلدوين", "SO", "Beledweyne"), ("هيران", "SO", "Hiiraan")]


# -- the countryside of a town ----------------------------------------------------------------------------------------

def test_the_countryside_of_a_town_is_read_where_the_press_writes_it_so(gaz):
    # "a man was killed in the southern countryside of Quneitra": Syria's, not Morocco's larger Kenitra
    assert _read(gaz, "قتل رجل في ريف القنيطرة الجنوبي") == [("القنيطرة", "SY", "Al Qunayţirah")]


# -- a compound's head word with a joined letter ------------------------------------------------------------------------

def test_a_compound_head_after_and_is_no_name_alone(gaz):
    # "the planes bombed the two villages of Kafr Qurtun and Tell Shamu near Aleppo": "وتل" is "and" and the head
    # of the second village's name, never a town called "the hill"
    assert _read(gaz, "قصفت الطائرات قريتي كفرقرطن وتل شموع قرب حلب") == [
        ("كفرقرطن", "SY", None), ("تل شموع", "SY", None), ("حلب", "SY", "Aleppo")]


def test_a_tower_word_opens_a_compound_name(gaz):
    # "two men were arrested in Burj Zanfur east of the city": "برج" opens the name as "دير" and "تل" do; alone,
    # with "in" joined, it is no Egyptian al-Burj
    assert all(country != "EG" for _, country, _ in _read(gaz, "اعتقل رجلان ببرج زنفور شرق المدينة"))


@pytest.mark.parametrize("text,expected", [
    ("قتل رجل في برج العرب", [("برج العرب", "EG", "Burj al ‘Arab")]),  # a known compound is still read whole
    ("قتل رجل في مدينة برج بوعريريج", [("برج بوعريريج", "DZ", "Bordj Bou Arreridj")]),
])
def test_known_tower_compounds_are_still_read_whole(gaz, text, expected):
    assert _read(gaz, text) == expected


# -- the adjective of a force ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "أعلن الحرس البحري إنقاذ مهاجرين",  # "the maritime guard announced the rescue of migrants"
    "قال الأمن الوطني إن الوضع مستقر",  # "the national security said the situation was stable"
])
def test_a_masculine_adjective_after_a_definite_force_noun_is_no_town(gaz, text):
    assert _read(gaz, text) == []


@pytest.mark.parametrize("text", [
    "قتل رجل في الخرطوم بحري",  # "a man was killed in Khartoum North"
    "قتل رجل في مدينة بحري",  # "a man was killed in the city of Bahri"
])
def test_the_town_sharing_the_adjectives_letters_is_still_read_after_a_place_word(gaz, text):
    assert [(c, n) for _, c, n in _read(gaz, text)] == [("SD", "Khartoum North")]
