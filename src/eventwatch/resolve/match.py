"""Does a new mention report an event we already hold? Pure scoring; the store supplies candidates.

Reports of one strike disagree on the weapon (air strike or shelling), the toll and the exact place, but
not on the family of violence, the area or the day. Two strikes on neighbouring towns the same day are
two events: precise places that differ never match.
"""
from __future__ import annotations

from datetime import date as Date
from datetime import timedelta
from typing import Optional

from eventwatch.model import Event, Mention, Place
from eventwatch.resolve.geometry import haversine_km, place_tolerance_km

# Types that sources often confuse for one incident.
COMPATIBLE_TYPES = {
    frozenset({"AIR_STRIKE", "ART_MISS_ATTACK"}),
    frozenset({"AIR_STRIKE", "REM_EXPLOS"}),
    frozenset({"ART_MISS_ATTACK", "REM_EXPLOS"}),
    frozenset({"AIR_STRIKE", "ATTACK"}),
    frozenset({"ART_MISS_ATTACK", "ATTACK"}),
    frozenset({"ARMED_CLASH", "ATTACK"}),
    frozenset({"PEACE_PROTEST", "PROTEST_WITH_INTER"}),
    frozenset({"PEACE_PROTEST", "FORCE_AGAINST_PROTEST"}),
    frozenset({"PROTEST_WITH_INTER", "FORCE_AGAINST_PROTEST"}),
    frozenset({"VIOL_DEMONSTR", "FORCE_AGAINST_PROTEST"}),
    frozenset({"ARREST", "ABDUCT_DISSAP"}),
    frozenset({"SUIC_BOMB", "REM_EXPLOS"}),
}
VIOLENT_FAMILIES = {"Battles", "Explosions/Remote violence", "Violence against civilians"}
THRESHOLD = 0.5


def types_compatible(mention: Mention, event: Event) -> bool:
    if mention.event_type == event.event_type:
        return True
    if frozenset({mention.event_type, event.event_type}) in COMPATIBLE_TYPES:
        return True
    # A denial rarely names the weapon the way the accusation did: any violent family will do. A claim of
    # responsibility (ATTRIB) refers to whatever violent event it claims.
    if mention.event_type == "ATTRIB" and event.event_family in VIOLENT_FAMILIES:
        return True
    if mention.modality == "denied" and event.event_family in VIOLENT_FAMILIES:
        return mention.event_family in VIOLENT_FAMILIES
    return mention.event_family == event.event_family and mention.event_family != "Other"


def _day(value: Optional[str]) -> Optional[Date]:
    try:
        return Date.fromisoformat(value) if value else None
    except ValueError:
        return None


# The days a dated value may stand for, by UCDP precision: a week or a month is dated by its first day
# (extract.dates), a publication-date fallback (2) by the days before the report.
_PERIOD = {1: (0, 0), 2: (-6, 0), 3: (0, 6), 4: (0, 30), 5: (0, 365)}
_SLACK = {1: 1, 2: 1, 3: 1, 4: 2, 5: 7}  # reports of one event may disagree by this much beyond the period


def date_interval(day: Date, precision: int) -> tuple[Date, Date]:
    before, after = _PERIOD.get(precision, (0, 365))
    return day + timedelta(days=before), day + timedelta(days=after)


def candidate_dates(day: Date, precision: int, stored_precision: int) -> tuple[Date, Date]:
    """The range of stored dates (of that precision) that `date_score` could accept: what the store scans."""
    a0, a1 = date_interval(day, precision)
    before, after = _PERIOD.get(stored_precision, (0, 365))
    slack = max(_SLACK.get(precision, 7), _SLACK.get(stored_precision, 7))
    return a0 - timedelta(days=slack + after), a1 + timedelta(days=slack - before)


def date_score(mention: Mention, event: Event) -> Optional[float]:
    a, b = _day(mention.date), _day(event.date)
    if a is None or b is None:
        return 0.3
    (a0, a1), (b0, b1) = date_interval(a, mention.date_precision), date_interval(b, event.date_precision)
    gap = max(0, (b0 - a1).days, (a0 - b1).days)
    if mention.date_precision == 1 and event.date_precision == 1:
        return 1.0 if gap == 0 else None  # two exact, different days: the same town on two days is two events
    slack = max(_SLACK.get(mention.date_precision, 7), _SLACK.get(event.date_precision, 7))
    if gap > slack:
        return None
    # Inside a vague period every day is as likely: the score falls with the gap, not with the offset.
    return 1.0 - gap / (slack + 1)


def casualty_agreement(mention: Mention, event: Event) -> float:
    """Tie-breaker between candidates: the same toll points to the same incident."""
    score = 0.0
    for kind in ("killed", "injured"):
        a, b = getattr(mention.casualties, kind), getattr(event.casualties, kind)
        if a is None or b is None or a.best is None or b.best is None:
            continue
        low, high = (b.low if b.low is not None else b.best), (b.high if b.high is not None else b.best)
        if low <= a.best <= high:
            score += 0.05
        elif max(a.best, b.best) > 3 * max(1, min(a.best, b.best)):
            score -= 0.05
    return score


def place_score(a: Optional[Place], b: Optional[Place]) -> Optional[float]:
    if a is None or b is None or a.lat is None or b.lat is None:
        return 0.3
    if a.precision <= 2 and b.precision <= 2 and a.geonames_id and b.geonames_id and a.geonames_id != b.geonames_id:
        if haversine_km(a.lat, a.lon, b.lat, b.lon) > 2.0:
            return None
    if a.country_code and b.country_code and a.country_code != b.country_code:
        return None
    if a.precision > 2 or b.precision > 2:
        # one of them only knows the area: the precise one must lie inside it
        coarse, fine = (a, b) if a.precision >= b.precision else (b, a)
        if coarse.precision in (3, 4) and coarse.admin1 and fine.admin1 and coarse.admin1 != fine.admin1:
            return None
    distance = haversine_km(a.lat, a.lon, b.lat, b.lon)
    tolerance = place_tolerance_km(a.precision, b.precision)
    if distance > tolerance:
        return None
    return 1.0 - distance / (tolerance + 1)


def match_score(mention: Mention, event: Event) -> Optional[float]:
    """A score in (0, 1] when `mention` may report `event`, else None."""
    if not types_compatible(mention, event):
        return None
    d = date_score(mention, event)
    if d is None:
        return None
    p = place_score(mention.location, event.location)
    if p is None:
        return None
    if mention.location is None and mention.date is None:
        return None  # nothing to anchor it: never merge on type alone
    t = 1.0 if mention.event_type == event.event_type else 0.7
    score = 0.4 * p + 0.4 * d + 0.2 * t + casualty_agreement(mention, event)
    return score if score >= THRESHOLD else None


def best_match(mention: Mention, candidates: list[Event]) -> Optional[Event]:
    scored = [(s, e) for e in candidates if (s := match_score(mention, e)) is not None]
    if not scored:
        return None
    return max(scored, key=lambda pair: (pair[0], pair[1].id))[1]
