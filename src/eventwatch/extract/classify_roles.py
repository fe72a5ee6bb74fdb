"""Who did what to whom: cue matches placed on spaCy's parse, with agents, patients and clause weights.

ACLED's type often hangs on the arguments rather than on the verb: an attack on a checkpoint is a battle, an
attack on a village is violence against civilians; a town captured by the army is a government gain, by
rebels a non-state gain. This module turns a trigger token into the entity classes of its agent and
patient, and says how central a cue is to the sentence (main clause vs. a relative clause, an "after ..."
phrase, a negation), so the rules can weigh it.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Iterable, Optional

from spacy.attrs import LEMMA
from spacy.tokens import Doc, Span, Token

from eventwatch.extract.cues import KIND_CLASS, CueMatch

# Words that head a phrase whose real referent sits in its "of" complement ("dozens of militants").
_QUANTITY_HEADS = {
    "group", "groups", "number", "dozens", "dozen", "hundreds", "scores", "thousands", "members", "member",
    "some", "one", "two", "three", "several", "many", "most", "all", "unit", "units", "team", "band", "crowd",
    "crowds", "convoy", "vehicle", "position", "positions", "base", "bases", "village", "town", "city", "area",
    "control", "part", "parts", "rest", "each", "none", "any", "majority", "batch", "cache", "stockpile",
    "quantity", "quantities", "haul", "amount", "lot", "type", "kind", "kinds", "pieces", "rounds", "tons",
}
# Verbs that only carry a nominal event ("launched an attack", "carried out a raid").
_LIGHT_VERBS = {"launch", "carry", "conduct", "stage", "mount", "execute", "perpetrate", "commit", "make",
                "unleash", "wage", "claim", "lead", "begin", "start", "continue", "step", "intensify"}
# Prepositions whose object is backgrounded: the event they introduce is not the one being reported.
_BACKGROUND_PREPS = {"after", "following", "amid", "since", "despite", "over", "before", "for"}
# ... except after a verb of harm: "killed after an air strike" names the cause, which is the event.
_HARM_LEMMAS = {"kill", "die", "injure", "wound", "hurt", "hospitalize", "hospitalise", "suffer", "flee",
                "evacuate", "lose", "sustain", "maim", "damage", "destroy"}
_BACKGROUND_NOUNS = {"retaliation", "response", "revenge", "reprisal", "wake", "aftermath", "anniversary",
                     "anticipation"}
_PATIENT_PREPS = {"on", "against", "at", "upon", "into", "toward", "towards", "of"}
_AGENT_PREPS = {"by"}
_RELATIVE_PRONOUNS = {"which", "that", "who", "whom"}
_LEFT_WINDOW = 8


@dataclass
class Hit:
    """A lexicon match placed on the parse."""

    match: CueMatch
    head: Token
    sentence: int  # rank of its sentence in the snippet (0 = the lead)
    position: float  # lead sentence 1.0, later ones less
    clause: float  # main clause 1.0, relative and adverbial clauses less
    background: float  # 1.0, less inside an "after ..." phrase, an accusation, a protest's grievance
    negation: float  # 1.0, or less under a negation
    tokens: range = field(default_factory=lambda: range(0))

    @property
    def weight_factor(self) -> float:
        return self.position * self.clause * self.background * self.negation

    @property
    def context_factor(self) -> float:
        """For cues that colour a frame found elsewhere (how a protest went): clause depth matters less,
        background (a grievance, an earlier event) as much."""
        return self.position * (self.clause ** 0.5) * self.background * self.negation


class ClassIndex:
    """Entity classes per token, from the class matches of the lexicon plus spaCy's entity types."""

    def __init__(self, doc: Doc, matches: Iterable[CueMatch], offset: int = 0):
        self.doc = doc
        self.by_token: dict[int, set[str]] = {}
        self.arguments: dict[int, "Arguments"] = {}  # trigger token → its arguments, computed once
        self._by_lemma: Optional[dict[str, list[int]]] = None  # lemma → token indices
        for m in matches:
            names = {e.name for e in m.entries if e.kind == KIND_CLASS}
            if not names:
                continue
            span = doc.char_span(m.start + offset, m.end + offset, alignment_mode="expand")
            if span is None:
                continue
            for tok in span:
                self.by_token.setdefault(tok.i, set()).update(names)

    def with_lemma(self, lemmas: Iterable[str]) -> list[Token]:
        """The doc's tokens whose lemma is one of `lemmas`, in order. The rules that look for a few verbs
        anywhere in the sentence share one index of its lemmas instead of each making its own walk. The
        index is read from the lemma column so that only the tokens asked for are made."""
        if self._by_lemma is None:
            self._by_lemma = {}
            strings = self.doc.vocab.strings
            for i, code in enumerate(self.doc.to_array(LEMMA).tolist() if len(self.doc) else ()):
                self._by_lemma.setdefault(strings[code], []).append(i)
        found = sorted(i for lemma in set(lemmas) for i in self._by_lemma.get(lemma, ()))
        return [self.doc[i] for i in found]

    def own(self, tok: Token) -> set[str]:
        classes = set(self.by_token.get(tok.i, ()))
        if tok.ent_type_ in ("GPE", "LOC", "FAC"):
            classes.add("PLACE")
        return classes

    def of_phrase(self, tok: Token, depth: int = 0) -> set[str]:
        """Every class in a noun phrase headed by `tok`: head, modifiers, 'of' complement, conjuncts."""
        classes = self.own(tok) | self._modifier_classes(tok)
        if depth < 2 and (not classes or tok.lower_ in _QUANTITY_HEADS or tok.like_num):
            for obj in self._of_objects(tok):
                classes |= self.of_phrase(obj, depth + 1)
        if depth < 2:
            for child in tok.children:
                if child.dep_ == "conj":
                    classes |= self.of_phrase(child, depth + 1)
        return classes

    def kind(self, tok: Token, depth: int = 0) -> Optional[str]:
        """One kind for the phrase headed by `tok`.

        The head noun decides, except that a named armed group outranks a generic head ("rebel forces",
        "Taliban fighters"), quantity heads defer to their 'of' complement ("dozens of militants"), and a
        reported-speech pronoun is read as its reporter ("the army said it ...").
        """
        if tok.pos_ == "PRON" and depth == 0:
            antecedent = _pronoun_antecedent(tok)
            if antecedent is not None:
                return self.kind(antecedent, depth + 1)
        head_kind = actor_kind(self.own(tok))
        mod_kind = actor_kind(self._modifier_classes(tok))
        if depth < 2 and (tok.lower_ in _QUANTITY_HEADS or tok.like_num or head_kind is None):
            for obj in self._of_objects(tok):
                inner = self.kind(obj, depth + 1)
                if inner is not None and (head_kind is None or inner in _ACTOR_KINDS):
                    return inner
        if head_kind is None or (head_kind == "STATE" and mod_kind in ("NONSTATE", "PROTESTER")):
            kind = mod_kind if mod_kind is not None else head_kind
        elif head_kind in ("CIVILIAN", "PLACE") and mod_kind in ("STATE", "NONSTATE") and \
                tok.lower_ in _GENERIC_HEADS:
            kind = mod_kind
        else:
            kind = head_kind
        if kind is None and depth < 2:
            for child in tok.children:
                if child.dep_ == "conj":
                    kind = self.kind(child, depth + 1)
                    if kind is not None:
                        break
        return kind

    def _modifier_classes(self, tok: Token) -> set[str]:
        classes: set[str] = set()
        for child in tok.children:
            if child.dep_ in ("compound", "amod", "nmod", "poss", "nummod", "appos"):
                classes |= self.own(child)
                for grandchild in child.children:
                    if grandchild.dep_ in ("compound", "amod"):
                        classes |= self.own(grandchild)
        return classes

    @staticmethod
    def _of_objects(tok: Token) -> list[Token]:
        return [obj for child in tok.children if child.dep_ == "prep" and child.lower_ in ("of", "from")
                for obj in child.children if obj.dep_ == "pobj"]


_ACTOR_KINDS = ("PROTESTER", "MOB", "NONSTATE", "STATE", "DIPLOMAT", "CRIME", "WEAPON")
# Heads that name no one in particular, so their modifier says who they are ("army units", "rebel positions").
_GENERIC_HEADS = {"units", "unit", "members", "men", "group", "groups", "elements", "personnel", "vehicle",
                  "vehicles", "position", "positions"}


def _pronoun_antecedent(pron: Token) -> Optional[Token]:
    """'The army said it regained ...': a subject pronoun in a reported clause refers to the reporter."""
    if pron.lower_ not in ("it", "they", "its", "their", "we", "our") or pron.dep_ not in ("nsubj", "poss"):
        return None
    verb = pron.head if pron.dep_ == "nsubj" else pron.head.head
    hops = 0
    while verb.dep_ in ("ccomp", "conj", "xcomp", "advcl") and hops < 3:
        verb = verb.head
        subjects = [c for c in verb.children if c.dep_ in ("nsubj", "nsubjpass") and c.pos_ != "PRON"]
        if subjects:
            return subjects[0]
        hops += 1
    return None


def actor_kind(classes: set[str]) -> Optional[str]:
    """One kind for a set of classes, most specific first."""
    for kind in ("PROTESTER", "MOB", "NONSTATE", "STATE", "DIPLOMAT", "CRIME", "WEAPON", "MIL_TARGET",
                 "BASE", "CIVILIAN", "PLACE"):
        if kind in classes:
            return kind
    return None


def _objects(prep: Token) -> list[Token]:
    return [c for c in prep.children if c.dep_ in ("pobj", "pcomp")]


def _subjects(verb: Token) -> list[Token]:
    return [c for c in verb.children if c.dep_ in ("nsubj", "csubj")]


def _inherited_subjects(verb: Token) -> list[Token]:
    """Subjects shared through coordination or control ("militants stormed the base and killed ...")."""
    cur, hops = verb, 0
    while hops < 3 and cur.dep_ in ("conj", "xcomp", "advcl", "pcomp", "acl") and cur.head.i != cur.i:
        if cur.dep_ == "acl" and cur.tag_ == "VB":
            # "police used tear gas in an attempt to block them": the purpose's doer is the main subject
            noun = cur.head
            while noun.dep_ in ("pobj", "dobj", "prep", "npadvmod") and noun.head.i != noun.i:
                noun = noun.head
                if noun.pos_ in ("VERB", "AUX"):
                    return _subjects(noun)
            return []
        if cur.dep_ == "acl":
            return [cur.head] if cur.tag_ == "VBG" else []
        cur = cur.head
        subj = _subjects(cur)
        if subj:
            return subj
        hops += 1
    if verb.dep_ == "relcl":
        return [verb.head]
    return []


def arguments(trigger: Token) -> tuple[list[Token], list[Token]]:
    """Agent and patient heads of a trigger, read from the dependency parse (verbal or nominal)."""
    agents: list[Token] = []
    patients: list[Token] = []
    is_verbal = trigger.pos_ in ("VERB", "AUX") or trigger.tag_.startswith("VB")
    # An active verb with its own subject takes no "by" agent: a "by" phrase there belongs to the object
    # ("broke up a sit-in by students") or names a means ("by firing tear gas").
    by_agents = not is_verbal or not any(c.dep_ in ("nsubj", "csubj") for c in trigger.children) or \
        any(c.dep_ == "auxpass" for c in trigger.children)
    for child in trigger.children:
        dep = child.dep_
        if dep in ("nsubj", "csubj") and is_verbal:
            agents.append(child)
        elif dep in ("dobj", "nsubjpass", "attr", "oprd"):
            patients.append(child)
        elif dep == "agent":
            agents.extend(_objects(child))
        elif dep == "prep":
            word = child.lower_
            if word in _AGENT_PREPS:
                if by_agents:
                    agents.extend(_objects(child))
            elif word in _PATIENT_PREPS:
                patients.extend(_objects(child))
            elif word == "from":
                pass  # the side losing a place: read by the territory rule
        elif dep in ("poss",) and not is_verbal:
            agents.append(child)
        elif dep in ("compound", "amod", "nmod") and not is_verbal:
            agents.append(child)
        elif dep == "prt" and is_verbal:
            for sibling in trigger.children:
                if sibling.dep_ == "prep" and sibling.lower_ in ("on", "against", "at"):
                    patients.extend(_objects(sibling))
    # "the district, which was handed over": a relative pronoun stands for the noun the clause modifies
    if trigger.dep_ == "relcl":
        patients = [trigger.head if p.lower_ in _RELATIVE_PRONOUNS else p for p in patients]
        agents = [trigger.head if a.lower_ in _RELATIVE_PRONOUNS else a for a in agents]
    # "took control of X", "opened fire on X": the object's own complement is the real patient
    for obj in list(patients):
        if obj.lower_ in ("control", "fire", "attack", "attacks", "strikes", "raid"):
            for child in obj.children:
                if child.dep_ == "prep" and child.lower_ in _PATIENT_PREPS:
                    patients.extend(_objects(child))
    if is_verbal and _headline_passive(trigger):
        patients.extend(agents)  # "Protesters killed as police fire on crowd"
        agents = []
    if is_verbal and not agents:
        agents = _inherited_subjects(trigger)
    if not is_verbal and not patients:
        # "an attack by gunmen on the village": the parser hangs the target on the "by" phrase's noun; not
        # "of", which there names the attackers' own group ("an attack by fighters of the militia")
        for agent in agents:
            for child in agent.children:
                if child.dep_ == "prep" and child.lower_ in _PATIENT_PREPS and child.lower_ != "of":
                    patients.extend(_objects(child))
    if not is_verbal:
        head = trigger.head
        if trigger.dep_ in ("dobj", "attr") and head.lemma_ in _LIGHT_VERBS:
            agents.extend(_subjects(head))
            if not agents:
                agents.extend(_inherited_subjects(head))
        elif trigger.dep_ == "pobj" and head.dep_ == "prep" and head.head.lemma_ in _LIGHT_VERBS:
            agents.extend(_subjects(head.head))
        elif trigger.dep_ == "pobj" and head.lower_ in ("in", "during") and head.head.pos_ in ("VERB", "AUX"):
            # "gunmen killed 30 villagers in an attack": the attack is the verb's event, with its actors
            verb = head.head
            passive = any(c.dep_ == "auxpass" for c in verb.children)
            if not agents and not passive:
                agents.extend(_subjects(verb))
            if not patients:
                patients.extend(c for c in verb.children if c.dep_ in ("dobj", "nsubjpass"))
    return agents, patients


_TRANSITIVE_HARM = {"kill", "injure", "wound", "arrest", "detain", "abduct", "kidnap", "shoot", "hurt", "jail"}


def _headline_passive(verb: Token) -> bool:
    """A participle with a subject, no auxiliary and no object: a headline's passive ("Protesters killed
    in clashes"). A verb of harm that needs an object counts even when tagged as a past tense."""
    if verb.dep_ != "ROOT" or not (verb.tag_ == "VBN" or (verb.tag_ == "VBD" and verb.lemma_ in _TRANSITIVE_HARM)):
        return False
    children = {c.dep_ for c in verb.children}
    return "nsubj" in children and not children & {"aux", "auxpass", "dobj"}


def nearest_classed(trigger: Token, index: ClassIndex, direction: int) -> Optional[Token]:
    """Word-order fallback when the parse gives no argument: nearest classed noun on one side."""
    sent = trigger.sent
    i = trigger.i + direction
    steps = 0
    # "an attack that authorities blamed on ...": a relative clause on the trigger has its own actors
    own_clause = {t.i for c in trigger.children if c.dep_ == "relcl" for t in c.subtree}
    while sent.start <= i < sent.end and steps < _LEFT_WINDOW:
        if i in own_clause:
            break
        tok = trigger.doc[i]
        if tok.pos_ in ("NOUN", "PROPN") and index.kind(tok) not in (None, "PLACE"):
            return tok
        i += direction
        steps += 1
    return None


@dataclass(frozen=True)
class Arguments:
    agent: Optional[str]  # kind of the agent phrase
    agent_parsed: bool  # the agent came from the parse, not from word order
    agent_plural: bool  # "villagers", "residents": a group rather than one person
    patient: Optional[str]  # kind of the patient phrase
    patient_classes: frozenset[str]  # every class in the patient phrase (a village is CIVILIAN and PLACE)
    patient_tokens: frozenset[int]


def argument_info(trigger: Token, index: ClassIndex) -> Arguments:
    """Agent and patient of a trigger: dependency arguments first, word order as the fallback."""
    cached = index.arguments.get(trigger.i)
    if cached is None:
        cached = index.arguments[trigger.i] = _argument_info(trigger, index)
    return cached


def _argument_info(trigger: Token, index: ClassIndex) -> Arguments:
    agents, patients = arguments(trigger)
    agent = _kind_of(agents, index)
    patient = _kind_of(patients, index)
    patient_classes: set[str] = set()
    for p in patients:
        patient_classes |= index.of_phrase(p)
    agent_parsed = agent is not None
    agent_plural = any(a.tag_ in ("NNS", "NNPS") for a in agents)
    # word order: the doer stands before an active verb and after a passive one ("hit by police")
    passive = any(c.dep_ in ("auxpass", "agent") for c in trigger.children)
    before, after = (+1, -1) if passive else (-1, +1)
    if agent is None and not agents:
        left = nearest_classed(trigger, index, before)
        if left is not None and left not in patients:
            agent = index.kind(left)
            agent_plural = left.tag_ in ("NNS", "NNPS")
    if patient is None and not patients:
        right = nearest_classed(trigger, index, after)
        if right is not None:
            patient = index.kind(right)
            patient_classes |= index.of_phrase(right)
            patients = [right]
    tokens = frozenset(t.i for p in patients for t in p.subtree)
    return Arguments(agent, agent_parsed, agent_plural, patient, frozenset(patient_classes), tokens)


def argument_kinds(trigger: Token, index: ClassIndex) -> tuple[Optional[str], Optional[str]]:
    """The entity kind of the agent and of the patient of a trigger (None where unknown)."""
    info = argument_info(trigger, index)
    return info.agent, info.patient


def _kind_of(tokens: list[Token], index: ClassIndex) -> Optional[str]:
    kinds = [index.kind(t) for t in tokens]
    for preferred in _ACTOR_KINDS:
        if preferred in kinds:
            return preferred
    return next((k for k in kinds if k is not None), None)


def losing_side(trigger: Token, index: ClassIndex) -> Optional[str]:
    """The kind of the side a place was taken from ("recaptured the town from government forces")."""
    for child in list(trigger.children) + [c for d in trigger.children for c in d.children]:
        if child.dep_ == "prep" and child.lower_ == "from":
            kind = _kind_of(_objects(child), index)
            if kind in ("STATE", "NONSTATE"):
                return kind
    return None


# Verbs whose complement states an accusation about someone, not an event being reported.
_ALLEGATION_HEADS = {"accuse", "suspect", "charge", "convict", "allege", "sentence", "arrest", "detain", "try"}
# Nouns and verbs of protest: what a protest is "against" or "over" is its grievance, not its event.
_GRIEVANCE_HEADS = {"protest", "demonstration", "rally", "march", "demonstrate", "strike", "sit", "denounce",
                    "condemn", "demand", "call", "chant", "slogan", "anger", "outrage", "anticipation",
                    "calling", "demanding"}
# Crowds coming together: with "after ..." the clause says what brought them out.
_GATHER_LEMMAS = {"gather", "assemble", "converge", "flock", "mass"}
# Verbs whose object is what a protest or a commemoration is about: "to denounce the shooting", "to mark the
# anniversary of the massacre".
_CAUSE_VERBS = {"demand", "denounce", "condemn", "call", "protest", "decry", "mourn", "commemorate", "mark",
                "honour", "honor", "remember"}
# Places where a weapon word names a facility or programme rather than a weapon used.
_FACILITY_HEADS = {"facility", "facilities", "site", "sites", "factory", "plant", "depot", "programme",
                   "program", "stockpile", "warehouse", "lab", "laboratory", "convention", "organisation",
                   "organization", "production", "research"}


_TIME_SPANS = {"day", "week", "month", "year", "hour", "decade", "long"}


def _earlier_event(clause_verb: Token) -> bool:
    marks = [c for c in clause_verb.children if c.dep_ == "mark"]
    if any(m.lower_ == "since" for m in marks):
        return True
    if not any(m.lower_ in ("after", "before") for m in marks):
        return False
    # "a week after", "days before", "long after": the measure hangs on the mark or on the clause's verb
    spans = [c for m in marks for c in m.children] + list(clause_verb.children)
    return any(c.dep_ in ("npadvmod", "advmod") and c.lemma_.lower() in _TIME_SPANS for c in spans)


def _protest_verb(verb: Token) -> bool:
    """A verb that is the protest itself: "protested", "gathered", or one whose object names it ("held a
    rally", "staged a sit-in", "organised a march")."""
    if verb.lemma_ in _GRIEVANCE_HEADS or verb.lemma_ in _GATHER_LEMMAS:
        return True
    return any(c.dep_ == "dobj" and c.lemma_.lower() in _GRIEVANCE_HEADS | {"vigil", "walkout", "picket"}
               for c in verb.children)


# Verbs of telling after which a clause without a subordinating word is what was told ("X happened, Y said").
_TELLING_LEMMAS = frozenset({"say", "tell", "report", "state", "announce", "confirm", "add", "claim", "write"})


def _reported_content(clause_verb: Token, head: Token) -> bool:
    """Whether an adverbial clause is the content of a report verb after it: "fighters clashed in the town,
    residents said by phone" is parsed now and then as an adverbial clause of "said", but with no "after",
    "when" or "as" before it, the clause is what the residents said, as central as a main clause."""
    return head.lemma_ in _TELLING_LEMMAS and clause_verb.i < head.i \
        and not any(c.dep_ == "mark" for c in clause_verb.children)


def clause_factor(tok: Token) -> tuple[float, float]:
    """How central a token is, as (clause, background).

    clause: main clause 1.0, relative/adverbial clauses less. background: 1.0, less inside an "after ..."
    phrase, an accusation about someone, a protest's grievance, a demand, or a facility's name.
    """
    clause, background = 1.0, 1.0
    cur = tok
    hops = 0
    if tok.dep_ in ("compound", "amod", "nmod") and tok.head.lower_ in _FACILITY_HEADS:
        background *= 0.3
    while cur.head.i != cur.i and hops < 12:
        dep = cur.dep_
        head = cur.head
        if dep == "relcl":
            clause *= 0.6
        elif dep == "advcl" and _reported_content(cur, head):
            pass  # "troops clashed in X, residents said by phone": what was said is the main news
        elif dep == "advcl":
            clause *= 0.75
            # "a week after police shot two protesters", "since rebels seized the town": an earlier
            # event (a plain "after" is often the same event's sequence: "arrested after they rioted")
            if _earlier_event(cur) and head.lemma_ not in _HARM_LEMMAS:
                background *= 0.5
            elif _protest_verb(head) and any(
                    c.dep_ == "mark" and c.lower_ in ("after", "because", "since") for c in cur.children):
                background *= 0.4  # "protested after a policeman beat a young man": what set it off
        elif dep == "acl" and cur.pos_ == "VERB":
            clause *= 0.85
        elif dep in ("pobj", "pcomp") and head.lower_ in _BACKGROUND_PREPS:
            if not (head.lower_ in ("after", "following") and head.head.lemma_ in _HARM_LEMMAS):
                background *= 0.5
        elif dep in ("pobj", "pcomp") and head.dep_ == "prep" and head.head.lemma_ in _ALLEGATION_HEADS \
                and head.lower_ in ("of", "with", "for"):
            background *= 0.4
        elif dep in ("pobj", "pcomp") and head.lower_ in ("against", "over", "about", "for") and \
                head.head.lemma_ in _GRIEVANCE_HEADS:
            background *= 0.25
        elif dep in ("dobj", "ccomp", "xcomp") and head.lemma_ in _CAUSE_VERBS:
            background *= 0.5
        elif cur.lower_ in _BACKGROUND_NOUNS:
            background *= 0.5
        cur = head
        hops += 1
    return max(clause, 0.3), max(background, 0.1)


def alleged(tok: Token) -> bool:
    """Inside what someone is accused of ("accused the army of firing chlorine shells")."""
    cur, hops = tok, 0
    while cur.head.i != cur.i and hops < 12:
        head = cur.head
        if cur.dep_ in ("pobj", "pcomp") and head.dep_ == "prep" and head.head.lemma_ in _ALLEGATION_HEADS \
                and head.lower_ in ("of", "with", "for"):
            return True
        cur = head
        hops += 1
    return False


def negated(tok: Token) -> bool:
    """A cue under 'not', 'no', 'never', 'without': the event did not happen (as reported)."""
    for t in (tok, tok.head):
        for child in t.children:
            if child.dep_ == "neg" or (child.dep_ == "det" and child.lower_ == "no"):
                return True
    prev = tok.doc[tok.i - 1] if tok.i > 0 else None
    return prev is not None and prev.lower_ in ("no", "without", "not", "never")


def sentence_ranks(sents: list[Span]) -> list[int]:
    """Rank of each sentence, not counting short headline/dateline fragments before it."""
    ranks, rank = [], 0
    for sent in sents:
        ranks.append(rank)
        if sum(1 for t in sent if not t.is_punct) >= 6:
            rank += 1
    return ranks


def position_factor(rank: int) -> float:
    return (1.0, 0.7, 0.5)[rank] if rank < 3 else 0.4


def place_hits(doc: Doc, matches: Iterable[CueMatch], offset: int = 0) -> list[Hit]:
    """Locate each match on the parse with its position, clause and negation factors."""
    sents = list(doc.sents)
    ranks = sentence_ranks(sents)
    sent_rank = {}
    for sent, rank in zip(sents, ranks):
        for i in range(sent.start, sent.end):
            sent_rank[i] = rank
    hits = []
    for m in matches:
        span = doc.char_span(m.start + offset, m.end + offset, alignment_mode="expand")
        if span is None or len(span) == 0:
            continue
        head = span.root
        entries = tuple(e for e in m.entries if not e.pos or head.pos_ in e.pos)
        if not entries:
            continue
        if entries != m.entries:
            m = CueMatch(m.start, m.end, m.text, entries)
        rank = sent_rank.get(head.i, 0)
        clause, background = clause_factor(head)
        hits.append(Hit(m, head, rank, position_factor(rank), clause, background,
                        0.25 if negated(head) else 1.0, range(span.start, span.end)))
    return hits
