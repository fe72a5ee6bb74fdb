"""Going into a place across its edge: "refugees crossed into Renk", "fighters advanced into X".

"into" after a name's verb is a weak cue on its own: it takes what one runs, bumps or buys into ("ran into
Smith", "bought into Tesla"). After a verb of crossing or of going it takes where the movers arrived, as "to"
after a verb of going does (geo/cue_readers.motion_before), so the name after it is firmly a place: a county
held only under its bare name ("Renk" for Renk County) is then kept as it is after "in". Not a surname the story
gives a person (geo/context_reading._firmness): one "crept into Marshall" under the basket.
"""
from __future__ import annotations

from typing import Optional

from eventwatch.geo.cue_readers import motion_before
from eventwatch.geo.lexicon import Cues
from eventwatch.geo.normalise import Token

# Verbs of crossing a line or of a force's going through it, beside the verbs of going. Not the verbs of a
# flow ("poured", "streamed", "surged", "swept"): money and buyers pour into a firm as often ("investors
# poured into Amazon").
# Nor "pushed"/"pushing", "slipped", "bumped": one pushes into a person as readily as into a town ("the forward
# pushed into Marshall under the basket").
_CROSSING_VERBS = frozenset({"cross", "crosses", "crossed", "crossing", "infiltrated", "infiltrating", "advanced",
                             "advancing", "smuggled", "trekked", "crept", "ventured", "penetrated", "incursion",
                             "incursions"})


def crossed_into(cues: Cues, b2: Optional[Token], b3: Optional[Token]) -> bool:
    """Whether the words before a name's "into" (b2 right before it, b3 before that) are a verb of crossing or
    of going ("crossed into X", "fled back into X")."""
    if b2 is not None and b2.text.islower() and b2.norm in _CROSSING_VERBS:
        return True
    if b2 is not None and b2.text.islower() and b2.norm in cues.motion_particles and b3 is not None \
            and b3.text.islower() and b3.norm in _CROSSING_VERBS:
        return True
    return motion_before(cues, b2, b3)
