"""A region named by its side ("المنطقة الشرقية", the eastern region) that holds a town the report names is that
first-level division.

Saudi Arabia's Eastern Province is "المنطقة الشرقية" in Arabic, and so is "the eastern region" of any land or city
("المنطقة الشرقية من ليبيا"): the bare phrase holds no reading. A report that names a town of a first-level division
called after that side ("الدمام والخبر في المنطقة الشرقية": Dammam and Khobar lie in the Eastern Province; a town of
Ghana's Eastern Region likewise) says which: the phrase is read as that division. Where the phrase is followed by
"من" or a joined "ل" (of X) it is a side of X, and no division is read; so it is where a place read follows it with
"في", a joined "ب" or as a definite adjective ("المنطقة الشرقية بحلب", "... في البحرين", "... الليبية": the east of
that place), unless that place is the division's own country ("بالمنطقة الشرقية بالسعودية"). Only a division named
by the bare side or the side and a generic word ("Eastern", "Eastern Province") qualifies: "Southern Darfur" or
"Eastern Cape" is a proper name that opens with a side, and "المنطقة الجنوبية" alone never meant it. The town must be
named in the phrase's own sentence: a town of another sentence says nothing of which east is meant. Where no town of
such a division is named, nothing is read either.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from typing import Iterable, Mapping, Optional

from eventwatch.geo.arabic_adjectives import adjective_country
from eventwatch.geo.arabic_words import with_article
from eventwatch.geo.gazetteer import Candidate, Gazetteer
from eventwatch.geo.name_span import NameSpan
from eventwatch.geo.normalise import Token, arabic_candidates

_REGION = "منطقه"
# the definite adjectives of the sides (folded: ة is written ه) and the English word that names the divisions called
# after them, alone or with a generic word ("Eastern", "Eastern Province", "Eastern Region"; `_side_named`)
_SIDES = {"الشرقيه": "eastern", "الغربيه": "western", "الشماليه": "northern", "الجنوبيه": "southern",
          "الوسطى": "central"}
_OF = ("من", "ل")
_IN = ("في", "ب")
_DIVISION = "ADM1"
# the generic words a division called after its side may carry after the side's own word
_GENERIC = frozenset({"province", "region", "district", "governorate"})
_SENTENCE_END = re.compile(r"[.!?؟؛\n]")


def _side_named(division: str, side: str) -> bool:
    """Whether a division's name is the bare side or the side and a generic word ("Eastern", "Eastern Province");
    not a proper name that opens with it ("Eastern Cape", "Northern Darfur")."""
    words = division.lower().split()
    return bool(words) and words[0] == side and (len(words) == 1 or len(words) == 2 and words[1] in _GENERIC)


def _of_place(gaz: Gazetteer, text: str, tokens: list[Token], j: int, starts: Mapping[int, NameSpan]) -> Optional[str]:
    """What the phrase ending before token j is a side of: None where nothing is written after it; "" for a place
    that rules the division out ("من X", "لX", or a place read after "في", a joined "ب" or as a definite adjective);
    a country's code where that place is a country, which may hold the division."""
    n = len(tokens)
    if j >= n or text[tokens[j - 1].end : tokens[j].start].strip():
        return None
    norm = tokens[j].norm
    if norm == _OF[0] or norm.startswith(_OF[1]):
        return ""  # "المنطقة الشرقية من ليبيا", "المنطقة الشرقية لحلب": a side of what follows
    if norm == _IN[0]:
        j += 1
        if j >= n or text[tokens[j - 1].end : tokens[j].start].strip():
            return None
    elif not (norm.startswith(_IN[1]) or with_article(norm)):
        return None
    read = starts.get(j)
    if read is not None:
        top = max(read.candidates, key=lambda c: c.population)
        return top.country_code if top.feature_code.startswith("PCL") else ""
    return adjective_country(gaz, tokens[j].norm) if with_article(tokens[j].norm) else None  # "... الليبية"


def _division(gaz: Gazetteer, side: str, held: list[Candidate]) -> Optional[Candidate]:
    """The first-level division called after `side` that holds one of the report's towns (`held`), or None."""
    for town in held:
        if not town.admin1 or not _side_named(town.admin1, side):
            continue
        for c in gaz.lookup(town.admin1, country=town.country_code, limit=5):
            if c.feature_code == _DIVISION and c.admin1_code == town.admin1_code:
                return c
    return None


def compass_regions(gaz: Gazetteer, text: str, tokens: list[Token], taken: list[bool],
                    found: list[NameSpan]) -> list[NameSpan]:
    """New spans for "المنطقة" + a side's adjective, read as the division of that side holding a town the report
    names (`found`) in the phrase's sentence; their tokens are taken."""
    out: list[NameSpan] = []
    report: Optional[_Sentences] = None  # the report's sentences and towns, gathered on first need
    starts = {s.i: s for s in found if s.candidates and s.locational and not s.unknown}
    divisions: dict[tuple[str, int], Optional[Candidate]] = {}  # (side, sentence start) → its division
    n = len(tokens)
    for k in range(n - 1):
        side = _SIDES.get(tokens[k + 1].norm)
        if side is None or taken[k] or taken[k + 1] or not with_article(tokens[k].norm) \
                or _REGION not in arabic_candidates(tokens[k].norm) \
                or text[tokens[k].end : tokens[k + 1].start].strip():
            continue
        of = _of_place(gaz, text, tokens, k + 2, starts)
        if of == "":
            continue  # "المنطقة الشرقية بحلب": a side of the place that follows
        if report is None:
            report = _Sentences(text, starts.values())
        lo, hi = report.bounds(tokens[k].start, tokens[k + 1].end)
        if (side, lo) not in divisions:  # a report names its region again and again, in one sentence or many
            divisions[side, lo] = _division(gaz, side, report.towns(lo, hi))
        division = divisions[side, lo]
        if division is None or of is not None and division.country_code != of:
            continue
        out.append(NameSpan(k, k + 2, tokens[k].start, tokens[k + 1].end, f"{_REGION} {tokens[k + 1].norm}", [division],
                            cue="in", firm=True))
        taken[k] = taken[k + 1] = True
    return out


class _Sentences:
    """The report's sentence breaks, found in one pass, and its towns in the order they are written: a phrase's
    sentence and the towns in it are found by bisection, so a long report of many phrases costs no square of its
    length."""

    def __init__(self, text: str, spans: Iterable[NameSpan]) -> None:
        self.end = len(text)
        self.breaks = [m.start() for m in _SENTENCE_END.finditer(text)]  # each break is one character
        tops = ((s.start, max(s.candidates, key=lambda c: c.population)) for s in spans)
        towns = sorted(((at, c) for at, c in tops if c.feature_code.startswith("PPL")), key=lambda t: t[0])
        self.town_starts = [at for at, _ in towns]
        self.town_list = [c for _, c in towns]

    def bounds(self, start: int, end: int) -> tuple[int, int]:
        """The bounds of the sentence that holds text[start:end]: after the last break before it, up to the first
        break after it (or the text's ends)."""
        b = bisect_left(self.breaks, start)
        lo = self.breaks[b - 1] + 1 if b else 0
        b = bisect_left(self.breaks, end)
        return lo, self.breaks[b] if b < len(self.breaks) else self.end

    def towns(self, lo: int, hi: int) -> list[Candidate]:
        """The towns written between `lo` and `hi`."""
        return self.town_list[bisect_left(self.town_starts, lo) : bisect_left(self.town_starts, hi)]
