"""A clause a report hangs after its attribution: "..., sources said, as militants shelled Y across the border".

Wire copy states its event, attributes it ("police said", "the ministry said on Tuesday"), then often adds a
concurrent development in an "as" or "while" clause, or the speaker's view of the cause in a participle ("...,
the army said, blaming fighting in and around Y"; "citing", "accusing"). That clause's place is background to the
sentence's event, like a speaker's seat: it stays the event's place only when the sentence names no other.
"""
from __future__ import annotations

import re

# An attribution verb (with at most a time phrase), a comma, then "as"/"while" or a participle of blame: the
# aside's opening.
_ATTRIBUTION_THEN_ASIDE = re.compile(
    r"\b(?:said|says|reported|added|announced|confirmed|told\s+\w+)"
    r"(?:\s+on\s+\w+|\s+\w+day|\s+late\s+\w+|\s+overnight)?,\s+(?:as|while|even\s+as|"
    # or a participle giving the speaker's view of the cause: "..., the army said, blaming fighting in Y"
    r"blaming|citing|accusing)\s+",
    re.IGNORECASE)


# The reporting clause picking up again after the aside: "said on Monday, as floodwaters receded, that 40 died
# in X" reports X as the event, and the aside closed at the comma.
_ATTRIBUTION_RESUMES = re.compile(r",\s+(?:that|and\s+that)\b", re.IGNORECASE)


def in_attributed_aside(sentence: str, at: int) -> bool:
    """Whether offset `at` of `sentence` lies in a clause opened after the sentence's attribution, and not
    after the attribution's own "that" clause has taken over again."""
    return any(_ATTRIBUTION_RESUMES.search(sentence, m.end(), at) is None
               for m in _ATTRIBUTION_THEN_ASIDE.finditer(sentence, 0, at))
