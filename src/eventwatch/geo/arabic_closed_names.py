"""An Arabic name written with the article is whole: no word after it joins it as the next word of a compound.

geo/whole_names.py lengthens a known head into an unknown compound by the words after it ("Khan al-Asal": the
head, then a loose name the gazetteer also spells). In Arabic a compound is a noun in construct, whose first
word never carries the article ("خان العسل", "كفر نبل"): after "الخور" or "بالدوحة" the next word starts
something else, and the loose name it spells is as often a particle that a Latin name happens to share ("دون",
"without", is Don and Dunn). So "بمدينة الخور دون إصابات" is Al Khawr, with no injuries, never an unknown town
"الخور دون". An honorific with its article ("النبي شيت", "الشيخ مسكين": `titled_heads`) does open a compound,
and keeps the reading. Arabic compounds with an indefinite head are read by geo/arabic_unknown.py.
"""
from __future__ import annotations

from functools import lru_cache

from eventwatch.geo.arabic_words import load_arabic_report_words
from eventwatch.geo.normalise import ARABIC_ARTICLE, arabic_candidates, is_arabic

# The prepositions written on the article, after any "و" or "ف" (and): "ب" (in), "ك" (like); "ل" (to) drops the
# article's alef ("للمخيم"), so "لل" is that preposition and the article.
_CLITICS = frozenset("بك")


@lru_cache(maxsize=4096)
def closes_arabic_name(norm: str) -> bool:
    """Whether a folded token is an Arabic word with the article, maybe behind a clitic ("الخور", "بالدوحة",
    "والجديدة"), that is no honorific opening a compound: the name ends with it."""
    if not is_arabic(norm):
        return False
    body = norm[1:] if norm[:1] in "وف" and len(norm) > 4 else norm
    body = body[1:] if body[:1] in _CLITICS and body[1:3] == ARABIC_ARTICLE else body
    if not (body.startswith(ARABIC_ARTICLE) or body.startswith("لل")) or len(body) <= 3:
        return False
    titled = load_arabic_report_words().titled_heads
    return not any(r in titled for r in arabic_candidates(norm))
