"""Reports written only in Arabic yield event mentions: type, place, date, actors and toll.

Every sentence here is written for this test (real towns, invented incidents), in the wording of local
committees' and monitors' Arabic reports: verb first, the toll in a result clause ("ما أدى إلى مقتل ...").
"""
from __future__ import annotations

from datetime import datetime

import pytest

from eventwatch.extract.arabic_events import (
    classify_arabic,
    find_arabic_casualties,
    find_arabic_date,
    find_arabic_modality,
)
from eventwatch.extract.arabic_lexicon import (
    ArabicLexiconError,
    Terms,
    is_arabic,
    load_arabic_lexicon,
    parse_arabic_lexicon,
)
from eventwatch.model import Document, Sentence
from eventwatch.pipeline import process

PUBLISHED = datetime(2024, 6, 1, 12, 0)  # a Saturday


def sentence(text: str) -> Sentence:
    return Sentence(0, len(text), text)


# --- the lexicon ---------------------------------------------------------------------------------------------


def test_the_bundled_lexicon_loads_and_names_only_known_labels():
    lex = load_arabic_lexicon()
    assert "ART_MISS_ATTACK" in lex.label_of and "ABDUCT_DISSAP" in lex.label_of


def test_a_lexicon_with_an_unknown_label_or_a_latin_term_is_refused():
    import yaml
    from importlib import resources

    good = yaml.safe_load(resources.files("eventwatch.data").joinpath("event_lexicon_ar.yaml").read_text("utf-8"))
    with pytest.raises(ArabicLexiconError, match="SHELLING"):
        parse_arabic_lexicon({**good, "labels": {"SHELLING": [{"w": 4, "terms": ["قصف"]}]}})
    with pytest.raises(ArabicLexiconError, match="Arabic script"):
        parse_arabic_lexicon({**good, "labels": {"ATTACK": [{"w": 4, "terms": ["attack"]}]}})
    with pytest.raises(ArabicLexiconError, match="weekdays"):
        parse_arabic_lexicon({**good, "weekdays": {"الاثنين": 0}})


def test_a_term_matches_after_proclitics_with_any_ending_and_across_letter_variants():
    terms = Terms.of(["قصف", "=فض", "اصابه"])
    text = "وقصفت القوات البلدة، وبالقصف تم فض الاعتصام، وفضل الأهالي البقاء، مع إصابة رجل"
    found = [text[s:e] for s, e, _ in terms.find(text)]
    assert found == ["وقصفت", "وبالقصف", "فض", "إصابة"]  # not "وفضل"


def test_arabic_script_is_told_from_an_english_report_quoting_an_arabic_name():
    assert is_arabic("قصفت قوات النظام بلدة كفرنبل")
    assert not is_arabic("Russian jets struck the town of Kafranbel (كفرنبل) on Friday.")


# --- type ----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("text,label", [
    ("قصفت القوات الحكومية بلدة معرة النعمان بقذائف الهاون", "ART_MISS_ATTACK"),
    ("قصف الطيران الحربي بلدة كفرنبل صباح اليوم", "AIR_STRIKE"),
    ("شنت طائرات مسيرة غارات على قرية في ريف حلب", "AIR_STRIKE"),
    ("انفجرت عبوة ناسفة بسيارة مدنية قرب دوار في مدينة الباب", "REM_EXPLOS"),
    ("اختطف مسلحون مجهولون طبيبا في مدينة تعز", "ABDUCT_DISSAP"),
    ("اعتقلت قوات الأمن عددا من المتظاهرين في مدينة البصرة", "PROTEST_WITH_INTER"),
    ("اندلعت اشتباكات عنيفة بين فصائل مسلحة في مدينة عفرين", "ARMED_CLASH"),
    ("أحرق مسلحون عشرات المنازل في قرية قرب مدينة الجنينة", "PROPERTY_DISTRUCT"),
])
def test_a_trigger_gives_the_type_and_the_weapon_decides_among_remote_attacks(text, label):
    assert classify_arabic(text).label == label


def test_a_sentence_without_a_trigger_is_no_event():
    assert classify_arabic("عقد المجلس المحلي اجتماعا لمناقشة الميزانية").label == "OTHER"


# --- toll, date, modality ------------------------------------------------------------------------------------


@pytest.mark.parametrize("text,kind,count", [
    ("ما أدى إلى مقتل ثلاثة مدنيين", "killed", 3),
    ("ما أسفر عن مقتل طفل", "killed", 1),
    ("ما أدى إلى مقتل مدنيين اثنين", "killed", 2),
    ("ما أدى إلى مقتل خمسة عشر شخصا", "killed", 15),
    ("ما أدى إلى مقتل ٤ أشخاص", "killed", 4),
    ("وإصابة ستة آخرين بجروح", "injured", 6),
    ("وأسفر عن إصابة امرأة", "injured", 1),
])
def test_the_toll_is_read_from_the_count_after_the_casualty_word(text, kind, count):
    found = getattr(find_arabic_casualties(sentence(text)), kind)
    assert found is not None and found.best == count
    assert found.evidence is not None and found.evidence.text in text


def test_a_casualty_word_with_nothing_counted_after_it_counts_no_one():
    assert find_arabic_casualties(sentence("تواصل القصف وسط مخاوف من سقوط قتلى")).items() == []


def test_a_levantine_month_is_read_by_dateparser_and_a_weekday_alone_is_the_last_such_day():
    iso, precision, ev = find_arabic_date(sentence("قصف مدفعي على البلدة يوم 14 أيار"), PUBLISHED)
    assert iso == "2024-05-14" and precision == 1 and ev.text.endswith("أيار")
    assert find_arabic_date(sentence("قصف على البلدة يوم 20 تموز"), PUBLISHED)[0] == "2023-07-20"
    assert find_arabic_date(sentence("غارة على البلدة مساء الخميس"), PUBLISHED)[0] == "2024-05-30"
    assert find_arabic_date(sentence("غارة على البلدة"), PUBLISHED) is None


def test_a_denial_an_attribution_and_a_plain_statement_are_told_apart():
    assert find_arabic_modality(sentence("نفى الجيش قصف البلدة"))[0] == "denied"
    assert find_arabic_modality(sentence("قصفت القوات البلدة بحسب ناشطين"))[0] == "alleged"
    assert find_arabic_modality(sentence("قصفت القوات البلدة"))[0] == "asserted"


# --- the whole report ----------------------------------------------------------------------------------------


def report(text: str) -> Document:
    return Document(id=f"ar{abs(hash(text)) % 10**8}", sha256="0" * 64, raw=text.encode(), text=text,
                    publisher="Test Monitor", published_at=PUBLISHED, language="ar")


@pytest.fixture(scope="module")
def mentions_of(resources):
    return lambda text: process(resources, report(text))


def test_an_arabic_report_yields_one_mention_with_type_place_date_actor_and_toll(mentions_of):
    text = ("قصفت قوات النظام مدينة درعا بقذائف المدفعية صباح يوم 9 نيسان، ما أدى إلى مقتل أربعة "
            "مدنيين وإصابة طفل، بحسب الدفاع المدني.")
    [m] = mentions_of(text)
    assert m.event_type == "ART_MISS_ATTACK" and m.event_family == "Explosions/Remote violence"
    assert m.location is not None and m.location.country_code == "SY"
    assert m.date == "2024-04-09"
    assert [a.name for a in m.actors if a.role == "actor1"] == ["Military Forces of Syria"]
    assert m.casualties.killed.best == 4 and m.casualties.injured.best == 1
    assert m.modality == "alleged"
    assert all(text[e.start:e.end] == e.text for e in m.evidence)


def test_an_arabic_call_for_action_yields_no_mention(mentions_of):
    assert mentions_of("يطالب الأهالي بوقف القصف على مدينة دوما.") == []


def test_an_arabic_sentence_with_no_event_yields_no_mention(mentions_of):
    assert mentions_of("عقد المجلس المحلي في مدينة إدلب اجتماعا لمناقشة الميزانية يوم الأحد.") == []


def test_an_english_report_quoting_an_arabic_name_is_read_in_english(mentions_of):
    [m] = mentions_of("Russian jets struck the town of Kafranbel (كفرنبل) on Friday, killing four civilians.")
    assert m.event_type == "AIR_STRIKE" and m.casualties.killed.best == 4


def test_every_list_of_the_bundled_arabic_lexicon_compiles():
    """The lists compile when first used, not at load: this keeps the bundled data checked all the same."""
    import dataclasses

    from eventwatch.extract.arabic_lexicon import Terms, load_arabic_lexicon

    lex = load_arabic_lexicon()
    lists = []
    for f in dataclasses.fields(lex):
        value = getattr(lex, f.name)
        lists += [v for v in (value.values() if isinstance(value, dict) else [value]) if isinstance(v, Terms)]
    assert len(lists) > 20
    assert all(t.pattern is not None and t.pattern.groups == len(t.terms) for t in lists if t.terms)
