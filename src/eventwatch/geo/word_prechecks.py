"""A quick test that a window of text may hold a case-blind expression's words, before the expression is searched.

Several rules ask, of every name, whether the words before it say people fled there or arrived there: a
case-blind search over a window of eighty or ninety characters, tried at every position, though almost no
window holds any of the words the expression needs. A substring test of the window lower-cased answers
"cannot match" for those at C speed, and the search runs only where it may match.

The test must never say no where the search would say yes. Lower-casing a window keeps each character where
it is except "İ", and the regular expression engine lets three characters stand for ASCII letters in a
case-blind search though `str.lower` does not make them those letters: "İ" and "ı" for "i", "ſ" for "s"
(`CASE_BLIND_LETTERS`, checked against the engine in tests/test_geo_speed_prechecks.py). They are turned
into their letters first, so the folded window holds a word whenever the search could find it.
"""
from __future__ import annotations

from typing import Iterable

# Characters that a case-blind `re` search matches to an ASCII letter which `str.lower` does not give.
CASE_BLIND_LETTERS = {"\u0130": "i", "\u0131": "i", "\u017f": "s"}
_TO_LETTERS = str.maketrans(CASE_BLIND_LETTERS)


def case_folded(window: str) -> str:
    """`window` lower-cased as a case-blind search reads its ASCII letters (same length, same places)."""
    if window.isascii():
        return window.lower()
    return window.translate(_TO_LETTERS).lower()


def may_hold(folded: str, words: Iterable[str]) -> bool:
    """Whether the folded window holds one of `words` (lower-case ASCII) anywhere, even inside a word."""
    for w in words:
        if w in folded:
            return True
    return False
