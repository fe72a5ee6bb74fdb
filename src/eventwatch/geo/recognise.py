"""Find place names in text: gazetteer automaton over normalised tokens, filtered and labelled by context.

Recognition is driven by the gazetteer, not by a statistical tagger, because small English NER models miss
or mislabel many places in conflict reporting. The automaton runs over a "skeleton text" built from the
capitalised tokens (and name connectors such as "al", "of"), so every hit is token-aligned and maps back to
exact character offsets. Context then decides what a hit is: a place (with its cue: "in", "village of",
"rural", "countryside"), an actor (metonymy, demonym), part of an organisation's name, a person, or a common
word that happens to be a town somewhere.
"""
from __future__ import annotations

import re
from itertools import product
from typing import Any, Optional

from eventwatch.geo.adjectival_features import mark_adjectival_uses
from eventwatch.geo.arabic_translit import MAX_WORDS as MAX_BRIDGED_WORDS
from eventwatch.geo.arabic_translit import MIN_CONSONANTS as BRIDGE_MIN
from eventwatch.geo.arabic_translit import MIN_CONSONANTS_LOOSE as BRIDGE_MIN_LOOSE
from eventwatch.geo.arabic_translit import bridge
from eventwatch.geo.arabic_words import (
    ARABIC_OBJECT_CUE,
    CONJUNCTIONS,
    conjoined,
    is_attributive,
    is_common_word,
    load_arabic_report_words,
    object_of_conflict_verb,
)
from eventwatch.geo.associative import acts, load_associative, mark_associative, polity, share_agency
from eventwatch.geo.directions import NEAR_KM, join_capitalised_directions, offset_km
from eventwatch.geo.division_levels import (LEVEL_CODES, WordLevels, division_level, fitting_divisions,
                                           load_division_levels)
from eventwatch.geo.facilities import facilities, load_facilities
from eventwatch.geo.false_places import (
    legislature_use,
    load_false_place_words,
    masthead,
    named_day,
    person_possession,
    vehicle_use,
    vehicles,
)
from eventwatch.geo.features import STREET_HEADS, features, streets
from eventwatch.geo.gazetteer import Candidate, Gazetteer
from eventwatch.geo.lexicon import Cues, actor_names, load_cues
from eventwatch.geo.literal_modifiers import load_literal_modifiers, mark_literal_modifiers
from eventwatch.geo.natural_features import adjectival_names, load_kind_nouns, mark_kind_nouns
from eventwatch.geo.name_lists import (
    CONTAINMENT_GAP,
    after_comma,
    confirm_containment,
    link_containers,
    names_among_non_places,
    spread_place_cues,
    spread_plural_cues,
)
from eventwatch.geo.name_span import JOIN_GAPS, NATURAL_FEATURES, SENTENCE_BREAK, STRONG_FEATURES, NameSpan
from eventwatch.geo.name_span import strong as _strong
from eventwatch.geo.landmark_spans import mark_landmarks
from eventwatch.geo.seat_spans import mark_seats
from eventwatch.geo.normalise import (
    ARTICLE_KEY,
    ARTICLES,
    SUN_ARTICLES,
    Token,
    arabic_candidates,
    is_arabic,
    normalise,
    skeleton_token,
    tokenize,
)
from eventwatch.geo.named_things import names_of_things
from eventwatch.geo.people_names import publication_title, with_namesake_towns
from eventwatch.geo.persons import person_names, title_of_a_place
from eventwatch.geo.roads import roads
from eventwatch.geo.short_forms import inner_period, load_short_forms, stands_alone, written_as
from eventwatch.geo.store import NAME_ABBREVIATION, NAME_DEMONYM, NAME_DERIVED, NAME_MAIN
from eventwatch.geo.town_phrases import (division_phrase_after, names_a_settlement, part_after_possessive,
                                        part_named_before_of, surroundings_after)
from eventwatch.geo.unknown_names import (armed_target, unknown_after_cues, unknown_after_locative,
                                          whole_hyphenated_names)
from eventwatch.geo.whole_names import (long_form_states, mark_actor_names, mark_remits, mark_teams, not_name_words,
                                       whole_names)

_COMMA_GAP = re.compile(r"\s*,\s*")
_PARTY_STATE = re.compile(r"\b[DRI]-$")  # "Sen. Jane Doe, D-S.C."
# A legislator's party letter and home after the name ("Rep. Jane Doe, D-Oakdale", "(R-Oakdale)", "DFL-Oakdale").
_PARTY_HOME = re.compile(r"(?:,\s*|\()(?:[DRI]|DFL)-$")
# A road's number before a junction named for a town ("the A429 Cirencester junction", "the I-95 Oakdale exit").
_ROAD_NUMBER = re.compile(r"[A-Z]{1,2}\d{1,4}[A-Z]?|\d{1,4}")
# Capitalised words that never continue a place's name: after one the name has ended, as where a headline or
# a caption runs into the next sentence without a stop ("...in Oakdale, Florida The fire began...").
_SENTENCE_OPENERS = frozenset({"the", "a", "an", "he", "she", "it", "they", "we", "i", "you", "his", "her",
                               "their", "our", "its", "this", "these", "those", "there", "is", "are", "was",
                               "were", "will", "has", "have", "had"})
# An age between a person's name and where they live ("Jo Roe, 30, of X", "Al Poe, 80, both of X").
_AGE_BEFORE_OF = re.compile(r"[A-Za-z.],\s*\d{1,3},\s+(?:both\s+|all\s+)?of\s$")
# Suffixes after a surname ("Jo Roe Sr. of X").
_NAME_SUFFIXES = frozenset({"sr", "jr", "ii", "iii", "iv"})
# A US civil township's head word ("Washington Township", "Jackson Twp."): the head is part of the name.
_TOWNSHIP_WORDS = frozenset({"township", "twp"})
_BRACKETED = re.compile(r" ?\([A-Z][A-Za-z]{0,4}\.(?:[A-Z][a-z]{0,3}\.)?\)")  # "Walker County (Ga.)"
_ABBREVIATION_JOIN = re.compile(r"[A-Za-z]\.\s+[A-Z]")  # "St. Louis", "Ala. An": words joined across a period
# What follows a dateline's place when no comma does: a dash, an agency in brackets, or the story's first
# word in ordinary case ("LONDON The Latest...").
_DATELINE_AFTER = re.compile(r"\s*[-–—]\s|\s*\([A-Z][^)]{1,40}\)|\s+[A-Z][a-z]")
# Words that open a sentence with a capital before a place name ("In Syria, ...", "Near Mosul, ...").
_OPENING_WORDS = frozenset({"in", "at", "on", "near", "from", "for", "by", "to", "into", "across", "around",
                            "inside", "outside", "throughout", "and", "but", "while", "after", "before",
                            "during", "since", "as", "when", "south", "north", "east", "west"})
# Sun-letter article forms that are also everyday English or Romance words ("at Tampa", "as Sam", "en
# Provence"): lower case, they join a name only with a hyphen ("at-Tanf").
_ENGLISH_ARTICLE_FORMS = frozenset({"as", "at", "an", "us", "en", "es", "et", "un", "er", "ur"})
# Words after a language's name that leave it a language ("in Kurdish and Arabic", "in English translation").
_AFTER_LANGUAGE = frozenset({"and", "or", "translation", "translations", "language", "text", "texts", "version",
                             "versions", "original", "only", "too", "as", "by", "from", "with", "in", "on", "at",
                             "to", "for"})
_ERAS = frozenset({"BC", "AD", "BCE", "CE"})
# What ends a route number ("S.C. 5 near...", "W.Va. 61.", "S.C. 5 Bypass"), not a figure ("5,000", "5.2").
_ROUTE_NUMBER_END = re.compile(r"(?![.,]\d)(?![\w-])")
# A dateline's dash when the place opens a sentence rather than a line ("... headline. CLINTON — A fire").
_DATELINE_DASH = re.compile(r"\s*(?:--|[-–—])\s+")
# Kinds of place whose "X of" opens a place's mention ("the town of Tel Tamer", "the province of Latakia").
# Kinds of place that are a named part of a town ("the Karrada district of Baghdad", "the Hodan area of X").
_PART_OF_TOWN = frozenset({"district", "neighbourhood", "neighborhood", "quarter", "area", "suburb", "sector"})
_KIND_OF = frozenset({"commune", "cercle", "township", "woreda", "raion", "hromada", "oblast", "locality",
                      "territory", "neighbourhood", "neighborhood", "quarter", "area", "suburb",
                      "city", "town", "village", "hamlet", "province", "governorate", "district", "subdistrict",
                      "nahiya", "region", "county", "municipality", "state"})
# Words before such a kind that still say what the place is ("the port city of Tartus", "the old city of X").
_KIND_MODIFIERS = frozenset({"port", "coastal", "border", "frontier", "capital", "old", "ancient", "historic",
                             "besieged", "strategic", "desert", "mountain", "island", "key", "northernmost",
                             "southernmost", "easternmost", "westernmost"})
# After one of these a name is the preposition's object, never the subject of the verb that follows it.
_PREPOSITIONS = frozenset({"against", "of", "in", "on", "at", "from", "with", "by", "for", "to", "into", "over",
                           "near", "across", "through", "toward", "towards", "around", "inside", "outside",
                           "between", "about", "under", "within", "beyond", "via"})



# Verbs of saying or deed whose object is still the place where their subject is not a party: "the offensive
# threatened Aleppo", "fighting threatens Khartoum's suburbs" (a party threatens with something: "Ankara
# threatened Damascus with sanctions" is read by its stance cues in geo/associative.py).
_THREAT_VERBS = frozenset({"threaten", "threatens", "threatened", "threatening"})


class Recogniser:
    """Stateless apart from the gazetteer and word lists it reads."""

    def __init__(self, gazetteer: Gazetteer, cues: Optional[Cues] = None, facilities: bool = True,
                 literal_modifiers: bool = True):
        # `facilities`: report named buildings and sites as places (geo/facilities.py): a strike on a hospital,
        # a camp or a prison is placed there. GeoWebNews annotates them (recognition F1 .715 -> .722); LGL,
        # TR-News and GeoVirus mostly do not (-0.0005, -0.0008, -0.0002). False gives the older reading.
        self.facilities = facilities
        self.gaz = gazetteer
        self.cues = cues or load_cues()
        self.actors = actor_names()
        self.associative = load_associative()
        # Country adjectives before a place noun ("Syrian territory", "British farms") name the country
        # (geo/literal_modifiers.py); every other demonym stays an actor's origin.
        self.literal_modifiers = load_literal_modifiers() if literal_modifiers else None
        # Feature names that double as adjectives ("Mediterranean diet"): places only before a place noun.
        self.adjectival = adjectival_names()
        # Cars, holidays, parliaments and people named like places (geo/false_places.py).
        self.false_places = load_false_place_words()
        # Bare short forms news writes on their own ("in DC", "in KL"), from aliases.yaml (geo/short_forms.py).
        self.short_forms = load_short_forms()

    # -- the automaton pass ------------------------------------------------------------------------------
    def _readings(self, tokens: list[Token]) -> tuple[list[str], list[bool]]:
        """Folded form of each token as names are indexed, and whether it may sit inside a name."""
        cues = self.cues
        n = len(tokens)
        norms = [t.norm for t in tokens]
        cap = [t.text[:1].isupper() for t in tokens]
        out = list(norms)
        include = [False] * n
        for k, t in enumerate(tokens):
            nt = norms[k]
            if not nt.isascii() and is_arabic(nt):  # isascii first: most words, without a call
                readings = arabic_candidates(nt)
                for reading in readings:
                    if self.gaz.starts_a_name(reading):
                        out[k] = reading
                        break
                else:
                    out[k] = readings[0]
                if any(r in cues.arabic_place_words or r in cues.arabic_locative for r in readings):
                    out[k] = next(r for r in readings if r in cues.arabic_place_words or r in cues.arabic_locative)
                include[k] = True
                continue
            nxt_cap = k + 1 < n and cap[k + 1]
            if nt in ARTICLES and (t.hyphen_after or nxt_cap):
                out[k] = ARTICLE_KEY
            elif nt in SUN_ARTICLES and k + 1 < n and (
                t.hyphen_after or (nxt_cap and norms[k + 1].startswith(SUN_ARTICLES[nt][0]) and (
                    cap[k] or (k > 0 and cap[k - 1] and nt not in _ENGLISH_ARTICLE_FORMS
                               and t.start - tokens[k - 1].end == 1 and tokens[k + 1].start - t.end == 1)
                ))
            ):
                out[k] = ARTICLE_KEY
            include[k] = (cap[k] and not nt.isdigit()) or out[k] == ARTICLE_KEY or nt in cues.name_connectors
        return out, include

    def _hits(self, text: str, tokens: list[Token], readings: list[str], include: list[bool]) -> dict[tuple[int, int], list[int]]:
        pieces: list[str] = []
        start_at: dict[int, int] = {}
        end_at: dict[int, int] = {}
        pos = 0
        prev = -1
        for k, t in enumerate(tokens):
            if not include[k]:
                continue
            if prev >= 0:
                gap = text[tokens[prev].end : t.start]
                joined = prev == k - 1 and (
                    gap.strip() in JOIN_GAPS and "\n" not in gap
                    or (gap.strip() == "." and len(tokens[prev].text) <= 3 and tokens[prev].text[:1].isupper())
                    or _initials_and(gap, tokens[prev], t)
                )
                pieces.append(" " if joined else "|")
                pos += 1
            sk = skeleton_token(readings[k])
            start_at[pos] = k
            pieces.append(sk)
            pos += len(sk)
            end_at[pos] = k
            prev = k
        skel = "".join(pieces)
        spans: dict[tuple[int, int], list[int]] = {}
        self._scan(self.gaz.automaton, 1, skel, start_at, end_at, spans)
        if self.gaz.user_automaton is not None:
            # A user's names may hold lower-case words ("Atma camp"): scan every word for them.
            full = self._hits_text(text, tokens, readings, [not t.norm.isdigit() for t in tokens])
            self._scan(self.gaz.user_automaton, -1, *full, spans)
        return spans

    def _hits_text(self, text, tokens, readings, include):
        pieces: list[str] = []
        start_at: dict[int, int] = {}
        end_at: dict[int, int] = {}
        pos = 0
        prev = -1
        for k, t in enumerate(tokens):
            if not include[k]:
                continue
            if prev >= 0:
                gap = text[tokens[prev].end : t.start]
                joined = prev == k - 1 and gap.strip() in JOIN_GAPS and "\n" not in gap
                pieces.append(" " if joined else "|")
                pos += 1
            sk = skeleton_token(readings[k])
            start_at[pos] = k
            pieces.append(sk)
            pos += len(sk)
            end_at[pos] = k
            prev = k
        return "".join(pieces), start_at, end_at

    def _complete_dangling_articles(self, text: str, tokens: list[Token], readings: list[str],
                                    hits: dict[tuple[int, int], list[int]]) -> None:
        """A hit ending in an Arabic article before a capitalised word ("Dayr Az | Zayr") cuts the name in
        two: the article belongs to the word after it. The cut hit is dropped, and the whole name is looked up
        again with its diphthongs read as the long vowels other spellings write ("Zayr"/"Zawr"/"Zor"), since
        such a name is most often a loose transliteration of a known one."""
        n = len(tokens)

        def joined(k: int) -> bool:  # tokens k and k+1 are words of one name
            gap = text[tokens[k].end : tokens[k + 1].start]
            return "\n" not in gap and gap.strip() in JOIN_GAPS

        for i, j in list(hits):
            if j >= n or not joined(j - 1):
                continue
            if j - i >= 2 and readings[j - 1] == ARTICLE_KEY and tokens[j].text[:1].isupper():
                del hits[(i, j)]
                if (i, j + 1) not in hits:
                    key = _semivowel_key(self.gaz, readings[i : j + 1])
                    if key is not None:
                        hits[(i, j + 1)] = [key]
            elif j + 1 < n and readings[j] == ARTICLE_KEY and joined(j) and tokens[j + 1].text[:1].isupper() \
                    and readings[j - 1] != ARTICLE_KEY and (i, j + 2) not in hits:
                # "Tal al-Abyad", "Urem al-Kubra": the name runs on past the hit, through the article. Its
                # gazetteer spelling may write the article or leave it out ("Tall Abyad").
                key = _semivowel_key(self.gaz, readings[i : j + 2]) or _semivowel_key(
                    self.gaz, readings[i:j] + readings[j + 1 : j + 2])
                if key is not None:
                    hits[(i, j + 2)] = [key]

    @staticmethod
    def _scan(automaton, sign: int, skel: str, start_at, end_at, spans) -> None:
        if automaton is None or not skel:
            return
        for end, value in automaton.iter(skel):
            length = value & 0xFF
            s = end - length + 1
            if s in start_at and end + 1 in end_at:
                spans.setdefault((start_at[s], end_at[end + 1] + 1), []).append(sign * (value >> 8))

    # -- main entry ------------------------------------------------------------------------------------
    def recognise(self, text: str, spacy_doc: Any = None, tokens: Optional[list[Token]] = None) -> list[NameSpan]:
        tokens = tokens if tokens is not None else tokenize(text)
        if not tokens:
            return []
        readings, include = self._readings(tokens)
        hits = self._hits(text, tokens, readings, include)
        self._complete_dangling_articles(text, tokens, readings, hits)
        cap = [t.text[:1].isupper() or (not t.norm.isascii() and is_arabic(t.norm)) for t in tokens]
        order = sorted(hits, key=lambda ij: (-(tokens[ij[1] - 1].end - tokens[ij[0]].start), ij[0]))
        order = [(i, j) for i, j in order if self._may_name(text, tokens, readings, cap, hits[(i, j)], i, j)]
        # One read of the store for the whole text: the rows each (name key, spelling) that may name a place
        # can pick (a third of the automaton's hits never can, and each costs the store an index seek).
        self.gaz.prefetch({(k, " ".join(readings[i:j])) for i, j in order for k in hits[(i, j)] if k > 0})

        found: list[NameSpan] = []
        standing: set[int] = set()  # last tokens of abbreviations the words around them make places
        taken = [False] * len(tokens)
        for i, j in order:
            if any(taken[i:j]):
                continue
            norm = " ".join(readings[i:j])
            cands = self.gaz.candidates(hits[(i, j)], norm)
            surface = text[tokens[i].start : tokens[j - 1].end]
            # Abbreviations ("La.", "IN") count only as written, after "Town, " (checked below).
            comma_before = i > 0 and (
                _COMMA_GAP.fullmatch(text, tokens[i - 1].end, tokens[i].start) is not None
                or _BRACKETED.match(text, tokens[i - 1].end) is not None  # "Walker County (Ga.) Sheriff"
            )
            # A dotted abbreviation ("S.C.", "Ky.") also stands after a firm place cue ("in S.C."), a party
            # letter ("D-S.C.") or as a modifier ("a Ky. man"); a bare code ("IN", "ME", "OR") only after "Town, ",
            # but for the few short forms written on their own ("in DC", geo/short_forms.py).
            alone = {c.country_code for c in cands if c.kind == NAME_ABBREVIATION
                     and stands_alone(self.short_forms, surface, c)}
            cands = [c for c in cands if c.kind != NAME_ABBREVIATION
                     or self._abbreviation_stands(text, tokens, c, i, j, comma_before, alone, standing)]
            if j - i > 1 and _ABBREVIATION_JOIN.search(text, tokens[i].start, tokens[j - 1].start + 1):
                # "Monroeville, Ala. An alert...": the period may end the sentence, so a name read across it
                # must be one the gazetteer writes so ("St. Louis"), not a loose spelling ("Ala An" ~ "En-an").
                cands = [c for c in cands if c.exact]
            if text[tokens[j - 1].end : tokens[j - 1].end + 1] == "." and any(
                c.kind == NAME_ABBREVIATION for c in cands
            ):
                # "Slidell, La.": after "Town, " the dotted word is the state, not a loose spelling of a town.
                cands = [c for c in cands if c.kind == NAME_ABBREVIATION or c.exact]
            # A name written in capitals ("BA", "SOL") is an acronym unless the gazetteer writes it so ("UK").
            if surface.isupper() and len(surface.replace(".", "")) <= 5:
                dateline = len(surface) > 3 and text[tokens[j - 1].end : tokens[j - 1].end + 1] == ","
                cands = [c for c in cands if c.matched.isupper() or c.source == "user" or dateline
                         or c.kind == NAME_ABBREVIATION  # "Louisville, KY": passed the check above
                         or (c.feature_code.startswith(("PCL", "ADM1")) and len(surface) > 3)]
            if j - i > 1 and tokens[i].norm in _OPENING_WORDS and not any(c.exact for c in cands):
                # "In Syria, ...": a sentence-opening preposition read into a loose spelling ("In Syria" ~
                # "Ano Syra") would hide the exact name after it; the shorter hit is read instead.
                continue
            if not cands:
                continue
            end = tokens[j - 1].end
            if text[end : end + 1] == "." and tokens[j - 1].text[:1].isupper() and (
                len(tokens[j - 1].text) == 1 or any(c.matched.endswith(".") for c in cands)
            ):
                end += 1  # "U.S.", "W.Va.": the abbreviation keeps its last period
            span = NameSpan(i, j, tokens[i].start, end, norm, cands)
            demonyms = [c for c in cands if c.kind == NAME_DEMONYM and c.exact]
            if demonyms and publication_title(text, tokens[i].start, end):
                continue  # "a cartoon in The New Yorker": a magazine's title, not New Yorkers
            if demonyms:
                demonyms = with_namesake_towns(self.gaz, demonyms)
                span.candidates, span.demonym, span.locational, span.cue = demonyms, True, False, "demonym"
            else:
                span.candidates = [c for c in cands if c.kind != NAME_DEMONYM]
                if not span.candidates:
                    continue
                if span.candidates[0].kind == NAME_ABBREVIATION and all(
                        c.kind == NAME_ABBREVIATION for c in span.candidates):
                    span.abbreviation = True
            found.append(span)
            for k in range(i, j):
                taken[k] = True
        found.sort(key=lambda s: s.start)
        lines = _title_case_tokens(text, tokens, self.cues.months)
        # Countries and states: "Miss Ohio" is a pageant's title, "Mr. Lincoln" a man (geo/persons.py).
        self._polity_tokens = frozenset(k for s in found if any(
            c.exact and c.feature_code.startswith(("PCL", "ADM1", "CONT")) for c in s.candidates) for k in range(s.i, s.j))
        self._persons = person_names(
            text, tokens, self.cues, taken, self._pair_stops(),
            frozenset(k for s in found if any(c.exact and _strong(c) for c in s.candidates) for k in range(s.i, s.j)),
            frozenset(s.i for s in found), self._polity_tokens)
        # A natural feature's neighbour is more often part of a longer name ("Thames Valley", "Danube Delta",
        # "Hawaii Pacific Health") than a place beside it: only other strong places count as neighbours here.
        self._strong_tokens = frozenset(k for s in found if any(
            c.exact and _strong(c) and not c.feature_code.startswith(NATURAL_FEATURES) for c in s.candidates)
            for k in range(s.i, s.j))
        self._lower = frozenset([t[3] for t in tokens if t[2].islower() and len(t[2]) > 2])  # (start, end, text, norm)
        self._paired = hyphen_pairs(text, tokens, found, self.cues, self._persons)
        spread_plural_cues(text, found, self.cues.plural_divisions)
        kept, in_headlines = [], []
        for s in found:
            if self._read_context(text, tokens, s, lines, taken):
                kept.append(s)
            elif tokens[s.i].start in lines:
                in_headlines.append(s)
        if in_headlines:
            kept = self._headline_names(text, tokens, kept, in_headlines, lines)
        if any(not t.norm.isascii() and is_arabic(t.norm) for t in tokens):
            # geo/arabic_translit.py: towns the gazetteer names only in Latin letters, read in context alike
            bridged = [s for s in self._arabic_bridged(text, tokens, readings, taken, kept)
                       if self._read_context(text, tokens, s, lines, taken)]
            if bridged:
                kept = sorted(kept + bridged, key=lambda s: s.start)
        kept = self._without_false_places(text, tokens, kept)  # geo/false_places.py: cars, days, parliaments, people
        mark_teams(text, tokens, kept, self._persons, self.cues)  # "Oakdale State's Kaylen Rostova"
        mark_associative(text, tokens, kept, self.cues, self.associative, _strong)
        kept = join_capitalised_directions(text, tokens, kept, self.cues.directions)
        share_agency(text, kept)
        spread_place_cues(text, kept)
        self._arabic_lists(text, tokens, readings, kept)
        taken = [False] * len(tokens)
        for s in kept:
            for k in range(s.i, s.j):
                taken[k] = True
        kept = streets(text, tokens, kept, readings, self.cues)
        kept = features(text, tokens, kept, [s for s in kept if not s.unknown], readings, self.cues)
        kept = [s for s in kept if not _vessel(tokens, s, self.cues)]  # "HMS Ocean" is a ship, not a sea
        kept = whole_names(text, tokens, kept, readings, self.cues, _strong, lines)
        if self.facilities:
            kept = facilities(text, tokens, kept, readings, self.cues, lines)
        # "Operation Desert Storm", "Operation Steadfast Harbor": a feature's or a facility's head word closing a
        # military undertaking's name makes no place of it.
        kept = [s for s in kept if not (s.j - s.i >= 2 and tokens[s.i].norm in UNDERTAKING_WORDS
                                        and tokens[s.i].text[:1].isupper())]
        kept = roads(text, tokens, kept, readings)  # geo/roads.py: "the M4 highway", "Route 66", "the X–Y road"
        # geo/landmark_spans.py: "the Kremlin said", "outside the White House", "in Sednaya prison"
        kept = mark_landmarks(text, tokens, kept, self.gaz, self.cues, self.associative, self.facilities)
        # geo/seat_spans.py: "talks at the OAS", "the Chilean Embassy in Lima", "NATO warned"
        kept = mark_seats(text, tokens, kept, self.gaz, self.cues)
        taken = [False] * len(tokens)
        for s in kept:
            for k in range(s.i, s.j):
                taken[k] = True
        # Names read inside an unknown name after a cue ("village of Kafr Nabudah Jadida") are part of it.
        span_at = {k: s for s in kept for k in range(s.i, s.j)}
        absorbed: set[int] = set()
        kept += unknown_after_cues(text, tokens, taken, readings, self.cues, span_at, absorbed)
        kept += self._unknown_townships(text, tokens, taken, readings)
        kept += unknown_after_locative(text, tokens, taken, readings, self.cues, self._persons, self._lower)
        if absorbed:
            kept = [s for s in kept if s.unknown or not (s.i in absorbed)]
        kept = whole_hyphenated_names(text, tokens, kept, readings)  # "the Bashali-Mokoto groupement"
        kept = _run_unknown_names_on(text, tokens, readings, kept)
        kept.sort(key=lambda s: s.start)
        for s in kept:
            if _PARTY_STATE.search(text, max(0, s.start - 3), s.start) is not None:
                s.locational, s.cue = False, "affiliation"  # a politician's state, not where anything happened
        kept = [s for s in kept if not s.abbreviation or after_comma(text, s, kept) or s.firm
                or s.cue == "affiliation" or s.j - 1 in standing
                or ("." in text[s.start : s.end]
                    and self._abbreviation_opens(text, tokens, text[s.start : s.end], s.i, s.j))]
        if spacy_doc is not None:
            kept = _apply_entities(kept, spacy_doc, tokens, text, readings)
        if self.literal_modifiers is not None:
            mark_literal_modifiers(text, tokens, kept, self.literal_modifiers, self.associative.modifier_heads)
            mark_adjectival_uses(text, tokens, kept, self.adjectival, self.literal_modifiers, self.cues.feature_heads)
        among = names_among_non_places(text, kept, self.cues.given_names, _strong)
        if among:
            kept = [s for k, s in enumerate(kept) if k not in among]
        # geo/named_things.py: airlines, clubs, bands, breeds, house models, photo credits
        things, inside, teams = names_of_things(text, tokens, kept, self.false_places, _strong, self.cues.given_names,
                                               self.cues.common_words)
        for k in inside:
            kept[k].locational, kept[k].cue = False, "embedded"
        for k in teams:
            kept[k].locational, kept[k].cue = False, "metonymy"
        if things:
            kept = [s for k, s in enumerate(kept) if k not in things]
        # geo/whole_names.py: "the Islamic State of Iraq and the Levant", "the Hashemite Kingdom of Jordan"
        mark_actor_names(text, tokens, kept, self.actors, self.cues.name_connectors | {"in", "for"})
        mark_remits(text, tokens, kept)  # "the Minister for the Middle East", "the Special Envoy for Syria"
        kept = long_form_states(text, tokens, kept, not_name_words(self.cues) - self.cues.polity_words, self.actors)
        kept = mark_kind_nouns(text, tokens, kept, load_kind_nouns(), self.gaz)  # "the Hamrin mountains"
        mark_border_areas(text, tokens, kept)
        _settle_townships(self.gaz, text, tokens, kept)
        link_containers(text, kept)
        confirm_containment(text, kept, self._persons)
        for s in kept:
            if s.phrase_start < 0:
                s.phrase_start = s.start
            if s.phrase_end < 0:
                s.phrase_end = s.end
        return kept

    def _may_name(self, text: str, tokens: list[Token], readings: list[str], cap: list[bool], ids: list[int],
                  i: int, j: int) -> bool:
        """Whether the hit on tokens i..j may be a name at all, whatever else the text holds: capitalised
        (or a user's name), not only articles and connectors, not a stray one- or two-letter word."""
        user_only = all(k < 0 for k in ids)
        if not cap[j - 1] and not user_only:
            return False
        if not cap[i] and not (readings[i] == ARTICLE_KEY and j - i >= 2) and not (user_only and cap[i]):
            return False
        # A capitalised connector with its period ("La.", "De.") is a state's abbreviation, not an article:
        # the abbreviation check in `recognise` decides whether it stands where one may.
        dotted = j - i == 1 and cap[i] and text[tokens[i].end : tokens[i].end + 1] == "."
        if not dotted and all(r == ARTICLE_KEY or (r in self.cues.name_connectors and not tokens[k].text.isupper())
                              for k, r in zip(range(i, j), readings[i:j])):
            return False
        if j - i == 1 and len(tokens[i].text) == 2 and is_arabic(tokens[i].norm):
            # "مدينة إب" (the city of Ibb): a two-letter Arabic word is a name only after a settlement word;
            # elsewhere it is a particle ("في كل", "ما") that some place's alternate name happens to spell.
            return i > 0 and any(r in self.cues.arabic_place_words for r in arabic_candidates(tokens[i - 1].norm))
        if j - i == 1 and (len(tokens[i].text) < 2 or (len(tokens[i].text) == 2 and not tokens[i].text.isupper()
                                                        and text[tokens[i].end : tokens[i].end + 1] != ".")):
            return False  # "A", "Al", "Ho": too short to be a name unless a code ("US", "UK") or dotted ("Ky.")
        return True

    # -- context ---------------------------------------------------------------------------------------
    def _in_division_countries(self, s: NameSpan, word: str) -> None:
        """Keep the readings in the countries that use the division word ("Guma LGA": Nigeria), if any."""
        countries = self.cues.division_countries.get(word)
        if countries:
            inside = [c for c in s.candidates if c.country_code in countries]
            if inside:
                s.candidates = inside

    def _names_no_place(self, text: str, tokens: list[Token], s: NameSpan, a1: Optional[Token]) -> bool:
        """What a place's name stands for in conflict and military reporting when it is no place at all: a
        ship ("HMS Ocean"), a language ("written in Kurdish"), a ruler's regime ("the Asad regime"), an officer
        after a dotted rank ("Capt. Jeff Davis"), an era after a year ("575 B.C."), a people or a faith
        ("Arab writers", "Muslim clerics"), a currency ("US$5m")."""
        cues = self.cues
        i = s.i
        prev = tokens[i - 1] if i > 0 else None
        if prev is not None and prev.text.isupper() and prev.norm in cues.vessel_prefixes \
                and text[prev.end : s.start] == " ":
            return True
        if s.j - i == 1 and tokens[i].norm in cues.languages and prev is not None and prev.norm in {"in", "into"} \
                and prev.text.islower() and (a1 is None or a1.norm in _AFTER_LANGUAGE):
            return True
        if a1 is not None and a1.text.islower() and a1.norm in cues.ruler_nouns and not any(
            c.exact and c.feature_code.startswith(("PCL", "ADM1")) for c in s.candidates
        ):
            return True
        if prev is not None and not s.firm and prev.text[:1].isupper() and text[prev.end : s.start] == ". " \
                and prev.norm.rstrip(".") in cues.person_titles and i >= 1:
            return True
        if prev is not None and prev.text.isdigit() and text[s.start : s.end].replace(".", "").upper() in _ERAS:
            return True
        if s.j - i == 1 and tokens[i].norm in cues.peoples and not s.firm and not s.demonym:
            return True
        if text[s.end : s.end + 1] == "$" or text[s.start - 1 : s.start] == "$":
            return True  # "US$3.7m", "$US 1.5 billion", "HK$": a currency, whatever cue stands before it
        return False

    def _division_readings(self, text: str, tokens: list[Token], s: NameSpan, head: str) -> None:
        """Add the divisions a name followed by its division word ("DeSoto Parish", "St. Tammany Parish")
        names under another spelling of the name ("De Soto Parish", "Saint Tammany Parish").

        The text and the gazetteer write particles and saints each their own way, so the name alone matched
        a town ("DeSoto", Texas) while the division it names was never a reading. A saint's abbreviation the
        name was matched without ("St." before "Tammany") joins the name when that finds the division.
        """
        prefix = _SAINT_BEFORE.search(text, 0, s.start) if s.i > 0 else None
        if prefix is not None and (prefix.end() != s.start or tokens[s.i - 1].end > s.start):
            prefix = None
        known = {c.id for c in s.candidates}
        for with_prefix in ((True, False) if prefix is not None else (False,)):
            name = text[prefix.start() if with_prefix else s.start : s.end]
            found = [c for v in division_spellings(name) for c in self.gaz.lookup(f"{v} {head}", limit=10)
                     if c.exact and c.feature_code == "ADM2" and c.id not in known]
            if not found:
                continue
            if with_prefix:
                # The saint's word is part of the name: the span, its key and its phrase start there.
                s.i = next(k for k in range(s.i - 1, -1, -1) if tokens[k].start <= prefix.start())
                s.start = s.phrase_start = prefix.start()
                s.norm = normalise(text[s.start : s.end])
                s.candidates = [c for c in s.candidates if c.feature_code == "ADM2"]
            s.candidates = found + s.candidates
            return

    def _division_of(self, s: NameSpan, word: WordLevels) -> None:
        """Read "the <division word> of X" at the level the word names where X lies. Of the divisions at that
        level, those in countries where the word names another level are dropped when one fits ("the
        department of Centre" is Haiti's, not France's or Cameroon's first-level Centre); readings at the other
        level stay ("the Southern District of Ohio" leaves the state to the resolver)."""
        s.vague = division_level(word, s.candidates)
        fitting = fitting_divisions(word, s.candidates)
        codes = LEVEL_CODES[s.vague]
        if any(c.feature_code in codes for c in fitting):
            keep = {id(c) for c in fitting}
            s.candidates = [c for c in s.candidates if id(c) in keep or c.feature_code not in codes]

    def _river_as_surname(self, text: str, tokens: list[Token], s: NameSpan, b1: Optional[Token],
                          b2: Optional[Token], a1: Optional[Token]) -> bool:
        """Whether a river's name follows a capitalised word as a surname follows a given name ("Knox
        Thames", "Ada Jordan" aside). English writes a river with its article or its kind ("the Thames",
        "River Nile", "the Blue Nile"), so bare after another capitalised word, with no article before that
        word and no feature word after the river's ("Thames Valley"), the river's name is a person's."""
        exact = [c for c in s.candidates if c.exact]
        if not any(c.feature_code.startswith("STM") and _strong(c) for c in exact) or any(
                _strong(c) and not c.feature_code.startswith("STM") for c in exact):
            return False  # (a river that makes the name strong, not a country or a city of the name)
        if b1 is None or not b1.text[:1].isupper() or b1.text.isupper() or text[b1.end : s.start] != " ":
            return False
        cues = self.cues
        if b1.norm in ARTICLES or b1.norm in cues.directions or b1.norm in cues.feature_prefixes \
                or b1.norm in cues.feature_heads or b1.norm in cues.person_titles or b1.norm in {"river", "rio"}:
            return False
        if b2 is not None and b2.norm in ARTICLES:
            return False  # "the Knox Thames festival": a thing named for the river
        k = s.i - 1
        if k == 0 or SENTENCE_BREAK.search(text[tokens[k - 1].end : b1.start]):
            return False  # a capital opening the sentence is the sentence's
        return a1 is None or not a1.text[:1].isupper()

    def _read_context(self, text: str, tokens: list[Token], s: NameSpan, title_case: set[int],
                      taken: Optional[list[bool]] = None) -> bool:
        """Label the span from its neighbours; False drops it (a person, a month, a common word)."""
        cues = self.cues
        i, j = s.i, s.j

        def before(k: int) -> Optional[Token]:
            """Token k positions before the span, if only spaces separate it."""
            idx = i - k
            if idx < 0:
                return None
            gap = text[tokens[idx].end : tokens[idx + 1].start if idx + 1 < i else s.start]
            return tokens[idx] if _name_gap(gap) else None

        def after(k: int) -> Optional[Token]:
            idx = j - 1 + k
            if idx >= len(tokens):
                return None
            prev_end = tokens[idx - 1].end if idx - 1 >= j else s.end
            gap = text[prev_end : tokens[idx].start]
            return tokens[idx] if _name_gap(gap) else None

        b1 = before(1)
        b2, b3 = before(2) if b1 else None, None
        if b2 is not None:
            b3 = before(3)
        a1 = after(1)
        if a1 is not None and text[s.end - 1 : s.end] == "." and i > 0 \
                and _COMMA_GAP.fullmatch(text, tokens[i - 1].end, s.start):
            a1 = None  # "Gainesville, Va. There will be...": the state's period ends the sentence
        pair = getattr(self, "_paired", {}).get(id(s), ())
        if "before" in pair:
            b1 = b2 = b3 = None  # "Logan-Rogersville": the hyphen ends the other place's name, not a longer name
        if "after" in pair:
            a1 = None
        w1 = b1.norm if b1 else ""
        w2 = b2.norm if b2 else ""
        w3 = b3.norm if b3 else ""
        single = j - i == 1
        sentence_start = i == 0 or bool(SENTENCE_BREAK.search(text[tokens[i - 1].end : s.start])) or (
            i > 0 and tokens[i - 1].norm in {"the"} and (i == 1 or bool(SENTENCE_BREAK.search(text[tokens[i - 2].end : tokens[i - 1].start])))
        )

        # A dateline: "ALEPPO, Syria (Agency) -", a capitalised name opening a line and followed by a comma.
        line_start = text.rfind("\n", 0, s.start) + 1
        at_line_start = not text[line_start : s.start].strip()
        if text[s.end : s.end + 1] == "," and first_upper(text[s.start : s.end]) and (
            at_line_start or (sentence_start and len(text[s.start : s.end]) > 3)
        ):
            s.cue = "dateline"
        elif at_line_start and first_upper(text[s.start : s.end]) and len(text[s.start : s.end]) > 3 \
                and _DATELINE_AFTER.match(text, s.end):
            s.cue = "dateline"  # "LONDON – The prime minister...", "BEIRUT (Reuters) -"
        elif sentence_start and tokens[i].norm != "the" and text[s.start : s.end].isupper() \
                and len(text[s.start : s.end]) > 3 and _DATELINE_DASH.match(text, s.end):
            s.cue = "dateline"  # "... Headline words. CLINTON — A fire...": a dateline run on after a headline
        if s.cue == "dateline" and _DATELINE_DASH.match(text, s.end):
            a1 = None  # "MIDDLETOWN - Police said...": the story's first word after the dash is no part of the name
        if a1 is not None and a1.norm in _SENTENCE_OPENERS and a1.text[:1].isupper() and not a1.text.isupper() \
                and text[s.end : a1.start] == " ":
            a1 = None  # "...in Oakdale, Florida The fire began": a caption run into the next sentence
        if i > 0 and not s.demonym and not s.abbreviation \
                and _PARTY_HOME.search(text, max(0, s.start - 6), s.start) is not None:
            # "Rep. Jane Doe, D-Oakdale": the legislator's home, a place, but not where anything happened.
            s.locational, s.cue, s.firm = False, "affiliation", True
            return True
        if not s.demonym and s.cue != "dateline" and _in_undertaking_name(text, tokens, i):
            # "Operation Euphrates Shield", "during Operation Unified Trident", "Exercise Atlantic Resolve": a
            # military operation's or exercise's name holds the place's, and is no place where anything happened.
            return False
        # Cues before the name.
        if s.cue == "dateline":
            pass
        elif w1 in cues.vague_before:
            s.vague, s.cue, s.phrase_start = "admin1", w1, b1.start
            if w2 in cues.directions:
                s.direction, s.phrase_start = w2, b2.start
        elif w1 in cues.directions and (b1.text.islower() or (
            any(c.exact for c in s.candidates) and not (  # "Middle East Branch": the direction ends a name
                taken and i >= 2 and taken[i - 2] and taken[i - 1] and tokens[i - 2].text[:1].isupper()
                and text[tokens[i - 2].end : b1.start] == " ")
        )):
            # A capitalised direction before a loose spelling opens another name ("Central Command" ~
            # "Kamand"); only a lower-case one, or one before a name as written, places it.
            s.direction, s.cue, s.phrase_start = w1, w1, b1.start
            if w2 in cues.locative_before:
                s.cue = w2
        elif w1 == "of" and w2:
            if w2 == "countryside":
                s.vague, s.cue, s.phrase_start = "admin1", "countryside", b2.start
                if w3 in cues.directions:
                    s.direction, s.phrase_start = w3, b3.start
            elif w2 in _AREA_WORDS and w3 in cues.vague_before and b3.text.islower():
                # "the rural area of Tibu", "rural areas of X": the ground around the town, not the town, and
                # not its province either as "rural X" is read ("rural Aleppo"): within reach of the town.
                s.vague, s.cue, s.phrase_start = "near", w2, b3.start
            elif w2 in cues.near_of or w2 in cues.directions:
                s.vague, s.cue, s.phrase_start = "near", w2, b2.start
                if w2 in cues.directions and offset_km(tokens, i - 2) > NEAR_KM:
                    s.vague = "offset"  # "50 km northwest of Goma": the town's area, not its edge
            elif w2 in cues.place_of or (w2 in cues.lowercase_divisions and b2.text.islower()):
                s.cue = w2
                # "the Karrada district of Baghdad": a name before the kind owns it; Baghdad only holds it.
                owned = w2 in _KIND_OF and b3 is not None and b3.text[:1].isupper() and not b3.text.isupper() \
                    and b3.norm not in cues.directions and b3.norm not in _OPENING_WORDS \
                    and b3.norm not in {"the", "a", "an", "this", "that"} and not self._demonym_word(b3)
                if owned:
                    if part_named_before_of(w2):
                        s.vague = "near"  # "the Mezzeh neighbourhood of Damascus": a named part of the town
                elif w2 in (division_words := load_division_levels()):
                    # "the department of Antioquia" (Colombia's first level), "the department of Ouallam" (Niger's
                    # second), "the province of Cusco" (Peru's second): the level the word names in the name's
                    # country (geo/division_levels.py); a department only in lower case, not "the Department
                    # of Homeland Security".
                    self._division_of(s, division_words[w2])
                elif w2 in {"subdistrict", "nahiya"}:
                    s.vague = "admin2"
                elif cues.vague_after.get(w2) in {"admin1", "admin2"} and w2 not in cues.plural_divisions \
                        and b2.text.islower():
                    s.vague = cues.vague_after[w2]  # "the hromada of X", "the cercle of Y": the local division
                    self._in_division_countries(s, w2)
                if s.vague is None and w2 in _KIND_OF and b3 is not None and b3.norm in {"the", "a"}:
                    b4 = before(4)
                    if b4 is not None and b4.norm in cues.near_before and b4.text.islower():
                        s.vague = "near"  # "near the town of X": within reach of it, not at it
                if s.vague is None and not owned and b2.text.islower() and names_a_settlement(w2):
                    s.vague = "city"  # "the town of Diffa": the town, not the region named after it
                if w2 in _KIND_OF and b2.text.islower() and not owned:
                    # "the city of Mosul", "the northwest province of Latakia", "the Syrian town of Dabiq": the
                    # kind of place belongs to its mention, as after the name ("Idlib province", "Aleppo city").
                    s.phrase_start = b2.start
                    if b3 is not None and (w3 in cues.directions or w3 in _KIND_MODIFIERS or self._demonym_word(b3)):
                        s.phrase_start = b3.start
        elif w1 in cues.locative_before and not (w1 in cues.directions and not b1.text.islower()):
            # (a capitalised direction ends another name: "the Middle East Tobias Ellwood")
            s.cue = w1
            if w1 in cues.near_before:
                s.vague = "near"
        elif w1 == "the" and w2 in cues.locative_before:
            s.cue = w2
        elif b1 is not None and (verb := armed_target(text, tokens, i)) is not None:
            s.cue = verb  # "Al-Shabaab fighters attacked Beledweyne": an armed group's target is a place
        if s.cue is None and w1 == "of" and b1.text.islower() and (a1 is None or not a1.text[:1].isupper()) \
                and self._residence(text, tokens, i - 1):
            s.cue = "of"  # "Jo Roe of Oakdale", "Jo Roe, 30, of Oakdale": where a person lives

        if a1 is not None and a1.norm in _TOWNSHIP_WORDS and a1.text[:1].isupper() and not s.demonym:
            self._township(text, tokens, s, a1)
            return True

        # Cues after the name.
        if a1 is not None and a1.text.islower() and a1.norm in cues.junction_heads and not s.demonym and (
            w1 == "the" or (b1 is not None and _ROAD_NUMBER.fullmatch(b1.text) is not None)
        ):
            # "the A429 Cirencester junction", "the Oakdale bypass": the junction is the town's, at its edge.
            s.cue, s.vague, s.phrase_end = a1.norm, s.vague or "near", a1.end
            s.phrase_start = s.phrase_start if s.phrase_start >= 0 else s.start
        around = surroundings_after(tokens, j) if a1 is not None and not s.demonym else 0
        if around and (s.vague is None or s.vague == "city") and after(around) is not None:
            # "Homs and its surroundings": the town and the ground around it, near the town.
            s.vague, s.cue = "near", s.cue or "surroundings"
        division_word, division_len = division_phrase_after(tokens, j) if a1 is not None else ("", 0)
        if division_len and after(division_len) is not None and not s.demonym:
            # "Kajuru Local Government Area": the division named after its seat, as "Kajuru LGA" is.
            s.vague, s.cue, s.phrase_end = cues.vague_after.get(division_word, "admin2"), s.cue or division_word, \
                tokens[j + division_len - 1].end
            self._in_division_countries(s, division_word)
            if s.phrase_start < 0:
                s.phrase_start = s.start
        division_words = load_division_levels()
        if a1 is not None and a1.norm in cues.lowercase_divisions and a1.text[:1].isupper():
            # "Kansas Department of Transportation", "Northern Territory"; but "Haninge Municipality", "Oakdale
            # Local Municipality": a municipality's own name holds the word, not an office's ("... of X").
            a1_division = a1.norm in _NAMED_DIVISIONS and not _word_at(after(2), "of")
        else:
            a1_division = a1 is not None and a1.norm in cues.vague_after
        if a1 is not None and not a1_division and not s.demonym and s.vague is None and a1.text.islower() \
                and a1.norm in division_words and _division_word_ends(after(2)) \
                and fitting_divisions(division_words[a1.norm], s.candidates):
            # "Haiti's Centre department", "the Artibonite department": a division word that is no cue after a
            # name on its own ("a department store") says so where the name is a division of that kind.
            self._division_of(s, division_words[a1.norm])
            s.cue, s.phrase_end = s.cue or a1.norm, a1.end
            if s.phrase_start < 0:
                s.phrase_start = s.start
        if a1_division and not s.demonym:
            kind = cues.vague_after[a1.norm]
            if a1.norm in division_words and fitting_divisions(division_words[a1.norm], s.candidates):
                # "Cusco province" (Peru's second level), "Abidjan district" (Ivory Coast's first): the level
                # the word names where the gazetteer holds such a division of that name.
                self._division_of(s, division_words[a1.norm])
                kind = s.vague
            if kind != "city" or s.vague is None:
                if kind == "admin1" and s.vague == "near":
                    kind = "admin1"
                s.vague = kind if not (kind == "near" and s.vague == "admin1") else s.vague
                s.cue = s.cue or a1.norm
                s.phrase_end = a1.end
                self._in_division_countries(s, a1.norm)
                if s.phrase_start < 0:
                    s.phrase_start = s.start
                if kind == "admin2" and a1.text[:1].isupper():
                    self._division_readings(text, tokens, s, a1.text)
        elif a1 is not None and a1.text[:1].isupper() and a1.norm in cues.organisation_heads and not s.demonym:
            s.locational, s.cue = False, "embedded"
        a2 = after(2) if a1 is not None else None
        if a1 is not None and a1.norm in cues.vague_after and a1.text[:1].isupper() and a2 is not None \
                and a2.text[:1].isupper() and a2.norm in cues.organisation_heads and not s.demonym:
            # "Cavan County Council", "Maryland State Police": the division word opens an institution's name,
            # so the name is the institution's, not where something happened. The division cue stays: it
            # still says which place the institution's name holds.
            s.locational = False
        possessive = text[s.end : s.end + 2] in ("'s", "’s")
        if possessive and s.vague is None and (_part_named_after(tokens, j) or part_after_possessive(tokens, j)):
            s.vague = "near"  # "Mogadishu's Hodan district": a named part of the town, not its centre
        if possessive and s.cue == w1 and w1 in cues.locative_before and s.vague is None \
                and not any(c.exact for c in s.candidates):
            # "in Modi's name", "in Kemira's new plant": "in" governs the possessed noun, not the name, and a
            # loose spelling of a town is believed only with a cue of its own.
            s.cue = None
        if s.locational and not s.demonym and not s.located:
            nxt = after(1)
            if possessive and j < len(tokens) and text[s.end + 2 : tokens[j].start].strip() == "":
                nxt = tokens[j]
            if nxt is not None and nxt.norm in cues.metonymy_nouns and (not nxt.text[:1].isupper() or possessive):
                s.locational, s.cue = False, "metonymy"  # "Syria's army", "Mexico's Senate"
            elif possessive and nxt is not None and nxt.text[:1].isupper() and nxt.norm in cues.organisation_heads \
                    and nxt.norm not in cues.feature_heads:
                s.locational, s.cue = False, "metonymy"  # "Malaysia's Department of Civil Aviation"
            elif possessive and nxt is not None and self._person_follows(text, tokens, nxt):
                s.locational, s.cue = False, "metonymy"  # "Notre Dame's Jessica Shepard": a team's player
            elif not possessive and not (b1 is not None and b1.norm in _PREPOSITIONS and b1.text.islower()):
                # After a preposition the name is that preposition's object, never the subject of the verb
                # that follows ("the offensive against Idlib killed dozens").
                k = 1
                while nxt is not None and k < 3 and (nxt.norm in cues.metonymy_auxiliaries or (
                    nxt.norm.endswith("ly") and len(nxt.norm) > 4 and nxt.text.islower()  # "adamantly denies"
                )):
                    k += 1
                    nxt = after(k)
                if nxt is not None and nxt.norm in cues.metonymy_verbs and not nxt.text[:1].isupper():
                    s.locational, s.cue = False, "metonymy"
                elif nxt is not None and nxt.text.islower() and polity(s) and acts(nxt.norm, k > 1):
                    # A country or state as the subject of a deed ("Tunisia entered a partnership", "Russia
                    # will close the consulate", "Montana offered $69"): its government acts, not its land.
                    s.locational, s.cue = False, "metonymy"

        if s.locational and not s.demonym and not s.located and b1 is not None and b1.text.islower() \
                and b1.norm in cues.metonymy_verbs and b1.norm not in self.associative.clause_verbs \
                and b1.norm not in _THREAT_VERBS and polity(s):
            # "Britain accuses Russia", "backed Jordan": a party to a deed. After a verb of saying the name
            # opens a clause ("economists say Hawaii's growth has lagged") and is read by what follows it.
            s.locational, s.cue = False, "metonymy"

        if is_arabic(s.norm) and not self._arabic_context(text, tokens, s):
            return False

        if s.locational and not s.demonym and s.cue != "dateline" and a1 is not None and a1.text[:1].isupper() \
                and not a1.text.isupper() and a1.norm not in cues.vague_after and a1.norm not in cues.feature_heads \
                and a1.norm not in STREET_HEADS and not SENTENCE_BREAK.search(text[s.end : a1.start]) \
                and (not single or (b1 is not None and b1.text[:1].isupper() and b1.norm in cues.directions)) \
                and self._institution_follows(text, tokens, j):
            # "Saint Lucia National Trust", "South Central Ambulance Service": a name of several words, or one
            # after a capitalised direction, opening an institution's name is part of that name. (A one-word
            # name is judged below, where a firm cue before it may still make it the place.)
            s.locational, s.cue = False, "embedded"

        # Traps. A weak cue ("to", "at", "from") does not make a surname or a common noun a place; a firm
        # one ("in", "near", "village of", "rural", a dateline) or "X, Y" does.
        # After a verb of going, "to" is firm for the name alone: before more capitalised words ("taken to
        # Oakdale Memorial Hospital") the name is the longer name's, read by geo/facilities.py.
        s.firm = s.located and (s.cue not in cues.weak_locative or (
            w1 == "to" and (a1 is None or not a1.text[:1].isupper()) and self._motion_before(b2, b3)))
        firm = s.firm or (text[s.end : s.end + 2] == ", " and a1 is None and j < len(tokens)
                          and tokens[j].text[:1].isupper() and not tokens[j].text.isupper())
        if self._names_no_place(text, tokens, s, a1):
            return False
        if s.demonym:
            return True
        if single and (s.norm in cues.arabic_place_words or s.norm in cues.arabic_locative
                       or s.norm in cues.arabic_rural):
            return False
        first = tokens[i]
        if single and (sentence_start or first.start in title_case) and first.norm in cues.common_words \
                and a1 is not None and a1.text.islower() and s.cue == a1.norm and w1 not in cues.locative_before:
            # "Any village or town may apply", "But town leaders...", "Other states have...": a word that opens
            # the sentence with a capital before a kind of place is the noun's determiner, not a town the kind
            # word describes; mid-sentence ("the Orange county line") the capital still counts.
            return False
        if s.cue is None and _quoted_title(text, s):
            return False  # "the Broadway smash “Hamilton.”", "known as “Smoky Mary”": a title or a nickname
        if single and first.norm in cues.months:
            return False
        if not s.firm and s.norm in self.actors and not any(
            c.exact and c.kind == NAME_MAIN and _strong(c) for c in s.candidates
        ):
            return False  # "talking to Hamas": an organisation in the actor registry, not a town's old name
        if b1 is not None and b1.text[:1].isupper() and b1.norm.rstrip(".") in cues.person_titles:
            if not title_of_a_place(text, tokens, i - 1, cues, getattr(self, "_polity_tokens", frozenset())):
                return False
            s.locational, s.cue = False, "affiliation"  # "Miss Ohio", "Miss Butler County": a title held for it
            return True
        if single and b1 is not None and b1.text[:1].isupper() and b1.norm in cues.given_names and not s.firm:
            return False
        if single and s.cue is None and not s.firm and self._river_as_surname(text, tokens, s, b1, b2, a1):
            return False  # "envoy Knox Thames said": a river is written "the Thames", a surname bare
        country = any(c.feature_code.startswith(("PCL", "CONT")) for c in s.candidates if c.exact)
        division = country or any(c.feature_code == "ADM1" for c in s.candidates if c.exact)
        # A person's name stays one even in a list ("Tom Chilton, Sam Tordoff"): only a place cue overrides it.
        if single and first.norm in getattr(self, "_persons", ()) and not s.firm and not country:
            return False
        if single and first.norm in cues.organisation_heads and not (s.vague or s.cue in cues.place_of):
            return False  # "the University", "the State", "to Council": an institution, not a town
        if single and not firm and not division and first.norm in getattr(self, "_lower", ()):
            return False  # the document also writes it as an ordinary word ("flu", "reading")
        # "Dallas-Fort Worth", "Logan-Rogersville": two places joined by a bare hyphen name an area or a joint
        # district; each is a place, though one is also a given name or a small town beside a capital.
        paired = j < len(tokens) and text[s.end : tokens[j].start] == "-" and bool(taken) and taken[j]
        if single and first.norm in cues.given_names and a1 is not None and a1.text[:1].isupper() and not paired \
                and not _date_at(text, tokens, j, cues) \
                and a1.norm not in cues.organisation_heads and a1.norm not in cues.vague_after \
                and a1.norm not in cues.person_titles and not (division and not firm and a1.text.isupper()):
            return False
        strong = any(c.exact and _strong(c) for c in s.candidates)
        if single and not strong and (_head_after_article(text, tokens, s) or _numbered(text, tokens, s)):
            return False  # "the Norbury has", "the Toyota failed", "Boeing 777", "Gate 10": a thing, not a town
        if strong and single and not firm and not division and first.norm in cues.common_words and b1 is not None \
                and text[b1.end : s.start] == " " and len(b1.text) > 1 and b1.text[:1].isupper() \
                and not b1.text.isupper() and not sentence_start and b1.norm not in ARTICLES \
                and b1.norm not in {"a", "an"} and b1.norm not in cues.directions \
                and b1.norm not in cues.vague_before and b1.norm not in cues.locative_before \
                and b1.norm not in cues.name_connectors:
            # A city named by a common word ("Surprise", "Man", "Orange") is believed mid-sentence on its own,
            # but after another capitalised word the capital is that longer name's ("The Fish Man", "Agent
            # Orange", "Rainbow Kitten Surprise"), as it is for any small town (below).
            if not (taken and taken[i - 1]):
                return False
            if not self._strong_at(taken, i - 1):
                s.locational, s.cue = False, "embedded"
        if not strong and not firm:
            # Part of a longer proper name ("Conor McGregor", "Notre Dame Cathedral"): not a small town,
            # unless the longer name is an institution's ("Concord Police", "Butler County Auditor").
            # Beside another name ("Rod Stewart", "Cherry Hinton", "Oakdale Fire Department") it may be a
            # place or a person: it is kept, but as part of a longer name rather than where something happened.
            named_division = self._division_named(tokens, s)
            if b1 is not None and b1.text[:1].isupper() and not sentence_start \
                    and b1.norm not in cues.directions and b1.norm not in cues.vague_before \
                    and not self._opens_sentence_as_word(text, tokens, i - 1):
                if not (taken and taken[i - 1]):
                    return False
                if not self._strong_at(taken, i - 1):
                    s.locational, s.cue = False, "embedded"
            if a1 is not None and a1.text[:1].isupper() and not self._strong_at(taken, j) \
                    and a1.norm not in cues.vague_after and not SENTENCE_BREAK.search(text[s.end : a1.start]):
                # An acronym after the name ("Oakdale PD", "the Brant OPP", "Oakdale-ML") is a body's, named
                # for the town as "Oakdale Police" is: the town is kept inside that name.
                acronym = len(a1.text) >= 2 and a1.text.isupper() and a1.text.isalpha()
                if not (taken and taken[j]) and not named_division and not acronym \
                        and not self._institution_follows(text, tokens, j):
                    return False
                s.locational, s.cue = False, "embedded"
            if s.locational is False and s.cue == "metonymy":
                return False  # "Johnson said": a person, not a town that speaks
        elif strong and not firm and s.locational and b1 is not None and b1.text[:1].isupper() \
                and not b1.text.isupper() and not sentence_start and first.start not in title_case \
                and b1.norm not in cues.directions and b1.norm not in cues.vague_before \
                and b1.norm not in cues.locative_before and b1.norm not in ARTICLES \
                and (not (taken and taken[i - 1]) or b1.norm in cues.organisation_heads) \
                and b1.norm not in cues.name_connectors \
                and (i < 2 or not SENTENCE_BREAK.search(text[tokens[i - 2].end : b1.start])) \
                and any(c.exact and c.feature_code.startswith("PCL") for c in s.candidates):
            # "Air Zimbabwe", "Building Ireland": a country's name closing a longer proper name is part of an
            # organisation's or a brand's name, as it is when it opens one ("Kenya Airways", below).
            s.locational, s.cue = False, "embedded"
        elif strong and not firm and single and s.locational and a1 is not None and a1.text[:1].isupper() \
                and not self._strong_at(taken, j) and a1.norm not in cues.vague_after \
                and not SENTENCE_BREAK.search(text[s.end : a1.start]) and not a1.text.isupper() \
                and not _date_at(text, tokens, j, cues):  # "travel to Turkey March 3": a date, not a name
            s.locational, s.cue = False, "embedded"  # "Tracy Jane", "Damascus International Airport", "Larissa Malinao"
        if single and not firm:
            common = first.norm in cues.common_words
            all_caps = first.text.isupper() and len(first.text) >= 2
            country = any(c.exact and c.feature_code.startswith(("PCL", "CONT")) for c in s.candidates)
            city = any(c.exact and c.kind == NAME_MAIN and c.feature_code.startswith("PPL") and c.population >= 100_000
                       for c in s.candidates) and first.norm not in cues.directions
            if common and not country and (not city or sentence_start or first.start in title_case):
                return False  # a capital proves nothing at a sentence start; mid-sentence a city is meant
            if first.start in title_case and not strong and not all_caps:
                return False
            if first.text.isupper() and len(first.text) >= 2 and not strong:
                return False  # acronyms
        if not any(c.exact for c in s.candidates) and not firm and not any(
            c.source == "user" for c in s.candidates
        ):
            # A spelling variant is believed only where it is not also an ordinary capitalised word.
            if single and (sentence_start or first.norm in cues.common_words):
                return False
        return True

    def _headline_names(self, text: str, tokens: list[Token], kept: list[NameSpan], dropped: list[NameSpan],
                        lines: set[int]) -> list[NameSpan]:
        """Names dropped on a Title Case line ("Storm Damages Homes Around Flemington") that the body places
        firmly ("in Flemington, New Jersey"): the headline names the same town, so it is kept as a place.

        In a headline every word is capitalised, so a capital beside a town's name proves nothing, and a
        small town there is dropped for want of evidence; the body supplies it. A name opening an
        institution's ("Flemington Savings Bank Opens") or read as a person's stays out."""
        believed = {s.norm for s in kept if s.firm and s.locational and not s.demonym and not s.abbreviation
                    and tokens[s.i].start not in lines}
        persons = getattr(self, "_persons", frozenset())
        back = [s for s in dropped if s.norm in believed and not s.demonym and not s.abbreviation
                and not (s.j - s.i == 1 and tokens[s.i].norm in persons)
                and not self._institution_follows(text, tokens, s.j)]
        for s in back:
            s.locational, s.cue, s.vague, s.direction = True, None, None, None
            s.phrase_start, s.phrase_end = s.start, s.end
        return sorted(kept + back, key=lambda s: s.start) if back else kept

    def _residence(self, text: str, tokens: list[Token], k: int) -> bool:
        """Whether the "of" at token k follows a person, as news writes where people live: "James Roe of X",
        "Jo Roe Sr. of X", "Jo Roe, 30, of X", "both of X" after two such, "Officer Jo Roe, of X". The town
        after it is a place. The name must open with a given name ("Mount Vernon Chamber of X" is no person's),
        so "Bank of X" and "Duke of X" stay as read."""
        if _AGE_BEFORE_OF.search(text, max(0, tokens[k].start - 24), tokens[k].end + 1) is not None:
            return True
        m = k - 1
        if m < 1 or text[tokens[m].end : tokens[k].start] not in (" ", ", ", ". ", "., "):
            return False
        if tokens[m].norm in _NAME_SUFFIXES and tokens[m].text[:1].isupper():
            m -= 1  # "Jo Roe Sr. of X"
        elif "." in text[tokens[m].end : tokens[k].start]:
            return False  # "... Roe. Of X": a sentence ends
        if m < 1:
            return False
        surname = tokens[m]
        if not surname.text[:1].isupper() or surname.text.isupper() \
                or surname.norm not in getattr(self, "_persons", ()):
            return False
        f = m - 1
        while f > 0 and len(tokens[f].text) == 1 and tokens[f].text.isupper():
            f -= 1  # "Louis C. Jensen": initials between the given name and the surname
        first = tokens[f]
        if text[first.end : tokens[f + 1].start].strip() not in ("", ".") or first.norm not in self.cues.given_names:
            return False
        # The given name opens the name ("Mount Vernon Chamber of X" is no person): a title may stand before it.
        p = tokens[f - 1] if f > 0 and text[tokens[f - 1].end : first.start].strip() in ("", ".") else None
        return p is None or not p.text[:1].isupper() or p.norm.rstrip(".") in self.cues.person_titles

    def _motion_before(self, b2: Optional[Token], b3: Optional[Token]) -> bool:
        """Whether the words before a name's "to" are a verb or noun of going ("police were called to X",
        "rushed back to X", "a trip to X"): then "to" names a destination, as firmly as "in" names a site."""
        verbs = self.cues.motion_verbs
        if b2 is None or not b2.text.islower():
            return False
        if b2.norm in verbs:
            return True
        return b2.norm in self.cues.motion_particles and b3 is not None and b3.text.islower() and b3.norm in verbs

    def _township(self, text: str, tokens: list[Token], s: NameSpan, head: Token) -> None:
        """Take a US civil township's head word into its name ("Washington Township", "Jackson Twp.").

        The township is a place of its own, not the town or the county it is named after, and no
        institution's name ("Washington Township Police" stays one, below). Which town or county of the name
        it stands for is settled once the whole text is read (`_settle_townships`)."""
        s.j += 1
        s.end = head.end + (1 if head.norm == "twp" and text[head.end : head.end + 1] == "." else 0)
        s.norm = f"{s.norm} {head.norm}"
        s.cue, s.firm, s.locational = s.cue or "township", True, True
        s.phrase_end = max(s.phrase_end, s.end)
        self._township_use(text, tokens, s)

    def _unknown_townships(self, text: str, tokens: list[Token], taken: list[bool],
                           readings: list[str]) -> list[NameSpan]:
        """Townships whose name the gazetteer lacks ("Readington Township"): the head word makes the
        capitalised words before it a place's name, reported unknown (`_settle_townships` reads the known)."""
        out: list[NameSpan] = []
        for k in [k for k, t in enumerate(tokens) if t.norm in _TOWNSHIP_WORDS]:
            head = tokens[k]
            if not head.text[:1].isupper() or head.text.isupper() or taken[k]:
                continue
            i = k
            while i > 0 and k - i < 3 and not taken[i - 1] and text[tokens[i - 1].end : tokens[i].start] == " " \
                    and tokens[i - 1].text[:1].isupper() and not tokens[i - 1].text.isupper() \
                    and tokens[i - 1].text.isalpha() and tokens[i - 1].norm not in _SENTENCE_OPENERS \
                    and tokens[i - 1].norm not in self.cues.directions and tokens[i - 1].norm not in self.cues.months:
                i -= 1
            if i == k:
                continue
            end = head.end + (1 if head.norm == "twp" and text[head.end : head.end + 1] == "." else 0)
            span = NameSpan(i, k + 1, tokens[i].start, end, " ".join(readings[i : k + 1]), unknown=True,
                            cue="township", firm=True)
            self._township_use(text, tokens, span)
            out.append(span)
            for m in range(i, k + 1):
                taken[m] = True
        return out

    def _township_use(self, text: str, tokens: list[Token], s: NameSpan) -> None:
        """A township's name opening an institution's ("Oakdale Township Police") is that institution's."""
        nxt = tokens[s.j] if s.j < len(tokens) else None
        if nxt is not None and text[s.end : nxt.start] == " " and nxt.text[:1].isupper() \
                and nxt.norm in self.cues.organisation_heads:
            s.locational, s.cue = False, "embedded"

    def _without_false_places(self, text: str, tokens: list[Token], spans: list[NameSpan]) -> list[NameSpan]:
        """Drop names the text uses for a car ("a 1992 Toyota Corolla", later "the Toyota"), a day ("Columbus
        Day"), a parliament ("the State Duma", later "Duma deputies") or a person known by what only people
        have ("Abbas's aides", then "a gesture to Abbas"); a name opening a newspaper's or a utility's name
        ("Lansing State Journal", "Kansas City Power & Light") is kept, but as that name's part.

        Such a name is no place at all, not a place inside another name, so it is dropped rather than kept
        non-locational. A word the document uses so once is read so wherever no firm place cue stands before
        it ("in Lincoln", "Duma, near Damascus" stay places)."""
        words = self.false_places
        found = vehicles(text, tokens, words)
        place_nouns = frozenset(self.cues.vague_after) | self.cues.feature_heads | _PART_OF_TOWN | _KIND_OF
        bodies = {s.norm for s in spans if legislature_use(text, tokens, s.i, s.j, words, place_nouns)}
        people = {s.norm for s in spans if not s.demonym and person_possession(text, tokens, s.j, s.end, words)}
        out = []
        for k, s in enumerate(spans):
            # "Lincoln, Nebraska", "Duma in Rif Dimashq": a place written with its container is one.
            firm = s.firm or (k + 1 < len(spans) and not spans[k + 1].demonym
                              and CONTAINMENT_GAP.fullmatch(text, s.end, spans[k + 1].start) is not None)
            if vehicle_use(tokens, s.i, s.j, found, firm, words) or named_day(text, tokens, s.j, s.end, words):
                continue
            if s.norm in bodies and (not firm or legislature_use(text, tokens, s.i, s.j, words, place_nouns)):
                continue
            if s.norm in people and not firm:
                continue
            if s.demonym and s.norm in self._persons and self._surname_at(text, tokens, s):
                continue  # "Officer Monica French said", then "French said": a surname, not a people
            if not s.demonym and masthead(text, tokens, s.j, s.end, words):
                if s.locational:
                    s.locational, s.cue = False, "embedded"
                # A paper is published in a city: "The Washington Post" is the capital's, not the state's;
                # "the Arizona Republic", with no city of that name, keeps the state.
                cities = [c for c in s.candidates if c.feature_code.startswith("PPL") and c.exact
                          and (c.population or 0) >= MASTHEAD_CITY]
                if cities:
                    s.candidates = cities
            out.append(s)
        return out

    def _surname_at(self, text: str, tokens: list[Token], s: NameSpan) -> bool:
        """Whether a one-word name the document uses as a person's stands here as that person: after a given
        name or a title ("Monica French", "Officer French") or as the subject of a verb of saying ("French
        said"; not "the French said", the people)."""
        if s.j - s.i != 1:
            return False
        i, cues = s.i, self.cues
        prev = tokens[i - 1] if i > 0 and text[tokens[i - 1].end : s.start] == " " else None
        if prev is not None and prev.text[:1].isupper() and not prev.text.isupper() \
                and (prev.norm in cues.given_names or prev.norm in cues.person_titles):
            return True
        nxt = tokens[s.j] if s.j < len(tokens) and text[s.end : tokens[s.j].start] == " " else None
        return nxt is not None and nxt.norm in ("said", "says", "told", "added") \
            and not (i > 0 and tokens[i - 1].norm == "the")

    def _demonym_word(self, t: Token) -> bool:
        """A country adjective ("Syrian", "Iraqi") written as one, before a kind of place."""
        if not t.text[:1].isupper() or t.text.isupper():
            return False
        key = self.gaz.key_id(skeleton_token(t.norm))
        return key is not None and any(c.kind == NAME_DEMONYM and c.exact for c in self.gaz.candidates([key], t.norm))

    def _pair_stops(self) -> frozenset[str]:
        """Words that end or head a place's or an institution's name ("Babcock Grove" is no person's)."""
        stops = getattr(self, "_pair_stop_words", None)
        if stops is None:
            facilities = load_facilities()
            stops = self._pair_stop_words = not_name_words(self.cues) | STREET_HEADS | facilities.heads \
                | facilities.sites | facilities.prefixes
        return stops

    def _strong_at(self, taken: Optional[list[bool]], k: int) -> bool:
        """Whether token k belongs to a name strong on its own (a country, a large city).

        Two names side by side are one longer proper name ("Rod Stewart", "Larissa Malinao") unless the
        neighbour is such a place.
        """
        return bool(taken) and 0 <= k < len(taken) and taken[k] and k in getattr(self, "_strong_tokens", ())

    def _person_follows(self, text: str, tokens: list[Token], first: Token) -> bool:
        """Whether a person's full name starts at `first` ("Jessica Shepard"): a given name and one capitalised
        word that heads no building, street or institution ("Victoria Station" is a place)."""
        k = tokens.index(first)
        if k + 1 >= len(tokens) or first.norm not in self.cues.given_names or not first.text[:1].isupper() \
                or first.text.isupper():
            return False
        last = tokens[k + 1]
        if text[first.end : last.start] != " " or not last.text[:1].isupper() or last.text.isupper():
            return False
        heads = self.cues.organisation_heads | self.cues.feature_heads | STREET_HEADS | load_facilities().heads
        if last.norm in heads or last.norm in self.cues.vague_after or last.norm in self.cues.directions:
            return False
        after = tokens[k + 2] if k + 2 < len(tokens) else None
        return after is None or text[last.end : after.start].strip() != "" or not after.text[:1].isupper()

    def _opens_sentence_as_word(self, text: str, tokens: list[Token], k: int) -> bool:
        """Token k opens a sentence and is an ordinary word there ("A Merrimack County jury", "Only Lakeview
        voted", "Former Oakdale officials"): an article, or a word the document also writes in lower case. Its
        capital is the sentence's, so the name after it does not continue another name."""
        t = tokens[k]
        gap = text[tokens[k - 1].end : t.start] if k > 0 else ""
        if not (k == 0 or SENTENCE_BREAK.search(gap) or _DATELINE_DASH.fullmatch(gap)) \
                or (len(t.text) > 1 and t.text.isupper()):
            return False
        return t.norm in ("a", "an") or t.norm in getattr(self, "_lower", ())

    def _division_named(self, tokens: list[Token], s: NameSpan) -> bool:
        """A name the gazetteer holds with its division word ("Travis County", "Orleans Parish"): no person or
        brand is called so, so before other capitalised words ("the Travis County Medical Examiner", "Travis
        County Crimestoppers") it is the division an institution or an office is named for, not a longer
        name's part that happens to spell a town."""
        last = tokens[s.j - 1]
        return s.j - s.i > 1 and last.text[:1].isupper() \
            and self.cues.vague_after.get(last.norm) in ("admin1", "admin2") \
            and any(c.exact and c.feature_code.startswith("ADM") for c in s.candidates)

    def _abbreviation_stands(self, text: str, tokens: list[Token], c: Candidate, i: int, j: int, comma_before: bool,
                             alone: set[Optional[str]], standing: set[int]) -> bool:
        """Whether the abbreviation candidate c may be read on tokens i..j where the text writes it.

        After "Town, " any state's abbreviation may ("Slidell, La", "Perth, WA"), a city's never ("Baton Rouge,
        LA" is Louisiana). A dotted form also stands after a firm place cue ("in S.C."), after a party letter
        ("D-W. Va."), opening a route number or an institution ("S.C. 5"), before a lower-case word or a
        possessive ("a Ky. man", "D.C. police", "L.A.'s port"), after "Name, " where the name is unknown
        ("of Thackerville, Okla."), and, with a period inside ("D.C."), after any place cue ("to D.C."). A
        bare code stands after a party letter ("R-NY"), or, if news writes it on its own ("DC", "KL"), after a
        place cue or compass word. `alone` holds the countries where the bare form, so written, stands for a
        place on its own: there it means that place ("LA" is Los Angeles, not Louisiana), elsewhere it keeps
        its other readings ("in WA" may still be Washington state beside Seattle). Forms read by the words
        around them, not by a place before them, are added to `standing` (their last token), which keeps them
        past the check for a "Town, " before them.
        """
        start, end = tokens[i].start, tokens[j - 1].end
        city = c.feature_code.startswith("PPL")
        if comma_before and not city and (written_as(text, start, end, c.matched, final_period=False)
                                          or _postal_code_of(text[start:end], c.matched)):
            if "." in c.matched and tokens[i - 1].text[:1].isupper():
                standing.add(j - 1)  # "of Thackerville, Okla.": a town the gazetteer lacks still has its state
            return True
        if not written_as(text, start, end, c.matched):
            return False
        gap_before = i > 0 and text[tokens[i - 1].end : start] == " "
        before = tokens[i - 1].norm if gap_before else ""
        party = _PARTY_STATE.search(text, max(0, start - 3), start) is not None
        firm_cue = before in self.cues.locative_before and before not in self.cues.weak_locative
        if before == "the" and i >= 2 and text[tokens[i - 2].end : tokens[i - 1].start] == " " \
                and j < len(tokens) and tokens[j].text.islower():
            # "in the DC area": the cue governs the phrase the name opens; before a capital ("from the WA
            # Department of Agriculture") the name opens an institution's.
            before = "the " + tokens[i - 2].norm
        cue = before.removeprefix("the ") in self.cues.locative_before
        if "." not in c.matched:
            stands = party or (cue and bool(alone) and (
                c.country_code not in alone or stands_alone(self.short_forms, text[start:end], c)))
        else:
            after = end + (1 if c.matched.endswith(".") else 0)
            modifier = text[after : after + 2] in ("'s", "’s") or (
                j < len(tokens) and tokens[j].start == after + 1 and text[after] == " "
                and tokens[j].text[:1].islower() and tokens[j].text.isalpha()
                and _opens_noun_phrase(text, tokens, i))
            stands = party or firm_cue or modifier or (inner_period(c.matched) and cue) \
                or self._abbreviation_opens(text, tokens, text[start:after], i, j)
        if stands:
            standing.add(j - 1)
        return stands

    def _abbreviation_opens(self, text: str, tokens: list[Token], matched: str, i: int, j: int) -> bool:
        """A dotted state abbreviation opening a route number or an institution's name ("S.C. 5", "W.Va. 61",
        "the S.C. Highway Patrol", "N.J. Division of Taxation"), as AP style writes them: the state is named,
        though no place cue or "Town, " stands before it. A bare code ("IN", "OR") never is."""
        end = tokens[i].start + len(matched)
        if j >= len(tokens) or text[end : tokens[j].start] != " ":
            return False
        nxt = tokens[j]
        if nxt.text.isdigit():
            return len(nxt.text) <= 4 and _ROUTE_NUMBER_END.match(text, nxt.end) is not None
        return self._institution_follows(text, tokens, j)

    def _institution_follows(self, text: str, tokens: list[Token], j: int) -> bool:
        """Whether the capitalised words after a name end in an institution's head ("Gold Dome Lions Club")."""
        cues = self.cues
        for k in range(j, min(j + 4, len(tokens))):
            t = tokens[k]
            if not t.text[:1].isupper() or (k > j and text[tokens[k - 1].end : t.start].strip() not in JOIN_GAPS):
                return False
            if t.norm in cues.organisation_heads or t.norm in cues.person_titles or t.norm in cues.office_titles:
                return True
        return False

    def _arabic_context(self, text: str, tokens: list[Token], s: NameSpan) -> bool:
        """Arabic cues: "ريف حلب" (rural Aleppo), "مدينة/بلدة/قرية X" (city/town/village of X), "في X" (in X),
        and the object of a verb of attack ("قصفت قوات النظام X": geo/arabic_words.py). Whether the name may
        be a place at all: a word of report vocabulary ("حربية", "الليل") is one only after a settlement word
        or "ريف", and a nisba word agreeing with the noun before it ("طائرات حربية") is that noun's adjective
        unless it names a large place."""
        cues = self.cues
        k = s.i - 1
        seen = 0
        while k >= 0 and seen < 2:
            readings = arabic_candidates(tokens[k].norm)
            if any(r in cues.arabic_rural for r in readings):
                s.vague, s.cue, s.phrase_start = "admin1", "rural", tokens[k].start
                break
            if any(r in cues.arabic_place_words for r in readings):
                s.cue, s.phrase_start = s.cue or next(r for r in readings if r in cues.arabic_place_words), tokens[k].start
            elif any(r in cues.arabic_locative for r in readings):
                s.cue = s.cue or "in"
                break
            else:
                break
            k -= 1
            seen += 1
        words = load_arabic_report_words()
        settled = s.vague is not None or s.cue in cues.arabic_place_words
        single = s.j - s.i == 1
        if single and not settled and is_common_word(s.norm, words):
            return False
        if s.cue is None and s.vague is None:
            stops = cues.arabic_locative | cues.arabic_place_words | cues.arabic_rural
            if object_of_conflict_verb(tokens, s.i, text, words, stops) and any(
                    c.exact and c.country_code in words.name_countries for c in s.candidates):
                # The English event cue for a verb's object ("shelled X", "targeted X"): the event's place.
                s.cue, s.phrase_start = ARABIC_OBJECT_CUE, s.start
            elif single and is_attributive(tokens, s.i, text, stops):
                if any(c.exact and c.feature_code.startswith("PCL") for c in s.candidates):
                    s.locational, s.cue = False, "demonym"  # "الشبكة السورية": the Syrian network, as "Syrian"
                elif not any(c.exact and _strong(c) for c in s.candidates):
                    return False
        return True

    def _arabic_bridged(self, text: str, tokens: list[Token], readings: list[str], taken: list[bool],
                        found: list[NameSpan]) -> list[NameSpan]:
        """Arabic words right after a firm cue (a settlement word, "ريف", a preposition of place, a verb of
        attack, or "و" after a name) that the automaton read as no name: the town the gazetteer holds only in
        Latin letters whose consonants they write, when one place fits (geo/arabic_translit.py). The span is
        then read in context like any other Arabic name (`_arabic_context`)."""
        cues, words = self.cues, load_arabic_report_words()
        stops = cues.arabic_locative | cues.arabic_place_words | cues.arabic_rural
        countries = frozenset(max(s.candidates, key=lambda c: c.population).country_code for s in found
                              if s.candidates and s.locational and is_arabic(s.norm)) & words.name_countries
        named_before = {s.j for s in found}
        out: list[NameSpan] = []
        n = len(tokens)

        def plain(k: int) -> bool:  # an Arabic word no name took, of no cue and no report vocabulary
            norm = tokens[k].norm
            return not taken[k] and is_arabic(norm) and not any(
                r in stops or r in words.conflict_verbs for r in arabic_candidates(norm)) \
                and norm not in words.conflict_verbs and not is_common_word(arabic_candidates(norm)[0], words)

        k = 1
        while k < n:
            if not plain(k) or text[tokens[k - 1].end : tokens[k].start].strip():
                k += 1
                continue
            before = arabic_candidates(tokens[k - 1].norm)
            settled = any(r in cues.arabic_place_words or r in cues.arabic_rural for r in before)
            cued = settled or any(r in stops for r in before) \
                or object_of_conflict_verb(tokens, k, text, words, stops) \
                or (k in named_before and conjoined(tokens[k].norm, tokens[k].norm[1:]))
            if not cued:
                k += 1
                continue
            run = [k]
            while len(run) < MAX_BRIDGED_WORDS and run[-1] + 1 < n and plain(run[-1] + 1) \
                    and not text[tokens[run[-1]].end : tokens[run[-1] + 1].start].strip() \
                    and tokens[run[-1] + 1].norm[:1] not in CONJUNCTIONS:
                run.append(run[-1] + 1)
            got = bridge(self.gaz, [tokens[m].norm for m in run], countries, words.name_countries,
                         min_consonants=BRIDGE_MIN if settled or countries else BRIDGE_MIN_LOOSE)
            if got is None:
                k += 1
                continue
            size, cand = got
            j = k + size
            out.append(NameSpan(k, j, tokens[k].start, tokens[j - 1].end, " ".join(readings[k:j]), [cand]))
            for m in range(k, j):
                taken[m] = True
            named_before.add(j)
            k = j + 1
        return out

    @staticmethod
    def _arabic_lists(text: str, tokens: list[Token], readings: list[str], spans: list[NameSpan]) -> None:
        """"على صعدة وحجة", "ريف حلب وإدلب": a name whose "and" (و, ف) was peeled off to read it is the next
        item of a list and shares the cue of the Arabic name just before it, as "in X and Y" does in English."""
        for prev, s in zip(spans, spans[1:]):
            if prev.j == s.i and prev.located and s.cue is None and s.vague is None and is_arabic(s.norm) \
                    and is_arabic(prev.norm) and not text[prev.end : s.start].strip() \
                    and conjoined(tokens[s.i].norm, readings[s.i]):
                s.cue, s.vague, s.firm = prev.cue, prev.vague, prev.firm


# Words after which a noun phrase opens: "the L.A. port", "another Neb. jail", "every D.C. school".
_DETERMINERS = frozenset({"a", "an", "the", "another", "this", "that", "these", "those", "every", "each", "some",
                          "many", "most", "all", "both", "several", "other", "our", "their", "its", "his", "her"})


# The least population of a city a masthead's place name is read as, over a division of the same name.
MASTHEAD_CITY = 100_000


# Capitalised words that open a military undertaking's name ("Operation Inherent Resolve", "Exercise Eager Lion").
UNDERTAKING_WORDS = frozenset({"operation", "operations", "exercise"})


def _in_undertaking_name(text: str, tokens: list[Token], i: int) -> bool:
    """Whether token i continues a name opened by a capitalised "Operation" or "Exercise", through at most two
    capitalised words, each a single space apart ("Operation Unified Trident": Trident)."""
    k = i - 1
    while k >= 0 and i - k <= 3 and text[tokens[k].end : tokens[k + 1].start] == " " \
            and tokens[k].text[:1].isupper() and not tokens[k].text.isupper():
        if tokens[k].norm in UNDERTAKING_WORDS:
            return True
        k -= 1
    return False


# Words for a stretch of ground that "rural" before them makes the countryside of the town after "of".
_AREA_WORDS = frozenset({"area", "areas", "parts", "part", "zone", "zones", "outskirts"})
# Division words that head a division's own name when capitalised after it ("Haninge Municipality"), though
# other capitalised lower-case-only division words head an office's or another place's ("Northern Territory").
_NAMED_DIVISIONS = frozenset({"municipality"})
# Words after "X department" that leave "department" the division's word: punctuation, a verb or a
# preposition, not a noun it qualifies ("a department store", "the department head").
_AFTER_DIVISION_WORD = frozenset({"on", "in", "of", "at", "near", "and", "or", "but", "was", "were", "is", "are", "has",
                                  "have", "had", "where", "which", "that", "when", "while", "after", "before",
                                  "since", "from", "to", "by", "with", "during", "said", "says"})


def _word_at(t: Optional[Token], word: str) -> bool:
    return t is not None and t.norm == word


def _division_word_ends(t: Optional[Token]) -> bool:
    """Whether the token after a division word leaves the word ending the place's phrase."""
    return t is None or t.norm in _AFTER_DIVISION_WORD


def _opens_noun_phrase(text: str, tokens: list[Token], i: int) -> bool:
    """Whether token i opens a noun phrase as its first modifier: at the start of the text or a sentence, or
    after a determiner, a number, a capitalised word or a hyphenated compound ("Missing Ill. man", "3 Ind.
    fugitives", "the L.A. port", "cash-strapped Ill. schools"). A dotted abbreviation there, before a lower-case noun, is a place's name used as a modifier, as
    headlines write a state ("Ga. pastor"); after a verb ("hired W.Va. consultants") the text could have
    spelled the place out and is left unread, as a state written short in running text mostly stands after
    a town."""
    if i == 0 or SENTENCE_BREAK.search(text[tokens[i - 1].end : tokens[i].start]):
        return True
    prev = tokens[i - 1]
    return prev.norm in _DETERMINERS or prev.text.isdigit() or prev.text[:1].isupper() \
        or text[prev.end : prev.end + 2] in ("'s", "’s") or (i >= 2 and tokens[i - 2].hyphen_after)


def _postal_code_of(written: str, matched: str) -> bool:
    """Whether `written` is the two-letter postal code of the state whose abbreviation the gazetteer matched
    ("KY" for "Ky.", "GA" for "Ga."): both are listed, but one place keeps one spelling per folded name."""
    return len(written) == 2 and written.isupper() and written == matched.rstrip(".").upper()


def _name_gap(gap: str) -> bool:
    """Whether two words with `gap` between them may be words of one name: nothing, a space or a bare
    hyphen ("Tal-Abyad"). A dash with spaces around it ("Clacton, Essex - Jo Roe", "near Twin Lakes -
    Highway 10") separates a list's items or a caption's parts, as a comma would."""
    stripped = gap.strip()
    if stripped not in JOIN_GAPS or "\n" in gap:
        return False
    return not stripped or gap == stripped


def _initials_and(gap: str, first: Token, second: Token) -> bool:
    """Two capital initials joined by an ampersand ("T&T", "B&H") are one short name, as the aliases file
    writes it: the tokeniser splits at the "&", and the name is looked up across it. Longer words around an
    ampersand ("AT&T", "Procter & Gamble") are firms' names and stay apart."""
    return gap == "&" and len(first.text) == 1 and len(second.text) == 1 and first.text.isupper() \
        and second.text.isupper()


def _run_unknown_names_on(text: str, tokens: list[Token], readings: list[str], spans: list[NameSpan]) -> list[NameSpan]:
    """An unknown name, or one read only as a loose spelling after a firm cue, goes on through a lower-case
    article and the capitalised word it joins ("in Urem al-Kubra", "in Kafr al-Hamra"): the article is the
    name's, so what follows is no place of its own, and the longer name, which the gazetteer lacks, is
    reported unresolved."""
    n = len(tokens)
    gone: set[int] = set()
    for s in spans:
        loose = s.firm and s.candidates and not any(c.exact or c.source == "user" for c in s.candidates)
        if not (s.unknown or loose) or s.facility or not s.locational:
            continue
        while s.j + 1 < n and readings[s.j] == ARTICLE_KEY and tokens[s.j].text[:1].islower() \
                and tokens[s.j + 1].text[:1].isupper() and all(
                    "\n" not in g and g.strip() in JOIN_GAPS
                    for g in (text[tokens[s.j - 1].end : tokens[s.j].start],
                              text[tokens[s.j].end : tokens[s.j + 1].start])):
            j = s.j + 2
            inner = [o for o in spans if o is not s and s.j <= o.i < j]
            if any(o.j > j for o in inner):
                break  # a longer name starts inside: it is read as it was
            gone.update(id(o) for o in inner)
            s.j, s.end = j, tokens[j - 1].end
            s.norm = " ".join(readings[s.i : j])
            s.candidates, s.unknown = [], True
            if s.phrase_end >= 0:
                s.phrase_end = max(s.phrase_end, s.end)
    return [s for s in spans if id(s) not in gone] if gone else spans


def _settle_townships(gaz: Gazetteer, text: str, tokens: list[Token], spans: list[NameSpan]) -> None:
    """Read each township ("Washington Township") as the town or county of its name in a US state the text
    names; where the text names none, or none of its states holds such a place, the township is reported as
    an unknown place (resolved later to the best container the text gives), not as a namesake far away.
    """
    townships = [s for s in spans if s.j - s.i > 1 and tokens[s.j - 1].norm in _TOWNSHIP_WORDS
                 and tokens[s.j - 1].text[:1].isupper()]
    if not townships:
        return
    ids = {id(s) for s in townships}
    states = {c.admin1_code for s in spans if id(s) not in ids and not s.unknown
              for c in s.candidates if c.exact and c.country_code == "US" and c.feature_code == "ADM1"}
    for s in townships:
        name = text[s.start : tokens[s.j - 1].start].strip()
        # Its own name, not an old one ("Washington" was once a name of Piqua), in any spelling of a saint.
        found = [c for v in (name, *division_spellings(name)) for c in gaz.lookup(v, country="US", limit=1000)] \
            if states else []
        named = list({c.id: c for c in found if c.exact and c.kind in (NAME_MAIN, NAME_DERIVED)
                      and c.admin1_code in states
                      and (c.feature_code.startswith("PPL") or c.feature_code == "ADM2")}.values())
        if named:
            s.candidates, s.unknown = named, False
        else:
            s.candidates, s.unknown = [], True


# A y or w inside a word's consonant frame: the diphthong of one spelling, the long vowel of another.
_INNER_SEMIVOWEL = re.compile(r"(?<=.)[yw](?=.)")


def _semivowel_key(gaz: Gazetteer, words: list[str]) -> Optional[int]:
    """The automaton key id of a name read with some of its inner semivowels taken for vowels ("dayr al
    zayr" finds "Dayr az Zawr"), or None. Tried only where a name is cut, so the variants stay few."""
    frames = [skeleton_token(w) for w in words]
    options = [[f] if _INNER_SEMIVOWEL.search(f) is None else [f, _INNER_SEMIVOWEL.sub("", f)] for f in frames]
    for combo in product(*options):
        key = gaz.key_id(" ".join(combo))
        if key is not None:
            return key
    return None


# A border named by the two lands it divides: "the Syria-Iraq border", "the Turkish–Syrian frontier".
_PAIR_GAP = frozenset({"-", "‐", "‑", "–", "—", "/"})
_BORDER_WORDS = frozenset({"border", "borders", "frontier", "boundary", "borderlands", "borderland"})


def mark_border_areas(text: str, tokens: list[Token], spans: list[NameSpan]) -> None:
    """Read "the Syria-Iraq border" and "the Turkish-Syrian border" as a place: the border area.

    In conflict reports fighting, crossings and displacement happen "along the X-Y border", and a
    researcher needs it placed; the area lies in both lands, so each name keeps its own reading with the whole
    compound as its phrase (the same evidence for both). Country adjectives, otherwise an actor's origin, name
    the land here. A country's border area is a part of it (UCDP precision 5, as "northern Syria"); a
    division's stays the division's. A single adjective ("the Turkish border") is left as it was: it does not
    say on which side of the line the event is.
    """
    by_start = {s.start: s for s in spans}
    for a in spans:
        if not a.candidates or a.unknown:
            continue
        gap_end = a.end + 1
        if text[a.end : gap_end] not in _PAIR_GAP:
            continue
        b = by_start.get(gap_end)
        if b is None or not b.candidates or b.unknown or b.j >= len(tokens):
            continue
        word = tokens[b.j]
        if word.norm not in _BORDER_WORDS or not word.text.islower() or text[b.end : word.start] != " ":
            continue
        for s in (a, b):
            if s.demonym:
                s.locational, s.cue = True, "place modifier"
            elif not s.locational:
                s.locational, s.cue = True, "border"
            else:
                s.cue = s.cue or "border"
            s.phrase_start, s.phrase_end = a.start, word.end
            if s.vague is None and s.direction is None and any(
                c.exact and c.feature_code.startswith("PCL") for c in s.candidates
            ):
                s.direction = "border"


# A bare hyphen or dash joining two places' names into one area or joint body ("Dallas-Fort Worth").
_HYPHENS = frozenset({"-", "‐", "‑", "–"})


def _settlement_or_division(s: NameSpan) -> bool:
    """A name the gazetteer holds, as written, for a town or a division (not a loose spelling, a people or a
    state's short form)."""
    return not s.demonym and not s.abbreviation and not s.unknown and any(
        c.exact and c.kind in (NAME_MAIN, NAME_DERIVED) and c.feature_code.startswith(("PPL", "ADM", "PCL"))
        for c in s.candidates)


def hyphen_pairs(text: str, tokens: list[Token], spans: list[NameSpan], cues: Cues,
                 persons: frozenset[str] = frozenset()) -> dict[int, tuple[str, ...]]:
    """Places joined by a bare hyphen into an area, a constituency or a joint district ("Dallas-Fort Worth",
    "MLA for Nelson-Creston", "the Logan-Rogersville school district"): for each such span (by id), on
    which side ("before", "after") its partner stands.

    Each name is a place, though its neighbour is capitalised and one of them may be a given name: the
    hyphen closes one name and opens the next, as no person's or institution's name does with two towns'.
    Left alone: a second name that is a given name ("Jean-Pierre", "Mary-Kate"), a name the document uses
    as a person's, a pair after another capitalised word ("Andrew Lloyd-Webber": a double surname), and a
    pair running on into more capitalised words ("Watertown-Mayer Lutheran"), an institution's name that
    the rest of the recogniser reads."""
    out: dict[int, list[str]] = {}
    n = len(tokens)
    for a, b in zip(spans, spans[1:]):
        if text[a.end : b.start] not in _HYPHENS:
            continue
        if not (_settlement_or_division(a) and _settlement_or_division(b)):
            continue
        first, second = tokens[a.i], tokens[b.i]
        if second.norm in cues.given_names or any(tokens[k].norm in persons for k in (a.i, a.j - 1, b.i, b.j - 1)):
            continue
        before = tokens[a.i - 1] if a.i > 0 else None
        if before is not None and before.text[:1].isupper() and text[before.end : first.start] in (" ", "-") \
                and before.norm not in _OPENING_WORDS and before.norm not in _SENTENCE_OPENERS \
                and before.norm not in cues.directions:
            continue
        if b.j < n and text[b.end : tokens[b.j].start] in (" ", "-") and tokens[b.j].text[:1].isupper() \
                and tokens[b.j].norm not in cues.vague_after:
            continue
        out.setdefault(id(a), []).append("after")
        out.setdefault(id(b), []).append("before")
    return {k: tuple(v) for k, v in out.items()}


def first_upper(surface: str) -> bool:
    """Written in capitals, as datelines are ("ALEPPO", "DEIR EZ-ZOR")."""
    letters = [ch for ch in surface if ch.isalpha()]
    return bool(letters) and all(ch.isupper() for ch in letters)


def _title_case_tokens(text: str, tokens: list[Token], calendar: frozenset[str] = frozenset()) -> set[int]:
    """Starts of tokens on lines written in Title Case (headlines), where capitals prove nothing.

    The names of days and months (`calendar`) are capitalised in any prose, so they are no sign of a
    headline; nor is a line that reads as a sentence (`_reads_as_sentence`): a one-sentence report full of
    names ("Shelling hit X University Hospital on Tuesday.") is prose, not a headline."""
    out: set[int] = set()
    line: list[Token] = []
    line_end = text.find("\n")

    def flush() -> None:
        words = [t for t in line if t.text.isalpha()]
        long_words = [t for t in words if len(t.text) > 3 and t.norm not in calendar]
        if len(long_words) >= 3 and sum(t.text[:1].isupper() for t in long_words) >= 0.8 * len(long_words) \
                and not _reads_as_sentence(text, line):
            out.update(t.start for t in words)

    for t in tokens:
        while line_end != -1 and t.start > line_end:
            flush()
            line = []
            line_end = text.find("\n", line_end + 1)
        line.append(t)
    flush()
    return out


# Words a Title Case headline leaves in lower case (articles, conjunctions, short prepositions): any other
# lower-case word shows the line is written in sentence case.
_TITLE_CASE_MINOR = frozenset("a an the and but or nor for so yet as at by in of off on per to up via with from "
                              "into onto over upon than that vs".split())


def _reads_as_sentence(text: str, line: list[Token]) -> bool:
    """Whether a line is prose: it closes with a full stop or exclamation mark and holds a lower-case word a
    headline would capitalise ("shelled", "hit"). Headlines end without a stop."""
    if not line:
        return False
    tail = text[line[-1].end : line[-1].end + 3].lstrip("\"'’”)]")
    if not tail.startswith((".", "!")):
        return False
    return any(t.text.isalpha() and t.text.islower() and t.norm not in _TITLE_CASE_MINOR for t in line)


def _apply_entities(spans: list[NameSpan], doc: Any, tokens: list[Token], text: str, readings: list[str]) -> list[NameSpan]:
    """Use a spaCy parse where given: names inside longer PERSON/ORG names, and places the gazetteer lacks."""
    ents = [(e.start_char, e.end_char, e.label_) for e in doc.ents]
    out = []
    for s in spans:
        drop = False
        for st, en, label in ents:
            if st <= s.start and s.end <= en:
                s.entity = label
                longer = (st, en) != (s.start, s.end)
                if label == "PERSON" and longer and not s.located:
                    drop = True
                elif label in {"ORG", "FAC", "WORK_OF_ART", "EVENT", "PRODUCT", "LAW"} and longer and s.locational and not s.located:
                    s.locational, s.cue = False, "embedded"
                elif label == "NORP" and not s.demonym and (st, en) == (s.start, s.end):
                    s.locational = False
                    s.cue = s.cue or "demonym"
                break
        if not drop:
            out.append(s)
    covered = [(s.start, s.end) for s in out]
    for st, en, label in ents:
        if label not in {"GPE", "LOC"}:
            continue
        if any(not (en <= a or b <= st) for a, b in covered):
            continue
        toks = [k for k, t in enumerate(tokens) if st <= t.start and t.end <= en]
        if not toks:
            continue
        span_text = text[st:en]
        if not span_text[:1].isupper():
            continue
        i, j = toks[0], toks[-1] + 1
        out.append(NameSpan(i, j, tokens[i].start, tokens[j - 1].end, " ".join(readings[i:j]), unknown=True,
                            entity=label))
    out.sort(key=lambda s: s.start)
    return out


def _date_at(text: str, tokens: list[Token], k: int, cues: Cues) -> bool:
    """A date starts at token k: a month and a day ("March 3", "Nov. 16")."""
    return k + 1 < len(tokens) and tokens[k].norm in cues.months and tokens[k + 1].text.isdigit() \
        and text[tokens[k].end : tokens[k + 1].start].strip() in ("", ".")


# What may follow the head of a noun phrase, but not a word that only modifies one: the end of a clause, a
# possessive, or a word that opens a predicate or a complement.
_AFTER_HEAD = re.compile(r"\s*[.;:!?)\]\"”]|['’]s\b|\s+[a-z]{3,}ed\b")
_HEAD_FOLLOWERS = frozenset({"is", "was", "are", "were", "has", "have", "had", "will", "would", "can", "could",
                             "should", "may", "might", "must", "does", "did", "that", "who", "which", "of", "in",
                             "on", "at", "to", "for", "with", "from"})
# A number after a name, as a model, a gate, a channel or a season's year is written ("Boeing 777", "Gate 10",
# "Spring 2002"), and not a list's next number or a decimal ("Oakdale 4, 5", "Oakdale 1.5").
_NUMBER_AFTER = re.compile(r" \d{1,4}(?![\d.,]\d)(?![\w-])")


def _head_after_article(text: str, tokens: list[Token], s: NameSpan) -> bool:
    """"The Norbury has a tub", "striking the Toyota.", "the Duma's committee": a one-word town's name after
    "the" that ends the noun phrase names a thing (a car, a house model, a cinema, a parliament).

    English writes a town's name bare; after "the" it is either part of the name ("The Hague", matched whole
    by the gazetteer, so never here) or modifies the noun that follows ("the Riverdale area", "the Oakdale
    and Westbury schools"). Where a clause ends, a possessive, a verb or a preposition follows instead, the
    name is the head, so it is something named after the town. Strong places (countries, large cities,
    curated regions) are left alone by the caller: "the Caribbean." is the region.
    """
    if s.i == 0 or tokens[s.i - 1].norm != "the" or text[tokens[s.i - 1].end : s.start] != " ":
        return False
    if _AFTER_HEAD.match(text, s.end) is not None:
        return True
    nxt = tokens[s.j] if s.j < len(tokens) else None
    return nxt is not None and text[s.end : nxt.start] == " " and nxt.text in _HEAD_FOLLOWERS


# A quotation holding only capitalised words around a name, closed right after them: a title or a nickname.
_TITLE_OPENING = re.compile(r"[\"“‘](?:[A-Z][\w'’.&-]*\s+){0,4}$")
_TITLE_CLOSING = re.compile(r"(?:\s+[A-Z][\w'’.&-]*){0,4}[.,!?]?(?:[\"”]|’(?![A-Za-z]))")


def _quoted_title(text: str, s: NameSpan) -> bool:
    """"starred in “Hamilton.”", "the series “Below Deck Mediterranean”", "known as “Smoky Mary”": a name
    that a short quotation of capitalised words holds names the work or the nickname quoted, not the place;
    a place is quoted only inside a sentence quoted with it ("“Europe’s airlines form...”")."""
    return _TITLE_OPENING.search(text, max(0, s.start - 60), s.start) is not None \
        and _TITLE_CLOSING.match(text, s.end) is not None


def _numbered(text: str, tokens: list[Token], s: NameSpan) -> bool:
    """"Boeing 777", "Gate 10", "Rustavi 2 TV": a small place's name with a number after it names a model, a
    gate or a channel; a town is written without one. Roads ("U.S. 27", "Ohio 63") are strong names and are
    left alone by the caller."""
    return _NUMBER_AFTER.match(text, s.end) is not None


def _vessel(tokens: list[Token], s: NameSpan, cues: Cues) -> bool:
    """A ship's name read as a place, prefix and all ("HMS Ocean", "USS Lake Erie")."""
    first = tokens[s.i]
    return s.j - s.i > 1 and first.text.isupper() and first.norm in cues.vessel_prefixes


# Names other geo modules import from here.
_CONTAINMENT_GAP = CONTAINMENT_GAP
_link_containers = link_containers
# "St." / "Ste." / "Saint" right before a name the recogniser matched without it.
_SAINT_BEFORE = re.compile(r"\b(?:St|Ste|Saint|Sainte)\.?\s+\Z")
# Particles written apart or joined to the rest of a name ("De Soto" / "DeSoto", "La Salle" / "LaSalle").
_PARTICLE_APART = re.compile(r"\b(De|Du|Da|Di|La|Le|Van|Von|Des|Del)\s+(?=[A-Z])")
_PARTICLE_JOINED = re.compile(r"\b(De|Du|Da|Di|La|Le|Van|Von|Des|Del)(?=[A-Z][a-z])")
_SAINTS = {"st": ("St.", "Saint"), "ste": ("Ste.", "Sainte"), "saint": ("St.", "Saint"), "sainte": ("Ste.", "Sainte")}


def division_spellings(name: str) -> list[str]:
    """Other spellings of a name a gazetteer may list a division under: a particle apart or joined to the
    rest ("DeSoto" / "De Soto"), a saint abbreviated or written out ("St. Tammany" / "Saint Tammany").
    The name itself is not among them."""
    first, _, rest = name.partition(" ")
    saint = _SAINTS.get(first.rstrip(".").lower())
    starts = [f"{form} {rest}" for form in saint] if saint and rest else [name]
    out: list[str] = []
    for base in starts:
        for v in (base, _PARTICLE_APART.sub(r"\1", base), _PARTICLE_JOINED.sub(r"\1 ", base)):
            if v != name and v not in out:
                out.append(v)
    return out


__all__ = ["NameSpan", "Recogniser", "STREET_HEADS", "STRONG_FEATURES", "first_upper", "mark_border_areas"]


def _part_named_after(tokens: list[Token], j: int) -> bool:
    """Whether tokens from j are a capitalised name and a lower-case kind of town part ("Hodan district",
    "Al-Karama neighbourhood"), as after a town's possessive."""
    k = j
    while k < len(tokens) and k - j < 4 and tokens[k].text[:1].isupper():
        k += 1
    return j < k < len(tokens) and tokens[k].text.islower() and tokens[k].norm in _PART_OF_TOWN
