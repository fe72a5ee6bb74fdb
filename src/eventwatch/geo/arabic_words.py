"""What the words around an Arabic-script name say about it, where Arabic has no capitals to say it.

A report in Arabic writes every word alike, so the gazetteer automaton reads each word that is also some
place's alternate name. Three things in the language itself tell a name from a word:

* the report's own vocabulary (data/gazetteer/arabic_report_words.yaml `common_words`): "طائرات حربية"
  (warplanes) is not Harbiye, "طوال الليل" (all night) is not Lille;
* agreement: an adjective follows its noun and takes its definiteness ("الطائرات الحربية", "مواقع عسكرية");
  a nisba word placed so is that noun's adjective, unless it names a large place;
* the verbs of attack and capture: "قصفت قوات النظام X" puts the place right after the verb's subject, with
  no preposition or settlement word before it;
* the words of local divisions ("قضاء سنجار", "محلية كرري", "ناحية ربيعة", "مديرية حيس"), which name a
  division only in construct with a name of their own countries: "القضاء" is the judiciary, "محلية" after a
  noun is "local";
* morphology: a noun of the report vocabulary with a pronoun suffix ("منزله", his house) is a word of the
  language, even where GeoNames gives it as some far-off place's alternate name; a settlement word is a cue in
  its dual ("بلدتي X وY", the two towns of) as in the singular, a compass word as its adverb ("شرقي X"), and a
  preposition written joined to the name ("بالأنبار") as one written apart (`arabic_cue_words`);
* institutions and professions named for their country ("شبكة أطباء السودان", "جيش العراق"): the country in
  construct after such a noun says whose body it is, not where anything happened (`affiliation`); a civil
  body's "في X" says where it sits ("وزارة الصحة في غزة", `institution_seat`);
* a capital or country right after a verb of saying is its government speaking ("قالت موسكو",
  `government_speaking`), as "Moscow said" is in English.

Functions here are pure: tokens and word sets in, a judgement out. geo/arabic_names.py (`arabic_context`,
`arabic_lists`; `division_cue` once the settlement words before a name are read), the recogniser
(`without_ordinary_words` over the kept spans, after the false places) and the belief gate (geo/__init__.py
`_believed`) call them.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field, replace
from functools import lru_cache
from pathlib import Path
from typing import Mapping, Optional, Sequence

from eventwatch.geo.arabic_state_adjectives import state_of_adjective
from eventwatch.geo.gazetteer import Candidate
from eventwatch.geo.name_span import NameSpan
from eventwatch.geo.normalise import (ARABIC_ARTICLE, Token, arabic_base, arabic_candidates, fold_token, is_arabic,
                                      skeleton)
from eventwatch.geo.state_capitals import is_state_capital
from eventwatch.geo.yaml_files import parse_yaml

DATA = Path(__file__).resolve().parent.parent / "data" / "gazetteer" / "arabic_report_words.yaml"

# Words of subject between a verb and its object ("قصفت [قوات النظام] X"): more and the name is something else's.
MAX_SUBJECT_WORDS = 3
# The cue a verb's object carries: English reports give "shelled X", "targeted X" the same role.
ARABIC_OBJECT_CUE = "targeted"
# Conjunction proclitics: "وحجة" after a place is the next item of a list, never a word of the same name.
CONJUNCTIONS = ("و", "ف")
# Prepositions written apart that no locative cue lists ("الحدود مع مالي" the border with Mali, "بين X وY", "ضد
# X"): a word right after one is its object, never the adjective of a noun (`is_attributive`).
_BARE_PREPOSITIONS = frozenset(fold_token(w) for w in ("مع", "ومع", "بين", "ضد", "عن", "لدى", "عبر"))
# The levels a division word may name (geo/division_levels.py's LEVELS).
DIVISION_LEVELS = ("admin1", "admin2")
# the feature codes of a first-level division and of the towns GeoNames marks as its seat or a state's capital
_PROVINCE_KINDS = frozenset({"ADM1", "ADM1H", "PPLA", "PPLC"})


@dataclass(frozen=True)
class DivisionWord:
    """A word of local division: the level it names, and the countries whose divisions it names."""

    level: str
    countries: frozenset[str]
    # countries where the word is as often another country's state or a term of office ("ولاية" in Turkey and
    # Afghanistan): there it names only a province or its namesake seat (`province_level`)
    seats_only: frozenset[str] = frozenset()

    def names(self, c: Candidate) -> bool:
        """Whether the word may name the division (or the seat standing in for it) that reading `c` gives."""
        return c.country_code in self.countries and (c.country_code not in self.seats_only or province_level(c))


def province_level(c: Candidate) -> bool:
    """Whether a reading is a first-level division or the town that is its seat: a province, a capital, a seat
    GeoNames codes PPLA, or a town whose own admin1 bears its name (GeoNames files many seats as plain PPL:
    Hakkâri in Hakkâri, Khōst in Khowst; the consonant frames of the two first words agree). A village of one
    province spelt as another (Panjāb in Bamyan) is none."""
    if c.feature_code in _PROVINCE_KINDS:
        return True
    if not c.feature_code.startswith("PPL") or not c.admin1 or not c.name:
        return False
    return skeleton(c.name).split(" ", 1)[0] == skeleton(c.admin1).split(" ", 1)[0]


@dataclass(frozen=True)
class ArabicReportWords:
    """The folded word sets of arabic_report_words.yaml."""

    common_words: frozenset[str]
    conflict_verbs: frozenset[str]
    name_countries: frozenset[str]
    division_words: Mapping[str, DivisionWord] = field(default_factory=dict)  # folded, article-less
    pronoun_suffixes: tuple[str, ...] = ()  # longest first
    locative_nouns: frozenset[str] = frozenset()  # folded, article-less
    compass_words: frozenset[str] = frozenset()
    affiliation_heads: frozenset[str] = frozenset()
    governorate_words: frozenset[str] = frozenset()  # folded, article-less
    latin_division_words: frozenset[str] = frozenset()  # lower-case Latin words
    name_heads: frozenset[str] = frozenset()  # folded, article-less
    titled_heads: frozenset[str] = frozenset()  # folded, article-less; heads written with the article
    feature_heads: frozenset[str] = frozenset()  # folded, article-less
    island_heads: frozenset[str] = frozenset()  # folded, article-less
    latin_name_words: Mapping[str, str] = field(default_factory=dict)  # Latin word -> folded Arabic word
    unknown_name_cues: Mapping[str, str] = field(default_factory=dict)  # folded settlement word -> English cue
    list_cues: frozenset[str] = frozenset()  # folded plural and dual settlement words
    firm_locatives: frozenset[str] = frozenset()  # folded
    container_words: frozenset[str] = frozenset()  # folded, article-less
    time_words: frozenset[str] = frozenset()  # folded, article-less
    speech_verbs: frozenset[str] = frozenset()  # folded, both readings (as conflict_verbs)
    seat_heads: frozenset[str] = frozenset()  # folded, article-less
    government_seats: tuple[tuple[str, ...], ...] = ()  # each name's words, folded, article-less
    construct_words: frozenset[str] = frozenset()  # folded, written without the article
    bare_adjectives: frozenset[str] = frozenset()  # folded, written without the article ("أبيض", white)
    colour_heads: frozenset[str] = frozenset()  # folded, article-less ("بيت": "البيت الأبيض")
    border_adjectives: frozenset[str] = frozenset()  # folded, article-less
    settlement_words: frozenset[str] = frozenset()  # the keys of unknown_name_cues, kept once
    # the duals of settlement_plurals written out from a singular not in ة ("مخيمي", "حيي"), which also read "my
    # camp", "my quarter" (`lone_dual`)
    written_duals: frozenset[str] = frozenset()
    unrural_countries: frozenset[str] = frozenset()  # ISO codes: whose press writes no "ريف X" for X's countryside
    rural_adjectives: frozenset[str] = frozenset()  # folded, article-less: "الريف الساحلي" names no town
    force_nouns: frozenset[str] = frozenset()  # nouns a force's relative adjective follows ("الحرس البحري")
    weapon_nouns: frozenset[str] = frozenset()  # nouns a weapon's relative adjective follows ("لغم بحري")
    nationality_nouns: frozenset[str] = frozenset()  # nouns a state's adjective describes ("قصفا روسيا")
    term_heads: frozenset[str] = frozenset()  # nouns of a span of time that make "ولاية" a term ("نهاية ولاية")
    prayer_names: frozenset[str] = frozenset()  # folded, article-less: prayers that share a country's name ("مغرب")
    prayer_heads: frozenset[str] = frozenset()  # folded, article-less: words of time or prayer before them ("صلاة")
    prayer_partners: frozenset[str] = frozenset()  # folded, article-less: the other prayers ("عشاء", "فجر")
    prayer_until: frozenset[str] = frozenset()  # folded: words that run a span of hours to a prayer ("حتى")
    region_heads: frozenset[str] = frozenset()  # folded, article-less: words of a group of lands ("دول", "بلاد")
    pretext_nouns: frozenset[str] = frozenset()  # folded, article-less: nouns of pretext after a joined "ب" ("حجه")
    pretext_openers: frozenset[str] = frozenset()  # folded: words opening what a pretext is ("ان", "عدم")
    sided_features: frozenset[str] = frozenset()  # folded, article-less: a feature a side is "of" ("بحر", "نهر")
    pretext_keepers: frozenset[str] = frozenset()  # folded, article-less: participles of lying somewhere ("واقعه")
    cued_divisions: frozenset[str] = frozenset()  # first-level codes ("MR.01") whose aliases need a cue
    # a local-only division word -> folded, article-less words naming its country or divisions ("اردن", "اربد")
    local_division_contexts: Mapping[str, frozenset[str]] = field(default_factory=dict)
    river_words: frozenset[str] = frozenset()  # folded, article-less: words that open a river's name ("نيل")
    water_nouns: frozenset[str] = frozenset()  # folded, article-less: a river's parts and crossings ("جسر", "مياه")
    # a common word that spells a capital ("كيف", Kyiv) -> words naming its country or people
    capital_namesakes: Mapping[str, frozenset[str]] = field(default_factory=dict)
    noun_heads: frozenset[str] = frozenset()  # name heads that are everyday nouns too ("برج", tower)
    capital_verbs: frozenset[str] = frozenset()  # folded, both readings: visit, arrival, travel ("زار", "وصل")
    question_verbs: frozenset[str] = frozenset()  # folded, both readings: knowing, asking ("نعرف", "سأل")
    # folded, article-less: the seasons, also in common_words, but a name after a settlement word ("قرية الربيع")
    season_words: frozenset[str] = frozenset()
    # folded, article-less: crops ("زيتون"), also in common_words, but a name after a settlement word ("حي النخيل")
    crop_words: frozenset[str] = frozenset()


def _verb_forms(raw: dict, key: str) -> frozenset[str]:
    """An optional list of verbs, folded both with and without a leading "ال" peeled (as conflict_verbs: "التقى"
    has no article)."""
    if key not in raw:
        return frozenset()
    return _folded(raw[key], key) | frozenset(fold_token(w.strip()) for w in raw[key])


def _folded(words: list, key: str) -> frozenset[str]:
    if not isinstance(words, list) or not words or not all(isinstance(w, str) and w.strip() for w in words):
        raise ValueError(f"arabic_report_words.yaml: {key} must be a non-empty list of words")
    bad = [w for w in words if not is_arabic(w) or " " in w.strip()]
    if bad:
        raise ValueError(f"arabic_report_words.yaml: {key} must hold single Arabic-script words: {bad}")
    return frozenset(arabic_base(fold_token(w.strip())) for w in words)


@lru_cache(maxsize=2)
def load_arabic_report_words(path: str = str(DATA)) -> ArabicReportWords:
    """The report vocabulary, folded as the recogniser folds a token (article off), validated."""
    raw = parse_yaml(Path(path).read_text(encoding="utf-8")) or {}
    countries = raw.get("arabic_name_countries")
    if not isinstance(countries, list) or not countries or not all(
            isinstance(c, str) and len(c) == 2 and c.isupper() for c in countries):
        raise ValueError("arabic_report_words.yaml: arabic_name_countries must list two-letter country codes")
    seasons = _folded(raw["season_words"], "season_words") if "season_words" in raw else frozenset()
    crops = _folded(raw["crop_words"], "crop_words") if "crop_words" in raw else frozenset()
    common = _folded(raw.get("common_words"), "common_words") | seasons | crops
    verbs = _folded(raw.get("conflict_verbs"), "conflict_verbs")
    suffixes = _folded(raw.get("pronoun_suffixes"), "pronoun_suffixes")
    words = ArabicReportWords(
        common_words=common,
        # a verb keeps its form with "ال" too ("التقى" is no article): both readings are kept
        conflict_verbs=verbs | frozenset(fold_token(w.strip()) for w in raw["conflict_verbs"]),
        name_countries=frozenset(countries),
        division_words=_division_words(raw.get("division_words")),
        pronoun_suffixes=tuple(sorted(suffixes, key=len, reverse=True)),
        # optional lists: a word list of its own (a test's, a user's) may leave them out
        locative_nouns=_folded(raw["locative_nouns"], "locative_nouns") if "locative_nouns" in raw else frozenset(),
        compass_words=_folded(raw["compass_words"], "compass_words") if "compass_words" in raw else frozenset(),
        affiliation_heads=_folded(raw["affiliation_heads"], "affiliation_heads")
        if "affiliation_heads" in raw else frozenset(),
        governorate_words=_folded(raw["governorate_words"], "governorate_words")
        if "governorate_words" in raw else frozenset(),
        latin_division_words=_latin_words(raw["latin_division_words"], "latin_division_words")
        if "latin_division_words" in raw else frozenset(),
        name_heads=_folded(raw["name_heads"], "name_heads") if "name_heads" in raw else frozenset(),
        titled_heads=_folded(raw["titled_heads"], "titled_heads") if "titled_heads" in raw else frozenset(),
        feature_heads=_folded(raw["feature_heads"], "feature_heads") if "feature_heads" in raw else frozenset(),
        island_heads=_folded(raw["island_heads"], "island_heads") if "island_heads" in raw else frozenset(),
        latin_name_words=_translations(raw["latin_name_words"]) if "latin_name_words" in raw else {},
        unknown_name_cues=_unknown_name_cues(raw["unknown_name_cues"]) if "unknown_name_cues" in raw else {},
        list_cues=_list_cues(raw, "settlement_plurals") if "settlement_plurals" in raw else frozenset(),
        firm_locatives=_folded(raw["firm_locatives"], "firm_locatives") if "firm_locatives" in raw else frozenset(),
        container_words=_folded(raw["container_words"], "container_words")
        if "container_words" in raw else frozenset(),
        time_words=_folded(raw["time_words"], "time_words") if "time_words" in raw else frozenset(),
        seat_heads=_folded(raw["seat_heads"], "seat_heads") if "seat_heads" in raw else frozenset(),
        government_seats=tuple(tuple(arabic_base(fold_token(w)) for w in name.split())
                               for name in raw.get("government_seats", [])),
        construct_words=_folded(raw["construct_words"], "construct_words")
        if "construct_words" in raw else frozenset(),
        bare_adjectives=_folded(raw["bare_adjectives"], "bare_adjectives")
        if "bare_adjectives" in raw else frozenset(),
        colour_heads=_folded(raw["colour_heads"], "colour_heads") if "colour_heads" in raw else frozenset(),
        border_adjectives=_folded(raw["border_adjectives"], "border_adjectives")
        if "border_adjectives" in raw else frozenset(),
        unrural_countries=frozenset(raw.get("unrural_countries", [])),
        rural_adjectives=_folded(raw["rural_adjectives"], "rural_adjectives")
        if "rural_adjectives" in raw else frozenset(),
        force_nouns=_folded(raw["force_nouns"], "force_nouns") if "force_nouns" in raw else frozenset(),
        weapon_nouns=_folded(raw["weapon_nouns"], "weapon_nouns") if "weapon_nouns" in raw else frozenset(),
        nationality_nouns=_folded(raw["nationality_nouns"], "nationality_nouns")
        if "nationality_nouns" in raw else frozenset(),
        term_heads=_folded(raw["term_heads"], "term_heads") if "term_heads" in raw else frozenset(),
        prayer_names=_folded(raw["prayer_names"], "prayer_names") if "prayer_names" in raw else frozenset(),
        prayer_heads=_folded(raw["prayer_heads"], "prayer_heads") if "prayer_heads" in raw else frozenset(),
        prayer_partners=_folded(raw["prayer_partners"], "prayer_partners")
        if "prayer_partners" in raw else frozenset(),
        prayer_until=_folded(raw["prayer_until"], "prayer_until") if "prayer_until" in raw else frozenset(),
        region_heads=_folded(raw["region_heads"], "region_heads") if "region_heads" in raw else frozenset(),
        pretext_nouns=_folded(raw["pretext_nouns"], "pretext_nouns") if "pretext_nouns" in raw else frozenset(),
        pretext_openers=frozenset(fold_token(w) for w in raw.get("pretext_openers", [])),
        sided_features=_folded(raw["sided_features"], "sided_features") if "sided_features" in raw else frozenset(),
        pretext_keepers=_folded(raw["pretext_keepers"], "pretext_keepers") if "pretext_keepers" in raw else frozenset(),
        cued_divisions=frozenset(str(c) for c in raw.get("cued_divisions") or ()),
        local_division_contexts={arabic_base(fold_token(w)): _folded(ctx, f"local_division_contexts.{w}")
                                 for w, ctx in (raw.get("local_division_contexts") or {}).items()},
        river_words=_folded(raw["river_words"], "river_words") if "river_words" in raw else frozenset(),
        water_nouns=_folded(raw["water_nouns"], "water_nouns") if "water_nouns" in raw else frozenset(),
        capital_namesakes={arabic_base(fold_token(w)): _folded(ctx, f"capital_namesakes.{w}")
                           for w, ctx in (raw.get("capital_namesakes") or {}).items()},
        noun_heads=_folded(raw["noun_heads"], "noun_heads") if "noun_heads" in raw else frozenset(),
        speech_verbs=_folded(raw["speech_verbs"], "speech_verbs") | frozenset(
            fold_token(w.strip()) for w in raw["speech_verbs"]) if "speech_verbs" in raw else frozenset(),
        capital_verbs=_verb_forms(raw, "capital_verbs"),
        question_verbs=_verb_forms(raw, "question_verbs"),
        season_words=seasons,
        crop_words=crops,
    )
    settlements = frozenset(words.unknown_name_cues)
    return replace(words, settlement_words=settlements, written_duals=frozenset(
        w for w in words.list_cues if w.endswith("ي") and w[:-1] in settlements))


# The English cues an Arabic settlement word may stand for: those geo/event_location.py reads as an event's place.
UNKNOWN_NAME_CUES = ("village", "town", "city", "camp", "neighbourhood")


def _list_cues(raw: dict, key: str) -> frozenset[str]:
    """The plural settlement words and the duals of the singular ones in ة: those before a list of names."""
    plurals = _folded(raw[key], key)
    cues = _unknown_name_cues(raw.get("unknown_name_cues"))
    if not plurals <= set(cues):
        raise ValueError(f"arabic_report_words.yaml: {key} must be among unknown_name_cues: {sorted(plurals - set(cues))}")
    return plurals | frozenset(w for w in cues if w.endswith(("تي", "تا")))


def _unknown_name_cues(raw: object) -> dict[str, str]:
    """unknown_name_cues: one Arabic settlement word to the English cue it translates, folded as a token is
    read (the article off); a singular in ة brings its duals ("بلدتي", "قريتا": the two towns, villages of)."""
    if not isinstance(raw, dict) or not raw:
        raise ValueError("arabic_report_words.yaml: unknown_name_cues must map Arabic words to English cues")
    out: dict[str, str] = {}
    for word, cue in raw.items():
        if not (isinstance(word, str) and is_arabic(word) and " " not in word.strip() and cue in UNKNOWN_NAME_CUES):
            raise ValueError(f"arabic_report_words.yaml: unknown_name_cues.{word} must map one Arabic word to one of "
                             f"{UNKNOWN_NAME_CUES}")
        folded = arabic_base(fold_token(word.strip()))
        out[folded] = cue
        if folded.endswith("ه") and len(folded) >= 3:
            out.setdefault(folded[:-1] + "تي", cue)
            out.setdefault(folded[:-1] + "تا", cue)
    return out


def _translations(raw: object) -> dict[str, str]:
    """latin_name_words: one lower-case Latin word to one Arabic word, folded and article-less as names are."""
    if not isinstance(raw, dict) or not raw:
        raise ValueError("arabic_report_words.yaml: latin_name_words must map Latin words to Arabic words")
    out: dict[str, str] = {}
    for latin, arabic in raw.items():
        if not (isinstance(latin, str) and latin.isascii() and latin.isalpha() and isinstance(arabic, str)
                and is_arabic(arabic) and " " not in arabic.strip()):
            raise ValueError(f"arabic_report_words.yaml: latin_name_words.{latin} must map one Latin word to one "
                             "Arabic word")
        out[latin.lower()] = arabic_base(fold_token(arabic.strip()))
    return out


def _latin_words(words: object, key: str) -> frozenset[str]:
    if not isinstance(words, list) or not words or not all(
            isinstance(w, str) and w.strip() and w.strip().isascii() and w.strip().isalpha() for w in words):
        raise ValueError(f"arabic_report_words.yaml: {key} must be a non-empty list of single Latin words")
    return frozenset(w.strip().lower() for w in words)


@dataclass(frozen=True)
class ArabicCueWords:
    """The cue words before an Arabic name, each written form mapped to the word it is a form of (the cue a
    span records): cues.yaml's lists with the forms the language derives from them."""

    place_words: Mapping[str, str]  # settlement and area words, their duals, the compass adverbs
    locative: frozenset[str]  # prepositions and nouns of direction ("اتجاه": "باتجاه X", towards X)
    rural: frozenset[str]

    @property
    def stops(self) -> frozenset[str]:
        """Every cue word: where a run of subject words or of a name ends."""
        return frozenset(self.place_words) | self.locative | self.rural


def arabic_cue_words(place_words: frozenset[str], locative: frozenset[str], rural: frozenset[str],
                     words: ArabicReportWords) -> ArabicCueWords:
    """cues.yaml's Arabic cue lists with their derived forms: a settlement word in ة has a dual in construct
    ("بلدتي", "قريتي": the two towns, villages of) and in the nominative ("بلدتا"); a compass word its
    adverb in ي ("شرقي", "جنوبي": east of, south of); the locative nouns of the word list join the
    prepositions. The duals of the words not in ة are those the word list writes out among its settlement words
    ("مخيمي", "حيي": the two camps, quarters of), each a form of its singular: an adjective in ي ("مركزي",
    central) is no dual of "مركز"."""
    return _cue_words(place_words, locative, rural, words.compass_words, words.locative_nouns,
                      words.settlement_words)


def cue_readings(norm: str) -> list[str]:
    """`arabic_candidates` of a token, and the two-letter settlement word under a joined "ب" or "ل" that they leave
    on it ("بحي", "وبحي": in the quarter of; "لحي": of the quarter of, "التابعة لحي X"): the readings peel a letter
    only from longer words, so that no three-letter word loses its first letter, and "حي" (a quarter) is the one
    cue word of two letters."""
    out = arabic_candidates(norm)
    return out + [r[1:] for r in out if len(r) == 3 and r[0] in "بل" and r[1:] == _QUARTER_WORD]


_QUARTER_WORD = "حي"
# "لحي" is "of the quarter" and also "beards" (the plural of لحية: "إطلاق لحي طويلة", to grow long beards)
_OF_QUARTER = frozenset({"ل" + _QUARTER_WORD, "ول" + _QUARTER_WORD, "فل" + _QUARTER_WORD})
# words of belonging before "لحي" that make it the quarter's ("تابعة لحي X", belonging to the quarter of X)
_BELONGING = frozenset(fold_token(w) for w in ("تابع", "تابعة", "التابع", "التابعة", "مجاور", "مجاورة", "المجاور",
                                               "المجاورة", "محاذي", "محاذية", "المحاذي", "المحاذية"))


def beards_or_quarter(tokens: list[Token], k: int) -> bool:
    """Whether token k is "لحي" with no word of belonging before it: the same letters are "of the quarter" and
    "beards", and a script without capitals cannot tell a quarter's name from the beards' adjective or owner
    ("لحي طويلة", "لحي السجناء") after it. Without "تابعة"/"المجاور" before it, only a place the gazetteer spells
    as written after it makes it the quarter (the caller decides that); no unknown name is read there."""
    return tokens[k].norm in _OF_QUARTER and not (k > 0 and tokens[k - 1].norm in _BELONGING)


def definite_compass_adjective(norm: str, place_words: Mapping[str, str], words: ArabicReportWords) -> bool:
    """Whether a folded token is a compass adverb's form written with the article ("الشرقي", "والغربي"): the
    adjective of the name before it ("ريف حلب الشرقي", "ولاية الحوض الشرقي"), never "east of" the word after it,
    which the bare form says ("شرقي حلب"). The bare compass noun with the article ("الشمال") is left as it was."""
    body = norm[1:] if norm[:1] in CONJUNCTIONS and norm[1:3] == ARABIC_ARTICLE else norm
    if not definite(body):
        return False
    base = arabic_base(body)
    return base not in words.compass_words and place_words.get(base) in words.compass_words


def capital_namesake(tokens: list[Token], i: int, locative: frozenset[str], words: ArabicReportWords,
                     text: str = "", stops: frozenset[str] = frozenset()) -> bool:
    """Whether token i, a common word that spells a capital (`capital_namesakes`: "كيف"), is that capital here,
    never before the question word's usual continuations (`_continues_question`: "في كيف يمكن"). Written bare right
    after a locative preposition ("إلى كيف", "على كيف") in a text that names the capital's country or people
    ("أوكرانيا", "زيلينسكي"; not Russia's, named as often in Syria's and Libya's news), it is the city; so it is,
    whatever the news, where a verb of attack, visit or arrival governs it (`_governed_by_capital_verb`)."""
    context = words.capital_namesakes.get(tokens[i].norm)
    if not context or i == 0:
        return False
    if _continues_question(tokens, i, words):
        return False  # "في كيف يمكن", "عن كيف سيتم": the question word opening a clause, whatever the news
    after_preposition = any(r in locative for r in arabic_candidates(tokens[i - 1].norm))
    if after_preposition and any(arabic_base(t.norm) in context for t in tokens):
        return True
    return bool(text) and _governed_by_capital_verb(tokens, i - 1 if after_preposition else i, text, words,
                                                    frozenset() if after_preposition else stops)


# How far back a verb may govern a capital's namesake: its subject's words ("زار رئيس الوزراء البريطاني كيف"), or
# a "from" phrase before the preposition ("توجه المبعوث من وارسو إلى كيف")
_GOVERNING_WORDS = MAX_SUBJECT_WORDS + 1
# Particles of negation: what follows them is a clause of its own ("ولم يتضح كيف")
_NEGATIONS = frozenset({"لا", "لم", "لن", "ما", "ولا", "ولم", "ولن", "فلا", "فلم"})


def _governed_by_capital_verb(tokens: list[Token], i: int, text: str, words: ArabicReportWords,
                              stops: frozenset[str]) -> bool:
    """Whether a verb of attack (`conflict_verbs`) or of visit and arrival (`capital_verbs`) stands before token
    i within one clause, at most _GOVERNING_WORDS words back: the namesake after it (or after the preposition at
    i) is that verb's object, a place. A verb of knowing or asking (`question_verbs`), a negation, a verb of the
    present or a cue word (`stops`, for a direct object) in between ends the search: the question word follows
    those ("لا يعرف أحد كيف", "زار المخيم ورأى كيف")."""
    for k in range(i - 1, max(-1, i - 1 - _GOVERNING_WORDS), -1):
        t = tokens[k]
        if not is_arabic(t.norm) or any(ch in text[t.end : tokens[k + 1].start] for ch in ".،,؛;:!?؟\n()"):
            return False
        readings = arabic_candidates(t.norm)
        if any(t.norm in vs or any(r in vs for r in readings) for vs in (words.conflict_verbs, words.capital_verbs)):
            return True
        if t.norm in _NEGATIONS or any(r in words.question_verbs or r in stops for r in readings) \
                or t.norm in words.question_verbs or _opens_imperfect(t.norm, words) or _opens_aside(t.norm):
            return False
    return False


# Words of cause or topic after which the question word opens a clause of its own ("بسبب كيف", because of how;
# "حول كيف", about how), not a verb's object
_CAUSE_OR_TOPIC = frozenset(fold_token(w) for w in ("بسبب", "وبسبب", "حول", "عن", "بشأن", "لمعرفة"))


def _opens_aside(norm: str) -> bool:
    """Whether a folded word between a verb and the capital's namesake opens a clause of its own, so the verb
    governs nothing after it: a word of cause or topic, a verb of purpose ("ليطلع", to see; "لتتفقد"), or a
    participle in the accusative of manner ("متسائلا", asking; "مؤكدا"), which the question word follows
    ("هاجم النائب الحكومة متسائلا كيف")."""
    if norm in _CAUSE_OR_TOPIC:
        return True
    if len(norm) >= 5 and norm[0] == "ل" and norm[1] in "يتن" and norm[-1] not in "ياةه":
        return True  # not a name or nisba that opens so ("ليبيا", "ليتوانيا", "ليبي")
    return len(norm) >= 5 and norm[0] == "م" and norm.endswith("ا")


# The question word's usual continuations, folded: modals and auxiliaries ("كيف يمكن", how can; "كيف تم", how was
# ... done; "كيف سيكون", how will ... be), and the subordinator as written ("كيف أن", how that; `_SUBORDINATORS`).
# A present verb in general is no such word: "على كيف يستهدف" (on Kyiv, targeting) names the city before the
# attack's verb; nor are a negation, "كان" or "إن", which follow a place as often ("في كيف لا تزال", "في كيف كان",
# "في كيف إن" after a verb of saying).
_QUESTION_CONTINUATIONS = frozenset(fold_token(w) for w in (
    "يمكن", "سيمكن", "تمكن", "أمكن", "يتم", "سيتم", "تم", "يكون", "سيكون", "تكون", "ستكون", "نكون", "كان", "كانت",
    "يجب", "ينبغي", "يستطيع", "تستطيع", "نستطيع", "أستطيع", "سيستطيع", "ستستطيع", "يستطيعون", "استطاع",
    "استطاعت"))
# Pronouns joined to a modal ("يمكنهم", they can; "يمكننا", we can)
_JOINED_PRONOUNS = ("ه", "ها", "هم", "هما", "هن", "نا", "ك", "كم")
# The subordinator after a present verb ("كيف يحاول الجنود أن", how the soldiers try to): the verb's clause, the
# question's, whatever its verb; looked for this many words on, as written: folding makes it "إن" too, which a verb
# of saying takes ("إلى كيف يقولون إن", to Kyiv, saying that), and the bare "ان" may be either
_SUBORDINATORS = frozenset({"أن", "وأن"})
_SUBORDINATOR_REACH = 3


def _continues_question(tokens: list[Token], i: int, words: ArabicReportWords) -> bool:
    """Whether the word after token i (the question word's letters) is one of its usual continuations
    (`_QUESTION_CONTINUATIONS`, a modal with a joined pronoun among them), or a verb of the present whose clause
    goes on to "أن" within a few words. A time word ("يوم", "يوميا", daily) never is: a place is often followed
    by one, and any other verb after the city may be the attack's ("على كيف يستهدف", on Kyiv, targeting)."""
    if i + 1 >= len(tokens):
        return False
    norm = tokens[i + 1].norm
    if tokens[i + 1].text in _SUBORDINATORS or norm in _QUESTION_CONTINUATIONS or any(
            norm.endswith(p) and norm[: -len(p)] in _QUESTION_CONTINUATIONS for p in _JOINED_PRONOUNS):
        return True
    if not _opens_imperfect(norm, words) and norm[:1] != "ت":
        return False
    return any(t.text in _SUBORDINATORS for t in tokens[i + 2 : i + 2 + _SUBORDINATOR_REACH])


def _opens_imperfect(norm: str, words: ArabicReportWords) -> bool:
    """Whether a folded word reads as a verb of the present or future ("يمكن", "يتم", "سيتم", "ستكون"): its
    prefix "ي" or the future's "س" before one; a time word ("يوم") that a place is often followed by is none."""
    if norm in words.time_words or arabic_base(norm) in words.time_words:
        return False
    return len(norm) >= 3 and (norm[0] == "ي" or norm[0] == "س" and norm[1] in "يتن")


def lone_dual(text: str, tokens: list[Token], k: int, words: ArabicReportWords) -> bool:
    """Whether token k is a written-out dual ("مخيمي", "حيي") that no second name joined by "و" follows within
    the next words ("مخيمي بلاطة وعسكر"): the same letters are "my camp", "my quarter" ("قال إن مخيمي كان آمنا"),
    and a dual names two places, so without the second it is no settlement cue."""
    if not any(r in words.written_duals for r in arabic_candidates(tokens[k].norm)):
        return False
    for m in range(k + 2, min(k + 4, len(tokens))):
        if text[tokens[m - 1].end : tokens[m].start].strip():
            return True
        if tokens[m].norm[:1] == "و":
            return False
    return True


@lru_cache(maxsize=8)
def _cue_words(place_words: frozenset[str], locative: frozenset[str], rural: frozenset[str],
               compass: frozenset[str], locative_nouns: frozenset[str],
               settlement_words: frozenset[str] = frozenset()) -> ArabicCueWords:
    forms: dict[str, str] = {}
    for w in place_words:
        if w.endswith("ه") and len(w) >= 3:
            forms[w[:-1] + "تي"] = forms[w[:-1] + "تا"] = w
    for w in settlement_words - place_words:
        if w.endswith("ي") and w[:-1] in place_words:
            forms[w] = w[:-1]
    for w in compass & place_words:
        forms[w + "ي"] = w
    forms.update({w: w for w in place_words})  # a written word is itself before it is anything's form
    return ArabicCueWords(place_words=forms, locative=locative | locative_nouns, rural=rural)


def joined_preposition(norm: str) -> bool:
    """Whether a folded token is a preposition written joined to a definite word ("بالأنبار" in al-Anbar,
    "للحديدة" to Hodeidah, "وبالرقة"): the word after it is that preposition's object, as after "في"."""
    body = norm[1:] if norm[:1] in CONJUNCTIONS and len(norm) > 5 else norm
    return len(body) > 4 and (body.startswith("ب" + ARABIC_ARTICLE) or body.startswith("لل"))


def preposition_on_name(norm: str, reading: str, candidates: Sequence[Candidate],
                        countries: frozenset[str]) -> bool:
    """Whether a folded token is "in" written joined to a name that takes no article ("بسراقب" in Saraqib,
    "وبحلب"): the token is the letter and the name read without it, a place of a country whose places have
    Arabic names. A place's own name is definite by itself, so the joined letter is its preposition as "في"
    would be. "ل" is left out: joined to a bare noun it is as often the noun's own letter ("لجان" committees)."""
    body = norm[1:] if norm[:1] in CONJUNCTIONS and len(norm) > 4 else norm
    return body[:1] == "ب" and not body[1:].startswith(ARABIC_ARTICLE) and arabic_base(body[1:]) == reading \
        and len(reading) >= 3 and any(c.exact and c.country_code in countries for c in candidates)


def letter_on_far_name(norm: str, reading: str, candidates: Sequence[Candidate],
                       countries: frozenset[str]) -> bool:
    """Whether a folded token after a settlement word is a name whose first letter a match peeled off as a
    preposition ("قرية بليون" read as "ب" + Lyon) to reach only places outside the countries whose places have
    Arabic names. A settlement word in construct is followed by its name: a joined letter there is the
    preposition only before a town of the report's theatres ("قرية بحماة", a village in Hama); before a far
    place it is the village's own first letter, and the word is left whole to the unknown names."""
    body = norm[1:] if norm[:1] in CONJUNCTIONS and len(norm) > 4 else norm
    return body[:1] in "بلكف" and arabic_base(body[1:]) == reading and len(body) > len(reading) \
        and not any(c.exact and c.country_code in countries for c in candidates)


# "backed by", "with the support of" (folded, article off): the words before "من" that make the country after
# it a side's backer ("ميليشيا الحوثي المدعومة من إيران", "بدعم من تركيا").
_BACKING = frozenset({"مدعوم", "مدعومه", "مدعومين", "مدعومون", "مدعومتين", "دعم"})
# "loyal to" (folded, article off): the words before a country written with a joined "ل" that make it a side's
# patron ("فصائل موالية لتركيا" Turkish-backed factions, "الميليشيات الموالية لإيران").
_LOYAL = frozenset({"موال", "موالي", "مواليه", "موالين", "موالون", "مواليتين"})


def backer(tokens: list[Token], i: int, text: str, candidates: Sequence[Candidate]) -> bool:
    """Whether a country's name at token i is the state backing a side ("المدعومة من إيران", Iran-backed;
    "بدعم من روسيا"): the government, as "Iran-backed" says, and no place where anything happened."""
    if i >= 1 and _loyal_to(tokens, i, text, candidates):
        return True
    if i < 2 or text[tokens[i - 2].end : tokens[i].start].split() != [tokens[i - 1].text]:
        return False
    if arabic_base(tokens[i - 1].norm) != "من" or not any(c.exact and c.feature_code.startswith("PCL")
                                                         for c in candidates):
        return False
    return any(r in _BACKING for r in arabic_candidates(tokens[i - 2].norm))


def _loyal_to(tokens: list[Token], i: int, text: str, candidates: Sequence[Candidate]) -> bool:
    """Whether a country's name at token i, written with a joined "ل", follows "loyal to" ("موالية لتركيا")."""
    if not tokens[i].norm.startswith("ل") or text[tokens[i - 1].end : tokens[i].start].strip():
        return False
    if not any(c.exact and c.feature_code.startswith("PCL") for c in candidates):
        return False
    return any(r in _LOYAL for r in arabic_candidates(tokens[i - 1].norm))


def affiliation(tokens: list[Token], i: int, text: str, candidates: Sequence[Candidate],
                words: ArabicReportWords) -> bool:
    """Whether a country's name at token i is the complement of a noun of institution or profession before
    it ("شبكة أطباء السودان" the Sudan Doctors Network, "حكومة العراق"): in construct, so the noun is written
    without the article and nothing stands between them. Only a country reading counts: "أطباء حلب" (Aleppo's
    doctors) still says where they are."""
    if i == 0 or text[tokens[i - 1].end : tokens[i].start].strip():
        return False
    if not any(c.exact and c.feature_code.startswith("PCL") for c in candidates):
        return False
    prev = tokens[i - 1].norm
    return not prev.startswith(ARABIC_ARTICLE) and any(r in words.affiliation_heads for r in arabic_candidates(prev))


# Words of the name of an institution between its head noun and "في": "وزارة [الصحة] في", "مكتب [الأمم المتحدة] في".
MAX_SEAT_NAME_WORDS = 2
_CLAUSE_MARK = re.compile(r"[،,.;؛:!?()\n]")


def institution_seat(tokens: list[Token], i: int, text: str, words: ArabicReportWords) -> bool:
    """Whether the name at token i follows "في" after a civil institution's name ("وزارة الصحة في غزة"): a head
    of `seat_heads` in construct (no article) with one or two definite words of its name, nothing else between."""
    if i < 3 or tokens[i - 1].norm != "في":
        return False
    for size in range(1, MAX_SEAT_NAME_WORDS + 1):
        h = i - 2 - size
        if h < 0:
            return False
        named = tokens[h + 1 : i - 1]
        if not all(definite(t.norm) for t in named):
            return False
        head = tokens[h].norm
        if not head.startswith(ARABIC_ARTICLE) and any(r in words.seat_heads for r in arabic_candidates(head)) \
                and not _CLAUSE_MARK.search(text, tokens[h].start, tokens[i].start):
            return True
    return False


def _division_words(raw: object) -> dict[str, DivisionWord]:
    if not isinstance(raw, dict) or not raw:
        raise ValueError("arabic_report_words.yaml: division_words must map words to {level, countries}")
    out: dict[str, DivisionWord] = {}
    for word, entry in raw.items():
        where = f"arabic_report_words.yaml: division_words.{word}"
        if not isinstance(word, str) or not is_arabic(word) or " " in word.strip() or not isinstance(entry, dict):
            raise ValueError(f"{where} must be one Arabic word mapping to {{level, countries}}")
        if entry.get("level") not in DIVISION_LEVELS or set(entry) - {"level", "countries", "seats_only"}:
            raise ValueError(f"{where}: level must be one of {DIVISION_LEVELS}, and no other keys than seats_only")
        codes = entry.get("countries")
        if not isinstance(codes, list) or not codes or not all(
                isinstance(c, str) and len(c) == 2 and c.isupper() for c in codes):
            raise ValueError(f"{where}: countries must list two-letter country codes")
        seats = entry.get("seats_only", [])
        if not isinstance(seats, list) or not set(seats) <= set(codes):
            raise ValueError(f"{where}: seats_only must list some of its countries")
        folded = arabic_base(fold_token(word.strip()))
        out[folded] = DivisionWord(entry["level"], frozenset(codes), frozenset(seats))
        for dual in _duals(folded):  # "قضاءي طوز خورماتو وكفري", "مديريتي حيس والخوخة": the two districts of
            out.setdefault(dual, out[folded])
    return out


def _duals(folded: str) -> tuple[str, str]:
    """A folded noun's dual in construct, genitive and nominative: a noun in ة writes it "تي", "تا" ("مديريتي",
    "مديريتا"), any other adds "ي", "ا" ("قضاءي", "قضاءا")."""
    stem = folded[:-1] + "ت" if folded.endswith("ه") else folded
    return stem + "ي", stem + "ا"


def definite(norm: str) -> bool:
    """Whether a folded word carries the article (and more than it)."""
    return norm.startswith(ARABIC_ARTICLE) and len(norm) > 3


# the clitics a word with the article may carry before it ("بالقرية", "وبالمخيم")
_ARTICLE_CLITICS = frozenset("وفبك")


def with_article(norm: str) -> bool:
    """Whether a folded word carries the article, maybe behind one or two clitics ("بالقرية", "وبالمخيم") or as
    "لل" ("للقرية"): no construct's head, so the word after it is no name in construct with it."""
    body = norm[1:] if norm[:1] in _ARTICLE_CLITICS and len(norm) > 4 else norm
    body = body[1:] if body[:1] in _ARTICLE_CLITICS and len(body) > 4 else body
    return definite(body) or body.startswith("لل") and len(body) > 3


def nisba(norm: str) -> bool:
    """Whether a folded word has the shape of a relative adjective ("حربيه", "شعبي", "العسكريه")."""
    base = arabic_base(norm)
    return len(base) >= 4 and (base.endswith("يه") or base.endswith("ي"))


def titled_head(norm: str, words: ArabicReportWords) -> bool:
    """Whether a folded word is an honorific written with its article that opens a compound place name
    (`titled_heads`: "النبي شيت", "الشيخ مسكين")."""
    return definite(norm) and arabic_base(norm) in words.titled_heads


def is_common_word(reading: str, words: ArabicReportWords) -> bool:
    """Whether the reading a name was matched on (folded, proclitics the match needed peeled off) is a word
    of report vocabulary. Only that reading counts: "كسب" (Kessab) is no "سب" after a peeled ك."""
    return arabic_base(reading) in words.common_words


# Particles that open a reported clause, as written with their hamza ("وأن" and that, "فإن" then indeed):
# folding drops the hamza, and "وان" is Van's Arabic name. A closed class of the grammar, not vocabulary.
CLAUSE_PARTICLES = frozenset({"أن", "إن", "أنه", "أنها", "إنه", "إنها", "أنهم", "إنهم"})


def written_as_word(norm: str, written: str, words: ArabicReportWords) -> bool:
    """Whether a token is, as written, a word of the language rather than a clitic and a bare name: a noun of
    report vocabulary whole ("فرقه", its teams, or "فرقة" a team: no "ف" + a bare "رقة" for Raqqa), or "and"
    (و, ف) joined to a clause particle written with its hamza ("وأن" and that: no Van). `norm` is the token
    folded, `written` as the text has it. Only the whole token and "and" + particle count: "كسب" (Kessab)
    stays a name though "سب" is a word (`is_common_word`). A noun of `construct_words` or an adjective of
    `bare_adjectives` counts only bare: "سلاح أبيض" (a blade), where "الأبيض" is El Obeid."""
    if arabic_base(norm) in words.common_words or norm in words.construct_words or norm in words.bare_adjectives:
        return True  # a construct noun counts only bare: "متن" aboard, where "المتن" is Lebanon's Metn
    return written[:1] in CONJUNCTIONS and written[1:] in CLAUSE_PARTICLES


def is_attributive(tokens: list[Token], i: int, text: str, cue_words: frozenset[str]) -> bool:
    """Whether token i is the adjective of the noun before it: a nisba word with no proclitic, written as
    definite as that noun ("الطائرات الحربية", "طائرات حربية"), the noun itself no cue word. A place name
    after a noun is that noun's complement instead and differs from it in definiteness ("ريف إدلب",
    "سكان الزبداني"); a verb before a name is caught by `object_of_conflict_verb` first."""
    if i == 0:
        return False
    word, prev = tokens[i], tokens[i - 1]
    if not is_arabic(prev.norm) or text[prev.end : word.start].strip():
        return False
    if not nisba(word.norm) or (word.norm[:1] in "وفبلك" and word.norm[1:3] == ARABIC_ARTICLE):
        return False  # "بالحرية", "والعسكرية": a proclitic before the article makes it no adjective
    if any(r in cue_words for r in arabic_candidates(prev.norm)) or prev.norm in _BARE_PREPOSITIONS:
        return False
    return definite(word.norm) == definite(prev.norm)


def adjective_of_report_noun(tokens: list[Token], i: int, words: ArabicReportWords) -> bool:
    """Whether token i, already read as the adjective of the noun before it (`is_attributive`), is a masculine
    relative adjective with the article right after a definite noun of a force or office (`force_nouns`: "الحرس
    البحري" the maritime guard, "الأمن الداخلي"). Such an adjective describes the force or office named, even where
    its letters are also a large town's ("بحري", Khartoum North): a town after a definite noun would be its
    complement, and differ from it in definiteness ("حرس بحري" is no construct either). After another adjective
    ("وصل الرتل العسكري القامشلي", the convoy reached Qamishli) the word is no second adjective of a force but the
    verb's object, so only a noun of force before it counts. And only a real adjective counts: one whose feminine
    ("البحرية", "الداخلية") is itself a common word of reports. A town's name in -ي has no such feminine in use
    ("وصل الجيش القامشلي", the army reached Qamishli: no "القامشلية"), so after a force noun it is the verb's object.
    Without the article on either word the same holds after a noun of a weapon or craft (`weapon_nouns`: "لغم بحري"
    a sea mine), which no town's name follows in construct as one follows "سكان" (residents)."""
    word, prev = tokens[i].norm, tokens[i - 1].norm
    base = arabic_base(word)
    if not (base.endswith("ي") and base + "ه" in words.common_words):
        return False
    if definite(word) and definite(prev):
        return arabic_base(prev) in words.force_nouns
    # "لغم بحري", "زورق بحري": a weapon or craft, indefinite, and its adjective
    return not definite(word) and not definite(prev) and prev in words.weapon_nouns


def object_of_conflict_verb(tokens: list[Token], i: int, text: str, words: ArabicReportWords,
                            stop_words: frozenset[str]) -> bool:
    """Whether the name at token i follows a verb of attack or capture across at most MAX_SUBJECT_WORDS words
    of its subject, none a preposition or cue (`stop_words`), within one clause."""
    k = i - 1
    seen = 0
    while k >= 0 and seen <= MAX_SUBJECT_WORDS:
        t = tokens[k]
        if not is_arabic(t.norm) or any(ch in text[t.end : tokens[k + 1].start] for ch in ".،,؛;:!?؟\n()"):
            return False
        readings = arabic_candidates(t.norm)
        if t.norm in words.conflict_verbs or any(r in words.conflict_verbs for r in readings):
            return True
        if any(r in stop_words for r in readings):
            return False
        k -= 1
        seen += 1
    return False


def government_speaking(tokens: list[Token], i: int, text: str, candidates: Sequence[Candidate],
                        words: ArabicReportWords) -> bool:
    """"قالت موسكو إن", "ونددت أنقرة بالهجوم": a capital or a country written right after a verb of saying or
    stance (`speech_verbs`, a joined "و"/"ف" allowed) is the verb's subject, its government speaking; so is the
    seat of a federal region's government ("وقالت أربيل", geo/state_capitals.py)."""
    if i == 0 or text[tokens[i - 1].end : tokens[i].start].strip():
        return False
    verb = tokens[i - 1].norm
    if not (verb in words.speech_verbs or any(r in words.speech_verbs for r in arabic_candidates(verb)[1:]
                                              if verb[:1] in CONJUNCTIONS)):
        return False
    return _government_reading(tokens, i, candidates, words)


def _government_reading(tokens: list[Token], i: int, candidates: Sequence[Candidate],
                        words: ArabicReportWords) -> bool:
    """Whether the name at token i can stand for a government: a capital, a country, a federal region's seat,
    or a seat the press writes for a government (`government_seats`)."""
    return any(c.exact and (c.feature_code == "PPLC" or c.feature_code.startswith("PCL") or is_state_capital(c))
               for c in candidates) or _seat_name(tokens, i, words)


# Nouns of a government's power written in construct before the town it sits in: "قوات صنعاء" (the forces of
# the Sanaa government), "حكومة عدن", "سلطات بورتسودان".
_GOVERNMENT_NOUNS = frozenset(fold_token(w) for w in ("حكومة", "حكومات", "سلطات", "سلطة", "قوات"))


def government_owned(tokens: list[Token], i: int, text: str, candidates: Sequence[Candidate],
                     words: ArabicReportWords) -> bool:
    """Whether a seat of government at token i is the complement of a noun of its power right before it, in
    construct (no article, nothing between): "المتحدث العسكري لقوات صنعاء" names the side that rules from
    Sanaa, as "قالت دمشق" names the one in Damascus (`government_speaking`), not a place where anything
    happened. A town that is no seat ("قوات درعا") is left as it was."""
    if i == 0 or text[tokens[i - 1].end : tokens[i].start].strip():
        return False
    prev = tokens[i - 1].norm
    if prev.startswith(ARABIC_ARTICLE) or not any(r in _GOVERNMENT_NOUNS for r in arabic_candidates(prev)):
        return False
    return _government_reading(tokens, i, candidates, words)


def _seat_name(tokens: list[Token], i: int, words: ArabicReportWords) -> bool:
    """Whether the name opening at token i is one the Arabic press writes for a government that sits outside
    the town the gazetteer marks as its capital (`government_seats`: "قالت تل أبيب")."""
    return any(all(k + i < len(tokens) and arabic_base(tokens[i + k].norm) == w for k, w in enumerate(seat))
               for seat in words.government_seats)


def conjoined(norm: str, reading: str) -> bool:
    """Whether a token (folded) opens with "and" (و, ف) that its name's reading peeled off: "صعدة وحجة" is
    two places, and "وادي" (whose و is its own) one word."""
    return norm[:1] in CONJUNCTIONS and reading != arabic_base(norm) and reading in arabic_candidates(norm)[1:]


def plural_past_verb(reading: str) -> bool:
    """Whether a word after a list's "و" reads as a verb of "they did" ("وقتلوا", "ونهبوا", "وأحرقوا": a stem of
    three letters or more and the ending "وا"): a new clause after a place ("هاجموا قرية شرقي X وقتلوا ..."), not
    the list's next place. Names ending so are rare and are not written as the next item of a list."""
    return len(reading) >= 5 and reading.endswith("وا")


@dataclass(frozen=True)
class DivisionCue:
    """What a division word before a name says: the word (folded), the level, where the phrase starts."""

    word: str
    level: str
    start: int


# The members, fighters and commanders of a unit, written in construct before its name ("مقاتلو لواء X", "قائد
# لواء X"): the division word after them ("لواء" a brigade as well as a Jordanian district) names a unit.
_UNIT_MEMBERS = frozenset(arabic_base(fold_token(w)) for w in (
    "عناصر", "عنصر", "مقاتلو", "مقاتلي", "مقاتل", "مسلحو", "مسلحي", "أفراد", "قائد", "قادة", "آمر", "قوات",
    "قيادة", "كتائب", "كتيبة", "تشكيلات"))


# The characters Python's str.splitlines breaks a line at.
_LINE_BREAKS = frozenset("\n\r\v\f\x1c\x1d\x1e\x85\u2028\u2029")


def blank_on_one_line(gap: str) -> bool:
    """Whether the gap between two words is blank and stays on one line: a construct phrase may carry a doubled
    space or a no-break space (common slips in typed reports) but never runs across a line break, which ends a
    heading or a paragraph ("... ثلاثة عناصر" closing a line, "لواء الرمثا ..." opening the next)."""
    return gap.isspace() and _LINE_BREAKS.isdisjoint(gap)


def members_before(text: str, tokens: list[Token], h: int) -> bool:
    """Whether a unit's members or commander (`_UNIT_MEMBERS`: "عناصر", "قائد") stand in construct, only blank
    on one line between (`blank_on_one_line`), right before the word at token h ("عناصر لواء X", "قائد لواء X"):
    then "لواء" there is a brigade and X its name, no Jordanian district. One test for the division reader and
    the armed-group reader alike, so the two cannot drift apart on what counts as "right before"."""
    return h > 0 and blank_on_one_line(text[tokens[h - 1].end : tokens[h].start]) \
        and any(r in _UNIT_MEMBERS for r in arabic_candidates(tokens[h - 1].norm))


# the one division word that is also a term of office ("ولاية": a state and a mandate); "قضاء" and "مديرية" are land
TERM_DIVISION = arabic_base(fold_token("ولاية"))


def term_of_office(tokens: list[Token], i: int, text: str, words: ArabicReportWords) -> bool:
    """Whether the name at token i follows "ولاية" that a noun of a span of time before it makes a term of office
    (`term_heads`: "نهاية ولاية X", the end of X's term): X is the office holder, no division and no place. Only
    that word: "نهاية قضاء X", "نهاية مديرية X" are the far end of a district, which stays a place."""
    if i < 2 or text[tokens[i - 2].end : tokens[i - 1].start].strip() \
            or text[tokens[i - 1].end : tokens[i].start].strip():
        return False
    norm = tokens[i - 1].norm
    return any(r == TERM_DIVISION and ARABIC_ARTICLE + r not in norm for r in arabic_candidates(norm)) \
        and any(arabic_base(r) in words.term_heads for r in arabic_candidates(tokens[i - 2].norm))


def _peeled(c: Candidate, whole: str) -> bool:
    """Whether a reading matched the name's first word only with a proclitic peeled off ("بايدن" read as "ايدن",
    Aydın): a division word's name is its construct's second term, which never carries one."""
    first = c.match_norm.split(" ", 1)[0] if c.match_norm else ""
    return bool(first) and len(first) < len(whole) and whole.endswith(first)


def division_cue(tokens: list[Token], i: int, text: str, candidates: Sequence[Candidate],
                 words: ArabicReportWords, j: Optional[int] = None) -> Optional[DivisionCue]:
    """"قضاء سنجار" (Sinjar district), "بمحلية كرري" (in Karari locality), "ناحية ربيعة": the division word right
    before the name at token i, read as a division when written in construct (no article of its own: "القضاء"
    is the judiciary) and when the name has an exact reading in a country whose divisions the word names
    ("محلية" after a noun is the adjective "local", and no Sudanese name follows it then). The level is the
    English side's for "X district" (cues.yaml `vague_after`): the resolver takes the division where the
    gazetteer holds it, else the town that gives it its name, at a district's precision."""
    if i == 0 or text[tokens[i - 1].end : tokens[i].start].strip():
        return None
    norm = tokens[i - 1].norm
    if members_before(text, tokens, i - 1):
        return None  # "عناصر لواء الكرامة", "قائد لواء X": the members or commander of a brigade, no district
    if term_of_office(tokens, i, text, words):
        return None  # "نهاية ولاية X": the end of X's term
    whole = arabic_base(tokens[i].norm)
    # "ولاية البنجاب الباكستانية": a state's adjective after the name (`j` one past it) says whose division it is
    state = state_of_adjective(tokens[j].norm) if j is not None and 0 < j < len(tokens) \
        and not text[tokens[j - 1].end : tokens[j].start].strip() else None
    for reading in arabic_candidates(norm):
        word = words.division_words.get(reading)
        if word is None or ARABIC_ARTICLE + reading in norm:
            continue
        if any(c.exact and word.names(c) and (state is None or c.country_code == state) and not _peeled(c, whole)
               for c in candidates):
            return DivisionCue(reading, word.level, tokens[i - 1].start)
    return None


# the division words that name only their own countries' divisions: the nahiya, Iraq's and Syria's subdistrict, and the
# liwa, Jordan's district ("لواء بني عبيد" is no Egyptian Bani Ubayd; as a brigade, "لواء القدس", it governs no place
# and its name is an actor's, no place either). (Not
# "قضاء", which the press writes for Palestine's districts too, "قضاء الخليل"; nor "مديرية", written for Afghanistan's,
# "مديرية غزني"; nor the words with an everyday sense: "ولاية" a mandate, "مقاطعة" a boycott, "دائرة" a circle.)
_LOCAL_ONLY = frozenset(fold_token(w) for w in ("ناحية", "نواحي", "لواء"))
# The words that govern a nahiya as the place something lies in ("في ناحية", "التابعة لناحية" with its "ل", "مركز
# ناحية", "قرى ناحية", "إلى ناحية" reached, "داخل ناحية" inside, "أطراف ناحية" on the outskirts of): written so,
# the word is the division. After a verb of motion ("تقدمت القوات ناحية سرت", "فرّ
# السكان ناحية عدن") it is the everyday "towards", and the name after it keeps its readings wherever they lie.
_NAHIYA_GOVERNORS = frozenset(fold_token(w) for w in ("في", "وفي", "التابعة", "تابعة", "مركز", "قرى", "قرب",
                                                       "إلى", "الى", "داخل", "أطراف", "اطراف"))


def _governed_division(tokens: list[Token], k: int, reading: str, text: str) -> bool:
    """Whether the division word at token k is governed as a place: a preposition joined to it ("لناحية",
    "بناحية") or a locative word written right before it (`_NAHIYA_GOVERNORS`)."""
    norm = tokens[k].norm
    if norm != reading and norm.endswith(reading) and norm[: len(norm) - len(reading)].lstrip("وف") in ("ل", "ب"):
        return True
    return k > 0 and not text[tokens[k - 1].end : tokens[k].start].strip() and tokens[k - 1].norm in _NAHIYA_GOVERNORS


# the last report's token list and the folded readings of all its tokens: read once per report, not per name
# (one tuple, swapped whole, so a second thread never reads one report's list with another's readings)
_READINGS_OF: list[tuple[Optional[list[Token]], frozenset[str]]] = [(None, frozenset())]


def _report_readings(tokens: list[Token]) -> frozenset[str]:
    """The folded readings of every token of the report, computed once per token list (kept for the last one)."""
    held, readings = _READINGS_OF[0]
    if held is not tokens:
        readings = frozenset(r for t in tokens for r in arabic_candidates(t.norm))
        _READINGS_OF[0] = (tokens, readings)
    return readings


def _country_named(tokens: list[Token], context: Optional[frozenset[str]]) -> bool:
    """Whether a token of the report is one of the words naming a local division word's country (`context`,
    `local_division_contexts`; with none listed, always): "لواء" is Jordan's district only in a report on Jordan."""
    return context is None or not context.isdisjoint(_report_readings(tokens))


def division_elsewhere(tokens: list[Token], i: int, text: str, candidates: Sequence[Candidate],
                       words: ArabicReportWords) -> bool:
    """Whether the name at token i follows, in construct, a local division word ("لناحية تازة", `_LOCAL_ONLY`) while
    none of its readings lies in the countries whose divisions the word names: "تازة" after "ناحية" in a report
    on Kirkuk is an Iraqi subdistrict no row holds, never Morocco's Taza, so the far reading is no reading of it
    (a country's own name is let be: "من ناحية X" may be "on X's side"). Only a word governed as a place counts
    (`_governed_division`): "اتجه الرتل ناحية بنغازي" is a column heading towards Benghazi."""
    if i == 0 or text[tokens[i - 1].end : tokens[i].start].strip() or not candidates:
        return False
    for reading in arabic_candidates(tokens[i - 1].norm):
        word = words.division_words.get(reading)
        if word is None or reading not in _LOCAL_ONLY or ARABIC_ARTICLE + reading in tokens[i - 1].norm \
                or not _governed_division(tokens, i - 1, reading, text) \
                or not _country_named(tokens, words.local_division_contexts.get(reading)):
            continue
        return not any(word.names(c) or c.feature_code.startswith("PCL") for c in candidates)
    return False


def ordinary_word(written: str, candidates: Sequence[Candidate], words: ArabicReportWords,
                  focus: frozenset[str]) -> bool:
    """Whether a one-word Arabic name, as written, is a noun of report vocabulary with a possessive suffix
    ("منزله" his house, "مقرها" its seat, "قراهم" their villages) that GeoNames also gives some place far
    from the report: the suffix written "ه", not the "ة" a name ends in, the word without the article (a
    suffix never follows it), and no reading in the report's countries (`focus`; with none, in any Arabic-named
    country, since a writer may end "جبلة" with "ه" too) nor a country or first-level division. Whether it is a place is then left to a settlement or division word, "ريف", or a verb of
    attack before it (`without_ordinary_words`).

    (Verbal-noun patterns were tried as a second test and dropped: "تفعيل" fits Tikrit and Tel Keppe, "إفعال"
    Azaz; report words of that shape, "إطار", are in common_words instead.)"""
    norm = fold_token(written)
    if not is_arabic(norm) or " " in norm.strip() or norm.startswith(ARABIC_ARTICLE) or written.rstrip()[-1:] == "ة":
        return False
    exact = [c for c in candidates if c.exact] or list(candidates)
    near = focus or words.name_countries  # with no other place to go by, any Arabic-named country is near
    if any(c.country_code in near or c.feature_code.startswith(("PCL", "ADM1", "CONT")) for c in exact):
        return False
    stem = next((norm[: -len(x)] for x in words.pronoun_suffixes if norm.endswith(x) and len(norm) - len(x) >= 3),
                None)
    return stem is not None and any(arabic_base(r) in words.common_words for r in _stems(stem))


def _stems(stem: str) -> list[str]:
    """A noun before its suffix, and with "ة" restored where the suffix took its place ("مدينته" → "مدينه")."""
    return arabic_candidates(stem) + [r[:-1] + "ه" for r in arabic_candidates(stem) if r.endswith("ت")]


def report_focus(spans: Sequence[NameSpan], words: ArabicReportWords) -> frozenset[str]:
    """The Arabic-named countries a report's other Arabic names lie in, by each name's likeliest reading."""
    return frozenset(c for c in map(_focus_country, spans) if c is not None) & words.name_countries


def _focus_country(s: NameSpan) -> Optional[str]:
    """The country of an Arabic name's likeliest reading, which `report_focus` counts; None for any other name."""
    if s.candidates and s.locational and is_arabic(s.norm):
        return max(s.candidates, key=lambda c: c.population).country_code
    return None


def _focus_without(countries: Counter, own: Optional[str], words: ArabicReportWords) -> frozenset[str]:
    """`report_focus` of every name but one, from the countries of all (`countries`, counted once per text) less
    that name's own (`own`): the report's focus asked for each of thousands of names costs no square."""
    if own is not None and countries[own] == 1:
        return frozenset(c for c in countries if c != own and c is not None) & words.name_countries
    return frozenset(c for c in countries if c is not None) & words.name_countries


def without_ordinary_words(text: str, tokens: list[Token], spans: list[NameSpan],
                           cue_words: frozenset[str]) -> list[NameSpan]:
    """The spans less the one-word Arabic names that are words of the language (`ordinary_word`), unless a
    settlement or division word, "ريف" or a verb of attack before the name vouches for it (`cue_words`: the
    settlement words and "ريف" of cues.yaml). The report's countries are those of its other names."""
    words = load_arabic_report_words()
    out = []
    countries: Optional[Counter] = None  # each name's focus country, counted once the first one-word name asks
    for k, s in enumerate(spans):
        if s.j - s.i == 1 and is_arabic(s.norm) and s.vague is None and s.cue not in cue_words \
                and s.cue != ARABIC_OBJECT_CUE and s.cue not in words.division_words:
            if countries is None:
                countries = Counter(map(_focus_country, spans))
            focus = _focus_without(countries, _focus_country(s), words)
            if ordinary_word(text[s.start : s.end], s.candidates, words, focus):
                continue
        out.append(s)
    return out
