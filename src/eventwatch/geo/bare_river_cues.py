"""Whether a river's or a range's bare name, written without "the", still means the feature by its words.

After "the Kellow River" a story may write the bare "Kellow" for the town the river is named with ("shops in
Kellow"), or, more loosely, for the river itself; the words around the name tell which. The feature is meant
where the name is the subject of what water does ("Kellow flows into the lake", "Kellow is drying up"), owns a
part of a river or a range ("Kellow's banks", "Kellow's peaks"), or follows a word that sets it as water or as
a range ("along Kellow", "the banks of Kellow", "farmers who irrigate from Kellow", "flows into Kellow",
"villages across Brannoch" for a range). A town never flows, floods or freezes.
"""
from __future__ import annotations

import re

# What water does, after the bare name and at most an auxiliary and an adverb: "flows", "is drying", "has risen".
_WATER_VERB_AFTER = re.compile(
    r"(?:\s+(?:is|was|are|were|has|had|have)(?:\s+(?:been|now|still|slowly|fast|already|steadily))?)?\s+"
    r"(?:flows?|flowed|flowing|rose|rises|risen|rising|froze|freezes|frozen|freezing|burst|bursts|flooded|floods"
    r"|flooding|overflowed|overflows|overflowing|dried|drying|dries|shrinking|shrank|shrinks|shrunk|swelled"
    r"|swollen|swelling|swells|receded|recedes|receding|drains|drained|empties|emptied|meanders)\b")
# A part of the river or the range that the bare name owns: "Kellow's banks", "Brannoch's peaks".
_OWNED_PART_AFTER = re.compile(
    r"['’]s?\s+(?:banks?|waters|riverbed|bed|mouth|source|level|current|delta|estuary|shores?|slopes?|peaks?"
    r"|summits?|foothills|ridges?|passes)\b")
# Words right before the bare name that set it as water: a part of a river "of" it, "along", a verb drawing water
# "from" it or pouring "into" it.
_WATER_CUE_BEFORE = re.compile(
    r"(?:\b(?:banks?|mouth|waters|shores?|source|bed|length|course)\s+of|\balong|\bbridges?\s+(?:over|across)"
    r"|\b(?:irrigates?|irrigated|irrigating|draws?|drew|drawn|drawing|pumps?|pumped|pumping)\s+(?:\w+\s+)?from"
    r"|\b(?:flows?|flowed|flowing|drains?|drained|draining|empties|emptied|emptying|spills?|spilled|spilling)"
    r"\s+into)\s+\Z")
# Words right before the bare name that set it as a range's ground: "villages across Brannoch", "snow over it".
_RANGE_CUE_BEFORE = re.compile(r"\b(?:across|over|throughout|slopes\s+of|foothills\s+of|peaks\s+of)\s+\Z")


def feature_still_meant(text: str, start: int, end: int, code: str) -> bool:
    """Whether the bare name at text[start:end], after the story named a river ("STM") or a range ("MTS") of
    that name, is still the feature by the words around it (see above)."""
    before = text[max(0, start - 40) : start]
    if _WATER_CUE_BEFORE.search(before) is not None or _OWNED_PART_AFTER.match(text, end) is not None:
        return True
    if code == "MTS":
        return _RANGE_CUE_BEFORE.search(before) is not None
    return _WATER_VERB_AFTER.match(text, end) is not None
