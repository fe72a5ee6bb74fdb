"""Event mentions from sentences written in Arabic, which the English classifier cannot read.

Many first reports from Syria, Yemen, Sudan or Iraq exist only in Arabic (local coordination committees,
resistance committees, civil defence). Such a sentence gets its type from the Arabic trigger lexicon
(`arabic_lexicon`), its place from the geoparser (which reads Arabic names), its date from dateparser
with `languages=["ar"]`, its actors from the registry's Arabic names, its weapons from the weapons
lexicon's Arabic forms, and its toll from the counts after "مقتل" (killed), "إصابة" (injured) and the like,
vague ones ("عشرات", tens) and bounded ones ("نحو 20", about 20) read as the English side reads them.
There is no parse: Arabic reports put the verb first ("قصفت قوات النظام مدينة سراقب", shelled the regime
forces the town), so who acted on whom is read from that order and from agent and target markers
(`arabic_roles`).
"""
from __future__ import annotations

import math
import re
from collections import defaultdict
from itertools import chain, islice
from datetime import date, datetime, timedelta
from typing import Any, Optional

from eventwatch.extract.arabic_air_arm import air_arm_strikes
from eventwatch.extract.arabic_first_act import (FIGHTING_MIN, OF, OPERATION_TERMS, arrest_after_harm,
                                                 attack_on_civilians, civilians_harmed, operation_tips)
from eventwatch.extract.arabic_kin import kin_in_construct, kin_of_a_group
from eventwatch.extract.arabic_relatives import joined_relatives, plural_relatives
from eventwatch.extract.arabic_lexicon import ArabicLexicon, Terms, fold, load_arabic_lexicon, without_short_vowels
from eventwatch.extract.arabic_protesters import people_protesting, unnamed_protesters
from eventwatch.extract.arabic_commands import command_area, commands_of_other_forces
from eventwatch.extract.arabic_dispersal import dispersed_protest
from eventwatch.extract.arabic_drone_objects import drone_as_object
from eventwatch.extract.arabic_grenade_cues import grenades_held
from eventwatch.extract.arabic_marches import MARCH_WEIGHT, march_not_drone
from eventwatch.extract.arabic_migrants import fighting_migrants
from eventwatch.extract.arabic_nisbas import ACCUSATIVE
from eventwatch.extract.arabic_noun_subjects import subject_with_instrument_and_object, verbal_noun_before
from eventwatch.extract.arabic_unit_names import unit_name_weapon
from eventwatch.extract.arabic_vehicles_hit import vehicle_hit_by_weapon
from eventwatch.extract.classify import EVENT_MIN_SCORE, FALLBACK_LABEL, Classification
from eventwatch.extract.event_types import family_of
from eventwatch.extract.hijri_dates import dates_another_noun, hijri_days, hijri_figures, on_weekday
from eventwatch.extract.weapons import default_lexicon, find_weapons, is_platform
from eventwatch.model import DATE_PRECISION_DAY, Casualties, Evidence, Quantity, Sentence, Weapon

_REMOTE = ("AIR_STRIKE", "ART_MISS_ATTACK", "REM_EXPLOS", "SUIC_BOMB")
_STATE_INTER = 1
_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩", "0123456789")
_SKIP = "\u064b-\u0652\u0670\u0640"


# The kinds of casualty words that tell of harm to a body (data/event_lexicon_ar.yaml casualties).
_HARM_KINDS = ("killed", "injured")


def _count_word(word: str, lex: ArabicLexicon) -> bool:
    """Whether a word counts people: a number, in digits or words, or a noun of people ("أشخاص", "مدنيين")."""
    return word.isdigit() or fold(word) in lex.numbers or bool(lex.singular.find(word) or lex.plural.find(word))


# The weight of force on a protest that makes it excessive force rather than an intervention: a lethal-force term
# of event_lexicon_ar.yaml (live fire), not dispersal ("فض", "قمع") alone.
LETHAL_FORCE_MIN = 8.0


def classify_arabic(text: str, actors_inter: Optional[int] = None,
                    lexicon: Optional[ArabicLexicon] = None) -> Classification:
    """The type of an Arabic sentence, as the English classifier gives it (OTHER with confidence 0 when no
    trigger is in it); `scores` holds the totals, the best first.

    `actors_inter` is the ACLED inter code of the first actor named: a state force that takes a place
    regains it, anyone else overtakes it."""
    lex = lexicon or load_arabic_lexicon()
    totals: dict[str, float] = defaultdict(float)
    support: dict[str, list[tuple[int, int]]] = defaultdict(list)

    def add(label: str, weight: float, s: int, e: int) -> None:
        totals[label] += weight
        support[label].append((s, e))

    strong_clash = False  # a word of fighting itself, not a bare word of attack (arabic_first_act)
    operations: list[tuple[str, float, int, int]] = []  # "عملية عسكرية": weighed once the acts are known
    held = None  # whether grenades are named as weapons seized or found (extract/arabic_grenade_cues.py), once asked
    for s, e, i in lex.labels.find(text):
        if lex.label_of[i] == "GRENADE":
            held = grenades_held(text) if held is None else held
            if held:
                continue  # "ضبطت شحنة أسلحة تضم قنابل يدوية": grenades seized, none thrown
        if fold(lex.labels.terms[i]) in _STOPPING and not _people_stopped(text, lex, e):
            continue  # "إيقاف العمل": stopping work, no arrest
        if march_not_drone(text, s, e):  # "مسيرة أطلقتها أحزاب المعارضة": a march (extract/arabic_marches.py)
            add("PEACE_PROTEST", MARCH_WEIGHT, s, e)  # as much as "مسيرة احتجاجية"
            continue
        if drone_as_object(text, s, e):  # "أعلنت أنها استهدفت مسيرة": a drone shot at (extract/arabic_drone_objects.py)
            continue
        if fold(lex.labels.terms[i]) in OPERATION_TERMS:
            operations.append((lex.label_of[i], lex.labels.weights[i], s, e))
            continue
        add(lex.label_of[i], lex.labels.weights[i], s, e)
        strong_clash |= lex.label_of[i] == "ARMED_CLASH" and lex.labels.weights[i] >= FIGHTING_MIN
    civilians = [(s, e) for s, e, _ in lex.generic_actors["Civilians"].find(text) if not fighting_migrants(text, s, e)]
    civilians_named = bool(civilians)
    if operations and operation_tips(totals, civilians_named and civilians_harmed(
            text, [e for kind in _HARM_KINDS if kind in lex.casualties for _, e, _ in lex.casualties[kind].find(text)],
            civilians, lambda w: _count_word(w, lex))):
        for label, weight, s, e in operations:
            add(label, weight, s, e)
    aircraft = lex.aircraft.find(text)
    for s, e, i in aircraft:
        add("AIR_STRIKE", lex.aircraft.weights[i], s, e)
    # a bombardment is shelling, unless aircraft are named with it: then it came from the air
    bombarded = "AIR_STRIKE" if aircraft or totals.get("AIR_STRIKE", 0) >= 5 else "ART_MISS_ATTACK"
    for s, e, i in lex.bombardment.find(text):
        add(bombarded, lex.bombardment.weights[i], s, e)
    if aircraft:  # "ألقت طائرات ... قنابل": dropped from the air; "ألقى كلمة" alone is no event
        for s, e, i in lex.dropping.find(text):
            add("AIR_STRIKE", lex.dropping.weights[i], s, e)
    for s, e in air_arm_strikes(text, lex):  # "سلاح الجو استهدف": the air arm's verb of attack is a bombardment
        add("AIR_STRIKE", lex.bombardment.weights[0], s, e)
    taken = "GOV_REGAINS_TERIT" if actors_inter == _STATE_INTER else "NON_STATE_ACTOR_OVERTAKES_TER"
    for s, e, i in lex.territory.find(text):
        add(taken, lex.territory.weights[i], s, e)
    # live rounds where no protest and no protester is named were fired at people ("أصيب ثلاثة بالرصاص الحي
    # خلال اقتحام البلدة", wounded by live fire during a raid): an attack, as the English side types shooting
    if totals.get("FORCE_AGAINST_PROTEST", 0) >= LETHAL_FORCE_MIN and not totals.get("PEACE_PROTEST", 0) \
            and not lex.generic_actors["Protesters"].find(text):
        for s, e in support.pop("FORCE_AGAINST_PROTEST"):
            add("ATTACK", 0.0, s, e)
        totals["ATTACK"] += totals.pop("FORCE_AGAINST_PROTEST")
    if totals.get("PEACE_PROTEST", 0):  # "فرقت الشرطة مظاهرة": dispersing, only with a protest named
        for s, e, i in lex.dispersal.find(text):
            if dispersed_protest(text, e):  # not "فرقت الخلافات بين المتظاهرين" (extract/arabic_dispersal.py)
                add("FORCE_AGAINST_PROTEST", lex.dispersal.weights[i], s, e)
    # protesters arrested or dispersed: a protest with intervention, as ACLED codes it; fired on with live
    # rounds: excessive force against protesters
    if totals.get("PEACE_PROTEST", 0) and (totals.get("ARREST", 0) or totals.get("FORCE_AGAINST_PROTEST", 0)):
        into = "FORCE_AGAINST_PROTEST" if totals.get("FORCE_AGAINST_PROTEST", 0) >= LETHAL_FORCE_MIN \
            else "PROTEST_WITH_INTER"
        for part in ("PEACE_PROTEST", "ARREST"):
            for s, e in support.pop(part, []):
                add(into, 0.0, s, e)
            totals[into] += totals.pop(part, 0.0)
    # a named weapon codes the attack by its means, as in English (`classify_rules._priorities`)
    if max((totals.get(k, 0) for k in _REMOTE), default=0) >= 4:
        for generic in ("ATTACK", "ARMED_CLASH"):
            if generic in totals:
                totals[generic] *= 0.5
    # flight and displacement are what an act caused ("قصف … ما أدى إلى … نزوح عشرات الآلاف"): with any act
    # named, the act is the event, as the English side types "shelling forced thousands to flee"
    if FALLBACK_LABEL in totals and len(totals) > 1:
        totals.pop(FALLBACK_LABEL)
        support.pop(FALLBACK_LABEL, None)
    # looting or burning told with a killing ("هاجمت ... وقتلت 11 مدنيا ونهبت ممتلكاتهم") is an attack on the
    # people: the harm to them is the event and the property its aftermath, as a coder types "raided the town,
    # killed 11 and looted"; property alone ("أحرقوا منازل") stays destruction of property
    if totals.get("ATTACK", 0) >= 3 and totals.get("PROPERTY_DISTRUCT", 0) >= max(
            (v for k, v in totals.items() if k != "PROPERTY_DISTRUCT"), default=0):
        for s, e in support.pop("PROPERTY_DISTRUCT", []):
            add("ATTACK", 0.0, s, e)
        totals["ATTACK"] += totals.pop("PROPERTY_DISTRUCT")

    def move(part: str, into: str) -> None:
        for s, e in support.pop(part, []):
            add(into, 0.0, s, e)
        totals[into] += totals.pop(part, 0.0)

    arrest_after_harm(totals, support, move)
    attack_on_civilians(text, totals, strong_clash, civilians_named, move)
    if not totals:
        return Classification(FALLBACK_LABEL, 0.0, [], {})
    ranked = sorted(totals.items(), key=lambda kv: -kv[1])
    label, top = ranked[0]
    runner_up = ranked[1][1] if len(ranked) > 1 else 0.0
    strength = 1.0 - math.exp(-top / 4.0)  # as `classify.EventClassifier._decide`
    confidence = round(max(0.0, min(1.0, strength * (0.5 + 0.5 * (top - runner_up) / top))), 3)
    cues = [(s, e, text[s:e]) for s, e in sorted(set(support[label]))]
    return Classification(label, confidence, cues, {k: round(v, 3) for k, v in ranked[:5]})


# --- casualties ----------------------------------------------------------------------------------------------


Range = tuple[Optional[int], Optional[int], Optional[int]]
_YEAR = re.compile(r"(?:1[89]|20)[0-9]{2}")


def _number_at(text: str, lex: ArabicLexicon, pos: int) -> Optional[tuple[int, int]]:
    """(value, end) of the number written at `pos` (digits, or words: "سبعة", "خمسة عشر", "ثلاثة وعشرين"),
    times a scale word after it ("3 آلاف", "ثلاثة آلاف")."""
    m = re.match(r"\s*([0-9٠-٩]+(?:[,٬][0-9٠-٩]{3})*)(?![0-9٠-٩])", text[pos:])
    if m:
        value, end = int(re.sub("[,٬]", "", m.group(1)).translate(_DIGITS)), pos + m.end()
    else:
        m = re.match(rf"\s*([\u0621-\u064a{_SKIP}]+)", text[pos:])
        if not m:
            return None
        word = _bare(m.group(1))
        value = lex.numbers.get(word)
        if value is None:
            return None
        end = pos + m.end()
        teen = re.match(rf"\s+([\u0621-\u064a{_SKIP}]+)", text[end:])
        tens = re.match(rf"\s+و([\u0621-\u064a{_SKIP}]+)", text[end:])
        if teen and _bare(teen.group(1)) in ("عشر", "عشره") and value < 10:
            value, end = value + 10, end + teen.end()
        elif tens and value < 10 and lex.numbers.get(_bare(tens.group(1)), 0) >= 20:
            value, end = value + lex.numbers[_bare(tens.group(1))], end + tens.end()
    scale = _word_at(text, end)
    if scale is not None and scale[0] in lex.scales and value < 1000:
        value, end = value * lex.scales[scale[0]], scale[1]
    return value, end


def _bound(rng: Range, kind: Optional[str]) -> Range:
    """A bound word applied to a count, as `numbers.parse_quantity` applies "at least", "up to", "about"."""
    low, best, high = rng
    if kind in ("lower", "lower_after"):
        return (low, low, None)
    if kind == "upper":
        return (None, high, high)
    if kind == "approximate":
        return (None, best, None)
    return rng


def _range_at(text: str, lex: ArabicLexicon, pos: int) -> Optional[tuple[Range, int]]:
    """(low, best, high) and end of the count written at `pos`: a number ("سبعة", "12", "3 آلاف"), a vague word
    ("عشرات", "عشرات الآلاف"), either after a bound ("أكثر من", "نحو", "ما لا يقل عن")."""
    between = _between_at(text, lex, pos)
    if between is not None:
        return between
    kind = None
    for name in ("lower", "upper", "approximate"):
        found = lex.bounds[name].match_at(text, pos)
        if found is not None:
            kind, pos = name, found[0]
            break
    vague = lex.vague.match_at(text, pos)
    if vague is not None:
        rng, end = lex.vague_range[vague[1]], vague[0]
    else:
        number = _number_at(text, lex, pos)
        if number is None:
            return None
        rng, end = (number[0], number[0], number[0]), number[1]
    return _bound(rng, kind), end


_BETWEEN = re.compile(r"\s*(?:ما\s+)?بين(?![\u0621-\u064a])")


def _between_at(text: str, lex: ArabicLexicon, pos: int) -> Optional[tuple[Range, int]]:
    """"ما بين 100 و150", "بين ثلاثة وخمسة": low and high given, the low one the best, as `numbers` reads
    "between 100 and 150"."""
    m = _BETWEEN.match(fold(text), pos)
    if m is None:
        return None
    low = _number_at(text, lex, m.end())
    if low is None:
        return None
    joined = re.match(r"\s*و\s*", text[low[1]:])
    high = _number_at(text, lex, low[1] + joined.end()) if joined else None
    if high is None or high[0] < low[0]:
        return None
    return (low[0], low[0], high[0]), high[1]


def _bare(word: str) -> str:
    return re.sub(f"[{_SKIP}]", "", fold(word))


def _word_at(text: str, pos: int) -> Optional[tuple[str, int]]:
    m = re.match(rf"\s*([\u0621-\u064a{_SKIP}]+)", text[pos:])
    return (_bare(m.group(1)), pos + m.end()) if m else None


# The dual's endings: free ("جنديان", "جنديين") and, in the nominative, before a pronoun, where the ن drops
# ("شقيقاه", his two brothers; "طفلاها", her two children), so a victim's two kin count two as "شقيقان" does.
# The oblique "ي" + pronoun is left out: it also ends a sound plural's construct ("موظفيه", its employees).
_DUAL_ENDINGS = ("ان", "ين") + tuple("ا" + pronoun for pronoun in ("ه", "ها", "هما", "هم"))


def _dual(word: str, lex: ArabicLexicon) -> bool:
    """"جنديان", "طفلتين", "امرأتين", "شقيقاه": a singular noun with the dual ending, two people."""
    # a noun in ة writes it ت before the ending ("امرأة", "امرأتين", "ابنتاه"): read the singular with ة back
    written = [word] + [word[: -len(ending) - 1] + "ه" for ending in _DUAL_ENDINGS
                        if word.endswith("ت" + ending) and len(word) > len(ending) + 2]
    for _, _, i in (hit for w in written for hit in lex.singular.find(w)):
        stem = fold(lex.singular.terms[i])
        stem = stem[:-1] if stem.endswith("ه") else stem
        if any(word.endswith(stem + t + ending) for ending in _DUAL_ENDINGS for t in ("", "ت")):
            return True
    return False


# Singular nouns that name a household, not one person ("وعائلة", and a family): no count of one
_HOUSEHOLDS = frozenset(_bare(w) for w in ("عائلة", "أسرة"))


# A preposition spelled as a people noun once folded: "أمام" (in front of) and "إمام" (an imam) both fold to
# "امام". Its hamza tells them apart before folding; written bare, it is the imam only before a mosque word
# ("وامام المسجد"), or one joined title and then it ("وامام وخطيب المسجد"), the preposition before anything else
# ("وامام منزلهم")
_IMAM = _bare("إمام")
_MOSQUE_WORDS = frozenset(_bare(w) for w in ("مسجد", "المسجد", "الجامع", "جامع"))


def _preposition_namesake(word: str, text: str, end: int) -> bool:
    """Whether the word written as `word` (its "و" peeled), ending at `end`, is the preposition "أمام", not
    the imam it folds like."""
    plain = re.sub(f"[{_SKIP}]", "", word)
    if _bare(plain) != _IMAM or plain.startswith("إ"):
        return False
    if plain.startswith("أ"):
        return True
    nxt = _word_at(text, end)
    if nxt is not None and nxt[0][:1] == "و" and len(nxt[0]) > 3:
        nxt = _word_at(text, nxt[1]) or nxt  # "وامام وخطيب المسجد": a joined title, then the mosque word
    return nxt is None or nxt[0] not in _MOSQUE_WORDS


def _one_person(word: str, lex: ArabicLexicon) -> bool:
    """Whether a bare folded word is, whole, a singular people noun ("طفل", "امرأة", "مدني"): one person, as
    a count after "و" reads it."""
    return word not in _HOUSEHOLDS and any(s == 0 and e == len(word) for s, e, _ in lex.singular.find(word))


# Verbal nouns of stopping that are an arrest only when people are stopped ("إيقاف ٣ عناصر", the Maghreb's
# arrest; "إيقاف ٤ مشاريع", "إيقاف العمل": halting projects, work): a trigger and a count only then
_STOPPING = frozenset({fold("ايقاف")})


# "عن العمل" (from work) after the people stopped, within a few words: a suspension ("إيقاف ٣ مسؤولين عن العمل",
# "إيقافهم مؤقتا عن عملهم"), no arrest. The word whole, a pronoun suffix allowed ("عن العملية", the operation
# they were behind, is none), and never after the jobless ("عاطلين عن العمل", unemployed, who may be arrested)
_JOBLESS = "عاطل"
_SUSPENDED = re.compile(rf"\s+(?:(?!{_JOBLESS})[\u0621-\u064a{_SKIP}]+\s+){{0,2}}عن\s+(?:ال)?عمل[{_SKIP}]*"
                        rf"(?:ه|ها|هم|هن|هما)?[{_SKIP}]*(?![\u0621-\u064a])")


def _people_stopped(text: str, lex: ArabicLexicon, pos: int) -> bool:
    """Whether the words after a verbal noun of stopping at `pos` are people: a people noun, or a count and
    then one ("إيقاف مطلوبين", "إيقاف ٣ عناصر", "إيقاف شخصين")."""
    counted = _range_at(text, lex, pos)
    noun = _word_at(text, counted[1] if counted is not None else pos)
    if noun is None:
        return False
    word = noun[0]
    if not word.startswith(_JOBLESS) and _SUSPENDED.match(text, noun[1]):
        return False  # "إيقاف ٢٠ موظفا عن العمل": suspended from work, not arrested
    return bool(lex.plural.find(word) or lex.singular.find(word)) or _dual(word, lex)


def _count_after(text: str, lex: ArabicLexicon, pos: int) -> Optional[tuple[Range, int]]:
    """The count that a casualty word at `pos` introduces: "سبعة مدنيين" (7), "مدنيين اثنين" (2),
    "طفل" (1), "جنديان" (2), "عشرات المدنيين" (tens), "نحو 20 مدنيا" (about 20), "12 مدنيا على الأقل"."""
    counted = _range_at(text, lex, pos)
    if counted is not None:
        rng, end = counted
        noun = _word_at(text, end)
        if noun and (lex.plural.find(noun[0]) or lex.singular.find(noun[0])):
            end = noun[1]
    else:
        noun = _word_at(text, pos)
        if noun is None:
            return None
        word, end = noun
        if lex.plural.find(word):
            counted = _range_at(text, lex, end)  # "مدنيين اثنين": the number after the noun, or none at all
            if counted is None:
                return None
            rng, end = counted
        elif _dual(word, lex):  # before the singular: "امرأتين" writes ت where "امرأة" has ة
            rng = (2, 2, 2)
        elif lex.singular.find(word):
            rng = (1, 1, 1)
        else:
            return None
    after = lex.bounds["lower_after"].match_at(text, end)
    if after is not None:
        rng, end = _bound(rng, "lower_after"), after[0]
    return rng, end


# Words of the phrase a report may put between a casualty verb and its count ("قتل جراء القصف المدفعي أربعة
# أطفال": three). A longer stretch is a clause of its own, and a number after it counts something else.
MAX_PHRASE_WORDS = 4
# Relative pronouns open a clause of their own ("في الغارة التي استهدفت ..."): the phrase ends before them.
_RELATIVES = frozenset({"الذي", "التي", "الذين", "اللذين", "اللتين", "اللواتي", "اللاتي"})
_WORD = re.compile(rf"[\u0621-\u064a{_SKIP}]+|[0-9٠-٩]+")


def _opens_phrase(word: str, lex: ArabicLexicon) -> bool:
    """A preposition or word of time written apart ("في", "جراء", "صباح"), or a one-letter preposition joined
    to its noun ("بالغارة", "بقصف")."""
    return word in lex.phrase_openers or (word[:1] in "بل" and len(word) >= 4)


def _count_across_phrase(text: str, lex: ArabicLexicon, pos: int) -> Optional[tuple[Range, int]]:
    """The count a casualty word at `pos` introduces across a short phrase of cause, place or time:
    "قتل جراء القصف أربعة أطفال", "أصيب بالغارة 15 مدنيا", "نزح من القرى نحو 300 عائلة". The phrase opens
    with a preposition or a word of time, holds at most MAX_PHRASE_WORDS words and no clause break, relative
    pronoun or other casualty word; what follows it must count people (a number or vague word and a people
    noun, or a dual noun), so "أصيب في الغارة التي دمرت 3 منازل" gives no count."""
    start = pos + len(text[pos:]) - len(text[pos:].lstrip())
    # "اعتقلت القوات، فجر اليوم، أربعة مواطنين": a phrase set off by commas on both sides is read through
    aside = text[start:start + 1] in "،,"
    if aside:
        start += 1 + len(text[start + 1:]) - len(text[start + 1:].lstrip())
    first = _WORD.match(text, start)
    if first is None or not _opens_phrase(_bare(first.group()), lex):
        return None
    end = first.end()
    for _ in range(MAX_PHRASE_WORDS):
        nxt = _WORD.search(text, end)
        gap = text[end:nxt.start()] if nxt is not None else ""
        if aside and gap.strip() in ("،", ","):
            aside, gap = False, ""  # the aside's closing comma
        if nxt is None or _CLAUSE_BREAK.search(gap):
            return None
        counted = _range_at(text, lex, nxt.start())
        if counted is not None:
            noun = _word_at(text, counted[1])
            if noun is None or not (lex.plural.find(noun[0]) or lex.singular.find(noun[0])):
                return None
            rng, stop = counted[0], noun[1]
            after = lex.bounds["lower_after"].match_at(text, stop)
            return (_bound(rng, "lower_after"), after[0]) if after is not None else (rng, stop)
        word = _bare(nxt.group())
        if _dual(word, lex):
            return (2, 2, 2), nxt.end()
        if word in _RELATIVES or any(terms.find(word) for terms in lex.casualties.values()) \
                or lex.plural.find(word) or lex.singular.find(word):
            return None  # a new clause, another toll, or people named but not counted
        end = nxt.end()
    return None


def _count_before(text: str, lex: ArabicLexicon, pos: int) -> Optional[tuple[Range, int]]:
    """The count written just before a casualty noun ("5 قتلى", "عشرات الجرحى", "أكثر من 20 قتيلا"):
    (range, start). The longest reading that ends at the noun wins; a bare year is no count."""
    window = max(0, pos - 40)
    for m in re.finditer(rf"(?<![\u0621-\u064a0-9٠-٩{_SKIP}])[\u0621-\u064a0-9٠-٩]", text[window:pos]):
        start = window + m.start()
        counted = _range_at(text, lex, start)
        if counted is None or text[counted[1]:pos].strip():
            continue
        if _YEAR.fullmatch(text[start:counted[1]].strip()):
            continue
        return counted[0], start
    return None


def _counted_by_other_kind(text: str, lex: ArabicLexicon, kind: str, start: int) -> bool:
    """Does the count at `start`, read before a noun of `kind`, follow another kind's word right before it?
    Then the noun names whom that toll counts: "مقتل خمسة نازحين" is five displaced people killed, not five
    displaced."""
    head = text[max(0, start - 40):start].rstrip()
    return any(e == len(head) for other, terms in lex.casualties.items() if other != kind
               for _, e, _ in terms.find(head))


# Casualty verbs in the past tense (passive or active, folded) that agree with a subject written before them:
# "شخصين قتلا" (two people were killed), "ثلاثة مدنيين أصيبوا"; the dual adds "ا", the plural "وا".
_SUBJECT_VERBS = frozenset({"قتل", "اصيب", "جرح", "استشهد", "اعتقل", "اختطف", "خطف", "نزح", "توفي"})


def _agreeing_casualty_verb(word: str) -> bool:
    """Whether a folded word is a casualty verb in the dual or plural ("قتلا", "أصيبوا", "وقتلوا")."""
    written = {word, word[1:]} if word[:1] in "وف" else {word}  # "وقتلوا": and were killed
    return any(stem + ending in written for stem in _SUBJECT_VERBS for ending in ("ا", "وا"))


def _count_of_subject(text: str, lex: ArabicLexicon, pos: int) -> Optional[tuple[Range, int]]:
    """The count of the people a dual or plural casualty verb at `pos` agrees with, written just before it:
    a dual noun ("إن شخصين قتلا", 2) or a counted plural ("إن ٤ أشخاص قتلوا", 4); (range, start). A verb in the
    singular ("قتل جنديان وأصيب ثالث") follows its count instead, and takes none from before."""
    verb = _word_at(text, pos)
    if verb is None:
        return None
    if not _agreeing_casualty_verb(verb[0]):
        return _one_subject(text, lex, pos, verb[0])
    prev = list(re.finditer(rf"([\u0621-\u064a{_SKIP}]+)\s+$", text[max(0, pos - 40):pos]))
    if not prev:
        return None
    start = max(0, pos - 40) + prev[-1].start(1)
    noun = _bare(prev[-1].group(1))
    if lex.plural.find(noun) or lex.singular.find(noun):
        # a count before the noun says how many ("أربعة مزارعين قتلوا"): "ين" ends a plural there, not a dual
        counted = _count_before(text, lex, start)
        if counted is not None:
            return counted
    if _dual(noun, lex):
        return (2, 2, 2), start
    return None


# "إن" and "أن" (that), folded: the subject after them is written in the accusative ("إن طفلا قتل").
_THAT = frozenset({"ان"})


def _one_subject(text: str, lex: ArabicLexicon, pos: int, verb: str) -> Optional[tuple[Range, int]]:
    """One person, when a singular casualty verb at `pos` follows its subject, an indefinite singular noun of
    people in the accusative right after "إن"/"أن" ("قال المركز إن طفلا قتل", that a child was killed): the
    reported clause puts its subject first, and that subject is its count. (range, start)."""
    if (verb[1:] if verb[:1] in "وف" else verb) not in _SUBJECT_VERBS:
        return None
    prev = re.search(rf"([\u0621-\u064a{_SKIP}]+)\s+([\u0621-\u064a{_SKIP}]+)\s+$", text[max(0, pos - 40):pos])
    if prev is None or _bare(prev.group(1)) not in _THAT:
        return None
    noun = _bare(prev.group(2))
    if not noun.endswith("ا") or not any(a == 0 and b == len(noun) - 1 for a, b, _ in lex.singular.find(noun[:-1])):
        return None
    return (1, 1, 1), max(0, pos - 40) + prev.start(2)


def _size(rng: Range) -> int:
    return next((v for v in (rng[1], rng[0], rng[2]) if v is not None), 0)


def _with_genitive_places(text: str, names: list[tuple[int, int]],
                          places: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """A side named by a noun in construct takes the place right after it as its genitive: "شرطة الأنبار" (the
    police of Anbar) is one subject, so the count after it ("اعتقلت قوة من شرطة الأنبار ثلاثة") is the object's.
    Only an indefinite last word is in construct: after "قوات النظام" a place is the verb's object, not the
    side's."""
    out = []
    for s, e in names:
        last = text[s:e].split()[-1] if text[s:e].split() else ""
        after = next((pe for ps, pe in places if ps > e and not text[e:ps].strip()), None)
        out.append((s, after) if after is not None and not _bare(last).startswith("ال") else (s, e))
    return out


# A unit of the force named after it ("مفارز للجيش", detachments of the army; "قوة من الجيش", a force of the
# army): one word, then the name with "ل" joined to it or after "من".
_UNIT_OF = re.compile(rf"\s*[\u0621-\u064a{_SKIP}]+\s+(?:من\s+|ل)$")


def _counted_members(text: str, gap: str, end: int, lex: ArabicLexicon) -> bool:
    """Whether the words between a verb and a force's name (ending at `end`) are a dual people noun and "من"
    ("عنصران من", "جنديين من"): people of the force counted, two of them, not a unit of it ("قوة من الجيش") that
    did the deed. The count is the dual itself, so it must not be skipped as a subject's unit word. Unless a count
    or people noun follows the name (its nationality adjective allowed): then the two are the verb's subject and
    that count its object ("قتل عنصران من قوات النظام ٦ مدنيين", two of the regime's men killed six civilians)."""
    words = gap.split()
    if not (len(words) == 2 and words[1] == "من" and _dual(_bare(words[0]), lex)):
        return False
    adjective = lex.nationalities.match_at(text, end)
    return not _people_follow(text, lex, adjective[0] if adjective is not None else end)


def _people_follow(text: str, lex: ArabicLexicon, pos: int) -> bool:
    """Whether people are named right after `pos`, counted or not ("٦ مدنيين", "مسلحين", "طفلا"): after a subject
    they are the verb's object, so the people before them are the ones acting, not the toll. People joined by "و"
    or "ف" ("ومدني", "ومدنيون") are no object: a second group of the same toll ("قتل عنصران من قوات النظام ومدني",
    two regime men and a civilian were killed), the commonest shape of a passive toll, whose counts add."""
    counted = _range_at(text, lex, pos)
    noun = _word_at(text, counted[1] if counted is not None else pos)
    if noun is None:
        return False
    word = noun[0]
    if counted is None and word[:1] in _JOINING and _people_noun(word[1:], lex):
        return False
    return _people_noun(word, lex)


# the conjunctions written joined to the next word ("ومدني", and a civilian)
_JOINING = "وف"


def _people_noun(word: str, lex: ArabicLexicon) -> bool:
    """Whether a bare word is a people noun: plural, singular or dual ("مدنيين", "طفلا", "عنصرين")."""
    return bool(word) and bool(lex.plural.find(word) or lex.singular.find(word) or _dual(word, lex))


def _past_names(text: str, pos: int, names: list[tuple[int, int]],
                lex: Optional[ArabicLexicon] = None) -> int:
    """Where the count after a verb at `pos` may start: past the subject when a name follows the verb
    ("اعتقلت قوات النظام 7 مدنيين", arrested the regime forces 7 civilians: verb, subject, object), a unit
    of it ("أوقفت مفارز للجيش 5 عناصر") and the nationality adjective after it ("قتلت القوات المسلحة الأردنية
    أربعة مهربين", the subject named by its function, its country by the adjective)."""
    for s, e in sorted(names):
        gap = text[pos:s]
        if s >= pos and gap.strip() and lex is not None and _counted_members(text, gap, e, lex):
            continue  # "قتل عنصران من قوات سوريا الديمقراطية": the two killed, of the force; no unit acting
        if s >= pos and lex is not None and _bare(gap.strip()) in _SOLDIER_NOUNS and _people_follow(text, lex, e):
            return e  # "قتل جنود أتراك ٣ مسلحين": the soldiers and their nationality the subject, the count after
        if s >= pos and (not gap.strip() or _UNIT_OF.fullmatch(gap)
                         or text[s:s + 1] == "ل" and _UNIT_OF.fullmatch(gap + "ل")):
            if lex is not None:
                adjective = lex.nationalities.match_at(text, e)
                if adjective is not None:
                    return adjective[0]
            return e
    return pos


# "among them": the counts that follow are part of the one before, not added to it
_AMONG_THEM = frozenset({"بينهم", "بينهن", "منهم", "منهن"})


def _and_more(text: str, lex: ArabicLexicon, rng: Range, end: int) -> tuple[Range, int]:
    """A count joined to the one just read by "و" adds to it: "مقتل 6 من المسلحين وعنصرين من قسد" is eight
    killed, as a coder sums the parties' dead. The second count must be a number or vague word before a people
    noun ("و3 أطفال"), or a dual noun ("وعنصرين"); at most MAX_PHRASE_WORDS words ("من المسلحين", "من قسد")
    lie between, with no clause break and no other casualty word (then it is another toll)."""
    pos = end
    for _ in range(MAX_PHRASE_WORDS + 1):
        nxt = _WORD.search(text, pos)
        if nxt is None or _CLAUSE_BREAK.search(text[pos:nxt.start()]):
            break
        word = nxt.group()
        if _bare(word) in _AMONG_THEM:  # "12 مواطنا بينهم 5 أطفال و3 نساء": the counts after are of the 12
            break
        if word.startswith("و"):  # "وعنصرين", "و3" (read as "و" and "3"), "و 3"
            start = nxt.start() + 1
            if any(terms.match_at(text, start) for terms in lex.casualties.values()):
                break
            second = _range_at(text, lex, start)
            if second is not None:
                noun = _word_at(text, second[1])
                of = _word_at(text, second[1]) if noun and noun[0] == "من" else None
                noun = _word_at(text, of[1]) if of else noun
                if noun is not None and (lex.plural.find(noun[0]) or lex.singular.find(noun[0])
                                         or of is not None and plural_relatives(noun[0])):
                    # "وثلاثة من أشقائه": a count of the victim's kin, as of any people noun
                    added = tuple(None if a is None or b is None else a + b for a, b in zip(rng, second[0]))
                    return _and_more(text, lex, added, noun[1])  # type: ignore[arg-type]
                break
            relatives = joined_relatives(lambda at: _word_at(text, at), start, lex.numbers)
            if relatives is not None:  # "شقيقه وابن عمه", "زوجها وأطفالها الثلاثة": the kin joined add to the toll
                added = tuple(None if a is None else a + relatives[0] for a in rng)
                return _and_more(text, lex, added, relatives[1])  # type: ignore[arg-type]
            if len(word) > 1 and _dual(_bare(word[1:]), lex):
                added = tuple(None if a is None else a + 2 for a in rng)
                return _and_more(text, lex, added, nxt.end())  # type: ignore[arg-type]
            if len(word) > 2 and _one_person(_bare(word[1:]), lex) \
                    and not _preposition_namesake(word[1:], text, nxt.end()):
                # "امرأتان وطفل" (two women and a child): a singular people noun after "و" is one more
                added = tuple(None if a is None else a + 1 for a in rng)
                return _and_more(text, lex, added, nxt.end())  # type: ignore[arg-type]
            break
        if any(terms.find(word) for terms in lex.casualties.values()):
            break
        pos = nxt.end()
    return rng, end


def find_arabic_casualties(sentence: Sentence, document_id: str = "",
                           lexicon: Optional[ArabicLexicon] = None,
                           names: Optional[list[tuple[int, int]]] = None) -> Casualties:
    """Killed, injured, abducted, detained and displaced counted in one Arabic sentence; a kind named twice
    keeps its largest count (a toll restated), and each count keeps the words it was read from. Counts are
    ranges read by the English side's convention (`numbers`): "عشرات" is "tens" (10..99), "نحو 20" is about
    20 (20, both bounds open), "أكثر من عشرة" is more than ten (10, no upper bound). `names` are the spans
    (within the sentence) of the actors it names: a verb's subject between the verb and its count."""
    lex = lexicon or load_arabic_lexicon()
    text = sentence.text
    result = Casualties()
    for kind, terms in lex.casualties.items():
        best: Optional[tuple[Range, int, int]] = None
        for s, e, i in terms.find(text):
            if fold(terms.terms[i]) in _STOPPING and not _people_stopped(text, lex, e):
                continue  # "إيقاف ٥ رحلات": five flights stopped, no detainees
            counted = _count_after(text, lex, _past_names(text, e, names or [], lex))
            if counted is not None and _describes_object(text, s, lex):
                continue  # "اعتقلت الشرطة رجلا قتل زوجته": the man held killed before; no toll of this event
            if counted is not None:
                counted = _and_more(text, lex, *counted)
            before = _count_before(text, lex, s) if counted is None else None
            if before is not None and _counted_by_other_kind(text, lex, kind, before[1]):
                before = None
            if counted is None and before is None:
                before = _count_of_subject(text, lex, s)
            if counted is None and before is None:
                # past the verb's subject, as for a count right after it ("اعتقلت القوات، فجر اليوم، أربعة")
                counted = _count_across_phrase(text, lex, _past_names(text, e, names or [], lex))
            if counted is not None:
                rng, span = counted[0], (s, counted[1])
            elif before is not None:
                rng, span = before[0], (before[1], e)
            else:
                continue
            if best is None or _size(rng) > _size(best[0]):
                best = (rng, *span)
        if best is not None:
            (low, value, high), s, e = best
            ev = Evidence.within(sentence, document_id, kind, s, e)
            setattr(result, kind, Quantity(low, value, high, raw=text[s:e], evidence=ev))
    return result


# --- date ----------------------------------------------------------------------------------------------------


def find_arabic_date(sentence: Sentence, published_at: Optional[datetime], document_id: str = "",
                     lexicon: Optional[ArabicLexicon] = None) -> Optional[tuple[str, int, Evidence]]:
    """(ISO date, precision, evidence) of "3 آذار", "11 حزيران 2024", a weekday alone ("يوم الخميس") or
    "أمس" / "اليوم" (yesterday / today, from the publication day, or from an agency's dateline day written in
    figures, "رام الله 28-5-2024 وفا-", which is also the date where the sentence names no other);
    day and month are parsed by dateparser with languages=["ar"], the Levantine month names first mapped
    to those its Arabic locale knows."""
    lex = lexicon or load_arabic_lexicon()
    text = fold(sentence.text)
    months = "|".join(sorted((re.escape(m) for m in lex.months), key=len, reverse=True))
    m = re.search(rf"(?<![0-9٠-٩])([0-9٠-٩]{{1,2}})\s+(?:من\s+)?(?:شهر\s+)?({months})(?![\u0621-\u064a])"
                  rf"(?:\s+(?:عام\s+|سنه\s+)?([0-9٠-٩]{{4}}))?", text)
    if m:
        day = m.group(1).translate(_DIGITS)
        year = m.group(3).translate(_DIGITS) if m.group(3) else ""
        parsed = _parse_ar(f"{day} {lex.months[m.group(2)]} {year}".strip(), published_at)
        if parsed is not None:
            if published_at is not None and not year and parsed > published_at.date():
                parsed = parsed.replace(year=parsed.year - 1)  # a day and month after the report: last year's
            return parsed.isoformat(), DATE_PRECISION_DAY, Evidence.within(
                sentence, document_id, "date", m.start(), m.end())
    written = _ordinal_date(text, lex, months)
    if written is not None:
        (day, month, year), (start, end) = written
        parsed = _parse_ar(f"{day} {lex.months[month]} {year}".strip(), published_at)
        if parsed is not None:
            if published_at is not None and not year and parsed > published_at.date():
                parsed = parsed.replace(year=parsed.year - 1)
            return parsed.isoformat(), DATE_PRECISION_DAY, Evidence.within(sentence, document_id, "date", start, end)
    # "يوم ٢٠ ذي القعدة ١٤٤٥هـ", "10/1/1446هـ": a Hijri day with no Gregorian one beside it, whatever the
    # publication day; a weekday written right beside it chooses among the day before, of and after it
    hijri = _event_hijri_day(text, published_at)
    if hijri is not None:
        day, span = hijri
        weekday = _weekday_beside(text, span, lex)
        if weekday is not None:
            day = on_weekday(day, weekday)
        return day.isoformat(), DATE_PRECISION_DAY, Evidence.within(sentence, document_id, "date", *span)
    dateline = _numeric_date(text)
    if dateline is not None:
        # "رام الله 28-5-2024 وفا- ... فجر اليوم": a dateline's day is the report's own, from which its "today",
        # "yesterday" and weekdays count, as the publication day's would
        day, span = dateline
        published_at = datetime(day.year, day.month, day.day, 12, 0)
        if not _RELATIVE_DAY.search(text) and not any(
                re.search(rf"(?<![\u0621-\u064a]){re.escape(d)}(?![\u0621-\u064a])", text) for d in lex.weekdays):
            return day.isoformat(), DATE_PRECISION_DAY, Evidence.within(sentence, document_id, "date", *span)
    if published_at is None:
        return None
    days = "|".join(re.escape(d) for d in lex.weekdays)
    named = list(re.finditer(rf"(?<![\u0621-\u064a])(?:[وف]?(?:يوم|ليله|مساء|صباح|فجر|ظهر|عصر)\s+)?({days})"
                             rf"(?![\u0621-\u064a])", text))
    # "أعلنت الخلية اليوم السبت ... مساء الخميس": a weekday after "اليوم" (today) names the report's day; another
    # weekday the sentence names is the event's
    m = next((d for d in named if not _TODAY_BEFORE.search(text, 0, d.start())), named[0] if named else None)
    if m:
        back = (published_at.weekday() - lex.weekdays[m.group(1)]) % 7
        day = (published_at - timedelta(days=back)).date()
        return day.isoformat(), DATE_PRECISION_DAY, Evidence.within(sentence, document_id, "date", m.start(), m.end())
    # a named day before "today": "أمس" says more about the event than "اليوم", which often dates the report
    found = sorted(_RELATIVE_DAY.finditer(text), key=lambda r: r.group(2) == "اليوم")
    if found:
        m = found[0]
        back = 2 if m.group(1) else (1 if m.group(2) == "امس" else 0)
        day = (published_at - timedelta(days=back)).date()
        return day.isoformat(), DATE_PRECISION_DAY, Evidence.within(sentence, document_id, "date", m.start(), m.end())
    return None


def _event_hijri_day(text: str, published_at: Optional[datetime]) -> Optional[tuple[date, tuple[int, int]]]:
    """The first Hijri day of `text` (folded) that may be the event's; None where none may.

    A day tied to another noun ("ولد في"، "عيد الفطر الذي صادف"، "بيان مؤرخ في") is a birth's, a feast's or a
    statement's where the sentence writes a relative day ("أمس", "فجر اليوم"), which then dates the event; with no
    relative day it is the event's only near the publication day ("قتل طفل يوم عيد الفطر ١ شوال ١٤٤٥هـ"). A day
    over a year before publication is the event's only with "هـ" after its year and no such noun before it (a
    report recounting an old attack: "الهجوم الذي وقع في ١ محرم ١٤٤٠هـ"); unmarked, it is a count after a month
    ("١٢ رجب ١٤٠٠ جندي"). A day after the publication day (by more than the calendars' drift) is no event's."""
    relative = _RELATIVE_DAY.search(text) is not None
    for day, span, marked in chain(hijri_days(text), hijri_figures(text)):
        before = (published_at.date() - day).days if published_at is not None else 0
        if before < -_HIJRI_AFTER_PUBLICATION:
            continue
        tied = dates_another_noun(text, span)
        if tied and (relative or before > _HIJRI_BEFORE_PUBLICATION):
            continue
        if before > _HIJRI_BEFORE_PUBLICATION and not marked:
            continue
        return day, span
    return None


# How many days before the publication day a Hijri day may be the event's (a report of last year's raid at the
# most), and after it (the report's calendar a day ahead): a day further off is a birthday or an era's, no event's.
_HIJRI_BEFORE_PUBLICATION = 366
_HIJRI_AFTER_PUBLICATION = 1
# The most words between a weekday and the Hijri day after it for the weekday to be that day's ("الخميس الموافق
# ٢٢", "يوم الخميس، ٢٢"); after the day only a comma or nothing may part them ("١٤٤٥هـ، الخميس"): "بعد صلاة الجمعة"
# after the date says when within it, no weekday of its own.
_WEEKDAY_GAP_WORDS = 2
# (its own name: `_WORD` above splits the casualty phrases, short vowels and all, and must stay that one)
_GAP_WORD = re.compile(r"[\u0621-\u064a0-9٠-٩]+")
# the only words that may part a weekday from the Hijri day after it: those that join a day to its date. Any other
# ("أعلنت الشرطة الأربعاء مقتل شاب ٢٠ ذي القعدة") makes the weekday another verb's, the announcement's.
_WEEKDAY_LINKS = frozenset(fold(w) for w in ("الموافق", "الموافقة", "المصادف", "يوم", "في", "بتاريخ", "تاريخ"))


def _weekday_beside(text: str, span: tuple[int, int], lex: ArabicLexicon) -> Optional[int]:
    """The weekday (Monday 0) written right before the Hijri day at `span` of `text` (folded), or right after it;
    None where no weekday stands there."""
    days = "|".join(re.escape(d) for d in lex.weekdays)
    # Only the words up to one past the most allowed are read between a weekday and the day (a report of
    # thousands of weekdays before its date read each one's whole way to it, the square of the text's length),
    # and the first word after the day is found once.
    after = _GAP_WORD.search(text, span[1])
    for m in re.finditer(rf"(?<![\u0621-\u064a])({days})(?![\u0621-\u064a])", text):
        between = [w.group() for w in islice(_GAP_WORD.finditer(text, m.end(), span[0]), _WEEKDAY_GAP_WORDS + 1)] \
            if m.end() <= span[0] else None
        if between is not None and len(between) <= _WEEKDAY_GAP_WORDS and all(w in _WEEKDAY_LINKS for w in between) \
                or m.start() >= span[1] and (after is None or after.start() >= m.start()):
            return lex.weekdays[m.group(1)]
    return None


# A day written in figures, day first, as Arabic agencies' datelines write it ("28-5-2024", "٢٨/٥/٢٠٢٤").
_NUMERIC_DAY = re.compile(r"(?<![0-9٠-٩/-])([0-9٠-٩]{1,2})[-/]([0-9٠-٩]{1,2})[-/]([0-9٠-٩]{4})(?![0-9٠-٩/-])")


def _numeric_date(text: str) -> Optional[tuple[date, tuple[int, int]]]:
    """The first valid day written in figures (day-month-year) and its span; None where there is none."""
    for m in _NUMERIC_DAY.finditer(text):
        d, mo, y = (int(g.translate(_DIGITS)) for g in m.groups())
        try:
            return date(y, mo, d), (m.start(), m.end())
        except ValueError:
            continue
    return None


_TODAY_BEFORE = re.compile(r"(?<![\u0621-\u064a])اليوم\s+$")


def _ordinal_date(text: str, lex: ArabicLexicon, months: str) -> Optional[tuple[tuple[int, str, str], tuple[int, int]]]:
    """((day, month word, year), span) of a day written as an ordinal before "من" and a month ("الثالث والعشرين من
    مايو"): the unit, "عشر" adding ten, "والعشرين" / "والثلاثين" adding twenty or thirty. `text` is folded."""
    if not lex.ordinals:
        return None
    words = "|".join(sorted((re.escape(w) for w in lex.ordinals), key=len, reverse=True))
    m = re.search(rf"(?<![\u0621-\u064a])({words})(\s+عشر)?(?:\s+و(العشرين|الثلاثين))?\s+من\s+(?:شهر\s+)?({months})"
                  rf"(?![\u0621-\u064a])(?:\s+(?:عام\s+|سنه\s+)?([0-9٠-٩]{{4}}))?", text)
    if m is None:
        return None
    day = lex.ordinals[m.group(1)] + (10 if m.group(2) else 0) + (lex.ordinals[m.group(3)] if m.group(3) else 0)
    if not 1 <= day <= 31 or (m.group(2) and lex.ordinals[m.group(1)] >= 10):
        return None
    return (day, m.group(4), m.group(5).translate(_DIGITS) if m.group(5) else ""), (m.start(), m.end())


# "اليوم" (today), "أمس" (yesterday), "أول أمس" (the day before), alone or after a time of day ("فجر اليوم",
# "مساء أمس"), as the English side dates "today" and "yesterday" from the publication day; "اليوم التالي"
# (the next day) names another day. A date or weekday the sentence names comes first.
_RELATIVE_DAY = re.compile(r"(?<![\u0621-\u064a])(?:[وف]?(?:يوم|ليله|مساء|صباح|فجر|ظهر|عصر)\s+)?(اول\s+)?(امس|اليوم)"
                           r"(?![\u0621-\u064a])(?!\s+(?:التالي|السابق))")


def _parse_ar(text: str, published_at: Optional[datetime]) -> Optional[date]:
    import dateparser  # loaded only when an Arabic date is there to read

    settings = {"PREFER_DATES_FROM": "past", "DATE_ORDER": "DMY", "REQUIRE_PARTS": ["day", "month"]}
    if published_at is not None:
        settings["RELATIVE_BASE"] = datetime(published_at.year, published_at.month, published_at.day, 23, 59)
    parsed = dateparser.parse(text, languages=["ar"], settings=settings)
    return parsed.date() if parsed is not None else None


# --- modality ------------------------------------------------------------------------------------------------


def find_arabic_modality(sentence: Sentence, document_id: str = "",
                         lexicon: Optional[ArabicLexicon] = None) -> tuple[str, Optional[Evidence]]:
    """denied > demanded > hypothetical > alleged > asserted, as `modality.find_modality` ranks them."""
    lex = lexicon or load_arabic_lexicon()
    # "قتل ثلاثة في غارات …، فيما زعمت واشنطن أنها استهدفت مواقع عسكرية": a clause of contrast after the event
    # tells another party's version; the event keeps the modality its own clause gives it
    contrast = _CONTRAST.search(sentence.text)
    told = sentence.text[:contrast.start()] if contrast is not None else sentence.text
    for kind in ("denied", "demanded", "hypothetical", "alleged"):
        terms = lex.modality.get(kind)
        found = terms.find(told) if terms is not None else []
        if found:
            s, e, _ = found[0]
            return kind, Evidence.within(sentence, document_id, "modality", s, e)
    return "asserted", None


# A clause of contrast opened after a comma: "، فيما" (while), "، بينما", "، في حين".
_CONTRAST = re.compile(r"[،,]\s*(?:[وف]?فيما|[وف]?بينما|في\s+حين)(?![\u0621-\u064a])")


# --- actor roles ---------------------------------------------------------------------------------------------

_CLAUSE_BREAK = re.compile(r"[،,.;؛:!?()\n]")
_ARMED = (1, 2, 3, 4, 8)
_STATES = (1, 8)  # a state's forces at home, and outside it


def arabic_roles(text: str, spans: list[tuple[int, int]], inters: list[Optional[int]],
                 lexicon: Optional[ArabicLexicon] = None) -> list[str]:
    """One role per actor span (actor1 | actor2 | associated), read from Arabic word order and markers.

    Reports put the verb first ("قصفت قوات النظام مواقع الفصائل"): the actor right after a verb of violence
    (or an attack noun or weapon it is the owner of: "غارات التحالف", "طائرات التحالف") acted, a second actor
    after the same verb is its object. Markers before an actor decide first: an agent phrase ("من قبل",
    "على يد", "بقصف من", "شنه") makes it the one who acted, a target word ("على", "ضد", "مع", "مواقع") the
    one acted on, counted people of it ("ثلاثة عناصر من") the harmed, a speaker ("بحسب", "أفاد") or a frame
    ("مناطق سيطرة", "المدعومة من") neither. Civilians are only ever targets, unless they speak or frame."""
    lex = lexicon or load_arabic_lexicon()
    roles = [_arabic_role(text, spans, k, lex) for k in range(len(spans))]
    for k in range(1, len(spans)):
        if roles[k - 1] is not None and inters[k - 1] in _STATES and inters[k] in _STATES \
                and not text[spans[k - 1][1]:spans[k][0]].strip():
            # "طيران العدوان الأمريكي البريطاني": two states' adjectives of one noun, written one after the
            # other, name one side
            roles[k] = roles[k - 1]
    # protesters named right after a word of harm ("مقتل متظاهر") suffered it; an armed actor's people are
    # read as counted members ("مقتل عنصرين من"), and a verb of harm before a force is its own ("اعتقلت قوات")
    counted = [_counted_after_harm(text, a, lex) for a, _b in spans]
    roles = ["actor2" if inter == 6 and any(_ends_here(terms, text, a) for terms in lex.casualties.values())
             or hit else role for role, inter, (a, _b), hit in zip(roles, inters, spans, counted)]
    if any(counted) and "actor1" not in roles:
        _clash_partner_acts(text, spans, roles, counted)
    out: list[str] = []
    has_actor1 = any(r == "actor1" and inter != 7 for r, inter in zip(roles, inters))
    for role, inter, span in zip(roles, inters, spans):
        if inter == 7:
            # civilians are only ever acted on; a civilian body that speaks or frames ("وأفاد الدفاع المدني"),
            # or heads its own statement ("الدفاع المدني السوري: قتل مدنيان"), is neither side
            role = "associated" if role == "associated" or _heads_statement(text, span) else "actor2"
        elif role is None:
            if not has_actor1:
                role, has_actor1 = "actor1", True
            else:
                role = "associated"
        out.append(role)
    return out


# A statement's header: the sender's name opens the text and a colon ends it, at most two words after the name
# ("الدفاع المدني السوري:", "فريق منسقو الاستجابة:").
_HEADER_END = re.compile(r"\s*(?:[\u0621-\u064a\u064b-\u0652]+\s*){0,2}:")


def _heads_statement(text: str, span: tuple[int, int]) -> bool:
    """Whether the actor at `span` is the sender named in a statement's header, before its colon."""
    return not text[:span[0]].strip(" \t\n\"'«-") and _HEADER_END.match(text, span[1]) is not None


# "من" (of) and the nouns of a side's members written in construct before its name ("من عناصر X", "من مسلحي X": of
# X's members, gunmen), between a count and the side it counts; "من" itself is arabic_first_act.OF.
_MEMBERS_OF = frozenset(fold(w) for w in ("عناصر", "مسلحي", "مقاتلي", "أفراد", "جنود", "منتسبي"))


def _clash_partner_acts(text: str, spans: list[tuple[int, int]], roles: list[Optional[str]],
                        counted: list[bool]) -> None:
    """"قتل ٤ من مسلحي X في اشتباك مع الجيش": the side fought "with" (مع) is the target word's actor2 only while
    the sentence names another who acted; once the counted side is the one harmed, the partner of its fight is
    the other side, actor1 (set in `roles`), as a coder types the army that fought the dead gunmen. Every partner
    is: one named by its men ("مع مسلحي داعش"), a second after "ومع" (and with), and one joined to a partner by
    "و" ("مع الجيش والحشد"), who fought on the first partner's side."""
    partner_end: Optional[int] = None
    for k, (a, b) in enumerate(spans):
        if counted[k] or roles[k] not in ("actor2", None):
            continue
        before = text[:a].split()
        if before and fold(before[-1]) in _MEMBERS_OF:
            before = before[:-1]  # "مع مسلحي داعش": with the group's gunmen
        joined = partner_end is not None and text[partner_end:a].strip() == _AND
        if joined or before and fold(before[-1]) in _WITH:
            roles[k], partner_end = "actor1", b


_WITH = frozenset(fold(w) for w in ("مع", "ومع"))
_AND = "و"  # written joined to the next name, which an actor's span leaves out ("والحشد الشعبي")


def _counted_after_harm(text: str, pos: int, lex: ArabicLexicon) -> bool:
    """Whether the actor at `pos` is counted right after a word of killing or wounding ("قتل أربعة عسكريين",
    four soldiers were killed; "إصابة 3 مجندين"): the people counted suffered it. Written without vowels,
    "قتل" is as often the passive as the active verb, so the count, which no subject takes, tells them apart."""
    words = text[:pos].split()
    if len(words) >= 3 and fold(words[-2]) == OF and fold(words[-1]) in _MEMBERS_OF:
        words = words[:-2]  # "قتل ٥ من مسلحي حركة الشباب": five of the group's gunmen, the count is of its members
    elif len(words) >= 2 and fold(words[-1]) == OF:
        words = words[:-1]  # "قتل ٣ من الشرطة", "من عناصر الشرطة" read whole as the force: of it, counted
    if not words:
        return False
    last = words[-1]
    if not (last.isdigit() or fold(last) in lex.numbers):
        return False
    # killing and wounding only: an arrest counts protesters, who stay the protest's own side
    return any(_ends_here(lex.casualties[kind], text, text.rindex(last, 0, pos)) for kind in _HARM_KINDS
               if kind in lex.casualties)


def _ends_here(terms: Terms, text: str, pos: int, within: int = 40) -> Optional[tuple[int, int]]:
    """(start, index) of a term of `terms` that ends right before `pos` (spaces between), or None."""
    window = max(0, pos - within)
    hits = [(s, i) for s, e, i in terms.find(text[window:pos]) if not text[window + e:pos].strip()]
    return (window + hits[-1][0], hits[-1][1]) if hits else None


def _words_between(text: str, start: int, end: int) -> Optional[int]:
    """How many words lie between two places of one clause; None when a clause break lies between."""
    gap = text[start:end]
    return None if _CLAUSE_BREAK.search(gap) else len(gap.split())


# Words for an organisation written before its name ("تنظيم داعش", "جماعة الحوثي"), with or without the article.
_ORG_WORDS = frozenset(fold(w) for w in ("تنظيم", "التنظيم", "جماعة", "الجماعة", "حركة", "الحركة", "فصيل",
                                          "الفصيل", "ميليشيا", "الميليشيا", "مليشيا", "المليشيا", "هيئة", "الهيئة",
                                          # a source's words for the group's men ("من عصابات داعش", "من خلايا")
                                          "عصابات", "العصابات", "عصابة", "خلايا", "خلية"))
# Nouns of armed forces (with or without the article): an actor owning one of them is its sponsor.
_FORCE_NOUNS = frozenset(fold(w) for w in ("فصائل", "الفصائل", "فصيل", "الفصيل", "ميليشيات", "الميليشيات",
                                            "ميليشيا", "الميليشيا", "مجموعات", "المجموعات", "قوات", "القوات",
                                            "كتائب", "الكتائب", "ألوية", "الألوية"))
_ARMY_NOUNS = frozenset(fold(w) for w in ("الجيش", "جيش"))  # a state's army, whose adjective names the state
# soldiers counted (the plural and the dual), whose nationality adjective after them names their state's forces
# ("جنود صوماليين", "جنديان إسرائيليان")
_SOLDIER_NOUNS = frozenset(fold(w) for w in ("جنود", "الجنود", "جنديين", "جنديان", "الجنديين", "الجنديان"))


# the nouns a derived nisba names a state's forces after: soldiers (one, two, many), forces and an army
_ACCUSATIVE_SOLDIER = fold("جنديا")  # "قتلوا جنديا هنديا": the one soldier as the verb's object
_ARMED_MEN = _SOLDIER_NOUNS | _ARMY_NOUNS | frozenset(fold(w) for w in ("جندي", "الجندي", "قوات", "القوات")) \
    | {_ACCUSATIVE_SOLDIER}


def _soldiers_acting(text: str, start: int, end: int, lex: ArabicLexicon) -> bool:
    """Whether the nationality adjective at start..end follows a word for soldiers and people follow it ("قتل جنود
    أتراك ٣ مسلحين", Turkish soldiers killed three gunmen): the soldiers are the verb's subject and the people after
    them its object, so the soldiers' state acted, however the clause's verb harms."""
    prev = _word_before(text, start)
    # a count before the soldiers ("ثلاثة جنود أتراك") is a toll's: counted soldiers are the ones harmed
    return (prev is not None and _bare(prev.group(1)) in _SOLDIER_NOUNS and _people_follow(text, lex, end)
            and _count_before(text, lex, prev.start(1)) is None)


def _describes_object(text: str, verb: int, lex: ArabicLexicon) -> bool:
    """Whether the casualty verb at `verb` comes right after one person named in the accusative ("رجلا", "شابا":
    the object of the verb before): the verb opens a clause that describes that person ("اعتقلت الشرطة رجلا قتل
    زوجته", the police arrested a man who killed his wife), a deed of before, not this event's toll. A word joined
    by "و" ("مدنيا وإصابة ٤٠") goes on the toll, and a counted noun ("١٥ مدنيا") is a toll's, not an object."""
    if text[verb:verb + 1] in "وف":
        return False
    prev = _word_before(text, verb)
    if prev is None:
        return False
    word = _bare(prev.group(1))
    return (len(word) > 3 and word.endswith("ا") and _one_person(word[:-1], lex)
            and _count_before(text, lex, prev.start(1)) is None)


def _counted_subject(text: str, marker: int, end: int, lex: ArabicLexicon) -> bool:
    """Whether the actor ending at `end` has its people counted before the "من" at `marker` ("جنديان من الجيش",
    "٣ عناصر من التنظيم") and people follow it (its nationality adjective allowed): "قتل جنديان من الجيش السوري ٤
    مسلحين" is two soldiers of the army who killed four gunmen, the verb's subject and object."""
    adjective = lex.nationalities.match_at(text, end)
    return (_people_follow(text, lex, adjective[0] if adjective is not None else end)
            and _harmed_people_before(text, marker, lex))


def _army_noun(word: str) -> bool:
    """Whether a word is the army, also with a joined letter ("للجيش" of the army: ل + ال is written لل;
    "والجيش", "بالجيش")."""
    bare = _bare(word)
    if bare.startswith("لل"):
        bare = "ا" + bare[1:]
    elif bare[:1] in "وفب" and bare[1:3] == "ال":
        bare = bare[1:]
    return bare in _ARMY_NOUNS


_OWNER = re.compile(r"(?<![\u0621-\u064a])(?:ال)?تابع(?:ه|ين|ون|ان|تين|تان)?\s*$")


def _people_or_force(word: str, lex: ArabicLexicon) -> bool:
    """Whether a word names people or a force, which may be the subject right after a verb ("هاجم مسلحون
    تابعون ل..."), where a thing after the verb can only be its object. A plural in "ون" is written so only as a
    subject."""
    bare = _bare(word)
    return bool(lex.plural.find(word) or lex.singular.find(word) or _dual(bare, lex)
                or bare in _FORCE_NOUNS or bare.endswith("ون"))


# Words of the thing hit that may stand between "على" and its owner ("على عجلة عسكرية للجيش"): the noun and
# its adjective.
_OWNED_WORDS = 2


def _joined_owner_hit(text: str, start: int, lex: ArabicLexicon) -> tuple[bool, Optional[str]]:
    """The owner written with a joined "ل" right after the thing a blast or a strike fell on ("انفجرت عبوة على
    عجلة عسكرية للجيش العراقي", on an Iraqi army vehicle; "عبوة استهدفت مدرعة للجيش", the object of a weapon's
    verb of attack): the side acted on, as "تابعة ل" says it; the thing
    is no people or force ("على عناصر للجيش" is read by the order of the sentence). `start` is at the "ل"."""
    if not text[start:start + 1] == "ل":
        return False, None
    words = _CLAUSE_BREAK.split(text[:start])[-1].split()
    for k in range(max(0, len(words) - _OWNED_WORDS - 1), len(words) - 1):
        if fold(words[k]) == "علي" and not _people_or_force(words[k + 1], lex):  # the noun, not its adjective
            return True, "actor2"
    for k in range(max(1, len(words) - _OWNED_WORDS), len(words)):
        if _weapon_on_target(words, k, lex):
            return True, "actor2"
    if len(words) >= 3 and lex.roles["verbs"].find(words[-2]) and not _people_or_force(words[-1], lex) \
            and default_lexicon().match_arabic(" ".join(words[-4:-2])):
        # "عبوة ناسفة استهدفت مدرعة للجيش": a weapon before the verb is its subject, the thing after it was hit
        # (right after the verb with none before, a thing is as often the subject: "قصفت دبابات للجيش")
        return True, "actor2"
    return False, None


def _weapon_on_target(words: list[str], k: int, lex: ArabicLexicon) -> bool:
    """"انفجرت عبوة ناسفة بدورية راجلة للجيش": a word of the thing hit with "ب" joined to it ("on a patrol"), right
    after a weapon's name, is what the weapon went off on, as it is after "على"; the owner after it was hit. The
    weapon before it keeps "ب" from reading "with" ("قصفت القوات بدبابات للجيش" names no weapon before it). A military
    vehicle is such a thing here too ("عبوة ناسفة بعجلة عسكرية للجيش", the lexicon's `vehicles`)."""
    word = words[k]
    if len(word) > 4 and word[0] in "وف" and word[1] == "ب":
        word = word[1:]  # "وبدورية": "and" before the joined "on"
    hit = word[1:]
    struck = lex.roles["target"].find(hit) or lex.roles["vehicles"].find(hit)
    return len(word) > 3 and word[0] == "ب" and bool(struck) \
        and bool(default_lexicon().match_arabic(" ".join(words[max(0, k - 2):k])))


def _patrol_named_hit(text: str, start: int, end: int, lex: ArabicLexicon) -> bool:
    """"انفجرت عبوة ناسفة بدورية للشرطة": an actor whose own name opens with the thing hit ("دورية للشرطة", the
    police's patrol, listed whole) and "ب" joined to it, right after a weapon, was hit, as `_weapon_on_target`
    reads the owner after such a word."""
    words = _CLAUSE_BREAK.split(text[:start])[-1].split()[-2:] + text[start:end].split()[:1]
    return len(words) == 3 and _weapon_on_target(words, 2, lex)


# The owner after a thing (an adjective between them at most): its joined "ل" with the article ("للجيش") or
# "تابعة ل".
_OWNER_AFTER = re.compile(r"\s+(?:[\u0621-\u064a]+\s+)?(?=لل|(?:ال)?تابع)")


def _thing_hit(text: str, end: int, lex: ArabicLexicon) -> bool:
    """Whether the weapon or vehicle named before `end` is the thing a side's attack hit, its owner the side acted
    on ("استهدفت مدرعة للجيش", an armoured vehicle of the army): what was hit, no weapon used."""
    after = _OWNER_AFTER.match(text, end)
    if after is None:
        return False
    between = text[end:after.end()].split()
    if between and _weapon_on_target([*text[:end].rsplit(None, 2)[-2:], between[0]], 2, lex):
        # "عبوة ناسفة بدورية للجيش": the word between is what the weapon went off on ("on a patrol"), the
        # owner after it that thing's: the weapon was used, the thing after it hit
        return False
    at = after.end()
    if text.startswith("لل", at):
        return _joined_owner_hit(text, at, lex) == (True, "actor2")
    tail = re.match(r"(?:ال)?تابع\S*\s+", text[at:])
    return tail is not None and _owner_role(text, at + tail.end(), lex) == (True, "actor2")


# A bare "مسيرة" owned by a side ("استهدفت مسيرة تابعة للدعم السريع"): a drone that belongs to a side is that side's
# weapon, as "طائرة مسيرة تابعة" is; a march is organised ("نظمها"), not owned.
_BARE_DRONE = re.compile(r"^[وف]?(?:ال)?مسير(?:ه|ات)$")


# Verbs of shooting down and intercepting ("أسقطت", "اعترضت", "تصدت ل"), past forms and verbal nouns: "يسقط" and "تسقط"
# are left out, as often "falls" ("سقطت مسيرة تابعة للجيش", the army's drone crashed, names no other side).
_SHOT_DOWN = re.compile(r"^[وف]?(?:اسقط(?:ت|وا|نا)?|اسقاط|اعترض(?:ت|وا|نا)?|[يت]عترض|اعتراض|[يت]?تصد(?:ى|ي|ت|وا)|التصدي)$")
# the words of the subject a shoot-down verb may stand before the aircraft by ("أسقطت قوات الدعم السريع مسيرة")
_SHOT_DOWN_REACH = 5


# "أسقط" also means "dropped": "أسقطت مسيرة تابعة لـ X قذائف" (X's drone dropped shells), the drone its subject
_DROPPED = re.compile(r"^[وف]?اسقط(?:ت|وا|نا)?$")
# the aircraft's head nouns, folded, that may stand before "مسيرة" as one thing with it ("طائرة مسيرة")
_AIRCRAFT_HEADS = frozenset(fold(w) for w in ("طائرة", "طائرات", "الطائرة", "الطائرات"))


def _shot_down(clause: str) -> bool:
    """Whether the aircraft or drone ending `clause` is the object of a verb of shooting down or intercepting,
    within a few words before it: its owner was then acted on ("أسقطت قوات X مسيرة تابعة للجيش", X shot down the
    army's drone), not the side that acted. A form of "أسقط" right before the aircraft, no subject between, is
    "dropped" with the drone its subject ("أسقطت طائرة مسيرة تابعة للجيش قنبلة"): the owner acted; unless a force
    stands before the verb as its subject ("قوات الدعم السريع أسقطت مسيرة", the subject first)."""
    words = [fold(without_short_vowels(w)) for w in clause.split()]
    thing = 2 if len(words) >= 2 and words[-2] in _AIRCRAFT_HEADS else 1
    for k in range(max(0, len(words) - _SHOT_DOWN_REACH - 2), len(words) - 1):
        if _SHOT_DOWN.match(words[k]) and not (_DROPPED.match(words[k]) and k == len(words) - thing - 1
                                               and not _force_before(words, k)):
            return True
    return False


# the words before a verb a force's name may take ("قوات الدعم السريع أسقطت": three)
_SUBJECT_REACH = 4
# fighters named by a sound plural in "ون", folded, with or without the article: a subject before its verb
# ("المسلحون أسقطوا"). Listed, as "ون" alone also ends months and places ("كانون الثاني", "حي الزيتون").
_FIGHTER_PLURALS = re.compile(r"^(?:ال)?(?:مسلح|مقاتل|حوثي|مقاوم|متمرد|انفصالي|مهاجم|جهادي|متشدد|ارهابي)ون$")
# particles a subject may follow ("إن قوات الدعم السريع أسقطت", "ثم الفصائل"), folded: after anything else (a
# preposition, a noun it is in construct with: "من انسحاب القوات") a force's noun is no subject
_SUBJECT_OPENERS = frozenset(fold(w) for w in ("إن", "أن", "لكن", "ثم", "فيما", "بينما", "حيث", "كما", "وإن", "وأن"))


# verbs of saying or claiming that open a clause, folded, with a joined "و"/"ف": the force right after one is its
# subject, and the speaker of what follows ("أعلنت قوات الجيش أنها أسقطت", "زعمت قوات الدعم السريع أنها أسقطت")
_SAYING = re.compile(r"^[وف]?(?:اعلن|قال|زعم|اكد|ذكر|افاد|ادع|ادعي|صرح|كشف|اوضح|اشار|نفي|تبن|تبني)(?:ت|وا)?$")
# the pronoun-carrying "that" right before the verb ("أنها أسقطت"): its subject is the force named before it
_THAT_IT = re.compile(r"^[وف]?[اإأ]ن(?:ه|ها|هم)$")


def _force_noun(word: str) -> bool:
    """Whether a folded word is a force's noun ("قوات", "الجيش") or a listed fighters' plural ("المسلحون")."""
    bare = _bare(word)
    return bare in _FORCE_NOUNS or bare in _ARMY_NOUNS or _FIGHTER_PLURALS.match(bare) is not None


def _force_before(words: list[str], k: int) -> bool:
    """Whether a force's noun ("قوات", "الفصائل", "الجيش") or a fighters' plural ("المسلحون") opens a phrase among
    the few folded words before word k, in its clause: the subject written before its verb. It opens one first in
    the clause or right after a particle (`_SUBJECT_OPENERS`); after a preposition or a noun ("في حي الزيتون",
    "بعد انسحاب القوات") it is that word's object or its construct's end. A force right after a clause-opening
    verb of saying is that verb's subject and so the subject of what it says ("أعلنت قوات الجيش أنها أسقطت"),
    and where "أنها"/"إنه"/"أنهم" stands right before the verb any force within reach is the one it points back to."""
    if k >= 2 and _SAYING.match(_bare(words[0])) and _force_noun(words[1]):
        return True
    that_it = k >= 1 and _THAT_IT.match(_bare(words[k - 1])) is not None
    for p in range(max(0, k - _SUBJECT_REACH), k):
        if _force_noun(words[p]) and (that_it or p == 0 or _bare(words[p - 1]) in _SUBJECT_OPENERS):
            return True
    return False


def _owner_role(text: str, start: int, lex: ArabicLexicon) -> tuple[bool, Optional[str]]:
    """The role of an actor named as the owner of the thing before it ("طائرة مسيرة تابعة للتحالف", a drone
    belonging to the coalition; "عجلة عسكرية تابعة للجيش", a vehicle belonging to the army): the owner of the
    weapon or aircraft acted, the owner of what was hit was acted on, the owner of anything else frames the
    place ("associated", as before). (whether an owner word stands before it, the role it gives)."""
    owner = _OWNER.search(fold(text[:start]))
    if owner is None:
        return _joined_owner_hit(text, start, lex)
    clause = _CLAUSE_BREAK.split(text[:owner.start()])[-1]
    thing = " ".join(clause.split()[-2:])  # the owned noun and its adjective: "طائرة مسيرة", "عجلة عسكرية"
    if lex.roles["target"].find(thing):
        return True, "actor2"
    if lex.aircraft.find(thing) or default_lexicon().match_arabic(thing) \
            or _BARE_DRONE.match(fold(without_short_vowels(thing.split()[-1]))):
        return True, "actor2" if _shot_down(clause) else "actor1"
    if lex.roles["target"].find(" ".join(clause.split()[-5:])):  # "على عجلة عسكرية تابعة"
        return True, "actor2"
    words = clause.split()
    if len(words) >= 2 and lex.roles["verbs"].find(words[-2]) and not _people_or_force(words[-1], lex):
        return True, "actor2"  # "استهدفت عجلة تابعة للحشد": a thing right after a verb of attack was hit
    if any(_bare(w) in _FORCE_NOUNS for w in clause.split()[-3:]) or lex.plural.find(thing):
        return True, "associated"  # "الفصائل التابعة لتركيا": the sponsor of a force
    return True, None  # the owner of a prison or a vehicle: the order of the sentence decides


# "أعلن الجيش أن قواته صدت هجوما", "قال المركز ... إن مقاتليه صدوا": the forces (or fighters) of the side just
# named, then their verb.
_OWN_FORCES = re.compile(r"\s+(?:[^\s،,.]+\s+){0,2}?[أاإ]ن\s+(?:قوات|وحدات|عناصر|مقاتلي|مقاتلو)(?:ها|ه|نا)\s+"
                         r"([\u0621-\u064a]+)")
# Verbs of repelling an attack ("صدت هجوما", "تصدت لهجوم"): the side that repels was attacked.
_REPELLED = re.compile(r"^[وف]?(?:صد|تصد|يصد|تصدى|تصدت)")


def _own_forces_role(text: str, end: int, lex: ArabicLexicon) -> Optional[str]:
    """The role of a side that announces what its own forces did ("أعلن الجيش أن قواته قصفت", "... أن قواتها
    صدت هجوما لـ"): a party, not only a speaker; it acted, or, repelling an attack, was the one attacked."""
    own = _OWN_FORCES.match(text[end:])
    if own is None:
        return None
    verb = _bare(own.group(1))
    if _REPELLED.match(verb):
        return "actor2"
    return "actor1" if lex.roles["verbs"].find(verb) else None


def _arabic_role(text: str, spans: list[tuple[int, int]], k: int, lex: ArabicLexicon) -> Optional[str]:
    start, end = spans[k]
    party = _own_forces_role(text, end, lex)
    if party is not None:
        return party
    if _soldiers_acting(text, start, end, lex):
        return "actor1"
    if start >= 1 and text[start - 1] in "وفبل" and (start == 1 or text[start - 2].isspace()):
        start -= 1  # a letter joined before the name ("مواقع للجيش"): the markers stand before it
    cues = lex.roles
    owner, owned = _owner_role(text, start, lex)
    if owner:
        return owned
    if _patrol_named_hit(text, start, end, lex):
        return "actor2"
    if _ends_here(cues["speaker"], text, start) or _ends_here(cues["associated"], text, start):
        return "associated"
    if _ends_here(cues["agent"], text, start):
        return "actor1"
    # "قياديين في تنظيم حراس الدين": a word for an organisation may stand between the people and its name
    lead = re.search(rf"(?:^|\s)([\u0621-\u064a{_SKIP}]+)\s+$", text[:start])
    named_at = lead.start(1) if lead and _bare(lead.group(1)) in _ORG_WORDS else start
    if verbal_noun_before(text, named_at) and subject_with_instrument_and_object(text, end):
        # "استهداف ميليشيا الحوثي بطائرة مسيرة سوقا": the verbal noun's subject (extract/arabic_noun_subjects.py)
        return "actor1"
    member = _ends_here(cues["member"], text, named_at, 12)
    if member is not None:
        # "قتل شاب برصاص عناصر من الفصيل", "على يد مسلحين من التنظيم": the actor's people after an agent phrase
        # are the ones who did it, however the clause counts its victims
        people = re.search(rf"([\u0621-\u064a{_SKIP}]+)\s*$", text[:member[0]])
        if people is not None and _armed_men(people.group(1), lex) and _ends_here(cues["agent"], text,
                                                                                  people.start(1)):
            return "actor1"
    if _attack_by_men_of(text, start, lex):
        return "actor1"
    if member is not None and _counted_subject(text, member[0], end, lex):
        return "actor1"
    belonging = _BELONGING.search(text, max(0, start - 80), start)  # a short window: the phrase ends at the name
    if belonging is not None and _harmed_people_before(text, belonging.start(1), lex, suspects=True):
        return "actor2"  # "اعتقال ٤ متهمين بالانتماء لعصابات داعش": the people held are the group's
    if _harmed_people_before(text, member[0] if member is not None else start, lex):
        return "actor2"
    if _ends_here(cues["target"], text, start):
        return "actor2"
    if _target_of_men(text, start, cues["target"], lex):
        return "actor2"
    if member is not None:
        # "اشتبكت القوات مع مسلحين من تنظيم داعش": the marker before the actor's people is the actor's
        people = re.search(rf"([\u0621-\u064a{_SKIP}]+)\s*$", text[:member[0]])
        if people is not None and _ends_here(cues["target"], text, people.start(1)):
            return "actor2"
    for s, e, _ in cues["accuse"].find(text[:start]):
        gap = _words_between(text, e, start)
        if gap is None or gap > 3:
            continue
        between = [(a, b) for a, b in spans if e <= a < start]
        if not between:
            # "اتهمت قوات X في بيان الجيش بقصف": verb, subject, object; the side right after the verb is the
            # accuser when another side follows it closely, the accused otherwise ("اتهم ناشطون الجيش")
            following = [a for a, _ in spans if a > end]
            gap_on = _words_between(text, end, following[0]) if following else None
            return "associated" if gap == 0 and gap_on is not None and gap_on <= 3 else "actor1"
        if len(between) == 1 and _words_between(text, e, between[0][0]) == 0 \
                and _words_between(text, between[0][1], start) in (0, 1, 2, 3):
            return "actor1"  # the accused, after the accuser that is the verb's subject
    # the nearest verb of violence (or attack word, aircraft, weapon) before the actor in its clause, not
    # one inside an actor's own name ("الطيران الروسي")
    ends = [e for e in _triggers(text[:start], lex) if not any(a < e <= b for a, b in spans)]
    if ends:
        between = [(a, b) for a, b in spans if ends[-1] <= a and b <= start]
        gap = _words_between(text, between[-1][1] if between else ends[-1], start)
        if gap is not None and gap <= 2 and len(between) <= 1:
            return "actor2" if between else "actor1"  # verb, subject, object
    if _counted_subject_of_harm(text, start, end, lex):
        return "actor2"
    # subject first ("قوات النظام تقصف المدينة"): a verb right after the actor, or one word on
    after = cues["verbs"].find(text[end:end + 30])
    if after and len(text[end:end + after[0][0]].split()) <= 1:
        return "actor1"
    return None


# "بهجوم مسلح لعناصر داعش" (in an armed attack by Daesh members): a noun of attack, perhaps its adjective, then
# "ل" joined to the actor's men; the men are the attackers, however the clause counts its victims.
# Not "كمين": "نصب كمينا لعناصر الجيش" (laid an ambush for the army's men) names the ambush's target.
_ATTACK_BY = re.compile(rf"(?:^|\s)[وفب]?(?:ال)?(?:هجوم|هجمات|غاره|غارات)[{_SKIP}]*(?:\s+[\u0621-\u064a{_SKIP}]+)?"
                        rf"\s+ل([\u0621-\u064a{_SKIP}]+)\s+$")


# "بالانتماء إلى", "بتهمة الانتماء لـ" (on a charge of belonging to), perhaps a word for the group's men or
# organisation ("لعصابات", "إلى تنظيم"), right before a side: the people counted before the phrase are that side's
# members, as after "من" ("٤ متهمين من عصابات داعش"), so an arrest or a toll of them makes the side its target.
_BELONGING = re.compile(rf"(?:^|\s)((?:بتهم[ةه]\s+)?(?:ب|و)?(?:ال)?[اإ]نتماء[{_SKIP}]*)\s+(?:[إا]لى\s+|ل)?"
                        rf"(?:(?:ال)?(?:عصابات|عصاب[ةه]|تنظيم|جماع[ةه]|خلايا|خلي[ةه]|حرك[ةه])\s+)?$")


def _attack_by_men_of(text: str, start: int, lex: ArabicLexicon) -> bool:
    """Whether the actor at `start` follows "هجوم ل" + its men ("بهجوم لعناصر", "في هجوم مسلح لخلايا")."""
    found = _ATTACK_BY.search(fold(text[:start]))
    return found is not None and _armed_men(found.group(1), lex)


def _counted_subject_of_harm(text: str, start: int, end: int, lex: ArabicLexicon) -> bool:
    """"إن أربعة مجندين قتلوا": counted men of a side right before a casualty verb that agrees with them (dual
    or plural, `_SUBJECT_VERBS`) are the ones harmed, the verb read in the passive as a toll is."""
    verb = _word_at(text, end)
    return verb is not None and _agreeing_casualty_verb(verb[0]) and _count_before(text, lex, start) is not None


def _target_of_men(text: str, start: int, target: Terms, lex: ArabicLexicon) -> bool:
    """"مواقع لإرهابيي هيئة تحرير الشام", "مقرات لمسلحي تنظيم داعش": a target word before the actor's men (one
    or two words for them or for the organisation) governs them, so the actor is the one hit."""
    pos = start
    for _ in range(2):
        lead = re.search(rf"(?:^|\s)([\u0621-\u064a{_SKIP}]+)\s+$", text[:pos])
        if lead is None or not _armed_men(lead.group(1), lex):
            return False
        pos = lead.start(1)
        if _ends_here(target, text, pos):
            return True
    return False


def _armed_men(word: str, lex: ArabicLexicon) -> bool:
    """Whether a word names an organisation's men or units before its name: a word for the organisation or its
    forces ("تنظيم", "فصائل"), or counted people in construct, the plural's final ن dropped ("مسلحي", "إرهابيي",
    "عناصر")."""
    bare = _bare(word)
    if bare[:1] == "ل" and bare[1:] in _ORG_WORDS:
        bare = bare[1:]  # "مواقع لتنظيم داعش": the joined "ل" (of) before the organisation's word
    return bare in _ORG_WORDS or bare in _FORCE_NOUNS or bool(lex.plural.find(bare)) \
        or (bare.endswith("ي") and bool(lex.plural.find(bare + "ن")))


def _not_a_strike(text: str, s: int, e: int) -> bool:
    """Whether a label's match at text[s:e] is a march (extract/arabic_marches.py) or a drone shot at
    (extract/arabic_drone_objects.py), no act of violence."""
    return march_not_drone(text, s, e) or drone_as_object(text, s, e)


def _triggers(text: str, lex: ArabicLexicon) -> list[int]:
    """Where verbs of violence, attack words, aircraft and weapons named in `text` end, in order."""
    ends = [e for terms in (lex.roles["verbs"], lex.labels, lex.bombardment, lex.aircraft, lex.territory)
            for s, e, _ in terms.find(text) if terms is not lex.labels or not _not_a_strike(text, s, e)]
    ends += [e for _, e, _ in default_lexicon().match_arabic(text)]
    return sorted(ends)


# "مشتبه بهم", "المشتبه به", "مشتبهًا بهما": the suspects, a participle with the pronoun of those it is said of
_SUSPECTS = re.compile(rf"(?:^|\s)((?:ال)?مشتب[هة]ي?[ني]?[{_SKIP}]*ا?[{_SKIP}]*)\s+ب(?:ه|ها|هم|هما)[{_SKIP}]*\s*$")
# A noun and its adjective, both in the indefinite accusative (tanwin alif: "قياديا سابقا", "عنصرا بارزا").
_ACCUSATIVE_PAIR = re.compile(rf"([\u0621-\u064a{_SKIP}]+ا)\s+[\u0621-\u064a{_SKIP}]+ا\s*$")


def _harmed_people_before(text: str, pos: int, lex: ArabicLexicon, suspects: bool = False) -> bool:
    """"ثلاثة عناصر من", "جنديان من", "مقتل خمسة من عناصر": people of the actor (the word before `pos`)
    counted, or named as harmed in the clause. With `suspects` (the caller read "بالانتماء", of belonging, before
    `pos`), "خمسة مشتبه بهم" (five suspects: the participle and the pronoun of the men suspected) counts people as
    one word does: those suspected of belonging are the ones held. Elsewhere counted suspects may be the ones who
    act ("هاجم خمسة مشتبه بهم من التنظيم حاجزا"), so the participle alone says nothing of harm."""
    held = _SUSPECTS.search(text[:pos]) if suspects else None
    if held is not None:
        return _count_before(text, lex, held.start(1)) is not None
    m = re.search(rf"([\u0621-\u064a{_SKIP}]+)\s*$", text[:pos])
    if m is None:
        return False
    word = _bare(m.group(1))
    if not (lex.plural.find(word) or lex.singular.find(word)):
        # "قياديا سابقا في": an indefinite accusative adjective agreeing with the noun before it stands between
        # the people and the marker
        noun = _ACCUSATIVE_PAIR.search(text[:pos])
        if noun is None:
            return False
        m, word = noun, _bare(noun.group(1))
        if not (lex.plural.find(word) or lex.singular.find(word)):
            return False
    if _dual(word, lex) or _count_before(text, lex, m.start(1)) is not None:
        return True
    clause = _CLAUSE_BREAK.split(text[:m.start(1)])[-1]
    if any(terms.find(clause) for terms in lex.casualties.values()):
        return True
    # the same people counted in the toll elsewhere in the sentence: "سيارة تقل قياديين في تنظيم ...، ما أسفر
    # عن مقتل قياديين اثنين" (a car carrying commanders of the group ... killing two commanders)
    for terms in lex.casualties.values():
        for _, e, _ in terms.find(text):
            counted = _count_after(text, lex, e)
            if counted is None or e <= m.start(1) < counted[1]:
                continue  # no toll, or the toll of these very words
            if any(_bare(w) == word for w in _WORD.findall(text[e:counted[1]])):
                return True
    return False


# --- the mention ---------------------------------------------------------------------------------------------


# A later sentence that says where fire came from, the weapon definite as one already told of ("القذائف
# انطلقت من", "أطلقت القذائف من", "مصدر القصف"), and that harms no one, adds the attack's launch site, not an
# attack: "the shells were fired from positions in X" is no shelling of X.
# A later sentence that ties what was told before to clashes then ("تزامن القصف مع مواجهات", "بالتزامن مع
# اشتباكات"), naming no side that fought and harming no one, sets the told attack in its day; it codes no
# clash of its own, for a clash is coded by its sides. (Shelling it coincided with is still an attack.)
_COINCIDED = re.compile(r"(?<![\u0621-\u064a])(?:[وف]?(?:تزامن|تزامنت|يتزامن|تتزامن)|بالتزامن)(?![\u0621-\u064a])"
                        r"(?:\s+[\u0621-\u064a]+)?\s+مع\s+(?:ال)?(?:مواجهات|اشتباكات|معارك)(?![\u0621-\u064a])")
_LAUNCH_SITE = re.compile(
    r"(?:ال(?:قذائف|قذيفة|صواريخ|صاروخ)\s+(?:انطلقت|انطلق|أطلقت|أطلق|اطلقت|اطلق)|"
    r"(?:انطلقت|انطلق|أطلقت|أطلق|اطلقت|اطلق)\s+ال(?:قذائف|قذيفة|صواريخ|صاروخ))\s+من\s")


def arabic_mention(resources: Any, document: Any, sentence: Sentence, toponyms: list) -> Optional[Any]:
    """The event an Arabic sentence reports, as a `Mention`, or None when it reports none (no trigger
    reaching the bar, and no one counted as harmed beside a trigger)."""
    from eventwatch.extract.actors import civilian_targeting, find_actors
    from eventwatch.extract.mentions import _document_country, country_name
    from eventwatch.geo import choose_event_location
    from eventwatch.model import Mention

    lex = load_arabic_lexicon()
    did = document.id
    # a command's area is where it acted when nothing else is named (extract/arabic_commands.py)
    place = choose_event_location(toponyms, sentence.start, sentence.end) or command_area(toponyms, sentence)
    country = country_name((place.country_code if place else None) or _document_country(toponyms))
    actors = find_actors(resources.actors, sentence, document_id=did, country=country)
    places = [(t.start - sentence.start, t.end - sentence.start) for t in toponyms
              if sentence.start <= t.start < sentence.end]
    actors += lexicon_actors(resources.actors, sentence, actors, country, did, lex, places)
    actors = commands_of_other_forces(actors, sentence)  # "قيادة عمليات نينوى للحشد": the PMF's command
    actors = _with_arabic_roles(actors, sentence, lex)
    first = next((a for a in actors if a.role == "actor1"), None)
    classification = classify_arabic(sentence.text, first.inter if first else None, lex)
    label = classification.label
    actors = _arrest_by_announcer(actors, label)
    # "تظاهر أهالي X": the people are the protesters
    actors = people_protesting(actors, label, resources.actors, sentence)
    # "نفذ العشرات من سائقي الشاحنات وقفة احتجاجية": a protest of people no word names has its protesters
    held = find_arabic_modality(sentence, did, lex)[0] if label == "PEACE_PROTEST" and not actors else "asserted"
    actors = unnamed_protesters(actors, label, resources.actors, sentence, country, classification.cues, did, held)
    # a subject may stand between a verb and its count; civilians and protesters are what is counted
    names = [(a.evidence.start - sentence.start, a.evidence.end - sentence.start) for a in actors
             if a.evidence and a.inter not in (6, 7)]
    names = _with_genitive_places(sentence.text, names, places)
    casualties = find_arabic_casualties(sentence, did, lex, names) if classification.cues else Casualties()
    if label == FALLBACK_LABEL and not _displacement_reported(classification, casualties):
        return None
    harmed = any((q.best or 0) > 0 for _, q in casualties.items())
    if classification.scores.get(label, 0.0) < EVENT_MIN_SCORE and not harmed:
        return None
    if not harmed and sentence.start > 0 and _LAUNCH_SITE.search(sentence.text):
        return None  # "وأشار إلى أن القذائف انطلقت من مواقع ... في X": where the fire told before came from
    if not harmed and sentence.start > 0 and _COINCIDED.search(sentence.text) \
            and not any(a.role == "actor1" for a in actors):
        return None  # "وأضاف أن القصف تزامن مع مواجهات في جبهة X": the setting of the attack told before
    modality, modality_ev = find_arabic_modality(sentence, did, lex)
    if modality == "demanded" and not harmed:
        return None  # a call for action is not an event
    found_date = find_arabic_date(sentence, document.published_at, did, lex)
    evidence = [Evidence.within(sentence, did, "event_type", s, e) for s, e, _ in classification.cues]
    # "القوة الصاروخية": a unit's name, not a weapon used (extract/arabic_unit_names.py)
    weapons = [w for w in find_weapons(sentence, document_id=did)
               if w.evidence is None or not unit_name_weapon(sentence.text, w.evidence.start - sentence.start)]
    # "عبوة استهدفت مدرعة للجيش": the vehicle the blast hit, no weapon used
    weapons = [w for w in weapons
               if w.evidence is None or not _thing_hit(sentence.text, w.evidence.end - sentence.start, lex)]
    # "عبوة ناسفة استهدفت مدرعة عسكرية": no owner after it, the weapon before the verb says it was hit
    # (extract/arabic_vehicles_hit.py)
    weapons = [w for w in weapons if w.evidence is None or not is_platform(w)
               or not vehicle_hit_by_weapon(sentence.text, w.evidence.start - sentence.start, lex)]
    weapons = _air_strike_by_aircraft(sentence, weapons, lex, did)
    evidence += [a.evidence for a in actors if a.evidence is not None]
    evidence += [w.evidence for w in weapons if w.evidence is not None]
    evidence += [q.evidence for _, q in casualties.items() if q.evidence is not None]
    if place is not None and place.evidence is not None:
        evidence.append(place.evidence)
    if modality_ev is not None:
        evidence.append(modality_ev)
    date_iso, precision = None, DATE_PRECISION_DAY
    if found_date is not None:
        date_iso, precision, date_ev = found_date
        evidence.append(date_ev)
    return Mention(
        document_id=did,
        event_type=label,
        event_family=family_of(label),
        sentence_start=sentence.start,
        sentence_end=sentence.end,
        text=sentence.text,
        date=date_iso,
        date_precision=precision,
        location=place,
        unresolved_places=[t.text for t in toponyms
                           if sentence.start <= t.start < sentence.end and t.place is None and t.locational],
        actors=actors,
        weapons=weapons,
        casualties=casualties,
        civilian_targeting=civilian_targeting(actors, sentence.text),
        modality=modality,
        confidence=classification.confidence,
        evidence=evidence,
    )



_WORD_BEFORE = re.compile(rf"([\u0621-\u064a{_SKIP}]+)\s+$")


def _word_before(text: str, s: int) -> Optional[re.Match]:
    """The Arabic word right before offset s (group 1, offsets in `text`): searched in a short window, not in
    all of text[:s], which each nationality adjective of a long report would copy and scan again."""
    return _WORD_BEFORE.search(text, max(0, s - 80), s)


def _subject_of_violence(text: str, start: int, lex: ArabicLexicon) -> bool:
    """Whether the actor named at `start` stands right after an active verb of violence, as its subject."""
    prev = _word_before(text, start)
    return prev is not None and bool(lex.roles["verbs"].find(_bare(prev.group(1))))


def lexicon_actors(registry: Any, sentence: Sentence, named: list, country: Optional[str],
                   document_id: str = "", lexicon: Optional[ArabicLexicon] = None,
                   places: Optional[list[tuple[int, int]]] = None) -> list:
    """The actors an Arabic sentence names with common nouns rather than names, which the registry's
    Arabic names do not hold: the generic entries' nouns (`generic_actors`: "المدنيين" is "Civilians (Syria)"
    for a Syrian event, as the English side fills "civilians"), and a state's forces named by the nationality
    adjective after a word of attack ("غارة جوية روسية", a Russian air raid: "Military Forces of Russia"). A
    state's forces outside their own country are External/Other Forces, as `actors.find_actors` codes them.
    Words inside an actor already named (`named`) or a place name (`places`, spans within the sentence: "ود
    مدني" is a town, not a civilian) are left to them; a civilian noun after a speaker cue
    ("بحسب ناشطين") tells who reports, and names no actor."""
    from eventwatch.extract.actors import EXTERNAL, INTER_TYPES
    from eventwatch.model import Actor

    lex = lexicon or load_arabic_lexicon()
    text = sentence.text
    taken = [(a.evidence.start - sentence.start, a.evidence.end - sentence.start) for a in named if a.evidence]
    taken += places or []
    found: list[tuple[int, int, Any]] = []
    # where each armed group, force or party named ends (ACLED inter 7 is civilians): whose sons "أبنائها" may be,
    # unless an active verb of violence has it as subject ("قتلت قوات X ٥ من أهلها": the people it killed)
    group_ends = [a.evidence.end - sentence.start for a in named if a.evidence and a.inter not in (None, 7)
                  and not _subject_of_violence(text, a.evidence.start - sentence.start, lex)]

    def free(s: int, e: int) -> bool:
        return all(e <= a or s >= b for a, b in taken + [(f[0], f[1]) for f in found])

    for name, terms in lex.generic_actors.items():
        entry = registry.by_name[name]
        # the forces of order announce their own deeds ("أعلنت شرطة الأنبار اعتقال أربعة"), as a named command
        # does ("أعلنت خلية الإعلام الأمني القبض على"): after a speaker cue they are still a side
        speaks_for_itself = name in _SELF_REPORTING
        hits = [(s, e) for s, e, _ in terms.find(text)]
        if name == "Civilians":
            # "نعت الحركة ثلاثة من أبنائها": a group's own sons are its men; "٩ من شباب القرية": a place's, named
            hits = [(s, e) for s, e in hits if not kin_of_a_group(
                text, s, group_ends, lambda at: _subject_of_violence(text, at, lex))
                and lex.contraband.match_at(text, e) is None
                and not fighting_migrants(text, s, e)]  # "جيش المهاجرين": fighters (extract/arabic_migrants.py)
            hits += kin_in_construct(text)  # "تاجر مخدرات": a dealer
        for s, e in hits:
            if free(s, e) and (speaks_for_itself or not _reports(text, s, lex)):
                nat = registry.nationality(country) if country else None
                army = _national_army(registry, country) if _ARMY in fold(text[s:e]) else None
                found.append((s, e, army or entry.for_country(country, nat.the if nat else False)))
    attack_ends = sorted([e for terms in (lex.labels, lex.bombardment, lex.aircraft) for s, e, _ in terms.find(text)
                          if terms is not lex.labels or not _not_a_strike(text, s, e)]
                         + _weapon_noun_ends(text))
    military = registry.by_name["Military Forces"]
    named_ends: list[int] = []  # where a nationality just read as an attacker ends
    for s, e, i in lex.nationalities.find(text):
        before = [a for a in attack_ends if a <= s]
        # "العدوان الأمريكي البريطاني", "القوات الروسية والتركية": an adjective right after one read so (nothing
        # but "و" between) names a second state of the same attack
        joined = bool(named_ends) and text[named_ends[-1]:s].strip() in ("", "و")
        # "الجيش الصومالي": the adjective right after the word for an army names that state's forces anywhere
        prev = _word_before(text, s)
        army = prev is not None and _army_noun(prev.group(1))
        # "٤ جنود صوماليين", "جنديان إسرائيليان": soldiers counted, and their state's forces named by the adjective;
        # the adjective alone is the side, so the soldiers before it read as its people harmed or held
        soldiers = prev is not None and _bare(prev.group(1)) in _SOLDIER_NOUNS
        if (joined or army or soldiers or before and _words_between(text, before[-1], s) is not None
                and _words_between(text, before[-1], s) <= 1) and free(s, e):
            named_ends.append(e)
            state = lex.nationality_of[i]
            nat = next((n for n in registry.nationalities if n.country == state), None)
            start = prev.start(1) if army and free(prev.start(1), e) else s  # the army and its adjective, whole
            found.append((start, e, military.for_country(state, nat.the if nat else False)))
    for s, e, i in lex.nisbas.find(text):
        # "جنديان تشاديان", "القوات الإيطالية", "الجيش الكيني": a state's regular nisba joined to its soldiers, forces
        # or army (after a word of attack alone it is as often a person of that state, arabic_nisbas.py)
        prev = _word_before(text, s)
        noun = _bare(prev.group(1)) if prev is not None else ""
        if noun[:1] in "وف" and noun[1:] in _ARMED_MEN:
            noun = noun[1:]  # "وجندي تشادي"
        # the accusative adjective ("هنديا") only after the accusative soldier: "قوات سوريا" is Syria's name
        accusative = fold(text[s:e]).endswith(ACCUSATIVE)
        if noun in _ARMED_MEN and accusative == (noun == _ACCUSATIVE_SOLDIER) and free(s, e):
            state = lex.nisba_of[i]
            nat = next((n for n in registry.nationalities if n.country == state), None)
            # "جنديان من الجيش اليمني": the army's people named before it ("من" its soldiers, "في" its officers): the
            # army and its nisba are one name, so the marker before the army is read for the side; elsewhere the
            # nisba alone stands for it as before (a speaker's verb before the army would make it the speaker only)
            army = _army_noun(prev.group(1)) and free(prev.start(1), e) \
                and _ends_here(lex.roles["member"], text, prev.start(1), 4) is not None
            found.append((prev.start(1) if army else s, e, military.for_country(state, nat.the if nat else False)))
    for s, e, i in lex.group_adjectives.find(text):
        # "قصف حوثي" (Houthi shelling), "الميليشيات الحوثية": the movement named by its adjective after a word of
        # attack or a noun of armed men
        before = [a for a in attack_ends if a <= s]
        gap = _words_between(text, before[-1], s) if before else None
        prev = _word_before(text, s)
        after_force = prev is not None and (_bare(prev.group(1)) in _FORCE_NOUNS or _bare(prev.group(1)) in _ORG_WORDS)
        if ((gap is not None and gap <= 1) or after_force) and free(s, e):
            found.append((s, e, registry.by_name[lex.group_of[i]]))
    out = []
    for s, e, entry in sorted(found, key=lambda f: f[0]):
        inter = entry.inter
        if inter == 1 and country and entry.country and entry.country != country:
            inter = EXTERNAL
        raw = text[s:e]
        out.append(Actor(name=entry.name, raw=raw, role="associated", type=INTER_TYPES.get(inter) if inter else None,
                         inter=inter, country=entry.country,
                         evidence=Evidence.within(sentence, document_id, "actor", s, e)))
    return out


def _air_strike_by_aircraft(sentence: Sentence, weapons: list, lex: ArabicLexicon, document_id: str) -> list:
    """"بقصف السوق بالطيران الحربي" (by bombing the market with warplanes): shelling a clause says warplanes did
    is an air strike, though no noun of one ("غارة", "قصف جوي") is written. The airstrike is added where a
    bombardment word stands before the aircraft in its clause; drones, which the coding names alone, are not
    touched."""
    if any(w.name == "airstrike" for w in weapons):
        return weapons
    text = sentence.text
    # "طيران الجيش قصف السوق": the verb after its air arm; a drone or a bomb dropped from the air ("بالبراميل
    # المتفجرة") already names how the attack came, as the coding has it
    if not any(w.category in ("drone", "air_dropped_bomb") for w in weapons):
        for s, e in air_arm_strikes(text, lex):
            ev = Evidence.within(sentence, document_id, "weapon", s, e)
            return [*weapons, Weapon(name="airstrike", category="air_strike", raw=text[s:e], evidence=ev)]
    planes = [w for w in weapons if w.name == "military aircraft" and w.evidence is not None]
    for plane in planes:
        at = plane.evidence.start - sentence.start
        for s, e, _ in lex.bombardment.find(text[:at]):
            if not _CLAUSE_BREAK.search(text[e:at]):
                raw = text[s:e]
                ev = Evidence(document_id=document_id, field="weapon", text=raw, start=sentence.start + s,
                              end=sentence.start + e, sentence=text, sentence_start=sentence.start)
                return [*weapons, Weapon(name="airstrike", category="air_strike", raw=raw, evidence=ev)]
    return weapons


# "الجيش" (the army) in the forces' nouns ("طيران الجيش", "قوات الجيش"): the event's country's own army.
_ARMY = "الجيش"


def _national_army(registry: Any, country: Optional[str]) -> Optional[Any]:
    """The registry's entry for a country's army where it has one of its own name ("Sudanese Armed Forces",
    known in English as the "Sudanese army"): a report of the country that says "the army" means it, as
    English copy's "the Sudanese army" does. None where the country's army is its generic Military Forces."""
    if not country:
        return None
    forms = {f.lower() for n in registry.nationalities if n.country == country for f in n.forms}
    armies = {f"{f} army" for f in forms}
    return next((e for e in registry.entries if e.country == country and e.inter == 1 and not e.generic
                 and any(a.lower() in armies for a in e.aliases)), None)


def _weapon_noun_ends(text: str) -> list[int]:
    """Where the first word of each weapon named ends ("مسيرة" of "مسيرة إسرائيلية", "قذائف"): an adjective of
    nationality right after a weapon's noun names whose weapon it was, as after a word of attack."""
    out = []
    for s, e, _ in default_lexicon().match_arabic(text):
        word = re.match(rf"[\u0621-\u064a{_SKIP}]+", text[s:e])
        out.append(s + word.end() if word else e)
    return out


# Generic sides that, named as the speaker, report what they did themselves.
_SELF_REPORTING = frozenset({"Police Forces"})


def _reports(text: str, pos: int, lex: ArabicLexicon) -> bool:
    """Do the words at `pos` name who reports? A speaker cue ends at most two words before them, with no
    casualty word or count between: "بحسب ناشطين", "قالت شبكة أطباء السودان" (a monitor's name holding a
    noun for people); not "أفادت بمقتل طفلين"."""
    clause = _CLAUSE_BREAK.split(text[:pos])[-1]
    words = clause.split()
    for n in range(0, min(2, len(words)) + 1):
        head = " ".join(words[:len(words) - n])
        between = " ".join(words[len(words) - n:])
        if any(terms.find(between) for terms in lex.casualties.values()) or re.search(r"[0-9٠-٩]", between):
            return False
        if head and _ends_here(lex.roles["speaker"], head, len(head)):
            return True
    return False


def _displacement_reported(classification: Classification, casualties: Casualties) -> bool:
    """A sentence whose only deed is flight ("نزوح آلاف العائلات من ريف إدلب") reports displacement, typed
    OTHER as the English side types "thousands of families fled": when the flight reaches the bar of an event
    and the displaced are counted. Without a count ("عاد بعض النازحين") it tells of people, not of an event."""
    displaced = casualties.displaced
    return classification.label == FALLBACK_LABEL and classification.confidence > 0 \
        and classification.scores.get(FALLBACK_LABEL, 0.0) >= EVENT_MIN_SCORE \
        and displaced is not None and (displaced.best or displaced.low or 0) > 0


# The sides that make arrests (the Armed Conflict Location & Event Data inter codes): state forces and police.
_ARRESTING_INTERS = frozenset({1})


def _arrest_by_announcer(actors: list, label: str) -> list:
    """"أعلنت خلية الإعلام الأمني القبض على خمسة إرهابيين": a state's forces that announce an arrest no other side
    is said to have made made it themselves, as "police announced the arrest of" says in English. The speaker
    (role "associated") becomes the side that acted; anywhere else the roles stand."""
    if label != "ARREST" or any(a.role == "actor1" for a in actors):
        return actors
    speaker = next((a for a in actors if a.role == "associated" and a.inter in _ARRESTING_INTERS), None)
    if speaker is not None:
        speaker.role = "actor1"
    return actors


def _with_arabic_roles(actors: list, sentence: Sentence, lex: ArabicLexicon) -> list:
    """The actors with their roles read the Arabic way (`arabic_roles`), one per name and role."""
    placed = [a for a in actors if a.evidence is not None]
    spans = [(a.evidence.start - sentence.start, a.evidence.end - sentence.start) for a in placed]
    order = sorted(range(len(placed)), key=lambda j: spans[j])
    roles = arabic_roles(sentence.text, [spans[j] for j in order], [placed[j].inter for j in order], lex)
    for j, role in zip(order, roles):
        placed[j].role = role
    out, seen = [], set()
    acted = {a.name for a in actors if a.role == "actor1"}
    for a in sorted(actors, key=lambda a: a.evidence.start if a.evidence is not None else -1):
        if a.role == "actor2" and a.name in acted:
            continue  # its own people counted ("عنصرين من قسد" after the SDF fought): it did not fight itself
        if (a.name, a.role) not in seen:
            seen.add((a.name, a.role))
            out.append(a)
    return out


# A stretch of Arabic script: Arabic letters and marks with the spaces, digits and punctuation between them.
# Triggers are Arabic words, so they lie inside such stretches; an English page quoting one Arabic name
# is searched over that name only, not over its whole length.
_ARABIC_RUN = re.compile(r"[\u0600-\u06ff](?:[\u0600-\u06ff\s\d\u200c\u200d.,:;()\"'«»\-]*[\u0600-\u06ff])?")


def arabic_cue_positions(text: str) -> list[int]:
    """Where the Arabic triggers of `text` start: what makes an Arabic sentence a candidate."""
    if not re.search(r"[\u0621-\u064a]", text):
        return []
    lex = load_arabic_lexicon()
    found: set[int] = set()
    for run in _ARABIC_RUN.finditer(text):
        for terms in (lex.labels, lex.bombardment, lex.territory):
            found.update(run.start() + s for s, _, _ in terms.find(run.group()))
        # "ألقت مروحيات النظام براميل ...": dropping with aircraft named is an air strike (`classify_arabic`),
        # though the sentence may hold no other trigger
        if lex.aircraft.find(run.group()):
            found.update(run.start() + s for s, _, _ in lex.dropping.find(run.group()))
    return sorted(found)


__all__ = ["arabic_cue_positions", "arabic_mention", "arabic_roles", "classify_arabic", "find_arabic_casualties",
           "find_arabic_date", "find_arabic_modality", "lexicon_actors"]
