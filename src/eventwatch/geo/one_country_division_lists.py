"""A list of three names or more, each of which spells a first-level division of one country, is a list of that
country's divisions: "St. Andrew, St. Thomas and Portland were flooded" names three Jamaican parishes, not a
Missouri town, an Ontario town and Oregon's city.

Each bare name alone is likelier a town elsewhere, and the resolver weighs the names one by one, pulled by
whatever else the story names ("Kingston officials" read as Ontario's city drew St. Thomas there). But a writer
lists equals, and that every member spells a division of one and the same country is no chance: the list is
read as those divisions. Where the names are read in one country already, or some member has no such division,
nothing moves ("Washington, Georgia and Victoria": divisions of two countries; "Portland, Salem and Eugene":
Oregon's towns, no divisions).
"""
from __future__ import annotations

from typing import Mapping, Optional, Sequence

from eventwatch.geo.gazetteer import Candidate
from eventwatch.geo.store import NAME_ABBREVIATION, NAME_DEMONYM

# Members of the list, the name itself included, that every one spelling a division of one country makes a list
# of its divisions: two are as often a town and its state ("Ohio and Columbus").
LEAST_MEMBERS = 3


def _divisions(ranked: Sequence[tuple[float, Candidate]]) -> dict[str, Candidate]:
    """Each country's best first-level division among the readings, spelled as the text writes it (not reached
    through a demonym or an abbreviation)."""
    out: dict[str, Candidate] = {}
    for _sc, c in ranked:
        if c.feature_code == "ADM1" and c.exact and c.country_code and c.kind not in (NAME_DEMONYM, NAME_ABBREVIATION):
            out.setdefault(c.country_code, c)
    return out


def _run_of(k: int, others: Sequence[int]) -> tuple[int, ...]:
    """The whole list's members: a run's shared tuple (geo/run_peers.RunPeers), else built from the peers."""
    members = getattr(others, "members", None)
    return members if members is not None else tuple(sorted((k, *others)))


def one_country_division_readings(listed: Mapping[int, Sequence[int]], chosen: Sequence[Optional[Candidate]],
                                  ranked: Mapping[int, Sequence[tuple[float, Candidate]]]) -> dict[int, Candidate]:
    """For each listed name (`listed`, see `reading_context.listed_with`) whose list has `LEAST_MEMBERS` or more
    members that all spell a first-level division of one country, while some member is read outside it: its
    division in that country. Each list is judged once, whatever its length (linear in its members)."""
    out: dict[int, Candidate] = {}
    divisions: dict[int, dict[str, Candidate]] = {}
    countries: dict[int, Optional[str]] = {}  # by the id of a run's members
    for k, others in listed.items():
        if len(others) + 1 < LEAST_MEMBERS or chosen[k] is None or (chosen[k].feature_code or "").startswith("PCL"):
            continue
        members = _run_of(k, others)
        key = id(members) if hasattr(others, "members") else hash(members)
        if key not in countries:
            countries[key] = _one_country(members, chosen, ranked, divisions)
        country = countries[key]
        if country is None:
            continue
        own = divisions[k][country]
        if chosen[k].id != own.id:
            out[k] = own
    return out


def _one_country(members: Sequence[int], chosen: Sequence[Optional[Candidate]],
                 ranked: Mapping[int, Sequence[tuple[float, Candidate]]],
                 divisions: dict[int, dict[str, Candidate]]) -> Optional[str]:
    """The one country every member spells a first-level division of, where some member is read outside it."""
    common: Optional[set[str]] = None
    for m in members:
        if m not in divisions:
            divisions[m] = _divisions(ranked.get(m, ()))
        common = set(divisions[m]) if common is None else common & set(divisions[m])
        if not common:
            return None
    if common is None or len(common) != 1:
        return None  # divisions of two countries ("Georgia"): the list does not say which
    country = next(iter(common))
    if all(chosen[m] is not None and chosen[m].country_code == country for m in members):
        return None  # read in that country already: which reading there is the resolver's business
    return country
