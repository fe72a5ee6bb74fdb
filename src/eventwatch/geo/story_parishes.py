"""A saint's name the story's own country holds as a parish is that parish, whatever a list of them agrees on.

"Officials in Negril said St James, St Mary and St Thomas were flooded": geo/saint_names.py adds the written-out
parishes' readings ("Saint James Parish") to each abbreviated name where the story's other names point to the
parishes' country. The resolver then reads the comma list as one, and the country that holds all of its
abbreviated spellings as towns or districts (Canada's, Britain's suburbs, Trinidad's counties) can outvote the
parishes, though no other name of the story lies there. Jamaica, Barbados, Grenada, Dominica and their
neighbours are cut into parishes named for saints, and a story set there by another name means them.

So take the countries the story's other names are read in (its saint's names left aside, but for a capital's:
"St George's"). A saint's name (written "St", "Ste") read in none of them takes its exact first-level reading
in one of them, where it has such readings in exactly one. A saint's name read where another name of the
story lies ("St Catherine, Missouri" beside Missouri) keeps its reading; a story whose other names point to no
single parish country is left as read.
"""
from __future__ import annotations

import re
from typing import Optional, Sequence

from eventwatch.geo.gazetteer import Candidate
from eventwatch.geo.name_span import NameSpan
from eventwatch.geo.resolve import Resolution

# A saint's abbreviation opening the name as written ("St James", "St. Andrew", "Ste Rose").
_SAINT_OPENING = re.compile(r"(?:St|Ste|ST|STE)\.?\s")


def parishes_of_the_story(text: str, spans: Sequence[NameSpan], resolutions: Sequence[Optional[Resolution]],
                          keep: Sequence[bool]) -> list[tuple[int, Candidate]]:
    """(index, parish) for each saint's name read outside the countries of the story's other names, where those
    countries hold exactly one first-level reading of it."""
    saints = {k for k, s in enumerate(spans) if keep[k] and _SAINT_OPENING.match(text, s.start)}
    if not saints:
        return []
    # a saint's name read as a capital ("St George's", "St John's") sets the story as any other name does
    named = {r.candidate.country_code for k, (s, r) in enumerate(zip(spans, resolutions))
             if keep[k] and s.locational and not s.demonym and r is not None and r.candidate is not None
             and r.candidate.country_code and (k not in saints or r.candidate.feature_code == "PPLC")}
    out = []
    for k in sorted(saints):
        r = resolutions[k]
        if r is None or r.candidate is None or r.candidate.country_code in named or not spans[k].locational:
            continue
        parishes = [c for c in spans[k].candidates if c.exact and c.feature_code == "ADM1" and c.country_code in named]
        if len({c.country_code for c in parishes}) == 1:
            out.append((k, parishes[0]))
    return out
