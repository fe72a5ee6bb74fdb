"""A hamlet that shares its name with a major city gives the name to the city where the story moves people.

Local papers name their own state's towns bare, so a bare town of the story's state is read as local ("Albany"
in a Minnesota story is Minnesota's). That reading is right for towns of some size, and it is right for a
state-wide paper's small towns too ("the sawmill in Lincoln" in a Portland, Maine paper is Maine's Lincoln,
whatever Nebraska's capital is called). It is wrong where a hamlet of a few hundred people that happens to
share a major city's name ("Denver", Iowa, 1,800 people, beside Denver, Colorado) is named in the frames in
which papers name the famous city: a life or a trip told around it ("after a decade in Denver", "moved from
Atlanta", "a native of Nashville", "flew to Minneapolis") in a story not set in the hamlet's state. In a story
set there (its dateline, its counties, or its state named with no town far from the hamlet) those frames are as
often the paper's own town ("the family moved to Buffalo last spring"), and only "the University of X" names the
city, and so does a flight to a hamlet lying within a drive of the paper's town ("TOPEKA, Kan. — The team flew
to Minneapolis": Kansas's Minneapolis is a bus ride away). The text placing the hamlet on its own ground (a
neighbour, its county, "the town of", "the mayor of", "residents of") keeps it the hamlet's.
"""
from __future__ import annotations

import re
from typing import Optional, Sequence

from eventwatch.geo.distances import flat_km
from eventwatch.geo.gazetteer import Candidate
from eventwatch.geo.store import NAME_MAIN

# A populated place this small is known only locally: state support alone does not make it the reading...
HAMLET_POPULATION = 5_000
# ...over a namesake city this large, which the story's readers know by the bare name.
MAJOR_CITY_POPULATION = 200_000

# How far before a name its frame may start: the frames are a few words long.
_FRAME_REACH = 48

# A life or a trip told around the name, ending right before it, in a story not set in the hamlet's state. Two
# kinds, both enough there: a distance or life-story frame ("moved here from", "flew to", "a native of", a counted
# stay "nine years in", "the University of") and a local one ("born in", "lives in", "fled to", "visited"). A
# time phrase is no stay: "last year in", "this summer in" and "earlier this month in" name when, not how long.
# In the hamlet's own state's story only "the University of" counts (`university_frame`): there "moved to X" or
# "a native of X" is as often the paper's own town as the far city.
_COUNT = (r"(?:\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|"
          r"forty|fifty|several|many|few|some)")
_FAR_FRAME = re.compile(
    r"\b(?:(?:moved|moving|moves|relocated|relocating|emigrated)(?:\s+(?:back|here|there|home|away|out))?"
    r"\s+(?:from|to)"
    r"|(?:flew|flying|flown|flight|flights)\s+(?:back\s+)?(?:to|from)"
    r"|" + _COUNT + r"\s+(?:more\s+)?(?:years?|decades?|months?)\s+(?:living\s+|working\s+)?in"
    r"|(?:a|her|his|their|long)\s+(?:decade|stint|career)\s+in"
    r"|(?:natives?|transplants?|universities|university)\s+of)\s+$",
    re.IGNORECASE)
_UNIVERSITY = re.compile(r"\b(?:universities|university)\s+of\s+$", re.IGNORECASE)
# A flight to or from the name ("flew to Minneapolis", "a flight from Buffalo"): in the hamlet's own state it names
# the far city where the hamlet lies within a drive of the paper's town (`DRIVE_KM`): nobody flies to a village
# a couple of hours down the road, while a town across a wide state may well be flown to.
# A passive "flown to" is as often a patient carried by air, and a helicopter or air ambulance flies a short hop:
# a sentence naming one ("was flown to Nashville by helicopter", "a medevac flew to X") is no trip to the city.
_FLIGHT = re.compile(r"\b(?:flew|flying|flight|flights)\s+(?:back\s+)?(?:to|from)\s+$", re.IGNORECASE)
_SHORT_HOP = re.compile(r"\b(?:helicopters?|choppers?|air\s+ambulances?|medevac\w*|medivac\w*|airlift\w*|"
                        r"air[\s-]lift\w*|life\s?flight)\b", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?](?=\s|$)")
DRIVE_KM = 300.0
_LOCAL_FRAME = re.compile(
    r"\b(?:(?:returned|returning|retired|retiring|drove|driving|travell?ed|travell?ing|headed|heading|"
    r"transferred|commuted|commuting|fled)(?:\s+(?:back|here|there|home|away|out|down|up|over))?\s+(?:from|to|in)"
    r"|(?:trip|trips|move|return|visit|visits|journey)\s+(?:back\s+)?(?:to|from)"
    r"|(?:visited|visiting|visit)"
    r"|(?:years|decades|months|summers|winters|stint|career)\s+(?:living\s+|working\s+)?in"
    r"|(?:grew\s+up|born|raised|lived|lives|living|studied|settled)\s+in)\s+$",
    re.IGNORECASE)

# Words that place the name as a local body's town: "the mayor of X", "residents of X", "police in X",
# "the X council", "X's select board". A paper writes them of its own towns, never of a city people move to.
_LOCAL_BODY_BEFORE = re.compile(
    r"\b(?:mayor|mayors|residents?|council|councillors?|councilmen|aldermen|selectmen|police|sheriff|schools?|"
    r"voters|officials|authorities|trustees|supervisors|commissioners)\s+(?:of|in|for)\s+$", re.IGNORECASE)
_LOCAL_BODY_AFTER = re.compile(
    r"(?:['’]s)?\s+(?:(?:city|town|village|borough|township)\s+)?(?:council|select\s+board|school\s+board|"
    r"board\s+of|police|mayor|residents|aldermen|selectmen|trustees|commissioners)\b", re.IGNORECASE)


def university_frame(text: str, start: int) -> bool:
    """Whether "the University of" ends right before the name starting at `start`: no hamlet of a few thousand
    people gives its name to a university, so this frame names the major city even in the hamlet's own state,
    where every other frame ("moved to", "a native of", "nine years in") is as often the paper's own town."""
    return _UNIVERSITY.search(text, max(0, start - _FRAME_REACH), start) is not None


def flight_frame(text: str, start: int) -> bool:
    """Whether a flight to or from the name ends right before the name starting at `start` ("flew to X"), in a
    sentence naming no helicopter, air ambulance or airlift (a short hop, no trip to the far city)."""
    if _FLIGHT.search(text, max(0, start - _FRAME_REACH), start) is None:
        return False
    ends = [m.end() for m in _SENTENCE_END.finditer(text, max(0, start - 400), start)]
    after = _SENTENCE_END.search(text, start)
    sentence = text[ends[-1] if ends else max(0, start - 400) : after.end() if after else len(text)]
    return _SHORT_HOP.search(sentence) is None


def within_a_drive(hamlet: Candidate, home: Optional[Candidate]) -> bool:
    """Whether the hamlet lies within `DRIVE_KM` of the paper's town `home` (its dateline's), so close that a
    flight is never taken to it."""
    return home is not None and home.lat is not None and hamlet.lat is not None \
        and flat_km(hamlet.lat, hamlet.lon, home.lat, home.lon) <= DRIVE_KM


def moving_frame(text: str, start: int) -> bool:
    """Whether any frame of moving, living or travelling ends right before the name starting at `start`, the
    local ones ("born in X", "fled to X") included: enough only in a story not set in the hamlet's state."""
    return _FAR_FRAME.search(text, max(0, start - _FRAME_REACH), start) is not None or _LOCAL_FRAME.search(text, max(0, start - _FRAME_REACH), start) is not None


def local_body_frame(text: str, start: int, end: int) -> bool:
    """Whether a local body or its people are named with the name ("the mayor of X", "the X council"): the
    words by which a paper places one of its own towns."""
    return _LOCAL_BODY_BEFORE.search(text, max(0, start - _FRAME_REACH), start) is not None \
        or _LOCAL_BODY_AFTER.match(text, end) is not None


def major_city_over_hamlet(best: Candidate, rival: Optional[Candidate], leads: Sequence[Candidate],
                           near_km: float) -> Optional[Candidate]:
    """The major city `rival` where `best` is a hamlet of its name, else None: both populated places of one
    country, the city holding the name as its own (not an old or variant name: "Twickenham" is no Huntsville).
    A population of 0 is unknown (the gazetteer's word for it), not a hamlet's. The hamlet keeps the name where
    the story's other names (`leads`, their leading readings, places or not) tie it to its ground: one lying
    within `near_km` of it ("Oakland" beside Bethel Park, Pennsylvania), or the county holding it ("Madison"
    beside "Morgan County commissioners" where Madison is Morgan County's: a local story's bare name for its
    county's seat). The caller asks this only where the text frames the name as a city people move to or visit
    and no word of the text places the hamlet itself."""
    if rival is None or not best.feature_code.startswith("PPL") or not rival.feature_code.startswith("PPL") \
            or rival.kind != NAME_MAIN or rival.country_code != best.country_code or best.lat is None:
        return None
    if not 0 < best.population < HAMLET_POPULATION or rival.population < MAJOR_CITY_POPULATION:
        return None
    for p in leads:
        if p.feature_code.startswith("ADM2") and p.admin1_code == best.admin1_code \
                and p.admin2_code is not None and p.admin2_code == best.admin2_code:
            return None
        if not p.feature_code.startswith(("ADM", "PCL")) and p.lat is not None \
                and flat_km(best.lat, best.lon, p.lat, p.lon) <= near_km:
            return None
    return rival
