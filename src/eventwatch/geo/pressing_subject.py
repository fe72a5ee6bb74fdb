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
    clause = breaks[-1] if breaks else start
    armed = load_unknown_place_words().armed_forces
    head = _subject_head(text, clause, verb_start)
    return (head is not None and head in armed) or _armed_head_before_modifier(text, clause, verb_start, armed)


# Words that open a phrase after the subject's head ("Forces loyal to Haftar", "Troops led by General X",
# "Fighters from the Taliban"): the head is the word before them, not the word before the verb.
_POST_MODIFIERS = frozenset({"loyal", "allied", "aligned", "linked", "affiliated", "belonging", "led", "backed",
                             "commanded", "under", "of", "from"})
# The subject's head opens its clause: at most this many words (an article, an adjective) stand before it.
_HEAD_WITHIN = 3


def _armed_head_before_modifier(text: str, start: int, end: int, armed: frozenset[str]) -> bool:
    """Whether the clause opens with an armed head followed by a phrase that modifies it ("Forces loyal to
    Haftar pressed Tripoli"), with no comma between it and the verb (a comma may close a clause of its own)."""
    if "," in text[start:end]:
        return False
    words = [w.group(0).lower() for w in _LETTERS.finditer(text, start, end)]
    return any(words[k] in armed and k + 1 < len(words) and words[k + 1] in _POST_MODIFIERS
               for k in range(min(_HEAD_WITHIN, len(words))))


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
