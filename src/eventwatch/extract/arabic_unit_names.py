"""A weapon's adjective after a noun of force names a unit, not a weapon used: "القوة الصاروخية".

Reports of the warring sides credit an attack to the unit that fired it: "القوة الصاروخية" (the missile force),
"القوات الصاروخية", "وحدات الصواريخ". The weapon's word there is the unit's name, as "Rocket Forces" is in
English; what the unit fired is told apart ("بصواريخ باليستية") or not at all. Read as a weapon it codes a
rocket beside the ballistic missile the report names. Only a force noun (a force, an arm, a unit) counts: "قذائف
صاروخية" (rocket shells) and "الأسلحة الصاروخية" (rocket weapons) are the weapons themselves.
"""
from __future__ import annotations

import re

from eventwatch.extract.arabic_lexicon import fold

# a force, an arm, a unit (with its article or clitics) right before the weapon's word
_FORCE_NOUN = re.compile(r"(?:^|[\s،,(])(?:[وف])?(?:ال)?(?:قوه|قوات|سلاح|وحده|وحدات)\s+(?:ال)?$")


def unit_name_weapon(sentence_text: str, start: int) -> bool:
    """Whether the weapon named at `start` in `sentence_text` is the adjective or genitive of a unit's
    name ("القوة الصاروخية"): a noun of force written right before it."""
    return _FORCE_NOUN.search(fold(sentence_text[max(0, start - 24) : start])) is not None


__all__ = ["unit_name_weapon"]
