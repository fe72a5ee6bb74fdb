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


# A town's own people and services after its name, which a person's name does not take either ("Bellingham
# police said", "Redding residents said", "Tullahoma firefighters"): enough to believe a town of size named
# alone. Not "officials" or "leaders": a leader's name takes them ("Obama officials", a town in Japan too).
_OWN_PEOPLE_AFTER = re.compile(
    r"[ \t]+(?:[Pp]olice|[Mm]ayor|[Cc]ity (?:[Cc]ouncil|[Hh]all|[Mm]anager|[Pp]olice)|[Ff]ire (?:[Dd]epartment|[Cc]hief)"
    r"|[Ss]chool [Bb]oard|[Ss]chool [Dd]istrict|residents|firefighters|townspeople|city council|council members)\b")
# The people a town named alone must hold for its services to make it believed: a market town or more.
_OWN_PEOPLE_MIN_POPULATION = 10_000


# Words opening an office's title before "Mayor" or "Police" ("Vice Mayor", "Deputy Police Chief"): a town's
# name in the gazetteer ("Vice", Peru) but no town there.
_TITLE_OPENERS = frozenset({"vice", "deputy", "acting", "assistant", "interim", "former", "lord", "lieutenant"})


def believed_by_own_services(text: str, start: int, end: int, population: int) -> bool:
    """Whether a town of size named alone is believed by its own services or people right after it."""
    return population >= _OWN_PEOPLE_MIN_POPULATION and text[start:end].lower() not in _TITLE_OPENERS \
        and _OWN_PEOPLE_AFTER.match(text, end) is not None
