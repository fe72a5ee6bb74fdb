"""A town named only as where a body that speaks sits: "a rights group in Nairobi said ...", "diplomats in Dakar told".

An organisation, an office or officials "in X" followed at once by a verb of saying are placed by X only as
speakers: rights groups, charities, embassies and ministries speak from their seats about events across borders.
So the town places nothing the statement reports. The resolver (`Resolver._judge`) refuses a village of a country
the story places nothing in when the story firmly places names elsewhere; a speaker's seat is no such place:
"a rights group in Nairobi said militiamen burned homes near Kapoeta" sets no story in Kenya, and Kapoeta is
South Sudan's town.

People who speak from the ground they live on ("residents in X said", "police in X said", "witnesses in X told")
are no speakers from a seat: their town is where the events are, and it stays a place of the story.
"""
from __future__ import annotations

import re
from typing import Sequence

from eventwatch.geo.name_span import NameSpan

# The speaking body and "in" (or "based in"), ending just before the name: an organisation or an office, whose
# seat is not its field. Neither police nor residents nor witnesses: they speak where the events are.
_BODY_IN = re.compile(
    r"(?i)\b(?:(?:rights|aid|advocacy|relief|humanitarian|monitoring|campaign|lobby|pressure|watchdog)\s+groups?|"
    r"charit(?:y|ies)|organi[sz]ations?|NGOs?|agenc(?:y|ies)|watchdogs?|observatory|ministry|ministries|"
    r"embass(?:y|ies)|consulates?|diplomats?|envoys?|spokes(?:man|woman|person)|analysts?|researchers?|"
    r"headquarters|secretariat|think[ -]tank)"
    r"(?:\s+(?:based|headquartered))?\s+in\s+(?:the\s+)?$"
)
# A verb of saying right after the name ("in Nairobi said", "in Geneva has warned", "in Dakar told reporters").
_SAYS_AFTER = re.compile(
    r"(?i)\s*(?:(?:has|have|had)\s+)?(?:also\s+|earlier\s+|later\s+)?"
    r"(?:said|says|told|reported|warned|stated|announced|alleged|accused|claimed|urged|called\s+on)\b"
)


def speaker_seat(text: str, s: NameSpan) -> bool:
    """Whether span `s` is written only as the seat of a body that speaks: "<body> in X said"."""
    return _SAYS_AFTER.match(text, s.end) is not None \
        and _BODY_IN.search(text[max(0, s.start - 60) : s.start]) is not None


def speaker_seat_names(text: str, spans: Sequence[NameSpan]) -> frozenset[str]:
    """The names (`norm`) every mention of which is a speaker's seat (`speaker_seat`): a name also written as a
    place of the events ("clashes in Nairobi") places the story there."""
    if not text:
        return frozenset()
    seats: set[str] = set()
    placed: set[str] = set()  # names written at least once as no speaker's seat
    for s in spans:
        (seats if speaker_seat(text, s) else placed).add(s.norm)
    return frozenset(seats - placed)
