"""Arabic report shapes of round sixteen: a province's police in construct, who may also announce their own
arrests; compound weapon names written with a hyphen; displaced people counted as a toll's victims; and a civil
body's statement opened by its own name and a colon.

Every sentence is written for this test (real places, invented incidents).
"""
from __future__ import annotations

from conftest import arabic_mention
from eventwatch.extract.arabic_events import find_arabic_casualties
from eventwatch.model import Sentence


def sides(m) -> dict[str, set[str]]:
    return {role: {a.name for a in m.actors if a.role == role} for role in ("actor1", "actor2")}


def counts(text: str) -> dict[str, tuple]:
    found = find_arabic_casualties(Sentence(0, len(text), text))
    return {k: (q.low, q.best, q.high) for k, q in found.items()}


# -- a province's police, in construct ------------------------------------------------------------------------------

def test_a_provinces_police_in_construct_arrest_and_the_count_after_the_province_is_theirs(resources):
    # "a force of the Nineveh police arrested five wanted men in the city of Mosul"
    m = arabic_mention(resources, "اعتقلت قوة من شرطة نينوى خمسة مطلوبين في مدينة الموصل مساء أمس.")
    assert sides(m)["actor1"] == {"Police Forces of Iraq"}
    assert (m.casualties.detained.low, m.casualties.detained.best) == (5, 5)


def test_a_police_that_announces_an_arrest_made_it(resources):
    # "the Basra police announced the arrest of three drug dealers in al-Zubayr district"
    m = arabic_mention(resources, "أعلنت شرطة البصرة القبض على ثلاثة تجار مخدرات في قضاء الزبير يوم الخميس.")
    assert m.event_type == "ARREST" and sides(m)["actor1"] == {"Police Forces of Iraq"}


# -- a hyphen between the words of a weapon's name ------------------------------------------------------------------

def test_surface_to_surface_written_with_a_hyphen_is_a_ballistic_missile(resources):
    # "the militias fired surface-to-surface missiles at the town of Sarmin, wounding two civilians"
    m = arabic_mention(resources, "أطلقت الميليشيات صواريخ أرض-أرض على بلدة سرمين ما أدى إلى إصابة مدنيين اثنين.")
    assert {w.name for w in m.weapons} == {"ballistic missile"}


# -- displaced people as the victims of a toll -----------------------------------------------------------------------

def test_displaced_people_killed_are_a_toll_not_a_displacement():
    # "four displaced people were killed and six displaced people wounded in shelling on the camp"
    assert counts("مقتل أربعة نازحين وإصابة ستة نازحين بقصف على المخيم") == {"killed": (4, 4, 4),
                                                                               "injured": (6, 6, 6)}


def test_a_count_of_displaced_people_with_no_other_toll_is_a_displacement():
    # "two thousand displaced people arrived at the camps"
    assert counts("وصل ألفا نازح إلى المخيمات بعد نزوح 2000 نازح من القرى")["displaced"][1] == 2000


# -- a civil body's statement headed by its name ---------------------------------------------------------------------

def test_a_civil_body_heading_its_statement_is_no_side(resources):
    # "Syrian Civil Defence: three civilians were wounded by regime artillery shelling on the town of Sarmin"
    m = arabic_mention(resources, "الدفاع المدني السوري: أصيب ثلاثة مدنيين بقصف مدفعي لقوات النظام على بلدة سرمين.")
    assert sides(m) == {"actor1": {"Military Forces of Syria"}, "actor2": {"Civilians (Syria)"}}


def test_a_civil_body_struck_in_the_report_stays_the_side_acted_on(resources):
    # "regime shelling targeted a Civil Defence centre in the town of Sarmin"
    m = arabic_mention(resources, "استهدف قصف مدفعي لقوات النظام مركزا للدفاع المدني في بلدة سرمين.")
    assert "Syrian Civil Defence (White Helmets)" in sides(m)["actor2"]
