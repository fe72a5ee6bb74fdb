"""A two-letter town's name written with its accent ("Pô" in Burkina Faso, "Ré" off La Rochelle) is a name.

The recogniser holds back one- and two-letter words ("A", "Al", "Ho"): a short word spells some place's
alternate name too often to be read as one. English writes no word of two letters with an accent, so a
capitalised one that some place spells exactly so, accent and all, is that place's name, not an everyday
word. A Vietnamese person's name is written with such syllables ("Lê Văn Thành", "Nguyễn Thị Hà"): the word
counts only standing alone, with no capitalised word written right before or after it.
"""
from __future__ import annotations

from typing import Sequence

from eventwatch.geo.gazetteer import Candidate
from eventwatch.geo.normalise import Token


def _capitalised_beside(text: str, tokens: Sequence[Token], k: int, i: int) -> bool:
    """Whether token k, next to token i, is a capitalised word joined to it by a space or a hyphen."""
    if not 0 <= k < len(tokens) or not tokens[k].text[:1].isupper():
        return False
    a, b = (tokens[k], tokens[i]) if k < i else (tokens[i], tokens[k])
    return text[a.end : b.start] in (" ", "-")


def accented_short_word(text: str, tokens: Sequence[Token], i: int) -> bool:
    """Whether token i is a capitalised two-letter word with a letter English lacks ("Pô"), standing alone."""
    t = tokens[i].text
    return len(t) == 2 and t[:1].isupper() and t[1:].islower() and not t.isascii() and t.isalpha() \
        and not _capitalised_beside(text, tokens, i - 1, i) and not _capitalised_beside(text, tokens, i + 1, i)


def spelled_as_written(cands: Sequence[Candidate], written: str) -> list[Candidate]:
    """The readings whose name is spelt exactly as `written`, accent included ("Pô", not "Po")."""
    return [c for c in cands if c.exact and c.matched == written]
