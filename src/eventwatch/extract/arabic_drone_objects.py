"""A drone named right after a verb of striking is the verb's subject, unless the clause makes it the object.

data/event_lexicon_ar.yaml reads "قصفت مسيرة إسرائيلية" (an Israeli drone struck), "استهدفت مسيرة تركية" and the like
as an air strike: in the verb-first order of a report the noun right after the verb is its subject. But the same
words tell of a drone shot at: "أعلنت الفصائل أنها استهدفت مسيرة روسية" (the factions said they targeted a Russian
drone) has its subject in the pronoun of "أنها" / "إنها", and the drone is the object; so is a drone in a clause of
air defence ("بصاروخ أرض جو", a surface-to-air missile; "الدفاعات الجوية"; a form of "أسقط", shot down, or of
"اعترض", intercepted; "في أجواء X", in X's airspace). Such a pair names no strike. A drone that "dropped" a bomb
("أسقطت قنبلة") struck, so a form of "أسقط" before a thing dropped is no shoot-down; "أجواء" followed by "من" is an
atmosphere ("في أجواء من التوتر"), no airspace. Only the verb pairs are judged: a drone in construct after a noun of
striking ("بقصف مسيرة", by a drone's shelling) is its agent whatever the clause says.
"""
from __future__ import annotations

import re

from eventwatch.extract.arabic_lexicon import fold, without_short_vowels

_L = r"\u0621-\u064a"
# the verbs of striking the lexicon pairs with a drone, as a match of it opens (a conjunction may lead)
_VERB_PAIR = re.compile(r"^[وف]?(?:قصفت|استهدفت|اغارت|ضربت|هاجمت|شنت|اطلقت)\s*[-\s]\s*مسير")
# the pronoun subject right before the verb: "أنها", "إنها" (folded: "انها"), with a joined preposition or "و"
_PRONOUN_BEFORE = re.compile(rf"(?:^|[^{_L}])[وف]?[بل]?انها\s*$")
# air defence in the clause: a surface-to-air missile, air defences, interception, airspace
_DEFENCE = re.compile(rf"ارض\s*[-\s]?\s*جو(?![{_L}])|(?:^|[^{_L}])[وف]?(?:ال)?دفاع(?:ات)?\s+(?:ال)?جوي"
                      rf"|(?:^|[^{_L}])[وف]?(?:ال)?(?:[يت]عترض|اعترض|اعتراض)"
                      rf"|(?:^|[^{_L}])[وف]?(?:في|فوق|ب)\s*(?:ال)?اجواء(?![{_L}])(?!\s+من(?![{_L}]))")
# a form of "أسقط" (shot down: "أسقطت", "وأسقطتها", "إسقاط"), and the word after it; not "سقط" (fell: "سقط
# قتلى", the dead fell), nor the imperfect, which "يسقط" (falls) writes alike
_SHOT_DOWN = re.compile(rf"(?:^|[^{_L}])[وف]?(?:ال)?(?:اسقط|اسقاط)[{_L}]*(?:\s+([{_L}]+))?")
# things a drone drops: then "أسقطت" is its own act
_DROPPED = re.compile(r"^(?:ال)?(?:قنبل|قذيف|قذائف|عبو|متفجر|برميل|براميل|منشور)")
# where a clause ends: a sentence's stop, a semicolon, or "while" opening another clause
_CLAUSE_END = re.compile(rf"[.!?؟؛\n]|(?:^|[^{_L}])(?:فيما|بينما)(?![{_L}])")
_REACH = 300  # characters read each way for the clause


def _clause(text: str, start: int, end: int) -> str:
    """The clause around text[start:end], folded, within `_REACH` characters each way."""
    lo = max(0, start - _REACH)
    ends = [m.end() for m in _CLAUSE_END.finditer(text, lo, start)]
    head = ends[-1] if ends else lo
    tail = _CLAUSE_END.search(text, end, min(len(text), end + _REACH))
    return fold(without_short_vowels(text[head : tail.start() if tail else min(len(text), end + _REACH)]))


def drone_as_object(text: str, start: int, end: int) -> bool:
    """Whether the verb-and-drone pair matched at text[start:end] ("استهدفت مسيرة إسرائيلية") has the drone as the
    verb's object: the verb's subject is the pronoun of "أنها" before it, or its clause tells of air defence."""
    if not _VERB_PAIR.match(fold(without_short_vowels(text[start:end]))):
        return False
    if _PRONOUN_BEFORE.search(fold(without_short_vowels(text[max(0, start - 12) : start]))):
        return True  # "أعلنت الفصائل أنها استهدفت مسيرة روسية": the factions targeted the drone
    clause = _clause(text, start, end)
    if _DEFENCE.search(clause):
        return True
    return any(not (m.group(1) and _DROPPED.match(m.group(1))) for m in _SHOT_DOWN.finditer(clause))


__all__ = ["drone_as_object"]
