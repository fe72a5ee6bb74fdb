"""A camp's name read only as a place thousands of kilometres from every other place of the report is a camp the
gazetteer does not hold.

Camps for the displaced and refugees are named for the spot they stand on ("مخيم الحميدية" by Zalingei, "مخيم
الزعتري" by Mafraq) and a report names them beside the towns around them. GeoNames holds few of them, so the name
after "مخيم" meets some namesake elsewhere (the UAE's al-Hamidiyah for a Darfur camp) and draws the report abroad.
A camp lies near the places it is reported with: where every reading of its name lies further than `FAR_KM` from
every other place the report reads, the name is kept as an unknown camp, which stands in the report's own country.
A camp across a border nearby stays read (Jordan's Zaatari in a report on Daraa: some 100 km).

A place in a speaker's clause ("قالت الأونروا في جنيف إن", UNRWA said in Geneva that) is where the words were said,
not where the camp lies: it is no measure of the camp's distance, so a report that names only Geneva beside Gaza's
Nuseirat camp keeps the camp read. A reading the gazetteer marks as a camp (feature code CMP*) is never dropped.
"""
from __future__ import annotations

from eventwatch.geo.distances import haversine_km
from eventwatch.geo.name_span import NameSpan
from eventwatch.geo.normalise import Token, arabic_candidates, fold_token

_CAMP = fold_token("مخيم")
FAR_KM = 2000.0  # further than any camp lies from the towns a report names it with
_SPEAKER_REACH = 4  # words between a verb of saying and the place it was said in ("قال مسؤول أممي في نيويورك")
# "إن"/"أن" opens what was said: a place after it is the story's, not the speaker's
_THAT = frozenset(fold_token(w) for w in ("إن", "أن", "بأن", "وإن"))


def in_speaker_clause(tokens: list[Token], i: int, speech_verbs: frozenset[str]) -> bool:
    """Whether token i lies within `_SPEAKER_REACH` words after a verb of saying (a joined "و"/"ف" allowed) with no
    "إن"/"أن" between: the place the speaker spoke in ("قالت منظمة في نيويورك إن")."""
    for k in range(i - 1, max(-1, i - 1 - _SPEAKER_REACH), -1):
        norm = tokens[k].norm
        if norm in _THAT:
            return False
        if norm in speech_verbs or norm[:1] in "وف" and any(r in speech_verbs for r in arabic_candidates(norm)[1:]):
            return True
    return False


def far_camps(found: list[NameSpan], tokens: list[Token], speech_verbs: frozenset[str]) -> None:
    """Make unknown, in place, each one-word name read after "مخيم" whose readings all lie more than `FAR_KM` from
    the most populous reading of every other place read in the report, places in a speaker's clause left out
    (none left: nothing changes). Work is linear in the names: the other places' points and the camps' names are
    deduplicated before the distance test."""
    camps = [s for s in found if s.cue == _CAMP and s.j - s.i == 1 and s.locational and s.candidates and not s.unknown
             and not any(c.feature_code.startswith("CMP") for c in s.candidates)]
    if not camps:
        return
    camp_ids = {id(s) for s in camps}
    points: set[tuple[float, float]] = set()
    for o in found:
        if o.locational and o.candidates and not o.unknown and id(o) not in camp_ids \
                and not in_speaker_clause(tokens, o.i, speech_verbs):
            best = max(o.candidates, key=lambda c: c.population)
            points.add((best.lat, best.lon))
    if not points:
        return
    far: dict[frozenset[tuple[float, float]], bool] = {}  # a camp's reading points -> all far from the others
    for s in camps:
        key = frozenset((c.lat, c.lon) for c in s.candidates)
        if key not in far:
            far[key] = all(haversine_km(lat, lon, plat, plon) > FAR_KM for lat, lon in key for plat, plon in points)
        if far[key]:
            s.candidates, s.unknown, s.firm = [], True, True
