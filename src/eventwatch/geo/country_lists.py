"""A name listed with countries, and only with countries, is a country too: "spread to neighbouring Chad and
Niger", "flights from Peru, Chile and Bolivia".

The resolver weighs a name's readings by the story's other places, and a story about one region of a
country pulls a name towards that region's towns: a city that shares its name with a country ("Benin City"
beside Edo State, written "Benin" as well) then outranks the country even where the text lists the name
among other countries. A list is a list of one kind of thing; where every other name of it reads as a
country, the name is that country when it can be one. Lists of three or more already agree on a kind of
place (`reading_context.list_peers`), but only as one weight among others, and two names ("X and Y") make
no such list there.
"""
from __future__ import annotations

from typing import Mapping, Optional, Sequence

from eventwatch.geo.gazetteer import Candidate
from eventwatch.geo.store import NAME_DEMONYM


def _country(c: Optional[Candidate]) -> bool:
    return c is not None and c.feature_code.startswith("PCL")


def country_list_readings(listed: Mapping[int, Sequence[int]], chosen: Sequence[Optional[Candidate]],
                          ranked: Mapping[int, Sequence[tuple[float, Candidate]]]) -> dict[int, Candidate]:
    """For each name read as something other than a country, whose list's other names (`listed`, see
    `reading_context.listed_with`) all read as countries, its country reading spelled as the text writes
    it, where it has one among `ranked[k]` (its scored readings, those beyond the cut included).

    The country must be spelled as the name is, not reached through a demonym ("Chadian" names people); and
    a list holding a name read as nothing is left alone: an unread name may be a person's, and a list with
    one is no list of countries."""
    out: dict[int, Candidate] = {}
    for k, others in listed.items():
        c = chosen[k]
        if c is None or _country(c) or not others or not all(_country(chosen[o]) for o in others):
            continue
        country = next((x for _, x in ranked.get(k, ()) if _country(x) and x.exact and x.kind != NAME_DEMONYM), None)
        if country is not None:
            out[k] = country
    return out
