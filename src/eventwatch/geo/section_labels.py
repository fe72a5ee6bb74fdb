"""A web page's section label in capitals before a dash ("CRIME —", "WHEAT —", "FASHION —") is no dateline.

A dateline in capitals before a dash names where the story was filed, and an agency datelines from a town of
note, which the gazetteer holds by its own name, or else writes the country after it ("KUMBA, Cameroon —"). A
single word in capitals opening a line before a dash that the gazetteer does not hold exactly (unheld, or held
only as a loose spelling of some hamlet: "FASHION" ~ "Fashn") and that no comma follows is a section's label,
a common noun, not an unknown town: read as a dateline it stood in at the story's places and counted as a place.
"""
from __future__ import annotations

import re

from eventwatch.geo.cue_readers import _DATELINE_DASH

# One word in capitals: letters only (a hyphenated or dotted name, "WINSTON-SALEM", "ST. PAUL", is a town's shape).
_CAPITAL_WORD = re.compile(r"[A-Z]{3,}")


def section_label(text: str, start: int, end: int, cands: list) -> bool:
    """Whether the name at [start, end) is a one-word label in capitals opening its line before a dash, with no
    exact reading among `cands` (the gazetteer's readings of it, empty for an unheld name)."""
    if _CAPITAL_WORD.fullmatch(text, start, end) is None or _DATELINE_DASH.match(text, end) is None:
        return False
    if text[text.rfind("\n", 0, start) + 1 : start].strip():
        return False  # not opening its line: a run-on dateline after a headline is read elsewhere
    return not any(c.exact for c in cands)
