"""Divisions a country is said to own in the possessive: "Argentina's northern provinces of Misiones and
Formosa", "Brazil's state of Bahia".

The possessive names the country outright, as "the Northern Region of Ghana" does after "of"
(`reading_priors.stated_division_readings`): each division listed after the designator and "of" is that
country's, however strongly the story's own country pulls toward a namesake across the border (Paraguay's
department of Misiones beside Argentina's province). Names that have no reading in the owner's country are
left as read.
"""
from __future__ import annotations

import re
from typing import Optional, Sequence

from eventwatch.geo.gazetteer import Candidate
from eventwatch.geo.name_span import NameSpan

# "Argentina's northern provinces of ", "Brazil's state of ": a possessive, up to two lower-case words, a
# designator and "of", then the names already listed before the span ("Misiones and ").
_OWNED = re.compile(
    r"['’]s\s+(?:[a-z-]+\s+){0,2}(?:provinces?|states?|regions?|departments?|districts?|counties|county|"
    r"prefectures?|governorates?|oblasts?|municipalities|municipality)\s+of\s+"
    r"(?:[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,3}(?:\s*,\s*(?:and\s+)?|\s+and\s+))*$")


def owned_division_readings(text: str, spans: Sequence[NameSpan], idx: int) -> Optional[list[Candidate]]:
    """The span's readings in the country that owns it in the possessive before its designator, where it has
    readings elsewhere too; None where the text names no such owner or the name has no reading there."""
    s = spans[idx]
    if not s.candidates:
        return None
    m = _OWNED.search(text, max(0, s.start - 160), s.start)
    if m is None or m.end() != s.start:
        return None
    owner = next((o for o in spans if o.end == m.start()), None)
    if owner is None:
        return None
    countries = {c.country_code for c in owner.candidates if c.exact and c.feature_code.startswith("PCL")}
    if len(countries) != 1:
        return None
    country = next(iter(countries))
    owned = [c for c in s.candidates if c.country_code == country]
    return owned if owned and len(owned) < len(s.candidates) else None
