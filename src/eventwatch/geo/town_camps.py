"""Camps named after the town they lie at ("Tulkarm refugee camp", "the Makhmour IDP camp").

A camp that carries a town's name is built at that town's edge, as the camps of the West Bank, Gaza, Iraq and
Darfur are: an event in it happened near the town (UCDP precision 2), not in the town itself (1). The camp word
must be written in lower case: a capitalised "Camp" opens a base's own name ("Camp Liberty").
"""
from __future__ import annotations

from typing import Callable, Optional, Sequence

from eventwatch.geo.gazetteer import Candidate
from eventwatch.geo.normalise import Token
from eventwatch.geo.unknown_names import load_unknown_place_words


def camp_after(after: Callable[[int], Optional[Token]], readings: Sequence[Candidate]) -> Optional[Token]:
    """The lower-case "camp" right after a town's name, past at most one word of whom it holds ("refugee",
    "IDP", "displacement"); None where no such word follows, or where the name is no town's own spelling: a
    look-alike ("a Bible camp" near "Bile") names a kind of camp, not a town's. `after(k)` gives the k-th word
    joined to the name."""
    a1 = after(1)
    if a1 is None:
        return None
    camp = None
    if a1.norm == "camp" and a1.text.islower():
        camp = a1
    elif a1.norm in load_unknown_place_words().camp_qualifiers:
        a2 = after(2)
        if a2 is not None and a2.norm == "camp" and a2.text.islower():
            camp = a2
    # The words first, the readings only then: every name is asked, and few have "camp" after them.
    if camp is None or not any(c.exact and c.feature_code.startswith("PPL") for c in readings):
        return None
    return camp
