"""A field someone is qualified in, after "degree in" or "certification in": a subject, no place.

Local news tells of graduates, promotions and obituaries: "a master's degree in Public Health", "a major in
Political Science", "certification in Human Resources". The field is capitalised and follows "in", so it reads
like an unlisted place; the qualification word right before "in" says it is a subject. Only names the gazetteer
does not hold are read so, or whose every reading is weak: "a degree in hand, she moved to Tulsa" and "studied
in Boston" keep their places (a verb of study is not on the list, as one studies in towns too).
"""
from __future__ import annotations

import re
from typing import Sequence

from eventwatch.geo.contest_titles import strong_reading
from eventwatch.geo.name_span import NameSpan

# The qualification word right before " in ": a degree, a course, a certificate and their holders' titles.
_QUALIFICATIONS = frozenset({
    "degree", "degrees", "major", "majors", "majored", "majoring", "minor", "minors", "minored", "minoring",
    "diploma", "diplomas", "certificate", "certificates", "certification", "certifications", "certified",
    "doctorate", "phd", "ph.d.", "masters", "master's", "bachelors", "bachelor's", "associate's", "coursework",
    "concentration", "specialization", "specialisation", "professional", "graduate",
})
_IN_BEFORE = re.compile(r"([A-Za-z.'’]+)\s+in\s+$")


def study_field_names(text: str, spans: Sequence[NameSpan]) -> set[int]:
    """Indices of names right after "<qualification> in" that the gazetteer does not hold, or holds only weakly."""
    out: set[int] = set()
    for k, s in enumerate(spans):
        if s.demonym or not text.endswith("in ", 0, s.start):
            continue
        m = _IN_BEFORE.search(text, max(0, s.start - 40), s.start)
        if m is not None and m.group(1).lower().replace("’", "'") in _QUALIFICATIONS \
                and (s.unknown or not strong_reading(s)):
            out.add(k)
    return out
