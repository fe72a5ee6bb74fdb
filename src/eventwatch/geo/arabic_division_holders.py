"""A local division read where the report's own governorate, named after it, does not hold it is no reading of it.

"انفجرت عبوة في ناحية العظيم شمالي ديالى": al-Adhaim is a subdistrict of Diyala no row holds; the consonant bridge
meets Baghdad's Adhamiyah (a loose reading: no spelling of the name), a district of the same country, and the
country alone does not tell them apart. The
first-level division the report names right after the division ("شمالي ديالى", "بمحافظة ديالى") does: a reading
that division does not hold is another place, and the name is kept as written, standing in in that division's
country, as a subdistrict no row holds is ("ناحية السعدية شمال شرقي ديالى").
"""
from __future__ import annotations

from typing import Any, Sequence

from eventwatch.geo.normalise import Token

_REACH = 4  # words after the name a holder is looked for in: "شمال شرقي محافظة ديالى"
_FIRST_LEVEL = "ADM1"


def held_elsewhere(gaz: Any, tokens: list[Token], end: int, candidates: Sequence[Any]) -> bool:
    """Whether the readings are all loose (met through the consonant bridge, not a spelling of the name) and a
    first-level division of their country, named exactly within a few words after the name (which ends before
    token `end`), holds none of them. A reading spelt as written is let be: "ناحية X جنوب حلب" may place a
    subdistrict of the next governorate by the city of Aleppo."""
    if not candidates or not all(c.approximate for c in candidates):
        return False
    countries = {c.country_code for c in candidates}
    for k in range(end, min(len(tokens), end + _REACH)):
        for holder in gaz.lookup(tokens[k].text, limit=5):
            if holder.exact and holder.feature_code == _FIRST_LEVEL and holder.country_code in countries:
                return not any(c.admin1_code == holder.admin1_code for c in candidates)
    return False
