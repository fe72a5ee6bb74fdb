""""Wrote to New Delhi asking it to reopen the route", "appealed to Kampala for funds": the place a plea is
addressed to is its government.

A letter, an appeal or a complaint goes "to" a party, and a request follows: what it asks for ("for more
money"), what the party should do ("to reopen", "asking it to", "seeking", "urging"). A country or a capital
written between the two is the government that receives the plea, as the object of "asked" or "urged" is
(associative.yaml's recipient_verbs); where no request follows, the name may be a destination ("wrote to Lagos
from Kano", "applied to Leeds") and is read as the text's other names are.
"""
from __future__ import annotations

import re

# The verb of the plea and "to" before the name: appeal, write, complain, apply; "the" only before a country's
# name that takes it ("appealed to the Netherlands").
_PLEA_BEFORE = re.compile(
    r"\b(?:appeal(?:s|ed|ing)?|wr(?:ote|ite|ites|itten|iting)|complain(?:s|ed|ing)?|appl(?:y|ies|ied|ying))"
    r"\s+to\s+(?:the\s+)?\Z", re.IGNORECASE)
# A request after the name: a participle of asking ("asking it to", ", seeking funds", "urging"), "for" a matter
# (not a stretch of time: "wrote to Leeds for years"), or "to" and a verb ("appealed to Abuja to act"; "to the
# council" is a second addressee's phrase, not a request).
_REQUEST_AFTER = re.compile(
    r"\s*,?\s+(?:asking|seeking|urging|requesting|demanding|calling\s+on)\b"
    r"|\s+for\s+(?!(?:(?:a|an|the|\d+|many|several|some)\s+)?(?:days?|weeks?|months?|years?|decades?|hours?)\b)"
    r"|\s+to\s+(?!(?:the|a|an|its|their|his|her|this|that|these|those|\d)\b)[a-z]+\b")


def plea_addressee(text: str, start: int, end: int) -> bool:
    """Whether the name at text[start:end] receives a plea: a verb of pleading and "to" before it and a request
    after it (see above)."""
    return _PLEA_BEFORE.search(text[max(0, start - 40) : start]) is not None \
        and _REQUEST_AFTER.match(text, end) is not None
