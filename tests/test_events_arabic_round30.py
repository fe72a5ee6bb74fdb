"""Arabic event shapes of round thirty: vowel signs written on words (fatha, damma, kasra, tanwin, shadda, sukun) and
the tatweel no longer hide the lexicons' phrases. The phrase matcher that finds actors and weapons compared the text
letter for letter, so "قُوّاتُ الدَّعْمِ السَّرِيعِ" missed "قوات الدعم السريع" and a mark inside a word let a piece of
it match a shorter alias as if it were a word of its own; the marks are now skipped as runs of spaces are. The event
lexicon's phrases allowed marks between the letters of a word but none at the end of a word before the next, so
"استهدفت طائراتٌ مسيّرةٌ" (drones struck, with tanwin on both words) read no event; a word may now end on its marks.
The reading of a protest's people compared its words as written too, so "تَظاهَرَ مِئاتُ المواطنين" (hundreds of
citizens demonstrated) left the citizens as victims of a protest; its words are compared without their vowels.

The round's six whole reports (tests/fixtures/events_arabic/reports.yaml, ids "r30-...": regime artillery on
Talbiseh, an IED on an army patrol in Daquq, AQAP gunmen on a checkpoint in Mudiyah, arrests in a raid on Jenin camp
counted in words, RSF attacks on al-Hasahisa's villages with thousands of families displaced, a vowelled protest in
al-Fao) read four of six right on their first run; the protest is mended below, and the Mudiyah report stays xfail
(soldiers counted with no force named give no side, as in round 27). Al-Qaeda in the Arabian Peninsula named in full
is read as its own actor (last round's leftover). Every sentence is written for this test (real places, invented
incidents).
"""
from __future__ import annotations

from datetime import datetime

import pytest

from eventwatch.extract.phrases import PhraseMatcher
from eventwatch.model import Document


def _mention(resources, text: str):
    """The report's one mention."""
    from eventwatch.pipeline import process

    doc = Document(id="ar-r30", sha256="0" * 64, raw=text.encode(), text=text, publisher="Test Monitor",
                   published_at=datetime(2024, 6, 1, 12, 0), language="ar")
    mentions = process(resources, doc)
    assert len(mentions) == 1, [(m.event_type, [a.name for a in m.actors]) for m in mentions]
    return mentions[0]


def _actors(m) -> set[tuple[str, str]]:
    return {(a.name, a.role) for a in m.actors}


# -- the phrase matcher skips vowel signs ----------------------------------------------------------------------------

def test_a_vowelled_phrase_matches_its_bare_alias_and_spans_its_marks():
    """The match covers the words as written, the last letter's vowel with them."""
    matcher: PhraseMatcher[str] = PhraseMatcher()
    matcher.add("قوات الدعم السريع", "RSF")
    text = "قَصَفَت قُوّاتُ الدَّعْمِ السَّرِيعِ المدينة"
    [(start, end, payload, _)] = matcher.match(text)
    assert payload == "RSF" and text[start:end] == "قُوّاتُ الدَّعْمِ السَّرِيعِ"


def test_a_mark_inside_a_word_does_not_cut_a_shorter_word_out_of_it():
    """"مُحمد" (Muhammad) holds "حمد" after its damma; the mark is no word boundary."""
    matcher: PhraseMatcher[str] = PhraseMatcher()
    matcher.add("حمد", "x")
    assert matcher.match("قال مُحمد إن القصف توقف") == []
    assert [p for _, _, p, _ in matcher.match("قال حمد إن القصف توقف")] == ["x"]  # guard: the word itself


@pytest.mark.parametrize("text,actor", [
    # "the RSF shelled the city of El Fasher on Thursday, killing five civilians", the subject vowelled
    ("قَصَفَت قُوّاتُ الدَّعْمِ السَّرِيعِ مدينة الفاشر يوم الخميس، ما أدى إلى مقتل خمسة مدنيين.",
     ("Rapid Support Forces", "actor1")),
    # "Houthi drones struck a village in Saada on Tuesday", the group's name vowelled
    ("استهدفت طائراتٌ مسيّرةٌ تابعةٌ لجماعةِ الحُوثِيِّ قرية في صعدة يوم الثلاثاء.",
     ("Ansar Allah (Houthis)", "actor1")),
])
def test_a_vowelled_actor_is_read(resources, text, actor):
    assert actor in _actors(_mention(resources, text))


def test_a_vowelled_weapon_is_read(resources):
    """Guard (read so before round 30 too): "بالطائراتِ المُسيَّرةِ", with drones, the vowels on the weapon's words."""
    m = _mention(resources, "قصفت قوات الدعم السريع مدينة الأبيض بالطائراتِ المُسيَّرةِ يوم الخميس.")
    assert "drone" in {w.name for w in m.weapons}


# -- a protest's people, vowelled -------------------------------------------------------------------------------

@pytest.mark.parametrize("text,actor", [
    # "hundreds of citizens demonstrated in the city of al-Fao on Sunday"
    ("تَظاهَرَ مِئاتُ المواطنين في مدينة الفاو يوم الأحد احتجاجا على انقطاع الكهرباء.", "Protesters (Iraq)"),
    # "dozens of residents held a protest stand in the city of Mafraq on Friday"
    ("نَظَّمَ عشراتُ السكانِ وقفة احتجاجية في مدينة المفرق يوم الجمعة.", "Protesters (Jordan)"),
])
def test_a_vowelled_crowd_of_people_who_protest_are_the_protesters(resources, text, actor):
    m = _mention(resources, text)
    assert m.event_type == "PEACE_PROTEST" and _actors(m) == {(actor, "actor1")}


def test_the_dead_a_protest_is_for_stay_civilians_when_vowelled(resources):
    """Guard: "protesting the killing of three residents": the residents are the dead, not the protesters."""
    m = _mention(resources, "تظاهر العشرات في مدينة الرمثا يوم الجمعة احتجاجاً على مَقتَلِ ثلاثة من سكانِ البلدة.")
    assert _actors(m) == {("Civilians (Jordan)", "actor2")}


# -- a phrase of the event lexicon whose inner word ends on its vowel signs ------------------------------------------

@pytest.mark.parametrize("text,place", [
    # "drones struck a car in the city of Marib on Tuesday", tanwin on both words of "drones"
    ("استهدفت طائراتٌ مسيّرةٌ سيارةً في مدينة مأرب يوم الثلاثاء.", "Ma'rib"),
    # "American drones struck a car in Shabwa governorate on Tuesday"
    ("استهدفت طائراتٌ مسيّرةٌ أمريكيةٌ سيارة في محافظة شبوة يوم الثلاثاء.", "Shabwah"),
])
def test_a_phrase_whose_words_end_on_vowel_signs_is_read(resources, text, place):
    m = _mention(resources, text)
    assert m.event_type == "AIR_STRIKE" and m.location.name == place and "drone" in {w.name for w in m.weapons}


def test_a_phrase_read_before_with_vowels_inside_its_words_is_read_as_before(resources):
    """Guard: "drones dropped bombs on a market in El Fasher" was read with its vowels before this round too."""
    m = _mention(resources, "ألقت طائراتٌ مسيّرةٌ قنابلَ على سوق في مدينة الفاشر يوم الأحد.")
    assert m.event_type == "AIR_STRIKE" and {w.name for w in m.weapons} == {"drone", "bomb"}


@pytest.mark.parametrize("text", [
    # "al-Qaeda in the Arabian Peninsula claimed an attack on an army post in Shabwa on Monday"
    "تبنى تنظيم القاعدة في جزيرة العرب هجوما على موقع للجيش في محافظة شبوة يوم الاثنين.",
    # "al-Qaeda in the Arabian Peninsula fighters ambushed a military convoy in Abyan on Saturday"
    "نصب مسلحو تنظيم القاعدة في جزيرة العرب كمينا لرتل عسكري في محافظة أبين يوم السبت.",
])
def test_aqap_named_in_full_is_its_own_actor(resources, text):
    """The branch named in full is read as itself, not as al-Qaeda at large (round 29's leftover)."""
    assert ("Al-Qaeda in the Arabian Peninsula", "actor1") in _actors(_mention(resources, text))
