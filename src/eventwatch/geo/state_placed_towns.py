"""A town the writer places in another state stands in for no unheld name of a later sentence.

"MOOREFIELD, W.Va. — ... They expect some to commute from Winchester, Va. Growers near Mathias and Baker said
...": a paper under a dateline writes the state after a town only when the town lies outside the dateline's state
(the wire services' style), so the writer has said the town is elsewhere. An unheld hamlet named in a later
sentence is the paper's own, not Winchester's neighbour: the document's focus stands in for it, as
geo/focus_countries.py `foreign_before` has a city abroad stand in for nothing in the next sentence. Within one
sentence the town may still hold the name ("a farm in Winchester, Va., near Opequon").

Only a town named as where people or goods come from ("from Winchester, Va.") is so set aside: the story stays
home and the town is a commute's far end. A town the story goes to ("bought a mill in Keyser, W.Va.") may carry it
on into the next sentence ("Workers at the mill near X"), and there X is the town's neighbour, as without the rule.
"""
from __future__ import annotations

import re
from typing import Sequence

from eventwatch.geo.dateline_divisions import DATELINE_CUE
from eventwatch.model import Toponym

# The most characters between a town and the state written after it (", ").
_STATE_GAP = 2
# The town named as where people come from: "commute from Winchester, Va.", "drive in from Twin Falls, Idaho",
# with a word of nearness or distance between ("from nearby Keyser, W.Va.", "from as far as Cumberland, Md.").
_FROM = re.compile(r"\bfrom\s+(?:(?:nearby|neighbou?ring|surrounding|distant|faraway|far-off|"
                   r"as\s+far(?:\s+away)?\s+as)\s+)?\Z", re.IGNORECASE)


def placed_in_another_state(toponyms: Sequence[Toponym], j: int, k: int) -> bool:
    """Whether toponyms[j], under a dateline, is a town of the dateline's country written with another
    first-level division after it ("Winchester, Va."), named in an earlier sentence than the unheld name
    toponyms[k]. Without a dateline nothing says the paper is local ("a class in Fresno, Calif." in a digest of
    clips from many cities)."""
    if not toponyms or toponyms[0].cue != DATELINE_CUE or toponyms[0].place is None:
        return False
    home, near = toponyms[0].place, toponyms[j]
    p = near.place
    if p is None or not home.admin1 or p.country_code != home.country_code \
            or not p.admin1 or p.admin1 == home.admin1 or j + 1 >= k:
        return False
    state = toponyms[j + 1]
    if state.place is None or state.place.feature_code != "ADM1" or state.place.admin1 != p.admin1 \
            or state.start - near.end > _STATE_GAP:
        return False
    ev = p.evidence
    if ev is None or not ev.sentence or toponyms[k].start < ev.sentence_start + len(ev.sentence):
        return False
    return bool(_FROM.search(ev.sentence[: max(0, near.start - ev.sentence_start)]))
