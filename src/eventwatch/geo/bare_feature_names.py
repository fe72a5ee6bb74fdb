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
  the bare name is the town the river is named with. Only that town: one near the feature's point, or in the
  feature's country or a country the story names (not a namesake across the world); and not where the words
  still make it the feature ("Narva flows", "along Narva", "Narva's banks"; geo/bare_river_cues.py) or where it
  closes a list whose earlier names are rivers or written with "the" ("the Drina, the Sava and Narva").
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from eventwatch.geo.bare_river_cues import feature_still_meant
from eventwatch.geo.distances import haversine_km
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
# "the", then at most three lower-case or numeral words, right before a name ("the swollen and muddy",
# "the 77-kilometre").
_ARTICLE_BEFORE = re.compile(r"\b[Tt]he\s+((?:[a-z0-9][a-z0-9,.-]*\s+){0,3})\Z")
# Lower-case words after "the" that hold the name in a phrase of their own rather than describe it.
_NOT_DESCRIBING = frozenset({"of", "in", "at", "from", "to", "near", "by", "on", "town", "city", "village", "port",
                             "centre", "center", "capital", "district", "county", "province"})
# A conjunction is one too where it ends the words ("the bridge and Narva"), not between two adjectives.
_CONJUNCTIONS = frozenset({"and", "or"})
# A town this near the feature's point is the one the feature names (or is named for).
OWN_TOWN_KM = 75.0
# What stands between two names of one list: "the Drina, the Sava and Narva", "the Sava, and Narva".
_LIST_GAP = re.compile(r"\s*(?:,\s*)?(?:(?:and|or)\s+)?(?:the\s+)?")
# How many names back a list is followed.
_LIST_REACH = 6


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
    m = _ARTICLE_BEFORE.search(text, max(0, start - 50), start)
    if m is None:
        return False
    words = m.group(1).split()
    return not (set(words) & _NOT_DESCRIBING) and not (words and words[-1] in _CONJUNCTIONS)


def _story_countries(spans: list["NameSpan"]) -> frozenset[str]:
    """The countries the story names (an exact country reading of a name)."""
    return frozenset(c.country_code for s in spans for c in s.candidates
                     if c.exact and c.feature_code.startswith("PCL") and c.country_code)


def _the_features_town(c: "Candidate", found: list["Candidate"], countries: frozenset[str]) -> bool:
    """Whether the town reading `c` is the one the feature is named with: near the feature's point, or in the
    feature's country or a country the story names; a namesake a continent away is not."""
    if not (c.exact and c.feature_code.startswith("PPL")):
        return False
    if c.country_code and (c.country_code in countries or any(f.country_code == c.country_code for f in found)):
        return True
    return c.lat is not None and c.lon is not None and any(
        f.lat is not None and f.lon is not None and haversine_km(c.lat, c.lon, f.lat, f.lon) <= OWN_TOWN_KM
        for f in found)


def _closes_a_list_of_rivers(text: str, spans: list["NameSpan"], idx: int) -> bool:
    """Whether the bare name closes a list ("the Drina, the Sava and Narva", "the Sava, and Narva") one of whose
    earlier names is read as a river or a range or is written with "the": the list's article covers it too."""
    for back in range(idx - 1, max(-1, idx - 1 - _LIST_REACH), -1):
        prev, nxt = spans[back], spans[back + 1]
        if _LIST_GAP.fullmatch(text, prev.end, nxt.start) is None:
            return False
        if after_the(text, prev.start) or _river_or_range([c for c in prev.candidates if c.exact]) is not None:
            return True
    return False


def _town_without_article(text: str, spans: list["NameSpan"], idx: int, found: list["Candidate"],
                          countries: frozenset[str]) -> bool:
    """Whether the bare mention `spans[idx]` of a river or a range is a town's name: written without "the", it
    holds the feature's own town as a reading, its words do not make it the feature, and it closes no list of
    rivers."""
    s, code = spans[idx], _river_or_range(found)
    if code is None or _with_article(text, s.start):
        return False
    if not any(_the_features_town(c, found, countries) for c in s.candidates):
        return False
    return not feature_still_meant(text, s.start, s.end, code) and not _closes_a_list_of_rivers(text, spans, idx)


def carry_feature_kinds(text: str, spans: list["NameSpan"], nouns: dict[str, frozenset[str]]) -> None:
    """Give a bare name the natural-feature readings of the story's earlier full form of it (see above).
    Runs after containers are linked, so a bare mention with a container of its own is left as read."""
    every = frozenset(w for ws in nouns.values() for w in ws)
    features: dict[str, list["Candidate"]] = {}
    contained = {s.container for s in spans if s.container is not None}
    countries: frozenset[str] | None = None  # the story's countries, read when first needed
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
        if countries is None:
            countries = _story_countries(spans)
        if _town_without_article(text, spans, idx, found, countries):
            continue  # "shops in Narva" after "the Narva River": the town, which takes no article
        s.candidates, s.unknown, s.weak = list(found), False, False
