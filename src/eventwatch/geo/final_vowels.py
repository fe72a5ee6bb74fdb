"""Spellings that differ only in how they write a name's final feminine ending.

Arabic names ending in tāʾ marbūṭa ("Jablah", "Jableh", "Jabla") reach English with the ending written "-ah",
"-eh", "-a" or "-e" by whichever convention the writer follows; the gazetteer holds one or two of them. The
ending carries no consonant, so two such spellings are the same name, not look-alikes: a short name ("Jabla",
five letters) would otherwise be refused as a loose spelling of its own town (geo/resolve.py `_short_match`)
while "Jiblah" (another vowel inside the word) stays a look-alike that needs context.
"""
from __future__ import annotations

from functools import lru_cache

# The vowels a final tāʾ marbūṭa is written with; a final "h" after them is silent.
_ENDING_VOWELS = frozenset("ae")


@lru_cache(maxsize=50_000)
def _stem(norm: str) -> str | None:
    """The word before its feminine ending ("jableh" → "jabl"), or None when it has none."""
    word = norm[:-1] if len(norm) > 3 and norm.endswith("h") and norm[-2] in _ENDING_VOWELS else norm
    return word[:-1] if len(word) > 2 and word[-1] in _ENDING_VOWELS else None


def same_but_ending(a: str, b: str) -> bool:
    """Whether two folded one-word spellings differ only in writing the final feminine ending ("jabla",
    "jablah", "jableh"); the letters before it must be the same."""
    if a == b:
        return True
    if " " in a or " " in b or not a.isalpha() or not b.isalpha():
        return False
    sa, sb = _stem(a), _stem(b)
    return sa is not None and sa == sb
