"""A list of three names or more, each of which spells a first-level division of one country, is a list of that
country's divisions: "St. Andrew, St. Thomas and Portland were flooded" names three Jamaican parishes, not a
Missouri town, an Ontario town and Oregon's city.

Each bare name alone is likelier a town elsewhere, and the resolver weighs the names one by one, pulled by
whatever else the story names ("Kingston officials" read as Ontario's city drew St. Thomas there). But a writer
lists equals, and that every member spells a division of one and the same country is no chance: the list is
read as those divisions. Where the names are read in one country already, or some member has no such division,
nothing moves ("Washington, Georgia and Victoria": divisions of two countries; "Portland, Salem and Eugene":
Oregon's towns, no divisions).

Nor where the readings the list has already make one story of their own: every member read as a place of one
cluster (in one first-level division, or each within `Weights.near_km` of another: "snow closed roads in Hanover,
Portland and Manchester" as New England's towns), or a member read in a division the document names elsewhere
("Schools in New Hampshire and Maine were shut; ... Hanover, Portland and Manchester"), or all of them in a
country it names. The parishes explain the list no better than that; they win only over readings scattered
with nothing else to hold them (an Oregon city, a Newfoundland district and an Ontario town). But where the
document names the divisions' country itself, or reads another of its names there ("Flooding in Jamaica cut
roads in Portland, St Mary and St Ann", "Jamaica's police said ... in Manchester, Portland and Hanover"), the
story is told in that country: a cluster abroad holds nothing against it. There a pair is enough
(`LEAST_PAIRED`): "Kingston officials said floods hit Manchester and Portland" reads Jamaica's capital, and the
two names that both spell its parishes are those parishes; with nothing read in the country, a pair still needs
a third member ("Ohio and Columbus" is a state and its town). Nor is a pair read so where the writer gave a member
its state ("Manchester and Portland, Oregon") or a member is read as a country ("Georgia and Washington").
"""
from __future__ import annotations

from collections import Counter
from typing import Mapping, Optional, Sequence

from eventwatch.geo.distances import flat_km
from eventwatch.geo.gazetteer import Candidate
from eventwatch.geo.store import NAME_ABBREVIATION, NAME_DEMONYM
from eventwatch.geo.weights import WEIGHTS

# Members of the list, the name itself included, that every one spelling a division of one country makes a list
# of its divisions: two are as often a town and its state ("Ohio and Columbus").
LEAST_MEMBERS = 3
# Two suffice where the story is told in that country (it names the country, or reads another name there, as
# "Kingston officials said floods hit Manchester and Portland" reads Jamaica's capital): a pair of its divisions.
LEAST_PAIRED = 2
# Distinct readings beyond which a list's readings are not compared pair by pair for a cluster (the members all
# spell one country's divisions, so their distinct readings are few; the cap keeps a contrived list linear).
_MOST_COMPARED = 48


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
                                  ranked: Mapping[int, Sequence[tuple[float, Candidate]]],
                                  spelled: Sequence[Sequence[Candidate]] = (),
                                  placed: Optional[Mapping[int, Candidate]] = None) -> dict[int, Candidate]:
    """For each listed name (`listed`, see `reading_context.listed_with`) whose list has `LEAST_MEMBERS` or more
    members that all spell a first-level division of one country, while some member is read outside it: its
    division in that country. Each list is judged once, whatever its length (linear in its members). `spelled`
    holds every name's candidates: a name that spells the country names it, whatever it is read as ("Jamaica's
    disaster agency" read as the New York neighbourhood). `placed` holds, for a name the writer wrote with its
    container right after it ("Portland, Oregon"), that container's reading."""
    out: dict[int, Candidate] = {}
    divisions: dict[int, dict[str, Candidate]] = {}
    countries: dict[int, Optional[str]] = {}  # by the id of a run's members
    named: Optional[_Named] = None
    for k, others in listed.items():
        if len(others) + 1 < LEAST_PAIRED or chosen[k] is None or (chosen[k].feature_code or "").startswith("PCL"):
            continue
        members = _run_of(k, others)
        key = id(members) if hasattr(others, "members") else hash(members)
        if key not in countries:
            country = _one_country(members, chosen, ranked, divisions)
            if country is not None:
                named = named if named is not None else _Named(chosen, spelled)
                told = named.told_in(country, members, chosen)
                pair = len(members) < LEAST_MEMBERS
                if (not told and _held_elsewhere(members, chosen, country, named)) \
                        or (pair and not (told and _free_pair(members, chosen, placed or {}))):
                    country = None
            countries[key] = country
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


class _Named:
    """The countries and first-level divisions the document's names are read as (`chosen`) or spell exactly as a
    country (`spelled`), gathered once, and how many of its names are read in each country."""

    def __init__(self, chosen: Sequence[Optional[Candidate]], spelled: Sequence[Sequence[Candidate]] = ()):
        self.countries: set[str] = {c.country_code for found in spelled for c in found
                                    if c.exact and c.country_code and (c.feature_code or "").startswith("PCL")}
        self.divisions: set[tuple[str, str]] = set()
        self.read_in: Counter[str] = Counter()
        for c in chosen:
            if c is None or not c.country_code:
                continue
            self.read_in[c.country_code] += 1
            if (c.feature_code or "").startswith("PCL"):
                self.countries.add(c.country_code)
            elif c.feature_code == "ADM1" and c.admin1_code:
                self.divisions.add((c.country_code, c.admin1_code))

    def told_in(self, country: str, members: Sequence[int], chosen: Sequence[Optional[Candidate]]) -> bool:
        """Whether the document names `country` or reads a name outside the list's `members` in it."""
        inside = sum(1 for m in members if (c := chosen[m]) is not None and c.country_code == country)
        return country in self.countries or self.read_in[country] > inside


def _free_pair(members: Sequence[int], chosen: Sequence[Optional[Candidate]], placed: Mapping[int, Candidate]) -> bool:
    """Whether a pair (`LEAST_PAIRED`) is free to be read as one country's divisions: no member is read as a
    country ("Georgia and Washington" beside a word of Russia: a country and a capital, not two states), and
    none is written with the division it is read in right after it ("Manchester and Portland, Oregon", "Sonora
    and Durango, Colorado": the writer said where the town lies). A state named elsewhere in the story ("a Maine
    donor said", "aid from Oregon") places no member. A list of three or more is not asked: its length says more
    than one written state does."""
    for m in members:
        c = chosen[m]
        if c is None:
            continue
        if (c.feature_code or "").startswith("PCL"):
            return False
        box = placed.get(m)
        if box is not None and c.feature_code != "ADM1" and c.admin1_code and box.feature_code == "ADM1" \
                and (box.country_code, box.admin1_code) == (c.country_code, c.admin1_code):
            return False
    return True


def _held_elsewhere(members: Sequence[int], chosen: Sequence[Optional[Candidate]], country: str,
                    named: _Named) -> bool:
    """Whether the list's readings outside `country` are held by the document: a member read in a first-level
    division another name of the document is read as, every member read in a country it names, or every member
    read as one cluster (`_one_cluster`) outside `country`."""
    own = {(c.country_code, c.admin1_code) for m in members if (c := chosen[m]) is not None}
    # a member read as a division itself (a list of states) is no holder of another member: other names are
    selves = {(c.country_code, c.admin1_code) for m in members if (c := chosen[m]) is not None
              and c.feature_code == "ADM1"}
    if any(code[1] and code in named.divisions and code not in selves for code in own if code[0] != country):
        return True
    readings = [chosen[m] for m in members]
    if any(c is None or c.country_code == country for c in readings):
        return False
    if all(c.country_code in named.countries for c in readings):
        return True
    return _one_cluster({c.id: c for c in readings if c is not None})


def _one_cluster(readings: dict[int, Candidate]) -> bool:
    """Whether the distinct readings lie in one first-level division, or each within `Weights.near_km` of
    another ("Hanover, Portland and Manchester" as New Hampshire's and Maine's towns)."""
    found = list(readings.values())
    if len({(c.country_code, c.admin1_code) for c in found}) == 1 and found[0].admin1_code:
        return True
    if len(found) > _MOST_COMPARED or any(c.lat is None or c.lon is None for c in found):
        return False
    limit = WEIGHTS.near_km
    return all(any(b is not a and flat_km(a.lat, a.lon, b.lat, b.lon) < limit for b in found) for a in found)
