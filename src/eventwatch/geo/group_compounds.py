"""A name joined by a hyphen to a word of a population's make-up ("the Tamil-majority north", "Hausa-speaking
towns", "a Kurd-dominated council") is a people, a faith or a language, not a place: a place is not a
majority of anyone. Names the gazetteer also holds as places (a people named like a region) are dropped
there, and a demonym keeps its own reading elsewhere.
"""
from __future__ import annotations

import re
from typing import Sequence

from eventwatch.geo.name_span import NameSpan

# The second half of such a compound, written straight after the name and a hyphen.
_GROUP_HALF = re.compile(r"[-‑–](?:majority|minority|dominated|speaking|populated|inhabited)\b", re.IGNORECASE)


def group_compounds(text: str, spans: Sequence[NameSpan]) -> set[int]:
    """Indices of spans that open a people's compound ("Tamil-majority"): no place is meant."""
    return {k for k, s in enumerate(spans) if not s.demonym and _GROUP_HALF.match(text, s.end)}
