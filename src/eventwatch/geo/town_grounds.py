"""Ground named after the town it surrounds: a front's sector ("the Uri sector", "the Tangdhar sector of
Kupwara"), hills or a forest the gazetteer has no entry for ("the Gwoza hills", "the Butig forest").

Armies and peacekeepers divide a front or a border into sectors named after the town at their centre, as the Line of
Control in Kashmir and UN missions' areas are divided; reporters name the hills and forests where fighters hide
after the nearest town. A clash "in the X sector" or "in the X hills" happened on the ground around X, not in the
town itself, so the town stands near the event (UCDP precision 2), not at it (1). Where the gazetteer holds the
feature under that name ("the Hamrin mountains"), the recogniser reads the whole name and this module is never
asked. The word must be lower case and follow a town's own spelling: a capitalised word opens a unit's, a zone's or
a feature's own name ("Sector West", "Black Forest"), and a look-alike spelling names no town's ground. The name
must follow "in the", "from the" or the like: opening a clause ("The Obama sector ...") it is as often a person's
or a firm's.
"""
from __future__ import annotations

from typing import Optional, Sequence

from eventwatch.geo.gazetteer import Candidate
from eventwatch.geo.normalise import Token

# The lower-case words for ground named after a town, as reports write them after its name. Not "valley",
# "mountains", "plains" or "desert": those are named after a river or a range as often ("the Zambezi valley",
# "the Sava valley"), whose namesake town lies far from them.
_GROUND_WORDS = frozenset({"sector", "sub-sector", "subsector", "hills", "forest", "bush"})


# A ground word after a name that opens its sentence ("The X sector was shelled") is as often a person's or a
# firm's ("The Obama sector ..."), so only a lower-case "the" inside a sentence sets the ground, whatever comes
# before it ("in the X sector", "shelling hit the X sector", "troops combed the X hills").


def ground_after(a1: Optional[Token], readings: Sequence[Candidate], b1: Optional[Token] = None) -> Optional[Token]:
    """The lower-case ground word `a1` right after a town's name, or None where a1 is none, the name is no
    populated place's own spelling, or no lower-case "the" (`b1`, inside a sentence) sets the ground."""
    if a1 is None or a1.norm not in _GROUND_WORDS or not a1.text.islower():
        return None
    if b1 is None or b1.text != "the":
        return None
    if not any(c.exact and c.feature_code.startswith("PPL") for c in readings):
        return None
    return a1
