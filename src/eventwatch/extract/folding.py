"""Decide which of a document's event sentences tell the same event, comparing what each sentence says itself.

A report tells one event over several sentences: the act, then the toll ("Four people were killed"), the
people who fled, the group that claimed it. A careful coder codes that once. The same report may open with
a summary ("attacks on two towns killed six") that its next sentences break down; the summary is not a third
event. These decisions compare each mention's OWN date and place only — a date or place inherited from the
document context would make every follow-up look like it belongs to whatever came before.
"""
from __future__ import annotations

import re
from typing import Any, Optional

from eventwatch.model import CASUALTY_KINDS, WHERE_PREC_ADMIN1, WHERE_PREC_COUNTRY, Mention, Place

# The ACLED families of political violence: what a toll or a claim of responsibility refers to.
VIOLENT_FAMILIES = frozenset({"Battles", "Explosions/Remote violence", "Violence against civilians"})
# Labels that are not an ACLED event by themselves: a sentence with one of them after an event is its detail
# (people fleeing the attack, the damage it did).
_DETAIL_LABELS = frozenset({"OTHER", "MAN_MADE_DISASTER"})


# Labels a follow-up sentence gets when it only tells the toll or the aftermath ("Four people were killed"
# reads as an attack, "the fighters killed" as a clash): they never make a new event on their own.
_GENERIC_LABELS = frozenset({"ATTACK", "ARMED_CLASH", "OTHER", "MAN_MADE_DISASTER", "CHANGE_TO_GROUP_ACT",
                             "MOB_VIOL", "ATTRIB"})
_SPECIFIC_CONFIDENCE = 0.5
_ANOTHER_EVENT = re.compile(r"\b(?:separate(?:ly)?|meanwhile|elsewhere|in\s+another)\b", re.I)


def place_key(place: Place) -> Any:
    return place.geonames_id or (place.name or "").lower()


def places_compatible(a: Optional[Place], b: Optional[Place]) -> bool:
    """Could `a` and `b` name where one event happened: the same place, or one a division holding the other?"""
    if a is None or b is None or place_key(a) == place_key(b):
        return True
    coarse, fine = (a, b) if a.precision >= b.precision else (b, a)
    if coarse.precision < WHERE_PREC_ADMIN1 or not coarse.country_code or coarse.country_code != fine.country_code:
        return False
    if coarse.precision >= WHERE_PREC_COUNTRY:
        return True
    return bool(coarse.admin1) and coarse.admin1 == fine.admin1


def dates_compatible(a: Optional[str], b: Optional[str]) -> bool:
    return a is None or b is None or a == b


def _stance(mention: Mention) -> str:
    """Denying an event and asserting it are two accounts that must stay apart; other modalities tell it."""
    return "denied" if mention.modality in ("denied", "negated") else "told"


def _perpetrators(mention: Mention) -> set[str]:
    return {a.name for a in mention.actors if a.role == "actor1"}


# A sentence that opens by naming the act just told with a definite article ("The strikes destroyed nine
# vehicles", "The attack began with a car bomb", "These raids killed"): it refers back to that act, whatever
# label the words after it earn, and the place it gives is where that act happened. Not one that names its
# own target ("The attack on Kabul airport in 2021"): that may be an earlier act told as background.
_BACK_REFERENCE = re.compile(
    r"^\W*(?:the|these|those|this|that)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:strikes?|air\s*strikes?|raids?|attacks?|shelling|bombardment|bombings?|explosions?|blasts?|assault|"
    r"offensive|clashes|fighting|ambush|shells|rockets|missiles?|drones?)\b(?!\s+(?:of|on|in|at)\s+[A-Z])",
    re.I,
)


# "in the attack", "the shelling killed", "after the raid": a definite act the sentence does not tell itself.
DEFINITE_ACT = re.compile(
    r"\bthe\s+(?:[\w-]+\s+)?(?:strikes?|air\s*strikes?|raids?|attacks?|shelling|bombardment|bombings?|"
    r"explosions?|blasts?|assault|ambush|clashes|fighting)\b",
    re.I,
)


def refers_back(mention: Mention) -> bool:
    """Whether the mention's sentence opens by naming the act told before it ("The strikes killed ...")."""
    return _BACK_REFERENCE.match(mention.text) is not None


def continues(previous: Mention, new: Mention) -> bool:
    """Does `new` add detail to `previous` rather than report another event?"""
    if _stance(new) != _stance(previous) or not dates_compatible(previous.date, new.date):
        return False
    if _ANOTHER_EVENT.search(new.text):
        return False  # "in a separate attack", "meanwhile", "elsewhere": the source says it is another event
    if new.event_type in _DETAIL_LABELS:
        # people fleeing an attack, the damage it did: their places are often origins or destinations
        return True
    if not places_compatible(previous.location, new.location):
        return False
    if refers_back(new) and previous.event_family in VIOLENT_FAMILIES:
        return True
    if new.event_family == previous.event_family or new.event_type == previous.event_type:
        return True
    if new.location is not None or new.date is not None:
        return False
    # An act of political violence confidently told after a non-violent event ("one jet bombed a school"
    # after a report of arrests) is an event of its own, even with no place or day of its own.
    if new.event_family in VIOLENT_FAMILIES and previous.event_family not in VIOLENT_FAMILIES \
            and new.event_type not in _GENERIC_LABELS and new.confidence >= _SPECIFIC_CONFIDENCE:
        return False
    # No place or day of its own ("Four people were killed, among them two children"): a detail of the
    # event before it, unless it names another perpetrator.
    mine, theirs = _perpetrators(previous), _perpetrators(new)
    return not (mine and theirs and not theirs & mine)


def fold_mentions(mentions: list[Mention]) -> list[Mention]:
    """Mentions in document order → one per event: follow-ups folded into the event they continue, a claim
    of responsibility into the attack it claims."""
    out: list[Mention] = []
    for mention in mentions:
        if mention.event_type == "ATTRIB":
            target = _claimed_event(out, mention)
            if target is not None:
                fold_claim(target, mention)
                continue
        if out and continues(out[-1], mention):
            fold(out[-1], mention)
            continue
        out.append(mention)
    return out


def _claimed_event(previous: list[Mention], claim: Mention) -> Optional[Mention]:
    """The latest violent event before the claim that it can refer to (same or no place and date)."""
    for candidate in reversed(previous):
        if candidate.event_family not in VIOLENT_FAMILIES:
            continue
        if places_compatible(candidate.location, claim.location) and dates_compatible(candidate.date, claim.date):
            return candidate
        return None  # the nearest attack is elsewhere or on another day: the claim is about something else
    return None


def fold_claim(event: Mention, claim: Mention) -> None:
    """The claimant becomes the attack's perpetrator where the attack named none; the claim is evidence."""
    perpetrators = _perpetrators(event)
    fold(event, claim)
    if perpetrators:
        claimed = {a.name for a in claim.actors if a.role == "actor1"} - perpetrators
        for actor in event.actors:
            if actor.name in claimed and actor.role == "actor1":
                actor.role = "associated"


def fold_toll_leads(mentions: list[Mention]) -> list[Mention]:
    """Mentions in document order (each with its own date and place only) → with a lead that states a toll
    at a broad place (a first-level division or coarser, or none) folded into the next mention when that one
    tells the same number killed at a place inside it ("SOHR documented the deaths of three civilians in
    northwest Syria. ... a woman and her two children were killed when shells hit Darat Izza"): the lead
    announces that event, whatever its own words made of it, and the event is at the finer place."""
    out: list[Mention] = []
    k = 0
    while k < len(mentions):
        lead = mentions[k]
        nxt = mentions[k + 1] if k + 1 < len(mentions) else None
        if nxt is not None and _announces(lead, nxt):
            fold(nxt, lead)
            out.append(nxt)
            k += 2
            continue
        out.append(lead)
        k += 1
    return out


def _announces(lead: Mention, detail: Mention) -> bool:
    toll, told = lead.casualties.killed, detail.casualties.killed
    if toll is None or told is None or not toll.best or toll.best != told.best:
        return False
    if detail.event_family not in VIOLENT_FAMILIES or detail.location is None or _stance(lead) != _stance(detail):
        return False
    if not dates_compatible(lead.date, detail.date) or _ANOTHER_EVENT.search(detail.text):
        return False
    broad, fine = lead.location, detail.location
    if broad is None:
        return True
    if broad.precision < WHERE_PREC_ADMIN1 or fine.precision >= broad.precision:
        return False
    # a part of a country ("northwest Syria") keeps no division: any place in that country lies in it
    return places_compatible(broad, fine) or broad.precision > WHERE_PREC_ADMIN1 \
        and bool(broad.country_code) and broad.country_code == fine.country_code


def drop_summaries(mentions: list[Mention]) -> list[Mention]:
    """Leave out a violent mention that the following ones break down: later mentions on a compatible day at
    two or more distinct places whose tolls add up to its own ("attacks on two towns killed six", then two
    and four), or, for a mention with a coarse place (or none), of its family at distinct places inside it."""
    keep: list[Mention] = []
    for i, m in enumerate(mentions):
        if m.event_family in VIOLENT_FAMILIES and _is_summary(m, mentions[i + 1:]):
            continue
        keep.append(m)
    return keep


def _is_summary(m: Mention, later: list[Mention]) -> bool:
    parts = [
        n for n in later
        if n.event_family in VIOLENT_FAMILIES and n.location is not None and _stance(n) == _stance(m)
        and dates_compatible(m.date, n.date)
    ]
    coarse = m.location is None or m.location.precision >= WHERE_PREC_ADMIN1
    inside = [n for n in parts if m.location is None
              or (n.location.precision < m.location.precision and places_compatible(m.location, n.location))]
    if coarse and len({place_key(n.location) for n in inside}) >= 2 \
            and any(n.event_family == m.event_family for n in inside):
        return True
    # Tolls at two or more places that add up to the summary's are the strongest sign: strong enough to
    # outweigh a summary place the geocoder read too precisely or a part it put in the wrong division.
    toll = m.casualties.killed.best if m.casualties.killed else None
    country = m.location.country_code if m.location is not None else None
    tolls = {place_key(n.location): n.casualties.killed.best or 0 for n in parts
             if n.casualties.killed and (country is None or n.location.country_code == country)}
    return toll is not None and len(tolls) >= 2 and toll == sum(tolls.values())


def fold_headline(headlines: list[tuple[Mention, set]], body: list[Mention]) -> list[Mention]:
    """A headline announces an event the body tells: it joins the first body mention it can describe (same
    stance and day, at its place or at any place the headline names); only a headline that matches none (or
    a document with no body event) stands as its own mention. `headlines` pairs each headline mention with
    the `place_key`s of every place it names."""
    out = list(body)
    for head, named in headlines:
        target = next((m for m in out if _stance(m) == _stance(head) and dates_compatible(m.date, head.date)
                       and (places_compatible(m.location, head.location)
                            or (m.location is not None and place_key(m.location) in named))), None)
        if target is None:
            out.insert(0, head)
        else:
            fold(target, head)
    return sorted(out, key=lambda m: m.sentence_start)


def fold(previous: Mention, new: Mention) -> None:
    """Merge `new` into `previous` (which keeps its event type): span, text in document order, fields that
    `previous` lacks, every piece of evidence. A later figure restates or updates a toll: keep the larger."""
    if new.sentence_start < previous.sentence_start:
        previous.text = new.text + " " + previous.text
    else:
        previous.text = previous.text + " " + new.text
    previous.sentence_start = min(previous.sentence_start, new.sentence_start)
    previous.sentence_end = max(previous.sentence_end, new.sentence_end)
    # A finer place told by a follow-up narrows the event's ("... in Idlib. The shells hit Saraqib"); not one told
    # by a detail (people fleeing, damage): its places are where people went or came from ("residents fled on
    # the Lashio road"), so it lends its place only to an event that has none.
    if previous.location is None:
        previous.location = new.location
    elif new.location is not None and new.event_type not in _DETAIL_LABELS \
            and new.location.precision < previous.location.precision \
            and places_compatible(previous.location, new.location):
        previous.location = new.location
    if previous.date is None and new.date is not None:
        previous.date, previous.date_precision = new.date, new.date_precision
    known = {(a.name, a.role) for a in previous.actors}
    previous.actors.extend(a for a in new.actors if (a.name, a.role) not in known)
    names = {w.name for w in previous.weapons}
    previous.weapons.extend(w for w in new.weapons if w.name not in names)
    for kind in CASUALTY_KINDS:
        mine, theirs = getattr(previous.casualties, kind), getattr(new.casualties, kind)
        if theirs is not None and (mine is None or (theirs.best or 0) > (mine.best or 0)):
            setattr(previous.casualties, kind, theirs)
    previous.civilian_targeting = previous.civilian_targeting or new.civilian_targeting
    previous.unresolved_places.extend(u for u in new.unresolved_places if u not in previous.unresolved_places)
    previous.evidence.extend(new.evidence)
    previous.reporting_source = previous.reporting_source or new.reporting_source
    previous.reporting_party = previous.reporting_party or new.reporting_party
