"""The way the attackers came, told in a relative clause about them: "armed men who crossed the Rusizi river
from South Kivu killed four people in X", "gunmen who had come from Y attacked Z".

Such a clause describes the actors before the sentence's verb says what they did and where: the river crossed
and the region they came from are their route, not the event's place. A place in it ranks after the sentence's
other places (as what lies across a line does), so it is still chosen where the sentence names nothing else
("fighters who crossed the river drowned"). Only verbs of coming and crossing open the route: "troops who
entered X" or "gunmen who stormed Y" name the ground the event hit, and so does a place come or crossed
"into" ("gunmen who drove into X").
"""
from __future__ import annotations

import re

# "who crossed the ", "who had crossed the Ruvuma river from ", "who came from ": the relative word, an
# optional auxiliary, a verb of coming or crossing, then only the route's own words up to the name: names (with
# a possessive), articles, prepositions of motion and the nouns of what is crossed. Any other word ("killed four
# people in") is the sentence's own verb and its place, which the clause no longer holds. "into" is no route
# word: "who drove into X", "who crossed into Y" say the actors entered X, as "who entered X" does.
_ROUTE_WORD = (r"(?:[A-Z][\w'’-]*|the|a|an|from|across|over|via|through|near|of|and|river|rivers|border|"
               r"frontier|lake|lagoon|sea|creek|strait|mountains|hills|forest|bush|province|region|state|county|"
               r"district|territory|department|prefecture|side|neighbouring|neighboring)")
_ROUTE_BEFORE = re.compile(
    r"(?i:\b(?:who|that)\s+(?:had\s+|have\s+|has\s+|reportedly\s+|allegedly\s+){0,2}"
    r"(?:crossed|came|come|travell?ed|sailed|swam|waded|drove|trekked))"
    rf"(?:\s+{_ROUTE_WORD}){{1,10}}\s+$"
)


def in_route_clause(before: str) -> bool:
    """Whether `before` (the sentence up to a name) leaves the name inside a relative clause telling how the
    actors came ("who crossed the X river from "): their route, not where they struck."""
    return _ROUTE_BEFORE.search(before[-120:]) is not None
