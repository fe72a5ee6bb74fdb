"""Towns after a weak place cue, believed when the document names their country.

A single-word town that is neither large nor backed by a firm cue ("in", "village of") is believed only
when another place supports it (geo/__init__.py `_believed`): a surname after "at" or a town of another
country share many such names. A weak cue ("from", "at", "to") together with the town's own country named
in the document is such support: "Five of the patients came from Lautoka and two from Nadi", in a story
that names Fiji, places both, although neither lies near a place the story gives as a point (the country
is no point, and the story may name no other town).
"""
from __future__ import annotations

import re
from typing import Sequence

# "according to X" introduces a source (a person, a paper, an agency), whatever X is also the name of.
_SOURCE_BEFORE = re.compile(r"\baccording\s+to\s+$", re.IGNORECASE)
# Settlements and administrative divisions: a stream or a hill of the same name says nothing of a town.
_TOWN_CODES = ("PPL", "ADM")


def cued_towns_of_named_countries(text: str, spans: Sequence, resolutions: Sequence,
                                  keep: Sequence[bool]) -> list[int]:
    """Indexes of names not yet believed that follow a place cue and read as a town or division, spelled
    exactly as the gazetteer writes it, of a country the document names by its name. A demonym does not
    count as naming the country: it names people ("American" is in most US stories, whatever it is about)."""
    countries = {resolutions[k].candidate.country_code for k, s in enumerate(spans)
                 if keep[k] and not s.demonym and resolutions[k] is not None and resolutions[k].candidate is not None
                 and resolutions[k].candidate.feature_code.startswith("PCL")}
    countries.discard(None)
    if not countries:
        return []
    out = []
    for k, (s, r) in enumerate(zip(spans, resolutions)):
        if keep[k] or not s.locational or not s.cue or s.facility or r is None or r.candidate is None:
            continue
        c = r.candidate
        if not (c.exact and c.country_code in countries and c.feature_code.startswith(_TOWN_CODES)):
            continue
        if text and _SOURCE_BEFORE.search(text, max(0, s.start - 20), s.start):
            continue
        out.append(k)
    return out
