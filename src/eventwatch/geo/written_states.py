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
"""
from __future__ import annotations

from eventwatch.geo.gazetteer import Candidate
from eventwatch.geo.name_span import NameSpan
from eventwatch.geo.split_divisions import holds_filed

# Countries whose papers write a town with its state or province after a comma.
_STATE_STYLE = frozenset({"US", "CA", "AU"})


def outside_written_state(c: Candidate, container: NameSpan) -> bool:
    """Whether reading c, no state or country itself, lies outside a container that is plainly a state ("Vt.",
    "Alaska", "Sask."): every exact reading of the container is a first-level division of a state-style country,
    and none holds c."""
    if c.feature_code == "ADM1" or c.feature_code.startswith("PCL"):
        return False  # "near the Indiana, Ill., border": two states side by side, neither holding the other
    states = [b for b in container.candidates if b.exact]
    if not states or not all(b.feature_code == "ADM1" and b.country_code in _STATE_STYLE for b in states):
        return False
    return not any(b.country_code == c.country_code and b.admin1_code and c.admin1_code
                   and holds_filed(b.admin1_code, c.admin1_code) for b in states)
