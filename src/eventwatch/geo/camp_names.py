"""A camp's name is no evidence of where the camp is.

Camps for the displaced are named after the villages their people fled, after saints, sheikhs and donors, or
after towns in other countries ("the Hamidiya camp" on the edge of a Darfur town shares its name with towns in
Iran and Syria). A name written before a lower-case "camp" therefore places nothing by itself: its reading as
a town must agree with the document's other places, or it stands in at them (geo/namesakes.py).
"""
from __future__ import annotations

import re

from eventwatch.geo.name_span import NameSpan

# The lower-case head that ends a camp's phrase after its name ("Hamidiya camp", "X IDP camp", "X camps").
_CAMP_HEAD = re.compile(r"\s+(?:(?:IDP|idp|displacement|refugee|transit)\s+)?camps?")


def names_a_camp(text: str, span: NameSpan) -> bool:
    """Whether the span is a camp's name: its phrase runs on past the name into a lower-case camp head."""
    if not text or span.phrase_end <= span.end:
        return False
    return _CAMP_HEAD.fullmatch(text, span.end, span.phrase_end) is not None
