"""Arabic report shapes of round fifteen: a bare "الجيش الوطني" in a theatre whose army no entry names so, the
owner of the thing an attack hit written with a joined "ل", a weapon that is the thing hit, a reported clause
whose subject comes first ("إن طفلا قتل"), and fishermen and herders as civilians.

Every sentence is written for this test (real places, invented incidents).
"""
from __future__ import annotations

import pytest

from conftest import arabic_mention
from eventwatch.extract.actors import ActorRegistry
from eventwatch.extract.arabic_events import find_arabic_casualties
from eventwatch.extract.theatre_aliases import theatre_entry
from eventwatch.model import Sentence


def counts(text: str) -> dict[str, tuple]:
    found = find_arabic_casualties(Sentence(0, len(text), text))
    return {k: (q.low, q.best, q.high) for k, q in found.items()}


# -- the bare national army where the theatre's army has no entry of that name ---------------------------------------

@pytest.mark.parametrize("country", ["Mauritania", "Tunisia"])
def test_the_bare_national_army_is_the_theatres_own_army(country):
    registry = ActorRegistry.load()
    entry = registry.by_name["Syrian National Army"]
    assert theatre_entry(registry, "الجيش الوطني", entry, country).name == "Military Forces"  # filled by country


def test_a_mauritanian_report_of_the_national_army_codes_mauritanias_forces(resources):
    # "the national army announced three gunmen killed in a clash near Nouadhibou"
    found = arabic_mention(resources, "أعلن الجيش الوطني مقتل ثلاثة مسلحين في اشتباك قرب مدينة نواذيبو يوم الخميس")
    names = {a.name for a in found.actors}
    assert "Military Forces of Mauritania" in names and "Syrian National Army" not in names


# -- the owner of the thing hit, written with a joined "ل" ------------------------------------------------------------

def test_the_owner_of_the_vehicle_a_blast_fell_on_was_acted_on(resources):
    # "an IED blew up on a military vehicle of the Iraqi army near Mosul, wounding two soldiers"
    found = arabic_mention(resources, "انفجرت عبوة ناسفة على آلية عسكرية للجيش العراقي قرب الموصل ما أدى إلى إصابة جنديين")
    assert ("Military Forces of Iraq", "actor2") in {(a.name, a.role) for a in found.actors}
    assert not any(a.role == "actor1" for a in found.actors)


def test_a_vehicle_an_ied_targeted_is_no_weapon_used(resources):
    # "an IED targeted a tank of the Iraqi army west of Kirkuk, killing two soldiers"
    found = arabic_mention(resources, "قتل جنديان بانفجار عبوة ناسفة استهدفت دبابة للجيش العراقي غرب كركوك")
    assert {w.name for w in found.weapons} == {"improvised explosive device"}
    assert ("Military Forces of Iraq", "actor2") in {(a.name, a.role) for a in found.actors}


# -- a reported clause whose subject comes first ------------------------------------------------------------------------

@pytest.mark.parametrize("text,kind", [
    ("قال المصدر إن طفلا قتل بقذيفة هاون", "killed"),  # "that a child was killed"
    ("أكدت المصادر أن شابا أصيب برصاص قناص", "injured"),  # "that a young man was wounded"
])
def test_one_person_before_a_singular_casualty_verb_is_counted(text, kind):
    assert counts(text)[kind] == (1, 1, 1)


def test_an_object_after_the_verb_is_still_counted_once():
    assert counts("قال إن القصف قتل طفلا")["killed"] == (1, 1, 1)


# -- fishermen and herders --------------------------------------------------------------------------------------------

@pytest.mark.parametrize("text,kind,n", [
    ("قتل صيادان بقصف على قارب قبالة سواحل الحديدة", "killed", 2),  # two fishermen
    ("اختطف مسلحون مجهولون راعيين قرب مدينة غاو", "abducted", 2),  # two herders
])
def test_fishermen_and_herders_are_civilians_counted(resources, text, kind, n):
    found = arabic_mention(resources, text)
    assert any(a.name.startswith("Civilians") for a in found.actors)
    assert dict(found.casualties.items())[kind].best == n
