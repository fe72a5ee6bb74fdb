"""Towns after a weak place cue, believed when the document names their country.

A single-word town that is neither large nor backed by a firm cue ("in", "village of") is believed only
when another place supports it (geo/__init__.py `_believed`): a surname after "at" or a town of another
country share many such names. A weak cue ("from", "at", "to") together with the town's own country named
in the document is such support: "Five of the patients came from Lautoka and two from Nadi", in a story
that names Fiji, places both, although neither lies near a place the story gives as a point (the country
is no point, and the story may name no other town). A name listed right after a cued one shares its cue
("ferries from Bari and Ancona", "the ports of Split, Zadar and Rijeka"): the cue governs the whole list.
"""
from __future__ import annotations

import re
from typing import Sequence

from eventwatch.geo.name_lists import LIST_GAP

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
    listed = _cued_list_countries(text, spans, resolutions, keep)
    out = []
    for k, (s, r) in enumerate(zip(spans, resolutions)):
        if keep[k] or not s.locational or s.facility or r is None or r.candidate is None:
            continue
        c = r.candidate
        if not (c.exact and c.country_code in countries and c.feature_code.startswith(_TOWN_CODES)):
            continue
        if not s.cue and listed[k] != c.country_code:
            continue
        if text and _SOURCE_BEFORE.search(text, max(0, s.start - 20), s.start):
            continue
        out.append(k)
    return out


def _cued_list_countries(text: str, spans: Sequence, resolutions: Sequence, keep: Sequence[bool]) -> list:
    """For each span, the country whose cued town it follows in a list, or None: a span follows, through list
    gaps (", ", " and ", ", or "), a believed town or division that has a cue of its own, itself or through
    earlier members read as towns of that country ("from Bari and Ancona" gives "from" to Ancona as to Bari).
    Any other word between two names ends the run, and so does a street ("at Elm Street and Kenner schools": a
    school's name). One pass over the spans."""
    out: list = [None] * len(spans)
    for k in range(1, len(spans)):
        prev, r = spans[k - 1], resolutions[k - 1]
        if prev.end > spans[k].start or prev.demonym or not LIST_GAP.fullmatch(text, prev.end, spans[k].start):
            continue
        c = r.candidate if r is not None else None
        if c is None or not c.country_code or not c.feature_code.startswith(_TOWN_CODES):
            continue
        if (prev.cue and prev.locational and keep[k - 1]) or out[k - 1] == c.country_code:
            out[k] = c.country_code
    return out
