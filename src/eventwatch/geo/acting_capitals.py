"""Names a document makes act as a national government ("Washington said", "Beijing's response")."""
from __future__ import annotations

from typing import Sequence

from eventwatch.geo.name_span import NameSpan


def acting_capital_names(spans: Sequence[NameSpan]) -> frozenset[str]:
    """The names (normalised) that some mention uses as a government (recognition's cue "metonymy") and that
    can be a country's capital, spelled exactly, but not the country itself ("Mexico acts" is the country).

    A town of Indiana or Pennsylvania called Washington does not "say" or "respond" in a wire story; a
    government does, from its capital. So the story's bare dateline "WASHINGTON —" is the capital, however
    many towns of a state the story also names pull toward a namesake. Only the dateline is read so (see the
    resolver): a town's council acts too ("Dublin's council said" in an Ohio paper), and a dateline is where
    a wire story about a government is filed from.
    """
    return frozenset(s.norm for s in spans if not s.locational and s.cue == "metonymy" and not s.demonym
                     and any(c.exact and c.feature_code == "PPLC" for c in s.candidates)
                     and not any(c.exact and c.feature_code.startswith("PCL") for c in s.candidates))
