"""A name's own spelling before a look-alike that the story does not support.

Why: a loose spelling reaches from a name to bigger towns abroad ("Sancheong" ~ Xuancheng, a Chinese city of
770,000), whose size outranks the place that bears the name exactly (Sancheong-gun, a South Korean county held
under its title). The resolver believes a look-alike only where the story points to its country
(resolve.Resolver._credible); refused, it left the name with no reading at all, though a place spelled as the
text writes it was among the readings. The best-ranked exact reading that is a town or a division is then read
instead, as a short name's is (resolve.Resolver._short_match): the writer spelled that place's name. Only
the place's own name, or the name made from its title ("Sancheong" of "Sancheong-gun"), counts: an alternate name
GeoNames files for a small village abroad (a spelling of a bigger place's name, a local variant) is not the
writer's spelling of that village.
"""
from __future__ import annotations

from typing import Optional, Sequence

from eventwatch.geo.gazetteer import Candidate
from eventwatch.geo.store import NAME_DERIVED, NAME_MAIN


def exact_fallback(ranked: Sequence[tuple[float, Candidate]]) -> Optional[tuple[float, Candidate]]:
    """The best-ranked (score, reading) spelled exactly as written, by the place's own name or one made from its
    title, that is a town or a division, or None."""
    return next(((sc, c) for sc, c in ranked
                 if c.exact and c.kind in (NAME_MAIN, NAME_DERIVED) and c.feature_code.startswith(("PPL", "ADM"))),
                None)
