"""Arabic report shapes of round fourteen: a bare actor name that opens several actors' full names ("الجيش
الوطني") read in the report's theatre, a unit named by its weapon ("القوة الصاروخية") that is no weapon used,
and travellers and a place's own residents as civilians.

Every sentence is written for this test (real places, invented incidents).
"""
from __future__ import annotations

from datetime import datetime

import pytest

from eventwatch.extract.actors import ActorRegistry
from eventwatch.extract.theatre_aliases import theatre_entry
from eventwatch.model import Document
from eventwatch.pipeline import process

PUBLISHED = datetime(2024, 6, 1, 12, 0)


def report(text: str) -> Document:
    return Document(id=f"ar14{abs(hash(text)) % 10**8}", sha256="0" * 64, raw=text.encode(), text=text,
                    publisher="Test Monitor", published_at=PUBLISHED, language="ar")


def actors(resources, text: str) -> set[tuple[str, str]]:
    return {(a.name, a.role) for m in process(resources, report(text)) for a in m.actors}


# -- a bare actor name follows the report's theatre ---------------------------------------------------------

@pytest.mark.parametrize("country,expected", [
    ("Yemen", "Military Forces of Yemen (Government)"),
    ("Libya", "Libyan National Army (Haftar)"),
    ("Syria", "Syrian National Army"),  # the entry that lists the bare name keeps it in its own country
    (None, "Syrian National Army"),
])
def test_the_bare_national_army_is_the_one_of_the_events_country(country, expected):
    registry = ActorRegistry.load()
    entry = registry.by_name["Syrian National Army"]
    assert theatre_entry(registry, "الجيش الوطني", entry, country).name == expected


def test_the_bare_national_army_after_a_joined_li_is_the_one_of_the_events_country():
    # "تابع للجيش الوطني" (belonging to the national army): ل + ال is written لل, and the mention keeps one ل
    registry = ActorRegistry.load()
    entry = registry.by_name["Syrian National Army"]
    assert theatre_entry(registry, "لجيش الوطني", entry, "Yemen").name == "Military Forces of Yemen (Government)"
    assert theatre_entry(registry, "لجيش الوطني", entry, "Syria") is entry


def test_a_full_name_with_its_country_is_never_moved_to_another_theatre():
    registry = ActorRegistry.load()
    entry = registry.by_name["Syrian National Army"]
    assert theatre_entry(registry, "الجيش الوطني السوري", entry, "Yemen") is entry


def test_a_yemeni_report_of_the_national_army_codes_yemens_army(resources):
    # "the national army said its forces repelled a Houthi attack in Hays district"
    found = actors(resources, "قال الجيش الوطني إن قواته صدت هجوما لميليشيا الحوثي في مديرية حيس يوم الأربعاء")
    assert ("Military Forces of Yemen (Government)", "actor2") in found
    assert not any(name == "Syrian National Army" for name, _ in found)


# -- a unit named by its weapon -----------------------------------------------------------------------------

def test_a_force_named_by_its_weapon_is_no_weapon_used(resources):
    # "the missile force fired drones at a camp": the unit's adjective is no rocket
    mentions = process(resources, report("استهدفت القوة الصاروخية بطائرات مسيرة معسكرا في مديرية صرواح يوم الخميس"))
    assert mentions and {w.name for w in mentions[0].weapons} == {"drone"}


def test_rocket_shells_are_still_rockets(resources):
    mentions = process(resources, report("سقطت قذائف صاروخية على حي سكني في مدينة حلب فقتل طفلان"))
    assert mentions and "rocket" in {w.name for w in mentions[0].weapons}


# -- travellers and residents -------------------------------------------------------------------------------

@pytest.mark.parametrize("text", [
    "قتل أربعة مسافرين بانفجار عبوة ناسفة على طريق سبها يوم الاثنين",  # four travellers
    "اقتحم مسلحون قرية في ريف الفاشر وقتلوا خمسة من سكانها",  # five of its residents
])
def test_travellers_and_a_places_own_residents_are_civilians(resources, text):
    assert any(name.startswith("Civilians") and role == "actor2" for name, role in actors(resources, text))
