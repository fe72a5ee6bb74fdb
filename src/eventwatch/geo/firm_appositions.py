"""A town's name that an apposition calls a firm is the firm's name, in every mention ("Rio Tinto, the miner").

Firms named after a place (a river, a town, a region) are written bare in business copy, and the gazetteer
holds the place: "Rio Tinto" is also a Portuguese town. A reader learns what the name is from the apposition
the paper writes the first time: "X, the Anglo-Australian miner, says", "X, the world's second-largest
brewer,", "X, a record label based in Y". A firm's noun heading that apposition (closed by its comma) makes the name a firm's throughout the
document. Countries and first-level divisions are left alone ("Brazil, the largest coffee producer, ..."
is still the country), and a place noun heading the apposition ("X, the Spanish city,") keeps the place.
"""
from __future__ import annotations

import re
from typing import Callable, Sequence

from eventwatch.geo.name_span import NameSpan

# Nouns that name a business, as the head of an apposition.
_FIRM_NOUNS = ("miner", "company", "firm", "group", "maker", "carmaker", "automaker", "chipmaker", "retailer",
               "lender", "insurer", "airline", "carrier", "brewer", "distiller", "producer", "manufacturer",
               "conglomerate", "supplier", "exporter", "importer", "developer", "operator", "giant",
               "multinational", "corporation", "startup", "start-up", "trader", "bank", "label", "publisher")
# Words that make the firm noun no head of the apposition: a preposition or relative ("the home of the software
# giant", "the city where the carmaker") or a place noun before it ("the port city of the trader"); written as
# whole words only ("the state-owned carrier", "the country's biggest company" are firms' appositions).
_NOT_MODIFIERS = ("of", "in", "for", "to", "from", "at", "on", "by", "with", "where", "whose", "which", "that",
                  "home", "city", "town", "capital", "port", "hub", "seat", "base", "headquarters", "birthplace",
                  "region", "province", "state", "country", "island", "village", "county", "district")
# ", the" (or "a", "an") + up to five modifiers + a firm noun + the apposition's closing comma or full stop, or
# the firm's seat ("X, a record label based in Y").
_FIRM_APPOSITION = re.compile(
    r",\s+(?:the|an?)\s+(?:(?!(?:" + "|".join(_NOT_MODIFIERS) + r")\s)[\w'’\-]+\s+){0,5}?(?:"
    + "|".join(re.escape(n) for n in _FIRM_NOUNS) + r")s?(?:\s*[,.]|\s+(?:based|headquartered)\s)")


def firm_named_places(text: str, spans: Sequence[NameSpan], strong: Callable) -> set[int]:
    """Indices of the spans whose name an apposition somewhere in the text calls a firm."""
    firms = {s.norm for s in spans
             if not any(strong(c) and c.exact and c.feature_code.startswith(("PCL", "ADM1")) for c in s.candidates)
             and _FIRM_APPOSITION.match(text, s.end) is not None}
    if not firms:
        return set()
    return {k for k, s in enumerate(spans) if s.norm in firms and not s.unknown}
