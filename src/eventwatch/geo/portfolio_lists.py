"""Common words in a ministry's portfolio: "the Minister of Skills, Enterprise and Innovation".

An office's title lists its portfolio as capitalised nouns ("Trade, Industry and Energy", "Commerce,
Enterprise and Labour"), and a few such nouns are also names of small towns (Enterprise, Alabama; Commerce,
Texas). Read in the title they are the office's remit, no place at all. Only ordinary words (the lexicon's
common words) are dropped: a country or a region in the list ("the Ministry of Trade and Tourism of Peru",
"the Secretary of State for Wales") keeps its reading, and a lone portfolio word right after the office's
"of" is left to the rules that already read it as the title's.
"""
from __future__ import annotations

from typing import Collection, Sequence

from eventwatch.geo.name_span import NameSpan
from eventwatch.geo.normalise import Token

# Offices whose title is "<office> of <portfolio>".
PORTFOLIO_OFFICES = frozenset({"minister", "ministers", "ministry", "ministries", "department", "secretary",
                               "office", "commissioner", "directorate", "bureau", "cabinet"})
# What may stand between two items of the list: a comma, "and", "&" (or a space inside a two-word item).
_GAPS = frozenset({" ", ", ", " & ", ", & "})


def _in_portfolio(text: str, tokens: Sequence[Token], i: int) -> bool:
    """Whether token i stands in a capitalised list opened by "<Office> of", after the list's first item."""
    joined = False
    k = i - 1
    while k >= 1:
        t, gap = tokens[k], text[tokens[k].end : tokens[k + 1].start]
        if gap not in _GAPS:
            return False
        joined = joined or gap != " "
        if t.text == "and":
            joined = True
        elif t.text == "of":
            office = tokens[k - 1]
            return joined and office.text[:1].isupper() and office.norm in PORTFOLIO_OFFICES \
                and text[office.end : t.start] == " "
        elif not t.text[:1].isupper():
            return False
        k -= 1
    return False


def portfolio_words(text: str, tokens: Sequence[Token], spans: Sequence[NameSpan],
                    common_words: Collection[str]) -> set[int]:
    """Indices of the one-word names that are ordinary words in an office's portfolio list."""
    return {k for k, s in enumerate(spans)
            if s.j - s.i == 1 and tokens[s.i].norm in common_words and _in_portfolio(text, tokens, s.i)}
