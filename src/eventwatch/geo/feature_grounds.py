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
name the feature's kind ("the tallest volcano in Europe") or set it on the map ("in West Antarctica"), or a noun
of its parts governing it ("on the bank of the Dniester"). A verb of saying or stance, or an aside naming an
organisation or a vessel ("the Bermuda reinsurer", "the operator's flagship"), keeps the actor. The name's main
reading must be the feature: a name whose likeliest reading is a country or a town ("Chad", "Jordan") is left to
the metonymy rules, and GeoNames' other names of hamlets ("Sahara" for a Yemeni village) do not count.
"""
from __future__ import annotations

from typing import Optional, Sequence

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
    # and of extent, which a feature's ground does as a government's measure does ("the Thames has extended its
    # flood plain", "the Himalayas extended the monsoon"): with a feature's name as the subject, the ground's
    "extend", "extends", "extended", "extending", "widen", "widens", "widened", "widening", "deepen", "deepens",
    "deepened", "deepening",
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
})
# Words standing between a subject and its verb: auxiliaries, and adverbs of time and degree.
_BEFORE_VERB = frozenset({
    "has", "have", "had", "is", "was", "were", "are", "been", "be", "will", "would", "could", "may", "might",
    "can", "should", "again", "also", "now", "already", "since", "once", "then", "still", "last", "first",
    "began", "begun", "begins", "started", "starts", "continued", "continues", "to", "not", "never", "partly",
})
_RELATIVES = frozenset({"which", "that", "where"})
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
    if k >= end or not tokens[k].text.islower() or tokens[k].norm not in NATURAL_PROCESSES:
        return False
    if tokens[k].norm in _LEVEL_VERBS:
        after = text[tokens[k].end : tokens[min(len(tokens) - 1, k + 4)].end]
        return "%" not in after and not any(t.norm in _SHARE_WORDS for t in tokens[k + 1 : k + 5])
    return True


def _grounded(text: str, tokens: list[Token], s: NameSpan) -> bool:
    """Whether the name's clause shows the feature itself: a natural process, or an aside naming its kind."""
    if _a_parts_holder(tokens, s):
        return True
    aside, k = _aside_and_verb(text, tokens, s)
    words = {t.norm for t in aside}
    if words & ACTOR_WORDS:
        return False
    if k < len(tokens) and _natural_verb(text, tokens, k):
        return True
    if aside and aside[0].norm in _RELATIVES and _natural_verb(text, tokens, s.j + 1):
        return True  # "Mount Kanlaon, which erupted in June, forced the evacuation"
    placed = bool(aside) and aside[0].norm in _LOCATIVES
    return (placed or bool(words & FEATURE_WORDS)) and not _speaks(tokens, k)


def _a_parts_holder(tokens: list[Token], s: NameSpan) -> bool:
    """"the bank of the Dniester", "the slopes of Etna": the name after a noun of a feature's part and "of"."""
    k = s.i - 1
    if k >= 0 and tokens[k].norm == "the":
        k -= 1
    return k >= 1 and tokens[k].norm == "of" and tokens[k - 1].norm in PART_NOUNS


def _speaks(tokens: list[Token], k: int) -> bool:
    """Whether the clause's verb, from token `k` on past auxiliaries, is one of saying or stance."""
    end = min(len(tokens), k + 4)
    while k < end and tokens[k].norm in _BEFORE_VERB:
        k += 1
    return k < end and tokens[k].norm in _SAYING


def ground_natural_features(text: str, tokens: list[Token], spans: Sequence[NameSpan]) -> None:
    """Turn back the metonymic reading (cue "metonymy") of a name whose main reading is a natural feature where
    its clause shows the feature: the feature is where the process happens, not who acts."""
    for s in spans:
        if s.locational or s.cue != "metonymy" or s.demonym:
            continue
        main = _main_reading(s)
        if main is not None and main.feature_code in NATURAL_CODES and _grounded(text, tokens, s):
            s.locational, s.cue = True, None
