"""A field someone is qualified in, after "degree in" or "certification in": a subject, no place.

Local news tells of graduates, promotions and obituaries: "a master's degree in Public Health", "a major in
Political Science", "certification in Payroll Administration". The field is capitalised and follows "in", so it
reads like an unlisted place; the qualification word right before "in" says it is a subject.

Some of those words have a common other sense before "in" and a town: "108 degrees in Needles" (a temperature),
"an army major in Taftanaz" (a rank), "a minor in Hazlehurst" (a juvenile), "a recent graduate in Hazlehurst"
(a person), "the troop concentration in Avdiivka". After them only a name the gazetteer does not hold, or holds
with no town reading, is a field ("a major in Political Science"). After a word with no other sense ("diploma",
"majored") a weak town's name is a field too, and only a strong reading is kept ("her degree in Boston"). The
singular "degree" is such a word except as a measure: "to a lesser degree in Marinka", "minus one degree in
Gunnison" keep the town as the ambiguous words do. A field whose name a town shares ("Law", "Commerce", "Art")
is a field after any of these words: a town of that name is rarely written right after them. A verb of study is
on neither list, as one studies in towns.
"""
from __future__ import annotations

import re
from typing import Sequence

from eventwatch.geo.contest_titles import strong_reading
from eventwatch.geo.name_span import NameSpan

# Qualification words with no other common sense before " in ": the field follows them.
_QUALIFICATIONS = frozenset({
    "degree", "majored", "majoring", "minored", "minoring", "diploma", "diplomas", "certificate", "certificates",
    "certification", "certifications", "doctorate", "phd", "ph.d.", "master's", "bachelor's", "associate's",
    "coursework", "specialization", "specialisation",
})
# Qualification words that also name a temperature, a rank, a juvenile, a person, massed troops or a golf
# tournament ("the Masters in Augusta") before " in ".
_AMBIGUOUS_QUALIFICATIONS = frozenset({
    "degrees", "major", "majors", "minor", "minors", "graduate", "graduates", "professional", "professionals",
    "concentration", "certified", "masters", "bachelors",
})
_IN_BEFORE = re.compile(r"([A-Za-z.'’]+)\s+in\s+$")
# "to a lesser degree in", "by a degree in", "minus one degree in": "degree" as a measure of extent or heat.
_DEGREE_AS_MEASURE = re.compile(
    r"(?i:\b(?:to|by)\s+(?:(?:a|an|some|the|such|this|that|what|even|far|much|one|half)\s+){0,2}"
    r"(?:(?:lesser|greater|larger|smaller|higher|lower|certain|large|great|small|high|low|limited|significant"
    r"|similar|considerable|varying|same|full|single)\s+)?|\d[\d.,]*\s+|\b(?:one|zero|half a|a single)\s+)"
    r"degree\s+in\s+$")
# Fields of study whose one-word name a town somewhere shares; they stay fields after any qualification word.
_FIELDS_NAMED_LIKE_TOWNS = frozenset({
    "law", "commerce", "art", "arts", "biology", "botany", "aviation", "drama", "dance", "latin", "piano",
    "music", "history", "business", "finance", "nursing", "education", "science", "sciences", "medicine",
    "engineering", "economics", "accounting", "theology", "journalism", "marketing", "design", "agriculture",
    "algebra",
})


def _town_reading(s: NameSpan) -> bool:
    """A populated place among the readings, or a strong one: what a name after an ambiguous word may be."""
    return any(c.feature_code.startswith("PPL") for c in s.candidates) or strong_reading(s)


def study_field_names(text: str, spans: Sequence[NameSpan]) -> set[int]:
    """Indices of names right after "<qualification> in" that the gazetteer does not hold, or holds too weakly
    for the qualification word before them."""
    out: set[int] = set()
    for k, s in enumerate(spans):
        if s.demonym or not text.endswith("in ", 0, s.start):
            continue
        m = _IN_BEFORE.search(text, max(0, s.start - 40), s.start)
        if m is None:
            continue
        word = m.group(1).lower().replace("’", "'")
        if word not in _QUALIFICATIONS and word not in _AMBIGUOUS_QUALIFICATIONS:
            continue
        single_sense = word in _QUALIFICATIONS and not (
            word == "degree" and _DEGREE_AS_MEASURE.search(text, max(0, s.start - 40), s.start))
        if s.unknown or (s.j - s.i == 1 and s.norm in _FIELDS_NAMED_LIKE_TOWNS) \
                or not (strong_reading(s) if single_sense else _town_reading(s)):
            out.add(k)
    return out
