"""Stones thrown at police or border guards by a crowd that is not protesting are mob violence.

The protest rules read "threw stones at police" as demonstrators turning violent, but only where the sentence
says a protest took place. Without one ("youths hurled rocks at police", "migrants threw stones at border
guards, injuring two officers") no rule scored the act at all, and the report was dropped as no event, though
ACLED codes a crowd attacking the security forces with projectiles as a riot (mob violence). A verb of
throwing whose target is the state's men, thrown by anyone but the state or an armed group, scores it so.
The state's own throwing ("police threw tear gas at youths") and throwing at things ("stones at a bus") are
left to the other rules, and a sentence with a protest in it stays the protest's.
"""
from __future__ import annotations

from eventwatch.extract.classify_roles import ClassIndex, Hit, argument_info
from eventwatch.extract.cues import KIND_FRAME

# Verbs by which a crowd sends projectiles at someone.
_THROWING = frozenset({"throw", "hurl", "pelt", "fling", "lob"})
# Whom the throwing must reach: the state's men or their posts.
_FORCES = frozenset({"STATE", "MIL_TARGET"})
# Doers whose throwing is no riot: the state's own (tear gas) and armed groups (grenades: their own rules).
_NOT_A_CROWD = frozenset({"STATE", "NONSTATE", "WEAPON"})
WEIGHT = 4.0  # as strong as a protesters' violence cue (P_VIOL), above the event threshold on its own


def thrown_at_forces(hits: list[Hit], index: ClassIndex) -> list[tuple[float, Hit]]:
    """(MOB_VIOL amount, hit) for each throwing verb aimed at the security forces outside a protest."""
    frames = [{e.name for e in h.match.entries if e.kind == KIND_FRAME} for h in hits]
    if any("PROTEST" in f for f in frames):
        return []  # a protest's violence is the protest rules' to code
    found, seen = [], set()
    for hit, names in zip(hits, frames):
        head = hit.head
        if "P_VIOL" not in names or head.pos_ != "VERB" or head.lemma_.lower() not in _THROWING or head.i in seen:
            continue
        info = argument_info(head, index)
        if info.patient not in _FORCES or info.agent in _NOT_A_CROWD:
            continue
        seen.add(head.i)
        found.append((WEIGHT * hit.context_factor, hit))
    return found
