"""Countries listed as the members of a body that acts: "Coalition nations that have conducted strikes include
Norway, Denmark and the Netherlands", "donors including Japan and Canada".

A list after "include" or "including" names whatever the noun before it counts. Where that noun is a body of
states or its members, partners or donors, each country in the list is a state taking part, not ground where
something happens; a noun for land ("countries affected include Chad") leaves them places. Read over the
sentence before the list, which runs before any parse.
"""
from __future__ import annotations

import re
from typing import Callable, Optional

from eventwatch.geo.name_span import NameSpan

# Nouns for a body of states or its members: what a list after "include" then counts.
_MEMBER_NOUNS = re.compile(
    r"\b(?:coalition|alliance|bloc|members?|partners?|allies|donors?|contributors?|participants|signatories|"
    r"troop-contributing|contributing)\b", re.I)
_INCLUDE = re.compile(r"\b(?:include|includes|included|including)\s*:?\s*(?:the\s+)?$")
# Between two names of one list: a comma, "and" or "or", and the article a country may take.
_LIST_GAP = re.compile(r"\s*,\s*(?:(?:and|or)\s+)?(?:the\s+)?|\s+(?:and|or)\s+(?:the\s+)?")
_SENTENCE_END = re.compile(r"[.!?;]\s|\n")
# A list set after its body's members in apposition: "the other members of the Gulf Cooperation Council, Qatar,
# Oman and Kuwait", "the bloc's members, Ghana, Togo and Benin", "its partners: Chile and Peru".
_APPOSED = re.compile(
    r"\b(?:members?|member (?:states|countries|nations)|partners|allies|signatories)"
    r"(?:\s+of\s+(?:the\s+)?(?:[\w'’-]+\s+){0,5}[\w'’-]+)?\s*[,:]\s*(?:the\s+)?$")


def listed_member(text: str, spans: list[NameSpan], idx: int, openings: Optional[dict[int, int]] = None) -> bool:
    """Whether spans[idx] lies in a list after "include"/"including" whose sentence names a body of states or
    its members before the list, or in a list set in apposition after the members themselves.

    `openings` (one dict per text, filled as names are asked about) keeps each walked name's list opening: a
    caller asking for every member of a list of thousands walks it once, not back to its head per member."""
    first = list_opening(text, spans, idx, {} if openings is None else openings)
    head = text[max(0, spans[first].start - 200) : spans[first].start]
    if _APPOSED.search(head):
        return True
    m = _INCLUDE.search(head)
    if m is None:
        return False
    clause = head[: m.start()]
    ends = list(_SENTENCE_END.finditer(clause))
    if ends:
        clause = clause[ends[-1].end():]
    return _MEMBER_NOUNS.search(clause) is not None


def list_opening(text: str, spans: list[NameSpan], idx: int, openings: dict[int, int]) -> int:
    """The first name of the list spans[idx] stands in (itself where no list gap comes before it), walking back
    only to a name whose opening `openings` already holds, and recording every name walked."""
    return walk_to_opening(idx, openings,
                           lambda k: _LIST_GAP.fullmatch(text, spans[k - 1].end, spans[k].start) is not None)


def walk_to_opening(idx: int, openings: dict[int, int], joined: Callable[[int], bool]) -> int:
    """The index a run of names ends at walking back from `idx` while `joined(k)` says name k is joined to the
    name before it, stopping early at a name whose opening `openings` already holds, and recording the
    opening for every name walked: a list of thousands is walked once, not once per member."""
    walked = []
    k = idx
    while k not in openings and k > 0 and joined(k):
        walked.append(k)
        k -= 1
    first = openings.get(k, k)
    openings[k] = first
    for w in walked:
        openings[w] = first
    return first
