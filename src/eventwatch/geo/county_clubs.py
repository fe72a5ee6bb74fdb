"""Football clubs named "Town County" in British sports copy ("Stockport County", "Notts County").

In Britain a county is never written after a town's name as a place: the counties are "Kent" or "County
Durham", so "Derby County" in a match report is the club, while in the United States "Madison County" is a
county in any story (and its school's side as well, which the team rules read). Only a name read as a
British town, with no division of its name in another country, is taken for the club, and only where the
document has a word of sport ("league", "fixture"): Irish councils ("Kerry County Council") are named so,
and stay out by their country.
"""
from __future__ import annotations

from eventwatch.geo.name_span import NameSpan

# Countries where "X County" after a town's name is a club's name, not a division's.
_CLUB_COUNTRIES = frozenset({"GB"})


def town_county_club(span: NameSpan, words: list[str]) -> bool:
    """Whether `span`, written as `words`, is a "Town County" club: two or more words ending in a capitalised
    "County", read as a British place, with no county or other division of that name elsewhere (a town of
    the name abroad, "Barnsley" in Queensland, is no county)."""
    if len(words) < 2 or words[-1] != "County" or not span.candidates:
        return False
    if not any(c.country_code in _CLUB_COUNTRIES for c in span.candidates):
        return False
    return all(c.country_code in _CLUB_COUNTRIES for c in span.candidates if c.feature_code.startswith("ADM"))
