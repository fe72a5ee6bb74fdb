"""Whether the subject of "pressed" (or another framed recipient verb) is an armed force.

"Government forces pressed Herat" assaults the city's ground; "Washington pressed Kyiv" asks its government. The
subject is found back to the clause's start, past auxiliaries, adverbs and an aside, and is armed when its head
word is an armed-force noun (unknown_places.yaml's `armed_forces`): an armed word in an object, a possessor or an
earlier clause does not make the subject armed. Both the pressing reading
(geo/context_reading.py) and the war-aim exemption of a request (geo/associative.py: only an armed force's
"for a breakthrough" is an aim on the ground) ask this one question.
"""
from __future__ import annotations

import re
from typing import Optional

from eventwatch.geo.unknown_names import load_unknown_place_words

# How far back the subject of "pressed" is looked for, and what ends its clause: a sentence's or clause's
# punctuation or a line break (a comma may open an aside: "Government forces, backed by jets, pressed Herat").
_SUBJECT_REACH = 80
_CLAUSE_BREAK = re.compile(r"[.;:!?\n]")
_LETTERS = re.compile(r"[A-Za-z]+")


def armed_presser(text: str, verb_start: int) -> bool:
    """Whether the clause before the verb starting at `verb_start` names an armed force as its subject."""
    start = max(0, verb_start - _SUBJECT_REACH)
    breaks = [m.end() for m in _CLAUSE_BREAK.finditer(text, start, verb_start)]
    head = _subject_head(text, breaks[-1] if breaks else start, verb_start)
    return head is not None and head in load_unknown_place_words().armed_forces


# Words between a subject's head and its verb: auxiliaries, adverbs and a time ("forces have also on Monday").
_BETWEEN_SUBJECT_AND_VERB = frozenset({"have", "has", "had", "will", "would", "also", "again", "still", "then", "now",
                                       "further", "on", "last", "this", "week", "overnight", "today", "yesterday",
                                       "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})


def _subject_head(text: str, start: int, end: int) -> Optional[str]:
    """The head noun of the subject of a verb at `end`, lower-cased: the word right before the verb, past
    auxiliaries, adverbs, a time and one comma-delimited aside ("Government forces, backed by jets, pressed").
    Only the head acts: an armed word in an object, a possessor or a clause before it ("parties, which accuse
    the army, pressed", "the soldiers' families pressed", "After the army withdrew, lawmakers pressed") does
    not."""
    words = list(_LETTERS.finditer(text, start, end))
    i, pos, aside = len(words) - 1, end, False
    while i >= 0:
        w = words[i]
        if "," in text[w.end() : pos]:
            opening = text.rfind(",", start, w.start())
            if aside or opening < 0:
                return None
            aside = True
            while i >= 0 and words[i].start() > opening:
                i -= 1
            pos = opening
            continue
        word = w.group(0).lower()
        if word in _BETWEEN_SUBJECT_AND_VERB or word.endswith("ly"):
            i, pos = i - 1, w.start()
            continue
        return word
    return None
