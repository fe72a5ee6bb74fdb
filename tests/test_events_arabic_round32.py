"""Arabic event shapes of round thirty-two: a drone named with an adjective no march takes (its owner's nationality:
"مسيرة تركية", "مسيرة إسرائيلية") strikes from the air whatever verb opens the sentence, so "قصفت مسيرة تركية سيارة" (a
Turkish drone struck a car) is an air strike as "مسيرة تركية قصفت" and "طائرة مسيرة تركية" already were, not shelling
(data/event_lexicon_ar.yaml, reading the drone as data/weapons.yaml does).

The round's six whole reports (tests/fixtures/events_arabic/reports.yaml, ids "r32-...": a Malian army drone on a
market near Timbuktu, RSF abductions in Geneina, an Israeli raid on al-Nabi Shit in Baalbek district, an al-Shabaab IED
on the Kismayo - Jamame road counted in Arabic-Indic digits, a Turkish drone near Penjwen in Sulaymaniyah, a jobless
sit-in in Kasserine) read five of six right on their first run; all six are read right now. Every sentence is written
for this test (real places, invented incidents).
"""
from __future__ import annotations

import pytest

from conftest import arabic_mentions


def _mention(resources, text: str):
    """The report's one mention."""
    mentions = arabic_mentions(resources, text)
    assert len(mentions) == 1, [(m.event_type, [a.name for a in m.actors]) for m in mentions]
    return mentions[0]


@pytest.mark.parametrize("text,side", [
    # "a Turkish drone struck a car near Penjwen in Sulaymaniyah, killing two people"
    ("قصفت مسيرة تركية سيارة قرب ناحية بنجوين في محافظة السليمانية، ما أدى إلى مقتل شخصين.", "Military Forces of Turkey"),
    # "an Israeli drone targeted a motorbike in the town of Kfar Kila, wounding a young man"
    ("استهدفت مسيرة إسرائيلية دراجة نارية في بلدة كفركلا جنوب لبنان، ما أدى إلى إصابة شاب.",
     "Military Forces of Israel"),
])
def test_a_national_drone_after_its_verb_is_an_air_strike(resources, text, side):
    m = _mention(resources, text)
    assert m.event_type == "AIR_STRIKE"
    assert (side, "actor1") in {(a.name, a.role) for a in m.actors}
    assert "drone" in {w.name for w in m.weapons}


def test_turkish_artillery_stays_shelling(resources):
    """Guard: "Turkish artillery shelled a village in rural Raqqa, wounding two civilians": no drone, no air strike."""
    m = _mention(resources, "قصفت المدفعية التركية قرية في ريف الرقة، ما أدى إلى إصابة مدنيين اثنين.")
    assert m.event_type == "ART_MISS_ATTACK"


def test_a_protest_march_is_no_drone(resources):
    """Guard: "hundreds of students organised a protest march in the city of Kasserine": "مسيرة احتجاجية" a march."""
    m = _mention(resources, "نظم مئات الطلاب مسيرة احتجاجية في مدينة القصرين للمطالبة بتحسين الخدمات.")
    assert m.event_type == "PEACE_PROTEST"
    assert not m.weapons
