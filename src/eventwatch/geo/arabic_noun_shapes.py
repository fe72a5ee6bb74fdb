"""The shapes of Arabic common nouns: whether a bare word is built on one of the language's noun patterns.

Arabic has no capitals, so where a rule reads an unknown word as a place's name on the strength of its context
alone ("منطقة X الحدودية", the border area of X), the context also fits the report's own nouns (the border fence,
belt, posts, wire, triangle, crossings: "منطقة السياج الحدودية"). A word list could never hold them all; their
patterns can. A noun built on a broken-plural, verbal-noun or participle pattern (فعال، فعالة، مفاعل، أفعال،
مفعل، فاعل، تفعيل، افتعال، and the feminine plural in ات) is taken for a word of the language; a place
of such a shape is still read wherever a gazetteer row holds it. Folded, article-less words (normalise.arabic_base):
hamza seats are folded to ا and the final ة to ه.
"""
from __future__ import annotations

_ALIF = "ا"
_FEMININE = "ه"


def noun_shaped(base: str) -> bool:
    """Whether a folded, article-less word has the shape of a common noun (see the module docstring)."""
    n = len(base)
    if n == 4 and (base[2] == _ALIF or base[1] == _ALIF or base[0] == "م"):
        # فعال "سياج", فاعل "ساتر", مفعل "مثلث". Not فعيل: it is the commonest shape of villages' names too
        # ("الطفيل", "الزبير").
        return True
    if n == 5 and (base[0] == "م" and base[2] == _ALIF or base[0] == _ALIF and base[3] == _ALIF
                   or base[2] == _ALIF and base[4] == _FEMININE or base[0] == "ت" and base[3] == "ي"):
        return True  # مفاعل "مخافر", أفعال "أسلاك", فعالة "حراسة", تفعيل "تفتيش"
    if n == 6 and (base[0] == "م" and base[2] == _ALIF and base[5] == _FEMININE
                   or base[0] == _ALIF and base[2] == "ت" and base[4] == _ALIF):
        return True  # مفاعلة "مراقبة", افتعال "اشتباك"
    return n >= 5 and base.endswith("ات")  # "عمليات": a feminine plural
