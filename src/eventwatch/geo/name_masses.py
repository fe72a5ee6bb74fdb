"""The document's names' weight per country and division with one name's own taken out, without a sum per name.

The judge's firm context (geo/firm_context.py) asks, for each name it judges, what all the other names weigh in
a country or a first-level division. Summing the others afresh for each name cost a long text naming hundreds
of places the square of their number. Here all the names are summed once, and a name's own groups are taken
out of the total when asked.

The difference is the sum over the others to the last bit only where every term is exact in any order: the
firm names' weights are quarters (1, 0.5, 0.25, plus a quarter per repeated mention) and each leads to one
reading of weight 1, so every term and partial sum is a small multiple of a quarter. `quarter_terms` checks
this per document; where it fails, the caller sums the others as before.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, NoReturn, Sequence

if TYPE_CHECKING:
    from eventwatch.geo.reading_context import _Group

# Sums of quarters stay exact far below this (a float holds 53 bits).
_EXACT_LIMIT = 2.0 ** 40


def quarter_terms(groups: Sequence["_Group"]) -> bool:
    """Whether every term `reading_context._masses` adds for these groups is a multiple of a quarter, and all
    of them together stay far below the float's exact range: sums are then exact in any order."""
    total = 0.0
    for g in groups:
        for p in (*g.countries.values(), *g.admin1s.values()):
            term = g.weight * p
            if not (term * 4).is_integer() or not (min(1.0, p * 2) * 4).is_integer():
                return False
            total += abs(term) + 1.0
    return total < _EXACT_LIMIT


class LessOwn:
    """A mass per key (country or division) with one name's own part taken out: read like the dict
    `reading_context._masses` builds for the other names (a missing key weighs 0.0), by key only.

    The others' keys are not known without the sum this spares (a key of the total may be the name's own
    alone), so it cannot be listed, counted or tested for truth: those raise TypeError, where Python would
    otherwise walk `__getitem__` with 0, 1, 2, ... for ever (`in`, `list()`) or call every mass true."""

    __slots__ = ("_total", "_own")

    def __init__(self, total: dict[str, float], own: dict[str, float]):
        self._total, self._own = total, own

    def __getitem__(self, key: str) -> float:
        return self._total.get(key, 0.0) - self._own.get(key, 0.0)

    def get(self, key: str, default: float = 0.0) -> float:
        """The others' mass at key; `default` where no name has it (as `dict.get` on the others' sums)."""
        if key not in self._total:
            return default
        return self[key]

    def __contains__(self, key: object) -> bool:
        """Whether some name, perhaps the own one alone, has a mass at key: where `get` reads the sums rather
        than its default."""
        return key in self._total

    def __iter__(self) -> NoReturn:
        raise TypeError("LessOwn is read by key only: its keys are not known without summing the others")

    def __len__(self) -> NoReturn:
        raise TypeError("LessOwn is read by key only: its size is not known without summing the others")

    def __bool__(self) -> NoReturn:
        raise TypeError("LessOwn is read by key only: whether the others weigh anything is not known")
