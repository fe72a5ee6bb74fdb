"""A country or a capital as the subject of an absolute "with" clause: "talks resumed, with Norland and Estovia
sending their ministers", "prices rose, with Marland pushing for a cap".

After "with" a name is most often the preposition's object and the ground ("a border with Norland", "trade with
Estovia grew"), so geo/associative.py never reads it as a verb's subject. An absolute clause is the exception:
"with X <verb>-ing" makes X the doer of the participle, and where the participle is a government's deed
(sending, pushing, demanding, refusing) the name stands for its government, as it would before the finite verb
("Norland sent its minister"). Names joined by "and" or commas share the "with" and the participle.
"""
from __future__ import annotations

import re

# Participles of a government's deeds and stances; a participle of what a place undergoes or holds ("with
# Norland facing floods", "with Estovia hosting the final") leaves the name the ground. "Calling" and "offering"
# are deeds only by what follows them (_GATED_PARTICIPLES).
_DEED_PARTICIPLES = frozenset({
    "sending", "pushing", "pressing", "demanding", "insisting", "refusing", "threatening", "backing", "urging",
    "seeking", "warning", "blaming", "accusing", "rejecting", "opposing", "supporting", "vowing",
    "promising", "pledging", "signalling", "signaling", "deploying", "withdrawing", "recalling", "lobbying",
    "announcing", "imposing",
})
# A count or a case word after "reporting" or "confirming": a number, "most", or cases, deaths and the like.
_COUNTED = re.compile(r"\s+(?:most\b|all\s+of\b|\d|(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                      r"twenty|thirty|forty|fifty|dozens|scores|hundreds|thousands|several)\b|"
                      r"(?:(?:new|more|fewer|further|its\s+first|the\s+first)\s+(?:\w+\s+)?)?"
                      r"(?:cases|deaths|infections|outbreaks|fatalities)\b)")
# Participles that are a deed only before some words: "calling for a truce" and "calling on both sides" are a
# demand, ships "calling at" a port are not; "offering to mediate" and "offering talks" are a government's offer,
# "offering cheap rooms" is what a place has.
_GATED_PARTICIPLES = {
    "calling": re.compile(r"\s+(?:for|on|upon)\b"),
    "offering": re.compile(r"\s+(?:(?:to\s+(?:help|host|mediate|send|broker|pay|lend|take|resume|"
                           r"provide|supply|cut|share|talk|negotiate|end))\b|(?:\w+\s+)?(?:talks|aid|troops|"
                           r"mediation|support|asylum|loans?|help|assistance|guarantees|concessions|"
                           r"compensation|sanctions\s+relief|a\s+(?:deal|truce|ceasefire))\b)"),
    # a health ministry's counts, as "Norland reported 40 cases" is ("cases rose, with Norland and Estovia reporting
    # most of them", "with Marland confirming two deaths"); what a place reports of its own ground ("with Westfield
    # reporting similar raids", "reporting heavy shelling") leaves it the ground
    "reporting": _COUNTED,
    "confirming": _COUNTED,
    # a government's declaration: "with Marland declaring an emergency", "declaring a curfew"
    "declaring": re.compile(r"\s+(?:(?:a|an|its|the)\s+)?(?:\w+\s+){0,2}?(?:emergency|outbreak|epidemic|pandemic|"
                            r"curfew|disaster|quarantine|lockdown|end|independence|war|holiday|mourning)\b"),
}
_NAME = r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}"
# "with" and up to three names before this one ("with Norland, Estovia and ").
_WITH_BEFORE = re.compile(r"(?<![\w-])with\s+(?:" + _NAME + r"\s*(?:,\s*|\s+and\s+|,\s+and\s+)){0,3}\Z")
# Up to three more names after this one, then an optional adverb and the participle.
_PARTICIPLE_AFTER = re.compile(r"(?:\s*(?:,\s*|\s+and\s+|,\s+and\s+)" + _NAME + r"){0,3}"
                               r"\s+(?:both\s+|also\s+|now\s+|still\s+|already\s+)?([a-z]+ing)\b")


def acts_with_participle(text: str, start: int, end: int) -> bool:
    """Whether the name at text[start:end] opens or shares an absolute "with" clause whose participle is a
    government's deed."""
    if _WITH_BEFORE.search(text, max(0, start - 90), start) is None:
        return False
    m = _PARTICIPLE_AFTER.match(text, end)
    if m is None:
        return False
    gate = _GATED_PARTICIPLES.get(m.group(1))
    if gate is not None:
        return gate.match(text, m.end()) is not None
    return m.group(1) in _DEED_PARTICIPLES
