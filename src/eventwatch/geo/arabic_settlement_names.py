"""A name that opens with an Arabic settlement word yields where the word stands before a namesake elsewhere.

GeoNames lists a few towns under an alternate name that opens with "مدينة" (city): "مدينة زنجبار" is Zanzibar City.
Read whole, that name is longer than the name after the word, so it wins before the report's other places are
weighed, and "اشتباكات في مدينة زنجبار عاصمة محافظة أبين" (Zinjibar, Abyan's capital, in Yemen) lands in Tanzania.
Where the name after the settlement word also names a populated place in a country the whole name's rows do not
lie in, the word is read as a cue, as it is before any other name ("مدينة عدن"), and the name after it is resolved
among its namesakes with the rest of the report; where every reading lies in one country ("مدينة الكويت", Kuwait
City beside Kuwait) the whole name stands. The word gives way only where the bare name can still reach a place the
whole name meant: "مدينة الصدر" is Sadr City and "المنطقة الخضراء" Baghdad's Green Zone, but bare "الصدر" meets only
Pakistan's Saddar and bare "الخضراء" only towns of Israel and Libya, so read alone they would lose the place for good. A bare name that reaches a row in the whole name's own country
counts as reaching it: "مدينة لندن" is held as an alternate name of the City of London, but bare "لندن" reaches
London in the same country, and London, Ontario, when the report says so. Nor does a hamlet's old name hold a
city's: "مدينة سالم" is held only as Medinaceli's (a Spanish village), and bare "سالم" reaches India's Salem and a
Palestinian Salim, so the word is a cue there too. The rule is narrow: in the bundled gazetteer it reaches two rows,
"مدينة سالم" and "مدينة دنكان" (the Bahamas' Duncan Town, 70 people, beside the United States' Duncan); a small town
whose own name is "مدينة X" keeps it where the bare name reaches nothing a hundred times larger ("مدينة يس", the
Bahamas' Alice Town, though bare "يس" reaches a larger Alice in the United States).
"""
from __future__ import annotations

from typing import Any

_POPULATED = "PPL"
# A whole name whose places are hamlets of at most this many people (a village's old name)...
_HAMLET = 1_000
# ...gives way to a bare name that reaches towns this many times larger.
_HAMLET_MARGIN = 100


def settlement_word_shadows(gaz: Any, hits: dict[tuple[int, int], list[int]], readings: list[str],
                            place_words: frozenset[str], i: int, j: int) -> bool:
    """Whether the hit on tokens i..j, opened by a settlement word, hides a populated namesake of the name after
    the word in another country while the name after the word also reaches a row the whole name has (so that the
    name after the word is to be read alone, the whole name's place among its readings)."""
    if j - i < 2 or readings[i] not in place_words or (i + 1, j) not in hits:
        return False
    whole = gaz.candidates(hits[(i, j)], " ".join(readings[i:j]))
    if not whole or not all(c.feature_code.startswith(_POPULATED) for c in whole):
        return False  # "منطقة الساحل": a region's or a feature's own name stands whole
    countries = {c.country_code for c in whole}
    rest = gaz.candidates(hits[(i + 1, j)], " ".join(readings[i + 1:j]))
    if not any(c.feature_code.startswith(_POPULATED) and c.country_code not in countries for c in rest):
        return False
    meant = {c.id for c in whole}
    # "مدينة الصدر": bare "الصدر" never reaches Sadr City; "مدينة لندن" (an alternate name of the City of London)
    # gives way, as bare "لندن" reaches London in the same country
    if any(c.id in meant or c.country_code in countries for c in rest):
        return True
    # "مدينة سالم": the whole name only a village's old name (Medinaceli, 674 people), the bare name towns a hundred
    # times its size: the village is no reason to lose them
    biggest = max(c.population for c in whole)
    return 0 < biggest <= _HAMLET and max(c.population for c in rest) >= _HAMLET_MARGIN * biggest
