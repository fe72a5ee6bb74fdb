"""A second-order division with a town of its own at its seat is a district of a province, not a part of a city.

"The X district of Y" names either a part of the town Y ("the Hodan district of Mogadishu") or a district of
the province Y shares its name with ("the Nong Chik district of Pattani"). A district's distance from Y's point
does not tell them apart where the province's districts crowd its capital (Thailand's amphoes lie 8 to 30 km
from their provincial town). The tables do: a rural district's seat is a town of its own, filed as a populated
place with people at the district's point, while a city's sections (Sheikh Othman, al-Qahira, Hodan) have no
such town, or one of no recorded population (GeoNames files city sections with none).
"""
from __future__ import annotations

from eventwatch.geo.derive import core_name
from eventwatch.geo.distances import haversine_km
from eventwatch.geo.gazetteer import similarity
from eventwatch.model import Place

# How far from the district's point its seat may lie: GeoNames sets a district's point at its seat town.
_SEAT_KM = 2.0


def has_own_seat(district: Place) -> bool:
    """Whether a second-order division's readings hold a peopled town of its name at its point, in its province."""
    if not (district.feature_code or "").startswith("ADM2") or district.lat is None:
        return False
    name = core_name(district.name)
    for alt in district.alternatives:
        if not str(alt.get("feature_code") or "").startswith("PPL") or alt.get("feature_code") == "PPLX" \
                or not alt.get("population") or alt.get("lat") is None or alt.get("admin1") != district.admin1 \
                or alt.get("country_code") != district.country_code:
            continue
        seat = core_name(str(alt.get("name") or ""))
        # "Amphoe Nong Chik" holds "Nong Chik": a district's name may carry its division word
        if haversine_km(district.lat, district.lon, alt["lat"], alt["lon"]) <= _SEAT_KM \
                and (bool(seat) and seat in name or similarity(seat, name) >= 80):
            return True
    return False
