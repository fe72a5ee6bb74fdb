"""French compounds written with an elided article ("Val-d'Or", "L'Assomption"): the place spelled so.

Folding a name for lookup drops its hyphens and apostrophes, so "Val-d'Or" (a Quebec town) and "Val Dor" (a
larger Malaysian suburb) become one key and the prior hands the name to the larger place. But the elided
article is written, not folded, by the text's writer: "d'" or "l'" after a hyphen or at the name's start is a
French (or Italian) spelling, and a reading whose own spelling carries the same marks is the place meant far
more often than one whose spelling has none. The bonus is small: it orders namesakes the folding made equal,
and the document's places still outvote it.
"""
from __future__ import annotations

import re

from eventwatch.geo.gazetteer import Candidate

# "d'" or "l'" opening a word of the name, after its start, a space or a hyphen.
_ELIDED = re.compile(r"(?:^|[\s\-\u2010\u2011])[dlDL]['\u2019\u02bc]\w")
# The marks compared: apostrophes, hyphens and spaces, each written one way.
_MARKS = str.maketrans({"\u2019": "'", "\u02bc": "'", "\u2010": "-", "\u2011": "-"})
_NOT_MARK = re.compile(r"[^'\- ]+")

# What the written marks add to a reading whose own spelling carries them (prior points; a place's own name
# over another's alternate name is worth about 1.5).
ELIDED_SPELLING = 1.0


def _marks(name: str) -> str:
    return _NOT_MARK.sub("", name.translate(_MARKS))


def elided_spelling_bonus(written: str, c: Candidate) -> float:
    """ELIDED_SPELLING where `written` has an elided article and c's matched spelling writes the same
    apostrophes, hyphens and spaces ("Val-d'Or" for Val-d'Or, not for "Val Dor"); 0 otherwise."""
    if "'" not in written and "\u2019" not in written and "\u02bc" not in written:
        return 0.0
    if not _ELIDED.search(written) or not c.matched:
        return 0.0
    return ELIDED_SPELLING if _marks(c.matched) == _marks(written) else 0.0
