"""Where an armed group comes from, told beside the event: "backed by brigades from Misrata", "fighters from
Mosul", "reinforcements from the capital's garrison", "forces based in X".

A report names the town a force was raised in or sent from to say who fought, not where: UCDP and ACLED code
the clash where it happened ("near the village of X"), and the force's home town is its actor's origin, as a
demonym or "Iranian-backed" is. Such a town, like a speaker's seat, stays the event's place only when the
sentence names no other. Only a noun for armed men directly before "from" reads so: after a verb ("troops
withdrew from X", "shelling from X") the town is where something moved or was fired from, which the
chooser weighs as it always has.
"""
from __future__ import annotations

import re

# A plural or collective noun for armed men (with at most one modifier such as "armed" or "tribal" before it),
# then "from" and an optional article, right before the name.
_FORCE_FROM = re.compile(
    r"(?i)\b(?:fighters|brigades|battalions|militias|militiamen|militants|troops|units|reinforcements|"
    r"volunteers|tribesmen|conscripts|recruits|combatants|contingents?)"
    r"\s+from\s+(?:the\s+)?$"
)

# "forces based in X shelled Y", "a militia based in X": the force's garrison, as telling of who fought as its
# home town is. Only "based": troops "stationed" or "deployed" in a town are often the ones attacked there.
_FORCE_BASED = re.compile(
    r"(?i)\b(?:forces|fighters|brigades|battalions|militias?|militiamen|militants|troops|units|rebels|"
    r"factions?|groups?)\s+based\s+in\s+(?:the\s+)?$"
)
# An attack or "on"/"against" right before the force noun (through an article and up to two modifiers):
# "attacked troops based in X", "hit Russian troops based in X", "an assault on forces based in X". The force
# is the one struck, and its garrison where it was struck.
_STRUCK_BEFORE = re.compile(
    r"(?i)\b(?:attack(?:ed|ing|s)?|ambush(?:ed|ing|es)?|hit(?:ting|s)?|struck|strik(?:e|es|ing)|"
    r"target(?:ed|ing|s)?|shell(?:ed|ing|s)?|raid(?:ed|ing|s)?|bomb(?:ed|ing|s)?|kill(?:ed|ing|s)?|"
    r"overr(?:an|un)|routed|on|against|at)"
    r"\s+(?:(?:the|a|an)\s+)?(?:(?!(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)\b)"
    r"[\w'’-]+\s+){0,2}$"
)


def force_origin(before: str) -> bool:
    """Whether the text right before a name (`before`, up to the name) says the name is an armed group's
    home town ("... backed by brigades from ")."""
    if _FORCE_FROM.search(before) is not None:
        return True
    based = _FORCE_BASED.search(before)
    return based is not None and _STRUCK_BEFORE.search(before[: based.start()]) is None
