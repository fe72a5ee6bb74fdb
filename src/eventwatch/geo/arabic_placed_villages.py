"""A village a report places from a town it has read lies in that town's country, not across a border.

A name after a settlement word in construct that no reading of the report's countries takes is read once more
among every country of Arabic names (geo/arabic_names.py: "مسلحون من مالي ... قرب بلدة باسكنو", a border town in a
country the report does not name). But where the words right after the name place it by a compass word or a
countryside from a name already read in one of the report's countries ("قرية الزعفرانة شمال حمص", "قرية X في ريف
حمص الشمالي", "بريف حمص"), the village lies a few kilometres from that place: a namesake abroad met through the
consonant bridge (Egypt's Zaafarana) is no reading of it, and the name is left to geo/arabic_unknown.py, which keeps
it as written in the town's country.
"""
from __future__ import annotations

from typing import Mapping

from eventwatch.geo.arabic_words import ArabicCueWords, ArabicReportWords
from eventwatch.geo.normalise import Token, arabic_candidates

_IN = "في"  # a bare "in" before the countryside ("في ريف حمص")
_MAX_COMPASS = 2  # "شمال غرب", "بريف ... ": the words of direction or countryside read before the town


def _placing(norm: str, forms: ArabicCueWords, words: ArabicReportWords) -> bool:
    """Whether a folded token is a compass word ("شمال", "شرقي") or a countryside noun ("ريف", "بريف")."""
    return any(r in forms.rural or r in words.compass_words or forms.place_words.get(r) in words.compass_words
               for r in arabic_candidates(norm))


def placed_by_a_named_place(text: str, tokens: list[Token], j: int, placed_at: Mapping[int, frozenset[str]],
                            near: frozenset[str], forms: ArabicCueWords, words: ArabicReportWords) -> bool:
    """Whether the words from token j (right after a name) place that name by a compass word or a countryside from
    a name read in one of the report's countries `near` (`placed_at`: first token of each name read → its readings'
    countries). Only spaces may stand between the words."""
    def joined(m: int) -> bool:
        return not text[tokens[m - 1].end : tokens[m].start].strip(" ")  # a line break parts two paragraphs

    k = j + 1 if j < len(tokens) and tokens[j].norm == _IN else j
    m = k
    while m < len(tokens) and m < k + _MAX_COMPASS and joined(m) and _placing(tokens[m].norm, forms, words):
        m += 1
    return k < m < len(tokens) and joined(m) and bool(placed_at.get(m, frozenset()) & near)
