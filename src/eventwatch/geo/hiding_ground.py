"""Wild ground people escaped into beside a town: where they hid after the event, not where it happened.

"Bandits robbed a bus and escaped into the bush outside X", "families fled into the hills above Y", "villagers
were evacuated to the hills near Z", "traders took to the hills above W", "herders sheltered in the forest near V":
the town only places the hiding ground, and ranks as a destination does ("fled to X", `event_location.taken_to`);
where the report names no other place it is still the nearest ground (extract/mentions._hiding_ground). Only a
verb of fleeing or of seeking refuge leads there: "the children were taken into the forest outside Z" is a
kidnapping carried into that ground, as much the event's as the abduction. And where the people who fled there
are harmed there ("villagers who fled into the bush outside X were hunted down and killed", "soldiers fled into
the forest near Y and were ambushed", "... outside Z, where gunmen killed ten of them"), the ground is the
scene, not a refuge. Harm told of elsewhere, or feared ("fearing they would be killed", "after rebels killed 12
people in W", "were not captured"), leaves it a refuge. Nor is every "took to" a flight: whoever takes to the
forest near X for a purpose of pursuit said right after the name ("... near X in Y State to rescue the hostages",
"in pursuit of the gunmen") goes there to act: an operation, whose ground is the scene. Only that purpose
decides, in the name's own clause: troops flee too ("soldiers took to the hills after gunmen ambushed them"),
and a pursuit told later or feared ("fled into the hills near X, fearing gunmen would return to capture them",
"... while soldiers tried to rescue those seized") leaves the flight a flight; "fled" and "escaped" are
flights whatever follows.
"""
from __future__ import annotations

import re

# A verb of fleeing or of seeking refuge ("took to the hills", "sheltered in the forest": taking to wild ground
# is fleeing into it, sheltering in it seeking refuge), "to"/"into" ("in" after refuge, shelter, safety,
# sheltered), a determiner and one word describing the ground ("the dense forest"), the kind of wild ground, and
# the word placing it beside the town, right before the name. Not a verb of carrying (taken, brought, rushed,
# transferred): captives carried there are still in the kidnapping. Under (?i) the describing word may be
# capitalised: the ground's own name ("the Kamuku forest near X") is as much hiding ground as "the dense forest".
_HIDING_GROUND_BEFORE = re.compile(
    r"(?i)\b(?:fle(?:e|d|eing|es)|escap(?:e|ed|es|ing)|evacuat(?:e|ed|es|ing)|relocat(?:e|ed|es|ing)|"
    r"displac(?:e|ed|es|ing)|(?:sought|seek(?:s|ing)?|took|tak(?:e|es|ing))\s+(?:refuge|shelter|safety)|"
    r"(?:took|tak(?:e|es|ing))(?=\s+to\s)|shelter(?:ed|ing)(?=\s+in\s))"
    r"(?:\s+(?:back|away|north|south|east|west|\w+ward|on\s+foot))?"
    r"\s+(?:to|towards?|into|(?:(?<=refuge\s)|(?<=shelter\s)|(?<=safety\s)|(?<=sheltered\s)|"
    r"(?<=sheltering\s))in)\s+(?:(?:the|a|an|nearby)\s+)?"
    r"(?:[a-z-]+\s+)?"
    r"(?:hills?|bush|forests?|woods?|mountains?|jungles?|swamps?|cane\s+fields|scrub)\s+"
    r"(?:above|behind|beyond|outside|around|near|of)\s+(?:the\s+)?$"
)
# What befell them there, in the clause after the name: a harm verb in the passive with those who fled as its
# subject ("were attacked", "had been later shot", "were tracked down and killed", "were later found and killed",
# "were rounded up and shot": up to three words, then "and", may come between), or done to them ("killed six of
# them", "shot them"); "not" before it ("were not found", "were never attacked") tells of no harm. Capture is no
# harm (captured, arrested, caught): fugitives caught where they hid were caught in their refuge.
_HARM = (r"(?:killed|hunted\s+down|tracked\s+down|shelled|shot|attacked|ambushed|massacred|slaughtered|butchered|"
         r"hacked|beheaded|bombed|abducted|kidnapped|wounded|raped|struck|gunned\s+down)")
_PASSIVE_HARM = re.compile(
    r"(?i)\b(?:was|were|had\s+been|have\s+been|has\s+been|got)\s+(?:\w+\s+){0,3}?(?:and\s+)?" + _HARM + r"\b"
)
_HARM_DONE_TO_THEM = re.compile(
    r"(?i)\b(?:" + _HARM + r"|opened\s+fire\s+on|fired\s+(?:on|at))\s+(?:(?:\w+|all|most|some)\s+of\s+)?"
    r"(?:them|him|her)\b"
)
# "..., where" right after the name: a clause saying what happened on that ground ("outside X, where insurgents
# later killed ten of them"): any harm in it is done there.
_WHERE_AFTER = re.compile(r"(?i)\s*,?\s*where\b")
_ANY_HARM = re.compile(r"(?i)\b(?:" + _HARM + r"|opened\s+fire|fired\s+(?:on|at))\b")
# A relative pronoun (and a tense's auxiliary) right before the verb of flight: those who fled are the subject
# of the clause after the name ("villagers who fled into the bush outside X, hiding for days, were hunted down"),
# which a comma (their aside) does not end.
_RELATIVE_BEFORE = re.compile(r"(?i)\b(?:who|that|which)\s+(?:(?:had|have|has)\s+)?(?:(?:just|already)\s+)?$")
# The end of the clause after the name that the harm must lie in: the sentence's end, a comma (an aside such as
# ", fearing they would be killed," or a clause of its own) unless a relative pronoun opened the flight, a verb of
# saying, after which the harm is what the fugitives told of elsewhere, or a conjunction opening a clause of time
# or cause ("after rebels killed ..."). "since", "as" and "before" open one only with a subject and its verb
# after them ("before rebels killed ..."), not a time ("since Sunday", "before dawn").
_CLAUSE_END_WORDS = (
    r"\b(?:said|says|told|tell|reported|recounted|described|after|when|because|fearing|afraid|until)\b"
    r"|\b(?:since|as|before)\s+(?!(?:dawn|dusk|then|last|early|late|noon|midnight|monday|tuesday|wednesday|"
    r"thursday|friday|saturday|sunday|\w*(?:day|week|month|year)s?)\b)(?:(?:the|their|a|an)\s+)?\w+\s+"
    r"(?:(?:had|have|has|were|was|could|would)\s+)?(?:\w+ed|came|began|fled|ran|went|struck|shot|broke|took)\b"
)
_CLAUSE_END = re.compile(r"(?i)[.;!?,]|" + _CLAUSE_END_WORDS)
_SENTENCE_CLAUSE_END = re.compile(r"(?i)[.;!?]|" + _CLAUSE_END_WORDS)
_NOT = re.compile(r"(?i)\b(?:not|never|n't)\s+(?:\w+\s+)?$")
_NOT_INSIDE = re.compile(r"(?i)\b(?:not|never)\b|n't\b")


# A purpose of pursuit or rescue right after the name, at most three words of place or time between ("near X in
# Kaduna State to track the thieves"), none of them opening a clause of its own ("while", "and", "fearing"):
# whoever took to that ground went there to act. Read only within the name's clause (`_CLAUSE_END`).
_PURSUIT_AFTER = re.compile(
    r"(?i)^\W*(?:(?!(?:while|and|but|as|fearing|whereas|though|although)\b)[\w'’-]+\W+){0,3}?"
    r"(?:in\s+(?:hot\s+)?pursuit\s+of|to\s+(?:rescue|free|track|hunt|pursue|chase|flush\s+out|dislodge|comb|"
    r"raid|attack|capture|arrest)\b)")
_TAKE_TO = re.compile(r"(?i)(?:took|tak(?:e|es|ing))\s+to\b")


def hiding_ground(before: str, after: str) -> bool:
    """Whether the words `before` a name say people escaped into wild ground beside it, and the words `after`
    it (the rest of the sentence) do not say those people were harmed there, nor, after "took to", that they
    went there to pursue or rescue someone (`_PURSUIT_AFTER`, within the name's clause)."""
    m = _HIDING_GROUND_BEFORE.search(before)
    if m is None:
        return False
    if _TAKE_TO.match(m.group()) is not None:
        clause = _CLAUSE_END.search(after)
        if _PURSUIT_AFTER.search(after, 0, clause.start() if clause is not None else len(after)) is not None:
            return False
    where = _WHERE_AFTER.match(after)
    if where is not None:
        end = _CLAUSE_END.search(after, where.end())
        return _ANY_HARM.search(after, where.end(), end.start() if end is not None else len(after)) is None
    relative = _RELATIVE_BEFORE.search(before, 0, m.start()) is not None
    end = (_SENTENCE_CLAUSE_END if relative else _CLAUSE_END).search(after)
    stop = end.start() if end is not None else len(after)
    for pattern in (_PASSIVE_HARM, _HARM_DONE_TO_THEM):
        for h in pattern.finditer(after, 0, stop):
            if _NOT.search(after, 0, h.start()) is None and _NOT_INSIDE.search(h.group()) is None:
                return False
    return True
