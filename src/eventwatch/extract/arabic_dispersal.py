"""A verb of dispersing is force against a protest only where the protest or its people are its object.

"فرقت الشرطة مظاهرة" (the police dispersed a demonstration), "فرقت قوات الأمن المحتجين" (dispersed the protesters):
the protest or the protesters are written after the verb, in its clause. The same verb with "بين" is "parted" or
"divided" ("فرقت الخلافات بين المتظاهرين", disputes divided the protesters; "فرقت السيول بين العائلات"): the people
after "بين" were set apart, not dispersed by force, so a protest named there makes no intervention.
"""
from __future__ import annotations

import re

from eventwatch.extract.arabic_lexicon import fold, without_short_vowels

# where a clause ends: a protest across it is no object of the verb before it
_CLAUSE_BREAK = re.compile(r"[،,.;؛:!?()\n]")
_BETWEEN = fold("بين")


def dispersed_protest(text: str, end: int, protests: list[tuple[int, int]]) -> bool:
    """Whether a protest or protesters' span of `protests` follows the verb of dispersing ending at `end` in its
    clause, with no "بين" (between) written before it."""
    for start, _ in sorted(protests):
        if start < end:
            continue
        gap = text[end:start]
        if _CLAUSE_BREAK.search(gap):
            return False
        return all(fold(without_short_vowels(w)).lstrip("و") != _BETWEEN for w in gap.split())
    return False


__all__ = ["dispersed_protest"]
