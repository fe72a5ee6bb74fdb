"""Flu pandemics and strains named for a place ("the Hong Kong flu", "the Asian flu of 1957", "Hong Kong Flu
virus"): the pandemic or the virus, not where anyone fell ill.

"flu" is left out of the disease nouns (false_places.yaml) because "the Hong Kong flu cases" may be cases in
Hong Kong: a plain noun after "flu" keeps the place. The pandemic's name is told by what closes it: a pathogen
noun or "pandemic" ("Hong Kong flu virus", "the Hong Kong flu pandemic"), or "of" and a year ("the Asian flu of
1957"). "the X flu" ending its noun phrase is, by itself, how news writes of this season's flu in a place ("the
Manitoba flu is spreading", "the Manitoba flu epidemic"), so it names the pandemic only with a naming cue tied
to it: a past century's year before the name ("the 1957 Asian flu"), "pandemic" before the naming words ("the
pandemic known as the Hong Kong flu") or in apposition after it ("the Hong Kong flu, the pandemic that ..."),
"known as"/"called" just before it, or, for a town's name, a past year written as a date in its sentence ("in
1968 a nurse caught the Hong Kong flu"). A number that counts ("killed 1850 people"), a year after "since" ("the
worst since 1997") or a "pandemic" elsewhere in the sentence ("officials fear a pandemic") names nothing.
"epidemic" is no pandemic head for the same reason: it is this winter's outbreak.
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
# A past year as a date, looked for in a town's flu's sentence: "in 1968", "during the 1950s", "of 1957". Not a
# count ("1850 people") nor a year after "since" ("the worst since 1997"), which says how bad this season is.
_DATED_YEAR = re.compile(r"\b(?:in|of|during)\s+(?:the\s+)?1[89]\d\d(?:s)?\b", re.IGNORECASE)
# "the 1957 Asian flu": a year standing right before the name, between it and "the".
_YEAR_BEFORE = re.compile(r"\bthe\s+1[89]\d\d\s+$", re.IGNORECASE)
# "known as the Hong Kong flu", "what they called the Hong Kong flu": the words give a name, whatever the year.
_NAMED_BEFORE = re.compile(r"(?:known as|called|dubbed|so-called|so called)\s+$", re.IGNORECASE)
# "the pandemic known as the Hong Kong flu", "the pandemic they called the Hong Kong flu": a pandemic given the name.
_PANDEMIC_NAMED = re.compile(r"\bpandemics?\s+(?:\w+\s+){0,2}?(?:known as|called|dubbed)\s+$", re.IGNORECASE)
# "the Hong Kong flu, the pandemic that ...": the name in apposition to "pandemic".
_PANDEMIC_AFTER = re.compile(r",\s+(?:the|a)\s+(?:\w+\s+)?pandemic\b", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)")


def flu_pandemic_name(text: str, tokens: Sequence[Token], i: int, j: int,
                      after: Optional[Token], country: bool = False) -> bool:
    """Whether the name at tokens[i:j] opens a flu pandemic's or virus's name; `after` is the word written
    right after the name (None when none follows with a single space). A `country` or first-level division
    (whose name the news gives this season's flu most often) needs the firmer cues: a pathogen or pandemic
    noun after "flu", a year after "of" or before the name, or "pandemic" giving it the name."""
    if after is None or after.norm not in FLU_NOUNS:
        return False
    k = j + 1
    follow = tokens[k] if k < len(tokens) and text[after.end : tokens[k].start] == " " else None
    if follow is not None and follow.norm in PANDEMIC_HEADS:
        return True  # "Hong Kong flu virus", "the Hong Kong flu pandemic"
    if _OF_YEAR.match(text, after.end):
        return True  # "the Asian flu of 1957"
    start = tokens[i].start
    if _PHRASE_END.match(text, after.end) is None:
        return False
    if _YEAR_BEFORE.search(text, max(0, start - 12), start):
        return True  # "the 1957 Asian flu"
    if not (i > 0 and tokens[i - 1].norm == "the"):
        return False
    the_start = tokens[i - 1].start
    if _PANDEMIC_NAMED.search(text, max(0, the_start - 40), the_start) or _PANDEMIC_AFTER.match(text, after.end):
        return True  # "the pandemic known as the Hong Kong flu", "the Hong Kong flu, the pandemic that ..."
    opens = max((m.end() for m in _SENTENCE_END.finditer(text, max(0, start - 300), start)), default=0)
    closes = _SENTENCE_END.search(text, after.end)
    if _DATED_YEAR.search(text[opens : closes.start() if closes else len(text)]):
        return True  # "in 1968 a nurse caught the Hong Kong flu": a dated past names the pandemic, a country's too
    if country:
        return False
    return _NAMED_BEFORE.search(text, max(0, the_start - 20), the_start) is not None
