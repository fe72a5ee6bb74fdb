"""A camp's name is no evidence of where the camp is.

Camps for the displaced are named after the villages their people fled, after saints, sheikhs and donors, or
after towns in other countries ("the Hamidiya camp" on the edge of a Darfur town shares its name with towns in
Iran and Syria). A name written before a lower-case "camp" therefore places nothing by itself: its reading as
a town must agree with the document's other places, or it stands in at them (geo/namesakes.py).

A town's quarter in an Arabic report ("حي X", the quarter of X) is named the same way, after families, saints,
battles and far cities ("حي المنسك" in Abha shares its letters with Minsk): its name is as weak.
"""
from __future__ import annotations

import re

from eventwatch.geo.name_span import NameSpan

# The lower-case head that ends a camp's phrase after its name ("Hamidiya camp", "X IDP camp", "X camps").
_CAMP_HEAD = re.compile(r"\s+(?:(?:IDP|idp|displacement|refugee|transit)\s+)?camps?")


# The Arabic quarter word in construct right before a name, a joined "and" or preposition allowed ("بحي X", "وفي حي X")
# a bracket, a quote or a dash may stand before it ("(حي X) في حمص")
_ARABIC_QUARTER = re.compile(r"(?:^|(?<=[\s،,(\[«\"'\-\u2013\u2014:]))[وفبل]{0,2}حي\s+\Z")


def names_a_camp(text: str, span: NameSpan) -> bool:
    """Whether the span is a camp's name: its phrase runs on past the name into a lower-case camp head; or an
    Arabic quarter's, written right after "حي"."""
    if not text:
        return False
    if names_a_quarter(text, span):
        return True
    if span.phrase_end <= span.end:
        return False
    return _CAMP_HEAD.fullmatch(text, span.end, span.phrase_end) is not None


def names_a_quarter(text: str, span: NameSpan) -> bool:
    """Whether the span is an Arabic quarter's name, written right after "حي"."""
    return bool(text) and _ARABIC_QUARTER.search(text, max(0, span.start - 8), span.start) is not None
