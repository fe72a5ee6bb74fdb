"""A vehicle named right after a verb of attack whose subject is a weapon is what the weapon hit, not a weapon used.

"انفجار عبوة ناسفة استهدفت مدرعة عسكرية" (an IED that hit an armoured vehicle), "صاروخ موجه استهدف آلية للقوات": the
weapon before the verb is its subject, the vehicle after it its object. The owner written after the vehicle
("مدرعة للجيش") was read so before (`_thing_hit` of extract/arabic_events.py); without one, the vehicle was coded as a
second weapon. Only a platform counts (a vehicle, an aircraft, a ship: what carries a weapon), and only with a
weapon written in the two words before the verb: "قصفت مدرعات الجيش القرية" (the army's armoured vehicles shelled
the village) has none, and the vehicles are the weapon.
"""
from __future__ import annotations

import re

from eventwatch.extract.arabic_lexicon import ArabicLexicon
from eventwatch.extract.weapons import default_lexicon

# where a clause ends: a weapon across it is no subject of the verb after it
_CLAUSE_BREAK = re.compile(r"[،,.;؛:!?()\n]")


def vehicle_hit_by_weapon(text: str, start: int, lex: ArabicLexicon) -> bool:
    """Whether the platform named at `start` in `text` is written right after a verb of attack (the lexicon's
    `verbs`) with a weapon's name in the two words before that verb."""
    words = _CLAUSE_BREAK.split(text[:start])[-1].split()
    if len(words) < 2 or not lex.roles["verbs"].find(words[-1]):
        return False
    return bool(default_lexicon().match_arabic(" ".join(words[-3:-1])))


__all__ = ["vehicle_hit_by_weapon"]
