"""A name listed with first-level divisions is their peer, not a town that holds its name as a variant:
"riders came from Massachusetts, Connecticut and Quebec".

The resolver weighs a name's readings by the divisions the story names, so a name that is also a variant of a
town's name ("Quebec", an old name of a Connecticut town) can be read as that town: a listed state, or the
dateline's, supports it. But a list joins equals; a writer who lists states and a province does not slip a town
known by another name in among them. Where every other name of the list reads as a first-level division, and the
name reads, through a variant of its name, as a town, it is read as the first-level division its own name spells,
where it has one. Two other divisions at least are wanted: "Ohio and Columbus" may name a state and its capital.

A town that holds the name as its own main name ("Colorado, Utah and Durango", "Texas, Oklahoma and Victoria")
keeps it: it is a real town the writer lists with its neighbouring states, and the first-level division of that
name lies in another country.

The division of the name's own spelling must lie in a peer's country or in one bordering it: "Vermont, New
Hampshire and Quebec" lists a province next door, but "Illinois, Iowa and Saint Louis" names the city (written
with its spelling variant), not a region of Senegal that the spelling happens to match exactly.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Mapping, Optional, Sequence

from eventwatch.geo.derive import read_tsv
from eventwatch.geo.gazetteer import Candidate
from eventwatch.geo.seats import COUNTRIES_FILE
from eventwatch.geo.store import NAME_ABBREVIATION, NAME_DEMONYM, NAME_MAIN

# Other names of the list, all read as divisions, that make it a list of divisions.
LEAST_PEERS = 2


def _division(c: Optional[Candidate]) -> bool:
    return c is not None and c.feature_code.startswith("ADM1")


@lru_cache(maxsize=1)
def _borders() -> dict[str, frozenset[str]]:
    """Each country's neighbours by ISO code, as countries.tsv gives them."""
    return {row[0]: frozenset(x for x in row[8].split(",") if x) for row in read_tsv(COUNTRIES_FILE) if len(row) > 8}


def _near_the_list(own: Candidate, peers: Sequence[Candidate]) -> bool:
    """Whether division `own` lies in the country of a listed peer or in a country bordering it."""
    borders = _borders()
    return any(own.country_code == p.country_code or own.country_code in borders.get(p.country_code or "", ())
               for p in peers)


def division_peer_readings(listed: Mapping[int, Sequence[int]], chosen: Sequence[Optional[Candidate]],
                           ranked: Mapping[int, Sequence[tuple[float, Candidate]]]) -> dict[int, Candidate]:
    """For each name read, through a variant of its name, as a town, listed with other names (`listed`, see
    `reading_context.listed_with`) all read as first-level divisions: its own first-level division reading
    spelled as the text writes it (not reached through a demonym or an abbreviation), where `ranked[k]` holds
    one."""
    out: dict[int, Candidate] = {}
    for k, others in listed.items():
        c = chosen[k]
        if c is None or _division(c) or c.feature_code.startswith("PCL") or len(others) < LEAST_PEERS \
                or not all(_division(chosen[o]) for o in others):
            continue
        if c.kind == NAME_MAIN:
            continue  # a town under its own name ("California, Oregon and Santa Cruz") is listed as itself
        own = next((x for _, x in ranked.get(k, ()) if _division(x) and x.exact
                    and x.kind not in (NAME_DEMONYM, NAME_ABBREVIATION)), None)
        if own is not None and _near_the_list(own, [chosen[o] for o in others]):
            out[k] = own
    return out
