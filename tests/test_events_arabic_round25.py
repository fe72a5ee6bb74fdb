"""Arabic report shapes of round twenty-five through the pipeline: the armed groups of the Sahel and Lake Chad named in
Arabic ("جماعة بوكو حرام", "جماعة نصرة الإسلام والمسلمين"), and an employee ("موظفا", of a municipality or a
company) among the civilians an event strikes.

The round's eight whole reports (tests/fixtures/events_arabic/reports.yaml, ids "r25-...") read four of eight right on
their first run, six after these; two stay xfail (a town held in Latin letters only with a two-consonant skeleton, and
an army announcing its enemy's deaths read as the announcer). The place rules of the round are pinned in
tests/test_geo_arabic_round25.py. Every sentence is written for this test (real places, invented incidents).
"""
from __future__ import annotations

from conftest import arabic_mention


def _sides(m) -> dict[str, set[str]]:
    return {role: {a.name for a in m.actors if a.role == role} for role in ("actor1", "actor2")}


def test_boko_haram_named_in_arabic_is_the_attacker(resources):
    # "Boko Haram fighters stormed a village near the town of Monguno and killed five fishermen on Friday"
    m = arabic_mention(resources, "اقتحم مقاتلو جماعة بوكو حرام قرية قرب بلدة مونغونو وقتلوا خمسة صيادين يوم الجمعة.")
    assert _sides(m)["actor1"] == {"Boko Haram (JAS)"}


def test_jnim_named_in_arabic_is_a_side(resources):
    # "gunmen of the Group for the Support of Islam and Muslims killed three herders near the city of Mopti on Sunday"
    m = arabic_mention(resources, "قتل مسلحون من جماعة نصرة الإسلام والمسلمين ثلاثة رعاة قرب مدينة موبتي يوم الأحد.")
    assert _sides(m) == {"actor1": {"Jama'at Nusrat al-Islam wal-Muslimin"}, "actor2": {"Civilians (Mali)"}}


def test_an_employee_is_a_civilian(resources):
    # "unknown gunmen abducted an employee of an oil company in the town of Sirte on Monday"
    m = arabic_mention(resources, "اختطف مسلحون مجهولون موظفا في شركة نفطية بمدينة سرت يوم الاثنين.")
    assert _sides(m)["actor2"] == {"Civilians (Libya)"}
