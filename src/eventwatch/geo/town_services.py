"""A town's own services right after a name ("Austin police", "the Florence mayor", "Dallas City Council"): the
name is the town's there, whatever person of the document shares it.

A story may give a relative's name in apposition ("her son, Austin,") and then name the town itself; a person's
name never takes a police force, a mayor or a city hall after it, so these words keep the town where the
person reading (geo/persons.py) would otherwise drop every bare use of the word. Only words no person has are
listed: "officials", "residents" or "leaders" follow a family's name as easily ("the Austin family's leaders").
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING, Sequence

from eventwatch.geo.sentences import mention_sentence

if TYPE_CHECKING:
    from eventwatch.geo.gazetteer import Candidate

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


# Words that open an office's title before "Mayor" or "Police" ("Vice Mayor", "Deputy Police Chief", "Acting
# Mayor", "Lord Mayor"): a closed class of English title modifiers, any of which may be a town's name in the
# gazetteer ("Vice", in Peru and Germany) but is never a town there.
_TITLE_OPENERS = frozenset({"vice", "deputy", "acting", "assistant", "interim", "former", "lord", "lieutenant"})
# How many towns of the name, in the reading's own country, make it a common name: a surname honoured across a
# country ("Jefferson", "Franklin", each the name of dozens of American towns), whose police or residents named
# once say neither which town is meant nor that a town is ("Aides said Jefferson residents were angry"). A town
# of size shares its name with a few villages at most ("Bellingham", "Redding").
_COMMON_NAME_TOWNS = 5
# How often a common name must be written for its services to believe it all the same: a story that keeps
# returning to the name ("the Shiloh School District ... Shiloh's teachers ... districts like Shiloh") is about
# that town, a passing surname is not.
_SUBJECT_MENTIONS = 3


# A person in the name's sentence, whose name the town's may be ("Obama officials said ... Clinton residents",
# "Aides said Jefferson residents were angry"): a title, a politician's staff or campaign, or a name's officials.
_PERSON_CUE = re.compile(r"\b(?:Mr|Mrs|Ms|Dr|Sen|Senator|President|Governor|Gov|Rep|Representative|Secretary"
                         r"|Minister|Judge|[Aa]ides?|[Cc]ampaign|[Cc]andidates?|[Ss]pokes(?:man|woman|person)"
                         r"|[Ss]upporters|[A-Z][a-z]+\s+(?:officials|administration|allies))\b")


def _person_in_reach(text: str, start: int, end: int) -> bool:
    """Whether the sentence holding the name speaks of a person whose name the town's word may be."""
    lo, hi = mention_sentence(text, start, end)
    return _PERSON_CUE.search(text, lo, hi) is not None


def believed_by_own_services(text: str, start: int, end: int, reading: "Candidate",
                             candidates: Sequence["Candidate"], given_names: frozenset[str] = frozenset()) -> bool:
    """Whether a town of size named alone is believed by its own services or people right after it. Where a
    person is in reach of it, not a person's given name ("Austin", "Clinton"), and a name many towns of its
    country share only where the story keeps returning to it; with no person there ("Marion police said") no
    person's name is meant."""
    name = text[start:end].lower()
    if (reading.population or 0) < _OWN_PEOPLE_MIN_POPULATION or name in _TITLE_OPENERS \
            or _OWN_PEOPLE_AFTER.match(text, end) is None:
        return False
    if not _person_in_reach(text, start, end):
        return True  # "Marion police said", "Greenville residents said": no person the name could be
    if name in given_names:
        return False
    towns = sum(1 for c in candidates if c.exact and c.feature_code.startswith("PPL")
                and c.country_code == reading.country_code)
    if towns < _COMMON_NAME_TOWNS:
        return True
    written = re.compile(r"(?<!\w)" + re.escape(text[start:end]) + r"(?!\w)")
    return sum(1 for _ in zip(range(_SUBJECT_MENTIONS), written.finditer(text))) >= _SUBJECT_MENTIONS
