"""Verb forms read by their shape, for rules that ask whether the word after a name is its verb.

Several rules need to know that the lower-case word after a noun phrase is a past tense ("exports rose",
"leaders from across the Pacific met"): the name is then the clause's subject, not a modifier of the word.
No parse is at hand there, so the form decides: "-ed" (not "-eed": "seed", "speed" are nouns) or one of the
common irregular pasts below.
"""
from __future__ import annotations

# The forms of "be", for the rules that read a passive or a progressive after a name ("was courted", "is
# weighing", "were built"): one list, read by geo/acting_places and geo/facilities. geo/associative reads its
# parts: the finite forms alone ("Syria is burning": the name is the subject) and the participles.
FINITE_BE = frozenset({"is", "was", "are", "were"})
BE_PARTICIPLES = frozenset({"been", "being"})
BE_FORMS = FINITE_BE | BE_PARTICIPLES | {"be"}
# The auxiliaries and modals that, after a name, say it is the subject of a clause ("Chile has", "Holt and Lowell
# will"): read with their own extras by geo/persons (a list ending in a verb), geo/modifier_nouns (a country
# before its verb, not a noun it modifies), geo/name_lists (a list's last name opening a clause) and
# geo/associative (an auxiliary between a subject and its verb).
AUXILIARIES = frozenset({"have", "has", "had", "will", "would", "can", "could", "must", "may", "might", "should",
                         "do", "did", "does"})

IRREGULAR_PASTS = frozenset({
    "met", "came", "went", "saw", "made", "took", "gave", "rose", "fell", "grew", "sent", "held", "left",
    "brought", "began", "ran", "won", "lost", "told", "spoke", "became", "kept", "built", "drew", "swept",
    "shrank", "sank", "stood", "meant",
})


def past_tense(word: str) -> bool:
    """Whether a folded word reads as a past tense by its form."""
    return word in IRREGULAR_PASTS or (len(word) >= 5 and word.endswith("ed") and not word.endswith("eed"))
