"""Where a person named beside the event comes from: "one of them, a native of Yala, died later", "the victim,
who hailed from X", "a teacher originally from Y", "most of them travellers from Z".

A report names a victim's or a fighter's home town to say who they were, not where the event was: UCDP and
ACLED code the event where it happened ("in Z district"). Unlike a speaker's seat, such a town is not dropped
when its sentence names nothing else ("a native of X was shot dead on Monday" may well have died at home);
it only ranks after the sentence's other places.
"""
from __future__ import annotations

import re

# A person's origin directly before the name, through an optional article and "town/village/city of".
_ORIGIN_BEFORE = re.compile(
    r"(?i)\b(?:natives?\s+of|hail(?:s|ed|ing)?\s+from|originally\s+from|home\s*towns?\s+(?:of|was|is)|"
    r"born\s+and\s+raised\s+in|born\s+in|"
    # people on a journey named by where they set out or live ("most of them travellers from X", "pilgrims from
    # Y"): who the victims were, as "a native of X" says; the ambush was on the road, not in their town
    r"(?P<travellers>(?:travell?ers|passengers|pilgrims|commuters|holidaymakers|tourists|visitors)\s+from))"
    r"\s+(?:the\s+)?(?:(?:town|village|city|district)\s+of\s+)?$"
)
# A verb of taking, holding or freeing a few words before the travellers ("abducted 30 passengers from X",
# "troops rescued pilgrims from Y"): "from X" is then where they were taken or freed, the event's own place.
_TAKEN_BEFORE = re.compile(
    r"(?i)\b(?:abduct|kidnapp?|seiz|snatch|rescu|evacuat|freed|frees|freeing|releas|took|taken|taking|pulled|"
    r"dragged|ordered|removed|captur|grabb|held|holding|hijack|whisk|airlift|extract|repatriat)\w*"
    r"\s+(?:[\w,'’-]+\s+){0,3}$"
)


def person_origin(before: str) -> bool:
    """Whether the text right before a name (`before`, up to the name) says it is a person's home town
    ("..., a native of ")."""
    m = _ORIGIN_BEFORE.search(before)
    if m is None:
        return False
    return m.group("travellers") is None or _TAKEN_BEFORE.search(before, 0, m.start("travellers")) is None
