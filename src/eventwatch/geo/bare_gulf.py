""""The Gulf" written bare: the Persian Gulf or the Gulf of Mexico, whichever the story's places lie nearer.

English news writes "the Gulf" ("tankers sailing the Gulf", "Gulf security", "the Gulf coast") for one of two
seas: the Persian Gulf in stories of the Middle East, the Gulf of Mexico in stories of the American South.
The gazetteer's entries under the bare word are divisions named for a gulf (Papua New Guinea's Gulf Province,
Florida's Gulf County): the sea whose point lies within GULF_KM of the story's places is meant instead. Beyond
that, only the Persian Gulf is read, and only from the lands whose press calls it "the Gulf" though they lie off
its shores (PERSIAN_GULF_PRESS: South Asia's and Southeast Asia's migrant workers, East Africa's and the Horn's
workers and donors). A story elsewhere and far from both seas keeps the resolver's reading: Canada's, Mexico's
Pacific or Greece's "the Gulf" is a gulf of their own (St. Lawrence, California, Corinth), which no far sea
stands for: the listed gulf within reach of the story's towns is read (LOCAL_GULFS) where the mention's
sentence tells of the coast's boats, catch or ports and of no service, war or oil abroad ("veterans who served
in the Gulf" went to a far sea), and where none is, the gazetteer's bare entry (Gulf Province) stays, as it was
before the wider reading. The
story is placed by its towns and divisions, most of which must lie in the listed lands: a country named as a
market or a partner ("the catch went to buyers in India") does not place a Canadian or Australian story, and a
listed land's own gulf, written "the Gulf near Davao", is that gulf.
A list of divisions ending in a division word ("Gulf and Liberty counties") names the county itself, though it
lies on the Gulf of Mexico.
"""
from __future__ import annotations

import re
from typing import Optional, Sequence

from eventwatch.geo.distances import haversine_km
from eventwatch.geo.gazetteer import Candidate, Gazetteer
from eventwatch.geo.name_span import NameSpan

PERSIAN_GULF = "Persian Gulf"
BARE_GULFS = (PERSIAN_GULF, "Gulf of Mexico")
# The sea's point lies this close to one of the story's places: the story is on its shores. A story farther
# from both (Papua New Guinea's) keeps the reading the resolver gave.
GULF_KM = 1200.0
# Countries whose news writes "the Gulf" for the Persian Gulf from afar: where their workers earn and their
# remittances, donors and ships come from. South Asia; the Horn and East Africa; Southeast Asia's labour-sending
# countries. A story placed in them (most of its towns and divisions; countries are markets and partners as
# often as the story's ground) means that sea.
PERSIAN_GULF_PRESS = frozenset({
    "IN", "PK", "BD", "LK", "NP", "AF",  # South Asia
    "SO", "ET", "ER", "DJ", "KE", "UG", "TZ", "SD", "SS",  # the Horn and East Africa
    "PH", "ID",  # Southeast Asia's labour-sending countries
})
_BARE = frozenset({"gulf"})
# "the Gulf near Davao", "the Gulf off Gorontalo": a gulf placed by the town beside it is that town's own gulf,
# never a sea beyond GULF_KM. Not "by" or "around", which also take a date ("the Gulf by December", "around Eid").
_PLACED_BY_TOWN = re.compile(r",?\s+(?:near|off|beside)\s+(?:the\s+)?[A-Z]")


# A capitalised word after it makes "Gulf" part of another name ("the Gulf War", "Gulf States", "Gulf Coast"),
# a hyphen part of a compound ("Gulf-era memoirs", "Gulf-based carriers").
_NAME_GOES_ON = re.compile(r"[ \u00a0]+[A-Z]|[-\u2010\u2011\u2013]"
                           # "the Gulf of Tomini": a gulf's own name, "of" being lower case
                           r"|\s+of\s+(?:the\s+)?[A-Z]"
                           # "Gulf and Franklin counties", "Gulf, Bay and Walton counties": a list of divisions
                           r"|(?:,\s+[A-Z][\w.]*)*,?\s+(?:and|or|&)\s+[A-Z][\w.]*\s+(?:counties|parishes|provinces)\b")


def bare_gulf_readings(gaz: Gazetteer, text: str, spans: Sequence[NameSpan],
                       chosen: Sequence[Optional[Candidate]]) -> dict[int, Candidate]:
    """Span index → the gulf a bare "Gulf" means, where that is not its chosen reading. The story's places, the
    nearer sea and the local gulf are the same for every mention, so they are worked out once per document."""
    out: dict[int, Candidate] = {}
    bare = [k for k, s in enumerate(spans)
            if s.norm in _BARE and not s.demonym and _NAME_GOES_ON.match(text, s.end) is None]
    if not bare:
        return out
    points = [c for m, c in enumerate(chosen) if c is not None and c.lat is not None and spans[m].norm not in _BARE
              and not c.feature_code.startswith(("CONT", "OCN")) and not spans[m].demonym]
    if not points:
        return out
    gulfs = [c for name in BARE_GULFS for c in gaz.lookup(name, limit=3)[:1] if c.exact and c.lat is not None]
    if not gulfs:
        return out
    nearest = {c.id: min(haversine_km(c.lat, c.lon, p.lat, p.lon) for p in points) for c in gulfs}
    best = min(gulfs, key=lambda c: nearest[c.id])
    far_sea: Optional[Candidate] = None  # the Persian Gulf, read from the lands whose press calls it so
    local: list[Candidate] = []
    if nearest[best.id] > GULF_KM:
        far = [c for c in gulfs if c.name == PERSIAN_GULF]
        local = [p for p in points if not p.feature_code.startswith(("PCL", "TERR"))]
        named = [c for m, c in enumerate(chosen) if c is not None and spans[m].norm not in _BARE]
        far_sea = far[0] if far and _gulf_press(local, points + named) else None
    coast: Optional[Candidate] = None
    coast_done = False
    for k in bare:
        s = spans[k]
        read = best
        if nearest[best.id] > GULF_KM:
            if _PLACED_BY_TOWN.match(text, s.end) is not None:
                continue
            if far_sea is not None:
                read = far_sea
            else:
                if not _coastal_story(text, s.start, s.end):
                    continue  # "veterans who served in the Gulf": a far sea, not the home coast's gulf
                if not coast_done:
                    coast, coast_done = _coast_gulf(gaz, local), True  # "trawlers in the Gulf ... at Guaymas"
                if coast is None:
                    continue
                read = coast
        if chosen[k] is None or read.id != chosen[k].id:
            out[k] = read
    return out


# Named gulfs whose shores call them "the Gulf": Canada's Gulf of St. Lawrence, Australia's Gulf Country on
# Carpentaria, Mexico's "el Golfo" of California, Greece's Gulf of Corinth, and the like of them that a coast's
# fishing and shipping news calls so (Thailand's, Vietnam's Tonkin, Trinidad's Paria). A story away from both far
# seas and told from no land of PERSIAN_GULF_PRESS means the one its towns lie on. Not the gulfs a coast names by
# their own names in full ("the Gulf of Maine", "the Gulf of Finland", "the Gulf of Genoa"): there "the Gulf" is
# the Persian Gulf of service, missions and oil markets, which a home coast's gulf must not stand in for.
LOCAL_GULFS = ("Gulf of St. Lawrence", "Gulf of Carpentaria", "Gulf of California", "Gulf of Corinth",
               "Gulf of Thailand", "Gulf of Paria", "Gulf of Tonkin")
# A local gulf's point (its middle) lies this close to one of the story's towns or divisions: the story is on
# its shore. A gulf is wide, so the reach is a coast's, not a town's.
LOCAL_GULF_KM = 600.0
# What makes "the Gulf" the home coast's water in the mention's sentence: its boats, catch, ports and shores.
# A word of service, war or trade abroad there makes it a far sea even beside a coastal word ("sailors sent to
# the Gulf", "tankers seized in the Gulf").
_COASTAL_CUE = re.compile(r"\b(?:boats?|fish(?:ing|ermen|ers?)?|trawl(?:ers?|ing)|ferr(?:y|ies)|ports?|harbou?rs?"
                          r"|coast(?:al)?|shores?|beach(?:es)?|landed|catch|lobsters?|crabs?|prawns?|shrimps?"
                          r"|sardines?|squid|oysters?|whales?|dolphins?|waters)\b", re.IGNORECASE)
_FAR_SEA_CUE = re.compile(r"\b(?:served|deploy(?:ed|ment)|troops|soldiers|sailors|navy|naval|warships?|mission"
                          r"|war|veterans?|oil|tankers?|migrants?|workers|remittances?|money\s+home)\b",
                          re.IGNORECASE)
# The sentence around a mention, as far as this on either side.
_SENTENCE_REACH = 200
_SENTENCE_END = re.compile(r"[.!?]\s")


def _coastal_story(text: str, start: int, end: int) -> bool:
    """Whether the sentence holding the mention tells of the home coast's water and not of a far sea."""
    lo = max(0, start - _SENTENCE_REACH)
    opened = [m.end() for m in _SENTENCE_END.finditer(text, lo, start)]
    lo = opened[-1] if opened else lo
    closed = _SENTENCE_END.search(text, end, end + _SENTENCE_REACH)
    hi = closed.start() + 1 if closed is not None else min(len(text), end + _SENTENCE_REACH)
    return _COASTAL_CUE.search(text, lo, hi) is not None and _FAR_SEA_CUE.search(text, lo, hi) is None


def _coast_gulf(gaz: Gazetteer, local: Sequence[Candidate]) -> Optional[Candidate]:
    """The listed gulf nearest the story's towns and divisions, where one lies within LOCAL_GULF_KM of them."""
    if not local:
        return None
    best, best_km = None, LOCAL_GULF_KM
    for name in LOCAL_GULFS:
        for c in gaz.lookup(name, limit=3)[:1]:
            if not c.exact or c.lat is None:
                continue
            km = min(haversine_km(c.lat, c.lon, p.lat, p.lon) for p in local)
            if km <= best_km:
                best, best_km = c, km
    return best


def _gulf_press(local: Sequence[Candidate], points: Sequence[Candidate]) -> bool:
    """Whether the story's places are those whose press calls the Persian Gulf "the Gulf": most of its towns and
    divisions, or, where it names none ("Migrant workers from India and Nepal in the Gulf"), all of its
    countries and peoples: "Canadian fishermen in the Gulf" sell to India from another gulf."""
    if local:
        return 2 * sum(p.country_code in PERSIAN_GULF_PRESS for p in local) > len(local)
    return all(p.country_code in PERSIAN_GULF_PRESS for p in points if p.country_code)
