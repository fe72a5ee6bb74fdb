""""Catches from the Zambezi", "nets on the Zambezi near Livingstone": a bare name after "the" that a river
holds as its own name.

English writes a river with its article and without its kind word ("the Zambezi", "the Limpopo"), and a town
or a division with no article at all ("in Zambezi", "Zambezi Region"). Where the sentence sets "the X" as ground
(a locating preposition before it or a river's verb after it: geo/feature_ground.py) and the gazetteer holds X
exactly as a river, the other readings give way when none of them is a name English writes with "the": a town
(PPL), or a division held under a longer name of its own that the match dropped a word of ("Zambezi Region",
"Zambezi District"). A division or a country whose own name is X keeps its reading ("the Yukon", "the Niger",
"the Gambia": reporting writes those lands with their article too), and so does any feature of another kind.

A division's dropped word written right after the name ("in the Zambezi region" for Namibia's Zambezi Region,
"the Zambezi district of North-Western province" for Zambia's Zambezi District) restores the division's full
name: the writer named the division, so the river does not take over. A word that spells no division of the
name ("the Zambezi valley") leaves the river its reading.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from eventwatch.geo.feature_ground import after_the, set_as_ground
from eventwatch.geo.normalise import normalise
from eventwatch.geo.store import NAME_DERIVED

if TYPE_CHECKING:
    from eventwatch.geo.gazetteer import Candidate
    from eventwatch.geo.name_span import NameSpan


def _gives_way(c: "Candidate") -> bool:
    """A reading English never writes as "the X": a town, or a division matched by a shortened name."""
    code = c.feature_code or ""
    return code.startswith("PPL") or (code.startswith("ADM") and c.kind == NAME_DERIVED)


# The word written right after a name, in any case, across spaces and at most one line break ("the Zambezi
# region", "the Zambezi\nregion" in a wrapped column), in any script's letters. A blank line ends the
# paragraph: the word after it ("the Zambezi\n\nDistrict officials said") begins another.
_NEXT_WORD = re.compile(r"(?=\s)[^\S\n]*\n?[^\S\n]*([^\W\d_]+)\b")


def _completes_a_division(text: str, s: "NameSpan") -> bool:
    """Whether the word after the name, with it, spells one of its divisions' full names ("Zambezi Region")."""
    m = _NEXT_WORD.match(text, s.end)
    if m is None:
        return False
    full = f"{s.norm} {normalise(m.group(1))}"
    return any((c.feature_code or "").startswith("ADM") and normalise(c.name) == full for c in s.candidates)


def keep_article_rivers(text: str, spans: list["NameSpan"]) -> None:
    """Keep only the river readings of each bare "the X" set as ground whose other readings all give way."""
    for s in spans:
        if s.demonym or s.unknown or not s.locational or len(s.candidates) < 2 or not after_the(text, s.start):
            continue
        rivers = [c for c in s.candidates if c.exact and c.feature_code == "STM"]
        if not rivers or len(rivers) == len(s.candidates):
            continue
        if not all(_gives_way(c) for c in s.candidates if c.feature_code != "STM"):
            continue
        if _completes_a_division(text, s):
            continue  # "in the Zambezi region": the division, written with the word the match dropped
        if set_as_ground(text, s.start, s.end, river=True):
            s.candidates = rivers
