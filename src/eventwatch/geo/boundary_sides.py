"""Places named as the far side of a boundary the event happened along.

"Guards detained two villagers near X, along the occupation line with the Y region", "troops clashed near X on
the border with neighbouring Y", "shelling along the contact line with Y", "the Line of Control with Y", "the
border with Y's Z province": Y (and a Z that Y holds) is what lies across the line, not where the event was; the
event is on this side, at the place the sentence puts it. Such a name is still locational (a report that names
nothing else happened somewhere on that line), so it ranks after the sentence's other places but before a
speaker's seat (event_location.choose_event_location), and it is never dropped as a place told elsewhere.
What fire or troops go *across* or *over* the border to ("rockets fired across the border with Israel's Upper
Galilee", "troops crossed the border with Congo") is no far side: it is the target, where the event was.
"""
from __future__ import annotations

import re

# "... the (administrative boundary | occupation | contact | front) line with", "the border with", "its
# frontier with", "the boundary with", "the Line of Control with", "the line of contact with": the words
# before a name that put it across the line, with an optional adjective of the far side ("neighbouring",
# "breakaway") and an optional possessor that holds the name ("the border with Syria's "). Searched only in
# the 60 characters before a name, anchored at their end; any white space (a line break, a no-break space)
# may part the words.
_ACROSS_BEFORE = re.compile(
    r"(?i)\b(?:border|frontier|boundary|(?:boundary|occupation|contact|demarcation|front|separation|"
    r"ceasefire|control)[\s-]+line|line\s+of\s+(?:control|contact|separation|demarcation))\s+with\s+"
    r"(?:the\s+)?(?:(?:neighbou?ring|war-torn|breakaway|occupied|separatist|rebel-held)\s+)?"
    r"(?-i:[A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2}['’]s\s+)?$"
)


# "across the", "crossed the", "over the" right before the boundary word: what follows is the target.
_GONE_OVER_BEFORE = re.compile(r"(?i)\b(?:across|cross(?:ed|es|ing)?|over)\s+(?:the\s+|its\s+|their\s+)?\Z")


def across_the_line(before: str) -> bool:
    """Whether the text just before a name (`before`, ending where the name starts) names a boundary the name
    lies across ("along the occupation line with ", "near the border with neighbouring ", "the border with
    Syria's "), and no fire or crossing goes over that boundary to it ("fired across the border with ").
    Most names have no "with" before them and are not searched."""
    if not (before[-1:].isspace() and "with" in before.lower()):
        return False
    m = _ACROSS_BEFORE.search(before)
    return m is not None and _GONE_OVER_BEFORE.search(before, max(0, m.start() - 24), m.start()) is None
