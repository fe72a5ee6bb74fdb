"""A word right after an Arabic noun for soldiers ("جنود ألمان", German soldiers): their nationality, no place.

A nationality follows the soldiers it describes with nothing between ("جنود أتراك", "جنديان إسرائيليان"), and its
broken plural can fold to a place's letters once an article is peeled off ("ألمان" is "ال" + "مان", Man in Côte
d'Ivoire). A place where soldiers are is written after a preposition or a settlement word ("جنود في حلب"), so one
word joined straight to the noun is read as their adjective. The event side reads the nationality as the state's
forces (extract/arabic_events.py).
"""
from __future__ import annotations

from eventwatch.geo.normalise import Token, fold_token, is_arabic

# soldiers, one, two or many, bare and with the article
_SOLDIERS = frozenset(fold_token(w) for w in (
    "جندي", "الجندي", "جنديان", "الجنديان", "جنديين", "الجنديين", "جنود", "الجنود"))


def without_soldiers_adjectives(text: str, tokens: list[Token], spans: list) -> list:
    """The spans less the one-word Arabic names written right after a noun for soldiers, only a space between."""
    return [s for s in spans if not (s.j - s.i == 1 and is_arabic(s.norm) and s.i > 0
                                     and tokens[s.i - 1].norm in _SOLDIERS
                                     and not text[tokens[s.i - 1].end : tokens[s.i].start].strip())]
