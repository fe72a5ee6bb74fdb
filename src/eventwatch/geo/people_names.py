"""How a people's name found in a text is read: as a publication's title, or as the people of any sizeable
town of the name.

The names themselves come from demonyms.tsv and inhabitants.yaml (geo/inhabitants.py) and are indexed as
demonyms; these are the two readings the index alone cannot give.
"""
from __future__ import annotations

import dataclasses
import re
from typing import Protocol, Sequence

from eventwatch.geo.store import NAME_DEMONYM, NAME_MAIN

# A namesake town large enough for its people to be named in the news (London, Ontario; Athens, Georgia).
NAMESAKE_MIN_POPULATION = 10_000

_NEXT_NAME_WORD = re.compile(r"[ \u00a0][A-Z]")
_SENTENCE_OPENERS = frozenset(".!?:;\"'“”‘’([\n")


class _Lookup(Protocol):
    def lookup(self, name: str, *, limit: int = 10) -> list: ...


def publication_title(text: str, start: int, end: int) -> bool:
    """Whether the people's name at [start, end) is a newspaper's or magazine's title: written after a
    capitalised "The" inside a sentence ("a cartoon in The New Yorker", "told The Oregonian").

    Mid-sentence, English capitalises "The" only as part of a name, and a name made of "The" and a people's
    name is a title, not people. Where another capitalised word follows ("The Irish Times") the longer name
    is left to the rest of the recogniser; at a sentence's start the capital says nothing.
    """
    if start < 4 or text[start - 4 : start] != "The ":
        return False
    before = text[: start - 4].rstrip(" \t")
    if not before or before[-1] in _SENTENCE_OPENERS:
        return False
    return _NEXT_NAME_WORD.match(text, end) is None


def with_namesake_towns(gazetteer: _Lookup, candidates: Sequence) -> list:
    """A town's people's readings, joined by those of the sizeable towns sharing the town's name.

    inhabitants.yaml ties "Londoners" to the best-known London, but a report from London, Ontario calls its
    own people so: the name is read like the town's own name, and the document's other places choose among
    the namesakes as they do for "London". The namesakes keep the demonym's kind: they are people's origins,
    never locations by themselves. Countries' and divisions' people are left as they are.
    """
    out = list(candidates)
    seen = {c.id for c in out}
    for c in candidates:
        if c.kind != NAME_DEMONYM or not c.feature_code.startswith("PPL"):
            continue
        for o in gazetteer.lookup(c.name, limit=50):
            if o.id in seen or not o.exact or o.kind != NAME_MAIN or not o.feature_code.startswith("PPL") \
                    or o.population < NAMESAKE_MIN_POPULATION:
                continue
            seen.add(o.id)
            out.append(dataclasses.replace(o, kind=NAME_DEMONYM, matched=c.matched, match_norm=c.match_norm,
                                           similarity=c.similarity))
    return out
