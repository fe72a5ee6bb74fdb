"""An unheld name after a sentence's opening "In", set off by a comma: "In Irasburg, a motion to close the school
failed", "In Quillmoor, voters turned down the levy".

Local papers round up towns one sentence each, opening with the town ("In Troy, voters ...; in Barton they ...").
geo/unknown_names.py reads an unheld name after a lower-case "in" only; capitalised at a sentence's start the word
is the same cue, and the comma closing the name says the whole sentence is set there. A capitalised word there
that is no place's (a month, a title, a given name, a common word: "In January,", "In Brief,", "In Addition,")
is refused by the same reader of unknown names; a name the gazetteer holds is read as any other.

Title case makes any noun phrase look like a name there ("In Retaliation,", "In Custody,", "In Recent Weeks,"), so
an unheld name is read only where it is no word of the English vocabulary (geo/english_vocabulary.py), where a
name of several words has a word outside it ("In Pagosa Junction,", "In Masafer Yatta,") or ends in a landform
word ("In Paradise Valley,"), and where it is written in Latin script
(the rule reads English local papers; "In Ещё," is a stray word of another language).
"""
from __future__ import annotations

import re

import unicodedata

from eventwatch.geo.document_words import document_words
from eventwatch.geo.english_vocabulary import english_words
from eventwatch.geo.lexicon import Cues
from eventwatch.geo.name_span import NameSpan
from eventwatch.geo.normalise import Token
from eventwatch.geo.residence_towns import LANDFORM_ENDINGS
from eventwatch.geo.unknown_names import unknown_run

# What ends the text before a sentence's first word: its start, a full stop, a question or exclamation mark (a
# closing quote after it), a line break, or a dateline's dash.
_IN = frozenset({"in"})
# Nouns that open a sentence after "In" as a turn of the argument, capitalised only in title case ("In Brief,",
# "In Addition,"), beside the English vocabulary (which lacks a few of them: "memoriam", "hindsight").
_DISCOURSE = frozenset({"addition", "brief", "short", "summary", "conclusion", "total", "response", "practice",
                        "theory", "fact", "contrast", "particular", "general", "turn", "return", "truth", "sum",
                        "memoriam", "pictures", "retrospect", "hindsight", "effect", "essence", "reality",
                        "comparison", "private", "public", "person", "print", "focus", "depth", "numbers"})
_SENTENCE_OPENS = re.compile(r"(?:\A|[.!?][\"”’]?\s+|\n\s*|\s[—–]\s+|\s--\s+)\Z")


def unknown_after_opening_in(text: str, tokens: list[Token], taken: list[bool], readings: list[str], cues: Cues,
                             persons: frozenset[str], lower: frozenset[str]) -> list[NameSpan]:
    """Unheld names right after a capitalised "In" opening a sentence and right before a comma, marked taken."""
    out: list[NameSpan] = []
    n = len(tokens)
    for k in document_words(tokens).positions(_IN):
        t = tokens[k]
        st = k + 1
        if t.text != "In" or st >= n or text[t.end : tokens[st].start] != " " \
                or not _SENTENCE_OPENS.search(text, max(0, t.start - 4), t.start):
            continue
        e = unknown_run(text, tokens, taken, st, cues, persons, lower)
        if e is None or text[tokens[e - 1].end : tokens[e - 1].end + 1] != "," \
                or any(tokens[x].norm in _DISCOURSE for x in range(st, e)) or not _name_shaped(tokens, st, e):
            continue
        out.append(NameSpan(st, e, tokens[st].start, tokens[e - 1].end, " ".join(readings[st:e]), unknown=True,
                            cue="in", firm=True))
        for x in range(st, e):
            taken[x] = True
    return out


def _name_shaped(tokens: list[Token], st: int, e: int) -> bool:
    """Whether tokens st..e-1 may be an unheld town's name rather than a title-case phrase ("Recent Days": every
    word English): one word of no English vocabulary, or several of which one is none or the last a landform word
    ("Cherry Creek"), all in Latin script."""
    words = [tokens[x].text for x in range(st, e)]
    if any(_not_latin(w) for w in words):
        return False
    vocabulary = english_words()
    if len(words) > 1 and tokens[e - 1].norm in LANDFORM_ENDINGS:
        return True
    return any(w.lower() not in vocabulary for w in words)


def _not_latin(word: str) -> bool:
    """Whether a word has a letter of a script other than Latin."""
    return any(c.isalpha() and not unicodedata.name(c, "").startswith("LATIN") for c in word)


# The same test for other cues of an unheld town (geo/residents_of_names.py: "residents of Wymark").
name_shaped = _name_shaped
