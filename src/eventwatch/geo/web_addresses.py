"""Words a document writes in lower case only inside a web address: "crimestoppers-oakdale.ca", "www.oakdale.gov",
"tips@oakdale-news.com".

Several rules drop a capitalised name that the document also writes as an ordinary lower-case word ("Reading"
beside "reading"). A web address is no sentence writing the word: a place's own site or its paper's domain
spells the place in lower case ("Brant OPP ... brant-news.ca"), and counting it made the name an ordinary
word. The document's lower-case words are read without the tokens inside addresses; a word also written in
lower case outside one stays ordinary.

Only the place rules read the filtered words (the recogniser's `_lower`, geo/common_word_names.py). The person
rules (geo/persons.py) still count an address's words as ordinary ones, on purpose: there the set keeps a
capitalised word from being read as a given name or surname, and a word a document's own address spells
("brant-news.ca") is more likely its place than a person, so the unfiltered set errs to the place's side.

Every document is read for addresses, so they are found by their marks alone (a top-level domain after a
dot, "@", "://", "www."), each widened to the spaces around it, rather than by a pattern tried at every word.
"""
from __future__ import annotations

import re
from typing import Sequence

from eventwatch.geo.normalise import Token

# A common top-level domain after a dot, as addresses write it (lower case): "oakdale.ca", "news.co.uk". The
# dot must follow a letter or digit ("paused...in" is an ellipsis); see also `_host_label`. The pattern opens on
# the dot and looks back past it, rather than opening on the look-behind: a pattern opening on a literal is
# scanned for that character at C speed, one opening on a look-behind is tried at every position of the text.
_DOMAIN_END = re.compile(r"\.(?<=[a-z0-9]\.)(?:com|org|net|gov|edu|info|ca|uk|au|nz|ie|us|co|in|za|ng|ke)\b")
_MARKS = ("@", "://", "www.")


def address_spans(text: str) -> list[tuple[int, int]]:
    """The (start, end) of each run of non-space characters holding an address's mark, in order."""
    anchors = [m.start() for m in _DOMAIN_END.finditer(text) if _host_label(text, m.start())]
    for mark in _MARKS:
        k = text.find(mark)
        while k >= 0:
            anchors.append(k)
            k = text.find(mark, k + 1)
    if not anchors:
        return []
    spans: list[tuple[int, int]] = []
    n = len(text)
    for a in sorted(anchors):
        if spans and a < spans[-1][1]:
            continue
        start, end = a, a
        while start > 0 and not text[start - 1].isspace():
            start -= 1
        while end < n and not text[end].isspace():
            end += 1
        spans.append((start, end))
    return spans


def _host_label(text: str, dot: int) -> bool:
    """Whether the run of letters, digits and hyphens before `dot` holds a letter, as a host's label does: a
    number's decimals ("version 2.0.co") do not."""
    k = dot
    while k > 0 and (text[k - 1].isalnum() or text[k - 1] == "-"):
        k -= 1
        if text[k].isalpha():
            return True
    return False


# The last token list read and its answer: the recogniser and geo/common_word_names.py ask for the same document.
_last: tuple = (None, None, None)


def lower_words_outside_addresses(text: str, tokens: Sequence[Token], lower: frozenset[str]) -> frozenset[str]:
    """`lower` (the document's lower-case words of three letters or more) without those it writes in lower
    case only inside web addresses."""
    global _last
    held, held_lower, words = _last
    if held is tokens and held_lower is lower:
        return words
    words = _outside(text, tokens, lower)
    _last = (tokens, lower, words)
    return words


def _outside(text: str, tokens: Sequence[Token], lower: frozenset[str]) -> frozenset[str]:
    spans = address_spans(text)
    if not spans:
        return lower
    inside: set[str] = set()
    outside: set[str] = set()
    k = 0
    for t in tokens:
        if not t.text.islower() or len(t.text) <= 2:
            continue
        while k < len(spans) and spans[k][1] <= t.start:
            k += 1
        if k < len(spans) and spans[k][0] <= t.start:
            inside.add(t.norm)
        else:
            outside.add(t.norm)
    only_inside = inside - outside
    return lower - only_inside if only_inside else lower
