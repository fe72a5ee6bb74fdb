"""Second-order divisions that are one settlement each: Cyprus's communities.

GeoNames files every one of Cyprus's municipalities and communities (some six hundred) as a second-order
division named after its one village or town ("Lýmpia", "Mitseró"). Where the division stands at a point of its
own (most of these have a populated place of the name beside them, and the chooser may take either), that point
is the village's: "in X" is the village (UCDP 1), "outside X" a point near it (2), "12 km from X" its wider area
(3). Most communities, though, are stand-ins: the tables give them their district's point (approximate), which
is not the village's, so they keep the division's precision (3), as does a second-order division elsewhere, a
district holding many settlements.
"""
from __future__ import annotations

from typing import Optional

from eventwatch.model import WHERE_PREC_ADMIN2, WHERE_PREC_EXACT, WHERE_PREC_NEAR

# Countries whose second-order divisions in GeoNames are single settlements (municipalities and communities).
COMMUNITY_COUNTRIES = frozenset({"CY"})

# The precision a settlement stands at for each vague phrase the recogniser reads around it: none or "the city
# of" (the village itself), "near" (around it), an offset (its wider area). A countryside ("rural X") or a
# division word the recogniser reads ("X district") keeps the division's reading.
_SETTLEMENT_PRECISION = {None: WHERE_PREC_EXACT, "city": WHERE_PREC_EXACT, "near": WHERE_PREC_NEAR,
                         "offshore": WHERE_PREC_NEAR, "offset": WHERE_PREC_ADMIN2}


def community_precision(country: Optional[str], feature_code: str, vague: Optional[str],
                        approximate: bool = False) -> Optional[int]:
    """The precision of a second-order division read as the one settlement it is, or None where it is a
    district (another country, another kind of place, or a division word written with it) or stands at a point
    not its own (`approximate`: a district's point lent to a community the tables hold no point of)."""
    if feature_code != "ADM2" or approximate or (country or "") not in COMMUNITY_COUNTRIES:
        return None
    return _SETTLEMENT_PRECISION.get(vague)
