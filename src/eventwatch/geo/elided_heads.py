"""Compass words that share the name after them: "Central and South America", "Eastern and Southern Europe".

Two names that differ only in their compass word are written once with the shared word: "North and South
Carolina", "East and West Germany", "Central and South America". The first compass word then stands for a
name of its own ("Central America", "Eastern Europe") that the text never writes whole; read alone it is a
division that happens to be called so (Ghana's Eastern region, a hamlet called North) or nothing at all. This
step reads it as the name it stands for, when the gazetteer holds that name, with the cue and use of the
name it is coordinated with ("in Central and South America": both in).
"""
from __future__ import annotations

import re
from typing import Optional

from eventwatch.geo.gazetteer import Gazetteer
from eventwatch.geo.name_span import NameSpan
from eventwatch.geo.normalise import Token, normalise

# What joins the compass words: "North and South", "Eastern or Western", "East & West", "North, Central and
# South" (each compass word before the last is read the same way).
_JOINERS = frozenset({"and", "or", "&"})
_GAP = re.compile(r"\s+|\s*,\s*")


def compass_words_sharing_a_name(text: str, tokens: list[Token], spans: list[NameSpan], gaz: Gazetteer,
                                 directions: frozenset[str]) -> list[NameSpan]:
    """`spans` with each capitalised compass word that is coordinated with a name opening with another
    compass word read as that name with its own compass word ("Central" in "Central and South America" as
    Central America). Any reading of the word alone is replaced; where the gazetteer lacks the whole name
    ("Upper and Lower Foo" with no "Upper Foo") the word is left as it was."""
    at = {s.i: s for s in spans}
    added: list[NameSpan] = []
    replaced: set[int] = set()
    for s in spans:
        if s.j - s.i < 2 or tokens[s.i].norm not in directions or s.demonym or s.unknown:
            continue
        rest = " ".join(t.text for t in tokens[s.i + 1 : s.j])
        k = s.i - 1
        # walk back over "X and", then "X," pairs: "North, Central and South America"
        if k < 1 or tokens[k].norm not in _JOINERS:
            continue
        k -= 1
        while k >= 0:
            word = tokens[k]
            if word.norm not in directions or not word.text[:1].isupper():
                break
            gap = text[word.end : tokens[k + 1].start]
            if tokens[k + 1].norm not in _JOINERS and _GAP.fullmatch(gap) is None:
                break
            whole = _whole_name(gaz, f"{word.text} {rest}")
            if whole is None:
                break
            if any(o.i <= k < o.j and (o.i, o.j) != (k, k + 1) for o in spans):
                break  # the word is part of a longer name of its own ("Middle East and North Africa")
            if k > 0 and tokens[k - 1].text[:1].isupper() and text[tokens[k - 1].end : word.start] == " ":
                break  # ... even one the gazetteer lacks ("Far East and South Asia" without "Far East")
            old = at.get(k)
            if old is not None:
                replaced.add(id(old))
            added.append(NameSpan(k, k + 1, word.start, word.end, word.norm, whole, locational=s.locational,
                                  cue=s.cue, firm=s.firm))
            k -= 1
            if k >= 0 and text[tokens[k].end : word.start].strip() == ",":
                continue
            break
    if not added:
        return spans
    kept = [s for s in spans if id(s) not in replaced] + added
    kept.sort(key=lambda s: (s.start, -s.end))
    return kept


def _whole_name(gaz: Gazetteer, name: str) -> Optional[list]:
    """The gazetteer's places written exactly so ("Central America"), best first; None when it has none."""
    norm = normalise(name)
    found = [c for c in gaz.lookup(name, limit=10) if c.exact and normalise(c.matched or c.name) == norm]
    return found or None
