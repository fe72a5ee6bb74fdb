"""One event from its mentions: figures as ranges across sources, the most precise agreed date and place,
and a grade with its reason. Pure: the same mentions always give the same event, so re-aggregation after
a new source, a merge or a split is just calling this again.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import replace
from statistics import median_low
from typing import Optional

from eventwatch.extract.event_types import family_of
from eventwatch.model import (
    CASUALTY_KINDS,
    Actor,
    Casualties,
    Event,
    Mention,
    Place,
    Quantity,
    Source,
    Weapon,
)
from eventwatch.resolve.independence import SourceDoc, independent_groups

GENERIC_ACTOR_PREFIXES = ("Unidentified", "Civilians", "Protesters", "Rioters")


def aggregate(event_id: str, mentions: list[tuple[Mention, SourceDoc]]) -> Event:
    if not mentions:
        raise ValueError(f"event {event_id} has no mentions")
    ms = [m for m, _ in mentions]
    groups = independent_groups(_unique_docs(d for _, d in mentions))
    event_type = _consensus_type(ms)
    date, date_precision = _consensus_date(ms)
    event = Event(
        id=event_id,
        event_type=event_type,
        event_family=family_of(event_type),
        date=date,
        date_precision=date_precision,
        location=_consensus_place(ms),
        actors=_union_actors(ms),
        weapons=_union_weapons(ms),
        casualties=_casualty_ranges(mentions),
        civilian_targeting=any(m.civilian_targeting for m in ms if m.modality != "denied"),
        modality=_consensus_modality(ms),
        sources=_sources(mentions),
        independent_sources=len(groups),
        unresolved_places=sorted({u for m in ms for u in m.unresolved_places}),
    )
    event.grade, event.grade_reason = grade(ms, mentions, len(groups))
    parties = {s.party for s in event.sources}
    if None not in parties:
        event.partisan_only = True
        accused = {a.name for a in event.actors if a.role == "actor1"}
        claim = "claimed only by " + ", ".join(sorted(parties))
        if accused and not accused & parties:
            claim += " about " + ", ".join(sorted(accused))
        event.grade_reason = f"{event.grade_reason}; {claim}"
    mean_conf = sum(m.confidence for m in ms) / len(ms)
    event.confidence = round(min(1.0, mean_conf * (1 + 0.15 * (len(groups) - 1))), 3)
    return event


def _unique_docs(docs) -> list[SourceDoc]:
    seen, out = set(), []
    for d in docs:
        if d.id not in seen:
            seen.add(d.id)
            out.append(d)
    return out


def _consensus_type(ms: list[Mention]) -> str:
    """The type most (and most confidently) reported; denials and claims of responsibility do not vote."""
    weights: Counter = Counter()
    for m in ms:
        if m.modality != "denied" and m.event_type != "ATTRIB":
            weights[m.event_type] += m.confidence + 0.01
    if not weights:
        weights.update(m.event_type for m in ms)
    return max(weights.items(), key=lambda kv: (kv[1], kv[0]))[0]


def _consensus_date(ms: list[Mention]) -> tuple[Optional[str], int]:
    dated = [m for m in ms if m.date]
    if not dated:
        return None, 5
    best_prec = min(m.date_precision for m in dated)
    votes = Counter(m.date for m in dated if m.date_precision == best_prec)
    return max(votes.items(), key=lambda kv: (kv[1], kv[0]))[0], best_prec


def _consensus_place(ms: list[Mention]) -> Optional[Place]:
    placed = [m.location for m in ms if m.location is not None and m.location.lat is not None]
    if not placed:
        return None
    best_prec = min(p.precision for p in placed)
    votes = Counter((p.geonames_id, p.name) for p in placed if p.precision == best_prec)
    key = max(votes.items(), key=lambda kv: (kv[1], str(kv[0])))[0]
    return replace(next(p for p in placed if (p.geonames_id, p.name) == key))


def _union_actors(ms: list[Mention]) -> list[Actor]:
    out: dict[tuple[str, str], Actor] = {}
    for m in ms:
        for a in m.actors:
            out.setdefault((a.name, a.role), a)
    return list(out.values())


def _union_weapons(ms: list[Mention]) -> list[Weapon]:
    out: dict[str, Weapon] = {}
    for m in ms:
        for w in m.weapons:
            out.setdefault(w.name, w)
    return list(out.values())


def _casualty_ranges(mentions: list[tuple[Mention, SourceDoc]]) -> Casualties:
    """low = lowest reported, high = highest, best = the lower median of each source's own best figure."""
    result = Casualties()
    for kind in CASUALTY_KINDS:
        per_doc: dict[str, Quantity] = {}
        for m, d in mentions:
            q = getattr(m.casualties, kind)
            if q is None or q.best is None or m.modality in ("denied", "negated"):
                continue
            current = per_doc.get(d.id)
            if current is None or q.best > current.best:
                per_doc[d.id] = q
        if not per_doc:
            continue
        qs = list(per_doc.values())
        lows = [q.low if q.low is not None else q.best for q in qs]
        highs = [q.high if q.high is not None else q.best for q in qs]
        best = median_low([q.best for q in qs])
        raw = "; ".join(sorted({q.raw for q in qs if q.raw}))
        chosen = next(q for q in qs if q.best == best)
        setattr(result, kind, Quantity(low=min(lows), best=best, high=max(highs), raw=raw,
                                       group=chosen.group, evidence=chosen.evidence))
    return result


def _consensus_modality(ms: list[Mention]) -> str:
    if any(m.modality == "asserted" for m in ms):
        return "asserted"
    return Counter(m.modality for m in ms).most_common(1)[0][0]


def _sources(mentions: list[tuple[Mention, SourceDoc]]) -> list[Source]:
    by_doc: dict[str, Source] = {}
    for m, d in mentions:
        src = by_doc.get(d.id)
        if src is None:
            src = by_doc[d.id] = Source(
                document_id=d.id, publisher=d.publisher, url=d.url, published_at=d.published_at,
                title=d.title, copy_of=d.copy_of,
            )
        src.evidence.extend(m.evidence)
        if m.reporting_party and src.party is None and m.modality != "denied":
            src.party = m.reporting_party
        elif m.modality == "denied" and m.reporting_party:
            src.party = m.reporting_party
    return list(by_doc.values())


def _perpetrators(ms: list[Mention]) -> set[str]:
    return {
        a.name for m in ms if m.modality != "denied" for a in m.actors
        if a.role == "actor1" and not a.name.startswith(GENERIC_ACTOR_PREFIXES)
    }


_RESPONSIBILITY = re.compile(
    r"\b(?:claim(?:ed|s|ing)?|accept(?:ed|s)?|took|takes|admit(?:ted|s)?|acknowledg(?:ed|es))\b[^.;]{0,40}?"
    r"\bresponsibility\b|\bclaim(?:ed|s)? (?:the|an|a) (?:attack|strike|bombing|operation|ambush)",
    re.IGNORECASE,
)


def _claimants(ms: list[Mention]) -> set[str]:
    """Parties that say they did it: a claim of responsibility, or a party reporting its own strike."""
    out = set()
    for m in ms:
        if m.modality in ("denied", "negated"):
            continue
        doers = {a.name for a in m.actors if a.role == "actor1"}
        if m.event_type == "ATTRIB" or _RESPONSIBILITY.search(m.text):
            out |= doers
        if m.reporting_party and m.reporting_party in doers:
            out.add(m.reporting_party)
    return out


def grade(ms: list[Mention], mentions: list[tuple[Mention, SourceDoc]], independent: int) -> tuple[str, str]:
    denials = [(m, d) for m, d in mentions if m.modality == "denied"]
    if denials:
        who = ", ".join(sorted({m.denied_by or m.reporting_source or d.publisher or d.id for m, d in denials}))
        return "contested", f"denied by {who}"
    # Sources disagree on the perpetrator when two of them name perpetrators and share none.
    by_doc: dict[str, set[str]] = {}
    for m, d in mentions:
        named = _perpetrators([m])
        if named:
            by_doc.setdefault(d.id, set()).update(named)
    named_sets = list(by_doc.values())
    if any(not (a & b) for i, a in enumerate(named_sets) for b in named_sets[i + 1:]):
        return "contested", "sources name different perpetrators: " + ", ".join(sorted(_perpetrators(ms)))
    claimants = _claimants(ms) & _perpetrators(ms)
    if claimants:
        return "confirmed", f"the perpetrator ({', '.join(sorted(claimants))}) accepts responsibility"
    if independent >= 2:
        return "corroborated", f"{independent} independent sources agree on type, place and date"
    return "single_source", "one independent source" + (
        f" ({len({d.id for _, d in mentions})} documents, copies or one publisher)" if len(mentions) > 1 else "")
