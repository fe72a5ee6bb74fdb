"""A country called by its official title alone ("the Islamic Republic", "the Kingdom", "the Federation").

News calls a country it has named by the head of its formal name ("Iran ... the Islamic Republic",
"Saudi Arabia ... the Kingdom"). No gazetteer holds the bare title, so a name asked to be placed (a gold
span) would stand in at the document's focus, which in a local story is the publisher's town. The title is
the country of the document whose formal name ("Islamic Republic of Iran", as the gazetteer writes it) opens
with it; with no such country, or more than one, the name is left as it was.
"""
from __future__ import annotations

from typing import Optional, Sequence

from eventwatch.geo.gazetteer import Candidate, Gazetteer
from eventwatch.geo.name_span import NameSpan
from eventwatch.geo.normalise import normalise

# Words a country's formal title is made of: a head, with qualifiers before it; a head must be among them.
_HEADS = frozenset({"republic", "kingdom", "federation", "emirate", "emirates", "sultanate", "commonwealth",
                    "confederation", "principality", "union"})
_QUALIFIERS = frozenset({"islamic", "arab", "democratic", "people's", "peoples", "federal", "socialist", "united",
                         "hashemite", "plurinational", "bolivarian", "cooperative", "the"})


def titled_countries(gaz: Gazetteer, text: str, spans: Sequence[NameSpan],
                     chosen: Sequence[Optional[Candidate]], asked: Sequence[int]) -> dict[int, Candidate]:
    """Span index → the document's country a bare formal title among the `asked` spans names."""
    countries = {c.id: c for c in chosen if c is not None and c.feature_code.startswith("PCL")}
    out: dict[int, Candidate] = {}
    if not countries:
        return out
    for k in asked:
        if chosen[k] is not None:
            continue
        surface = text[spans[k].start : spans[k].end]
        words = normalise(surface).split()
        if not words or not any(w in _HEADS for w in words) or not all(w in _HEADS | _QUALIFIERS for w in words):
            continue
        title = " ".join(w for w in surface.split() if normalise(w) != "the")
        named = [c for c in countries.values()
                 if any(x.exact and x.id == c.id for x in gaz.lookup(f"{title} of {c.name}", limit=5))]
        if len(named) == 1:
            out[k] = named[0]
    return out
