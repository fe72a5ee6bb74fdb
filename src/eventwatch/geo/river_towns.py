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
a state would lose even beside its own towns. Such a division counts only in the story's country (Norway's
Tana is no reading of Kenya's Tana river). "river" must head its phrase: in "the Mopti river port" or "the
Lagos river road" it modifies another noun, and the name is the town's. Where the gazetteer holds the stream,
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
# "the Rusizi river", "the Awash river basin": a lower-case stream noun right after the bare name and heading
# its phrase: what follows ends the phrase (punctuation, a preposition or a clause word), names a part of the
# stream, or is a verb the stream does ("burst", "flooded"). Any other noun after it is what "river" modifies
# ("the Mopti river port", "the Lagos river road", "the Goma river crossing"): a thing of the town's, whose
# name it is; so is a capitalised word carrying the whole on into an institution's name.
_STREAM_PART = (r"basin|valley|valleys|banks?|bed|beds|delta|mouth|estuary|waters|shores?|source|sources|plains?|"
                r"gorge|course|system|tributar(?:y|ies)|floodplain|catchment|headwaters|island|islands")
_PHRASE_ENDS = (r"in|at|on|near|from|to|into|onto|between|along|across|by|and|or|but|which|that|where|when|while|"
                r"after|before|during|since|over|under|with|as|for|of|outside|inside|upstream|downstream|about|"
                r"around|toward|towards|through|off|this|last|early|late|not|is|was|were|are|has|had|have|"
                r"rose|rises|burst|bursts|broke|breaks|swept|sweeps|flows|runs|ran|swells|floods|overflows|"
                r"forms|marks|separates|divides|itself|alone|too|again|yesterday|today|overnight")
# A hyphen joining "river" to a word ends no phrase: "the Mopti river-port", "the Kisangani river-front" are
# compounds as the spaced forms are, and only a part of the stream ("the Yobe river-bank") keeps the river.
_LOWER_STREAM_AFTER = re.compile(
    r" (?:river|creek)\b(?=\s*(?:$|(?!-\w)[^\w\s]|\n)|"
    rf"-(?:{_STREAM_PART})\b|\s+(?:{_STREAM_PART}|{_PHRASE_ENDS}|[a-z]+ed)\b)"
)


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
        divisions = _divisions_on_the_banks(s, spans)
        if divisions:
            s.candidates = divisions  # "the Yobe river": the state named for it spans its banks; a town does not
        else:
            s.cue, s.vague, s.weak = "feature", "near", True


def _divisions_on_the_banks(s: "NameSpan", spans: list["NameSpan"]) -> list:
    """The division readings of a bare name before "river" that may be the ground the river runs through.

    A division named like a stream is one on that stream only in its own country: "the Tana river" in a Kenyan
    story is no Norwegian municipality on another Tana. So where the story's other names place it (each read in
    one country), only divisions of those countries count; where nothing else places it, only those sharing a
    country with the name's town readings (the district a town of the river's mouth lends its name to), or any
    where the name reads as divisions alone ("the Yobe river", Yobe State)."""
    divisions = [c for c in s.candidates if c.feature_code.startswith("ADM")]
    if not divisions:
        return divisions
    story = _story_countries(s, spans)
    if story:
        return [c for c in divisions if c.country_code in story]
    towns = {c.country_code for c in s.candidates if c.exact and not c.feature_code.startswith("ADM")}
    return [c for c in divisions if not towns or c.country_code in towns]


def _story_countries(s: "NameSpan", spans: list["NameSpan"]) -> set:
    """The countries the story's other names put it in: a country named ("in Kenya") or its people ("Kenyan
    police"). Only these: a town, or any other name, may be a word of an organisation's or a person's name not
    yet dropped as such ("Boko Haram" holds a Norwegian municipality), and would move the story abroad."""
    out: set = set()
    for o in spans:
        if o is s or not o.candidates:
            continue
        exact = [c for c in o.candidates if c.exact]
        if exact and all(c.feature_code.startswith("PCL") for c in exact):
            out |= {c.country_code for c in exact}
    return out
