"""A place named in a written settlement's name ("the Minsk agreements", "the Sochi memorandum", "the Paris
climate accord", "the Astana process", "the Normandy format") is part of that name: the text puts nothing at the
place, it names a document or a framework for where it was signed or what it covers. The name is kept, as
embedded (GeoWebNews' Embedded_Non_Lit), so it is still a toponym to score, but an event is never placed
there: "violations of the Sochi agreement in Idlib" happened in Idlib.

Gatherings are left alone, by the convention of geo/event_venues.py: "the Geneva talks", "the Astana summit",
"the Milwaukee convention" (singular: a party's or a trade meeting) say where the gathering met. Capitalised
heads ("the Oslo Accords", "the Kyoto Protocol") are already read as an institution's name by the
recogniser's organisation heads; this reads the lower-case ones that newsrooms write.
"""
from __future__ import annotations

import re
from typing import Sequence

from eventwatch.geo.name_span import NameSpan, mark_embedded

# Heads only a noun can be: the name before them is a name of the document whatever precedes it.
_NOUN_HEADS = (r"agreements?|accords|protocols?|memorand(?:um|a)|conventions|treaty|treaties|pact|declaration|"
               r"communiqu[eé]|roadmap|understandings")
# Heads that are also verbs ("traders in Lagos deal in", "plants in Minsk process beet"): a document's name
# only after a determiner ("the Doha process", "an Astana format").
_VERB_HEADS = r"accord|deal|process|format|framework|formula"
# Up to two lower-case words ("climate", "peace", "nuclear", "de-escalation") or a sequel's number ("Minsk II")
# between the name and the head, none a function word or a verb of settling; read only after a determiner, as
# in "Paris signed an agreement" the name is the subject of a verb, not a settlement's name.
_MODIFIERS = (r"(?:[ \u00a0](?!(?:a|an|the|this|that|its|their|and|or|of|in|on|at|to|for|with|was|is|are|were|has|"
              r"had|have|will|would|could|may|might|says?|said|signed|reached|struck|broke|agreed)\b)[a-z][a-z'’-]*"
              r"|[ \u00a0](?:II|III|IV|2|3))")
_NOUN_TAIL = re.compile(r"[ \u00a0](?:" + _NOUN_HEADS + r")\b")
_ANY_TAIL = re.compile(_MODIFIERS + r"{0,2}[ \u00a0](?:" + _NOUN_HEADS + "|" + _VERB_HEADS + r")\b")
# A determiner or a possessive before the name, a year or a qualifier allowed between: "the 2015 Minsk",
# "Moscow's Sochi", "the so-called Astana".
_DETERMINER_BEFORE = re.compile(
    r"(?:\b(?:[Tt]he|[Aa]n?|[Tt]his|[Tt]hat|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er|[Oo]ur|[Ww]hose)|['’]s?)[ \u00a0]"
    r"(?:(?:\d{4}|so-called|[a-z]+-(?:brokered|backed|mediated|sponsored|led))[ \u00a0])?\Z")
# A locative word before the name puts something there ("talks in Doha agreement drafts"): left alone.
_LOCATIVE_BEFORE = re.compile(r"\b(?:in|at|near|from|to|into|outside|around|across)[ \u00a0]\Z")


def accord_names(text: str, spans: Sequence[NameSpan]) -> set[int]:
    """Indices of place names that open a settlement's name written with a lower-case head."""
    out = set()
    for k, s in enumerate(spans):
        if s.demonym or s.unknown or _LOCATIVE_BEFORE.search(text, max(0, s.start - 12), s.start) is not None:
            continue
        if _NOUN_TAIL.match(text, s.end) is not None:
            out.add(k)
        elif _ANY_TAIL.match(text, s.end) is not None \
                and _DETERMINER_BEFORE.search(text, max(0, s.start - 40), s.start) is not None:
            out.add(k)
    return out


def mark_accord_names(text: str, spans: Sequence[NameSpan]) -> None:
    """Read as embedded, not located, every place name opening a settlement's name."""
    for k in accord_names(text, spans):
        s = spans[k]
        mark_embedded(s)
