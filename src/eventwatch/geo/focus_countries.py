"""Whether a place named near an unheld name is only where a statement abroad was made.

An unheld name (a village, a street) stands in at the place named just before it (geo/fallback.py), which is
usually where the report is. But reports name a capital abroad where officials spoke ("officials in Addis
Ababa said fighters had seized X", "an envoy told reporters in Cairo"): the speaker's seat is not where a
village of the document's own country lies, so it is passed over for a place nearer still or the document's
focus. Only a seat of government is passed over so (a national capital or a province's seat: where officials
and envoys speak from). Any other foreign place stays a stand-in, where someone spoke there too ("officials in
Adre said refugees had reached the village of X": a border town is where the story is), and where the story
moves abroad ("refugees settled near Adre, beside the village of X") the place named there is where the
village is. (Passing over every foreign place was measured: it moved a worldwide report's unheld region to
whichever country led it.)
"""
from __future__ import annotations

from typing import Optional

from eventwatch.model import Place, Toponym

# Seats of government officials speak from: a national capital, or a first-level division's seat.
SEAT_CODES = frozenset({"PPLC", "PPLG", "PPLA"})


def foreign_seat(near: Toponym, focus: Optional[Place]) -> bool:
    """Whether `near` lies in another country than the document's focus and is named only as where a
    statement was made (`event_location.speaks_from`) at a seat of government (SEAT_CODES)."""
    if focus is None or not focus.country_code or near.place is None or not near.place.country_code:
        return False
    if near.place.country_code == focus.country_code or near.place.feature_code not in SEAT_CODES:
        return False
    from eventwatch.geo.event_location import speaks_from  # event_location builds on fallback, which uses this

    return speaks_from(near)
