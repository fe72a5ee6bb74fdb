"""A near spelling of a name that the same story writes, exactly, as a name of its own: never that name.

Why: the gazetteer reads a name also by its near spellings ("Bari" ~ "Bar"), so that a misspelt town is still
found. A story that writes both names, "from Bar to Bari", spells each as it means it: "Bari" is then no slip
for "Bar", and reading it as Bar lets the story's support for Bar (its country, its other mentions) pull the
city across the sea onto its neighbour. A name's near readings whose matched spelling is another name the story
writes are dropped, where the name keeps a reading of its own spelling; a name written only once, in one
spelling, keeps its near readings as before.
"""
from __future__ import annotations

from typing import Sequence

from eventwatch.geo.name_span import NameSpan


def drop_readings_written_apart(spans: Sequence[NameSpan]) -> None:
    """Remove, in place, each span's inexact readings matched under another span's own name (see the module)."""
    written = {s.norm for s in spans}
    if len(written) < 2:
        return
    for s in spans:
        if not any(c.exact for c in s.candidates):
            continue
        kept = [c for c in s.candidates
                if c.exact or c.match_norm == s.norm or c.match_norm not in written]
        if len(kept) < len(s.candidates):
            s.candidates = kept
