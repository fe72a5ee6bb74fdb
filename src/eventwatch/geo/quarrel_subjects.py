"""A person who "attacked" someone: a quarrel in words, not an assault on a place.

Why: "attacked" is a firm cue before a capitalised word the gazetteer lacks ("gunmen attacked Mozogo"), but
"a retired army general attacked Adeyemi" or "the opposition leader attacked Okonkwo" attack a person with
words. Where the subject's head right before the verb is a word for a person (a title, an office, a calling,
a speaker), the word after it is no place for that reason alone; other cues may still find it.
"""
from __future__ import annotations

from eventwatch.geo.lexicon import Cues
from eventwatch.geo.normalise import Token

# Verbs that attack with words as often as with arms, of those firm before an unknown name.
_QUARREL_VERBS = frozenset({"attacked"})
# People who speak, beyond cues.yaml's titles and callings: who attacks a person in words.
_SPEAKERS = frozenset({
    "leader", "leaders", "critic", "critics", "politician", "politicians", "lawmaker", "lawmakers", "opponent",
    "opponents", "rival", "rivals", "candidate", "candidates", "activist", "activists", "commentator",
    "columnist", "pundit", "lawyer", "lawyers", "spokesperson", "campaigner", "campaigners", "official",
    "officials", "ministers", "generals", "mp", "mps", "presenter", "host", "blogger",
})
# Words that may stand between the subject's head and the verb ("the minister also attacked", "has attacked").
_BETWEEN = frozenset({"also", "again", "has", "had", "have", "then", "later", "openly", "publicly", "sharply",
                      "repeatedly", "once"})


def person_attacks(tokens: list[Token], k: int, cues: Cues) -> bool:
    """Whether token k is a quarrel verb whose subject's head, right before it, is a word for a person."""
    if tokens[k].norm not in _QUARREL_VERBS:
        return False
    m = k - 1
    while m >= 0 and tokens[m].norm in _BETWEEN and tokens[m].text.islower():
        m -= 1
    if m < 0 or not tokens[m].text.islower():
        return False
    head = tokens[m].norm
    return head in _SPEAKERS or head in cues.person_titles or head in cues.lowercase_titles or head in cues.callings
