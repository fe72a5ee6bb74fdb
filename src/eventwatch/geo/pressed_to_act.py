"""Whether "under pressure" after a name presses it to act, and so makes the name an agent (its government).

"Ottawa is under pressure from farmers to act", "Ankara came under pressure from its allies to lift the veto":
pressed to do a deed, and only an agent does deeds. Two things undo that reading of the "to"-infinitive:

- the "to" belongs to a participle inside the from-phrase, not to the pressure ("from battalions sent to cut the
  bridges", "from police ordered to clear the square", "from gunmen blocking roads to force a deal"): a participle
  after a word of the agent opens a clause of its own, and the infinitive is that clause's aim;
- the pressure is of war or of nature ("from advancing columns of troops", "from rising waters"): an armed force
  or a hazard presses on ground, and what the town is pressed "to" do (surrender, evacuate) its people do. A
  town under siege or flood is where the event is, and a non-place reading would lose it.

A participle right after "from", a determiner or an -ly adverb modifies the agent's head ("from organised
labour", "from the newly elected council") and stops nothing. "Army" is no war's agent here: an army presses a
government as a party to its politics ("from the army to hand over power").
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Optional

from eventwatch.geo.hazard_objects import NATURAL_HAZARDS
from eventwatch.geo.unknown_names import load_unknown_place_words

# "under pressure (from farm groups) to order": the pressure is to act; `agent` is the from-phrase, if any.
_PRESSED_TO_ACT = re.compile(r"\s+(?:growing\s+|mounting\s+)?pressure(?:\s+from\s+(?P<agent>(?:(?!\b(?:who|that|which)\b|\b[a-z]+ing\s+to\b)[^.;:,()]){1,60}?))?"
                             r"\s+to\s+(?!(?:the|its|a|an|their|his|her|our|this|that|these|record|most|cope|sink|absorb|house|host|"
                             r"accommodate|handle|adapt|grow|feed|survive)\b)[a-z]+")
# Words after which a participle modifies the agent's head rather than opening a clause of its own.
_MODIFIER_OPENERS = frozenset({"from", "the", "a", "an", "its", "their", "his", "her", "our", "some", "many",
                               "other", "several", "all", "both", "these", "those", "more", "most", "and"})
# Water that presses on a town, beside the hazards of hazard_objects ("rising waters", "the tides").
_WATERS = frozenset({"waters", "floodwaters", "floodwater", "seas", "tides", "flames"})
_WORD = re.compile(r"[\w'’-]+")


def pressed_to_act(text: str, pos: int, irregular_participles: frozenset[str]) -> bool:
    """Whether "pressure (from ...) to <verb>" starts at `pos` (after "under") and presses the name before it
    to act: no participle inside the from-phrase owns the "to", and the pressure is no war's or hazard's."""
    m = _PRESSED_TO_ACT.match(text, pos)
    if m is None:
        return False
    agent: Optional[str] = m.group("agent")
    if agent is None:
        return True
    before = "from"
    for word in _WORD.findall(agent):
        if word.islower():
            if word in _war_or_hazard():
                return False  # "from encircling rebels to hand over", "from rising floodwaters to evacuate"
            if _participle(word, irregular_participles) and not (before in _MODIFIER_OPENERS
                                                                 or (before.endswith("ly") and len(before) > 4)):
                return False  # "from columns sent to surround": the infinitive is the participle's
        before = word.lower()
    return True


def _participle(word: str, irregular: frozenset[str]) -> bool:
    """A participle by its form ("ordered", "blocking"; not "need", "thing") or an irregular one ("sent")."""
    return (word.endswith("ed") and not word.endswith("eed") and len(word) > 4) \
        or (word.endswith("ing") and len(word) > 5) or word in irregular


@lru_cache(maxsize=1)
def _war_or_hazard() -> frozenset[str]:
    """Armed forces and doers (unknown_places.yaml, less "army"), natural hazards and waters, built once."""
    words = load_unknown_place_words()
    return ((words.armed_forces | words.armed_doers) - {"army", "armies"}) | NATURAL_HAZARDS | _WATERS
