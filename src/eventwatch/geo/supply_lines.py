"""What a conduit supplies is a place, not a party: "the reservoirs that supply X", "a pipeline supplying X".

After a verb of transfer a country or a city is normally a party that receives something ("supplied Ukraine
with shells", "paid Greece": geo/associative.py reads it as an agent). When the supplier is a conduit, a
reservoir, a pipeline, a power line, a flight, the name is instead where the water, power or travellers
arrive: a literal place, as "flights that serve Denver" is.
"""
from __future__ import annotations

from typing import Callable, Optional

from eventwatch.geo.normalise import Token

# Things that carry water, power, fuel, goods or travellers to a place; singular and plural as written.
CONDUITS = frozenset({
    "reservoir", "reservoirs", "dam", "dams", "aqueduct", "aqueducts", "pipeline", "pipelines", "pipe", "pipes",
    "canal", "canals", "well", "wells", "spring", "springs", "aquifer", "aquifers", "river", "rivers",
    "lake", "lakes", "plant", "plants", "station", "stations", "substation", "substations", "grid", "grids",
    "line", "lines", "cable", "cables", "interconnector", "interconnectors", "mains", "tunnel", "tunnels",
    "road", "roads", "railway", "railways", "route", "routes", "flight", "flights", "train", "trains",
    "bus", "buses", "ferry", "ferries", "port", "ports", "airport", "airports", "terminal", "terminals",
    "depot", "depots", "refinery", "refineries", "farm", "farms", "field", "fields", "mine", "mines",
})
# Words that open a relative clause between the conduit and its verb ("reservoirs that supply").
_RELATIVES = frozenset({"that", "which"})


def conduit_subject(before: Callable[[int], Optional[Token]], verb_at: int) -> bool:
    """Whether the verb `verb_at` words before a name has a conduit for its subject, written right before it
    ("pipelines supplying") or before a relative pronoun ("the dams which supply")."""
    k = verb_at + 1
    t = before(k)
    if t is not None and t.norm in _RELATIVES:
        t = before(k + 1)
    return t is not None and t.norm in CONDUITS
