"""Whether the nearness count around a reading is sure to reach its cap, from its block's heaviest points.

`Resolver._near` counts the other names that could lie within near_km of a reading (each by its weight, at most
NEAR_NAMES of them), passing over the readings of the 3 x 3 grid cells around the reading's cell in their order
and stopping once the count is sure of the cap. In a story naming hundreds of distinct towns of one region, that
block holds them all, and the readings near the asking one may come late: each reading passed over many of them,
more the longer the story. Yet most such readings sit among heavy neighbours in their own cell.

So, for a long block, its cells are asked first, the reading's own cell first, then those beside it, then the
corners, each cell's points heaviest first (filed once a round, per cell: `heaviest_first`, `_Grid.heaviest`).
Each other name within the distance (the count's own test, to the bit) adds its first met term; once that sum
passes the cap by `SURE` (relative), the full count reaches the cap too, whatever order it adds in, and answers
the cap (`surely_capped`). Why to the last bit: every name counted here is counted by the
full count with a term no smaller (it keeps each name's heaviest); the sums of at most `MOST_POINTS` non-negative
terms in any two orders differ by far less than `SURE` of the cap (each lies within n * 2**-53 of the exact sum);
so the exact sum, and with it the full count's rounded one, is at least the cap. Otherwise nothing is decided
here and the full count runs as before: the answer is the same either way, only found sooner.
"""
from __future__ import annotations

from typing import Sequence

from eventwatch.geo.distances import KM_PER_DEGREE, flat_km

# (term, name, lat, lon): a point as the sure count files it, its term what it adds to a count.
Filed = tuple[float, str, float, float]

# Blocks shorter than this are counted as they are: the count passes over them sooner than it asks their cells.
ASK_FROM = 48
# How far past the cap the sum here must be to be sure of it (relative), and the longest block that argument is
# made for (two sums' rounding, each within MOST_POINTS * 2**-53 relative, stays far below SURE).
SURE = 1e-9
MOST_POINTS = 1_000_000


def heaviest_first(points: Sequence[tuple[str, float, float, float]]) -> tuple[float, list[Filed]]:
    """A cell's (name, lat, lon, weight) points as (term, name, lat, lon), the heaviest first, with the sum of
    their terms (a bound on what the cell can add); the term is what the nearness count adds for a name (twice
    its weight, at most 1). Ties keep the cell's order."""
    filed = [(min(1.0, p * 2), other, lat, lon) for other, lat, lon, p in points]
    filed.sort(key=_term, reverse=True)
    return sum(point[0] for point in filed), filed


def surely_capped(lat: float, lon: float, name: str, cells: Sequence[tuple[float, list[Filed]]], limit: float,
                  cap: float) -> bool:
    """Whether the names other than `name` lying closer than `limit` km to (lat, lon), in `cells` (the block's
    cells, the reading's own first: each cell's points heaviest first, with the sum of their terms), are sure
    to bring the nearness count to `cap` (see the module's docstring). Each name adds its first term met.

    Gives up as soon as the points left, in this cell and the next ones, cannot reach the cap."""
    sure = cap * (1.0 + SURE)
    counted: set[str] = set()
    floor = 0.0
    rest = 0.0
    for total, _filed in cells:
        rest += total
    for total, filed in cells:
        rest -= total
        left = len(filed)
        for term, other, p_lat, p_lon in filed:
            if floor + left * term + rest < sure:
                break
            left -= 1
            if other == name or other in counted:
                continue
            if KM_PER_DEGREE * abs(lat - p_lat) < limit and flat_km(lat, lon, p_lat, p_lon) < limit:
                counted.add(other)
                floor += term
                if floor >= sure:
                    return True
        if floor + rest < sure:
            return False
    return False


def _term(point: Filed) -> float:
    """A filed point's term."""
    return point[0]
