"""A name the gazetteer lacks, named again later: it stands in where the text first said it lies.

A report often writes where an unknown place lies once, at its first mention ("attacks in X district, Y
province"), then names it bare ("... villages in X district"). The bare repeat has no container of its own, so
it would stand in at the nearest town or at the document's main place (a dateline's country, a speaker's seat),
which says less than the report has already said. The same name is the same place within one report: a
repeat the gazetteer reads as a namesake in another country ("clashes hit X" read as a village abroad) is
that first mention too.
"""
from __future__ import annotations

import dataclasses
from typing import AbstractSet, Sequence

from eventwatch.model import Evidence, Toponym


def carry_stated_stand_ins(toponyms: Sequence[Toponym], stated: AbstractSet[int]) -> None:
    """Give each unresolved repeat, and each repeat read as a namesake in another country, the stand-in of the
    first same-named mention whose holder the text stated (`stated`: the indices of toponyms whose fallback
    came from a stated container), in place."""
    first: dict[str, Toponym] = {}
    for k, t in enumerate(toponyms):
        key = t.text.casefold()
        if t.place is not None:
            held = first.get(key)
            if held is not None and t.locational and held.fallback.country_code \
                    and t.place.country_code != held.fallback.country_code:
                t.place, t.fallback = None, moved_stand_in(held.fallback, t)  # a namesake abroad: the same place
            continue
        if t.fallback is None:
            continue
        if k in stated:
            first.setdefault(key, t)
        elif key in first:
            t.fallback = moved_stand_in(first[key].fallback, t)


def moved_stand_in(stand_in, t: Toponym):
    """`stand_in` as read at repeat `t`: its own words and offsets, the first mention's ground."""
    ev = stand_in.evidence
    evidence = None if ev is None else Evidence(ev.document_id, ev.field, t.text, t.start, t.end, ev.sentence,
                                                ev.sentence_start)
    return dataclasses.replace(stand_in, raw=t.text, evidence=evidence, alternatives=[])
