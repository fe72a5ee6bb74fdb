"""Whether a name only says where a firm or group is based ("a Rotterdam-based dredging firm").

An unheld name (a beach, a suburb, a village) stands in at the place named just before it (geo/fallback.py),
which is usually where the story is. A foreign base written as a modifier is not: it says where the firm's
office or the monitor's desk is, not where the sentence's work happens ("engineers from a Rotterdam-based firm
will pump sand onto the beach at X" in a Uruguayan story, "the London-based monitor said X was shelled"). X lies
where the story is, so the base is passed over for a place nearer still or for the document's focus. A base in
the focus's own country is often the very town the work is done in ("a Montego Bay-based firm restored power at
X" under a Kingston dateline), so it still stands in.
"""
from __future__ import annotations

import re
from typing import Optional

from eventwatch.model import Place, Toponym

# "Rotterdam-based", "a Rotterdam based firm": the modifier written right after the name; not the verb ("police
# in Montego Bay based their case on", "officials in Maldonado based the closure on a survey"), whose object
# follows it.
_BASED_AFTER = re.compile(r"(?i)(?:-|\s)based\b(?!\s+(?:on|upon|it|its|them|their|his|her|our|the|a|an|this|that|"
                          r"these|those|much|most|all|part|some)\b)")


def names_a_base(toponym: Toponym) -> bool:
    """Whether the name is written as an "X-based" modifier in the sentence its place was read from.

    Only the toponym's own place is asked: a stand-in (`fallback`) carries the sentence of the name it stands in
    at, so the toponym's offsets do not point into it; a place's evidence is checked to hold the name where the
    offsets say, for the same reason."""
    evidence = toponym.place.evidence if toponym.place is not None else None
    if evidence is None or not evidence.sentence:
        return False
    start, end = toponym.start - evidence.sentence_start, toponym.end - evidence.sentence_start
    if start < 0 or evidence.sentence[start:end] != toponym.text:
        return False
    return _BASED_AFTER.match(evidence.sentence, end) is not None


def foreign_base(near: Toponym, focus: Optional[Place]) -> bool:
    """Whether `near` is a firm's base written as a modifier ("a Rotterdam-based firm") in another country than
    the document's focus: where the office is, not where the story happens."""
    if focus is None or not focus.country_code or near.place is None or not near.place.country_code:
        return False
    return near.place.country_code != focus.country_code and names_a_base(near)
