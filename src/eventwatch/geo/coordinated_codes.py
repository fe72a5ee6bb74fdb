"""A state's bare code coordinated with another state of its country: "NSW and the ACT", "Ontario and BC",
"between Alberta and BC", "Victoria and SA".

A bare code ("ACT", "BC", "SA") is read only where the words around it make it a place (geo/abbreviations.py),
as it is as likely a test's, a firm's or a title's initials. Joined by "and" or "or" to the name of a
first-order division of the same country, it is that country's division as surely as after "Town, ": news
lists a country's states side by side, and a code of another country's state ("Texas and the ACT exam") or
a code opening a longer name ("BC Hydro") is left a word. The recogniser lets such a code through on its
coordinator alone (`coordinated_gap`) and sets it aside; once its neighbours are read, it is kept only
beside a division of its own country and narrows its readings to that country's (`coordinated_codes`).

Two kinds of code are not read from their neighbour. An article before the code ("Maryland and the VA",
"the OR staff", "the MP for Surat") makes it a body's, a room's or a title's initials: English writes "the"
before a division's code only where the division's own name takes it, a territory or a district ("the ACT",
"the NT", "the DC area"), so only such readings are kept after it. And a code that also abbreviates a city of
that country ("LA": Los Angeles as well as Louisiana) is not narrowed to the state by a neighbour that may
itself be a city ("between New York and LA"): the neighbour cannot tell which of the two the code is.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from itertools import accumulate
from typing import Sequence

from eventwatch.geo.name_span import NameSpan
from eventwatch.geo.normalise import Token

# "NSW and the ACT", "Tasmania or the ACT", "Alberta and BC", "Queensland, NSW and the ACT"
_BEFORE_CODE = re.compile(r"\s*,?\s+(?:and|or|&)\s+(?:the\s+)?")
# "BC and Alberta", "the ACT and NSW"
_AFTER_CODE = re.compile(r"\s+(?:and|or|&)\s+(?:the\s+)?")
_DIVISION_CODES = ("ADM1",)
# Divisions whose names English writes with "the" ("the Northern Territory", "the District of Columbia").
_ARTICLE_DIVISION = re.compile(r"\b(?:Territory|Territories|District)\b")


def coordinated_gap(text: str, tokens: Sequence[Token], i: int, j: int) -> bool:
    """Whether the bare code on tokens i..j is joined by "and"/"or" to a capitalised word on either side and
    opens no longer name ("BC Hydro"): a provisional reading, confirmed by `coordinated_codes`."""
    if j < len(tokens) and tokens[j].text[:1].isupper() and text[tokens[j - 1].end : tokens[j].start] == " ":
        return False
    # (the gap's text, not the token before the code: "&" is no token, "Queensland & ACT")
    return _joined_before(text, tokens, i) or _joined_after(text, tokens, j)


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
    near = _Neighbours(text, kept)
    for s in joined:
        if near.overlaps(s):
            continue
        article = _after_article(text, s.start)
        for o in near.joined(s):
            countries = {c.country_code for c in o.candidates
                         if c.feature_code in _DIVISION_CODES and (c.exact or o.abbreviation)}
            if any(c.country_code in countries and c.feature_code.startswith("PPL") for c in s.candidates):
                continue  # "New York and LA": Los Angeles as well as Louisiana
            own = [c for c in s.candidates if c.country_code in countries and c.feature_code in _DIVISION_CODES
                   and (not article or _ARTICLE_DIVISION.search(c.name) is not None)]
            if own:
                s.candidates, s.abbreviation = own, True
                s.cue, s.locational, s.firm = o.cue, o.locational, o.firm
                standing.add(s.j - 1)
                added.append(s)
                break
    if not added:
        return kept
    return sorted(kept + added, key=lambda x: x.start)


# The only characters a coordinator's gap holds (" , and the ", " or ", " & ", with any whitespace, as `\s` in the
# joining patterns reads no-break and thin spaces too): a name further off than a run of them cannot be joined
# to the code, so the search for its neighbours stops there.
_GAP_RUN = re.compile(r"[\s,&andorthe]*")


class _Neighbours:
    """The kept names indexed by where they start and end, so that each set-aside code finds the names it
    overlaps or is joined to in logarithmic time: a text of thousands of listed codes ("NSW and NSW and ...")
    would otherwise cost the square of their number."""

    def __init__(self, text: str, kept: Sequence[NameSpan]):
        self.text = text
        order = sorted(range(len(kept)), key=lambda k: kept[k].start)
        self.kept = kept
        self.start_order = order
        self.by_start = [kept[k] for k in order]
        self.starts = [o.start for o in self.by_start]
        # the furthest end among the names starting at or before each one: an overlap test by bisection
        self.reach = list(accumulate((o.end for o in self.by_start), max))
        self.by_end = sorted(range(len(kept)), key=lambda k: kept[k].end)
        self.ends = [kept[k].end for k in self.by_end]

    def overlaps(self, s: NameSpan) -> bool:
        """Whether a kept name shares a character with s."""
        n = bisect_left(self.starts, s.end)  # the names starting before s ends
        return n > 0 and self.reach[n - 1] > s.start

    def joined(self, s: NameSpan) -> list[NameSpan]:
        """The names joined to s by "and"/"or" on either side (not demonyms), in the order of `kept`."""
        text, found = self.text, []
        for p in range(bisect_right(self.ends, s.start) - 1, -1, -1):
            k = self.by_end[p]
            o = self.kept[k]
            if _GAP_RUN.fullmatch(text, o.end, s.start) is None:
                break
            if not o.demonym and _BEFORE_CODE.fullmatch(text, o.end, s.start) is not None:
                found.append(k)
        for p in range(bisect_left(self.starts, s.end), len(self.starts)):
            o = self.by_start[p]
            if _GAP_RUN.fullmatch(text, s.end, o.start) is None:
                break
            if not o.demonym and _AFTER_CODE.fullmatch(text, s.end, o.start) is not None:
                found.append(self.start_order[p])
        return [self.kept[k] for k in sorted(set(found))]


def _after_article(text: str, start: int) -> bool:
    """Whether the word before `start` is "the" ("Maryland and the VA", "The ACT and NSW")."""
    k = start
    while k > 0 and text[k - 1].isspace():
        k -= 1
    return k < start and k >= 3 and text[k - 3 : k].lower() == "the" and (k == 3 or not text[k - 4].isalnum())
