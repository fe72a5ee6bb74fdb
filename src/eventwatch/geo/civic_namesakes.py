"""Towns that open the name of a civic building or body: "Moss Point Community Center", "Oakdale School Board".

A small town read with no place cue is believed only when other places support it (geo/__init__.py,
`_believed`), since small towns share names with surnames and words. Before the words that name a town hall, a
community centre, a library or a town's board or council that doubt does not hold: such buildings and bodies are
named after the town they serve far more often than after a person (a school, a hospital, a church or a field is
named after a person or a neighbourhood as often, and is left out). LGL and TR-News annotate that town, so the
name stays, embedded (not where the sentence puts anything), resolved as the resolver read it. The town must be
written exactly as the gazetteer writes a populated place or a division, open the name (no capitalised word
before it: "Ada Byron Community Center" is named after a person) and run up to the civic words.
"""
from __future__ import annotations

import re
from typing import Sequence

# Civic words right after a town's name: its schools, halls and centres, and its governing bodies.
# Not a school's own name ("X High School", "X Elementary", "X School District"): schools are named after
# people and neighbourhoods as often as after the town, and LGL leaves many such names unannotated (six of
# eight school names that opened with a known town, when these were included).
CIVIC_AFTER = re.compile(
    r"[ \t]+(?:(?:Community|Senior|Civic|Recreation) Cent(?:er|re)|(?:City|Town|Village) (?:Hall|Offices?|Council)"
    r"|Municipal Building|Public Library|(?:Fire|Police) Department|School Board"
    r"|Board of (?:Education|Selectmen|Aldermen)|Council)\b")

# A capitalised word right before the name, other than an article: the name does not open the longer one.
_CAPITALISED_BEFORE = re.compile(r"(?<![\w'’.-])(?!(?:The|A|An)[ \t])[A-Z][\w'’.-]*[ \t]+$")


def opens_civic_name(text: str, start: int, end: int) -> bool:
    """Whether the name on text[start:end] opens a civic building's or body's name, running up to its
    civic words ("Oakdale" in "the Oakdale Community Center", "Oakdale School Board")."""
    return CIVIC_AFTER.match(text, end) is not None and opens_its_name(text, start)


def opens_its_name(text: str, start: int) -> bool:
    """Whether no capitalised word other than an article stands right before text[start:]: a name there opens
    the longer name it begins ("Ada Byron Community Center" is named after a person, not a town "Byron")."""
    return _CAPITALISED_BEFORE.search(text, max(0, start - 40), start) is None


def towns_opening_civic_names(spans, resolutions, keep: Sequence[bool], text: str) -> list[int]:
    """Indices of unbelieved embedded names that open a civic building's or body's name and read as a town
    or a division written exactly."""
    out = []
    for k, (s, r) in enumerate(zip(spans, resolutions)):
        if keep[k] or s.cue != "embedded" or r is None or r.candidate is None:
            continue
        c = r.candidate
        if c.exact and c.feature_code.startswith(("PPL", "ADM")) and opens_civic_name(text, s.start, s.end):
            out.append(k)
    return out
