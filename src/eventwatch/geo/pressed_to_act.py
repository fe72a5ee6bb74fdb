"""Whether "under pressure" after a name presses it to act, and so makes the name an agent (its government).

"Ottawa is under pressure from farmers to act", "Ankara came under pressure from its allies to lift the veto":
pressed to do a deed, and only an agent does deeds. Two things undo that reading of the "to"-infinitive:

- the "to" belongs to a participle that governs it, right before it ("from battalions sent to cut the bridges",
  "from police ordered to clear the square"); a participle elsewhere in the from-phrase owns no "to" ("from
  unions representing dockers to drop the reform" presses the government);
- the pressure is of war or of nature: the from-phrase's head noun (the agent, not a word describing it:
  "from advancing militias", "from rising waters", "from gunmen blocking roads to force a deal"; not "from flood
  victims", "from fire chiefs", "from the families of abducted soldiers") is an armed force or a hazard. What
  the town is pressed "to" do (surrender, evacuate) its people do, and a town under siege or flood is where the
  event is. A demand to negotiate, free or release ("from rebels to free the hostages") is still made of a
  government, and "opposition forces", "market forces" or "former soldiers" are no war's.

A participle right after "from", a determiner, a possessive or an -ly adverb, or one with a single noun after
it, stands before its noun ("from organised labour", "from the newly elected council", "from angry farming
communities") and is no clause. "Army" is no war's agent here: an army presses a government as a party to its
politics ("from the army to hand over power").
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
                             r"accommodate|handle|adapt|grow|feed|survive)\b)(?P<verb>[a-z]+)")
# Words after which a participle modifies the agent's head rather than opening a clause of its own.
_MODIFIER_OPENERS = frozenset({"from", "the", "a", "an", "its", "their", "his", "her", "our", "some", "many",
                               "other", "several", "all", "both", "these", "those", "more", "most", "and"})
# Words ending in "-ed" that are no participle ("two hundred charities", "sacred sites").
_NOT_PARTICIPLES = frozenset({"hundred", "hatred", "kindred", "sacred", "wicked", "naked", "rugged", "ragged",
                              "crooked", "beloved", "wretched", "hundreds"})
# Words that close the agent's head noun and open a complement of it ("the families of ...", "doctors in ...").
_COMPLEMENT_OPENERS = frozenset({"of", "in", "at", "on", "with", "across", "near", "around", "for", "from", "by"})
# Collective heads read through their "of"-complement ("columns of troops", "waves of floodwater").
_COLLECTIVES = frozenset({"columns", "convoys", "bands", "groups", "thousands", "hundreds", "dozens", "waves",
                          "squads", "detachments"})
# Words of armed force that a political word before them makes a figure of politics ("opposition forces",
# "market forces"), and the words that do so.
_AMBIGUOUS_FORCES = frozenset({"forces", "units"})
_POLITICAL = frozenset({"opposition", "market", "political", "democratic", "pro-democracy", "progressive",
                        "conservative", "liberal", "reformist", "social", "civic"})
# Words before an armed noun that say its people no longer fight ("former soldiers", "retired militiamen").
_NO_LONGER_ARMED = frozenset({"former", "retired", "demobilised", "demobilized", "disabled", "wounded", "ex"})
# Demands only a government can meet, even when made by an armed force ("from rebels to free the hostages").
_NEGOTIATING = frozenset({"negotiate", "free", "release", "resume", "pardon", "recognise", "recognize", "pay",
                          "compensate", "amnesty"})
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
    words = [word.lower() for word in _WORD.findall(agent)]
    if not words:
        return True
    if _participle(words[-1], irregular_participles) and not words[-1].endswith("ing"):
        return False  # "from columns sent to surround": the participle governs the "to"
    head, before = _head(words, irregular_participles)
    if head not in _war_or_hazard() or before in _NO_LONGER_ARMED \
            or (head in _AMBIGUOUS_FORCES and before in _POLITICAL):
        return True  # "from flood victims", "from former soldiers", "from opposition forces"
    return m.group("verb") in _NEGOTIATING  # "from rebels to free the hostages"; not "from gunmen to hand over"


def _head(words: list[str], irregular: frozenset[str]) -> tuple[str, str]:
    """The from-phrase's head noun and the word before it: the word before the first complement ("of", "with",
    a participle that opens a clause: "unions representing dockers"), else the last word; a collective head
    ("columns of troops") is read through its "of"."""
    for i in range(1, len(words)):
        word = words[i]
        if word in _COMPLEMENT_OPENERS or (_participle(word, irregular) and not _before_its_noun(words, i)):
            if word == "of" and words[i - 1] in _COLLECTIVES:
                return words[-1], words[-2]
            return words[i - 1], words[i - 2] if i > 1 else "from"
    return words[-1], words[-2] if len(words) > 1 else "from"


def _before_its_noun(words: list[str], i: int) -> bool:
    """Whether the participle at `i` modifies the noun after it: after a determiner, a possessive or an -ly
    adverb ("the bloc's leading members"), or with one word after it and no plural noun before it ("angry
    farming communities"; not "rebels holding roads")."""
    before = words[i - 1]
    if before in _MODIFIER_OPENERS or before.endswith(("'s", "’s")) or (before.endswith("ly") and len(before) > 4):
        return True
    return i == len(words) - 2 and not before.endswith("s")


def _participle(word: str, irregular: frozenset[str]) -> bool:
    """A participle by its form ("ordered", "blocking"; not "need", "thing", "hundred") or an irregular one
    ("sent")."""
    if word in _NOT_PARTICIPLES:
        return False
    return (word.endswith("ed") and not word.endswith("eed") and len(word) > 4) \
        or (word.endswith("ing") and len(word) > 5) or word in irregular


@lru_cache(maxsize=1)
def _war_or_hazard() -> frozenset[str]:
    """Armed forces and doers (unknown_places.yaml, less "army"), natural hazards and waters, built once."""
    words = load_unknown_place_words()
    return ((words.armed_forces | words.armed_doers) - {"army", "armies"}) | NATURAL_HAZARDS | _WATERS
