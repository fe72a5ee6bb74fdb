"""Flu pandemics and strains named for a place ("the Hong Kong flu", "the Asian flu of 1957", "Hong Kong Flu
virus"): the pandemic or the virus, not where anyone fell ill.

"flu" is left out of the disease nouns (false_places.yaml) because "the Hong Kong flu cases" may be cases in
Hong Kong: a plain noun after "flu" keeps the place. The pandemic's name is told by what closes it: a pathogen
noun or "pandemic" ("Hong Kong flu virus", "the Hong Kong flu pandemic"), or "of" and a year ("the Asian flu of
1957"). "the X flu" ending its noun phrase is, by itself, how news writes of this season's flu in a place ("the
Manitoba flu is spreading", "the Manitoba flu epidemic"), so it names the pandemic only with a naming cue: a
past century's year or "pandemic" in its sentence, or "known as"/"called" just before it ("known as the Hong
Kong flu, which ..."). "epidemic" is no pandemic head for the same reason: it is this winter's outbreak.
"""
from __future__ import annotations

import re
from typing import Optional, Sequence

from eventwatch.geo.normalise import Token

FLU_NOUNS = frozenset({"flu", "influenza"})
# Words after "X flu" that make the whole the pathogen's or the pandemic's name.
PANDEMIC_HEADS = frozenset({"virus", "viruses", "pandemic", "pandemics", "strain", "strains"})
# "the X flu of 1957": a year after "of".
_OF_YEAR = re.compile(r" of (?:1[89]|20)\d\d\b")
# "the X flu" closing its noun phrase: punctuation, the end of the text, a relative pronoun or a clause's verb.
_PHRASE_END = re.compile(r"[.,;:)!?\"”'’]|$| (?:which|that|who|killed|swept|spread|struck|hit|was|is|had|has)\b")
# A cue naming the flu as a pandemic of history, looked for in the name's sentence: a year of the last two
# centuries or a decade ("1968", "the 1950s"), or the word "pandemic".
_HISTORY_CUE = re.compile(r"\b(?:1[89]\d\d(?:s)?|pandemics?)\b", re.IGNORECASE)
# "known as the Hong Kong flu", "what they called the Hong Kong flu": the words give a name, whatever the year.
_NAMED_BEFORE = re.compile(r"(?:known as|called|dubbed|so-called|so called)\s+$", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)")


def flu_pandemic_name(text: str, tokens: Sequence[Token], i: int, j: int,
                      after: Optional[Token], country: bool = False) -> bool:
    """Whether the name at tokens[i:j] opens a flu pandemic's or virus's name; `after` is the word written
    right after the name (None when none follows with a single space). A `country` or first-level division
    (whose name the news gives this season's flu most often) needs the firmer cues: a pathogen or pandemic
    noun after "flu", a year after "of", or a past year or "pandemic" in the sentence."""
    if after is None or after.norm not in FLU_NOUNS:
        return False
    k = j + 1
    follow = tokens[k] if k < len(tokens) and text[after.end : tokens[k].start] == " " else None
    if follow is not None and follow.norm in PANDEMIC_HEADS:
        return True  # "Hong Kong flu virus", "the Hong Kong flu pandemic"
    if _OF_YEAR.match(text, after.end):
        return True  # "the Asian flu of 1957"
    if not (i > 0 and tokens[i - 1].norm == "the") or _PHRASE_END.match(text, after.end) is None:
        return False
    start = tokens[i].start
    opens = max((m.end() for m in _SENTENCE_END.finditer(text, max(0, start - 300), start)), default=0)
    closes = _SENTENCE_END.search(text, after.end)
    sentence = text[opens : closes.start() if closes else len(text)]
    if _HISTORY_CUE.search(sentence):
        return True  # "the pandemic known as the Hong Kong flu", "the Hong Kong flu, which in 1968 ..."
    the_start = tokens[i - 1].start
    return not country and _NAMED_BEFORE.search(text, max(0, the_start - 20), the_start) is not None
