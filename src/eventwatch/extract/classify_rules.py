"""ACLED's coding rules as scoring rules over located cues.

Each rule adds weight to a label for a reason a coder would give: the named weapon decides among the
remote-violence types; the target decides between a battle and violence against civilians; the actor that
takes a place decides between a government gain and a non-state gain; a protest is peaceful unless the
authorities intervene, use excessive force, or the protesters turn violent; a disrupted weapon is not an
explosion. The winner is the label with the highest total, so each rule's evidence stays inspectable.
"""
from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, field
from typing import Optional

from eventwatch.extract.classify_roles import (
    ClassIndex,
    Hit,
    alleged,
    argument_info,
    arguments,
    clause_factor,
    losing_side,
    negated,
)
from eventwatch.extract.cues import KIND_FRAME, KIND_LABEL
from eventwatch.extract.incendiary_attacks import incendiary_attacks, is_incendiary
from eventwatch.extract.thrown_at_forces import (
    thrown_at_forces,
    throwing_negated,
    throwing_verb,
    thrown_things,
    words_thrown,
)

EXPLOSIVE_LABELS = ("CHEM_WEAP", "AIR_STRIKE", "SUIC_BOMB", "ART_MISS_ATTACK", "REM_EXPLOS", "GRENADE")
PROTEST_LABELS = ("PEACE_PROTEST", "PROTEST_WITH_INTER", "FORCE_AGAINST_PROTEST", "VIOL_DEMONSTR")
# Labels whose cues a protest explains away ("clashes with police" in a protest is not an armed clash).
PROTEST_ABSORBS = ("ARMED_CLASH", "ARREST", "ATTACK", "MOB_VIOL", "PROPERTY_DISTRUCT", "CHANGE_TO_GROUP_ACT",
                   "MAN_MADE_DISASTER", "ART_MISS_ATTACK", "NATURAL_DISASTER")
# Actors whose doing something cannot be a natural disaster ("students flooded the streets", "rockets
# rained down").
_ANIMATE = ("CIVILIAN", "PROTESTER", "STATE", "NONSTATE", "MOB", "WEAPON")
# Aircraft: as the doer of an attack they make it an air strike; named alone (flying, entering airspace,
# scrambling) they are no strike at all.
_AIRCRAFT = {"aircraft", "jet", "warplane", "plane", "helicopter", "drone", "uav", "gunship", "bomber",
             "warjet", "sortie", "airplane", "airforce", "airliner"}
# Verbs by which protesters are the victims, not the doers ("four protesters died").
_EXPERIENCER_LEMMAS = {"die", "dead", "death", "fatal", "injure", "wound", "hurt", "suffer"}
PROTEST_MIN = 2.5  # protest evidence needed before a snippet is read as a protest
SUBTYPE_MIN = 2.5  # evidence for how a protest went (violence, force, intervention) that counts


@dataclass
class Scores:
    """Label totals plus, per label, the hits that produced them (the cues shown to users)."""

    totals: dict[str, float] = field(default_factory=lambda: defaultdict(float))
    support: dict[str, list[Hit]] = field(default_factory=lambda: defaultdict(list))

    def add(self, label: str, amount: float, hit: Optional[Hit] = None) -> None:
        if amount == 0:
            return
        self.totals[label] += amount
        if hit is not None and hit not in self.support[label]:
            self.support[label].append(hit)

    def scale(self, label: str, factor: float) -> None:
        if label in self.totals:
            self.totals[label] *= factor

    def best(self) -> tuple[Optional[str], float]:
        if not self.totals:
            return None, 0.0
        label = max(self.totals, key=lambda k: (self.totals[k], -_TIE_ORDER.get(k, 99)))
        return label, self.totals[label]


# On equal scores, the more specific ACLED type wins (ACLED codes the most specific applicable type).
_TIE_ORDER = {label: i for i, label in enumerate((
    "CHEM_WEAP", "SUIC_BOMB", "AIR_STRIKE", "GRENADE", "REM_EXPLOS", "ART_MISS_ATTACK", "SEX_VIOL",
    "ABDUCT_DISSAP", "FORCE_AGAINST_PROTEST", "VIOL_DEMONSTR", "PROTEST_WITH_INTER", "PEACE_PROTEST",
    "MOB_VIOL", "GOV_REGAINS_TERIT", "NON_STATE_ACTOR_OVERTAKES_TER", "NON_VIOL_TERRIT_TRANSFER",
    "ATTRIB", "DISR_WEAP", "HQ_ESTABLISHED", "ARMED_CLASH", "ATTACK", "ARREST", "ORG_CRIME", "AGREEMENT",
    "DIPLO", "NATURAL_DISASTER", "MAN_MADE_DISASTER", "PROPERTY_DISTRUCT", "CHANGE_TO_GROUP_ACT", "OTHER",
))}


def _frames(hit: Hit) -> dict[str, float]:
    return {e.name: e.weight for e in hit.match.entries if e.kind == KIND_FRAME}


def _labels(hit: Hit) -> dict[str, float]:
    return {e.name: e.weight for e in hit.match.entries if e.kind == KIND_LABEL}


def score(hits: list[Hit], index: ClassIndex) -> Scores:
    scores = Scores()
    disrupted = _disrupted_tokens(hits, index)
    victims = _crime_victims(hits, index)
    _direct(hits, index, scores, disrupted, victims)
    _property_destroyed(hits, index, scores)
    _attack_frames(hits, index, scores)
    _territory(hits, index, scores)
    _disrupt_and_arrest(hits, index, scores, victims)
    _other_frames(hits, index, scores)
    _protest(hits, index, scores)
    if not any(scores.totals.get(label, 0) > 0 for label in PROTEST_LABELS):
        # extract/thrown_at_forces.py: "youths hurled rocks at police"; a protest's violence is its own
        for amount, hit in thrown_at_forces(hits, index):
            scores.add("MOB_VIOL", amount, hit)
        # extract/incendiary_attacks.py: "attackers threw petrol bombs at a refugee hostel" (or at people)
        for label, amount, hit in incendiary_attacks(hits, index):
            scores.add(label, amount, hit)
    _accusations(hits, scores)
    _claims(hits, index, scores)
    _delivery(hits, index, scores)
    _departures(hits, index, scores)
    _instruments(hits, scores)
    _modified_fire_exchange(hits, index, scores)
    armed_groups = any("NONSTATE" in k for k in index.by_token.values())
    _priorities(hits, scores, armed_groups)
    _reciprocal_fire(hits, index, scores)
    return scores


def _disrupted_tokens(hits: list[Hit], index: ClassIndex) -> set[int]:
    """Weapons that are the object of seizing, finding, defusing or intercepting were not used."""
    out: set[int] = set()
    for hit in hits:
        if "DISRUPT" in _frames(hit):
            info = argument_info(hit.head, index)
            if info.agent == "NONSTATE":
                continue  # fighters seizing a post's weapons took them as spoils
            if info.patient == "WEAPON" or "WEAPON" in info.patient_classes:
                out |= info.patient_tokens
    return out


def _crime_victims(hits: list[Hit], index: ClassIndex) -> set[int]:
    """Suspected thieves beaten by a crowd are victims of the violence, not evidence of organised crime."""
    out: set[int] = set()
    for hit in hits:
        harm = {"ATTACK_VERB", "KILL"} & set(_frames(hit)) or (
            hit.head.pos_ == "VERB" and {"PROPERTY_DISTRUCT", "MOB_VIOL", "ATTACK"} & set(_labels(hit)))
        if harm:
            info = argument_info(hit.head, index)
            if info.patient == "CRIME" and info.agent != "STATE":
                out |= info.patient_tokens
    return out


def _direct(hits: list[Hit], index: ClassIndex, scores: Scores, disrupted: set[int], victims: set[int]) -> None:
    for hit in hits:
        for label, weight in _labels(hit).items():
            factor = hit.weight_factor
            if label in ("ORG_CRIME", "ABDUCT_DISSAP") and hit.head.i in victims:
                factor *= 0.3
            if label == "CHEM_WEAP" and alleged(hit.head):
                factor = min(1.0, factor / 0.4)  # ACLED codes alleged chemical use as chemical use
            if label == "ATTACK" and hit.head.pos_ == "VERB":
                info = argument_info(hit.head, index)
                if info.patient in ("STATE", "MIL_TARGET") and info.agent != "STATE":
                    label = "ARMED_CLASH"  # "shot dead a police officer at a checkpoint": armed on both sides
            if label == "GRENADE" and weight <= WEAK_GRENADE_MAX and _nothing_explosive_thrown(hit, index):
                factor = 0.0  # "rocks hurled at police", "insults hurled at the mayor": no grenade
            if label == "AGREEMENT" and _deal_frame(hit):
                factor *= 0.5
            if label == "AGREEMENT" and _violated(hit.head):
                # "ceasefire violations", "violated the truce": fighting, told against the agreement
                scores.add("ARMED_CLASH", weight * factor * 0.5, hit)
                factor *= 0.2
            if label == "CHANGE_TO_GROUP_ACT" and _reaction(hit.head, hits):
                factor *= 0.4  # "..., and soldiers were later deployed to the area": the response
            if (label == "CHANGE_TO_GROUP_ACT" or label in _VIOLENT) and _agreed_content(hit.head):
                factor *= 0.3  # "agreed on the withdrawal of foreign fighters": what the deal says
            if label == "CHANGE_TO_GROUP_ACT" and _recovery(hit.head, index):
                factor *= 0.1  # "rescuers pulled out nine bodies": the aftermath, not a force moving
            if label == "PROPERTY_DISTRUCT" and hit.head.lemma_ in ("blow", "dynamite") and \
                    not _structure_object(hit.head, index):
                factor *= 0.2  # "a car bomb blew up", "sappers blew up the mines": not property destroyed
            if label in ("ORG_CRIME", "PROPERTY_DISTRUCT") and _to_death(hit.head):
                label = "ATTACK"  # "hacked a pastor to death", "burned a man to death": a killing
            if label == "OTHER" and hit.head.dep_ in ("compound", "amod"):
                factor *= 0.2  # "a displacement camp", "displaced people": a population, not the event
            if label == "OTHER" and hit.head.pos_ == "VERB" and \
                    argument_info(hit.head, index).agent in ("STATE", "NONSTATE"):
                factor *= 0.3  # soldiers who fled retreated; only civilians are displaced
            if label == "OTHER" and _caused_by_violence(hit.head, hits):
                factor *= 0.3  # "attacks on villages have displaced 60,000": the attacks are the event
            if label in EXPLOSIVE_LABELS and hit.head.i in disrupted:
                scores.add("DISR_WEAP", weight * factor * 0.5, hit)
                factor *= 0.15
            if label == "NATURAL_DISASTER" and hit.head.pos_ == "VERB":
                if argument_info(hit.head, index).agent in _ANIMATE:
                    factor *= 0.1  # a metaphor: people "flooded" the streets
            if label in ("PROPERTY_DISTRUCT", "ARMED_CLASH") and hit.head.pos_ == "VERB":
                info = argument_info(hit.head, index)
                if info.agent == "MOB" and info.agent_parsed:
                    label = "MOB_VIOL"  # a crowd burning a house or brawling is a mob
            scores.add(label, weight * factor, hit)


# The weakest grenade cues are bare verbs of throwing ("hurled at", "lobbed"): a grenade only when what is
# thrown is unnamed or explosive.
WEAK_GRENADE_MAX = 1.5
# Things named so vaguely that a grenade may be meant ("hurled an object at the post").
_VAGUE_THROWN = frozenset({"object", "device", "item", "thing", "package", "something", "parcel"})
_GRENADE_THROW_LEMMAS = frozenset({"throw", "lob", "hurl", "toss", "fling"})


def _nothing_explosive_thrown(hit: Hit, index: ClassIndex) -> bool:
    """The grenade cue is a verb of throwing whose thrown things are named and none is an explosive: stones,
    eggs, a petrol bomb or insults "hurled at" someone (a headline's "Rocks hurled at police" too). "A device
    was hurled at the convoy" or a bare "hurled at" keeps the weak cue."""
    head = hit.head
    if head.pos_ != "VERB" or head.lemma_.lower() not in _GRENADE_THROW_LEMMAS:
        return False
    thrown = thrown_things(head)
    return bool(thrown) and not any(
        t.lemma_.lower() in _VAGUE_THROWN or t.pos_ == "PRON" or
        ("WEAPON" in index.of_phrase(t) and not is_incendiary(t)) for t in thrown)


def _caused_by_violence(verb, hits: list[Hit]) -> bool:
    """Whether the verb (of flight, displacement) has a violent act as its doer: "attacks by armed groups on
    villages have displaced 60,000 people", "thousands were displaced by the fighting", "clashes forced
    families to flee". The flight is what the act caused; a coder records the act, with the displaced as
    its toll, so the flight must not outweigh it."""
    if verb.pos_ != "VERB":
        return False
    violent = {h.head.i for h in hits if (_VIOLENT & set(_labels(h)) or "ATTACK_VERB" in _frames(h))
               and h.head.pos_ in ("NOUN", "PROPN")}
    if not violent:
        return False
    doers = [c for c in verb.children if c.dep_ in ("nsubj", "csubj")]
    doers += [g for c in verb.children if c.dep_ == "agent" for g in c.children if g.dep_ == "pobj"]
    return any(d.i in violent or any(c.dep_ == "conj" and c.i in violent for c in d.children) for d in doers)


def _to_death(verb) -> bool:
    """The verb's complement says the victim died of it ("hacked him to death")."""
    return verb.pos_ == "VERB" and any(
        c.dep_ == "prep" and c.lower_ == "to" and any(g.lower_ == "death" for g in c.children)
        for c in verb.children)


# Destruction verbs weak on their own ("burned", "destroyed", "damaged"): fire, floods and shells destroy too.
WEAK_DESTRUCTION_MAX = 2.0
DESTRUCTION_BY_ARMED_SIDE = 1.5  # the extra, times the verb's weight


def _property_destroyed(hits: list[Hit], index: ClassIndex, scores: Scores) -> None:
    """A state force or armed group that burns, destroys or damages property commits the destruction itself
    ("militia fighters burned hundreds of huts", "rebels destroyed dozens of homes"): with such a doer and
    such an object the weak verb says as much as "torched". A fire, a flood or a bomb that destroys homes has
    no armed doer and keeps its own type, and so does an air force's destruction (an air strike)."""
    for hit in hits:
        w = _labels(hit).get("PROPERTY_DISTRUCT", 0.0)
        if not 0 < w <= WEAK_DESTRUCTION_MAX or hit.head.pos_ != "VERB" or _air_agent(hit.head):
            continue
        info = argument_info(hit.head, index)
        if info.agent in ("STATE", "NONSTATE") and "PROPERTY" in info.patient_classes:
            scores.add("PROPERTY_DISTRUCT", DESTRUCTION_BY_ARMED_SIDE * w * hit.weight_factor, hit)


_LATER_WORDS = {"later", "then", "subsequently", "afterwards", "afterward", "since", "immediately", "quickly"}


def _reaction(tok, hits: list[Hit]) -> bool:
    """A deployment or move told after a violent act, in the same sentence ("killed 30 villagers, and
    soldiers were later deployed to the area"): the response to the event, which ACLED codes as the event."""
    verb = tok
    for _ in range(4):  # (spaCy makes a new Token per access: compare positions, never identity)
        if verb.pos_ in ("VERB", "AUX") or verb.head.i == verb.i:
            break
        verb = verb.head
    if verb.dep_ != "conj":
        return False
    first = verb.head
    violent = {h.head.i for h in hits if {"ATTACK_VERB", "KILL"} & set(_frames(h)) or set(_labels(h)) & _VIOLENT}
    if first.i not in violent:
        return False
    return first.i < verb.i and (any(c.lower_ in _LATER_WORDS for c in verb.children) or
                                 any(c.dep_ == "auxpass" for c in verb.children))


_AGREE_LEMMAS = {"agree", "agreement", "deal", "accord", "pact", "treaty", "ceasefire", "truce", "negotiate",
                 "sign", "memorandum", "plan", "roadmap"}


def _agreed_content(tok) -> bool:
    """A movement named as the content of a deal ("agreed on the withdrawal of", "a deal for the pullout
    of", "signed an accord providing for the redeployment"): the event is the agreement, not the move."""
    cur = tok
    for _ in range(5):
        if cur.head.i == cur.i or cur.dep_ not in ("pobj", "prep", "dobj", "conj", "compound", "pcomp", "xcomp",
                                                "acl", "nsubjpass"):
            return False
        cur = cur.head
        if cur.lemma_.lower() in _AGREE_LEMMAS:
            return True
    return False


def _structure_object(verb, index: ClassIndex) -> bool:
    """The verb has an object that is a thing, not a weapon or a person ("blew up a bridge")."""
    objects = [c for c in verb.children if c.dep_ in ("dobj", "nsubjpass")]
    if not objects:
        return False
    classes = set().union(*(index.of_phrase(o) for o in objects))
    return not classes & {"WEAPON", "STATE", "NONSTATE", "MIL_TARGET", "REMAINS"}


def _recovery(tok, index: ClassIndex) -> bool:
    """A movement verb whose mover or moved is the aftermath of an event: rescuers, bodies, survivors,
    rubble ("pulled nine bodies out of the rubble", "the wounded were evacuated"). Such a sentence reports
    what an attack or disaster left, which takes that event's type; no armed group changed its activity."""
    if not (tok.pos_ == "VERB" or tok.tag_.startswith("VB")):
        return False
    agents, patients = arguments(tok)
    if any("RESCUER" in index.of_phrase(a) for a in agents):
        return True
    for p in patients:
        if "REMAINS" in index.of_phrase(p) and index.kind(p) not in ("STATE", "NONSTATE"):
            return True
    return False


_VIOLATION_LEMMAS = {"violation", "violate", "breach", "break", "collapse", "rupture", "infringement"}


def _violated(tok) -> bool:
    """An agreement named as what was broken ("ceasefire violations", "the truce was breached")."""
    near = [tok.head, *tok.children]
    if tok.dep_ == "compound":
        near.append(tok.head)
    return any(t.i != tok.i and t.lemma_.lower() in _VIOLATION_LEMMAS for t in near)


def _attack_frames(hits: list[Hit], index: ClassIndex, scores: Scores) -> None:
    """An attack's target decides between a battle and violence against civilians."""
    # "sexually assaulted": the assault is the sexual violence, coded by its own cue
    sexual = {h.head.i for h in hits if "SEX_VIOL" in _labels(h)}
    for hit in hits:
        frames = _frames(hit)
        f = hit.weight_factor
        if hit.head.i in sexual:
            continue
        if "ATTACK_VERB" in frames:
            w = frames["ATTACK_VERB"] * f
            info = argument_info(hit.head, index)
            agent, patient = info.agent, info.patient
            if agent in ("CIVILIAN", "MOB") and _armed_agent(hit.head):
                agent = "NONSTATE"  # "herders armed with rifles attacked": an armed group, not a mob
            if _aircraft_agent(hit.head):
                scores.add("AIR_STRIKE", 2.0 * w, hit)  # "helicopters targeted the town"
            elif agent == "WEAPON":
                pass  # "rockets struck ...": the weapon's own cue codes the event
            elif agent == "MOB" and info.agent_parsed:
                scores.add("MOB_VIOL", 2.0 * w, hit)  # a crowd storming a police station is a mob, not a battle
            elif patient in ("MIL_TARGET", "STATE", "BASE") and agent != "STATE":
                scores.add("ARMED_CLASH", 2.0 * w, hit)
            elif agent == "STATE" and patient == "NONSTATE":
                scores.add("ARMED_CLASH", 2.0 * w, hit)
            elif agent == "NONSTATE" and patient == "NONSTATE":
                scores.add("ARMED_CLASH", 1.5 * w, hit)
            elif patient == "PROTESTER" and agent == "STATE":
                scores.add("FORCE_AGAINST_PROTEST", 2.0 * w, hit)
            elif agent == "PROTESTER":
                scores.add("VIOL_DEMONSTR", 2.0 * w, hit)
            elif agent == "MOB" or (patient == "CRIME" and agent in ("CIVILIAN", None)) or \
                    (agent == "CIVILIAN" and info.agent_plural and patient in ("CIVILIAN", "CRIME", None)):
                scores.add("MOB_VIOL", 2.0 * w, hit)  # a crowd of residents is a mob
            elif patient in ("CIVILIAN", "PLACE"):
                scores.add("ATTACK", 2.0 * w, hit)
            elif agent == "NONSTATE":
                scores.add("ATTACK", 0.8 * w, hit)
                scores.add("ARMED_CLASH", 0.8 * w, hit)
            else:
                scores.add("ATTACK", 0.5 * w, hit)
                scores.add("ARMED_CLASH", 0.4 * w, hit)
        if "KILL" in frames:
            w = frames["KILL"] * f
            info = argument_info(hit.head, index)
            agent, patient = info.agent, info.patient
            if _aircraft_agent(hit.head):
                scores.add("AIR_STRIKE", 2.0 * w, hit)
            elif patient in ("STATE", "NONSTATE") and agent in ("STATE", "NONSTATE") and info.agent_parsed \
                    and hit.head.pos_ == "VERB":
                scores.add("ARMED_CLASH", 3.0 * w, hit)  # "soldiers killed a rebel commander": told as done
            elif patient in ("STATE", "NONSTATE") or (agent == "STATE" and patient is None):
                scores.add("ARMED_CLASH", 2.5 * w, hit)
            elif patient == "PROTESTER":
                scores.add("FORCE_AGAINST_PROTEST", 2.0 * w, hit)
            elif patient == "CIVILIAN" and agent in ("NONSTATE", "STATE"):
                scores.add("ATTACK", 3.0 * w, hit)  # armed men killing villagers: the attack itself
            elif patient == "CIVILIAN":
                scores.add("ATTACK", 1.5 * w, hit)
            else:
                scores.add("ATTACK", 0.5 * w, hit)


_OUSTING_VERBS = {"push", "drive", "force", "oust", "expel", "flush", "chase", "kick", "clear", "rout", "dislodge"}
_OUSTING_ALONE = {"oust", "rout", "dislodge"}  # these mean "out of a place" without a particle


def _ousting(hits: list[Hit], index: ClassIndex, scores: Scores) -> None:
    """'Troops pushed the militants out of the area': the agent gains the place the patient loses."""
    seen = {h.head.i for h in hits if "TERRITORY" in _frames(h)}
    if not hits:
        return
    for tok in index.with_lemma(_OUSTING_VERBS):
        if tok.i in seen:
            continue
        if tok.lemma_ not in _OUSTING_ALONE and not any(
                c.dep_ in ("prt", "prep", "advmod") and c.lower_ in ("out", "from") for c in tok.children):
            continue
        info = argument_info(tok, index)
        # "militants were dislodged": with no agent named, the other side gains the place
        if info.patient == "NONSTATE" and info.agent in ("STATE", None):
            scores.add("GOV_REGAINS_TERIT", 5.0)
        elif info.patient == "STATE" and info.agent in ("NONSTATE", None):
            scores.add("NON_STATE_ACTOR_OVERTAKES_TER", 5.0)


_ARMS_WORDS = {"rifle", "rifles", "gun", "guns", "kalashnikov", "kalashnikovs", "firearm", "firearms",
               "ak-47", "ak-47s", "weapon", "weapons", "machine", "assault"}


def _armed_agent(trigger) -> bool:
    """The doer is described as carrying firearms ("herders armed with rifles", "heavily armed men"):
    ACLED codes armed groups of civilians as a militia, not as a crowd. Machetes and sticks stay a mob."""
    agents, _ = arguments(trigger)
    for a in agents:
        for c in a.children:
            if c.lower_ == "armed" and c.dep_ in ("acl", "amod"):
                with_what = {t.lower_ for t in c.subtree}
                if with_what & _ARMS_WORDS or len(with_what) == 1 or "heavily" in with_what:
                    return True
    return False


def _air_agent(trigger) -> bool:
    """The doer is an aircraft or an air force, named anywhere in its phrase ("the Syrian Air Force")."""
    agents, _ = arguments(trigger)
    return any(t.lower_ == "air" or t.lemma_.lower() in _AIRCRAFT for a in agents for t in a.subtree)


def _aircraft_agent(trigger) -> bool:
    """The doer of an attack verb is an aircraft ("the regime's helicopters targeted", "jets struck")."""
    if not (trigger.pos_ == "VERB" or trigger.tag_.startswith("VB")):
        return False
    agents, _ = arguments(trigger)
    return any(a.lemma_.lower() in _AIRCRAFT for a in agents)


# Verbs by which forces move into a place; "under a deal" they take it over without a fight.
_MOVE_IN_LEMMAS = {"deploy", "enter", "move", "hand", "redeploy", "take"}


def _deal_frame(hit: Hit) -> bool:
    """A deal named as the frame of something else: "under a deal", "following the agreement", "as part of
    a de-escalation deal". What is done under it is the event; the deal is background."""
    if _labels(hit).get("AGREEMENT", 0) < 3.5:
        return False
    tok = hit.head
    while tok.dep_ in ("compound", "amod", "conj") and tok.head.i != tok.i:
        tok = tok.head
    if tok.dep_ != "pobj":
        return False
    prep = tok.head
    if prep.lower_ in ("under", "following", "per"):
        return True
    if prep.lower_ == "of" and prep.head.lower_ == "part":
        return True
    return prep.lower_ == "with" and prep.head.lower_ in ("line", "accordance", "compliance")


def _under_deal(hits: list[Hit]) -> bool:
    return any(_deal_frame(h) for h in hits)


def _handovers(hits: list[Hit], index: ClassIndex, scores: Scores) -> float:
    """A place handed over is a non-violent transfer; captives handed over are part of a deal; suspects
    handed over to the police are neither. Returns the transfer evidence found."""
    found = 0.0
    triggers = [(h.head, _frames(h).get("HANDOVER", 0) * h.weight_factor, h) for h in hits if "HANDOVER" in _frames(h)]
    handled = {t.i for t, _, _ in triggers}
    for tok in index.with_lemma(("hand", "turn")) if hits else ():
        # "handed three districts over to ...": the particle split from its verb
        if tok.i not in handled and any(
                c.dep_ in ("prt", "prep") and c.lower_ in ("over", "back") for c in tok.children):
            triggers.append((tok, 5.0, None))
    for tok, weight, hit in triggers:
        info = argument_info(tok, index)
        named_place = any(  # a proper name the small model leaves untyped or calls an organisation
            tok.doc[i].pos_ == "PROPN" and tok.doc[i].ent_type_ in ("", "GPE", "LOC", "FAC", "ORG")
            for i in info.patient_tokens
        ) and not info.patient_classes & {"CAPTIVE", "CIVILIAN", "CRIME", "STATE", "NONSTATE"}
        if info.patient_classes & {"PLACE", "BASE", "MIL_TARGET"} or named_place or \
                any(t.lemma_ == "control" for t in tok.subtree):
            scores.add("NON_VIOL_TERRIT_TRANSFER", weight, hit)
            found += weight
        elif "CAPTIVE" in info.patient_classes:
            scores.add("AGREEMENT", weight, hit)
    return found


def _territory(hits: list[Hit], index: ClassIndex, scores: Scores) -> None:
    """Who takes a place: government forces regain it, non-state actors overtake it, or it is handed over."""
    _ousting(hits, index, scores)
    # "after the soldiers fled without a fight": how the place changed hands, wherever it is said
    peaceful = sum(_labels(h).get("NON_VIOL_TERRIT_TRANSFER", 0) * h.position * h.negation for h in hits)
    peaceful += _handovers(hits, index, scores)
    withdrew = any(
        _labels(h).get("CHANGE_TO_GROUP_ACT", 0) >= 4
        and h.head.lemma_ in ("withdraw", "pull", "evacuate", "leave", "retreat", "abandon")
        for h in hits
    ) or _withdrawals(hits, index) or _left_before(hits, index)
    fighting = sum(_labels(h).get("ARMED_CLASH", 0) * h.weight_factor for h in hits) >= 3
    # Forces moving in "under a deal" or "following the agreement" fought no one; forces only leaving
    # under a deal are the deal's doing (an evacuation or withdrawal agreement).
    deal = _under_deal(hits) and not fighting
    if deal and any(h.head.lemma_ in _MOVE_IN_LEMMAS and _labels(h).get("CHANGE_TO_GROUP_ACT", 0) >= 2
                    for h in hits):
        scores.add("NON_VIOL_TERRIT_TRANSFER", peaceful + 4.0)
    if withdrew and peaceful >= 3:
        scores.add("NON_VIOL_TERRIT_TRANSFER", peaceful)  # one side leaves, the other is handed the place
    for hit in hits:
        frames = _frames(hit)
        if "TERRITORY" not in frames:
            continue
        info = argument_info(hit.head, index)
        agent, patient, classes = info.agent, info.patient, info.patient_classes
        place_like = bool(classes & {"PLACE", "BASE", "MIL_TARGET"}) or hit.head.ent_type_ in ("GPE", "LOC", "FAC")
        if patient in ("WEAPON", "CRIME", "DIPLOMAT", "PROTESTER") or (patient == "CIVILIAN" and not place_like):
            continue
        if "CAPTIVE" in classes and not place_like:
            continue  # "freed the hostages" frees people, not a place
        if patient in ("STATE", "NONSTATE") and not place_like:
            continue  # "captured soldiers" is a capture of people, not of territory
        if frames["TERRITORY"] < 3 and not place_like:
            continue  # "took", "entered": territorial only with a place as object
        if _aircraft_agent(hit.head):
            continue  # planes entering a zone or airspace hold no ground
        w = frames["TERRITORY"] * hit.weight_factor
        if not place_like and not withdrew:
            w *= 0.5  # (after a withdrawal, the place is the one left behind)
        if agent not in ("STATE", "NONSTATE"):
            loser = losing_side(hit.head, index)
            agent = {"STATE": "NONSTATE", "NONSTATE": "STATE"}.get(loser or "", agent)
        if (peaceful >= 4 or withdrew or deal) and not fighting:
            # one side leaves or hands over, the other moves in: a transfer, not a conquest
            scores.add("NON_VIOL_TERRIT_TRANSFER", 2.0 * w * (1.0 + min(peaceful, 5) / 5) + 2.0, hit)
            w *= 0.5
        if agent == "STATE":
            scores.add("GOV_REGAINS_TERIT", 1.5 * w, hit)
        elif agent == "NONSTATE":
            scores.add("NON_STATE_ACTOR_OVERTAKES_TER", 1.5 * w, hit)
        else:
            scores.add("GOV_REGAINS_TERIT", 0.6 * w, hit)
            scores.add("NON_STATE_ACTOR_OVERTAKES_TER", 0.5 * w, hit)


_FREEING_LEMMAS = {"free", "release", "liberate", "rescue", "exchange", "swap", "visit"}
_PEOPLE = ("CIVILIAN", "PROTESTER", "NONSTATE", "CRIME", "DIPLOMAT")
# Organised-crime evidence that names the reason for an arrest even in a background phrase ("arrested over
# allegations he embezzled funds"): only the decisive crime words.
_CRIME_REASON_MIN = 6.0


def _hyphen_compound(token) -> bool:
    """Whether the word closes a hyphenated modifier ("rebel-held", "government-held"), which describes a
    place's holder rather than reporting an act."""
    i = token.i
    if i < 2:
        return False
    dash, first = token.doc[i - 1], token.doc[i - 2]
    return dash.text == "-" and not dash.whitespace_ and not first.whitespace_


def _disrupt_and_arrest(hits: list[Hit], index: ClassIndex, scores: Scores, victims: frozenset[int] | set[int] = frozenset()) -> None:
    """Seized weapons are disrupted weapons use; seized drugs or arrested smugglers are organised crime."""
    crime_reason = any(_labels(h).get("ORG_CRIME", 0) >= _CRIME_REASON_MIN and h.negation == 1.0 for h in hits)
    for hit in hits:
        frames = _frames(hit)
        f = hit.weight_factor
        if "DISRUPT" in frames:
            info = argument_info(hit.head, index)
            w = frames["DISRUPT"] * f
            if info.agent == "NONSTATE":
                pass  # weapons taken by fighters are spoils, not a disrupted attack
            elif info.patient == "WEAPON" or "WEAPON" in info.patient_classes:
                scores.add("DISR_WEAP", 2.0 * w, hit)
            elif info.patient == "CRIME":
                scores.add("ORG_CRIME", 1.5 * w, hit)
        if "ARREST" in frames:
            if hit.head.i in victims:
                continue  # "burned a suspected thief who was held inside": the suspect is the victim
            info = argument_info(hit.head, index)
            w = frames["ARREST"] * f
            if info.patient == "WEAPON":
                continue
            if frames["ARREST"] < 5 and info.patient not in _PEOPLE:
                continue  # "held talks", "held a press conference": only people are held
            if frames["ARREST"] < 5 and _hyphen_compound(hit.head):
                continue  # "the rebel-held enclave": who holds the ground, not a detention
            if hit.head.pos_ in ("NOUN", "PROPN") and hit.head.dep_ == "dobj" and \
                    hit.head.head.lemma_ in _FREEING_LEMMAS:
                continue  # "freed the detainees": people who had been held, now released
            if info.patient == "CRIME" or crime_reason:
                scores.add("ORG_CRIME", w, hit)  # arrests for smuggling, theft or graft
            else:
                scores.add("ARREST", w, hit)


def _other_frames(hits: list[Hit], index: ClassIndex, scores: Scores) -> None:
    for hit in hits:
        frames = _frames(hit)
        f = hit.weight_factor
        if "ESTABLISH" in frames:
            info = argument_info(hit.head, index)
            if info.patient in ("BASE", "MIL_TARGET") or "BASE" in info.patient_classes:
                scores.add("HQ_ESTABLISHED", 2.0 * frames["ESTABLISH"] * f, hit)
        if "EXPEL" in frames:
            info = argument_info(hit.head, index)
            w = frames["EXPEL"] * f
            if info.patient == "DIPLOMAT":
                scores.add("DIPLO", 2.0 * w, hit)
            elif info.patient in ("CIVILIAN", "CRIME", None):
                scores.add("OTHER", w, hit)
        if "RELEASE" in frames:
            info = argument_info(hit.head, index)
            if "CAPTIVE" in info.patient_classes and not _by_force(hit.head, hits):
                scores.add("AGREEMENT", 2.5 * frames["RELEASE"] * f, hit)  # captives freed by one side
        if "ABDUCT_VERB" in frames:
            info = argument_info(hit.head, index)
            if info.patient == "CIVILIAN" and info.agent in ("STATE", "NONSTATE"):
                scores.add("ABDUCT_DISSAP", 2.0 * frames["ABDUCT_VERB"] * f, hit)


def _protester_phrases(hits: list[Hit]) -> set[int]:
    """Tokens of the subject of a protest verb ("families of soldiers killed in the war protested")."""
    out: set[int] = set()
    for h in hits:
        if "PROTEST" not in _frames(h):
            continue
        verb = h.head if h.head.pos_ == "VERB" else h.head.head  # "held a rally": the rally's verb
        if verb.pos_ not in ("VERB", "AUX"):
            continue
        for c in verb.children:
            if c.dep_ in ("nsubj", "nsubjpass"):
                out |= {t.i for t in c.subtree}
    return out


def _describes_people(tok, index: ClassIndex) -> bool:
    """A participle describing someone other than protesters ("families of soldiers killed in the war",
    "a rally for students wounded last year"): who they are, not force used on this protest."""
    if tok.dep_ != "acl" or tok.tag_ != "VBN":
        return False
    return "PROTESTER" not in index.of_phrase(tok.head)


def _by_force(verb, hits: list[Hit]) -> bool:
    """'Raided the station and freed the detainees': a release coordinated with an assault is no deal."""
    attack_heads = {h.head.i for h in hits if "ATTACK_VERB" in _frames(h)}
    linked = {verb.i, verb.head.i} | {c.i for c in verb.children if c.dep_ == "conj"}
    return bool(linked & attack_heads) and verb.i not in attack_heads


def _frame_verb(tok):
    """The verb a cue belongs to: itself, or the verb above its noun ("fired tear gas", "responded with tear
    gas"), a few steps up at most."""
    cur, hops = tok, 0
    while cur.pos_ not in ("VERB", "AUX") and cur.head.i != cur.i and hops < 3:
        cur, hops = cur.head, hops + 1
    return cur


# The links by which a clause belongs to the words-throwing verb's own scene: coordination, a relative
# clause on its target ("at police, who fired tear gas"), "before/after pelting them", an adverbial clause.
_SCENE_LINKS = frozenset({"conj", "relcl", "advcl", "pcomp", "prep", "pobj", "dobj", "xcomp"})


def _hangs_on(verb, top) -> bool:
    """Whether `verb` hangs on the verb `top` through scene links (at most four steps), with no distance in
    time on the way ("a day after police fired tear gas" tells of another scene)."""
    cur, hops = verb, 0
    while hops < 4 and cur.i != top.i and cur.dep_ in _SCENE_LINKS and cur.head.i != cur.i:
        if cur.dep_ == "advcl" and any(c.dep_ == "npadvmod" for c in cur.children):
            return False  # "a day after", "hours before"
        cur, hops = cur.head, hops + 1
    return cur.i == top.i


def _in_scene(verb, thrower) -> bool:
    """Whether the confrontation's `verb` and the words-throwing verb `thrower` share a scene: either hangs on
    the other ("hurled insults at police, who fired tear gas"; "fired tear gas after protesters hurled
    insults at them", "used water cannon on marchers who had hurled abuse")."""
    return _hangs_on(verb, thrower) or _hangs_on(thrower, verb)


def _confrontations(hits: list[Hit]) -> list[tuple[float, str, object]]:
    """The protest frames of violence, force or intervention that are not words thrown ("pelting them with
    stones", "fired tear gas"), with their verbs, strongest first. Abuse hurled at police in the same scene
    belongs to that confrontation ("hurled insults at police before pelting them with rocks", "at police,
    who fired tear gas"), where alone it would be a peaceful protest's words; a negated one ("who did not
    fire tear gas", "nobody threw stones") is none."""
    found = []
    for hit in hits:
        verb = _frame_verb(hit.head)
        if any(c.dep_ == "neg" for c in verb.children) or throwing_negated(hit):
            continue
        for frame, weight in _frames(hit).items():
            if frame not in ("P_VIOL", "P_FORCE", "P_INTER") or (frame == "P_VIOL" and words_thrown(hit)):
                continue
            found.append((weight, frame, verb))
    return sorted(found, key=lambda f: -f[0])


def _confronting(hit: Hit, confrontations: list[tuple[float, str, object]]) -> Optional[str]:
    """The kind of the strongest confrontation in the scene of the words-throwing hit, if any."""
    thrower = throwing_verb(hit)
    if thrower is None:
        return None
    return next((frame for _w, frame, verb in confrontations if verb.i != thrower.i and _in_scene(verb, thrower)),
                None)


def _protest(hits: list[Hit], index: ClassIndex, scores: Scores) -> None:
    """Peaceful unless the protesters turn violent, the authorities use lethal force, or they intervene."""
    amounts: dict[str, float] = defaultdict(float)
    support: dict[str, list[Hit]] = defaultdict(list)
    protesters = _protester_phrases(hits)
    confronting = _confrontations(hits)
    for hit in hits:
        frames = _frames(hit)
        if "ATTACK_VERB" in frames and not {"P_INTER", "P_FORCE", "P_VIOL"} & set(frames):
            # in a protest, an attack is either the authorities' force or the protesters' violence
            info = argument_info(hit.head, index)
            if info.agent == "STATE" and info.patient != "NONSTATE":
                frames = {**frames, "P_FORCE": frames["ATTACK_VERB"] * 2}
            elif info.agent_parsed and info.agent in ("PROTESTER", "MOB", "CIVILIAN") and \
                    info.patient in ("STATE", "CIVILIAN", "PLACE"):
                frames = {**frames, "P_VIOL": frames["ATTACK_VERB"] * 2}
        for frame, weight in frames.items():
            if frame not in ("PROTEST", "P_INTER", "P_FORCE", "P_VIOL"):
                continue
            if frame == "P_VIOL" and throwing_negated(hit):
                continue  # "nobody threw stones at police during the march"
            if frame == "P_VIOL" and words_thrown(hit):
                # "protesters hurled insults at police": words, no violence, unless the sentence tells of
                # stones or tear gas too: then the abuse is part of that confrontation
                frame = _confronting(hit, confronting)
                if frame is None:
                    continue
                borrowed = True
            else:
                borrowed = False
            if frame == "PROTEST":
                amount = weight * hit.weight_factor
            else:
                # A grievance or an earlier event ("a week after police shot two protesters") says nothing
                # about how this protest went, nor does the description of who protests ("relatives of
                # the victims of the massacre").
                amount = weight * hit.context_factor * hit.background
                if hit.head.i in protesters:
                    amount *= 0.3
                elif frame == "P_FORCE" and _describes_people(hit.head, index):
                    amount *= 0.3
                info = argument_info(hit.head, index)
                # words thrown borrow the confrontation's kind, whoever threw them
                verbal = hit.head.pos_ == "VERB" and info.agent_parsed and not borrowed
                if verbal and frame in ("P_FORCE", "P_INTER") and info.agent in ("PROTESTER", "MOB") and \
                        hit.head.lemma_ not in _EXPERIENCER_LEMMAS:
                    frame = "P_VIOL"  # protesters beating police is their violence
                elif verbal and frame == "P_VIOL" and info.agent == "STATE" and hit.head.lemma_ != "clash":
                    frame = "P_INTER"  # police blocking a march is an intervention
            amounts[frame] += amount
            support[frame].append(hit)
    protest = amounts["PROTEST"]
    viol, force, inter = amounts["P_VIOL"], amounts["P_FORCE"], amounts["P_INTER"]
    # a weak mention ("a gathering", "crowds") is a protest when the authorities moved against it
    protest_tokens = {i for h in support["PROTEST"] for i in h.tokens}
    targeted = any(
        argument_info(h.head, index).patient_tokens & protest_tokens
        for h in support["P_FORCE"] + support["P_INTER"]
    )
    implied = protest >= 2.0 and max(force, inter) >= SUBTYPE_MIN and targeted
    if protest < PROTEST_MIN and not implied:
        return
    if not any(h.background >= 0.6 for h in support["PROTEST"]):
        return  # only protests feared, awaited or recalled ("in anticipation of mass protests")
    if viol >= SUBTYPE_MIN and viol >= force * 0.8:
        label, extra = "VIOL_DEMONSTR", viol
    elif force >= SUBTYPE_MIN:
        label, extra = "FORCE_AGAINST_PROTEST", force
    elif inter >= SUBTYPE_MIN:
        label, extra = "PROTEST_WITH_INTER", inter
    else:
        label, extra = "PEACE_PROTEST", 0.0
    if label == "VIOL_DEMONSTR" and scores.totals.get("MOB_VIOL", 0) >= 4:
        label = "MOB_VIOL"  # rival crowds or a mob fighting, not demonstrators against the state
    total = protest + extra
    scores.add(label, total)
    for frame in ("PROTEST", "P_VIOL", "P_FORCE", "P_INTER"):
        for hit in support[frame]:
            if hit not in scores.support[label]:
                scores.support[label].append(hit)
    armed_groups = any("NONSTATE" in k and "PROTESTER" not in k for k in index.by_token.values())
    if not armed_groups:
        for other in PROTEST_ABSORBS:
            if scores.totals.get(other, 0) <= total:
                scores.scale(other, 0.35)


_VIOLENT = set(EXPLOSIVE_LABELS) | {"ATTACK", "ARMED_CLASH", "SEX_VIOL", "ABDUCT_DISSAP", "MOB_VIOL",
                                    "PROPERTY_DISTRUCT"}


def _accusations(hits: list[Hit], scores: Scores) -> None:
    """An accusation attributes responsibility only when what is alleged is a violent act
    ("accused Iran of the attack"), not when it describes a victim ("a man accused of theft")."""
    violent_tokens = {
        i for h in hits for i in h.tokens
        if set(_labels(h)) & _VIOLENT or {"ATTACK_VERB", "KILL"} & set(_frames(h))
    }
    for hit in hits:
        weight = _labels(hit).get("ATTRIB", 0)
        if weight in (2, 3) and hit.head.lemma_ in ("accuse", "accusation", "claim"):
            if hit.head.lemma_ == "claim":  # "claimed the raid", not "claimed that ..."
                objects = [c for c in hit.head.children if c.dep_ == "dobj"]
                subtree = {t.i for o in objects for t in o.subtree}
            else:
                subtree = {t.i for t in hit.head.subtree} - set(hit.tokens)
            if _narrated_act(hit.head, violent_tokens):
                scores.scale("ATTRIB", 0.5)  # "was accused of raping a woman": the act is the news
            elif subtree & violent_tokens and hit.head.dep_ not in ("acl", "relcl", "advcl", "xcomp"):
                scores.add("ATTRIB", 4.0 * hit.weight_factor, hit)


def _narrated_act(verb, violent_tokens: set[int]) -> bool:
    """Someone accused of a violent act told with its own object ("soldiers were accused of raping a
    woman", "accused of beating a detainee"): an allegation of a new event, which ACLED codes as that event.
    Accusing someone of a known act ("of carrying out the attack", "of being behind the bombing") attributes
    it instead."""
    if verb.lemma_ != "accuse" or not any(c.dep_ == "auxpass" for c in verb.children):
        return False
    for prep in verb.children:
        if prep.dep_ == "prep" and prep.lower_ == "of":
            for act in prep.children:
                if act.dep_ == "pcomp" and act.i in violent_tokens and act.lemma_ not in _PERPETRATE_VERBS and \
                        any(c.dep_ == "dobj" for c in act.children):
                    return True
    return False


_CLAIM_VERBS = {"say", "announce", "claim", "confirm", "admit", "acknowledge", "state", "boast"}
_PERPETRATE_VERBS = {"carry", "conduct", "launch", "perpetrate", "stage", "mount", "execute", "commit"}
_SELF = {"it", "they", "we", "its", "their", "our"}


def _claims(hits: list[Hit], index: ClassIndex, scores: Scores) -> None:
    """A group saying that it (or its fighters) carried out an attack claims responsibility for it; a state
    saying so reports its own operation, which is coded as that operation."""
    attack_tokens = {h.head.i for h in hits if {"ATTACK_VERB", "KILL"} & set(_frames(h)) or
                     set(_labels(h)) & _VIOLENT}
    for tok in index.with_lemma(_PERPETRATE_VERBS) if hits else ():
        if tok.dep_ != "ccomp" or tok.head.lemma_ not in _CLAIM_VERBS:
            continue
        sayers = [c for c in tok.head.children if c.dep_ == "nsubj"]
        doers = [c for c in tok.children if c.dep_ == "nsubj"]
        if not any(index.kind(t) == "NONSTATE" for t in sayers + doers):
            continue  # a state (or anyone unnamed) reporting its own operation
        by_self = any(d.lower_ in _SELF or any(c.dep_ == "poss" and c.lower_ in _SELF for c in d.children)
                      for d in doers)
        objects = {t.i for c in tok.children if c.dep_ == "dobj" for t in c.subtree}
        if by_self and objects & attack_tokens and not negated(tok):
            clause, background = clause_factor(tok.head)
            scores.add("ATTRIB", 6.0 * clause * background)


_SEND_LEMMAS = {"send", "dispatch", "despatch", "deploy", "redeploy", "rush", "airlift", "station"}
_CIVILIAN_LEAVING = {"leave", "abandon", "evacuate", "flee", "desert"}


def _departures(hits: list[Hit], index: ClassIndex, scores: Scores) -> None:
    """Forces sent somewhere change their activity; residents leaving a town in numbers are displaced."""
    for tok in index.with_lemma(_SEND_LEMMAS | _CIVILIAN_LEAVING) if hits else ():
        if tok.pos_ != "VERB" or negated(tok):
            continue
        if tok.lemma_ in _SEND_LEMMAS:
            objects = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
            if any(index.kind(o) in ("STATE", "NONSTATE") for o in objects):
                clause, background = clause_factor(tok)
                reaction = 0.4 if _reaction(tok, hits) else 1.0
                scores.add("CHANGE_TO_GROUP_ACT", 4.0 * clause * background * reaction)
        elif tok.lemma_ in _CIVILIAN_LEAVING:
            info = argument_info(tok, index)
            if info.agent == "CIVILIAN" and info.agent_plural and _leaves_place(tok, info):
                clause, background = clause_factor(tok)
                scores.add("OTHER", 4.0 * clause * background)


def _leaves_place(verb, info) -> bool:
    if info.patient_classes & {"PLACE", "BASE", "MIL_TARGET"}:
        return True
    return any(verb.doc[i].ent_type_ in ("GPE", "LOC", "FAC") for i in info.patient_tokens)


def _withdrawals(hits: list[Hit], index: ClassIndex) -> bool:
    """Armed forces leaving a place ("the militia agreed to leave the city", "troops left the airfield")."""
    for tok in index.with_lemma(("leave", "abandon", "vacate", "quit")) if hits else ():
        if tok.pos_ != "VERB" or negated(tok):
            continue
        if tok.lemma_ in ("leave", "abandon", "vacate", "quit"):
            info = argument_info(tok, index)
            if info.agent in ("STATE", "NONSTATE") and _leaves_place(tok, info):
                return True
    return False


# Leaving a place, said of an armed side.
# (Not "flee": troops flee an assault, and the place is taken by force.)
_DEPARTURE_LEMMAS = {"withdraw", "withdrawal", "pull", "evacuate", "evacuation", "leave", "retreat", "abandon",
                     "depart", "departure", "vacate", "quit", "exit", "pullout", "hand"}
_BEFORE_MARKERS = {"after", "following", "once", "when"}


def _left_before(hits: list[Hit], index: ClassIndex) -> bool:
    """An armed side left before the other moved in: "took control after the army withdrew", "after the
    departure of the previous faction", "after government forces fled". The place changed hands without a
    fight (a capture that forced the other side out says "forcing them to withdraw", not "after")."""
    for tok in index.with_lemma(_DEPARTURE_LEMMAS) if hits else ():
        if negated(tok) or not any(a.lower_ in _BEFORE_MARKERS for a in _clause_path(tok)):
            continue
        if tok.lemma_ == "hand" and not any(c.lower_ == "over" for c in tok.children):
            continue
        if any(c.lower_ == "under" for c in tok.children):
            continue  # "retreated under fire", "under pressure": driven out, not handed over
        if tok.pos_ == "VERB":
            side = argument_info(tok, index).agent
        else:  # "the withdrawal of the troops", "the army's departure"
            holders = [c for c in tok.children if c.dep_ == "poss"] + \
                      [g for c in tok.children if c.lower_ == "of" for g in c.children if g.dep_ == "pobj"]
            side = next((index.kind(h) for h in holders if index.kind(h) in ("STATE", "NONSTATE")), None)
        if side in ("STATE", "NONSTATE"):
            return True
    return False


def _clause_path(tok) -> list:
    """The token, its ancestors up to its clause's attachment, and their markers ("after", "once")."""
    out = []
    cur = tok
    for _ in range(6):
        out.extend(c for c in cur.children if c.dep_ in ("mark", "case"))
        out.append(cur)
        if cur.head.i == cur.i:
            break
        cur = cur.head
        if cur.pos_ == "ADP" or cur.lower_ in _BEFORE_MARKERS:
            out.append(cur)
            break
    return out


_SMALL_ARMS = {"gun", "guns", "rifle", "rifles", "weapon", "weapons", "firearm", "firearms", "kalashnikov",
               "kalashnikovs", "pistol", "pistols"}


def _instruments(hits: list[Hit], scores: Scores) -> None:
    """Heavy weapons listed among the small arms of an assault ("attacked the post with rocket-propelled
    grenades and machine guns") are the means of a battle, not a shelling."""
    for h in hits:
        if "ART_MISS_ATTACK" not in _labels(h):
            continue
        prep = h.head
        while prep.dep_ in ("conj", "compound", "amod") and prep.head.i != prep.i:
            prep = prep.head
        if prep.dep_ != "pobj" or prep.head.lower_ != "with":
            continue
        phrase = {t.lower_ for t in prep.head.subtree}
        if phrase & _SMALL_ARMS:
            scores.add("ARMED_CLASH", _labels(h)["ART_MISS_ATTACK"] * h.weight_factor)
            scores.scale("ART_MISS_ATTACK", 0.5)
            return


_DRIVE_LEMMAS = {"drive", "ram", "crash", "plough", "plow", "steer"}
_THROW_LEMMAS = {"throw", "lob", "hurl", "toss"}
_EXPLOSIVE_LEMMAS = {"explosive", "explosives", "bomb", "device", "ied"}
_DELIVERY_LEMMAS = _DRIVE_LEMMAS | _THROW_LEMMAS
_NOT_GRENADES = {"petrol", "molotov", "fire", "gasoline", "incendiary", "smoke", "tear", "stun", "paint",
                 "sound", "crude"}


def _delivery(hits: list[Hit], index: ClassIndex, scores: Scores) -> None:
    """How an explosive reached its target decides the type: driven into it, a suicide (vehicle) bomb;
    thrown at it, a grenade ("lobbed an explosive device at the crowd")."""
    for tok in index.with_lemma(_DELIVERY_LEMMAS) if hits else ():
        if tok.pos_ != "VERB" or negated(tok):
            continue
        if tok.lemma_ in _DRIVE_LEMMAS:
            objects = [c for c in tok.children if c.dep_ == "dobj"]
            if any(t.lemma_.lower() in ("explosive", "explosives") or t.lower_.startswith("explosive")
                   for o in objects for t in o.subtree):
                clause, background = clause_factor(tok)
                scores.add("SUIC_BOMB", 7.0 * clause * background)
                scores.scale("REM_EXPLOS", 0.5)
        elif tok.lemma_ in _THROW_LEMMAS:
            objects = [c for c in tok.children if c.dep_ in ("dobj", "nsubjpass")]
            for o in objects:
                if o.lemma_.lower() not in _EXPLOSIVE_LEMMAS:
                    continue
                if any(t.lower_ in _NOT_GRENADES for t in o.subtree):
                    continue  # petrol bombs and tear gas canisters are protest or policing tools
                clause, background = clause_factor(tok)
                scores.add("GRENADE", 6.0 * clause * background)
                break


_MOB_WORDS = {"mob", "lynch", "lynching", "vigilante", "vigilantism", "justice", "crowd", "mobs"}


# What two sides fire at each other ("exchanged mortar fire", "traded shells").
_FIRE_WORDS = {"fire", "gunfire", "shell", "shelling", "mortar", "rocket", "round", "artillery", "shot", "missile",
               "bullet", "salvo", "barrage", "blow", "projectile"}
# Battle words: both sides fight ("clashed with", "fierce battles", "fighting between").
_BATTLE_LEMMAS = {"clash", "battle", "fight", "fighting", "gunbattle", "firefight", "skirmish", "gunfight",
                  "shootout", "crossfire"}


def _reciprocity(hits: list[Hit], index: ClassIndex) -> float:
    """Evidence that both sides fought: fire exchanged, a battle named, fire returned, "both sides"."""
    found = 0.0
    for tok in index.with_lemma(("exchange", "trade")) if hits else ():
        if negated(tok):
            continue
        objects = [t for c in tok.children if c.dep_ in ("dobj", "nsubjpass") for t in c.subtree]
        if any(t.lemma_.lower() in _FIRE_WORDS for t in objects):
            clause, background = clause_factor(tok)
            found += 5.0 * clause * background
    for tok in index.with_lemma(("return",)) if hits else ():
        # "returned fire": the attacked side fought back (a later retaliation elsewhere is its own event)
        if tok.pos_ == "VERB" and not negated(tok) and any(
                c.dep_ == "dobj" and c.lemma_.lower() in ("fire", "gunfire") for c in tok.children):
            clause, background = clause_factor(tok)
            found += 4.0 * clause * background
    for h in hits:
        if "ARMED_CLASH" in _labels(h) and h.head.lemma_.lower() in _BATTLE_LEMMAS and h.negation == 1.0 \
                and _told_as_act(h.head):
            found += _labels(h)["ARMED_CLASH"] * h.weight_factor
    doc = index.doc
    for tok in index.with_lemma(("side",)) if hits else ():
        if any(c.lower_ in ("both", "two") for c in tok.children):
            found += 2.0
    if any(t.lower_ == "each" and t.i + 1 < len(doc) and doc[t.i + 1].lower_ == "other" for t in index.with_lemma(("each",))):
        found += 2.0
    return found


def _told_as_act(tok) -> bool:
    """A battle word that is itself what happened ("they clashed", "clashes broke out", "fought battles"),
    not a circumstance of something else ("during clashes", "amid the fighting")."""
    if tok.pos_ == "VERB":
        return True
    while tok.dep_ in ("conj", "compound", "amod") and tok.head.i != tok.i:
        tok = tok.head
    return tok.dep_ in ("nsubj", "nsubjpass", "ROOT", "dobj")


# Objects whose exchange is a gun battle: "exchanged heavy fire", "traded sporadic gunfire".
_EXCHANGED_FIRE = {"fire", "gunfire"}


def _modified_fire_exchange(hits: list[Hit], index: ClassIndex, scores: Scores) -> None:
    """Fire exchanged with a word between verb and object ("exchanged heavy fire", "traded intense gunfire"),
    or fire that was exchanged ("heavy fire was exchanged between the two sides"), is the lexicon's "exchanged
    fire": a gun battle. The lexicon matches the bare active phrase only, so these fell to "fire" alone and
    read as a blaze."""
    for tok in index.with_lemma(("exchange", "trade")) if hits else ():
        if tok.pos_ != "VERB" or negated(tok):
            continue
        for obj in tok.children:
            if obj.lemma_.lower() in _EXCHANGED_FIRE \
                    and (obj.dep_ == "dobj" and obj.i > tok.i + 1 or obj.dep_ == "nsubjpass"):
                clause, background = clause_factor(tok)
                fire = next((h for h in hits if h.head.i == obj.i), None)
                scores.add("ARMED_CLASH", 5.0 * clause * background, fire)
                if fire is not None and "MAN_MADE_DISASTER" in _labels(fire):
                    scores.add("MAN_MADE_DISASTER", -_labels(fire)["MAN_MADE_DISASTER"] * fire.weight_factor)
                return


def _reciprocal_fire(hits: list[Hit], index: ClassIndex, scores: Scores) -> None:
    """ACLED codes fighting in which both sides engage as an armed clash whatever the weapons: artillery
    and mortars fired in an exchange are the means of a battle, not a one-sided shelling. (An air strike
    keeps its own type.)"""
    t = scores.totals
    shelling = t.get("ART_MISS_ATTACK", 0)
    if shelling <= 0 or t.get("AIR_STRIKE", 0) >= 4:
        return
    both_sides = _reciprocity(hits, index)
    if both_sides >= 3.0:
        scores.add("ARMED_CLASH", shelling + min(both_sides, 6.0) * 0.5)
        scores.scale("ART_MISS_ATTACK", 0.5)


def _priorities(hits: list[Hit], scores: Scores, armed_groups: bool = False) -> None:
    """ACLED precedence among co-occurring types."""
    t = scores.totals
    # A chemical weapon is coded as such whatever delivered it; an industrial leak is not a chemical attack.
    industrial = t.get("MAN_MADE_DISASTER", 0)
    chem_in_main_clause = any(
        "CHEM_WEAP" in _labels(h) and h.negation == 1.0 and
        h.clause * (min(1.0, h.background / 0.4) if alleged(h.head) else h.background) >= 0.7
        for h in hits
    )
    if t.get("CHEM_WEAP", 0) >= 3.0 and industrial < 6 and chem_in_main_clause:
        scores.add("CHEM_WEAP", 2.0)
        for carrier in ("ART_MISS_ATTACK", "AIR_STRIKE", "REM_EXPLOS", "ATTRIB"):
            scores.scale(carrier, 0.4)  # the shell, bomb or accusation only carried the chemical
    elif industrial >= 6:
        scores.scale("CHEM_WEAP", 0.4)
    # Aircraft that only fly, enter airspace or scramble have struck nothing.
    air = scores.support.get("AIR_STRIKE", [])
    if air and all(h.head.lemma_.lower() in _AIRCRAFT for h in air):
        acted = any(
            {"ATTACK_VERB", "KILL"} & set(_frames(h))
            or (set(_labels(h)) & (set(EXPLOSIVE_LABELS) | {"PROPERTY_DISTRUCT"})
                and h.head.lemma_.lower() not in _AIRCRAFT)
            for h in hits
        )
        if not acted:
            scores.scale("AIR_STRIKE", 0.35)
    # Weapons launched from aircraft are air strikes, not missile attacks.
    if t.get("AIR_STRIKE", 0) >= 4 and t.get("ART_MISS_ATTACK", 0) > 0:
        scores.scale("ART_MISS_ATTACK", 0.6)
    # A suicide attacker makes the car bomb or explosive he carried a suicide bombing (the most specific type).
    suicide = any("SUIC_BOMB" in _labels(h) and h.negation == 1.0 and _labels(h)["SUIC_BOMB"] >= 6 for h in hits)
    if suicide and t.get("SUIC_BOMB", 0) >= 4:
        scores.scale("REM_EXPLOS", 0.5)
    # A named remote weapon outranks a generic attack or clash (the attack is coded by its means).
    explosive = max((t.get(k, 0) for k in EXPLOSIVE_LABELS), default=0)
    weapon_in_main_clause = any(
        set(_labels(h)) & set(EXPLOSIVE_LABELS) and h.clause >= 0.9 and h.background >= 0.9 for h in hits
    )
    if explosive >= 2.5 and (weapon_in_main_clause or explosive >= t.get("ARMED_CLASH", 0)):
        scores.scale("ATTACK", 0.5)
        scores.scale("ARMED_CLASH", 0.6)
    # A withdrawal that lets another side take over is coded as the transfer, not as the withdrawal.
    if t.get("NON_VIOL_TERRIT_TRANSFER", 0) >= 3:
        scores.scale("CHANGE_TO_GROUP_ACT", 0.5)
    # A battle that changes who holds a place is coded as the territorial change.
    if max(t.get("GOV_REGAINS_TERIT", 0), t.get("NON_STATE_ACTOR_OVERTAKES_TER", 0)) >= 3:
        scores.scale("ARMED_CLASH", 0.5)
    # Rivalry between armed groups is a battle, not a mob.
    mob_cues = [h for h in scores.support.get("MOB_VIOL", []) if "MOB_VIOL" in _labels(h)]
    if armed_groups and mob_cues and all(h.head.lemma_ not in _MOB_WORDS for h in mob_cues):
        scores.scale("MOB_VIOL", 0.4)
    # Looting, arson or killing by a mob is mob violence; suspects set upon by a crowd are its victims.
    if t.get("MOB_VIOL", 0) >= 4:
        scores.scale("PROPERTY_DISTRUCT", 0.5)
        scores.scale("ORG_CRIME", 0.5)
        scores.scale("ATTACK", 0.6)
    # A disaster with no actor is not an attack.
    for disaster in ("NATURAL_DISASTER", "MAN_MADE_DISASTER"):
        if t.get(disaster, 0) >= 6:
            scores.scale("ATTACK", 0.5)
            scores.scale("REM_EXPLOS", 0.6)
