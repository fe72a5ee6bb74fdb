"""A state's bare code coordinated with another state of its country: "NSW and the ACT", "Ontario and BC",
"between Alberta and BC", "Victoria and SA".

A bare code ("ACT", "BC", "SA") is read only where the words around it make it a place (geo/abbreviations.py),
as it is as likely a test's, a firm's or a title's initials. Joined by "and" or "or" to the name of a
first-order division of the same country, it is that country's division as surely as after "Town, ": news
lists a country's states side by side, and a code of another country's state ("Texas and the ACT exam") or
a code opening a longer name ("BC Hydro") is left a word. The recogniser lets such a code through on its
coordinator alone (`coordinated_gap`) and sets it aside; once its neighbours are read, it is kept only
beside a division of its own country and narrows its readings to that country's (`coordinated_codes`).
"""
from __future__ import annotations

import re
from typing import Sequence

from eventwatch.geo.name_span import NameSpan
from eventwatch.geo.normalise import Token

# "NSW and the ACT", "Tasmania or the ACT", "Alberta and BC", "Queensland, NSW and the ACT"
_BEFORE_CODE = re.compile(r"\s*,?\s+(?:and|or|&)\s+(?:the\s+)?")
# "BC and Alberta", "the ACT and NSW"
_AFTER_CODE = re.compile(r"\s+(?:and|or|&)\s+(?:the\s+)?")
_DIVISION_CODES = ("ADM1",)


def coordinated_gap(text: str, tokens: Sequence[Token], i: int, j: int) -> bool:
    """Whether the bare code on tokens i..j is joined by "and"/"or" to a capitalised word on either side and
    opens no longer name ("BC Hydro"): a provisional reading, confirmed by `coordinated_division`."""
    if j < len(tokens) and tokens[j].text[:1].isupper() and text[tokens[j - 1].end : tokens[j].start] == " ":
        return False
    before = i > 0 and tokens[i - 1].norm in ("the", "and", "or", "&") and _joined_before(text, tokens, i)
    return before or _joined_after(text, tokens, j)


def _joined_before(text: str, tokens: Sequence[Token], i: int) -> bool:
    for k in range(i - 1, max(-1, i - 4), -1):
        m = _BEFORE_CODE.fullmatch(text, tokens[k].end, tokens[i].start)
        if m is not None:
            return tokens[k].text[:1].isupper()
    return False


def _joined_after(text: str, tokens: Sequence[Token], j: int) -> bool:
    for k in range(j, min(len(tokens), j + 3)):
        m = _AFTER_CODE.fullmatch(text, tokens[j - 1].end, tokens[k].start)
        if m is not None:
            return tokens[k].text[:1].isupper()
    return False


def coordinated_codes(text: str, kept: list[NameSpan], joined: Sequence[NameSpan],
                      standing: set[int]) -> list[NameSpan]:
    """`kept` with each set-aside code of `joined` that is joined to a kept name read as a first-order division
    of a country one of its own readings is a division of ("Victoria": the Australian state, so "SA" is South
    Australia): its readings narrowed to that country's, its cue and use those of its neighbour (the list
    shares them: "in Tasmania or the ACT"), its last token added to `standing`. A code whose words another
    kept name covers is left out."""
    added = []
    for s in joined:
        if any(o.start < s.end and s.start < o.end for o in kept):
            continue
        for o in _joined_names(text, s, kept):
            countries = {c.country_code for c in o.candidates
                         if c.feature_code in _DIVISION_CODES and (c.exact or o.abbreviation)}
            own = [c for c in s.candidates if c.country_code in countries and c.feature_code in _DIVISION_CODES]
            if own:
                s.candidates, s.abbreviation = own, True
                s.cue, s.locational, s.firm = o.cue, o.locational, o.firm
                standing.add(s.j - 1)
                added.append(s)
                break
    if not added:
        return kept
    return sorted(kept + added, key=lambda x: x.start)


def _joined_names(text: str, s: NameSpan, spans: Sequence[NameSpan]) -> list[NameSpan]:
    """The names joined to s by "and"/"or" on either side (not demonyms)."""
    return [o for o in spans if not o.demonym and (
        (o.end <= s.start and _BEFORE_CODE.fullmatch(text, o.end, s.start) is not None)
        or (s.end <= o.start and _AFTER_CODE.fullmatch(text, s.end, o.start) is not None))]
