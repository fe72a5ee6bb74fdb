"""The two sides of "X fell to Y" in a sports report: "Albany fell to Juda by 11", "Hays fell to Colby 3-1".

"fell to" is a loss only between two sides, and a city falls to an army ("Kabul fell to the Taliban", "fell to
Russian-backed separatists"), a task falls to a host ("hosting the tournament fell to Boston") and prices fall to
a level as often, in sentences that may well hold a word of sport ("the club's coach fled"). So a word of sport
in the sentence is not enough: both ends must be names written as names (capitalised, no article, no lower-case
noun after the second: "the Taliban", "rebel forces", "Russian troops" are no side), and either a margin or a
score follows the winner ("by 11", "3-1") or the whole story reads as sport (geo/team_uses.py `sports_story`).
"""
from __future__ import annotations

import re

from eventwatch.geo.calendar_words import MONTH_NAMES_AND_ABBREVIATIONS

# A name of up to three capitalised words, as a side's ("Juda", "Ponca City").
_NAME = r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}"
# A margin or a score after the winner. "by N" (or "by 3-1") is a margin unless what follows makes it a date, a
# share or a time: a month ("fell to Russia by 20 May"), "%" or "per cent", or a clock time ("by 12.30", "by 2 pm").
_NOT_MARGIN = (r"(?!\s*(?:%|per\s*cent\b|percent\b|[ap]\.?m\b|o['’]clock\b|[:.]\d|(?:"
               + MONTH_NAMES_AND_ABBREVIATIONS + r")\b))")
_MARGIN = r"(?:by\s+\d{1,3}(?:[-–]\d{1,3})?\b" + _NOT_MARGIN + r"|\d{1,3}[-–]\d{1,3}\b)"
# What closes the winner's name where no margin follows: a mark, the end, or a preposition or "and".
_CLOSE = r"(?:\s*(?:[.,;:!?)—–]|\Z)|\s+(?:in|at|on|after|before|and|for|with|despite|behind)\b)"
# After the loser's name: "fell to", the winner, then a margin or a close.
_LOSER_AFTER = re.compile(r"\s+fell\s+to\s+" + _NAME + r"(?:\s+(?P<margin>" + _MARGIN + r")|" + _CLOSE + r")")
# Before the winner's name: the loser's last word, capitalised, then "fell to".
_WINNER_BEFORE = re.compile(r"\b([A-Z][\w'’.-]*)\s+fell\s+to\s+\Z")
# After the winner's name: a margin, or a close.
_WINNER_AFTER = re.compile(r"\s+(?P<margin>" + _MARGIN + r")|" + _CLOSE)
# Capitalised words before "fell to" that are no side ("It fell to Boston to host").
_NO_SIDE = frozenset({"It", "This", "That", "He", "She", "They", "We", "I", "Who", "Which", "What", "There"})
# How far back the loser's word and "fell to" are looked for before the winner.
_LOOK_BACK = 60


def fell_to_side(text: str, start: int, end: int, sporting: bool) -> bool:
    """Whether the name on text[start:end] is either side of "X fell to Y" (see the module's docstring)."""
    m = _LOSER_AFTER.match(text, end)
    if m is not None:
        return m.group("margin") is not None or sporting
    b = _WINNER_BEFORE.search(text, max(0, start - _LOOK_BACK), start)
    if b is None or b.group(1) in _NO_SIDE:
        return False
    a = _WINNER_AFTER.match(text, end)
    return a is not None and (a.group("margin") is not None or sporting)
