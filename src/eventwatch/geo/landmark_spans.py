"""Landmark names in text: the building or site itself, or the body that sits in it.

The recogniser's automaton reads only capitalised words, so a landmark written with lower-case words
("Sednaya prison", "the Zaporizhzhia nuclear power plant") is found as its town, and other readers claim
the rest: "Downing Street" and "Red Square" as streets, "Hmeimim air base" as an unknown facility. A single
famous word ("the Kremlin said") has no place cue and no strong gazetteer entry to keep it. This pass finds
the landmark names of landmarks.yaml in the token stream and makes each one span whose candidates are the
store's landmark records, replacing the shorter or weaker readings of the same words.

Airports and bases are also found by a listed spelling's place name with another word for the hub
("Shayrat airfield" for the listed "Shayrat air base"; landmarks.hub_spellings), unless that name is a town
other than the one the hub stands at. The town a landmark is named for and stands at ("Baghdad" in "Baghdad
International Airport") is kept inside it, marked embedded, as the place name inside a facility is.

Whether a mention is the place or its occupants is read as for facilities and polities: a seat of power
acting ("the White House said", "Kremlin spokesman", "a Pentagon official", "sanctions imposed by the
Kremlin") is kept with `locational=False`; after a place cue ("outside the White House", "a strike on
Hmeimim air base", "detained in Sednaya prison") it is a place.
"""
from __future__ import annotations

import math
import re
from functools import lru_cache
from typing import Optional

from eventwatch.geo.associative import STATE_VERBS, AssociativeCues, mark_associative
from eventwatch.geo.document_words import document_words
from eventwatch.geo.facilities import _acting as facility_acting  # the facility reading of the same roles
from eventwatch.geo.facilities import load_facilities
from eventwatch.geo.gazetteer import Candidate, Gazetteer
from eventwatch.geo.landmarks import (
    FACILITY_FEATURES,
    KIND_FEATURE_CODES,
    LANDMARKS_FILE,
    SEAT_KINDS,
    hub_spellings,
    is_landmark,
    load_hub_heads,
    load_landmarks,
    possessive_gaps,
)
from eventwatch.geo.lexicon import Cues
from eventwatch.geo.name_span import NameSpan
from eventwatch.geo.normalise import Token, normalise, tokenize
from eventwatch.geo.store import NAME_CURATED, NAME_MAIN

# Between two words of one name: a space, a hyphen, an apostrophe ("Quai d'Orsay", "St. Peter's").
_NAME_GAP = re.compile(r"[ \-‐‑–'’.]{0,2}(?:s )?")
_SEAT_CODES = frozenset(KIND_FEATURE_CODES[k] for k in SEAT_KINDS)
# Cues a covered reading set that say what reader made it, not what stands before the name.
_READER_CUES = frozenset({"street", "facility", "feature", "metonymy", "modifier", "embedded"})


# One spelling: (token norms, which words must be capitalised, main name, words of its core name, which words
# follow a possessive). The core is 0 for a listed spelling and the place-name part of a made one ("Shayrat"
# in "Shayrat airfield").
Spelling = tuple[tuple[str, ...], tuple[bool, ...], str, int, tuple[bool, ...]]


@lru_cache(maxsize=2)
def landmark_index(path: str = str(LANDMARKS_FILE)) -> dict[str, tuple[Spelling, ...]]:
    """Each landmark spelling, listed or made from a hub's listed one (landmarks.hub_spellings), by first
    norm, longest first."""
    out: dict[str, list[Spelling]] = {}
    landmarks = load_landmarks(path)
    for lm in landmarks:
        for n in lm.all_names:
            toks = tokenize(n)
            if not toks:
                continue
            entry = (tuple(t.norm for t in toks), tuple(t.text[:1].isupper() for t in toks), lm.name, 0,
                     possessive_gaps(n, toks))
            out.setdefault(entry[0][0], []).append(entry)
    for h in hub_spellings(landmarks, load_hub_heads(path)):
        out.setdefault(h.norms[0], []).append((h.norms, h.caps, h.main, h.core, h.possessive))
    return {k: tuple(sorted(set(v), key=lambda e: (-len(e[0]), e[3]))) for k, v in out.items()}


def _match_at(text: str, tokens: list[Token], k: int, index) -> Optional[tuple[int, str, int]]:
    """The longest landmark spelling starting at token k: (end token, main name, core words), or None."""
    for norms, caps, main, core, possessive in index.get(tokens[k].norm, ()):
        j = k + len(norms)
        if j > len(tokens):
            continue
        if all(tokens[k + x].norm == norms[x] and (not caps[x] or tokens[k + x].text[:1].isupper())
               and (x == 0 or _gap_fits(text, tokens[k + x - 1].end, tokens[k + x].start, possessive[x]))
               for x in range(len(norms))):
            return j, main, core
    return None


def _gap_fits(text: str, a: int, b: int, possessive: bool) -> bool:
    """Whether the text between two words of a spelling joins them as the spelling does: the town in
    "Moscow's Domodedovo Airport" is the airport's place, not a word of its name."""
    return _NAME_GAP.fullmatch(text, a, b) is not None and ("s" in text[a:b]) == possessive


def _towns(span: NameSpan, alternate: bool = False) -> list[Candidate]:
    """The places a span names by their own name (or, with `alternate`, by any of theirs): towns and
    divisions, not landmarks."""
    return [c for c in span.candidates if c.exact and (alternate or c.kind in (NAME_MAIN, NAME_CURATED))
            and not is_landmark(c.feature_code, c.source)]


def _town_inside(text: str, tokens: list[Token], k: int, j: int, gaz: Gazetteer, landmarks: list[Candidate]
                 ) -> Optional[NameSpan]:
    """The town a landmark spelled by tokens k..j is named for and stands at, as the words that open its name
    ("Baghdad" in "Baghdad International Airport", "Sednaya" in "Sednaya prison"), marked embedded."""
    for y in range(j - 1, k, -1):
        if not tokens[y - 1].text[:1].isupper():
            continue
        words = text[tokens[k].start : tokens[y - 1].end]
        towns = [c for c in gaz.lookup(words, limit=10) if c.exact and not is_landmark(c.feature_code, c.source)
                 and _near(c, landmarks)]
        if towns:
            span = NameSpan(k, y, tokens[k].start, tokens[y - 1].end, " ".join(t.norm for t in tokens[k:y]), towns)
            span.locational, span.cue = False, "embedded"
            return span
    return None


# About 30 km in latitude: a town this close to a landmark's point is the town it stands in or beside.
_NEAR_DEGREES = 0.3


def _near(town: Candidate, landmarks: list[Candidate]) -> bool:
    """Whether the town lies where one of the landmarks stands (their point is their parent town's)."""
    if town.lat is None or town.lon is None:
        return False
    for lm in landmarks:
        if lm.lat is None or lm.lon is None or lm.country_code != town.country_code:
            continue
        shrink = max(0.2, math.cos(math.radians(lm.lat)))
        if abs(town.lat - lm.lat) <= _NEAR_DEGREES and abs(town.lon - lm.lon) * shrink <= _NEAR_DEGREES:
            return True
    return False


def _landmark_candidates(gaz: Gazetteer, main: str) -> list[Candidate]:
    want = normalise(main)
    return [c for c in gaz.lookup(main, limit=30)
            if is_landmark(c.feature_code, c.source) and c.exact and normalise(c.name) == want]


def _seat(c: Candidate) -> bool:
    """A landmark that can stand for the body that sits in it (a government, an international body)."""
    return c.exact and c.source == "curated" and c.feature_code in _SEAT_CODES


def _cue_before(tokens: list[Token], i: int, cues: Cues) -> Optional[str]:
    """The place preposition before the name ("outside the", "in"), skipping an article."""
    b = i - 1
    if b >= 0 and tokens[b].norm in ("the", "a", "an") and tokens[b].text.islower():
        b -= 1
    if b >= 0 and tokens[b].text.islower() and tokens[b].norm in cues.locative_before:
        return tokens[b].norm
    return None


def mark_landmarks(text: str, tokens: list[Token], spans: list[NameSpan], gaz: Gazetteer, cues: Cues,
                   assoc: AssociativeCues, facilities: bool = True) -> list[NameSpan]:
    """The spans with every landmark name read as that landmark (see the module's docstring).

    `facilities`: whether the recogniser reports named facilities; a landmark that is one (a prison, a base)
    is then flagged `facility` as the facility reader would."""
    index = landmark_index()
    if not tokens or not index:
        return spans
    by_token: dict[int, NameSpan] = {k: s for s in spans for k in range(s.i, s.j)}
    made: list[NameSpan] = []
    removed: set[int] = set()  # ids of the spans a landmark replaces
    towns_inside: list[NameSpan] = []  # the towns landmarks are named for, made here (see _town_inside)
    # Only the tokens a landmark spelling opens with are visited, from the document's word index (most words
    # open none); `k` is the first token not yet read, past the words of the last landmark found.
    k = 0
    for start in document_words(tokens).positions(index):
        if start < k:
            continue
        k = start
        hit = _match_at(text, tokens, k, index)
        if hit is None:
            continue
        j, main, core = hit
        if not any(t.text[:1].isupper() for t in tokens[k:j]):
            continue
        covered = list({id(s): s for s in (by_token.get(x) for x in range(k, j)) if s is not None}.values())
        if any(s.i < k or s.j > j for s in covered):
            continue  # a longer name holds these words ("Capitol Hill Baptist Church")
        landmarks = _landmark_candidates(gaz, main)
        if not landmarks:
            continue  # a store without the bundled landmarks (a GeoNames dump): leave the words to the others
        if core:
            # A made spelling ("Bagram airport" from "Bagram Airfield") whose core is a town's name is this hub
            # only where that town is the one it stands at; "Odessa airport" in Texas is not Odesa's.
            named = next((s for s in covered if s.i == k and s.j == k + core), None)
            towns_named = _towns(named) if named is not None else []
            if towns_named and not any(_near(c, landmarks) for c in towns_named):
                continue
        same = next((s for s in covered if s.i == k and s.j == j), None)
        # A town whose own name this is stays a reading ("Whitehall", Ohio); a town that only has it as an
        # alternate name ("White House" for Casablanca) or a shorter name inside it does not.
        towns = _towns(same) if same is not None else []
        # The town a landmark is named for and stands at ("Baghdad" in "Baghdad International Airport") stays,
        # marked embedded as the name inside a facility is: schemes that annotate place names count it.
        inner = [s for s in covered if s is not same and (s.i, s.j) != (k, j) and s.j - s.i < j - k
                 and any(_near(c, landmarks) for c in _towns(s, alternate=True))]
        if not inner:  # the gazetteer read the landmark whole, so no reader made a span of the town inside
            town = _town_inside(text, tokens, k, j, gaz, landmarks)
            if town is not None:
                towns_inside.append(town)
        first = min(covered, key=lambda s: s.i) if covered else None
        span = NameSpan(k, j, tokens[k].start, tokens[j - 1].end, " ".join(t.norm for t in tokens[k:j]),
                        landmarks + towns)
        if first is not None and first.i == k and first.cue not in _READER_CUES and first.cue is not None:
            span.cue, span.firm, span.vague, span.direction = first.cue, first.firm, first.vague, first.direction
            span.phrase_start = first.phrase_start
        else:
            word = _cue_before(tokens, k, cues)
            span.cue = word or "landmark"
            span.firm = word is not None and word not in cues.weak_locative
        # A prison, camp, base or shrine is a named facility as geo/facilities.py reads one ("Camp Bucca",
        # "Incirlik Air Base"), whose candidates are now its own.
        span.facility = facilities and (any(c.feature_code in FACILITY_FEATURES for c in landmarks)
                                        or (same is not None and same.facility))
        for s in inner:  # the town itself, not its namesakes: the landmark says which one it is
            s.locational, s.cue = False, "embedded"
            s.candidates = [c for c in s.candidates if _near(c, landmarks)]
        kept_inside = {id(s) for s in inner}
        removed.update(id(s) for s in covered if id(s) not in kept_inside)
        made.append(span)
        k = j
    if not made:
        return spans
    _mark_acting(text, tokens, made, cues, assoc)
    out = [s for s in spans if id(s) not in removed] + made + towns_inside
    out.sort(key=lambda s: s.start)
    return out


# Words after a seat's name that leave it the building: clause and phrase words, and what a place undergoes.
AFTER_BUILDING = frozenset({
    "and", "or", "but", "nor", "of", "in", "on", "at", "to", "for", "from", "with", "by", "as", "into", "onto",
    "near", "over", "under", "after", "before", "since", "during", "where", "when", "while", "which", "who",
    "that", "than", "itself", "was", "were", "is", "are", "be", "been", "has", "had", "have",
    # parts and surroundings of the structure
    "lawn", "lawns", "grounds", "gate", "gates", "wall", "walls", "roof", "fence", "fences", "perimeter",
    "courtyard", "basement", "bunker", "driveway", "garden", "gardens", "vicinity", "entrance",
})


def _seat_modifies(text: str, tokens: list[Token], s: NameSpan, assoc: AssociativeCues, building: frozenset[str]
                   ) -> bool:
    """A seat of power's name before a noun, a participle or a title stands for the body ("Kremlin-backed",
    "a Kremlin move", "the White House's response", "Pentagon Press Secretary"); before a word for the
    structure it stays the building ("the White House lawn", "the Kremlin's gates")."""
    if not any(_seat(c) for c in s.candidates) or s.j >= len(tokens):
        return False
    nxt = tokens[s.j]
    gap = text[s.end : nxt.start]
    if gap not in (" ", "-", "'s ", "’s "):
        return False
    if nxt.text[:1].isupper() and nxt.text[1:2].islower():
        return True  # the head of a title or a body's name: "White House Press Secretary", "Pentagon Press"
    if not nxt.text.islower() or not nxt.text.replace("-", "").isalpha():
        return False
    word = nxt.norm
    return not (word in AFTER_BUILDING or word in STATE_VERBS or word in assoc.place_heads or word in building)


def _mark_acting(text: str, tokens: list[Token], made: list[NameSpan], cues: Cues, assoc: AssociativeCues) -> None:
    """Mark a landmark standing for the people in it `locational=False`."""
    words = load_facilities()
    for s in made:
        if s.firm:
            continue  # "outside the White House", "in Sednaya prison"
        if facility_acting(text, tokens, s.i, s.j, cues, words):
            s.locational, s.cue = False, "metonymy"  # "the Kremlin denied", "Kremlin spokesman"
        elif _seat_modifies(text, tokens, s, assoc, words.building_words):
            s.locational, s.cue = False, "modifier"  # "Kremlin-backed", "a Kremlin move"
    # The roles a government plays ("a Pentagon official", "sanctions imposed by the Kremlin", "talks with
    # the White House"): the rules for polities, with seats of power counted as seats.
    open_ = [s for s in made if s.locational and not s.firm]
    cue_of = {id(s): s.cue for s in open_}
    for s in open_:
        if s.cue == "landmark":
            s.cue = None  # the associative rules read a name without a cue of its own
    mark_associative(text, tokens, open_, cues, assoc, _seat)
    for s in open_:
        if s.locational:
            s.cue = cue_of[id(s)]
