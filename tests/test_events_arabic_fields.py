"""Arabic-only reports: the weapons named, vague and bounded counts, and who acted on whom.

Every sentence is written for this test (real places, invented incidents) in the style of Arabic monitors
and local committees across theatres (Syria, Iraq, Yemen, Sudan, Libya, Gaza). The expected fields were
written before the code that reads them.
"""
from __future__ import annotations

from datetime import datetime

import pytest

from eventwatch.extract.arabic_events import find_arabic_casualties
from eventwatch.extract.weapons import WeaponLexicon, find_weapons
from eventwatch.model import Document, Sentence
from eventwatch.pipeline import process

PUBLISHED = datetime(2024, 6, 1, 12, 0)


def sentence(text: str) -> Sentence:
    return Sentence(0, len(text), text)


def weapon_names(text: str) -> list[str]:
    return [w.name for w in find_weapons(sentence(text))]


# --- weapons -------------------------------------------------------------------------------------------------


@pytest.mark.parametrize("text,expected", [
    ("ألقى الطيران المروحي براميل متفجرة على بلدة كفرزيتا", ["military helicopter", "barrel bomb"]),
    ("ألقت المروحيات برميلين متفجرين على الحي", ["military helicopter", "barrel bomb"]),
    ("قصفت قوات النظام مدينة أريحا بقذائف الهاون", ["mortar"]),
    ("سقطت قذيفة هاون على مدرسة", ["mortar"]),
    ("قصفت القوات البلدة بالمدفعية الثقيلة", ["artillery"]),
    ("أطلقت الفصائل صواريخ غراد على المدينة", ["Grad rocket"]),
    ("سقط صاروخ على حي سكني", ["rocket"]),
    ("شنت الطائرات الحربية غارات جوية على القرية", ["military aircraft", "airstrike"]),
    ("استهدفت طائرة مسيّرة سيارة على الطريق", ["drone"]),
    ("ألقت طائرات التحالف قنابل عنقودية على قرى صعدة", ["military aircraft", "cluster munition"]),
    ("اتهم ناشطون القوات باستخدام غازات سامة", ["chemical weapon"]),
    # the shells are named too, as "shells carrying chlorine" gives both in English
    ("قصفت القوات البلدة بقذائف تحتوي على غاز الكلور", ["shell", "chlorine"]),
    ("استخدمت القوات الفوسفور الأبيض في قصف الحي", ["white phosphorus"]),
    ("انفجرت عبوة ناسفة بدورية على الطريق", ["improvised explosive device"]),
    ("انفجرت سيارة مفخخة في سوق المدينة", ["car bomb"]),
    ("أطلق مسلحون الرصاص الحي على المتظاهرين", ["small arms"]),
    ("زرع التنظيم ألغاما في الأراضي الزراعية", ["landmine"]),
])
def test_an_arabic_weapon_is_read_as_the_english_entry_it_names(text, expected):
    assert weapon_names(text) == expected


def test_internationally_prohibited_weapons_are_the_english_unspecified_restricted_entry():
    [w] = find_weapons(sentence("اتهمت منظمات حقوقية الجيش باستخدام أسلحة محرمة دولياً في دارفور"))
    assert w.name == "unspecified prohibited weapon" and w.restricted
    assert w.category == "unspecified_restricted"


def test_a_weapon_word_inside_a_longer_word_or_an_unrelated_sense_is_not_a_weapon():
    assert weapon_names("تقدمت المسيرة الاحتجاجية نحو ساحة المدينة") == []  # a march, not a drone
    assert weapon_names("ارتفعت أسعار البراميل النفطية") == []  # barrels of oil


def test_an_arabic_weapon_keeps_the_exact_words_it_was_read_from():
    text = "وقصفت القوات بالبراميل المتفجرة بلدة داريا"
    [w] = find_weapons(Sentence(100, 100 + len(text), text), document_id="d1")
    assert w.name == "barrel bomb" and w.raw == text[w.evidence.start - 100:w.evidence.end - 100]
    assert w.evidence.document_id == "d1" and "البراميل المتفجرة" in w.raw


def test_a_weapons_lexicon_with_a_latin_arabic_form_is_refused(tmp_path):
    path = tmp_path / "w.yaml"
    path.write_text("version: 1\ncategories: {artillery: guns}\nweapons:\n"
                    "  - {name: mortar, category: artillery, aliases: [mortar], arabic: [mortar]}\n", "utf-8")
    with pytest.raises(ValueError, match="Arabic script"):
        WeaponLexicon.load(str(path))


def test_english_text_is_matched_as_before():
    assert weapon_names("Regime helicopters dropped barrel bombs on the town") == ["military helicopter",
                                                                                  "barrel bomb"]


# --- vague and bounded counts --------------------------------------------------------------------------------


@pytest.mark.parametrize("text,kind,expected", [
    ("ما أدى إلى مقتل عشرات المدنيين", "killed", (10, 10, 99)),
    ("وأسفر القصف عن إصابة مئات الأشخاص", "injured", (100, 100, 999)),
    ("أدى القصف إلى نزوح عشرات الآلاف من المدنيين", "displaced", (10_000, 10_000, 99_999)),
    ("تسببت المعارك في نزوح آلاف العائلات", "displaced", (1_000, 1_000, 9_999)),
    ("ما أدى إلى مقتل أكثر من عشرة أشخاص", "killed", (10, 10, None)),
    ("ما أسفر عن إصابة نحو 20 مدنياً", "injured", (None, 20, None)),
    ("ما أدى إلى مقتل حوالي 30 شخصا", "killed", (None, 30, None)),
    ("وإصابة قرابة 15 مزارعا", "injured", (None, 15, None)),
    ("أسفرت المداهمات عن اعتقال مئات الشبان", "detained", (100, 100, 999)),
    ("ما أدى إلى مقتل ما لا يقل عن سبعة مدنيين", "killed", (7, 7, None)),
    ("ما أدى إلى مقتل 12 مدنياً على الأقل", "killed", (12, 12, None)),
    ("نزح حوالي 300 عائلة من قرى الريف", "displaced", (None, 300, None)),
    ("ما أدى إلى مقتل ثلاثة مدنيين", "killed", (3, 3, 3)),
])
def test_a_vague_or_bounded_arabic_count_is_read_as_the_english_side_reads_it(text, kind, expected):
    q = getattr(find_arabic_casualties(sentence(text)), kind)
    assert q is not None and (q.low, q.best, q.high) == expected
    assert q.evidence is not None and text[q.evidence.start:q.evidence.end] == q.evidence.text


def test_a_vague_word_must_name_an_english_vague_quantity():
    import yaml
    from importlib import resources

    from eventwatch.extract.arabic_lexicon import ArabicLexiconError, parse_arabic_lexicon

    good = yaml.safe_load(resources.files("eventwatch.data").joinpath("event_lexicon_ar.yaml").read_text("utf-8"))
    with pytest.raises(ArabicLexiconError, match="numbers.VAGUE"):
        parse_arabic_lexicon({**good, "vague": {"عشرات": "lots"}})


def test_a_verb_term_takes_verb_endings_only():
    from eventwatch.extract.arabic_lexicon import Terms

    terms = Terms.of(["~شن"])
    text = "شنت الطائرات غارات ثم شنوا هجوما وشنه آخرون، وشنق رجل"
    assert [text[s:e] for s, e, _ in terms.find(text)] == ["شنت", "شنوا", "وشنه"]


# --- actor roles ---------------------------------------------------------------------------------------------


def report(text: str) -> Document:
    return Document(id=f"arf{abs(hash(text)) % 10**8}", sha256="0" * 64, raw=text.encode(), text=text,
                    publisher="Test Monitor", published_at=PUBLISHED, language="ar")


@pytest.fixture(scope="module")
def mention_of(resources):
    def read(text: str):
        found = process(resources, report(text))
        assert len(found) == 1, found
        return found[0]
    return read


def roles(m) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {"actor1": [], "actor2": []}
    for a in m.actors:
        if a.role in out:
            out[a.role].append(a.name)
    return out


@pytest.mark.parametrize("text,attacker,target", [
    # verb, subject, object
    ("استهدفت القوات الروسية بالصواريخ مقرات هيئة تحرير الشام في جبل الزاوية",
     "Military Forces of Russia", "Hayat Tahrir al-Sham"),
    ("اشتبكت قوات الدعم السريع مع الجيش السوداني في مدينة الفاشر",
     "Rapid Support Forces", "Sudanese Armed Forces"),
    ("سيطرت هيئة تحرير الشام على قرية في ريف حلب بعد معارك مع الجيش الوطني السوري",
     "Hayat Tahrir al-Sham", "Syrian National Army"),
    # the victims named first, the attacker after an agent phrase
    ("قتل خمسة مدنيين بقصف من قوات حفتر على حي سكني في طرابلس", "Libyan National Army (Haftar)", None),
    ("قتل ثلاثة عناصر من الجيش العراقي بانفجار عبوة ناسفة زرعها تنظيم داعش في محافظة ديالى",
     "Islamic State", "Military Forces of Iraq"),
    ("أصيب جنديان من الجيش التركي في هجوم شنه حزب العمال الكردستاني قرب مدينة دهوك",
     "Kurdistan Workers' Party (PKK)", "Military Forces of Turkey"),
])
def test_the_attacker_and_the_target_follow_arabic_word_order_and_agent_phrases(mention_of, text, attacker,
                                                                                target):
    found = roles(mention_of(text))
    assert found["actor1"][:1] == [attacker]
    if target is not None:
        assert target in found["actor2"]
    assert attacker not in found["actor2"]


def test_roles_are_read_without_a_parse_and_civilians_are_only_targets():
    from eventwatch.extract.arabic_events import arabic_roles

    text = "استهدف الجيش الوطني السوري المدنيين في القرية"
    army = (text.index("الجيش"), text.index(" المدنيين"))
    civilians = (text.index("المدنيين"), text.index("المدنيين") + len("المدنيين"))
    assert arabic_roles(text, [army, civilians], [3, 7]) == ["actor1", "actor2"]
    text = "قتل ثلاثة عناصر من قوات النظام"
    assert arabic_roles(text, [(text.index("قوات"), len(text))], [1]) == ["actor2"]


def test_the_monitor_that_reports_is_not_the_attacker(mention_of):
    m = mention_of("أفاد المرصد السوري لحقوق الإنسان بأن قوات النظام قصفت بلدة كنصفرة بالمدفعية الثقيلة")
    assert roles(m)["actor1"] == ["Military Forces of Syria"]
    assert [w.name for w in m.weapons] == ["artillery"]


def test_an_arabic_report_carries_its_weapons_counts_and_roles_with_evidence(mention_of):
    text = ("ألقت طائرات التحالف العربي قنابل عنقودية على قرى في محافظة صعدة، ما أدى إلى مقتل عشرات "
            "المدنيين، بحسب مصادر محلية.")
    m = mention_of(text)
    assert m.event_type == "AIR_STRIKE"
    assert {w.name for w in m.weapons} >= {"cluster munition"}
    assert any(w.restricted for w in m.weapons)
    assert (m.casualties.killed.low, m.casualties.killed.best) == (10, 10)
    assert roles(m)["actor1"][:1] == [a.name for a in m.actors if a.raw == "التحالف العربي"]
    assert all(text[e.start:e.end] == e.text for e in m.evidence)
    assert any(e.field == "weapon" for e in m.evidence)


def test_a_whole_arabic_report_gives_every_field_and_displacement_does_not_hide_the_act(mention_of):
    # barrel bombs on a town, the dead, and "the displacement of tens of thousands" as the act's consequence
    m = mention_of("قصفت قوات النظام مدينة معرة النعمان بالبراميل المتفجرة يوم الجمعة 31 كانون الثاني، "
                   "ما أدى إلى مقتل خمسة مدنيين ونزوح عشرات الآلاف.")
    assert m.event_type == "ART_MISS_ATTACK"
    assert m.location.country_code == "SY" and m.location.admin1 == "Idlib" and m.location.precision == 1
    assert roles(m)["actor1"] == ["Military Forces of Syria"]
    assert [w.name for w in m.weapons] == ["barrel bomb"]
    assert (m.casualties.killed.low, m.casualties.killed.best) == (5, 5)
    assert (m.casualties.displaced.low, m.casualties.displaced.high) == (10_000, 99_999)
    assert m.date == f"{PUBLISHED.year}-01-31"  # the last 31 January before publication


def test_a_sentence_that_only_reports_counted_flight_is_displacement_and_uncounted_flight_no_event(
        mention_of, resources):
    # as the English side types "thousands of civilians fled": OTHER, with the displaced counted
    m = mention_of("نزح آلاف المدنيين من ريف إدلب الجنوبي خلال الأسبوع الماضي.")
    assert m.event_type == "OTHER" and (m.casualties.displaced.low, m.casualties.displaced.high) == (1000, 9999)
    assert process(resources, report("نزح الأهالي من ريف إدلب الجنوبي خلال الأسبوع الماضي.")) == []
