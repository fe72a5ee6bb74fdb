"""An island's bare name written with the capitalised head of another kind of feature ("the Nevis Range", "the
Marquesas Keys", "Glen Nevis", "Loch Nevis"): the whole names that other feature, often far from the island
(a Scottish mountain range, a Florida atoll), so the island's reading is dropped.

Islands are read by their bare names ("ferries to Nevis", "in the Marquesas"), and many ranges, glens, lochs and
keys elsewhere share those names. A head word of land or water right beside the name, in capitals and joined
by one space, says the name is part of another feature's name; a town's name is left to the other readers, and
an island's own heads ("Nevis Island", "Nevis Peak") are no other kind. Only one space: a head two spaces off
("the Nevis  Range", a typing slip) is not read, and the island stays.
"""
from __future__ import annotations

from eventwatch.geo.name_span import NameSpan

_ISLAND_CODES = frozenset({"ISL", "ISLS"})
# Heads written after a name of another feature ("the Nevis Range", "the Marquesas Keys", "the Arran Hills")
_OTHER_HEADS_AFTER = frozenset({"range", "ranges", "keys", "mountains", "hills", "valley", "glen", "forest",
                                "moor", "moors"})
# Heads written before it ("Glen Nevis", "Loch Nevis", "Strath Skye")
_OTHER_HEADS_BEFORE = frozenset({"glen", "loch", "strath"})


def _word_beside(text: str, at: int, after: bool) -> str:
    """The word joined by one space after (or before) the offset, as written, or ""."""
    if after:
        if text[at : at + 1] != " ":
            return ""
        rest = text[at + 1 : at + 12]
        end = next((k for k, ch in enumerate(rest) if not ch.isalpha()), len(rest))
        return rest[:end]
    if at < 1 or text[at - 1] != " ":
        return ""
    head = text[max(0, at - 12) : at - 1]
    start = len(head)
    while start > 0 and head[start - 1].isalpha():
        start -= 1
    return head[start:]


def other_feature_head(text: str, s: NameSpan) -> bool:
    """Whether the span's exact readings are only islands and a capitalised head of another kind stands right
    beside it (loose spellings of towns abroad do not count: "Nevis" ~ "Néa Výssa")."""
    exact = [c for c in s.candidates if c.exact]
    if not exact or any(c.feature_code not in _ISLAND_CODES for c in exact):
        return False
    after, before = _word_beside(text, s.end, True), _word_beside(text, s.start, False)
    return (after[:1].isupper() and after.lower() in _OTHER_HEADS_AFTER) \
        or (before[:1].isupper() and before.lower() in _OTHER_HEADS_BEFORE)
