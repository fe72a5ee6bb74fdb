"""A capitalised common noun before "of" and a name heads a body's, an award's or a title's name ("The Bank of
Marlow", "a Bank of Alton spokesman", "the Man of Arlington award"): the noun is no place, whatever hamlet or
alternate name the gazetteer files under it ("Bank", "The Bank", "Man"). Names of that shape are written with the
noun first and the place after "of"; a place itself is seldom followed by "of" and another name.

A country or a first-level division is exempt: "Georgia of the tsars", "Turkey of the 1990s" name the place in
an era or a guise. So is a town of note under its own name ("the Nice of the Baltic", "the Gold Coast of Queensland"):
a well-known place is likened to or placed in another that way. So are names read by their kind (a street, a
road, a feature, a facility).
"""
from __future__ import annotations

import re
from typing import Sequence

from eventwatch.geo.common_word_names import KIND_CUES, TOWN_OF_NOTE
from eventwatch.geo.name_span import NameSpan
from eventwatch.geo.normalise import Token
from eventwatch.geo.store import NAME_MAIN

# " of " and a capitalised word: the noun before it opens a longer name.
_OF_NAME = re.compile(r" of (?:the )?[A-Z]")


def body_head_names(text: str, tokens: Sequence[Token], spans: Sequence[NameSpan], common_words: frozenset[str],
                    organisation_heads: frozenset[str]) -> set[int]:
    """Indices of names that are only common nouns (an article aside), written capitalised before " of " and a
    capitalised word, with no reading as a country, a first-level division or a town of note by its own name."""
    out: set[int] = set()
    for k, s in enumerate(spans):
        if s.demonym or s.unknown or s.cue in KIND_CUES or s.j - s.i > 2 or _OF_NAME.match(text, s.end) is None:
            continue
        words = [t for t in tokens[s.i : s.j] if t.norm != "the"]
        if not words or not all(t.text[:1].isupper() and (t.norm in common_words or t.norm in organisation_heads)
                                for t in words):
            continue
        if any(c.feature_code.startswith("PCL") or c.feature_code == "ADM1"
               or (c.exact and c.kind == NAME_MAIN and c.population >= TOWN_OF_NOTE) for c in s.candidates):
            continue
        out.add(k)
    return out
