"""Places named as the far side of a boundary the event happened along.

"Guards detained two villagers near X, along the occupation line with the Y region", "troops clashed near X on
the border with Y", "shelling along the contact line with Y": Y is what lies across the line, not where the
event was; the event is on this side, at the place the sentence puts it. Such a Y is still locational (a
report that names nothing else happened somewhere on that line), so it only ranks after the sentence's other
places, as a speaker's seat does.
"""
from __future__ import annotations

import re

# "... the (administrative boundary | occupation | contact | front) line with", "the border with", "its
# frontier with", "the boundary with": the words before a name that put it across the line. Searched only in
# the 60 characters before a name, anchored at their end.
_ACROSS_BEFORE = re.compile(
    r"(?i)\b(?:border|frontier|boundary|(?:boundary|occupation|contact|demarcation|front|separation|"
    r"ceasefire|control)[\s-]+line)\s+with\s+(?:the\s+)?(?:(?:breakaway|occupied|separatist|rebel-held)\s+)?$"
)


def across_the_line(before: str) -> bool:
    """Whether the text just before a name (`before`, ending where the name starts) names a boundary the name
    lies across ("along the occupation line with ", "near the border with ")."""
    return before.endswith(("with ", "the ", "breakaway ", "occupied ", "separatist ", "rebel-held ")) \
        and _ACROSS_BEFORE.search(before) is not None
