"""A province written after a town and a comma holds the town even where the gazetteer has no town there.

"a Bradford, Ontario court": the text says Bradford lies in Ontario. The gazetteer holds no Bradford in
Ontario, but a Bradford and an Ontario that lie a few kilometres apart in Ohio; read by nearness alone, the two
villages outvote the province (`Resolver._contains` gives a province holding none of the town's readings
nothing). Yet a town is written after its state or province, not after a neighbouring village: where the only
readings of the container that hold a reading of the town are other towns, the container's first-level
division is meant as much as when the town is unknown (its readings elsewhere are then namesakes, and it
stands in at the province: geo/fallback.py). Not where a town of the container's name lies in that division
(a city that is its own province, "St. Petersburg"; "Idlib" and its governorate): the city may be meant, and a
street or a quarter of it is written before it so.

Only the modifier form the case comes from is read so: an article before the town and a noun a town has
after the province ("a Bradford, Ontario court", geo/modifier_heads.py; not "a Google, California engineer").
A dateline or a plain "in Town, Province" is left to nearness, and so is a sizeable town (a seat, a capital,
or SIZEABLE_TOWN people) lying in a country where the container also names something: "a Hasselt, Limburg
court" is the Belgian town in Belgium's Limburg, although the gazetteer's only first-level Limburg is the
Dutch one. Second-level divisions hold towns as first-level ones do.
"""
from __future__ import annotations

import re
from typing import Sequence

from eventwatch.geo.gazetteer import Candidate
from eventwatch.geo.modifier_heads import home_head_after
from eventwatch.geo.name_span import NameSpan

# What `Resolver._contains` gives a first-level division holding a reading of the name written before it, or an
# unknown village: "Town, Province" says the province holds the town as plainly as when the gazetteer agrees,
# so the same weight (resolve.py uses this constant for both).
PROVINCE_HOLDS_TOWN = 4.5
PROVINCE_OF_UNHELD_TOWN = PROVINCE_HOLDS_TOWN
# People in a town that the text means over a foreign province's namesake (with a seat or a capital).
SIZEABLE_TOWN = 20_000
# "a Bradford, Ontario court": an article just before the town, a noun a town has just after the province.
_ARTICLE_BEFORE = re.compile(r"(?:^|\s)(?:[Aa]n?|[Tt]he)\s+$")
# A list around the pair ("stores in Tampa, Boca Raton, New York and Chicago"): the names are equals,
# and the second holds nothing. A comma before the town, or another name after the holder, says so.
_LIST_BEFORE = re.compile(r",\s*$")
_LIST_AFTER = re.compile(r"\s*(?:,\s*(?:and\s+|or\s+)?[A-Z]|(?:and|or)\s+[A-Z])")


def _holds(b: Candidate, o: Candidate) -> bool:
    """Whether division or country b holds reading o (a second-level division by its first-level code: towns
    carry no second-level one)."""
    if b.feature_code.startswith("PCL"):
        return o.country_code == b.country_code
    return b.feature_code in ("ADM1", "ADM2") and bool(o.admin1_code) and o.admin1_code == b.admin1_code


def province_of_unheld_town(text: str, c: Candidate, inner: NameSpan, holder: NameSpan,
                            readings: Sequence[Candidate]) -> float:
    """PROVINCE_OF_UNHELD_TOWN for c, a first-level division spelled exactly, read for `holder`, the container
    of `inner`, when no reading of the town lies in it and no division or country among the container's
    `readings` holds any of them (only a neighbouring village of the container's name does); 0 otherwise, and
    0 in a list of names, outside the "a Town, Province noun" form, and where a sizeable town reading lies in a
    country the container also names something in."""
    if c.feature_code != "ADM1" or not c.exact or not inner.candidates or not text:
        return 0.0
    if text[max(inner.end, inner.phrase_end) : holder.start] != ", ":
        return 0.0  # "Town, Province" only: "X village in Y district" is a lower division's name
    if _LIST_BEFORE.search(text, max(0, inner.start - 3), inner.start) or _LIST_AFTER.match(text, holder.end):
        return 0.0
    if not _ARTICLE_BEFORE.search(text, max(0, inner.start - 5), inner.start) \
            or not home_head_after(text, holder.end):
        return 0.0  # a dateline or "in Town, Province": nearness decides
    if any(_holds(c, o) for o in inner.candidates):
        return 0.0
    if any(b.feature_code.startswith("PPL") and b.country_code == c.country_code and b.admin1_code == c.admin1_code
           for b in readings):
        return 0.0  # a city named for its province ("X Street, St. Petersburg", "X, Idlib"): the city may be meant
    divisions = [b for b in readings if b.feature_code in ("ADM1", "ADM2") or b.feature_code.startswith("PCL")]
    if any(_holds(b, o) for b in divisions for o in inner.candidates):
        return 0.0
    named_in = {b.country_code for b in readings if b.exact and b.country_code}
    if any(o.exact and o.country_code in named_in and _sizeable(o) for o in inner.candidates):
        return 0.0  # "Genk, Limburg": the Belgian town and Belgium's Limburg, not the Dutch province
    return PROVINCE_OF_UNHELD_TOWN


def _sizeable(o: Candidate) -> bool:
    """A town the text would name before its own province: a capital, a seat, or SIZEABLE_TOWN people."""
    return o.feature_code.startswith("PPL") and (o.feature_code in ("PPLC", "PPLA", "PPLA2")
                                                 or o.population >= SIZEABLE_TOWN)
