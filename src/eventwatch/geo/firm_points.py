"""The firm context's points (geo/firm_context.py) filed by country, for the questions the judge asks per name.

The judge asks, for each name it judges, how far the nearest firm place of another name lies in the reading's
country, and which counties the story names in a country. Each question scanned every firm point, so a story
naming hundreds of places asked the square of their number. Here the points are filed once per document: by
country and latitude for the nearest one (a point further in latitude than the nearest found so far is further
in distance too, so the search stops there), by country for the counties. The answers are the scans' exactly:
the same points pass the same tests, and a minimum or a set does not depend on the order it is taken in.
"""
from __future__ import annotations

import bisect
from typing import Optional, Sequence

from eventwatch.geo.distances import KM_PER_DEGREE, flat_km
from eventwatch.geo.gazetteer import Candidate

# Rounding slack on the latitude bound, in km: the search looks a little further than it needs to.
_SLACK_KM = 1e-6


class FirmPoints:
    """(name, reading) firm points filed by country: see the module's docstring."""

    def __init__(self, points: Sequence[tuple[str, Candidate]]):
        self.size = len(points)
        self._lats: dict[Optional[str], list[float]] = {}
        self._sorted: dict[Optional[str], list[tuple[str, Candidate]]] = {}
        # Points without a latitude: the firm context files none (it skips readings without a point), but one added
        # later (the resolver adds the story's home) is kept apart and measured against every reading, failing as
        # the scan did. A malformed point is not always met as the scan met it, though: a point with a latitude
        # and no longitude is passed over where the search stops before it, and a first-level division of the
        # reading's own answers 0 before any malformed point is measured; the scan failed on it in both cases.
        self._unplaced: dict[Optional[str], list[tuple[str, Candidate]]] = {}
        self._states: dict[tuple[Optional[str], Optional[str]], list[tuple[str, Candidate]]] = {}
        self._counties: dict[Optional[str], list[tuple[str, Candidate]]] = {}
        placed: dict[Optional[str], list[tuple[str, Candidate]]] = {}
        for other, p in points:
            cc = p.country_code
            (placed if p.lat is not None else self._unplaced).setdefault(cc, []).append((other, p))
            if p.feature_code == "ADM1":
                self._states.setdefault((cc, p.admin1_code), []).append((other, p))
            elif p.feature_code == "ADM2":
                self._counties.setdefault(cc, []).append((other, p))
        for cc, got in placed.items():
            got.sort(key=lambda x: x[1].lat)
            self._sorted[cc] = got
            self._lats[cc] = [p.lat for _o, p in got]

    def counties(self, country: Optional[str]) -> list[tuple[str, Candidate]]:
        """The firm points in `country` read as second-level divisions, in the story's order."""
        return self._counties.get(country, [])

    def nearest_km(self, name: str, c: Candidate) -> Optional[float]:
        """How far reading c (with a point) lies from the nearest firm point of a name other than `name` in c's
        country, c itself left out; 0 for c's own first-level division. None: there is none."""
        cc = c.country_code
        if any(other != name and p.id != c.id for other, p in self._states.get((cc, c.admin1_code), ())):
            return 0.0  # (no distance is below it)
        best: Optional[float] = None
        for other, p in self._unplaced.get(cc, ()):
            if other != name and p.id != c.id:
                best = _closer(best, flat_km(c.lat, c.lon, p.lat, p.lon))  # (fails as the scan did)
        lats, got = self._lats.get(cc), self._sorted.get(cc)
        if not got:
            return best
        below = bisect.bisect_left(lats, c.lat) - 1
        above = below + 1
        while below >= 0 or above < len(got):
            # take the side nearer in latitude; stop once both are further than the nearest found
            gap_below = KM_PER_DEGREE * abs(c.lat - lats[below]) if below >= 0 else float("inf")
            gap_above = KM_PER_DEGREE * abs(c.lat - lats[above]) if above < len(got) else float("inf")
            if best is not None and min(gap_below, gap_above) > best + _SLACK_KM:
                break
            if gap_below <= gap_above:
                k, below = below, below - 1
            else:
                k, above = above, above + 1
            other, p = got[k]
            if other != name and p.id != c.id:
                best = _closer(best, flat_km(c.lat, c.lon, p.lat, p.lon))
        return best


def _closer(best: Optional[float], d: float) -> float:
    """The smaller of the nearest distance so far (None: no point yet) and d, as `min` over the scan's list keeps
    it: the first of equal distances, which is the same number."""
    return d if best is None or d < best else best
