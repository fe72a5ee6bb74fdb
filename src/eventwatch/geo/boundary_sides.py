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


# "crossed the" right before the boundary word: what the troops cross to is the target. "across the" and "over
# the" make it the target only after fire (`_FIRE_BEFORE`): people or drones that "crossed into Greece across
# the border with Turkey's Edirne province" came from the far side, they did not go to it.
_GONE_OVER_BEFORE = re.compile(r"(?i)\b(?:(cross(?:ed|es|ing)?)|across|over)\s+(?:the\s+|its\s+|their\s+)?\Z")
_FIRE_BEFORE = re.compile(
    r"(?i)\b(?:fir(?:ed|es|ing)|shell(?:ed|s|ing)|launch(?:ed|es|ing)|str(?:uck|ikes?)|shot|shoot(?:s|ing)?|"
    r"rockets?|missiles?|mortars?|artillery|bombard(?:ed|s|ing|ment)?|attack(?:ed|s|ing)?)\b")
_CLAUSE_STOP = re.compile(r"[.;:!?]")


def across_the_line(before: str) -> bool:
    """Whether the text just before a name (`before`, ending where the name starts) names a boundary the name
    lies across ("along the occupation line with ", "near the border with neighbouring ", "the border with
    Syria's "), and no fire or crossing goes over that boundary to it ("fired across the border with ", "crossed
    the border with "); movement "across" it ("crossed into Greece across the border with ") leaves the far side.
    Most names have no "with" before them and are not searched."""
    if not (before[-1:].isspace() and "with" in before.lower()):
        return False
    m = _ACROSS_BEFORE.search(before)
    if m is None:
        return False
    over = _GONE_OVER_BEFORE.search(before, max(0, m.start() - 24), m.start())
    if over is None:
        return True
    if over.group(1):
        return False
    stops = list(_CLAUSE_STOP.finditer(before, 0, over.start()))
    return _FIRE_BEFORE.search(before, stops[-1].end() if stops else 0, over.start()) is None
