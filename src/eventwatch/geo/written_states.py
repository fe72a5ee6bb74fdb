"""A town written with its state after the comma ("ST. ALBANS, Vt.", "Soldotna, Alaska") lies in that state.

The resolver's rounds weigh a town's readings by the story's other places, and a small-town story names hamlets
the table lacks in their state but holds abroad ("Highgate", a Vermont town and a London district). Two such
names beside each other lend each other weight and can carry the dateline town abroad to a namesake near the
other ("St Albans", Hertfordshire), though the text wrote its state right after it. The written state is the
firmer word (geo/written_containers.py): a reading outside every reading of it is refused, and the town, left
unread, stands in at its state. Only where the container is plainly a state of a country whose papers write
towns so: every reading of it spelled as written is a first-level division of the United States, Canada or
Australia. A name that is also a country's or a city's ("Georgia", "New York", "Washington") is not firm
enough: "Tbilisi, Georgia" and "Queens, New York" keep their own readings. A state or a country before the comma
is no town of the next ("the Indiana, Ill., border"): it keeps its reading.

Only towns and the divisions below a state are bound to one state. A lake, an island, a river, a mountain or a
park ("Lake Tahoe, Nev.", "Mount Hood, Ore.", "Yellowstone National Park, Mont.") may straddle a state line or be
filed with no state at all, and a writer names the state where the story happened: such a feature is refused
only in another country. A town the table files with no state is of unknown state, not outside it. Where the
best reading is refused, the best ranked reading not outside the state is taken ("LONDON, Ky.": the Kentucky
town ranked below the English capital its districts pulled up); none, and the name stands in at its state.
"""
from __future__ import annotations

from typing import Optional, Sequence

from eventwatch.geo.gazetteer import Candidate
from eventwatch.geo.name_span import NameSpan
from eventwatch.geo.split_divisions import holds_filed

# Countries whose papers write a town with its state or province after a comma.
STATE_STYLE = frozenset({"US", "CA", "AU"})
# Divisions below a state: like towns, each lies wholly inside one state.
_SUB_STATE_DIVISIONS = frozenset({"ADM2", "ADM3", "ADM4", "ADM5", "ADMD"})


def _state_bound(c: Candidate) -> bool:
    """Whether reading c lies wholly inside one state: a town or a division below a state, not a natural
    feature or a park that may cross a state line ("Lake Tahoe", "Yellowstone National Park")."""
    return c.feature_code.startswith("PPL") or c.feature_code in _SUB_STATE_DIVISIONS


def outside_written_state(c: Candidate, container: NameSpan) -> bool:
    """Whether reading c, no state or country itself, lies outside a container that is plainly a state ("Vt.",
    "Alaska", "Sask."): every exact reading of the container is a first-level division of a state-style country,
    and c lies in another country, or is a town or a lesser division (`_state_bound`) the table files under a
    state none of them holds. A state code missing on either side is unknown, not outside."""
    if c.feature_code == "ADM1" or c.feature_code.startswith("PCL"):
        return False  # "near the Indiana, Ill., border": two states side by side, neither holding the other
    states = [b for b in container.candidates if b.exact]
    if not states or not all(b.feature_code == "ADM1" and b.country_code in STATE_STYLE for b in states):
        return False
    if not c.country_code:
        return False  # "Lake Erie, Pa.": a lake filed under no country, as under no state
    mine = [b for b in states if b.country_code == c.country_code]
    if not mine:
        return True  # "ST. ALBANS, Vt.": not Hertfordshire's town, nor any feature abroad
    if not _state_bound(c) or not c.admin1_code or not all(b.admin1_code for b in mine):
        return False  # "Lake Tahoe, Nev.", a lake on the line; a town filed with no state
    return not any(holds_filed(b.admin1_code, c.admin1_code) for b in mine)


def inside_written_state(ranked: Sequence[tuple[float, Candidate]], container: NameSpan) -> Optional[Candidate]:
    """The best ranked reading not outside the written state (`outside_written_state`), or None where every
    reading lies outside it ("LONDON, Ky.": the Kentucky town, not the English capital)."""
    return next((c for _sc, c in ranked if not outside_written_state(c, container)), None)
