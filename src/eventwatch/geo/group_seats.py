"""A group named by the town it sits in ("a rights group in Bangkok said", "exile groups in Munich reported",
"activists in Beirut condemned the raids") speaks from that town about what happened elsewhere. Only with the
verb straight after the name: "police detained activists in Minsk, said a rights group" has the group's town as
the scene, the speaker after.

Groups often sit where it happened, though: "activists in Kafranbel said barrels struck the town's market, as
fighting raged across Idlib province" tells of Kafranbel, and the province only holds it. So the seat gives way
only to a place that does not hold it (another country, another first-level division, another town), and not to
where people fled from or into ("thousands fled across the border into Chad"): what the fled named is not the
event's place (geo/event_location.py decides with the sentence's other names).
"""
from __future__ import annotations

import re

from eventwatch.model import WHERE_PREC_ADMIN1, WHERE_PREC_ADMIN2, WHERE_PREC_REGION, Place

GROUP_BEFORE = re.compile(
    r"(?i)\b(?:groups?|organi[sz]ations?|NGOs?|charit(?:y|ies)|activists?|campaigners?|exiles?|diaspora|"
    r"watchdogs?|associations?|committees?|coalitions?|networks?|federations?)\s+(?:in|from)\s+(?:the\s+)?$"
)
# "claimed" says something only when no toll or blame follows: "clashes between herder groups in X claimed 40
# lives" is the violence taking them there.
GROUP_SPEECH_AFTER = re.compile(
    r"(?i)\s+(?:said|says|say|told|reported|reports|stated|announced|confirmed|condemned|condemns|denounced|"
    r"denounces|deplored|claimed(?!\s+(?:the\s+)?(?:[\w,.-]+\s+){0,3}?(?:lives?|responsibility|victims?|deaths?)\b))\b")
# "fled from X", "who had fled into X", "fled across the border into X", "fleeing to X": where people went or
# came from, not the event's place.
_FLED_BEFORE = re.compile(
    r"(?i)\b(?:fled|flee(?:ing)?|escaped)\s+(?:(?:back\s+)?(?:from|into|to|towards)|across\s+[^.;]{0,40}?\b(?:into|to))"
    r"\s+(?:the\s+)?(?:[\w'’-]+\s+){0,2}?$")


def group_speaks(sentence: str, before: str, end: int) -> bool:
    """Whether the name ending at `end` is a group's seat, the group saying something straight after it."""
    return GROUP_SPEECH_AFTER.match(sentence, end) is not None and GROUP_BEFORE.search(before) is not None


def fled_place(before: str) -> bool:
    """Whether the words before a name say people fled from or into it."""
    return _FLED_BEFORE.search(before) is not None


def holds(place: Place, seat: Place) -> bool:
    """Whether `place` holds the group's seat: its country or a region of it, its first-level division, or its
    second-level division (where both are known). A town, a camp or another division does not."""
    if place.country_code is None or place.country_code != seat.country_code:
        return False
    if place.precision >= WHERE_PREC_REGION:
        return True
    if place.precision == WHERE_PREC_ADMIN1:
        return bool(place.admin1) and place.admin1 == seat.admin1
    if place.precision == WHERE_PREC_ADMIN2:
        return bool(place.admin1) and place.admin1 == seat.admin1 and bool(place.admin2) \
            and place.admin2 == seat.admin2
    return False
