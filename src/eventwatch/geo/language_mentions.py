"""Whether "in <language>" is about language where the language's name is also a town's or a division's.

"leaflets in Quechua" names no place, but several languages share their name with a town or a division the
gazetteer holds by its main name ("Malay" in Aklan, "Breton" in Alberta, "Guarani" in Minas Gerais). There
"in Malay" is the town as often as the language: "clinics in Malay, Aklan", "the bus stopped in Malay". The
word is read as the language only where the sentence is about language: a word of speech, writing or
teaching stands near it ("printed in Malay", "lessons in Breton"), or it is coordinated with another
language ("in Malay and Tamil"). A container after its comma ("in Malay, Aklan") or another name in its
coordination ("in Malay and Buruanga") makes it the place. A gloss in brackets ("My (We in English)") and what
is said in it ("said in Malay") are the language.
"""
from __future__ import annotations

from typing import AbstractSet

from eventwatch.geo.name_span import NameSpan
from eventwatch.geo.normalise import Token
from eventwatch.geo.store import NAME_MAIN

# Words of speaking, writing, printing and teaching: what a language is used for, never a town. Not words as
# common in any report ("called", "known", "named": "residents in Malay called for help").
LANGUAGE_USES = frozenset({
    "written", "write", "writes", "wrote", "writing", "spoken", "speak", "speaks", "spoke", "speaking",
    "speakers", "printed", "print", "prints", "translated", "translation", "translations", "dubbed", "subtitles",
    "subtitled", "signs", "signage", "leaflets", "pamphlets", "posters", "banners", "lessons", "classes",
    "courses", "taught", "teach", "teaches", "teaching", "sing", "sings", "sang", "sung", "singing", "songs",
    "lyrics", "sermon", "sermons", "prayers", "fluent", "fluently", "language", "languages", "word", "words",
    "phrase", "phrases", "spelled", "spelt", "pronounced", "textbooks", "novel", "novels", "poems", "poetry",
    "literature", "broadcast", "broadcasts", "slogans", "chanted", "chanting", "instructions", "menus",
    "dialect", "dialects", "tongue", "literacy", "recited",
})
# Verbs of saying before "in": what is said in a language ("said in English", "told reporters in Malay" is not
# read: only the verb right before "in").
SAYING = frozenset({
    "said", "say", "says", "saying", "told", "asked", "added", "wrote", "tweeted", "posted", "replied",
    "answered", "shouted", "reads", "read", "sang", "spoke", "speaks", "speak", "written", "printed", "sung",
    "spoken", "chanted", "announced", "explained",
})
_NEAR = 6  # words either side of the name that a word of use may stand at


def shared_with_a_place(s: NameSpan) -> bool:
    """Whether a town or division is called by the language's name as its own (main) name."""
    return any(c.exact and c.kind == NAME_MAIN and c.feature_code.startswith(("PPL", "ADM")) for c in s.candidates)


def _next_conjunct(text: str, tokens: list[Token], j: int, end: int) -> Token | None:
    """The word opening the next conjunct after the name (after its comma, "and" or "or"), if any."""
    if j >= len(tokens):
        return None
    gap = text[end : tokens[j].start]
    if gap.strip() == ",":
        return tokens[j]
    if gap.strip() == "" and tokens[j].norm in {"and", "or"} and j + 1 < len(tokens):
        return tokens[j + 1]
    return None


def about_language(text: str, tokens: list[Token], s: NameSpan, languages: AbstractSet[str]) -> bool:
    """Whether the sentence around "in <name>" speaks of language: a language in its coordination, or a word
    of use near it, with no other name coordinated or set after its comma as a container."""
    if text[s.end : s.end + 1] == ")" or (s.i >= 2 and tokens[s.i - 2].norm in SAYING):
        return True  # a gloss ("the store My (We in English)"), or what was said in it ("said in Malay")
    nxt = _next_conjunct(text, tokens, s.j, s.end)
    if nxt is not None and nxt.text[:1].isupper():
        return nxt.norm in languages  # "in Malay and Tamil" / "in Malay, Aklan"
    lo, hi = max(0, s.i - _NEAR), min(len(tokens), s.j + _NEAR)
    # the sentence's bounds, sought only as far as the words read
    lo_at, hi_at = tokens[lo].start, tokens[hi - 1].end
    first = max(text.rfind(". ", lo_at, s.start), text.rfind("\n", lo_at, s.start))
    last = min((p for p in (text.find(". ", s.end, hi_at), text.find("\n", s.end, hi_at)) if p >= 0), default=hi_at + 1)
    return any(first < tokens[k].start < last and (
        tokens[k].norm in LANGUAGE_USES or (k != s.i and tokens[k].norm in languages and tokens[k].text[:1].isupper()))
        for k in range(lo, hi))
