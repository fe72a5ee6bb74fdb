"""Capitalised directions that belong to a region's name ("West Wales", "North Africa", "Western US")."""
from __future__ import annotations

from eventwatch.geo.name_span import NameSpan
from eventwatch.geo.normalise import Token


def join_capitalised_directions(text: str, tokens: list[Token], spans: list[NameSpan],
                                 directions: frozenset[str]) -> list[NameSpan]:
    """"West Wales", "North Africa", "Western US": a capitalised direction is part of the name it precedes.

    Written with a capital, the direction names a region ("West Wales" is a part of Wales with its own
    name), not a town called "West" next to Wales; the name keeps its readings and the direction.
    """
    by_start = {s.i: s for s in spans}
    drop: set[int] = set()
    for s in spans:
        k = s.i - 1
        if k < 0 or s.demonym or s.direction is None or tokens[k].norm not in directions:
            continue
        t = tokens[k]
        if not t.text[:1].isupper() or t.text.isupper() or text[t.end : s.start] != " ":
            continue
        single = by_start.get(k)
        if single is not None and single.j == k + 1:
            drop.add(id(single))
        elif any(o.i <= k < o.j for o in spans if o is not s):
            continue
        s.i, s.start = k, t.start
        s.phrase_start = min(s.phrase_start, t.start) if s.phrase_start >= 0 else t.start
    return [s for s in spans if id(s) not in drop]
