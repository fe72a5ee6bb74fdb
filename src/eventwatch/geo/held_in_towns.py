"""A name written "in" a town, read as a place in another country than that town's.

"The clinic at Cape Marrow in Dunmore", "nurses at the KEM in Pune": what the text puts in a town lies in
that town's country. When the name's chosen reading is a namesake in another country (a village named like
the cape's bare name, a town spelled like the acronym) and none of its readings lies in the town's country,
the text itself says the reading is wrong: the name is kept unresolved and stands in at the town, as
geo/stated_containers.py does for a town written with its division ("Palma in Cabo Delgado province").

Only a town holds here, and only after "in": a country or a division after "in" also follows titles and
offices ("the envoy of Narek in the Vatican"), which geo/stated_containers.py reads with its own care, and a
comma between two towns is as often a list as a containment. Nor is X a country, a first-level division or a
capital: talks on a country, its envoy or its team are "in" a town abroad every day ("talks on Libya in
Geneva"), and such a reading is no namesake.

Two address forms of wire copy place X as firmly (`_ADDRESS_GAP`): an aside opened by a comma (", in Le
Mont-Dore": the commune holding a tribe or village, so a second-order division holds there too), and a word for
a part of a town before the comma ("Kanyama compound, Lusaka", "X township, Y": a list has no such word, and
the word is matched in any case, as all-caps copy writes it). The aside is read only after a word of place
before X ("at X, in Y", `_LOCATIVE_BEFORE`): "fans from X, in Y for the final" says where people from X are, not
where X is. After "in X" it is read only for a reading abroad of town size (`_ASIDE_MAX_POPULATION`): "protests
in Lyon, in Manchester" is a list of cities, not Lyon placed in Manchester.
"""
from __future__ import annotations

import re
from typing import Optional, Sequence

from eventwatch.geo.name_span import NameSpan
from eventwatch.geo.resolve import LIST_GOES_ON, Resolution

# Exactly " in " (or "in the") between the name's phrase and the town's name.
_IN_GAP = re.compile(r"[ \u00a0]in[ \u00a0](?:the[ \u00a0])?")
# A town-part word and a comma between a name and its town ("Kanyama compound, Lusaka"); a list has no such word.
_PART_COMMA = r"[ \u00a0]+(?i:compound|township|suburb|neighbou?rhood|quarter|estate)(?i:s)?,[ \u00a0]*"
TOWN_PART_COMMA = re.compile(_PART_COMMA)
# ", in " (an aside) or a town-part word and a comma between the name and the town.
_ADDRESS_GAP = re.compile(rf"(?P<aside>,[ \u00a0]+in[ \u00a0]+(?:the[ \u00a0]+)?)|{_PART_COMMA}")
# The largest reading abroad that an aside (", in Y") after "in X" may show to be a namesake: "in X, in Y" with X a
# city of size is more often a list of cities.
_ASIDE_MAX_POPULATION = 100_000
_IN_BEFORE = re.compile(r"\bin[ \u00a0]+(?:the[ \u00a0]+)?$", re.IGNORECASE)
# A word of place right before X, which the aside form asks for: "at X, in Y", not "fans from X, in Y".
_LOCATIVE_BEFORE = re.compile(r"\b(?:in|at|near|outside|inside|around|within|across)[ \u00a0]+(?:the[ \u00a0]+)?$",
                              re.IGNORECASE)


def readings_outside_their_town(text: str, spans: Sequence[NameSpan],
                                resolutions: Sequence[Optional[Resolution]]) -> list[int]:
    """Indices of spans written "X in TOWN" (or in an address form, `_ADDRESS_GAP`) whose reading lies in another
    country than TOWN's reading while none of their readings lies in TOWN's country; each is given TOWN as its
    container, for its stand-in."""
    out = []
    for k, s in enumerate(spans):
        r = resolutions[k]
        town = _town_after(text, spans, k)
        address = town is None
        if address:
            town = _address_town(text, spans, resolutions, k)
        if r is None or r.candidate is None or town is None or s.demonym \
                or r.candidate.feature_code.startswith(("PCL", "ADM1", "PPLC")):
            continue
        held = resolutions[town]
        if held is None or held.candidate is None or not _holding(held, address) \
                or not held.candidate.exact or spans[town].demonym or not spans[town].locational:
            continue
        country = held.candidate.country_code
        if not country or r.candidate.country_code == country \
                or any(c.country_code == country for c in s.candidates):
            continue
        s.container = town
        out.append(k)
    return out


def _town_after(text: str, spans: Sequence[NameSpan], k: int) -> Optional[int]:
    """The span written right after span k and " in " ("X in Y"), if any."""
    s = spans[k]
    end = max(s.end, s.phrase_end)
    for m in range(k + 1, min(k + 3, len(spans))):
        o = spans[m]
        if o.start >= end:
            return m if _IN_GAP.fullmatch(text, end, o.start) else None
    return None


def _list_goes_on(text: str, spans: Sequence[NameSpan], m: int) -> bool:
    """Whether span m goes on into a list ("Y, Z and W"). In all-caps copy ("LUSAKA, ON SUNDAY") a capital
    says nothing, so there the list asks for a name written where the next item starts."""
    goes = LIST_GOES_ON.match(text, spans[m].end)
    if goes is None or not text[spans[m].end:goes.end() + 12].isupper():
        return goes is not None
    return m + 1 < len(spans) and spans[m + 1].start == goes.end() - 1


def _holding(held: Resolution, address: bool) -> bool:
    """Whether a reading may hold a name written in it: a town, or after an address form a second-order
    division too ("a tribe at X, in Le Mont-Dore")."""
    code = held.candidate.feature_code
    return code.startswith("PPL") or address and code == "ADM2"


def _address_town(text: str, spans: Sequence[NameSpan], resolutions: Sequence[Optional[Resolution]],
                  k: int) -> Optional[int]:
    """The span written right after span k and an address gap (`_ADDRESS_GAP`), if any: after the aside form
    only after a word of place, and after "in" only for a reading of town size; never where the town goes on
    into a list ("X, in Y and Z")."""
    s = spans[k]
    end = max(s.end, s.phrase_end)
    for m in range(k + 1, min(k + 3, len(spans))):
        o = spans[m]
        if o.start < end:
            continue
        start = o.phrase_start if end <= o.phrase_start <= o.start else o.start
        gap = _ADDRESS_GAP.fullmatch(text, end, start)
        if gap is None or _list_goes_on(text, spans, m):
            return None
        r = resolutions[k]
        opening = s.phrase_start if 0 <= s.phrase_start <= s.start else s.start
        if gap.group("aside") and _LOCATIVE_BEFORE.search(text, max(0, opening - 12), opening) is None:
            return None  # "fans from Liverpool, in Madrid": where the people are, not where X is
        if gap.group("aside") and _IN_BEFORE.search(text, max(0, opening - 8), opening) is not None \
                and (r is None or r.candidate is None or (r.candidate.population or 0) >= _ASIDE_MAX_POPULATION):
            return None  # "in Lyon, in Manchester": two "in" phrases, a list of cities
        return m
    return None


def holder_in_a_list(text: str, spans: Sequence[NameSpan], k: int) -> bool:
    """Whether the holder written after span k continues a list ("the Zaire, Bundo, Ivory Coast and Sudan
    strains"): the comma before it then joins list items, it does not place span k inside it."""
    holder = spans[k].container
    return holder is not None and LIST_GOES_ON.match(text, spans[holder].end) is not None
