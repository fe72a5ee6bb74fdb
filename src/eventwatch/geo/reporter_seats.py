"""Where a reporter or an outlet "reported from": the seat it files from, not where the event was.

"..., the state news agency reported from Beirut", "our correspondent, reporting from Kyiv, said", "AFP reported
from Srinagar", "Reuters reported from Abuja": the reporter is in that town, so (like "officials in Y said") the
town is a speaker's seat. Only a reporting subject makes it one: a wire agency the page-shape lexicon lists, or
an outlet's or a correspondent's own noun. An aid group, a UN agency or an armed group ("MSF", "UNHCR", "the
RSF") and journalists at large report from the ground they work on, like residents, so their town stays the
event's. Without a subject, "reported from" is the
passive ("shelling was also reported from X", "gunfire reported from X killed a man"), and "reports from X" is the
noun; both say where the thing happened. Residents and witnesses who "reported from" a town speak from the
ground the event hit, so they are no subject here.
"""
from __future__ import annotations

import re
from functools import lru_cache

# The subject and the verb, anchored at the end of the text before a name. The subject is an outlet or
# reporter noun ("agency", "correspondent", "state television", "our team", "the agency's journalist") or a
# wire agency's name ("AFP", "Reuters"); one adverb may stand before the verb ("also", "later").
_VERB = r",?\s+(?i:(?:also|later|earlier|separately|first|live)\s+)?(?i:report(?:ed|ing)\s+from\s+(?:the\s+)?)$"
_REPORTER_FROM = re.compile(
    r"(?i)\b(?:agency|agencies|correspondents?|reporters?|(?:our|its|(?:the\s+)?(?:agency|channel|paper)['’]s)\s+"
    r"journalists?|bureau|broadcaster|television|TV|radio|"
    r"channel|newspaper|daily|outlet|(?:our|news|camera|film|TV|television)\s+(?:team|crew)|we)" + _VERB
)


@lru_cache(maxsize=1)
def _agency_from() -> re.Pattern[str]:
    """The wire agency subject (case kept: "AP", "Reuters"), from the page-shape lexicon's list."""
    from eventwatch.ingest.lexicon import page_shapes

    names = "|".join(re.escape(a) for a in sorted(page_shapes().wire_agencies, key=len, reverse=True))
    return re.compile(rf"\b(?:{names}|News)" + _VERB)


def reports_from(before: str) -> bool:
    """Whether the text just before a name (`before`, ending where the name starts) has a reporter or an outlet
    that reported from it ("the news agency reported from ", "AFP, reporting from ")."""
    if "eport" not in before and "EPORT" not in before:
        return False
    if _REPORTER_FROM.search(before):
        return True
    # In a sentence set in capitals every word looks like an acronym: the wire list is not read there.
    return not before.isupper() and _agency_from().search(before) is not None
