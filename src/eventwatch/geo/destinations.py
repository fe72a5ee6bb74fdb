"""Where people went after an event: a place a report names only for that is not where the event was.

`event_location.taken_to` reads the verbs of fleeing and carrying ("fled to X", "taken to hospitals in X");
reports on displacement also write the arrival itself ("survivors arrived in X", "the displaced sought
shelter in X", "families reached X"). Both kinds of place are where the displaced are counted now, not where
they came from, so neither may stand in as the place a document is about (`fallback.document_focus`).
"""
from __future__ import annotations

import re
from typing import Sequence

from eventwatch.geo.word_prechecks import case_folded, may_hold
from eventwatch.model import Toponym

# Who arrives (the displaced, survivors, families, a number of people), at most six words, then the arrival
# verb and "in"/"at" right before the name: "more than 2,000 survivors arrived in X", "the displaced sought
# shelter in X", "families took refuge at the school in X". A person or an army arriving is not displacement.
_ARRIVAL_BEFORE = re.compile(
    r"(?i)\b(?:displaced|survivors|families|households|refugees|idps|evacuees|civilians|residents|villagers|"
    r"people|women|children)\b(?:\s+[\w,'’-]+){0,6}?\s+"
    r"(?:arrived|arriving|reached|took\s+refuge|sought\s+(?:refuge|shelter|safety)|found\s+(?:refuge|shelter)|"
    r"(?:are|were|now)\s+sheltering)"
    r"(?:\s+(?:in|at))?\s+(?:(?:the|a|an|overcrowded|makeshift)\s+)?"
    r"(?:(?:camps?|sites?|shelters?|schools?|churches|mosques|town|city)\s+(?:in|at|of|around)\s+)?$"
)


# Words `_ARRIVAL_BEFORE` cannot match without: one of its subjects and a piece of one of its verbs. Most names
# have neither before them, and are not searched (geo/word_prechecks.py).
_ARRIVAL_SUBJECTS = ("displaced", "survivors", "families", "households", "refugees", "idps", "evacuees",
                     "civilians", "residents", "villagers", "people", "women", "children")
_ARRIVAL_VERBS = ("arriv", "reached", "refuge", "shelter", "safety")


def arrived_at(sentence: str, at: int) -> bool:
    """Whether the name at `at` in `sentence` is where displaced people arrived or sheltered."""
    window = sentence[max(0, at - 90) : at]
    folded = case_folded(window)
    if not (may_hold(folded, _ARRIVAL_VERBS) and may_hold(folded, _ARRIVAL_SUBJECTS)):
        return False
    return _ARRIVAL_BEFORE.search(window) is not None


# Where goods or their carriers are headed: "trucks take a day to reach the port at X", "lorries bound for the
# market in X", "growers shipped their crop to the railhead at X". A story about farmers or herders names the port
# or the market their goods go to as a far end of its road, not as where the story happens. Every verb needs the
# facility after it ("the port/harbour/market/depot/railhead ... at/in/of X"): an army or a flood "reaches X", a
# bus is "bound for X" and an aid convoy carries food "to X" where the story happens. Only verb forms a noun does
# not share (not "truck", "ship", "export"), so "a convoy of trucks carrying aid to X" is no shipping verb.
_BOUND_BEFORE = re.compile(
    r"(?i)(?:\bto\s+(?:reach|get\s+to)|\bbound\s+for|"
    r"\b(?:ship|ships|shipped|shipping|truck|trucks|trucked|trucking|haul|hauls|hauled|hauling|export|exports|"
    r"exported|exporting)\b"
    r"(?:\s+[\w,'’-]+){0,4}?\s+to)"
    r"\s+the\s+(?:port|ports|market|markets|depot|railhead|harbou?r|docks|wharf|terminal)\s+(?:at|in|of)\s+$")
_BOUND_WORDS = ("reach", "get", "bound", "ship", "truck", "haul", "export")


def bound_for(sentence: str, at: int) -> bool:
    """Whether the name at `at` in `sentence` is where goods or their carriers are headed ("to reach the port at
    X"), not where the story is."""
    window = sentence[max(0, at - 80) : at]
    if not may_hold(case_folded(window), _BOUND_WORDS):
        return False
    return _BOUND_BEFORE.search(window) is not None


def goods_headed_for(toponym: Toponym) -> bool:
    """Whether the name is only where goods or their carriers are headed (`bound_for`): the far end of a road,
    which a village the story names after it does not lie near ("growers near X take a day to reach the port
    at Y. A packer near Z said...": Z is near X, not the port). Only the document's focus and the nearest
    stand-in ask it (geo/fallback.py): an event's own place is not dropped for it (`destination_only` is not)."""
    from eventwatch.geo.event_location import _in_sentence

    found = _in_sentence(toponym)
    return found is not None and bound_for(found[0], found[1])


def destination_only(toponym: Toponym) -> bool:
    """Whether the name is where people fled, were taken or arrived (`event_location.taken_to`, `arrived_at`)."""
    # imported here: event_location builds on fallback, which asks this module about the document's focus
    from eventwatch.geo.event_location import _in_sentence, taken_to

    if taken_to(toponym):
        return True
    found = _in_sentence(toponym)
    return found is not None and arrived_at(found[0], found[1])


# Words that take the displaced across a border: there the destination's country is not the event's.
_ACROSS_BORDER = re.compile(r"(?i)\b(?:neighbou?ring|across\s+the\s+border|crossed\s+(?:in)?to|refugees?)\b")


def not_destinations(toponyms: Sequence[Toponym]) -> list[Toponym]:
    """The names that are not only where people fled, were taken or arrived."""
    return [t for t in toponyms if not destination_only(t)]


def across_a_border(toponyms: Sequence[Toponym]) -> bool:
    """Whether the text takes the displaced across a border ("into neighbouring Niger", "refugees"): there
    the destination's country is not the event's (`extract.mentions.destination_country`)."""
    from eventwatch.geo.event_location import _in_sentence

    sentences = {found[0] for t in toponyms if (found := _in_sentence(t)) is not None}
    return any(_ACROSS_BORDER.search(sentence) for sentence in sentences)
