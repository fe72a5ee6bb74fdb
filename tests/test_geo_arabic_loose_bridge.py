"""Where an Arabic name has a reading near the report and a far one, and where a report translates a division's
Latin name rather than transliterating it. Sentences are the project's own.

* A name the gazetteer gives both to a town of the Arabic-named countries and to a far town whose Arabic name is
  only a transliteration of its Latin one ("بنش": Binnish, Syria, and Binche, Belgium) reads near, unless the far
  town is CLEAR_MARGIN times as large.
* A name's own far reading is no support for itself: "ولاية الجزيرة" is Gezira state, Sudan, not Algiers.
* "ود" (son of) opens a compound name; alone it is never bridged to a far division ("ود النورة" is no El Oued):
  the compound the gazetteer lacks is kept whole, unresolved.
* "ولاية نهر النيل", "ولاية شمال كردفان": the division whose Latin name the words translate (River Nile, North
  Kordofan); "نهر النيل" with no such word is the river.
"""
from __future__ import annotations

import pytest

from eventwatch.geo import geoparse
from eventwatch.geo.arabic_translit import translated_key
from eventwatch.geo.arabic_words import load_arabic_report_words


def places(gaz, text: str) -> list[tuple[str, str | None, str | None]]:
    return [(t.text, t.place.country_code if t.place else None, t.place.feature_code if t.place else None)
            for t in geoparse(gaz, text) if t.locational]


def test_a_name_read_near_and_far_reads_near(gaz):
    # "a drone struck a car near the town of Binnish"
    assert places(gaz, "استهدفت طائرة مسيرة سيارة قرب مدينة بنش")[0][:2] == ("بنش", "SY")


def test_a_far_world_city_keeps_its_reading(gaz):
    # "a conference on Syria was held in Paris": no Arabic-named town is ten times smaller than Paris
    assert ("باريس", "FR") in [p[:2] for p in places(gaz, "عقد مؤتمر حول سوريا في العاصمة الفرنسية باريس")]


def test_a_governorate_word_reads_the_division_of_an_arabic_named_country_over_a_far_alias(gaz):
    # "the RSF stormed villages in Gezira state"
    assert places(gaz, "اقتحمت قوات الدعم السريع قرى في ولاية الجزيرة") == [("الجزيرة", "SD", "ADM1")]


def test_a_name_head_alone_is_not_bridged_to_a_far_division(gaz):
    # "a village of Wad X in Gezira state": the compound is in no gazetteer row, so it is kept whole and
    # unresolved (geo/arabic_unknown.py), standing in at the state; its head is never read as El Oued alone
    found = [t for t in geoparse(gaz, "هاجمت قوات الدعم السريع قرية ود الحليو بولاية الجزيرة") if t.locational]
    assert [(t.text, t.place.country_code if t.place else None) for t in found] == [("ود الحليو", None),
                                                                                   ("الجزيرة", "SD")]
    assert found[0].fallback is not None and found[0].fallback.country_code == "SD"
    assert found[0].fallback.raw == "ود الحليو"


@pytest.mark.parametrize("text,name", [
    ("وصلت قافلة مساعدات إلى ولاية نهر النيل", "نهر النيل"),  # "an aid convoy reached River Nile state"
    ("نزحت عائلات إلى ولاية شمال كردفان", "شمال كردفان"),  # "families fled to North Kordofan state"
    ("اندلعت اشتباكات في ولاية النيل الأزرق", "النيل الأزرق"),  # "clashes broke out in Blue Nile state"
])
def test_a_division_whose_latin_name_the_report_translates_is_read_after_a_governorate_word(gaz, text, name):
    assert places(gaz, text) == [(name, "SD", "ADM1")]


def test_a_list_of_states_reads_each_item_as_a_state(gaz):
    # "floods hit the states of Khartoum, Gezira and River Nile"
    found = places(gaz, "ضربت السيول ولايات الخرطوم والجزيرة ونهر النيل")
    assert [(c, f) for _n, c, f in found][1:] == [("SD", "ADM1"), ("SD", "ADM1")]
    assert found[0][1] == "SD"


def test_the_nile_without_a_division_word_is_the_river(gaz):
    # "the authorities closed the bridges over the Nile in Khartoum"
    found = places(gaz, "أغلقت السلطات الجسور على نهر النيل في الخرطوم")
    assert found[0][0] == "نهر النيل" and found[0][2] == "STM"


def test_torrents_are_no_seoul(gaz):
    # "the torrents destroyed houses in Kassala"
    assert [n for n, _c, _f in places(gaz, "دمرت السيول منازل في مدينة كسلا")] == ["كسلا"]


def test_translated_keys_put_the_translated_words_in_a_set_and_keep_the_rest_as_consonants():
    words = load_arabic_report_words().latin_name_words
    river = translated_key(["river", "nile"], words)
    assert river is not None and river[1] == "nl" and len(river[0]) == 1
    assert translated_key(["nile"], words) is None  # nothing translated: the bridge's business
    assert translated_key(["north"], words) is None  # one translated word and nothing else names nothing
