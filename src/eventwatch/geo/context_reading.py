"""Read a recognised name's context: label it from the words around it (its cue, how vague or firm it is,
whether it stands for a place, a people, a government or part of a longer name) or drop it.

`read_context` runs the steps in order; each says why it sits where it does. The words around the span are
gathered once (`neighbours`) and kept as they were found, since a step may widen the span.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import TYPE_CHECKING, Optional

from eventwatch.geo.arabic_names import arabic_context
from eventwatch.geo.bare_seas import bare_sea_end
from eventwatch.geo.associative import (LOCATING_ADJECTIVES, acts, extent_without_object, governed_possessor,
                                       own_people_counted, polity, request_after)
from eventwatch.geo.county_lists import placed_by_written_county
from eventwatch.geo.country_surnames import country_as_surname, joined_to_a_place
from eventwatch.geo.crossings import crossed_into
from eventwatch.geo.driven_destinations import driven_to
from eventwatch.geo.listed_demonym_towns import list_neighbours, listed_demonym_towns, \
    towns_beside_an_ordinary_peer, towns_near_both_neighbours
from eventwatch.geo.cue_readers import (_COMMA_GAP, _DATELINE_DASH, _KIND_OF, _OPENING_WORDS, _SENTENCE_OPENERS,
                                        LOWER_CASE_PLACE_OF, place_noun_of,
                                        _TOWNSHIP_WORDS, date_at, demonym_word, division_named, division_of,
                                        division_readings, division_word_ends, first_upper, former_agency_readings,
                                        head_after_article,
                                        division_word_applies, in_division_countries, in_undertaking_name,
                                        institution_follows, motion_before,
                                        name_gap, names_no_place, numbered, opens_sentence_as_word, part_named_after,
                                        person_follows, quoted_title, residence, river_as_surname, strong_at, word_at)
from eventwatch.geo.directions import NEAR_KM, offset_km
from eventwatch.geo.distances_from import distance_from
from eventwatch.geo.division_levels import fitting_divisions, load_division_levels
from eventwatch.geo.first_order_counties import bare_first_order_county
from eventwatch.geo.first_level_words import note_first_level_word
from eventwatch.geo.facilities import load_facilities
from eventwatch.geo.features import STREET_HEADS
from eventwatch.geo.modifier_nouns import modifies_a_noun, names_a_lands_own
from eventwatch.geo.name_span import SENTENCE_BREAK, NameSpan
from eventwatch.geo.name_span import strong as _strong
from eventwatch.geo.abbreviations import before_state_body
from eventwatch.geo.normalise import ARTICLES, Token, is_arabic, normalise
from eventwatch.geo.gazetteer import similarity
from eventwatch.geo.report_titles import TITLE_CUE, agency_title_area
from eventwatch.geo.list_openers import opens_a_town_list
from eventwatch.geo.route_end_towns import route_end_readings
from eventwatch.geo.dateline_neighbours import near_dateline_town
from eventwatch.geo.town_readings import ListTowns, near_every
from eventwatch.geo.run_on_datelines import run_on_dateline
from eventwatch.geo.short_datelines import short_dash_dateline
from eventwatch.geo.spared_harm import spared_by_harm
from eventwatch.geo.kind_asides import settlement_aside
from eventwatch.geo.persons import (closes_place_list, initial_and_surname_after, listed_after_place_opener,
                                    opens_a_list_of_people, opens_people_of_towns, owns_a_thing, place_list_before,
                                    struck_person, title_of_a_place)
from eventwatch.geo.person_name_runs import before_known_surname, family_plural
from eventwatch.geo.pressing_subject import armed_presser
from eventwatch.geo.store import NAME_ALT, NAME_MAIN
from eventwatch.geo.town_phrases import (division_phrase_after, names_a_settlement, part_after_possessive,
                                         part_named_before_of, surroundings_after)
from eventwatch.geo.weekday_times import weekday_after
from eventwatch.geo.titled_divisions import titled_division_readings
from eventwatch.geo.town_camps import camp_after
from eventwatch.geo.town_grounds import ground_after
from eventwatch.geo.near_asides import POSSESSED_SURROUNDINGS, near_phrase_places
from eventwatch.geo.offshore_cues import offshore
from eventwatch.geo.stated_state_towns import stated_state_towns
from eventwatch.geo.townships import BOROUGH_HEADS, borough_joins, township
from eventwatch.geo.town_services import town_service_after
from eventwatch.geo.unknown_names import armed_target
from eventwatch.geo.hazard_objects import NATURAL_HAZARDS, hazard_object, hazard_subject

if TYPE_CHECKING:
    from eventwatch.geo.lexicon import Cues
    from eventwatch.geo.recognise import Recogniser


# A legislator's party letter and home after the name ("Rep. Jane Doe, D-Oakdale", "(R-Oakdale)", "DFL-Oakdale").
_PARTY_HOME = re.compile(r"(?:,\s*|\()(?:[DRI]|DFL)-$")
# A road's number before a junction named for a town ("the A429 Cirencester junction", "the I-95 Oakdale exit").
_ROAD_NUMBER = re.compile(r"[A-Z]{1,2}\d{1,4}[A-Z]?|\d{1,4}")
# What follows a dateline's place when no comma does: a dash, an agency in brackets, or the story's first
# word in ordinary case ("LONDON The Latest...").
# A dateline in capitals ended by a colon ("PUNE: The civic body..."), as Indian and Pakistani papers write it.
COLON_DATELINE = re.compile(r":\s+[A-Z]")
# A dateline in capitals ended by a dash or an agency in brackets ("ROME (Reuters) -", "DHAKA —"): a short name
# in capitals is an acronym as often as not, but one opening a line before these marks is where the story is.
MARKED_DATELINE = re.compile(r"\s*[-–—]\s|\s*\([A-Z][^)]{1,40}\)")
# An Arabic agency's dateline after the place opening the report: a dash or slash, before the agency or the
# story ("حماة-سانا", "صعدة - سبأ", "بغداد/واع/", "الخرطوم - أعلن"), or the day in figures and the agency first
# ("رام الله 28-5-2024 وفا-").
ARABIC_DATELINE = re.compile(r"\s*(?:[0-9٠-٩]{1,2}[-/.][0-9٠-٩]{1,2}[-/.][0-9٠-٩]{4}\s+[\u0621-\u064a]{2,8}\s*)?[-–—/]")
# An agency in brackets may be written in lower case ("BERLIN (dpa) -", "HARARE (wire) -"): the dash after it
# still marks the dateline.
_DATELINE_AFTER = re.compile(r"\s*[-–—]\s|\s*\([A-Z][^)]{1,40}\)|\s*\([a-z][a-z .]{1,20}\)\s*[-–—]\s|\s+[A-Z][a-z]")
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
# Words of setting out before "for" and a destination ("bound for", "left for", "set sail for", "set off for").
_SETTING_OUT = frozenset({"bound", "headed", "heading", "left", "leaving", "leave", "leaves", "sailed", "sailing",
                          "sail", "departed", "departing", "embarked", "off", "out"})
# Verbs whose object feels what is done ("angering Beijing", "reassured Seoul"): a country or its capital there
# is its government.
_STIRRING_VERBS = frozenset({"anger", "angers", "angered", "angering", "infuriate", "infuriates", "infuriated",
                             "infuriating", "irritate", "irritated", "irritating", "alarm", "alarmed", "alarming",
                             "reassure", "reassured", "reassuring", "upset", "upsetting", "antagonise",
                             "antagonised", "antagonising", "antagonize", "antagonized", "antagonizing",
                             "provoke", "provoked", "provoking", "placate", "placated", "placating",
                             "angers", "irritates", "alarms", "reassures", "upsets", "provokes", "placates"})
# The other feelings a deal stirs ("likely to trouble New Delhi", "irks Moscow"). Their past forms stand before a
# noun as adjectives ("troubled Venezuela", "enraged Kabul") and are left out, and so are the verbs whose usual
# object is shaken ground ("a quake rattled Tehran", "spooked Bali"). A flood, a quake or a swarm troubles or
# worries the land it strikes ("Floods worry Dhaka"), so these are read as a government's feeling only where no
# hazard is named before them in the sentence and no noun follows the name ("trouble Ontario commuters").
_FEELING_VERBS = frozenset({"trouble", "troubles", "worry", "worries", "unsettle", "unsettles", "unsettling",
                            "irk", "irks", "irking", "embarrass", "embarrasses", "annoy", "annoys", "enrage",
                            "enrages", "enraging", "dismay", "dismays", "frustrate", "frustrates", "disappoint",
                            "disappoints", "unnerve", "unnerves"})
# Nouns of a natural or physical hazard (geo/hazard_objects.py) as a subject trouble or worry the ground they
# strike. Weapons are left out: an arms deal ("a deal to sell missiles to Riyadh will worry Tehran") is a usual
# subject of a government's worry.
# Words after the name that leave it the verb's object ("worry Moscow and irk Tehran", "trouble Delhi for
# years", "annoy Moscow if it passes", "unsettle Seoul ahead of the summit"): conjunctions, subordinators,
# adverbs and determiners, the closed classes of words, none of them a noun the name could modify.
_AFTER_OBJECT = frozenset({
    "and", "or", "but", "nor", "as", "while", "when", "whenever", "where", "because", "after", "before", "since",
    "too", "again", "even", "further", "most", "more", "less", "than", "that", "which", "who", "whom", "whose",
    "if", "unless", "though", "although", "whether", "once", "until", "till", "lest", "so", "yet", "just", "now",
    "then", "still", "already", "ahead", "given", "despite", "amid", "amidst", "instead", "anew", "anyway",
    "also", "either", "neither", "not", "this", "these", "those", "next", "last", "all", "both", "each",
    "every", "any", "some", "much", "no", "its", "their", "his", "her", "it", "they", "he", "she", "is", "are",
    "was", "were", "will", "would", "could", "can", "may", "might", "should", "must", "has", "have", "had",
    "here", "there", "well", "enough", "greatly", "deeply", "considering", "following"})
# Words between a subject and its verb of feeling that are not the subject ("Floods will likely worry Dhaka",
# "the storm is expected to trouble Manila"): auxiliaries, adverbs and the "is expected to" chains.
_VERB_CHAIN = frozenset({
    "will", "would", "could", "can", "may", "might", "must", "should", "shall", "is", "are", "was", "were", "be",
    "been", "being", "do", "does", "did", "has", "have", "had", "to", "not", "also", "only", "still", "further",
    "already", "again", "now", "even", "likely", "expected", "set", "seem", "seems", "seemed", "continue",
    "continues", "continued", "threaten", "threatens", "threatened", "began", "begin", "begins", "soon"})
# How many words before the verb (past its auxiliaries) the subject's head noun may stand ("heavy rain in the
# north worries Dhaka").
_SUBJECT_WORDS = 4
_WORD = re.compile(r"[a-z]+(?:-[a-z]+)*")  # "cease-fire" is one word, not "fire"
_SENTENCE_END = re.compile(r"[.!?\n]")


def _a_government_feels(text: str, verb: Token, a1: Optional[Token]) -> bool:
    """Whether a verb of feeling (_FEELING_VERBS) takes the name as the government that feels it: no hazard
    as the verb's subject, and the name not a modifier of a noun after it."""
    if a1 is not None and a1.text.isalpha() and a1.text.islower() and a1.norm not in _PREPOSITIONS \
            and a1.norm not in _AFTER_OBJECT and not a1.norm.endswith("ly"):
        return False  # "trouble Ontario commuters": the commuters are troubled, on the ground
    return not _hazard_subject(text, verb)


def _hazard_subject(text: str, verb: Token) -> bool:
    """Whether the verb's subject is a hazard ("Floods worry Dhaka", "heavy rain in the north will trouble
    Manila"): a hazard noun among the few words before the verb (past its auxiliaries) that heads its phrase,
    not one modifying another noun ("ICE raids", "a wind farm deal", "the fire sale") nor one far back in the
    sentence ("the heat over the pipeline vote")."""
    start = max((m.end() for m in _SENTENCE_END.finditer(text, max(0, verb.start - 240), verb.start)), default=0)
    words = _WORD.findall(text[start : verb.start].lower())
    while words and (words[-1] in _VERB_CHAIN or words[-1].endswith("ly")):
        words.pop()
    tail = words[-_SUBJECT_WORDS:]
    for k, w in enumerate(tail):
        if w in NATURAL_HAZARDS and (k + 1 == len(tail) or tail[k + 1] in _PREPOSITIONS or tail[k + 1] in ("and", "or")):
            return True
    return False


# Words for a stretch of ground that "rural" before them makes the countryside of the town after "of".
_AREA_WORDS = frozenset({"area", "areas", "parts", "part", "zone", "zones", "outskirts"})
# Division words that head a division's own name when capitalised after it ("Haninge Municipality"), though
# other capitalised lower-case-only division words head an office's or another place's ("Northern Territory").
_NAMED_DIVISIONS = frozenset({"municipality"})
# Words after "the X" that make X the name of a front's operational sector ("the Oakdale direction", "the Y
# axis"), as military bulletins group the fighting: the sector is named after a city the fighting need not
# touch, so the name is where no event happened; the villages the bulletin names after it are.
_FRONT_SECTORS = frozenset({"direction", "axis"})
# Words after "the X" that make X a people's name ("the Turkana tribe", "the Marehan clan"): a lineage is named
# for its homeland or a founder, and the group it names is who fought or was attacked, not where; the place of
# the event is told elsewhere in the sentence ("..., in the commune of Y"). A settlement a tribe gives its name to
# is mostly written "the village of X" or "X village" in English; New Caledonia's customary "tribus" are the
# exception (settlements written "the X tribe"), not read as such here: with no commune named, such a name is
# dropped or kept as no place.
_PEOPLE_AFTER = frozenset({"tribe", "tribes", "clan", "clans", "subclan", "sub-clan", "tribesmen", "clansmen"})
# The plural says whose tribes they are where the name is a region's ("the Anbar tribes", "the Kurram tribes"):
# the tribes of that region, so the region stays the place. A name with no region reading, or one cues.yaml
# lists among the peoples ("the Nuer clans", though a zone is named for them), is a people's only, and its
# namesakes (a town in another continent) are dropped, not kept as a far reading.
_PEOPLES_OF_A_REGION = frozenset({"tribes", "clans", "tribesmen", "clansmen"})
_REGION_CODES = frozenset({"ADM1", "ADM2", "ADM3", "ADMD", "RGN", "RGNE", "PEN", "ISL", "ISLS", "AREA"})


def token_before(text: str, tokens: list[Token], i: int, start: int, k: int) -> Optional[Token]:
    """Token k positions before a name whose first token is i and which starts at `start`, if only what may
    join two words of one name (`name_gap`) separates them."""
    idx = i - k
    if idx < 0:
        return None
    gap = text[tokens[idx].end : tokens[idx + 1].start if idx + 1 < i else start]
    return tokens[idx] if name_gap(gap) else None


def token_after(text: str, tokens: list[Token], j: int, end: int, k: int) -> Optional[Token]:
    """Token k positions after a name that ends before token j and at `end`, if only what may join two words
    of one name (`name_gap`) separates them."""
    idx = j - 1 + k
    if idx >= len(tokens):
        return None
    prev_end = tokens[idx - 1].end if idx - 1 >= j else end
    gap = text[prev_end : tokens[idx].start]
    return tokens[idx] if name_gap(gap) else None


@dataclass(slots=True)
class Neighbours:
    """The words right around a name as the context steps read them: up to three before (b1 nearest) and
    one after, with their folded forms (w1..w3), taken where the steps begin. The span's token positions are
    kept from then on: a step may widen the span ("St. Tammany Parish") while later steps still read the
    words around the name as it was found."""

    text: str
    tokens: list[Token]
    s: NameSpan
    i: int
    j: int
    b1: Optional[Token] = None
    b2: Optional[Token] = None
    b3: Optional[Token] = None
    a1: Optional[Token] = None
    w1: str = ""
    w2: str = ""
    w3: str = ""
    single: bool = True
    sentence_start: bool = False

    def before(self, k: int) -> Optional[Token]:
        """Token k positions before the span, if only spaces separate it."""
        return token_before(self.text, self.tokens, self.i, self.s.start, k)

    def after(self, k: int) -> Optional[Token]:
        return token_after(self.text, self.tokens, self.j, self.s.end, k)


def neighbours(text: str, tokens: list[Token], s: NameSpan, pair: tuple = ()) -> Neighbours:
    """The words around span s. `pair` says which side a bare hyphen joins s to another place ("Logan-
    Rogersville", `hyphen_pairs`): there the other place's name ends the word run, not a longer name."""
    nb = Neighbours(text, tokens, s, s.i, s.j)
    i, j = nb.i, nb.j
    b1 = nb.before(1)
    b2, b3 = nb.before(2) if b1 else None, None
    if b2 is not None:
        b3 = nb.before(3)
    a1 = nb.after(1)
    if a1 is not None and text[s.end - 1 : s.end] == "." and i > 0 \
            and _COMMA_GAP.fullmatch(text, tokens[i - 1].end, s.start):
        a1 = None  # "Gainesville, Va. There will be...": the state's period ends the sentence
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
    nb.b1, nb.b2, nb.b3, nb.a1, nb.w1, nb.w2, nb.w3 = b1, b2, b3, a1, w1, w2, w3
    nb.single, nb.sentence_start = single, sentence_start
    return nb


def read_context(rec: Recogniser, text: str, tokens: list[Token], s: NameSpan, title_case: set[int],
                 taken: Optional[list[bool]] = None) -> bool:
    """Label the span from its neighbours; False drops it (a person, a month, a common word).

    The steps run in this order because each reads what the ones before set: the dateline and the cues
    before and after the name decide where it is placed, metonymy what it stands for, and the traps, last,
    drop a name only where no firm cue placed it."""
    nb = neighbours(text, tokens, s, getattr(rec, "_paired", {}).get(id(s), ()))
    _read_dateline(text, tokens, s, nb, rec.cues.common_words)
    i, a1 = nb.i, nb.a1
    if i > 0 and not s.demonym and not s.abbreviation \
            and _PARTY_HOME.search(text, max(0, s.start - 6), s.start) is not None:
        # "Rep. Jane Doe, D-Oakdale": the legislator's home, a place, but not where anything happened.
        s.locational, s.cue, s.firm = False, "affiliation", True
        return True
    if not s.demonym and s.cue != "dateline" and in_undertaking_name(text, tokens, i):
        # "Operation Euphrates Shield", "during Operation Unified Trident", "Exercise Atlantic Resolve": a
        # military operation's or exercise's name holds the place's, and is no place where anything happened.
        return False
    _read_cues_before(rec, text, tokens, s, nb, taken)
    if a1 is not None and a1.text[:1].isupper() and not s.demonym and (
            a1.norm in _TOWNSHIP_WORDS
            or (a1.norm in BOROUGH_HEADS and borough_joins(s, getattr(rec, "_us_states", frozenset()),
                                                             getattr(rec, "_us_counties", ())))):
        township(rec.cues, text, tokens, s, a1)
        return True
    _read_cues_after(rec, text, tokens, s, nb)
    if s.cue in _PEOPLE_AFTER and (s.norm in rec.cues.peoples
                                   or not any(c.exact and c.feature_code in _REGION_CODES for c in s.candidates)):
        return False  # "the Nuer clans": a people's name only, no far namesake of it
    _read_metonymy(rec, text, tokens, s, nb)
    if is_arabic(s.norm) and not arabic_context(rec.cues, text, tokens, s, rec.gaz):
        return False
    _read_institution_after(rec, text, tokens, s, nb)
    firm = _firmness(rec, text, tokens, s, nb)
    first = tokens[i]
    verdict = _word_verdict(rec, text, tokens, s, nb, title_case, firm, first)
    if verdict is not None:
        return verdict
    country, division = _country_or_division(s)
    verdict = _person_verdict(rec, text, tokens, s, nb, taken, firm, first, country, division)
    if verdict is not None:
        return verdict
    strong = any(c.exact and _strong(c) for c in s.candidates)
    verdict = _longer_name_verdict(rec, text, tokens, s, nb, title_case, taken, firm, first, strong, division)
    if verdict is not None:
        return verdict
    return _lone_word_kept(rec, text, tokens, s, nb, title_case, firm, first, strong)


def colon_dateline_town(c) -> bool:
    """A reading a dateline closed by a colon may take: a town spelt exactly, of some size, or a country's
    capital of any size by its main name ("ALOFI —": a small state's seat, which wire copy datelines, is no
    acronym; not "VALLI:", an odd alternate of The Valley's). A label in capitals opens lines the same way
    ("WATCH:", "NOTE:", "MORE:") and spells a hamlet as often as not."""
    return c.exact and (_strong(c) or (c.feature_code == "PPLC" and c.kind == NAME_MAIN)
                        or (c.feature_code.startswith("PPL") and (c.population or 0) >= 10_000))


def _read_dateline(text: str, tokens: list[Token], s: NameSpan, nb: Neighbours,
                   common_words: frozenset[str] = frozenset()) -> None:
    """Mark a dateline ("ALEPPO, Syria (Agency) -", "LONDON – The prime minister", "... headline. CLINTON — A
    fire") and end the name where the dateline or a caption ends it. First, because a dateline's place takes no
    cue before it and its dash or the next sentence's opening word is no part of a longer name."""
    i, a1, sentence_start = nb.i, nb.a1, nb.sentence_start
    # A dateline: "ALEPPO, Syria (Agency) -", a capitalised name opening a line and followed by a comma.
    line_start = text.rfind("\n", 0, s.start) + 1
    at_line_start = not text[line_start : s.start].strip()
    if at_line_start and agency_title_area(text, s.start, s.end):
        s.cue = TITLE_CUE  # "DJIBOUTI: Flash Update No. 2": the area the report covers (geo/report_titles.py)
    elif text[s.end : s.end + 1] == "," and first_upper(text[s.start : s.end]) and (
        at_line_start or (sentence_start and len(text[s.start : s.end]) > 3)
    ):
        s.cue = "dateline"
    elif at_line_start and first_upper(text[s.start : s.end]) and len(text[s.start : s.end]) > 3 \
            and _DATELINE_AFTER.match(text, s.end):
        s.cue = "dateline"  # "LONDON – The prime minister...", "BEIRUT (Reuters) -"
    elif at_line_start and short_dash_dateline(text, s.start, s.end, s.candidates, s.norm in common_words):
        s.cue = "dateline"  # "JOS — Health officials...": a short-named town's dateline (geo/short_datelines.py)
    elif at_line_start and is_arabic(s.norm) and ARABIC_DATELINE.match(text, s.end):
        s.cue = "dateline"  # "صعدة - سبأ ...": where the agency filed the report, not the event's place
    elif at_line_start and text[s.start : s.end].isupper() and len(text[s.start : s.end]) > 3 \
            and COLON_DATELINE.match(text, s.end) and s.norm not in common_words \
            and any(colon_dateline_town(c) for c in s.candidates):
        s.cue = "dateline"  # "PUNE: The civic body...": Indian and Pakistani papers' dateline
    elif (sentence_start and tokens[i].norm != "the" or run_on_dateline(text, s.start, s.end)) \
            and text[s.start : s.end].isupper() and len(text[s.start : s.end]) > 3 \
            and _DATELINE_DASH.match(text, s.end):
        # "... Headline words. CLINTON — A fire...", "... June 4, 2010 CLINTON -- A new bridge...": a dateline
        # run on after a headline or a byline's date (geo/run_on_datelines.py)
        s.cue = "dateline"
    if s.cue == "dateline" and _DATELINE_DASH.match(text, s.end):
        a1 = None  # "MIDDLETOWN - Police said...": the story's first word after the dash is no part of the name
    if a1 is not None and a1.norm in _SENTENCE_OPENERS and a1.text[:1].isupper() and not a1.text.isupper() \
            and text[s.end : a1.start] == " ":
        a1 = None  # "...in Oakdale, Florida The fire began": a caption run into the next sentence
    nb.a1 = a1  # (ended by the dateline or the caption)


# Nouns of owned things that are present-tense verbs as well ("in occupied X rally against", "in coastal Y
# visit the pier"): they mark a brand's thing only after "the" ("in the occupied Nokia plant"), since a place
# after a word for its state rarely takes the article.
_VERB_LIKE_THINGS = frozenset({"plant", "plants", "store", "stores", "shop", "shops", "branch", "exhibit", "visit",
                               "campaign", "rally", "outlet", "franchise", "site", "lobby"})


def _describes_owned_thing(cues: Cues, a1: Optional[Token], a2: Optional[Token], after_the: bool) -> bool:
    """Whether the word after a name is a lower-case noun of a brand's or a person's thing ("the downtown Ford
    showroom", "the occupied Nokia building", `owned_thing_nouns` and the facilities' building heads): then the
    name is the brand's or the person's, and the word before it is no state of a place. A listed noun, not a
    noun by its form, since a present-tense verb follows a place as often ("in liberated X cheer", "in downtown
    Y say"); a listed noun that is also a verb counts only after "the" (`_VERB_LIKE_THINGS`). A brand of two
    capitalised words ("the metro Wells Fargo tower") is read through its second word."""
    if a1 is not None and after_the and a1.text[:1].isupper() and not a1.text.isupper():
        a1 = a2
    if a1 is None or not a1.text.islower() or a1.norm not in cues.owned_thing_nouns:
        return False
    return after_the or a1.norm not in _VERB_LIKE_THINGS


def _read_cues_before(rec: Recogniser, text: str, tokens: list[Token], s: NameSpan, nb: Neighbours,
                      taken: Optional[list[bool]]) -> None:
    """The cue the words before the name give it: "rural", a direction, "the town of", "50 km north of", "in",
    "near", a verb of attack, or "Jo Roe of" (where a person lives). Read before the words after it, which
    keep a cue already set ("X province" after "rural" stays rural)."""
    cues = rec.cues
    i, b1, b2, b3, a1, w1, w2, w3 = nb.i, nb.b1, nb.b2, nb.b3, nb.a1, nb.w1, nb.w2, nb.w3
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
        elif w2 in cues.place_of and (w2 not in LOWER_CASE_PLACE_OF or place_noun_of(tokens, i - 2)) \
                or (w2 in cues.lowercase_divisions and b2.text.islower()):
            s.cue = w2
            # "the Karrada district of Baghdad": a name before the kind owns it; Baghdad only holds it.
            owned = w2 in _KIND_OF and b3 is not None and b3.text[:1].isupper() and not b3.text.isupper() \
                and b3.norm not in cues.directions and b3.norm not in _OPENING_WORDS \
                and b3.norm not in {"the", "a", "an", "this", "that"} and not demonym_word(rec.gaz, b3)
            if owned:
                if part_named_before_of(w2):
                    s.vague = "near"  # "the Mezzeh neighbourhood of Damascus": a named part of the town
            elif capital_holds_parts(b3, w2, s.candidates):
                pass  # "Ratoma, a commune of Conakry": the capital holds the commune, and is read as itself
            elif one_of_its_members(text, b3, w2) \
                    and member_state(s.candidates, _stated_country(rec, nb.text, s.end)
                                     | _country_in_aside(rec, nb.text, s.end)):
                # "Tlalixco, a municipality of Veracruz": Veracruz holds the municipality, a state where one of its
                # readings is a first-level division (not the port city named like it); with none, or none in
                # the country the sentence states, the division word's own level below reads it ("a
                # municipality of Cebu", a Philippine province)
                s.vague = "admin1"
            elif w2 in (division_words := load_division_levels()):
                # "the department of Antioquia" (Colombia's first level), "the department of Ouallam" (Niger's
                # second), "the province of Cusco" (Peru's second): the level the word names in the name's
                # country (geo/division_levels.py); a department only in lower case, not "the Department
                # of Homeland Security".
                division_of(s, division_words[w2], _stated_country(rec, nb.text, s.end))
            elif w2 in {"subdistrict", "nahiya"}:
                s.vague = "admin2"
            elif cues.vague_after.get(w2) in {"admin1", "admin2"} and w2 not in cues.plural_divisions \
                    and b2.text.islower() and division_word_applies(cues, s, w2):
                s.vague = cues.vague_after[w2]  # "the hromada of X", "the cercle of Y": the local division
                in_division_countries(rec.cues, s, w2)
            if s.vague is None and (w2 in _KIND_OF or names_a_settlement(w2)) and b3 is not None \
                    and b3.norm in {"the", "a"}:
                b4 = nb.before(4)
                if b4 is not None and b4.norm in cues.near_before and b4.text.islower():
                    s.vague = "near"  # "near the town of X": within reach of it, not at it
                elif b4 is not None and b4.norm == "of" and (b5 := nb.before(5)) is not None \
                        and b5.norm in cues.near_of and b5.text.islower():
                    s.vague = "near"  # "the outskirts of the town of X", "the vicinity of the city of X"
            if s.vague is None and not owned and b2.text.islower() and names_a_settlement(w2):
                s.vague = "city"  # "the town of Diffa": the town, not the region named after it
            if w2 in _KIND_OF and b2.text.islower() and not owned:
                # "the city of Mosul", "the northwest province of Latakia", "the Syrian town of Dabiq": the
                # kind of place belongs to its mention, as after the name ("Idlib province", "Aleppo city").
                s.phrase_start = b2.start
                if b3 is not None and (w3 in cues.directions or w3 in _KIND_MODIFIERS or demonym_word(rec.gaz, b3)):
                    s.phrase_start = b3.start
    elif ((w1, w2, w3) == ("from", "far", "not") or (w1, w2) == ("to", "close") and b2.text.islower()) \
            and near_phrase_places(text, tokens, taken, s, i - (3 if w1 == "from" else 2)):
        # "not far from X", "Y, close to X": within reach of the town, as "near X" is (geo/near_asides.py says
        # when the phrase places something: "a militia, close to X" is its ally)
        s.vague, s.cue, s.phrase_start = "near", "near", (b3 if w1 == "from" else b2).start
    elif w1 == "from" and b1.text.islower() and b2 is not None and b2.text.islower() \
            and (distance := distance_from(text, tokens, i - 2, s.end)) is not None:
        # "a village about 20 km from X", "40 miles from Y": a distance without a compass word is as much an
        # offset as "20 km north of X": near the town within UCDP's radius, in its wider area beyond it. Not a
        # journey's length nor a distance far beyond the town's area (geo/distances_from.py).
        km, s.phrase_start = distance
        s.vague, s.cue = ("offset" if km > NEAR_KM else "near"), "near"
    elif w1 in cues.locative_before and not (w1 in cues.directions and not b1.text.islower()):
        # (a capitalised direction ends another name: "the Middle East Tobias Ellwood")
        s.cue = w1
        if w1 in cues.near_before:
            s.vague = "near"
        elif w1 == "off" and offshore(text, tokens, i - 1, s.end):
            s.vague = "offshore"  # "a farm off X", at sea by the town, not "sealed off X" (geo/offshore_cues.py)
        elif w1 == "off" and (km := offset_km(tokens, i - 1)) > 0:
            # "seized trucks 20 km off X" with nothing at sea: a distance on land, as "20 km from X" is
            s.vague = "offset" if km > NEAR_KM else "near"
    elif w1 == "the" and w2 in cues.locative_before:
        s.cue = w2
    elif w1 in cues.state_words and b1.text.islower() \
            and (w2 in cues.locative_before or (w2 == "the" and w3 in cues.locative_before)) \
            and not _describes_owned_thing(cues, a1, tokens[s.j + 1] if s.j + 1 < len(tokens) else None,
                                           w2 == "the"):
        # "in the occupied West Bank", "in war-torn Sudan": a word for the state of the place itself stands
        # between the cue and the name, which is still where things are ("Voters in occupied Crimea voted").
        # Only such words: "in the historic Obama visit" is an old or famous thing the name describes.
        s.cue = w2 if w2 != "the" else w3
    elif w1 == "for" and b1.text.islower() and w2 in _SETTING_OUT and b2.text.islower():
        s.cue = "for"  # "a ship bound for Canton", "he left for Alexandria": the destination of a journey
    elif b1 is not None and (verb := armed_target(text, tokens, i)) is not None:
        s.cue = verb  # "Al-Shabaab fighters attacked Beledweyne": an armed group's target is a place
    elif b1 is not None and (verb := hazard_object(text, tokens, i, s.end)) is not None:
        s.cue = verb  # "The storm battered Galveston", "Shelling destroyed Bakhmut" (geo/hazard_objects.py)
    # The words after the name first: they rule out nearly every name at once, the readings' test only a few.
    if s.cue is None and (verb := hazard_subject(text, s.end, s.norm)) is not None and _held_as_ground(s):
        s.cue = verb  # "Flores was hit by floods": the ground a hazard of the land struck
    if s.cue is None and w1 == "of" and b1.text.islower() and (a1 is None or not a1.text[:1].isupper()) \
            and residence(rec.cues, getattr(rec, "_persons", ()), text, tokens, i - 1):
        s.cue = "of"  # "Jo Roe of Oakdale", "Jo Roe, 30, of Oakdale": where a person lives


def _country_or_division(s: NameSpan) -> tuple[bool, bool]:
    """Whether some exact reading of the name is a country (or a continent), and whether some is a country or a
    first-level division: the two facts the person and longer-name verdicts weigh, read in one pass over the
    readings (every name that reaches them is asked)."""
    division = False
    for c in s.candidates:
        if c.exact:
            fc = c.feature_code
            if fc.startswith(_NATION_CODES):
                return True, True
            if fc == "ADM1":
                division = True
    return False, division


_NATION_CODES = ("PCL", "CONT")


def _held_as_ground(s: NameSpan) -> bool:
    """Whether some exact reading holds the name as a place's own name, as that of a peopled one, or as any
    reading other than a town's: a firm's name the gazetteer holds only as another spelling of unpeopled hamlets
    ("Samsung", a Thai and a Korean hamlet's variant) is the firm a flood hits, as a car maker's is
    (geo/hazard_objects.py); an island or a region held under its English name as another spelling ("Lombok",
    "Darfur", with no people recorded) is still the ground struck."""
    return any(c.exact and (c.kind == NAME_MAIN or c.population > 0 or not c.feature_code.startswith("PPL"))
               for c in s.candidates)


def _read_cues_after(rec: Recogniser, text: str, tokens: list[Token], s: NameSpan, nb: Neighbours) -> None:
    """The cue the words after the name give it: a junction, "and its surroundings", a division word ("Idlib
    province", "Kajuru Local Government Area", "the Artibonite department"), or an institution's word that
    makes the name part of that institution's name ("Cavan County Council")."""
    cues = rec.cues
    j, b1, a1, w1 = nb.j, nb.b1, nb.a1, nb.w1
    # Cues after the name.
    if a1 is not None and a1.text.islower() and a1.norm in cues.junction_heads and not s.demonym and (
        w1 == "the" or (b1 is not None and _ROAD_NUMBER.fullmatch(b1.text) is not None)
    ):
        # "the A429 Cirencester junction", "the Oakdale bypass": the junction is the town's, at its edge.
        s.cue, s.vague, s.phrase_end = a1.norm, s.vague or "near", a1.end
        s.phrase_start = s.phrase_start if s.phrase_start >= 0 else s.start
    around = surroundings_after(tokens, j) if a1 is not None and not s.demonym else 0
    if around and (s.vague is None or s.vague == "city") and nb.after(around) is not None:
        # "Homs and its surroundings": the town and the ground around it, near the town.
        s.vague, s.cue = "near", s.cue or "surroundings"
    camp = camp_after(nb.after, s.candidates) if a1 is not None and s.vague is None and not s.demonym else None
    if camp is not None:
        # "Tulkarm refugee camp": a camp named after its town lies at the town's edge (geo/town_camps.py).
        s.vague, s.cue, s.phrase_end = "near", s.cue or "camp", camp.end
        s.phrase_start = s.phrase_start if s.phrase_start >= 0 else s.start
    ground = ground_after(a1, s.candidates, nb.b1) if s.vague is None and not s.demonym else None
    if ground is not None:
        # "the Uri sector of Baramulla", "the Gwoza hills": ground around the town, near it (geo/town_grounds.py)
        s.vague, s.cue, s.phrase_end = "near", s.cue or ground.norm, ground.end
        s.phrase_start = s.phrase_start if s.phrase_start >= 0 else s.start
    division_word, division_len = division_phrase_after(tokens, j) if a1 is not None else ("", 0)
    if division_len and nb.after(division_len) is not None and not s.demonym:
        # "Kajuru Local Government Area": the division named after its seat, as "Kajuru LGA" is.
        s.vague, s.cue, s.phrase_end = cues.vague_after.get(division_word, "admin2"), s.cue or division_word, \
            tokens[j + division_len - 1].end
        in_division_countries(rec.cues, s, division_word)
        if s.phrase_start < 0:
            s.phrase_start = s.start
    division_words = load_division_levels()
    if a1 is not None and a1.norm in cues.lowercase_divisions and a1.text[:1].isupper():
        # "Kansas Department of Transportation", "Northern Territory"; but "Haninge Municipality", "Oakdale
        # Local Municipality": a municipality's own name holds the word, not an office's ("... of X").
        a1_division = a1.norm in _NAMED_DIVISIONS and not word_at(nb.after(2), "of")
    else:
        a1_division = a1 is not None and a1.norm in cues.vague_after and division_word_applies(cues, s, a1.norm)
    if a1 is not None and not a1_division and not s.demonym and s.vague is None and a1.text.islower() \
            and a1.norm in division_words and division_word_ends(nb.after(2)) \
            and not _owned_unit(nb) and _fitting_or_titled(rec, text, s, a1):
        # "Haiti's Centre department", "the Artibonite department": a division word that is no cue after a
        # name on its own ("a department store") says so where the name is a division of that kind.
        division_of(s, division_words[a1.norm], _stated_country(rec, nb.text, a1.end))
        s.cue, s.phrase_end = s.cue or a1.norm, a1.end
        if s.phrase_start < 0:
            s.phrase_start = s.start
    if a1_division and not s.demonym:
        kind = cues.vague_after[a1.norm]
        if a1.norm in division_words and _fitting_or_titled(rec, text, s, a1):
            # "Cusco province" (Peru's second level), "Abidjan district" (Ivory Coast's first): the level
            # the word names where the gazetteer holds such a division of that name, or holds it only under
            # its title ("Lodz voivodeship": GeoNames' "Łódź Voivodeship", not the city).
            division_of(s, division_words[a1.norm], _stated_country(rec, nb.text, a1.end))
            kind = s.vague
        if kind != "city" or s.vague is None:
            if kind == "admin1" and s.vague == "near":
                kind = "admin1"
            s.vague = kind if not (kind == "near" and s.vague == "admin1") else s.vague
            s.cue = s.cue or a1.norm
            s.phrase_end = a1.end
            in_division_countries(rec.cues, s, a1.norm)
            stated = _country_stated_with(rec, nb.text, s, a1)
            if stated:
                # "the Adamawa region of Cameroon": the stated country's division, not a namesake's across a border
                s.candidates = [c for c in s.candidates if c.feature_code != "ADM1" or c.country_code in stated]
            else:
                note_first_level_word(s, a1.norm)  # weighed once the story's names are known
            bare_first_order_county(s, a1.norm)
            if s.phrase_start < 0:
                s.phrase_start = s.start
            if kind == "admin2" and a1.text[:1].isupper():
                division_readings(rec.gaz, text, tokens, s, a1.text)
            elif a1.norm == "district":
                former_agency_readings(rec.gaz, text, s)  # "Khyber district", once "Khyber Agency"
    elif a1 is not None and a1.text.islower() and a1.norm in _FRONT_SECTORS and w1 == "the" and not s.demonym:
        s.locational, s.cue = False, a1.norm
    elif a1 is not None and a1.text.islower() and a1.norm in _PEOPLE_AFTER and w1 == "the" and not s.demonym \
            and s.vague is None:
        regions = [c for c in s.candidates if c.exact and c.feature_code in _REGION_CODES]
        if regions and a1.norm in _PEOPLES_OF_A_REGION and s.norm not in cues.peoples:
            # "the Diyala tribes": the tribes of the region, which stays the place, as firmly as a cue places it
            s.candidates, s.cue = regions, a1.norm
        else:
            s.locational, s.cue = False, a1.norm
    elif a1 is not None and a1.text[:1].isupper() and a1.norm in cues.organisation_heads and not s.demonym:
        s.locational, s.cue = False, "embedded"
    a2 = nb.after(2) if a1 is not None else None
    if a1 is not None and a1.norm in cues.vague_after and a1.text[:1].isupper() and a2 is not None \
            and a2.text[:1].isupper() and a2.norm in cues.organisation_heads and not s.demonym:
        # "Cavan County Council", "Maryland State Police": the division word opens an institution's name,
        # so the name is the institution's, not where something happened. The division cue stays: it
        # still says which place the institution's name holds.
        s.locational = False


def _fitting_or_titled(rec: Recogniser, text: str, s: NameSpan, a1: Token) -> bool:
    """Whether a name before a lower-case division word has a reading that is such a division, adding it
    where the gazetteer holds the division only under a title that keeps the word ("Bui division" is
    GeoNames' "Bui Division"): without it the name's only readings were a near spelling abroad (Bowie, US)
    in a country that never calls a division so. Only for words that a few countries use."""
    word = load_division_levels()[a1.norm]
    if fitting_divisions(word, s.candidates):
        return True
    known = {c.id for c in s.candidates}
    s.candidates = [c for c in titled_division_readings(rec.gaz, text[s.start : s.end], a1.text, word)
                    if c.id not in known] + s.candidates
    return bool(fitting_divisions(word, s.candidates))


def _read_metonymy(rec: Recogniser, text: str, tokens: list[Token], s: NameSpan, nb: Neighbours) -> None:
    """Whether the name stands for its government or its people rather than its ground: "Syria's army",
    "Russia will close the consulate", "Britain accuses Russia". A possessive before a named part of a town
    ("Mogadishu's Hodan district") makes it a part of the town instead. Read after the cues, since a place
    cue ("in Syria's north") keeps the name a place."""
    cues = rec.cues
    j, b1, w1 = nb.j, nb.b1, nb.w1
    possessive = text[s.end : s.end + 2] in ("'s", "’s")
    if possessive and s.vague is None and (part_named_after(tokens, j) or part_after_possessive(tokens, j)):
        s.vague = "near"  # "Mogadishu's Hodan district": a named part of the town, not its centre
    elif possessive and s.vague is None and j < len(tokens) and tokens[j].norm in POSSESSED_SURROUNDINGS \
            and tokens[j].text.islower() and text[s.end + 2 : tokens[j].start] == " " \
            and any(c.exact and c.feature_code.startswith("PPL") for c in s.candidates):
        s.vague, s.cue = "near", s.cue or tokens[j].norm  # "Saraqib's outskirts", as "the outskirts of Saraqib"
    if possessive and s.cue == w1 and w1 in cues.locative_before and s.vague is None \
            and not any(c.exact for c in s.candidates):
        # "in Modi's name", "in Kemira's new plant": "in" governs the possessed noun, not the name, and a
        # loose spelling of a town is believed only with a cue of its own.
        s.cue = None
    if s.locational and not s.demonym and not s.located:
        nxt = nb.after(1)
        if possessive and j < len(tokens) and text[s.end + 2 : tokens[j].start].strip() == "":
            nxt = tokens[j]
        if nxt is not None and nxt.norm in cues.metonymy_nouns and (not nxt.text[:1].isupper() or possessive):
            s.locational, s.cue = False, "metonymy"  # "Syria's army", "Mexico's Senate"
        elif possessive and j < len(tokens) and nxt is tokens[j] and _named_rulers(rec, text, tokens, j, s):
            s.locational, s.cue = False, "metonymy"  # "Kabul's Taliban administration"
        elif possessive and nxt is not None and nxt.norm in _STOCK_NOUNS:
            s.locational, s.cue = False, "metonymy"  # "Nokia's shares fell": a firm named for a town
        elif possessive and nxt is not None and nxt.text[:1].isupper() and nxt.norm in cues.organisation_heads \
                and nxt.norm not in cues.feature_heads:
            s.locational, s.cue = False, "metonymy"  # "Malaysia's Department of Civil Aviation"
        elif possessive and nxt is not None and person_follows(rec.cues, text, tokens, nxt):
            s.locational, s.cue = False, "metonymy"  # "Notre Dame's Jessica Shepard": a team's player
        elif not possessive and not _after_preposition(nb) and not governed_possessor(text, s.start):
            # After a preposition the name is that preposition's object, never the subject of the verb
            # that follows ("the offensive against Idlib killed dozens"), and so is a name its possessor
            # owns ("officials in Russia's Belgorod said").
            k, auxiliary, modal = 1, False, False
            while nxt is not None and k < 3 and (nxt.norm in cues.metonymy_auxiliaries or nxt.norm in _JOINT_WORDS
                                                 or nxt.norm in _ADVERBS_BEFORE_VERB or (
                nxt.norm.endswith("ly") and len(nxt.norm) > 4 and nxt.text.islower()  # "adamantly denies"
            )):
                # "Kent County and Sussex County both declared": a word saying the subjects act together
                # stands between them and the verb as an auxiliary does, but is no tense of its own.
                auxiliary = auxiliary or nxt.norm not in _JOINT_WORDS
                # Only a modal makes a bare "send" a deed: after an adverb alone it is the present tense of
                # towns that habitually send ("Villages like X still send their sick to the city").
                modal = modal or nxt.norm in _MODALS
                k += 1
                nxt = nb.after(k)
            owed = _deed_still_owed(nb, k)
            if owed:  # "Tehran has yet to finish", "Moscow is yet to ratify": "yet to" stands as "not" does
                auxiliary, modal, k = True, True, owed
                nxt = nb.after(k)
            base_deed = modal and nxt is not None and _base_deed(nxt.norm, nb.after(k + 1))
            if nxt is not None and (nxt.norm in cues.metonymy_verbs or base_deed
                                    or _reports_counts(nxt, nb.after(k + 1)) and nb.w1 not in _DETERMINERS) \
                    and not nxt.text[:1].isupper() and not own_people_counted(text, nxt.end):
                s.locational, s.cue = False, "metonymy"
            elif nxt is not None and nxt.text.islower() and polity(s) and acts(nxt.norm, auxiliary) \
                    and (base_deed or nxt.norm not in _BASE_DEED_VERBS) and not _undergone(nxt, nb.after(k + 1)) \
                    and not extent_without_object(nxt.norm, nb.after(k + 1)) and not spared_by_harm(text, nxt.end):
                # A country or state as the subject of a deed ("Tunisia entered a partnership", "Russia
                # will close the consulate", "Montana offered $69"): its government acts, not its land.
                s.locational, s.cue = False, "metonymy"

    if s.locational and not s.demonym and not s.located and b1 is not None and b1.text.islower() \
            and b1.norm in cues.metonymy_verbs and b1.norm not in rec.associative.clause_verbs \
            and b1.norm not in _THREAT_VERBS and polity(s) and not _pressed_by_forces(nb, rec):
        # "Britain accuses Russia", "backed Jordan": a party to a deed. After a verb of saying the name
        # opens a clause ("economists say Hawaii's growth has lagged") and is read by what follows it.
        s.locational, s.cue = False, "metonymy"
    elif s.locational and not s.demonym and not s.located and b1 is not None and b1.text.islower() \
            and (b1.norm in _STIRRING_VERBS
                 or (b1.norm in _FEELING_VERBS and _a_government_feels(text, b1, nb.a1))) \
            and not possessive and (polity(s) or any(c.exact and c.feature_code == "PPLC" for c in s.candidates)):
        # "angering Mogadishu", "which alarmed Beijing": only a government (or a people) is angered or
        # reassured by a deal; the ground is not. A possessive owns the object instead ("could upset
        # Tunisia's neighbour").
        s.locational, s.cue = False, "metonymy"


# "its Faro division", "their Lagos department": a possessive before the name owns the unit (a firm's, an
# army's); "the Faro division of the bank", "the Cordoba department of health": "of" and a common noun after the
# word name its owner or its office's matter. A country's division is written with no owner, or with the
# country after "of" ("the Sylhet division of Bangladesh", "of northern Cameroon").
_OWNERS = frozenset({"its", "their", "his", "her", "our", "whose"})
# The common nouns after "of the" that hold a country's division, not own a unit ("the Sylhet division of the
# country").
_REGION_ADJECTIVES = frozenset({"northern", "southern", "eastern", "western", "central", "north", "south", "east",
                                "west", "northeastern", "northwestern", "southeastern", "southwestern", "northeast",
                                "northwest", "southeast", "southwest", "neighbouring", "neighboring", "rural",
                                "coastal", "mountainous", "restive", "troubled"})
_HOLDING_NOUNS = frozenset({"country", "nation", "state", "republic", "kingdom", "province", "region"})

# Base forms of a government's deeds that count only after an auxiliary ("Quito would send troops", "Lima will
# deploy"): bare, the base form follows a plural subject as often ("towns like X send their sick") or is the
# first half of a noun ("the X send-off"), so cues.yaml lists only the inflected forms. "lay" too: bare, it is the
# past of "lie" ("X lay in ruins", a state of the ground); only after a modal is it the deed of laying a railway,
# a cable or a pipeline ("Kazakhstan will lay a second line").
_BASE_DEED_VERBS = frozenset({"send", "deploy", "lay"})
# The modals that make such a base form a deed; an adverb ("also", "still", "usually") leaves it the present tense
# of a plural subject.
_MODALS = frozenset({"will", "would", "could", "can", "may", "might", "must", "should", "shall", "did", "does"})
# "lay" written for "lie" after a modal: before a preposition of place ("X could lay in ruins for years", "lay
# beneath the ash") or an adjective of a state ("X may lay empty", "lay idle"), it is a state of the ground. Before
# any other word it takes an object or a particle and is a deed ("lay waste to", "lay cables", "lay wreaths",
# "lay blame", "lay out its plans").
_LIE_PREPOSITIONS = frozenset({"in", "under", "beneath", "among", "amid", "at", "near", "along", "within", "below"})
_LIE_STATES = frozenset({"empty", "idle", "abandoned", "derelict", "dormant", "silent", "still", "deserted",
                         "fallow", "barren", "buried", "untouched", "unused"})


def _base_deed(verb: str, following: Optional[Token]) -> bool:
    """Whether a base form after a modal is a government's deed: "send" and "deploy" always, "lay" unless a place
    preposition or a state follows ("Latvia will lay a second cable", not "lay in ruins" or "lay idle")."""
    if verb not in _BASE_DEED_VERBS:
        return False
    if verb != "lay":
        return True
    return following is not None and following.norm[:1].isalnum() \
        and following.norm not in _LIE_PREPOSITIONS and following.norm not in _LIE_STATES


def _owned_unit(nb: Neighbours) -> bool:
    """Whether the division word after the name is an organisation's unit, not a country's division."""
    if nb.b1 is not None and nb.b1.norm in _OWNERS:
        return True
    of, det, noun = nb.after(2), nb.after(3), nb.after(4)
    if of is None or of.norm != "of" or det is None:
        return False
    if det.text.islower() and det.norm not in {"the", "a", "an", "its"}:
        # "the Cordoba department of culture": an office, no division; "of northern Cameroon" still holds it
        return det.norm not in _HOLDING_NOUNS and det.norm not in _REGION_ADJECTIVES
    return det.norm in {"the", "a", "an", "its"} and noun is not None and noun.text.islower() \
        and noun.norm not in _HOLDING_NOUNS


# "in Chile", "of Uruguay", ", Chile" right after a division word's phrase: the country the sentence puts it in.
_COUNTRY_AFTER = re.compile(r"(?:\s+(?:in|of)\s+(?:the\s+)?|,\s+)([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})")


# After a comma, a country that goes on to speak or own ("the Adamawa region, Chad's government said", ", Nigeria
# said") is the next clause's subject, no container: a stated country after a comma closes its phrase.
_SPEAKER_AFTER_COMMA = re.compile(r"(?![ \t]*(?:[,.;:)]|$))", re.MULTILINE)


# "Nigeria's Adamawa region": a country's possessive right before the name.
_COUNTRY_POSSESSIVE_BEFORE = re.compile(r"([A-Z][\w-]*(?:\s+[A-Z][\w-]*){0,2})['’]s\s+$")


def _country_stated_with(rec: Recogniser, text: str, s: NameSpan, a1: Token) -> frozenset[str]:
    """The country, among those holding a first-level reading of the name, the sentence states for a name
    before a division word, after the phrase ("the Adamawa region of Nigeria", "... of Nigeria's northeast",
    "the Adamawa region, Cameroon,") or as a possessive before it ("Nigeria's Adamawa region"): what the text
    states outweighs what the division word suggests. Empty where none is stated, and for a country that
    speaks after a comma ("the Adamawa region, Chad's government said"): a speaker is no container."""
    firsts = {c.country_code for c in s.candidates if c.feature_code == "ADM1"}
    m = _COUNTRY_AFTER.match(text, a1.end)
    if m is not None and not (m.group(0).startswith(",") and _SPEAKER_AFTER_COMMA.match(text, m.end(1))):
        stated = _first_level_countries(rec, re.sub(r"['’]s$", "", m.group(1)), firsts)
        if stated:
            return stated
    start = s.start
    if text[max(0, start - 4) : start].lower() == "the ":
        start -= 4
    b = _COUNTRY_POSSESSIVE_BEFORE.search(text, max(0, start - 40), start)
    return _first_level_countries(rec, b.group(1), firsts) if b is not None else frozenset()


def _first_level_countries(rec: Recogniser, name: str, firsts: set[str]) -> frozenset[str]:
    """The codes of the countries `name` names exactly, of those in `firsts`."""
    return frozenset(c.country_code for c in rec.gaz.lookup(name, limit=5)
                     if c.exact and c.feature_code.startswith("PCL") and c.country_code in firsts)


def _stated_country(rec: Recogniser, text: str, end: int) -> frozenset[str]:
    """The country named right after a division word's phrase ending at `end`, as its code (empty if none):
    a division word's usual countries never overrule the one the sentence states (cue_readers.division_of)."""
    m = _COUNTRY_AFTER.match(text, end)
    if m is None:
        return frozenset()
    return frozenset(c.country_code for c in rec.gaz.lookup(m.group(1), limit=5)
                     if c.exact and c.feature_code.startswith("PCL") and c.country_code)


def _pressed_by_forces(nb: Neighbours, rec: Recogniser) -> bool:
    """"Government forces pressed Herat", "Afghan forces have pressed Herat", "troops also pressed Ghazni":
    armed forces pressing a name (a city named like its province reads as a polity) assault its ground; they
    lobby no government. The subject is found back to the clause's start, past auxiliaries, adverbs and an
    aside. A request after the name ("the army pressed Texas for more funding", read by geo/associative.py's
    request patterns) is lobbying whoever asks: it is left to the metonymy reading."""
    b1 = nb.b1
    if b1 is None or b1.norm not in rec.associative.framed_recipient_verbs \
            or request_after(nb.text, nb.s.end, b1.start):
        return False
    return armed_presser(nb.text, b1.start)


# What a health ministry reports, after the plain verb "report" ("Peru and Bolivia report new cases each year"):
# bare, "report" after a name is as often the noun ("a Kenya report found"), so it is a deed only before these.
_REPORTED_THINGS = frozenset({"cases", "deaths", "infections", "outbreaks", "new", "more", "fewer", "no", "a", "an",
                              "dozens", "hundreds", "thousands"})
# A determiner before the name makes "<name> report" a noun phrase ("a Norland report a year ago", "the Estovia
# report more than doubled the toll"), whatever follows it.
_DETERMINERS = frozenset({"a", "an", "the", "this", "that"})


def _reports_counts(verb: Token, obj: Optional[Token]) -> bool:
    """Whether `verb` is the plain "report" of a count or a case ("report cases", "report 40 deaths")."""
    return verb.norm == "report" and verb.text.islower() and obj is not None and (
        (obj.norm in _REPORTED_THINGS and obj.text.islower()) or obj.text[:1].isdigit())


# Nouns for those who govern, after a possessive name and the one capitalised word naming their movement or party
# ("Kabul's Taliban administration", "Managua's Sandinista government"): the rulers, as "Kabul's administration".
_RULER_NOUNS = frozenset({"government", "regime", "administration", "authorities", "leadership", "cabinet", "rulers"})


def _named_rulers(rec: Recogniser, text: str, tokens: list[Token], k: int, s: NameSpan) -> bool:
    """Whether token k, right after a possessive, is a single capitalised name of a movement or party followed by a
    noun for rulers ("Taliban administration"); a named part of the place ("Idlib province") is no ruler, nor is
    a place of the possessor's own country that has rulers of its own ("Norland's Westmark government": the
    region's government, and the country stays the ground)."""
    word = tokens[k]
    if k + 1 >= len(tokens) or not word.text[:1].isupper() or not word.text[1:2].islower():
        return False
    noun = tokens[k + 1]
    if not (noun.text.islower() and noun.norm in _RULER_NOUNS and text[word.end : noun.start] == " "):
        return False
    countries = {c.country_code for c in s.candidates if c.exact}
    return not any(c.exact and c.country_code in countries for c in rec.gaz.lookup(word.text, limit=20))


# A listed company's stock after a possessive ("Nokia's shares fell"): the firm's, never a town's; bare, the word
# is a verb ("Tacoma, Washington shares tips").
_STOCK_NOUNS = frozenset({"shares", "shareholders"})
# Words between coordinated subjects and their verb that say they act together or alike ("both declared",
# "have each reported").
_JOINT_WORDS = frozenset({"both", "each", "jointly"})
# Adverbs between an auxiliary and its verb ("should instead seek", "will not sign"): the verb after them is
# the deed; a determiner there ("reaching Bamako again this week") is no verb (geo/associative.py `acts`).
# "Since" too, as an adverb ("have since left"); before a date ("since 2012") it is followed by no verb.
_ADVERBS_BEFORE_VERB = frozenset({"instead", "not", "never", "still", "now", "already", "soon", "first", "since"})


# The verbs before "yet to" that make it a deed still owed: "has yet to", "is yet to".
_YET_TO_HEADS = frozenset({"has", "have", "had", "is", "are", "was", "were"})


def _deed_still_owed(nb: Neighbours, k: int) -> int:
    """Where the verb stands after "has yet to" or "is yet to" (`k` at "yet", or at "is" before it), or 0:
    "Tehran has yet to finish its section" is "Tehran has not finished" said of a deed still to come."""
    head, yet, to = nb.after(k - 1) if k > 1 else None, nb.after(k), nb.after(k + 1)
    if yet is not None and yet.norm in _YET_TO_HEADS and to is not None and to.norm == "yet":
        head, yet, to, k = yet, to, nb.after(k + 2), k + 1
    if head is None or head.norm not in _YET_TO_HEADS or yet is None or yet.norm != "yet" \
            or to is None or to.norm != "to":
        return 0
    return k + 2


# Verbs of what a land undergoes, not what its government does: "Bangladesh is yet to feel the full force",
# "Texas has yet to dry out", "Pakistan has not recovered from the floods".
_UNDERGOING = frozenset({"feel", "feels", "felt", "dry", "dries", "dried", "emerge", "emerges", "emerged", "thaw",
                         "thawed"})
_RECOVERING = frozenset({"recover", "recovers", "recovered"})


def _undergone(verb: Token, following: Optional[Token]) -> bool:
    """Whether the verb after a country says what the land undergoes: a verb of `_UNDERGOING`, or "recover" from
    something ("recovered from the floods"; "recovered the bodies" is a deed)."""
    return verb.norm in _UNDERGOING or verb.norm in _RECOVERING and (following is None or following.norm == "from")


def _after_preposition(nb: Neighbours) -> bool:
    """Whether a preposition governs the name, looking past the adjectives that locate it ("residents in
    neighbouring Cusco say"): then the name is the preposition's object, not the subject of what follows."""
    k, b = 1, nb.before(1)
    article = b is not None and b.norm == "the" and b.text.islower()
    if article:
        k, b = 2, nb.before(2)  # "fishermen on the Rhine said": the article stands between them
    while b is not None and b.text.islower() and b.norm in LOCATING_ADJECTIVES and k < 4:
        k += 1
        b = nb.before(k)
    if b is None or not b.text.islower():
        return _last_of_governed_list(nb)
    if b.norm in _PREPOSITIONS or b.norm == "including":
        return True
    if b.norm == "as" and nb.before(k + 1) is not None and nb.before(k + 1).norm == "such":
        return True  # "ports such as Port Said have lost business": the ports are the subject
    if article and _participle_object(b.norm):
        return True  # "divers surveying the Ningaloo Reef said": the object of the divers' deed
    return _last_of_governed_list(nb)


# Words in -ing that are nouns, not participles taking an object: "the morning the Kremlin said".
_ING_NOUNS = frozenset({"morning", "evening", "meeting", "building", "spring", "king", "thing", "something",
                        "nothing", "anything", "everything", "wedding", "ceiling", "during", "ring", "string",
                        "wing", "bring", "sing", "sting", "swing"})


def _participle_object(word: str) -> bool:
    """Whether `word` is a participle that takes the name after "the" as its object ("surveying the reef")."""
    return word.endswith("ing") and len(word) > 5 and word not in _ING_NOUNS


# A run of names joined by commas and "and" that a preposition governs as a whole ("Skippers from Fraserburgh
# and Macduff said", "in Homs, Hama and Idlib", "in nearby Gorham and Milan", "from Italy, the United States and
# Australia"): read back from the last name to the preposition, over a word that only says the places lie close.
# An article may open a later member, not the first: "on the Food and Drug Administration's" is one name.
_LIST_BEFORE = re.compile(r"\b([a-z]+)\s+(?:(?:nearby|neighbouring|neighboring)\s+)?[A-Z][\w'’.-]*"
                          r"(?:(?:\s+|\s*,\s*(?:the\s+)?|\s+(?:and|or)\s+(?:the\s+)?)[A-Z][\w'’.-]*){0,8}"
                          r"\s*,?\s+(?:and|or)\s+(?:the\s+)?$")


def _last_of_governed_list(nb: Neighbours) -> bool:
    """Whether the name closes a list of names that a preposition governs: then it is the preposition's object
    too, and a verb after it has the list's head noun as its subject, not the name."""
    b = nb.before(1)
    if b is not None and b.norm == "the" and b.text.islower():
        b = nb.before(2)  # "from Italy, Spain and the Netherlands"
    if b is None or b.norm not in ("and", "or") or not b.text.islower():
        return False
    window = nb.text[max(0, nb.s.start - 160) : nb.s.start]
    window = window[max((m.end() for m in SENTENCE_BREAK.finditer(window)), default=0):]
    m = _LIST_BEFORE.search(window)
    if m is None or m.group(1) not in _PREPOSITIONS:
        return False
    return not _clause_after_list(m.group(0))


# The comma and conjunction that end a run of names read back from a preposition.
_COMMA_CONJUNCTION = re.compile(r"\s*,\s*(?:and|or)\s+(?:the\s+)?$")
_INNER_CONJUNCTION = re.compile(r"\s(?:and|or)\s")


def _clause_after_list(run: str) -> bool:
    """Whether ", and" after a governed run of names opens a new clause instead of adding its last member ("in
    Holguín and Camagüey, and Peru reported", "in Holguín, and Peru said"): a comma before the last "and" ends a
    list only after a series of commas ("in Homs, Hama, and Idlib"), never after one name or a list already
    closed by its own "and"."""
    end = _COMMA_CONJUNCTION.search(run)
    if end is None:
        return False
    body = run[: end.start()]
    return "," not in body or _INNER_CONJUNCTION.search(body) is not None


def _read_institution_after(rec: Recogniser, text: str, tokens: list[Token], s: NameSpan, nb: Neighbours) -> None:
    """A name of several words (or one after a capitalised direction) opening an institution's name ("Saint
    Lucia National Trust") is part of that name, not where something happened."""
    cues = rec.cues
    j, b1, a1, single = nb.j, nb.b1, nb.a1, nb.single
    if s.locational and not s.demonym and s.cue != "dateline" and a1 is not None and a1.text[:1].isupper() \
            and not a1.text.isupper() and a1.norm not in cues.vague_after and a1.norm not in cues.feature_heads \
            and a1.norm not in STREET_HEADS and not SENTENCE_BREAK.search(text[s.end : a1.start]) \
            and (not single or (b1 is not None and b1.text[:1].isupper() and b1.norm in cues.directions)) \
            and institution_follows(rec.cues, text, tokens, j) and not division_phrase_after(tokens, j)[1]:
        # "Saint Lucia National Trust", "South Central Ambulance Service": a name of several words, or one
        # after a capitalised direction, opening an institution's name is part of that name. (A one-word
        # name is judged below, where a firm cue before it may still make it the place.) "Jos North Local
        # Government Area" is no institution: the capitalised words spell the division's kind (town_phrases).
        s.locational, s.cue = False, "embedded"


def _compass_named(s: NameSpan, nb: Neighbours, cues) -> bool:
    """Whether a capitalised compass word right after a weak cue opens the name ("from East Auburn", "to North
    Hadley"): a surname or a common noun takes no "East" before it, so the pair names a part of the place,
    as firmly as "in" would. The name must be written as the gazetteer holds it."""
    b1, b2 = nb.b1, nb.b2
    return s.direction is not None and b1 is not None and b2 is not None and b1.norm in cues.directions \
        and b1.text[:1].isupper() and not b1.text.isupper() and b2.text.islower() and b2.norm == s.cue \
        and any(c.exact for c in s.candidates)


def _firmness(rec: Recogniser, text: str, tokens: list[Token], s: NameSpan, nb: Neighbours) -> bool:
    """Whether a cue places the name firmly (`s.firm`: "in", "near", "village of", "rural", a dateline; "to"
    after a verb of going, or after one driving people out and its object), and whether the name is firm for the
    traps that follow ("X, Y" counts too).
    A weak cue ("to", "at", "from") does not make a surname or a common noun a place; a firm one does."""
    cues = rec.cues
    j, b2, b3, a1, w1 = nb.j, nb.b2, nb.b3, nb.a1, nb.w1
    # Traps. A weak cue ("to", "at", "from") does not make a surname or a common noun a place; a firm
    # one ("in", "near", "village of", "rural", a dateline) or "X, Y" does.
    # After a verb of going, "to" is firm for the name alone: before more capitalised words ("taken to
    # Oakdale Memorial Hospital") the name is the longer name's, read by geo/facilities.py.
    # "Off" read as at sea ("a dhow off X", "sank off Y": geo/offshore_cues.py) places the name as firmly as
    # "near" does: the sea words that made it so are no surname's or common noun's company.
    # A one-word ordinary word is not made firm so ("sank off Hope", "ran aground off Liberty"): the sea is no
    # town's. A longer name is a place's whatever its first word ("off Port Aransas", "off Grand Isle").
    offshore = s.vague == "offshore" and not (s.j - s.i == 1 and tokens[s.i].norm in cues.common_words)
    s.firm = s.located and (s.cue not in cues.weak_locative or offshore or (
        w1 == "to" and (a1 is None or not a1.text[:1].isupper())
        and (motion_before(rec.cues, b2, b3) or driven_to(text, tokens, nb.i - 1)))
        or (w1 == "into" and (a1 is None or not a1.text[:1].isupper()) and crossed_into(rec.cues, b2, b3)
            and not (nb.j - nb.i == 1 and tokens[nb.i].norm in getattr(rec, "_persons", ())))
        or _compass_named(s, nb, cues))
    firm = s.firm or (text[s.end : s.end + 2] == ", " and a1 is None and j < len(tokens)
                      and tokens[j].text[:1].isupper() and not tokens[j].text.isupper())
    return firm


def _word_verdict(rec: Recogniser, text: str, tokens: list[Token], s: NameSpan, nb: Neighbours, title_case: set[int],
                  firm: bool, first: Token) -> Optional[bool]:
    """Drop (False) or keep (True) a name that stands for no place at all: a ship, a language, a currency, a
    month, a quoted title, an organisation in the actor registry, a person's title; None leaves it to the
    steps after."""
    cues = rec.cues
    i, b1, b2, a1, w1, single, sentence_start = nb.i, nb.b1, nb.b2, nb.a1, nb.w1, nb.single, nb.sentence_start
    if names_no_place(rec.cues, text, tokens, s, a1):
        return False
    if s.demonym:
        return True
    if single and (s.norm in cues.arabic_place_words or s.norm in cues.arabic_locative
                   or s.norm in cues.arabic_rural):
        return False
    if single and (sentence_start or first.start in title_case) and first.norm in cues.common_words \
            and a1 is not None and a1.text.islower() and s.cue == a1.norm and w1 not in cues.locative_before:
        # "Any village or town may apply", "But town leaders...", "Other states have...": a word that opens
        # the sentence with a capital before a kind of place is the noun's determiner, not a town the kind
        # word describes; mid-sentence ("the Orange county line") the capital still counts.
        return False
    if s.cue is None and quoted_title(text, s):
        return False  # "the Broadway smash “Hamilton.”", "known as “Smoky Mary”": a title or a nickname
    if single and first.norm in cues.months:
        return False
    if not s.firm and s.norm in rec.actors and not any(
        c.exact and c.kind == NAME_MAIN and _strong(c) for c in s.candidates
    ):
        return False  # "talking to Hamas": an organisation in the actor registry, not a town's old name
    if b1 is not None and b1.text[:1].isupper() and b1.norm.rstrip(".") in cues.person_titles:
        if not title_of_a_place(text, tokens, i - 1, cues, getattr(rec, "_polity_tokens", frozenset())):
            return False
        s.locational, s.cue = False, "affiliation"  # "Miss Ohio", "Miss Butler County": a title held for it
        return True
    if single and b1 is not None and b1.text[:1].isupper() and b1.norm in cues.given_names and not s.firm:
        return False
    if single and s.cue is None and not s.firm and river_as_surname(rec.cues, text, tokens, s, b1, b2, a1):
        return False  # "envoy Knox Thames said": a river is written "the Thames", a surname bare
    return None


def _person_verdict(rec: Recogniser, text: str, tokens: list[Token], s: NameSpan, nb: Neighbours,
                    taken: Optional[list[bool]], firm: bool, first: Token, country: bool,
                    division: bool) -> Optional[bool]:
    """Drop (False) a one-word name that is a person's, an institution's or an ordinary word here: a given name
    before a capitalised word, a name the document gives a person, "the University", a word the document also
    writes in lower case, a thing after "the" or with a number. None leaves it to the steps after."""
    cues = rec.cues
    j, a1, single = nb.j, nb.a1, nb.single
    # A person's name stays one even in a list ("Tom Chilton, Sam Tordoff"): only a place cue overrides it.
    # A town written with its state or country after a comma ("Paris, Texas, residents") is that town,
    # whatever person shares its name; so is one its police or mayor follows ("Austin police": geo/town_services.py).
    if single and first.norm in getattr(rec, "_persons", ()) \
            and (not country or (s.cue in (None, "metonymy")
                                 and country_as_surname(text, text[s.start : s.end], cues.given_names)
                                 and not joined_to_a_place(tokens, nb.i, j, taken,
                                                           getattr(rec, "_polity_tokens", frozenset())))) \
            and not _with_its_polity(rec, text, tokens, s, j) \
            and not listed_after_place_opener(text, tokens, nb.i, getattr(rec, "_persons", None), _town_tokens(rec)) \
            and not closes_place_list(text, tokens, nb.i, getattr(rec, "_persons", None), _town_tokens(rec)) \
            and not opens_people_of_towns(text, tokens, nb.i, getattr(rec, "_persons", None), _town_tokens(rec)) \
            and not town_service_after(text, s.end) \
            and not settlement_aside(text, s.end) \
            and (not s.firm or owns_a_thing(text, s.end)  # "went to Denton's home": the cue is the home's
                 or struck_person(s.cue)):  # "a car struck Denton": the one struck
        return False
    persons = getattr(rec, "_persons", ())
    if single and s.cue in ("from", "in") \
            and opens_a_list_of_people(text, tokens, nb.i, persons, _town_tokens(rec)):
        return False  # "letters from Lincoln, Hampton and Deen", "faith in Marshall and Tyler": people's names
    if single and not firm and not division and (before_known_surname(text, tokens, j, persons, cues)
                                                or family_plural(tokens, nb.i, j, persons)):
        return False  # "Darwin Okonjo" ... "said Okonjo"; "the Tiptons": a person's or a family's name
    if single and first.norm in cues.organisation_heads and not (s.vague or s.cue in cues.place_of) \
            and not (firm and s.cue in cues.locative_before and _town_of_size(s)
                     and not (a1 is not None and a1.text[:1].isupper())) \
            and not _town_closing_a_list(rec, text, tokens, nb.i, s) \
            and not _town_inside_a_list(rec, text, tokens, nb.i, s):
        # "the University", "the State", "to Council": an institution, not a town. "grew up in Temple": after
        # a place cue, with no article, a town of size of that name is meant ("in Congress" stays the body),
        # unless a capitalised word goes on with a longer name ("in Metro Cebu").
        return False
    if single and not firm and not division and first.norm in getattr(rec, "_lower", ()):
        return False  # the document also writes it as an ordinary word ("flu", "reading")
    if single and country and s.cue is None and a1 is not None and a1.text.islower() \
            and text[s.end : a1.start] == " " and modifies_a_noun(a1.norm) and not names_a_lands_own(a1.norm) \
            and opens_sentence_as_word(getattr(rec, "_lower", frozenset()), text, tokens, nb.i):
        # "Chile growers expect ..." where the story also writes "green chile": the sentence's capital on the
        # pepper, not the country; with a place cue ("in Chile") or before its verb ("Chile is") the country
        # stays (geo/modifier_nouns.py).
        return False
    # "Dallas-Fort Worth", "Logan-Rogersville": two places joined by a bare hyphen name an area or a joint
    # district; each is a place, though one is also a given name or a small town beside a capital.
    paired = j < len(tokens) and text[s.end : tokens[j].start] == "-" and bool(taken) and taken[j]
    if single and first.norm in cues.given_names and a1 is not None and a1.text[:1].isupper() and not paired \
            and not date_at(text, tokens, j, cues) \
            and a1.norm not in cues.organisation_heads and a1.norm not in cues.vague_after \
            and a1.norm not in cues.person_titles and not (division and not firm and a1.text.isupper()
                                                            and not initial_and_surname_after(text, s.end)):
        return False
    if single and division and _second_of_a_couple(cues, text, nb):
        return False
    return None


def _with_its_polity(rec: Recogniser, text: str, tokens: list[Token], s: NameSpan, j: int) -> bool:
    """Whether a comma and a country's or a state's name follow the name s ("Odessa, Texas"), the state's name
    ending there: one that opens a longer capitalised name is a title's ("Lund, U.S. Energy Secretary Roe":
    people listed with their offices)."""
    polities = getattr(rec, "_polity_tokens", frozenset())
    if j >= len(tokens) or text[s.end : tokens[j].start] != ", " or j not in polities:
        return False
    e = j
    while e + 1 < len(tokens) and e + 1 in polities \
            and text[tokens[e].end : tokens[e + 1].start] in ("", " ", "."):  # "U.S."
        e += 1
    return not (e + 1 < len(tokens) and tokens[e + 1].text[:1].isupper()
                and text[tokens[e].end : tokens[e + 1].start] in (" ", ". "))


# Prepositions that make "X and Y Z" a list of places rather than a couple: "in Jackson and Georgia ...".
_COUPLE_PLACE_CUES = frozenset({"in", "near", "at", "outside", "across", "throughout", "around", "between"})


def _second_of_a_couple(cues, text: str, nb: Neighbours) -> bool:
    """"Tom and Georgia Miller", "the late Harold and Georgia Pennock": a given name, "and", then a state's or
    country's name right before a capitalised word is a second given name sharing the surname that follows.
    Obituaries and social notes write couples so. Only states and countries are read so: their names are
    also women's given names ("Georgia", "India"), while a town's name there may open a firm's ("Chase and
    Wells Fargo"). The given name may be a town's too ("Harold"), but not one a place cue governs ("in
    Jackson and Georgia"), and a firm cue on the name itself keeps the place."""
    s, b1, b2, b3, a1 = nb.s, nb.b1, nb.b2, nb.b3, nb.a1
    if s.firm or b1 is None or b1.norm != "and" or b2 is None or a1 is None:
        return False
    if not b2.text[:1].isupper() or b2.norm not in cues.given_names \
            or (b3 is not None and b3.norm in _COUPLE_PLACE_CUES):
        return False
    if text[b2.end : b1.start] != " " or text[s.end : a1.start] != " ":
        return False
    return a1.text[:1].isupper() and not a1.text.isupper() and a1.norm not in cues.organisation_heads \
        and a1.norm not in cues.vague_after and a1.norm not in cues.person_titles


def _town_tokens(rec: Recogniser):
    """The document's one-word names that can be items of a list of towns (geo/town_readings.py `ListTowns`),
    or None unknown."""
    return getattr(rec, "_towns", None)


# Words that may follow the last town of a list ("taught in Burlington and Union before she retired", "... and
# Union for years", "... and Union and sang"): a preposition, a conjunction, an adverb ("... and Union overnight",
# "twice", "again") or (`time_words`) a time. None of them heads a noun phrase that the name would modify.
_AFTER_LISTED_TOWN = _PREPOSITIONS | frozenset({"and", "or", "but", "before", "after", "since", "until", "while",
                                                "when", "where", "during", "as", "overnight", "twice", "once",
                                                "again", "too", "also", "alone", "together", "nearby", "still",
                                                "then", "instead", "anyway", "ago", "apart", "alike", "both"})
# Nouns ending in -ly, which the rule for adverbs must not let through ("Union rally", "Union family").
_LY_NOUNS = frozenset({"rally", "rallies", "family", "families", "assembly", "supply", "supplies", "ally",
                       "allies", "monopoly", "anomaly", "jelly", "belly", "bully", "folly", "lily", "holly",
                       "fly", "melancholy", "homily", "panoply", "dolly", "trolley", "gully"})


def _adverb(word: str) -> bool:
    """Whether a lower-case word after a name is an adverb of manner or degree ("nearly", "quickly")."""
    return len(word) > 4 and word.endswith("ly") and word not in _LY_NOUNS


def _town_closing_a_list(rec: Recogniser, text: str, tokens: list[Token], i: int, s: NameSpan) -> bool:
    """Whether a body's name at token i ("Union", "Congress", "University") closes a list of towns and is a town
    of that name near them ("taught in Burlington and Union": the Kentucky town beside Burlington). Every other
    item must read as a town ("in Ohio and Congress" pairs a state with the body), a town of the name must lie
    near each (no Congress lies near Sacramento), and no lower-case word but a preposition, a conjunction, an
    adverb or a time may follow ("... and Union overnight"): a noun or a pronoun would make the name head a phrase
    ("in Oxford and University life", "in Ford and Union plants", "Austin and Congress who")."""
    towns = getattr(rec, "_towns", None)
    if towns is None:
        return False
    items = place_list_before(text, tokens, i, getattr(rec, "_persons", None), towns)
    # Only towns as written, not a state's or a country's namesake town ("Talks in Geneva and Summit"): a body's
    # name needs the plainer list that a person's name does not (persons.place_list_before).
    if items is None or not all(k in towns for k in items):
        return False
    if i + 1 < len(tokens) and text[tokens[i].end : tokens[i + 1].start] == " ":
        after = tokens[i + 1].norm
        assoc = getattr(rec, "associative", None)
        if after not in _AFTER_LISTED_TOWN and not _adverb(after) \
                and not (assoc is not None and after in assoc.time_words):
            return False
    return near_every(s, [towns[k] for k in items])


# The joints after a name inside a list of towns (", ", ", and ", " and ", " or ").
_LIST_JOINT = re.compile(r",\s+(?:and\s+|or\s+)?|\s+(?:and|or)\s+")


def _town_inside_a_list(rec: Recogniser, text: str, tokens: list[Token], i: int, s: NameSpan) -> bool:
    """Whether a body's name at token i ("Union") stands between two of the document's towns in a list, a comma
    before it and a list's joint after it, and is a town of that name near both ("Florence, Union and
    Independence": the Kentucky town between the two). The closing member is read by `_town_closing_a_list`; a
    body's name between towns with no town of its name near both ("Flint, Congress and Lansing") stays the
    body's."""
    towns = getattr(rec, "_towns", None)
    if towns is None or i < 1 or i + 1 >= len(tokens) or text[tokens[i - 1].end : tokens[i].start] != ", " \
            or (i - 1) not in towns:
        return False
    gap = _LIST_JOINT.match(text, tokens[i].end)
    k = i + 1
    if k < len(tokens) and tokens[k].norm in ("and", "or"):
        k += 1
    if gap is None or k >= len(tokens) or gap.end() != tokens[k].start or k not in towns:
        return False
    return near_every(s, [towns[i - 1], towns[k]])


def _town_of_size(s: NameSpan) -> bool:
    """Whether the name is, as written, the main name of a town of 50,000 people or more."""
    return any(c.exact and c.kind == NAME_MAIN and c.feature_code.startswith("PPL") and c.population >= 50_000
               for c in s.candidates)


def _longer_name_verdict(rec: Recogniser, text: str, tokens: list[Token], s: NameSpan, nb: Neighbours,
                         title_case: set[int], taken: Optional[list[bool]], firm: bool, first: Token, strong: bool,
                         division: bool) -> Optional[bool]:
    """Whether a name beside other capitalised words is part of a longer proper name ("Conor McGregor", "Air
    Zimbabwe", "Oakdale Fire Department"): dropped (False) where the longer name is a person's or a thing's,
    kept but not where something happened (embedded) where it is an institution's. None goes on."""
    cues = rec.cues
    i, j, b1, a1, single, sentence_start = nb.i, nb.j, nb.b1, nb.a1, nb.single, nb.sentence_start
    # (an Arabic name before a figure heads a tally, "درعا ٧ ضحايا", not a model's or a gate's number)
    if single and not strong and (head_after_article(text, tokens, s)
                                  or (numbered(text, tokens, s) and not is_arabic(s.norm))):
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
        if not strong_at(getattr(rec, "_strong_tokens", ()), taken, i - 1):
            s.locational, s.cue = False, "embedded"
    if firm and single and not strong and not division and _longer_unknown_after(rec, text, tokens, s, nb, taken):
        # "in the Twin Cities": the cue places the whole name, which the gazetteer lacks (Thuin is "Twin").
        e = nb.j + 1
        s.j, s.end, s.candidates, s.unknown = e, tokens[e - 1].end, [], True
        s.norm = " ".join(t.norm for t in tokens[s.i : e])
        s.phrase_end = max(s.phrase_end, s.end)
        return True
    if not strong and not firm:
        # Part of a longer proper name ("Conor McGregor", "Notre Dame Cathedral"): not a small town,
        # unless the longer name is an institution's ("Concord Police", "Butler County Auditor").
        # Beside another name ("Rod Stewart", "Cherry Hinton", "Oakdale Fire Department") it may be a
        # place or a person: it is kept, but as part of a longer name rather than where something happened.
        named_division = division_named(rec.cues, tokens, s)
        if b1 is not None and b1.text[:1].isupper() and not sentence_start \
                and b1.norm not in cues.directions and b1.norm not in cues.vague_before \
                and not opens_sentence_as_word(getattr(rec, "_lower", ()), text, tokens, i - 1) \
                and not (b1.text == "The" and institution_follows(rec.cues, text, tokens, j)):
            # (web copy's "On Monday, The Oakdale County Sheriff's Office said": the article's capital opens the
            # institution's name, which is read below as named for the county, not as a title's word)
            if not (taken and taken[i - 1]):
                return False
            if not strong_at(getattr(rec, "_strong_tokens", ()), taken, i - 1):
                s.locational, s.cue = False, "embedded"
        if a1 is not None and a1.text[:1].isupper() and not strong_at(getattr(rec, "_strong_tokens", ()), taken, j) \
                and a1.norm not in cues.vague_after and not SENTENCE_BREAK.search(text[s.end : a1.start]) \
                and not weekday_after(text, tokens, j):
            # An acronym after the name ("Oakdale PD", "the Brant OPP", "Oakdale-ML") is a body's, named
            # for the town as "Oakdale Police" is: the town is kept inside that name.
            acronym = len(a1.text) >= 2 and a1.text.isupper() and a1.text.isalpha()
            if not (taken and taken[j]) and not named_division and not acronym \
                    and not institution_follows(rec.cues, text, tokens, j):
                return False
            s.locational, s.cue = False, "embedded"
        if s.locational is False and s.cue == "metonymy" and not named_division:
            # "Johnson said": a person, not a town that speaks; no person is called "Greene County", so
            # "Greene County officials said" keeps the county, as its officials' (non-locational).
            return False
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
            and not strong_at(getattr(rec, "_strong_tokens", ()), taken, j) and a1.norm not in cues.vague_after \
            and not SENTENCE_BREAK.search(text[s.end : a1.start]) and not a1.text.isupper() \
            and not date_at(text, tokens, j, cues) and not weekday_after(text, tokens, j):
        # ("travel to Turkey March 3", "gathered at Kamloops Monday": a date, not a name)
        s.locational, s.cue = False, "embedded"  # "Tracy Jane", "Damascus International Airport", "Larissa Malinao"
    return None


def _longer_unknown_after(rec: Recogniser, text: str, tokens: list[Token], s: NameSpan, nb: Neighbours,
                          taken: Optional[list[bool]]) -> bool:
    """Whether a small place's one-word name after a firm cue opens a longer name the gazetteer lacks: the next
    word is capitalised, no place, and no word that heads or follows a place's name (a feature, a division, an
    institution, a street, a date). The cue then places the whole run ("in the Twin Cities", "near Low Moor"),
    which is read as an unknown name; the short reading names another place (Thuin, a fuzzy "Luowa")."""
    cues = rec.cues
    a1 = nb.after(1)
    if a1 is None or not a1.text[:1].isupper() or a1.text.isupper() or not a1.text.isalpha() \
            or (taken and taken[nb.j]) or text[s.end : a1.start] != " ":
        return False
    w = a1.norm
    if w in cues.vague_after or w in cues.feature_heads or w in cues.organisation_heads or w in STREET_HEADS \
            or w in cues.months or w in cues.person_titles or w in cues.directions or w in cues.name_connectors \
            or date_at(text, tokens, nb.j, cues) or w in load_facilities().heads:
        return False
    a2 = nb.after(2)
    if a2 is not None and a2.text[:1].isupper():
        return False  # "the Twin Maple Chapel", "Guma Local Government Area": an institution's longer name
    return not any(c.exact and c.kind == NAME_MAIN and c.population >= 1000 for c in s.candidates)


def _only_a_hamlets_other_name(s: NameSpan) -> bool:
    """Every candidate is a small place (under 5,000 people) holding the name only as another name of its own
    (GeoNames' alternate names), not a spelling of its main one: no town, division or feature is called so by
    its main name, nor is any large place known by it. A transliteration ("Zamalek" for "Az Zamalik") is the
    place's name written another way, and stays."""
    return bool(s.candidates) and all(
        c.kind == NAME_ALT and c.population < 5000 and c.feature_code.startswith("PPL")
        and similarity(normalise(c.name), s.norm) < 70 for c in s.candidates)


# Verbs of being after "The Pacific", "The Baltic": the sentence tells the water's state.
_SEA_STATE_VERBS = frozenset({"is", "was", "remains", "remained", "stays", "stayed", "became", "becomes", "seemed"})
# What such a verb says of water, and of no magazine or region: "The Pacific was calm", "The Baltic stayed frozen".
# Only these count: "The Atlantic was sold", "The Baltic was occupied" say a thing of a firm or of the lands.
_WATER_STATES = frozenset({"calm", "rough", "choppy", "frozen", "stormy", "icy", "warm", "warmer", "cold", "colder",
                           "glassy", "closed", "flat", "treacherous", "ice-free", "icebound"})
# An adverb of degree between the verb and the state: "The Pacific was unusually calm".
_STATE_DEGREES = frozenset({"very", "unusually", "too", "so", "still", "fairly", "quite", "relatively", "largely",
                            "mostly", "partly", "dangerously", "eerily"})


def _water_state(nb: Neighbours) -> bool:
    """Whether the words after the verb of being name a state of water (`_WATER_STATES`), an adverb of degree
    allowed before it: "was calm", "remained unusually rough"."""
    a2 = nb.after(2)
    if a2 is not None and a2.norm in _STATE_DEGREES:
        a2 = nb.after(3)
    return a2 is not None and a2.norm in _WATER_STATES


def _bare_ocean(text: str, s: NameSpan, nb: Neighbours) -> bool:
    """"across the Pacific", "the Atlantic coast": an ocean's short name, the word being common ("Pacific",
    "Atlantic") only as an adjective. A capitalised word after it makes it part of a longer name ("the Pacific
    Rim", "the Atlantic Council"); "The Atlantic", capitalised, is also a magazine's name. A sea's short name
    that is also an adjective ("across the Baltic") is the sea only where its noun phrase ends with it: before
    a noun ("the Baltic states", "the Baltic region") the adjective describes that noun. A capitalised "The"
    counts where a verb of being and a state of water follow ("The Pacific was calm"), never before anything
    else a magazine or the lands by a sea may be ("The Atlantic was sold", "The Baltic was occupied")."""
    article = text[max(0, s.start - 4) : s.start]
    a1 = nb.after(1)
    if article != "the " and not (article == "The " and a1 is not None and a1.norm in _SEA_STATE_VERBS
                                  and _water_state(nb)):
        return False  # "The Atlantic was founded", "The Atlantic grew its base": the magazine's
    codes = {c.feature_code for c in s.candidates if c.exact}
    if "OCN" in codes:
        return a1 is None or not a1.text[:1].isupper()
    return "SEA" in codes and bare_sea_end(text, s.end, a1)


# No towns read yet: a reader built without the recogniser's document pass opens no list.
_NO_TOWNS = ListTowns({})


# A list neighbour with at most this many readings is judged by all of them; one with more by its first only.
_FEW_READINGS = 2


def _likeliest_readings(rec: Recogniser, name: str) -> list:
    """A list neighbour's likeliest readings: all of a name of few places ("Jamul": India's and California's) or
    of one whose places all lie in one first-level division, the first of a name of many ("Lincoln", which lies
    near some town of almost any name); none where the neighbour is a single ordinary word (its readings are no
    likelier than the word; "Bar Harbor" is a name). What an ordinary word listed beside it is judged by
    (`_lone_word_kept`)."""
    if " " not in name and name.lower() in rec.cues.common_words:
        return []
    found = rec.neighbour_readings(name)
    if len(found) <= _FEW_READINGS or len({(c.country_code, c.admin1_code) for c in found}) == 1:
        return found
    # (and its towns in a US state the story names by another name: "Rockland, Union and Hope ..., Maine
    # officials said" lists Knox County's towns, whatever Rockland most often means; geo/townships.py)
    return found[:1] + stated_state_towns(found[1:], getattr(rec, "_us_states", frozenset()), found[0])


def _any_single_name_readings(rec: Recogniser, name: str) -> list:
    """All of a list neighbour's readings, none for a single ordinary word: two neighbours must agree on them."""
    if " " not in name and name.lower() in rec.cues.common_words:
        return []
    return rec.neighbour_readings(name)


def _lone_word_kept(rec: Recogniser, text: str, tokens: list[Token], s: NameSpan, nb: Neighbours, title_case: set[int],
                    firm: bool, first: Token, strong: bool) -> bool:
    """The last word on a name no cue places: a common word, an acronym or a Title Case word is kept only as a
    strong place (a country, a large city), and a loose spelling only where it is no ordinary word."""
    cues = rec.cues
    single, sentence_start = nb.single, nb.sentence_start
    if single and not firm:
        # (a state's abbreviation, dotted where it stands, "Tupelo, Miss.", is no ordinary word "miss")
        # nor is a state's code before its body ("the UP government")
        body_code = s.abbreviation and before_state_body(text, tokens, s.j) \
            and any(c.feature_code == "ADM1" for c in s.candidates)
        # (a word written with letters English spelling lacks, "Savè", "Peñal", is no ordinary word it folds to)
        # (nor is a people's word standing among a list's towns, "from Pampa, Canadian and Panhandle":
        # geo/listed_demonym_towns.py read it as the town)
        common = first.norm in cues.common_words and not (s.abbreviation and text[s.end - 1 : s.end] == ".") \
            and not body_code and first.text.isascii() \
            and not (demonym_word(rec.gaz, first) and listed_demonym_towns(
                text, tokens, s.i, s.j, s.candidates, lambda t: demonym_word(rec.gaz, t), rec.neighbour_readings))
        if common and not demonym_word(rec.gaz, first):
            # "crews from Lakeside, Alpine and Jamul": an ordinary word between two list members, not both
            # ordinary words too, one of them a town near a town of the word's name, is that town, as a people's
            # word is (geo/listed_demonym_towns.py); "Brown, Green and White" stays a list of words. The town
            # must lie near what a neighbour most likely is, not near any namesake of it:
            # "prizes to Lincoln, Hope and Chase" has a Hope near some Lincoln, none near Lincoln, Nebraska.
            # (What the neighbours resolve to is not known yet here.) Or near some reading of each neighbour:
            # "crews from Bangor, Hope and Camden" agree on Maine, though each names many places. Or, beside one
            # more ordinary word, near a town of that word, in a state the other neighbour has a town in:
            # "Springfield, Liberty and Independence" (Missouri)
            around = list_neighbours(text, tokens, s.i, s.j)
            listed = [] if min(around) < 0 or all(tokens[k].norm in cues.common_words for k in around) \
                else listed_demonym_towns(text, tokens, s.i, s.j, s.candidates, lambda t: False,
                                          lambda name: _likeliest_readings(rec, name)) \
                or towns_near_both_neighbours(text, tokens, s.i, s.j, s.candidates,
                                              lambda name: _any_single_name_readings(rec, name)) \
                or towns_beside_an_ordinary_peer(text, tokens, s.i, s.j, s.candidates,
                                                 lambda t: t.norm in cues.common_words, rec.neighbour_readings)
            if listed and not any(c.exact and c.kind == NAME_MAIN and c.feature_code.startswith("PPL")
                                  and c.population >= 100_000 for c in s.candidates):
                # (a word that is a large city keeps all its readings for the resolver to choose among:
                # "Washington, Independence and Lincoln" may lie in one state, not near small namesakes)
                s.candidates, common = listed, False
        all_caps = first.text.isupper() and len(first.text) >= 2
        country = any(c.exact and c.feature_code.startswith(("PCL", "CONT")) for c in s.candidates) \
            or _bare_ocean(text, s, nb)
        city = any(c.exact and c.kind == NAME_MAIN and c.feature_code.startswith("PPL") and c.population >= 100_000
                   for c in s.candidates) and first.norm not in cues.directions
        if common and not country and (not city or sentence_start or first.start in title_case) \
                and (sentence_start or not _last_of_governed_list(nb)) \
                and not opens_a_town_list(text, tokens, s, getattr(rec, "_towns", _NO_TOWNS),
                                          getattr(rec, "_by_start", {}), getattr(rec, "_home_states", frozenset())):
            # "from Bar to Podgorica": a route's other end vouches for the town, which keeps only the readings
            # within the route's reach (geo/route_end_towns.py)
            route = route_end_readings(text, tokens, s, getattr(rec, "_by_start", {}), cues.common_words,
                                       getattr(rec, "_placed_states", None))
            if route:
                s.candidates = route
            elif not near_dateline_town(text, tokens, s, getattr(rec, "_home_towns", ())) \
                    and not placed_by_written_county(text, tokens, s, getattr(rec, "_by_start", {})):
                # A capital proves nothing at a sentence start; mid-sentence a city is meant, and so is a word
                # closing a list of places a preposition governs ("at Narrandera and Hay").
                return False
        if first.start in title_case and not strong and not all_caps:
            return False
        if first.text.isupper() and len(first.text) >= 2 and not strong and not body_code:
            return False  # acronyms
    if single and sentence_start and not firm and _only_a_hamlets_other_name(s):
        # "Samples were sent to...": a sentence's first word that names no place by its own name, only a
        # hamlet by an old or other one, is the ordinary word its capital belongs to the sentence.
        return False
    if not any(c.exact for c in s.candidates) and not firm and not any(
        c.source == "user" for c in s.candidates
    ):
        # A spelling variant is believed only where it is not also an ordinary capitalised word.
        if single and (sentence_start or first.norm in cues.common_words):
            return False
    return True


# The parts only a city is cut into: a capital's communes, arrondissements, quarters, wards. A district, a
# locality, an upazila or a county of a capital's name is as often one of the province named like it ("X, a
# district of Kabul", "Y, a locality of Khartoum"), which those words leave to the division reading.
_CITY_PART_WORDS = frozenset({"commune", "arrondissement", "quarter", "sector", "ward", "borough",
                              "neighbourhood", "neighborhood", "suburb"})


# The divisions a state, a province or a department is cut into by the dozen, and which "a ... of Y" names one of
# ("X, a municipality of Veracruz", "Y, a municipio of Antioquia"): Y holds them and is no such division itself.
# Not "district" or "locality", which a town is cut into too ("X, a district of Mamoudzou", a part of the town:
# geo/where_precision.one_of_its_districts), nor "commune", a capital's quarters (`capital_holds_parts`).
_MEMBER_DIVISIONS = frozenset({"municipality", "municipio"})


def one_of_its_members(text: str, article: Optional[Token], word: str) -> bool:
    """Whether "<name>, a <division word> of Y" names one of the divisions Y is cut into (`_MEMBER_DIVISIONS`): the
    indefinite article after a comma says the name before it is one of several, so Y is their container, read
    by its own likeliest reading, not a division of that kind named Y (a Honduran municipio "Veracruz" for
    Mexico's state)."""
    return article is not None and article.text in ("a", "an", "one") and word in _MEMBER_DIVISIONS \
        and text[max(0, article.start - 3) : article.start].rstrip().endswith(",")


# ", in southern Spain" after a name: the country an aside places the name in, past a direction word
_COUNTRY_IN_ASIDE = re.compile(r",\s+in\s+(?:(?:[a-z-]+ern|central)\s+)?([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2})")


def _country_in_aside(rec: Recogniser, text: str, end: int) -> frozenset[str]:
    """The country an aside after the name at `end` places it in (", in southern Spain"), as its code (empty if
    none): what `_stated_country` reads when the aside names a direction before the country."""
    m = _COUNTRY_IN_ASIDE.match(text, end)
    if m is None:
        return frozenset()
    return frozenset(c.country_code for c in rec.gaz.lookup(m.group(1), limit=5)
                     if c.exact and c.feature_code.startswith("PCL") and c.country_code)


def member_state(candidates: list, stated: frozenset[str]) -> bool:
    """Whether the container of "X, a municipality of Y" has a first-level reading to be read as: an exact one,
    in the country the sentence states after Y where it states one ("a municipality of Toledo, Spain" is Spain's
    province, not Belize's Toledo District)."""
    return any(c.exact and c.feature_code == "ADM1" and (not stated or c.country_code in stated) for c in candidates)


def capital_holds_parts(article: Optional[Token], word: str, candidates: list) -> bool:
    """Whether "a <part word> of X" (`article` the word before the part word `word`) names one of the parts a
    capital city is cut into ("Ratoma, a commune of Conakry"): the indefinite article says X holds several
    such parts, and a national capital's communes are its own quarters, not divisions of a province named
    like it. X is then the city itself; "the commune of X" still makes X the commune. A district or a locality
    ("Surobi, a district of Kabul") is as often one of a province named like the capital, so only the parts
    a city alone is cut into count; the name the apposition describes, known or not, is placed by itself."""
    return article is not None and article.text in ("a", "an") and word in _CITY_PART_WORDS \
        and any(c.exact and c.feature_code == "PPLC" for c in candidates)
