"""An unresolved village placed by an aside between two known towns: "X, a village between Y and Z", "near X,
between Y and Z".

Reports place a village the reader will not know by the two towns it lies between. The towns are named only
to say where the village is, so the event is at the village; the gazetteer lacks it, and its stand-in near
the first town (the unresolved name's fallback) keeps its name as raw text. Without this reading the first
town, a resolved place at precision 1, outranks the stand-in and takes the event with its own name.
"""
from __future__ import annotations

import re

# What an aside may call the name before "between" ("a village", "a small farming hamlet", "the camp").
_KIND = (r"(?:village|villages|town|hamlet|settlement|locality|community|area|camp|site|junction|crossroads|"
         r"outpost|oasis|post|market|checkpoint|position)")
# The gap written between the unresolved name and the first town of its aside: a comma, optionally the name's
# kind with an article and up to two descriptive words, optionally "located/lying/situated", "midway" or
# "halfway", then "between" with at most "the towns of" before the town.
_BETWEEN_GAP = re.compile(
    rf"(?i),\s*(?:(?:an?|the)\s+(?:[a-z-]+\s+){{0,2}}?{_KIND}\s+)?"
    r"(?:(?:located|lying|situated|which\s+lies|that\s+lies)\s+)?(?:(?:midway|halfway|somewhere)\s+)?"
    r"between\s+(?:the\s+(?:towns?|cities|villages?)\s+of\s+)?"
)


def between_aside(gap: str) -> bool:
    """Whether the text between an unresolved name and the next town is an aside placing the name between
    that town and another ("Xville, a village between " + "Y and Z")."""
    return _BETWEEN_GAP.fullmatch(gap) is not None
