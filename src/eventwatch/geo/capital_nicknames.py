"""A national capital's own name is not, in the same story, another city's by-name.

Why: GeoNames files a city's nicknames among its alternate names ("Bridgetown" for Portland, Oregon, its bridges;
"Rose City" too). A story that writes "Bridgetown" and also "Portland" then finds one place both names can be,
and reading them together pulls the capital of Barbados onto Oregon, with its parishes left alone. A writer who
has named a city by its own name does not name it again by a by-name that is a capital's own name: where a name
reads exactly, by its own name, as a national capital, its readings by an alternate name of a place another name
of the story reads by its own name are dropped. A by-name no capital bears ("the Big Apple") is untouched, as is
a capital's name in a story naming no place it is an alternate name of, and a short form of the place's own name
("Santiago" for Santiago de Cuba, named in full before): that is the same city named again, not a by-name.
"""
from __future__ import annotations

from typing import Sequence

from eventwatch.geo.name_span import NameSpan
from eventwatch.geo.normalise import normalise
from eventwatch.geo.store import NAME_ALT, NAME_MAIN


def drop_capital_nicknames(spans: Sequence[NameSpan]) -> None:
    """Remove, in place, a capital's name's alternate-name readings of places other names read by their own
    name (see the module). Linear in the story's readings."""
    if len(spans) < 2:
        return
    own: dict[int, set[str]] = {}  # place id → the names that read it by the place's own name
    for s in spans:
        for c in s.candidates:
            if c.exact and c.kind == NAME_MAIN:
                own.setdefault(c.id, set()).add(s.norm)
    for s in spans:
        if not any(c.exact and c.kind == NAME_MAIN and c.feature_code == "PPLC" for c in s.candidates):
            continue
        kept = [c for c in s.candidates
                if c.kind != NAME_ALT or not (own.get(c.id, set()) - {s.norm}) or _shortens(s.norm, c.name)]
        if len(kept) < len(s.candidates):
            s.candidates = kept


def _shortens(norm: str, name: str) -> bool:
    """Whether the written name is a run of whole words of the place's own name ("santiago" of "Santiago de
    Cuba"): a short form of it, not a by-name."""
    short, words = norm.split(), normalise(name).split()
    return any(words[i : i + len(short)] == short for i in range(len(words) - len(short) + 1))
