"""A name an apposition calls a town is a town, not the country or division sharing its name: "in Montenegro,
a farming town in the far south", "Georgia, a city of 3,000 people", "Victoria, a village near the coast",
"Norfolk, the county's largest city", "Madison, the county seat".

The country or the province of the name is the likelier reading of the bare name, but no writer calls a
country "a town"; with the apposition, only the name's populated-place readings are kept (where it has any),
and the document's places choose among them as for any town. Read as geo/island_appositions.py reads "X, the
smaller island": the noun must close the apposition's head ("a town hall", "a city-state" are other things).
"""
from __future__ import annotations

import re

from eventwatch.geo.name_span import NameSpan

_TOWN_APPOSITION = re.compile(
    r",\s+(?:the|an?)\s+(?:[a-z][a-z\-]*(?:['’]s)?\s+){0,3}?(?:town|city|village|hamlet|port|municipality|suburb|"
    r"county\s+seat)"
    # Not before a comma and a name: "In California, the state's capital city, Sacramento" introduces the
    # next name, as "the city of Orsk" does, and says nothing of the name before it.
    r"(?=\s*[.;:)]|\s*,(?!\s*[A-Z])|\s*$|\s+(?:in|of|on|off|near|north|south|east|west|that|which|where|with|"
    r"about|some|close|outside|just|\d))")
_NAME_AFTER_OF = re.compile(r"\s+of\s+(?:the\s+)?[A-Z]")


def called_a_town(text: str, end: int) -> bool:
    """Whether an apposition right after a name ending at `end` calls it a town ("Harrisburg, a fast-growing
    suburb south of the city"): the writer says what the name is, whatever else the story uses it for. Not
    where the noun opens another name ("Lawson, a city of Omaha employee", "in Russia, the city of Orsk")."""
    m = _TOWN_APPOSITION.match(text, end)
    return m is not None and _NAME_AFTER_OF.match(text, m.end()) is None


# The gap between the two names of a "Town, Country" pair ("Odesa, Ukraine", "Kharkiv, in Ukraine").
_PAIR_GAP = re.compile(r",\s+(?:in\s+)?\Z")
_DIVISIONS = ("PCL", "ADM1")


def town_appositions(text: str, spans: list[NameSpan]) -> None:
    """Keep only the populated-place readings of each name followed by a town apposition, where it has some
    beside readings of another kind and some lie in a country the story's other places support.

    The second name of a "Town, Country" pair is left alone: in "Odesa, Ukraine, a port city" the apposition
    describes the town, and the country is its container. A town reading abroad is not chosen over the country
    either: "Chad, a town near the lake in Nigeria" has no namesake in Nigeria, and a Russian village is a
    worse guess than the country the writer's words describe badly."""
    previous = None
    for s in spans:
        before, previous = previous, s
        if not s.locational or s.unknown or s.demonym or not s.candidates:
            continue
        if not called_a_town(text, s.end):
            continue  # "in Russia, the city of Orsk": the noun introduces the next name, not this one
        if before is not None and _second_of_pair(text, before, s):
            continue  # "Odesa, Ukraine, a port city": the apposition is the town's
        towns = [c for c in s.candidates if c.feature_code.startswith("PPL") and c.exact]
        if not towns or len(towns) == len(s.candidates):
            continue
        supported = _story_countries(spans, s)
        if supported:
            towns = [c for c in towns if c.country_code in supported]
        if towns:
            s.candidates = towns


def _second_of_pair(text: str, first: NameSpan, second: NameSpan) -> bool:
    """Whether `second` closes a "Town, Country" pair with `first`: written right after it and a comma, with a
    country's or a first-level division's reading that one of the first name's own readings lies in."""
    if first.demonym or not first.candidates or not _PAIR_GAP.search(text[first.end : second.start]):
        return False
    inner = [c for c in first.candidates if c.exact]
    return any(c.feature_code.startswith(_DIVISIONS) and any(
        i.country_code == c.country_code and (c.feature_code.startswith("PCL") or i.admin1_code == c.admin1_code)
        for i in inner) for c in second.candidates)


def _story_countries(spans: list[NameSpan], s: NameSpan) -> frozenset[str]:
    """The countries the story's other places may lie in, by any reading of their own spelling (the readings
    are not ranked yet: "a town in Indiana" supports the US whatever else Indiana names)."""
    return frozenset(c.country_code for o in spans
                     if o is not s and o.norm != s.norm and o.locational and not o.unknown and not o.demonym
                     for c in o.candidates if c.exact and c.country_code)
