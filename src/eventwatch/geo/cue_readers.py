"""Readers of the words around a recognised name: what the tokens just before and after it say.

Each reader answers one question the recogniser's context steps (geo/context_reading.py) ask of a span: is a
capitalised word before it a person's given name or an institution's, does "of" before it say where a person
lives, does a division word after it end the phrase, is the name a ship's, a language's or a currency's.
They take the word lists they need and change nothing but, where they say so, the span.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from typing import Optional

from eventwatch.geo.division_levels import LEVEL_CODES, WordLevels, division_level, fitting_divisions
from eventwatch.geo.facilities import load_facilities
from eventwatch.geo.features import STREET_HEADS
from eventwatch.geo.gazetteer import Gazetteer
from eventwatch.geo.language_mentions import a_place_here, shared_with_a_place
from eventwatch.geo.lexicon import Cues
from eventwatch.geo.modifier_nouns import modifies_a_noun
from eventwatch.geo.name_span import JOIN_GAPS, SENTENCE_BREAK, NameSpan
from eventwatch.geo.name_span import strong as _strong
from eventwatch.geo.normalise import ARTICLES, Token, normalise, skeleton_token
from eventwatch.geo.spoken_languages import spoken_language_at
from eventwatch.geo.store import NAME_DEMONYM


_COMMA_GAP = re.compile(r"\s*,\s*")
_PARTY_STATE = re.compile(r"\b[DRI]-$")  # "Sen. Jane Doe, D-S.C."
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
# Words that open a sentence with a capital before a place name ("In Syria, ...", "Near Mosul, ...").
_OPENING_WORDS = frozenset({"in", "at", "on", "near", "from", "for", "by", "to", "into", "across", "around",
                            "inside", "outside", "throughout", "and", "but", "while", "after", "before",
                            "during", "since", "as", "when", "south", "north", "east", "west"})
# Function words opening a clause that, read into a loose spelling with the name after them, would hide that
# name as the prepositions above do ("That SA holds..." ~ a Thai district "Tha Sae", "Then China" ~ Tianjin,
# "Now Odesa" ~ Nova Odesa). (whole_names.py's `_CLAUSE_OPENERS` are another set: words that end no name.)
_LOOSE_SPELLING_OPENERS = frozenset({"that", "this", "these", "those", "so", "then", "now", "today", "yet", "if"})
# Words after a language's name that leave it a language ("in Kurdish and Arabic", "in English translation").
_AFTER_LANGUAGE = frozenset({"and", "or", "translation", "translations", "language", "text", "texts", "version",
                             "versions", "original", "only", "too", "as", "by", "from", "with", "in", "on", "at",
                             "to", "for"})
_ERAS = frozenset({"BC", "AD", "BCE", "CE"})
# A dateline's dash when the place opens a sentence rather than a line ("... headline. CLINTON — A fire").
_DATELINE_DASH = re.compile(r"\s*(?:--|[-–—])\s+")
# Kinds of place whose "X of" opens a place's mention ("the town of Tel Tamer", "the province of Latakia").
# Kinds of place that are a named part of a town ("the Karrada district of Baghdad", "the Hodan area of X").
_PART_OF_TOWN = frozenset({"district", "neighbourhood", "neighborhood", "quarter", "area", "suburb", "sector"})
_KIND_OF = frozenset({"commune", "cercle", "township", "woreda", "raion", "hromada", "oblast", "locality",
                      "territory", "neighbourhood", "neighborhood", "quarter", "area", "suburb",
                      "city", "town", "village", "hamlet", "province", "governorate", "district", "subdistrict",
                      "nahiya", "region", "county", "municipality", "municipio", "payam", "state"})
# Place nouns that say so only in lower case and after an article ("the community of X", a settlement):
# capitalised they open a body's name ("the Community of X"), and after a name the name is the settlement and
# the one after "of" its division ("Kadisau community of Faskari LGA").
# "a borough of Y", "a ward of Z" (a town's parts), not "the Borough of X Council" nor "the maternity ward of X
# Hospital" (a word before the noun).
# "Resort" is a town only when what it is a resort for stands before it, a place's kind or a place's name ("the
# ski resort of X", "the Caspian resort of Y", "the Red Sea resort of Z"): bare, or after a word of rank or liking,
# it is the other sense or a firm's or a person's haunt ("the last resort of the union", "the favourite resort
# of a president", "the new resort of a hotel chain"), and the name after "of" is no town.
RESORT_NOUNS = frozenset({"resort", "resorts"})
_RESORT_KINDS = frozenset({"ski", "beach", "seaside", "lakeside", "riverside", "hillside", "mountain", "hill", "spa",
                           "holiday", "coastal", "lake", "island", "desert", "alpine", "thermal", "tourist",
                           "summer", "winter", "golf", "diving", "surfing", "border", "sea", "mountainside",
                           "popular", "famous", "upmarket", "exclusive"})
_NOT_RESORT_FOR = frozenset({"last", "final", "first", "only", "favourite", "favorite", "new", "own", "latest",
                             "preferred", "usual"})
LOWER_CASE_PLACE_OF = frozenset({"community", "borough", "boroughs", "ward", "wards"}) | RESORT_NOUNS


def place_noun_of(tokens: list[Token], k: int) -> bool:
    """Whether token `k`, before "of", is a place noun of LOWER_CASE_PLACE_OF as such nouns must be written: after
    an article, or for a resort after a place's kind or a capitalised place's name (see RESORT_NOUNS)."""
    if not tokens[k].text.islower() or k < 1:
        return False
    if tokens[k].norm in RESORT_NOUNS:
        before = tokens[k - 1]
        return before.norm in _RESORT_KINDS or (before.text[:1].isupper() and before.text[1:].islower()
                                                and before.norm not in _NOT_RESORT_FOR and k >= 2)
    return tokens[k - 1].norm in {"the", "a"}
# Capitalised words that open a military undertaking's name ("Operation Inherent Resolve", "Exercise Eager Lion").
UNDERTAKING_WORDS = frozenset({"operation", "operations", "exercise"})
# Words after "X department" that leave "department" the division's word: punctuation, a verb or a
# preposition, not a noun it qualifies ("a department store", "the department head").
_AFTER_DIVISION_WORD = frozenset({"on", "in", "of", "at", "near", "and", "or", "but", "was", "were", "is", "are", "has",
                                  "have", "had", "where", "which", "that", "when", "while", "after", "before",
                                  "since", "from", "to", "by", "with", "during", "said", "says"})
# What may follow the head of a noun phrase, but not a word that only modifies one: the end of a clause, a
# possessive, or a word that opens a predicate or a complement.
_AFTER_HEAD = re.compile(r"\s*[.;:!?)\]\"”]|['’]s\b|\s+[a-z]{3,}ed\b")
_HEAD_FOLLOWERS = frozenset({"is", "was", "are", "were", "has", "have", "had", "will", "would", "can", "could",
                             "should", "may", "might", "must", "does", "did", "that", "who", "which", "of", "in",
                             "on", "at", "to", "for", "with", "from"})
# A number after a name, as a model, a gate, a channel or a season's year is written ("Boeing 777", "Gate 10",
# "Spring 2002"), and not a list's next number or a decimal ("Oakdale 4, 5", "Oakdale 1.5").
_NUMBER_AFTER = re.compile(r" \d{1,4}[A-Z]{0,3}(?![\d.,]\d)(?![\w-])")  # "Section 4AA", "Gate 10B"
# A quotation holding only capitalised words around a name, closed right after them: a title or a nickname.
_TITLE_OPENING = re.compile(r"[\"“‘](?:[A-Z][\w'’.&-]*\s+){0,4}$")
_TITLE_CLOSING = re.compile(r"(?:\s+[A-Z][\w'’.&-]*){0,4}[.,!?]?(?:[\"”]|’(?![A-Za-z]))")
# "St." / "Ste." / "Saint" right before a name the recogniser matched without it.
_SAINT_BEFORE = re.compile(r"\b(?:St|Ste|Saint|Sainte)\.?\s+\Z")
# Particles written apart or joined to the rest of a name ("De Soto" / "DeSoto", "La Salle" / "LaSalle").
_PARTICLE_APART = re.compile(r"\b(De|Du|Da|Di|La|Le|Van|Von|Des|Del)\s+(?=[A-Z])")
_PARTICLE_JOINED = re.compile(r"\b(De|Du|Da|Di|La|Le|Van|Von|Des|Del)(?=[A-Z][a-z])")
_SAINTS = {"st": ("St.", "Saint"), "ste": ("Ste.", "Sainte"), "saint": ("St.", "Saint"), "sainte": ("Ste.", "Sainte")}


# Division words that name a division only in the countries division_countries gives them: elsewhere they name
# something else ("the Oakwood subdivision" is a US housing estate, "Batibo subdivision" a Cameroonian
# division), so a name with no reading in those countries is read as if the word were not there.
_ONLY_WHERE_USED = frozenset({"subdivision"})


# Division words that name a part of a town in some countries: a southern African "township" is a town's
# residential quarter ("a tavern in Umlazi township", "Soweto township"), the town's own ground at its own
# precision, while a Myanmar township is a division (UCDP 3), and so is a US or an Australian one ("Franklin
# township"). A name whose likeliest reading (its most populous exact one) lies in those countries is read as if
# the word were not there; a name most read elsewhere keeps the division ("Wellington township": the NZ capital).
# A southern African reading that the gazetteer holds as a section of a town (PPLX: "Langa", "Nyanga", a Cape
# Town township) is what the word names there, though a village abroad is the likeliest reading: it decides
# unless the likeliest reading lies where townships are civil divisions (a US, Canadian, Chinese or Myanmar one).
_SOUTHERN_AFRICA = frozenset({"ZA", "ZW", "NA", "BW", "LS", "SZ", "ZM", "MW"})
_TOWNSHIP_DIVISIONS = frozenset({"US", "CA", "CN", "TW", "MM"})
_TOWN_PART_WHERE = {"township": _SOUTHERN_AFRICA, "townships": _SOUTHERN_AFRICA}


def division_word_applies(cues: Cues, s: NameSpan, word: str) -> bool:
    """Whether division word `word` after or before the name says it is a division (see _ONLY_WHERE_USED and
    _TOWN_PART_WHERE)."""
    town_part = _TOWN_PART_WHERE.get(word)
    if town_part is not None:
        exact = [c for c in s.candidates if c.exact] or s.candidates  # not a near spelling's city (Alexandria)
        likeliest = max(exact, key=lambda c: c.population, default=None)
        if likeliest is None or any(c.country_code == "MM" for c in s.candidates):
            return True
        if likeliest.country_code in town_part:
            return False
        return likeliest.country_code in _TOWNSHIP_DIVISIONS or not any(
            c.exact and c.country_code in town_part and c.feature_code == "PPLX" for c in s.candidates)
    if word not in _ONLY_WHERE_USED:
        return True
    countries = cues.division_countries.get(word, frozenset())
    return any(c.country_code in countries for c in s.candidates)


def in_division_countries(cues: Cues, s: NameSpan, word: str) -> None:
    """Keep the readings in the countries that use the division word ("Guma LGA": Nigeria), if any."""
    countries = cues.division_countries.get(word)
    if countries:
        inside = [c for c in s.candidates if c.country_code in countries]
        if inside:
            s.candidates = inside


# Lower-case nouns of where a people lives, after a people's word that is also a country's demonym: "in Turkmen
# villages near Kirkuk", "Armenian neighbourhoods of Aleppo" are the people's homes wherever they stand, not the country.
_DWELLINGS = frozenset({"village", "villages", "hamlet", "hamlets", "homesteads", "neighbourhood", "neighbourhoods",
                        "neighborhood", "neighborhoods", "quarter", "quarters", "settlements", "communities",
                        "enclaves", "homes", "households", "camps",
                        # and in the singular ("a Roma camp near X", "a Tuareg camp outside Y")
                        "camp", "settlement"})
# Plurals of what a people holds or forms, which the form alone does not show a noun ("Fulani farms", "Christian
# families"); not after a demonym ("Armenian towns" may be the country's towns).
_HOLDINGS = frozenset({"towns", "areas", "districts", "lands", "farms", "families", "clans", "tribes", "groups",
                       "militias", "youths"})


def _dwellings_after(a1: Optional[Token]) -> bool:
    """Whether the word after a people's name is a lower-case noun of where people live ("Turkmen villages")."""
    return a1 is not None and a1.text.islower() and a1.norm in _DWELLINGS


def _noun_after(a1: Optional[Token]) -> bool:
    """Whether the word after a name is a lower-case noun the name describes ("Christian hamlets", "Fulani
    herders"): a noun by its form (geo/modifier_nouns.py) or a plural of where or how a people lives."""
    return a1 is not None and a1.text.islower() \
        and (a1.norm in _DWELLINGS or a1.norm in _HOLDINGS or modifies_a_noun(a1.norm))


_LIST_JOINS = frozenset({"and", "or"})


def _peoples_list_after(cues: Cues, text: str, tokens: list[Token], s: NameSpan) -> bool:
    """Whether another people's word (or a language's, "Kurdish") follows the name after a comma or "and"/"or"
    ("in Sunni and Shia neighbourhoods", "in Dinka, Nuer and Murle settlements"): the words share the noun at
    the list's end, so the first describes it as much as the last does."""
    k = s.j
    if k >= len(tokens):
        return False
    nxt, gap = tokens[k], text[s.end : tokens[k].start]
    if gap in (" ", ", ") and nxt.norm in _LIST_JOINS and nxt.text.islower() and k + 1 < len(tokens):
        nxt, gap = tokens[k + 1], text[nxt.end : tokens[k + 1].start]
        if gap != " ":
            return False
    elif gap != ", ":
        return False
    if not (nxt.text[:1].isupper() and (nxt.norm in cues.peoples or nxt.norm in cues.languages)):
        return False
    return _list_ends_in_a_noun(cues, text, tokens, k if tokens[k] is nxt else k + 1)


def _list_ends_in_a_noun(cues: Cues, text: str, tokens: list[Token], k: int) -> bool:
    """Whether a list of peoples' words that goes on at token k ends in the lower-case noun they share ("Sunni
    and Shia neighbourhoods"), not in nothing: "in Christian and Arab described" lists two towns. At most a
    handful of members are walked, so the check stays constant per name."""
    for _ in range(6):
        if k + 1 >= len(tokens):
            return False
        nxt, gap = tokens[k + 1], text[tokens[k].end : tokens[k + 1].start]
        if gap == " " and nxt.text.islower() and nxt.norm not in _LIST_JOINS:
            return _noun_after(nxt)
        if gap in (" ", ", ") and nxt.norm in _LIST_JOINS and nxt.text.islower():
            k += 2  # "..., and Murle"
        elif gap == ", ":
            k += 1
        else:
            return False
        if k >= len(tokens) or not tokens[k].text[:1].isupper():  # (later members: any capitalised word,
            return False                                          # "Nuer, Dinka and Shilluk camps")
    return False


def _firm_peoples_word(cues: Cues, text: str, tokens: list[Token], s: NameSpan, a1: Optional[Token]) -> bool:
    """Whether a people's word after a firm cue still names the people: always where no place bears the very
    word (only loose spellings of towns abroad), and where one does, when a noun of where or how a people lives
    follows ("in Arab villages") or another people's word shares it ("in Sunni and Shia quarters"), or another
    lower-case noun follows and no town has the word as its main name ("in Christian hamlets")."""
    if not any(c.exact for c in s.candidates):
        return True
    if a1 is not None and a1.text.islower() and (a1.norm in _DWELLINGS or a1.norm in _HOLDINGS):
        return True
    if _peoples_list_after(cues, text, tokens, s):
        return True
    return _noun_after(a1) and not _town_named(s, tokens[s.i].norm)


# Lower-case nouns of a place's parts and sites, which after a name say the name is the place ("the Roma region",
# "Roma station"), besides the division and feature words of cues.yaml (`vague_after`, `feature_heads`)
_SITE_NOUNS = frozenset({"station", "campus", "stadium", "road", "street", "bridge", "hospital", "market", "port"})


# Words before a name that place it ("to Roma and Injune", "through central Roma", "between Roma and X"): with
# one of them a people's word that a town has as its main name is the town; with none, the people
_LOCATIVES = frozenset({"in", "into", "at", "to", "from", "through", "near", "outside", "around", "across",
                        "between", "via", "toward", "towards", "central", "downtown", "inland"})
# ", the Queensland town," / ", Queensland," after the name: an apposition that places it
_APPOSED_KIND = re.compile(r",\s+(?:the|a)\s+(?:[A-Z][\w'’-]*\s+){0,2}(?:town|city|village|capital|port|municipality)\b")
_APPOSED_NAME = re.compile(r",\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?\s*(?:[,.;]|$)")


def _loose_peoples_word(cues: Cues, text: str, tokens: list[Token], s: NameSpan, a1: Optional[Token]) -> bool:
    """Whether a people's word that a town has as its main name ("Roma": towns in Queensland and Lesotho;
    "Arab", Alabama), with no firm cue before it, is the people. The people is the default ("Police said Roma
    were attacked", "Roma and migrant workers were housed", "Roma, Ashkali and Egyptian communities"): the
    town only on a sign of place, a locative word before it ("to Roma and Injune", "through central Roma"), a
    place's part, site or feature noun after it, maybe past a capitalised word ("the Roma region", "Roma
    Termini station"), an apposition (", the Queensland town", ", Queensland,"), or a list whose other members
    are capitalised and end in no noun ("Roma and Mitchell"). A noun of where or how a people lives after it,
    or a list of peoples' words ending in one, keeps the people before all of these; a list of other capitalised
    words ending in a noun ("Roma and Ashkali residents") keeps it where no locative word precedes."""
    if a1 is not None and a1.text.islower() and (a1.norm in _DWELLINGS or a1.norm in _HOLDINGS):
        return True
    if _peoples_list_after(cues, text, tokens, s):
        return True
    if s.i > 0 and tokens[s.i - 1].norm in _LOCATIVES and tokens[s.i - 1].text.islower():
        return False
    if _joined_list_ends_in_a_noun(cues, text, tokens, s):
        return True
    if _place_noun_at(cues, a1) or (a1 is not None and a1.text[:1].isupper() and s.j + 1 < len(tokens)
                                    and text[a1.end : tokens[s.j + 1].start] == " "
                                    and _place_noun_at(cues, tokens[s.j + 1])):
        return False
    if _APPOSED_KIND.match(text, s.end) or _APPOSED_NAME.match(text, s.end) or _place_list_after(text, tokens, s):
        return False
    return True


def _place_noun_at(cues: Cues, t: Optional[Token]) -> bool:
    """Whether the token is a lower-case noun of a place's part, site or feature ("region", "station")."""
    return t is not None and t.text.islower() \
        and (t.norm in _SITE_NOUNS or t.norm in cues.vague_after or t.norm in cues.feature_heads)


def _joined_list_ends_in_a_noun(cues: Cues, text: str, tokens: list[Token], s: NameSpan) -> bool:
    """Whether the name opens a list of capitalised words, people's words or not ("Roma and Ashkali
    residents", "Roma, Ashkali and Egyptian communities"), that ends in a lower-case noun they share."""
    k = s.j
    if k >= len(tokens):
        return False
    gap = text[s.end : tokens[k].start]
    if gap == " " and tokens[k].norm in _LIST_JOINS and tokens[k].text.islower():
        k += 1
        if k >= len(tokens) or text[tokens[k - 1].end : tokens[k].start] != " ":
            return False
    elif gap != ", ":
        return False
    return tokens[k].text[:1].isupper() and _list_ends_in_a_noun(cues, text, tokens, k)


def _place_list_after(text: str, tokens: list[Token], s: NameSpan) -> bool:
    """Whether "and"/"or" joins the name to a capitalised word that ends no shared noun ("Roma and Mitchell"):
    a list of places (called after `_joined_list_ends_in_a_noun` has ruled out the peoples' lists)."""
    k = s.j
    return k + 1 < len(tokens) and text[s.end : tokens[k].start] == " " and tokens[k].norm in _LIST_JOINS \
        and tokens[k].text.islower() and text[tokens[k].end : tokens[k + 1].start] == " " \
        and tokens[k + 1].text[:1].isupper()


def _town_named(s: NameSpan, word: str) -> bool:
    """Whether a populated place has the word as its main name (Arab, Alabama): not a place that holds it only as
    another spelling ("Christian" for a Kansas town), which a people's word after "in" does not name."""
    return any(c.feature_code.startswith("PPL") and normalise(c.name) == word for c in s.candidates)


def names_no_place(cues: Cues, text: str, tokens: list[Token], s: NameSpan, a1: Optional[Token]) -> bool:
    """What a place's name stands for in conflict and military reporting when it is no place at all: a
    ship ("HMS Ocean"), a language ("written in Kurdish"), a ruler's regime ("the Asad regime"), an officer
    after a dotted rank ("Capt. Jeff Davis"), an era after a year ("575 B.C."), a people or a faith
    ("Arab writers", "Muslim clerics"), a currency ("US$5m")."""
    i = s.i
    prev = tokens[i - 1] if i > 0 else None
    if prev is not None and prev.text.isupper() and prev.norm in cues.vessel_prefixes \
            and text[prev.end : s.start] == " ":
        return True
    if s.j - i == 1 and tokens[i].norm in cues.languages and prev is not None and prev.norm in {"in", "into"} \
            and prev.text.islower() and (a1 is None or a1.norm in _AFTER_LANGUAGE) \
            and (not shared_with_a_place(s) or not a_place_here(text, tokens, s, cues.languages)):
        return True  # geo/language_mentions.py: "in English" is the language, "in Malay, Aklan" the town
    if s.j - i == 1 and not s.firm and spoken_language_at(text, tokens, i, cues.languages):
        return True  # geo/spoken_languages.py: "speaks fluent French", "French immersion"
    if a1 is not None and a1.text.islower() and a1.norm in cues.ruler_nouns and not any(
        c.exact and c.feature_code.startswith(("PCL", "ADM1")) for c in s.candidates
    ):
        return True
    if prev is not None and not s.firm and prev.text[:1].isupper() and text[prev.end : s.start] == ". " \
            and prev.norm.rstrip(".") in cues.person_titles and i >= 1:
        return True
    if prev is not None and prev.text.isdigit() and text[s.start : s.end].replace(".", "").upper() in _ERAS:
        return True
    if s.j - i == 1 and tokens[i].norm in cues.peoples and (not s.demonym or _dwellings_after(a1)) \
            and (not s.firm or _firm_peoples_word(cues, text, tokens, s, a1)) \
            and (s.firm or not _town_named(s, tokens[i].norm) or _loose_peoples_word(cues, text, tokens, s, a1)):
        # "in Fulani villages", "in Sunni and Shia quarters": after a firm cue too (`_firm_peoples_word`), but
        # "in Arab" alone and "Schools in Greene, Christian and Taney counties" name places
        return True
    if text[s.end : s.end + 1] == "$" or text[s.start - 1 : s.start] == "$":
        return True  # "US$3.7m", "$US 1.5 billion", "HK$": a currency, whatever cue stands before it
    return False


def saint_before(text: str, start: int) -> Optional[re.Match]:
    """The saint's word written right before `start` ("St. ", "Sainte "), as `_SAINT_BEFORE` finds it searching
    the whole text before `start`, read from the start of the spaces before `start` less the longest word and
    period instead: a search from the text's start read all of it for every name followed by a division word,
    the square of a long text's length. The pattern's spaces are those `str.isspace` finds."""
    lo = start
    while lo > 0 and text[lo - 1].isspace():
        lo -= 1
    if lo == start:
        return None  # the pattern ends in spaces
    return _SAINT_BEFORE.search(text, max(0, lo - len("Sainte.")), start)


def division_readings(gaz: Gazetteer, text: str, tokens: list[Token], s: NameSpan, head: str) -> None:
    """Add the divisions a name followed by its division word ("DeSoto Parish", "St. Tammany Parish")
    names under another spelling of the name ("De Soto Parish", "Saint Tammany Parish").

    The text and the gazetteer write particles and saints each their own way, so the name alone matched
    a town ("DeSoto", Texas) while the division it names was never a reading. A saint's abbreviation the
    name was matched without ("St." before "Tammany") joins the name when that finds the division.
    """
    prefix = saint_before(text, s.start) if s.i > 0 else None
    if prefix is not None and (prefix.end() != s.start or tokens[s.i - 1].end > s.start):
        prefix = None
    known = {c.id for c in s.candidates}
    for with_prefix in ((True, False) if prefix is not None else (False,)):
        name = text[prefix.start() if with_prefix else s.start : s.end]
        found = [c for v in division_spellings(name) for c in gaz.lookup(f"{v} {head}", limit=10)
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


def former_agency_readings(gaz: Gazetteer, text: str, s: NameSpan) -> None:
    """Add the division a name followed by lower-case "district" names under its former title ("Khyber
    district" is the gazetteer's "Khyber Agency"): Pakistan's tribal agencies became districts in 2018, while
    the tables still title them agencies, so the name alone matched only namesakes (Saudi Arabia's Khaybar)."""
    known = {c.id for c in s.candidates}
    found = [c for c in gaz.lookup(f"{text[s.start : s.end]} Agency", limit=10)
             if c.exact and c.feature_code == "ADM2" and c.id not in known]
    if found:
        s.candidates = found + s.candidates


def division_of(s: NameSpan, word: WordLevels, stated: frozenset[str] = frozenset()) -> None:
    """Read "the <division word> of X" at the level the word names where X lies. Of the divisions at that
    level, those in countries where the word names another level are dropped when one fits ("the
    department of Centre" is Haiti's, not France's or Cameroon's first-level Centre); readings at the other
    level stay ("the Southern District of Ohio" leaves the state to the resolver). A reading in a country the
    sentence states after the name (`stated`: "X department in Chile") is never dropped: the writer's country
    outranks the word's usual users."""
    s.vague = division_level(word, s.candidates)
    fitting = fitting_divisions(word, s.candidates)
    codes = LEVEL_CODES[s.vague]
    if any(c.feature_code in codes for c in fitting):
        keep = {id(c) for c in fitting}
        # A word only some countries use ("Faro division": Cameroon's) keeps no reading elsewhere, at any level:
        # Portugal's town Faro is no "division" at all.
        s.candidates = [c for c in s.candidates if id(c) in keep or c.country_code in stated
                        or c.feature_code not in codes and (not word.listed_only or word.used_in(c.country_code))]


def river_as_surname(cues: Cues, text: str, tokens: list[Token], s: NameSpan, b1: Optional[Token],
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
    if b1.norm == "the":
        return False  # "KOBLENZ — The Rhine rose": the article capitalised after a dateline's dash is still the river's
    if b1.norm in ARTICLES or b1.norm in cues.directions or b1.norm in cues.feature_prefixes \
            or b1.norm in cues.feature_heads or b1.norm in cues.person_titles or b1.norm in {"river", "rio"}:
        return False
    if b2 is not None and b2.norm in ARTICLES:
        return False  # "the Knox Thames festival": a thing named for the river
    k = s.i - 1
    if k == 0 or SENTENCE_BREAK.search(text[tokens[k - 1].end : b1.start]):
        return False  # a capital opening the sentence is the sentence's
    return a1 is None or not a1.text[:1].isupper()


def residence(cues: Cues, persons: frozenset[str], text: str, tokens: list[Token], k: int) -> bool:
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
            or surname.norm not in persons:
        return False
    f = m - 1
    while f > 0 and len(tokens[f].text) == 1 and tokens[f].text.isupper():
        f -= 1  # "Louis C. Jensen": initials between the given name and the surname
    first = tokens[f]
    if text[first.end : tokens[f + 1].start].strip() not in ("", ".") or first.norm not in cues.given_names:
        return False
    # The given name opens the name ("Mount Vernon Chamber of X" is no person): a title may stand before it.
    p = tokens[f - 1] if f > 0 and text[tokens[f - 1].end : first.start].strip() in ("", ".") else None
    return p is None or not p.text[:1].isupper() or p.norm.rstrip(".") in cues.person_titles


def motion_before(cues: Cues, b2: Optional[Token], b3: Optional[Token]) -> bool:
    """Whether the words before a name's "to" are a verb or noun of going ("police were called to X",
    "rushed back to X", "a trip to X"): then "to" names a destination, as firmly as "in" names a site."""
    verbs = cues.motion_verbs
    if b2 is None or not b2.text.islower():
        return False
    if b2.norm in verbs:
        return True
    return b2.norm in cues.motion_particles and b3 is not None and b3.text.islower() and b3.norm in verbs


def demonym_word(gaz: Gazetteer, t: Token) -> bool:
    """A country adjective ("Syrian", "Iraqi") written as one, before a kind of place."""
    if not t.text[:1].isupper() or t.text.isupper():
        return False
    key = gaz.key_id(skeleton_token(t.norm))
    return key is not None and any(c.kind == NAME_DEMONYM and c.exact for c in gaz.candidates([key], t.norm))


def strong_at(strong_tokens: frozenset[int], taken: Optional[list[bool]], k: int) -> bool:
    """Whether token k belongs to a name strong on its own (a country, a large city).

    Two names side by side are one longer proper name ("Rod Stewart", "Larissa Malinao") unless the
    neighbour is such a place.
    """
    return bool(taken) and 0 <= k < len(taken) and taken[k] and k in strong_tokens


def _position(tokens: list[Token], token: Token) -> int:
    """Where `token` stands in `tokens`, found by bisection: the tokens are in the text's order, and tuples
    compare by their start first (a scan from the start per name cost a long text the square of its length)."""
    k = bisect_left(tokens, token)
    return k if k < len(tokens) and tokens[k] == token else tokens.index(token)


def person_follows(cues: Cues, text: str, tokens: list[Token], first: Token) -> bool:
    """Whether a person's full name starts at `first` ("Jessica Shepard"): a given name and one capitalised
    word that heads no building, street or institution ("Victoria Station" is a place)."""
    k = _position(tokens, first)
    if k + 1 >= len(tokens) or first.norm not in cues.given_names or not first.text[:1].isupper() \
            or first.text.isupper():
        return False
    last = tokens[k + 1]
    if text[first.end : last.start] != " " or not last.text[:1].isupper() or last.text.isupper():
        return False
    heads = cues.organisation_heads | cues.feature_heads | STREET_HEADS | load_facilities().heads
    if last.norm in heads or last.norm in cues.vague_after or last.norm in cues.directions:
        return False
    after = tokens[k + 2] if k + 2 < len(tokens) else None
    return after is None or text[last.end : after.start].strip() != "" or not after.text[:1].isupper()


def opens_sentence_as_word(lower: frozenset[str], text: str, tokens: list[Token], k: int) -> bool:
    """Token k opens a sentence and is an ordinary word there ("A Merrimack County jury", "Only Lakeview
    voted", "Former Oakdale officials"): an article, or a word the document also writes in lower case. Its
    capital is the sentence's, so the name after it does not continue another name."""
    t = tokens[k]
    gap = text[tokens[k - 1].end : t.start] if k > 0 else ""
    if not (k == 0 or SENTENCE_BREAK.search(gap) or _DATELINE_DASH.fullmatch(gap)) \
            or (len(t.text) > 1 and t.text.isupper()):
        return False
    return t.norm in ("a", "an") or t.norm in lower


def division_named(cues: Cues, tokens: list[Token], s: NameSpan) -> bool:
    """A name the gazetteer holds with its division word ("Travis County", "Orleans Parish"): no person or
    brand is called so, so before other capitalised words ("the Travis County Medical Examiner", "Travis
    County Crimestoppers") it is the division an institution or an office is named for, not a longer
    name's part that happens to spell a town."""
    last = tokens[s.j - 1]
    return s.j - s.i > 1 and last.text[:1].isupper() \
        and cues.vague_after.get(last.norm) in ("admin1", "admin2") \
        and any(c.exact and c.feature_code.startswith("ADM") for c in s.candidates)


def institution_follows(cues: Cues, text: str, tokens: list[Token], j: int) -> bool:
    """Whether the capitalised words after a name end in an institution's head ("Gold Dome Lions Club")."""
    for k in range(j, min(j + 4, len(tokens))):
        t = tokens[k]
        if not t.text[:1].isupper() or (k > j and text[tokens[k - 1].end : t.start].strip() not in JOIN_GAPS):
            return False
        if t.norm in cues.organisation_heads or t.norm in cues.person_titles or t.norm in cues.office_titles:
            return True
    return False


def in_undertaking_name(text: str, tokens: list[Token], i: int) -> bool:
    """Whether token i continues a name opened by a capitalised "Operation" or "Exercise", through at most two
    capitalised words, each a single space apart ("Operation Unified Trident": Trident)."""
    k = i - 1
    while k >= 0 and i - k <= 3 and text[tokens[k].end : tokens[k + 1].start] == " " \
            and tokens[k].text[:1].isupper() and not tokens[k].text.isupper():
        if tokens[k].norm in UNDERTAKING_WORDS:
            return True
        k -= 1
    return False


def word_at(t: Optional[Token], word: str) -> bool:
    return t is not None and t.norm == word


def division_word_ends(t: Optional[Token]) -> bool:
    """Whether the token after a division word leaves the word ending the place's phrase."""
    return t is None or t.norm in _AFTER_DIVISION_WORD


def name_gap(gap: str) -> bool:
    """Whether two words with `gap` between them may be words of one name: nothing, a space or a bare
    hyphen ("Tal-Abyad"). A dash with spaces around it ("Clacton, Essex - Jo Roe", "near Twin Lakes -
    Highway 10") separates a list's items or a caption's parts, as a comma would."""
    if gap == " ":
        return True  # most gaps between words: asked of every word around every name
    stripped = gap.strip()
    if stripped not in JOIN_GAPS or "\n" in gap:
        return False
    return not stripped or gap == stripped


def date_at(text: str, tokens: list[Token], k: int, cues: Cues) -> bool:
    """A date starts at token k: a month and a day ("March 3", "Nov. 16")."""
    return k + 1 < len(tokens) and tokens[k].norm in cues.months and tokens[k + 1].text.isdigit() \
        and text[tokens[k].end : tokens[k + 1].start].strip() in ("", ".")


def head_after_article(text: str, tokens: list[Token], s: NameSpan) -> bool:
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


def quoted_title(text: str, s: NameSpan) -> bool:
    """"starred in “Hamilton.”", "the series “Below Deck Mediterranean”", "known as “Smoky Mary”": a name
    that a short quotation of capitalised words holds names the work or the nickname quoted, not the place;
    a place is quoted only inside a sentence quoted with it ("“Europe’s airlines form...”")."""
    return _TITLE_OPENING.search(text, max(0, s.start - 60), s.start) is not None \
        and _TITLE_CLOSING.match(text, s.end) is not None


def numbered(text: str, tokens: list[Token], s: NameSpan) -> bool:
    """"Boeing 777", "Gate 10", "Rustavi 2 TV": a small place's name with a number after it names a model, a
    gate or a channel; a town is written without one. Roads ("U.S. 27", "Ohio 63") are strong names and are
    left alone by the caller."""
    return _NUMBER_AFTER.match(text, s.end) is not None


def part_named_after(tokens: list[Token], j: int) -> bool:
    """Whether tokens from j are a capitalised name and a lower-case kind of town part ("Hodan district",
    "Al-Karama neighbourhood"), as after a town's possessive."""
    k = j
    while k < len(tokens) and k - j < 4 and tokens[k].text[:1].isupper():
        k += 1
    return j < k < len(tokens) and tokens[k].text.islower() and tokens[k].norm in _PART_OF_TOWN


def first_upper(surface: str) -> bool:
    """Written in capitals, as datelines are ("ALEPPO", "DEIR EZ-ZOR")."""
    letters = [ch for ch in surface if ch.isalpha()]
    return bool(letters) and all(ch.isupper() for ch in letters)


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
