"""A bare short form the document also spells out: "South Africans ... Since then SA has sold more wine".

A bare code ("SA", "WA", "NZ") is read only after a place cue ("in SA"), as elsewhere it is as likely a
title's or a firm's initials ("an MP", "Renault SA"). A story that writes the place's full name as well
("South Africa", "South Africans") has introduced the code as its short form, and then uses it as the
place's name in any position ("Since then SA has", "modern SA"). Only a code news writes on its own for
that place (aliases' `alone`), standing alone in the sentence: not inside a longer capitalised name ("Renault
SA", "SA Rugby"), and not in a line in capitals.
"""
from __future__ import annotations

from typing import Sequence

from eventwatch.geo.gazetteer import Candidate
from eventwatch.geo.normalise import Token


def spelled_out_elsewhere(text: str, tokens: Sequence[Token], i: int, j: int, c: Candidate) -> bool:
    """Whether the bare code on tokens i..j stands alone and the text spells out the place it abbreviates."""
    if not c.name or len(c.name) <= len(c.matched) or c.name not in text:
        return False
    if i > 0 and tokens[i - 1].text[:1].isupper() and text[tokens[i - 1].end : tokens[i].start] == " " \
            and not _opens_sentence(text, tokens, i - 1):
        return False  # "Renault SA", "Editorial Board SA": a longer name's last word
    if j < len(tokens) and tokens[j].text[:1].isupper() and text[tokens[j - 1].end : tokens[j].start] == " ":
        return False  # "SA Rugby", "SA Police Service": an institution's name
    return not (j < len(tokens) and tokens[j].text.isupper() and tokens[j].text.isalpha())


# Function words that open a sentence with a capital before the code ("Since then SA has", "In SA, ..."); any
# other capitalised word before it may be a name the code closes ("Renault SA said").
_OPENERS = frozenset({"that", "the", "this", "in", "for", "but", "and", "so", "as", "while", "when", "if",
                      "because", "since", "although", "yet", "today", "now", "across", "throughout"})


def _opens_sentence(text: str, tokens: Sequence[Token], k: int) -> bool:
    """Whether token k is a function word opening a sentence, whose capital marks no name ("Since SA")."""
    before = text[tokens[k - 1].end if k else 0 : tokens[k].start]
    return tokens[k].norm in _OPENERS and (k == 0 or "\n" in before or any(ch in before for ch in ".!?:;\"“”"))
