"""Literal versus associative use of a place name, read from the words around it.

Gritta et al. (2019) separate a place name used for the place ("fighting in Idlib", "Paris hotels") from one
used for what belongs to it: its government or people ("Moscow said", "talks with Algeria", "EU airlines",
"Tunisia's reluctance") or its team ("the win against Louisville"). An event happens at the first kind only,
so the second is kept as a name but marked `locational=False`.

The recogniser runs before any parse (the pipeline parses only candidate sentences, after geoparsing), so
these are rules over a small window of tokens: the verb or noun a name is the subject, object or modifier of.
The signals are grammatical roles only an agent fills: the doer after "by" ("sanctions imposed by Canada"),
the receiver of a transfer ("sell Egypt jets"), the holder of an attitude ("France became involved"), the
subject of a verb before its object ("Italy and Greece share the concerns"), a party to a relation, the
owner of an office ("the Minister of Defence of Azerbaijan") or of a will ("Tunisia's attitude towards").
What a place undergoes or holds ("bordered by Syria", "Ohio's economy") stays literal, and so do its figures
("Texas leads the nation in jobs"). A seat of government that takes a stance ("Azerbaijan puts pressure on",
"Tunis is reliant on", "Ankara rejects", "accused Damascus") is its government. The words they look for
are data (associative.yaml), checked on load; verbs are listed in their plain form, the others derived.
"""
from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import Callable, Optional

from eventwatch.geo.derive import DATA_DIR
from eventwatch.geo.de_facto_states import self_governed
from eventwatch.geo.event_hosts import hosts_gathering
from eventwatch.geo.fell_to_sides import fell_to_side
from eventwatch.geo.figure_leaders import led_by_figure
from eventwatch.geo.function_words import FUNCTION_WORDS
from eventwatch.geo.governed_lists import governed_list
from eventwatch.geo.hazard_objects import NATURAL_HAZARDS
from eventwatch.geo.lexicon import Cues
from eventwatch.geo.member_lists import listed_member
from eventwatch.geo.modifier_nouns import names_a_disaster
from eventwatch.geo.name_lists import written_container
from eventwatch.geo.name_span import NATURAL_FEATURES, NameSpan
from eventwatch.geo.normalise import Token
from eventwatch.geo.operated_sites import operates_site
from eventwatch.geo.plea_addressees import plea_addressee
from eventwatch.geo.policy_quantities import QUANTITY_VERBS, opens_its_clause, sets_a_quantity
from eventwatch.geo.pressed_to_act import pressed_to_act
from eventwatch.geo.pressing_subject import armed_presser
from eventwatch.geo.result_repeats import counted_result_side
from eventwatch.geo.sentences import sentence_around, sentence_start
from eventwatch.geo.spared_harm import spared_subject
from eventwatch.geo.state_capitals import is_state_capital
from eventwatch.geo.store import NAME_CURATED
from eventwatch.geo.supply_lines import conduit_subject
from eventwatch.geo.team_uses import (clear_side, competition_side, fixture_side, game_between_side, played_pair,
                                      played_side, plays_for_side, scored_side, side_plays, sports_story,
                                      spread_team_uses, table_side)
from eventwatch.geo.visitor_objects import receives_visitors, receiving_subject
from eventwatch.geo.verb_forms import AUXILIARIES, BE_PARTICIPLES, FINITE_BE, past_tense
from eventwatch.geo.with_participles import acts_with_participle
from eventwatch.geo.yaml_files import parse_yaml, word_list

# Verbs that after a place's name describe what happens there or to it, not what it does.
STATE_VERBS = frozenset({
    "be", "been", "being", "is", "was", "were", "are", "become", "became", "remain", "remained", "remains",
    "see", "saw", "seen", "witness", "witnessed", "face", "faced", "experience", "experienced", "suffer",
    "suffered", "lie", "lies", "lay", "sit", "sits", "stand", "stands", "border", "borders", "bordered",
    "host", "hosted", "hosts", "receive", "received", "get", "got", "fall", "fell", "fallen", "need",
    "based", "located", "situated", "named", "called", "known", "hit", "struck", "affected", "flooded",
    "surrounded", "bombed", "shelled", "captured", "liberated", "occupied", "besieged", "hosted", "recorded",
    "reported", "registered", "counted", "used", "led", "covered", "connected", "linked",
})
# Participles that after a bare name are passive ("a coalition Saudi Arabia led" is rare; "Iraq, led by")
# but after "has", "had" or "will" are the name's own deed ("Saudi Arabia has led the intervention").
_ACTIVE_AFTER_AUXILIARY = frozenset({"led", "used"})
_LIST_KEYS = ("modifier_heads", "place_heads", "possessed_agentive", "control_verbs", "sports_words",
              "sports_before", "time_words", "office_of", "irregular_deeds", "object_starts", "bare_control_verbs",
              "recipient_verbs", "agent_nouns_before", "agentive_predicates", "copulas", "aspect_verbs",
              "spatial_participles", "clause_verbs", "irregular_participles", "stance_verbs", "nounlike_verbs",
              "party_verbs", "stance_nouns", "measure_verbs", "sports_after", "envoy_nouns", "competition_verbs",
              "competition_nouns", "table_places", "leader_participles", "sports_meeting",
              "framed_recipient_verbs", "scored_results", "people_object_verbs")
# Prepositions end a noun phrase as function words do ("Tunisia's attitude towards ...").
_PREPOSITIONS = frozenset({
    "about", "above", "across", "against", "along", "amid", "amidst", "among", "amongst", "around", "behind",
    "below", "beneath", "beside", "besides", "beyond", "despite", "down", "during", "except", "inside", "like",
    "near", "off", "onto", "outside", "past", "per", "regarding", "through", "throughout", "toward", "towards",
    "under", "until", "unlike", "upon", "via", "within", "without", "between",
})
# Words that cannot be a verb with the name as its subject: clause links and adverbs of time or place.
_NOT_VERBS = FUNCTION_WORDS | _PREPOSITIONS | frozenset({
    "because", "if", "unless", "though", "although", "so", "yet", "nor", "whether", "once", "whereas", "then",
    "there", "here", "now", "today", "yesterday", "tomorrow", "tonight", "again", "too", "only", "even", "just",
    "still", "last", "next", "every", "each", "both", "either", "neither", "more", "most", "such", "what", "how",
    "why", "whose", "whom", "up", "out", "back", "away", "home", "abroad", "alone", "together", "instead",
    "ago", "later", "earlier", "soon", "first", "per", "versus", "vs", "plus", "minus", "times", "percent",
})
# Endings of English adjectives of relation ("national", "economic", "Syrian"-like words written lower-case).
_ADJECTIVE_ENDINGS = ("al", "ic", "ian", "ean", "ese", "ish", "ive", "ary", "ern")
_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th)")
_SCORE = re.compile(r"\b\d{1,3}-\d{1,3}\b")
_RELATIVE = re.compile(r"\s*,\s*(?:which|who|that)\s+")
_WHOSE = re.compile(r"\s*,\s*whose\s+")
_WHERE = re.compile(r"\s*,\s*where\s+")
_BE = FINITE_BE
# Progressive verbs that tell what a place undergoes, not what it does ("Syria is burning").
_UNDERGOING = frozenset({"burning", "bleeding", "suffering", "facing", "experiencing", "witnessing", "seeing",
                         "getting", "becoming", "hosting", "recovering", "reeling", "struggling", "changing",
                         "growing", "shrinking", "flooding", "sinking", "going", "coming", "falling"})


@dataclass(frozen=True)
class AssociativeCues:
    modifier_heads: frozenset[str]
    place_heads: frozenset[str]
    possessed_agentive: frozenset[str]
    control_verbs: frozenset[str]
    sports_words: frozenset[str]
    sports_before: frozenset[str]
    time_words: frozenset[str]
    office_of: frozenset[str]
    irregular_deeds: frozenset[str]
    object_starts: frozenset[str]
    bare_control_verbs: frozenset[str]
    recipient_verbs: frozenset[str]
    agent_nouns_before: frozenset[str]
    agentive_predicates: frozenset[str]
    copulas: frozenset[str]
    aspect_verbs: frozenset[str]
    spatial_participles: frozenset[str]
    clause_verbs: frozenset[str]
    irregular_participles: frozenset[str]
    stance_verbs: frozenset[str]
    nounlike_verbs: frozenset[str]
    party_verbs: frozenset[str]
    stance_nouns: frozenset[str]
    measure_verbs: frozenset[str]
    sports_after: frozenset[str]
    envoy_nouns: frozenset[str]
    competition_verbs: frozenset[str]
    competition_nouns: frozenset[str]
    table_places: frozenset[str]
    leader_participles: frozenset[str]
    sports_meeting: frozenset[str]
    framed_recipient_verbs: frozenset[str]
    scored_results: frozenset[str]
    people_object_verbs: frozenset[str]
    relation_objects: dict[str, frozenset[str]]  # "relations" → {"with", "between"}
    # A result's nouns by the preposition that takes the other side after them: "to" → {"loss", "lost", ...}.
    sports_results: dict[str, frozenset[str]] = field(default_factory=dict)
    # Particles after which a stance verb that is also a noun is the verb: "call" → {"on", "upon"}.
    verb_particles: dict[str, frozenset[str]] = field(default_factory=dict)
    # Every form of a verb of ranking or measuring ("leads", "topped", "accounting").
    measure_forms: frozenset[str] = frozenset()
    # Every form of a stance verb → (its plain form, "plain" | "s" | "past" | "ing"): "rejects" → ("reject", "s").
    stance_forms: dict[str, tuple[str, str]] = field(default_factory=dict)


def _result_links(raw: object) -> dict[str, frozenset[str]]:
    """associative.yaml's `sports_results`: each preposition of `_RESULT_LINKS` mapped to the lower-case nouns
    of a result it takes the other side after."""
    if not isinstance(raw, dict) or not set(raw) <= _RESULT_LINKS or not all(
        isinstance(v, list) and v and all(isinstance(w, str) and w == w.lower() for w in v) for v in raw.values()
    ):
        raise ValueError(f"associative.yaml: sports_results must map some of {sorted(_RESULT_LINKS)} to lists of "
                         "lower-case words")
    return {k: frozenset(v) for k, v in raw.items()}


@lru_cache(maxsize=2)
def load_associative(path: str = str(DATA_DIR / "associative.yaml")) -> AssociativeCues:
    raw = parse_yaml(Path(path).read_text(encoding="utf-8")) or {}
    lists: dict[str, frozenset[str]] = {}
    for key in _LIST_KEYS:
        value = word_list(raw.get(key), key, "associative.yaml", allow_empty=True)
        if len(set(value)) != len(value):
            raise ValueError(f"associative.yaml: {key} repeats {sorted({w for w in value if value.count(w) > 1})}")
        lists[key] = frozenset(value)
    relations = raw.get("relation_objects")
    if not isinstance(relations, dict) or not all(
        isinstance(k, str) and k == k.lower() and isinstance(v, list) and v and all(isinstance(p, str) for p in v)
        for k, v in relations.items()
    ):
        raise ValueError("associative.yaml: relation_objects must map a lower-case word to a list of prepositions")
    overlap = lists["modifier_heads"] & lists["place_heads"]
    if overlap:
        raise ValueError(f"associative.yaml: words both modifier and place heads: {sorted(overlap)}")
    for key in ("nounlike_verbs", "party_verbs"):
        stray = lists[key] - lists["stance_verbs"]
        if stray:
            raise ValueError(f"associative.yaml: {key} not among stance_verbs: {sorted(stray)}")
    pasts, particles = (_verb_map(raw, key, lists["stance_verbs"]) for key in ("stance_verb_pasts", "verb_particles"))
    return AssociativeCues(**lists, relation_objects={k: frozenset(v) for k, v in relations.items()},
                           sports_results=_result_links(raw.get("sports_results")),
                           stance_forms=stance_forms(lists["stance_verbs"], pasts),
                           verb_particles={k: frozenset(v) for k, v in particles.items()},
                           measure_forms=frozenset(f for v in lists["measure_verbs"] for f in inflections(v)))


def _verb_map(raw: dict, key: str, verbs: frozenset[str]) -> dict[str, list[str]]:
    """A mapping from stance verbs to lists of lower-case words, checked."""
    value = raw.get(key)
    if not isinstance(value, dict) or not all(
        k in verbs and isinstance(v, list) and v and all(isinstance(f, str) and f == f.lower() for f in v)
        for k, v in value.items()
    ):
        raise ValueError(f"associative.yaml: {key} must map stance verbs to lists of lower-case words")
    return value


def inflections(verb: str) -> dict[str, str]:
    """The regular forms of an English verb by their kind: "rely" → relies (s), relied (past), relying (ing).

    Spelling rules only; a doubled final consonant is offered beside the plain one ("expelled" and "expeled"),
    since a form no text uses costs nothing while a missing one loses the verb."""
    forms = {verb: "plain"}
    if verb.endswith("y") and verb[-2:-1] not in "aeiou":
        forms[verb[:-1] + "ies"] = "s"
        forms[verb[:-1] + "ied"] = "past"
    elif verb.endswith(("s", "sh", "ch", "x", "z", "o")):
        forms[verb + "es"] = "s"
    else:
        forms[verb + "s"] = "s"
    if verb.endswith("e"):
        forms[verb + "d"] = "past"
        forms[verb[:-1] + "ing"] = "ing"
    elif not verb.endswith("y") or verb[-2:-1] in "aeiou":
        forms[verb + "ed"] = "past"
        forms[verb + "ing"] = "ing"
    else:
        forms[verb + "ing"] = "ing"
    if len(verb) > 2 and verb[-1] not in "aeiouwxy" and verb[-2] in "aeiou" and verb[-3] not in "aeiou":
        forms[verb + verb[-1] + "ed"] = "past"  # "expelled", "banned"
        forms[verb + verb[-1] + "ing"] = "ing"
    return forms


def stance_forms(verbs: frozenset[str], pasts: dict[str, list[str]]) -> dict[str, tuple[str, str]]:
    """Each form of each verb → (the verb, the form's kind), irregular pasts included, so a rule reads a
    word once and knows both which verb it is and whether it can stand alone after a subject."""
    forms: dict[str, tuple[str, str]] = {}
    for verb in sorted(verbs):
        for form, kind in inflections(verb).items():
            forms.setdefault(form, (verb, kind))
        for form in pasts.get(verb, ()):
            forms[form] = (verb, "past")
    return forms


def polity(s: NameSpan) -> bool:
    """A name that can be a country or a first-level division, the places that act through a government, or
    a union of countries named as such ("the EU", "the European Union": the gazetteer's curated names for a
    continent), which acts through its institutions as a country does through its government."""
    # A plain loop, not a generator inside `any`: the rules ask this of every name several times over.
    for c in s.candidates:
        if c.exact:
            fc = c.feature_code
            if fc.startswith(_POLITY_CODES) or (fc == "CONT" and c.kind == NAME_CURATED):
                return True
    return False


_POLITY_CODES = ("PCL", "ADM1")


def acts(verb: str, after_auxiliary: bool) -> bool:
    """Whether a lower-case word after a name reads as a deed of the name: a verb after an auxiliary
    ("will close", "has strengthened"), or a past tense on its own ("entered", "offered")."""
    if (verb in STATE_VERBS and not (after_auxiliary and verb in _ACTIVE_AFTER_AUXILIARY)) or len(verb) < 3:
        return False
    assoc = load_associative()
    if verb in assoc.aspect_verbs:
        return False  # "China continued to account for": the verb after "to" says who acts (_agentive_state)
    if verb in assoc.measure_forms:
        return False  # "Texas topped the list", "Ohio ranked first": a place's figures, not its deeds
    if after_auxiliary:
        # "reaching Bamako again this week": after an adverb a determiner or a preposition is no deed.
        return verb.isalpha() and verb not in _NOT_VERBS
    return verb.endswith("ed") and len(verb) > 4


class _Window:
    """The tokens around one name, read only across spaces (never across punctuation or lines)."""

    def __init__(self, text: str, tokens: list[Token], s: NameSpan, spans: Optional[list[NameSpan]] = None,
                 town_test: Optional[Callable[[tuple[int, int], tuple[int, int]], bool]] = None):
        self.text, self.tokens, self.s = text, tokens, s
        self.spans = spans  # the text's names, where the reader has them (their readings decide some commas)
        # the "Town, Country" test over those names, built once per text by the reader (`_town_in_country`)
        self.town_test = town_test

    def after(self, k: int, from_end: Optional[int] = None) -> Optional[Token]:
        idx = self.s.j - 1 + k
        if idx >= len(self.tokens):
            return None
        prev_end = self.tokens[idx - 1].end if idx - 1 >= self.s.j else (from_end or self.s.end)
        gap = self.text[prev_end : self.tokens[idx].start]
        joined = gap.strip() == "" or (gap == "-" and idx - 1 >= self.s.j)  # "non-oil exports"
        return self.tokens[idx] if joined and "\n" not in gap else None

    def before(self, k: int) -> Optional[Token]:
        idx = self.s.i - k
        if idx < 0:
            return None
        nxt = self.tokens[idx + 1].start if idx + 1 < self.s.i else self.s.start
        gap = self.text[self.tokens[idx].end : nxt]
        return self.tokens[idx] if gap.strip() == "" and "\n" not in gap else None

    def sentence(self) -> str:
        return sentence_around(self.text, self.s.start, self.s.end)


def _words_after(w: _Window, k: int, n: int) -> list[Token]:
    """Up to n words from the name's k-th word after it on, read only across spaces."""
    out = []
    for x in range(k, k + n):
        t = w.after(x)
        if t is None:
            break
        out.append(t)
    return out


def _lower(t: Optional[Token]) -> bool:
    return t is not None and t.text.islower() and t.text.replace("-", "").isalpha()


def _after_function_word(w: _Window) -> bool:
    """The word just before the name is a preposition ("the crossing of X", "a bus from X"). Not an article: "The
    European Union keeps funding..." opens its clause with the name as the subject, a body acting."""
    b = w.before(1)
    return b is not None and b.norm in _NOT_NOUNS and b.norm not in _DETERMINERS


def _modifier(w: _Window, cues: Cues, assoc: AssociativeCues, after_place: bool = False) -> bool:
    """"EU airlines", "Oklahoma teachers", "Zimbabwe tourism authorities", "U.S. President", "the UK Foreign
    Secretary": the name modifies a noun for people, institutions or policies; "the Delft police station"
    stays a place. `after_place`: the name follows another place and a comma."""
    if w.text[w.s.end : w.s.end + 1] != " " or after_place:
        return False  # "a Severn, Md. man": the name places the one before it
    a1 = w.after(1)
    if a1 is None:
        return False
    skip = 1 if _ORDINAL.fullmatch(a1.text) else 0  # "the Laguna 2nd District Representative"
    lead = w.after(1 + skip)
    if lead is not None and lead.text[:1].isupper() and not lead.text.isupper() \
            and lead.norm not in assoc.modifier_heads and lead.norm not in cues.organisation_heads:
        # "U.S. Trade Representative", "the Iraq Foreign Minister": a capitalised title after the name.
        for k in (2 + skip, 3 + skip):
            t = w.after(k)
            if t is None or not t.text[:1].isupper() or t.text.isupper() or t.norm in cues.organisation_heads:
                return False
            if t.norm in assoc.modifier_heads:
                return True
        return False
    title = a1.text[:1].isupper() and a1.norm in assoc.modifier_heads and (
        not a1.text.isupper() or len(a1.text) <= 5)
    if not (_lower(a1) or title) or (a1.norm in _NOT_NOUNS) or a1.norm in cues.metonymy_verbs:
        return False  # "waters around Nauru and Tuvalu under licences": a preposition opens no compound
    if a1.norm in assoc.people_object_verbs and _after_function_word(w):
        # "a ferry across Lough Swilly saves drivers an hour": a verb and its object, no compound. Only after a
        # preposition: a name that opens the clause ("Ottawa gives farmers relief") is its
        # subject, a government acting, and stays for the metonymy rules to read.
        return False
    a2 = w.after(2)
    a2n = a2.norm if _lower(a2) else ""
    if a1.norm in assoc.place_heads or a2n in assoc.place_heads:
        return False
    if a1.norm in assoc.modifier_heads:
        return not a2n.endswith("ing")  # "the New York City police shooting": an event at the place
    if a1.norm == "and" and a2n.endswith(_ADJECTIVE_ENDINGS):
        # "EU and national regulation": the name and an adjective share the head noun.
        a3 = w.after(3)
        return _lower(a3) and a3.norm in assoc.modifier_heads
    # "Zimbabwe tourism authorities": a noun between the name and the head. Not "and" before a noun with a place
    # of its own: in "a team from Geneva and equipment from Nairobi" the name and the noun are two things joined,
    # and the name modifies nothing; "Kenya and government officials agreed" still joins the country to the
    # officials. Not a disaster noun: "Turkey earthquake survivors" are of the place the quake struck
    # (geo/modifier_nouns.py).
    if a1.norm == "and":
        a3 = w.after(3)
        if a3 is not None and a3.norm in _OWN_PLACE_AFTER:
            return False
    return (_lower(a1) and not a1.norm.endswith("ed") and a2n in assoc.modifier_heads
            and not names_a_disaster(a1.norm))


# Words that cannot stand between a name and the head noun it modifies: function words and prepositions ("and"
# may: "EU and national regulation").
_NOT_NOUNS = (FUNCTION_WORDS | _PREPOSITIONS) - {"and"}
_DETERMINERS = frozenset({"the", "a", "an", "this", "that", "these", "those", "its", "their", "our", "his", "her"})


# Prepositions after "X and <noun>" that give the noun a place of its own ("equipment from its depot"): the noun
# is a second thing beside the name, which modifies nothing. Only "from", the noun's origin: "of", "at" and "in"
# after a noun of people name their office ("Ghana and officials at the ministry agreed", "staff of the agency"),
# and the country joined to them is still a government acting beside them.
_OWN_PLACE_AFTER = frozenset({"from"})


# Adjectives that before a country's or a capital's name make it a body of its people: "corporate America" is
# its business world. Not "rural" or "urban": "rural Estovia" is the countryside, a ground.
_SECTOR_ADJECTIVES = frozenset({"corporate"})


def _sector_of(w: _Window) -> bool:
    """"corporate Norland": the name stands for a sector of its society, not for land."""
    b = w.before(1)
    return _lower(b) and b.norm in _SECTOR_ADJECTIVES


def _hyphen_leader(w: _Window, assoc: AssociativeCues) -> bool:
    """"the UK-led coalition", "a Norway-brokered truce": a country hyphened to a participle of leading or
    sponsoring is the state that does it. Unlike "backed" (a verb of stance, read with the others), "led" after a
    bare name is as often a figure ("Texas led the nation"), so only the hyphened compound is read here."""
    if w.text[w.s.end : w.s.end + 1] != "-":
        return False
    m = re.match(r"-([a-z]+)\b", w.text[w.s.end : w.s.end + 20])
    return m is not None and m.group(1) in assoc.leader_participles


def _possessed(w: _Window, cues: Cues, assoc: AssociativeCues) -> bool:
    """"Tunisia's reluctance", "Dominica's request", "Russia's mission": what the name owns is an agent's."""
    if w.text[w.s.end : w.s.end + 2] not in ("'s", "’s"):
        return False
    heads = assoc.possessed_agentive | assoc.modifier_heads
    start = w.s.end + 2
    joint = _JOINT_POSSESSOR.match(w.text, start)
    if joint is not None:
        start = joint.end()  # "the EU's and Kemira's commitment": both own the head after the second
    # The head of the noun phrase is the last word of the run of lower-case words after the possessive
    # ("Japan's rigorous market access procedures"; "Hawaii's residents spend" ends at a verb: a place's).
    head = None
    for k in range(1, 5):
        t = w.after(k, from_end=start) if joint is None else _token_from(w, start, k)
        if k == 1 and t is not None and _ACRONYM.fullmatch(t.text):
            continue  # "Norland's UN dues", "Estovia's EU partners": a body's initials qualify the head
        if t is None or t.norm in FUNCTION_WORDS or t.norm in _PREPOSITIONS \
                or not (_lower(t) or (k == 1 and t.text[:1].isupper() and t.norm in heads)):
            break
        if head is not None and head.norm in heads and _finite_verb(t, w.after(k + 1, from_end=start)
                                                                      if joint is None else None):
            break  # "Norland's exports rose", "Estovia's experience serves as": the phrase ends at its verb
        head = t
    return head is not None and head.norm in heads


_ACRONYM = re.compile(r"[A-Z]{2,5}")


def _finite_verb(t: Token, nxt: Optional[Token]) -> bool:
    """Whether a lower-case word after a noun reads as that noun's verb: a past tense, or a form in -s
    before what a verb takes ("serves as", "needs the"; "trade figures for May" stays a noun)."""
    n = t.norm
    if past_tense(n):
        return True
    return n.endswith("s") and not n.endswith(("ss", "us", "is")) and len(n) > 3 and (
        nxt is not None and nxt.norm in _OBJECT_OPENERS)


# Words that open what a verb takes and seldom follow a plural noun ("serves as", "needs the"; not "figures for").
_OBJECT_OPENERS = frozenset({"as", "the", "a", "an", "its", "their", "to"})


_JOINT_POSSESSOR = re.compile(r"\s+and\s+(?:the\s+)?[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,2}['’]s")


def _token_from(w: _Window, start: int, k: int) -> Optional[Token]:
    """The k-th token starting at or after character `start`, if only spaces lead to it."""
    idx = next((n for n, t in enumerate(w.tokens) if t.start >= start), None)
    if idx is None or idx + k - 1 >= len(w.tokens):
        return None
    t = w.tokens[idx + k - 1]
    prev_end = start if k == 1 else w.tokens[idx + k - 2].end
    return t if w.text[prev_end : t.start].strip() == "" and "\n" not in w.text[prev_end : t.start] else None


def _relation_object(w: _Window, assoc: AssociativeCues) -> Optional[str]:
    """"relations with Algeria", "pressure on Georgia", "a loss to San Antonio": a party, not a place.
    Returns the preposition that governs the name."""
    k = 1
    b1 = w.before(k)
    if b1 is not None and b1.norm == "the":
        k += 1
        b1 = w.before(k)
    while b1 is not None and b1.text.islower() and b1.norm in LOCATING_ADJECTIVES and k < 4:
        k += 1  # "relations with neighbouring Pakistan": the adjective leaves the party the preposition's
        b1 = w.before(k)
    if b1 is not None and b1.text == "and":
        # "cooperation between NATO and Tunis": the second party after a first that is no place name.
        k += 1
        while (t := w.before(k)) is not None and t.text[:1].isupper() and k < 6:
            k += 1
        between, noun = w.before(k), w.before(k + 1)
        if k > 2 and between is not None and between.text == "between" and noun is not None \
                and "between" in assoc.relation_objects.get(noun.norm, ()) \
                and not (noun.norm in _STANCE_NOUNS and not _governments_wrote(w, w.before(k + 2))):
            return "between"
        return None
    b2 = w.before(k + 1) if b1 is not None else None
    if b1 is None or b2 is None or not b1.text.islower() or not (b2.text.islower() or b2.text.istitle()):
        return None
    preps = assoc.relation_objects.get(b2.norm)
    if not preps or b1.norm not in preps:
        return None
    if b2.norm in _STANCE_NOUNS and not _governments_wrote(w, w.before(k + 2)):
        return None  # "letters between London and Sydney took three months by sea": the post, between places
    if b2.norm in _SETTLED_WITH and not _settling_party(w):
        return None
    if b2.norm in _TALKED and not _talked_party(w):
        return None
    if b2.norm in _LEANED and (_bound_for(w) or _weather_leaning(w, b2)):
        return None  # "refugees leaned towards Chad as a refuge", "the cyclone leaned toward Fiji": no party
    if b2.norm in _STOOD and _describes_a_noun(w):
        return None  # "fans standing with Croatia flags": the name says whose flags, no party stood by
    if b1.norm == "from" and _PERSONAL_UTTERANCE.search(w.text, max(0, b2.start - 60), b2.start) is not None:
        return None  # "his reply from Kabul", "she sent a reply from Paris": a person's words, sent from a place
    if b2.norm == "pressure" and (b3 := w.before(k + 2)) is not None and b3.norm in _WEATHER_PRESSURE:
        return None  # "high pressure from Greenland": the weather's air, which comes from a place
    if b2.norm == "pressure" and b1.norm == "from" and not _pressing_government(w, w.before(k + 2)):
        return None  # "migration pressure from Libya", "pressure from Kursk": not a government's pressure
    return b1.norm


# Nouns that take parties only with a word of stance before them ("angry letters between Montevideo and Buenos
# Aires"): bare, they are as often the post carried between places ("letters between Lagos and Accra took a week").
_STANCE_NOUNS = frozenset({"letters"})
_STANCES = frozenset({"angry", "sharp", "diplomatic", "official", "terse", "heated", "furious", "formal", "stern",
                      "bitter", "hostile", "conciliatory", "testy", "strongly-worded", "protest", "warning"})


def _governments_wrote(w: _Window, stance: Optional[Token]) -> bool:
    """Whether the name after a noun of `_STANCE_NOUNS` is a party: a word of stance stands before the noun
    ("sharp letters between Kinshasa and Kigali"), and the name can be a government, a country or a national
    capital ("diplomatic letters between Paris and Marseille" are no government's)."""
    if stance is None or stance.norm not in _STANCES:  # "Sharp letters" opening a sentence too
        return False
    return any(c.exact and (c.feature_code.startswith("PCL") or c.feature_code == "PPLC") for c in w.s.candidates)


# Words before "pressure" that make it the air's ("a ridge of high pressure from the Azores"), no government's.
_WEATHER_PRESSURE = frozenset({"high", "low", "air", "atmospheric", "barometric"})
# Words before "pressure" that make it a flow of people, herds, boats, troops or air out of a place ("migration
# pressure from Libya", "military pressure from Kursk", "cold pressure from Siberia"), no government's.
_FLOW_PRESSURE = frozenset({"migration", "migratory", "refugee", "population", "grazing", "fishing", "military",
                            "cold", "warm", "water"})


def _pressing_government(w: _Window, before: Optional[Token]) -> bool:
    """Whether the name after "pressure from" is a government pressing: a country or a national capital
    ("pressure from Canberra"), written whole, not a possessive or a modifier of a noun after it ("pressure from
    Uganda's traders", "from Kenya herders": the people press), and not after a word that makes the pressure a
    flow out of a place (`before`, the word before "pressure": "refugee pressure from Syria"). A province, a town
    or a region a front or a flow comes from ("pressure from Donetsk on the villages") stays a place."""
    s = w.s
    if before is not None and before.norm in _FLOW_PRESSURE:
        return False
    if not any(c.exact and (c.feature_code.startswith("PCL") or c.feature_code == "PPLC") for c in s.candidates):
        return False
    if w.text[s.end : s.end + 1] in ("'", "’"):
        return False
    return not _describes_a_noun(w)


# A reply, a response or a rebuke a person owns or sends ("his reply", "Maria's angry retort", "wrote a reply"):
# "from" after it says where the person was, not which government spoke. At most one word (an adjective) between.
_PERSONAL_UTTERANCE = re.compile(r"(?:\b(?:[Hh]is|[Hh]er|[Tt]heir|[Mm]y|[Oo]ur|[Yy]our)|\w['’]s|\b(?:sent|send|sends|"
                                 r"sending|posted|posts|wrote|writes|written|penned|texted|mailed|emailed)"
                                 r"(?:\s+(?:a|an|the))?)(?:\s+[a-z]+)?\s+\Z")


# Verbs of terms settled with a government ("the fees were agreed with Dakar"): "with" after them takes a party
# only where the name can be one, a country or a national capital, and not where "with" opens an absolute clause
# whose predicate follows the name ("agreed with Westport in mind", "negotiated with Kirov still under siege").
_SETTLED_WITH = frozenset({"agreed", "negotiated"})
_WITH_PREDICATE = re.compile(r"\s+(?:in\s+(?:mind|ruins|flames|tatters|turmoil|chaos|mourning|lockdown)|still|now|"
                             r"already|under|at\s+war|gone|largely|mostly|half|cut\s+off)\b")


# Verbs of talk that take a government ("is talking to Tbilisi about power") but as often people a town's name
# describes ("talked with Gaza families", "talking to London-based investors"): see `_talked_party`.
# Leaning towards a party ("has long leaned towards Moscow") is said as often of a storm's track or a crowd's
# choice of where to go ("the hurricane leaned toward Florida"): the name is a party only where a government can
# be one, as after "talked with", and not where a noun of destination follows it in the clause (`_bound_for`).
_LEANED = frozenset({"lean", "leans", "leaned", "leant", "leaning"})
_TALKED = frozenset({"talking", "talked"}) | _LEANED
# The people a name describes are a noun after it: a plural ("Lagos traders", "Kabul widows") or a word of a
# body of people that takes no plural -s (`_PEOPLE_NOUNS`). Any other lower-case word leaves the name whole: a
# preposition, a conjunction or an adverb ("talking to Quito about", "to Rome and Madrid", "to Seoul secretly").
_PEOPLE_NOUNS = frozenset({"police", "people", "staff", "clergy", "youth", "media", "press", "elite", "elders",
                           "leadership", "residents", "public", "diaspora", "military", "army", "folk"})
# Lower-case words in -s that are no plural noun.
_NOT_PLURAL = frozenset({"as", "is", "was", "has", "this", "its", "thus", "plus", "across", "unless", "towards",
                         "afterwards", "besides", "sometimes", "always", "perhaps", "nowadays", "whereas", "less",
                         "regardless", "nevertheless", "us", "his", "hers", "yours", "ours", "does", "says"})


# Nouns of where people go or stay that make a name leaned towards a destination ("as their destination", "for
# asylum"), read within the few words after it; a government sought "for shelter" or "as a route" is still a party.
_DESTINATION_NOUNS = frozenset({"destination", "destinations", "asylum", "resettlement", "exile", "refuge"})
_AS_DETERMINERS = frozenset({"a", "an", "the", "their", "its", "his", "her", "our"})
# The people who go somewhere: only where they are in the sentence is a country leaned towards their destination.
_MOVERS = re.compile(r"\b(?:migrants?|refugees?|families|fleeing|fled|displaced|asylum[- ]seekers?|evacuees|"
                     r"emigrants|exiles|defectors|deserters|escapees)\b", re.IGNORECASE)


def _bound_for(w: _Window) -> bool:
    """Whether the name leaned towards is where people moving go: "as (a|their) X" or "for X" with a noun of
    destination within eight words after it ("leaned towards Chad rather than Niger as a refuge"), and a
    subject of moving people in the sentence ("families fleeing the drought")."""
    words = _words_after(w, 1, 8)
    for k, t in enumerate(words):
        if t.norm not in _DESTINATION_NOUNS or k == 0:
            continue
        prev = words[k - 1].norm
        if prev in ("for", "as") or (prev in _AS_DETERMINERS and k >= 2 and words[k - 2].norm == "as"):
            return _MOVERS.search(w.sentence()) is not None
    return False


# A storm that is the subject of the leaning ("the cyclone leaned towards Fiji", "Typhoon Haikui's track leans
# toward Manila"): what a government is never said to do. Only storm nouns, whole (not "Hurricane-hit"), and a
# named storm with its name; the storm's own track words and adverbs may stand between it and the verb.
_STORM = re.compile(r"(?<![-\w])(?:tropical\s+(?:storm|depression)|storm|hurricane|typhoon|cyclone|ash\s+cloud|"
                    r"plume)s?\b(?!-)(?:\s+[A-Z][a-z]+)?(?:['’]s)?", re.IGNORECASE)
# A storm of politics or a time named by a storm ("a political storm over the budget", "the storm season").
_NOT_WEATHER_BEFORE = frozenset({"political", "diplomatic", "perfect", "media", "legal", "public", "financial",
                                 "constitutional", "brewing"})
_NOT_WEATHER_AFTER = re.compile(r"\s+(?:over|of|season|surrounding|around|about)\b", re.IGNORECASE)
# What may stand between the storm and the leaning verb: its track's nouns, auxiliaries and adverbs.
_STORM_TO_VERB = frozenset({"track", "path", "eye", "centre", "center", "core", "remnants", "then", "had", "has",
                            "have", "was", "is", "been", "already", "later", "now", "also", "again", "long",
                            "appeared", "seemed", "to", "forecast", "expected", "likely", "further", "more"})


def _weather_leaning(w: _Window, verb: Token) -> bool:
    """Whether a storm is the subject of the leaning verb: in the verb's clause of the name's own sentence (after
    its last comma or semicolon), with no other place name and nothing but track nouns, auxiliaries or adverbs
    between it and the verb."""
    lo = sentence_start(w.text, verb.start)
    clause = w.text[lo : verb.start]
    cut = max(clause.rfind(","), clause.rfind(";"), clause.rfind(":"))
    lo += cut + 1
    for m in _STORM.finditer(w.text, lo, verb.start):
        head = w.text[max(lo, m.start() - 16) : m.start()].split()
        if head and head[-1].lower() in _NOT_WEATHER_BEFORE or _NOT_WEATHER_AFTER.match(w.text, m.end()):
            continue
        between = w.text[m.end() : verb.start].split()
        if all(x.lower() in _STORM_TO_VERB or x.lower().endswith("ly") for x in between) and not any(
                m.end() <= o.start < verb.start for o in (w.spans or ())):
            return True
    return False


def _talked_party(w: _Window) -> bool:
    """Whether the name after "talking/talked to/with" is a government spoken to: a country or a national
    capital, written whole (no hyphen or possessive after it), and not a modifier of a noun of people after
    it ("Kyiv hospitals", "Lagos traders"); a conjunction or an adverb after it leaves it whole ("talking to
    Rome and Madrid", "talked with Hanoi privately")."""
    s = w.s
    if not any(c.exact and (c.feature_code.startswith("PCL") or c.feature_code == "PPLC") for c in s.candidates):
        return False
    if w.text[s.end : s.end + 1] in ("-", "'", "’"):
        return False
    a = w.after(1)
    if a is None or not a.text[:1].islower() or a.norm in FUNCTION_WORDS or a.norm in _NOT_PLURAL \
            or a.norm in _SPANS_OF_TIME or a.norm in _S_VERBS:
        return True  # "leaned toward Moscow decades longer", "talked with Hanoi weeks before": no noun described
    return a.norm not in _PEOPLE_NOUNS and not (a.norm.endswith("s") and not a.norm.endswith(("ss", "ly")))


# Verbs of standing by a party ("stood with Kyiv") that as often say what people hold ("standing with Ghana flags").
_STOOD = frozenset({"stand", "stands", "stood", "standing"})
# Plurals after the name that are no noun it modifies: a span of time ("stood with Kyiv weeks before the war") or
# the verb of a clause the phrase is the subject of ("Standing with Taipei means paying a price").
_SPANS_OF_TIME = frozenset({"hours", "days", "weeks", "months", "years", "decades", "times"})
_S_VERBS = frozenset({"means", "remains", "matters", "requires"})


def _describes_a_noun(w: _Window) -> bool:
    """Whether the name modifies a noun right after it: a plural or a people's word ("Croatia flags", "Kenya
    fans"), as `_talked_party` reads it; an adverb or a preposition ("with Ukraine in its hour") leaves it whole."""
    a = w.after(1)
    if a is None or not a.text[:1].islower() or a.norm in FUNCTION_WORDS or a.norm in _NOT_PLURAL \
            or a.norm in _SPANS_OF_TIME or a.norm in _S_VERBS:
        return False
    return a.norm in _PEOPLE_NOUNS or (a.norm.endswith("s") and not a.norm.endswith(("ss", "ly")))


def _settling_party(w: _Window) -> bool:
    """Whether the name after "agreed/negotiated with" is a party to the terms (see `_SETTLED_WITH`)."""
    s = w.s
    if not any(c.exact and (c.feature_code.startswith("PCL") or c.feature_code == "PPLC") for c in s.candidates):
        return False
    return _WITH_PREDICATE.match(w.text, s.end) is None


# Prepositions that take the other side after a result's noun ("a draw with", "the win over", "lost to"): the
# keys of associative.yaml's `sports_results`, each with the nouns it follows.
_RESULT_LINKS = frozenset({"with", "over", "to", "against", "of"})
# A result word, the score (after "at" for a standing: "level at 1-1 with"), then its link: "lost 24-22 to",
# "won 3-1 against", "a 2-2 draw with".
_SCORED_RESULT = re.compile(r"\b([a-z]+)\s+(?:at\s+)?\d{1,3}[-–]\d{1,3}\s+(with|over|to|against|of)\s+(?:the\s+)?\Z")
# A side's standing against the other after its name: "the West Indies level at 1-1 with", "Kerry level with".
_LEVEL_WITH = re.compile(r"\s+(?:(?:stay|stays|stayed|remain|remains|remained|are|is|were|was)\s+)?level"
                         r"\s+(?:at\s+\d{1,3}[-–]\d{1,3}\s+)?with\s+(?:the\s+)?[A-Z]")
# Words of a contest's standing that, beside "level with", make it a sides' standing as the field's own words do
# (associative.yaml `sports_words`): "level at 1-1 in the series", "the hosts level with". Level with a rival
# on cases, turnout or seats is a count's standing, and a range of ages or dates ("aged 5-14") looks like a score,
# so "level" takes sides only in a sentence of sport, never by a score alone.
_STANDING_WORDS = frozenset({"series", "hosts", "visitors", "league", "table", "aggregate", "leg"})
# A group of a draw, which alone is any group ("the 18-24 age group", "the group of seven"): only its top or foot,
# or its letter ("top of the group", "Group C"). "Standings" are any ranking's (of press freedom, of a poll) and
# count only beside a word of sport, as every other word would.
_GROUP_STANDING = re.compile(r"\b(?:top|bottom|head|foot)\s+of\s+(?:the\s+|their\s+|its\s+)?group\b"
                             r"|\bGroup\s+[A-L]\b")
# What makes the two names after "either" a fixture's possible sides, beside a verb of play that also takes a
# choice or a fate ("face either Libya or Tunisia"): a score or a word of a draw's stage, not any word of sport.
# "Final" is the stage only as a noun ("in the final", "a final against"), not the adjective ("their final stop",
# "the final round of talks"); "round" only of a draw ("the next round", "the round of 16"), not "a round of talks".
_FIXTURE_STAGE = re.compile(r"\b(?:semi-?finals?|quarter-?finals?|last\s+(?:four|eight|sixteen|16)|"
                            r"tie|fixture|fixtures|play-?offs?|knockout)\b"
                            r"|\b(?:the|a)\s+finals?\b(?!\s+(?!(?:of|in|at|on|against|with|for|and|or|next|this|"
                            r"last|later)\b)(?-i:[a-z]))"
                            r"|\bround\b(?!\s+of\s+(?!\d|sixteen\b)(?-i:[a-z]))", re.IGNORECASE)
# A range of ages or years that looks like a score ("the 18-25 age group", "aged 5-14", "between 10-20"): no score.
_AGE_RANGE = re.compile(r"\b(?:aged|age|ages|between)\s+\Z", re.IGNORECASE)
_AGE_AFTER = re.compile(r"\s*(?:age\b|ages\b|year-olds?\b|years?\b|-year-olds?\b)", re.IGNORECASE)


def _fixture_score(sentence: str) -> bool:
    """Whether the sentence holds a score, not a range of ages or years (`_AGE_RANGE`, `_AGE_AFTER`)."""
    for m in _SCORE.finditer(sentence):
        if _AGE_RANGE.search(sentence, max(0, m.start() - 12), m.start()) is None \
                and _AGE_AFTER.match(sentence, m.end()) is None:
            return True
    return False


# A side's distance in points from another in a table: "two points behind the Czech Republic", "a point clear of
# Ghana", "three points adrift of Leeds". Points are a count of anything (a poll's, a rate's), so it is a
# standing only in a sentence of sport by another word than "points" itself (`_STANDING_WORDS`, `sports_words`).
_POINTS_FROM = re.compile(r"\b(?:\d{1,2}|a|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\s+"
                          r"points?\s+(?:behind|ahead\s+of|clear\s+of|adrift\s+of)\s+(?:the\s+)?\Z")
# A tie's standing at a score ("tied at 2-2 with", "tie at 1-1 with"): mostly sport's, so it takes sides as any
# result does, but votes and seats are tied too: in a sentence with a word of a vote (`_VOTE_WORDS`) it is none.
_STANDING_AT = re.compile(r"(?:tied|tie|ties)\s+at\s")
# "seats" only after a count ("won 14 seats", "three seats each": `_SEATS_COUNTED`): fans leave their seats too.
_SEATS_COUNTED = re.compile(r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[a-z]+ty"
                            r"(?:-[a-z]+)?)\s+seats\b", re.IGNORECASE)
_VOTE_WORDS = frozenset({"vote", "votes", "voted", "ballot", "ballots", "recount", "poll", "polls",
                         "delegates", "electors", "election", "elections", "referendum", "candidate", "candidates",
                         "nominee", "nominees"})
# The score right before a one-sided result's noun and its "of": "a 48-7 thrashing of", "a 5-0 whitewash of".
_SCORE_THEN_OF = re.compile(r"\b\d{1,3}[-–]\d{1,3}\s+([a-z]+)\s+of\s+(?:the\s+)?\Z")


# Prepositions whose object is a player's home, not the subject of the verb after it: "a winger from Nadi
# scored twice" tells where the winger is from; the winger scored.
_HOME_PREPOSITIONS = frozenset({"from", "in", "near", "outside"})
# "drew" whose object is a crowd ("the finals at Soldeu drew record crowds", "the Test at Galle drew 30,000 fans"):
# the ground people came to, not a side's draw ("drew 1-1", "drew with Leeds", "drew level"); only after "at" or
# "in" (`_VENUE_PREPOSITIONS`), since a club draws crowds too ("Leicester drew 40,000 fans to their parade").
_DRAWN_CROWD = re.compile(r"\s+(?:(?:record|huge|big|large|bumper|capacity|sell-out|sellout|more|fewer|about|"
                          r"some|over|nearly|almost|[\d][\d,.]*)\s+){0,3}(?:crowds?|spectators|fans|visitors|"
                          r"tourists|pilgrims|thousands|hundreds|audiences?)\b")
_DRAW_VERBS = frozenset({"drew", "draws", "draw"})
_VENUE_PREPOSITIONS = frozenset({"at", "in"})


def _team(w: _Window, assoc: AssociativeCues, sporting: bool = False) -> bool:
    """"25 points against Louisville", "outlasted Louisville in OT", "a 1-1 draw with Uruguay", "Leeds
    equalised": in a sports report a place on either side of a result is a team. The sentence must read as
    sport (a score or a word of the field), or the whole story must (`sporting`): "Sunderland host Norwich"
    says no more than that in a match report."""
    b1, a1 = w.before(1), w.after(1)
    if _lower(b1) and b1.norm == "of" and _beaten_side(w, assoc, sporting):
        return True
    if fell_to_side(w.text, w.s.start, w.s.end, sporting):
        return True  # "Albany fell to Juda by 11": both names and a margin, or a story of sport (geo/fell_to_sides.py)
    # "of" takes a side only as `_beaten_side` allows, not by any score in the sentence
    b2 = w.before(2) if _lower(b1) and b1.norm in _RESULT_LINKS and b1.norm != "of" else None
    scored = _SCORED_RESULT.search(w.text, max(0, w.s.start - 40), w.s.start)
    # "level with Kerry", "level at 1-1 with Fiji", "the West Indies level at 1-1 with": a standing, read as the
    # sides' only in a sentence of sport (`_STANDING_WORDS`)
    # "tied at 2-2 with Bradford" on a vote's tally (`_STANDING_AT`, `_VOTE_WORDS`): no side
    tally = scored is not None and scored.group(2) == "with" and _STANDING_AT.match(scored.group(0)) is not None \
        and (not _VOTE_WORDS.isdisjoint(x.lower() for x in re.findall(r"[A-Za-z]+", w.sentence()))
             or _SEATS_COUNTED.search(w.sentence()) is not None)
    level = (_lower(b2) and b2.norm == "level" and b1.norm == "with") \
        or (scored is not None and scored.group(1) == "level" and scored.group(2) == "with") \
        or _LEVEL_WITH.match(w.text, w.s.end) is not None
    points_from = _POINTS_FROM.search(w.text, max(0, w.s.start - 40), w.s.start) is not None
    # "will meet either Botafogo or Santos": sides only beside a score or a draw's stage (`_FIXTURE_STAGE`)
    either = _either_side(w, b1, w.before(2), assoc)
    other = ((_lower(b1) and b1.norm in assoc.sports_before and _met_side_ends(w, b1, assoc))
             or (_lower(b2) and b2.norm in assoc.sports_results.get(b1.norm, ()))
             # "lost 24-22 to Scotland"
             or (scored is not None and not tally
                 and scored.group(1) in assoc.sports_results.get(scored.group(2), ()))
             or (_lower(b2) and b2.norm == "lead" and b1.norm == "over")  # "a six-point lead over Oakdale"
             # "lost twice to Huron", "lost twice to Pierre and once to (the) Yankton"
             or (_lower(b1) and (b1.norm in _RESULT_LINKS or b1.norm == "the")
                 and counted_result_side(w.text, w.s.start, assoc.sports_results))
             or (_lower(a1) and a1.norm in assoc.sports_after and not (_lower(b1) and b1.norm in _HOME_PREPOSITIONS)
                 and not (a1.norm in _DRAW_VERBS and _lower(b1) and b1.norm in _VENUE_PREPOSITIONS
                          and _DRAWN_CROWD.match(w.text, a1.end)))
             or _meets_side(w, assoc))
    if not (level or other or points_from or either):
        return False
    sentence = w.sentence()
    if either and not (other or level or points_from):
        return _fixture_score(sentence) or _FIXTURE_STAGE.search(sentence) is not None
    if sporting:
        return True
    words = {x.lower() for x in re.findall(r"[A-Za-z]+", sentence)}
    if not other:
        return bool((words - ({"points"} if points_from and not level else set()))
                    & (assoc.sports_words | _STANDING_WORDS)) or _GROUP_STANDING.search(sentence) is not None
    if _SCORE.search(sentence):
        return True
    return bool(words & assoc.sports_words)


# Verbs of a fixture before a side that as often take a group of people a name qualifies ("will meet Nairobi
# officials"): the side is the whole noun phrase, so the word after the name is no lower-case noun.
_MEETING_VERBS = frozenset({"meet", "meets"})
# Verbs of a one-sided or unexpected result that as often take people or hopes ("upset Oakdale parents",
# "crushed Hill's hopes"): the side is the whole noun phrase there too.
_FEELING_RESULTS = frozenset({"upset", "stunned", "crushed", "thrashed", "trounced", "downed", "blanked"})


# Subjects of a one-sided result that are sides though written in lower case: a relative pronoun or a pronoun
# standing for a side ("the Hornets, who crushed Oakdale"), a side's own noun ("Gilford's team thrashed Hill"), or
# a scoring play or a side's standing ("a late goal stunned Oakdale", "the holders upset Hill").
_SIDE_SUBJECTS = frozenset({"who", "they", "team", "teams", "side", "sides", "squad", "squads", "club", "eleven",
                            "boys", "girls", "men", "women", "varsity", "hosts", "visitors", "champions",
                            "goal", "goals", "penalty", "penalties", "header", "headers", "try", "tries",
                            "hat-trick", "winner", "strike", "strikes", "seed", "seeds", "underdogs", "holders"})
# A relative pronoun a thing may take as well ("a tornado that crushed Oakdale"): the noun before it is the subject.
_THING_RELATIVES = frozenset({"that", "which"})
_WORD = re.compile(r"[A-Za-z][\w'’-]*")
# A score or a game's noun straight after the beaten side: "blanked Towner 3-0", "crushed Hill in the opener".
_RESULT_BY = re.compile(r"\s*,?\s*(?:\d{1,3}-\d{1,3}\b|in\s+(?:the|their|its|a|an)\s+(?:[\w'’-]+\s+){0,2}"
                        r"(?:game|match|opener|final|semi-?final|quarter-?final|play-?off|tie|derby|fixture|round|"
                        r"tournament|meet|bout)s?\b)")


def _side_beats(w: _Window, verb: Token) -> bool:
    """Whether a verb of a one-sided result (`_FEELING_RESULTS`) has a side for its subject: a capitalised name,
    a side's noun or a pronoun for one (`_SIDE_SUBJECTS`), or a score or a game's noun right after the name it
    takes. A hazard as the subject ("a tornado that crushed Oakdale", "the flood stunned Hill in May") is never
    a side, though the story is a sports one: the town is the ground it struck."""
    words = _WORD.findall(w.text, max(0, verb.start - 60), verb.start)[-3:]
    if not words:
        return False
    subject = words[-1]
    if subject.lower() in _THING_RELATIVES and len(words) >= 2:
        subject = words[-2]
    if any(x.lower() in NATURAL_HAZARDS for x in words[-2:] + [subject]):
        return False  # "the flood stunned Hill", "Hurricane Ida crushed Hill", "a storm that downed"
    if subject[:1].isupper() or subject.lower() in _SIDE_SUBJECTS:
        return True
    return _RESULT_BY.match(w.text, w.s.end) is not None


_HOSTING_VERBS = frozenset({"host", "hosts", "hosted", "hosting"})
_POSSESSIVE_ENDS = frozenset({"'s", "’s"})


def _met_side_ends(w: _Window, b1: Token, assoc: AssociativeCues) -> bool:
    """Whether the name after a verb of play (`sports_before`) ends its noun phrase: always, but after "meet"
    ("the players will meet Nairobi officials"), where a lower-case word after the name other than a function
    word or a word of time ("meet Fulham in the final", "meet Kenya tomorrow") makes the name a modifier. After a
    verb of a one-sided result the subject must be a side as well (`_side_beats`). After a verb of hosting, a
    name in the possessive owns what is hosted ("hosting Europe's biggest final", "hosts Syria's refugees")."""
    if b1.norm in _HOSTING_VERBS and w.text[w.s.end : w.s.end + 2] in _POSSESSIVE_ENDS:
        return False
    if b1.norm not in _MEETING_VERBS and b1.norm not in _FEELING_RESULTS:
        return True
    a1 = w.after(1)
    ends = not _lower(a1) or a1.norm in _NOT_VERBS or a1.norm in assoc.time_words
    return ends and (b1.norm not in _FEELING_RESULTS or _side_beats(w, b1))


def _beaten_side(w: _Window, assoc: AssociativeCues, sporting: bool) -> bool:
    """"a 48-7 thrashing of Columbus", "a rout of Dodge City" in a game report: a one-sided result's noun takes the
    beaten side by "of". "Of" follows a rout or a hammering in war as often ("the rebels' rout of Goma on 27-28
    January", "the hammering of Kharkiv"), so a score anywhere in the sentence, which a date range looks like, is
    not enough: the score must sit right before the noun, or the whole story must read as sport. Some nouns
    (associative.yaml's `scored_results`: "hammering", "whitewash") name a result only beside their score."""
    b2 = w.before(2)
    nouns = assoc.sports_results.get("of", ())
    if not _lower(b2) or b2.norm not in nouns:
        return False
    scored = _SCORE_THEN_OF.search(w.text, max(0, w.s.start - 40), w.s.start)
    if scored is not None and scored.group(1) == b2.norm:
        return True
    return sporting and b2.norm not in assoc.scored_results


# "will meet either Botafogo or Santos": the second of two sides a verb of play offers as alternatives.
_EITHER_OR = re.compile(r"\b([a-z]+)\s+either\s+(?:the\s+)?(?:[A-Z][\w'’.-]*\s+){1,4}or\s+(?:the\s+)?\Z")


def _either_side(w: _Window, b1: Optional[Token], b2: Optional[Token], assoc: AssociativeCues) -> bool:
    """"will meet either Botafogo or Santos", "face either Leeds or Hull": both names after a verb of play and
    "either" are sides, as one straight after the verb is."""
    if _lower(b1) and b1.norm == "either":
        return _lower(b2) and b2.norm in assoc.sports_before and _met_side_ends(w, b2, assoc)
    m = _EITHER_OR.search(w.text, max(0, w.s.start - 80), w.s.start)
    if m is None or m.group(1) not in assoc.sports_before:
        return False
    verb = m.group(1)
    return _met_side_ends(w, Token(m.start(1), m.end(1), verb, verb), assoc)


def _meets_side(w: _Window, assoc: AssociativeCues) -> bool:
    """"Nigeria play Angola", "with England playing Greece": a verb of a fixture says no result, so alone it
    would fit a country that plays a role or faces a crisis; a capitalised name straight after it is the other
    side, and the name before is a side as well."""
    a1, a2 = w.after(1), w.after(2)
    return _lower(a1) and a1.norm in assoc.sports_meeting and a2 is not None and a2.text[:1].isupper()


def _controlled(w: _Window, assoc: AssociativeCues) -> bool:
    """"allowing France to assume", "prompting Japan to consider": the name is the doer of what follows."""
    b1 = w.before(1)
    if b1 is not None and b1.norm == "the":
        b1 = w.before(2)  # "allowing the US to operate"
    if b1 is None or not b1.text.islower():
        return False
    a1, a2 = w.after(1), w.after(2)
    if b1.norm in assoc.control_verbs and a1 is not None and a1.norm == "not":
        a1, a2 = a2, w.after(3)  # "told Venezuela not to take any action"
    if b1.norm in assoc.control_verbs and a1 is not None and a1.norm == "to":
        return _lower(a2) and a2.norm not in STATE_VERBS and a2.norm not in FUNCTION_WORDS
    # "help Houston get its first win", "will see Qatar buy new jets": a bare verb after the name is its deed.
    return b1.norm in assoc.bare_control_verbs and _bare_verb(a1)


def _bare_verb(t: Optional[Token]) -> bool:
    """A lower-case word that can be a verb's plain form: no inflection a noun or a participle would carry,
    and not a word that links clauses or tells a time."""
    return _lower(t) and len(t.norm) > 2 and t.norm not in _NOT_VERBS and t.norm not in STATE_VERBS \
        and not t.norm.endswith(("s", "ed", "ing", "ly", "al", "ic", "ous", "ful", "ive", "ary"))


def _subject_after_time(w: _Window, cues: Cues, assoc: AssociativeCues) -> bool:
    """"The United States on Thursday approved", "Tamil Nadu, which filed": a deed after a time phrase or
    in a relative clause still belongs to the name."""
    m = _RELATIVE.match(w.text, w.s.end)
    if m is not None:
        verb = next((t for t in w.tokens[w.s.j : w.s.j + 4] if t.start >= m.end()), None)
        if verb is not None and verb.text.islower() and (
                verb.norm in cues.metonymy_verbs or acts(verb.norm, False) or _stance_form(verb.norm, assoc)):
            return True
        if _governed(w) and not _after_clause_opener(w):
            # "Residents of Pecos and Mora, which relied on water trucks, asked the state": the clause tells of
            # the town, but the verb after it is the people's, as after an apposition or a time phrase.
            return False
        return _deed_after_clause(w, m.end(), cues, assoc)
    m = _WHOSE.match(w.text, w.s.end)
    if m is not None:
        # "Uganda, whose trucks use the port, said": the clause tells of the name's own; the verb after it is
        # the name's, as after "which".
        return _deed_after_clause(w, m.end(), cues, assoc)
    m = _WHERE.match(w.text, w.s.end)
    if m is not None and not _governed(w) and not _inside_phrase(w):
        # "Georgia, where the river rises, warned of more rain": a clause of what happens in the name, set off by
        # commas after the name opening its sentence, leaves the verb after it the name's, as after "whose";
        # after a preposition ("floods in Georgia, where the river rises, forced") the verb is another's.
        return _deed_after_clause(w, m.end(), cues, assoc, where=True)
    m = _APPOSITIVE.match(w.text, w.s.end)
    if m is not None and re.match(r"[a-z]+", w.text[m.end() : m.end() + 20]).group() not in _NOT_APPOSITIVE \
            and not _governed(w) and not _inside_phrase(w):
        # "Ethiopia, landlocked since 1993, sends", "Caracas, long wary of the deal, recalled": a phrase set off
        # by commas that describes the name leaves the verb after it the name's own.
        return _deed_after_clause(w, m.end(), cues, assoc)
    k, skipped = 1, 0
    t = w.after(k)
    while t is not None and t.norm in assoc.time_words and skipped < 3:
        skipped += 1
        k += 1
        t = w.after(k)
    if not skipped or t is None or not t.text.islower():
        return False
    if _governed(w) and not _after_clause_opener(w):
        return False  # "wheat from Ukraine now reached Lebanon": a preposition's object is no verb's subject
    if _such_as(w) and _compared_noun_governed(w, 1):
        return False  # "workers from nations such as Bangladesh last month arrived": the workers arrived
    return t.norm in cues.metonymy_verbs or acts(t.norm, False) or _stance_form(t.norm, assoc)


# A phrase in apposition after a name, opened by a lower-case word ("Ethiopia, landlocked since 1993, sends").
_APPOSITIVE = re.compile(r"\s*,\s+(?=[a-z])")
# Lower-case words after a name and a comma that open no description of it: links to another clause or list
# item, verbs of saying ("Kabul, said officials"), and a relative "where" whose clause is the place's.
_NOT_APPOSITIVE = frozenset({"and", "or", "but", "nor", "so", "yet", "then", "where", "whose", "when", "while",
                             "said", "says", "according", "officials", "police", "residents", "sources"}) \
    | frozenset({"that", "which", "who", "as", "if", "because", "although", "though", "whereas", "after",
                 "before", "since", "until", "unless"})


# The end of a relative clause set off by commas: the closing comma, read before any sentence break or quote.
_CLAUSE_END = re.compile(r"[^.!?;:\n\"“”()]{3,160}?,\s+")


# "lost half its population", "has doubled its residents": what a verb counts of the place's own people.
_OWN_PEOPLE = re.compile(r"[^.;!?]{0,40}?\b(?:its|their)\s+(?:\w+\s+)?(?:population|residents|inhabitants|people)\b")


# "the islands lost power and telephone lines", "lost most of its roofs": a supply a place loses, the outage
# happening in it, or the buildings a storm takes from it (a government loses a vote, a war or a seat). "Power"
# is a supply only bare ("lost power", "lost all power") or named as one ("its power supply", "power lines"):
# "its power", "much of its power" and "power over" or "to" a land are a state's might. Only the buildings and
# supplies a storm breaks are counted by part ("most of its roofs", "part of its water supply"), never the bare
# supplies. A harbour is lost to a war or a border as often as to a storm, and is not read here.
# Bare power lost "in the election" or "in Central Asia" is a state's might; a supply or a building named before
# a deal ("its gas transit contract", "its bridge bids") is a lost deal: neither is what a storm takes.
_LOSS_VERB = re.compile(r"(?<![\w-])(?:lost|loses|losing)\Z")
_WORLD_REGION = (r"(?:the\s+)?(?:(?:Central|Eastern|Western|Southern|Northern|South|North|East|West|Southeast|"
                 r"South-East|Latin)\s+)?(?:Asia|Europe|Africa|Americas?|Balkans|Caucasus|Middle\s+East|Gulf|Levant|"
                 r"Sahel|Mediterranean|Pacific|Indian\s+Ocean|Horn\s+of\s+Africa)")
_NOT_A_DEAL = (r"(?!\s+(?:[a-z][\w-]*\s+)?(?:bids?|deals?|contracts?|projects?|plans?|programmes?|programs?|funds?|"
               r"funding|cases?|votes?)\b)")
_OWN_SUPPLY = re.compile(
    r"\s+(?:"
    r"(?:all\s+)?(?:mains\s+)?power\b(?!\s+(?:over|to|of|in\s+the\s+(?:region|world|elections?|votes?|polls?)"
    r"|in\s+(?:elections?|votes?|polls?|parliament)|in\s+" + _WORLD_REGION + r"|and\s+(?:influence|prestige|"
    r"standing|status))\b)"
    r"|(?:(?:its|their|all)\s+)?(?:mains\s+)?(?:electricity|water|telephone|phone|internet|gas|heating"
    r"|power\s+(?:supply|supplies|lines?|grid|cables?))\b" + _NOT_A_DEAL +
    r"|(?:(?:all|most|much|part|some)\s+of\s+)?(?:(?:its|their|all)\s+)?(?:(?:main|only|old|new)\s+)?"
    r"(?:roofs|bridges?|jett(?:y|ies)|homes|houses|crops|power\s+stations?|water\s+supply)\b" + _NOT_A_DEAL + r")")


def own_people_counted(text: str, verb_end: int) -> bool:
    """Whether the verb's object counts the place's own people ("Berlin has lost half its population") or is a
    supply it loses ("the islands lost power"): a town growing or shrinking, or cut off by a storm, is the place
    itself, even after a verb that elsewhere makes a side or a government of its subject ("lost to", "lost
    control")."""
    if _OWN_PEOPLE.match(text, verb_end) is not None or receives_visitors(text, verb_end):
        return True  # "has lost half its population", "now welcomes tourists again"
    return _LOSS_VERB.search(text, max(0, verb_end - 8), verb_end) is not None \
        and _OWN_SUPPLY.match(text, verb_end) is not None


def _deed_after_clause(w: _Window, start: int, cues: Cues, assoc: AssociativeCues, where: bool = False) -> bool:
    """"Washington, which has backed the talks, said", "Italy and Turkey, which both have ships there, urged
    restraint": a name's verb may wait behind a relative clause set off by commas; a verb of saying, a stance
    or a deed after the clause's closing comma is the name's own (a state verb there, "has seen", stays the
    place's: what happens in it). After a "where" clause (`where`), which tells what happens on the ground,
    only a verb of saying or a stance is the government's ("Chile, where the mines lie, rejected the tariff"):
    a deed there is as often what the land underwent ("Iraq, where the rivers meet, lost its wetlands")."""
    m = _CLAUSE_END.match(w.text, start)
    if m is None:
        return False
    idx = next((n for n in range(w.s.j, min(len(w.tokens), w.s.j + 40)) if w.tokens[n].start >= m.end()), None)
    if idx is None:
        return False
    k, aux = idx, False
    while k < len(w.tokens) and k - idx < 3 and w.tokens[k].norm in cues.metonymy_auxiliaries:
        k, aux = k + 1, True
    # "Norland, outside the bloc, quietly sets its quotas": an adverb of manner between the aside and the verb
    # leaves the verb the name's, as it does with no aside ("Norland quietly sets"); so does a word of time or
    # of joint action ("Norland, once opposed to the dam, now plans to buy its power").
    timed = False
    while k < len(w.tokens) and k - idx < 4 and w.tokens[k].text.islower() \
            and (_adverb(w.tokens[k].norm) or w.tokens[k].norm in _JOINT_OR_TIME):
        timed = timed or (w.tokens[k].norm in _JOINT_OR_TIME and not _adverb(w.tokens[k].norm))
        k += 1
    # "Mombasa, once a slave port, now faces its past": an aside that tells what the place was or has long
    # been, then "now", tells how the place changed; what it faces or charges is what happens in it.
    if timed and _past_described(w, start):
        return False
    if k >= len(w.tokens) or w.tokens[k].start >= m.end() + 40:
        return False
    verb = w.tokens[k]
    nxt = w.tokens[k + 1] if k + 1 < len(w.tokens) else None
    if verb.text.islower() and verb.norm in _BE:
        # "Denmark, which hosted the start, is bidding to host it again": a deed in progress is the name's as
        # it is with no clause between ("Sweden is helping"), past words that say the subjects act together.
        n = k + 1
        while n < len(w.tokens) and n - k < 3 and (w.tokens[n].norm in _JOINT_OR_TIME):
            n += 1
        ing = w.tokens[n] if n < len(w.tokens) else None
        if _lower(ing) and ing.norm in _ADDRESSED:
            # "Israel, which has threatened to strike, was briefed by the Americans": told as a party
            return _addressed_subject(w)
        return _lower(ing) and ing.norm.endswith("ing") and len(ing.norm) > 5 and ing.norm not in _UNDERGOING
    if verb.text.islower() and verb.norm in _NAMING_PASTS and _lower(nxt):
        return True  # "Oman, which has mediated, called for calm": a verdict, where naming takes a name
    if where:
        return verb.text.islower() and (verb.norm in _SAYING_AFTER_WHERE or _stance_form(verb.norm, assoc))
    if verb.text.islower() and verb.norm in _GIVING_PASTS and _lower(nxt) \
            and _nation_deed_after_aside(w, start, verb, timed):
        return True  # "Denmark, which pays much of the budget, lent money": a giver's irregular past, as with no aside
    # As with no aside (_reports), only a country or a state counts through its authority; a reading of the
    # weather or the ground it records ("has recorded 50 degrees", "a magnitude 6 quake") is the place's own.
    counted = verb.norm in _REPORTED and any(w.tokens[x].norm in _PERFECT for x in range(idx, k)) \
        and polity(w.s) and not _measured(w.text, verb.end) \
        and (verb.norm not in _TOLL_ONLY or _COUNTED_TOLL.match(w.text, verb.end) is not None)
    if not verb.text.islower() or (verb.norm in STATE_VERBS and verb.norm not in _TOLD_AFTER_ASIDE and not counted) \
            or own_people_counted(w.text, verb.end):
        return False
    if verb.text.islower() and verb.norm in _SPEECH_DEEDS and not timed and _nation(w.s) \
            and _SPEECH_OBJECT.match(w.text, verb.end):
        return True  # "Moscow, once the main buyer of its gas, made no comment": a word given is the government's
    if verb.norm in assoc.irregular_deeds and verb.norm not in _TRAVEL_DEEDS and _before_its_object(nxt, assoc) \
            and _nation_deed_after_aside(w, start, verb, timed) \
            and nxt.norm not in _OWN_OBJECT:
        # "Moscow and Beijing, both big buyers of its gas, made no comment": an irregular deed before its object
        # is a nation's after an aside as it is with none ("Moscow made no comment"); not after an aside of the
        # place's plight ("Harare, short of power for weeks, lost its water too": what its people underwent) nor
        # of what the place was ("Nairobi, once a rail depot, took its name from a river": the town's story), nor
        # before the place's own thing ("Lagos, despite the floods, held its carnival": a record, a festival).
        return True
    # The loose "any verb with an object" reading holds for an aside alone ("Dublin, meanwhile, worries that"),
    # not past a word of time, after which news tells how a place changed ("Aden, already short of fuel, now
    # faces an outbreak"); there only the government verbs below make the name its authority.
    if not aux and not timed and _third_person(verb) and verb.norm not in _OFFERING and _before_its_object(nxt, assoc):
        return True  # "Dublin, meanwhile, worries that", "Norland, outside the bloc, sets its own quotas"
    if timed and _lower(verb) and _timed_stance_s_form(verb.norm, assoc, _HARDSHIP.search(w.text, start, verb.start)):
        return True  # "Beijing, long the largest market for its coal, now bans its imports": "now" makes it a verb
    if timed and _lower(verb) and (not _nation(w.s) or _PHYSICAL_PLIGHT.search(w.text, start, verb.start)) \
            and _feeling_after_hardship(verb.norm, assoc, w.text, start, verb.start):
        return False  # "Kharkiv, already short of power, now hopes for a mild winter": its people's hope
    return counted or verb.norm in cues.metonymy_verbs or acts(verb.norm, aux) or _stance_form(verb.norm, assoc)


def _nation_deed_after_aside(w: _Window, start: int, verb: Token, timed: bool) -> bool:
    """Whether an irregular past after an aside or a clause (`_deed_after_clause`) may be a nation's deed: the
    name is a country or a capital (`_nation`: "Bordeaux, which lies on a river, sold wine" is the town's trade);
    no word of time stands before the verb; the aside tells no plight (`_HARDSHIP`: "Gaza, short of fuel, bought
    diesel" is what its people did) and not what the place was (`_NOUN_ASIDE`: "Mombasa, once a slave port, sold
    ivory" is the town's story); and the deed is not lending the place's name ("gave its name to a wine")."""
    return not timed and _nation(w.s) and _HARDSHIP.search(w.text, start, verb.start) is None \
        and _NOUN_ASIDE.match(w.text, start) is None and _OWN_NAME_GIVEN.match(w.text, verb.end) is None


# Deeds whose object is something said ("made no comment", "gave no reply", "issued a statement"): after any aside,
# even one telling what the place was ("Moscow, once the main buyer of its gas, made no comment"), a country or a
# capital that says something (or declines to) is its government; a town's story is not told by what it says.
_SPEECH_DEEDS = frozenset({"made", "gave", "issued", "offered"})
_SPEECH_OBJECT = re.compile(r"\s+(?:(?:no|a|an|any|its|further)\s+)?(?:(?:immediate|public|official|formal|written)\s+)?"
                            r"(?:comments?|statements?(?!\s+of\s+intent)|reply|replies|response|responses|remarks?"
                            r"|announcements?)\b")
# "gave its name to", "lent her name to": a place that names something does so as a place, not by a government.
_OWN_NAME_GIVEN = re.compile(r"\s+(?:its|her|his|their)\s+(?:own\s+)?names?\b", re.IGNORECASE)
# Irregular pasts of giving, sending and dealing that after a relative clause or an aside are the name's deed, as
# they are straight after it (associative.yaml `irregular_deeds`): "Japan, whose firms built the port, sent
# engineers". Not the deeds a land undergoes as well ("lost", "kept", "held", "found", "froze", "broke").
_GIVING_PASTS = frozenset({"gave", "sent", "lent", "paid", "sold", "bought", "sought", "chose", "withheld",
                           "forbade"})
# Verbs of saying after a "where" clause (`_deed_after_clause`), beside the stance verbs (associative.yaml).
_SAYING_AFTER_WHERE = frozenset({"said", "says", "announced", "announces", "appealed", "appeals", "declared",
                                 "declares", "stated", "states", "claimed", "claims", "told", "tells", "reported",
                                 "reports", "confirmed", "confirms", "responded", "responds", "replied"})


def _nation(s: NameSpan) -> bool:
    """A country or a national capital by its best exact reading (the most populous): its plight of policy in an
    aside ("short of shells", "hit by sanctions") is most often its government's, and so is the hope or the
    reliance after it ("Kyiv, short of shells, now relies on Washington"); a town's or a region's is its people's.
    Only the best reading's country counts (Tehran's province holds Tehran): a state or a town whose capital
    namesake lies abroad (Victoria, Australia against Victoria, Seychelles) is no capital here."""
    exact = [c for c in s.candidates if c.exact]
    if not exact:
        return False
    best = max(exact, key=lambda c: c.population or 0)
    return best.feature_code.startswith("PCL") or any(
        c.feature_code == "PPLC" and c.country_code == best.country_code for c in exact)


# A physical plight in an aside: want of what people live on, or the weather's or the war's blows. A capital's
# people suffer it as any town's do ("Kyiv, short of power, now hopes for a mild winter"), so the feeling after
# it stays theirs even for a nation (`_nation`); a plight of policy (sanctions, arms, allies) does not.
_PHYSICAL_PLIGHT = re.compile(
    r"\b(?:(?:short\s+of|shortages?\s+of|running\s+out\s+of|without|cut\s+off\s+from)\s+(?:the\s+)?"
    r"(?:power|water|food|fuel|electricity|heat|heating|gas|bread|medicine|the\s+grid|grid)"
    r"|(?:hit|battered|struck|pounded|ravaged)\s+by\s+(?:\w+\s+)?(?:floods?|flooding|storms?|quakes?|earthquakes?"
    r"|missiles?|rockets?|drones?|shelling|strikes|airstrikes|bombing|fires?|wildfires?|drought|heatwave)"
    r"|flooded|shelled|bombed|quake-hit)\b", re.IGNORECASE)


def _feeling_after_hardship(word: str, assoc: AssociativeCues, text: str, start: int, end: int) -> bool:
    """Whether `word` is a verb of feeling or need (`_FEELING_STANCES`, in any form, with its particle or not:
    "hopes for", "relies on") after an aside of the place's plight between `start` and `end`: the people's, not
    a government's stance."""
    form = assoc.stance_forms.get(word)
    return form is not None and form[0] in _FEELING_STANCES and _HARDSHIP.search(text, start, end) is not None


# Stance verbs of feeling, trust or need: a town's people fear, hope and want as its government does ("Gaza,
# already short of water, now fears an outbreak"), so after an aside telling the place's plight (`_HARDSHIP`) they
# leave it a place. After any other aside ("Ankara, once Moscow's partner, now fears sanctions") they are the
# government's, as a verb of policy ("bans", "caps", "vetoes") always is. Not verbs of judgement or choice
# (question, favour, prefer), which only a government takes there.
_FEELING_STANCES = frozenset({"want", "rely", "hope", "fear", "doubt", "distrust", "trust", "suspect", "regret",
                              "hesitate"})
# An aside telling the place's own plight: want, siege, disaster or attack on it.
_HARDSHIP = re.compile(r"\b(?:short\s+of|shortages?|running\s+out|without\s+(?:power|water|food|fuel|electricity)"
                       r"|battered|hit\s+by|struck\s+by|cut\s+off|flooded|besieged|under\s+siege|blockaded"
                       r"|bombed|shelled|bombarded|ravaged|devastated|reeling|starving|famine|drought|hungry"
                       r"|destroyed|in\s+ruins|overwhelmed|stricken|quake-hit|war-torn)\b", re.IGNORECASE)


def _timed_stance_s_form(word: str, assoc: AssociativeCues, hardship: object = None) -> bool:
    """A stance verb's -s form that is also a noun ("bans", "plans", "backs"), read as the verb after a word of
    time ("now bans"): a noun does not follow "now" after an aside, so the doubt `_stance_form` has is gone. Not
    a verb of feeling or need (`_FEELING_STANCES`) after an aside of hardship, which the place's people share."""
    form = assoc.stance_forms.get(word)
    return form is not None and form[1] == "s" and word not in STATE_VERBS and form[0] not in _PARTICLE_ONLY \
        and not (hardship and form[0] in _FEELING_STANCES)


# Words that open an aside telling a place's past or lasting state ("once a slave port", "long a quiet capital",
# "still home to"); a place noun heading what follows makes the aside a description of the place. A role in a
# relation ("long a backer of Pyongyang", "once an ally of Kabul", "still a foe of") is the government's own, and
# leaves the verb after "now" to the usual reading.
_PAST_OPENERS = frozenset({"once", "long", "formerly", "already", "still"})
# A market is an economy ("the largest market for its coal"), so it is no head here; the role heads describe the
# place alone, and before "of"/"for" they tell a government's part in a relation ("a centre of opposition to the
# deal", "a haven for rebels", "a hub of support for Kyiv").
_ROLE_HEADS = ("hub", "centre", "center", "stronghold", "haven")
_PLACE_HEADS = ("port", "town", "city", "capital", "island", "village", "backwater", "resort", "outpost",
                "colony", "destination", "suburb", "settlement", "harbour", "harbor", "spa", "oasis", "enclave",
                "garrison")
_DESCRIBED = re.compile(r"(?:once|long|formerly|already|still)\s+(?:home\s+to\s|(?:a|an|the|one\s+of\s+the)\s+"
                        r"(?:[\w'’-]+\s+){0,3}?(?:(?:" + "|".join(_PLACE_HEADS) + r")s?\b|(?:"
                        + "|".join(_ROLE_HEADS) + r")s?\b(?!\s+(?:of|for)\s)))", re.IGNORECASE)


# An object the place owns ("broke its heat record", "held their parade"): after an aside of any kind, what the
# city itself did or underwent, which the closed lists of plights and descriptions cannot all foresee.
_OWN_OBJECT = frozenset({"its", "their"})
# An aside that says what the place is or was, headed by a noun after an article ("a busy port", "once a rail
# depot", "the country's biggest buyer"): the deed after it may be the place's own story, not its government's.
_NOUN_ASIDE = re.compile(r"\s*,?\s*(?:(?:once|long|formerly|still|now)\s+)?(?:a|an|the|one\s+of)\s", re.IGNORECASE)


def _past_described(w: _Window, start: int) -> bool:
    """Whether the aside that opens at `start` (after the name's comma) sets a word of the past or of lasting
    state before a description of what the place is ("once a slave port", "long a quiet capital"), not a
    stance it took ("once opposed to the plan", which leaves "now backs it" the government's)."""
    if w.s.j >= len(w.tokens) or w.tokens[w.s.j].norm not in _PAST_OPENERS:
        return False
    return _DESCRIBED.match(w.text, start) is not None


# A verb of reporting is a deed with an aside before it as it is without one: "Panama reported flooding" is its
# government telling, and "Panama, to the south, also reported flooding" is too; after "has" every verb of
# counting in _REPORTED is, for a country or a state ("Kenya, to the north, has recorded 60 cases", as "Kenya has
# recorded" is), unless what it records is the weather or a quake (_measured). Other
# state verbs ("has seen") stay what happens in the place.
_TOLD_AFTER_ASIDE = frozenset({"reported"})
# What a place's own instruments record, not what its authority counts: the weather and the shaking ground.
_MEASURED = frozenset({"degree", "degrees", "celsius", "fahrenheit", "mm", "millimetres", "millimeters", "inches",
                       "magnitude", "temperature", "temperatures", "hottest", "coldest", "wettest", "rain",
                       "rainfall", "snow", "snowfall", "earthquake", "earthquakes", "quake", "quakes", "tremor",
                       "tremors", "heat", "frost"})
_OBJECT_WORDS = re.compile(r"\s+((?:[\w.]+\s+){0,3}[\w.]+)")


def _measured(text: str, verb_end: int) -> bool:
    """Whether the object of a verb of counting is a reading of the weather or the ground ("has recorded 50
    degrees", "has registered a magnitude 6 quake"): a place's own, not its authority's count."""
    m = _OBJECT_WORDS.match(text, verb_end, verb_end + 60)
    return m is not None and any(x.lower() in _MEASURED for x in m.group(1).split())


# Verbs in -s that tell what a place is or offers, not what it decides: "Coimbra, with its old university, makes
# an easy stop", "Bruges, an hour away, offers the canals", "the port, since 2019, hosts the fleet".
_OFFERING = frozenset({"makes", "offers", "provides", "boasts", "draws", "attracts", "hosts", "houses", "holds",
                       "gets", "sees", "keeps", "gives", "feels", "looks", "seems", "becomes", "remains"})


# Words between a progressive's "is" and its verb that leave the deed the subject's ("are both watching").
_JOINT_OR_TIME = frozenset({"both", "all", "also", "still", "now", "already", "jointly", "each", "again"})


# Verbs of counting that after "has" or "have" tell what an authority has reported ("Bangladesh has recorded
# 1,000 deaths", "Kerala has reported a second case"); without the auxiliary they are as often what a place
# undergoes or measures ("Texas recorded its hottest day").
_REPORTED = frozenset({"reported", "recorded", "registered", "confirmed", "notified", "counted", "tallied"})
# Of those, verbs that report only before a toll ("has counted 800 cases"): before anything else they are what a
# place has borne or been ("Jamaica has counted the cost of the storm", "Nepal has counted among the poorest").
_TOLL_ONLY = frozenset({"counted", "tallied"})
_PERFECT = frozenset({"has", "have"})
_ALSO = frozenset({"also"})
# A toll counted after the verb of reporting: a number or "more than"/"a" and up to three words, then cases,
# deaths or infections ("25 cases", "more than 400 suspected cases", "30 typhoon deaths").
_COUNTED_TOLL = re.compile(r"\s+(?:more\s+than\s+|over\s+|at\s+least\s+|nearly\s+|almost\s+)?(?:\d[\d,]*|a|an|two|three|"
                           r"four|five|six|seven|eight|nine|ten|dozens|hundreds|thousands)\s+(?:[a-z-]+\s+){0,2}?"
                           r"(?:cases?|deaths?|infections?|fatalities|casualties|victims)\b")
# A locating phrase between a subject and its verb ("West Bengal in India has reported"): a preposition of
# place and a capitalised name of up to three words.
_LOCATING_PHRASE = re.compile(r"\s+(?:in|of)\s+(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}(?=\s)")


def _reports(w: _Window, cues: Cues) -> bool:
    """"Bangladesh has recorded", "West Bengal in India has also reported": a country or a state as the subject
    of a perfect verb of reporting is its government or health authority, the one who counts and tells. The
    name must open its clause (not a preposition's object: "cases in Bangladesh have recorded" has another
    subject); a locating phrase after it ("in India") is read through."""
    if _governed(w) or _inside_phrase(w) or w.text[w.s.end : w.s.end + 1] != " ":
        return False
    start = w.s.end
    title = re.match(r"\s+([a-z]+)(?=\s)", w.text[start : start + 20])
    if title is not None and cues.vague_after.get(title.group(1)) in ("admin1", "admin2"):
        start += title.end()  # "India's Kerala state has reported": the division's word after its name
    m = _LOCATING_PHRASE.match(w.text, start)
    if m is not None:
        start = m.end()
    words = re.match(r"\s+((?:[a-z]+\s+){1,3})", w.text[start : start + 60])
    if words is None:
        return False
    seq = words.group(1).split()
    verb = re.match(r"[a-z]+", w.text[start + words.end() : start + words.end() + 20])
    seq = seq + ([verb.group()] if verb else [])
    if not seq or seq[0] not in _PERFECT:
        return False
    i = _past_adverbs(seq, 1, _ALSO)  # "has also reported", "has so far recorded"
    if i >= len(seq) or seq[i] not in _REPORTED:
        return False
    verb_end = start + [m.end() for m in re.finditer(r"[a-z]+", w.text[start : start + 80])][i]
    if seq[i] in _TOLL_ONLY and _COUNTED_TOLL.match(w.text, verb_end) is None:
        return False
    if not any((a, b) in _TWO_WORD_ADVERBS for a, b in zip(seq[1:i], seq[2:i])):
        return True
    # "Zambia has so far reported 25 cases of cholera": a toll counted "so far" is a running count of what
    # happens in the country, which stays the place (often the story's only one); "has so far confirmed its
    # support" is the government's
    return _COUNTED_TOLL.match(w.text, verb_end) is None


# Words that open a clause, after which a name is the clause's subject ("days after Caracas moved troops").
_SUBORDINATORS = frozenset({"after", "before", "since", "when", "once", "because", "while", "until", "as",
                            "although", "though", "whereas", "and", "but", "that"})
# Prepositions that may also open a clause or a comparison whose subject the name is ("talks stalled until Iran
# on Monday agreed", "countries like Iran on Monday condemned"): they leave the name free to act.
_CLAUSE_OPENING_PREPOSITIONS = (_SUBORDINATORS | {"like", "unlike"}) - {"and"}


def _after_clause_opener(w: _Window) -> bool:
    """Whether the word that governs the name (past "the" and a pair's first names: "until Iran and Iraq on
    Monday agreed") can open a clause or a comparison: then the verb after a time word is still the name's.
    `_governed` alone would take "until" and "like" for a preposition whose object cannot act."""
    k, b = 1, w.before(1)
    while b is not None and k < 6 and (b.norm in ("the", "and") or b.text[:1].isupper()):
        k += 1
        b = w.before(k)
    if b is None or not b.text.islower() or b.norm not in _CLAUSE_OPENING_PREPOSITIONS:
        return False
    return b.norm not in _COMPARISON_OPENERS or not _compared_noun_governed(w, k)


# The openers of a comparison ("countries like Iran", "nations such as Iran"): the noun compared is the subject
# only where no preposition governs it ("refugees from countries like Syria last year reached" is the refugees').
_COMPARISON_OPENERS = frozenset({"like", "unlike", "as"})
# The prepositions that, a few words before the compared noun, make the whole phrase their object.
_PHRASE_GOVERNORS = frozenset({"from", "to", "in", "for", "into", "of", "with", "by", "among", "across"})


def _such_as(w: _Window) -> bool:
    """Whether "such as" stands right before the name: a comparison `_governed` does not read as a preposition."""
    b1, b2 = w.before(1), w.before(2)
    return b1 is not None and b2 is not None and b1.norm == "as" and b2.norm == "such" and b1.text.islower()


def _compared_noun_governed(w: _Window, k: int) -> bool:
    """Whether a preposition governs the noun before the comparison opener at `w.before(k)`: "from countries
    like", "to places such as", "from war-torn nations like". Looks back at most three lowercase words (the noun
    and its modifiers, past "such"), so the cost stays constant."""
    for n in range(k + 1, k + 5):
        b = w.before(n)
        if b is None or not b.text.isalpha() or not b.text.islower():
            return False
        if b.norm in _PHRASE_GOVERNORS and n > k + 1:
            return True
    return False


def _past_deed_opening_clause(w: _Window) -> bool:
    """"days after Caracas moved troops to the border", "Ankara deployed troops": a seat of government opening a
    clause, before a past tense of a deed and the deed's object, is its government. A passive ("Kabul, captured
    by"), a state ("Houston flooded") or a name governed by a preposition is not."""
    b1 = w.before(1)
    if b1 is not None and b1.norm == "the":
        b1 = w.before(2)
    if b1 is not None and (not b1.text.islower() or b1.norm not in _SUBORDINATORS):
        return False
    if _governed(w):
        return False  # "residents of Lancaster and Alexandria asked": "and" joins names, not clauses
    if b1 is None and w.s.i > 0 and not re.search(r"[.!?:;\n\"“”]\s*$",
                                                   w.text[w.tokens[w.s.i - 1].end : w.s.start]):
        return False  # after a comma or a closing bracket: a list's or an aside's name, not a clause's subject
    if w.text[w.s.end : w.s.end + 1] != " ":
        return False
    a1, a2 = w.after(1), w.after(2)
    if not _lower(a1) or not acts(a1.norm, False) or not _lower(a2) or extent_without_object(a1.norm, a2):
        return False  # "Somalia extended southward": how far the land reached
    return a2.norm not in ("by", "in", "on", "at", "into", "under", "to", "from", "with") and a2.norm not in STATE_VERBS


def _stance_form(word: str, assoc: AssociativeCues) -> bool:
    """A stance verb in a form only a verb has: "rejects" (unless also a noun, "plans"), "rejected"."""
    form = assoc.stance_forms.get(word)
    return form is not None and word not in STATE_VERBS and form[0] not in _PARTICLE_ONLY and (
        form[1] == "past" or (form[1] == "s" and form[0] not in assoc.nounlike_verbs))


_OFFICE_LINKS = frozenset({"of", "and", "for", "the"})


def _office_of(w: _Window, cues: Cues, assoc: AssociativeCues) -> bool:
    """"the government of Ukraine", "Prime Minister of the UAE", "Development Bank of Mauritius": the name
    is the polity an office or organisation belongs to."""
    k = 1
    b = w.before(k)
    if b is not None and b.norm == "the":
        k += 1
        b = w.before(k)
    if b is None or b.norm != "of" or not b.text.islower():
        return False
    literal = cues.place_of | cues.polity_words | cues.feature_heads | cues.directions
    heads = assoc.office_of | cues.person_titles | cues.office_titles | cues.organisation_heads
    capitalised = 0
    for step in range(1, 8):
        t = w.before(k + step)
        if t is None:
            return False
        if t.text.islower():
            if step == 1:
                return t.norm in assoc.office_of
            if capitalised and t.norm in _OFFICE_LINKS:
                continue  # "Minister of Defence of Azerbaijan", "Ministry of Energy and Mines of Peru"
            return False
        if t.norm in literal:
            return False
        if t.norm in heads:
            # "the Western Division of Fiji": a compass word naming the head makes it a part of the land, not an
            # office or a unit ("the Infantry Division of", "the Tax Division of")
            return not (t.norm in _TERRITORY_HEADS and _compass_before(w.before(k + step + 1), cues))
        capitalised += 1
    return False


# Heads that are an organisation's unit as often as a part of a country ("the Western Division of Fiji").
_TERRITORY_HEADS = frozenset({"division", "divisions", "region", "province", "district", "zone", "sector"})


def _compass_before(t: Optional[Token], cues: Cues) -> bool:
    """Whether t is a capitalised compass word ("Western", "North", "Central")."""
    return t is not None and t.text[:1].isupper() and t.norm in cues.directions


def _deed_after(w: _Window, cues: Cues, assoc: AssociativeCues, coordinated: bool = False) -> bool:
    """A country doing something: "Azerbaijan puts pressure", "the US was conducting", "the US gave".

    A third-person present ("puts") counts only before an object's first word, since after a name a word
    in -s is as often a plural noun ("US drones", "Iraq talks"); a progressive only for a deed, not for what
    the place undergoes ("Syria is burning").
    """
    a1, a2 = w.after(1), w.after(2)
    if not _lower(a1) or _governed(w) or a1.norm in assoc.measure_forms:
        return False  # "Texas leads the nation in new jobs": a place's figures are the place's (literal)
    if extent_without_object(a1.norm, a2):
        return False  # "Somalia extended southward": how far the land reached
    if a1.norm in assoc.irregular_deeds and a1.norm not in STATE_VERBS:
        if a1.norm == "lost" and own_people_counted(w.text, a1.end):
            return False  # "Saipan lost its water supply", "Gaza lost half its people": what the place underwent
        if _lower(a2) and a2.norm in _SHUT_PARTICLES:
            return _object_after_particle(w, 3)  # "Lagos shut down as crowds filled the streets"
        return a1.norm not in _TRAVEL_DEEDS or _travel_deed(w, 1)
    if a1.norm in _BE:
        return _lower(a2) and ((a2.norm in _ADDRESSED and _addressed_subject(w)) or (
            a2.norm.endswith("ing") and len(a2.norm) > 5 and a2.norm not in _UNDERGOING))
    if a1.norm in _HAVE and _lower(a2) and a2.norm == "been" and _lower(w.after(3)) and w.after(3).norm in _ADDRESSED:
        return _addressed_subject(w)  # "Egypt has been consulted on the plan": only a government is told or asked
    if a2 is None:
        return False
    if _third_person(a1):
        # "Poland puts the blame", "the United States values Chile's help": a verb before its object.
        return _before_its_object(a2, assoc)
    # "Chile and the United States hold the same views": a plain verb of coordinated subjects, before its
    # object. A single name before a plain word is as often a compound ("Is US system a disaster?").
    return coordinated and _bare_verb(a1) and a2.norm in assoc.object_starts and a2.norm not in _NOUN_FOLLOWERS


# Participles of being told or consulted: "Israel was briefed by the Americans", "Cairo has been consulted on the
# plan". Only a party is addressed so, and a place's people are not: the passive names the government. Not
# "warned" or "told", which a city's people are as often ("Manila was warned of the typhoon"), nor "visited";
# nor "urged", "asked" or "pressed", said of residents told to leave or shelter as often as of a government
# ("Rafah, where a million people shelter, was asked to evacuate").
_ADDRESSED = frozenset({"briefed", "informed", "consulted", "notified", "invited", "assured", "reassured",
                        "thanked", "congratulated"})
_HAVE = frozenset({"has", "have", "had"})


def _addressed_subject(w: _Window) -> bool:
    """Whether the name opens its clause, so that the passive after it is its own ("Officials said Egypt was
    informed"), not that of a subject before it ("travellers returning to mainland France have been asked")."""
    b1 = w.before(1)
    return opens_its_clause(b1, w.before(2) if b1 is not None else None)


# Verbs of travel that are a government's deed only before their object ("Lisbon stopped the ferries", "Japan
# flew tents to Tonga"). Before a preposition or an adverb of direction they tell where a vehicle, a team or a
# flock went ("stopped in Malta", "flew over Iran", "flew home"), and the name before them is then as often the
# object of a relative clause ("the ship that left Tripoli stopped in Malta") as a subject.
_TRAVEL_DEEDS = frozenset({"stop", "stops", "stopped", "flew"})
_NO_OBJECT = frozenset({"in", "at", "to", "over", "into", "onto", "out", "home", "off", "by", "for", "on", "from",
                        "near", "via", "through", "across", "back", "past", "around", "along", "away", "up", "down",
                        "above", "before", "after", "until", "with", "without", "briefly", "overnight", "short",
                        "there", "here", "again", "south", "north", "east", "west", "abroad", "inland", "twice"})
_RELATIVE_SUBJECTS = frozenset({"that", "which", "who"})
# Particles of a travel verb that carries people or goods away ("flew home 200 citizens", "flew out the staff"):
# with a counted or determined object after them the verb is the government's deed, where alone ("the team flew
# home on Sunday") it tells where someone went.
_CARRIED_OFF = frozenset({"home", "out", "back"})
# The particle that brings people or goods in ("flew in 500 troops"): the object must be counted, since "in" before a
# determiner is as often a place or a time ("flew in the rain", "flew in the afternoon").
_CARRIED_IN = frozenset({"in"})
# Units of time after a count: "flew in 3 hours late" is how long the flight took, not what it carried.
_TIME_UNITS = frozenset({"second", "seconds", "minute", "minutes", "min", "mins", "hour", "hours", "hr", "hrs",
                         "day", "days", "week", "weeks", "month", "months", "year", "years"})
_YEAR = re.compile(r"(?:1[89]|20)\d\d\Z")


# After a span of time, the words that make it an amount of goods ("2 weeks of rations", "12 days' worth of food").
_AMOUNT_OF = re.compile(r"['’]?\s+(?:of|worth)\b")


def _counts_time(text: str, count: Token, unit: Optional[Token]) -> bool:
    """Whether a number and the word after it are a span of time ("3 hours", "45 minutes") or a year standing
    alone ("in 2021 to Doha"), not a count of people or goods ("1,000 police", "2000 troops") nor an amount
    measured in time ("2 weeks of rations", "12 days' worth of food")."""
    if unit is not None and unit.text.islower() and unit.norm in _TIME_UNITS:
        return _AMOUNT_OF.match(text, unit.end) is None
    return _YEAR.match(count.text) is not None and not (_lower(unit) and unit.norm not in _NO_OBJECT)


# Not "all" or "some", which open a time as often ("flew home all week").
_OBJECT_DETERMINERS = frozenset({"the", "its", "their", "hundreds", "thousands", "dozens", "scores"})


# Particles after which "shut" (or any deed before them) is a government's deed only with an object: "Kabul shut
# down the airport" is a deed, "Kabul shut down as the army entered" and "Gaza shut off from the world" tell what
# befell the place (the verb intransitive).
_SHUT_PARTICLES = frozenset({"down", "off"})
_NOT_AN_OBJECT = _NO_OBJECT | frozenset({"as", "and", "but", "when", "while", "amid", "today", "yesterday",
                                         "tonight", "completely", "entirely", "again"})


def _object_after_particle(w: _Window, k: int) -> bool:
    """Whether token k after the name, after a verb and its particle, opens an object (a word that is no
    preposition, conjunction or adverb, a number or a capitalised name) rather than ending the clause."""
    obj = w.after(k)
    if obj is None:
        return False
    if obj.text[:1].isdigit() or obj.text[:1].isupper():
        return True
    return obj.text.islower() and obj.norm not in _NOT_AN_OBJECT


def _travel_deed(w: _Window, k: int) -> bool:
    """Whether the travel verb k tokens after the name has an object right after it (a determiner, a number, a
    noun or a name) and the name is not the object of a relative clause before it ("that left X stopped")."""
    b1, b2 = w.before(1), w.before(2)
    if _lower(b1) and b2 is not None and b2.text.islower() and b2.norm in _RELATIVE_SUBJECTS:
        return False  # "the plane that left Japan flew home 200 passengers": the plane's deed, checked first
    nxt = w.after(k + 1)
    if nxt is not None and nxt.text.islower() and nxt.norm in _CARRIED_OFF:
        # "Japan flew home 200 citizens", "flew out the last diplomats": a particle, then the object carried
        obj = w.after(k + 2)
        return obj is not None and (obj.text[:1].isdigit() or (_lower(obj) and obj.norm in _OBJECT_DETERMINERS))
    if nxt is not None and nxt.text.islower() and nxt.norm in _CARRIED_IN:
        # "Paris flew in 1,000 more police officers": "in" before a count brings people or goods in; before
        # anything else it tells where the flight went ("the team flew in on Sunday", "flew in the storm"). The
        # name must open its clause ("the first plane to reach Kabul flew in" is the plane's flight), and the
        # count must be no time ("flew in 3 hours late", "flew in 45 minutes", "flew in 2021 to Doha").
        obj = w.after(k + 2)
        return obj is not None and obj.text[:1].isdigit() and _addressed_subject(w) \
            and not _counts_time(w.text, obj, w.after(k + 3))
    return not (nxt is None or (nxt.text.islower() and nxt.norm in _NO_OBJECT))


# "out of state", "out-of-state": a particle that opens a phrase or a compound is no particle of the verb before it
# ("Texas rules out of state drivers", "Ohio rules out-of-state voters ineligible"). Only where the phrase is a
# place's ("out of state", "out of town"), which modifies the noun after it: "rules out of hand any talks" is the
# idiom, and the verb still has its particle.
_PHRASE_AFTER_PARTICLE = frozenset({"of"})
_PLACE_KINDS_IN_A_PHRASE = frozenset({"state", "town", "county", "country", "province", "area", "district",
                                      "region", "city", "borough", "network"})


def _particle_in_a_phrase(w: _Window, particle: Token, k: int) -> bool:
    """Whether the particle is hyphened into a compound or opens a phrase of place with the word k tokens after
    the name."""
    if w.text[particle.end : particle.end + 1] == "-":
        return True
    after = w.after(k)
    if not (_lower(after) and after.norm in _PHRASE_AFTER_PARTICLE):
        return False
    kind = w.after(k + 1)
    return _lower(kind) and kind.norm in _PLACE_KINDS_IN_A_PHRASE


def _third_person(t: Token) -> bool:
    """A lower-case word in -s that can be a verb's third person ("puts", "worries"), not a noun's ending."""
    n = t.norm
    return n.endswith("s") and not n.endswith(("ss", "us", "is", "ics")) and len(n) > 3 \
        and n not in STATE_VERBS and n not in _NOT_VERBS


def _before_its_object(nxt: Optional[Token], assoc: AssociativeCues) -> bool:
    """Whether a word in -s after a name is its verb by what follows: a word in -s is as often a plural noun
    ("US drones", "Iraq talks"), so only before an object's first word ("Poland puts the blame"), a named
    object ("values Chile's help") or a noun of stance ("puts pressure on Georgia")."""
    if nxt is None:
        return False
    named_object = nxt.text[:1].isupper() and not nxt.text.isupper() and nxt.norm not in FUNCTION_WORDS
    return nxt.norm in assoc.object_starts or named_object or (_lower(nxt) and nxt.norm in assoc.stance_nouns)


# Words between a subject and its verb that leave the verb the subject's: auxiliaries of tense, mood or
# negation, and adverbs of time or degree ("Russia has also repeatedly rejected", "Iran does not want").
_VERB_AUXILIARIES = frozenset({"not", "never", "still", "now", "already", "further", "yet", "just", "once", "even",
                               "ever", "long", "since"})  # "have since left": "since" as an adverb
# Adverbs of time written in two words between a subject and its verb ("Oslo has so far refused", "Rabat thus
# far has refused", "Quito has for now rejected"): transparent as "already" is. Read only as the pair, so "so"
# or "for" alone still ends the run ("Lima, so the story goes", "Lima has for years").
_TWO_WORD_ADVERBS = frozenset({("so", "far"), ("thus", "far"), ("for", "now"), ("as", "yet")})


def adverb_width(word: str, nxt: Optional[str]) -> int:
    """How many words an adverb of time or degree takes from `word` on, between a subject and its verb: two for
    a pair read as one ("so far", "for now"), one for "already", "not" or an -ly adverb, none for another word
    ("so" before "the", "for" before "years"). `nxt` is the lower-case word after it, or None."""
    if nxt is not None and (word, nxt) in _TWO_WORD_ADVERBS:
        return 2
    return 1 if word in _VERB_AUXILIARIES or _adverb(word) else 0


def _past_adverbs(words: list[str], i: int, through: frozenset[str] = frozenset()) -> int:
    """The index of the first of `words` from `i` on that is neither an adverb (`adverb_width`) nor one of
    `through`, the auxiliaries a reader passes too ("has also so far reported")."""
    while i < len(words):
        width = 1 if words[i] in through else adverb_width(words[i], words[i + 1] if i + 1 < len(words) else None)
        if width == 0:
            break
        i += width
    return i


# Words of joint action between an auxiliary and its verb ("Madrid and Paris have both endorsed the plan", "Oslo and
# Bern will each send envoys"): the verb stays the subjects' as it is without them. Only after an auxiliary, where
# they cannot open a noun phrase ("Chad and Niger both ..." is read by the coordinated reading itself).
_JOINT_AFTER_AUXILIARY = frozenset({"both", "each", "all", "jointly"})
# The auxiliaries and modals (geo/verb_forms), with "cannot", "shall" and the infinitive's "to" ("Iran has yet to").
_HAVE_OR_MODAL = AUXILIARIES | {"cannot", "shall", "to"}
# What a stance verb that is also a noun ("backs", "plans", "calls") takes after it when it is the verb:
# a determiner or pronoun, a named party, a noun of stance, or the word opening its complement. Not "on":
# "Ohio signs on the highway".
_COMPLEMENT_STARTS = frozenset({"for", "against", "that", "to"})
# Stance verbs that are one only with their particle, as verbs of state are ("will work with its allies", not
# "works in", which a place's people do; "rules out new levies", not "Ohio rules require").
_PARTICLE_ONLY = frozenset({"work", "rule"})
# Verbs of persisting before "to" and a verb: transparent between a subject and the verb of its stance.
_PERSIST = frozenset({"continue", "continues", "continued", "continuing"})
# Adjectives of resolve after "is" before "to" ("Norland is committed to", "is determined to"): a will, which
# a government holds and ground does not. Not "ready", "set" or "due" ("the town is set to host the fair").
_RESOLVED = frozenset({"committed", "determined", "resolved", "pledged"})
# Nouns of an intent held or denied ("has no plans to close", "had no intention of"), before the word opening
# what is intended: a will, as "is committed to" is, which a government holds and ground does not. Not bare:
# "Norland has no plans" may end a sentence about a town's building plans.
_INTENT_NOUNS = frozenset({"plans", "plan", "intention", "intentions", "desire", "wish"})
_INTENT_OPENERS = frozenset({"to", "of", "for"})
_HAVE = frozenset({"has", "have", "had"})


def _intent_after(w: "_Window", k: int) -> bool:
    """Whether the words from the k-th after the name are a noun of intent and the word opening its object."""
    noun, opener = w.after(k), w.after(k + 1)
    return _lower(noun) and noun.norm in _INTENT_NOUNS and _lower(opener) and opener.norm in _INTENT_OPENERS


# Pasts of naming that tell what a place is called only before a name ("a town called Oakdale"); before a
# lower-case word they are a seat's verdict ("Mogadishu called the deal", "a move Taipei called provocative").
_NAMING_PASTS = frozenset({"called"})


# "extend" tells both how far land reaches ("Chile extends 4,300 km", "Bengal extended as far as Orissa") and a
# government's prolonging a measure ("Quito has extended the state of emergency"): a deed only before its
# object, in every form, so never before a direction, a degree, a preposition or a distance. ("stretch",
# "reach" and "span" are no verbs of stance in associative.yaml, so they never make a deed to begin with.)
EXTENT_FORMS = frozenset({"extend", "extends", "extended", "extending"})


# Words after a verb of extent that open no object: prepositions, directions and degrees of how far land
# reaches ("extended southward", "further east", "far beyond", "as far as", "into Kenya").
_NO_EXTENT_OBJECT = frozenset({
    "as", "far", "farther", "further", "well", "deep", "deeper", "beyond", "across", "into", "over", "from", "to",
    "toward", "towards", "up", "down", "along", "through", "past", "around", "out", "about", "almost", "nearly",
    "roughly", "some", "only", "just", "back", "even", "still", "more", "less", "much", "in", "on", "at", "for",
    "until", "till", "between", "under", "above", "below", "throughout", "north", "south", "east", "west",
    "northeast", "northwest", "southeast", "southwest", "inland", "outward", "outwards", "beneath", "onto",
    "by", "with", "without", "before", "after", "during", "since", "and", "or", "but", "itself", "themselves",
})


def measure_object(nxt: Optional[Token], assoc: AssociativeCues) -> bool:
    """Whether the word after a verb of extent opens its object: a determiner or pronoun ("extended the curfew",
    "its ban"), a noun of stance, a named object ("extended Monday's curfew"), or a bare noun ("extended
    loans", "curfews", "condolences"): any lower-case word that is no preposition, direction, degree or adverb
    of how far land reaches ("extended southward", "further east"), and no number of a distance."""
    if nxt is None:
        return False
    if nxt.norm in assoc.object_starts or (_lower(nxt) and nxt.norm in assoc.stance_nouns) \
            or (nxt.text[:1].isupper() and not nxt.text.isupper() and nxt.norm not in FUNCTION_WORDS):
        return True
    return _lower(nxt) and nxt.norm.isalpha() and nxt.norm not in _NO_EXTENT_OBJECT \
        and not nxt.norm.endswith(("ward", "wards", "ly"))


def extent_without_object(word: str, nxt: Optional[Token]) -> bool:
    """Whether `word` is a form of "extend" with no object after it ("Somalia extended southward", "Patagonia
    extended further east"): how far land reached, no deed. Shared by every reader of a polity's or a seat's
    deed (here and geo/context_reading.py) and by geo/feature_grounds.py, so that one object test decides."""
    return word in EXTENT_FORMS and not measure_object(nxt, load_associative())


def _stance_subject(w: _Window, cues: Cues, assoc: AssociativeCues, coordinated: bool = False,
                    after_place: bool = False) -> bool:
    """"Azerbaijan rejects", "Tunis relies on", "Ankara has recognised", "Iran does not want", "Russia is
    seeking": a seat of government as the subject of a verb of stance, policy or decision is its government.

    The verb must read as one: a plain form only after an auxiliary or "to" (or after coordinated subjects,
    "Chad and Niger reject"), a progressive only after "is", a form that is also a noun ("backs", "plans")
    only before an object. A passive ("Syria is considered", "Kosovo recognised by") tells what others do.
    After "with" a progressive is the name's own ("with Moscow backing the rebels"), not what it undergoes.
    A name after another place and a comma places that one ("Ramstein Air Base, Germany to support"): the verb
    has another subject. `after_place`: the name follows another place and a comma."""
    if after_place:
        return False
    b1 = w.before(1)
    absolute = b1 is not None and b1.text == "with"
    if (not absolute and (_governed(w) or _inside_phrase(w))) or w.text[w.s.end : w.s.end + 1] != " ":
        return False
    k, auxiliary, be = 1, False, False
    t = w.after(k)
    while _lower(t) and k < 5:
        n = t.norm
        if n in _BE or n in BE_PARTICIPLES:
            be = True
        elif n in _HAVE_OR_MODAL or n in cues.metonymy_auxiliaries:
            auxiliary = auxiliary or n in _HAVE_OR_MODAL
        elif n in _PERSIST and _lower(w.after(k + 1)) and w.after(k + 1).norm == "to":
            # "Canada will continue to work alongside", "Norland continues to back": persisting in a stance is
            # the stance; the verb after "to" is read as after an auxiliary
            auxiliary, k = True, k + 1
        elif adverb_width(n, w.after(k + 1).norm if _lower(w.after(k + 1)) else None) == 2:
            k += 1  # "has so far refused": the pair as one adverb
        elif not (adverb_width(n, None) or (n in _JOINT_AFTER_AUXILIARY and (auxiliary or be))):
            break
        k += 1
        t = w.after(k)
    if not _lower(t):
        return False
    if t.norm in _TRAVEL_DEEDS and not _travel_deed(w, k):
        return False  # "the ship that left Tripoli stopped in Malta": a vehicle's stop, not a policy
    if t.norm in QUANTITY_VERBS and opens_its_clause(b1, w.before(2) if b1 is not None else None) \
            and sets_a_quantity(t, _words_after(w, k + 1, 5), auxiliary, be) and not own_people_counted(w.text, t.end):
        return True  # "Bucharest has doubled its defence budget", "Warsaw will cut fuel taxes": a figure it sets
    if be and t.norm in _RESOLVED and _lower(w.after(k + 1)) and w.after(k + 1).norm == "to":
        return True  # "Norland is committed to", "was determined to": a will only a government holds
    if t.norm == "no" and k > 1 and w.after(k - 1).norm in _HAVE and _intent_after(w, k + 1):
        return True  # "Kingston has no plans to", "have no intention of": an intent only a government holds
    form = assoc.stance_forms.get(t.norm)
    if form is not None and (form[0] in STATE_VERBS or form[0] in _PARTICLE_ONLY):
        # "Norland stands by its ally", "stood with": a verb of state ("the fort stands", "Norland stood at a
        # crossroads") is one of stance only with its particle
        nxt = w.after(k + 1)
        return _lower(nxt) and nxt.norm in assoc.verb_particles.get(form[0], ()) and (form[1] == "ing" or not be) \
            and not _particle_in_a_phrase(w, nxt, k + 2)
    if t.norm in STATE_VERBS and not (t.norm in _NAMING_PASTS and _lower(w.after(k + 1))):
        return False
    if form is None:
        return False
    verb, kind = form
    nxt = w.after(k + 1)
    if kind == "ing":
        return be or (absolute and not auxiliary)
    if be or absolute:
        return False
    if extent_without_object(t.norm, nxt):
        return False  # "Patagonia extended further east", "Bengal extended as far as": how far land reached
    if kind == "past":
        if nxt is not None and nxt.norm == "by":
            return False  # "Damascus, backed by Moscow" without its comma
        # "Iran asked to leave": an object-control verb before "to" with no auxiliary is a headline's passive.
        return auxiliary or verb not in assoc.control_verbs or nxt is None or nxt.norm != "to"
    if kind == "plain" and not (auxiliary or coordinated):
        return False
    if verb in assoc.nounlike_verbs and not auxiliary:
        return nxt is not None and (
            nxt.norm in assoc.object_starts or nxt.norm in _COMPLEMENT_STARTS
            or nxt.norm in assoc.verb_particles.get(verb, ())
            or (nxt.text[:1].isupper() and nxt.norm not in FUNCTION_WORDS)
            or (_lower(nxt) and nxt.norm in assoc.stance_nouns))
    return True


def _stance_object(w: _Window, assoc: AssociativeCues) -> bool:
    """"accused Damascus of", "recognised Kosovo", "sanctions Iran": the object of a verb aimed at a party.
    Verbs of harm or movement ("shelled Damascus", "entered Aleppo") are not among them: their object is
    the place."""
    b = w.before(1)
    if b is not None and b.norm == "the":
        b = w.before(2)
    if not _lower(b):
        return False
    form = assoc.stance_forms.get(b.norm)
    if form is None or form[0] not in assoc.party_verbs or (form[1] in ("plain", "s") and form[0] in assoc.nounlike_verbs):
        return False  # "humanitarian support Syria needs", "US sanctions Iran faces": a noun, not the verb
    a1 = w.after(1)
    if w.text[w.s.end : w.s.end + 1] in ("-", "'", "’") or (a1 is not None and a1.text[:1].isupper()):
        return False  # "condemned a Damascus-based group", "backed Aleppo Governor X"
    # "blamed the US obesity epidemic on": a word of the noun phrase after the name makes it a modifier.
    return not (_lower(a1) and a1.norm not in _NOT_VERBS and not _adverb(a1.norm))


# Nouns in -ly, which are no adverbs between a subject and its verb ("a Calgary rally to demand").
_LY_NOUNS = frozenset({"rally", "ally", "assembly", "supply", "family", "monopoly", "anomaly", "belly", "bully",
                       "folly", "jelly", "homily", "lily", "tally", "valley", "volley", "trolley", "gully"})


def _adverb(word: str) -> bool:
    return word.endswith("ly") and len(word) > 5 and word not in _LY_NOUNS


def _inside_phrase(w: _Window) -> bool:
    """Whether the name ends a phrase a preposition governs ("the outlook for greater Denver calls for",
    "officials in northern Syria reject", "attacks in Europe and the Middle East seek"): then the verb
    after it has another subject. Coordinated names and their articles are read through."""
    lower = 0
    for k in range(1, 8):
        b = w.before(k)
        if b is None:
            return False
        if not b.text.islower():
            if not b.text[:1].isupper():
                return False
            continue  # a word of an earlier name in a list ("in Asia and the Middle East")
        if b.norm in ("and", "or") and (k == 1 or not w.before(k - 1).text.islower()
                                        or w.before(k - 1).norm == "the"):
            continue
        if b.norm in _CLAUSE_LINKS:
            return False  # "officials said that Syria rejects": a new clause, with the name its subject
        if b.norm in _PREPOSITIONS or b.norm in _CLOSE_PREPOSITIONS:
            return True
        lower += 1
        if lower > 2:
            return False
    return False


# Words that open a clause, the name after them its subject ("an answer on why Norland was not represented"):
# a preposition before such a word governs the clause, not the name.
_CLAUSE_LINKS = frozenset({"that", "which", "who", "and", "but", "or", "while", "when", "as", "if", "because",
                           "although", "though", "whereas", "after", "before", "since", "until", "unless", "why",
                           "how", "whether"})


def clause_subject(text: str, tokens: list[Token], s: NameSpan) -> bool:
    """Whether the name can be the subject of the verb after it: no preposition governs it ("the school in
    Oakvale will pay") and it closes no phrase a preposition opened ("officials in northern Oakvale agreed")."""
    w = _Window(text, tokens, s)
    return not _governed(w) and not _inside_phrase(w)


def _governed(w: _Window) -> bool:
    """Whether a preposition governs the name ("threats to Turkey include", "the war in Syria left"): then
    the name is its object, never the subject of the verb after it."""
    k = 1
    b = w.before(k)
    if b is not None and b.norm == "the":
        k += 1
        b = w.before(k)
    # "residents in neighbouring Cusco say": an adjective that locates the name sits between the preposition
    # and its object and leaves the name governed.
    while b is not None and b.text.islower() and b.norm in LOCATING_ADJECTIVES and k < 4:
        k += 1
        b = w.before(k)
        if b is not None and b.norm == "the":
            k += 1
            b = w.before(k)
    if b is not None and b.text.islower() and (b.norm in _PREPOSITIONS or b.norm in _CLOSE_PREPOSITIONS):
        return True
    if k == 1 and governed_possessor(w.text, w.s.start):
        return True
    # "residents of Lancaster and Alexandria asked": the preposition before a pair of names governs both, so
    # the second is no more the verb's subject than the first.
    if k == 1 and b is not None and b.norm == "and":
        k += 1
        while w.before(k) is not None and w.before(k).text[:1].isupper() and k < 6:
            k += 1
        b = w.before(k)
        if k > 2 and b is not None and b.norm == "the":
            b = w.before(k + 1)
        if k > 2 and b is not None and b.text.islower() and (b.norm in _PREPOSITIONS or b.norm in _CLOSE_PREPOSITIONS):
            return True
        return _governed_list(w)
    return False


def _governed_list(w: _Window) -> bool:
    """"voters in Zurich, Basel and Geneva backed the cap": a preposition before a list written with commas
    governs every name of it, the last one too, where a plural noun opening its clause stands before it
    (geo/governed_lists.py)."""
    test = w.town_test
    if test is None and w.spans is not None:
        test = _town_in_country(w.spans)
    return governed_list(w.text, w.tokens, w.s.i - 1, _ALL_PREPOSITIONS, test)


def _town_in_country(spans: list[NameSpan]) -> Callable[[tuple[int, int], tuple[int, int]], bool]:
    """A test of "Town, Country" for governed_list: the town's name has an exact reading in that country (Lima
    in Peru; not Vienna in Germany), so the comma between them is no list's."""
    by_tokens: dict[tuple[int, int], NameSpan] = {}

    def holds(town: tuple[int, int], country: tuple[int, int]) -> bool:
        if not by_tokens:  # built on the first comma judged: most lists ask nothing, and a list of thousands
            by_tokens.update(((s.i, s.j), s) for s in spans)  # would otherwise build it once per member
        a, b = by_tokens.get(town), by_tokens.get(country)
        if a is None or b is None:
            return True  # no readings to judge by: the comma stays a town's, as it reads
        codes = {c.country_code for c in b.candidates if c.exact and c.feature_code.startswith("PCL")}
        return any(c.exact and c.country_code in codes for c in a.candidates)
    return holds


# "from Liberia's ": a preposition, then a capitalised possessor, right before a name.
_GOVERNED_POSSESSOR = re.compile(r"\b([a-z]+)\s+(?:the\s+)?[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3}['’]s\s+$")
_POSSESSIVE_ENDS = ("'s", "’s")


def governed_possessor(text: str, start: int) -> bool:
    """"teams from Liberia's Lofa County were watching": the preposition that governs the possessor governs
    the name it owns, and the verb after it is the teams'."""
    # The expression ends in a possessive and the spaces before the name: most names have none, and the
    # search tried every position of its 80 characters to find that out (asked of every name).
    lo = max(0, start - 80)
    if not text[lo:start].rstrip().endswith(_POSSESSIVE_ENDS):
        return False
    m = _GOVERNED_POSSESSOR.search(text, lo, start)
    return m is not None and (m.group(1) in _PREPOSITIONS or m.group(1) in _CLOSE_PREPOSITIONS)


# Adjectives that place a name without changing what governs it ("in neighbouring Cusco", "across rural Kenya").
LOCATING_ADJECTIVES = frozenset({
    "neighbouring", "neighboring", "nearby", "adjacent", "adjoining", "surrounding", "rural", "coastal",
    "northern", "southern", "eastern", "western", "central", "north", "south", "east", "west", "northeastern",
    "northwestern", "southeastern", "southwestern", "north-eastern", "north-western", "south-eastern",
    "south-western", "upper", "lower", "remote", "mountainous", "landlocked", "war-torn", "restive",
    # "clinics in regional Victoria are short", "farms in outback Queensland have": a part of the state that
    # local papers name by its kind of country, inside the preposition's phrase as "rural" is
    "regional", "outback", "metropolitan", "suburban", "urban", "inland", "upstate", "downstate", "inner",
    "outer"})

_CLOSE_PREPOSITIONS = frozenset({"of", "in", "on", "at", "from", "with", "by", "for", "to", "into", "over"})
_ALL_PREPOSITIONS = _PREPOSITIONS | _CLOSE_PREPOSITIONS


# Object starts that also follow a noun ("a US tour that", "the Iraq war this year", "Syria aid more").
_NOUN_FOLLOWERS = frozenset({"that", "this", "these", "those", "new", "more", "all", "any", "no"})


def _participle(word: str, assoc: AssociativeCues) -> bool:
    """A past participle: a regular one by its form ("imposed", not "need"), an irregular one listed."""
    return (word.endswith("ed") and not word.endswith("eed") and len(word) > 4) or word in assoc.irregular_participles


# A country that hosts talks or a summit is its government; a town that hosts a match is the ground.
_HOSTED = frozenset({"hosted", "co-hosted", "cohosted"})
# "co-host the cup with Norland and Estovia", "co-sponsored the draft with Norland": partners in a joint deed,
# read through a list of names after "with".
_JOINT_DEED_WITH = re.compile(
    r"\bco-?(?:host|sponsor|chair|organi[sz]e|found)(?:s|ed|ing)?\b[^.;:!?\n]{0,60}?\bwith\s+"
    r"(?:(?:the\s+)?[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*){0,2}(?:\s*,\s*|\s+and\s+))*(?:the\s+)?$")


# "Norland and other countries expel", "Norland, other nations will recognise": a name joined to "other
# countries" shares their verb, and only governments act as countries do.
_OTHER_COUNTRIES = re.compile(r"(?:\s*,\s*|\s+)(?:and\s+)?(?:many\s+|several\s+|some\s+)?other\s+"
                              r"(?:countries|nations|states|governments)((?:\s+[a-z]+){1,4})")


def _with_other_countries(w: _Window, cues: Cues, assoc: AssociativeCues) -> bool:
    """Whether the name heads a subject closed by "other countries" whose verb is a deed or a stance."""
    m = _OTHER_COUNTRIES.match(w.text, w.s.end)
    if m is None or _governed(w):
        return False  # "travel to Norland and other countries resumed": the name is the preposition's
    words = m.group(1).split()
    between = min(_past_adverbs(words, 0, _HAVE_OR_MODAL | _ALSO), len(words) - 1)  # "have so far refused"
    verb = words[between]
    if verb.endswith("ed") and between + 1 < len(words) and words[between + 1] == "by":
        return False  # "and other countries largely spared by the storm": a passive participle, done to them
    form = assoc.stance_forms.get(verb)
    # only a have-verb or a modal makes the verb one after an auxiliary; an adverb alone ("recently") does not
    auxiliary = any(x in _HAVE_OR_MODAL for x in words[:between])
    return verb in cues.metonymy_verbs or acts(verb, auxiliary) or (
        form is not None and form[1] != "ing" and form[0] not in _PARTICLE_ONLY)


def _joint_partner(w: _Window) -> bool:
    """"Norland will co-host the cup with Estovia and Marland": a partner in a joint deed acts as its host."""
    return _JOINT_DEED_WITH.search(w.text, max(0, w.s.start - 160), w.s.start) is not None


def _agent_by(w: _Window, cues: Cues, assoc: AssociativeCues) -> bool:
    """"the position taken by Chile", "sanctions imposed by the US", "a request by Egypt": after "by" a name
    is the doer of the participle or deed noun before it; "bordered by Syria" keeps the land. A name joined by
    "and" to a body's name after "by" shares its deed ("funded by the World Bank and Japan"), and a verb's
    particle may stand between the participle and "by" ("paid for by Japan")."""
    k = 1
    b = w.before(k)
    if b is not None and b.norm == "the":
        k += 1
        b = w.before(k)
    if b is not None and b.norm == "and":
        k = _co_agent_by(w, k)
        b = w.before(k)
    if b is None or b.text != "by" or w.text[w.s.end : w.s.end + 1] in ("-", "'", "’"):
        return False  # "owned by a California-based firm", "weakened by Texas's drought": a modifier
    v = w.before(k + 1)
    if v is not None and v.norm in _BY_PARTICLES:
        k += 1
        v = w.before(k + 1)
        if not _lower(v) or not _participle(v.norm, assoc):
            return False  # "a vote for by-elections": only a participle takes its particle before "by"
    if not _lower(v) or (v.norm in assoc.spatial_participles and not (v.norm in _HOSTED and polity(w.s))):
        return False  # "hosted by Leeds" keeps the town; "hosted by Norland", its government
    n = v.norm
    if n == "led" and led_by_figure(w.text, v.start):
        return False  # "sales rose 9%, led by Mexico": the markets the figure came from (geo/figure_leaders.py)
    return n in cues.metonymy_verbs or n in assoc.possessed_agentive or _participle(n, assoc)


# The particles of prepositional verbs written between a passive participle and "by" ("paid for by", "called
# for by", "voted on by"): one particle, the one word read over.
_BY_PARTICLES = frozenset({"for", "up", "to", "on"})
# First words of a name after "by" that is no doer another name can share: a day or a month is a time ("by
# Friday and Goma was calm"), a storm the cause of a harm ("hit by Cyclone Freddy and Malawi").
_NO_CO_DOER = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
                         "february", "march", "april", "may", "june", "july", "august", "september", "october",
                         "november", "december", "storm", "hurricane", "cyclone", "typhoon", "tropical"})
# The second name opens a clause of its own only where a finite verb follows it ("... and El Fasher came under
# fire", "... and Goma was calm", "... and Lagos returned"): an auxiliary, a past in -ed, or a common irregular
# past. Any other word leaves it inside the "by" phrase: a preposition or time ("funded by the EU and Japan in
# 2010"), or a second verb the subject shares ("funded by the World Bank and Japan and opened in 2019").
_NEW_CLAUSE_VERBS = frozenset({"was", "were", "is", "are", "has", "had", "have", "will", "would", "could", "can",
                               "may", "might", "must", "should", "came", "went", "saw", "lost", "ran", "fell",
                               "became", "held", "took", "got", "made", "said", "kept", "began", "grew", "stood",
                               "won", "left", "found", "felt", "woke", "slept", "shut", "hit", "spent", "sent"})
# A finite passive before "by" ("villages were shelled by", "the road was reopened by"): the sentence has its
# verb, so a name after "and" followed by another verb opens a clause of its own ("... and Goma was calm").
_FINITE_PASSIVE = re.compile(r"\b(?:was|were|is|are|been|being|be|got|gets|get)\s+(?:[a-z]+ly\s+)?[a-z]+"
                             r"(?:\s+(?:for|up|to|on))?\s+\Z")


def _opens_clause_verb(word: str) -> bool:
    """Whether a lower-case word after the second name reads as the finite verb of a clause it opens."""
    return word in _NEW_CLAUSE_VERBS or (len(word) > 4 and word.endswith("ed"))


def _co_agent_by(w: _Window, k: int) -> int:
    """The offset of "by" before the body's name that the name's "and" (at offset k) joins it to ("by the World
    Bank and Japan": from "and" back over up to five capitalised words and an article), or k when none is: not
    after a time or a storm, nor where the name opens a new clause after a finite passive ("shelled by the RSF
    and El Fasher came under fire"; a reduced one, "a clinic funded by the EU and Norway opened", keeps it)."""
    x = k + 1
    for _ in range(5):
        t = w.before(x)
        if t is None or not t.text[:1].isupper():
            break
        x += 1
    if x == k + 1:
        return k
    first = w.before(x - 1)
    t = w.before(x)
    if t is not None and t.norm == "the":
        x += 1
        t = w.before(x)
    if t is None or t.text != "by" or first is None or first.norm in _NO_CO_DOER:
        return k
    a = w.after(1)
    if a is not None and a.text[:1].islower() and _opens_clause_verb(a.norm) \
            and _FINITE_PASSIVE.search(w.text, max(0, t.start - 60), t.start) is not None:
        return k
    return x


# What follows a name that a framed recipient verb ("pressed") asks for something: "for", "over" or "about" a
# matter, not a stretch of time ("pressed Bakhmut for weeks", "over the weekend", "for the third straight day",
# "over the past two weeks"), nor the ground fought over ("for control of the airport"), or "to" and a verb,
# not a noun phrase ("pressed Ottawa to act"; "pressed Kharkiv to the north" is ground, "to breaking point" a
# measure of the assault).
_TIME_AHEAD = (r"(?:(?:a|an|the|\d+|\w+)\s+){0,3}"
               r"(?:days?|nights?|weeks?|weekend|months?|years?|hours?|time|winter|summer|spring|autumn|fall)\b")
_GROUND_MATTER = r"(?:(?:the\s+)?(?:full\s+|total\s+)?(?:control|possession|capture|mastery)\b)"
# An armed force's war aim after "for" ("pressed Kharkiv for a breakthrough", "for a decisive victory", "for its
# surrender", "for an advance on the centre"): what the assault seeks on the ground, asked of no government. Only
# after "for" and only where the presser is armed (`request_after`); "advance" and "surrender" only in their war
# sense, after an article or the city's own possessive ("an advance", "its surrender"; not "advance payment",
# "the surrender of the general"), and no breakthrough "in talks".
_WAR_AIM = (r"(?:(?:(?:a|an|the|its|their)\s+)?(?:[a-z]+\s+)?(?:breakthrough|victory|foothold|offensive)\b"
            r"(?!\s+in\s+(?:the\s+)?talks)"
            r"|(?:an|its|their)\s+(?:[a-z]+\s+)?advance\b(?!\s+(?:payment|notice))"
            r"|(?:its|their)\s+surrender\b)")
_WAR_AIM_AFTER = re.compile(rf"\s+for\s+{_WAR_AIM}")
_REQUEST_AFTER = re.compile(
    rf"\s+(?:(?:for|over)\s+(?!{_TIME_AHEAD}|{_GROUND_MATTER})|about\s+(?!\d)|"
    r"to\s+(?!(?:the|a|an|its|their|his|her|this|that|these|those|within|breaking|\d)\b)[a-z]+\b)")
# A request after the name decides, whoever presses: "guerrillas pressed Bogota for talks", "bandits pressed X
# for a ransom" ask a government; an armed force's assault is told by the ground, time or means after the name
# ("troops pressed Rafah for a week", "for control of the road", "from three sides"), which asks for nothing.


# "pressed Ottawa for a third time to cut the levy": a request after the stretch of time (which alone asks for
# nothing). Not "troops pressed Rafah for a week to the south": "to" and a noun phrase is ground.
_REQUEST_AFTER_TIME = re.compile(
    rf"\s+(?:for|over)\s+{_TIME_AHEAD}\s+to\s+(?!(?:the|a|an|its|their|his|her|this|that|these|those|within|"
    r"breaking|\d)\b)[a-z]+\b")


def request_after(text: str, end: int, verb_start: int) -> bool:
    """Whether a request's matter follows the name ending at `end` (`_REQUEST_AFTER`): "press Springfield for
    road money", or follows a stretch of time after it (`_REQUEST_AFTER_TIME`); an armed presser's war aim
    (`_WAR_AIM`) asks for nothing."""
    if _REQUEST_AFTER_TIME.match(text, end) is not None:
        return True
    if _REQUEST_AFTER.match(text, end) is None:
        return False
    return _WAR_AIM_AFTER.match(text, end) is None or not armed_presser(text, verb_start)


# A word of vicinity between a recipient verb and the name it governs ("asked neighbouring Namibia", "told
# neighboring Chad"): the verb still addresses the country.
_NEIGHBOUR_WORDS = frozenset({"neighbouring", "neighboring"})


def _party_before(w: _Window, assoc: AssociativeCues) -> bool:
    """"sell Saudi Arabia 180 howitzers", "NATO ally Germany": the name receives a transfer or is named as
    a party by the noun before it."""
    at = 1
    b = w.before(1)
    if b is not None and b.norm == "the":
        at, b = 2, w.before(2)
    if b is not None and b.norm in _NEIGHBOUR_WORDS:
        at, b = at + 1, w.before(at + 1)  # "asked neighbouring Namibia to watch": the neighbour's government
    a1 = w.after(1)
    if b is None or not b.text.islower() or w.text[w.s.end : w.s.end + 1] in ("-", "'", "’") or (
            a1 is not None and a1.text[:1].isupper()):
        return False  # "giving the Kent-based team", "give Europe's passengers", "told the Leeds Gazette"
    if b.norm in assoc.framed_recipient_verbs:
        return request_after(w.text, w.s.end, b.start)  # "pressed Ottawa to act"; "troops pressed Mosul from three sides": ground
    if b.norm in assoc.recipient_verbs:
        return not conduit_subject(w.before, at)  # "reservoirs that supply Madrid": the place supplied
    return b.norm in assoc.agent_nouns_before


# "…, as did Australia and Canada.": the auxiliary stands for the verb of the clause before, and the names after it
# are its doers, with nothing after them but the clause's end (or a relative clause after a comma).
_ELIDED_BEFORE = re.compile(r"\bas\s+(?:did|do|does|have|has|had|will|would)\s+(?:the\s+)?"
                            r"(?:[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?)*$")
_ELIDED_AFTER = re.compile(r"(?:(?:\s*,\s*(?:and\s+)?|\s+and\s+)(?:the\s+)?[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)*)*"
                           r"(?:\s*[.;:!?)]|\s*,\s+(?:which|who|whose)\b|\s*[—–]|\s*$)")


def _elided_doer(w: _Window) -> bool:
    """"Kenya backed the plan, as did Uganda and Tanzania.": a name after "as did" (or "as have", "as will")
    ending the clause is the doer of the verb the auxiliary repeats, a government as the first doer was."""
    return _ELIDED_BEFORE.search(w.text, max(0, w.s.start - 160), w.s.start) is not None \
        and _ELIDED_AFTER.match(w.text, w.s.end) is not None


# Verbs that begin or end a deed; after them a progressive is the subject's deed. Not "went", "seemed" or
# "keep": "Norland went missing", "the island cannot keep depending on one ferry" tell of the place.
_PHASE_VERBS = frozenset({"begin", "begins", "began", "begun", "start", "starts", "started", "stop", "stops",
                          "stopped", "cease", "ceases", "ceased"})


def _agentive_state(w: _Window, cues: Cues, assoc: AssociativeCues) -> bool:
    """"France became involved", "Egypt remains committed", "Iraq was reluctant", "Peru continued to deny":
    after a verb of being or of aspect, a predicate only an agent can hold makes the name one. No preposition
    may govern the name: "schools across Lahore have come under pressure" are the schools'. Not `_inside_phrase`:
    "asked on what grounds Peru became involved" opens a clause whose subject the name is, as "until" does
    ("the talks stalled until Qatar became involved") and "for" before "to" + verb ("time for Britain to
    become involved": the name is the infinitive's subject)."""
    if _governed(w) and not _opens_a_clause(w):
        return False
    k, linked = 1, False
    t = w.after(k)
    while _lower(t) and k < 6:
        n = t.norm
        if n in assoc.copulas or n in assoc.aspect_verbs or (n in _COME and _lower(w.after(k + 1))
                                                             and w.after(k + 1).norm == "under"):
            linked = True
        elif linked and n in assoc.agentive_predicates:
            return True
        elif linked and n in cues.metonymy_verbs and w.after(k - 1) is not None and w.after(k - 1).norm == "to":
            return True  # "continued to deny"
        elif linked and n == "under" and pressed_to_act(w.text, t.end, assoc.irregular_participles):
            return True  # "Ottawa is under pressure from farmers to act": pressed to do what only a government does
        elif linked and w.after(k - 1).norm in _PHASE_VERBS and n.endswith("ing") and len(n) > 5 \
                and n not in _UNDERGOING:
            # "has begun screening travellers": a deed begun or stopped; "teams from Norland have begun
            # vaccinating" is the teams'.
            return True
        elif not (n in cues.metonymy_auxiliaries or n in ("to", "not", "still", "now", "more", "less")
                  or (n in _JOINT_AFTER_AUXILIARY and k > 1)  # "have both come under", "are both under"
                  or (n.endswith("ly") and len(n) > 4)):
            return False
        k += 1
        t = w.after(k)
    return False


def _opens_a_clause(w: _Window) -> bool:
    """Whether the word before the name (past "the") makes it a clause's subject though `_governed` reads a
    preposition: "until" ("until Qatar became involved") or "for" with "to" + a verb after the name ("for
    Britain to become involved"; not "for Peru, which became")."""
    k = 2 if w.before(1) is not None and w.before(1).norm == "the" else 1
    b = w.before(k)
    if b is None or not b.text.islower():
        return False
    if b.norm == "until":
        return True
    return b.norm == "for" and _lower(w.after(1)) and w.after(1).norm == "to" and _lower(w.after(2))


# "has come under pressure", "came under pressure": reached the state "is under pressure" names, so "under"
# after it is read as after a copula. Only before "under": "Madrid has come to terms", "Lima came second".
_COME = frozenset({"come", "comes", "came", "coming"})


_POSSESSOR = re.compile(r"\b[A-Z][a-z]+(['’]s)\s+$")


def _ruled(w: _Window, spans: list[NameSpan], idx: int, strong) -> bool:
    """"Trump's Washington", "Putin's Russia": a polity owned by a person is the government he leads. A
    place's possessive ("Syria's Aleppo") or a name heading a noun ("Google's London office") is not."""
    m = _POSSESSOR.search(w.text, max(0, w.s.start - 30), w.s.start)
    if m is None or (idx > 0 and spans[idx - 1].end == m.start(1) and _seat(spans[idx - 1], strong)):
        return False
    a1 = w.after(1)
    if a1 is not None and a1.text[:1].isupper():
        return False  # "CBC Radio's Edmonton AM": the name opens a longer name
    return w.text[w.s.end : w.s.end + 1] not in ("-", "'", "’") and not (_lower(a1) and a1.norm not in _NOT_VERBS)


def _polity_title(w: _Window, cues: Cues) -> Optional[_Window]:
    """The window of "the Republic of Armenia" read from its title's first word, or None.

    The title gives the name a firm place cue, but its phrase can still be an office's or a party's: "the
    Embassy of the Republic of Estonia", "relations between the Republic of Estonia and ..."."""
    b = w.before(1)
    if b is None or b.text != "of":
        return None
    k = 2
    title = w.before(k)
    if title is None or title.norm not in _POLITY_TITLES or not title.text[:1].isupper():
        return None
    while (t := w.before(k + 1)) is not None and t.text[:1].isupper() and t.norm in cues.polity_words and k < 5:
        k += 1  # "the Islamic Republic of", "the United Republic of"
    if (t := w.before(k + 1)) is not None and t.norm == "the":
        k += 1
    first = w.s.i - k
    return _Window(w.text, w.tokens, replace(w.s, i=first, start=w.tokens[first].start), w.spans, w.town_test)


_POLITY_TITLES = frozenset({"republic", "kingdom", "state", "emirate", "sultanate", "federation", "commonwealth",
                            "principality", "union", "duchy", "grand"})


def mark_associative(text: str, tokens: list[Token], spans: list[NameSpan], cues: Cues,
                     assoc: Optional[AssociativeCues] = None, strong=None) -> None:
    """Mark names used for their people, government or team `locational=False` (cue "metonymy" for a name
    that acts or is acted with, "modifier" for one that modifies a noun for people or institutions).

    A name with a firm place cue ("in", "near", "village of", a dateline) or a vague-area cue keeps its
    literal reading. Roles that a town rarely plays (party to relations, the doer of a deed) are read only
    for names that can be a government's seat: a country, a first-level division, or a large place.
    """
    assoc = assoc or load_associative()
    sporting = sports_story(tokens)
    sides: set[str] = set()
    town_test = _town_in_country(spans)  # one lazy "Town, Country" index for every window of the text
    openings: dict[int, int] = {}  # each listed name's list opening, for `listed_member`
    for idx, s in enumerate(spans):
        if not s.locational and s.cue == "metonymy" and not s.demonym and _team(_Window(text, tokens, s), assoc,
                                                                                  sporting):
            sides.add(s.norm)  # "India beat New Zealand": read as a party to a deed before, a side all the same
        if s.locational and not s.demonym and s.vague in ("admin1", "admin2") and s.cue in cues.vague_after \
                and polity(s) and _reports(_Window(text, tokens, s), cues):
            s.locational, s.cue = False, "metonymy"  # "India's Kerala state has reported": the state's authority
            continue
        if not s.locational or s.demonym or s.vague is not None or s.cue in ("dateline", "street", "feature"):
            continue
        w = _Window(text, tokens, s, spans, town_test)
        if sporting and fixture_side(text, s):
            s.locational, s.cue = False, "metonymy"  # "away to Benin": the side, however firm "to" reads
            sides.add(s.norm)
            continue
        if _envoys_from(w, assoc) and _capital(s):
            # "officials from Bogota and Caracas met": a capital names the government its officials serve, where
            # "ministers from Senegal" names their country as a man's home town names his.
            s.locational, s.cue = False, "metonymy"
            nxt = spans[idx + 1] if idx + 1 < len(spans) else None
            if nxt is not None and _capital(nxt) and not nxt.demonym \
                    and _AND.fullmatch(text[s.end : nxt.start]):
                nxt.locational, nxt.cue = False, "metonymy"
            continue
        if text[s.end : s.end + 2] in ("'s", "’s") and _seat(s, strong) and _possessed(w, cues, assoc):
            # A cue before a possessive governs the whole phrase: "a role in Tunisia's decisions".
            s.locational, s.cue = False, "metonymy"
            continue
        if s.firm:
            title = _polity_title(w, cues) if s.cue in _POLITY_TITLES else None
            if title is not None and (_office_of(title, cues, assoc) or _relation_object(title, assoc)):
                s.locational, s.cue = False, "metonymy"  # "the Embassy of the Republic of Estonia"
                _mark_second_party(text, spans, idx, title, assoc)
            continue
        if _sector_of(w) and (polity(s) or _capital(s)):
            s.locational, s.cue = False, "metonymy"  # "corporate Estovia": the country's business, no ground
            continue
        after_place = idx > 0 and re.fullmatch(r"\s*,\s*", text[spans[idx - 1].end : s.start]) is not None
        if after_place and written_container(text, spans, idx):
            continue  # "in Kingston, Jamaica, ...": the town's container, placed by the town's cue
        if polity(s) and (_hyphen_leader(w, assoc) or listed_member(text, spans, idx, openings)):
            s.locational, s.cue = False, "metonymy"  # "the UK-led coalition", "coalition members include UK"
            continue
        if _modifier(w, cues, assoc, after_place):
            s.locational, s.cue = False, "modifier"
            if idx > 0:
                # "the Kazakhstan and UAE governments": the name before "and" modifies the same noun.
                prev = spans[idx - 1]
                if prev.locational and not prev.firm and prev.vague is None and not prev.demonym \
                        and re.fullmatch(r"\s+and\s+", text[prev.end : s.start]):
                    prev.locational, prev.cue = False, "modifier"
            continue
        if _office_of(w, cues, assoc):
            s.locational, s.cue = False, "metonymy"
            continue
        if _team(w, assoc, sporting) or (sporting and (
                competition_side(text, s, assoc.competition_verbs, assoc.competition_nouns)
                or table_side(text, s, assoc.table_places) or scored_side(text, s) or plays_for_side(text, s)
                or clear_side(text, s) or game_between_side(text, s)
                or (played_side(text, s) and not _natural_name(s))
                or side_plays(text, s, sporting))):
            s.locational, s.cue = False, "metonymy"
            sides.add(s.norm)
            _mark_coordinated_side(text, spans, idx, sides)
            continue
        if not sporting and (_plays_another_country(text, spans, idx)
                             or (polity(s) and not _land_only(s) and side_plays(text, s))):
            # "The West Indies will play India" in a short item: this mention is a side, but outside a sports
            # story no later bare mention of the name is taken for the team
            s.locational, s.cue = False, "metonymy"
            continue
        if receiving_subject(text, s.end):
            continue  # "Bali, hit by the ash cloud, now welcomes tourists again": where the visitors arrive
        if spared_subject(text, s.end, _governed(w)):
            continue  # "Fiji weathered the cyclone", "Rota escaped the strongest winds": where the storm passed
        seat = _seat(s, strong)
        coordinated = _coordinated(text, spans, idx)
        if (seat and (_controlled(w, assoc) or _subject_after_time(w, cues, assoc) or _agent_by(w, cues, assoc)
                      or _party_before(w, assoc) or _agentive_state(w, cues, assoc) or _elided_doer(w)
                      or _ruled(w, spans, idx, strong)
                      or _stance_subject(w, cues, assoc, coordinated, after_place)
                      or _stance_object(w, assoc))) \
                or ((polity(s) or _capital(s)) and (_deed_after(w, cues, assoc, coordinated) or _joint_partner(w)
                                                    or hosts_gathering(text, s.end)
                                                    or (not _governed(w) and operates_site(text, s.start, s.end))
                                                    or _with_other_countries(w, cues, assoc)
                                                    or acts_with_participle(text, s.start, s.end))) \
                or (polity(s) and _reports(w, cues)) \
                or (government_seat(s) and _past_deed_opening_clause(w)) \
                or (_state_seat(s) and _party_before(w, assoc)) \
                or ((seat or polity(s) or _capital(s)) and plea_addressee(text, s.start, s.end)):
            s.locational, s.cue = False, "metonymy"
        elif seat and not _traded_market(text, s) and _relation_object(w, assoc) is not None:
            s.locational, s.cue = False, "metonymy"
            _mark_second_party(text, spans, idx, w, assoc)
    if sides or sporting:
        spread_team_uses(text, spans, sides, sporting)  # "Sunderland led through a header": the side again


def _mark_coordinated_side(text: str, spans: list[NameSpan], idx: int, sides: set[str]) -> None:
    """"had beaten Shelbyville and Pine Heights": the name joined by "and" (or "or") to a side after it is the
    other side the same result took, even one shaped like a feature; a place cue of its own ("and in Hill")
    would stand between them."""
    nxt = spans[idx + 1] if idx + 1 < len(spans) else None
    if nxt is not None and nxt.locational and not nxt.demonym and not nxt.firm \
            and re.fullmatch(r",?\s+(?:and|or)\s+", text[spans[idx].end : nxt.start]):
        nxt.locational, nxt.cue = False, "metonymy"
        sides.add(nxt.norm)


def mark_feature_sides(text: str, tokens: list[Token], spans: list[NameSpan]) -> None:
    """"face Lake Travis", "routed Smithson Valley": schools and clubs take a lake's or a valley's name, and in
    a sports story the feature-shaped name a verb of play takes is the side, not the water or the land. Read
    once features are joined (geo/features.py), after `mark_associative` has read the other names."""
    assoc = load_associative()
    if not any(s.cue == "feature" and s.locational for s in spans) or not sports_story(tokens):
        return
    ends = _LastEnding(spans)
    for s in spans:
        if s.cue == "feature" and s.locational:
            b1 = _Window(text, tokens, s).before(1)
            # (features are appended once joined, so the name before is found by place, not by order)
            prev = ends.before(s.start)
            if (_lower(b1) and b1.norm in assoc.sports_before) or (
                    prev is not None and not prev.locational and prev.cue == "metonymy"
                    and re.fullmatch(r",?\s+(?:and|or)\s+", text[prev.end : s.start])):
                # (after "and", the other side a result took: "had beaten Shelbyville and Pine Heights")
                s.locational, s.cue = False, "metonymy"


class _LastEnding:
    """The spans filed by their ends, for "the name ending last at or before a position": the scan
    `max((p for p in spans if p.end <= pos), key=end)` asked per feature cost a long sports digest the square of
    its length. The answer is the scan's: of spans ending at the same place, the first in the list."""

    def __init__(self, spans: list[NameSpan]):
        first: dict[int, NameSpan] = {}
        for p in spans:
            first.setdefault(p.end, p)
        self._ends = sorted(first)
        self._first = first

    def before(self, pos: int) -> Optional[NameSpan]:
        k = bisect_right(self._ends, pos)
        return self._first[self._ends[k - 1]] if k else None


def _capital(s: NameSpan) -> bool:
    return any(c.exact and c.feature_code == "PPLC" for c in s.candidates)


# Words naming a division by its kind ("Kent County", "Rapides Parish"): such a division acts through its council.
_COUNCIL_AREA_WORDS = frozenset({"county", "parish", "borough", "district", "province", "governorate", "prefecture",
                                 "municipality"})


def _council_area(s: NameSpan) -> bool:
    """A division written with its kind ("Kent County and Sussex County declared"): two such names joined by
    "and" share the role of the one whose council acts, as two countries or capitals do."""
    return s.j - s.i >= 2 and s.norm.rsplit(" ", 1)[-1] in _COUNCIL_AREA_WORDS


def _state_seat(s: NameSpan) -> bool:
    """"ask Harrisburg for money": a state capital too small to count as a large place stands for its state's
    government where only a government can be meant (geo/state_capitals.py)."""
    return any(c.exact and is_state_capital(c) for c in s.candidates)


def government_seat(s: NameSpan) -> bool:
    """A country, a first-level division or a national capital: the names that stand for a government."""
    return polity(s) or any(c.exact and c.feature_code == "PPLC" for c in s.candidates)


# People who speak or plead for a party ("lawyers for Belmopan told the court", "a spokesman for Beijing said"):
# after "for" they, like the envoys (associative.yaml `envoy_nouns`), name the government by its seat.
_ADVOCATES = frozenset({"lawyers", "lawyer", "counsel", "attorneys", "attorney", "advocates", "spokesman",
                        "spokeswoman", "spokesperson", "spokesmen", "spokespeople"})


def _envoys_from(w: _Window, assoc: AssociativeCues) -> bool:
    """"officials from Bogota and Caracas met", "lawyers for Belmopan told judges": a government's people named by
    their seat. Not where "from" says whence they go ("sent a delegation from Lima to the town", "expelled Russian
    diplomats from Britain"): a path on to another place, or people of another country, makes the name the place
    they leave."""
    b1 = w.before(1)
    k = 2 if b1 is not None and b1.norm == "the" else 1
    b1, b2, b3 = w.before(k), w.before(k + 1), w.before(k + 2)
    if not (_lower(b1) and b2 is not None and ((b1.norm == "from" and b2.norm in assoc.envoy_nouns)
                                               or (b1.norm == "for" and (b2.norm in assoc.envoy_nouns
                                                                         or b2.norm in _ADVOCATES)))):
        return False
    if b3 is not None and ((b3.text[:1].isupper() and b3.norm not in FUNCTION_WORDS)
                           or b3.norm in ("their", "its", "his", "her", "our", "your", "my")):
        return False  # "Russian diplomats from Britain", "their diplomats from Russia": another's people
    rest = w.text[w.s.end : w.s.end + 60]
    return re.match(r"(?:\s+(?:and|or)\s+[A-Z][\w.-]*(?:\s+[A-Z][\w.-]*){0,3})?\s+(?:to|into|for)\b", rest) is None


def _coordinated(text: str, spans: list[NameSpan], idx: int) -> bool:
    """Whether the name closes a list of names ("Spain and Turkey", "Chad, Niger and Mali")."""
    return idx > 0 and _AND.fullmatch(text[spans[idx - 1].end : spans[idx].start]) is not None


def _mark_second_party(text: str, spans: list[NameSpan], idx: int, w: _Window, assoc: AssociativeCues) -> None:
    """"talks between Armenia and Azerbaijan": the name after "and" is the relation's other party."""
    if _relation_object(w, assoc) != "between" or idx + 1 >= len(spans):
        return
    other = spans[idx + 1]
    if re.fullmatch(r"\s+and\s+(?:the\s+)?", text[spans[idx].end : other.start]) and other.locational \
            and not other.firm and other.vague is None:
        other.locational, other.cue = False, "metonymy"


def _plays_another_country(text: str, spans: list[NameSpan], idx: int) -> bool:
    """"The West Indies will play India": a country (or a region that fields a side) and another joined by
    "play" are the two sides, in any story (team_uses.played_pair)."""
    def fields(s: NameSpan) -> bool:
        return not s.demonym and (polity(s) or _land_only(s))

    s = spans[idx]
    if not fields(s) or not any(polity(o) for o in spans[max(0, idx - 1) : idx + 2]):
        return False
    return (idx > 0 and fields(spans[idx - 1]) and played_pair(text, spans[idx - 1], s)) \
        or (idx + 1 < len(spans) and fields(spans[idx + 1]) and played_pair(text, s, spans[idx + 1]))


# Trade with a place, right before its name: a region traded with is a market, where a country is a party.
_TRADE_WITH = re.compile(r"\btrad(?:e|ing)\s+with\s+(?:the\s+)?\Z")


def _traded_market(text: str, s: NameSpan) -> bool:
    """"Trade with West Timor": a region or a natural feature traded with is a market, unless a government of
    its own governs it ("trade with Somaliland" is with its government: geo/de_facto_states.py)."""
    return _land_only(s) and not self_governed(s.norm) \
        and _TRADE_WITH.search(text, max(0, s.start - 30), s.start) is not None


def _land_only(s: NameSpan) -> bool:
    """A name read only as a region or a natural feature ("trade with West Timor", "trade with the Fergana
    Valley"): strong enough to be a place on its own, and a market where it is traded with. A party to a war or
    to talks it can still be ("the war with Nagorno-Karabakh": its de facto government)."""
    exact = [c for c in s.candidates if c.exact]
    return bool(exact) and all(c.feature_code.startswith(NATURAL_FEATURES) for c in exact)


# Natural features no side is named for: not regions or islands, which field sides ("the West Indies").
_UNPEOPLED = tuple(code for code in NATURAL_FEATURES if code not in ("RGN", "AREA", "ISL"))


def _natural_name(s: NameSpan) -> bool:
    """A name a natural feature holds and no town, country or first-level division does ("will face the
    Pyrenees": the stage's mountains, though a shire in Victoria bears the name): nothing that fields a side, so
    never a side played."""
    exact = [c for c in s.candidates if c.exact]
    return any(c.feature_code.startswith(_UNPEOPLED) for c in exact) \
        and not any(c.feature_code.startswith(("PPL", "PCL", "ADM1")) for c in exact)


def _seat(s: NameSpan, strong) -> bool:
    """A name that can stand for a government: a country, a first-level division, or a large place."""
    return polity(s) or (strong is not None and any(strong(c) and c.exact for c in s.candidates))

_AND_AGAIN = re.compile(r"\s+and\s+(with|to|from|against|by)\s+(?:the\s+)?")
_AND = re.compile(r"(?:\s*,\s*|\s+and\s+|\s*,\s*and\s+)(?:the\s+)?")
# "Iraq, which pumps its oil near Basra, and Kuwait have": a relative clause in commas between two coordinated
# subjects (within one sentence), closed by ", and" before the second. The clause may hold a list of names of
# its own ("near Basra, Kirkuk, and Mosul"), whose commas do not close it; its first other comma does.
_RELATIVE_OPEN = re.compile(r",\s+(?:which|who)\s[^.;:!?(),]{1,160}")
_RELATIVE_REST = re.compile(r"[^.;:!?(),]{1,160}")
_CLAUSE_COMMA = re.compile(r",\s+(?:and\s+)?(?:the\s+)?")
# A capitalised item after a comma, itself followed by a comma or "and": the comma continues a list of names
# (but a relative clause of its own after it makes the item the second subject: ", and China, which built").
_LIST_ITEM = re.compile(r"[A-Z][\w'’.-]*(?:\s+[A-Z][\w'’.-]*)*(?=\s*,(?!\s+(?:which|who)\s)|\s+and\b)")
# The words that may follow the second of two coordinated subjects: a plural verb or auxiliary, shared with the
# first ("Iraq, which ..., and Kuwait have trimmed output").
_SHARED_VERB = frozenset({"have", "are", "were", "say", "said", "do", "did", "will", "would", "could", "can",
                          "may", "might", "must", "should", "both", "each", "also", "jointly", "together"})
# ", and" after a name a preposition governs: the comma closes the preposition's phrase and "and" opens a clause
# with a subject of its own ("the border with Abkhazia, and Moscow called the choice a provocation"), so the
# second name's role does not pass back to the first. The first's still passes forward: the comma may only end a
# list of two ("talks between Moscow, and Kyiv"), where the second name is the preposition's object too. A list
# closed by ", and" after a name no preposition governs still shares it ("Malawi, Zambia, and Zimbabwe have
# reported cases").
_CLAUSE_AND = re.compile(r"\s*,\s*and\s+(?:the\s+)?")
# A singular finite verb straight after the name after ", and" ("..., and Kyiv was shelled overnight"): the name is
# the subject of a clause of its own. A plural or past verb ("..., and Chile remain apart", "Kyiv collapsed") may be
# the list's shared verb and leaves the list whole.
_SINGULAR_VERB_AFTER = re.compile(r"\s+(?:was|is|has|does|says|wasn't|isn't|hasn't|doesn't|remains|seems|appears|"
                                  r"wants|plans|insists|denies|claims|needs|faces|continues)\b")
_GOVERNING_WORD = re.compile(r"\b([a-z]+)\s+(?:the\s+)?$")
_OBJECT_PREPOSITIONS = _PREPOSITIONS | frozenset({"with", "from", "to", "of", "for", "into", "in", "at", "on",
                                                  "by"})


def _object_before_clause_and(text: str, a: NameSpan, b: NameSpan) -> bool:
    """Whether `a`, a preposition's object, ends its clause with ", and" before `b` opens the next one."""
    if _CLAUSE_AND.fullmatch(text, a.end, b.start) is None:
        return False
    m = _GOVERNING_WORD.search(text[max(0, a.start - 24) : a.start])
    return m is not None and m.group(1) in _OBJECT_PREPOSITIONS


def share_agency(text: str, spans: list[NameSpan]) -> None:
    """"Both China and Brazil will...", "Russia and Iran rejected...": countries joined by "and" share a role.

    Where one of two coordinated countries (or states) acts as an actor, the other, with no place cue of
    its own, is an actor too. The pairs are read forward and then backward, so that a list's verb after its
    last name reaches its first ("Malawi, Zambia and Zimbabwe have reported outbreaks": Zimbabwe's role passes
    to Zambia, then Zambia's to Malawi).
    """
    pairs = range(len(spans) - 1)
    for k in [*pairs, *reversed(pairs)]:
        a, b = spans[k], spans[k + 1]
        if not (government_seat(a) and government_seat(b)) and not (_council_area(a) and _council_area(b)):
            continue  # "London and Washington urged": capitals share a role as countries do
        # "the line with Abkhazia, and Moscow called it a provocation": the ", and" may open a clause of its own,
        # whose subject passes no role back to the preposition's object; the object's own role still passes on
        # to a second item of its list ("talks between Moscow, and Kyiv"), unless a singular verb follows the
        # second at once ("..., and Kyiv was shelled"): then it is the subject of the new clause
        if not _object_before_clause_and(text, a, b):
            directions: tuple[tuple[NameSpan, NameSpan], ...] = ((a, b), (b, a))
        else:
            directions = () if _SINGULAR_VERB_AFTER.match(text, b.end) else ((a, b),)
        if not _AND.fullmatch(text[a.end : b.start]):
            # "talking with the United States and with Chile": the same preposition repeated.
            m = _AND_AGAIN.fullmatch(text, a.end, b.start)
            if m is None or a.locational or a.cue != "metonymy" or not b.locational or b.located or not re.search(
                    rf"\b{m.group(1)}\s+(?:the\s+)?$", text[max(0, a.start - 12) : a.start]):
                continue
            b.locational, b.cue = False, "metonymy"
            continue
        for x, y in directions:
            if x.cue == "metonymy" and not x.locational and y.locational and not y.located and not y.demonym:
                y.locational, y.cue = False, "metonymy"
    _share_across_relative_clauses(text, spans)


def _share_across_relative_clauses(text: str, spans: list[NameSpan]) -> None:
    """"Iraq, which pumps most of its oil near Basra, and Kuwait have trimmed output": the two governments are
    coordinated subjects of one verb, with a relative clause about the first between them (and its own places
    inside it, which take no part): the role the second takes passes to the first, and back."""
    by_start = {s.start: s for s in spans}
    for a in spans:
        if not government_seat(a):
            continue
        b = _second_subject(text, a, by_start)
        if b is None:
            continue
        for x, y in ((b, a), (a, b)):
            if x.cue == "metonymy" and not x.locational and y.locational and not y.located and not y.demonym:
                y.locational, y.cue = False, "metonymy"


def _second_subject(text: str, a: NameSpan, by_start: dict[int, NameSpan]) -> Optional[NameSpan]:
    """The government coordinated with `a` past a relative clause about it: the name right after the ", and"
    that closes the clause, where the two share one verb. The clause closes at its first comma that does not
    continue a list of names, so a ", and" of the main clause ("Russia, which ..., launched drones overnight,
    and Kyiv was left without power") is never taken for it."""
    m = _RELATIVE_OPEN.match(text, a.end)
    if m is None:
        return None
    at, in_list = m.end(), False
    while True:
        c = _CLAUSE_COMMA.match(text, at)
        if c is None:
            return None
        closes_list = in_list and "and" in text[at : c.end()].split() and text[c.end() : c.end() + 1].isupper()
        if closes_list or _LIST_ITEM.match(text, c.end()) is not None:
            # "near Basra, Kirkuk, and Mosul (in the north)": the comma continues a list of the clause's own,
            # and its ", and" closes that list with its last item
            nxt = _RELATIVE_REST.match(text, c.end())
            if nxt is None:
                return None
            # "Iran, Syria and Turkey": an "and" inside the item closes the list, as a ", and" before one does
            in_list = not closes_list and " and " not in nxt.group()
            at = nxt.end()
            continue
        break
    if "and" not in text[at : c.end()].split():
        return None
    b = by_start.get(c.end())
    if b is None or not government_seat(b):
        return None
    after = b.end
    own = _RELATIVE_OPEN.match(text, after)
    if own is not None:
        # "..., and China, which built the port, are both watching": past the second's own relative clause
        if not text.startswith(", ", own.end()):
            return None
        after = own.end() + 1
    verb = re.match(r"\s+([a-z]+)", text[after : after + 30])
    if verb is None or not (verb.group(1) in _SHARED_VERB or acts(verb.group(1), False)):
        return None  # "..., and Kyiv was left without power": Kyiv has a clause of its own
    return b
