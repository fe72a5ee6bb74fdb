"""A division's name written with its capitalised designator ("the Ashanti Region", "Idlib Governorate"),
read as one name where the gazetteer holds the division only under its bare name.

Annotators (GeoWebNews, GeoVirus, the news probe) take the designator into the toponym when the text
capitalises it, as with "Kaduna State" or "Greene County", which the gazetteer happens to hold whole.
"""
from __future__ import annotations

import re

from eventwatch.geo.name_span import NameSpan
from eventwatch.geo.normalise import Token

# Designators that, capitalised after a division's name, are part of it. "District" and "County" are left
# out: capitalised after a town they as often open a school, water or fire district's name. A Nigerian "Local
# Government Area" and a "Province" stay outside the name, as the conflict tests pin them ("in Gwoza Local
# Government Area" gives "Gwoza", "in northern Salah ad Din Province" "Salah ad Din"), read at the division's
# level by their cue.
_DESIGNATORS = re.compile(r" (Region|State|Governorate|Prefecture|Oblast|County)\b")
_DIVISION_CODES = ("ADM1", "ADM2", "ADM1H", "ADM2H")


def join_division_designators(text: str, tokens: list[Token], spans: list[NameSpan]) -> list[NameSpan]:
    """Widen each division name followed by its capitalised designator over the designator.

    Only a name the gazetteer reads as a first- or second-level division, not already ending in a designator,
    with no other name on the designator's words, and with the designator not opening a longer capitalised
    name ("Volta Region Police Command" is the police's). The readings stay the name's.
    """
    taken = {k for s in spans for k in range(s.i, s.j)}
    for s in spans:
        if s.demonym or not s.candidates or s.facility:
            continue
        if not any(c.exact and c.feature_code in _DIVISION_CODES for c in s.candidates):
            continue
        m = _DESIGNATORS.match(text, s.end)
        if m is None or (m.group(1) in ("State", "County") and any(c.country_code == "US" for c in s.candidates
                                                                   if c.exact)):
            # "Michigan State", "Ohio State": after an American state's name, a university or its team;
            # "Iowa County", "Washington County": another division, which the gazetteer holds by that name.
            # Elsewhere "Murang'a County" is the county the gazetteer names "Murang'a".
            continue
        j = s.j
        while j < len(tokens) and tokens[j].end <= m.end():
            j += 1
        if j == s.j or any(k in taken for k in range(s.j, j)) or tokens[j - 1].end != m.end():
            continue
        nxt = tokens[j] if j < len(tokens) else None
        if nxt is not None and nxt.text[:1].isupper() and text[tokens[j - 1].end : nxt.start] == " ":
            continue
        s.j, s.end = j, m.end()
        if s.phrase_end >= 0:
            s.phrase_end = max(s.phrase_end, s.end)
        taken.update(range(s.i, j))
    return spans
