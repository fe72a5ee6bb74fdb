"""A town written once with its state keeps that state where the story writes it bare.

A story names a town with its state the first time ("New Haven, Conn.", "Portland, Maine") and bare after
that ("New Haven and Louisville are repeat finalists"). Each mention is read on its own context, so a bare
mention can drift to a namesake near the story's other places (a New Haven beside Louisville, Ky.), while
the writer has already said which one is meant: a reader does not switch towns between two mentions of one
name. The reading a stated mention gets inside its written container is given to the bare mentions of the
same name.
"""
from __future__ import annotations

from typing import Optional, Sequence

from eventwatch.geo.gazetteer import Candidate
from eventwatch.geo.name_span import NameSpan


def _held(reading: Candidate, holder: Optional[Candidate]) -> bool:
    """Whether the container's chosen reading holds the town's: its first-level division or its country."""
    if holder is None:
        return False
    if holder.feature_code == "ADM1":
        return reading.admin1_code is not None and reading.admin1_code == holder.admin1_code
    return holder.feature_code.startswith("PCL") and reading.country_code == holder.country_code


def stated_readings(spans: Sequence[NameSpan], chosen: Sequence[Optional[Candidate]],
                    ranked: Sequence[Sequence[tuple[float, Candidate]]]) -> dict[int, Candidate]:
    """New readings, by span index, for bare mentions of a name another mention states the container of.

    `chosen` are the spans' readings (None where unresolved), `ranked` their scored readings. A name whose
    stated mentions disagree ("Springfield, Ill." and "Springfield, Mo.") is left as read.
    """
    stated: dict[str, Optional[Candidate]] = {}
    for k, s in enumerate(spans):
        c = chosen[k]
        if s.container is None or c is None or not c.feature_code.startswith("PPL"):
            continue
        if not _held(c, chosen[s.container]):
            continue
        before = stated.get(s.norm, c)
        stated[s.norm] = c if before is not None and before.id == c.id else None
    moved: dict[int, Candidate] = {}
    for k, s in enumerate(spans):
        c = stated.get(s.norm)
        if c is None or s.container is not None or s.demonym or s.facility \
                or not (s.locational or s.cue == "metonymy") or (chosen[k] is not None and chosen[k].id == c.id):
            continue  # the town acting ("judges praised Portland") is still the town; a team's name is not
        if any(x.id == c.id for _sc, x in ranked[k]):
            moved[k] = c
    return moved
