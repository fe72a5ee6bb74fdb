"""A town and a second-level division named in one story, read as a pair that lies one in the other.

Local news names a town with its county ("A Fairview man ... lodged in the Lowell County jail"), and both
names are shared by towns and counties in many states. Each alone is read by its prominence and by the
story's other names, softly: a county's many namesakes are a priori alike, so each lends the towns around it
a small share, and a larger namesake town elsewhere, near some other namesake county, can carry both names
to a state where neither holds the other. The pair that does lie one in the other is the reading a reader
takes: a town is named with the county around it far more often than with a namesake county a state away.

Where the readings chosen for a town and a county do not hold each other, and neither is held by another
name of the story, the best-scoring pair of their exact readings that does is taken instead, in the same
country: the pair settles which state's namesakes are meant, not which country the story is about. A pair
under the names' own spellings goes before one under a town's alternate name, and readings the candidate cut
left unscored count too, below every scored one (`beyond_cut`). "Lies in" is
read from the map, as `Resolver._county` reads it: the same province, within `km` of the division's centre
(towns carry no second-level code).
"""
from __future__ import annotations

from typing import Iterable, Optional, Sequence

from eventwatch.geo.derive import core_name
from eventwatch.geo.distances import flat_km
from eventwatch.geo.gazetteer import Candidate
from eventwatch.geo.store import NAME_MAIN


def lies_in(town: Candidate, division: Candidate, km: float) -> bool:
    """Whether the town lies in the division, as read from the map."""
    return (town.admin1_code is not None and town.admin1_code == division.admin1_code
            and town.lat is not None and division.lat is not None
            and flat_km(town.lat, town.lon, division.lat, division.lon) <= km)


def _is_town(c: Candidate) -> bool:
    return c.feature_code.startswith("PPL") and c.lat is not None and bool(c.admin1_code)


def _is_division(c: Candidate) -> bool:
    return c.feature_code == "ADM2" and c.lat is not None and bool(c.admin1_code)


def coherent_pairs(cores: Sequence[str], chosen: Sequence[Optional[Candidate]],
                   ranked: Sequence[Sequence[tuple[float, Candidate]]], km: float,
                   named_provinces: frozenset[str] = frozenset()) -> dict[int, Candidate]:
    """New readings, by span index, for towns and divisions read as pairs that lie one in the other.

    `cores` are the spans' core names, `chosen` their readings (None where a span is unresolved or not to be
    moved), `ranked` their scored readings. A name is moved only where its chosen reading lies in (or holds)
    none of the story's other chosen readings, so a county already holding one of the story's towns keeps it,
    and not out of a province the story names outright (`named_provinces`, first-level codes): "Kentucky" beside
    "Madison County" says which one is meant better than a namesake town does.
    """
    towns: dict[str, list[int]] = {}
    divisions: dict[str, list[int]] = {}
    for k, c in enumerate(chosen):
        if c is None or not c.exact:
            continue
        if _is_town(c):
            towns.setdefault(cores[k], []).append(k)
        elif _is_division(c) and core_name(c.name) == cores[k]:  # "Fayette County", not a township after it
            divisions.setdefault(cores[k], []).append(k)
    if not towns or not divisions:
        return {}
    # Filed by first-level code: `lies_in` holds only within one province, so a town is measured against the
    # divisions of its own province alone (no longer cubic in a long list: one test per town and county of a
    # province, which is quadratic only when one province's own towns and counties run into the hundreds).
    chosen_towns = _by_province((cores[k], chosen[k]) for ks in towns.values() for k in ks[:1])
    chosen_divisions = _by_province((cores[k], chosen[k]) for ks in divisions.values() for k in ks[:1])
    holds_other_town: dict[str, bool] = {}  # per division name: whether its reading holds another name's town
    moved: dict[int, Candidate] = {}
    pairable = _PairableDivisions(divisions, ranked)
    for tname, tks in towns.items():
        t_now = chosen[tks[0]]
        if t_now.admin1_code in named_provinces:
            continue
        if any(dname != tname and lies_in(t_now, d, km) for dname, d in chosen_divisions.get(t_now.admin1_code, ())):
            continue
        for dname, dks in pairable.of(ranked[tks[0]]):
            if dname == tname or any(k in moved for k in dks):
                continue
            d_now = chosen[dks[0]]
            if d_now.admin1_code in named_provinces:
                continue
            held = holds_other_town.get(dname)
            if held is None:  # the same for every town asking: `chosen` does not change here
                held = holds_other_town[dname] = any(tn != dname and lies_in(t, d_now, km)
                                                     for tn, t in chosen_towns.get(d_now.admin1_code, ()))
            if held:
                continue
            pair = _best_pair(ranked[tks[0]], ranked[dks[0]], km)
            if pair is None:
                continue
            t_new, d_new = pair
            if t_new.country_code != t_now.country_code or d_new.country_code != d_now.country_code:
                continue
            for k in tks:
                moved[k] = t_new
            for k in dks:
                moved[k] = d_new
            break
    return moved


class _PairableDivisions:
    """The division names a town name may pair with: those with an exact division reading in a province where the
    town has an exact town reading (a pair lies in one province, `lies_in`), in the story's order. Every other
    division name's pair is none (`_best_pair`): asked of every division name for each town name, they cost a
    story naming towns and counties of many provinces the square of its names."""

    def __init__(self, divisions: dict[str, list[int]], ranked: Sequence[Sequence[tuple[float, Candidate]]]):
        self._order = list(divisions.items())
        self._in: dict[str, list[int]] = {}  # province → the division names (by order) with a reading there
        for n, (_dname, dks) in enumerate(self._order):
            for a1 in dict.fromkeys(d.admin1_code for _s, d in ranked[dks[0]] if d.exact and _is_division(d)):
                self._in.setdefault(a1, []).append(n)

    def of(self, town_ranked: Sequence[tuple[float, Candidate]]) -> list[tuple[str, list[int]]]:
        """The (division name, its mentions) a town name with these scored readings may pair with, in order."""
        provinces = {t.admin1_code for _s, t in town_ranked if t.exact and _is_town(t)}
        return [self._order[n] for n in sorted({n for a1 in provinces for n in self._in.get(a1, ())})]


def _by_province(named: Iterable[tuple[str, Candidate]]) -> dict[str, list[tuple[str, Candidate]]]:
    """(name, reading) pairs filed by the reading's first-level code, in their order."""
    out: dict[str, list[tuple[str, Candidate]]] = {}
    for name, c in named:
        out.setdefault(c.admin1_code, []).append((name, c))
    return out


def beyond_cut(ranked: Sequence[tuple[float, Candidate]], candidates: Sequence[Candidate]
               ) -> list[tuple[float, Candidate]]:
    """A name's scored readings, then its readings left out of scoring by the candidate cut, scored below all.

    A story's small town and its county are often far down their names' lists of namesakes ("Washington
    County" names some thirty counties, alike a priori): the pair lying one in the other is evidence enough to
    take them, but only where no scored pair lies so (the scored readings keep their lead)."""
    seen = {c.id for _, c in ranked}
    floor = min((sc for sc, _ in ranked), default=0.0) - 1.0
    return [*ranked, *((floor, c) for c in candidates if c.id not in seen)]


def _best_pair(town_ranked: Sequence[tuple[float, Candidate]], division_ranked: Sequence[tuple[float, Candidate]],
               km: float) -> Optional[tuple[Candidate, Candidate]]:
    """The exact town and division readings lying one in the other: a pair both of whose own names are the
    story's, then the highest summed score.

    A town's alternate name (a former name, a name in another language, a given name filed as a nickname) is
    exact too, but a reader of "Lyle County" and "Ferndale" takes the county holding a town called Ferndale,
    not one holding a town once called so."""
    best: Optional[tuple[tuple[int, float], Candidate, Candidate]] = None
    divisions = [(s, d) for s, d in division_ranked if d.exact and _is_division(d)]
    for ts, t in town_ranked:
        if not (t.exact and _is_town(t)):
            continue
        for ds, d in divisions:
            key = ((t.kind == NAME_MAIN) + (d.kind == NAME_MAIN), ts + ds)
            if lies_in(t, d, km) and (best is None or key > best[0]):
                best = (key, t, d)
    return None if best is None else (best[1], best[2])
