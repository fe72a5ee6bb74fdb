"""Find place names in text: gazetteer automaton over normalised tokens, filtered and labelled by context.

Recognition is driven by the gazetteer, not by a statistical tagger, because small English NER models miss
or mislabel many places in conflict reporting. The automaton runs over a "skeleton text" built from the
capitalised tokens (and name connectors such as "al", "of"), so every hit is token-aligned and maps back to
exact character offsets. Context then decides what a hit is: a place (with its cue: "in", "village of",
"rural", "countryside"), an actor (metonymy, demonym), part of an organisation's name, a person, or a common
word that happens to be a town somewhere.

This module holds the automaton pass and the order of the steps (`Recogniser.recognise`); the steps live
in modules of their own: the context of one name (geo/context_reading.py, reading words with
geo/cue_readers.py), Arabic-script names (geo/arabic_names.py), state abbreviations (geo/abbreviations.py),
townships (geo/townships.py), hyphen pairs and border areas (geo/name_pairs.py), Title Case lines
(geo/title_case.py).
"""
from __future__ import annotations

import re
from bisect import bisect_right
from itertools import compress, product
from typing import Any, Optional

from eventwatch.geo.accented_short_names import accented_short_word, accented_spelling, marks_end, site_noun_after, \
    site_nouns, spelled_as_written
from eventwatch.geo.compass_divisions import compass_division_spans
from eventwatch.geo.compass_ends import hold_compass_ends
from eventwatch.geo.held_river_mentions import held_river_mentions
from eventwatch.geo.town_appositions import town_appositions
from eventwatch.geo.unheld_features import unheld_feature_names
from eventwatch.geo.unheld_sounds import unheld_sound_names
from eventwatch.geo.compass_siblings import sibling_compass_towns
from eventwatch.geo.abbreviations import abbreviation_opens, abbreviation_stands
from eventwatch.geo.coordinated_codes import coordinated_codes, coordinated_gap
from eventwatch.geo.accord_names import mark_accord_names
from eventwatch.geo.adjectival_features import adjective_aliases, mark_adjectival_uses
from eventwatch.geo.along_lines import along_lines
from eventwatch.geo.arabic_settlement_names import settlement_word_shadows
from eventwatch.geo.arabic_construct import read_genitives
from eventwatch.geo.arabic_roads import mark_road_ends
from eventwatch.geo.arabic_names import arabic_bridged, arabic_lists, conjoined_list_items
from eventwatch.geo.arabic_head_genitives import without_head_genitives
from eventwatch.geo.arabic_cued_divisions import uncued_divisions
from eventwatch.geo.arabic_joined_in import joined_in_towns
from eventwatch.geo.arabic_joined_names import keeps_conjunction
from eventwatch.geo.arabic_open_heads import release_open_heads
from eventwatch.geo.arabic_soldier_words import without_soldiers_adjectives
from eventwatch.geo.arabic_titled_persons import without_titled_persons
from eventwatch.geo.arabic_words import load_arabic_report_words, without_ordinary_words
from eventwatch.geo.acting_places import mark_acting_places
from eventwatch.geo.armed_group_names import mark_arabic_group_places, mark_armed_group_places
from eventwatch.geo.associative import load_associative, mark_associative, mark_feature_sides, polity, share_agency
from eventwatch.geo.bracketed_divisions import mark_bracketed_divisions
from eventwatch.geo.context_reading import COLON_DATELINE, MARKED_DATELINE, colon_dateline_town, read_context
from eventwatch.geo.cue_readers import (UNDERTAKING_WORDS, _COMMA_GAP, _KIND_OF, _LOOSE_SPELLING_OPENERS,
                                        _OPENING_WORDS, _PARTY_STATE, _PART_OF_TOWN, demonym_word,
                                        division_spellings, division_word_applies, institution_follows,
                                        opens_sentence_as_word)
from eventwatch.geo.body_heads import body_head_names
from eventwatch.geo.common_word_names import HEADLINE_LABELS, common_word_dateline, common_word_names
from eventwatch.geo.contest_titles import contest_title_words
from eventwatch.geo.name_openers import name_openers
from eventwatch.geo.generic_divisions import generic_divisions
from eventwatch.geo.run_on_datelines import run_on_dateline
from eventwatch.geo.list_openers import dateline_home_towns, written_dateline_states
from eventwatch.geo.short_datelines import corroborated_short_datelines, short_dash_dateline
from eventwatch.geo.directions import (far_compass_qualifiers, join_capitalised_directions, join_trailing_directions,
                                      lone_compass_words)
from eventwatch.geo.document_words import document_words
from eventwatch.geo.elided_heads import compass_words_sharing_a_name
from eventwatch.geo.county_abbreviations import join_county_abbreviations
from eventwatch.geo.county_councils import county_council_readings
from eventwatch.geo.cued_features import without_uncued_features
from eventwatch.geo.division_names import (designated_division_readings, designated_end, join_county_before,
                                           join_division_designators)
from eventwatch.geo.event_venues import mark_event_venues
from eventwatch.geo.facilities import facilities, load_facilities
from eventwatch.geo.feature_grounds import ground_natural_features
from eventwatch.geo.false_places import (agency_names, distance_marker, firm_name_openers, legislature_use,
                                         load_false_place_words, masthead_end, municipal_body, named_day,
                                         noun_after_demonym, person_possession, service_words_in_districts,
                                         vehicle_use, vehicles)
from eventwatch.geo.firm_appositions import firm_named_places
from eventwatch.geo.first_level_words import readings_by_first_level_words
from eventwatch.geo.island_appositions import island_appositions
from eventwatch.geo.features import STREET_HEADS, features, listed_streets, streets
from eventwatch.geo.listed_features import listed_features
from eventwatch.geo.gazetteer import Candidate, Gazetteer
from eventwatch.geo.group_compounds import group_compounds
from eventwatch.geo.greater_areas import greater_areas
from eventwatch.geo.identity_compounds import identity_demonyms
from eventwatch.geo.landmark_spans import mark_landmarks
from eventwatch.geo.lexicon import Cues, actor_names, arabic_actor_names, load_cues
from eventwatch.geo.loose_adjectives import loose_people_adjective
from eventwatch.geo.possessive_names import possessive_end, saint_building
from eventwatch.geo.loose_words import capital_code, loose_words
from eventwatch.geo.portfolio_lists import portfolio_words
from eventwatch.geo.school_sides import mark_school_sides
from eventwatch.geo.town_part_prefixes import town_part_prefixes
from eventwatch.geo.town_readings import town_spans
from eventwatch.geo.literal_modifiers import load_literal_modifiers, mark_literal_modifiers
from eventwatch.geo.market_streets import mark_market_streets
from eventwatch.geo.name_lists import (CONTAINMENT_GAP, actor_list_members, after_comma, confirm_containment,
                                       link_containers, literal_list_members, names_among_non_places,
                                       spread_place_cues, spread_plural_cues)
from eventwatch.geo.name_pairs import compound_tail, hyphen_pairs, mark_border_areas, side_by_side_names
from eventwatch.geo.pair_bodies import share_pair_embedding
from eventwatch.geo.trade_namesakes import mark_trade_namesakes
from eventwatch.geo.name_span import JOIN_GAPS, NATURAL_FEATURES, STRONG_FEATURES, NameSpan
from eventwatch.geo.name_span import strong as _strong
from eventwatch.geo.named_things import names_of_things
from eventwatch.geo.registered_clubs import club_word_places, mark_registered_clubs
from eventwatch.geo.kind_asides import unknown_before_kind_aside
from eventwatch.geo.directional_divisions import read_unheld_parts
from eventwatch.geo.list_tail_unknowns import unknown_list_tails
from eventwatch.geo.opening_in_names import unknown_after_opening_in
from eventwatch.geo.between_ends import between_two_ends
from eventwatch.geo.residents_of_names import unknown_after_residents_of
from eventwatch.geo.residence_towns import unknown_home_towns
from eventwatch.geo.article_rivers import keep_article_rivers
from eventwatch.geo.bare_feature_names import carry_feature_kinds
from eventwatch.geo.bare_river_mentions import bare_river_mentions
from eventwatch.geo.housing_complexes import housing_complex_names
from eventwatch.geo.owner_shops import owner_shop_names
from eventwatch.geo.island_name_heads import other_feature_head
from eventwatch.geo.natural_features import (adjectival_names, keep_named_kind, load_kind_nouns, mark_kind_nouns,
                                             short_feature_names, the_feature_not_its_division)
from eventwatch.geo.normalise import (ARTICLES, ARTICLE_KEY, SUN_ARTICLES, Token, arabic_candidates, is_arabic,
                                      skeleton_token, tokenize)
from eventwatch.geo.party_names import party_names
from eventwatch.geo.people_divisions import people_division_readings
from eventwatch.geo.listed_demonym_towns import listed_demonym_towns
from eventwatch.geo.people_names import publication_title, with_namesake_towns
from eventwatch.geo.persons import opens_aged_name, person_names, person_shaped_feature, titled_name
from eventwatch.geo.prize_names import metal_after, prize_name
from eventwatch.geo.river_towns import unheld_rivers
from eventwatch.geo.river_verbs import bare_rivers_after_lines, river_readings
from eventwatch.geo.roads import roads
from eventwatch.geo.route_end_towns import PlacedStates
from eventwatch.geo.saint_names import saint_hits
from eventwatch.geo.seat_spans import mark_seats
from eventwatch.geo.section_labels import section_label
from eventwatch.geo.settlement_lists import settlement_list_names
from eventwatch.geo.short_forms import load_short_forms, stands_alone
from eventwatch.geo.store import NAME_ABBREVIATION, NAME_DEMONYM
from eventwatch.geo.story_countries import StoryCountries
from eventwatch.geo.study_fields import study_field_names
from eventwatch.geo.title_case import _title_case_tokens
from eventwatch.geo.title_readings import title_readings
from eventwatch.geo.townships import settle_townships, unknown_townships, us_counties_named, us_states_named
from eventwatch.geo.unknown_names import plain_unknown_word, unknown_after_cues, unknown_after_locative, whole_hyphenated_names
from eventwatch.geo.vessel_names import named_vessel, vessel_names
from eventwatch.geo.given_names_after import given_name
from eventwatch.geo.plural_noun_openers import plural_noun_opener
from eventwatch.geo.weapon_names import weapon_names
from eventwatch.geo.web_addresses import lower_words_outside_addresses
from eventwatch.geo.whole_names import (long_form_states, mark_actor_names, mark_arabic_actor_names, mark_remits, mark_teams, not_name_words,
                                        per_cues,
                                        whole_names)


_BRACKETED = re.compile(r" ?\([A-Z][A-Za-z]{0,4}\.(?:[A-Z][a-z]{0,3}\.)?\)")  # "Walker County (Ga.)"
_ABBREVIATION_JOIN = re.compile(r"[A-Za-z]\.\s+[A-Z]")  # "St. Louis", "Ala. An": words joined across a period
# A possessive inside a name ("Cox's Bazar", "King's Lynn", "Martha's Vineyard"): the tokenizer drops the "'s".
# A dateline in capitals writes it "'S" ("COX'S BAZAR —", "GOVERNOR'S HARBOUR —"), the same name.
_POSSESSIVE_GAP = re.compile(r"['’][sS] ")
# ", France —" after a short capitalised word opening a story: a dateline's country, then its dash.
# The country or state may be abbreviated as papers write them ("ADA, Okla. —", "ELY, Nev. —", "RYE, N.H. —",
# "ADA, W.Va. (AP) —"); each word still needs a lower-case letter or a dot, so an acronym list ("NEA, AFT —") is none.
# The words after the comma must name a state or a country in the gazetteer (`_names_a_land`): a person or a
# body there ("ADA, Tom Harkin — its author —", "ADA, Mayor Lena Marsh —", "ADA, Justice Department —") is the
# acronym, then who spoke, whatever title the name wears or lacks.
# The dash may be typed as one or two hyphens and the agency named in full, as MARKED_DATELINE reads them
# ("ADA, Okla. -- ", "PAU, France (Reuters) —").
_COUNTRY_DATELINE = re.compile(r",\s+(?P<land>(?:[A-Z](?:[a-z]+\.?|\.(?:[A-Z][a-z]?\.)+))(?:\s+[A-Z][a-z]+\.?){0,2})"
                               r"(?:\s+\([A-Z][^)]{1,40}\))?\s+(?:[—–]|--?\s)")
# Sun-letter article forms that are also everyday English or Romance words ("at Tampa", "as Sam", "en
# Provence"): lower case, they join a name only with a hyphen ("at-Tanf").
_ENGLISH_ARTICLE_FORMS = frozenset({"as", "at", "an", "us", "en", "es", "et", "un", "er", "ur"})


# A name written with a lower-case class prefix before its capital ("eThekwini", "uMgungundlovu", "iSimangaliso",
# "oThongathi": Nguni locatives and noun classes) is capitalised at its stem.
_PREFIXED_CAPITAL = re.compile(r"[a-z]{1,2}[A-Z][a-z]{2,}")
# A Romance name's elided particle before its capital ("Cortina d'Ampezzo", "Val d'Isère", "Côte d'Ivoire",
# "San Giovanni all'Orso") is written in lower case, yet the word is the name's.
_ELIDED_PARTICLE = re.compile(r"(?:d|l|dell|dall|nell|sull|all)['’][A-ZÀ-Ý][^\W\d_]{2,}")
# A stem of one or two letters ("Côte d'Or", "Château-d'Œx") is a name's word only straight after the name's
# capitalised first word: alone ("won the Palme d'Or") it is a metal or a word, never a place of its own.
_SHORT_ELIDED = re.compile(r"[dl]['’][A-ZÀ-ÝŒ][^\W\d_]{0,1}")
_APOSTROPHES = ("'", "’")


def capitalised(word: str) -> bool:
    """Whether a word is written as a name: a capital first letter, or a lower-case prefix before the capital
    of a name's stem ("eThekwini", "d'Ampezzo"), which a check of the first letter alone reads as a common word."""
    if word[:1].isupper():
        return True
    # (a word with no capital at all, as `islower` says of most words of prose, matches neither pattern)
    return not word.islower() and (_PREFIXED_CAPITAL.fullmatch(word) is not None
                                   or _ELIDED_PARTICLE.fullmatch(word) is not None)


_POLITY_FEATURES = ("PCL", "ADM1", "CONT")


def _names_a_country(cands: list[Candidate]) -> bool:
    """Whether some reading is a country spelled exactly (not its people's name). A plain loop, not a generator
    inside `any`: every hit of every document is asked, and most readings are no country's."""
    for c in cands:
        if c.exact and c.kind != NAME_DEMONYM and c.feature_code.startswith("PCL"):
            return True
    return False


def _strong_name_tokens(found: list[NameSpan]) -> tuple[frozenset[int], frozenset[int], frozenset[int]]:
    """The tokens of the names with an exact reading that is (1) a country, first-level division or continent,
    (2) strong (`name_span.strong`), (3) strong and not a natural feature.

    One pass over the readings: a country, division or continent is always strong, so the three sets need
    `strong` once per exact reading, where a pass per set asked it twice of every reading of every name."""
    polity: list[int] = []
    strong: list[int] = []
    placed: list[int] = []
    for s in found:
        is_polity = is_strong = is_placed = False
        for c in s.candidates:
            if not c.exact or not _strong(c):
                continue
            is_strong = True
            fc = c.feature_code
            is_polity = is_polity or fc.startswith(_POLITY_FEATURES)
            is_placed = is_placed or not fc.startswith(NATURAL_FEATURES)
            if is_polity and is_placed:
                break
        if is_strong:
            span = range(s.i, s.j)
            strong.extend(span)
            if is_polity:
                polity.extend(span)
            if is_placed:
                placed.extend(span)
    return frozenset(polity), frozenset(strong), frozenset(placed)


# "St. John's, N.L.", "St. Mary's, Ga.": a town's name that ends in "'s", whose "s" the tokens leave out, before its
# state's comma. Read only after a capitalised word ("the mayor's, Ga." is no town's), where the "'s" ends a name,
# and only for a dotted abbreviation ("N.L.", "Ga."): a bare code in capitals after any owner's name is as often a
# word ("SOTHEBY'S, LA GALERIE": "LA" is French there, not Louisiana), and in capitals every word may name a place.
_NAMES_S_COMMA = re.compile(r"['’][Ss],\s*")


def _undotted_after_town(text: str, tokens: list[Token], i: int) -> bool:
    """Token i, a Title-case word of two letters with no period ("Ky"), written after "Town, ": where a
    state's abbreviation stands, as copy that drops the period writes it ("Oakdale, Ky (AP)")."""
    t = tokens[i]
    return i > 0 and t.text[:1].isupper() and t.text[1:].islower() and text[t.end : t.end + 1] != "." \
        and _COMMA_GAP.fullmatch(text, tokens[i - 1].end, t.start) is not None and tokens[i - 1].text[:1].isupper()


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
        # A list neighbour's readings by name, for the document being read (`neighbour_readings`)
        self._neighbour_cache: dict[str, list] = {}
        # Nouns after which "the Pô" is still the town ("the Pô area", "the Pô jail"): geo/accented_short_names.py
        self._site_nouns = site_nouns(self.cues.place_of | self.cues.lowercase_divisions | self.cues.junction_heads
                                      | self.cues.feature_heads | frozenset(self.cues.vague_after)
                                      | load_facilities().heads)
        self.actors = actor_names()
        self.associative = load_associative()
        # Country adjectives before a place noun ("Syrian territory", "British farms") name the country
        # (geo/literal_modifiers.py); every other demonym stays an actor's origin.
        self.literal_modifiers = load_literal_modifiers() if literal_modifiers else None
        # Feature names and country aliases that double as adjectives ("Mediterranean diet", "a Saudi office"):
        # places only before a place noun.
        self.adjectival = adjectival_names() | adjective_aliases()
        # Cars, holidays, parliaments and people named like places (geo/false_places.py).
        self.false_places = load_false_place_words()
        # Bare short forms news writes on their own ("in DC", "in KL"), from aliases.yaml (geo/short_forms.py).
        self.short_forms = load_short_forms()
        # Words of place kind after a name ("the Hope Valley", "the Karrada district"): its vague-after words,
        # feature heads and kinds of division.
        self.place_nouns = frozenset(self.cues.vague_after) | self.cues.feature_heads | _PART_OF_TOWN | _KIND_OF

    # -- the automaton pass ------------------------------------------------------------------------------
    def _readings(self, tokens: list[Token]) -> tuple[list[str], list[bool], list[bool], list[int]]:
        """Folded form of each token as names are indexed, whether it may sit inside a name, whether it is
        written as a name (`capitalised`), and the positions of Arabic-script words: each worked out once here
        for every later step that asks."""
        cues = self.cues
        n = len(tokens)
        norms = [t.norm for t in tokens]
        # `capitalised`'s own first test inline, and its second only for a word not all in lower case: most
        # words of prose settle one way or the other without the call.
        cap = [w[:1].isupper() or (not w.islower() and capitalised(w)) for w in [t.text for t in tokens]]
        out = list(norms)
        include = [False] * n
        arabic_at: list[int] = []
        for k, t in enumerate(tokens):
            nt = norms[k]
            if not nt.isascii() and is_arabic(nt):  # isascii first: most words, without a call
                arabic_at.append(k)
                readings = arabic_candidates(nt)
                for reading in readings:
                    if self.gaz.starts_a_name(reading):
                        out[k] = reading
                        break
                else:
                    out[k] = readings[0]
                if out[k] != nt and k > 0 and arabic_at[-2:-1] == [k - 1] \
                        and keeps_conjunction(self.gaz.automaton, out[k - 1], nt):
                    out[k] = nt  # "جامو وكشمير": the "و" is the name's (geo/arabic_joined_names.py)
                if any(r in cues.arabic_place_words or r in cues.arabic_locative for r in readings):
                    out[k] = next(r for r in readings if r in cues.arabic_place_words or r in cues.arabic_locative)
                include[k] = True
                continue
            nxt_cap = k + 1 < n and cap[k + 1]
            if nt in ARTICLES and (t.hyphen_after or nxt_cap):
                out[k] = ARTICLE_KEY
            elif nt in SUN_ARTICLES and k + 1 < n and (
                t.hyphen_after or (nxt_cap and norms[k + 1].startswith(SUN_ARTICLES[nt][0]) and (
                    # "the US Senate": a code in capitals, no article (geo/loose_words.py)
                    (cap[k] and not capital_code(t.text, tokens[k + 1].text))
                    or (k > 0 and cap[k - 1] and t.start - tokens[k - 1].end == 1
                               and tokens[k + 1].start - t.end == 1
                               and (nt not in _ENGLISH_ARTICLE_FORMS
                                    or self._word_inside_name(norms[k - 1], ARTICLE_KEY, norms[k + 1])))
                ))
            ):
                out[k] = ARTICLE_KEY
            # `_hyphen_linked` needs a hyphen after the word: most words have none, and skip the call.
            # `whole_name_connectors` ("or"): let in like a connector, it joins only where the gazetteer holds
            # the whole run ("Truth or Consequences"), as every hit is a gazetteer key.
            include[k] = (cap[k] and not nt.isdigit()) or out[k] == ARTICLE_KEY or nt in cues.name_connectors \
                or nt in cues.whole_name_connectors or (nt in cues.lowercase_name_nouns and k > 0 and cap[k - 1]) \
                or (t.hyphen_after and _hyphen_linked(tokens, cap, k)) \
                or (nt == "a" and 0 < k < n - 1 and cap[k - 1] and cap[k + 1] and t.start - tokens[k - 1].end == 1
                    and tokens[k + 1].start - t.end == 1 and self._word_inside_name(norms[k - 1], nt, norms[k + 1]))
            if not include[k] and t.text[1:2] in _APOSTROPHES and k > 0 and cap[k - 1] \
                    and t.start - tokens[k - 1].end == 1 and _SHORT_ELIDED.fullmatch(t.text) is not None:
                include[k] = True  # "Côte d'Or", "Côte-d'Or": the short elided word goes on with the name
            if nt.isdigit() and 0 < k < n - 1 and cap[k - 1] and cap[k + 1] \
                    and t.start - tokens[k - 1].end == 1 and tokens[k + 1].start - t.end == 1:
                # "North 24 Parganas", "South 24 Parganas": a number inside a run of names, set off by single
                # spaces on both sides, may be part of the name (a list or a date puts punctuation there).
                include[k] = True
        return out, include, cap, arabic_at

    def _word_inside_name(self, before: str, word: str, after: str) -> bool:
        """Whether a lower-case word between two capitalised ones sits inside a name the gazetteer holds whole:
        an article form that is also an everyday word ("Dar es Salaam", "Bandar as Salam", read with
        `ARTICLE_KEY` for the word) or a Romance preposition that is also an English article ("Gracias a Dios",
        "Bagno a Ripoli"). Only then does it go on with the name, so "Jones at Tampa" stays two words and "gave
        Lima a Sunday" one name and a word."""
        automaton = self.gaz.automaton
        if automaton is None:
            return False
        key = " ".join((skeleton_token(before), skeleton_token(word), skeleton_token(after)))
        return automaton.exists(key) or automaton.match(key + " ")

    def _hits(self, text: str, tokens: list[Token], readings: list[str], include: list[bool]) -> dict[tuple[int, int], list[int]]:
        pieces: list[str] = []
        start_at: dict[int, int] = {}
        end_at: dict[int, int] = {}
        pos = 0
        prev = -1
        # Only the words that may sit inside a name (a fifth of them) are visited; the gap to the one before
        # is read only when that one is the word right before it, as only then can the two be joined.
        for k in compress(range(len(tokens)), include):
            t = tokens[k]
            if prev >= 0:
                joined = False
                if prev == k - 1:
                    before = tokens[prev]
                    gap = text[before.end : t.start]
                    stripped = gap.strip()
                    joined = (stripped in JOIN_GAPS and "\n" not in gap
                              or (stripped == "." and len(before.text) <= 3 and before.text[:1].isupper())
                              or _initials_and(gap, before, t)
                              or (_POSSESSIVE_GAP.fullmatch(gap) is not None and t.text[:1].isupper()))
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
        """The names the automaton holds from a word's start to a word's end of the skeleton text.

        Only such hits count, so each word's start is extended word end by word end while what it spans
        opens some key (`match`), rather than iterating every key inside the text: keys of a letter or two
        hit inside most words, and reading those hits cost five times the names. The hits are added in the
        order a full iteration finds them (by the position they end at, the longer first), which later steps
        read the spans in."""
        if automaton is None or not skel:
            return
        ends = list(end_at)  # increasing: positions are added left to right
        n = len(ends)
        found: list[tuple[int, int, int]] = []  # (end, -length, value)
        get, match = automaton.get, automaton.match
        for s in start_at:
            # By index, not over a slice: a slice copied every later word end for each word, quadratic in
            # a long document's words, where the walk stops after a word or two.
            for x in range(bisect_right(ends, s), n):
                e = ends[x]
                piece = skel[s:e]
                if not match(piece):
                    break  # no key opens so, nor with more words
                value = get(piece, None)
                if value is not None:
                    found.append((e, s - e, value))
        found.sort()
        for e, back, value in found:
            spans.setdefault((start_at[e + back], end_at[e] + 1), []).append(sign * (value >> 8))

    # -- main entry ------------------------------------------------------------------------------------
    def _names_a_land(self, words: str) -> bool:
        """Whether the words after a short dateline's comma name a state or a country, written out or abbreviated
        as the gazetteer knows it ("Okla.", "N.H.", "Maine", "France"); a person's name or a body's is none."""
        return any(c.exact and (c.kind == NAME_ABBREVIATION or c.feature_code.startswith(("PCL", "ADM1")))
                   for c in self.gaz.lookup(words, limit=30))

    def recognise(self, text: str, spacy_doc: Any = None, tokens: Optional[list[Token]] = None) -> list[NameSpan]:
        tokens = tokens if tokens is not None else tokenize(text)
        if not tokens:
            return []
        self._neighbour_cache = {}
        readings, include, cap, arabic_at = self._readings(tokens)
        if arabic_at:  # "بني وليد": the word after a compound's head keeps its first letter (geo/arabic_construct.py)
            read_genitives(text, tokens, readings, arabic_at, self.cues.arabic_place_words | self.cues.arabic_locative)
        hits = self._hits(text, tokens, readings, include)
        self._complete_dangling_articles(text, tokens, readings, hits)
        spelled = saint_hits(self.gaz, text, tokens, readings, hits)  # geo/saint_names.py: "St. Charles County" whole
        if arabic_at:  # an Arabic-script word has no case: it counts as written as a name
            cap = list(cap)
            for k in arabic_at:
                cap[k] = True
        # Longest first, then leftmost; only hits that may name anything are sorted.
        # A name's capitalised designator counts towards its length ("Far North Region": geo/division_names.py).
        # Of two as long, one opened by an Arabic settlement word ("مدينة عين", an alternate name of Al Ain) yields
        # to the name the word stands before ("مدينة عين العرب": the town of Ayn al-Arab).
        order = sorted([(i, j) for i, j in hits if self._may_name(text, tokens, readings, cap, hits[(i, j)], i, j)],
                       key=lambda ij: (-(designated_end(text, tokens[ij[1] - 1].end) - tokens[ij[0]].start),
                                       -(tokens[ij[1] - 1].end - tokens[ij[0]].start),
                                       readings[ij[0]] in self.cues.arabic_place_words,
                                       ij[0]))
        if arabic_at:  # "مدينة زنجبار": the settlement word a cue where the name after it has namesakes abroad
            order = [(i, j) for i, j in order if not settlement_word_shadows(
                self.gaz, hits, readings, self.cues.arabic_place_words, i, j)]
        # One read of the store for the whole text: the rows each (name key, spelling) that may name a place
        # can pick (a third of the automaton's hits never can, and each costs the store an index seek).
        self.gaz.prefetch({(k, " ".join(readings[i:j])) for i, j in order for k in hits[(i, j)] if k > 0})

        ordered = frozenset(order)
        found: list[NameSpan] = []
        standing: set[int] = set()  # last tokens of abbreviations the words around them make places
        joined_codes: list[NameSpan] = []  # bare codes joined by "and"/"or" to a capitalised word
        short_at: Optional[int] = None  # where a short dateline ("JOS —") was read (geo/short_datelines.py)
        taken = [False] * len(tokens)
        for i, j in order:
            if any(taken[i:j]):
                continue
            if j - i > 2 and between_two_ends(text, tokens, i, j, ordered):
                continue  # "between Naracoorte and Lucindale": two towns, not the council named for both
            norm = " ".join(readings[i:j])
            cands = self.gaz.candidates(hits[(i, j)], (norm, spelled[(i, j)]) if (i, j) in spelled else norm)
            surface = text[tokens[i].start : tokens[j - 1].end]
            if j - i == 1 and len(surface) == 2:
                written = accented_spelling(text, tokens, i, self._site_nouns)
                if written is not None:  # "Pô", accent and all (geo/accented_short_names.py)
                    cands = spelled_as_written(cands, written)
            # Abbreviations ("La.", "IN") count only as written, after "Town, " (checked below).
            comma_before = i > 0 and (
                _COMMA_GAP.fullmatch(text, tokens[i - 1].end, tokens[i].start) is not None
                or (_NAMES_S_COMMA.fullmatch(text, tokens[i - 1].end, tokens[i].start) is not None
                    and tokens[i - 1].text[:1].isupper()
                    and "." in text[tokens[i].start : tokens[j - 1].end + 1])
                or _BRACKETED.match(text, tokens[i - 1].end) is not None  # "Walker County (Ga.) Sheriff"
            )
            # A dotted abbreviation ("S.C.", "Ky.") also stands after a firm place cue ("in S.C."), a party
            # letter ("D-S.C.") or as a modifier ("a Ky. man"); a bare code ("IN", "ME", "OR") only after "Town, ",
            # but for the few short forms written on their own ("in DC", geo/short_forms.py).
            alone = {c.country_code for c in cands if c.kind == NAME_ABBREVIATION
                     and stands_alone(self.short_forms, surface, c)}
            codes = [c for c in cands if c.kind == NAME_ABBREVIATION]
            cands = [c for c in cands if c.kind != NAME_ABBREVIATION
                     or abbreviation_stands(self.cues, self.short_forms, text, tokens, c, i, j, comma_before,
                                            alone, standing)]
            if codes and surface.isupper() and "." not in surface \
                    and not any(c.kind == NAME_ABBREVIATION for c in cands) and coordinated_gap(text, tokens, i, j):
                # "NSW and the ACT": set aside, read once its neighbours are (geo/coordinated_codes.py)
                joined_codes.append(NameSpan(i, j, tokens[i].start, tokens[j - 1].end, norm, codes))
            if j - i > 1 and _ABBREVIATION_JOIN.search(text, tokens[i].start, tokens[j - 1].start + 1):
                # "Monroeville, Ala. An alert...": the period may end the sentence, so a name read across it
                # must be one the gazetteer writes so ("St. Louis"), not a loose spelling ("Ala An" ~ "En-an").
                cands = [c for c in cands if c.exact]
            if text[tokens[j - 1].end : tokens[j - 1].end + 1] == "." and any(
                c.kind == NAME_ABBREVIATION for c in cands
            ):
                # "Slidell, La.": after "Town, " the dotted word is the state, not a loose spelling of a town;
                # nor a town spelled alike ("Quillmoor, Kan." is no alias of a Chinese city), known town or not.
                cands = [c for c in cands if c.kind == NAME_ABBREVIATION or (c.exact and not comma_before)]
            # A name written in capitals ("BA", "SOL") is an acronym unless the gazetteer writes it so ("UK").
            if surface.isupper() and len(surface.replace(".", "")) <= 5:
                # only names of four letters or more can be datelines: "US" and "UN" skip the look back
                opens_line = len(surface) > 3 and not text[text.rfind("\n", 0, tokens[i].start) + 1 : tokens[i].start].strip()
                # "GOLF —", "CARS —": a web page's section label before a dash or a colon is no dateline, though
                # "GOLF, Illinois" would name the town (geo/common_word_names.py)
                label = norm in HEADLINE_LABELS
                dateline = len(surface) > 3 and (text[tokens[j - 1].end : tokens[j - 1].end + 1] == "," or (
                    not label and norm not in self.cues.common_words and any(colon_dateline_town(c) for c in cands)
                    and (
                        ((COLON_DATELINE.match(text, tokens[j - 1].end) is not None
                          or MARKED_DATELINE.match(text, tokens[j - 1].end) is not None) and opens_line)
                        # "Headline words. OMAHA -- A study...": run on after a headline (geo/run_on_datelines.py)
                        or run_on_dateline(text, tokens[i].start, tokens[j - 1].end))))
                if not dateline and short_dash_dateline(text, tokens[i].start, tokens[j - 1].end, cands,
                                                        label or norm in self.cues.common_words):
                    # "JOS —", "HO —": a regional paper's short-named town before the dash (geo/short_datelines.py);
                    # its other readings stay, and the story must name somewhere else in the town's country
                    dateline, short_at = True, tokens[i].start
                if not dateline and len(surface) > 3 and opens_line and not label \
                        and MARKED_DATELINE.match(text, tokens[j - 1].end) is not None:
                    # "CORK —", "BATH —": a city named like a word opening the story before a dash, not a colon;
                    # only the cities that qualified are read, not the word's other namesakes
                    word_towns = common_word_dateline(cands)
                    if word_towns:
                        cands, dateline = word_towns, True
                # "PAU, France —": a three-letter town opening the story, its country after the comma and the
                # dateline's dash after that, is a dateline as a longer one is; an acronym takes no country.
                land = _COUNTRY_DATELINE.match(text, tokens[j - 1].end) if len(surface) == 3 else None
                short_dateline = land is not None and self._names_a_land(land.group("land")) \
                    and not text[text.rfind("\n", 0, tokens[i].start) + 1 : tokens[i].start].strip()
                cands = [c for c in cands if c.matched.isupper() or c.source == "user" or dateline
                         or c.kind == NAME_ABBREVIATION  # "Louisville, KY": passed the check above
                         or (short_dateline and c.exact and c.feature_code.startswith("PPL"))
                         # a label is no loose spelling of a land either ("HOMES —" is no "Homs")
                         or (c.feature_code.startswith(("PCL", "ADM1")) and len(surface) > 3
                             and (c.exact or not label))]
            if j - i > 1 and (tokens[i].norm in _OPENING_WORDS or tokens[i].norm in _LOOSE_SPELLING_OPENERS) \
                    and not any(c.exact for c in cands):
                # "In Syria, ...": a sentence-opening preposition read into a loose spelling ("In Syria" ~
                # "Ano Syra") would hide the exact name after it; the shorter hit is read instead.
                continue
            if j - i > 1 and any(_POSSESSIVE_GAP.fullmatch(text, tokens[k - 1].end, tokens[k].start)
                                 for k in range(i + 1, j)):
                # Read across a possessive, a name must be one the gazetteer writes with it ("Cox's Bazar"),
                # never a possessor and its possession ("Syria's Idlib").
                cands = [c for c in cands if c.exact and ("'" in c.matched or "’" in c.matched)]
            if j - i == 1 and len(surface) == 2 and not surface.isupper() and _undotted_after_town(text, tokens, i):
                cands = [c for c in cands if c.kind == NAME_ABBREVIATION]  # "Oakdale, Ky": the state or nothing
            if _names_a_country(cands):
                # "Somalia" spelled exactly is the country, never a look-alike of a division ("Somali" region)
                cands = [c for c in cands if c.exact]
            if j - i == 1 and surface.isupper() and section_label(text, tokens[i].start, tokens[i].end):
                continue  # "FASHION —": a section's label, a listed common noun (geo/section_labels.py)
            if not cands or loose_people_adjective([t.text for t in tokens[i:j]], cands):
                continue  # "a Venetian town": a people's adjective, not a loose spelling of Vientiane
            if j - i > 1 and (not any(c.exact for c in cands) or (
                    j < len(tokens) and tokens[j].norm in load_facilities().heads and tokens[j].text[:1].isupper())) \
                    and self._exact_before(hits, readings, ordered, taken, i, j):
                # "Spring Valley Community Center": a loose spelling over the next words, or any name that runs
                # up to a facility's head ("Valley Community"), yields to the name written exactly that opens
                # the run, as many words long: the town the building is named after
                continue
            if j - i == 2 and readings[i] == "the" and not any(c.exact for c in cands) \
                    and not (j < len(tokens) and tokens[j].text[:1].isupper()) \
                    and self._exact_after(hits, ordered, readings, i + 1, j):
                # "The Pacific was calm" ~ "The Pacifica": a loose spelling of "The" and one word yields to that word
                # written exactly, where no capitalised word follows ("The China Daily" is a title)
                continue
            end = tokens[j - 1].end
            if text[end : end + 1] == "." and tokens[j - 1].text[:1].isupper() and (
                len(tokens[j - 1].text) == 1 or any(c.matched.endswith(".") for c in cands)
            ):
                end += 1  # "U.S.", "W.Va.": the abbreviation keeps its last period
            owned = possessive_end(text, end, cands)
            if owned is not None:  # "St. George's, Grenada": the name's own "'s" (geo/possessive_names.py)
                if saint_building(text, tokens[i].start, owned[0], owned[1]):
                    continue  # "the chapel at St. George's": a church named for its saint, no town
                end, cands = owned
            span = NameSpan(i, j, tokens[i].start, end, norm, cands)
            demonyms = [c for c in cands if c.kind == NAME_DEMONYM and c.exact]
            if demonyms:  # geo/people_divisions.py: "the Somali region" is Ethiopia's division, not Somalia
                divisions = people_division_readings(text, tokens, i, j, cands)
                if divisions:
                    demonyms, cands = [], divisions
            if demonyms and publication_title(text, tokens[i].start, end):
                continue  # "a cartoon in The New Yorker": a magazine's title, not New Yorkers
            listed = listed_demonym_towns(text, tokens, i, j, cands, lambda t: demonym_word(self.gaz, t),
                                          self.neighbour_readings) if demonyms else []
            if listed:  # "crews from Pampa, Canadian and Panhandle": the town (geo/listed_demonym_towns.py)
                span.candidates = listed
            elif demonyms:
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
        found = join_county_before(text, tokens, found, self.gaz)  # "County Mayo", "Co. Kerry": the county, whole
        # "Plymouth Co.", "a Loudon Co. man": a US county with its designator cut short (geo/county_abbreviations.py)
        found = join_county_abbreviations(text, tokens, found, self.gaz, us_states_named(found))
        county_council_readings(text, found, self.gaz)  # "Kent County Council": the English county
        lines = _title_case_tokens(text, tokens, self.cues.months)
        # Countries and states: "Miss Ohio" is a pageant's title, "Mr. Lincoln" a man (geo/persons.py).
        # A natural feature's neighbour is more often part of a longer name ("Thames Valley", "Danube Delta",
        # "Hawaii Pacific Health") than a place beside it: only other strong places count as neighbours there.
        self._polity_tokens, strong_tokens, self._strong_tokens = _strong_name_tokens(found)
        self._towns = town_spans(found)  # geo/town_readings.py: lists of towns after "in" or "from"
        self._by_start = {s.start: s for s in found}  # geo/list_openers.py: a list's next member
        self._placed_states = PlacedStates(text, self._by_start)  # geo/route_end_towns.py, read on first asking
        self._home_states = written_dateline_states(text, found)  # and the state a dateline writes
        self._home_towns = dateline_home_towns(found, self._home_states)  # geo/dateline_neighbours.py
        self._us_states = us_states_named(found)  # geo/townships.py: where "X Borough" is a US borough
        self._us_counties = us_counties_named(found)  # and the counties that may hold one
        self._persons = person_names(text, tokens, self.cues, taken, self._pair_stops(), strong_tokens,
                                     frozenset(s.i for s in found), self._polity_tokens, self._towns)
        # shared with the document's other rules; a word seen only in a web address is none (geo/web_addresses.py)
        self._lower = lower_words_outside_addresses(text, tokens, document_words(tokens).long_lower)
        self._paired = hyphen_pairs(text, tokens, found, self.cues, self._persons)
        spread_plural_cues(text, found, self.cues.plural_divisions,
                           lambda s, w: division_word_applies(self.cues, s, w))
        if arabic_at:  # "برشيد في محافظة البحيرة": in Rosetta, held by Beheira, before context weighs either
            joined_in_towns(self.gaz, text, tokens, found, load_arabic_report_words())
        kept, in_headlines, dropped = [], [], []
        for s in found:
            if read_context(self, text, tokens, s, lines, taken):
                kept.append(s)
            elif tokens[s.i].start in lines:
                in_headlines.append(s)
            elif arabic_at:
                dropped.append(s)
        for s in kept:
            if s.j - s.i == 1 and not s.firm and s.end - s.start == 2 and not text[s.start : s.end].isascii():
                noun = site_noun_after(text, tokens, s.i, self._site_nouns)
                if noun is not None:  # "the Pô checkpoint": the site noun places the name as a locative would
                    s.cue, s.firm = s.cue or noun.norm, True
        if dropped:
            kept = conjoined_list_items(text, tokens, readings, kept, dropped)  # "قضاءي سنجار وكفري"
            kept_ids = {id(s) for s in kept}  # by identity: a dataclass's == compares field by field
            release_open_heads(text, tokens, [s for s in dropped if id(s) not in kept_ids], taken)  # "بلدة عين" + name
        if in_headlines:
            kept = self._headline_names(text, tokens, kept, in_headlines, lines)
        if arabic_at:
            kept = without_head_genitives(text, tokens, kept, taken)  # "أولاد عمران": no Yemeni Amran alone
            # geo/arabic_translit.py: towns the gazetteer names only in Latin letters, read in context alike
            bridged = [s for s in arabic_bridged(self.gaz, self.cues, text, tokens, readings, taken, kept)
                       if read_context(self, text, tokens, s, lines, taken)]
            if bridged:
                kept = sorted(kept + bridged, key=lambda s: s.start)
            # "الحوض الشرقي" with no cue is no Hodh; read once every Arabic name is in (geo/arabic_cued_divisions.py)
            kept = uncued_divisions(text, tokens, kept, load_arabic_report_words())
        kept = self._without_false_places(text, tokens, kept)  # geo/false_places.py: cars, days, parliaments, people
        kept = without_uncued_features(text, tokens, kept)  # geo/cued_features.py: "Great Southern Bank"
        kept = without_ordinary_words(text, tokens, kept, self.cues.arabic_place_words | self.cues.arabic_rural)  # "منزله"
        if arabic_at:
            kept = without_titled_persons(text, tokens, kept)  # "مستشفى الأميرة بسمة": a princess
            kept = without_soldiers_adjectives(text, tokens, kept)  # "جنود ألمان": Germans, no Ivorian Man
        mark_teams(text, tokens, kept, self._persons, self.cues)  # "Oakdale State's Kaylen Rostova"
        mark_associative(text, tokens, kept, self.cues, self.associative, _strong)
        mark_school_sides(text, tokens, kept)  # geo/school_sides.py: "Bedford Central" in sport copy
        # geo/acting_places.py: "Brackley County will pay", "the city of X agreed", "X was criticised by"
        mark_acting_places(text, tokens, kept,
                           lambda s: polity(s) or any(_strong(c) and c.exact for c in s.candidates))
        ground_natural_features(text, tokens, kept, self.cues.metonymy_verbs)  # geo/feature_grounds.py: "Mount Etna, the volcano, erupted"
        kept = join_capitalised_directions(text, tokens, kept, self.cues.directions)
        kept = read_unheld_parts(text, tokens, kept, self.cues)  # "Tonj North County": a division it lacks
        kept = join_trailing_directions(text, tokens, kept)  # "Turkana North sub-county"
        kept = join_division_designators(text, tokens, kept)  # "the Ashanti Region", "Nyanza Province"
        kept = compass_division_spans(self.gaz, text, tokens, kept)  # "the Central Division" of Fiji
        readings_by_first_level_words(text, kept)  # "the Adamawa region": unless the story says Nigeria
        designated_division_readings(self.gaz, kept)  # "the Sahel Region" of Burkina Faso, beside the belt
        share_agency(text, kept)
        literal_list_members(text, kept)  # "Leaders in Chad, Cameroon and Nigeria said"
        actor_list_members(text, kept)  # geo/name_lists.py: "Madurai and Tirunelveli reported cases"
        spread_place_cues(text, kept)
        mark_road_ends(text, tokens, kept)  # geo/arabic_roads.py: "الطريق الواصل بين X و Y"
        arabic_lists(text, tokens, readings, kept)
        taken = [False] * len(tokens)
        for s in kept:
            for k in range(s.i, s.j):
                taken[k] = True
        kept = streets(text, tokens, kept, readings, self.cues)
        kept = listed_streets(text, tokens, kept, readings, _strong)  # "Dogwood and Pruitt streets"
        mark_market_streets(text, kept)  # geo/market_streets.py: "Stocks on Wall Street closed higher"
        kept = features(text, tokens, kept, [s for s in kept if not s.unknown], readings, self.cues)
        # geo/persons.py: "Dana Hill, 24,", "said Dana Hill, a spokeswoman": a surname, not a hill
        kept = [s for s in kept if s.cue != "feature" or not person_shaped_feature(text, tokens, s.i, s.j, self.cues)]
        mark_feature_sides(text, tokens, kept)  # geo/associative.py: "routed Smithson Valley" in a sports story
        vessels = vessel_names(text)  # geo/vessel_names.py: "the ferry Columbia" ... "the Columbia was repaired"
        # "Mumbai (née Bombay)", "the town's first name": the names read as places so far, by where they end
        place_ends = {x.end: x for x in kept} if "née" in text or "'s " in text or "’s " in text else {}
        kept = [s for s in kept if not _vessel(tokens, s, self.cues)  # "HMS Ocean" is a ship, not a sea
                and not named_vessel(text, s, vessels)
                and not given_name(text, s, place_ends, self.cues.given_names, self.cues.person_titles)  # geo/given_names_after.py: "a storm named Gamane"
                and not plural_noun_opener(text, tokens, s)]  # geo/plural_noun_openers.py: "Rivers burst"
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
        kept += unknown_after_cues(text, tokens, taken, readings, self.cues, span_at, absorbed, self._held_readings,
                                 self._persons)
        # geo/settlement_lists.py: "the camps at X, Y and Z", "villages including X and Y"
        kept += settlement_list_names(text, tokens, taken, readings, self.cues, self._persons, self._lower, span_at,
                                      refused={s.i: s for s in found if s.i not in span_at and not taken[s.i]})
        kept += unknown_townships(self.cues, text, tokens, taken, readings)
        kept = listed_features(text, tokens, taken, readings, self.cues, kept, self.gaz)  # "the X and Y rivers"
        kept += unknown_after_locative(text, tokens, taken, readings, self.cues, self._persons, self._lower,
                                       absorbed)
        # geo/kind_asides.py: "fired on Xville, a foothill village in Y district": the aside makes it a place
        kept += unknown_before_kind_aside(text, tokens, taken, readings, self.cues, self._persons, self._lower,
                                          lambda t: demonym_word(self.gaz, t))
        # geo/residence_towns.py: "Sam Ortiz, 22, of Quillmoor, Kan.": a home town with its division after it
        kept += unknown_home_towns(text, tokens, taken, readings, span_at, self.cues, self._persons, self._lower)
        # geo/list_tail_unknowns.py: "buses from Petersburg, Romney and Wardensville": a list of held towns' last
        kept += unknown_list_tails(text, tokens, taken, readings, span_at, self.cues, self._persons, self._lower)
        # geo/opening_in_names.py: "In Irasburg, a motion to close the school failed"
        kept += unknown_after_opening_in(text, tokens, taken, readings, self.cues, self._persons, self._lower)
        # geo/residents_of_names.py: "Residents of Waikaka and Pukerau asked for their bores to be tested"
        kept += unknown_after_residents_of(text, tokens, taken, readings, span_at, self.cues, self._persons,
                                           self._lower)
        kept = sibling_compass_towns(text, tokens, taken, kept, self.gaz)  # "in Riebeek East" (Riebeek West held)
        if absorbed:
            kept = [s for s in kept if s.unknown or not (s.i in absorbed)]
        kept = whole_hyphenated_names(text, tokens, kept, readings)  # "the Bashali-Mokoto groupement"
        kept = _run_unknown_names_on(text, tokens, readings, kept)
        kept.sort(key=lambda s: s.start)
        # Names the gazetteer does not hold, read after a cue: "the counties of Stormvale, A and B will pay".
        mark_acting_places(text, tokens, [s for s in kept if s.unknown], lambda s: False)
        spread_place_cues(text, kept, from_unknown=True)  # "in Brackmoor and Portobello": an unheld first name
        for s in kept:
            if _PARTY_STATE.search(text, max(0, s.start - 3), s.start) is not None:
                s.locational, s.cue = False, "affiliation"  # a politician's state, not where anything happened
        if joined_codes:
            kept = coordinated_codes(text, kept, joined_codes, standing)
        ends = {s.end for s in kept}
        kept = [s for s in kept if not s.abbreviation or after_comma(text, s, kept, ends) or s.firm
                or s.cue == "affiliation" or s.j - 1 in standing
                or ("." in text[s.start : s.end]
                    and abbreviation_opens(self.cues, text, tokens, text[s.start : s.end], s.i, s.j))]
        if spacy_doc is not None:
            kept = _apply_entities(kept, spacy_doc, tokens, text, readings)
        if self.literal_modifiers is not None:
            mark_literal_modifiers(text, tokens, kept, self.literal_modifiers, self.associative.modifier_heads)
            mark_adjectival_uses(text, tokens, kept, self.adjectival, self.literal_modifiers, self.cues.feature_heads)
        among = names_among_non_places(text, kept, self.cues.given_names, _strong) | group_compounds(text, kept)
        among |= identity_demonyms(text, kept)  # geo/identity_compounds.py: "Native American", "Asian-themed"
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
        firms = firm_named_places(text, kept, _strong)  # geo/firm_appositions.py: "Rio Tinto, the miner,"
        if firms:
            kept = [s for k, s in enumerate(kept) if k not in firms]
        mark_registered_clubs(text, tokens, kept)  # geo/registered_clubs.py: "Manchester City came from behind"
        inside_clubs = club_word_places(text, kept)  # "Phoenix" in "Wellington Phoenix": the club's word
        if inside_clubs:
            kept = [s for k, s in enumerate(kept) if k not in inside_clubs]
        heads = per_cues(_thing_heads, self.cues)
        pairs = side_by_side_names(text, tokens, kept, heads)  # geo/name_pairs.py: "Wells Fargo", "Paris Hilton"
        if pairs:
            kept = [s for k, s in enumerate(kept) if k not in pairs]
        # geo/whole_names.py: "the Islamic State of Iraq and the Levant", "the Hashemite Kingdom of Jordan"
        mark_actor_names(text, tokens, kept, self.actors, self.cues.name_connectors | {"in", "for"})
        mark_arabic_actor_names(text, tokens, kept, arabic_actor_names())  # "لواء القدس"
        mark_arabic_group_places(text, tokens, kept, self.cues.arabic_place_words | self.cues.arabic_locative)
        mark_remits(text, tokens, kept)  # "the Minister for the Middle East", "the Special Envoy for Syria"
        kept = long_form_states(text, tokens, kept, per_cues(_long_form_stops, self.cues), self.actors)
        kept = mark_kind_nouns(text, tokens, kept, load_kind_nouns(), self.gaz)  # "the Hamrin mountains"
        kept = unheld_feature_names(text, tokens, kept, load_kind_nouns(),
                                    lambda w: plain_unknown_word(w, self.cues))  # "the Jadar valley"
        kept = unheld_sound_names(text, tokens, kept,  # geo/unheld_sounds.py: "spilled into the Kilbrannan Sound"
                                  lambda w: w in self.cues.common_words)
        keep_named_kind(kept, load_kind_nouns())  # "Aral Sea" is the sea, not the port once called so
        kept = [s for s in kept if not other_feature_head(text, s)]  # "the Nevis Range": no island
        the_feature_not_its_division(text, kept, load_kind_nouns())  # "attacks in the Red Sea": not Sudan's state
        island_appositions(text, kept, self.gaz)  # geo/island_appositions.py: "on Pemba, the smaller island"
        town_appositions(text, kept)  # geo/town_appositions.py: "Montenegro, a farming town"
        unheld_rivers(text, kept)  # geo/river_towns.py: "the Powell River" is no town of British Columbia
        short_feature_names(text, kept)  # "the Persian Gulf ... the Gulf"
        kept = bare_rivers_after_lines(self.gaz, text, tokens, kept)  # "bars along the Liffey": the river
        river_readings(self.gaz, text, kept)  # "where the Goulburn meets the Murray": the rivers
        along_lines(text, kept)  # "the dykes along the Elbe": the river, not a village of the name
        mark_border_areas(text, tokens, kept)
        settle_townships(self.gaz, text, tokens, kept)
        kept = lone_compass_words(text, tokens, kept, self.cues.directions)  # "East" in "East Gojjam zone, Amhara"
        kept = far_compass_qualifiers(text, tokens, kept, self.cues.directions)  # "Far North Queensland"
        kept = generic_divisions(text, tokens, kept, self.cues.directions, self.cues.vague_after)  # "in the North"
        kept = common_word_names(text, tokens, kept)  # geo/common_word_names.py: "Best in Show"
        kept = name_openers(text, tokens, kept, self.place_nouns)  # "the Home Circuit Court"
        # geo/loose_words.py, geo/portfolio_lists.py: "the Navy" ~ Novy, "the Rovers' win", "Minister of Trade,
        # Enterprise and Energy": words, no places (dropped once their neighbours have been read beside them)
        words = loose_words(text, tokens, kept, self.cues.common_words, self._lower, self.cues.vague_after,
                            self.cues.months) \
            | portfolio_words(text, tokens, kept, self.cues.common_words) \
            | town_part_prefixes(text, tokens, kept, self.cues.place_part_words)  # "Old Town Alexandria"
        # geo/body_heads.py: "The Bank of Marlow", "the Man of Arlington award": a body's or a title's head noun
        words |= body_head_names(text, tokens, kept, self.cues.common_words, self.cues.organisation_heads)
        # geo/contest_titles.py, geo/study_fields.py: "Man of the Year", "the Teen category", "a degree in Law"
        words |= contest_title_words(text, tokens, kept) | study_field_names(text, kept)
        words |= housing_complex_names(text, kept)  # geo/housing_complexes.py: "the Willow Creek apartments"
        words |= owner_shop_names(text, kept)  # geo/owner_shops.py: "Marshall's Welding", "at Tyler's,"
        if words:
            kept = [s for k, s in enumerate(kept) if k not in words]
        kept = party_names(text, tokens, kept)  # geo/party_names.py: "United Russia" is a party
        kept = weapon_names(text, tokens, kept)  # geo/weapon_names.py: "Sherman tanks", "Molotov cocktails"
        # geo/elided_heads.py: "Central" in "Central and South America" is Central America
        kept = compass_words_sharing_a_name(text, tokens, kept, self.gaz, self.cues.directions)
        kept = service_words_in_districts(text, tokens, kept, self.cues.vague_after)  # "Parish Fire District"
        mark_bracketed_divisions(text, kept)  # geo/bracketed_divisions.py: "Hays district (Al Hudaydah)"
        kind_nouns = load_kind_nouns()
        # geo/bare_river_mentions.py: "the Aras River ... boats on the Aras" (the bare name is found at all); it
        # adds names, so it runs before containers are linked by their positions in the list of names
        kept = bare_river_mentions(text, tokens, kept, frozenset(w for ws in kind_nouns.values() for w in ws))
        # geo/held_river_mentions.py: "beside the Beas" (never "the Shire", a council)
        kept = held_river_mentions(text, tokens, kept, self.gaz, self.cues.vague_after)
        link_containers(text, kept)
        hold_compass_ends(text, kept)  # geo/compass_ends.py: "the West End of Aberdeen" is Aberdeen's
        confirm_containment(text, kept, self._persons)
        carry_feature_kinds(text, kept, kind_nouns)  # "Tern island ... boats from Tern": the island
        keep_article_rivers(text, kept)  # geo/article_rivers.py: "catches from the Zambezi" is the river
        mark_accord_names(text, kept)  # geo/accord_names.py: "the Minsk agreements", "the Astana process"
        mark_armed_group_places(text, kept)  # geo/armed_group_names.py: "Jund al-Aqsa", "the Sinai Province group"
        # geo/event_venues.py: "the Leeds Book Fair" is held in Leeds, "Leeds United" plays anywhere
        mark_event_venues(text, kept, self.cues.organisation_heads)
        share_pair_embedding(text, kept)  # geo/pair_bodies.py: "the Peru-Chile Friendship Group"
        mark_trade_namesakes(text, kept)  # geo/trade_namesakes.py: "the Broadway smash", "Wall Street analysts"
        kept = greater_areas(text, tokens, kept)  # geo/greater_areas.py: "the Greater Toronto Area" is Toronto's
        kept = corroborated_short_datelines(kept, short_at)  # "VAN — A van ...": no town where nothing else is
        for s in kept:
            if s.end < len(text) and not text[s.end].isascii():  # "To" + U+0302: the name ends past its accent
                end = marks_end(text, s.end)
                s.phrase_end = end if s.phrase_end == s.end else s.phrase_end
                s.end = end
            if s.phrase_start < 0:
                s.phrase_start = s.start
            if s.phrase_end < 0:
                s.phrase_end = s.end
        return kept

    def _exact_before(self, hits: dict[tuple[int, int], list[int]], readings: list[str], ordered: frozenset,
                      taken: list[bool], i: int, j: int) -> bool:
        """Whether a hit as many words long, starting before i and overlapping i..j, is free and names a place
        exactly as written: the loose match over the words after it would hide the name the run opens with."""
        n = j - i
        for a in range(max(0, i - n + 1), i):
            b = a + n
            if (a, b) in ordered and not any(taken[a:b]) and any(
                    c.exact for c in self.gaz.candidates(hits[(a, b)], " ".join(readings[a:b]))):
                return True
        return False

    def _exact_after(self, hits: dict[tuple[int, int], list[int]], ordered: frozenset, readings: list[str],
                     i: int, j: int) -> bool:
        """Whether the hit on tokens i..j names a place exactly as written: the words after an opening "The"
        that a loose spelling ran over with it. A country whose English name takes the article is the exception
        ("The Congo" is read whole by the rules for a country's article); any other ("The Macau casinos") is
        the word after a sentence's own "The"."""
        if (i, j) not in ordered:
            return False
        key = " ".join(readings[i:j])
        exact = [c for c in self.gaz.candidates(hits[(i, j)], key) if c.exact]
        return bool(exact) and not (key in self.cues.article_countries
                                    and any(c.feature_code.startswith("PCL") for c in exact))

    def _may_name(self, text: str, tokens: list[Token], readings: list[str], cap: list[bool], ids: list[int],
                  i: int, j: int) -> bool:
        """Whether the hit on tokens i..j may be a name at all, whatever else the text holds: capitalised
        (or a user's name), not only articles and connectors, not a stray one- or two-letter word."""
        user_only = not ids or (ids[0] < 0 and all(k < 0 for k in ids))  # most hits: a gazetteer key first
        if not cap[j - 1] and not user_only \
                and not (j - i >= 2 and cap[i] and (_SHORT_ELIDED.fullmatch(tokens[j - 1].text) is not None
                                                    or readings[j - 1] in self.cues.lowercase_name_nouns)):
            return False  # (a name may close on a short elided word, "Côte d'Or", or a settlement noun, "Novo mesto")
        if not cap[i] and not (readings[i] == ARTICLE_KEY and j - i >= 2) and not (user_only and cap[i]):
            return False
        # A capitalised connector with its period ("La.", "De.") is a state's abbreviation, not an article:
        # the abbreviation check in `recognise` decides whether it stands where one may.
        dotted = j - i == 1 and cap[i] and text[tokens[i].end : tokens[i].end + 1] == "."
        cues = self.cues
        if not dotted and all(r == ARTICLE_KEY or ((r in cues.name_connectors or r in cues.whole_name_connectors)
                                                  and not tokens[k].text.isupper())
                              for k, r in zip(range(i, j), readings[i:j])):
            return False
        if j - i == 1 and len(tokens[i].text) == 2 and is_arabic(tokens[i].norm):
            # "مدينة إب" (the city of Ibb): a two-letter Arabic word is a name only after a settlement word;
            # elsewhere it is a particle ("في كل", "ما") that some place's alternate name happens to spell.
            return i > 0 and any(r in self.cues.arabic_place_words for r in arabic_candidates(tokens[i - 1].norm))
        if j - i == 1 and (len(tokens[i].text) < 2 or (len(tokens[i].text) == 2 and not tokens[i].text.isupper()
                                                        and text[tokens[i].end : tokens[i].end + 1] != ".")):
            # "A", "Al", "Ho": too short to be a name unless a code ("US", "UK") or dotted ("Ky."), or a
            # state's abbreviation with its period dropped after "Town, " ("Oakdale, Ky"), read as one only;
            # or written with an accent no English word takes ("Pô": geo/accented_short_names.py)
            return len(tokens[i].text) == 2 and (_undotted_after_town(text, tokens, i)
                                                 or accented_short_word(text, tokens, i, self._site_nouns))
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
                and not institution_follows(self.cues, text, tokens, s.j)]
        for s in back:
            s.locational, s.cue, s.vague, s.direction = True, None, None, None
            s.phrase_start, s.phrase_end = s.start, s.end
        return sorted(kept + back, key=lambda s: s.start) if back else kept

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
        place_nouns = self.place_nouns
        bodies = {s.norm for s in spans if legislature_use(text, tokens, s.i, s.j, words, place_nouns)}
        people = {s.norm for s in spans if not s.demonym and person_possession(text, tokens, s.j, s.end, words)}
        # Read over every word, since the firm's full name ("Samsung Electronics") may have been dropped already.
        firms = firm_name_openers(text, tokens, words)
        agencies = agency_names(text, tokens)
        out = []
        placed = frozenset(k for s in spans for k in range(s.i, s.j))
        title_end = -1  # where the last masthead a place opened ends ("the Boston Globe")
        story: Optional[StoryCountries] = None
        for k, s in enumerate(spans):
            # "Lincoln, Nebraska", "Duma in Rif Dimashq": a place written with its container is one.
            firm = s.firm or (k + 1 < len(spans) and not spans[k + 1].demonym
                              and CONTAINMENT_GAP.fullmatch(text, s.end, spans[k + 1].start) is not None)
            if vehicle_use(tokens, s.i, s.j, found, firm, words, self.gaz.lookup) \
                    or named_day(text, tokens, s.j, s.end, words):
                continue
            if distance_marker(text, tokens, s.i, s.j, words):
                continue  # "the Kilo 16 junction": a kilometre post on a road
            if s.norm in bodies and (not firm or legislature_use(text, tokens, s.i, s.j, words, place_nouns)):
                continue
            if s.norm in people and not firm:
                continue
            if not s.demonym and ((not firm and prize_name(text, tokens, s.i, s.j))
                                    or metal_after(text, s.start, s.end, self.gaz.lookup)):
                continue  # "took the Golden Lion", "won the Lion d'Or": a prize, not Lyon
            if not firm and not s.demonym and titled_name(text, tokens, s.i, s.j, self.cues):
                continue  # "the navigator Vasco da Gama": a person called like a town
            if s.j - s.i == 1 and not firm and opens_aged_name(text, s.end):
                continue  # "Vaughan Pryce, 16, said": a given name, whatever the gazetteer holds
            if municipal_body(text, tokens, s.i, s.j, self.cues.organisation_heads):
                continue  # "The City Council voted": the municipal body, capitalised by its sentence
            if s.j - s.i == 1 and not s.demonym and s.norm in firms and not firm \
                    and not any(c.exact and _strong(c) for c in s.candidates):
                continue  # "Samsung Electronics said", later "Samsung has run a plant": the firm, not a village
            if s.j - s.i == 1 and not s.demonym and s.norm in agencies and not firm \
                    and not any(c.exact and _strong(c) for c in s.candidates):
                continue  # "the Meridian news agency said", later "according to Meridian": the agency
            if s.j - s.i == 1 and not s.demonym and text[s.end : s.end + 1] != "," \
                    and opens_sentence_as_word(self.associative.modifier_heads, text, tokens, s.i):
                continue  # "Voters in Springfield said": a noun of people capitalised by its sentence, whatever follows
            if not s.firm and compound_tail(text, tokens, s, placed, self.cues):
                continue  # "a win over Hill-Murray": a school's double-barrelled name, not Murray
            if s.j - s.i == 1 and not firm and k > 0 and spans[k - 1].demonym and noun_after_demonym(
                    text, spans[k - 1].end, s.start, s.norm, self.cues.common_words | self.cues.organisation_heads):
                continue  # "Allied Irish Banks": the firm's name, not a village called Banks
            if s.demonym and s.norm in self._persons and self._surname_at(text, tokens, s):
                continue  # "Officer Monica French said", then "French said": a surname, not a people
            if s.start < title_end:
                continue  # "the Boston Globe": the masthead's head word, not Globe, Arizona
            title_end = masthead_end(text, tokens, s.j, s.end, words) if not s.demonym else None
            if title_end is not None and k + 1 < len(spans) and spans[k + 1].start < title_end < spans[k + 1].end:
                title_end = None  # "the Madison Sun Prairie game": a place runs past the head word, no title ends there
            if title_end is not None:
                if s.locational:
                    s.locational, s.cue = False, "embedded"
                s.title = True
                story = story or StoryCountries(spans)  # geo/story_countries.py, once a text has a title
                before, s.candidates = s.candidates, title_readings(s.candidates, story.without(s.norm))
                story.replace(s, before)  # "The Washington Post"
            title_end = title_end or -1
            out.append(s)
        return out

    def _held_readings(self, name: str) -> list:
        """The gazetteer's readings spelled exactly `name`, best first (none where it holds no such spelling)."""
        if not self.gaz.has_spelling(name):
            return []
        return [c for c in self.gaz.lookup(name) if c.exact]

    def neighbour_readings(self, name: str) -> list:
        """A list neighbour's readings spelled exactly `name`, its small towns too (a name of many places, "Iowa",
        lists its towns far down): geo/listed_demonym_towns.py asks whether one lies near the listed word. A long
        list asks for its members again and again ("Liberty" beside each of its neighbours): each name is looked up
        once a document."""
        found = self._neighbour_cache.get(name)
        if found is None:
            found = [c for c in self.gaz.lookup(name, limit=200) if c.exact] if self.gaz.has_spelling(name) else []
            self._neighbour_cache[name] = found
        return list(found)

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

    def _pair_stops(self) -> frozenset[str]:
        """Words that end or head a place's or an institution's name ("Babcock Grove" is no person's)."""
        return per_cues(_pair_stop_words, self.cues)


def _pair_stop_words(cues: Cues) -> frozenset[str]:
    facilities = load_facilities()
    return not_name_words(cues) | STREET_HEADS | facilities.heads | facilities.sites | facilities.prefixes


def _thing_heads(cues: Cues) -> frozenset[str]:
    """Head words of a feature's or a facility's name (`side_by_side_names`)."""
    return cues.feature_heads | load_facilities().heads


def _long_form_stops(cues: Cues) -> frozenset[str]:
    """`not_name_words` but the words for a polity, which a state's long form holds (`long_form_states`)."""
    return not_name_words(cues) - cues.polity_words


def _hyphen_linked(tokens: list[Token], cap: list[bool], k: int) -> bool:
    """A lower-case word hyphened between capitalised ones is inside a name ("Newcastle-under-Lyme",
    "Appleby-in-Westmorland", "Stoke-by-Nayland"), as the connectors listed for open writing are."""
    return 0 < k < len(tokens) - 1 and tokens[k - 1].hyphen_after and tokens[k].hyphen_after \
        and tokens[k].text.isalpha() and tokens[k].text.islower() and len(tokens[k].text) <= 5 \
        and cap[k - 1] and cap[k + 1]


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
        if not span_text[:1].isupper() or section_label(text, st, en):
            continue  # "CRIME —": a section's label, not a town the gazetteer lacks (geo/section_labels.py)
        i, j = toks[0], toks[-1] + 1
        out.append(NameSpan(i, j, tokens[i].start, tokens[j - 1].end, " ".join(readings[i:j]), unknown=True,
                            entity=label))
    out.sort(key=lambda s: s.start)
    return out


def _vessel(tokens: list[Token], s: NameSpan, cues: Cues) -> bool:
    """A ship's name read as a place, prefix and all ("HMS Ocean", "USS Lake Erie")."""
    first = tokens[s.i]
    return s.j - s.i > 1 and first.text.isupper() and first.norm in cues.vessel_prefixes


# Names other geo modules import from here.
_CONTAINMENT_GAP = CONTAINMENT_GAP
_link_containers = link_containers


# Names other code imports from here: division_spellings lives in geo/cue_readers.py.
__all__ = ["NameSpan", "Recogniser", "STREET_HEADS", "STRONG_FEATURES", "division_spellings",
           "mark_border_areas"]
