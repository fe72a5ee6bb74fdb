"""Event mentions from sentences written in Arabic, which the English classifier cannot read.

Many first reports from Syria, Yemen, Sudan or Iraq exist only in Arabic (local coordination committees,
resistance committees, civil defence). Such a sentence gets its type from the Arabic trigger lexicon
(`arabic_lexicon`), its place from the geoparser (which reads Arabic names), its date from dateparser
with `languages=["ar"]`, its actors from the registry's Arabic names, and its toll from the counts after
"مقتل" (killed), "إصابة" (injured) and the like. There is no parse: Arabic reports put the verb first
("قصفت قوات النظام مدينة سراقب", shelled the regime forces the town), so the first actor named is the
one who acted, which is what `actors.find_actors` assumes without a parse.
"""
from __future__ import annotations

import math
import re
from collections import defaultdict
from datetime import date, datetime, timedelta
from typing import Any, Optional

from eventwatch.extract.arabic_lexicon import ArabicLexicon, fold, load_arabic_lexicon
from eventwatch.extract.classify import EVENT_MIN_SCORE, FALLBACK_LABEL, Classification
from eventwatch.extract.event_types import family_of
from eventwatch.model import DATE_PRECISION_DAY, Casualties, Evidence, Quantity, Sentence

_REMOTE = ("AIR_STRIKE", "ART_MISS_ATTACK", "REM_EXPLOS", "SUIC_BOMB")
_STATE_INTER = 1
_DIGITS = str.maketrans("٠١٢٣٤٥٦٧٨٩", "0123456789")
_SKIP = "\u064b-\u0652\u0670\u0640"


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

    for s, e, i in lex.labels.find(text):
        add(lex.label_of[i], lex.labels.weights[i], s, e)
    aircraft = lex.aircraft.find(text)
    for s, e, i in aircraft:
        add("AIR_STRIKE", lex.aircraft.weights[i], s, e)
    # a bombardment is shelling, unless aircraft are named with it: then it came from the air
    bombarded = "AIR_STRIKE" if aircraft or totals.get("AIR_STRIKE", 0) >= 5 else "ART_MISS_ATTACK"
    for s, e, i in lex.bombardment.find(text):
        add(bombarded, lex.bombardment.weights[i], s, e)
    taken = "GOV_REGAINS_TERIT" if actors_inter == _STATE_INTER else "NON_STATE_ACTOR_OVERTAKES_TER"
    for s, e, i in lex.territory.find(text):
        add(taken, lex.territory.weights[i], s, e)
    # protesters arrested or dispersed: a protest with intervention, as ACLED codes it
    if totals.get("PEACE_PROTEST", 0) and (totals.get("ARREST", 0) or totals.get("FORCE_AGAINST_PROTEST", 0)):
        for part in ("PEACE_PROTEST", "ARREST"):
            for s, e in support.pop(part, []):
                add("PROTEST_WITH_INTER", 0.0, s, e)
            totals["PROTEST_WITH_INTER"] += totals.pop(part, 0.0)
    # a named weapon codes the attack by its means, as in English (`classify_rules._priorities`)
    if max((totals.get(k, 0) for k in _REMOTE), default=0) >= 4:
        for generic in ("ATTACK", "ARMED_CLASH"):
            if generic in totals:
                totals[generic] *= 0.5
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


def _number_at(text: str, lex: ArabicLexicon, pos: int) -> Optional[tuple[int, int]]:
    """(value, end) of the number written at `pos` (digits, or words: "سبعة", "خمسة عشر", "ثلاثة وعشرين")."""
    m = re.match(r"\s*([0-9٠-٩]+)", text[pos:])
    if m:
        return int(m.group(1).translate(_DIGITS)), pos + m.end()
    m = re.match(rf"\s*([\u0621-\u064a{_SKIP}]+)", text[pos:])
    if not m:
        return None
    word = _bare(m.group(1))
    value = lex.numbers.get(word)
    if value is None:
        return None
    end = pos + m.end()
    teen = re.match(rf"\s+([\u0621-\u064a{_SKIP}]+)", text[end:])
    if teen and _bare(teen.group(1)) in ("عشر", "عشره") and value < 10:
        return value + 10, end + teen.end()
    tens = re.match(rf"\s+و([\u0621-\u064a{_SKIP}]+)", text[end:])
    if tens and value < 10 and lex.numbers.get(_bare(tens.group(1)), 0) >= 20:
        return value + lex.numbers[_bare(tens.group(1))], end + tens.end()
    return value, end


def _bare(word: str) -> str:
    return re.sub(f"[{_SKIP}]", "", fold(word))


def _word_at(text: str, pos: int) -> Optional[tuple[str, int]]:
    m = re.match(rf"\s*([\u0621-\u064a{_SKIP}]+)", text[pos:])
    return (_bare(m.group(1)), pos + m.end()) if m else None


def _count_after(text: str, lex: ArabicLexicon, pos: int) -> Optional[tuple[int, int]]:
    """The count that a casualty word at `pos` introduces: "سبعة مدنيين" (7), "مدنيين اثنين" (2),
    "طفل" (1), "خمسة آخرين" (5)."""
    number = _number_at(text, lex, pos)
    if number is not None:
        value, end = number
        noun = _word_at(text, end)
        if noun and lex.plural.find(noun[0]) or noun and lex.singular.find(noun[0]):
            end = noun[1]
        return value, end
    noun = _word_at(text, pos)
    if noun is None:
        return None
    word, end = noun
    if lex.plural.find(word):
        return _number_at(text, lex, end)  # "مدنيين اثنين": the number after the noun, or none at all
    if lex.singular.find(word):
        return 1, end
    return None


def find_arabic_casualties(sentence: Sentence, document_id: str = "",
                           lexicon: Optional[ArabicLexicon] = None) -> Casualties:
    """Killed, injured, abducted, detained and displaced counted in one Arabic sentence; a kind named twice
    keeps its largest count (a toll restated), and each count keeps the words it was read from."""
    lex = lexicon or load_arabic_lexicon()
    text = sentence.text
    result = Casualties()
    for kind, terms in lex.casualties.items():
        best: Optional[tuple[int, int, int]] = None
        for s, e, _ in terms.find(text):
            counted = _count_after(text, lex, e)
            if counted is not None and (best is None or counted[0] > best[0]):
                best = (counted[0], s, counted[1])
        if best is not None:
            value, s, e = best
            ev = Evidence.within(sentence, document_id, kind, s, e)
            setattr(result, kind, Quantity(value, value, value, raw=text[s:e], evidence=ev))
    return result


# --- date ----------------------------------------------------------------------------------------------------


def find_arabic_date(sentence: Sentence, published_at: Optional[datetime], document_id: str = "",
                     lexicon: Optional[ArabicLexicon] = None) -> Optional[tuple[str, int, Evidence]]:
    """(ISO date, precision, evidence) of "3 آذار", "11 حزيران 2024" or a weekday alone ("يوم الخميس");
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
    if published_at is None:
        return None
    days = "|".join(re.escape(d) for d in lex.weekdays)
    m = re.search(rf"(?<![\u0621-\u064a])(?:[وف]?(?:يوم|ليله|مساء|صباح|فجر)\s+)?({days})(?![\u0621-\u064a])", text)
    if m:
        back = (published_at.weekday() - lex.weekdays[m.group(1)]) % 7
        day = (published_at - timedelta(days=back)).date()
        return day.isoformat(), DATE_PRECISION_DAY, Evidence.within(sentence, document_id, "date", m.start(), m.end())
    return None


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
    for kind in ("denied", "demanded", "hypothetical", "alleged"):
        terms = lex.modality.get(kind)
        found = terms.find(sentence.text) if terms is not None else []
        if found:
            s, e, _ = found[0]
            return kind, Evidence.within(sentence, document_id, "modality", s, e)
    return "asserted", None


# --- the mention ---------------------------------------------------------------------------------------------


def arabic_mention(resources: Any, document: Any, sentence: Sentence, toponyms: list) -> Optional[Any]:
    """The event an Arabic sentence reports, as a `Mention`, or None when it reports none (no trigger
    reaching the bar, and no one counted as harmed beside a trigger)."""
    from eventwatch.extract.actors import civilian_targeting, find_actors
    from eventwatch.extract.mentions import _document_country, country_name
    from eventwatch.geo import choose_event_location
    from eventwatch.model import Mention

    lex = load_arabic_lexicon()
    did = document.id
    place = choose_event_location(toponyms, sentence.start, sentence.end)
    country = country_name((place.country_code if place else None) or _document_country(toponyms))
    actors = find_actors(resources.actors, sentence, document_id=did, country=country)
    first = next((a for a in actors if a.role == "actor1"), None)
    classification = classify_arabic(sentence.text, first.inter if first else None, lex)
    label = classification.label
    if label == FALLBACK_LABEL:
        return None
    casualties = find_arabic_casualties(sentence, did, lex)
    harmed = any((q.best or 0) > 0 for _, q in casualties.items())
    if classification.scores.get(label, 0.0) < EVENT_MIN_SCORE and not harmed:
        return None
    modality, modality_ev = find_arabic_modality(sentence, did, lex)
    if modality == "demanded" and not harmed:
        return None  # a call for action is not an event
    found_date = find_arabic_date(sentence, document.published_at, did, lex)
    evidence = [Evidence.within(sentence, did, "event_type", s, e) for s, e, _ in classification.cues]
    evidence += [a.evidence for a in actors if a.evidence is not None]
    evidence += [q.evidence for _, q in casualties.items() if q.evidence is not None]
    if place is not None and place.evidence is not None:
        evidence.append(place.evidence)
    if modality_ev is not None:
        evidence.append(modality_ev)
    date_iso, precision = None, DATE_PRECISION_DAY
    if found_date is not None:
        date_iso, precision, date_ev = found_date
        evidence.append(date_ev)
    for actor in actors:
        if actor.inter == 7 and actor.role == "actor1":
            actor.role = "actor2"  # civilians are only ever the target
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
        casualties=casualties,
        civilian_targeting=civilian_targeting(actors, sentence.text),
        modality=modality,
        confidence=classification.confidence,
        evidence=evidence,
    )


def arabic_cue_positions(text: str) -> list[int]:
    """Where the Arabic triggers of `text` start: what makes an Arabic sentence a candidate."""
    if not re.search(r"[\u0621-\u064a]", text):
        return []
    lex = load_arabic_lexicon()
    return sorted({s for terms in (lex.labels, lex.bombardment, lex.territory) for s, _, _ in terms.find(text)})


__all__ = ["arabic_cue_positions", "arabic_mention", "classify_arabic", "find_arabic_casualties",
           "find_arabic_date", "find_arabic_modality"]
