"""A bearing off a land ("south of Tonga", "near Grenada") names the land, not a namesake town abroad.

A name after "near" or a compass bearing ("north of X", "west of X") reads as a town's ground: one says "near
Lebanon" of the Pennsylvania town more often than of the country. But weather and shipping copy takes its
bearings off whole islands and small states ("the cyclone will weaken south of Tonga", "boats sank west of
Jamaica", "the storm passed south of Grenada"), and where a town of some thousands shares the country's name in
another land (Tonga in Cameroon, Grenada in Mississippi, Jamaica in Queens) the bearing alone handed it the
name. The bearing places the town only where the story places something else in the town's country: "near
Tonga" in a story of Cameroon's West region is the town; in a story of the South Pacific, the kingdom.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Mapping, Sequence

from eventwatch.geo.gazetteer import Candidate
from eventwatch.geo.name_span import NameSpan

if TYPE_CHECKING:
    from eventwatch.geo.firm_context import _FirmContext

# The vague levels a bearing or "near" gives a name (geo/context_reading.py): around a place, not in it.
_BEARING_VAGUE = frozenset({"near", "offset"})


def bearing_off_a_land(s: NameSpan, said: Mapping[str, Sequence[str]], name: str, town: Candidate,
                       firm: "_FirmContext") -> bool:
    """Whether town `town`, read for name `name` whose mention `s` is placed only by a bearing or "near" (no
    word calling it a town: `said`, the levels its mentions' words fit), lies in a country where the story
    (`firm`, its firm places) places nothing else: then its country's namesake abroad is meant."""
    if s.vague not in _BEARING_VAGUE or "town" in said.get(s.norm, ()):
        return False
    return not any(other != name and p.country_code == town.country_code for other, p in firm.points)
