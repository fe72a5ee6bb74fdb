"""A demonym inside the name of an ethnic identity ("Native American", "African-American", "Asian Americans") or
of a style ("an Asian-themed casino", "an Italian-style piazza") names no country: an identity is a people of
one country, a style is a taste. Neither is a place the story is at, nor an actor's country of origin, and the
local news corpora never tag them, where they do tag "American" and "Syrian" used of a nation's people.

Only identities whose first half is no nation are read so ("Native", "African", "Asian", and "Anglo" in the
people's plural, "Anglo-Americans"): a pair of nations written the same way ("a Russian-American crew",
"Egyptian-US talks", "Anglo-American relations") still names both countries.
"""
from __future__ import annotations

import re
from typing import Sequence

from eventwatch.geo.name_span import NameSpan

# An identity named by a continent, a people or a first-nations word before "American(s)".
# "Anglo" only before the people's plural, or written apart as one name (the mining house "Anglo American"):
# hyphenated and singular, "Anglo-American relations" are Britain's and the United States'.
_IDENTITY = re.compile(r"\b(?:(?:Native|African|Asian)[-‑– ]Americans?|Anglo[-‑– ]Americans|Anglo American)\b")
# The second half of a style compound, written straight after the demonym and a hyphen.
_STYLE_HALF = re.compile(r"[-‑–](?:themed|style|styled|inspired)\b", re.IGNORECASE)
# How far before a demonym an identity's first half may start ("African-" is the longest).
_REACH = len("African-")


def identity_demonyms(text: str, spans: Sequence[NameSpan]) -> set[int]:
    """Indices of demonyms that are part of an ethnic identity's or a style's name: no toponyms at all."""
    out: set[int] = set()
    for k, s in enumerate(spans):
        if not s.demonym:
            continue
        if _STYLE_HALF.match(text, s.end):
            out.add(k)
            continue
        for m in _IDENTITY.finditer(text, max(0, s.start - _REACH), min(len(text), s.end + 12)):
            if m.start() <= s.start and s.end <= m.end():
                out.add(k)
                break
    return out
