"""A town's name that an apposition calls a firm is the firm's name, in every mention ("Rio Tinto, the miner").

Firms named after a place (a river, a town, a region) are written bare in business copy, and the gazetteer
holds the place: "Rio Tinto" is also a Portuguese town. A reader learns what the name is from the apposition
the paper writes the first time: "X, the Anglo-Australian miner, says", "X, the world's second-largest
brewer,", "X, a record label in Y". A firm's noun heading that apposition (closed by its comma) makes the name a
firm's throughout the document; after "a"/"an" only a noun no town takes does ("a record label", not "a wine
producer"). Countries and first-level divisions are left alone ("Brazil, the largest coffee producer, ..."
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
# ", the" + up to five modifiers + a firm noun + the apposition's closing comma. Only a comma closes it: "Ras
# Tanura, the oil exporter." ends a sentence that tells what the town ships as often as a firm's name.
_FIRM_APPOSITION = re.compile(
    r",\s+the\s+(?:(?!(?:" + "|".join(_NOT_MODIFIERS) + r")\s)[\w'’\-]+\s+){0,5}?(?:"
    + "|".join(re.escape(n) for n in _FIRM_NOUNS) + r")s?\s*,")
# Nouns only a business takes. After "a"/"an" the trade nouns above describe towns and mountains as often as
# firms ("Bordeaux, a wine producer", "Vesuvius, a sleeping giant"); these never do, so "a"/"an" with one of
# them makes a firm, closed by a comma or a full stop or followed by its seat ("X, a record label in Y").
_FIRM_ONLY_NOUNS = ("company", "firm", "corporation", "startup", "start-up", "conglomerate", "multinational",
                    "label", "publisher", "carmaker", "automaker", "chipmaker", "retailer", "lender", "insurer",
                    "airline", "brand")
_FIRM_APPOSITION_A = re.compile(
    r",\s+an?\s+(?:(?!(?:" + "|".join(_NOT_MODIFIERS) + r")\s)[\w'’\-]+\s+){0,5}?(?:"
    + "|".join(re.escape(n) for n in _FIRM_ONLY_NOUNS) + r")s?(?:\s*[,.]|\s+(?:based|headquartered|in|from)\s)")


def firm_named_places(text: str, spans: Sequence[NameSpan], strong: Callable) -> set[int]:
    """Indices of the spans whose name an apposition somewhere in the text calls a firm."""
    firms = {s.norm for s in spans
             if not any(strong(c) and c.exact and c.feature_code.startswith(("PCL", "ADM1")) for c in s.candidates)
             and (_FIRM_APPOSITION.match(text, s.end) is not None
                  or _FIRM_APPOSITION_A.match(text, s.end) is not None)}
    if not firms:
        return set()
    return {k for k, s in enumerate(spans) if s.norm in firms and not s.unknown}
