""""The Powell River", "the Peace River rose": a river written with its article is the river, not a town named
after one.

Towns take a river's whole name ("Powell River" in British Columbia, "Peace River" in Alberta), and the
gazetteer often holds them where it lacks the stream. English writes the town bare ("in Powell River") and the
river with "the" ("the mouth of the Powell River"), so a name ending in "River" or "Creek" after "the", whose
readings are only towns, is an unheld river. As geo/features.py reads a feature named after a place ("Lake
Manassas"), the towns' readings are kept as weak ones, believed only where the story's other places lie around
them and at "near" precision; a namesake far from them (a town of British Columbia in a Tennessee story) is not.
A division named for the river ("Red River Parish", "Tana River County") spans its banks and is left as read.

The same holds for the bare name before a lower-case "river" ("crossed the Rusizi river", "drowned in the Tana
river"): the noun, not the name, says the thing is a stream, so a town that holds the bare name (a city's
nickname, a district's seat) is no reading of it; a division named for the river ("the Yobe river", Yobe State)
spans its banks and is kept as the only reading, and not made weak: weighed by the distance from its centroid,
a state would lose even beside its own towns. Where the gazetteer holds the stream,
geo/natural_features.mark_kind_nouns has already widened the phrase over the noun and this leaves it alone.
"""
from __future__ import annotations

import re
from typing import TYPE_CHECKING

from eventwatch.geo.natural_features import FEATURE_CODES

if TYPE_CHECKING:
    from eventwatch.geo.name_span import NameSpan

_STREAM_WORDS = frozenset({"river", "creek"})
_ARTICLE_BEFORE = re.compile(r"(?:^|[^\w])[Tt]he\s+$")
# A capitalised word after the name carries it on into another thing's name ("the Fall River Police").
_NAME_GOES_ON = re.compile(r"\s+[A-Z]")
# "the Rusizi river", "the Awash river basin": a lower-case stream noun right after the bare name, with no
# capitalised word after it carrying the whole on into an institution's name.
_LOWER_STREAM_AFTER = re.compile(r" (?:river|creek)\b(?!\s+[A-Z])")


def unheld_rivers(text: str, spans: list["NameSpan"]) -> None:
    """Read "the X River" whose readings are only towns as an unheld river (cue "feature"), the towns weak."""
    for s in spans:
        words = s.norm.split()
        if len(words) < 2 or words[-1] not in _STREAM_WORDS or not s.candidates or s.demonym or not s.locational:
            continue
        if any(c.feature_code in FEATURE_CODES or c.feature_code.startswith("ADM") for c in s.candidates):
            continue  # the river itself, or a division named for it that spans its banks ("Tana River County")
        if not _ARTICLE_BEFORE.search(text[max(0, s.start - 5) : s.start]) or _NAME_GOES_ON.match(text, s.end):
            continue
        s.cue, s.vague, s.weak = "feature", "near", True
    for s in spans:
        if not s.candidates or s.demonym or not s.locational or s.norm.split()[-1] in _STREAM_WORDS \
                or s.phrase_end > s.end or not _LOWER_STREAM_AFTER.match(text, s.end):
            continue  # a held river's phrase already runs over the noun (geo/natural_features.mark_kind_nouns)
        if any(c.feature_code in FEATURE_CODES for c in s.candidates):
            continue
        if not _ARTICLE_BEFORE.search(text[max(0, s.start - 5) : s.start]):
            continue
        divisions = [c for c in s.candidates if c.feature_code.startswith("ADM")]
        if divisions:
            s.candidates = divisions  # "the Yobe river": the state named for it spans its banks; a town does not
        else:
            s.cue, s.vague, s.weak = "feature", "near", True
