"""Names the gazetteer lacks, written as one list before the place that holds them: "shelling on the villages of
A, B and C in Jabal X", "raids on A and B, Y district".

The words that say where the list lies follow its last member only, so only that member gets a stated holder;
the others would stand in at the nearest town or the document's main place, which may lie elsewhere in the
province. Every member of such a list lies where the list is said to lie.
"""
from __future__ import annotations

import re
from typing import AbstractSet, Callable, Optional, Sequence

from eventwatch.geo.repeated_unknowns import moved_stand_in
from eventwatch.model import Toponym

# One item of the list the recogniser may have left unread ("al-Bara", "Kafr Y"): at most three words, each
# capitalised or an Arabic article joined by a hyphen.
_ITEM = r"(?:(?:al|el|an|ar|as|ash|ad|az|at)-)?[A-Z][\w'’-]*(?:\s+(?:(?:al|el)-)?[A-Z][\w'’-]*){0,2}"
# Between two members: a comma or "and"/"or", with unread items of the same list between them.
_LIST_GAP = re.compile(rf"(?:\s*,\s*{_ITEM})*(?:\s*,\s*(?:(?:and|or)\s+)?|\s+(?:and|or)\s+)")

Gap = Callable[[Sequence[Toponym], int, int], Optional[str]]


def carry_list_stand_ins(toponyms: Sequence[Toponym], stated: AbstractSet[int], gap_between: Gap) -> set[int]:
    """Give each unresolved member of a list of unresolved names, itself with no stated holder, the stand-in of
    the list's last member where the text states that member's holder (`stated`: indices of toponyms whose
    fallback came from a stated container), in place. The indices given a stand-in are returned."""
    carried: set[int] = set()
    for k, t in enumerate(toponyms):
        if t.place is not None or not t.locational or k in stated:
            continue
        last = _last_member(toponyms, k, gap_between)
        if last is not None and last in stated and toponyms[last].fallback is not None:
            t.fallback = moved_stand_in(toponyms[last].fallback, t)
            carried.add(k)
    return carried


def _last_member(toponyms: Sequence[Toponym], k: int, gap_between: Gap) -> Optional[int]:
    """The last of the unresolved names listed after `k` with nothing but list gaps between them; None where the
    next name does not continue a list."""
    last = None
    j = k
    while j + 1 < len(toponyms):
        o = toponyms[j + 1]
        gap = gap_between(toponyms, toponyms[j].end, o.start)
        if o.place is not None or not o.locational or gap is None or not _LIST_GAP.fullmatch(gap):
            break
        last = j = j + 1
    return last
