"""A web page's section label in capitals before a dash ("CRIME —", "WHEAT —", "FASHION —") is no dateline.

A dateline in capitals before a dash names where the story was filed; a section's label there is a common noun.
Which of the two a word is is decided by the word itself (cues.yaml `section_labels`, a closed list of English
section and commodity words), never by the gazetteer's silence: conflict datelines are local transliterations
the gazetteer holds only loosely ("BARDERA" ~ Baardheere, "ATAREB" ~ Al Atarib) or not at all ("KITCHANGA"),
and read as labels they were dropped, with the story's only place.
"""
from __future__ import annotations

import re
from functools import lru_cache

from eventwatch.geo.cue_readers import _DATELINE_DASH
from eventwatch.geo.derive import DATA_DIR
from eventwatch.geo.yaml_files import parse_yaml

# One word in capitals: letters only (a hyphenated or dotted name, "WINSTON-SALEM", "ST. PAUL", is a town's shape).
_CAPITAL_WORD = re.compile(r"[A-Z]{3,}")


@lru_cache(maxsize=1)
def _section_words() -> frozenset[str]:
    """The lower-case words cues.yaml lists as section labels."""
    raw = parse_yaml((DATA_DIR / "cues.yaml").read_text(encoding="utf-8")) or {}
    return frozenset(str(w).lower() for w in raw.get("section_labels") or ())


def section_label(text: str, start: int, end: int) -> bool:
    """Whether the name at [start, end) is a listed section word in capitals opening its line before a dash."""
    if _CAPITAL_WORD.fullmatch(text, start, end) is None or _DATELINE_DASH.match(text, end) is None:
        return False
    if text[text.rfind("\n", 0, start) + 1 : start].strip():
        return False  # not opening its line: a run-on dateline after a headline is read elsewhere
    return text[start:end].lower() in _section_words()
