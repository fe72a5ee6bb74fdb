"""A name written before a road number ("Lyle Road 7", "Perth Rd. 20") is the county the road belongs to.

Counties in Ontario (and some elsewhere) number their roads and sign them with the county's name: "Wellington
Road 7" is the seventh road of Wellington County, not a road of the town. A town's road is named for a place it
leads to and carries no number after "Road"; "Lyle County Road 12" names its county outright. So a name
asked for on its own (a span given to `resolve_names`) followed by "Road" and a number is read as the
namesake county, the best-scoring such reading (the story's province settles which), where the name has one.
"""
from __future__ import annotations

import re
from typing import Optional, Sequence

from eventwatch.geo.derive import core_name
from eventwatch.geo.gazetteer import Candidate
from eventwatch.geo.reading_priors import ADMIN2_CODES

_ROAD_NUMBER = re.compile(r"[ \t]+(?:Road|Rd\.?)[ \t]+\d{1,3}(?![\w-])")


def road_number_after(text: str, end: int) -> bool:
    """Whether "Road" and a number follow the name ending at `end` ("Wellington Road 7")."""
    return _ROAD_NUMBER.match(text, end) is not None


def county_road_reading(text: str, end: int, norm: str, ranked: Sequence[tuple[float, Candidate]]
                        ) -> Optional[Candidate]:
    """The county reading of the name ending at `end` when a road number follows it, else None.

    `norm` is the name as normalised, `ranked` its scored readings."""
    if not road_number_after(text, end):
        return None
    core = core_name(norm)
    return next((c for _sc, c in sorted(ranked, key=lambda x: -x[0])
                 if c.feature_code in ADMIN2_CODES and c.lat is not None and core_name(c.name) == core), None)
