"""A region named by its side ("المنطقة الشرقية", the eastern region) that holds a town the report names is that
first-level division.

Saudi Arabia's Eastern Province is "المنطقة الشرقية" in Arabic, and so is "the eastern region" of any land or city
("المنطقة الشرقية من ليبيا"): the bare phrase holds no reading. A report that names a town of a first-level division
called after that side ("الدمام والخبر في المنطقة الشرقية": Dammam and Khobar lie in the Eastern Province; a town of
Ghana's Eastern Region likewise) says which: the phrase is read as that division. Where the phrase is followed by
"من" or a joined "ل" (of X) it is a side of X, and no division is read; where no town of such a division is named,
nothing is read either.
"""
from __future__ import annotations

from typing import Optional

from eventwatch.geo.arabic_words import with_article
from eventwatch.geo.gazetteer import Candidate, Gazetteer
from eventwatch.geo.name_span import NameSpan
from eventwatch.geo.normalise import Token, arabic_candidates

_REGION = "منطقه"
# the definite adjectives of the sides (folded: ة is written ه) and the English word that opens the names of the
# divisions called after them ("Eastern Province", "Eastern Region", "Northern Borders Region")
_SIDES = {"الشرقيه": "eastern", "الغربيه": "western", "الشماليه": "northern", "الجنوبيه": "southern",
          "الوسطى": "central"}
_OF = ("من", "ل")
_DIVISION = "ADM1"


def _division(gaz: Gazetteer, side: str, held: list[Candidate]) -> Optional[Candidate]:
    """The first-level division called after `side` that holds one of the report's towns (`held`), or None."""
    for town in held:
        if not town.admin1 or not town.admin1.lower().startswith(side):
            continue
        for c in gaz.lookup(town.admin1, country=town.country_code, limit=5):
            if c.feature_code == _DIVISION and c.admin1_code == town.admin1_code:
                return c
    return None


def compass_regions(gaz: Gazetteer, text: str, tokens: list[Token], taken: list[bool],
                    found: list[NameSpan]) -> list[NameSpan]:
    """New spans for "المنطقة" + a side's adjective, read as the division of that side holding a town the report
    names (`found`); their tokens are taken."""
    out: list[NameSpan] = []
    held: Optional[list[Candidate]] = None  # the report's towns, gathered on first need
    n = len(tokens)
    for k in range(n - 1):
        side = _SIDES.get(tokens[k + 1].norm)
        if side is None or taken[k] or taken[k + 1] or not with_article(tokens[k].norm) \
                or _REGION not in arabic_candidates(tokens[k].norm) \
                or text[tokens[k].end : tokens[k + 1].start].strip():
            continue
        if k + 2 < n and not text[tokens[k + 1].end : tokens[k + 2].start].strip() \
                and (tokens[k + 2].norm == _OF[0] or tokens[k + 2].norm.startswith(_OF[1])):
            continue  # "المنطقة الشرقية من ليبيا", "المنطقة الشرقية لحلب": a side of what follows
        if held is None:
            held = [max(s.candidates, key=lambda c: c.population) for s in found
                    if s.candidates and s.locational and not s.unknown]
            held = [c for c in held if c.feature_code.startswith("PPL")]
        division = _division(gaz, side, held)
        if division is None:
            continue
        out.append(NameSpan(k, k + 2, tokens[k].start, tokens[k + 1].end, f"{_REGION} {tokens[k + 1].norm}", [division],
                            cue="in", firm=True))
        taken[k] = taken[k + 1] = True
    return out
