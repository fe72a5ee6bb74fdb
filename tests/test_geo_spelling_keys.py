"""Names the gazetteer holds under another written form: run together, or with a local division word.

Local and wire copy write a name of two short words as one ("Dan Musa" as "Danmusa"), and official lists
give a division the local title word the news leaves out ("Masisi Territory", "Cercle de Macina", "Vejle
Kommune"). The store keys the other form too (normalise.joined_forms, sources.division_derived_names), never
where that form is an English word, a given name, a family name or a country's name.
"""
from __future__ import annotations

import pytest

from conftest import event_place
from eventwatch.geo.normalise import joined_forms
from eventwatch.geo.sources import derived_names, division_derived_names


# ---------------------------------------------------------------- two short words written as one


@pytest.mark.parametrize("name, joined", [("Dan Tara", "Dantara"), ("Bir Zeit", "Birzeit"), ("Kafr Sur", "Kafrsur"),
                                          ("Sidi Amar", "Sidiamar")])
def test_a_name_of_two_short_words_also_gets_its_joined_spelling(name, joined):
    assert joined_forms(name) == [joined]


@pytest.mark.parametrize("name", [
    "Ban Nong Khai",  # three words
    "Umm Qasr al",  # not two words
    "Birnin Gwari",  # a long word: the joined form is not how the press writes it
    "Tha Bo",  # a two-letter word: "Thabo" is a given name
    "Mac Leod", "Van Horn", "Abu Sayf", "Ben Amor", "De Soto",  # family-name particles: joined, persons
])
def test_only_two_short_words_not_opened_by_a_family_particle_get_a_joined_spelling(name):
    assert joined_forms(name) == []


def test_a_joined_spelling_that_is_a_word_or_an_english_compound_is_never_made():
    words = frozenset({"kara", "karaman", "big", "bear", "dry", "run"})
    assert joined_forms("Kara Man", english_words=words) == []  # the joined form is a word
    assert joined_forms("Big Bear", common_words=words) == []  # two English words: a compound
    assert joined_forms("Dry Run", common_words=words) == []
    assert joined_forms("Dan Musa", english_words=frozenset({"dan", "musa"})) == ["Danmusa"]  # given names


def test_the_joined_spelling_in_a_report_finds_the_place(gaz):
    place = event_place(gaz, "Bandits raided a village in Dansadau district of Zamfara State on Sunday, "
                             "residents said.")
    assert place is not None and place.country_code == "NG"


# ---------------------------------------------------------------- local division words


@pytest.mark.parametrize("title, short", [
    ("Walendu Territory", "Walendu"),  # DR Congo's territoires
    ("Cercle de Koroba", "Koroba"),  # Mali's cercles
    ("Sarıkaya İlçesi", "Sarıkaya"),  # Turkey's districts
    ("Sarikaya Ilcesi", "Sarikaya"),
    ("Hedeby Kommune", "Hedeby"),  # Denmark's and Norway's kommuner
    ("Lanzhou Shi", "Lanzhou"),  # China's and Japan's cities
    ("Powiat Zielny", "Zielny"),  # Poland's powiaty
    ("Comuna Valeni", "Valeni"),  # Romania's comune
])
def test_a_division_is_also_named_without_its_local_title_word(title, short):
    assert short in division_derived_names(title)


@pytest.mark.parametrize("title", ["Northern Territory", "Australian Capital Territory", "Comuna 12",
                                   "Capital Shi", "Municipio Sierra Alta"])
def test_a_short_form_that_reads_as_a_word_or_ends_in_one_is_not_made(title):
    # "Northern", "Australian Capital", "12", "Capital": words and phrases, not names; a municipio's short form
    # is as often a region or a river across a border
    assert not set(division_derived_names(title)) - set(derived_names(title)) - {"North Territory"}


def test_a_congolese_territory_named_without_its_title_is_the_territory(gaz):
    # the gazetteer holds the territoire only as "Masisi Territory", and no town of that name
    place = event_place(gaz, "Militiamen looted a health centre in a village of Masisi territory on Friday, a "
                             "local official said.")
    assert place is not None and (place.country_code, place.feature_code) == ("CD", "ADM2")
    assert place.precision == 3
