"""Flu pandemics and strains named for a place ("the Hong Kong flu", "the Asian flu of 1957", "Hong Kong Flu
virus"): the pandemic or the virus, not where anyone fell ill.

"flu" is left out of the disease nouns (false_places.yaml) because "the Hong Kong flu cases" may be cases in
Hong Kong: a plain noun after "flu" keeps the place. The pandemic's name is told by what closes it: a disease
noun or "pandemic" ("Hong Kong flu virus", "the Hong Kong flu pandemic"), "of" and a year ("the Asian flu of
1957"), or "the ... flu" ending its noun phrase ("known as the Hong Kong flu, which ..."), as outbreak
reports and histories name past pandemics.
"""
from __future__ import annotations

import re
from typing import Optional, Sequence

from eventwatch.geo.normalise import Token

FLU_NOUNS = frozenset({"flu", "influenza"})
# Words after "X flu" that make the whole the pathogen's or the pandemic's name.
PANDEMIC_HEADS = frozenset({"virus", "viruses", "pandemic", "pandemics", "epidemic", "strain", "strains"})
# "the X flu of 1957": a year after "of".
_OF_YEAR = re.compile(r" of (?:1[89]|20)\d\d\b")
# "the X flu" closing its noun phrase: punctuation, a relative pronoun or a clause's verb after it.
_PHRASE_END = re.compile(r"[.,;:)!?\"”'’]| (?:which|that|who|killed|swept|spread|struck|hit|was|is|had|has)\b")


def flu_pandemic_name(text: str, tokens: Sequence[Token], i: int, j: int,
                      after: Optional[Token]) -> bool:
    """Whether the name at tokens[i:j] opens a flu pandemic's or virus's name; `after` is the word written
    right after the name (None when none follows with a single space)."""
    if after is None or after.norm not in FLU_NOUNS:
        return False
    k = j + 1
    follow = tokens[k] if k < len(tokens) and text[after.end : tokens[k].start] == " " else None
    if follow is not None and follow.norm in PANDEMIC_HEADS:
        return True  # "Hong Kong flu virus", "the Hong Kong flu pandemic"
    if _OF_YEAR.match(text, after.end):
        return True  # "the Asian flu of 1957"
    the = i > 0 and tokens[i - 1].norm == "the"
    return the and _PHRASE_END.match(text, after.end) is not None  # "known as the Hong Kong flu, which ..."
