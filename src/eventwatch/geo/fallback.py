"""Where a name points when the gazetteer cannot place it itself: the document's own places stand in.

Two cases. A name with no gazetteer entry (a street, a river, a hamlet, a neighbourhood) still lies where
the report is: in the place it is said to lie in ("Kafr X, Idlib"), else near the place mentioned closest
before it, else at the place the document is about. It keeps `place=None` (nothing is claimed about the
name itself) and gets a `fallback` with a coarser precision. And a division the gazetteer knows only
approximately (a second-level division placed at its province's centre) is moved to the places the
document names inside its province, which are far likelier to lie in it than the province's centre is.
"""
from __future__ import annotations

import dataclasses
from typing import Optional, Sequence

from eventwatch.model import WHERE_PREC_ADMIN2, WHERE_PREC_NEAR, Evidence, Place, Toponym

# How far before an unresolved name (in characters) a resolved name still stands in for it.
NEARBY_CHARS = 150


def _point(p: Optional[Place]) -> bool:
    """A place small enough to stand in for another (a town, a district), not a country or province."""
    return p is not None and p.lat is not None and p.precision <= WHERE_PREC_ADMIN2


def document_focus(toponyms: Sequence[Toponym]) -> Optional[Place]:
    """The place the document is most about: the most often named resolved place, preferring a point."""
    counts: dict[tuple, list] = {}
    for t in toponyms:
        p = t.place
        if p is None or not t.locational or p.lat is None:
            continue
        entry = counts.setdefault((p.geonames_id, p.name, p.lat, p.lon), [0, p, t.start])
        entry[0] += 1
    if not counts:
        return None
    best = max(counts.values(), key=lambda e: (_point(e[1]), e[0], -e[1].precision, -e[2]))
    return best[1]


def fallback_place(toponyms: Sequence[Toponym], k: int, container: Optional[int] = None,
                   focus: Optional[Place] = None) -> Optional[Place]:
    """The stand-in for unresolved toponym `k`, with a precision that says how loosely it stands in."""
    t = toponyms[k]
    source, precision = None, WHERE_PREC_ADMIN2
    if container is not None and toponyms[container].place is not None:
        source = toponyms[container].place
        precision = WHERE_PREC_NEAR if _point(source) else source.precision
    else:
        for j in range(k - 1, -1, -1):
            o = toponyms[j]
            if t.start - o.end > NEARBY_CHARS:
                break
            if o.locational and _point(o.place):
                source = o.place
                break
        if source is None:
            source = focus
            if source is not None and not _point(source):
                precision = source.precision
    if source is None:
        return None
    evidence = None
    if source.evidence is not None and t.place is None:
        ev = source.evidence
        evidence = Evidence(ev.document_id, ev.field, t.text, t.start, t.end, ev.sentence, ev.sentence_start)
    return dataclasses.replace(source, raw=t.text, precision=max(precision, source.precision),
                               evidence=evidence, alternatives=[])


def add_fallbacks(toponyms: list[Toponym], containers: Sequence[Optional[int]]) -> None:
    """Give every unresolved locational toponym its stand-in place (in place)."""
    focus = document_focus(toponyms)
    for k, t in enumerate(toponyms):
        if t.place is None and t.locational:
            t.fallback = fallback_place(toponyms, k, containers[k], focus)



def reposition_approximate(toponyms: list[Toponym], approximate: Sequence[bool]) -> None:
    """Move divisions with stand-in coordinates to the nearest-mentioned place the document names inside them.

    Only stand-ins move: a county placed from its member towns or its namesake town (approx=0 in the bundled
    table) is nearer its own centre than any town the document happens to name in the same province.
    """
    for k, t in enumerate(toponyms):
        p0 = t.place
        if p0 is None or not p0.admin1 or not approximate[k]:
            continue
        inside = [(abs(o.start - t.start), o.place) for j, o in enumerate(toponyms)
                  if j != k and not approximate[j] and _point(o.place) and o.place.feature_code != "ADM2"
                  and o.place.country_code == p0.country_code and o.place.admin1 == p0.admin1]
        if not inside:
            continue
        best = min(inside, key=lambda x: x[0])[1]
        t.place = dataclasses.replace(p0, lat=best.lat, lon=best.lon)
