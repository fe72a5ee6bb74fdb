"""A verb of dispersing is force against a protest unless "بين" right after it makes it "parted" or "divided".

"فرقت الشرطة مظاهرة" (the police dispersed a demonstration), "فرقت قوات الأمن بالقوة، أمس، مظاهرة" (by force,
yesterday, a demonstration), or a protest named before the verb ("نظم المعلمون وقفة ... فرقت قوات الأمن المشاركين
فيها"): the verb in a report with a protest disperses it. The same verb with "بين" within its first few words is
"parted" or "divided" ("فرقت الخلافات بين المتظاهرين", disputes divided the protesters; "فرقت السيول بين العائلات"):
the people after "بين" were set apart, not dispersed by force. "بين" further on is where the dispersal was
("فرقت قوات الأمن المعتصمين بين مبنى المحافظة والجسر").
"""
from __future__ import annotations

from eventwatch.extract.arabic_lexicon import fold, without_short_vowels

_BETWEEN = fold("بين")
# the words after the verb "بين" may stand in to divide ("فرقت [subject of up to two words] بين")
_BETWEEN_REACH = 3


def dispersed_protest(text: str, end: int) -> bool:
    """Whether the verb of dispersing ending at `end` disperses (the report's protest, which the caller has found):
    no "بين" (between, with or without a joined "و") within its next few words."""
    return all(fold(without_short_vowels(w)).lstrip("و") != _BETWEEN for w in text[end:].split()[:_BETWEEN_REACH])


__all__ = ["dispersed_protest"]
