"""The area a council governs, named in the council's own name, supports the towns the story names around it.

A small town read with no firm cue ("landing crabs at Bangor", "boat owners from Pwllheli") is believed only when
another believed place supports it (geo/__init__.py, `_believed`). A name opening a civic body's name is kept
(geo/civic_namesakes.py) but supports nothing, since a community centre or a school board may be named after a
person as well as a town. A governing council is different: "Gwynedd Council", "Ribble Valley Borough Council",
"Whangarei District Council" are named after the county, borough, district or town they govern, and a local paper
names its council because the story happens in its area. So such a name, read exactly as a division or a town,
supports the names around it as any believed place does, from the start of the support rounds.

Only a council proper ("X Council", "X County Council", "X District Council"...), not the other civic bodies: a
"School Board" or a "Community Center" serves a town but does not govern an area.
"""
from __future__ import annotations

import re
from typing import Sequence

from eventwatch.geo.civic_namesakes import opens_its_name

# A council's name after its area's: the bare "Council", or a kind of local government before it.
COUNCIL_AFTER = re.compile(
    r"[ \t]+(?:(?:County|District|Borough|Metropolitan Borough|Shire|Regional|City|Town|Parish|Municipal"
    r"|Island|Islands)[ \t]+)?Council\b")


def governs_area(text: str, start: int, end: int) -> bool:
    """Whether the name on text[start:end] opens a council's name ("Gwynedd" in "Gwynedd Council said"), with
    no capitalised word before it ("Ada Lovelace Council" is named after a person)."""
    return COUNCIL_AFTER.match(text, end) is not None and opens_its_name(text, start)


def council_areas(spans, resolutions, text: str) -> list[int]:
    """Indices of embedded names that open a council's name and read exactly as a division or a town: the
    areas the story's councils govern."""
    out = []
    for k, (s, r) in enumerate(zip(spans, resolutions)):
        if s.cue != "embedded" or r is None or r.candidate is None:
            continue
        c = r.candidate
        if c.exact and c.lat is not None and c.feature_code.startswith(("PPL", "ADM")) \
                and governs_area(text, s.start, s.end):
            out.append(k)
    return out


def supporting_councils(spans, resolutions, keep: Sequence[bool], text: str) -> list[int]:
    """Indices of council areas not yet believed: they are believed, and support the names around them."""
    return [k for k in council_areas(spans, resolutions, text) if not keep[k]]
