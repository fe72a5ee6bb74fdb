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
whichever country led it.) One more kind is passed over: a foreign place named as no scene (an origin "from",
a destination, a route) in an earlier sentence, where the unheld name's own sentence names nothing in that
country (`foreign_before`: visitors "from Seoul", then a beach of the paper's own island).
"""
from __future__ import annotations

from typing import Optional, Sequence

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


def _sentence_holds(p: Optional[Place], at: int) -> bool:
    """Whether p was read in the sentence that holds offset `at`."""
    ev = p.evidence if p is not None else None
    return ev is not None and bool(ev.sentence) and ev.sentence_start <= at < ev.sentence_start + len(ev.sentence)


# The cues that name a place as where something happened ("shelling near Daraa", "fled Maungdaw"): a foreign
# place named so is where a cross-border report has gone. Any other role (an origin "from Seoul", a destination
# "to Rio", a route "the Dubai route", "by way of Dire Dawa") names no scene.
_SCENE_CUES = frozenset({"in", "near", "at", "outside", "inside", "around", "across", "throughout", "fled"})
# How far on from the unheld name its sentence's other names are looked for.
_SENTENCE_REACH = 400


def foreign_before(toponyms: Sequence[Toponym], j: int, k: int, focus: Optional[Place]) -> bool:
    """Whether toponyms[j], a place in another country than the document's focus, was named in an earlier
    sentence than the unheld name toponyms[k], as no scene (an origin, a destination, a route), and k's own
    sentence names nothing in that country. A regional paper names foreign cities as where visitors and flights
    come from ("direct flights from Seoul and Shanghai. Resorts along X were full"): the next sentence's unheld
    beach or road is the paper's own, so the document's focus stands in rather than the city abroad. A foreign
    place named as a scene ("shelling was heard near Daraa in Syria. Mortar rounds hit homes in X") is where a
    cross-border report has gone, and still stands in; so does one where the unheld name's sentence has moved
    abroad too ("aid groups in Tenerife say tents fill the port of X", under a Rabat dateline), or within one sentence
    ("refugees settled near Adre, beside the village of X")."""
    near, at = toponyms[j], toponyms[k].start
    if focus is None or not focus.country_code or near.place is None or not near.place.country_code:
        return False
    cc = near.place.country_code
    if cc == focus.country_code or _sentence_holds(near.place, at):
        return False
    ev = near.place.evidence
    if ev is None or not ev.sentence or at < ev.sentence_start + len(ev.sentence) or near.cue in _SCENE_CUES:
        return False
    for o in toponyms[j + 1 :]:  # every name of k's sentence, before it and after it
        if o.start > at + _SENTENCE_REACH:
            break
        if o.place is not None and o.place.country_code == cc and _sentence_holds(o.place, at):
            return False
    return True
