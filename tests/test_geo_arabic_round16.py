"""Arabic report shapes of round sixteen: a two-word town named again by its head made definite, a plain or
valley the store holds in Latin letters only after its Arabic head word, a village in such a plain standing in
at the province named after it, and a town after a settlement word in a country the report does not name.

Every sentence is written for this test (real places, invented incidents).
"""
from __future__ import annotations

from conftest import located
from eventwatch.geo import geoparse


# -- a compound town's head, made definite, is the town named before --------------------------------------------------

def test_the_definite_head_of_a_two_word_town_named_before_is_that_town(gaz):
    # "shells fell on the city of Maarat al-Numan, and families then fled al-Maarra northward"
    found = [t for t in geoparse(gaz, "سقطت قذائف على مدينة معرة النعمان، ثم نزحت عائلات من المعرة شمالا") if t.locational]
    assert [t.text for t in found] == ["معرة النعمان", "المعرة"]
    assert found[0].place.geonames_id == found[1].place.geonames_id


def test_a_short_head_is_a_common_noun_and_not_the_town(gaz):
    # "the planes bombed the town of Jisr al-Shughur and destroyed the bridge"
    assert located(gaz, "قصفت الطائرات مدينة جسر الشغور ودمرت الجسر") == [("جسر الشغور", "SY")]


def test_a_settlement_word_heading_a_name_is_no_short_form(gaz):
    # "the forces stormed the Jenin camp and withdrew from the camp at noon"
    assert located(gaz, "اقتحمت القوات مخيم جنين وانسحبت من المخيم ظهرا") == [("مخيم جنين", "PS")]


def test_without_the_full_name_before_it_the_head_is_read_as_before(gaz):
    # "families fled al-Maarra": no compound named first, nothing to shorten
    assert located(gaz, "نزحت عائلات من المعرة شمالا") == []


# -- a plain after its head word --------------------------------------------------------------------------------------

def test_a_plain_held_in_latin_letters_only_is_read_after_its_head_word(gaz):
    # "a shepherd was killed by shelling on the Ghab plain west of Hama"
    found = [t for t in geoparse(gaz, "قتل راع بقصف على سهل الغاب غربي حماة") if t.locational]
    assert [(t.text, t.place.feature_code) for t in found][0] == ("سهل الغاب", "PLN")


def test_a_village_in_the_plain_stands_in_at_the_province_named_after_the_plain(gaz):
    # "regime forces shelled the village of Qastun in the Ghab plain in rural Hama"
    village = geoparse(gaz, "قصفت قوات النظام قرية قسطون في سهل الغاب بريف حماة")[0]
    assert village.place is None and village.fallback.name == "Hama" and village.fallback.raw == "قسطون"


# -- a town after a settlement word, in a country the report does not name ---------------------------------------------

def test_a_latin_only_town_after_a_settlement_word_may_lie_across_the_border_of_the_named_country(gaz):
    # "gunmen from Mali attacked the town of Bassikounou"
    assert located(gaz, "قال مسؤول محلي إن مسلحين من مالي هاجموا بلدة باسكنو") == [("مالي", "ML"), ("باسكنو", "MR")]


def test_a_verb_after_a_definite_settlement_word_is_no_town(gaz):
    # "the forces raided a quarter of Mosul, then spread through the city and arrested ten"
    assert located(gaz, "داهمت القوات الأمنية حيا في الموصل ثم انتشرت في المدينة واعتقلت عشرة") == [("الموصل", "IQ")]
