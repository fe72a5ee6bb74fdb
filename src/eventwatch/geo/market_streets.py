"""Streets that name a financial market ("Stocks on Wall Street closed higher", "Dalal Street rallied"):
in a sentence about shares, indexes or investors the street stands for the market that trades there, not
for the pavement, as "the City" stands for London's. Elsewhere ("a march down Wall Street to the river") the
street is a street.
"""
from __future__ import annotations

import re
from typing import Sequence

from eventwatch.geo.name_span import NameSpan
from eventwatch.geo.sentences import sentence_around

# Streets news writes for a country's stock market.
MARKET_STREETS = frozenset({"wall street", "dalal street"})
# Words of trading that, in the same sentence, make the street its market.
_MARKET_WORDS = re.compile(
    r"\b(?:stocks?|shares?|equit(?:y|ies)|index|indexes|indices|investors?|traders?|trading|bonds?|markets?|"
    r"bourse|dow|nasdaq|s&p|sensex|nifty|bankers?|banks|financiers?|brokers?|futures|rall(?:y|ied|ies)|"
    r"sell-?off|valuations?|earnings|analysts?|lenders?|insiders|hedge funds?)\b", re.IGNORECASE)


def mark_market_streets(text: str, spans: Sequence[NameSpan]) -> None:
    """Mark a market's street `locational=False` (cue "metonymy") where its sentence speaks of trading."""
    for s in spans:
        if s.locational and s.norm in MARKET_STREETS and _MARKET_WORDS.search(sentence_around(text, s.start, s.end)):
            s.locational, s.cue = False, "metonymy"
