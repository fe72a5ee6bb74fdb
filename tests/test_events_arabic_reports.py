"""Whole Arabic reports through the pipeline, every field a coder records checked against the coding.

The reports (tests/fixtures/events_arabic/reports.yaml) are invented in the styles of SOHR, SNHR, the Sudan
Doctors Network, Yemeni and Iraqi monitors and the Gaza health ministry, and coded before the code read them.
A report the pipeline does not read right yet carries `xfail: reason` in the fixture, naming the gap.
`field_results` is also what `python -m tests.test_events_arabic_reports` tallies, per field.
"""
from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from typing import Any, Optional

import pytest
import yaml

from eventwatch.model import DATE_PRECISION_DAY, Document, Mention

FIXTURE = Path(__file__).parent / "fixtures" / "events_arabic" / "reports.yaml"
FIELDS = ("event", "type", "actor1", "actor2", "place", "date", "killed", "injured", "detained", "abducted",
          "displaced", "weapons", "modality")


def load_reports() -> tuple[datetime, list[dict[str, Any]]]:
    data = yaml.safe_load(FIXTURE.read_text("utf-8"))
    published = data["published"]
    published = datetime(published.year, published.month, published.day, 12, 0)
    return published, data["reports"]


PUBLISHED, REPORTS = load_reports()


def document(report: dict[str, Any]) -> Document:
    text = report["text"]
    return Document(id=f"ar-{report['id']}", sha256="0" * 64, raw=text.encode(), text=text,
                    publisher="Test Monitor", published_at=PUBLISHED, language="ar")


def _count_right(expected: Optional[list], found: Any) -> bool:
    if expected is None:  # none reported: nothing counted, or a count of none
        return found is None or not (found.best or found.low)
    return found is not None and [found.low, found.best, found.high] == expected


def _iso(value: Any) -> Optional[str]:
    return value.isoformat() if isinstance(value, date) else value


def _date_right(expected: Any, m: Mention) -> bool:
    """A report that gives no day is dated by the pipeline's convention (the publication day, at a coarser
    precision than a day read from the text); one that gives a day must have exactly that day."""
    if expected is None:
        return m.date is None or m.date_precision > DATE_PRECISION_DAY
    return m.date == _iso(expected)


def field_results(report: dict[str, Any], mentions: list[Mention]) -> dict[str, bool]:
    """Each field right or wrong, for the report's one mention (every field wrong when there is not one)."""
    if len(mentions) != 1:
        return {f: False for f in FIELDS}
    m = mentions[0]
    actors = {role: {a.name for a in m.actors if a.role == role} for role in ("actor1", "actor2")}
    name, country = report["place"]
    place = m.location
    return {
        "event": True,
        "type": m.event_type == report["type"],
        "actor1": actors["actor1"] == set(report["actor1"]),
        "actor2": actors["actor2"] == set(report["actor2"]),
        "place": place is not None and place.country_code == country and place.evidence is not None
        and name in place.evidence.text,
        "date": _date_right(report["date"], m),
        **{kind: _count_right(report.get(kind), getattr(m.casualties, kind))
           for kind in ("killed", "injured", "detained", "abducted", "displaced")},
        "weapons": {w.name for w in m.weapons} == set(report["weapons"]),
        "modality": m.modality == report["modality"],
    }


@pytest.mark.parametrize("report", [
    pytest.param(r, id=r["id"], marks=[pytest.mark.xfail(reason=r["xfail"], strict=True)] if r.get("xfail") else [])
    for r in REPORTS])
def test_an_arabic_report_gives_every_field_a_coder_records(resources, report):
    from eventwatch.pipeline import process

    mentions = process(resources, document(report))
    wrong = [f for f, ok in field_results(report, mentions).items() if not ok]
    assert not wrong, (wrong, [(m.event_type, [(a.name, a.role) for a in m.actors],
                                m.location and (m.location.name, m.location.evidence and m.location.evidence.text),
                                m.date, {k: (q.low, q.best, q.high) for k, q in m.casualties.items()},
                                [w.name for w in m.weapons], m.modality) for m in mentions])


def test_the_fixture_is_coded_in_the_projects_labels_and_names():
    import importlib.resources as ir

    labels = set(yaml.safe_load(ir.files("eventwatch.data").joinpath("event_types.yaml").read_text("utf-8"))["event_types"])
    assert len(REPORTS) >= 25 and len({r["id"] for r in REPORTS}) == len(REPORTS)
    for r in REPORTS:
        assert r["type"] in labels, r["id"]
        assert r["modality"] in ("asserted", "alleged", "denied"), r["id"]
        assert set(r) >= {"text", "actor1", "actor2", "place", "date", "weapons"}, r["id"]


def tally() -> None:
    """Reports with every field right, and each field's score, printed."""
    from eventwatch.pipeline import process
    from eventwatch.resources import Resources

    resources = Resources()
    per_field = dict.fromkeys(FIELDS, 0)
    whole = 0
    for report in REPORTS:
        results = field_results(report, process(resources, document(report)))
        whole += all(results.values())
        for f, ok in results.items():
            per_field[f] += ok
        print(report["id"], "OK" if all(results.values()) else [f for f, ok in results.items() if not ok])
    print(f"all fields right: {whole}/{len(REPORTS)}")
    print(" ".join(f"{f}={n}" for f, n in per_field.items()))


if __name__ == "__main__":
    tally()


# --- the rules the reports asked for, each on sentences of its own ----------------------------------------------


def sentence(text: str):
    from eventwatch.model import Sentence

    return Sentence(0, len(text), text)


def count(text: str, kind: str, names: Optional[list[tuple[int, int]]] = None):
    from eventwatch.extract.arabic_events import find_arabic_casualties

    q = getattr(find_arabic_casualties(sentence(text), names=names), kind)
    return None if q is None else (q.low, q.best, q.high)


def span_of(text: str, words: str) -> tuple[int, int]:
    return text.index(words), text.index(words) + len(words)


def test_a_count_after_the_subject_of_a_verb_is_the_verbs_object():
    text = "اعتقلت الفرقة الرابعة 9 شبان في حي القدم"
    assert count(text, "detained", [span_of(text, "الفرقة الرابعة")]) == (9, 9, 9)
    text = "اختطف عناصر فصيل مسلح طفلين من القرية"  # no name given: the subject's own noun is not counted
    assert count(text, "abducted") is None


@pytest.mark.parametrize("text,kind,expected", [
    ("أسفر القصف عن مقتل 4 من عناصر الفصيل و3 مدنيين", "killed", (7, 7, 7)),
    ("ما أدى إلى إصابة طفلين وامرأتين", "injured", (4, 4, 4)),
    ("أسفرت الاشتباكات عن مقتل عشرات المسلحين و5 جنود", "killed", (15, 15, 104)),
])
def test_counts_joined_by_and_after_one_casualty_word_add_up(text, kind, expected):
    assert count(text, kind) == expected


def test_a_joined_count_of_another_toll_or_of_things_is_not_added():
    text = "أدى القصف إلى مقتل 3 مدنيين وإصابة 5 آخرين"
    assert count(text, "killed") == (3, 3, 3) and count(text, "injured") == (5, 5, 5)
    assert count("ما أسفر عن مقتل 3 مدنيين وتدمير 4 منازل", "killed") == (3, 3, 3)


@pytest.mark.parametrize("text,kind,expected", [
    ("قتل ما بين 20 و30 شخصاً في الهجوم", "killed", (20, 20, 30)),
    ("وأسفر الانفجار عن إصابة بين ثلاثة وخمسة مدنيين", "injured", (3, 3, 5)),
    ("لقي ثلاثة عمال حتفهم إثر انفجار في المصنع", "killed", (3, 3, 3)),
    ("ولقيت امرأة حتفها برصاص قناص", "killed", (1, 1, 1)),
    ("ارتكبت القوات مجزرة راح ضحيتها 7 أشخاص", "killed", (7, 7, 7)),
])
def test_a_range_and_the_idioms_of_death_are_read_as_counts(text, kind, expected):
    assert count(text, kind) == expected


def test_meeting_something_other_than_death_counts_no_one():
    assert count("لقي القرار ترحيبا واسعا في المدينة", "killed") is None


@pytest.mark.parametrize("text,expected", [
    ("انفجرت عبوة ناسفة بسيارة مدنية مساء أمس", "2024-05-31"),
    ("سقطت قذائف على الحي أول أمس", "2024-05-30"),
    ("شنت الطائرات غارات على البلدة فجر اليوم", "2024-06-01"),
    # a weekday named in the sentence dates the event; "اليوم" there dates the report
    ("أعلن المرصد اليوم أن القصف وقع يوم الخميس", "2024-05-30"),
    ("وفي اليوم التالي عادت الاشتباكات", None),
])
def test_yesterday_and_today_are_dated_from_the_publication_day(text, expected):
    from eventwatch.extract.arabic_events import find_arabic_date

    found = find_arabic_date(sentence(text), PUBLISHED)
    assert (found[0] if found else None) == expected


def test_a_target_word_before_a_joined_letter_still_marks_the_target():
    from eventwatch.extract.arabic_events import arabic_roles

    text = "قصفت قوات النظام مقرات لهيئة تحرير الشام في ريف اللاذقية"
    assert arabic_roles(text, [span_of(text, "قوات النظام"), span_of(text, "هيئة تحرير الشام")], [1, 2]) \
        == ["actor1", "actor2"]


@pytest.mark.parametrize("text,owner,inter,role", [
    # the registry reads "للجيش" as the joined ل and "لجيش ...": the name's span starts after the first letter
    ("قصفت طائرة مسيرة تابعة للجيش التركي قرية في ريف الحسكة", "لجيش التركي", 1, "actor1"),
    ("انفجر لغم أرضي بدورية تابعة للقوات الروسية قرب البلدة", "لقوات الروسية", 1, "actor2"),
    ("هاجمت الفصائل التابعة لتركيا قرية في ريف حلب", "تركيا", 1, "associated"),
])
def test_the_owner_of_a_weapon_acted_and_the_owner_of_what_was_hit_was_acted_on(text, owner, inter, role):
    from eventwatch.extract.arabic_events import arabic_roles

    assert arabic_roles(text, [span_of(text, owner)], [inter]) == [role]


def test_a_civilian_named_after_the_verb_does_not_stop_the_armed_actor_from_acting():
    from eventwatch.extract.arabic_events import arabic_roles

    text = "نفت قوات النظام قصف مدرسة تؤوي نازحين في البلدة"
    assert arabic_roles(text, [span_of(text, "قوات النظام"), span_of(text, "نازحين")], [1, 7]) \
        == ["actor1", "actor2"]


def test_an_organisations_people_counted_in_the_toll_are_the_ones_hit():
    from eventwatch.extract.arabic_events import arabic_roles

    text = "قصفت طائرة مسيرة تجمعا لمقاتلين في جماعة حراس الدين، ما أسفر عن مقتل خمسة مقاتلين"
    assert arabic_roles(text, [span_of(text, "حراس الدين")], [2]) == ["actor2"]


def lexicon_names(resources, text: str, country: Optional[str] = "Syria",
                  places: Optional[list[tuple[int, int]]] = None) -> list[tuple[str, Optional[int]]]:
    from eventwatch.extract.arabic_events import lexicon_actors

    return [(a.name, a.inter) for a in lexicon_actors(resources.actors, sentence(text), [], country, places=places)]


@pytest.mark.parametrize("text,expected", [
    ("قتل ثلاثة مزارعين بقصف مدفعي على أطراف البلدة", [("Civilians (Syria)", 7)]),
    ("تظاهر عشرات المحتجين أمام مبنى المحافظة", [("Protesters (Syria)", 6)]),
    ("أطلق مسلحون مجهولون النار على سيارة في الطريق", [("Unidentified Armed Group (Syria)", 3)]),
    # a state's forces named by the adjective after a word of attack; outside their country they are external
    ("قتل مدنيان بقصف مدفعي تركي على قرية", [("Civilians (Syria)", 7), ("Military Forces of Turkey", 8)]),
    ("استهدفت طائرة مسيرة أمريكية سيارة على الطريق", [("Military Forces of the United States", 8)]),
    ("شنت مقاتلات إماراتية غارات على المدينة", [("Military Forces of the United Arab Emirates", 8)]),
    # the adjective elsewhere names no actor; a speaker's people and a place's name are no victims
    ("قال المسؤول التركي إن الحدود التركية مغلقة", []),
    ("بحسب ناشطين فإن الاشتباكات استمرت حتى الصباح", []),
    ("قالت نقابة أطباء المدينة إن الاشتباكات استمرت", []),
])
def test_common_nouns_and_nationality_adjectives_name_the_registrys_actors(resources, text, expected):
    assert lexicon_names(resources, text) == expected


def test_a_civilian_noun_inside_a_place_name_is_the_place():
    text = "قصفت القوات مدينة ود مدني بالمدفعية"
    assert lexicon_names(resources=_Registry(), text=text, places=[span_of(text, "ود مدني")]) == []


class _Registry:
    """The bundled registry alone, for a test that needs no models."""

    @property
    def actors(self):
        from eventwatch.extract.actors import ActorRegistry

        return ActorRegistry.load()


def test_death_under_torture_is_an_attack_whatever_place_of_detention_is_named():
    from eventwatch.extract.arabic_events import classify_arabic

    assert classify_arabic("مات معتقل تحت التعذيب في أحد مراكز الاحتجاز").label == "ATTACK"
    assert classify_arabic("اعتقلت القوات ثلاثة شبان ونقلتهم إلى مراكز الاحتجاز").label == "ARREST"


@pytest.mark.parametrize("text,expected", [
    ("تبنى تنظيم الدولة تفجير السيارة المفخخة", "alleged"),
    ("وثقت المنظمة مقتل خمسة مدنيين في القصف", "alleged"),
    ("وثقنا مقتل خمسة مدنيين في القصف", "asserted"),  # a source in the first person asserts, as in English
    ("اجتمع زعماء العشائر بعد اشتباكات في البلدة", "asserted"),
])
def test_claims_and_third_party_documentation_are_attributed(text, expected):
    from eventwatch.extract.arabic_events import find_arabic_modality

    assert find_arabic_modality(sentence(text))[0] == expected


@pytest.mark.parametrize("text", [
    "أطلقت قوات الدعم السريع طائرات مسيرة انتحارية على المدينة",
    "استهدفت الجماعة البلدة بطائرة مسيرة مفخخة",
])
def test_an_explosive_drone_is_a_loitering_munition_only(text):
    from eventwatch.extract.weapons import find_weapons

    assert [w.name for w in find_weapons(sentence(text))] == ["loitering munition"]


def test_an_actor_that_fought_is_not_also_its_own_target(resources):
    from eventwatch.pipeline import process

    text = "دارت معارك بين قوات سوريا الديمقراطية ومسلحين في بلدة الشحيل، أسفرت عن مقتل ثلاثة من عناصر قسد."
    [m] = process(resources, document({"id": "own-target", "text": text}))
    assert [(a.name, a.role) for a in m.actors if a.role in ("actor1", "actor2")] == \
        [("Syrian Democratic Forces", "actor1")]


def test_the_arabic_lexicon_names_only_registry_actors_and_countries():
    from eventwatch.extract.actors import ActorRegistry
    from eventwatch.extract.arabic_lexicon import load_arabic_lexicon

    registry, lex = ActorRegistry.load(), load_arabic_lexicon()
    assert all(registry.by_name[name].generic for name in lex.generic_actors)
    assert set(lex.nationality_of) <= {n.country for n in registry.nationalities}


# --- round four: the rules its reports asked for, each on sentences of its own ---------------------------------


def test_an_actors_people_after_an_agent_phrase_are_the_ones_who_did_it():
    from eventwatch.extract.arabic_events import arabic_roles

    # "a young man was killed by the fire of members of the faction": counted victims do not make them targets
    text = "قتل شاب برصاص عناصر من الجيش الوطني السوري في قرية قرب عفرين"
    assert arabic_roles(text, [span_of(text, "الجيش الوطني السوري")], [2]) == ["actor1"]
    text = "قتل ثلاثة عناصر من الجيش الوطني السوري بانفجار لغم"  # their people counted as the dead
    assert arabic_roles(text, [span_of(text, "الجيش الوطني السوري")], [2]) == ["actor2"]


@pytest.mark.parametrize("text,expected", [
    ("أطلق القناص النار فأصاب أربعة مدنيين", (4, 4, 4)),  # "the sniper opened fire and wounded four civilians"
    ("قتل القناص طفلا وأصاب أكثر من عشرة آخرين", (10, 10, None)),
])
def test_the_active_verb_of_wounding_introduces_a_count(text, expected):
    assert count(text, "injured") == expected


@pytest.mark.parametrize("text,expected", [
    # "the army announced today, Sunday, ... in clashes on Friday evening": today's weekday dates the report
    ("أعلن الجيش اليوم الأحد مقتل مسلحين في اشتباكات مساء الجمعة", "2024-05-31"),
    ("أغارت الطائرات على البلدة فجر اليوم السبت", "2024-06-01"),  # the only weekday named: today
])
def test_a_weekday_after_today_dates_the_report_and_another_the_event(text, expected):
    from eventwatch.extract.arabic_events import find_arabic_date

    assert find_arabic_date(sentence(text), PUBLISHED)[0] == expected


def test_an_air_strike_named_as_an_aerial_blow_is_an_air_strike():
    from eventwatch.extract.arabic_events import classify_arabic

    assert classify_arabic("قتل مسلحان بضربة جوية في منطقة صحراوية").label == "AIR_STRIKE"
    assert classify_arabic("أسفر قصف جوي عن تدمير جسر").label == "AIR_STRIKE"


def test_two_nationality_adjectives_of_one_attack_name_two_states_on_one_side(resources):
    from eventwatch.extract.arabic_events import arabic_roles

    text = "شنت طائرات العدوان الأمريكي البريطاني غارات على الميناء"  # "American-British aggression's planes"
    assert lexicon_names(resources, text, country="Yemen") == [
        ("Military Forces of the United States", 8), ("Military Forces of the United Kingdom", 8)]
    us, uk = span_of(text, "الأمريكي"), span_of(text, "البريطاني")
    assert arabic_roles(text, [us, uk], [8, 8]) == ["actor1", "actor1"]


@pytest.mark.parametrize("text,expected", [
    # the other party's version in a clause of contrast does not attribute the event told before it
    ("قتل مدنيان في قصف على الحي، فيما زعم الجيش أنه استهدف مسلحين", "asserted"),
    ("قال ناشطون إن مدنيين قتلا في القصف، بينما نفى الجيش ذلك", "alleged"),
])
def test_a_clause_of_contrast_keeps_its_claims_to_itself(text, expected):
    from eventwatch.extract.arabic_events import find_arabic_modality

    assert find_arabic_modality(sentence(text))[0] == expected


@pytest.mark.parametrize("text,expected", [
    ("أغارت مسيرة تركية على سيارة قرب القرية", ["drone"]),  # "a Turkish drone struck a car"
    ("استهدفت مسيرة معادية دراجة نارية", ["drone"]),  # "a hostile drone"
    ("خرجت مسيرة شعبية حاشدة في وسط المدينة", []),  # "a mass popular march"
])
def test_a_drone_is_told_from_a_march_by_an_adjective_no_march_takes(text, expected):
    from eventwatch.extract.weapons import find_weapons

    assert [w.name for w in find_weapons(sentence(text))] == expected


def test_a_nationality_adjective_after_a_weapons_noun_names_its_owners_forces(resources):
    assert lexicon_names(resources, "أغارت مسيرة تركية على سيارة في القرية") == [("Military Forces of Turkey", 8)]


# -- round five ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "قتل جندي وأصيب آخر بانفجار لغم قرب القرية",  # "a soldier killed and another wounded"
    "قتل عنصران وأصيب ثالث في كمين على الطريق",  # "two members killed and a third wounded"
])
def test_another_or_a_third_after_a_toll_is_one_more_person(text):
    assert count(text, "injured") == (1, 1, 1)


def test_the_side_right_after_a_verb_of_accusing_accuses_and_the_next_one_is_accused():
    from eventwatch.extract.arabic_events import arabic_roles

    # "the faction accused, in a statement, the army of shelling the market"
    text = "اتهمت الفصائل في بيان قوات النظام بقصف السوق"
    spans = [span_of(text, "الفصائل"), span_of(text, "قوات النظام")]
    assert arabic_roles(text, spans, [2, 1]) == ["associated", "actor1"]
    text = "اتهم الأهالي قوات النظام بقصف القرية"  # the accuser no actor: the one named is the accused
    assert arabic_roles(text, [span_of(text, "قوات النظام")], [1]) == ["actor1"]


@pytest.mark.parametrize("text,expected", [
    # a killing told with looting: the attack on people is the event
    ("هاجم مسلحون القرية وقتلوا خمسة مدنيين ونهبوا المحال التجارية", "ATTACK"),
    ("أحرق مسلحون منازل في القرية ونهبوا محتوياتها", "PROPERTY_DISTRUCT"),  # property alone
])
def test_looting_with_a_killing_is_an_attack(text, expected):
    from eventwatch.extract.arabic_events import classify_arabic

    assert classify_arabic(text).label == expected


def test_a_later_sentence_saying_where_the_fire_came_from_is_no_event_of_its_own(resources):
    from eventwatch.pipeline import process

    # "three civilians were killed by rocket fire on Ariha. Activists said the rockets were fired from
    # positions near Kafranbel."
    text = "قتل ثلاثة مدنيين بقصف صاروخي على مدينة أريحا. وقال ناشطون إن الصواريخ أطلقت من مواقع قرب كفرنبل."
    report = {"id": "launch-site", "text": text}
    mentions = process(resources, document(report))
    assert [(m.event_type, m.location and m.location.evidence and m.location.evidence.text) for m in mentions] \
        == [("ART_MISS_ATTACK", "مدينة أريحا")]


# -- round seven --------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("أصيب شابان بالرصاص الحي خلال اقتحام الجيش القرية", "ATTACK"),  # no protest: live fire at people
    ("أطلقت قوات الأمن الرصاص الحي على المحتجين في الساحة", "FORCE_AGAINST_PROTEST"),
])
def test_live_fire_is_force_against_protesters_only_where_a_protest_is_named(text, expected):
    from eventwatch.extract.arabic_events import classify_arabic

    assert classify_arabic(text).label == expected


def test_a_dual_noun_in_ta_marbuta_counts_two():
    assert count("أسفر القصف عن إصابة امرأتين", "injured") == (2, 2, 2)  # "امرأة" writes its ة as ت


@pytest.mark.parametrize("text,owner,role", [
    # a thing right after a verb of attack was hit: its owner was acted on
    ("قالت مصادر إن طائرة حربية قصفت عجلة تابعة للجيش العراقي قرب الحدود", "لجيش العراقي", "actor2"),
    # people right after the verb are its subject
    ("هاجم مسلحون تابعون لتنظيم داعش قرية في الصحراء", "تنظيم داعش", "actor1"),
])
def test_the_owner_of_a_thing_right_after_a_verb_of_attack_was_acted_on(text, owner, role):
    from eventwatch.extract.arabic_events import arabic_roles

    assert arabic_roles(text, [span_of(text, owner)], [1]) == [role]


@pytest.mark.parametrize("text,expected", [
    # "the SDF announced that its forces repelled an attack by Daesh": the side that repelled was attacked
    ("أعلنت قوات سوريا الديمقراطية أن قواتها صدت هجوما لتنظيم داعش على حقل نفطي", ["actor2", "actor1"]),
    ("أعلن الجيش العراقي أن قواته قصفت مواقع لتنظيم داعش", ["actor1", "actor2"]),
])
def test_a_side_announcing_what_its_own_forces_did_is_a_party(text, expected):
    from eventwatch.extract.arabic_events import arabic_roles

    first = "قوات سوريا الديمقراطية" if "سوريا" in text else "الجيش العراقي"
    assert arabic_roles(text, [span_of(text, first), span_of(text, "داعش")], [2, 2]) == expected


# -- round eight --------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("قال مصدر إن أربعة مزارعين قتلوا في القصف", (4, 4, 4)),  # a counted plural in "ين" is no dual
    ("قال مصدر إن مزارعين قتلا في القصف", (2, 2, 2)),  # a dual, as the verb's dual says
])
def test_a_count_before_the_subject_of_an_agreeing_verb_wins_over_the_dual_ending(text, expected):
    assert count(text, "killed") == expected


def test_counted_men_right_before_a_verb_of_harm_were_harmed():
    from eventwatch.extract.arabic_events import arabic_roles

    # "a source said three conscripts were killed": the conscripts (the state's forces) are acted on
    text = "قال مصدر إن ثلاثة مجندين قتلوا في هجوم على حاجز"
    assert arabic_roles(text, [span_of(text, "مجندين")], [1]) == ["actor2"]


# -- round nine ---------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("ألقت طائرات النظام قنابل محملة بغاز السارين على البلدة", "CHEM_WEAP"),  # an agent of war named
    ("قالت المنظمة إن القوات شنت هجوما كيميائيا على الحي", "CHEM_WEAP"),
])
def test_a_toxic_agent_of_war_named_makes_a_chemical_attack(text, expected):
    from eventwatch.extract.arabic_events import classify_arabic

    assert classify_arabic(text).label == expected


def test_a_gas_leak_is_no_chemical_attack():
    from eventwatch.extract.arabic_events import classify_arabic

    assert classify_arabic("أصيب عمال بحالات اختناق إثر تسرب غاز في مصنع للأسمدة").label != "CHEM_WEAP"


def test_dropping_from_named_aircraft_makes_a_sentence_worth_reading():
    from eventwatch.extract.arabic_events import arabic_cue_positions

    assert arabic_cue_positions("ألقت مروحيات النظام حاويات على القرية")  # helicopters dropped containers
    assert not arabic_cue_positions("ألقى الوزير كلمة في افتتاح المؤتمر")  # the minister gave a speech


@pytest.mark.parametrize("text,struck", [
    ("قالت الحركة إن طيران الجيش السوداني قصف قرية شرق المدينة", True),
    ("أعلن الجيش أن سلاح الجو استهدف تجمعا للمسلحين", True),
    ("قالت مصادر إن طائرة مسيرة استهدفت سيارة قرب المعبر", False),  # a drone strike is coded by the drone
    ("حلق الطيران الحربي فوق المدينة طوال الليل", False),  # flying over is no attack
])
def test_an_air_arm_as_the_subject_of_a_verb_of_attack_is_an_air_strike(text, struck):
    from eventwatch.extract.arabic_air_arm import air_arm_strikes
    from eventwatch.extract.arabic_events import classify_arabic
    from eventwatch.extract.arabic_lexicon import load_arabic_lexicon

    assert bool(air_arm_strikes(text, load_arabic_lexicon())) is struck
    if struck:
        assert classify_arabic(text).label == "AIR_STRIKE"


def test_counts_after_among_them_are_part_of_the_toll_not_added_to_it():
    assert count("استشهد ٩ مواطنين بينهم ٤ أطفال وامرأتان في القصف", "killed") == (9, 9, 9)
    assert count("قتل ١١ شخصا منهم ٣ أطفال و٢ من المسعفين", "killed") == (11, 11, 11)


@pytest.mark.parametrize("text,expected", [
    # "the SDF centre said its fighters repelled an attack by Daesh": the side whose fighters repelled was attacked
    ("قال المركز الإعلامي لقوات سوريا الديمقراطية إن مقاتليه صدوا هجوما لتنظيم داعش على حقل نفطي",
     ["actor2", "actor1"]),
])
def test_a_side_whose_own_fighters_repelled_an_attack_was_attacked(text, expected):
    from eventwatch.extract.arabic_events import arabic_roles

    assert arabic_roles(text, [span_of(text, "قوات سوريا الديمقراطية"), span_of(text, "داعش")], [2, 2]) == expected


@pytest.mark.parametrize("hideout", ["وكر", "مضافة", "أوكار"])
def test_the_owner_of_a_hideout_that_was_struck_was_acted_on(hideout):
    from eventwatch.extract.arabic_events import arabic_roles

    text = f"نفذ الجيش العراقي ضربة جوية على {hideout} لعصابات داعش في صحراء الأنبار"
    assert arabic_roles(text, [span_of(text, "الجيش العراقي"), span_of(text, "داعش")], [1, 2]) == \
        ["actor1", "actor2"]


def test_the_saudi_aggression_is_the_coalition(resources):
    from eventwatch.pipeline import process

    text = "أصيب مواطن بغارة لطيران العدوان السعودي على مديرية رازح بمحافظة صعدة."
    report = {"id": "r9-saudi-aggression", "text": text}
    (mention,) = process(resources, document(report))
    assert {a.name for a in mention.actors if a.role == "actor1"} == {"Saudi-led coalition"}


# -- round ten ----------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text,kind,expected", [
    ("أسفر القصف عن نزوح ألفي عائلة من القرى", "displaced", (2000, 2000, 2000)),  # a dual in construct
    ("أسفر القصف عن مقتل مئتي مدني", "killed", (200, 200, 200)),
])
def test_a_dual_of_hundreds_or_thousands_before_what_it_counts_is_counted(text, kind, expected):
    assert count(text, kind) == expected


def test_a_nationality_adjective_after_the_word_army_names_that_states_forces(resources):
    from eventwatch.extract.arabic_events import arabic_roles

    # "a commander in the Somali army said": the army named by its adjective, with no word of attack near
    assert lexicon_names(resources, "قال قائد في الجيش الصومالي إن قواته انسحبت", country="Somalia") == [
        ("Military Forces of Somalia", 1)]
    # "three soldiers of the Somali army were killed by a mine": the army and its adjective, whole, acted on
    text = "قتل ثلاثة جنود من الجيش الصومالي بانفجار لغم"
    assert arabic_roles(text, [span_of(text, "الجيش الصومالي")], [1]) == ["actor2"]


def test_the_somali_movement_is_named_by_its_arabic_name_not_by_the_youth(resources):
    from eventwatch.pipeline import process

    text = "تبنت حركة الشباب تفجير سيارة مفخخة قرب مقر حكومي في مقديشو."
    (mention,) = process(resources, document({"id": "r10-shabaab", "text": text}))
    assert "Al-Shabaab" in {a.name for a in mention.actors}
    text = "قتل ثلاثة من الشباب في هجوم على مقهى في مقديشو."  # "three young men": no movement
    assert all(a.name != "Al-Shabaab" for m in process(resources, document({"id": "r10-youth", "text": text}))
               for a in m.actors)


# -- round twelve -------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text,expected", [
    ("أصيب شاب برصاص الاحتلال قرب بلدة قباطية.", "Military Forces of Israel"),  # "the occupation", alone
    ("قتل شاب برصاص قوات الاحتلال في مدينة جنين.", "Military Forces of Israel"),
    # another state's occupation is written with its adjective
    ("قصفت قوات الاحتلال التركي قرية قرب مدينة عفرين.", "Military Forces of Turkey"),
])
def test_the_occupation_alone_is_israels_forces_and_with_an_adjective_that_states(resources, text, expected):
    from eventwatch.pipeline import process

    (mention,) = process(resources, document({"id": "r12-occupation", "text": text}))
    assert {a.name for a in mention.actors if a.role == "actor1"} == {expected}


@pytest.mark.parametrize("text,expected", [
    # killed by the forces' fire during a raid, then arrests: the first act, the killing, is the event
    ("استشهد شابان برصاص القوات خلال اقتحام البلدة واعتقلت خمسة آخرين", "ATTACK"),
    ("اعتقلت القوات خمسة شبان بعد إطلاق النار في الهواء", "ARREST"),  # the arrest told first
])
def test_arrests_told_after_a_killing_are_its_aftermath(text, expected):
    from eventwatch.extract.arabic_events import classify_arabic

    assert classify_arabic(text).label == expected


@pytest.mark.parametrize("text,expected", [
    ("هاجم مسلحون قرية في الريف ما أسفر عن مقتل سبعة مدنيين", "ATTACK"),  # no one fought back
    ("هاجم مسلحون حاجزا وقتلوا ثلاثة جنود", "ARMED_CLASH"),  # soldiers killed: a clash
    ("قتل مدنيان في اشتباكات بين فصيلين", "ARMED_CLASH"),  # fighting itself named
    ("هاجم مسلحون حاجزا للجيش في الريف ما أسفر عن مقتل ثلاثة مدنيين", "ARMED_CLASH"),  # an army post attacked
    ("هاجم مسلحون دورية لقوات النظام ما أسفر عن مقتل مدنيين اثنين", "ARMED_CLASH"),  # a forces' patrol
    ("هاجمت قوات الأمن قرية في الريف ما أسفر عن مقتل سبعة مدنيين", "ATTACK"),  # the forces are the attackers
])
def test_a_bare_attack_whose_harmed_are_civilians_alone_is_one_sided(text, expected):
    from eventwatch.extract.arabic_events import classify_arabic

    assert classify_arabic(text).label == expected


def test_the_men_of_an_actor_after_attack_by_are_the_attackers():
    from eventwatch.extract.arabic_events import arabic_roles

    # "two shepherds were killed in an armed attack by Daesh members": the members counted are not the dead
    text = "قتل راعيان بهجوم مسلح لعناصر داعش قرب القرية"
    assert arabic_roles(text, [span_of(text, "داعش")], [2]) == ["actor1"]


def test_the_men_of_an_actor_after_an_ambush_for_are_its_target():
    from eventwatch.extract.arabic_events import arabic_roles

    # "two soldiers were killed in an ambush for army members": the ambush was laid for the army
    text = "قتل جنديان في كمين لعناصر الجيش قرب القرية"
    assert arabic_roles(text, [span_of(text, "الجيش")], [2]) == ["actor2"]


@pytest.mark.parametrize("text,expected", [
    ("أغارت مسيرة للاحتلال على سيارة في البلدة", ["drone"]),  # "a drone of the occupation"
    ("انطلقت مسيرة للأهالي في وسط البلدة", []),  # "a march of the residents"
])
def test_a_drone_is_told_from_a_march_by_an_owner_no_march_has(text, expected):
    from eventwatch.extract.weapons import find_weapons

    assert [w.name for w in find_weapons(sentence(text))] == expected


def one_mention(resources, text: str):
    from eventwatch.pipeline import process

    mentions = process(resources, document({"id": "spec", "text": text}))
    assert len(mentions) == 1, mentions
    return mentions[0]


@pytest.mark.parametrize("text,actor1,actor2", [
    # the opposition press writes Assad's name without its article
    ("قصفت ميليشيات أسد بلدة سرمين بالمدفعية", "Military Forces of Syria", None),
    # Sanaa's media: "the army and the popular committees" are the Houthis, "the aggression's mercenaries" the
    # government's forces
    ("قصفت قوات الجيش واللجان الشعبية تجمعات لمرتزقة العدوان في مديرية حريب", "Ansar Allah (Houthis)",
     "Military Forces of Yemen (Government)"),
])
def test_partisan_names_of_the_syrian_and_yemeni_sides(resources, text, actor1, actor2):
    m = one_mention(resources, text)
    sides = {a.role: a.name for a in m.actors if a.role in ("actor1", "actor2")}
    assert sides.get("actor1") == actor1 and sides.get("actor2") == actor2


def test_the_owner_of_a_depot_struck_is_the_side_acted_on(resources):
    m = one_mention(resources, "أغارت طائرات حربية على مستودع أسلحة لحزب الله في بلدة الخيام")
    assert {a.name for a in m.actors if a.role == "actor2"} == {"Hezbollah"}


@pytest.mark.parametrize("text", [
    # "four soldiers (conscripts) were killed in a Daesh attack": a count after "قتل" is of the harmed, the
    # verb being passive (unvowelled, it reads as the active "killed")
    "قتل أربعة عسكريين بهجوم لداعش على حافلة في مدينة تدمر",
    "قتل أربعة مجندين بهجوم لداعش على حافلة في مدينة تدمر",
])
def test_military_men_counted_after_a_word_of_harm_are_the_state_forces_acted_on(resources, text):
    m = one_mention(resources, text)
    assert {(a.name, a.role) for a in m.actors} == {("Military Forces of Syria", "actor2"), ("Islamic State", "actor1")}


@pytest.mark.parametrize("text,expected", [
    ("استهدفت مسيرة تابعة للدعم السريع سوق المدينة", ["drone"]),  # a drone belonging to a force
    ("نظم الأهالي مسيرة في وسط البلدة", []),  # a march the residents organised
])
def test_a_drone_belonging_to_a_force_is_no_march(text, expected):
    from eventwatch.extract.arabic_events import classify_arabic
    from eventwatch.extract.weapons import find_weapons

    assert [w.name for w in find_weapons(sentence(text))] == expected
    if expected:
        assert classify_arabic(text).label == "AIR_STRIKE"
