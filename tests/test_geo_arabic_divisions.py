"""Local divisions and possessive nouns in Arabic reports (geo/arabic_words.py).

"قضاء سنجار" (Sinjar district), "محلية كرري" (Karari locality), "ناحية ..." (subdistrict), "مديرية حيس" (Hays
district) name a division as English "X district" does, and are read at the same precision: the division where
the gazetteer holds it, else the town it is named after at a district's precision. Each word has another sense
("القضاء" the judiciary, "مصادر محلية" local sources), so it is a division only in construct before a name of a
country whose divisions it names.

A noun of report vocabulary with a possessive suffix ("منزله", his house) is a word even where GeoNames gives
it as a place's alternate name, unless the place lies in the report's countries or a settlement word vouches
for it.

Every sentence here is written for this test (real places, invented incidents). The end-to-end checks run once
the recogniser calls `division_cue` and `without_ordinary_words` (see the call sites in the module docstrings);
the functions themselves are pinned first.
"""
from __future__ import annotations

import pytest

from eventwatch.geo import geoparse
from eventwatch.geo.arabic_words import (
    division_cue,
    load_arabic_report_words,
    ordinary_word,
    report_focus,
    without_ordinary_words,
)
from eventwatch.geo.normalise import tokenize


@pytest.fixture(scope="module")
def words():
    return load_arabic_report_words()


def cue_before(gaz, words, text: str, name: str):
    tokens = tokenize(text)
    i = next(k for k, t in enumerate(tokens) if text[t.start:t.end] == name)
    return division_cue(tokens, i, text, gaz.lookup(tokens[i].norm), words)


# --- division words ----------------------------------------------------------------------------------------


def test_the_bundled_division_words_name_their_countries_and_levels(words):
    assert {w.level for w in words.division_words.values()} == {"admin1", "admin2"}
    assert words.division_words["ولايه"].level == "admin1" and "SD" in words.division_words["ولايه"].countries
    assert "IQ" in words.division_words["قضاء"].countries and "SD" in words.division_words["محليه"].countries


def test_a_division_word_with_an_unknown_level_or_no_countries_is_refused(tmp_path):
    base = "common_words: [قصف]\nconflict_verbs: [قصف]\narabic_name_countries: [SY]\npronoun_suffixes: [ه]\n"
    for entry, message in (("{level: admin3, countries: [IQ]}", "level"), ("{level: admin2}", "countries")):
        bad = tmp_path / f"words{len(message)}.yaml"
        bad.write_text(base + f"division_words:\n  قضاء: {entry}\n", encoding="utf-8")
        with pytest.raises(ValueError, match=message):
            load_arabic_report_words(str(bad))


@pytest.mark.parametrize("text,name,word", [
    ("دارت اشتباكات في قضاء تلعفر", "تلعفر", "قضاء"),
    ("قتل مدنيان بقصف على محلية أمبدة", "أمبدة", "محليه"),
    ("قصفت الطائرات وقضاء بعلبك", "بعلبك", "قضاء"),  # with a conjunction joined to the word
    ("اشتباكات قبلية في مديرية حيس", "حيس", "مديريه"),
])
def test_a_division_word_in_construct_before_a_name_of_its_countries_is_a_cue(gaz, words, text, name, word):
    cue = cue_before(gaz, words, text, name)
    assert cue is not None and (cue.word, cue.level) == (word, "admin2")
    assert text[cue.start:].startswith(text.split()[[w.endswith(name) for w in text.split()].index(True) - 1])


@pytest.mark.parametrize("text,name", [
    ("أحال القضاء سنجار إلى المحكمة", "سنجار"),     # the judiciary: the word carries its own article
    ("عناصر محلية سراقب", "سراقب"),                 # a Syrian name: "محلية" names Sudan's localities only
    ("في قضاء سراقب", "سراقب"),                     # nor a qada of Syria
])
def test_a_division_word_with_its_article_or_before_a_name_of_another_country_is_no_cue(gaz, words, text, name):
    assert cue_before(gaz, words, text, name) is None


@pytest.mark.parametrize("text,name,country,precision", [
    ("قصفت طائرات مسيرة مواقع في قضاء سنجار غرب الموصل", "سنجار", "IQ", 3),
    ("دارت اشتباكات عنيفة في قضاء تلعفر فجر اليوم", "تلعفر", "IQ", 3),
    ("قتل ثلاثة مدنيين بقصف مدفعي على محلية أمبدة", "أمبدة", "SD", 3),
    ("سقطت قذائف على أطراف قضاء بعلبك", "بعلبك", "LB", 3),
])
def test_a_named_district_is_read_at_a_districts_precision_as_english_x_district_is(gaz, text, name, country,
                                                                                      precision):
    found = [t for t in geoparse(gaz, text) if t.locational and t.text == name]
    assert found and found[0].place is not None
    assert (found[0].place.country_code, found[0].place.precision) == (country, precision)


def test_the_judiciary_and_local_sources_name_no_place(gaz):
    for text in ("أصدر القضاء العراقي أحكاما بحق المتهمين", "قالت مصادر محلية إن الاشتباكات توقفت"):
        assert [t.text for t in geoparse(gaz, text) if t.locational] == []


# --- possessive nouns ----------------------------------------------------------------------------------------


def test_a_report_noun_with_a_possessive_suffix_is_a_word_where_its_place_is_far_from_the_report(gaz, words):
    manzala = gaz.lookup("منزله")
    assert manzala and all(c.country_code == "EG" for c in manzala)
    assert ordinary_word("منزله", manzala, words, frozenset({"SY"}))
    assert ordinary_word("بمنزله", manzala, words, frozenset({"SY"}))  # with a preposition joined


def test_a_name_spelled_with_its_article_or_ta_marbuta_or_in_the_reports_countries_stays_a_name(gaz, words):
    manzala = gaz.lookup("منزله")
    assert not ordinary_word("المنزلة", manzala, words, frozenset({"SY"}))
    assert not ordinary_word("منزلة", manzala, words, frozenset({"SY"}))
    assert not ordinary_word("منزله", manzala, words, frozenset({"EG"}))
    # with no other place in the report, a place of an Arabic-named country may be the name written with "ه"
    assert not ordinary_word("منزله", manzala, words, frozenset())
    # a town whose name is a report word with "ة" written "ه" ("جبله", Jableh) is a name in its own country
    jableh = [c for c in gaz.lookup("جبله") if c.country_code == "SY"]
    assert jableh and not ordinary_word("جبله", jableh, words, frozenset({"SY"}))


def test_the_reports_countries_are_those_of_its_arabic_names_by_their_likeliest_reading(gaz, words):
    from eventwatch.geo.name_span import NameSpan

    aleppo = NameSpan(0, 1, 0, 3, "حلب", gaz.lookup("حلب"))
    manzala = NameSpan(1, 2, 4, 9, "منزله", gaz.lookup("منزله"))
    latin = NameSpan(2, 3, 10, 15, "cairo", gaz.lookup("cairo"))
    assert report_focus([aleppo, latin], words) == frozenset({"SY"})  # a name in Latin letters does not count
    assert report_focus([aleppo, manzala], words) == frozenset({"SY", "EG"})


@pytest.mark.parametrize("text", [
    "قال الشاهد إنه كان في منزله في حلب عندما سقطت القذيفة",
    "عاد النازح إلى منزله في ريف إدلب بعد سنوات",
])
def test_his_house_in_a_syrian_report_is_no_egyptian_town(gaz, text):
    assert [t.place.country_code for t in geoparse(gaz, text) if t.locational and t.place] == ["SY"]


def test_a_settlement_word_still_makes_the_word_a_place(gaz):
    found = [t for t in geoparse(gaz, "وصل الوفد إلى مدينة المنزلة في محافظة الدقهلية") if t.locational]
    assert any(t.place is not None and t.place.country_code == "EG" for t in found)


def test_framing_words_are_report_vocabulary(gaz):
    # "في إطار زيارته" (as part of his visit), "في سياق": GeoNames gives إطار as Atar's Arabic name
    assert [t.text for t in geoparse(gaz, "قال الوفد في إطار جولته إن الوضع الإنساني صعب") if t.locational] == []
