"""A two-word name that ends in a side's adjective, written right before "of" a sea, a river or a mountain, is that
side of the feature, not the region called so.

Arabic names regions by a noun and a side: "الضفة الغربية" (the West Bank), "الحوض الشرقي" (Mauritania's Hodh Ech
Chargui, the eastern basin). The same two words with "ل" (of) joined to a feature's noun after them are a side of
that feature: "الضفة الغربية لنهر الفرات" (the west bank of the Euphrates), "الحوض الشرقي للبحر المتوسط" (the eastern
Mediterranean basin). Only a feature's noun counts (`sided_features`): "الضفة الغربية للمرة الثانية" (in the West Bank
for the second time) keeps the region.
"""
from __future__ import annotations

from eventwatch.geo.arabic_words import ArabicReportWords
from eventwatch.geo.normalise import Token, arabic_base


def _side_adjective(norm: str, words: ArabicReportWords) -> bool:
    """Whether a folded token is a side's relative adjective ("الشرقي", "الغربيه")."""
    base = arabic_base(norm)
    stem = base[:-2] if base.endswith("يه") else base[:-1] if base.endswith("ي") else None
    return stem is not None and stem in words.compass_words


def _of_a_feature(norm: str, words: ArabicReportWords) -> bool:
    """Whether a folded token is "ل" joined to a feature's noun, with its article ("للبحر") or without ("لنهر")."""
    body = norm[2:] if norm.startswith("لل") else norm[1:] if norm.startswith("ل") else None
    return body is not None and body in words.sided_features


def side_of_a_feature(tokens: list[Token], i: int, j: int, text: str, words: ArabicReportWords) -> bool:
    """Whether the two-word name at tokens i..j-1 ends in a side's adjective and is written right before "of" a
    feature's noun ("الحوض الشرقي للبحر")."""
    if j - i != 2 or j >= len(tokens) or text[tokens[j - 1].end : tokens[j].start].strip():
        return False
    return _side_adjective(tokens[j - 1].norm, words) and _of_a_feature(tokens[j].norm, words)
