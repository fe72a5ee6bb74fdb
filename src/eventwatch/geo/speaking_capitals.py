"""A national capital named only as where a statement was made ("the health ministry in Beirut said") holds no
village the report names.

A government speaks from its capital about events anywhere in the country, so a village the gazetteer lacks,
with nothing else in the report to place it, stands in at the country, not a few kilometres from the capital.
Two limits: the country is taken only where the text names it (a demonym, an adjective or its name; else the
capital stays), and only for the document's main place (`fallback.document_focus`): a village the nearest
named place holds (a capital named just before it) still stands in there.
"""
from __future__ import annotations

from typing import Sequence

from eventwatch.model import Place, Toponym


def seat_country(toponyms: Sequence[Toponym], seat: Place) -> Place:
    """The country the text names (a demonym, an adjective, the name itself) holding `seat` where `seat` is its
    national capital; `seat` itself otherwise."""
    if seat.feature_code != "PPLC":
        return seat
    for t in toponyms:
        p = t.place
        if p is not None and p.country_code == seat.country_code and (p.feature_code or "").startswith("PCL"):
            return p
    return seat
