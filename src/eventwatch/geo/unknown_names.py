"""Capitalised names the gazetteer lacks, taken for places by a firm cue: "the village of X", "rural X",
"X countryside", "in X", "X village", "the X IDP camp", or a place word opening the name ("Khirbet X",
"Birnin X"). They are reported unresolved and stand in at the document's places.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import AbstractSet, Callable, Optional

from eventwatch.geo.arabic_translit import LATIN_ARTICLES
from eventwatch.geo.compass_names import compass_name_read, compass_suffixed
from eventwatch.geo.compound_modifiers import modifies_noun_after
from eventwatch.geo.cue_readers import LOWER_CASE_PLACE_OF, place_noun_of
from eventwatch.geo.derive import DATA_DIR
from eventwatch.geo.document_words import document_words
from eventwatch.geo.lexicon import Cues, actor_names
from eventwatch.geo.name_lists import CONTAINMENT_GAP, LIST_GAP
from eventwatch.geo.name_span import JOIN_GAPS, NameSpan, strong
from eventwatch.geo.normalise import ARTICLE_KEY, Token, fold_token, normalise
from eventwatch.geo.ordinals import ORDINAL_WORDS
from eventwatch.geo.place_compound_heads import opens_place_compound
from eventwatch.geo.member_districts import members_name
from eventwatch.geo.quarrel_subjects import person_attacks
from eventwatch.geo.plural_division_lists import names_in_plural_division_lists
from eventwatch.geo.saint_names import saint_inside_feature_name
from eventwatch.geo.titled_divisions import unknown_name_titled_readings
from eventwatch.geo.weapon_names import ARMS_PLURALS
from eventwatch.geo.word_prechecks import case_folded, may_hold
from eventwatch.geo.yaml_files import parse_yaml, word_list

UNKNOWN_PLACES_FILE = DATA_DIR / "unknown_places.yaml"
_WORD_KEYS = ("toponym_prefixes", "weak_prefixes", "settlement_heads", "guarded_heads", "camp_qualifiers")
# Lists a file may leave out (read as empty): what makes a known name's context a place cue, not an unknown's.
_OPTIONAL_WORD_KEYS = ("attack_verbs", "armed_forces", "armed_doers", "armed_members", "unarmed_modifiers",
                       "unarmed_heads", "armed_heads", "self_evident_titles", "owned_titles", "site_heads",
                       "kunya_prefixes", "election_words", "site_purposes", "site_kinds",
                       "body_function_words")
_KEYS = (*_WORD_KEYS, "division_phrases")
_DIVISION_KINDS = ("admin1", "admin2")
_OF = frozenset({"of"})


@dataclass(frozen=True)
class UnknownPlaceWords:
    """The words of unknown_places.yaml, folded as tokens are."""

    prefixes: frozenset[str]  # "kafr", "khirbet", "birnin": a name opening with one is a place's
    weak_prefixes: frozenset[str]  # "dan", "tin": also English names or words, so they need a stronger sign
    heads: frozenset[str]  # "village", "hamlet", "camp": the capitalised words before one name a place
    guarded_heads: frozenset[str]  # "camp", "quarter": only with a qualifier or a container after
    camp_qualifiers: frozenset[str]  # "idp", "refugee": what a camp holds, written between name and head
    division_phrases: tuple[tuple[tuple[str, ...], str], ...] = ()  # ("local", "government", "area") → admin2
    attack_verbs: frozenset[str] = frozenset()  # "attacked", "overran": an armed doer's object is a place
    armed_forces: frozenset[str] = frozenset()  # "troops", "army": armed bodies, whose "pressed X" is an assault
    armed_doers: frozenset[str] = frozenset()  # "gunman", "bandits": armed doers of an attack, not of a siege
    armed_members: frozenset[str] = frozenset()  # "members": armed only when an attack verb follows
    unarmed_modifiers: frozenset[str] = frozenset()  # "think", "customs": "think tanks" are no armed body
    unarmed_heads: frozenset[str] = frozenset()  # "tanks", "units": the armed words a modifier can unarm
    armed_heads: frozenset[str] = frozenset()  # "group", "patrol": "rebel group" is armed, "rebel commander" a man
    self_evident_titles: frozenset[str] = frozenset()  # "County", "LGA": capitalised, a division's title alone
    owned_titles: frozenset[str] = frozenset()  # "territory", "zone": also whose land ("Taliban territory")
    site_heads: frozenset[str] = frozenset()  # "port", "terminal": after a weak prefix's name, a place's site
    kunya_prefixes: frozenset[str] = frozenset()  # "abu": also a person's byname, so only after a place cue
    election_words: frozenset[str] = frozenset()  # "voters", "turnout": "the Austin district of X" is a member's
    site_purposes: frozenset[str] = frozenset()  # "covid", "embassy": "X ward", "X compound" a site, not a quarter
    site_kinds: frozenset[str] = frozenset()  # "village", "hotel": "Green Village compound" a site's own name
    body_function_words: frozenset[str] = frozenset()  # "health", "security": "Port Health" is a body's name
    # The division phrases grouped by their first word (`_phrases_by_first_word`), worked out once with the
    # lists: every token of every document asks for them, and looking the tuple up in a cache hashed it whole.
    phrases_by_first_word: dict[str, tuple[tuple[tuple[str, ...], str], ...]] = field(
        init=False, repr=False, compare=False, hash=False)
    # Every doer whose attack names its target (`armed_target`): the forces, the other armed doers and the members.
    attack_doers: frozenset[str] = field(init=False, repr=False, compare=False, hash=False)

    def __post_init__(self) -> None:
        object.__setattr__(self, "phrases_by_first_word", _phrases_by_first_word(self.division_phrases))
        object.__setattr__(self, "attack_doers", self.armed_forces | self.armed_doers | self.armed_members)


@lru_cache(maxsize=2)
def load_unknown_place_words(path: str = str(UNKNOWN_PLACES_FILE)) -> UnknownPlaceWords:
    """The lists, checked: each a list of lower-case words, the weak prefixes among the prefixes and the
    guarded heads among the heads, so a typo fails loudly instead of silently reading nothing."""
    raw = parse_yaml(Path(path).read_text(encoding="utf-8")) or {}
    if not isinstance(raw, dict) or not set(_KEYS) <= set(raw) <= {*_KEYS, *_OPTIONAL_WORD_KEYS}:
        raise ValueError(f"{path}: expected exactly the keys {list(_KEYS)} "
                         f"(and optionally {list(_OPTIONAL_WORD_KEYS)})")
    lists: dict[str, frozenset[str]] = {}
    for key in (*_WORD_KEYS, *(k for k in _OPTIONAL_WORD_KEYS if k in raw)):
        lists[key] = frozenset(fold_token(w) for w in word_list(raw[key], key, path, single=True))
    if not lists["weak_prefixes"] <= lists["toponym_prefixes"]:
        raise ValueError(f"{path}: weak_prefixes not among toponym_prefixes: "
                         f"{sorted(lists['weak_prefixes'] - lists['toponym_prefixes'])}")
    if not lists.get("kunya_prefixes", frozenset()) <= lists["toponym_prefixes"]:
        raise ValueError(f"{path}: kunya_prefixes not among toponym_prefixes: "
                         f"{sorted(lists['kunya_prefixes'] - lists['toponym_prefixes'])}")
    if not lists["guarded_heads"] <= lists["settlement_heads"]:
        raise ValueError(f"{path}: guarded_heads not among settlement_heads: "
                         f"{sorted(lists['guarded_heads'] - lists['settlement_heads'])}")
    phrases = raw["division_phrases"]
    if not isinstance(phrases, dict) or not all(
            isinstance(k, str) and k == k.lower() and len(k.split()) > 1 and v in _DIVISION_KINDS
            for k, v in phrases.items()):
        raise ValueError(f"{path}: division_phrases must map lower-case phrases of several words to one of "
                         f"{list(_DIVISION_KINDS)}")
    # Longest first, so "local government area" is read before "local government".
    ordered = sorted(((tuple(fold_token(w) for w in k.split()), v) for k, v in phrases.items()),
                     key=lambda kv: -len(kv[0]))
    optional = {key: lists.get(key, frozenset()) for key in _OPTIONAL_WORD_KEYS}
    # Keyword arguments, each field named as its key: a swapped pair of word lists would otherwise pass silently.
    return UnknownPlaceWords(prefixes=lists["toponym_prefixes"], weak_prefixes=lists["weak_prefixes"],
                             heads=lists["settlement_heads"], guarded_heads=lists["guarded_heads"],
                             camp_qualifiers=lists["camp_qualifiers"], division_phrases=tuple(ordered), **optional)

# Cues firm enough that a capitalised unknown word after them is taken for a place: the prepositions, and the
# verbs whose object in conflict reporting is a place ("raided Mozogo", "shelled Kafr Ruma").
FIRM_BEFORE_UNKNOWN = frozenset({"in", "near", "outside", "inside", "raided", "stormed", "shelled", "besieged", "overran",
                                 "bombed", "attacked"})
# Nouns before "of" whose object is read as a place whatever the gazetteer says ("the village of X"); a
# lower-case "community of" is a settlement as Latin American and Nigerian reporting writes it ("the community
# of X, in the municipality of Y"), where a capitalised one opens a body's name ("the Community of Z"). A
# lower-case "island of" too ("the outer island of X"): a capitalised one opens a name ("the Island of Ireland");
# only after "the" ("an island of Democrats" is a figure) and before a name of plain words (`_the_island`).
_VILLAGE_OF = frozenset({"village", "town", "city", "camp", "neighbourhood", "neighborhood", "countryside",
                         "outskirts", "hamlet", "locality", "settlement", "community", "island", "port",
                         "resort", "suburb"})
# Phrases of "port of"/"resort of" that name no settlement: "the port of entry" is a role, "the last resort of"
# a means (the capitalised word after it is a body's: "the last resort of Hamas"), whatever the case it is
# written in.
_PORT_ROLES = frozenset({"call", "entry", "embarkation", "disembarkation", "origin", "registry", "destination",
                         "departure", "arrival"})
_RANKS_BEFORE_RESORT = frozenset({"last", "first", "final"})


def _fixed_phrase_of(tokens: list[Token], k: int) -> bool:
    """Whether the "of" at token k closes a fixed phrase of a site noun ("port of Entry", "last resort of")
    rather than opening the settlement's name."""
    noun = tokens[k - 1].norm
    if noun == "resort":
        return k >= 2 and tokens[k - 2].norm in _RANKS_BEFORE_RESORT
    return noun == "port" and k + 1 < len(tokens) and tokens[k + 1].norm in _PORT_ROLES


# The local words for a settlement below a municipality that English reports write right before its name,
# without "of" ("in the vereda X", "in sitio Y", "the kebele Z"): Colombia's rural sections and hamlets,
# the Philippines' villages and sub-villages, Ethiopia's and Tigray's lowest divisions, Central America's
# villages. Lower case, after "the" or a firm locative, the capitalised words that follow are the place's name.
_SETTLEMENT_BEFORE_NAME = frozenset({"vereda", "corregimiento", "caserio", "aldea", "barangay", "sitio", "purok",
                                     "kebele", "tabia", "tabiya"})


def unknown_after_cues(text: str, tokens: list[Token], taken: list[bool], readings: list[str], cues: Cues,
                       span_at: Optional[dict] = None, absorbed: Optional[set[int]] = None,
                       held: Optional[Callable[[str], list]] = None,
                       persons: AbstractSet[str] = frozenset()) -> list[NameSpan]:
    """Capitalised names after a strong place cue ("the village of X", "rural X", "X countryside"), before a
    settlement noun ("X village", "the X IDP camp": `names_before_heads`), or opened by a place word of the
    languages conflict reporting transliterates ("near Khirbet X": `prefixed_names`)."""
    words = load_unknown_place_words()
    mine = dict(span_at or {})  # the recognised names and, as they are read, the unknown names read here
    out, heads = names_before_heads(text, tokens, taken, readings, cues, words, mine, absorbed)
    out += prefixed_names(text, tokens, taken, readings, cues, words, mine, absorbed)
    out += names_at_divisions(text, tokens, taken, readings, cues, words, mine, absorbed, held, persons)
    # "Bayanzürkh and Songinokhairkhan districts": the plural division word after a list (geo/plural_division_lists.py)
    out += names_in_plural_division_lists(text, tokens, taken, mine, lambda w: plain_unknown_word(w, cues), held)
    n = len(tokens)
    k = 0  # the first token still to read: a name read here is passed over whole
    for at in _cue_positions(tokens, cues):
        if at < k:
            continue
        k = at
        t = tokens[k]
        start_name = None
        cue = None
        vague = None
        aside = False
        # Every branch below opens on a word `_cue_positions` lists (only those tokens are visited): a new branch
        # must add its opening words there, or it will never run.
        # "Umemger village of Guma": the name before the head is the village, the one after "of" its container.
        if t.norm == "of" and k >= 1 and (tokens[k - 1].norm in _VILLAGE_OF or _qualified_site(tokens, k - 1, words)) \
                and not tokens[k - 1].text[:1].isupper() and k - 1 not in heads and not _fixed_phrase_of(tokens, k) \
                and (tokens[k - 1].norm not in LOWER_CASE_PLACE_OF or place_noun_of(tokens, k - 1)) \
                and (tokens[k - 1].norm != "island" or _the_island(text, tokens, k - 1)):
            start_name, cue = k + 1, tokens[k - 1].norm
            vague = "admin1" if cue == "countryside" else "near" if cue == "outskirts" else None
        elif t.norm in cues.vague_before and not t.text[:1].isupper():
            start_name, cue, vague = k + 1, t.norm, "admin1"
        elif _settlement_aside(text, tokens, k):
            start_name, cue, aside = k + 1, t.norm, True
        elif t.norm in _SETTLEMENT_BEFORE_NAME and t.text.islower() and k >= 1 \
                and (tokens[k - 1].norm == "the" or tokens[k - 1].norm in FIRM_BEFORE_UNKNOWN):
            start_name, cue = k + 1, t.norm
        if start_name is not None and start_name < n:
            e = start_name
            span_at = span_at or {}
            while e < n and e - start_name < 5 and (not taken[e] or (
                e in span_at and span_at[e].i >= start_name and span_at[e].j - start_name <= 5
            )) and (
                tokens[e].text[:1].isupper() or (readings[e] == ARTICLE_KEY and tokens[e].hyphen_after)
                or (_inner_article(text, tokens, start_name, e) and not _english_link(tokens, taken, e))
                # "the district of Vizcatan del Ene", "the hamlet of San Jose de las Flores": a Spanish or
                # Portuguese connector between two capitalised words of the one name
                or (e > start_name and tokens[e - 1].text[:1].isupper() and _inner_connector(tokens, e)
                    and not _known_container(span_at, e + 1 if tokens[e + 1].text[:1].isupper() else e + 2))
            ) and (e == start_name or text[tokens[e - 1].end : tokens[e].start].strip() in JOIN_GAPS):
                e = span_at[e].j if taken[e] else e + 1
            while e > start_name and not tokens[e - 1].text[:1].isupper():
                e -= 1
            whole = taken[start_name] and start_name in span_at and span_at[start_name].j >= e
            if whole and span_at[start_name].j == e and (held_in := _container_after(tokens, span_at, e)):
                # "the village of Vila Nova da Bahia": a known head before a known container is a place of that
                # container; its readings elsewhere ("Vila Nova" in another state) are none of it, and with none
                # inside, it is an unknown name the container places.
                inside = _readings_inside(span_at[start_name].candidates, held_in)
                if inside:
                    span_at[start_name].candidates = inside
                else:
                    whole = False
            if cue in _SMALL_SETTLEMENTS:
                _division_for_village(tokens, span_at, e)
            if (cue in _SETTLEMENT_BEFORE_NAME and not _settlement_name(tokens, start_name, e, cues)) or (
                    cue == "island"
                    and not all(plain_unknown_word(tokens[x].norm, cues) for x in range(start_name, e))):
                # "the island of Calm", "the island of Doctor Moreau": a common word or a title is a figure's
                k += 1
                continue
            if aside and not (e > start_name and text.startswith(",", tokens[e - 1].end) and _plain_words(
                    [tokens[x].norm for x in range(start_name, e)], cues, frozenset(), frozenset())):
                k += 1
                continue  # the aside is only a name when it closes with a comma and holds no title or month
            if e > start_name and not tokens[start_name].norm in cues.months and not whole:
                if absorbed is not None:
                    absorbed.update(x for x in range(start_name, e) if taken[x])
                span = NameSpan(start_name, e, tokens[start_name].start, tokens[e - 1].end,
                                " ".join(readings[start_name:e]), unknown=True, cue=cue, vague=vague)
                out.append(span)
                for x in range(start_name, e):
                    taken[x] = True
                k = e
                continue
        k += 1
    # "X countryside" with X unknown.
    for k in document_words(tokens).positions(_COUNTRYSIDE):
        if k >= 1 and not taken[k - 1] and tokens[k - 1].text[:1].isupper() \
                and text[tokens[k - 1].end : tokens[k].start].strip() == "" and tokens[k - 1].norm not in cues.common_words:
            st = k - 1
            while st > 0 and not taken[st - 1] and tokens[st - 1].text[:1].isupper() and \
                    text[tokens[st - 1].end : tokens[st].start].strip() in JOIN_GAPS and k - st < 4:
                st -= 1
            out.append(NameSpan(st, k, tokens[st].start, tokens[k - 1].end, " ".join(readings[st:k]),
                                unknown=True, cue="countryside", vague="admin1",
                                phrase_start=tokens[st].start, phrase_end=tokens[k].end))
            for x in range(st, k):
                taken[x] = True
    return out


_SENTENCE_ENDS = frozenset({".", "!", "?", ":", ";", '"', "“", "”"})


def _the_island(text: str, tokens: list[Token], k: int) -> bool:
    """Whether the lower-case "island" at token k is opened by "the" (with at most one word between): "the
    outer island of X" names an island, where "an island of Democrats in a sea of Republicans" is a figure. A
    capitalised "The" inside a sentence opens a title ("reading The island of Doctor Moreau")."""
    for d in (k - 1, k - 2):
        if d < 0:
            return False
        t = tokens[d]
        if t.norm == "the":
            before = text[max(0, t.start - 8) : t.start]
            return t.text == "the" or d == 0 or "\n" in before or before.rstrip()[-1:] in _SENTENCE_ENDS
        if not t.text.islower():
            return False
    return False


# Settlement nouns that name their settlement in an aside after a comma ("the worst-hit village, X, lies").
_ASIDE_SETTLEMENTS = frozenset({"village", "hamlet", "town", "township", "settlement", "suburb"})


def _cue_positions(tokens: list[Token], cues: Cues) -> list[int]:
    """The tokens that can open a name in `unknown_after_cues`, in increasing order: "of", a vague cue, a
    settlement noun of an aside or one written before its name. Every test of the loop there asks first for
    one of these words, so the other tokens (nearly all of a document's) are never visited; each step was
    cheap, but the walk visited every token of every document."""
    return document_words(tokens).positions(_OF, cues.vague_before, _ASIDE_SETTLEMENTS, _SETTLEMENT_BEFORE_NAME)


_OF = ("of",)


def _settlement_aside(text: str, tokens: list[Token], k: int) -> bool:
    """Whether token k is a lower-case settlement noun that "the" opens, followed by a comma ("the worst-hit
    village, X, ..."; "the nearest town, Y, ..."): the capitalised words in the aside name it, as after "the
    village of". Without "the" the noun is a kind ("a mining town, Y said") and the words after it are not."""
    noun = tokens[k]
    if noun.norm not in _ASIDE_SETTLEMENTS or k < 1 or k + 1 >= len(tokens) or not noun.text.islower():
        return False
    if text[noun.end : tokens[k + 1].start] != ", ":
        return False
    the = [x for x in range(max(0, k - 3), k) if tokens[x].norm == "the"]
    # "In the village, Oxfam, the charity, ...": a phrase a preposition opens ends at the comma; what follows is
    # the clause's subject, not the settlement's name.
    return bool(the) and not (the[-1] >= 1 and tokens[the[-1] - 1].norm in _OPENERS)


_OPENERS = frozenset({"in", "at", "across", "near", "outside", "inside", "around", "within", "throughout", "from",
                      "into", "to", "for", "on", "through", "beyond", "behind"})


# The head word of "X countryside", looked up in the document's word index (geo/document_words.py).
_COUNTRYSIDE = ("countryside",)


# A settlement word a displacement qualifier turns into a camp's ("the displacement site of X", "the IDP site
# of X"): bare, "site" is as often a battle's or a building's, so only the qualified one cues a place.
_QUALIFIED_SETTLEMENTS = frozenset({"site", "sites", "centre", "center", "settlement"})


def _qualified_site(tokens: list[Token], h: int, words: UnknownPlaceWords) -> bool:
    """Whether token h is a settlement word after a displacement qualifier ("the IDP site", "the displacement
    site"): what a camp holds names it a camp, whose name follows "of" as a village's does."""
    return tokens[h].norm in _QUALIFIED_SETTLEMENTS and h >= 1 and tokens[h - 1].norm in words.camp_qualifiers


def _inner_article(text: str, tokens: list[Token], st: int, x: int) -> bool:
    """Whether token x is a lower-case Arabic article between two capitalised words of a name read after a
    settlement cue ("the village of Wad an Nourah"): after such a cue the run is one name, and an English
    reading of "an" or "as" between two capitalised words would leave no sentence."""
    return x > st and x + 1 < len(tokens) and tokens[x].norm in LATIN_ARTICLES \
        and tokens[x].text.islower() and tokens[x - 1].text[:1].isupper() and tokens[x + 1].text[:1].isupper() \
        and text[tokens[x - 1].end : tokens[x].start] == " " and text[tokens[x].end : tokens[x + 1].start] == " "


# Loose articles that are also English links between two names ("the port of Mariupol as Russian troops
# advanced", "the port of Umm Qasr at Basra").
_ENGLISH_LINKS = frozenset({"as", "at"})


def _english_link(tokens: list[Token], taken: list[bool], x: int) -> bool:
    """Whether the loose article at token x reads as English "as"/"at" rather than as the article of one name:
    a recognised name stands on either side of it, and each keeps its own reading. "an" links no two names in
    English, so "the village of Wad an Nourah" stays one name even where "Wad" is known."""
    return tokens[x].norm in _ENGLISH_LINKS and (taken[x - 1] or taken[x + 1])


def unknown_after_locative(text: str, tokens: list[Token], taken: list[bool], readings: list[str], cues: Cues,
                           persons: frozenset[str] = frozenset(), lower: frozenset[str] = frozenset(),
                           absorbed: Optional[set[int]] = None) -> list[NameSpan]:
    """A capitalised name the gazetteer lacks right after "in", "near" or "outside" ("in Khayelitsha",
    "near Toomevara"): most often a village, a neighbourhood or a camp. Reported unresolved, standing
    in at the document's places; words that are often capitalised after "in" without being places
    (months, institutions, titles, given names, words the document also writes in lower case) are not.
    An attack verb with an armed doer before it (`armed_target`: "gunmen burned X") is as firm a cue as "in".
    """
    out: list[NameSpan] = []
    n = len(tokens)
    words = load_unknown_place_words()
    for k in document_words(tokens).positions(FIRM_BEFORE_UNKNOWN, _CUES_WITH_ASIDE, words.attack_verbs):
        t = tokens[k]
        if k >= n - 1 or not t.text.islower():
            continue
        st = k + 1
        if text[t.end : tokens[st].start] != " " or person_attacks(tokens, k, cues):
            continue  # (geo/quarrel_subjects.py: "the opposition leader attacked X" quarrels with a person)
        if t.norm == "on" and (k == 0 or tokens[k - 1].norm not in _ASSAULTS_ON):
            continue
        glued = _glued_before_bracket(text, tokens, taken, st, cues, persons, lower)
        if glued is not None and absorbed is not None:
            # the known word read inside the village's name is absorbed into it (its own span dropped)
            absorbed.update(x for x in range(st, glued) if taken[x])
            out.append(NameSpan(st, glued, tokens[st].start, tokens[glued - 1].end, " ".join(readings[st:glued]),
                                unknown=True, cue=t.norm, firm=True))
            for x in range(st, glued):
                taken[x] = True
            continue
        if t.norm not in FIRM_BEFORE_UNKNOWN and not site_before_at(tokens, k, words) \
                and armed_target(text, tokens, st, words) is None:
            e = _unknown_run(text, tokens, taken, st, cues, persons, lower)
            if e is None:
                e = _hyphened_run(text, tokens, taken, st, cues, persons, lower)
            loose = t.norm in _LOOSE_ASIDE_CUES \
                and (_deed_before(text, t.start)
                     or (t.norm == "on" and e is not None
                         and _one_word_target(text, tokens, k, st, e, cues, persons, words)))
            if e is None or not (_division_aside_after(text, tokens[e - 1].end, cues, loose)
                                 or _bracket_chain_after(text, tokens, taken, e)
                                 or (t.norm not in _PERSON_OBJECT_CUES
                                     and not (t.norm in _CUSTODY_CUES and k > 0
                                              and tokens[k - 1].norm in _CUSTODY_DOERS)
                                     and _near_aside_after(text, tokens, taken, e))):
                continue
            out.append(NameSpan(st, e, tokens[st].start, tokens[e - 1].end, " ".join(readings[st:e]), unknown=True,
                                cue=t.norm, firm=True))
            for x in range(st, e):
                taken[x] = True
            continue
        comma_only = after_known = False
        at_site = t.norm not in FIRM_BEFORE_UNKNOWN and site_before_at(tokens, k, words)
        while st is not None:
            e = _unknown_run(text, tokens, taken, st, cues, persons, lower)
            if e is not None and at_site and not all(
                    plain_unknown_word(tokens[x].norm, cues) and tokens[x].norm not in _TIMES_OF_DAY
                    for x in range(st, e)):
                e = None  # "the bridge at Midnight", "the crossing at Noon": a time, not the site's place
            if e is None and not taken[st] or e is not None and after_known and _OWN_CLAUSE.match(text, tokens[e - 1].end):
                break
            if e is None:
                # "in Sarmin, Binnish and Qurtavel": names the gazetteer knows open the list; the cue covers the
                # rest of it as well
                st = _next_in_list(text, tokens, _known_run_end(text, tokens, taken, st))
                comma_only = st is not None and tokens[st - 1].norm not in ("and", "or")
                after_known = True
                continue
            if comma_only and not _LIST_GOES_ON.match(text, tokens[e - 1].end):
                break  # after a bare comma only a list's middle name ("in X, Y and Z"), not "in X, Reuters said"
            out.append(NameSpan(st, e, tokens[st].start, tokens[e - 1].end, " ".join(readings[st:e]), unknown=True,
                                cue=t.norm, firm=True, vague="near" if t.norm in cues.near_before else None))
            for x in range(st, e):
                taken[x] = True
            st = _next_in_list(text, tokens, e)
            comma_only = st is not None and tokens[st - 1].norm not in ("and", "or")
    return out


# Times of day and services that "at" puts after a site noun as often as a place ("the bridge at midnight",
# "the crossing at Mass"), whatever their case.
_TIMES_OF_DAY = frozenset({"midnight", "noon", "midday", "dawn", "dusk", "daybreak", "nightfall", "sunrise",
                           "sunset", "mass", "vespers", "matins", "teatime", "lunchtime"})


# Nouns of a place's parts and edges that "at" links to the place they lie in ("the border at X", "beaches at
# Y"), beside the site words of unknown_places.yaml ("the airport at X", "the dam at Y").
_EDGES_BEFORE_AT = frozenset({"border", "frontier", "beach", "beaches", "bridge", "pier", "jetty"})


def site_before_at(tokens: list[Token], k: int, words: UnknownPlaceWords) -> bool:
    """Whether the "at" at token k follows a lower-case site noun ("a second airport at X", "the Chinese border at
    Y", "beaches at Z"): "at" alone as often puts a firm or an event after it ("at Google", "at Wimbledon"), but
    a site is at a place, so the capitalised name after is that place's."""
    if tokens[k].norm != "at" or k < 1:
        return False
    w = tokens[k - 1]
    return w.text.islower() and (w.norm in words.site_heads or w.norm in _EDGES_BEFORE_AT)


# After a list's known names, what shows an unknown capitalised word opening a clause or a name of its own
# ("in Oslo and Hamas is", "in Oslo and Jo Smith in Rome", "Exit 6", "Sam's' Grill"): no member of the list.
_OWN_CLAUSE = re.compile(r"['’]|\s*\d|\s+(?:in|at|on|is|was|are|were|has|had|said|says)\b")


def _known_run_end(text: str, tokens: list[Token], taken: list[bool], st: int) -> int:
    """One past the last word of the recognised name at token st (its words joined by single spaces), or st
    where no recognised name starts there."""
    e = st
    while e < len(tokens) and taken[e] and (e == st or text[tokens[e - 1].end : tokens[e].start] == " "):
        e += 1
    return e


# Cues that put a place after them only as often as something else ("at Google", "captured Smith"): an unknown
# name after one is a place's when an aside names the division holding it ("at X, in Y province", "retook X, in
# Y State").
_CUES_WITH_ASIDE = frozenset({"at", "captured", "recaptured", "retook", "retaken", "seized", "took", "entered", "on"})
# The nouns of an assault whose "on" takes its target ("an attack on X, in Y district"): "on" after any other word
# is no cue ("reported on Monday", "a report on X").
_ASSAULTS_ON = frozenset({"attack", "attacks", "assault", "assaults", "raid", "raids", "offensive", "ambush",
                          "onslaught", "incursion", "incursions", "airstrike", "airstrikes", "strike", "strikes"})
# Of those, the cues whose object is a person as often as a place ("police took X, near Y, into custody"): a
# near-aside alone does not make their object a place, as a division aside does.
_PERSON_OBJECT_CUES = frozenset({"took"})
# Doers whose "captured"/"seized" takes a person into custody ("police captured X, near Y"): after them the
# cue's object is a person's as often as after "took", and a near-aside alone does not make it a place. Only those
# two cues: "police entered X", "recaptured X" and "police at X" take a place. Not "officers", who lead armed
# groups too ("rebel officers captured X").
_CUSTODY_CUES = frozenset({"captured", "seized"})
_CUSTODY_DOERS = frozenset({"police", "policemen", "gendarmes", "detectives", "agents", "troopers"})
# ", in the Y region", ", in northern Y State", ", Y district": the aside, read up to its division word.
_ASIDE = re.compile(r",\s+(?:in\s+)?(?:the\s+)?(?:(?:[a-z-]+ern|central)\s+)?((?:[A-Z][\w'’-]*\s+){1,3})(\w+)")
# "at X in Y district": "in" alone, without the comma. People and firms are set in a state or province as often
# ("a grenade thrown at X in Y province", "worked at X in Z state"), so this form counts only after "at" or an
# assault's "on", and only with a second-level division word (district, county, commune, cercle ...), whose
# places a report names villages in.
_ASIDE_IN = re.compile(r"\s+in\s+(?:the\s+)?(?:(?:[a-z-]+ern|central)\s+)?((?:[A-Z][\w'’-]*\s+){1,3})(\w+)")
_LOOSE_ASIDE_CUES = frozenset({"at", "on"})
# ... and only when the words before the cue tell of a deed done at a place (a killing, a clash, gunfire, a blast),
# since a tear gas canister, stones or shoppers are aimed or gather "at X in Y district" with X a person or a firm,
# and "launched an attack on X" is said of people as often as of villages.
_LOOSE_ASIDE_DEED = re.compile(
    r"(?i)\b(?:killed|killing|died|dead|wounded|injured|clashed|clashes|fighting|opened\s+fire|exploded|went\s+off|"
    r"massacred|abducted|kidnapped|burned|burnt|torched|looted|raided|ambushed)\b[^.;]*$")
# A piece of each deed word of `_LOOSE_ASIDE_DEED`, one of which every window it matches holds (geo/word_prechecks.py).
_LOOSE_ASIDE_DEED_WORDS = ("kill", "died", "dead", "wounded", "injured", "clash", "fighting", "opened", "exploded",
                           "went", "massacred", "abducted", "kidnapped", "burn", "torched", "looted", "raided",
                           "ambushed")


def _deed_before(text: str, start: int) -> bool:
    """Whether a deed word stands in the 80 characters before `start`, its clause running on to it
    (`_LOOSE_ASIDE_DEED`). The case-blind search is tried at every position of the window; a substring test
    of the folded window first says "cannot match" for most at C speed."""
    lo = max(0, start - 80)
    if not may_hold(case_folded(text[lo:start]), _LOOSE_ASIDE_DEED_WORDS):
        return False
    return _LOOSE_ASIDE_DEED.search(text, lo, start) is not None


def _one_word_target(text: str, tokens: list[Token], k: int, st: int, e: int, cues: Cues,
                     persons: AbstractSet[str], words: UnknownPlaceWords) -> bool:
    """Whether the unknown name an assault's "on" (token k) takes (tokens st to e) is one word, hyphened or not,
    that only a village can be ("rebels launched an attack on Kaswera-Mbuli in Beni territory"): an armed doer
    heads the clause before the assault, so the attack is a raid and not a hack, a boycott or a lawsuit ("hackers
    launched an attack on <firm> in Nairobi county"), and the word names none of what else is attacked: no
    person (a given name, or a surname the story gives a person; one attacked is named with a given name or a
    title, "an attack on John Mbusa", "on Pastor Kambale", and after "attack" a single unhyphened word is a
    surname as often), no organisation of the actor registry ("strikes on Hezbollah in Tyre district"), no
    people or faith (a plural in -s, "Christians", or a Bantu plural of "the people of", "Banyamulenge") and no
    doubled word, which names a band of fighters ("Mai-Mai"). After "strike" or "offensive", which take an
    organisation as readily as a place, the deed word before stays needed."""
    if tokens[k - 1].norm in _ORGANISATION_ASSAULTS or not _armed_doer_before(text, tokens, k - 1, words):
        return False
    word = text[tokens[st].start : tokens[e - 1].end]
    if re.search(r"\s", word) or word.endswith("s") or doubled_word(word) or _PEOPLE_OF.match(word):
        return False
    if tokens[k - 1].norm in _PERSON_ASSAULTS and "-" not in word:
        return False  # "militants launched an attack on Mbarushimana": a man's surname as often as a village
    if normalise(word) in actor_names() or any(tokens[x].norm in persons for x in range(st, e)):
        return False
    return not any(tokens[x].norm in cues.given_names for x in range(st, e))


# The assault nouns said of an organisation as readily as of a place ("airstrikes on Hezbollah", "an offensive on
# Daesh"): their object is a village only after a deed word (`_LOOSE_ASIDE_DEED`).
_ORGANISATION_ASSAULTS = frozenset({"strike", "strikes", "airstrike", "airstrikes", "offensive", "offensives"})
# The assault nouns said of a person as often as of a place ("an attack on <surname>"): their object is a
# village without a deed word only when hyphened, as a village's two-part name is ("Kitosa-Mbeli"); a raid, an
# assault or an incursion is made on a place.
_PERSON_ASSAULTS = frozenset({"attack", "attacks"})
# A Bantu plural of "the people of" (Kinyarwanda and Kirundi "Banya-", Swahili "Wanya-"): "Banyamulenge",
# "Banyarwanda", "Wanyarwanda" are peoples.
_PEOPLE_OF = re.compile(r"(?:Ba|Wa)nya[a-z]")
# How many words before an assault noun its doer may head the clause ("militiamen carried out an attack").
_ASSAULT_DOER_REACH = 6


def doubled_word(word: str) -> bool:
    """Whether a hyphened word repeats one word ("Mai-Mai", "Kata-Kata"): a band's name, a reduplication, not a
    village's two parts ("Kaswera-Mbuli")."""
    parts = word.lower().split("-")
    return len(parts) > 1 and all(p and p == parts[0] for p in parts)


def _armed_doer_before(text: str, tokens: list[Token], noun: int, words: UnknownPlaceWords) -> bool:
    """Whether an armed doer ("rebels", "gunmen", "armed men") stands a few words before the assault noun at
    token `noun`, in the same clause: the assault is then a raid on a place or on people."""
    x, stop, inside = noun - 1, max(-1, noun - 1 - _ASSAULT_DOER_REACH), False
    while x > stop:
        if not inside and _CLAUSE_BREAK.search(text, tokens[x].end, tokens[x + 1].start):
            opening = _reporting_aside(text, tokens, x)
            if opening is None:
                return False
            # "Armed men, residents said, launched ...": the aside stands inside the clause, and its words count
            # for no distance; the comma that opens it is passed with it
            x, stop, inside = opening, max(-1, stop - (x - opening)), True
            continue
        inside = False
        if tokens[x].norm in words.attack_doers or tokens[x].norm == "armed":
            return True
        x -= 1
    return False


# Verbs that close a reporting aside between commas (", residents said,", ", witnesses say,").
_ASIDE_SPEECH = frozenset({"said", "say", "says", "reported", "added", "claimed", "alleged"})
# How many words such an aside holds, its verb included.
_ASIDE_REACH = 4


def _reporting_aside(text: str, tokens: list[Token], x: int) -> Optional[int]:
    """The token before a reporting aside closed by the comma after token x (", local chiefs said,"), or None:
    the aside's verb at x, a few words before it and an opening comma, nothing else breaking between."""
    if x < 2 or tokens[x].norm not in _ASIDE_SPEECH or text[tokens[x].end : tokens[x + 1].start].strip() != ",":
        return None
    for z in range(x - 1, max(-1, x - 1 - _ASIDE_REACH), -1):
        gap = text[tokens[z].end : tokens[z + 1].start]
        if _CLAUSE_BREAK.search(gap):
            return z if gap.strip() == "," and z < x - 1 else None
    return None


# ", in the commune of Y", ", in the municipality of Z": a second-level division word before its name, in lower
# case ("in the state of Y" follows firms and people as often, and is not read).
_ASIDE_OF = re.compile(r"(,\s+(?:in\s+)?|\s+in\s+)the\s+([a-z]+)\s+of\s+[A-Z]")


def _division_aside_after(text: str, end: int, cues: Cues, loose: bool = False) -> bool:
    """Whether an aside naming a division with its division word ("Yagha province", "Chin State", "Momo
    division", "the commune of Y") follows the name ending at `end`; with `loose`, also one opened by "in"
    alone that names a second-level division ("at X in Y district")."""
    m = _ASIDE.match(text, end)
    if m is not None and cues.vague_after.get(m.group(2).lower()) in {"admin1", "admin2"}:
        return True
    if loose and (m := _ASIDE_IN.match(text, end)) is not None \
            and cues.vague_after.get(m.group(2).lower()) == "admin2":
        return True
    m = _ASIDE_OF.match(text, end)
    return m is not None and (loose or m.group(1).startswith(",")) and cues.vague_after.get(m.group(2)) == "admin2"


# ", near Y", ", just outside Y", ", not far from the town of Y": an aside setting the name beside a town (read
# here to take an unknown name for a place, in geo/fallback.py to stand it in near that town).
NEAR_ASIDE = re.compile(
    r",\s+(?:(?:just\s+|very\s+)?(?:near|outside)|close\s+to|not\s+far\s+from)\s+(?:the\s+(?:town|city)\s+of\s+)?",
    re.IGNORECASE)


def _near_aside_after(text: str, tokens: list[Token], taken: list[bool], e: int) -> bool:
    """Whether an aside setting the name ending before token e beside a name the recogniser read follows it
    ("at X, not far from Kumba"): as the division aside, it says that the name is a place's."""
    if e >= len(tokens):
        return False
    m = NEAR_ASIDE.match(text, tokens[e - 1].end)
    if m is None:
        return False
    k = next((x for x in range(e, min(e + 5, len(tokens))) if tokens[x].start >= m.end()), None)
    return k is not None and tokens[k].start == m.end() and taken[k]


# ACLED's "(District, Province)" after a village: two capitalised names, a comma between, in one bracket.
_BRACKET_CHAIN = re.compile(r"\s*\(\s*[A-Z][^(),]*,\s*[A-Z][^(),]*\)")


def _bracket_chain_after(text: str, tokens: list[Token], taken: list[bool], e: int) -> bool:
    """Whether ACLED's bracket chain follows the name ending before token e ("at X (Y, Z)"), opened by a name
    the recogniser read: the note places the village by its district and province as the aside "at X, in Y
    province" does."""
    return e + 1 < len(tokens) and taken[e + 1] and _BRACKET_CHAIN.match(text, tokens[e - 1].end) is not None


# What follows a list's middle name: another comma, or the "and"/"or" before its last.
_LIST_GOES_ON = re.compile(r"\s*,|\s+(?:and|or)\s")


def _next_in_list(text: str, tokens: list[Token], e: int) -> Optional[int]:
    """The first token of the next name in a list ("near Atmeh and Sarmada", "in X, Y or Z"), if one follows:
    the cue before the list covers every name in it, as `name_lists.spread_place_cues` does for known names."""
    k = e
    if k < len(tokens) and tokens[k].norm in ("and", "or") and tokens[k].text.islower():
        k += 1
    if k >= len(tokens) or k == e and text[tokens[e - 1].end : tokens[k].start].strip() != ",":
        return None
    return k if LIST_GAP.fullmatch(text, tokens[e - 1].end, tokens[k].start) else None


next_in_list = _next_in_list

# Capitalised words that open a military operation's or exercise's name, not a place's.
_UNDERTAKINGS = frozenset({"operation", "operations", "exercise", "exercises"})


def _unknown_run(text: str, tokens: list[Token], taken: list[bool], st: int, cues: Cues,
                 persons: frozenset[str], lower: frozenset[str]) -> Optional[int]:
    """One past the last word of the unknown capitalised name at token st (at most three words), or None where
    the words are not a place's: a month, an institution, a title, a given name, a word the document also
    writes in lower case, or a run into a longer name."""
    n = len(tokens)
    first = tokens[st]
    if taken[st] or not first.text[:1].isupper() or first.text.isupper():
        return None
    e = st
    while e < n and e - st < 3 and not taken[e] and tokens[e].text[:1].isupper() \
            and not tokens[e].text.isupper() and (e == st or text[tokens[e - 1].end : tokens[e].start] == " "):
        e += 1
    words = [tokens[x].norm for x in range(st, e)]
    if e < n and tokens[e].text[:1].isupper() and text[tokens[e - 1].end : tokens[e].start].strip() == "":
        return None  # runs into a longer name or a name the gazetteer knows
    if text[tokens[e - 1].end : tokens[e - 1].end + 2] in ("'s", "’s") or tokens[e - 1].hyphen_after:
        return None  # "in Modi's name", "in Sub-Saharan Africa"
    if words[0] in _UNDERTAKINGS:
        return None  # "in Exercise Eager Lion", "during Operation Unified Trident": a named undertaking
    if e - st == 1 and words[0] in cues.peoples:
        return None  # "in Fulani villages", "in Miskito homes": a people's word alone ("in Hazara Town" is a name)
    compass = compass_suffixed(words)
    if compass and not compass_name_read(text, tokens, taken, st, e,
                                         lambda end: _division_aside_after(text, end, cues)):
        return None  # "fans in Stand North", "in Old West style": a venue's part or a region, not a town
    if not _plain_words(words[:-1] if compass else words, cues, persons, lower):
        return None
    return e


# The same reading for other modules' cues (geo/residence_towns.py: "of X, Kan."; geo/list_tail_unknowns.py: "from
# X, Y and Z"), and the same walk along a list (`next_in_list`).
unknown_run = _unknown_run

# At most this many capitalised parts in a hyphened village name ("Pont-Sonde", "Dar-es-Salam" has lower-case
# links and is read elsewhere).
_HYPHENED_PARTS = 3


def _hyphened_run(text: str, tokens: list[Token], taken: list[bool], st: int, cues: Cues,
                  persons: frozenset[str], lower: frozenset[str]) -> Optional[int]:
    """One past the last part of an unknown name of capitalised parts joined by hyphens at token st ("Pont-Sonde",
    "Tiboulo-Sonde": no part the gazetteer holds, since a held part is already taken), or None: `_unknown_run`
    stops at a hyphen ("in Sub-Saharan Africa" runs into a longer name), so only a cue that asks a division aside
    after the name (`unknown_after_locative`) reads the whole of it. Each part must be a plain capitalised word no
    span holds, and no capitalised word may follow the last."""
    n, e = len(tokens), st
    while e < n and e - st < _HYPHENED_PARTS and not taken[e] and tokens[e].text[:1].isupper() \
            and not tokens[e].text.isupper() and tokens[e].text.isalpha():
        e += 1
        if e < n and text[tokens[e - 1].end : tokens[e].start] != "-":
            break
    if e - st < 2 or text[tokens[e - 2].end : tokens[e - 1].start] != "-":
        return None
    if e < n and tokens[e].text[:1].isupper() and text[tokens[e - 1].end : tokens[e].start].strip() == "":
        return None
    if not _plain_words([tokens[x].norm for x in range(st, e)], cues, persons, lower):
        return None
    return e


def _plain_words(words: list[str], cues: Cues, persons: frozenset[str], lower: frozenset[str],
                 ordinary: bool = False) -> bool:
    """Whether none of the words is one often capitalised without being a place's (a month, an institution,
    a title, a given name, a word the document also writes in lower case). With `ordinary`, common words pass
    (geo/residence_towns.py: "of Maple Bend, Neb.", where the name's shape and its state say it is a town)."""
    return not any(w in cues.months or w in cues.organisation_heads or w in cues.person_titles
                   or w in cues.given_names or (w in cues.common_words and not ordinary) or w in persons or w in lower
                   or w in cues.directions or w in cues.polity_words or w in cues.name_connectors
                   or w in cues.languages or not w.isalpha() for w in words)


plain_words = _plain_words  # geo/residence_towns.py: a landform-named home town


def _settlement_name(tokens: list[Token], st: int, e: int, cues: Cues) -> bool:
    """Whether tokens st..e after "the vereda"/"the barangay" can be the settlement's name: the word may also
    be a title or an office the settlement has ("the barangay Chairman X", "the kebele Administration
    Office"), which names a person or a body, not a place. Given names stay: villages are named for saints
    and people ("vereda La Esperanza", "barangay San Roque")."""
    words = [t.norm for t in tokens[st:e] if t.norm not in cues.given_names]
    return _plain_words(words, cues, frozenset(), frozenset()) \
        and not any(w in cues.lowercase_titles or w in cues.office_titles for w in words)


def _glued_before_bracket(text: str, tokens: list[Token], taken: list[bool], st: int, cues: Cues,
                          persons: frozenset[str], lower: frozenset[str]) -> Optional[int]:
    """One past the end of a village name whose last word the gazetteer knows, written before ACLED's bracket
    chain ("at Gouzda Kaliari (Y, Z)"): unknown words glued before a known one make another name (the
    known word read alone may be a town abroad), and the bracket says the run is the village's. None where
    the text is not of that shape."""
    n = len(tokens)
    m = st
    while m < n and m - st < 2 and not taken[m] and tokens[m].text[:1].isupper() and not tokens[m].text.isupper() \
            and (m == st or text[tokens[m - 1].end : tokens[m].start] == " "):
        m += 1
    if m == st or m >= n or not taken[m] or text[tokens[m - 1].end : tokens[m].start] != " ":
        return None
    e = _known_run_end(text, tokens, taken, m)
    if e - st > 3 or _BRACKET_CHAIN.match(text, tokens[e - 1].end) is None:
        return None
    return e if _plain_words([tokens[x].norm for x in range(st, m)], cues, persons, lower) else None


# Determiners and adjectives that open a sentence capitalised before a settlement noun ("The Kpaduma hamlet",
# "Entire villages were razed", "Several camps"): not a name's.
_LEADING_NON_NAME = frozenset({
    "the", "a", "an", "this", "that", "these", "those", "our", "their", "his", "her", "its", "my", "your",
    "nearby", "neighbouring", "neighboring", "surrounding", "remote", "small", "tiny", "large", "big", "entire",
    "whole", "several", "many", "some", "other", "both", "all", "few", "most", "each", "every", "various",
    "numerous", "dozens", "hundreds", "thousands", "two", "three", "four", "five", "six", "seven", "eight",
    "nine", "ten", "such", "local", "rural", "border", "frontline", "abandoned", "destroyed", "burned", "burnt",
    "affected", "targeted", "new", "old", "same", "one", "another", "no", "which", "what", "whose",
    # what the settlements live by or where they lie ("Fishing villages were evacuated", "Coastal towns"):
    # English words, dropped like the rest wherever they stand capitalised before the settlement noun (a
    # sentence's first word, a headline's capitals), not only at a sentence's start
    "fishing", "farming", "mining", "herding", "logging", "coastal", "inland", "isolated", "outlying",
    "flooded", "hillside", "riverside", "lakeside", "upland", "lowland", "highland", "mountain", "island"})


def sentence_start(text: str, tokens: list[Token], x: int) -> bool:
    """Whether token x opens a sentence or a line, where every word is capitalised."""
    before = text[tokens[x - 1].end if x else 0 : tokens[x].start]
    return x == 0 or "\n" in before or any(c in before for c in ".!?:;\"“”")


# "the village of X, 20 km from Y", "north of Khirbet X": words before "of" that place the name after it.
_DISTANCE_WORDS = frozenset({"km", "kilometres", "kilometers", "miles", "mi", "metres", "meters"})
# Whom a camp shelters, written between its head and the place it lies by ("X camp for internally displaced
# people, east of Y"): the head still names the camp, and the place after it still locates it.
CAMP_SHELTERS = r"(?:\s+for\s+(?:internally\s+)?(?:displaced\s+(?:people|persons|families)|IDPs|refugees))?"
# A head's containing place after it: "Kalma camp in Nyala", "Umemger village of Guma", "X camp near Y".
# The place a guarded head's name lies in or by, written after the head: "Kalma camp in Nyala", or set off by a
# comma with a bearing ("X camp, south of Nyala", "X camp, 15 km north-west of Y").
_CONTAINER_AFTER = re.compile(
    r"\s+(?:in|of|near|outside)\s+(?:the\s+)?(?=[A-Z])"
    rf"|{CAMP_SHELTERS},\s+(?:(?:some|about|around)\s+)?(?:\d+(?:\.\d+)?\s*(?:km|kilometres|kilometers|miles)\s+)?"
    r"(?:north|south|east|west)(?:-?(?:east|west))?\s+of\s+(?:the\s+)?(?=[A-Z])")


def _joined(text: str, tokens: list[Token], a: int, b: int) -> bool:
    """Whether tokens a and b = a + 1 are written as parts of one name: a space or a hyphen between, no break."""
    gap = text[tokens[a].end : tokens[b].start]
    return "\n" not in gap and gap.strip() in JOIN_GAPS and len(gap) <= 2


def _name_word(tokens: list[Token], readings: list[str], x: int) -> bool:
    """A word that may be part of a place's name: capitalised, or an article hyphen-joined to the next word
    ("Hay al-Nour", "Khirbet al-Joz")."""
    return tokens[x].text[:1].isupper() or (readings[x] == ARTICLE_KEY and tokens[x].hyphen_after)


# Lower-case words joining the parts of a Spanish or Portuguese place name ("Morro do X", "Aldea de Y",
# "Colonia de la Z", "Caserío el Y"); not "and" or "of", which join two names or a name to its container in
# English.
_ROMANCE_CONNECTORS = frozenset({"de", "del", "da", "do", "dos", "das", "la", "las", "los", "el"})


def _inner_connector(tokens: list[Token], x: int) -> bool:
    """A Romance connector inside a prefixed name: lower case, with a capitalised word right after it or
    after one more connector ("de la"); one at the run's end is trimmed off with the other lower-case words."""
    if tokens[x].text not in _ROMANCE_CONNECTORS:
        return False
    y = x + 2 if x + 2 < len(tokens) and tokens[x + 1].text in _ROMANCE_CONNECTORS else x + 1
    return y < len(tokens) and tokens[y].text[:1].isupper()


def _town_before_division_word(tokens: list[Token], span_at: Optional[dict], x: int) -> bool:
    """Whether token x ends a known name written between "the" and a division word ("the Lima district of X",
    "a Manila district of X"): the town is named before the word that says what X is of it, as "the district of
    X" says it with no town."""
    span = (span_at or {}).get(x)
    return span is not None and not span.unknown and span.j == x + 1 and span.i >= 1 \
        and tokens[span.i - 1].norm in ("the", "a")


def _known_container(span_at: dict, x: int) -> bool:
    """Whether the known name at token x, after a connector, is a place that holds others: a division, a seat
    or a city ("Chaupimayo de Cusco", "Kwari da Zamfara"). English reports write "X de <container>" for X in
    it, and "da" is also Hausa "and"; a hamlet's or a river's name ("Vizcatan del Ene", "X del Mantaro") goes
    on inside the unknown name instead."""
    return bool(_container_readings(span_at, x))


def _container_readings(span_at: Optional[dict], x: int) -> list:
    """The readings of the known name at token x that hold other places (see `_known_container`)."""
    s = span_at.get(x) if span_at else None
    if s is None or s.i != x:
        return []
    return [c for c in s.candidates
            if c.exact and (c.feature_code.startswith("ADM") or c.feature_code in _SEAT_CODES
                            or (c.feature_code.startswith("PPL") and c.population >= _CITY_POPULATION))]


def _container_after(tokens: list[Token], span_at: dict, e: int) -> list:
    """The container readings of a known name after the connector at token e that closes a name ("... da
    Bahia", "... de la Paz"), or none where token e opens no such container."""
    if e >= len(tokens) or e == 0 or not tokens[e - 1].text[:1].isupper() or not _inner_connector(tokens, e):
        return []
    return _container_readings(span_at, e + 1 if tokens[e + 1].text[:1].isupper() else e + 2)


# Settlement words whose place is too small to be held by a city rather than by a division.
_SMALL_SETTLEMENTS = frozenset({"village", "hamlet", "settlement", "community", "locality", "vereda", "aldea",
                                "caserio", "sitio", "corregimiento"})


def _division_for_village(tokens: list[Token], span_at: dict, e: int) -> None:
    """Narrow the known name after the connector at token e that closes an unknown village's name ("the village
    of X da Bahia", "a hamlet of X de Lima") to its readings as a first-level division, where it has any: a
    village the tables lack is written with the state or region that holds it, not with a city of the same
    name (Salvador is also called Bahia, Lima is both a city and its region), so the village falls back to the
    division at its coarser precision rather than to the city at a town's.

    The division must be the one that holds a city reading of the name (same country, same first-level code):
    a first-level namesake abroad is no container of the city ("X de Granada" is not in Nicaragua's department
    for Spain's city). Where the text names a country, the division must lie in it too ("X de Cordoba in
    Spain" keeps Spain's city, not Argentina's province)."""
    if not _container_after(tokens, span_at, e):
        return
    s = span_at[e + 1 if tokens[e + 1].text[:1].isupper() else e + 2]
    cities = {(c.country_code, c.admin1_code) for c in s.candidates if c.feature_code.startswith("PPL")}
    named = _countries_named(span_at)
    # first-level only: a second-level namesake ("Provincia de Cusco", no population held) is too weak a
    # reading to stand alone, and the city's first-level division is what such reports name
    divisions = [c for c in s.candidates if c.exact and c.feature_code == "ADM1"
                 and (c.country_code, c.admin1_code) in cities and (not named or c.country_code in named)]
    if divisions and len(divisions) < len(s.candidates):
        s.candidates = divisions


def _countries_named(span_at: dict) -> frozenset:
    """The countries the recognised names read as a country outright ("Spain", "in Mexico")."""
    return frozenset(c.country_code for x in span_at.values() for c in x.candidates
                     if c.exact and c.feature_code.startswith("PCL"))


def _readings_inside(candidates: list, containers: list) -> list:
    """The readings that lie in one of the containers' first-level divisions (in the country, where a
    container's division is not known)."""
    areas = {(c.country_code, c.admin1_code) for c in containers}
    countries = {c.country_code for c in containers if not c.admin1_code}
    return [c for c in candidates
            if (c.country_code, c.admin1_code) in areas or c.country_code in countries]


_SEAT_CODES = frozenset({"PPLA", "PPLA2", "PPLC"})
_CITY_POPULATION = 100_000


def _not_a_place_word(w: str, cues: Cues, words: UnknownPlaceWords) -> bool:
    """A word that marks the capitalised run it is in as no place's name: a month, an institution, a title,
    a language, a people, a polity or a compass word."""
    return w in cues.months or w in cues.organisation_heads or w in cues.person_titles or w in cues.languages \
        or w in cues.peoples or w in cues.polity_words or w in cues.directions or w in cues.vessel_prefixes \
        or w in words.camp_qualifiers


def plain_unknown_word(w: str, cues: Cues) -> bool:
    """Whether a folded word may stand in the name of a place the gazetteer lacks: no month, institution, title,
    language, people, polity or compass word, no common word, feature noun or given name."""
    return not (_not_a_place_word(w, cues, load_unknown_place_words()) or w in cues.common_words
                or w in cues.feature_heads or w in cues.given_names)


def _place_span(span_at: dict, x: int) -> Optional[NameSpan]:
    """The recognised place (known or unknown) that token x lies in, if any: not a demonym or an actor."""
    s = span_at.get(x)
    if s is None or s.demonym or not s.locational or (not s.candidates and not s.unknown):
        return None
    return s


def _place_beside(text: str, tokens: list[Token], span_at: dict, st: int, e: int) -> Optional[str]:
    """How a recognised place sits right beside the name on tokens st..e, if one does: "list" before or after
    it in a list ("Atmeh and Kafr X", "Kafr X and Sarmada", "Khirbet X, Idlib"), "list unknown" after an
    unknown name in a list ("Birnin X and Dan Y"), "container" where the place after it is said to hold it
    ("Khirbet X in rural Idlib")."""
    for x in range(st - 1, max(-1, st - 3), -1):
        s = _place_span(span_at, x)
        if s is not None:
            if not LIST_GAP.fullmatch(text, s.end, tokens[st].start):
                return None
            return "list unknown" if s.unknown and not s.facility else "list"
    for x in range(e, min(len(tokens), e + 6)):
        s = _place_span(span_at, x)
        if s is not None:
            gap = text[tokens[e - 1].end : s.start]
            if "\n" in gap or len(gap) > 40:
                return None
            return "list" if LIST_GAP.fullmatch(gap) else "container" if CONTAINMENT_GAP.fullmatch(gap) else None
    return None


def _cue_before(text: str, tokens: list[Token], st: int, cues: Cues) -> Optional[str]:
    """The place cue right before token st, if any: a locative word or a place-taking verb ("near", "shelled",
    "fled to"), or "of" after a place noun, a compass word or a distance ("the outskirts of", "north of",
    "5 km east of")."""
    if st == 0 or text[tokens[st - 1].end : tokens[st].start] != " ":
        return None
    before = tokens[st - 1]
    if not before.text.islower():
        return None
    if before.norm in cues.locative_before or before.norm in FIRM_BEFORE_UNKNOWN or before.norm == "on":
        return before.norm
    if before.norm == "of" and st >= 2:
        head = tokens[st - 2].norm
        if head in LOWER_CASE_PLACE_OF and not place_noun_of(tokens, st - 2):
            return None  # "the Community of X": a body's name, not a settlement's
        if head in cues.place_of or head in cues.directions or head in _DISTANCE_WORDS:
            return head
    return None


def names_before_heads(text: str, tokens: list[Token], taken: list[bool], readings: list[str], cues: Cues,
                       words: UnknownPlaceWords, span_at: dict, absorbed: Optional[set[int]] = None
                       ) -> tuple[list[NameSpan], set[int]]:
    """Unknown names written before a lower-case settlement noun: "Umemger village", "Kpaduma hamlet", "the Hay
    al-Nour neighbourhood", "the Zamzam IDP camp", "Kalma camp in Nyala". Returns the spans and the indices of
    the heads they were read before (a "village of Y" after such a name gives Y as the village's container,
    not as the village).

    A name the gazetteer knows whole is left as it is; known names inside a longer unknown one ("Tse-Akaa",
    where "Akaa" is a Finnish town) are part of it. A head that also names a side or a period in English
    ("the Trump camp", "the fourth quarter", "the Bay area") counts only with a camp qualifier before it ("IDP
    camp"), or with a place cue before the name and its containing place after the head ("fled to Kalma camp
    in Nyala", "in the X area of Chiefland")."""
    out: list[NameSpan] = []
    heads: set[int] = set()
    lower = _lower_case_words(tokens)

    for h in [h for h in document_words(tokens).positions(words.heads) if h >= 1]:
        head = tokens[h]
        q = h - 1
        qualified = False
        while head.norm == "camp" and q >= 0 and tokens[q].norm in words.camp_qualifiers and h - q <= 2 \
                and _joined(text, tokens, q, q + 1):
            q -= 1
            qualified = True
        if not head.text.islower() and not qualified:
            continue  # "Greenwich Village", "Camp Lejeune": a capitalised head is the name's own word
        if modifies_noun_after(text, tokens, h):
            continue  # "the Silicon valley firms": a sector's compound, not a named valley
        guarded = head.norm in words.guarded_heads and not qualified
        if q < 0 or q + 1 < h and not _joined(text, tokens, q, q + 1) or q + 1 == h and not _joined(text, tokens, q, h):
            continue
        e = q + 1
        st = e
        while st - 1 >= 0 and e - (st - 1) <= 5 \
                and (_name_word(tokens, readings, st - 1) or st < e and _inner_connector(tokens, st - 1)) \
                and (st == e or _joined(text, tokens, st - 1, st)):
            x = st - 1
            if taken[x]:
                s = span_at.get(x)
                if s is None or s.j > e or s.i < e - 5 or s.unknown:
                    break
                st = s.i
            else:
                st = x
        while st < e and not taken[st] and (
                tokens[st].norm in _LEADING_NON_NAME or not tokens[st].text[:1].isupper()
                or tokens[st].norm in cues.common_words and tokens[st].norm not in words.prefixes
                or sentence_start(text, tokens, st) and tokens[st].norm in lower()):
            st += 1
        if st >= 1 and tokens[st - 1].norm in ("a", "an") and tokens[st - 1].text.islower():
            continue  # "a Bible camp", "a Bedouin village": a kind of settlement, not a named one
        if guarded and not (_CONTAINER_AFTER.match(text, head.end) and _cue_before(
                text, tokens, st - 1 if st >= 1 and tokens[st - 1].norm == "the" else st, cues)):
            continue  # "The Trump camp in Washington said": a side, not a place
        if st >= e or tokens[st].text.isupper() and len(tokens[st].text) > 1 \
                or taken[st] and st in span_at and span_at[st].i < st:
            continue
        if taken[st] and st in span_at and span_at[st].i == st and span_at[st].j == e:
            continue  # a name the gazetteer knows whole: it keeps its own reading
        norms = [tokens[x].norm for x in range(st, e) if readings[x] != ARTICLE_KEY]
        if any(_not_a_place_word(w, cues, words) for w in norms) or (e - st == 1 and norms[0] in cues.given_names):
            continue
        if absorbed is not None:
            absorbed.update(x for x in range(st, e) if taken[x])
        out.append(NameSpan(st, e, tokens[st].start, tokens[e - 1].end, " ".join(readings[st:e]), unknown=True,
                            cue=head.norm, firm=True, phrase_start=tokens[st].start, phrase_end=head.end))
        heads.add(h)
        for x in range(st, e):
            taken[x] = True
            span_at[x] = out[-1]
        _read_as_container(text, tokens, taken, cues, words, span_at, h)
    return out, heads


def _read_as_container(text: str, tokens: list[Token], taken: list[bool], cues: Cues, words: UnknownPlaceWords,
                       span_at: dict, h: int) -> None:
    """"Umemger village of Guma LGA": the known name after the head's "of" is the village's container, read by
    the division title after it (a second-level division here), not as a village by the head before it. A
    capitalised title is part of the division's name ("Guma LGA", "Guma Local Government Area"), as a county's
    is ("Butler County"); a lower-case one is only its cue ("Agatu district")."""
    n = len(tokens)
    y = h + 2
    if y < n and tokens[y].norm == "the":
        y += 1
    if y >= n or h + 1 >= n or tokens[h + 1].norm != "of" or text[tokens[h].end : tokens[h + 1].start] != " ":
        return
    s = span_at.get(y)
    if s is None or s.i != y or s.unknown or s.j >= n or not s.candidates \
            or text[tokens[s.j - 1].end : tokens[s.j].start] != " ":
        return
    title, kind = _division_title(tokens, words, cues, s.j)
    if kind is None:
        return
    s.cue, s.vague = " ".join(tokens[x].norm for x in range(s.j, s.j + title)), kind
    if all(tokens[x].text[:1].isupper() for x in range(s.j, s.j + title)) and all(
            not taken[x] and _joined(text, tokens, x - 1, x) for x in range(s.j, s.j + title)):
        for x in range(s.j, s.j + title):
            taken[x] = True
            span_at[x] = s
        s.j += title
        s.end = tokens[s.j - 1].end
        s.phrase_end = max(s.phrase_end, s.end)


def _lower_case_words(tokens: list[Token]) -> Callable[[], frozenset[str]]:
    """The words the document writes in lower case ("Entire villages ...", "the entire area"), as a function
    that asks for them on its first call: they are read only where a head or division word is found, which most
    documents lack (and built once for all the document's rules, geo/document_words.py)."""
    return lambda: document_words(tokens).lower


@lru_cache(maxsize=4)
def _phrases_by_first_word(phrases: tuple[tuple[tuple[str, ...], str], ...]
                           ) -> dict[str, tuple[tuple[tuple[str, ...], str], ...]]:
    """The division phrases grouped by their first word, each group in the list's order: every token of a
    document is asked whether a title starts there, and only the phrases opening with its word can."""
    grouped: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for phrase, kind in phrases:
        grouped.setdefault(phrase[0], []).append((phrase, kind))
    return {word: tuple(group) for word, group in grouped.items()}


def _division_title(tokens: list[Token], words: UnknownPlaceWords, cues: Cues, x: int) -> tuple[int, Optional[str]]:
    """The division title starting at token x ("LGA", "district", "Local Government Area"): its length in
    tokens and the division kind it gives, or (0, None)."""
    for phrase, kind in words.phrases_by_first_word.get(tokens[x].norm, ()):
        if tuple(t.norm for t in tokens[x : x + len(phrase)]) == phrase:
            return len(phrase), kind
    word = tokens[x].norm
    kind = cues.vague_after.get(word)
    if kind in _DIVISION_KINDS and (tokens[x].text.islower() or word not in cues.lowercase_divisions):
        return 1, kind
    return 0, None


def _held_start(span_at: dict, x: int) -> tuple[int, ...]:
    """Token x when a name the gazetteer holds covers it and goes on past it ("St. Croix"), for
    `saint_inside_feature_name`."""
    s = span_at.get(x)
    return (x,) if s is not None and s.i <= x < s.j - 1 and not s.unknown else ()


def prefixed_names(text: str, tokens: list[Token], taken: list[bool], readings: list[str], cues: Cues,
                   words: UnknownPlaceWords, span_at: dict, absorbed: Optional[set[int]] = None) -> list[NameSpan]:
    """Unknown names opened by a place word of the languages whose village names reach English reporting as
    transliterations ("Khirbet al-Joz", "Kafr X", "Birnin X", "Barangay X"), where the text says it is a place:
    a place cue before it ("near", "shelled", "the outskirts of"), or a place beside it in a list or as its
    container ("Atmeh and Kafr X", "Khirbet X, Idlib"). English writing seldom opens a name with these words;
    those that are also English names or words ("Dan", "Tin") need a place beside them.

    Known names inside it are part of it ("Barangay X Rizal" is not the province of Rizal)."""
    out: list[NameSpan] = []
    n = len(tokens)
    # Only a prefix can open such a name: the loop visits those tokens, and goes on past a name it reads.
    opening = [k for k in document_words(tokens).positions(words.prefixes) if k < n - 1]
    k = 0
    for x in opening:
        if x < k:
            continue
        k = x
        t = tokens[k]
        if t.norm not in words.prefixes or not t.text[:1].isupper() or t.text.isupper() \
                or (taken[k] and not (k in span_at and span_at[k].i == k and span_at[k].j == k + 1
                                      and not span_at[k].unknown)) \
                or k > 0 and tokens[k - 1].text[:1].isupper() and _joined(text, tokens, k - 1, k):
            k += 1
            continue
        e = k + 1
        while e < n and e - k < 6 and (_name_word(tokens, readings, e) or _inner_connector(tokens, e)) \
                and _joined(text, tokens, e - 1, e):
            if taken[e]:
                s = span_at.get(e)
                if s is None or s.i < e or s.j - k > 6 or s.unknown:
                    break
                e = s.j
            else:
                e += 1
        while e > k + 1 and not tokens[e - 1].text[:1].isupper():
            e -= 1
        if e == k + 1 or e < n and tokens[e].text[:1].isupper() and _joined(text, tokens, e - 1, e):
            k += 1
            continue  # the prefix alone, or a run too long to be one village's name
        norms = [tokens[x].norm for x in range(k + 1, e) if readings[x] != ARTICLE_KEY
                 # "Port St Charles": a saint's, no street
                 and not saint_inside_feature_name(text, tokens, x, _held_start(span_at, x))]
        if any(_not_a_place_word(w, cues, words) or w in cues.feature_heads for w in norms) \
                or tokens[k + 1].norm in words.body_function_words:  # "Port Health": a body, no town
            k += 1
            continue
        if k >= 2 and tokens[k - 1].norm == "of" and tokens[k - 2].norm in _VILLAGE_OF:
            k += 1
            continue  # "the village of Kafr X": read with its cue below
        cue = _cue_before(text, tokens, k, cues)
        if cue is None and t.norm not in words.weak_prefixes:
            cue = _cue_before_headed_name(text, tokens, k, e, cues, words)
        beside = _place_beside(text, tokens, span_at, k, e)
        # "the Ras X fuel port": the site's head says it is a place, unless a facility already holds it whole
        site = _site_after(text, tokens, e, words) and not any(taken[x] for x in range(e, min(e + 2, n)))
        if t.norm in words.weak_prefixes:
            # "met Dan X in Gusau", "in New York and Dan X in Boston": as often a person's name. "The outskirts
            # of Dan X" says more, and so does a list of villages the gazetteer lacks ("Birnin X and Dan Y").
            cue = cue if cue is not None and tokens[k - 1].norm == "of" else None
            beside = beside if beside == "list unknown" else None
        elif beside == "list unknown":
            beside = "list"
        if t.norm in words.kunya_prefixes:
            # "near Abu X" is a village, "Abu X said" or "the spokesman Abu X" a person: only its own cue counts.
            beside = None
            if cue is not None and (_person_after(text, tokens, e, cues)
                                    or tokens[k - 1].norm.rstrip(".") in cues.person_titles
                                    or k >= 2 and tokens[k - 2].norm == "according"):  # a source
                cue = None
        if site and beside is None and t.norm not in words.kunya_prefixes:
            beside = "site"
        if cue is None and beside is None:
            k += 1
            continue
        if absorbed is not None:
            absorbed.update(x for x in range(k, e) if taken[x])
        span = NameSpan(k, e, t.start, tokens[e - 1].end, " ".join(readings[k:e]), unknown=True, cue=cue,
                        firm=True, vague="near" if cue in cues.near_before or cue in cues.near_of else None)
        out.append(span)
        for x in range(k, e):
            taken[x] = True
            span_at[x] = span
        k = e
    return out


# Words after a byname that make it a person's ("Abu X said", "Abu X, who"): a place cue before it then
# governs a person ("in Abu X's view", "met with Abu X, who..."). Not "was" or "has": after a place cue the
# verb is the clause's ("fighting near Abu X was fierce").
_PERSON_AFTER = re.compile(
    r"(?:['’]s\b|,?\s+(?:said|says|told|added|explained|asked|wrote|who|whose)\b|,\s+(?:a|an|the)\s+(\w+))")


def _person_after(text: str, tokens: list[Token], e: int, cues: Cues) -> bool:
    """Whether the words after the byname ending before token e make it a person: a verb of saying or of a
    person's lot, a possessive, or an apposition naming a role ("Abu X, a commander")."""
    m = _PERSON_AFTER.match(text, tokens[e - 1].end)
    if m is None:
        return False
    role = m.group(1)
    return role is None or fold_token(role) in cues.person_titles or fold_token(role) in _ROLES


# Roles an apposition gives a person, beside the titles the cues list ("Abu X, a commander of the brigade").
_ROLES = frozenset({"commander", "spokesman", "spokeswoman", "spokesperson", "leader", "resident", "fighter",
                    "member", "official", "activist", "witness", "father", "mother", "son", "daughter",
                    "brother", "sister", "farmer", "doctor", "teacher", "founder"})


def _cue_before_headed_name(text: str, tokens: list[Token], k: int, e: int, cues: Cues,
                            words: UnknownPlaceWords) -> Optional[str]:
    """The place cue before "the" when the prefixed name on tokens k..e closes with a lower-case place head:
    "in the Wadi X area", "near the Jabal Y heights", "shelled the Kafr Z village". The article belongs to the
    head, not to the name, so the cue before it is the name's own; without the head ("in the Wadi X") the
    article may open an institution's or a person's title."""
    if k < 2 or tokens[k - 1].norm != "the" or text[tokens[k - 1].end : tokens[k].start] != " " \
            or e >= len(tokens) or text[tokens[e - 1].end : tokens[e].start] != " ":
        return None
    head = tokens[e]
    if not head.text.islower() or not (head.norm in words.heads or head.norm in cues.feature_heads):
        return None
    return _cue_before(text, tokens, k - 1, cues)


def _site_after(text: str, tokens: list[Token], e: int, words: UnknownPlaceWords) -> bool:
    """Whether a site's head follows the name ending before token e, directly or after one lower-case word of
    what it handles ("the Ras X port", "the Ras X oil terminal", "the Bab X border crossing"): a person's name
    ("Dan X") does not stand before a port, so the weak prefix opens a place's name there."""
    for x in (e, e + 1):
        if x >= len(tokens) or not tokens[x].text.islower() or text[tokens[x - 1].end : tokens[x].start] != " ":
            return False
        if tokens[x].norm in words.site_heads:
            return True
    return False


# Hyphens that join the parts of one name ("Bashali-Mokoto", "Banyali-Kilo"); a dash between names is a
# range or a road's ends ("the Damascus–Aleppo highway"), read elsewhere.
_HYPHENS = frozenset({"-", "‐", "‑"})
# A gap between tokens that is exactly one hyphen (a gap is the text between two tokens).
_HYPHEN_GAP = re.compile("|".join(re.escape(h) for h in sorted(_HYPHENS)))


def whole_hyphenated_names(text: str, tokens: list[Token], kept: list[NameSpan], readings: list[str]) -> list[NameSpan]:
    """The spans with each capitalised hyphenated name the gazetteer lacks read whole: "in the Bashali-Mokoto
    groupement", "in the Banyali-Kilo chiefdom", where a part before or after the hyphen was read alone (a loose
    spelling of a village elsewhere, a namesake town in Finland) with a firm place cue. The whole name is the
    place the report gives, and an unknown one: it keeps that cue and is reported unresolved.

    Left alone: a name known whole ("Port-au-Prince"), names joined that are places of their own ("Dallas-Fort
    Worth", "Israel-Hamas": a strong place in it), a name running on into a person's ("Jean-Pierre Bemba"), and
    any run in which a part is not read as a place where it stands (a demonym, an actor, a title)."""
    n = len(tokens)
    span_at: Optional[dict[int, NameSpan]] = None
    merged: list[NameSpan] = []
    dropped: set[int] = set()
    k_next = 0  # the first token not yet inside a hyphenated run already read
    # Only tokens joined to the previous one by a hyphen can continue a run, so the walk visits those alone
    # (found by one search of the text) rather than every token: most sentences have no hyphenated name.
    for m in _HYPHEN_GAP.finditer(text):
        j = bisect_left(tokens, m.end(), key=lambda t: t.start)
        if j >= n or j == 0 or tokens[j].start != m.end() or tokens[j - 1].end != m.start() or j - 1 < k_next:
            continue
        k = j - 1
        e = k + 1
        while e < n and text[tokens[e - 1].end : tokens[e].start] in _HYPHENS:
            if _capitalised(tokens[e]):
                e += 1
            elif _hyphened_connector(text, tokens, e):
                e += 2  # "Petite-Riviere-de-l'Artibonite", "Saint-Louis-du-Nord": the name runs on past "de"
            else:
                break
        if e - k < 2 or not _capitalised(tokens[k]) or _joined_beyond(text, tokens, k, e):
            k_next = max(k_next, e)
            continue
        k_next = e
        connected = any(not _capitalised(tokens[x]) for x in range(k, e))
        if span_at is None:
            span_at = {x: s for s in kept for x in range(s.i, s.j)}
        inside = {id(span_at[x]): span_at[x] for x in range(k, e) if x in span_at}.values()
        division = _division_after(inside, tokens, e)
        # "Lac-Saint-Jean": a kind of place opening the run makes it one name, unless it was read whole already
        headed = opens_place_compound(tokens[k]) and not any(
            s.i == k and s.j == e and any(c.exact for c in s.candidates) for s in inside)
        if inside and all(_loose_part(s, k, e) or (headed and s.i == k and s.j == k + 1) for s in inside) \
                and (division is not None or headed
                     or any(not s.unknown and not any(c.exact for c in s.candidates) or not _covers(inside, x)
                            for s in inside for x in range(k, e))):
            first = min(inside, key=lambda s: s.i)
            if first.i == k and (first.firm or connected or division is not None or headed):
                # a firm place cue before it ("in the X-Y groupement"), as for any unknown name: without one a
                # hyphenated name is as often a person's ("Navarro-Valls said"), but not one run on through a
                # connector ("X-de-Y") nor one a division word closes ("the X-Y raion")
                vague = division.vague if division is not None else first.vague if first.vague == "near" else None
                merged.append(NameSpan(k, e, tokens[k].start, tokens[e - 1].end, " ".join(readings[k:e]),
                                       unknown=True, cue=first.cue if first.firm or division is None else division.cue,
                                       firm=first.firm or division is not None, vague=vague,
                                       phrase_start=first.phrase_start,
                                       phrase_end=max(first.phrase_end, tokens[e - 1].end,
                                                      division.phrase_end if division is not None else -1)))
                dropped.update(id(s) for s in inside)
    if not merged:
        return kept
    return sorted([s for s in kept if id(s) not in dropped] + merged, key=lambda s: s.start)


def _division_after(inside, tokens: list[Token], e: int) -> Optional[NameSpan]:
    """The run's last part when a division word below a province follows it ("the X-Y raion", "X-Y district"):
    the word names the whole hyphenated name's division, so parts the gazetteer also knows on their own (a
    village "X" here, a namesake "Y" abroad) are only pieces of that name. None where the run was read as
    one name ("Dutsin-Ma LGA"): the gazetteer knows it whole."""
    last = max(inside, key=lambda s: s.j, default=None)
    if last is None or len(inside) < 2 or last.j != e or last.vague != "admin2" or last.phrase_end <= tokens[e - 1].end:
        return None
    return last


def _capitalised(t: Token) -> bool:
    return t.text[:1].isupper() and not t.text.isupper()


# The name a hyphened connector leads to may open with an elided French article ("de-l'Artibonite").
_ELIDED_NAME = re.compile(r"[ldLD]['’]\w")


def _hyphened_connector(text: str, tokens: list[Token], x: int) -> bool:
    """Whether token x is a short lower-case word hyphened between a name's words and a capitalised one
    ("-de-", "-du-", "-sur-", "-en-", "-under-"): French and English names run on through it, so a part read
    before it is only the name's head (a namesake elsewhere), not the place the report gives."""
    t = tokens[x]
    if not (t.text.isalpha() and t.text.islower() and len(t.text) <= 5) or x + 1 >= len(tokens):
        return False
    after = tokens[x + 1]
    return text[t.end : after.start] in _HYPHENS and (_capitalised(after) or _ELIDED_NAME.match(after.text) is not None
                                                       and after.text[2:3].isupper())


def _joined_beyond(text: str, tokens: list[Token], k: int, e: int) -> bool:
    """Whether the run [k, e) is part of a longer capitalised name ("Jean-Pierre Bemba", "New Jean-Mermoz")."""
    joins = {" ", *_HYPHENS}
    before = k > 0 and tokens[k - 1].text[:1].isupper() and text[tokens[k - 1].end : tokens[k].start] in joins
    after = e < len(tokens) and tokens[e].text[:1].isupper() and text[tokens[e - 1].end : tokens[e].start] in joins
    return before or after


def _loose_part(s: NameSpan, k: int, e: int) -> bool:
    """A span that may be a part of an unknown hyphenated name: within it, read as a place, and not a strong
    place by its own name (a country, a province, a large city: "Israel-Hamas", "Mid-Ohio"; a large city
    known by the word only as another spelling, as Kiel is "Kilo", does not count)."""
    return k <= s.i and s.j <= e and s.locational and not s.demonym and not s.facility \
        and not any(c.exact and strong(c) and normalise(c.name) == s.norm for c in s.candidates)


def _covers(spans, x: int) -> bool:
    return any(s.i <= x < s.j for s in spans)


# How many words before an attack verb its armed doer may stand ("suspected JNIM militants on motorbikes
# attacked X"), within one clause.
_DOER_REACH = 5
_CLAUSE_BREAK = re.compile(r"[,.;:!?()\[\]\"“”]")


def armed_target(text: str, tokens: list[Token], i: int, words: Optional[UnknownPlaceWords] = None) -> Optional[str]:
    """The attack verb right before token i when an armed doer heads its subject a few words before it in the
    same clause ("Al-Shabaab fighters attacked Beledweyne", "gang members overran X"): its object is a place, as
    after "stormed" or "shelled". None otherwise: "Trump attacked Clinton" names no place, nor does an attack by
    a man the doer's word only describes ("the army chief attacked X", `_doer_heads`), an attack on someone's
    belongings ("gunmen attacked Smith's convoy") or a seizure of goods the name brands ("troops seized
    Kalashnikov rifles", `_brands_goods`)."""
    words = words or load_unknown_place_words()
    if i < 1 or text[tokens[i - 1].end : tokens[i].start] != " ":
        return None
    verb = tokens[i - 1]
    if verb.norm not in words.attack_verbs or not verb.text.islower():
        return None
    end = tokens[i].end
    while end < len(text) and (text[end].isalnum() or text[end] in "-'’") \
            and text[end : end + 2] not in ("'s", "’s"):
        end += 1
    if text[end : end + 2] in ("'s", "’s") or _brands_goods(text, end, verb.norm):
        return None
    for k in range(i - 2, max(-1, i - 2 - _DOER_REACH), -1):
        if _CLAUSE_BREAK.search(text, tokens[k].end, tokens[k + 1].start):
            return None
        if tokens[k].norm in words.attack_doers and _doer_heads(text, tokens, k, i - 1, words):
            return verb.norm  # "Gunmen attacked", "Rapid Support Forces attacked", "army units seized"
        if tokens[k].norm == "armed" and k + 1 < i - 1 and _armed_noun(text, tokens, k + 1) \
                and _doer_heads(text, tokens, k + 1, i - 1, words):
            return verb.norm  # "armed men attacked", "non-state armed groups attacked": "armed" arms any head
    return None


def _armed_noun(text: str, tokens: list[Token], k: int) -> bool:
    """Whether token k is a plain lower-case noun right after "armed" ("armed men", "armed groups",
    "armed youths"): the adjective makes its head an armed doer whatever the noun."""
    t = tokens[k]
    return t.text.isalpha() and t.text.islower() and text[tokens[k - 1].end : t.start] == " "


# Lower-case words that may follow an armed doer's word within its subject without making it a modifier: a
# trailing phrase ("gunmen on motorbikes", "fighters loyal to X"), a conjunction ("soldiers and police"), an
# auxiliary or relative ("troops who had", "militants have") or a word of time ("insurgents yesterday").
_AFTER_DOER = frozenset({"on", "in", "from", "of", "with", "near", "at", "aboard", "by", "loyal", "and", "or",
                         "who", "which", "that", "have", "has", "had", "also", "then", "again", "later", "once",
                         "reportedly", "allegedly", "yesterday", "today", "tonight", "overnight", "all", "both",
                         "themselves", "first", "last", "this", "these", "twice", "thrice", "now", "still",
                         "early"})
_ARTICLES_AFTER_OF = frozenset({"the", "a", "an", "its", "their", "his", "her", "this", "that", "these", "those"})


def _doer_heads(text: str, tokens: list[Token], k: int, verb: int, words: UnknownPlaceWords) -> bool:
    """Whether the armed doer's word at k heads its noun phrase: not after a word that unarms it ("think tanks",
    "customs units"), and followed, before the verb, by another armed word ("army units"), one of the armed
    body's heads ("rebel group"), an adverb or participle, or a word of `_AFTER_DOER`. A lower-case noun after it
    is what it describes ("the army chief", "Salvation Army volunteers"); "of" and a bare noun make it a figure
    ("an army of volunteers")."""
    if k > 0 and tokens[k].norm in words.unarmed_heads and tokens[k - 1].norm in words.unarmed_modifiers \
            and text[tokens[k - 1].end : tokens[k].start] == " ":
        return False  # "police units", "think tanks"; "police forces" stay armed
    if k + 1 >= verb:
        return True
    nxt = tokens[k + 1]
    if not nxt.text.isalpha() or not nxt.text.islower():
        return True  # "Al-Shabaab fighters Ahmed and Ali attacked": a name in apposition
    word = nxt.norm
    if word == "of":
        after = tokens[k + 2] if k + 2 < verb else None
        return after is None or not after.text.islower() or after.norm in _ARTICLES_AFTER_OF
    return word in words.attack_doers or word in words.armed_heads or word in _AFTER_DOER \
        or (len(word) > 4 and word.endswith(("ly", "ing", "ed")))


# Goods a name may brand, right after it or after one or two words that describe them ("seized Kalashnikov
# rifles", "Kalashnikov assault rifles", "Toyota Hilux trucks", "Tramadol tablets"): a closed class, so the people,
# buildings and time of a place after its name ("attacked Kukawa worshippers", "seized X barracks", "looted X
# hours after") keep it a place. Only after the verbs that take goods (`_GOODS_VERBS`): "attacked" and "overran"
# take none.
_GOODS_HEADS = ARMS_PLURALS | frozenset({
    "guns", "handguns", "weapons", "ammunition", "rounds", "cartridges", "bullets", "shells", "explosives",
    "grenades", "mortars", "launchers", "drones", "pills", "tablets", "capsules", "drugs", "cartons", "packs",
    "cigarettes", "pickups", "trucks", "lorries", "vehicles", "cars", "jeeps", "motorcycles", "motorbikes",
    "phones", "handsets", "laptops", "bags", "sacks", "bottles", "tins", "cans", "crates"})
_GOODS_VERBS = frozenset({"seized", "looted", "torched", "burned", "burnt"})
# Up to three words right after the name, each one space apart: the goods word and what may describe it.
_WORDS_AFTER = re.compile(r"(?: [A-Za-z][A-Za-z-]*){1,3}")
# The lower-case words that describe goods between a brand and its noun ("assault rifles", "machine guns"): only
# these, a capitalised model ("Hilux", "Land Cruiser") or a hyphened word ("semi-automatic") stand between, so a
# goods noun after the means, a preposition or a building ("looted X using trucks", "seized X by trucks", "X
# police station weapons") brands nothing.
_GOODS_MODIFIERS = frozenset({"assault", "machine", "sniper", "hunting", "automatic", "anti-aircraft", "heavy",
                              "light", "military", "smuggled", "counterfeit", "fake", "stolen"})
_WEEKDAYS = frozenset({"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"})


# Capitalised words that name the goods' owner, not their make ("looted Kouzabari Gendarmerie vehicles": the
# village's police post's trucks, the village still a place).
_OWNER_WORDS = frozenset({"Army", "Police", "Gendarmerie", "Customs", "Military", "Militia", "Government", "Council",
                          "Station", "Base", "Barracks", "Camp", "Hospital", "Clinic", "School", "Market", "Mosque",
                          "Church", "Municipality", "Ministry", "UN", "Red", "Cross", "Crescent", "NGO"})


def _describes_goods(word: str) -> bool:
    """Whether a word between a name and a goods noun describes the goods: a known modifier, a capitalised
    model word (not a weekday: "seized X Sunday carrying rifles"; not an owner: "X Gendarmerie vehicles") or a
    hyphened one."""
    if word in _GOODS_MODIFIERS:
        return True
    return (word[:1].isupper() and word not in _WEEKDAYS and word not in _OWNER_WORDS) \
        or ("-" in word and word.islower())


def _brands_goods(text: str, end: int, verb: str) -> bool:
    """Whether the name ending at `end`, the object of `verb`, brands the goods right after it or after one or
    two words that describe them (`_GOODS_HEADS`, `_describes_goods`)."""
    if verb not in _GOODS_VERBS:
        return False
    m = _WORDS_AFTER.match(text, end)
    for word in m.group(0).split() if m else ():
        if word in _GOODS_HEADS:
            return True
        if not _describes_goods(word):
            return False
    return False


# Division words before "of" that leave the name after it a division ("the commune of X", "the department of Y")
# only in lower case: capitalised they head an office ("the Department of Health"). Not "state", "zone" or
# "area": "the state of emergency", "the zone of control".
_DIVISIONS_BEFORE_OF_EXCLUDED = frozenset({"state", "zone", "area", "countryside", "suburbs", "outskirts",
                                           "region", "territory"})


# Lower-case words that may stand before a division's name without being part of it.
_FUNCTION_BEFORE_NAME = frozenset({"the", "in", "of", "near", "at", "from", "to", "into", "across", "and", "or",
                                   "outside", "inside", "throughout", "within", "around", "for", "by", "with",
                                   "on", "neighbouring", "neighboring", "rural", "remote", "restive", "eastern",
                                   "western", "northern", "southern", "central", "attacked", "raided", "shelled",
                                   "stormed", "seized", "struck", "hit", "entered", "captured", "besieged"})


def _place_possessive_before(text: str, tokens: list[Token], span_at: dict, st: int) -> bool:
    """Whether a recognised place and its possessive stand right before token st ("Congo's Masisi territory")."""
    if st < 1:
        return False
    gap = text[tokens[st - 1].end : tokens[st].start]
    prev = st - 1
    if tokens[prev].text in ("'s", "’s", "s") and prev >= 1:
        prev -= 1
        gap = text[tokens[prev].end : tokens[st].start]
    if gap.strip() not in ("'s", "’s"):
        return False
    return _place_span(span_at, prev) is not None


def names_at_divisions(text: str, tokens: list[Token], taken: list[bool], readings: list[str], cues: Cues,
                       words: UnknownPlaceWords, span_at: dict, absorbed: Optional[set[int]] = None,
                       held: Optional[Callable[[str], list]] = None,
                       persons: AbstractSet[str] = frozenset()) -> list[NameSpan]:
    """Capitalised names the gazetteer lacks beside a division word: "Panyijiar County", "in Masisi territory",
    "the department of Tondikiwindi", "the commune of Ngobe". A careful reader takes such a name for the
    division the word says, as "the village of X" is a village; the name is reported unresolved, with its
    division kind, and stands in at the place that holds it.

    After the name, a lower-case word or a capitalised title no one else takes ("County", "LGA") is enough;
    other titles ("X State", "X Zone") need a place cue before the name or a container after the word. The
    name is no organisation's: a capitalised word after the title ("X County Council", "X District Court")
    makes the whole an institution's name."""
    out: list[NameSpan] = []
    n = len(tokens)
    lower = _lower_case_words(tokens)

    def plain_name(st: int, e: int) -> bool:
        norms = [tokens[x].norm for x in range(st, e) if readings[x] != ARTICLE_KEY]
        if not norms or any(taken[x] and not (x == st and compass_opening(x, e)) for x in range(st, e)):
            return False
        if compass_opening(st, e):
            norms = norms[1:]  # "West Gojjam zone", "East Manggarai regency": the compass word opens the name
        if any(tokens[x].text.isupper() and len(tokens[x].text) > 1 for x in range(st, e)):
            return False
        if any(_not_a_place_word(w, cues, words) or w in cues.common_words or w in cues.months
               or w in cues.feature_heads or not w.replace("'", "").replace("’", "").replace("-", "").isalpha()
               for w in norms):
            return False
        if len(norms) == 1 and norms[0] in cues.given_names:
            return False
        return not (sentence_start(text, tokens, st) and tokens[st].norm in lower())

    def compass_opening(x: int, e: int) -> bool:
        """Whether token x is a capitalised compass word opening a longer name, read alone if at all ("West
        Gojjam zone"): before a division title the run is one division's name, as "North Kivu" is."""
        s = span_at.get(x)
        return tokens[x].norm in cues.directions and tokens[x].text[:1].isupper() and e - x >= 2 \
            and (not taken[x] or (s is not None and s.i == x and s.j == x + 1 and not s.unknown))

    def add(st: int, e: int, cue: str, kind: str, phrase_start: int, phrase_end: int,
            title: Optional[Token] = None) -> None:
        # "Masovian voivodeship": a division the gazetteer holds only under its title (geo/titled_divisions.py)
        titled = [] if title is None else unknown_name_titled_readings(
            held, text[tokens[st].start : tokens[e - 1].end], title.text, title.norm)
        span = NameSpan(st, e, tokens[st].start, tokens[e - 1].end, " ".join(readings[st:e]), titled,
                        unknown=not titled, cue=cue, firm=True, vague=kind, phrase_start=phrase_start,
                        phrase_end=phrase_end)
        out.append(span)
        for x in range(st, e):
            taken[x] = True
            span_at[x] = span

    # "X County", "X territory": the name before a division title. Only a word that may open a title
    # (`_division_title`'s two sources) is read further: most words open none, and skip the gap's slice.
    phrase_starts, vague_after = words.phrases_by_first_word, cues.vague_after
    for h in document_words(tokens).positions(phrase_starts, vague_after):  # the words that may open one
        if h < 1:
            continue
        norm = tokens[h].norm
        if taken[h] or (norm not in phrase_starts and vague_after.get(norm) not in _DIVISION_KINDS) \
                or not _joined(text, tokens, h - 1, h):
            continue
        size, kind = _division_title(tokens, words, cues, h)
        if kind is None or tokens[h].norm == "countryside":
            continue
        end = h + size
        if end < n and tokens[end].text[:1].isupper() and text[tokens[end - 1].end : tokens[end].start] in (" ", "-"):
            continue  # "X County Council", "X District Court": an institution named for the division
        if text[tokens[end - 1].end : tokens[end - 1].end + 2] in ("'s", "’s") and end < n \
                and tokens[end].text[:1].isupper():
            continue
        e = h
        st = e
        while st - 1 >= 0 and e - (st - 1) <= 3 \
                and (_name_word(tokens, readings, st - 1) or st < e and _inner_connector(tokens, st - 1)) \
                and (st == e or _joined(text, tokens, st - 1, st)) and (not taken[st - 1] or compass_opening(st - 1, e)):
            st -= 1
            if taken[st]:
                break  # a compass word read alone opens the name: nothing before it belongs
        while st < e and (tokens[st].norm in _LEADING_NON_NAME or not tokens[st].text[:1].isupper()):
            st += 1
        if st >= e or (st >= 1 and tokens[st - 1].text[:1].isupper() and _joined(text, tokens, st - 1, st)):
            continue  # runs on into a known name before it ("Unity Panyijiar County"): not read here
        if st >= 1 and tokens[st - 1].norm in ("a", "an") and tokens[st - 1].text.islower():
            continue  # "a Republican district": a kind, not a named division
        if st >= 2 and tokens[st - 1].text.islower() and tokens[st - 1].norm not in _FUNCTION_BEFORE_NAME \
                and _joined(text, tokens, st - 1, st) and tokens[st - 2].text[:1].isupper() \
                and _joined(text, tokens, st - 2, st - 1):
            continue  # "Mukuru kwa Njenga district": the name goes on through a lower-case word before it
        if st >= 1 and (tokens[st - 1].text[:1].isdigit() or tokens[st - 1].norm in ORDINAL_WORDS):
            continue  # "the 3rd Congressional district", "the first Senate district": a numbered constituency
        if not plain_name(st, e):
            continue
        title_capitalised = tokens[h].text[:1].isupper()
        container = _CONTAINER_AFTER.match(text, tokens[end - 1].end) is not None \
            or re.match(r"\s*,\s*(?=[A-Z])", text[tokens[end - 1].end : tokens[end - 1].end + 4]) is not None
        # a compass word opening the name makes it a division's, not an owner's ("in West Gojjam zone")
        if tokens[h].norm in words.owned_titles and not (container or _place_possessive_before(text, tokens, span_at, st)
                                                         or compass_opening(st, e)):
            continue  # "in Taliban territory", "the Schengen zone": whose land, not which division
        if not (tokens[h].norm in words.self_evident_titles and (title_capitalised or size > 1)):
            cue_word = _cue_before(text, tokens, st - 1 if st >= 2 and tokens[st - 1].norm == "the" else st, cues)
            if cue_word is None and not container:
                continue
        if absorbed is not None:
            absorbed.update(x for x in range(st, e) if taken[x])
        add(st, e, " ".join(tokens[x].norm for x in range(h, end)), kind, tokens[st].start, tokens[end - 1].end,
            tokens[h] if size == 1 else None)
    # "the department of X", "the commune of Ngobe": a lower-case division word, "of" and the name.
    for k in document_words(tokens).positions(_OF):
        t = tokens[k]
        if not 1 <= k < n - 1 or not t.text.islower():
            continue
        head = tokens[k - 1]
        kind = cues.vague_after.get(head.norm) or ("admin2" if head.norm in cues.lowercase_divisions else None)
        if not head.text.islower() or kind not in _DIVISION_KINDS or head.norm in _DIVISIONS_BEFORE_OF_EXCLUDED:
            continue
        town_before = k >= 2 and _town_before_division_word(tokens, span_at, k - 2)
        if k < 2 or not (tokens[k - 2].norm in ("the", "a") or town_before) or text[tokens[k - 1].end : t.start] != " ":
            continue  # "the commune of X"; "Mayor of X" or "half the district of" are read elsewhere
        st = k + 1
        if taken[st] or text[t.end : tokens[st].start] != " " or not tokens[st].text[:1].isupper():
            continue
        if town_before and tokens[st].norm in cues.given_names:
            continue  # "the Austin district of Lloyd Doggett": a town's seat in a legislature, named by its member
        e = st
        # "the district of Vizcatan del Ene": a Spanish or Portuguese connector inside the name
        while e < n and e - st < 4 and not taken[e] \
                and (_name_word(tokens, readings, e) or e > st and _inner_connector(tokens, e)) \
                and (e == st or _joined(text, tokens, e - 1, e)):
            e += 1
        # "Vizcatan del Ene": a known word after the connector ends this name; it names nothing of its own
        inner = span_at.get(e) if e < n and taken[e] and e > st + 1 and _inner_connector(tokens, e - 1) else None
        if inner is None or inner.i != e or inner.unknown or inner.j - st > 4 or absorbed is None \
                or not _joined(text, tokens, e - 1, e) or not plain_name(st, e - 1) or _known_container(span_at, e):
            inner = None
        while inner is None and e > st and not tokens[e - 1].text[:1].isupper():
            e -= 1
        if inner is not None:
            absorbed.update(range(inner.i, inner.j))
            e = inner.j
        elif e < n and taken[e] and _joined(text, tokens, e - 1, e):
            continue  # runs into a known name: the longer name is read elsewhere
        elif e <= st or not plain_name(st, e) or tokens[st].norm in cues.organisation_heads:
            continue
        if town_before and members_name(text, tokens, st, e, persons, words.election_words, words.prefixes):
            continue  # "voters in the Queens district of Ocasio-Cortez": a member's seat (geo/member_districts.py)
        add(st, e, head.norm, "admin2" if kind == "admin2" else kind, tokens[k - 1].start, tokens[e - 1].end)
    return out
