"""Arabic names no gazetteer row holds, kept where a firm cue says they are places (geo/arabic_unknown.py).

As in English ("the village of Kafr X"), such a name comes back unresolved with its raw Arabic text and the
cue, and its stand-in is the place the report puts it in, keeping the name as written. A name after a
settlement word in construct ("قرية X") is one; after a preposition ("في X") only a definite word or a
compound, and only when the report says what holds it ("جنوب Y", "بريف Y", "التابعة لمديرية Y"). A name ends where it ends: a compass word, a preposition,
a conjunction, a number, a time or a verb after it is not part of it. Words that describe a settlement ("قرية
صغيرة") are never names. Sentences are the project's own.
"""
from __future__ import annotations

from pathlib import Path

import pytest

from eventwatch.geo import choose_event_location, geoparse
from eventwatch.geo.arabic_words import load_arabic_report_words


def unresolved(gaz, text: str) -> list[tuple[str, str | None, str | None]]:
    """(name as written, cue, stand-in country) of each unresolved name read as a place."""
    return [(t.text, t.cue, t.fallback.country_code if t.fallback else None)
            for t in geoparse(gaz, text) if t.locational and t.place is None]


# -- after a settlement word --------------------------------------------------------------------------------

@pytest.mark.parametrize("text,name,cue,country", [
    ("قصفت قوات النظام قرية معرشمارين في ريف إدلب", "معرشمارين", "village", "SY"),
    ("سقطت قذيفة على مخيم القاسمية جنوب الفاشر", "القاسمية", "camp", "SD"),
    ("اعتقلت قوات الأمن ثلاثة شبان في حي المزاد بمدينة الفاشر", "المزاد", "neighbourhood", "SD"),
    ("قتل مدني برصاص قناص في بلدة كفرعويد جنوبي إدلب", "كفرعويد", "town", "SY"),
])
def test_a_name_after_a_settlement_word_is_kept_unresolved_with_its_cue(gaz, text, name, cue, country):
    assert (name, cue, country) in unresolved(gaz, text)


def test_the_stand_in_keeps_the_name_as_written(gaz):
    text = "قصفت قوات النظام قرية معرشمارين في ريف إدلب"
    village = next(t for t in geoparse(gaz, text) if t.place is None)
    assert village.fallback.raw == "معرشمارين" and village.fallback.country_code == "SY"


def test_the_event_is_at_the_village_standing_in_at_the_rural_area_around_it(gaz):
    # "regime forces shelled the village of X in rural Idlib": the event keeps the village's name
    text = "قصفت قوات النظام قرية معرشمارين في ريف إدلب"
    place = choose_event_location(geoparse(gaz, text), 0, len(text))
    assert place is not None and place.raw == "معرشمارين" and place.country_code == "SY"


# -- where a name ends --------------------------------------------------------------------------------------

@pytest.mark.parametrize("text,name", [
    ("قصفت المدفعية بلدة كفرعويد جنوب إدلب", "كفرعويد"),  # a compass word
    ("قتل طفل في قرية معرشمارين في ريف إدلب", "معرشمارين"),  # a preposition
    ("قتل طفل في قرية معرشمارين بريف إدلب", "معرشمارين"),  # a preposition joined to the next word
    ("قصفت الطائرات قرية معرشمارين الخميس في ريف إدلب", "معرشمارين"),  # a time
    ("داهمت قوات الأمن قرية معرشمارين واعتقلت ٥ شبان في ريف إدلب", "معرشمارين"),  # "and" opening a verb
    ("قصفت الطائرات قرية معرشمارين ١٢ مرة في ريف إدلب", "معرشمارين"),  # a number
    ("سيطرت الفصائل على بلدة عين عيسى الجديدة بريف الرقة", "عين عيسى"),  # a compound's head and its name
    ("قصفت المدفعية بلدة دير العصافير في ريف دمشق", "دير العصافير"),  # a head and a definite noun
    ("قصفت المدفعية بلدة مجدل الكروم في قضاء مرجعيون", "مجدل الكروم"),  # indefinite and definite in construct
])
def test_a_name_ends_where_the_name_ends(gaz, text, name):
    found = [t for t in geoparse(gaz, text) if t.locational]
    assert name in [t.text for t in found], [(t.text, t.place.name if t.place else None) for t in found]


# -- after a preposition, only where the report says what holds the name -------------------------------------

@pytest.mark.parametrize("text,name,country", [
    ("انفجرت عبوة ناسفة في المعامير جنوب بغداد", "المعامير", "IQ"),
    ("قتل مزارع في الزلاقيات التابعة لناحية القيارة", "الزلاقيات", "IQ"),
    ("سقطت قذائف على تل ممو بريف الرقة", "تل ممو", "SY"),  # a compound's head and its name
    ("قتل ٣ مدنيين في ريف حماة في الزكاة", "الزكاة", "SY"),  # the rural area named just before
])
def test_a_name_after_a_preposition_is_kept_where_its_holder_is_said(gaz, text, name, country):
    assert name in [n for n, _cue, c in unresolved(gaz, text) if c == country]


@pytest.mark.parametrize("text", [
    "عقد الوفد اجتماعا مطولا في الفندق",  # "the delegation held a long meeting in the hotel"
    "أصيب رجل في المواجهات الأخيرة",  # "a man was wounded in the latest confrontations"
    "تحدث المسؤول على هامش المؤتمر",  # "the official spoke on the sidelines of the conference"
    # an indefinite word after a preposition is the report's own noun even before a holder: "in an ambush
    # east of Y", "along the road south of Y"; only a definite word or a compound is read as a name there
    "قتل عنصران في كمين شرق دير الزور",
    "انتشرت قوات على طول الطريق جنوب حلب",
])
def test_a_word_after_a_bare_preposition_is_no_name(gaz, text):
    assert unresolved(gaz, text) == []


# -- false friends after the same cues ----------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "قتل طفل في قرية صغيرة قرب حلب",  # "a small village"
    "سقطت قذيفة على حي سكني في حمص",  # "a residential quarter"
    "قصفت طائرة مسيرة مخيما للنازحين شمال إدلب",  # "a camp for the displaced"
    "فر السكان إلى بلدة مجاورة بعد القصف",  # "a neighbouring town"
    "قصفت المدفعية مخيم النازحين قرب إدلب",  # "the camp of the displaced"
    "قتل ثلاثة في القرية المجاورة لحلب",  # the settlement word with its article: "the village"
    "دخلت القوات حي عشوائي على أطراف المدينة",  # an indefinite nisba after the word: its adjective
    "نزحت العائلات من قرى عديدة في ريف حماة",  # "many villages"
])
def test_a_word_describing_the_settlement_is_no_name(gaz, text):
    assert unresolved(gaz, text) == []


# -- lists ---------------------------------------------------------------------------------------------------

def test_a_list_after_a_plural_settlement_word_keeps_each_unknown_name(gaz):
    text = "قصفت المدفعية قرى معرشمارين وكفرعويد في ريف إدلب"  # "the villages of X and Y"
    assert [n for n, _c, _k in unresolved(gaz, text)] == ["معرشمارين", "كفرعويد"]


def test_after_a_singular_settlement_word_and_opens_no_unknown_name(gaz):
    text = "داهمت قوات الأمن بلدة كفرعويد وصادرت أسلحة في ريف إدلب"  # "... and confiscated weapons"
    assert [n for n, _c, _k in unresolved(gaz, text)] == ["كفرعويد"]


# -- the word lists ------------------------------------------------------------------------------------------

def test_each_settlement_word_brings_its_duals_and_the_plurals_announce_lists():
    words = load_arabic_report_words()
    assert words.unknown_name_cues["بلدتي"] == "town" and words.unknown_name_cues["قريه"] == "village"
    assert {"بلدتي", "قري", "بلدات"} <= words.list_cues and "قريه" not in words.list_cues


def test_a_settlement_word_mapped_to_no_event_cue_fails_loudly(tmp_path: Path):
    bad = tmp_path / "words.yaml"
    source = (Path(__file__).resolve().parent.parent / "src" / "eventwatch" / "data" / "gazetteer"
              / "arabic_report_words.yaml").read_text(encoding="utf-8")
    bad.write_text(source.replace("مخيم: camp", "مخيم: tent"), encoding="utf-8")
    with pytest.raises(ValueError, match="unknown_name_cues"):
        load_arabic_report_words(str(bad))
