"""An army's operations command is named for the area it holds, and belongs to the force named right after it.

Iraq's army fights through regional operations commands, each named for its province or front ("قيادة عمليات
الأنبار", "قيادة عمليات سامراء"), and reports name the command as the side that acted. The place in the name is read
as a part of the name (embedded), so a report that names no other place ("أعلنت قيادة عمليات الأنبار مقتل ثلاثة
مسلحين بضربة جوية") would be placed nowhere: the area the command holds is where it acted, so when the sentence
names no place of its own, that area is the event's (`command_area`).

Other forces name their commands the same way ("قيادة عمليات نينوى للحشد الشعبي", the Popular Mobilization's
Nineveh command; "قيادة عمليات ... في الجيش السوداني"): a command's name followed right away by another force, joined
by "ل" or "في" or "التابعة ل", is that force's, not the army the registry files the bare name under
(`commands_of_other_forces`).
"""
from __future__ import annotations

import copy
import re
from typing import Any, Optional

from eventwatch.extract.arabic_lexicon import fold

# "قيادة عمليات X", "قيادة عمليات غرب X", folded, at the end of the text before X
_COMMAND_BEFORE = re.compile(r"(?:^|\s)\S?قياده\s+(?:ال)?عمليات\s+(?:(?:شمال|جنوب|شرق|غرب|وسط)\s+)?$")
_COMMAND_OPENS = re.compile(r"\S?قياده\s+(?:ال)?عمليات\s")
# between a command's name and the force it belongs to: nothing, "ل" joined ("للحشد"), "في", "التابعة ل"
_OWNER_GAP = re.compile(r"\s*(?:ل|في|التابعه\s+ل)?\s*")


def commands_of_other_forces(actors: list, sentence: Any) -> list:
    """The actors less a command's name ("قيادة عمليات نينوى") that another force's name follows right after
    ("للحشد الشعبي", "في الجيش السوداني"): the command is that force's, which is named already."""
    drop = set()
    for k, a in enumerate(actors):
        if a.evidence is None or not _COMMAND_OPENS.match(fold(a.raw) + " "):
            continue
        for b in actors:
            if b is a or b.evidence is None or b.name == a.name or b.evidence.start < a.evidence.end:
                continue
            gap = fold(sentence.text[a.evidence.end - sentence.start : b.evidence.start - sentence.start])
            if _OWNER_GAP.fullmatch(gap):
                drop.add(k)
                break
    return [a for k, a in enumerate(actors) if k not in drop] if drop else actors


def _area(place: Any) -> bool:
    """Whether a place can be a command's area: a division or a town, not a quarter of a city (PPLX)."""
    code = place.feature_code or ""
    return code.startswith(("ADM", "PPLA", "PPLC")) or code == "PPL"


def command_area(toponyms: list, sentence: Any) -> Optional[Any]:
    """The place a command's name holds ("قيادة عمليات الأنبار" -> Al Anbar), the first in the sentence, or None;
    a name read as a city's quarter ("صلاح الدين" read as Aleppo's) is no command's area."""
    for t in toponyms:
        if not (sentence.start <= t.start < sentence.end) or t.locational or t.place is None or not _area(t.place):
            continue
        if _COMMAND_BEFORE.search(fold(sentence.text[: t.start - sentence.start])):
            return copy.deepcopy(t.place)
    return None
