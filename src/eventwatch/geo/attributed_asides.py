"""A clause a report hangs after its attribution: "..., sources said, as militants shelled Y across the border".

Wire copy states its event, attributes it ("police said", "the ministry said on Tuesday"), then often adds a
concurrent development in an "as" or "while" clause. That clause's place is background to the sentence's event,
like a speaker's seat: it stays the event's place only when the sentence names no other.

The speaker's view of the cause, in a participle ("..., the army said, blaming fighting in and around Y";
"accusing"), is another kind of aside (`in_blame_aside`): the cause most often happened where the deaths did, and
the main clause may name only the country or province holding it ("twelve died in northern Nigeria, officials
said, blaming a blast in Y": Y is the event's place). Its place is background only beside a place as precise as a
district or lying in another country (geo/event_location.py). "citing" is not one: "citing residents in Y" names
where the speaker's source is, the event's own area.
"""
from __future__ import annotations

import re

# An attribution verb (with at most a time phrase) and a comma: what opens either aside.
_ATTRIBUTION = (r"\b(?:said|says|reported|added|announced|confirmed|told\s+\w+)"
                r"(?:\s+on\s+\w+|\s+\w+day|\s+late\s+\w+|\s+overnight)?,\s+")

# ... then "as"/"while": a concurrent development.
_ATTRIBUTION_THEN_ASIDE = re.compile(_ATTRIBUTION + r"(?:as|while|even\s+as)\s+", re.IGNORECASE)

# ... then a participle giving the speaker's view of the cause: "..., the army said, blaming fighting in Y".
_ATTRIBUTION_THEN_BLAME = re.compile(_ATTRIBUTION + r"(?:blaming|accusing)\s+", re.IGNORECASE)


# The reporting clause picking up again after the aside: "said on Monday, as floodwaters receded, that 40 died
# in X" reports X as the event, and the aside closed at the comma.
_ATTRIBUTION_RESUMES = re.compile(r",\s+(?:that|and\s+that)\b", re.IGNORECASE)


def in_attributed_aside(sentence: str, at: int) -> bool:
    """Whether offset `at` of `sentence` lies in a clause opened after the sentence's attribution, and not
    after the attribution's own "that" clause has taken over again."""
    return _in_aside(_ATTRIBUTION_THEN_ASIDE, sentence, at)


def in_blame_aside(sentence: str, at: int) -> bool:
    """Whether offset `at` of `sentence` lies in the speaker's view of the cause, a participle after the
    sentence's attribution ("..., police said, blaming bandits from Y"), and not after a "that" clause has
    taken over again."""
    return _in_aside(_ATTRIBUTION_THEN_BLAME, sentence, at)


def _in_aside(opening: re.Pattern[str], sentence: str, at: int) -> bool:
    return any(_ATTRIBUTION_RESUMES.search(sentence, m.end(), at) is None
               for m in opening.finditer(sentence, 0, at))
