"""A second-order division with a town of its own at its seat is a district of a province, not a part of a city.

"The X district of Y" names either a part of the town Y ("the Hodan district of Mogadishu") or a district of
the province Y shares its name with ("the Nong Chik district of Pattani"). A district's distance from Y's point
does not tell them apart where the province's districts crowd its capital (Thailand's amphoes lie 8 to 30 km
from their provincial town). The tables do: a rural district's seat is a town of its own, filed as a populated
place with people at the district's point, while a city's sections (Sheikh Othman, al-Qahira, Hodan) have no
such town, or one of no recorded population (GeoNames files city sections with none).

A big city's districts are the exception: GeoNames files many as peopled towns of their own, counted in hundreds of
thousands ("Çankaya" in Ankara, "Iztapalapa" in Mexico City, "Bağcılar" in Istanbul). A seat town that size within
reach of the named town is a part of that town's sprawl, not a rural district's seat: a province's rural district
seats are small towns (Nong Chik 11,000; Tha Muang 27,000). The seat's own count stands in for the holding town's,
which a resolved place does not carry.
"""
from __future__ import annotations

from eventwatch.geo.derive import core_name
from eventwatch.geo.distances import haversine_km
from eventwatch.geo.gazetteer import similarity
from eventwatch.model import Place

# How far from the district's point its seat may lie: GeoNames sets a district's point at its seat town.
_SEAT_KM = 2.0
# The most people a rural district's seat town holds; more is a city's district filed as a town of its own.
_SEAT_MAX_POPULATION = 50_000


def has_own_seat(district: Place) -> bool:
    """Whether a second-order division's readings hold a small peopled town of its name at its point, in its
    province (a rural district's seat, not a city's district filed as a town)."""
    if not (district.feature_code or "").startswith("ADM2") or district.lat is None:
        return False
    name = core_name(district.name)
    # of several matching readings, the largest decides: a city's district filed twice (a small PPL and the
    # populous PPLA3) is still the city's
    largest = 0
    for alt in district.alternatives:
        if not str(alt.get("feature_code") or "").startswith("PPL") or alt.get("feature_code") == "PPLX" \
                or not alt.get("population") or alt.get("lat") is None or alt.get("admin1") != district.admin1 \
                or alt.get("country_code") != district.country_code:
            continue
        seat = core_name(str(alt.get("name") or ""))
        # "Amphoe Nong Chik" holds "Nong Chik": a district's name may carry its division word (whole words: "Ban"
        # is no seat of "Bang Khen")
        if haversine_km(district.lat, district.lon, alt["lat"], alt["lon"]) <= _SEAT_KM \
                and (bool(seat) and f" {seat} " in f" {name} " or similarity(seat, name) >= 80):
            largest = max(largest, int(alt["population"]))
    return 0 < largest < _SEAT_MAX_POPULATION
