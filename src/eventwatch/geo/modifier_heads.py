"""The nouns a "Town, State" pair written as a modifier qualifies ("a Pellbrook, Ontario court", "a Quillmoor,
Kan. man").

An article before "X, State" and a noun after it make X a town only when the noun is one a town has: one of
its people or households, or one of its courts, schools and services. A team, a firm, a band or a movement is
written in the same frame ("the Cowboys, Texas fans", "a Google, California engineer", "the Hamas, Gaza
leadership"), and their heads are plural people (fans, officials, residents) or a body's staff and parts
(engineer, spokesman, plant, leadership), never these; so the list is closed and singular.
"""
from __future__ import annotations

import re

HOME_HEADS = frozenset({"man", "woman", "boy", "girl", "teen", "teenager", "youth", "child", "baby", "toddler",
                        "student", "family", "couple", "mother", "father", "native", "resident", "homeowner",
                        "farmer", "court", "courtroom", "judge", "jury", "council", "school", "hospital", "church",
                        "police", "sheriff", "home", "house", "farm",
                        # people named by their calling keep their home town ("a Quelmoor, Kansas teacher")
                        "teacher", "nurse", "pastor", "priest", "soldier", "veteran", "doctor", "officer",
                        "firefighter", "driver", "motorist", "pilot", "athlete", "artist", "author", "son",
                        "daughter", "husband", "wife", "grandmother", "grandfather", "widow", "inmate",
                        "suspect", "victim"})

# The lower-case word right after the division, or after its comma ("a Quillmoor, Kan., man").
_WORD_AFTER = re.compile(r",? ([a-z]+)\b")


def home_head_after(text: str, at: int) -> bool:
    """Whether the division ending at `at` qualifies one of HOME_HEADS ("a Pellbrook, Ontario court")."""
    m = _WORD_AFTER.match(text, at)
    return m is not None and m.group(1) in HOME_HEADS
