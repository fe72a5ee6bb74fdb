"""Whether the subject of "pressed" (or another framed recipient verb) is an armed force.

"Government forces pressed Herat" assaults the city's ground; "Washington pressed Kyiv" asks its government. The
subject is found back to the clause's start, past auxiliaries, adverbs and an aside, and is armed when one of its
words is a lower-case armed-force noun (unknown_places.yaml's `armed_forces`). Both the pressing reading
(geo/context_reading.py) and the war-aim exemption of a request (geo/associative.py: only an armed force's
"for a breakthrough" is an aim on the ground) ask this one question.
"""
from __future__ import annotations

import re

from eventwatch.geo.unknown_names import load_unknown_place_words

# How far back the subject of "pressed" is looked for, and what ends its clause: a sentence's or clause's
# punctuation or a line break (a comma may open an aside: "Government forces, backed by jets, pressed Herat").
_SUBJECT_REACH = 80
_CLAUSE_BREAK = re.compile(r"[.;:!?\n]")
_LETTERS = re.compile(r"[A-Za-z]+")


def armed_presser(text: str, verb_start: int) -> bool:
    """Whether the clause before the verb starting at `verb_start` names an armed force as its subject."""
    start = max(0, verb_start - _SUBJECT_REACH)
    breaks = [m.end() for m in _CLAUSE_BREAK.finditer(text, start, verb_start)]
    armed = load_unknown_place_words().armed_forces
    return any(w.lower() in armed for w in _LETTERS.findall(text, breaks[-1] if breaks else start, verb_start))
