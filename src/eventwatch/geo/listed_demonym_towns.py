"""A people's word standing among towns in a list names the town of that name: "crews from Pampa, Canadian and
Panhandle" (Canadian, Texas), "buses from Elliot Lake, Spanish and Massey" (Spanish, Ontario).

A few towns bear a people's word as their name (Canadian, Argentine, Dane, Spanish). Read alone, the word is the
people's ("Canadian crews"), and the recogniser keeps only its demonym readings. Between two names joined as a
list ("A, X and B", "A, X, B"), where neither neighbour is a people's word too, the word is no adjective of a
noun after it but one more member of the list: the town. A list of people's words ("Mexican, Canadian and
American officials") stays one of peoples.
"""
from __future__ import annotations

import re
from typing import Callable, Sequence

from eventwatch.geo.gazetteer import Candidate
from eventwatch.geo.normalise import Token
from eventwatch.geo.store import NAME_MAIN

# A comma between two list members (the tokens hold no punctuation: it lies in the gap between them).
_COMMA = re.compile(r"\s*,\s*")
_SPACE = re.compile(r"\s+")


def _capitalised(t: Token) -> bool:
    return t.text[:1].isupper() and not t.text.isupper()


def _neighbour_before(text: str, tokens: Sequence[Token], i: int) -> int:
    """The index of the list member's last word just before word i and a comma, or -1."""
    return i - 1 if i >= 1 and _COMMA.fullmatch(text, tokens[i - 1].end, tokens[i].start) else -1


def _neighbour_after(text: str, tokens: Sequence[Token], j: int) -> int:
    """The index of the next list member's first word after word j - 1, past a comma or "and"/"or" (with or
    without a comma before it), or -1."""
    if j >= len(tokens):
        return -1
    if tokens[j].norm in ("and", "or") and _SPACE.fullmatch(text, tokens[j - 1].end, tokens[j].start) \
            or _COMMA.fullmatch(text, tokens[j - 1].end, tokens[j].start):
        k = j + 1 if tokens[j].norm in ("and", "or") else j
        if k < len(tokens) and tokens[k].norm in ("and", "or"):
            k += 1  # ", and"
        return k if k < len(tokens) else -1
    return -1


def between_list_members(text: str, tokens: Sequence[Token], i: int, j: int,
                         is_demonym: Callable[[Token], bool]) -> bool:
    """Whether the one word tokens[i:j] stands between two capitalised names of a list ("A, X and B", "A, X, B"),
    neither of them a people's word (`is_demonym`)."""
    if j - i != 1:
        return False
    before, after = _neighbour_before(text, tokens, i), _neighbour_after(text, tokens, j)
    return before >= 0 and after >= 0 \
        and all(_capitalised(tokens[k]) and not is_demonym(tokens[k]) for k in (before, after))


def listed_demonym_towns(text: str, tokens: Sequence[Token], i: int, j: int, cands: Sequence[Candidate],
                         is_demonym: Callable[[Token], bool]) -> list[Candidate]:
    """The towns the one-word people's name tokens[i:j] names where it stands between two names of a list;
    none elsewhere. The word is an ordinary one as well ("canadian"): geo/context_reading.py keeps it there,
    as the list places it."""
    towns = [c for c in cands if c.kind == NAME_MAIN and c.exact and c.feature_code.startswith("PPL")]
    return towns if towns and between_list_members(text, tokens, i, j, is_demonym) else []
