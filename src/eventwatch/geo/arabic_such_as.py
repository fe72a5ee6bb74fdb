"""A list of places opened by "ك" (like, such as) after a plural noun of places: "في مناطق كالجهراء والفروانية"
(in areas such as Jahra and Farwaniya), "في محافظات كالأنبار" (in governorates such as Anbar).

The plural noun says that what follows names places of its kind, and "ك" joined to the first name says it is an
example of them; the name is then a place as surely as after "في". Plurals that are settlement words of their own
("مدن", "بلدات", "قرى") already cue the name after them; these are the plurals that are not, because alone they
are as often followed by an adjective or a noun ("مناطق جبلية", mountainous areas; "مناطق سيطرة", areas of
control) as by a name. Only the joined "ك" with the article ("كال") counts: "كـ" before a bare noun is as often
a word's own first letter ("كفر", "كسب").
"""
from __future__ import annotations

from eventwatch.geo.normalise import ARABIC_ARTICLE, Token

# folded (ة written ه, hamzas on alef dropped): areas, governorates, provinces/states, countries, quarters, regions,
# districts, capitals, towns (a second plural of مدينة)
_PLACE_PLURALS = frozenset({"مناطق", "محافظات", "ولايات", "دول", "بلدان", "احياء", "اقاليم", "اقضيه", "مديريات",
                            "عواصم", "مدائن", "مقاطعات", "نواحي"})
_SUCH_AS = "ك" + ARABIC_ARTICLE


def such_as_after_places(tokens: list[Token], i: int) -> bool:
    """Whether token `i` is "كال..." right after a plural noun of places (the plural may carry "و" or "ب")."""
    if i < 1 or not tokens[i].norm.startswith(_SUCH_AS) or len(tokens[i].norm) < 6:
        return False
    before = tokens[i - 1].norm
    return before in _PLACE_PLURALS or (before[:1] in "وبف" and before[1:] in _PLACE_PLURALS)
