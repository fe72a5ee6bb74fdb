"""A plain or valley that spans provinces holds a village, and the province is named right after it: "قرية X في
سهل الغاب بريف حماة" (a village in the Ghab plain, in rural Hama).

The store gives such a feature no province (the Ghab plain lies across Hama's and Idlib's), so a village standing
in at the feature stands in coarser than the province the report names next, and the event would fall to the
province under another name. The village, in the feature, lies in that province: it stands in there.
"""
from __future__ import annotations

from typing import Sequence

from eventwatch.geo.name_span import NATURAL_FEATURES, SENTENCE_BREAK
from eventwatch.model import Toponym

# Most words between the feature and the province after it ("بريف", "في محافظة").
MAX_GAP_WORDS = 2


def province_past_feature(toponyms: Sequence[Toponym], j: int) -> int:
    """The holder `j`, or the place right after it where `j` is a natural feature with no province and that
    place, in the same country and finer, follows within a few words of the same sentence."""
    o = toponyms[j]
    if o.place is None or o.place.admin1 or (o.place.feature_code or "") not in NATURAL_FEATURES \
            or j + 1 >= len(toponyms):
        return j
    b = toponyms[j + 1]
    ev = o.place.evidence
    if b.place is None or not b.locational or b.place.country_code != o.place.country_code \
            or b.place.precision >= o.place.precision or ev is None or not ev.sentence:
        return j
    if b.start < o.end or b.start > ev.sentence_start + len(ev.sentence):
        return j  # the place after it lies in another sentence (or line): no holder of this village
    gap = ev.sentence[o.end - ev.sentence_start : b.start - ev.sentence_start]
    if "\n" in gap or SENTENCE_BREAK.search(gap) or len(gap.split()) > MAX_GAP_WORDS:
        return j
    return j + 1
