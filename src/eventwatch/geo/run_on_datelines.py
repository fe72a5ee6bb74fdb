"""Datelines run on after a headline or a byline's date, on the same line as them.

Local papers' text often reaches us with the headline, the byline and the story flattened into one line:
"Barn roof caves in. OAKDALE -- Farmers ...", "Filed June 4, 2010 OAKDALE -- A new bridge ...". The name in capitals before the dash is the dateline as much as one opening a line is.
"""
from __future__ import annotations

import re

from eventwatch.geo.cue_readers import _DATELINE_DASH

# What ends the text before a run-on dateline: a sentence's end (the headline's), or a byline's date's year.
_BEFORE = re.compile(r"(?:[.!?]|\b(?:1[89]|20)\d\d)\s+$")


def run_on_dateline(text: str, start: int, end: int) -> bool:
    """Whether the name in capitals at [start, end) is a dateline run on after a headline or a date: written in
    capitals, after a sentence's end or a year on its line, and closed by the dateline's dash."""
    if not text[start:end].isupper() or _DATELINE_DASH.match(text, end) is None:
        return False
    line_start = text.rfind("\n", 0, start) + 1
    return _BEFORE.search(text[max(line_start, start - 12) : start]) is not None
