"""A name written "in" a town, read as a place in another country than that town's.

"The clinic at Cape Marrow in Dunmore", "nurses at the KEM in Pune": what the text puts in a town lies in
that town's country. When the name's chosen reading is a namesake in another country (a village named like
the cape's bare name, a town spelled like the acronym) and none of its readings lies in the town's country,
the text itself says the reading is wrong: the name is kept unresolved and stands in at the town, as
geo/stated_containers.py does for a town written with its division ("Palma in Cabo Delgado province").

Only a town holds here, and only after "in": a country or a division after "in" also follows titles and
offices ("the envoy of Narek in the Vatican"), which geo/stated_containers.py reads with its own care, and a
comma between two towns is as often a list as a containment. Nor is X a country, a first-level division or a
capital: talks on a country, its envoy or its team are "in" a town abroad every day ("talks on Libya in
Geneva"), and such a reading is no namesake.
"""
from __future__ import annotations

import re
from typing import Optional, Sequence

from eventwatch.geo.name_span import NameSpan
from eventwatch.geo.resolve import Resolution

# Exactly " in " (or "in the") between the name's phrase and the town's name.
_IN_GAP = re.compile(r"[ \u00a0]in[ \u00a0](?:the[ \u00a0])?")


def readings_outside_their_town(text: str, spans: Sequence[NameSpan],
                                resolutions: Sequence[Optional[Resolution]]) -> list[int]:
    """Indices of spans written "X in TOWN" whose reading lies in another country than TOWN's reading while
    none of their readings lies in TOWN's country; each is given TOWN as its container, for its stand-in."""
    out = []
    for k, s in enumerate(spans):
        r = resolutions[k]
        town = _town_after(text, spans, k)
        if r is None or r.candidate is None or town is None or s.demonym \
                or r.candidate.feature_code.startswith(("PCL", "ADM1", "PPLC")):
            continue
        held = resolutions[town]
        if held is None or held.candidate is None or not held.candidate.feature_code.startswith("PPL") \
                or not held.candidate.exact or spans[town].demonym or not spans[town].locational:
            continue
        country = held.candidate.country_code
        if not country or r.candidate.country_code == country \
                or any(c.country_code == country for c in s.candidates):
            continue
        s.container = town
        out.append(k)
    return out


def _town_after(text: str, spans: Sequence[NameSpan], k: int) -> Optional[int]:
    """The span written right after span k and " in " ("X in Y"), if any."""
    s = spans[k]
    end = max(s.end, s.phrase_end)
    for m in range(k + 1, min(k + 3, len(spans))):
        o = spans[m]
        if o.start >= end:
            return m if _IN_GAP.fullmatch(text, end, o.start) else None
    return None


# What follows a name that continues a list ("Lagos, Accra and Dakar", "Lagos, Accra, Dakar").
_LIST_GOES_ON = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?[A-Z]|(?:and|or)\s+[A-Z])")


def holder_in_a_list(text: str, spans: Sequence[NameSpan], k: int) -> bool:
    """Whether the holder written after span k continues a list ("the Zaire, Bundo, Ivory Coast and Sudan
    strains"): the comma before it then joins list items, it does not place span k inside it."""
    holder = spans[k].container
    return holder is not None and _LIST_GOES_ON.match(text, spans[holder].end) is not None
