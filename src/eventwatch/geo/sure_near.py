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

Where the cap cannot be reached, the count here must say so at once, or the block is passed over twice (here,
then by the full count): a block whose names, each at its heaviest, sum below the cap (`Asked.reach`: many
readings of a few names), and cells whose points all lie too far north or south of the reading for the count's
own latitude test (`Cell.south`, `Cell.north`: a ring of towns 250 km off) are left out before any point is
read. Leaving out only ever answers "not sure", so the answer stays the full count's.
"""
from __future__ import annotations

from typing import NamedTuple, Sequence

from eventwatch.geo.distances import KM_PER_DEGREE, flat_km

# (term, name, lat, lon): a point as the sure count files it, its term what it adds to a count.
Filed = tuple[float, str, float, float]

# Blocks shorter than this are counted as they are: the count passes over them sooner than it asks their cells.
ASK_FROM = 48
# How far past the cap the sum here must be to be sure of it (relative), and the longest block that argument is
# made for (two sums' rounding, each within MOST_POINTS * 2**-53 relative, stays far below SURE).
SURE = 1e-9
MOST_POINTS = 1_000_000


class Cell(NamedTuple):
    """A grid cell's points as the sure count asks them: heaviest first, with the sum of their terms (a bound on
    what the cell can add) and the southmost and northmost of their latitudes (a cell wholly beyond the distance
    north or south of a reading adds nothing to its count)."""
    total: float
    filed: list[Filed]
    south: float
    north: float


class Asked(NamedTuple):
    """A long block as the sure count asks it: its filled cells nearest first, and each name's heaviest term in
    the block with their sum (`reach`): no count over the block can pass `reach` less the asking name's own."""
    cells: list[Cell]
    heaviest: dict[str, float]
    reach: float


def heaviest_first(points: Sequence[tuple[str, float, float, float]]) -> Cell:
    """A cell's (name, lat, lon, weight) points as (term, name, lat, lon), the heaviest first, with the sum of
    their terms and their latitudes' span; the term is what the nearness count adds for a name (twice its weight,
    at most 1). Ties keep the cell's order."""
    filed = [(min(1.0, p * 2), other, lat, lon) for other, lat, lon, p in points]
    filed.sort(key=_term, reverse=True)
    lats = [lat for _other, lat, _lon, _p in points]
    return Cell(sum(point[0] for point in filed), filed, min(lats), max(lats))


def asked(cells: list[Cell]) -> Asked:
    """A block's filed cells, nearest first, with each name's heaviest term and their sum (see `Asked`)."""
    heaviest: dict[str, float] = {}
    for cell in cells:
        for term, other, _lat, _lon in cell.filed:
            if term > heaviest.get(other, -1.0):
                heaviest[other] = term
    reach = 0.0
    for term in heaviest.values():
        reach += term
    return Asked(cells, heaviest, reach)


def surely_capped(lat: float, lon: float, name: str, block: Asked, limit: float, cap: float) -> bool:
    """Whether the names other than `name` lying closer than `limit` km to (lat, lon), in `block` (its cells, the
    reading's own first: each cell's points heaviest first, with the sum of their terms), are sure to bring the
    nearness count to `cap` (see the module's docstring). Each name adds its first term met.

    Gives up at once where the block's other names cannot reach the cap, leaves out the cells wholly beyond
    `limit` north or south, and gives up as soon as the points left, in this cell and the next ones, cannot
    reach the cap."""
    sure = cap * (1.0 + SURE)
    if block.reach - block.heaviest.get(name, 0.0) < sure:
        return False
    cells = [cell for cell in block.cells if _within_band(lat, cell, limit)]
    counted: set[str] = set()
    floor = 0.0
    rest = 0.0
    for cell in cells:
        rest += cell.total
    for total, filed, _south, _north in cells:
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


def _within_band(lat: float, cell: Cell, limit: float) -> bool:
    """Whether some point of `cell` may pass the count's latitude test from `lat` (the same expression: the
    latitudes between the cell's southmost and northmost lie farther still when both are on one side)."""
    if lat <= cell.south:
        return KM_PER_DEGREE * abs(lat - cell.south) < limit
    if lat >= cell.north:
        return KM_PER_DEGREE * abs(lat - cell.north) < limit
    return True


def _term(point: Filed) -> float:
    """A filed point's term."""
    return point[0]
