"""Arabic reports name many actors by what they are rather than who: "قوات الأمن" (the security forces), "مسلحون
من العشائر" (tribal gunmen), "مجموعات مسلحة" (armed groups). They are the registry's generic actors filled with
the event's country, as the English side fills "security forces", "tribal fighters" and "armed groups"; a
civilian body such as the Civil Defence is acted on or reports, and never attacks. Sentences are the project's
own."""
from __future__ import annotations

from datetime import datetime

import pytest

from eventwatch.model import Document


def mention(resources, text: str):
    from eventwatch.pipeline import process

    doc = Document(id="ar-generic", sha256="0" * 64, raw=text.encode(), text=text, publisher="Test Monitor",
                   published_at=datetime(2024, 6, 1, 12, 0), language="ar")
    found = process(resources, doc)
    assert len(found) == 1, found
    return found[0]


def sides(m) -> dict[str, set[str]]:
    return {role: {a.name for a in m.actors if a.role == role} for role in ("actor1", "actor2", "associated")}


@pytest.mark.parametrize("text,country_actor", [
    # "security forces stormed a village in Diyala and arrested three men"
    ("اقتحمت قوات الأمن قرية في محافظة ديالى واعتقلت ثلاثة رجال", "Military Forces of Iraq"),
    # "the security forces (adjective form) arrested four men in Hama"
    ("اعتقلت القوات الأمنية أربعة شبان في مدينة حماة", "Military Forces of Syria"),
    # "police arrested two men in Benghazi"
    ("اعتقلت الشرطة رجلين في مدينة بنغازي", "Police Forces of Libya"),
])
def test_the_forces_of_order_named_by_function_are_the_event_countrys(resources, text, country_actor):
    assert country_actor in sides(mention(resources, text))["actor1"]


@pytest.mark.parametrize("text,country", [
    # "tribal gunmen attacked a checkpoint in Hasakah, killing a soldier"
    ("هاجم مسلحون من العشائر حاجزا في مدينة الحسكة، ما أدى إلى مقتل عنصر", "Syria"),
    # "tribal fighters clashed in Dhi Qar, killing three"
    ("اندلعت اشتباكات بين مقاتلي العشائر في محافظة ذي قار أسفرت عن مقتل ثلاثة أشخاص", "Iraq"),
])
def test_men_of_the_tribes_under_arms_are_a_militia_of_the_event_country(resources, text, country):
    assert f"Unidentified militia ({country})" in sides(mention(resources, text))["actor1"]


def test_armed_groups_fighting_each_other_are_one_unidentified_group(resources):
    # "clashes between armed groups in Misrata killed two people"
    m = mention(resources, "اندلعت اشتباكات بين مجموعات مسلحة في مدينة مصراتة أسفرت عن مقتل شخصين")
    assert sides(m)["actor1"] == {"Unidentified Armed Group (Libya)"} and not sides(m)["actor2"]


def test_the_civil_defence_that_reports_an_attack_is_neither_side(resources):
    # "regime forces shelled Saraqib; the Civil Defence reported two civilians wounded"
    m = mention(resources, "قصفت قوات النظام مدينة سراقب، وأفاد الدفاع المدني بإصابة مدنيين اثنين")
    got = sides(m)
    assert got["actor1"] == {"Military Forces of Syria"}
    assert got["actor2"] == {"Civilians (Syria)"}
    assert "Syrian Civil Defence (White Helmets)" in got["associated"]


def test_the_civil_defence_struck_is_acted_on_and_its_volunteers_are_counted(resources):
    # "a drone struck a Civil Defence team in Atarib, wounding three volunteers"
    m = mention(resources, "استهدفت طائرة مسيرة فريقا من الدفاع المدني في بلدة الأتارب، ما أدى إلى إصابة ثلاثة متطوعين")
    assert "Syrian Civil Defence (White Helmets)" in sides(m)["actor2"]
    assert m.casualties.injured is not None and m.casualties.injured.best == 3


def test_a_group_named_through_its_gunmen_after_with_is_the_other_side(resources):
    # "the army clashed with IS gunmen near Rutba"
    m = mention(resources, "اشتبك الجيش العراقي مع مسلحين من تنظيم داعش قرب مدينة الرطبة")
    assert sides(m)["actor1"] == {"Military Forces of Iraq"} and sides(m)["actor2"] == {"Islamic State"}


def test_live_fire_on_protesters_is_excessive_force_and_the_protesters_are_acted_on(resources):
    # "security forces fired live rounds at protesters in Khartoum, killing a protester"
    m = mention(resources, "أطلقت قوات الأمن الرصاص الحي على المتظاهرين في الخرطوم، ما أدى إلى مقتل متظاهر")
    assert m.event_type == "FORCE_AGAINST_PROTEST"
    assert sides(m)["actor1"] == {"Military Forces of Sudan"} and sides(m)["actor2"] == {"Protesters (Sudan)"}
    assert m.casualties.killed is not None and m.casualties.killed.best == 1


def test_protesters_dispersed_without_live_fire_stay_a_protest_with_intervention(resources):
    # "security forces dispersed a protest in Atbara"
    m = mention(resources, "فضت قوات الأمن مظاهرة في مدينة عطبرة")
    assert m.event_type == "PROTEST_WITH_INTER"
