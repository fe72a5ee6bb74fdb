"""A sentence opened by a plural common noun that is also a place's bare name ("Rivers burst their banks",
"Lakes froze early", "Islands were cut off"): the noun, not the place.

A few first-level divisions bear a plain plural noun as their whole name (Nigeria's Rivers, South Sudan's
Lakes), and many small towns do ("Springs", "Falls"). Opening a sentence, the word is capitalised whatever it
means; followed by a verb that agrees with a plural ("burst", "were", "have", "flooded"), it is the common
noun doing what rivers and lakes do. Where the division is meant, news writes its noun of office or people
after it ("Rivers governor", "Rivers residents") or its division word ("Rivers State"), and a division that
acts ("Rivers voted") is no literal place either, so dropping the name costs no literal reading.
"""
from __future__ import annotations

import re
from typing import Sequence

from eventwatch.geo.name_span import NameSpan, opens_sentence
from eventwatch.geo.normalise import Token

# Plural common nouns of land and water that bare place names take.
_PLURAL_NOUNS = frozenset({
    "rivers", "lakes", "islands", "hills", "mountains", "waters", "springs", "falls", "plains", "woods", "fields",
    "valleys", "forests", "ponds", "creeks", "streams", "canals", "dams", "bridges", "beaches", "ports", "harbours",
    "harbors", "villages", "towns", "cities", "farms", "mills", "wells", "rocks", "sands", "lands",
})
# A verb after the noun that agrees with a plural subject: an auxiliary, a past in -ed, or one of the irregular
# pasts and plain forms of what water and land do.
_PLURAL_VERB = re.compile(r"(?:are|were|have|had|do|did|can|could|will|would|may|might|must|remain|burst|rose|"
                          r"rise|ran|run|fell|fall|froze|freeze|broke|swept|spread|overflow|overflowed|"
                          r"[a-z]{2,}ed)$")


def plural_noun_opener(text: str, tokens: Sequence[Token], s: NameSpan) -> bool:
    """Whether s is one word opening a sentence, a plural common noun of land or water, with a plural verb
    right after it."""
    if s.j - s.i != 1 or s.j >= len(tokens) or tokens[s.i].norm not in _PLURAL_NOUNS \
            or not opens_sentence(text, tokens, s.i):
        return False
    after = tokens[s.j]
    return text[tokens[s.i].end : after.start] == " " and after.text.islower() \
        and _PLURAL_VERB.match(after.text) is not None
