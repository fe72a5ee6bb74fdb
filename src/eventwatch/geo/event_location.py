"""Which of a sentence's places is where the event happened."""
from __future__ import annotations

import copy
from typing import Optional

from eventwatch.geo.roads import ROAD_END
from eventwatch.model import Place, Toponym

# Cues that put the event at the place ("in X", "near X", "village of X") rather than mention it.
_EVENT_CUES = frozenset(
    "in at near outside inside into on village town city area outskirts vicinity countryside rural suburbs "
    "camp neighbourhood neighborhood district province governorate struck hit shelled bombed targeted "
    "stormed captured besieged raided".split()
)


def choose_event_location(toponyms: list[Toponym], start: int, end: int) -> Optional[Place]:
    """The most specific locational place named in [start, end).

    Actors' origins (demonyms, "Moscow said") are not locational and never chosen. Among the rest, a lower
    UCDP precision code wins (a town beats "rural Aleppo", which beats "Syria"), then a name with an
    event cue ("in", "near", "village of"), then the earliest. When only unresolved names are there, the
    best one's stand-in place is returned (its raw text is the unresolved name).
    """
    # A town a road is named after ("the Damascus–Aleppo highway") is not where the event is: the road is.
    inside = [t for t in toponyms if t.locational and t.place is not None and start <= t.start < end
              and t.cue != ROAD_END]
    if not inside:
        # Only names the gazetteer cannot place: the event keeps the stand-in of the best cued one
        # ("the village of X, Idlib" → Idlib, coarser precision, raw "X").
        stand_ins = [t for t in toponyms if t.locational and t.place is None and t.fallback is not None
                     and start <= t.start < end]
        if not stand_ins:
            return None
        best = min(stand_ins, key=lambda t: (0 if (t.cue or "") in _EVENT_CUES else 1, t.fallback.precision, t.start))
        return copy.deepcopy(best.fallback)
    best = min(inside, key=lambda t: (t.place.precision, 0 if (t.cue or "") in _EVENT_CUES else 1, t.start))
    return copy.deepcopy(best.place)


def unresolved_names(toponyms: list[Toponym], start: int, end: int) -> list[str]:
    """Locational names in [start, end) the gazetteer could not resolve (kept so nothing is lost)."""
    return [t.text for t in toponyms if t.locational and t.place is None and start <= t.start < end]
