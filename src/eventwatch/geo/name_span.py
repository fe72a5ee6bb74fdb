"""A recognised name's span, and the token gaps every recognition step reads the same way.

Shared by the recogniser and the modules that label or extend its names (features, unknown names, lists,
associative use), so none of them imports the recogniser itself.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Optional, Sequence

from eventwatch.geo.gazetteer import Candidate
from eventwatch.geo.landmarks import is_landmark
from eventwatch.geo.normalise import Token, normalise
from eventwatch.geo.store import NAME_CURATED

JOIN_GAPS = frozenset({"", "-", "‐", "‑", "–"})
SENTENCE_BREAK = re.compile(r"[.!?\n:;\"“”()\[\]|]")

# The curated seas, rivers, mountains and regions (geo/natural_features.py).
NATURAL_FEATURES = ("OCN", "SEA", "GULF", "STRT", "CNL", "BAY", "STM", "LK", "MTS", "MT", "VLC", "DSRT", "PEN",
                    "ISL", "RGN", "AREA", "VAL", "PLN", "PLAT", "DLTA", "RF", "SHOL", "GLCR", "SWMP")
# Cues that say what a name is rather than where something is: a name carrying one is no located place.
NON_PLACE_CUES = frozenset({"demonym", "metonymy", "embedded", "modifier"})
# Feature codes whose exact name is a place on its own, whatever its context: countries, first-level
# divisions, continents and natural features.
STRONG_FEATURES = ("PCL", "ADM1", "CONT") + NATURAL_FEATURES


@dataclass
class NameSpan:
    """A recognised name and what its context says about it."""

    i: int  # first token
    j: int  # one past the last token
    start: int
    end: int
    norm: str
    candidates: list[Candidate] = field(default_factory=list)
    demonym: bool = False
    abbreviation: bool = False  # only abbreviation names matched ("La." after "Alexandria, ")
    locational: bool = True
    cue: Optional[str] = None
    vague: Optional[str] = None  # admin1 | admin2 | near | city | region | offset | offshore (geo/offshore_cues.py)
    direction: Optional[str] = None
    phrase_start: int = -1  # the name with its cue words ("western rural Aleppo")
    phrase_end: int = -1
    container: Optional[int] = None  # index of the span this one lies in ("Saraqib, Idlib")
    unknown: bool = False  # no gazetteer entry: reported, not resolved
    entity: Optional[str] = None  # spaCy label covering it, when a parse was given
    firm: bool = False  # backed by a firm place cue ("in", "near", "village of"), not just "to" or "at"
    weak: bool = False  # candidates are those of a shorter name inside it ("Lake Vermont" → Vermont)
    # candidates are those of the name cut back to a stem ("Ohioans" → Ohio): a guess at an inflected form
    stemmed: bool = False
    facility: bool = False  # a named building or site ("Aleppo University Hospital"): a place by its head word
    # the division word beside it that leans to one country's first-level reading (geo/first_level_words.py)
    first_level_word: Optional[str] = None
    title: bool = False  # opens a paper's or broadcaster's title ("the Denver Post"): geo/reading_context.py
    # first tokens of the held towns whose list vouches for this unheld last member (geo/list_tail_unknowns.py)
    vouchers: tuple[int, ...] = ()

    @property
    def located(self) -> bool:
        """Backed by a place cue, not just by capitalisation."""
        return bool(self.cue and self.cue not in NON_PLACE_CUES) or self.vague is not None


def returned_cue(s: NameSpan) -> Optional[str]:
    """The cue a returned name carries. A people's name read as no place ("in Peruvian cattle", "envoys from
    Chilean ministries", "the Ghanaian distributor") is a demonym whatever word stood before it and gave the
    span its cue while it was read: the caller learns what the word is (a demonym, tagged NORP), not the
    preposition that stood before the noun it qualifies. A demonym read as a place keeps its cue ("on
    Norwegian farms", "place modifier"). Only a place cue (one `located` reads as such) gives way: "embedded"
    ("the Kenyan Air Force Base", "the Peruvian Health Ministry") tells callers the name lies inside another
    thing's name, which they need to skip it or to score the facility by the name inside it."""
    if s.demonym and not s.locational and s.cue and s.cue not in NON_PLACE_CUES:
        return "demonym"
    return s.cue


def mark_embedded(s: NameSpan) -> None:
    """Read a name as part of another thing's name ("Minsk" in "the Minsk agreements"): no place the text puts
    anything at, so neither a cue, a vague area nor a direction of its own survives."""
    s.locational, s.cue, s.vague, s.direction = False, "embedded", None, None


def strong(c: Candidate) -> bool:
    """A natural feature is strong only when curated (bundled, or a dump row the bundled list vouches for): a
    GeoNames dump holds countless streams and hills named like common words or nearby towns. A large town's
    short form (`short_form`) is not strong by the town's population."""
    if c.population >= 100_000 and not (c.kind == NAME_CURATED and short_form(c)):
        return True
    kind = (c.feature_code, c.source)
    known = _STRONG_KINDS.get(kind)
    if known is None:
        known = _STRONG_KINDS[kind] = _strong_kind(*kind)
    return known


def short_form(c: Candidate) -> bool:
    """A town read through a curated alias that is the first word or words of its own name ("Burton" for
    Burton upon Trent). The press of its region writes the town so, but the word alone is as often a surname
    or a namesake village's name ("Burton said the talks had stalled"): the large town's population vouches
    for the full name, not for the word. A capital's or an administrative seat's short form ("Addis") is left
    strong: the seat is what the word names in the news. The price: "Burton" with no cue of place ("Burton was
    flooded", "Tamworth, Burton and Lichfield") reads as it did before the alias, no place (strict xfails in
    tests/test_geo_web_resolution_round30.py); a cue ("in Burton", "near Burton") still reads the town."""
    if c.kind != NAME_CURATED or c.feature_code != "PPL" or not c.match_norm:
        return False
    name, short = normalise(c.name), c.match_norm
    return len(name) > len(short) and name.startswith(short) and name[len(short)] in " -"


# `_strong_kind` by (feature code, source): rules ask `strong` of every reading of every name, over a hundred
# thousand times on a corpus, of a few hundred kinds.
_STRONG_KINDS: dict[tuple[str, str], bool] = {}


def _strong_kind(feature_code: str, source: str) -> bool:
    """Whether any reading of this feature code and source is strong, whatever its population."""
    if source == "user" or feature_code.startswith(("PCL", "ADM1", "CONT")):
        return True
    if is_landmark(feature_code, source):
        return True  # a famous building or site named in full (geo/landmarks.py) is that place on its own
    # a curated cape ("Achill Head") is a place on its own as a curated island is, though GeoNames' many capes
    # are not natural features to every rule that reads those
    return feature_code.startswith(NATURAL_FEATURES + ("CAPE",)) and source == "curated"


def opens_sentence(text: str, tokens: Sequence[Token], k: int) -> bool:
    """Whether token k opens a sentence or a line, where a capital marks no name."""
    return k == 0 or SENTENCE_BREAK.search(text[tokens[k - 1].end : tokens[k].start]) is not None
