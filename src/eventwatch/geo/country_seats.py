"""A small country's or territory's capital, spelled as the gazetteer writes it: the capital, not a stray village.

The capitals of small states and territories are towns of a few hundred or thousand people (Road Town, Alofi,
Vatican City), and world news names them far from every other place it gives ("ROAD TOWN — ... lawyers in
London said"; "ALOFI — ... people of Niuean descent in Auckland"). The resolver refuses a small town far from
the story's places as the namesake of a village the gazetteer lacks (geo/resolve.py); a country's seat of
government has no such doubt where no larger town bears its exact name: wire copy names it for its dateline
and its government. Where a larger namesake exists (Jamestown in New York beside St Helena's), the capital
earns no exemption: the story's places must still choose it.
"""
from __future__ import annotations

from typing import Sequence

from eventwatch.geo.gazetteer import Candidate


def seat_of_a_country(town: Candidate, readings: Sequence[tuple[float, Candidate]]) -> bool:
    """Whether `town` is a national capital read by its exact name, and no other populated place among
    `readings` (the name's ranked (score, candidate) pairs), spelled exactly, is larger."""
    if town.feature_code != "PPLC" or not town.exact:
        return False
    return not any(c.id != town.id and c.exact and c.feature_code.startswith("PPL") and c.population > town.population
                   for _score, c in readings)
