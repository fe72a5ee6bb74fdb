"""A mountain, a lake, a river or a sea is never a government, a team or a people: it stays the ground.

The readings of metonymy (geo/associative.py, geo/acting_places.py) ask what a name's clause does with it: the
subject of a deed after an aside ("X, the largest ..., erupted"; "X, once vast, has shrunk") is read as the
body that governs X. That holds for countries, capitals and towns, whose councils and governments act, but no
authority is named after a volcano or a lake: "Mount Etna, the tallest volcano in Europe, erupted" is the
volcano itself. A name is kept as the ground where every exact reading of it is such a feature, so a name
shared with a country or a town ("Chad", "Jordan") is left to the metonymy rules.
"""
from __future__ import annotations

from typing import Sequence

from eventwatch.geo.name_span import NameSpan

# Physical features (GeoNames codes the curated list and the dump use): relief, water and ice. Regions, islands,
# peninsulas and areas are left out: islands and regions are polities or stand for their people often enough
# ("Taiwan", "Crimea", "Kurdistan"); so are gulfs, since "the Gulf" also names the Gulf states ("the Gulf pledged").
NATURAL_CODES = frozenset({
    "MT", "MTS", "VLC", "PK", "PKS", "HLL", "HLLS", "RDGE", "PASS", "GLCR", "VAL", "GRGE", "CNYN", "PLAT", "PLN",
    "DSRT", "LK", "LKS", "RSV", "STM", "STMS", "SEA", "OCN", "BAY", "STRT", "CNL", "DLTA", "FLLS", "SWMP",
    "RF", "SHOL",
})


def ground_natural_features(spans: Sequence[NameSpan]) -> None:
    """Turn back the metonymic reading (cue "metonymy") of each name whose exact readings are all natural
    features: the feature is where the deed happens, not who does it."""
    for s in spans:
        if s.locational or s.cue != "metonymy" or s.demonym:
            continue
        exact = [c for c in s.candidates if c.exact]
        if exact and all(c.feature_code in NATURAL_CODES for c in exact):
            s.locational, s.cue = True, None
