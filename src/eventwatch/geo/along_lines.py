""""Along the X" names a line: a river, a canal, a coast, a range or a valley, never a village of the name.

English goes along a line, and writes a settlement without an article. Where "along the" stands right before a
bare name that both a line and a village bear ("the dykes along the Elbe"), the village is dropped from its
readings, however near the story's other places it lies: the context weights that favour it (a nearby town,
its state named) say where the story is, not what kind of place the name is. A name with no line reading is
left as read ("along the Brisbane waterfront" is the city's).
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from eventwatch.geo.reading_priors import _LINES

if TYPE_CHECKING:
    from eventwatch.geo.name_span import NameSpan

_ALONG_THE = re.compile(r"\b[Aa]long\s+the\s+$")


def along_lines(text: str, spans: list["NameSpan"]) -> None:
    """Drop the settlement readings of each name written after "along the" that has an exact line reading."""
    for s in spans:
        if s.demonym or _ALONG_THE.search(text, max(0, s.start - 12), s.start) is None:
            continue
        if not any(c.exact and c.feature_code in _LINES for c in s.candidates):
            continue
        s.candidates = [c for c in s.candidates if not c.feature_code.startswith("PPL")]
