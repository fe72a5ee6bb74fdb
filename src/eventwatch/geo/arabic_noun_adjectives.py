"""A noun of report vocabulary with its agreeing adjective is a phrase of the language, not a far hamlet's name.

"السلطة الجديدة" (the new authority), "الحكومة المؤقتة" (the interim government), "القوة المشتركة" (the joint
force): a feminine noun of report vocabulary followed by a definite feminine adjective is the noun described, and
GeoNames holds a few such phrases as small places' names (a Qatari village is "As Sulţah al Jadīdah"). Read
whole, such a pair is a name only where a settlement word opens it ("قرية السلطة الجديدة") or a holder the report
names holds it; a compass adjective stays a region's name ("المنطقة الشرقية", Saudi Arabia's Eastern Province), and
so do the Levant's words for the same sides, which villages take to tell twins apart: "القبلية" (southern, towards
the qibla: al-Mazra'a al-Qibliya by Ramallah), "البحرية" (northern, seaward), "الفوقانية" and "التحتانية" (upper,
lower). Among the gazetteer's Arabic-named rows only one such pair is left that the rule reads as a phrase (the
Qatari village), so it costs no village a report names. "البحرية" also means "naval" ("القوة البحرية", the naval
force): reading such a pair whole is safe only because no gazetteer row is named by it; it is a name only if one is.
"""
from __future__ import annotations

from eventwatch.geo.normalise import ARABIC_ARTICLE, arabic_base, arabic_candidates

_FEMININE = "ه"  # ة folded: the feminine ending the noun and its adjective share
# compass adjectives, folded and article-less: with them a pair names a region ("المنطقة الشرقية")
_COMPASS_ADJECTIVES = frozenset({"شرقيه", "غربيه", "شماليه", "جنوبيه", "وسطي", "وسطى",
                                 "قبليه", "بحريه", "فوقانيه", "تحتانيه"})


def noun_and_adjective(first: str, second: str, common_words: frozenset[str]) -> bool:
    """Whether two folded tokens are a feminine noun of report vocabulary (a proclitic allowed on it) and a
    definite feminine adjective after it that is no compass word."""
    if not second.startswith(ARABIC_ARTICLE) or not second.endswith(_FEMININE) \
            or arabic_base(second) in _COMPASS_ADJECTIVES:
        return False
    return any(r.endswith(_FEMININE) and arabic_base(r) in common_words for r in arabic_candidates(first))
