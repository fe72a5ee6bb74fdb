"""A name listed with first-level divisions is their peer, not a town inside one of them: "riders came from
Massachusetts, Connecticut and Quebec".

The resolver weighs a name's readings by the divisions the story names, so a name that is also a variant of a
town's name in a listed state ("Quebec", an old name of a Connecticut town) can be read as that town: the state
beside it supports it. But a list joins equals; a writer who lists states and a province does not slip one of
the states' own towns in among them. Where every other name of the list reads as a first-level division, and the
name reads as a place inside one of them, it is read as the first-level division its own name spells, where it has
one. Two other divisions at least are wanted: "Ohio and Columbus" may name a state and its capital.
"""
from __future__ import annotations

from typing import Mapping, Optional, Sequence

from eventwatch.geo.gazetteer import Candidate
from eventwatch.geo.store import NAME_ABBREVIATION, NAME_DEMONYM

# Other names of the list, all read as divisions, that make it a list of divisions.
LEAST_PEERS = 2


def _division(c: Optional[Candidate]) -> bool:
    return c is not None and c.feature_code.startswith("ADM1")


def _inside(c: Candidate, division: Candidate) -> bool:
    return c.country_code == division.country_code and c.admin1_code is not None \
        and c.admin1_code == division.admin1_code


def division_peer_readings(listed: Mapping[int, Sequence[int]], chosen: Sequence[Optional[Candidate]],
                           ranked: Mapping[int, Sequence[tuple[float, Candidate]]]) -> dict[int, Candidate]:
    """For each name read as a place inside one of its list's other names (`listed`, see
    `reading_context.listed_with`), all of them read as first-level divisions, its own first-level division
    reading spelled as the text writes it (not reached through a demonym or an abbreviation), where
    `ranked[k]` holds one."""
    out: dict[int, Candidate] = {}
    for k, others in listed.items():
        c = chosen[k]
        if c is None or _division(c) or c.feature_code.startswith("PCL") or len(others) < LEAST_PEERS \
                or not all(_division(chosen[o]) for o in others):
            continue
        if not any(_inside(c, chosen[o]) for o in others):
            continue
        own = next((x for _, x in ranked.get(k, ()) if _division(x) and x.exact
                    and x.kind not in (NAME_DEMONYM, NAME_ABBREVIATION)), None)
        if own is not None:
            out[k] = own
    return out
