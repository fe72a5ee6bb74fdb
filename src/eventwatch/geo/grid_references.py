"""MGRS grid references ("38SMB 44840 88271") as latitude and longitude, on the WGS84 ellipsoid.

Military and NGO reports give positions as MGRS references. A reference names a UTM zone, a latitude band,
a 100 km square (column and row letters) and an easting and northing inside it; the UTM point is then
turned into latitude and longitude with Krüger's series (accurate to well under a metre inside a zone).
Only the modern lettering (WGS84, "AA" scheme) is read; references on old datums use shifted row letters
and would land a few hundred km away, which the band check below then rejects rather than misplaces.
"""
from __future__ import annotations

import math
from typing import Optional

_A = 6378137.0  # WGS84 semi-major axis (m)
_F = 1 / 298.257223563
_K0 = 0.9996
_E0 = 500000.0
_N = _F / (2 - _F)
_RECTIFYING = _A / (1 + _N) * (1 + _N**2 / 4 + _N**4 / 64)
_ALPHA = (_N / 2 - 2 * _N**2 / 3 + 5 * _N**3 / 16, 13 * _N**2 / 48 - 3 * _N**3 / 5, 61 * _N**3 / 240)
_BETA = (_N / 2 - 2 * _N**2 / 3 + 37 * _N**3 / 96, _N**2 / 48 + _N**3 / 15, 17 * _N**3 / 480)
_DELTA = (2 * _N - 2 * _N**2 / 3 - 2 * _N**3, 7 * _N**2 / 3 - 8 * _N**3 / 5, 56 * _N**3 / 15)

BANDS = "CDEFGHJKLMNPQRSTUVWX"  # 8° bands from 80°S; X reaches 84°N
_COLUMNS = ("ABCDEFGH", "JKLMNPQR", "STUVWXYZ")  # 100 km column letters, by zone modulo 3
_ROWS = "ABCDEFGHJKLMNPQRSTUV"  # 100 km row letters, repeating every 2000 km


def band_bounds(band: str) -> tuple[float, float]:
    """Southern and northern latitude of a band letter."""
    k = BANDS.index(band)
    south = -80.0 + 8 * k
    return south, (84.0 if band == "X" else south + 8)


def utm_to_latlon(zone: int, northern: bool, easting: float, northing: float) -> tuple[float, float]:
    """(lat, lon) of a UTM point (Krüger's series, as in Karney 2011, to third order)."""
    xi = (northing - (0.0 if northern else 10_000_000.0)) / (_K0 * _RECTIFYING)
    eta = (easting - _E0) / (_K0 * _RECTIFYING)
    xi_ = xi - sum(b * math.sin(2 * j * xi) * math.cosh(2 * j * eta) for j, b in enumerate(_BETA, 1))
    eta_ = eta - sum(b * math.cos(2 * j * xi) * math.sinh(2 * j * eta) for j, b in enumerate(_BETA, 1))
    chi = math.asin(math.sin(xi_) / math.cosh(eta_))
    lat = chi + sum(d * math.sin(2 * j * chi) for j, d in enumerate(_DELTA, 1))
    lon0 = math.radians(zone * 6 - 183)
    lon = lon0 + math.atan2(math.sinh(eta_), math.cos(xi_))
    return math.degrees(lat), (math.degrees(lon) + 540.0) % 360.0 - 180.0


def central_northing(lat: float) -> float:
    """UTM northing of a latitude on a zone's central meridian (false northing included south)."""
    phi = math.radians(lat)
    e = 2 * math.sqrt(_N) / (1 + _N)
    t = math.sinh(math.atanh(math.sin(phi)) - e * math.atanh(e * math.sin(phi)))
    xi_ = math.atan(t)
    northing = _K0 * _RECTIFYING * (xi_ + sum(a * math.sin(2 * j * xi_) for j, a in enumerate(_ALPHA, 1)))
    return northing if lat >= 0 else northing + 10_000_000.0


def mgrs_to_latlon(zone: int, band: str, column: str, row: str, easting: str,
                   northing: str) -> Optional[tuple[float, float]]:
    """(lat, lon) of the centre of the square an MGRS reference names, or None when the letters cannot
    belong together (a column letter of another zone, a point outside its band or zone).

    `easting` and `northing` are the reference's digit strings (equal length, 1-5 digits: 10 km to 1 m).
    """
    band, column, row = band.upper(), column.upper(), row.upper()
    if not 1 <= zone <= 60 or band not in BANDS or len(easting) != len(northing) or not 1 <= len(easting) <= 5:
        return None
    columns = _COLUMNS[(zone - 1) % 3]
    if column not in columns or row not in _ROWS:
        return None
    cell = 10 ** (5 - len(easting))
    x = (columns.index(column) + 1) * 100_000 + int(easting) * cell + cell / 2
    shift = 5 if zone % 2 == 0 else 0  # even zones letter their rows from F
    y = ((_ROWS.index(row) - shift) % 20) * 100_000 + int(northing) * cell + cell / 2
    south, north = band_bounds(band)
    northern = south >= 0
    # Rows repeat every 2000 km; a band is at most 1330 km tall, so one cycle lies in it. The slack covers
    # the square holding the band's southern edge and southern parallels bending below the central one.
    floor = central_northing(south) - 100_000
    while y < floor:
        y += 2_000_000
    lat, lon = utm_to_latlon(zone, northern, x, y)
    if not (south - 0.5 <= lat <= north + 0.5):
        return None
    centre = zone * 6 - 183
    if abs(((lon - centre) + 540.0) % 360.0 - 180.0) > 9.0:  # zones are 6° wide; Norway's exceptions stay within 9°
        return None
    return lat, lon
