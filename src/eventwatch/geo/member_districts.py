"""A town's legislative district named by its member: "the Austin district of Doggett", "voters in the Queens
district of Ocasio-Cortez" (geo/unknown_names.names_at_divisions reads "the Lima district of X" as a part of the
town otherwise).

A district of a legislature is written with its member's name as a part of a town is written with its own. The
name is the member's where the story uses it for a person elsewhere ("Doggett said"), where it is a double
surname joined by a hyphen (a person's, as place names so joined are rare in English reports and are read
elsewhere), or where the sentence names a legislator or a seat (`election_words`: "Rep.", "congressional",
"incumbent", "constituency"). A name whose first part is a place word or an article of the languages
transliterated into English ("Al-Qurtasiya", "Deir-Hanna": `toponym_prefixes`, `FUSABLE_ARTICLES`) is no double
surname. Words of voting alone ("voters", "ballots", "polls") are none: violence at an election happens in a
town's parts as anywhere ("a polling station in the Karachi district of X").
"""
from __future__ import annotations

import re
from typing import AbstractSet, Sequence

from eventwatch.geo.normalise import FUSABLE_ARTICLES, Token

# A sentence's end: a stop, then space and a capital or a quote; not after a title's abbreviation ("Rep. Lloyd").
_BREAK = re.compile(r"(\w*)[.!?]\s+(?=[A-Z\"“'‘])")
_TITLES = frozenset({"rep", "reps", "sen", "gov", "mr", "mrs", "ms", "dr", "st", "gen", "lt", "col", "rev", "hon"})
# How far (in characters) a sentence is read either side of the name.
_REACH = 400
_WORD = re.compile(r"[a-z]+")


def _sentence_words(text: str, start: int, end: int) -> set[str]:
    """The lower-cased words of the sentence holding text[start:end]."""
    lo = max(0, start - _REACH)
    head = lo
    for m in _BREAK.finditer(text, lo, start):
        if m.group(1).lower() not in _TITLES:
            head = m.end()
    tail = min(len(text), end + _REACH)
    for m in _BREAK.finditer(text, end, tail):
        if m.group(1).lower() not in _TITLES:
            tail = m.end(1) + 1
            break
    return set(_WORD.findall(text[head:tail].lower()))


def members_name(text: str, tokens: Sequence[Token], st: int, e: int, persons: AbstractSet[str],
                 election_words: AbstractSet[str], place_prefixes: AbstractSet[str] = frozenset()) -> bool:
    """Whether tokens st..e-1, after "the <town> district of", name a legislator rather than a part of the town:
    a word of it the story gives a person, a double capital joined by a hyphen ("Ocasio-Cortez"; not after a
    place word or an article, `place_prefixes` and `FUSABLE_ARTICLES`: "Al-Qurtasiya"), or a word naming a
    legislator or a seat in the sentence."""
    if any(tokens[x].norm in persons for x in range(st, e)):
        return True
    if any(text[tokens[x].end : tokens[x + 1].start] == "-" and tokens[x + 1].text[:1].isupper()
           and tokens[x].norm not in place_prefixes and tokens[x].norm not in FUSABLE_ARTICLES
           for x in range(st, e - 1)):
        return True
    return bool(election_words) and not election_words.isdisjoint(
        _sentence_words(text, tokens[st].start, tokens[e - 1].end))
