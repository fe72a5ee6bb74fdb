"""Ships, ferries and boats named for places ("the ferry Columbia", "the tanker Kuwait Star").

Ferries, freighters and research ships are often named for rivers, towns and states, and local papers write
the kind of vessel in lower case right before the name. A name so introduced is the vessel's, and so is the
same name later written with "the" alone and nothing of a place around it ("while the Columbia was repaired").
A place cue still wins: "the ferry to Columbia" names the town, and "in Columbia" later is the town too.
"""
from __future__ import annotations

import re

from eventwatch.geo.name_span import NameSpan

# Lower-case words for a vessel that a ship's name follows directly ("the ferry Columbia", "aboard the tug
# Hudson"). Words that also head a route or a service ("the ferry to", "the ferry service") are ruled out by the
# capital that must follow.
_KINDS = (r"ferry|ship|vessel|boat|tanker|freighter|tug|tugboat|barge|trawler|schooner|yacht|steamer|"
          r"sternwheeler|riverboat|icebreaker|dredge|cutter|frigate|destroyer|submarine|carrier|liner|"
          r"containership|sailboat|catamaran")
_INTRODUCED = re.compile(rf"\b(?:{_KINDS}) (?=[A-Z])")
_KIND_BEFORE = re.compile(rf"\b(?:{_KINDS}) $")
# Capitalised words of the ship's name after its kind (a second one when two words make the name).
_NAME = re.compile(r"[A-Z][\w'’-]*(?: [A-Z][\w'’-]*)?")


def vessel_names(text: str) -> frozenset[str]:
    """Names the document gives vessels: the capitalised words right after a lower-case word for a vessel."""
    out = set()
    for m in _INTRODUCED.finditer(text):
        name = _NAME.match(text, m.end())
        if name is not None:
            out.add(name.group(0))
            out.add(name.group(0).split(" ")[0])
    return frozenset(out)


def named_vessel(text: str, s: NameSpan, names: frozenset[str]) -> bool:
    """Whether the name s is a vessel's: right after a word for one ("the ferry Columbia"), or one such name
    written again after "the" alone ("the Columbia was repaired")."""
    if not names or text[s.start : s.end] not in names:
        return False
    before = text[max(0, s.start - 16) : s.start]
    return _KIND_BEFORE.search(before) is not None or before.endswith(("the ", "The "))
