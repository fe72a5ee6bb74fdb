"""A mountain, a lake, a river or a sea is never a government, a team or a people: where its clause shows a
physical process, it stays the ground.

The readings of metonymy (geo/associative.py, geo/acting_places.py) ask what a name's clause does with it: the
subject of a deed after an aside ("X, the largest ..., erupted"; "X, once vast, has shrunk") is read as the
body that governs X. That holds for countries, capitals and towns, whose councils and governments act, but no
authority is named after a volcano or a lake: "Mount Etna, the tallest volcano in Europe, erupted" is the
volcano itself.

A feature's name is as often a movement's, a firm's or a ship's ("Qandil rejected the offer": the leadership
based there; "Vesuvius said profits fell": the firm), so the metonymic reading is turned back only on evidence
of the ground: a verb of a natural process ("erupted", "has shrunk", "rose by a metre") or an aside whose words
name the feature's kind ("the tallest volcano in Europe") or set it on the map ("in West Antarctica") before a
copula, or a noun of its parts governing it ("on the bank of the Dniester"). A verb of the lexicons that read the
name as an actor (saying, stance, the cues' actor verbs), a verb of extent before a measure ("Qandil extended
its ceasefire"), or an aside naming an organisation, a vessel or a movement's seat ("the Bermuda reinsurer",
"the operator's flagship", "the PKK's mountain stronghold") keeps the actor. The name's main
reading must be the feature: a name whose likeliest reading is a country or a town ("Chad", "Jordan") is left to
the metonymy rules, and GeoNames' other names of hamlets ("Sahara" for a Yemeni village) do not count.
"""
from __future__ import annotations

from functools import lru_cache
from typing import AbstractSet, Optional, Sequence

from eventwatch.geo.associative import load_associative, measure_object
from eventwatch.geo.gazetteer import Candidate, prior_score
from eventwatch.geo.name_span import NameSpan
from eventwatch.geo.normalise import Token
from eventwatch.geo.store import NAME_ALT

# Physical features (GeoNames codes the curated list and the dump use): relief, water and ice. Regions, islands,
# peninsulas and areas are left out: islands and regions are polities or stand for their people often enough
# ("Taiwan", "Crimea", "Kurdistan"); so are gulfs, since "the Gulf" also names the Gulf states ("the Gulf pledged").
NATURAL_CODES = frozenset({
    "MT", "MTS", "VLC", "PK", "PKS", "HLL", "HLLS", "RDGE", "PASS", "GLCR", "VAL", "GRGE", "CNYN", "PLAT", "PLN",
    "DSRT", "LK", "LKS", "RSV", "STM", "STMS", "SEA", "OCN", "BAY", "STRT", "CNL", "DLTA", "FLLS", "SWMP",
    "RF", "SHOL",
})

# Verbs of what ground, water and ice do by themselves, in every form news writes them: no government, firm or
# armed group erupts, thaws or bursts its banks.
NATURAL_PROCESSES = frozenset({
    "erupt", "erupts", "erupted", "erupting", "spew", "spews", "spewed", "spewing", "belch", "belched",
    "belching", "rumble", "rumbles", "rumbled", "rumbling", "shrink", "shrinks", "shrank", "shrunk", "shrinking",
    "dry", "dries", "dried", "drying", "freeze", "freezes", "froze", "frozen", "thaw", "thaws", "thawed",
    "flood", "floods", "flooded", "flooding", "burst", "bursts", "bursting", "melt", "melts", "melted", "melting",
    "retreat", "retreats", "retreated", "retreating", "thin", "thins", "thinned", "thinning", "rise", "rises",
    "rose", "risen", "rising", "fall", "falls", "fell", "fallen", "falling", "overflow", "overflows",
    "overflowed", "overflowing", "calve", "calves", "calved", "calving", "swell", "swells", "swelled", "swollen",
    "swelling", "recede", "recedes", "receded", "receding", "evaporate", "evaporated", "erode", "erodes",
    "eroded", "crest", "crested", "silt", "silted", "flow", "flows", "flowed", "flowing",
})
# Verbs of extent, which a government does to a measure as often as ground does to itself ("Qandil extended its
# ceasefire", "Ankara deepened its ties"): the ground's only with no object (geo/associative.py
# `measure_object`, the test every reader of "extend" shares) or before a noun of the feature's own extent
# ("the Thames has extended its flood plain", "the Indus has widened its channel").
_EXTENT_PROCESSES = frozenset({
    "extend", "extends", "extended", "extending", "widen", "widens", "widened", "widening", "deepen", "deepens",
    "deepened", "deepening",
})
_EXTENT_NOUNS = frozenset({
    "plain", "floodplain", "banks", "bank", "bed", "channel", "channels", "shoreline", "shore", "snowline",
    "ice", "range", "course", "mouth", "delta", "basin", "crater", "shelf", "reach", "reaches", "margin",
    "margins", "waters", "edge", "edges", "front", "tongue", "snout",
})
# Of those, the verbs of level that also tell a firm's shares ("Vesuvius fell 3 per cent"): a share of trading
# after them is the firm's, a level of water is not.
_LEVEL_VERBS = frozenset({"rise", "rises", "rose", "risen", "rising", "fall", "falls", "fell", "fallen", "falling"})
# So are words of revolt after them ("rose up against"): a people's or a movement's rising, not water's.
_SHARE_WORDS = frozenset({"per", "percent", "%", "points", "pence", "cents", "shares", "up", "against"})

# Words of an aside that name what a natural feature is ("the tallest volcano in Europe", "Africa's largest lakes").
FEATURE_WORDS = frozenset({
    "volcano", "volcanoes", "lake", "lakes", "river", "rivers", "glacier", "glaciers", "mountain", "mountains",
    "peak", "peaks", "summit", "sea", "seas", "ocean", "desert", "deserts", "ice", "icecap", "waterfall", "falls",
    "reservoir", "lagoon", "estuary", "delta", "waterway", "tributary", "range", "massif", "crater", "valley",
    "canyon", "gorge", "swamp", "marsh", "wetland", "wetlands", "reef", "strait", "bay", "basin",
})
# Words of an aside that name an organisation, a vessel or a product: then the name is theirs, whatever else
# the aside says ("The Danube, the river cruise operator's flagship").
ACTOR_WORDS = frozenset({
    "group", "groups", "firm", "company", "companies", "reinsurer", "insurer", "brigade", "faction", "flagship",
    "operator", "maker", "manufacturer", "brand", "militia", "movement", "party", "team", "club", "fund", "bank",
    "ship", "vessel", "liner", "ferry", "carrier", "airline", "label", "leadership", "command", "council",
    "headquarters", "rebels", "insurgents", "guerrillas", "fighters", "organisation", "organization", "lender",
    "supplier", "producer", "miner", "owner", "chain", "retailer", "developer", "publisher", "band", "series",
    "film", "show", "newspaper", "magazine", "station", "unit", "force", "forces", "coalition", "alliance",
    # and the words news uses for a movement's seat in the mountains ("Qandil, the mountain stronghold of the
    # PKK,"): the seat is named for the movement that holds it
    "stronghold", "strongholds", "hideout", "hideouts", "base", "bases", "bastion", "lair", "redoubt", "den",
})
# Head words of a feature's own name ("Lake Victoria", "Mount Kanlaon", "the Thwaites Glacier"): no firm or
# movement is called so, so the name is the ground unless its aside names an actor or its verb is one of saying.
# Not "River", which clubs are named with ("River Plate drew with Nacional").
_NAME_HEADS_FIRST = frozenset({"lake", "mount", "mt", "glacier", "lac", "loch", "volcano"})
_NAME_HEADS_LAST = frozenset({"lake", "glacier", "volcano"})
# Words standing between a subject and its verb: auxiliaries, and adverbs of time and degree.
_BEFORE_VERB = frozenset({
    "has", "have", "had", "is", "was", "were", "are", "been", "be", "will", "would", "could", "may", "might",
    "can", "should", "again", "also", "now", "already", "since", "once", "then", "still", "last", "first",
    "began", "begun", "begins", "started", "starts", "continued", "continues", "to", "not", "never", "partly",
})
_RELATIVES = frozenset({"which", "that", "where"})
# Copulas and verbs of position: what a placing aside may be followed by and still describe the ground.
_BEING = frozenset({"is", "was", "are", "were", "remains", "remained", "lies", "lay", "sits", "sat", "stands",
                    "stood", "rises", "looms", "loomed", "towers", "towered"})
# Prepositions opening an aside that sets the name on the map ("the Thwaites Glacier, in West Antarctica,"): a
# description of ground, read as the feature-word aside is (never before a verb of saying).
_LOCATIVES = frozenset({"in", "near", "on", "off", "along", "beside", "between", "above", "below", "astride",
                        "straddling"})
# Nouns of a feature's parts before "of" ("on the bank of the Dniester", "the slopes of Etna"): the name they
# govern is the ground whatever verb follows, for the clause's subject is the part's holder, not the name.
PART_NOUNS = frozenset({
    "bank", "banks", "shore", "shores", "slope", "slopes", "foot", "summit", "mouth", "source", "edge", "side",
    "flank", "flanks", "waters", "rim", "crater", "headwaters", "bed", "floor", "surface", "snout", "tongue",
    "peak", "top", "base", "basin", "valley", "delta", "estuary",
})
_ASIDE_WORDS = 16  # an aside longer than this is a clause of its own, not a description of the name


# Verbs of saying and stance: what a movement, a firm or a government does, never a mountain.
_SAYING = frozenset({
    "said", "says", "say", "told", "tells", "rejected", "rejects", "denied", "denies", "accused", "accuses",
    "claimed", "claims", "signed", "signs", "announced", "announces", "agreed", "agrees", "warned", "warns",
    "vowed", "vows", "threatened", "threatens", "demanded", "demands", "urged", "urges", "refused", "refuses",
    "declared", "declares", "confirmed", "confirms", "welcomed", "welcomes", "condemned", "condemns",
    "insisted", "insists", "stated", "states", "reported", "reports", "added", "responded", "replied",
})


def _main_reading(s: NameSpan) -> Optional[Candidate]:
    """The name's likeliest exact reading, leaving out GeoNames' other names of small places: a village that
    also answers to "Sahara" does not make the desert a village."""
    exact = [c for c in s.candidates if c.exact
             and not (c.kind == NAME_ALT and c.population < 5000 and c.feature_code.startswith("PPL"))]
    return max(exact, key=prior_score) if exact else None


def _aside_and_verb(text: str, tokens: list[Token], s: NameSpan) -> tuple[list[Token], int]:
    """The words of an aside after the name (empty where none) and the index of the first word after it."""
    if s.j >= len(tokens) or text[s.end : tokens[s.j].start].strip() != ",":
        return [], s.j
    for k in range(s.j + 1, min(len(tokens), s.j + _ASIDE_WORDS)):
        gap = text[tokens[k - 1].end : tokens[k].start]
        if any(ch in gap for ch in ".;:!?\n"):
            break
        if "," in gap:
            return tokens[s.j:k], k
    return [], len(tokens)


def _natural_verb(text: str, tokens: list[Token], k: int) -> bool:
    """Whether the clause's verb, from token `k` on past auxiliaries and adverbs, is a natural process."""
    end = min(len(tokens), k + 5)
    while k < end and (tokens[k].norm in _BEFORE_VERB or tokens[k].norm.endswith("ly")):
        k += 1
    if k >= end or not tokens[k].text.islower():
        return False
    if tokens[k].norm in _EXTENT_PROCESSES:
        nxt = tokens[k + 1] if k + 1 < len(tokens) else None
        return not measure_object(nxt, load_associative()) \
            or any(t.norm in _EXTENT_NOUNS for t in tokens[k + 1 : k + 5])
    if tokens[k].norm not in NATURAL_PROCESSES:
        return False
    if tokens[k].norm in _LEVEL_VERBS:
        after = text[tokens[k].end : tokens[min(len(tokens) - 1, k + 4)].end]
        return "%" not in after and not any(t.norm in _SHARE_WORDS for t in tokens[k + 1 : k + 5])
    return True


def _grounded(text: str, tokens: list[Token], s: NameSpan, stance: AbstractSet[str]) -> bool:
    """Whether the name's clause shows the feature itself: a natural process, or an aside naming its kind.

    An aside alone (placing the name, naming its kind, or a relative clause of a process) grounds it only
    where the clause's own verb is no verb of the lexicon that read the name as an actor (`stance`): "Qandil,
    in northern Iraq, ordered the attack" is still the movement. A name with a feature's head word ("Lake
    Victoria") is the ground unless its verb is one of saying."""
    if _a_parts_holder(tokens, s):
        return True
    aside, k = _aside_and_verb(text, tokens, s)
    words = {t.norm for t in aside}
    if words & ACTOR_WORDS:
        return False
    if k < len(tokens) and _natural_verb(text, tokens, k):
        return True
    if _headed(tokens, s):
        return not _verb_in(tokens, k, _SAYING)
    if _verb_in(tokens, k, stance):
        return False
    if aside and aside[0].norm in _RELATIVES and _natural_verb(text, tokens, s.j + 1):
        return True  # "Mount Kanlaon, which erupted in June, forced the evacuation"
    if bool(aside) and aside[0].norm in _LOCATIVES:
        # an aside that only sets the name on the map tells nothing of its kind: the ground's only before a
        # copula or a verb of position ("Qandil, in northern Iraq, is snowbound"), not before a deed
        return k < len(tokens) and tokens[k].text.islower() and tokens[k].norm in _BEING
    return bool(words & FEATURE_WORDS)


def _headed(tokens: list[Token], s: NameSpan) -> bool:
    """Whether the name's own words open or close with a feature's head word ("Lake Victoria", "X Glacier")."""
    return s.j - s.i > 1 and (tokens[s.i].norm in _NAME_HEADS_FIRST or tokens[s.j - 1].norm in _NAME_HEADS_LAST)


def _a_parts_holder(tokens: list[Token], s: NameSpan) -> bool:
    """"the bank of the Dniester", "the slopes of Etna": the name after a noun of a feature's part and "of"."""
    k = s.i - 1
    if k >= 0 and tokens[k].norm == "the":
        k -= 1
    return k >= 1 and tokens[k].norm == "of" and tokens[k - 1].norm in PART_NOUNS


def _verb_in(tokens: list[Token], k: int, verbs: AbstractSet[str]) -> bool:
    """Whether the clause's verb, from token `k` on past auxiliaries and adverbs, is one of `verbs`."""
    end = min(len(tokens), k + 4)
    while k < end and (tokens[k].norm in _BEFORE_VERB or tokens[k].norm.endswith("ly")):
        k += 1
    return k < end and tokens[k].text.islower() and tokens[k].norm in verbs


def ground_natural_features(text: str, tokens: list[Token], spans: Sequence[NameSpan],
                            metonymy_verbs: frozenset[str] = frozenset()) -> None:
    """Turn back the metonymic reading (cue "metonymy") of a name whose main reading is a natural feature where
    its clause shows the feature: the feature is where the process happens, not who acts. `metonymy_verbs`:
    the cue lexicon's verbs of an actor (cues.yaml), read with associative.yaml's stance verbs and the verbs of
    saying, the lexicons that made the name an actor."""
    stance = _stance_verbs(metonymy_verbs)
    for s in spans:
        if s.locational or s.cue != "metonymy" or s.demonym:
            continue
        main = _main_reading(s)
        if main is not None and main.feature_code in NATURAL_CODES and _grounded(text, tokens, s, stance):
            s.locational, s.cue = True, None


@lru_cache(maxsize=4)
def _stance_verbs(metonymy_verbs: frozenset[str]) -> frozenset[str]:
    """Every form of a verb that reads a name as an actor: saying, associative.yaml's stance and the cues'."""
    return _SAYING | frozenset(load_associative().stance_forms) | metonymy_verbs
