"""A name's own spelling before a look-alike that the story does not support.

Why: a loose spelling reaches from a name to bigger towns abroad ("Sancheong" ~ Xuancheng, a Chinese city of
770,000), whose size outranks the place that bears the name exactly (Sancheong-gun, a South Korean county held
under its title). The resolver believes a look-alike only where the story points to its country
(resolve.Resolver._credible); refused, it left the name with no reading at all, though a place spelled as the
text writes it was among the readings. The best-ranked exact reading that is a town or a division is then read
instead, as a short name's is (resolve.Resolver._short_match): the writer spelled that place's name.
"""
from __future__ import annotations

from typing import Optional, Sequence

from eventwatch.geo.gazetteer import Candidate


def exact_fallback(ranked: Sequence[tuple[float, Candidate]]) -> Optional[tuple[float, Candidate]]:
    """The best-ranked (score, reading) spelled exactly as written that is a town or a division, or None."""
    return next(((sc, c) for sc, c in ranked
                 if c.exact and c.feature_code.startswith(("PPL", "ADM"))), None)
