"""An air arm as the subject of a verb of attack: "طيران الجيش قصف السوق", "سلاح الجو استهدف تجمعا".

Reports of the warring sides credit a strike to the aviation that flew it, written before its verb; no noun of
an air strike ("غارة", "قصف جوي") need follow. The aircraft then is how the attack came: an air strike, as
"قصف الطيران" (the verb before its aircraft) already is. A drone doing so is left alone: the coding names a
drone strike by the drone.
"""
from __future__ import annotations

import re

from eventwatch.extract.arabic_lexicon import ArabicLexicon, fold

# the verbs of a strike from the air, perfect or imperfect, of either gender
_STRIKE_VERB = r"(?:[يت]?(?:قصف|ستهدف|ضرب)|استهدف)(?:ت|وا)?"
# up to two words of the air arm's owner between it and its verb ("طيران الجيش السوداني قصف")
_OWNER = r"(?:\s+[\u0621-\u064a]+){0,2}?"
_AFTER_AIRCRAFT = re.compile(rf"^{_OWNER}\s+(?:[وف])?{_STRIKE_VERB}(?![\u0621-\u064a])")
_DRONE = re.compile(r"^\s*(?:ال)?(?:مسير|مسيره|مسيرات|بدون طيار|انتحاري|مفخخ)")


def air_arm_strikes(text: str, lex: ArabicLexicon) -> list[tuple[int, int]]:
    """(start, end) of each "aircraft ... verb of attack" in `text`, from the aircraft to the verb's end."""
    folded = fold(text)
    out = []
    for s, e, _ in lex.aircraft.find(text):
        if _DRONE.match(folded[e:]):
            continue
        m = _AFTER_AIRCRAFT.match(folded[e:])
        if m:
            out.append((s, e + m.end()))
    return out


__all__ = ["air_arm_strikes"]
