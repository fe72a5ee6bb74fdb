"""A natural feature named in full once, then bare: "Tern island ... boats from Tern" is still the island.

A story introduces an island, river, lake or mountain range with its kind word ("Tern island", "the Kellow
river", "Lake Amber") and afterwards drops the word, as a reader already knows what the name is. The bare
name alone is often also a village somewhere, or a loose spelling of a large town; read without the story it
lands there. So a bare name that the story earlier wrote with a kind word, and read as that kind of feature,
keeps that reading, unless the text places the bare mention otherwise:

- it is written with a container or a division word of its own ("Tern, Northshire", "Tern district");
- it is also, under its own spelling, a country, a first-level division or a large town: "Lake Geneva ...
  Geneva" names the city, "the Niger river ... Niger" the country, which a story names bare as often as not;
- it is a river's or a range's "the X" that the sentence does not set as ground ("the Kura elders", "aid
  reached the Nuba by air": a body or a people named for the feature; geo/feature_ground.py);
- it is a river's or a range's name written without "the" that is also a town's ("the Narva River ... shops in
  Narva", "the Hrazdan River ... a plant in Hrazdan"): English writes a river or a range with its article, so
  the bare name is the town the river is named with, unless it closes a list after a name read as a river ("the
  Drina and Narva").
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from eventwatch.geo.feature_ground import after_the, set_as_ground
from eventwatch.geo.natural_features import FEATURE_CODES
from eventwatch.geo.normalise import normalise
from eventwatch.geo.store import NAME_MAIN

if TYPE_CHECKING:
    from eventwatch.geo.gazetteer import Candidate
    from eventwatch.geo.name_span import NameSpan

# A town this large, holding the bare name as its own, is what the bare name means on its own.
OWN_TOWN_POPULATION = 100_000
# A hyphen joining the bare name to another ("the Hrazdan-Yerevan road", "Yerevan-Hrazdan"): two ends of a route
# or a pair, which are towns, not the feature.
_HYPHENS = ("-", "‐", "–")
# "the", then at most two lower-case words, right before a name.
_ARTICLE_BEFORE = re.compile(r"\b[Tt]he\s+((?:[a-z][a-z-]*\s+){0,2})\Z")
# Lower-case words after "the" that hold the name in a phrase of their own rather than describe it.
_NOT_DESCRIBING = frozenset({"of", "in", "at", "from", "to", "near", "by", "on", "and", "or", "town", "city",
                             "village", "port", "centre", "center", "capital", "district", "county", "province"})


def _kind_key(text: str, s: "NameSpan", every: frozenset[str]) -> str | None:
    """The bare name a span wrote with its kind word: "tern" for "Tern island" (a lower-case noun the
    recogniser widened the phrase over) or for "Tern Island" / "Lake Tern" (the word inside the name)."""
    if s.phrase_end > s.end:
        tail = text[s.end : s.phrase_end].strip().lower()
        if tail in every:
            return s.norm
    words = s.norm.split()
    if len(words) >= 2 and words[-1] in every:
        return " ".join(words[:-1])
    if len(words) >= 2 and words[0] in every:
        return " ".join(words[1:])
    return None


def _own_place(c: "Candidate", norm: str) -> bool:
    """A reading the bare name has under its own spelling that a story names without a kind word."""
    if not c.exact:
        return False
    if c.feature_code.startswith(("PCL", "ADM1")):
        return True
    return c.kind == NAME_MAIN and c.feature_code.startswith("PPL") and c.population >= OWN_TOWN_POPULATION \
        and normalise(c.name) == norm


def _river_or_range(found: list["Candidate"]) -> str | None:
    """"STM" or "MTS" where the feature's readings are a river's or a range's, whose bare "the X" must be set
    as ground (geo/feature_ground.py); None for any other feature."""
    codes = {c.feature_code for c in found}
    return "STM" if "STM" in codes else "MTS" if "MTS" in codes else None


def _with_article(text: str, start: int) -> bool:
    """Whether the name at `start` takes "the", straight before it or before one or two lower-case words that
    describe it ("the Narva", "the swollen Narva", "the upper Narva"), not before a phrase that holds it ("the
    town of Narva", "the road to Narva")."""
    m = _ARTICLE_BEFORE.search(text, max(0, start - 40), start)
    return m is not None and not (set(m.group(1).split()) & _NOT_DESCRIBING)


def _town_without_article(text: str, spans: list["NameSpan"], idx: int, found: list["Candidate"]) -> bool:
    """Whether the bare mention `spans[idx]` of a river or a range is a town's name: written without "the", it
    holds a town reading of its own spelling, and it does not follow "and", "or" or a comma after a name read
    as a river or a range."""
    s = spans[idx]
    if _river_or_range(found) is None or _with_article(text, s.start):
        return False
    if not any(c.exact and c.feature_code.startswith("PPL") for c in s.candidates):
        return False
    if idx > 0:
        prev = spans[idx - 1]
        if text[prev.end : s.start].strip() in ("and", "or", ",") \
                and _river_or_range([c for c in prev.candidates if c.exact]) is not None:
            return False  # "the Drina and Narva": the list's second river
    return True


def carry_feature_kinds(text: str, spans: list["NameSpan"], nouns: dict[str, frozenset[str]]) -> None:
    """Give a bare name the natural-feature readings of the story's earlier full form of it (see above).
    Runs after containers are linked, so a bare mention with a container of its own is left as read."""
    every = frozenset(w for ws in nouns.values() for w in ws)
    features: dict[str, list["Candidate"]] = {}
    contained = {s.container for s in spans if s.container is not None}
    for idx, s in enumerate(spans):
        if s.demonym or not s.locational:
            continue
        key = _kind_key(text, s, every)
        if key is not None:
            own = [c for c in s.candidates if c.exact and c.feature_code in FEATURE_CODES]
            if own:
                features.setdefault(key, own)
            continue
        found = features.get(s.norm)
        if found is None or s.container is not None or idx in contained or s.vague is not None:
            continue
        if text[s.end : s.end + 1] in _HYPHENS or text[max(0, s.start - 1) : s.start] in _HYPHENS:
            continue  # "the Hrazdan-Yerevan road": a road's end, a town
        if any(_own_place(c, s.norm) for c in s.candidates):
            continue
        if after_the(text, s.start) and _river_or_range(found) is not None \
                and not set_as_ground(text, s.start, s.end, _river_or_range(found) == "STM"):
            continue  # "the Kura elders", "aid reached the Nuba by air": a people or a body, not the feature
        if _town_without_article(text, spans, idx, found):
            continue  # "shops in Narva" after "the Narva River": the town, which takes no article
        s.candidates, s.unknown, s.weak = list(found), False, False
