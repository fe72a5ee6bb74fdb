"""A name written with a word for a town's informal settlement or ward before its town ("Kanyama compound in
Lusaka", "Chawama compound of Lusaka", "Mathare slum in Nairobi", "Kibera ward of Nairobi") is a part of that town.

The event chooser stands an unresolved name in at the town that holds it when the text writes the name's kind
before "in"/"of" the town (fallback.HEAD_BEFORE_CONTAINER: "X village in Y", "X neighbourhood of Y"). A compound
(the word Zambia and Malawi use for a town's unplanned quarter), a slum and a ward are such kinds too, so the
event is at the named part (UCDP 2), not at the town's centre (1).

A compound is also a walled site ("the UN compound in Juba", "the embassy compound in Kabul"), and a ward a
hospital's ("the Ebola ward in Monrovia"); an attack on a site in a town is at the town: a compound or a ward after
an article, written as a thing rather than as a quarter, is left to the rules for sites.
"""
from __future__ import annotations

import re

# "X compound in Y", "X slums of Y", "X ward in the Y": the part's kind, then the town that holds it.
_PART_HEAD_GAP = re.compile(r"\s+(compound|slum|ward)s?\s+(?:in|of)\s+(?:the\s+)?", re.IGNORECASE)
# An article right before the name: "the X compound" is a site, not a quarter.
_ARTICLE_BEFORE = re.compile(r"\b(?:the|a|an)\s+$", re.IGNORECASE)


def settlement_part_gap(sentence: str, name_start: int, gap: str) -> bool:
    """Whether `gap` (the text between a name starting at `name_start` in `sentence` and the town after it)
    writes the name as a compound, a slum or a ward of that town; a compound or a ward only where no article
    opens the name."""
    m = _PART_HEAD_GAP.fullmatch(gap)
    if m is None:
        return False
    return m.group(1).lower() == "slum" or _ARTICLE_BEFORE.search(sentence, 0, name_start) is None
