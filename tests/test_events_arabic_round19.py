"""Arabic report shapes of round nineteen through the pipeline: a roadside bomb that went off "on" a patrol
written with a joined "ب" ("بدورية"), the members of a side counted after a killing ("قتل ٥ من مسلحي X"), and an
army's "military operation" against an armed group, which a coder types as fighting.

Every sentence is written for this test (real places, invented incidents).
"""
from __future__ import annotations

from conftest import arabic_mention


def sides(m) -> dict[str, set[str]]:
    return {role: {a.name for a in m.actors if a.role == role} for role in ("actor1", "actor2")}


def test_a_bomb_on_a_patrol_with_a_joined_letter_hits_the_patrols_owner(resources):
    # "a roadside bomb went off on a foot patrol of the Iraqi army near Tikrit, wounding two soldiers"
    m = arabic_mention(resources, "انفجرت عبوة ناسفة بدورية راجلة للجيش العراقي قرب تكريت، ما أدى إلى إصابة جنديين.")
    assert m.event_type == "REM_EXPLOS"
    assert sides(m) == {"actor1": set(), "actor2": {"Military Forces of Iraq"}}


def test_the_members_of_a_side_counted_after_a_killing_are_that_side(resources):
    # "four IS gunmen were killed in a military operation by the Iraqi army in the Anbar desert"
    m = arabic_mention(resources, "قتل ٤ من مسلحي تنظيم داعش في عملية عسكرية نفذها الجيش العراقي في صحراء الأنبار.")
    assert sides(m) == {"actor1": {"Military Forces of Iraq"}, "actor2": {"Islamic State"}}
    assert (m.casualties.killed.low, m.casualties.killed.best) == (4, 4)


def test_an_armys_military_operation_against_a_group_is_fighting(resources):
    m = arabic_mention(resources, "قتل ٤ من مسلحي تنظيم داعش في عملية عسكرية نفذها الجيش العراقي في صحراء الأنبار.")
    assert m.event_type == "ARMED_CLASH"
