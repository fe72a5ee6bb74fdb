"""Coordinates written in the text: "33°47′N 44°30′E", "N 36° 12.13' E 37° 8.05'", "lat 33.78, long 44.5".

Documenters and open-source investigators often give a place as a point rather than a name; a point is the
most precise evidence a report can hold, so it must never be lost. The hard part is not parsing but not
reading other numbers as points: news text is full of decimal pairs (prices "1.25, 3.50", scores, versions,
times, temperatures "12°C"). So a form is accepted only where it cannot be anything else:

- a pair whose numbers carry hemisphere letters (N/S before or after the latitude, E/W with the longitude),
  as degrees, degrees and decimal minutes, or degrees, minutes and seconds, written with any of the degree,
  prime and quote characters people type;
- a pair labelled as latitude and longitude ("lat 33.78, long 44.5");
- a bare signed decimal pair ("36.2021, 37.1343") only with a cue word just before it ("coordinates",
  "GPS", "geolocated", "location" ...), or filling a parenthesis with at least two decimals on each number
  (not both exactly two, the shape of prices and scores), or with at least three decimals on both numbers
  and a comma or semicolon between them.

Every value is range-checked (|lat| <= 90, |lon| <= 180, minutes and seconds < 60). MGRS grid references
are read with at least three digits a side (a 100 m square or finer), their letters checked against the
zone and band they name (see `grid_references`).

A coordinate written right beside a name ("the village of X (36.25, 37.21)", "Tall X, at 36.47N 37.10E")
is that name's position: the name becomes the point's place (`name_the_points`), so the report yields one
place, named and exact, rather than a stand-in beside a bare point.
"""
from __future__ import annotations

import dataclasses
import re
from dataclasses import dataclass
from typing import Any, Optional

from eventwatch.geo.grid_references import mgrs_to_latlon
from eventwatch.model import WHERE_PREC_EXACT, Evidence, Place, Toponym

FORM_HEMISPHERE = "hemisphere"  # numbers with N/S and E/W letters (DMS, decimal minutes, decimal degrees)
FORM_LABELLED = "labelled"  # "lat 33.78, long 44.5"
FORM_DECIMAL_PAIR = "decimal pair"  # "36.2021, 37.1343" where nothing else fits
FORM_MGRS = "mgrs"  # "38SMB 44840 88271"
COORDINATE_CUE = "coordinates"  # the cue of a toponym read from a coordinate pair


@dataclass(frozen=True)
class Coordinate:
    """A point written in the text, with the exact span it was read from."""

    start: int
    end: int
    lat: float
    lon: float
    form: str


# -- the characters people type -----------------------------------------------------------------------------
_DEGREE = r"(?:\s?[°º˚]|\s?(?i:deg(?:rees?)?)\b\.?)"
_PRIME = r"(?:[′'’‘`´](?![′'’‘`´])|\s?(?i:min(?:utes?)?)\b\.?)"  # one mark: two of them mark seconds
_DOUBLE_PRIME = r"(?:″|\"|”|“|''|′′|’’|‘‘|\s?(?i:sec(?:onds?)?)\b\.?)"
_HEMISPHERE = r"(?:[NSEW]|[Nn]orth|[Ss]outh|[Ee]ast|[Ww]est)(?![A-Za-z])"
_LABEL = r"(?:(?i:lat(?:itude)?|lon(?:g(?:itude)?)?|lng)\b\.?\s*[:=]?\s*)"
_SEPARATOR = r"\s*(?:[,;/]|\band\b)?\s*"


def _component(p: str) -> str:
    """Degrees, optional minutes and seconds, with their marks; groups named with prefix `p`."""
    return (
        rf"(?P<{p}d>\d{{1,3}}(?:\.\d+)?)(?P<{p}dm>{_DEGREE})?"
        rf"(?:\s?(?P<{p}m>\d{{1,2}}(?:\.\d+)?){_PRIME}"
        rf"(?:\s?(?P<{p}s>\d{{1,2}}(?:\.\d+)?){_DOUBLE_PRIME})?)?"
    )


# Hemisphere after each number ("33°47′N 44°30′E") or before it ("N 36° 12.13' E 37° 8.05'").
_SUFFIXED = re.compile(
    rf"(?<![\w.]){_LABEL}?{_component('a')}\s{{0,2}}(?P<ah>{_HEMISPHERE})"
    rf"{_SEPARATOR}{_LABEL}?{_component('b')}\s{{0,2}}(?P<bh>{_HEMISPHERE})"
)
_PREFIXED = re.compile(
    rf"(?<![A-Za-z]){_LABEL}?(?P<ah>{_HEMISPHERE})\s{{0,2}}{_component('a')}"
    rf"{_SEPARATOR}{_LABEL}?(?P<bh>{_HEMISPHERE})\s{{0,2}}{_component('b')}(?![\d.]\d)"
)
_SIGNED = r"[-−+]?\d{1,3}(?:\.\d+)?"
_LABELLED = re.compile(
    rf"(?<![\w.])(?i:lat(?:itude)?)\b\.?\s*[:=]?\s*(?P<lat>{_SIGNED})(?:\s?°)?"
    rf"{_SEPARATOR}(?i:lon(?:g(?:itude)?)?|lng)\b\.?\s*[:=]?\s*(?P<lon>{_SIGNED})(?:\s?°)?(?![\d.]\d)"
)
_MGRS = re.compile(
    r"(?<![\w.])(?P<zone>[1-9]|[1-5]\d|60)\s?(?P<band>[C-HJ-NP-X])\s?(?P<col>[A-HJ-NP-Z])(?P<row>[A-HJ-NP-V])"
    r"\s?(?P<e>\d{3,5})\s?(?P<n>\d{3,5})(?![\w.]\d|\w)"
)
_DECIMAL_PAIR = re.compile(
    r"(?<![\w.,:/$£€¥+−-])(?P<lat>[-−]?\d{1,2}\.(?P<latd>\d+))(?P<sep>\s*[,;]\s*|\s+)"
    r"(?P<lon>[-−]?\d{1,3}\.(?P<lond>\d+))(?![\w%°º˚′'’]|\.\d)"
)

# Words that say the numbers after them are a position (looked for just before a bare decimal pair).
_CUE = re.compile(
    r"(?i)\b(?:co-?ordinates?|coords?|gps|geo-?locat\w*|lat(?:itude)?\s*[/,&]\s*(?:lon(?:g(?:itude)?)?|lng)|"
    r"locations?|located|position(?:ed)?|pinpointed|grid)\b[^.!?\n]{0,25}$"
)
# What makes a decimal pair a list, a range or an amount instead: another number joined on either side,
# a currency before it, a unit or a percent after it.
_NUMBER_BEFORE = re.compile(r"\d\s*(?:[,;–]|\b(?:and|or|to)\b)\s*$")
_NUMBER_AFTER = re.compile(r"\s*(?:[,;–]|\b(?:and|or|to)\b)\s*[-−]?\d")
_AMOUNT_BEFORE = re.compile(r"(?:[$£€¥]|\b(?:USD|EUR|GBP|Rs|rs|SYP|IQD)\.?)\s*$")
_UNIT_AFTER = re.compile(r"\s*(?:%|(?i:per\s?cent|percent|km|kms|miles?|mi|metres?|meters?|m|kg|tons?|tonnes?|"
                         r"million|billion|bn|mn|points?|pts|hours?|hrs?|h|mph|knots|kts)\b)")
# Cheap looks for what each form needs (a degree mark or word, a decimal followed by a hemisphere letter or by
# another number, a latitude word, a grid square), so ordinary text costs a few scans and a form's pattern
# is searched only where its marks are.
_DEGREE_MARKS = ("°", "º", "˚")
_DECIMAL_THEN_NUMBER = re.compile(r"\.\d+[\s,;]*[-−]?\d")
_DECIMAL_THEN_LETTER = re.compile(r"\.\d+['’′]?[\s,;/]*[NSEWnsew](?![a-z])")
_GRID_SQUARE = re.compile(r"[C-HJ-NP-X]\s?[A-HJ-NP-Z][A-HJ-NP-V]\s?\d{3}")
_LAT_WORD = re.compile(r"lat(?:itude)?\b")  # literal starts: fast to search
_DEGREE_WORD = re.compile(r"deg(?:rees?)?\b")


def _has_word(low: str, word: re.Pattern) -> bool:
    return any(m.start() == 0 or not low[m.start() - 1].isalpha() for m in word.finditer(low))


def find_coordinates(text: str) -> list[Coordinate]:
    """Every coordinate pair or MGRS reference written in `text`, in order, none overlapping another (where
    two readings overlap, the one starting first, then the longer, is kept)."""
    low = text.lower()
    lat_word = _has_word(low, _LAT_WORD)
    forms = []
    if any(mark in text for mark in _DEGREE_MARKS) or _DECIMAL_THEN_LETTER.search(text) \
            or _has_word(low, _DEGREE_WORD):
        forms += [(_SUFFIXED, _hemisphere_pair), (_PREFIXED, _hemisphere_pair)]
    if lat_word:
        forms.append((_LABELLED, _labelled_pair))
    if _DECIMAL_THEN_NUMBER.search(text):
        forms.append((_DECIMAL_PAIR, lambda m: _decimal_pair(text, m)))
    if _GRID_SQUARE.search(text):
        forms.append((_MGRS, _grid_reference))
    found: list[Coordinate] = []
    for pattern, read in forms:
        found += _readings(text, pattern, read)
    found.sort(key=lambda c: (c.start, -c.end))
    out: list[Coordinate] = []
    for c in found:
        if not out or c.start >= out[-1].end:
            out.append(c)
    return out


def parse_coordinate(expression: str) -> Optional[tuple[float, float]]:
    """(lat, lon) of a text that is exactly one coordinate expression, else None."""
    text = expression.strip()
    for c in find_coordinates(text):
        if c.start == 0 and c.end == len(text):
            return c.lat, c.lon
    return None


def _readings(text: str, pattern: re.Pattern, read) -> list[Coordinate]:
    """Each match `read` accepts. A rejected match is searched again one character on: "5.5 N 33°47′N
    44°30′E" first matches the wrong pair, and the true one starts inside it."""
    out: list[Coordinate] = []
    pos = 0
    while True:
        m = pattern.search(text, pos)
        if m is None:
            return out
        c = read(m)
        if c is not None:
            out.append(c)
            pos = m.end()
        else:
            pos = m.start() + 1


# -- reading one match --------------------------------------------------------------------------------------


def _angle(m: re.Match, p: str) -> Optional[float]:
    """Degrees of one component, or None when its parts are out of range or not a plausible notation."""
    d, m_, s = m.group(f"{p}d"), m.group(f"{p}m"), m.group(f"{p}s")
    if m.group(f"{p}dm") is None and (m_ is not None or "." not in d):
        return None  # "33 N 44 E", "5 10' N": without a degree mark only decimal degrees are read
    value = float(d)
    if m_ is not None:
        if "." in d or float(m_) >= 60:
            return None
        value += float(m_) / 60
        if s is not None:
            if "." in m_ or float(s) >= 60:
                return None
            value += float(s) / 3600
    return value


def _hemisphere_pair(m: re.Match) -> Optional[Coordinate]:
    a, b = _angle(m, "a"), _angle(m, "b")
    if a is None or b is None:
        return None
    ha, hb = m.group("ah")[0].upper(), m.group("bh")[0].upper()
    if ha in "NS" and hb in "EW":
        lat, lon = (a, ha), (b, hb)
    elif ha in "EW" and hb in "NS":
        lat, lon = (b, hb), (a, ha)
    else:
        return None
    value_lat = -lat[0] if lat[1] == "S" else lat[0]
    value_lon = -lon[0] if lon[1] == "W" else lon[0]
    return _checked(m.start(), m.end(), value_lat, value_lon, FORM_HEMISPHERE)


def _labelled_pair(m: re.Match) -> Optional[Coordinate]:
    lat, lon = _signed(m.group("lat")), _signed(m.group("lon"))
    return _checked(m.start(), m.end(), lat, lon, FORM_LABELLED)


def _decimal_pair(text: str, m: re.Match) -> Optional[Coordinate]:
    start, end = m.start(), m.end()
    before, after = text[max(0, start - 80) : start], text[end : end + 16]
    if _NUMBER_BEFORE.search(before) or _NUMBER_AFTER.match(after) or _AMOUNT_BEFORE.search(before) \
            or _UNIT_AFTER.match(after):
        return None
    lat, lon = _signed(m.group("lat")), _signed(m.group("lon"))
    places = (len(m.group("latd")), len(m.group("lond")))
    listed = m.group("sep").strip() in (",", ";")
    if _CUE.search(before):
        pass  # "GPS 36.2021 37.1343", "coordinates: 33.78, 44.5"
    elif re.search(r"\(\s*$", before) and re.match(r"\s*\)", after) and listed:
        if min(places) < 2 or places == (2, 2) or (abs(lat) < 1 and abs(lon) < 1):
            return None  # "(1.25, 3.50)" is a price pair; "(0.452, 0.671)" an interval
    elif not (listed and min(places) >= 3) or (abs(lat) < 1 and abs(lon) < 1):
        return None
    return _checked(start, end, lat, lon, FORM_DECIMAL_PAIR)


def _grid_reference(m: re.Match) -> Optional[Coordinate]:
    """An MGRS reference: "38SMB 44840 88271", "38S MB 4484088271" (digits split evenly when run together)."""
    e, n = m.group("e"), m.group("n")
    if len(e) != len(n):
        digits = e + n
        if len(digits) % 2 or len(digits) < 6:
            return None
        e, n = digits[: len(digits) // 2], digits[len(digits) // 2 :]
    point = mgrs_to_latlon(int(m.group("zone")), m.group("band"), m.group("col"), m.group("row"), e, n)
    return None if point is None else _checked(m.start(), m.end(), point[0], point[1], FORM_MGRS)


def _signed(number: str) -> float:
    return float(number.replace("−", "-"))


def _checked(start: int, end: int, lat: float, lon: float, form: str) -> Optional[Coordinate]:
    if abs(lat) > 90 or abs(lon) > 180 or (lat == 0 and lon == 0):
        return None
    return Coordinate(start, end, round(lat, 6), round(lon, 6), form)


# -- a coordinate as a place ----------------------------------------------------------------------------------


def coordinate_name(lat: float, lon: float) -> str:
    """A point written the way people read it, to four decimals (about 10 m): "33.7830°N 44.5000°E"."""
    return f"{abs(lat):.4f}°{'S' if lat < 0 else 'N'} {abs(lon):.4f}°{'W' if lon < 0 else 'E'}"


def coordinate_toponym(text: str, coordinate: Coordinate, nearest: Optional[tuple[Any, float]], *,
                       document_id: str = "", sentence: Optional[tuple[int, int]] = None) -> Toponym:
    """The toponym of a coordinate pair: its exact point at precision 1, in the country and first-level
    division of the nearest town (`nearest`: a gazetteer candidate and its distance in km, or None when no
    town is near, and then no country is claimed). The nearest town is kept as the only alternative, with
    its distance, so a reader sees what the point lies next to."""
    start, end = coordinate.start, coordinate.end
    raw = text[start:end]
    s0, s1 = sentence or (start, end)
    evidence = Evidence(document_id, "location", raw, start, end, text[s0:s1], s0)
    place = Place(name=coordinate_name(coordinate.lat, coordinate.lon), lat=coordinate.lat, lon=coordinate.lon,
                  precision=WHERE_PREC_EXACT, raw=raw, evidence=evidence)
    if nearest is not None:
        town, km = nearest
        place.country_code = town.country_code
        place.admin1 = town.admin1 or None
        alternative = town.to_dict()
        alternative["relation"] = "nearest place"
        alternative["distance_km"] = round(km, 1)
        place.alternatives = [alternative]
    return Toponym(start, end, raw, place, True, COORDINATE_CUE)


# -- a coordinate beside a name ---------------------------------------------------------------------------------

NAMED_POINT_CUE = "named point"  # the cue of a name a coordinate is written beside ("X (36.25, 37.21)")
# How near a reading of a name must lie to the point written beside it to be the reading meant: UCDP's
# "near a known place" radius.
NAMED_POINT_KM = 25.0
# What may stand between a name and the coordinate that places it: an opening bracket ("Kafr X (36.25,
# 37.21)"), or a comma or dash, perhaps "at", "located at", "at coordinates", "GPS:" ("Tall X, at 36.47N 37.10E").
_BESIDE = re.compile(
    r"\s*(?:[(\[]\s*|(?:[,–—-]\s*)?(?:(?:(?:located|situated)\s+)?at\s+)?"
    r"(?:(?:the\s+)?(?:co-?ordinates?|gps|grid(?:\s+reference)?|position)\s*:?\s*)?)",
    re.IGNORECASE,
)


def beside(text: str, name_end: int, coordinate: Coordinate) -> bool:
    """Whether the coordinate is written right after a name that ends at `name_end`, as the name's position
    (nothing but a bracket, a comma, "at" or a coordinate word between them)."""
    return name_end <= coordinate.start and coordinate.start - name_end <= 40 \
        and _BESIDE.fullmatch(text, name_end, coordinate.start) is not None


def name_before(text: str, spans: list, coordinate: Coordinate) -> Optional[int]:
    """Index of the name in `spans` (anything with `start`, `end` and `locational`, in text order) that the
    coordinate is written beside, or None. The name ending last before the point is the one it places: a
    facility rather than the town inside its name."""
    before = [k for k, s in enumerate(spans) if s.end <= coordinate.start and s.locational
              and getattr(s, "cue", None) != COORDINATE_CUE]
    if not before:
        return None
    best = max(before, key=lambda k: (spans[k].end, -spans[k].start))
    return best if beside(text, spans[best].end, coordinate) else None


def name_the_points(text: str, toponyms: list[Toponym]) -> None:
    """Give each coordinate written beside a name to that name (in place), so a report that names a place and
    gives its position yields one place: the name's, at the written point.

    An unresolved name ("the village of Kafr X (36.25, 37.21)") gets the point as its place, at precision 1,
    in the country and division of the town nearest the point, its evidence spanning the name and the
    coordinate. A resolved name keeps the reading that lies within 25 km of the point, if one of its
    alternatives does and its chosen reading does not ("Tall X" in Syria rather than a namesake elsewhere);
    the coordinate's own toponym is then named after that reading. A name no reading of which lies near the
    point keeps its reading and the point stays a place of its own."""
    for c in [t for t in toponyms if t.cue == COORDINATE_CUE and t.place is not None and t.place.lat is not None]:
        k = name_before(text, toponyms, Coordinate(c.start, c.end, c.place.lat, c.place.lon, ""))
        if k is None:
            bounds = unknown_name_before(text, c.start)
            if bounds is not None and not any(t.start < bounds[1] and bounds[0] < t.end for t in toponyms):
                name = Toponym(bounds[0], bounds[1], text[bounds[0] : bounds[1]], None, True, NAMED_POINT_CUE)
                name.place = _named_point(text, name, c, name.text)
                c.place = dataclasses.replace(name.place, raw=c.text, alternatives=list(name.place.alternatives))
                toponyms.insert(toponyms.index(c), name)
            continue
        t = toponyms[k]
        point = c.place
        if t.place is None:
            named = _named_point(text, t, c, t.text)
            t.place, t.fallback = named, None
            c.place = dataclasses.replace(named, raw=c.text, alternatives=list(named.alternatives))
            continue
        reading = _nearest_reading(t.place, point.lat, point.lon)
        if reading is None:
            continue
        if reading is not t.place:
            t.place = reading
        named = _named_point(text, t, c, reading.name)
        named.country_code, named.admin1 = reading.country_code or named.country_code, reading.admin1 or named.admin1
        named.admin2 = reading.admin2
        c.place = dataclasses.replace(named, raw=c.text)


# A name the gazetteer may not hold, as written before a coordinate: capitalised words, perhaps joined by an
# Arabic article or a hyphen ("Tell Hamis", "Kafr al-Ward", "Deir Abu-Said"), at most five.
_NAME_WORD = r"(?:(?:[Aa][lnrsdz]|[Ee]l|[Aa]sh)[-‐])?[A-Z][\w’'‘]*(?:[-‐][A-Za-z][\w’'‘]*)*"
_PARTICLE = r"(?:al|el|ad|ar|as|ash|az|an|bin|ibn|abu|umm|de|del|la)"
_UNKNOWN_NAME = re.compile(rf"(?<![\w’'‘-])(?:{_NAME_WORD})(?: (?:{_NAME_WORD}|{_PARTICLE}(?= [A-Z]))){{0,4}}$")


def unknown_name_before(text: str, position: int) -> Optional[tuple[int, int]]:
    """The span of a capitalised name written right before a coordinate at `position` ("Tell Hamis (36.47,
    37.10)"), without the words that only open a sentence or a phrase ("In", "The", "On Monday"), or None.
    A position given with a name is what makes it a place, so the name need not be in any gazetteer."""
    from eventwatch.geo.lexicon import load_cues

    end = next((e for e in range(max(1, position - 40), position + 1)  # the widest gap: "X, at", not "at"
                if text[e - 1].isalpha() and _BESIDE.fullmatch(text, e, position)), None)
    if end is None:
        return None
    m = _UNKNOWN_NAME.search(text, max(0, end - 80), end)
    if m is None:
        return None
    cues = load_cues()
    skip = cues.locative_before | cues.months | {"the", "a", "an", "on", "by", "and", "or", "of"}
    start = m.start()
    for word in re.finditer(r"\S+", text[m.start() : end]):
        if word.group().lower() not in skip:
            start = m.start() + word.start()
            break
    else:
        return None
    if all(w.lower() in cues.months or w.lower() in cues.common_words for w in text[start:end].split()):
        return None  # "Sunday", "Officials": words that open sentences, not names
    return start, end


def _named_point(text: str, name: Toponym, point: Toponym, label: str) -> Place:
    """The written point under the name beside it, its evidence spanning both ("Kafr X (36.25, 37.21)")."""
    p = point.place
    ev = p.evidence
    evidence = Evidence(ev.document_id if ev else "", "location", text[name.start : point.end], name.start, point.end,
                        ev.sentence if ev else "", ev.sentence_start if ev else 0)
    return Place(name=label, lat=p.lat, lon=p.lon, country_code=p.country_code, admin1=p.admin1,
                 precision=WHERE_PREC_EXACT, raw=text[name.start : name.end], evidence=evidence,
                 alternatives=[dict(a) for a in p.alternatives])


def _nearest_reading(place: Place, lat: float, lon: float) -> Optional[Place]:
    """Of a resolved name's reading and its alternatives, the one nearest the point within 25 km, as a Place
    (the chosen reading itself when it is that one), or None when none lies so near."""
    from eventwatch.geo.distances import haversine_km

    options: list[tuple[float, Any]] = []
    if place.lat is not None and place.lon is not None:
        options.append((haversine_km(lat, lon, place.lat, place.lon), place))
    for alt in place.alternatives:
        if alt.get("lat") is not None and alt.get("lon") is not None:
            options.append((haversine_km(lat, lon, alt["lat"], alt["lon"]), alt))
    near = [o for o in options if o[0] <= NAMED_POINT_KM]
    if not near:
        return None
    best = min(near, key=lambda o: o[0])[1]
    if best is place:
        return place
    others = [a for a in place.alternatives if a is not best]
    former = {"name": place.name, "lat": place.lat, "lon": place.lon, "geonames_id": place.geonames_id,
              "country_code": place.country_code, "admin1": place.admin1, "admin2": place.admin2,
              "feature_code": place.feature_code, "precision": place.precision}
    return Place(name=best["name"], lat=best["lat"], lon=best["lon"], geonames_id=best.get("geonames_id"),
                 country_code=best.get("country_code"), admin1=best.get("admin1") or None,
                 admin2=best.get("admin2") or None, precision=best.get("precision") or place.precision,
                 feature_code=best.get("feature_code"), raw=place.raw, evidence=place.evidence,
                 alternatives=[former] + others)


def mark_named_points(text: str, spans: list, coordinates: list[Coordinate]) -> None:
    """Mark each recognised name a coordinate is written beside as firmly a place (in place): a position given
    with a name is the strongest cue a report can give that the name is a place, whatever else it names."""
    for c in coordinates:
        k = name_before(text, spans, c)
        if k is not None:
            spans[k].firm = True
            if spans[k].cue is None:
                spans[k].cue = NAMED_POINT_CUE
