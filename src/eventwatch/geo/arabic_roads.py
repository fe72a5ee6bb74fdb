"""The two towns a road links: "على الطريق الواصل بين X و Y", "طريق بين X و Y".

A report places an ambush or a mine on the road between two towns; the towns are the nearest places it names,
as "on the road between X and Y" is in English (cue "between"), firmly: the road says they are places. Arabic "بين" alone is as often "between two
sides" ("اشتباكات بين مجموعتين", "العلاقات بين سوريا وتركيا": relations, no place), so only "بين" after a road
or a word of linking reads the name after it as a place; the list's "و" then gives the second town the same cue
(`arabic_names.arabic_lists`). A road named by its two ends, "طريق X-Y" (or "X - Y"), names the second town
after the dash the road joins to the first (`hyphen_road_ends`).
"""
from __future__ import annotations

from eventwatch.geo.name_span import NameSpan
from eventwatch.geo.normalise import Token, arabic_base, arabic_candidates, fold_token, is_arabic

# "between" and what stands right before it on a road: the road, the one linking, the one joining
_BETWEEN = fold_token("بين")
_ROAD_WORDS = frozenset(arabic_base(fold_token(w)) for w in ("طريق", "الطريق", "الواصل", "الواصلة", "الرابط",
                                                               "الرابطة", "الطرق", "خط"))
BETWEEN_CUE = "between"


def mark_road_ends(text: str, tokens: list[Token], spans: list[NameSpan]) -> None:
    """Give the cue "between" to an Arabic name with no cue written right after "بين" that a road word
    (`_ROAD_WORDS`) stands before, each one space apart: a firm one, unlike English "between" alone, since the
    road says the names are the places it links."""
    for s in spans:
        if s.cue is not None or s.i < 2 or not is_arabic(s.norm):
            continue
        b, r = s.i - 1, s.i - 2
        if text[tokens[b].end : tokens[s.i].start] != " " or text[tokens[r].end : tokens[b].start] != " ":
            continue
        if tokens[b].norm == _BETWEEN and any(x in _ROAD_WORDS for x in arabic_candidates(tokens[r].norm)):
            s.cue, s.firm = BETWEEN_CUE, True


# the dashes a road's two ends are written with ("طريق سبها-الشويرف", "طريق القامشلي - عامودا")
_DASHES = frozenset("-\u2013\u2014")


def hyphen_road_ends(text: str, tokens: list[Token], spans: list[NameSpan]) -> set[int]:
    """The tokens right after a dash that follows a name read right after a road word ("طريق سنجار-سنوني"): the
    road's other end, a place as firmly as the first, though the dash stands where a cue would."""
    out = set()
    for s in spans:
        if s.i < 1 or s.j >= len(tokens) or not is_arabic(s.norm) or not is_arabic(tokens[s.j].norm):
            continue
        if text[tokens[s.j - 1].end : tokens[s.j].start].strip() not in _DASHES:
            continue
        if text[tokens[s.i - 1].end : tokens[s.i].start] == " " \
                and any(x in _ROAD_WORDS for x in arabic_candidates(tokens[s.i - 1].norm)):
            out.add(s.j)
    return out
