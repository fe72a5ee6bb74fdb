"""A firm's name that GeoNames files as a town's alternate name, written in the firm's "a X, State" frame.

GeoNames keeps names a town took for a while or is nicknamed by, some of them firms' ("Google" for a town that
renamed itself for a month). Business copy writes a firm with its home state as a modifier ("a Google,
California engineer"); geo/modifier_heads.py already tells that frame from a town's ("a Pellbrook, Ontario
court") by the noun after it. Where the name is read only through an alternate name of a town, and the state
written after it holds no reading of it, nothing supports the town: the text's own state says the name is not
that town, and the frame says it is a firm's. The town's own name ("a Topeka, Kansas engineer") and a name
the state holds stay places.
"""
from __future__ import annotations

import re
from typing import Optional, Sequence

from eventwatch.geo.modifier_heads import home_head_after
from eventwatch.geo.name_span import NameSpan
from eventwatch.geo.resolve import Resolution
from eventwatch.geo.store import NAME_ALT

# An article right before the name and a lower-case noun right after its state: the modifier frame.
_ARTICLE_BEFORE = re.compile(r"(?:^|\W)(?:an?|An?|the|The)\s+$")
_NOUN_AFTER = re.compile(r",? [a-z]")


def firms_before_their_state(text: str, spans: Sequence[NameSpan], resolutions: Sequence[Optional[Resolution]],
                             keep: Sequence[bool]) -> list[int]:
    """Indices of spans read only by a town's alternate name in "a X, State noun" (a noun no town has, see
    `home_head_after`), where that state is a first-level division holding no reading of the name."""
    out = []
    for k in range(len(spans) - 1):
        s, h = spans[k], spans[k + 1]
        r, held = resolutions[k], resolutions[k + 1]
        if not keep[k] or not keep[k + 1] or r is None or r.candidate is None or held is None \
                or held.candidate is None or held.candidate.feature_code != "ADM1" or not s.locational:
            continue
        if text[s.end : h.start] != ", " or _NOUN_AFTER.match(text, h.end) is None \
                or home_head_after(text, h.end) or _ARTICLE_BEFORE.search(text, max(0, s.start - 5), s.start) is None:
            continue
        if any(c.kind != NAME_ALT for c in s.candidates if c.exact) \
                or any(c.admin1_code == held.candidate.admin1_code for c in s.candidates):
            continue
        out.append(k)
    return out
