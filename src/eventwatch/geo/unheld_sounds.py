"""A sound the gazetteer lacks, read where the text puts water in it: "oil spilled into the Kilbrannan Sound",
"fishing boats were stranded in the Nootka Sound".

"Sound" after a name is no general feature noun: it is a city's music ("the Nashville Sound"), a team or a firm
as often (natural_features.yaml holds the real sounds whole for that reason). But "the X Sound" after a word of
place, in a sentence about boats, ships, a spill or fishing, is the inlet or the strait: nothing else of that name
is sailed, fished or spilled into. The whole name ("Kilbrannan Sound", as the corpora mark held sounds) is then
reported unresolved, as an unheld valley is (geo/unheld_features.py), over any town its first word names.

A team's or a music's name sits by water as easily ("fans of the Kitsap Sound boarded a ferry", "the band on the
cruise ship played the Memphis Sound"): a first word that names a city of size ("Seattle", "Motown" for Detroit),
"of the X Sound" after a word of fans or players, and a noun the name modifies ("the X Sound marina", "the X
Sound era") are no sound; nor a plain English first word ("Port") unless its own sentence says water ("boats
searched the Back Sound after a yacht capsized").
"""
from __future__ import annotations

import re
from bisect import bisect_left
from typing import Callable

from eventwatch.geo.name_span import NameSpan
from eventwatch.geo.normalise import Token, normalise

# A word of place, "the", one or two capitalised words (not "Sound" itself: "the X Sound Sound") and "Sound".
_SOUND = re.compile(r"\b(?:into|in|across|through|off|along|on|of|near|crossing|crossed|entered|up|down)\s+(the)\s+"
                    r"((?:(?!Sound\s)[A-Z][a-z]+\s){1,2}Sound)\b(?![\w-])")
# Words of boats, ships, a spill or fishing, within the window before the name or the clause after it.
_WATER = re.compile(r"(?i)\b(?:boats?|ships?|vessels?|ferr(?:y|ies)|tankers?|trawlers?|yachts?|kayak\w*|canoe\w*|"
                    r"barges?|sail(?:ed|ing|s|ors?)?|fish(?:ing|ermen|erman)|spill(?:ed|s)?|oil|aground|capsiz\w+|"
                    r"sank|sunk|drown\w*|swim\w*|swam|whales?|dolphins?|waters?|tides?|coast\s+guard|"
                    r"navigat\w+|moored|anchored)\b")
_WINDOW = 120
# "fans of the X Sound", "a striker for the X Sound": a team's people before "of"/"for" the name.
# Not "members", "captain" or "owners": a ferry's crew and captain are of the water ("crew members of the X
# Sound ferry", "the captain of the X Sound ferry").
_TEAM_BEFORE = re.compile(r"(?i)\b(?:fans|supporters|followers|players|coach|band|striker|"
                          r"squad)\s+(?:of|for)\s+the\s+$")
# A noun the whole name modifies: a place or a period named after it, not the water ("the X Sound marina").
_NOUN_AFTER = re.compile(r"\s+(?:marinas?|era|halls?|studios?|records|label|festivals?|stages?|clubs?|bars?|arenas?|"
                         r"stadiums?|tours?|bands?|teams?|fans|concerts?|albums?|theat(?:re|er)s?|venues?|"
                         r"shows?|company|brand)\b")
# A city this large names the team or the music that calls itself its sound ("the Seattle Sound"); the real
# sounds named for a town are held whole (natural_features.yaml: "Plymouth Sound").
_CITY_OF_SIZE = 500_000
_POINTS = frozenset({"north", "south", "east", "west"})


def _city_of_size(spans: list[NameSpan]) -> bool:
    """Whether a name inside the sound's words is read as a city of `_CITY_OF_SIZE` or more people."""
    return any(c.exact and c.feature_code.startswith("PPL") and (c.population or 0) >= _CITY_OF_SIZE
               for s in spans for c in s.candidates)


def _water_in_sentence(text: str, at: int, after: str) -> bool:
    """Whether a water word lies in the sentence of the match opening at `at` (before it, within `_WINDOW`, or in
    the words `after` the name up to the sentence's end): a plain word's "Sound" ("the Back Sound") is a sound
    only when its own sentence says water."""
    begin = max(0, at - _WINDOW)
    stops = [m.end() for m in re.finditer(r"[.;!?]\s", text[begin:at])]
    begin += stops[-1] if stops else 0
    return _WATER.search(text, begin, at) is not None or _WATER.search(after) is not None


def unheld_sound_names(text: str, tokens: list[Token], spans: list[NameSpan],
                       common: Callable[[str], bool] = lambda w: False) -> list[NameSpan]:
    """`spans` with an unknown name added for each unheld "the X Sound" the text puts water in, in text order;
    names inside it (a town of X's name) give way to it, a name that covers it (a held sound) keeps it.
    `common` says whether a folded word is a plain English word ("port"). Linear in the text: the tokens and
    the spans are filed by offset once, where a first match is found."""
    if "Sound" not in text:
        return spans
    added: list[NameSpan] = []
    dropped: set[int] = set()
    ordered: list[NameSpan] = []
    starts: list[int] = []
    longest = 0
    first_at: dict[int, int] = {}
    last_at: dict[int, int] = {}
    for m in _SOUND.finditer(text):
        start, end = m.start(2), m.end(2)
        if not first_at:
            first_at = {t.start: k for k, t in enumerate(tokens)}
            last_at = {t.end: k for k, t in enumerate(tokens)}
            ordered = sorted(spans, key=lambda s: s.start)
            starts = [s.start for s in ordered]
            longest = max((s.end - s.start for s in spans), default=0)
        # the spans that may touch the name: opening at most the longest span's length before it
        near = ordered[bisect_left(starts, start - longest) : bisect_left(starts, end)]
        if any(s.start <= start and end <= s.end for s in near):
            continue  # a held sound ("the Puget Sound"): read as itself
        if any(s.start < end and start < s.end and not (start <= s.start and s.end <= end) for s in near):
            continue  # a name running across its edge: another reading of the words
        inside = [s for s in near if start <= s.start and s.end <= end]
        first_word = m.group(2).split()[0].lower()
        if _city_of_size(inside) or _TEAM_BEFORE.search(text, max(0, m.start() - 40), start) is not None \
                or _NOUN_AFTER.match(text, end) is not None:
            continue  # "the Harbour Sound marina", "fans of the Seattle Sound": no water
        stop = re.search(r"[.;!?]", text[end : end + _WINDOW])
        after = text[end : end + stop.start() if stop is not None else end + _WINDOW]
        if common(first_word) and first_word not in _POINTS and not _water_in_sentence(text, m.start(), after):
            continue  # a plain word's "Sound" with water told only in another sentence: no sound of its own
        if _WATER.search(text, max(0, m.start() - _WINDOW), m.start()) is None and _WATER.search(after) is None:
            continue  # "fans in the Nashville Sound era": no water in it
        first = first_at.get(start)
        last = last_at.get(end) if first is not None else None
        if first is None or last is None:
            continue
        dropped |= {id(s) for s in inside}
        added.append(NameSpan(first, last + 1, start, end, normalise(text[start:end]), unknown=True, cue="sound",
                              firm=True, phrase_start=m.start(1), phrase_end=end))
    if not added:
        return spans
    return sorted([s for s in spans if id(s) not in dropped] + added, key=lambda s: s.start)
