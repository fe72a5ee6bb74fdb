"""When "off X" places something at sea off the coast of X rather than in X.

"A seaweed farm off Semporna", "a trawler seized off Kismayo", "two ships collided off Port Said": the event is
on the water within reach of the town, UCDP's precision 2 ("near"), not the town itself (1). But "off" is more
often the particle of a verb whose object is the place ("troops sealed off Bitam", "police taped off the
market", "the army cut off Kinkala") or leaves a road or runway ("a lane off X Street", "the highway off
Kaduna"), and no list of such verbs is ever complete. So "off" reads as at sea only where the words say so:

- a sea word right before it: a vessel ("a dhow off X"), a thing moored at sea ("a farm", "a rig off X"),
  the water itself ("the waters off X"), or a distance at sea ("40 nautical miles off X");
- a verb that only happens at sea ("sank", "capsized", "anchored", "ran aground off X");
- or a vessel earlier in the same clause, before a verb of seizing or striking (its object may stand between:
  "boarded it off X"), a verb of moving about ("a frigate patrolling off X") or a distance ("pirates boarded
  a tanker 40 km off X", "a cargo ship was hit by a missile off X", "the tanker, held off X by pirates"); a
  verb of saying ends the clause, and seafaring people are no vessel ("fishermen said troops held off X");
- an "Off X," that opens the sentence reads so with a vessel anywhere in the sentence.

"Off X's port" (a possessive) names a part of the place, never the sea by it. The reading ("offshore") is the
resolver's "near" for a town only: an island or a region off which a ship sank is still that island or region
(geo/where_precision.py), and the cue does not push the name towards a town as "near" does.
"""
from __future__ import annotations

import re
from typing import Sequence

from eventwatch.geo.normalise import Token

# Vessels: a vessel before "off", or earlier in its clause, puts what the sentence tells at sea.
_VESSELS = frozenset({
    "ship", "ships", "boat", "boats", "vessel", "vessels", "tanker", "tankers", "trawler", "trawlers", "dhow",
    "dhows", "skiff", "skiffs", "tug", "tugs", "tugboat", "tugboats", "ferry", "ferries", "freighter",
    "freighters", "frigate", "frigates", "warship", "warships", "yacht", "yachts", "barge", "barges", "pirogue",
    "pirogues", "canoe", "canoes", "dinghy", "dinghies", "speedboat", "speedboats", "submarine", "submarines",
    "carrier", "carriers", "corvette", "corvettes", "destroyer", "destroyers", "cutter", "cutters", "liner",
    "liners", "steamer", "schooner", "catamaran", "raft", "rafts",
})
# Things, waters and seafaring people right before "off" ("a salmon farm off X", "the waters off Y", "fishermen
# off Z"). People are no vessel earlier in the clause: "fishermen said troops held off X" tells of the land.
_AT_SEA = _VESSELS | frozenset({
    "fishermen", "sailors", "mariners", "seafarers",
    "farm", "farms", "platform", "platforms", "rig", "rigs", "waters", "coast", "coastline", "sea", "seas",
    "shore", "reef", "reefs", "buoy", "buoys", "wreck", "wreckage", "anchorage", "seabed", "convoy", "flotilla",
})
# Verbs of being or going at sea: right before "off", or with a word between ("capsized just off X").
_SEA_VERBS = frozenset({
    "sank", "sunk", "sink", "sinks", "sinking", "capsized", "capsize", "capsizes", "capsizing", "anchored",
    "moored", "aground", "foundered", "drowned", "drowning", "collided", "adrift", "ditched", "shipwrecked",
    "surfaced",
})
# Verbs of moving about that troops do on land as ships do at sea ("troops patrolling off X" are on a road by
# the town): at sea only with a vessel earlier in the clause ("a frigate patrolling off X").
_MOVING_VERBS = frozenset({"sailing", "sailed", "cruising", "patrolling", "patrolled"})
# Verbs of seizing or striking a vessel, and what strikes it: at sea only with a vessel earlier in the clause
# ("pirates hijacked a tanker off X"; not "pirates hijacked a truck off X").
_VESSEL_ACTIONS = frozenset({
    "seized", "boarded", "hijacked", "attacked", "intercepted", "fired", "shelled", "struck", "hit", "exploded",
    "burned", "burnt", "fire", "rescued", "detained", "abducted", "kidnapped", "spotted", "sighted", "stopped",
    "searched", "rammed", "targeted", "damaged", "overturned", "held", "taken", "missile", "missiles", "drone",
    "drones", "rocket", "rockets", "torpedo", "mine", "explosion", "blast", "pirates",
})
# Units of a distance "off" a place: at sea always when nautical, otherwise with a vessel in the clause.
_NAUTICAL = frozenset({"nautical", "nm"})
_UNITS = frozenset({"km", "kilometres", "kilometers", "miles", "mile", "metres", "meters", "m", "kms"})
# The object of a verb of seizing or striking, between it and "off" ("pirates boarded it off X", "seized the
# crew off Y", "held 19 crew off Z"): the verb still looks back for a vessel. (A vessel as the object is at sea
# by itself: "boarded the ship off X".)
_OBJECT_WORDS = frozenset({"it", "them", "him", "her", "us"})
_OBJECT_NOUNS = frozenset({"crew"})
_OBJECT_DETERMINERS = frozenset({"the", "its", "their", "her", "his"})
# Words that may stand between the verb and "off" ("capsized just off X").
_ADVERBS = frozenset({"just", "right", "far", "shortly", "somewhere", "well", "directly"})
# Words that open a new clause: a vessel before them is another clause's ("seized a ship and sealed off X").
# Verbs of saying open the clause they report: "fishermen said troops held off X" (the speakers are not in it).
_CLAUSE_WORDS = frozenset({"and", "but", "then", "after", "before", "while", "when", "where", "as", "until",
                           "because", "since", "so", "said", "says", "say", "told", "tells", "added", "adds",
                           "reported", "reports", "according"})
# How far back, in words, a vessel is looked for in the clause.
_VESSEL_REACH = 10
_SENTENCE_END = re.compile(r"[.!?;]\s|\n")
_POSSESSIVE = re.compile(r"['’]s?\b")


def offshore(text: str, tokens: Sequence[Token], k: int, name_end: int) -> bool:
    """Whether the word "off" at `tokens[k]`, before a name ending at `name_end`, places something at sea off
    the place ("a dhow off X", "sank off X", "a tanker 40 km off X") rather than taking it as a verb's object
    ("sealed off X") or leaving a road ("the highway off X")."""
    if _POSSESSIVE.match(text, name_end):
        return False  # "off Kisumu's central market": a part of the place
    j = k - 1
    while j >= 0 and tokens[j].norm in _ADVERBS and not _break_between(text, tokens[j], tokens[j + 1]):
        j -= 1
    if j < 0 or _break_between(text, tokens[j], tokens[k]):
        return _vessel_after(text, tokens, k)  # "Off Kismayo, two skiffs attacked a dhow"
    j = _before_object(text, tokens, j)
    w = tokens[j].norm
    if w in _AT_SEA or w in _SEA_VERBS:
        return True
    if w in _UNITS and j >= 1 and tokens[j - 1].norm in _NAUTICAL:
        return True  # "40 nautical miles off X"
    if w in _VESSEL_ACTIONS or w in _MOVING_VERBS or w in _UNITS and j >= 1 and tokens[j - 1].norm[:1].isdigit():
        return _vessel_before(text, tokens, j)
    return False


def _before_object(text: str, tokens: Sequence[Token], j: int) -> int:
    """The verb of seizing or striking before its object at `tokens[j]` ("boarded it", "seized the crew", "held 19
    crew"), else `j` itself: a vessel is then looked for before the verb."""
    w = tokens[j].norm
    if w in _OBJECT_WORDS:
        v = j - 1
    elif w in _OBJECT_NOUNS and j >= 1 and (tokens[j - 1].norm in _OBJECT_DETERMINERS
                                            or tokens[j - 1].norm[:1].isdigit()):
        v = j - 2
    else:
        return j
    if v < 0 or tokens[v].norm not in _VESSEL_ACTIONS or _break_between(text, tokens[v], tokens[j]):
        return j
    return v


def _break_between(text: str, a: Token, b: Token) -> bool:
    """Whether a sentence ends between tokens `a` and `b`."""
    return _SENTENCE_END.search(text, a.end, b.start) is not None


def _vessel_before(text: str, tokens: Sequence[Token], j: int) -> bool:
    """Whether a vessel is named earlier in the clause ending at `tokens[j]`."""
    for m in range(j - 1, max(-1, j - 1 - _VESSEL_REACH), -1):
        if _break_between(text, tokens[m], tokens[m + 1]) or tokens[m].norm in _CLAUSE_WORDS:
            return False
        if tokens[m].norm in _VESSELS:
            return True
    return False


def _vessel_after(text: str, tokens: Sequence[Token], k: int) -> bool:
    """Whether the sentence that "Off X" opens names a vessel."""
    for m in range(k + 1, min(len(tokens), k + 1 + 2 * _VESSEL_REACH)):
        if _break_between(text, tokens[m - 1], tokens[m]):
            return False
        if tokens[m].norm in _VESSELS:
            return True
    return False
