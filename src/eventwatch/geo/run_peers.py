"""The other names of a list, as a view of the list's members without one of them.

`reading_context.list_peers` and `listed_with` give every member of a list its list's other names. Built as
a list per member, that costs the square of the list's length: a text of thousands of listed names ("NSW and
NSW and ...") took minutes. A view shares the run's one tuple of members and leaves its owner out as it is
read, so the lists cost time linear in their length; a reader that sums over a member's peers sums the run
once (`members`) and takes the member's own share out, as the resolver's list agreement does.
"""
from __future__ import annotations

from collections.abc import Sequence
from typing import Iterator, overload


class RunPeers(Sequence[int]):
    """The members of a run (indices of names, in text order) other than `own`, in order; equal to a list or
    tuple of the same indices, as the lists it replaces were."""

    __slots__ = ("members", "own", "_at")

    def __init__(self, members: tuple[int, ...], own: int, at: int):
        self.members = members  # shared by every member's view of the run
        self.own = own
        self._at = at  # own's position among the members

    def __len__(self) -> int:
        return len(self.members) - 1

    def __iter__(self) -> Iterator[int]:
        at = self._at
        return (k for i, k in enumerate(self.members) if i != at)

    def __contains__(self, k: object) -> bool:
        return k != self.own and k in self.members

    @overload
    def __getitem__(self, i: int) -> int: ...

    @overload
    def __getitem__(self, i: slice) -> list[int]: ...

    def __getitem__(self, i: int | slice) -> int | list[int]:
        if isinstance(i, slice):
            return list(self)[i]
        n = len(self)
        if not -n <= i < n:
            raise IndexError(i)
        i %= n
        return self.members[i + 1 if i >= self._at else i]

    def __eq__(self, other: object) -> bool:
        if isinstance(other, (RunPeers, list, tuple)):
            return len(self) == len(other) and all(a == b for a, b in zip(self, other))
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]  # compared by value, as the lists it replaces

    def __repr__(self) -> str:
        return repr(list(self))


def run_peers(members: Sequence[int]) -> dict[int, RunPeers]:
    """Each member of one run → the run's other members, sharing one tuple."""
    shared = tuple(members)
    return {k: RunPeers(shared, k, at) for at, k in enumerate(shared)}
