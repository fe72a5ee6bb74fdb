"""Wild ground people escaped into beside a town: where they hid after the event, not where it happened.

"Bandits robbed a bus and escaped into the bush outside X", "families fled into the hills above Y": the town
only places the hiding ground, and ranks as a destination does ("fled to X", `event_location.taken_to`). Only a
verb of fleeing leads there: "the children were taken into the forest outside Z" is a kidnapping carried into
that ground, as much the event's as the abduction. And where the people who fled there are harmed there ("villagers
who fled into the bush outside X were hunted down and killed", "fighters who had escaped into the forest near Y
and were shot"), the ground is the scene, not a refuge.
"""
from __future__ import annotations

import re

# A verb of fleeing, "to"/"into", a determiner and one word describing the ground ("the dense forest"), the kind
# of wild ground, and the word placing it beside the town, right before the name.
_HIDING_GROUND_BEFORE = re.compile(
    r"(?i)\b(?P<verb>fle(?:e|d|eing|es)|escap(?:e|ed|es|ing))"
    r"(?:\s+(?:back|away|north|south|east|west|\w+ward|on\s+foot))?"
    r"\s+(?:to|towards?|into)\s+(?:(?:the|a|an|nearby)\s+)?(?:[a-z-]+\s+)?"
    r"(?:hills?|bush|forests?|woods?|mountains?|jungles?|swamps?|cane\s+fields|scrub)\s+"
    r"(?:above|behind|beyond|outside|around|near|of)\s+(?:the\s+)?$"
)
# A relative pronoun (and a tense's auxiliary) right before the verb: the ones who fled are the clause's subject
# ("villagers who fled into ...", "fighters that had escaped into ...").
_RELATIVE_BEFORE = re.compile(r"(?i)\b(?:who|that|which)\s+(?:(?:had|have|has)\s+)?(?:(?:just|already)\s+)?$")
# What befell them there, in the clause after the name.
_HARM_AFTER = re.compile(
    r"(?i)\b(?:killed|hunted|shelled|shot|attacked|ambushed|massacred|slaughtered|butchered|hacked|beheaded|"
    r"bombed|abducted|kidnapped|captured|wounded|raped|struck|gunned\s+down|opened\s+fire|fired\s+(?:on|at))\b"
)
# The end of the clause after the name that the harm must lie in: the sentence's end, or a verb of saying,
# after which the harm is what the fugitives told of elsewhere ("villagers who fled into the hills above X said
# gunmen had killed ...").
_CLAUSE_END = re.compile(r"(?i)[.;!?]|\b(?:said|says|told|tell|reported|recounted|described)\b")


def hiding_ground(before: str, after: str) -> bool:
    """Whether the words `before` a name say people escaped into wild ground beside it, and the words `after`
    it (the rest of the sentence) do not say those people were harmed there."""
    m = _HIDING_GROUND_BEFORE.search(before)
    if m is None:
        return False
    if _RELATIVE_BEFORE.search(before, 0, m.start("verb")) is None:
        return True
    end = _CLAUSE_END.search(after)
    return _HARM_AFTER.search(after, 0, end.start() if end is not None else len(after)) is None
