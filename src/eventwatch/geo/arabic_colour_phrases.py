"""A colour with the article after a noun it names a thing with: "البيت الأبيض" (the White House), "السلاح الأبيض" (a
blade), "الأسلحة البيضاء", "الراية البيضاء" (the white flag), "النيل الأبيض" (the White Nile).

Towns are named by colours with the article ("الأبيض" El Obeid, "البيضاء" al-Bayda), and bare colours are already
adjectives (`bare_adjectives`); but the same colour with the article right after a definite noun is that noun's
adjective, and some nouns take one in set phrases that reports use daily (`colour_heads`, data/gazetteer/
arabic_report_words.yaml). After such a noun the colour is no town. Only listed nouns count: after a noun of a force
the colour word may be the verb's object ("قصف الجيش الأبيض", the army shelled El Obeid), and after a settlement
word it is the town ("مدينة الأبيض").
"""
from __future__ import annotations

import re

from eventwatch.geo.normalise import Token, arabic_base

_ARTICLE = "ال"
# "لل": the preposition "ل" on the article, whose "ا" it drops ("للبيت الأبيض", to the White House)
_LI_ARTICLE = "لل"
# "و" and "ف", one of which may stand before "لل" ("وللبيت الأبيض", and to the White House)
_CONJUNCTIONS = "وف"
# short vowels, shadda, sukun and tatweel: the tokens end before a final mark ("البيتُ الأبيضُ"), which then stands
# in the gap between the noun and its colour; it is part of the noun, not a word between
_MARKS = re.compile("[\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06ed\u0640]")


def colour_of_noun(tokens: list[Token], i: int, text: str, heads: frozenset[str], colours: frozenset[str]) -> bool:
    """Whether token i is a colour with the article (`colours`: the bare forms, folded) written right after a
    definite noun of `heads` (folded, article-less; one joined preposition allowed: "بالسلاح الأبيض", "للبيت الأبيض"),
    short vowels written on the noun's end ignored."""
    if i == 0:
        return False
    word, prev = tokens[i], tokens[i - 1]
    if _MARKS.sub("", text[prev.end : word.start]).strip() or not word.norm.startswith(_ARTICLE) \
            or arabic_base(word.norm) not in colours:
        return False
    norm = prev.norm[1:] if prev.norm[:1] in _CONJUNCTIONS and prev.norm[1:3] == _LI_ARTICLE else prev.norm
    if norm.startswith(_LI_ARTICLE):
        noun = _ARTICLE + norm[2:]  # "للبيت", "وللبيت": ("و") "ل" + "البيت"
    else:
        noun = norm if norm.startswith(_ARTICLE) else norm[1:]
    return noun.startswith(_ARTICLE) and arabic_base(noun) in heads


__all__ = ["colour_of_noun"]
