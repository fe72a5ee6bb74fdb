"""News datelines: "IDLIB, Syria, Jan 31 (Reuters) -", "ALEPPO, Syria (AP) —", "Idlib – ".

The dateline names where the reporter filed from and often the wire agency; the geo stage uses it as the
default place of a report, and the resolver uses the agency to tell syndicated copies from independent
sources. It stays in the text (it is part of the report); this module only finds it.
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from eventwatch.ingest.lexicon import page_shapes

_PARTICLES = r"(?:al|el|ez|az|ad|ar|as|ash|ad-|de|du|la|le|of|upon)"
_CAP = r"[A-Z\u00C0-\u00DE][\w'’.]*(?:-[\w'’]+)*"
_PLACE = rf"{_CAP}(?:[ -](?:{_CAP}|{_PARTICLES}(?=[ -]))){{0,4}}"
_UPPER = r"[A-Z\u00C0-\u00DE][A-Z\u00C0-\u00DE'’.]*(?:-[A-Za-z'’]+)*"
_UPPER_PLACE = rf"{_UPPER}(?:[ -](?:{_UPPER}|{_PARTICLES}(?=[ -]))){{0,4}}"
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_DATE = rf"(?:{_MONTH} \d{{1,2}}(?:, \d{{4}})?|\d{{1,2}} {_MONTH}(?: \d{{4}})?)"
_DASH = r"(?:--?|[–—])"


@lru_cache(maxsize=1)
def _patterns() -> tuple[re.Pattern[str], ...]:
    agencies = "|".join(re.escape(a) for a in sorted(page_shapes().wire_agencies, key=len, reverse=True))
    agency = rf"\((?:{agencies}|[A-Z][A-Za-z&.]{{1,12}}(?: [A-Z][A-Za-z&.]+){{0,3}})\)"
    tail = rf"(?:, {_PLACE}){{0,2}}(?:,? {_DATE})?"
    return (
        # PLACE (in capitals or not), optional region/date, an agency, then a dash or colon
        re.compile(rf"^(?:{_PLACE}){tail} {agency}\s*(?:{_DASH}|:)"),
        # capitals without an agency: "ALEPPO –", "IDLIB, Syria, Jan 31 -"
        re.compile(rf"^{_UPPER_PLACE}{tail}\s+{_DASH}(?=\s)"),
        re.compile(rf"^{_UPPER_PLACE}{tail}{_DASH}(?=\s|[A-Z])"),
        # a short capitalised place with a spaced dash: "Idlib – ", "Deir ez-Zor, Syria — "
        re.compile(rf"^{_CAP}(?:[ -](?:{_CAP}|{_PARTICLES}(?=[ -]))){{0,2}}(?:, {_CAP}(?: {_CAP})?)?"
                   rf"(?:,? {_DATE})? {_DASH}(?= )"),
        # agency style without parentheses: "Damascus, SANA –"
        re.compile(rf"^{_PLACE}, (?:{agencies}) ?{_DASH}"),
    )


# Sentence openers that look like a capitalised place before a dash ("On Tuesday – ...").
_NOT_PLACES = frozenset(
    "on in at by the a an and but for to from yesterday today tonight last this next earlier later meanwhile "
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june july "
    "august september october november december update breaking exclusive watch video photos".split()
)


def find_dateline(text: str, max_paragraphs: int = 3) -> Optional[str]:
    """The dateline at the start of one of the first paragraphs of `text`, as written."""
    for paragraph in text.split("\n\n")[:max_paragraphs]:
        head = paragraph[:160]
        for pattern in _patterns():
            m = pattern.match(head)
            first = re.split(r"[\s,(-]", m.group(0), maxsplit=1)[0].casefold() if m else ""
            if m and len(m.group(0)) >= 4 and first not in _NOT_PLACES:
                return m.group(0).strip()
    return None
