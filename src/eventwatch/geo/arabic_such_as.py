"""A list of places opened by "ك" (like, such as) after a plural noun of places: "في مناطق كالجهراء والفروانية"
(in areas such as Jahra and Farwaniya), "في محافظات كالأنبار" (in governorates such as Anbar).

The plural noun says that what follows names places of its kind, and "ك" joined to the first name says it is an
example of them; the name is then a place as surely as after "في". Plurals that are settlement words of their own
("مدن", "بلدات", "قرى") already cue the name after them; these are the plurals that are not, because alone they
are as often followed by an adjective or a noun ("مناطق جبلية", mountainous areas; "مناطق سيطرة", areas of
control) as by a name. Only the joined "ك" with the article ("كال") counts: "كـ" before a bare noun is as often
a word's own first letter ("كفر", "كسب").

"كال" also opens a body's or a thing's name ("دول كالاتحاد الأوروبي", countries such as the European Union; "مناطق
كالقلعة", areas such as the citadel), which GeoNames may spell as some village. So the word counts only where it reads
as a place of a country whose places are written in Arabic, or as a country or first-level division anywhere; not
where its base is a word of the language or a body's head noun ("اتحاد", union), nor where a definite adjective of
relation follows it ("الأوروبي"): a noun and its adjective name a thing, where a list of places goes on with "و".
"""
from __future__ import annotations

from eventwatch.geo.arabic_words import ArabicReportWords, is_common_word
from eventwatch.geo.gazetteer import Candidate
from eventwatch.geo.normalise import ARABIC_ARTICLE, Token

# folded (ة written ه, hamzas on alef dropped): areas, governorates, provinces/states, countries, quarters, regions,
# districts, capitals, towns (a second plural of مدينة)
_PLACE_PLURALS = frozenset({"مناطق", "محافظات", "ولايات", "دول", "بلدان", "احياء", "اقاليم", "اقضيه", "مديريات",
                            "عواصم", "مدائن", "مقاطعات", "نواحي"})
_SUCH_AS = "ك" + ARABIC_ARTICLE


_RANKED_KINDS = ("PCL", "ADM1")  # feature-code prefixes of countries and first-level divisions


def such_as_after_places(text: str, tokens: list[Token], i: int, j: int, candidates: list[Candidate],
                         words: ArabicReportWords) -> bool:
    """Whether the name at tokens i..j-1 opens with "كال..." right after a plural noun of places (the plural may
    carry "و" or "ب"), read as a place (`candidates`) rather than a thing's name. A name of two words is tested
    whole: its first alone may be a word of the language ("كالشيخ مقصود")."""
    if i < 1 or not tokens[i].norm.startswith(_SUCH_AS) or len(tokens[i].norm) < 6:
        return False
    before = tokens[i - 1].norm
    if not (before in _PLACE_PLURALS or (before[:1] in "وبف" and before[1:] in _PLACE_PLURALS)):
        return False
    base = tokens[i].norm[len(_SUCH_AS):]
    if (j - i == 1 and is_common_word(base, words)) or base in words.affiliation_heads:
        return False
    if j < len(tokens) and text[tokens[j - 1].end : tokens[j].start] == " " and _relation_adjective(tokens[j].norm):
        return False
    return any(c.country_code in words.name_countries or c.feature_code.startswith(_RANKED_KINDS)
               or (j - i > 1 and c.exact) for c in candidates)


def _relation_adjective(norm: str) -> bool:
    """Whether a folded word is a masculine definite adjective of relation ("الأوروبي"), which agrees with a body
    ("الاتحاد الأوروبي"); a feminine one ("الحدودية", the border one) agrees with a town as often."""
    return norm.startswith(ARABIC_ARTICLE) and len(norm) > 4 and norm.endswith("ي")
