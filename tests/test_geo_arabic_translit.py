"""The bridge from Arabic script to towns the gazetteer names only in Latin letters (geo/arabic_translit.py).

Both sides reduce to a consonant skeleton; the recogniser asks the bridge only for Arabic words after a firm
cue that the automaton read as nothing, and keeps an answer only when one place fits. The index tests use
invented places; the recognition tests use the bundled gazetteer and sentences written for the project.
"""
from __future__ import annotations

import pytest

from eventwatch.geo import geoparse
from eventwatch.geo.arabic_translit import (
    SkeletonIndex,
    arabic_compact,
    arabic_skeletons,
    bridge,
    latin_skeleton,
    primary_skeleton,
)
from eventwatch.geo.gazetteer import Candidate
from eventwatch.geo.normalise import arabic_base, fold_token
from eventwatch.geo.store import NAME_ALT


def folded(name: str) -> list[str]:
    """An Arabic name's words as tokens fold them, the article off as the recogniser reads a name."""
    return [arabic_base(fold_token(w)) for w in name.split()]


# -- skeletons ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize("spellings", [
    ["Kafr Zita", "Kaferzita", "Kafr Zaytah", "Kfar Zeita"],
    ["Tarhuna", "Tarhunah", "Tarhouna"],
    ["Jurf as Sakhr", "Jurf al-Sakhr", "Jurf es-Sakhar"],
    ["Deir Hafer", "Dayr Hafir", "Dair Haafir"],
])
def test_transliterations_of_one_name_share_a_latin_skeleton(spellings):
    assert len({latin_skeleton(s) for s in spellings}) == 1, [latin_skeleton(s) for s in spellings]


def test_the_latin_skeleton_keeps_the_consonant_classes_apart():
    assert latin_skeleton("Khan") != latin_skeleton("Han") != latin_skeleton("Ghan")
    assert latin_skeleton("Shams") != latin_skeleton("Sams")
    assert latin_skeleton("Qarra") == latin_skeleton("Karra")  # q and k are one class in Latin spellings


@pytest.mark.parametrize("arabic,latin", [
    ("كفر زيتا", "Kafr Zita"),
    ("كفرزيتا", "Kafr Zita"),  # words run together on both sides
    ("ترهونة", "Tarhuna"),  # ة silent at the end of a name
    ("معرة مصرين", "Maarat Misrin"),  # ة as t before another word
    ("جرف الصخر", "Jurf as Sakhr"),  # the article and its assimilated sun letter dropped
    ("قرقوزة", "Garguza"),  # ق written g
    ("الدلنج", "Ad Dalang"),  # ج written g
    ("وادي عتبة", "Wadi Utbah"),  # ع dropped, initial و a consonant
    ("وادي عتبة", "Ouadi Utba"),  # ... or a French "Ou"
    ("ذمار", "Zamar"),  # ذ written z
])
def test_an_arabic_name_has_the_skeleton_of_its_latin_transliteration(arabic, latin):
    assert latin_skeleton(latin) in arabic_skeletons(folded(arabic))


def test_the_primary_skeleton_reads_each_letter_as_most_transliterations_do():
    assert primary_skeleton(folded("الدلنج")) == latin_skeleton("Dalanj")
    assert primary_skeleton(folded("قرقوزة")) == latin_skeleton("Qarquza")


def test_a_name_of_too_many_ambiguous_letters_or_unknown_letters_has_no_skeleton():
    assert arabic_skeletons(["ثذظقجثذظقج"]) == frozenset()
    assert arabic_skeletons(["abc"]) == frozenset()


# -- the index and the choice among places ------------------------------------------------------------------

def place(pid: int, name: str, cc: str, population: int) -> Candidate:
    return Candidate(pid, name, 10.0, 20.0, cc, None, None, None, None, "PPL", population, None, "geonames", 1)


@pytest.fixture()
def index() -> SkeletonIndex:
    zarzur, dabbus1, dabbus2 = place(1, "Zarzur", "SY", 8000), place(2, "Dabbus", "LY", 90000), \
        place(3, "Dabbus", "SD", 5000)
    marnib1, marnib2 = place(4, "Marnib", "SY", 3000), place(5, "Marnib", "IQ", 4000)
    sardun = place(6, "Kafr Sardun", "SY", 2000)
    return SkeletonIndex([
        (zarzur, "Zarzur", 0), (zarzur, "Zarzour", 1), (zarzur, "Villeneuve", 1),  # an exonym
        (dabbus1, "Dabbus", 0), (dabbus2, "Dabbous", 0),
        (marnib1, "Marnib", 0), (marnib2, "Marneeb", 0),
        (sardun, "Kafr Sardun", 0), (sardun, "كفر سردون", 1),
    ])


def test_a_unique_skeleton_names_its_place_as_an_alternate_name_reading(index):
    got = bridge(None, folded("زرزور"), frozenset(), frozenset(), index=index)
    assert got is not None
    size, cand = got
    assert (size, cand.id, cand.kind, cand.matched, cand.exact) == (1, 1, NAME_ALT, "Zarzur", True)


def test_an_exonym_is_not_indexed(index):
    assert bridge(None, folded("فلنوف"), frozenset(), frozenset(), index=index) is None  # "Villeneuve"


def test_the_clearly_most_populous_of_several_is_taken_and_a_close_race_is_not(index):
    assert bridge(None, folded("دبوس"), frozenset(), frozenset(), index=index)[1].id == 2  # 90000 vs 5000
    assert bridge(None, folded("مرنيب"), frozenset(), frozenset(), index=index) is None  # 3000 vs 4000


def test_the_documents_countries_decide_and_exclude(index):
    assert bridge(None, folded("مرنيب"), frozenset({"IQ"}), frozenset(), index=index)[1].id == 5
    assert bridge(None, folded("دبوس"), frozenset({"SD"}), frozenset(), index=index)[1].id == 3
    assert bridge(None, folded("زرزور"), frozenset({"YE"}), frozenset(), index=index) is None


def test_a_place_named_in_arabic_is_found_only_by_its_arabic_letters_with_other_spacing(index):
    # written as one word, the two-word Arabic name is still the place
    assert bridge(None, folded("كفرسردون"), frozenset(), frozenset(), index=index)[1].id == 6
    # its Latin consonants do not name it: another Arabic word of those consonants is another word
    assert bridge(None, folded("كفر صردون"), frozenset(), frozenset(), index=index) is None
    assert arabic_compact(folded("كفر السردون")) == arabic_compact(folded("كفرسردون"))


def test_a_loose_cue_needs_a_longer_skeleton(index):
    assert bridge(None, folded("زرزور"), frozenset(), frozenset(), index=index, min_consonants=4) is not None
    assert bridge(None, folded("دبوس"), frozenset(), frozenset(), index=index, min_consonants=4) is None


# -- in recognition -------------------------------------------------------------------------------------------


def located(gaz, text: str) -> list[tuple[str, str | None]]:
    return [(t.text, t.place.country_code if t.place else None) for t in geoparse(gaz, text) if t.locational]


def test_a_town_known_only_in_latin_letters_is_read_after_a_settlement_word(gaz):
    found = located(gaz, "اشتعلت النيران في سوق مدينة بابنوسة")  # "fire broke out in the market of Babanusa"
    assert found == [("بابنوسة", "SD")]


def test_a_bridged_reading_is_an_alternate_name_reading_with_its_latin_spelling(gaz):
    spans = [t for t in geoparse(gaz, "تظاهر العشرات في مدينة سنورس") if t.locational]
    assert len(spans) == 1 and spans[0].place is not None
    assert spans[0].place.name == "Sinnūris" and spans[0].place.country_code == "EG"


def test_other_places_of_the_report_choose_the_country(gaz):
    # "in the town of Mellit north of El Fasher": both in Sudan
    found = located(gaz, "وصل النازحون إلى بلدة مليط شمال الفاشر")
    assert found == [("مليط", "SD"), ("الفاشر", "SD")]


@pytest.mark.parametrize("text", [
    "قالت الأمم المتحدة إن الوضع في مكان الحادث مأساوي",  # "at the scene": three consonants after "in"
    "أطلق المسلحون النار على سيارة مدنية",  # "opened fire on a civilian car"
    "هاجم مسلحون قافلة تجارية على الطريق",  # "gunmen attacked a trade convoy on the road"
])
def test_an_everyday_word_after_a_loose_cue_is_no_town(gaz, text):
    assert located(gaz, text) == []


def test_english_text_never_reaches_the_bridge(gaz, monkeypatch):
    def refuse(*args, **kwargs):
        raise AssertionError("the bridge ran on English text")

    monkeypatch.setattr("eventwatch.geo.arabic_names.bridge", refuse)
    assert [t.text for t in geoparse(gaz, "Shelling hit the town of Babanusa in West Kordofan.") if t.locational]
