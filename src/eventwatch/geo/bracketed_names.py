"""A town's other name in brackets beside its Arabic one: "كوباني (عين العرب)", "القامشلي (قامشلو)".

Kurdish-led outlets, and reports quoting them, write a town's Kurdish (or Syriac, or older) name beside the Arabic
one. The gazetteer holds such a name in Latin letters only, among the alternate names of a place it already names
in Arabic, which the bridge (geo/arabic_translit.py) does not index by its Latin names: an exonym's consonants
would catch unrelated words anywhere. Beside the bracketed pair the question is narrower: is the unread word the
other name of *this* place? It is where one of the place's Latin spellings writes the word's consonants.
"""
from __future__ import annotations

from typing import Optional

from eventwatch.geo.arabic_translit import arabic_skeletons, consonants, latin_skeleton
from eventwatch.geo.gazetteer import Candidate, Gazetteer
from eventwatch.geo.name_span import NameSpan
from eventwatch.geo.normalise import Token, arabic_base, is_arabic

# An other name is one or two words; its skeleton must hold this many consonants to be compared at all.
MAX_OTHER_NAME_WORDS = 2
MIN_OTHER_NAME_CONSONANTS = 3

_LATIN_KEYS: dict[tuple[str, frozenset[str]], dict[int, frozenset[str]]] = {}


def latin_keys(gaz: Gazetteer, countries: frozenset[str]) -> dict[int, frozenset[str]]:
    """The skeletons of every Latin spelling of each populated place of `countries`, by place id (read once
    per gazetteer and set of countries, as the bridge's index is)."""
    memo = (str(gaz.directory), countries)
    keys = _LATIN_KEYS.get(memo)
    if keys is None:
        found: dict[int, set[str]] = {}
        for cand, surface, _kind in gaz.populated_place_spellings(countries):
            if not is_arabic(surface):
                key = latin_skeleton(surface)
                if consonants(key) >= MIN_OTHER_NAME_CONSONANTS:
                    found.setdefault(cand.id, set()).add(key)
        keys = _LATIN_KEYS[memo] = {pid: frozenset(v) for pid, v in found.items()}
    return keys


def _words(text: str, tokens: list[Token], i: int, j: int, taken: list[bool]) -> Optional[list[str]]:
    """The article-less readings of tokens i..j-1 when they are untaken Arabic words written one after another."""
    if i < 0 or j > len(tokens) or not 0 < j - i <= MAX_OTHER_NAME_WORDS or any(taken[i:j]):
        return None
    if any(text[tokens[k].end : tokens[k + 1].start].strip() for k in range(i, j - 1)):
        return None
    if not all(is_arabic(tokens[k].norm) for k in range(i, j)):
        return None
    return [arabic_base(tokens[k].norm) for k in range(i, j)]


def _other_name_of(gaz: Gazetteer, words: list[str], span: NameSpan,
                   countries: frozenset[str]) -> Optional[Candidate]:
    """The place of the read name whose Latin spellings (one of them) write the unread words' consonants."""
    written = arabic_skeletons(words)
    for c in span.candidates:
        if c.country_code in countries \
                and written & latin_keys(gaz, frozenset({c.country_code})).get(c.id, frozenset()):
            return c
    return None


def bracketed_other_names(gaz: Gazetteer, text: str, tokens: list[Token], found: list[NameSpan],
                          taken: list[bool], countries: frozenset[str]) -> list[NameSpan]:
    """Spans for the unread words in brackets right after a read name ("عين العرب (كوباني)"), or right before
    a name read in brackets ("كوباني (عين العرب)"), that one of that name's places is also called in Latin
    letters: each read as that place. Only places of `countries` (those whose places have Arabic names) are
    looked at."""
    out: list[NameSpan] = []
    for span in found:
        if not span.candidates or not span.locational or not is_arabic(span.norm):
            continue
        options = []
        # the other name after, in brackets: "Y (X)"
        if span.j < len(tokens) and text[tokens[span.j - 1].end : tokens[span.j].start].strip() == "(":
            for size in range(1, MAX_OTHER_NAME_WORDS + 1):
                end = span.j + size
                if end <= len(tokens) and text[tokens[end - 1].end :].lstrip().startswith(")"):
                    options.append((span.j, end))
        # the other name before, the read one in brackets: "X (Y)"
        if span.i > 0 and text[tokens[span.i - 1].end : tokens[span.i].start].strip() == "(" \
                and text[span.end :].lstrip().startswith(")"):
            options += [(span.i - size, span.i) for size in range(1, MAX_OTHER_NAME_WORDS + 1)]
        for i, j in options:
            words = _words(text, tokens, i, j, taken)
            if words is None:
                continue
            cand = _other_name_of(gaz, words, span, countries)
            if cand is None:
                continue
            out.append(NameSpan(i, j, tokens[i].start, tokens[j - 1].end, " ".join(words), [cand],
                                cue=span.cue, vague=span.vague, phrase_start=span.phrase_start,
                                phrase_end=span.phrase_end))
            for m in range(i, j):
                taken[m] = True
            break
    return out


__all__ = ["bracketed_other_names", "latin_keys"]
