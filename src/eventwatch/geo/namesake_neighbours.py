"""A world city read by an old name of its own yields it to the city abroad bearing that name as its own, where
another name of the story is, by its own name, a town of that city's country near it ("San Miguel and Santa
Ana", no country written: El Salvador's third city and its neighbour, not San Diego's name of centuries ago).

Read from what the story's other names could be, indexed once per document (`StoryNames`), so that a long story
repeating the names costs work in proportion to its length. Another name does not point abroad where the story
writes it in the world city's own country ("Santa Ana, California"); and the world city keeps its old name where
the story writes it by its own name too, or where another name's largest reading lies near it and none near the
city abroad ("La Jolla", "Chula Vista"): its own neighbour is then named, and the old name is its own.
"""
from __future__ import annotations

from typing import Optional, Sequence

from eventwatch.geo.distances import flat_km
from eventwatch.geo.gazetteer import Candidate
from eventwatch.geo.name_span import NameSpan
from eventwatch.geo.namesake_owners import WORLD_CITY_POPULATION, world_city_namesakes
from eventwatch.geo.store import NAME_ALT, NAME_MAIN


def _written_countries(container: NameSpan) -> frozenset[str]:
    """The countries a written container could be: its nations where it names one, else its exact readings'
    countries (as resolve._container_countries reads them)."""
    exact = [c for c in container.candidates if c.exact and c.country_code]
    nations = frozenset(c.country_code for c in exact if c.feature_code.startswith("PCL"))
    return nations or frozenset(c.country_code for c in exact)


class StoryNames:
    """What the story's names could be, read once per document: by reading id the names that could be it, by
    country the towns named by their own names, by name the located places it is the own name of and the
    countries it is written in ("Santa Ana, California"). A name's readings are taken from its first span
    only (a later mention narrowed by its context, a route's end say, is not read again: that would cost work
    in proportion to the mentions); the countries it is written in are gathered from every span."""

    def __init__(self, spans: Sequence[NameSpan]):
        self.ids: dict[int, set[str]] = {}
        self.towns: dict[str, list[tuple[str, Candidate]]] = {}
        self.located: dict[str, list[Candidate]] = {}
        self.written_in: dict[str, set[str]] = {}
        seen: set[str] = set()
        for o in spans:
            if o.container is not None and 0 <= o.container < len(spans):
                self.written_in.setdefault(o.norm, set()).update(_written_countries(spans[o.container]))
            if o.norm in seen:
                continue
            seen.add(o.norm)
            located = self.located.setdefault(o.norm, [])
            for c in o.candidates:
                self.ids.setdefault(c.id, set()).add(o.norm)
                if not c.exact or c.lat is None:
                    continue
                if c.kind != NAME_MAIN:
                    continue
                located.append(c)
                if c.feature_code.startswith("PPL") and c.country_code:
                    self.towns.setdefault(c.country_code, []).append((o.norm, c))

    def named_otherwise(self, cid: int, norm: str) -> bool:
        """Whether a name other than `norm` could be reading `cid`."""
        return bool(self.ids.get(cid, set()) - {norm})

    def world_citys_own(self, c: Candidate, abroad: Sequence[Candidate], norm: str, near_km: float) -> bool:
        """Whether a name other than `norm` is, by its own name, a neighbour of c and of no city in `abroad`: its
        largest located reading lies within near_km of c and none of its readings near any of `abroad` ("La
        Jolla", all of whose readings are Californian; "Chula Vista", whose Mexican hamlet lies far from El
        Salvador). One such name sets the story by the world city, whatever the other names are."""
        for o, cands in self.located.items():
            if o == norm or not cands:
                continue
            largest = max(cands, key=lambda x: x.population)
            if flat_km(largest.lat, largest.lon, c.lat, c.lon) <= near_km and not any(
                    flat_km(x.lat, x.lon, a.lat, a.lon) <= near_km for x in cands for a in abroad):
                return True
        return False

    def town_near(self, abroad: Candidate, norm: str, home: str, near_km: float) -> bool:
        """Whether a name other than `norm`, not written in country `home`, is by its own name a town of
        abroad's country within near_km of it."""
        return any(o != norm and c.id != abroad.id and home not in self.written_in.get(o, ())
                   and flat_km(c.lat, c.lon, abroad.lat, abroad.lon) <= near_km
                   for o, c in self.towns.get(abroad.country_code, ()))


def namesake_among_neighbours(story: StoryNames, norm: str, best: Candidate, readings: list[Candidate],
                              near_km: float) -> Optional[Candidate]:
    """The city abroad bearing as its own the old name world city `best` was matched by (name `norm`), where
    another name of the story is, by its own name, a town of that city's country within near_km of it; None
    where the world city is written by its own name too ("Manchester" in a "RICHMOND, Va." story), another name
    can only be its own neighbour, or the neighbour abroad is written in the world city's country."""
    if best.kind != NAME_ALT or best.population < WORLD_CITY_POPULATION or best.lat is None \
            or story.named_otherwise(best.id, norm):
        return None
    namesakes = [a for a in world_city_namesakes(best, readings) if a.lat is not None]
    if not namesakes or story.world_citys_own(best, namesakes, norm, near_km):
        return None
    return next((a for a in namesakes if story.town_near(a, norm, best.country_code, near_km)), None)
