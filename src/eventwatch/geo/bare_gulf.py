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
sentence tells of the coast's boats, catch or ports; where it tells of service, trade or jobs abroad ("veterans who
served in the Gulf", "gas sales to the Gulf") the Persian Gulf is read; and where it tells of neither, the
gazetteer's bare entry (Gulf Province) stays only in a story told in its land, and the mention is otherwise left
unread: a story in Greece or Canada is never placed in Papua New Guinea by it. The
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
from eventwatch.geo.sentences import mention_sentence

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
                       chosen: Sequence[Optional[Candidate]]) -> dict[int, Optional[Candidate]]:
    """Span index → the gulf a bare "Gulf" means, where that is not its chosen reading, or None where no sea or
    land is meant (the mention is then left unread). The story's places, the nearer sea and the local gulf are
    the same for every mention, so they are worked out once per document. A "Gulf" written right after a
    country's name or its demonym is that country's gulf where the gazetteer holds one ("the Guinea Gulf": the
    Gulf of Guinea, "the Omani Gulf": the Gulf of Oman), and after any capitalised word no division named by
    the bare word (Gulf Province): the word before says which water is meant, not a land far away."""
    out = _bare_gulf_readings(gaz, text, spans, chosen)
    ends = {s.end: m for m, s in enumerate(spans)}
    for k, s in enumerate(spans):
        if s.norm not in _BARE or s.demonym or _WORD_BEFORE.search(text, max(0, s.start - 40), s.start) is None \
                or _NAME_GOES_ON.match(text, s.end) is not None:
            continue
        m = ends.get(s.start - 1)
        land = chosen[m] if m is not None else None
        named = next((c for c in gaz.lookup(f"Gulf of {land.name}", limit=3) if c.exact),
                     None) if land is not None and land.feature_code.startswith("PCL") else None
        read = named if named is not None else out.get(k, chosen[k])
        if read is not None and read.feature_code.startswith("ADM"):
            read = None
        if read is not None and chosen[k] is not None and read.id == chosen[k].id:
            out.pop(k, None)
        elif read is not None or chosen[k] is not None:
            out[k] = read
    return out


# A capitalised word joined right before the bare word ("the Guinea Gulf", "the Biden Gulf tour").
_WORD_BEFORE = re.compile(r"\b[A-Z][\w'\u2019.-]* $")


def _bare_gulf_readings(gaz: Gazetteer, text: str, spans: Sequence[NameSpan],
                        chosen: Sequence[Optional[Candidate]]) -> dict[int, Optional[Candidate]]:
    """`bare_gulf_readings` by the story's places alone."""
    out: dict[int, Optional[Candidate]] = {}
    bare = [k for k, s in enumerate(spans)
            if s.norm in _BARE and not s.demonym and _NAME_GOES_ON.match(text, s.end) is None]
    if not bare:
        return out
    points = [c for m, c in enumerate(chosen) if c is not None and c.lat is not None and spans[m].norm not in _BARE
              and not c.feature_code.startswith(("CONT", "OCN")) and not spans[m].demonym]
    gulfs = [c for name in BARE_GULFS for c in gaz.lookup(name, limit=3)[:1] if c.exact and c.lat is not None]
    if not gulfs:
        return out
    if not points:  # "Two tankers were seized in the Gulf": no place, but the sentence still tells of the far sea
        persian = next((c for c in gulfs if c.name == PERSIAN_GULF), None)
        for k in bare:
            if _PLACED_BY_TOWN.match(text, spans[k].end) is not None:
                continue
            if persian is not None and _sea_cue(text, spans[k].start, spans[k].end, spans) == _FAR:
                out[k] = persian
            elif chosen[k] is not None:
                out[k] = None  # "boats could not leave the Gulf": no land of the gazetteer's bare entry is named
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
    persian = next((c for c in gulfs if c.name == PERSIAN_GULF), None)
    story_lands = {p.country_code for p in points if p.country_code}
    for k in bare:
        s = spans[k]
        read: Optional[Candidate] = best
        if nearest[best.id] > GULF_KM:
            if _PLACED_BY_TOWN.match(text, s.end) is not None:
                continue
            if far_sea is not None:
                read = far_sea
            elif chosen[k] is not None and chosen[k].country_code in story_lands:
                continue  # "flew to Kerema in Gulf": a story told in the land of the gazetteer's bare entry keeps it
            else:
                cue = _sea_cue(text, s.start, s.end, spans)
                if cue == _COAST and not coast_done:
                    coast, coast_done = _coast_gulf(gaz, local), True  # "trawlers in the Gulf ... at Guaymas"
                if cue == _COAST and coast is not None:
                    read = coast
                elif cue == _FAR:
                    read = persian  # "Finnish exports to the Gulf", "troops from Quebec City left for the Gulf"
                else:
                    read = None  # a story elsewhere, its sentence silent on the sea: no land is meant
        if read is None or chosen[k] is None or read.id != chosen[k].id:
            out[k] = read
    return out


# Named gulfs whose shores call them "the Gulf": Canada's Gulf of St. Lawrence, Australia's Gulf Country on
# Carpentaria, Mexico's "el Golfo" of California, Greece's Gulf of Corinth, Alaska's, Maine's and Finland's
# gulfs, and the like of them that a coast's fishing and shipping news calls so (Thailand's, Vietnam's Tonkin,
# Trinidad's Paria). Any of them is read only where the mention's sentence tells of the coast's own water
# (`_sea_cue`): that gate, not this list, parts "crab boats returned from the Gulf" from "troops left for the Gulf".
LOCAL_GULFS = ("Gulf of St. Lawrence", "Gulf of Carpentaria", "Gulf of California", "Gulf of Corinth",
               "Gulf of Thailand", "Gulf of Paria", "Gulf of Tonkin", "Gulf of Alaska", "Gulf of Maine",
               "Gulf of Finland")
# A local gulf's point (its middle) lies this close to one of the story's towns or divisions: the story is on
# its shore. A gulf is wide, so the reach is a coast's, not a town's.
LOCAL_GULF_KM = 600.0
# What makes "the Gulf" the home coast's water in the mention's sentence: its boats, catch, ports, shores and
# the spills that foul them. Matched in any case, but never inside a name ("Port of Spain", "Port Harcourt").
_COASTAL_CUE = re.compile(r"\b(?:boats?|fish(?:ing|ermen|ers?)?|trawl(?:ers?|ing)|ferr(?:y|ies)|ports?|harbou?rs?"
                          r"|coast(?:al)?|shores?|beach(?:es)?|landed|catch(?:es)?|lobster(?:s|men)?|crabs?"
                          r"|prawns?|shrimps?|sardines?|squid|oysters?|whales?|dolphins?|waters|canner(?:y|ies)"
                          r"|spills?|slicks?|ice)\b", re.IGNORECASE)
# A word of service or deployment abroad, or of money sent home from the Gulf states, makes the sentence's Gulf the
# far sea wherever it stands ("sailors will deploy to the Gulf", "remittances from the Gulf").
_FAR_SEA_CUE = re.compile(r"\b(?:served|serving|deploy(?:s|ed|ing|ment)?|troops|soldiers|navy|naval|warships?"
                          r"|missions?|veterans?|remittances?|money\s+home)\b", re.IGNORECASE)
# Words as common in a fishing coast's news as in a far sea's ("the war on illegal catches", "migrant workers
# left the canneries", "oil leaked onto the beach", "shrimp exports slumped", "a trawler seized"): a far sea
# only where nearer the mention than any coastal word ("gas sales to the Gulf", "jobs in the Gulf").
_FAR_SEA_WEAK = re.compile(r"\b(?:war|oil|tankers?|migrants?|workers|sailors|shipping)\b", re.IGNORECASE)
# Words of trade and jobs, read like the common words but also where a name holds them: "Sales" opening a
# sentence is also an English town's name.
_FAR_SEA_TRADE = re.compile(r"\b(?:seized|exports?|imports?|sales|investors?|funds|jobs|crisis)\b", re.IGNORECASE)
# What a mention's sentence tells of its Gulf.
_COAST, _FAR, _SILENT = "coast", "far", "silent"


def _sea_cue(text: str, start: int, end: int, spans: Sequence[NameSpan]) -> str:
    """Whether the sentence holding the mention tells of the home coast's water (`_COAST`), of a far sea of
    service, trade or jobs (`_FAR`), or of neither (`_SILENT`)."""
    lo, hi = mention_sentence(text, start, end)
    if _FAR_SEA_CUE.search(text, lo, hi) is not None:
        return _FAR
    names = [(x.start, x.end) for x in spans if x.end > lo and x.start < hi]
    coast = _nearest(_COASTAL_CUE, text, lo, hi, start, end, names)
    weak = min((g for g in (_nearest(_FAR_SEA_WEAK, text, lo, hi, start, end, names),
                            _nearest(_FAR_SEA_TRADE, text, lo, hi, start, end, ())) if g is not None), default=None)
    if coast is not None and (weak is None or coast <= weak):
        return _COAST
    return _FAR if weak is not None else _SILENT


def _nearest(cue: re.Pattern[str], text: str, lo: int, hi: int, start: int, end: int,
             names: Sequence[tuple[int, int]]) -> Optional[int]:
    """How many characters lie between the mention and the nearest match of `cue` outside a name, if any."""
    gaps = [m.start() - end if m.start() >= end else start - m.end() for m in cue.finditer(text, lo, hi)
            if not any(a <= m.start() < b for a, b in names)]
    return min(gaps, default=None)


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
