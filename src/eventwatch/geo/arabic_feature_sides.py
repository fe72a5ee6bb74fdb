"""A two-word name that ends in a side's adjective, written right before "of" a sea, a river or a mountain, is that
side of the feature, not the region called so.

Arabic names regions by a noun and a side: "الضفة الغربية" (the West Bank), "الحوض الشرقي" (Mauritania's Hodh Ech
Chargui, the eastern basin). The same two words with "ل" (of) joined to a feature's noun after them are a side of
that feature: "الضفة الغربية لنهر الفرات" (the west bank of the Euphrates), "الحوض الشرقي للبحر المتوسط" (the eastern
Mediterranean basin). Only a feature's noun counts (`sided_features`): "الضفة الغربية للمرة الثانية" (in the West Bank
for the second time) keeps the region. So does a feature the gazetteer holds within `_NEAR_KM` of a reading of the
region: "الضفة الغربية لنهر الأردن" (the West Bank of the Jordan River) is the West Bank itself, named by its river.
"""
from __future__ import annotations

from typing import Optional, Sequence

from eventwatch.geo.arabic_words import ArabicReportWords
from eventwatch.geo.distances import haversine_km
from eventwatch.geo.gazetteer import Candidate, Gazetteer
from eventwatch.geo.normalise import Token, arabic_base

# a region this near the feature it is written as a side of is named by it: the feature lies along the region
_NEAR_KM = 100.0
# folded features written by their name alone, the next word no part of it ("للمتوسط قبالة قبرص"): a generic noun
# ("نهر", "البحر") is no feature's name by itself
_NAMED_ALONE = frozenset(("المتوسط",))


def _side_adjective(norm: str, words: ArabicReportWords) -> bool:
    """Whether a folded token is a side's relative adjective ("الشرقي", "الغربيه")."""
    base = arabic_base(norm)
    stem = base[:-2] if base.endswith("يه") else base[:-1] if base.endswith("ي") else None
    return stem is not None and stem in words.compass_words


def _of_a_feature(norm: str, words: ArabicReportWords) -> bool:
    """Whether a folded token is "ل" joined to a feature's noun, with its article ("للبحر") or without ("لنهر")."""
    body = norm[2:] if norm.startswith("لل") else norm[1:] if norm.startswith("ل") else None
    return body is not None and body in words.sided_features


def _feature_name(tokens: list[Token], j: int, text: str) -> str:
    """The feature's name after "ل" at token j: "للبحر المتوسط" → "البحر المتوسط", "لنهر الأردن" → "نهر الأردن",
    "للمتوسط" → "المتوسط" (the word after it joined when written with only a space between)."""
    norm = tokens[j].norm
    head = "ال" + norm[2:] if norm.startswith("لل") else norm[1:]
    if j + 1 < len(tokens) and not text[tokens[j].end : tokens[j + 1].start].strip():
        return f"{head} {tokens[j + 1].norm}"
    return head


def _region_by_feature(gaz: Gazetteer, name: str, region: Sequence[Candidate]) -> bool:
    """Whether a place the gazetteer holds by the feature's name (or by its first word alone, where that word is a
    feature's whole name, `_NAMED_ALONE`: "للمتوسط في" is the sea; "لنهر صغير" is no place called "نهر") lies
    within `_NEAR_KM` of a reading of the region."""
    points = [(c.lat, c.lon) for c in region if c.lat is not None and c.lon is not None]
    if not points:
        return False
    first = name.split(" ", 1)[0]
    features = gaz.lookup(name, limit=3) or (gaz.lookup(first, limit=3) if " " in name and first in _NAMED_ALONE
                                             else [])
    return any(haversine_km(lat, lon, f.lat, f.lon) <= _NEAR_KM for f in features
               if f.lat is not None and f.lon is not None for lat, lon in points)


def side_of_a_feature(tokens: list[Token], i: int, j: int, text: str, words: ArabicReportWords,
                      gaz: Optional[Gazetteer] = None, region: Sequence[Candidate] = ()) -> bool:
    """Whether the two-word name at tokens i..j-1 ends in a side's adjective and is written right before "of" a
    feature's noun ("الحوض الشرقي للبحر"), the feature no neighbour of the region's readings (`region`, when `gaz`
    is given)."""
    if j - i != 2 or j >= len(tokens) or text[tokens[j - 1].end : tokens[j].start].strip():
        return False
    if not (_side_adjective(tokens[j - 1].norm, words) and _of_a_feature(tokens[j].norm, words)):
        return False
    return gaz is None or not _region_by_feature(gaz, _feature_name(tokens, j, text), region)
