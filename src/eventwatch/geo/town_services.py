"""A town's own services right after a name ("Austin police", "the Florence mayor", "Dallas City Council"): the
name is the town's there, whatever person of the document shares it.

A story may give a relative's name in apposition ("her son, Austin,") and then name the town itself; a person's
name never takes a police force, a mayor or a city hall after it, so these words keep the town where the
person reading (geo/persons.py) would otherwise drop every bare use of the word. Only words no person has are
listed: "officials", "residents" or "leaders" follow a family's name as easily ("the Austin family's leaders").
"""
from __future__ import annotations

import re

# The service right after the name, capitalised or not ("Austin police", "Austin Police Department").
_SERVICE_AFTER = re.compile(
    r"[ \t]+(?:[Pp]olice|[Mm]ayor|[Cc]ity (?:[Cc]ouncil|[Hh]all|[Mm]anager|[Pp]olice)"
    r"|[Ff]ire (?:[Dd]epartment|[Cc]hief)|[Ss]chool [Bb]oard|[Ss]chool [Dd]istrict)\b")


def town_service_after(text: str, end: int) -> bool:
    """Whether a town's service is named right after the name ending at `end`."""
    return _SERVICE_AFTER.match(text, end) is not None
