"""The sums over a name's others that the soft context reads, filed once per round rather than listed per name.

A name's support counts what the story's other names say (geo/reading_context.py `_Terms`): how much they are
country cc itself, could be one of its first-level divisions, or could be countries at all. Listing each name's
others and summing them cost a long list of places the square of its length. Only the names with a reading
of that kind add anything to these sums, so each kind is filed once per round by country, in the names' own
order, and a name's sum runs over the filed names not spelled like it: the same terms in the same order, so
the same sum to the last bit. A question still costs the number of names with that kind of reading (kept so
for the exact sum), not a constant.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Sequence

if TYPE_CHECKING:
    from eventwatch.geo.reading_context import _Group


class OtherNames:
    """The context names of one round, filed by what their readings are (see the module's docstring)."""

    __slots__ = ("_nation_of", "_divisions", "_nations")

    def __init__(self, groups: Sequence["_Group"]):
        self._nation_of: dict[str, list[tuple[str, float]]] = {}  # cc → (name, weight as country cc itself)
        self._divisions: dict[str, list[tuple[str, float]]] = {}  # cc → (name, capped vote as a division of cc)
        self._nations: list[tuple[str, float]] = []  # (name, capped vote as a country)
        for o in groups:
            name = o.key[0]
            for cc, p in o.nation_of.items():
                self._nation_of.setdefault(cc, []).append((name, o.weight * p))
            for cc, p in o.divisions.items():
                self._divisions.setdefault(cc, []).append((name, min(1.0, 2 * p)))
            if o.nations:  # a name with no country reading adds 0.0, which leaves a sum as it is
                self._nations.append((name, min(1.0, 2 * o.nations)))

    def nation_weight(self, cc: str, name: str) -> float:
        """The weight of the names other than `name` as country cc itself."""
        return sum(v for other, v in self._nation_of.get(cc, ()) if other != name)

    def division_votes(self, cc: str, name: str) -> float:
        """The capped votes of the names other than `name` that they are first-level divisions of cc."""
        return sum(v for other, v in self._divisions.get(cc, ()) if other != name)

    def nation_votes(self, name: str) -> float:
        """The capped votes of the names other than `name` that they are countries."""
        return sum(v for other, v in self._nations if other != name)
