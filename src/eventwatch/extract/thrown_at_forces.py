"""Stones thrown at police or border guards by a crowd that is not protesting are mob violence.

The protest rules read "threw stones at police" as demonstrators turning violent, but only where the sentence
says a protest took place. Without one ("youths hurled rocks at police", "migrants threw stones at border
guards, injuring two officers") no rule scored the act at all, and the report was dropped as no event, though
ACLED codes a crowd attacking the security forces with projectiles as a riot (mob violence). A verb of
throwing whose target is the state's men, thrown by anyone but the state or an armed group, scores it so.
The state's own throwing ("police threw tear gas at youths") and throwing at things ("stones at a bus") are
left to the other rules, and a sentence whose protest scored stays the protest's (classify_rules.score asks
only when no protest label scored, so police firing tear gas back at the throwers does not silence it).

"Throw" says a riot only when it is one: something a crowd throws (stones, bottles, petrol bombs, the British
riot reports' "missiles", "pieces of" a hard material; not nets, not a grenade thrown alone, which
is an armed attack with its own rules) aimed "at" the forces ("pelt" names the target as its object and the
missiles with "with", or is written "pelted stones at"), by a group ("youths", "a crowd", bare "youth"; or
nobody named, "stones were thrown at police", "stones thrown at police") rather than one man, and neither
negated ("no stones were thrown"), denied ("police denied that youths had thrown stones", "dismissed reports
that ...", "it is not true that ..."), put as a condition ("if youths throw stones again ..."), nor only
threatened or possible ("vowed to throw", "could throw"); a throwing only reported by claims or allegations
weighs half, unless they are confirmed. Objects "thrown at police" that are shown or examined are exhibits,
not a throwing: the reduced relative counts only as a headline's subject. "The scandal threw the police into
disarray" and "officers were thrown off their motorbikes" have nothing thrown at anyone. Words are thrown too
("hurled a hail of insults at police"): `words_thrown` lets the protest rules and the weak grenade cue
(classify_rules) tell them from projectiles.
"""
from __future__ import annotations

from spacy.tokens import Token

from eventwatch.extract.classify_roles import ClassIndex, Hit, argument_info, arguments
from eventwatch.extract.cues import KIND_FRAME
from eventwatch.geo.lexicon import load_cues

# Verbs by which a crowd sends projectiles at someone.
_THROWING = frozenset({"throw", "hurl", "pelt", "fling", "lob"})
THROWING_LEMMAS = _THROWING  # public for the candidate filter's score bound (extract/cues.score_bound)
# The verb whose object is the target and whose "with" phrase is what is thrown ("pelted police with stones").
_TARGET_AS_OBJECT = frozenset({"pelt"})
# Whom the throwing must reach: the state's men or their posts.
_FORCES = frozenset({"STATE", "MIL_TARGET"})
# Doers whose throwing is no riot: the state's own (tear gas) and armed groups (grenades: their own rules).
_NOT_A_CROWD = frozenset({"STATE", "NONSTATE", "WEAPON"})
# What crowds throw: by the head noun's lemma, or by the name a modifier completes ("petrol bomb"). A
# "missile" a group throws by hand is a projectile (British riot usage: "hurled missiles at police"); nobody
# throws a guided one, and armed groups are no crowd here.
_PROJECTILES = frozenset({
    "stone", "rock", "pebble", "cobblestone", "brick", "brickbat", "bottle", "egg", "tomato", "stick",
    "branch", "debris", "rubble", "projectile", "object", "firebomb", "molotov", "firework", "firecracker",
    "flare", "chair", "shoe", "slab", "concrete", "masonry", "tyre", "tire", "missile",
})
_PROJECTILE_NAMES = frozenset({"petrol bomb", "fire bomb", "paint bomb", "gasoline bomb", "molotov cocktail"})
# Heads that count what is thrown: "pieces of concrete", "lumps of ice"; only of a hard material, since
# "pieces of bread" or "of paper" hurt nobody ("a hail of insults" is words, so "hail" is none).
_QUANTITIES = frozenset({"piece", "chunk", "lump"})
_HARD_MATERIALS = frozenset({
    "concrete", "masonry", "metal", "iron", "steel", "glass", "wood", "timber", "ice", "coal", "mud", "brick",
    "stone", "rock", "tile", "asphalt",
})
# Nouns that name a group in the singular ("a crowd threw stones").
_COLLECTIVES = frozenset({"crowd", "mob", "gang", "group", "band", "throng", "horde"})
# A noun that names a group when written bare, with no article or number ("Youth threw stones").
_BARE_COLLECTIVES = frozenset({"youth"})
# Verbs under which the throwing is said not to have happened ("police denied that youths threw stones").
_DENYING = frozenset({"deny", "refute", "dispute", "dismiss", "reject"})
# Nouns whose "that" clause is hearsay ("reports that youths threw stones"): denied under a verb of denial,
# weighed half otherwise.
# (the verb "allege" as its noun: "residents alleged that youths threw stones" is as unproven as "allegations
# that ..."; "claim" is a noun's and a verb's lemma alike)
_HEARSAY = frozenset({"report", "claim", "allegation", "allege", "rumour", "rumor", "suggestion"})
HEARSAY_FACTOR = 0.5
# Who tells an allegation as the authority that records the act ("police alleged that youths threw stones"): a
# charge as police word it, not a bystander's unproven claim, so "allege" under such a subject weighs whole.
# Anyone else's "alleged", before the clause or trailing it ("..., residents alleged"), weighs half as "claimed".
# Not an army or the military, nor a bare spokesman or official: in conflict reports their "alleged" is one
# side's claim ("an opposition spokesman alleged", "a rebel official alleged").
_ALLEGING_AUTHORITIES = frozenset({"police", "policeman", "officer", "officers", "prosecutor", "prosecutors",
                                   "authority", "authorities", "ministry", "psni", "garda"})
# A spokesman or official speaks for the authority only when a word ties them to police or a ministry ("a police
# spokesman", "an Interior Ministry official", "a spokesman for the police")
_SPEAKERS = frozenset({"spokesman", "spokeswoman", "spokesperson", "official", "officials"})
# Verbs that make hearsay fact ("police confirmed reports that youths threw stones"): no halving.
_CONFIRMING = frozenset({"confirm", "verify", "corroborate", "acknowledge"})
# Predicates that call the throwing's clause untrue ("it is false that ...", "claims that ... are baseless"),
# and those that do when negated ("it is not true that ...").
_FALSE = frozenset({"false", "untrue", "baseless", "unfounded", "groundless", "fabricated"})
_TRUE = frozenset({"true", "accurate", "correct"})
# Verbs whose "to" clause is a throwing not (yet) done ("threatened to throw stones"), and the modals that
# make it a possibility ("youths could throw stones again").
_INTENDING = frozenset({"threaten", "plan", "vow", "prepare", "intend", "pledge"})
_MODALS = frozenset({"could", "would", "will", "may", "might", "shall", "should", "'ll", "wo"})
# Subordinators that make the throwing a condition, not an act ("if youths throw stones again ...").
_CONDITIONS = frozenset({"if", "unless"})
# Entity types of a capitalised word that is a name, not a common noun at the head of a sentence.
_NAME_TYPES = frozenset({"PERSON", "ORG", "GPE", "LOC", "FAC", "PRODUCT", "WORK_OF_ART"})
# Endings of nouns for kinds of people ("villagers", "migrants", "residents", "activists", "refugees",
# "hooligans"), and plurals of groups without one: a capitalised plural the tagger calls a name must be one
# of them to be read as a group ("Andreas" is a man).
_GROUP_ENDINGS = ("ers", "ors", "ants", "ents", "ists", "ians", "ees", "ans")
_GROUP_PLURALS = frozenset({"miscreants", "vandals", "hooligans", "youths", "thugs", "locals", "mobs", "crowds",
                            "gangs", "pupils", "boys", "goons", "louts", "yobs"})
WEIGHT = 4.0  # as strong as a protesters' violence cue (P_VIOL), above the event threshold on its own


def _objects(head: Token) -> list[Token]:
    """The verb's object, or what a reduced passive ("stones thrown at police") hangs on."""
    objects = [c for c in head.children if c.dep_ in ("dobj", "nsubjpass")]
    if not objects and head.dep_ == "acl" and head.tag_ == "VBN" and _verbless_headline(head.head):
        objects = [head.head]
    return objects


def _verbless_headline(noun: Token) -> bool:
    """The noun is the root of a sentence with no finite verb ("Bricks thrown at police in Kisii"): a
    headline's dropped "were". Under a verb ("police displayed bottles thrown at officers", "a museum shows
    stones thrown at soldiers") the thrown things are exhibits, not a throwing now."""
    return noun.dep_ == "ROOT" and not any(t.tag_ in ("VBD", "VBZ", "VBP", "MD") for t in noun.sent)


def _prep_objects(holders: list[Token], word: str) -> list[Token]:
    """The objects of the preposition `word` hung on any of the holders ("at police", "with stones")."""
    return [g for holder in holders for c in holder.children if c.dep_ == "prep" and c.lower_ == word
            for g in c.children if g.dep_ == "pobj"]


def _headline_passive(head: Token) -> bool:
    """A headline's passive whose "were" was dropped: "Stones thrown at police", "Police pelted with stones".
    Its subject is what is thrown (or, for "pelt", the target), and the doer is unnamed or in a "by" phrase."""
    children = list(head.children)
    if any(c.dep_ in ("aux", "auxpass", "dobj", "nsubjpass") for c in children) or \
            not any(c.dep_ == "nsubj" for c in children):
        return False
    if head.tag_ == "VBN":
        return True
    return head.lemma_.lower() in _TARGET_AS_OBJECT and bool(_prep_objects([head], "with"))


def _aimed_at(head: Token) -> tuple[list[Token], list[Token]]:
    """(what is thrown, at whom): "threw X at Y" / "X were thrown at Y" / "pelted Y with X", and "pelted X
    at Y" as South Asian reports write it. An "at" or "with" phrase the parser hung on the object or on its
    last conjunct ("threw stones at police" read as "stones at police") counts too."""
    objects = _objects(head)
    if _headline_passive(head):
        objects = [c for c in head.children if c.dep_ == "nsubj"]
    holders = [head, *objects, *(c for o in objects for c in o.conjuncts)]
    if head.lemma_.lower() in _TARGET_AS_OBJECT:
        missiles = _prep_objects(holders, "with")
        if missiles:
            return missiles, objects
    return objects, _prep_objects(holders, "at")


def _with_conjuncts(tokens: list[Token]) -> list[Token]:
    """The phrases' heads and their coordinated heads ("stones and bottles"), and what a quantity head
    counts ("a hail of stones", "pieces of brick")."""
    out: list[Token] = []
    for t in tokens:
        out.append(t)
        out.extend(c for c in t.children if c.dep_ == "conj")
        out.extend(g for c in t.children if c.dep_ == "prep" and c.lower_ == "of" for g in c.children
                   if g.dep_ == "pobj")
    return out


def _projectile(tok: Token, index: ClassIndex) -> bool:
    """Whether the noun names something a crowd throws: a stone, a bottle, a petrol bomb, or a hard material
    a quantity word counts ("pieces of concrete", "lumps of coal"; not "pieces of bread")."""
    lemma = tok.lemma_.lower()
    if lemma in _PROJECTILES:
        return True
    head = tok.head
    if tok.dep_ == "pobj" and head.lower_ == "of" and head.head.lemma_.lower() in _QUANTITIES and \
            lemma in _HARD_MATERIALS and "WEAPON" not in index.own(tok):
        return True
    modifiers = [c.lemma_.lower() for c in tok.lefts if c.dep_ in ("compound", "amod", "nmod")]
    return bool(modifiers) and f"{modifiers[-1]} {lemma}" in _PROJECTILE_NAMES


# Subjects that deny that anyone did it: "nobody threw", "no one hurled", "none of the youths threw".
_NOBODY = frozenset({"nobody", "none", "nothing", "noone", "no-one"})


def _no_one(tok: Token) -> bool:
    """A phrase that names no one or nothing: "nobody", "none (of them)", or one with "no" ("no one", "no
    attackers", "no stones"). A "no" before a comparative counts, it does not deny ("no fewer than twenty
    youths", "no more than a dozen men")."""
    return tok.lower_ in _NOBODY or any(c.dep_ == "det" and c.lower_ == "no" and not _comparing(c)
                                        for c in tok.children)


def _comparing(no: Token) -> bool:
    """The "no" opens a comparison: "no fewer than", "no more than", "no less than"."""
    nxt = no.doc[no.i + 1] if no.i + 1 < len(no.doc) else None
    return nxt is not None and nxt.tag_ in ("JJR", "RBR")


def _negated(head: Token, thrown: list[Token]) -> bool:
    """The throwing's own negation ("did not throw", "without throwing", "no stones were thrown", "none were
    thrown"), or that of the verb it is coordinated with by "or"/"nor" ("did not throw stones or hurl
    bottles"), or a subject that names no one ("nobody threw", "no one hurled", "none of the youths threw").
    A negation on the verb above it says nothing of the throwing ("police did not say why youths threw
    stones")."""
    if head.i > 0 and head.doc[head.i - 1].lower_ in ("not", "never", "without"):
        return True
    verbs = [head]
    if head.dep_ == "conj" and any(c.dep_ == "cc" and c.lower_ in ("or", "nor") for c in head.head.children):
        verbs.append(head.head)
    if any(c.dep_ == "neg" for v in verbs for c in v.children):
        return True
    subjects = [c for v in verbs for c in v.children if c.dep_ in ("nsubj", "nsubjpass")]
    return any(map(_no_one, (*thrown, *subjects)))


def _clause(head: Token) -> Token:
    """The verb heading the throwing's clause: up through what it is coordinated with or the verb it
    completes ("stop throwing")."""
    cur, hops = head, 0
    while cur.dep_ in ("conj", "xcomp") and hops < 3:
        cur, hops = cur.head, hops + 1
    return cur


def _conditional(head: Token) -> bool:
    """The throwing is a condition ("if youths throw stones at police again", "unless they stop throwing")."""
    return any(c.dep_ == "mark" and c.lower_ in _CONDITIONS for c in _clause(head).children)


def _unrealised(head: Token) -> bool:
    """The throwing is only possible or intended: a modal on the verb ("youths could throw stones again") or
    a verb of intent it completes ("threatened to throw", "vowed to hurl rocks")."""
    if any(c.dep_ == "aux" and c.lower_ in _MODALS for c in head.children):
        return True
    cur, hops = head, 0
    while cur.dep_ in ("conj", "xcomp") and hops < 3:
        cur, hops = cur.head, hops + 1
        if cur.lemma_.lower() in _INTENDING:
            return True
    return False


def _called_false(verb: Token) -> bool:
    """The clause's verb calls its subject or "that" clause untrue: "it is false that ...", "claims ... are
    baseless", "it is not true that ..." (the "not" on the verb or on the adjective). The parser hangs the
    clause on the verb or on the adjective itself ("it was not accurate that ...")."""
    if verb.dep_ == "acomp":
        verb = verb.head
    for c in verb.children:
        if c.dep_ != "acomp":
            continue
        word = c.lemma_.lower()
        if word in _FALSE:
            return True
        if word in _TRUE and any(n.dep_ == "neg" for n in (*verb.children, *c.children)):
            return True
    return False


def _hearsay_noun(head: Token) -> Token | None:
    """The noun whose "that" clause the throwing is ("reports that youths threw stones"), if any."""
    clause = _clause(head)
    if clause.dep_ in ("acl", "ccomp") and clause.head.lemma_.lower() in _HEARSAY:
        return clause.head
    return None


def _denied(head: Token) -> bool:
    """The throwing is what a verb of denial's clause says ("denied that youths had thrown stones",
    "dismissed reports that ..."), or a clause called untrue ("it is not true that ..."). A conjunct is
    followed only before the first clause step: in "denied X and said that Y", Y is what was said, not what
    was denied."""
    noun = _hearsay_noun(head)
    if noun is not None:
        if noun.dep_ == "nsubj" and _called_false(noun.head):
            return True  # "claims that youths threw stones are baseless"
        return noun.dep_ in ("dobj", "nsubjpass") and noun.head.lemma_.lower() in _DENYING
    cur, hops, climbed = head, 0, False
    while cur.dep_ in ("ccomp", "xcomp", "pcomp", "conj") and hops < 3:
        if cur.dep_ == "conj" and climbed:
            return False
        climbed = climbed or cur.dep_ != "conj"
        cur = cur.head
        if cur.lemma_.lower() in _DENYING or _called_false(cur):
            return True
        hops += 1
    return False


def _capitalised_plural(tok: Token) -> bool:
    """A common plural noun the tagger read as a name because it opens the sentence ("Miscreants pelted
    stones"): capitalised only there, a plural of a kind of people ("-ers", "-ants", "hooligans"; not the
    man "Andreas"), and no name the entity recogniser knows."""
    text = tok.text
    lower = text.lower()
    return tok.tag_ == "NNP" and tok.is_sent_start and text[:1].isupper() and text[1:].islower() and \
        (lower.endswith(_GROUP_ENDINGS) or lower in _GROUP_PLURALS) and tok.ent_type_ not in _NAME_TYPES and \
        not any(c.dep_ in ("compound", "det", "nummod") for c in tok.children)


def _surname(tok: Token) -> bool:
    """A capitalised "plural" opening the sentence that is a given name plus "s" ("Matthews", "Edwards"):
    a surname, one man, though the tagger calls it a plural."""
    return tok.is_sent_start and tok.text[:1].isupper() and tok.text.lower().endswith("s") and \
        tok.text[:-1].lower() in load_cues().given_names


def _bare_collective(tok: Token) -> bool:
    """A collective noun written bare ("Youth threw stones"): no article, number or owner makes it one."""
    return tok.lemma_.lower() in _BARE_COLLECTIVES and tok.tag_ in ("NN", "NNP") and \
        not any(c.dep_ in ("det", "nummod", "poss") for c in tok.children)


def _a_group(tok: Token) -> bool:
    """A doer that is many: a plural, a collective noun ("a crowd"), a capitalised plural opening the
    sentence ("Miscreants"), or a bare "youth"."""
    return not _surname(tok) and (tok.tag_ in ("NNS", "NNPS") or tok.lemma_.lower() in _COLLECTIVES or
                                  _capitalised_plural(tok) or _bare_collective(tok))


def doer_unnamed(head: Token) -> bool:
    """A passive that names no doer ("stones were thrown at police", "the shop was firebombed, police said"):
    the doer is unknown, and the roles must not read one from word order or from the verb above it."""
    aux = {c.dep_ for c in head.children} & {"aux", "auxpass"}
    passive = "auxpass" in aux or (head.tag_ == "VBN" and not aux)  # "were thrown", "stones thrown at"
    return passive and not arguments(head)[0]


def _by_a_crowd(head: Token, index: ClassIndex) -> bool:
    """Thrown by a group that is neither the state nor an armed group: a plural or collective doer, or none
    named in the passive ("stones were thrown at police"). One man throwing is no mob."""
    if _headline_passive(head):  # "Police pelted with stones": the doer only in a "by" phrase, if at all
        doers = [g for c in head.children if c.dep_ in ("agent", "prep") and c.lower_ == "by"
                 for g in c.children if g.dep_ == "pobj"]
        return not doers or (not {index.kind(d) for d in doers} & _NOT_A_CROWD and any(map(_a_group, doers)))
    if doer_unnamed(head):
        return True  # the doer is unknown; word order would wrongly read the target as the doer
    agents, _ = arguments(head)
    if any(map(_surname, agents)):
        return False  # "Matthews pelted stones": one man, though tagged a plural
    info = argument_info(head, index)
    if info.agent in _NOT_A_CROWD:
        return False
    return info.agent_plural or any(map(_a_group, agents))


def _throwing_verb(hit: Hit) -> Token | None:
    """The verb of throwing a violence cue names: the cue itself ("threw"), or the verb whose object the cue
    is ("hurl stones", a tense the lexicon lists only by its object)."""
    if not any(e.kind == KIND_FRAME and e.name == "P_VIOL" for e in hit.match.entries):
        return None
    head = hit.head
    if head.pos_ != "VERB" and head.dep_ == "dobj":
        head = head.head
    if head.pos_ != "VERB" or head.lemma_.lower() not in _THROWING:
        return None
    return head


def not_done(head: Token, thrown: list[Token]) -> bool:
    """Whether the throwing did not happen as told: negated, denied, a condition, or only threatened or
    possible (the checks every rule about a thrown thing shares; extract/incendiary_attacks.py too)."""
    return _negated(head, thrown) or _denied(head) or _conditional(head) or _unrealised(head)


def throwing_verb(hit: Hit) -> Token | None:
    """The verb of throwing a violence cue names (public for extract/incendiary_attacks.py)."""
    return _throwing_verb(hit)


# Verbs of keeping or showing a thing (its subject, or its object: "police displayed the stones that were
# thrown", "the bomb that was thrown ... is kept in a museum"), and the places where an exhibit sits. Not
# "show": footage that shows the bomb that was thrown records the act.
_KEEPING = frozenset({"keep", "display", "exhibit", "store", "auction", "hang", "preserve", "house",
                      "sell", "donate", "lend", "loan"})
_EXHIBIT_PLACES = frozenset({"museum", "gallery", "collection", "exhibition", "archive", "archives", "vault",
                             "showcase"})


def _year_in(head: Token) -> bool:
    """Whether the relative clause dates the throwing by a year ("thrown at the hostel in 2017"): told as a
    past the exhibit comes from, not as news."""
    return any(t.like_num and len(t.text) == 4 and t.text[:2] in ("18", "19", "20") and t.ent_type_ == "DATE"
               for t in head.subtree)


def _kept_or_shown(noun: Token) -> bool:
    """Whether the main clause keeps or shows the noun: a verb of keeping over it, a place of exhibits it
    is or sits in ("is now in a museum"), or a present tense with "now"/"still" ("is still on the shelf")."""
    verb = noun.head
    if noun.dep_ not in ("nsubj", "nsubjpass", "dobj") or verb.pos_ not in ("VERB", "AUX"):
        return False
    if verb.lemma_.lower() in _KEEPING:
        return True
    if noun.dep_ == "dobj":
        return False
    if any(t.lemma_.lower() in _EXHIBIT_PLACES and t.dep_ == "pobj" for t in verb.subtree
           if not noun.is_ancestor(t) and t.i != noun.i):
        return True
    present = verb.tag_ in ("VBZ", "VBP") or any(c.dep_ in ("aux", "auxpass") and c.tag_ in ("VBZ", "VBP")
                                                 for c in verb.children)
    return present and any(c.lower_ in ("now", "still") for c in verb.children)


def an_exhibit(head: Token) -> bool:
    """A throwing told in a relative clause ("the petrol bomb that was thrown at the hostel ...") reports the
    act ("... scorched the door", "... exploded in the hallway", "... was filled with diesel") unless there
    is a positive sign that the clause only names an exhibit: the main clause keeps or shows the thing
    ("... is now kept in a museum", "police displayed the stones that were thrown"), or the clause dates the
    throwing by a year ("thrown at the hostel in 2017"). The reduced relative is `_verbless_headline`'s."""
    if head.dep_ != "relcl" or not any(o.tag_ in ("WDT", "WP") for o in _objects(head)):
        return False  # "youths who hurled rocks at officers": the noun is the thrower, the act is told
    return _kept_or_shown(head.head) or _year_in(head)


def thrown_things(head: Token) -> list[Token]:
    """What the verb throws, with coordinated and counted heads ("a petrol bomb and stones"); a relative
    pronoun stands for the noun its clause qualifies ("the object that was hurled at the post", "the petrol
    bomb which was thrown at the hostel")."""
    objects = _objects(head)
    if _headline_passive(head):
        objects = [c for c in head.children if c.dep_ == "nsubj"]
    if head.dep_ == "relcl":
        objects = [head.head if o.tag_ in ("WDT", "WP") else o for o in objects]
    return _with_conjuncts(objects)


def throwing_negated(hit: Hit) -> bool:
    """Whether the violence cue is a verb of throwing (or its object) that is negated, by its subject too
    ("nobody threw stones at police during the march"): the protest rules (classify_rules._protest) then
    read no violence in it."""
    head = _throwing_verb(hit)
    return head is not None and _negated(head, thrown_things(head))


def hearsay_factor(head: Token) -> float:
    """What a throwing weighs as told: half where it is only the content of a claim, report or allegation
    ("investigating claims that youths threw stones": not yet an act), whole where that is confirmed."""
    noun = _hearsay_noun(head)
    if noun is not None and not (noun.dep_ == "dobj" and noun.head.lemma_.lower() in _CONFIRMING) \
            and not _alleged_by_authority(noun):
        return HEARSAY_FACTOR
    return 1.0


def _alleged_by_authority(noun: Token) -> bool:
    """Whether the hearsay word is the verb "allege" with police or another authority as its subject ("police
    alleged that ...", "..., a police spokesman alleged"): the charge as the authority records it."""
    return noun.lemma_.lower() == "allege" and any(
        c.dep_ in ("nsubj", "nsubjpass") and (c.lemma_.lower() in _ALLEGING_AUTHORITIES or _authority_speaker(c))
        for c in noun.children)


def _authority_speaker(subject: Token) -> bool:
    """Whether the subject is a spokesman or official tied to police or a ministry by a word before it ("police
    spokesman", "Interior Ministry official") or by "for"/"of" after it ("a spokesman for the police")."""
    if subject.lower_ not in _SPEAKERS:
        return False
    ties = [c for c in subject.children if c.dep_ in ("compound", "amod", "poss")]
    ties += [g for p in subject.children if p.dep_ == "prep" and p.lower_ in ("for", "of")
             for g in p.children if g.dep_ == "pobj"]
    return any(t.lemma_.lower() in _ALLEGING_AUTHORITIES
               or any(g.lemma_.lower() in _ALLEGING_AUTHORITIES for g in t.children if g.dep_ == "compound")
               for t in ties)


# What is thrown when words are: "hurled insults at police", "threw a barrage of accusations at the minister".
_WORDS = frozenset({
    "insult", "abuse", "slur", "epithet", "accusation", "allegation", "question", "slogan", "curse",
    "invective", "obscenity", "profanity", "taunt", "jibe", "gibe", "barb", "expletive", "remark", "criticism",
    "word", "threat", "jeer", "chant",
})
# Heads that count what they hold ("a hail of insults", "a volley of abuse"): the words decide.
_VOLLEYS = frozenset({"hail", "volley", "barrage", "torrent", "stream", "string", "flurry", "storm", "tirade",
                      "salvo", "shower", "litany", "series", "lot", "few"})


def words_thrown(hit: Hit) -> bool:
    """Whether the violence cue is a verb of throwing whose objects are only words ("protesters hurled a hail of
    insults at police", "threw questions at the minister"): abuse is no projectile, so the cue says nothing of
    violence, in a protest (classify_rules._protest) or out of one."""
    head = _throwing_verb(hit)
    if head is None:
        return False
    thrown = thrown_things(head)
    lemmas = {t.lemma_.lower() for t in thrown}
    return bool(lemmas & _WORDS) and lemmas <= _WORDS | _VOLLEYS


def thrown_at_forces(hits: list[Hit], index: ClassIndex) -> list[tuple[float, Hit]]:
    """(MOB_VIOL amount, hit) for each throwing of projectiles by a crowd at the security forces."""
    found, seen = [], set()
    for hit in hits:
        head = _throwing_verb(hit)
        if head is None or head.i in seen:
            continue
        thrown, targets = _aimed_at(head)
        if not thrown or not any(index.kind(t) in _FORCES for t in targets):
            continue  # "threw the police into disarray", "stones at a bus"
        if not any(_projectile(t, index) for t in _with_conjuncts(thrown)):
            continue  # "threw their nets", "threw a hand grenade": no riot (thrown with stones, they compete)
        if not_done(head, thrown) or an_exhibit(head):
            continue  # "no stones", "denied that youths had thrown", "if youths throw", "vowed to throw"
        if not _by_a_crowd(head, index):
            continue
        seen.add(head.i)
        # The throwing's own negation was judged above; the hit's also reads the verb above it.
        factor = hit.position * hit.clause * hit.background * hearsay_factor(head)
        found.append((WEIGHT * factor, hit))
    return found
