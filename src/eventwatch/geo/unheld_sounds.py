"""A sound the gazetteer lacks, read where the text puts water in it: "oil spilled into the Kilbrannan Sound",
"fishing boats were stranded in the Nootka Sound".

"Sound" after a name is no general feature noun: it is a city's music ("the Nashville Sound"), a team or a firm
as often (natural_features.yaml holds the real sounds whole for that reason). But "the X Sound" after a word of
place, in a sentence about boats, ships, a spill or fishing, is the inlet or the strait: nothing else of that name
is sailed, fished or spilled into. The whole name ("Kilbrannan Sound", as the corpora mark held sounds) is then
reported unresolved, as an unheld valley is (geo/unheld_features.py), over any town its first word names.
"""
from __future__ import annotations

import re

from eventwatch.geo.name_span import NameSpan
from eventwatch.geo.normalise import Token, normalise

# A word of place, "the", one or two capitalised words and "Sound".
_SOUND = re.compile(r"\b(?:into|in|across|through|off|along|on|of|near|crossing|crossed|entered|up|down)\s+the\s+"
                    r"((?:[A-Z][a-z]+\s){1,2}Sound)\b(?![\w-])")
# Words of boats, ships, a spill or fishing, within the window before the name or the clause after it.
_WATER = re.compile(r"(?i)\b(?:boats?|ships?|vessels?|ferr(?:y|ies)|tankers?|trawlers?|yachts?|kayak\w*|canoe\w*|"
                    r"barges?|sail(?:ed|ing|s|ors?)?|fish(?:ing|ermen|erman)|spill(?:ed|s)?|oil|aground|capsiz\w+|"
                    r"sank|sunk|drown\w*|swim\w*|swam|whales?|dolphins?|waters?|tides?|coast\s+guard|"
                    r"navigat\w+|moored|anchored)\b")
_WINDOW = 120


def unheld_sound_names(text: str, tokens: list[Token], spans: list[NameSpan]) -> list[NameSpan]:
    """`spans` with an unknown name added for each unheld "the X Sound" the text puts water in, in text order;
    names inside it (a town of X's name) give way to it, a name that covers it (a held sound) keeps it."""
    if "Sound" not in text:
        return spans
    added: list[NameSpan] = []
    dropped: set[int] = set()
    for m in _SOUND.finditer(text):
        start, end = m.start(1), m.end(1)
        if any(s.start <= start and end <= s.end for s in spans):
            continue  # a held sound ("the Puget Sound"): read as itself
        if any(s.start < end and start < s.end and not (start <= s.start and s.end <= end) for s in spans):
            continue  # a name running across its edge: another reading of the words
        stop = re.search(r"[.;!?]", text[end : end + _WINDOW])
        after = text[end : end + stop.start() if stop is not None else end + _WINDOW]
        if _WATER.search(text, max(0, m.start() - _WINDOW), m.start()) is None and _WATER.search(after) is None:
            continue  # "fans in the Nashville Sound era": no water in it
        first = next((k for k, t in enumerate(tokens) if t.start == start), None)
        last = next((k for k, t in enumerate(tokens) if t.end == end), None) if first is not None else None
        if first is None or last is None:
            continue
        dropped |= {id(s) for s in spans if start <= s.start and s.end <= end}
        added.append(NameSpan(first, last + 1, start, end, normalise(text[start:end]), unknown=True, cue="sound",
                              firm=True, phrase_start=m.start(1) - 4, phrase_end=end))
    if not added:
        return spans
    return sorted([s for s in spans if id(s) not in dropped] + added, key=lambda s: s.start)
